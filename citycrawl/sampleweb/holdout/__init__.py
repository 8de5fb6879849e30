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
likewise apart, the sixteenth (``landes``, 99701-99708, its own markup) by a sixteenth, the seventeenth (``marais``,
99851-99858) by a seventeenth and the eighteenth (``causses``, 99951-99958) by an eighteenth, the nineteenth
(``ubacs``, 99251-99258) by a nineteenth and the twentieth (``adrets``, 99551-99558) by a twentieth, the twenty-first
(``vignes``, 99651-99658) by a twenty-first and the twenty-second (``bruyeres``, 99751-99758) by a twenty-second,
the twenty-third (``cols``, 99151-99158) by a twenty-third and the twenty-fourth (``deltas``, 99351-99358) by a
twenty-fourth, the twenty-fifth (``gorges``, 99051-99058) by a twenty-fifth and the twenty-sixth (``combes``,
99071-99078) by a twenty-sixth, the twenty-seventh (``dunes``, 99081-99088) by a twenty-seventh and the
twenty-eighth (``sources``, 99091-99098) by a twenty-eighth, the twenty-ninth (``falaises``, 99021-99028) by a
twenty-ninth and the thirtieth (``clairieres``, 99031-99038) by a thirtieth, the thirty-first (``lagons``,
99041-99048) by a thirty-first and the thirty-second (``ruisseaux``, 99061-99068) by a thirty-second, the
thirty-third (``rochers``, 99121-99128) by a thirty-third and the thirty-fourth (``bosquets``, 99131-99138) by a
thirty-fourth, the thirty-fifth (``lisieres``, 99141-99148) by a thirty-fifth and the thirty-sixth (``tourbieres``,
99161-99168) by a thirty-sixth, the thirty-seventh (``moraines``, 99181-99188) by a thirty-seventh and the
thirty-eighth (``marnes``, 99191-99198) by a thirty-eighth, the thirty-ninth (``vergers``, 99211-99218) by a
thirty-ninth and the fortieth (``estrans``, 99221-99228) by a fortieth, the forty-first (``gaves``, 99231-99238)
by a forty-first and the forty-second (``criques``, 99261-99268) by a forty-second, the forty-third (``rias``,
99271-99278) by a forty-third and the forty-fourth (``polders``, 99281-99288) by a forty-fourth, the forty-fifth
(``meandres``, 99291-99298) by a forty-fifth and the forty-sixth (``cirques``, 99311-99318) by a forty-sixth, the
forty-seventh (``remparts``, 99321-99328) by a forty-seventh and the forty-eighth (``estives``, 99331-99338) by a
forty-eighth, the forty-ninth (``piemonts``, 99341-99348) by a forty-ninth and the fiftieth (``bastides``,
99361-99368) by a fiftieth, the fifty-first (``corniches``, 99371-99378) by a fifty-first, the fifty-second
(``alluvions``, 99381-99388) by a fifty-second, the fifty-third (``greves``, 99391-99398) by a fifty-third, the
fifty-fourth (``chaumes``, 99411-99418) by a fifty-fourth, the fifty-fifth (``ravines``, 99421-99428) by a fifty-fifth,
the fifty-sixth (``terrasses``, 99431-99438) by a fifty-sixth, the fifty-seventh (``vasieres``, 99441-99448) by a
fifty-seventh, the fifty-eighth (``talus``, 99451-99458) by a fifty-eighth, the fifty-ninth (``tertres``,
99461-99468) by a fifty-ninth, the sixtieth (``combettes``, 99471-99478) by a sixtieth, the sixty-first
(``brisants``, 99481-99488) by a sixty-first and the sixty-second (``ajoncs``, 99491-99498) by a sixty-second,
the sixty-third (``rocailles``, 99511-99518) by a sixty-third and the sixty-fourth (``galets``, 99521-99528) by a
sixty-fourth, the sixty-fifth (``pinedes``, 99531-99538) by a sixty-fifth and the sixty-sixth (``sablieres``,
99541-99548) by a sixty-sixth, the sixty-seventh (``oseraies``, 99561-99568) by a sixty-seventh and the
sixty-eighth (``calanques``, 99571-99578) by a sixty-eighth, the sixty-ninth (``etangs``, 99581-99588) by a
sixty-ninth and the seventieth (``friches``, 99591-99598) by a seventieth, the seventy-first (``salines``,
99171-99178) by a seventy-first and the seventy-second (``cascades``, 99241-99248) by a seventy-second, and the
seventy-third (``brumes``, 99621-99628) by a seventy-third, likewise apart."""
from . import (adrets, ajoncs, alluvions, bastides, bocages, bosquets, bourgs, brisants, brumes, bruyeres, calanques,
               cascades, causses, chaumes, cirques, clairieres, cms_cities, collines, cols, combes, combettes, communes,
               corniches, coteaux, criques, deltas, dunes, estives, estrans, estuaires, etangs, falaises, faubourgs,
               friches, galets, garrigues, gaves, gorges, greves, hameaux, lagons, landes, lisieres, local_cities,
               marais, marnes, meandres, moraines, oseraies, piemonts, pinedes, plateaux, platform_cities, polders,
               ravines, remparts, rias, rivages, rocailles, rochers, ruisseaux, sablieres, salines, sources, talus,
               terrasses, tertres, tourbieres, towns, ubacs, vallons, vasieres, vergers, vignes, villes)

# The first part is three modules; every later part is one module of its own, in the order they were written.
_FIRST_PART = (cms_cities, local_cities, platform_cities)
_LATER_PARTS = (("second", towns), ("third", communes), ("fourth", villes), ("fifth", bourgs), ("sixth", hameaux),
                ("seventh", faubourgs), ("eighth", vallons), ("ninth", rivages), ("tenth", plateaux),
                ("eleventh", collines), ("twelfth", bocages), ("thirteenth", garrigues), ("fourteenth", estuaires),
                ("fifteenth", coteaux), ("sixteenth", landes), ("seventeenth", marais), ("eighteenth", causses),
                ("nineteenth", ubacs), ("twentieth", adrets), ("twenty-first", vignes),
                ("twenty-second", bruyeres), ("twenty-third", cols), ("twenty-fourth", deltas),
                ("twenty-fifth", gorges), ("twenty-sixth", combes), ("twenty-seventh", dunes),
                ("twenty-eighth", sources), ("twenty-ninth", falaises), ("thirtieth", clairieres),
                ("thirty-first", lagons), ("thirty-second", ruisseaux),
                ("thirty-third", rochers), ("thirty-fourth", bosquets),
                ("thirty-fifth", lisieres), ("thirty-sixth", tourbieres),
                ("thirty-seventh", moraines), ("thirty-eighth", marnes),
                ("thirty-ninth", vergers), ("fortieth", estrans),
                ("forty-first", gaves), ("forty-second", criques),
                ("forty-third", rias), ("forty-fourth", polders),
                ("forty-fifth", meandres), ("forty-sixth", cirques),
                ("forty-seventh", remparts), ("forty-eighth", estives),
                ("forty-ninth", piemonts), ("fiftieth", bastides),
                ("fifty-first", corniches), ("fifty-second", alluvions),
                ("fifty-third", greves), ("fifty-fourth", chaumes),
                ("fifty-fifth", ravines), ("fifty-sixth", terrasses),
                ("fifty-seventh", vasieres), ("fifty-eighth", talus),
                ("fifty-ninth", tertres), ("sixtieth", combettes),
                ("sixty-first", brisants), ("sixty-second", ajoncs),
                ("sixty-third", rocailles), ("sixty-fourth", galets),
                ("sixty-fifth", pinedes), ("sixty-sixth", sablieres),
                ("sixty-seventh", oseraies), ("sixty-eighth", calanques),
                ("sixty-ninth", etangs), ("seventieth", friches),
                ("seventy-first", salines), ("seventy-second", cascades),
                ("seventy-third", brumes))
PARTS = ("first", *(name for name, _ in _LATER_PARTS))
_PART_OF = {city.insee_code: name for name, module in _LATER_PARTS for city in module.cities()}


def cities():
    """Every holdout city, in seed order."""
    found = [city for module in (*_FIRST_PART, *(m for _, m in _LATER_PARTS)) for city in module.cities()]
    return sorted(found, key=lambda c: c.insee_code)


def hosts():
    """Hosts that answer more than their sites' pages (a page drawn by a script and its API); the second part has none."""
    return {host: reply for _, module in _LATER_PARTS if module is not towns for host, reply in module.hosts().items()}


def part(insee_code: str) -> str:
    """Which part of the holdout a city belongs to: "first", "second", ... (PARTS)."""
    return _PART_OF.get(insee_code, "first")
