"""Page budget per city: which URLs the crawl has spent on each city, and how many.

A URL is counted once per city, however many pages link to it (menus repeat on every page), so
the budget is spent on distinct pages. In one process the counts live in memory; in distributed
mode they live in Redis, so every worker draws from the same budget.

The links of one page are claimed together, in one step (`claim_many`): nothing else spends the
same budget in between, in this process or in another worker. That is what makes a budget-limited
city's crawl reproducible where it matters (docs/ARCHITECTURE.md, "The same crawl"): a start page
is parsed before any other page of its city exists, so its links are claimed before deeper pages
compete for what is left of the budget.
"""
import hashlib

OK, SEEN, FULL = "ok", "seen", "full"


def _key(url: str) -> bytes:
    return hashlib.blake2b(url.encode(), digest_size=8).digest()


class MemoryBudget:
    def __init__(self):
        self.spent: dict[str, set] = {}

    def claim(self, scope: str, url: str, limit: int) -> str:
        """OK when `url` is newly spent from `scope`'s budget; SEEN if it was already; FULL if no budget is left."""
        return self.claim_many(scope, [url], limit)[0]

    def claim_many(self, scope: str, urls: list[str], limit: int) -> list[str]:
        """`claim` for each URL in turn, as one step; one answer per URL."""
        spent = self.spent.setdefault(scope, set())
        answers = []
        for url in urls:
            key = _key(url)
            if key in spent:
                answers.append(SEEN)
            elif len(spent) >= limit:
                answers.append(FULL)
            else:
                spent.add(key)
                answers.append(OK)
        return answers


# The same claims in Redis, run by the server as one step: two workers racing for the last page of a
# budget cannot both see it full, nor both take it.
CLAIM_MANY = """
local limit = tonumber(ARGV[1])
local answers = {}
for i = 2, #ARGV do
  if redis.call('SISMEMBER', KEYS[1], ARGV[i]) == 1 then
    answers[#answers + 1] = 'seen'
  elseif redis.call('SCARD', KEYS[1]) >= limit then
    answers[#answers + 1] = 'full'
  else
    redis.call('SADD', KEYS[1], ARGV[i])
    answers[#answers + 1] = 'ok'
  end
end
return answers
"""


class RedisBudget:
    def __init__(self, server, prefix: str):
        self.prefix = prefix
        self._claim_many = server.register_script(CLAIM_MANY)

    def claim(self, scope: str, url: str, limit: int) -> str:
        return self.claim_many(scope, [url], limit)[0]

    def claim_many(self, scope: str, urls: list[str], limit: int) -> list[str]:
        if not urls:
            return []
        answers = self._claim_many(keys=[f"{self.prefix}:{scope}"], args=[limit, *map(_key, urls)])
        return [a.decode() if isinstance(a, bytes) else a for a in answers]
