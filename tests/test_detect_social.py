import pytest

from citycrawl.detect.social import account
from tests.fixtures.detect.helpers import findings, fixture_html


@pytest.mark.parametrize("url, platform, handle, canonical", [
    ("https://www.facebook.com/VilleDeVilledex/", "facebook", "villedevilledex", "https://www.facebook.com/villedevilledex"),
    ("https://m.facebook.com/villedex?ref=bookmarks", "facebook", "villedex", "https://www.facebook.com/villedex"),
    ("https://www.facebook.com/profile.php?id=100064512345678", "facebook", "100064512345678",
     "https://www.facebook.com/profile.php?id=100064512345678"),
    ("https://twitter.com/VilleDex", "x", "villedex", "https://x.com/villedex"),
    ("https://x.com/villedex", "x", "villedex", "https://x.com/villedex"),
    ("https://www.instagram.com/villedex/", "instagram", "villedex", "https://www.instagram.com/villedex"),
    ("https://www.youtube.com/@VilleDex", "youtube", "@villedex", "https://www.youtube.com/@villedex"),
    ("https://www.youtube.com/channel/UCa1b2c3d4e5f6g7h8i9j0kL", "youtube", "channel/UCa1b2c3d4e5f6g7h8i9j0kL",
     "https://www.youtube.com/channel/UCa1b2c3d4e5f6g7h8i9j0kL"),
    ("https://www.youtube.com/user/villedex", "youtube", "user/villedex", "https://www.youtube.com/user/villedex"),
    ("https://www.youtube.com/c/VilledexOfficiel/videos", "youtube", "c/villedexofficiel",
     "https://www.youtube.com/c/villedexofficiel"),
    ("https://fr.linkedin.com/company/ville-de-villedex", "linkedin", "ville-de-villedex",
     "https://www.linkedin.com/company/ville-de-villedex"),
    ("https://www.tiktok.com/@villedex", "tiktok", "villedex", "https://www.tiktok.com/@villedex"),
    ("https://piaille.fr/@villedex", "mastodon", "villedex@piaille.fr", "https://piaille.fr/@villedex"),
    ("https://bsky.app/profile/villedex.bsky.social", "bluesky", "villedex.bsky.social",
     "https://bsky.app/profile/villedex.bsky.social"),
    ("https://www.threads.net/@villedex", "threads", "villedex", "https://www.threads.com/@villedex"),
    ("https://www.dailymotion.com/villedex", "dailymotion", "villedex", "https://www.dailymotion.com/villedex"),
    ("https://www.flickr.com/photos/villedex/albums", "flickr", "villedex", "https://www.flickr.com/photos/villedex"),
    ("https://www.pinterest.fr/villedex/", "pinterest", "villedex", "https://www.pinterest.com/villedex"),
    ("https://www.snapchat.com/add/villedex", "snapchat", "villedex", "https://www.snapchat.com/add/villedex"),
    ("https://t.me/villedex_infos", "telegram", "villedex_infos", "https://t.me/villedex_infos"),
    ("https://www.whatsapp.com/channel/0029VaABCDEFGHIJ12345", "whatsapp", "0029VaABCDEFGHIJ12345",
     "https://www.whatsapp.com/channel/0029VaABCDEFGHIJ12345"),
    ("https://vimeo.com/villedex", "vimeo", "villedex", "https://vimeo.com/villedex"),
    ("https://framatube.org/c/villedex_videos/videos", "peertube", "villedex_videos@framatube.org",
     "https://framatube.org/c/villedex_videos"),
])
def test_profile_urls_give_platform_handle_and_canonical_url(url, platform, handle, canonical):
    assert account(url) == (platform, handle, canonical)


@pytest.mark.parametrize("url", [
    "https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.villedex.fr%2F",
    "https://www.facebook.com/sharer.php?u=https://www.villedex.fr/",
    "https://www.facebook.com/villedex/posts/123456789",
    "https://www.facebook.com/events/123456789/",
    "https://www.facebook.com/groups/villedexentraide/",
    "https://www.facebook.com/photo.php?fbid=1",
    "https://twitter.com/intent/tweet?text=Actu&url=https%3A%2F%2Fwww.villedex.fr",
    "https://twitter.com/share?url=https://www.villedex.fr",
    "https://x.com/share?url=https://www.villedex.fr",
    "https://twitter.com/villedex/status/1712345678901234567",
    "https://twitter.com/hashtag/villedex",
    "https://twitter.com/search?q=villedex",
    "https://www.linkedin.com/shareArticle?mini=true&url=https://www.villedex.fr",
    "https://pinterest.com/pin/create/button/?url=https://www.villedex.fr",
    "https://t.me/share/url?url=https://www.villedex.fr",
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    "https://www.youtube.com/embed/dQw4w9WgXcQ",
    "https://www.youtube.com/results?search_query=villedex",
    "https://www.instagram.com/p/CxYz123abc/",
    "https://www.tiktok.com/@villedex/video/7234567890123456789",
    "https://vimeo.com/123456789",
    "https://wa.me/?text=https://www.villedex.fr",
    "https://medium.com/@villedex",  # /@user shape on a site that is not an instance
    "https://www.villedex.fr/@agenda",
    "whatsapp://send?text=x",
])
def test_share_buttons_intents_posts_and_other_paths_are_not_accounts(url):
    assert account(url) is None


def test_mastodon_on_an_unknown_instance_needs_a_sign():
    assert account("https://toot.villedex.social/@mairie") is not None  # the host says it
    assert account("https://exemple.org/@mairie") is None
    assert account("https://exemple.org/@mairie", hints="rel=me") == (
        "mastodon", "mairie@exemple.org", "https://exemple.org/@mairie")


def test_footer_accounts_found_share_buttons_left_out():
    found = findings(fixture_html("contact_wordpress.html"), feature="social_account")
    assert [(f.platform, f.handle, f.url, f.detail) for f in found] == [
        ("facebook", "villedevilledex", "https://www.facebook.com/villedevilledex", "social block link"),
        ("x", "villedex", "https://x.com/villedex", "social block link"),
    ]


def test_partners_and_article_text_accounts_are_third_parties():
    html = """<body><header><a href="https://www.instagram.com/villedex">Instagram</a></header>
    <article class="post"><div class="entry-content"><p>Le journal <a href="https://twitter.com/LeJournal">@LeJournal</a>
    en parle.</p><p>Suivez la ville sur <a href="https://www.facebook.com/villedex">Facebook</a>.</p></div></article>
    <div class="partenaires"><a href="https://www.facebook.com/AssoDuQuartier">Asso</a></div>
    <blockquote class="twitter-tweet"><a href="https://twitter.com/Someone">Someone</a></blockquote></body>"""
    found = [(f.url, f.detail) for f in findings(html, feature="social_account")]
    assert found == [("https://www.instagram.com/villedex", "header link"),
                     ("https://www.facebook.com/villedex", "article text link")]


def test_rel_me_link_in_head_is_the_sites_own_account():
    html = '<html><head><link rel="me" href="https://social.example.org/@villedex"></head><body></body></html>'
    assert [(f.platform, f.detail) for f in findings(html, feature="social_account")] == [("mastodon", "head rel=me link")]


def test_same_account_linked_twice_is_reported_once():
    html = ('<header><a href="https://twitter.com/villedex">t</a></header>'
            '<footer><a href="https://x.com/VilleDex/">x</a></footer>')
    assert len(findings(html, feature="social_account")) == 1


def test_accounts_on_a_partners_page_are_the_partners_not_the_citys():
    html = """<html><head><title>Nos partenaires - Ville de Dex</title></head><body>
    <main><h1>Nos partenaires</h1>
    <p>L'office de tourisme vous accueille : suivez-le sur <a href="https://www.facebook.com/OTdeDex">Facebook</a>.</p>
    <p>Le journal local : <a href="https://x.com/DexInfo">sur X</a>.</p>
    <p>Et suivez-nous sur <a href="https://www.instagram.com/villedex">Instagram</a>.</p></main>
    <footer><ul class="social"><li><a href="https://www.facebook.com/villedex">Facebook</a></li></ul></footer>
    </body></html>"""
    urls = {f.url for f in findings(html, feature="social_account")}
    assert urls == {"https://www.facebook.com/villedex", "https://www.instagram.com/villedex"}


def test_an_account_in_an_articles_text_is_the_citys_only_when_the_sentence_says_so():
    html = """<html><body><article><h1>Fête des écoles</h1>
    <p>Retrouvez l'association des parents sur <a href="https://www.facebook.com/apedex">Facebook</a>.</p>
    <p>Pour les photos, suivez la ville sur <a href="https://www.instagram.com/villedex">Instagram</a>.</p>
    </article></body></html>"""
    assert {f.url for f in findings(html, feature="social_account")} == {"https://www.instagram.com/villedex"}


def test_the_page_shown_by_a_facebook_page_plugin_is_the_citys_account():
    html = ('<html><body><aside><h2>Suivez-nous</h2>'
            '<div class="fb-page" data-href="https://www.facebook.com/villedex" data-tabs="timeline"></div>'
            '<iframe src="https://www.facebook.com/plugins/page.php?href=https%3A%2F%2Fwww.facebook.com%2Fvilledex.jeunesse'
            '&amp;tabs=timeline&amp;width=340" width="340"></iframe></aside></body></html>')
    assert {(f.platform, f.handle) for f in findings(html, feature="social_account")} == {
        ("facebook", "villedex"), ("facebook", "villedex.jeunesse")}


def test_twitters_old_hashbang_address_is_an_account():
    html = '<html><body><footer><a href="http://twitter.com/#!/villedex">Twitter</a></footer></body></html>'
    assert [(f.platform, f.handle) for f in findings(html, feature="social_account")] == [("x", "villedex")]
