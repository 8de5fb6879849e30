"""Text normalisation shared by the detectors: French and English, accents folded."""
import re
import unicodedata

# Quotes, no-break space and œ (which NFKD does not split), replaced before folding; the euro sign, which NFKD would
# drop, written out as the rules write sums ("50 000 €" -> "50 000 euros", "1,2 M€" -> "1,2 millions d'euros").
_REPLACE = (("’", "'"), ("M€", "millions d'euros"), ("€", "euros"), ("‘", "'"), ("`", "'"), ("´", "'"), ("\u00a0", " "),
            ("œ", "oe"), ("Œ", "oe"))
_SLUG_SEP = re.compile(r"[-_/+.%]+")
# A word in inclusive writing: its feminine ending, and its plural, after a middle dot or a bullet (habitant·es,
# habitant·e·s, élu•e•s, citoyen·nes, acteur·rice·s, chacun·e) or in brackets (habitant(e)s); not a Catalan l·l.
# Each alternative starts with its mark, which the regex engine skips to; texts without one are not searched.
_DOTS = "·⋅•∙"
_ENDINGS = "(?:e|ne|le|te|se|fe|ve|re|rice|trice|ice|euse|esse)"
_LETTER_BEFORE = r"(?<=[^\W\d_].)"
_INCLUSIVE = re.compile("|".join(
    [rf"{dot}{_LETTER_BEFORE}{_ENDINGS}(s?)(?:[{_DOTS}](s))?(?![^\W\d_])" for dot in _DOTS]
    + [rf"\({_LETTER_BEFORE}{_ENDINGS}\)(s?)(?![^\W\d_])"]))


def squash(text: str) -> str:
    """Whitespace runs to one space, trimmed."""
    return " ".join((text or "").split())


def fold(text: str) -> str:
    """Lower-case ASCII form for matching: 'Démocratie d’Ici' -> "democratie d'ici"; inclusive writing read as the
    plain masculine plural the rules write: 'les élu·es et les habitant·e·s' -> "les elus et les habitants"."""
    text = text or ""
    # (_DOTS one by one, sooner than a loop on the many short texts folded; a bracketed ending ends with "e)")
    if "·" in text or "e)" in text or "•" in text or "⋅" in text or "∙" in text:
        text = _INCLUSIVE.sub(_plain_form, text)
    if text.isascii():  # most names and attributes: of the replacements, only the backquote applies
        return text.replace("`", "'").lower()
    for old, new in _REPLACE:  # much faster than str.translate with a mapping
        if old in text:
            text = text.replace(old, new)
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return text.lower()


def _plain_form(found: re.Match) -> str:
    """The plural mark of an inclusive ending ('·es', '·e·s', '(e)s' -> 's'), unless the word ends in one."""
    plural = any(found.groups())
    return "s" if plural and found.string[found.start() - 1] != "s" else ""


def slug_words(path: str) -> str:
    """A URL path as folded words: '/budget-participatif/projets_2024' -> 'budget participatif projets 2024'."""
    return squash(_SLUG_SEP.sub(" ", fold(path)))
