from citycrawl.detect.pipeline import FamilyPipeline


class ContactFormPipeline(FamilyPipeline):
    """Contact forms (and bare mailto addresses) on each HTML page."""

    family = "forms"
