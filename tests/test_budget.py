"""The page budget, in memory and in a real Redis server: distinct pages counted, claims of one page's
links as one step, and workers racing for the last pages of a budget spending it exactly."""
import threading

import pytest
import redis

from citycrawl.budget import FULL, OK, SEEN, MemoryBudget, RedisBudget


@pytest.fixture(params=["memory", "redis"])
def budget(request):
    if request.param == "memory":
        return MemoryBudget()
    server = redis.Redis.from_url(request.getfixturevalue("redis_url"))
    return RedisBudget(server, "citycrawl:test:budget")


def test_claims_of_one_page_are_answered_in_order(budget):
    urls = ["https://a.fr/1", "https://a.fr/2", "https://a.fr/1", "https://a.fr/3", "https://a.fr/4"]
    assert budget.claim_many("75056", urls, 3) == [OK, OK, SEEN, OK, FULL]
    assert budget.claim_many("75056", [], 3) == []
    # Once full, a URL already spent is still SEEN (a page queued again re-queues its links).
    assert budget.claim_many("75056", ["https://a.fr/5", "https://a.fr/2"], 3) == [FULL, SEEN]
    assert budget.claim("13055", "https://a.fr/5", 3) == OK  # each city has its own budget


def test_workers_racing_for_the_last_pages_spend_the_budget_exactly(redis_url):
    """Eight workers, each with its own connection, claim 400 distinct pages of one city in batches,
    as eight crawler processes parsing pages at once would: exactly the budget is granted."""
    limit, answers, lock = 50, [], threading.Lock()
    start = threading.Barrier(8)

    def worker(n):
        budget = RedisBudget(redis.Redis.from_url(redis_url), "citycrawl:race")
        start.wait()
        for batch in range(10):
            urls = [f"https://ville.fr/{n}/{batch}/{k}" for k in range(5)]
            got = budget.claim_many("69123", urls, limit)
            with lock:
                answers.extend(got)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert len(answers) == 400
    assert answers.count(OK) == limit and answers.count(FULL) == 400 - limit
    assert redis.Redis.from_url(redis_url).scard("citycrawl:race:69123") == limit
