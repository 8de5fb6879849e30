"""The statistics of a validation wave, checked against published worked examples."""
import math

import numpy as np
import pandas as pd
import pytest

from citycrawl.accuracy.draw import allocation, draw_sample
from citycrawl.accuracy.stats import MIN_CASES, cohen_kappa, corrected_share, rogan_gladen


def test_kappa_and_its_interval_match_the_fleiss_paik_example():
    # Fleiss JL, Levin B, Paik MC (2003), Statistical Methods for Rates and Proportions, 3rd ed.,
    # large-sample standard error of Fleiss, Cohen & Everitt (1969); the worked values are those of
    # the `ci.kappa` reference page of Bonett's statpsych R package, which cites that book:
    # ci.kappa(.05, f00=31, f01=12, f10=4, f11=58) -> Cohen kappa 0.6756757, SE 0.07344761,
    # 95% interval 0.5317210 to 0.8196303.
    kappa, low, high = cohen_kappa(tp=58, fp=12, fn=4, tn=31)
    assert kappa == pytest.approx(0.6756757, abs=1e-7)
    assert low == pytest.approx(0.5317210, abs=1e-6)
    assert high == pytest.approx(0.8196303, abs=1e-6)
    assert (high - kappa) / 1.959964 == pytest.approx(0.07344761, abs=1e-7)
    # Kappa does not depend on which rating is the first.
    assert cohen_kappa(58, 4, 12, 31) == pytest.approx((kappa, low, high))


def test_kappa_edges():
    # Cohen (1960): kappa = (po - pe) / (1 - pe). 20/5/10/15: po = 0.7, pe = 0.5 -> 0.4.
    assert cohen_kappa(20, 5, 10, 15)[0] == pytest.approx(0.4)
    # One rating constant: kappa 0, and no interval (the standard error degenerates to 0).
    kappa, low, high = cohen_kappa(0, 0, 5, 25)
    assert kappa == 0 and math.isnan(low) and math.isnan(high)
    # Both constant and equal: chance agreement is 1, kappa undefined.
    assert all(math.isnan(v) for v in cohen_kappa(0, 0, 0, 30))
    # The interval stays within [-1, 1].
    assert cohen_kappa(3, 0, 2, 25)[2] == 1.0


def test_rogan_gladen_matches_the_epir_worked_examples():
    # Rogan WJ, Gladen B (1978), Am J Epidemiol 107:71-76: TP = (AP + Sp - 1) / (Se + Sp - 1).
    # Worked examples of epiR's epi.prev (Stevenson et al.): 23 of 150 cows positive to a test of
    # Se 0.96, Sp 0.89 -> "5.1 cases per 100 cows"; 6 of 151 children positive to an ELISA of
    # Se 0.964, Sp 0.927 -> epiR reports 0, which is a negative estimate clipped at 0.
    assert float(rogan_gladen(23 / 150, 0.96, 0.89)) == pytest.approx(0.0510, abs=5e-5)
    negative = float(rogan_gladen(6 / 151, 0.964, 0.927))
    assert negative == pytest.approx((6 / 151 + 0.927 - 1) / (0.964 + 0.927 - 1))
    assert negative < 0  # not clipped here: the survey calls it not estimable
    assert math.isnan(float(rogan_gladen(0.3, 0.5, 0.5)))  # Se + Sp = 1: no information


def validation(tp, fp, fn, tn):
    """Instrument and reference values of a validation sample with these cells."""
    instrument = [1] * tp + [1] * fp + [0] * fn + [0] * tn
    reference = [1] * tp + [0] * fp + [1] * fn + [0] * tn
    return np.array(instrument), np.array(reference)


def test_corrected_share_and_its_bootstrap_interval():
    found, coded = validation(tp=8, fp=1, fn=4, tn=17)  # Se 8/12, Sp 17/18
    share, low, high, note = corrected_share(20, 100, found, coded)
    assert share == pytest.approx((0.2 + 17 / 18 - 1) / (8 / 12 + 17 / 18 - 1))
    assert low < share < high
    # A fixed seed: the same survey publishes the same interval.
    assert corrected_share(20, 100, found, coded) == (share, low, high, note)
    # A larger validation sample with the same rates narrows it.
    larger = corrected_share(20, 100, *(np.tile(v, 4) for v in (found, coded)))
    assert larger[0] == pytest.approx(share) and larger[2] - larger[1] < high - low


def test_a_correction_is_not_estimable_rather_than_clipped():
    found, coded = validation(tp=10, fp=8, fn=0, tn=12)  # Sp 0.6: 5% found is below 1 - Sp
    share, low, high, note = corrected_share(5, 100, found, coded)
    assert math.isnan(share) and math.isnan(low) and "outside [0, 1]" in note
    few = validation(tp=MIN_CASES - 1, fp=0, fn=0, tn=25)
    share, _, _, note = corrected_share(5, 100, *few)
    assert math.isnan(share) and f"{MIN_CASES - 1} coded present" in note
    chance = validation(tp=3, fp=3, fn=3, tn=3)
    assert "sensitivity + specificity" in corrected_share(5, 100, *chance)[3]


def test_allocation_is_proportional_and_adds_up():
    assert allocation({"50-100k": 18, "100-200k": 9, "200k+": 7}, 30) == {
        "50-100k": 16, "100-200k": 8, "200k+": 6}
    assert sum(allocation({"a": 100, "b": 33, "c": 1}, 30).values()) == 30
    assert allocation({"a": 3, "b": 2}, 30) == {"a": 3, "b": 2}  # fewer cities than asked: all


def test_the_draw_repeats_with_its_seed_whatever_the_frame_order():
    cities = pd.DataFrame({"insee_code": [f"{i:05d}" for i in range(60)],
                           "crawl_status": ["ok"] * 55 + ["unreachable"] * 5,
                           "stratum": ["50-100k"] * 40 + ["200k+"] * 20})
    drawn = draw_sample(cities, 12, seed=3)
    assert len(drawn) == 12 and set(drawn["crawl_status"]) == {"ok"}
    assert drawn["stratum"].value_counts().to_dict() == {"50-100k": 9, "200k+": 3}  # 40 and 15 crawled
    shuffled = cities.sample(frac=1, random_state=1)
    assert set(draw_sample(shuffled, 12, seed=3)["insee_code"]) == set(drawn["insee_code"])
    assert set(draw_sample(cities, 12, seed=4)["insee_code"]) != set(drawn["insee_code"])
