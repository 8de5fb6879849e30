"""What every holdout city shares: its home page furniture and the City record."""
from ..site import City
from . import markup as m

REGIONS = {"31": ("76", "Occitanie"), "29": ("53", "Bretagne"), "63": ("84", "Auvergne-Rhône-Alpes"),
           "78": ("11", "Île-de-France"), "12": ("76", "Occitanie"), "85": ("52", "Pays de la Loire"),
           "16": ("75", "Nouvelle-Aquitaine"), "56": ("53", "Bretagne"), "11": ("76", "Occitanie"),
           "43": ("84", "Auvergne-Rhône-Alpes"), "65": ("76", "Occitanie"), "36": ("24", "Centre-Val de Loire"),
           "51": ("44", "Grand Est"), "80": ("32", "Hauts-de-France"), "21": ("27", "Bourgogne-Franche-Comté")}


CMS_THEMES = {"wordpress", "drupal", "spip", "joomla", "typo3", "vendor", "publik"}


def city(code, name, population, departement, sites, **kw):
    for site in sites:
        if site.theme in CMS_THEMES and site.host.startswith("www."):
            add_site_map(site)
    region, region_name = REGIONS[departement]
    return City(code, name, population, departement, region, region_name, f"http://{sites[0].host}/", sites, **kw)


def add_site_map(site):
    """The "Plan du site" page most city CMSs publish, linked from the menu: it lists every page."""
    from html import escape
    from ..site import page
    items = "".join(f'<li><a href="{escape(p.path)}">{escape(p.title)}</a></li>' for p in site.pages)
    site.pages.append(page("/plan-du-site", "Plan du site", f'<ul class="sitemap">{items}</ul>'))
    site.by_path["/plan-du-site"] = site.pages[-1]
    site.menu.append(("Plan du site", "/plan-du-site"))


def home(name, welcome, links, news=(), events=(), extra=""):
    """A city home page: a welcome word, quick links, news and agenda (what every real one carries)."""
    events = events or [("14 juin", "Fête de la musique au kiosque"), ("21 juin", "Marché nocturne"),
                        ("5 juillet", "Cinéma en plein air, parc municipal")]
    return (f'<section class="edito"><h2>Bienvenue à {name}</h2><p>{welcome}</p></section>'
            + m.quick_links(links) + extra + m.news(list(news) + m.COMMON_NEWS) + m.agenda(events))


SERVICES = [("État civil", "/demarches/etat-civil"), ("Déchets", "/cadre-de-vie/dechets")]


def service_pages(name):
    """The two ordinary service pages every holdout city site has (what most of a real site is)."""
    from ..site import page
    return [
        page("/demarches/etat-civil", "État civil",
             m.prose(f"Le service état civil de {name} délivre les actes de naissance, de mariage et de décès. "
                     "Les demandes d'actes peuvent aussi se faire en ligne sur le site service-public.fr.",
                     "Cartes d'identité et passeports : uniquement sur rendez-vous, du lundi au vendredi.",
                     "Pièces à fournir : justificatif de domicile de moins de trois mois, photo d'identité récente.")
             + m.search_form()),
        page("/cadre-de-vie/dechets", "Collecte des déchets",
             m.prose("Les ordures ménagères sont collectées le lundi, le tri sélectif un jeudi sur deux.",
                     "La déchèterie intercommunale est ouverte du mardi au samedi, de 9 h à 12 h et de 14 h à 18 h.",
                     "Encombrants : un passage mensuel, sur inscription auprès de l'accueil de la mairie.")),
    ]


def with_decoys(site, decoys):
    """Set decoys on some pages of a site after the fact (keeps the page lists above readable)."""
    from dataclasses import replace
    site.pages = [replace(p, decoys=p.decoys | frozenset(decoys.get(p.path, ()))) for p in site.pages]
    site.by_path = {p.path: p for p in site.pages}
    return site
