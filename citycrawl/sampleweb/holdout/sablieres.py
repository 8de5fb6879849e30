"""Holdout part "sablieres": eight mid-sized towns of western and central France (Pays de la Loire,
Centre-Val de Loire, Nouvelle-Aquitaine, Auvergne), cities 99541-99548.

Participation goes through conseils de quartier, conseils des sages, youth councils, commissions
extra-municipales and public meetings; each town runs a participatory budget under a local name (on its own
site or on a platform: Cap Collectif, Decidim, Jenparle, Go Vocal, Fluicity, iD City), idea boxes, polls from
CMS plugins and survey embeds, petitions, forums (SPIP, phpBB, Discourse), article comments and, in one town,
a neighbours' network. Lookalikes: the gendarmerie's "participation citoyenne", the département's or the
region's participatory budget in the news, council agendas and minutes, the budget primitif, forums of
associations and job fairs, grant applications, calls for tenders, event sign-ups, closed consultations.

Four hosts are drawn by layouts of this part (a home-made PHP site, Jenparle, Fluicity, iD City) and one new
WordPress site serves a small JSON API that a page's script reads; ``hosts()`` serves them.
"""
import json

from ..site import City, Site, page, social
from ..web import Reply, SiteHost
from . import sablieres_markup as m

PLATFORM = frozenset({"participatory_platform"})
FORUM = frozenset({"forum"})
NETWORK = frozenset({"territorial_social_network"})


class _Host(SiteHost):
    """A site drawn by a layout of this part (or by its theme when ``layout`` is None), plus JSON routes."""

    def __init__(self, site, layout=None, api=None):
        super().__init__(site)
        self.layout = layout
        self.api = api or {}

    def respond(self, request):
        path = request.target
        if path in self.api:
            return Reply(200, [("Content-Type", "application/json; charset=utf-8")],
                         json.dumps(self.api[path], ensure_ascii=False).encode())
        found = self.site.by_path.get(path)
        if self.layout is None or found is None or path == "/robots.txt" or path in self.site.redirects:
            return super().respond(request)
        return Reply.html(self.layout(self.site, found))


def _tiles(links, title="Accès rapides"):
    items = "".join(f'<li class="acces-rapide"><a href="{href}">{label}</a></li>' for href, label in links)
    return f'<nav class="acces-rapides" aria-label="{title}"><h2>{title}</h2><ul>{items}</ul></nav>'


# ============================================================================ 99541 Chanteloire (WordPress)

CHANTELOIRE = "www.chanteloire.fr"
CHANTELOIRE_CAPCO = "chanteloire.cap-collectif.com"
_CH_BP = "/ma-ville/democratie-participative/budget-participatif/"
_CH_DP = "/ma-ville/democratie-participative/"


def chanteloire() -> City:
    """WordPress site of 2019 (theme "mairie"): Contact Form 7, WP-Polls, native comments, MailPoet; the
    participatory budget "Chanteloire en projets" runs on Cap Collectif (filing, vote, a questionnaire)."""
    capco = f"http://{CHANTELOIRE_CAPCO}"
    news = [
        ("/actualites/sondage-rythmes-scolaires/", "Rythmes scolaires : donnez votre avis", "2024-03-04", "4 mars 2024",
         "La semaine de quatre jours ou de quatre jours et demi ? La municipalité consulte les familles avant la rentrée."),
        ("/actualites/reamenagement-place-du-ralliement/", "Place du Ralliement : le chantier démarre en avril", "2024-02-26", "26 février 2024",
         "Après deux réunions publiques et une exposition en mairie, les travaux de la place commencent."),
        ("/actualites/resultats-consultation-marche-couvert/", "Marché couvert : les résultats de la consultation", "2024-02-12", "12 février 2024",
         "Vous avez été 1 137 à répondre. Voici ce qui ressort de la consultation sur les horaires du marché."),
        ("/actualites/forum-des-associations-2024/", "Le forum des associations revient le 7 septembre", "2024-02-05", "5 février 2024",
         "Une centaine d'associations chanteloiriennes attendues salle Jean-Bodin."),
        ("/actualites/budget-participatif-departemental/", "Le Département ouvre son budget participatif", "2024-01-29", "29 janvier 2024",
         "Les habitants de Maine-et-Loire peuvent déposer des projets d'intérêt départemental jusqu'au 31 mars."),
        ("/actualites/participation-citoyenne-gendarmerie/", "Quartier des Ardoisières : un protocole « participation citoyenne »", "2024-01-15", "15 janvier 2024",
         "La Ville, la préfecture et la gendarmerie ont signé un protocole de vigilance entre voisins."),
    ]
    poll = m.wp_polls(12, "Pour la rentrée prochaine, vous préférez :",
                      ["La semaine de 4 jours", "La semaine de 4 jours et demi avec le mercredi matin", "Sans opinion"])
    pages = [
        page("/", "Accueil", m.prose(
            "Bienvenue sur le site de la Ville de Chanteloire, au bord du Layon et aux portes de l'Anjou noir. "
            "Démarches, équipements, agenda : retrouvez ici toute l'information municipale.")
             + _tiles([("/contact/", "Contacter la mairie"), (_CH_DP, "Participer à la vie de la ville"),
                       (_CH_BP, "Chanteloire en projets"), ("/ma-ville/conseil-municipal/", "Conseil municipal"),
                       ("/ma-ville/marches-publics/", "Marchés publics"), ("/newsletter/", "Lettre d'information")])
             + m.wp_heading("À la une") + m.wp_posts(news[:4])
             + m.prose('<a href="/actualites/">Toutes les actualités</a>')),
        page("/actualites/", "Actualités", m.wp_posts(news)),
        page(_CH_DP, "Démocratie participative", m.prose(
            "À Chanteloire, la participation des habitants ne se limite pas au rendez-vous électoral. Depuis 2020, "
            "la municipalité a structuré ses instances de concertation autour d'une charte adoptée en conseil municipal : "
            "chacun peut donner son avis, proposer, s'impliquer dans un projet de quartier.",
            "Vous trouverez ci-dessous les différentes façons de prendre part aux décisions qui vous concernent.")
             + m.wp_heading("Les instances")
             + m.bullets([m.link("/ma-ville/democratie-participative/conseils-de-quartier/", "Les six conseils de quartier"),
                          m.link("/ma-ville/democratie-participative/conseil-des-sages/", "Le conseil des sages"),
                          m.link("/ma-ville/democratie-participative/conseil-municipal-des-jeunes/", "Le conseil municipal des jeunes")])
             + m.wp_heading("Les démarches ouvertes à tous")
             + m.prose("Chaque année, <strong>Chanteloire en projets</strong> consacre une part du budget d'investissement à des idées "
                       f"portées par les habitants. Le dépôt et le vote se font en ligne, sur {m.link(capco + '/', 'chanteloire.cap-collectif.com')}, "
                       "ou sur papier à l'accueil de la mairie et dans les deux médiathèques.",
                       "Ponctuellement, des questionnaires en ligne et des réunions publiques accompagnent les grands projets "
                       "(plan vélo, aménagement de la place du Ralliement, rythmes scolaires).")
             + m.wp_blocks_buttons(("En savoir plus sur le budget participatif", _CH_BP)),
             {"participation_displayed"}, decoys={"participatory_platform"},
             # names the Cap Collectif domain and links to it: the platform is on its own host, not here
             parent=("Ma ville", "/")),
        page("/ma-ville/democratie-participative/conseils-de-quartier/", "Les conseils de quartier", m.prose(
            "Les six conseils de quartier sont des lieux d'échange entre habitants, associations et élus. Ils se réunissent "
            "au moins trois fois par an, en séance ouverte au public, et disposent chacun d'une enveloppe annuelle de 15 000 € "
            "pour de petits aménagements (bancs, plantations, jeux).",
            "Chaque conseil compte une vingtaine de membres : des habitants volontaires, tirés au sort pour moitié parmi les "
            "inscrits, et des représentants des associations du quartier. Le mandat dure trois ans.")
             + m.wp_table(["Quartier", "Prochaine séance", "Lieu"],
                          [["Centre-Ville – Ralliement", "14 mai, 18 h 30", "Salle du Ralliement"],
                           ["Les Ardoisières", "16 mai, 18 h 30", "Maison de quartier des Ardoisières"],
                           ["Saint-Lambert", "21 mai, 19 h", "École Jacques-Prévert"],
                           ["La Gravelle", "23 mai, 18 h 30", "Centre social La Gravelle"],
                           ["Bords de Layon", "28 mai, 19 h", "Salle des fêtes du Port"],
                           ["Les Hauts de Chanteloire", "30 mai, 18 h 30", "Espace Mauges"]])
             + m.prose("Les comptes rendus sont publiés après chaque séance, par exemple "
                       + m.link("/ma-ville/democratie-participative/conseils-de-quartier/compte-rendu-ardoisieres-fevrier-2024/",
                                "celui du conseil des Ardoisières du 8 février") + ".",
                       "Pour rejoindre le conseil de votre quartier, écrivez au service Démocratie locale via le "
                       + m.link("/contact/", "formulaire de contact") + " en précisant votre adresse."),
             {"participation_displayed"}, parent=("Démocratie participative", _CH_DP)),
        page("/ma-ville/democratie-participative/conseils-de-quartier/compte-rendu-ardoisieres-fevrier-2024/",
             "Conseil de quartier des Ardoisières – compte rendu du 8 février 2024", m.prose(
                 "Présents : 17 membres sur 22, Mme Véronique Tessier, adjointe à la vie des quartiers, et une trentaine d'habitants.",
                 "<strong>1. Sécurisation de la rue des Perrières.</strong> Les habitants signalent des vitesses excessives aux heures "
                 "d'entrée de l'école. Le service voirie présente deux scénarios (écluse ou plateau surélevé). Le conseil se prononce "
                 "à l'unanimité pour le plateau, qui sera financé sur l'enveloppe de quartier.",
                 "<strong>2. Jardin partagé.</strong> L'association Les Mains Vertes présente son projet de jardin sur la parcelle "
                 "de la rue Saint-Maurille. Le conseil l'encourage à le déposer au prochain appel de Chanteloire en projets.",
                 "<strong>3. Questions diverses.</strong> Éclairage du passage sous la voie ferrée, dépôts sauvages près des conteneurs "
                 "de la place Gaston-Allard.",
                 "Prochaine séance : jeudi 16 mai à 18 h 30, maison de quartier."),
             {"participation_displayed"},
             # minutes of a conseil de quartier, a participatory body (not the municipal council's agenda)
             parent=("Les conseils de quartier", "/ma-ville/democratie-participative/conseils-de-quartier/")),
        page("/ma-ville/democratie-participative/conseil-des-sages/", "Le conseil des sages", m.prose(
            "Créé en 2009, le conseil des sages réunit trente Chanteloiriens de plus de 62 ans, dégagés de toute activité "
            "professionnelle, qui mettent leur expérience au service de la collectivité. Il rend des avis sur les dossiers que "
            "lui confie le maire et peut s'autosaisir de toute question d'intérêt communal.",
            "Ses travaux récents ont porté sur l'accessibilité des arrêts de bus, la signalétique du cimetière paysager et la "
            "lutte contre l'isolement des personnes âgées pendant l'été.",
            "Le conseil est renouvelé par moitié tous les trois ans. Les candidatures pour le renouvellement de juin sont ouvertes "
            "jusqu'au 30 avril.")
             + m.cf7(418, 2231, "/ma-ville/democratie-participative/conseil-des-sages/",
                     [("text", "your-name", "Nom et prénom", True), ("email", "your-email", "E-mail", True),
                      ("tel", "your-tel", "Téléphone", False), ("text", "annee-naissance", "Année de naissance", True),
                      ("textarea", "motivations", "Vos motivations et vos centres d'intérêt", False),
                      ("acceptance", "rgpd", "J'accepte que mes données soient utilisées pour l'étude de ma candidature.", True)],
                     submit="Envoyer ma candidature", title="Candidature au conseil des sages"),
             {"participation_displayed"}, decoys={"contact_form"},
             # an application to join the council: a registration form, not a message to the city
             parent=("Démocratie participative", _CH_DP)),
        page("/ma-ville/democratie-participative/conseil-municipal-des-jeunes/", "Le conseil municipal des jeunes", m.prose(
            "Trente-trois élèves de CM1, CM2 et sixième siègent au conseil municipal des jeunes, élus pour deux ans dans leur école "
            "ou leur collège. Réunis en commissions (environnement, solidarité, sports et loisirs), ils conçoivent des projets qu'ils "
            "présentent ensuite au maire et aux élus adultes.",
            "Ce mandat a vu naître la « Rando des familles » et les boîtes à livres du parc de la Garenne. Les jeunes élus "
            "préparent maintenant une journée de nettoyage des bords du Layon."),
             {"participation_displayed"},  # a youth council consulted on city projects: part of the participatory approach
             parent=("Démocratie participative", _CH_DP)),
        page(_CH_BP, "Chanteloire en projets, le budget participatif", m.prose(
            "Vous avez une idée pour votre quartier ou pour toute la ville ? Avec <strong>Chanteloire en projets</strong>, la Ville "
            "réserve chaque année 300 000 € de son budget d'investissement à des projets imaginés et choisis par les habitants.",
            "Le calendrier 2024 : dépôt des idées du 15 mars au 15 mai ; étude de faisabilité par les services en juin ; vote "
            "du 16 septembre au 13 octobre ; annonce des lauréats fin octobre. Tout habitant de plus de 11 ans peut déposer et voter.")
             + m.wp_blocks_buttons(("Déposer une idée", f"{capco}/project/chanteloire-en-projets-2024/collect/deposez-vos-projets"),
                                   ("Lire le règlement", _CH_BP + "reglement/"),
                                   ("Les lauréats 2023", _CH_BP + "laureats-2023/"))
             + m.prose("La plateforme en ligne est hébergée par Cap Collectif. Si vous préférez le papier, des fiches de dépôt sont "
                       "disponibles à l'accueil de l'hôtel de ville."),
             {"participatory_budget"}, decoys={"participatory_platform"}, parent=("Démocratie participative", _CH_DP)),
        page(_CH_BP + "reglement/", "Règlement de Chanteloire en projets", m.prose(
            "<strong>Article 1 – Objet.</strong> Le budget participatif permet aux habitants de proposer l'affectation d'une partie "
            "du budget d'investissement de la commune à des projets d'intérêt général.",
            "<strong>Article 2 – Qui peut participer ?</strong> Toute personne de plus de 11 ans résidant, travaillant ou étudiant à "
            "Chanteloire. Les associations peuvent porter un projet à condition qu'il ne finance pas leur fonctionnement.",
            "<strong>Article 3 – Critères de recevabilité.</strong> Le projet relève des compétences de la commune, concerne "
            "l'investissement (pas de dépenses de fonctionnement), ne dépasse pas 60 000 € et peut être réalisé en moins de deux ans.",
            "<strong>Article 4 – Vote.</strong> Chaque votant choisit jusqu'à trois projets. Les projets les plus soutenus sont retenus "
            "dans la limite de l'enveloppe, avec au moins un projet par secteur de la ville.",
            "<strong>Article 5 – Réalisation.</strong> Les porteurs sont associés au suivi des travaux. Un bilan est présenté chaque "
            "année en conseil municipal."),
             {"participatory_budget"}, parent=("Chanteloire en projets", _CH_BP)),
        page(_CH_BP + "laureats-2023/", "Chanteloire en projets : les lauréats 2023", m.prose(
            "2 412 votants ont départagé les 38 projets soumis au vote l'automne dernier. Voici les huit projets retenus, "
            "qui seront réalisés d'ici fin 2025.")
             + m.wp_table(["Projet", "Quartier", "Montant", "Voix"],
                          [["Un verger conservatoire au parc de la Garenne", "Bords de Layon", "28 000 €", "612"],
                           ["Des abris vélos sécurisés à la gare", "Centre-Ville", "45 000 €", "587"],
                           ["Une aire de jeux inclusive", "La Gravelle", "58 000 €", "541"],
                           ["Des fontaines à eau dans les parcs", "Toute la ville", "36 000 €", "498"],
                           ["Une boîte à dons couverte", "Les Ardoisières", "9 000 €", "402"],
                           ["Un terrain de pétanque éclairé", "Saint-Lambert", "22 000 €", "377"],
                           ["Des nichoirs et un hôtel à insectes", "Les Hauts de Chanteloire", "6 500 €", "351"],
                           ["Une piste de pumptrack", "La Gravelle", "60 000 €", "344"]])
             + m.prose("Merci à toutes et à tous ! Les porteurs de projets seront conviés à une réunion de lancement en janvier."),
             {"participatory_budget"}, parent=("Chanteloire en projets", _CH_BP)),
        page("/ma-ville/conseil-municipal/", "Le conseil municipal", m.prose(
            "Le conseil municipal règle par ses délibérations les affaires de la commune. Il compte 39 élus et se réunit environ "
            "une fois par mois, salle du conseil de l'hôtel de ville. Les séances sont publiques et retransmises en direct.")
             + m.wp_heading("Prochaine séance : lundi 25 mars 2024 à 19 h")
             + m.prose("Ordre du jour : 1. Approbation du procès-verbal de la séance du 12 février. 2. Budget primitif 2024. "
                       "3. Taux de fiscalité locale. 4. Subventions aux associations. 5. Convention avec le syndicat de l'eau. "
                       "6. Dénomination de voies nouvelles (ZAC des Perrières).")
             + m.docs([("Procès-verbal de la séance du 12 février 2024", "/wp-content/uploads/2024/02/pv-cm-2024-02-12.pdf", "412 Ko"),
                       ("Recueil des délibérations 2023", "/wp-content/uploads/2024/01/deliberations-2023.pdf", "3,1 Mo")])
             + m.prose(m.link("/ma-ville/conseil-municipal/proces-verbal-seance-du-27-novembre/", "Lire le procès-verbal de la séance du 27 novembre")),
             decoys={"participation_displayed"}, parent=("Ma ville", "/")),
        page("/ma-ville/conseil-municipal/proces-verbal-seance-du-27-novembre/", "Procès-verbal de la séance du 27 novembre 2023", m.prose(
            "L'an deux mille vingt-trois, le vingt-sept novembre à dix-neuf heures, le conseil municipal de la commune de Chanteloire, "
            "dûment convoqué, s'est réuni en séance publique sous la présidence de M. le Maire.",
            "<strong>Délibération 2023-112 – Débat d'orientations budgétaires.</strong> Le rapport prévoit un programme d'investissement "
            "de 11,4 M€ en 2024, dont l'enveloppe de 300 000 € reconduite pour le budget participatif. Le conseil prend acte de la tenue du débat.",
            "<strong>Délibération 2023-113 – Tarifs municipaux 2024.</strong> Adoptée à l'unanimité.",
            "<strong>Délibération 2023-114 – Rapport d'activité des conseils de quartier.</strong> M. Gohier regrette la faible "
            "participation des moins de 30 ans ; Mme Tessier rappelle les actions menées avec les lycées. Le conseil prend acte.",
            "La séance est levée à vingt-deux heures dix."),
             decoys={"participation_displayed", "participatory_budget"},
             # the municipal council's minutes; the budget participatif is a line of the budget debate
             parent=("Le conseil municipal", "/ma-ville/conseil-municipal/")),
        page("/ma-ville/finances/budget-primitif-2024/", "Budget primitif 2024", m.prose(
            "Voté le 25 mars, le budget primitif 2024 s'élève à 58,2 millions d'euros : 44,6 M€ en fonctionnement et 13,6 M€ en "
            "investissement. Les taux d'imposition restent inchangés pour la sixième année consécutive.",
            "Principaux investissements : rénovation thermique du groupe scolaire Jacques-Prévert (2,1 M€), place du Ralliement "
            "(3,4 M€), voirie et réseaux (1,8 M€), acquisitions foncières (0,9 M€).")
             + m.wp_table(["Section", "Dépenses", "Recettes"],
                          [["Fonctionnement", "44,6 M€", "44,6 M€"], ["Investissement", "13,6 M€", "13,6 M€"]])
             + m.docs([("Budget primitif 2024 – présentation brève et synthétique", "/wp-content/uploads/2024/03/bp-2024-synthese.pdf", "1,2 Mo")]),
             decoys={"participatory_budget"}, parent=("Ma ville", "/")),
        page("/actualites/sondage-rythmes-scolaires/", "Rythmes scolaires : donnez votre avis", m.prose(
            "Le projet éducatif de territoire arrive à échéance en juin. Avant de le renouveler, la Ville souhaite connaître l'avis "
            "des familles sur l'organisation de la semaine scolaire dans les onze écoles publiques.",
            "Le sondage ci-dessous est ouvert jusqu'au 31 mars. Une seule réponse par foyer. Les conseils d'école seront également "
            "consultés en avril.")
             + poll + m.share("http://www.chanteloire.fr/actualites/sondage-rythmes-scolaires/", "Rythmes scolaires"),
             {"poll"}, parent=("Actualités", "/actualites/")),
        page("/actualites/resultats-consultation-marche-couvert/", "Marché couvert : les résultats de la consultation", m.prose(
            "Du 8 au 28 janvier, la Ville vous a interrogés sur les jours et horaires d'ouverture du marché couvert. "
            "Merci aux 1 137 personnes qui ont répondu !")
             + m.wp_polls_result(11, "Quel créneau supplémentaire souhaitez-vous pour le marché couvert ?",
                                 [("Le mercredi après-midi", 46, 523), ("Le vendredi en fin de journée", 38, 432), ("Aucun", 16, 182)],
                                 1137, "28 janvier 2024")
             + m.prose("Un marché de fin de journée sera expérimenté le vendredi de 16 h à 20 h à partir du mois de mai."),
             decoys={"poll"}, parent=("Actualités", "/actualites/")),
        page("/actualites/reamenagement-place-du-ralliement/", "Place du Ralliement : le chantier démarre en avril", m.prose(
            "C'est le plus gros chantier du mandat. À partir du 8 avril, la place du Ralliement va se transformer pendant dix-huit mois "
            "pour laisser plus de place aux piétons, aux arbres et aux terrasses.",
            "Le projet a évolué depuis les premières esquisses : les deux réunions publiques de l'automne et l'exposition présentée "
            "en mairie ont conduit à conserver le kiosque et à déplacer l'arrêt de bus rue Thiers. Les commerçants ont été reçus à "
            "trois reprises.",
            "Pendant les travaux, le marché du samedi s'installera sur le mail Clemenceau. La circulation sera maintenue sur la rue "
            "Nationale, en sens unique vers le pont. Les places de stationnement supprimées seront compensées par l'ouverture du "
            "parking de la Poste le samedi.",
            "Le coût total de l'opération atteint 3,4 millions d'euros, dont 1,1 million de subventions de l'État et de la Région.")
             + m.wp_comments(2345, [
                 ("Bernard L.", "2024-02-26T18:12:00+01:00", "26 février 2024 à 18 h 12",
                  "Bonne nouvelle pour le kiosque. Par contre dix-huit mois de travaux pour les commerçants, ça va être long."),
                 ("Sophie M.", "2024-02-27T08:40:00+01:00", "27 février 2024 à 8 h 40",
                  "Est-ce que les arceaux vélos seront maintenus pendant le chantier ?"),
                 ("Ville de Chanteloire", "2024-02-27T11:05:00+01:00", "27 février 2024 à 11 h 05",
                  "Bonjour Sophie, des arceaux provisoires seront installés devant la médiathèque dès le début des travaux.", 2)])
             + m.share("http://www.chanteloire.fr/actualites/reamenagement-place-du-ralliement/", "Place du Ralliement"),
             {"comments"}, decoys={"participation_displayed"},  # public meetings mentioned in passing in a news item
             parent=("Actualités", "/actualites/")),
        page("/actualites/forum-des-associations-2024/", "Le forum des associations revient le 7 septembre", m.prose(
            "Sport, culture, solidarité, environnement : plus de cent associations vous donnent rendez-vous au forum des associations, "
            "le samedi 7 septembre de 10 h à 18 h, salle Jean-Bodin et sur le parvis.",
            "Démonstrations, inscriptions et buvette tenue par le comité des fêtes. Les associations qui souhaitent un stand "
            "peuvent s'inscrire auprès du service Vie associative avant le 30 juin.")
             + m.wp_comments(2351, [], open_=False),
             decoys={"forum", "comments"}, parent=("Actualités", "/actualites/")),
        page("/actualites/budget-participatif-departemental/", "Le Département ouvre son budget participatif", m.prose(
            "Le Département de Maine-et-Loire lance la troisième édition de son budget participatif, doté de 2 millions d'euros. "
            "Associations, collectifs et habitants peuvent déposer jusqu'au 31 mars des projets d'intérêt départemental : "
            "environnement, solidarités, patrimoine, sport.",
            "Le dépôt se fait sur le site du Département. Le vote aura lieu en juin. En 2022, deux projets chanteloiriens avaient "
            "été retenus, dont la restauration du lavoir de Saint-Lambert.",
            "Attention, il ne s'agit pas de Chanteloire en projets, le budget participatif de la Ville, dont l'appel à idées "
            "ouvrira le 15 mars."),
             decoys={"participatory_budget"},  # another authority's participatory budget, in the news
             parent=("Actualités", "/actualites/")),
        page("/actualites/participation-citoyenne-gendarmerie/", "Quartier des Ardoisières : un protocole « participation citoyenne »", m.prose(
            "Le maire, le préfet de Maine-et-Loire et le commandant du groupement de gendarmerie ont signé le 12 janvier un protocole "
            "« participation citoyenne » pour le quartier des Ardoisières et le hameau de la Roche-Foulques.",
            "Le dispositif repose sur des habitants référents, volontaires, qui signalent à la gendarmerie les faits inhabituels "
            "(démarchages suspects, véhicules en repérage). Il ne s'agit ni de patrouilles ni d'un réseau social : les référents "
            "restent en lien direct avec la brigade de Chanteloire.",
            'Pour devenir référent, adressez-vous à la police municipale. Plus d\'informations sur la page '
            '<a href="https://www.facebook.com/GendarmerieDeMaineEtLoire" target="_blank" rel="noopener">Facebook de la gendarmerie de Maine-et-Loire</a>.'),
             decoys={"participation_displayed", "territorial_social_network"}, parent=("Actualités", "/actualites/")),
        page("/ma-ville/marches-publics/", "Marchés publics", m.prose(
            "Les consultations en cours de la Ville de Chanteloire sont publiées sur le profil d'acheteur. Les entreprises peuvent "
            "y télécharger les dossiers et déposer leurs offres de façon dématérialisée.")
             + m.wp_table(["Objet", "Procédure", "Date limite"],
                          [["Appel d'offres – entretien des espaces verts (3 lots)", "Appel d'offres ouvert", "12 avril 2024, 12 h"],
                           ["Rénovation thermique du groupe scolaire Jacques-Prévert", "Procédure adaptée", "19 avril 2024, 12 h"],
                           ["Fourniture de mobilier urbain", "Procédure adaptée", "3 mai 2024, 12 h"]])
             + m.prose('Accès au profil d\'acheteur : <a href="https://www.marches-securises.fr/" target="_blank" rel="noopener">marches-securises.fr</a>.'),
             decoys={"suggestion_call"}, parent=("Ma ville", "/")),
        page("/newsletter/", "Lettre d'information", m.prose(
            "Recevez chaque mois par courriel l'essentiel de l'actualité chanteloirienne : travaux, agenda culturel, démarches.")
             + m.mailpoet(2), decoys={"contact_form"}),
        page("/contact/", "Contacter la mairie", m.prose(
            "Hôtel de ville, 1 place du Général-Leclerc, 49290 Chanteloire. Accueil du lundi au vendredi de 8 h 30 à 12 h 30 et "
            "de 13 h 30 à 17 h 30, le samedi de 9 h à 12 h (état civil).",
            "Pour toute question, utilisez le formulaire ci-dessous : votre message sera transmis au service concerné.")
             + m.cf7(5, 14, "/contact/",
                     [("text", "your-name", "Votre nom", True), ("email", "your-email", "Votre e-mail", True),
                      ("select", "your-service", "Service concerné", False,
                       ["Accueil – état civil", "Urbanisme", "Voirie – propreté", "Enfance – scolaire", "Démocratie locale", "Autre"]),
                      ("text", "your-subject", "Objet", True), ("textarea", "your-message", "Votre message", True)]),
             {"contact_form"}),
    ]
    www = Site(CHANTELOIRE, "wordpress", "Ville de Chanteloire", pages,
               menu=[("Accueil", "/"), ("Démocratie participative", _CH_DP), ("Actualités", "/actualites/"),
                     ("Budget 2024", "/ma-ville/finances/budget-primitif-2024/"), ("Contact", "/contact/")],
               accounts=[social("facebook", "VilleDeChanteloire"), social("instagram", "villedechanteloire"),
                         social("youtube", "VilleDeChanteloire", "https://www.youtube.com/@VilleDeChanteloire")],
               robots="User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n",
               address="Hôtel de ville, 1 place du Général-Leclerc, 49290 Chanteloire")

    project = "/project/chanteloire-en-projets-2024"
    steps = [(f"{project}/presentation/presentation", "Présentation", "closed"),
             (f"{project}/collect/deposez-vos-projets", "Dépôt des projets", "open"),
             (f"{project}/selection/vote", "Vote", "future")]
    jardin = f"{project}/collect/deposez-vos-projets/proposals/un-jardin-partage-aux-ardoisieres"
    passerelle = f"{project}/collect/deposez-vos-projets/proposals/une-passerelle-pietonne-sur-le-layon"
    proposals = [(jardin, "Un jardin partagé aux Ardoisières", "Les Mains Vertes", "Les Ardoisières", 48, 3),
                 (passerelle, "Une passerelle piétonne sur le Layon", "Hervé G.", "Bords de Layon", 31, 0)]
    capco_pages = [
        page("/", "Accueil", m.prose(
            "Bienvenue sur la plateforme participative de la Ville de Chanteloire. Proposez, débattez, votez : "
            "les démarches en cours sont présentées ci-dessous.")
             + '<section class="projects-list"><h2>Démarches en cours</h2><ul class="list-unstyled">'
             f'<li class="project-preview"><a href="{project}/presentation/presentation"><h3>Chanteloire en projets 2024</h3></a>'
             '<p>Budget participatif · Dépôt des projets jusqu\'au 15 mai</p>'
             f'<a class="btn btn-primary" href="{project}/collect/deposez-vos-projets">Déposer un projet</a></li>'
             '<li class="project-preview"><a href="/project/questionnaire-mobilites/questionnaire/vos-deplacements-au-quotidien">'
             '<h3>Plan vélo : vos déplacements au quotidien</h3></a><p>Questionnaire · jusqu\'au 30 avril</p></li></ul></section>'),
             # the platform's home lists the projects; the budget and the questionnaire are on their own pages
        page(f"{project}/presentation/presentation", "Chanteloire en projets 2024", m.capco_steps("Chanteloire en projets 2024", steps)
             + m.prose("300 000 € pour vos idées ! Le budget participatif de Chanteloire finance des projets d'investissement proposés "
                       "par les habitants et choisis par leur vote.",
                       "Étape 1 : vous déposez vos projets jusqu'au 15 mai. Étape 2 : les services étudient leur faisabilité. "
                       "Étape 3 : vous votez du 16 septembre au 13 octobre pour trois projets au plus."),
             {"participatory_budget"}, parent=("Accueil", "/")),
        page(f"{project}/collect/deposez-vos-projets", "Dépôt des projets", m.capco_steps("Chanteloire en projets 2024", steps)
             + m.prose("Vous avez une idée pour améliorer la vie à Chanteloire ? Déposez votre projet : décrivez-le, situez-le sur la "
                       "carte et estimez son coût si vous le pouvez. Les services vous aideront à le préciser.")
             + '<div class="proposal-create"><a class="btn btn-primary" id="confirm-proposal-create" href="/login">Déposer un projet</a></div>'
             + m.capco_proposals(proposals),
             {"participatory_budget", "suggestion_call"},
             # the filing step calls residents' project ideas ("appel à projets citoyens") for the budget
             parent=("Chanteloire en projets 2024", f"{project}/presentation/presentation")),
        page(jardin, "Un jardin partagé aux Ardoisières",
             m.prose("<strong>Porteur :</strong> association Les Mains Vertes · <strong>Quartier :</strong> Les Ardoisières · "
                     "<strong>Coût estimé :</strong> 18 000 €",
                     "Nous proposons d'aménager la parcelle communale de la rue Saint-Maurille en jardin partagé : une vingtaine de "
                     "carrés de culture, un récupérateur d'eau de pluie, un abri à outils et un composteur collectif. Le jardin serait "
                     "ouvert aux écoles le mardi et le jeudi.")
             + m.capco_comments(771, [("Nathalie B.", "il y a 5 jours", "Très bonne idée, la parcelle est en friche depuis des années."),
                                      ("Yann P.", "il y a 3 jours", "Pensez à un accès pour les personnes à mobilité réduite."),
                                      ("Les Mains Vertes", "il y a 2 jours", "Merci, nous ajoutons deux bacs surélevés au projet.")]),
             {"participatory_budget", "comments"}, parent=("Dépôt des projets", f"{project}/collect/deposez-vos-projets")),
        page(passerelle, "Une passerelle piétonne sur le Layon",
             m.prose("<strong>Porteur :</strong> Hervé G. · <strong>Quartier :</strong> Bords de Layon · <strong>Coût estimé :</strong> non chiffré",
                     "Relier le chemin de halage au parc de la Garenne par une passerelle réservée aux piétons et aux vélos, "
                     "pour éviter le pont routier où les trottoirs sont trop étroits.")
             + m.capco_comments(772, []),
             {"participatory_budget", "comments"},  # no comment yet, but the comment form is open under the proposal
             parent=("Dépôt des projets", f"{project}/collect/deposez-vos-projets")),
        page(f"{project}/selection/vote", "Vote", m.capco_steps("Chanteloire en projets 2024", steps)
             + m.prose("Le vote ouvrira le 16 septembre. Vous pourrez soutenir jusqu'à trois projets parmi ceux déclarés recevables. "
                       "Un justificatif de domicile pourra vous être demandé.")
             + '<div class="votes-widget" data-step="vote"><p class="help-block">Il vous reste <strong>3</strong> votes.</p>'
             '<button class="btn btn-success" disabled>Voter</button></div>',
             {"participatory_budget"}, parent=("Chanteloire en projets 2024", f"{project}/presentation/presentation")),
        page("/project/questionnaire-mobilites/questionnaire/vos-deplacements-au-quotidien", "Plan vélo : vos déplacements au quotidien",
             m.prose("Pour construire son plan vélo, la Ville a besoin de mieux connaître vos trajets. Le questionnaire prend cinq minutes.")
             + '<form id="reply-form" class="questionnaire-form" method="post" action="/graphql">'
             '<fieldset class="form-group"><legend>1. Comment vous rendez-vous le plus souvent au travail ou à l\'école ?</legend>'
             + "".join(f'<div class="radio"><label><input type="radio" name="responses[0]" value="{v}"> {v}</label></div>'
                       for v in ["Voiture", "Vélo", "À pied", "Bus", "Autre"])
             + '</fieldset><fieldset class="form-group"><legend>2. Qu\'est-ce qui vous ferait prendre le vélo plus souvent ?</legend>'
             + "".join(f'<div class="checkbox"><label><input type="checkbox" name="responses[1][]" value="{v}"> {v}</label></div>'
                       for v in ["Des pistes séparées", "Des stationnements sécurisés", "Une aide à l'achat", "Rien"])
             + '</fieldset><div class="form-group"><label for="responses-2">3. Un commentaire ?</label>'
             '<textarea id="responses-2" name="responses[2]" class="form-control" rows="3"></textarea></div>'
             '<button type="submit" class="btn btn-primary" id="submit-questionnaire">Envoyer mes réponses</button></form>',
             {"poll"}, parent=("Accueil", "/")),
    ]
    capco_site = Site(CHANTELOIRE_CAPCO, "capcollectif", "Chanteloire participe", capco_pages,
                      menu=[("Accueil", "/"), ("Budget participatif", f"{project}/presentation/presentation"),
                            ("Plan vélo", "/project/questionnaire-mobilites/questionnaire/vos-deplacements-au-quotidien")],
                      features=PLATFORM, platforms=frozenset({"cap_collectif"}))
    return City("99541", "Chanteloire", 47860, "49", "52", "Pays de la Loire", f"http://{CHANTELOIRE}/", [www, capco_site],
                decoy_accounts=("https://www.facebook.com/gendarmeriedemaineetloire",))


# ================================================================ 99542 Thouvenay-en-Gâtine (Drupal 10)

THOUVENAY = "www.thouvenay-en-gatine.fr"
THOUVENAY_DECIDIM = "participer.thouvenay-en-gatine.fr"


def thouvenay() -> City:
    """Drupal 10 site opened in 2024: Webform for contact, idea box, questionnaire, grant and sign-up forms,
    core comments on news; Decidim (participer.) for the participatory budget "Budget des Gâtinais", a
    concertation with a debate and a survey, the conseil des sages as an assembly and citizens' initiatives."""
    dec = f"http://{THOUVENAY_DECIDIM}"
    news = [
        ("/actualites/le-nouveau-site-est-en-ligne", "Le nouveau site de la Ville est en ligne", "8 janvier 2024",
         "Plus clair, plus accessible, pensé d'abord pour le téléphone : découvrez le nouveau thouvenay-en-gatine.fr."),
        ("/actualites/travaux-avenue-de-la-gare", "Avenue de la Gare : trois mois de travaux sur les réseaux", "22 janvier 2024",
         "Le syndicat d'eau remplace les canalisations entre le rond-point du Marchioux et la gare."),
        ("/actualites/forum-de-l-emploi", "Forum de l'emploi et de la formation le 14 mars", "5 février 2024",
         "Quarante entreprises du Bocage bressuirais et de la Gâtine recrutent."),
        ("/actualites/budget-participatif-des-lycees", "Budget participatif des lycées : le lycée Jean-Rostand primé", "19 février 2024",
         "Deux projets d'élèves thouvenaisiens retenus par la Région."),
        ("/actualites/resultats-enquete-centre-bourg-2022", "Enquête centre-bourg 2022 : ce que vous nous avez dit", "2 octobre 2023",
         "Retour sur les 900 réponses à l'enquête sur l'avenir du centre-bourg."),
    ]
    pages = [
        page("/", "Accueil", m.prose(
            "Bienvenue à Thouvenay-en-Gâtine, ville-centre de la Gâtine poitevine : 29 000 habitants, un marché réputé le jeudi, "
            "des chemins creux à perte de vue.")
             + _tiles([("/participer", "Participer"), ("/contact", "Contacter la mairie"), ("/vie-municipale/conseil-municipal", "Conseil municipal"),
                       ("/vie-associative/subventions", "Associations : demander une subvention"),
                       ("/agenda/inscription-fete-du-jeu", "Fête du jeu : inscriptions"), ("/vie-municipale/budget", "Le budget de la ville")], "En un clic")
             + "<h2>Actualités</h2>" + m.drupal_views(news[:3], pager=False)
             + m.prose(m.link("/actualites", "Toutes les actualités"))),
        page("/actualites", "Actualités", m.drupal_views(news)),
        page("/participer", "Participer à la vie locale", m.prose(
            "Associer les habitants aux décisions, c'est l'un des engagements de l'équipe municipale. Thouvenay-en-Gâtine s'est dotée "
            "en 2021 d'une charte de la participation citoyenne et d'un service dédié, rattaché au cabinet du maire.",
            "Concertations sur les grands projets, instances consultatives, budget participatif, boîte à idées : il y a forcément "
            "une façon de participer qui vous correspond.")
             + "<h2>Les instances</h2>"
             + m.bullets([m.link("/participer/conseil-des-sages", "Le conseil des sages"),
                          m.link("/participer/conseil-municipal-des-jeunes", "Le conseil municipal des jeunes"),
                          m.link("/participer/commissions-extra-municipales", "Les commissions extra-municipales")])
             + "<h2>Donner son avis</h2>"
             + m.bullets([m.link("/participer/reunions-publiques", "Les réunions publiques"),
                          m.link("/participer/questionnaire-centre-bourg", "Questionnaire : le centre-bourg de demain"),
                          m.link("/participer/boite-a-idees", "La boîte à idées")])
             + m.prose(f"Le budget participatif, les concertations en ligne et les initiatives citoyennes sont sur "
                       f"{m.link(dec + '/', 'participer.thouvenay-en-gatine.fr')}, notre plateforme construite avec le logiciel libre Decidim."),
             {"participation_displayed"}, decoys={"participatory_platform"}),
        page("/participer/conseil-des-sages", "Le conseil des sages", m.prose(
            "Vingt-quatre membres de plus de 60 ans, nommés pour la durée du mandat municipal après appel à candidatures. "
            "Le conseil des sages étudie les sujets que lui soumet la municipalité et formule ses propres propositions.",
            "En 2023, il a remis un rapport sur la mobilité des aînés en milieu rural, qui a conduit à la création du transport "
            "à la demande « Gâtine'Bus ». Ses avis et comptes rendus sont publiés sur "
            + m.link(dec + "/assemblies/conseil-des-sages", "son espace de la plateforme participative") + "."),
             {"participation_displayed"}, parent=("Participer", "/participer")),
        page("/participer/conseil-municipal-des-jeunes", "Le conseil municipal des jeunes", m.prose(
            "Le conseil municipal des jeunes (CMJ) réunit 27 jeunes de 10 à 15 ans élus par leurs camarades. Accompagnés par "
            "l'animatrice jeunesse, ils se retrouvent un mercredi sur deux pour monter leurs projets et donnent leur avis sur ceux "
            "de la Ville : le skatepark, la fête du jeu, la cantine.",
            "Les élections ont lieu en octobre dans les écoles et les collèges. Les candidats doivent se faire connaître avant le 20 septembre.")
             + m.webform("candidature_cmj", "/participer/conseil-municipal-des-jeunes",
                         [("textfield", "nom", "Nom", True), ("textfield", "prenom", "Prénom", True),
                          ("select", "etablissement", "Établissement", True, ["École du Marchioux", "École Saint-Joseph", "Collège Maurice-Caillard", "Collège Notre-Dame"]),
                          ("select", "classe", "Classe", True, ["CM1", "CM2", "6e", "5e", "4e"]),
                          ("email", "email_parent", "E-mail d'un parent", True),
                          ("checkbox", "autorisation", "J'ai l'autorisation de mes parents pour me présenter", True)],
                         submit="Je me porte candidat"),
             {"participation_displayed"}, decoys={"contact_form"},  # a candidacy form with no message field
             parent=("Participer", "/participer")),
        page("/participer/commissions-extra-municipales", "Les commissions extra-municipales", m.prose(
            "Quatre commissions extra-municipales associent des habitants et des représentants associatifs aux élus : "
            "Transition écologique, Vie associative et sportive, Cadre de vie et mobilités, Culture et patrimoine.",
            "Elles se réunissent trois à quatre fois par an et émettent des avis consultatifs avant les décisions du conseil municipal. "
            "Chacune compte huit habitants tirés au sort parmi les volontaires, renouvelés tous les deux ans.")
             + m.table(["Commission", "Élu référent", "Prochaine réunion"],
                       [["Transition écologique", "Alain Pineau", "12 mars"], ["Vie associative et sportive", "Laure Mercier", "19 mars"],
                        ["Cadre de vie et mobilités", "Olivier Fradin", "26 mars"], ["Culture et patrimoine", "Inès Boutet", "2 avril"]])
             + m.prose("Pour vous porter volontaire, écrivez-nous via le " + m.link("/contact", "formulaire de contact") + "."),
             {"participation_displayed"}, parent=("Participer", "/participer")),
        page("/participer/reunions-publiques", "Les réunions publiques", m.prose(
            "Chaque projet qui change le visage d'un quartier fait l'objet d'une concertation avec les riverains : réunion publique "
            "de présentation, ateliers, puis réunion de restitution. Voici le calendrier du premier semestre.")
             + m.table(["Date", "Sujet", "Lieu"],
                       [["Mardi 5 mars, 19 h", "Parc des Tanneries : restitution des ateliers", "Salle des Halles"],
                        ["Jeudi 21 mars, 18 h 30", "Avenue de la Gare : point travaux", "Maison des associations"],
                        ["Mardi 9 avril, 19 h", "Plan local d'urbanisme : zonage", "Salle des Halles"],
                        ["Jeudi 16 mai, 18 h 30", "Quartier du Marchioux : jardins familiaux", "École du Marchioux"]])
             + m.prose("Vous ne pouvez pas venir ? La concertation sur le parc des Tanneries se poursuit en ligne, "
                       + m.link(dec + "/processes/concertation-parc-des-tanneries", "sur la plateforme participative") + "."),
             {"participation_displayed"}, parent=("Participer", "/participer")),
        page("/participer/questionnaire-centre-bourg", "Questionnaire : le centre-bourg de demain", m.prose(
            "Commerces, stationnement, animations : comment voyez-vous le centre-bourg dans dix ans ? Répondez avant le 15 avril. "
            "Les réponses sont anonymes.")
             + m.webform("questionnaire_centre_bourg", "/participer/questionnaire-centre-bourg",
                         [("radios", "frequence", "À quelle fréquence venez-vous dans le centre-bourg ?", True,
                           ["Tous les jours", "Une à deux fois par semaine", "Moins souvent"]),
                          ("checkboxes", "motifs", "Pour quelles raisons ?", False,
                           ["Commerces", "Marché du jeudi", "Services publics", "Restaurants et cafés", "Loisirs"]),
                          ("radios", "pietonnisation", "Êtes-vous favorable à une piétonnisation de la rue Saint-Médard le samedi ?", True,
                           ["Oui", "Non", "Je ne sais pas"]),
                          ("select", "age", "Votre tranche d'âge", False, ["Moins de 25 ans", "25-44 ans", "45-64 ans", "65 ans et plus"]),
                          ("textarea", "suggestions", "Une remarque, une idée ?", False)],
                         submit="Envoyer mes réponses"),
             {"poll"}, parent=("Participer", "/participer")),
        page("/participer/boite-a-idees", "La boîte à idées", m.prose(
            "Une idée pour améliorer la vie à Thouvenay ? Un équipement qui manque, un aménagement à revoir, une animation à créer ? "
            "Déposez-la ici : chaque idée est lue, transmise au service concerné, et vous recevez une réponse sous un mois.",
            "Les idées qui relèvent de l'investissement peuvent aussi être déposées lors de l'appel à projets du budget participatif.")
             + m.webform("boite_a_idees", "/participer/boite-a-idees",
                         [("textfield", "nom", "Nom ou pseudonyme", False), ("email", "email", "E-mail (pour vous répondre)", False),
                          ("select", "theme", "Thème", True, ["Cadre de vie", "Mobilités", "Environnement", "Jeunesse", "Culture et sport", "Autre"]),
                          ("textfield", "titre", "Votre idée en une phrase", True),
                          ("textarea", "description", "Décrivez votre idée", True)],
                         submit="Proposer mon idée"),
             {"suggestion_call"}, parent=("Participer", "/participer")),
        page("/contact", "Contacter la mairie", m.prose(
            "Mairie de Thouvenay-en-Gâtine, 2 place de l'Hôtel-de-Ville, 79210 Thouvenay-en-Gâtine. Ouverte du lundi au vendredi "
            "de 8 h 45 à 12 h 15 et de 13 h 30 à 17 h 30.")
             + m.webform("contact", "/contact",
                         [("textfield", "name", "Votre nom", True), ("email", "email", "Votre adresse e-mail", True),
                          ("textfield", "subject", "Objet", True), ("textarea", "message", "Message", True)],
                         submit="Envoyer le message"),
             {"contact_form"}),
        page("/actualites/le-nouveau-site-est-en-ligne", "Le nouveau site de la Ville est en ligne", m.prose(
            "Après un an de travail avec les services et un panel d'habitants, le nouveau site de la Ville est en ligne. Il remplace "
            "celui de 2012, qui n'était plus adapté aux téléphones ni aux exigences d'accessibilité.",
            "Ce qui change : un moteur de recherche plus efficace, des démarches en ligne regroupées, un agenda filtrable, et la possibilité "
            "de réagir sous les actualités. La participation a désormais sa propre plateforme, construite avec Decidim, où se tiennent "
            "le budget participatif et les concertations.",
            "Un bouton « Signaler une erreur » figure en bas de chaque page : n'hésitez pas, le site va continuer d'évoluer.")
             + m.drupal_comments(214, [("Marc-Antoine", "mar 09/01/2024 - 10:14", "Bravo", "Beaucoup plus lisible sur mobile, merci."),
                                       ("Gisèle R.", "mar 09/01/2024 - 17:52", "Les menus du restaurant scolaire ?",
                                        "Je ne trouve plus les menus de la cantine, où sont-ils passés ?")]),
             {"comments"}, decoys={"participatory_platform"}, parent=("Actualités", "/actualites")),
        page("/actualites/travaux-avenue-de-la-gare", "Avenue de la Gare : trois mois de travaux sur les réseaux", m.prose(
            "Du 29 janvier au 26 avril, le syndicat d'eau du Val du Thouet renouvelle la conduite d'eau potable et les branchements "
            "de l'avenue de la Gare, entre le rond-point du Marchioux et la gare.",
            "La circulation sera alternée par feux. L'accès aux commerces et aux habitations est maintenu ; la ligne 2 du réseau de bus "
            "est déviée par la rue des Écoles. Un point d'étape est prévu le 21 mars à la maison des associations.")
             + m.drupal_comments(219, [("Pascal", "lun 22/01/2024 - 19:03", "Stationnement", "Où peut-on se garer pendant les travaux ?")]),
             {"comments"}, parent=("Actualités", "/actualites")),
        page("/actualites/forum-de-l-emploi", "Forum de l'emploi et de la formation le 14 mars", m.prose(
            "Le forum de l'emploi revient à la salle des Halles le jeudi 14 mars de 9 h à 13 h. Une quarantaine d'entreprises, "
            "les organismes de formation et France Travail seront présents.",
            "Préparez votre CV : des ateliers de relecture sont proposés la semaine précédente au point information jeunesse."),
             decoys={"forum"}, parent=("Actualités", "/actualites")),
        page("/actualites/budget-participatif-des-lycees", "Budget participatif des lycées : le lycée Jean-Rostand primé", m.prose(
            "Les élèves du lycée Jean-Rostand ont fait voter deux projets au budget participatif des lycées de la Région "
            "Nouvelle-Aquitaine : une serre pédagogique et un espace de détente dans la cour.",
            "La Région finance ces projets à hauteur de 34 000 €. Les travaux auront lieu cet été."),
             decoys={"participatory_budget"}, parent=("Actualités", "/actualites")),
        page("/actualites/resultats-enquete-centre-bourg-2022", "Enquête centre-bourg 2022 : ce que vous nous avez dit", m.prose(
            "L'enquête menée à l'automne 2022 a recueilli 912 réponses. Elle est close ; ses résultats ont nourri le projet de "
            "revitalisation présenté en conseil municipal.")
             + m.table(["Question", "Réponse majoritaire", "Part"],
                       [["Fréquentation", "Une à deux fois par semaine", "47 %"], ["Premier motif", "Marché du jeudi", "62 %"],
                        ["Manque principal", "Commerces de bouche", "38 %"]])
             + m.prose("Une nouvelle consultation, sur la piétonnisation, est en cours : "
                       + m.link("/participer/questionnaire-centre-bourg", "répondre au questionnaire") + "."),
             decoys={"poll"}, parent=("Actualités", "/actualites")),
        page("/vie-municipale/conseil-municipal", "Le conseil municipal", m.prose(
            "Le conseil municipal compte 33 membres. Ses séances sont publiques et se tiennent salle du conseil, à l'hôtel de ville.")
             + "<h2>Séance du jeudi 28 mars 2024, 20 h</h2>"
             + m.bullets(["Compte administratif et compte de gestion 2023", "Budget primitif 2024", "Attribution des subventions aux associations",
                          "Convention d'objectifs avec le centre socioculturel", "Motion relative au maintien de la maternité"])
             + m.docs([("Procès-verbal du 8 février 2024", "/sites/default/files/2024-02/pv-cm-20240208.pdf", "380 Ko")]),
             decoys={"participation_displayed"}),
        page("/vie-municipale/budget", "Le budget de la Ville", m.prose(
            "Le budget primitif 2024 s'équilibre à 36,8 M€. La section d'investissement (9,7 M€) finance la rénovation de la piscine, "
            "la voirie et la dernière tranche de l'école du Marchioux. Le compte administratif 2023 fait apparaître un excédent de 1,4 M€.")
             + m.docs([("Budget primitif 2024 – note de présentation", "/sites/default/files/2024-03/bp2024-note.pdf", "890 Ko"),
                       ("Compte administratif 2023", "/sites/default/files/2024-03/ca2023.pdf", "2,3 Mo")]),
             decoys={"participatory_budget"}),
        page("/vie-associative/subventions", "Demander une subvention", m.prose(
            "Les associations thouvenaisiennes peuvent solliciter une subvention de fonctionnement ou une aide à projet. "
            "La campagne 2025 est ouverte jusqu'au 31 octobre. Joignez vos statuts, le dernier bilan et le budget prévisionnel.")
             + m.webform("demande_subvention", "/vie-associative/subventions",
                         [("textfield", "association", "Nom de l'association", True), ("textfield", "rna", "Numéro RNA", True),
                          ("email", "email", "E-mail du président ou de la présidente", True),
                          ("select", "type_aide", "Type de demande", True, ["Fonctionnement", "Aide à projet", "Aide exceptionnelle"]),
                          ("number", "montant", "Montant demandé (€)", True), ("textarea", "projet", "Présentation du projet", True)],
                         submit="Déposer la demande"),
             decoys={"contact_form", "suggestion_call"}),
        page("/agenda/inscription-fete-du-jeu", "Fête du jeu : inscriptions des exposants", m.prose(
            "La fête du jeu aura lieu le samedi 25 mai au parc des Tanneries. Ludothèques, associations et créateurs de jeux peuvent "
            "réserver un emplacement gratuit.")
             + m.webform("inscription_fete_du_jeu", "/agenda/inscription-fete-du-jeu",
                         [("textfield", "structure", "Structure", True), ("email", "email", "E-mail", True),
                          ("select", "emplacement", "Emplacement souhaité", True, ["Sous chapiteau", "En extérieur"]),
                          ("number", "tables", "Nombre de tables", True)],
                         submit="Réserver"),
             decoys={"contact_form"}),
    ]
    www = Site(THOUVENAY, "drupal", "Thouvenay-en-Gâtine", pages,
               menu=[("Accueil", "/"), ("Participer", "/participer"), ("Actualités", "/actualites"),
                     ("Conseil municipal", "/vie-municipale/conseil-municipal"), ("Contact", "/contact")],
               accounts=[social("facebook", "thouvenay79"), social("instagram", "ville_thouvenay"),
                         social("linkedin", "ville-de-thouvenay-en-gatine"),
                         social("mastodon", "thouvenay@piaille.fr", "https://piaille.fr/@thouvenay")],
               address="2 place de l'Hôtel-de-Ville, 79210 Thouvenay-en-Gâtine")

    bp = "/processes/budget-gatinais-2024"
    tan = "/processes/concertation-parc-des-tanneries"
    dpages = [
        page("/", "Accueil", m.prose(
            "Bienvenue sur « Thouvenay participe », la plateforme de participation citoyenne de la Ville. Déposez vos projets, "
            "débattez, répondez aux consultations et suivez ce que deviennent vos contributions.")
             + '<section class="home__section"><h2 class="h2 decorator">Processus en cours</h2>'
             + m.decidim_cards([(bp, "Le Budget des Gâtinais 2024", "Phase 1 : dépôt des projets", "200 000 € pour vos projets de quartier."),
                                (tan, "Parc des Tanneries : imaginons-le ensemble", "Phase 2 : débats en ligne",
                                 "Concertation sur l'aménagement de l'ancienne friche des tanneries.")])
             + '</section><section class="home__section"><h2 class="h2 decorator">Et aussi</h2>'
             + m.bullets([m.link("/processes", "Tous les processus"), m.link("/assemblies/conseil-des-sages", "Le conseil des sages"),
                          m.link("/initiatives", "Les initiatives citoyennes")]) + "</section>"),
        page("/processes", "Processus participatifs", m.decidim_cards([
            (bp, "Le Budget des Gâtinais 2024", "Budget participatif · en cours", "Proposez puis votez pour des projets d'investissement."),
            (tan, "Parc des Tanneries : imaginons-le ensemble", "Concertation · en cours", "Ateliers, débats et questionnaire."),
        ]), parent=("Accueil", "/")),
        page(bp, "Le Budget des Gâtinais 2024", m.prose(
            "Le Budget des Gâtinais, c'est le budget participatif de Thouvenay-en-Gâtine : 200 000 € d'investissement pour des "
            "projets proposés par les habitants dès 12 ans, étudiés par les services puis soumis au vote.")
             + '<div class="process-phase"><h2 class="h4">Phases</h2><ol class="process-phase__list">'
             '<li class="is-active">Dépôt des propositions · 1er mars – 30 avril</li><li>Analyse technique · mai – juin</li>'
             '<li>Vote · 15 septembre – 15 octobre</li><li>Réalisation · 2025</li></ol></div>'
             + m.bullets([m.link(bp + "/f/12/proposals", "Propositions"), m.link(bp + "/f/13/budgets/4/projects", "Vote des projets")]),
             {"participatory_budget"}, parent=("Processus", "/processes")),
        page(bp + "/f/12/proposals", "Propositions", m.prose(
            "Déposez votre proposition : décrivez ce que vous voulez réaliser, où, et pour qui. Un agent vous recontactera si "
            "votre idée nécessite des précisions.")
             + '<a href="/users/sign_in" class="button button__sm button__secondary" id="new-proposal-button">Nouvelle proposition</a>'
             + m.decidim_proposals([(bp + "/f/12/proposals/87", "Une halle couverte pour le marché du jeudi", "Annick F.", 64, 3),
                                    (bp + "/f/12/proposals/91", "Des toilettes sèches au plan d'eau", "Collectif Gâtine Nature", 22, 0)]),
             {"participatory_budget", "suggestion_call"},  # the filing phase asks residents for their project ideas
             parent=("Le Budget des Gâtinais 2024", bp)),
        page(bp + "/f/12/proposals/87", "Une halle couverte pour le marché du jeudi", m.prose(
            "Le marché du jeudi se tient en plein air, et les producteurs comme les clients souffrent de la pluie l'hiver et du "
            "soleil l'été. Je propose une halle légère en bois sur la place du Champ-de-Foire, qui pourrait aussi accueillir des "
            "fêtes de quartier.",
            "<strong>Budget estimé :</strong> 120 000 € · <strong>Quartier :</strong> Centre")
             + m.decidim_comments("Proposal", 87, [("Robert T.", "12/03/2024", "Soutenu ! La place est inutilisable quand il pleut."),
                                                   ("Ville de Thouvenay", "14/03/2024", "Merci pour cette proposition : le service bâtiments étudiera son coût en mai."),
                                                   ("Elodie", "15/03/2024", "Attention au stationnement les jours de marché.")]),
             {"participatory_budget", "comments"}, parent=("Propositions", bp + "/f/12/proposals")),
        page(bp + "/f/12/proposals/91", "Des toilettes sèches au plan d'eau", m.prose(
            "Le plan d'eau de la Ballastière est très fréquenté l'été mais n'a aucun sanitaire. Des toilettes sèches seraient une "
            "solution économique et écologique.",
            "<strong>Budget estimé :</strong> 15 000 € · <strong>Quartier :</strong> La Ballastière")
             + m.decidim_comments("Proposal", 91, []),
             {"participatory_budget", "comments"},  # comment form open, no comment yet
             parent=("Propositions", bp + "/f/12/proposals")),
        page(bp + "/f/13/budgets/4/projects", "Vote des projets", m.prose(
            "Le vote ouvrira le 15 septembre. Vous disposerez d'un budget virtuel de 200 000 € à répartir entre les projets "
            "retenus après l'analyse technique. Voici les projets lauréats de l'édition précédente.")
             + '<div class="budget-summary" data-progress="0"><div class="budget-summary__progressbar"><span>0 €</span> / 200 000 €</div></div>'
             '<ul class="budget-list">'
             + "".join(f'<li class="budget-list__item"><div class="budget-list__text"><h3 class="h4">{t}</h3><span>{c}</span></div>'
                       '<span class="label success">Sélectionné en 2023</span></li>'
                       for t, c in [("Un city-stade à la Ballastière", "58 000 €"), ("Des arbres fruitiers dans les écoles", "12 000 €"),
                                    ("Une boîte à livres par quartier", "7 500 €")])
             + "</ul>",
             {"participatory_budget"}, parent=("Le Budget des Gâtinais 2024", bp)),
        page(tan, "Parc des Tanneries : imaginons-le ensemble", m.prose(
            "La Ville a acquis l'ancienne friche des tanneries Morin, au bord du Thouet. Avant d'en faire un parc, elle organise une "
            "concertation en trois temps : des ateliers sur site à l'automne, des débats en ligne cet hiver, puis un questionnaire "
            "sur les scénarios d'aménagement.",
            "Les contributions seront synthétisées par un garant indépendant et présentées en réunion publique le 5 mars.")
             + m.bullets([m.link(tan + "/f/15/debates/9", "Débat : quelle place pour la baignade ?"),
                          m.link(tan + "/f/16/", "Questionnaire sur les scénarios")]),
             {"participation_displayed"},  # a public consultation on the platform, presented with its method
             parent=("Processus", "/processes")),
        page(tan + "/f/15/debates/9", "Quelle place pour la baignade ?", m.prose(
            "Faut-il rouvrir une zone de baignade surveillée dans le Thouet, comme avant 1975 ? Donnez votre avis, "
            "argumentez, répondez aux autres participants.")
             + m.decidim_comments("Debate", 9, [
                 ("Jean-Luc M.", "08/01/2024", "Oui, à condition d'analyser l'eau chaque semaine."),
                 ("Aurore", "09/01/2024", "Je préférerais une pataugeoire, plus sûre pour les petits."),
                 ("Thierry B.", "11/01/2024", "La qualité de l'eau en août est trop aléatoire, il faut rester réaliste."),
                 ("Nadia K.", "12/01/2024", "Pourquoi pas une plage sans baignade, avec transats et ombre ?")]),
             {"comments"},  # residents reply under a debate opened by the city
             parent=("Parc des Tanneries", tan)),
        page(tan + "/f/16/", "Questionnaire sur les scénarios", m.prose(
            "Trois scénarios ont été dessinés à partir des ateliers. Dites-nous lequel vous préférez.")
             + '<form class="answer-questionnaire" id="new_questionnaire_16" action="/processes/concertation-parc-des-tanneries/f/16/answer" method="post">'
             '<input type="hidden" name="authenticity_token" value="k3yX9Qd2sVb7Lw0NfA1jRmZp4uTc8HeG" autocomplete="off" />'
             '<div class="answer question"><label class="answer-questionnaire__question-label">1. Quel scénario préférez-vous ?</label>'
             '<div class="radio-button-collection">'
             + "".join(f'<label><input type="radio" value="{i}" name="questionnaire[responses][0][choices][][answer_option_id]"> {v}</label>'
                       for i, v in enumerate(["Scénario A : le parc nature", "Scénario B : le parc des loisirs", "Scénario C : le parc jardin"], 41))
             + '</div></div><div class="answer question"><label class="answer-questionnaire__question-label" for="questionnaire_responses_1">'
             '2. Qu\'aimeriez-vous absolument y trouver ?</label><textarea id="questionnaire_responses_1" name="questionnaire[responses][1][body]" rows="4"></textarea></div>'
             '<div class="answer-questionnaire__submit"><input type="checkbox" name="questionnaire[tos_agreement]" id="questionnaire_tos_agreement" value="1" />'
             '<label for="questionnaire_tos_agreement">J\'accepte les conditions d\'utilisation</label>'
             '<button type="submit" class="button button__sm button__secondary">Envoyer</button></div></form>',
             {"poll"}, parent=("Parc des Tanneries", tan)),
        page("/assemblies/conseil-des-sages", "Le conseil des sages", m.prose(
            "Le conseil des sages est une assemblée consultative de 24 membres de plus de 60 ans. Il se réunit en plénière chaque "
            "trimestre et en groupes de travail (mobilités, solidarités, patrimoine).",
            "Retrouvez ici ses avis, les comptes rendus de ses réunions et les dates de ses prochaines séances publiques.")
             + m.docs([("Avis sur la mobilité des aînés (2023)", "/uploads/decidim/attachment/file/12/avis-mobilite-aines.pdf", "640 Ko")]),
             {"participation_displayed"}, parent=("Accueil", "/")),
        page("/initiatives", "Initiatives citoyennes", m.prose(
            "Vous souhaitez que le conseil municipal se saisisse d'une question ? Lancez une initiative citoyenne. Si elle recueille "
            "300 signatures d'habitants en trois mois, elle est inscrite à l'ordre du jour d'une séance du conseil.")
             + '<a href="/users/sign_in" class="button button__sm button__secondary">Lancer une initiative</a>'
             + m.decidim_cards([("/initiatives/i-5", "Des bancs le long de la voie verte", "187 / 300 signatures · en cours",
                                 "Pour que les promeneurs âgés puissent faire des pauses tous les 500 mètres.")]),
             {"petition"}, parent=("Accueil", "/")),
        page("/initiatives/i-5", "Des bancs le long de la voie verte", m.prose(
            "La voie verte entre Thouvenay et Saint-Aubin est très appréciée, mais elle ne compte aucun banc sur 7 kilomètres. "
            "Nous demandons au conseil municipal d'en installer un tous les 500 mètres.",
            "<strong>Signatures :</strong> 187 / 300 · <strong>Fin de la collecte :</strong> 30 avril 2024")
             + '<div class="initiative__aside"><div class="progress-bar__container"><span class="progress-bar__number">187</span>'
             '<span class="progress-bar__total">/ 300 signatures</span></div>'
             '<a href="/users/sign_in" class="button button__lg button__secondary" id="initiative-187-votes-count">Signer</a></div>'
             + m.decidim_comments("Initiative", 5, [("Paulette", "02/02/2024", "Signé, et pourquoi pas quelques arbres aussi ?")]),
             {"petition", "comments"}, parent=("Initiatives citoyennes", "/initiatives")),
    ]
    decidim = Site(THOUVENAY_DECIDIM, "decidim", "Thouvenay participe", dpages,
                   menu=[("Accueil", "/"), ("Processus", "/processes"), ("Assemblées", "/assemblies/conseil-des-sages"),
                         ("Initiatives", "/initiatives")],
                   features=PLATFORM, platforms=frozenset({"decidim"}))
    return City("99542", "Thouvenay-en-Gâtine", 29340, "79", "75", "Nouvelle-Aquitaine", f"http://{THOUVENAY}/", [www, decidim])


# ============================================================ 99543 Saint-Mesmin-la-Rivière (SPIP 4)

SAINT_MESMIN = "www.saint-mesmin-la-riviere.fr"


def saint_mesmin() -> City:
    """SPIP 4 site with "propres" URLs (rubriques between dashes): Formidable forms for the participatory
    budget "Mesmin en commun" (filing and vote) and the right of petition, a native SPIP petition, a residents'
    board built from a rubrique of articles with public forums, forums under news (comments), the
    "écrire à l'auteur" contact form and a Framaforms questionnaire."""
    news = [
        ("/Travaux-de-la-rue-Royale-le-point", "Travaux de la rue Royale : le point", "1er mars 2024",
         "Les réseaux sont terminés ; place aux pavés et aux plantations."),
        ("/Questionnaire-restauration-scolaire", "Restauration scolaire : votre avis compte", "26 février 2024",
         "Un questionnaire pour les familles, jusqu'au 22 mars."),
        ("/Le-Departement-lance-son-budget-participatif", "Le Département lance son budget participatif", "19 février 2024",
         "Le Loiret consacre 1 million d'euros aux projets de ses habitants."),
        ("/Participation-citoyenne-le-dispositif-s-etend", "Participation citoyenne : le dispositif s'étend aux Varennes", "12 février 2024",
         "Trois nouveaux référents pour le quartier des Varennes."),
        ("/Forum-des-associations-et-du-benevolat", "Forum des associations et du bénévolat", "5 février 2024",
         "Rendez-vous le 31 août au complexe sportif du Bouchet."),
        ("/Inscriptions-au-vide-greniers", "Vide-greniers du 1er mai : inscriptions ouvertes", "29 janvier 2024",
         "Réservez votre emplacement sur les quais."),
    ]
    civic = [
        ("/Les-conseils-de-quartier", "Les conseils de quartier", "", "Cinq conseils, ouverts à tous les habitants."),
        ("/Le-conseil-des-sages", "Le conseil des sages", "", "L'expérience des aînés au service de la commune."),
        ("/Le-conseil-municipal-des-enfants", "Le conseil municipal des enfants", "", "Vingt et un jeunes élus de CM1 et CM2."),
        ("/Mesmin-en-commun-le-budget-participatif", "Mesmin en commun, le budget participatif", "", "150 000 € pour vos projets."),
        ("/Le-droit-de-petition", "Le droit de pétition", "", "Saisir le conseil municipal d'une question."),
        ("/Questionnaire-restauration-scolaire", "Questionnaire : la restauration scolaire", "", "Jusqu'au 22 mars."),
    ]
    vg_fields = [("text", "nom", "Nom et prénom", True), ("email", "email", "E-mail", True),
                 ("selection", "metres", "Nombre de mètres linéaires", True, ["2 m", "4 m", "6 m"]),
                 ("text", "piece", "Numéro de pièce d'identité", True)]
    pages = [
        page("/", "Accueil", m.prose(
            "Au bord du Loiret, entre vergers et châteaux, Saint-Mesmin-la-Rivière compte près de 22 000 habitants. "
            "Bienvenue sur le site de votre mairie.")
             + _tiles([("/-Vie-citoyenne-", "Vie citoyenne"), ("/-Forum-des-habitants-", "Le forum des habitants"),
                       ("/Mesmin-en-commun-le-budget-participatif", "Mesmin en commun"), ("/Nous-contacter", "Nous contacter"),
                       ("/Conseil-municipal-du-12-fevrier-2024", "Conseil municipal"), ("/Budget-primitif-2024", "Budget 2024"),
                       ("/Marches-publics-et-appels-d-offres", "Marchés publics")], "Accès directs")
             + '<h2 class="h2">Dernières actualités</h2>' + m.spip_list(news[:4])
             + m.prose(m.link("/-Actualites-", "Toutes les actualités"))),
        page("/-Actualites-", "Actualités", m.spip_list(news + [
            ("/Petition-pour-une-passerelle-sur-le-Loiret", "Pétition : une passerelle sur le Loiret", "15 janvier 2024",
             "Une pétition citoyenne déposée en mairie, ouverte à la signature.")])),
        page("/-Vie-citoyenne-", "Vie citoyenne", m.prose(
            "La démocratie locale ne s'arrête pas aux élections municipales. À Saint-Mesmin-la-Rivière, les habitants peuvent "
            "s'impliquer dans des instances de concertation, proposer et voter des projets, saisir le conseil municipal par "
            "pétition ou débattre sur le forum des habitants.")
             + m.spip_list(civic, "liste-rubrique"),
             {"participation_displayed"}),
        page("/Les-conseils-de-quartier", "Les conseils de quartier", m.prose(
            "Depuis 2015, cinq conseils de quartier (Bourg, Les Varennes, La Source-Fleurie, Le Bouchet, Les Hauts-de-Loire) "
            "permettent aux habitants de débattre des projets qui les concernent et d'en proposer.",
            "Toute personne habitant le quartier peut assister aux réunions et y prendre la parole. Un bureau de six habitants, "
            "renouvelé chaque année, prépare l'ordre du jour avec l'élu de quartier.",
            "Les conseils disposent d'un budget de fonctionnement et sont consultés sur le programme annuel de voirie."),
             {"participation_displayed"}, parent=("Vie citoyenne", "/-Vie-citoyenne-")),
        page("/Le-conseil-des-sages", "Le conseil des sages", m.prose(
            "Instance consultative, le conseil des sages réunit dix-huit habitants de plus de 65 ans. Il travaille en commissions "
            "(vie sociale, cadre de vie, mémoire) et remet chaque année un rapport au maire.",
            "C'est à son initiative que les bancs de la promenade du Loiret ont été rehaussés et que le recueil « Mémoires "
            "mesminoises » a été publié en 2022."),
             {"participation_displayed"}, parent=("Vie citoyenne", "/-Vie-citoyenne-")),
        page("/Le-conseil-municipal-des-enfants", "Le conseil municipal des enfants", m.prose(
            "Élus en novembre pour deux ans, les vingt et un conseillers du CME représentent les élèves des cinq écoles élémentaires. "
            "Ils se réunissent en séance plénière trois fois par an en présence du maire.",
            "Leurs projets en cours : un potager à l'école des Varennes, une campagne contre le gaspillage à la cantine et la "
            "participation aux cérémonies du 11-Novembre."),
             {"participation_displayed"},  # the children's council is a consultative body of the participatory approach
             parent=("Vie citoyenne", "/-Vie-citoyenne-")),
        page("/Mesmin-en-commun-le-budget-participatif", "Mesmin en commun, le budget participatif", m.prose(
            "<strong>Mesmin en commun</strong> permet aux habitants de décider de l'utilisation de 150 000 € du budget "
            "d'investissement. Vous proposez, les services étudient, vous votez, la commune réalise.",
            "<strong>Qui peut participer ?</strong> Tout habitant de Saint-Mesmin-la-Rivière dès 10 ans, seul ou en collectif. "
            "Les élus municipaux ne peuvent pas déposer de projet.",
            "<strong>Quels projets ?</strong> Des projets d'intérêt général, d'investissement, situés sur le domaine public communal, "
            "d'un coût inférieur à 40 000 €.",
            "<strong>Calendrier 2024 :</strong> dépôt jusqu'au 12 avril ; analyse en mai ; vote du 3 au 23 juin ; résultats "
            "à la fête de la Loire.")
             + m.bullets([m.link("/Mesmin-en-commun-deposez-votre-projet", "Déposer un projet"),
                          m.link("/Mesmin-en-commun-a-vous-de-voter", "Voter"),
                          m.link("/Mesmin-en-commun-les-laureats-2023", "Les lauréats 2023")])
             + m.docs([("Règlement de Mesmin en commun", "/IMG/pdf/reglement_mesmin_en_commun_2024.pdf", "210 Ko")]),
             {"participatory_budget"}, parent=("Vie citoyenne", "/-Vie-citoyenne-")),
        page("/Mesmin-en-commun-deposez-votre-projet", "Mesmin en commun : déposez votre projet", m.prose(
            "Une idée pour votre rue, votre quartier, votre ville ? Présentez-la en quelques lignes. Vous pouvez joindre une photo "
            "ou un croquis en l'apportant en mairie.")
             + m.formidable(4, "depot_mesmin_en_commun", "/Mesmin-en-commun-deposez-votre-projet",
                            [("text", "input_1", "Nom et prénom", True), ("email", "email_1", "E-mail", True),
                             ("selection", "selection_1", "Quartier concerné", True,
                              ["Bourg", "Les Varennes", "La Source-Fleurie", "Le Bouchet", "Les Hauts-de-Loire", "Toute la commune"]),
                             ("text", "input_2", "Titre du projet", True), ("textarea", "textarea_1", "Description du projet", True),
                             ("text", "input_3", "Coût estimé (si vous le connaissez)", False)],
                            submit="Déposer mon projet"),
             {"participatory_budget", "suggestion_call"},  # the budget's call for residents' projects
             parent=("Mesmin en commun", "/Mesmin-en-commun-le-budget-participatif")),
        page("/Mesmin-en-commun-a-vous-de-voter", "Mesmin en commun : à vous de voter", m.prose(
            "Le vote 2024 ouvrira le 3 juin. Chaque habitant pourra choisir trois projets parmi ceux jugés réalisables. "
            "Le formulaire ci-dessous reste ouvert pour le vote des classes de CM2, organisé en avance dans les écoles.")
             + m.formidable(5, "vote_mesmin_en_commun", "/Mesmin-en-commun-a-vous-de-voter",
                            [("text", "input_1", "Nom et prénom", True), ("text", "input_2", "Adresse", True),
                             ("checkbox", "checkbox_1", "Vos trois projets", True,
                              ["Un abri pour les chevaux du centre équestre municipal", "Des bacs à compost collectifs aux Varennes",
                               "Une table de ping-pong au Bouchet", "Un éclairage solaire du chemin des Pâtures",
                               "Des arceaux vélos devant les commerces du bourg"])],
                            submit="Voter"),
             {"participatory_budget"}, parent=("Mesmin en commun", "/Mesmin-en-commun-le-budget-participatif")),
        page("/Mesmin-en-commun-les-laureats-2023", "Mesmin en commun : les lauréats 2023", m.prose(
            "1 106 habitants ont voté en juin 2023. Six projets ont été retenus pour un total de 148 600 €.")
             + m.table(["Projet", "Quartier", "Coût", "Avancement"],
                       [["Une aire de pique-nique sur les quais", "Bourg", "18 000 €", "Réalisé"],
                        ["Un parcours sportif en forêt", "Le Bouchet", "39 000 €", "En cours"],
                        ["Des ruches pédagogiques", "La Source-Fleurie", "6 400 €", "Réalisé"],
                        ["Un abri-bus à la Croix-Blanche", "Les Hauts-de-Loire", "21 000 €", "Commandé"],
                        ["Une fresque au gymnase", "Les Varennes", "12 200 €", "Réalisé"],
                        ["Un terrain multisports", "Les Varennes", "52 000 €", "Études"]], "spip"),
             {"participatory_budget"}, parent=("Mesmin en commun", "/Mesmin-en-commun-le-budget-participatif")),
        page("/Le-droit-de-petition", "Le droit de pétition", m.prose(
            "Le règlement intérieur du conseil municipal, modifié en 2021, ouvre aux habitants un droit de pétition : toute "
            "pétition qui réunit les signatures de 2 % des électeurs inscrits (environ 300) est inscrite à l'ordre du jour d'une "
            "séance du conseil municipal, en présence de ses auteurs.",
            "Pour lancer une pétition, remplissez le formulaire ci-dessous. Après vérification de sa recevabilité (elle doit "
            "relever des compétences de la commune), elle est publiée sur ce site et ouverte à la signature pendant trois mois.")
             + m.formidable(6, "depot_petition", "/Le-droit-de-petition",
                            [("text", "input_1", "Nom et prénom du premier signataire", True), ("email", "email_1", "E-mail", True),
                             ("text", "input_2", "Titre de la pétition", True), ("textarea", "textarea_1", "Texte de la pétition", True)],
                            submit="Soumettre ma pétition")
             + m.prose("Pétition en cours : " + m.link("/Petition-pour-une-passerelle-sur-le-Loiret", "Pour une passerelle sur le Loiret") + "."),
             {"petition"}, parent=("Vie citoyenne", "/-Vie-citoyenne-")),
        page("/Petition-pour-une-passerelle-sur-le-Loiret", "Pétition : pour une passerelle sur le Loiret", m.prose(
            "Déposée le 10 janvier par l'association Les Deux Rives, cette pétition demande au conseil municipal d'étudier "
            "la construction d'une passerelle piétonne et cyclable entre le moulin de la Mothe et le parc de l'Île.",
            "« Aujourd'hui, pour aller d'une rive à l'autre à pied, il faut faire un détour de trois kilomètres par le pont de la "
            "RD 951, sans trottoir. Nous demandons une étude de faisabilité avant la fin du mandat. »")
             + m.spip_petition(212, [("12 mars 2024", "Marie-Claude Hénault", "Indispensable pour les enfants du collège."),
                                     ("11 mars 2024", "Frédéric Lemaire", ""),
                                     ("10 mars 2024", "Association Loiret Vélo", "Nous soutenons."),
                                     ("9 mars 2024", "Sylvie Barbier", "Enfin !")], 241),
             {"petition"}, parent=("Le droit de pétition", "/Le-droit-de-petition")),
        page("/-Forum-des-habitants-", "Forum des habitants", m.prose(
            "Cet espace de discussion est ouvert à tous les Mesminois. Proposez un sujet, répondez aux autres, dans le respect de "
            "la charte : pas d'attaques personnelles, pas de publicité. Les messages sont modérés par le service communication.")
             + m.spip_list([("/Stationnement-autour-de-la-gare-parlons-en", "Stationnement autour de la gare : parlons-en", "14 messages",
                             "Ouvert par Didier V. le 2 février 2024, dernier message il y a 3 jours."),
                            ("/Que-faire-de-l-ancienne-minoterie", "Que faire de l'ancienne minoterie ?", "9 messages",
                             "Ouvert par Hélène C. le 18 janvier 2024, dernier message le 4 mars.")], "liste-forum")
             + m.prose("Pour proposer un nouveau sujet, " + m.link("/Nous-contacter", "écrivez au modérateur") + " : il sera publié sous 48 heures."),
             {"forum"}),
        page("/Stationnement-autour-de-la-gare-parlons-en", "Stationnement autour de la gare : parlons-en", m.prose(
            "<em>Sujet ouvert par Didier V.</em> Depuis la mise en place de la zone bleue rue de la Gare, les voitures des "
            "navetteurs se reportent dans les rues résidentielles. Qu'en pensez-vous, et quelles solutions voyez-vous ?")
             + m.spip_forum_thread(231, [
                 (1841, "Même constat rue des Lilas", "2 février 2024", "Agnès", "Nous ne pouvons plus sortir notre voiture le matin.",
                  [(1843, "Re: Même constat rue des Lilas", "3 février 2024", "Didier V.", "Il faudrait étendre la zone bleue, tout simplement.")]),
                 (1847, "Un parking relais ?", "5 février 2024", "Jérôme T.",
                  "Le terrain de l'ancienne coopérative pourrait servir de parking relais, à 300 mètres de la gare."),
                 (1902, "Le vélo", "1er mars 2024", "Camille", "Et un abri vélo sécurisé à la gare ? Beaucoup prendraient le vélo plutôt que la voiture.")],
                 "messages de forum"),
             {"forum"},  # a thread of the residents' board (SPIP forum under a topic article)
             parent=("Forum des habitants", "/-Forum-des-habitants-")),
        page("/Que-faire-de-l-ancienne-minoterie", "Que faire de l'ancienne minoterie ?", m.prose(
            "<em>Sujet ouvert par Hélène C.</em> La minoterie Bardin est à vendre. La commune a un droit de préemption. "
            "Logements, tiers-lieu, musée de la meunerie ? Vos idées !")
             + m.spip_forum_thread(228, [
                 (1790, "Un tiers-lieu", "18 janvier 2024", "Hélène C.", "Des ateliers d'artisans, un café associatif, une salle pour les jeunes."),
                 (1795, "Attention aux coûts", "20 janvier 2024", "Michel P.", "Le bâtiment est en très mauvais état, la toiture est à refaire.",
                  [(1799, "Re: Attention aux coûts", "22 janvier 2024", "Sandrine", "Il existe des aides de la Région pour les friches.")]),
                 (1933, "Musée", "4 mars 2024", "Pierre-Yves", "Le musée de la meunerie, c'est une belle idée pour le tourisme.")],
                 "messages de forum"),
             {"forum"}, parent=("Forum des habitants", "/-Forum-des-habitants-")),
        page("/Travaux-de-la-rue-Royale-le-point", "Travaux de la rue Royale : le point", m.prose(
            "Les travaux de réseaux de la rue Royale sont terminés avec une semaine d'avance. La seconde phase, le pavage et les "
            "plantations, commence le 11 mars pour six semaines.",
            "Les commerces restent accessibles. La circulation est interdite entre la place de l'Église et la rue du Pont, sauf riverains.",
            "Vous pouvez réagir à cet article ; les messages sont publiés après modération.")
             + m.spip_forum_thread(236, [
                 (1950, "Livraisons", "2 mars 2024", "Boulangerie Morin", "Merci de prévoir un accès pour les livraisons du matin."),
                 (1952, "Arbres", "3 mars 2024", "Lucie", "Quelles essences seront plantées ?")]),
             {"comments"},  # messages under a news article: SPIP "forum" used as comments
             parent=("Actualités", "/-Actualites-")),
        page("/Forum-des-associations-et-du-benevolat", "Forum des associations et du bénévolat", m.prose(
            "Le forum des associations et du bénévolat aura lieu le samedi 31 août au complexe sportif du Bouchet, de 9 h 30 à 17 h. "
            "Plus de 80 associations y présenteront leurs activités.",
            "Nouveauté cette année : un espace « bénévolat » pour mettre en relation associations et volontaires."),
             decoys={"forum"}, parent=("Actualités", "/-Actualites-")),
        page("/Conseil-municipal-du-12-fevrier-2024", "Conseil municipal du 12 février 2024", m.prose(
            "Le conseil municipal se réunira le lundi 12 février 2024 à 19 h, salle du conseil. Séance publique.",
            "Ordre du jour : débat d'orientation budgétaire 2024 ; tarifs du centre aquatique ; convention avec la communauté de "
            "communes pour l'instruction des permis ; désignation d'un représentant au syndicat des eaux ; questions diverses.")
             + m.docs([("Convocation et note de synthèse", "/IMG/pdf/cm_2024-02-12_note.pdf", "540 Ko")]),
             decoys={"participation_displayed"}),
        page("/Budget-primitif-2024", "Budget primitif 2024", m.prose(
            "Le budget primitif 2024 de la commune s'établit à 27,4 M€, dont 6,2 M€ d'investissement. Il intègre l'enveloppe de "
            "Mesmin en commun, reconduite à 150 000 €, parmi les dépenses d'équipement.",
            "Priorités : rénovation énergétique de l'école des Varennes, sécurisation des abords du collège, acquisition de la minoterie.")
             + m.docs([("Budget primitif 2024 – rapport de présentation", "/IMG/pdf/bp_2024_rapport.pdf", "1,4 Mo")]),
             decoys={"participatory_budget"}),  # the ordinary budget, which lists the participatory envelope as a line
        page("/Questionnaire-restauration-scolaire", "Restauration scolaire : votre avis compte", m.prose(
            "Le marché de restauration scolaire arrive à échéance. Avant de rédiger le nouveau cahier des charges, la commune "
            "interroge les familles : qualité des repas, part du bio et du local, menus végétariens.",
            "Le questionnaire est ouvert jusqu'au 22 mars. Il est aussi disponible sur papier dans les écoles.")
             + m.framaforms("restauration-scolaire-saint-mesmin-1708512345", "Questionnaire restauration scolaire"),
             {"poll"}, parent=("Actualités", "/-Actualites-")),
        page("/Participation-citoyenne-le-dispositif-s-etend", "Participation citoyenne : le dispositif s'étend aux Varennes", m.prose(
            "Lancé en 2019 dans le bourg, le dispositif de participation citoyenne, piloté par la gendarmerie, s'étend au quartier "
            "des Varennes. Trois habitants référents ont été désignés ; ils relaient auprès de la brigade de Saint-Mesmin les "
            "comportements suspects et diffusent les conseils de prévention contre les cambriolages.",
            "Ce dispositif de vigilance n'est pas une instance de concertation. Pour participer à la vie du quartier, rejoignez "
            "plutôt votre " + m.link("/Les-conseils-de-quartier", "conseil de quartier") + "."),
             decoys={"participation_displayed", "territorial_social_network"}, parent=("Actualités", "/-Actualites-")),
        page("/Le-Departement-lance-son-budget-participatif", "Le Département lance son budget participatif", m.prose(
            "Le Département du Loiret ouvre un budget participatif d'un million d'euros pour des projets d'intérêt départemental. "
            "Les dépôts sont ouverts jusqu'au 30 avril sur le site du Département.",
            "À ne pas confondre avec Mesmin en commun, notre budget participatif communal, dont l'appel à projets est en cours."),
             decoys={"participatory_budget"}, parent=("Actualités", "/-Actualites-")),
        page("/Inscriptions-au-vide-greniers", "Vide-greniers du 1er mai : inscriptions ouvertes", m.prose(
            "Le comité des fêtes organise son vide-greniers sur les quais le mercredi 1er mai. Emplacements de 2, 4 ou 6 mètres, "
            "3 € le mètre, réservés aux particuliers.")
             + m.formidable(7, "vide_greniers", "/Inscriptions-au-vide-greniers", vg_fields, submit="Réserver mon emplacement"),
             decoys={"contact_form"}, parent=("Actualités", "/-Actualites-")),
        page("/Marches-publics-et-appels-d-offres", "Marchés publics et appels d'offres", m.prose(
            "Consultations en cours : maîtrise d'œuvre pour la rénovation de l'école des Varennes (date limite le 5 avril) ; "
            "fourniture de produits d'entretien (date limite le 19 avril).",
            "Les dossiers de consultation sont disponibles sur la plateforme des marchés publics du Centre-Val de Loire."),
             decoys={"suggestion_call"}),
        page("/Nous-contacter", "Nous contacter", m.prose(
            "Mairie de Saint-Mesmin-la-Rivière, 4 place de l'Église, 45750 Saint-Mesmin-la-Rivière. Du lundi au vendredi, "
            "8 h 30 – 12 h et 13 h 30 – 17 h 30 ; le samedi, 9 h – 12 h.")
             + m.spip_contact(1, "/Nous-contacter"),
             {"contact_form"}),
    ]
    www = Site(SAINT_MESMIN, "spip", "Saint-Mesmin-la-Rivière", pages,
               menu=[("Accueil", "/"), ("Vie citoyenne", "/-Vie-citoyenne-"), ("Actualités", "/-Actualites-"),
                     ("Forum des habitants", "/-Forum-des-habitants-"), ("Contact", "/Nous-contacter")],
               accounts=[social("facebook", "SaintMesminLaRiviere"),
                         social("youtube", "saintmesminlariviere", "https://www.youtube.com/@saintmesminlariviere/videos")],
               address="4 place de l'Église, 45750 Saint-Mesmin-la-Rivière")
    return City("99543", "Saint-Mesmin-la-Rivière", 21930, "45", "24", "Centre-Val de Loire", f"http://{SAINT_MESMIN}/", [www])


# ======================================================================= 99544 Montjouvent (Joomla 4)

MONTJOUVENT = "www.montjouvent.fr"
MONTJOUVENT_JENPARLE = "montjouvent.jenparle.net"
MONTJOUVENT_FORUM = "forum.montjouvent.fr"
_MJ = "/index.php/vie-municipale/democratie-locale"


def _login_form(action, user, password):
    return (f'<form method="post" action="{action}" class="jp-login"><label for="login-email">Adresse e-mail</label>'
            f'<input type="email" id="login-email" name="{user}" autocomplete="username">'
            f'<label for="login-password">Mot de passe</label><input type="password" id="login-password" name="{password}">'
            '<button type="submit" class="btn btn-primary">Se connecter</button></form>'
            '<p>Pas encore de compte ? L\'inscription se fait avec votre adresse e-mail et un code reçu par courriel.</p>')


def montjouvent() -> City:
    """Joomla 4 (Cassiopeia) with SEF URLs under /index.php: com_contact, JComments under articles, an
    RSForm!Pro idea box and sign-up form, a Microsoft Forms poll; the participatory budget "Budget citoyen"
    and a concertation run on Jenparle; a phpBB board at forum.montjouvent.fr."""
    jp = f"http://{MONTJOUVENT_JENPARLE}"
    fo = f"http://{MONTJOUVENT_FORUM}"
    news = [
        ("/index.php/actualites/124-sondage-horaires-de-la-mediatheque", "Médiathèque : quels horaires pour vous ?", "4 mars 2024",
         "Ouvrir le dimanche ? Le midi ? Répondez au sondage en ligne."),
        ("/index.php/actualites/123-inscriptions-centre-de-loisirs", "Centre de loisirs : inscriptions pour les vacances de printemps", "26 février 2024",
         "Les inscriptions sont ouvertes jusqu'au 22 mars."),
        ("/index.php/actualites/122-budget-participatif-departement-allier", "Le Département de l'Allier lance son budget participatif", "19 février 2024",
         "Projets à déposer avant le 15 avril."),
        ("/index.php/actualites/121-un-forum-citoyen-en-ligne", "Un forum citoyen en ligne pour échanger", "12 février 2024",
         "Le forum des Montjoventins ouvre ses portes virtuelles."),
        ("/index.php/actualites/120-piscine-des-gravieres-les-travaux-commencent", "Piscine des Gravières : les travaux commencent", "5 février 2024",
         "Fermeture du bassin extérieur jusqu'en juin."),
        ("/index.php/actualites/119-urgences-de-nuit-la-petition-remise-au-maire", "Urgences de nuit : la pétition remise au maire", "29 janvier 2024",
         "Le comité de défense de l'hôpital a recueilli 8 412 signatures contre la fermeture nocturne des urgences."),
        ("/index.php/actualites/118-forum-des-associations", "Forum des associations : save the date", "22 janvier 2024",
         "Le samedi 7 septembre au parc des expositions."),
    ]
    pages = [
        page("/", "Accueil", m.prose(
            "Capitale du bocage bourbonnais, Montjouvent vous accueille au bord de l'Allier. Retrouvez l'actualité de votre ville, "
            "vos démarches et les rendez-vous de la démocratie locale.")
             + _tiles([(_MJ, "Démocratie locale"), (f"{_MJ}/boite-a-idees", "Boîte à idées"), ("/index.php/contact", "Nous écrire"),
                       ("/index.php/vie-municipale/conseil-municipal", "Conseil municipal"), ("/index.php/vie-municipale/finances", "Finances"),
                       ("/index.php/vie-pratique/marches-publics", "Marchés publics"), (fo + "/", "Le forum citoyen")])
             + "<h2>À la une</h2>" + m.joomla_blog(news[:3])
             + m.prose(m.link("/index.php/actualites", "Toutes les actualités"))),
        page("/index.php/actualites", "Actualités", m.joomla_blog(news)),
        page(_MJ, "Démocratie locale", m.prose(
            "La municipalité a fait de la démocratie locale une priorité du mandat. Elle s'appuie sur des instances permanentes "
            "et sur des outils numériques pour que chaque Montjoventin puisse s'informer, donner son avis et proposer.")
             + m.bullets([m.link(f"{_MJ}/conseils-de-quartier", "Les conseils de quartier"),
                          m.link(f"{_MJ}/conseil-des-sages", "Le conseil des sages"),
                          m.link(f"{_MJ}/commissions-extra-municipales", "Les commissions extra-municipales"),
                          m.link(f"{_MJ}/budget-participatif", "Le Budget citoyen"),
                          m.link(f"{_MJ}/boite-a-idees", "La boîte à idées")])
             + m.prose("Les consultations en ligne se déroulent sur la plateforme " + m.link(jp + "/", "montjouvent.jenparle.net")
                       + " ; les échanges libres entre habitants, sur " + m.link(fo + "/", "le forum citoyen") + "."),
             {"participation_displayed"}, decoys={"participatory_platform", "forum"}),
        page(f"{_MJ}/conseils-de-quartier", "Les conseils de quartier", m.prose(
            "Montjouvent compte sept conseils de quartier. Chacun réunit des habitants volontaires, des représentants des "
            "associations et des commerçants, sous la co-présidence d'un élu et d'un habitant.",
            "Ils sont consultés sur les aménagements du quartier, font remonter les besoins des habitants et portent des "
            "projets de convivialité : fêtes de quartier, repas partagés, chantiers de nettoyage.",
            "Les réunions sont publiques. Les dates sont annoncées dans l'agenda et par voie d'affichage.")
             + m.table(["Quartier", "Co-présidente / co-président habitant"],
                       [["Centre historique", "Mme Chantal Ravel"], ["Les Gravières", "M. Thomas Dubreuil"], ["La Madeleine", "Mme Fatima Bensaïd"],
                        ["Champfeu", "M. Gilles Aubert"], ["Les Bruyères", "Mme Odile Perrin"], ["Bellevue", "M. Kevin Marchand"],
                        ["Les Îlets", "Mme Jeanne Colas"]], "table table-striped"),
             {"participation_displayed"}, parent=("Démocratie locale", _MJ)),
        page(f"{_MJ}/conseil-des-sages", "Le conseil des sages", m.prose(
            "Composé de vingt membres âgés de 60 ans et plus, le conseil des sages est une force de réflexion et de proposition "
            "au service de la ville. Il émet des avis sur les projets municipaux et peut s'autosaisir.",
            "Cette année, il travaille sur le fleurissement participatif, la place des aînés dans les transports et la transmission "
            "de la mémoire ouvrière des anciennes forges."),
             {"participation_displayed"}, parent=("Démocratie locale", _MJ)),
        page(f"{_MJ}/commissions-extra-municipales", "Les commissions extra-municipales", m.prose(
            "Trois commissions extra-municipales – Environnement, Accessibilité, Animations et fêtes – associent élus, "
            "associations et habitants volontaires. Elles préparent les dossiers avant leur passage en commission municipale et "
            "donnent un avis consultatif.",
            "La commission Accessibilité, par exemple, a réalisé en 2023 un diagnostic en marchant des trottoirs du centre, avec des "
            "personnes en fauteuil et des parents avec poussette."),
             {"participation_displayed"}, parent=("Démocratie locale", _MJ)),
        page(f"{_MJ}/budget-participatif", "Le Budget citoyen", m.prose(
            "Le <strong>Budget citoyen</strong> de Montjouvent consacre 250 000 € par an à des projets proposés et votés par les "
            "habitants de plus de 14 ans. Deuxième édition en 2024 !",
            "<strong>Étape 1 – Dépôt des idées</strong> jusqu'au 31 mars. <strong>Étape 2 – Étude</strong> par les services "
            "et la commission de suivi, composée d'élus et d'habitants tirés au sort. <strong>Étape 3 – Vote</strong> en juin. "
            "<strong>Étape 4 – Réalisation</strong> à partir de l'automne.",
            "Tout se passe en ligne sur la plateforme Jenparle de la ville, " + m.link(jp + "/concertations/budget-citoyen-2024", "montjouvent.jenparle.net")
            + ". Des permanences sont assurées à la médiathèque le samedi matin pour vous aider à déposer votre idée.")
             + m.docs([("Règlement du Budget citoyen 2024", "/images/documents/reglement-budget-citoyen-2024.pdf", "190 Ko")]),
             {"participatory_budget"}, decoys={"participatory_platform"}, parent=("Démocratie locale", _MJ)),
        page(f"{_MJ}/boite-a-idees", "La boîte à idées", m.prose(
            "Vous avez une suggestion pour améliorer le quotidien à Montjouvent ? Déposez-la dans notre boîte à idées numérique. "
            "Elle sera étudiée par le service concerné et présentée, si elle concerne votre quartier, au conseil de quartier.",
            "Les boîtes à idées en bois restent disponibles à l'accueil de la mairie et dans les deux maisons de quartier.")
             + m.rsform(3, f"{_MJ}/boite-a-idees",
                        [("text", "Nom", "Votre nom (facultatif)", False), ("email", "Email", "Votre e-mail (facultatif)", False),
                         ("select", "Quartier", "Votre quartier", False, ["Centre historique", "Les Gravières", "La Madeleine", "Champfeu",
                                                                         "Les Bruyères", "Bellevue", "Les Îlets"]),
                         ("textarea", "Idee", "Votre idée", True)],
                        submit="Déposer mon idée"),
             {"suggestion_call"}, parent=("Démocratie locale", _MJ)),
        page("/index.php/vie-municipale/conseil-municipal", "Le conseil municipal", m.prose(
            "Le conseil municipal de Montjouvent se compose de 35 conseillers. Les séances sont publiques et se tiennent à "
            "l'hôtel de ville, salle des mariages, le jeudi à 18 h 30.",
            "Prochaine séance le jeudi 28 mars. Ordre du jour : vote du budget primitif 2024, fixation des taux de fiscalité, "
            "tarifs de la piscine, création de postes, rapport sur l'égalité entre les femmes et les hommes.")
             + m.docs([("Compte rendu de la séance du 15 février 2024", "/images/documents/cr-cm-2024-02-15.pdf", "310 Ko")]),
             decoys={"participation_displayed"}),
        page("/index.php/vie-municipale/finances", "Les finances de la ville", m.prose(
            "Le budget primitif 2024, voté le 28 mars, s'élève à 46,9 M€. L'endettement continue de diminuer (durée de "
            "désendettement : 5,1 années). Les investissements atteignent 12,3 M€, dont la rénovation de la piscine des Gravières.",
            "Retrouvez les documents budgétaires (budget primitif, compte administratif, rapport d'orientation) ci-dessous.")
             + m.docs([("Budget primitif 2024", "/images/documents/bp-2024.pdf", "2,8 Mo"),
                       ("Compte administratif 2023", "/images/documents/ca-2023.pdf", "3,0 Mo")]),
             decoys={"participatory_budget"}),
        page("/index.php/actualites/120-piscine-des-gravieres-les-travaux-commencent", "Piscine des Gravières : les travaux commencent", m.prose(
            "Le bassin extérieur de la piscine des Gravières ferme le 12 février pour quatre mois. Le chantier prévoit le "
            "remplacement de la membrane, la création d'un pentagliss et la pose de panneaux solaires pour chauffer l'eau.",
            "Le bassin intérieur reste ouvert aux horaires habituels. Réouverture complète prévue pour le 15 juin.")
             + m.jcomments(120, [("Damien", "05.02.2024 18:32", "Super pour le pentagliss, les enfants vont adorer."),
                                 ("Martine R.", "06.02.2024 09:10", "Les créneaux des clubs seront-ils maintenus ?")]),
             {"comments"}, parent=("Actualités", "/index.php/actualites")),
        page("/index.php/actualites/118-forum-des-associations", "Forum des associations : save the date", m.prose(
            "Notez-le dès maintenant : le forum des associations se tiendra le samedi 7 septembre au parc des expositions, "
            "de 10 h à 18 h. Les associations peuvent demander leur stand jusqu'au 30 juin."),
             decoys={"forum"}, parent=("Actualités", "/index.php/actualites")),
        page("/index.php/actualites/119-urgences-de-nuit-la-petition-remise-au-maire", "Urgences de nuit : la pétition remise au maire", m.prose(
            "Le vendredi 26 janvier, le maire a reçu à l'hôtel de ville les représentants du comité de défense du centre hospitalier "
            "de Montjouvent. Ils lui ont remis les 8 412 signatures de la pétition lancée début décembre contre la fermeture du "
            "service des urgences la nuit, envisagée par l'Agence régionale de santé faute de médecins urgentistes.",
            "Les signatures ont été recueillies en sept semaines sur les marchés, chez les commerçants, dans les salles d'attente "
            "des cabinets médicaux et en ligne. « Cela représente plus d'un habitant du bassin de vie sur cinq », a souligné "
            "Mme Hélène Marquet, présidente du comité.",
            "Le maire transmettra la pétition au directeur général de l'ARS Auvergne-Rhône-Alpes, qu'il rencontrera le 8 février "
            "à Lyon avec les parlementaires de l'Allier. Elle accompagnera le vœu pour le maintien des urgences 24 heures sur 24, "
            "adopté à l'unanimité par le " + m.link("/index.php/vie-municipale/conseil-municipal", "conseil municipal") + " du 14 décembre.",
            "La collecte des signatures est désormais close. Le comité tient une permanence chaque samedi matin sous la halle du "
            "marché pour informer les habitants de la suite de ses démarches."),
             # a news item reporting the signatures an association's petition gathered (closed, collected by the committee):
             # nothing here lets residents start or sign a petition on a city-run space
             decoys={"petition"}, parent=("Actualités", "/index.php/actualites")),
        page("/index.php/actualites/122-budget-participatif-departement-allier", "Le Département de l'Allier lance son budget participatif", m.prose(
            "Le Conseil départemental de l'Allier lance la deuxième édition de son budget participatif. Associations et habitants "
            "peuvent déposer des projets d'investissement jusqu'au 15 avril ; le vote aura lieu à l'automne.",
            "Plusieurs projets montjoventins avaient été retenus lors de la première édition, dont le rucher pédagogique du collège."),
             decoys={"participatory_budget"}, parent=("Actualités", "/index.php/actualites")),
        page("/index.php/actualites/121-un-forum-citoyen-en-ligne", "Un forum citoyen en ligne pour échanger", m.prose(
            "Vous aviez été nombreux à le demander lors des assises de la démocratie locale : le forum citoyen de Montjouvent est "
            "ouvert. On peut y lancer des discussions sur la vie des quartiers, les transports, l'environnement, et échanger avec "
            "d'autres habitants. Les élus y répondent régulièrement.",
            "Pour écrire, il suffit de créer un compte. Une charte de bonne conduite s'applique, et une équipe de modérateurs "
            "bénévoles veille au respect de chacun.",
            "Rendez-vous sur " + m.link(fo + "/", "forum.montjouvent.fr") + "."),
             decoys={"forum"},  # an article announcing the board, not the board
             parent=("Actualités", "/index.php/actualites")),
        page("/index.php/actualites/123-inscriptions-centre-de-loisirs", "Centre de loisirs : inscriptions pour les vacances de printemps", m.prose(
            "Le centre de loisirs des Îlets accueille les enfants de 3 à 12 ans du 15 au 26 avril. Inscriptions jusqu'au 22 mars.")
             + m.rsform(5, "/index.php/actualites/123-inscriptions-centre-de-loisirs",
                        [("text", "NomEnfant", "Nom et prénom de l'enfant", True), ("date", "Naissance", "Date de naissance", True),
                         ("email", "Email", "E-mail du responsable légal", True),
                         ("checkbox", "Semaines", "Semaines", True, ["Du 15 au 19 avril", "Du 22 au 26 avril"])],
                        submit="Inscrire mon enfant"),
             decoys={"contact_form"}, parent=("Actualités", "/index.php/actualites")),
        page("/index.php/actualites/124-sondage-horaires-de-la-mediatheque", "Médiathèque : quels horaires pour vous ?", m.prose(
            "La médiathèque Louise-Michel souhaite adapter ses horaires à vos habitudes. Ouverture le dimanche après-midi, "
            "le mardi midi, plus tard le vendredi ? Répondez au sondage avant le 5 avril.")
             + m.ms_form("DQSIkWdsW0yxEjajBLZtrQAAAAAAAAAAAAMAAPq2pE9UQjk5WTRTUlpFVE5ZQjc5S1Y1QzZRUk1FSy4u", "Sondage horaires médiathèque"),
             {"poll"}, parent=("Actualités", "/index.php/actualites")),
        page("/index.php/vie-pratique/marches-publics", "Marchés publics", m.prose(
            "Avis d'appel public à la concurrence en cours : travaux de réfection de la toiture de l'église Saint-Pierre "
            "(procédure adaptée, remise des offres le 12 avril) ; maintenance des installations de chauffage (appel d'offres "
            "ouvert, remise des offres le 26 avril).",
            "Les dossiers sont téléchargeables sur la plateforme achatpublic."),
             decoys={"suggestion_call"}),
        page("/index.php/contact", "Contact", m.prose(
            "Hôtel de ville de Montjouvent, place Jean-Jaurès, 03150 Montjouvent. Tél. 04 70 00 00 00.")
             + m.joomla_contact("/index.php/contact", 1, "mairie-de-montjouvent"),
             {"contact_form"}),
    ]
    www = Site(MONTJOUVENT, "joomla", "Ville de Montjouvent", pages,
               menu=[("Accueil", "/"), ("Démocratie locale", _MJ), ("Actualités", "/index.php/actualites"), ("Contact", "/index.php/contact")],
               accounts=[social("facebook", "montjouvent03"), social("x", "VilleMontjouvent", "https://twitter.com/VilleMontjouvent"),
                         social("youtube", "villedemontjouvent")],
               address="Place Jean-Jaurès, 03150 Montjouvent")

    bc = "/concertations/budget-citoyen-2024"
    jpages = [
        page("/", "Accueil", m.prose("Bienvenue sur la plateforme de concertation de la Ville de Montjouvent. Informez-vous, "
                                     "proposez, débattez et votez sur les projets de votre ville.")
             + '<section class="jp-cards"><h2>Concertations</h2>'
             + "".join(f'<article class="jp-card jp-card--{st}"><h3 class="jp-card__title"><a href="{h}">{t}</a></h3>'
                       f'<p class="jp-card__status">{lab}</p></article>'
                       for h, t, st, lab in [(bc, "Budget citoyen 2024", "open", "Dépôt des idées jusqu'au 31 mars"),
                                             ("/concertations/plan-velo", "Plan vélo 2025-2030", "open", "Questionnaire ouvert"),
                                             ("/concertations/restauration-scolaire-2022", "Restauration scolaire", "closed", "Terminée")])
             + "</section>"),
        page(bc, "Budget citoyen 2024", m.prose(
            "250 000 € pour vos idées. Proposez des projets d'investissement pour Montjouvent, puis votez pour vos préférés en juin.")
             + '<ol class="jp-steps"><li class="jp-steps__item is-current">Dépôt des idées</li><li class="jp-steps__item">Étude</li>'
             '<li class="jp-steps__item">Vote</li><li class="jp-steps__item">Réalisation</li></ol>'
             + m.bullets([m.link(bc + "/propositions", "Voir et déposer des idées"), m.link(bc + "/vote", "Le vote")]),
             {"participatory_budget"}, parent=("Concertations", "/")),
        page(bc + "/propositions", "Les idées déposées", m.prose(
            "Déposez votre idée : un titre, une description, une localisation. Vous pouvez aussi soutenir et commenter les idées "
            "des autres participants.")
             + '<form class="jp-form" method="post" action="/concertations/budget-citoyen-2024/propositions/nouvelle">'
             '<label for="prop-title">Titre de votre idée</label><input type="text" id="prop-title" name="proposal[title]" maxlength="120">'
             '<label for="prop-body">Description</label><textarea id="prop-body" name="proposal[body]" rows="6"></textarea>'
             '<label for="prop-district">Quartier</label><select id="prop-district" name="proposal[district]"><option>Centre historique</option>'
             '<option>Les Gravières</option><option>La Madeleine</option><option>Champfeu</option><option>Toute la ville</option></select>'
             '<button type="submit" class="btn btn-primary">Publier mon idée</button></form>'
             + '<ul class="jp-proposals"><li class="jp-proposal"><a href="/concertations/budget-citoyen-2024/propositions/42">'
             'Des nichoirs à martinets sur les bâtiments publics</a> <span class="jp-proposal__meta">37 soutiens · 4 commentaires</span></li>'
             '<li class="jp-proposal"><a href="/concertations/budget-citoyen-2024/propositions/57">Un terrain de basket 3x3 à Bellevue</a> '
             '<span class="jp-proposal__meta">52 soutiens · 1 commentaire</span></li></ul>',
             {"participatory_budget", "suggestion_call"}, parent=("Budget citoyen 2024", bc)),
        page(bc + "/propositions/42", "Des nichoirs à martinets sur les bâtiments publics", m.prose(
            "Les martinets nichent sous les toits anciens, qui disparaissent avec les rénovations. Installer une centaine de "
            "nichoirs sur les écoles, la mairie et les gymnases permettrait de les accueillir. Coût estimé : 9 000 €.",
            "<em>Proposé par la LPO Allier, groupe local de Montjouvent.</em>")
             + '<section class="jp-comments"><h2>Commentaires (4)</h2><ul class="jp-comments__list">'
             + "".join(f'<li class="jp-comment"><span class="jp-comment__author">{a}</span> <time>{d}</time><p>{t}</p></li>'
                       for a, d, t in [("Bruno", "02/03/2024", "Très bonne idée, il y en avait plein rue des Forges avant les travaux."),
                                       ("Anne-Laure", "03/03/2024", "Les écoles pourraient en faire un projet pédagogique."),
                                       ("Pierrick", "05/03/2024", "Il faudrait aussi penser aux hirondelles."),
                                       ("Modérateur Ville", "06/03/2024", "Idée transmise au service bâtiments pour estimation.")])
             + '</ul><form class="jp-comment-form" method="post" action="/concertations/budget-citoyen-2024/propositions/42/commentaires">'
             '<label for="comment-body">Votre commentaire</label><textarea id="comment-body" name="comment[body]" rows="3"></textarea>'
             '<button type="submit" class="btn">Commenter</button></form></section>',
             {"participatory_budget", "comments"}, parent=("Les idées déposées", bc + "/propositions")),
        page(bc + "/propositions/57", "Un terrain de basket 3x3 à Bellevue", m.prose(
            "Les jeunes de Bellevue n'ont pas d'équipement sportif de proximité. Un terrain de basket 3x3 sur le parking inutilisé "
            "derrière la maison de quartier serait idéal. Coût estimé : 35 000 €.")
             + '<section class="jp-comments"><h2>Commentaires (1)</h2><ul class="jp-comments__list"><li class="jp-comment">'
             '<span class="jp-comment__author">Yanis</span> <time>28/02/2024</time><p>Oui ! Et avec un éclairage le soir.</p></li></ul>'
             '<form class="jp-comment-form" method="post" action="/concertations/budget-citoyen-2024/propositions/57/commentaires">'
             '<label for="comment-body-57">Votre commentaire</label><textarea id="comment-body-57" name="comment[body]" rows="3"></textarea>'
             '<button type="submit" class="btn">Commenter</button></form></section>',
             {"participatory_budget", "comments"}, parent=("Les idées déposées", bc + "/propositions")),
        page(bc + "/vote", "Le vote", m.prose(
            "Du 1er au 30 juin, chaque participant de plus de 14 ans disposera de trois voix à répartir entre les projets déclarés "
            "réalisables. Le vote est aussi possible sur papier en mairie.",
            "Les résultats seront proclamés lors du conseil municipal de juillet."),
             {"participatory_budget"}, parent=("Budget citoyen 2024", bc)),
        page("/concertations/plan-velo", "Plan vélo 2025-2030", m.prose(
            "La Ville prépare son plan vélo. Avant de tracer les itinéraires, elle veut connaître vos trajets et vos difficultés. "
            "Répondez au questionnaire (10 minutes) et participez au débat.")
             + '<form class="jp-survey" method="post" action="/concertations/plan-velo/questionnaire">'
             '<fieldset><legend>Utilisez-vous le vélo à Montjouvent ?</legend>'
             + "".join(f'<label><input type="radio" name="q1" value="{v}"> {v}</label>' for v in ["Tous les jours", "Parfois", "Jamais"])
             + '</fieldset><fieldset><legend>Quels sont les points noirs de votre trajet ?</legend>'
             '<textarea name="q2" rows="3"></textarea></fieldset><button type="submit" class="btn btn-primary">Envoyer</button></form>'
             + m.prose(m.link("/concertations/plan-velo/debat", "Participer au débat")),
             {"poll"}, parent=("Concertations", "/")),
        page("/concertations/plan-velo/debat", "Plan vélo : le débat", m.prose(
            "Faut-il des pistes séparées ou des zones 30 généralisées ? Échangez vos arguments.")
             + '<section class="jp-comments"><h2>Contributions (3)</h2><ul class="jp-comments__list">'
             + "".join(f'<li class="jp-comment"><span class="jp-comment__author">{a}</span> <time>{d}</time><p>{t}</p></li>'
                       for a, d, t in [("Cécile", "10/03/2024", "Des pistes séparées, sinon les parents ne laisseront jamais les enfants rouler."),
                                       ("Roger M.", "11/03/2024", "Les zones 30 coûtent moins cher et profitent à tous."),
                                       ("Vélo Bourbonnais", "12/03/2024", "Les deux sont complémentaires : pistes sur les axes, zones 30 ailleurs.")])
             + '</ul><form class="jp-comment-form" method="post" action="/concertations/plan-velo/debat/contributions">'
             '<label for="contrib">Votre contribution</label><textarea id="contrib" name="contribution[body]" rows="3"></textarea>'
             '<button type="submit" class="btn">Publier</button></form></section>',
             {"comments"}, parent=("Plan vélo 2025-2030", "/concertations/plan-velo")),
        page("/concertations/restauration-scolaire-2022", "Restauration scolaire (terminée)", m.prose(
            "Cette concertation est terminée. Merci aux 640 familles qui ont répondu au questionnaire en 2022.")
             + m.table(["Question", "Résultat"], [["Un repas végétarien par semaine", "Pour : 71 %"],
                                                  ["Plus de produits locaux", "Pour : 89 %"], ["Goûter fourni par l'école", "Pour : 44 %"]])
             + m.prose("Les résultats ont été intégrés au nouveau marché de restauration, entré en vigueur en septembre 2023."),
             decoys={"poll"}, parent=("Concertations", "/")),
        page("/connexion", "Connexion", _login_form("/connexion", "_username", "_password"), decoys={"contact_form"}),
    ]
    jenparle = Site(MONTJOUVENT_JENPARLE, "vendor", "Montjouvent participe", jpages,
                    menu=[("Concertations", "/"), ("Budget citoyen", bc), ("Plan vélo", "/concertations/plan-velo")],
                    features=PLATFORM, platforms=frozenset({"jenparle"}), address="Plateforme de concertation de la Ville de Montjouvent")

    fpages = [
        page("/", "Index du forum", m.phpbb_index([
            ("Vivre à Montjouvent", [("/viewforum.php?f=2", "Vie des quartiers", "Ce qui se passe près de chez vous.", 18, 143,
                                      '<a href="/viewtopic.php?t=31">Éclairage rue des Forges</a> par Nico03 &raquo; 11 mars 2024'),
                                     ("/viewforum.php?f=3", "Transports et stationnement", "Bus, vélo, voiture, parkings.", 9, 77,
                                      '<a href="/viewtopic.php?t=28">Ligne B le dimanche</a> par Mireille &raquo; 8 mars 2024')]),
            ("Le forum", [("/viewforum.php?f=1", "Annonces et charte", "À lire avant de poster.", 2, 2,
                           '<a href="/viewtopic.php?t=1">Charte du forum citoyen</a> par Modération &raquo; 12 févr. 2024')])])
             + '<div class="stat-block online-list"><h3>Qui est en ligne ?</h3><p>Au total, il y a <strong>14</strong> utilisateurs en ligne :: '
             '2 inscrits, 0 invisible et 12 invités</p></div>',
             ),
        page("/viewforum.php?f=1", "Annonces et charte", m.phpbb_viewforum([
            ("/viewtopic.php?t=1", "Charte du forum citoyen", "Modération", 0, 812, "12 févr. 2024")]),
             parent=("Index du forum", "/")),
        page("/viewforum.php?f=2", "Vie des quartiers", m.phpbb_viewforum([
            ("/viewtopic.php?t=31", "Éclairage rue des Forges", "Nico03", 6, 214, "11 mars 2024"),
            ("/viewtopic.php?t=24", "Fête de quartier aux Gravières : qui est partant ?", "Sandrine_G", 11, 301, "2 mars 2024")]),
             parent=("Index du forum", "/")),
        page("/viewforum.php?f=3", "Transports et stationnement", m.phpbb_viewforum([
            ("/viewtopic.php?t=28", "Ligne B le dimanche", "Mireille", 4, 156, "8 mars 2024")]),
             parent=("Index du forum", "/")),
        page("/viewtopic.php?t=1", "Charte du forum citoyen", m.phpbb_viewtopic(1, "Charte du forum citoyen", [
            ("Modération", "12 févr. 2024, 09:00",
             "<p>Bienvenue ! Ce forum est un espace d'échange entre habitants. Restez courtois, ne publiez pas de données personnelles, "
             "pas de propagande électorale. Les messages contraires à la charte seront supprimés.</p>", "Modérateur")]),
             parent=("Annonces et charte", "/viewforum.php?f=1")),
        page("/viewtopic.php?t=31", "Éclairage rue des Forges", m.phpbb_viewtopic(31, "Éclairage rue des Forges", [
            ("Nico03", "9 mars 2024, 21:14", "<p>Depuis l'extinction de minuit, la rue des Forges est noire jusqu'à 5 h. "
             "Avec le passage sous la voie ferrée, ce n'est pas rassurant. Vous en pensez quoi ?</p>", "Nouveau membre"),
            ("Léa M.", "10 mars 2024, 08:02", "<p>D'accord pour le passage sous la voie, mais l'extinction fait de belles économies.</p>", "Membre"),
            ("Élu quartier Centre", "11 mars 2024, 17:45", "<p>Bonjour, nous étudions un éclairage à détection de présence pour ce "
             "passage. Le sujet sera abordé au conseil de quartier du 4 avril.</p>", "Élu")]),
             parent=("Vie des quartiers", "/viewforum.php?f=2")),
        page("/viewtopic.php?t=24", "Fête de quartier aux Gravières : qui est partant ?", m.phpbb_viewtopic(24, "Fête de quartier aux Gravières", [
            ("Sandrine_G", "20 févr. 2024, 12:30", "<p>On relance la fête de quartier le 22 juin ? Il faudrait des volontaires pour la buvette et les jeux.</p>", "Membre"),
            ("Tom", "21 févr. 2024, 19:05", "<p>Partant pour les jeux en bois !</p>", "Membre"),
            ("Josette", "2 mars 2024, 10:11", "<p>Je peux faire des crêpes, comme en 2019.</p>", "Membre")]),
             parent=("Vie des quartiers", "/viewforum.php?f=2")),
        page("/viewtopic.php?t=28", "Ligne B le dimanche", m.phpbb_viewtopic(28, "Ligne B le dimanche", [
            ("Mireille", "6 mars 2024, 15:40", "<p>La ligne B ne circule plus le dimanche. Pour aller à l'hôpital voir ma mère, c'est compliqué. "
             "Quelqu'un sait si c'est définitif ?</p>", "Membre"),
            ("Gaëtan", "8 mars 2024, 07:55", "<p>C'est l'agglomération qui décide du réseau. Une pétition circule, mais le transport à la "
             "demande fonctionne le dimanche, il faut réserver la veille.</p>", "Membre")]),
             parent=("Transports et stationnement", "/viewforum.php?f=3")),
    ]
    forum = Site(MONTJOUVENT_FORUM, "phpbb", "Forum citoyen de Montjouvent", fpages, features=FORUM)
    return City("99544", "Montjouvent", 36420, "03", "84", "Auvergne-Rhône-Alpes", f"http://{MONTJOUVENT}/", [www, jenparle, forum])


# ================================================================ 99545 Vienne-les-Moulins (TYPO3 12)

VIENNE = "www.vienne-les-moulins.fr"
VIENNE_GOVOCAL = "vienne-les-moulins.govocal.com"
_VD = "/ma-ville/democratie-locale"


def vienne_les_moulins() -> City:
    """TYPO3 12 with the Bootstrap Package: powermail for contact, ideas and grants, EXT:news with Disqus
    under one article, an embedded Typeform survey; the participatory budget "Moulins en transition", an
    idea box and a closed consultation on Go Vocal."""
    gv = f"http://{VIENNE_GOVOCAL}"
    news = [
        ("/actualites/detail/la-halle-aux-grains-renovee", "La halle aux grains rénovée rouvre ses portes", "1er mars 2024",
         "Après dix-huit mois de travaux, la halle accueille de nouveau marchés et spectacles."),
        ("/actualites/detail/berges-du-clain-le-projet-se-precise", "Berges du Clain : le projet se précise", "8 mars 2024",
         "Guinguette, pontons, prairies fleuries : ce que prévoit le réaménagement des berges."),
        ("/actualites/detail/bilan-de-la-concertation-sur-le-plu", "PLU : le bilan de la concertation", "16 février 2024",
         "Registres, réunions, questionnaire : ce que la concertation a changé au projet de PLU."),
        ("/actualites/detail/le-budget-participatif-du-departement", "Budget participatif de la Vienne : deux projets locaux lauréats", "9 février 2024",
         "Le Département financera une recyclerie et un verger partagé."),
        ("/actualites/detail/forum-de-l-emploi-et-de-l-alternance", "Forum de l'emploi et de l'alternance", "2 février 2024",
         "Le 21 mars à l'espace Mendès-France."),
        ("/actualites/detail/participation-citoyenne-protocole-gendarmerie", "Participation citoyenne : signature d'un protocole", "26 janvier 2024",
         "Des habitants référents dans quatre quartiers."),
    ]
    pages = [
        page("/", "Accueil", m.ce(101, m.prose(
            "Entre Clain et moulins, Vienne-les-Moulins, 33 000 habitants, à vingt minutes de Poitiers. Bienvenue sur le site "
            "officiel de la Ville."))
             + m.ce(102, _tiles([(_VD, "Démocratie locale"), (gv + "/", "Participer en ligne"), ("/contact", "Contact"),
                                 ("/ma-ville/conseil-municipal", "Conseil municipal"), ("/ma-ville/budget-et-finances", "Budget"),
                                 ("/vie-associative/demande-de-subvention", "Subventions aux associations")]), "menu_pages")
             + m.ce(103, m.tx_news_list(news[:3]) + m.prose(m.link("/actualites", "Toutes les actualités")), "news_pi1", "Actualités")),
        page("/actualites", "Actualités", m.ce(110, m.tx_news_list(news), "news_pi1")),
        page(_VD, "Démocratie locale", m.ce(120, m.prose(
            "La Ville de Vienne-les-Moulins a adopté en 2022 une charte de la démocratie locale. Elle y affirme un principe simple : "
            "aucun projet structurant sans concertation préalable des habitants concernés.",
            "Conseils de quartier, conseil des sages, conseil municipal des jeunes, réunions publiques : les instances et les "
            "rendez-vous de la participation sont présentés dans cette rubrique. Les démarches en ligne – budget participatif "
            "« Moulins en transition », appels à idées – ont lieu sur la plateforme Go Vocal de la Ville, "
            + m.link(gv + "/", "vienne-les-moulins.govocal.com") + "."))
             + m.ce(121, m.bullets([m.link(f"{_VD}/conseils-de-quartier", "Conseils de quartier"),
                                    m.link(f"{_VD}/conseil-des-sages", "Conseil des sages"),
                                    m.link(f"{_VD}/conseil-municipal-des-jeunes", "Conseil municipal des jeunes"),
                                    m.link(f"{_VD}/reunions-publiques", "Réunions publiques"),
                                    m.link(f"{_VD}/votre-avis", "Questionnaire : votre avis sur la ville"),
                                    m.link(f"{_VD}/idees-citoyennes", "Proposer une idée")]), "menu_subpages", "Dans cette rubrique"),
             {"participation_displayed"}, decoys={"participatory_platform"}),
        page(f"{_VD}/conseils-de-quartier", "Conseils de quartier", m.ce(130, m.prose(
            "Les cinq conseils de quartier (Centre, Les Moulins, Saint-Cyprien, La Plaine, Les Coteaux) sont composés d'habitants "
            "volontaires et tirés au sort sur les listes électorales. Ils se réunissent quatre fois par an.",
            "Chaque conseil gère une enveloppe de 10 000 € par an pour des projets d'amélioration du cadre de vie et peut saisir "
            "le conseil municipal d'une question d'intérêt local.")), {"participation_displayed"}, parent=("Démocratie locale", _VD)),
        page(f"{_VD}/conseil-des-sages", "Conseil des sages", m.ce(131, m.prose(
            "Le conseil des sages compte 21 membres de plus de 60 ans. Il conseille la municipalité sur les questions d'intérêt "
            "général et mène ses propres études : en 2023, la place des bancs publics dans la ville, en 2024, le lien "
            "intergénérationnel avec les écoles.",
            "Les candidatures sont reçues toute l'année ; les nominations ont lieu en septembre.")),
             {"participation_displayed"}, parent=("Démocratie locale", _VD)),
        page(f"{_VD}/conseil-municipal-des-jeunes", "Conseil municipal des jeunes", m.ce(132, m.prose(
            "Vingt-neuf collégiens élus pour deux ans forment le conseil municipal des jeunes. Ils se réunissent en commissions le "
            "mercredi après-midi et présentent leurs projets au conseil municipal une fois par an.",
            "Dernières réalisations : une journée de sensibilisation au harcèlement et la rénovation du city-stade des Coteaux.")),
             {"participation_displayed"}, parent=("Démocratie locale", _VD)),
        page(f"{_VD}/reunions-publiques", "Réunions publiques", m.ce(133, m.prose(
            "Les réunions publiques permettent de présenter un projet aux habitants, de recueillir leurs remarques et d'y répondre. "
            "Elles sont annoncées dans le magazine municipal, sur les panneaux lumineux et sur ce site.")
             + m.table(["Date", "Objet", "Lieu"],
                       [["Mardi 12 mars, 18 h 30", "Réaménagement des berges du Clain", "Salle des fêtes"],
                        ["Jeudi 4 avril, 19 h", "Nouvelle école des Coteaux", "Gymnase des Coteaux"],
                        ["Mardi 14 mai, 18 h 30", "Plan de circulation du centre", "Halle aux grains"]], "table")),
             {"participation_displayed"}, parent=("Démocratie locale", _VD)),
        page(f"{_VD}/votre-avis", "Votre avis sur la ville", m.ce(134, m.prose(
            "À mi-mandat, la municipalité réalise un baromètre de satisfaction : propreté, sécurité, services, animations. "
            "Le questionnaire est anonyme et prend moins de cinq minutes.")
             + m.typeform("kQ7rT2vA", "Baromètre de satisfaction 2024"), "html"),
             {"poll"}, parent=("Démocratie locale", _VD)),
        page(f"{_VD}/idees-citoyennes", "Proposer une idée", m.ce(135, m.prose(
            "Vous avez une idée pour Vienne-les-Moulins ? Proposez-la ! Les idées sont examinées chaque mois par le comité de "
            "suivi de la démocratie locale, et chaque auteur reçoit une réponse motivée.")
             + m.powermail(3, f"{_VD}/idees-citoyennes",
                           [("input", "nom", "Nom", False), ("input", "email", "E-mail", True),
                            ("select", "quartier", "Quartier", False, ["Centre", "Les Moulins", "Saint-Cyprien", "La Plaine", "Les Coteaux"]),
                            ("input", "titre", "Votre idée en quelques mots", True), ("textarea", "idee", "Décrivez votre idée", True)],
                           submit="Proposer mon idée"), "list"),
             {"suggestion_call"}, parent=("Démocratie locale", _VD)),
        page("/ma-ville/conseil-municipal", "Conseil municipal", m.ce(140, m.prose(
            "Le conseil municipal compte 33 élus. Il se réunit en séance publique, en moyenne six fois par an, à l'hôtel de ville.",
            "Prochaine séance : lundi 8 avril à 18 h 30. À l'ordre du jour : compte administratif 2023, affectation du résultat, "
            "budget supplémentaire, tarifs des accueils de loisirs, convention avec l'office de tourisme.")
             + m.docs([("Procès-verbal de la séance du 11 mars 2024", "/fileadmin/user_upload/conseil/pv-2024-03-11.pdf", "455 Ko")])),
             decoys={"participation_displayed"}),
        page("/ma-ville/budget-et-finances", "Budget et finances", m.ce(141, m.prose(
            "Le budget primitif 2024 s'élève à 41,5 M€, dont 10,2 M€ d'investissement. Les taux de fiscalité sont stables.",
            "Les grands projets : la nouvelle école des Coteaux, les berges du Clain, la vidéoprotection des parkings.")
             + m.docs([("Budget primitif 2024", "/fileadmin/user_upload/finances/bp-2024.pdf", "2,1 Mo"),
                       ("Rapport d'orientation budgétaire 2024", "/fileadmin/user_upload/finances/rob-2024.pdf", "1,7 Mo")])),
             decoys={"participatory_budget"}),
        page("/actualites/detail/la-halle-aux-grains-renovee", "La halle aux grains rénovée rouvre ses portes", m.ce(150, m.tx_news_detail(
            "1er mars 2024", "Après dix-huit mois de travaux, la halle aux grains rouvre le 9 mars avec un grand marché des producteurs.",
            m.prose("Charpente restaurée, sol en pierre de Chauvigny, éclairage repensé : la halle du XIXe siècle retrouve son lustre. "
                    "Elle accueillera le marché du mercredi, des concerts et le festival des moulins en juillet.",
                    "Le chantier a coûté 2,4 M€, financé à 55 % par l'État, la Région et le Département.")
            + m.disqus("vienne-les-moulins", "news-412", "https://www.vienne-les-moulins.fr/actualites/detail/la-halle-aux-grains-renovee")),
            "news_pi1"), {"comments"}, parent=("Actualités", "/actualites")),
        page("/actualites/detail/berges-du-clain-le-projet-se-precise", "Berges du Clain : le projet se précise", m.ce(155, m.tx_news_detail(
            "8 mars 2024", "Entre le pont Neuf et le moulin de Chasseigne, deux kilomètres de rives vont changer de visage d'ici 2026.",
            m.prose("Il y a encore dix ans, les berges du Clain n'étaient guère fréquentées que par les pêcheurs du dimanche. "
                    "Depuis la réouverture du chemin de halage, joggeurs, familles et cyclistes s'y croisent chaque week-end, et "
                    "les demandes se sont multipliées : des bancs, de l'ombre, des toilettes, un endroit où boire un verre l'été.",
                    "Le projet présenté par le paysagiste retenu, l'agence Terres & Rives, s'organise en trois séquences. Au nord, "
                    "près du pont Neuf, une « plage urbaine » avec des gradins en bois et une guinguette saisonnière, confiée par "
                    "appel à manifestation d'intérêt à un exploitant privé. Au centre, les prairies humides seront laissées à la "
                    "fauche tardive, traversées par un platelage pour protéger les orchidées sauvages. Au sud, autour du moulin, "
                    "un ponton de pêche accessible aux personnes en fauteuil et une aire de jeux sur le thème de l'eau.",
                    "Le coût est estimé à 1,9 M€, dont 60 % attendus de l'Agence de l'eau et de la Région. Les travaux "
                    "commenceront à l'automne, hors période de nidification.",
                    "Les habitants ont déjà donné leur avis lors des balades urbaines de l'automne et via le questionnaire en "
                    "ligne publié sur notre plateforme Go Vocal ; la réunion publique du 12 mars, salle des fêtes, permettra "
                    "d'en présenter la synthèse et d'amender le projet avant le dépôt du permis d'aménager. Le conseil de quartier "
                    "des Moulins sera associé au choix du mobilier.",
                    "Pendant le chantier, le chemin de halage restera ouvert, sauf quelques jours de fermeture ponctuelle signalés "
                    "sur place.")), "news_pi1"),
             decoys={"poll", "participation_displayed", "participatory_platform"},
             # a news item: the questionnaire, the public meeting and the platform are mentioned in passing
             parent=("Actualités", "/actualites")),
        page("/actualites/detail/bilan-de-la-concertation-sur-le-plu", "PLU : le bilan de la concertation", m.ce(151, m.tx_news_detail(
            "16 février 2024", "La concertation sur le plan local d'urbanisme s'est achevée le 31 décembre.",
            m.prose("Pendant dix-huit mois, les habitants ont pu s'exprimer dans les registres déposés en mairie, lors de quatre "
                    "réunions publiques et par un questionnaire en ligne, clos depuis, qui a reçu 1 380 réponses.",
                    "Principaux enseignements : une demande forte de protection des coteaux, des inquiétudes sur la densification "
                    "de Saint-Cyprien. Le projet arrêté par le conseil municipal réduit de 8 hectares les zones à urbaniser.")
            + m.table(["Question du questionnaire (clos)", "Réponse majoritaire"],
                      [["Faut-il protéger les coteaux ?", "Oui, à 84 %"], ["Priorité en matière de logement", "Rénovation de l'existant (57 %)"]], "table")),
            "news_pi1"),
             decoys={"poll"},  # a closed questionnaire's results; the concertation is reported after the fact
             parent=("Actualités", "/actualites")),
        page("/actualites/detail/le-budget-participatif-du-departement", "Budget participatif de la Vienne : deux projets locaux lauréats", m.ce(152, m.tx_news_detail(
            "9 février 2024", "Le Département a dévoilé les lauréats de son budget participatif.",
            m.prose("Deux projets portés par des associations de Vienne-les-Moulins ont été retenus par le vote des habitants du "
                    "département : une recyclerie solidaire aux Moulins et un verger partagé à La Plaine. Ils recevront 40 000 € au total.",
                    "Le budget participatif de la Ville, « Moulins en transition », est un dispositif distinct : son prochain appel à "
                    "idées ouvrira au printemps.")), "news_pi1"),
             decoys={"participatory_budget"}, parent=("Actualités", "/actualites")),
        page("/actualites/detail/forum-de-l-emploi-et-de-l-alternance", "Forum de l'emploi et de l'alternance", m.ce(153, m.tx_news_detail(
            "2 février 2024", "Jeudi 21 mars, de 9 h à 16 h, espace Mendès-France.",
            m.prose("Cinquante recruteurs, des centres de formation d'apprentis et des conseillers de la mission locale seront présents. "
                    "Entrée libre ; venez avec votre CV.")), "news_pi1"),
             decoys={"forum"}, parent=("Actualités", "/actualites")),
        page("/actualites/detail/participation-citoyenne-protocole-gendarmerie", "Participation citoyenne : signature d'un protocole", m.ce(154, m.tx_news_detail(
            "26 janvier 2024", "La Ville, la préfecture de la Vienne et la gendarmerie ont signé un protocole de participation citoyenne.",
            m.prose("Ce dispositif de prévention de la délinquance associe des habitants référents dans quatre quartiers. Ils "
                    "alertent la gendarmerie en cas de fait inhabituel et relaient ses conseils auprès de leurs voisins.",
                    'Suivez les conseils de prévention sur <a href="https://x.com/Gendarmerie_086" target="_blank" rel="noopener">le compte X de la gendarmerie de la Vienne</a>.')),
            "news_pi1"),
             decoys={"participation_displayed", "territorial_social_network"}, parent=("Actualités", "/actualites")),
        page("/vie-associative/demande-de-subvention", "Demande de subvention", m.ce(160, m.prose(
            "Les demandes de subvention pour 2025 sont à déposer avant le 15 novembre. Une aide à projet peut être sollicitée "
            "en cours d'année pour une action nouvelle.")
             + m.powermail(5, "/vie-associative/demande-de-subvention",
                           [("input", "association", "Association", True), ("input", "email", "E-mail", True),
                            ("radio", "nature", "Nature de la demande", True, ["Fonctionnement", "Projet", "Exceptionnelle"]),
                            ("input", "montant", "Montant sollicité", True), ("textarea", "objet", "Objet de la demande", True)],
                           submit="Envoyer la demande"), "list"),
             decoys={"contact_form", "suggestion_call"}),
        page("/contact", "Contact", m.ce(170, m.prose(
            "Hôtel de ville, 6 place du Marché, 86240 Vienne-les-Moulins. Lundi au vendredi, 8 h 30 – 17 h.")
             + m.powermail(1, "/contact",
                           [("input", "nom", "Nom", True), ("input", "email", "E-mail", True), ("input", "objet", "Objet", True),
                            ("textarea", "message", "Message", True),
                            ("check", "rgpd", "Données personnelles", True, ["J'accepte que mes données soient traitées pour répondre à ma demande"])]),
            "list"), {"contact_form"}),
    ]
    www = Site(VIENNE, "typo3", "Vienne-les-Moulins", pages,
               menu=[("Accueil", "/"), ("Démocratie locale", _VD), ("Actualités", "/actualites"), ("Contact", "/contact")],
               accounts=[social("facebook", "viennelesmoulins"), social("instagram", "viennelesmoulins"),
                         social("linkedin", "ville-de-vienne-les-moulins")],
               address="6 place du Marché, 86240 Vienne-les-Moulins")

    bp = "/fr-FR/projects/budget-participatif-moulins-en-transition"
    gpages = [
        page("/", "Accueil", m.prose(
            "Vienne-les-Moulins participe ! Proposez vos idées, votez pour vos projets préférés et suivez les décisions.")
             + '<section id="e2e-landing-active-projects"><h2>Projets en cours</h2>'
             + "".join(f'<a class="e2e-project-card" href="{h}"><h3>{t}</h3><span class="e2e-project-card-status">{s}</span></a>'
                       for h, t, s in [(bp, "Moulins en transition 2024", "Proposez vos idées"),
                                       ("/fr-FR/projects/amenagement-des-berges", "Berges du Clain", "Questionnaire"),
                                       ("/fr-FR/projects/une-idee-pour-le-centre-ville", "Une idée pour le centre-ville", "Boîte à idées"),
                                       ("/fr-FR/projects/concertation-ecole-des-coteaux", "École des Coteaux", "Terminé")])
             + "</section>"),
        page(bp, "Moulins en transition 2024", m.prose(
            "<strong>Moulins en transition</strong> est le budget participatif de Vienne-les-Moulins, consacré à la transition "
            "écologique : 180 000 € pour des projets qui végétalisent, économisent l'énergie, favorisent le vélo ou le réemploi.",
            "Phase 1 (jusqu'au 30 avril) : proposez vos idées. Phase 2 : analyse. Phase 3 (septembre) : vote. Chaque habitant de "
            "plus de 12 ans dispose de 5 votes.")
             + m.prose(m.link(bp + "/ideas", "Voir les idées et en proposer une")),
             {"participatory_budget"}, parent=("Projets", "/")),
        page(bp + "/ideas", "Moulins en transition : les idées", m.prose("Proposez votre idée pour la transition écologique de la ville.")
             + '<form id="e2e-idea-new-form" class="e2e-idea-form" method="post" action="/web_api/v1/ideas">'
             '<label for="e2e-idea-title-input">Titre</label><input id="e2e-idea-title-input" name="idea[title_multiloc][fr-FR]" type="text">'
             '<label for="e2e-idea-description-input">Description</label><textarea id="e2e-idea-description-input" name="idea[body_multiloc][fr-FR]"></textarea>'
             '<button type="submit" class="e2e-submit-idea-form">Publier</button></form>'
             + m.govocal_cards([("/fr-FR/ideas/des-bancs-a-l-ombre-le-long-du-clain", "Des bancs à l'ombre le long du Clain", "Jacqueline V.", 44, 3)]),
             {"participatory_budget", "suggestion_call"}, parent=("Moulins en transition 2024", bp)),
        page("/fr-FR/ideas/des-bancs-a-l-ombre-le-long-du-clain", "Des bancs à l'ombre le long du Clain", m.prose(
            "Le chemin de halage est magnifique mais il n'y a aucun banc ombragé entre le moulin de Chasseigne et le pont Neuf. "
            "Je propose six bancs et des arbres pour les abriter.")
             + m.govocal_comments("bancs", [("Pierre L.", "il y a 4 jours", "Oui, et une fontaine !"),
                                             ("Aïcha", "il y a 3 jours", "Mes parents ne peuvent plus faire la promenade sans s'arrêter, ce serait bien."),
                                             ("Ville de Vienne-les-Moulins", "il y a 1 jour", "Idée transmise au service espaces verts pour chiffrage.")]),
             {"participatory_budget", "comments"}, parent=("Moulins en transition 2024", bp + "/ideas")),
        page("/fr-FR/projects/amenagement-des-berges", "Berges du Clain : votre avis", m.prose(
            "Avant la réunion publique du 12 mars, répondez à ce court questionnaire sur les usages des berges.")
             + '<form id="e2e-survey-form" class="e2e-native-survey" method="post" action="/web_api/v1/projects/berges/responses">'
             '<fieldset><legend>À quelle fréquence fréquentez-vous les berges ?</legend>'
             + "".join(f'<label><input type="radio" name="frequence" value="{v}"> {v}</label>' for v in ["Chaque semaine", "Chaque mois", "Rarement"])
             + '</fieldset><fieldset><legend>Que souhaitez-vous en priorité ?</legend>'
             + "".join(f'<label><input type="checkbox" name="priorites[]" value="{v}"> {v}</label>'
                       for v in ["Des jeux pour enfants", "Une guinguette", "Des zones naturelles préservées", "Un éclairage"])
             + '</fieldset><button type="submit" class="e2e-submit-survey">Envoyer</button></form>',
             {"poll"}, parent=("Projets", "/")),
        page("/fr-FR/projects/une-idee-pour-le-centre-ville", "Une idée pour le centre-ville", m.prose(
            "Commerces, animations, stationnement, propreté : partagez vos idées pour le centre-ville. Les plus soutenues seront "
            "étudiées par le comité de pilotage du programme Petites villes de demain.")
             + '<form class="e2e-idea-form" method="post" action="/web_api/v1/ideas"><label for="idea-cv">Votre idée</label>'
             '<textarea id="idea-cv" name="idea[body_multiloc][fr-FR]"></textarea><button type="submit">Publier</button></form>',
             {"suggestion_call"}, parent=("Projets", "/")),
        page("/fr-FR/projects/concertation-ecole-des-coteaux", "École des Coteaux (terminé)", m.prose(
            "Cette consultation est terminée. 412 participants ont donné leur avis sur le futur groupe scolaire des Coteaux.",
            "Résultats : 68 % des répondants souhaitaient une cour végétalisée « oasis », 21 % un préau plus grand, 11 % d'autres "
            "aménagements. Le programme du concours d'architecture a retenu la cour oasis."),
             decoys={"poll"}, parent=("Projets", "/")),
    ]
    govocal = Site(VIENNE_GOVOCAL, "govocal", "Vienne-les-Moulins participe", gpages,
                   menu=[("Accueil", "/"), ("Moulins en transition", bp), ("Berges du Clain", "/fr-FR/projects/amenagement-des-berges")],
                   features=PLATFORM, platforms=frozenset({"go_vocal"}))
    return City("99545", "Vienne-les-Moulins", 33180, "86", "75", "Nouvelle-Aquitaine", f"http://{VIENNE}/", [www, govocal],
                decoy_accounts=("https://x.com/gendarmerie_086",))


# ==================================================== 99546 Villebrûlé-sur-Cher (vendor CMS + Publik)

VILLEBRULE = "www.villebrule-sur-cher.fr"
VILLEBRULE_PUBLIK = "demarches.villebrule-sur-cher.fr"
VILLEBRULE_FLUICITY = "villebrule.flui.city"
_VP = "/ma-ville/participation-citoyenne"


def villebrule() -> City:
    """A vendor CMS opened in 2024 (RGAA-first templates, .html routes) with its e-services on Publik:
    w.c.s. forms for contact, the idea box, petitions, grants and school sign-ups; the participatory budget
    "La Fabrique citoyenne" and a poll on Fluicity; a Google Forms survey on the main site."""
    pk = f"http://{VILLEBRULE_PUBLIK}"
    fl = f"http://{VILLEBRULE_FLUICITY}"
    news = [
        ("/actualites/nouveau-site-internet.html", "Un nouveau site et des démarches en ligne", "15 janvier 2024",
         "Nouveau site, nouveau portail de démarches, nouvelle plateforme participative : on vous explique."),
        ("/actualites/reunion-publique-quartier-des-rives.html", "Quartier des Rives : réunion publique le 19 mars", "4 mars 2024",
         "Présentation du projet de rénovation urbaine aux habitants."),
        ("/actualites/forum-des-associations.html", "Forum des associations : appel aux exposants", "26 février 2024",
         "Le forum revient le 8 septembre à l'espace Chambord."),
        ("/actualites/region-budget-participatif.html", "Budget participatif régional : votez pour les projets du Loir-et-Cher", "19 février 2024",
         "La Région Centre-Val de Loire soumet 120 projets au vote."),
        ("/actualites/dispositif-participation-citoyenne-gendarmerie.html", "Le dispositif « Participation citoyenne » reconduit", "12 février 2024",
         "Vigilance de voisinage : la convention avec la gendarmerie est renouvelée."),
    ]
    pages = [
        page("/", "Accueil", m.prose(
            "Ville d'art et d'histoire sur les bords du Cher, Villebrûlé compte 58 000 habitants. Démarches, agenda, actualités : "
            "tout est ici.")
             + _tiles([(pk + "/", "Mes démarches en ligne"), (_VP + ".html", "Participation citoyenne"), (fl + "/", "La Fabrique citoyenne"),
                       ("/contact.html", "Contact"), ("/ma-ville/conseil-municipal.html", "Conseil municipal"),
                       ("/ma-ville/budget-primitif-2024.html", "Budget 2024"), ("/marches-publics.html", "Marchés publics")], "Accès rapides")
             + '<section class="home-news"><h2>Actualités</h2><ul class="news-list">'
             + "".join(f'<li class="news-list__item"><a href="{h}" class="news-list__link">{t}</a><p class="news-list__date">{d}</p><p>{x}</p></li>'
                       for h, t, d, x in news[:3])
             + f'</ul><p><a href="/actualites.html" class="btn btn--secondary">Toutes les actualités</a></p></section>'),
        page("/actualites.html", "Actualités", '<ul class="news-list">'
             + "".join(f'<li class="news-list__item"><a href="{h}" class="news-list__link">{t}</a><p class="news-list__date">{d}</p><p>{x}</p></li>'
                       for h, t, d, x in news) + "</ul>"),
        page(_VP + ".html", "Participation citoyenne", m.prose(
            "La participation citoyenne est au cœur du projet municipal. Villebrûlé-sur-Cher s'appuie sur des instances de "
            "proximité, un budget participatif, des consultations régulières et une boîte à idées permanente.",
            "Depuis 2024, toutes ces démarches sont réunies dans un même parcours : les instances se présentent ici, les "
            "consultations et le budget participatif se déroulent sur la plateforme Fluicity, les formulaires sur le portail "
            "des démarches.")
             + '<div class="cards">'
             + "".join(f'<a class="card" href="{h}"><span class="card__title">{t}</span><span class="card__desc">{d}</span></a>'
                       for h, t, d in [(_VP + "/conseils-de-quartier.html", "Conseils de quartier", "Huit conseils, ouverts à tous"),
                                       (_VP + "/conseil-des-sages.html", "Conseil des sages", "L'expérience au service de la ville"),
                                       (_VP + "/conseil-municipal-des-jeunes.html", "Conseil municipal des jeunes", "Les 11-17 ans ont leur mot à dire"),
                                       (_VP + "/budget-participatif.html", "La Fabrique citoyenne", "Le budget participatif"),
                                       (_VP + "/sondage-eclairage-nocturne.html", "Sondage", "L'éclairage public la nuit"),
                                       (pk + "/boite-a-idees/", "Boîte à idées", "Une idée ? Proposez-la"),
                                       (pk + "/citoyennete/deposer-une-petition/", "Droit de pétition", "Saisir le conseil municipal")])
             + "</div>",
             {"participation_displayed"},  # the city's own approach, under the same words as the gendarmerie scheme
             decoys={"participatory_platform"}),
        page(_VP + "/conseils-de-quartier.html", "Conseils de quartier", m.prose(
            "Huit conseils de quartier couvrent l'ensemble de la ville. Chacun est animé par un binôme élu-habitant et se réunit "
            "au moins quatre fois par an, en séance publique.",
            "Les conseils sont consultés sur les projets d'aménagement, organisent des « balades urbaines » avec les services et "
            "disposent d'un fonds de 12 000 € par an pour des actions de proximité.",
            "Pour devenir membre, inscrivez-vous auprès de la Maison de la citoyenneté, 3 rue des Remparts.")
             + m.table(["Quartier", "Binôme"], [["Centre historique", "M. Royer / Mme Nadeau"], ["Les Rives", "Mme Adjovi / M. Barré"],
                                                ["Saint-Martin", "M. Lecomte / Mme Faure"], ["La Chaussée", "Mme Texier / M. Oudin"]]),
             {"participation_displayed"}, parent=("Participation citoyenne", _VP + ".html")),
        page(_VP + "/conseil-des-sages.html", "Conseil des sages", m.prose(
            "Le conseil des sages de Villebrûlé réunit 30 retraités bénévoles, désignés pour trois ans. Il travaille en groupes "
            "thématiques et présente chaque année ses propositions au conseil municipal.",
            "Parmi ses réalisations : le guide des aînés, le service de covoiturage solidaire vers l'hôpital, la charte des "
            "terrasses."),
             {"participation_displayed"}, parent=("Participation citoyenne", _VP + ".html")),
        page(_VP + "/conseil-municipal-des-jeunes.html", "Conseil municipal des jeunes", m.prose(
            "Le CMJ compte 35 jeunes de 11 à 17 ans, élus dans les collèges et lycées de la ville. Il dispose d'un budget propre "
            "de 10 000 € et présente ses projets au conseil municipal.",
            "En 2023, les jeunes élus ont obtenu l'ouverture de la médiathèque le samedi après-midi et organisé un festival de "
            "musiques actuelles."),
             {"participation_displayed"}, parent=("Participation citoyenne", _VP + ".html")),
        page(_VP + "/budget-participatif.html", "La Fabrique citoyenne, le budget participatif", m.prose(
            "La Fabrique citoyenne, c'est 400 000 € par an pour réaliser des projets proposés et choisis par les Villebrûlois "
            "de plus de 11 ans. Troisième édition en 2024.",
            "Les idées se déposent du 1er mars au 30 avril sur " + m.link(fl + "/projects/fabrique-citoyenne-2024", "villebrule.flui.city")
            + ", l'application participative de la ville, ou sur papier à la Maison de la citoyenneté. Le vote aura lieu en octobre.")
             + m.prose(m.link(_VP + "/reglement-fabrique-citoyenne.html", "Lire le règlement de la Fabrique citoyenne")),
             {"participatory_budget"}, decoys={"participatory_platform"}, parent=("Participation citoyenne", _VP + ".html")),
        page(_VP + "/reglement-fabrique-citoyenne.html", "Règlement de la Fabrique citoyenne", m.prose(
            "<strong>1. Enveloppe.</strong> 400 000 € d'investissement, dont 100 000 € réservés aux quartiers prioritaires.",
            "<strong>2. Porteurs.</strong> Habitants de plus de 11 ans, collectifs, associations (hors fonctionnement).",
            "<strong>3. Recevabilité.</strong> Compétence communale, intérêt général, coût inférieur à 80 000 €, pas d'emploi créé.",
            "<strong>4. Vote.</strong> En ligne ou dans les urnes des mairies annexes ; chaque votant classe trois projets.",
            "<strong>5. Suivi.</strong> Un comité de suivi composé d'habitants tirés au sort veille au respect du règlement."),
             {"participatory_budget"}, parent=("La Fabrique citoyenne", _VP + "/budget-participatif.html")),
        page(_VP + "/sondage-eclairage-nocturne.html", "Sondage : l'éclairage public la nuit", m.prose(
            "Depuis un an, l'éclairage public est éteint de 23 h 30 à 5 h 30 dans les quartiers résidentiels. La Ville souhaite "
            "recueillir votre avis avant de décider de la suite. Sondage ouvert jusqu'au 15 avril.")
             + m.google_form("1FAIpQLSd3kVb8mWq2xZ7hN4rT6yP9cL1sA5uE0oI3gK8jH2fD6nB4xQ", "Sondage éclairage public"),
             {"poll"}, parent=("Participation citoyenne", _VP + ".html")),
        page("/actualites/nouveau-site-internet.html", "Un nouveau site et des démarches en ligne", m.prose(
            "La Ville a modernisé ses outils numériques. Le nouveau site, plus lisible et conforme aux règles d'accessibilité, "
            "s'accompagne d'un portail de démarches en ligne : état civil, inscriptions scolaires, demandes de subvention, contact.",
            "La participation a aussi son application, Fluicity, pour suivre les projets, répondre aux consultations et déposer vos "
            "idées pour la Fabrique citoyenne. La boîte à idées et le droit de pétition passent désormais par le portail de démarches.",
            "Les anciens formulaires PDF restent acceptés à l'accueil jusqu'au 30 juin."),
             decoys={"participatory_platform"}, parent=("Actualités", "/actualites.html")),
        page("/actualites/reunion-publique-quartier-des-rives.html", "Quartier des Rives : réunion publique le 19 mars", m.prose(
            "Le projet de renouvellement urbain du quartier des Rives entre dans sa phase opérationnelle : démolition de la tour "
            "Ronsard, réhabilitation de 240 logements, création d'un parc central.",
            "Les habitants sont invités à une réunion publique le mardi 19 mars à 18 h 30 au centre social. Le bailleur, "
            "l'architecte et les élus présenteront le calendrier et répondront aux questions. Les ateliers de concertation sur "
            "le parc central reprendront en avril."),
             parent=("Actualités", "/actualites.html")),
        page("/actualites/forum-des-associations.html", "Forum des associations : appel aux exposants", m.prose(
            "Le forum des associations aura lieu le dimanche 8 septembre à l'espace Chambord. Les associations qui souhaitent "
            "tenir un stand doivent s'inscrire avant le 15 juin auprès du service Vie associative."),
             decoys={"forum"}, parent=("Actualités", "/actualites.html")),
        page("/actualites/region-budget-participatif.html", "Budget participatif régional : votez pour les projets du Loir-et-Cher", m.prose(
            "La Région Centre-Val de Loire organise le vote de son budget participatif écologique et solidaire. Quinze projets du "
            "Loir-et-Cher sont en lice, dont trois portés par des associations villebrûloises.",
            "Le vote est ouvert jusqu'au 31 mars sur le site de la Région."),
             decoys={"participatory_budget"}, parent=("Actualités", "/actualites.html")),
        page("/actualites/dispositif-participation-citoyenne-gendarmerie.html", "Le dispositif « Participation citoyenne » reconduit", m.prose(
            "La convention « Participation citoyenne » liant la Ville, la préfecture de Loir-et-Cher et la gendarmerie est "
            "renouvelée pour trois ans. Quarante-deux habitants référents, répartis dans les quartiers pavillonnaires, "
            "signalent à la gendarmerie tout fait inhabituel.",
            "Ce dispositif de sécurité est distinct des conseils de quartier et de la démarche de participation citoyenne de la Ville."),
             decoys={"participation_displayed", "territorial_social_network"}, parent=("Actualités", "/actualites.html")),
        page("/ma-ville/conseil-municipal.html", "Conseil municipal", m.prose(
            "Le conseil municipal compte 43 élus. Ses séances sont publiques et diffusées en direct sur la chaîne YouTube de la Ville.",
            "Séance du jeudi 4 avril 2024 à 18 h : budget primitif, subventions aux associations, tarifs municipaux, "
            "rapport annuel sur le développement durable.")
             + m.docs([("Ordre du jour du 4 avril 2024", "/medias/conseil/odj-2024-04-04.pdf", "120 Ko")]),
             decoys={"participation_displayed"}),
        page("/ma-ville/budget-primitif-2024.html", "Budget primitif 2024", m.prose(
            "Le budget 2024 s'élève à 86,3 M€, dont 21,4 M€ d'investissement. Il finance la rénovation du quartier des Rives, "
            "la nouvelle piscine et la troisième édition de la Fabrique citoyenne (400 000 €).")
             + m.docs([("Budget primitif 2024 en bref", "/medias/finances/bp-2024-en-bref.pdf", "2,6 Mo")]),
             decoys={"participatory_budget"}),
        page("/marches-publics.html", "Marchés publics", m.prose(
            "Les avis d'appel public à la concurrence de la Ville sont publiés sur la plateforme régionale des marchés publics. "
            "Consultation en cours : construction de la piscine (lot 1 à 12), remise des offres le 30 avril."),
             decoys={"suggestion_call"}),
        page("/contact.html", "Contact", m.prose(
            "Hôtel de ville, 1 place Saint-Louis, 41140 Villebrûlé-sur-Cher. Du lundi au vendredi de 8 h 30 à 17 h 30.",
            'Par courriel : <a href="mailto:contact@villebrule-sur-cher.fr">contact@villebrule-sur-cher.fr</a>.',
            "Pour une demande suivie, utilisez le " + m.link(pk + "/contacter-la-mairie/", "formulaire de contact du portail des démarches") + "."),
             decoys={"contact_form"}),  # a mailto link and a link to the form, no form here
    ]
    www = Site(VILLEBRULE, "vendor", "Ville de Villebrûlé-sur-Cher", pages,
               menu=[("Accueil", "/"), ("Participation citoyenne", _VP + ".html"), ("Actualités", "/actualites.html"),
                     ("Démarches", pk + "/"), ("Contact", "/contact.html")],
               accounts=[social("facebook", "villebrulesurcher"), social("instagram", "villebrulesurcher"),
                         social("youtube", "VillebruleSurCher"), social("bluesky", "villebrule-sur-cher.fr")],
               address="1 place Saint-Louis, 41140 Villebrûlé-sur-Cher")

    ppages = [
        page("/", "Mes démarches", m.prose("Bienvenue sur le portail des démarches en ligne de la Ville de Villebrûlé-sur-Cher.")
             + m.publik_tiles([("Contacter la mairie", [("Poser une question, faire une demande", "/contacter-la-mairie/")]),
                               ("Citoyenneté", [("Boîte à idées", "/boite-a-idees/"), ("Déposer une pétition", "/citoyennete/deposer-une-petition/")]),
                               ("Vie associative", [("Demande de subvention", "/vie-associative/demande-de-subvention/")]),
                               ("Enfance", [("Inscription au périscolaire", "/enfance/inscription-periscolaire/")])])),
        page("/contacter-la-mairie/", "Contacter la mairie", m.wcs_form("contacter-la-mairie", [
            ("string", "Nom", True), ("string", "Prénom", True), ("email", "Courriel", True),
            ("item", "Thème", True, ["État civil", "Urbanisme", "Voirie", "Propreté", "Enfance", "Autre"]),
            ("text", "Votre message", True), ("file", "Pièce jointe", False)],
            intro="<p>Votre demande sera transmise au service compétent. Vous pourrez suivre son traitement dans votre espace.</p>"),
             {"contact_form"}),
        page("/boite-a-idees/", "Boîte à idées", m.wcs_form("boite-a-idees", [
            ("string", "Nom ou pseudonyme", False), ("email", "Courriel", False),
            ("item", "Quartier", False, ["Centre historique", "Les Rives", "Saint-Martin", "La Chaussée", "Autre"]),
            ("string", "Votre idée (titre)", True), ("text", "Description de votre idée", True)],
            submit="Proposer", intro="<p>Une idée pour améliorer la ville ? Proposez-la : elle sera étudiée par les services et vous recevrez une réponse.</p>"),
             {"suggestion_call"}),
        page("/citoyennete/deposer-une-petition/", "Déposer une pétition", m.wcs_form("citoyennete/deposer-une-petition", [
            ("string", "Nom du premier signataire", True), ("email", "Courriel", True), ("string", "Titre de la pétition", True),
            ("text", "Texte de la pétition", True), ("bool", "Je certifie résider à Villebrûlé-sur-Cher", True)],
            intro="<p>Le droit de pétition permet aux habitants de demander l'inscription d'une question à l'ordre du jour du "
                  "conseil municipal. Une fois validée, votre pétition sera ouverte à la signature en ligne pendant 90 jours ; "
                  "à 1 000 signatures, elle est examinée en séance.</p>"),
             {"petition"}),
        page("/vie-associative/demande-de-subvention/", "Demande de subvention", m.wcs_form("vie-associative/demande-de-subvention", [
            ("string", "Nom de l'association", True), ("string", "Numéro SIRET", True), ("email", "Courriel", True),
            ("item", "Type", True, ["Fonctionnement", "Projet", "Événement"]), ("string", "Montant demandé", True),
            ("text", "Description du projet", True), ("file", "Budget prévisionnel", True)],
            intro="<p>Campagne 2025 : dépôt des dossiers jusqu'au 31 octobre 2024.</p>"),
             decoys={"contact_form", "suggestion_call"}),
        page("/enfance/inscription-periscolaire/", "Inscription au périscolaire", m.wcs_form("enfance/inscription-periscolaire", [
            ("string", "Nom de l'enfant", True), ("string", "Prénom de l'enfant", True), ("date", "Date de naissance", True),
            ("item", "École", True, ["Jules-Ferry", "Les Rives", "Saint-Martin", "Jean-Zay"]),
            ("items", "Accueils souhaités", True, ["Matin", "Midi", "Soir", "Mercredi"])]),
             decoys={"contact_form"}),
    ]
    publik = Site(VILLEBRULE_PUBLIK, "publik", "Villebrûlé-sur-Cher – Démarches", ppages,
                  menu=[("Accueil", "/"), ("Contact", "/contacter-la-mairie/"), ("Boîte à idées", "/boite-a-idees/")],
                  address="Ville de Villebrûlé-sur-Cher")

    fab = "/projects/fabrique-citoyenne-2024"
    fpages = [
        page("/", "Villebrûlé-sur-Cher", m.prose("Suivez l'actualité des projets de la ville, participez aux consultations et "
                                                 "proposez vos idées.")
             + '<div class="Feed">'
             + "".join(f'<a class="FeedCard FeedCard--{k}" href="{h}"><span class="FeedCard__type">{lab}</span><h2 class="FeedCard__title">{t}</h2></a>'
                       for h, k, lab, t in [(fab, "project", "Projet", "La Fabrique citoyenne 2024"),
                                            ("/surveys/horaires-piscine", "survey", "Sondage", "Horaires d'été de la piscine"),
                                            ("/posts/ombrieres-parking-gare", "idea", "Idée", "Des ombrières solaires sur le parking de la gare")])
             + "</div>"),
        page(fab, "La Fabrique citoyenne 2024", m.prose(
            "400 000 € pour vos projets ! Déposez vos idées jusqu'au 30 avril, votez en octobre.")
             + '<ul class="Timeline"><li class="Timeline__step Timeline__step--active">Dépôt des idées</li><li class="Timeline__step">Analyse</li>'
             '<li class="Timeline__step">Vote</li><li class="Timeline__step">Réalisation</li></ul>'
             + m.bullets([m.link(fab + "/ideas", "Les idées"), m.link(fab + "/vote", "Le vote")]),
             {"participatory_budget"}),
        page(fab + "/ideas", "La Fabrique citoyenne : les idées", m.prose(
            "Proposez votre idée en quelques clics : un titre, une photo, une description et un lieu.")
             + '<form class="IdeaForm" method="post" action="/api/v2/posts"><label for="idea-title">Titre</label>'
             '<input id="idea-title" name="title" type="text"><label for="idea-desc">Description</label>'
             '<textarea id="idea-desc" name="description"></textarea><button class="Button Button--primary" type="submit">Publier mon idée</button></form>'
             + '<div class="PostList"><a class="PostCard" href="/posts/ombrieres-parking-gare"><h3>Des ombrières solaires sur le parking de la gare</h3>'
             '<span class="PostCard__stats">126 soutiens · 4 commentaires</span></a></div>',
             {"participatory_budget", "suggestion_call"}, parent=("La Fabrique citoyenne 2024", fab)),
        page("/posts/ombrieres-parking-gare", "Des ombrières solaires sur le parking de la gare", m.prose(
            "Le parking de la gare est une fournaise l'été. Des ombrières photovoltaïques protégeraient les voitures et "
            "produiraient l'électricité des bâtiments municipaux voisins.")
             + '<section class="Comments"><h2>4 commentaires</h2>'
             + "".join(f'<div class="Comment"><span class="Comment__author">{a}</span><p class="Comment__text">{t}</p></div>'
                       for a, t in [("Laurent D.", "Excellente idée, double usage."), ("Mélanie", "Et des bornes de recharge vélo ?"),
                                    ("Ahmed", "Le coût dépasse sûrement le plafond de 80 000 €…"),
                                    ("Ville de Villebrûlé", "Le service énergie étudie une version à 78 000 €.")])
             + '<form class="CommentForm" method="post" action="/api/v2/posts/ombrieres-parking-gare/comments">'
             '<textarea name="comment" placeholder="Écrire un commentaire"></textarea><button type="submit">Envoyer</button></form></section>',
             {"participatory_budget", "comments"}, parent=("Les idées", fab + "/ideas")),
        page(fab + "/vote", "La Fabrique citoyenne : le vote", m.prose(
            "Le vote aura lieu du 1er au 20 octobre. Vous pourrez classer trois projets parmi les lauréats de l'analyse technique. "
            "L'édition 2023 avait réuni 4 870 votants."),
             {"participatory_budget"}, parent=("La Fabrique citoyenne 2024", fab)),
        page("/surveys/horaires-piscine", "Horaires d'été de la piscine", m.prose(
            "Cet été, la piscine des Grèves pourrait ouvrir plus tard le soir. Quelle formule préférez-vous ?")
             + '<form class="Survey" method="post" action="/api/v2/surveys/horaires-piscine/answers">'
             + "".join(f'<label class="Survey__choice"><input type="radio" name="answer" value="{i}"> {v}</label>'
                       for i, v in enumerate(["10 h – 19 h (comme aujourd'hui)", "11 h – 20 h", "12 h – 21 h le vendredi"], 1))
             + '<button class="Button Button--primary" type="submit">Voter</button></form>',
             {"poll"}),
    ]
    fluicity = Site(VILLEBRULE_FLUICITY, "vendor", "Villebrûlé-sur-Cher", fpages,
                    menu=[("Fil", "/"), ("Fabrique citoyenne", fab), ("Sondage", "/surveys/horaires-piscine")],
                    features=PLATFORM, platforms=frozenset({"fluicity"}), address="Villebrûlé-sur-Cher sur Fluicity")
    return City("99546", "Villebrûlé-sur-Cher", 58240, "41", "24", "Centre-Val de Loire", f"http://{VILLEBRULE}/",
                [www, publik, fluicity])


# ======================================================= 99547 Vernières-sur-Allier (home-made PHP site)

VERNIERES = "www.vernieres-sur-allier.fr"
VERNIERES_VOISINS = "voisins.vernieres-sur-allier.fr"


def _hm_form(action, rows, submit, name="formulaire"):
    """The forms of the home-made site: a table of labels and fields, posted to a PHP script."""
    trs = []
    for kind, field, label in rows:
        if kind == "textarea":
            ctl = f'<textarea name="{field}" rows="8" cols="50"></textarea>'
        elif kind.startswith("radio:"):
            ctl = "<br />".join(f'<input type="radio" name="{field}" value="{i}" id="{field}{i}" /> <label for="{field}{i}">{v}</label>'
                                for i, v in enumerate(kind[6:].split("|"), 1))
        else:
            ctl = f'<input type="text" name="{field}" size="40" />'
        trs.append(f'<tr><td class="label">{label}</td><td>{ctl}</td></tr>')
    return (f'<form action="{action}" method="post" name="{name}" onsubmit="return verif(this);"><table class="formulaire">{"".join(trs)}'
            f'<tr><td></td><td><input type="submit" value="{submit}" /> <input type="reset" value="Effacer" /></td></tr></table></form>')


def _hm_news(items):
    rows = "".join(f'<tr><td class="date">{d}</td><td><a href="{h.replace("&", "&amp;")}">{t}</a><br /><span class="chapo">{c}</span></td></tr>'
                   for h, t, d, c in items)
    return f'<table class="actus" width="100%" cellspacing="0" cellpadding="4">{rows}</table>'


def vernieres() -> City:
    """A site written by hand around 2011 (PHP, XHTML, tables): contact, poll, participatory-budget and comment
    forms posted to PHP scripts; the neighbours' network "Les Voisins de Vernières" on a community platform."""
    vo = f"http://{VERNIERES_VOISINS}"
    news = [
        ("/index.php?page=actu&id=87", "Pont de la Sioule : réouverture le 15 avril", "04/03/2024", "Fin des travaux de confortement."),
        ("/index.php?page=actu&id=86", "Participation citoyenne : réunion d'information", "26/02/2024", "Avec la brigade de gendarmerie."),
        ("/index.php?page=actu&id=85", "Forum des associations", "19/02/2024", "Inscriptions des associations ouvertes."),
        ("/index.php?page=actu&id=84", "Budget écologique citoyen du Puy-de-Dôme", "12/02/2024", "Le Département appelle aux projets."),
    ]
    pages = [
        page("/", "Accueil", m.prose(
            "Bienvenue sur le site officiel de la ville de Vernières-sur-Allier ! Vous trouverez ici les informations pratiques, "
            "l'actualité municipale et les rendez-vous de la vie locale.")
             + '<h2>Actualités</h2>' + _hm_news(news)
             + '<p><a href="index.php?page=actualites">&raquo; Toutes les actualités</a></p>'
             + '<h2>En ce moment</h2><ul class="liens"><li><a href="index.php?page=sondage">Sondage : la fête de la ville</a></li>'
             '<li><a href="index.php?page=budget-participatif">Budget participatif « Allier nos idées » : déposez vos projets</a></li>'
             f'<li><a href="{vo}/">Rejoignez les Voisins de Vernières, le réseau d\'entraide de la ville</a></li>'
             '<li><a href="index.php?page=conseil-municipal">Conseil municipal du 28 mars</a></li>'
             '<li><a href="index.php?page=budget">Budget 2024</a></li></ul>'),
        page("/index.php?page=actualites", "Actualités", _hm_news(news)),
        page("/index.php?page=democratie", "Démocratie locale", m.prose(
            "Depuis 2014, la municipalité associe les habitants aux décisions par plusieurs instances. Toutes sont ouvertes et "
            "leurs comptes rendus sont affichés en mairie et publiés sur ce site.")
             + '<ul class="liens"><li><a href="index.php?page=conseils-quartier">Les conseils de quartier</a></li>'
             '<li><a href="index.php?page=sages">Le conseil des sages</a></li>'
             '<li><a href="index.php?page=jeunes">Le conseil municipal des jeunes</a></li>'
             '<li><a href="index.php?page=budget-participatif">Le budget participatif « Allier nos idées »</a></li>'
             '<li><a href="index.php?page=voisins">Les Voisins de Vernières</a></li></ul>',
             {"participation_displayed"}),
        page("/index.php?page=conseils-quartier", "Les conseils de quartier", m.prose(
            "Quatre conseils de quartier (Le Bourg, Les Chaumes, La Varenne, Les Pradelles) se réunissent chaque trimestre à la "
            "salle polyvalente de leur quartier. Chaque habitant peut y assister et intervenir.",
            "Les conseils donnent leur avis sur les travaux de voirie, les aménagements de sécurité et les animations. Ils ont "
            "obtenu en 2023 la création de deux écluses rue des Chaumes et d'un jardin partagé aux Pradelles.",
            "Prochaines réunions : Le Bourg le 9 avril, Les Chaumes le 11 avril, La Varenne le 16 avril, Les Pradelles le 18 avril, à 19 h."),
             {"participation_displayed"}, parent=("Démocratie locale", "/index.php?page=democratie")),
        page("/index.php?page=sages", "Le conseil des sages", m.prose(
            "Le conseil des sages rassemble quinze habitants de plus de 60 ans. Il est consulté par le maire sur les projets "
            "importants et peut faire des propositions. Il se réunit le premier mardi du mois à la mairie."),
             {"participation_displayed"}, parent=("Démocratie locale", "/index.php?page=democratie")),
        page("/index.php?page=jeunes", "Le conseil municipal des jeunes", m.prose(
            "Les élèves de CM2 et de 6e élisent chaque automne les 19 membres du conseil municipal des jeunes. Ils préparent "
            "des projets pour la ville et participent aux cérémonies. Cette année : une course solidaire et un nichoir géant au parc."),
             {"participation_displayed"}, parent=("Démocratie locale", "/index.php?page=democratie")),
        page("/index.php?page=budget-participatif", "Budget participatif « Allier nos idées »", m.prose(
            "<b>Allier nos idées</b>, c'est le budget participatif de Vernières-sur-Allier : 80 000 &euro; par an pour des "
            "projets proposés par les habitants et votés par eux.",
            "Règles : avoir plus de 12 ans et habiter la commune ; le projet doit être d'intérêt général, relever de la commune et "
            "coûter moins de 20 000 &euro;. Dépôt jusqu'au 30 avril, vote en juin à la mairie et par internet.",
            "Pour déposer votre projet, remplissez le formulaire ci-dessous ou déposez une fiche papier à l'accueil.")
             + _hm_form("/budget_participatif.php", [("text", "nom", "Nom, prénom :"), ("text", "adresse", "Adresse :"),
                                                     ("text", "email", "E-mail :"), ("text", "titre", "Titre du projet :"),
                                                     ("textarea", "description", "Description du projet :")], "Déposer mon projet")
             + '<p><a href="index.php?page=budget-participatif-resultats">Les projets retenus en 2023</a></p>',
             {"participatory_budget", "suggestion_call"},  # the budget's presentation, rules and its call for residents' projects
             parent=("Démocratie locale", "/index.php?page=democratie")),
        page("/index.php?page=budget-participatif-resultats", "Allier nos idées : les projets retenus en 2023", m.prose(
            "634 habitants ont voté en juin 2023. Les cinq projets retenus sont en cours de réalisation :")
             + '<table class="tableau" border="1" cellpadding="4"><tr><th>Projet</th><th>Votes</th><th>Coût</th></tr>'
             '<tr><td>Boîte à livres au Bourg</td><td>212</td><td>3 000 &euro;</td></tr>'
             '<tr><td>Table de pique-nique aux Pradelles</td><td>188</td><td>2 500 &euro;</td></tr>'
             '<tr><td>Parcours santé de la Varenne</td><td>175</td><td>19 000 &euro;</td></tr>'
             '<tr><td>Éclairage du terrain de pétanque</td><td>160</td><td>14 000 &euro;</td></tr>'
             '<tr><td>Plantation de haies aux Chaumes</td><td>144</td><td>8 500 &euro;</td></tr></table>',
             {"participatory_budget"}, parent=("Budget participatif", "/index.php?page=budget-participatif")),
        page("/index.php?page=sondage", "Sondage : la fête de la ville", m.prose(
            "La fête de la ville aura lieu cette année le dernier week-end de juin. Quelle animation souhaitez-vous en priorité ?")
             + _hm_form("/sondage.php", [("radio:Un feu d'artifice|Un bal populaire|Un concert en plein air|Une fête foraine", "reponse",
                                          "Votre choix :")], "Voter", "sondage")
             + '<p><a href="index.php?page=sondage-resultats">Résultats du sondage précédent</a></p>',
             {"poll"}),
        page("/index.php?page=sondage-resultats", "Résultats du sondage précédent", m.prose(
            "Sondage clos le 31/10/2023 : « Faut-il un marché le dimanche matin ? » — Oui : 58 % (301 votes), Non : 35 % (182 votes), "
            "Sans avis : 7 % (36 votes). Le marché du dimanche sera testé à partir de mai."),
             decoys={"poll"}, parent=("Sondage", "/index.php?page=sondage")),
        page("/index.php?page=voisins", "Les Voisins de Vernières", m.prose(
            "La ville a lancé en 2022 « Les Voisins de Vernières », un réseau d'entraide réservé aux habitants de la commune. "
            "On peut y prêter une tondeuse, proposer d'arroser les plantes pendant les vacances, signaler un chat perdu, "
            "organiser une fête de rue.",
            "L'inscription est gratuite et se fait avec votre adresse : vous rejoignez automatiquement le groupe de votre quartier. "
            f'Rendez-vous sur <a href="{vo}/">voisins.vernieres-sur-allier.fr</a>.'),
             parent=("Démocratie locale", "/index.php?page=democratie")),
        page("/index.php?page=contact", "Contact", m.prose(
            "Mairie de Vernières-sur-Allier, 12 place de la Libération, 63800 Vernières-sur-Allier. Ouverte du lundi au vendredi "
            "de 8 h à 12 h et de 13 h 30 à 17 h 30.",
            "Vous pouvez nous écrire grâce au formulaire ci-dessous :")
             + _hm_form("/envoi.php", [("text", "nom", "Votre nom :"), ("text", "email", "Votre e-mail :"), ("text", "sujet", "Sujet :"),
                                       ("textarea", "message", "Votre message :")], "Envoyer"),
             {"contact_form"}),
        page("/index.php?page=conseil-municipal", "Conseil municipal", m.prose(
            "Prochaine séance du conseil municipal : jeudi 28 mars 2024 à 20 h 30, salle du conseil.",
            "Ordre du jour : 1) Compte administratif 2023 ; 2) Budget primitif 2024 ; 3) Vote des taux ; 4) Subventions ; "
            "5) Travaux de l'école des Chaumes ; 6) Questions diverses.")
             + '<p>Le compte rendu de la séance de février est affiché en mairie et disponible à l\'accueil.</p>',
             decoys={"participation_displayed"}),
        page("/index.php?page=budget", "Budget 2024", m.prose(
            "Le budget primitif 2024 s'élève à 24,1 millions d'euros (fonctionnement : 18,9 M&euro; ; investissement : 5,2 M&euro;). "
            "Principaux travaux : école des Chaumes, pont de la Sioule, réfection de la rue de la Poste."),
             decoys={"participatory_budget"}),
        page("/index.php?page=actu&id=87", "Pont de la Sioule : réouverture le 15 avril", m.prose(
            "Fermé depuis novembre pour des travaux de confortement des piles, le pont de la Sioule rouvrira à la circulation le "
            "lundi 15 avril. La limitation à 3,5 tonnes est maintenue.",
            "Merci aux riverains pour leur patience pendant ces cinq mois de déviation.")
             + '<div class="commentaires"><h3>Réactions (2)</h3>'
             '<div class="com"><b>Marcel</b> le 05/03/2024 : Enfin ! Cinq kilomètres de détour tous les jours, c\'était long.</div>'
             '<div class="com"><b>Sophie63</b> le 05/03/2024 : Et pour les cyclistes, une bande est prévue ?</div>'
             '<h3>Réagir à cet article</h3>'
             + _hm_form("/commentaire.php?id=87", [("text", "pseudo", "Pseudo :"), ("textarea", "commentaire", "Votre réaction :")], "Publier", "reagir")
             + "</div>",
             {"comments"}, parent=("Actualités", "/index.php?page=actualites")),
        page("/index.php?page=actu&id=86", "Participation citoyenne : réunion d'information", m.prose(
            "La gendarmerie et la municipalité organisent une réunion d'information sur le dispositif « Participation citoyenne » "
            "le mardi 12 mars à 18 h 30 à la salle polyvalente des Chaumes.",
            "Ce dispositif permet à des habitants volontaires de devenir référents de leur quartier et d'alerter la gendarmerie en "
            'cas de fait suspect. Renseignements : <a href="https://www.facebook.com/gendarmerie.puydedome" target="_blank">page Facebook de la gendarmerie du Puy-de-Dôme</a>.'),
             decoys={"participation_displayed", "territorial_social_network"}, parent=("Actualités", "/index.php?page=actualites")),
        page("/index.php?page=actu&id=85", "Forum des associations", m.prose(
            "Le forum des associations aura lieu le samedi 7 septembre au gymnase. Les associations souhaitant un stand doivent "
            "s'inscrire en mairie avant le 30 juin."),
             decoys={"forum"}, parent=("Actualités", "/index.php?page=actualites")),
        page("/index.php?page=actu&id=84", "Budget écologique citoyen du Puy-de-Dôme", m.prose(
            "Le Département du Puy-de-Dôme lance une nouvelle édition de son budget écologique citoyen. Les habitants et les "
            "associations peuvent déposer des projets jusqu'au 31 mai sur le site du Département.",
            "Le budget participatif de la commune, « Allier nos idées », reste ouvert jusqu'au 30 avril."),
             decoys={"participatory_budget"}, parent=("Actualités", "/index.php?page=actualites")),
    ]
    www = Site(VERNIERES, "vendor", "Vernières-sur-Allier", pages,
               menu=[("Accueil", "/"), ("Démocratie locale", "/index.php?page=democratie"), ("Actualités", "/index.php?page=actualites"),
                     ("Budget participatif", "/index.php?page=budget-participatif"), ("Contact", "/index.php?page=contact")],
               accounts=[social("facebook", "vernieres.sur.allier", "http://www.facebook.com/vernieres.sur.allier"),
                         social("x", "VernieresAllier", "http://twitter.com/#!/VernieresAllier")],
               address="12 place de la Libération, 63800 Vernières-sur-Allier")

    vpages = [
        page("/", "Les Voisins de Vernières", m.prose(
            "Le réseau d'entraide des habitants de Vernières-sur-Allier, proposé par la Ville. Prêtez, donnez, aidez, "
            "informez vos voisins. 1 240 membres inscrits.")
             + '<nav class="quarters"><h2>Les quartiers</h2><ul><li><a href="/quartiers/les-chaumes">Les Chaumes</a> (412 membres)</li>'
             '<li><a href="/quartiers/le-bourg">Le Bourg</a> (388 membres)</li><li><a href="/entraide">Entraide : toutes les demandes</a></li></ul></nav>'
             + m.feed([("Gérard P.", "Le Bourg", "il y a 2 h", "pret", "Je prête un nettoyeur haute pression ce week-end.", 3),
                       ("Amandine", "Les Chaumes", "il y a 5 h", "info", "Coupure d'eau prévue jeudi matin rue des Acacias.", 1)])
             + m.prose(m.link("/annonces/pret-d-une-remorque", "Annonce : prêt d'une remorque"))),
        page("/quartiers/les-chaumes", "Les Chaumes", m.feed([
            ("Amandine", "Les Chaumes", "il y a 5 h", "info", "Coupure d'eau prévue jeudi matin rue des Acacias.", 1),
            ("Raymond", "Les Chaumes", "hier", "entraide", "Quelqu'un pourrait m'aider à porter une armoire samedi ?", 4),
            ("Julie B.", "Les Chaumes", "il y a 3 jours", "evenement", "Fête des voisins impasse des Genêts le 31 mai, apportez un plat !", 9)]),
             parent=("Accueil", "/")),
        page("/quartiers/le-bourg", "Le Bourg", m.feed([
            ("Gérard P.", "Le Bourg", "il y a 2 h", "pret", "Je prête un nettoyeur haute pression ce week-end.", 3),
            ("Mme Lafarge", "Le Bourg", "il y a 2 jours", "entraide", "Je cherche quelqu'un pour nourrir mon chat du 10 au 17 avril.", 2)]),
             parent=("Accueil", "/")),
        page("/annonces/pret-d-une-remorque", "Prêt d'une remorque", m.prose(
            "<b>Thierry V.</b> (La Varenne) – Je prête ma remorque (750 kg) pour vos déménagements ou vos allers-retours en "
            "déchetterie. Me contacter par message.")
             + '<section class="replies"><h2>3 réponses</h2>'
             + "".join(f'<div class="reply"><span class="reply__author">{a}</span><p>{t}</p></div>'
                       for a, t in [("Nadine", "Merci Thierry, je suis intéressée pour samedi 6 !"),
                                    ("Thierry V.", "C'est noté Nadine, passez vers 9 h."),
                                    ("Karim", "Super initiative, je peux prêter des sangles si besoin.")])
             + '<p><a href="/connexion" class="btn">Se connecter pour répondre</a></p></section>',
             parent=("Accueil", "/")),
        page("/entraide", "Entraide", m.prose("Toutes les demandes d'aide en cours dans la commune.")
             + m.feed([("Raymond", "Les Chaumes", "hier", "entraide", "Quelqu'un pourrait m'aider à porter une armoire samedi ?", 4),
                       ("Mme Lafarge", "Le Bourg", "il y a 2 jours", "entraide", "Je cherche quelqu'un pour nourrir mon chat du 10 au 17 avril.", 2),
                       ("Paul", "Les Pradelles", "il y a 4 jours", "entraide", "Aide aux devoirs en maths pour un collégien, contre des confitures !", 5)]),
             parent=("Accueil", "/")),
    ]
    voisins = Site(VERNIERES_VOISINS, "community", "Les Voisins de Vernières", vpages,
                   menu=[("Accueil", "/"), ("Les Chaumes", "/quartiers/les-chaumes"), ("Le Bourg", "/quartiers/le-bourg"), ("Entraide", "/entraide")],
                   features=NETWORK)
    return City("99547", "Vernières-sur-Allier", 24810, "63", "84", "Auvergne-Rhône-Alpes", f"http://{VERNIERES}/", [www, voisins],
                decoy_accounts=("https://www.facebook.com/gendarmerie.puydedome",))


# ============================================== 99548 Mareuil-la-Vendéenne (WordPress 6.5, block theme)

MAREUIL = "www.mareuil-la-vendeenne.fr"
MAREUIL_IDCITY = "mareuil-la-vendeenne.id-city.com"
MAREUIL_FORUM = "parlons.mareuil-la-vendeenne.fr"
_MP = "/participer/"
_MAREUIL_API = "/wp-json/mareuil/v1/projets?edition=2023"
_MAREUIL_PROJECTS = {"edition": 2023, "votants": 1874, "projets": [
    {"id": 31, "titre": "Un skatepark au pré de la Foire", "quartier": "Le Pré de la Foire", "montant": 48000, "voix": 604, "etat": "en travaux"},
    {"id": 27, "titre": "Des récupérateurs d'eau dans les jardins familiaux", "quartier": "La Brunière", "montant": 9500, "voix": 455, "etat": "réalisé"},
    {"id": 35, "titre": "Une boucle de randonnée balisée le long du Lay", "quartier": "Toute la ville", "montant": 14000, "voix": 431, "etat": "réalisé"},
    {"id": 22, "titre": "Des tables de pique-nique au plan d'eau", "quartier": "Les Moulières", "montant": 7200, "voix": 398, "etat": "réalisé"}]}


def mareuil() -> City:
    """WordPress 6.5 with a block theme (2024): Gravity Forms for contact, idea box and sign-ups, a Tally
    survey, native comments, a winners' map drawn by a script from the site's REST API; the participatory
    budget "Mareuil imagine" and citizens' interpellations on iD City; a Discourse forum (parlons.)."""
    idc = f"http://{MAREUIL_IDCITY}"
    fo = f"http://{MAREUIL_FORUM}"
    news = [
        ("/actualites/le-forum-citoyen-est-ouvert/", "Parlons Mareuil : le forum citoyen est ouvert", "2024-03-01", "1er mars 2024",
         "Un espace de discussion en ligne entre habitants, modéré par la Ville."),
        ("/actualites/mi-mandat-entretien-avec-le-maire/", "Mi-mandat : « Nous avons tenu l'essentiel de nos engagements »", "2024-02-28", "28 février 2024",
         "Écoles, voirie, démocratie locale, finances : le maire fait le point à mi-mandat."),
        ("/actualites/consultation-rythmes-scolaires-les-resultats/", "Rythmes scolaires : les résultats de la consultation", "2024-02-23", "23 février 2024",
         "La semaine de quatre jours plébiscitée par les familles."),
        ("/actualites/appel-a-candidatures-conseil-des-sages/", "Conseil des sages : appel à candidatures", "2024-02-16", "16 février 2024",
         "Six sièges à pourvoir au printemps."),
        ("/actualites/fete-de-la-musique/", "Fête de la musique : les groupes peuvent s'inscrire", "2024-02-09", "9 février 2024",
         "Scènes ouvertes en centre-ville le 21 juin."),
        ("/actualites/budget-participatif-de-la-vendee/", "Le budget participatif de la Vendée revient", "2024-02-02", "2 février 2024",
         "Le Département appelle les Vendéens à déposer leurs projets."),
        ("/actualites/forum-des-associations-2024/", "Forum des associations 2024", "2024-01-26", "26 janvier 2024",
         "Rendez-vous le 7 septembre à la salle de l'Atlantique."),
    ]
    carte = ('<div id="carte-projets" class="bp-carte" data-endpoint="' + _MAREUIL_API.replace("&", "&amp;") + '">'
             '<noscript>Activez JavaScript pour afficher la carte des projets lauréats.</noscript></div>'
             "<script>(function(){var el=document.getElementById('carte-projets');fetch(el.dataset.endpoint)"
             ".then(function(r){return r.json();}).then(function(d){var ul=document.createElement('ul');ul.className='bp-carte__liste';"
             "d.projets.forEach(function(p){var li=document.createElement('li');li.textContent=p.titre+' – '+p.quartier+' ('+p.voix+' voix)';"
             "ul.appendChild(li);});el.appendChild(ul);});})();</script>")
    pages = [
        page("/", "Accueil", m.wp_group(m.prose(
            "Porte du bocage vendéen, Mareuil-la-Vendéenne, 26 700 habitants, conjugue patrimoine, vignoble et dynamisme. "
            "Bienvenue sur le site de la Ville."), "is-style-intro")
             + _tiles([(_MP, "Je participe"), (_MP + "boite-a-idees/", "Boîte à idées"), (idc + "/", "Mareuil imagine"),
                       (fo + "/", "Le forum citoyen"), ("/contact/", "Contact"), ("/vie-municipale/conseil-municipal/", "Conseil municipal"),
                       ("/vie-municipale/budget-2024/", "Budget 2024")], "En un clic")
             + m.wp_heading("Actualités") + m.wp_posts(news[:3]) + m.wp_blocks_buttons(("Toutes les actualités", "/actualites/"))),
        page("/actualites/", "Actualités", m.wp_posts(news)),
        page(_MP, "Je participe", m.wp_group(m.prose(
            "Mareuil-la-Vendéenne a fait le choix d'une démocratie locale vivante. Instances consultatives, budget participatif, "
            "boîte à idées, consultations, forum citoyen, droit d'interpellation : voici toutes les façons de prendre part aux "
            "décisions de votre ville."))
             + m.wp_heading("Les instances")
             + m.bullets([m.link(_MP + "conseils-de-quartier/", "Les conseils de quartier"), m.link(_MP + "conseil-des-sages/", "Le conseil des sages"),
                          m.link(_MP + "commissions-extra-municipales/", "Les commissions extra-municipales")], "wp-block-list")
             + m.wp_heading("Les démarches")
             + m.bullets([m.link(_MP + "budget-participatif/", "Mareuil imagine, le budget participatif"),
                          m.link(_MP + "boite-a-idees/", "La boîte à idées"), m.link(_MP + "questionnaire-plan-vert/", "Questionnaire : le plan vert"),
                          m.link(_MP + "droit-d-interpellation/", "Le droit d'interpellation")], "wp-block-list")
             + m.prose("Le budget participatif et les interpellations se déroulent sur notre plateforme iD City ; le forum citoyen, "
                       "sur " + m.link(fo + "/", "parlons.mareuil-la-vendeenne.fr") + "."),
             {"participation_displayed"}, decoys={"participatory_platform", "forum"}),
        page(_MP + "conseils-de-quartier/", "Les conseils de quartier", m.prose(
            "Six conseils de quartier, composés de 12 à 20 habitants volontaires, se réunissent tous les deux mois. Ils font "
            "remonter les attentes de leur quartier, participent aux diagnostics en marchant avec les services et rendent des "
            "avis sur les projets d'aménagement.",
            "Chaque conseil choisit ses sujets : la sécurité routière autour des écoles à La Brunière, le fleurissement au "
            "Pré de la Foire, l'arrivée du marché de producteurs aux Moulières.")
             + m.wp_table(["Quartier", "Réunion", "Lieu"],
                          [["Centre", "2e mardi", "Mairie"], ["La Brunière", "2e jeudi", "École Jules-Verne"],
                           ["Le Pré de la Foire", "3e mardi", "Salle du Pré"], ["Les Moulières", "3e jeudi", "Maison de quartier"]]),
             {"participation_displayed"}, parent=("Je participe", _MP)),
        page(_MP + "conseil-des-sages/", "Le conseil des sages", m.prose(
            "Le conseil des sages est composé de 24 Mareuillais de plus de 62 ans. Il est consulté sur les grands projets et "
            "travaille en autonomie sur les sujets de son choix : mobilité des seniors, patrimoine, solidarités.",
            "Son rapport 2023 sur le logement des seniors a inspiré le projet de résidence intergénérationnelle de la rue du Lay."),
             {"participation_displayed"}, parent=("Je participe", _MP)),
        page(_MP + "commissions-extra-municipales/", "Les commissions extra-municipales", m.prose(
            "Trois commissions extra-municipales ouvertes aux habitants complètent les commissions du conseil : Environnement et "
            "transition, Culture et patrimoine, Sports et vie associative. Elles émettent des avis et proposent des actions.",
            "Chaque commission compte dix habitants, désignés pour trois ans après appel à volontaires."),
             {"participation_displayed"}, parent=("Je participe", _MP)),
        page(_MP + "budget-participatif/", "Mareuil imagine, le budget participatif", m.wp_group(m.prose(
            "Avec <strong>Mareuil imagine</strong>, la Ville confie chaque année 150 000 € aux habitants pour réaliser leurs "
            "projets. Édition 2024 : dépôt des idées jusqu'au 15 avril, vote en juin."))
             + m.wp_blocks_buttons(("Déposer une idée sur iD City", idc + "/dialogues/mareuil-imagine-2024/propositions"),
                                   ("Le règlement", _MP + "budget-participatif/reglement/"))
             + m.wp_heading("Les lauréats 2023 sur la carte") + carte,
             {"participatory_budget"}, decoys={"participatory_platform"}, parent=("Je participe", _MP)),
        page(_MP + "budget-participatif/reglement/", "Règlement de Mareuil imagine", m.prose(
            "<strong>Participants.</strong> Toute personne habitant Mareuil-la-Vendéenne, sans condition d'âge pour déposer, "
            "à partir de 11 ans pour voter.",
            "<strong>Projets éligibles.</strong> Investissement d'intérêt général, sur le territoire communal, de 1 000 à 50 000 €.",
            "<strong>Instruction.</strong> Les services et un comité citoyen de huit habitants tirés au sort vérifient la faisabilité.",
            "<strong>Vote.</strong> Chaque votant dispose de 4 voix, dont au plus 2 pour un même projet.",
            "<strong>Réalisation.</strong> Dans les deux ans, avec les porteurs."),
             {"participatory_budget"}, parent=("Mareuil imagine", _MP + "budget-participatif/")),
        page(_MP + "boite-a-idees/", "La boîte à idées", m.prose(
            "Une suggestion pour votre quartier, une idée d'animation, un service à améliorer ? Écrivez-nous ! "
            "Toutes les idées sont lues par l'élue à la démocratie locale.")
             + m.gravity(4, "/participer/boite-a-idees/",
                         [("text", "Nom", False), ("email", "E-mail", True),
                          ("select", "Thème", True, ["Cadre de vie", "Environnement", "Solidarités", "Culture et loisirs", "Autre"]),
                          ("textarea", "Votre idée", True),
                          ("consent", "Consentement", True, "J'accepte que mes données soient utilisées pour le traitement de ma suggestion.")],
                         submit="Envoyer mon idée", title="Boîte à idées"),
             {"suggestion_call"}, parent=("Je participe", _MP)),
        page(_MP + "questionnaire-plan-vert/", "Questionnaire : le plan vert", m.prose(
            "La Ville prépare son plan de végétalisation 2025-2030. Dites-nous où vous aimeriez voir plus d'arbres, de fleurs, "
            "d'ombre. Questionnaire ouvert jusqu'au 30 avril.")
             + m.tally("nPxJ7Q", "Questionnaire plan vert"),
             {"poll"}, parent=("Je participe", _MP)),
        page(_MP + "droit-d-interpellation/", "Le droit d'interpellation", m.prose(
            "Depuis 2023, les Mareuillais peuvent interpeller le conseil municipal : toute interpellation qui recueille 250 "
            "soutiens en deux mois est débattue en séance publique, en présence de son auteur.",
            "Les interpellations se déposent et se soutiennent en ligne, sur "
            + m.link(idc + "/dialogues/interpellation-citoyenne", "la plateforme participative") + "."),
             # presents the petition right; depositing and signing happen on the platform
             parent=("Je participe", _MP)),
        page("/actualites/le-forum-citoyen-est-ouvert/", "Parlons Mareuil : le forum citoyen est ouvert", m.prose(
            "La Ville ouvre « Parlons Mareuil », un forum de discussion en ligne où les habitants peuvent lancer des sujets, "
            "échanger des informations et débattre des projets. Les élus et les services y interviennent régulièrement.",
            "Le forum est modéré selon une charte publiée en ligne. Inscription gratuite avec une adresse e-mail.",
            "Rendez-vous sur " + m.link(fo + "/", "parlons.mareuil-la-vendeenne.fr") + ".")
             + m.wp_comments(3120, [("Patrick", "2024-03-01T19:20:00+01:00", "1 mars 2024 à 19 h 20", "Bonne initiative, j'espère que les élus répondront vraiment."),
                                    ("Lydie", "2024-03-02T10:02:00+01:00", "2 mars 2024 à 10 h 02", "Inscrite ! Déjà un sujet sur l'éclairage.")]),
             {"comments"}, decoys={"forum"}, parent=("Actualités", "/actualites/")),
        page("/actualites/mi-mandat-entretien-avec-le-maire/", "Mi-mandat : « Nous avons tenu l'essentiel de nos engagements »", m.prose(
            "<em>À mi-parcours du mandat, le maire de Mareuil-la-Vendéenne a répondu aux questions du magazine municipal.</em>",
            "<strong>Trois ans après l'élection, quel bilan tirez-vous ?</strong> Nous avons tenu l'essentiel de nos engagements. "
            "L'école Jules-Verne est en chantier, la voie douce vers la gare sera livrée cet été, et nous n'avons pas augmenté "
            "les impôts malgré l'inflation et la hausse du prix de l'énergie, qui nous a coûté près de 600 000 € en deux ans.",
            "<strong>Vous aviez promis de « rendre la parole aux habitants ». Est-ce fait ?</strong> C'est un travail de longue "
            "haleine. Les conseils de quartier fonctionnent bien, même s'ils attirent surtout des retraités. Mareuil imagine, "
            "notre budget participatif, a fait voter près de 1 900 personnes l'an dernier, c'est encourageant. Et nous venons "
            "d'ouvrir un forum citoyen en ligne : je le lis tous les soirs, et je réponds quand je peux.",
            "<strong>Certains vous reprochent d'avoir tranché seul sur le marché du samedi.</strong> Nous avons consulté les "
            "commerçants et les riverains. À un moment, il faut décider ; c'est le rôle des élus.",
            "<strong>Les finances vous inquiètent-elles ?</strong> Nous restons prudents. Notre capacité de désendettement est de "
            "quatre ans, ce qui est sain. Mais la baisse des dotations de l'État nous oblige à étaler certains projets, comme la "
            "rénovation de la salle de l'Atlantique.",
            "<strong>Et la suite ?</strong> La résidence intergénérationnelle de la rue du Lay, la végétalisation des cours "
            "d'école, un nouveau plan de circulation. Nous y associerons les habitants, comme toujours.")
             + m.share("http://www.mareuil-la-vendeenne.fr/actualites/mi-mandat-entretien-avec-le-maire/", "Mi-mandat"),
             decoys={"participation_displayed", "forum"},  # an interview mentioning the councils and the forum in passing
             parent=("Actualités", "/actualites/")),
        page("/actualites/consultation-rythmes-scolaires-les-resultats/", "Rythmes scolaires : les résultats de la consultation", m.prose(
            "La consultation des familles sur l'organisation de la semaine scolaire s'est close le 9 février. 1 046 familles ont répondu.")
             + m.wp_table(["Option", "Part des réponses"], [["Semaine de quatre jours", "71 %"], ["Quatre jours et demi", "24 %"], ["Sans avis", "5 %"]])
             + m.prose("Le conseil municipal proposera le retour à la semaine de quatre jours à la rentrée de septembre."),
             decoys={"poll"}, parent=("Actualités", "/actualites/")),
        page("/actualites/appel-a-candidatures-conseil-des-sages/", "Conseil des sages : appel à candidatures", m.prose(
            "Six sièges du conseil des sages sont à pourvoir. Vous avez plus de 62 ans, du temps et l'envie de vous engager pour "
            "votre ville ? Envoyez votre candidature avant le 31 mars via le formulaire de contact, objet « Conseil des sages »."),
             decoys={"suggestion_call"},  # a call for candidates, not for ideas
             parent=("Actualités", "/actualites/")),
        page("/actualites/fete-de-la-musique/", "Fête de la musique : les groupes peuvent s'inscrire", m.prose(
            "Le 21 juin, trois scènes ouvertes accueilleront les musiciens amateurs en centre-ville. Inscription obligatoire avant le 15 mai.")
             + m.gravity(7, "/actualites/fete-de-la-musique/",
                         [("text", "Nom du groupe", True), ("email", "E-mail du référent", True), ("select", "Style", True, ["Rock", "Chanson", "Jazz", "Électro", "Autre"]),
                          ("number", "Nombre de musiciens", True), ("radio", "Scène souhaitée", True, ["Place de l'Église", "Halles", "Parc du Lay"])],
                         submit="Inscrire mon groupe"),
             decoys={"contact_form"}, parent=("Actualités", "/actualites/")),
        page("/actualites/budget-participatif-de-la-vendee/", "Le budget participatif de la Vendée revient", m.prose(
            "Le Département de la Vendée lance une nouvelle édition de son budget participatif. Les Vendéens de plus de 11 ans "
            "peuvent déposer des projets pour leur canton jusqu'au 31 mars.",
            "Le budget participatif communal, Mareuil imagine, suit son propre calendrier."),
             decoys={"participatory_budget"}, parent=("Actualités", "/actualites/")),
        page("/actualites/forum-des-associations-2024/", "Forum des associations 2024", m.prose(
            "Le forum des associations se tiendra le samedi 7 septembre, de 10 h à 17 h, salle de l'Atlantique. Venez découvrir "
            "les quelque 90 associations de la commune."),
             decoys={"forum"}, parent=("Actualités", "/actualites/")),
        page("/vie-municipale/conseil-municipal/", "Le conseil municipal", m.prose(
            "Les 33 élus du conseil municipal se réunissent environ huit fois par an. Les séances sont publiques.",
            "Prochaine séance : mardi 26 mars à 19 h. Ordre du jour : budget primitif 2024, subventions, tarifs, convention "
            "territoriale globale avec la CAF.")
             + m.docs([("Procès-verbal de la séance du 13 février 2024", "/wp-content/uploads/2024/02/pv-2024-02-13.pdf", "298 Ko")]),
             decoys={"participation_displayed"}),
        page("/vie-municipale/budget-2024/", "Budget 2024", m.prose(
            "Le budget primitif 2024 s'établit à 32,7 M€ (fonctionnement 24,9 M€, investissement 7,8 M€), sans hausse des taux.",
            "Investissements phares : restructuration de l'école Jules-Verne, voie douce vers la gare, rénovation de la salle de l'Atlantique.")
             + m.docs([("Budget primitif 2024 – synthèse", "/wp-content/uploads/2024/03/bp-2024-synthese.pdf", "1,1 Mo")]),
             decoys={"participatory_budget"}),
        page("/contact/", "Contact", m.prose(
            "Mairie de Mareuil-la-Vendéenne, 2 rue de l'Hôtel-de-Ville, 85320 Mareuil-la-Vendéenne. Du lundi au vendredi, 9 h – 12 h 30 et 14 h – 17 h 30.")
             + m.gravity(1, "/contact/",
                         [("text", "Nom", True), ("email", "E-mail", True), ("text", "Objet", True), ("textarea", "Message", True),
                          ("consent", "Consentement", True, "J'accepte que mes données soient utilisées pour répondre à ma demande.")],
                         submit="Envoyer", title="Nous écrire"),
             {"contact_form"}),
    ]
    www = Site(MAREUIL, "wordpress", "Mareuil-la-Vendéenne", pages,
               menu=[("Accueil", "/"), ("Je participe", _MP), ("Actualités", "/actualites/"), ("Contact", "/contact/")],
               accounts=[social("facebook", "mareuillavendeenne"), social("instagram", "mareuil_la_vendeenne"),
                         social("youtube", "MareuilLaVendeenne"), social("linkedin", "mareuil-la-vendeenne")],
               robots="User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n",
               address="2 rue de l'Hôtel-de-Ville, 85320 Mareuil-la-Vendéenne")

    mi = "/dialogues/mareuil-imagine-2024"
    ipages = [
        page("/", "Accueil", m.prose("Bienvenue sur la plateforme participative de Mareuil-la-Vendéenne. Proposez, soutenez, "
                                     "commentez : les dialogues en cours vous attendent.")
             + '<div class="idc-dialogues">'
             + "".join(f'<article class="idc-dialogue-card"><a href="{h}"><h2>{t}</h2></a><p class="idc-dialogue-card__phase">{p}</p></article>'
                       for h, t, p in [(mi, "Mareuil imagine 2024", "Appel à idées en cours"),
                                       ("/dialogues/interpellation-citoyenne", "Interpellation citoyenne", "Permanent")])
             + "</div>"),
        page(mi, "Mareuil imagine 2024", m.prose(
            "Le budget participatif de Mareuil-la-Vendéenne : 150 000 € pour les projets des habitants. Phase actuelle : "
            "appel à idées, jusqu'au 15 avril. Puis instruction, vote en juin et réalisation.")
             + m.prose(m.link(mi + "/propositions", "Voir les propositions et déposer la vôtre")),
             {"participatory_budget"}, parent=("Dialogues", "/")),
        page(mi + "/propositions", "Les propositions", m.prose("Déposez votre proposition pour Mareuil imagine 2024.")
             + '<form class="idc-proposal-form" method="post" action="/dialogues/mareuil-imagine-2024/propositions/creer">'
             '<label for="proposal_name">Nom de la proposition</label><input id="proposal_name" name="proposal[name]" type="text" required>'
             '<label for="proposal_theme">Thème</label><select id="proposal_theme" name="proposal[theme]"><option>Cadre de vie</option>'
             '<option>Environnement</option><option>Sport et loisirs</option><option>Solidarité</option></select>'
             '<label for="proposal_description">Description</label><textarea id="proposal_description" name="proposal[description]" rows="6"></textarea>'
             '<label for="proposal_budget">Budget estimé</label><input id="proposal_budget" name="proposal[budget]" type="number">'
             '<button type="submit" class="btn btn-primary">Déposer ma proposition</button></form>'
             + '<div class="idc-mosaic"><a class="idc-card" href="/propositions/1287-un-parcours-sportif-au-bois-des-moulieres">'
             '<h3>Un parcours sportif au bois des Moulières</h3><span>58 soutiens · 3 commentaires</span></a></div>',
             {"participatory_budget", "suggestion_call"}, parent=("Mareuil imagine 2024", mi)),
        page("/propositions/1287-un-parcours-sportif-au-bois-des-moulieres", "Un parcours sportif au bois des Moulières", m.prose(
            "Une dizaine d'agrès en bois le long du chemin du bois des Moulières, pour tous les âges. Budget estimé : 22 000 €.",
            "<em>Proposé par l'association Mareuil Running.</em>")
             + '<section class="idc-comments"><h2>Commentaires (3)</h2>'
             + "".join(f'<div class="idc-comment"><strong>{a}</strong> <time>{d}</time><p>{t}</p></div>'
                       for a, d, t in [("Françoise", "04/03/2024", "Très bien, avec un panneau d'explication des exercices."),
                                       ("Benoît", "05/03/2024", "Pensez aux personnes âgées : des agrès doux."),
                                       ("Mareuil Running", "06/03/2024", "Merci, on ajoute deux agrès seniors !")])
             + '<form class="idc-comment-form" method="post" action="/propositions/1287/commentaires"><label for="comment_content">Votre commentaire</label>'
             '<textarea id="comment_content" name="comment[content]" rows="3"></textarea><button type="submit" class="btn">Commenter</button></form></section>',
             {"participatory_budget", "comments"}, parent=("Les propositions", mi + "/propositions")),
        page("/dialogues/interpellation-citoyenne", "Interpellation citoyenne", m.prose(
            "Interpellez le conseil municipal ! Déposez une interpellation : si elle recueille 250 soutiens en deux mois, elle sera "
            "débattue en séance publique.")
             + '<a class="btn btn-primary" href="/propositions/1302-pour-une-piste-cyclable-route-de-lucon">Interpellation en cours</a>'
             '<form class="idc-proposal-form" method="post" action="/dialogues/interpellation-citoyenne/propositions/creer">'
             '<label for="interp_name">Objet de l\'interpellation</label><input id="interp_name" name="proposal[name]" type="text">'
             '<label for="interp_desc">Texte</label><textarea id="interp_desc" name="proposal[description]" rows="6"></textarea>'
             '<button type="submit" class="btn btn-primary">Déposer mon interpellation</button></form>',
             {"petition"}),
        page("/propositions/1302-pour-une-piste-cyclable-route-de-lucon", "Pour une piste cyclable route de Luçon", m.prose(
            "Nous demandons au conseil municipal de débattre de la création d'une piste cyclable sécurisée route de Luçon, entre le "
            "collège et la zone d'activités.")
             + '<div class="idc-support"><p class="idc-support__count"><strong>173</strong> soutiens sur 250</p>'
             '<form method="post" action="/propositions/1302/soutenir"><button type="submit" class="btn btn-success">Je soutiens</button></form></div>'
             '<section class="idc-comments"><h2>Commentaires (1)</h2><div class="idc-comment"><strong>Laurence</strong> <time>01/03/2024</time>'
             '<p>Mes enfants vont au collège à vélo, c\'est dangereux.</p></div>'
             '<form class="idc-comment-form" method="post" action="/propositions/1302/commentaires"><label for="comment_1302">Votre commentaire</label>'
             '<textarea id="comment_1302" name="comment[content]" rows="3"></textarea><button type="submit" class="btn">Commenter</button></form></section>',
             {"petition", "comments"}, parent=("Interpellation citoyenne", "/dialogues/interpellation-citoyenne")),
    ]
    idcity = Site(MAREUIL_IDCITY, "vendor", "Mareuil participe", ipages,
                  menu=[("Dialogues", "/"), ("Mareuil imagine", mi), ("Interpellation", "/dialogues/interpellation-citoyenne")],
                  features=PLATFORM, platforms=frozenset({"id_city"}), address="Plateforme participative de Mareuil-la-Vendéenne")

    topics = [("/t/eclairage-rue-des-tilleuls/112", "Éclairage rue des Tilleuls", "Quartiers", 5, 143, "2 h"),
              ("/t/marche-du-samedi-quel-emplacement/98", "Marché du samedi : quel emplacement ?", "Centre-ville", 12, 388, "1 j"),
              ("/t/bienvenue-sur-parlons-mareuil/7", "Bienvenue sur Parlons Mareuil !", "Annonces", 3, 611, "10 j")]
    dpages = [
        page("/", "Derniers sujets", m.discourse_list(topics)),
        page("/c/quartiers/5", "Quartiers", m.prose("Ce qui se passe dans votre quartier : travaux, voirie, vie de rue.")
             + m.discourse_list(topics[:1]), parent=("Derniers sujets", "/")),
        page("/t/eclairage-rue-des-tilleuls/112", "Éclairage rue des Tilleuls", m.discourse_topic(112, "eclairage-rue-des-tilleuls", [
            ("lydie85", "Lydie", "2024-03-02T10:15:00Z", "<p>Trois lampadaires sont en panne depuis un mois rue des Tilleuls. Quelqu'un a signalé ?</p>"),
            ("jmarc", "Jean-Marc", "2024-03-02T12:40:00Z", "<p>Oui, j'ai fait un signalement à la mairie la semaine dernière.</p>"),
            ("ville_mareuil", "Ville de Mareuil", "2024-03-04T08:30:00Z", "<p>Bonjour, l'intervention du prestataire est programmée jeudi.</p>")],
            "Quartiers"), parent=("Quartiers", "/c/quartiers/5")),
        page("/t/marche-du-samedi-quel-emplacement/98", "Marché du samedi : quel emplacement ?", m.discourse_topic(98, "marche-du-samedi-quel-emplacement", [
            ("commercant85", "Alain", "2024-02-20T09:00:00Z", "<p>Le marché doit-il rester place de l'Église ou passer sous les Halles ?</p>"),
            ("sandrine_m", "Sandrine", "2024-02-20T11:22:00Z", "<p>Les Halles, on serait à l'abri !</p>"),
            ("pierre_l", "Pierre", "2024-02-21T18:05:00Z", "<p>Place de l'Église, c'est plus vivant pour les commerces autour.</p>")],
            "Centre-ville"), parent=("Derniers sujets", "/")),
        page("/t/bienvenue-sur-parlons-mareuil/7", "Bienvenue sur Parlons Mareuil !", m.discourse_topic(7, "bienvenue-sur-parlons-mareuil", [
            ("ville_mareuil", "Ville de Mareuil", "2024-03-01T08:00:00Z",
             "<p>Bienvenue sur le forum citoyen de Mareuil-la-Vendéenne ! Présentez-vous, lancez des sujets, et pensez à lire "
             "<a href=\"/guidelines\">les règles de bonne conduite</a>.</p>"),
            ("lydie85", "Lydie", "2024-03-01T09:12:00Z", "<p>Merci, belle initiative !</p>")], "Annonces"), parent=("Derniers sujets", "/")),
    ]
    discourse = Site(MAREUIL_FORUM, "discourse", "Parlons Mareuil", dpages,
                     menu=[("Derniers", "/"), ("Quartiers", "/c/quartiers/5")], features=FORUM)
    return City("99548", "Mareuil-la-Vendéenne", 26710, "85", "52", "Pays de la Loire", f"http://{MAREUIL}/", [www, idcity, discourse])


# ===================================================================================== the part's API

_LAYOUTS = {VERNIERES: m.layout_handmade, MONTJOUVENT_JENPARLE: m.layout_jenparle,
            VILLEBRULE_FLUICITY: m.layout_fluicity, MAREUIL_IDCITY: m.layout_idcity}
_APIS = {MAREUIL: {_MAREUIL_API: _MAREUIL_PROJECTS}}


def cities():
    return [chanteloire(), thouvenay(), saint_mesmin(), montjouvent(), vienne_les_moulins(), villebrule(), vernieres(), mareuil()]


def hosts():
    """The hosts drawn by this part's layouts, and the WordPress site whose page reads its REST API."""
    out = {}
    for city in cities():
        for site in city.sites:
            if site.host in _LAYOUTS or site.host in _APIS:
                out[site.host] = _Host(site, _LAYOUTS.get(site.host), _APIS.get(site.host))
    return out
