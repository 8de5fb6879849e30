from citycrawl.detect.pipeline import FamilyPipeline


class SocialPipeline(FamilyPipeline):
    """Social media accounts on each HTML page."""

    family = "social"
