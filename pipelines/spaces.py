from citycrawl.detect.pipeline import STATS_PREFIX, FamilyPipeline
from citycrawl.detect.spaces import own_space


class OwnSpacePipeline(FamilyPipeline):
    """After the families: an outside participation space where residents propose, vote or petition
    is a platform of its own (citycrawl/detect/spaces.py)."""

    family = "spaces"

    def __init__(self, stats=None):
        self.stats = stats

    def process_item(self, item):
        findings = item.get("findings") or []
        found = own_space(findings, bool(item.get("external")), item.get("url") or "")
        if found:
            item["findings"] = findings + found
            if self.stats is not None:
                self.stats.inc_value(STATS_PREFIX + found[0].feature)
        return item
