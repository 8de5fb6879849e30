"""The codebook's names (docs/CODEBOOK.md) as the survey tables use them."""

# Page-level features that become a 0/1 flag per city (social_account becomes social_media).
FEATURES = (
    "contact_form", "participation_displayed", "forum", "comments", "poll", "petition",
    "suggestion_call", "participatory_budget", "participatory_platform", "territorial_social_network",
)
SOCIAL_ACCOUNT = "social_account"
PARTICIPATORY_PLATFORM = "participatory_platform"  # its platform names fill `platforms`
SOCIAL_PLATFORMS = (
    "facebook", "x", "instagram", "youtube", "linkedin", "tiktok", "mastodon", "bluesky",  # in cities.csv
    "threads", "dailymotion", "flickr", "pinterest", "snapchat", "telegram", "whatsapp", "vimeo",
    "peertube",  # extra columns after the contract ones
)
CONTRACT_PLATFORMS = SOCIAL_PLATFORMS[:8]
EXPRESSION = ("forum", "comments", "poll")
MODERN_DIALOGUE = ("suggestion_call", "participatory_budget", "participatory_platform",
                   "territorial_social_network", "petition")
LEVELS = (0, 1, 2, 3, 4)  # none, contact, information, expression, dialogue

STATUSES = ("ok", "partial", "unreachable", "blocked", "error", "no_website")
CRAWLED = ("ok", "partial")  # the cities every share is computed on

# The participation index: the share of these page-level indicators a city meets.
INDEX_COMPONENTS = (*FEATURES, "social_media")

# cities.csv, in contract order (docs/INTERFACES.md).
CITY_COLUMNS = (
    "insee_code", "name", "population", "region", "website", "crawl_status", "pages_crawled",
    "level", "participatory", *FEATURES, "expression_space", "modern_dialogue", "social_media",
    *(f"social_{p}" for p in CONTRACT_PLATFORMS), "platforms", "social_accounts",
)
CITY_EXTRA_COLUMNS = (
    *(f"social_{p}" for p in SOCIAL_PLATFORMS[8:]), "participation_index", "stratum",
    "departement", "region_name", "budget_exhausted", "seed_error",
)
# Unknown (empty) when a city was not crawled.
CITY_FLAGS = (
    "level", "participatory", *FEATURES, "expression_space", "modern_dialogue", "social_media",
    *(f"social_{p}" for p in SOCIAL_PLATFORMS),
)

# Rows of indicators.csv and waves.csv: every 0/1 city indicator, then the ladder's rungs.
INDICATORS = (
    *FEATURES, "expression_space", "modern_dialogue", "participatory", "social_media",
    *(f"social_{p}" for p in SOCIAL_PLATFORMS), *(f"level_{n}" for n in LEVELS),
)
