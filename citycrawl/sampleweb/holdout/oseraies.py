"""Holdout part ``oseraies`` (99561-99568): mid-sized former industrial towns of the north and east, with
quartiers prioritaires. Conseils citoyens, tables de quartier, maisons de projet and the fonds de participation
des habitants; questionnaires (Framaforms, LimeSurvey, Publik, Google and Microsoft forms, platform surveys);
budgets participatifs under local names on Cap Collectif, Decidim and Go Vocal; a conseil municipal des jeunes
collecting ideas; petitions on the city's own site; neighbours' networks; residents' forums (Flarum, phpBB,
Kunena); comments under news (native, JComments, Disqus, Facebook).

Lookalikes: the State's enquêtes publiques and the agglomération's PLUi concertation, the gendarmerie's
participation citoyenne, the budget primitif and the débat d'orientation budgétaire, satisfaction surveys and
results of past consultations, job dating and job forums, calls for projects of associations, contests,
newsletter and registration forms, closed comments and closed surveys.

Labels follow docs/CODEBOOK.md alone; a borderline label carries a one-line reason.
"""
from ..hostile import CustomHost
from ..site import City, Site, page, social
from ..web import Reply
from . import oseraies_markup as m

HDF, GE = ("32", "Hauts-de-France"), ("44", "Grand Est")
PD, CF, FO, CO, PO, PE, SC, PB, PP, TSN = ("participation_displayed", "contact_form", "forum", "comments", "poll", "petition",
                                         "suggestion_call", "participatory_budget", "participatory_platform",
                                         "territorial_social_network")


def _fb(handle):
    return f"https://www.facebook.com/{handle.lower()}"


# =========================================================================================== Lysencourt
# Drupal 10 (webform, simplenews, poll, core contact and comments) and a Cap Collectif platform for the
# budget participatif "Lysencourt Imagine" and the plan vélo questionnaire.

LYS = "www.lysencourt.fr"
LYS_CAPCO = "lysencourt.cap-collectif.com"


def _lys_teasers(items):
    rows = "".join(
        f'<div class="views-row"><article class="node node--type-actualite node--promoted node--view-mode-teaser">'
        f'<h3 class="node__title"><a href="{href}" rel="bookmark"><span class="field field--name-title">{title}</span></a></h3>'
        f'<div class="node__meta"><span class="field field--name-created">{date}</span></div>'
        f'<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>{teaser}</p></div>'
        f'<ul class="links inline"><li><a href="{href}" rel="tag" hreflang="fr">Lire la suite<span class="visually-hidden"> sur {title}</span></a></li></ul></article></div>'
        for href, date, title, teaser in items)
    return f'<div class="views-element-container"><div class="view view-actualites view-id-actualites view-display-id-page_1"><div class="view-content">{rows}</div></div></div>'


_LYS_NEWS = [
    ("/actualites/quartier-des-filatures-la-renovation-entre-dans-sa-deuxieme-phase", "3 avril 2025",
     "Quartier des Filatures : la rénovation entre dans sa deuxième phase",
     "Démolition de la barre Vauban, nouvelles voiries, relogements : ce qui change d'ici l'été."),
    ("/actualites/lysencourt-imagine-les-14-projets-laureats", "27 mars 2025", "Lysencourt Imagine : les 14 projets lauréats",
     "Plus de 6 200 habitants ont voté pour la troisième saison du budget participatif."),
    ("/actualites/plan-velo-a-vous-de-jouer", "20 mars 2025", "Plan vélo 2030 : à vous de jouer",
     "Itinéraires, stationnement, apprentissage : la ville prépare son plan vélo et veut vos retours."),
    ("/actualites/les-tables-de-quartier-cherchent-de-nouveaux-membres", "14 mars 2025",
     "Les tables de quartier cherchent de nouveaux membres", "Habitants, associations, commerçants : rejoignez la table de votre quartier."),
    ("/actualites/job-dating-logistique-et-industrie", "10 mars 2025", "Job dating logistique et industrie le 15 avril",
     "Vingt entreprises du bassin recrutent : inscrivez-vous pour rencontrer les recruteurs."),
    ("/actualites/forum-emploi-alternance-2025", "4 mars 2025", "Forum de l'emploi et de l'alternance",
     "Le rendez-vous des jeunes et des employeurs revient à la salle Jean-Lebas."),
    ("/actualites/un-nom-pour-le-centre-aquatique", "26 février 2025", "Un nom pour le futur centre aquatique",
     "Trois propositions sont en lice : votez pour votre préférée."),
    ("/actualites/budget-primitif-2025-vote", "12 février 2025", "Budget primitif 2025 : les grandes orientations votées",
     "Le conseil municipal a adopté un budget de 142 millions d'euros, sans hausse des taux."),
    ("/actualites/restauration-scolaire-les-resultats-de-l-enquete", "30 janvier 2025",
     "Restauration scolaire : les résultats de l'enquête de satisfaction", "1 840 familles ont répondu à l'enquête menée en novembre."),
]


def _lys_www():
    teasers = _lys_teasers(_LYS_NEWS[:5])
    share = lambda path, title: m.share(f"http://{LYS}{path}", title)  # noqa: E731
    dp = ("Démocratie participative", "/ma-ville/democratie-participative")
    pages = [
        page("/", "Accueil", m.p("Bienvenue sur le site officiel de la Ville de Lysencourt.")
             + '<div class="block block-acces-rapides"><h2>Accès rapides</h2><ul class="acces-rapides">'
             + "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in [
                 ("/ma-ville/democratie-participative", "Participer"), ("/ma-ville/democratie-participative/lysencourt-imagine", "Lysencourt Imagine"),
                 ("/contact", "Contacter la mairie"), ("/lettre-d-information", "Lettre d'information"),
                 ("/ma-ville/conseil-municipal", "Conseil municipal"), ("/ma-ville/nous-suivre", "Nous suivre"),
                 ("/vie-associative/appel-a-projets-associatifs-2025", "Associations : appel à projets"),
                 ("/cadre-de-vie/plui-concertation", "PLUi")]) + "</ul></div>"
             + "<h2>Actualités</h2>" + teasers + m.p(m.a("/actualites", "Toutes les actualités"))),
        page("/actualites", "Actualités", _lys_teasers(_LYS_NEWS)),
        page(_LYS_NEWS[0][0], _LYS_NEWS[0][2], m.drupal_meta("3 avril 2025") + m.p(
            "Après dix-huit mois de travaux, la première phase du programme de renouvellement urbain des Filatures s'achève. "
            "La résidence Vauban, vidée de ses occupants, sera démolie à partir du 12 mai ; le chantier durera environ quatre mois. "
            "Les 212 ménages concernés ont tous reçu une proposition de relogement, dont 41 % dans le quartier même.",
            "La deuxième phase concerne les espaces publics : la rue de la Navette sera prolongée jusqu'au boulevard de l'Yser, "
            "une placette plantée remplacera le parking de la rue Verte et l'éclairage sera entièrement renouvelé. "
            "Les plans sont consultables à la maison de projet, rue de la Navette, où l'équipe de rénovation urbaine reçoit sans rendez-vous "
            "le mercredi après-midi. Le conseil citoyen des Filatures, associé au comité de pilotage, a obtenu le maintien des jardins familiaux "
            "le long de la voie ferrée.",
            "Pendant les travaux, la ligne de bus 7 est déviée par la rue Jacquard. Un médiateur de chantier est joignable au 03 20 00 41 17.",
            "Coût de la deuxième phase : 18,4 millions d'euros, financés par l'ANRU, la Métropole, la Région et la Ville.")
             + m.figure("/sites/default/files/2025-04/filatures-phase2.jpg", "Vue aérienne du quartier des Filatures", "Le secteur Vauban avant démolition.")
             + share(_LYS_NEWS[0][0], _LYS_NEWS[0][2]),
             # the maison de projet and the conseil citoyen are mentioned in passing in a works item
             decoys={PD}, parent=("Actualités", "/actualites")),
        page(_LYS_NEWS[1][0], _LYS_NEWS[1][2], m.drupal_meta("27 mars 2025") + m.p(
            "La troisième saison de Lysencourt Imagine, le budget participatif de la ville, s'est achevée le 16 mars. "
            "Au total, 6 214 habitants de plus de 11 ans ont voté, en ligne ou dans l'une des neuf urnes installées dans les mairies de quartier "
            "et les centres sociaux. C'est 1 500 votants de plus que l'an dernier.",
            "Quatorze projets se partagent l'enveloppe de 800 000 € : une aire de fitness au parc Barbieux-Sud, la rénovation du city-stade "
            "de l'Épeule, des fontaines à eau dans trois écoles, une boîte à livres géante au Hutin, l'éclairage du chemin du Halage…",
            "Les services municipaux étudient maintenant chaque projet avec ses porteurs ; les premières réalisations sont attendues à l'automne.",
            "La saison 4 est lancée : jusqu'au 30 avril, chacun peut déposer une idée pour son quartier sur "
            + m.a(f"http://{LYS_CAPCO}/project/lysencourt-imagine-saison-4/collect/depot-des-idees", "la plateforme Lysencourt Imagine") + ".")
             + m.p(m.a(f"http://{LYS_CAPCO}/project/lysencourt-imagine-saison-3/selection/resultats", "Voir le détail des résultats par quartier"))
             + share(_LYS_NEWS[1][0], _LYS_NEWS[1][2]),
             # the news announces the winners and sends residents to file ideas for the next season of the budget
             {PB}, parent=("Actualités", "/actualites")),
        page(_LYS_NEWS[2][0], _LYS_NEWS[2][2], m.drupal_meta("20 mars 2025") + m.p(
            "Avec 38 km d'aménagements cyclables, Lysencourt part de loin. Le futur plan vélo doit relier les quartiers au centre, "
            "aux gares et à la zone d'activités de la Martinoire, et multiplier les arceaux près des écoles.",
            "Avant d'arrêter le tracé, la ville consulte les usagers : un questionnaire est ouvert jusqu'au 15 mai sur "
            + m.a(f"http://{LYS_CAPCO}/project/plan-velo-2030/questionnaire/questionnaire", "la plateforme de participation")
            + ". Deux balades à vélo commentées partiront aussi de la place de la Liberté les samedis 5 et 19 avril à 10 h.")
             + m.drupal_comments(418, [
                 (2611, "Karim B.", "21/03/2025 - 08:42", "Rue de Mouvaux", "Merci de penser à la rue de Mouvaux, on y roule entre les voitures garées et le tram."),
                 (2614, "Nathalie", "21/03/2025 - 12:10", "Stationnement", "Des box fermés à la gare seraient bienvenus, trois vélos volés en un an dans mon entourage."),
                 (2620, "Jean-Marc Delattre", "22/03/2025 - 19:03", "Balades", "Est-ce que les balades sont ouvertes aux enfants ? Mes deux fils ont 10 et 12 ans.")])
             + share(_LYS_NEWS[2][0], _LYS_NEWS[2][2]),
             {CO}, parent=("Actualités", "/actualites")),
        page(_LYS_NEWS[3][0], _LYS_NEWS[3][2], m.drupal_meta("14 mars 2025") + m.p(
            "Créées en 2019 dans les quartiers prioritaires, les tables de quartier réunissent habitants, associations et commerçants "
            "pour débattre des sujets qui les concernent et porter leurs propositions auprès des élus et des bailleurs.",
            "Elles se renouvellent ce printemps : à l'Épeule, au Hutin, aux Filatures et à la Potennerie, des places sont ouvertes "
            "à tout habitant de plus de 16 ans. Les réunions ont lieu un soir par mois, à la maison de quartier, avec un animateur "
            "du centre social. Aucune compétence n'est requise, seulement l'envie de s'impliquer.",
            "Pour rejoindre une table, présentez-vous à la prochaine séance ou écrivez au service Démocratie participative via le "
            + m.a("/contact", "formulaire de contact") + ".")
             + share(_LYS_NEWS[3][0], _LYS_NEWS[3][2]),
             # the item's subject is a participatory body of the city and how to join it, not a passing mention
             {PD}, parent=("Actualités", "/actualites")),
        page(_LYS_NEWS[4][0], _LYS_NEWS[4][2], m.drupal_meta("10 mars 2025", "Maison de l'emploi") + m.p(
            "Caristes, préparateurs de commandes, techniciens de maintenance, soudeurs : vingt entreprises de la logistique et de l'industrie "
            "recrutent sur le bassin. La Maison de l'emploi organise un job dating le mardi 15 avril, de 9 h à 13 h, salle des Fêtes.",
            "Dix minutes d'entretien, sans lettre de motivation : venez avec plusieurs CV. Inscription conseillée pour recevoir votre créneau.")
             + m.webform("job_dating_avril_2025", _LYS_NEWS[4][0], [
                 ("text", "Nom"), ("text", "Prénom"), ("email", "Courriel"), ("tel", "Téléphone"),
                 ("select", "Métier recherché", ["Logistique", "Maintenance industrielle", "Soudure", "Conduite de ligne", "Autre"]),
                 ("radio", "Créneau souhaité", ["9 h - 11 h", "11 h - 13 h"])], "S'inscrire"),
             # a registration form without free-text message
             decoys={CF}, parent=("Actualités", "/actualites")),
        page(_LYS_NEWS[5][0], _LYS_NEWS[5][2], m.drupal_meta("4 mars 2025", "Maison de l'emploi") + m.p(
            "Le forum de l'emploi et de l'alternance se tiendra le mercredi 9 avril de 13 h 30 à 18 h, salle Jean-Lebas. "
            "Plus de soixante stands : entreprises, centres de formation, armée, fonction publique territoriale.",
            "Ateliers CV toutes les heures, simulations d'entretien avec des bénévoles de l'association Parrains pour l'emploi. Entrée libre."),
             decoys={FO}, parent=("Actualités", "/actualites")),
        page(_LYS_NEWS[6][0], _LYS_NEWS[6][2], m.drupal_meta("26 février 2025") + m.p(
            "Le centre aquatique qui remplacera la piscine Deregnaucourt ouvrira en 2026. Le jury du nom, composé d'élus, de nageurs des clubs "
            "et d'élèves du collège Van-der-Meersch, a retenu trois propositions. À vous de départager les finalistes : vote ouvert jusqu'au 31 mars.")
             + m.drupal_poll(3, "Quel nom pour le futur centre aquatique ?", ["L'Aquafil", "Les Bassins de la Deûle", "Piscine Marie-Marvingt"])
             + m.p("Une seule voix par personne. Le résultat sera annoncé au conseil municipal d'avril."),
             {PO}, parent=("Actualités", "/actualites")),
        page(_LYS_NEWS[7][0], _LYS_NEWS[7][2], m.drupal_meta("12 février 2025", "Direction des finances") + m.p(
            "Réuni le 10 février, le conseil municipal a adopté le budget primitif 2025 : 98 millions d'euros en fonctionnement "
            "et 44 millions en investissement. Les taux de fiscalité locale restent inchangés pour la neuvième année.",
            "Principales dépenses d'équipement : le centre aquatique (12,3 M€), la rénovation urbaine des Filatures (5,1 M€), "
            "le plan écoles (3,8 M€). L'enveloppe du budget participatif Lysencourt Imagine est reconduite à 800 000 €.",
            "Le document budgétaire complet est consultable à l'accueil de l'hôtel de ville.")
             + m.p(m.a("/ma-ville/finances/debat-orientation-budgetaire", "Relire le débat d'orientation budgétaire de décembre")),
             decoys={PB}, parent=("Actualités", "/actualites")),
        page(_LYS_NEWS[8][0], _LYS_NEWS[8][2], m.drupal_meta("30 janvier 2025", "Direction de l'éducation") + m.p(
            "En novembre, les familles des 31 écoles ont été invitées à donner leur avis sur la restauration scolaire. Voici les résultats.")
             + '<table class="table"><thead><tr><th>Question</th><th>Satisfaits</th><th>Peu ou pas satisfaits</th></tr></thead><tbody>'
             '<tr><td>Qualité des repas</td><td>71 %</td><td>29 %</td></tr><tr><td>Quantités servies</td><td>64 %</td><td>36 %</td></tr>'
             '<tr><td>Accueil et encadrement</td><td>83 %</td><td>17 %</td></tr><tr><td>Bruit dans le réfectoire</td><td>38 %</td><td>62 %</td></tr></tbody></table>'
             + m.p("L'enquête est close. Le bruit sera la priorité de 2025 : panneaux acoustiques dans six réfectoires et deux services décalés."),
             decoys={PO}, parent=("Actualités", "/actualites")),
        page("/ma-ville/democratie-participative", "Démocratie participative", m.p(
            "À Lysencourt, la participation des habitants ne se limite pas aux élections. La ville a fait le choix, inscrit dans sa "
            + m.a("/ma-ville/democratie-participative/charte-de-la-participation", "charte de la participation") + ", de construire avec "
            "les Lysencourtois les projets qui transforment leur quotidien.")
             + '<div class="paragraph paragraph--type--cartes"><ul class="cartes">'
             + "".join(f'<li class="carte"><a href="{h}"><span class="carte__titre">{t}</span></a><p>{d}</p></li>' for h, t, d in [
                 ("/ma-ville/democratie-participative/conseils-citoyens", "Les conseils citoyens", "Dans les cinq quartiers prioritaires."),
                 ("/ma-ville/democratie-participative/maisons-de-projet", "Les maisons de projet", "S'informer et donner son avis sur la rénovation urbaine."),
                 ("/ma-ville/democratie-participative/fonds-de-participation-des-habitants", "Le fonds de participation des habitants", "Un coup de pouce pour vos initiatives."),
                 ("/ma-ville/democratie-participative/lysencourt-imagine", "Lysencourt Imagine", "Le budget participatif."),
                 (f"http://{LYS_CAPCO}/", "La plateforme de participation", "Consultations et questionnaires en ligne.")]) + "</ul></div>"
             + m.p("Service Démocratie participative : hôtel de ville, 2e étage. Permanences le mardi de 14 h à 17 h."),
             {PD}),
        page("/ma-ville/democratie-participative/conseils-citoyens", "Les conseils citoyens", m.p(
            "Institués par la loi Lamy de 2014 pour la politique de la ville, les conseils citoyens associent les habitants des quartiers "
            "prioritaires à l'élaboration, au suivi et à l'évaluation du contrat de ville. Lysencourt en compte cinq : l'Épeule, le Hutin, "
            "les Filatures, la Potennerie et le Pile.",
            "Chaque conseil réunit un collège d'habitants, tirés au sort ou volontaires, et un collège d'acteurs locaux. Ils sont indépendants "
            "de la mairie : ils fixent leur ordre du jour et peuvent s'autosaisir de toute question touchant au quartier. Deux de leurs membres "
            "siègent au comité de pilotage du contrat de ville.")
             + "<h2>Comment participer ?</h2>" + m.p(
            "Les séances sont publiques. Le calendrier est affiché dans les centres sociaux. Pour devenir membre, il suffit d'habiter le quartier "
            "et d'avoir seize ans ; les candidatures sont reçues toute l'année par le délégué du préfet et le service Démocratie participative."),
             {PD}, parent=dp),
        page("/ma-ville/democratie-participative/maisons-de-projet", "Les maisons de projet", m.p(
            "Pendant toute la durée du nouveau programme de renouvellement urbain, deux maisons de projet accueillent le public : "
            "rue de la Navette aux Filatures, et place Carnot à l'Épeule.",
            "On y trouve les maquettes, les plans et le calendrier des chantiers, mais surtout une équipe qui écoute. Les ateliers de concertation "
            "sur l'aménagement des espaces publics s'y tiennent chaque trimestre : c'est là qu'ont été dessinés les jardins de la rue Verte "
            "et le futur mail piéton de l'Épeule.")
             + m.ul("Filatures : mercredi 14 h - 18 h, samedi 9 h - 12 h", "Épeule : mardi et jeudi 14 h - 18 h"),
             {PD}, parent=dp),
        page("/ma-ville/democratie-participative/fonds-de-participation-des-habitants", "Le fonds de participation des habitants", m.p(
            "Une fête des voisins, un atelier de réparation de vélos, une sortie à la mer pour les familles du quartier ? Le fonds de participation "
            "des habitants (FPH) finance les petits projets imaginés et portés par des habitants des quartiers prioritaires, même sans association.",
            "L'aide va jusqu'à 800 € par projet. Le comité de gestion, composé d'habitants bénévoles, se réunit tous les deux mois pour examiner "
            "les demandes présentées par leurs porteurs.")
             + "<h2>Vous avez une idée pour votre quartier ?</h2>" + m.p(
            "Parlez-en au centre social le plus proche : un animateur vous aide à monter le dossier, une page suffit. Prochains comités : "
            "15 mai, 10 juillet, 18 septembre."),
             # the FPH calls residents (not associations) to bring their own projects: an appel à projets citoyens
             {PD, SC}, parent=dp),
        page("/ma-ville/democratie-participative/lysencourt-imagine", "Lysencourt Imagine, le budget participatif", m.p(
            "Depuis 2022, la Ville consacre chaque année 800 000 € de son budget d'investissement à des projets proposés et choisis par les habitants. "
            "C'est Lysencourt Imagine.")
             + "<h2>Les étapes de la saison 4</h2>" + m.ol(
                 "Du 1er mars au 30 avril : dépôt des idées, en ligne ou sur papier dans les mairies de quartier",
                 "Mai - septembre : analyse de faisabilité par les services, avec les porteurs",
                 "Du 6 au 26 octobre : vote des habitants, dès 11 ans",
                 "Novembre : annonce des lauréats, puis réalisation")
             + "<h2>Qui peut proposer ?</h2>" + m.p(
                 "Tout habitant de Lysencourt, seul ou en collectif. Un projet doit relever de l'intérêt général, être de la compétence de la ville "
                 "et coûter moins de 150 000 €.")
             + m.p(m.button_link(f"http://{LYS_CAPCO}/project/lysencourt-imagine-saison-4/presentation/reglement-et-calendrier", "Lire le règlement complet"),
                   m.button_link(f"http://{LYS_CAPCO}/project/lysencourt-imagine-saison-4/collect/depot-des-idees", "Déposer mon idée")),
             {PB, PD}, parent=dp),
        page("/ma-ville/democratie-participative/charte-de-la-participation", "La charte de la participation", m.p(
            "Adoptée à l'unanimité par le conseil municipal en juin 2021, la charte de la participation fixe les engagements réciproques "
            "de la Ville et des habitants.")
             + m.ol("Informer tôt, avant que les décisions ne soient prises.", "Dire clairement ce qui est ouvert à la discussion et ce qui ne l'est pas.",
                    "Répondre à chaque contribution, même pour dire non, et expliquer pourquoi.",
                    "Aller vers ceux qu'on n'entend pas : jeunes, personnes âgées, habitants qui ne parlent pas bien le français.",
                    "Rendre compte chaque année devant les instances de quartier.")
             + m.p("Un bilan annuel est présenté en conseil municipal. Le comité d'éthique de la participation, composé de six habitants tirés au sort, "
                   "veille au respect de ces engagements."),
             {PD}, parent=dp),
        page("/ma-ville/conseil-municipal", "Le conseil municipal", m.p(
            "Le conseil municipal compte 49 élus. Il se réunit au moins une fois par trimestre, salle du conseil de l'hôtel de ville ; "
            "les séances sont publiques et retransmises en direct.")
             + "<h2>Prochaine séance : lundi 14 avril 2025, 18 h 30</h2>" + m.ol(
                 "Approbation du procès-verbal de la séance du 10 février", "Compte administratif 2024", "Subventions aux associations sportives",
                 "Convention avec la Métropole pour le plan vélo", "Dénomination du centre aquatique", "Questions diverses")
             + m.p("Les délibérations sont affichées en mairie et publiées au recueil des actes administratifs."),
             decoys={PD}),
        page("/ma-ville/finances/debat-orientation-budgetaire", "Débat d'orientation budgétaire 2025", m.p(
            "Le débat d'orientation budgétaire (DOB) s'est tenu en conseil municipal le 16 décembre 2024, deux mois avant le vote du budget primitif, "
            "comme le prévoit le code général des collectivités territoriales.",
            "Le rapport présente le contexte financier (baisse des dotations, inflation de l'énergie), la structure de la dette (58 M€, 4,2 ans de "
            "capacité de désendettement) et le plan pluriannuel d'investissement 2025-2028.",
            "Orientations retenues : maîtrise des dépenses de personnel, priorité aux écoles et à la transition énergétique des bâtiments, "
            "maintien des taux d'imposition."),
             decoys={PB}, parent=("Ma ville", "/ma-ville/conseil-municipal")),
        page("/cadre-de-vie/plui-concertation", "Plan local d'urbanisme intercommunal", m.p(
            "Le plan local d'urbanisme est désormais intercommunal : c'est la Communauté d'agglomération Lysencourt-Deûle qui élabore le PLUi "
            "de ses 23 communes, dont Lysencourt.",
            "La concertation préalable est conduite par l'agglomération jusqu'au 30 juin : registres papier au siège de la communauté et dans chaque "
            "mairie, réunions publiques par secteur, contributions sur le site de l'agglomération. La Ville de Lysencourt n'en est pas l'organisatrice.")
             + m.p(m.a("https://www.agglo-lysencourt-deule.fr/plui", "Le dossier de concertation sur le site de l'agglomération", ext=True),
                   "Actualités du PLUi : " + m.a("https://www.facebook.com/AggloLysencourtDeule", "page Facebook de l'agglomération", ext=True)),
             # the concertation is the agglomération's, not the city's own approach
             decoys={PD}),
        page("/vie-associative/appel-a-projets-associatifs-2025", "Appel à projets associatifs 2025", m.p(
            "La Ville lance son appel à projets annuel à destination des associations lysencourtoises. Il finance des actions nouvelles "
            "dans quatre domaines : sport-santé, culture, solidarité, transition écologique.",
            "Conditions : association déclarée depuis au moins un an, siège ou activité à Lysencourt, cofinancement d'au moins 20 %. "
            "Les dossiers sont déposés sur le portail des subventions jusqu'au 15 mai ; la commission d'attribution se réunit en juin."),
             decoys={SC}),
        page("/contact", "Contacter la mairie", m.p(
            "Hôtel de ville, place de la République, 59000 Lysencourt. Ouvert du lundi au vendredi de 8 h 30 à 17 h 30 et le samedi de 9 h à 12 h.",
            "Pour toute question, utilisez le formulaire ci-dessous : votre message est transmis au service concerné, qui vous répond sous dix jours ouvrés.")
             + m.drupal_contact("/contact"), {CF}),
        page("/lettre-d-information", "La lettre d'information", m.p(
            "Chaque vendredi, recevez l'agenda du week-end et les informations pratiques de la semaine.") + m.simplenews(),
             decoys={CF}),
        page("/ma-ville/nous-suivre", "Nous suivre sur les réseaux sociaux", m.p(
            "La Ville est présente sur les réseaux sociaux pour vous informer en temps réel : travaux, alertes météo, événements.")
             + m.ul(m.a("https://www.facebook.com/VilledeLysencourt/", "Facebook : Ville de Lysencourt", ext=True),
                    m.a("https://www.instagram.com/ville_lysencourt/", "Instagram : @ville_lysencourt", ext=True),
                    m.a("https://twitter.com/Lysencourt", "X : @Lysencourt", ext=True),
                    m.a("https://www.youtube.com/@VilleDeLysencourt", "YouTube : les séances du conseil en vidéo", ext=True),
                    m.a("https://www.linkedin.com/company/ville-de-lysencourt/", "LinkedIn : nos offres d'emploi", ext=True))
             + m.p("Ces comptes sont modérés du lundi au vendredi. Pour une demande personnelle, préférez le formulaire de contact."),
             # the city's accounts on global platforms are not a local social network
             decoys={TSN}, parent=("Ma ville", "/ma-ville/conseil-municipal")),
    ]
    accounts = [social("facebook", "VilledeLysencourt", "https://www.facebook.com/VilledeLysencourt/"),
                social("instagram", "ville_lysencourt", "https://www.instagram.com/ville_lysencourt/"),
                social("x", "Lysencourt", "https://twitter.com/Lysencourt"),
                social("youtube", "VilleDeLysencourt"),
                social("linkedin", "ville-de-lysencourt", "https://www.linkedin.com/company/ville-de-lysencourt/")]
    return Site(LYS, "drupal", "Ville de Lysencourt", pages,
                menu=[("Ma ville", "/ma-ville/conseil-municipal"), ("Participer", "/ma-ville/democratie-participative"),
                      ("Actualités", "/actualites"), ("Contact", "/contact")],
                accounts=accounts, address="Hôtel de ville, place de la République, 59000 Lysencourt")


def _lys_capco():
    s4 = "/project/lysencourt-imagine-saison-4"
    steps = [(f"{s4}/presentation/reglement-et-calendrier", "Règlement et calendrier", "Depuis le 1er mars"),
             (f"{s4}/collect/depot-des-idees", "Dépôt des idées", "1er mars - 30 avril 2025"),
             (f"{s4}/selection/vote", "Vote des habitants", "6 - 26 octobre 2025")]
    header = m.capco_project_header("Lysencourt Imagine - saison 4", "Des habitants autour d'une maquette",
                                    [("Contributions", 187), ("Participants", 412), ("Jours restants", 26)])
    proposals = [
        (f"{s4}/collect/depot-des-idees/proposals/un-city-stade-renove-aux-filatures", "Un city-stade rénové aux Filatures", "Collectif Jeunes Filatures", "Filatures", 96, 3),
        (f"{s4}/collect/depot-des-idees/proposals/des-bancs-et-de-l-ombre-rue-de-roubaix", "Des bancs et de l'ombre rue de Roubaix", "Monique D.", "Centre", 54, 2),
        (f"{s4}/collect/depot-des-idees/proposals/un-composteur-collectif-au-hutin", "Un composteur collectif au Hutin", "Association Hutin Vert", "Hutin", 41, 1),
    ]
    capco_comments = {
        proposals[0][0]: [(9311, "Yanis", "il y a 3 jours", "Le terrain est dangereux, les grillages sont coupés. On est 30 à jouer là tous les soirs."),
                          (9320, "Sabrina M.", "il y a 2 jours", "Et un éclairage qui s'éteint à 22 h pour les riverains, ce serait bien."),
                          (9334, "Collectif Jeunes Filatures", "hier", "Bonne idée Sabrina, on l'ajoute à la description.")],
        proposals[1][0]: [(9402, "Gérard", "il y a 5 jours", "Indispensable pour les personnes âgées qui vont au marché à pied."),
                          (9415, "Anonyme", "il y a 1 jour", "Des arbres plutôt que des parasols, s'il vous plaît.")],
        proposals[2][0]: [(9450, "Lucie P.", "il y a 4 jours", "Je suis maître-composteuse, je peux aider pour la formation des habitants.")],
    }
    bodies = {
        proposals[0][0]: ("Le city-stade de la rue Jacquard date de 2004. Le revêtement est troué, les buts sont tordus, il n'y a plus de filets. "
                          "Nous proposons de le refaire entièrement avec un sol synthétique, des paniers de basket et un banc pour les parents. "
                          "Coût estimé par le collectif : 85 000 €."),
        proposals[1][0]: ("Entre la place de la Liberté et le marché couvert, il n'y a pas un banc sur 600 mètres. En été, le trottoir est en plein soleil. "
                          "Je propose six bancs et la plantation d'arbres d'alignement côté pair."),
        proposals[2][0]: ("Beaucoup d'habitants des immeubles voudraient composter mais n'ont pas de jardin. Un composteur partagé au square Pasteur, "
                          "géré par l'association, servirait à une centaine de foyers."),
    }
    pages = [
        page("/", "Accueil", m.p("Bienvenue sur Lysencourt participe, la plateforme de participation citoyenne de la Ville de Lysencourt. "
                                 "Donnez votre avis, proposez des idées, votez pour les projets de votre quartier.")
             + '<section class="section--projects"><h2>Projets en cours</h2><div class="row">'
             + "".join(f'<div class="col-md-4 project-preview"><a href="{h}" class="project-preview__title">{t}</a><p>{d}</p></div>' for h, t, d in [
                 (f"{s4}/presentation/reglement-et-calendrier", "Lysencourt Imagine - saison 4", "Budget participatif : déposez vos idées jusqu'au 30 avril."),
                 ("/project/plan-velo-2030/presentation/presentation", "Plan vélo 2030", "Questionnaire ouvert jusqu'au 15 mai."),
                 ("/project/lysencourt-imagine-saison-3/selection/resultats", "Lysencourt Imagine - saison 3", "Terminé : découvrez les lauréats.")])
             + "</div></section>" + m.p(m.a("/projects", "Voir tous les projets")),
             {PD}),
        page("/projects", "Tous les projets", '<ul class="list-unstyled projects-list">' + "".join(
            f'<li class="project-preview"><a href="{h}">{t}</a> <span class="label label-{c}">{s}</span></li>' for h, t, s, c in [
                (f"{s4}/presentation/reglement-et-calendrier", "Lysencourt Imagine - saison 4", "Dépôt en cours", "success"),
                ("/project/plan-velo-2030/presentation/presentation", "Plan vélo 2030", "Questionnaire en cours", "success"),
                ("/project/lysencourt-imagine-saison-3/selection/resultats", "Lysencourt Imagine - saison 3", "Terminé", "default")]) + "</ul>"),
        page(steps[0][0], "Règlement et calendrier", header + m.capco_steps(s4, steps, steps[0][0]) + m.p(
            "Article 1 - Objet. Lysencourt Imagine permet aux habitants de proposer puis de choisir, par un vote, des projets d'investissement "
            "d'intérêt général financés sur une enveloppe de 800 000 €, dont 100 000 € réservés aux projets des quartiers prioritaires.",
            "Article 2 - Qui peut participer ? Toute personne habitant Lysencourt, sans condition de nationalité, dès 11 ans pour le vote, "
            "dès 15 ans pour le dépôt d'une idée.",
            "Article 3 - Recevabilité. Le projet relève des compétences de la commune, concerne un lieu public, ne génère pas de frais de "
            "fonctionnement importants et ne dépasse pas 150 000 €.",
            "Article 4 - Vote. Chaque votant choisit jusqu'à trois projets de la ville et un projet de son quartier. Les projets les mieux classés "
            "sont retenus dans la limite de l'enveloppe.",
            "Article 5 - Réalisation. La Ville s'engage à réaliser les projets lauréats dans un délai de deux ans et à en rendre compte sur cette plateforme.")
             + m.p(m.a(steps[1][0], "Déposer une idée", "btn btn-primary")), {PB}),
        page(steps[1][0], "Dépôt des idées", header + m.capco_steps(s4, steps, steps[1][0]) + m.p(
            "Vous avez une idée pour améliorer votre quartier ou la ville ? Proposez-la avant le 30 avril ! Décrivez votre projet, situez-le sur la carte "
            "et ajoutez une photo si vous le souhaitez. Vous pouvez aussi soutenir et commenter les idées des autres habitants.")
             + m.p('<a href="/login" class="btn btn-primary" id="add-proposal">Déposer une proposition</a> '
                   '<span class="help-block">Une connexion est nécessaire pour déposer une idée.</span>')
             + m.capco_proposals(proposals), {PB, SC}),
        *[page(href, title, header + m.capco_steps(s4, steps, steps[1][0])
               + f'<div id="ProposalPageMainContent" class="proposal__page"><div class="proposal__header"><p class="proposal__author">Déposé par <strong>{author}</strong> · Quartier : {district}</p></div>'
               f'<div class="proposal__body"><h3>Description</h3><p>{bodies[href]}</p></div>'
               f'<div class="proposal__votes"><span class="proposal__counter">{votes} soutiens</span> <a href="/login" class="btn btn-success">Soutenir</a></div></div>'
               + m.capco_comments(capco_comments[href]), {PB, CO})
          for href, title, author, district, votes, _n in proposals],
        page(steps[2][0], "Vote des habitants", header + m.capco_steps(s4, steps, steps[2][0]) + m.p(
            "Du 6 au 26 octobre 2025, les habitants choisiront les projets lauréats parmi les idées jugées réalisables. "
            "Chaque votant disposera de trois voix pour les projets de la ville et d'une voix pour un projet de son quartier.",
            "Le vote se fera en ligne, sur cette page, après vérification de votre adresse, ou dans les urnes des mairies de quartier.")
             + '<div class="alert alert-info">Cette étape n\'est pas encore ouverte.</div>', {PB}),
        page("/project/lysencourt-imagine-saison-3/selection/resultats", "Saison 3 : les résultats", m.p(
            "Merci aux 6 214 votants ! Voici les 14 projets lauréats de la troisième saison de Lysencourt Imagine.")
             + '<table class="table table-striped"><thead><tr><th>Projet</th><th>Quartier</th><th>Voix</th><th>Montant</th></tr></thead><tbody>'
             + "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>" for a, b, c, d in [
                 ("Aire de fitness au parc Barbieux-Sud", "Barbieux", "1 412", "92 000 €"), ("Rénovation du city-stade de l'Épeule", "Épeule", "1 288", "110 000 €"),
                 ("Fontaines à eau dans trois écoles", "Toute la ville", "1 105", "36 000 €"), ("Boîte à livres géante", "Hutin", "842", "14 000 €"),
                 ("Éclairage du chemin du Halage", "Pile", "796", "128 000 €")]) + "</tbody></table>"
             + m.p("Les neuf autres lauréats sont détaillés dans le bilan de saison, présenté au conseil municipal du 14 avril."),
             # the results of a past vote of the city's participatory budget, on its own platform
             {PB}),
        page("/project/plan-velo-2030/presentation/presentation", "Plan vélo 2030", m.p(
            "La Ville prépare son plan vélo pour les cinq prochaines années. Avant d'arrêter le réseau cyclable et les priorités de travaux, "
            "elle consulte les habitants, cyclistes ou non.",
            "La concertation se déroule en trois temps : un questionnaire en ligne jusqu'au 15 mai, deux balades urbaines en avril, "
            "un atelier de restitution en juin à l'hôtel de ville.")
             + m.p(m.a("/project/plan-velo-2030/questionnaire/questionnaire", "Répondre au questionnaire", "btn btn-primary")), {PD}),
        page("/project/plan-velo-2030/questionnaire/questionnaire", "Questionnaire - Plan vélo 2030", m.capco_questionnaire(71, [
            ("radio", "À quelle fréquence utilisez-vous un vélo à Lysencourt ?", ["Tous les jours", "Chaque semaine", "Rarement", "Jamais"]),
            ("checkbox", "Qu'est-ce qui vous freine ?", ["Le manque de pistes sécurisées", "Le vol", "Les distances", "La météo", "Je ne sais pas faire du vélo"]),
            ("select", "Quel aménagement est prioritaire selon vous ?", ["Pistes séparées", "Stationnement sécurisé", "Zones 30", "Apprentissage"]),
            ("radio", "Dans quel quartier habitez-vous ?", ["Centre", "Épeule", "Hutin", "Filatures", "Barbieux", "Autre"]),
            ("textarea", "Un endroit précis à aménager ?", [])],
            m.p("Le questionnaire prend cinq minutes. Il est anonyme.")), {PO}),
        page("/pages/faq", "Questions fréquentes", m.p(
            "Faut-il créer un compte ? Pour répondre aux questionnaires, non. Pour déposer une idée ou voter, oui : votre adresse est vérifiée "
            "une seule fois.", "Mes données sont-elles protégées ? La Ville de Lysencourt est responsable du traitement ; vos données ne sont "
            "jamais transmises à des tiers.", "Qui modère ? L'équipe Démocratie participative de la ville, selon la charte de modération.")),
    ]
    return Site(LYS_CAPCO, "capcollectif", "Lysencourt participe", pages,
                menu=[("Accueil", "/"), ("Projets", "/projects"), ("FAQ", "/pages/faq"), ("Site de la ville", f"http://{LYS}/")],
                features=frozenset({PP}), platforms=frozenset({"cap_collectif"}))


def lysencourt() -> City:
    return City("99561", "Lysencourt", 94_820, "59", *HDF, f"http://{LYS}/", [_lys_www(), _lys_capco()],
                decoy_accounts=(_fb("AggloLysencourtDeule"),))


# =========================================================================================== Sambrecourt
# WordPress (Contact Form 7, WP-Polls, SpeakOut! petitions, WPForms, MailPoet, native comments) and the
# city's neighbours' network "Entre voisins" on a sub-domain.

SAM = "www.sambrecourt.fr"
SAM_VOISINS = "entre-voisins.sambrecourt.fr"


def _sam_loop(items):
    return "".join(
        f'<article class="post type-post status-publish format-standard hentry"><header class="entry-header">'
        f'<h2 class="entry-title"><a href="{href}" rel="bookmark">{title}</a></h2>'
        f'<div class="entry-meta"><span class="posted-on"><time class="entry-date published">{date}</time></span></div></header>'
        f'<div class="entry-summary"><p>{teaser} <a class="more-link" href="{href}">Lire la suite <span class="screen-reader-text">{title}</span></a></p></div></article>'
        for href, date, title, teaser in items)


_SAM_POSTS = [
    ("/2025/03/18/rue-jean-jaures-les-travaux-commencent-le-24-mars/", "18 mars 2025", "Rue Jean-Jaurès : les travaux commencent le 24 mars",
     "Réseaux, chaussée, trottoirs élargis : sept mois de chantier en quatre tranches."),
    ("/2025/03/10/contournement-nord-ouverture-de-l-enquete-publique/", "10 mars 2025", "Contournement nord : ouverture de l'enquête publique",
     "Le dossier du projet routier de l'État est consultable en mairie du 24 mars au 25 avril."),
    ("/2025/03/05/mediatheque-quel-nom-choisir/", "5 mars 2025", "Médiathèque : quel nom choisir ?", "Trois noms proposés par le comité de lecteurs, à vous de voter."),
    ("/2025/03/01/concours-photo-la-sambre-en-images/", "1er mars 2025", "Concours photo « La Sambre en images »", "Amateurs de tous âges, à vos appareils !"),
    ("/2025/02/27/pont-rouge-une-table-de-quartier-pour-se-faire-entendre/", "27 février 2025", "Pont-Rouge : une table de quartier pour se faire entendre",
     "Depuis un an, habitants et associations du Pont-Rouge se retrouvent chaque mois."),
    ("/2025/01/09/les-voeux-du-maire-aux-habitants/", "9 janvier 2025", "Les vœux du maire aux habitants", "Retour sur la cérémonie du 8 janvier à l'Espace Matisse."),
    ("/2024/12/02/salle-de-sport-du-faubourg-le-nom-est-choisi/", "2 décembre 2024", "Salle de sport du Faubourg : le nom est choisi",
     "Les résultats du vote organisé en novembre."),
]


def _sam_www():
    post = lambda i: _SAM_POSTS[i]  # noqa: E731
    news = ("Actualités", "/actualites/")
    part = ("Participer", "/participer/")
    pet = "/participer/petitions/pour-un-passage-pieton-securise-rue-de-la-gare/"
    pages = [
        page("/", "Accueil", m.p("Sambrecourt, ville de la Sambre et de l'Avesnois, 41 000 habitants.")
             + '<div class="wp-block-columns"><div class="wp-block-column"><h2>En ce moment</h2>'
             + m.ul(m.a("/participer/", "Participer à la vie de la ville"), m.a("/participer/petitions/", "Les pétitions citoyennes"),
                    m.a("/participer/entre-voisins/", "Entre voisins, le réseau des habitants"), m.a("/contact/", "Contacter la mairie"),
                    m.a("/agenda/forum-des-associations-2025/", "Forum des associations"), m.a("/mairie/la-ville-recrute/", "La ville recrute"),
                    m.a("/mairie/finances/compte-administratif-2024/", "Finances"), m.a("/securite/participation-citoyenne/", "Sécurité"),
                    m.a("/lettre-d-information/", "Lettre d'information"))
             + '</div><div class="wp-block-column"><h2>Dernières actualités</h2>' + _sam_loop(_SAM_POSTS[:4])
             + m.p(m.a("/actualites/", "Toutes les actualités")) + "</div></div>"),
        page("/actualites/", "Actualités", _sam_loop(_SAM_POSTS)),
        page(post(0)[0], post(0)[2], m.wp_meta("2025-03-18", "18 mars 2025", ["Travaux"]) + m.p(
            "La rue Jean-Jaurès, entre la place du Marché et le pont de la Sambre, va être entièrement refaite. Le chantier démarre le lundi 24 mars "
            "par le remplacement des canalisations d'eau potable (Noréade), puis la reprise de l'assainissement.",
            "Viendront ensuite, à partir de juin, la chaussée et les trottoirs, élargis à 2,20 m côté impair. Vingt-deux arbres seront plantés "
            "et le stationnement passera en épi côté pair.",
            "La circulation sera alternée par tranche de 150 mètres ; l'accès aux commerces est maintenu. Les bus de la ligne 3 sont déviés par la rue Gambetta.",
            "Une réunion d'information s'est tenue le 11 mars avec les riverains et les commerçants. Pour toute question sur le chantier : service voirie, 03 27 00 12 40.")
             + m.wp_comments(2311, post(0)[2], [
                 (4102, "Françoise L.", "2025-03-18T18:22", "18 mars 2025 à 18 h 22",
                  "Et pour les livraisons de la pharmacie, comment ça va se passer ? Les camions ne pourront plus s'arrêter.", [
                      (4106, "Ville de Sambrecourt", "2025-03-19T09:05", "19 mars 2025 à 9 h 05",
                       "Bonjour, une aire de livraison provisoire sera matérialisée devant le n° 48 pendant toute la durée du chantier.", [])]),
                 (4113, "Didier", "2025-03-20T07:48", "20 mars 2025 à 7 h 48", "Enfin ! Cette rue était dangereuse pour les vélos depuis des années.", [])],
                 post(0)[0]), {CO}, parent=news),
        page(post(1)[0], post(1)[2], m.wp_meta("2025-03-10", "10 mars 2025", ["Urbanisme"]) + m.p(
            "Par arrêté du 3 mars, le préfet du Nord a prescrit l'enquête publique préalable à la déclaration d'utilité publique du contournement "
            "nord de Sambrecourt, projet porté par l'État (DREAL Hauts-de-France).",
            "L'enquête se déroule du 24 mars au 25 avril. Le dossier et un registre sont à disposition à l'accueil de la mairie aux heures d'ouverture ; "
            "le commissaire enquêteur, désigné par le tribunal administratif de Lille, tiendra trois permanences (26 mars, 9 avril, 25 avril).",
            "Les observations peuvent aussi être adressées par courrier au commissaire enquêteur ou sur le registre dématérialisé de la préfecture. "
            "Ce n'est pas une consultation de la Ville : la commune donnera son propre avis en conseil municipal.")
             + m.p(m.a("https://www.nord.gouv.fr/Publications/Enquetes-publiques", "Avis d'enquête sur le site de la préfecture", ext=True)),
             # the State's public inquiry: neither the city's participatory approach nor a poll of the city
             decoys={PD, PO}, parent=news),
        page(post(2)[0], post(2)[2], m.wp_meta("2025-03-05", "5 mars 2025", ["Culture"]) + m.p(
            "La future médiathèque de la rue de la Verrerie ouvrira ses portes en septembre. Il lui manque encore un nom ! Le comité des lecteurs "
            "en a retenu trois, tous liés à l'histoire de la ville. Votez dans le module ci-dessous jusqu'au 31 mars.")
             + m.wp_polls(12, "Quel nom pour la médiathèque ?", ["La Verrerie", "Médiathèque Louise-Michel", "L'Écluse"])
             + m.p("Un vote par foyer. Le nom sera officialisé en conseil municipal."), {PO}, parent=news),
        page(post(3)[0], post(3)[2], m.wp_meta("2025-03-01", "1er mars 2025", ["Culture"]) + m.p(
            "Le service culturel organise la 6e édition du concours photo « La Sambre en images ». Thème de l'année : l'eau et l'industrie.",
            "Trois catégories : moins de 15 ans, 15-25 ans, adultes. Jusqu'à deux photos par participant, à envoyer avant le 30 avril. "
            "Les lauréats seront exposés tout l'été au pavillon des Écluses et recevront des bons d'achat.")
             + m.cf7(88, 2298, post(3)[0], [("text", "Nom et prénom"), ("email", "E-mail"), ("select", "Catégorie", ["Moins de 15 ans", "15-25 ans", "Adultes"]),
                                            ("file", "Votre photo (JPEG, 8 Mo maximum)"), ("consent", "J'accepte le règlement du concours")],
                     "Participer", "Inscription au concours photo"),
             # a contest entry form: no free-text message, no call for ideas
             decoys={SC, CF}, parent=news),
        page(post(4)[0], post(4)[2], m.wp_meta("2025-02-27", "27 février 2025", ["Quartiers", "Participation"]) + m.p(
            "Il y a un an naissait la table de quartier du Pont-Rouge, avec le soutien du centre social Agora et de la Fédération des centres sociaux. "
            "Le principe : des habitants se réunissent, sans les élus, pour choisir les sujets qui comptent et interpellent ensuite les institutions.",
            "Premiers résultats : la réouverture du bureau de poste deux matinées par semaine, un passage piéton devant l'école Curie, "
            "un diagnostic des caves inondées avec le bailleur Promocil. Le prochain chantier : les horaires du bus le dimanche.",
            "La table se réunit le premier jeudi du mois à 18 h au centre Agora. Tout habitant du quartier peut venir, même une seule fois.")
             + m.p(m.a("/participer/table-de-quartier-du-pont-rouge/", "En savoir plus sur la table de quartier"))
             + m.wp_comments(2287, post(4)[2], [
                 (4050, "Mounia", "2025-02-28T10:12", "28 février 2025 à 10 h 12", "Bravo pour la poste, ça change la vie des personnes âgées du quartier.", [])],
                 post(4)[0]), {PD, CO}, parent=news),
        page(post(5)[0], post(5)[2], m.wp_meta("2025-01-09", "9 janvier 2025", ["Vie municipale"]) + m.p(
            "Plus de 900 personnes ont assisté aux vœux du maire, mercredi 8 janvier à l'Espace Matisse. Le maire a rappelé les chantiers de l'année : "
            "la rue Jean-Jaurès, la médiathèque, la rénovation de l'école Curie.",
            "Il a aussi annoncé la création d'un conseil des aînés et la poursuite des pétitions citoyennes, dont la première a abouti à l'installation "
            "de ralentisseurs rue de Maubeuge.") + m.wp_comments(2201, post(5)[2], [], post(5)[0], open_=False),
             # comments are closed and the post has none
             decoys={CO}, parent=news),
        page(post(6)[0], post(6)[2], m.wp_meta("2024-12-02", "2 décembre 2024", ["Sport"]) + m.p(
            "Vous avez été 1 317 à voter pour le nom de la nouvelle salle de sport du Faubourg. Le vote est terminé ; voici les résultats.")
             + m.wp_polls_result(9, "Quel nom pour la salle de sport du Faubourg ?",
                                 [("Salle Colette-Besson", 48, 632), ("Le Hangar", 31, 408), ("Salle des Forges", 21, 277)], 1317),
             decoys={PO}, parent=news),
        page("/participer/", "Participer à la vie de la ville", m.p(
            "Donner son avis, proposer, s'engager pour son quartier : à Sambrecourt, la démocratie locale se vit toute l'année. "
            "La municipalité s'est engagée, dans sa charte de la démocratie locale adoptée en 2021, à associer les habitants à chaque projet "
            "qui change leur cadre de vie.")
             + '<div class="wp-block-group is-layout-grid">' + "".join(
                 f'<div class="wp-block-group"><h3 class="wp-block-heading"><a href="{h}">{t}</a></h3><p>{d}</p></div>' for h, t, d in [
                     ("/participer/conseils-citoyens/", "Les conseils citoyens", "Au Pont-Rouge et au Faubourg de Mons, quartiers prioritaires."),
                     ("/participer/table-de-quartier-du-pont-rouge/", "La table de quartier du Pont-Rouge", "Un espace d'habitants, indépendant."),
                     ("/participer/petitions/", "Les pétitions citoyennes", "300 signatures et votre demande est inscrite au conseil municipal."),
                     ("/participer/entre-voisins/", "Entre voisins", "Le réseau social des habitants de Sambrecourt.")]) + "</div>", {PD}),
        page("/participer/conseils-citoyens/", "Les conseils citoyens", m.p(
            "Sambrecourt compte deux quartiers prioritaires de la politique de la ville : le Pont-Rouge et le Faubourg de Mons. "
            "Chacun a son conseil citoyen, composé d'habitants et d'acteurs locaux (associations, commerçants, professionnels de santé).",
            "Les conseils citoyens participent à toutes les instances du contrat de ville « Engagements quartiers 2030 » : ils donnent leur avis "
            "sur les projets financés, proposent des actions et évaluent ce qui a été fait. Ils disposent d'un petit budget de fonctionnement "
            "et d'une salle à la maison de quartier.")
             + m.p("Contact : conseil.citoyen.pontrouge@sambrecourt.fr - conseil.citoyen.faubourg@sambrecourt.fr"), {PD}, parent=part),
        page("/participer/table-de-quartier-du-pont-rouge/", "La table de quartier du Pont-Rouge", m.p(
            "La table de quartier est un espace de parole et d'action des habitants, porté par le centre social Agora. Elle n'est pas une instance "
            "municipale : ce sont les habitants qui choisissent les sujets et décident des actions à mener.",
            "La Ville s'engage à recevoir ses propositions et à y répondre par écrit dans un délai de deux mois.")
             + m.ul("Réunions : premier jeudi du mois, 18 h, centre Agora, 12 rue des Verriers", "Animatrice : Leïla Benali, 03 27 00 31 22"),
             {PD}, parent=part),
        page("/participer/petitions/", "Les pétitions citoyennes", m.p(
            "Dans le cadre de la charte de la démocratie locale, les habitants de Sambrecourt de plus de 16 ans peuvent interpeller le conseil municipal "
            "par une pétition. Toute pétition qui recueille 300 signatures d'habitants est inscrite à l'ordre du jour du conseil suivant ; "
            "ses auteurs sont invités à la présenter.")
             + "<h2>Pétitions en cours</h2>" + m.ul(m.a(pet, "Pour un passage piéton sécurisé rue de la Gare") + " - 187 signatures")
             + "<h2>Pétitions abouties</h2>" + m.ul("Des ralentisseurs rue de Maubeuge (412 signatures) - réalisé en octobre 2024")
             + m.p(m.a("/participer/petitions/deposer-une-petition/", "Déposer une pétition", "wp-block-button__link wp-element-button")),
             # the index of the city's petition space: the droit de pétition, petitions open to signature and the way to start one
             {PE, PD}, parent=part),
        page(pet, "Pour un passage piéton sécurisé rue de la Gare", m.p(
            "Pétition déposée le 12 février 2025 par des parents d'élèves de l'école Jean-Macé.")
             + m.speakout(3, "Pour un passage piéton sécurisé rue de la Gare", 187, 300,
                          "<p>Chaque matin, plus de 200 enfants traversent la rue de la Gare à hauteur de la boulangerie, là où les voitures arrivent vite "
                          "du pont. Nous demandons un passage piéton surélevé, éclairé, et la présence d'un agent aux heures d'entrée et de sortie.</p>"),
             {PE}, parent=("Les pétitions citoyennes", "/participer/petitions/")),
        page("/participer/petitions/deposer-une-petition/", "Déposer une pétition", m.p(
            "Rédigez votre pétition ci-dessous. Le service Démocratie locale vérifie qu'elle relève des compétences de la commune et la publie "
            "sous huit jours. Elle reste ouverte aux signatures pendant six mois.")
             + m.wpforms(2451, "/participer/petitions/deposer-une-petition/", [
                 ("text", "Nom et prénom du premier signataire"), ("email", "Adresse e-mail"), ("text", "Titre de la pétition"),
                 ("textarea", "Texte de la pétition"), ("consent", "Je certifie habiter Sambrecourt et avoir plus de 16 ans.")],
                 "Soumettre ma pétition"),
             # starting a petition on the city's space; the form also carries a free-text message with name and e-mail
             {PE, CF}, parent=("Les pétitions citoyennes", "/participer/petitions/")),
        page("/participer/entre-voisins/", "Entre voisins, le réseau des habitants", m.p(
            "Prêter une perceuse, trouver un covoiturage pour le marché, organiser la fête de la rue, signaler un chat perdu : Entre voisins est le "
            "réseau social de proximité des Sambrecourtois. La Ville l'a ouvert en 2023 avec les centres sociaux ; il est gratuit, sans publicité, "
            "et réservé aux habitants.",
            "Chaque quartier a son fil d'actualités, ses groupes et ses petites annonces d'entraide. Les élus de quartier y publient aussi les informations utiles.")
             + m.p(m.button_link(f"http://{SAM_VOISINS}/", "Rejoindre Entre voisins")),
             # the page is the city's entry to its residents' network: joining is done from here
             {TSN}, parent=part),
        page("/contact/", "Contact", m.p("Mairie de Sambrecourt, 1 place du Général-de-Gaulle. Du lundi au vendredi, 8 h 30 - 12 h et 13 h 30 - 17 h 30.")
             + m.cf7(5, 12, "/contact/", [("text", "Votre nom (obligatoire)"), ("email", "Votre e-mail (obligatoire)"),
                                          ("select", "Objet", ["Demande d'information", "Voirie, propreté", "Scolaire", "Autre"]),
                                          ("textarea", "Votre message"), ("consent", "J'accepte que mes données soient utilisées pour traiter ma demande.")]),
             {CF}),
        page("/lettre-d-information/", "Lettre d'information", m.p("Inscrivez-vous à la lettre municipale, envoyée chaque premier lundi du mois.") + m.mailpoet(2),
             decoys={CF}),
        page("/agenda/forum-des-associations-2025/", "Forum des associations", m.p(
            "Samedi 6 septembre, de 10 h à 18 h, au complexe sportif Léo-Lagrange. Plus de 90 associations sportives, culturelles et solidaires "
            "présentent leurs activités. Démonstrations, inscriptions sur place, buvette tenue par le comité des fêtes."), decoys={FO}),
        page("/mairie/la-ville-recrute/", "La ville recrute", m.p(
            "La Ville de Sambrecourt lance un appel à candidatures pour plusieurs postes :")
             + m.ul("Animateur périscolaire (H/F), contrat de 10 mois, BAFA souhaité", "Agent d'entretien des espaces verts (H/F), titulaire ou contractuel",
                    "Chargé de mission politique de la ville (H/F), catégorie A")
             + m.p("Candidature (CV et lettre) à adresser à M. le Maire, direction des ressources humaines, avant le 18 avril."),
             decoys={SC}),
        page("/mairie/finances/compte-administratif-2024/", "Compte administratif 2024", m.p(
            "Le compte administratif retrace l'exécution du budget de l'année écoulée. Adopté le 27 mars, celui de 2024 fait apparaître un excédent "
            "de fonctionnement de 2,1 M€, affecté aux investissements 2025.",
            "Recettes de fonctionnement : 46,8 M€. Dépenses de fonctionnement : 44,7 M€. Investissements réalisés : 9,3 M€, dont 3,1 M€ pour les écoles."),
             decoys={PB}),
        page("/securite/participation-citoyenne/", "Participation citoyenne", m.p(
            "Le dispositif « Participation citoyenne », piloté par la police nationale et la préfecture, associe des habitants référents à la "
            "sécurité de leur quartier. Ils signalent aux policiers les faits inhabituels : démarchage suspect, véhicule en repérage, cambriolage.",
            "Une convention a été signée le 4 octobre 2024 entre le maire, le préfet et le commissaire. Sept quartiers ont désormais leurs référents, "
            "reconnaissables au panneau à l'entrée des rues concernées. Il ne s'agit pas d'une instance de démocratie locale ni d'un réseau social.",
            "Devenir référent : contactez la police municipale au 03 27 00 17 17."),
             decoys={PD, TSN}),
    ]
    accounts = [social("facebook", "sambrecourt", "https://fr-fr.facebook.com/sambrecourt"),
                social("instagram", "sambrecourt_officiel"), social("tiktok", "villedesambrecourt")]
    return Site(SAM, "wordpress", "Ville de Sambrecourt", pages,
                menu=[("Actualités", "/actualites/"), ("Participer", "/participer/"), ("Contact", "/contact/")],
                accounts=accounts, address="1 place du Général-de-Gaulle, 59600 Sambrecourt")


def _sam_voisins():
    pages = [
        page("/", "Le fil de Sambrecourt", m.p("Bienvenue sur Entre voisins, le réseau des habitants de Sambrecourt.")
             + '<nav class="quartiers"><h2>Les quartiers</h2>' + m.ul(m.a("/quartiers/pont-rouge", "Pont-Rouge"), m.a("/quartiers/centre-gare", "Centre - Gare"))
             + '</nav><nav class="groupes"><h2>Groupes</h2>' + m.ul(m.a("/groupes/jardin-partage-des-cheminots", "Jardin partagé des Cheminots"),
                                                                   m.a("/entraide/pret-d-outils", "Prêt d'outils"), m.a("/a-propos", "À propos"))
             + "</nav>" + m.feed([
                 ("Hélène V.", "Centre - Gare", "il y a 2 h", "entraide", "Quelqu'un aurait un diable à prêter samedi matin ? Je déménage une armoire au 2e.", 3),
                 ("Ville de Sambrecourt", "Tous les quartiers", "il y a 5 h", "info", "Rue Jean-Jaurès : la circulation est alternée à partir du 24 mars.", 7),
                 ("Samir", "Pont-Rouge", "hier", "événement", "Fête de la rue des Verriers le 14 juin : on cherche des bras pour la buvette !", 12)])),
        page("/quartiers/pont-rouge", "Pont-Rouge", m.p("312 voisins inscrits.") + m.feed([
            ("Samir", "Pont-Rouge", "hier", "événement", "Fête de la rue des Verriers le 14 juin : on cherche des bras pour la buvette !", 12),
            ("Christiane", "Pont-Rouge", "il y a 3 jours", "alerte", "Encore un dépôt sauvage derrière le bâtiment C, j'ai fait un signalement.", 5),
            ("Table de quartier", "Pont-Rouge", "il y a 1 semaine", "info", "Compte rendu de la réunion du 6 mars disponible au centre Agora.", 2)]),
             parent=("Accueil", "/")),
        page("/quartiers/centre-gare", "Centre - Gare", m.p("488 voisins inscrits.") + m.feed([
            ("Hélène V.", "Centre - Gare", "il y a 2 h", "entraide", "Quelqu'un aurait un diable à prêter samedi matin ?", 3),
            ("Paul-Henri", "Centre - Gare", "il y a 2 jours", "covoiturage", "Je vais à Maubeuge tous les mardis matin, deux places libres.", 1)]),
             parent=("Accueil", "/")),
        page("/groupes/jardin-partage-des-cheminots", "Jardin partagé des Cheminots", m.p(
            "Groupe de 46 membres. Le jardin est ouvert le mercredi et le samedi ; chacun peut venir, même sans parcelle.") + m.feed([
                ("Odile", "Pont-Rouge", "il y a 4 jours", "info", "Les plants de tomates sont arrivés, distribution samedi 10 h.", 6)]), parent=("Accueil", "/")),
        page("/entraide/pret-d-outils", "Prêt d'outils", m.p("Prêtez et empruntez entre voisins : perceuse, échelle, tondeuse, remorque.") + m.feed([
            ("Marc", "Centre - Gare", "il y a 6 jours", "entraide", "Je prête une échelle de 4 m, à récupérer rue Thiers.", 2)]), parent=("Accueil", "/")),
        page("/a-propos", "À propos d'Entre voisins", m.p(
            "Entre voisins est proposé par la Ville de Sambrecourt et animé avec les centres sociaux Agora et Matisse. L'inscription est vérifiée "
            "par une adresse à Sambrecourt. Les échanges sont modérés selon la charte d'utilisation."), parent=("Accueil", "/")),
    ]
    return Site(SAM_VOISINS, "community", "Entre voisins - Sambrecourt", pages,
                menu=[("Le fil", "/"), ("Quartiers", "/quartiers/pont-rouge"), ("Groupes", "/groupes/jardin-partage-des-cheminots"),
                      ("Site de la ville", f"http://{SAM}/")], features=frozenset({TSN}))


def sambrecourt() -> City:
    return City("99562", "Sambrecourt", 41_310, "59", *HDF, f"http://{SAM}/", [_sam_www(), _sam_voisins()])


# ====================================================================================== Hénin-les-Fosses
# SPIP 4 (article forums, Formidable, écrire à l'auteur, Mailsubscribers), a Framaforms questionnaire embedded,
# and the Flarum forum of the residents' table de quartier of the Cité du 4.

HEN = "www.henin-les-fosses.fr"
HEN_FORUM = "forum.tabledequartier-cite4.fr"


def _hen_list(items):
    return '<div class="liste articles"><ul class="liste-items">' + "".join(
        f'<li class="item hentry"><h3 class="h3 entry-title"><a href="{href}" rel="bookmark">{title}</a></h3>'
        f'<p class="info-publi"><abbr class="published">{date}</abbr></p><div class="introduction entry-content"><p>{intro}</p></div></li>'
        for href, date, title, intro in items) + "</ul></div>"


_HEN_ARTICLES = [
    ("/La-friche-Dejardin-deviendra-un-parc", "2 avril 2025", "La friche Dejardin deviendra un parc",
     "Trois hectares de verdure à la place de l'ancienne usine de chaudronnerie."),
    ("/Rythmes-scolaires-donnez-votre-avis", "24 mars 2025", "Rythmes scolaires : donnez votre avis",
     "Semaine de quatre jours ou de quatre jours et demi ? Les familles sont consultées jusqu'au 30 avril."),
    ("/Mediatheque-vos-horaires-ideaux", "17 mars 2025", "Médiathèque : vos horaires idéaux", "Répondez au questionnaire en ligne."),
    ("/Parc-eolien-des-Hauts-Champs-enquete-publique", "10 mars 2025", "Parc éolien des Hauts-Champs : enquête publique",
     "Le dossier est consultable en mairie du 17 mars au 18 avril."),
    ("/Forum-de-l-emploi-et-de-la-formation", "3 mars 2025", "Forum de l'emploi et de la formation", "Le 20 mars à la salle Ferrari."),
    ("/Conseil-municipal-du-27-fevrier-2025", "28 février 2025", "Conseil municipal du 27 février 2025", "Compte rendu sommaire de la séance."),
]


def _hen_www():
    art = lambda i: _HEN_ARTICLES[i]  # noqa: E731
    dl = ("Démocratie locale", "/-Democratie-locale-")
    pages = [
        page("/", "Accueil", m.p("Hénin-les-Fosses, ancienne cité minière du bassin, 29 700 habitants.")
             + '<div class="menu rubriques"><h2>Rubriques</h2>' + m.ul(
                 m.a("/-Actualites-", "Actualités"), m.a("/-Democratie-locale-", "Démocratie locale"), m.a("/Nous-contacter", "Nous contacter"),
                 m.a("/Recevoir-la-lettre-d-information", "Lettre d'information"), m.a("/Appel-a-projets-Contrat-de-ville-2025", "Contrat de ville"))
             + "</div><h2>À la une</h2>" + _hen_list(_HEN_ARTICLES[:4])),
        page("/-Actualites-", "Actualités", _hen_list(_HEN_ARTICLES)),
        page(art(0)[0], art(0)[2], m.spip_date("2 avril 2025", "Service communication") + '<div class="chapo"><p>' + art(0)[3] + "</p></div>" + m.p(
            "Fermée en 2009, l'usine Dejardin a laissé derrière elle trois hectares de bâtiments en ruine entre la cité du 4 et le canal. "
            "Après la dépollution des sols, achevée l'an dernier par l'Établissement public foncier, la Ville va y aménager un parc.",
            "Le projet conserve la grande halle métallique, qui abritera un marché couvert et des événements, et la cheminée, témoin du passé industriel. "
            "Autour : une prairie, un verger, des jeux pour enfants et un cheminement vers le halage.",
            "Les habitants de la cité du 4 ont été associés au projet lors de deux ateliers à la maison de projet ; les plans définitifs seront présentés en juin. "
            "Les travaux doivent commencer à l'automne pour une ouverture au printemps 2027.")
             + m.spip_forum(214, [
                 (1882, "Bernadette", "3 avril 2025", "Enfin", "J'habite rue de la Fosse depuis quarante ans, je n'y croyais plus. Pensez aux bancs !"),
                 (1885, "Thomas L.", "3 avril 2025", "Et le stationnement ?", "Un marché couvert, c'est bien, mais où se gareront les visiteurs ? La rue est déjà saturée."),
                 (1891, "Rachid", "5 avril 2025", "Les jeunes", "Un terrain multisport serait apprécié par les ados de la cité.")]),
             {CO}, parent=("Actualités", "/-Actualites-")),
        page(art(1)[0], art(1)[2], m.spip_date("24 mars 2025") + '<div class="chapo"><p>' + art(1)[3] + "</p></div>" + m.p(
            "Depuis 2021, les écoles d'Hénin-les-Fosses fonctionnent sur quatre jours. Le projet éducatif de territoire arrive à échéance : "
            "avant d'en rédiger un nouveau, la Ville et l'Éducation nationale consultent les familles, les enseignants et les animateurs.",
            "Le questionnaire ci-dessous prend trois minutes. Il est anonyme. Une version papier est disponible dans les écoles et à l'accueil de la mairie.")
             + m.framaforms("rythmes-scolaires-henin-les-fosses-2025-1742811203", "Questionnaire rythmes scolaires")
             + m.p("Les résultats seront présentés au comité de suivi du PEDT en mai, puis publiés sur ce site. Pour mémoire, "
                   + m.a("/Semaine-de-quatre-jours-resultats-de-la-consultation-2021", "les résultats de la consultation de 2021") + "."),
             {PO}, parent=("Actualités", "/-Actualites-")),
        page("/Semaine-de-quatre-jours-resultats-de-la-consultation-2021", "Semaine de quatre jours : résultats de la consultation de 2021",
             m.spip_date("18 juin 2021") + m.p(
                 "La consultation menée en mai 2021 auprès des familles a recueilli 1 126 réponses, soit 58 % des foyers concernés.")
             + '<table class="spip"><thead><tr class="row_first"><th>Organisation</th><th>Familles</th><th>Enseignants</th></tr></thead><tbody>'
             '<tr class="row_odd odd"><td>Quatre jours</td><td>67 %</td><td>81 %</td></tr><tr class="row_even even"><td>Quatre jours et demi</td><td>33 %</td><td>19 %</td></tr></tbody></table>'
             + m.p("Le conseil d'école extraordinaire du 10 juin a validé le retour à la semaine de quatre jours à la rentrée 2021. Cette consultation est close."),
             decoys={PO}, parent=("Actualités", "/-Actualites-")),
        page(art(2)[0], art(2)[2], m.spip_date("17 mars 2025") + m.p(
            "La médiathèque Jean-Ferrat veut adapter ses horaires à vos besoins. Ouvrir plus tard le mercredi ? Le dimanche matin ? "
            "Fermer le lundi ? Dites-le-nous en quelques clics.")
             + m.formidable(7, "horaires_mediatheque", art(2)[0], [
                 ("radio", "Fréquentez-vous la médiathèque ?", ["Chaque semaine", "Chaque mois", "Rarement", "Jamais"]),
                 ("checkbox", "Quels créneaux vous conviendraient le mieux ?", ["Mardi soir jusqu'à 19 h", "Mercredi toute la journée", "Samedi après-midi", "Dimanche matin"]),
                 ("select", "Votre âge", ["Moins de 18 ans", "18-35 ans", "36-60 ans", "Plus de 60 ans"])], "Envoyer mes réponses"),
             {PO}, parent=("Actualités", "/-Actualites-")),
        page(art(3)[0], art(3)[2], m.spip_date("10 mars 2025") + m.p(
            "La société Éole Artois a déposé une demande d'autorisation environnementale pour six éoliennes au lieu-dit les Hauts-Champs. "
            "Le préfet du Pas-de-Calais a ordonné une enquête publique du 17 mars au 18 avril 2025.",
            "Le dossier peut être consulté en mairie et sur le site de la préfecture. La commissaire enquêtrice recevra le public en mairie les 19 mars, "
            "2 avril et 18 avril. Les observations sont à consigner sur le registre ou à envoyer par courriel à l'adresse indiquée dans l'avis d'enquête.",
            "Le conseil municipal rendra son avis lors de sa séance d'avril."),
             # a prefectoral inquiry: not the city's participatory approach, not a poll
             decoys={PD, PO}, parent=("Actualités", "/-Actualites-")),
        page(art(4)[0], art(4)[2], m.spip_date("3 mars 2025") + m.p(
            "Le forum de l'emploi et de la formation aura lieu le jeudi 20 mars, de 9 h à 16 h, salle Ferrari. France Travail, la Mission locale, "
            "une trentaine d'employeurs du bassin et les organismes de formation vous y attendent.",
            "Secteurs représentés : logistique, santé, bâtiment, aide à domicile, commerce. Pensez à apporter votre CV."),
             decoys={FO}, parent=("Actualités", "/-Actualites-")),
        page(art(5)[0], art(5)[2], m.spip_date("28 février 2025") + m.p(
            "Présents : 29 conseillers. Le conseil municipal, réuni sous la présidence du maire, a adopté les délibérations suivantes :")
             + m.ol("Budget primitif 2025 (25 voix pour, 4 abstentions)", "Tarifs de la restauration scolaire", "Convention avec l'EPF pour la friche Dejardin",
                    "Subvention à l'association des anciens mineurs", "Motion pour le maintien du bureau de poste de la cité du 4")
             + m.p("Prochaine séance : jeudi 24 avril à 18 h, salle du conseil. Les séances sont publiques."),
             decoys={PD}, parent=("Actualités", "/-Actualites-")),
        page("/-Democratie-locale-", "Démocratie locale", m.p(
            "La Ville d'Hénin-les-Fosses associe ses habitants aux décisions qui les concernent : conseils citoyens, table de quartier, "
            "ateliers de la maison de projet, consultations. Cette rubrique rassemble tous les moyens de participer.")
             + '<div class="liste rubriques"><ul class="liste-items">' + "".join(
                 f'<li class="item"><a href="{h}">{t}</a></li>' for h, t in [
                     ("/Les-conseils-citoyens", "Les conseils citoyens"), ("/La-maison-de-projet-de-la-Cite-du-4", "La maison de projet de la cité du 4"),
                     ("/Fonds-de-participation-des-habitants-FPH", "Le fonds de participation des habitants"),
                     ("/La-table-de-quartier-de-la-Cite-du-4", "La table de quartier de la cité du 4"),
                     ("/Rythmes-scolaires-donnez-votre-avis", "Consultation : les rythmes scolaires")]) + "</ul></div>",
             {PD}),
        page("/Les-conseils-citoyens", "Les conseils citoyens", m.spip_date("12 septembre 2023") + m.p(
            "Hénin-les-Fosses compte deux quartiers prioritaires : la cité du 4 - Dejardin et la résidence des Acacias. Dans chacun, un conseil citoyen "
            "réunit des habitants et des acteurs locaux qui participent au contrat de ville.",
            "Ils sont consultés sur la programmation annuelle, ont un siège au comité de pilotage et mènent leurs propres actions : "
            "diagnostic en marchant, café des habitants, fête de quartier. Le secrétariat est assuré par le centre social Albert-Camus.",
            "Vous habitez l'un des deux quartiers et souhaitez rejoindre le conseil ? Adressez-vous au centre social ou à l'équipe politique de la ville."),
             {PD}, parent=dl),
        page("/La-maison-de-projet-de-la-Cite-du-4", "La maison de projet de la cité du 4", m.spip_date("5 janvier 2024") + m.p(
            "Installée dans l'ancienne maison de l'ingénieur, rue de la Fosse, la maison de projet accompagne la rénovation de la cité du 4 : "
            "réhabilitation de 480 logements miniers, nouveaux jardins, friche Dejardin.",
            "C'est un lieu d'information (expositions, plans, calendrier des travaux) et de concertation : ateliers avec les habitants, "
            "balades urbaines, permanences du bailleur Maisons & Cités et de l'architecte-conseil.")
             + m.ul("Ouverture : mardi et vendredi 14 h - 17 h 30, samedi 9 h 30 - 12 h", "Contact : 03 21 00 44 04"),
             {PD}, parent=dl),
        page("/Fonds-de-participation-des-habitants-FPH", "Le fonds de participation des habitants", m.spip_date("20 janvier 2025") + m.p(
            "Le fonds de participation des habitants soutient les initiatives des habitants des quartiers prioritaires : une sortie familiale, "
            "un repas de quartier, un atelier couture, un tournoi de foot. Jusqu'à 600 € par projet, sans avoir besoin d'être une association.",
            "Le comité d'attribution est composé d'habitants ; il se réunit une fois par mois au centre social Albert-Camus.",
            "Vous avez une idée ? Décrivez-la en quelques lignes : un animateur vous rappelle pour monter le projet avec vous.")
             + m.formidable(4, "fph_pre_demande", "/Fonds-de-participation-des-habitants-FPH", [
                 ("text", "Nom et prénom"), ("tel", "Téléphone"), ("email", "Courriel"),
                 ("select", "Quartier", ["Cité du 4 - Dejardin", "Résidence des Acacias"]), ("textarea", "Votre idée en quelques lignes")],
                 "Envoyer mon idée"),
             # FPH: a call for residents' own projects, with a form carrying a free-text message to the city
             {PD, SC, CF}, parent=dl),
        page("/La-table-de-quartier-de-la-Cite-du-4", "La table de quartier de la cité du 4", m.spip_date("8 octobre 2024") + m.p(
            "Créée en 2022 par des habitants et l'association Cité du 4 Ensemble, la table de quartier se réunit un mardi sur deux. "
            "Elle porte les préoccupations des habitants auprès de la Ville et des bailleurs : passerelle de la rue de Lens, bus du dimanche, jardins.",
            "La table a ouvert un forum en ligne pour poursuivre les discussions entre deux réunions. Il est ouvert à tous les habitants du quartier.")
             + m.p(m.a(f"http://{HEN_FORUM}/", "Accéder au forum de la table de quartier")),
             {PD}, parent=dl),
        page("/Nous-contacter", "Nous contacter", m.p("Mairie d'Hénin-les-Fosses, place Jean-Jaurès, 62110 Hénin-les-Fosses. Tél. 03 21 00 00 62.")
             + m.spip_ecrire_auteur(1, "/Nous-contacter"), {CF}),
        page("/Recevoir-la-lettre-d-information", "Recevoir la lettre d'information", m.p(
            "Abonnez-vous à la lettre d'information de la Ville.") + m.mailsubscribers(), decoys={CF}),
        page("/Appel-a-projets-Contrat-de-ville-2025", "Appel à projets du contrat de ville 2025", m.spip_date("6 janvier 2025") + m.p(
            "L'État, la Communauté d'agglomération et la Ville lancent l'appel à projets 2025 du contrat de ville « Engagements Quartiers 2030 ». "
            "Il s'adresse aux associations et structures qui mènent des actions au bénéfice des habitants des quartiers prioritaires.",
            "Thématiques : emploi et insertion, réussite éducative, santé, tranquillité publique, lien social. Dossiers à déposer sur la plateforme "
            "Dauphin de l'Agence nationale de la cohésion des territoires avant le 14 février."),
             # a grant call for associations, not a call for residents' ideas
             decoys={SC}),
    ]
    return Site(HEN, "spip", "Ville d'Hénin-les-Fosses", pages,
                menu=[("Actualités", "/-Actualites-"), ("Démocratie locale", "/-Democratie-locale-"), ("Contact", "/Nous-contacter")],
                accounts=[social("facebook", "HeninLesFosses", "https://www.facebook.com/HeninLesFosses"),
                          social("x", "HeninLesFosses", "https://x.com/HeninLesFosses")],
                address="Place Jean-Jaurès, 62110 Hénin-les-Fosses")


def _hen_forum():
    disc = [("/d/3-bienvenue-lisez-la-charte", "Bienvenue ! Lisez la charte avant de poster"),
            ("/d/12-la-passerelle-de-la-rue-de-lens", "La passerelle de la rue de Lens"),
            ("/d/15-jardin-partage-qui-est-partant", "Jardin partagé : qui est partant ?"),
            ("/d/18-bus-du-dimanche", "Bus du dimanche"),
            ("/d/21-reunion-de-la-table-du-1er-avril", "Réunion de la table du 1er avril : compte rendu")]
    posts = {
        disc[0][0]: [("Cité du 4 Ensemble", "12 septembre 2023", "<p>Ce forum est celui de la table de quartier. On y parle du quartier, poliment. "
                      "Pas de pub, pas d'attaques personnelles. Les modérateurs sont des habitants bénévoles.</p>"),
                     ("Marie-Jo", "13 septembre 2023", "<p>Merci pour ce forum, ça manquait !</p>")],
        disc[1][0]: [("Kevin59", "2 mars 2025", "<p>La passerelle au-dessus des voies est fermée depuis novembre. Les collégiens font 1,5 km de détour par le pont routier, "
                      "sans trottoir. Quelqu'un sait quand elle rouvre ?</p>"),
                     ("Marie-Jo", "2 mars 2025", "<p>D'après la mairie, c'est SNCF Réseau qui doit faire les travaux. On en a parlé à la dernière table.</p>"),
                     ("Cité du 4 Ensemble", "4 mars 2025", "<p>On a écrit au maire et à SNCF Réseau. Réponse attendue pour la réunion du 1er avril.</p>"),
                     ("Nadia B.", "6 mars 2025", "<p>Mon fils a failli se faire renverser jeudi. Il faut une solution provisoire au moins.</p>")],
        disc[2][0]: [("Joël", "15 février 2025", "<p>Il reste une parcelle libre derrière l'école Pasteur. Qui serait partant pour un jardin à plusieurs ?</p>"),
                     ("Samia", "16 février 2025", "<p>Moi ! J'ai des graines de tomates anciennes à partager.</p>")],
        disc[3][0]: [("Gisèle", "20 janvier 2025", "<p>Le bus 14 ne passe plus le dimanche depuis janvier. Pour aller voir mon mari à l'hôpital, je dois prendre un taxi.</p>"),
                     ("Kevin59", "21 janvier 2025", "<p>Pareil pour le marché de Lens. On pourrait faire une pétition ?</p>")],
        disc[4][0]: [("Cité du 4 Ensemble", "2 avril 2025", "<p>Dix-huit habitants présents. Passerelle : SNCF Réseau annonce une réouverture en septembre, "
                      "la mairie étudie une navette scolaire en attendant. Bus : courrier commun à envoyer au syndicat mixte des transports.</p>")],
    }
    pages = [page("/", "Toutes les discussions", m.flarum_index(disc))]
    pages += [page(h, t, m.flarum_discussion(posts[h])) for h, t in disc]
    pages += [page("/t/cadre-de-vie", "Cadre de vie", m.flarum_index(disc[1:2] + disc[3:4], "Cadre de vie")),
              page("/t/vie-du-quartier", "Vie du quartier", m.flarum_index(disc[2:3] + disc[4:5], "Vie du quartier"))]
    return Site(HEN_FORUM, "flarum", "Forum de la table de quartier - Cité du 4", pages,
                menu=[("Toutes les discussions", "/"), ("Cadre de vie", "/t/cadre-de-vie"), ("Vie du quartier", "/t/vie-du-quartier")],
                features=frozenset({FO}))


def henin_les_fosses() -> City:
    return City("99563", "Hénin-les-Fosses", 29_740, "62", *HDF, f"http://{HEN}/", [_hen_www(), _hen_forum()])


# ============================================================================================ Valescaut
# A vendor CMS (no generator, RGAA markup, Brevo newsletter), Publik e-services on demarches.* (contact,
# signalement, mobility questionnaire, démarches and registrations) and a Decidim instance on participez.*
# (budget des quartiers, concertation of the Terril-Vert park with a survey, conseils citoyens assembly).

VAL = "www.valescaut.fr"
VAL_EDEM = "demarches.valescaut.fr"
VAL_DEC = "participez.valescaut.fr"


def _val_cards(items):
    return '<div class="list-news"><ul class="list-news__items">' + "".join(
        f'<li class="list-news__item"><article class="news-card"><p class="news-card__date"><time>{date}</time></p>'
        f'<h3 class="news-card__title"><a href="{href}" class="news-card__link">{title}</a></h3><p class="news-card__teaser">{teaser}</p></article></li>'
        for href, date, title, teaser in items) + "</ul></div>"


_VAL_NEWS = [
    ("/actualites/parc-du-terril-vert-la-concertation-est-lancee", "2 avril 2025", "Parc du Terril-Vert : la concertation est lancée",
     "Questionnaire en ligne, ateliers et balade : imaginez avec nous le parc de demain."),
    ("/actualites/mobilite-un-questionnaire-sur-vos-deplacements", "25 mars 2025", "Mobilité : un questionnaire sur vos déplacements",
     "Comment vous déplacez-vous ? La Ville prépare son schéma des mobilités."),
    ("/actualites/la-fete-des-quartiers-revient-le-14-juin", "18 mars 2025", "La fête des quartiers revient le 14 juin",
     "Concerts, jeux et repas partagé au parc Chabaud-Latour."),
    ("/actualites/forum-emploi-des-quartiers", "11 mars 2025", "Forum emploi des quartiers", "Le 3 avril, au gymnase Lavoisier."),
]


def _val_www():
    dp = ("Démocratie participative", "/ma-ville/democratie-participative")
    news = ("Actualités", "/actualites")
    pages = [
        page("/", "Accueil", m.p("Bienvenue à Valescaut, ville d'eau et de mémoire ouvrière au cœur du Valenciennois.")
             + '<section class="quick-access"><h2 class="quick-access__title">Accès rapides</h2><ul class="quick-access__list">' + "".join(
                 f'<li class="quick-access__item"><a class="quick-access__link" href="{h}">{t}</a></li>' for h, t in [
                     (f"http://{VAL_EDEM}/", "Mes démarches en ligne"), ("/ma-ville/democratie-participative", "Participer"),
                     (f"http://{VAL_DEC}/", "Participez.valescaut.fr"), ("/contact", "Contact"), ("/newsletter", "Lettre d'information"),
                     ("/ma-ville/finances/budget-primitif-2025", "Budget de la ville")]) + "</ul></section>"
             + '<section class="home-news"><h2>Actualités</h2>' + _val_cards(_VAL_NEWS) + m.p(m.a("/actualites", "Toutes les actualités")) + "</section>"),
        page("/actualites", "Actualités", _val_cards(_VAL_NEWS)),
        page(_VAL_NEWS[0][0], _VAL_NEWS[0][2], '<p class="chapo">' + _VAL_NEWS[0][3] + "</p>" + m.p(
            "Sur les pentes de l'ancien terril Saint-Roch, le parc du Terril-Vert accueille chaque week-end promeneurs et familles. Mais les équipements "
            "ont vieilli, l'accès depuis le quartier Chasse-Marée est difficile et les habitants demandent davantage d'ombre.",
            "Avant de lancer les études, la Ville ouvre une concertation de trois mois : un questionnaire sur la plateforme participez.valescaut.fr, "
            "deux ateliers de conception à la maison de quartier Chasse-Marée (15 avril et 13 mai) et une balade commentée le samedi 26 avril.",
            "Les contributions seront synthétisées en juin et présentées au conseil citoyen et au conseil municipal. Le programme retenu devra expliquer "
            "ce qui a été repris et pourquoi.")
             + m.p(m.a(f"http://{VAL_DEC}/processes/parc-du-terril-vert", "Participer à la concertation", "btn btn--primary")),
             # the item's subject is a concertation the city runs and how to take part
             {PD}, parent=news),
        page(_VAL_NEWS[1][0], _VAL_NEWS[1][2], '<p class="chapo">' + _VAL_NEWS[1][3] + "</p>" + m.p(
            "Voiture, bus, tramway, vélo, marche ? La Ville lance un questionnaire pour mieux connaître les habitudes de déplacement des Valescautois "
            "et préparer son schéma des mobilités 2026-2032.",
            "Le questionnaire est en ligne sur le portail des démarches jusqu'au 31 mai. Il prend dix minutes environ.")
             + m.p(m.a(f"http://{VAL_EDEM}/vie-citoyenne/questionnaire-deplacements/", "Répondre au questionnaire")), parent=news),
        page(_VAL_NEWS[2][0], _VAL_NEWS[2][2], '<p class="chapo">' + _VAL_NEWS[2][3] + "</p>" + m.p(
            "Le samedi 14 juin, le parc Chabaud-Latour accueille la fête des quartiers. Au programme : fanfare, initiation au tir à l'arc, "
            "démonstration de hip-hop, repas partagé préparé par les associations de la Briquette et du Chasse-Marée.",
            "Les stands des conseils citoyens et du budget des quartiers seront présents toute la journée, à côté de ceux des clubs sportifs. "
            "Navettes gratuites depuis la gare et la place d'Armes."),
             # the conseils citoyens and the budget des quartiers are mentioned in passing in an events item
             decoys={PD, PB}, parent=news),
        page(_VAL_NEWS[3][0], _VAL_NEWS[3][2], m.p(
            "Le jeudi 3 avril, de 9 h à 13 h, le gymnase Lavoisier accueille le forum emploi des quartiers : quarante recruteurs, la Mission locale, "
            "France Travail et l'École de la deuxième chance.",
            "Pour y participer, inscrivez-vous en ligne afin d'obtenir un créneau d'entretien.")
             + m.p(m.a(f"http://{VAL_EDEM}/emploi/inscription-forum-emploi/", "Inscription au forum")),
             decoys={FO}, parent=news),
        page("/ma-ville/democratie-participative", "Démocratie participative", m.p(
            "Valescaut associe ses habitants à la vie de la cité : trois conseils citoyens dans les quartiers prioritaires, des comités d'habitants "
            "dans chaque quartier, un budget des quartiers, des concertations sur les grands projets.")
             + '<ul class="cards">' + "".join(f'<li class="card"><a class="card__link" href="{h}">{t}</a></li>' for h, t in [
                 ("/ma-ville/democratie-participative/conseils-citoyens", "Les conseils citoyens"),
                 ("/ma-ville/democratie-participative/comites-d-habitants", "Les comités d'habitants"),
                 ("/ma-ville/democratie-participative/budget-des-quartiers", "Le budget des quartiers"),
                 (f"http://{VAL_DEC}/", "La plateforme participez.valescaut.fr")]) + "</ul>", {PD}),
        page("/ma-ville/democratie-participative/conseils-citoyens", "Les conseils citoyens", m.p(
            "La Briquette, le Chasse-Marée et Saint-Roch sont les trois quartiers prioritaires de Valescaut. Chacun dispose d'un conseil citoyen "
            "indépendant, associé au pilotage du contrat de ville.",
            "Leurs comptes rendus, leur calendrier et leurs avis sont publiés dans l'espace " + m.a(f"http://{VAL_DEC}/assemblies/conseils-citoyens", "Conseils citoyens")
            + " de la plateforme participative."), {PD}, parent=dp),
        page("/ma-ville/democratie-participative/comites-d-habitants", "Les comités d'habitants", m.p(
            "Les huit comités d'habitants sont ouverts à toute personne résidant dans le quartier. Ils se réunissent quatre fois par an en assemblée "
            "publique avec l'élu de quartier et les services municipaux : propreté, travaux, animations, sécurité routière.",
            "Chaque comité propose aussi des projets pour le budget des quartiers et en suit la réalisation."), {PD}, parent=dp),
        page("/ma-ville/democratie-participative/budget-des-quartiers", "Le budget des quartiers", m.p(
            "Chaque année, 500 000 € sont réservés à des projets proposés par les habitants et choisis par leur vote : 60 000 € par quartier, "
            "et 20 000 € pour des projets de toute la ville.")
             + m.ul("Janvier - février : dépôt des propositions sur participez.valescaut.fr ou en mairie de quartier",
                    "Mars : étude par les services", "Du 15 mars au 15 avril : vote en ligne et dans les urnes", "Mai : annonce des lauréats")
             + m.p(m.a(f"http://{VAL_DEC}/processes/budget-des-quartiers-2025", "Voter pour les projets 2025", "btn btn--primary")),
             {PB, PD}, parent=dp),
        page("/ma-ville/finances/budget-primitif-2025", "Budget primitif 2025", m.p(
            "Le budget primitif 2025 a été voté le 6 février : 71,2 M€, dont 18,5 M€ d'investissement. Les grandes lignes :")
             + m.ul("Éducation et petite enfance : 14,1 M€", "Rénovation énergétique des bâtiments : 3,2 M€", "Voirie et éclairage : 4,6 M€",
                    "Budget des quartiers : 0,5 M€", "Subventions aux associations : 2,3 M€")
             + m.p("Le débat d'orientation budgétaire s'était tenu le 12 décembre 2024."), decoys={PB}),
        page("/contact", "Contact", m.p(
            "Hôtel de ville de Valescaut, 14 place d'Armes, 59300 Valescaut. Accueil du lundi au vendredi de 8 h 30 à 12 h et de 13 h 30 à 17 h.",
            "Téléphone : 03 27 00 00 59. Courriel : " + m.a("mailto:accueil@valescaut.fr", "accueil@valescaut.fr"),
            "Pour écrire à la mairie en ligne, utilisez le " + m.a(f"http://{VAL_EDEM}/contacter-la-mairie/", "formulaire de contact du portail des démarches") + "."),
             # only a mailto link and a link to the form on the e-services portal
             decoys={CF}),
        page("/newsletter", "Lettre d'information", m.p("Valescaut Infos dans votre boîte aux lettres électronique, chaque mois.") + m.sendinblue("valescaut"),
             decoys={CF}),
    ]
    return Site(VAL, "vendor", "Ville de Valescaut", pages,
                menu=[("Ma ville", "/ma-ville/democratie-participative"), ("Démarches", f"http://{VAL_EDEM}/"), ("Actualités", "/actualites"), ("Contact", "/contact")],
                accounts=[social("facebook", "villedevalescaut", "https://www.facebook.com/villedevalescaut"),
                          social("instagram", "valescaut"), social("linkedin", "ville-de-valescaut"),
                          social("youtube", "valescautTV", "https://www.youtube.com/@valescautTV")],
                address="14 place d'Armes, 59300 Valescaut")


def _val_edem():
    pages = [
        page("/", "Mes démarches", m.p("Bienvenue sur le portail des démarches en ligne de la Ville de Valescaut.")
             + m.combo_links("Contacter la mairie", [("/contacter-la-mairie/", "Écrire à la mairie"), ("/vie-citoyenne/signaler-un-probleme/", "Signaler un problème sur l'espace public")])
             + m.combo_links("Vie citoyenne", [("/vie-citoyenne/questionnaire-deplacements/", "Questionnaire : vos déplacements")])
             + m.combo_links("État civil", [("/etat-civil/demande-d-acte-de-naissance/", "Demande d'acte de naissance")])
             + m.combo_links("Emploi", [("/emploi/inscription-forum-emploi/", "Inscription au forum emploi des quartiers")])),
        page("/contacter-la-mairie/", "Écrire à la mairie", m.wcs_form("contacter-la-mairie", ["Votre message", "Validation"], [
            ("text", "Nom"), ("text", "Prénom"), ("email", "Courriel"), ("tel", "Téléphone"),
            ("select", "Service destinataire", ["Accueil", "État civil", "Urbanisme", "Éducation", "Politique de la ville"]),
            ("text", "Objet"), ("textarea", "Votre message")], "Suivant"), {CF}, parent=("Mes démarches", "/")),
        page("/vie-citoyenne/signaler-un-probleme/", "Signaler un problème sur l'espace public", m.wcs_form("vie-citoyenne/signaler-un-probleme",
            ["Localisation", "Description", "Validation"], [
                ("select", "Type de problème", ["Nid-de-poule", "Éclairage en panne", "Dépôt sauvage", "Tag", "Autre"]),
                ("text", "Adresse ou lieu"), ("textarea", "Description"), ("file", "Photo (facultatif)"),
                ("email", "Votre courriel pour être informé du traitement")], "Suivant"),
             # a free-text report sent to the city with the resident's e-mail
             {CF}, parent=("Mes démarches", "/")),
        page("/vie-citoyenne/questionnaire-deplacements/", "Questionnaire : vos déplacements", m.wcs_form("vie-citoyenne/questionnaire-deplacements",
            ["Vos habitudes", "Vos attentes", "Validation"], [
                ("comment", "Ce questionnaire anonyme nourrira le schéma des mobilités 2026-2032. Merci de votre participation !"),
                ("radio", "Quel est votre mode de déplacement principal ?", ["Voiture", "Bus ou tramway", "Vélo", "Marche", "Autre"]),
                ("radio", "Combien de temps mettez-vous pour aller au travail ou à l'école ?", ["Moins de 15 minutes", "15 à 30 minutes", "Plus de 30 minutes"]),
                ("checkbox", "Qu'est-ce qui vous ferait changer ?", ["Plus de bus", "Des pistes cyclables sûres", "Des trottoirs praticables", "Rien"]),
                ("select", "Votre quartier", ["Centre", "La Briquette", "Chasse-Marée", "Saint-Roch", "Autre"])], "Suivant"),
             {PO}, parent=("Mes démarches", "/")),
        page("/etat-civil/demande-d-acte-de-naissance/", "Demande d'acte de naissance", m.wcs_form("etat-civil/demande-d-acte-de-naissance",
            ["Demandeur", "Acte", "Validation"], [
                ("select", "Type d'acte", ["Copie intégrale", "Extrait avec filiation", "Extrait sans filiation"]),
                ("text", "Nom de naissance"), ("text", "Prénoms"), ("date", "Date de naissance"), ("number", "Nombre d'exemplaires"),
                ("email", "Courriel")], "Suivant"),
             decoys={CF}, parent=("Mes démarches", "/")),
        page("/emploi/inscription-forum-emploi/", "Inscription au forum emploi des quartiers", m.wcs_form("emploi/inscription-forum-emploi",
            ["Inscription", "Validation"], [
                ("text", "Nom"), ("text", "Prénom"), ("email", "Courriel"), ("tel", "Téléphone"),
                ("radio", "Créneau", ["9 h - 11 h", "11 h - 13 h"]), ("file", "CV (facultatif)")], "Valider"),
             # a registration for a job fair: neither a contact form nor a discussion forum
             decoys={CF, FO}, parent=("Mes démarches", "/")),
    ]
    return Site(VAL_EDEM, "publik", "Valescaut - Mes démarches", pages,
                menu=[("Accueil", "/"), ("Contacter la mairie", "/contacter-la-mairie/"), ("Site de la ville", f"http://{VAL}/")],
                accounts=[social("facebook", "villedevalescaut", "https://www.facebook.com/villedevalescaut")],
                address="Hôtel de ville, 14 place d'Armes, 59300 Valescaut")


def _val_decidim():
    b25, b24, parc = "/processes/budget-des-quartiers-2025", "/processes/budget-des-quartiers-2024", "/processes/parc-du-terril-vert"
    p318 = f"{b25}/f/41/proposals/318"
    pages = [
        page("/", "Accueil", '<section class="home__section"><h2 class="h2">Participez.valescaut.fr</h2>' + m.p(
            "La plateforme de démocratie participative de la Ville de Valescaut : proposez, votez, débattez et suivez les projets de votre quartier.")
             + "</section>" + m.decidim_cards([
                 (b25, "Budget des quartiers 2025", "Vote en cours", "500 000 € pour vos projets."),
                 (parc, "Parc du Terril-Vert", "Concertation en cours", "Imaginons ensemble le parc de demain."),
                 ("/assemblies/conseils-citoyens", "Conseils citoyens", "Assemblée", "Les trois conseils citoyens de Valescaut.")], "highlighted-processes")
             + m.p(m.a("/processes", "Tous les processus")), {PD}),
        page("/processes", "Processus participatifs", m.decidim_cards([
            (b25, "Budget des quartiers 2025", "Phase : vote", "Du 15 mars au 15 avril."),
            (parc, "Parc du Terril-Vert", "Phase : contributions", "Jusqu'au 30 juin."),
            (b24, "Budget des quartiers 2024", "Terminé", "Suivi des réalisations.")], "processes")),
        page(b25, "Budget des quartiers 2025", m.decidim_space("Budget des quartiers 2025", m.p(
            "Le budget des quartiers permet aux habitants de proposer puis de choisir des projets pour leur quartier. 126 propositions ont été déposées "
            "en janvier et février ; 58 ont été jugées réalisables par les services. À vous de voter !"),
            [("Phase actuelle", "Vote"), ("Dates", "15/03/2025 - 15/04/2025"), ("Montant", "500 000 €")],
            (f"{b25}/f/42/budgets/9/projects", "Voter"))
             + m.decidim_components([(f"{b25}/f/41/proposals", "Propositions"), (f"{b25}/f/42/budgets/9/projects", "Vote")]), {PB}),
        page(f"{b25}/f/41/proposals", "Propositions", m.decidim_components([(f"{b25}/f/41/proposals", "Propositions"), (f"{b25}/f/42/budgets/9/projects", "Vote")])
             + '<div class="callout">Le dépôt de propositions est terminé. Merci pour vos 126 propositions !</div>'
             + m.decidim_cards([
                 (p318, "Des bancs et une fontaine place de la Briquette", "La Briquette · 24 commentaires", "Une place plus accueillante pour les anciens et les familles."),
                 (f"{b25}/f/41/proposals/322", "Un terrain de pétanque éclairé", "Chasse-Marée · 6 commentaires", "Pour jouer les soirs d'été."),
                 (f"{b25}/f/41/proposals/331", "Un composteur collectif rue Jean-Moulin", "Saint-Roch · 3 commentaires", "Réduire les déchets des immeubles.")]),
             # the collection is closed: proposals of the participatory budget, no open call any more
             {PB}, parent=("Budget des quartiers 2025", b25)),
        page(p318, "Des bancs et une fontaine place de la Briquette", '<div class="layout-item__main"><div class="editor-content">' + m.p(
            "La place de la Briquette est le cœur du quartier mais on ne peut pas s'y asseoir. Je propose six bancs à l'ombre des tilleuls et une fontaine "
            "à boire, comme il y en avait autrefois.") + '</div><div class="proposal__aside"><span class="label success">Réalisable</span> '
            '<span>Coût estimé : 28 000 €</span></div></div>'
             + m.decidim_comments("Proposal", 318, [
                 (5501, "Georgette Lemaire", "12/02/2025 10:14", "Oui, et pas des bancs en métal qui brûlent en été."),
                 (5507, "Conseil citoyen de la Briquette", "13/02/2025 18:40", "Le conseil citoyen soutient cette proposition, discutée lors de notre séance de février."),
                 (5519, "Ahmed", "20/02/2025 09:02", "Une fontaine, c'est bien, mais qui l'entretiendra ?")]),
             {PB, CO}, parent=("Propositions", f"{b25}/f/41/proposals")),
        page(f"{b25}/f/41/proposals/322", "Un terrain de pétanque éclairé", '<div class="editor-content">' + m.p(
            "Le boulodrome du Chasse-Marée n'a pas d'éclairage : on ne peut plus jouer après 20 h en septembre. Quatre mâts suffiraient.") + "</div>"
             + m.decidim_comments("Proposal", 322, [(5602, "Jojo", "05/02/2025 17:31", "Tout à fait d'accord, le club est prêt à aider.")]),
             {PB, CO}, parent=("Propositions", f"{b25}/f/41/proposals")),
        page(f"{b25}/f/41/proposals/331", "Un composteur collectif rue Jean-Moulin", '<div class="editor-content">' + m.p(
            "Les résidents des trois immeubles de la rue Jean-Moulin voudraient un composteur partagé, avec une formation des référents.") + "</div>"
             + m.decidim_comments("Proposal", 331, []),
             # a proposal of the budget; its comment thread is empty and the sign-in prompt is no form
             {PB}, decoys={CO}, parent=("Propositions", f"{b25}/f/41/proposals")),
        page(f"{b25}/f/42/budgets/9/projects", "Vote - Budget des quartiers 2025", m.decidim_budget_projects([
            (p318, "Des bancs et une fontaine place de la Briquette", "28 000 €", "La Briquette"),
            (f"{b25}/f/41/proposals/322", "Un terrain de pétanque éclairé", "41 000 €", "Chasse-Marée"),
            (f"{b25}/f/41/proposals/331", "Un composteur collectif rue Jean-Moulin", "6 500 €", "Saint-Roch")], "60 000 €", f"{b25}/f/42/budgets/9"),
             {PB}, parent=("Budget des quartiers 2025", b25)),
        page(b24, "Budget des quartiers 2024", m.decidim_space("Budget des quartiers 2024", m.p(
            "Merci aux 3 480 votants de 2024 ! Onze projets ont été retenus. Suivez leur réalisation."),
            [("Phase actuelle", "Réalisation"), ("Votants", "3 480")])
             + m.decidim_components([(f"{b24}/f/35/results", "Suivi des réalisations")]), {PB}),
        page(f"{b24}/f/35/results", "Suivi des réalisations", '<div class="accountability">' + "".join(
            f'<div class="accountability__result"><h3>{t}</h3><div class="progress-bar__container"><span class="progress-bar__number">{pc} %</span></div><p>{s}</p></div>'
            for t, pc, s in [("Aire de jeux du square Roosevelt", 100, "Réalisé - inauguré le 12 octobre 2024"),
                             ("Éclairage du chemin des Écoliers", 70, "Travaux en cours"),
                             ("Boîtes à livres dans les trois quartiers prioritaires", 100, "Réalisé")]) + "</div>",
             # the follow-up of the voted projects of a past participatory budget
             {PB}, parent=("Budget des quartiers 2024", b24)),
        page(parc, "Parc du Terril-Vert", m.decidim_space("Parc du Terril-Vert", m.p(
            "La Ville engage le réaménagement du parc du Terril-Vert. Avant les études, elle consulte les habitants : usages, équipements, accès, "
            "ombre, biodiversité. Tout ce qui sera dit ici sera lu et une réponse sera apportée à chaque proposition.",
            "Les étapes : questionnaire en ligne (avril - juin), ateliers de conception (15 avril et 13 mai), restitution publique (septembre)."),
            [("Phase actuelle", "Contributions"), ("Dates", "01/04/2025 - 30/06/2025")], (f"{parc}/f/51/", "Répondre au questionnaire"))
             + m.decidim_components([(f"{parc}/f/51/", "Questionnaire"), (f"{parc}/f/52/meetings", "Rencontres")]), {PD}),
        page(f"{parc}/f/51/", "Questionnaire - Parc du Terril-Vert", m.decidim_survey(f"{parc}/f/51", [
            ("radio", "À quelle fréquence venez-vous au parc ?", ["Plusieurs fois par semaine", "Quelques fois par mois", "Rarement", "Jamais"]),
            ("checkbox", "Que faudrait-il ajouter en priorité ?", ["Des arbres et de l'ombre", "Des jeux pour enfants", "Des toilettes", "Un accès depuis Chasse-Marée", "Un espace pique-nique"]),
            ("radio", "Faut-il éclairer les allées le soir ?", ["Oui", "Non", "Seulement l'allée principale"]),
            ("textarea", "Autre chose à nous dire ?", [])],
            m.p("Questionnaire ouvert à tous, sans compte, jusqu'au 30 juin 2025.")), {PO}, parent=("Parc du Terril-Vert", parc)),
        page(f"{parc}/f/52/meetings", "Rencontres - Parc du Terril-Vert", m.decidim_cards([
            (f"{parc}/f/52/meetings", "Atelier de conception n° 1", "15 avril 2025 · 18 h · Maison de quartier Chasse-Marée", "Cartographier les usages actuels."),
            (f"{parc}/f/52/meetings", "Balade commentée", "26 avril 2025 · 10 h · Entrée rue Saint-Roch", "Avec le paysagiste et la garde-nature.")], "meetings"),
             {PD}, parent=("Parc du Terril-Vert", parc)),
        page("/assemblies/conseils-citoyens", "Conseils citoyens", m.decidim_space("Conseils citoyens", m.p(
            "Cet espace rassemble les comptes rendus, le calendrier et les avis des conseils citoyens de la Briquette, du Chasse-Marée et de Saint-Roch, "
            "instances indépendantes associées au contrat de ville."), [("Type", "Assemblée"), ("Membres", "47")]), {PD}),
    ]
    return Site(VAL_DEC, "decidim", "Participez - Valescaut", pages,
                menu=[("Accueil", "/"), ("Processus", "/processes"), ("Assemblées", "/assemblies/conseils-citoyens"), ("valescaut.fr", f"http://{VAL}/")],
                features=frozenset({PP}), platforms=frozenset({"decidim"}))


def valescaut() -> City:
    return City("99564", "Valescaut", 57_930, "59", *HDF, f"http://{VAL}/", [_val_www(), _val_edem(), _val_decidim()])


# ==================================================================================== Fontenoy-la-Fensch
# TYPO3 13 (tx_news, powermail, form framework) and the city's LimeSurvey instance on enquetes.* (an open
# survey on the redesign of the Haut-Fourneau park, a closed one), served as LimeSurvey prints its pages.

FON = "www.fontenoy-la-fensch.fr"
FON_LS = "enquetes.fontenoy-la-fensch.fr"
FON_SURVEY = "/index.php/482913?lang=fr"
FON_CLOSED = "/index.php/731562?lang=fr"

_FON_NEWS = [
    ("/actualites/detail/parc-du-haut-fourneau-a-vous-de-dessiner-le-futur-parc", "2025-03-28", "28.03.2025",
     "Parc du Haut-Fourneau : à vous de dessiner le futur parc", "Questionnaire, ateliers, exposition : la concertation est ouverte jusqu'au 31 mai."),
    ("/actualites/detail/inauguration-du-skatepark-de-la-cite-ouvriere", "2025-03-15", "15.03.2025",
     "Inauguration du skatepark de la cité ouvrière", "Un équipement attendu par les jeunes depuis des années."),
    ("/actualites/detail/piscine-les-resultats-de-l-enquete-de-satisfaction", "2025-02-20", "20.02.2025",
     "Piscine : les résultats de l'enquête de satisfaction", "Vous avez été 640 à répondre. Merci !"),
    ("/actualites/detail/forum-de-l-emploi-transfrontalier", "2025-02-06", "06.02.2025",
     "Forum de l'emploi transfrontalier", "Travailler au Luxembourg : rencontrez les employeurs le 12 mars."),
]


def _fon_www():
    vm = ("Vie municipale", "/vie-municipale/democratie-locale")
    cmj = ("Conseil municipal des jeunes", "/vie-municipale/conseil-municipal-des-jeunes")
    news = ("Actualités", "/actualites")
    n = lambda i, html: m.t3_news(_FON_NEWS[i][1], _FON_NEWS[i][2], "Actualité", html)  # noqa: E731
    pages = [
        page("/", "Accueil", m.p("Bienvenue à Fontenoy-la-Fensch, ville du Val de Fensch, entre sidérurgie et forêt.")
             + '<div class="frame frame-default frame-type-menu_pages"><ul class="list-unstyled teaser-list">' + "".join(
                 f'<li><a href="{h}" title="{t}"><span>{t}</span></a></li>' for h, t in [
                     ("/vie-municipale/democratie-locale", "Démocratie locale"), ("/vie-municipale/conseil-municipal-des-jeunes", "Conseil municipal des jeunes"),
                     ("/contact", "Contact"), ("/lettre-d-information", "Lettre d'information"), ("/vie-pratique/securite/participation-citoyenne", "Sécurité"),
                     ("/urbanisme/enquete-publique-plui", "Urbanisme"), ("/vie-municipale/finances/budget-primitif-2025", "Finances"),
                     ("/culture/concours-des-maisons-fleuries", "Maisons fleuries")]) + "</ul></div>"
             + "<h2>Actualités</h2>" + m.t3_news_list([(h, di, df, t, te) for h, di, df, t, te in _FON_NEWS])),
        page("/actualites", "Actualités", m.t3_news_list([(h, di, df, t, te) for h, di, df, t, te in _FON_NEWS])),
        page(_FON_NEWS[0][0], _FON_NEWS[0][3], n(0, m.p(
            "Il faisait la fierté de la vallée : le haut-fourneau U4 de la Fensch s'est arrêté en 1991. Le parc qui l'entoure, aménagé il y a vingt ans, "
            "doit aujourd'hui être repensé : allées abîmées, aires de jeux vieillissantes, manque d'ombre, accès difficile depuis la cité ouvrière.",
            "La municipalité a décidé de confier le programme du futur parc aux habitants. Jusqu'au 31 mai, répondez au questionnaire en ligne, "
            "venez aux deux ateliers du samedi matin (5 avril et 17 mai, salle des fêtes) et découvrez l'exposition « Le parc d'hier à demain » à la médiathèque.",
            "Les résultats seront présentés en juin. L'architecte-paysagiste retenu devra s'appuyer sur vos propositions.")
             + m.p(m.a(f"http://{FON_LS}{FON_SURVEY}", "Répondre au questionnaire", "btn btn-primary"))),
             # the item's subject is the city's concertation on the park and how to take part
             {PD}, parent=news),
        page(_FON_NEWS[1][0], _FON_NEWS[1][3], n(1, m.p(
            "Samedi 15 mars, le maire a inauguré le skatepark de la cité ouvrière, rue des Lamineurs, en présence de nombreux jeunes riders. "
            "Bowl, rampes, curbs : l'équipement de 600 m² a coûté 310 000 €, financés avec l'aide de la Région Grand Est et de l'Agence nationale du sport.",
            "C'était une demande ancienne du conseil municipal des jeunes, qui avait rencontré les skateurs du quartier en 2023. "
            "Une initiation gratuite est proposée chaque mercredi d'avril par le club Fensch Ride.")),
             # the conseil municipal des jeunes is mentioned in passing
             decoys={PD}, parent=news),
        page(_FON_NEWS[2][0], _FON_NEWS[2][3], n(2, m.p(
            "En décembre et janvier, les usagers de la piscine Roger-Thil ont été invités à remplir une enquête de satisfaction. "
            "Vous avez été 640 à répondre. Propreté des vestiaires : 78 % de satisfaits ; horaires : 54 % ; température de l'eau : 81 %.",
            "Principale attente : une ouverture le dimanche après-midi. Elle sera testée à partir d'avril. L'enquête est désormais close.")),
             decoys={PO}, parent=news),
        page(_FON_NEWS[3][0], _FON_NEWS[3][3], n(3, m.p(
            "Plus de 120 000 frontaliers lorrains travaillent au Luxembourg. Le forum de l'emploi transfrontalier, organisé avec France Travail et l'ADEM "
            "luxembourgeoise, réunit le 12 mars à l'Espace Molière une cinquantaine d'employeurs des deux côtés de la frontière.",
            "Conférences sur la fiscalité et la protection sociale des frontaliers à 10 h et 14 h.")),
             decoys={FO}, parent=news),
        page("/vie-municipale/democratie-locale", "Démocratie locale", m.p(
            "La démocratie locale ne s'arrête pas au vote. À Fontenoy-la-Fensch, quatre comités de quartier, un conseil citoyen au Plateau et un "
            "conseil municipal des jeunes permettent aux habitants de donner leur avis et de porter des projets.")
             + m.ul(m.a("/vie-municipale/democratie-locale/conseil-citoyen-du-plateau", "Le conseil citoyen du Plateau"),
                    m.a("/vie-municipale/democratie-locale/parc-du-haut-fourneau", "Concertation : le parc du Haut-Fourneau"),
                    m.a("/vie-municipale/conseil-municipal-des-jeunes", "Le conseil municipal des jeunes"))
             + "<h2>Les comités de quartier</h2>" + m.p(
                 "Centre, Cité ouvrière, Plateau, Saint-Nicolas : chaque comité réunit deux fois par an les habitants avec l'adjoint de quartier. "
                 "Les dates sont annoncées dans le bulletin municipal et par affichage.")
             + "<h2>Consultations passées</h2>" + m.ul(m.a(f"http://{FON_LS}{FON_CLOSED}", "Horaires de la mairie (2024, questionnaire clos)")),
             {PD}),
        page("/vie-municipale/democratie-locale/conseil-citoyen-du-plateau", "Le conseil citoyen du Plateau", m.p(
            "Le Plateau est le quartier prioritaire de la politique de la ville de Fontenoy-la-Fensch. Son conseil citoyen, créé en 2015, "
            "compte quinze membres : dix habitants et cinq représentants d'associations et de commerces.",
            "Il est associé au contrat de ville de la Communauté d'agglomération du Val de Fensch et a obtenu, en 2024, la rénovation de l'éclairage "
            "de la rue de Verdun et une permanence de la CAF au centre social.",
            "Réunions le deuxième lundi du mois à 18 h 30, centre social Le Lien. Ouvertes à tous."), {PD}, parent=vm),
        page("/vie-municipale/democratie-locale/parc-du-haut-fourneau", "Concertation : le parc du Haut-Fourneau", m.p(
            "Du 28 mars au 31 mai 2025, la Ville concerte les habitants sur le réaménagement du parc du Haut-Fourneau.")
             + m.ol("Un questionnaire en ligne, anonyme, de dix questions", "Deux ateliers participatifs les samedis 5 avril et 17 mai, 10 h, salle des fêtes",
                    "Une exposition à la médiathèque", "Une restitution publique en juin")
             + m.p(m.a(f"http://{FON_LS}{FON_SURVEY}", "Accéder au questionnaire")), {PD}, parent=vm),
        page("/vie-municipale/conseil-municipal-des-jeunes", "Le conseil municipal des jeunes", m.p(
            "Élus pour deux ans par leurs camarades de CM1, CM2, 6e et 5e, les 27 jeunes conseillers se réunissent en commissions chaque mois "
            "et en séance plénière, dans la salle du conseil, deux fois par an.",
            "Ils ont déjà obtenu le skatepark de la cité ouvrière, une journée sans voiture devant les écoles et une boîte à dons. "
            "Cette année, ils travaillent sur l'environnement et la solidarité avec les anciens.")
             + m.p("Tu as une idée pour ta ville ? " + m.a("/vie-municipale/conseil-municipal-des-jeunes/boite-a-idees", "Dépose-la dans la boîte à idées du CMJ") + " !"),
             {PD}, parent=vm),
        page("/vie-municipale/conseil-municipal-des-jeunes/boite-a-idees", "La boîte à idées du CMJ", m.p(
            "Tu as entre 9 et 17 ans et tu habites Fontenoy-la-Fensch ? Les jeunes élus veulent connaître tes idées pour améliorer la ville : "
            "loisirs, sport, environnement, sécurité sur le chemin de l'école… Chaque idée sera lue en commission et tu recevras une réponse.")
             + m.powermail(14, "/vie-municipale/conseil-municipal-des-jeunes/boite-a-idees", [
                 ("text", "Ton prénom"), ("number", "Ton âge"), ("email", "Adresse e-mail d'un parent"),
                 ("select", "Thème", ["Loisirs et sport", "Environnement", "École et sécurité", "Solidarité", "Autre"]),
                 ("textarea", "Ton idée")], "Envoyer mon idée", "boite-a-idees-cmj"),
             # an explicit call for ideas, whose form carries a free-text message to the city
             {SC, CF}, parent=cmj),
        page("/contact", "Contact", m.p("Mairie de Fontenoy-la-Fensch, 1 place de l'Hôtel-de-Ville, 57650 Fontenoy-la-Fensch. "
                                        "Lundi - vendredi : 8 h - 12 h, 13 h 30 - 17 h 30.")
             + m.powermail(2, "/contact", [("text", "Nom"), ("text", "Prénom"), ("email", "E-mail"), ("text", "Objet"), ("textarea", "Message"),
                                           ("consent", "J'accepte que mes données soient traitées pour répondre à ma demande.")]), {CF}),
        page("/lettre-d-information", "Lettre d'information", m.p("Recevez chaque mois la lettre municipale par courriel.") + m.t3_newsletter("/lettre-d-information"),
             decoys={CF}),
        page("/vie-pratique/securite/participation-citoyenne", "Participation citoyenne", m.p(
            "Depuis 2022, Fontenoy-la-Fensch adhère au dispositif « Participation citoyenne » de la gendarmerie nationale. Dans chaque quartier, "
            "des habitants volontaires, les citoyens référents, relaient auprès de la brigade de Hayange les faits qui leur paraissent suspects.",
            "Le dispositif est encadré par un protocole signé par le maire, le préfet de la Moselle et le commandant du groupement. "
            "Il ne s'agit ni d'une milice ni d'un réseau d'entraide en ligne : les référents n'interviennent jamais eux-mêmes.",
            "Pour devenir référent, adressez-vous à la police municipale ou à la brigade de gendarmerie."),
             decoys={PD, TSN}),
        page("/urbanisme/enquete-publique-plui", "Enquête publique sur le PLUi", m.p(
            "Le projet de plan local d'urbanisme intercommunal du Val de Fensch, arrêté par le conseil communautaire le 12 décembre 2024, "
            "est soumis à enquête publique du 3 mars au 4 avril 2025.",
            "Une commission d'enquête, désignée par le tribunal administratif de Strasbourg, tient des permanences dans les communes ; à Fontenoy-la-Fensch, "
            "le 10 mars de 14 h à 17 h en mairie. Le dossier et le registre dématérialisé sont sur le site de la Communauté d'agglomération.")
             + m.p(m.a("https://www.agglo-valdefensch.fr/plui/enquete-publique", "Dossier d'enquête publique (site de l'agglomération)", ext=True)),
             # an intercommunal public inquiry: neither the city's approach nor a poll
             decoys={PD, PO}),
        page("/vie-municipale/finances/budget-primitif-2025", "Budget primitif 2025", m.p(
            "Le budget primitif 2025, voté le 27 mars, s'équilibre à 31,4 M€ : 22,9 M€ en fonctionnement, 8,5 M€ en investissement.",
            "Principaux investissements : parc du Haut-Fourneau (études, 0,4 M€), rénovation de l'école Jean-Moulin (2,1 M€), voirie (1,3 M€).")
             + '<table class="table"><tr><th>Section</th><th>Montant</th></tr><tr><td>Fonctionnement</td><td>22 900 000 €</td></tr>'
             '<tr><td>Investissement</td><td>8 500 000 €</td></tr></table>', decoys={PB}, parent=vm),
        page("/culture/concours-des-maisons-fleuries", "Concours des maisons et balcons fleuris", m.p(
            "Le concours des maisons fleuries revient ! Jardins, balcons, façades, commerces : inscrivez-vous avant le 15 juin. "
            "Le jury passera dans la première quinzaine de juillet.")
             + m.powermail(21, "/culture/concours-des-maisons-fleuries", [
                 ("text", "Nom"), ("text", "Adresse"), ("tel", "Téléphone"),
                 ("radio", "Catégorie", ["Maison avec jardin", "Balcon ou terrasse", "Façade", "Commerce"])], "M'inscrire"),
             decoys={SC, CF}),
    ]
    return Site(FON, "typo3", "Ville de Fontenoy-la-Fensch", pages,
                menu=[("Vie municipale", "/vie-municipale/democratie-locale"), ("Actualités", "/actualites"), ("Contact", "/contact")],
                accounts=[social("facebook", "FontenoyLaFensch", "https://www.facebook.com/FontenoyLaFensch"),
                          social("instagram", "fontenoylafensch", "https://www.instagram.com/fontenoylafensch/")],
                address="1 place de l'Hôtel-de-Ville, 57650 Fontenoy-la-Fensch")


_FON_SURVEYS = {
    FON_SURVEY: ("482913", "Le parc du Haut-Fourneau de demain",
                 "<p>Ce questionnaire anonyme prend environ cinq minutes. Il est ouvert jusqu'au 31 mai 2025.</p>", [
                     ("radio", "À quelle fréquence allez-vous au parc du Haut-Fourneau ?", ["Plusieurs fois par semaine", "Une fois par semaine", "Une fois par mois", "Rarement ou jamais"]),
                     ("checkbox", "Qu'y faites-vous ?", ["Je me promène", "J'accompagne des enfants", "Je fais du sport", "Je traverse pour aller ailleurs"]),
                     ("checkbox", "Quels aménagements souhaitez-vous ?", ["Plus d'arbres", "Une aire de jeux pour les petits", "Un parcours sportif", "Des bancs", "Des toilettes", "Un jardin partagé"]),
                     ("radio", "Faut-il mettre en valeur les vestiges industriels ?", ["Oui, c'est l'identité de la ville", "Un peu", "Non"]),
                     ("textarea", "Vos idées pour le parc", [])], False),
    FON_CLOSED: ("731562", "Les horaires de la mairie", "", [], True),
}


def _fon_ls():
    pages = [
        page("/", "Questionnaires de la Ville de Fontenoy-la-Fensch", '<h2>Questionnaires disponibles</h2><ul class="surveys-list">'
             f'<li><a href="{FON_SURVEY}" class="surveytitle" title="Le parc du Haut-Fourneau de demain">Le parc du Haut-Fourneau de demain</a></li></ul>'
             + m.p("Pour toute question, écrivez à " + m.a("mailto:concertation@fontenoy-la-fensch.fr", "concertation@fontenoy-la-fensch.fr") + ".")),
        page(FON_SURVEY, "Le parc du Haut-Fourneau de demain", m.p("Merci de prendre part à la concertation de la Ville de Fontenoy-la-Fensch."), {PO}),
        page(FON_CLOSED, "Les horaires de la mairie", m.p(
            "Ce questionnaire s'est terminé le 30 juin 2024. Merci aux 412 participants. Les nouveaux horaires d'ouverture sont appliqués depuis septembre 2024.",
            '<a href="/">Voir les questionnaires disponibles</a>'), decoys={PO}),
    ]
    return Site(FON_LS, "vendor", "Enquêtes - Fontenoy-la-Fensch", pages, address="Mairie de Fontenoy-la-Fensch")


def _fon_ls_host(site):
    def special(request):
        found = site.by_path.get(request.target)
        if found is None:
            return None
        return Reply.html(m.limesurvey_document(site, found, _FON_SURVEYS.get(found.path)))
    return CustomHost(site, special)


def fontenoy_la_fensch() -> City:
    return City("99565", "Fontenoy-la-Fensch", 23_380, "57", *GE, f"http://{FON}/", [_fon_www(), _FON_LS_SITE],
                decoy_accounts=())


_FON_LS_SITE = _fon_ls()


# ============================================================================================= Rivemeuse
# Joomla 4 (com_contact, JComments, the Kunena forum "Forum citoyen" inside the site) and a Google Forms
# questionnaire embedded on the covered market.

RIV = "www.rivemeuse.fr"


def _riv_blog(items):
    return '<div class="com-content-category-blog blog"><div class="com-content-category-blog__items blog-items">' + "".join(
        f'<div class="com-content-category-blog__item blog-item"><div class="item-content"><div class="page-header"><h2><a href="{href}">{title}</a></h2></div>'
        f'<dl class="article-info text-muted"><dd class="published"><time>{date}</time></dd></dl><p>{intro}</p>'
        f'<p class="readmore"><a class="btn btn-secondary" href="{href}" aria-label="Lire la suite : {title}">Lire la suite…</a></p></div></div>'
        for href, date, title, intro in items) + "</div></div>"


_RIV_NEWS = [
    ("/actualites/151-voie-verte-le-chantier-de-la-passerelle-demarre", "Publication : 31 mars 2025", "Voie verte : le chantier de la passerelle démarre",
     "La passerelle sur la Meuse reliera la voie verte Trans-Ardennes au centre-ville."),
    ("/actualites/148-forum-des-metiers-au-college-jules-ferry", "Publication : 20 mars 2025", "Forum des métiers au collège Jules-Ferry",
     "Quarante professionnels présentent leur métier aux élèves de 4e et de 3e."),
    ("/actualites/145-la-halle-aux-grains-rouvre-ses-portes", "Publication : 8 mars 2025", "La halle aux grains rouvre ses portes",
     "Après deux ans de travaux, le bâtiment accueille le marché du samedi."),
    ("/actualites/139-la-ville-relaie-l-appel-des-maires-de-france", "Publication : 14 février 2025", "La ville relaie l'appel des maires de France",
     "Le conseil municipal soutient la pétition de l'AMF sur les finances locales."),
]


def _riv_www():
    vc = ("Vie citoyenne", "/vie-citoyenne")
    fb = "/vie-citoyenne/forum-citoyen"
    news = ("Actualités", "/actualites")
    cats = [
        ("cadre-de-vie", "Cadre de vie", "Voirie, propreté, éclairage, espaces verts : parlons de notre ville au quotidien.", 38, 214, "Éclairage rue de la Voie-Ferrée"),
        ("idees-pour-rivemeuse", "Idées pour Rivemeuse", "Vous avez une idée pour la ville ? Proposez-la ici : les élus lisent chaque sujet et répondent dans le mois.", 21, 96, "Un marché le dimanche"),
        ("vie-des-quartiers", "Vie des quartiers", "Ronde-Couture, Manchester, Centre, Faubourg de Meuse.", 17, 88, "Fête de la Ronde-Couture"),
    ]
    t42 = f"{fb}/cadre-de-vie/42-eclairage-rue-de-la-voie-ferree"
    t47 = f"{fb}/cadre-de-vie/47-dechets-verts-le-samedi"
    t51 = f"{fb}/idees-pour-rivemeuse/51-un-marche-le-dimanche"
    t55 = f"{fb}/vie-des-quartiers/55-fete-de-la-ronde-couture"
    pages = [
        page("/", "Accueil", m.p("Rivemeuse, cité de la Meuse et de la métallurgie ardennaise.")
             + '<div class="mod-articlesnews newsflash"><h3>Accès directs</h3>' + m.ul(
                 m.a("/vie-citoyenne", "Vie citoyenne"), m.a(fb, "Forum citoyen"), m.a("/vie-citoyenne/marche-couvert-votre-avis", "Marché couvert : votre avis"),
                 m.a("/contact", "Contact"), m.a("/mairie/conseil-municipal", "Conseil municipal"),
                 m.a("/mairie/budget/debat-d-orientation-budgetaire-2025", "Budget"), m.a("/vie-associative/appel-a-projets-associations", "Associations"))
             + "</div><h2>Actualités</h2>" + _riv_blog(_RIV_NEWS[:3]) + m.p(m.a("/actualites", "Toutes les actualités"))),
        page("/actualites", "Actualités", _riv_blog(_RIV_NEWS)),
        page(_RIV_NEWS[0][0], _RIV_NEWS[0][2], m.joomla_info("31 mars 2025", "Actualités", 412) + m.p(
            "Les travaux de la passerelle cyclable et piétonne sur la Meuse ont commencé le 24 mars. Longue de 84 mètres, elle reliera la voie verte "
            "Trans-Ardennes, très fréquentée l'été, au quai de la Gare et au centre-ville.",
            "Le tablier métallique sera fabriqué par une entreprise de Nouzonville et posé en une nuit, fin août. Coût : 2,4 millions d'euros, "
            "financés à 60 % par l'État et la Région.")
             + m.jcomments(151, []), {CO}, parent=news),
        page(_RIV_NEWS[1][0], _RIV_NEWS[1][2], m.joomla_info("20 mars 2025", "Actualités", 188) + m.p(
            "Jeudi 27 mars, le collège Jules-Ferry organise son forum des métiers. Quarante professionnels, dont plusieurs anciens élèves, viendront présenter "
            "leur parcours : soudeuse, infirmier, policière municipale, développeur, boulanger.",
            "Les parents qui souhaitent présenter leur métier peuvent encore se faire connaître auprès du principal."),
             decoys={FO}, parent=news),
        page(_RIV_NEWS[2][0], _RIV_NEWS[2][2], m.joomla_info("8 mars 2025", "Actualités", 967) + m.p(
            "Construite en 1867, la halle aux grains avait fermé en 2022 pour des raisons de sécurité. Charpente restaurée, verrière refaite, "
            "sol chauffé : elle accueille désormais le marché du samedi matin et, une fois par mois, un marché de producteurs le vendredi soir.",
            "Le maire a annoncé une réflexion sur l'ouverture d'un marché couvert permanent et invite les habitants à "
            + m.a("/vie-citoyenne/marche-couvert-votre-avis", "donner leur avis") + ".")
             + m.jcomments(145, [(3311, "Sylvie", "08.03.2025 19:12", "Superbe rénovation, bravo aux artisans !"),
                                 (3318, "Lulu08", "09.03.2025 08:47", "Et le parking ? Samedi il fallait se garer au pont de Meuse."),
                                 (3325, "Jean-Pierre R.", "10.03.2025 17:30", "Il manque des toilettes publiques à proximité.")]),
             {CO}, parent=news),
        page(_RIV_NEWS[3][0], _RIV_NEWS[3][2], m.joomla_info("14 février 2025", "Actualités", 143) + m.p(
            "Réuni le 12 février, le conseil municipal a adopté une motion de soutien à l'Association des maires de France, qui demande à l'État "
            "de garantir les ressources des collectivités. L'AMF a lancé une pétition nationale ouverte à tous les citoyens.",
            "La pétition, qui ne concerne pas spécifiquement Rivemeuse, est accessible sur "
            + m.a("https://www.mesopinions.com/petition/politique/maires-france-finances-locales/241135", "mesopinions.com", ext=True) + "."),
             # a national petition on an external site, not a petition space run by the city
             decoys={PE}, parent=news),
        page("/vie-citoyenne", "Vie citoyenne", m.p(
            "Rivemeuse fait vivre la démocratie de proximité : un conseil citoyen pour la Ronde-Couture, des comités de quartier, un forum citoyen en ligne "
            "et des consultations régulières. Chacun peut s'informer, débattre et proposer.")
             + m.ul(m.a("/vie-citoyenne/conseil-citoyen-de-la-ronde-couture", "Le conseil citoyen de la Ronde-Couture"),
                    m.a("/vie-citoyenne/comites-de-quartier", "Les comités de quartier"), m.a(fb, "Le forum citoyen"),
                    m.a("/vie-citoyenne/charte-du-forum-citoyen", "La charte du forum citoyen")), {PD}),
        page("/vie-citoyenne/conseil-citoyen-de-la-ronde-couture", "Le conseil citoyen de la Ronde-Couture", m.p(
            "Seul quartier prioritaire de la ville, la Ronde-Couture dispose depuis 2016 d'un conseil citoyen. Douze habitants et six acteurs locaux "
            "y siègent ; ils participent au comité de pilotage du contrat de ville d'Ardenne Métropole.",
            "Le conseil a notamment porté la création du jardin partagé de la rue Lamartine et l'extension des horaires de la ligne de bus 5."), {PD}, parent=vc),
        page("/vie-citoyenne/comites-de-quartier", "Les comités de quartier", m.p(
            "Quatre comités de quartier réunissent, deux fois par an, habitants, élus et services municipaux. Chacun peut y poser ses questions "
            "et faire des propositions ; le compte rendu est publié sur le forum citoyen."), {PD}, parent=vc),
        page(fb, "Forum citoyen", m.kunena_index(fb, cats), {FO}, parent=vc),
        page(f"{fb}/cadre-de-vie", "Cadre de vie", m.kunena_category(fb, "Cadre de vie", [
            (t42, "Éclairage rue de la Voie-Ferrée", "Mireille", 6, 231, "il y a 2 jours"),
            (t47, "Déchets verts le samedi", "Patrick.B", 4, 150, "il y a 1 semaine")]), {FO}, parent=("Forum citoyen", fb)),
        page(f"{fb}/idees-pour-rivemeuse", "Idées pour Rivemeuse", m.p(
            "Proposez vos idées pour améliorer la vie à Rivemeuse ! Un élu répond à chaque proposition dans le mois.")
             + m.kunena_category(fb, "Idées pour Rivemeuse", [(t51, "Un marché le dimanche", "Claudine", 9, 402, "hier")]),
             # a board category that explicitly calls for residents' ideas, answered by the elected
             {FO, SC}, parent=("Forum citoyen", fb)),
        page(f"{fb}/vie-des-quartiers", "Vie des quartiers", m.kunena_category(fb, "Vie des quartiers", [
            (t55, "Fête de la Ronde-Couture", "Conseil citoyen", 3, 97, "il y a 3 jours")]), {FO}, parent=("Forum citoyen", fb)),
        page(t42, "Éclairage rue de la Voie-Ferrée", m.kunena_topic(fb, f"{fb}/cadre-de-vie", "Cadre de vie", "Éclairage rue de la Voie-Ferrée", [
            (8812, "Mireille", "02 avr. 2025 21:14", "<p>Trois lampadaires sur cinq sont éteints depuis un mois entre le passage à niveau et la boulangerie. Il fait noir à 18 h.</p>"),
            (8815, "Services techniques (modérateur)", "03 avr. 2025 09:02", "<p>Bonjour, le signalement est transmis au prestataire. Intervention prévue la semaine prochaine.</p>"),
            (8821, "Fred08", "04 avr. 2025 18:45", "<p>Même problème rue Thiers.</p>")]), {FO}, parent=("Cadre de vie", f"{fb}/cadre-de-vie")),
        page(t47, "Déchets verts le samedi", m.kunena_topic(fb, f"{fb}/cadre-de-vie", "Cadre de vie", "Déchets verts le samedi", [
            (8701, "Patrick.B", "22 mars 2025 10:30", "<p>La déchetterie ferme à midi le samedi. Pour ceux qui travaillent, impossible d'y aller.</p>"),
            (8709, "Annie", "22 mars 2025 14:02", "<p>Une collecte en porte-à-porte au printemps serait une bonne solution.</p>")]), {FO}, parent=("Cadre de vie", f"{fb}/cadre-de-vie")),
        page(t51, "Un marché le dimanche", m.kunena_topic(fb, f"{fb}/idees-pour-rivemeuse", "Idées pour Rivemeuse", "Un marché le dimanche", [
            (8901, "Claudine", "5 avr. 2025 11:20", "<p>Maintenant que la halle est rénovée, pourquoi pas un petit marché le dimanche matin ?</p>"),
            (8904, "Adjoint au commerce", "7 avr. 2025 16:00", "<p>Merci pour l'idée. Une consultation sur le marché couvert est en cours : donnez votre avis !</p>")]),
             {FO}, parent=("Idées pour Rivemeuse", f"{fb}/idees-pour-rivemeuse")),
        page(t55, "Fête de la Ronde-Couture", m.kunena_topic(fb, f"{fb}/vie-des-quartiers", "Vie des quartiers", "Fête de la Ronde-Couture", [
            (8950, "Conseil citoyen", "1 avr. 2025 18:00", "<p>La fête du quartier aura lieu le 21 juin. Qui veut tenir un stand ?</p>"),
            (8953, "Nadège", "2 avr. 2025 07:55", "<p>Je peux faire des crêpes avec ma voisine.</p>")]), {FO}, parent=("Vie des quartiers", f"{fb}/vie-des-quartiers")),
        page("/vie-citoyenne/charte-du-forum-citoyen", "Charte du forum citoyen", m.p(
            "Le forum citoyen est un espace d'échange entre habitants et avec la municipalité. En y participant, vous vous engagez à respecter les règles suivantes :")
             + m.ol("Rester courtois et respecter les opinions différentes.", "Ne pas publier de propos injurieux, diffamatoires ou discriminatoires.",
                    "Ne pas mettre en cause des personnes nommément.", "Pas de publicité ni de propagande électorale.")
             + m.p("Les modérateurs peuvent supprimer tout message contraire à la charte."),
             # the board's rules, printed by the site: nobody posts here
             decoys={FO}, parent=vc),
        page("/vie-citoyenne/marche-couvert-votre-avis", "Marché couvert : votre avis", m.p(
            "La halle aux grains rénovée pourrait accueillir un marché couvert plusieurs jours par semaine. Avant de lancer un appel aux commerçants, "
            "la municipalité souhaite connaître vos habitudes et vos attentes. Le questionnaire est ouvert jusqu'au 30 avril.")
             + m.google_form("1FAIpQLSe8rVq2HfK3nTzL0yW5mXc7bJ4pD9aGvR1uE6sN2kQ0oI3tYw", "Questionnaire marché couvert de Rivemeuse"),
             {PO}, parent=vc),
        page("/contact", "Contact", m.p("Hôtel de ville de Rivemeuse, 2 quai de la République, 08300 Rivemeuse.") + m.joomla_contact("/contact"), {CF}),
        page("/mairie/conseil-municipal", "Le conseil municipal", m.p(
            "Le conseil municipal de Rivemeuse compte 29 membres. Prochaine séance : mercredi 16 avril à 19 h, salle des mariages.")
             + "<h2>Ordre du jour</h2>" + m.ol("Compte de gestion et compte administratif 2024", "Affectation des résultats",
                                               "Convention de gestion de la halle aux grains", "Tarifs du camping municipal"),
             decoys={PD}),
        page("/mairie/budget/debat-d-orientation-budgetaire-2025", "Débat d'orientation budgétaire 2025", m.p(
            "Le rapport d'orientation budgétaire présenté au conseil du 29 janvier fixe les priorités de l'année : poursuite du programme de voirie, "
            "passerelle sur la Meuse, rénovation thermique du gymnase, maîtrise de la masse salariale. Aucune hausse de la fiscalité n'est envisagée."),
             decoys={PB}),
        page("/vie-associative/appel-a-projets-associations", "Appel à projets pour les associations", m.p(
            "La Ville soutient les projets des associations rivemeusiennes qui animent la ville et créent du lien. Enveloppe 2025 : 40 000 €.",
            "Critères : projet nouveau, ouvert à tous les habitants, réalisé en 2025. Dossier à déposer en mairie avant le 30 avril."),
             decoys={SC}),
    ]
    return Site(RIV, "joomla", "Rivemeuse", pages,
                menu=[("Actualités", "/actualites"), ("Vie citoyenne", "/vie-citoyenne"), ("Forum citoyen", fb), ("Contact", "/contact")],
                accounts=[social("facebook", "rivemeuse08", "https://www.facebook.com/rivemeuse08"),
                          social("youtube", "VilledeRivemeuse", "https://www.youtube.com/@VilledeRivemeuse")],
                address="2 quai de la République, 08300 Rivemeuse")


def rivemeuse() -> City:
    return City("99566", "Rivemeuse", 21_840, "08", *GE, f"http://{RIV}/", [_riv_www()])


# ============================================================================================ Thionchamp
# A site written by hand (PHP pages, tables, ISO-8859-1) with its own comment and petition scripts, and a
# Go Vocal platform for the budget participatif "Thionchamp en mieux", a 30 km/h poll and an ideas project.

THI = "www.thionchamp.fr"
THI_GV = "thionchamp.govocal.com"


def _thi_news_table(items):
    rows = "".join(f'<tr><td class="date" width="90">{date}</td><td><a href="{href}"><b>{title}</b></a><br />{teaser}</td></tr>'
                   for href, date, title, teaser in items)
    return f'<table width="100%" border="0" cellpadding="4" cellspacing="0" class="liste_actus">{rows}</table>'


def _thi_comments(article_id, comments):
    shown = "".join(f'<div class="commentaire"><p class="auteur_com"><b>{who}</b> le {when} :</p><p>{text}</p></div>' for who, when, text in comments)
    return (f'<h3>Réactions ({len(comments)})</h3>{shown}<h3>Réagir à cet article</h3>'
            f'<form name="reagir" method="post" action="/actualite.php?id={article_id}" onsubmit="return verif_com(this);">'
            '<table border="0" cellpadding="3"><tr><td>Pseudo :</td><td><input type="text" name="pseudo" size="30" maxlength="40" /></td></tr>'
            '<tr><td>E-mail (non publié) :</td><td><input type="text" name="email" size="30" /></td></tr>'
            '<tr><td valign="top">Votre commentaire :</td><td><textarea name="commentaire" cols="50" rows="6"></textarea></td></tr>'
            '<tr><td>Recopiez le code : <img src="/captcha.php" alt="code" align="absmiddle" /></td><td><input type="text" name="code" size="6" /></td></tr>'
            f'<tr><td colspan="2"><input type="hidden" name="id_article" value="{article_id}" /><input type="submit" name="envoyer" value="Publier" />'
            ' <i>Les commentaires sont publiés après validation par le webmestre.</i></td></tr></table></form>')


_THI_NEWS = [
    ("/actualite.php?id=412", "04/04/2025", "Ligne 4 : le bus passera toutes les 20 minutes", "Nouveaux horaires à partir du 22 avril."),
    ("/actualite.php?id=409", "27/03/2025", "PLUi : réunion publique de la Communauté de communes", "Le 8 avril à la salle Pablo-Neruda."),
    ("/actualite.php?id=405", "14/03/2025", "L'aire de jeux du Val-de-Chiers est inaugurée", "Un projet des habitants, réalisé en six mois."),
    ("/actualite.php?id=398", "28/02/2025", "Forum de l'emploi au Pôle Chiers", "Le 13 mars, de 9 h à 17 h."),
]


def _thi_www():
    cit = ("Citoyenneté", "/citoyennete/index.php")
    act = ("Actualités", "/actualites.php")
    pages = [
        page("/", "Accueil", '<table width="100%"><tr><td valign="top" width="60%"><h2>Actualités</h2>' + _thi_news_table(_THI_NEWS)
             + '<p><a href="/actualites.php">&gt;&gt; Toutes les actualités</a></p></td><td valign="top" class="encadre"><h2>Liens utiles</h2>'
             + "".join(f'<p>&bull; <a href="{h}">{t}</a></p>' for h, t in [
                 ("/citoyennete/index.php", "Citoyenneté et quartiers"), ("/citoyennete/budget-participatif.php", "Thionchamp en mieux"),
                 ("/citoyennete/petitions.php", "Pétitions"), ("/mairie/contact.php", "Contacter la mairie"), ("/mairie/budget.php", "Budget communal"),
                 ("/vie-pratique/newsletter.php", "Lettre d'information"), (f"http://{THI_GV}/", "Plateforme participative")]) + "</td></tr></table>"),
        page("/actualites.php", "Actualités", _thi_news_table(_THI_NEWS)),
        page(_THI_NEWS[0][0], _THI_NEWS[0][2], '<p class="date">Publié le 04/04/2025</p>' + m.p(
            "À partir du mardi 22 avril, la ligne 4 du réseau Chiers Mobilités passera toutes les 20 minutes en semaine, contre 30 aujourd'hui, "
            "entre la gare et le quartier du Val-de-Chiers. Le service du samedi est prolongé jusqu'à 20 h 30.",
            "Cette amélioration fait suite aux demandes répétées des habitants lors des tables de quartier. Les nouvelles fiches horaires sont "
            "disponibles en mairie et à l'agence commerciale.") + _thi_comments(412, [
                ("Gégé54", "04/04/2025", "Enfin ! Et le dimanche, rien de prévu ?"),
                ("Lina", "05/04/2025", "Merci, ça va aider pour aller au lycée.")]), {CO}, parent=act),
        page(_THI_NEWS[1][0], _THI_NEWS[1][2], '<p class="date">Publié le 27/03/2025</p>' + m.p(
            "La Communauté de communes Terre Lorraine du Longuyonnais élabore son plan local d'urbanisme intercommunal. Dans le cadre de la concertation "
            "qu'elle conduit, elle organise une réunion publique à Thionchamp le mardi 8 avril à 19 h, salle Pablo-Neruda.",
            "Les habitants pourront y découvrir le projet d'aménagement et de développement durables et poser leurs questions aux élus communautaires. "
            "Un registre de concertation est ouvert au siège de la Communauté de communes."),
             # the concertation of the intercommunality, announced by the city
             decoys={PD}, parent=act),
        page(_THI_NEWS[2][0], _THI_NEWS[2][2], '<p class="date">Publié le 14/03/2025</p>' + m.p(
            "Samedi, petits et grands ont inauguré l'aire de jeux du Val-de-Chiers : toboggan, balançoires, jeux à ressort et une pyramide de cordes. "
            "L'équipement avait été proposé par un collectif de mamans du quartier lors de la première édition de Thionchamp en mieux, "
            "et a été réalisé en six mois pour 74 000 euros.",
            "Le maire a remercié les services techniques et les habitants qui ont participé au choix des jeux."),
             # a playground financed by last year's participatory budget, mentioned in an inauguration item: no proposing or voting here
             decoys={PB}, parent=act),
        page(_THI_NEWS[3][0], _THI_NEWS[3][2], '<p class="date">Publié le 28/02/2025</p>' + m.p(
            "Le forum de l'emploi du Pays-Haut se tiendra le jeudi 13 mars au Pôle Chiers. Industrie, logistique, services à la personne, emplois "
            "frontaliers : plus de 70 recruteurs seront présents. Entrée libre, venez avec votre CV."), decoys={FO}, parent=act),
        page("/citoyennete/index.php", "Citoyenneté et quartiers", m.p(
            "La Ville de Thionchamp a fait de la participation des habitants un principe de son action. Vous trouverez ici tous les lieux et outils "
            "pour vous informer, donner votre avis et agir pour votre quartier.")
             + "<table class='cadre' width='100%'>" + "".join(f"<tr><td><a href='{h}'><b>{t}</b></a></td><td>{d}</td></tr>" for h, t, d in [
                 ("/citoyennete/conseils-citoyens.php", "Les conseils citoyens", "Val-de-Chiers et Cité Saint-Martin"),
                 ("/citoyennete/tables-de-quartier.php", "Les tables de quartier", "Des habitants qui se mobilisent"),
                 ("/citoyennete/maison-du-projet.php", "La maison du projet", "Rénovation urbaine du Val-de-Chiers"),
                 ("/citoyennete/budget-participatif.php", "Thionchamp en mieux", "Le budget participatif"),
                 ("/citoyennete/petitions.php", "Les pétitions", "Le droit de pétition des habitants"),
                 ("/citoyennete/consultation-marche.php", "Consultation sur le marché", "Résultats 2024")]) + "</table>", {PD}),
        page("/citoyennete/conseils-citoyens.php", "Les conseils citoyens", m.p(
            "Deux conseils citoyens existent à Thionchamp, dans les quartiers prioritaires du Val-de-Chiers et de la Cité Saint-Martin. "
            "Composés d'habitants tirés au sort et de volontaires, ils sont associés à toutes les étapes du contrat de ville.",
            "Ils se réunissent chaque mois à la maison du projet. Contact : <a href='mailto:conseilscitoyens@thionchamp.fr'>conseilscitoyens@thionchamp.fr</a>"),
             {PD}, parent=cit),
        page("/citoyennete/tables-de-quartier.php", "Les tables de quartier", m.p(
            "Une table de quartier, c'est un groupe d'habitants et d'associations qui se réunit régulièrement pour agir sur les problèmes du quartier. "
            "À Thionchamp, deux tables fonctionnent depuis 2021 avec l'appui du centre social Pierre-Perret.",
            "Elles ont obtenu l'amélioration de la desserte en bus, l'installation de bancs rue de Longwy et l'ouverture d'une permanence "
            "du bailleur le samedi matin. Tout le monde peut venir, il suffit d'habiter le quartier."), {PD}, parent=cit),
        page("/citoyennete/maison-du-projet.php", "La maison du projet", m.p(
            "La maison du projet du Val-de-Chiers informe les habitants sur la rénovation urbaine du quartier et recueille leurs avis. "
            "Maquette, plans, calendrier des travaux y sont présentés ; des ateliers de concertation s'y tiennent tous les deux mois.",
            "Adresse : 3 place des Tilleuls. Ouverte le mercredi de 14 h à 18 h et le samedi de 9 h à 12 h."), {PD}, parent=cit),
        page("/citoyennete/budget-participatif.php", "Thionchamp en mieux, le budget participatif", m.p(
            "Avec Thionchamp en mieux, la Ville confie 250 000 euros par an aux habitants : vous proposez des projets, les services vérifient "
            "qu'ils sont réalisables, puis tous les Thionchampois de plus de 12 ans votent.",
            "Saison 2025 : dépôt des idées jusqu'au 15 mai, vote en septembre. Les propositions et le vote se font sur notre plateforme participative.")
             + "<p><a href='http://" + THI_GV + "/fr-FR/projects/thionchamp-en-mieux-2025'><b>&gt;&gt; Proposer un projet sur la plateforme</b></a></p>",
             {PB, PD}, parent=cit),
        page("/citoyennete/petitions.php", "Les pétitions", m.p(
            "Depuis 2020, tout habitant de Thionchamp peut lancer une pétition adressée au conseil municipal. Si elle réunit 250 signatures de "
            "Thionchampois en trois mois, le sujet est débattu en séance publique.")
             + "<table border='1' cellpadding='4' cellspacing='0' width='100%'><tr><th>Pétition</th><th>Signatures</th><th>Statut</th></tr>"
             "<tr><td><a href='/citoyennete/petition.php?id=7'>Un passage protégé devant l'école Jules-Verne</a></td><td>142</td><td>En cours</td></tr>"
             "<tr><td>Réouverture du bureau de poste de la Cité Saint-Martin</td><td>311</td><td>Débattue le 12/12/2024</td></tr></table>"
             + "<h3>Lancer une pétition</h3>"
             + "<form method='post' action='/citoyennete/petitions.php'><p>Titre : <input type='text' name='titre' size='50' /></p>"
               "<p>Texte :<br /><textarea name='texte' cols='60' rows='6'></textarea></p><p>Nom : <input type='text' name='nom' size='30' /> "
               "E-mail : <input type='text' name='email' size='30' /></p><p><input type='submit' name='lancer' value='Lancer ma pétition' /></p></form>",
             # the city's petition space: sign and start petitions; the start form is a free-text message with name and e-mail
             {PE, PD, CF}, parent=cit),
        page("/citoyennete/petition.php?id=7", "Un passage protégé devant l'école Jules-Verne", m.p(
            "Pétition lancée le 3 février 2025 par l'association des parents d'élèves de l'école Jules-Verne.",
            "Nous demandons un passage protégé surélevé et un panneau lumineux devant l'école, rue de Longuyon, où les voitures roulent trop vite.")
             + "<p><b>142 signatures</b> sur 250.</p><form method='post' action='/citoyennete/petition.php?id=7'>"
               "<p>Nom : <input type='text' name='nom' /> Prénom : <input type='text' name='prenom' /></p>"
               "<p>Adresse à Thionchamp : <input type='text' name='adresse' size='40' /></p><p><input type='checkbox' name='afficher' value='1' /> "
               "Afficher mon nom dans la liste des signataires</p><p><input type='submit' value='Je signe' /></p></form>",
             {PE}, parent=("Les pétitions", "/citoyennete/petitions.php")),
        page("/citoyennete/consultation-marche.php", "Consultation sur le marché : les résultats", m.p(
            "Du 1er au 30 septembre 2024, 587 habitants ont répondu à la consultation sur le marché hebdomadaire. 61 % souhaitaient le déplacer "
            "du mardi au samedi matin : c'est chose faite depuis janvier 2025. La consultation est terminée."),
             decoys={PO}, parent=cit),
        page("/mairie/contact.php", "Contacter la mairie", m.p("Mairie de Thionchamp, 5 rue de la Mairie, 54260 Thionchamp.")
             + "<form name='contact' method='post' action='/mairie/contact.php' onsubmit='return verif(this);'><table border='0' cellpadding='3'>"
               "<tr><td>Nom :</td><td><input type='text' name='nom' size='40' /></td></tr><tr><td>E-mail :</td><td><input type='text' name='email' size='40' /></td></tr>"
               "<tr><td>Objet :</td><td><select name='objet'><option>Renseignement</option><option>Urbanisme</option><option>État civil</option><option>Autre</option></select></td></tr>"
               "<tr><td valign='top'>Message :</td><td><textarea name='message' cols='50' rows='8'></textarea></td></tr>"
               "<tr><td></td><td><input type='submit' value='Envoyer' /> <input type='reset' value='Effacer' /></td></tr></table></form>", {CF}),
        page("/mairie/budget.php", "Le budget communal", m.p(
            "Budget primitif 2025 voté le 20 mars : 39,8 millions d'euros. Le débat d'orientation budgétaire a eu lieu le 13 février.",
            "Investissements : rénovation urbaine du Val-de-Chiers (3,4 M€), école Jules-Verne (1,2 M€), voirie (1,1 M€). "
            "Enveloppe de Thionchamp en mieux : 250 000 €."), decoys={PB}),
        page("/vie-pratique/newsletter.php", "Lettre d'information", m.p("Recevez la lettre de Thionchamp par e-mail :")
             + "<form method='post' action='/vie-pratique/newsletter.php'><p>Votre e-mail : <input type='text' name='email' size='35' /> "
               "<input type='submit' value=\"S'inscrire\" /></p></form>", decoys={CF}),
    ]
    return Site(THI, "vendor", "Thionchamp", pages,
                menu=[("Accueil", "/"), ("Actualités", "/actualites.php"), ("Citoyenneté", "/citoyennete/index.php"), ("Contact", "/mairie/contact.php")],
                accounts=[social("facebook", "villedethionchamp", "http://www.facebook.com/villedethionchamp"),
                          social("mastodon", "thionchamp@piaille.fr"), social("bluesky", "thionchamp.fr")],
                address="Mairie, 5 rue de la Mairie, 54260 Thionchamp")


def _thi_gv():
    pb = "/fr-FR/projects/thionchamp-en-mieux-2025"
    i1, i2 = "/fr-FR/ideas/un-abri-velo-securise-a-la-gare", "/fr-FR/ideas/des-toilettes-publiques-au-parc-de-la-chiers"
    pages = [
        page("/", "Thionchamp participe", m.p("Bienvenue sur la plateforme de participation de la Ville de Thionchamp. Proposez, votez, donnez votre avis.")
             + '<div id="e2e-projects-container">' + m.gv_project_card(pb, "Thionchamp en mieux 2025", "Budget participatif", "Proposez vos projets jusqu'au 15 mai.")
             + m.gv_project_card("/fr-FR/projects/ville-a-30", "Ville à 30 ?", "Sondage", "Faut-il généraliser le 30 km/h ?")
             + m.gv_project_card("/fr-FR/projects/quartier-saint-martin-vos-idees", "Cité Saint-Martin : vos idées", "Idéation", "Imaginons ensemble l'avenir du quartier.")
             + "</div>", {PD}),
        page(pb, "Thionchamp en mieux 2025", m.gv_project_header("Thionchamp en mieux 2025", m.p(
            "Le budget participatif de Thionchamp : 250 000 € pour des projets proposés par les habitants. Règlement : projet d'intérêt général, "
            "sur le territoire communal, d'un coût inférieur à 60 000 €. Vote de tous les habitants de plus de 12 ans en septembre."),
            [("Dépôt des projets", "1er mars - 15 mai 2025", True), ("Analyse", "juin - août 2025", False), ("Vote", "septembre 2025", False),
             ("Résultats", "octobre 2025", False)])
             + m.p(m.a(f"{pb}/ideas", "Voir les projets proposés")), {PB}),
        page(f"{pb}/ideas", "Projets proposés - Thionchamp en mieux 2025", m.p(
            "Proposez votre projet pour Thionchamp avant le 15 mai ! Vous pouvez aussi soutenir et commenter les projets des autres habitants.")
             + '<button type="button" id="e2e-idea-button" class="e2e-idea-button">Proposer un projet</button>'
             + m.gv_ideas([(i1, "Un abri vélo sécurisé à la gare", "Anthony R.", 48, 2, "35 000 €"),
                           (i2, "Des toilettes publiques au parc de la Chiers", "Martine", 63, 2, "48 000 €")]),
             {PB, SC}, parent=("Thionchamp en mieux 2025", pb)),
        page(i1, "Un abri vélo sécurisé à la gare", m.gv_idea("Un abri vélo sécurisé à la gare", "Anthony R.", m.p(
            "Beaucoup de frontaliers prennent le train à Thionchamp pour Luxembourg. Un abri fermé, accessible avec un badge, permettrait de venir à vélo "
            "sans craindre le vol."), 48, [(701, "Julie", "il y a 4 jours", "Oui ! Je viendrais à vélo tous les jours."),
                                           (706, "Bernard", "il y a 2 jours", "Il faudrait aussi des prises pour les vélos électriques.")], f"{pb}/ideas"),
             {PB, CO}, parent=("Projets proposés", f"{pb}/ideas")),
        page(i2, "Des toilettes publiques au parc de la Chiers", m.gv_idea("Des toilettes publiques au parc de la Chiers", "Martine", m.p(
            "Le parc est très fréquenté par les familles mais il n'y a aucune toilette. Des sanitaires autonettoyants seraient bienvenus."), 63,
            [(712, "Sabine", "il y a 6 jours", "Indispensable avec des enfants."), (718, "Paul", "hier", "Et un point d'eau potable aussi.")], f"{pb}/ideas"),
             {PB, CO}, parent=("Projets proposés", f"{pb}/ideas")),
        page("/fr-FR/projects/ville-a-30", "Ville à 30 ?", m.gv_project_header("Ville à 30 ?", m.p(
            "Plusieurs villes voisines ont généralisé le 30 km/h. Avant de décider, la municipalité vous demande votre avis. Sondage ouvert jusqu'au 30 avril."))
             + m.gv_poll([("Êtes-vous favorable à la limitation à 30 km/h dans toute la ville, hors grands axes ?", ["Oui", "Non", "Sans avis"]),
                          ("Où est-ce le plus urgent ?", ["Autour des écoles", "Dans les quartiers résidentiels", "En centre-ville", "Nulle part"])]), {PO}),
        page("/fr-FR/projects/quartier-saint-martin-vos-idees", "Cité Saint-Martin : vos idées", m.gv_project_header("Cité Saint-Martin : vos idées", m.p(
            "La Cité Saint-Martin va faire l'objet d'un projet de renouvellement. Avant que les architectes ne prennent le crayon, partagez vos idées : "
            "espaces verts, stationnement, commerces, jeux, circulation. Toutes les idées seront étudiées par l'équipe projet.")),
             # an open call for residents' ideas on the platform (ideation project)
             {SC}),
        page("/fr-FR/pages/faq", "Foire aux questions", m.p(
            "Qui peut participer ? Toute personne habitant, travaillant ou étudiant à Thionchamp.",
            "Faut-il un compte ? Oui pour proposer, voter et commenter ; non pour consulter.")),
    ]
    return Site(THI_GV, "govocal", "Thionchamp participe", pages,
                menu=[("Accueil", "/"), ("Projets", "/fr-FR/projects/thionchamp-en-mieux-2025"), ("FAQ", "/fr-FR/pages/faq")],
                features=frozenset({PP}), platforms=frozenset({"go_vocal"}))


def _handwritten_host(site):
    def special(request):
        found = site.by_path.get(request.target)
        if found is None:
            return None
        return Reply.html(m.handwritten_document(site, found), charset="iso-8859-1")
    return CustomHost(site, special)


_THI_SITE = _thi_www()


def thionchamp() -> City:
    return City("99567", "Thionchamp", 44_620, "54", *GE, f"http://{THI}/", [_THI_SITE, _thi_gv()])


# ============================================================================================ Ornancourt
# WordPress (Gravity Forms, Disqus, the Facebook comments plugin, a Microsoft Forms questionnaire, a Tally idea
# box) and the phpBB forum of the Comité des habitants du Chemin-Vert.

ORN = "www.ornancourt.fr"
ORN_FORUM = "forum.chemin-vert-ornancourt.fr"

_ORN_POSTS = [
    ("/2025/04/02/chemin-vert-le-square-va-etre-reamenage/", "2 avril 2025", "Chemin-Vert : le square va être réaménagé",
     "Les travaux commencent en juin, après deux ateliers avec les habitants."),
    ("/2025/03/28/une-plateforme-numerique-de-participation-a-l-etude/", "28 mars 2025", "Une plateforme numérique de participation à l'étude",
     "La municipalité réfléchit à un outil en ligne."),
    ("/2025/03/21/rythmes-scolaires-donnez-votre-avis/", "21 mars 2025", "Rythmes scolaires : donnez votre avis",
     "Questionnaire ouvert aux familles jusqu'au 18 avril."),
    ("/2025/03/14/semaine-de-l-industrie-les-usines-ouvrent-leurs-portes/", "14 mars 2025", "Semaine de l'industrie : les usines ouvrent leurs portes",
     "Verrerie, sucrerie, métallurgie : visites gratuites du 17 au 23 mars."),
    ("/2025/02/20/job-dating-de-la-mission-locale/", "20 février 2025", "Job dating de la Mission locale", "Le 6 mars à l'Espace Condorcet."),
    ("/2025/02/03/debat-d-orientation-budgetaire-2025/", "3 février 2025", "Débat d'orientation budgétaire 2025", "Les priorités de l'année."),
]


def _orn_www():
    news = ("Actualités", "/actualites/")
    pc = ("Participation citoyenne", "/ma-ville/participation-citoyenne/")
    post = lambda i: _ORN_POSTS[i]  # noqa: E731
    pages = [
        page("/", "Accueil", m.p("Ornancourt, ville de l'Aisne aux portes de la Thiérache.")
             + '<div class="wp-block-buttons">' + "".join(f'<div class="wp-block-button"><a class="wp-block-button__link wp-element-button" href="{h}">{t}</a></div>' for h, t in [
                 ("/ma-ville/participation-citoyenne/", "Participation citoyenne"), ("/ma-ville/participation-citoyenne/boite-a-idees/", "Boîte à idées"),
                 ("/contact/", "Contact"), ("/newsletter/", "Newsletter")]) + "</div><h2>Actualités</h2>" + _sam_loop(_ORN_POSTS[:4])
             + m.p(m.a("/actualites/", "Toutes les actualités"))),
        page("/actualites/", "Actualités", _sam_loop(_ORN_POSTS)),
        page(post(0)[0], post(0)[2], m.wp_meta("2025-04-02", "2 avril 2025", ["Cadre de vie"]) + m.p(
            "Le square du Chemin-Vert, au pied des immeubles de la rue Condorcet, va faire peau neuve. Les jeux, installés en 1998, seront remplacés, "
            "les allées refaites et vingt arbres plantés. Un terrain de basket trois contre trois complétera l'ensemble.",
            "Le projet a été dessiné avec les habitants lors de deux ateliers organisés en janvier et février avec le conseil citoyen et le comité "
            "des habitants. Coût : 260 000 €, dont 40 % financés par l'État au titre de la politique de la ville. Fin des travaux prévue en octobre.")
             + m.disqus("ornancourt", f"http://{ORN}{post(0)[0]}", "post-1184"), {CO}, parent=news),
        page(post(1)[0], post(1)[2], m.wp_meta("2025-03-28", "28 mars 2025", ["Vie municipale"]) + m.p(
            "Lors du dernier conseil municipal, l'adjointe à la démocratie locale a présenté une étude sur les outils numériques de participation. "
            "Plusieurs solutions ont été comparées : les logiciels libres Decidim et CONSUL Democracy, les plateformes Cap Collectif et Fluicity.",
            "Aucune décision n'a été prise : un groupe de travail rendra ses conclusions à l'automne. En attendant, la boîte à idées en ligne reste ouverte."),
             # an article naming participation platforms; the city runs none
             decoys={PP}, parent=news),
        page(post(2)[0], post(2)[2], m.wp_meta("2025-03-21", "21 mars 2025", ["Éducation"]) + m.p(
            "Quatre jours ou quatre jours et demi ? Le projet éducatif de territoire doit être renouvelé à la rentrée 2026. La Ville et l'inspection "
            "de l'Éducation nationale interrogent les familles des sept écoles publiques.",
            "Le questionnaire prend cinq minutes ; une réponse par famille. Il est aussi disponible en version papier dans les écoles.")
             + m.ms_form("DQSIkWdsW0yxEjajBLZtrQAAAAAAAAAAAAN__kE7xWJURFc1TkpHMFQ2QTlWMEJSNFZTUk9aN1FHNi4u", "Questionnaire rythmes scolaires Ornancourt"),
             {PO}, parent=news),
        page(post(3)[0], post(3)[2], m.wp_meta("2025-03-14", "14 mars 2025", ["Économie"]) + m.p(
            "Du 17 au 23 mars, la Semaine de l'industrie ouvre les portes de cinq entreprises ornancourtoises : la verrerie Saint-Gobain-Thiérache, "
            "la sucrerie coopérative, la fonderie Lemaire, l'usine de cartons Smurfit et l'atelier de maroquinerie de la zone des Tilleuls.",
            "Visites gratuites sur inscription auprès de l'office de tourisme. Dites-nous en commentaire quelle usine vous aimeriez visiter l'an prochain !")
             + m.fb_comments(f"http://{ORN}{post(3)[0]}"), {CO}, parent=news),
        page(post(4)[0], post(4)[2], m.wp_meta("2025-02-20", "20 février 2025", ["Emploi"]) + m.p(
            "La Mission locale de Thiérache organise un job dating le jeudi 6 mars, de 14 h à 17 h, à l'Espace Condorcet. Une vingtaine d'employeurs "
            "proposent des emplois saisonniers, des contrats en alternance et des CDI. Inscrivez-vous pour réserver un créneau.")
             + m.gravity(4, post(4)[0], [("text", "Nom"), ("text", "Prénom"), ("email", "E-mail"), ("tel", "Téléphone"),
                                          ("radio", "Vous êtes", ["Demandeur d'emploi", "Étudiant", "Salarié en reconversion"])], "Je m'inscris"),
             decoys={CF}, parent=news),
        page(post(5)[0], post(5)[2], m.wp_meta("2025-02-03", "3 février 2025", ["Finances"]) + m.p(
            "Le conseil municipal a tenu son débat d'orientation budgétaire le 30 janvier. Dans un contexte de baisse des dotations, la municipalité "
            "maintient les taux d'imposition et concentre ses investissements sur la rénovation des écoles et le square du Chemin-Vert.",
            "Le budget primitif sera voté le 27 mars."), decoys={PB}, parent=news),
        page("/ma-ville/participation-citoyenne/", "Participation citoyenne", m.p(
            "À Ornancourt, la participation citoyenne, c'est la possibilité pour chaque habitant de s'impliquer dans la vie de sa ville : "
            "conseil citoyen du Chemin-Vert, réunions publiques de quartier, ateliers de concertation sur les projets d'aménagement, boîte à idées en ligne.",
            "La municipalité s'engage à répondre à chaque contribution et à rendre compte, une fois par an, de ce qui a été fait.")
             + m.ul(m.a("/ma-ville/participation-citoyenne/conseil-citoyen-du-chemin-vert/", "Le conseil citoyen du Chemin-Vert"),
                    m.a("/ma-ville/participation-citoyenne/boite-a-idees/", "La boîte à idées")),
             # the city's own participatory approach under a heading shared with the gendarmerie's scheme
             {PD}),
        page("/ma-ville/participation-citoyenne/conseil-citoyen-du-chemin-vert/", "Le conseil citoyen du Chemin-Vert", m.p(
            "Le Chemin-Vert est le quartier prioritaire d'Ornancourt. Son conseil citoyen, composé de neuf habitants et de quatre acteurs locaux, "
            "participe au contrat de ville et à la gestion urbaine de proximité.",
            "Il travaille étroitement avec le Comité des habitants du Chemin-Vert, association qui anime aussi un "
            + m.a(f"http://{ORN_FORUM}/", "forum de discussion en ligne") + " pour les habitants du quartier."), {PD}, parent=pc),
        page("/ma-ville/participation-citoyenne/boite-a-idees/", "La boîte à idées", m.p(
            "Une idée pour améliorer Ornancourt ? Propreté, animations, circulation, commerces, environnement : proposez-la ! "
            "Chaque idée est lue par les élus et reçoit une réponse dans un délai d'un mois.")
             + m.tally("mYQ2bV", "Boîte à idées de la Ville d'Ornancourt"),
             # an explicit call for ideas; the form itself is in an embedded frame
             {SC}, parent=pc),
        page("/contact/", "Contact", m.p("Mairie d'Ornancourt, 7 place Aristide-Briand, 02500 Ornancourt.")
             + m.gravity(1, "/contact/", [("text", "Nom"), ("email", "E-mail"), ("text", "Objet"), ("textarea", "Message"),
                                          ("consent", "J'accepte que mes données soient utilisées pour répondre à ma demande.")], "Envoyer", "Écrire à la mairie"), {CF}),
        page("/newsletter/", "Newsletter", m.p("Abonnez-vous à la newsletter de la Ville.") + m.gravity(3, "/newsletter/", [("email", "Votre adresse e-mail")], "S'abonner"),
             decoys={CF}),
    ]
    return Site(ORN, "wordpress", "Ville d'Ornancourt", pages,
                menu=[("Actualités", "/actualites/"), ("Participation citoyenne", "/ma-ville/participation-citoyenne/"), ("Contact", "/contact/")],
                accounts=[social("facebook", "VilleOrnancourt", "https://www.facebook.com/VilleOrnancourt/"),
                          social("instagram", "ornancourt02")],
                address="7 place Aristide-Briand, 02500 Ornancourt")


def _orn_forum():
    t118, t124, t131 = "./viewtopic.php?t=118", "./viewtopic.php?t=124", "./viewtopic.php?t=131"
    pages = [
        page("/", "Index du forum", m.p("Bienvenue sur le forum du Comité des habitants du Chemin-Vert. Inscription gratuite pour les habitants du quartier.")
             + m.phpbb_forumlist("Le quartier", [
                 ("./viewforum.php?f=2", "Cadre de vie", "Square, propreté, stationnement, logements.", 46, 318, "par Sylvain02 &raquo; 3 avr. 2025"),
                 ("./viewforum.php?f=3", "Entraide entre voisins", "Covoiturage, garde d'enfants, petits services.", 29, 141, "par Josiane &raquo; 1 avr. 2025")])),
        page("/viewforum.php?f=2", "Cadre de vie", m.phpbb_topiclist([
            (t118, "Le square : ce qu'on a dit aux ateliers", "Comité", 12, 540, "3 avr. 2025"),
            (t124, "Ascenseur en panne bâtiment B", "Fatou", 8, 233, "28 mars 2025")]), {FO}),
        page("/viewforum.php?f=3", "Entraide entre voisins", m.phpbb_topiclist([
            (t131, "Covoiturage pour le marché de Guise", "Josiane", 4, 97, "1 avr. 2025")]), {FO}),
        page("/viewtopic.php?t=118", "Le square : ce qu'on a dit aux ateliers", m.phpbb_topic("Le square : ce qu'on a dit aux ateliers", [
            (2201, "Comité", "lun. 3 févr. 2025 20:12", "Résumé des ateliers : un terrain de basket, des jeux pour les petits, des bancs à l'ombre, pas de fermeture la nuit."),
            (2208, "Sylvain02", "mar. 4 févr. 2025 08:40", "Merci pour le résumé. On a bien insisté sur l'éclairage, c'est noté ?"),
            (2215, "Comité", "mar. 4 févr. 2025 19:03", "Oui, la mairie a confirmé des lampadaires à détection."),
            (2290, "Sylvain02", "jeu. 3 avr. 2025 17:55", "L'article du site de la ville est sorti, les travaux commencent en juin.")]), {FO}),
        page("/viewtopic.php?t=124", "Ascenseur en panne bâtiment B", m.phpbb_topic("Ascenseur en panne bâtiment B", [
            (2240, "Fatou", "ven. 21 mars 2025 09:15", "Troisième panne depuis janvier. Ma voisine du 7e ne peut plus sortir."),
            (2244, "Comité", "ven. 21 mars 2025 12:30", "On a relancé le bailleur et prévenu le conseil citoyen.")]), {FO}),
        page("/viewtopic.php?t=131", "Covoiturage pour le marché de Guise", m.phpbb_topic("Covoiturage pour le marché de Guise", [
            (2270, "Josiane", "mar. 1 avr. 2025 10:02", "Je vais au marché de Guise le vendredi, j'ai trois places.")]), {FO}),
    ]
    return Site(ORN_FORUM, "phpbb", "Comité des habitants du Chemin-Vert", pages, features=frozenset({FO}))


def ornancourt() -> City:
    return City("99568", "Ornancourt", 24_130, "02", *HDF, f"http://{ORN}/", [_orn_www(), _orn_forum()])


# ================================================================================================= part


def cities():
    return [lysencourt(), sambrecourt(), henin_les_fosses(), valescaut(), fontenoy_la_fensch(), rivemeuse(), thionchamp(), ornancourt()]


def hosts():
    """The LimeSurvey instance of Fontenoy-la-Fensch and the hand-written site of Thionchamp print their own pages."""
    return {FON_LS: _fon_ls_host(_FON_LS_SITE), THI: _handwritten_host(_THI_SITE)}
