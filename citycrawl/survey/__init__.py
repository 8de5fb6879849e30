"""The survey of a stored run: tables (cities, indicators, coverage, 2009 comparison, waves) and files."""
from citycrawl.survey.cities import city_table
from citycrawl.survey.export import build_survey, publish_survey, write_survey
from citycrawl.survey.stats import indicator_table

__all__ = ["build_survey", "city_table", "indicator_table", "publish_survey", "write_survey"]
