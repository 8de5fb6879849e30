"""The holdout: parts of the sample web written apart from the detection rules and never used to write
them (see HOLDOUT.md), served only when asked for (``holdout=True``). The first part is cities
98101-98117; the second (``towns``, 98001-98006, its own markup) was written by another author at the
same time and first measured after the rules of the following version were written; the third
(``communes``, 98201-98208, its own markup) was written by a third author and first measured once finished; the
fourth (``villes``, 98301-98308, its own markup) was written by a fourth author, likewise apart, and the fifth
(``bourgs``, 98401-98408, its own markup) by a fifth. The sixth (``hameaux``, 98501-98508, its own markup) was
written by a sixth author, apart from the detection rules and from the other parts. The seventh (``faubourgs``,
98601-98608, its own markup and page layouts) was written by a seventh author, likewise apart from the detection
rules and from the other parts, the eighth (``vallons``, 98701-98708, its own markup) by an eighth, the ninth (``rivages``, 98801-98808, its
own markup) by a ninth, the tenth (``plateaux``, 98901-98908, its own markup and layouts) by a tenth, the eleventh (``collines``,
99201-99208, its own markup) by an eleventh, likewise apart from the detection rules and from the other parts, and the
twelfth (``bocages``, 99801-99808, its own markup) by a twelfth and the thirteenth (``garrigues``, 99901-99908, its own
markup and layouts) by a thirteenth, likewise apart; the fourteenth (``estuaires``, 99601-99608, its own markup and
layouts) by a fourteenth, and the fifteenth (``coteaux``, 99501-99508, its own markup and layouts) by a fifteenth,
likewise apart, and the sixteenth (``landes``, 99701-99708, its own markup) by a sixteenth, likewise apart."""
from . import (bocages, bourgs, cms_cities, collines, communes, coteaux, estuaires, faubourgs, garrigues, hameaux, landes,
               local_cities, plateaux, platform_cities, rivages, towns, vallons, villes)

PARTS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
         "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth")  # in the order they were written
SECOND_PART = {city.insee_code for city in towns.cities()}
THIRD_PART = {city.insee_code for city in communes.cities()}
FOURTH_PART = {city.insee_code for city in villes.cities()}
FIFTH_PART = {city.insee_code for city in bourgs.cities()}
SIXTH_PART = {city.insee_code for city in hameaux.cities()}
SEVENTH_PART = {city.insee_code for city in faubourgs.cities()}
EIGHTH_PART = {city.insee_code for city in vallons.cities()}
NINTH_PART = {city.insee_code for city in rivages.cities()}
TENTH_PART = {city.insee_code for city in plateaux.cities()}
ELEVENTH_PART = {city.insee_code for city in collines.cities()}
TWELFTH_PART = {city.insee_code for city in bocages.cities()}
THIRTEENTH_PART = {city.insee_code for city in garrigues.cities()}
FOURTEENTH_PART = {city.insee_code for city in estuaires.cities()}
FIFTEENTH_PART = {city.insee_code for city in coteaux.cities()}
SIXTEENTH_PART = {city.insee_code for city in landes.cities()}


def cities():
    """Every holdout city, in seed order."""
    found = (cms_cities.cities() + local_cities.cities() + platform_cities.cities() + list(towns.cities())
             + communes.cities() + villes.cities() + bourgs.cities() + hameaux.cities() + faubourgs.cities()
             + vallons.cities() + rivages.cities() + plateaux.cities() + collines.cities() + bocages.cities()
             + garrigues.cities() + estuaires.cities() + coteaux.cities() + landes.cities())
    return sorted(found, key=lambda c: c.insee_code)


def hosts():
    """Hosts that answer more than their sites' pages (a page drawn by a script and its API)."""
    return {**communes.hosts(), **villes.hosts(), **bourgs.hosts(), **hameaux.hosts(), **faubourgs.hosts(),
            **vallons.hosts(), **rivages.hosts(), **plateaux.hosts(), **collines.hosts(), **bocages.hosts(),
            **garrigues.hosts(), **estuaires.hosts(), **coteaux.hosts(), **landes.hosts()}


def part(insee_code: str) -> str:
    """Which part of the holdout a city belongs to: "first", "second", ..., "fifteenth" or "sixteenth"."""
    if insee_code in SIXTEENTH_PART:
        return "sixteenth"
    if insee_code in FIFTEENTH_PART:
        return "fifteenth"
    if insee_code in FOURTEENTH_PART:
        return "fourteenth"
    if insee_code in THIRTEENTH_PART:
        return "thirteenth"
    if insee_code in TWELFTH_PART:
        return "twelfth"
    if insee_code in ELEVENTH_PART:
        return "eleventh"
    if insee_code in TENTH_PART:
        return "tenth"
    if insee_code in NINTH_PART:
        return "ninth"
    if insee_code in EIGHTH_PART:
        return "eighth"
    if insee_code in SEVENTH_PART:
        return "seventh"
    if insee_code in SIXTH_PART:
        return "sixth"
    if insee_code in FIFTH_PART:
        return "fifth"
    if insee_code in FOURTH_PART:
        return "fourth"
    if insee_code in THIRD_PART:
        return "third"
    return "second" if insee_code in SECOND_PART else "first"
