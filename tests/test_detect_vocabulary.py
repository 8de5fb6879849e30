import pytest

from tests.fixtures.detect.helpers import features, findings, fixture_html

VOCABULARY = {"participation_displayed", "poll", "petition", "suggestion_call", "participatory_budget"}


def words(html, url="https://www.villedex.fr/page"):
    return features(html, url) & VOCABULARY


@pytest.mark.parametrize("html, url, feature", [
    ("<title>Démocratie participative - Villedex</title><h1>Démocratie participative</h1><p>Les conseils de quartier…</p>",
     "https://www.villedex.fr/ma-ville/democratie-participative", "participation_displayed"),
    ("<h1>Vie locale</h1><h2>Les conseils de quartier</h2><p>Les 8 conseils de quartier se réunissent chaque trimestre.</p>",
     "https://www.villedex.fr/vie-locale", "participation_displayed"),
    ("<h1>Budget participatif 2025</h1><p>Déposez vos projets jusqu'au 30 mars.</p>",
     "https://www.villedex.fr/actu", "participatory_budget"),
    ("<h1>La ville</h1>", "https://www.villedex.fr/budget-participatif/projets", "participatory_budget"),
    ("<h1>Boîte à idées</h1><form action='/idees'><textarea name='idee'></textarea><button>Envoyer</button></form>",
     "https://www.villedex.fr/idees", "suggestion_call"),
    ("<h1>Aménagement du parc</h1><form action='/parc'><legend>Proposez vos idées pour le parc</legend>"
     "<textarea name='texte'></textarea><button>Envoyer</button></form>", "https://www.villedex.fr/parc", "suggestion_call"),
    ("<h1>Sondage : les horaires de la médiathèque</h1><form action='/sondage'><input type='radio' name='vote' value='a'>"
     "<input type='radio' name='vote' value='b'><button>Voter</button></form>", "https://www.villedex.fr/sondage", "poll"),
    ("<h1>Questionnaire mobilité</h1><p>Répondez au questionnaire en ligne :</p>"
     "<a href='https://framaforms.org/mobilite-villedex-1700000000'>Répondre au questionnaire</a>",
     "https://www.villedex.fr/mobilite", "poll"),
    ("<h1>Pétitions citoyennes</h1><p>Le droit de pétition permet aux habitants…</p>"
     "<a href='/petitions/deposer'>Déposer une pétition</a>", "https://www.villedex.fr/petitions", "petition"),
])
def test_features_shown_in_words(html, url, feature):
    assert feature in words(html, url)
    found = findings(html, url, feature=feature)[0]
    assert found.rule.startswith("vocabulary:") and found.detail


def test_windows_1252_saved_page_is_read():
    assert "participatory_budget" in words(fixture_html("budget_cp1252.html"))


def test_passing_mention_and_menu_links_do_not_count():
    assert words(fixture_html("news_mention.html"), "https://www.villedex.fr/actualites/travaux") == set()


@pytest.mark.parametrize("html, url", [
    # the city's ordinary budget is not a participatory budget
    ("<title>Budget primitif 2025</title><h1>Budget primitif 2025</h1><p>Le compte administratif et le budget primitif…"
     "</p><nav><a href='/bp'>Budget participatif</a></nav>", "https://www.villedex.fr/finances/budget-primitif"),
    # a tender or a job call is not a call for ideas
    ("<h1>Appel d'offres : restauration scolaire</h1><p>Proposez vos offres avant le 12 mai.</p>",
     "https://www.villedex.fr/marches-publics/appel-offres"),
    ("<h1>Appel à candidatures - animateur</h1><p>Envoyez vos candidatures.</p>", "https://www.villedex.fr/emploi"),
    # results of a closed poll, no way to answer
    ("<h1>Résultats du sondage sur la semaine de 4 jours</h1><p>Le sondage est clos. 62 % pour.</p>",
     "https://www.villedex.fr/actu/resultats"),
    # the municipal council's agenda is not a participatory approach
    ("<title>Conseil municipal du 12 mars</title><h1>Conseil municipal : ordre du jour</h1>"
     "<h2>Démocratie locale</h2><p>Démocratie locale : désignation des représentants.</p>",
     "https://www.villedex.fr/conseil-municipal/ordre-du-jour"),
])
def test_codebook_decoys_are_not_features(html, url):
    assert words(html, url) == set()


def test_national_petition_site_is_not_a_city_petition():
    html = "<title>Pétition : sauvons le choeur</title><h1>Pétition</h1><a href='/signer'>Signer la pétition</a>"
    assert "petition" not in words(html, "https://www.mesopinions.com/petition/art/choeur/1")
    assert "petition" in words(html, "https://petitions.villedex.fr/choeur")


@pytest.mark.parametrize("html, url, feature", [
    ("<title>Participer</title><h1>Participer</h1><p>Démocratie participative : conseils de quartier et concertations.</p>",
     "https://www.villedex.fr/participer/", "participation_displayed"),
    ("<title>Des idées pour le lac</title><h1>Des idées pour le lac</h1><p>Appel à idées : partagez vos idées "
     "pour les berges.</p>", "https://villedex.govocal.com/fr-FR/projects/idees-pour-le-lac", "suggestion_call"),
])
def test_a_section_title_and_one_term_in_the_main_text(html, url, feature):
    assert feature in words(html, url)
    assert findings(html, url, feature=feature)[0].rule.endswith("-section")


@pytest.mark.parametrize("html, url", [
    # a section title alone, or a term only in the menu, is not enough
    ("<title>Participer</title><h1>Participer au semi-marathon</h1><p>Inscriptions jusqu'au 3 mai.</p>",
     "https://www.villedex.fr/sport/participer"),
    ("<title>Participer</title><nav><a href='/cq'>Conseils de quartier</a></nav><h1>Participer</h1><p>Bientôt.</p>",
     "https://www.villedex.fr/participer/"),
])
def test_a_section_title_without_a_term_in_the_main_text(html, url):
    assert "participation_displayed" not in words(html, url)
