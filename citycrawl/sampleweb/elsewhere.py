"""Sites outside every city's domains, and three communes that link to them.

Real French city sites link out all the time: to national sites ("pour les démarches nationales,
consultez service-public.fr"), to e-services portals ("Espace citoyen"), to tourism offices ("idées de
sorties"), to newspapers, to the préfecture. None of these is a participation space, and a polite
crawler does not fetch them. The three communes of the Trois-Vallées also share one participation
platform run by their metropolis: it must be fetched once per run and credited to each of them.
Val-d'Amont also runs its participatory budget on a site of its own, under a brand name no marker
knows: a platform all the same (citycrawl/detect/spaces.py). Pont-des-Vallées links to the brand
domain of its own budget, which redirects to a page of its own site: that page is the city's, not an
outside site's.

`link_truth()` says which outside hosts are participation spaces (the link-follow precision benchmark
and tests score the crawl's outside requests with it).
"""
from . import widgets as w
from .handmade import PLATFORM, home, listing
from .site import City, Site, page, social

SHARED_PLATFORM = "participez.metropole-trois-vallees.fr"
BUDGET_SITE = "www.valdamont-demain.fr"  # Val-d'Amont's own budget site: a brand, no participation word
BRAND_DOMAIN = "www.pontdesvallees-demain.fr"  # redirects to Pont-des-Vallées's own budget page
DECOY_HOSTS = ("www.service-public.fr", "www.prefecture-vallees.gouv.fr", "vallees.espace-citoyens.net",
               "www.tourisme-trois-vallees.fr", "www.journal-des-vallees.fr", "www.asso-vallees.fr")


def _decoy(host, title, body):
    return Site(host, "vendor", title, pages=[page("/", title, body), page("/actualites/", "Actualités",
                                                                          "<p>Les dernières nouvelles.</p>")])


def _outside_sites() -> list:
    return [
        _decoy("www.service-public.fr", "Service Public", "<p>Le site officiel de l'administration française : "
               "vos droits et démarches.</p>"),
        _decoy("www.prefecture-vallees.gouv.fr", "Préfecture", "<p>Les services de l'État dans le département.</p>"),
        _decoy("vallees.espace-citoyens.net", "Espace citoyens", "<p>Inscriptions scolaires, actes d'état civil, "
               "paiement en ligne.</p>"),
        _decoy("www.tourisme-trois-vallees.fr", "Office de tourisme", "<p>Idées de sorties, balades et "
               "hébergements.</p>"),
        _decoy("www.journal-des-vallees.fr", "Le Journal des Vallées", "<p>L'actualité locale au quotidien.</p>"),
        _decoy("www.asso-vallees.fr", "Forum des associations", "<p>Le forum des associations se tient le "
               "6 septembre.</p>"),
    ]


def _platform() -> Site:
    return Site(SHARED_PLATFORM, "decidim", "Participez - Métropole des Trois-Vallées", features=PLATFORM,
                platforms=frozenset({"decidim"}), pages=[
                    page("/", "Accueil", home("La plateforme de participation de la métropole et de ses communes.",
                                              [("/processes", "Processus participatifs", "")])),
                    page("/processes", "Processus participatifs",
                         "<p>Plan de mobilité : concertation avec les habitants des trois communes.</p>")])


def _budget_site() -> Site:
    projects = [("Un verger partagé au parc des Sources", 184), ("Des bancs le long de la voie verte", 131),
                ("Une boîte à livres place du Marché", 97)]
    rows = "".join(f"<li class='projet'><h3>{title}</h3><p class='votes'>{votes} votes</p>"
                   f"<button type='button'>Voter pour ce projet</button></li>" for title, votes in projects)
    return Site(BUDGET_SITE, "vendor", "Val-d'Amont demain", features=PLATFORM, platforms=frozenset({"custom"}),
                menu=[("Le budget participatif", "/"), ("Les projets", "/projets/")], pages=[
                    page("/", "Le budget participatif de Val-d'Amont",
                         "<p>Chaque année, 150 000 € du budget d'investissement de la ville sont consacrés aux projets "
                         "des habitants.</p><p>Proposez vos projets jusqu'au 30 juin : une idée pour votre quartier, "
                         "un aménagement, un équipement. Les projets retenus sont soumis au vote des habitants en "
                         "octobre.</p>", {"participatory_budget", "suggestion_call"}),
                    page("/projets/", "Les projets soumis au vote",
                         f"<p>Votez pour vos trois projets préférés du budget participatif.</p><ul>{rows}</ul>",
                         {"participatory_budget"})])


def _brand_domain(target: str) -> Site:
    return Site(BRAND_DOMAIN, "vendor", "Pont-des-Vallées demain", redirects={"/": target},
                pages=[page("/", "Pont-des-Vallées demain", "<p>Redirection.</p>")])


def _commune(code, name, slug, population, own_budget=False, brand_domain=False):
    domain = f"{slug}.fr"
    links = ("<section class='liens'><h2>Liens utiles</h2><ul>"
             "<li>Pour les démarches nationales, consultez <a href='http://www.service-public.fr/'>service-public.fr</a>.</li>"
             "<li>Consultez le site de la <a href='http://www.prefecture-vallees.gouv.fr/'>préfecture</a>.</li>"
             "<li><a href='http://vallees.espace-citoyens.net/'>Espace citoyen</a> : vos démarches en ligne.</li>"
             "<li><a href='http://www.tourisme-trois-vallees.fr/'>Idées de sorties</a> avec l'office de tourisme.</li>"
             "<li>Lire l'article du <a href='http://www.journal-des-vallees.fr/actualites/'>Journal des Vallées</a>.</li>"
             "<li><a href='http://www.asso-vallees.fr/'>Forum des associations</a> le 6 septembre.</li>"
             "</ul></section>")
    www = Site(f"www.{domain}", "wordpress", f"Ville de {name}", address=f"Mairie, place de l'Église, {name}",
               menu=[("Démarches", "/demarches/"), ("Participer", "/participer/"), ("Contact", "/contact/")],
               accounts=[social("facebook", f"ville{slug.replace('-', '')}")],
               pages=[page("/", "Accueil", home(f"Bienvenue à {name}.", [("/participer/", "Participer", "")]) + links),
                      page("/demarches/", "Démarches", "<p>État civil, urbanisme, inscriptions.</p>" + links),
                      page("/participer/", "Participer",
                           f"<p>Avec la métropole, {name} vous invite à donner votre avis sur la "
                           f"<a href='http://{SHARED_PLATFORM}/'>plateforme de participation des Trois-Vallées</a>.</p>"
                           + (f"<p>Le <a href='http://{BUDGET_SITE if own_budget else BRAND_DOMAIN}/'>budget "
                              f"participatif de {name}</a> est ouvert à vos projets.</p>"
                              if own_budget or brand_domain else "")),
                      *([page("/budget-participatif/", "Le budget participatif",
                              "<p>Chaque année, les habitants proposent des projets pour leur quartier, puis votent "
                              "pour leurs préférés. Proposez vos projets jusqu'au 30 juin.</p>",
                              {"participatory_budget", "suggestion_call"})] if brand_domain else []),
                      page("/contact/", "Contact", w.cf7_contact(300 + int(code[-1]), 30, "/contact/"), {"contact_form"})])
    sites = [www, _platform(), *([_budget_site()] if own_budget else []),
             *([_brand_domain(f"http://www.{domain}/budget-participatif/")] if brand_domain else [])]
    return City(code, name, population, "38", "84", "Auvergne-Rhône-Alpes", f"http://www.{domain}/", sites)


def cities() -> list[City]:
    """Three communes sharing the metropolis's platform; each links to every decoy site."""
    return [_commune("99301", "Val-d'Amont", "val-d-amont", 61200, own_budget=True),
            _commune("99302", "Pont-des-Vallées", "pont-des-vallees", 55800, brand_domain=True),
            _commune("99303", "Saint-Ours-des-Prés", "saint-ours-des-pres", 50900)]


def hosts() -> dict:
    """Host name -> site, for the server: the decoys (which belong to no city)."""
    from .web import SiteHost
    return {site.host: SiteHost(site) for site in _outside_sites()}


def link_truth() -> dict:
    """Outside host -> True when it is a participation space."""
    return {SHARED_PLATFORM: True, BUDGET_SITE: True, BRAND_DOMAIN: True, **dict.fromkeys(DECOY_HOSTS, False)}
