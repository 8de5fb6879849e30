"""The off-site debate measure of a stored run: search, classify, store, city by city.

Each city gets a status: `measured` (every query answered), `partial` (some did), `failed` (none
did). When the engine stops answering altogether (`give_up` queries in a row without an answer),
the remaining cities are marked `failed` without a request: a dead or banned instance costs
minutes, not hours, and never turns into zeros.
"""
import logging
from dataclasses import dataclass

from citycrawl.offsite.classify import CityContext, classify, survey_day
from citycrawl.offsite.pages import PetitionPages
from citycrawl.offsite.queries import city_queries
from citycrawl.offsite.search import SearchClient, SearchSettings
from citycrawl.storage.offsite import load_statuses, save_city
from citycrawl.urls import host_of, registrable_domain

logger = logging.getLogger(__name__)
MAX_URL = 2048  # a longer result address is no space of residents worth keeping


@dataclass
class MeasureSettings:
    search: SearchSettings
    max_queries: int = 4  # per city
    give_up: int = 8  # queries in a row without an answer before the engine counts as gone
    petition_pages: bool = True  # read a counted petition's page once, where robots.txt allows

    @classmethod
    def from_settings(cls, settings) -> "MeasureSettings":
        return cls(SearchSettings.from_settings(settings),
                   max_queries=settings.getint("CITYCRAWL_SEARCH_MAX_QUERIES"),
                   give_up=settings.getint("CITYCRAWL_SEARCH_GIVE_UP"),
                   petition_pages=settings.getbool("CITYCRAWL_SEARCH_PETITION_PAGES"))


def measure_run(store, run_id: str, settings: MeasureSettings, client=None) -> dict:
    """Measure every city of the run not yet `measured`; return the count of cities per status
    and the requests spent."""
    client = client or SearchClient(settings.search)
    pages = (PetitionPages(settings.search.user_agent, settings.search.timeout)
             if settings.petition_pages else None)
    run = store.load_run(run_id)
    done = load_statuses(store, run_id)
    measured = set(done.loc[done["status"] == "measured", "city"]) if len(done) else set()
    evidence = run.evidence
    accounts = evidence[evidence["feature"] == "social_account"]
    survey_date = survey_day(run.run["started_at"])
    summary = {"measured": 0, "partial": 0, "failed": 0, "skipped": len(measured), "requests": 0,
               "page_requests": 0}
    silent = 0  # queries in a row without an answer
    for city in run.cities.to_dict("records"):
        code = city["insee_code"]
        if code in measured:
            continue
        attrs = city["attrs"] if isinstance(city["attrs"], dict) else {}
        context = CityContext(
            code, city["name"], str(attrs.get("departement") or ""),
            domains={registrable_domain(host_of(city["website"]))} - {""},
            hosts={host_of(u) for u in evidence.loc[evidence["city"] == code, "page_url"].dropna()},
            accounts=set(accounts.loc[accounts["city"] == code, "url"].dropna()))
        if silent >= settings.give_up:
            status = {"status": "failed", "queries": 0, "answered": 0, "requests": 0,
                      "engine": settings.search.base_url,
                      "problems": f"not asked: no answer to the last {silent} queries"}
            results = []
        else:
            status, results, silent = _measure_city(client, context, settings, survey_date, silent)
            if pages is not None:
                _read_petitions(pages, context, results)
        save_city(store, run_id, code, status, results)
        summary[status["status"]] += 1
        summary["requests"] += status["requests"]
    summary["page_requests"] = pages.requests if pages is not None else 0
    logger.info("off-site debate: %(measured)d cities measured, %(partial)d partial, "
                "%(failed)d failed, %(requests)d search requests, %(page_requests)d requests for "
                "petition pages and their robots.txt", summary)
    return summary


def measure_logged(store, run_id: str, settings, stats=None) -> dict | None:
    """measure_run from Scrapy settings, after a crawl: a failure is logged, never raised (the
    survey is written without the measure, its codes empty); the summary goes to the stats."""
    try:
        summary = measure_run(store, run_id, MeasureSettings.from_settings(settings))
    except Exception:
        logger.exception("off-site debate: the measure of run %s failed", run_id)
        return None
    if stats is not None:
        for key, value in summary.items():
            stats.set_value(f"citycrawl/offsite/{key}", value)
    return summary


def _read_petitions(pages, city: CityContext, results: list[dict]) -> None:
    """Complete each counted petition's details from its page: the page says more than a snippet."""
    for result in results:
        if result["counted"] and result["kind"] == "petition":
            read = pages.details(result["url"], city)
            result["details"] = {**(result["details"] or {}), **read}
            if read:
                result["reason"] += "; details read on the petition's page"


def _measure_city(client, city: CityContext, settings, survey_date, silent):
    results, problems, answered, requests = {}, [], 0, 0
    queries = city_queries(city.name, city.departement, settings.max_queries)
    for _, query in queries:
        if silent >= settings.give_up:
            problems.append("engine gone: remaining queries not asked")
            break
        answer = client.search(query)
        requests += answer.requests
        if not answer.answered:
            silent += 1
            problems.append(answer.status)
            continue
        silent = 0
        answered += 1
        if answer.unresponsive:
            problems.append("unresponsive engines: " + ", ".join(
                str(e[0] if isinstance(e, list) and e else e) for e in answer.unresponsive[:5]))
        for rank, result in enumerate(answer.results, start=1):
            url = str(result.get("url") or "")
            if not url or len(url) > MAX_URL or url in results:  # the first query is the evidence
                continue
            verdict = classify(result, city, survey_date)
            results[url] = {
                "url": url, "query": query, "search_url": answer.url, "rank": rank,
                "engine": ",".join(map(str, result.get("engines") or [result.get("engine") or ""])),
                "title": str(result.get("title") or "")[:300],
                "snippet": str(result.get("content") or "")[:500],
                "published": verdict.date, "kind": verdict.kind, "counted": verdict.counted,
                "contesting": verdict.contesting, "reason": verdict.reason,
                "details": verdict.details}
    status = ("measured" if answered == len(queries) and queries
              else "partial" if answered else "failed")
    return ({"status": status, "queries": len(queries), "answered": answered, "requests": requests,
             "engine": settings.search.base_url, "problems": "; ".join(problems) or None},
            list(results.values()), silent)
