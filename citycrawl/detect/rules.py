"""Rule files: the markers and vocabularies of each detector family, kept as data.

One YAML file per family in `citycrawl/detect/rules/`. Each file is a mapping with `family` and
lists of entries; every entry has a unique `id`. `SCHEMA` says which keys each list needs, which
keys are regular expressions, XPath expressions, lists of host names, maps of feature codes to regular
expressions, or true/false flags.
Regular expressions are matched on lower-cased text (folded: no accents either, for words): they
are compiled lower-cased, which is much faster than ignoring case. Only the social family, whose
URL shapes keep the handle's case, ignores case instead.
A broken file raises `RuleError` at load time, so an analyst's mistake is caught at once.
"""
import re
from functools import cache
from pathlib import Path

import yaml
from lxml import etree

RULES_DIR = Path(__file__).with_name("rules")
# PyYAML's safe loader, in C (libyaml) when PyYAML was built with it: ten times sooner, and the
# rules are read on the first page a process detects on
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# The codebook's page-level feature codes (docs/CODEBOOK.md).
FEATURES = (
    "contact_form", "participation_displayed", "forum", "comments", "poll", "petition",
    "suggestion_call", "participatory_budget", "participatory_platform",
    "territorial_social_network", "social_account",
)

# Keys a marker entry may use to recognise a system from its own markup (see markers.py).
_MARKER_REGEX = ["generator", "assets", "script", "footer", "page_url", "title", "wording"]
_MARKER = {"regex": _MARKER_REGEX, "xpath": ["xpath"], "hosts": ["hosts"], "markup_words": ["footer_words", "wording_words"]}

SCHEMA = {
    "forms": {
        "kinds": {"required": ["id", "kind"], "regex": ["attrs", "words", "fields"]},
        "plugins": {"required": ["id", "plugin", "attrs"], "regex": ["attrs"]},
        "signals": {"required": ["id"], "regex": ["attrs", "words", "fields"]},
    },
    "comments": {
        "systems": {"required": ["id", "platform"], **_MARKER},
        "native": {"required": ["id", "platform", "xpath"], "xpath": ["xpath"], "regex": ["not_urls"]},
    },
    "forums": {
        "engines": {"required": ["id", "platform"], **_MARKER, "regex": [*_MARKER_REGEX, "not_urls"]},
        "boards": {"required": ["id", "threads", "replies", "affordance"],
                   "regex": ["threads", "replies", "reply_counts", "thread_counts", "last_post", "affordance"]},
        "named": {"required": ["id", "names", "posting"], "regex": ["names", "posting", "not_urls"]},
        "not_forums": {"required": ["id", "words"], "regex": ["words"]},
    },
    "vocabulary": {
        "features": {
            "required": ["id", "feature", "terms"],
            "regex": ["terms", "decoys", "headline_decoys", "headline_not", "affordance", "invitation", "call", "theme",
                      "section", "not_with", "not_urls", "titled", "named_host", "on_platform",
                      "priced_on_platform", "cycle_vote", "presented",
                      "presented_decoys"],
            "hosts": ["not_hosts"],
            "feature_regex": ["gives_way"],
            "stages_regex": ["cycle", "winners"],
            "flags": ["teased", "yields", "in_forms", "not_on_boards"],
            "choice": {"needs": ("nothing", "affordance")},
        },
    },
    "platforms": {
        "platforms": {"required": ["id", "feature", "platform"], **_MARKER, "regex": [*_MARKER_REGEX, "index_pages"],
                      "hosts": ["hosts", "vendor_sites"]},
    },
    "components": {
        # `platform` names the platforms.yaml platform the page must be on, or `any` (tests/test_detect_components.py)
        "components": {"required": ["id", "feature", "platform"], **_MARKER,
                       "regex": [*_MARKER_REGEX, "closed", "not_urls"]},
        "widgets": {"required": ["id", "feature", "platform"], **_MARKER, "regex": [*_MARKER_REGEX, "not_titled"]},
        "structures": {"required": ["id", "feature", "actions", "counts", "min_counts"],
                       "regex": ["actions", "counts"], "hosts": ["not_hosts"]},
    },
    "social": {
        "platforms": {"required": ["id", "platform", "hosts", "profiles"], "hosts": ["hosts"],
                      "regex": ["not_accounts"], "any_case": True},
        "fediverse": {"required": ["id", "platform", "hosts", "hints", "profiles"], "hosts": ["hosts"],
                      "regex": ["hints"], "any_case": True},
        "locations": {"required": ["id", "location", "attrs", "owner"], "regex": ["attrs", "keep_if"],
                      "any_case": True,
                      "choice": {"owner": ("city", "third_party")}},
        "third_party_pages": {"required": ["id", "location", "title"], "regex": ["title", "keep_if"],
                              "any_case": True},
    },
}


class RuleError(ValueError):
    pass


@cache
def load(family: str) -> dict:
    """The family's rules with regexes and XPath compiled; cached for the process."""
    path = RULES_DIR / f"{family}.yaml"
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_SAFE_LOADER)
    except (OSError, yaml.YAMLError) as exc:
        raise RuleError(f"{path.name}: {exc}") from exc
    return compile_rules(family, data)


def compile_rules(family: str, data) -> dict:
    """Check `data` against SCHEMA[family] and return it with patterns compiled."""
    schema = SCHEMA.get(family)
    if schema is None:
        raise RuleError(f"unknown family {family!r}")
    if not isinstance(data, dict) or data.get("family") != family:
        raise RuleError(f"{family}: the file must be a mapping with 'family: {family}'")
    out = {"family": family}
    for section, spec in schema.items():
        entries = data.get(section)
        if not isinstance(entries, list) or not entries:
            raise RuleError(f"{family}: '{section}' must be a non-empty list")
        out[section] = [_compile_entry(family, section, spec, entry) for entry in entries]
        ids = [entry["id"] for entry in out[section]]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise RuleError(f"{family}.{section}: duplicate ids {dupes}")
    unknown = set(data) - set(schema) - {"family"}
    if unknown:
        raise RuleError(f"{family}: unknown sections {sorted(unknown)}")
    return out


def _compile_entry(family, section, spec, entry) -> dict:
    where = f"{family}.{section}"
    if not isinstance(entry, dict):
        raise RuleError(f"{where}: every entry must be a mapping")
    where = f"{where}[{entry.get('id')!r}]"
    missing = [key for key in spec["required"] if entry.get(key) in (None, "", [])]
    if missing:
        raise RuleError(f"{where}: missing {missing}")
    if not isinstance(entry["id"], str):
        raise RuleError(f"{where}: id must be text")
    if "feature" in entry and entry["feature"] not in FEATURES:
        raise RuleError(f"{where}: feature {entry['feature']!r} is not a codebook code")
    for key, allowed in spec.get("choice", {}).items():
        if key in entry and entry[key] not in allowed:
            raise RuleError(f"{where}: {key} must be one of {allowed}")
    out = dict(entry)
    for key in spec.get("regex", []):
        if key in entry:
            out[key] = _regex(where, key, entry[key], any_case=spec.get("any_case", False))
    # {name: regex}: codebook codes for `feature_regex`, any stage names for `stages_regex`
    for key, names, what in [*((k, set(FEATURES), "codebook codes") for k in spec.get("feature_regex", [])),
                             *((k, None, "stage names") for k in spec.get("stages_regex", []))]:
        if key in entry:
            value = entry[key]
            if not isinstance(value, dict) or not value or (names is not None and not set(value) <= names):
                raise RuleError(f"{where}: {key} must map {what} to regular expressions")
            out[key] = {name: _regex(where, f"{key}.{name}", words, any_case=False) for name, words in value.items()}
    for key in spec.get("flags", []):
        if key in entry and not isinstance(entry[key], bool):
            raise RuleError(f"{where}: {key} must be true or false")
    for key in spec.get("xpath", []):
        if key in entry:
            try:
                out[key] = etree.XPath(entry[key])
            except (etree.XPathSyntaxError, TypeError) as exc:
                raise RuleError(f"{where}: bad xpath {key}: {exc}") from exc
    for key in spec.get("hosts", []):
        if key in entry:
            hosts = entry[key]
            if not isinstance(hosts, list) or not all(isinstance(h, str) and h for h in hosts):
                raise RuleError(f"{where}: {key} must be a list of host names")
            out[key] = tuple(h.lower().lstrip(".") for h in hosts)
    for key in spec.get("markup_words", []):  # `<key>_words`: that key's text is read only where the markup holds one
        text_key = key.removesuffix("_words")
        if text_key in entry and entry.get(key) is None:
            raise RuleError(f"{where}: {text_key} needs {key} "
                            f"(one of them is in the markup wherever the {text_key} matches)")
        if entry.get(key) is not None:
            words = entry[key]
            if not isinstance(words, list) or not words or not all(
                    isinstance(w, str) and len(w) >= 3 and w.isascii() and w == w.lower() for w in words):
                # (the markup is searched with its ASCII letters lower-cased, and only those)
                raise RuleError(f"{where}: {key} must be a non-empty list of lower-case ASCII strings of 3 characters or more")
            out[key] = tuple(w.encode() for w in words)
    if "profiles" in spec["required"]:
        out["profiles"] = _profiles(where, entry["profiles"])
    return out


_UPPER_SYNTAX = re.compile(r"\\[A-Z]|\(\?P")  # \D, \S, \W, \B, (?P<...>): lower-casing would break them
# "\\b" in a plain (unquoted) YAML value stays two backslashes: a regex matching a backslash, never a word boundary
_DOUBLED_BACKSLASH = re.compile(r"(?<!\\)\\\\[a-zA-Z]")


def _regex(where, key, value, any_case=True) -> re.Pattern:
    if isinstance(value, list):  # a list of alternatives reads better than one long line
        if not all(isinstance(v, str) and v for v in value):  # "a: b" unquoted in YAML is a mapping
            raise RuleError(f"{where}: every alternative of {key} must be a regular expression (quote it)")
        value = "|".join(f"(?:{v})" for v in value)
    if not isinstance(value, str) or not value:
        raise RuleError(f"{where}: {key} must be a regular expression")
    if doubled := _DOUBLED_BACKSLASH.search(value):
        raise RuleError(f"{where}: {key} holds a doubled backslash ({doubled.group(0)}), which "
                        f"matches a backslash: outside double quotes, YAML keeps both, so write it once")
    if not any_case and _UPPER_SYNTAX.search(value):
        raise RuleError(f"{where}: {key} is matched on lower-cased text: write it without \\D, \\S, \\W, \\B or named groups")
    try:
        return re.compile(value, re.I) if any_case else re.compile(value.lower())
    except re.error as exc:
        raise RuleError(f"{where}: bad regex {key}: {exc}") from exc


def _profiles(where, profiles) -> list[dict]:
    """Social profile shapes: `path` (regex with a `handle` group, or a `query` parameter holding
    the handle) and `canonical` template."""
    if not isinstance(profiles, list):
        raise RuleError(f"{where}: profiles must be a list")
    out = []
    for shape in profiles:
        if not isinstance(shape, dict) or not shape.get("path") or not shape.get("canonical"):
            raise RuleError(f"{where}: every profile needs path and canonical")
        path = _regex(where, "path", shape["path"])
        if "handle" not in path.groupindex and not shape.get("query"):
            raise RuleError(f"{where}: profile path {shape['path']!r} has no (?P<handle>...) group")
        if "{handle}" not in shape["canonical"]:
            raise RuleError(f"{where}: canonical {shape['canonical']!r} has no {{handle}}")
        out.append({**shape, "path": path})
    return out


def excludes_url(entry: dict, page) -> bool:
    """Whether the page's address is one of the entry's `not_urls`, where its feature is never the page's (a forum
    engine's help page, one resident's proposal on a platform)."""
    return entry.get("not_urls") is not None and entry["not_urls"].search(page.url_folded) is not None


def host_matches(host: str, hosts: tuple[str, ...]) -> str | None:
    """The listed domain that `host` is or lies under, else None."""
    for domain in hosts:
        if host == domain or host.endswith("." + domain):
            return domain
    return None
