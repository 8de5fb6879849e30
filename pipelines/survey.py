"""SurveyPipeline (last): when the crawl ends, closes the run and writes its survey.

It acts on the spider_closed signal rather than close_spider: by then every pipeline has stored
its items and the crawler stats hold the finish reason, which decides whether the run is
complete. In distributed mode only the last worker to leave the crawl does it (the scheduler of
citycrawl/distributed.py says which); `scrapy survey` can always rebuild it.
"""
import json
import logging

from scrapy import signals

from citycrawl.offsite.measure import measure_logged
from citycrawl.survey import write_survey
from citycrawl.survey.stats import coverage_line
from citycrawl.survey.strata import parse_strata
from pipelines.storage import store_for

logger = logging.getLogger(__name__)


class SurveyPipeline:
    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        pipeline = cls(crawler)
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    def process_item(self, item):
        return item

    def spider_closed(self, spider, reason):
        settings = self.crawler.settings
        run_id = spider.run_id
        if (settings.get("CITYCRAWL_REDIS_URL")
                and not self.crawler.stats.get_value("citycrawl/distributed/last_worker")):
            logger.info("distributed mode: the last worker to finish writes the survey of run %s", run_id)
            return
        store = store_for(self.crawler)
        status = "complete" if reason == "finished" else "failed"
        if settings.get("CITYCRAWL_SEARCH_URL") and status == "complete":
            measure_logged(store, run_id, settings, self.crawler.stats)
        store.finish_run(run_id, self.crawler.stats.get_stats(), status=status)
        try:
            path = write_survey(store, run_id, settings.get("CITYCRAWL_EXPORT_DIR"),
                                publish=settings.getbool("CITYCRAWL_PUBLISH"),
                                strata=parse_strata(settings.get("CITYCRAWL_STRATA")))
        except Exception:
            logger.exception("the survey of run %s could not be written", run_id)
            self.crawler.stats.set_value("citycrawl/survey_error", True)
            return
        logger.info("survey of run %s (%s): %s", run_id, status, path / "report.html")
        coverage = json.loads((path / "run.json").read_text(encoding="utf-8"))["coverage"]
        if coverage["crawled"] < coverage["seeded"]:
            logger.warning(coverage_line(coverage))
