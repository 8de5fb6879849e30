"""Forms family: classify every HTML form; a form where a resident writes a message is a contact form.

The kinds (contact, comment, search, login, registration, newsletter, payment, booking, poll,
other) are decided from the fields' types and names, the form's own words, its attributes and
the heading above it, with vocabularies from `rules/forms.yaml`. Comment forms are classified
here too (so a comment form is never taken for a contact form) and reported by the comments family.
"""
import re
from dataclasses import dataclass, field

from citycrawl.detect import rules
from citycrawl.detect.findings import Finding
from citycrawl.detect.page import Page, visible_text
from citycrawl.detect.text import fold, squash

FAMILY = "forms"
_NOT_FIELDS = {"hidden", "submit", "button", "image", "reset"}
_EMAIL = re.compile(r"e-?mail|courriel|mel\b|adresse electronique", re.I)
_NAME = re.compile(r"\b(nom|name|prenom|firstname|lastname|your-name|fname|lname|full_?name)\b|_nom\b|nom_", re.I)
_MESSAGE_INPUT = re.compile(r"^(message|msg|comments?|commentaire|question|your-message)$", re.I)
_DATE = re.compile(r"date|jour|arrival|departure|checkin|check-in|arrivee|depart", re.I)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_HIDDEN_CLASS = re.compile(r"honeypot|\bhidden\b|hide\b|screen-reader|sr-only|visually-hidden|antispam|_hp\b", re.I)
_HEADINGS = ("h1", "h2", "h3", "h4", "h5")


@dataclass
class FormInfo:
    """One form and what it is for."""
    element: object
    kind: str
    reasons: list[str] = field(default_factory=list)  # which signals decided
    plugin: str | None = None
    label: str = ""  # form#id, form.class or form[action]
    fields: str = ""  # short description of the fields, for evidence


def classify_forms(page: Page) -> list[FormInfo]:
    """Every form of the page, classified once and shared with the comments family."""
    if "forms" not in page.memo:
        page.memo["forms"] = [classify(form) for form in page.tree.iter("form")][:200]
    return page.memo["forms"]


def detect(page: Page) -> list[Finding]:
    findings = []
    for info in classify_forms(page):
        if info.kind == "contact":
            rule = f"{FAMILY}:{info.plugin or '+'.join(info.reasons[:2])}"
            findings.append(Finding(
                "contact_form", platform=info.plugin, url=page.url, page_url=page.url, rule=rule,
                detail=f"{info.label}: {info.fields}",
            ))
    if not findings:
        # "mailto:?subject=..." is a share-by-email button, not an address
        mailto = [href for href in page.tree.xpath(
            "//a[starts-with(translate(normalize-space(@href),'MAILTO','mailto'),'mailto:')]/@href")
            if "@" in href.split("?", 1)[0]]
        if mailto:
            address = squash(mailto[0]).split("?", 1)[0][:200]
            findings.append(Finding("contact_email", url=address, page_url=page.url,
                                    rule=f"{FAMILY}:mailto", detail=f"mailto link {address[7:]}"))
    return findings


def classify(form) -> FormInfo:
    """Kind of one <form> element (never raises on odd markup: attributes are read as text)."""
    kinds = {rule["id"]: rule for rule in rules.load(FAMILY)["kinds"]}
    s = _Signals(form)
    info = FormInfo(element=form, kind="other", label=s.label, fields=s.describe())

    def has(kind, *what):
        return [f"{kind}-{w}" for w in what if s.matches(kinds[kind], w)]

    info.plugin = next((p["plugin"] for p in rules.load(FAMILY)["plugins"] if p["attrs"].search(s.attrs)), None)
    if has("payment", "fields") and not s.message:
        return _decide(info, "payment", has("payment", "fields"))
    if s.passwords:
        if s.passwords >= 2 or has("registration", "attrs", "words"):
            return _decide(info, "registration", ["password"] + has("registration", "attrs", "words"))
        return _decide(info, "login", ["password"])
    if s.message:
        if has("share", "attrs", "words"):
            return _decide(info, "other", has("share", "attrs", "words"))
        comment = has("comment", "attrs", "fields")
        if comment or (has("comment", "words") and not has("contact", "attrs")):
            return _decide(info, "comment", comment or has("comment", "words"))
        contact = has("contact", "attrs", "fields", "words")
        if (has("booking", "attrs", "fields") or has("booking", "words") and s.dates) and not has("contact", "attrs"):
            return _decide(info, "booking", has("booking", "attrs", "fields", "words"))
        if has("payment", "attrs") and not contact:
            return _decide(info, "payment", has("payment", "attrs"))
        if info.plugin or contact or s.email or s.name:
            extra = [w for w, ok in (("email", s.email), ("name", s.name)) if ok]
            return _decide(info, "contact", ["textarea"] + contact + extra)
        return _decide(info, "other", ["textarea"])
    if s.search_box or (has("search", "attrs") or has("search", "fields")) and s.visible <= 3:
        return _decide(info, "search", has("search", "attrs", "fields") or ["search-box"])
    if s.email and s.visible <= 4 and has("newsletter", "attrs", "fields", "words"):
        return _decide(info, "newsletter", has("newsletter", "attrs", "fields", "words"))
    if has("booking", "attrs", "fields") or has("booking", "words") and s.dates:
        return _decide(info, "booking", has("booking", "attrs", "fields", "words"))
    if s.choices >= 2 and has("poll", "attrs", "fields", "words"):
        return _decide(info, "poll", has("poll", "attrs", "fields", "words"))
    if s.email and s.visible >= 3 and has("registration", "attrs", "words"):
        return _decide(info, "registration", has("registration", "attrs", "words"))
    if has("login", "attrs", "fields"):
        return _decide(info, "login", has("login", "attrs", "fields"))
    if s.email and s.visible <= 2 and has("newsletter", "words", "attrs"):
        return _decide(info, "newsletter", ["email-only"])
    return info


def _decide(info: FormInfo, kind: str, reasons: list[str]) -> FormInfo:
    info.kind, info.reasons = kind, reasons
    return info


class _Signals:
    """What one form shows: its fields by type, its words and attributes, folded."""

    def __init__(self, form):
        self.form = form
        labels = {}
        for label in form.iter("label"):
            target = label.get("for")
            if target:
                labels[target] = squash(label.text_content())[:100]
        self.fields: list[str] = []  # one folded description per visible field
        self.hidden_names: list[str] = []
        self.message = self.passwords = self.choices = self.visible = 0
        self.email = self.name = self.dates = self.search_box = False
        self.textarea_names: list[str] = []
        for el in form.iter("input", "textarea", "select"):
            kind = (el.get("type") or "text").strip().lower() if el.tag == "input" else el.tag
            name = el.get("name") or ""
            if kind == "hidden" or kind in _NOT_FIELDS:
                self.hidden_names.append(fold(name))
                continue
            if _hidden(el, form):
                continue
            words = " ".join(filter(None, (name, el.get("id"), el.get("placeholder"), el.get("aria-label"),
                                           el.get("title"), labels.get(el.get("id") or "\0"), _wrapping_label(el))))
            words = fold(words)[:300]
            self.fields.append(words)
            self.visible += 1
            if kind == "textarea" or (kind == "text" and _MESSAGE_INPUT.match(name.strip())):
                self.message += 1
                self.textarea_names.append(name or el.get("id") or "")
            elif kind == "password":
                self.passwords += 1
            elif kind in ("radio", "checkbox"):
                self.choices += 1
            elif kind == "search":
                self.search_box = True
            if kind == "email" or (kind == "text" and _EMAIL.search(words)):
                self.email = True
            if kind == "text" and _NAME.search(words):
                self.name = True
            if kind in ("date", "datetime-local") or _DATE.search(words):
                self.dates = True
        if (form.get("role") or "").lower() == "search":
            self.search_box = True
        self.attrs = fold(" ".join([
            form.get("id") or "", form.get("class") or "", form.get("name") or "", form.get("action") or "",
            *_container_attrs(form), *self.hidden_names,
        ]))[:2000]
        self.words = fold(visible_text(form, 3000) + " " + _buttons(form) + " " + _heading_before(form))
        self.label = _label(form)

    def matches(self, rule: dict, what: str) -> bool:
        pattern = rule.get(what)
        if pattern is None:
            return False
        if what == "fields":
            return any(pattern.search(f) for f in self.fields + self.hidden_names)
        return bool(pattern.search(self.attrs if what == "attrs" else self.words))

    def describe(self) -> str:
        parts = [f"textarea {n}".strip() for n in self.textarea_names[:2]]
        if self.email:
            parts.append("email")
        if self.name:
            parts.append("name")
        parts.append(f"{self.visible} fields")
        return ", ".join(parts)


def _hidden(el, form) -> bool:
    """Hidden from residents: honeypots and collapsed widgets are not fields."""
    node, depth = el, 0
    while node is not None and depth < 6:
        if node.get("hidden") is not None or (node.get("aria-hidden") or "").lower() == "true":
            return True
        if _HIDDEN_STYLE.search(node.get("style") or "") or _HIDDEN_CLASS.search(node.get("class") or ""):
            return True
        if node is form:
            break
        node, depth = node.getparent(), depth + 1
    return False


def _wrapping_label(el) -> str:
    parent = el.getparent()
    for _ in range(2):
        if parent is None:
            return ""
        if parent.tag == "label":
            return squash(parent.text_content())[:100]
        parent = parent.getparent()
    return ""


def _container_attrs(form) -> list[str]:
    out, node = [], form.getparent()
    for _ in range(3):
        if node is None or not isinstance(node.tag, str) or node.tag in ("body", "html"):
            break
        out += [node.get("id") or "", node.get("class") or ""]
        node = node.getparent()
    return out


def _buttons(form) -> str:
    values = [el.get("value") or el.get("title") or "" for el in form.iter("input")
              if (el.get("type") or "").lower() in ("submit", "image", "button")]
    return " ".join(values)[:300]


def _heading_before(form) -> str:
    """Text of the nearest heading above the form (within its three closest containers)."""
    node = form
    for _ in range(3):
        for count, sib in enumerate(node.itersiblings(preceding=True)):
            if count >= 4 or not isinstance(sib.tag, str):
                break
            if sib.tag in _HEADINGS:
                return squash(sib.text_content())[:200]
            inner = [h for h in sib.iter(*_HEADINGS)]
            if inner:
                return squash(inner[-1].text_content())[:200]
        node = node.getparent()
        if node is None:
            break
    return ""


def _label(form) -> str:
    if form.get("id"):
        return f"form#{squash(form.get('id'))[:60]}"
    if form.get("class"):
        return f"form.{squash(form.get('class')).split(' ')[0][:60]}"
    return f"form[action={squash(form.get('action') or '')[:80]}]"
