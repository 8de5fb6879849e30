"""Population strata and region labels of the breakdowns (the CITYCRAWL_STRATA setting)."""
import pandas as pd

DEFAULT_STRATA = (50_000, 100_000, 200_000)
REGION_PREFIX = "region:"


def parse_strata(value) -> tuple[int, ...]:
    """'50000,100000,200000' (or a list of numbers) -> sorted lower bounds of the strata."""
    if value is None or value == "":
        return DEFAULT_STRATA
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
