"""How many requests wait in the crawl's scheduler: the progress line shows it, the spider's start
waits on it."""


def queued_requests(crawler) -> int:
    scheduler = crawler.engine.scheduler if crawler.engine is not None else None
    try:
        return len(scheduler) if scheduler is not None else 0
    except TypeError:  # a scheduler that cannot count its queue
        return 0
