"""The holdout: a second part of the sample web, written apart from the detection rules and never used to write
them (see HOLDOUT.md). Cities 98101-98117, served only when asked for (``holdout=True``)."""
from . import cms_cities, local_cities, platform_cities


def cities():
    """Every holdout city, in seed order."""
    found = cms_cities.cities() + local_cities.cities() + platform_cities.cities()
    return sorted(found, key=lambda c: c.insee_code)
