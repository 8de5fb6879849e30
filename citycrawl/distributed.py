"""Where a crawl keeps its run id, its page budget and its request queue: one process, or many.

One process (the default): the run id is CITYCRAWL_RUN_ID, else the one saved in the JOBDIR, else
the start time; the page budget is in memory, kept in the JOBDIR's spider state so that a paused
crawl resumes with what it had spent.

Distributed (CITYCRAWL_REDIS_URL set; the `DistributedMode` add-on): every `scrapy crawl cities`
started with the same Redis URL and database URL works on one crawl.
- Run id: CITYCRAWL_RUN_ID, else the one the first worker stored in Redis (RUN_KEY).
- Page budget per city: `RedisBudget` under the run's keys, so workers draw from one budget.
- Queue and duplicate filter: scrapy-redis, under the run's keys, with the city-aware fingerprint. A
  request is checked against the filter and queued in one step, so a worker killed in between cannot
  leave a link marked seen and never queued. Every worker yields the start pages; the first one queued
  wins (a start page is queued once, redirect hops apart), so a worker killed after claiming a start
  page and before queueing it loses nothing.
- Requests in flight: a worker pops a request and appends it to its own ledger in one atomic step,
  and keeps a heartbeat key alive. A worker whose heartbeat lapsed is dead: the next worker with
  nothing to do adopts its ledger and queues again those requests whose page is not in the database.
- The end: a worker with nothing to do stays open while the queue holds requests, another worker is
  busy or a dead worker's ledger is unclaimed; when every worker is idle and the queue empty, all close.
"""
import logging
import os
import socket
import time
from pathlib import Path

import redis
from scrapy import signals
from scrapy.exceptions import DontCloseSpider
from scrapy.utils.job import job_dir
from scrapy_redis.connection import get_redis_from_settings
from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.scheduler import Scheduler as RedisScheduler
from twisted.internet import task

from citycrawl.budget import MemoryBudget, RedisBudget
from citycrawl.fingerprint import city_fingerprint

logger = logging.getLogger(__name__)

RUN_KEY = "citycrawl:run"  # the run id of the distributed run in progress
KEEP_FINISHED_RUN = 7 * 24 * 3600  # seconds a finished run's keys stay in Redis
BUSY, IDLE = b"busy", b"idle"

# Pop the most urgent request and record it in the worker's ledger, in one step: a worker killed
# at any moment either left the request in the queue or has it in its ledger.
POP = """
local popped = redis.call('ZPOPMIN', KEYS[1])
if #popped == 0 then return false end
redis.call('RPUSH', KEYS[2], popped[1])
redis.call('HSET', KEYS[3], ARGV[1], 'busy')
return popped[1]
"""

# Check a request against a filter set and queue it, in one step (ARGV[1] empty: no filter).
ENQUEUE = """
if ARGV[1] ~= '' and redis.call('SADD', KEYS[1], ARGV[1]) == 0 then return 0 end
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[3])
return 1
"""

# Leave the run; the worker that leaves it empty is the last one.
LEAVE = """
redis.call('HDEL', KEYS[1], ARGV[1])
return redis.call('HLEN', KEYS[1])
"""

# Take over a dead worker's ledger (unless its heartbeat came back): its requests move to the
# adopter's ledger, so they survive the adopter's own death, and the adopter counts as busy.
ADOPT = """
if redis.call('EXISTS', KEYS[4]) == 1 then return {} end
local orphans = redis.call('LRANGE', KEYS[1], 0, -1)
for _, request in ipairs(orphans) do redis.call('RPUSH', KEYS[2], request) end
redis.call('DEL', KEYS[1])
redis.call('HDEL', KEYS[3], ARGV[1])
if #orphans > 0 then redis.call('HSET', KEYS[3], ARGV[2], 'busy') end
return orphans
"""


class Keys:
    """Names of a run's Redis keys."""

    def __init__(self, run_id: str):
        self.prefix = f"citycrawl:{run_id}"
        self.requests = f"{self.prefix}:requests"
        self.dupefilter = f"{self.prefix}:dupefilter"
        self.starts = f"{self.prefix}:starts"  # start pages queued (fingerprints)
        self.budget = f"{self.prefix}:budget"
        self.workers = f"{self.prefix}:workers"  # worker -> busy / idle

    def ledger(self, worker: str) -> str:
        return f"{self.prefix}:ledger:{worker}"

    def alive(self, worker: str) -> str:
        return f"{self.prefix}:alive:{worker}"


def redis_url(settings) -> str:
    return settings.get("CITYCRAWL_REDIS_URL") or ""


def run_id_for(crawler) -> str:
    settings = crawler.settings
    jobdir = job_dir(settings)
    saved = Path(jobdir, "run_id") if jobdir else None
    run_id = settings.get("CITYCRAWL_RUN_ID")
    if not run_id and saved and saved.exists():
        run_id = saved.read_text().strip()
    if not run_id:
        run_id = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
        if redis_url(settings):
            server = redis.Redis.from_url(redis_url(settings))
            server.set(RUN_KEY, run_id, nx=True)  # the first worker's id wins
            run_id = server.get(RUN_KEY).decode()
    if saved:
        saved.write_text(run_id)
    return run_id


def budget_for(crawler, run_id: str):
    if redis_url(crawler.settings):
        return RedisBudget(redis.Redis.from_url(redis_url(crawler.settings)), Keys(run_id).budget)
    budget = MemoryBudget()

    def keep_in_job_state():
        # Scrapy loads spider.state from the JOBDIR at spider_opened and saves it on close; by
        # engine_started it is there (only with a JOBDIR), before the first start request is made.
        spider = crawler.spider
        state = getattr(spider, "state", None)
        if state is not None:
            budget.spent = state.setdefault("budget", budget.spent)
            spider.exhausted = state.setdefault("exhausted", spider.exhausted)

    crawler.signals.connect(keep_in_job_state, signal=signals.engine_started, weak=False)
    return budget


class DistributedMode:
    """Scrapy add-on: with CITYCRAWL_REDIS_URL set, the queue and duplicate filter move to Redis."""

    def update_settings(self, settings):
        url = redis_url(settings)
        if not url:
            return
        settings.set("SCHEDULER", "citycrawl.distributed.Scheduler", "addon")
        settings.set("DUPEFILTER_CLASS", "citycrawl.distributed.DupeFilter", "addon")
        settings.set("SCHEDULER_QUEUE_CLASS", "scrapy_redis.queue.PriorityQueue", "addon")
        settings.set("SCHEDULER_PERSIST", True, "addon")  # a worker that ends leaves the queue to others
        settings.set("REDIS_URL", url, "addon")
        # A link's budget is claimed in Redis when the spider yields it, and it reaches the shared
        # queue when Scrapy has worked through the page's output. Many output workers keep that gap
        # short: a worker killed inside it loses the link (a page whose claim was never queued).
        settings.set("CONCURRENT_ITEMS", 100, "project")


class DupeFilter(RFPDupeFilter):
    """The scrapy-redis duplicate filter, under the run's key, with the project's fingerprint."""

    @classmethod
    def from_spider(cls, spider):
        return cls(get_redis_from_settings(spider.settings), key=Keys(spider.run_id).dupefilter,
                   debug=spider.settings.getbool("DUPEFILTER_DEBUG"))

    def request_fingerprint(self, request) -> str:
        return city_fingerprint(request).hex()


class Scheduler(RedisScheduler):
    """The scrapy-redis scheduler, plus the ledger, heartbeat and idle agreement of the workers."""

    @classmethod
    def from_crawler(cls, crawler):
        scheduler = super().from_crawler(crawler)
        scheduler.crawler = crawler
        scheduler.worker = f"{socket.gethostname()}:{os.getpid()}:{os.urandom(3).hex()}"
        scheduler.timeout = crawler.settings.getfloat("CITYCRAWL_WORKER_TIMEOUT")
        crawler.signals.connect(scheduler.spider_idle, signal=signals.spider_idle)
        return scheduler

    def open(self, spider):
        self.keys = Keys(spider.run_id)
        self.queue_key = self.keys.requests
        super().open(spider)
        self._pop = self.server.register_script(POP)
        self._enqueue = self.server.register_script(ENQUEUE)
        self._adopt = self.server.register_script(ADOPT)
        self._leave = self.server.register_script(LEAVE)
        self.server.hset(self.keys.workers, self.worker, BUSY)  # busy until it first finds nothing to do
        self._beat()
        self.heartbeat = task.LoopingCall(self._beat)
        self.heartbeat.start(self.timeout / 3, now=False)
        logger.info("worker %s joined run %s (%d requests queued)", self.worker, spider.run_id, len(self))

    def _beat(self):
        self.server.set(self.keys.alive(self.worker), 1, px=int(self.timeout * 1000))

    def enqueue_request(self, request):
        # Start requests skip the duplicate filter (see the spider) but are queued once per run:
        # every worker yields them. Redirect hops of a start page are not filtered at all.
        if not request.dont_filter:
            key = self.keys.dupefilter
        elif request.meta.get("is_start") and "redirect_times" not in request.meta:
            key = self.keys.starts
        else:
            key = None
        fingerprint = self.df.request_fingerprint(request) if key else ""
        queued = self._enqueue(keys=[key or self.keys.dupefilter, self.keys.requests],
                               args=[fingerprint, -request.priority, self.queue._encode_request(request)])
        if not queued:
            self.df.log(request, self.spider)
            return False
        self.stats.inc_value("scheduler/enqueued/redis", spider=self.spider)
        return True

    def next_request(self):
        data = self._pop(keys=[self.keys.requests, self.keys.ledger(self.worker), self.keys.workers],
                         args=[self.worker])
        if data is None:
            return None
        self.stats.inc_value("scheduler/dequeued/redis")
        return self.queue._decode_request(data)

    def spider_idle(self, spider):
        self.server.hset(self.keys.workers, self.worker, IDLE)
        self._adopt_dead_workers()
        queued, states = (self.server.pipeline(transaction=True)
                          .zcard(self.keys.requests).hvals(self.keys.workers).execute())
        if queued or BUSY in states:
            raise DontCloseSpider  # Scrapy asks again at its next heartbeat (5 s)

    def _adopt_dead_workers(self):
        for name in self.server.hkeys(self.keys.workers):
            worker = name.decode()
            if worker == self.worker or self.server.exists(self.keys.alive(worker)):
                continue
            orphans = self._adopt(
                keys=[self.keys.ledger(worker), self.keys.ledger(self.worker), self.keys.workers,
                      self.keys.alive(worker)],
                args=[worker, self.worker])
            if orphans:
                self._requeue_lost(worker, orphans)

    def _requeue_lost(self, worker, orphans):
        """Queue again every request the dead worker took. Its pages not stored yet are fetched
        again; so are the stored ones, because it may have died after storing a page and before
        queueing all of its links. A page queued again queues its links again (see the spider),
        and the duplicate filter drops those that were queued."""
        lost = {}
        for data in orphans:
            request = self.queue._decode_request(data)
            lost[(request.meta.get("city"), request.url)] = request
        for request in lost.values():
            request.dont_filter = True  # the duplicate filter has seen it already
            request.meta["recovered"] = True
            self.queue.push(request)
        self.stats.inc_value("citycrawl/distributed/requests_recovered", len(lost))
        logger.warning("worker %s stopped answering: the %d requests it took are queued again",
                       worker, len(lost))

    def close(self, reason):
        if self.heartbeat.running:
            self.heartbeat.stop()
        self.server.delete(self.keys.alive(self.worker))
        if reason == "finished":
            # Every worker was idle with the queue empty: nothing of this worker's is in flight.
            self.server.delete(self.keys.ledger(self.worker))
            if self._leave(keys=[self.keys.workers], args=[self.worker]) == 0:
                # The survey pipeline closes the run and writes its survey in this worker only.
                self.stats.set_value("citycrawl/distributed/last_worker", True)
                self._retire_run()
        # Otherwise (shutdown, error) the ledger stays: another worker adopts it.
        super().close(reason)

    def _retire_run(self):
        for key in self.server.scan_iter(f"{self.keys.prefix}:*"):
            self.server.expire(key, KEEP_FINISHED_RUN)
        if self.server.get(RUN_KEY) == self.spider.run_id.encode():
            self.server.delete(RUN_KEY)  # the next worker started begins a new run
