from citycrawl.detect.pipeline import FamilyPipeline
from citycrawl.detect.site import SiteMemory


class SitePipeline(FamilyPipeline):
    """After the families: what the city's other pages said of its participatory budget (its name, its platform
    space) found on a page that does not show it alone (citycrawl/detect/site.py). The city's pages are read
    as they arrive: one read before the budget's presentation keeps what it had."""

    family = "site"

    def __init__(self, stats=None):
        self.stats = stats
        self.memory = SiteMemory()

    def find(self, item, page):
        findings, city = item.get("findings") or [], item.get("city") or page.host
        found = self.memory.extend(city, page.url, page.own_heading_text, findings)
        self.memory.learn(city, page, findings)
        return found
