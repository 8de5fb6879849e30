"""Page budget per city: which URLs the crawl has spent on each city, and how many.

A URL is counted once per city, however many pages link to it (menus repeat on every page), so
the budget is spent on distinct pages. In one process the counts live in memory; in distributed
mode they live in Redis, so every worker draws from the same budget."""
import hashlib

OK, SEEN, FULL = "ok", "seen", "full"


def _key(url: str) -> bytes:
    return hashlib.blake2b(url.encode(), digest_size=8).digest()


class MemoryBudget:
    def __init__(self):
        self.spent: dict[str, set] = {}

    def claim(self, scope: str, url: str, limit: int) -> str:
        """OK when `url` is newly spent from `scope`'s budget; SEEN if it was already; FULL if no budget is left."""
        spent = self.spent.setdefault(scope, set())
        key = _key(url)
        if key in spent:
            return SEEN
        if len(spent) >= limit:
            return FULL
        spent.add(key)
        return OK


class RedisBudget:
    def __init__(self, server, prefix: str):
        self.server = server
        self.prefix = prefix

    def claim(self, scope: str, url: str, limit: int) -> str:
        name = f"{self.prefix}:{scope}"
        # SADD then SCARD in one round trip: at worst a few workers overspend by one page each.
        added, size = self.server.pipeline().sadd(name, _key(url)).scard(name).execute()
        if not added:
            return SEEN
        if size > limit:
            self.server.srem(name, _key(url))
            return FULL
        return OK