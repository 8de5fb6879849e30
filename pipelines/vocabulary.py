from citycrawl.detect.pipeline import FamilyPipeline


class VocabularyPipeline(FamilyPipeline):
    """Participation shown in words on each HTML page: displayed approach, polls, petitions,
    calls for ideas, participatory budgets."""

    family = "vocabulary"
