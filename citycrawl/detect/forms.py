"""Forms family: classify every HTML form; a form where a resident writes a message is a contact form.

The kinds (contact, comment, forum, search, login, registration, newsletter, payment, booking,
poll, other) are decided from the fields' types and names, the form's own words, its attributes and
the heading above it, with vocabularies from `rules/forms.yaml`. Comment forms are classified
here too (so a comment form is never taken for a contact form) and reported by the comments family.
"""
import re
from dataclasses import dataclass, field
from functools import cache

from citycrawl.detect import rules
from citycrawl.detect.cached import cached_property
from citycrawl.detect.findings import Finding
from citycrawl.detect.forums import served_by_engine
from citycrawl.detect.literals import LiteralSet, required_literals
from citycrawl.detect.page import Page, text_content, visible_text
from citycrawl.detect.platforms import served_from_platform
from citycrawl.detect.text import fold, squash

FAMILY = "forms"
_NOT_FIELDS = {"hidden", "submit", "button", "image", "reset"}
# The patterns read a field's folded words (lower-case ASCII) but _MESSAGE_INPUT and _CAPTCHA, which
# also read its name as written: only those two ignore case (slower).
_EMAIL = re.compile(r"e-?mail|courriel|mel\b|adresse electronique")
# Radio buttons that ask who the sender is or what they agree to, not an opinion.
_NOT_A_QUESTION = re.compile(r"civilit|gender|genre|sexe|salutation|\b(title|titre|mr|mme|madame|monsieur)\b"
                             r"|consent|rgpd|gdpr|accept|newsletter|optin|opt-in|contact (par|by)")
# a list that leads to another page when chosen: WordPress's categories and archives widgets (select#cat, named
# "archive-dropdown": wp-includes/widgets/class-wp-widget-categories.php, class-wp-widget-archives.php), a jump menu
_JUMP_MENU_NAMES = ("cat", "archive-dropdown")
# options that narrow or order a listing ("filter_time", "sort", "orderby"): a list's filters, no question
_LISTING_OPTION = re.compile(r"(filters?|filtres?|sort|sortby|orderby|order|tri[_-]?par)(\b|_|-|\[)|tri\[")
# one-click widgets rating the page, and a form's own sending buttons ("Aperçu", "Publier"), offer no options
_RATING = re.compile(r"utile|satisf|like|rating|etoile|pouce|thumb|page-?vote|vote-?article|feedback")
_SENDING = re.compile(r"^(apercu|preview|publier|post|submit|envoyer|save|enregistrer|brouillon|draft|precedent|suivant"
                      r"|prev|next|annuler|cancel|supprimer|delete)$")
# a list asking who writes or what about ("Vous êtes ?", "Objet de votre demande ?"): no survey question
_WHO_OR_WHAT = re.compile(r"^(vous etes|objet|service|motif|sujet|destinataire|quel service|quelle (demande|rubrique))\b")
_NAME = re.compile(r"\b(nom|name|prenom|firstname|lastname|your-name|fname|lname|full_?name)\b|_nom\b|nom_")
# a one-line text field used as the message box, by its name or its label
_MESSAGE_INPUT = re.compile(r"^((votre|your)[ -])?(message|msg|comments?|commentaires?|questions?|remarques?)$", re.I)
_CAPTCHA = re.compile(r"captcha", re.I)  # reCAPTCHA's fallback textarea is not a message box
_DATE = re.compile(r"date|jour|arrival|departure|checkin|check-in|arrivee|depart")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
# whole class names: "hidden-xs" or "labels-hidden" style a form, they do not hide a field
_HIDDEN_CLASS = re.compile(
    r"(^|\s)(hidden|hide|d-none|is-hidden|invisible|sr-only|visually-hidden|screen-reader-text)(\s|$)|honeypot|antispam|_hp\b",
    re.I)
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
    signals: "_Signals | None" = field(default=None, repr=False, compare=False)  # what the form shows

    @property
    def text(self) -> str:
        """The form's visible text, at most 3000 characters."""
        return self.signals.text if self.signals is not None else ""


def classify_forms(page: Page) -> list[FormInfo]:
    """Every form of the page, classified once and shared with the comments family."""
    if "forms" not in page.memo:
        page.memo["forms"] = [classify(form) for form in page.elements("form")][:200]
    return page.memo["forms"]


def detect(page: Page) -> list[Finding]:
    findings = []
    for info in classify_forms(page):
        if info.kind == "contact" and _writes_to_the_city(info, page):
            rule = f"{FAMILY}:{info.plugin or '+'.join(info.reasons[:2])}"
            findings.append(Finding(
                "contact_form", platform=info.plugin, url=page.url, page_url=page.url, rule=rule,
                detail=f"{info.label}: {info.fields}",
            ))
    if not findings:
        # "mailto:?subject=..." is a share-by-email button, not an address
        mailto = [href for href in page.mailtos if "@" in href.split("?", 1)[0]]
        if mailto:
            address = squash(mailto[0]).split("?", 1)[0][:200]
            findings.append(Finding("contact_email", url=address, page_url=page.url,
                                    rule=f"{FAMILY}:mailto", detail=f"mailto link {address[7:]}"))
    return findings


# What says a form on a participation platform writes to the city: the page's address (its contact page, a
# report to the city) or the form's own words
_WRITES_TO_CITY_URL = re.compile(r"\b(contact|contactez|nous-?(ecrire|joindre|contacter)|ecrire-a|signalements?)\b")
_WRITES_TO_CITY_WORDS = re.compile(r"formulaire de contact|nous (ecrire|joindre|contacter)|contactez[- ]nous")


def _writes_to_the_city(info: FormInfo, page: Page) -> bool:
    """A participation platform's, a neighbours' network's or a forum engine's forms publish what residents
    write (an idea, a contribution, a post to neighbours, a reply in a debate or a topic) for all to read: a
    message box there is a contact form only when the form's attributes or words, or the page's address, say it
    writes to the city. A city page that embeds a platform is still the city's."""
    if not (served_from_platform(page) or served_by_engine(page)):
        return True
    return any(r.startswith(("contact-attrs", "report-")) for r in info.reasons) \
        or bool(_WRITES_TO_CITY_WORDS.search(info.signals.words) or _WRITES_TO_CITY_URL.search(page.url_lower))


def classify(form) -> FormInfo:
    """Kind of one <form> element (never raises on odd markup: attributes are read as text)."""
    table = _rules_by_id()
    s = _Signals(form)
    info = FormInfo(element=form, kind="other", label=s.label, fields=s.describe(), signals=s)

    def has(rule_id, *what):
        return [f"{rule_id}-{w}" for w in what if s.matches(table[rule_id], w)]

    info.plugin = next((p["plugin"] for p in rules.load(FAMILY)["plugins"] if s.matches(p, "attrs")), None)
    if has("payment", "fields") and not s.message:
        return _decide(info, "payment", has("payment", "fields"))
    if s.passwords:
        if s.passwords >= 2 or has("registration", "attrs", "words"):
            return _decide(info, "registration", ["password"] + has("registration", "attrs", "words"))
        return _decide(info, "login", ["password"])
    if not s.message and _is_search(s, has):
        return _decide(info, "search", has("search", "attrs", "fields") or ["search-box"])
    if has("feedback", "attrs", "words"):
        return _decide(info, "other", has("feedback", "attrs", "words"))
    if s.message:
        if has("share", "attrs", "words"):
            return _decide(info, "other", has("share", "attrs", "words"))
        if has("ballot", "attrs", "words"):
            return _decide(info, "ballot", has("ballot", "attrs", "words"))
        # a board's posting form; comments when the site calls it so (a SPIP forum under a blog post
        # headed "Écrire un commentaire": the codebook's SPIP native comments)
        if has("forum-post", "attrs", "fields"):
            kind = "comment" if _CALLED_COMMENTS.search(s.words) else "forum"
            return _decide(info, kind, has("forum-post", "attrs", "fields"))
        # a questionnaire with a remarks box ("vos commentaires") is a poll, not a comment form
        if has("poll", "attrs") or (s.questions >= 2 and has("poll", "words")):
            return _decide(info, "poll", ["questions"] + has("poll", "attrs", "words"))
        # a signature's note or an idea's text is content for a participation space, not a message
        for kind in ("petition", "contribution"):
            if has(kind, "attrs", "fields", "words") and not has("contact", "attrs"):
                return _decide(info, kind, has(kind, "attrs", "fields", "words"))
        comment = has("comment", "attrs", "fields")
        if comment or (has("comment", "words") and not has("contact", "attrs")):
            return _decide(info, "comment", comment or has("comment", "words"))
        if s.visible <= 3 and has("search", "fields") and not has("contact", "attrs"):  # "ask a question" search
            return _decide(info, "search", has("search", "fields"))
        if (has("booking", "attrs", "fields") or has("booking", "words") and s.dates) and not has("contact", "attrs"):
            return _decide(info, "booking", has("booking", "attrs", "fields", "words"))
        if has("payment", "attrs") and not has("contact", "attrs", "fields", "words"):
            return _decide(info, "payment", has("payment", "attrs"))
        # a home-made board's reply, known by its words alone, when nothing says the message goes to the city and
        # no question is asked (a questionnaire's answer)
        if has("forum-post", "words") and not has("contact", "attrs", "words") and not s.choices:
            return _decide(info, "forum", has("forum-post", "words"))
        score, reasons = _contact_score(s, info.plugin, has)
        return _decide(info, "contact" if score >= CONTACT_THRESHOLD else "other", reasons)
    if s.email and s.visible <= 4 and has("newsletter", "attrs", "fields", "words"):
        return _decide(info, "newsletter", has("newsletter", "attrs", "fields", "words"))
    if has("booking", "attrs", "fields") or has("booking", "words") and s.dates:
        return _decide(info, "booking", has("booking", "attrs", "fields", "words"))
    if s.choices >= 2 and has("ballot", "attrs", "words"):
        return _decide(info, "ballot", has("ballot", "attrs", "words"))
    if (s.choices >= 2 or s.questions + s.list_questions >= 2) and has("poll", "attrs", "fields", "words"):
        return _decide(info, "poll", has("poll", "attrs", "fields", "words"))
    if s.email and s.visible >= 3 and has("registration", "attrs", "words"):
        return _decide(info, "registration", has("registration", "attrs", "words"))
    if has("login", "attrs", "fields"):
        return _decide(info, "login", has("login", "attrs", "fields"))
    if s.email and s.visible <= 2 and has("newsletter", "words", "attrs"):
        return _decide(info, "newsletter", ["email-only"])
    return info


# Evidence that a form with a message box writes to the site, with weights set by reasoning (not
# fitted to any labelled set): the site's own words for contact count most, an e-mail or a name
# field is what a reply needs, and a box for a description, a CV or an account's details (most of the
# boxes), or a very long form, says the text goes somewhere else (an account, a listing, a job application).
CONTACT_THRESHOLD = 1.5
_WEIGHTS = {"plugin": 0.5, "contact-attrs": 2, "contact-words": 2, "report-words": 2, "contact-fields": 1, "email": 1,
            "name": 1, "message-box": 1, "box": 0.5, "content-box": -2, "account": -2, "long": -1}
_LONG_FORM = 15  # visible fields


def _contact_score(s: "_Signals", plugin, has) -> tuple[float, list[str]]:
    reasons = has("contact", "attrs", "words", "fields") + has("report", "words")
    reasons += [name for name, present in (
        ("plugin", plugin), ("email", s.email), ("name", s.name),
        ("account", has("account", "attrs", "words", "fields")),
        ("long", s.visible > _LONG_FORM)) if present]
    table = _rules_by_id()
    if "report-words" in reasons or any(table["message-box"]["fields"].search(box) for box in s.boxes):
        reasons.append("message-box")  # (a report's box describes the problem to the city: its message)
    elif 2 * sum(bool(table["content-box"]["fields"].search(box)) for box in s.boxes) >= len(s.boxes):
        # a resident's project or idea described to the city, with the name and e-mail a reply needs, is free text
        # written to the city (codebook); a CV, a listing or an application's description goes elsewhere
        described = s.email and s.name and has("description-box", "attrs", "words") \
            and any(table["description-box"]["fields"].search(box) for box in s.boxes)
        reasons.append("box" if described else "content-box")
    else:
        reasons.append("box")
    return sum(_WEIGHTS[r] for r in reasons), reasons


@cache
def _rules_by_id() -> dict:
    table = rules.load(FAMILY)
    return {rule["id"]: rule for rule in table["kinds"] + table["signals"]}


@cache
def _rule_literals() -> dict[tuple[str, str], frozenset[str]]:
    """(rule id, what) -> the literals one of which any text its regex matches holds (absent: no
    such literals). Rule ids are unique across the sections: they key what a form matched."""
    table = rules.load(FAMILY)
    found, ids = {}, [rule["id"] for section in ("kinds", "signals", "plugins") for rule in table[section]]
    if len(set(ids)) != len(ids):
        raise rules.RuleError(f"{FAMILY}: the ids of kinds, signals and plugins must differ")
    for section in ("kinds", "signals", "plugins"):
        for rule in table[section]:
            for what in ("attrs", "words", "fields"):
                words = required_literals(rule[what]) if rule.get(what) is not None else None
                if words:
                    found[rule["id"], what] = frozenset(words)
    return found


@cache
def _every_literal(what: str) -> LiteralSet:
    return LiteralSet(word for (_, key), words in _rule_literals().items() if key == what for word in words)


def _is_search(s: "_Signals", has) -> bool:
    return s.search_box or (bool(has("search", "attrs") or has("search", "fields")) and s.visible <= 3) \
        or 0 < s.choices == s.listing_options or s.visible == s.jump_menus == 1


def _decide(info: FormInfo, kind: str, reasons: list[str]) -> FormInfo:
    info.kind, info.reasons = kind, reasons
    return info


class _Signals:
    """What one form shows: its fields by type, its words and attributes, folded."""

    def __init__(self, form):
        self.form = form
        labels, controls = {}, []  # read in one walk of the form
        answers = {}  # name -> values of the submit buttons sent under it: a question's options, one button each
        for el in form.iter("label", "input", "textarea", "select", "button"):
            tag = el.tag
            if tag == "button":
                if el.get("name") and el.get("value") and (el.get("type") or "submit").lower() == "submit" \
                        and not _SENDING.match(fold(el.get("value")).strip()):
                    answers.setdefault(el.get("name"), set()).add(el.get("value"))
            elif tag != "label":
                controls.append((tag, el))
            elif el.get("for"):
                labels[el.get("for")] = squash(text_content(el))[:100]
        self.fields: list[str] = []  # one folded description per visible field
        self.names: list[str] = []  # the visible fields' folded names alone, for patterns anchored on a name
        self.boxes: list[str] = []  # the folded descriptions of the message boxes
        self.hidden_names: list[str] = []
        self.passwords = self.choices = self.visible = self.listing_options = self.jump_menus = 0
        self.email = self.name = self.dates = self.search_box = False
        self.textarea_names: list[str] = []
        question_groups, list_questions, hiding = set(), set(), {}
        for tag, el in controls:
            kind = (el.get("type") or "text").strip().lower() if tag == "input" else tag
            name = el.get("name") or ""
            if kind in _NOT_FIELDS:
                self.hidden_names.append(fold(name))
                continue
            if not (name or el.get("id")) or _CAPTCHA.search(name) or el.get("readonly") is not None \
                    or el.get("disabled") is not None or _hidden(el, form, hiding):
                continue  # neither sent nor scripted (a box showing terms of use), or not a resident's field
            label = labels.get(el.get("id") or "\0") or _wrapping_label(el) or _text_before(el, form)
            words = " ".join(filter(None, (name, el.get("id"), el.get("placeholder"), el.get("aria-label"),
                                           el.get("title"), label)))
            words = fold(words)[:300]
            self.fields.append(words)
            self.names.append(fold(name))
            self.visible += 1
            if kind == "textarea" or (kind == "text" and (_MESSAGE_INPUT.match(name.strip())
                                                          or _MESSAGE_INPUT.match(fold(label).strip(" *:")))):
                self.boxes.append(words)
                self.textarea_names.append(name or el.get("id") or "")
            elif kind == "password":
                self.passwords += 1
            elif kind in ("radio", "checkbox"):
                self.choices += 1
                self.listing_options += bool(_LISTING_OPTION.match(fold(name)))
                if not _NOT_A_QUESTION.search(words) and (kind == "radio" or name.endswith("[]")):
                    question_groups.add(name)  # one choice, or several under one name ("q3[]")
            elif kind == "search":
                self.search_box = True
            elif kind == "select" and (name in _JUMP_MENU_NAMES or "location" in (el.get("onchange") or "")):
                self.jump_menus += 1
            elif kind == "select" and label.rstrip(" *:").endswith("?") and not _NOT_A_QUESTION.search(words) \
                    and not _WHO_OR_WHAT.search(fold(label)):
                list_questions.add(name or el.get("id"))  # "Quelle organisation préférez-vous ?"
            if kind == "email" or (kind == "text" and _EMAIL.search(words)):
                self.email = True
            if kind == "text" and _NAME.search(words):
                self.name = True
            if kind in ("date", "datetime-local") or _DATE.search(words):
                self.dates = True
        # a poll answered with a click ("Oui" / "Non"), unless the form rates the page or holds a message box
        if answers and not self.boxes and not _RATING.search(fold(f"{form.get('id') or ''} {form.get('class') or ''}")):
            options = {name: values for name, values in answers.items() if len(values) >= 2}
            self.choices += sum(map(len, options.values()))
            question_groups.update(options)
        self.message = len(self.boxes)
        self.questions = len(question_groups)  # questions answered by choosing options
        # questions answered from a list: a survey's only where no message box is (a contact form asks
        # "Quel service souhaitez-vous contacter ?" from a list)
        self.list_questions = len(list_questions)
        if (form.get("role") or "").lower() == "search":
            self.search_box = True
        self.attrs = fold(" ".join([
            form.get("id") or "", form.get("class") or "", form.get("name") or "", _route(form.get("action") or ""),
            *_container_attrs(form), *self.hidden_names,
        ]))[:2000]
        self._controls = controls
        self.label = _label(form)
        self._field_texts = self.fields + self.names + self.hidden_names  # what "fields" regexes read
        self._matched = {}  # (rule id, what) -> whether it matches
        self._literals = {}  # what -> the rules' literals its text holds

    # The form's text and words are read when a rule asks for them: most forms (search boxes, logins)
    # are told by their fields.
    @cached_property
    def text(self) -> str:
        return visible_text(self.form, 3000)

    @cached_property
    def words(self) -> str:
        return fold(self.text + " " + _buttons(self._controls) + " " + _heading_before(self.form))

    def matches(self, rule: dict, what: str) -> bool:
        key = (rule["id"], what)
        if key not in self._matched:  # the kinds ask about the same rules again
            self._matched[key] = self._may_match(key) and self._search(rule.get(what), what)
        return self._matched[key]

    def _may_match(self, key: tuple[str, str]) -> bool:
        """Whether the text the rule's regex reads holds one of its literals (found for all the rules
        in one pass over the text)."""
        words, what = _rule_literals().get(key), key[1]
        if words is None:
            return True
        if what not in self._literals:
            self._literals[what] = _every_literal(what).found_in(self._text(what))
        return not self._literals[what].isdisjoint(words)

    def _text(self, what: str) -> str:
        """The text a rule's regex of `what` reads (the fields' texts a line each)."""
        if what == "fields":
            return "\n".join(self._field_texts)
        return self.attrs if what == "attrs" else self.words

    def _search(self, pattern, what: str) -> bool:
        if pattern is None:
            return False
        if what == "fields":
            return any(pattern.search(f) for f in self._field_texts)
        return bool(pattern.search(self._text(what)))

    def describe(self) -> str:
        parts = [f"textarea {n}".strip() for n in self.textarea_names[:2]]
        if self.email:
            parts.append("email")
        if self.name:
            parts.append("name")
        parts.append(f"{self.visible} fields")
        return ", ".join(parts)


_CALLED_COMMENTS = re.compile(r"\bcomment(aire)?s?\b")  # on folded words: a form that calls itself so
_SLUG = re.compile(r"[^/?#]*[-_][^/?#]*[-_][^/?#]*[-_][^/?#]*")  # 4 words or more joined by - or _


def _route(action: str) -> str:
    """A form's target without the slugs of titles in it: a comment form posting to its article
    (/2019/deux-ans-dix-enquetes-en-cours) says nothing of the form; a route (/sondage, /surveys/2/answer,
    wp-comments-post.php) does."""
    return _SLUG.sub(" ", action)


def _hidden(el, form, hiding: dict) -> bool:
    """Hidden from residents: honeypots, collapsed widgets and script-less fallbacks are not fields.
    The form's own hiding does not count: a form revealed by a button is still offered. `hiding`
    remembers whether each element read hides what it holds (the fields of a form share ancestors)."""
    node, depth = el, 0
    while node is not None and node is not form and depth < 8:
        if node not in hiding:
            hiding[node] = _hides(node)
        if hiding[node]:
            return True
        node, depth = node.getparent(), depth + 1
    return False


def _hides(node) -> bool:
    if node.get("hidden") is not None or (node.get("aria-hidden") or "").lower() == "true":
        return True
    style, classes = node.get("style"), node.get("class")
    if (style and _HIDDEN_STYLE.search(style)) or (classes and _HIDDEN_CLASS.search(classes)):
        return True
    return node.tag == "noscript"  # read last: lxml builds the tag's string anew


def _text_before(el, form) -> str:
    """Text just before a field that has no <label>: the previous cell of a table row, or the
    previous element or text (old CMSs and hand-written forms label fields this way)."""
    node = el
    for _ in range(3):
        prev = node.getprevious()
        while prev is not None and not isinstance(prev.tag, str):
            prev = prev.getprevious()
        if prev is not None:
            text = squash(prev.tail) or squash(visible_text(prev, 200))
        else:
            parent = node.getparent()
            text = squash(parent.text) if parent is not None else ""
        if text:
            return text[:100]
        node = node.getparent()
        if node is None or node is form:
            break
    return ""


def _wrapping_label(el) -> str:
    parent = el.getparent()
    for _ in range(2):
        if parent is None:
            return ""
        if parent.tag == "label":
            return squash(text_content(parent))[:100]
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


def _buttons(controls: list[tuple[str, object]]) -> str:
    values = [el.get("value") or el.get("title") or "" for tag, el in controls
              if tag == "input" and (el.get("type") or "").lower() in ("submit", "image", "button")]
    return " ".join(values)[:300]


def _heading_before(form) -> str:
    """Text of the nearest heading above the form (within its three closest containers)."""
    node = form
    for _ in range(3):
        for count, sib in enumerate(node.itersiblings(preceding=True)):
            if count >= 4 or not isinstance(sib.tag, str):
                break
            if sib.tag in _HEADINGS:
                return squash(text_content(sib))[:200]
            inner = [h for h in sib.iter(*_HEADINGS)]
            if inner:
                return squash(text_content(inner[-1]))[:200]
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
