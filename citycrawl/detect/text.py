"""Text normalisation shared by the detectors: French and English, accents folded."""
import re
import unicodedata

# Quotes, no-break space and œ (which NFKD does not split), replaced before folding.
_REPLACE = (("’", "'"), ("‘", "'"), ("`", "'"), ("´", "'"), ("\u00a0", " "), ("œ", "oe"), ("Œ", "oe"))
_SLUG_SEP = re.compile(r"[-_/+.%]+")


def squash(text: str) -> str:
    """Whitespace runs to one space, trimmed."""
    return " ".join((text or "").split())


def fold(text: str) -> str:
    """Lower-case ASCII form for matching: 'Démocratie d’Ici' -> "democratie d'ici"."""
    text = text or ""
    if text.isascii():  # most names and attributes: of the replacements, only the backquote applies
        return text.replace("`", "'").lower()
    for old, new in _REPLACE:  # much faster than str.translate with a mapping
        if old in text:
            text = text.replace(old, new)
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return text.lower()


def slug_words(path: str) -> str:
    """A URL path as folded words: '/budget-participatif/projets_2024' -> 'budget participatif projets 2024'."""
    return squash(_SLUG_SEP.sub(" ", fold(path)))
