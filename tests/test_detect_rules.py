import re
from pathlib import Path

import pytest
import yaml

from citycrawl.detect import markers, rules
from citycrawl.detect.page import Page
from tests.fixtures.detect.helpers import fixture_html

CODEBOOK = Path(__file__).resolve().parent.parent / "docs" / "CODEBOOK.md"


def test_every_family_has_a_valid_rule_file():
    assert {p.stem for p in rules.RULES_DIR.glob("*.yaml")} == set(rules.SCHEMA)
    for family in rules.SCHEMA:
        rules.compile_rules(family, yaml.safe_load((rules.RULES_DIR / f"{family}.yaml").read_text("utf-8")))


def test_the_rule_files_read_the_same_with_the_loader_in_c_as_in_python():
    for family in rules.SCHEMA:
        text = (rules.RULES_DIR / f"{family}.yaml").read_text("utf-8")
        assert yaml.load(text, Loader=rules._SAFE_LOADER) == yaml.safe_load(text)


def test_feature_codes_are_the_codebooks():
    """Detection's codes are the codebook's page-level features (the city-level ones are measured apart)."""
    text = CODEBOOK.read_text("utf-8")
    section = text[text.index("## Page-level features"):]
    section = section[:section.index("\n## ")]
    codes = set(re.findall(r"^\| `([a-z_]+)` \|", section, re.M))
    assert set(rules.FEATURES) == codes


def _raw(family):
    return yaml.safe_load((rules.RULES_DIR / f"{family}.yaml").read_text("utf-8"))


@pytest.mark.parametrize("family, section, change, message", [
    ("platforms", "platforms", {"feature": "participatory_plaform"}, "not a codebook code"),
    ("comments", "systems", {"assets": "disqus(["}, "bad regex"),
    ("comments", "native", {"xpath": "//form[@id="}, "bad xpath"),
    ("forums", "engines", {"id": "discourse"}, "duplicate ids"),
    ("vocabulary", "features", {"terms": None}, "missing"),
    ("vocabulary", "features", {"needs": "sometimes"}, "must be one of"),
    ("vocabulary", "features", {"id": "x", "cycle": ["deposez", "votez"]}, "must map stage names"),
    ("vocabulary", "features", {"id": "x", "cycle": {"vote": "(votez"}}, "bad regex cycle.vote"),
    ("social", "platforms", {"profiles": [{"path": "/(?P<name>x)", "canonical": "https://x/{handle}"}]}, "no (?P<handle>"),
    ("forms", "kinds", {"words": "\\Saving"}, "lower-cased text"),
    # "\\b" unquoted in YAML: two backslashes, a regex that never finds the word it was written for
    ("vocabulary", "features", {"id": "x", "headline_decoys": ["offres? d'emploi|\\\\brecrute"]}, "doubled backslash"),
    ("forms", "kinds", {"words": ["vote", {"enquete ?": None}]}, "must be a regular expression (quote it)"),
    ("components", "structures", {"min_counts": None}, "missing"),
    ("components", "components", {"feature": "sondage"}, "not a codebook code"),
    ("forums", "engines", {"id": "board", "footer": "powered by board", "footer_words": None}, "footer needs footer_words"),
    ("platforms", "platforms", {"id": "x", "footer": "decidim", "footer_words": ["Decidim"]}, "lower-case ASCII strings"),
    ("platforms", "platforms", {"id": "x", "footer": "decidim", "footer_words": []}, "non-empty list"),
    ("platforms", "platforms", {"id": "x", "footer": "reseau", "footer_words": ["réseau"]}, "lower-case ASCII strings"),
])
def test_broken_rule_files_are_refused_with_the_place_of_the_mistake(family, section, change, message):
    data = _raw(family)
    data[section].append({**data[section][0], **change})
    with pytest.raises(rules.RuleError, match=re.escape(message)):
        rules.compile_rules(family, data)


def test_a_rule_file_must_name_its_family():
    with pytest.raises(rules.RuleError):
        rules.compile_rules("forms", {**_raw("forms"), "family": "forums"})


def test_an_ordinary_city_page_opens_no_tree_search_but_the_comment_blocks():
    # An XPath searching the tree runs only on pages whose markup holds one of its quoted strings: a string every
    # page holds ("footer", "form") would run it on all of them, a cost the speed benchmark has measured (0.33x for
    # one such word). On an ordinary page with none of the systems, only the comment blocks' searches open, as
    # French writes "comment" for "how" ("Comment ça marche ?").
    page = Page.from_html(fixture_html("ordinary_city_page.html"), "https://www.villedex.fr/")
    plans = [markers._plan(family, sections) for family, sections in (
        ("comments", ("systems", "native")), ("components", ("components",)), ("components", ("widgets",)),
        ("forums", ("engines",)), ("platforms", ("platforms",)))]
    opened = {plan.entries[i]["id"] for plan in plans for i, _ in markers.xpaths_to_try(page, plan)}
    assert opened == {"drupal-list", "comment-section"}
