"""What the sample web's search engine knows: results about its cities, each with its ground truth.

Every result kind the off-site debate measure must tell apart is here: contesting and neutral
spaces of residents, petitions (recent and old), newspaper articles, the cities' own channels,
homonyms in other départements, national topics, tourism and classified ads. All of it is
fictional; hosts of real services are used only so that the rules about them are exercised.

A result is listed under the name it carries (a homonym carries the name of a sample city) and is
returned for a query that quotes that name and holds one of its `terms` (any query when empty).
Dates are given as an age in days, so the truth holds whatever the day of the run. Petitions with a
page are addressed in plain http: the sample web's proxy does not tunnel TLS.
"""
from dataclasses import dataclass
from datetime import date, timedelta

from . import handmade

OLD = 1500  # days: well over the 24 months the measure looks back


@dataclass(frozen=True)
class Doc:
    name: str | None  # the city name the result carries (None: a national topic, no city named)
    url: str
    title: str
    content: str
    kind: str  # truth: what the result is
    counted: bool = False  # truth: an offsite_debate space of the city named
    contesting: bool = False  # truth: a contesting one
    age: int | None = 60  # days before the run; None: no date given
    terms: tuple = ()  # query words that find it (any of them); empty: any query naming the city
    page: dict | None = None  # a petition's page: target, age in days, signatures (served by the
    # sample web's petition sites, see search_engine.PetitionSite)


def _docs():
    D = Doc
    return [
        # 99001 Vallon-la-Forêt (87): only the press, tourism and the city itself.
        D("Vallon-la-Forêt", "https://www.lepopulaire.fr/vallon-la-foret-87990/actualites/la-mediatheque-ouvre_1234.html",
          "Vallon-la-Forêt : la médiathèque ouvre enfin", "Après deux ans de travaux, les habitants découvrent leur nouvelle médiathèque.",
          "newspaper"),
        D("Vallon-la-Forêt", "https://www.tripadvisor.fr/Tourism-g999-Vallon_la_Foret-Vacations.html",
          "Vallon-la-Forêt : tourisme et vacances", "Que faire à Vallon-la-Forêt (Haute-Vienne) ? Avis de voyageurs.", "commerce"),
        D("Vallon-la-Forêt", "https://www.facebook.com/events/48213/", "Fête de la musique à Vallon-la-Forêt",
          "Concert gratuit place de la Mairie, Vallon-la-Forêt.", "event"),
        # 99002 Saint-Aubin-des-Landes (35): a neutral group of residents; a contesting homonym.
        D("Saint-Aubin-des-Landes", "https://www.facebook.com/groups/entraide.saintaubindeslandes/",
          "Entraide Saint-Aubin-des-Landes | Groupe", "Groupe d'entraide entre habitants de Saint-Aubin-des-Landes (35) : objets perdus, covoiturage, bons plans.",
          "resident_space", counted=True, age=20),
        D("Saint-Aubin-des-Landes", "https://www.mesopinions.com/petition/nature/non-carriere-saint-aubin-landes/90210",
          "Pétition : Non à la carrière de Saint-Aubin-des-Landes (Mayenne)", "Les riverains de Saint-Aubin-des-Landes, 53000 Laval, s'opposent à l'extension de la carrière. 812 signatures.",
          "homonym", age=100, terms=("pétition", "non à", "stop")),
        D("Saint-Aubin-des-Landes", "https://fr-fr.facebook.com/SaintAubinDesLandes/", "Ville de Saint-Aubin-des-Landes",
          "Page officielle de la commune de Saint-Aubin-des-Landes.", "city_channel"),
        # 99003 Montclar-sur-Orne (61): a recent contesting petition; the city's own account.
        D("Montclar-sur-Orne", "http://www.change.org/p/mairie-de-montclar-sur-orne-non-a-la-fermeture-de-l-ecole-des-tilleuls",
          "Non à la fermeture de l'école des Tilleuls à Montclar-sur-Orne",
          "Pétition adressée à la mairie de Montclar-sur-Orne. Les parents refusent la fermeture de l'école du quartier. 1 432 signatures.",
          "petition", counted=True, contesting=True, age=45, terms=("pétition", "non à", "collectif"),
          page={"target": "Mairie de Montclar-sur-Orne", "age": 45, "signatures": 1517}),
        D("Montclar-sur-Orne", "https://www.facebook.com/montclarsurorne", "Montclar-sur-Orne | Facebook",
          "Montclar-sur-Orne. 3 200 mentions J'aime. Informations municipales.", "city_channel"),
        D("Montclar-sur-Orne", "https://actu.fr/normandie/montclar-sur-orne_61999/ecole-des-tilleuls-les-parents-mobilises_5678.html",
          "Montclar-sur-Orne : les parents mobilisés contre la fermeture de l'école", "Une pétition circule contre la fermeture de l'école des Tilleuls.",
          "newspaper", terms=("pétition", "non à", "collectif")),
        # 99004 Bellerive-en-Val (45): a contesting petition, but years old; a press article.
        D("Bellerive-en-Val", "https://www.change.org/p/sauvons-le-marche-de-bellerive-en-val",
          "Sauvons le marché couvert de Bellerive-en-Val", "Pétition contre la démolition du marché couvert, 45999 Bellerive-en-Val. Créée le 14/03/2019. 640 signatures.",
          "old", age=None, terms=("pétition", "sauvons")),
        D("Bellerive-en-Val", "https://www.larep.fr/bellerive-en-val-45999/actualites/le-marche-couvert-renove_4321.html",
          "Bellerive-en-Val : le marché couvert rénové", "Le marché couvert rouvre après travaux.", "newspaper"),
        # 99005 Roche-Aiguille (26): a collective's blog that contests; the city's Facebook page.
        D("Roche-Aiguille", "https://sauvonsleparcdesbaumes.over-blog.com/",
          "Sauvons le parc des Baumes - collectif d'habitants de Roche-Aiguille", "Collectif contre le projet immobilier dans le parc des Baumes à Roche-Aiguille (Drôme). Réunion publique le 12 du mois.",
          "resident_space", counted=True, contesting=True, age=30),
        D("Roche-Aiguille", "https://www.facebook.com/rocheaiguille", "Ville de Roche-Aiguille",
          "Actualités de la ville de Roche-Aiguille.", "city_channel"),
        D("Roche-Aiguille", "https://www.ledauphine.com/culture-loisirs/2025/06/02/roche-aiguille-le-festival-revient",
          "Roche-Aiguille : le festival revient", "Le festival d'été de Roche-Aiguille revient en juillet.", "newspaper"),
        # 99006 Villeneuve-des-Ormes (59): a neutral local subreddit; a contesting homonym (33).
        D("Villeneuve-des-Ormes", "https://www.reddit.com/r/VilleneuveDesOrmes/", "r/VilleneuveDesOrmes",
          "Le subreddit des habitants de Villeneuve-des-Ormes (Nord) : vie locale, questions, bonnes adresses.",
          "resident_space", counted=True, age=10, terms=("forum", "groupe", "collectif")),
        D("Villeneuve-des-Ormes", "https://www.facebook.com/groups/villeneuvedesormesencolere/",
          "Villeneuve-des-Ormes en colère (Gironde)", "Groupe des habitants de Villeneuve-des-Ormes, 33999, contre la nouvelle zone commerciale.",
          "homonym", age=50, terms=("en colère", "groupe", "collectif")),
        D("Villeneuve-des-Ormes", "https://www.lavoixdunord.fr/123456/article/2025-09-01/villeneuve-des-ormes-non-au-parking",
          "Villeneuve-des-Ormes : non au parking, disent les riverains", "Les riverains manifestent contre le projet de parking.",
          "newspaper", terms=("non à", "stop", "collectif")),
        # 99007 Port-Esquel (29): a national topic and a homonym boat; nothing local.
        D("Port-Esquel", "https://www.leboncoin.fr/ventes_immobilieres/2771.htm", "Maison Port-Esquel 5 pièces",
          "Vente maison à Port-Esquel (29), 120 m², jardin.", "commerce"),
        D("Port-Esquel", "https://www.letelegramme.fr/finistere/port-esquel/le-port-de-plaisance-s-agrandit-1234.php",
          "Port-Esquel : le port de plaisance s'agrandit", "Le conseil municipal a voté l'agrandissement du port.", "newspaper"),
        # 99008 Champagnac-les-Mines (63): a contesting group of residents.
        D("Champagnac-les-Mines", "https://www.facebook.com/groups/champagnacencolere/",
          "Champagnac-les-Mines en colère", "Groupe public des habitants de Champagnac-les-Mines (63) : stop à la hausse de la taxe foncière.",
          "resident_space", counted=True, contesting=True, age=15),
        D("Champagnac-les-Mines", "https://www.youtube.com/@champagnaclesmines", "Champagnac-les-Mines - YouTube",
          "Chaîne de la ville de Champagnac-les-Mines : conseils municipaux en vidéo.", "city_channel"),
        # 99009 Haute-Sorgue (84): a recent contesting petition, and an article about it.
        D("Haute-Sorgue", "http://www.mesopinions.com/petition/politique/stop-parking-place-horloge-haute-sorgue/88123",
          "Stop au parking de la place de l'Horloge à Haute-Sorgue",
          "Pétition lancée auprès du maire de Haute-Sorgue (Vaucluse). 2 187 signatures.",
          "petition", counted=True, contesting=True, age=120, terms=("pétition", "stop", "collectif"),
          page={"target": "Maire de Haute-Sorgue", "age": 120, "signatures": 2301}),  # robots: no
        D("Haute-Sorgue", "https://www.laprovence.com/article/vaucluse/23456/haute-sorgue-la-petition-contre-le-parking.html",
          "Haute-Sorgue : la pétition contre le parking dépasse 2 000 signatures", "Les opposants au parking de la place de l'Horloge.",
          "newspaper", terms=("pétition", "stop", "collectif")),
        # 99010 Lorvenne (57): a neutral forum of residents; the city's Mastodon account.
        D("Lorvenne", "https://lorvenne-habitants.forumactif.com/", "Forum des habitants de Lorvenne",
          "Discussions entre habitants de Lorvenne (Moselle) : travaux, écoles, associations, transports.",
          "resident_space", counted=True, age=5, terms=("forum", "groupe", "collectif")),
        D("Lorvenne", "https://mastodon.social/@lorvenne", "Ville de Lorvenne (@lorvenne@mastodon.social)",
          "Compte officiel de la ville de Lorvenne.", "city_channel"),
        # 99011 Mirabelle-sur-Loue (25): tourism and classified ads only.
        D("Mirabelle-sur-Loue", "https://www.tripadvisor.fr/Restaurants-g888-Mirabelle_sur_Loue.html",
          "Les meilleurs restaurants de Mirabelle-sur-Loue", "Restaurants à Mirabelle-sur-Loue, Doubs.", "commerce"),
        D("Mirabelle-sur-Loue", "https://www.leboncoin.fr/velos/3112.htm", "Vélo enfant Mirabelle-sur-Loue",
          "Vends vélo enfant, Mirabelle-sur-Loue 25999.", "commerce"),
        # 99012 Kerbrennec (56): a residents' defence association.
        D("Kerbrennec", "https://adrk-kerbrennec.wixsite.com/association",
          "ADRK - Association de défense des riverains de Kerbrennec", "Association de défense des riverains de la zone de Kerroc'h à Kerbrennec (Morbihan) face au projet d'entrepôt. Assemblée générale le 3 mai.",
          "resident_space", counted=True, contesting=True, age=90),
        D("Kerbrennec", "https://www.ouest-france.fr/bretagne/kerbrennec-56999/entrepot-les-riverains-s-organisent-7788",
          "Kerbrennec. Entrepôt : les riverains s'organisent", "Une association de défense a été créée.", "newspaper"),
        # 99013 Sainte-Odile-du-Lac (67): a support group (not contesting); the city's platform.
        D("Sainte-Odile-du-Lac", "https://www.facebook.com/groups/ouiautramsainteodile/",
          "Oui au tram à Sainte-Odile-du-Lac", "Groupe de soutien au projet de tramway de Sainte-Odile-du-Lac (Bas-Rhin). Partagez vos idées de tracé.",
          "resident_space", counted=True, age=70, terms=("forum", "groupe", "collectif")),
        D("Sainte-Odile-du-Lac", "https://sainte-odile-du-lac.govocal.com/fr-FR/projects", "Sainte-Odile participe",
          "Plateforme de participation de Sainte-Odile-du-Lac.", "city_channel"),
        D("Sainte-Odile-du-Lac", "https://www.dna.fr/politique/2025/05/10/sainte-odile-du-lac-le-tram-en-debat",
          "Sainte-Odile-du-Lac : le tram en débat", "Réunion publique sur le tramway.", "newspaper"),
        # 99014 Fontclaire (13): a contesting petition; a homonym in La Réunion.
        D("Fontclaire", "http://www.petitions.fr/petition_contre_la_hausse_des_tarifs_de_la_cantine_a_fontclaire",
          "Pétition contre la hausse des tarifs de la cantine à Fontclaire",
          "Destinataire : conseil municipal de Fontclaire (Bouches-du-Rhône). 905 signatures.",
          "petition", counted=True, contesting=True, age=200, terms=("pétition", "collectif", "non à"),
          page={"target": "Conseil municipal de Fontclaire", "age": 200, "signatures": 911}),
        D("Fontclaire", "https://www.facebook.com/groups/fontclaire974/", "Fontclaire (974) - Entraide et infos",
          "Groupe des habitants de Fontclaire, La Réunion : sauvons la plage de l'Étang.",
          "homonym", age=25, terms=("groupe", "forum", "sauvons")),
        # National topics: petitions without any city in them, found by every petition query.
        D(None, "https://www.change.org/p/gouvernement-non-a-la-reforme-des-retraites",
          "Non à la réforme des retraites", "Pétition nationale adressée au gouvernement. 1 250 000 signatures.",
          "not_about_city", age=300, terms=("pétition",)),
        D(None, "https://petitions.assemblee-nationale.fr/initiatives/i-1234", "Pour un référendum sur l'eau",
          "Pétition déposée à l'Assemblée nationale.", "not_about_city", age=40, terms=("pétition",)),
    ]


def _official_sites():
    """Every query naming a city finds its official site first, as a real engine does."""
    return [Doc(c.name, c.website, f"{c.name} - site officiel de la ville",
                f"Bienvenue sur le site de la ville de {c.name} : démarches, actualités, agenda.",
                "city_channel", age=None) for c in handmade.cities()]


DOCS = _official_sites() + _docs()


def truth() -> dict:
    """insee_code -> {"offsite_debate": 0/1, "contesting_debate": 0/1} for every handmade city."""
    by_name = {}
    for doc in DOCS:
        if doc.counted:
            flags = by_name.setdefault(doc.name, {"offsite_debate": 0, "contesting_debate": 0})
            flags["offsite_debate"] = 1
            flags["contesting_debate"] |= int(doc.contesting)
    return {c.insee_code: by_name.get(c.name, {"offsite_debate": 0, "contesting_debate": 0})
            for c in handmade.cities()}


def result_truth() -> dict:
    """url -> (name, counted, contesting) of every result the engine can give."""
    return {d.url: (d.name, d.counted, d.contesting) for d in DOCS}


def published(doc: Doc, today: date) -> str | None:
    return None if doc.age is None else (today - timedelta(days=doc.age)).isoformat()
