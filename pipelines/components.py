from citycrawl.detect.pipeline import FamilyPipeline


class ComponentsPipeline(FamilyPipeline):
    """Features shown by markup: platform components, poll and petition widgets, questionnaires."""

    family = "components"
