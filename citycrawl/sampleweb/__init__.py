"""The sample web: fictional French municipal websites served on loopback, with their ground truth.

- ``serve(port=0, generated=0, seed=0, hostile=False, scripted=False, holdout=False)``: run the proxy
  server in a background thread;
- ``truth(...)``: expected levels, flags and per-page features; ``seeds_csv(path, ...)``: the seeds CSV
  of those cities; ``cities(...)``: the cities themselves, in seed order.

Corners taken with the main sample web on request: ``hostile`` (the hostile web), ``elsewhere`` (three
communes sharing a platform and linking to sites outside every city), ``scripted`` (a city whose
participation pages are drawn by scripts). ``holdout=True`` gives the holdout cities only (HOLDOUT.md):
they are scored apart, never with the others.
"""
import csv

from . import (elsewhere as _elsewhere, generated as _generated, handmade as _handmade, holdout as _holdout,
               hostile as _hostile, scripted as _scripted)
from .server import serve
from .truth import Truth, city_truth

SEED_COLUMNS = ("insee_code", "name", "population", "population_year", "departement", "region", "region_name", "website")

__all__ = ["serve", "truth", "seeds_csv", "cities", "SEED_COLUMNS"]


def cities(generated=0, seed=0, hostile=False, pages=None, elsewhere=False, scripted=False, holdout=False):
    """Every city of the sample web, in seed order (generated cities are built one at a time)."""
    if holdout:
        yield from _holdout.cities()
        return
    yield from _handmade.cities()
    if elsewhere:
        yield from _elsewhere.cities()
    if hostile:
        yield from _hostile.cities()
    if scripted:
        yield from _scripted.cities()
    for index in range(generated):
        yield _generated.city(seed, index, pages)


def truth(generated=0, seed=0, hostile=False, pages=None, elsewhere=False, scripted=False, holdout=False) -> Truth:
    """Ground truth. Every page of the handmade, hostile and holdout cities is listed; for generated cities,
    only their start page and the pages that hold a feature beyond footer social links, or a decoy."""
    page_truth, city_truths = {}, []
    if holdout:
        return Truth([city_truth(city, page_truth) for city in _holdout.cities()], page_truth)
    for city in cities(0, seed, hostile, elsewhere=elsewhere, scripted=scripted):
        city_truths.append(city_truth(city, page_truth))
    for index in range(generated):
        city = _generated.city(seed, index, pages)
        city_truths.append(city_truth(city, page_truth, _generated.worth_listing))
    return Truth(city_truths, page_truth)


def seeds_csv(path, generated=0, seed=0, hostile=False, pages=None, elsewhere=False, scripted=False,
              holdout=False):
    """Write the seeds CSV of the sample web's cities; returns the number of rows."""
    count = 0
    with open(path, "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(SEED_COLUMNS)
        for city in cities(generated, seed, hostile, pages, elsewhere, scripted, holdout):
            writer.writerow([city.insee_code, city.name, city.population, city.population_year, city.departement,
                             city.region, city.region_name, city.website])
            count += 1
    return count
