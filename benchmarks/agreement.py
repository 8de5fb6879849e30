"""How far two coders agree, and the detector with each, on 140 holdout pages.

The holdout's truth is its part authors' labels. A second coder, who read only the codebook, labelled a random
sample of 140 pages of the first thirty-eight parts (110 holding or imitating a feature the vocabulary finds, 30
others) without seeing them (`citycrawl/sampleweb/holdout/second_coder.jsonl`; two pages drawn by scripts, left
empty to the coder, are left out). Where the coders disagree, no detector can match both: their agreement is the
ceiling of what the labels can measure.

    .venv/bin/python benchmarks/agreement.py
"""
import json
import sys
import urllib.request
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from detection import macro_f1, outcome, scores  # noqa: E402

from citycrawl import sampleweb  # noqa: E402
from citycrawl.detect import Page, detect_page  # noqa: E402

LABELS = Path(sampleweb.__file__).parent / "holdout" / "second_coder.jsonl"
CODES = ("participation_displayed", "participatory_budget", "participatory_platform", "suggestion_call", "poll",
         "petition", "territorial_social_network")


def main() -> None:
    second = [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines() if line.strip()]
    second = [r for r in second if not r.get("shell")]
    truth = sampleweb.truth(holdout=True)
    authors = {r["url"]: truth.pages[r["url"]].features & set(CODES) for r in second}
    coder = {r["url"]: set(r["labels"]) & set(CODES) for r in second}
    with sampleweb.serve(holdout=True) as server:
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({"http": server.proxy_url}))
        detector = {url: {f.feature for f in detect_page(Page.from_html(opener.open(url, timeout=10).read(), url))}
                    & set(CODES) for url in authors}
    pairs = (("second coder vs authors", authors, coder), ("detector vs authors", authors, detector),
             ("detector vs second coder", coder, detector))
    print(f"agreement on {len(second)} holdout pages (F1 of the second against the first, tp/fp/fn)")
    print(f"{'':28}" + "".join(f"{name:>28}" for name, _, _ in pairs))
    counts = {name: {} for name, _, _ in pairs}
    for code in CODES:
        cells = []
        for name, first, other in pairs:
            c = Counter(outcome(code in other[url], code in first[url]) for url in first)
            counts[name][code] = c
            s = scores(c["tp"], c["fp"], c["fn"])
            cells.append(f"{s['f1']:.3f} ({c['tp']}/{c['fp']}/{c['fn']})")
        print(f"{code:28}" + "".join(f"{cell:>28}" for cell in cells))
    print(f"{'macro F1':28}" + "".join(f"{macro_f1(counts[name].values()):>28.3f}" for name, _, _ in pairs))


if __name__ == "__main__":
    main()
