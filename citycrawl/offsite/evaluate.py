"""The classifier scored on the sample web's search results, whose truth is known
(citycrawl/sampleweb/debate.py): used by the tests and by benchmarks/offsite.py."""
from datetime import date

from citycrawl.offsite.classify import CityContext, classify
from citycrawl.urls import host_of, registrable_domain


def sample_contexts():
    """Each sample city as the measure sees it after the demo's crawl: its domain, the hosts of
    its participation spaces, its social accounts."""
    from citycrawl.sampleweb import cities, truth

    expected = {c.insee_code: c for c in truth().cities}
    for city in cities():
        yield CityContext(city.insee_code, city.name, city.departement,
                          {registrable_domain(host_of(city.website))}, {s.host for s in city.sites},
                          expected[city.insee_code].social_accounts)


def classifier_scores(today: date | None = None) -> dict:
    """{"counted": (tp, fp, fn), "contesting": (tp, fp, fn)} over every result a city's queries
    can get: the results naming it, and the national ones."""
    from citycrawl.sampleweb.debate import DOCS, published

    today = today or date.today()
    counts = {"counted": [0, 0, 0], "contesting": [0, 0, 0]}
    for city in sample_contexts():
        for doc in DOCS:
            if doc.name not in (city.name, None):
                continue
            verdict = classify({"url": doc.url, "title": doc.title, "content": doc.content,
                                "publishedDate": published(doc, today)}, city, today)
            for key, want, got in (("counted", doc.counted, verdict.counted),
                                   ("contesting", doc.contesting, verdict.contesting)):
                counts[key][0] += want and got
                counts[key][1] += got and not want
                counts[key][2] += want and not got
    return {key: tuple(value) for key, value in counts.items()}


def precision_recall(tp: int, fp: int, fn: int) -> tuple[float, float]:
    return (tp / (tp + fp) if tp + fp else float("nan"), tp / (tp + fn) if tp + fn else float("nan"))
