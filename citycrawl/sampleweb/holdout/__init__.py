"""The holdout: parts of the sample web written apart from the detection rules and never used to write
them (see HOLDOUT.md), served only when asked for (``holdout=True``). The first part is cities
98101-98117; the second (``towns``, 98001-98006, its own markup) was written by another author at the
same time and first measured after the rules of the following version were written."""
from . import cms_cities, local_cities, platform_cities, towns

SECOND_PART = {city.insee_code for city in towns.cities()}


def cities():
    """Every holdout city, in seed order."""
    found = cms_cities.cities() + local_cities.cities() + platform_cities.cities() + list(towns.cities())
    return sorted(found, key=lambda c: c.insee_code)


def part(insee_code: str) -> str:
    """Which part of the holdout a city belongs to: "first" or "second"."""
    return "second" if insee_code in SECOND_PART else "first"
