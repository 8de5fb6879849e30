"""The statistics of a validation wave: proportions of a 2x2 table, Cohen's kappa with its
large-sample interval, and the Rogan–Gladen share corrected for measured error, with a bootstrap
interval that carries the uncertainty of the validation sample.

Proportions take the survey's Wilson interval (citycrawl.survey.stats.wilson)."""
import math

import numpy as np

from citycrawl.survey.stats import Z95

BOOTSTRAP_SEED = 20_260_301  # fixed, so a rebuilt survey publishes the same interval
BOOTSTRAP_REPLICATES = 2_000
MIN_CASES = 5  # coded positives and negatives each, below which no correction is estimable


def cohen_kappa(tp: int, fp: int, fn: int, tn: int, z: float = Z95):
    """Cohen's kappa (Cohen 1960) of two binary ratings and its 95% interval, from the large-sample
    standard error of Fleiss, Cohen & Everitt (1969), bounds kept within kappa's range [-1, 1].
    Kappa is NaN when both ratings are one constant value (chance agreement is 1); when one rating
    alone is constant, kappa is 0 and the standard error degenerates to 0: no interval then."""
    n = tp + fp + fn + tn
    if n == 0:
        return math.nan, math.nan, math.nan
    # Cells as proportions: rows are the first rating (1, 0), columns the second.
    p = np.array([[tp, fp], [fn, tn]], dtype=float) / n
    rows, cols = p.sum(axis=1), p.sum(axis=0)
    observed, chance = np.trace(p), float(rows @ cols)
    if chance >= 1:
        return math.nan, math.nan, math.nan
    kappa = (observed - chance) / (1 - chance)
    diagonal = sum(p[i, i] * (1 - (rows[i] + cols[i]) * (1 - kappa)) ** 2 for i in range(2))
    off = (1 - kappa) ** 2 * sum(p[i, j] * (cols[i] + rows[j]) ** 2
                                 for i in range(2) for j in range(2) if i != j)
    variance = diagonal + off - (kappa - chance * (1 - kappa)) ** 2
    if min(*rows, *cols) == 0:
        return kappa, math.nan, math.nan
    se = math.sqrt(max(variance, 0.0)) / ((1 - chance) * math.sqrt(n))
    return kappa, max(kappa - z * se, -1.0), min(kappa + z * se, 1.0)


def rogan_gladen(apparent, sensitivity, specificity):
    """Rogan & Gladen (1978): the true share from the apparent one, (AP + Sp - 1) / (Se + Sp - 1).
    NaN when Se + Sp <= 1 (the instrument is no better than chance). Not clipped."""
    apparent, sensitivity, specificity = (np.asarray(v, dtype=float)
                                          for v in (apparent, sensitivity, specificity))
    youden = sensitivity + specificity - 1
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(youden > 0, (apparent + specificity - 1) / youden, np.nan)


def corrected_share(count: int, n: int, instrument, reference, seed: int = BOOTSTRAP_SEED,
                    replicates: int = BOOTSTRAP_REPLICATES):
    """The Rogan–Gladen share of an indicator found in `count` of `n` crawled cities, with Se and Sp
    measured on the validation sample (`instrument` and `reference`: 0/1 arrays, one value per coded
    city), and its 95% percentile bootstrap interval.

    Each replicate draws the validation cities again with replacement (new Se, Sp) and the apparent
    share from its binomial, so the interval carries both the survey's and the validation sample's
    uncertainty. Returns (share, low, high, note): share NaN with the reason in `note` when it is not
    estimable; bounds outside [0, 1] are truncated and the note says so."""
    instrument, reference = np.asarray(instrument, dtype=int), np.asarray(reference, dtype=int)
    positives, negatives = int(reference.sum()), int((1 - reference).sum())
    if n == 0:
        return math.nan, math.nan, math.nan, "no crawled city"
    if positives < MIN_CASES or negatives < MIN_CASES:
        return (math.nan, math.nan, math.nan,
                f"not estimable: {positives} coded present and {negatives} coded absent "
                f"(at least {MIN_CASES} of each needed)")
    se = instrument[reference == 1].mean()
    sp = 1 - instrument[reference == 0].mean()
    share = float(rogan_gladen(count / n, se, sp))
    if math.isnan(share):
        return math.nan, math.nan, math.nan, (f"not estimable: sensitivity + specificity "
                                              f"= {se + sp:.2f} <= 1")
    if not 0 <= share <= 1:
        return math.nan, math.nan, math.nan, (f"not estimable: the correction gives {share:.3f}, "
                                              "outside [0, 1]")
    rng = np.random.default_rng(seed)
    picks = rng.integers(0, len(reference), size=(replicates, len(reference)))
    found, coded = instrument[picks], reference[picks]
    with np.errstate(invalid="ignore", divide="ignore"):
        se_b = (found * coded).sum(axis=1) / coded.sum(axis=1)
        sp_b = ((1 - found) * (1 - coded)).sum(axis=1) / (1 - coded).sum(axis=1)
    apparent_b = rng.binomial(n, count / n, size=replicates) / n
    shares = rogan_gladen(apparent_b, se_b, sp_b)
    shares = shares[np.isfinite(shares)]  # a replicate with no coded positive, or Se + Sp <= 1
    low, high = np.quantile(shares, [0.025, 0.975])
    notes = []
    if len(shares) < replicates:
        notes.append(f"{replicates - len(shares)} of {replicates} bootstrap replicates undefined")
    if low < 0 or high > 1:
        notes.append("interval truncated to [0, 1]")
    return share, float(max(low, 0.0)), float(min(high, 1.0)), "; ".join(notes)
