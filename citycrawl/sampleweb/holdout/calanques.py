"""Holdout part "calanques" (99571-99578): Mediterranean coastal and hinterland communes of Provence, the Var,
the Alpes-Maritimes, the Hérault, the Gard, the Pyrénées-Orientales and Corsica, where summer means beaches,
parking, heat, shade and water. Comités d'intérêt de quartier and conseils de quartier, consultations on the
seafront, "green" and climate participatory budgets, petitions, city-run platforms (CONSUL Democracy, Go Vocal,
Fluicity, id-city, Cap Collectif), residents' boards (phpBB, Flarum), a neighbours' network, comments, survey
embeds and a poll drawn by a script from a JSON API; and their lookalikes: the métropole's, the département's
and the Collectivité de Corse's budgets and platforms, the prefecture's enquêtes publiques (ICPE, PPRI), the
gendarmerie's "participation citoyenne" and Opération tranquillité vacances, tourist-office review widgets,
bookings, beach-guard recruitment and beach concessions, photo contests, a festival's prize vote, newsletters
and the results of closed consultations.

Written apart from the detection rules; labels follow docs/CODEBOOK.md alone.
"""
import functools

from ..hostile import CustomHost
from ..site import City, Site, page, social
from ..web import Reply
from . import calanques_markup as m

PACA = ("93", "Provence-Alpes-Côte d'Azur")
OCCITANIE = ("76", "Occitanie")
CORSE = ("94", "Corse")


_BUILDERS = []  # one function per city, in INSEE order; each is cached so cities() and hosts() share the sites


def _register(builder):
    cached = functools.lru_cache(maxsize=None)(builder)
    _BUILDERS.append(cached)
    return cached


def cities():
    return sorted((build() for build in _BUILDERS), key=lambda city: city.insee_code)


def hosts():
    """Hosts answering more than their pages: the JSON API behind a poll drawn by a script (see Lisula-Marina)."""
    return dict(_SCRIPTED_HOSTS())


def _city(code, name, population, dep, region, sites, **kw):
    return City(code, name, population, dep, region[0], region[1], f"http://{sites[0].host}/", sites, **kw)


# =========================================================================== 99571 Cassolène (13)
# WordPress (Contact Form 7, YOP Poll, MailPoet, native comments) and CONSUL Democracy on participez.cassolene.fr.

CAS = "www.cassolene.fr"
CAS_P = "participez.cassolene.fr"
_CAS_NEWS = [
    ("/actualites/front-de-mer-a-vous-la-parole/", "Front de mer : à vous la parole", "3 juin 2024",
     "Promenade, ombre, fontaines : la Ville ouvre un appel à idées avant les premiers coups de pioche."),
    ("/actualites/ete-aux-aubettes/", "Un été tranquille aux Aubettes", "28 mai 2024",
     "Navettes, zones non-fumeurs, poste de secours rénové : ce qui change cette saison."),
    ("/actualites/plan-canicule-registre/", "Plan canicule : inscrivez vos proches", "21 mai 2024",
     "Le registre des personnes vulnérables est ouvert jusqu'au 15 septembre."),
    ("/actualites/aubettes-resultats-consultation/", "Plage des Aubettes : les résultats", "14 mai 2024",
     "Vous avez été 1 214 à répondre. Voici ce qui ressort de la consultation de l'hiver."),
    ("/actualites/metropole-budget-participatif/", "La Métropole lance son budget participatif", "6 mai 2024",
     "Une enveloppe métropolitaine pour des projets portés par des habitants des 92 communes."),
    ("/actualites/budget-primitif-2024/", "Budget 2024 : priorité à l'eau et à l'ombre", "12 avril 2024",
     "Le conseil municipal a adopté le budget primitif le 4 avril."),
]


def _cas_www():
    poll = m.yop_poll(4, "Faut-il étendre la zone non-fumeurs à toute la plage du Prado-Vieux ?",
                      ["Oui, sur toute la plage", "Oui, mais seulement près des postes de secours", "Non", "Je ne sais pas"],
                      "31 juillet 2024")
    home = page("/", "Accueil", m.with_sidebar(
        m.wp_blocks(
            "<p class=\"has-large-font-size\">Bienvenue à Cassolène, entre calanques et collines.</p>",
            "Eau, ombre, plages : la saison estivale se prépare avec vous. Retrouvez les démarches, l'agenda et les "
            "rendez-vous de la démocratie participative.")
        + m.tiles([("/plages/", "Plages et baignade"), ("/ma-ville/democratie-participative/", "Démocratie participative"),
                   (f"http://{CAS_P}/", "Cassolène Participe"), ("/contact/", "Contacter la mairie"),
                   ("/agenda/forum-emploi-saisonnier/", "Emploi saisonnier"), ("/lettre-d-information/", "Lettre d'information"),
                   ("/conseil-municipal/", "Conseil municipal"), ("/decouvrir/office-de-tourisme/", "Tourisme")])
        + m.teasers(_CAS_NEWS[:4]) + m.wp_button("/actualites/", "Toutes les actualités"),
        '<section id="yop_poll_widget-2" class="widget widget_yop_poll_widget"><h2 class="widget-title">La question du mois</h2>'
        + poll + '</section>'), {"poll"})

    democratie = page("/ma-ville/democratie-participative/", "Démocratie participative", m.wp_blocks(
        "Depuis 2021, Cassolène a fait le choix d'associer les habitants aux décisions qui touchent leur quotidien : "
        "aménagement du littoral, circulation estivale, ombre dans les cours d'école, gestion de l'eau.",
        "## Les comités d'intérêt de quartier",
        "Héritiers d'une longue tradition marseillaise et provençale, les neuf CIQ de la commune sont des associations "
        "d'habitants reconnues par la Ville. Ils sont consultés avant chaque projet d'aménagement de leur secteur et "
        "reçus deux fois par an par le maire.",
        m.wp_button("/ma-ville/democratie-participative/les-ciq/", "Découvrir les CIQ"),
        "## Cassolène Participe, la plateforme",
        "Propositions, débats, votations et budget participatif vert : tout se passe sur "
        f"<a href=\"http://{CAS_P}/\">participez.cassolene.fr</a>, notre plateforme de participation en ligne, "
        "ouverte à toute personne habitant, travaillant ou étudiant à Cassolène dès 16 ans.",
        "## Une charte pour fixer les règles",
        "Adoptée à l'unanimité, la <a href=\"/ma-ville/democratie-participative/charte/\">charte de la participation citoyenne</a> "
        "précise les engagements de la municipalité : répondre à chaque proposition ayant recueilli 500 soutiens, "
        "publier le bilan de chaque concertation, rendre compte des suites données.",
        m.infobox("Contact", "<p>Mission démocratie participative — 04 91 00 27 40 — "
                  + m.mailto("participation@cassolene.fr") + "</p>")),
        {"participation_displayed"}, parent=("Ma ville", "/ma-ville/democratie-participative/"))

    ciq_rows = [("CIQ des Aubettes", "Plage, port de plaisance, lotissement des Pins", "M. Roland Giraud"),
                ("CIQ Prado-Vieux", "Front de mer nord, avenue des Calanques", "Mme Odile Sauvaire"),
                ("CIQ du Vieux-Village", "Centre ancien, place de l'Horloge", "M. Jean-Baptiste Arnaud"),
                ("CIQ La Gavotte – Les Restanques", "Collines, chemin des Oliviers", "Mme Nadia Bensaïd"),
                ("CIQ Saint-Roch", "Gare, zone d'activités", "M. Pascal Imbert"),
                ("CIQ Les Bastides", "Quartiers résidentiels de l'ouest", "Mme Claire Ventre"),
                ("CIQ du Vallon-Sec", "Hameau, piste DFCI", "M. Henri Bonnefoy"),
                ("CIQ Font-Fraîche", "Groupe scolaire, complexe sportif", "Mme Inès Mouret"),
                ("CIQ de la Corniche", "Route de la Corniche, cabanons", "M. Louis Ferrand")]
    table = ("<figure class=\"wp-block-table\"><table><thead><tr><th>Comité</th><th>Secteur</th><th>Président(e)</th></tr></thead><tbody>"
             + "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in ciq_rows) + "</tbody></table></figure>")
    ciq = page("/ma-ville/democratie-participative/les-ciq/", "Les comités d'intérêt de quartier", m.wp_blocks(
        "Les comités d'intérêt de quartier (CIQ) rassemblent bénévolement les habitants d'un secteur pour défendre "
        "son cadre de vie. La Ville les associe aux projets qui les concernent : réunions de secteur, visites de "
        "chantier, avis écrits sur les aménagements.",
        "## Les neuf CIQ de Cassolène", table,
        "## Comment participer ?",
        "Chaque CIQ tient une assemblée générale annuelle ouverte à tous les habitants du secteur. Les dates sont "
        "publiées dans l'agenda municipal. Pour adhérer, adressez-vous directement au comité de votre quartier ; "
        "la mission démocratie participative peut vous mettre en relation.",
        "La confédération des CIQ siège au comité de suivi de la charte de la participation."),
        {"participation_displayed"}, parent=("Démocratie participative", "/ma-ville/democratie-participative/"))

    charte = page("/ma-ville/democratie-participative/charte/", "Charte de la participation citoyenne", m.wp_blocks(
        "La présente charte, adoptée par le conseil municipal du 30 septembre 2021, définit les principes de la "
        "participation des habitants à la vie publique locale.",
        "## Nos principes",
        m.ul("Transparence : les documents des projets soumis à concertation sont publiés en ligne.",
             "Sincérité : la Ville indique à l'avance ce qui est ouvert au débat et ce qui ne l'est pas.",
             "Redevabilité : un bilan public suit chaque consultation, avec les suites données.",
             "Inclusion : des permanences physiques accompagnent chaque démarche en ligne."),
        "## Les instances",
        "Comités d'intérêt de quartier, conseil municipal des jeunes, budget participatif vert et votations "
        "citoyennes constituent les outils de la participation à Cassolène.",
        "## Le seuil des 500 soutiens",
        "Toute proposition citoyenne déposée sur la plateforme et réunissant 500 soutiens en quatre mois reçoit une "
        "réponse écrite et motivée du maire, publiée sur la plateforme."),
        {"participation_displayed"}, parent=("Démocratie participative", "/ma-ville/democratie-participative/"))

    conseil = page("/conseil-municipal/", "Conseil municipal", m.wp_blocks(
        "Le conseil municipal se réunit en moyenne six fois par an à l'hôtel de ville, salle des Délibérations. "
        "Les séances sont publiques et retransmises en direct.",
        "## Prochaine séance : jeudi 27 juin 2024 à 18 h 30",
        "<p><strong>Ordre du jour (extrait)</strong></p>",
        m.ul("Approbation du procès-verbal de la séance du 4 avril 2024",
             "Compte administratif 2023 et affectation du résultat",
             "Tarifs des parcs de stationnement du littoral — saison 2024",
             "Convention avec le Service départemental d'incendie et de secours pour la surveillance des plages",
             "Subventions aux associations sportives",
             "Questions diverses"),
        m.docs(("https://www.calameo.com/read/0074120561a2b3c4d5e6f", "Ordre du jour complet", "210 Ko"),
               ("", "Procès-verbal du 4 avril 2024", "1,2 Mo"))),
        decoys={"participation_displayed"})  # the council's own agenda, not the participatory approach

    news_list = page("/actualites/", "Actualités", m.teasers(_CAS_NEWS, "Toutes les actualités"))

    front = page("/actualites/front-de-mer-a-vous-la-parole/", "Front de mer : à vous la parole", m.wp_post_meta("3 juin 2024", ("Actualités", "Aménagement"))
        + m.wp_blocks(
            "Les études de requalification du front de mer, entre le port des Aubettes et la pointe du Prado-Vieux, "
            "entrent dans leur dernière phase. Avant que les architectes ne figent le projet, la municipalité "
            "souhaite recueillir vos idées.",
            "## Qu'attendez-vous de votre promenade ?",
            "Plus d'ombre, des fontaines, des bancs tournés vers la mer, des jeux pour les enfants, des places pour "
            "les vélos ? <strong>Proposez vos idées</strong> jusqu'au 15 juillet : en commentaire sous cet article, "
            f"ou sur la plateforme <a href=\"http://{CAS_P}/proposals\">Cassolène Participe</a> où chaque idée peut "
            "recevoir le soutien des autres habitants.",
            "Les idées seront présentées lors d'une réunion publique à la rentrée, puis étudiées par l'équipe de "
            "maîtrise d'œuvre. Le CIQ Prado-Vieux et le CIQ des Aubettes seront associés à l'analyse.",
            m.figure("/wp-content/uploads/2024/06/front-de-mer-esquisse-1024x576.jpg", "Esquisse de principe, non contractuelle", "Esquisse du front de mer"))
        + m.wp_comments(1842, "Front de mer : à vous la parole", [
            ("Sylvie M.", "2024-06-03T19:12:00+02:00", "3 juin 2024 à 19 h 12 min",
             "Des arbres, des vrais, pas des palmiers qui ne font pas d'ombre ! Et des brumisateurs près des jeux."),
            ("Karim", "2024-06-04T08:40:00+02:00", "4 juin 2024 à 8 h 40 min",
             "Il faudrait une piste cyclable séparée des piétons, l'été c'est la jungle."),
            ("Gérard, CIQ des Aubettes", "2024-06-05T11:02:00+02:00", "5 juin 2024 à 11 h 02 min",
             "Pensez aux riverains : pas de terrasses jusqu'à 2 h du matin sous nos fenêtres.")]),
        {"comments", "suggestion_call"}, parent=("Actualités", "/actualites/"))

    aubettes = page("/actualites/aubettes-resultats-consultation/", "Plage des Aubettes : les résultats de la consultation",
        m.wp_post_meta("14 mai 2024", ("Actualités", "Plages"))
        + m.wp_blocks(
            "La consultation sur l'avenir de la plage des Aubettes s'est achevée le 31 mars. Vous avez été 1 214 à "
            "répondre au questionnaire en ligne et une centaine à participer aux deux ateliers en mairie annexe.",
            "## Ce que vous avez dit",
            m.ul("71 % souhaitent une plage sans tabac sur toute sa longueur ;",
                 "64 % demandent davantage d'ombre naturelle, plutôt que des parasols en location ;",
                 "58 % sont favorables à une navette depuis le parking relais de Saint-Roch ;",
                 "la propreté des sanitaires arrive en tête des remarques libres."),
            "## Ce qui change dès cet été",
            "La plage devient entièrement non-fumeurs, vingt tamaris seront plantés à l'automne et la navette "
            "gratuite circulera du 1er juillet au 31 août. Le questionnaire est désormais clos ; merci à toutes et à tous.",
            m.docs(("https://www.calameo.com/read/0074120569f8e7d6c5b4a", "Bilan complet de la consultation", "2,4 Mo")))
        + m.wp_comments(1799, "Plage des Aubettes : les résultats de la consultation", [], open_=False),
        {"participation_displayed"}, decoys={"poll", "comments"},  # results of a closed questionnaire; comments closed, none posted
        parent=("Actualités", "/actualites/"))

    canicule = page("/actualites/plan-canicule-registre/", "Plan canicule : inscrivez vos proches sur le registre",
        m.wp_post_meta("21 mai 2024", ("Actualités", "Solidarités"))
        + m.wp_blocks(
            "Comme chaque été, le centre communal d'action sociale (CCAS) tient un registre nominatif des personnes "
            "âgées, isolées ou en situation de handicap. En cas de déclenchement du plan canicule par le préfet, "
            "les agents les appellent chaque jour et organisent, si besoin, une visite à domicile.",
            "L'inscription est gratuite et confidentielle. Elle peut être faite par la personne elle-même, par un "
            "proche ou par un professionnel de santé.",
            "## Formulaire d'inscription au registre",
            m.cf7("/actualites/plan-canicule-registre/", 233, 1811, [
                ("text", "nom-beneficiaire", "Nom et prénom de la personne à inscrire", True),
                ("text", "adresse", "Adresse", True), ("tel", "telephone", "Téléphone", True),
                ("text", "contact-urgence", "Personne à prévenir (nom et téléphone)", False),
                ("select:Personne âgée de 65 ans et plus|Personne en situation de handicap|Personne isolée", "situation", "Situation", True),
                ("acceptance", "rgpd", "J'accepte que ces données soient utilisées par le CCAS dans le cadre du plan canicule.", True)],
                submit="Inscrire", label="Inscription au registre canicule"),
            "## Les bons réflexes",
            m.ul("Buvez de l'eau régulièrement, sans attendre d'avoir soif ;",
                 "fermez volets et fenêtres la journée, aérez la nuit ;",
                 "passez quelques heures dans un lieu frais : la médiathèque et la salle des Fêtes sont climatisées."))
        + m.share_links(f"http://{CAS}/actualites/plan-canicule-registre/", "Plan canicule"),
        decoys={"contact_form", "petition"},  # a registration form (no message field); a "registre" that is not a petition
        parent=("Actualités", "/actualites/"))

    primitif = page("/actualites/budget-primitif-2024/", "Budget 2024 : priorité à l'eau et à l'ombre",
        m.wp_post_meta("12 avril 2024", ("Actualités", "Finances"))
        + m.wp_blocks(
            "Le conseil municipal a adopté le 4 avril le budget primitif 2024, qui s'élève à 68,4 millions d'euros, "
            "dont 17,2 millions d'investissement. Les taux d'imposition restent inchangés pour la huitième année.",
            "## Les principaux investissements",
            m.ul("Réseau d'eau potable : renouvellement de 3,5 km de canalisations (2,1 M€) ;",
                 "cours d'écoles « oasis » : désimperméabilisation et plantations à Font-Fraîche et aux Restanques (1,4 M€) ;",
                 "ombrières photovoltaïques sur le parking du Prado-Vieux (900 000 €) ;",
                 "études du front de mer (350 000 €)."),
            "La section de fonctionnement intègre la hausse du coût de l'énergie et le recrutement de douze "
            "sauveteurs saisonniers supplémentaires.",
            m.docs(("https://www.calameo.com/read/00741205633a4b5c6d7e8", "Budget primitif 2024", "3,8 Mo"),
                   ("", "Rapport d'orientations budgétaires", "1,9 Mo"))),
        decoys={"participatory_budget"}, parent=("Actualités", "/actualites/"))

    metro = page("/actualites/metropole-budget-participatif/", "La Métropole lance son budget participatif",
        m.wp_post_meta("6 mai 2024", ("Actualités", "Intercommunalité"))
        + m.wp_blocks(
            "La Métropole Littoral-Provence consacre cette année 5 millions d'euros à un budget participatif "
            "métropolitain. Associations et collectifs d'habitants des 92 communes peuvent y déposer des projets "
            "d'intérêt intercommunal : mobilités douces, sentiers littoraux, protection des herbiers de posidonie.",
            "Le dépôt et le vote se font exclusivement sur la plateforme Decidim de la Métropole. La Ville de "
            "Cassolène n'est pas organisatrice de ce dispositif et ne peut pas répondre aux questions des porteurs "
            "de projets ; renseignez-vous auprès des services métropolitains.",
            "<p>" + m.ext("https://participer.metropole-littoral-provence.fr/", "Site de la Métropole Littoral-Provence") + "</p>",
            "À ne pas confondre avec le budget participatif vert de la Ville, dont la prochaine édition sera lancée à l'automne."),
        decoys={"participatory_budget", "participatory_platform"},  # the métropole's budget and platform, only described here
        parent=("Actualités", "/actualites/"))

    ete = page("/actualites/ete-aux-aubettes/", "Un été tranquille aux Aubettes", m.wp_post_meta("28 mai 2024", ("Actualités", "Plages"))
        + m.wp_blocks(
            "La saison balnéaire ouvrira officiellement le samedi 15 juin. Comme chaque année, les services "
            "municipaux ont profité du printemps pour préparer les cinq plages de la commune.",
            "## Un poste de secours rénové",
            "Le poste de secours des Aubettes a été entièrement reconstruit : plus grand, accessible aux personnes "
            "à mobilité réduite, il accueillera les sauveteurs de 10 h à 19 h tous les jours jusqu'au 1er septembre.",
            "## Des navettes gratuites",
            "Une navette électrique relie toutes les vingt minutes le parking relais de Saint-Roch aux plages. "
            "L'idée avait été évoquée lors d'une réunion du CIQ des Aubettes, et reprise dans la consultation de "
            "l'hiver dernier.",
            "## Plage sans tabac",
            "Cendriers de poche distribués au poste de secours, panneaux bilingues français-provençal "
            "(« Plaja sensa tabat ») : la plage des Aubettes devient entièrement non-fumeurs.",
            "## Qualité des eaux",
            "L'Agence régionale de santé effectue des prélèvements hebdomadaires. Les résultats sont affichés au "
            "poste de secours et publiés sur le site du ministère de la Santé.")
        + m.share_links(f"http://{CAS}/actualites/ete-aux-aubettes/", "Un été tranquille aux Aubettes"),
        decoys={"participation_displayed"},  # CIQ and consultation mentioned in passing in a news item
        parent=("Actualités", "/actualites/"))

    plages = page("/plages/", "Plages et baignade", m.wp_blocks(
        "Cinq plages surveillées, trois criques accessibles à pied par le sentier du littoral : Cassolène vit au "
        "rythme de la mer de juin à septembre.",
        "## Les plages surveillées",
        m.ul("Les Aubettes — sable fin, poste de secours, accessible PMR ;", "Prado-Vieux — galets, zone de baignade balisée ;",
             "La Corniche — petite plage familiale ;", "Le Grand-Ourlet — sable, location de kayaks ;", "Anse des Pêcheurs — criques et rochers."),
        "## Stationnement et navettes",
        "Les parkings du littoral sont payants de 9 h à 20 h en juillet et en août. Les résidents peuvent demander "
        "un <a href=\"/plages/macaron-resident/\">macaron résident</a>.",
        "## La Ville recrute",
        "Vous êtes titulaire du BNSSA ? <a href=\"/plages/recrutement-sauveteurs/\">Rejoignez les sauveteurs de la Ville</a>.",
        "<p>Découvrir la commune : <a href=\"/decouvrir/office-de-tourisme/\">office de tourisme</a>.</p>"))

    recrut = page("/plages/recrutement-sauveteurs/", "Saison 2024 : la Ville recrute des sauveteurs aquatiques", m.wp_blocks(
        "Appel à candidatures : la Ville de Cassolène recrute 24 surveillants de baignade pour la saison "
        "estivale, du 15 juin au 1er septembre 2024.",
        "## Profil",
        m.ul("Titulaire du BNSSA à jour de sa révision (ou du diplôme de MNS) ;", "PSE1 à jour de la formation continue ;",
             "sens du service public, bonne condition physique."),
        "## Conditions",
        "Contrat saisonnier de catégorie C, 35 heures hebdomadaires, logement possible au centre de vacances "
        "municipal. Les candidatures (CV et lettre de motivation) sont à déposer sur la plateforme de recrutement "
        "des collectivités :",
        "<p>" + m.ext("https://www.emploi-territorial.fr/", "Consulter l'offre sur emploi-territorial.fr") + "</p>",
        "Date limite : 30 avril 2024. Les entretiens auront lieu au poste de secours des Aubettes."),
        decoys={"suggestion_call"}, parent=("Plages et baignade", "/plages/"))  # a call for job applications

    macaron = page("/plages/macaron-resident/", "Demande de macaron résident", m.wp_blocks(
        "Les Cassolénais peuvent stationner gratuitement sur les parkings du littoral, dans la limite d'un macaron "
        "par foyer fiscal. La demande se fait en ligne ; le macaron est à retirer à l'accueil de la police municipale.",
        m.cf7("/plages/macaron-resident/", 241, 1204, [
            ("text", "nom", "Nom et prénom", True), ("text", "adresse", "Adresse à Cassolène", True),
            ("email", "courriel", "Adresse e-mail", True), ("text", "immatriculation", "Immatriculation du véhicule", True),
            ("select:Résidence principale|Résidence secondaire", "residence", "Type de résidence", True),
            ("acceptance", "justificatifs", "Je présenterai un justificatif de domicile et la carte grise au retrait.", True)],
            submit="Envoyer ma demande", label="Demande de macaron")),
        decoys={"contact_form"}, parent=("Plages et baignade", "/plages/"))  # an application for a parking permit, no message field

    ot = page("/decouvrir/office-de-tourisme/", "Office de tourisme", m.wp_blocks(
        "L'office de tourisme intercommunal vous accueille sur le port des Aubettes, tous les jours en saison de "
        "9 h à 19 h. Visites des calanques en bateau, randonnées dans le massif, dégustations au domaine de la Gavotte.",
        "Suivez l'office de tourisme sur Instagram : "
        + m.ext("https://www.instagram.com/cassolene_tourisme/", "@cassolene_tourisme"),
        "## Ce que les visiteurs en disent",
        m.tripadvisor(417, 2048213)), decoys={"comments"})  # visitors' reviews on TripAdvisor

    forum_emploi = page("/agenda/forum-emploi-saisonnier/", "Forum de l'emploi saisonnier", m.wp_blocks(
        "<p class=\"event-date\"><strong>Mercredi 20 mars 2024, de 9 h à 13 h — salle des Fêtes</strong></p>",
        "Restaurants de plage, campings, clubs nautiques, centres de loisirs : une cinquantaine d'employeurs du "
        "littoral recrutent pour la saison. Venez avec plusieurs CV ; des ateliers de préparation aux entretiens "
        "sont proposés par la Mission locale.",
        "Entrée libre. Navette gratuite depuis la gare de Saint-Roch."), decoys={"forum"})

    contact = page("/contact/", "Contacter la mairie", m.wp_blocks(
        "Hôtel de ville — place de la Libération — 13719 Cassolène. Accueil du lundi au vendredi, de 8 h 30 à 12 h "
        "et de 13 h 30 à 17 h. Standard : 04 91 00 27 00.",
        "Pour toute question, utilisez le formulaire ci-dessous : votre message sera transmis au service concerné.",
        m.cf7("/contact/", 12, 85, [
            ("text", "your-name", "Votre nom", True), ("email", "your-email", "Votre adresse e-mail", True),
            ("select:Accueil – état civil|Urbanisme|Plages et littoral|Voirie – propreté|Autre", "service", "Service concerné", False),
            ("text", "your-subject", "Objet", True), ("textarea", "your-message", "Votre message", True),
            ("acceptance", "rgpd", "J'accepte que mes données soient traitées pour répondre à ma demande.", True)])),
        {"contact_form"}, decoys={"suggestion_call"})

    lettre = page("/lettre-d-information/", "Lettre d'information", m.wp_blocks(
        "Chaque premier vendredi du mois, recevez l'essentiel de l'actualité municipale : travaux, événements, "
        "démarches, alertes météo.", m.mailpoet(3)), decoys={"contact_form"})

    pages = [home, democratie, ciq, charte, conseil, news_list, front, aubettes, canicule, primitif, metro, ete,
             plages, recrut, macaron, ot, forum_emploi, contact, lettre]
    return Site(CAS, "wordpress", "Ville de Cassolène", pages,
                menu=[("Accueil", "/"), ("Ma ville", "/ma-ville/democratie-participative/"), ("Plages", "/plages/"),
                      ("Actualités", "/actualites/"), ("Participez", f"http://{CAS_P}/"), ("Contact", "/contact/")],
                accounts=[social("facebook", "VilleDeCassolene", "https://fr-fr.facebook.com/VilleDeCassolene/"),
                          social("instagram", "villedecassolene"),
                          social("x", "Cassolene13", "https://twitter.com/Cassolene13"),
                          social("youtube", "VilleDeCassolene")],
                address="Hôtel de ville, place de la Libération, 13719 Cassolène")


def _cas_consul():
    home = page("/", "Cassolène Participe", (
        '<div class="jumbo highlight"><div class="row"><div class="small-12 column">'
        "<p class=\"lead\">Proposez, débattez, votez : la plateforme de participation de la Ville de Cassolène.</p></div></div></div>"
        + m.p("Chaque habitant de 16 ans et plus peut déposer une proposition, ouvrir un débat, soutenir les projets "
              "du budget participatif vert et participer aux votations citoyennes. Les comités d'intérêt de quartier "
              "relaient les démarches auprès de ceux qui ne sont pas à l'aise avec le numérique.")
        + '<div class="row"><div class="small-12 medium-6 column"><h2>En ce moment</h2>'
        + m.ul('<a href="/budgets/2">Budget participatif vert 2024 : phase de soutien jusqu\'au 30 juin</a>',
               '<a href="/polls/ombrieres-parkings-plages">Votation : des ombrières sur les parkings des plages ?</a>',
               '<a href="/proposals">Propositions citoyennes : 38 propositions en cours</a>',
               '<a href="/debates">Débats : la circulation estivale sur la Corniche</a>')
        + '</div><div class="small-12 medium-6 column"><h2>Comment ça marche ?</h2>'
        + m.p("Une proposition qui atteint 500 soutiens reçoit une réponse écrite du maire. Les projets du budget "
              "participatif les plus soutenus sont étudiés par les services, puis soumis au vote final en septembre.")
        + '<p><a href="/polls">Voir toutes les votations</a></p></div></div>'),
        {"participation_displayed"})

    budget = page("/budgets/2", "Budget participatif vert 2024", (
        '<div class="budget-header"><div class="row"><div class="small-12 column">'
        '<p class="budget-phase">Phase en cours : <strong>soutien des projets</strong> (du 15 mai au 30 juin 2024)</p>'
        '<p class="budget-total">Budget : <strong>400 000 €</strong></p></div></div></div>'
        + m.p("Pour sa troisième édition, le budget participatif de Cassolène est entièrement consacré à l'adaptation "
              "au changement climatique : ombre, fraîcheur, eau, biodiversité. 400 000 € d'investissement sont "
              "réservés aux projets proposés et choisis par les habitants.",
              "<h2>Le calendrier</h2>",
              m.ul("Janvier – mars : dépôt des idées (112 projets déposés) ;",
                   "avril – mai : analyse de faisabilité par les services ;",
                   "15 mai – 30 juin : soutien des projets recevables ;",
                   "septembre : vote final, un projet par quartier au minimum ;",
                   "2025 : réalisation."),
              "<p><a class=\"button expanded\" href=\"/budgets/2/investments\">Voir les projets et les soutenir</a></p>")),
        {"participatory_budget"}, parent=("Budget participatif", "/budgets/2"))

    investments = [
        (48, "ombre", "Des voiles d'ombrage sur l'aire de jeux du Prado-Vieux", "Prado-Vieux", 231, 6,
         "Installer des voiles tendues au-dessus des jeux d'enfants, aujourd'hui inutilisables entre 11 h et 17 h."),
        (53, "fontaines", "Trois fontaines à boire sur la promenade", "Les Aubettes", 187, 4,
         "Des points d'eau potable gratuits le long de la promenade, reliés au réseau et non à des bouteilles."),
        (61, "verger", "Un verger partagé aux Restanques", "La Gavotte – Les Restanques", 142, 2,
         "Planter oliviers, figuiers et amandiers sur la friche communale, entretenus avec l'école voisine."),
        (66, "citernes", "Récupérer l'eau de pluie des écoles", "Font-Fraîche", 98, 1,
         "Des cuves enterrées pour arroser les jardins pédagogiques pendant les restrictions d'eau."),
        (72, "posidonie", "Sentier sous-marin de la Corniche", "La Corniche", 76, 3,
         "Des bouées et des panneaux immergés pour découvrir les herbiers de posidonie sans les abîmer."),
    ]
    listing = page("/budgets/2/investments", "Budget participatif vert 2024 : les projets",
        m.consul_investments(2, "Projets recevables — 400 000 €", investments),
        {"participatory_budget"}, parent=("Budget participatif vert 2024", "/budgets/2"))

    def investment(iid, title, district, supports, body, comments):
        return page(f"/budgets/2/investments/{iid}", title, (
            f'<div class="budget-investment-show" id="budget_investment_{iid}"><div class="row"><div class="small-12 medium-9 column">'
            f'<p class="investment-project-info">Quartier : <strong>{district}</strong> &bull; Coût estimé par les services : voir la fiche</p>'
            f'<div class="investment-project-description">{body}</div></div>'
            f'<aside class="small-12 medium-3 column"><div class="sidebar-divider"></div><h2>Soutiens</h2>'
            f'<div class="supports js-participation"><span class="total-supports">{supports} soutiens</span>'
            f'<div class="callout primary">Vous devez <a href="/users/sign_in">vous connecter</a> pour soutenir ce projet.</div></div></aside></div></div>'
            + m.consul_comments(f"budget_investment_{iid}", comments)),
            {"participatory_budget", "comments"}, parent=("Les projets", "/budgets/2/investments"))

    inv48 = investment(48, "Des voiles d'ombrage sur l'aire de jeux du Prado-Vieux", "Prado-Vieux", 231, m.p(
        "L'aire de jeux du Prado-Vieux est la seule du front de mer. En été, les toboggans atteignent 60 °C et "
        "les familles renoncent à venir l'après-midi.",
        "Nous proposons quatre voiles d'ombrage démontables, posées de mai à octobre, et la plantation de deux "
        "micocouliers pour le long terme.",
        "<p><strong>Avis des services :</strong> recevable. Coût estimé : 48 000 €.</p>"), [
        ("Marion_13", "16/05/2024", "Enfin ! Mes enfants ne peuvent plus y aller après 11 h."),
        ("CIQ Prado-Vieux", "18/05/2024", "Le CIQ soutient ce projet, demandé depuis trois ans lors de nos assemblées."),
        ("jlb", "20/05/2024", "Attention au mistral : il faut des voiles qui se démontent facilement.")])
    inv53 = investment(53, "Trois fontaines à boire sur la promenade", "Les Aubettes", 187, m.p(
        "Une bouteille d'eau coûte 2,50 € sur la plage. Trois fontaines publiques, avec un robinet pour remplir "
        "les gourdes et une gamelle pour les chiens, réduiraient les déchets plastiques.",
        "<p><strong>Avis des services :</strong> recevable. Coût estimé : 36 000 € (raccordement compris).</p>"), [
        ("Anaïs P.", "21/05/2024", "Et l'hiver ? Il faudra prévoir de les couper pour le gel, c'est rare ici mais ça arrive."),
        ("Robert", "22/05/2024", "Très bonne idée, avec de l'eau vraiment fraîche si possible.")])

    inv61 = investment(61, "Un verger partagé aux Restanques", "La Gavotte – Les Restanques", 142, m.p(
        "La friche communale du chemin des Oliviers, 2 000 m² en restanques, pourrait accueillir un verger "
        "méditerranéen : oliviers, figuiers, amandiers, grenadiers, arrosés au goutte-à-goutte.",
        "Les élèves de l'école des Restanques en assureraient une partie de l'entretien avec une association de quartier.",
        "<p><strong>Avis des services :</strong> recevable sous réserve de l'étude de sol. Coût estimé : 27 000 €.</p>"), [
        ("Nadia B.", "17/05/2024", "Le CIQ est partant pour organiser les journées de plantation.")])
    inv66 = investment(66, "Récupérer l'eau de pluie des écoles", "Font-Fraîche", 98, m.p(
        "Pendant les arrêtés sécheresse, les jardins pédagogiques des écoles ne peuvent plus être arrosés. Des "
        "cuves de 10 m³ enterrées sous les cours récupéreraient l'eau des toitures.",
        "<p><strong>Avis des services :</strong> recevable. Coût estimé : 64 000 € pour deux écoles.</p>"), [
        ("Parents d'élèves FCPE Font-Fraîche", "23/05/2024", "Nous soutenons : le jardin de l'école a séché deux étés de suite.")])
    inv72 = investment(72, "Sentier sous-marin de la Corniche", "La Corniche", 76, m.p(
        "Un parcours balisé de 300 mètres, avec des panneaux immergés, pour découvrir en palmes-masque-tuba la "
        "posidonie, les saupes et les oursins sans piétiner les herbiers.",
        "<p><strong>Avis des services :</strong> recevable, en lien avec le Parc marin. Coût estimé : 22 000 €.</p>"), [
        ("Plongeur du dimanche", "24/05/2024", "Il faudrait aussi interdire le mouillage des bateaux sur la zone."),
        ("Maëlle", "25/05/2024", "Super pour les centres aérés !"),
        ("Louis F.", "27/05/2024", "Le CIQ de la Corniche a déjà fait la demande au Parc marin en 2022.")])

    proposals = page("/proposals", "Propositions citoyennes", (
        m.p("Vous avez une idée pour Cassolène ? Déposez-la ici. Si elle réunit 500 soutiens en quatre mois, "
            "le maire s'engage à y répondre publiquement et, si elle est retenue, à l'inscrire au budget.")
        + '<div class="callout primary">Vous devez <a href="/users/sign_in">vous connecter</a> pour créer une proposition.</div>'
        + m.consul_proposals([
            (117, "des-fontaines-sur-la-promenade", "Des brumisateurs et de l'ombre sur la promenade", "Sylvie M.", "12/04/2024", 342, 9,
             "Pendant les canicules, la promenade est un four. Des pergolas végétalisées et des brumisateurs aux arrêts de navette."),
            (121, "parking-velo-plages", "Des arceaux vélos sécurisés près de chaque plage", "Karim B.", "29/04/2024", 128, 3,
             "Il n'y a presque aucun endroit pour attacher un vélo près des plages, alors que les parkings sont saturés."),
            (124, "nuit-des-etoiles", "Éteindre l'éclairage public de la Corniche après minuit", "Élodie", "07/05/2024", 61, 5,
             "Pour les économies d'énergie, pour les tortues marines qui viennent pondre, et pour voir les étoiles.")], 500)),
        {"suggestion_call"}, parent=("Propositions", "/proposals"))

    prop117 = page("/proposals/117-des-fontaines-sur-la-promenade", "Des brumisateurs et de l'ombre sur la promenade", (
        '<div class="proposal-show"><div id="proposal_117" class="row"><div class="small-12 medium-9 column">'
        '<p class="proposal-info"><span class="author">Sylvie M.</span><span class="bullet">&nbsp;&bull;&nbsp;</span>12/04/2024'
        '<span class="bullet">&nbsp;&bull;&nbsp;</span><span>Quartier : Prado-Vieux</span></p>'
        + m.p("Pendant les canicules de juillet et d'août, il fait plus de 40 °C au soleil sur la promenade. Les "
              "personnes âgées ne peuvent plus aller jusqu'à la mer, et les familles attendent la navette en plein soleil.",
              "Je propose des pergolas végétalisées (glycine, vigne, bougainvillier) à chaque arrêt de navette, et des "
              "brumisateurs à déclenchement manuel pour limiter la consommation d'eau.")
        + '</div><aside class="small-12 medium-3 column"><div class="supports text-center"><div class="progress small-12 round">'
        '<span class="meter" style="width: 68%"></span><span class="percentage">342/500</span></div>'
        '<span class="total-supports"><strong>342 soutiens</strong></span>'
        '<div class="callout primary">Vous devez <a href="/users/sign_in">vous connecter</a> pour soutenir cette proposition.</div></div></aside></div></div>'
        + m.consul_comments("proposal_117", [
            ("Gérard", "13/04/2024", "Les brumisateurs, c'est de l'eau gaspillée pendant les restrictions, non ?"),
            ("Sylvie M.", "13/04/2024", "C'est pour cela que je propose un déclenchement manuel, avec un débit très faible."),
            ("Mairie de Cassolène", "02/05/2024", "Merci pour cette proposition. Les services étudient les pergolas dans le cadre du projet de front de mer.")], 9)),
        {"comments"}, parent=("Propositions", "/proposals"))

    def proposal(pid, slug, title, who, date, supports, text, comments, ncom):
        width = max(1, round(100 * supports / 500))
        return page(f"/proposals/{pid}-{slug}", title, (
            f'<div class="proposal-show"><div id="proposal_{pid}" class="row"><div class="small-12 medium-9 column">'
            f'<p class="proposal-info"><span class="author">{who}</span><span class="bullet">&nbsp;&bull;&nbsp;</span>{date}</p>'
            + m.p(*text) + '</div><aside class="small-12 medium-3 column"><div class="supports text-center"><div class="progress small-12 round">'
            f'<span class="meter" style="width: {width}%"></span><span class="percentage">{supports}/500</span></div>'
            f'<span class="total-supports"><strong>{supports} soutiens</strong></span>'
            '<div class="callout primary">Vous devez <a href="/users/sign_in">vous connecter</a> pour soutenir cette proposition.</div></div></aside></div></div>'
            + m.consul_comments(f"proposal_{pid}", comments, ncom)),
            {"comments"}, parent=("Propositions", "/proposals"))

    prop121 = proposal(121, "parking-velo-plages", "Des arceaux vélos sécurisés près de chaque plage", "Karim B.", "29/04/2024", 128, (
        "Venir à la plage à vélo, c'est moins de voitures sur la Corniche. Encore faut-il pouvoir l'attacher : il "
        "n'y a que six arceaux pour toute la plage des Aubettes.",
        "Je propose une trentaine d'arceaux par plage, à l'ombre des pins, et un abri fermé au parking relais."), [
        ("Théo", "30/04/2024", "Oui, et des arceaux pour les vélos cargos aussi."),
        ("Hélène", "02/05/2024", "À condition de ne pas les mettre sur le trottoir déjà étroit de l'avenue.")], 3)
    prop124 = proposal(124, "nuit-des-etoiles", "Éteindre l'éclairage public de la Corniche après minuit", "Élodie", "07/05/2024", 61, (
        "La route de la Corniche est éclairée toute la nuit, alors qu'elle est déserte après minuit hors saison.",
        "Une extinction de minuit à 5 h ferait des économies, protégerait la faune du littoral et nous rendrait le ciel étoilé."), [
        ("Pascal I.", "08/05/2024", "Attention à la sécurité des piétons qui rentrent tard du port."),
        ("Élodie", "08/05/2024", "On peut garder l'éclairage des passages piétons avec des détecteurs.")], 5)

    debates = page("/debates", "Débats", (
        m.p("Un sujet vous tient à cœur ? Ouvrez un débat et échangez avec les autres habitants. Les débats ne sont "
            "pas des votes : ils servent à confronter les points de vue.")
        + '<div class="callout primary">Vous devez <a href="/users/sign_in">vous connecter</a> pour ouvrir un débat.</div>'
        + m.consul_debates([
            (8, "circulation-corniche-ete", "Fermer la Corniche aux voitures le dimanche en été ?", "Louis F.", "02/05/2024", 23,
             "Les cyclistes et les piétons la réclament, les commerçants de l'Anse des Pêcheurs s'inquiètent."),
            (11, "jets-skis", "Jets-skis : faut-il une zone réservée au large des Aubettes ?", "Nadine", "19/05/2024", 14,
             "Le bruit et les dangers pour les baigneurs reviennent chaque été."),
            (5, "feux-artifice", "Le feu d'artifice du 14 juillet, au port ou sur la plage ?", "Pascal I.", "11/03/2024", 31,
             "L'an dernier la foule était impossible à gérer sur le port.")])),
        # residents open the threads and answer each other: a discussion board inside the platform
        {"forum"}, parent=("Débats", "/debates"))

    debate8 = page("/debates/8-circulation-corniche-ete", "Fermer la Corniche aux voitures le dimanche en été ?", (
        '<div class="debate-show"><div id="debate_8" class="row"><div class="small-12 column">'
        '<p class="debate-info"><span class="author">Louis F.</span><span class="bullet">&nbsp;&bull;&nbsp;</span>02/05/2024</p>'
        + m.p("Chaque dimanche d'été, la route de la Corniche est saturée dès 10 h. Et si on la réservait aux "
              "piétons, aux vélos et à la navette, de 9 h à 19 h, comme le font d'autres villes du littoral ?")
        + "</div></div></div>"
        + m.consul_comments("debate_8", [
            ("Martine, Anse des Pêcheurs", "03/05/2024", "Sans voitures, mon restaurant perd la moitié de ses clients du midi."),
            ("Théo", "03/05/2024", "Avec une navette toutes les 10 minutes, les clients viendront quand même, et plus détendus."),
            ("Louis F.", "04/05/2024", "On pourrait tester sur deux dimanches et faire le bilan avec le CIQ."),
            ("Hélène", "06/05/2024", "Pensez aux riverains âgés qui doivent pouvoir sortir leur voiture.")], 23)),
        {"forum", "comments"}, parent=("Débats", "/debates"))

    def debate(did, slug, title, who, date, text, comments, ncom):
        return page(f"/debates/{did}-{slug}", title, (
            f'<div class="debate-show"><div id="debate_{did}" class="row"><div class="small-12 column">'
            f'<p class="debate-info"><span class="author">{who}</span><span class="bullet">&nbsp;&bull;&nbsp;</span>{date}</p>'
            + m.p(text) + "</div></div></div>" + m.consul_comments(f"debate_{did}", comments, ncom)),
            {"forum", "comments"}, parent=("Débats", "/debates"))

    debate11 = debate(11, "jets-skis", "Jets-skis : faut-il une zone réservée au large des Aubettes ?", "Nadine", "19/05/2024",
        "Chaque été, les jets-skis passent à quelques mètres des baigneurs. La bande des 300 mètres n'est pas respectée. "
        "Faut-il un chenal et une zone dédiée, ou une interdiction pure et simple ?", [
            ("Yannick", "19/05/2024", "Une zone dédiée au large, avec un chenal balisé, comme à la plage voisine."),
            ("Nadine", "20/05/2024", "Encore faut-il des contrôles : la police municipale n'a pas de bateau."),
            ("Capitaine du port", "21/05/2024", "La gendarmerie maritime patrouille deux fois par semaine en juillet.")], 14)
    debate5 = debate(5, "feux-artifice", "Le feu d'artifice du 14 juillet, au port ou sur la plage ?", "Pascal I.", "11/03/2024",
        "L'an dernier, 15 000 personnes se sont entassées sur les quais du port. Tirer le feu depuis une barge au large des "
        "Aubettes permettrait de répartir le public sur toute la plage.", [
            ("Claire V.", "12/03/2024", "Sur la plage, c'est surtout le retour qui posera problème : une seule route."),
            ("Jo", "12/03/2024", "Pourquoi pas un spectacle de drones, sans risque d'incendie dans les collines ?"),
            ("Pascal I.", "14/03/2024", "Les drones, c'est une bonne idée avec le risque feux de forêt de l'été.")], 31)

    polls = page("/polls", "Votations", (
        m.p("Les votations permettent aux habitants de trancher une question précise posée par la municipalité. "
            "Le résultat est consultatif, mais le maire s'est engagé à le suivre au-delà de 1 000 participants.")
        + '<div class="polls-list"><h2>Votations en cours</h2>'
        + '<div class="poll"><h3><a href="/polls/ombrieres-parkings-plages">Des ombrières photovoltaïques sur les parkings des plages ?</a></h3>'
        + '<p class="dates">Du 1er au 30 juin 2024</p><a class="button" href="/polls/ombrieres-parkings-plages">Participer à cette votation</a></div>'
        + '<h2>Votations terminées</h2><div class="poll poll-expired"><h3><a href="/polls/horaires-plages-surveillees-2023">'
        + 'Les horaires de surveillance des plages</a></h3><p class="dates">Du 1er au 31 mars 2023</p></div></div>'),
        {"poll"}, parent=("Votations", "/polls"))

    poll_open = page("/polls/ombrieres-parkings-plages", "Des ombrières photovoltaïques sur les parkings des plages ?", (
        m.p("Les parkings du Prado-Vieux et des Aubettes pourraient être couverts d'ombrières équipées de panneaux "
            "solaires : ombre pour les véhicules, électricité pour l'éclairage public. En contrepartie, une dizaine "
            "de pins parasols devraient être abattus et remplacés ailleurs.")
        + m.consul_poll(12, "Êtes-vous favorable à l'installation d'ombrières photovoltaïques sur les parkings des plages ?",
                        ["Oui, sur les deux parkings", "Oui, seulement au Prado-Vieux", "Non", "Vote blanc"],
                        "Votation ouverte du 1er au 30 juin 2024")),
        {"poll"}, parent=("Votations", "/polls"))

    poll_closed = page("/polls/horaires-plages-surveillees-2023", "Les horaires de surveillance des plages (terminée)", (
        m.p("Cette votation est terminée. Merci aux 1 386 participants.")
        + m.consul_poll_results("Quels horaires de surveillance préférez-vous pour l'été 2023 ?",
                                [("10 h – 19 h", 802, "57,9"), ("9 h – 18 h", 451, "32,5"), ("11 h – 20 h", 133, "9,6")], 1386)),
        decoys={"poll"}, parent=("Votations", "/polls"))  # results of a finished poll, nothing to answer

    pages = [home, budget, listing, inv48, inv53, inv61, inv66, inv72, proposals, prop117, prop121, prop124, debates, debate8,
             debate11, debate5, polls, poll_open, poll_closed]
    return Site(CAS_P, "consul", "Cassolène Participe", pages,
                menu=[("Accueil", "/"), ("Débats", "/debates"), ("Propositions", "/proposals"), ("Votations", "/polls"),
                      ("Budget participatif", "/budgets/2"), ("Site de la ville", f"http://{CAS}/")],
                features=frozenset({"participatory_platform"}), platforms=frozenset({"consul"}))


@_register
def cassolene():
    return _city("99571", "Cassolène", 47380, "13", PACA, [_cas_www(), _cas_consul()],
                 decoy_accounts=("https://www.instagram.com/cassolene_tourisme",))


# =========================================================================== 99572 Roquessol (83)
# Drupal 10 (Comment, Poll, Webform), Go Vocal on roquessol.govocal.com, Publik e-services on demarches.roquessol.fr.

ROQ = "www.roquessol.fr"
ROQ_GV = "roquessol.govocal.com"
ROQ_D = "demarches.roquessol.fr"
_ROQ_NEWS = [
    ("/actualites/ombre-dans-les-cours-d-ecole", "Des cours d'école plus vertes et plus fraîches", "4 juin 2024",
     "Les travaux de désimperméabilisation des écoles Jean-Moulin et des Oliviers débuteront le 8 juillet."),
    ("/actualites/secheresse-restrictions-eau", "Sécheresse : les restrictions d'eau renforcées", "29 mai 2024",
     "Le préfet a placé le bassin de l'Argens en alerte renforcée. Ce qui est interdit, ce qui reste possible."),
    ("/actualites/enquete-publique-ppri-riou-sec", "Enquête publique : le plan de prévention du risque inondation du Riou-Sec", "21 mai 2024",
     "L'enquête publique conduite par la préfecture se tient du 3 juin au 5 juillet."),
    ("/actualites/participation-citoyenne-gendarmerie", "Participation citoyenne : la commune signe le protocole", "14 mai 2024",
     "Quinze référents de quartier deviennent les relais de la gendarmerie."),
    ("/actualites/marche-nocturne-resultats-sondage", "Marchés nocturnes : vous avez choisi le jeudi", "2 mai 2024",
     "Résultats du sondage en ligne du printemps."),
    ("/actualites/operation-tranquillite-vacances", "Partez l'esprit tranquille", "25 avril 2024",
     "L'Opération tranquillité vacances fonctionne toute l'année ; inscription en ligne."),
]


def _roq_www():
    home = page("/", "Accueil", (
        m.paragraph("hero", "<div class=\"hero__text\"><p class=\"hero__title\">Roquessol, ville de Provence verte</p>"
                            "<p>Entre l'Argens et les Maures, une ville à vivre, à l'ombre des platanes.</p></div>")
        + m.paragraph("quick-links", m.tiles([("/vie-citoyenne", "Vie citoyenne"), ("/vie-citoyenne/budget-climat", "Budget climat"),
                                              (f"http://{ROQ_D}/", "Démarches en ligne"), ("/contact", "Nous contacter"),
                                              ("/agenda/forum-des-associations", "Forum des associations"),
                                              ("/agenda/festival-jazz-prix-du-public", "Jazz sous les platanes"),
                                              ("/finances/budget-primitif-2024", "Budget de la ville")], "En un clic", "quick-access"))
        + m.drupal_teasers(_ROQ_NEWS[:4])
        + '<p class="more-link"><a href="/actualites">Toutes les actualités</a></p>'))

    vie = page("/vie-citoyenne", "Vie citoyenne", (
        m.paragraph("text", m.p(
            "Une ville se construit avec celles et ceux qui l'habitent. À Roquessol, la démocratie locale prend "
            "plusieurs formes, pour que chacun puisse donner son avis, à son rythme et selon ses envies.",
            "<h2>Les conseils de quartier</h2>",
            "Six conseils de quartier, composés d'habitants volontaires et tirés au sort, donnent leur avis sur les "
            "projets de leur secteur et disposent d'une enveloppe de 15 000 € par an pour de petits aménagements. "
            "<a href=\"/vie-citoyenne/conseils-de-quartier\">En savoir plus sur les conseils de quartier</a>.",
            "<h2>Le budget climat</h2>",
            "300 000 € par an pour des projets d'habitants qui rafraîchissent la ville, économisent l'eau ou "
            "favorisent la biodiversité. <a href=\"/vie-citoyenne/budget-climat\">Tout savoir sur le budget climat</a>.",
            "<h2>Roquessol Participe</h2>",
            f"Questionnaires, appels à idées et votes se déroulent sur <a href=\"http://{ROQ_GV}/\">notre plateforme "
            "de participation</a>. Une borne est également disponible à l'accueil de la mairie et à la médiathèque."))
        + m.paragraph("contact-card", m.infobox("Service démocratie locale",
                                                "<p>04 94 00 61 20 — " + m.mailto("democratie.locale@roquessol.fr") + "</p>"))),
        {"participation_displayed"})

    cq_rows = [("Centre ancien", "1er jeudi du mois"), ("Les Platanes – La Gare", "2e mardi"), ("Saint-Pons", "2e jeudi"),
               ("Les Escarettes", "3e mardi"), ("La Bouïsse", "3e jeudi"), ("Les Hauts de Roquessol", "4e mardi")]
    cq = page("/vie-citoyenne/conseils-de-quartier", "Les conseils de quartier", m.paragraph("text", m.p(
        "Créés en 2015 et renouvelés en 2023, les six conseils de quartier réunissent chacun une vingtaine de "
        "membres : habitants volontaires, personnes tirées au sort sur les listes électorales, représentants des "
        "associations et des commerçants. Un élu référent assiste aux réunions sans y voter.",
        "<h2>Leur rôle</h2>",
        m.ul("Faire remonter les besoins et les difficultés du quartier ;",
             "donner un avis sur les projets municipaux qui les concernent ;",
             "proposer et suivre des projets financés par leur enveloppe annuelle ;",
             "organiser des balades urbaines et des moments de convivialité."),
        "<h2>Calendrier des réunions publiques</h2>",
        "<table class=\"table\"><thead><tr><th>Quartier</th><th>Réunion</th></tr></thead><tbody>"
        + "".join(f"<tr><td>{q}</td><td>{d}, 18 h 30</td></tr>" for q, d in cq_rows) + "</tbody></table>",
        "Les comptes rendus sont affichés en mairie et dans les maisons de quartier. Pour rejoindre un conseil, "
        "écrivez au service démocratie locale.")),
        {"participation_displayed"}, parent=("Vie citoyenne", "/vie-citoyenne"))

    bc = page("/vie-citoyenne/budget-climat", "Budget climat : 300 000 € pour vos projets", m.paragraph("text", m.p(
        "Le budget climat est un budget participatif : les habitants proposent des projets, la Ville vérifie leur "
        "faisabilité, puis tout le monde vote. Les projets lauréats sont réalisés par la commune l'année suivante.",
        "<h2>Qui peut participer ?</h2>",
        "Toute personne de plus de 11 ans habitant Roquessol, sans condition de nationalité. Les projets peuvent "
        "être portés individuellement, en famille, par un collectif ou une association.",
        "<h2>Quels projets ?</h2>",
        "Des investissements d'intérêt général, sur l'espace public ou dans un équipement municipal, coûtant au "
        "maximum 80 000 € : plantations, ombrières, récupération d'eau, nichoirs, fontaines…",
        "<h2>Édition 2024</h2>",
        "Le vote est ouvert jusqu'au 30 juin : 19 projets sont en lice. Chaque votant dispose d'un panier virtuel "
        "de 300 000 € à répartir entre les projets de son choix.",
        f"<p><a class=\"button button--primary\" href=\"http://{ROQ_GV}/fr-FR/projects/budget-climat-2024\">Je vote pour mes projets préférés</a></p>",
        "<h2>Les lauréats 2023</h2>",
        m.ul("Un îlot de fraîcheur au square Gambetta (62 000 €) ;", "des nichoirs à martinets sur les écoles (9 000 €) ;",
             "des récupérateurs d'eau pour les jardins familiaux (21 000 €) ;", "un verger conservatoire aux Escarettes (38 000 €)."))),
        {"participatory_budget"}, parent=("Vie citoyenne", "/vie-citoyenne"))

    news = page("/actualites", "Actualités", m.drupal_teasers(_ROQ_NEWS))

    ecoles = page("/actualites/ombre-dans-les-cours-d-ecole", "Des cours d'école plus vertes et plus fraîches", (
        m.paragraph("text", m.p(
            "<em>Publié le 4 juin 2024</em>",
            "Cet été, les cours des écoles Jean-Moulin et des Oliviers vont changer de visage. L'enrobé noir, qui "
            "dépassait 55 °C en juin dernier, laissera place à des sols perméables, à des massifs plantés et à une "
            "vingtaine d'arbres : micocouliers, tilleuls, chênes verts.",
            "Les enfants et les enseignants ont dessiné, au printemps, la cour de leurs rêves lors d'ateliers en "
            "classe ; les parents ont été invités à une réunion de présentation en avril. Les travaux, financés à "
            "80 % par l'Agence de l'eau et la Région, dureront jusqu'à la rentrée.",
            "<h2>Et les autres écoles ?</h2>",
            "Le groupe scolaire Saint-Pons suivra en 2025, puis l'école maternelle de la Bouïsse en 2026."))
        + m.drupal_comments(214, [
            ("Céline, maman d'élève", "mar 04/06/2024 - 20:14", "Enfin !",
             "Mes enfants rentraient épuisés les après-midi de juin. Merci d'avoir écouté les parents."),
            ("Bernard", "mer 05/06/2024 - 09:02", "Et l'entretien ?",
             "Qui arrosera les arbres pendant les vacances d'été ? Il ne faudrait pas qu'ils meurent dès la première année."),
            ("Mairie de Roquessol", "mer 05/06/2024 - 14:30", "Réponse",
             "Un arrosage automatique au goutte-à-goutte, relié à une cuve de récupération, est prévu dans le projet.")])),
        {"comments"}, decoys={"participation_displayed"},  # workshops mentioned in passing in a news item
        parent=("Actualités", "/actualites"))

    eau = page("/actualites/secheresse-restrictions-eau", "Sécheresse : les restrictions d'eau renforcées",
        '<div class="layout layout--twocol-section layout--twocol-section--67-33"><div class="layout__region layout__region--first">'
        + m.paragraph("text", m.p(
            "<em>Publié le 29 mai 2024</em>",
            "Par arrêté du 27 mai, le préfet du Var a placé le bassin versant de l'Argens en situation d'alerte "
            "renforcée. Ces mesures s'appliquent à tous : particuliers, entreprises, collectivités.",
            "<h2>Ce qui est interdit</h2>",
            m.ul("Arroser les pelouses, massifs et jardins d'agrément entre 8 h et 20 h ;",
                 "laver sa voiture en dehors des stations professionnelles ;",
                 "remplir les piscines privées, sauf chantier en cours ;",
                 "alimenter les fontaines d'agrément en circuit ouvert."),
            "<h2>Ce que fait la Ville</h2>",
            "Les espaces verts municipaux ne sont plus arrosés, à l'exception des arbres plantés depuis moins de "
            "trois ans. Les fontaines du centre ancien fonctionnent en circuit fermé.",
            "Pour toute question, le service des eaux répond au 04 94 00 61 45."))
        + '</div><div class="layout__region layout__region--second">'
        + m.drupal_poll(7, "Récupérez-vous l'eau de pluie chez vous ?",
                        ["Oui, avec une cuve ou un récupérateur", "Non, mais j'y pense", "Non, je n'ai pas de jardin", "Non, ce n'est pas utile"])
        + '</div></div>',
        {"poll"}, parent=("Actualités", "/actualites"))

    marche = page("/actualites/marche-nocturne-resultats-sondage", "Marchés nocturnes : vous avez choisi le jeudi", (
        m.paragraph("text", m.p(
            "<em>Publié le 2 mai 2024</em>",
            "Le sondage mis en ligne en mars est clos. Vous avez été 874 à donner votre avis sur le jour des marchés "
            "nocturnes de l'été. Ils se tiendront donc le jeudi, de 18 h à 23 h, sur le cours Gambetta, du 4 juillet au 29 août."))
        + m.drupal_poll_results("Quel jour pour les marchés nocturnes de l'été ?",
                                [("Mardi", 18, 157), ("Jeudi", 51, 446), ("Samedi", 31, 271)], 874, "31 mars 2024")),
        decoys={"poll"}, parent=("Actualités", "/actualites"))

    ppri = page("/actualites/enquete-publique-ppri-riou-sec", "Enquête publique : le plan de prévention du risque inondation du Riou-Sec",
        m.paragraph("text", m.p(
            "<em>Publié le 21 mai 2024</em>",
            "Par arrêté préfectoral, une enquête publique relative au projet de plan de prévention du risque "
            "inondation (PPRI) du Riou-Sec et de ses affluents est ouverte du lundi 3 juin au vendredi 5 juillet 2024 "
            "inclus, sur les communes de Roquessol, Vidauban-le-Haut et Les Escarettes.",
            "Le commissaire enquêteur, désigné par le tribunal administratif de Toulon, recevra le public en mairie "
            "les 3 juin (9 h – 12 h), 19 juin (14 h – 17 h) et 5 juillet (14 h – 17 h).",
            "Les observations peuvent être consignées sur le registre papier déposé en mairie, adressées par courrier "
            "au commissaire enquêteur, ou déposées sur le registre dématérialisé ouvert par la préfecture :",
            "<p>" + m.ext("https://www.registre-dematerialise.fr/5187", "Registre dématérialisé de l'enquête publique") + "</p>",
            "Le projet de PPRI est élaboré par les services de l'État ; la commune n'en est pas l'auteur. Le dossier "
            "complet est consultable sur le site des services de l'État dans le Var.")),
        decoys={"participation_displayed", "petition"},  # the prefecture's enquête publique and its "registre", not the city's
        parent=("Actualités", "/actualites"))

    gend = page("/actualites/participation-citoyenne-gendarmerie", "Participation citoyenne : la commune signe le protocole",
        m.paragraph("text", m.p(
            "<em>Publié le 14 mai 2024</em>",
            "Le maire, le sous-préfet de Brignoles et le commandant de la compagnie de gendarmerie ont signé le 13 mai "
            "le protocole « Participation citoyenne ». Ce dispositif de l'État associe des habitants volontaires à la "
            "prévention des cambriolages.",
            "Quinze référents, un ou deux par quartier, ont été désignés. Ils signalent à la gendarmerie les faits "
            "inhabituels (démarchages suspects, repérages, véhicules qui tournent) et relaient les conseils de prévention. "
            "Ils n'ont aucun pouvoir de police et ne patrouillent pas.",
            "Le dispositif ne remplace pas l'appel au 17 en cas d'urgence. Pour devenir référent, adressez-vous à la "
            "brigade de gendarmerie de Roquessol.",
            "À lire aussi : <a href=\"/actualites/operation-tranquillite-vacances\">l'Opération tranquillité vacances</a>.")),
        decoys={"participation_displayed", "territorial_social_network"},  # the gendarmerie's scheme, not the city's participation or a network
        parent=("Actualités", "/actualites"))

    otv = page("/actualites/operation-tranquillite-vacances", "Partez l'esprit tranquille", m.paragraph("text", m.p(
        "<em>Publié le 25 avril 2024</em>",
        "Vous vous absentez plusieurs jours ? Signalez votre départ à la police municipale : pendant votre absence, "
        "des patrouilles passeront devant votre domicile, de jour comme de nuit, dans le cadre de leurs missions habituelles.",
        "L'inscription est gratuite et se fait au moins 48 heures avant le départ.",
        f"<p><a class=\"button\" href=\"http://{ROQ_D}/operation-tranquillite-vacances/\">S'inscrire à l'Opération tranquillité vacances</a></p>",
        "Quelques conseils : ne laissez pas de message d'absence sur votre répondeur, faites relever votre courrier, "
        "ne publiez pas vos photos de vacances en direct sur les réseaux sociaux.")),
        parent=("Actualités", "/actualites"))

    primitif = page("/finances/budget-primitif-2024", "Budget primitif 2024", m.paragraph("text", m.p(
        "Le budget primitif 2024, voté le 28 mars, s'équilibre à 52,7 millions d'euros : 39,1 millions en "
        "fonctionnement et 13,6 millions en investissement.",
        "<h2>Les grandes dépenses d'investissement</h2>",
        m.ul("Renaturation des cours d'école : 1,8 M€", "Réseau pluvial du quartier de la Gare : 2,4 M€",
             "Rénovation énergétique de la piscine municipale : 3,1 M€", "Budget climat (budget participatif) : 300 000 €"),
        "<h2>Documents budgétaires</h2>",
        m.docs(("", "Budget primitif 2024 — document officiel", "4,2 Mo"), ("", "Présentation synthétique", "860 Ko")))),
        decoys={"participatory_budget"})  # the ordinary budget, naming the participatory budget as one line

    assoc = page("/agenda/forum-des-associations", "Forum des associations", m.paragraph("text", m.p(
        "<strong>Samedi 7 septembre 2024, de 9 h à 17 h, sous la halle du cours Gambetta</strong>",
        "Plus de 90 associations sportives, culturelles, solidaires et environnementales vous attendent pour les "
        "inscriptions de la rentrée. Démonstrations de pétanque, de danse provençale et de judo toute la journée.",
        "Restauration sur place par le comité des fêtes.")), decoys={"forum"})

    jazz = page("/agenda/festival-jazz-prix-du-public", "Jazz sous les platanes : votez pour le prix du public", (
        m.paragraph("text", m.p(
            "Du 18 au 20 juillet, six groupes régionaux se produisent gratuitement sur la place de l'Église. "
            "Le public décerne son prix : le groupe lauréat sera programmé en ouverture de l'édition 2025.",
            "Le vote est ouvert aux spectateurs jusqu'au 21 juillet à midi (un vote par adresse e-mail)."))
        + m.webform("prix_du_public_jazz", "/agenda/festival-jazz-prix-du-public", [
            ("select:Trio Sirocco|Les Cigales Swing|Manouche de l'Argens|Big Band du Var|Leïla Kahn Quartet|Mistral Brass", "groupe", "Votre groupe préféré", True),
            ("email", "courriel", "Votre adresse e-mail", True)], submit="Voter")),
        # a vote for a festival prize, not a poll or survey on local matters
        decoys={"poll", "contact_form"})

    contact = page("/contact", "Nous contacter", m.paragraph("text", m.p(
        "<strong>Hôtel de ville</strong><br>1, place de la République — 83487 Roquessol<br>Tél. 04 94 00 61 00",
        "Accueil du lundi au vendredi de 8 h 30 à 12 h 30 et de 13 h 30 à 17 h, le samedi de 9 h à 12 h (état civil).",
        f"<p>Pour écrire à la mairie, utilisez le <a href=\"http://{ROQ_D}/contacter-la-mairie/\">formulaire de contact</a> "
        f"de notre portail de démarches, ou <a href=\"http://{ROQ_D}/signaler-un-probleme/\">signalez un problème</a> sur l'espace public.</p>",
        "Vous pouvez aussi écrire directement à " + m.mailto("accueil@roquessol.fr") + ".")),
        decoys={"contact_form"})  # the form lives on the e-services portal; this page only links to it

    pages = [home, vie, cq, bc, news, ecoles, eau, marche, ppri, gend, otv, primitif, assoc, jazz, contact]
    return Site(ROQ, "drupal", "Ville de Roquessol", pages,
                menu=[("Accueil", "/"), ("Vie citoyenne", "/vie-citoyenne"), ("Actualités", "/actualites"),
                      ("Démarches", f"http://{ROQ_D}/"), ("Participer", f"http://{ROQ_GV}/"), ("Contact", "/contact")],
                accounts=[social("facebook", "VilleDeRoquessol"), social("instagram", "roquessol_officiel"),
                          social("linkedin", "ville-de-roquessol", "https://fr.linkedin.com/company/ville-de-roquessol")],
                address="Hôtel de ville, 1 place de la République, 83487 Roquessol")


def _roq_govocal():
    home = page("/", "Roquessol Participe", (
        '<div id="e2e-signed-out-header"><p class="e2e-signed-out-header-title">Roquessol Participe</p>'
        '<p class="e2e-signed-out-header-subtitle">Votre avis compte : proposez, votez, répondez aux consultations de la Ville.</p>'
        '<button class="e2e-signed-out-header-cta-button" type="button">S\'inscrire</button></div>'
        + "<h2>Projets en cours</h2>"
        + m.gv_project_cards([
            ("/fr-FR/projects/budget-climat-2024", "Budget climat 2024", "Vote en cours — jusqu'au 30 juin", 1243),
            ("/fr-FR/projects/plan-fraicheur", "Plan fraîcheur : vos idées pour rafraîchir la ville", "Recueil d'idées", 386),
            ("/fr-FR/projects/baignade-plan-d-eau-des-escarettes", "Baignade au plan d'eau des Escarettes : votre avis", "Questionnaire", 512)])
        + "<h2>Projets terminés</h2>"
        + m.gv_project_cards([("/fr-FR/projects/stationnement-centre-ancien-2023", "Stationnement dans le centre ancien", "Terminé", 931)])
        + '<p><a href="/fr-FR/pages/charte-de-la-participation">Notre charte de la participation</a></p>'),
        {"participation_displayed"})

    bc = page("/fr-FR/projects/budget-climat-2024", "Budget climat 2024", (
        '<div id="e2e-project-page"><div class="e2e-project-description">'
        + m.p("Répartissez 300 000 € entre les projets d'habitants qui rafraîchissent Roquessol, économisent l'eau ou "
              "accueillent la biodiversité. Ajoutez des projets à votre panier sans dépasser l'enveloppe, puis validez.")
        + '</div><div class="e2e-project-timeline">'
        + m.gv_phase("Dépôt des projets", "15 janv. 2024 – 15 mars 2024", "<p>87 projets déposés.</p>", False)
        + m.gv_phase("Analyse technique", "16 mars 2024 – 15 mai 2024", "<p>19 projets retenus par les services.</p>", False)
        + m.gv_phase("Vote", "16 mai 2024 – 30 juin 2024", "<p>Budgétisation participative : 300 000 € à répartir.</p>")
        + '</div><div class="e2e-pb-basket"><p>Votre panier : 0 € / 300 000 €</p><button class="e2e-voting-submit-button" type="button">Soumettre mon vote</button></div>'
        + m.gv_idea_cards([
            ("/fr-FR/ideas/des-arbres-rue-de-la-poste", "Des arbres rue de la Poste", "Association Roquessol en transition", "45 000 €", 7),
            ("/fr-FR/ideas/cuves-eau-jardins-familiaux", "Des cuves pour les jardins familiaux", "Marcel D.", "18 000 €", 3)], budget=True)
        + "</div>"),
        {"participatory_budget"})

    def idea(slug, title, author, html, comments, features, budget=None, parent=("Budget climat 2024", "/fr-FR/projects/budget-climat-2024")):
        extra = (f'<div class="e2e-assign-budget"><span class="e2e-idea-budget">{budget}</span>'
                 '<button class="e2e-assign-budget-button" type="button">Ajouter au panier</button></div>' if budget else
                 '<div class="e2e-idea-vote"><button class="e2e-ideacard-upvote-button" type="button">Voter pour</button></div>')
        return page(f"/fr-FR/ideas/{slug}", title, (
            f'<div id="e2e-idea-show"><div class="e2e-idea-author">{author}</div><div id="e2e-idea-description">{html}</div>{extra}'
            + m.share_links(f"http://{ROQ_GV}/fr-FR/ideas/{slug}", title) + "</div>"
            + m.gv_comments(comments, slug)),
            features, decoys={"social_account"}, parent=parent)  # share links only; the platform shows no account

    arbres = idea("des-arbres-rue-de-la-poste", "Des arbres rue de la Poste", "Association Roquessol en transition", m.p(
        "La rue de la Poste relie la gare au centre ancien sans un seul arbre. Nous proposons de planter douze "
        "micocouliers en fosses continues, en supprimant six places de stationnement.",
        "Coût estimé par les services : 45 000 €, arrosage automatique compris."), [
        ("Josiane", "il y a 12 jours", "Oui ! C'est la rue la plus chaude de la ville en été."),
        ("Commerçant rue de la Poste", "il y a 10 jours", "Six places de moins, c'est dur pour nous. Pourquoi pas des jardinières ?"),
        ("Association Roquessol en transition", "il y a 9 jours", "Les jardinières ne font pas d'ombre : seuls de vrais arbres rafraîchissent la rue.")],
        {"participatory_budget", "comments"}, "45 000 €")
    cuves = idea("cuves-eau-jardins-familiaux", "Des cuves pour les jardins familiaux", "Marcel D.", m.p(
        "Les 40 parcelles des jardins familiaux des Escarettes n'ont plus le droit d'être arrosées à l'eau du "
        "réseau en journée. Quatre cuves de 5 m³ récupéreraient l'eau du toit du gymnase voisin."), [
        ("Fatima", "il y a 20 jours", "Très bon projet, j'ai une parcelle et on perd tout en août.")],
        {"participatory_budget", "comments"}, "18 000 €")

    fraicheur = page("/fr-FR/projects/plan-fraicheur", "Plan fraîcheur : vos idées pour rafraîchir la ville", (
        '<div id="e2e-project-page"><div class="e2e-project-description">'
        + m.p("Où avez-vous trop chaud en ville ? Que faudrait-il faire : planter, ombrager, ouvrir des lieux frais, "
              "changer les horaires ? <strong>Partagez vos idées</strong> et votez pour celles des autres habitants. "
              "Les idées les plus soutenues seront intégrées au plan fraîcheur présenté au conseil municipal en octobre.")
        + '</div><div id="project-ideabutton" class="e2e-project-idea-button"><button class="e2e-idea-button" type="button">Partager une idée</button></div>'
        + m.gv_phase("Recueil d'idées", "1 mai 2024 – 15 juillet 2024", "<p>Proposez et commentez.</p>")
        + m.gv_idea_cards([
            ("/fr-FR/ideas/ouvrir-les-eglises-et-la-mediatheque-l-apres-midi", "Ouvrir la médiathèque et l'église l'après-midi comme refuges frais", "Anne-Marie", 58, 6),
            ("/fr-FR/ideas/des-arbres-rue-de-la-poste", "Des arbres rue de la Poste", "Association Roquessol en transition", 121, 7)])
        + "</div>"),
        {"suggestion_call"})

    refuges = idea("ouvrir-les-eglises-et-la-mediatheque-l-apres-midi", "Ouvrir la médiathèque et l'église l'après-midi comme refuges frais",
        "Anne-Marie", m.p("Pendant les canicules, les personnes âgées du centre ancien n'ont nulle part où aller entre 13 h "
                          "et 18 h. La médiathèque ferme à 12 h 30 le samedi, l'église est fermée l'après-midi.",
                          "Pourquoi ne pas ouvrir ces lieux frais, avec de l'eau et des chaises, lors des alertes canicule ?"), [
        ("Père Olivier", "il y a 3 jours", "La paroisse est d'accord pour ouvrir l'église de 14 h à 18 h en cas d'alerte."),
        ("Lucas", "il y a 2 jours", "Et la salle des fêtes, qui est climatisée ?")],
        {"comments"}, parent=("Plan fraîcheur", "/fr-FR/projects/plan-fraicheur"))

    baignade = page("/fr-FR/projects/baignade-plan-d-eau-des-escarettes", "Baignade au plan d'eau des Escarettes : votre avis", (
        '<div id="e2e-project-page"><div class="e2e-project-description">'
        + m.p("Le plan d'eau des Escarettes attire chaque été des milliers de baigneurs, sans surveillance. La Ville "
              "étudie plusieurs scénarios : baignade surveillée sur une zone aménagée, parking payant, navette. "
              "Répondez au questionnaire (5 minutes) avant le 14 juillet.")
        + '</div><div class="e2e-native-survey">'
        + m.app_form(f"/fr-FR/projects/baignade-plan-d-eau-des-escarettes/survey",
                     m.app_question(1, "À quelle fréquence allez-vous au plan d'eau en été ?", ["Plusieurs fois par semaine", "Quelques fois par mois", "Rarement", "Jamais"])
                     + m.app_question(2, "Seriez-vous favorable à une zone de baignade surveillée ?", ["Oui", "Non", "Sans opinion"])
                     + m.app_question(3, "Comment venez-vous au plan d'eau ?", ["Voiture", "Vélo", "À pied", "Navette si elle existait"], True)
                     + m.app_open_question(4, "Avez-vous d'autres remarques ?"), "Envoyer", "e2e-survey")
        + "</div></div>"),
        {"poll"})

    stationnement = page("/fr-FR/projects/stationnement-centre-ancien-2023", "Stationnement dans le centre ancien (terminé)", (
        '<div id="e2e-project-page"><div class="e2e-project-description">'
        + m.p("Cette consultation est terminée. Merci aux 931 participants. Le conseil municipal a décidé, le "
              "14 décembre 2023, de rendre la place de l'Église piétonne le week-end.")
        + m.app_results("Résultats du questionnaire", [("Place de l'Église piétonne le week-end", 54), ("Piétonne toute l'année", 19),
                                                         ("Aucun changement", 27)], 931)
        + "</div></div>"),
        decoys={"poll"})

    charte = page("/fr-FR/pages/charte-de-la-participation", "Charte de la participation", m.p(
        "Adoptée en conseil municipal le 9 février 2023, la charte de la participation de Roquessol fixe les règles "
        "du jeu entre la Ville et les habitants.",
        "<h2>Nos engagements</h2>",
        m.ul("Dire clairement, pour chaque projet, ce qui peut être décidé avec les habitants et ce qui ne le peut pas ;",
             "publier les résultats de chaque consultation dans un délai de deux mois ;",
             "expliquer les choix faits, y compris quand ils diffèrent de l'avis exprimé ;",
             "proposer toujours une façon de participer sans internet (borne, permanence, papier)."),
        "<h2>Les outils</h2>",
        "Conseils de quartier, budget climat, questionnaires et appels à idées sur cette plateforme, balades urbaines "
        "et réunions publiques."), {"participation_displayed"})

    pages = [home, bc, arbres, cuves, fraicheur, refuges, baignade, stationnement, charte]
    return Site(ROQ_GV, "govocal", "Roquessol Participe", pages,
                menu=[("Accueil", "/"), ("Budget climat", "/fr-FR/projects/budget-climat-2024"),
                      ("Plan fraîcheur", "/fr-FR/projects/plan-fraicheur"), ("Charte", "/fr-FR/pages/charte-de-la-participation")],
                features=frozenset({"participatory_platform"}), platforms=frozenset({"go_vocal"}))


def _roq_publik():
    home = page("/", "Démarches en ligne", (
        m.combo_text(m.p("Bienvenue sur le portail des démarches de la Ville de Roquessol. Créez votre compte pour suivre "
                         "vos demandes ; certaines démarches sont accessibles sans compte."))
        + m.combo_links("Contact et signalements", [
            ("/contacter-la-mairie/", "Contacter la mairie", "Une question, une demande : écrivez aux services."),
            ("/signaler-un-probleme/", "Signaler un problème sur l'espace public", "Éclairage, voirie, propreté, dépôt sauvage.")])
        + m.combo_links("Sécurité", [("/operation-tranquillite-vacances/", "Opération tranquillité vacances", "")])
        + m.combo_links("Vie citoyenne", [("/inscription-balade-urbaine/", "S'inscrire à la balade urbaine du centre ancien", ""),
                                         (f"http://{ROQ}/vie-citoyenne", "Retour au site de la ville", "")])))

    contact = page("/contacter-la-mairie/", "Contacter la mairie", m.wcs_form("contacter-la-mairie", [
        ("comment", "Les champs marqués d'un astérisque sont obligatoires. Une réponse vous sera apportée sous dix jours ouvrés.", False, ""),
        ("string", "Nom", True, ""), ("string", "Prénom", True, ""), ("email", "Courriel", True, ""),
        ("item:Accueil et état civil|Urbanisme|Écoles et périscolaire|Eau et assainissement|Autre", "Service concerné", True, ""),
        ("string", "Objet", True, ""), ("text", "Votre message", True, ""),
        ("bool", "J'accepte que mes données soient traitées par la Ville de Roquessol pour répondre à ma demande.", True, "")]),
        {"contact_form"})

    signal = page("/signaler-un-probleme/", "Signaler un problème sur l'espace public", m.wcs_form("signaler-un-probleme", [
        ("item:Éclairage public|Voirie, trottoir|Propreté, dépôt sauvage|Espaces verts, arbre dangereux|Fuite d'eau", "Type de problème", True, ""),
        ("string", "Adresse ou lieu précis", True, "Exemple : devant le 12 rue de la Poste"),
        ("text", "Description", True, "Décrivez le problème constaté."), ("file", "Photo", False, "Facultatif"),
        ("email", "Courriel pour être informé du traitement", True, "")], ("Signalement", "Localisation", "Validation")),
        {"contact_form"})  # a free-text report addressed to the city's services

    otv = page("/operation-tranquillite-vacances/", "Opération tranquillité vacances", m.wcs_form("operation-tranquillite-vacances", [
        ("comment", "Inscription au moins 48 heures avant votre départ. Service gratuit.", False, ""),
        ("string", "Nom et prénom", True, ""), ("string", "Adresse du domicile", True, ""),
        ("item:Maison individuelle|Appartement", "Type de logement", True, ""),
        ("date", "Date de départ", True, ""), ("date", "Date de retour", True, ""),
        ("string", "Téléphone où vous joindre", True, ""), ("bool", "Une alarme est installée", False, ""),
        ("bool", "Une personne de confiance passera relever le courrier", False, "")]),
        decoys={"contact_form"})  # a registration form without any message field

    balade = page("/inscription-balade-urbaine/", "Balade urbaine du centre ancien", (
        m.combo_text(m.p("Dans le cadre de la concertation sur la révision du plan local d'urbanisme, la Ville et le "
                         "conseil de quartier du centre ancien vous invitent à une balade urbaine le samedi 21 septembre à "
                         "9 h 30 : deux heures à pied pour repérer ensemble les rues trop chaudes, les places à ombrager, "
                         "les passages à rendre aux piétons. Vos observations nourriront le diagnostic du PLU."))
        + m.wcs_form("inscription-balade-urbaine", [
            ("string", "Nom", True, ""), ("email", "Courriel", True, ""),
            ("item:1 personne|2 personnes|3 personnes|4 personnes", "Nombre de participants", True, ""),
            ("bool", "J'ai besoin d'un accompagnement (mobilité réduite)", False, "")])),
        {"participation_displayed"}, decoys={"contact_form"})  # a sign-up form (no message) presenting a concertation walk

    pages = [home, contact, signal, otv, balade]
    return Site(ROQ_D, "publik", "Roquessol — démarches en ligne", pages,
                menu=[("Accueil", "/"), ("Contact", "/contacter-la-mairie/"), ("Site de la ville", f"http://{ROQ}/")],
                address="Hôtel de ville, 1 place de la République, 83487 Roquessol")


@_register
def roquessol():
    return _city("99572", "Roquessol", 38910, "83", PACA, [_roq_www(), _roq_govocal(), _roq_publik()])


# =========================================================================== 99573 Cagnelle (06)
# TYPO3 (tx_news, powermail, direct_mail), Fluicity on cagnelle.flui.city, a neighbours' network on Smiile.

CAG = "www.cagnelle.fr"
CAG_F = "cagnelle.flui.city"
_CAG_NEWS = [
    ("/actualites/promenade-des-mouettes-appel-a-idees", "Promenade des Mouettes : on vous écoute", "5 juin 2024",
     "Avant de redessiner la promenade, la Ville lance un appel à idées auprès des habitants."),
    ("/actualites/questionnaire-stationnement-estival", "Stationnement estival : répondez au questionnaire", "30 mai 2024",
     "Zones bleues, parkings relais, navettes : dix questions pour préparer l'été 2025."),
    ("/actualites/nouvelle-saison-plages", "Les plages à l'heure d'été", "24 mai 2024",
     "Surveillance, accessibilité, tri sélectif : tout ce qui change sur les plages cette saison."),
    ("/actualites/concours-photo-cagnelle-en-ete", "Concours photo « Cagnelle en été »", "17 mai 2024",
     "Envoyez vos plus beaux clichés de l'été cagnellois avant le 31 août."),
    ("/actualites/lots-de-plage-appel-a-candidatures", "Plages : appel à candidatures pour les lots de plage", "2 mai 2024",
     "Attribution des sous-traités d'exploitation des lots de plage 2025-2036."),
    ("/actualites/enquete-publique-icpe-siagnole", "Enquête publique : plateforme de tri des déchets du BTP", "22 avril 2024",
     "Le préfet soumet à enquête publique la demande d'autorisation environnementale d'une installation classée."),
]


def _cag_www():
    home = page("/", "Accueil", (
        m.t3_textpic(101, "Bienvenue à Cagnelle", m.p(
            "Entre mer et montagne, Cagnelle s'étire du bord de mer aux premiers contreforts des Préalpes. "
            "Retrouvez ici les services municipaux, l'actualité et les moyens de participer à la vie de la ville."), "cagnelle-baie")
        + m.t3_text(102, "Accès rapides", m.tiles([
            ("/participer", "Participer"), (f"http://{CAG_F}/", "Cagnelle Participe (application)"),
            ("/participer/cagnelle-voisins", "Cagnelle Voisins"), ("/contact", "Contact"),
            ("/newsletter", "Lettre d'information"), ("/tourisme", "Tourisme")], "Accès rapides", "quicklinks"))
        + m.t3_text(103, "Actualités", m.t3_news_list(_CAG_NEWS[:4]) + '<p><a href="/actualites" class="btn btn-primary">Toutes les actualités</a></p>')))

    participer = page("/participer", "Participer", (
        m.t3_text(201, "", m.p(
            "<strong>Cagnelle, ville participative.</strong> Depuis 2020, la municipalité a fait de la participation des "
            "habitants un fil rouge de son action. Cinq outils vous permettent d'agir sur votre ville.")
        ) + m.t3_text(202, "Les conseils de quartier", m.p(
            "Huit conseils de quartier, ouverts à tous, se réunissent quatre fois par an. Ils sont consultés sur les "
            "projets d'aménagement et disposent d'un budget d'initiatives. <a href=\"/participer/conseils-de-quartier\">Découvrir les conseils de quartier</a>."))
        + m.t3_text(203, "L'application Cagnelle Participe", m.p(
            f"Boîte à idées, consultations, sondages : téléchargez l'application ou rendez-vous sur <a href=\"http://{CAG_F}/\">cagnelle.flui.city</a>. "
            "Le maire et les adjoints y répondent chaque semaine aux questions des habitants."))
        + m.t3_text(204, "Cagnelle Voisins", m.p(
            "Le réseau social de proximité de la Ville pour s'entraider entre voisins. <a href=\"/participer/cagnelle-voisins\">Rejoindre le réseau</a>."))
        + m.t3_text(205, "Les réunions publiques et ateliers", m.p(
            "Chaque grand projet (promenade des Mouettes, cœur de ville, plan vélo) fait l'objet de réunions publiques, "
            "d'ateliers et de balades urbaines annoncés dans l'agenda."))),
        {"participation_displayed"})

    cq = page("/participer/conseils-de-quartier", "Les conseils de quartier", (
        m.t3_text(211, "", m.p(
            "Les conseils de quartier sont des instances de démocratie de proximité. Ils permettent aux habitants de "
            "s'informer, de débattre et de proposer des projets pour leur quartier."))
        + m.t3_text(212, "Les huit quartiers", m.ul("Bord de mer – Les Mouettes", "Vieux-Cagnelle", "La Siagnole", "Les Bréguières",
                                                    "Saint-Jaume", "La Font-de-l'Orme", "Le Plan", "Les Hauts – Collines"))
        + m.t3_text(213, "Fonctionnement", m.p(
            "Chaque conseil est animé par un bureau de cinq habitants élus pour trois ans et un élu de quartier. "
            "Les réunions sont publiques et annoncées dix jours à l'avance. Un budget de 20 000 € par quartier et par "
            "an permet de financer de petits aménagements choisis par le conseil.",
            "En 2023, les conseils ont notamment obtenu l'installation de 40 bancs ombragés, la création de deux "
            "jardins partagés et le passage en zone 30 du Vieux-Cagnelle."))),
        {"participation_displayed"}, parent=("Participer", "/participer"))

    voisins = page("/participer/cagnelle-voisins", "Cagnelle Voisins, le réseau social de vos quartiers", (
        m.t3_textpic(221, "Entraide, prêts, bons plans : rejoignez vos voisins", m.p(
            "La Ville a ouvert en partenariat avec Smiile un réseau social de proximité réservé aux habitants de "
            "Cagnelle. Chaque quartier y a son groupe : on y prête une tondeuse, on y cherche un covoiturage pour la "
            "plage, on y organise la fête des voisins, on y signale un chat perdu.",
            "Le réseau est gratuit, sans publicité, et modéré par des habitants volontaires avec l'appui du service "
            "démocratie de proximité. Les informations municipales de votre quartier y sont aussi relayées.",
            "<p>" + m.ext("https://cagnelle.smiile.com/", "Rejoindre Cagnelle Voisins sur Smiile") + "</p>",
            "Déjà plus de 4 200 inscrits et 38 groupes actifs."), "voisins")),
        # the city's own neighbours' network (run for the city, on Smiile), presented and linked here
        {"territorial_social_network"}, parent=("Participer", "/participer"))

    news = page("/actualites", "Actualités", m.t3_news_list(_CAG_NEWS))

    mouettes = page("/actualites/promenade-des-mouettes-appel-a-idees", "Promenade des Mouettes : on vous écoute", m.t3_news_detail("5 juin 2024", m.p(
        "La promenade des Mouettes, 1,2 km entre le port et l'embouchure de la Siagnole, sera entièrement "
        "réaménagée entre 2025 et 2027. Avant de lancer le concours de maîtrise d'œuvre, la Ville fait appel à vous.",
        "<strong>Appel à idées : comment rêvez-vous votre promenade ?</strong> Ombre, assises, fontaines, "
        "jeux, pistes cyclables, éclairage, place des terrasses : déposez vos idées et vos suggestions dans le "
        "formulaire ci-dessous jusqu'au 31 juillet.",
        m.tally("mOg7Rb", "Appel à idées — promenade des Mouettes"),
        "Toutes les idées seront lues et synthétisées. Elles seront présentées lors d'une réunion publique en "
        "octobre et annexées au cahier des charges des équipes candidates."), ("Aménagement", "Participation"))
        + m.share_links(f"http://{CAG}/actualites/promenade-des-mouettes-appel-a-idees", "Promenade des Mouettes : on vous écoute"),
        {"suggestion_call"}, parent=("Actualités", "/actualites"))

    stationnement = page("/actualites/questionnaire-stationnement-estival", "Stationnement estival : répondez au questionnaire",
        m.t3_news_detail("30 mai 2024", m.p(
            "Chaque été, la population de Cagnelle double et le stationnement devient un casse-tête, en particulier "
            "en bord de mer. Pour préparer la saison 2025, la Ville lance une enquête en ligne auprès des habitants, "
            "des commerçants et des estivants.",
            "Dix questions, cinq minutes : vos habitudes, vos difficultés, votre avis sur les zones bleues, les "
            "parkings relais et les navettes. Le questionnaire est ouvert jusqu'au 30 juin.",
            m.ms_forms_link("r7KxT2mQpa", "Répondre au questionnaire sur le stationnement"),
            "Les résultats seront publiés à la rentrée sur ce site."), ("Mobilité",)),
        {"poll"}, parent=("Actualités", "/actualites"))

    saison = page("/actualites/nouvelle-saison-plages", "Les plages à l'heure d'été", m.t3_news_detail("24 mai 2024", m.p(
        "À partir du 15 juin, les quatre plages surveillées de Cagnelle passent à l'heure d'été : surveillance de "
        "9 h 30 à 18 h 30, tapis d'accès et fauteuils amphibies pour les personnes à mobilité réduite à la plage du "
        "Bord-de-Mer, cendriers de plage et points de tri tous les cent mètres.",
        "<h2>Des plages plus ombragées</h2>",
        "Vingt parasols fixes en canisse ont été installés à la plage des Mouettes, une demande formulée à plusieurs "
        "reprises par le conseil de quartier du Bord de mer. Ils sont en accès libre, sans réservation.",
        "<h2>Baignade des chiens</h2>",
        "Une plage canine est ouverte à l'embouchure de la Siagnole, de 8 h à 10 h et après 19 h.",
        "<h2>Qualité de l'eau</h2>",
        "Les analyses sont affichées chaque semaine aux postes de secours. En cas d'orage, la baignade peut être "
        "interdite par précaution pendant 48 heures."), ("Plages",))
        + m.share_links(f"http://{CAG}/actualites/nouvelle-saison-plages", "Les plages à l'heure d'été"),
        decoys={"participation_displayed"},  # a conseil de quartier mentioned in passing in a news item
        parent=("Actualités", "/actualites"))

    concours = page("/actualites/concours-photo-cagnelle-en-ete", "Concours photo « Cagnelle en été »", m.t3_news_detail("17 mai 2024", m.p(
        "Pour la cinquième année, la Ville organise son concours photo ouvert aux amateurs. Thème 2024 : "
        "« Cagnelle en été » — la mer, les marchés, les fêtes, la chaleur, la sieste.",
        "Envoyez jusqu'à trois photos avant le 31 août à " + m.mailto("concours.photo@cagnelle.fr") + ".",
        "<strong>Votez pour le prix du public !</strong> Les 20 photos sélectionnées par le jury seront publiées en "
        "septembre sur la page Facebook de la Ville : la photo qui recueillera le plus de « j'aime » remportera le "
        "prix du public. Les lauréats seront exposés à la médiathèque en octobre.",
        "Règlement disponible à l'accueil de la mairie."), ("Culture",)),
        decoys={"poll"}, parent=("Actualités", "/actualites"))  # likes on a photo contest, not a poll

    lots = page("/actualites/lots-de-plage-appel-a-candidatures", "Plages : appel à candidatures pour les lots de plage", m.t3_news_detail("2 mai 2024", m.p(
        "La concession des plages naturelles accordée par l'État à la commune arrive à échéance. La Ville lance la "
        "procédure d'attribution des sous-traités d'exploitation de ses neuf lots de plage (restauration, location "
        "de matelas, activités nautiques) pour la période 2025-2036.",
        "Les candidatures sont à remettre sur le profil acheteur de la commune avant le 28 juin 2024 à 12 h. Le "
        "dossier de consultation comprend le cahier des charges, le règlement et les plans des lots.",
        "<p>" + m.ext("https://marches.maximilien.fr/", "Accéder au dossier sur la plateforme des marchés publics") + "</p>",
        "Une visite des lots est organisée le 22 mai à 9 h (rendez-vous au poste de secours du Bord-de-Mer)."), ("Marchés publics",)),
        decoys={"suggestion_call"}, parent=("Actualités", "/actualites"))  # a call for tenders

    icpe = page("/actualites/enquete-publique-icpe-siagnole", "Enquête publique : plateforme de tri des déchets du BTP", m.t3_news_detail("22 avril 2024", m.p(
        "Avis d'enquête publique. Le préfet des Alpes-Maritimes soumet à enquête publique, du 13 mai au 14 juin 2024, "
        "la demande d'autorisation environnementale présentée par la société Azur Recyclage pour l'exploitation "
        "d'une plateforme de transit et de tri de déchets inertes du BTP (installation classée pour la protection "
        "de l'environnement), chemin de la Siagnole.",
        "Le dossier est consultable en mairie aux heures d'ouverture et sur le site internet des services de l'État. "
        "Le public peut formuler ses observations sur le registre ouvert en mairie ou par courriel à l'adresse de "
        "la préfecture indiquée dans l'arrêté.",
        "Le conseil municipal sera appelé à donner son avis sur ce projet lors de sa séance du 20 juin."), ("Environnement",)),
        decoys={"participation_displayed"}, parent=("Actualités", "/actualites"))  # the prefecture's procedure

    contact = page("/contact", "Contact", (
        m.t3_text(301, "Mairie de Cagnelle", m.p("Place du Général-de-Gaulle — 06519 Cagnelle<br>Tél. 04 93 00 18 00",
                                                  "Du lundi au vendredi, de 8 h 30 à 17 h."))
        + f'<div id="c302" class="frame frame-default frame-type-list frame-layout-0">'
        + m.powermail(302, "/contact", [
            ("select:Madame|Monsieur|Ne souhaite pas préciser", "civilite", "Civilité", False),
            ("input", "nom", "Nom", True), ("input", "prenom", "Prénom", True), ("email", "email", "Adresse e-mail", True),
            ("input", "objet", "Objet de votre message", True), ("textarea", "message", "Votre message", True),
            ("check", "rgpd", "J'accepte que mes données soient utilisées pour traiter ma demande.", True)],
            "Écrire à la mairie") + "</div>"),
        {"contact_form"})

    lettre = page("/newsletter", "Lettre d'information", (
        m.t3_text(311, "", m.p("Recevez chaque quinzaine « Cagnelle Infos » dans votre boîte aux lettres électronique."))
        + m.direct_mail_subscribe("/newsletter")), decoys={"contact_form"})

    tourisme = page("/tourisme", "Tourisme", (
        m.t3_textpic(321, "Cagnelle, destination Côte d'Azur", m.p(
            "Plages de sable et criques, vieux village perché, randonnées dans l'arrière-pays : l'office de tourisme "
            "vous accueille sur le port toute l'année.",
            "Suivez l'office de tourisme : "
            + m.ext("https://www.facebook.com/cagnelletourisme", "Facebook") + " · "
            + m.ext("https://www.instagram.com/cagnelle_tourisme/", "Instagram")), "vieux-village")
        + m.t3_text(322, "Ils ont aimé Cagnelle", '<div class="elfsight-app-5a1f3c2e-8d4b-4c1e-9a7f-2b6d0e9c4f11" data-elfsight-app-lazy></div>'
                    '<script src="https://static.elfsight.com/platform/platform.js" async></script>'
                    + m.p("Avis Google des visiteurs sur l'office de tourisme."))),
        decoys={"comments"})  # a widget of Google reviews about the tourist office

    pages = [home, participer, cq, voisins, news, mouettes, stationnement, saison, concours, lots, icpe, contact, lettre, tourisme]
    return Site(CAG, "typo3", "Ville de Cagnelle", pages,
                menu=[("Accueil", "/"), ("Participer", "/participer"), ("Actualités", "/actualites"),
                      ("Tourisme", "/tourisme"), ("Contact", "/contact")],
                accounts=[social("facebook", "villedecagnelle", "https://www.facebook.com/villedecagnelle/"),
                          social("x", "Cagnelle06", "https://twitter.com/Cagnelle06"),
                          social("instagram", "ville_de_cagnelle"),
                          social("tiktok", "villedecagnelle")],
                address="Mairie, place du Général-de-Gaulle, 06519 Cagnelle")


def _cag_fluicity():
    home = page("/", "Cagnelle Participe", (
        '<div class="fl-header"><p class="fl-header__baseline">L\'application de participation citoyenne de la Ville de Cagnelle</p>'
        '<p class="fl-header__stores"><a href="https://apps.apple.com/fr/app/fluicity/id1078573337" class="store store--ios">App Store</a> '
        '<a href="https://play.google.com/store/apps/details?id=city.flui.app" class="store store--android">Google Play</a></p></div>'
        + m.p("Signalez, proposez, donnez votre avis : Cagnelle Participe est l'espace où la municipalité informe, consulte "
              "et répond aux habitants. Les conseils de quartier y publient aussi leurs comptes rendus.")
        + "<h2>En ce moment</h2>"
        + m.fl_cards("fl-card", [
            ("/consultations/ombrieres-ecoles", "De l'ombre dans les cours d'école : votre avis", "Consultation · jusqu'au 5 juillet", "623 participants"),
            ("/sondages/horaires-piscine-ete", "Piscine municipale : quels horaires cet été ?", "Sondage · jusqu'au 20 juin", "1 108 votes"),
            ("/boite-a-idees", "Boîte à idées", "Permanente", "214 idées")])
        + "<h2>Consultations terminées</h2>"
        + m.fl_cards("fl-card", [("/consultations/plan-plages-2023", "Plan plages 2023", "Terminée", "2 045 participants")])),
        {"participation_displayed"})

    idees = page("/boite-a-idees", "Boîte à idées", (
        m.p("Une idée pour améliorer votre quartier ou la ville ? <strong>Proposez-la</strong> : les autres habitants "
            "peuvent la soutenir et la commenter. Au-delà de 100 soutiens, l'équipe municipale s'engage à étudier "
            "l'idée et à vous répondre dans l'application.")
        + '<p><button type="button" class="btn btn--primary fl-new-idea">Proposer une idée</button> '
          '<span class="fl-hint">(connexion ou création de compte requise)</span></p>'
        + m.fl_cards("fl-idea", [
            ("/idees/brumisateurs-place-du-marche", "Des brumisateurs sur la place du Marché", "Quartier Vieux-Cagnelle · Samia K.", "137 soutiens · Idée étudiée"),
            ("", "Un parking vélo sécurisé à la gare", "Quartier Le Plan · Damien", "64 soutiens"),
            ("", "Des toilettes publiques ouvertes la nuit au port", "Bord de mer · Joëlle", "41 soutiens")])),
        {"suggestion_call"})

    brumi = page("/idees/brumisateurs-place-du-marche", "Des brumisateurs sur la place du Marché", (
        '<div class="fl-idea-detail"><p class="fl-idea-detail__meta">Idée proposée par Samia K. · Vieux-Cagnelle · 137 soutiens</p>'
        + m.p("Le samedi matin, la place du Marché est écrasée de soleil dès 10 h. Les commerçants et les clients "
              "souffrent, surtout les personnes âgées. Des brumisateurs sous les platanes, comme sur le port, "
              "rendraient le marché plus agréable.")
        + '<div class="fl-official-answer"><h2>Réponse de la municipalité</h2>'
        + m.p("Merci Samia. Les services techniques étudient l'installation d'une rampe de brumisation à faible débit, "
              "alimentée par le forage de la fontaine. Réponse définitive lors du conseil de quartier de septembre.")
        + '</div><button type="button" class="btn fl-support">Je soutiens</button></div>'
        + '<section class="fl-comments" id="commentaires"><h2>12 commentaires</h2>'
        + '<form class="fl-comment-form" method="post" action="/idees/brumisateurs-place-du-marche/commentaires">'
          '<label for="fl-comment" class="sr-only">Votre commentaire</label><textarea id="fl-comment" name="comment[body]" rows="3" placeholder="Ajouter un commentaire…"></textarea>'
          '<button type="submit" class="btn">Commenter</button></form>'
        + '<ul class="fl-comments__list">'
        + "".join(f'<li class="fl-comment"><p class="fl-comment__author">{w} · {d}</p><p class="fl-comment__text">{t}</p></li>' for w, d, t in [
            ("Jean-Claude", "il y a 3 semaines", "Attention à la consommation d'eau en période de sécheresse."),
            ("Lucie", "il y a 3 semaines", "Oui, et des fontaines pour remplir les gourdes !"),
            ("Commerçant du marché", "il y a 2 semaines", "On est pour, nos fruits et légumes aussi souffrent de la chaleur.")])
        + "</ul></section>"),
        {"comments"}, parent=("Boîte à idées", "/boite-a-idees"))

    ombre = page("/consultations/ombrieres-ecoles", "De l'ombre dans les cours d'école : votre avis", (
        m.p("La Ville va ombrager les cours des huit écoles élémentaires d'ici 2027. Arbres, voiles, pergolas "
            "végétalisées : chaque solution a ses avantages. Parents, enseignants, enfants, habitants : donnez votre avis.")
        + m.app_form("/consultations/ombrieres-ecoles/reponses",
                     m.app_question(1, "Vous êtes :", ["Parent d'élève", "Enseignant ou personnel", "Élève", "Habitant"])
                     + m.app_question(2, "Quelle solution préférez-vous ?", ["Des arbres, même s'il faut attendre qu'ils poussent",
                                                                             "Des voiles d'ombrage tout de suite", "Des pergolas végétalisées", "Un mélange des trois"])
                     + m.app_question(3, "Quelles écoles sont prioritaires selon vous ?", ["Jules-Ferry", "Les Bréguières", "Saint-Jaume", "La Siagnole"], True)
                     + m.app_open_question(4, "Une remarque, une suggestion ?"), kind="fl-survey")),
        {"poll"})

    piscine = page("/sondages/horaires-piscine-ete", "Piscine municipale : quels horaires cet été ?", (
        m.p("Du 1er juillet au 31 août, la piscine Jean-Vilar adapte ses horaires. Aidez-nous à choisir.")
        + m.app_form("/sondages/horaires-piscine-ete/vote",
                     m.app_question(1, "Quels horaires préférez-vous ?", ["10 h – 19 h", "9 h – 13 h et 15 h – 20 h", "11 h – 21 h (nocturnes)"]),
                     "Voter", "fl-poll")
        + m.p("Sondage ouvert jusqu'au 20 juin. Résultats visibles après votre vote.")),
        {"poll"})

    plan = page("/consultations/plan-plages-2023", "Plan plages 2023 (terminée)", (
        m.p("Cette consultation est close. Merci aux 2 045 participants ! Les résultats ont été présentés au conseil "
            "municipal du 9 novembre 2023.")
        + m.app_results("Priorités exprimées", [("Plus d'ombre sur les plages", 71), ("Accès PMR", 48),
                                                ("Plages sans tabac", 66), ("Plus de sanitaires", 59)], 2045)),
        decoys={"poll"})

    pages = [home, idees, brumi, ombre, piscine, plan]
    return Site(CAG_F, "vendor", "Cagnelle Participe", pages,
                menu=[("Accueil", "/"), ("Boîte à idées", "/boite-a-idees"), ("Site de la ville", f"http://{CAG}/")],
                address="Une application Fluicity pour la Ville de Cagnelle",
                features=frozenset({"participatory_platform"}), platforms=frozenset({"fluicity"}))


@_register
def cagnelle():
    return _city("99573", "Cagnelle", 71240, "06", PACA, [_cag_www(), _cag_fluicity()],
                 decoy_accounts=("https://www.facebook.com/cagnelletourisme", "https://www.instagram.com/cagnelle_tourisme"))


# =========================================================================== 99574 Lunelières (34)
# SPIP 4: article forums, the native petition, Formidable forms, a newsletter subscription; Occitan-named pages.

LUN = "www.lunelieres.fr"
_LUN_RECENT = [
    ("/Halte-ferroviaire-signez-la-petition", "Halte ferroviaire : signez la pétition", "Le conseil municipal demande la réouverture de la halte des Canabières."),
    ("/Budget-participatif-vert-2024", "Budget participatif vert : déposez vos projets", "80 000 € pour des projets d'habitants qui rafraîchissent la ville."),
    ("/Canicule-les-ilots-de-fraicheur", "Canicule : les îlots de fraîcheur de la ville", "Où trouver de la fraîcheur pendant les fortes chaleurs ?"),
    ("/Consultation-eau-potable", "L'eau potable : votre avis compte", "Un questionnaire sur vos usages de l'eau, ouvert jusqu'au 15 juillet."),
    ("/Ombrieres-du-marche-le-debat", "Ombrières du marché : le débat est ouvert", "Toile ou arbres ? La place de la Fontaine se prépare pour l'été."),
]


def _lun_site():
    def art(path, title, body, features=(), decoys=(), parent=("Parlem !", "/Parlem"), date="", rubrique=""):
        head = m.spip_info(date, rubrique) if date else ""
        return page(path, title, head + body, features, decoys, parent=parent)

    home = page("/", "Accueil", (
        '<div class="sommaire-edito">' + m.p("Bienvenguda a Lunelièras ! Bienvenue sur le site de la commune, entre étangs, garrigue et vignes.") + "</div>"
        + m.spip_list(_LUN_RECENT, "À la une")
        + m.tiles([("/Parlem", "Parlem ! Participer"), ("/Los-conselhs-de-quartier", "Conseils de quartier"),
                   ("/Le-droit-de-petition-local", "Droit de pétition"), ("/spip.php?page=contact", "Contact"),
                   ("/Forum-des-associations-2024", "Forum des associations"), ("/Lenga-occitana", "Lenga occitana"),
                   ("/Conseil-municipal-du-27-juin-2024", "Conseil municipal"), ("/spip.php?page=lettre", "La lettre de Lunelières"),
                   ("/Soutien-a-la-SNSM", "Soutien à la SNSM"), ("/Budget-participatif-du-Departement", "Budget participatif de l'Hérault"),
                   ("/Terrasses-resultats-de-la-consultation", "Terrasses : les résultats")], "Raccourcis", "raccourcis")))

    parlem = art("/Parlem", "Parlem ! La participation citoyenne à Lunelières", (
        m.spip_chapo("« Parlem », c'est « parlons » en occitan. C'est le nom que la commune a donné à sa démarche de démocratie participative.")
        + m.p("Depuis 2020, Lunelières associe ses habitants aux décisions qui les concernent. Parlem ! regroupe "
              "tous les outils de la participation :",
              m.ul('<a href="/Los-conselhs-de-quartier">les quatre conseils de quartier</a> ;',
                   '<a href="/Budget-participatif-vert-2024">le budget participatif vert</a>, 80 000 € par an ;',
                   '<a href="/Le-droit-de-petition-local">le droit de pétition local</a> ;',
                   'les consultations en ligne, comme celle sur <a href="/Consultation-eau-potable">l\'eau potable</a> ;',
                   'les <a href="/Balade-urbaine-aux-Canabieres">balades urbaines</a> et les ateliers de concertation.'),
              "Une conseillère municipale déléguée à la participation citoyenne et une chargée de mission animent la "
              "démarche. Permanence chaque mercredi de 14 h à 17 h à la maison des associations.")),
        {"participation_displayed"}, parent=(), date="2024-01-15", rubrique="Parlem !")

    cq = art("/Los-conselhs-de-quartier", "Los conselhs de quartièr — les conseils de quartier", (
        m.spip_chapo("Quatre conseils de quartier, ouverts à tous les habitants de plus de 16 ans.")
        + m.p("<strong>Lo Vilatge</strong> (centre ancien), <strong>Las Canabièras</strong>, <strong>L'Estanh</strong> "
              "(bord d'étang, Le Grau) et <strong>Las Garrigas</strong> : chaque quartier a son conseil, qui se réunit "
              "au moins trois fois par an en réunion publique.",
              "Les conseils donnent leur avis sur les projets de la commune, font remonter les demandes des habitants "
              "et gèrent une petite enveloppe d'investissement. En 2023, ils ont obtenu des bancs à l'ombre au bord de "
              "l'étang, un composteur partagé et la réfection du lavoir du Vilatge.",
              "Prochaines réunions : Las Canabièras le 11 juin, L'Estanh le 13 juin, à 18 h 30 à la salle polyvalente.")),
        {"participation_displayed"}, date="2024-02-03", rubrique="Parlem !")

    bp = art("/Budget-participatif-vert-2024", "Budget participatif vert : déposez vos projets", (
        m.spip_chapo("80 000 € pour des projets proposés par les habitants pour rafraîchir la commune, économiser l'eau et protéger la biodiversité.")
        + m.p("Pour la deuxième édition du budget participatif vert, la commune consacre 80 000 € d'investissement "
              "aux projets de ses habitants. Chacun peut déposer un projet jusqu'au 30 juin ; les projets jugés "
              "réalisables seront soumis au vote de tous les habitants en octobre.",
              "<h2 class=\"spip\">Déposer un projet</h2>")
        + m.formidable("budget-participatif-vert", 4, "/Budget-participatif-vert-2024", [
            ("input", "Nom et prénom du porteur de projet", True), ("email", "Courriel", True),
            ("selection:Lo Vilatge|Las Canabièras|L'Estanh|Las Garrigas|Toute la commune", "Quartier concerné", True),
            ("input", "Titre du projet", True), ("textarea", "Description du projet", True),
            ("input", "Coût estimé (si vous le connaissez)", False)], "Déposer mon projet")
        + m.p('Les projets de l\'an dernier : <a href="/Budget-participatif-vert-les-projets-au-vote">voir les projets soumis au vote</a>.')),
        # the project form belongs to the participatory budget: a proposal, not a message to the town hall
        {"participatory_budget"}, decoys={"contact_form"}, date="2024-04-02", rubrique="Parlem !")

    vote = art("/Budget-participatif-vert-les-projets-au-vote", "Budget participatif vert : votez pour vos projets", (
        m.spip_chapo("Onze projets ont été jugés réalisables. Chaque habitant peut voter pour trois projets au maximum.")
        + m.formidable("vote-bpv", 5, "/Budget-participatif-vert-les-projets-au-vote", [
            ("checkbox:Ombrer l'aire de jeux de l'Estanh (18 000 €)|Un verger partagé aux Garrigas (12 000 €)|"
             "Récupérateurs d'eau au cimetière (9 000 €)|Une fontaine à boire place de la Fontaine (15 000 €)|"
             "Nichoirs et hôtels à insectes dans les écoles (4 000 €)|Désimperméabiliser le parvis de la salle polyvalente (30 000 €)",
             "Mes trois projets préférés", True),
            ("input", "Nom", True), ("input", "Adresse à Lunelières", True), ("date", "Date de naissance", True)], "Voter")
        + m.p("Vote ouvert du 1er au 31 octobre 2024. Un vote par personne ; les votes en double seront annulés.")),
        {"participatory_budget"}, parent=("Budget participatif vert", "/Budget-participatif-vert-2024"), date="2024-04-02", rubrique="Parlem !")

    halte = art("/Halte-ferroviaire-signez-la-petition", "Halte ferroviaire : signez la pétition", (
        m.spip_chapo("La halte des Canabières est fermée depuis 2017. Le conseil municipal demande sa réouverture à la Région.")
        + m.p("Avec 4 000 trajets domicile-travail par jour vers Montpellier et Sète, la réouverture de la halte "
              "désengorgerait la RD 613 et offrirait une alternative à la voiture, en particulier aux jeunes et aux "
              "personnes âgées. Le conseil municipal a adopté à l'unanimité, le 28 mars, un vœu en ce sens.",
              "Soutenez cette demande en signant la pétition : elle sera remise à la présidente de Région et au "
              "directeur régional de SNCF Voyageurs à la rentrée.")
        + m.spip_petition(212, 2817, [("4 juin 2024", "Martine R.", "Je prends le train à Frontignan faute de mieux, 20 minutes de voiture en plus."),
                                      ("4 juin 2024", "Yanis", "Pour aller à la fac sans voiture !"),
                                      ("3 juin 2024", "Famille Cazals", "")])),
        {"petition"}, {"contact_form"}, parent=(), date="2024-04-10", rubrique="Actualités")  # a signature form, not a message

    droit = art("/Le-droit-de-petition-local", "Le droit de pétition local", (
        m.spip_chapo("À Lunelières, une pétition signée par 300 habitants oblige le conseil municipal à débattre de son sujet.")
        + m.p("Inscrit dans la charte Parlem ! adoptée en 2021, le droit de pétition local permet à tout habitant de "
              "plus de 16 ans de lancer une pétition sur une question relevant de la compétence de la commune.",
              "<h2 class=\"spip\">Comment lancer une pétition ?</h2>",
              m.ul("Rédigez votre texte (2 000 signes maximum) et déposez-le à l'accueil de la mairie ou envoyez-le à "
                   + m.mailto("parlem@lunelieres.fr") + " ;",
                   "la commune vérifie sous quinze jours qu'il relève de ses compétences ;",
                   "la pétition est alors publiée sur ce site, où chacun peut la signer pendant trois mois ;",
                   "au-delà de 300 signatures, elle est inscrite à l'ordre du jour du conseil municipal."),
              "<h2 class=\"spip\">Pétitions en cours</h2>",
              m.ul('<a href="/Halte-ferroviaire-signez-la-petition">Pour la réouverture de la halte ferroviaire des Canabières</a> — 2 817 signatures'))),
        {"petition", "participation_displayed"}, date="2024-01-15", rubrique="Parlem !")

    canicule = art("/Canicule-les-ilots-de-fraicheur", "Canicule : les îlots de fraîcheur de la ville", (
        m.spip_chapo("Quand le thermomètre dépasse 35 °C, la commune ouvre ses lieux frais.")
        + m.p("Pendant les épisodes de canicule, la médiathèque, la salle polyvalente et l'église Saint-Étienne restent "
              "ouvertes l'après-midi avec de l'eau fraîche à disposition. Le parc de l'Estanh, ombragé par ses "
              "platanes centenaires, est ouvert jusqu'à 22 h.",
              "Vous connaissez d'autres lieux frais ? Partagez-les dans le forum de cet article.")
        + m.spip_forum(187, [
            ("Mireille", "2024-06-02T18:22:05Z", "2 juin 2024, 20:22", "La chapelle des Pénitents est très fraîche aussi, il faudrait l'ouvrir."),
            ("Toni", "2024-06-03T07:10:41Z", "3 juin 2024, 09:10", "Le parc ferme trop tôt en juillet, 22 h c'est quand il commence à faire bon !"),
            ("Lo Vilatge", "2024-06-03T16:45:00Z", "3 juin 2024, 18:45", "Le conseil de quartier a demandé des brumisateurs rue Basse.")])),
        {"comments"}, {"contact_form"}, parent=(), date="2024-05-30", rubrique="Actualités")  # the article's forum form is for comments

    ombr = art("/Ombrieres-du-marche-le-debat", "Ombrières du marché : le débat est ouvert", (
        m.spip_chapo("Des toiles tendues cet été, des arbres à l'automne ? La place de la Fontaine se prépare.")
        + m.p("Le marché du jeudi et du dimanche se tient en plein soleil sur la place de la Fontaine. La commune "
              "propose d'installer dès juillet des voiles d'ombrage provisoires, puis de planter huit micocouliers à "
              "l'automne. Certains commerçants préféreraient des parasols individuels.",
              "Qu'en pensez-vous ? Donnez votre avis ci-dessous ; la modération se fait a posteriori.")
        + m.spip_forum(191, [
            ("Jean-Pierre, primeur", "2024-05-24T08:02:00Z", "24 mai 2024, 10:02", "Des voiles, oui, mais qui résistent à la tramontane."),
            ("Aurélie", "2024-05-25T12:30:00Z", "25 mai 2024, 14:30", "Les arbres, c'est pour dans dix ans. Les deux !")])),
        {"comments"}, parent=(), date="2024-05-23", rubrique="Actualités")

    eau = art("/Consultation-eau-potable", "L'eau potable : votre avis compte", (
        m.spip_chapo("Un questionnaire en ligne pour préparer le schéma communal de l'eau.")
        + m.p("Sécheresses à répétition, nappe en baisse, fuites sur un réseau ancien : la commune prépare son schéma "
              "directeur de l'eau potable pour les quinze prochaines années. Avant de faire des choix, elle souhaite "
              "connaître vos usages et vos attentes.",
              "Le questionnaire prend une dizaine de minutes. Il est anonyme et ouvert jusqu'au 15 juillet. Des "
              "exemplaires papier sont disponibles à l'accueil de la mairie.")
        + m.limesurvey_link("https://enquetes.herault-numerique.fr", 482716, "Répondre au questionnaire sur l'eau potable")),
        {"poll"}, parent=(), date="2024-05-20", rubrique="Actualités")

    terrasses = art("/Terrasses-resultats-de-la-consultation", "Terrasses : les résultats de la consultation", (
        m.spip_chapo("La consultation sur les terrasses du centre ancien est terminée : voici ce que vous avez répondu.")
        + m.p("Entre janvier et mars, 531 habitants et 22 commerçants ont répondu au questionnaire sur l'extension des "
              "terrasses dans le Vilatge. Résultats :",
              m.ul("62 % sont favorables à l'extension des terrasses en été ;",
                   "74 % demandent de maintenir un passage de 1,40 m pour les poussettes et les fauteuils ;",
                   "81 % souhaitent une fermeture des terrasses à minuit au plus tard."),
              "Le nouvel arrêté municipal, pris le 15 avril, tient compte de ces résultats. La consultation est close.")),
        # its subject is a public consultation of the city (shown), but the questionnaire is closed (no poll)
        {"participation_displayed"}, decoys={"poll"}, parent=(), date="2024-04-16", rubrique="Actualités")

    assoc = art("/Forum-des-associations-2024", "Forum des associations 2024", (
        m.p("Le forum des associations aura lieu le samedi 7 septembre de 10 h à 17 h au complexe sportif des "
            "Canabières. Joutes, rugby, occitan, théâtre, sauvetage en mer : 70 associations vous présentent leurs "
            "activités. Démonstration de joutes languedociennes à 15 h sur l'étang.")),
        decoys={"forum"}, parent=(), date="2024-06-01", rubrique="Agenda")

    snsm = art("/Soutien-a-la-SNSM", "Soutien aux sauveteurs en mer", (
        m.p("Le conseil municipal a voté une subvention exceptionnelle de 5 000 € à la station SNSM de Palavas-Lunelières "
            "pour le remplacement de son semi-rigide.",
            "Une pétition nationale demandant un financement pérenne de la SNSM par l'État circule par ailleurs sur "
            "internet : " + m.ext("https://www.change.org/p/gouvernement-un-financement-perenne-pour-la-snsm", "pétition sur change.org") + ".",
            "Vous pouvez aussi faire un don directement à la station.")),
        decoys={"petition"}, parent=(), date="2024-05-10", rubrique="Actualités")

    dept = art("/Budget-participatif-du-Departement", "Budget participatif de l'Hérault : à vos projets", (
        m.p("Le Département de l'Hérault lance la nouvelle édition de son budget participatif départemental. "
            "Associations et habitants peuvent proposer des projets jusqu'au 30 septembre sur la plateforme du Département.",
            "La commune n'organise pas ce budget participatif. Pour toute question, contactez directement les services "
            "départementaux : " + m.ext("https://jeparticipe.herault.fr/", "jeparticipe.herault.fr") + ".",
            "Le budget participatif vert de Lunelières, lui, reprendra en octobre.")),
        decoys={"participatory_budget", "participatory_platform"},  # the département's budget and platform, described and linked
        parent=(), date="2024-05-28", rubrique="Actualités")

    cm = art("/Conseil-municipal-du-27-juin-2024", "Conseil municipal du 27 juin 2024", (
        m.p("Le conseil municipal se réunira le jeudi 27 juin 2024 à 18 h 30, salle du conseil.",
            "<strong>Ordre du jour</strong>",
            "<ol class=\"spip\"><li>Approbation du procès-verbal de la séance du 28 mars</li><li>Compte administratif 2023</li>"
            "<li>Tarifs de la cantine scolaire 2024-2025</li><li>Convention de mise à disposition de la plage de l'Estanh</li>"
            "<li>Désignation d'un représentant au syndicat mixte du bassin de l'étang</li><li>Questions diverses</li></ol>",
            "La séance est publique.")),
        decoys={"participation_displayed"}, parent=(), date="2024-06-18", rubrique="Vie municipale")

    balade = art("/Balade-urbaine-aux-Canabieres", "Balade urbaine aux Canabières", (
        m.spip_chapo("Une balade pour imaginer ensemble l'avenir du quartier des Canabières, dans le cadre de la concertation sur le PLU.")
        + m.p("La révision du plan local d'urbanisme fait l'objet d'une concertation préalable. Après la réunion publique "
              "de mars, la commune et le conseil de quartier des Canabières vous proposent une balade urbaine le samedi "
              "15 juin à 9 h : du rond-point de la cave coopérative à l'ancienne halte ferroviaire, repérons ensemble "
              "les rues trop chaudes, les liaisons piétonnes à créer, les arbres à protéger.",
              "Rendez-vous devant la cave coopérative. Inscription souhaitée auprès de " + m.mailto("parlem@lunelieres.fr") + ".",
              "Un registre de concertation est aussi ouvert en mairie, et un atelier cartographique aura lieu le 29 juin.")),
        {"participation_displayed"}, date="2024-05-29", rubrique="Parlem !")

    occ = art("/Lenga-occitana", "Lenga occitana — la langue occitane", (
        m.p("Lunelièras es una vila occitana. La comuna sosten l'ensenhament de la lenga a l'escòla e la calandreta, "
            "e los panèls de las carrièras son bilingües dempuèi 2012.",
            "Lunelières est une ville occitane. La commune soutient l'enseignement de la langue à l'école publique et à "
            "la calandreta, et les plaques de rues sont bilingues depuis 2012. Chaque printemps, la Fèsta de la lenga "
            "réunit chorales, conteurs et bals traditionnels sur la place de la Fontaine.")),
        parent=(), date="2023-11-20", rubrique="Culture")

    contact = page("/spip.php?page=contact", "Contacter la mairie", (
        m.p("Mairie de Lunelières — 1, place de la République — 34792 Lunelières — 04 67 00 52 00")
        + m.formidable("contact-mairie", 1, "/spip.php?page=contact", [
            ("input", "Nom", True), ("email", "Courriel", True),
            ("selection:Accueil|État civil|Urbanisme|Services techniques|Parlem ! (participation)", "Destinataire", True),
            ("input", "Sujet", True), ("textarea", "Votre message", True)])),
        {"contact_form"})

    lettre = page("/spip.php?page=lettre", "La lettre de Lunelières", (
        m.p("Inscrivez-vous pour recevoir chaque mois la lettre électronique de la commune.")
        + '<div class="formulaire_spip formulaire_newsletter_subscribe" id="formulaire_newsletter_subscribe">'
          '<form method="post" action="/spip.php?page=lettre"><div><input name="formulaire_action" type="hidden" value="newsletter_subscribe" />'
          '<input name="formulaire_action_args" type="hidden" value="f3b0c1d9" /></div><div class="editer-groupe">'
          '<div class="editer editer_session_email obligatoire"><label for="session_email_nl">Votre adresse email</label>'
          '<input type="email" name="session_email" class="email text" id="session_email_nl" value="" /></div></div>'
          '<p class="boutons"><input type="submit" class="submit" value="S\'inscrire" /></p></form></div>'),
        decoys={"contact_form"})

    pages = [home, parlem, cq, bp, vote, halte, droit, canicule, ombr, eau, terrasses, assoc, snsm, dept, cm, balade, occ, contact, lettre]
    return Site(LUN, "spip", "Lunelières", pages,
                menu=[("Accueil", "/"), ("Parlem !", "/Parlem"), ("Conseils de quartier", "/Los-conselhs-de-quartier"),
                      ("Lenga occitana", "/Lenga-occitana"), ("Contact", "/spip.php?page=contact")],
                accounts=[social("facebook", "MairieDeLunelieres"), social("instagram", "lunelieres_officiel"),
                          social("mastodon", "lunelieres@piaille.fr", "https://piaille.fr/@lunelieres")],
                address="Mairie, 1 place de la République, 34792 Lunelières")


@_register
def lunelieres():
    return _city("99574", "Lunelières", 26430, "34", OCCITANIE, [_lun_site()])


# =========================================================================== 99575 Sérignac-de-Gardon (30)
# Joomla 4 (com_contact, RSForm!Pro, AcyMailing) and the residents' phpBB board on forum.serignac-gardon.fr.

SER = "www.serignac-gardon.fr"
SER_F = "forum.serignac-gardon.fr"
_SER_NEWS = [
    ("/actualites/consultation-piscine-d-ete", "Piscine d'été : donnez votre avis", "6 juin 2024",
     "Horaires, tarifs, nocturnes : un questionnaire pour préparer la saison de la piscine des Cigales."),
    ("/actualites/boite-a-idees", "Boîte à idées : le bilan", "27 mai 2024",
     "243 idées reçues en 2023 : ce qui a été retenu, ce qui ne l'a pas été."),
    ("/actualites/baignade-dans-le-gardon", "Baignade dans le Gardon : les règles de l'été", "21 mai 2024",
     "Zones autorisées, stationnement, feux : ce qu'il faut savoir avant de descendre à la rivière."),
    ("/actualites/debroussaillement-obligatoire", "Débroussaillement : c'est maintenant", "13 mai 2024",
     "Les obligations légales de débroussaillement s'appliquent avant le 15 juin."),
    ("/actualites/operation-tranquillite-vacances", "Opération tranquillité vacances", "2 mai 2024",
     "La police municipale veille sur votre logement pendant votre absence."),
    ("/actualites/recrutement-maitres-nageurs", "La ville recrute ses maîtres-nageurs", "15 mars 2024",
     "Quatre postes de surveillants de baignade à pourvoir pour la piscine des Cigales."),
    ("/actualites/forum-de-l-emploi", "Forum de l'emploi et des jobs d'été", "1er mars 2024",
     "Rendez-vous le 23 mars à la salle Marcel-Pagnol."),
]


def _ser_www():
    home = page("/", "Accueil", (
        m.p("<strong>Bienvenue à Sérignac-de-Gardon</strong>, porte des gorges et des garrigues gardoises.")
        + m.tiles([("/vie-municipale/democratie-locale", "Démocratie locale"), (f"http://{SER_F}/", "Forum des habitants"),
                   ("/contact/mairie", "Contacter la mairie"), ("/lettre-d-information", "Lettre d'information"),
                   ("/vie-municipale/conseil-municipal", "Conseil municipal")], "Accès rapides", "acces-rapides")
        + m.joomla_blog(_SER_NEWS[:4]) + '<p><a href="/actualites" class="btn btn-secondary">Toutes les actualités</a></p>'))

    demo = page("/vie-municipale/democratie-locale", "Démocratie locale", m.p(
        "Donner la parole aux habitants entre deux élections : c'est l'engagement pris par l'équipe municipale. "
        "Plusieurs rendez-vous et outils permettent à chacun de s'exprimer et de peser sur les décisions.",
        "<h2>Les assemblées de quartier</h2>",
        "Deux fois par an, au printemps et à l'automne, le maire et les adjoints tiennent une assemblée publique dans "
        "chacun des cinq quartiers : le Village, les Clapiers, le Pradet, Font-Vive et les Mas. Chacun peut y poser "
        "ses questions et faire des propositions ; les réponses sont publiées dans le bulletin municipal.",
        "<h2>Le conseil municipal des jeunes</h2>",
        "Élus par leurs camarades, vingt collégiens portent les projets de la jeunesse. "
        "<a href=\"/vie-municipale/conseil-municipal-des-jeunes\">Découvrir le CMJ</a>.",
        "<h2>Les consultations</h2>",
        "Pour les projets importants, la commune consulte les habitants par questionnaire, comme cette année pour "
        "<a href=\"/actualites/consultation-piscine-d-ete\">la piscine d'été</a>.",
        "<h2>La boîte à idées</h2>",
        "En 2023, la boîte à idées a recueilli 243 suggestions : <a href=\"/actualites/boite-a-idees\">lire le bilan</a>.",
        "<h2>Le forum des habitants</h2>",
        f"Depuis 2012, le <a href=\"http://{SER_F}/\">forum de Sérignac</a> permet aux habitants de discuter de la vie "
        "locale. Il est modéré par des bénévoles et un agent de la mairie y répond aux questions."),
        {"participation_displayed"}, parent=("Vie municipale", "/vie-municipale/democratie-locale"))

    cmj = page("/vie-municipale/conseil-municipal-des-jeunes", "Le conseil municipal des jeunes", m.p(
        "Le conseil municipal des jeunes (CMJ) réunit vingt élèves de la 6e à la 4e, élus pour deux ans dans les "
        "deux collèges de la commune. Accompagnés par le service jeunesse, ils se réunissent en commissions "
        "(environnement, sport et loisirs, solidarité) et présentent leurs projets au conseil municipal.",
        "Réalisations récentes : un parcours de santé ombragé au Pradet, des fontaines à eau dans les cours des "
        "écoles, une journée de nettoyage des berges du Gardon avec 150 participants.",
        "Les élections du prochain CMJ auront lieu en octobre dans les collèges."),
        {"participation_displayed"}, parent=("Démocratie locale", "/vie-municipale/democratie-locale"))

    cm = page("/vie-municipale/conseil-municipal", "Le conseil municipal", m.p(
        "Le conseil municipal compte 33 élus. Il règle par ses délibérations les affaires de la commune : budget, "
        "urbanisme, personnel, équipements.",
        "<h2>Prochaine séance</h2>", "Mardi 25 juin 2024 à 18 h, salle du conseil. Ordre du jour : compte administratif "
        "2023, décision modificative n° 1, tarifs de la piscine des Cigales, convention avec le syndicat mixte des "
        "gorges du Gardon, motion sur les retenues d'eau agricoles.",
        "<h2>Les comptes rendus</h2>", "Les comptes rendus sont affichés en mairie dans les huit jours suivant chaque séance.",
        m.docs(("", "Compte rendu du conseil du 28 mars 2024", "380 Ko"), ("", "Compte rendu du conseil du 1er février 2024", "410 Ko"))),
        decoys={"participation_displayed"}, parent=("Vie municipale", "/vie-municipale/democratie-locale"))

    news = page("/actualites", "Actualités", m.joomla_blog(_SER_NEWS))

    piscine = page("/actualites/consultation-piscine-d-ete", "Piscine d'été : donnez votre avis", m.p(
        "La piscine découverte des Cigales ouvrira le 29 juin. Pour les saisons suivantes, la commune réfléchit à "
        "de nouveaux horaires (ouverture plus matinale, nocturnes les soirs de canicule) et à une tarification "
        "familiale. Avant de décider, elle vous consulte.",
        "Le questionnaire est anonyme ; il est ouvert jusqu'au 14 juillet.",
        m.framaforms("piscine-des-cigales-votre-avis-1716978041"),
        "Merci de votre participation ! Les résultats seront présentés lors des assemblées de quartier d'automne."),
        {"poll"}, parent=("Actualités", "/actualites"))

    gardon = page("/actualites/baignade-dans-le-gardon", "Baignade dans le Gardon : les règles de l'été", m.p(
        "Chaque été, des milliers de baigneurs descendent au Gardon. La baignade n'y est pas surveillée : elle se fait "
        "aux risques et périls de chacun. Quelques règles s'imposent.",
        "<h2>Stationnement</h2>",
        "Le parking du Pont-Vieux (120 places) est payant en juillet et août, gratuit pour les Sérignacois munis de "
        "la vignette. Le stationnement sur la route départementale est interdit et verbalisé.",
        "<h2>Risque incendie</h2>",
        "Les feux, barbecues et réchauds sont interdits sur les berges. L'accès aux massifs peut être fermé par arrêté "
        "préfectoral les jours de risque très sévère : consultez la carte avant de partir.",
        "<h2>Qualité de l'eau</h2>",
        "Des analyses sont réalisées chaque semaine par l'Agence régionale de santé et affichées au Pont-Vieux.",
        f"Le sujet du stationnement fait débat sur le <a href=\"http://{SER_F}/viewtopic.php?t=57\">forum des habitants</a>."),
        decoys={"forum"}, parent=("Actualités", "/actualites"))  # links to a board thread, is not the board

    debrou = page("/actualites/debroussaillement-obligatoire", "Débroussaillement : c'est maintenant", m.p(
        "Dans les zones exposées aux incendies de forêt, les propriétaires doivent débroussailler 50 mètres autour de "
        "leur habitation, avant le 15 juin. Cette obligation concerne les trois quarts des maisons de la commune.",
        "Le brûlage des végétaux est interdit ; la déchèterie accepte gratuitement les déchets verts jusqu'à 3 m³ par semaine.",
        "Suivez les conseils des pompiers du Gard sur leur page :",
        m.fb_page_plugin("https://www.facebook.com/pompiersdugard30", "Sapeurs-pompiers du Gard")),
        parent=("Actualités", "/actualites"))

    idees = page("/actualites/boite-a-idees", "Boîte à idées : le bilan", m.p(
        "Ouverte de janvier à décembre 2023, la boîte à idées de la mairie a reçu 243 suggestions, sur papier et en "
        "ligne. Elle est désormais fermée : merci à toutes celles et à tous ceux qui y ont participé.",
        "<h2>Ce qui a été retenu</h2>",
        m.ul("Des fontaines à eau dans les cours d'écoles (réalisé en avril) ;",
             "l'ouverture de la piscine des Cigales dès 9 h en juillet (à l'essai cet été) ;",
             "un composteur partagé aux Clapiers (commandé) ;",
             "des bancs à l'ombre le long du chemin du Gardon (à l'étude)."),
        "<h2>Ce qui ne l'a pas été, et pourquoi</h2>",
        "Certaines idées ne relèvent pas de la commune (horaires des bus régionaux, tarifs de l'eau fixés par le "
        "syndicat) ; d'autres dépassent ses moyens, comme une seconde piscine couverte. Chaque auteur a reçu une réponse.",
        "Une nouvelle formule de participation sera présentée lors des assemblées de quartier d'automne."),
        # the results of a closed suggestion box: nothing left to propose
        decoys={"suggestion_call", "contact_form"}, parent=("Actualités", "/actualites"))

    otv = page("/actualites/operation-tranquillite-vacances", "Opération tranquillité vacances", m.p(
        "Pendant vos vacances, la police municipale et la gendarmerie surveillent votre domicile lors de leurs "
        "patrouilles. Inscription gratuite, au moins trois jours avant votre départ.")
        + m.rsform(9, "/actualites/operation-tranquillite-vacances", [
            ("textbox", "NomOTV", "Nom et prénom", True), ("textbox", "Adresse", "Adresse du logement", True),
            ("tel", "Telephone", "Téléphone", True), ("date", "Depart", "Date de départ", True), ("date", "Retour", "Date de retour", True),
            ("radio:Oui|Non", "Alarme", "Le logement est-il équipé d'une alarme ?", True)], "S'inscrire"),
        decoys={"contact_form"}, parent=("Actualités", "/actualites"))  # registration only, no message field

    recrut = page("/actualites/recrutement-maitres-nageurs", "La ville recrute ses maîtres-nageurs", m.p(
        "Appel à candidatures pour la saison 2024 de la piscine des Cigales (29 juin – 1er septembre) : deux "
        "maîtres-nageurs sauveteurs (BPJEPS AAN) et deux surveillants de baignade (BNSSA).",
        "Envoyez CV et lettre de motivation avant le 15 avril à " + m.mailto("rh@serignac-gardon.fr") + " ou par courrier "
        "à M. le Maire, service des ressources humaines."),
        decoys={"suggestion_call"}, parent=("Actualités", "/actualites"))

    emploi = page("/actualites/forum-de-l-emploi", "Forum de l'emploi et des jobs d'été", m.p(
        "Le forum de l'emploi et des jobs d'été se tiendra le samedi 23 mars de 9 h à 13 h, salle Marcel-Pagnol. "
        "Campings, canoës du Gardon, restaurants, exploitations agricoles (vendanges) et services à la personne : "
        "plus de 200 offres à pourvoir. Pensez à apporter votre CV."),
        decoys={"forum"}, parent=("Actualités", "/actualites"))

    contact = page("/contact/mairie", "Contacter la mairie", m.joomla_contact(
        "mairie", "Mairie de Sérignac-de-Gardon",
        '<span class="contact-street" itemprop="streetAddress">Place de la Mairie</span><br>'
        '<span class="contact-postcode" itemprop="postalCode">30614</span> <span class="contact-suburb" itemprop="addressLocality">Sérignac-de-Gardon</span><br>'
        '<span class="contact-telephone" itemprop="telephone">04 66 00 73 00</span>'),
        {"contact_form"})

    lettre = page("/lettre-d-information", "Lettre d'information", m.p(
        "Inscrivez-vous à la lettre d'information mensuelle de la commune.") + m.acymailing(2),
        decoys={"contact_form"})

    pages = [home, demo, cmj, cm, news, piscine, gardon, debrou, idees, otv, recrut, emploi, contact, lettre]
    return Site(SER, "joomla", "Sérignac-de-Gardon", pages,
                menu=[("Accueil", "/"), ("Vie municipale", "/vie-municipale/democratie-locale"), ("Actualités", "/actualites"),
                      ("Forum", f"http://{SER_F}/"), ("Contact", "/contact/mairie")],
                accounts=[social("facebook", "serignacdegardon"),
                          social("youtube", "SerignacDeGardon", "https://www.youtube.com/@SerignacDeGardon")],
                address="Mairie, place de la Mairie, 30614 Sérignac-de-Gardon")


def _ser_forum():
    index = page("/", "Index du forum", (
        '<p class="right responsive-center time">Nous sommes le mar. 11 juin 2024 21:14</p>'
        + m.phpbb_forums("La vie à Sérignac", [
            (2, "Vie des quartiers", "Le Village, les Clapiers, le Pradet, Font-Vive, les Mas : ce qui se passe près de chez vous.", 148, 1261, "mireille30", "mar. 11 juin 2024 19:02"),
            (3, "Environnement : eau, chaleur, Gardon", "Sécheresse, baignade, incendies, jardins.", 86, 903, "PatrickV", "lun. 10 juin 2024 22:47")])
        + m.phpbb_forums("La mairie vous répond", [
            (4, "Questions à la mairie", "Un agent de la mairie répond ici aux questions des habitants (sous 8 jours ouvrés).", 211, 498, "Mairie_Serignac", "lun. 10 juin 2024 11:30")])
        + '<div class="stat-block online-list"><h3>Qui est en ligne ?</h3><p>Au total, il y a <strong>23</strong> utilisateurs en ligne :: 4 enregistrés, 0 invisible et 19 invités</p></div>'
        + '<div class="stat-block statistics"><h3>Statistiques</h3><p>Messages <strong>14 812</strong> &bull; Sujets <strong>1 904</strong> &bull; Membres <strong>1 137</strong></p></div>'))

    f2 = page("/viewforum.php?f=2", "Vie des quartiers", m.phpbb_topics("Vie des quartiers", [
        (12, "Charte du forum : à lire avant de poster", "Modération", 0, 4120, "Modération", "sam. 2 sept. 2023 10:00"),
        (41, "De l'ombre sur l'aire de jeux du Pradet ?", "Sandrine_P", 17, 688, "mireille30", "mar. 11 juin 2024 19:02")], announce=(12,)),
        parent=("Index du forum", "/"))
    f3 = page("/viewforum.php?f=3", "Environnement : eau, chaleur, Gardon", m.phpbb_topics("Environnement", [
        (57, "Baignade au Gardon : parking saturé tous les week-ends", "Lou_Gardounenc", 26, 1904, "PatrickV", "lun. 10 juin 2024 22:47"),
        (63, "Restrictions d'eau : peut-on encore arroser le potager ?", "jardinier_des_mas", 9, 412, "Mairie_Serignac", "ven. 7 juin 2024 16:20")]),
        parent=("Index du forum", "/"))
    f4 = page("/viewforum.php?f=4", "Questions à la mairie", m.phpbb_topics("Questions à la mairie", [
        (63, "Restrictions d'eau : peut-on encore arroser le potager ?", "jardinier_des_mas", 9, 412, "Mairie_Serignac", "ven. 7 juin 2024 16:20"),
        (70, "Horaires de la déchèterie l'été", "Claudine", 2, 97, "Mairie_Serignac", "lun. 10 juin 2024 11:30")]),
        parent=("Index du forum", "/"))

    charte = page("/viewtopic.php?t=12", "Charte du forum : à lire avant de poster", m.phpbb_posts(12, "Charte du forum : à lire avant de poster", [
        ("Modération", "Administrateur", "sam. 2 sept. 2023 10:00",
         "<p>Bienvenue sur le forum des habitants de Sérignac-de-Gardon. Ce forum est un lieu d'échange entre habitants, "
         "hébergé par la commune et modéré par des bénévoles.</p><ul><li>Restez courtois, même en désaccord.</li>"
         "<li>Pas d'attaques personnelles, pas de propagande électorale.</li><li>Les annonces commerciales vont dans la "
         "rubrique prévue.</li></ul><p>Les messages contraires à la charte seront supprimés.</p>")], locked=True),
        parent=("Vie des quartiers", "/viewforum.php?f=2"))

    t41 = page("/viewtopic.php?t=41", "De l'ombre sur l'aire de jeux du Pradet ?", m.phpbb_posts(41, "De l'ombre sur l'aire de jeux du Pradet ?", [
        ("Sandrine_P", "Membre", "jeu. 30 mai 2024 14:12",
         "<p>Bonjour à tous, l'aire de jeux du Pradet est en plein soleil, les toboggans brûlent dès le mois de mai. "
         "Est-ce que d'autres parents seraient partants pour demander des voiles d'ombrage à la mairie ?</p>"),
        ("mireille30", "Membre actif", "jeu. 30 mai 2024 18:40",
         "<p>Partante ! On pourrait en parler à l'assemblée de quartier de juin.</p>"),
        ("Mairie_Serignac", "Compte officiel", "ven. 31 mai 2024 09:15",
         "<p>Bonjour, la demande est notée. Des arbres ont été plantés l'hiver dernier mais ils mettront quelques années "
         "à faire de l'ombre. Les services étudient une solution provisoire.</p>"),
        ("Sandrine_P", "Membre", "mar. 11 juin 2024 19:02", "<p>Merci, on viendra en parler le 20 juin !</p>")]),
        parent=("Vie des quartiers", "/viewforum.php?f=2"))

    t57 = page("/viewtopic.php?t=57", "Baignade au Gardon : parking saturé tous les week-ends", m.phpbb_posts(57, "Baignade au Gardon : parking saturé tous les week-ends", [
        ("Lou_Gardounenc", "Membre actif", "dim. 2 juin 2024 20:03",
         "<p>Encore un dimanche avec des voitures garées n'importe comment jusqu'au chemin des Mas. Les pompiers ne "
         "pourraient pas passer en cas de feu. Il faudrait une navette depuis le village.</p>"),
        ("PatrickV", "Membre", "lun. 3 juin 2024 08:11",
         "<p>Une navette, qui la paierait ? Le parking payant l'été rapporte déjà à la commune.</p>"),
        ("Anne-So", "Membre", "lun. 3 juin 2024 12:45",
         "<p>À Collias ils ont mis une navette gratuite le week-end, ça marche bien.</p>"),
        ("PatrickV", "Membre", "lun. 10 juin 2024 22:47",
         "<p>Ok pour une navette si on limite aussi le nombre de places. Il y a trop de monde au Pont-Vieux pour la rivière.</p>")]),
        parent=("Environnement : eau, chaleur, Gardon", "/viewforum.php?f=3"))

    t63 = page("/viewtopic.php?t=63", "Restrictions d'eau : peut-on encore arroser le potager ?", m.phpbb_posts(63, "Restrictions d'eau : peut-on encore arroser le potager ?", [
        ("jardinier_des_mas", "Membre", "mer. 5 juin 2024 18:30",
         "<p>Avec l'arrêté sécheresse, a-t-on encore le droit d'arroser les légumes ? Et avec l'eau du puits ?</p>"),
        ("Mairie_Serignac", "Compte officiel", "ven. 7 juin 2024 16:20",
         "<p>Bonjour, en alerte renforcée l'arrosage des potagers reste autorisé de 20 h à 8 h. Les puits et forages "
         "privés sont soumis aux mêmes règles que le réseau public.</p>")]),
        parent=("Questions à la mairie", "/viewforum.php?f=4"))

    t70 = page("/viewtopic.php?t=70", "Horaires de la déchèterie l'été", m.phpbb_posts(70, "Horaires de la déchèterie l'été", [
        ("Claudine", "Membre", "sam. 8 juin 2024 10:02", "<p>La déchèterie ouvre-t-elle plus tôt l'été, avant la chaleur ?</p>"),
        ("Mairie_Serignac", "Compte officiel", "lun. 10 juin 2024 11:30",
         "<p>Oui, du 1er juillet au 31 août, elle ouvre de 7 h à 13 h du lundi au samedi.</p>")]),
        parent=("Questions à la mairie", "/viewforum.php?f=4"))

    pages = [index, f2, f3, f4, charte, t41, t57, t63, t70]
    return Site(SER_F, "phpbb", "Forum des habitants de Sérignac", pages, features=frozenset({"forum"}))


@_register
def serignac():
    return _city("99575", "Sérignac-de-Gardon", 22680, "30", OCCITANIE, [_ser_www(), _ser_forum()],
                 decoy_accounts=("https://www.facebook.com/pompiersdugard30",))


# =========================================================================== 99576 Port-Salvanès (66)
# A vendor CMS, Publik e-services (contact, boîte à idées, petitions), the city's neighbours' network on
# voisins.port-salvanes.fr and id-city on port-salvanes.id-city.com.

PSA = "www.port-salvanes.fr"
PSA_D = "demarches.port-salvanes.fr"
PSA_V = "voisins.port-salvanes.fr"
PSA_I = "port-salvanes.id-city.com"
_PSA_NEWS = [
    ("/actualites/amenagement-plage-du-grau-donnez-votre-avis", "Plage du Grau : donnez votre avis", "7 juin 2024",
     "Trois scénarios d'aménagement sont soumis à la consultation des habitants jusqu'au 7 juillet."),
    ("/actualites/festival-cinema-prix-du-public", "Festival Cinémar : votez pour le prix du public", "31 mai 2024",
     "Du 12 au 16 juin, douze films sur la mer en compétition au cinéma Le Canigó."),
    ("/actualites/gendarmerie-voisins-vigilants", "Cambriolages : le dispositif « participation citoyenne » étendu", "24 mai 2024",
     "La commune et la gendarmerie étendent le dispositif à trois nouveaux quartiers."),
    ("/actualites/enquete-publique-dragage-du-port", "Enquête publique : dragage du port de plaisance", "16 mai 2024",
     "Enquête publique au titre de la loi sur l'eau, du 3 au 21 juin."),
    ("/actualites/appel-d-offres-ombrieres", "Marché public : ombrières de la promenade", "3 mai 2024",
     "Avis d'appel public à la concurrence pour la fourniture et la pose d'ombrières."),
]


def _psa_www():
    home = page("/", "Accueil", (
        '<section class="home-hero"><p class="home-hero__title">Port-Salvanès, la Catalane</p>'
        '<p class="home-hero__subtitle">Entre Albères et Méditerranée</p></section>'
        + m.tiles([("/ma-ville/participation-citoyenne", "Participation citoyenne"), (f"http://{PSA_I}/", "Port-Salvanès & Vous"),
                   (f"http://{PSA_V}/", "Voisins de Port-Salvanès"), (f"http://{PSA_D}/", "Démarches en ligne"),
                   ("/plages/navette-maritime", "Navette maritime"), ("/budget", "Budget"), ("/cultura-catalana", "Cultura catalana"),
                   ("/contact", "Contact")], "Accès directs", "quick-access")
        + m.teasers(_PSA_NEWS[:3], "À la une", "news-card")
        + '<p class="home-news__more"><a href="/actualites">Toutes les actualités</a></p>'))

    pc = page("/ma-ville/participation-citoyenne", "Participation citoyenne", (
        m.p("<strong>Port-Salvanès, ciutat participativa.</strong> La participation des habitants est au cœur du projet "
            "municipal. Elle repose sur des instances, des outils et des rendez-vous ouverts à tous.")
        + '<div class="cards">'
        + m.infobox("Les comités de quartier", m.p('Sept comités, ouverts à tous, consultés sur les projets de leur quartier. '
                                                   '<a href="/ma-ville/participation-citoyenne/comites-de-quartier">En savoir plus</a>'), "card")
        + m.infobox("Port-Salvanès & Vous", m.p(f'Consultations, idées et budget participatif sur <a href="http://{PSA_I}/">l\'application citoyenne</a>.'), "card")
        + m.infobox("Les pétitions citoyennes", m.p('Lancez une pétition ou signez celles des autres habitants. '
                                                    '<a href="/ma-ville/participation-citoyenne/petitions">Le registre des pétitions</a>'), "card")
        + m.infobox("La boîte à idées", m.p(f'Une suggestion ? <a href="http://{PSA_D}/boite-a-idees/">Déposez-la en ligne</a>.'), "card")
        + m.infobox("Voisins de Port-Salvanès", m.p('Le réseau d\'entraide entre voisins. <a href="/ma-ville/participation-citoyenne/voisins">Découvrir</a>'), "card")
        + "</div>"),
        {"participation_displayed"})

    cq = page("/ma-ville/participation-citoyenne/comites-de-quartier", "Les comités de quartier", m.p(
        "Sept comités de quartier couvrent l'ensemble de la commune : Centre ancien, Le Grau, Les Tamarins, La Marenda, "
        "Sant Martí, Les Albères et La Plaine. Chaque comité est co-présidé par un habitant et un élu.",
        "Les comités se réunissent au moins trois fois par an en séance publique. Ils donnent un avis sur les projets "
        "d'aménagement, organisent des diagnostics en marchant et relaient les demandes des habitants. Leurs comptes "
        "rendus sont publiés sur Port-Salvanès & Vous.",
        "Pour rejoindre le comité de votre quartier, il suffit de venir à la prochaine réunion ou d'écrire à "
        + m.mailto("quartiers@port-salvanes.fr") + "."),
        {"participation_displayed"}, parent=("Participation citoyenne", "/ma-ville/participation-citoyenne"))

    pet_rows = [("Pour un passage piéton sécurisé devant l'école des Tamarins", "312 / 300", "Transmise au conseil municipal du 27 juin"),
                ("Rouvrir le poste de secours de la plage de la Marenda", "188 / 300", "Signatures ouvertes jusqu'au 30 juillet"),
                ("Interdire les feux d'artifice privés pendant l'été", "96 / 300", "Signatures ouvertes jusqu'au 15 septembre")]
    petitions = page("/ma-ville/participation-citoyenne/petitions", "Le registre des pétitions citoyennes", (
        m.p("Depuis la délibération du 14 décembre 2022, tout habitant de plus de 16 ans peut lancer une pétition "
            "adressée au conseil municipal. Une pétition qui recueille 300 signatures d'habitants en quatre mois est "
            "inscrite à l'ordre du jour d'une séance du conseil.")
        + "<h2>Pétitions ouvertes à la signature</h2>"
        + '<table class="table table--petitions"><thead><tr><th scope="col">Pétition</th><th scope="col">Signatures</th><th scope="col">État</th></tr></thead><tbody>'
        + "".join(f"<tr><td>{t}</td><td>{n}</td><td>{e}</td></tr>" for t, n, e in pet_rows) + "</tbody></table>"
        + m.p(f'<a class="btn btn--primary" href="http://{PSA_D}/signer-une-petition/">Signer une pétition</a> '
              f'<a class="btn" href="http://{PSA_D}/deposer-une-petition/">Lancer une pétition</a>',
              "Les pétitions doivent relever des compétences de la commune et respecter la loi. Le service démocratie "
              "locale vérifie leur recevabilité sous quinze jours.")),
        {"petition"}, parent=("Participation citoyenne", "/ma-ville/participation-citoyenne"))

    voisins = page("/ma-ville/participation-citoyenne/voisins", "Voisins de Port-Salvanès", m.p(
        "Prêter un parasol, trouver un covoiturage pour le marché, veiller sur une voisine âgée pendant la canicule : "
        f"<a href=\"http://{PSA_V}/\">Voisins de Port-Salvanès</a> est le réseau social de proximité créé par la Ville "
        "pour ses habitants, quartier par quartier.",
        "Gratuit et sans publicité, il est réservé aux habitants de la commune (adresse vérifiée à l'inscription) et "
        "modéré par l'équipe du centre social. Les annonces des comités de quartier y sont relayées.",
        "Plus de 2 600 habitants y sont déjà inscrits."),
        # the city's own neighbours' network, presented and linked
        {"territorial_social_network"}, parent=("Participation citoyenne", "/ma-ville/participation-citoyenne"))

    news = page("/actualites", "Actualités", m.teasers(_PSA_NEWS, "Toutes les actualités", "news-card"))

    grau = page("/actualites/amenagement-plage-du-grau-donnez-votre-avis", "Plage du Grau : donnez votre avis", m.p(
        "<span class=\"date\">Publié le 7 juin 2024</span>",
        "L'érosion a fait reculer la plage du Grau de près de 15 mètres en vingt ans. La Ville, avec le Conservatoire "
        "du littoral, prépare un projet de recomposition : recul du parking, restauration des dunes, nouveaux accès.",
        "Trois scénarios sont soumis à la consultation des habitants jusqu'au 7 juillet, sur l'application "
        f"<a href=\"http://{PSA_I}/consultations/amenagement-plage-du-grau\">Port-Salvanès & Vous</a>. Une réunion "
        "publique aura lieu le 20 juin à 18 h 30 à la salle des fêtes, et un diagnostic en marchant avec le comité "
        "de quartier du Grau le samedi 22 juin.",
        "Les résultats de la consultation seront publiés en septembre et annexés au dossier soumis au conseil municipal."),
        # its subject is the city's public consultation (presented); the questionnaire itself is on id-city
        {"participation_displayed"}, parent=("Actualités", "/actualites"))

    cine = page("/actualites/festival-cinema-prix-du-public", "Festival Cinémar : votez pour le prix du public", m.p(
        "<span class=\"date\">Publié le 31 mai 2024</span>",
        "Pour sa 9e édition, le festival Cinémar présente douze films, documentaires et fictions, sur la mer et le "
        "littoral. Le jury professionnel remettra le Grand Prix ; les spectateurs, eux, décernent le prix du public.",
        "À la sortie de chaque séance, déposez votre bulletin dans l'urne ou votez en ligne avec le code figurant sur "
        "votre billet :",
        m.booking_form("/actualites/festival-cinema-prix-du-public", "Prix du public Cinémar", [
            ("text", "code", "Code du billet"),
            ("select:Posidonia|Le Dernier Pointu|Sel|Les Filles du Grau|Tramontane|Marée basse", "film", "Film")], "Voter"),
        "Palmarès le dimanche 16 juin à 21 h."),
        decoys={"poll", "contact_form"},  # a vote for a festival prize, not a poll on local matters
        parent=("Actualités", "/actualites"))

    gend = page("/actualites/gendarmerie-voisins-vigilants", "Cambriolages : le dispositif « participation citoyenne » étendu", m.p(
        "<span class=\"date\">Publié le 24 mai 2024</span>",
        "Le dispositif « participation citoyenne », piloté par la gendarmerie nationale sous l'autorité du préfet, est "
        "étendu aux quartiers des Tamarins, de Sant Martí et des Albères. Des habitants référents, formés par la "
        "gendarmerie, signalent les comportements suspects et diffusent les conseils de prévention.",
        "La commune rappelle qu'elle n'adhère à aucune application payante de « voisins vigilants » et que les "
        "référents ne disposent d'aucun pouvoir de police. En cas d'urgence, composez le 17."),
        decoys={"participation_displayed", "territorial_social_network"}, parent=("Actualités", "/actualites"))

    dragage = page("/actualites/enquete-publique-dragage-du-port", "Enquête publique : dragage du port de plaisance", m.p(
        "<span class=\"date\">Publié le 16 mai 2024</span>",
        "Par arrêté du préfet des Pyrénées-Orientales, une enquête publique est ouverte du 3 au 21 juin 2024 sur la "
        "demande d'autorisation environnementale de dragage d'entretien du port de plaisance, présentée par la régie "
        "du port.",
        "Le dossier est consultable à la capitainerie et en mairie. La commissaire enquêtrice tiendra trois "
        "permanences en mairie. Les observations peuvent être portées sur le registre d'enquête ou adressées par "
        "courriel à la préfecture."),
        decoys={"participation_displayed"}, parent=("Actualités", "/actualites"))

    aao = page("/actualites/appel-d-offres-ombrieres", "Marché public : ombrières de la promenade", m.p(
        "<span class=\"date\">Publié le 3 mai 2024</span>",
        "Avis d'appel public à la concurrence. Objet : fourniture et pose de quatorze ombrières textiles sur la "
        "promenade du front de mer. Procédure adaptée. Date limite de remise des offres : 31 mai 2024 à 12 h.",
        "Le dossier de consultation des entreprises est téléchargeable sur le profil acheteur : "
        + m.ext("https://www.marches-securises.fr/", "marches-securises.fr") + "."),
        decoys={"suggestion_call"}, parent=("Actualités", "/actualites"))

    navette = page("/plages/navette-maritime", "La navette maritime", m.p(
        "De juin à septembre, une navette maritime relie le port au Racó et à la plage de la Marenda, toutes les "
        "45 minutes de 9 h à 19 h. Tarif : 3 € l'aller, gratuit pour les moins de 6 ans.",
        f"<a class=\"btn\" href=\"http://{PSA_D}/reservation-navette-maritime/\">Réserver une traversée</a>"))

    budget = page("/budget", "Le budget de la commune", m.p(
        "Le budget 2024 s'élève à 47,9 millions d'euros. L'investissement (12,8 millions) est consacré en priorité à "
        "la protection du littoral, à l'eau et aux écoles.",
        "Principales opérations : recomposition de la plage du Grau (2,6 M€), réseau d'eau potable (1,9 M€), "
        "rénovation thermique de l'école des Tamarins (1,4 M€), budget participatif (150 000 €).",
        m.docs(("", "Budget primitif 2024", "3,1 Mo"), ("", "Compte administratif 2023", "2,7 Mo"))),
        decoys={"participatory_budget"})  # the ordinary budget; the participatory budget is one line of it

    cultura = page("/cultura-catalana", "Cultura catalana", m.p(
        "Port-Salvanès és una vila catalana. Sardanes a la plaça cada dijous d'estiu, castellers per la Festa Major, "
        "Sant Jordi amb llibres i roses : la cultura catalana és viva.",
        "Chaque jeudi d'été, sardanes sur la place de la République ; castells pour la Festa Major ; roses et livres "
        "pour la Sant Jordi. L'école publique propose un enseignement bilingue français-catalan."))

    contact = page("/contact", "Contact", m.p(
        "Hôtel de ville — 2, plaça de la Vila — 66791 Port-Salvanès. Tél. 04 68 00 34 00.",
        "Ouvert du lundi au vendredi de 8 h 30 à 12 h et de 14 h à 17 h 30.",
        f"Pour nous écrire : <a href=\"http://{PSA_D}/contact/\">formulaire de contact en ligne</a>."),
        decoys={"contact_form"})

    pages = [home, pc, cq, petitions, voisins, news, grau, cine, gend, dragage, aao, navette, budget, cultura, contact]
    return Site(PSA, "vendor", "Ville de Port-Salvanès", pages,
                menu=[("Accueil", "/"), ("Participation citoyenne", "/ma-ville/participation-citoyenne"),
                      ("Actualités", "/actualites"), ("Démarches", f"http://{PSA_D}/"), ("Contact", "/contact")],
                accounts=[social("facebook", "PortSalvanes"), social("instagram", "portsalvanes"),
                          social("bluesky", "port-salvanes.bsky.social")],
                address="Hôtel de ville, 2 plaça de la Vila, 66791 Port-Salvanès")


def _psa_publik():
    home = page("/", "Démarches en ligne", (
        m.combo_text(m.p("Le guichet numérique de la Ville de Port-Salvanès : vos démarches 24 h sur 24."))
        + m.combo_links("Nous écrire", [("/contact/", "Contacter la mairie", ""), ("/boite-a-idees/", "Boîte à idées", "Proposez une idée pour la ville.")])
        + m.combo_links("Pétitions citoyennes", [("/deposer-une-petition/", "Lancer une pétition", ""),
                                                ("/signer-une-petition/", "Signer une pétition", "")])
        + m.combo_links("Loisirs", [("/reservation-navette-maritime/", "Réserver la navette maritime", "")])
        + m.combo_links("Retour", [(f"http://{PSA}/", "Site de la Ville", "")])))

    contact = page("/contact/", "Contacter la mairie", m.wcs_form("contact", [
        ("string", "Nom", True, ""), ("string", "Prénom", True, ""), ("email", "Courriel", True, ""),
        ("string", "Téléphone", False, ""), ("string", "Objet", True, ""), ("text", "Message", True, ""),
        ("bool", "J'accepte le traitement de mes données pour la gestion de ma demande.", True, "")]),
        {"contact_form"})

    idees = page("/boite-a-idees/", "Boîte à idées", (
        m.combo_text(m.p("Une idée pour Port-Salvanès ? Proposez-la ! Chaque idée est lue par le service démocratie "
                         "locale et transmise à l'élu concerné. Les idées retenues sont publiées sur Port-Salvanès & Vous."))
        + m.wcs_form("boite-a-idees", [
            ("string", "Nom ou pseudonyme", True, ""), ("email", "Courriel", True, "Pour vous tenir informé des suites données."),
            ("item:Centre ancien|Le Grau|Les Tamarins|La Marenda|Sant Martí|Les Albères|La Plaine|Toute la ville", "Quartier concerné", True, ""),
            ("string", "Titre de votre idée", True, ""), ("text", "Décrivez votre idée", True, ""), ("file", "Image ou croquis", False, "")])),
        # an explicit call for ideas whose form carries a free-text message to the city
        {"suggestion_call", "contact_form"})

    deposer = page("/deposer-une-petition/", "Lancer une pétition", (
        m.combo_text(m.p("Conformément à la délibération du 14 décembre 2022, toute personne de plus de 16 ans "
                         "habitant Port-Salvanès peut soumettre une pétition au conseil municipal. Après vérification "
                         "de sa recevabilité, elle est publiée et ouverte aux signatures pendant quatre mois."))
        + m.wcs_form("deposer-une-petition", [
            ("string", "Nom", True, ""), ("string", "Prénom", True, ""), ("email", "Courriel", True, ""),
            ("string", "Adresse à Port-Salvanès", True, ""), ("string", "Titre de la pétition", True, ""),
            ("text", "Texte de la pétition", True, "2 000 caractères maximum. Exposez la demande adressée au conseil municipal."),
            ("bool", "Je certifie habiter Port-Salvanès et avoir au moins 16 ans.", True, "")],
            ("Pétition", "Vérification", "Validation"))),
        # starting a petition on the city's space; the form is also a free-text message addressed to the council
        {"petition", "contact_form"})

    signer = page("/signer-une-petition/", "Signer une pétition", m.wcs_form("signer-une-petition", [
        ("item:Pour un passage piéton sécurisé devant l'école des Tamarins|Rouvrir le poste de secours de la plage de la Marenda|"
         "Interdire les feux d'artifice privés pendant l'été", "Pétition que vous souhaitez signer", True, ""),
        ("string", "Nom", True, ""), ("string", "Prénom", True, ""), ("email", "Courriel", True, "Un lien de confirmation vous sera envoyé."),
        ("string", "Quartier", False, ""), ("bool", "Je certifie habiter Port-Salvanès.", True, "")]),
        {"petition"}, decoys={"contact_form"})  # a signature, no message

    navette = page("/reservation-navette-maritime/", "Réserver la navette maritime", m.wcs_form("reservation-navette-maritime", [
        ("date", "Date de la traversée", True, ""), ("item:Port → Racó|Port → Marenda|Racó → Port|Marenda → Port", "Trajet", True, ""),
        ("item:09:00|09:45|10:30|11:15|14:00|14:45|15:30|16:15|17:00", "Horaire", True, ""),
        ("string", "Nombre de passagers", True, ""), ("string", "Nom", True, ""), ("email", "Courriel", True, "")],
        ("Réservation", "Paiement", "Confirmation"), "Payer"),
        decoys={"contact_form"})  # a booking with payment

    pages = [home, contact, idees, deposer, signer, navette]
    return Site(PSA_D, "publik", "Port-Salvanès — démarches", pages,
                menu=[("Accueil", "/"), ("Site de la Ville", f"http://{PSA}/")],
                address="Hôtel de ville, 2 plaça de la Vila, 66791 Port-Salvanès")


def _psa_voisins():
    home = page("/", "Le fil de vos voisins", (
        m.p("Bienvenue sur <strong>Voisins de Port-Salvanès</strong>, le réseau social de proximité des habitants, "
            "proposé par la Ville. Échangez avec les voisins de votre quartier : entraide, prêts, dons, sorties, bons plans.")
        + '<nav class="quartiers"><h2>Les quartiers</h2><ul><li><a href="/quartiers/le-grau">Le Grau</a> (412 membres)</li>'
          '<li><a href="/quartiers/centre-ancien">Centre ancien</a> (538 membres)</li></ul></nav>'
        + m.nb_posts([
            ("/annonces/pret-de-parasols", "prêt", "Je prête deux parasols et une glacière pour l'été", "Rosa", "Le Grau", 6,
             "Ils dorment au garage, autant qu'ils servent !"),
            ("/entraide/courses-canicule", "entraide", "Canicule : qui peut faire les courses de Mme Pujol ?", "Jordi", "Centre ancien", 9,
             "Ma voisine de 91 ans ne sort plus avec la chaleur. Je pars une semaine à partir de lundi.")])))

    grau = page("/quartiers/le-grau", "Le Grau", (
        m.p("Le groupe des voisins du Grau : 412 membres. Co-animé par le comité de quartier.")
        + m.nb_posts([
            ("/annonces/pret-de-parasols", "prêt", "Je prête deux parasols et une glacière pour l'été", "Rosa", "Le Grau", 6,
             "Ils dorment au garage, autant qu'ils servent !")])),
        parent=("Quartiers", "/"))

    centre = page("/quartiers/centre-ancien", "Centre ancien", (
        m.p("Le groupe des voisins du centre ancien : 538 membres.")
        + m.nb_posts([
            ("/entraide/courses-canicule", "entraide", "Canicule : qui peut faire les courses de Mme Pujol ?", "Jordi", "Centre ancien", 9,
             "Ma voisine de 91 ans ne sort plus avec la chaleur.")])),
        parent=("Quartiers", "/"))

    parasols = page("/annonces/pret-de-parasols", "Je prête deux parasols et une glacière pour l'été", m.nb_thread(
        "Rosa", "Le Grau", "Deux grands parasols de plage et une glacière de 30 litres à prêter pour l'été. Je suis près de la "
        "capitainerie, passez le soir après 18 h.", [
            ("Aïcha", "il y a 4 jours", "Merci Rosa ! Je peux passer jeudi pour un parasol ?"),
            ("Rosa", "il y a 4 jours", "Oui, jeudi c'est parfait."),
            ("Marc", "il y a 2 jours", "Si la glacière est encore libre, je suis preneur pour le week-end du 14 juillet.")]),
        {"comments"}, parent=("Le Grau", "/quartiers/le-grau"))  # neighbours reply under the post

    courses = page("/entraide/courses-canicule", "Canicule : qui peut faire les courses de Mme Pujol ?", m.nb_thread(
        "Jordi", "Centre ancien", "Ma voisine, Mme Pujol, 91 ans, ne sort plus de chez elle avec la chaleur. Je m'absente une "
        "semaine à partir de lundi. Quelqu'un pourrait-il lui porter du pain et de l'eau tous les deux jours ?", [
            ("Núria", "il y a 1 jour", "J'habite rue de la Sardane, je peux passer mardi et jeudi."),
            ("Centre social", "il y a 1 jour", "Nous avons aussi inscrit Mme Pujol sur le registre canicule : un agent l'appellera chaque jour.")]),
        {"comments"}, parent=("Centre ancien", "/quartiers/centre-ancien"))

    pages = [home, grau, centre, parasols, courses]
    return Site(PSA_V, "community", "Voisins de Port-Salvanès", pages,
                menu=[("Le fil", "/"), ("Le Grau", "/quartiers/le-grau"), ("Centre ancien", "/quartiers/centre-ancien")],
                features=frozenset({"territorial_social_network"}))


def _psa_idcity():
    home = page("/", "Port-Salvanès & Vous", (
        m.p("L'application citoyenne de Port-Salvanès : informez-vous, donnez votre avis, proposez vos idées et "
            "votez pour les projets du budget participatif.")
        + m.fl_cards("idc-card", [
            ("/consultations/amenagement-plage-du-grau", "Plage du Grau : quel aménagement ?", "Consultation · jusqu'au 7 juillet", "1 402 réponses"),
            ("/idees", "Boîte à idées", "Idées des habitants", "96 idées"),
            ("/budget-participatif-2024", "Budget participatif 2024", "Vote jusqu'au 15 septembre", "12 projets")])
        + '<p class="idc-download">Téléchargez l\'application id-city sur votre téléphone.</p>'))

    grau = page("/consultations/amenagement-plage-du-grau", "Plage du Grau : quel aménagement ?", (
        m.p("Trois scénarios pour la recomposition de la plage du Grau. Découvrez-les puis répondez aux questions.")
        + m.ul("<strong>Scénario A</strong> — recul du parking de 40 mètres et restauration de la dune ;",
               "<strong>Scénario B</strong> — suppression du parking, navette depuis le village ;",
               "<strong>Scénario C</strong> — maintien du parking, ganivelles et rechargement en sable.")
        + m.app_form("/consultations/amenagement-plage-du-grau/repondre",
                     m.app_question(1, "Quel scénario préférez-vous ?", ["Scénario A", "Scénario B", "Scénario C"])
                     + m.app_question(2, "Comment venez-vous à la plage du Grau ?", ["À pied", "À vélo", "En voiture", "En navette"], True)
                     + m.app_open_question(3, "Vos remarques"), kind="idc-survey")),
        {"poll"})

    idees = page("/idees", "Boîte à idées", (
        m.p("Proposez vos idées pour la ville et soutenez celles des autres habitants. Les idées les plus soutenues sont "
            "étudiées chaque trimestre par l'équipe municipale.")
        + '<p><button type="button" class="btn btn--primary idc-new-idea">Proposer une idée</button></p>'
        + m.fl_cards("idc-idea", [("", "Des douches solaires sur la plage de la Marenda", "Le Grau · 58 soutiens", "À l'étude"),
                                  ("", "Un marché de producteurs le mercredi soir", "Centre ancien · 44 soutiens", "Retenue"),
                                  ("", "Des casiers à vélos au port", "La Plaine · 21 soutiens", "Nouvelle")])),
        {"suggestion_call"})

    bp = page("/budget-participatif-2024", "Budget participatif 2024", (
        m.p("150 000 € pour les projets des habitants. Douze projets ont passé l'analyse technique ; votez pour vos "
            "trois préférés jusqu'au 15 septembre. Les projets les plus votés, dans la limite de l'enveloppe, seront "
            "réalisés en 2025.")
        + m.fl_cards("idc-project", [
            ("/budget-participatif-2024/projets/jeux-d-eau-place-de-la-republique", "Des jeux d'eau place de la République", "45 000 € · Centre ancien", "318 votes"),
            ("", "Ganivelles et sentier sur la dune du Grau", "30 000 € · Le Grau", "274 votes"),
            ("", "Un abri ombragé au terrain de pétanque des Tamarins", "12 000 € · Les Tamarins", "201 votes")])
        + '<p><button type="button" class="btn btn--primary idc-vote">Voter</button></p>'),
        {"participatory_budget"})

    jeux = page("/budget-participatif-2024/projets/jeux-d-eau-place-de-la-republique", "Des jeux d'eau place de la République", (
        m.p("Porté par l'association des parents d'élèves du centre ancien. Des jets d'eau au sol, en circuit fermé avec "
            "traitement, pour rafraîchir les enfants l'été sur la place, sans bassin ni clôture. Coût estimé : 45 000 €.")
        + '<section class="idc-comments"><h2>Commentaires (3)</h2>'
        + m.app_form("/budget-participatif-2024/projets/jeux-d-eau-place-de-la-republique/commentaires",
                     '<label for="idc-comment">Votre commentaire</label><textarea id="idc-comment" name="comment" rows="3"></textarea>',
                     "Publier", "idc-comment")
        + m.ul("<strong>Pep</strong> : Génial pour les petits, mais quelle consommation d'eau ?",
               "<strong>APE centre ancien</strong> : circuit fermé, l'eau est filtrée et réutilisée.",
               "<strong>Lola</strong> : Je vote pour !", cls="idc-comments__list")
        + "</section>"),
        {"participatory_budget", "comments"}, parent=("Budget participatif 2024", "/budget-participatif-2024"))

    pages = [home, grau, idees, bp, jeux]
    return Site(PSA_I, "vendor", "Port-Salvanès & Vous", pages,
                menu=[("Accueil", "/"), ("Consultations", "/consultations/amenagement-plage-du-grau"), ("Idées", "/idees"),
                      ("Budget participatif", "/budget-participatif-2024"), ("Site de la Ville", f"http://{PSA}/")],
                address="Une application id-city pour la Ville de Port-Salvanès",
                features=frozenset({"participatory_platform"}), platforms=frozenset({"id_city"}))


@_register
def port_salvanes():
    return _city("99576", "Port-Salvanès", 33590, "66", OCCITANIE, [_psa_www(), _psa_publik(), _psa_voisins(), _psa_idcity()])


# =========================================================================== 99577 Lisula-Marina (2B)
# WordPress (WPForms, Disqus) with a questionnaire drawn by a script from the WordPress REST API, and the
# residents' Flarum board on forum.lisula-marina.fr; Corsican-named pages.

LIS = "www.lisula-marina.fr"
LIS_F = "forum.lisula-marina.fr"
LIS_API = "/wp-json/lisula/v1/sondage/ombrages"
_LIS_NEWS = [
    ("/consultation-ombrages/", "Ombre en ville : répondez au questionnaire", "10 juin 2024",
     "Où manque-t-il de l'ombre ? Quels aménagements préférez-vous ? Cinq minutes pour nous le dire."),
    ("/actualites/eau-potable-ete/", "Eau potable : un été sous surveillance", "4 juin 2024",
     "Les forages de la plaine sont au plus bas. Les gestes qui comptent."),
    ("/actualites/plages-sans-tabac/", "Toutes les plages sans tabac", "29 mai 2024",
     "Les six plages de la commune deviennent non-fumeurs."),
    ("/actualites/paillotes-appel-a-candidatures/", "Paillotes : appel à candidatures", "15 mai 2024",
     "Attribution des autorisations d'occupation temporaire du domaine public maritime pour 2025."),
    ("/actualites/budget-participatif-collectivite-de-corse/", "Budget participatif de la Collectivité de Corse", "7 mai 2024",
     "La Collectivité de Corse ouvre son appel à projets citoyens."),
    ("/actualites/forum-de-la-mer/", "Forum de la mer et du littoral", "30 avril 2024",
     "Deux jours de conférences et d'ateliers sur la Méditerranée, les 18 et 19 mai."),
]


def _lis_www():
    home = page("/", "Accogliu", m.wp_blocks(
        "<p class=\"has-large-font-size\">Benvenuti à Lisula-Marina !</p>",
        "Bienvenue sur le site de la commune. Retrouvez l'actualité, les démarches et les rendez-vous de la participation citoyenne.",
        m.tiles([("/a-voce-di-i-citadini/", "A voce di i citadini"), ("/consultation-ombrages/", "Questionnaire ombrages"),
                 (f"http://{LIS_F}/", "Forum citoyen"), ("/vie-pratique/stationnement-ete/", "Stationnement l'été"),
                 ("/contact/", "Contact")], "Accès rapides", "acces-rapides"),
        m.teasers(_LIS_NEWS[:4]), m.wp_button("/actualites/", "Toutes les actualités")))

    avoce = page("/a-voce-di-i-citadini/", "A voce di i citadini — la participation citoyenne", m.wp_blocks(
        "« A voce di i citadini », la voix des citoyens : c'est le nom de la démarche de démocratie participative "
        "engagée par la municipalité en 2021.",
        "## Les conseils de quartier",
        "Cinq conseils de quartier, de la Marina au village perché, se réunissent chaque trimestre. "
        "<a href=\"/a-voce-di-i-citadini/cunsigli-di-quartieri/\">En savoir plus</a>.",
        "## Les consultations",
        "Avant les grands projets, la commune consulte les habitants : en ce moment, "
        "<a href=\"/consultation-ombrages/\">un questionnaire sur l'ombre en ville</a>.",
        "## L'appel à idées pour le front de mer",
        "<a href=\"/a-voce-di-i-citadini/appel-a-idees-front-de-mer/\">Proposez vos idées</a> pour le futur front de mer.",
        "## Le forum citoyen",
        "Un espace de discussion entre habitants, modéré par la commune : <a href=\"/a-voce-di-i-citadini/forum-citoyen/\">découvrir le forum</a>."),
        {"participation_displayed"})

    cq = page("/a-voce-di-i-citadini/cunsigli-di-quartieri/", "I cunsigli di quartieri — les conseils de quartier", m.wp_blocks(
        "Cinq conseils de quartier : <strong>A Marina</strong>, <strong>U Borgu</strong> (village), <strong>E Salini</strong>, "
        "<strong>Santa Lucia</strong> et <strong>A Piana</strong>.",
        "Ouverts à tous les habitants, ils se réunissent chaque trimestre en présence d'un adjoint. Ils donnent leur "
        "avis sur les projets de la commune, proposent des améliorations et suivent les travaux de leur quartier.",
        "Prochaines réunions : A Marina le 18 juin, U Borgu le 20 juin, à 18 h à la salle polyvalente. Les comptes "
        "rendus sont affichés en mairie et publiés sur ce site."),
        {"participation_displayed"}, parent=("A voce di i citadini", "/a-voce-di-i-citadini/"))

    idees = page("/a-voce-di-i-citadini/appel-a-idees-front-de-mer/", "Front de mer : appel à idées", m.wp_blocks(
        "Le front de mer de la Marina sera réaménagé à partir de 2026. Avant d'écrire le programme, la commune lance "
        "un <strong>appel à idées</strong> auprès des habitants : ombre, bancs, jeux, accès à la plage, place des "
        "voitures, éclairage. Vos propositions seront étudiées et présentées en réunion publique à l'automne.",
        m.wpforms(318, 2210, "/a-voce-di-i-citadini/appel-a-idees-front-de-mer/", [
            ("name", "Nom", True), ("email", "E-mail", True),
            ("select:A Marina|U Borgu|E Salini|Santa Lucia|A Piana|Je n'habite pas la commune", "Votre quartier", True),
            ("textarea", "Votre idée pour le front de mer", True), ("checkbox", "J'accepte que mon idée soit publiée (sans mon nom).", False)],
            "Envoyer mon idée")),
        # an explicit call for ideas, through a form carrying a free-text message to the city
        {"suggestion_call", "contact_form"}, parent=("A voce di i citadini", "/a-voce-di-i-citadini/"))

    forum_pres = page("/a-voce-di-i-citadini/forum-citoyen/", "Le forum citoyen", m.wp_blocks(
        "Ouvert en 2022, le forum citoyen de Lisula-Marina permet aux habitants de discuter entre eux de la vie de la "
        "commune : quartiers, plages, circulation, environnement. La commune y publie ses annonces et répond aux questions.",
        "L'inscription est gratuite ; les messages sont modérés a posteriori selon une charte.",
        m.wp_button(f"http://{LIS_F}/", "Accéder au forum citoyen"),
        "Dernières discussions : <a href=\"http://" + LIS_F + "/d/14-ombre-sur-le-cours\">De l'ombre sur le cours ?</a>, "
        "<a href=\"http://" + LIS_F + "/d/22-navettes-vers-les-plages\">Navettes vers les plages</a>."),
        # presents the board (the participatory approach) but nobody posts on this page
        {"participation_displayed"}, decoys={"forum"}, parent=("A voce di i citadini", "/a-voce-di-i-citadini/"))

    sondage = page("/consultation-ombrages/", "Ombre en ville : répondez au questionnaire", m.wp_blocks(
        "Les étés sont de plus en plus chauds. La commune prépare un plan d'ombrage des rues, des places et des "
        "arrêts de bus. Dites-nous où l'ombre vous manque et quels aménagements vous préférez.",
        m.scripted_poll_shell(LIS_API),
        "<noscript><p>Ce questionnaire nécessite JavaScript. Un exemplaire papier est disponible à l'accueil de la mairie.</p></noscript>",
        "Questionnaire ouvert jusqu'au 15 juillet."),
        # the questionnaire is drawn by a script from the JSON API (see hosts())
        {"poll"}, parent=("A voce di i citadini", "/a-voce-di-i-citadini/"))

    news = page("/actualites/", "Actualités", m.teasers(_LIS_NEWS, "Toutes les actualités"))

    eau = page("/actualites/eau-potable-ete/", "Eau potable : un été sous surveillance", m.wp_post_meta("4 juin 2024")
        + m.wp_blocks(
            "Avec un hiver très sec, les forages de la plaine qui alimentent la commune sont au plus bas. L'arrivée des "
            "estivants multiplie par trois la consommation en juillet et en août.",
            "## Ce que fait la commune",
            "Recherche de fuites sur le réseau, arrosage des espaces verts limité à la nuit, remise en service de la "
            "source de Santa Lucia pour le village.",
            "## Ce que vous pouvez faire",
            m.ul("Arroser le soir, au pied des plantes ;", "installer des mousseurs sur les robinets ;",
                 "ne pas remplir les piscines pendant les alertes."),
            "Vos astuces et vos questions sont les bienvenues dans les commentaires ci-dessous.")
        + m.disqus("lisula-marina", "eau-potable-ete-2024", f"http://{LIS}/actualites/eau-potable-ete/"),
        {"comments"}, parent=("Actualités", "/actualites/"))

    paillotes = page("/actualites/paillotes-appel-a-candidatures/", "Paillotes : appel à candidatures", m.wp_post_meta("15 mai 2024")
        + m.wp_blocks(
            "La commune lance un appel à candidatures pour l'attribution de quatre autorisations d'occupation temporaire "
            "du domaine public maritime (paillotes démontables) sur les plages des Salini et de la Marina, pour la "
            "saison 2025.",
            "Le cahier des charges impose une installation entièrement démontable, sans béton, et un accès libre à la "
            "plage. Les dossiers sont à déposer avant le 30 juin en mairie, service du domaine public."),
        decoys={"suggestion_call"}, parent=("Actualités", "/actualites/"))

    cdc = page("/actualites/budget-participatif-collectivite-de-corse/", "Budget participatif de la Collectivité de Corse", m.wp_post_meta("7 mai 2024")
        + m.wp_blocks(
            "La Collectivité de Corse ouvre la nouvelle édition de son budget participatif : les associations et "
            "collectifs d'habitants de l'île peuvent déposer des projets jusqu'au 15 juillet sur le site de la "
            "Collectivité. Le vote des Corses aura lieu à l'automne.",
            "La commune de Lisula-Marina n'organise pas ce dispositif. Renseignements : "
            + m.ext("https://www.isula.corsica/", "site de la Collectivité de Corse") + "."),
        decoys={"participatory_budget"}, parent=("Actualités", "/actualites/"))

    fmer = page("/actualites/forum-de-la-mer/", "Forum de la mer et du littoral", m.wp_post_meta("30 avril 2024")
        + m.wp_blocks(
            "Les 18 et 19 mai, le forum de la mer et du littoral réunit scientifiques, pêcheurs, plaisanciers et "
            "associations à la salle polyvalente : conférences sur l'érosion du trait de côte, ateliers sur la "
            "posidonie, sorties en mer avec la prud'homie des pêcheurs.",
            "Entrée libre, programme à l'accueil de la mairie."),
        decoys={"forum"}, parent=("Actualités", "/actualites/"))

    tabac = page("/actualites/plages-sans-tabac/", "Toutes les plages sans tabac", m.wp_post_meta("29 mai 2024")
        + m.wp_blocks(
            "Par arrêté municipal, les six plages de la commune deviennent entièrement non-fumeurs du 1er juin au "
            "30 septembre. Des cendriers de poche sont distribués aux postes de secours.",
            "La préfecture a salué l'initiative :",
            m.tweet_embed("@prefecture2b_info", "1795432109876543210",
                          "Lisula-Marina rejoint les communes aux plages sans tabac. Merci pour la santé de tous et pour la mer !", "28 mai 2024"))
        + m.share_links(f"http://{LIS}/actualites/plages-sans-tabac/", "Toutes les plages sans tabac"),
        parent=("Actualités", "/actualites/"))

    stationnement = page("/vie-pratique/stationnement-ete/", "Stationnement l'été", m.wp_blocks(
        "Du 1er juillet au 31 août, le stationnement est payant sur les parkings de la Marina et des Salini. Les "
        "résidents peuvent acheter en ligne un abonnement saisonnier à tarif réduit.",
        m.booking_form("/vie-pratique/stationnement-ete/", "Abonnement résident saison 2024", [
            ("text", "nom", "Nom et prénom"), ("text", "adresse", "Adresse à Lisula-Marina"), ("email", "courriel", "Courriel"),
            ("text", "plaque", "Immatriculation"), ("select:Juillet|Août|Juillet et août", "periode", "Période")],
            "Payer l'abonnement")),
        decoys={"contact_form"})

    contact = page("/contact/", "Contact", m.wp_blocks(
        "Mairie de Lisula-Marina — place de l'Hôtel-de-Ville — 20287 Lisula-Marina — 04 95 00 41 00.",
        m.wpforms(77, 12, "/contact/", [
            ("name", "Nom", True), ("email", "E-mail", True), ("text", "Objet", True), ("textarea", "Message", True)])),
        {"contact_form"})

    pages = [home, avoce, cq, idees, forum_pres, sondage, news, eau, paillotes, cdc, fmer, tabac, stationnement, contact]
    return Site(LIS, "wordpress", "Lisula-Marina", pages,
                menu=[("Accogliu", "/"), ("A voce di i citadini", "/a-voce-di-i-citadini/"), ("Actualités", "/actualites/"),
                      ("Forum", f"http://{LIS_F}/"), ("Contact", "/contact/")],
                accounts=[social("facebook", "lisulamarina"), social("instagram", "lisula_marina")],
                address="Mairie, place de l'Hôtel-de-Ville, 20287 Lisula-Marina")


def _lis_forum():
    index = page("/", "Toutes les discussions", (
        m.flarum_index([(14, "ombre-sur-le-cours", "De l'ombre sur le cours ?", 18),
                        (22, "navettes-vers-les-plages", "Navettes vers les plages : retours d'expérience", 11),
                        (3, "regles-du-forum", "Règles du forum", 0)])
        + '<p><a href="/t/quartiers">Étiquette : Quartiers</a></p>'))
    tag = page("/t/quartiers", "Quartiers", m.flarum_index([(14, "ombre-sur-le-cours", "De l'ombre sur le cours ?", 18)], "Quartiers"))
    d14 = page("/d/14-ombre-sur-le-cours", "De l'ombre sur le cours ?", m.flarum_discussion([
        ("paulu", "3 juin 2024", "<p>Le cours est un four l'après-midi depuis qu'on a coupé les platanes malades. Des voiles en attendant que les nouveaux arbres poussent ?</p>"),
        ("Maria_Salini", "3 juin 2024", "<p>Oui, comme à Bastia. Et des bancs à l'ombre pour les anciens.</p>"),
        ("Cumuna", "5 juin 2024", "<p>Bonjour, la commune lance justement un questionnaire sur l'ombre en ville : répondez-y sur le site de la mairie !</p>")]))
    d22 = page("/d/22-navettes-vers-les-plages", "Navettes vers les plages : retours d'expérience", m.flarum_discussion([
        ("Ghjuvan", "28 mai 2024", "<p>Quelqu'un a testé la navette de l'an dernier ? Elle passait trop rarement à mon goût.</p>"),
        ("lisa_b", "29 mai 2024", "<p>Toutes les 40 minutes, c'est trop. Avec les enfants on a repris la voiture.</p>")]))
    d3 = page("/d/3-regles-du-forum", "Règles du forum", m.flarum_discussion([
        ("Cumuna", "12 janvier 2022", "<p>Bienvenue ! Respect, pas de propos injurieux, pas de publicité. Les messages hors charte seront masqués. Bon forum à tous.</p>")]))
    return Site(LIS_F, "flarum", "Forum citoyen de Lisula-Marina", [index, tag, d14, d22, d3],
                menu=[("Toutes les discussions", "/"), ("Quartiers", "/t/quartiers"), ("Site de la commune", f"http://{LIS}/")],
                features=frozenset({"forum"}))


@_register
def lisula_marina():
    return _city("99577", "Lisula-Marina", 21340, "2B", CORSE, [_lis_www(), _lis_forum()],
                 decoy_accounts=("https://x.com/prefecture2b_info",))


def _lisula_api(request):
    """The WordPress REST route the questionnaire's script reads."""
    if request.target.split("?")[0] != LIS_API:
        return None
    payload = m.poll_api_payload("Ombre en ville : votre avis", [
        (1, "Où l'ombre vous manque-t-elle le plus ?", ["Le cours et la place de l'Église", "Les arrêts de bus",
                                                         "Le front de mer de la Marina", "Les abords des écoles"], True),
        (2, "Quel aménagement préférez-vous ?", ["Des arbres", "Des voiles d'ombrage", "Des pergolas végétalisées", "Des brumisateurs"], False),
        (3, "Vous êtes :", ["Habitant à l'année", "Résident secondaire", "Vacancier"], False)],
        f"{LIS_API}/reponses")
    return Reply(200, [("Content-Type", "application/json; charset=utf-8")], payload.encode())


def _SCRIPTED_HOSTS():
    site = lisula_marina().sites[0]
    return {site.host: CustomHost(site, _lisula_api)}


# =========================================================================== 99578 Villeneuve-d'Estérel (83)
# Drupal 10 (Webform, Comment, Simplenews, Paragraphs) and Cap Collectif on villeneuve-esterel.cap-collectif.com.

VES = "www.villeneuve-esterel.fr"
VES_C = "villeneuve-esterel.cap-collectif.com"
_VES_NEWS = [
    ("/actualites/pistes-cyclables-du-littoral", "Pistes cyclables du littoral : le tracé dévoilé", "6 juin 2024",
     "Huit kilomètres de piste entre le port et la pointe de l'Estérel d'ici 2026."),
    ("/sondage-eclairage-nocturne", "Éclairage nocturne : votre avis", "3 juin 2024",
     "Faut-il éteindre l'éclairage public au cœur de la nuit ? Répondez au sondage."),
    ("/actualites/cours-d-ecole-oasis", "Trois cours d'école « oasis » pour la rentrée", "27 mai 2024",
     "Moins de bitume, plus d'arbres : les travaux commencent le 8 juillet."),
    ("/actualites/plui-concertation-agglomeration", "PLUi : l'Agglomération lance la concertation", "17 mai 2024",
     "La communauté d'agglomération consulte les habitants sur son futur plan local d'urbanisme intercommunal."),
]


def _ves_www():
    home = page("/", "Accueil", (
        m.paragraph("hero", '<div class="hero__text"><p class="hero__title">Villeneuve-d\'Estérel</p><p>Entre roches rouges et grand bleu</p></div>')
        + m.paragraph("quick-links", m.tiles([
            ("/democratie-locale", "Démocratie locale"), (f"http://{VES_C}/", "Je participe"), ("/sondage-eclairage-nocturne", "Sondage"),
            ("/contact", "Contact"), ("/newsletter", "Newsletter"), ("/reseaux-sociaux", "Réseaux sociaux"),
            ("/conseil-municipal", "Conseil municipal")], "Accès rapides", "quick-access"))
        + m.drupal_teasers(_VES_NEWS) + '<p class="more-link"><a href="/actualites">Toutes les actualités</a></p>'))

    dl = page("/democratie-locale", "Démocratie locale", (
        m.paragraph("text", m.p(
            "Construire la ville avec ses habitants : c'est le sens de la démocratie locale à Villeneuve-d'Estérel. "
            "Information, concertation, co-construction : chaque projet important associe les habitants.",
            "<h2>Nos outils</h2>",
            m.ul('<a href="/democratie-locale/ciq">Les comités d\'intérêt de quartier</a>, partenaires historiques de la Ville ;',
                 '<a href="/democratie-locale/budget-participatif">le budget participatif</a>, 500 000 € par an ;',
                 '<a href="/democratie-locale/interpellation-citoyenne">le droit d\'interpellation citoyenne</a> ;',
                 '<a href="/democratie-locale/ateliers-et-balades-urbaines">les ateliers et balades urbaines</a> ;',
                 f'<a href="http://{VES_C}/">la plateforme Je participe</a>, où se déroulent consultations et votes.'),
            'Ces engagements sont inscrits dans la <a href="/democratie-locale/charte-de-la-participation">charte de la participation</a>.'))
        + m.paragraph("contact-card", m.infobox("Direction de la démocratie locale", "<p>04 94 00 88 30 — "
                                                + m.mailto("jeparticipe@villeneuve-esterel.fr") + "</p>"))),
        {"participation_displayed"})

    ciq = page("/democratie-locale/ciq", "Les comités d'intérêt de quartier", m.paragraph("text", m.p(
        "Villeneuve-d'Estérel compte onze comités d'intérêt de quartier (CIQ), associations loi 1901 regroupées au sein "
        "d'une fédération. Interlocuteurs privilégiés de la municipalité, ils sont reçus chaque trimestre par l'adjoint "
        "à la démocratie locale et consultés sur tous les projets d'aménagement de leur secteur.",
        "<h2>Les CIQ</h2>",
        m.ul("CIQ du Port", "CIQ Les Roches-Rouges", "CIQ Centre-Ville", "CIQ La Baume", "CIQ Le Trayas-Ouest", "CIQ Les Pins-Parasols",
             "CIQ Saint-Raphaël-Vieux", "CIQ Les Veyssières", "CIQ Le Gargalon", "CIQ Valescure-Sud", "CIQ La Plaine-de-l'Argens"),
        "<h2>Un rôle reconnu</h2>",
        "Les CIQ participent au comité de suivi de la charte de la participation, au jury du budget participatif et "
        "aux balades urbaines. Ils relaient les préoccupations des habitants : circulation estivale, stationnement, "
        "propreté des plages, risque incendie.")),
        {"participation_displayed"}, parent=("Démocratie locale", "/democratie-locale"))

    charte = page("/democratie-locale/charte-de-la-participation", "Charte de la participation", m.paragraph("text", m.p(
        "Adoptée le 15 décembre 2022 après six mois de co-écriture avec les CIQ et un panel d'habitants tirés au sort, "
        "la charte de la participation fixe les règles communes à toutes les démarches participatives de la Ville.",
        "<h2>Cinq engagements</h2>",
        "<ol><li>Associer les habitants le plus tôt possible, quand tout est encore ouvert.</li>"
        "<li>Dire ce qui est négociable et ce qui ne l'est pas.</li><li>Donner à chacun les moyens de participer, en ligne et hors ligne.</li>"
        "<li>Rendre compte de l'utilisation des contributions.</li><li>Évaluer chaque année la démarche avec les habitants.</li></ol>")),
        {"participation_displayed"}, parent=("Démocratie locale", "/democratie-locale"))

    bp = page("/democratie-locale/budget-participatif", "Le budget participatif", m.paragraph("text", m.p(
        "Chaque année, la Ville consacre 500 000 € de son budget d'investissement à des projets proposés et choisis par "
        "les habitants. Depuis 2020, 34 projets ont été réalisés : jardins partagés, jeux d'eau, ombrières, fontaines, "
        "nichoirs, pistes de BMX.",
        "<h2>Édition 2024 : « Une ville plus fraîche »</h2>",
        "Cette année, les projets doivent contribuer à l'adaptation de la ville à la chaleur : ombre, eau, végétation, "
        "lieux frais. Le dépôt des projets est clos ; 23 projets ont été jugés recevables et seront soumis au vote du "
        "1er au 30 septembre.",
        f'<p><a class="button button--primary" href="http://{VES_C}/project/budget-participatif-2024/collect/depot-des-projets">Découvrir les projets</a> '
        f'<a class="button" href="http://{VES_C}/project/budget-participatif-2024/selection/vote">Voter en septembre</a></p>',
        "<h2>Qui peut voter ?</h2>",
        "Toute personne de plus de 12 ans habitant, travaillant ou étudiant à Villeneuve-d'Estérel. Un bureau de vote "
        "physique est installé à la médiathèque pour celles et ceux qui ne votent pas en ligne.")),
        {"participatory_budget"}, parent=("Démocratie locale", "/democratie-locale"))

    balades = page("/democratie-locale/ateliers-et-balades-urbaines", "Ateliers et balades urbaines", m.paragraph("text", m.p(
        "Pour les projets qui transforment un quartier, la Ville organise des ateliers de concertation et des balades "
        "urbaines : on marche ensemble, on observe, on note ce qui va et ce qui ne va pas.",
        "<h2>Prochains rendez-vous</h2>",
        m.ul("Samedi 15 juin, 9 h : balade urbaine « îlots de chaleur » au centre-ville avec le CIQ Centre-Ville (départ parvis de la mairie) ;",
             "mardi 25 juin, 18 h 30 : atelier « front de mer » à la salle Estérel ;",
             "samedi 6 juillet, 8 h 30 : balade au Trayas-Ouest sur les accès aux criques."),
        "Inscription conseillée auprès de la direction de la démocratie locale ; la participation est libre et gratuite.")),
        {"participation_displayed"}, parent=("Démocratie locale", "/democratie-locale"))

    interp = page("/democratie-locale/interpellation-citoyenne", "Le droit d'interpellation citoyenne", m.paragraph("text", m.p(
        "Depuis 2023, les habitants peuvent interpeller le conseil municipal. Une interpellation est une pétition adressée "
        "au maire : si elle réunit 1 000 signatures d'habitants de plus de 16 ans en trois mois, elle est débattue en "
        "séance publique du conseil municipal.",
        "<h2>Comment faire ?</h2>",
        m.ul("Déposez votre interpellation sur la plateforme Je participe ;",
             "la direction de la démocratie locale vérifie sa recevabilité (compétence communale, respect de la loi) ;",
             "l'interpellation est publiée et chacun peut la signer en ligne ;",
             "au-delà de 1 000 signatures, elle est inscrite à l'ordre du jour du conseil."),
        f'<p><a class="button button--primary" href="http://{VES_C}/project/interpellations-citoyennes/collect/interpellations">Lancer ou signer une interpellation</a></p>')),
        # residents start and sign petitions addressed to the council (a city-run e-petition scheme)
        {"petition", "participation_displayed"}, parent=("Démocratie locale", "/democratie-locale"))

    news = page("/actualites", "Actualités", m.drupal_teasers(_VES_NEWS))

    pistes = page("/actualites/pistes-cyclables-du-littoral", "Pistes cyclables du littoral : le tracé dévoilé", (
        m.paragraph("text", m.p(
            "<em>Publié le 6 juin 2024</em>",
            "La future piste cyclable du littoral reliera le port à la pointe de l'Estérel sur huit kilomètres, en site "
            "propre sur la plus grande partie du parcours. Le tracé présenté au conseil municipal du 30 mai tient compte "
            "des avis recueillis lors des trois balades urbaines de l'hiver.",
            "Les travaux se dérouleront hors saison, d'octobre à mars, en trois tranches jusqu'en 2026. Coût : 6,8 M€, "
            "financés à 50 % par la Région et le Département.",
            "Une question, une remarque sur le tracé ? Laissez un commentaire : les services y répondront."))
        + m.drupal_comments(402, [
            ("Sébastien", "jeu 06/06/2024 - 18:40", "Enfin", "Et la traversée du pont de l'Argens, elle sera sécurisée ?"),
            ("Odile", "ven 07/06/2024 - 08:12", "Stationnement", "Combien de places de stationnement vont disparaître le long de la corniche ?"),
            ("Ville de Villeneuve-d'Estérel", "ven 07/06/2024 - 15:20", "Réponse",
             "Le pont sera doublé d'une passerelle. Environ 60 places seront supprimées, compensées au parking des Pins-Parasols.")])),
        # balades urbaines mentioned in passing in a news item
        {"comments"}, decoys={"participation_displayed"}, parent=("Actualités", "/actualites"))

    oasis = page("/actualites/cours-d-ecole-oasis", "Trois cours d'école « oasis » pour la rentrée", m.paragraph("text", m.p(
        "<em>Publié le 27 mai 2024</em>",
        "Cet été, les écoles des Veyssières, de La Baume et du Gargalon perdent leur bitume au profit de sols perméables, "
        "de copeaux, de potagers et de 45 arbres. Un projet lauréat du budget participatif 2022 avait ouvert la voie à "
        "l'école du Port ; la Ville généralise désormais la démarche à toutes ses écoles d'ici 2028.",
        "Coût des trois chantiers : 1,9 M€, financés à 70 % par l'Agence de l'eau.")),
        decoys={"participatory_budget"}, parent=("Actualités", "/actualites"))  # a passing mention of a past participatory budget

    plui = page("/actualites/plui-concertation-agglomeration", "PLUi : l'Agglomération lance la concertation", m.paragraph("text", m.p(
        "<em>Publié le 17 mai 2024</em>",
        "La communauté d'agglomération Estérel-Argens élabore son plan local d'urbanisme intercommunal (PLUi), qui "
        "remplacera en 2026 les PLU des cinq communes membres, dont celui de Villeneuve-d'Estérel.",
        "La concertation est conduite par l'Agglomération : réunions publiques dans chaque commune, registre en ligne "
        "et contributions sur sa plateforme Decidim. La Ville relaie l'information mais n'est pas l'organisatrice de "
        "cette démarche.",
        "<p>" + m.ext("https://participer.esterel-argens-agglo.fr/", "Plateforme de concertation de l'Agglomération") + "</p>")),
        # the intercommunality's concertation and platform, only described and linked
        decoys={"participatory_platform", "participation_displayed"}, parent=("Actualités", "/actualites"))

    sondage = page("/sondage-eclairage-nocturne", "Éclairage nocturne : votre avis", m.paragraph("text", m.p(
        "Pour réduire la facture d'énergie et protéger la biodiversité nocturne, la Ville envisage d'éteindre "
        "l'éclairage public entre 1 h et 5 h dans les quartiers résidentiels, hors saison estivale. Avant toute "
        "décision, nous souhaitons connaître votre avis.",
        "Le sondage est ouvert jusqu'au 30 juin.",
        m.google_form("1FAIpQLSe8vQn3Xk2Rj7YtPq0LmZc4WbHs5uD9aGf1eKpN6rTyXw2Lqg"))),
        {"poll"})

    lettre = page("/newsletter", "Newsletter", m.paragraph("text", m.p("Recevez chaque semaine l'actualité de Villeneuve-d'Estérel.") + m.simplenews()),
        decoys={"contact_form"})

    contact = page("/contact", "Contact", (
        m.paragraph("text", m.p("Hôtel de ville — avenue de la Libération — 83661 Villeneuve-d'Estérel — 04 94 00 88 00"))
        + m.webform("contact", "/contact", [
            ("text", "name", "Votre nom", True), ("email", "email", "Votre adresse électronique", True),
            ("select:Accueil|Urbanisme|Plages et littoral|Démocratie locale|Autre", "service", "Service", False),
            ("text", "subject", "Sujet", True), ("textarea", "message", "Message", True)], "Envoyer le message", 1)),
        {"contact_form"}, decoys={"suggestion_call"})

    cm = page("/conseil-municipal", "Le conseil municipal", m.paragraph("text", m.p(
        "Le conseil municipal compte 43 élus. Ses séances sont publiques et retransmises en direct sur la chaîne "
        "YouTube de la Ville.",
        "<h2>Prochaine séance : jeudi 27 juin 2024, 18 h</h2>",
        m.ul("Compte administratif 2023", "Plan plages 2024 : tarifs et conventions", "Budget participatif : règlement de l'édition 2025",
             "Motion relative à la ressource en eau", "Questions orales"))),
        decoys={"participation_displayed", "participatory_budget"})  # the council's agenda, naming the participatory budget's rules

    rs = page("/reseaux-sociaux", "Suivez la Ville sur les réseaux sociaux", m.paragraph("text", m.p(
        "Actualités, alertes météo, vidéos des conseils municipaux : retrouvez la Ville sur ses comptes officiels.",
        m.ul('<a href="https://www.facebook.com/villeneuveesterel">Facebook : Ville de Villeneuve-d\'Estérel</a>',
             '<a href="https://www.instagram.com/villeneuve_esterel/">Instagram : @villeneuve_esterel</a>',
             '<a href="https://x.com/VilleneuveEsterel">X : @VilleneuveEsterel</a>',
             '<a href="https://www.youtube.com/@villeneuveesterel">YouTube : conseils municipaux en vidéo</a>',
             '<a href="https://mastodon.social/@villeneuveesterel" rel="me">Mastodon : @villeneuveesterel@mastodon.social</a>'),
        "Ces comptes ne sont pas des espaces de concertation : pour donner votre avis sur un projet, rendez-vous sur "
        f'<a href="http://{VES_C}/">Je participe</a>.')),
        {"social_account"}, decoys={"territorial_social_network"})  # the city's accounts on global platforms

    pages = [home, dl, ciq, charte, bp, balades, interp, news, pistes, oasis, plui, sondage, lettre, contact, cm, rs]
    return Site(VES, "drupal", "Ville de Villeneuve-d'Estérel", pages,
                menu=[("Accueil", "/"), ("Démocratie locale", "/democratie-locale"), ("Actualités", "/actualites"),
                      ("Je participe", f"http://{VES_C}/"), ("Contact", "/contact")],
                accounts=[social("facebook", "villeneuveesterel"), social("instagram", "villeneuve_esterel"),
                          social("x", "VilleneuveEsterel"), social("youtube", "villeneuveesterel"),
                          social("linkedin", "ville-de-villeneuve-d-esterel"),
                          social("mastodon", "villeneuveesterel@mastodon.social", "https://mastodon.social/@villeneuveesterel")],
                address="Hôtel de ville, avenue de la Libération, 83661 Villeneuve-d'Estérel")


def _ves_capco():
    bp_slug = "/project/budget-participatif-2024"
    home = page("/", "Je participe — Villeneuve-d'Estérel", (
        '<section class="section--custom"><h2>Bienvenue sur Je participe</h2>'
        + m.p("La plateforme de participation citoyenne de la Ville de Villeneuve-d'Estérel : budget participatif, "
              "consultations, questionnaires et interpellations citoyennes. Inscrivez-vous pour contribuer.")
        + "</section><section class=\"section--projects\"><h2>Projets participatifs</h2>"
        + m.cc_project_cards([
            (f"{bp_slug}/collect/depot-des-projets", "Budget participatif 2024 : une ville plus fraîche", "Budget participatif", "Analyse des projets", 412),
            (f"{bp_slug}/selection/vote", "Budget participatif 2024 : le vote", "Budget participatif", "À venir", 0),
            ("/project/front-de-mer/consultation/consultation", "Front de mer : imaginons-le ensemble", "Consultation", "En cours", 287),
            ("/project/plages-2024/questionnaire/questionnaire", "Plages 2024 : votre expérience", "Questionnaire", "En cours", 904),
            ("/project/interpellations-citoyennes/collect/interpellations", "Interpellations citoyennes", "Interpellation", "Permanent", 37)])
        + "</section>"),
        {"participation_displayed"})

    depot = page(f"{bp_slug}/collect/depot-des-projets", "Budget participatif 2024 : les projets déposés", (
        m.cc_step_header("Dépôt des projets", "du 15 janvier au 15 mars 2024", "Terminé")
        + m.p("95 projets ont été déposés par les habitants. 23 ont été jugés recevables par les services et seront "
              "soumis au vote en septembre. Enveloppe : 500 000 €.")
        + m.cc_proposals([
            ("/projects/budget-participatif-2024/collect/depot-des-projets/proposals/creation-d-un-jardin-sec",
             "Création d'un jardin sec au parc des Pins-Parasols", "Collectif Pins-Parasols", "Les Pins-Parasols", 0, 5, "38 000 €"),
            ("", "Brumisateurs sur le parvis de la gare", "Yasmine", "Centre-Ville", 0, 2, "22 000 €"),
            ("", "Ombrière végétalisée au boulodrome de La Baume", "Les boulistes de La Baume", "La Baume", 0, 7, "41 000 €")], "Voter (à partir du 1er septembre)")),
        {"participatory_budget"}, parent=("Budget participatif 2024", f"{bp_slug}/collect/depot-des-projets"))

    vote = page(f"{bp_slug}/selection/vote", "Budget participatif 2024 : le vote", (
        m.cc_step_header("Vote", "du 1er au 30 septembre 2024", "À venir")
        + m.p("Du 1er au 30 septembre, choisissez jusqu'à cinq projets parmi les 23 projets recevables. Les projets les "
              "plus votés seront réalisés dans la limite de 500 000 €. Le vote est ouvert aux personnes de plus de 12 ans "
              "habitant, travaillant ou étudiant dans la commune.")
        + '<p><button type="button" class="btn btn-success" disabled>Le vote ouvrira le 1er septembre</button></p>'),
        {"participatory_budget"}, parent=("Budget participatif 2024", f"{bp_slug}/collect/depot-des-projets"))

    jardin = page("/projects/budget-participatif-2024/collect/depot-des-projets/proposals/creation-d-un-jardin-sec",
                  "Création d'un jardin sec au parc des Pins-Parasols", (
        '<div class="proposal__page"><div class="proposal__header"><p class="proposal__author">Collectif Pins-Parasols</p>'
        '<p class="proposal__district">Les Pins-Parasols · Estimation : 38 000 €</p><p class="proposal__status label label-success">Recevable</p></div>'
        '<div class="proposal__content">'
        + m.p("Remplacer la pelouse grillée du parc par un jardin sec méditerranéen : cistes, romarins, lavandes, "
              "euphorbes, graminées, qui n'ont besoin d'aucun arrosage une fois installés. Des bancs en pierre sèche à "
              "l'ombre des pins, des panneaux pédagogiques pour les écoles voisines.")
        + "</div>"
        + m.cc_comments([("Michèle D.", "12 avril 2024", "Très belle idée, la pelouse est jaune dès le mois de juin."),
                         ("CIQ Les Pins-Parasols", "15 avril 2024", "Le CIQ soutient le projet et propose d'aider aux plantations."),
                         ("Jérôme", "2 mai 2024", "Attention aux allergies avec certaines graminées.")])
        + m.share_links(f"http://{VES_C}/projects/budget-participatif-2024/collect/depot-des-projets/proposals/creation-d-un-jardin-sec",
                        "Création d'un jardin sec")
        + "</div>"),
        {"participatory_budget", "comments"}, decoys={"social_account"},  # share links; the platform shows no account
        parent=("Les projets déposés", f"{bp_slug}/collect/depot-des-projets"))

    interp = page("/project/interpellations-citoyennes/collect/interpellations", "Interpellations citoyennes", (
        m.cc_step_header("Dépôt et signature", "permanent", "En cours")
        + m.p("Une interpellation est une pétition adressée au conseil municipal. Déposez la vôtre ou signez celles des "
              "autres habitants : à partir de 1 000 signatures en trois mois, elle est débattue en conseil municipal.")
        + '<p><button type="button" class="btn btn-primary">Déposer une interpellation</button></p>'
        + m.cc_proposals([
            ("", "Rouvrir l'accès piéton à la calanque du Trayas", "Association Trayas Nature", "Le Trayas-Ouest", 1128, 23, ""),
            ("", "Un arrêt de bus ombragé devant le lycée", "Élèves du lycée Estérel", "Centre-Ville", 642, 9, ""),
            ("", "Limiter les locations de jet-ski au port", "Nathalie R.", "Le Port", 203, 14, "")], "Signer")),
        # residents start and sign petitions to the council on the city's platform (an interpellation is an e-petition)
        {"petition"})

    plages = page("/project/plages-2024/questionnaire/questionnaire", "Plages 2024 : votre expérience", (
        m.cc_step_header("Questionnaire", "du 1er juin au 15 septembre 2024", "En cours")
        + m.p("Propreté, sécurité, accessibilité, stationnement : aidez-nous à améliorer les plages. Dix minutes, anonyme.")
        + m.app_form("/project/plages-2024/questionnaire/questionnaire",
                     m.app_question(1, "Quelle plage fréquentez-vous le plus ?", ["Le Port", "Les Roches-Rouges", "La Baume", "Les criques du Trayas"])
                     + m.app_question(2, "Comment jugez-vous la propreté ?", ["Très satisfaisante", "Satisfaisante", "Peu satisfaisante", "Pas du tout"])
                     + m.app_question(3, "Qu'est-ce qui vous manque ?", ["De l'ombre", "Des douches", "Des toilettes", "Des poubelles de tri", "Du stationnement"], True)
                     + m.app_open_question(4, "Vos suggestions"), "Envoyer", "questionnaire")),
        {"poll"})

    front = page("/project/front-de-mer/consultation/consultation", "Front de mer : imaginons-le ensemble", (
        m.cc_step_header("Consultation", "du 15 mai au 15 juillet 2024", "En cours")
        + m.p("Le front de mer sera entièrement réaménagé à partir de 2026. <strong>Proposez vos idées</strong> pour chacun "
              "des thèmes ci-dessous, et votez pour les propositions des autres participants (d'accord, mitigé, pas d'accord).")
        + '<div class="opinion-types">'
        + "".join(f'<section class="opinion-type"><h3>{t}</h3><p class="opinion-type__count">{n} propositions</p>'
                  '<button type="button" class="btn btn-primary">Proposer</button></section>'
                  for t, n in [("Ombre et végétation", 64), ("Circulation et stationnement", 81), ("Commerces et terrasses", 37),
                               ("Accès à la mer", 29)])
        + "</div>"),
        {"suggestion_call"})

    pages = [home, depot, vote, jardin, interp, plages, front]
    return Site(VES_C, "capcollectif", "Je participe — Villeneuve-d'Estérel", pages,
                menu=[("Accueil", "/"), ("Budget participatif", f"{bp_slug}/collect/depot-des-projets"),
                      ("Interpellations", "/project/interpellations-citoyennes/collect/interpellations"),
                      ("Site de la Ville", f"http://{VES}/")],
                features=frozenset({"participatory_platform"}), platforms=frozenset({"cap_collectif"}))


@_register
def villeneuve_esterel():
    return _city("99578", "Villeneuve-d'Estérel", 54820, "83", PACA, [_ves_www(), _ves_capco()])
