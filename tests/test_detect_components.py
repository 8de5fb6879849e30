"""Components family: platform components, poll and petition widgets, white-label spaces, questionnaires."""
import pytest

from tests.fixtures.detect.helpers import findings, fixture_html

DECIDIM_HEAD = '<head><link rel="stylesheet" href="/decidim-packs/css/decidim_core-4c1a.css"></head>'
CONSUL_FOOTER = '<footer><a href="https://github.com/consuldemocracy/consuldemocracy">CONSUL DEMOCRACY</a></footer>'
OPENPB_HEAD = ('<head><link rel="stylesheet" href="css/plugins/participatorybudget/participatorybudget.css">'
               '<script src="js/plugins/participatorybudget/participatorybudget.js"></script></head>')


def found(html, url, feature):
    return [(f.platform, f.rule) for f in findings(html, url, feature=feature)]


@pytest.mark.parametrize("html, url, feature, platform", [
    (DECIDIM_HEAD + "<h1>Propositions</h1>", "https://jeparticipe.villedex.fr/processes/plan-velo/f/7/proposals", "suggestion_call", "decidim"),
    (DECIDIM_HEAD + "<h1>Projets</h1>", "https://jeparticipe.villedex.fr/processes/bp-2025/f/9/budgets/1/projects", "participatory_budget", "decidim"),
    (DECIDIM_HEAD + "<h1>Débats</h1>", "https://jeparticipe.villedex.fr/assemblies/jeunes/f/3/debates", "forum", "decidim"),
    (DECIDIM_HEAD + '<form class="form answer-questionnaire" action="/processes/x/f/4/surveys/2/answer" method="post">'
     '<input type="radio" name="q1" value="1"><button>Envoyer</button></form>',
     "https://jeparticipe.villedex.fr/processes/x/f/4/", "poll", "decidim"),
    (DECIDIM_HEAD + '<div id="comments-for-Proposal-31" data-decidim-comments=\'{"commentableGid":"x"}\'><div id="comments">'
     '<div class="comments"><div class="comment-threads"></div></div></div></div>',
     "https://jeparticipe.villedex.fr/processes/x/f/7/proposals/31", "comments", "decidim"),
    # the same block without its data attribute: its threads' list, or a comment's body
    (DECIDIM_HEAD + '<div id="comments"><div class="comments"><div class="comments__header"><h2 class="h4">2 commentaires'
     '</h2></div><div class="comment-threads" id="threads-proposal-31"></div></div></div>',
     "https://jeparticipe.villedex.fr/processes/x/f/7/proposals/31", "comments", "decidim"),
    (DECIDIM_HEAD + '<div id="comment_88" class="comment" data-comment-id="88"><div class="comment__header">Anne</div>'
     '<div class="comment__content"><p>Oui, avec un abri.</p></div></div>',
     "https://jeparticipe.villedex.fr/processes/x/f/7/proposals/31", "comments", "decidim"),
    (DECIDIM_HEAD + "<h1>Initiatives</h1>", "https://jeparticipe.villedex.fr/initiatives", "petition", "decidim"),
    (CONSUL_FOOTER + "<h1>Propositions</h1>", "https://decide.villedex.fr/proposals", "suggestion_call", "consul"),
    (CONSUL_FOOTER + "<h1>Propositions</h1>", "https://decide.villedex.fr/legislation/processes/4/proposals", "suggestion_call", "consul"),
    (CONSUL_FOOTER + "<h1>Débats</h1>", "https://decide.villedex.fr/debates/12", "forum", "consul"),
    (CONSUL_FOOTER + "<h1>Votations</h1>", "https://decide.villedex.fr/polls/3", "poll", "consul"),
    (CONSUL_FOOTER + "<h1>Budgets</h1>", "https://decide.villedex.fr/budgets/2/investments", "participatory_budget", "consul"),
    (CONSUL_FOOTER + "<h1>Nouveau projet</h1>", "https://decide.villedex.fr/budgets/2/investments/new", "suggestion_call",
     "consul"),
    # a consultation or dialogue named for a budget, on any platform (id-city's dialogues)
    ("<h1>Déposer</h1>", "https://villedex.id-city.com/dialogues/bp-2025/deposer", "participatory_budget",
     "id_city"),
    ("<h1>Vos idées</h1>", "https://villedex.cap-collectif.com/project/centre-ville/collect/depot", "suggestion_call", "cap_collectif"),
    ("<h1>Questionnaire</h1>", "https://villedex.cap-collectif.com/project/mobilites/questionnaire/enquete", "poll", "cap_collectif"),
    ("<h1>Débat</h1>", "https://villedex.cap-collectif.com/project/parc/debate/pour-ou-contre", "forum", "cap_collectif"),
    (DECIDIM_HEAD + "<h1>Un verger</h1>", "https://jeparticipe.villedex.fr/processes/bp-2025/f/8/proposals/112",
     "participatory_budget", "decidim"),
    # a vote on the projects residents filed, under a local name
    ("<h1>Votez</h1>", "https://villedex.cap-collectif.com/project/vos-projets-pour-villedex/vote/vote",
     "participatory_budget", "cap_collectif"),
    ("<h1>Votez</h1>", "https://villedex.cap-collectif.com/project/quartiers-2025/selection/vote-des-projets",
     "participatory_budget", "cap_collectif"),
    ("<h1>Votez</h1>", "https://villedex.cap-collectif.com/project/mon-projet-pour-villedex-2025/selection/vote",
     "participatory_budget", "cap_collectif"),
    ("<h1>Les projets</h1>", "https://villedex.cap-collectif.com/project/bp-2025/selection/vote-du-budget",
     "participatory_budget", "cap_collectif"),
    # a process or a project named for the projects residents file, as budgets are branded: every step of it
    (DECIDIM_HEAD + "<h1>Propositions</h1>", "https://jeparticipe.villedex.fr/processes/les-projets-d-ici-2025/f/30/proposals",
     "participatory_budget", "decidim"),
    ("<h1>Déposez vos projets</h1>", "https://villedex.cap-collectif.com/project/villedex-en-projets-2025/collect/depot",
     "participatory_budget", "cap_collectif"),
    (DECIDIM_HEAD + "<h1>Villedex en projets</h1>", "https://jeparticipe.villedex.fr/processes/villedex-en-projets-2025",
     "participatory_budget", "decidim"),
    ("<h1>Présentation</h1>", "https://villedex.cap-collectif.com/project/les-projets-de-mon-quartier/presentation/etape",
     "participatory_budget", "cap_collectif"),
    # any platform's dialogue, consultation or project branded for residents' projects, as budgets are
    ("<h1>Les idées</h1>", "https://villedex.jenparle.net/consultations/vos-projets-2025?page=2", "participatory_budget",
     "jenparle"),
    ("<div id='app'></div>", "https://villedex.govocal.com/fr-FR/projects/vos-projets-2024", "participatory_budget",
     "go_vocal"),
    ("<h1>Un verger partagé</h1>",
     "https://villedex.cap-collectif.com/project/mon-projet-pour-villedex/collect/depot/proposals/un-verger-partage",
     "participatory_budget", "cap_collectif"),
    ("<div id='app'></div>", "https://villedex.govocal.com/fr-FR/projects/lac/ideas/new", "suggestion_call", "go_vocal"),
    ("<div id='app'></div>", "https://villedex.govocal.com/fr-FR/projects/lac/surveys/new", "poll", "go_vocal"),
    ("<div id='app'></div>", "https://villedex.govocal.com/fr-FR/initiatives/plus-d-arbres", "petition", "go_vocal"),
    ("<h1>Consultation</h1>", "https://make.org/FR/consultation/villedex-demain/selection", "suggestion_call", "make_org"),
    ("<h1>Interpellations</h1>", "https://villedex.cap-collectif.com/project/droit-d-interpellation/collect/depot",
     "petition", "cap_collectif"),
    ("<h1>Rouvrir la poste le samedi</h1>",
     "https://villedex.cap-collectif.com/project/droit-d-interpellation/collect/depot/proposals/rouvrir-la-poste", "petition",
     "cap_collectif"),
    (OPENPB_HEAD + "<h1>Les projets</h1>", "https://budget.villedex.fr/jsp/site/Portal.jsp?page=solrProjectSearch&conf=list_projects",
     "participatory_budget", "openpb"),
    (OPENPB_HEAD + "<h1>Étape 1 sur 4</h1>", "https://budget.villedex.fr/jsp/site/Portal.jsp;jsessionid=A1B2?page=ideation",
     "suggestion_call", "openpb"),
])
def test_a_platform_component_gives_its_feature_with_the_platform(html, url, feature, platform):
    assert [p for p, _ in found(html, url, feature)] == [platform]


def test_a_city_page_beside_a_decidim_frame_keeps_its_own_blocks():
    # testimonials in the same class names as Decidim's comments, on a city page that embeds its platform
    html = ('<h1>Budget participatif 2025</h1><iframe src="https://jeparticipe.villedex.fr/processes/bp-2025/embed">'
            '</iframe><section class="temoignages"><h2>Ils ont participé</h2><div class="comment"><div class="comment__content">'
            '<p>« J\'ai proposé un jardin partagé. »</p></div></div><div class="comment-threads"></div></section>')
    assert found(html, "https://www.villedex.fr/budget-participatif-2025", "comments") == []


def test_a_budget_route_needs_the_platform_s_own_page_and_a_residents_budget():
    # a district "en projets" is an urban project's consultation as often as a budget
    assert found("<h1>Quartier Gare en projets</h1>", "https://villedex.jenparle.net/consultations/quartier-gare-en-projets",
                 "participatory_budget") == []
    # a city page that only embeds a platform, and consultations on the city's own budget
    embed = '<iframe src="https://villedex.jenparle.net/consultation/x"></iframe>'
    assert ("components", "budget-routes") not in [
        tuple(r.split(":")) for _, r in found(embed, "https://www.villedex.fr/projets/budget-participatif-2026",
                                              "participatory_budget")]
    for url in ("https://villedex.id-city.com/consultations/budget-2026-vos-priorites",
                "https://jeparticipe.villedex.fr/projets/renovation-ecole?from=/projets/budget-participatif"):
        assert [r for _, r in found("<h1>Consultation</h1>", url, "participatory_budget") if r.startswith("components:")] == []


@pytest.mark.parametrize("url", [
    # a call for projects is no budget; a process on one project of the city's, nor one on names
    "https://villedex.cap-collectif.com/project/appel-a-projets-associatifs-2025/collect/depot",
    "https://jeparticipe.villedex.fr/processes/appel-a-projets-jeunesse/f/12/proposals",
    "https://jeparticipe.villedex.fr/processes/projet-urbain-de-la-gare/f/12/proposals",
    "https://jeparticipe.villedex.fr/processes/les-projets-de-noms/f/12/proposals",
    "https://jeparticipe.villedex.fr/processes/appel-a-projets-jeunesse",
    "https://jeparticipe.villedex.fr/processes/appels-a-projets-associatifs",
    "https://jeparticipe.villedex.fr/processes/aap-projets-jeunesse-2025",
    "https://jeparticipe.villedex.fr/processes/grands-projets-urbains",
    "https://jeparticipe.villedex.fr/processes/projets-de-renouvellement-urbain",
    # the city's own budget, which residents neither propose nor vote
    "https://jeparticipe.villedex.fr/processes/budget-primitif-2026",
    "https://jeparticipe.villedex.fr/processes/debat-orientations-budgetaires-2026",
    "https://villedex.cap-collectif.com/project/concertation-projets-urbains/presentation/presentation-1",
    "https://villedex.cap-collectif.com/project/appels-a-projets-2025/collect/deposez-votre-dossier",
])
def test_a_call_for_projects_or_one_project_is_no_budget(url):
    html = DECIDIM_HEAD + "<h1>Propositions</h1>" if "/processes/" in url else "<h1>Déposez</h1>"
    assert found(html, url, "participatory_budget") == []


@pytest.mark.parametrize("url, platform", [
    ("https://villedex.flui.city/ideas/new", "fluicity"),
    ("https://villedex.flui.city/idees/nouvelle", "fluicity"),
    ("https://villedex.jenparle.net/propositions", "jenparle"),
    ("https://jeparticipe.villedex.fr/fr-FR/projets/parc/idees/deposer", "custom"),
])
def test_the_list_of_ideas_and_the_page_to_add_one_are_a_call_on_any_platform(url, platform):
    assert [p for p, _ in found("<h1>Vos idées</h1>", url, "suggestion_call")] == [platform]


@pytest.mark.parametrize("url", [
    "https://jeparticipe.villedex.fr/interpellations", "https://jeparticipe.villedex.fr/interpellations/nouvelle",
    "https://villedex.jenparle.net/petitions/8-rouvrir-la-poste",
])
def test_petitions_and_interpellations_are_petitions_on_any_platform(url):
    assert found("<h1>Interpellations</h1>", url, "petition")
    assert found("<h1>Interpellations</h1>", url.replace("jeparticipe.", "www.").replace(".jenparle.net", ".fr"),
                 "petition") == []  # the same address on a city's site, with no way to sign, is none


@pytest.mark.parametrize("url", [
    "https://villedex.flui.city/idees/213",  # one resident's idea
    "https://www.villedex.fr/idees",  # a city site's page of outing ideas: no platform
    "https://villedex.jenparle.net/propositions/14/archives",
])
def test_one_idea_or_an_ideas_page_off_a_platform_is_no_call(url):
    assert found("<h1>Idées</h1>", url, "suggestion_call") == []


@pytest.mark.parametrize("html, url", [
    # the route alone, on a site that is no platform: a city page about its debates or proposals
    ("<h1>Les débats du conseil</h1>", "https://www.villedex.fr/debates"),
    # (a whole Decidim component address, /processes/<slug>/f/<id>/, is Decidim's wherever it is served)
    ("<h1>Propositions</h1>", "https://www.villedex.fr/vie-locale/f/7/proposals"),
    # a platform's results page of a closed poll
    (CONSUL_FOOTER + "<h1>Résultats</h1>", "https://decide.villedex.fr/polls/3/results"),
    # a finished poll's own page, which says so (CONSUL's callout) and answers nothing
    (CONSUL_FOOTER + "<h2>Stationnement</h2><div class='callout alert'>Ce vote est terminé.</div>",
     "https://decide.villedex.fr/polls/3-stationnement"),
    # the list of polls with none open, and the list of expired ones (PollsController's filters)
    (CONSUL_FOOTER + "<h1>Votes</h1><div class='callout primary'>Il n’y a aucun vote ouvert.</div>",
     "https://decide.villedex.fr/polls"),
    (CONSUL_FOOTER + "<h1>Votes</h1><a href='/polls/3'>Vote terminé</a>", "https://decide.villedex.fr/polls?filter=expired"),
    # a finished vote or questionnaire as cities word it on any platform: its votes renamed, or the survey closed
    # (Decidim's "Le formulaire est fermé"), even where the page keeps its questions
    (CONSUL_FOOTER + "<h1>Nom du parc</h1><p>La votation est terminée. Merci aux 812 participants.</p>",
     "https://decide.villedex.fr/polls/4-nom-du-parc"),
    (CONSUL_FOOTER + "<h1>Horaires de la piscine</h1><div class='callout'>Ce sondage est clos.</div>",
     "https://decide.villedex.fr/polls/5"),
    (DECIDIM_HEAD + "<h1>Mobilités</h1><div class='callout warning'><p>Le formulaire est fermé et il n'est plus possible "
     "d'y répondre.</p></div><form class='form answer-questionnaire'><input type='radio' name='q1' value='1'>"
     "<input type='radio' name='q1' value='2'><button disabled>Envoyer</button></form>",
     "https://jeparticipe.villedex.fr/processes/x/f/4/surveys/2"),
    ("<h1>Questionnaire</h1><p>Le questionnaire est terminé : les résultats seront publiés en juin.</p>",
     "https://villedex.cap-collectif.com/project/mobilites/questionnaire/enquete"),
    # a vote on ideas, no budget named: a selection step is a budget's only when named for one
    ("<h1>Votez</h1>", "https://villedex.cap-collectif.com/project/nom-de-la-place/vote/votez"),
    ("<h1>Votez</h1>", "https://villedex.cap-collectif.com/project/projection-cinema/vote/votez"),  # not "projets"
    # a consultation named for one project of the city's
    ("<h1>Vos priorités</h1>", "https://villedex.cap-collectif.com/project/projet-de-territoire-2030/vote/vos-priorites"),
    ("<h1>Scénarios</h1>", "https://villedex.cap-collectif.com/project/projet-urbain-de-la-gare/selection/scenarios"),
    ("<h1>Noms</h1>", "https://villedex.cap-collectif.com/project/nom-de-la-place/vote/les-projets-de-noms"),
    # one resident's proposal on OpenPB, and its routes on a Lutece portal that does not run it
    (OPENPB_HEAD + "<h1>Un verger</h1>", "https://budget.villedex.fr/jsp/site/Portal.jsp?page=proposal&id=12"),
    (OPENPB_HEAD + "<h1>Étape</h1>", "https://budget.villedex.fr/jsp/site/Portal.jsp?page=ideation-aide"),
    ("<h1>Projets</h1>", "https://www.villedex.fr/jsp/site/Portal.jsp?page=solrProjectSearch"),
    # an article naming the platform and linking to a component
    ("<p>Déposez vos idées sur <a href='https://jeparticipe.villedex.fr/processes/x/f/7/proposals'>Decidim</a>.</p>",
     "https://www.villedex.fr/actualites/decidim"),
])
def test_a_route_off_the_platform_or_a_link_gives_nothing(html, url):
    assert [f for f in findings(html, url) if f.rule.startswith("components:")] == []


def test_a_finished_vote_badge_in_a_list_leaves_the_open_votes_of_the_list():
    # CONSUL's list marks a finished vote's button "Vote terminé"; the list still holds the open ones
    html = (CONSUL_FOOTER + "<h1>Votations</h1><div class='poll'><h4><a href='/polls/6'>Nom de la passerelle</a></h4>"
            "<a class='button' href='/polls/6'>Participer à ce vote</a></div><div class='poll'><h4><a href='/polls/5'>"
            "Horaires de la piscine</a></h4><a class='button' href='/polls/5'>Votation terminée</a></div>")
    assert found(html, "https://decide.villedex.fr/polls", "poll") == [("consul", "components:consul-polls")]


SURVEY_FORM = ("<form class='form answer-questionnaire'><input type='radio' name='q1' value='1'>"
               "<input type='radio' name='q1' value='2'><button>Envoyer</button></form>")


@pytest.mark.parametrize("html, url, platform", [
    # an open poll or survey whose words tell of a phase before it, of when it will close, or ask a question
    (CONSUL_FOOTER + "<h1>Nom de la passerelle</h1><p>La consultation est terminée : 212 noms ont été proposés. Votez "
     "maintenant pour l'un des deux noms retenus.</p>", "https://decide.villedex.fr/polls/7-nom-de-la-passerelle", "consul"),
    (CONSUL_FOOTER + "<h1>Nom de la passerelle</h1><p>Lorsque le vote est terminé, les résultats sont publiés ici.</p>",
     "https://decide.villedex.fr/polls/7", "consul"),
    (CONSUL_FOOTER + "<h1>Nom de la passerelle</h1><p>Le vote est clos le 30 juin à minuit.</p>",
     "https://decide.villedex.fr/polls/7", "consul"),
    (CONSUL_FOOTER + "<h1>Nom de la passerelle</h1><div class='comment'>Le sondage est clos ? Je ne vois pas le bouton.</div>",
     "https://decide.villedex.fr/polls/7", "consul"),
    (CONSUL_FOOTER + "<h1>Votations</h1><div class='poll'><h4>Nom de la passerelle</h4><p>La consultation est close : "
     "votez pour l'un des deux noms.</p><a href='/polls/7'>Participer à ce vote</a></div>", "https://decide.villedex.fr/polls",
     "consul"),
    (DECIDIM_HEAD + "<h1>Bilan</h1><p>Le vote est terminé ! Merci aux 3 400 participants. Aidez-nous à améliorer le "
     "dispositif.</p>" + SURVEY_FORM, "https://jeparticipe.villedex.fr/processes/bilan-2024/f/12/surveys/3", "decidim"),
    (DECIDIM_HEAD + "<h1>Bilan</h1><p>Dès que le questionnaire est clos, une synthèse sera publiée.</p>" + SURVEY_FORM,
     "https://jeparticipe.villedex.fr/processes/bilan-2024/f/12/surveys/3", "decidim"),
    ("<h1>Bilan</h1><p>Le vote est terminé depuis le 2 mai. Dites-nous ce que vous en avez pensé.</p>",
     "https://villedex.cap-collectif.com/project/budget-participatif-2024/questionnaire/bilan", "cap_collectif"),
])
def test_an_open_poll_telling_of_another_phase_or_of_its_end_to_come_counts(html, url, platform):
    assert [p for p, r in found(html, url, "poll") if r.startswith("components:")][:1] == [platform]


def test_a_poll_widget_in_a_sidebar_counts():
    html = fixture_html("yop_poll_sidebar.html")
    assert found(html, "https://www.villedex.fr/actualites/marche", "poll") == [("yop_poll", "components:yop-poll")]


def test_an_ended_poll_and_a_results_only_poll_do_not_count():
    ended = ('<div class="basic-yop-poll-container" data-is-ended="1"><form class="basic-form"><p>Ce sondage est terminé.</p>'
             '<ul><li>7 h - 12 h : 64 %</li><li>8 h - 13 h : 36 %</li></ul></form></div>')
    voted = ('<div class="basic-yop-poll-container" data-is-ended="0"><div class="basic-message">'
             '<p class="basic-message-text">Vous avez déjà voté.</p></div></div>')
    results = ('<div id="polls-4" class="wp-polls"><div id="polls-4-ans" class="wp-polls-ans">'
               '<ul class="wp-polls-ul"><li>Oui <small>(58%, 120 votes)</small></li></ul></div></div>')
    for html in (ended, voted, results):  # (the words of a form are the vocabulary family's, not read here)
        assert [r for _, r in found(html, "https://www.villedex.fr/", "poll") if r.startswith("components:")] == []


DRUPAL8_POLL = '<form id="poll-view-form-1" class="poll-view-form-1" action="/poll/1" method="post"><div class="poll">{body}</div></form>'
DEMOCRACY = '<div id="democracy-2" class="democracy"><div class="dem-screen {screen}">{body}</div></div>'
TOTALPOLL = ('<div id="totalpoll" class="totalpoll-wrapper is-screen-{screen}" totalpoll="3"><div class="totalpoll-container">'
             '<form class="totalpoll-form" method="POST">{body}</form></div></div>')
FORMINATOR = ('<form id="forminator-module-6" class="forminator-ui forminator-poll forminator-poll-6" method="post">'
              '<div class="forminator-poll-header">{message}</div><div class="forminator-poll-body"><input type="radio" '
              'name="6" value="answer-1"> Oui</div><div class="forminator-poll-footer forminator-poll--actions">'
              '<button class="forminator-button forminator-button-submit" {state}>Voter</button></div></form>')


@pytest.mark.parametrize("html", [
    # closed or results only, as each plugin renders them: no choice to make, or the vote button disabled
    DRUPAL8_POLL.format(body='<h3 class="poll-question">Faut-il un marché le soir ?</h3><dl><dt>Oui</dt><dd>58 %</dd></dl>'
                             '<div class="total">Total des votes : 120</div>'),
    '<div class="poll"><div class="poll-closed">Le sondage est terminé.</div></div>',
    DEMOCRACY.format(screen='voted', body='<ul class="dem-answers"><li>Oui <span class="dem-fill"></span></li></ul>'),
    '<div class="ays-poll-main" id="ays-poll-container-5"><form><div class="box-apm choosing-poll">'
    '<div class="apm_expired_poll">Le sondage a expiré.</div></div></form></div>',
    TOTALPOLL.format(screen='results', body='<div class="totalpoll-message totalpoll-message-error">Ce sondage est terminé.</div>'
                                            '<div class="totalpoll-question-choices-item-results">Oui 58 %</div>'),
    FORMINATOR.format(state='disabled="disabled"',
                      message='<div role="alert" class="forminator-response-message forminator-error forminator-show">'
                              'Le vote est clos</div>'),
    # Gravity Forms Polls' results bars; SPIP's Sondage once closed or voted (its results, no form); Community Polls'
    # results, with no voting block
    '<div class="gpoll_container"><div class="gpoll_field"><div class="gpoll_bar"><span class="gpoll_bar_juice"></span>'
    '</div></div></div>',
    '<div class="formulaire_spip formulaire_sondage"><dl class="sondage"><dt>Oui</dt><dd>60 %</dd></dl></div>',
    '<div id="cj-wrapper"><div class="poll-results"><div class="poll-status-closed">Sondage clos</div></div></div>',
    # the module's answers block of a closed poll, printed without its vote button
    '<div class="rp-poll-wrapper rp-1"><div class="rp-poll-form"><div class="rp-answer"><label><input type="radio" '
    'name="poll-answer" value="2"> Oui</label></div></div></div>',
])
def test_a_closed_plugin_poll_does_not_count(html):
    assert [r for _, r in found(html, "https://www.villedex.fr/", "poll") if r.startswith("components:")] == []


@pytest.mark.parametrize("html, platform", [
    ('<div id="polls-2" class="wp-polls"><form id="polls_form_2" class="wp-polls-form" action="/index.php" method="post">'
     '<input type="hidden" name="wp-polls-nonce" value="1"><input type="radio" name="poll_2" value="5"> Oui'
     '<input type="button" name="vote" value="Voter"></form></div>', "wp_polls"),
    ('<div class="yop-poll" data-template="classic" data-poll-id="4"><label class="yop-poll-answer">'
     '<input type="radio" name="yop-poll-answer-9" value="1"> Oui</label>'
     '<div class="yop-poll-footer"><button type="button" class="yop-poll-vote-button">Voter</button></div></div>', "yop_poll"),
    ('<script src="https://secure.polldaddy.com/p/11223344.js"></script>', "crowdsignal"),
    ('<form action="/node/12" id="poll-view-voting" method="post"><input type="radio" name="choice" value="1"></form>', "drupal_poll"),
    ('<iframe src="https://framaforms.org/enquete-mobilites-villedex-1712345678" width="100%"></iframe>', "framaforms"),
    ('<iframe src="https://docs.google.com/forms/d/e/1FAIpQLSe/viewform?embedded=true"></iframe>', "google_forms"),
    ('<iframe src="https://forms.office.com/Pages/ResponsePage.aspx?id=abc&embed=true"></iframe>', "microsoft_forms"),
    ('<div data-tf-widget="Ab12Cd"></div><script src="//embed.typeform.com/next/embed.js"></script>', "typeform"),
    ('<iframe data-tally-src="https://tally.so/embed/wMxYz1" title="Enquête"></iframe>', "tally"),
    ('<iframe src="https://www.surveymonkey.com/r/VILLEDEX24" width="100%"></iframe>', "surveymonkey"),
    ('<script src="https://form.jotform.com/jsform/241234567890"></script>', "jotform"),
    ('<iframe src="https://www.sphinxonline.net/villedex/mobilite/questionnaire.htm"></iframe>', "survey_service"),
    ('<iframe src="https://survey.zohopublic.eu/zs/AbCdEf" width="100%"></iframe>', "survey_service"),
    ('<iframe src="https://ee.kobotoolbox.org/x/aBcD1234"></iframe>', "survey_service"),
    ('<script src="https://www.opinionstage.com/assets/loader.js" async></script>', "poll_widget"),
    ('<iframe src="https://enquetes.villedex.fr/index.php/284915?lang=fr"></iframe>', "limesurvey"),
    (DRUPAL8_POLL.format(body='<div class="vote-form"><div id="edit-choice" class="form-radios"><input type="radio" '
                              'id="edit-choice-3" name="choice" value="3" class="form-radio"> Oui</div>'
                              '<input type="submit" id="edit-vote" name="op" value="Voter"></div>'), "drupal_poll"),
    ('<form action="/node/8" method="post" id="advpoll-form-8"><input type="radio" name="choice_1" value="1"> Oui</form>',
     "drupal_poll"),
    ('<div class="mod-sppoll"><form class="form-sppoll" data-id="2"><div class="radio"><label><input type="radio" '
     'name="question" value="1"> Oui</label></div><input type="submit" class="btn btn-default" value="Voter"></form></div>',
     "joomla_poll"),
    ('<div class="poll"><div id="polldiv_3"><form action="/index.php" method="post" name="poll_vote_3" id="poll_vote_3">'
     '<input type="radio" name="voteid" value="7"> Oui<input type="hidden" name="option" value="com_acepolls"></form></div></div>',
     "joomla_poll"),
    (DEMOCRACY.format(screen='vote', body='<ul class="dem-vote"><li class="dem-answer-item" data-aid="4"><label>'
                                          '<input class="dem__radio" type="radio" name="dem_group_p2"> Oui</label></li></ul>'
                                          '<input type="button" class="dem-button" data-dem-act="vote" value="Voter">'),
     "democracy_poll"),
    ('<div class="ays-poll-main" id="ays-poll-container-5"><form><div class="box-apm choosing-poll"><div class="apm-answers">'
     '<div class="apm-choosing"><input type="radio" name="answer" value="9"> Oui</div></div>'
     '<input type="button" name="ays_finish_poll" class="ays-poll-btn ays_finish_poll" value="Voter"></div></form></div>',
     "poll_maker"),
    (TOTALPOLL.format(screen='vote', body='<label class="totalpoll-question-choices-item"><input type="radio" '
                                          'name="totalpoll[choices][q1][]" value="c1"> Oui</label>'
                                          '<button name="totalpoll[action]" value="vote" class="totalpoll-buttons-vote">Voter</button>'),
     "totalpoll"),
    (FORMINATOR.format(state='', message=''), "forminator"),
    ('<div class="gform_wrapper gpoll_enabled_wrapper"><form id="gform_3" class="gpoll_enabled gpoll" method="post">'
     '<div class="gfield gpoll_field"><input type="radio" name="input_1" value="a"> Oui</div>'
     '<input type="submit" value="Voter"></form></div>', "gravity_forms_polls"),
    ('<div class="formulaire_spip formulaire_sondage"><form method="post" action="/spip.php?article12"><div class="choix">'
     '<label><input type="radio" class="radio" name="id_option_sondage" value="1"> Oui</label></div>'
     '<p class="boutons"><input type="submit" class="submit valider" value="Voter"></p></form></div>', "spip_sondage"),
    # (Community Polls' vote button stands beside the answers' block, as its component and module templates print it)
    ('<div id="cj-wrapper" class="item-page"><div class="voting-form"><ul class="list-group"><li class="list-group-item">'
     '<label class="radio"><input type="radio" name="answer" value="1"> Oui</label></li></ul></div>'
     '<div class="well well-small"><button class="btn btn-primary btn-vote">Voter</button></div></div>', "community_polls"),
    ('<div class="rp-poll-wrapper rp-1"><div class="rp-poll-form"><div class="rp-answer"><label><input type="radio" '
     'name="poll-answer" value="2"> Oui</label></div></div><div class="rp-buttons-wrapper">'
     '<button type="button" class="btn rp-btn-vote">Voter</button></div></div>', "community_polls"),
    ('<form id="simple-poll-4" class="simple-poll" method="post"><input type="radio" name="answer" id="option-1" value="1"> Oui'
     '<input type="hidden" name="poll" value="4"><input type="submit" value="Voter"></form>', "poll_widget"),
    ('<div class="wpdevartpoll poll_main_div_1"><div class="poll_question">Un marché le soir ?</div>'
     '<input type="button" class="poll_inputs" value="Oui"></div>', "poll_widget"),
    ('<div class="polis" data-conversation_id="7abcdefgh"></div><script async src="https://pol.is/embed.js"></script>',
     "poll_widget"),
])
def test_poll_plugins_and_embedded_surveys(html, platform):
    assert [p for p, _ in found(html, "https://www.villedex.fr/participer", "poll")] == [platform]


@pytest.mark.parametrize("html", [
    '<nav><a href="https://framaforms.org/enquete-mobilites-villedex-1712345678">Enquête mobilités</a></nav>',
    '<ul class="menu"><li><a href="https://forms.gle/AbCdEf">Questionnaire</a></li></ul>',
    '<p>Le sondage Google Forms est clos : merci à tous.</p>',
])
def test_a_link_to_a_survey_is_not_a_survey(html):
    assert found(html, "https://www.villedex.fr/", "poll") == []


@pytest.mark.parametrize("title, poll", [
    ("Questionnaire : vos idées pour le parc", True), ("Enquête sur les mobilités", True),
    # a general form service serving something else than a survey, as the page's title says
    ("Inscription au repas des aînés", False), ("Boîte à idées", False), ("Boîte à suggestions", False),
    ("Contactez-nous", False),
    ("Concertation sur le parc : vos idées", True), ("Appel à idées pour le parc", False),
])
def test_a_form_service_is_a_poll_unless_the_page_says_it_serves_something_else(title, poll):
    for embed in ('<iframe src="https://docs.google.com/forms/d/e/1FAIpQLSe/viewform?embedded=true"></iframe>',
                  '<iframe data-tally-src="https://tally.so/embed/wMxYz1"></iframe>'):
        html = f"<title>{title}</title><h1>{title}</h1>{embed}"
        assert bool(found(html, "https://www.villedex.fr/page", "poll")) is poll


def test_a_petition_plugin_and_a_city_petition_list():
    speakout = ('<div class="dk-speakout-petition-wrap" id="dk-speakout-petition-1"><h3>Sauvons le kiosque</h3>'
                '<form class="dk-speakout-petition"><input name="dk-speakout-email" type="text">'
                '<a class="dk-speakout-submit"><span>Signer</span></a></form></div>')
    assert found(speakout, "https://www.villedex.fr/kiosque", "petition") == [("speakout", "components:speakout")]
    html = fixture_html("petitions_city.html")
    assert (None, "components:petition-list") in found(html, "https://www.villedex.fr/interpellations", "petition")


def test_petitions_named_without_a_way_to_sign_or_on_national_sites_do_not_count():
    news = "<h1>Pétition</h1><p>La pétition nationale a recueilli 20 000 signatures, rapporte la presse.</p>"
    assert found(news, "https://www.villedex.fr/actualites/petition", "petition") == []
    sign = "<p>1 204 signatures</p><a href='/sign'>Signer la pétition</a>"
    assert found(sign, "https://www.change.org/p/villedex-kiosque", "petition") == []


def test_one_residents_proposal_is_not_a_call_for_proposals():
    """The proposals list and its form call for ideas; one resident's proposal page shows an idea."""
    assert found(DECIDIM_HEAD + "<h1>Un composteur</h1>",
                 "https://jeparticipe.villedex.fr/processes/plan-velo/f/7/proposals/112", "suggestion_call") == []
    assert found(DECIDIM_HEAD + "<h1>Nouvelle proposition</h1>",
                 "https://jeparticipe.villedex.fr/processes/plan-velo/f/7/proposals/new", "suggestion_call") \
        == [("decidim", "components:decidim-proposals")]
    # Cap Collectif (ProposalController) and Go Vocal (ideas/:slug): the same
    site = "https://villedex.cap-collectif.com/project/centre-ville/collect/depot"
    assert found("<h1>Un composteur</h1>", site + "/proposals/un-composteur", "suggestion_call") == []
    assert found("<h1>Vos idées</h1>", site, "suggestion_call") == [("cap_collectif", "components:cap-collectif-collect")]
    assert found("<div id='app'></div>", "https://villedex.govocal.com/fr-FR/ideas/un-composteur", "suggestion_call") == []
    assert found("<div id='app'></div>", "https://villedex.govocal.com/fr-FR/ideas", "suggestion_call") \
        == [("go_vocal", "components:go-vocal-ideas")]


def test_a_white_label_proposal_list_is_a_call_for_suggestions():
    html = ("<title>Villedex participe</title><h1>Les propositions</h1>"
            "<ul><li><h3>Un composteur rue Haute</h3><span>42 soutiens</span></li>"
            "<li><h3>Une piste cyclable quai Est</h3><span>17 soutiens</span></li></ul>"
            "<a class='btn' href='/propositions/nouvelle'>Déposer une proposition</a>")
    assert found(html, "https://agora.villedex.fr/propositions", "suggestion_call") == [(None, "components:proposal-list")]
    # residents' proposals that others support: the site is a participation platform of its own
    assert ("custom", "components:proposal-list") in found(html, "https://agora.villedex.fr/propositions",
                                                           "participatory_platform")
    # the same words without a list of supported proposals: a news item
    news = "<h1>Budget</h1><p>Le conseil a adopté le budget par 30 votes.</p><a href='/x'>Déposer une proposition</a>"
    assert found(news, "https://www.villedex.fr/actualites/budget", "suggestion_call") == []


def test_a_questionnaire_is_a_poll_not_a_comment_section():
    html = ("<h1>Enquête : vos déplacements</h1><form action='/enquete' method='post' id='enquete'>"
            "<fieldset><legend>Comment venez-vous au centre-ville ?</legend>"
            "<label><input type='radio' name='mode' value='1'> À pied</label><label><input type='radio' name='mode' value='2'> En bus</label></fieldset>"
            "<fieldset><legend>Combien de fois par semaine ?</legend>"
            "<label><input type='radio' name='freq' value='1'> Une</label><label><input type='radio' name='freq' value='2'> Plus</label></fieldset>"
            "<label for='commentaire'>Vos commentaires</label><textarea id='commentaire' name='commentaire'></textarea>"
            "<button>Envoyer mes réponses</button></form>")
    got = findings(html, "https://www.villedex.fr/enquete-deplacements")
    assert "comments" not in {f.feature for f in got}
    assert [f.rule for f in got if f.feature == "poll" and f.rule.startswith("components:")] == ["components:questionnaire"]


def test_a_comment_form_stays_a_comment_form():
    html = ("<article><h1>Nouveau parc</h1></article><form id='commentform' action='/wp-comments-post.php' method='post'>"
            "<label for='comment'>Commentaire</label><textarea id='comment' name='comment'></textarea>"
            "<input name='author'><input type='email' name='email'><input type='submit' value='Laisser un commentaire'></form>")
    got = findings(html, "https://www.villedex.fr/2025/nouveau-parc/")
    assert "comments" in {f.feature for f in got} and "poll" not in {f.feature for f in got}


def test_a_filter_form_under_a_public_inquiry_heading_is_not_a_poll():
    html = ("<h2>Enquêtes publiques en cours</h2><form action='/enquetes-publiques' method='get'>"
            "<label><input type='checkbox' name='commune[]' value='1'> Centre</label>"
            "<label><input type='checkbox' name='commune[]' value='2'> Nord</label>"
            "<button>Filtrer</button></form>")
    assert found(html, "https://www.villedex.fr/enquetes-publiques", "poll") == []


def test_another_platform_s_route_on_a_participation_site_of_its_own_is_the_site_s():
    # a CONSUL route on a site whose software its markup does not tell: the component, under the name custom
    assert found("<h1>Débats</h1>", "https://jeparticipe.villedex.fr/debates", "forum") == [
        ("custom", "components:consul-debates")]


def test_every_component_names_a_platform_of_platforms_yaml_or_any():
    from citycrawl.detect import rules
    names = {entry["platform"] for entry in rules.load("platforms")["platforms"]} | {"any"}
    assert {entry["platform"] for entry in rules.load("components")["components"]} <= names


def test_a_component_route_names_its_platform_on_a_participation_site_of_its_own():
    html = "<h1>Propositions</h1><p>Les propositions des habitants.</p>"
    got = found(html, "https://jeparticipe.villedex.fr/processes/plan-velo/f/7/proposals", "suggestion_call")
    assert got == [("decidim", "components:decidim-proposals")]


def test_a_cap_collectif_project_named_for_a_competition_is_no_petition():
    url = "https://villedex.cap-collectif.com/project/competition-des-idees/collect/depot"
    assert found("<h1>Vos idées</h1>", url, "petition") == []
    assert [p for p, _ in found("<h1>Vos idées</h1>", url, "suggestion_call")] == ["cap_collectif"]


def test_one_idea_addressed_by_its_number_is_one_resident_s_contribution():
    html = "<title>Une fontaine</title><h1>Une fontaine</h1><p>Proposez vos idées pour la place du marché !</p>"
    for url in ("https://villedex.consultvox.co/dialog/place-du-marche/idee/87-une-fontaine",
                "https://villedex.jenparle.net/boite-a-idees/idee/312"):
        assert [f for f in findings(html, url) if f.feature == "suggestion_call"] == []
    # a year or a page number is no idea's
    for url in ("https://www.villedex.fr/budget-participatif/propositions/2025", "https://www.villedex.fr/idees/2",
                "https://www.villedex.fr/idees/2025-appel-a-idees"):
        assert "suggestion_call" in {f.feature for f in findings(html, url)}
    box = "<title>Boîte à idées</title><h1>Boîte à idées</h1><p>Proposez vos idées pour la place du marché !</p>"
    assert "suggestion_call" in {f.feature for f in findings(box, "https://villedex.jenparle.net/boite-a-idees")}


def test_a_basket_of_projects_within_a_budget_is_a_participatory_budget_under_any_name():
    """Go Vocal's voting phase in budgeting mode: a resident fills a basket of projects within a total budget and
    submits it, whatever the project's brand; a shop's basket is no budget."""
    vote = ("<h1>Mon quartier, mes envies</h1><div class='basket'><span>Budget total</span><span>50 000 €</span>"
            "<button>Gérer le panier</button></div><article><h3>Un jardin partagé</h3><span>Prix : 12 000 €</span>"
            "<button>Ajouter</button></article>")
    assert ("go_vocal", "components:budget-basket") in found(
        vote, "https://villedex.govocal.com/fr-FR/projects/mes-envies", "participatory_budget")
    # a shop's basket, even beside a news teaser on the city's total budget
    shop = ("<h1>Boutique de l'office de tourisme</h1><article><h3>Carte postale</h3><span>2,00 €</span>"
            "<button>Ajouter au panier</button><button>Valider mon panier</button></article>"
            "<aside><a href='/budget-2026'>Budget 2026 : un budget total de 98 M€</a></aside>")
    assert found(shop, "https://www.villedex.fr/boutique", "participatory_budget") == []
