"""What a detector reports: one piece of evidence for one codebook feature on one page."""
from dataclasses import dataclass, fields

DETAIL_MAX = 200


def clip(text: str, limit: int = DETAIL_MAX) -> str:
    """Plain one-line text of at most `limit` characters (an ellipsis marks a cut)."""
    text = " ".join(str(text or "").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


@dataclass
class Finding:
    feature: str  # a codebook code, or contact_email (recorded, never a codebook feature)
    platform: str | None = None
    handle: str | None = None
    url: str = ""  # the matched URL (canonical account, platform) or the page URL
    page_url: str = ""
    rule: str = ""  # "<family>:<rule id>"
    detail: str = ""

    def __post_init__(self):
        self.detail = clip(self.detail)

    def as_dict(self) -> dict:
        return {key: getattr(self, key) for key in _KEYS}  # plain values: no deep copy (asdict's) needed

    # Dict-like reading, so stored findings and fresh ones are read the same way.
    def __getitem__(self, key: str):
        if key not in self.keys():
            raise KeyError(key)
        return getattr(self, key)

    def get(self, key: str, default=None):
        return getattr(self, key, default) if key in self.keys() else default

    @staticmethod
    def keys() -> tuple[str, ...]:
        return _KEYS


_KEYS = tuple(f.name for f in fields(Finding))
