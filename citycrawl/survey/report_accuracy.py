"""The report's "Measured accuracy" section: the validation sample, the agreement of instrument and
coders per feature, corrected shares beside raw ones, and the cases where they disagree, each with
the instrument's evidence (the cases to read first)."""
from citycrawl.accuracy.stats import BOOTSTRAP_REPLICATES, BOOTSTRAP_SEED, MIN_CASES
from citycrawl.survey.report_text import esc, interval, label, missing, number, pct, web_link


def _rate(value, low, high) -> str:
    if missing(value):
        return "–"
    return f'{pct(value)} <span class="note">{interval(low, high)}</span>'


def _kappa(value, low, high) -> str:
    if missing(value):
        return "–"
    bounds = "" if missing(low) else f' <span class="note">{low:.2f} to {high:.2f}</span>'
    return f"{value:.2f}{bounds}"


def _table(head: list[str], rows: list[str], numeric: range) -> str:
    """A table whose columns at the `numeric` positions are right-aligned figures."""
    cells = "".join(('<th class="num">' if i in numeric else "<th>") + f"{esc(h)}</th>"
                    for i, h in enumerate(head))
    return (f'<div class="scroll"><table><thead><tr>{cells}</tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table></div>')


def accuracy_section(survey) -> str:
    accuracy = survey.accuracy
    if accuracy is None:
        return ""
    sample, table = accuracy.sample, accuracy.table
    two = len(accuracy.coders) == 2
    strata = ", ".join(f"{s['stratum']} {s['drawn']} of {s['crawled']}" for s in sample.get("strata", []))
    coders = "; ".join(", ".join(names) or "unnamed" for names in accuracy.coders)
    intro = (f'<p>{number(len(sample["cities"]))} crawled cities drawn at random by population stratum '
             f"({esc(strata)}; seed {esc(sample['seed'])}) and coded by hand, blind to the instrument, "
             f"by {esc(coders)}. "
             + ("The reference is the value both coders gave; cases where they differ are left out "
                "and listed below. " if two else "The reference is the coder's value. ")
             + "Cases coded “cannot tell” or left blank are left out.</p>")
    rows = []
    for r in table.to_dict("records"):
        coder_cell = (f'<td class="num">{_kappa(r["coders_kappa"], r["coders_kappa_low"], r["coders_kappa_high"])}'
                      f' <span class="note">{number(r["coders_disagree"])} of {number(r["coders_n"])} differ</span></td>'
                      if two else "")
        rows.append(f'<tr><td>{esc(label(r["feature"]))}</td><td class="num">{number(r["n"])}</td>'
                    f'<td class="num">{number(r["tp"])} / {number(r["fp"])} / {number(r["fn"])} / {number(r["tn"])}</td>'
                    f'<td class="num">{_rate(r["sensitivity"], r["sensitivity_low"], r["sensitivity_high"])}</td>'
                    f'<td class="num">{_rate(r["specificity"], r["specificity_low"], r["specificity_high"])}</td>'
                    f'<td class="num">{_rate(r["precision"], r["precision_low"], r["precision_high"])}</td>'
                    f'<td class="num">{_kappa(r["kappa"], r["kappa_low"], r["kappa_high"])}</td>{coder_cell}</tr>')
    head = ["Feature", "n", "TP / FP / FN / TN", "Sensitivity", "Specificity", "Precision", "Kappa"]
    agreement = _table(head + (["Coders' kappa"] if two else []), rows, range(1, 8))
    corrected = []
    for r in accuracy.corrected.to_dict("records"):
        share = (f"{pct(r['share'])} <span class=\"note\">{interval(r['ci_low'], r['ci_high'])}</span>"
                 if not missing(r["share"]) else "not estimable")
        corrected.append(f'<tr><td>{esc(label(r["indicator"]))}</td>'
                         f'<td class="num">{_rate(r["raw_share"], r["raw_ci_low"], r["raw_ci_high"])}</td>'
                         f'<td class="num">{share}</td><td>{esc(r["note"])}</td></tr>')
    cases = []
    for r in accuracy.disagreements.to_dict("records"):
        evidence = (f'{web_link(r["evidence_url"])}<br><span class="note">{esc(r["evidence_detail"])}</span>'
                    if not missing(r["evidence_url"]) else
                    f'<span class="note">no finding on {number(r["pages_crawled"])} pages crawled'
                    + (", page budget spent" if r["budget_exhausted"] in (1, "1", True) else "") + "</span>")
        coded = esc(r["coder_1"]) + (f" / {esc(r['coder_2'])}" if two else "")
        cases.append(f'<tr><td>{esc(r["name"])} <code>{esc(r["insee_code"])}</code></td>'
                     f'<td>{esc(label(r["feature"]))}</td><td>{esc(r["between"])}</td>'
                     f'<td class="num">{esc(r["instrument"])}</td><td class="num">{coded}</td><td>{evidence}</td></tr>')
    disagreements = (_table(["City", "Feature", "Between", "Instrument", "Coder" + ("s" if two else ""),
                             "Instrument's evidence"], cases, range(3, 5))
                     if cases else "<p>Instrument and coders agree on every coded case.</p>")
    return ('<section><h2 id="accuracy">Measured accuracy</h2>' + intro
            + '<h3>Agreement of the instrument with the coders</h3>'
              '<p class="note">TP: found and coded present; FP: found, coded absent; FN: missed; TN: '
              "neither. Rates with 95% Wilson intervals; Cohen's kappa with the 95% interval of "
              "Fleiss, Cohen and Everitt (1969).</p>" + agreement
            + '<h3>Shares corrected for the measured error</h3>'
              '<p class="note">Share of all crawled cities, raw and corrected by the Rogan–Gladen '
              "estimator (AP + Sp − 1) / (Se + Sp − 1), with a 95% percentile bootstrap interval "
              f"({BOOTSTRAP_REPLICATES:,} replicates, seed {BOOTSTRAP_SEED}) that redraws the validation "
              "sample and the apparent share. Not estimable: a correction outside [0, 1], an instrument "
              f"no better than chance, or fewer than {MIN_CASES} coded present or absent cases.</p>"
            + _table(["Indicator", "Raw share", "Corrected share", "Note"], corrected, range(1, 3))
            + '<h3>Cases where they disagree: read these first</h3>' + disagreements + "</section>")
