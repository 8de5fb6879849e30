"""Scrapy settings of citycrawl: polite broad crawl of many city sites at once.

Every CITYCRAWL_* setting can be given on the command line with -s NAME=VALUE (docs/INTERFACES.md).
"""
from pathlib import Path

from citycrawl import render
from citycrawl.contact import BASE_USER_AGENT

PROJECT_DIR = Path(__file__).resolve().parent.parent

BOT_NAME = "citycrawl"
SPIDER_MODULES = ["citycrawl.spiders"]
NEWSPIDER_MODULE = "citycrawl.spiders"
COMMANDS_MODULE = "citycrawl.commands"

# --- What the survey needs -------------------------------------------------------------------
CITYCRAWL_DB_URL = f"sqlite:///{PROJECT_DIR / 'data' / 'citycrawl.sqlite'}"
CITYCRAWL_EXPORT_DIR = str(PROJECT_DIR / "exports")
CITYCRAWL_PUBLISH = True  # point exports/latest to a complete run (`scrapy run` publishes after validation)
CITYCRAWL_RUNS_DIR = str(PROJECT_DIR / "runs")  # `scrapy run`: one folder per run, the lock, the HTTP cache
CITYCRAWL_WARC = True  # every response kept as WARC/1.1 in RUNS/<run_id>/warc/ (citycrawl/warc.py)
# Crawl of the past, `-a as_of=YYYY-MM-DD` (citycrawl/archive.py): a Wayback-style endpoint (the
# Internet Archive, pywb, OpenWayback), the farthest capture accepted, retries of its 429 and 503.
CITYCRAWL_ARCHIVE_URL = "https://web.archive.org/web/"
CITYCRAWL_ARCHIVE_WINDOW = 183  # days before or after as_of
CITYCRAWL_ARCHIVE_RETRIES = 3
CITYCRAWL_VALIDATION = {}  # `scrapy run`: thresholds replacing citycrawl.validation.THRESHOLDS
CITYCRAWL_MAX_PAGES = 300  # per city, official hosts and linked participation spaces together
CITYCRAWL_MAX_EXTERNAL_PAGES = 40  # of which at most this many outside the city's own domains
CITYCRAWL_MAX_DEPTH = 6  # clicks from the start page
CITYCRAWL_MAX_CITIES_IN_FLIGHT = 200  # cities crawled at the same time by one process (0: no limit)
CITYCRAWL_RUN_ID = ""  # empty: a new run id from the start time (UTC)
CITYCRAWL_REDIS_URL = ""  # set: distributed mode (scrapy-redis scheduler and duplicate filter)
CITYCRAWL_WORKER_TIMEOUT = 60.0  # distributed: seconds without a heartbeat before a worker counts as dead
CITYCRAWL_ALLOW_PRIVATE_NETWORKS = False  # follow links to loopback, link-local and private ranges
CITYCRAWL_PROGRESS_INTERVAL = 10.0  # seconds between two progress lines
CITYCRAWL_STRATA = ""  # lower population bounds of the survey strata; empty: "50000,100000,200000"
# Pages built by scripts (citycrawl/render.py): "auto" renders application shells in Debian's chromium
# when it is installed; True requires it, False never renders.
CITYCRAWL_RENDER = "auto"
CITYCRAWL_MAX_RENDERS = 10  # per city: renders cost a browser page each (docs/OPERATIONS.md)
CITYCRAWL_RENDER_TIMEOUT = 15.0  # seconds for the page to load, then again for its requests to settle

# --- Off-site debate: web searches through the operator's SearXNG (citycrawl/offsite/) --------
CITYCRAWL_SEARCH_URL = ""  # SearXNG base URL, JSON format enabled; empty: the measure is not taken
CITYCRAWL_SEARCH_MAX_QUERIES = 4  # per city (rules: citycrawl/data/offsite_queries.yaml)
CITYCRAWL_SEARCH_DELAY = 3.0  # seconds between two requests to the instance
CITYCRAWL_SEARCH_RETRIES = 2  # further tries of a refused (429, 503) or failed request
CITYCRAWL_SEARCH_TIMEOUT = 20.0  # seconds for one request
CITYCRAWL_SEARCH_MAX_WAIT = 120.0  # longest Retry-After honoured, in seconds
CITYCRAWL_SEARCH_GIVE_UP = 8  # queries in a row without an answer: the remaining cities fail unasked
CITYCRAWL_SEARCH_PETITION_PAGES = True  # read a counted petition's page once, where robots.txt allows

# --- Politeness ------------------------------------------------------------------------------
# The user agent names the project and no address of its own (it has none to name); the operator's
# contact (an e-mail or a URL) is added by the Contact add-on (citycrawl/contact.py).
USER_AGENT = BASE_USER_AGENT
CITYCRAWL_CONTACT = ""  # who runs the crawl, for the sites' webmasters: preflight warns when it is missing
ROBOTSTXT_OBEY = True
# Scrapy keeps one download slot per host name: these limits and the delay apply to each host,
# while many hosts (many cities) are crawled at the same time.
CONCURRENT_REQUESTS = 128
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
DOWNLOAD_DELAY_JITTER = 0.5  # each delay drawn in [0.5, 1.5] x DOWNLOAD_DELAY
AUTOTHROTTLE_ENABLED = True  # slows down further on hosts that answer slowly, never speeds past the delay
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
SCHEDULER_PRIORITY_QUEUE = "scrapy.pqueues.DownloaderAwarePriorityQueue"
REACTOR_THREADPOOL_MAXSIZE = 20
# Scrapy starts this many tasks for the output of every response; the pipelines are synchronous,
# so more would only cost CPU (with the default of 100, task creation was the largest cost of a crawl).
CONCURRENT_ITEMS = 8

# --- Hostile web: bounded sizes, times and retries -------------------------------------------
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024  # also bounds decompressed bodies
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
DOWNLOAD_TIMEOUT = 30
DNS_TIMEOUT = 15
RETRY_TIMES = 1
REDIRECT_MAX_TIMES = 10
METAREFRESH_MAXDELAY = 5
COOKIES_ENABLED = False  # a survey needs no session; session cookies only feed crawler traps

REQUEST_FINGERPRINTER_CLASS = "citycrawl.fingerprint.CityRequestFingerprinter"

DOWNLOADER_MIDDLEWARES = {
    "citycrawl.middlewares.PrivateNetworkMiddleware": 60,
    # Used when HTTPCACHE_ENABLED (periodic runs): see citycrawl/httpcache.py.
    "scrapy.downloadermiddlewares.httpcache.HttpCacheMiddleware": None,
    "citycrawl.httpcache.SurveyCacheMiddleware": 900,
    # Between the cache and the redirects: every answer, as sent, as the crawl read it (citycrawl/warc.py).
    "citycrawl.warc.WarcCapture": 850,
    # Crawl of the past only (citycrawl/archive.py): archived redirects stay in the archive (before
    # the redirect middleware, 600); pages get their original URL back (after it and decompression).
    "citycrawl.archive.ArchiveRedirects": 610,
    "citycrawl.archive.ArchiveResponses": 575,
    # After the cache: a render is never answered from the cache of the shell it replaces.
    "citycrawl.render.RenderMiddleware": 950,
}
HTTPCACHE_POLICY = "citycrawl.httpcache.RevalidatePolicy"

# scrapy-playwright, with a deadline on each render (citycrawl/render_handler.py), downloads only the requests
# RenderMiddleware marks (meta["playwright"]); every other request goes to Scrapy's own HTTP handler. The browser
# starts at the first render.
DOWNLOAD_HANDLERS = {
    "http": "citycrawl.render_handler.BoundedRenderHandler",
    "https": "citycrawl.render_handler.BoundedRenderHandler",
}
PLAYWRIGHT_BROWSER_TYPE = "chromium"
PLAYWRIGHT_LAUNCH_OPTIONS = render.launch_options()
PLAYWRIGHT_ABORT_REQUEST = render.should_abort
PLAYWRIGHT_MAX_PAGES_PER_CONTEXT = 4
PLAYWRIGHT_MAX_CONTEXTS = 2

# Distributed mode, only when CITYCRAWL_REDIS_URL is set (citycrawl/distributed.py).
ADDONS = {
    "citycrawl.contact.Contact": 0,
    "citycrawl.distributed.DistributedMode": 0,
}

EXTENSIONS = {
    "citycrawl.extensions.progress.Progress": 500,
    "citycrawl.extensions.network_log.NetworkLog": 0,
}

# Order: detect each family on the shared parsed page, then store, then write the survey.
ITEM_PIPELINES = {
    "pipelines.forms.ContactFormPipeline": 200,
    "pipelines.comments.CommentsPipeline": 210,
    "pipelines.forums.ForumPipeline": 220,
    "pipelines.vocabulary.VocabularyPipeline": 230,
    "pipelines.platforms.PlatformPipeline": 240,
    "pipelines.components.ComponentsPipeline": 245,
    "pipelines.social.SocialPipeline": 250,
    "pipelines.storage.StoragePipeline": 900,
    "pipelines.survey.SurveyPipeline": 1000,
}

LOG_LEVEL = "INFO"
LOGSTATS_INTERVAL = 0  # the progress extension says more, and says it once
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False  # no code-execution endpoint in a crawler of untrusted sites
FEED_EXPORT_ENCODING = "utf-8"
