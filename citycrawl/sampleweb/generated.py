"""Generated cities for scale: deterministic from (seed, index), built on demand, never all at once.

A city is rebuilt from its seed whenever it is needed (the server keeps a bounded cache), so
thousands of sites of ~50 pages each cost no memory until they are crawled.
"""
import random
import re

from . import widgets as w
from .handmade import DEMARCHES, PLATFORM, home, listing
from .site import City, Site, page, social

DEFAULT_PAGES = 50
SECTIONS = 6
_HOST = re.compile(r"^(?:www|jeparticipe|forum|voisins)\.ville-g(\d{5})\.fr$")
_CMS = ("wordpress", "drupal", "spip", "joomla", "typo3", "vendor")
_CONTACT = {"wordpress": lambda p: w.cf7_contact(100, 10, p), "drupal": w.drupal_webform, "spip": w.spip_contact,
            "joomla": w.joomla_contact, "typo3": w.typo3_form, "vendor": w.vendor_contact}
_SECTION_NAMES = ("Vivre à {name}", "Culture et sports", "Solidarités", "Environnement", "Urbanisme", "Jeunesse",
                  "Économie", "Tourisme")
_SENTENCES = ("Les travaux de rénovation de la place centrale se poursuivent.",
              "La médiathèque propose des ateliers numériques gratuits.",
              "Le centre communal d'action sociale accompagne les seniors.",
              "Les inscriptions scolaires sont ouvertes jusqu'au 31 mai.",
              "La collecte des déchets verts reprend en avril.",
              "Le conservatoire présente son concert de printemps.",
              "Un nouveau parcours sportif a été aménagé le long de la rivière.",
              "La ville plante 500 arbres cette année.")
# Probability that a generated city has each feature.
_ODDS = {"contact_form": 0.75, "participation_displayed": 0.35, "comments": 0.2, "poll": 0.1, "forum": 0.08,
         "petition": 0.05, "suggestion_call": 0.1, "participatory_budget": 0.1, "participatory_platform": 0.1,
         "territorial_social_network": 0.04}
_REGIONS = (("75", "Nouvelle-Aquitaine", "33"), ("53", "Bretagne", "35"), ("84", "Auvergne-Rhône-Alpes", "69"),
            ("76", "Occitanie", "31"), ("44", "Grand Est", "67"), ("11", "Île-de-France", "92"))


def index_of(host: str):
    match = _HOST.match(host)
    return int(match.group(1)) if match else None


def worth_listing(site, page, features) -> bool:
    """Which generated pages the truth lists: start pages and pages with a feature or a decoy."""
    return page.path == "/" or bool(features - {"social_account"}) or bool(page.decoys)


def city(seed: int, index: int, pages=None) -> City:
    rng = random.Random(f"sampleweb:{seed}:{index}")
    pages = max(pages or DEFAULT_PAGES, 12)
    code = f"g{index:05d}"
    name = f"Ville-G{index:05d}"
    domain = f"ville-{code}.fr"
    cms = rng.choice(_CMS)
    has = {feature for feature, odds in _ODDS.items() if rng.random() < odds}
    accounts = [social(p, f"ville{code}") for p in ("facebook", "x", "instagram", "youtube", "linkedin")
                if rng.random() < 0.5]
    sections = [(f"/rubrique-{k}/", _SECTION_NAMES[(index + k) % len(_SECTION_NAMES)].format(name=name))
                for k in range(1, SECTIONS + 1)]
    features_pages, extra_sites, teasers = [], [], []

    def feature_page(path, title, body, features=(), decoys=()):
        features_pages.append(page(path, title, body, features, decoys))
        teasers.append((path, title, ""))

    if "contact_form" in has:
        feature_page("/contact/", "Contact", _CONTACT[cms]("/contact/"), {"contact_form"})
    else:
        feature_page("/contact/", "Contact", f'<p>Écrivez-nous : <a href="mailto:mairie@{domain}">mairie@{domain}</a></p>',
                     decoys={"contact_form"})
    if "participation_displayed" in has:
        feature_page("/participer/", "Démocratie participative",
                     "<p>Conseils de quartier, conseil citoyen et concertations : la ville associe les habitants.</p>",
                     {"participation_displayed"})
    if "comments" in has:
        body = "<p>Réagissez à cette actualité.</p>" + (w.wp_comments(40 + index % 50, "/actualites/reagir/")
                                                        if cms == "wordpress" else w.disqus(f"ville-{code}", f"http://www.{domain}/actualites/reagir/", code))
        feature_page("/actualites/reagir/", "Le nouveau marché couvert", body, {"comments"})
    if "poll" in has:
        feature_page("/sondage/", "Sondage", w.wp_poll(index % 90 + 1, "Faut-il étendre les horaires de la piscine ?",
                                                       ["Oui", "Non"]), {"poll"})
    if "petition" in has:
        feature_page("/petitions/", "Pétitions citoyennes", w.petition_form("/petitions/", "Pour un skatepark", 150), {"petition"})
    if "suggestion_call" in has:
        feature_page("/boite-a-idees/", "Boîte à idées", "<p>Proposez vos idées pour la ville.</p>" + w.idea_box("/boite-a-idees/"),
                     {"suggestion_call", "contact_form"})
    if "participatory_budget" in has:
        feature_page("/budget-participatif/", "Budget participatif",
                     "<p>Budget participatif : proposez et votez les projets de votre quartier.</p>", {"participatory_budget"})
    else:
        feature_page("/budget/", "Budget primitif", "<p>Le budget primitif a été voté en mars.</p>", decoys={"participatory_budget"})
    if "participatory_platform" in has:
        host = f"jeparticipe.{domain}"
        teasers.append((f"http://{host}/", "Je participe", "La plateforme de participation."))
        extra_sites.append(Site(host, "decidim", f"Je participe - {name}", features=PLATFORM, platforms=frozenset({"decidim"}),
                                pages=[page("/", "Accueil", home("Participez.", [("/processes", "Processus", "")])),
                                       page("/processes", "Processus participatifs", "<p>Concertation sur le plan vélo.</p>")]))
    if "forum" in has:
        host = f"forum.{domain}"
        teasers.append((f"http://{host}/", "Forum des habitants", ""))
        extra_sites.append(Site(host, "phpbb", f"Forum de {name}", features=frozenset({"forum"}), pages=[
            page("/", "Index du forum", w.phpbb_index([("/viewforum.php?f=1", "Vie locale", "Discussions", 12)])),
            page("/viewforum.php?f=1", "Vie locale", w.phpbb_viewforum([("/viewforum.php?f=1", "Bienvenue", "admin", 3)]))]))
    if "territorial_social_network" in has:
        host = f"voisins.{domain}"
        teasers.append((f"http://{host}/", "Le réseau des voisins", ""))
        extra_sites.append(Site(host, "community", f"Voisins de {name}", features=frozenset({"territorial_social_network"}),
                                pages=[page("/", "Le réseau des voisins", "<p>Le réseau social de proximité des habitants.</p>")]))

    chrome = 1  # the legal notice page the theme adds
    articles_count = max(pages - 1 - SECTIONS - len(features_pages) - chrome, 0)
    articles = []
    for n in range(articles_count):
        section_path, section_title = sections[n % SECTIONS]
        text = " ".join(rng.choice(_SENTENCES) for _ in range(3))
        articles.append(page(f"{section_path}article-{n + 1}/", f"Actualité n° {n + 1}", f"<p>{text}</p>",
                             parent=(section_title, section_path)))
    section_pages = [page(path, title, listing([(a.path, a.title) for a in articles if a.parent[1] == path]) or DEMARCHES)
                     for path, title in sections]
    www = Site(f"www.{domain}", cms, name, address=f"Hôtel de ville, 1 place de la République, {name}",
               menu=[(title, path) for path, title in sections] + [("Contact", "/contact/")], accounts=accounts,
               pages=[page("/", "Accueil", home(f"Bienvenue à {name}.", teasers) + w.newsletter(), decoys={"contact_form"})]
               + section_pages + features_pages + articles)
    region, region_name, departement = rng.choice(_REGIONS)
    population = rng.choice((rng.randint(50_000, 99_999), rng.randint(100_000, 199_999), rng.randint(200_000, 600_000)))
    return City(f"G{index:05d}", name, population, departement, region, region_name, f"http://www.{domain}/",
                [www] + extra_sites)
