import pytest

from citycrawl.detect import Page
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
    # a suggestion box, as small towns also name their idea box
    ("<h1>Mairie</h1><h2>Boîte à suggestions</h2><p>Une remarque sur la vie du bourg ? Notre boîte à suggestions est "
     "à l'accueil de la mairie et en ligne.</p>", "https://www.villedex.fr/mairie/accueil", "suggestion_call"),
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
    # a survey server's home page lists its surveys; each is answered on its own page
    ("<title>Enquêtes en ligne de Villedex</title><h1>Enquêtes en ligne</h1><ul><li><a href='/index.php/583120'>"
     "Rythmes scolaires</a> <a href='/index.php/583120'>Participer</a></li></ul><p>Répondez aux questionnaires de la "
     "ville.</p>", "https://enquetes.villedex.fr/"),
    # a survey engine's page for a survey that is over
    ("<title>Enquête sur les rythmes scolaires</title><h1>Enquête sur les rythmes scolaires</h1>"
     "<p>Ce questionnaire n'est plus disponible.</p><p><a href='/index.php/583120'>Répondre au questionnaire</a></p>",
     "https://enquetes.villedex.fr/index.php/583120?lang=fr"),
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
    # a city's news relaying a petition residents sign there: not a space of the city's, whatever its title says
    news = ("<title>Pétition pour la ligne TER</title><h1>Pétition pour la ligne TER</h1><p>Le conseil municipal soutient "
            "les usagers.</p><p><a href='https://www.change.org/p/sauvons-la-ligne-ter'>Signer la pétition</a></p>")
    assert "petition" not in words(news, "https://www.villedex.fr/actualites/petition-ligne-ter")
    assert "petition" in words(news.replace("https://www.change.org/p/", "/petitions/"),
                               "https://www.villedex.fr/actualites/petition-ligne-ter")
    # a link to a national site for reference beside the city's own way to act sends nobody there
    own = ("<title>Pétitions</title><h1>Pétitions</h1><p>Les habitants peuvent déposer une pétition.</p>"
           "<a href='/petitions/nouvelle'>Déposer une pétition</a><p>Pour une pétition nationale, voyez la "
           "<a href='https://petitions.assemblee-nationale.fr/'>plateforme de l'Assemblée</a>.</p>")
    assert "petition" in words(own, "https://www.villedex.fr/petitions")


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


NEWS = "<p>Le marché de Noël ouvre ses portes place de la mairie le 6 décembre.</p>" \
       "<p>Les chalets des artisans seront ouverts tous les jours de 10 h à 19 h.</p>" \
       "<p>La patinoire est installée sur le parvis jusqu'au 4 janvier.</p>" \
       "<p>Un spectacle de lumières clôturera les festivités.</p>"


@pytest.mark.parametrize("sentence, feature", [
    ("Vous avez jusqu'au 14 novembre pour déposer votre projet en ligne ou en mairie.", "suggestion_call"),
    ("Une idée pour animer le quartier ? Proposez-nous vos idées à l'accueil.", "suggestion_call"),
    ("N'hésitez pas à nous transmettre vos suggestions pour la prochaine édition.", "suggestion_call"),
    ("Prenez quelques minutes pour répondre au questionnaire sur les marchés.", "poll"),
    ("Participez nombreux à notre enquête sur les horaires des commerces.", "poll"),
    ("Signez la pétition pour une piste cyclable rue des Lilas.", "petition"),
    # addressed through a service, said in the passive voice, or as a submission window
    ("Envoyez au service communication vos propositions de nom avant le 15 février.", "suggestion_call"),
    ("Les propositions peuvent être déposées en ligne ou à l'accueil de la mairie.", "suggestion_call"),
    ("Le dépôt des projets est ouvert du 1er janvier au 1er mars.", "suggestion_call"),
])
def test_a_call_to_the_reader_counts_wherever_it_stands(sentence, feature):
    """One sentence asking residents to act, even at the end of a long news item, is the feature."""
    html = f"<title>Marché de Noël</title><h1>Marché de Noël</h1>{NEWS}<p>{sentence}</p>"
    assert feature in words(html, "https://www.villedex.fr/actualites/noel")
    assert findings(html, "https://www.villedex.fr/actualites/noel", feature=feature)[0].rule.endswith("-call")


@pytest.mark.parametrize("sentence", [
    # told, not asked: the residents' part is reported in the third person or in the past
    "Les habitants avaient proposé des idées lors du budget participatif de 2019.",
    # a call that is something else in its own sentence: a building permit, a grant, INSEE
    "Déposez votre projet de construction avec une demande de permis de construire en ligne.",
    "Les associations peuvent déposer leurs dossiers de demande de subvention jusqu'au 30 mars.",
    "Participez à l'enquête de l'INSEE si vous êtes tiré au sort.",
    "Vous pouvez participer au concours de la plus belle vitrine.",
    # a vote on projects already filed, and a survey told in the past
    "Les projets pourront être soumis au vote des habitants en octobre.",
    "Un questionnaire ouvert jusqu'au 25 mai a recueilli vos contributions : merci à tous.",
    # the question of a rules or help page says how to file, not that filing is open
    "Comment déposer son projet ? Le formulaire est décrit dans le règlement.",
    # the legal public inquiry's "observations et propositions", and a plan's consultation held in the town hall
    "Les observations et propositions peuvent être adressées au commissaire enquêteur de l'enquête publique.",
    "La consultation du public sur la révision du plan local d'urbanisme est organisée du 2 au 30 mai.",
])
def test_a_told_or_foreign_call_is_not_the_feature(sentence):
    html = f"<title>Marché de Noël</title><h1>Marché de Noël</h1>{NEWS}<p>{sentence}</p>"
    assert words(html, "https://www.villedex.fr/actualites/noel") == set()


def test_a_page_presenting_the_city_participation_site_is_a_platform():
    html = ("<title>Jeparticipe</title><h1>Un nouvel outil</h1><p>La ville ouvre sa plateforme de participation citoyenne."
            "</p><p>Sur la plateforme participative, chacun suit les concertations en cours.</p>")
    assert "participatory_platform" in features(html, "https://www.villedex.fr/actualites/outil")
    assert "participatory_platform" not in features(
        f"<title>Marché de Noël</title><h1>Marché de Noël</h1>{NEWS}<p>Le programme est aussi sur la plateforme "
        "participative.</p>", "https://www.villedex.fr/actualites/noel")


def test_a_page_whose_prose_speaks_of_participation_is_about_it_under_any_heading():
    html = ("<title>Ensemble pour Villedex</title><h1>Ensemble pour Villedex</h1>"
            "<p>La ville a créé six conseils de quartier.</p><p>Chaque habitant peut en devenir membre.</p>"
            "<p>Les membres se réunissent quatre fois par an avec les élus.</p>"
            "<p>Ils donnent leur avis sur les aménagements du quartier.</p><p>Les réunions sont ouvertes au public.</p>")
    assert "participation_displayed" in words(html, "https://www.villedex.fr/ensemble")
    assert findings(html, "https://www.villedex.fr/ensemble", feature="participation_displayed")[0].rule.endswith("-theme")
    # a home page speaks of all the site holds: its theme is not its subject
    assert not findings(html, "https://www.villedex.fr/", feature="participation_displayed")
    # the same term in a news item about something else is a passing mention
    assert "participation_displayed" not in words(
        f"<title>Marché de Noël</title><h1>Marché de Noël</h1>{NEWS}<p>Le conseil de quartier tiendra un stand.</p>",
        "https://www.villedex.fr/actualites/noel")


def test_the_theme_yields_to_a_feature_that_explains_the_page():
    html = ("<title>Budget participatif</title><h1>À vous de jouer</h1><p>Le budget participatif revient.</p>"
            "<p>Les habitants proposent des projets pour leur quartier.</p><p>Ils votent ensuite pour leurs préférés.</p>"
            "<p>Le service démocratie participative accompagne les porteurs.</p>")
    assert words(html, "https://www.villedex.fr/actu") == {"participatory_budget"}


def test_a_page_known_only_by_its_section_of_the_site_is_the_instrument_it_holds():
    """A site's participation section holds the budget's, the petitions' and the questionnaires' pages: the section's
    name in the address makes none of them a presentation of the approach; the page's own address does."""
    petition = ("<title>Droit de pétition</title><h1>Droit de pétition</h1><p>Toute pétition réunissant 300 signatures "
                "d'habitants est inscrite à l'ordre du jour du conseil municipal.</p>")
    assert words(petition, "https://www.villedex.fr/democratie-locale/droit-de-petition") == {"petition"}
    board = "<title>Nos quartiers</title><h1>Nos quartiers</h1><p>Six quartiers, six équipes d'habitants.</p>"
    assert words(board, "https://www.villedex.fr/vie-citoyenne/conseils-de-quartier") == {"participation_displayed"}
    assert words(board, "https://www.villedex.fr/democratie-locale/nos-quartiers") == {"participation_displayed"}
    # the section's name is the weakest evidence: a text about the approach stays its subject beside another feature
    council = ("<title>Quartier nord</title><h1>Quartier nord</h1><p>Le conseil de quartier réunit les habitants chaque "
               "mois.</p><p>Le conseil de quartier donne son avis sur les projets du quartier.</p><p>Le conseil de quartier "
               "est ouvert à tous.</p><h2>Budget participatif</h2><p>Le budget participatif finance les projets des "
               "habitants.</p>")
    assert words(council, "https://www.villedex.fr/democratie-participative/quartier-nord") >= {
        "participation_displayed", "participatory_budget"}
    # a section word in the section's address ("/participer/") with a term in the text likewise
    box = ("<title>Boîte à idées</title><h1>Boîte à idées</h1><p>Proposez vos idées pour la commune : la démocratie "
           "participative commence ici.</p>")
    assert words(box, "https://www.villedex.fr/participer/boite-a-idees") == {"suggestion_call"}


def test_a_page_of_the_city_s_social_media_accounts_is_no_network_of_neighbours():
    html = ("<title>Suivez-nous</title><h1>Suivez-nous</h1><p>Rejoignez les habitants du quartier sur Facebook et "
            "Instagram : un réseau d'entraide entre voisins pour échanger et prêter.</p><p>Inscrivez-vous gratuitement "
            "sur nos pages.</p><p>Les voisins solidaires s'entraident.</p>")
    assert "territorial_social_network" not in features(html, "https://www.villedex.fr/suivez-nous/")


def test_a_city_page_presenting_its_neighbours_app_is_a_territorial_network():
    html = ("<title>Nouveau</title><h1>Une appli pour les voisins</h1><p>La ville lance une application d'entraide entre "
            "voisins.</p><p>Prêter une perceuse, proposer un covoiturage : inscrivez-vous gratuitement et rejoignez "
            "les habitants de votre quartier.</p>")
    assert "territorial_social_network" in features(html, "https://www.villedex.fr/actualites/appli")


def test_a_budget_under_a_local_brand_is_known_by_its_cycle():
    """No "budget participatif" anywhere: projects filed by residents, checked, put to their vote."""
    html = ("<title>Mon quartier, mes projets</title><h1>Mon quartier, mes projets</h1>"
            "<p>Seul ou en collectif, proposez un projet pour votre quartier.</p>"
            "<p>Une enveloppe de 80 000 euros est réservée à la réalisation des projets retenus.</p>"
            "<p>Dépôt des dossiers avant le 31 mars.</p><p>Les projets éligibles seront soumis au vote des habitants "
            "en juin.</p><p>Les lauréats seront réalisés l'année suivante.</p>")
    assert "participatory_budget" in words(html, "https://www.villedex.fr/mon-quartier-mes-projets")
    # a subsidy call with an envelope, no residents' vote: no budget of residents
    grants = ("<title>Subventions</title><h1>Aide aux associations</h1><p>Une enveloppe de 80 000 euros est réservée "
              "aux projets associatifs.</p><p>Les dossiers sont instruits par les services.</p><p>La commission "
              "attribue les aides en juin.</p>")
    assert "participatory_budget" not in words(grants, "https://www.villedex.fr/associations/subventions")


@pytest.mark.parametrize("title, paragraphs, feature", [
    ("Avenue du lac", ["La ville repense l'avenue du lac.", "Vous pouvez dès à présent déposer ici vos idées."],
     "suggestion_call"),
    ("Le square", ["Bancs, arbres, jeux : toutes vos idées sont les bienvenues.", "Exposition des plans en mai."],
     "suggestion_call"),
    ("Consultation nationale", ["Un cahier de doléances est ouvert à l'accueil.", "Il sera transmis au préfet."],
     "suggestion_call"),
    ("Vos rythmes", ["La ville revoit les horaires des écoles.", "Les parents ont jusqu'au 3 mai.",
                     "Vous pouvez répondre aux 12 questions en ligne ou en mairie."], "poll"),
    ("Mobilités", ["Comment vous déplacez-vous ?", "Les services étudient les trajets.",
                   "Le questionnaire est ouvert du 2 au 30 mars."], "poll"),
    ("Questionnaire piscine", ["La ville prépare la rénovation de la piscine.", "Les élus souhaitent connaître vos habitudes.",
                               "Date limite des réponses : 15 avril."], "poll"),
    ("Le cinéma de demain", ["La communauté de communes mène une enquête sur l'offre de cinéma.",
                             "Merci pour les 5 minutes que vous consacrerez à cette enquête.", "Ce questionnaire est anonyme"],
     "poll"),
    ("Nommer les chemins", ["La commune donne un nom à ses chemins.", "Un plan est affiché en mairie",
                            "Faites parvenir vos propositions à l'accueil avant le 1er mars voici le mode d'emploi :",
                            "une proposition par chemin."], "suggestion_call"),
    ("Saisir le conseil", ["Une pétition pourra être déposée par 500 habitants.", "Le conseil en débattra.",
                           "La recevabilité de la pétition est vérifiée par la mairie."], "petition"),
    ("Nouveau", ["La ville rejoint Voisins Vigilants et Solidaires, un réseau social de voisinage.",
                 "Inscrivez-vous gratuitement pour rejoindre les voisins de votre rue."], "territorial_social_network"),
    ("Le règlement", ["Le budget participatif permet aux habitants de choisir des projets.", "Article 1 : objet.",
                      "Article 2 : qui peut participer.", "Article 3 : calendrier.", "Article 4 : montant.",
                      "Article 5 : critères.", "Article 6 : vote.", "Article 7 : suivi du budget participatif."],
     "participatory_budget"),
    ("Jeunesse", ["Le conseil communal des jeunes se réunit chaque mois.", "Il porte des projets pour la ville."],
     "participation_displayed"),
    ("Le conseil municipal enfants", ["Les élèves de CM1 et CM2 ont élu leurs représentants.", "Ils se réunissent en mairie."],
     "participation_displayed"),
    ("Neighborhood Councils", ["Each district elects a community advisory council.", "Residents may join its meetings."],
     "participation_displayed"),
])
def test_real_wordings_of_the_features(title, paragraphs, feature):
    html = f"<title>{title}</title><h1>{title}</h1>" + "".join(f"<p>{p}</p>" for p in paragraphs)
    assert feature in features(html, "https://www.villedex.fr/actualites/page")


@pytest.mark.parametrize("title, paragraphs", [
    # the elected groups' column in the city magazine
    ("Tribune de l'opposition", ["Nous demandons une vraie concertation.", "Les habitants doivent être associés.",
                                 "Une réunion d'information ne suffit pas."]),
    # the State's national debate relayed by the city
    ("Grand débat national", ["Le grand débat national est ouvert.", "Les contributions se font sur granddebat.fr."]),
])
def test_lookalikes_of_a_participation_page(title, paragraphs):
    html = f"<title>{title}</title><h1>{title}</h1>" + "".join(f"<p>{p}</p>" for p in paragraphs)
    assert "participation_displayed" not in features(html, "https://www.villedex.fr/actualites/page")


def test_supports_a_proposal_needs_and_a_national_petition_relayed_are_no_city_petition():
    proposal = ("<title>Un composteur rue Haute</title><h1>Un composteur rue Haute</h1><p>Installer un composteur "
                "collectif.</p><p>12 soutiens. 300 soutiens nécessaires.</p>")
    assert "petition" not in features(proposal, "https://decide.villedex.fr/proposals/42")
    relay = (f"<title>Desserte ferroviaire</title><h1>Desserte ferroviaire</h1>{NEWS}<p>Signez la pétition pour le "
             "maintien des trains : <a href='https://www.change.org/p/trains-villedex'>en ligne</a>.</p>")
    assert "petition" not in features(relay, "https://www.villedex.fr/actualites/trains")
    own = relay.replace("https://www.change.org/p/trains-villedex", "/petitions/trains")
    assert "petition" in features(own, "https://www.villedex.fr/actualites/trains")


def test_a_consultation_of_residents_with_a_form_to_return_is_a_poll():
    html = ("<title>Éclairage public</title><h1>Éclairage public</h1><p>Le conseil municipal souhaite consulter les "
            "habitants sur l'extinction de nuit.</p><p>Chaque foyer peut participer.</p><p>Vous pouvez nous "
            "adresser votre avis en remplissant le formulaire ci-dessous avant le 31 août.</p>")
    assert "poll" in features(html, "https://www.villedex.fr/eclairage")
    # elected officials answering residents' questions at a meeting is no survey
    meeting = ("<title>Réunions de quartier</title><h1>Réunions de quartier</h1><p>Les élus viendront répondre aux "
               "questions des habitants.</p><p>Rendez-vous le 3 juin à la salle des fêtes.</p>")
    assert "poll" not in features(meeting, "https://www.villedex.fr/reunions")


def test_the_site_s_name_in_every_title_is_not_the_page_s_subject():
    # every page of a platform named "La Fabrique citoyenne" repeats it in its title; og:site_name says so
    body = ("<title>Les horaires de la médiathèque | La Fabrique citoyenne</title>{meta}<h1>Les horaires de la "
            "médiathèque</h1><p>La médiathèque ouvre le mardi et le samedi.</p>")
    named = '<meta property="og:site_name" content="La Fabrique citoyenne">'
    assert "participation_displayed" not in words(body.format(meta=named))
    assert "participation_displayed" in words(body.format(meta=""))  # without it, the title is all there is
    # the name alone (a budget site's home page) is the page's title, and only a part cut off by a separator is it
    home = ('<title>Budget participatif de Villedex</title><meta property="og:site_name" content="Budget participatif '
            'de Villedex"><h1>Bienvenue</h1><p>Les projets des habitants.</p>')
    assert "participatory_budget" in words(home)
    short = ('<title>La participation citoyenne à Villedex | Participation</title><meta property="og:site_name" '
             'content="Participation"><p>Les conseils de quartier se réunissent chaque mois.</p>')
    assert "participation_displayed" in words(short)
    # undeclared, a last part made of the domain's name and the words sites name themselves with is the name;
    # a last part naming a subject is not ("Budget participatif de Villedex" on villedex.fr)
    platform = ("<title>Les horaires de la médiathèque | Participation Villedex</title><h1>Les horaires</h1>"
                "<p>La médiathèque ouvre le mardi.</p>")
    assert "participation_displayed" not in words(platform, "https://participation.villedex.fr/pages/horaires")
    news = "<title>Actualités | Budget participatif de Villedex</title><p>Les lauréats sont connus.</p>"
    assert "participatory_budget" in words(news, "https://www.villedex.fr/actualites")
    # a title may repeat a shorter form of the declared name
    shorter = ('<title>Connexion | Villedex, la concertation</title><meta property="og:site_name" '
               'content="Villedex, la concertation en ligne"><h1>Connexion</h1><p>Votre adresse et votre mot de passe.</p>')
    assert "participation_displayed" not in words(shorter, "https://villedex.jenparle.net/connexion")
    # not a part that holds a word the name has not
    subject = shorter.replace("Connexion |", "La concertation du parc |")
    assert "participation_displayed" in words(subject, "https://villedex.jenparle.net/parc")


def test_a_budget_under_the_name_of_participation_is_a_budget():
    # "Budget de participation citoyenne", a city's name for its participatory budget, and a budget described
    html = ("<title>Le budget de participation citoyenne</title><h1>Le budget de participation citoyenne</h1>"
            "<p>Les projets lauréats seront réalisés par la ville en 2026.</p>")
    assert words(html, "https://www.villedex.fr/budget-de-participation-citoyenne/laureats") == {"participatory_budget"}
    html = ("<title>Plus innovante ma ville</title><h1>Plus innovante ma ville</h1><p>Cinquième édition de notre budget "
            "participatif ! Le thème retenu est la ville innovante. Chaque année, la commune réserve 40 000 euros à "
            "des projets proposés puis soutenus par les habitants. Chaque projet doit être un investissement.</p>")
    assert "participatory_budget" in words(html, "https://www.villedex.fr/actualites/plus-innovante")


def test_every_page_of_a_site_named_for_the_budget_is_the_budget_s_but_its_service_pages():
    # a budget's own site (budgetparticipatif.paris.fr, budgetparticipatif.merignac.com): its mayor's word and a
    # project's page say "budget" nowhere in their title
    word = ("<title>Le mot du maire</title><h1>Le mot du maire</h1><p>Nous avons choisi de placer les habitants au "
            "coeur de notre action. Merci à toutes celles et ceux qui se sont mobilisés.</p>")
    project = ("<title>Des bancs au square Pasteur</title><h1>Des bancs au square Pasteur</h1><p>Installer six bancs "
               "et deux tables à l'ombre des tilleuls du square.</p>")
    for host in ("budgetparticipatif.villedex.fr", "budget-participatif.villedex.fr", "www.budgetparticipatif.villedex.fr"):
        assert words(word, f"https://{host}/le-mot-du-maire") == {"participatory_budget"}
        assert "participatory_budget" in words(project, f"https://{host}/project/bancs-square-pasteur")
    # projects whose title holds a service page's word further on
    for title in ("Améliorer les conditions de circulation", "Un point de contact pour les aînés"):
        page = f"<title>{title}</title><h1>{title}</h1><p>Un projet déposé par des habitants du quartier.</p>"
        assert "participatory_budget" in words(page, "https://budgetparticipatif.villedex.fr/project/12"), title
    # a page of the site listing its instruments is still the budget's (no hub there)
    hub = ("<title>Participer</title><h1>Participer</h1><h2>Le budget participatif 2025</h2><p>Votez jusqu'au 3 mai.</p>"
           "<h2>Les pétitions</h2><p>Signez celles qui vous tiennent à coeur.</p>")
    assert "participatory_budget" in words(hub, "https://budgetparticipatif.villedex.fr/participer")
    # its service pages: accounts, legal terms, privacy, contact
    for title, path in (("Connexion", "/users/sign_in"), ("Inscription", "/inscription"), ("Mon compte", "/account"),
                        ("Mentions légales", "/mentions-legales"), ("Conditions d'utilisation", "/conditions"),
                        ("Protection des données", "/rgpd"), ("Accessibilité", "/pages/accessibility"),
                        ("Nous contacter", "/contact")):
        page = f"<title>{title}</title><h1>{title}</h1><p>Ville de Villedex, service de la participation.</p>"
        assert words(page, f"https://budgetparticipatif.villedex.fr{path}") == set(), path
    # the city's ordinary budget told there, the city's site, other hosts, sites that name no place, the State's
    finances = ("<title>Les finances de la ville</title><h1>Les finances de la ville</h1><p>Le compte administratif "
                "2024 a été adopté en juin.</p>")
    assert words(finances, "https://budgetparticipatif.villedex.fr/finances") == set()
    for url in ("https://www.villedex.fr/le-mot-du-maire", "https://budget.villedex.fr/le-mot-du-maire",
                "https://www.budgetprimitif-villedex.fr/le-mot-du-maire", "https://budgetparticipatif.fr/le-mot-du-maire",
                "https://www.budgetparticipatif-solutions.com/le-mot-du-maire",
                "https://budgetcitoyen.villedex.fr/le-mot-du-maire",
                "https://budgetparticipatif.economie.gouv.fr/le-mot-du-maire"):
        assert words(word, url) == set(), url


def test_a_cafe_citoyen_and_residents_associated_with_the_thinking_are_a_participation_approach():
    html = ("<title>Café citoyen de mai</title><h1>Café citoyen de mai</h1><p>Le café citoyen réunit chaque mois "
            "habitants et élus.</p><p>Thème libre : adressage, entretien du village, covoiturage.</p>")
    assert "participation_displayed" in words(html, "https://www.villedex.fr/compte-rendu-cafe-citoyen-mai")
    html = ("<title>Un skate-park</title><h1>Un skate-park</h1><p>Les élus souhaitent associer les jeunes à la "
            "réflexion sur le futur skate-park.</p><p>Une rencontre aura lieu en mairie au printemps.</p>")
    assert "participation_displayed" in words(html, "https://www.villedex.fr/actualites/skate-park")


def test_a_budget_s_rules_page_is_no_call_for_suggestions():
    html = ("<title>Le règlement du budget participatif</title><h1>Le règlement du budget participatif</h1>"
            "<p>Article 2 : toute personne habitant la commune peut déposer un projet.</p>"
            "<p>Article 3 : les projets peuvent être déposés en ligne ou en mairie.</p>")
    found = words(html, "https://www.villedex.fr/budget-participatif/reglement")
    assert "suggestion_call" not in found and "participatory_budget" in found
    # and its guide to filing a project
    guide = ("<title>Comment déposer un projet ?</title><h1>Comment déposer un projet ?</h1><p>Vous pensez déposer un "
             "projet pour le budget participatif : lisez d'abord ces conseils.</p>")
    found = words(guide, "https://www.villedex.fr/budget-participatif/comment-deposer-un-projet")
    assert "suggestion_call" not in found and "participatory_budget" in found


def test_a_survey_said_under_way_with_a_way_to_give_one_s_opinion_is_a_poll():
    html = ("<title>Une enquête citoyenne et deux réunions publiques</title><h1>Une enquête citoyenne</h1>"
            "<p>Le projet du quartier de la gare entre dans sa deuxième phase.</p>"
            "<p>Une seconde phase d'enquête citoyenne est menée du 16 février au 8 mars.</p><p>Donnez votre avis :</p>")
    assert "poll" in words(html, "https://www.villedex.fr/actualites/enquete-citoyenne")
    # told in the past, the same survey is over
    over = html.replace("est menée du", "a été menée du").replace("<p>Donnez votre avis :</p>", "")
    assert "poll" not in words(over, "https://www.villedex.fr/actualites/enquete-citoyenne")


def test_a_past_opening_elsewhere_in_the_text_does_not_close_a_live_survey():
    html = ("<title>Actualités</title><h1>Actualités</h1><p>La piscine était ouverte jusqu'à 20 h cet été.</p>"
            "<p>Répondez au questionnaire sur ses horaires : <a href='https://framaforms.org/piscine-1'>je réponds</a>."
            "</p><p>Le questionnaire est ouvert jusqu'au 30 juin.</p>")
    assert "poll" in words(html, "https://www.villedex.fr/actualites/piscine")


def test_a_home_page_teaser_announces_the_feature_another_page_holds():
    teasers = ("<title>Villedex</title><h1>Bienvenue à Villedex</h1>"
               "<h2>Budget participatif : votez pour vos projets</h2><p>Le vote du budget participatif est ouvert.</p>"
               "<h2>Enquête mobilité</h2><p>Répondez au questionnaire sur vos déplacements avant le 30 juin.</p>"
               "<p>Proposez vos idées pour le parc !</p><a href='/budget-participatif'>En savoir plus</a>")
    for home in ("https://www.villedex.fr/", "https://www.villedex.fr/fr/"):
        assert not words(teasers, home) & {"participatory_budget", "poll", "suggestion_call"}
    # on an inner page, one instrument's own words are the feature (a budget's page and its call for projects);
    # an inner page announcing several instruments is a hub, whose blocks lead to their own pages
    budget = ("<title>Villedex</title><h1>Vie locale</h1><h2>Budget participatif : votez pour vos projets</h2>"
              "<p>Le vote du budget participatif est ouvert.</p><p>Proposez vos idées pour le parc !</p>")
    assert {"participatory_budget", "suggestion_call"} <= words(budget, "https://www.villedex.fr/vie-locale")
    assert not words(teasers, "https://www.villedex.fr/actualites") & {"participatory_budget", "poll", "suggestion_call"}
    # on the home page, a form still is
    # a section word in a home page's title is the site's name ("Consultations de Villedex")
    site = "<title>Consultations de Villedex</title><h1>Bienvenue</h1><p>Le sondage sur les horaires : répondez au questionnaire.</p>"
    assert "poll" not in words(site, "https://consultations.villedex.fr/")
    box = "<h1>Accueil</h1><form action='/idees'><legend>Boîte à idées</legend><textarea name='idee'></textarea><button>Envoyer</button></form>"
    assert "suggestion_call" in words(box, "https://www.villedex.fr/")


def test_a_list_of_news_announces_the_pages_that_hold_the_features():
    teaser = ("<h2>Mobilités : votre avis compte</h2><p>Répondez au questionnaire sur les mobilités avant le 30 juin : "
              "dix minutes suffisent.</p><a href='/actualites/questionnaire-mobilites'>Lire la suite</a>")
    page = f"<title>Actualités</title><h1>Actualités</h1>{teaser}"
    assert "poll" not in words(page, "https://www.villedex.fr/actualites/page/2")
    assert "poll" in words(page.replace("Actualités", "Questionnaire mobilités"),
                           "https://www.villedex.fr/actualites/questionnaire-mobilites")


def test_a_hub_page_lists_the_instruments_of_the_approach_each_announcing_its_own_page():
    hub = ("<title>Participer à la vie locale</title><h1>Participer</h1>"
           "<p>La Ville associe les habitants aux décisions : conseils de quartier, ateliers, consultations.</p>"
           "<h2>Le budget participatif</h2><p>Les habitants proposent des projets, puis votent pour leurs préférés. "
           "Le budget participatif est doté de 100 000 euros.</p><a href='/budget-participatif'>En savoir plus</a>"
           "<h2>Les sondages</h2><p>Répondez au questionnaire sur la propreté, ouvert jusqu'au 30 juin.</p>"
           "<a href='/sondages'>Voir les sondages</a>")
    found = words(hub, "https://www.villedex.fr/participer")
    assert "participation_displayed" in found and not found & {"participatory_budget", "poll"}
    # one instrument under its headings is that instrument's page
    budget = hub.split("<h2>Les sondages</h2>")[0]
    assert "participatory_budget" in words(budget, "https://www.villedex.fr/participer")
    # a network of neighbours the city endorses is one of the instruments such a page announces
    network = budget + ("<h2>Entre voisins</h2><p>Rejoignez Smiile, le réseau d'entraide entre voisins de la ville : "
                        "prêter, échanger, s'entraider.</p><a href='/smiile'>Découvrir Smiile</a>")
    found = features(network, "https://www.villedex.fr/participer")
    assert "participation_displayed" in found and not found & {"participatory_budget", "territorial_social_network"}


def test_a_home_page_block_on_the_approach_announces_the_page_that_presents_it():
    block = ("<h2>Démocratie participative</h2><p>Les conseils de quartier se réunissent en mars : la démocratie "
             "participative, c'est vous !</p><a href='/democratie-participative'>Découvrir</a>")
    assert "participation_displayed" not in words("<title>Villedex</title><h1>Bienvenue</h1>" + block,
                                                  "https://www.villedex.fr/")
    assert "participation_displayed" in words("<title>Villedex</title><h1>Actualités</h1>" + block,
                                              "https://www.villedex.fr/actualites/conseils-de-quartier")
    # a home page that says in its title what the site is about presents it
    assert "participation_displayed" in words("<title>Démocratie participative à Villedex</title>" + block,
                                              "https://democratie.villedex.fr/")


@pytest.mark.parametrize("sentence, budget", [
    ("La commune consacre 30 000 € pour vos projets : déposez-les avant mars.", True),
    ("1 million d'euros pour les idées des habitants.", True),
    ("Une subvention de 5 000 € pour les projets des associations.", False),
    ("La commune offre jusqu'à 5 000 € pour vos projets de rénovation énergétique.", False),  # a grant
    ("Une aide de 1500 euros pour vos projets de ravalement de façade.", False),
    ("Le programme 2025 pour vos projets.", False),  # a year is no sum
    # the scheme under a local name, as cities describe it
    ("Chaque année, la Ville attribue 25 000 € à des projets citoyens, choisis ensuite par les habitants.", True),
    ("La Ville consacre 30 000 euros aux projets proposés par les habitants.", True),
    ("Les douze projets retenus par les services sont soumis aux votes des habitants jusqu'au 30 mai.", True),
    ("Dans la limite de l'enveloppe budgétaire, neuf projets déposés par des riverains sont soumis au vote citoyen.", True),
    # contests, grants a jury awards, counts of people, a council's vote
    ("Les trois projets de fresque seront présentés au vote du public à la médiathèque.", False),
    ("Les projets de logo de la commune sont soumis au vote citoyen jusqu'au 30 avril.", False),
    ("Concours de façades fleuries : votez pour vos projets favoris jusqu'au 15 juin.", False),
    ("Le conseil de quartier permet aux habitants de décider des projets de leur quartier.", False),
    ("La Région attribue 25 000 € à des projets citoyens de transition écologique, sélectionnés par un jury.", False),
    ("En 2024, 1 200 jeunes ont participé à des projets citoyens dans le cadre du service civique.", False),
    ("Le conseil municipal a voté 2 000 000 € pour le projet de médiathèque.", False),
    ("Le projet de règlement du cimetière est soumis au vote du conseil municipal.", False),
])
def test_a_sum_offered_to_residents_projects_is_a_budget(sentence, budget):
    assert ("participatory_budget" in words(f"<h1>Les pépites</h1><p>{sentence}</p>")) is budget


def test_a_site_search_s_results_are_not_the_pages_they_list():
    results = ("<title>Recherche - Villedex</title><h1>Résultats de la recherche</h1>"
               "<p>Budget participatif : les projets lauréats. Le budget participatif permet aux habitants de "
               "proposer des projets. Votez pour le budget participatif.</p>")
    for url in ("https://www.villedex.fr/recherche?q=budget+participatif", "https://www.villedex.fr/?s=budget",
                "https://www.villedex.fr/search/node?keys=budget%20participatif"):
        assert words(results, url) == set()
    # Drupal without clean URLs carries its page in `q`
    assert "participatory_budget" in words(results, "https://www.villedex.fr/index.php?q=budget-participatif")


@pytest.mark.parametrize("sentence, petition", [
    ("Une interpellation citoyenne soutenue par au moins 150 habitants est inscrite au conseil municipal.", True),
    ("Une pétition qui recueille 300 signatures est examinée par les élus.", True),
    ("Une interpellation est examinée par le conseil à partir de 500 soutiens.", True),
    # the threshold as cities word it: a condition, a request to be signed, a share of the electorate
    ("Si la pétition recueille 500 signatures, elle est inscrite à l'ordre du jour du conseil municipal.", True),
    ("Lorsqu'une interpellation atteint 200 soutiens, le maire y répond en conseil municipal.", True),
    ("Le droit d'interpellation permet de saisir le conseil. Toute demande doit être signée par 300 habitants.", True),
    ("Une pétition signée par au moins 5 % des électeurs inscrits peut demander l'inscription d'une question.", True),
    ("Une interpellation soutenue par au moins 250 habitants est inscrite à l'ordre du jour.", True),
    # a count told without a threshold reads as a news item's ("signée par plus de 800 habitants, elle a été remise")
    ("Une pétition signée par plus de 800 habitants a été remise au directeur académique.", False),
    # a request that names no petition: a room's or a trip's head count
    ("Pour toute demande de location de la salle, un minimum de 20 personnes est requis.", False),
    ("Les demandes d'inscription au voyage des aînés, qui réunit 150 personnes, sont ouvertes.", False),
    ("La pétition des parents a recueilli 800 signatures : la classe est maintenue.", False),
    ("La pétition lancée par les parents a réuni 1 200 signatures, selon ses auteurs.", False),
    ("Chaque habitant peut, une fois par an, interpeller le maire sous forme d'une question écrite.", False),
])
def test_a_right_of_interpellation_opened_by_a_threshold_of_supporters_is_a_petition(sentence, petition):
    html = f"<h1>Vie municipale</h1><p>{sentence}</p>"
    found = words(html, "https://www.villedex.fr/vie-municipale")
    assert ("petition" in found) is petition
    if petition:  # an interpellation opened by signatures is that petition's page, not the approach's
        assert "participation_displayed" not in found


@pytest.mark.parametrize("title", ["Droit d'interpellation", "Le droit d'interpellation citoyenne", "Droit de pétition"])
def test_a_page_titled_for_the_city_s_right_of_interpellation_or_petition_is_its_petition_space(title):
    # independent coders of fictional and real city pages label the right's own page a petition, whether
    # residents gather signatures or one of them puts a question to the council
    html = (f"<title>{title}</title><h1>{title}</h1><p>Les habitants peuvent demander l'inscription d'un sujet à "
            "l'ordre du jour du conseil municipal.</p>")
    found = words(html, "https://www.villedex.fr/participer/interpellation")
    assert "petition" in found and "participation_displayed" not in found



def test_the_supports_a_platform_proposal_needs_or_a_candidate_s_signatures_are_no_petition():
    proposals = "<h1>Propositions</h1><p>Si elle atteint 300 soutiens, une proposition passe au vote des habitants.</p>"
    assert "petition" not in words(proposals, "https://decidons.villedex.fr/proposals")
    election = "<h1>Élections</h1><p>Pour se présenter, les candidats doivent recueillir 500 signatures d'élus.</p>"
    assert "petition" not in words(election)


def test_a_deadline_for_answers_opens_a_named_questionnaire_only():
    questionnaire = "<h1>Questionnaire piscine</h1><p>Vos habitudes nous intéressent. Date limite des réponses : 15 avril.</p>"
    assert "poll" in words(questionnaire)
    meal = "<h1>Repas des aînés</h1><p>Le repas a lieu le 6 décembre. Réponses attendues avant le 30 novembre en mairie.</p>"
    assert "poll" not in words(meal)


@pytest.mark.parametrize("url", [
    "https://jeparticipe.villedex.fr/processes/velo/f/7/proposals/31",
    "https://villedex.cap-collectif.com/project/idees/collect/depot/proposals/un-verger",
    "https://villedex.govocal.com/fr-FR/ideas/un-verger",
    "https://villedex.govocal.com/fr-FR/ideas/new-bike-lane",
    "https://decide.villedex.fr/legislation/processes/3/proposals/12",
])
def test_one_resident_s_proposal_on_a_platform_is_no_call_and_no_approach(url):
    """Codebook: a call asks residents for their ideas; a resident's proposal, however it speaks of ideas
    and of participation, is neither the call (its list and form are) nor the city's approach."""
    html = ("<title>Un verger partagé - Idées pour le bourg</title><h1>Un verger partagé</h1><p>Je propose un verger "
            "partagé au parc. Proposez vos idées vous aussi ! La démocratie participative, c'est aussi cela.</p>")
    assert not words(html, url) & {"suggestion_call", "participation_displayed"}
    assert "suggestion_call" in words(html, "https://www.villedex.fr/actualites/un-verger")


@pytest.mark.parametrize("sentence, approach", [
    ("Chaque automne, les élus organisent des réunions de hameau : les habitants y posent leurs questions.", True),
    ("Les élus tiennent des réunions publiques de secteur où chacun peut poser ses questions.", True),
    ("La réunion de secteur de la paroisse aura lieu mardi au presbytère.", False),
    ("Le comité des fêtes tient ses réunions de village pour préparer la kermesse.", False),
])
def test_meetings_by_hamlet_or_village_present_the_approach(sentence, approach):
    html = f"<h1>Les rendez-vous</h1><p>{sentence}</p>"
    assert ("participation_displayed" in words(html, "https://www.villedex.fr/vie-municipale/rendez-vous")) is approach


@pytest.mark.parametrize("url, index", [
    ("https://jeparticipe.villedex.fr/processes", True),
    ("https://jeparticipe.villedex.fr/pages/terms-of-service", True),
    ("https://jeparticipe.villedex.fr/processes/plan-velo", False),
])
def test_a_platform_s_index_and_help_pages_announce_what_other_pages_hold(url, index):
    """Like a site's home page, a platform's list of processes or its help pages tell what its other pages
    hold: a teaser there is no call, and no approach is known there by its theme alone."""
    head = '<head><link rel="stylesheet" href="/decidim-packs/css/decidim_core-4c1a.css"></head>'
    html = (head + "<h1>Processus participatifs</h1><h2>Plan vélo</h2><p>Proposez vos idées pour les pistes cyclables "
            "jusqu'au 30 juin.</p><h2>Budget participatif 2025</h2><p>Les habitants déposent leurs projets, puis votent.</p>")
    assert ("suggestion_call" in words(html, url)) is not index
    # off the platform the same address is an ordinary page
    assert "suggestion_call" in words("<h1>Processus participatifs</h1><p>Proposez vos idées pour les pistes cyclables "
                                      "jusqu'au 30 juin.</p>", "https://www.villedex.fr/processes")


@pytest.mark.parametrize("title, url", [
    ("Conditions générales d'utilisation", "https://jeparticipe.villedex.fr/pages/cgu"),
    ("Mentions légales", "https://www.villedex.fr/mentions-legales"),
    ("Accueil", "https://www.villedex.fr/politique-de-confidentialite"),
    # an account's pages tell how to sign in or up (Devise's routes of Decidim and CONSUL)
    ("S'inscrire", "https://jeparticipe.villedex.fr/users/sign_up"),
    ("Connexion", "https://www.villedex.fr/espace-citoyen"),
    ("Mot de passe oublié", "https://www.villedex.fr/compte/mot-de-passe"),
])
def test_a_site_s_legal_notices_and_account_pages_hold_no_feature(title, url):
    html = (f"<title>{title}</title><h1>{title}</h1><p>Cette plateforme de participation citoyenne permet aux habitants "
            "de débattre, de proposer des idées et de voter pour les projets du budget participatif.</p>"
            "<p>Les conseils de quartier y publient leurs comptes rendus.</p>")
    assert words(html, url) == set()
    assert "participation_displayed" in words(html.replace(title, "La plateforme"), "https://www.villedex.fr/la-plateforme")


CYCLE = ("<title>{title}</title><h1>{title}</h1><p>Vous habitez la commune ? Déposez vos projets pour votre quartier "
         "jusqu'au 15 mars.</p><p>En mai, les habitants votent pour les projets recevables.</p>"
         "<p>{outcome}</p>")


@pytest.mark.parametrize("outcome, budget", [
    ("Une enveloppe de 80 000 euros financera les projets les plus soutenus.", True),
    ("Les projets lauréats seront réalisés en 2026.", True),
    ("À vous de voter en juin : 80 000 euros financeront les projets les plus soutenus.", True),
    ("Merci à tous les participants.", False),  # no sum, no winners: a vote on ideas
])
def test_a_budget_under_its_own_brand_is_known_by_its_cycle(outcome, budget):
    html = CYCLE.format(title="Mon quartier demain", outcome=outcome)
    assert ("participatory_budget" in words(html, "https://www.villedex.fr/mon-quartier-demain")) is budget


EXPLAINED = ("<title>Comment ça marche ?</title><h1>Comment ça marche ?</h1><p>Voici le calendrier de la saison 2."
             "</p><p>Le {name} revient cet hiver.</p><p>Dépôt des projets : du 15 décembre au 31 janvier.</p>"
             "<p>Analyse des projets par les services : février et mars.</p><p>Vous pourrez ensuite voter pour vos "
             "projets préférés en avril.</p><p>Pour participer, inscrivez-vous sur la plateforme.</p>"
             "<p>Le {again} est ouvert à tous dès 11 ans.</p>")


@pytest.mark.parametrize("name, again, budget", [
    ("budget participatif", "budget participatif", True),  # named twice, its filing and its vote told
    ("budget participatif", "dispositif", False),  # named once: a mention among other news
])
def test_a_budget_named_twice_and_explained_by_its_filing_and_vote_is_the_page_s(name, again, budget):
    html = EXPLAINED.format(name=name, again=again)
    assert ("participatory_budget" in words(html, "https://www.villedex.fr/pages/comment-ca-marche")) is budget


@pytest.mark.parametrize("title, text", [
    # council minutes: a project's filing and a vote of the council, a budget asked for and refused
    ("Compte rendu du conseil du 12 mars", "<p>Le conseil s'est réuni sous la présidence du maire.</p><p>Il autorise "
     "le dépôt du permis de construire pour le projet d'extension de la salle. Soumis au vote, le point est adopté."
     "</p><p>Questions diverses : un élu demande si la commune créera un budget participatif.</p><p>Le maire répond "
     "qu'un budget participatif n'est pas prévu.</p>"),
    # a consultation whose residents vote on scenarios, beside a budget named twice
    ("Le parc à vous de choisir", "<p>La Ville rénove le parc des Tilleuls.</p><p>Un bureau d'études a fait un "
     "diagnostic.</p><p>De janvier à mars, vous pouvez proposer vos idées en atelier.</p><p>Les services étudieront "
     "leur faisabilité.</p><p>En mai, les habitants voteront pour l'un des trois scénarios.</p><p>Les travaux "
     "dureront un an.</p><p>Le parc restera ouvert.</p><p>Le budget "
     "participatif a déjà financé l'aire de jeux voisine.</p><p>Elle avait été proposée lors du premier budget "
     "participatif.</p>"),
    # grants: a file an assembly votes on
    ("Subventions aux associations", "<p>Chaque année, la Ville soutient les associations.</p><p>Les demandes de "
     "fonctionnement sont à déposer avant le 31 janvier.</p><p>Pour un projet ponctuel, vous pouvez déposer un dossier "
     "de projet trois mois avant.</p><p>La commission vie associative examine les dossiers.</p><p>Ils sont ensuite "
     "soumis au vote de l'assemblée.</p><p>Les associations reçoivent un courrier.</p><p>Les aménagements relèvent du "
     "budget participatif.</p><p>Un projet ne peut être financé à la fois par une subvention et par le budget "
     "participatif.</p><p>Contactez le service vie associative.</p>"),
])
def test_a_budget_named_beside_a_filing_and_a_vote_that_are_not_its_own_is_no_budget(title, text):
    html = f"<title>{title}</title><h1>{title}</h1>{text}"
    assert "participatory_budget" not in words(html, "https://www.villedex.fr/actualites/page")


@pytest.mark.parametrize("text", [
    # residents who propose and choose
    "<p>Avec Kartié Ansanm, les habitants proposent et choisissent des projets pour leur quartier : 250 000 euros "
    "en 2025.</p><p>Déposez vos idées jusqu'au 15 mai sur la plateforme ou dans l'urne de votre maison de quartier.</p>",
    # an idea told as a question, then filed with a pronoun; the projects put to all residents' vote
    "<p>Vous avez une idée pour votre quartier ? Du 1er mars au 15 avril, déposez-la sur la plateforme.</p>"
    "<p>Les projets recevables seront soumis au vote de tous les habitants en octobre.</p>"
    "<p>Un million d'euros y est consacré.</p>",
])
def test_a_budget_s_cycle_in_the_words_cities_use(text):
    html = f"<title>Cœur de quartier 2025</title><h1>Cœur de quartier 2025</h1>{text}"
    assert "participatory_budget" in words(html, "https://www.villedex.fr/coeur-de-quartier")
    # without the residents' vote it is a call for ideas, no budget
    no_vote = text.replace("choisissent", "racontent").replace("soumis au vote de tous les habitants", "étudiés")
    assert "participatory_budget" not in words(html.replace(text, no_vote), "https://www.villedex.fr/coeur-de-quartier")


@pytest.mark.parametrize("title, text", [
    # a council's deliberation: its voters, a project's file, its cost
    ("Délibération n° 2025-014", "<p>Conseillers en exercice : 15. Présents : 13. Votants : 15.</p><p>Le Maire propose "
     "de déposer un dossier de subvention pour le projet de rénovation de l'école.</p><p>Coût estimé : 185 000 euros HT."
     "</p>"),
    # a contest residents vote on, with prizes
    ("Concours des maisons fleuries", "<p>Inscrivez-vous en mairie. Déposez-le avant le 1er juin.</p><p>Les habitants "
     "choisiront le prix du public.</p><p>3 lauréats par catégorie.</p>"),
])
def test_council_votes_and_contests_are_no_budget_s_cycle(title, text):
    html = f"<title>{title}</title><h1>{title}</h1>{text}"
    assert "participatory_budget" not in words(html, "https://www.villedex.fr/vie-municipale/page")


@pytest.mark.parametrize("title, budget", [
    ("Le Budget Kartié", True),
    ("Le budget des ménages en hausse", False),
    ("Le budget des Villedexois : où va l'argent ?", False),  # the city's finances told to its residents
    ("Budget des quartiers : la Ville investit 2 millions", False),
])
def test_a_budget_branded_in_creole_but_not_the_city_s_finances_told_to_residents(title, budget):
    html = (f"<title>{title}</title><h1>{title}</h1><p>Les projets relèvent de la compétence de la commune. "
            "Le document complet est disponible en mairie.</p>")
    assert ("participatory_budget" in words(html, "https://www.villedex.fr/page")) is budget


@pytest.mark.parametrize("title, text", [
    ("Les lauréats de la saison 3", "<p>1 240 votants ont choisi douze projets pour la ville.</p><p>Les travaux "
     "commencent à l'automne.</p>"),
    ("Mon quartier demain : les projets retenus", "<p>Merci aux habitants qui ont voté en ligne ou dans les mairies "
     "de quartier.</p><p>Voici les huit projets qui seront réalisés.</p>"),
    ("Six projets élus !", "<p>La saison 2 s'achève.</p><p>1 932 Villedexois ont voté cet automne.</p><p>Les six projets "
     "arrivés en tête seront réalisés en 2026.</p>"),
    ("Les idées lauréates 2025", "<p>3 412 votes ont été exprimés sur le site et dans les urnes des mairies annexes."
     "</p>"),
])
def test_a_budget_s_winners_chosen_by_residents_vote_are_the_budget_s_under_any_name(title, text):
    html = f"<title>{title}</title><h1>{title}</h1>{text}"
    assert "participatory_budget" in words(html, "https://www.villedex.fr/actualites/page")
    # the same winners without the residents' vote told are no evidence
    plain = f"<title>{title}</title><h1>{title}</h1><p>Voici la liste des projets qui seront réalisés.</p>"
    assert "participatory_budget" not in words(plain, "https://www.villedex.fr/actualites/page")


@pytest.mark.parametrize("title, text", [
    # a contest's, a prize's or a school's winners, even chosen by the public
    ("Concours photo : les lauréats", "<p>Plus de 600 votants ont choisi leurs photos préférées.</p>"),
    ("Prix du public : les lauréats", "<p>Les habitants ont voté pour leur commerce préféré.</p>"),
    ("Mérite sportif 2025 : les lauréats", "<p>Les habitants ont voté en ligne pour leurs sportifs de l'année.</p>"),
    ("Illuminations de Noël : les lauréats", "<p>500 votants ont départagé les façades décorées.</p>"),
    # a name or a drawing chosen by residents: no projects
    ("Le nom lauréat de la médiathèque", "<p>Les habitants ont voté : la médiathèque s'appellera Colette.</p>"),
    ("Notre mascotte : le dessin lauréat", "<p>900 habitants ont voté pour le dessin de Léa, 9 ans.</p>"),
    # projects a council, its youth council, a jury or a committee chose
    ("Les projets retenus pour 2026", "<p>Le conseil municipal a voté le programme d'investissement.</p>"),
    ("Les projets retenus au conseil", "<p>Les projets de la salle et du parc ont été adoptés par 23 voix pour et 4 "
     "abstentions.</p>"),
    ("Les projets retenus", "<p>Votés par les élus le 12 mars, ces projets profiteront à tous les habitants.</p>"),
    ("CMJ : les projets retenus", "<p>Les 23 jeunes conseillers ont voté pour leurs projets de l'année.</p>"),
    ("Appel à projets : les lauréats", "<p>Le comité de sélection a retenu cinq projets à la majorité des voix.</p>"),
])
def test_winners_of_a_contest_a_name_or_a_council_s_choice_are_no_budget(title, text):
    html = f"<title>{title}</title><h1>{title}</h1>{text}"
    assert "participatory_budget" not in words(html, "https://www.villedex.fr/actualites/page")


def test_a_residents_initiative_fund_is_no_participatory_budget():
    """A fonds de participation des habitants funds residents' small initiatives through a committee: the holdout's
    authors never label it a participatory budget (none of twelve pages in six parts); its call for projects stays."""
    html = ("<title>Fonds de participation des habitants</title><h1>Fonds de participation des habitants</h1>"
            "<p>Le fonds de participation des habitants soutient les petits projets d'animation des quartiers.</p>"
            "<p>Un comité d'habitants examine les demandes chaque mois. Déposez votre projet au centre social.</p>")
    found = words(html, "https://www.villedex.fr/quartiers/fonds-de-participation-des-habitants")
    assert "participatory_budget" not in found and "suggestion_call" in found


def test_a_contest_a_jury_judges_is_no_budget():
    html = ("<title>Concours des jeunes talents</title><h1>Concours des jeunes talents</h1>"
            "<p>Déposez votre projet artistique avant le 15 mars.</p><p>Un jury de professionnels désignera les lauréats, "
            "qui recevront 1 000 euros.</p>")
    assert "participatory_budget" not in words(html, "https://www.villedex.fr/concours")


@pytest.mark.parametrize("title, text", [
    # a name put to the residents' vote: no projects, no sum
    ("Un nom pour la médiathèque", "<p>Proposez vos idées de nom jusqu'au 15 mars.</p><p>Les trois noms retenus "
     "seront ensuite soumis au vote des habitants.</p><p>Le lauréat sera dévoilé en juin.</p>"),
    # grants the council votes for associations' projects
    ("Subventions aux associations", "<p>Les associations peuvent déposer leurs projets avant le 31 janvier.</p>"
     "<p>Le conseil municipal vote les subventions pour les projets retenus.</p><p>Une enveloppe de 150 000 euros "
     "y est consacrée.</p>"),
])
def test_a_cycle_without_residents_voting_on_projects_for_a_sum_is_no_budget(title, text):
    html = f"<title>{title}</title><h1>{title}</h1>{text}"
    assert "participatory_budget" not in words(html, "https://www.villedex.fr/actualites/page")


def test_a_hub_is_known_by_the_headings_of_its_main_text_not_by_the_site_s_blocks():
    poll = ("<title>Horaires de la piscine</title><h1>Horaires de la piscine</h1><main><p>La piscine change ses "
            "horaires.</p><p>Répondez au questionnaire en ligne avant le 30 juin.</p></main>")
    assert "poll" in words(poll, "https://www.villedex.fr/piscine")
    for block in ("<aside><h3>Budget participatif</h3><p>Votez pour vos projets !</p></aside>",
                  "<footer><h3>Pétitions citoyennes</h3></footer>"):
        assert "poll" in words(poll.replace("</main>", "</main>" + block), "https://www.villedex.fr/piscine")


def test_an_election_s_news_is_not_the_approach_of_the_council_it_elects():
    body = ("<p>Le conseil municipal des jeunes associe les collégiens aux projets de la ville. Ses membres se "
            "réunissent chaque mois en commissions.</p>")
    page = "<title>{0}</title><h1>{0}</h1>" + body
    assert "participation_displayed" in words(page.format("Le conseil municipal des jeunes"),
                                              "https://www.villedex.fr/cmj")
    assert "participation_displayed" not in words(page.format("Élections du conseil municipal des jeunes 2025"),
                                                  "https://www.villedex.fr/actualites/elections-cmj")
    # a council's page naming its members' election still presents the council
    assert "participation_displayed" in words(page.format("Conseil municipal des jeunes : élection des membres"),
                                              "https://www.villedex.fr/cmj")


@pytest.mark.parametrize("sentence", [
    "Si une pétition parvient à réunir 2 % des électeurs de la commune, elle est inscrite à l'ordre du jour.",
    "Une interpellation qui obtient le soutien de 300 habitants est inscrite à l'ordre du jour du conseil.",
    "Toute pétition obtenant le soutien de 300 habitants est inscrite à l'ordre du jour du conseil.",
    "À partir de 500 signatures, l'interpellation citoyenne est inscrite à l'ordre du jour.",
    "Les pétitions sont examinées par le conseil municipal dès lors qu'elles recueillent 500 signatures.",
    "Lancez une interpellation citoyenne : avec 300 soutiens, elle sera présentée en séance.",
    "Toute interpellation citoyenne est examinée dès 500 signatures par le conseil municipal.",
])
def test_the_supporters_a_right_of_interpellation_needs_make_it_a_petition_under_any_heading(sentence):
    """A text-only page under a generic heading: the threshold, in a sentence naming the right, is the right."""
    filler = ("<p>Renseignements en mairie, service citoyenneté, du lundi au vendredi.</p><p>Le formulaire est "
              "disponible à l'accueil.</p><p>Les demandes sont étudiées chaque mois par les services.</p>")
    html = f"<title>Vie locale</title><h1>Vie locale</h1><p>Chaque habitant peut agir. {sentence}</p>{filler}"
    assert "petition" in words(html, "https://www.villedex.fr/vie-locale/infos")
    # the same words telling what a petition gathered, or a candidate's signatures, are no right opened
    for told in ("La pétition, avec 1 200 signatures, est arrivée en mairie mardi.",
                 "La pétition contre la fermeture de la classe, avec 1 200 signatures, sera remise au recteur vendredi.",
                 "La pétition des riverains parvient à réunir 800 signatures en une semaine.",
                 "La pétition qui réunit le soutien de 1 200 habitants est arrivée en mairie.",
                 "La pétition des 300 signataires est arrivée en mairie mardi.",
                 "La pétition du syndicat : dès 450 signatures, elle sera portée à la direction de l'hôpital.",
                 "Pétition ou cagnotte ? Dès 1 000 soutiens, la cagnotte de l'association sera reversée.",
                 "L'interpellation est soumise au conseil au nom des 150 signataires du quartier.",
                 "La pétition des parents a réuni le soutien de 300 habitants en une semaine.",
                 "Le candidat doit réunir 500 signatures d'élus pour se présenter.",
                 "Plus de 1 000 soutiens pour l'association des commerçants, qui a lancé une cagnotte."):
        news = f"<title>Rue Haute</title><h1>Rue Haute</h1><p>{told}</p>{filler}"
        assert "petition" not in words(news, "https://www.villedex.fr/actualites/riverains"), told


@pytest.mark.parametrize("text", [
    "<p>Le Maire s'engage à inscrire la question à l'ordre du jour du conseil municipal dès que l'interpellation aura "
    "recueilli les soutiens nécessaires.</p>",
    "<p>Toute interpellation portée avec le soutien de 50 habitants est présentée en conseil municipal.</p>",
    "<p>Pour la pétition locale, 300 signatures sont nécessaires.</p>",
])
def test_a_right_of_interpellation_opened_by_supporters_is_a_petition(text):
    html = f"<title>Interpellation citoyenne</title><h1>Interpellation citoyenne</h1>{text}"
    assert "petition" in words(html, "https://www.villedex.fr/interpellation-citoyenne")
    # a count reported in the past is no right opened, nor a resident's quoted words
    for told in ("<p>La pétition des riverains a recueilli 300 signatures en une semaine.</p>",
                 "<p>La pétition a atteint le nombre de signatures requis en deux semaines.</p>",
                 "<p>Une pétition, portée par l'association avec le soutien de 200 habitants, a été remise au maire.</p>",
                 "<p>« Je soutiens cette pétition car le quartier étouffe », explique une habitante.</p>"):
        news = f"<title>Rue Haute</title><h1>Rue Haute</h1>{told}"
        assert "petition" not in words(news, "https://www.villedex.fr/actualites/riverains")


@pytest.mark.parametrize("title, text", [
    ("Villedex en commun", "<p>Villedex en commun, c'est la façon dont la Ville associe les habitants à ses décisions, "
     "tout au long du mandat.</p><p>Chaque automne, un bilan est présenté.</p>"),
    ("Les comités de section", "<p>La commune compte sept sections. Dans chacune, un comité de section réunit les "
     "habitants volontaires et un élu délégué.</p><p>Il fait remonter les besoins du quartier et donne son avis sur "
     "les projets municipaux.</p>"),
    ("Les commissions ouvertes", "<p>Trois commissions municipales ouvertes aux habitants non élus se réunissent "
     "chaque trimestre.</p>"),
    # the councils of an age group a city consults, as cities name them
    ("Le Conseil municipal des seniors", "<p>Ce conseil de 30 membres bénévoles de plus de 65 ans donne son avis sur "
     "les projets de la ville.</p>"),
    ("Seniors", "<p>Le conseil consultatif des Villedexois retraités se réunit chaque mois en groupes de travail."
     "</p>"),
    # the neighbourhood tables, the city's assises, a local youth council, the residents' assembly
    ("Quartier des Tilleuls", "<p>La table de quartier réunit chaque mois les habitants et les associations du quartier."
     "</p><p>Elle porte leurs demandes auprès de la mairie.</p>"),
    ("Assises de la ville 2026", "<p>Pendant trois mois, ateliers et réunions ont préparé le projet de ville.</p>"),
    ("Jeunesse", "<p>Le conseil local de la jeunesse accueille les 15-25 ans qui veulent porter des projets pour la ville."
     "</p>"),
    ("Conseil municipal de la jeunesse", "<p>Élus pour deux ans, les jeunes conseillers portent des projets pour la ville."
     "</p>"),
    ("Vivre ensemble", "<p>L'assemblée des habitants se réunit deux fois par an pour débattre des projets municipaux.</p>"),
])
def test_an_approach_told_in_the_words_small_towns_use(title, text):
    html = f"<title>{title}</title><h1>{title}</h1>{text}"
    assert "participation_displayed" in words(html, "https://www.villedex.fr/vie-locale")


@pytest.mark.parametrize("title, text", [
    ("Repas des aînés", "<p>Le repas offert par le CCAS et le conseil municipal aux aînés aura lieu le 19 janvier."
     "</p>"),
    ("Visite de la mairie", "<p>Le maire a présenté le fonctionnement du conseil municipal aux enfants de CM2.</p>"),
])
def test_the_council_s_meal_or_visit_for_an_age_group_is_no_council_of_that_group(title, text):
    html = f"<title>{title}</title><h1>{title}</h1>{text}"
    assert "participation_displayed" not in words(html, "https://www.villedex.fr/actualites/page")


@pytest.mark.parametrize("text", [
    "<p>Le procès se tiendra devant la cour d'assises du département en mars.</p>",
    "<p>Les assises nationales du sport se tiennent à Paris en mars.</p>",
    # the yearly draw of the jurors of a court named after its département, a trade congress, advice of young readers
    "<p>Le tirage au sort de la liste préparatoire des jurés de la cour d'assises du Territoire de Belfort aura lieu en "
    "mairie le 12 juin.</p><p>La séance est publique.</p>",
    "<p>La ville a reçu le label Cit'ergie lors des Assises de la transition énergétique à Bordeaux.</p>"
    "<p>Ce label récompense sa politique climat-air-énergie.</p>",
    "<p>Retrouvez les conseils de jeunes lecteurs de la médiathèque pour vos lectures d'été.</p>",
])
def test_a_court_a_congress_or_advice_is_no_instrument_of_the_city(text):
    html = f"<title>Actualités</title><h1>Actualités</h1>{text}"
    assert "participation_displayed" not in words(html, "https://www.villedex.fr/actualites/page")


@pytest.mark.parametrize("html", [
    "<title>Le tri</title><h1>Les ambassadeurs du tri à la rencontre des habitants</h1><p>Ils passent en mai.</p>",
    "<title>Mairie annexe</title><h1>Mairie annexe</h1><p>Des permanences de quartier ont lieu le samedi matin.</p>"
    "<p>Les élus y reçoivent sur rendez-vous.</p>",
    "<title>Travaux</title><h1>Travaux rue Haute</h1><p>Une rencontre avec les riverains aura lieu le 25 février.</p>"
    "<p>La circulation sera alternée.</p>",
])
def test_office_hours_and_meetings_are_no_participation_approach(html):
    assert "participation_displayed" not in words(html, "https://www.villedex.fr/actualites/page")


def test_the_police_named_on_a_participation_page_does_not_make_it_the_watch_scheme():
    html = ("<title>Les conseils de quartier</title><h1>Les conseils de quartier</h1><p>Les conseils de quartier se "
            "sont réunis en mars.</p><p>Le commissaire de la police nationale a présenté le bilan de l'année.</p>")
    assert "participation_displayed" in words(html, "https://www.villedex.fr/conseils-de-quartier")
    watch = ("<title>Participation citoyenne</title><h1>Participation citoyenne</h1><p>Les référents signalent aux "
             "forces de l'ordre tout fait inhabituel.</p>")
    assert "participation_displayed" not in words(watch, "https://www.villedex.fr/participation-citoyenne")
    # the scheme's page in a public safety section, whatever its text says; not the approach presented elsewhere
    plain = ("<title>Participation citoyenne</title><h1>Participation citoyenne</h1><p>Un dispositif pour les habitants "
             "de chaque quartier.</p>")
    assert "participation_displayed" not in words(plain, "https://www.villedex.fr/vie-quotidienne/tranquillite/participation-citoyenne")
    # the section's name written with its accents, or percent-encoded as a browser sends it
    assert "participation_displayed" not in words(plain, "https://www.villedex.fr/sécurité/participation-citoyenne")
    assert "participation_displayed" not in words(plain, "https://www.villedex.fr/s%C3%A9curit%C3%A9/participation-citoyenne")
    assert "participation_displayed" in words(plain, "https://www.villedex.fr/vie-citoyenne/participation-citoyenne")


def test_a_cookie_banner_s_heading_does_not_make_a_page_a_legal_notice():
    html = ("<title>Démocratie participative</title><div class='cookies' hidden><h1>Gestion des cookies</h1></div>"
            "<h1>Démocratie participative</h1><p>Les conseils de quartier se réunissent chaque mois.</p>")
    assert "participation_displayed" in words(html, "https://www.villedex.fr/democratie-participative")


@pytest.mark.parametrize("sentence", [
    "La Ville accorde 3 000 euros aux projets des habitants en matière de rénovation énergétique.",
    "Une aide de 2 500 euros aux projets des habitants de plus de 60 ans pour adapter leur logement.",
])
def test_a_grant_to_residents_projects_of_a_kind_is_no_budget(sentence):
    html = f"<title>Aides</title><h1>Aides</h1><p>{sentence}</p>"
    assert "participatory_budget" not in words(html, "https://www.villedex.fr/aides")


@pytest.mark.parametrize("title, text, petition", [
    # a right of citizens' initiative is opened by signatures, as a petition is (Decidim's initiatives)
    ("Droit d'initiative citoyenne locale", "Tout habitant de 16 ans et plus peut proposer l'étude d'une question "
     "relevant de la commune au conseil municipal.", True),
    ("Votation citoyenne", "Les habitants peuvent demander une votation sur un projet municipal. Pour déclencher une votation, "
     "il faut rassembler 2 000 signatures de résidents de plus de 16 ans.", True),
    # initiatives of residents that are projects, and a vote told without its signatures, are not
    ("Initiatives citoyennes", "La ville soutient les initiatives citoyennes : jardins partagés, fêtes de rue.", False),
    ("Votation citoyenne", "La votation citoyenne sur le nom de la place a réuni 1 800 votants.", False),
])
def test_a_right_of_citizens_initiative_is_a_petition(title, text, petition):
    html = f"<title>{title}</title><h1>{title}</h1><p>{text}</p>"
    assert ("petition" in words(html, "https://www.villedex.fr/participer/initiative")) is petition


@pytest.mark.parametrize("step, call", [
    ("Étape 1 : dépôt des idées, du 1er octobre au 1er décembre - en cours. Déposez votre idée en ligne.", True),
    ("Étape 1 : dépôt des idées, du 1er octobre au 1er décembre - terminé. Déposez votre idée en ligne.", False),
    ("L'appel à projets est désormais clos. Déposez votre idée l'an prochain.", False),
    ("La boîte à idées est momentanément suspendue. Proposez vos idées à nouveau dès septembre.", False),
    # a closing date to come leaves the call open
    ("Proposez vos idées en ligne. Le dépôt des idées se termine le 31 mai.", True),
    ("Nous attendons vos idées. Le dépôt des propositions sera clos le 15 avril.", True),
])
def test_a_call_the_page_says_is_over_is_no_call(step, call):
    html = f"<title>Budget participatif</title><h1>Budget participatif</h1><p>{step}</p>"
    assert ("suggestion_call" in words(html, "https://www.villedex.fr/budget-participatif")) is call


def test_a_questionnaire_said_to_let_everyone_speak_is_a_poll_and_one_that_did_is_not():
    html = ("<h1>Plan vélo</h1><p>La communauté de communes prépare son schéma cyclable. Un questionnaire en ligne "
            "permet à chacun de faire part de ses habitudes de déplacement, jusqu'au 15 mai.</p>")
    assert "poll" in words(html)
    assert "poll" not in words(html.replace("permet à chacun", "a permis à chacun"))


def test_a_question_about_residents_projects_for_their_quarter_is_a_call():
    html = ("<h1>Vie des quartiers</h1><p>Vous avez un projet pour votre quartier ? Parlez-en au conseil de quartier, "
            "qui se réunit chaque mois.</p>")
    assert "suggestion_call" in words(html)
    works = "<h1>Urbanisme</h1><p>Vous avez un projet de construction ? Déposez votre demande en mairie.</p>"
    assert "suggestion_call" not in words(works)


@pytest.mark.parametrize("url, poll", [
    # a platform's process page tells its steps ("répondez au questionnaire"): the survey is a component of its own
    ("https://jeparticipe.villedex.fr/processes/plan-velo", False),
    ("https://villedex.cap-collectif.com/project/plan-velo/presentation/presentation-1", False),
    # the same words on a city page invite residents to answer there
    ("https://www.villedex.fr/actualites/plan-velo", True),
])
def test_a_platform_s_process_page_announces_its_questionnaire(url, poll):
    html = ("<title>Plan vélo</title><h1>Plan vélo</h1><p>La concertation sur le plan vélo est ouverte. "
            "Répondez au questionnaire jusqu'au 30 juin et proposez vos itinéraires.</p>")
    assert ("poll" in words(html, url)) is poll


def test_a_platform_s_process_page_with_the_questionnaire_s_form_holds_it():
    html = ("<h1>Plan vélo</h1><p>Répondez au questionnaire.</p><form class='answer-questionnaire' method='post'>"
            "<p>Utilisez-vous un vélo ?</p><label><input type='radio' name='q1' value='o'>Oui</label>"
            "<label><input type='radio' name='q1' value='n'>Non</label>"
            "<p>Quel aménagement préférez-vous ?</p><label><input type='radio' name='q2' value='a'>Piste</label>"
            "<label><input type='radio' name='q2' value='b'>Bande</label><button>Envoyer</button></form>")
    assert "poll" in words(html, "https://jeparticipe.villedex.fr/processes/plan-velo")


def _in_prose(sentence, title="Aménagement du centre-bourg"):
    """The sentence in the middle of a short news item under a title that names no feature."""
    return (f"<title>{title}</title><h1>{title}</h1><p>La commune prépare le réaménagement du centre-bourg.</p>"
            f"<p>{sentence}</p><p>Les résultats seront présentés en réunion publique à l'automne.</p>")


@pytest.mark.parametrize("sentence, poll", [
    # the reader sent to answer a survey open now, wherever the sentence stands
    ("Pour répondre au questionnaire, c'est par ici.", True),
    ("Faites entendre votre voix en répondant au questionnaire !", True),
    ("Merci de consacrer quelques minutes à ce questionnaire.", True),
    ("L'enquête se déroule jusqu'au 15 mai, en ligne et en mairie.", True),
    ("Le questionnaire expire le 30 juin : répondez au questionnaire dès maintenant.", True),  # not "a expiré"
    ("La commune lance une consultation de la population au moyen d'un questionnaire.", True),
    ("Un questionnaire a été distribué dans les boîtes aux lettres ; il peut aussi être rempli en ligne.", True),
    ("Un questionnaire est mis à la disposition des habitants en mairie et sur le site internet.", True),
    ("La municipalité souhaite recueillir l'avis des habitants grâce à un questionnaire.", True),
    # told in the past, or a survey residents cannot choose to answer
    ("Les habitants ont pu répondre au questionnaire jusqu'au 30 avril.", False),
    ("La commune a lancé une enquête au moyen d'un questionnaire en 2022 ; 400 foyers ont répondu.", False),
    ("L'enquête publique se déroule jusqu'au 12 mars en mairie.", False),
    ("Votre ménage peut être sélectionné pour participer à cette enquête sur les déplacements.", False),
])
def test_a_survey_open_now_is_a_poll_wherever_its_invitation_stands(sentence, poll):
    assert ("poll" in words(_in_prose(sentence))) is poll


@pytest.mark.parametrize("sentence, call", [
    ("L'appel à idées est ouvert jusqu'au 31 mai.", True),
    ("Nous attendons vos idées et vos propositions avant le 15 octobre.", True),
    ("Faites-nous parvenir vos suggestions par courrier ou par mail.", True),
    ("Les idées sont à déposer en mairie ou sur le site avant le 1er avril.", True),
    ("Un formulaire permet à chacun de soumettre ses idées pour le futur parc.", True),
    ("La phase de dépôt des projets se tient jusqu'au 30 novembre : à vos idées !", True),
    ("Pour la deuxième saison, la période de dépôt court jusqu'au 15 janvier.", True),
    ("La période de dépôt des projets se déroulera jusqu'en janvier.", True),
    # the filing period of an association's grant file is no call for ideas
    ("La période de dépôt des dossiers de subvention s'étend du 1er janvier au 28 février.", False),
    # how a budget works is no call open now; ideas of the past are none
    ("Le budget participatif permet aux habitants de proposer des projets pour leur quartier.", False),
    ("Les habitants avaient proposé des idées lors des ateliers de 2022.", False),
])
def test_a_call_for_ideas_open_now_counts_wherever_it_stands(sentence, call):
    assert ("suggestion_call" in words(_in_prose(sentence, "Vie locale"))) is call


@pytest.mark.parametrize("sentence, title, petition", [
    # the threshold or the reach of the city's right of petition is the right itself, wherever it is told
    ("Toute pétition réunissant au moins 1 000 signatures est examinée par le conseil municipal.", "Démocratie locale", True),
    ("Le droit de pétition permet aux habitants de demander l'inscription d'une question à l'ordre du jour.",
     "Démocratie locale", True),
    ("La pétition est ouverte à la signature jusqu'au 30 juin.", "Démocratie locale", True),
    ("Pour être recevable, une pétition doit recueillir la signature de 500 habitants majeurs.", "Démocratie locale", True),
    ("Une pétition citoyenne peut être déposée par tout habitant de plus de 16 ans.", "Démocratie locale", True),
    # a count told in the news, and the council's minutes telling of the right it adopts
    ("Une pétition réunissant 800 signatures a été remise au maire.", "Démocratie locale", False),
    ("Toute pétition réunissant au moins 1 000 signatures sera examinée par le conseil municipal.",
     "Compte rendu du conseil municipal du 24 juin", False),
])
def test_the_rule_of_a_right_of_petition_counts_wherever_it_is_told(sentence, title, petition):
    assert ("petition" in words(_in_prose(sentence, title))) is petition


def test_a_questionnaire_s_open_question_is_the_poll_s_not_a_call():
    questionnaire = ("<form class='questionnaire' method='post'><p>Fréquentez-vous le port ?</p>"
                     "<label><input type='radio' name='q1' value='o'>Oui</label><label><input type='radio' name='q1' value='n'>Non</label>"
                     "<p>Faut-il plus de bancs sur les quais ?</p>"
                     "<label><input type='radio' name='q2' value='o'>Oui</label><label><input type='radio' name='q2' value='n'>Non</label>"
                     "<label for='q3'>Vos suggestions pour le port</label><textarea id='q3' name='q3'></textarea>"
                     "<button>Envoyer mes réponses</button></form>")
    found = words(f"<title>Le port</title><h1>Le port</h1>{questionnaire}", "https://www.villedex.fr/le-port")
    assert "poll" in found and "suggestion_call" not in found
    # the same box in an idea box's own form is a call
    box = "<form method='post'><label for='s'>Vos suggestions pour le port</label><textarea id='s' name='s'></textarea><button>Envoyer</button></form>"
    assert "suggestion_call" in words(f"<title>Le port</title><h1>Le port</h1>{box}", "https://www.villedex.fr/le-port")


@pytest.mark.parametrize("text", [
    # matches that run over colons, semicolons and question marks, far from the literal they need
    "Toute pétition : qui ? quand ? comment ? doit être signée par 300 habitants.",
    "Enquête : mobilité ; durée : 10 min ; elle se déroule jusqu'au 15 mai.",
    "Appel à idées : thème : mobilité ; public : tous ; dépôt jusqu'au 31 mai.",
    "Questionnaire : 10 questions ; 5 minutes ; anonyme ; gratuit : il peut aussi être rempli en mairie.",
    # a long prose, its calls far apart
    ("Le conseil municipal s'est réuni. " * 200) + "Répondez au questionnaire avant le 30 juin. "
    + ("Les travaux avancent. " * 200) + "Proposez vos idées pour le parc. Signez la pétition en mairie.",
])
def test_the_patterns_searched_around_their_literals_find_what_a_search_of_the_whole_prose_finds(text):
    from citycrawl.detect import rules, vocabulary
    page = Page.from_html(f"<html><body><main><h1>Vie locale</h1><p>{text}</p></main></body></html>",
                          "https://www.villedex.fr/vie-locale")
    zones = vocabulary._Zones(page)
    for entry in rules.load("vocabulary")["features"]:
        for key in ("call", "terms", "theme"):
            if entry.get(key) is not None:
                whole = [m.span() for m in entry[key].finditer(zones.prose)]
                around = [m.span() for m in zones.finditer(entry, key)]
                assert around == whole, (entry["id"], key)


@pytest.mark.parametrize("title, text, feature", [
    # a call for tenders, a job offer's missions and a public inquiry's register ask no resident's opinion
    ("Réfection de la toiture", "Pour répondre à la consultation, les entreprises téléchargent le dossier sur la "
     "plateforme des marchés publics.", "poll"),
    ("Offre d'emploi : chargé d'études", "Missions : concevoir des questionnaires à remplir par les usagers.", "poll"),
    ("Enquête publique", "Le registre d'enquête est mis à la disposition du public en mairie.", "poll"),
    # news of a count, an association's donations, artists' proposals
    ("Parking du centre", "Une pétition réunissant 1 200 signatures contre le projet est arrivée en mairie.", "petition"),
    ("Téléthon", "Nous recueillons vos contributions à l'accueil de la mairie jusqu'au 8 décembre.", "suggestion_call"),
    ("Festival d'été", "L'appel à propositions artistiques pour le festival est ouvert jusqu'au 15 mars.", "suggestion_call"),
    ("Démocratie locale", "Interpellation citoyenne : la réponse du maire sur le stationnement.", "petition"),
])
def test_lookalikes_of_the_new_wordings_are_none(title, text, feature):
    assert feature not in words(_in_prose(text, title))


def test_a_title_about_a_connection_is_no_login_page():
    html = ("<title>Connexion cyclable Nord-Sud : donnez votre avis</title><h1>Connexion cyclable Nord-Sud</h1>"
            "<p>Répondez à notre questionnaire en ligne avant le 30 juin.</p>")
    assert "poll" in words(html)
    assert words(html.replace("Connexion cyclable Nord-Sud : donnez votre avis", "Connexion"), "https://www.villedex.fr/connexion") == set()


def test_a_service_public_sheet_republished_by_the_city_presents_no_approach_of_its_own():
    html = ("<title>Référendum local</title><h1>Référendum local</h1><p>Le conseil municipal peut soumettre à la "
            "décision des électeurs un projet relevant de la compétence de la commune.</p>")
    assert "participation_displayed" in words(html, "https://www.villedex.fr/democratie/referendum-local")
    for sheet in ("https://www.villedex.fr/Rub_12/?&xml=F1964.xml&xsl=Fiche.xsl",
                  "https://www.villedex.fr/demarches/particuliers/F1964", "https://www.villedex.fr/vosdroits/F1964.html"):
        assert words(html, sheet) == set()


@pytest.mark.parametrize("past, present", [
    # residents who were invited, residents who could answer a survey that stayed open until a past date
    ("Cet automne, vous étiez invités à répondre à une enquête de satisfaction sur l'accueil en mairie.",
     "Vous êtes invités à répondre à une enquête de satisfaction sur l'accueil en mairie."),
    ("Chacun pouvait répondre au questionnaire de façon anonyme. Le questionnaire est resté ouvert de septembre à "
     "février.", "Chacun peut répondre au questionnaire de façon anonyme. Le questionnaire reste ouvert jusqu'au 28 "
     "février."),
])
def test_a_survey_told_in_the_past_is_over(past, present):
    assert "poll" not in words(_in_prose(past, "Enquête sur la vie du village"))
    assert "poll" in words(_in_prose(present, "Enquête sur la vie du village"))


def test_a_questionnaire_available_on_paper_or_online_opens_the_survey():
    html = _in_prose("Le projet du parc sera présenté en mairie jusqu'au 30 juin. Les plans et les trois scénarios "
                     "sont affichés dans le hall. Un questionnaire est disponible en version papier à l'accueil ou en "
                     "ligne sur le site de la ville.", "Aménagement du parc des Tilleuls")
    assert "poll" in words(html)


def test_the_reader_asked_to_share_opinions_and_ideas_is_a_call():
    html = _in_prose("Le projet du parc sera présenté en mairie jusqu'au 30 juin. Les plans sont affichés dans le "
                     "hall. Pour nous faire part de vos remarques et idées, un registre est à votre disposition.",
                     "Aménagement du parc des Tilleuls")
    assert "suggestion_call" in words(html)
    assert "suggestion_call" not in words(_in_prose("Les riverains ont pu faire part de leurs idées lors de la "
                                                    "réunion du 3 mai.", "Aménagement du parc des Tilleuls"))


def test_a_page_titled_for_a_named_platform_presents_it_and_an_article_naming_one_does_not():
    html = _in_prose("Depuis votre téléphone, interrogez un élu ou répondez aux sondages de la ville.",
                     "Decidim : la nouvelle appli de la ville")
    assert "participatory_platform" in features(html)
    news = _in_prose("La ville a changé de prestataire de restauration scolaire. Les menus sont publiés chaque mois. "
                     "La consultation sur les rythmes scolaires s'était tenue sur Decidim.", "Cantine : ce qui change")
    assert "participatory_platform" not in features(news)


def test_provence_s_comites_d_interet_de_quartier_are_the_approach():
    html = ("<title>Comités d'intérêt de quartier</title><h1>Comités d'intérêt de quartier</h1><p>Chaque CIQ "
            "rassemble les habitants d'un quartier autour de ses projets.</p>")
    assert "participation_displayed" in words(html, "https://www.villedex.fr/fr/rb/12/ciq")


def test_the_site_s_name_cut_by_separators_or_in_the_host_s_labels_is_not_the_subject():
    # the declared name spread over two parts of the title
    body = ('<title>Vote | Concertation | Villedex-sur-Loire</title><meta property="og:site_name" content="Concertation '
            'Villedex-sur-Loire"><h1>Vote</h1><p>Le vote ouvre le 3 mai.</p>')
    assert "participation_displayed" not in words(body, "https://concertation.villedex-sur-loire.fr/vote")
    assert "participation_displayed" in words(body.replace("Vote | Concertation |", "Vote | Concertation du parc |"),
                                              "https://concertation.villedex-sur-loire.fr/vote")
    # undeclared, a last part made of the host's own labels and the domain's name
    plain = ("<title>Les horaires | Concertation Villedex-sur-Loire</title><h1>Les horaires</h1>"
             "<p>La médiathèque ouvre le mardi.</p>")
    assert "participation_displayed" not in words(plain, "https://concertation.villedex-sur-loire.fr/horaires")
    assert "participation_displayed" in words(plain, "https://www.villedex-sur-loire.fr/horaires")


def test_a_page_presenting_the_city_s_platform_presents_its_approach_too():
    # known by its theme (residents taking part), the approach does not give way to the platform it presents
    title = "Fluicity, l'appli qui rapproche élus et habitants"
    html = (f"<title>{title}</title><h1>{title}</h1><p>Depuis le printemps, une nouvelle appli est disponible.</p>"
            "<p>Les habitants peuvent y interroger les élus.</p><p>Chacun peut donner son avis sur les projets du "
            "quartier.</p><p>C'est une plateforme de participation citoyenne gratuite.</p><p>Les habitants y répondent "
            "aussi aux questions de la mairie.</p><p>Elle fonctionne sur ordinateur et sur téléphone.</p>")
    assert {"participation_displayed", "participatory_platform"} <= features(html, "https://www.villedex.fr/fluicity")


def test_mutual_help_between_neighbours_is_no_network_until_a_network_is_offered():
    title = "L'entraide entre voisins"
    plain = (f"<title>{title}</title><h1>{title}</h1><p>Pendant les fortes chaleurs, prenez des nouvelles de vos "
             "voisins âgés.</p><p>Les personnes isolées peuvent s'inscrire sur le registre du CCAS.</p>")
    assert "territorial_social_network" not in features(plain, "https://www.villedex.fr/solidarite/entraide-voisins")
    offered = plain.replace("</p><p>Les personnes", "</p><p>La ville vous propose une plateforme d'entraide entre "
                            "voisins pour vous rendre service.</p><p>Les personnes")
    assert "territorial_social_network" in features(offered, "https://www.villedex.fr/solidarite/entraide-voisins")


def test_a_petition_a_citizens_collective_runs_and_the_city_relays_is_not_the_city_s():
    relayed = _in_prose("Une pétition est en ligne pour garder la halte ferroviaire. Un collectif d'usagers s'est "
                        "constitué et la mairie le soutient. Signez la pétition !", "Halte ferroviaire")
    assert "petition" not in words(relayed)
    own = _in_prose("Une pétition est en ligne pour garder la halte ferroviaire. Signez la pétition sur le site de la "
                    "ville : toute pétition réunissant 300 signatures est examinée par le conseil.", "Halte ferroviaire")
    assert "petition" in words(own)


def test_the_second_reading_s_cases():
    # a survey open now, beside an earlier year's figures or residents invited to it
    assert "poll" in words(_in_prose("Les familles ont été invitées à répondre au questionnaire en ligne, ouvert "
                                     "jusqu'au 30 juin.", "Rythmes scolaires"))
    assert "poll" in words(_in_prose("En 2023, 72 % des participants souhaitaient un marché le soir. Cette année, "
                                     "répondez au questionnaire en ligne jusqu'au 30 juin.", "Marché du soir"))
    # a report of a survey's results available is none; a paper questionnaire available is one
    assert "poll" not in words(_in_prose("La synthèse du sondage est disponible en mairie.", "Marché du soir"))
    assert "poll" in words(_in_prose("Un questionnaire papier est disponible à l'accueil de la mairie.", "Marché du soir"))
    # the call's wordings, and a parent's odd phrase that is none
    for call in ("Faites-nous part de vos idées pour le parc !", "Pour nous faire part de vos avis, idées et envies, "
                 "écrivez-nous."):
        assert "suggestion_call" in words(_in_prose(call, "Le parc des Tilleuls")), call
    assert "suggestion_call" not in words(_in_prose("Les parents peuvent nous faire part de vos suggestions lors de la "
                                                    "commission menus.", "Restauration scolaire"))
    # an address held in a parameter is not the page's section
    plain = ("<title>Participation citoyenne</title><h1>Participation citoyenne</h1><p>Un dispositif pour les habitants "
             "de chaque quartier.</p>")
    assert "participation_displayed" in words(
        plain, "https://www.villedex.fr/vie-citoyenne/participation-citoyenne?from=%2Fsecurite%2Fparticipation-citoyenne")
    # an idea box said suspended now; Service-Public's sheets under other section names; a city page whose code is no sheet's
    assert "suggestion_call" not in words(
        "<title>Boîte à idées</title><h1>Boîte à idées</h1><p>La boîte à idées est actuellement suspendue.</p>",
        "https://www.villedex.fr/boite-a-idees")
    sheet = "<title>Référendum local</title><h1>Référendum local</h1><p>Les électeurs de la commune peuvent être consultés.</p>"
    assert words(sheet, "https://www.villedex.fr/services/service-public/F1964") == set()
    assert "participation_displayed" in words(sheet, "https://www.villedex.fr/associations/n12")


def test_the_voisins_solidaires_kit_is_no_network_and_a_network_of_that_name_is_one():
    # the national association's scheme: posters and a board in a building's hall, no network online
    kit = ("<title>Voisins solidaires</title><h1>Voisins solidaires</h1><p>La ville relaie la campagne de l'association "
           "Voisins solidaires pour l'entraide entre voisins.</p><p>Le kit comprend une affiche pour le hall de "
           "l'immeuble, des tracts et un panneau où chacun note ses besoins.</p>")
    assert "territorial_social_network" not in features(kit, "https://www.villedex.fr/solidarite/voisins-solidaires")
    network = kit.replace("</p><p>Le kit", "</p><p>Rejoignez aussi le réseau social de proximité de la ville : inscrivez-"
                          "vous en ligne pour proposer ou demander un coup de main.</p><p>Le kit")
    assert "territorial_social_network" in features(network, "https://www.villedex.fr/solidarite/voisins-solidaires")
    # a platform of that name the city runs: presented, announced, or its own site
    for text in ("La ville lance Voisins solidaires, sa plateforme numérique gratuite pour proposer ou demander un coup "
                 "de main.", "La plateforme Voisins solidaires est en ligne : les volontaires y sont mis en relation."):
        html = f"<title>Voisins solidaires</title><h1>Voisins solidaires</h1><p>{text}</p>"
        assert "territorial_social_network" in features(html, "https://www.villedex.fr/actualites/voisins-solidaires"), text
    own = "<title>Bienvenue</title><h1>Bienvenue</h1><p>Publiez une annonce, répondez à celles de vos voisins.</p>"
    assert "territorial_social_network" in features(own, "https://voisins-solidaires.villedex.fr/")


def test_exchanging_news_between_neighbours_is_no_network():
    html = ("<title>Fête des voisins 2025</title><h1>Fête des voisins 2025</h1><p>Le 30 mai, la fête des voisins est "
            "l'occasion d'échanger entre voisins autour d'un repas partagé.</p>")
    assert "territorial_social_network" not in features(html, "https://www.villedex.fr/fete-des-voisins")


def test_a_call_listed_among_what_a_space_lets_residents_do_presents_that_space():
    # the news item presents the city's app: its calls are the app's, not the page's
    app = ("<title>Une application pour la ville</title><h1>Une application pour la ville</h1>"
           "<p>La mairie lance son application mobile gratuite. Avec elle, signalez un problème de voirie, "
           "proposez vos idées et répondez aux sondages de la mairie. Elle est disponible sur les magasins "
           "d'applications.</p>")
    assert "suggestion_call" not in words(app, "https://www.villedex.fr/actualites/une-application-pour-la-ville")
    # the page's own call, with one more thing to do, or with two more in a sentence naming no space, is the page's
    own = ("<title>Le futur parc</title><h1>Le futur parc</h1>"
           "<p>Le parc des Tilleuls sera réaménagé en 2026. Jusqu'au 30 juin, proposez vos idées pour le futur parc et "
           "répondez au questionnaire sur vos usages. Un atelier suivra en septembre.</p>")
    assert "suggestion_call" in words(own, "https://www.villedex.fr/actualites/le-futur-parc")
    market = ("<title>La place du marché</title><h1>La place du marché</h1>"
              "<p>La place du marché sera rénovée en 2026. Venez débattre, donnez votre avis et proposez vos idées "
              "pour la place lors de la réunion du 12 mai. Les travaux commenceront à l'automne.</p>")
    assert "suggestion_call" in words(market, "https://www.villedex.fr/actualites/la-place-du-marche")


def test_a_platform_s_space_named_for_a_budget_is_a_participatory_budget_whatever_its_brand():
    # its title (a Go Vocal project "Budget Lakou 2025") or its address (components.yaml, budget-routes)
    ideas = ("<title>Budget Lakou 2025 : les idées | Villedex participe</title><h1>Budget Lakou 2025 : les idées</h1>"
             "<p>Des bancs ombragés, des arbres dans la cour de l'école, une piste cyclable vers la gare.</p>")
    assert "participatory_budget" in features(ideas, "https://villedex.govocal.com/fr-FR/projects/lakou-2025")
    project = "<title>Le projet | Villedex participe</title><h1>Le projet</h1><p>Planter douze arbres.</p>"
    assert "participatory_budget" in features(project, "https://villedex.govocal.com/fr-FR/projects/budget-climat-2025")
    # the same title on the city's own site, even with a footer naming a platform or a neighbours' network
    footer = "<footer><p>Rejoignez Smiile, le réseau social de votre quartier. Propulsé par Decidim.</p></footer>"
    assert "participatory_budget" not in features(ideas + footer, "https://www.villedex.fr/actualites/lakou-2025")
    # on a platform: a service page, a proposal or a meeting naming a budget further on, the budget of a year
    for title, path in (("Accessibilité | Budget Lakou", "/fr-FR/pages/accessibility"),
                        ("Plus de budget pour les pistes cyclables", "/fr-FR/ideas/pistes-cyclables"),
                        ("Conseil municipal : vote du budget", "/fr-FR/events/conseil-municipal"),
                        ("Budget 2026 : quelles priorités ?", "/fr-FR/projects/priorites-2026"),
                        ("Budget primitif 2026", "/fr-FR/projects/finances-2026")):
        page = f"<title>{title}</title><h1>{title}</h1><p>Ville de Villedex.</p>"
        assert "participatory_budget" not in features(page, f"https://villedex.govocal.com{path}"), title
    for path in ("/fr-FR/projects/budget-2026", "/fr-FR/projects/plus-de-budget-pour-le-velo"):
        assert "participatory_budget" not in features(project, f"https://villedex.govocal.com{path}"), path


def test_a_proposal_priced_on_a_platform_is_a_budget_s_whatever_its_brand():
    """What residents file for a budget carries an estimated cost (Cap Collectif's estimation, Go Vocal's price);
    the same cost on the city's own site (works news), or a plain "Budget :" line on a platform, tells no budget."""
    decidim = '<link rel="stylesheet" href="/decidim-packs/css/decidim_core-4c1a.css">'
    proposal = (f"<title>Un composteur au square | Graines 2025</title>{decidim}<h1>Un composteur au square</h1>"
                "<p>Installer un composteur partagé près des jeux.</p><p>Coût estimé : 8 000 €</p>")
    assert "participatory_budget" in features(
        proposal, "https://jeparticipe.villedex.fr/processes/graines-2025/f/7/proposals/12")
    assert "participatory_budget" in features(
        proposal.replace("Coût estimé : 8 000 €", "Estimation : 8 000 €"),
        "https://villedex.cap-collectif.com/project/graines-2025/collect/depot/proposals/un-composteur")
    works = ("<title>Rénovation du gymnase</title><h1>Rénovation du gymnase</h1>"
             "<p>Les travaux commencent en mars.</p><p>Coût estimé : 1 200 000 €</p>")
    assert "participatory_budget" not in features(works, "https://www.villedex.fr/actualites/gymnase")
    # on a platform: a works project's millions, the city's ordinary budget, a meeting's fee, a plain "Budget :"
    platform = "https://jeparticipe.villedex.fr/processes/consultation/f/3/"
    for text in ("Donnez votre avis sur la place. Coût estimé : 2,4 M€ TTC",
                 "Le plan vélo sera financé sur six ans. Coût estimé : 1 200 000 €",
                 "Le budget prévisionnel 2026 de la Ville sera voté en décembre.",
                 "Atelier de réparation de vélos, samedi à 10 h. Prix : 5 €",
                 "Donnez votre avis sur le projet d'école. Budget : 450 000 €"):
        page = f"<title>Consultation</title>{decidim}<h1>Consultation</h1><p>{text}</p>"
        assert "participatory_budget" not in features(page, platform), text


@pytest.mark.parametrize("sentence, petition", [
    # a right under another name, told by the signatures a request must gather before the city examines it
    ("La proposition citoyenne sera publiée si elle est recevable, et devra réunir 700 signatures avant d'être "
     "étudiée par le maire.", True),
    ("Les habitants peuvent saisir la commune d'une question qui, si elle réunit un nombre suffisant de signatures, "
     "peut faire l'objet d'une délibération du conseil municipal.", True),
    # a count a news item reports, and the supports a platform's proposal needs (a call for ideas)
    ("La demande des riverains a réuni 700 signatures et sera étudiée en conseil.", False),
    ("Créez une proposition : si elle recueille 500 soutiens, elle est étudiée par le conseil municipal.", False),
])
def test_a_right_under_another_name_told_by_the_signatures_it_needs_is_a_petition(sentence, petition):
    assert ("petition" in words(_in_prose(sentence, "Saisir la commune"))) is petition


def test_a_tender_told_beside_a_questionnaire_to_residents_leaves_the_poll():
    text = ("<p>La mairie a retenu l'architecte de la future médiathèque suite à l'appel d'offres lancé en juillet.</p>"
            "<p>Le comité de pilotage a validé le principe de vous questionner sur vos pratiques culturelles.</p>"
            "<p>Date limite des réponses : avant le 30 novembre.</p>")
    page = f"<title>Questionnaire médiathèque</title><h1>Questionnaire médiathèque</h1>{text}"
    assert "poll" in words(page, "https://www.villedex.fr/mes-demarches/questionnaire-mediatheque")
    # a call for tenders is none: by its title or address, or the tender in its questionnaire's sentence
    tender = ("<p>Objet de la consultation : l'entretien des espaces verts. Les candidats remplissent le questionnaire "
              "technique.</p>")
    assert "poll" not in words(f"<title>Marchés publics</title><h1>Entretien des espaces verts</h1>{text}",
                               "https://www.villedex.fr/marches-publics/espaces-verts")
    assert "poll" not in words(f"<title>Entretien des espaces verts</title><h1>Entretien des espaces verts</h1>{tender}"
                               "<p>Date limite des réponses : avant le 30 novembre.</p>",
                               "https://www.villedex.fr/actualites/espaces-verts")


def test_a_poll_form_showing_that_the_poll_is_closed_is_no_poll():
    # a board's poll once closed: its form shows the results and the closing date, and takes no vote
    closed = ('<article><h1>Stationnement rue Hugo</h1><p>Discussion entre riverains.</p></article>'
              '<form action="/threads/stationnement.12/poll/vote" method="post" class="pollBlock">'
              '<h2>Faut-il une zone bleue ?</h2><div class="pollNotes">Sondage clos le 3 juin 2025.</div>'
              '<ol class="pollResults"><li>Oui : 9 votes</li><li>Non : 4 votes</li></ol></form>')
    assert "poll" not in features(closed, "https://forum.villedex.fr/threads/stationnement.12/")
    open_poll = closed.replace("Sondage clos le 3 juin 2025.", "Sondage : un seul choix possible.")
    assert "poll" in features(open_poll, "https://forum.villedex.fr/threads/stationnement.12/")
