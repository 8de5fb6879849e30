from citycrawl.detect.pipeline import FamilyPipeline


class CommentsPipeline(FamilyPipeline):
    """Comment systems and native comment forms on each HTML page."""

    family = "comments"
