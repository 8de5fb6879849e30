"""Holdout part "etangs" (99581-99588): eight inland towns of Berry, Sologne, Brenne, Nivernais, Bourbonnais,
Morvan and Jura, their rivers, ponds and old barracks, written apart from the detection rules.

Conseils de quartier, comités consultatifs, a conseil des sages and a conseil municipal des jeunes; a SPIP
site with forums under its articles; Drupal, Joomla and WordPress sites with polls in their sidebars;
questionnaires (LimeSurvey, Framaforms, Microsoft Forms, forms written on city pages); a register of
petitions on a TYPO3 site; calls for ideas on river banks and a former barracks; participatory budgets
under local brand names on Decidim and Cap Collectif; a Go Vocal platform; residents' boards on phpBB and
Discourse; comments; a neighbours' network; social accounts. And their lookalikes: the département's and
the agglomération's budgets and platforms, the préfecture's enquêtes publiques, the gendarmerie's
participation citoyenne, budgets primitifs and débats d'orientation budgétaire, forums des associations
and de l'emploi, a photo contest's vote, fishing-permit and pond-booking forms, private operators'
satisfaction surveys, the results of closed consultations, council minutes that mention a petition.
"""
import functools

from ..site import City, Site, page, social
from ..web import Reply, SiteHost
from . import etangs_markup as m

CENTRE, BFC, ARA = ("24", "Centre-Val de Loire"), ("27", "Bourgogne-Franche-Comté"), ("84", "Auvergne-Rhône-Alpes")
# documents sit on the CMS vendor's media storage, outside the cities' domains
MEDIA = {slug: f"https://medias.ville-numerique.fr/{slug}" for slug in (
    "breviande", "brenne", "sauldrecourt", "neuvy", "bourbon", "champvallon", "autrey", "montaigut")}
PLATFORM = frozenset({"participatory_platform"})
BOARD = frozenset({"forum"})
NETWORK = frozenset({"territorial_social_network"})


def _city(code, name, population, dep, region, website, sites, **kw):
    return City(code, name, population, dep, region[0], region[1], website, sites, **kw)


_TOWNS = ("breviande", "brenne", "sauldrecourt", "neuvy", "bourbon", "champvallon", "autrey", "montaigut")


@functools.lru_cache(maxsize=1)
def _built():
    return tuple(globals()[name]() for name in _TOWNS)  # built once: hosts() wraps these very sites


def cities():
    """The eight towns of this part, in INSEE order."""
    return list(_built())


def hosts():
    """Hosts that answer more than their pages: the LimeSurvey host and the Publik portal (end of this module)."""
    return _special_hosts()


# ==================================================================== 99581 Bréviande (Cher), vendor CMS

def breviande() -> City:
    """A proprietary municipal CMS: démocratie locale (conseils de quartier, comités consultatifs, charte,
    conseil municipal des jeunes), a boîte à idées, a questionnaire written on a page, a neighbours' network on
    a sub-domain; the préfecture's enquête publique, the gendarmerie's participation citoyenne, the
    département's budget participatif, an AMI on the former barracks, a photo contest's vote (lookalikes)."""
    www = "http://www.breviande.fr"
    news = [
        ("/actualites/dix-ans-des-conseils-de-quartier", "Les conseils de quartier ont dix ans", "12 avril 2024",
         "Soirée anniversaire à la salle des Tanneries : bilan, témoignages et nouveaux chantiers."),
        ("/actualites/quartier-senarmont-ami", "Quartier Sénarmont : un appel à manifestation d'intérêt", "4 avril 2024",
         "La Ville recherche des opérateurs pour les anciens bâtiments de la caserne."),
        ("/actualites/enquete-publique-carriere-des-brosses", "Enquête publique : carrière des Brosses", "28 mars 2024",
         "Le préfet du Cher a ouvert une enquête publique sur l'extension de la carrière."),
        ("/actualites/budget-participatif-departemental", "Le Département lance son budget participatif", "20 mars 2024",
         "Les associations et collectifs du Cher peuvent déposer un projet jusqu'au 31 mai."),
        ("/actualites/concours-photo-marais", "Concours photo « Lumières des marais » : à vous de voter", "15 mars 2024",
         "Douze clichés retenus par le jury, un prix du public."),
    ]
    more_news = [
        ("/actualites/participation-citoyenne-gendarmerie", "Participation citoyenne : le protocole signé", "2 mars 2024",
         "Le dispositif de vigilance de voisinage s'étend à trois nouveaux quartiers."),
        ("/actualites/forum-emploi", "Forum de l'emploi et de l'alternance", "22 février 2024",
         "Soixante entreprises recrutent au parc des expositions."),
        ("/actualites/halle-au-ble-horaires-resultats", "Halle au blé : ce que vous avez répondu", "9 février 2024",
         "Les résultats de la consultation sur les horaires du marché couvert."),
    ]
    home = page("/", "Accueil", m.vendor_tiles([
        ("/demarches", "Démarches"), ("/ma-ville/democratie-locale", "Démocratie locale"),
        ("/ma-ville/conseil-municipal", "Conseil municipal"), ("/ma-ville/budget", "Budget"),
        ("/contact", "Contacter la mairie"), ("/newsletter", "Lettre d'information")])
        + m.prose("<div class=\"home-edito\"><h2>Bienvenue à Bréviande</h2><p>Ville d'eau et de marais au cœur du Berry, "
                  "Bréviande compte près de 65 000 habitants répartis dans sept quartiers, entre l'Yèvre, la Voiselle et les "
                  "anciennes casernes du plateau Sénarmont.</p></div>")
        + m.vendor_news(news) + m.prose('<p class="news-list__more"><a href="/actualites">Toutes les actualités</a></p>')
        + m.prose('<p class="social-teaser"><a href="/ma-ville/reseaux-sociaux">La Ville sur les réseaux sociaux</a></p>'))
    parent_dl = ("Démocratie locale", "/ma-ville/democratie-locale")
    pages = [home,
        page("/actualites", "Actualités", m.vendor_news(news + more_news)),
        page("/demarches", "Démarches", m.prose(
            "Les principales démarches administratives se font en ligne ou à l'accueil de l'hôtel de ville, du lundi au "
            "vendredi de 8 h 30 à 17 h 30 et le samedi matin pour l'état civil.")
            + m.vendor_accordion([
                ("État civil", "<p>Actes de naissance, de mariage et de décès : demande en ligne sur service-public.fr.</p>"),
                ("Cartes d'identité et passeports", "<p>Sur rendez-vous uniquement, à la mairie annexe des Rivaux.</p>"),
                ("Salles municipales", '<p><a href="/demarches/reservation-salles">Réserver une salle</a></p>'),
                ("Urbanisme", "<p>Dépôt des autorisations d'urbanisme sur le guichet numérique de l'agglomération.</p>")])),
        page("/demarches/reservation-salles", "Réserver une salle municipale", m.prose(
            "Les associations bréviandaises et les particuliers peuvent louer la salle des Tanneries, la salle du Colombier "
            "ou le foyer des Pâtis. La demande doit être faite au moins six semaines avant la date souhaitée.")
            + """<form class="form form--reservation" id="form-reservation" action="/demarches/reservation-salles" method="post">
<div class="form__field"><label for="res-salle">Salle</label><select id="res-salle" name="salle"><option>Salle des Tanneries (300 places)</option><option>Salle du Colombier (120 places)</option><option>Foyer des Pâtis (60 places)</option></select></div>
<div class="form__field"><label for="res-date">Date souhaitée</label><input type="date" id="res-date" name="date" required></div>
<div class="form__field"><label for="res-duree">Durée</label><select id="res-duree" name="duree"><option>Demi-journée</option><option>Journée</option><option>Week-end</option></select></div>
<div class="form__field"><label for="res-nb">Nombre de personnes</label><input type="number" id="res-nb" name="participants" min="1" max="300"></div>
<div class="form__field"><label for="res-asso">Association ou particulier</label><select id="res-asso" name="statut"><option>Association bréviandaise</option><option>Particulier</option><option>Entreprise</option></select></div>
<div class="form__field"><label for="res-nom">Nom du demandeur</label><input type="text" id="res-nom" name="nom" required></div>
<div class="form__field"><label for="res-mail">Courriel</label><input type="email" id="res-mail" name="email" required></div>
<div class="form__actions"><button type="submit" class="btn btn--primary">Vérifier la disponibilité</button></div></form>""",
             decoys={"contact_form"}, parent=("Démarches", "/demarches")),  # booking-only form: not a contact form
        page("/ma-ville/democratie-locale", "Démocratie locale", m.prose(
            "<p class=\"lead\">Habiter Bréviande, c'est aussi pouvoir peser sur les choix qui transforment sa rue, son quartier, sa ville.</p>",
            "Depuis 2014, la Ville a construit pas à pas une démocratie locale qui ne se limite pas aux rendez-vous électoraux : sept conseils "
            "de quartier, trois comités consultatifs thématiques, un conseil municipal des jeunes et une charte de la participation "
            "adoptée à l'unanimité du conseil municipal. Chaque année, plus de 600 Bréviandais prennent part à une instance, un atelier "
            "ou une réunion publique.",
            "Le service Démocratie locale, installé au 4 rue des Tanneries, accompagne les instances, prépare les réunions publiques "
            "et répond à vos questions sur les démarches de concertation en cours.")
            + m.links([("/ma-ville/democratie-locale/conseils-de-quartier", "Les conseils de quartier"),
                       ("/ma-ville/democratie-locale/comites-consultatifs", "Les comités consultatifs"),
                       ("/ma-ville/democratie-locale/conseil-municipal-des-jeunes", "Le conseil municipal des jeunes"),
                       ("/ma-ville/democratie-locale/charte-de-la-participation", "La charte de la participation"),
                       ("/ma-ville/democratie-locale/boite-a-idees", "La boîte à idées"),
                       ("/ma-ville/democratie-locale/questionnaire-marais", "Questionnaire : les marais de la Voiselle"),
                       ("/ma-ville/democratie-locale/breviande-voisins", "Bréviande Voisins, le réseau d'entraide entre voisins")]),
             {"participation_displayed"}),
        page("/ma-ville/democratie-locale/conseils-de-quartier", "Les conseils de quartier", m.prose(
            "Sept conseils de quartier couvrent l'ensemble du territoire communal : Centre ancien, Les Rivaux, Moulon-Bas, "
            "Faubourg Saint-Privé, Les Pâtis, Le Colombier et Les Trois-Fontaines.",
            "Chaque conseil réunit une vingtaine d'habitants tirés au sort sur les listes électorales ou volontaires, des "
            "représentants des associations et des commerçants, et deux élus référents. Il se réunit en séance plénière au "
            "moins quatre fois par an ; ses séances sont publiques.",
            "<h2>Que fait un conseil de quartier ?</h2>",
            "Il donne un avis sur les projets d'aménagement qui concernent le quartier, peut se saisir de toute question "
            "d'intérêt local et dispose d'une enveloppe de fonctionnement de 8 000 € par an pour de petits projets "
            "(bancs, fleurissement, fête de quartier). Ses comptes rendus sont transmis au maire, qui y répond par écrit.",
            "<h2>Rejoindre le conseil de mon quartier</h2>",
            "Les candidatures sont ouvertes toute l'année : il suffit d'habiter le quartier et d'avoir plus de 16 ans. "
            "Écrivez au service Démocratie locale ou passez nous voir rue des Tanneries.")
            + m.documents(base=MEDIA["breviande"], items=[("/uploads/democratie-locale/reglement-conseils-de-quartier.pdf", "Règlement intérieur des conseils de quartier", "312 Ko"),
                           ("/uploads/democratie-locale/carte-des-quartiers.pdf", "Carte des sept quartiers", "1,4 Mo")]),
             {"participation_displayed"}, parent=parent_dl),
        page("/ma-ville/democratie-locale/comites-consultatifs", "Les comités consultatifs", m.prose(
            "À côté des conseils de quartier, trois comités consultatifs travaillent sur des sujets qui dépassent les "
            "frontières d'un quartier. Ils associent habitants, usagers, associations et personnes qualifiées.")
            + m.vendor_accordion([
                ("Comité consultatif des mobilités", "<p>Plan vélo, partage de la voirie, desserte des hameaux par le réseau de bus. "
                 "Le comité a rendu en janvier un avis sur la zone à trafic limité du centre ancien.</p>"),
                ("Comité consultatif de l'accessibilité", "<p>Il réunit les associations de personnes en situation de handicap et "
                 "suit le plan de mise en accessibilité des bâtiments et de la voirie.</p>"),
                ("Comité consultatif des marais et de l'eau", "<p>Créé en 2021, il rassemble maraîchers, pêcheurs, naturalistes et "
                 "riverains autour de la gestion des marais de la Voiselle et des berges de l'Yèvre.</p>")])
            + m.prose("Les avis des comités sont présentés au conseil municipal avant toute délibération sur le sujet concerné."),
             {"participation_displayed"}, parent=parent_dl),
        page("/ma-ville/democratie-locale/conseil-municipal-des-jeunes", "Le conseil municipal des jeunes", m.prose(
            "Élus pour deux ans par leurs camarades des écoles et collèges de la ville, les 33 jeunes conseillers de 10 à 15 ans "
            "se réunissent en commissions (environnement, solidarité, sport et loisirs) un mercredi sur deux.",
            "Ils ont obtenu l'an dernier l'installation d'une boîte à livres au square des Pâtis et organisé la première "
            "collecte de jouets de Noël au profit du Secours populaire. Les séances plénières ont lieu en salle du conseil, "
            "en présence du maire.",
            "Les prochaines élections auront lieu en novembre : les candidatures se déposent auprès des enseignants."),
             {"participation_displayed"}, parent=parent_dl),  # a youth council is a council of residents (codebook: conseils citoyens)
        page("/ma-ville/democratie-locale/charte-de-la-participation", "La charte de la participation", m.prose(
            "Adoptée en conseil municipal le 30 juin 2022 après un an de travail avec les conseils de quartier, la charte "
            "fixe les engagements réciproques de la Ville et des habitants.")
            + "<ol class=\"charte\"><li>Informer en amont de tout projet structurant et publier les documents utiles.</li>"
              "<li>Organiser une concertation pour tout aménagement de plus de 500 000 €.</li>"
              "<li>Répondre par écrit, sous deux mois, aux avis des instances.</li>"
              "<li>Rendre compte chaque année de la suite donnée aux propositions des habitants.</li>"
              "<li>Garantir l'accès de tous : horaires, lieux accessibles, traduction en langue des signes sur demande.</li></ol>"
            + m.documents(base=MEDIA["breviande"], items=[("/uploads/democratie-locale/charte-participation-2022.pdf", "Charte de la participation citoyenne", "540 Ko")]),
             {"participation_displayed"}, parent=parent_dl),
        page("/ma-ville/democratie-locale/boite-a-idees", "La boîte à idées", m.prose(
            "Un banc qui manque, un trajet de bus à revoir, une fête à inventer ? Proposez vos idées pour améliorer la vie à "
            "Bréviande. Chaque proposition est lue par le service Démocratie locale et transmise au conseil de quartier ou au "
            "service concerné ; vous recevez une réponse dans un délai de deux mois.")
            + m.vendor_contact_form("/ma-ville/democratie-locale/boite-a-idees",
                                    ["Cadre de vie et propreté", "Déplacements", "Animation et culture", "Solidarité", "Autre"],
                                    form_id="idee").replace("Votre demande", "Votre idée").replace(">Message <", ">Décrivez votre idée <")
            + m.prose("Les idées retenues sont publiées chaque trimestre dans le magazine municipal."),
             {"suggestion_call", "contact_form"}, parent=parent_dl),  # an idea box form is also a free-text message to the city
        page("/ma-ville/democratie-locale/questionnaire-marais", "Questionnaire : les marais de la Voiselle et vous", m.prose(
            "Les marais de la Voiselle couvrent 135 hectares de jardins, de fossés et de prairies humides aux portes du centre. "
            "Avant de réviser le plan de gestion, la Ville et le comité consultatif des marais souhaitent connaître vos usages "
            "et vos attentes. Le questionnaire est anonyme et prend cinq minutes ; il est ouvert jusqu'au 30 juin.")
            + """<form class="form form--questionnaire" id="questionnaire-marais" action="/ma-ville/democratie-locale/questionnaire-marais" method="post">
<fieldset class="form__fieldset"><legend class="form__legend">1. À quelle fréquence venez-vous dans les marais ?</legend>
<div class="form__radio"><input type="radio" id="q1-a" name="frequence" value="semaine"><label for="q1-a">Chaque semaine</label></div>
<div class="form__radio"><input type="radio" id="q1-b" name="frequence" value="mois"><label for="q1-b">Quelques fois par mois</label></div>
<div class="form__radio"><input type="radio" id="q1-c" name="frequence" value="rarement"><label for="q1-c">Rarement</label></div>
<div class="form__radio"><input type="radio" id="q1-d" name="frequence" value="jamais"><label for="q1-d">Jamais</label></div></fieldset>
<fieldset class="form__fieldset"><legend class="form__legend">2. Qu'y faites-vous ? (plusieurs réponses possibles)</legend>
<div class="form__checkbox"><input type="checkbox" id="q2-a" name="usages[]" value="promenade"><label for="q2-a">Promenade</label></div>
<div class="form__checkbox"><input type="checkbox" id="q2-b" name="usages[]" value="jardin"><label for="q2-b">Jardinage</label></div>
<div class="form__checkbox"><input type="checkbox" id="q2-c" name="usages[]" value="barque"><label for="q2-c">Barque</label></div>
<div class="form__checkbox"><input type="checkbox" id="q2-d" name="usages[]" value="nature"><label for="q2-d">Observation de la nature</label></div></fieldset>
<fieldset class="form__fieldset"><legend class="form__legend">3. Faut-il ouvrir davantage les marais au public ?</legend>
<div class="form__radio"><input type="radio" id="q3-a" name="ouverture" value="oui"><label for="q3-a">Oui</label></div>
<div class="form__radio"><input type="radio" id="q3-b" name="ouverture" value="non"><label for="q3-b">Non, il faut préserver la tranquillité des jardins</label></div>
<div class="form__radio"><input type="radio" id="q3-c" name="ouverture" value="nsp"><label for="q3-c">Sans avis</label></div></fieldset>
<div class="form__field"><label for="q4">4. Vos remarques (facultatif)</label><textarea id="q4" name="remarques" rows="4"></textarea></div>
<div class="form__field"><label for="q5">Votre quartier</label><select id="q5" name="quartier"><option>Centre ancien</option><option>Les Rivaux</option><option>Moulon-Bas</option><option>Faubourg Saint-Privé</option><option>Les Pâtis</option><option>Le Colombier</option><option>Les Trois-Fontaines</option><option>Hors Bréviande</option></select></div>
<div class="form__actions"><button type="submit" class="btn btn--primary">Envoyer mes réponses</button></div></form>""",
             {"poll"}, decoys={"contact_form"}, parent=parent_dl),  # a survey's free-text box answers the survey: not a message to the city
        page("/ma-ville/democratie-locale/breviande-voisins", "Bréviande Voisins", m.prose(
            "Prêter une perceuse, trouver quelqu'un pour arroser les tomates pendant les vacances, signaler une fête de rue : "
            "<strong>Bréviande Voisins</strong> est le réseau social de proximité lancé par la Ville en 2023 avec les centres sociaux.",
            "Gratuit, sans publicité et réservé aux habitants, il est organisé par quartier. Les publications sont modérées par "
            "des habitants volontaires formés par le centre social des Rivaux.",
            '<p><a class="btn btn--primary" href="http://voisins.breviande.fr/">Rejoindre Bréviande Voisins</a></p>',
            "Vous n'êtes pas à l'aise avec le numérique ? Les médiateurs des centres sociaux vous aident à créer votre compte "
            "lors des permanences du mardi."),
             {"territorial_social_network"}, parent=parent_dl),  # the city's page presenting its own network and linking to it
        page("/ma-ville/reseaux-sociaux", "La Ville sur les réseaux sociaux", m.prose(
            "Retrouvez l'actualité de Bréviande, les alertes météo et les coupures de circulation sur les comptes officiels de la Ville : "
            '<a href="https://www.facebook.com/VilleDeBreviande">Facebook</a>, <a href="https://www.instagram.com/breviande_officiel/">Instagram</a>, '
            '<a href="https://www.youtube.com/@VilleBreviande">YouTube</a> (les séances du conseil municipal en direct) et '
            '<a href="https://www.linkedin.com/company/ville-de-breviande">LinkedIn</a> (offres d\'emploi).',
            "Les comptes sont animés par le service communication du lundi au vendredi. Les messages privés ne sont pas un canal de "
            "réclamation : pour une demande, utilisez le formulaire de contact.",
            'Bréviande Agglomération, qui gère les transports et les déchets, a ses propres comptes : '
            '<a href="https://www.facebook.com/BreviandeAgglo">Bréviande Agglomération sur Facebook</a>.'),
             {"social_account"}, decoys={"territorial_social_network"}),  # global social media, not a local network
        page("/ma-ville/conseil-municipal", "Le conseil municipal", m.prose(
            "Le conseil municipal compte 49 élus. Il se réunit environ six fois par an en salle des délibérations ; les séances "
            "sont publiques et retransmises en direct sur la chaîne YouTube de la Ville.",
            "<h2>Prochaine séance</h2><p>Lundi 27 mai à 18 h 30. Ordre du jour : compte administratif 2023, tarifs de la "
            "restauration scolaire, convention avec le Département pour la véloroute de l'Yèvre, dénomination de voies "
            "du quartier Sénarmont.</p>")
            + m.links([("/ma-ville/conseil-municipal/seance-du-25-mars", "Procès-verbal de la séance du 25 mars 2024")]),
             decoys={"participation_displayed"}),  # the council's own agenda
        page("/ma-ville/conseil-municipal/seance-du-25-mars", "Procès-verbal du conseil municipal du 25 mars 2024", m.prose(
            "Présents : 41. Pouvoirs : 6. Absents : 2. Secrétaire de séance : Mme Louise Berthon.",
            "<h2>1. Budget primitif 2024</h2><p>Le budget primitif est adopté par 38 voix pour et 9 contre. Il s'élève à "
            "96,4 M€ dont 24,1 M€ d'investissement.</p>",
            "<h2>2. Informations du maire</h2><p>M. le maire informe l'assemblée qu'une pétition de 412 signatures, déposée en "
            "mairie par l'association des parents d'élèves de l'école des Prés, demande le maintien de la classe de CE2 menacée "
            "de fermeture. Il indique avoir transmis la pétition à la directrice académique et soutenir la démarche.</p>",
            "<h2>3. Dénomination de voies</h2><p>Le conseil adopte les noms « allée des Artilleurs » et « cour du Manège » pour "
            "deux voies nouvelles du quartier Sénarmont.</p>")
            + m.documents(base=MEDIA["breviande"], items=[("/uploads/conseil/pv-2024-03-25.pdf", "Procès-verbal signé", "688 Ko")]),
             decoys={"petition", "participatory_budget"}, parent=("Conseil municipal", "/ma-ville/conseil-municipal")),
        page("/ma-ville/budget", "Le budget de la Ville", m.prose(
            "Le budget primitif 2024 a été voté le 25 mars. Il traduit trois priorités : la rénovation énergétique des écoles, "
            "la reconversion du quartier Sénarmont et la stabilité des taux d'imposition, inchangés pour la huitième année.",
            "<h2>Les grands chiffres</h2><ul><li>Fonctionnement : 72,3 M€</li><li>Investissement : 24,1 M€</li>"
            "<li>Épargne brute : 9,8 M€</li><li>Encours de dette par habitant : 812 €</li></ul>")
            + m.links([("/ma-ville/budget/debat-orientation-budgetaire", "Le débat d'orientation budgétaire 2024")])
            + m.documents(base=MEDIA["breviande"], items=[("/uploads/finances/bp-2024-presentation.pdf", "Présentation du budget primitif 2024", "2,2 Mo")]),
             decoys={"participatory_budget"}),
        page("/ma-ville/budget/debat-orientation-budgetaire", "Débat d'orientation budgétaire 2024", m.prose(
            "Le débat d'orientation budgétaire s'est tenu le 12 février. Le rapport présente le contexte économique, l'évolution "
            "des dotations de l'État, la structure de la dette et la programmation pluriannuelle des investissements.",
            "Les groupes d'opposition ont débattu du calendrier de la reconversion de la caserne et du coût de l'énergie. "
            "Le débat ne donne pas lieu à un vote mais à une délibération qui en prend acte.")
            + m.documents(base=MEDIA["breviande"], items=[("/uploads/finances/rob-2024.pdf", "Rapport d'orientation budgétaire 2024", "3,1 Mo")]),
             decoys={"participatory_budget", "participation_displayed"}, parent=("Budget", "/ma-ville/budget")),
        page("/actualites/dix-ans-des-conseils-de-quartier", "Les conseils de quartier ont dix ans", m.prose(
            "Ils étaient près de deux cents, vendredi soir, à la salle des Tanneries, pour souffler les dix bougies des conseils "
            "de quartier. Conseillers d'hier et d'aujourd'hui, agents municipaux, élus : tous ont raconté une décennie de "
            "réunions, de marches exploratoires et de petites victoires.",
            "« On a commencé à douze dans une salle de classe des Pâtis. Aujourd'hui le conseil a obtenu la réfection complète "
            "de la place du Marché et un jardin partagé », a rappelé Martine Decluzeau, membre depuis 2014.",
            "L'adjointe à la démocratie locale a présenté les chantiers des prochaines années : le renouvellement par tirage au "
            "sort d'un tiers des membres, une formation commune avec les comités consultatifs et un outil en ligne pour suivre "
            "les avis rendus. Plusieurs solutions ont été étudiées — des logiciels libres comme Decidim ou des offres commerciales "
            "comme Cap Collectif — sans qu'un choix ne soit arrêté.",
            "La soirée s'est terminée par un concert de l'harmonie municipale et l'inauguration d'une exposition de photos des "
            "réunions, visible jusqu'au 30 avril dans le hall de l'hôtel de ville.")
            + m.share(f"{www}/actualites/dix-ans-des-conseils-de-quartier", "Les conseils de quartier ont dix ans"),
             {"participation_displayed"}, decoys={"participatory_platform"}, parent=("Actualités", "/actualites")),
        page("/actualites/quartier-senarmont-ami", "Quartier Sénarmont : un appel à manifestation d'intérêt", m.prose(
            "Libérée par l'armée en 2019, la caserne Sénarmont compte onze bâtiments sur 14 hectares au nord du centre ancien. "
            "Après la démolition des hangars et la dépollution des sols, la Ville lance un appel à manifestation d'intérêt (AMI) "
            "à destination des promoteurs, bailleurs et investisseurs pour la reconversion des trois bâtiments du manège.",
            "Les candidats doivent remettre une note d'intention, des références et une esquisse avant le 15 juillet. Le cahier "
            "des charges est disponible sur la plateforme des marchés publics.",
            "Les habitants seront associés à la phase suivante : une concertation sera organisée à l'automne sur les espaces publics.")
            + m.documents(base=MEDIA["breviande"], items=[("/uploads/urbanisme/ami-senarmont-cahier-des-charges.pdf", "Cahier des charges de l'AMI", "4,7 Mo")])
            + m.share(f"{www}/actualites/quartier-senarmont-ami", "Quartier Sénarmont : un AMI"),
             decoys={"suggestion_call", "participation_displayed"}, parent=("Actualités", "/actualites")),
        page("/actualites/enquete-publique-carriere-des-brosses", "Enquête publique : carrière des Brosses", m.prose(
            "Par arrêté du 18 mars, le préfet du Cher a prescrit une enquête publique sur la demande d'autorisation "
            "environnementale présentée par la société Granulats du Berry pour l'extension de la carrière des Brosses.",
            "L'enquête se déroule du 15 avril au 17 mai inclus. Le dossier est consultable en mairie aux heures d'ouverture et "
            "sur le site internet des services de l'État dans le Cher. Le public peut consigner ses observations sur le registre "
            "papier ou sur le registre dématérialisé ouvert par la préfecture, ou les adresser par courrier au commissaire enquêteur.",
            "Le commissaire enquêteur tiendra des permanences en mairie les 15 et 27 avril et le 17 mai, de 9 h à 12 h.")
            + m.documents(base=MEDIA["breviande"], items=[("/uploads/avis/avis-enquete-publique-carriere.pdf", "Avis d'enquête publique", "220 Ko")]),
             decoys={"poll", "participation_displayed", "suggestion_call"}, parent=("Actualités", "/actualites")),
        page("/actualites/budget-participatif-departemental", "Le Département lance son budget participatif", m.prose(
            "Le Conseil départemental du Cher consacre cette année 1,5 million d'euros à un budget participatif départemental. "
            "Associations, collectifs d'habitants et communes peuvent déposer un projet d'intérêt général sur la plateforme du "
            "Département jusqu'au 31 mai ; les Cherois voteront en septembre.",
            "La Ville de Bréviande n'organise pas ce dispositif et n'instruit pas les dossiers. Pour toute question, adressez-vous "
            "au Département : <a href=\"https://jeparticipe.departement-cher.fr/\">jeparticipe.departement-cher.fr</a>."),
             decoys={"participatory_budget", "participatory_platform"}, parent=("Actualités", "/actualites")),  # the département's, not the city's
        page("/actualites/concours-photo-marais", "Concours photo « Lumières des marais » : à vous de voter", m.prose(
            "Le jury a retenu douze photographies parmi les 148 envoyées. Jusqu'au 5 avril, votez pour votre cliché préféré : "
            "le prix du public sera remis le 13 avril lors de la fête des maraîchers.")
            + """<form class="form form--vote-photo" action="/actualites/concours-photo-marais" method="post"><fieldset class="form__fieldset"><legend class="form__legend">Ma photo préférée</legend>
<div class="form__radio"><input type="radio" id="ph-1" name="photo" value="1"><label for="ph-1">n° 1 — Brume sur la Voiselle</label></div>
<div class="form__radio"><input type="radio" id="ph-2" name="photo" value="2"><label for="ph-2">n° 2 — La barque bleue</label></div>
<div class="form__radio"><input type="radio" id="ph-3" name="photo" value="3"><label for="ph-3">n° 3 — Héron au petit matin</label></div>
<div class="form__radio"><input type="radio" id="ph-4" name="photo" value="4"><label for="ph-4">n° 4 — Jardins en hiver</label></div></fieldset>
<div class="form__field"><label for="ph-mail">Votre courriel (un vote par adresse)</label><input type="email" id="ph-mail" name="email" required></div>
<div class="form__actions"><button type="submit" class="btn btn--primary">Voter</button></div></form>""",
             decoys={"poll", "contact_form"}, parent=("Actualités", "/actualites")),  # a contest's vote, not a poll of residents' opinions
        page("/actualites/participation-citoyenne-gendarmerie", "Participation citoyenne : le protocole signé", m.prose(
            "Le maire, le préfet et le commandant du groupement de gendarmerie du Cher ont signé le 28 février le protocole "
            "« participation citoyenne » qui s'étend désormais aux quartiers des Trois-Fontaines, du Colombier et de Moulon-Bas.",
            "Le dispositif repose sur des habitants référents, volontaires, qui relaient auprès des gendarmes les faits inhabituels "
            "constatés dans leur secteur (démarchages suspects, véhicules en repérage). Il ne s'agit ni d'une milice ni d'une patrouille : "
            "les référents n'interviennent jamais eux-mêmes.",
            "Pour devenir référent, adressez-vous à la brigade de gendarmerie de Bréviande."),
             decoys={"participation_displayed", "territorial_social_network"}, parent=("Actualités", "/actualites")),
        page("/actualites/forum-emploi", "Forum de l'emploi et de l'alternance", m.prose(
            "Le 14 mars, de 9 h à 17 h, le parc des expositions accueille le forum de l'emploi et de l'alternance organisé avec "
            "France Travail et la Mission locale. Soixante entreprises du bassin de Bréviande y proposent plus de 500 postes : "
            "logistique, industrie, santé, commerce.",
            "Pensez à apporter plusieurs exemplaires de votre CV. Des ateliers de préparation aux entretiens sont proposés le matin."),
             decoys={"forum"}, parent=("Actualités", "/actualites")),
        page("/actualites/halle-au-ble-horaires-resultats", "Halle au blé : ce que vous avez répondu", m.prose(
            "Du 8 au 31 janvier, 1 274 personnes ont répondu au questionnaire sur les horaires du marché couvert de la Halle au blé. "
            "La consultation est désormais close ; merci à toutes et à tous.",
            "<h2>Les résultats</h2><ul><li>62 % souhaitent une ouverture le dimanche matin ;</li><li>48 % demandent une nocturne "
            "le vendredi jusqu'à 20 h ;</li><li>71 % jugent le stationnement insuffisant le samedi.</li></ul>",
            "Les commerçants de la halle et la Ville testeront l'ouverture du dimanche matin à partir du 7 avril."),
             decoys={"poll"}, parent=("Actualités", "/actualites")),  # results of a closed consultation
        page("/contact", "Contacter la mairie", m.prose(
            "Hôtel de ville, place Jacques-Cœur, 18990 Bréviande. Accueil du lundi au vendredi de 8 h 30 à 17 h 30. "
            "Pour une question, une réclamation ou une demande d'information, remplissez le formulaire ci-dessous.")
            + m.vendor_contact_form("/contact", ["Demande d'information", "Réclamation", "État civil", "Voirie et propreté",
                                                 "Écoles et périscolaire", "Autre"]),
             {"contact_form"}),
        page("/newsletter", "La lettre d'information", m.prose(
            "Chaque jeudi, recevez dans votre boîte aux lettres électronique les rendez-vous de la semaine, les travaux en cours et "
            "les dernières décisions du conseil municipal.") + m.vendor_newsletter("/newsletter"),
             decoys={"contact_form"}),
    ]
    site = Site("www.breviande.fr", "vendor", "Ville de Bréviande", pages,
                menu=[("Ma ville", "/ma-ville/democratie-locale"), ("Démarches", "/demarches"), ("Actualités", "/actualites"),
                      ("Contact", "/contact")],
                accounts=[social("facebook", "VilleDeBreviande"), social("instagram", "breviande_officiel", "https://www.instagram.com/breviande_officiel/"),
                          social("youtube", "VilleBreviande"), social("linkedin", "ville-de-breviande")],
                address="Hôtel de ville, place Jacques-Cœur, 18990 Bréviande")
    voisins = Site("voisins.breviande.fr", "community", "Bréviande Voisins", [
        page("/", "Fil des voisins", m.prose("Bienvenue sur Bréviande Voisins, le réseau d'entraide des habitants de Bréviande. "
                                             "Choisissez votre quartier pour voir ce qui s'y passe.")
             + m.links([("/quartiers", "Tous les quartiers"), ("/comment-ca-marche", "Comment ça marche ?"), ("/charte", "La charte du bon voisinage")])
             + m.neighbours_feed([
                 ("Sylvie R.", "Les Rivaux", "pret", "Je prête un escabeau trois marches et une scie sauteuse, à récupérer rue des Lavandières.", 3),
                 ("Karim B.", "Moulon-Bas", "entraide", "Quelqu'un pourrait-il nourrir mon chat du 12 au 19 mai ? Je rends volontiers la pareille.", 5),
                 ("Association Les Pâtis ensemble", "Les Pâtis", "evenement", "Vide-grenier du quartier le dimanche 2 juin, inscriptions au centre social.", 8),
                 ("Jeanne M.", "Centre ancien", "info", "La rue Mirebeau sera fermée à la circulation lundi pour un déménagement.", 1)])),
        page("/quartiers", "Les quartiers", m.links([("/quartiers/les-rivaux", "Les Rivaux — 412 voisins"),
                                                     ("/quartiers/faubourg-saint-prive", "Faubourg Saint-Privé — 268 voisins")])
             + m.prose("Les autres quartiers ouvriront leur groupe à l'automne.")),
        page("/quartiers/les-rivaux", "Groupe Les Rivaux", m.neighbours_feed([
            ("Sylvie R.", "Les Rivaux", "pret", "Je prête un escabeau trois marches et une scie sauteuse.", 3),
            ("Bernard T.", "Les Rivaux", "don", "Donne plants de tomates (cœur de bœuf, noire de Crimée), venir avec un contenant.", 6),
            ("Amina S.", "Les Rivaux", "entraide", "Cherche covoiturage vers la zone d'activités le matin, horaires 7 h 30.", 2)], "Les Rivaux")),
        page("/quartiers/faubourg-saint-prive", "Groupe Faubourg Saint-Privé", m.neighbours_feed([
            ("Paul G.", "Faubourg Saint-Privé", "info", "La boulangerie de la rue Saint-Privé reprend ses horaires d'été lundi.", 0),
            ("Hélène V.", "Faubourg Saint-Privé", "entraide", "Mamie de 84 ans cherche quelqu'un pour l'accompagner au marché le samedi.", 4)],
            "Faubourg Saint-Privé")),
        page("/comment-ca-marche", "Comment ça marche ?", m.prose(
            "Bréviande Voisins est réservé aux habitants de Bréviande. Après inscription, vous rejoignez le groupe de votre quartier "
            "et pouvez publier des demandes d'entraide, des prêts, des dons et des informations de quartier.",
            "Le service est proposé par la Ville de Bréviande et les centres sociaux. Il est gratuit et sans publicité ; vos données ne "
            "sont jamais revendues.")),
        page("/charte", "Charte du bon voisinage", m.prose(
            "Respect, bienveillance et entraide : pas de vente, pas de propagande, pas de dénonciation. Les modérateurs peuvent retirer "
            "toute publication contraire à la charte.")),
    ], features=NETWORK)
    return _city("99581", "Bréviande", 64870, "18", CENTRE, "http://www.breviande.fr/", [site, voisins],
                 decoy_accounts=("https://www.facebook.com/breviandeagglo",))


# ==================================================================== 99582 Brenne-l'Abbaye (Indre), SPIP

def _spip_reply_pages(article_id, threads, first_id, parent):
    """SPIP's page=forum: one page per message, where a reply is written (the forum form under the quoted message)."""
    out, counter = [], [first_id]

    def walk(rows):
        for title, date, author, text, replies in rows:
            fid = counter[0]
            counter[0] += 1
            path = f"/spip.php?page=forum&id_forum={fid}&id_article={article_id}"
            body = (f'<div class="forum-message forum-repondre"><div class="forum-chapo"><strong class="forum-titre">{title}</strong>'
                    f'<small>{date}, par <strong>{author}</strong></small></div><div class="forum-texte"><p>{text}</p></div></div>'
                    + m.spip_forum_form(article_id, path.lstrip("/")))
            # the reply form of a threaded article forum: as the article itself (see the note on forums below)
            out.append(page(path, "Répondre à ce message", body, {"comments", "forum"}, parent=parent))
            walk(replies)
    walk(threads)
    return out


def brenne() -> City:
    """SPIP 4 with threaded forums under its articles, the Comments plugin, Formidable forms, a Framaforms
    questionnaire; a pond-booking form, the préfecture's enquête publique, the Parc's own consultation, a
    closed questionnaire's results, council minutes mentioning a petition (lookalikes).

    Labels: a threaded SPIP article forum ("Répondre à ce message") is both a board (the codebook names SPIP forums
    under forum) and comments under content; the Comments plugin's flat list is comments only."""
    media = MEDIA["brenne"]
    comites_threads = [
        ("Et le quartier de la Gare ?", "14 mars 2024", "Roselyne", "Le quartier de la Gare n'a pas de comité depuis deux ans. "
         "Comment faire pour en relancer un ? Nous sommes plusieurs voisins intéressés.",
         [("Re : Et le quartier de la Gare ?", "15 mars 2024", "Service vie citoyenne", "Bonjour, il suffit d'être cinq habitants "
           "volontaires : écrivez-nous et nous organiserons une première réunion à la salle Saint-Cyran.", [])]),
        ("Comptes rendus", "2 avril 2024", "J.-P. Aufrère", "Serait-il possible de mettre en ligne les comptes rendus des comités ? "
         "On ne les trouve qu'en affichage à la mairie.",
         [("Re : Comptes rendus", "3 avril 2024", "Marinette", "Je plussoie, surtout pour ceux qui travaillent aux heures d'ouverture.", [])]),
    ]
    digue_threads = [
        ("Circulation pendant les travaux", "8 février 2024", "Gilles P.", "La route de Saint-Michel sera-t-elle fermée aux vélos aussi ? "
         "C'est mon seul trajet pour aller travailler.",
         [("Re : Circulation pendant les travaux", "9 février 2024", "Mairie de Brenne-l'Abbaye", "Une passerelle piétons-cycles "
           "provisoire sera installée dès le 19 février.", []),
          ("Re : Circulation pendant les travaux", "10 février 2024", "Gilles P.", "Merci pour la réponse rapide.", [])]),
        ("Et les poissons ?", "12 février 2024", "Un pêcheur", "La vidange de l'étang a-t-elle été coordonnée avec la fédération de pêche ? "
         "Les carpes ont-elles été déplacées ?", []),
    ]
    parent_vc = ("Vie citoyenne", "/-Vie-citoyenne-")
    pages = [
        page("/", "Accueil", m.spip_chapo("Entre étangs et bocage, au cœur du Parc naturel régional de la Brenne, "
                                          "Brenne-l'Abbaye vous souhaite la bienvenue.")
             + m.spip_rubrique_list([
                 ("/Travaux-de-la-digue-du-Grand-Riau", "Travaux de la digue du Grand-Riau", "La vidange de l'étang commence le 19 février."),
                 ("/Les-bords-de-la-Brenette-a-vous-d-imaginer", "Les bords de la Brenette : à vous d'imaginer !", "Appel à idées jusqu'au 30 juin."),
                 ("/Questionnaire-mediatheque", "Médiathèque : quels horaires pour vous ?", "Un questionnaire en ligne, cinq minutes."),
                 ("/Fete-de-la-carpe-retour-en-images", "Fête de la carpe : retour en images", ""),
                 ("/Brenne-l-Abbaye-a-l-heure-du-numerique", "Un nouveau site pour Brenne-l'Abbaye", "")], "À la une")
             + m.links([("/-Vie-citoyenne-", "Vie citoyenne"), ("/-Actualites-", "Toutes les actualités"), ("/Contact", "Contacter la mairie")])),
        page("/-Actualites-", "Actualités", m.spip_rubrique_list([
            ("/Travaux-de-la-digue-du-Grand-Riau", "Travaux de la digue du Grand-Riau", ""),
            ("/Fete-de-la-carpe-retour-en-images", "Fête de la carpe : retour en images", ""),
            ("/Forum-des-associations-2024", "Forum des associations 2024", ""),
            ("/Enquete-publique-parc-eolien-des-Chaumes", "Enquête publique : parc éolien des Chaumes", ""),
            ("/Le-Parc-naturel-regional-revise-sa-charte", "Le Parc naturel régional révise sa charte", ""),
            ("/Marches-du-samedi-les-resultats-du-questionnaire", "Marchés du samedi : les résultats du questionnaire", ""),
            ("/Budget-2024-les-grandes-orientations", "Budget 2024 : les grandes orientations", ""),
            ("/Conseil-municipal-du-4-avril-2024", "Conseil municipal du 4 avril 2024", ""),
            ("/Etang-du-Grand-Riau-location-du-chalet", "Étang du Grand-Riau : location du chalet", ""),
            ("/Brenne-l-Abbaye-a-l-heure-du-numerique", "Un nouveau site pour Brenne-l'Abbaye", "")], "Articles")),
        page("/-Vie-citoyenne-", "Vie citoyenne", m.spip_chapo(
            "À Brenne-l'Abbaye, la démocratie locale se vit dans les comités de quartier, au conseil des sages et au conseil "
            "municipal des jeunes. Ces instances consultatives donnent leur avis au conseil municipal et portent des projets.")
            + m.spip_rubrique_list([
                ("/Comites-de-quartier", "Les comités de quartier", "Cinq comités, ouverts à tous les habitants."),
                ("/Le-conseil-des-sages", "Le conseil des sages", "L'expérience des aînés au service de la commune."),
                ("/Le-conseil-municipal-des-jeunes", "Le conseil municipal des jeunes", "Vingt et un jeunes élus de 9 à 14 ans."),
                ("/Les-bords-de-la-Brenette-a-vous-d-imaginer", "Les bords de la Brenette : à vous d'imaginer !", ""),
                ("/Questionnaire-mediatheque", "Questionnaire : les horaires de la médiathèque", "")]),
             {"participation_displayed"}),
        page("/Comites-de-quartier", "Les comités de quartier", m.spip_chapo(
            "Cinq comités de quartier — Bourg, Gare, Les Loges, Saint-Cyran et Les Étangs — réunissent les habitants volontaires "
            "qui souhaitent s'investir pour leur cadre de vie.")
            + m.prose("Chaque comité désigne un bureau de trois membres, se réunit au moins trois fois par an et rencontre le maire "
                      "une fois par an lors de la réunion des comités. Les comités sont consultés sur les travaux de voirie, les "
                      "aménagements de sécurité et les animations de quartier.",
                      "Vous voulez participer ? Laissez un message ci-dessous ou passez au service vie citoyenne, en mairie.")
            + m.spip_forum(41, comites_threads, first_id=812) + m.spip_forum_form(41, "Comites-de-quartier"),
             {"participation_displayed", "forum", "comments"}, parent=parent_vc),
        *_spip_reply_pages(41, comites_threads, 812, ("Les comités de quartier", "/Comites-de-quartier")),
        page("/Le-conseil-des-sages", "Le conseil des sages", m.spip_chapo(
            "Créé en 2009, le conseil des sages réunit seize habitants de plus de 62 ans, dégagés de toute activité professionnelle.")
            + m.prose("Instance de réflexion et de proposition, il travaille à la demande du maire ou de sa propre initiative. "
                      "Ses travaux récents : un guide des sentiers accessibles autour des étangs, un avis sur le transport à la demande "
                      "et la collecte de la mémoire des anciens pêcheurs de l'étang du Grand-Riau.",
                      "Le conseil des sages se renouvelle par moitié tous les trois ans. Les candidatures sont reçues en mairie."),
             {"participation_displayed"}, parent=parent_vc),
        page("/Le-conseil-municipal-des-jeunes", "Le conseil municipal des jeunes", m.spip_chapo(
            "Vingt et un jeunes de 9 à 14 ans, élus dans les écoles et au collège Gérard-Philipe, siègent au conseil municipal des jeunes.")
            + m.prose("Accompagnés par l'animatrice jeunesse, ils se réunissent le mercredi après-midi et présentent leurs projets "
                      "au conseil municipal deux fois par an. Cette année : une journée de nettoyage des berges et une fresque au "
                      "skate-park."),
             {"participation_displayed"}, parent=parent_vc),  # a youth council of the city: one of its consultative bodies
        page("/Les-bords-de-la-Brenette-a-vous-d-imaginer", "Les bords de la Brenette : à vous d'imaginer !", m.spip_chapo(
            "La commune vient d'acquérir deux hectares de prairie le long de la Brenette, entre le moulin Bonnet et le pont de la Gare.")
            + m.prose("Promenade, pontons de pêche, aire de pique-nique, verger, zone laissée à la nature ? Avant de confier l'étude "
                      "à un paysagiste, la municipalité lance un appel à idées auprès des habitants. Toutes les propositions reçues "
                      "avant le 30 juin seront présentées lors d'une réunion publique en septembre.")
            + m.spip_formidable(7, "idees-brenette", "Les-bords-de-la-Brenette-a-vous-d-imaginer", [
                ("input", "Vos nom et prénom", True, ()), ("email", "Votre adresse email", True, ()),
                ("selection", "Votre idée concerne plutôt", False, ("La promenade", "La pêche", "La nature", "Les loisirs", "Autre chose")),
                ("textarea", "Votre idée", True, ())], submit="Envoyer mon idée"),
             {"suggestion_call", "contact_form"}, parent=parent_vc),  # an idea form: a call for ideas and a message to the city
        page("/Questionnaire-mediatheque", "Médiathèque : quels horaires pour vous ?", m.spip_chapo(
            "La médiathèque Jean-Giraudoux réfléchit à ses horaires d'ouverture pour la rentrée.")
            + m.prose("Ouverture le dimanche matin, nocturne le jeudi, fermeture le lundi ? Dites-nous ce qui vous convient le mieux "
                      "en répondant à ce court questionnaire, ouvert jusqu'au 15 juin. Une version papier est disponible à l'accueil.")
            + m.framaforms_iframe("horaires-mediatheque-brenne-1711964800", "Questionnaire sur les horaires de la médiathèque"),
             {"poll"}, parent=parent_vc),
        page("/Etang-du-Grand-Riau-location-du-chalet", "Étang du Grand-Riau : location du chalet", m.spip_chapo(
            "Le chalet communal de l'étang du Grand-Riau peut être loué pour des réunions familiales ou associatives, d'avril à octobre.")
            + m.prose("Capacité : 40 personnes. Tarifs : 90 € la journée pour les habitants de la commune, 150 € pour les extérieurs. "
                      "La pêche depuis le ponton du chalet reste soumise à la carte de pêche.")
            + m.spip_formidable(9, "location-chalet", "Etang-du-Grand-Riau-location-du-chalet", [
                ("input", "Nom du demandeur", True, ()), ("email", "Adresse email", True, ()),
                ("input", "Date souhaitée (jj/mm/aaaa)", True, ()),
                ("radio", "Formule", True, ("Journée", "Week-end")),
                ("radio", "Vous êtes", True, ("Habitant de la commune", "Association de la commune", "Extérieur"))],
                submit="Demander une réservation"),
             decoys={"contact_form", "poll"}, parent=("Actualités", "/-Actualites-")),  # booking-only form
        page("/Forum-des-associations-2024", "Forum des associations 2024", m.spip_chapo(
            "Le forum des associations aura lieu le samedi 7 septembre, de 10 h à 17 h, à la salle polyvalente.")
            + m.prose("Quarante associations sportives, culturelles et solidaires seront présentes : inscriptions, démonstrations, "
                      "buvette tenue par le comité des fêtes. Les associations qui souhaitent un stand doivent s'inscrire avant le 15 juillet."),
             decoys={"forum", "comments"}, parent=("Actualités", "/-Actualites-")),
        page("/Fete-de-la-carpe-retour-en-images", "Fête de la carpe : retour en images", m.spip_chapo(
            "Plus de 3 000 visiteurs ont assisté à la pêche de l'étang du Grand-Riau et au marché aux poissons.")
            + m.prose("Merci aux bénévoles, aux pisciculteurs et au comité des fêtes. Les photos de la journée sont à retrouver ci-dessous.")
            + m.figure("/IMG/jpg/fete-carpe-2023-1.jpg", "La pêche de l'étang au petit matin", "La pêche de l'étang, au petit matin.")
            + m.spip_comments(52, [("Nadine", "23 octobre 2023", "Superbe journée, bravo aux bénévoles !"),
                                   ("Luc B.", "24 octobre 2023", "Dommage que le parking ait été si vite complet, prévoir une navette l'an prochain ?")],
                              "Fete-de-la-carpe-retour-en-images"),
             {"comments"}, parent=("Actualités", "/-Actualites-")),
        page("/Travaux-de-la-digue-du-Grand-Riau", "Travaux de la digue du Grand-Riau", m.spip_chapo(
            "La digue de l'étang du Grand-Riau, qui porte la route de Saint-Michel, doit être confortée.")
            + m.prose("Les travaux, financés à 60 % par l'État et la Région, dureront quatre mois. L'étang sera vidangé à partir du "
                      "19 février ; la route sera fermée aux véhicules pendant toute la durée du chantier. Une déviation est mise en "
                      "place par la route des Loges.",
                      "Une réunion d'information a réuni une soixantaine de riverains le 6 février. Vos questions sont les bienvenues "
                      "dans le forum de cet article : les services y répondent.")
            + m.spip_forum(58, digue_threads, first_id=840) + m.spip_forum_form(58, "Travaux-de-la-digue-du-Grand-Riau"),
             {"forum", "comments"}, parent=("Actualités", "/-Actualites-")),
        *_spip_reply_pages(58, digue_threads, 840, ("Travaux de la digue du Grand-Riau", "/Travaux-de-la-digue-du-Grand-Riau")),
        page("/Budget-2024-les-grandes-orientations", "Budget 2024 : les grandes orientations", m.spip_chapo(
            "Le conseil municipal a adopté le budget primitif 2024 le 4 avril.")
            + m.prose("Section de fonctionnement : 14,2 M€. Section d'investissement : 5,6 M€, dont la digue du Grand-Riau (1,9 M€), "
                      "la rénovation de l'école des Loges et l'aménagement des bords de la Brenette. Les taux communaux sont maintenus.")
            + m.documents(base=media, items=[("/IMG/pdf/bp2024-note-synthese.pdf", "Note de synthèse du budget primitif 2024", "640 Ko")]),
             decoys={"participatory_budget"}, parent=("Actualités", "/-Actualites-")),
        page("/Conseil-municipal-du-4-avril-2024", "Conseil municipal du 4 avril 2024", m.spip_chapo("Compte rendu sommaire de la séance.")
             + m.prose("Le conseil municipal, réuni sous la présidence du maire, a adopté le budget primitif 2024, les subventions aux "
                       "associations et la convention de gestion de l'étang du Grand-Riau avec la fédération de pêche de l'Indre.",
                       "Questions diverses : le maire a donné lecture d'une pétition signée par 187 habitants de la route des Loges "
                       "demandant la pose de ralentisseurs. Une étude de vitesse sera réalisée en mai avant toute décision.")
             + m.documents(base=media, items=[("/IMG/pdf/cr-cm-2024-04-04.pdf", "Compte rendu du conseil municipal", "310 Ko")]),
             decoys={"petition", "participation_displayed"}, parent=("Actualités", "/-Actualites-")),
        page("/Enquete-publique-parc-eolien-des-Chaumes", "Enquête publique : parc éolien des Chaumes", m.spip_chapo(
            "Une enquête publique est ouverte par arrêté préfectoral du 11 mars sur le projet de parc éolien des Chaumes.")
            + m.prose("Le projet, porté par la société Vents de Brenne, comporte six éoliennes sur les communes de Brenne-l'Abbaye et "
                      "de Saint-Cyran-des-Bois. L'enquête est conduite par un commissaire enquêteur désigné par le tribunal administratif "
                      "de Limoges, du 2 avril au 3 mai. Le dossier et le registre dématérialisé sont accessibles depuis le site de la "
                      "préfecture de l'Indre ; un registre papier est à disposition en mairie.",
                      "Le conseil municipal rendra son avis à l'issue de l'enquête."),
             decoys={"poll", "participation_displayed"}, parent=("Actualités", "/-Actualites-")),
        page("/Le-Parc-naturel-regional-revise-sa-charte", "Le Parc naturel régional révise sa charte", m.spip_chapo(
            "Le Parc naturel régional de la Brenne prépare sa future charte pour les quinze prochaines années.")
            + m.prose("Le syndicat mixte du Parc organise des ateliers dans chaque commune et un questionnaire sur son propre site. "
                      "Brenne-l'Abbaye accueillera l'atelier « Eau et étangs » le 23 mai à 18 h à la salle polyvalente. Pour tout "
                      "renseignement, contactez directement la Maison du Parc."),
             decoys={"participation_displayed", "poll"}, parent=("Actualités", "/-Actualites-")),  # the Parc's consultation, not the city's
        page("/Marches-du-samedi-les-resultats-du-questionnaire", "Marchés du samedi : les résultats du questionnaire", m.spip_chapo(
            "Vous avez été 486 à répondre au questionnaire sur le marché du samedi, clos le 31 janvier.")
            + m.prose("Les trois quarts des répondants fréquentent le marché au moins deux fois par mois. Vos attentes : davantage de "
                      "producteurs locaux (68 %), un marché prolongé jusqu'à 13 h (54 %) et des toilettes publiques (49 %).",
                      "La municipalité proposera aux commerçants non sédentaires un allongement des horaires dès le mois de mai."),
             decoys={"poll"}, parent=("Actualités", "/-Actualites-")),
        page("/Brenne-l-Abbaye-a-l-heure-du-numerique", "Un nouveau site pour Brenne-l'Abbaye", m.spip_chapo(
            "Plus clair, plus rapide et lisible sur téléphone : le site de la commune fait peau neuve.")
            + m.prose("Réalisé avec le logiciel libre SPIP par l'agence départementale d'ingénierie, le nouveau site regroupe les "
                      "démarches, l'agenda et les actualités. Certains articles sont ouverts aux messages des habitants : c'est le cas des "
                      "pages consacrées aux travaux et aux comités de quartier, où vos questions reçoivent une réponse des services.",
                      "Les anciens comptes rendus et bulletins municipaux restent consultables dans la rubrique archives. Le site "
                      "respecte le référentiel d'accessibilité ; signalez-nous toute difficulté via la page contact."),
             decoys={"forum", "comments"}, parent=("Actualités", "/-Actualites-")),
        page("/Contact", "Contacter la mairie", m.prose(
            "Mairie de Brenne-l'Abbaye, 1 place de l'Abbaye, 36990 Brenne-l'Abbaye. Ouverte du lundi au vendredi, de 9 h à 12 h et de "
            "14 h à 17 h.")
            + m.spip_formidable(1, "contact", "Contact", [
                ("input", "Nom", True, ()), ("email", "Email", True, ()), ("input", "Sujet", True, ()),
                ("textarea", "Votre message", True, ())]),
             {"contact_form"}),
    ]
    site = Site("www.brenne-labbaye.fr", "spip", "Brenne-l'Abbaye", pages,
                menu=[("Vie citoyenne", "/-Vie-citoyenne-"), ("Actualités", "/-Actualites-"), ("Contact", "/Contact")],
                accounts=[social("facebook", "BrenneLAbbaye"), social("mastodon", "brennelabbaye@piaille.fr")],
                address="Mairie, 1 place de l'Abbaye, 36990 Brenne-l'Abbaye")
    return _city("99582", "Brenne-l'Abbaye", 23640, "36", CENTRE, "http://www.brenne-labbaye.fr/", [site])


# ==================================================================== 99583 Sauldrecourt (Loir-et-Cher), Drupal 10

def sauldrecourt() -> City:
    """Drupal 10 with the Poll module's block in a sidebar, node comments, Webform (contact, an idea form on the
    Sauldre's banks, a fishing permit), a Microsoft Forms questionnaire; a closed poll's results, the communauté
    de communes' platform, a bus operator's satisfaction survey, an appel à candidatures (lookalikes)."""
    media = MEDIA["sauldrecourt"]
    poll = m.drupal_block("pollrecent", "block-poll block-poll-recent-block", "Sondage", m.drupal_poll(
        4, "Faut-il ouvrir la baignade surveillée à l'étang des Brosses en juillet ?",
        ["Oui, tout l'été", "Oui, seulement le week-end", "Non, la piscine suffit"], "/node/12", first_choice=11)
        + '<ul class="links"><li><a href="/participer/sondages">Tous les sondages</a></li></ul>')
    agenda = m.drupal_block("agenda", "block-views block-views-blockagenda-block-1", "Agenda", m.links([
        ("/agenda/forum-des-associations", "7 sept. — Forum des associations"),
        ("/actualites/idees-pour-les-berges-de-la-sauldre", "Jusqu'au 30 juin — Vos idées pour les berges")]))
    teasers = [
        ("/actualites/idees-pour-les-berges-de-la-sauldre", "Berges de la Sauldre : vos idées comptent", "2 mai 2024",
         "Le chemin de halage sera réaménagé en 2025. Proposez vos idées."),
        ("/actualites/les-etangs-communaux-en-assec", "Les étangs communaux mis en assec", "18 avril 2024",
         "L'étang des Brosses et l'étang Neuf seront vidés cet hiver."),
        ("/actualites/nouvelle-passerelle-sur-la-sauldre", "Une nouvelle passerelle sur la Sauldre", "3 avril 2024",
         "La passerelle du Moulin-Brûlé rouvre aux piétons et aux cyclistes."),
        ("/actualites/satisfaction-reseau-de-bus", "Bus : donnez votre avis à l'exploitant", "25 mars 2024",
         "Le transporteur réalise son enquête annuelle de satisfaction."),
        ("/actualites/plan-de-mobilite-communautaire", "Plan de mobilité : la communauté de communes consulte", "12 mars 2024",
         "Une concertation intercommunale sur les déplacements."),
        ("/actualites/appel-a-candidatures-marche-de-noel", "Marché de Noël : appel à candidatures", "1er mars 2024",
         "Artisans et producteurs, les inscriptions sont ouvertes."),
    ]
    parent_p = ("Participer", "/participer")
    pages = [
        page("/", "Accueil", m.drupal_with_sidebar(
            m.prose("<p class=\"lead\">Porte de la Sologne des étangs, Sauldrecourt vous accueille entre Sauldre et forêt.</p>")
            + m.drupal_teasers(teasers[:4])
            + m.links([("/actualites", "Toutes les actualités"), ("/participer", "Participer"), ("/vivre/peche-carte-communale", "Pêche"),
                       ("/mairie/contact", "Contact"), ("/mairie/conseil-municipal", "Conseil municipal")]), poll, agenda),
             {"poll"}),
        page("/actualites", "Actualités", m.drupal_with_sidebar(m.drupal_teasers(teasers), poll), {"poll"}),
        page("/actualites/les-etangs-communaux-en-assec", "Les étangs communaux mis en assec", m.drupal_with_sidebar(
            m.prose("Tous les sept à dix ans, un étang doit être mis en assec : vidé et laissé à sec un hiver pour minéraliser la vase, "
                    "limiter les plantes envahissantes et reprendre les ouvrages. Cet hiver, ce sera le tour de l'étang des Brosses et "
                    "de l'étang Neuf.",
                    "La pêche de vidange aura lieu le 9 novembre ; les poissons seront vendus aux pisciculteurs ou déversés dans les "
                    "étangs de la commune. Les promeneurs pourront observer les oiseaux limicoles depuis l'observatoire de la digue.",
                    "L'assec prive les pêcheurs de deux plans d'eau pendant un an ; la carte communale reste valable sur l'étang du Bourg.")
            + m.drupal_comments(88, [
                ("Christian L.", "19/04/2024 - 08:12", "Et la baignade ?", "La baignade de l'été prochain est-elle maintenue aux Brosses ?", False),
                ("Mairie de Sauldrecourt", "19/04/2024 - 14:40", "Re : Et la baignade ?", "Oui : l'assec commencera après la saison, en octobre.", True),
                ("Odile", "21/04/2024 - 17:03", "Merci", "Merci pour l'observatoire, les enfants adorent.", False)]), poll),
             {"comments", "poll"}, parent=("Actualités", "/actualites")),
        page("/actualites/nouvelle-passerelle-sur-la-sauldre", "Une nouvelle passerelle sur la Sauldre", m.drupal_with_sidebar(
            m.prose("Fermée depuis la crue de janvier 2022, la passerelle du Moulin-Brûlé a été entièrement reconstruite en chêne et en acier. "
                    "Elle rouvre le 8 avril aux piétons et aux cyclistes et relie à nouveau le quartier de la Gare au chemin de halage.",
                    "Coût des travaux : 412 000 € TTC, financés par la commune, l'État (DETR) et la Région.")
            + '<section class="comments" id="comments"><p class="comments-closed">Les commentaires sont fermés pour cet article.</p></section>', poll),
             {"poll"}, decoys={"comments"}, parent=("Actualités", "/actualites")),  # comments closed, none published
        page("/actualites/idees-pour-les-berges-de-la-sauldre", "Berges de la Sauldre : vos idées comptent", m.prose(
            "Le chemin de halage de la Sauldre, entre le pont de Romorantin et le moulin de la Ferté, sera réaménagé en 2025. "
            "Avant que les bureaux d'études ne prennent leurs crayons, la commune veut savoir comment vous aimeriez utiliser ces "
            "deux kilomètres de berges : bancs, éclairage, jeux, guinguette, observatoire, ou rien de tout cela ?",
            "Déposez vos idées avant le 30 juin. Elles seront toutes affichées lors de l'exposition de septembre et étudiées par le "
            "comité consultatif cadre de vie.")
            + m.drupal_webform("idees_berges", "/actualites/idees-pour-les-berges-de-la-sauldre", [
                ("nom", "Nom", "textfield", True), ("courriel", "Courriel", "email", True),
                ("theme", "Thème", "select:Se promener|Se détendre|Pêcher|Jouer|Observer la nature|Autre", False),
                ("idee", "Votre idée", "textarea", True)], submit="Proposer mon idée"),
             {"suggestion_call", "contact_form"}, parent=("Actualités", "/actualites")),  # an idea form sent to the city
        page("/actualites/satisfaction-reseau-de-bus", "Bus : donnez votre avis à l'exploitant", m.drupal_with_sidebar(
            m.prose("Comme chaque printemps, la société Sologne Mobilités, qui exploite les lignes régulières et le transport à la "
                    "demande pour le compte de la Région, mène son enquête de satisfaction auprès des voyageurs.",
                    "Le questionnaire est en ligne sur le site de l'exploitant jusqu'au 30 avril ; des enquêteurs seront aussi présents "
                    "dans les cars de la ligne 4 les 16 et 18 avril. La commune ne reçoit pas les réponses."), poll),
             {"poll"}, parent=("Actualités", "/actualites")),  # the sidebar poll is live; the operator's survey is not the city's
        page("/actualites/plan-de-mobilite-communautaire", "Plan de mobilité : la communauté de communes consulte", m.drupal_with_sidebar(
            m.prose("La communauté de communes Sologne des Étangs élabore son plan de mobilité simplifié. Elle a ouvert une concertation "
                    "sur sa plateforme participative, <a href=\"https://jeparticipe.sologne-des-etangs.fr/\">jeparticipe.sologne-des-etangs.fr</a>, "
                    "jusqu'au 15 mai.",
                    "Covoiturage, transport à la demande, pistes cyclables entre les bourgs : chacun peut y déposer une contribution. "
                    "Sauldrecourt accueillera un atelier intercommunal le 24 avril à la salle des fêtes."), poll),
             {"poll"}, decoys={"participatory_platform"}, parent=("Actualités", "/actualites")),  # the communauté de communes' platform
        page("/actualites/appel-a-candidatures-marche-de-noel", "Marché de Noël : appel à candidatures", m.drupal_with_sidebar(
            m.prose("Le marché de Noël se tiendra les 14 et 15 décembre place de l'Église. Artisans, producteurs et associations "
                    "peuvent candidater pour l'un des trente chalets jusqu'au 30 septembre.",
                    "Le dossier de candidature (fiche de présentation, photos des produits, attestation d'assurance) est à envoyer "
                    "au service animation.")
            + m.documents(base=media, items=[("/sites/default/files/2024-03/dossier-candidature-marche-noel.pdf", "Dossier de candidature", "180 Ko")]), poll),
             {"poll"}, decoys={"suggestion_call"}, parent=("Actualités", "/actualites")),
        page("/participer", "Participer", m.prose(
            "La municipalité a fait le choix d'associer les Sauldrecurtois aux décisions qui les concernent. Quatre comités consultatifs "
            "ouverts à tous, un conseil des sages et des consultations régulières en ligne permettent à chacun de donner son avis.")
            + m.links([("/participer/comites-consultatifs", "Les comités consultatifs et le conseil des sages"),
                       ("/participer/sondages", "Sondages en cours"),
                       ("/participer/questionnaire-mobilites", "Questionnaire : se déplacer à Sauldrecourt"),
                       ("/actualites/idees-pour-les-berges-de-la-sauldre", "Appel à idées : les berges de la Sauldre")]),
             {"participation_displayed"}),
        page("/participer/comites-consultatifs", "Les comités consultatifs et le conseil des sages", m.prose(
            "Quatre comités consultatifs sont ouverts à tous les habitants majeurs, sur simple inscription : cadre de vie et "
            "environnement, vie associative et sportive, solidarités, étangs et forêt. Chacun est présidé par un adjoint et se "
            "réunit au moins trois fois par an.",
            "Le conseil des sages, composé de douze habitants de plus de 65 ans, est consulté sur les projets intéressant les aînés "
            "et a conduit l'étude sur les bancs et les toilettes publiques du centre-bourg.",
            "Pour vous inscrire, contactez le secrétariat du maire.")
            + m.documents(base=media, items=[("/sites/default/files/2023-10/charte-comites-consultatifs.pdf", "Charte des comités consultatifs", "220 Ko")]),
             {"participation_displayed"}, parent=parent_p),
        page("/participer/sondages", "Sondages", m.prose(
            "Régulièrement, la commune interroge les habitants sur une question pratique. Un vote par foyer ; les résultats sont "
            "publiés à la clôture.")
            + m.drupal_poll(4, "Faut-il ouvrir la baignade surveillée à l'étang des Brosses en juillet ?",
                            ["Oui, tout l'été", "Oui, seulement le week-end", "Non, la piscine suffit"], "/node/12", first_choice=11)
            + m.links([("/participer/sondages/resultats-centre-aquatique-2023", "Résultats : horaires d'été du centre aquatique (2023)")]),
             {"poll"}, parent=parent_p),
        page("/participer/sondages/resultats-centre-aquatique-2023", "Résultats : horaires d'été du centre aquatique", m.drupal_poll_results(
            "Quels horaires d'été pour le centre aquatique ?",
            [("10 h - 19 h tous les jours", 58, 203), ("12 h - 20 h en semaine, 10 h - 19 h le week-end", 35, 122), ("Sans avis", 7, 24)], 349)
            + m.prose("Le sondage s'est achevé le 31 mai 2023. Les horaires retenus ont été appliqués tout l'été."),
             decoys={"poll"}, parent=("Sondages", "/participer/sondages")),
        page("/participer/questionnaire-mobilites", "Questionnaire : se déplacer à Sauldrecourt", m.prose(
            "Comment vous déplacez-vous pour aller au travail, à l'école, au marché ? Qu'est-ce qui vous empêcherait de prendre le vélo ? "
            "Ce questionnaire nourrira le schéma communal des mobilités douces. Il est ouvert jusqu'au 31 mai.")
            + m.msforms_iframe("DQSIkWdsW0yxEjajBLZtrQAAAAAAAAAAAAa__vK3mPlUQ1JGNVhGMkRZVTBWNkFZWDBHR0xaNUw1Ri4u", "Questionnaire mobilités")
            + m.prose("Vous préférez le papier ? Le questionnaire est disponible à l'accueil de la mairie et à la médiathèque."),
             {"poll"}, parent=parent_p),
        page("/vivre/peche-carte-communale", "Pêche : la carte communale", m.prose(
            "La commune gère trois étangs ouverts à la pêche : l'étang du Bourg, l'étang des Brosses et l'étang Neuf. La carte communale "
            "est en vente à l'accueil de la mairie ou en ligne ; elle n'est valable qu'avec une carte fédérale de l'année.",
            "Tarifs : 35 € l'année pour les habitants, 60 € pour les extérieurs, 8 € la journée. Gratuit pour les moins de 12 ans.")
            + m.drupal_webform("carte_peche", "/vivre/peche-carte-communale", [
                ("nom", "Nom et prénom", "textfield", True), ("adresse", "Adresse", "textfield", True),
                ("courriel", "Courriel", "email", True), ("numero_carte_federale", "N° de carte fédérale", "textfield", True),
                ("formule", "Formule", "radios:Année — habitant|Année — extérieur|Journée", True),
                ("date_journee", "Date (formule journée)", "date", False),
                ("reglement", "J'ai lu le règlement intérieur des étangs communaux", "checkbox", True)], submit="Passer au paiement"),
             decoys={"contact_form", "poll"}),  # a permit purchase: neither a message nor a poll
        page("/agenda/forum-des-associations", "Forum des associations", m.prose(
            "Samedi 7 septembre, de 9 h 30 à 17 h, au gymnase des Étangs : le forum des associations réunit clubs sportifs, écoles de "
            "musique, associations de pêche et de chasse, solidarités. Démonstrations toute la journée, remise des trophées des "
            "bénévoles à 12 h."),
             decoys={"forum"}),
        page("/mairie/contact", "Contacter la mairie", m.prose(
            "Mairie de Sauldrecourt, 2 place de l'Hôtel-de-Ville, 41990 Sauldrecourt. Du lundi au vendredi, 8 h 30 - 12 h et "
            "13 h 30 - 17 h ; le samedi, 9 h - 12 h.")
            + m.drupal_webform("contact", "/mairie/contact", [
                ("nom", "Votre nom", "textfield", True), ("courriel", "Votre adresse de courriel", "email", True),
                ("sujet", "Sujet", "textfield", True), ("message", "Message", "textarea", True)], submit="Envoyer le message"),
             {"contact_form"}),
        page("/mairie/conseil-municipal", "Le conseil municipal", m.prose(
            "Le conseil municipal de Sauldrecourt compte 29 conseillers. Les séances sont publiques ; l'ordre du jour est affiché en "
            "mairie cinq jours francs avant la séance.",
            "<h2>Séance du 23 mai à 19 h</h2><ul><li>Compte administratif 2023</li><li>Rapport d'orientation budgétaire 2024 : "
            "prise d'acte</li><li>Tarifs des cartes de pêche</li><li>Convention avec la communauté de communes pour le service "
            "commun d'urbanisme</li></ul>")
            + m.links([("/mairie/budget/rapport-orientation-budgetaire-2024", "Le rapport d'orientation budgétaire 2024")]),
             decoys={"participation_displayed"}),
        page("/mairie/budget/rapport-orientation-budgetaire-2024", "Rapport d'orientation budgétaire 2024", m.prose(
            "Le rapport d'orientation budgétaire présente les grandes tendances des finances communales : hausse des dépenses "
            "d'énergie (+ 18 %), stabilité des dotations, désendettement engagé depuis 2019.",
            "Principaux investissements envisagés : la réfection des digues des étangs, le réaménagement des berges de la Sauldre "
            "et l'extension de la cantine scolaire.")
            + m.documents(base=media, items=[("/sites/default/files/2024-02/rob-2024.pdf", "Rapport d'orientation budgétaire 2024", "1,2 Mo")]),
             decoys={"participatory_budget"}, parent=("Conseil municipal", "/mairie/conseil-municipal")),
    ]
    # a comment's permalink and its reply link lead back to the article (Drupal answers the node for both)
    assec = "/actualites/les-etangs-communaux-en-assec"
    redirects = {**{f"/comment/{cid}": f"{assec}#comment-{cid}" for cid in (300, 301, 302)},
                 **{f"/comment/reply/node/88/comment/{cid}": f"{assec}#comment-form" for cid in (300, 301, 302)}}
    site = Site("www.sauldrecourt.fr", "drupal", "Sauldrecourt", pages, redirects=redirects,
                menu=[("Accueil", "/"), ("Actualités", "/actualites"), ("Participer", "/participer"),
                      ("Mairie", "/mairie/conseil-municipal"), ("Contact", "/mairie/contact")],
                accounts=[social("facebook", "sauldrecourt"), social("instagram", "villedesauldrecourt"),
                          social("x", "Sauldrecourt41", "https://twitter.com/Sauldrecourt41")],
                address="Mairie, 2 place de l'Hôtel-de-Ville, 41990 Sauldrecourt")
    return _city("99583", "Sauldrecourt", 21380, "41", CENTRE, "http://www.sauldrecourt.fr/", [site])


# ==================================================================== 99584 Neuvy-les-Forges (Nièvre), Joomla + Cap Collectif

def neuvy() -> City:
    """Joomla 4 with the AcePolls module in its right column, com_contact; "Quartiers en Forge", a participatory budget
    that its pages never call by that name, on a Cap Collectif platform ("Neuvy en commun") with a collect step,
    proposals and their comments, a vote, a questionnaire on the Loire quays and a for-or-against debate; the
    agglomération's budget participatif, the budget primitif, a demolition tender at the former barracks, a seasonal
    jobs forum, an old poll's results, a login form (lookalikes)."""
    media = MEDIA["neuvy"]
    capco = "http://neuvy-les-forges.cap-collectif.com"
    poll = m.joomla_module("Sondage", m.joomla_acepolls(
        4, "Fête de la Loire : quel week-end préférez-vous ?", ["Fin juin", "Mi-juillet", "Fin août"], 101, first_option=13), "_poll")
    blog = [
        ("/index.php/actualites/quais-de-loire-appel-a-idees", "Quais de Loire : à vos idées !", "6 mai 2024",
         "Le quai des Mariniers et le port de la Jonction vont changer de visage. Proposez vos idées jusqu'au 15 juillet."),
        ("/index.php/actualites/caserne-de-la-charbonniere-demolition", "Caserne de la Charbonnière : la démolition attribuée", "22 avril 2024",
         "Le marché de déconstruction des anciens garages est lancé."),
        ("/index.php/actualites/budget-participatif-de-l-agglo", "L'Agglo lance son budget participatif", "10 avril 2024",
         "Loire-Nivernais Agglomération consacre 400 000 € aux projets intercommunaux."),
        ("/index.php/actualites/budget-primitif-2024", "Budget primitif 2024 : investir sans augmenter les impôts", "2 avril 2024",
         "Le conseil municipal a adopté le budget de l'année."),
        ("/index.php/actualites/forum-emploi-saisonnier", "Forum de l'emploi saisonnier", "15 mars 2024",
         "Campings, bases nautiques, restaurants : 150 postes à pourvoir pour l'été."),
    ]
    parent_a = ("Actualités", "/index.php/actualites")
    parent_vc = ("Vie citoyenne", "/index.php/vie-citoyenne")
    pages = [
        page("/", "Accueil", m.joomla_with_sidebar(
            m.prose("<p class=\"lead\">Ville de Loire et de forges, Neuvy-les-Forges vous souhaite la bienvenue.</p>")
            + m.joomla_blog(blog[:3])
            + m.links([("/index.php/actualites", "Toutes les actualités"), ("/index.php/vie-citoyenne", "Vie citoyenne"),
                       ("/index.php/contact", "Contact"), ("/index.php/connexion", "Espace associations")]), poll),
             {"poll"}),
        page("/index.php/actualites", "Actualités", m.joomla_with_sidebar(m.joomla_blog(blog), poll), {"poll"}),
        page("/index.php?option=com_acepolls&view=poll&id=4&Itemid=101", "Fête de la Loire : quel week-end préférez-vous ?",
             m.joomla_with_sidebar(
                 '<div class="acepolls-results"><h2>Résultats provisoires</h2><dl class="acepolls-bars">'
                 '<dt>Fin juin</dt><dd><span class="bar" style="width:41%"></span> 41 % (118 votes)</dd>'
                 '<dt>Mi-juillet</dt><dd><span class="bar" style="width:37%"></span> 37 % (106 votes)</dd>'
                 '<dt>Fin août</dt><dd><span class="bar" style="width:22%"></span> 22 % (63 votes)</dd></dl>'
                 '<p>Nombre de votants : 287. Premier vote : 2 avril 2024. Dernier vote : 12 mai 2024.</p></div>', poll),
             {"poll"}, parent=parent_a),  # the poll is open: its voting module stands beside its results
        page("/index.php/actualites/quais-de-loire-appel-a-idees", "Quais de Loire : à vos idées !", m.joomla_with_sidebar(
            m.prose("Entre le pont de Loire et la Jonction, le quai des Mariniers est aujourd'hui un parking de 180 places les pieds "
                    "dans l'eau. Le port, lui, n'accueille plus que quelques barques et le bateau-promenade de l'office de tourisme.",
                    "La Ville engage la requalification de l'ensemble et veut d'abord vous entendre : comment aimeriez-vous vivre les "
                    "quais ? Guinguette, marché du soir, jeux d'eau, pontons, arbres, ou simplement un lieu pour regarder passer le "
                    "fleuve ? <strong>Proposez vos idées jusqu'au 15 juillet</strong> sur la plateforme Neuvy en commun, en répondant au "
                    f"<a href=\"{capco}/project/bords-de-loire-demain/questionnaire/votre-avis\">questionnaire « Bords de Loire demain »</a>.",
                    "Une balade commentée des quais aura lieu le samedi 8 juin à 10 h (départ devant la capitainerie), et une réunion "
                    "publique de restitution à l'automne."), poll),
             {"suggestion_call", "poll"}, parent=parent_a),
        page("/index.php/actualites/caserne-de-la-charbonniere-demolition", "Caserne de la Charbonnière : la démolition attribuée", m.joomla_with_sidebar(
            m.prose("Le marché de déconstruction des anciens garages et ateliers de la caserne de la Charbonnière a été attribué, après appel "
                    "d'offres, à un groupement d'entreprises nivernaises. Les travaux commenceront en juin pour six mois.",
                    "Les bâtiments du XIXᵉ siècle (le pavillon des officiers et les deux écuries) sont conservés. Leur avenir sera défini "
                    "dans le cadre du projet urbain du quartier, présenté en réunion publique à la fin de l'année.",
                    "Les entreprises intéressées par les lots de désamiantage encore ouverts peuvent consulter l'avis d'appel public à la "
                    "concurrence sur le profil acheteur de la Ville."), poll),
             {"poll"}, decoys={"suggestion_call"}, parent=parent_a),
        page("/index.php/actualites/budget-participatif-de-l-agglo", "L'Agglo lance son budget participatif", m.joomla_with_sidebar(
            m.prose("Loire-Nivernais Agglomération lance la première édition de son budget participatif intercommunal, doté de "
                    "400 000 €. Les habitants des 24 communes de l'agglomération peuvent déposer un projet jusqu'au 30 juin sur le site "
                    "de l'Agglo ; le vote aura lieu en novembre.",
                    "Ce dispositif est distinct de Quartiers en Forge, le dispositif de la Ville, dont la prochaine édition sera lancée en "
                    "septembre."), poll),
             {"poll"}, decoys={"participatory_budget"}, parent=parent_a),  # the agglomération's budget
        page("/index.php/actualites/budget-primitif-2024", "Budget primitif 2024 : investir sans augmenter les impôts", m.joomla_with_sidebar(
            m.prose("Voté le 28 mars, le budget primitif 2024 s'élève à 48,7 M€. La section d'investissement (13,2 M€) finance la "
                    "rénovation du groupe scolaire des Forges, la première tranche des quais de Loire et la dépollution de la caserne "
                    "de la Charbonnière.",
                    "Les taux de fiscalité sont inchangés. L'encours de la dette diminue de 1,1 M€.")
            + m.documents(base=media, items=[("/images/documents/finances/bp-2024.pdf", "Budget primitif 2024 : présentation", "1,8 Mo")]), poll),
             {"poll"}, decoys={"participatory_budget"}, parent=parent_a),
        page("/index.php/actualites/forum-emploi-saisonnier", "Forum de l'emploi saisonnier", m.joomla_with_sidebar(
            m.prose("Le forum de l'emploi saisonnier revient le mercredi 27 mars, de 13 h 30 à 17 h 30, à la salle des Forges. "
                    "Campings, bases nautiques, restaurants et producteurs recrutent pour l'été : venez avec votre CV !"), poll),
             {"poll"}, decoys={"forum"}, parent=parent_a),
        page("/index.php/vie-citoyenne", "Vie citoyenne", m.prose(
            "Neuvy-les-Forges associe ses habitants aux projets de la ville : six conseils de quartier, un conseil des sages, des "
            "concertations sur les grands aménagements et Quartiers en Forge, où les habitants proposent et choisissent des projets "
            "pour leur quartier. Depuis 2023, les consultations se déroulent aussi en ligne sur la plateforme Neuvy en commun.")
            + m.links([("/index.php/vie-citoyenne/conseils-de-quartier", "Les conseils de quartier"),
                       ("/index.php/vie-citoyenne/conseil-des-sages", "Le conseil des sages"),
                       ("/index.php/vie-citoyenne/quartiers-en-forge", "Quartiers en Forge"),
                       ("/index.php/vie-citoyenne/neuvy-en-commun", "La plateforme Neuvy en commun"),
                       ("/index.php/vie-citoyenne/resultats-sondage-fete-de-la-loire-2023", "Résultats du sondage 2023 sur la fête de la Loire")]),
             {"participation_displayed"}),
        page("/index.php/vie-citoyenne/conseils-de-quartier", "Les conseils de quartier", m.prose(
            "Six conseils de quartier : Centre-Loire, Les Forges, La Jonction, Saint-Étienne, Les Montôts et La Charbonnière.",
            "Ouverts à tous les habitants de plus de 16 ans, ils se réunissent chaque trimestre, en présence d'un élu référent, pour "
            "débattre des projets du quartier et faire remonter les besoins. Chaque conseil dispose d'un budget de 5 000 € par an pour "
            "des actions de proximité.",
            "Les dates des prochaines réunions sont affichées dans les mairies annexes et publiées dans l'agenda."),
             {"participation_displayed"}, parent=parent_vc),
        page("/index.php/vie-citoyenne/conseil-des-sages", "Le conseil des sages", m.prose(
            "Le conseil des sages réunit vingt Neuvycois de plus de 60 ans, nommés pour trois ans. Force de proposition, il a conduit "
            "ces dernières années une étude sur l'habitat des seniors, l'inventaire des plaques de cocher de la vieille ville et "
            "l'organisation de la semaine bleue.",
            "Il peut être saisi par le maire ou s'autosaisir de toute question d'intérêt communal."),
             {"participation_displayed"}, parent=parent_vc),
        page("/index.php/vie-citoyenne/quartiers-en-forge", "Quartiers en Forge", m.prose(
            "<p class=\"lead\">150 000 € par an pour des projets imaginés et choisis par les habitants.</p>",
            "Un jardin partagé, une boîte à livres, un terrain de pétanque éclairé, une fresque sur un transformateur : depuis 2021, "
            "Quartiers en Forge a permis de réaliser 23 projets proposés par des Neuvycois.",
            "<h2>Comment ça marche ?</h2><ol><li><strong>Je propose</strong> (jusqu'au 30 septembre) : tout habitant de plus de 11 ans "
            "peut déposer un projet d'investissement d'intérêt général, d'un montant maximal de 30 000 €.</li>"
            "<li><strong>Les services étudient</strong> la faisabilité et le coût des projets (octobre-novembre).</li>"
            "<li><strong>Je vote</strong> (décembre) pour mes trois projets préférés.</li>"
            "<li><strong>La Ville réalise</strong> les projets lauréats dans l'année qui suit.</li></ol>",
            f"<p><a class=\"btn btn-primary\" href=\"{capco}/project/quartiers-en-forge-2024/collect/depot-des-projets\">Je dépose mon projet</a></p>"),
             {"participatory_budget", "suggestion_call"}, parent=parent_vc),  # a budget where residents propose and vote, never named so
        page("/index.php/vie-citoyenne/neuvy-en-commun", "Neuvy en commun, la plateforme participative", m.prose(
            "Neuvy en commun est la plateforme de participation en ligne de la Ville. On peut y déposer un projet pour Quartiers en Forge, "
            "répondre aux questionnaires des concertations en cours, débattre des projets d'aménagement et suivre les suites données.",
            "L'inscription est gratuite ; elle demande une adresse électronique et un code postal. Les agents de l'accueil de la mairie "
            "et de la médiathèque peuvent vous aider à participer.",
            f"<p><a class=\"btn btn-primary\" href=\"{capco}/\">Accéder à Neuvy en commun</a></p>"),
             {"participation_displayed", "participatory_platform"}, parent=parent_vc),  # the city's page presenting its own platform, with the link
        page("/index.php/vie-citoyenne/resultats-sondage-fete-de-la-loire-2023", "Résultats du sondage 2023 sur la fête de la Loire", m.prose(
            "Le sondage de l'an dernier, clos le 31 mai 2023, portait sur le programme de la fête de la Loire.")
            + '<div class="acepolls-results"><h2>Quelle animation vous manque le plus ?</h2><dl class="acepolls-bars">'
              '<dt>Un feu d\'artifice sur le fleuve</dt><dd><span class="bar" style="width:46%"></span> 46 % (201 votes)</dd>'
              '<dt>Des joutes nautiques</dt><dd><span class="bar" style="width:31%"></span> 31 % (135 votes)</dd>'
              '<dt>Un bal populaire</dt><dd><span class="bar" style="width:23%"></span> 23 % (100 votes)</dd></dl>'
              '<p>Ce sondage est terminé.</p></div>',
             decoys={"poll"}, parent=parent_vc),
        page("/index.php/contact", "Contact", m.prose(
            "Hôtel de ville de Neuvy-les-Forges, 3 quai des Mariniers, 58990 Neuvy-les-Forges. Standard : 03 86 00 00 00.")
            + m.joomla_contact("/index.php/contact", "1:hotel-de-ville"),
             {"contact_form"}),
        page("/index.php/connexion", "Espace associations", m.prose(
            "Cet espace permet aux associations neuvycoises de déposer leurs demandes de subvention et de réserver le matériel municipal.")
            + """<div class="com-users-login login"><form action="/index.php/connexion?task=user.login" method="post" class="com-users-login__form form-validate form-horizontal well" id="com-users-login__form">
<fieldset><div class="control-group"><div class="control-label"><label id="username-lbl" for="username" class="required">Identifiant<span class="star" aria-hidden="true">&#160;*</span></label></div>
<div class="controls"><input type="text" name="username" id="username" value="" class="validate-username required" size="25" required autocomplete="username"></div></div>
<div class="control-group"><div class="control-label"><label id="password-lbl" for="password" class="required">Mot de passe<span class="star" aria-hidden="true">&#160;*</span></label></div>
<div class="controls"><input type="password" name="password" id="password" value="" class="form-control required" size="25" maxlength="99" required autocomplete="current-password"></div></div>
<div class="com-users-login__remember"><div class="form-check"><input class="form-check-input" id="remember" type="checkbox" name="remember" value="yes"><label class="form-check-label" for="remember">Se souvenir de moi</label></div></div>
<div class="com-users-login__submit control-group"><div class="controls"><button type="submit" class="btn btn-primary">Connexion</button></div></div>
<input type="hidden" name="return" value=""><input type="hidden" name="a3f9c2d1e8b7" value="1"></fieldset></form></div>""",
             decoys={"contact_form"}),
    ]
    site = Site("www.neuvy-les-forges.fr", "joomla", "Neuvy-les-Forges", pages,
                menu=[("Accueil", "/"), ("Actualités", "/index.php/actualites"), ("Vie citoyenne", "/index.php/vie-citoyenne"),
                      ("Contact", "/index.php/contact")],
                accounts=[social("facebook", "VilleNeuvyLesForges"), social("instagram", "neuvylesforges"),
                          social("youtube", "NeuvyLesForgesTV")],
                address="Hôtel de ville, 3 quai des Mariniers, 58990 Neuvy-les-Forges")

    pb = "/project/quartiers-en-forge-2024"
    steps = [(f"{pb}/presentation/presentation-1", "Présentation", "presentation"),
             (f"{pb}/collect/depot-des-projets", "Dépôt des projets", "collect"),
             (f"{pb}/selection/vote-des-habitants", "Vote des habitants", "selection")]
    collect = f"{pb}/collect/depot-des-projets"
    verger_comments = [("Thérèse G.", "il y a 3 jours", "Excellente idée, il y a de la place derrière l'ancienne forge."),
                       ("Karim", "il y a 2 jours", "Qui entretiendra les arbres ? Il faudrait associer l'école."),
                       ("Collectif des Forges", "hier", "L'école Jules-Ferry est partante, nous l'avons rencontrée.")]
    bancs_comments = [("Marcel", "il y a 1 semaine", "Indispensable pour les anciens qui marchent le long du canal."),
                      ("Anne-Sophie", "il y a 5 jours", "Et des poubelles aussi, svp.")]
    cap = Site("neuvy-les-forges.cap-collectif.com", "capcollectif", "Neuvy en commun", [
        page("/", "Accueil", m.prose("<p class=\"lead\">Bienvenue sur Neuvy en commun, la plateforme participative de Neuvy-les-Forges.</p>")
             + '<section class="section--projects"><h2>Projets participatifs</h2><ul class="project-list">'
               f'<li class="project-preview"><a href="{pb}/presentation/presentation-1">Quartiers en Forge 2024</a> — Dépôt des projets en cours</li>'
               '<li class="project-preview"><a href="/project/bords-de-loire-demain/questionnaire/votre-avis">Bords de Loire demain</a> — Questionnaire en cours</li>'
               '<li class="project-preview"><a href="/project/quai-des-mariniers/debate/pieton-ou-pas">Quai des Mariniers : piéton ou pas ?</a> — Débat en cours</li>'
               '<li class="project-preview"><a href="/project/quartiers-en-forge-2023/selection/laureats">Quartiers en Forge 2023</a> — Terminé</li></ul></section>'),
        page(f"{pb}/presentation/presentation-1", "Quartiers en Forge 2024", m.capco_project_header("Quartiers en Forge 2024", steps, steps[0][0])
             + m.prose("Vous avez une idée pour votre quartier ? La Ville consacre 150 000 € aux projets des habitants. Déposez votre projet "
                       "jusqu'au 30 septembre, les services en étudient la faisabilité, puis tous les Neuvycois de plus de 11 ans votent en décembre.",
                       "Un projet doit relever des compétences de la Ville, être d'intérêt général et ne pas dépasser 30 000 €."),
             {"participatory_budget", "suggestion_call"}),  # its call for residents' projects is open
        page(collect, "Dépôt des projets", m.capco_project_header("Quartiers en Forge 2024", steps, collect)
             + m.prose("Le dépôt est ouvert jusqu'au 30 septembre. Connectez-vous pour déposer un projet ou commenter ceux des autres.")
             + m.capco_proposals(collect, [
                 ("un-verger-partage-aux-forges", "Un verger partagé aux Forges", "Collectif des Forges", "Les Forges", 64, len(verger_comments)),
                 ("des-bancs-le-long-du-canal", "Des bancs le long du canal", "Marcel D.", "La Jonction", 41, len(bancs_comments))]),
             {"participatory_budget", "suggestion_call"}),
        page(f"{collect}/proposals/un-verger-partage-aux-forges", "Un verger partagé aux Forges",
             m.prose("<p class=\"proposal__meta\">Déposé par Collectif des Forges · Quartier Les Forges · Estimation : 12 000 €</p>",
                     "Planter une vingtaine d'arbres fruitiers de variétés anciennes du Nivernais sur la parcelle en friche derrière l'ancienne "
                     "forge, avec des bancs et un panneau pédagogique. L'entretien serait assuré par les habitants et l'école Jules-Ferry.")
             + m.capco_comments(verger_comments),
             {"participatory_budget", "comments"}, parent=("Dépôt des projets", collect)),
        page(f"{collect}/proposals/des-bancs-le-long-du-canal", "Des bancs le long du canal",
             m.prose("<p class=\"proposal__meta\">Déposé par Marcel D. · Quartier La Jonction · Estimation : 8 500 €</p>",
                     "Installer six bancs et deux tables de pique-nique le long du canal latéral, entre l'écluse de la Jonction et le pont "
                     "de la Gare, là où il n'existe aucun endroit pour s'asseoir sur près de deux kilomètres.")
             + m.capco_comments(bancs_comments),
             {"participatory_budget", "comments"}, parent=("Dépôt des projets", collect)),
        page(f"{pb}/selection/vote-des-habitants", "Vote des habitants", m.capco_project_header("Quartiers en Forge 2024", steps, steps[2][0])
             + m.prose("Le vote ouvrira le 1er décembre. Chaque participant pourra soutenir trois projets, dans la limite de l'enveloppe de "
                       "150 000 €. Les projets jugés réalisables par les services seront présentés ici."),
             {"participatory_budget"}),
        page("/project/quartiers-en-forge-2023/selection/laureats", "Quartiers en Forge 2023 : les lauréats", m.prose(
            "Pour la troisième édition de Quartiers en Forge, le budget participatif de Neuvy-les-Forges, 1 912 habitants ont voté en "
            "décembre 2023. Huit projets ont été retenus pour 148 600 € : un terrain de pétanque éclairé à "
            "Saint-Étienne, une fresque à la Jonction, des nichoirs dans les écoles, une boîte à livres aux Montôts, une aire de jeux "
            "inclusive au parc Roger-Salengro, un abri à vélos à la gare, des composteurs partagés et un jardin pédagogique.")
            + '<ol class="proposal-ranking"><li>Aire de jeux inclusive — 612 votes</li><li>Terrain de pétanque éclairé — 498 votes</li>'
              '<li>Abri à vélos de la gare — 455 votes</li></ol>',
             {"participatory_budget"}),  # an edition's results are still the participatory budget's space
        page("/project/bords-de-loire-demain/questionnaire/votre-avis", "Bords de Loire demain : votre avis", m.prose(
            "Ce questionnaire ouvre la concertation sur les quais de Loire. Il est ouvert jusqu'au 15 juillet ; les réponses sont anonymes.")
            + m.capco_questionnaire("bords-de-loire", [
                ("radio", "À quelle fréquence venez-vous sur les quais ?", ["Tous les jours", "Chaque semaine", "Rarement", "Jamais"]),
                ("checkbox", "Que souhaiteriez-vous y trouver ?", ["Des arbres et de l'ombre", "Une guinguette", "Des jeux d'eau",
                                                                   "Un marché du soir", "Des pontons", "Du stationnement"]),
                ("select", "Le parking du quai des Mariniers doit-il être conservé ?", ["Oui, entièrement", "En partie", "Non"]),
                ("textarea", "Vos idées pour les bords de Loire", [])]),
             {"poll", "suggestion_call"}),  # a questionnaire whose open question asks for residents' ideas
        page("/project/quai-des-mariniers/debate/pieton-ou-pas", "Faut-il rendre le quai des Mariniers aux piétons ?", m.capco_debate(
            "Faut-il rendre le quai des Mariniers aux piétons le week-end ?",
            [("Élodie", "On redécouvrirait la Loire, et les commerces du quai en profiteraient."),
             ("Pascal R.", "Les enfants pourraient faire du vélo en sécurité le dimanche.")],
            [("Michel", "Où se gareront ceux qui viennent au marché ?"),
             ("Association des commerçants", "Nous demandons un essai limité à l'été avant toute décision.")], 331),
             {"poll", "comments"}),  # a for-or-against vote is a poll; arguments published under the question are comments
    ], features=PLATFORM, platforms=frozenset({"cap_collectif"}))
    return _city("99584", "Neuvy-les-Forges", 33150, "58", BFC, "http://www.neuvy-les-forges.fr/", [site, cap])


# ==================================================================== 99585 Bourbon-les-Saules (Allier), vendor CMS + Publik + Decidim

AJAX_IDEA_CELL = "/ajax/cell/12/wcs_wcsformcell-4/"


def _idea_cell_fragment():
    """What combo answers at the idea box's ajax cell URL: the w.c.s. form, drawn into the page by its script."""
    return m.wcs_form("boite-a-idees", "/boite-a-idees/", [
        ("nom", "Nom", "StringWidget", True), ("prenom", "Prénom", "StringWidget", False),
        ("courriel", "Courriel", "EmailWidget", True),
        ("quartier", "Quartier concerné", "SingleSelectWidget:Centre|Les Champins|Le Port|Saint-Louis|Les Grivats|Toute la ville", False),
        ("idee", "Votre idée", "TextWidget", True)], submit="Envoyer mon idée")


def bourbon() -> City:
    """A proprietary CMS, its Publik e-services (a contact form, a report form, an idea box whose form is loaded by
    combo's script from an ajax cell URL) and a Decidim platform ("Participez !") carrying "Cœur de Saules", a
    participatory budget that the city's pages never call so, with proposals, comments, budgets, a survey and
    debates on the Allier's banks and the conseil des sages as an assembly. Lookalikes: the budget page naming the
    brand in passing, a festival news item naming it, the département's platform, the water operator's
    satisfaction survey, a contact page with a mailto link, a room-booking form, the council's agenda."""
    media = MEDIA["bourbon"]
    dec = "http://participez.bourbon-les-saules.fr"
    gru = "http://demarches.bourbon-les-saules.fr"
    news = [
        ("/actualites/berges-de-l-allier-ateliers", "Berges de l'Allier : trois ateliers pour imaginer la promenade", "29 avril 2024",
         "La concertation sur la future promenade des berges commence."),
        ("/actualites/fete-des-saules", "La fête des Saules revient le 22 juin", "18 avril 2024",
         "Concerts, guinguette et inauguration du kiosque du port."),
        ("/actualites/allier-participe", "Le Département consulte sur ses routes", "9 avril 2024",
         "Une concertation départementale sur le schéma routier."),
        ("/actualites/enquete-satisfaction-eau", "Eau potable : une enquête de satisfaction", "2 avril 2024",
         "Le délégataire du service de l'eau interroge ses abonnés."),
        ("/actualites/nouveau-portail-demarches", "Un nouveau portail pour vos démarches", "15 mars 2024",
         "Inscriptions, signalements, réservations : tout au même endroit."),
    ]
    parent_pc = ("Participation citoyenne", "/la-ville/participation-citoyenne")
    pages = [
        page("/", "Accueil", m.vendor_tiles([
            (f"{gru}/", "Mes démarches en ligne"), ("/la-ville/participation-citoyenne", "Participation citoyenne"),
            ("/la-ville/participation-citoyenne/coeur-de-saules", "Cœur de Saules"), ("/la-ville/conseil-municipal", "Conseil municipal"),
            ("/la-ville/budget", "Budget"), ("/contact", "Contact")])
            + m.vendor_news(news) + m.prose('<p class="news-list__more"><a href="/actualites">Toutes les actualités</a></p>')),
        page("/actualites", "Actualités", m.vendor_news(news)),
        page("/la-ville/participation-citoyenne", "Participation citoyenne", m.prose(
            "<p class=\"lead\">Construire la ville avec celles et ceux qui y vivent.</p>",
            "Assemblées de quartier, conseil citoyen des Champins, conseil des sages, concertations sur les projets d'aménagement : "
            "la Ville de Bourbon-les-Saules fait de la participation des habitants une méthode de travail. Depuis 2022, une "
            "plateforme numérique complète les réunions publiques pour permettre à chacun de donner son avis à toute heure.")
            + m.links([("/la-ville/participation-citoyenne/assemblees-de-quartier", "Les assemblées de quartier"),
                       ("/la-ville/participation-citoyenne/conseil-citoyen-des-champins", "Le conseil citoyen des Champins"),
                       ("/la-ville/participation-citoyenne/coeur-de-saules", "Cœur de Saules : vos projets pour la ville"),
                       ("/la-ville/participation-citoyenne/participez", "La plateforme Participez !")]),
             {"participation_displayed"}),
        page("/la-ville/participation-citoyenne/assemblees-de-quartier", "Les assemblées de quartier", m.prose(
            "Deux fois par an, le maire et les élus de secteur réunissent les habitants de chacun des cinq quartiers — Centre, Les "
            "Champins, Le Port, Saint-Louis et Les Grivats — en assemblée de quartier.",
            "Ces rendez-vous publics permettent de présenter les travaux prévus, de faire le point sur les demandes précédentes et "
            "de répondre à toutes les questions, sans filtre. Un relevé des engagements pris est publié dans le mois qui suit.")
            + m.vendor_accordion([("Prochaines assemblées", "<ul><li>Le Port : mardi 4 juin, 18 h 30, école du Port</li>"
                                   "<li>Les Grivats : jeudi 6 juin, 18 h 30, salle des Grivats</li></ul>"),
                                  ("Relevés des engagements", "<p>Disponibles à l'accueil de la mairie et sur demande.</p>")]),
             {"participation_displayed"}, parent=parent_pc),
        page("/la-ville/participation-citoyenne/conseil-citoyen-des-champins", "Le conseil citoyen des Champins", m.prose(
            "Instance prévue par la loi de programmation pour la ville de 2014, le conseil citoyen des Champins associe des "
            "habitants tirés au sort et des acteurs locaux (associations, commerçants) au contrat de ville.",
            "Il participe aux comités de pilotage du contrat de ville, a contribué au projet de rénovation de la place des Champins "
            "et organise chaque automne une « disco-soupe » avec l'épicerie solidaire."),
             {"participation_displayed"}, parent=parent_pc),
        page("/la-ville/participation-citoyenne/coeur-de-saules", "Cœur de Saules", m.prose(
            "<p class=\"lead\">200 000 € pour des projets imaginés par les habitants et choisis par les habitants.</p>",
            "Une idée pour votre rue, votre quartier, votre ville ? Avec Cœur de Saules, chaque Bourbonnais de plus de 12 ans peut "
            "proposer un projet d'investissement. Les services municipaux en vérifient la faisabilité, puis les habitants votent "
            "pour leurs projets préférés, qui sont réalisés par la Ville dans les deux ans.",
            "<h2>Édition 2024</h2><ul><li>Du 2 avril au 30 juin : dépôt des idées</li><li>Juillet-septembre : analyse par les services</li>"
            "<li>Du 1er au 20 octobre : vote</li><li>Novembre : annonce des lauréats</li></ul>",
            f'<p><a class="btn btn--primary" href="{dec}/processes/coeur-de-saules-2024/f/41/proposals">Je dépose mon idée</a></p>')
            + m.links([("/la-ville/participation-citoyenne/coeur-de-saules/projets-realises", "Les projets déjà réalisés")]),
             {"participatory_budget", "suggestion_call"}, parent=parent_pc),  # never named "budget participatif": residents propose and vote
        page("/la-ville/participation-citoyenne/coeur-de-saules/projets-realises", "Cœur de Saules : les projets réalisés", m.prose(
            "Les neuf projets choisis par 2 310 votants lors de l'édition 2023 sont en cours de réalisation :")
            + "<ul><li>Le kiosque du port (48 000 €) — inauguré le 22 juin</li><li>Des fontaines à eau dans les parcs (21 000 €)</li>"
              "<li>Une aire de fitness aux Grivats (35 000 €)</li><li>Des nichoirs à martinets rue de la Poste (3 500 €)</li>"
              "<li>Un préau pour l'école Saint-Louis (40 000 €)</li><li>Quatre autres projets à découvrir sur la plateforme</li></ul>"
            + m.prose(f'<a href="{dec}/processes/coeur-de-saules-2023">Le détail de l\'édition 2023 sur Participez !</a>'),
             {"participatory_budget"}, parent=("Cœur de Saules", "/la-ville/participation-citoyenne/coeur-de-saules")),
        page("/la-ville/participation-citoyenne/participez", "Participez !, la plateforme de la participation", m.prose(
            "Participez ! est la plateforme de participation citoyenne de la Ville, construite avec le logiciel libre Decidim. "
            "On y dépose ses idées pour Cœur de Saules, on y répond aux questionnaires des concertations, on y débat des projets "
            "et on y suit les travaux du conseil des sages.",
            "Pour participer, créez un compte avec votre adresse électronique. La consultation des contenus est libre.",
            f'<p><a class="btn btn--primary" href="{dec}/">Aller sur Participez !</a></p>'),
             {"participation_displayed", "participatory_platform"}, parent=parent_pc),  # the city's page presenting its own platform, with the link
        page("/actualites/berges-de-l-allier-ateliers", "Berges de l'Allier : trois ateliers pour imaginer la promenade", m.prose(
            "Entre le pont Régemortes et la plage des Saules, la Ville veut aménager une promenade continue le long de l'Allier. "
            "Avant d'en dessiner le tracé, elle ouvre une concertation avec les habitants, les pêcheurs, les associations "
            "naturalistes et les clubs de canoë.",
            "Trois ateliers sont programmés : une balade diagnostic le 18 mai, un atelier cartographique le 1er juin et une "
            "restitution le 29 juin. En parallèle, un questionnaire et un espace de débat sont ouverts sur Participez !.",
            f'<a href="{dec}/processes/berges-de-l-allier">La concertation sur Participez !</a>')
            + m.share("http://www.bourbon-les-saules.fr/actualites/berges-de-l-allier-ateliers", "Berges de l'Allier : trois ateliers"),
             {"participation_displayed"}, parent=("Actualités", "/actualites")),  # a news item whose subject is a concertation
        page("/actualites/fete-des-saules", "La fête des Saules revient le 22 juin", m.prose(
            "La fête des Saules investit les quais le samedi 22 juin : marché des producteurs l'après-midi, fanfares, guinguette et "
            "feu d'artifice tiré depuis la rive gauche à 23 h.",
            "La journée sera aussi l'occasion d'inaugurer le kiosque du port, l'un des projets lauréats de Cœur de Saules 2023, "
            "imaginé par un groupe de musiciens amateurs du quartier.",
            "Navettes gratuites depuis la gare et le parking des Grivats de 15 h à 1 h.")
            + m.share("http://www.bourbon-les-saules.fr/actualites/fete-des-saules", "La fête des Saules"),
             decoys={"participatory_budget"}, parent=("Actualités", "/actualites")),  # names the brand in passing
        page("/actualites/allier-participe", "Le Département consulte sur ses routes", m.prose(
            "Le Conseil départemental de l'Allier prépare son schéma routier 2025-2035 et invite les habitants à s'exprimer sur sa "
            "plateforme « Allier participe » jusqu'au 31 mai.",
            "La route départementale qui traverse Bourbon-les-Saules est concernée par le projet de contournement nord. La Ville "
            "donnera son avis par délibération du conseil municipal."),
             decoys={"participatory_platform", "participation_displayed"}, parent=("Actualités", "/actualites")),  # the département's
        page("/actualites/enquete-satisfaction-eau", "Eau potable : une enquête de satisfaction", m.prose(
            "La société Eaux du Bourbonnais, délégataire du service public de l'eau potable, réalise son enquête annuelle de "
            "satisfaction auprès d'un échantillon d'abonnés, par téléphone et par courriel, du 8 au 30 avril.",
            "Si vous êtes contacté, l'appel ne donne lieu à aucune vente. Pour vérifier l'authenticité d'un appel, contactez le "
            "service client du délégataire."),
             decoys={"poll"}, parent=("Actualités", "/actualites")),
        page("/actualites/nouveau-portail-demarches", "Un nouveau portail pour vos démarches", m.prose(
            "Inscriptions scolaires, demandes d'acte d'état civil, signalements sur l'espace public, réservation des salles : le "
            f"nouveau portail <a href=\"{gru}/\">demarches.bourbon-les-saules.fr</a> rassemble toutes les démarches en ligne de la Ville.",
            "Vous y retrouverez aussi, dans la rubrique « Vie citoyenne », la boîte à idées de la Ville. Un compte unique permet de "
            "suivre toutes ses demandes."),
             decoys={"suggestion_call", "contact_form"}, parent=("Actualités", "/actualites")),  # names the idea box in passing
        page("/la-ville/conseil-municipal", "Le conseil municipal", m.prose(
            "Le conseil municipal compte 35 élus. Ses séances sont publiques et se tiennent en salle d'honneur de l'hôtel de ville.",
            "<h2>Séance du 13 juin 2024, 19 h</h2><ol><li>Compte administratif 2023</li><li>Cœur de Saules : règlement de l'édition 2024</li>"
            "<li>Tarifs de la fête des Saules</li><li>Convention de gestion de la plage des Saules</li></ol>"),
             decoys={"participation_displayed", "participatory_budget"}),  # the council's agenda names the brand in passing
        page("/la-ville/budget", "Le budget", m.prose(
            "Le budget primitif 2024, adopté le 21 mars, s'élève à 58,2 M€. En investissement, 16,4 M€ sont consacrés notamment à la "
            "rénovation de l'école des Grivats, à la première tranche de la promenade des berges et à l'enveloppe de 200 000 € de Cœur de Saules.",
            "Les comptes administratifs et les rapports d'orientation budgétaire des années précédentes sont consultables ci-dessous.")
            + m.documents(base=media, items=[("/files/finances/bp-2024.pdf", "Budget primitif 2024", "2,9 Mo"),
                                             ("/files/finances/ca-2023.pdf", "Compte administratif 2023", "3,4 Mo")]),
             decoys={"participatory_budget"}),
        page("/contact", "Contact", m.prose(
            "Hôtel de ville, 1 place de la République, 03990 Bourbon-les-Saules. Accueil du lundi au vendredi, 8 h 30 - 17 h.",
            'Téléphone : 04 70 00 00 00. Courriel : <a href="mailto:mairie@bourbon-les-saules.fr">mairie@bourbon-les-saules.fr</a>.',
            f'Pour une demande écrite, utilisez de préférence <a href="{gru}/contacter-la-mairie/">le formulaire du portail des démarches</a>.'),
             decoys={"contact_form"}),  # a mailto link and a link to the form, no form on the page
    ]
    www = Site("www.bourbon-les-saules.fr", "vendor", "Ville de Bourbon-les-Saules", pages,
               menu=[("La ville", "/la-ville/participation-citoyenne"), ("Actualités", "/actualites"),
                     ("Démarches", f"{gru}/"), ("Contact", "/contact")],
               accounts=[social("facebook", "BourbonLesSaules"), social("x", "VilleBLS"),
                         social("instagram", "bourbonlessaules"), social("bluesky", "bourbon-les-saules.bsky.social")],
               address="Hôtel de ville, 1 place de la République, 03990 Bourbon-les-Saules")

    gru_pages = [
        page("/", "Mes démarches", m.combo_links("État civil et citoyenneté", [
            ("/contacter-la-mairie/", "Contacter la mairie"), ("/boite-a-idees/", "Boîte à idées")], "wcs-forms-of-category-cell")
            + m.combo_links("Cadre de vie", [("/signaler-un-probleme/", "Signaler un problème sur l'espace public")])
            + m.combo_links("Réservations", [("/reservation-salle-des-fetes/", "Réserver la salle des fêtes")])
            + m.combo_cell("text-cell", "Besoin d'aide ?", '<p>Retour au <a href="http://www.bourbon-les-saules.fr/">site de la Ville</a>.</p>')),
        page("/contacter-la-mairie/", "Contacter la mairie", m.wcs_form("contacter-la-mairie", "/contacter-la-mairie/", [
            ("nom", "Nom", "StringWidget", True), ("prenom", "Prénom", "StringWidget", True), ("courriel", "Courriel", "EmailWidget", True),
            ("service", "Service concerné", "SingleSelectWidget:Accueil|État civil|Éducation|Services techniques|Urbanisme|Autre", True),
            ("objet", "Objet", "StringWidget", True), ("message", "Votre message", "TextWidget", True)]),
             {"contact_form"}),
        page("/boite-a-idees/", "Boîte à idées", m.combo_cell("text-cell", "Une idée pour la ville ?",
             "<p>Proposez vos idées pour améliorer la vie à Bourbon-les-Saules : elles sont lues par le service participation "
             "citoyenne et transmises aux élus. Pour un projet d'investissement, pensez aussi à Cœur de Saules.</p>")
             + m.combo_ajax_cell(AJAX_IDEA_CELL),
             {"suggestion_call", "contact_form"}),  # the idea form is drawn in by combo's script from its ajax cell URL
        page("/signaler-un-probleme/", "Signaler un problème sur l'espace public", m.wcs_form("signalement", "/signaler-un-probleme/", [
            ("categorie", "Catégorie", "SingleSelectWidget:Voirie|Éclairage public|Propreté|Espaces verts|Mobilier urbain", True),
            ("adresse", "Adresse ou lieu", "StringWidget", True), ("description", "Description du problème", "TextWidget", True),
            ("courriel", "Votre courriel, pour être informé du traitement", "EmailWidget", False)]),
             {"contact_form"}),  # a report written to the city in free text
        page("/reservation-salle-des-fetes/", "Réserver la salle des fêtes", m.wcs_form("reservation-salle", "/reservation-salle-des-fetes/", [
            ("date", "Date souhaitée", "DateWidget", True), ("formule", "Formule", "RadiobuttonsWidget:Journée|Week-end", True),
            ("nombre", "Nombre de personnes", "StringWidget", True), ("nom", "Nom", "StringWidget", True),
            ("courriel", "Courriel", "EmailWidget", True), ("cgu", "J'accepte le règlement de la salle", "CheckboxWidget", True)],
            submit="Réserver"),
             decoys={"contact_form", "poll"}),  # booking only
    ]
    portal = Site("demarches.bourbon-les-saules.fr", "publik", "Bourbon-les-Saules — Démarches", gru_pages,
                  menu=[("Accueil", "/"), ("Contact", "/contacter-la-mairie/")],
                  accounts=[social("facebook", "BourbonLesSaules")],
                  address="Hôtel de ville, 1 place de la République, 03990 Bourbon-les-Saules")

    p24, p23, pb = "/processes/coeur-de-saules-2024", "/processes/coeur-de-saules-2023", "/processes/berges-de-l-allier"
    nav24 = [("", "Présentation"), ("/f/41/proposals", "Idées")]
    nav_b = [("", "Présentation"), ("/f/51/", "Questionnaire"), ("/f/52/debates", "Débats")]
    c118 = [("Jacqueline M.", "il y a 12 jours", "Oui ! Le square est plein de familles le mercredi et il n'y a aucune ombre.",
             [("Service participation", "il y a 10 jours", "Merci, l'idée sera étudiée avec le service des espaces verts.")]),
            ("Hugo", "il y a 6 jours", "Je soutiens, en prévoyant aussi un point d'eau.", [])]
    c121 = [("Dominique L.", "il y a 4 jours", "Très bonne idée, il faudrait aussi un abri pour les vélos cargo.", [])]
    deb9 = [("Colette", "il y a 3 semaines", "Il faut absolument garder l'accès des pêcheurs à la rive, c'est leur lieu depuis toujours.",
             [("Yannick B.", "il y a 3 semaines", "Personne ne parle de le supprimer, mais de l'organiser.")]),
            ("LPO Allier", "il y a 2 semaines", "Attention à la colonie d'hirondelles de rivage sous la falaise de sable : pas d'éclairage à cet endroit.", [])]
    deb11 = [("Marc-Antoine", "il y a 1 semaine", "Un ponton pour les canoës à la plage des Saules serait bienvenu.", []),
             ("Nadia", "il y a 5 jours", "Et des toilettes ! La plage n'en a aucune l'été.", [])]
    projects23 = [(301, "Le kiosque du port", "48 000 €", 812), (302, "Une aire de fitness aux Grivats", "35 000 €", 644),
                  (305, "Un préau pour l'école Saint-Louis", "40 000 €", 590)]
    dpages = [
        page("/", "Participez !", m.prose("<p class=\"lead\">La plateforme de participation citoyenne de Bourbon-les-Saules.</p>")
             + '<section class="home__section"><h2 class="h2">Processus en cours</h2><div class="card__grid-grid">'
             + m.decidim_process_card(p24, "Cœur de Saules 2024", "Dépôt des idées", "2 avril - 30 juin 2024",
                                      "Proposez vos idées de projets pour la ville.")
             + m.decidim_process_card(pb, "Les berges de l'Allier", "Concertation", "18 mai - 29 juin 2024",
                                      "Imaginons ensemble la future promenade des berges.")
             + '</div></section><section class="home__section"><h2 class="h2">Processus terminés</h2><div class="card__grid-grid">'
             + m.decidim_process_card(p23, "Cœur de Saules 2023", "Terminé", "2023", "Les neuf projets lauréats.")
             + '</div></section>'
             + m.links([("/processes", "Tous les processus"), ("/assemblies/conseil-des-sages", "Le conseil des sages")])),
        page("/processes", "Processus participatifs", '<div class="card__grid-grid">'
             + m.decidim_process_card(p24, "Cœur de Saules 2024", "Dépôt des idées", "2 avril - 30 juin 2024", "")
             + m.decidim_process_card(pb, "Les berges de l'Allier", "Concertation", "18 mai - 29 juin 2024", "")
             + m.decidim_process_card(p23, "Cœur de Saules 2023", "Terminé", "2023", "") + "</div>"),
        page(p24, "Cœur de Saules 2024", m.decidim_hero(
            "Cœur de Saules 2024", "Le budget participatif de Bourbon-les-Saules", "Dépôt des idées", "2 avril - 30 juin 2024",
            "<p>Vous avez une idée de projet pour Bourbon-les-Saules ? Déposez-la jusqu'au 30 juin. Les idées réalisables seront "
            "soumises au vote des habitants en octobre : ce sont les Bourbonnais qui décident de l'usage de l'enveloppe.</p>")
            + m.decidim_space_nav(p24, nav24, ""),
             {"participatory_budget", "suggestion_call"}, parent=("Processus", "/processes")),
        page(f"{p24}/f/41/proposals", "Idées", m.decidim_space_nav(p24, nav24, "/f/41/proposals")
             + m.decidim_proposals(f"{p24}/f/41", [
                 (118, "De l'ombre pour le square des Champins", "", 37, 3),
                 (121, "Un abri à vélos sécurisé à la gare", "", 22, 1)]),
             {"participatory_budget", "suggestion_call"}, parent=("Cœur de Saules 2024", p24)),
        page(f"{p24}/f/41/proposals/118", "De l'ombre pour le square des Champins", m.prose(
            "<p class=\"layout-author\">Jacqueline M. · 12 avril 2024</p>",
            "Planter six arbres et installer une voile d'ombrage au-dessus des jeux du square des Champins, aujourd'hui en plein soleil "
            "tout l'après-midi. Les familles du quartier n'y restent pas l'été.")
            + '<div class="proposal__aside"><p><strong>37</strong> soutiens</p></div>'
            + m.decidim_comments("Proposal-118", "Z2lkOi8vZGVjaWRpbS9Qcm9wb3NhbC8xMTg", c118),
             {"participatory_budget", "comments"}, parent=("Idées", f"{p24}/f/41/proposals")),
        page(f"{p24}/f/41/proposals/121", "Un abri à vélos sécurisé à la gare", m.prose(
            "<p class=\"layout-author\">Association Vélo Saules · 19 avril 2024</p>",
            "Un abri fermé d'une quarantaine de places, accessible avec la carte de transport, pour ceux qui prennent le train vers "
            "Clermont ou Moulins.")
            + '<div class="proposal__aside"><p><strong>22</strong> soutiens</p></div>'
            + m.decidim_comments("Proposal-121", "Z2lkOi8vZGVjaWRpbS9Qcm9wb3NhbC8xMjE", c121),
             {"participatory_budget", "comments"}, parent=("Idées", f"{p24}/f/41/proposals")),
        page(p23, "Cœur de Saules 2023", m.decidim_hero(
            "Cœur de Saules 2023", "Édition terminée", "Terminé", "2023",
            "<p>2 310 habitants ont voté du 2 au 22 octobre 2023. Neuf projets ont été retenus pour 199 400 €.</p>")
            + m.decidim_space_nav(p23, [("", "Présentation"), ("/f/35/budgets/5/projects", "Projets")], ""),
             {"participatory_budget"}, parent=("Processus", "/processes")),
        page(f"{p23}/f/35/budgets/5/projects", "Projets", m.decidim_space_nav(p23, [("", "Présentation"), ("/f/35/budgets/5/projects", "Projets")],
                                                                              "/f/35/budgets/5/projects")
             + '<div class="budget-summary budget-summary--finished"><p class="h4">Le vote est terminé. Voici les projets sélectionnés.</p></div>'
             + '<div class="budget-list" id="projects">' + "".join(
                 f'<div class="budget-list__item" id="project-{pid}-item"><a href="{p23}/f/35/budgets/5/projects/{pid}" class="budget-list__text">'
                 f'<h3 class="h4">{t}</h3></a><div class="budget-list__data"><span class="budget-list__number">{a}</span>'
                 f'<span class="label success">Sélectionné</span><span class="budget-list__votes">{v} votes</span></div></div>'
                 for pid, t, a, v in projects23) + "</div>",
             {"participatory_budget"}, parent=("Cœur de Saules 2023", p23)),
        *[page(f"{p23}/f/35/budgets/5/projects/{pid}", t, m.prose(
            f"<p class=\"budget__amount\">Budget : <strong>{a}</strong> · {v} votes · <span class=\"label success\">Sélectionné</span></p>",
            desc), {"participatory_budget"}, parent=("Projets", f"{p23}/f/35/budgets/5/projects"))
          for (pid, t, a, v), desc in zip(projects23, [
              "Un kiosque en bois et en zinc sur l'esplanade du port, pour les concerts des associations et les bals d'été. Réalisé au printemps 2024.",
              "Six agrès de fitness en accès libre près du city-stade des Grivats, accessibles aux personnes à mobilité réduite.",
              "Un préau de 120 m² dans la cour de l'école Saint-Louis, pour que les enfants puissent sortir même sous la pluie."])],
        page(pb, "Les berges de l'Allier", m.decidim_hero(
            "Les berges de l'Allier", "Concertation", "Concertation", "18 mai - 29 juin 2024",
            "<p>La Ville aménagera d'ici 2026 une promenade continue le long de l'Allier, du pont Régemortes à la plage des Saules. "
            "Cette concertation associe les habitants au choix du tracé, des usages et des équipements : répondez au questionnaire, "
            "participez aux débats et venez aux ateliers.</p>")
            + m.decidim_space_nav(pb, nav_b, ""),
             {"participation_displayed"}, parent=("Processus", "/processes")),
        page(f"{pb}/f/51/", "Questionnaire", m.decidim_space_nav(pb, nav_b, "/f/51/")
             + m.decidim_survey(f"{pb}/f/51", [
                 ("single_option", "À quelle fréquence vous rendez-vous au bord de l'Allier ?", ["Plusieurs fois par semaine", "Quelques fois par mois", "Rarement", "Jamais"]),
                 ("multiple_option", "Quels usages la promenade doit-elle permettre ?", ["Marcher", "Courir", "Circuler à vélo", "Pêcher", "Se baigner", "Observer la nature"]),
                 ("long_answer", "Avez-vous une remarque ou une suggestion ?", [])]),
             {"poll"}, parent=("Les berges de l'Allier", pb)),
        page(f"{pb}/f/52/debates", "Débats", m.decidim_space_nav(pb, nav_b, "/f/52/debates")
             + m.decidim_debates(f"{pb}/f/52", [
                 (9, "Quelle place pour les pêcheurs sur la promenade ?", "Ville de Bourbon-les-Saules", 3, "il y a 2 semaines"),
                 (11, "Faut-il équiper la plage des Saules ?", "Ville de Bourbon-les-Saules", 2, "il y a 5 jours")]),
             parent=("Les berges de l'Allier", pb)),  # the list of debates only: the comments are on each debate's page
        page(f"{pb}/f/52/debates/9", "Quelle place pour les pêcheurs sur la promenade ?", m.prose(
            "La rive droite est fréquentée par les pêcheurs depuis des générations. Comment concilier leur présence avec une "
            "promenade ouverte aux piétons et aux vélos ? Donnez votre avis.")
            + m.decidim_comments("Debate-9", "Z2lkOi8vZGVjaWRpbS9EZWJhdGUvOQ", deb9),
             {"comments"}, parent=("Débats", f"{pb}/f/52/debates")),
        page(f"{pb}/f/52/debates/11", "Faut-il équiper la plage des Saules ?", m.prose(
            "Toilettes, douches, ponton, buvette : la plage des Saules attire du monde l'été mais n'a aucun équipement. Qu'en pensez-vous ?")
            + m.decidim_comments("Debate-11", "Z2lkOi8vZGVjaWRpbS9EZWJhdGUvMTE", deb11),
             {"comments"}, parent=("Débats", f"{pb}/f/52/debates")),
        page("/assemblies/conseil-des-sages", "Le conseil des sages", m.prose(
            "Le conseil des sages de Bourbon-les-Saules réunit vingt-quatre habitants de plus de 60 ans. Il rend des avis au maire sur "
            "les projets municipaux et conduit ses propres études : cette année, la place des seniors dans les transports et "
            "l'accessibilité des bords de l'Allier.",
            "Ses avis et comptes rendus sont publiés sur cette page après chaque séance plénière."),
             {"participation_displayed"}),
    ]
    decidim = Site("participez.bourbon-les-saules.fr", "decidim", "Participez ! Bourbon-les-Saules", dpages,
                   menu=[("Accueil", "/"), ("Processus", "/processes"), ("Conseil des sages", "/assemblies/conseil-des-sages")],
                   features=PLATFORM, platforms=frozenset({"decidim"}))
    return _city("99585", "Bourbon-les-Saules", 41270, "03", ARA, "http://www.bourbon-les-saules.fr/", [www, portal, decidim])


# ==================================================================== 99586 Champvallon (Jura), TYPO3 + LimeSurvey

LS_HOST = "enquetes.champvallon.fr"
LS_OPEN, LS_CLOSED = 548213, 771904


def champvallon() -> City:
    """TYPO3 12 with a register of petitions (an Extbase extension: list, signatures, signing and filing forms), the
    right of petition presented, the Form framework (contact, ideas for the Ain's banks), surveys on a LimeSurvey
    host of the city; lookalikes: council minutes examining a petition, the préfecture's enquête publique, the
    gendarmerie's participation citoyenne, an appel à candidatures for the former barracks, a closed survey and its
    results, the budget primitif."""
    media = MEDIA["champvallon"]
    ls = f"http://{LS_HOST}"
    petitions = [
        ("passage-pieton-rue-des-salines", "Pour un passage piéton sécurisé rue des Salines", "ouverte", 214, 300, "jusqu'au 30 juin 2024"),
        ("reouverture-du-lavoir-des-tanneurs", "Rouvrir le lavoir des Tanneurs au public", "ouverte", 87, 300, "jusqu'au 15 septembre 2024"),
        ("eclairage-du-chemin-de-halage", "Éclairer le chemin de halage entre le pont et la gare", "reponse", 318, 300, "examinée le 16 mai 2024"),
    ]
    news = [
        ("/actualites/ancienne-caserne-bouchet-appel-a-candidatures", "Caserne Bouchet : appel à candidatures pour le tiers-lieu", "6 mai 2024",
         "Associations et porteurs de projets peuvent candidater pour occuper le bâtiment A."),
        ("/citoyennete/berges-de-l-ain-vos-idees", "Berges de l'Ain : vos idées jusqu'au 14 juillet", "29 avril 2024",
         "Un appel à idées ouvert à tous pour le parc des Îles."),
        ("/actualites/enquete-publique-fromagerie", "Enquête publique : extension de la fromagerie coopérative", "15 avril 2024",
         "Une enquête publique préfectorale du 22 avril au 24 mai."),
        ("/actualites/participation-citoyenne-gendarmerie", "Participation citoyenne : devenez référent", "3 avril 2024",
         "La gendarmerie recherche des habitants référents dans les quartiers."),
    ]
    parent_c = ("Citoyenneté", "/citoyennete")
    parent_p = ("Les pétitions", "/citoyennete/petitions")
    reg_link = m.links([("/citoyennete/petitions", "Toutes les pétitions"), ("/citoyennete/petitions/deposer", "Déposer une pétition"),
                        ("/citoyennete/droit-de-petition", "Le droit de pétition : mode d'emploi")], "petition-links")
    details = []
    texts = {
        "passage-pieton-rue-des-salines": (412, "Les enfants de l'école des Salines traversent chaque matin la rue des Salines sans passage "
                                           "protégé, à la sortie d'un virage. Nous demandons un passage piéton surélevé et un éclairage renforcé."),
        "reouverture-du-lavoir-des-tanneurs": (415, "Le lavoir des Tanneurs, restauré en 2019, est fermé au public. Nous demandons son ouverture "
                                               "les week-ends d'été et son intégration au circuit patrimoine de l'office de tourisme."),
        "eclairage-du-chemin-de-halage": (398, "Le chemin de halage est le trajet le plus direct entre le quartier du Pont et la gare, mais il "
                                          "n'est pas éclairé. Nous demandons un éclairage à détection de présence."),
    }
    for slug, title, status, sigs, threshold, deadline in petitions:
        pid, text = texts[slug]
        path = f"/citoyennete/petitions/detail/{slug}"
        if status == "ouverte":
            body = (m.t3_text(pid * 10, "La pétition", m.prose(text))
                    + m.prose(f"<p class=\"petition-count\"><strong>{sigs}</strong> signatures sur les {threshold} nécessaires — {deadline}.</p>")
                    + m.t3_petition_sign(pid, path) + reg_link)
        else:
            body = (m.t3_text(pid * 10, "La pétition", m.prose(text))
                    + m.prose(f"<p class=\"petition-count\">Signatures recueillies : <strong>{sigs}</strong> (seuil : {threshold}). "
                              "La signature est close.</p>")
                    + m.t3_text(pid * 10 + 1, "La réponse du conseil municipal", m.prose(
                        "Le conseil municipal a examiné la pétition lors de sa séance du 16 mai 2024. Il a décidé l'installation de "
                        "douze candélabres solaires à détection de présence, inscrits au budget supplémentaire ; les travaux auront lieu "
                        "à l'automne."))
                    + reg_link)
        details.append(page(path, title, body, {"petition"}, parent=parent_p))  # a page of the city's register of petitions

    pages = [
        page("/", "Accueil", m.t3_text(10, "Bienvenue à Champvallon", m.prose(
            "Entre vignes et rivière, au pied du premier plateau du Jura, Champvallon vous accueille."))
            + m.t3_news_list(news) + m.links([("/actualites", "Toutes les actualités"), ("/citoyennete", "Citoyenneté"),
                                              ("/citoyennete/petitions", "Les pétitions en cours"), ("/mairie/budget", "Budget"),
                                              ("/mairie/deliberations/conseil-du-16-mai-2024", "Dernier conseil municipal"), ("/contact", "Contact")])),
        page("/actualites", "Actualités", m.t3_news_list(news)),
        page("/citoyennete", "Citoyenneté", m.t3_text(20, "Démocratie locale", m.prose(
            "La Ville de Champvallon a inscrit dans son règlement intérieur des droits nouveaux pour les habitants : un droit de "
            "pétition qui permet de saisir le conseil municipal, des comités consultatifs ouverts, un conseil municipal des jeunes "
            "et des enquêtes en ligne avant les décisions importantes.")) + m.links([
                ("/citoyennete/droit-de-petition", "Le droit de pétition"), ("/citoyennete/petitions", "Les pétitions"),
                ("/citoyennete/comites-consultatifs", "Les comités consultatifs"),
                ("/citoyennete/conseil-municipal-des-jeunes", "Le conseil municipal des jeunes"),
                ("/citoyennete/enquetes-et-questionnaires", "Enquêtes et questionnaires"),
                ("/citoyennete/berges-de-l-ain-vos-idees", "Appel à idées : les berges de l'Ain")]),
             {"participation_displayed"}),
        page("/citoyennete/droit-de-petition", "Le droit de pétition", m.t3_text(30, "Saisir le conseil municipal", m.prose(
            "Depuis 2021, toute personne de plus de 16 ans qui habite, travaille ou étudie à Champvallon peut lancer une pétition "
            "sur un sujet relevant des compétences de la commune.",
            "Si la pétition recueille <strong>300 signatures</strong> en six mois, elle est inscrite à l'ordre du jour du conseil "
            "municipal suivant ; son premier signataire est invité à la présenter en séance. Le conseil délibère et la réponse est "
            "publiée en ligne."))
            + m.t3_text(31, "Comment faire ?", "<ol><li>Déposez votre pétition en ligne ou sur formulaire papier à l'accueil.</li>"
                        "<li>Le service des assemblées vérifie sous quinze jours qu'elle est recevable.</li>"
                        "<li>La pétition est publiée et ouverte à la signature.</li></ol>")
            + reg_link,
             {"petition", "participation_displayed"}, parent=parent_c),
        page("/citoyennete/petitions", "Les pétitions", m.t3_text(40, "Pétitions en cours et pétitions examinées", m.prose(
            "Signez les pétitions en cours ou déposez la vôtre. Seules les signatures vérifiées sont décomptées."))
            + m.t3_petition_list(petitions, "/citoyennete/petitions")
            + m.links([("/citoyennete/petitions/deposer", "Déposer une pétition")]),
             {"petition"}, parent=parent_c),
        *details,
        page("/citoyennete/petitions/deposer", "Déposer une pétition", m.prose(
            "Votre pétition doit concerner une compétence de la commune, ne pas viser une personne et respecter la loi. Elle est "
            "publiée après vérification de sa recevabilité.") + m.t3_petition_new("/citoyennete/petitions/deposer"),
             {"petition"}, parent=parent_p),
        page("/citoyennete/comites-consultatifs", "Les comités consultatifs", m.t3_text(50, "Trois comités ouverts", m.prose(
            "Les comités consultatifs Ville durable, Culture et patrimoine, et Solidarités réunissent élus et habitants volontaires "
            "quatre fois par an. Ils examinent les projets de délibération de leur domaine et peuvent faire des propositions au maire.",
            "Pour rejoindre un comité, écrivez au service des assemblées : les comités sont renouvelés chaque année en septembre.")),
             {"participation_displayed"}, parent=parent_c),
        page("/citoyennete/conseil-municipal-des-jeunes", "Le conseil municipal des jeunes", m.t3_text(60, "CMJ", m.prose(
            "Dix-neuf collégiens élus pour deux ans forment le conseil municipal des jeunes. Ils ont créé l'an passé un parcours "
            "d'orientation dans la forêt communale et organisent une journée de ramassage des déchets sur les berges de l'Ain.",
            "Le CMJ présente ses projets au conseil municipal une fois par an.")),
             {"participation_displayed"}, parent=parent_c),
        page("/citoyennete/enquetes-et-questionnaires", "Enquêtes et questionnaires", m.t3_text(70, "Questionnaire en cours", m.prose(
            "<strong>Se déplacer à pied et à vélo à Champvallon</strong> — jusqu'au 30 juin. Avant d'adopter son plan vélo, la Ville "
            "souhaite connaître vos trajets et les obstacles que vous rencontrez.",
            f'<a class="btn btn-primary" href="{ls}/index.php/{LS_OPEN}?lang=fr">Répondre au questionnaire</a>'))
            + m.t3_text(71, "Enquêtes terminées", m.links([
                ("/citoyennete/enquetes-et-questionnaires/resultats-stationnement-2023", "Stationnement en centre-ville (2023) : les résultats"),
                (f"{ls}/index.php/{LS_CLOSED}?lang=fr", "Rythmes scolaires (2022)")])),
             {"poll"}, parent=parent_c),  # the city's page of its open survey, linking to it
        page("/citoyennete/enquetes-et-questionnaires/resultats-stationnement-2023", "Stationnement en centre-ville : les résultats",
             m.t3_text(80, "Ce que vous avez répondu", m.prose(
                 "L'enquête sur le stationnement en centre-ville, ouverte du 2 au 31 octobre 2023, a recueilli 932 réponses.",
                 "La gratuité des trente premières minutes est plébiscitée (81 %). Une majorité (57 %) accepterait un parking relais à "
                 "la gare avec navette. La Ville a mis en place la demi-heure gratuite au 1er janvier 2024.")),
             decoys={"poll"}, parent=("Enquêtes et questionnaires", "/citoyennete/enquetes-et-questionnaires")),
        page("/citoyennete/berges-de-l-ain-vos-idees", "Berges de l'Ain : vos idées", m.t3_text(90, "Le parc des Îles, à vous d'imaginer", m.prose(
            "La Ville a acquis les anciennes gravières du lieu-dit les Îles, douze hectares d'eau et de saulaies au bord de l'Ain. "
            "Baignade, pêche, sentiers, réserve naturelle ? Avant de lancer les études, nous voulons connaître vos idées.",
            "Toutes les contributions reçues avant le 14 juillet seront publiées et présentées au comité consultatif Ville durable."))
            + m.t3_form("ideesberges-1902", "/citoyennete/berges-de-l-ain-vos-idees", [
                ("text-1", "Nom", True), ("email-1", "Courriel", True),
                ("singleselect-1:Promenade|Baignade|Pêche|Nature|Sport|Autre", "Votre idée concerne", False),
                ("textarea-1", "Votre idée", True), ("checkbox-1", "J'accepte que mon idée soit publiée sans mon nom", False)],
                submit="Envoyer mon idée"),
             {"suggestion_call", "contact_form"}, parent=parent_c),  # an idea form sent to the city
        page("/actualites/ancienne-caserne-bouchet-appel-a-candidatures", "Caserne Bouchet : appel à candidatures pour le tiers-lieu",
             m.t3_text(100, "Un tiers-lieu dans le bâtiment A", m.prose(
                 "Désaffectée depuis le départ du régiment en 2011, la caserne Bouchet accueille déjà l'école de musique et les "
                 "Restos du cœur. La Ville lance un appel à candidatures pour occuper le bâtiment A (900 m²) avec un tiers-lieu : "
                 "ateliers partagés, café associatif, espace de travail.",
                 "Les associations, coopératives et entreprises de l'économie sociale et solidaire peuvent déposer un dossier jusqu'au "
                 "28 juin. Le règlement de la consultation précise les critères de sélection et la redevance."))
             + m.documents(base=media, items=[("/fileadmin/user_upload/caserne/reglement-appel-candidatures.pdf", "Règlement de l'appel à candidatures", "410 Ko")])
             + m.share("http://www.champvallon.fr/actualites/ancienne-caserne-bouchet-appel-a-candidatures", "Caserne Bouchet : appel à candidatures"),
             decoys={"suggestion_call"}, parent=("Actualités", "/actualites")),
        page("/actualites/enquete-publique-fromagerie", "Enquête publique : extension de la fromagerie coopérative", m.t3_text(110, "Avis", m.prose(
            "Par arrêté du préfet du Jura, une enquête publique est ouverte du 22 avril au 24 mai sur la demande d'autorisation "
            "environnementale de la fromagerie coopérative du Val d'Ain, au titre des installations classées.",
            "Le dossier est consultable en mairie et sur le site des services de l'État dans le Jura. Les observations peuvent être "
            "consignées sur le registre ouvert en mairie, adressées au commissaire enquêteur ou déposées sur le registre "
            "dématérialisé de la préfecture."))
            + m.share("http://www.champvallon.fr/actualites/enquete-publique-fromagerie", "Enquête publique : fromagerie"),
             decoys={"poll", "participation_displayed"}, parent=("Actualités", "/actualites")),
        page("/actualites/participation-citoyenne-gendarmerie", "Participation citoyenne : devenez référent", m.t3_text(120, "Un dispositif de la gendarmerie", m.prose(
            "La communauté de brigades de Champvallon renouvelle le dispositif « participation citoyenne » signé avec la commune en 2017. "
            "Elle recherche des habitants référents dans les quartiers du Pont, des Salines et de la Combe.",
            "Les référents signalent aux gendarmes les faits suspects (repérages, démarchages) ; ils ne disposent d'aucun pouvoir de "
            "police. Réunion d'information le 17 avril à 18 h, salle des fêtes.")),
             decoys={"participation_displayed", "territorial_social_network"}, parent=("Actualités", "/actualites")),
        page("/contact", "Contact", m.t3_text(130, "Nous écrire", m.prose(
            "Mairie de Champvallon, 12 place de la Liberté, 39990 Champvallon. Lundi-vendredi 8 h 30 - 12 h / 13 h 30 - 17 h 30."))
            + m.t3_form("contactform-4711", "/contact", [
                ("text-1", "Nom", True), ("email-1", "Adresse électronique", True), ("telephone-1", "Téléphone", False),
                ("text-2", "Objet", True), ("textarea-1", "Message", True)]),
             {"contact_form"}),
        page("/mairie/deliberations/conseil-du-16-mai-2024", "Conseil municipal du 16 mai 2024", m.t3_text(140, "Compte rendu", m.prose(
            "Le conseil municipal s'est réuni le 16 mai 2024 sous la présidence du maire. 27 conseillers présents sur 33.",
            "<strong>Délibération 2024-041 — Pétition « Éclairer le chemin de halage »</strong>. La pétition, qui a recueilli 318 "
            "signatures, a été présentée par sa première signataire. Le conseil décide à l'unanimité l'installation d'un éclairage "
            "à détection de présence.",
            "<strong>Délibération 2024-042 — Budget supplémentaire</strong>. Adopté par 25 voix pour et 2 abstentions.",
            "<strong>Délibération 2024-043 — Tarifs de la piscine d'été</strong>. Adoptée à l'unanimité."))
            + m.documents(base=media, items=[("/fileadmin/user_upload/deliberations/cr-2024-05-16.pdf", "Compte rendu (PDF)", "280 Ko")]),
             decoys={"petition", "participation_displayed", "participatory_budget"}),
        page("/mairie/budget", "Le budget communal", m.t3_text(150, "Budget primitif 2024", m.prose(
            "Le budget primitif 2024 s'équilibre à 31,8 M€ : 23,5 M€ en fonctionnement et 8,3 M€ en investissement. Il finance "
            "notamment la réhabilitation de la caserne Bouchet, le plan vélo et la rénovation de la toiture de l'église Saint-Just.",
            "Le compte administratif 2023 fait apparaître un excédent de 2,1 M€, reporté en investissement."))
            + m.documents(base=media, items=[("/fileadmin/user_upload/finances/bp-2024.pdf", "Budget primitif 2024", "2,5 Mo")]),
             decoys={"participatory_budget"}),
    ]
    www = Site("www.champvallon.fr", "typo3", "Ville de Champvallon", pages,
               menu=[("Accueil", "/"), ("Actualités", "/actualites"), ("Citoyenneté", "/citoyennete"), ("Contact", "/contact")],
               accounts=[social("facebook", "villedechampvallon"), social("youtube", "champvallon39"),
                         social("linkedin", "ville-de-champvallon"), social("instagram", "champvallon_jura")],
               address="Mairie, 12 place de la Liberté, 39990 Champvallon")
    survey = (m.limesurvey_question(LS_OPEN, 12, 145, "Q1", "Comment vous déplacez-vous le plus souvent dans Champvallon ?", "L",
                                    ["À pied", "À vélo", "En voiture", "En bus", "Autre"])
              + m.limesurvey_question(LS_OPEN, 12, 146, "Q2", "Qu'est-ce qui vous empêche de circuler davantage à vélo ?", "M",
                                      ["Le manque de pistes", "La vitesse des voitures", "Les côtes", "Le stationnement des vélos", "Rien"])
              + m.limesurvey_question(LS_OPEN, 12, 147, "Q3", "Quels aménagements souhaitez-vous en priorité ?", "T", mandatory=False))
    enquetes = Site(LS_HOST, "vendor", "Enquêtes de la Ville de Champvallon", [
        page("/", "Questionnaires publics", '<div class="survey-list"><h2>Questionnaires disponibles</h2><ul class="surveys-list">'
             f'<li><a href="/index.php/{LS_OPEN}?lang=fr" class="surveytitle">Se déplacer à pied et à vélo à Champvallon</a></li></ul>'
             f'<p>Retour au <a href="http://www.champvallon.fr/citoyennete/enquetes-et-questionnaires">site de la Ville</a>.</p></div>',
             {"poll"}),  # the survey tool's public list, with its open survey
        page(f"/index.php/{LS_OPEN}?lang=fr", "Se déplacer à pied et à vélo à Champvallon", survey, {"poll"}),
        page(f"/index.php/{LS_CLOSED}?lang=fr", "Rythmes scolaires", '<div class="alert alert-warning" role="alert">'
             "<p>Ce questionnaire n'est plus actif. Vous ne pouvez plus y répondre.</p>"
             "<p>Pour toute question, contactez l'administrateur du questionnaire : service des assemblées.</p></div>",
             decoys={"poll"}),
    ])
    return _city("99586", "Champvallon", 24870, "39", BFC, "http://www.champvallon.fr/", [www, enquetes])


def _replytocom(path, ids):
    """WordPress's ?replytocom= links, which the site's SEO plugin sends back to the post itself."""
    return {f"{path}?replytocom={cid}": f"{path}#respond" for cid in ids}


# ==================================================================== 99587 Autrey-en-Morvan (Saône-et-Loire), WordPress + phpBB

def autrey() -> City:
    """WordPress with YOP Poll in its sidebar, native comments (open, closed with comments, closed without), Contact
    Form 7 (contact, ideas for the Arroux's banks), a Gravity Forms questionnaire, a residents' board on phpBB run by
    the commune; lookalikes: the forum des associations, closed polls' results, an appel à candidatures, the
    budget primitif, council minutes mentioning a petition, the council's page."""
    media = MEDIA["autrey"]
    forum = "http://forum.autrey-en-morvan.fr"
    poll = m.wp_widget("yop_poll_widget-2", "widget_yop_poll_widget", "Votre avis", m.yop_poll(
        9, 17, "Le marché du mercredi doit-il passer en fin d'après-midi l'été ?", ["Oui, de 16 h à 20 h", "Non, gardons le matin", "Les deux"],
        first_answer=51))
    posts = [
        ("/2024/04/18/travaux-etang-de-la-vaillante/", "Étang de la Vaillante : les travaux de la digue"),
        ("/2024/03/02/reunion-publique-des-hameaux-le-compte-rendu/", "Réunion publique des hameaux : le compte rendu"),
        ("/2024/02/10/forum-des-associations/", "Forum des associations : les inscriptions sont ouvertes"),
        ("/2024/01/22/budget-primitif-2024/", "Budget primitif 2024"),
        ("/2023/11/14/marche-de-noel-appel-a-candidatures/", "Marché de Noël : appel à candidatures"),
    ]
    side = (poll, m.wp_recent_posts(posts))
    parent_news = ("Actualités", "/actualites/")
    parent_vm = ("Vie municipale", "/vie-municipale/conseil-municipal/")
    pages = [
        page("/", "Accueil", m.wp_with_sidebar(
            m.prose("Bienvenue à Autrey-en-Morvan, porte du Parc naturel régional du Morvan, entre l'Arroux, les lacs et les forêts.")
            + m.links([("/actualites/", "Actualités"), ("/vie-municipale/conseil-des-sages/", "Le conseil des sages"),
                       ("/vie-municipale/comites-de-hameaux/", "Les comités de hameaux"), ("/forum-des-habitants/", "Le forum des habitants"),
                       ("/participer/questionnaire-cantine/", "Questionnaire : la cantine"),
                       ("/participer/appel-a-idees-bords-de-l-arroux/", "Appel à idées : les bords de l'Arroux"),
                       ("/sondages-precedents/", "Les sondages précédents"), ("/contact/", "Contact")]), *side),
             {"poll"}),
        page("/actualites/", "Actualités", m.wp_with_sidebar(
            "".join(f'<article class="post type-post status-publish format-standard hentry"><h2 class="entry-title"><a href="{h}" rel="bookmark">{t}</a></h2></article>'
                    for h, t in posts), *side), {"poll"}),
        page("/2024/04/18/travaux-etang-de-la-vaillante/", "Étang de la Vaillante : les travaux de la digue", m.wp_with_sidebar(
            m.prose("La digue de l'étang de la Vaillante, classée ouvrage hydraulique, doit être confortée avant l'hiver. L'étang sera "
                    "abaissé d'un mètre à partir du 2 septembre ; la baignade et la pêche y seront interdites jusqu'à la fin des travaux.",
                    "Le chemin de la digue restera ouvert aux piétons le week-end. Les questions des riverains sont les bienvenues ci-dessous.")
            + m.wp_comments(412, "Étang de la Vaillante : les travaux de la digue", [
                ("Jean-Claude", "18 avril 2024 à 19 h 12", "Le ponton de pêche sera-t-il refait en même temps ?",
                 [("Mairie d'Autrey", "19 avril 2024 à 9 h 30", "Oui, le ponton PMR sera reconstruit à la fin du chantier.", [])]),
                ("Martine G.", "21 avril 2024 à 8 h 05", "Pensez aux canards, il y a des nids dans les roseaux au printemps.", [])], first_id=128),
            *side), {"comments", "poll"}, parent=parent_news),
        page("/2024/03/02/reunion-publique-des-hameaux-le-compte-rendu/", "Réunion publique des hameaux : le compte rendu", m.wp_with_sidebar(
            m.prose("Plus de quatre-vingts habitants ont assisté, le 28 février, à la réunion publique annuelle des comités de hameaux à la "
                    "salle des fêtes. Au programme : le déneigement des routes communales, la couverture mobile des hameaux de la "
                    "montagne et le transport à la demande.",
                    "Les comités de hameaux ont présenté leurs demandes prioritaires ; le maire s'est engagé à y répondre par écrit avant "
                    "l'été. Le compte rendu complet est disponible en mairie.")
            + m.wp_comments(398, "Réunion publique des hameaux : le compte rendu", [
                ("Gérard (Les Brosses)", "3 mars 2024 à 11 h 40", "Merci pour cette réunion, enfin des réponses sur le déneigement.", []),
                ("Sophie L.", "4 mars 2024 à 20 h 02", "Dommage que ce soit un mercredi soir, beaucoup de parents n'ont pas pu venir.", [])],
                first_id=118, open_=False),
            *side), {"participation_displayed", "comments", "poll"}, parent=parent_news),  # comments closed, but published ones remain
        page("/2024/02/10/forum-des-associations/", "Forum des associations : les inscriptions sont ouvertes", m.wp_with_sidebar(
            m.prose("Le forum des associations aura lieu le samedi 7 septembre à la halle. Les associations qui souhaitent y tenir un "
                    "stand peuvent s'inscrire jusqu'au 30 juin auprès du secrétariat de mairie.")
            + m.wp_comments(377, "Forum des associations", [], open_=False), *side),
             {"poll"}, decoys={"forum", "comments"}, parent=parent_news),
        page("/2024/01/22/budget-primitif-2024/", "Budget primitif 2024", m.wp_with_sidebar(
            m.prose("Le conseil municipal a voté le budget primitif 2024 le 18 janvier : 11,4 M€ en fonctionnement et 3,9 M€ en "
                    "investissement, dont la digue de la Vaillante, la réfection de l'école des Brosses et le chauffage de la halle.")
            + m.documents(base=media, items=[("/wp-content/uploads/2024/01/budget-primitif-2024.pdf", "Budget primitif 2024", "1,1 Mo")]), *side),
             {"poll"}, decoys={"participatory_budget"}, parent=parent_news),
        page("/2023/11/14/marche-de-noel-appel-a-candidatures/", "Marché de Noël : appel à candidatures", m.wp_with_sidebar(
            m.prose("Le marché de Noël se tiendra les 16 et 17 décembre sous la halle. Les artisans et producteurs du Morvan peuvent "
                    "candidater jusqu'au 30 novembre en renvoyant la fiche d'inscription au secrétariat de mairie."), *side),
             {"poll"}, decoys={"suggestion_call"}, parent=parent_news),
        page("/vie-municipale/conseil-des-sages/", "Le conseil des sages", m.prose(
            "Créé en 2016, le conseil des sages d'Autrey-en-Morvan réunit quatorze habitants retraités, issus du bourg et des hameaux.",
            "Il est consulté par le conseil municipal sur les questions de mobilité, de santé et de patrimoine et peut faire toute "
            "proposition au maire. On lui doit le recensement des croix et des lavoirs de la commune et l'idée du minibus du mercredi "
            "vers le marché.",
            "Le conseil des sages se réunit le premier lundi du mois à la mairie."), {"participation_displayed"}, parent=parent_vm),
        page("/vie-municipale/comites-de-hameaux/", "Les comités de hameaux", m.prose(
            "La commune compte vingt-deux hameaux. Pour que leurs habitants soient entendus, le conseil municipal a créé en 2015 huit "
            "comités de hameaux, animés par un habitant référent et un conseiller municipal.",
            "Chaque comité fait remonter les besoins (routes, eau, éclairage, ramassage scolaire), donne son avis sur les travaux et "
            "participe à la réunion publique annuelle des hameaux.")
            + m.links([("/2024/03/02/reunion-publique-des-hameaux-le-compte-rendu/", "Compte rendu de la réunion publique 2024")]),
             {"participation_displayed"}, parent=parent_vm),
        page("/vie-municipale/conseil-municipal/", "Le conseil municipal", m.prose(
            "Le conseil municipal compte 29 membres. Les séances ont lieu à la mairie, généralement le jeudi à 19 h ; l'ordre du jour "
            "est publié une semaine avant.")
            + m.links([("/vie-municipale/conseil-municipal/proces-verbal-du-12-fevrier-2024/", "Procès-verbal du 12 février 2024"),
                       ("/vie-municipale/conseil-des-sages/", "Le conseil des sages"), ("/vie-municipale/comites-de-hameaux/", "Les comités de hameaux")]),
             decoys={"participation_displayed"}),
        page("/vie-municipale/conseil-municipal/proces-verbal-du-12-fevrier-2024/", "Procès-verbal du conseil municipal du 12 février 2024", m.prose(
            "Membres présents : 24. Absents excusés : 5.",
            "<strong>1. Tarifs de l'eau 2024.</strong> Adoptés à l'unanimité.",
            "<strong>2. Pétition relative à la fermeture du bureau de poste.</strong> Le maire donne lecture de la pétition signée par "
            "642 habitants contre la réduction des horaires du bureau de poste. Le conseil adopte une motion de soutien, transmise à "
            "la direction régionale de La Poste.",
            "<strong>3. Convention avec le Parc naturel régional du Morvan.</strong> Adoptée."),
             decoys={"petition", "participation_displayed"}, parent=("Le conseil municipal", "/vie-municipale/conseil-municipal/")),
        page("/forum-des-habitants/", "Le forum des habitants", m.prose(
            "Ouvert par la commune en 2015, le forum des habitants permet d'échanger sur la vie des hameaux, de proposer un coup de main "
            "ou de poser une question à la mairie, qui y répond chaque semaine.",
            "L'inscription est gratuite. Les discussions sont modérées par deux bénévoles et la secrétaire de mairie selon la charte du forum.",
            f'<p><a class="wp-block-button__link" href="{forum}/">Aller sur le forum</a></p>'),
             {"forum"}),  # the city's page presenting its own board and linking to it
        page("/participer/questionnaire-cantine/", "Questionnaire : la cantine scolaire", m.prose(
            "La cantine de l'école des Brosses sert 140 repas par jour. La commission des menus souhaite recueillir l'avis des familles "
            "avant le renouvellement du marché de restauration en septembre. Merci de répondre avant le 14 juin.")
            + m.gravity_form(3, "/participer/questionnaire-cantine/", [
                ("Combien de jours par semaine votre enfant mange-t-il à la cantine ?", "radio:1|2|3|4", True),
                ("Êtes-vous satisfait de la qualité des repas ?", "radio:Très satisfait|Plutôt satisfait|Peu satisfait|Pas du tout", True),
                ("Souhaitez-vous davantage de produits locaux, même si le prix augmente légèrement ?", "radio:Oui|Non|Sans avis", True),
                ("Un repas végétarien par semaine vous convient-il ?", "select:Oui|Non, moins|Non, davantage", False),
                ("Autres remarques", "textarea", False)], button="Envoyer mes réponses", title="La cantine, votre avis"),
             {"poll"}, decoys={"contact_form"}),  # the questionnaire's free-text box answers the survey
        page("/participer/appel-a-idees-bords-de-l-arroux/", "Appel à idées : les bords de l'Arroux", m.prose(
            "La commune a racheté l'ancienne scierie du Moulin et ses deux hectares au bord de l'Arroux. Avant de décider de leur "
            "avenir, elle fait appel à vos idées : jardin, aire de jeux, guinguette, espace naturel, atelier partagé ?",
            "Envoyez-nous vos idées avant le 31 juillet. Elles seront présentées lors d'une soirée publique à la rentrée.")
            + m.cf7(231, 196, "/participer/appel-a-idees-bords-de-l-arroux/", [
                ("Votre nom", "your-name", "text"), ("Votre e-mail", "your-email", "email"),
                ("Votre hameau ou quartier", "hameau", ["Le bourg", "Les Brosses", "La Vaillante", "Montloup", "Autre"]),
                ("Votre idée", "your-message", "textarea")]),
             {"suggestion_call", "contact_form"}),  # an idea form sent to the city
        page("/sondages-precedents/", "Les sondages précédents", m.prose(
            "Retrouvez ici les résultats des sondages clos publiés sur le site.")
            + '<div class="bootstrap-yop yop-poll-mc"><div class="basic-yop-poll-container" data-id="7" data-temp="basic"><div class="basic-inner">'
              '<div class="basic-question-title"><h5>Faut-il illuminer l\'église Saint-Lazare toute l\'année ?</h5></div>'
              '<ul class="basic-answers basic-results"><li class="basic-answer">Oui — 44 % (152 votes)</li><li class="basic-answer">Seulement l\'été — 39 % (135 votes)</li>'
              '<li class="basic-answer">Non — 17 % (59 votes)</li></ul><p class="basic-total">Total : 346 votes. Sondage clos le 30 septembre 2023.</p></div></div></div>',
             decoys={"poll"}),
        page("/contact/", "Contact", m.prose(
            "Mairie d'Autrey-en-Morvan, 1 place de la Halle, 71990 Autrey-en-Morvan. Ouverte du lundi au samedi de 9 h à 12 h.")
            + m.cf7(118, 57, "/contact/", [
                ("Votre nom (obligatoire)", "your-name", "text"), ("Votre e-mail (obligatoire)", "your-email", "email"),
                ("Objet", "your-subject", "text"), ("Votre message", "your-message", "textarea")]),
             {"contact_form"}),
    ]
    www = Site("www.autrey-en-morvan.fr", "wordpress", "Autrey-en-Morvan", pages,
               redirects=_replytocom("/2024/04/18/travaux-etang-de-la-vaillante/", (128, 129, 130)),
               menu=[("Accueil", "/"), ("Actualités", "/actualites/"), ("Vie municipale", "/vie-municipale/conseil-municipal/"),
                     ("Forum", "/forum-des-habitants/"), ("Contact", "/contact/")],
               accounts=[social("facebook", "autreyenmorvan"), social("youtube", "AutreyEnMorvan"), social("tiktok", "autreyenmorvan")],
               address="Mairie, 1 place de la Halle, 71990 Autrey-en-Morvan")

    t = {
        57: ("Déneigement de la route de Montloup", 2, [
            ("Bernard71", "Lun 15 jan. 2024 08:12", "<p>Ce matin encore, la route de Montloup n'était pas déneigée à 8 h. Les enfants ont raté le car.</p>"),
            ("Secrétariat mairie", "Lun 15 jan. 2024 11:40", "<p>Bonjour, la déneigeuse a eu une panne ce matin. Elle est réparée et la route est traitée.</p>"),
            ("Lucette", "Lun 15 jan. 2024 18:03", "<p>Merci pour l'info. Ne pourrait-on pas prévenir les parents par SMS dans ces cas-là ?</p>")]),
        61: ("Fibre aux Brosses : qui est raccordé ?", 2, [
            ("Fred_Les_Brosses", "Ven 8 mars 2024 21:15", "<p>Quelqu'un aux Brosses a déjà été raccordé à la fibre ? Mon opérateur dit que mon adresse n'existe pas.</p>"),
            ("Nicole B.", "Sam 9 mars 2024 10:02", "<p>Oui, depuis février. Il faut demander à la mairie un certificat de numérotage.</p>")]),
        64: ("Prêt de remorque pour le bois", 3, [
            ("Jojo", "Mar 2 avr. 2024 17:44", "<p>Je cherche une remorque pour rentrer deux stères ce week-end, je peux dédommager.</p>"),
            ("Pierrot de la Vaillante", "Mar 2 avr. 2024 19:20", "<p>J'en ai une, passe samedi matin.</p>")]),
        70: ("Horaires de la déchetterie cet été ?", 4, [
            ("Annie", "Jeu 16 mai 2024 09:10", "<p>Les horaires d'été de la déchetterie changent-ils cette année ?</p>"),
            ("Secrétariat mairie", "Jeu 16 mai 2024 14:25", "<p>La déchetterie est gérée par la communauté de communes : horaires inchangés, du mardi au samedi 9 h - 12 h et 14 h - 18 h.</p>")]),
    }
    forums = [(2, "Vie des hameaux", "Routes, eau, réseaux, animations : ce qui se passe dans les hameaux.", 38, 212, "Lun 15 jan. 2024"),
              (3, "Entraide et bons plans", "Prêts, dons, covoiturage et coups de main entre habitants.", 54, 301, "Mar 2 avr. 2024"),
              (4, "Questions à la mairie", "Posez vos questions : la mairie répond chaque semaine.", 26, 97, "Jeu 16 mai 2024")]
    fpages = [page("/", "Index du forum", m.phpbb_forums([("Autrey-en-Morvan", forums)])
                   + m.prose('<p class="jumpbox-return">Retour au <a href="http://www.autrey-en-morvan.fr/">site de la commune</a>.</p>'))]
    for fid, name, *_ in forums:
        topics = [(tid, title, posts[0][0], len(posts) - 1, 40 + tid * 3, posts[-1][1]) for tid, (title, f, posts) in t.items() if f == fid]
        fpages.append(page(f"/viewforum.php?f={fid}", name, m.phpbb_topics(fid, topics), parent=("Index du forum", "/")))
    for tid, (title, fid, posts) in t.items():
        fpages.append(page(f"/viewtopic.php?t={tid}", title, m.phpbb_posts(tid, fid, title, posts),
                           parent=(next(f[1] for f in forums if f[0] == fid), f"/viewforum.php?f={fid}")))
    login = "/ucp.php?mode=login"
    redirects = {**{f"/posting.php?mode=post&f={fid}": login for fid, *_ in forums},
                 **{f"/posting.php?mode=reply&t={tid}": login for tid in t}}
    board = Site("forum.autrey-en-morvan.fr", "phpbb", "Forum des habitants d'Autrey-en-Morvan", fpages,
                 redirects=redirects, features=BOARD)
    return _city("99587", "Autrey-en-Morvan", 20640, "71", BFC, "http://www.autrey-en-morvan.fr/", [www, board])


# ==================================================================== 99588 Montaigut-sur-Cher (Allier), WordPress + Go Vocal + Discourse

def montaigut() -> City:
    """WordPress with WP-Polls in its sidebar, native comments and the Facebook comments plugin, Gravity Forms; a Go Vocal
    platform ("Montaigut participe") with a call for ideas on the former Richemont barracks, ideas and their comments,
    a survey and a finished consultation; a Discourse board ("Parlons Montaigut"); lookalikes: the AMI for the
    barracks, the agglomération's budget participatif, an employment forum, the polls' archive, a closed
    consultation's results, the council's page, the board's login page."""
    gv = "http://montaigut-sur-cher.govocal.com"
    dz = "http://parlons.montaigut-sur-cher.fr"
    poll = m.wp_widget("polls-widget-3", "widget_polls-widget", "Sondage", m.wp_polls(
        12, "Quel nom pour la future place de la caserne Richemont ?", ["Place des Tisserands", "Place du Manège", "Place Marie-Marvingt"],
        first_answer=44) + '<ul><li><a href="/pollsarchive/">Archives des sondages</a></li></ul>')
    posts = [
        ("/2024/05/14/quartier-des-isles-ce-que-vous-nous-avez-dit/", "Quartier des Isles : ce que vous nous avez dit"),
        ("/2024/05/03/forum-emploi-et-alternance/", "Forum de l'emploi et de l'alternance"),
        ("/2024/04/25/fibre-optique-ou-en-est-on/", "Fibre optique : où en est-on ?"),
        ("/2024/04/02/caserne-richemont-a-vous-d-imaginer/", "Caserne Richemont : à vous d'imaginer !"),
        ("/2024/03/15/caserne-richemont-appel-a-manifestation-d-interet/", "Caserne Richemont : un appel à manifestation d'intérêt"),
        ("/2024/02/20/l-agglo-lance-son-budget-participatif/", "L'Agglo lance son budget participatif"),
    ]
    side = (poll, m.wp_recent_posts(posts[:5], "recent-posts-2"))
    parent_news = ("Actualités", "/actualites/")
    parent_dp = ("Démocratie participative", "/ma-ville/democratie-participative/")
    pages = [
        page("/", "Accueil", m.wp_with_sidebar(
            m.prose("Sous-préfecture de l'Allier sur les bords du Cher, Montaigut-sur-Cher conjugue patrimoine industriel, quartiers "
                    "vivants et grands projets, comme la reconversion de la caserne Richemont.")
            + m.links([("/actualites/", "Actualités"), ("/ma-ville/democratie-participative/", "Démocratie participative"),
                       ("/ma-ville/conseil-municipal/", "Conseil municipal"), ("/contact/", "Contact")]), *side), {"poll"}),
        page("/actualites/", "Actualités", m.wp_with_sidebar(
            "".join(f'<article class="post type-post status-publish format-standard hentry"><h2 class="entry-title"><a href="{h}" rel="bookmark">{t}</a></h2></article>'
                    for h, t in posts), *side), {"poll"}),
        page("/ma-ville/democratie-participative/", "Démocratie participative", m.prose(
            "<p class=\"has-large-font-size\">Montaigut se construit avec vous.</p>",
            "Conseils de quartier, conseil municipal des jeunes, plateforme de participation en ligne, forum de discussion : la Ville "
            "multiplie les occasions de donner son avis et de proposer. Une adjointe au maire est chargée de la démocratie "
            "participative et de la vie des quartiers.")
            + m.links([("/ma-ville/democratie-participative/conseils-de-quartier/", "Les conseils de quartier"),
                       ("/ma-ville/democratie-participative/conseil-municipal-des-jeunes/", "Le conseil municipal des jeunes"),
                       ("/ma-ville/democratie-participative/montaigut-participe/", "Montaigut participe, la plateforme en ligne"),
                       ("/ma-ville/democratie-participative/parlons-montaigut/", "Parlons Montaigut, le forum des habitants")]),
             {"participation_displayed"}),
        page("/ma-ville/democratie-participative/conseils-de-quartier/", "Les conseils de quartier", m.prose(
            "Six conseils de quartier — Ville-Gozet, Les Isles, Fontbouillant, Le Diénat, Bien-Assis et Centre — réunissent chacun "
            "une trentaine d'habitants, d'associations et de commerçants. Ils se réunissent tous les deux mois et disposent d'un "
            "budget d'animation.",
            "Les conseils de quartier sont consultés sur les projets d'aménagement et organisent des diagnostics en marchant avec les "
            "services techniques. Pour en faire partie, il suffit de s'inscrire à la mairie de quartier."),
             {"participation_displayed"}, parent=parent_dp),
        page("/ma-ville/democratie-participative/conseil-municipal-des-jeunes/", "Le conseil municipal des jeunes", m.prose(
            "Élus en classe de CM2 et de 6ᵉ, les vingt-sept membres du conseil municipal des jeunes se retrouvent le mercredi. "
            "Leur grand projet de l'année : un skate-park dans la cour de la caserne Richemont, présenté au maire en juin."),
             {"participation_displayed"}, parent=parent_dp),
        page("/ma-ville/democratie-participative/montaigut-participe/", "Montaigut participe", m.prose(
            "Montaigut participe est la plateforme de participation en ligne de la Ville. Vous pouvez y proposer des idées, commenter "
            "celles des autres, répondre aux questionnaires et suivre l'avancement des projets.",
            "En ce moment : l'appel à idées pour la caserne Richemont et le questionnaire du plan vélo 2030.",
            f'<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" href="{gv}/">Je participe</a></div></div>'),
             {"participation_displayed", "participatory_platform"}, parent=parent_dp),  # the city's page presenting its own platform, with the link
        page("/ma-ville/democratie-participative/parlons-montaigut/", "Parlons Montaigut", m.prose(
            "Parlons Montaigut est le forum de discussion des habitants, ouvert par la Ville en 2022. On y échange sur la vie des "
            "quartiers, on y pose ses questions aux services et on y débat des projets. Une charte de modération s'applique.",
            f'<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" href="{dz}/">Rejoindre la discussion</a></div></div>'),
             {"forum"}, parent=parent_dp),  # the city's page presenting its own board and linking to it
        page("/2024/04/02/caserne-richemont-a-vous-d-imaginer/", "Caserne Richemont : à vous d'imaginer !", m.wp_with_sidebar(
            m.prose("Quittée par le 121ᵉ régiment du train en 2015, la caserne Richemont et ses neuf hectares au bord du Cher vont devenir un "
                    "nouveau quartier. Avant les premiers coups de crayon des urbanistes, la Ville invite tous les Montagutois à proposer "
                    "leurs idées : que faire de la cour d'honneur, du manège, des écuries, des berges ?",
                    f"Déposez vos idées et commentez celles des autres sur <a href=\"{gv}/fr-FR/projects/caserne-richemont\">Montaigut participe</a> "
                    "jusqu'au 30 juin. Des permanences d'aide au dépôt ont lieu chaque samedi matin à la médiathèque.")
            + m.wp_comments(1204, "Caserne Richemont : à vous d'imaginer !", [
                ("Claudine", "2 avril 2024 à 18 h 40", "Enfin ! J'espère qu'on gardera les beaux platanes de la cour.", []),
                ("Thierry M.", "3 avril 2024 à 7 h 55", "Pourquoi pas une piscine couverte ? Celle des Isles est vétuste.",
                 [("Ville de Montaigut-sur-Cher", "3 avril 2024 à 10 h 12", "Merci, déposez-la sur la plateforme pour qu'elle soit étudiée !", [])])],
                first_id=2210), *side),
             {"suggestion_call", "comments", "poll"}, parent=parent_news),
        page("/2024/03/15/caserne-richemont-appel-a-manifestation-d-interet/", "Caserne Richemont : un appel à manifestation d'intérêt", m.wp_with_sidebar(
            m.prose("La Ville et l'Établissement public foncier lancent un appel à manifestation d'intérêt auprès des opérateurs immobiliers "
                    "pour la reconversion du bâtiment des écuries (4 200 m²). Les candidatures sont attendues avant le 31 mai.",
                    "Le dossier de consultation est disponible sur le profil acheteur de la Ville."), *side),
             {"poll"}, decoys={"suggestion_call"}, parent=parent_news),
        page("/2024/02/20/l-agglo-lance-son-budget-participatif/", "L'Agglo lance son budget participatif", m.wp_with_sidebar(
            m.prose("Montaigut Communauté consacre 300 000 € à son premier budget participatif intercommunal. Les habitants des 33 communes "
                    "de l'agglomération peuvent déposer leurs projets sur le site de l'Agglo jusqu'au 15 avril.",
                    "Ce dispositif est porté par la communauté d'agglomération ; la Ville de Montaigut-sur-Cher n'instruit pas les dossiers."), *side),
             {"poll"}, decoys={"participatory_budget"}, parent=parent_news),
        page("/2024/05/03/forum-emploi-et-alternance/", "Forum de l'emploi et de l'alternance", m.wp_with_sidebar(
            m.prose("Le forum de l'emploi et de l'alternance se tient le jeudi 23 mai au parc des expositions, de 9 h à 16 h. "
                    "Quatre-vingts recruteurs, des ateliers CV et des simulations d'entretien."), *side),
             {"poll"}, decoys={"forum"}, parent=parent_news),
        page("/2024/04/25/fibre-optique-ou-en-est-on/", "Fibre optique : où en est-on ?", m.wp_with_sidebar(
            m.prose("97 % des logements de la commune sont désormais raccordables à la fibre. Les derniers secteurs (Le Diénat nord et "
                    "les écarts de Bien-Assis) le seront d'ici la fin de l'année selon l'opérateur d'infrastructure.",
                    "Vos questions et remarques peuvent être laissées ci-dessous.")
            + m.fb_comments("https://www.montaigut-sur-cher.fr/2024/04/25/fibre-optique-ou-en-est-on/"), *side),
             {"comments", "poll"}, parent=parent_news),  # the Facebook comments plugin
        page("/2024/05/14/quartier-des-isles-ce-que-vous-nous-avez-dit/", "Quartier des Isles : ce que vous nous avez dit", m.prose(
            "La consultation sur le réaménagement du quartier des Isles s'est achevée le 30 avril. 612 habitants ont répondu au "
            "questionnaire et une centaine ont participé aux deux ateliers.",
            "Vos priorités : la rénovation de l'aire de jeux (72 %), plus d'arbres sur le parking de la rue des Isles (64 %) et une "
            "meilleure liaison piétonne vers le centre (58 %). La Ville présentera le projet retenu au conseil de quartier en juin.",
            f'<a href="{gv}/fr-FR/projects/quartier-des-isles">Le bilan détaillé sur Montaigut participe</a>'),
             {"participation_displayed"}, decoys={"poll"}, parent=parent_news),  # a consultation's results: the survey is closed
        page("/pollsarchive/", "Archives des sondages", m.prose("Résultats des sondages précédents.")
             + m.wp_polls_archive_result(11, "Faut-il prolonger les horaires de la médiathèque le samedi ?",
                                         [("Oui, jusqu'à 18 h", 61, 284), ("Non", 24, 112), ("Sans avis", 15, 70)], 466, "31 mars 2024")
             + m.wp_polls_archive_result(10, "Le marché de Noël doit-il durer deux week-ends ?",
                                         [("Oui", 72, 301), ("Non", 28, 117)], 418, "15 décembre 2023"),
             decoys={"poll"}),
        page("/ma-ville/conseil-municipal/", "Le conseil municipal", m.prose(
            "Le conseil municipal compte 39 élus. Prochaine séance le mardi 25 juin à 18 h, salle des fêtes : compte administratif, "
            "tarifs périscolaires, cession d'un terrain à Bien-Assis, rapport annuel sur l'eau.",
            "Les séances sont publiques et diffusées en direct sur la chaîne YouTube de la Ville."),
             decoys={"participation_displayed"}),
        page("/contact/", "Contact", m.prose("Hôtel de ville, 1 rue de la Mairie, 03990 Montaigut-sur-Cher. Du lundi au vendredi, 8 h - 17 h 30.")
             + m.gravity_form(1, "/contact/", [
                 ("Nom", "text", True), ("Adresse e-mail", "email", True), ("Téléphone", "tel", False),
                 ("Sujet", "select:Demande d'information|Réclamation|État civil|Voirie|Autre", True), ("Message", "textarea", True)]),
             {"contact_form"}),
    ]
    www = Site("www.montaigut-sur-cher.fr", "wordpress", "Montaigut-sur-Cher", pages,
               redirects=_replytocom("/2024/04/02/caserne-richemont-a-vous-d-imaginer/", (2210, 2211, 2212)),
               menu=[("Accueil", "/"), ("Actualités", "/actualites/"), ("Démocratie participative", "/ma-ville/democratie-participative/"),
                     ("Contact", "/contact/")],
               accounts=[social("facebook", "montaigutsurcher"), social("x", "Montaigut03", "https://x.com/Montaigut03"),
                         social("instagram", "montaigut_sur_cher"), social("youtube", "MontaigutSurCher"),
                         social("mastodon", "montaigutsurcher@mastodon.social")],
               address="Hôtel de ville, 1 rue de la Mairie, 03990 Montaigut-sur-Cher")

    ideas = [("une-halle-gourmande-dans-la-cour-d-honneur", "Une halle gourmande dans la cour d'honneur", "Sandrine P.", 48, 3),
             ("des-jardins-familiaux-le-long-du-cher", "Des jardins familiaux le long du Cher", "Les Jardiniers des Isles", 35, 2)]
    gpages = [
        page("/", "Montaigut participe", m.prose("<p class=\"lead\">Proposez, débattez, suivez les projets de votre ville.</p>")
             + m.govocal_project_cards([("caserne-richemont", "Caserne Richemont : vos idées", "Encore 47 jours", 318),
                                        ("plan-velo-2030", "Plan vélo 2030", "Encore 21 jours", 402),
                                        ("quartier-des-isles", "Quartier des Isles", "Terminé", 612)])
             + m.links([("/fr-FR/pages/faq", "Questions fréquentes")])),
        page("/fr-FR/projects/caserne-richemont", "Caserne Richemont : vos idées", m.prose(
            "Que faire de la cour d'honneur, du manège, des écuries et des berges de l'ancienne caserne ? Publiez vos idées jusqu'au "
            "30 juin, soutenez celles qui vous plaisent et commentez-les. Les urbanistes s'en inspireront pour le plan guide du quartier.")
            + m.govocal_ideas("caserne-richemont", ideas),
             {"suggestion_call"}),
        page("/fr-FR/projects/caserne-richemont/ideas/new", "Publier votre idée", """<form id="idea-form" class="e2e-idea-form" action="/fr-FR/projects/caserne-richemont/ideas/new" method="post">
<label for="e2e-idea-title-input">Titre</label><input id="e2e-idea-title-input" type="text" name="title_multiloc" maxlength="80">
<label for="e2e-idea-description-input">Description</label><textarea id="e2e-idea-description-input" name="body_multiloc" rows="8"></textarea>
<label for="e2e-idea-location-input">Lieu (facultatif)</label><input id="e2e-idea-location-input" type="text" name="location_description">
<label for="e2e-idea-image-input">Image</label><input id="e2e-idea-image-input" type="file" name="idea_images_attributes">
<button type="submit" id="e2e-idea-new-submit-button" class="e2e-submit-idea-form">Publier</button></form>
<p class="e2e-idea-form-note">Votre idée sera publiée sur la plateforme avec votre nom et pourra être commentée.</p>""",
             {"suggestion_call"}, decoys={"contact_form"}, parent=("Caserne Richemont : vos idées", "/fr-FR/projects/caserne-richemont")),
        # the idea is published on the platform, not a message sent to the city
        page(f"/fr-FR/ideas/{ideas[0][0]}", ideas[0][1], m.prose(
            "<p class=\"e2e-idea-author\">Sandrine P.</p>",
            "Transformer le manège en halle couverte pour les producteurs locaux le samedi, avec des tables dans la cour d'honneur "
            "et des food-trucks le vendredi soir.")
            + m.govocal_comments([("Yves", "il y a 10 jours", "Super idée, à condition de garder le marché du centre-ville."),
                                  ("Malika", "il y a 8 jours", "Et un espace pour les enfants ?"),
                                  ("Sandrine P.", "il y a 7 jours", "Oui, la cour est assez grande pour une aire de jeux.")]),
             {"comments"}, parent=("Caserne Richemont : vos idées", "/fr-FR/projects/caserne-richemont")),
        page(f"/fr-FR/ideas/{ideas[1][0]}", ideas[1][1], m.prose(
            "<p class=\"e2e-idea-author\">Les Jardiniers des Isles</p>",
            "Les terrains entre la caserne et le Cher sont inondables : on ne peut pas y construire, mais on peut y jardiner. Nous "
            "proposons une trentaine de parcelles de jardins familiaux et un verger.")
            + m.govocal_comments([("Gilbert", "il y a 5 jours", "Les jardins des Isles ont une liste d'attente de deux ans, c'est nécessaire."),
                                  ("René L.", "il y a 3 jours", "Attention aux crues de printemps pour les cabanons.")]),
             {"comments"}, parent=("Caserne Richemont : vos idées", "/fr-FR/projects/caserne-richemont")),
        page("/fr-FR/projects/plan-velo-2030", "Plan vélo 2030", m.prose(
            "La Ville prépare son plan vélo 2030. Répondez à l'enquête (10 minutes) avant le 15 juin.")
            + """<form id="e2e-survey-form" class="e2e-native-survey" action="/fr-FR/projects/plan-velo-2030/survey" method="post">
<fieldset class="e2e-survey-question"><legend>Vous déplacez-vous à vélo dans Montaigut ?</legend>
<label><input type="radio" name="q1" value="quotidien"> Tous les jours</label><label><input type="radio" name="q1" value="parfois"> Parfois</label><label><input type="radio" name="q1" value="jamais"> Jamais</label></fieldset>
<fieldset class="e2e-survey-question"><legend>Quels trajets aimeriez-vous faire à vélo ?</legend>
<label><input type="checkbox" name="q2[]" value="travail"> Aller au travail</label><label><input type="checkbox" name="q2[]" value="ecole"> Accompagner les enfants</label><label><input type="checkbox" name="q2[]" value="courses"> Faire les courses</label><label><input type="checkbox" name="q2[]" value="loisirs"> Les loisirs</label></fieldset>
<label for="q3">Où manque-t-il un aménagement cyclable ?</label><textarea id="q3" name="q3" rows="4"></textarea>
<button type="submit" class="e2e-submit-form">Envoyer</button></form>""",
             {"poll"}),
        page("/fr-FR/projects/quartier-des-isles", "Quartier des Isles", m.prose(
            "<p class=\"e2e-project-status\">Terminé</p>",
            "La consultation sur le réaménagement du quartier des Isles s'est tenue du 1er mars au 30 avril 2024 : 612 réponses au "
            "questionnaire, deux ateliers, une balade urbaine. Merci à tous les participants.",
            "<h2>Ce qui ressort</h2><ul><li>Rénover l'aire de jeux : 72 %</li><li>Planter des arbres rue des Isles : 64 %</li>"
            "<li>Améliorer la liaison piétonne vers le centre : 58 %</li></ul>"),
             {"participation_displayed"}, decoys={"poll"}),
        page("/fr-FR/pages/faq", "Questions fréquentes", m.prose(
            "<strong>Qui peut participer ?</strong> Toute personne qui habite, travaille ou étudie à Montaigut-sur-Cher.",
            "<strong>Mes données sont-elles protégées ?</strong> La plateforme est hébergée en Europe et ne revend aucune donnée.",
            "<strong>Que deviennent les idées ?</strong> Chaque idée reçoit une réponse de la Ville : retenue, à l'étude ou non retenue, avec ses raisons.")),
    ]
    platform = Site("montaigut-sur-cher.govocal.com", "govocal", "Montaigut participe", gpages,
                    menu=[("Accueil", "/"), ("Caserne Richemont", "/fr-FR/projects/caserne-richemont"), ("Plan vélo", "/fr-FR/projects/plan-velo-2030")],
                    features=PLATFORM, platforms=frozenset({"go_vocal"}))

    cats = {5: ("/c/quartiers/5", "Quartiers"), 6: ("/c/questions-a-la-mairie/6", "Questions à la mairie")}
    topics = [
        ("/t/circulation-rue-de-la-caserne/112", "Circulation rue de la Caserne pendant les travaux", 5, [
            ("lucie_bienassis", "2 avr. 2024", "<p>Quelqu'un sait combien de temps la rue de la Caserne restera en sens unique ? Les bus passent par chez nous maintenant.</p>"),
            ("gilles03", "2 avr. 2024", "<p>D'après le panneau, jusqu'à fin juin.</p>"),
            ("Mairie_Montaigut", "3 avr. 2024", "<p>Bonjour, le sens unique est prévu jusqu'au 28 juin. La ligne 2 sera déviée jusqu'à cette date.</p>")]),
        ("/t/les-jardins-familiaux-du-cher/118", "Des jardins familiaux du côté du Cher ?", 5, [
            ("jardinier_des_isles", "9 avr. 2024", "<p>Nous avons déposé l'idée sur Montaigut participe. Qui serait intéressé par une parcelle ?</p>"),
            ("marie_t", "10 avr. 2024", "<p>Moi ! Je suis en appartement à Fontbouillant.</p>")]),
        ("/t/horaires-du-marche-couvert/121", "Horaires du marché couvert le dimanche", 6, [
            ("papy_jo", "15 avr. 2024", "<p>Le marché couvert ouvre-t-il le dimanche de Pâques ?</p>"),
            ("Mairie_Montaigut", "15 avr. 2024", "<p>Oui, de 8 h à 12 h 30 comme chaque dimanche.</p>")]),
    ]
    latest = [(h, t, cats[c], len(p) - 1, p[-1][1]) for h, t, c, p in topics]
    dzpages = [page("/", "Derniers sujets", m.discourse_topic_list(latest)
                    + m.links([(h, n) for h, n in cats.values()] + [("/login", "Se connecter")]))]
    for cid, (href, name) in cats.items():
        dzpages.append(page(href, name, m.discourse_topic_list([row for row in latest if row[2] == cats[cid]])))
    for h, title, c, p in topics:
        dzpages.append(page(h, title, m.discourse_topic(title, cats[c], p)))
    dzpages.append(page("/login", "Connexion", """<form id="login-form" method="post" action="/session"><label for="login-account-name">Pseudo ou adresse e-mail</label>
<input type="text" id="login-account-name" name="login" autocomplete="username"><label for="login-account-password">Mot de passe</label>
<input type="password" id="login-account-password" name="password" autocomplete="current-password"><button type="submit" class="btn btn-primary" id="login-button">Se connecter</button></form>""",
                        decoys={"forum", "contact_form"}))
    board = Site("parlons.montaigut-sur-cher.fr", "discourse", "Parlons Montaigut", dzpages, features=BOARD)
    return _city("99588", "Montaigut-sur-Cher", 36420, "03", ARA, "http://www.montaigut-sur-cher.fr/", [www, platform, board])


# ==================================================================== hosts that answer more than their sites' pages

class _LimeSurveyHost(SiteHost):
    """The city's LimeSurvey: its pages in LimeSurvey's own layout (the site keeps their truth), the rest as usual."""

    def respond(self, request):
        found = self.site.by_path.get(request.target)
        if found is None or found.path == "/mentions-legales":
            return super().respond(request)
        if found.path.startswith(f"/index.php/{LS_OPEN}"):
            return Reply.html(m.limesurvey_document(
                LS_OPEN, found.title, "<p>Ce questionnaire anonyme prépare le plan vélo de la Ville. Merci de votre participation !</p>",
                found.body))
        return Reply.html(m.limesurvey_plain(self.site.title, found.title, found.body))


class _ComboHost(SiteHost):
    """Publik's portal: its pages, plus the ajax cell URL from which combo's script draws the idea box's form."""

    def respond(self, request):
        if request.target == AJAX_IDEA_CELL:
            return Reply.html(_idea_cell_fragment())
        return super().respond(request)


def _special_hosts():
    sites = {site.host: site for city in cities() for site in city.sites}
    return {LS_HOST: _LimeSurveyHost(sites[LS_HOST]),
            "demarches.bourbon-les-saules.fr": _ComboHost(sites["demarches.bourbon-les-saules.fr"])}
