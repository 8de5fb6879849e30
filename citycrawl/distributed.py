"""Single-process or distributed crawl: where the run id and the page budget come from.

Distributed mode (CITYCRAWL_REDIS_URL set) is not wired yet: one process, in-memory scheduler."""
import time

from citycrawl.budget import MemoryBudget


def run_id_for(crawler) -> str:
    return crawler.settings.get("CITYCRAWL_RUN_ID") or time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())


def budget_for(crawler, run_id: str):
    return MemoryBudget()
