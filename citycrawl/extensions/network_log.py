"""One line, not a traceback, when a site cannot be reached.

A survey of a hundred cities meets dead hosts every month; Scrapy logs a full traceback for each
failed robots.txt. The failure is recorded with the city's status, so the log keeps the message only."""
import logging

NOISY_LOGGERS = ("scrapy.downloadermiddlewares.robotstxt",)


class DropTraceback(logging.Filter):
    def filter(self, record):
        if record.exc_info:
            exc = record.exc_info[1]
            record.msg = f"{record.msg} ({type(exc).__name__})" if exc else record.msg
            record.exc_info = None
            record.exc_text = None
        return True


class NetworkLog:
    def __init__(self):
        for name in NOISY_LOGGERS:
            logging.getLogger(name).addFilter(DropTraceback())

    @classmethod
    def from_crawler(cls, crawler):
        return cls()
