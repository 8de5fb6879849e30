"""Vocabulary family: participation shown in words (displayed approach, polls, petitions, calls for
ideas, participatory budgets), scored by where the words sit on the page.

A feature counts when one of its terms (`rules/vocabulary.yaml`) is in the page's title, h1 or URL
path; or in a heading and once more in the main text; or in a form's own words; or once in the main
text of a page whose title, h1 or URL names the subject (a section word: "Participer"); or when the
main text is about it, whatever its heading says ("Vie citoyenne", "Ma ville"): its terms stand in a
good share of the main text's sentences, or in the lead of a short text (`_about`), or most of its
sentences speak of the feature's theme and one holds a term (`_on_theme`); or when the main text
asks the reader to act ("proposez vos idées": `_called`); or when one of its sentences presents the city's
own space ("cette plateforme vous permet de…": `_presented`). One sentence in a long news item is a
passing mention, not the page's subject. Menus, header and
footer are left out of the main text, so a "Budget participatif" link on every page does not make
every page positive: the feature is on the page it leads to. Polls and petitions also need a way
to act: a form, or answer/sign words or survey addresses.
"""
import bisect
import math
import re
from collections import Counter
from functools import cache
from urllib.parse import urlsplit

from citycrawl.detect import forums, platforms, rules
from citycrawl.detect.cached import cached_property
from citycrawl.detect.findings import Finding
from citycrawl.detect.forms import classify_forms
from citycrawl.detect.literals import LiteralSet, required_literals
from citycrawl.detect.page import Page
from citycrawl.detect.text import fold, slug_words, squash
from citycrawl.urls import host_of, is_home, is_listing, is_search_results

FAMILY = "vocabulary"
_SENTENCE_END = re.compile(r"(?<!\b\d)[.!?;:](?:\s+|$)")  # "1. Le budget" is a numbered heading, not a stop
_NOT_ACTION_FORMS = {"search", "login", "newsletter", "payment", "registration"}
# A site's legal notices: its publisher, terms of use, privacy and cookies, accessibility statement, site map
_LEGAL_NOTICE = re.compile(
    r"\b(mentions legales|cgu|conditions (generales )?d'utilisation|politique de confidentialite|donnees personnelles"
    r"|(gestion|politique) des cookies|declaration d'accessibilite|plan du site|legal notice|terms of (use|service)"
    r"|privacy policy)\b")
# A sheet of Service-Public.fr republished on the city's site (co-marquage: `?xml=F1964&xsl=Fiche.xsl`,
# `/demarches/particuliers/F1964`) explains a national right or procedure (the local referendum, a census), not
# what the city runs
_NATIONAL_SHEET = re.compile(r"[?&]xml=[FNR]\d{2,6}\b|/(?i:particuliers|professionnels|vosdroits|vos-droits|demarches?"
                             r"|vos-demarches|demarches-administratives|service-public|comarquage)/(?i:vosdroits/)?[FNR]\d{2,6}"
                             r"(\.html?)?/?([?#]|$)")
# An account's pages: signing up or in, a forgotten password (Devise's /users/sign_up of Decidim and CONSUL)
_ACCOUNT_PAGE = re.compile(
    r"^(connexion|identification)( [|:-]|$)|\b(users (sign (up|in)|password)|sign (up|in)|log ?in|se connecter"
    r"|mot de passe( oublie)?|creer (un|mon|votre) compte)\b")


def detect(page: Page) -> list[Finding]:
    if is_search_results(page.url) or _NATIONAL_SHEET.search(page.url):
        return []  # a search's excerpts stand for the pages they lead to; a national sheet is the State's
    zones = _Zones(page)
    # a legal notice tells what the site is and how it may be used, and an account's page how to sign in,
    # nothing more (its title or address says so; an h1 may be a cookie banner's)
    headline = fold(page.title) + " | " + zones.url
    if _LEGAL_NOTICE.search(headline) or _ACCOUNT_PAGE.search(headline):
        return []
    # A forum engine's own page is the board's: the bodies its name and its topics name are residents' words (known
    # by the engine's generator or routes; not by a script, which a board's comment embed loads on a city's page)
    board = forums.served_by_engine(page, forums.ROUTED)
    found = [(entry, _score(entry, zones, page)) for entry in rules.load(FAMILY)["features"]
             if not (board and entry.get("not_on_boards"))]
    found = [(entry, evidence) for entry, evidence in found if evidence]
    # A hub page lists the instruments of participation (a budget, a consultation, a petition...), each
    # announcing the page that holds it, as a home page does: an instrument it names in a heading or tells
    # of in its text, not in its title or address, is not its own. (A call for ideas is part of the
    # instrument it belongs to, a budget's call for projects or a questionnaire's: it makes no hub.)
    announced = [entry for entry, evidence in found
                 if entry.get("teased") and not entry.get("yields")
                 and evidence[0] not in ("title", "host", "platform", "url", "address", "form")]
    if announced and len(({entry["feature"] for entry in announced} | zones.headed) - {"suggestion_call"}) \
            >= HUB_INSTRUMENTS:
        found = [(entry, evidence) for entry, evidence in found if entry not in announced]
    # A general feature known only by its theme gives way to any other feature on the page: a page
    # about a participatory budget or a petition speaks of residents taking part, and is about that. So
    # does one known only by the site's section its address puts the page in ("/democratie-locale/
    # droit-de-petition"): the section holds the budget's, the petitions' and the questionnaires' pages.
    # (A platform a page presents is the approach's tool, not an instrument the approach gives way to.)
    if len(found) > 1:
        features = {entry["feature"] for entry, _ in found}
        instruments = features - {"participatory_platform"}
        found = [(entry, evidence) for entry, evidence in found
                 if not (entry.get("yields") and evidence[0] in ("theme", "address") and len(instruments) > 1)
                 and not _gives_way(entry, evidence, features)]
    return [Finding(entry["feature"], url=page.url, page_url=page.url,
                    rule=f"{FAMILY}:{entry['id']}-{evidence[0]}", detail=evidence[1]) for entry, evidence in found]


def _gives_way(entry: dict, evidence, features: set) -> bool:
    """The words that are the entry's evidence name what another feature found on the page is (`gives_way`)."""
    return any(feature in features and words.search(evidence[2])
               for feature, words in (entry.get("gives_way") or {}).items())


def _score(entry: dict, zones: "_Zones", page: Page):
    """(zone, snippet) of the strongest evidence for the entry, or None."""
    terms, decoys = entry["terms"], entry.get("decoys")
    if entry.get("not_hosts") and rules.host_matches(page.host, entry["not_hosts"]):
        return None
    if rules.excludes_url(entry, page):
        return None  # an address where the feature is never the page's (one resident's proposal)
    headline = zones.headline
    if any(d is not None and d.search(headline) for d in (decoys, entry.get("headline_decoys"))) \
            and not terms.search(headline):
        return None
    if entry.get("headline_not") is not None and entry["headline_not"].search(zones.title):
        return None  # the title says what the page is about, whatever body it names (an election's)
    # A home page's headings and text announce what other pages hold (a teaser), under the site's name:
    # for a `teased` feature, only its title, address or a form are evidence there
    teaser = bool(entry.get("teased")) and zones.home
    evidence = _where(entry, zones, teaser)
    if evidence is None and not teaser:
        evidence = _in_section(entry, zones) or _about(entry, zones) or _on_theme(entry, zones) \
            or _invited(entry, zones) or _called(entry, zones) or _in_cycle(entry, zones) or _presented(entry, zones) \
            or _in_address(entry, zones)
    if evidence is None:
        return None
    if entry.get("needs") == "affordance" and not _actionable(entry, zones):
        return None
    if entry.get("not_with") is not None and entry["not_with"].search(zones.title + " | " + zones.main):
        return None  # the words belong to something else (the gendarmerie's "participation citoyenne")
    return evidence


def _where(entry: dict, zones: "_Zones", teaser: bool = False):
    # Most pages hold none of the words a term needs in their title, URL or headings: the words are
    # looked for in each zone's texts together before a search of each text.
    terms, titled = entry["terms"], entry.get("titled")
    found = titled.search(zones.title) if titled is not None else None
    if found:
        return _evidence("title", "title", found)
    found = _on_named_host(entry, zones)
    if found:
        return _evidence("host", "host", found)
    for zone, text in (("title", zones.title), ("url", zones.own_url)) if zones.may_match(entry, "headline") else ():
        found = terms.search(text)
        if found:
            return _evidence(zone, zone, found)
    found = _on_platform(entry, zones)
    if found:
        return _evidence("platform", "on a platform", found)
    for heading in zones.headings if not teaser and zones.may_match(entry, "all_headings") else ():
        found = terms.search(heading)
        if found and zones.literal_count(entry, "main") >= 2 and len(terms.findall(zones.main)) >= 2:
            return _evidence("heading", "heading", found)
    forms, decoys = entry.get("in_forms", True), entry.get("decoys")
    for kind, words in zones.form_words if forms and zones.may_match(entry, "all_form_words") else ():
        # a questionnaire's open questions ("vos suggestions pour le port") are the poll's, no other feature's; a
        # form showing a decoy's words shows what is over ("Sondage clos", a board's poll closed with its results)
        found = terms.search(words) if kind != "poll" or entry["feature"] == "poll" else None
        if found and (decoys is None or not decoys.search(words)):
            return _evidence("form", "form", found)
    return None


# A site's own service pages, by what their title or their own part of the address starts with: an account's (its
# profile, notifications, verification), its legal and privacy terms, accessibility, credits, contact and newsletter
# pages, as platforms route them (Decidim's /account, /notifications, /pages/terms-of-service; CONSUL's /conditions,
# /privacy, /accessibility, /verification); a project's title may hold the same words further on ("Améliorer les
# conditions de circulation")
_SITE_SERVICE = re.compile(
    r"(inscription|s'identifier|identification|mon (compte|profil)|account|profiles?|profil|notifications?|verification"
    r"|accessibilite|accessibility|cookies?|rgpd|protection des donnees|donnees personnelles|conditions|privacy"
    r"|confidentialite|credits|(nous )?contact(er|ez)?|nous ecrire|newsletter|lettre d'information|plan du site|sitemap"
    r"|recherche|search|terms)\b")


def _on_named_host(entry: dict, zones: "_Zones"):
    """The page stands on a site of the feature's own (`named_host`: budgetparticipatif.ville.fr)."""
    named = entry.get("named_host")
    return _own_page(entry, zones, named.search(zones.page.host) if named is not None else None)


def _on_platform(entry: dict, zones: "_Zones"):
    """The page is a participation platform's own, and its title or h1 names the feature in the `on_platform` words
    ("Budget climat 2025 : les idées"), or its main text shows what only the feature's items carry there
    (`priced_on_platform`: a proposal's estimated cost): the space the page belongs to."""
    words, priced = entry.get("on_platform"), entry.get("priced_on_platform")
    found = words.search(zones.title) if words is not None else None
    if not (found or priced is not None) or not platforms.platform_own_page(zones.page):
        return None  # (asked first: the few platform pages alone have their main text searched for prices)
    if found is None and zones.may_match(entry, "main", "priced_on_platform"):
        found = priced.search(zones.main)
    return _own_page(entry, zones, found) if found else None


def _own_page(entry: dict, zones: "_Zones", found):
    """`found`, unless the page is one of its site's service pages or its words are a decoy's (the city's ordinary
    budget told there)."""
    if found is None or _SITE_SERVICE.match(zones.title) or _SITE_SERVICE.match(zones.own_url):
        return None
    decoys = entry.get("decoys")
    return None if decoys is not None and decoys.search(zones.title + " | " + zones.main) else found


def _in_address(entry: dict, zones: "_Zones"):
    """A term, or a section word with a term in the main text, only in the parts of the address before the page's
    own, which name the site's section ("/budget-participatif/deposer", "/democratie-locale/droit-de-petition",
    "/villedex-participe/petitions"): the weakest evidence, read last."""
    found = entry["terms"].search(zones.url) if zones.may_match(entry, "headline") else None
    if found:
        return _evidence("address", "address", found)
    return _in_section(entry, zones, zones.url, "address")


def _in_section(entry: dict, zones: "_Zones", address: str | None = None, zone: str = "section"):
    """A page whose title, h1 or own part of the URL (or the `address` words given, reported as `zone`) names the
    subject ("Participer") and whose main text has a term."""
    section = entry.get("section")
    address = zones.own_url if address is None else address
    if section is None or not (section.search(zones.title) or section.search(address)):
        return None
    found = entry["terms"].search(zones.main) if zones.may_match(entry, "main") else None
    return _evidence(zone, zone, found) if found else None


MATCH_REACH = 400  # characters: a match of a call, a term or a theme is shorter (its longest gap is 200 characters)
ABOUT_SHARE = 0.25  # share of the prose's sentences holding a term: the text is about the feature
SHORT = 3  # sentences: in prose this short, a term in the lead (the first sentence) is its subject
HUB_INSTRUMENTS = 2  # instruments a page names in its headings or tells of: a hub listing them
LONG_PROSE = 30_000  # characters: a page this long shows its subject in its title and headings
LONGEST_TERM = 400  # characters: beyond any real match of the terms (their gaps are bounded, 200 at most)


def _about(entry: dict, zones: "_Zones"):
    """The page's prose (main text without its links: a teaser or a menu item leads elsewhere) is
    about the feature: its terms in two or more sentences making at least a quarter of it, or in its
    lead (the first sentence, which says what a text is about) and once more, or, in a prose of a few
    sentences, in its lead. A term in the last sentence of a short news item is a
    passing mention ("ce projet avait été évoqué lors du budget participatif de 2019")."""
    prose, terms = zones.prose, entry["terms"]
    if len(prose) > LONG_PROSE:
        return None
    # Each match of the terms holds one of their literals: the literals' count bounds the sentences
    # with a match, and most prose holds too few of them to be about the feature (no regex search).
    most = zones.literal_count(entry, "prose")
    if most == 0:
        return None
    count = len(zones.sentence_starts)
    if count > SHORT and most < 2:
        return None
    if count > SHORT and most / count < ABOUT_SHARE:
        # too few terms for a share: only a term in the lead, found by the first search, can make it
        lead_end = zones.sentence_starts[1]
        first = terms.search(prose, 0, lead_end + LONGEST_TERM)  # a term starting in the lead, searched there
        if first is None or first.start() >= lead_end:
            return None
    hits = _sentences_holding(entry, "terms", zones)
    if not hits:
        return None
    lead = min(hits) == 0
    if (len(hits) >= 2 and (lead or len(hits) / count >= ABOUT_SHARE)) or (count <= SHORT and lead):
        return _evidence("about", "main text", terms.search(prose))
    return None


THEME_SHARE = 0.5  # share of the prose's sentences speaking of the theme: the page is about it


def _on_theme(entry: dict, zones: "_Zones"):
    """A page under a generic heading ("Vie locale", "Ensemble pour la ville") whose prose speaks of
    the feature's theme (residents, neighbourhoods, taking part, opinions: `theme`) in at least half
    of its sentences, with a term among them: a text that is about participation, not a news item
    mentioning it once."""
    theme = entry.get("theme")
    prose = zones.prose
    # a home page speaks of everything the site holds, under the site's name
    if theme is None or len(prose) > LONG_PROSE or zones.home or not zones.may_match(entry, "prose"):
        return None
    starts = zones.sentence_starts
    # each sentence on the theme holds one of its words: too few of them in the prose, no share
    if len(starts) < 2 or zones.literal_count(entry, "prose", "theme") < THEME_SHARE * len(starts):
        return None
    found = entry["terms"].search(prose)
    if found is None:
        return None
    on_theme = _sentences_holding(entry, "theme", zones)
    if len(on_theme) / len(starts) >= THEME_SHARE:
        return _evidence("theme", "main text", found)
    return None


def _in_cycle(entry: dict, zones: "_Zones"):
    """The prose tells every stage of the feature's cycle (`cycle`: residents file projects, residents vote,
    a sum or winners): the scheme under a name of its own. Or it names the feature in two sentences or more and
    tells how residents take part in it, every stage but what comes of it (they file, then vote on projects:
    `cycle_vote`): a text explaining the scheme under a title of its own ("Comment ça marche ?"), where a news
    item naming it in passing tells no stage. Or its title announces the winners and its prose the residents'
    vote that chose them (`winners`)."""
    stages = entry.get("cycle")
    # (a prose telling a cycle holds the theme's words: most prose holds none, and no stage is searched)
    if stages is None or len(zones.prose) > LONG_PROSE or not zones.may_match(entry, "prose", "theme"):
        return None
    winners = entry.get("winners")
    if winners is not None and winners["title"].search(zones.title):
        for found in winners["vote"].finditer(zones.prose):
            at = found.start()
            if not winners["not_voters"].search(_sentence(zones, at)) and (
                    winners["items"].search(zones.title) or winners["items"].search(_sentence(zones, at, 1, 1))):
                return _evidence("cycle", "main text", found)
    first, *others = stages.values()
    found = first.search(zones.prose)
    if not found or not all(w.search(zones.prose) for w in others[:-1]):
        return None
    explained = entry.get("cycle_vote")
    if others[-1].search(zones.prose) or (explained is not None and zones.literal_count(entry, "prose") >= 2
                                          and len(_sentences_holding(entry, "terms", zones)) >= 2
                                          and explained.search(zones.prose)):
        return _evidence("cycle", "main text", found)
    return None


def _presented(entry: dict, zones: "_Zones"):
    """A sentence of the prose presents the city's own space, what it is or what it lets residents do (`presented`:
    "cette plateforme vous permet de proposer vos idées", "… est la plateforme de participation citoyenne de la
    Ville"): a page doing so is about the space wherever the sentence stands, where a news item names the space and
    tells nothing of it. Not on a home page or a list of news, whose blocks announce other pages, nor when the
    sentence presents another space (`presented_decoys`: a neighbours' network, a families' portal)."""
    if entry.get("presented") is None or zones.home or not zones.may_match(entry, "prose", "presented"):
        return None
    found = _first_clear(entry, zones, "presented", entry.get("presented_decoys"))
    return _evidence("presented", "main text", found) if found else None


LEAD = 2  # sentences: where a news item says what it is about


def _invited(entry: dict, zones: "_Zones"):
    """The lead of the prose opens the feature to residents ("une enquête en ligne est ouverte du
    3 juin au 10 juillet"): the page is about it, however long the rest."""
    invitation = entry.get("invitation")
    if invitation is None or not zones.may_match(entry, "prose", "invitation"):
        return None
    starts = zones.sentence_starts
    found = invitation.search(zones.prose, 0, starts[LEAD] if len(starts) > LEAD else len(zones.prose))
    return _evidence("lead", "main text", found) if found else None


def _called(entry: dict, zones: "_Zones"):
    """The prose asks the reader to act ("proposez vos idées", "répondez au questionnaire", "signez la
    pétition"): a call addressed to residents is the feature wherever it stands, unless its sentence
    shows it is something else (a call for tenders, an INSEE survey). Asked twice for a feature that
    needs an affordance: answered once."""
    if entry["id"] not in zones.calls:
        zones.calls[entry["id"]] = _find_call(entry, zones)
    return zones.calls[entry["id"]]


def _find_call(entry: dict, zones: "_Zones"):
    call = entry.get("call")
    if call is None or not zones.may_match(entry, "prose", "call") or _relays(entry, zones.page):
        return None
    found = _first_clear(entry, zones, "call", entry.get("decoys"), lambda found, sentence: not _lists_actions(
        sentence, _sentence(zones, found.start(), before=1), found.group(0)))
    return _evidence("call", "main text", found) if found else None


def _first_clear(entry: dict, zones: "_Zones", key: str, decoys, keep=None):
    """The first match of the entry's pattern (`key`) in the prose whose sentence holds no decoy (and that `keep`,
    given the match and its sentence, accepts), or None."""
    for found in zones.finditer(entry, key):
        sentence = _sentence(zones, found.start())
        if (decoys is None or not decoys.search(sentence)) and (keep is None or keep(found, sentence)):
            return found
    return None


# What a participation space lets residents do, as a sentence presenting the space lists them ("avec l'application,
# signalez un problème, proposez vos idées et répondez aux sondages"; "la plateforme permet de proposer une idée, de
# voter pour les projets et de répondre aux consultations"): a call among two others there is the space's, which
# holds the feature, not the page's own. The space must be named there or just before: a page's own call may come
# with two more things to do ("venez débattre, donnez votre avis et proposez vos idées pour la place du marché").
_ACTIONS = re.compile(
    r"\b(repond(ez|re) (a|au|aux) (un |une |des |les |vos |la |l'|notre |nos |cette |ce )?(questionnaires?|sondages?"
    r"|consultations?|enquetes?|votations?)|vot(ez|er) (pour|les|le|sur)|debat(tez|tre)|(lancer|ouvrir|lancez|ouvrez) un"
    r" debat|signal(ez|er) (un|les|des)|comment(ez|er) (celles|ceux|les)|donn(ez|er)(-nous)? (votre|son|leur) avis"
    r"|sign(ez|er) (une|des|les|la) petitions?|propos(ez|er) (une|vos|des|votre) idees?|depos(ez|er) (une|vos|des|un"
    r"|votre) (idees?|propositions?|projets?))")
_SPACE = re.compile(r"\b(applications?|appli|plateformes?|espaces? (en ligne|citoyens?|numeriques?|participatifs?)"
                    r"|portail|sites? (participatifs?|internet|web|dedies?))\b")
LISTED_ACTIONS = 2  # other actions beside the call


def _lists_actions(sentence: str, told: str, call: str) -> bool:
    """The call stands in a sentence listing what residents can do in a space (`_ACTIONS`), which it or the sentence
    before (`told`) names ("Téléchargez l'application. Avec elle, signalez…")."""
    return bool(_SPACE.search(told)) and len(
        {m.group(0) for m in _ACTIONS.finditer(sentence) if m.group(0) not in call}) >= LISTED_ACTIONS


def _relays(entry: dict, page: Page) -> bool:
    """The page links to a site where the feature is never the city's (a national petition site):
    its call ("signez la pétition") sends residents there."""
    hosts = entry.get("not_hosts")
    return bool(hosts) and any(rules.host_matches(host_of(url), hosts) for _, url, _ in page.anchors)


def _sends_elsewhere(entry: dict, zones: "_Zones") -> bool:
    """The page links to a site where the feature is never the city's, and none of its links to act ("déposer
    une pétition") leads anywhere else: a link to such a site beside the city's own (the national assembly's
    petitions, for reference) sends nobody there."""
    hosts, affordance = entry.get("not_hosts"), entry.get("affordance")
    if not _relays(entry, zones.page) or affordance is None:
        return False
    return not any(affordance.search(fold(text)) and not rules.host_matches(host_of(url), hosts)
                   for _, url, text in zones.page.anchors)


def _sentences_holding(entry: dict, key: str, zones: "_Zones") -> set[int]:
    """The indexes of the prose's sentences where a match of the entry's pattern starts."""
    return {bisect.bisect_right(zones.sentence_starts, m.start()) - 1 for m in zones.finditer(entry, key)}


def _offsets(text: str, word: str):
    at = text.find(word)
    while at != -1:
        yield at
        at = text.find(word, at + 1)


def _sentence(zones: "_Zones", offset: int, before: int = 0, after: int = 0) -> str:
    """The prose's sentence holding `offset`, with the `before` sentences preceding it and the `after` ones
    following it."""
    starts = zones.sentence_starts
    index = bisect.bisect_right(starts, offset)
    end = index + after
    return zones.prose[starts[max(0, index - 1 - before)]: starts[end] if end < len(starts) else len(zones.prose)]


def _actionable(entry: dict, zones: "_Zones") -> bool:
    """Residents can act on the page: a form speaking of the feature, or affordance words/addresses
    (unless decoys such as a closed poll's results say the page only reports)."""
    if any(entry["terms"].search(words) for _, words in zones.form_words) or zones.choice_forms:
        return True
    if entry.get("titled") is not None and entry["titled"].search(zones.title):
        return True  # the page is the space its title names (the city's right of petition)
    if _sends_elsewhere(entry, zones):
        return False  # "signer la pétition" sends residents to a national petition site, not a space of the city's
    affordance, decoys, invitation = entry.get("affordance"), entry.get("decoys"), entry.get("invitation")
    if decoys is not None and decoys.search(zones.title + " " + zones.main):
        return False
    return (affordance is not None and bool(affordance.search(zones.actions))) \
        or (invitation is not None and bool(invitation.search(zones.main))) \
        or _called(entry, zones) is not None


def _evidence(zone: str, label: str, found) -> tuple[str, str, str]:
    """(zone, snippet shown as the finding's detail, the words matched)."""
    return zone, f"{label}: {_around(found)}", found.group(0)


def _around(found) -> str:
    text = found.string
    return squash(text[max(0, found.start() - 40): found.end() + 60])


# the patterns whose literals are looked for in the zones
_SEARCHED_IN_ZONES = ("terms", "invitation", "call", "theme", "priced_on_platform", "presented")


@cache
def _entry_literals() -> dict[tuple[str, str], frozenset[str] | None]:
    """(feature id, key) -> the literals one of which any text the pattern matches holds (None: no
    such literals)."""
    return {(entry["id"], key): frozenset(required_literals(entry[key]) or ()) or None
            for entry in rules.load(FAMILY)["features"] for key in _SEARCHED_IN_ZONES if entry.get(key) is not None}


@cache
def _every_entry_literal() -> LiteralSet:
    return LiteralSet(word for words in _entry_literals().values() for word in words or ())


class _Zones:
    """The page's text by place, folded, each computed when first needed."""

    def __init__(self, page: Page):
        self.page = page
        self._literals = {}  # zone -> occurrences of the terms' literals in its text
        self.calls = {}  # feature id -> the call found in the prose, or None

    def may_match(self, entry: dict, zone: str, key: str = "terms") -> bool:
        """Whether the zone's text holds one of the literals the entry's pattern needs."""
        words = _entry_literals()[entry["id"], key]
        return words is None or not self._occurrences(zone).keys().isdisjoint(words)

    def literal_count(self, entry: dict, zone: str, key: str = "terms") -> float:
        """How many times the zone's text holds one of the literals the entry's pattern needs (inf
        for a pattern with none)."""
        words = _entry_literals()[entry["id"], key]
        if words is None:
            return math.inf
        return sum(n for word, n in self._occurrences(zone).items() if word in words)

    def finditer(self, entry: dict, key: str):
        """The matches of the entry's pattern (`key`) in the prose, in order, searched only around the literals
        the pattern needs, as far as a match runs (`MATCH_REACH`): a pattern of many alternatives is not tried
        at every position of a long prose."""
        pattern = entry[key]
        for start, end in self._windows(entry, key):
            yield from pattern.finditer(self.prose, start, end)

    def _windows(self, entry: dict, key: str) -> list[list[int]]:
        prose = self.prose
        words = _entry_literals()[entry["id"], key]
        if words is None:
            return [[0, len(prose)]]
        spans = []
        for at in sorted(at for word in words & self._occurrences("prose").keys() for at in _offsets(prose, word)):
            start, end = max(0, at - MATCH_REACH), min(len(prose), at + MATCH_REACH)
            if spans and start <= spans[-1][1]:
                spans[-1][1] = end
            else:
                spans.append([start, end])
        return spans

    def _occurrences(self, zone: str) -> Counter:
        """The literals of the patterns of `_SEARCHED_IN_ZONES` in the zone's text (`zone` names an
        attribute), counted; those of all the features are found in one pass over the text."""
        if zone not in self._literals:
            self._literals[zone] = _every_entry_literal().occurrences(getattr(self, zone))
        return self._literals[zone]

    @cached_property
    def title(self) -> str:
        return self.page.own_heading_text

    @cached_property
    def home(self) -> bool:
        """The page is its site's home page or list of news or events, or its platform's index or help page: they
        announce or explain what other pages hold."""
        return is_home(self.page.url) or is_listing(self.page.url) or platforms.on_index_page(self.page)

    @cached_property
    def headed(self) -> set[str]:
        """The instruments (`teased` features, not `yields`) whose words a heading of the main text holds (a
        sidebar's, a footer's or a related-articles block's headings are the site's, not the page's)."""
        headings = [heading for heading in self.headings if heading in self.main]
        return {entry["feature"] for entry in rules.load(FAMILY)["features"]
                if entry.get("teased") and not entry.get("yields") and self.may_match(entry, "all_headings")
                and any(entry["terms"].search(heading) for heading in headings)}

    @cached_property
    def _address(self) -> tuple[str, str]:
        """(path, query) of the page's address; empty for an address that does not parse."""
        try:
            parts = urlsplit(self.page.url)
        except ValueError:
            return "", ""
        return parts.path, parts.query

    @cached_property
    def url(self) -> str:
        path, query = self._address
        return slug_words(path + " " + query)

    @cached_property
    def own_url(self) -> str:
        """The words of the address's last part, the page's own: the parts before it name the site's section
        ("/democratie-locale/appel-a-idees-place-fontaine"), which holds other pages too."""
        path, query = self._address
        return slug_words(path.rstrip("/").rsplit("/", 1)[-1] + " " + query)

    @cached_property
    def headline(self) -> str:
        return self.title + " | " + self.url

    @cached_property
    def headings(self) -> list[str]:
        return [fold(t) for t in self._heading_texts]

    @cached_property
    def _heading_texts(self) -> list[str]:
        return self.page.texts_of("h2", "h3", "h4", "legend", limit=40)

    @cached_property
    def main(self) -> str:
        return fold(self.page.main_text)

    @cached_property
    def prose(self) -> str:
        return fold(self.page.prose)

    @cached_property
    def sentence_starts(self) -> list[int]:
        """Offsets in `prose` where its sentences start (a heading with no final stop joins the next)."""
        end = len(self.prose)  # the stop ending the text starts no sentence
        return [0] + [m.end() for m in _SENTENCE_END.finditer(self.prose) if m.end() < end]

    @cached_property
    def all_headings(self) -> str:
        return fold("\n".join(self._heading_texts))  # folding is done character by character

    @cached_property
    def _action_forms(self):
        return [info for info in classify_forms(self.page) if info.kind not in _NOT_ACTION_FORMS]

    @cached_property
    def form_words(self) -> list[tuple[str, str]]:
        """(kind, folded words) of each form residents act with."""
        return [(info.kind, fold(info.text[:2000])) for info in self._action_forms]

    @cached_property
    def all_form_words(self) -> str:
        return "\n".join(words for _, words in self.form_words)

    @cached_property
    def choice_forms(self) -> bool:
        return any(info.kind == "poll" for info in self._action_forms)

    @cached_property
    def actions(self) -> str:
        """Link texts and addresses, buttons, and loaded frames/scripts: where residents act."""
        links = " | ".join(f"{text} {url}" for _, url, text in self.page.anchors)
        buttons = " | ".join(self.page.texts_of("button", limit=50))
        return fold(f"{links} | {buttons} | {self.page.assets}")[:300_000] + " | " + self.main[:100_000]
