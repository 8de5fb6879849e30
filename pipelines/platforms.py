from citycrawl.detect.pipeline import FamilyPipeline


class PlatformPipeline(FamilyPipeline):
    """Participation platforms and territorial social networks on each HTML page."""

    family = "platforms"
