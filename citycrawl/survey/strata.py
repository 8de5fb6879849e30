"""Population strata and region labels of the breakdowns (the CITYCRAWL_STRATA setting)."""
import pandas as pd

DEFAULT_STRATA = (50_000, 100_000, 200_000)
# Bounds a frame's strata are drawn from: those from the largest one at or below the frame's smallest
# population (a 50k frame: 50-100k, 100-200k, 200k+; a 10k frame adds 10-20k and 20-50k).
STRATA_LADDER = (2_000, 5_000, 10_000, 20_000, 50_000, 100_000, 200_000)
REGION_PREFIX = "region:"


def frame_strata(populations) -> tuple[int, ...]:
    """Default strata for a frame, from its populations (unknown ones ignored)."""
    known = pd.to_numeric(pd.Series(populations, dtype="object"), errors="coerce").dropna()
    if known.empty:
        return DEFAULT_STRATA
    smallest = known.min()
    floor = max((b for b in STRATA_LADDER if b <= smallest), default=STRATA_LADDER[0])
    return tuple(b for b in STRATA_LADDER if b >= floor)


def parse_strata(value) -> tuple[int, ...] | None:
    """'50000,100000,200000' (or a list of numbers) -> sorted lower bounds of the strata; empty ->
    None: strata that follow the frame (`frame_strata`)."""
    if value is None or value == "":
        return None
    parts = value.split(",") if isinstance(value, str) else list(value)
    try:
        bounds = sorted({int(str(p).strip()) for p in parts if str(p).strip()})
    except ValueError:
        raise ValueError(f"CITYCRAWL_STRATA must be population bounds such as "
                         f"'50000,100000,200000', not {value!r}") from None
    if not bounds or bounds[0] < 0:
        raise ValueError(f"CITYCRAWL_STRATA needs at least one bound >= 0, not {value!r}")
    return tuple(bounds)


def _thousands(value: int) -> str:
    return f"{value / 1000:g}"


def strata_labels(bounds=DEFAULT_STRATA) -> list[str]:
    """Labels in population order: (50000, 100000, 200000) -> 50-100k, 100-200k, 200k+."""
    labels = [f"{_thousands(lo)}-{_thousands(hi)}k" for lo, hi in zip(bounds, bounds[1:])]
    return labels + [f"{_thousands(bounds[-1])}k+"]


def population_stratum(population, bounds=DEFAULT_STRATA) -> str:
    """The stratum of one population; below the first bound '<50k', unknown 'unknown'."""
    if population is None or pd.isna(population):
        return "unknown"
    if population < bounds[0]:
        return f"<{_thousands(bounds[0])}k"
    labels = strata_labels(bounds)
    for label, upper in zip(labels, [*bounds[1:], None]):
        if upper is None or population < upper:
            return label


def region_label(region: str, region_name: str) -> str | None:
    """'region:<region name>', or the region code when the frame has no name; None if neither."""
    name = (region_name or region or "").strip()
    return f"{REGION_PREFIX}{name}" if name else None
