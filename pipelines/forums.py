from citycrawl.detect.pipeline import FamilyPipeline


class ForumPipeline(FamilyPipeline):
    """Discussion boards on each HTML page."""

    family = "forums"
