"""Holdout part twenty-eight (``sources``, 99091-99098): eight small communes of Burgundy, Lorraine, Auvergne,
the Alps and La Réunion on the tools such towns use (WordPress with Divi or Astra, Joomla, SPIP, Drupal, a
departmental shared CMS, a site builder, an e-monsite-like builder), an intercommunality's Decidim, a Cap Collectif
participatory budget, a residents' phpBB board and a neighbours' network, with the lookalikes real sites hold."""
from html import escape

from ..hostile import CustomHost
from ..site import City, Site, page, social
from ..web import Reply
from . import sources_markup as m

P = m.prose


def _home(intro, tiles, news, events, extra=""):
    tl = "".join(f'<li class="acces-rapide"><a href="{escape(h)}">{label}</a></li>' for h, label in tiles)
    return (m.cookie_banner() + P(intro) + f'<nav class="acces-rapides" aria-label="Accès rapides"><h2>En un clic</h2><ul>{tl}</ul></nav>'
            + m.teasers(news) + m.agenda(events) + extra)


def _plan(items):
    return P("Toutes les pages du site, rubrique par rubrique.") + m.links(items, "plan-du-site")


# ------------------------------------------------------------------------------------------------
# 99091 Vaurémont-sur-Ource (Côte-d'Or): WordPress + Divi; the intercommunality's Decidim
# ------------------------------------------------------------------------------------------------
VAUR = "www.vauremont-sur-ource.fr"
OURCELLE = "jeparticipe.valdourcelle.fr"


def vauremont():
    poll = m.forminator_poll(412, "Faut-il ouvrir la médiathèque le dimanche matin ?", ["Oui, chaque semaine", "Une fois par mois", "Non"], "/vie-locale/mediatheque/")
    aside = poll + m.mailpoet("/?mailpoet_page=subscriptions")
    pages = [
        page("/", "Accueil", _home(
            "Bienvenue à Vaurémont-sur-Ource, 3 400 habitants au bord de l'Ource, entre Châtillonnais et plateau de Langres.",
            [("/mairie/", "La mairie"), ("/vie-locale/mediatheque/", "Médiathèque"), ("/participer/", "Participer"),
             ("/contact/", "Contact"), ("/plan-du-site/", "Plan du site")],
            [("/actualites/travaux-rue-basse/", "Travaux rue Basse : la réunion de chantier", "12 mars", "Les riverains ont posé leurs questions aux entreprises."),
             ("/actualites/budget-2025/", "Budget primitif 2025 adopté", "4 avril", "Le conseil a voté le budget de l'année."),
             ("/actualites/participation-citoyenne/", "Signature du protocole avec la gendarmerie", "20 avril", "Des habitants référents dans chaque hameau.")],
            [("/agenda/forum-associations/", "Forum des associations", "6 sept."), ("/mairie/conseil-municipal/", "Conseil municipal", "24 juin")])),
        page("/plan-du-site/", "Plan du site", _plan([
            ("/mairie/", "La mairie"), ("/mairie/conseil-municipal/", "Conseil municipal"), ("/mairie/marches-publics/", "Marchés publics"),
            ("/vie-locale/mediatheque/", "Médiathèque"), ("/vie-locale/ecoles/", "Écoles et périscolaire"), ("/vie-locale/salle-des-fetes/", "Réserver la salle des fêtes"),
            ("/participer/", "Participer"), ("/participer/comites-consultatifs/", "Comités consultatifs"), ("/participer/questionnaire-mobilite/", "Questionnaire mobilité"),
            ("/actualites/travaux-rue-basse/", "Travaux rue Basse"), ("/actualites/budget-2025/", "Budget 2025"), ("/actualites/participation-citoyenne/", "Participation citoyenne"),
            ("/actualites/decidim-intercommunal/", "La plateforme de l'intercommunalité"), ("/agenda/forum-associations/", "Forum des associations"),
            ("/bulletin/", "Bulletin municipal"), ("/contact/", "Contact")])),
        page("/mairie/", "La mairie", P("Horaires : du lundi au vendredi de 9 h à 12 h, le mercredi après-midi de 14 h à 17 h 30.",
             "Le maire et les adjoints reçoivent sur rendez-vous. Permanence de l'adjoint aux travaux le samedi matin.")
             + m.links([("/mairie/conseil-municipal/", "Le conseil municipal"), ("/mairie/marches-publics/", "Marchés publics")])),
        # The council's own agenda and minutes: not a participatory approach (codebook).
        page("/mairie/conseil-municipal/", "Conseil municipal", P("Le conseil municipal compte 19 élus. Il se réunit environ six fois par an, en séance publique, salle du conseil.",
             "Ordre du jour de la séance du 24 juin : décision modificative n° 1, tarifs de la cantine, convention avec le SDIS.",
             "Les comptes rendus sont affichés en mairie et publiés ci-dessous dans les huit jours.")
             + m.links([("/bulletin/", "Derniers comptes rendus dans le bulletin")]), decoys={"participation_displayed"}),
        page("/mairie/marches-publics/", "Marchés publics", P("Appel d'offres : réfection de la toiture de l'église Saint-Martin. Date limite de remise des offres : 15 mai à 12 h.",
             "Le dossier de consultation des entreprises est téléchargeable sur le profil acheteur de la commune."), decoys={"suggestion_call"}),
        page("/vie-locale/mediatheque/", "Médiathèque", m.sidebar(P("La médiathèque intercommunale prête livres, DVD et jeux. L'inscription est gratuite pour les moins de 18 ans.",
             "Nous réfléchissons à de nouveaux horaires : donnez votre avis dans le sondage ci-contre."), aside), {"poll"}, decoys={"contact_form"}),
        page("/vie-locale/ecoles/", "Écoles et périscolaire", P("L'école Jules-Ferry accueille 142 élèves de la petite section au CM2.",
             "Inscriptions à la cantine et à la garderie : le formulaire ci-dessous ne sert qu'à l'inscription, pour toute question écrivez à la mairie.")
             + m.wpforms(88, "/vie-locale/ecoles/", [("text", "enfant", "Nom de l'enfant"), ("select:Petite section|Moyenne section|CP|CE1|CM2", "classe", "Classe"),
                                                     ("select:Lundi|Mardi|Jeudi|Vendredi", "jours", "Jours de cantine"), ("email", "email", "E-mail du parent")], "Inscrire"),
             decoys={"contact_form"}),
        page("/vie-locale/salle-des-fetes/", "Réserver la salle des fêtes", P("La salle des fêtes (180 places) se loue aux habitants et aux associations.")
             + m.wpforms(91, "/vie-locale/salle-des-fetes/", [("date", "date", "Date souhaitée"), ("select:Habitant|Association|Extérieur", "tarif", "Tarif"),
                                                              ("text", "nom", "Nom"), ("tel", "tel", "Téléphone")], "Vérifier la disponibilité"), decoys={"contact_form"}),
        page("/participer/", "Participer à la vie communale", m.divi_section(
             "<h2>Une commune qui associe ses habitants</h2>" + P(
                 "Depuis 2021, la municipalité a fait de la démocratie locale un axe de son mandat : trois comités consultatifs ouverts aux habitants, "
                 "des réunions publiques avant chaque grand projet, un questionnaire chaque année.",
                 "Les habitants peuvent aussi déposer leurs idées sur la plateforme participative de la communauté de communes.")
             + m.links([("/participer/comites-consultatifs/", "Les comités consultatifs"), ("/participer/questionnaire-mobilite/", "Le questionnaire 2025"),
                        (f"http://{OURCELLE}/", "La plateforme Je participe en Val d'Ourcelle")])), {"participation_displayed"}),
        page("/participer/comites-consultatifs/", "Comités consultatifs", P(
             "Trois comités consultatifs réunissent élus et habitants volontaires : cadre de vie, animation et patrimoine, solidarités.",
             "Chaque comité se réunit quatre fois par an et rend ses avis au conseil municipal. Pour rejoindre un comité, il suffit de s'inscrire en mairie.",
             "Prochaine réunion du comité cadre de vie : jeudi 15 mai, 18 h 30, salle Lamartine."), {"participation_displayed"}),
        page("/participer/questionnaire-mobilite/", "Questionnaire : se déplacer à Vaurémont", P("Comment vous rendez-vous au travail, à l'école, au marché ? Répondez en cinq minutes, jusqu'au 30 juin.")
             + m.wpforms(120, "/participer/questionnaire-mobilite/", [("select:Voiture|Vélo|À pied|Covoiturage|Transport scolaire", "mode", "Votre mode de déplacement principal"),
                                                                       ("select:Oui|Non|Ne sait pas", "navette", "Utiliseriez-vous une navette vers la gare ?"),
                                                                       ("textarea", "remarque", "Vos remarques")], "Envoyer mes réponses", "questionnaire-habitants"), {"poll"}),
        page("/actualites/travaux-rue-basse/", "Travaux rue Basse : la réunion de chantier", P(
             "Une réunion publique a réuni une quarantaine de riverains le 10 mars. Les travaux d'enfouissement des réseaux dureront jusqu'en juillet.",
             "La circulation sera alternée par feux ; l'accès aux commerces reste possible.")
             + m.share(f"http://{VAUR}/actualites/travaux-rue-basse/")
             + m.wp_comments(311, [("Gérard M.", "12 mars", "Merci pour la réunion, et pour le stationnement des riverains ?"),
                                   ("Mairie de Vaurémont", "13 mars", "Un parking provisoire est ouvert place du Lavoir.")]), {"comments"}),
        page("/actualites/budget-2025/", "Budget primitif 2025 adopté", P(
             "Le budget primitif s'équilibre à 3,1 millions d'euros en fonctionnement et 1,4 million en investissement.",
             "Les taux d'imposition restent inchangés. Le compte administratif 2024 fait apparaître un excédent reporté.")
             + m.wp_comments(312, [], open_=False), decoys={"participatory_budget", "comments"}),
        # The gendarmerie's watch scheme shares the words "participation citoyenne" but is not a participatory approach.
        page("/actualites/participation-citoyenne/", "Participation citoyenne : signature du protocole", P(
             "Le maire, le sous-préfet et le commandant de la brigade ont signé le protocole de participation citoyenne.",
             "Des habitants référents relaient l'information entre leur voisinage et la gendarmerie pour prévenir les cambriolages."),
             decoys={"participation_displayed", "territorial_social_network"}),
        # An article naming the platform: the platform is on its own site, linked.
        page("/actualites/decidim-intercommunal/", "Une plateforme pour participer à l'échelle du Val d'Ourcelle", P(
             "La communauté de communes a ouvert son site de participation, construit avec le logiciel libre Decidim.",
             f"Retrouvez-le sur <a href=\"http://{OURCELLE}/\">jeparticipe.valdourcelle.fr</a>."), decoys={"participatory_platform"}),
        page("/agenda/forum-associations/", "Forum des associations", P("Samedi 6 septembre, de 10 h à 17 h, au gymnase : une cinquantaine d'associations sportives et culturelles."),
             decoys={"forum"}),
        page("/bulletin/", "Bulletin municipal", P("Le Vaurémontois paraît trois fois par an. Numéro de printemps : travaux, écoles, vie associative, état civil.",
             "Vous pouvez aussi recevoir la lettre d'information par courriel.") + m.mailpoet("/?mailpoet_page=subscriptions"), decoys={"contact_form"}),
        page("/contact/", "Contact", m.divi_section(P("Mairie de Vaurémont-sur-Ource, 1 place de l'Hôtel-de-Ville.")) + m.divi_contact("/contact/"), {"contact_form"}),
    ]
    www = Site(VAUR, "wordpress", "Vaurémont-sur-Ource", pages,
               menu=[("Accueil", "/"), ("Mairie", "/mairie/"), ("Vie locale", "/vie-locale/mediatheque/"), ("Participer", "/participer/"), ("Contact", "/contact/")],
               accounts=[social("facebook", "VauremontSurOurce")], address="1 place de l'Hôtel-de-Ville, 21000 Vaurémont-sur-Ource")

    proc = "/processes/idees-territoire"
    hero = m.decidim_process_hero("Des idées pour le Val d'Ourcelle", "Dépôt des idées", "du 1er avril au 15 juin")
    dpages = [
        page("/", "Accueil", P("Bienvenue sur la plateforme de participation de la communauté de communes du Val d'Ourcelle (24 communes).")
             + m.links([(proc, "Des idées pour le Val d'Ourcelle"), ("/processes/plan-climat", "Plan climat : concertation"), ("/pages/help", "Aide")])),
        page(proc, "Des idées pour le Val d'Ourcelle", hero + P("Proposez vos idées pour les services intercommunaux : déchets, petite enfance, tourisme, sentiers.")
             + m.decidim_card(f"{proc}/f/31/proposals/77", "Une recyclerie à Vaurémont", "12 soutiens")
             + m.decidim_card(f"{proc}/f/31/proposals/78", "Relier les sentiers de l'Ource", "31 soutiens")
             + m.links([(f"{proc}/f/31/proposals", "Voir toutes les idées"), (f"{proc}/f/31/proposals/new", "Déposer une idée")]), {"suggestion_call"}),
        page(f"{proc}/f/31/proposals", "Idées", hero + m.decidim_card(f"{proc}/f/31/proposals/77", "Une recyclerie à Vaurémont", "12 soutiens · 4 commentaires")
             + m.decidim_card(f"{proc}/f/31/proposals/78", "Relier les sentiers de l'Ource", "31 soutiens · 9 commentaires"), {"suggestion_call"}),
        page(f"{proc}/f/31/proposals/new", "Déposer une idée", '<form class="new_proposal" action="/processes/idees-territoire/f/31/proposals" method="post">'
             '<label for="proposal_title">Titre</label><input type="text" name="proposal[title]" id="proposal_title">'
             '<label for="proposal_body">Votre idée</label><textarea name="proposal[body]" id="proposal_body"></textarea>'
             '<button type="submit" class="button button__sm button__secondary">Continuer</button></form>', {"suggestion_call"}),
        page(f"{proc}/f/31/proposals/77", "Une recyclerie à Vaurémont", P("Un lieu pour réparer et revendre les objets plutôt que de les jeter.")
             + '<div class="comments-section" id="comments"><h2>4 commentaires</h2><div class="comment" id="comment_1201"><p>Très bonne idée, il y a de la place dans l\'ancienne gare.</p></div>'
               '<form class="new_comment" action="/comments" method="post"><textarea name="comment[body]" id="add-comment-proposal-77"></textarea>'
               '<button type="submit">Publier le commentaire</button></form></div>', {"suggestion_call", "comments"}),
        page(f"{proc}/f/31/proposals/78", "Relier les sentiers de l'Ource", P("Créer une boucle balisée entre les trois villages du bord de l'Ource."), {"suggestion_call"}),
        page("/processes/plan-climat", "Plan climat : concertation", m.decidim_process_hero("Plan climat-air-énergie territorial", "Clôturée", "2023")
             + P("La concertation est terminée. Le bilan est disponible ci-dessous ; merci aux 340 participants."), {"participation_displayed"}),
        page("/pages/help", "Aide", P("Comment participer : créez un compte, confirmez votre adresse, puis déposez ou soutenez des idées.")),
    ]
    dec = Site(OURCELLE, "decidim", "Je participe en Val d'Ourcelle", dpages,
               menu=[("Accueil", "/"), ("Processus", proc), ("Aide", "/pages/help")],
               features=frozenset({"participatory_platform"}), platforms=frozenset({"Decidim"}))
    return City("99091", "Vaurémont-sur-Ource", 3410, "21", "27", "Bourgogne-Franche-Comté", f"http://{VAUR}/", [www, dec])


# ------------------------------------------------------------------------------------------------
# 99092 Saint-Brelin-les-Forges (Meuse): Joomla, RSForm, a right of petition and a petition space
# ------------------------------------------------------------------------------------------------
BRELIN = "www.saint-brelin-les-forges.fr"


def brelin():
    base = "/index.php"
    pet = f"{base}/participer/petitions"
    pages = [
        page("/", "Accueil", _home(
            "Saint-Brelin-les-Forges, ancienne cité de forges de la vallée de la Saulx, 5 900 habitants.",
            [(f"{base}/mairie", "Mairie"), (f"{base}/participer", "Participer"), (pet, "Pétitions"), (f"{base}/quartiers", "Quartiers"),
             (f"{base}/contact", "Contact"), (f"{base}/plan-du-site", "Plan du site")],
            [(f"{base}/actualites/reunions-de-quartier", "Les réunions de quartier reprennent", "3 févr.", "Élus et habitants se retrouvent dans chaque secteur."),
             (f"{base}/actualites/recensement", "Recensement de la population", "16 janv.", "Les agents recenseurs passent jusqu'au 15 février."),
             (f"{base}/actualites/gare", "Maintien des arrêts en gare", "28 mars", "Le conseil a voté une motion.")],
            [(f"{base}/agenda/forum-emploi", "Forum de l'emploi", "11 avril"), (f"{base}/mairie/seances", "Séance du conseil", "27 mai")])),
        page(f"{base}/plan-du-site", "Plan du site", _plan([
            (f"{base}/mairie", "Mairie"), (f"{base}/mairie/seances", "Séances du conseil"), (f"{base}/mairie/appels-candidatures", "Appels à candidatures"),
            (f"{base}/participer", "Participer"), (f"{base}/participer/droit-de-petition", "Droit de pétition"), (pet, "Pétitions en cours"),
            (f"{pet}/12-eclairage-rue-des-forges", "Pétition éclairage"), (f"{pet}/9-city-stade", "Pétition city-stade"), (f"{pet}/deposer", "Déposer une pétition"),
            (f"{base}/quartiers", "Quartiers"), (f"{base}/quartiers/conseil-haut-fourneau", "Conseil de quartier du Haut-Fourneau"),
            (f"{base}/actualites/reunions-de-quartier", "Réunions de quartier"), (f"{base}/actualites/recensement", "Recensement"), (f"{base}/actualites/gare", "Gare"),
            (f"{base}/agenda/forum-emploi", "Forum de l'emploi"), (f"{base}/jeunesse/cmj", "Conseil municipal des jeunes"), (f"{base}/seniors", "Seniors"),
            (f"{base}/urbanisme/enquete-publique-plu", "Enquête publique PLU"), (f"{base}/contact", "Contact")])),
        page(f"{base}/mairie", "Mairie", P("Accueil du public du lundi au samedi matin. État civil, urbanisme, cimetière, élections.")
             + m.links([(f"{base}/mairie/seances", "Séances du conseil municipal"), (f"{base}/mairie/appels-candidatures", "Appels à candidatures")])),
        page(f"{base}/mairie/seances", "Séances du conseil municipal", P("Prochaine séance le 27 mai à 20 h. Ordre du jour : compte administratif, subventions aux associations, tarifs de l'eau.",
             "Les séances sont publiques. Le procès-verbal est publié après approbation."), decoys={"participation_displayed"}),
        page(f"{base}/mairie/appels-candidatures", "Appels à candidatures", P("La commune recrute deux animateurs BAFA pour l'accueil de loisirs d'été : candidatures avant le 30 avril.",
             "Appel à candidatures pour l'occupation du kiosque du parc par un commerce saisonnier."), decoys={"suggestion_call"}),
        page(f"{base}/participer", "Participer", P(
             "La démocratie de proximité à Saint-Brelin repose sur quatre conseils de quartier, un droit de pétition inscrit au règlement intérieur "
             "et un conseil municipal des jeunes.", "Chacun peut y prendre part, qu'il soit électeur ou non.")
             + m.links([(f"{base}/quartiers", "Les conseils de quartier"), (f"{base}/participer/droit-de-petition", "Le droit de pétition"), (pet, "Les pétitions en cours")]),
             {"participation_displayed"}),
        page(f"{base}/participer/droit-de-petition", "Le droit de pétition", P(
             "Tout habitant majeur peut lancer une pétition sur une question qui relève de la compétence du conseil municipal.",
             "Lorsqu'une pétition réunit 300 signatures d'habitants, le maire l'inscrit à l'ordre du jour de la séance suivante.",
             f"Les pétitions se déposent et se signent en ligne, dans l'<a href=\"{pet}\">espace pétitions</a>."), {"petition", "participation_displayed"}),
        page(pet, "Pétitions en cours", P("Signez les pétitions des habitants ou déposez la vôtre.")
             + m.petition_card(f"{pet}/12-eclairage-rue-des-forges", "Rallumer l'éclairage de la rue des Forges jusqu'à minuit", 214, 300)
             + m.petition_card(f"{pet}/9-city-stade", "Un city-stade au Haut-Fourneau", 300, 300, "Seuil atteint")
             + m.links([(f"{pet}/deposer", "Déposer une pétition")]), {"petition"}),
        page(f"{pet}/12-eclairage-rue-des-forges", "Rallumer l'éclairage de la rue des Forges jusqu'à minuit", P(
             "Depuis l'extinction à 22 h, les salariés de l'équipe de nuit rentrent dans le noir. Nous demandons un éclairage jusqu'à minuit rue des Forges.")
             + m.petition_card(f"{pet}/12-eclairage-rue-des-forges", "Rallumer l'éclairage de la rue des Forges", 214, 300) + m.petition_sign(f"{pet}/12-eclairage-rue-des-forges", 12), {"petition"}),
        page(f"{pet}/9-city-stade", "Un city-stade au Haut-Fourneau", P("Seuil atteint : la pétition sera examinée à la séance du 27 mai. Les signatures sont closes.")
             + m.petition_card(f"{pet}/9-city-stade", "Un city-stade au Haut-Fourneau", 300, 300, "Close"), {"petition"}),
        page(f"{pet}/deposer", "Déposer une pétition", P("Décrivez votre demande ; elle sera publiée après vérification de sa recevabilité.")
             + m.rsform(7, f"{pet}/deposer", [("text", "Titre", "Titre de la pétition"), ("textarea", "Texte", "Texte de la pétition"),
                                                ("text", "Nom", "Votre nom"), ("email", "Email", "Votre e-mail")], "Déposer"), {"petition"}),
        page(f"{base}/quartiers", "Les conseils de quartier", P(
             "Quatre conseils de quartier (Centre, Haut-Fourneau, La Saulx, Les Vignottes) réunissent chacun une vingtaine d'habitants tirés au sort ou volontaires.",
             "Ils donnent leur avis sur les projets de la ville et disposent d'une petite enveloppe pour des aménagements de proximité.")
             + m.links([(f"{base}/quartiers/conseil-haut-fourneau", "Conseil de quartier du Haut-Fourneau")]), {"participation_displayed"}),
        page(f"{base}/quartiers/conseil-haut-fourneau", "Conseil de quartier du Haut-Fourneau", P(
             "Compte rendu de la réunion du 3 février : sécurisation du carrefour de l'école, jardins partagés, fleurissement.",
             "Prochaine réunion publique de quartier le 14 avril à 18 h 30, maison de quartier."), {"participation_displayed"}),
        # A short news notice of meeting dates: a passing mention, the approach is presented on the quartiers page.
        page(f"{base}/actualites/reunions-de-quartier", "Les réunions de quartier reprennent", P(
             "Le maire et les élus de secteur vont à la rencontre des habitants : bilan des travaux, projets, questions diverses. Entrée libre."), decoys={"participation_displayed"}),
        page(f"{base}/actualites/recensement", "Recensement de la population", P(
             "L'enquête annuelle de recensement de l'INSEE a lieu du 16 janvier au 15 février. Vous pouvez répondre au questionnaire en ligne avec les codes remis par l'agent recenseur."),
             decoys={"poll"}),
        # A petition on a national site about the railway is not the city's petition space.
        page(f"{base}/actualites/gare", "Maintien des arrêts en gare", P(
             "Le conseil municipal a voté une motion pour le maintien des arrêts TER. Une pétition régionale circule aussi sur un site national de pétitions ; la commune n'en est pas l'organisatrice."),
             decoys={"petition"}),
        page(f"{base}/agenda/forum-emploi", "Forum de l'emploi", P("Forum de l'emploi et de la formation, salle Jean-Moulin, avec France Travail et une trentaine d'employeurs."),
             decoys={"forum"}),
        # The youth council is presented, without any way for residents to take part online; no feature.
        page(f"{base}/jeunesse/cmj", "Conseil municipal des jeunes", P(
             "Les 18 jeunes élus du CMJ, du CM1 à la 5e, se réunissent une fois par mois. Cette année : une boîte à livres et un nettoyage des berges.")),
        page(f"{base}/seniors", "Seniors", P("Repas des aînés le 12 octobre, colis de Noël, navette du marché le mardi. Inscriptions au CCAS.")),
        page(f"{base}/urbanisme/enquete-publique-plu", "Enquête publique : révision du PLU", P(
             "Le commissaire enquêteur tiendra trois permanences en mairie. Le dossier est consultable en mairie et sur le site de la préfecture.",
             "Les observations peuvent être consignées sur le registre papier ou adressées par courrier au commissaire enquêteur."), decoys={"participation_displayed", "poll"}),
        page(f"{base}/contact", "Contact", P("Mairie de Saint-Brelin-les-Forges, 2 rue de la Forge.")
             + m.rsform(3, f"{base}/contact", [("text", "Nom", "Nom"), ("email", "Email", "E-mail"), ("text", "Objet", "Objet"),
                                                ("textarea", "Message", "Votre message"), ("checkbox", "Rgpd", "J'accepte le traitement de mes données")]), {"contact_form"}),
    ]
    www = Site(BRELIN, "joomla", "Saint-Brelin-les-Forges", pages,
               menu=[("Accueil", "/"), ("Mairie", f"{base}/mairie"), ("Participer", f"{base}/participer"), ("Quartiers", f"{base}/quartiers"), ("Contact", f"{base}/contact")],
               accounts=[social("facebook", "saintbrelinlesforges"), social("youtube", "SaintBrelinTV")], address="2 rue de la Forge, 55000 Saint-Brelin-les-Forges")
    return City("99092", "Saint-Brelin-les-Forges", 5920, "55", "44", "Grand Est", f"http://{BRELIN}/", [www])


# ------------------------------------------------------------------------------------------------
# 99093 Montcelard (Puy-de-Dôme): SPIP, article forums, a discussion space, an idea box (Formidable)
# ------------------------------------------------------------------------------------------------
MONTC = "www.montcelard.fr"


def montcelard():
    a = "spip.php?article"
    pages = [
        page("/", "Accueil", _home(
            "Montcelard, commune des Combrailles, 4 100 habitants, au pied des puys.",
            [(f"/{a}12", "Le marché de pays"), (f"/spip.php?rubrique3", "Espace de discussion"), (f"/{a}31", "Boîte à idées"),
             (f"/{a}5", "Contact"), ("/spip.php?page=plan", "Plan du site")],
            [(f"/{a}12", "Le marché de pays change de place", "2 mai", "Il s'installe place de la Halle."),
             (f"/{a}14", "Appel à projets associatifs 2025", "10 janv.", "Subventions aux projets des associations."),
             (f"/{a}16", "Forum de l'emploi saisonnier", "20 mars", "Rencontres avec les employeurs du tourisme.")],
            [(f"/{a}16", "Forum de l'emploi saisonnier", "5 avril"), (f"/{a}18", "Réunion publique : aménagement du bourg", "22 mai")])),
        page("/spip.php?page=plan", "Plan du site", _plan([
            (f"/{a}12", "Le marché de pays"), (f"/{a}14", "Appel à projets associatifs"), (f"/{a}16", "Forum de l'emploi saisonnier"),
            (f"/{a}18", "Aménagement du bourg : concertation"), (f"/{a}19", "Compte rendu de la réunion publique"), (f"/{a}20", "Comptes rendus du conseil"),
            ("/spip.php?rubrique3", "Espace de discussion"), (f"/{a}40", "Sujet : stationnement"), (f"/{a}41", "Sujet : chemins ruraux"), (f"/{a}42", "Règles de l'espace"),
            (f"/{a}31", "Boîte à idées"), (f"/{a}32", "Les idées retenues"), (f"/{a}22", "Écoles"), (f"/{a}23", "Associations"), (f"/{a}24", "Travaux"),
            (f"/{a}25", "Bulletin municipal"), (f"/{a}5", "Contact")])),
        page(f"/{a}12", "Le marché de pays change de place", P("Dès le 7 mai, le marché du mercredi s'installe place de la Halle, plus ombragée.",
             "Dites-nous ce que vous en pensez en bas de cet article.") + m.spip_forum_thread([("Enfin !", "3 mai", "Josiane", "Beaucoup mieux pour les producteurs.")])
             + m.spip_forum_form(12, f"spip.php?{a}12"), {"comments"}),
        page(f"/{a}14", "Appel à projets associatifs 2025", P("La commune soutient les projets des associations montcelardaises : dossier de demande de subvention à déposer avant le 28 février.",
             "Critères : intérêt local, implication de bénévoles, budget équilibré."), decoys={"suggestion_call"}),
        page(f"/{a}16", "Forum de l'emploi saisonnier", P("Le forum de l'emploi saisonnier réunit hôtels, campings et stations du massif. Venez avec votre CV."), decoys={"forum"}),
        page(f"/{a}18", "Aménagement du bourg : une concertation avec les habitants", P(
             "La municipalité engage une concertation sur le réaménagement de la place de l'Église et de la traversée du bourg.",
             "Trois temps : une réunion publique le 22 mai, une balade urbaine en juin, un atelier sur plans en septembre. Chacun peut y participer.")
             + m.links([(f"/{a}19", "Compte rendu de la première réunion")]), {"participation_displayed"}),
        page(f"/{a}19", "Compte rendu de la réunion publique du 22 mai", P("Soixante habitants présents. Principales demandes : ralentir la circulation, garder le stationnement devant la boulangerie, planter des arbres.")
             + '<p class="forum-ferme">Les commentaires sont fermés sur cet article.</p>', {"participation_displayed"}, decoys={"comments"}),
        page(f"/{a}20", "Comptes rendus du conseil municipal", P("Séance du 3 avril : vote du budget primitif et des taux. Séance du 15 mai : tarifs de l'eau, convention avec le SIVOM."),
             decoys={"participation_displayed", "participatory_budget"}),
        page("/spip.php?rubrique3", "Espace de discussion", P("Un espace pour échanger entre habitants sur la vie de la commune. Chaque sujet est un fil de discussion ; les messages sont modérés a posteriori.")
             + m.links([(f"/{a}40", "Stationnement autour de l'école (14 messages)"), (f"/{a}41", "Entretien des chemins ruraux (6 messages)"), (f"/{a}42", "Règles de l'espace")]),
             {"forum"}),
        page(f"/{a}40", "Stationnement autour de l'école", m.spip_forum_thread([
             ("Le matin c'est infernal", "2 févr.", "Paul V.", "Des voitures sur le trottoir tous les matins."),
             ("Re : Le matin c'est infernal", "3 févr.", "Aline", "Un dépose-minute rue du Stade réglerait le problème."),
             ("Proposition", "5 févr.", "Marc", "Et un pédibus avec les parents volontaires ?")]) + m.spip_forum_form(40, f"spip.php?{a}40"), {"forum", "comments"}),
        page(f"/{a}41", "Entretien des chemins ruraux", m.spip_forum_thread([
             ("Chemin des Garennes", "12 mars", "Rémi", "Le chemin est impraticable après les pluies."),
             ("Re : Chemin des Garennes", "14 mars", "Commune", "Le broyage est prévu en avril.")]) + m.spip_forum_form(41, f"spip.php?{a}41"), {"forum", "comments"}),
        page(f"/{a}42", "Règles de l'espace de discussion", P("Restez courtois, pas de propos injurieux ni de publicité. Les messages hors sujet sont retirés."), decoys={"forum"}),
        page(f"/{a}31", "Boîte à idées", P("Une idée pour la commune ? Un aménagement, une animation, un service qui manque ? Faites-nous part de vos idées : "
             "chaque proposition est lue par la commission et reçoit une réponse.")
             + m.spip_formidable(3, f"spip.php?{a}31", [("text", "input_1", "Votre nom"), ("email", "email_1", "Votre e-mail"),
                                                        ("radio:Cadre de vie|Animation|Solidarité|Autre", "radio_1", "Thème"), ("textarea", "textarea_1", "Votre idée")], "Proposer"),
             {"suggestion_call", "contact_form"}),
        page(f"/{a}32", "Les idées retenues", P("Parmi les 46 idées reçues l'an dernier : une boîte à livres, des bancs sur le chemin du puy, une fête des voisins au bourg.",
             f"La boîte à idées reste ouverte : <a href=\"/{a}31\">proposez la vôtre</a>."), {"suggestion_call"}),
        page(f"/{a}22", "Écoles", P("École maternelle et élémentaire des Combes : 210 élèves. Restauration scolaire avec produits locaux.")),
        page(f"/{a}23", "Associations", P("Plus de quarante associations : comité des fêtes, club de foot, chorale, randonneurs des puys. L'annuaire est en mairie.")),
        page(f"/{a}24", "Travaux", P("Réfection du réseau d'eau rue des Granges jusqu'à fin juin. Déviation par la route du Cratère.")),
        page(f"/{a}25", "Bulletin municipal", P("Le bulletin « Montcelard Infos » est distribué dans chaque boîte aux lettres en janvier et en juillet.")),
        page(f"/{a}5", "Contact", P("Mairie de Montcelard, place de la Halle.") + m.spip_contact(f"spip.php?{a}5"), {"contact_form"}),
    ]
    www = Site(MONTC, "spip", "Commune de Montcelard", pages,
               menu=[("Accueil", "/"), ("Discussion", "/spip.php?rubrique3"), ("Boîte à idées", f"/{a}31"), ("Contact", f"/{a}5")],
               accounts=[social("facebook", "CommunedeMontcelard")], address="Place de la Halle, 63000 Montcelard")
    return City("99093", "Montcelard", 4120, "63", "84", "Auvergne-Rhône-Alpes", f"http://{MONTC}/", [www])


# ------------------------------------------------------------------------------------------------
# 99094 Les Arpaillettes (Hautes-Alpes): Drupal, a Webform questionnaire; the valley's budget on Cap Collectif
# ------------------------------------------------------------------------------------------------
ARP = "www.lesarpaillettes.fr"
GUIS = "guisane-haute.cap-collectif.com"
OT_IG, OT_FB = "https://www.instagram.com/arpaillettes_tourisme", "https://www.facebook.com/otarpaillettes"  # the tourist office's


def arpaillettes():
    pages = [
        page("/", "Accueil", _home(
            "Les Arpaillettes, village-station de la haute vallée, 3 050 habitants à l'année et bien plus l'hiver.",
            [("/vivre/transports", "Navettes"), ("/participation", "Participation"), ("/participation/questionnaire-saisonniers", "Questionnaire"),
             ("/contact", "Contact"), ("/plan-du-site", "Plan du site")],
            [("/actualites/budget-participatif-vallee", "Budget participatif de la vallée : à vos projets", "2 mars", "Jusqu'au 30 avril."),
             ("/actualites/sondage-navettes-resultats", "Navettes : les résultats du sondage", "15 janv.", "Merci aux 380 répondants."),
             ("/actualites/office-tourisme", "L'office de tourisme sur les réseaux", "8 déc.", "Suivez la saison.")],
            [("/vivre/enquete-publique-telesiege", "Enquête publique télésiège", "du 2 au 30 juin"), ("/participation/comites", "Comité consultatif montagne", "18 avril")])),
        page("/plan-du-site", "Plan du site", _plan([
            ("/vivre/transports", "Navettes"), ("/vivre/ecoles", "Écoles"), ("/vivre/enquete-publique-telesiege", "Enquête publique télésiège"),
            ("/participation", "Participation"), ("/participation/comites", "Comités consultatifs"), ("/participation/questionnaire-saisonniers", "Questionnaire saisonniers"),
            ("/actualites/budget-participatif-vallee", "Budget participatif de la vallée"), ("/actualites/sondage-navettes-resultats", "Résultats du sondage navettes"),
            ("/actualites/office-tourisme", "Office de tourisme"), ("/finances/budget", "Budget communal"), ("/lettre", "Lettre d'information"), ("/contact", "Contact")])),
        page("/vivre/transports", "Navettes", P("Navettes gratuites entre le village, les hameaux et le front de neige de décembre à avril, toutes les 20 minutes.")),
        page("/vivre/ecoles", "Écoles", P("École du village (4 classes), école du hameau des Sagnes (classe unique). Ramassage scolaire organisé par la région.")),
        page("/vivre/enquete-publique-telesiege", "Enquête publique : remplacement du télésiège des Crêtes", P(
             "Par arrêté préfectoral, une enquête publique est ouverte du 2 au 30 juin. Le commissaire enquêteur reçoit en mairie les 4, 14 et 28 juin.",
             "Le registre dématérialisé est tenu par la préfecture."), decoys={"poll", "participation_displayed"}),
        page("/participation", "Participation des habitants", P(
             "La commune associe habitants permanents et saisonniers à ses choix : comités consultatifs, questionnaires, réunions publiques de hameau.",
             "Elle participe aussi au budget participatif de la communauté de communes, sur la plateforme de la vallée.")
             + m.links([("/participation/comites", "Comités consultatifs"), ("/participation/questionnaire-saisonniers", "Questionnaire aux saisonniers"),
                        (f"http://{GUIS}/", "Budget participatif de la Haute-Guisane")]), {"participation_displayed"}),
        page("/participation/comites", "Comités consultatifs", P(
             "Le comité consultatif « montagne et pastoralisme » et le comité « vie des hameaux » sont ouverts à tout habitant. Inscription auprès du secrétariat.",
             "Prochaine réunion le 18 avril à la salle hors-sac."), {"participation_displayed"}),
        page("/participation/questionnaire-saisonniers", "Questionnaire : se loger quand on est saisonnier", P("Vous travaillez l'hiver aux Arpaillettes ? Aidez-nous à préparer l'offre de logement saisonnier.")
             + m.webform("logement_saisonnier", "/participation/questionnaire-saisonniers", [
                 ("radios", "situation", "Où logez-vous cette saison ?", ["Chez l'employeur", "Location privée", "Camion ou caravane", "Autre"]),
                 ("radios", "budget", "Quel loyer pouvez-vous payer ?", ["Moins de 300 €", "300 à 500 €", "Plus de 500 €"]),
                 ("textarea", "commentaire", "Commentaire", None)]), {"poll"}),
        page("/actualites/budget-participatif-vallee", "Budget participatif de la vallée : à vos projets", P(
             "La communauté de communes de la Haute-Guisane consacre 150 000 € à des projets proposés par les habitants.",
             f"Déposez vos projets jusqu'au 30 avril sur <a href=\"http://{GUIS}/project/budget-participatif-2025/presentation\">la plateforme participative</a>."),
             {"participatory_budget"}),
        page("/actualites/sondage-navettes-resultats", "Navettes : les résultats du sondage", P("Le sondage de l'automne est clos. 61 % des répondants souhaitent une navette le soir jusqu'à 21 h.",
             "Le service sera testé cet hiver le vendredi et le samedi."), decoys={"poll"}),
        # The tourist office's accounts are not the commune's; the page only names them.
        page("/actualites/office-tourisme", "L'office de tourisme sur les réseaux", P(
             "L'office de tourisme (association indépendante de la mairie) publie l'enneigement et les animations sur ses propres comptes : "
             f"<a href=\"{OT_IG}\">Instagram de l'office de tourisme</a> et <a href=\"{OT_FB}\">sa page Facebook</a>.")),
        page("/finances/budget", "Budget communal", P("Budget primitif 2025 : 8,2 M€ dont 3,1 M€ pour les remontées mécaniques en régie. Compte administratif 2024 disponible en mairie."),
             decoys={"participatory_budget"}),
        page("/lettre", "Lettre d'information", P("Recevez chaque mois les actualités de la commune.") + m.simplenews("/lettre"), decoys={"contact_form"}),
        page("/contact", "Contact", P("Mairie des Arpaillettes, place de la Chapelle.") + m.drupal_contact("/contact"), {"contact_form"}),
    ]
    www = Site(ARP, "drupal", "Les Arpaillettes", pages,
               menu=[("Accueil", "/"), ("Vivre", "/vivre/transports"), ("Participation", "/participation"), ("Contact", "/contact")],
               accounts=[social("instagram", "lesarpaillettes"), social("facebook", "mairiedesarpaillettes")], address="Place de la Chapelle, 05000 Les Arpaillettes")

    prj = "/project/budget-participatif-2025"
    steps = [(f"{prj}/presentation", "Présentation", "janvier"), (f"{prj}/depot", "Dépôt des projets", "1er mars - 30 avril"),
             (f"{prj}/vote", "Vote", "septembre"), (f"{prj}/laureats", "Lauréats", "octobre")]
    cpages = [
        page("/", "Accueil", P("La plateforme de participation de la communauté de communes de la Haute-Guisane.")
             + m.links([(f"{prj}/presentation", "Budget participatif 2025"), ("/project/budget-participatif-2023/laureats", "Budget participatif 2023 : les lauréats"), ("/pages/reglement", "Règlement")])),
        page(f"{prj}/presentation", "Budget participatif 2025 - Présentation", m.capco_steps(steps, 0) + P(
             "150 000 € pour des projets d'investissement d'intérêt général, proposés puis votés par les habitants de plus de 11 ans.",
             "Un projet ne peut dépasser 30 000 €."), {"participatory_budget"}),
        page(f"{prj}/depot", "Budget participatif 2025 - Dépôt des projets", m.capco_steps(steps, 1) + P("Vous avez une idée pour la vallée ? Déposez votre projet.")
             + '<ul class="proposal-list">' + m.capco_proposal_preview(f"{prj}/depot/proposals/abri-bus-sagnes", "Un abri-bus aux Sagnes", "Lucie R.", "Mobilité", cost=12000)
             + m.capco_proposal_preview(f"{prj}/depot/proposals/composteur-collectif", "Composteurs partagés", "Collectif Zéro déchet", "Environnement", cost=6000) + "</ul>"
             + m.capco_proposal_form(f"{prj}/depot/proposals/new"), {"participatory_budget", "suggestion_call"}),
        page(f"{prj}/depot/proposals/abri-bus-sagnes", "Un abri-bus aux Sagnes", P("Les collégiens attendent le car sans abri à 1 600 m d'altitude.")
             + '<div class="opinion__comments"><h3>2 commentaires</h3><form class="comment-form" method="post" action="/comments"><textarea name="body" placeholder="Votre commentaire"></textarea><button type="submit" class="btn">Commenter</button></form></div>',
             {"participatory_budget", "comments"}),
        page(f"{prj}/depot/proposals/composteur-collectif", "Composteurs partagés", P("Trois composteurs collectifs au village et dans les hameaux."), {"participatory_budget"}),
        page(f"{prj}/vote", "Budget participatif 2025 - Vote", m.capco_steps(steps, 2) + P("Le vote ouvrira en septembre : chaque habitant pourra soutenir jusqu'à trois projets."),
             {"participatory_budget"}),
        page(f"{prj}/laureats", "Budget participatif 2025 - Lauréats", m.capco_steps(steps, 3) + P("Les lauréats seront annoncés en octobre."), {"participatory_budget"}),
        page("/project/budget-participatif-2023/laureats", "Budget participatif 2023 : les lauréats", P("Édition 2023 : 1 240 votants, six projets lauréats réalisés.")
             + '<ul class="proposal-list">' + m.capco_proposal_preview("/project/budget-participatif-2023/laureats", "Table d'orientation du col", "Club alpin", "Patrimoine", 388)
             + "</ul>", {"participatory_budget"}),
        page("/pages/reglement", "Règlement du budget participatif", P("Article 1 : objet. Article 2 : qui peut proposer. Article 3 : critères de recevabilité. Article 4 : vote."),
             {"participatory_budget"}),
    ]
    cap = Site(GUIS, "capcollectif", "Participez en Haute-Guisane", cpages,
               menu=[("Accueil", "/"), ("Budget participatif", f"{prj}/presentation"), ("Règlement", "/pages/reglement")],
               features=frozenset({"participatory_platform"}), platforms=frozenset({"Cap Collectif"}))
    return City("99094", "Les Arpaillettes", 3050, "05", "93", "Provence-Alpes-Côte d'Azur", f"http://{ARP}/", [www, cap],
                decoy_accounts=(OT_IG, OT_FB))


# ------------------------------------------------------------------------------------------------
# 99095 Bras-Sainte-Aline (La Réunion): a site builder (Wix-like layout), a neighbours' network, a one-way alert app
# ------------------------------------------------------------------------------------------------
BRAS = "www.brassaintealine.re"
VOISINS = "voisins.brassaintealine.re"


def _wix(site, pg):
    menu = "".join(f'<li class="wixui-dropdown-menu__item"><a data-testid="linkElement" href="{escape(h)}" class="StylableHorizontalMenu__menuItem">{escape(lbl)}</a></li>'
                   for lbl, h in site.menu)
    soc = "".join(f'<li class="wixui-social-bar__item"><a data-testid="linkElement" href="{escape(a.href)}" target="_blank" aria-label="{a.platform}"><img alt="{a.platform}" src="https://static.wixstatic.com/media/{a.platform}.png"></a></li>' for a in site.accounts)
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder">
<title>{escape(pg.title)} | {escape(site.title)}</title>
<meta property="og:site_name" content="{escape(site.title)}">
<link rel="preconnect" href="https://static.parastorage.com" crossorigin>
<script>window.viewerModel = {{"siteFeatures":["cookiesManager","forms"],"language":{{"siteLanguage":"fr"}}}};</script>
</head>
<body>
<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="site-root">
<header id="SITE_HEADER" class="wixui-header"><div id="comp-kd8h1logo" class="wixui-rich-text"><h2><a href="/">{escape(site.title)}</a></h2></div>
<nav id="comp-kd8h1menu" class="wixui-horizontal-menu" aria-label="Site"><ul>{menu}</ul></nav></header>
<main id="PAGES_CONTAINER" tabindex="-1"><div id="SITE_PAGES"><section class="wixui-section" id="comp-kd8hsect">
<div data-testid="richTextElement" class="wixui-rich-text"><h1 class="font_0 wixui-rich-text__text">{escape(pg.title)}</h1></div>
<div class="wixui-rich-text font_8">{pg.body}</div></section></div></main>
<footer id="SITE_FOOTER" class="wixui-footer"><p>{escape(site.address)}</p><ul class="wixui-social-bar">{soc}</ul>
<p><a href="/mentions-legales">Mentions légales</a></p></footer></div></div></div>
<div id="consent-banner-root"><p>Ce site utilise des cookies.</p><button>Accepter</button></div>
</body></html>"""


def bras():
    pages = [
        page("/", "Accueil", _home(
            "Bras-Sainte-Aline, commune des hauts de l'Est, 9 800 habitants entre ravines et champs de cannes.",
            [("/mairie", "Mairie"), ("/vivre-ensemble", "Vivre ensemble"), ("/voisins", "Réseau des voisins"), ("/alertes", "Alertes"),
             ("/contact", "Contact"), ("/plan-du-site", "Plan du site")],
            [("/actualites/alerte-cyclonique", "Alerte cyclonique : les bons réflexes", "14 janv.", "Préparez votre kit."),
             ("/actualites/appel-offres-radier", "Appel d'offres : radier de la ravine Blanche", "2 févr.", "Remise des offres le 3 mars."),
             ("/actualites/carnaval", "Carnaval des écoles", "20 févr.", "Défilé au bourg.")],
            [("/actualites/carnaval", "Carnaval", "1er mars"), ("/mairie/conseil", "Conseil municipal", "12 mars")])),
        page("/plan-du-site", "Plan du site", _plan([
            ("/mairie", "Mairie"), ("/mairie/conseil", "Conseil municipal"), ("/vivre-ensemble", "Vivre ensemble"), ("/voisins", "Réseau des voisins"),
            ("/alertes", "Alertes sur votre téléphone"), ("/participation-citoyenne", "Participation citoyenne et gendarmerie"),
            ("/actualites/alerte-cyclonique", "Alerte cyclonique"), ("/actualites/appel-offres-radier", "Appel d'offres"), ("/actualites/carnaval", "Carnaval"),
            ("/ecoles", "Écoles"), ("/ccas", "CCAS et seniors"), ("/contact", "Contact")])),
        page("/mairie", "Mairie", P("Mairie principale au bourg, mairies annexes à La Plaine et à Bois-Rouge. Ouvert du lundi au vendredi, 7 h 45 - 15 h 45.")
             + m.links([("/mairie/conseil", "Le conseil municipal")])),
        page("/mairie/conseil", "Conseil municipal", P("29 élus. Prochaine séance le 12 mars : budget primitif, subventions, convention avec la CIREST.", "Séances publiques, salle des délibérations."),
             decoys={"participation_displayed", "participatory_budget"}),
        # Names the neighbours' network in passing and links to the page that presents it: no feature here.
        page("/vivre-ensemble", "Vivre ensemble", P("Entraide entre voisins, fêtes de quartier, jardins créoles partagés : la commune encourage les liens de proximité.",
             "Un réseau social de voisinage, ouvert par la commune pour chaque quartier, permet d'échanger services, prêts d'outils et informations.")
             + m.links([("/voisins", "Découvrir le réseau des voisins")])),
        page("/voisins", "Le réseau des voisins", P(
             "La commune a ouvert un réseau social de voisinage réservé aux habitants : chaque quartier (Bourg, La Plaine, Bois-Rouge, Ravine Blanche) a son fil.",
             "On y propose un coup de main, on y prête une débroussailleuse, on y signale un chien perdu. Inscription gratuite avec une adresse de la commune.",
             f"<a href=\"http://{VOISINS}/\" class=\"wixui-button\">Rejoindre mes voisins</a>"), {"territorial_social_network"}),
        page("/alertes", "Alertes sur votre téléphone", P(
             "Recevez les alertes de la mairie (cyclone, coupure d'eau, route barrée) sur votre téléphone grâce à une application d'information gratuite.",
             "L'application est à sens unique : elle diffuse les messages de la commune, on ne peut pas y répondre ni y publier."),
             decoys={"territorial_social_network", "comments"}),
        # The gendarmerie's scheme: not the commune's participatory approach nor a social network.
        page("/participation-citoyenne", "Participation citoyenne", P("Le dispositif de participation citoyenne, signé avec la gendarmerie, associe des habitants référents à la prévention des cambriolages."),
             decoys={"participation_displayed", "territorial_social_network"}),
        page("/actualites/alerte-cyclonique", "Alerte cyclonique : les bons réflexes", P("Vigilance, alerte orange, alerte rouge : rentrez le linge, faites des réserves d'eau, restez informés.")),
        page("/actualites/appel-offres-radier", "Appel d'offres : radier de la ravine Blanche", P("Marché de travaux en procédure adaptée. Le dossier est à retirer sur la plateforme des marchés publics.",
             "Date limite de réception des offres : 3 mars, 12 h."), decoys={"suggestion_call"}),
        page("/actualites/carnaval", "Carnaval des écoles", P("Le défilé partira de l'école de La Plaine à 9 h. Thème de l'année : les oiseaux des Hauts.")),
        page("/ecoles", "Écoles", P("Sept écoles maternelles et élémentaires. Inscriptions au service scolaire avec le livret de famille et un justificatif de domicile.")),
        page("/ccas", "CCAS et seniors", P("Portage des repas, téléassistance, colis de fin d'année. Le CCAS reçoit sans rendez-vous le mardi matin.")),
        page("/contact", "Contact", P("Une question, une demande ? Écrivez-nous.") + m.wix_form("cf01", [("text", "Nom"), ("email", "E-mail"), ("text", "Objet"), ("textarea", "Message")]),
             {"contact_form"}),
    ]
    www = Site(BRAS, "vendor", "Bras-Sainte-Aline", pages,
               menu=[("Accueil", "/"), ("Mairie", "/mairie"), ("Vivre ensemble", "/vivre-ensemble"), ("Contact", "/contact")],
               accounts=[social("facebook", "VilledeBrasSainteAline")], address="Rue de l'Église, 97400 Bras-Sainte-Aline")
    npages = [
        page("/", "Accueil", P("Le réseau social des voisins de Bras-Sainte-Aline, proposé par la commune. 1 320 membres.")
             + '<ul class="groupes">' + "".join(f'<li><a href="/quartier/{q}">{n}</a></li>' for q, n in (("bourg", "Bourg"), ("la-plaine", "La Plaine"))) + "</ul>"
             + m.links([("/a-propos", "À propos")]), {"territorial_social_network"}),
        page("/quartier/bourg", "Quartier du Bourg", '<div class="feed"><article class="post"><p class="post__author">Murielle, Bourg</p><p>Qui peut me prêter une échelle samedi ?</p>'
             '<p class="post__replies">3 réponses</p></article><article class="post"><p class="post__author">Jean-Luc, Bourg</p><p>Chat tigré trouvé rue des Letchis.</p></article></div>'
             '<form class="post-form" method="post" action="/quartier/bourg/publier"><textarea name="contenu" placeholder="Écrire à mes voisins"></textarea><button>Publier</button></form>',
             {"territorial_social_network"}),
        page("/quartier/la-plaine", "Quartier de La Plaine", '<div class="feed"><article class="post"><p class="post__author">Sandrine, La Plaine</p><p>Covoiturage vers Saint-Benoît le matin, qui est intéressé ?</p></article></div>',
             {"territorial_social_network"}),
        page("/a-propos", "À propos", P("Un réseau privé de voisinage ouvert par la commune de Bras-Sainte-Aline. Les échanges sont modérés par des habitants volontaires."),
             {"territorial_social_network"}),
    ]
    net = Site(VOISINS, "community", "Voisins de Bras-Sainte-Aline", npages, menu=[("Accueil", "/"), ("Bourg", "/quartier/bourg"), ("La Plaine", "/quartier/la-plaine")])
    return City("99095", "Bras-Sainte-Aline", 9810, "974", "04", "La Réunion", f"http://{BRAS}/", [www, net])


# ------------------------------------------------------------------------------------------------
# 99096 Sorcy-la-Vaire (Meurthe-et-Moselle): the department's shared CMS; the department's budget on CONSUL
# ------------------------------------------------------------------------------------------------
SORCY = "www.sorcy-la-vaire.fr"
DEPBP = "budgetparticipatif.cd-lorraine-sud.fr"


def sorcy():
    pages = [
        page("/", "Accueil", _home(
            "Bienvenue sur le site de Sorcy-la-Vaire, 3 300 habitants, au cœur du plateau lorrain. Site réalisé avec la plateforme des communes du Département.",
            [("/demarches", "Démarches"), ("/vie-municipale", "Vie municipale"), ("/votre-avis", "Votre avis"), ("/cahier-de-suggestions", "Cahier de suggestions"),
             ("/contact", "Contact"), ("/plan-du-site", "Plan du site")],
            [("/actualites/budget-participatif-departemental", "Budget participatif du Département : votez !", "5 sept.", "Deux projets du canton en lice."),
             ("/actualites/concours-fleurissement", "Concours des maisons fleuries", "2 juin", "Inscriptions ouvertes."),
             ("/actualites/sondage-cantine-resultats", "Cantine : ce que vous nous avez dit", "20 mai", "Résultats du questionnaire.")],
            [("/vie-municipale/conseil", "Conseil municipal", "19 sept."), ("/actualites/concours-fleurissement", "Remise des prix du fleurissement", "11 oct.")])),
        page("/plan-du-site", "Plan du site", _plan([
            ("/demarches", "Démarches"), ("/demarches/salle", "Location de salle"), ("/vie-municipale", "Vie municipale"), ("/vie-municipale/conseil", "Conseil municipal"),
            ("/vie-municipale/bulletin", "Bulletin municipal"), ("/votre-avis", "Votre avis"), ("/votre-avis/questionnaire-centre-bourg", "Questionnaire centre-bourg"),
            ("/cahier-de-suggestions", "Cahier de suggestions"), ("/actualites/budget-participatif-departemental", "Budget participatif du Département"),
            ("/actualites/concours-fleurissement", "Concours fleurissement"), ("/actualites/sondage-cantine-resultats", "Résultats cantine"),
            ("/jeunesse", "Jeunesse"), ("/associations", "Associations"), ("/paiement", "Payer en ligne"), ("/contact", "Contact")])),
        page("/demarches", "Démarches", P("Carte d'identité, passeport (sur rendez-vous à la mairie de Lunéville), état civil, recensement citoyen à 16 ans.")
             + m.links([("/demarches/salle", "Location de salle"), ("/paiement", "Payer la cantine en ligne")])),
        page("/demarches/salle", "Location de salle", P("Salle Saint-Rémy : 120 €, caution 500 €.") + '<form class="form-reservation" method="post" action="/demarches/salle">'
             '<label for="res-date">Date</label><input type="date" id="res-date" name="date"><label for="res-nom">Nom</label><input type="text" id="res-nom" name="nom">'
             '<label for="res-tel">Téléphone</label><input type="tel" id="res-tel" name="tel"><button type="submit">Demander la réservation</button></form>', decoys={"contact_form"}),
        page("/paiement", "Payer en ligne", P("Réglez la cantine, la garderie et l'eau par carte bancaire via le service de paiement public.")
             + '<form class="form-paiement" method="post" action="/paiement"><label for="ref">Référence de la facture</label><input type="text" id="ref" name="reference">'
               '<label for="montant">Montant</label><input type="text" id="montant" name="montant"><button type="submit">Payer</button></form>', decoys={"contact_form"}),
        page("/vie-municipale", "Vie municipale", P("Le conseil municipal, les commissions, le bulletin.") + m.links([("/vie-municipale/conseil", "Conseil municipal"), ("/vie-municipale/bulletin", "Bulletin")])),
        page("/vie-municipale/conseil", "Conseil municipal", P("Ordre du jour du 19 septembre : décision modificative, rapport sur l'eau, adhésion au groupement d'achat d'énergie."),
             decoys={"participation_displayed"}),
        page("/vie-municipale/bulletin", "Bulletin municipal", P("« Sorcy Infos » n° 42 : le dossier du mois présente la démarche « Votre avis compte », les travaux de l'église et la rentrée scolaire."),
             decoys={"participation_displayed"}),
        page("/votre-avis", "Votre avis compte", P(
             "Avant chaque projet important, la municipalité consulte les habitants : questionnaire en ligne et papier, réunion publique, restitution dans le bulletin.",
             "En 2025, la consultation porte sur le réaménagement du centre-bourg.")
             + m.links([("/votre-avis/questionnaire-centre-bourg", "Répondre au questionnaire"), ("/cahier-de-suggestions", "Le cahier de suggestions")]), {"participation_displayed"}),
        page("/votre-avis/questionnaire-centre-bourg", "Questionnaire : le centre-bourg de demain", P("Dix questions, cinq minutes. Réponses jusqu'au 31 octobre.")
             + '<form class="formulaire-enquete" id="enquete-centre-bourg" method="post" action="/votre-avis/questionnaire-centre-bourg">'
               '<fieldset><legend>Fréquentez-vous les commerces du centre ?</legend><label><input type="radio" name="q1" value="souvent"> Souvent</label>'
               '<label><input type="radio" name="q1" value="parfois"> Parfois</label><label><input type="radio" name="q1" value="jamais"> Jamais</label></fieldset>'
               '<fieldset><legend>Que souhaitez-vous en priorité ?</legend><label><input type="checkbox" name="q2[]" value="arbres"> Des arbres</label>'
               '<label><input type="checkbox" name="q2[]" value="parking"> Du stationnement</label><label><input type="checkbox" name="q2[]" value="jeux"> Une aire de jeux</label></fieldset>'
               '<label for="q3">Autre chose à nous dire ?</label><textarea id="q3" name="q3"></textarea><button type="submit">Valider mes réponses</button></form>', {"poll"}),
        page("/cahier-de-suggestions", "Cahier de suggestions", P("Le cahier de suggestions est aussi en ligne : une remarque, une idée pour la commune, écrivez-la ici. Les élus y répondent chaque mois dans le bulletin.")
             + '<form class="form-suggestion" method="post" action="/cahier-de-suggestions"><label for="sug-nom">Nom (facultatif)</label><input type="text" id="sug-nom" name="nom">'
               '<label for="sug-txt">Votre suggestion</label><textarea id="sug-txt" name="suggestion"></textarea><button type="submit">Envoyer ma suggestion</button></form>',
             {"suggestion_call", "contact_form"}),
        page("/actualites/budget-participatif-departemental", "Budget participatif du Département : votez !", P(
             "Le Département ouvre le vote de son budget participatif : deux projets du canton sont soumis au vote, dont le verger pédagogique de Sorcy.",
             f"Votez jusqu'au 15 octobre sur <a href=\"http://{DEPBP}/budgets/3/investments\">le site du budget participatif départemental</a>."), {"participatory_budget"}),
        # A contest open to residents is not a call for ideas.
        page("/actualites/concours-fleurissement", "Concours des maisons fleuries", P("Inscrivez votre balcon, votre jardin ou votre façade avant le 30 juin. Le jury passe en juillet."),
             decoys={"suggestion_call"}),
        page("/actualites/sondage-cantine-resultats", "Cantine : ce que vous nous avez dit", P("Le questionnaire aux familles est clos : 143 réponses. 72 % souhaitent plus de produits locaux ; le menu végétarien hebdomadaire est maintenu."),
             decoys={"poll"}),
        page("/jeunesse", "Jeunesse", P("Accueil de loisirs des 3-12 ans pendant les vacances, local jeunes le mercredi et le samedi.")),
        page("/associations", "Associations", P("Annuaire des associations : football, gymnastique, arboriculteurs, anciens combattants, bibliothèque.")),
        page("/contact", "Contact", P("Mairie, 4 rue de la Vaire.") + '<form class="form-contact" method="post" action="/contact"><label for="c-nom">Nom</label><input type="text" id="c-nom" name="nom">'
             '<label for="c-mail">Courriel</label><input type="email" id="c-mail" name="courriel"><label for="c-msg">Message</label><textarea id="c-msg" name="message"></textarea>'
             '<button type="submit">Envoyer</button></form>', {"contact_form"}),
    ]
    www = Site(SORCY, "vendor", "Commune de Sorcy-la-Vaire", pages,
               menu=[("Accueil", "/"), ("Démarches", "/demarches"), ("Vie municipale", "/vie-municipale"), ("Votre avis", "/votre-avis"), ("Contact", "/contact")],
               accounts=[social("facebook", "sorcylavaire")], address="4 rue de la Vaire, 54000 Sorcy-la-Vaire")
    cpages = [
        page("/", "Accueil", P("Le budget participatif du Département : 1 million d'euros pour vos projets.")
             + m.links([("/budgets/3/investments", "Voter pour les projets 2025"), ("/budgets/2/investments", "Édition 2023"), ("/pages/reglement", "Règlement")]),
             {"participatory_budget"}),
        page("/budgets/3/investments", "Budget participatif 2025 : projets", P("Choisissez jusqu'à trois projets dans votre canton.")
             + '<div class="budget-investments">' + "".join(
                 f'<div class="budget-investment clear" id="budget_investment_{n}"><div class="panel"><h3><a href="/budgets/3/investments/{n}">{t}</a></h3>'
                 f'<p class="investment-project-info">{c}</p><div class="supports"><a class="button button-support" href="/users/sign_in">Voter</a></div></div></div>'
                 for n, t, c in ((41, "Verger pédagogique de Sorcy", "18 000 €"), (44, "Sentier des étangs accessible", "45 000 €"))) + "</div>",
             {"participatory_budget"}),
        page("/budgets/3/investments/41", "Verger pédagogique de Sorcy", P("Planter 40 arbres fruitiers d'anciennes variétés avec les écoles.")
             + '<div id="comments"><h2>Commentaires (3)</h2><form class="new_comment" action="/comments" method="post"><textarea name="comment[body]"></textarea><input type="submit" value="Publier"></form></div>',
             {"participatory_budget", "comments"}),
        page("/budgets/3/investments/44", "Sentier des étangs accessible", P("Rendre accessible aux fauteuils le sentier des étangs."), {"participatory_budget"}),
        page("/budgets/2/investments", "Édition 2023 : projets lauréats", P("Édition terminée : 22 projets financés dans le département. Le vote est clos."), {"participatory_budget"}),
        page("/pages/reglement", "Règlement", P("Qui peut voter : toute personne de plus de 12 ans résidant dans le département. Un vote par personne."), {"participatory_budget"}),
    ]
    cons = Site(DEPBP, "consul", "Budget participatif du Département", cpages,
                menu=[("Accueil", "/"), ("Projets", "/budgets/3/investments"), ("Règlement", "/pages/reglement")],
                features=frozenset({"participatory_platform"}), platforms=frozenset({"CONSUL Democracy"}))
    return City("99096", "Sorcy-la-Vaire", 3290, "54", "44", "Grand Est", f"http://{SORCY}/", [www, cons])


# ------------------------------------------------------------------------------------------------
# 99097 Saint-Ours-d'Arvette (Haute-Savoie): WordPress (Astra), WPForms; the residents' phpBB board run by the commune
# ------------------------------------------------------------------------------------------------
OURS = "www.saint-ours-darvette.fr"
FORUM = "forum.saint-ours-darvette.fr"


def saint_ours():
    pages = [
        page("/", "Accueil", _home(
            "Saint-Ours-d'Arvette, 7 600 habitants, entre lac et montagne, aux portes du Chablais.",
            [("/la-mairie/", "La mairie"), ("/vivre-ici/", "Vivre ici"), ("/participer/", "Participer"), (f"http://{FORUM}/", "Le forum des habitants"),
             ("/contact/", "Contact"), ("/plan-du-site/", "Plan du site")],
            [("/2025/04/reunions-de-hameau/", "Réunions de hameau : le calendrier", "8 avril", "Les élus viennent à vous."),
             ("/2025/03/forum-de-lemploi/", "Forum de l'emploi transfrontalier", "1er mars", "Travailler en Suisse ou en Savoie."),
             ("/2025/02/sondage-rythmes-scolaires/", "Rythmes scolaires : donnez votre avis", "3 févr.", "Sondage auprès des familles.")],
            [("/2025/04/reunions-de-hameau/", "Réunion de hameau aux Granges", "24 avril"), ("/2025/03/forum-de-lemploi/", "Forum de l'emploi", "15 mars")])),
        page("/plan-du-site/", "Plan du site", _plan([
            ("/la-mairie/", "La mairie"), ("/la-mairie/seances/", "Séances du conseil"), ("/vivre-ici/", "Vivre ici"), ("/vivre-ici/jeunesse/", "Jeunesse"),
            ("/vivre-ici/seniors/", "Seniors"), ("/participer/", "Participer"), ("/participer/conseil-des-sages/", "Conseil des sages"),
            ("/2025/04/reunions-de-hameau/", "Réunions de hameau"), ("/2025/03/forum-de-lemploi/", "Forum de l'emploi"), ("/2025/02/sondage-rythmes-scolaires/", "Sondage rythmes scolaires"),
            ("/2024/11/petition-ligne-bus/", "Ligne de bus"), ("/espace-famille/", "Espace famille"), ("/contact/", "Contact"), (f"http://{FORUM}/", "Forum des habitants")])),
        page("/la-mairie/", "La mairie", P("Accueil du lundi au vendredi. Le service urbanisme reçoit sur rendez-vous le mardi et le jeudi.") + m.links([("/la-mairie/seances/", "Séances du conseil")])),
        page("/la-mairie/seances/", "Séances du conseil municipal", P("Calendrier des séances, ordres du jour et procès-verbaux. Prochaine séance : 6 mai, 19 h."), decoys={"participation_displayed"}),
        page("/vivre-ici/", "Vivre ici", P("Écoles, crèche, équipements sportifs, bibliothèque, marché du jeudi.") + m.links([("/vivre-ici/jeunesse/", "Jeunesse"), ("/vivre-ici/seniors/", "Seniors")])),
        page("/vivre-ici/jeunesse/", "Jeunesse", P("Le conseil municipal des jeunes a inauguré le skatepark. Accueil ados le mercredi après-midi à l'Espace Arvette.")),
        page("/vivre-ici/seniors/", "Seniors", P("Le conseil des sages réunit douze habitants de plus de 65 ans ; le club des aînés se retrouve le mardi.")),
        page("/participer/", "Participer", P(
             "Réunions de hameau deux fois par an, conseil des sages, forum des habitants en ligne : la commune veut que chacun puisse s'exprimer sur les projets qui le concernent.")
             + m.links([("/participer/conseil-des-sages/", "Le conseil des sages"), ("/2025/04/reunions-de-hameau/", "Les réunions de hameau"), (f"http://{FORUM}/", "Le forum des habitants")]),
             {"participation_displayed"}),
        page("/participer/conseil-des-sages/", "Le conseil des sages", P("Instance consultative, le conseil des sages étudie les questions que lui confie le maire et peut s'autosaisir : mobilité, logement, lien social.",
             "Il rend un avis écrit présenté en conseil municipal."), {"participation_displayed"}),
        # Dated like a news item, but it presents the standing hamlet meetings (twice a year, open to all): displayed.
        page("/2025/04/reunions-de-hameau/", "Réunions de hameau : le calendrier", P(
             "Deux fois par an, la démocratie de proximité passe par les réunions de hameau, ouvertes à tous les habitants.",
             "Les élus tiendront une réunion publique dans chaque hameau : aux Granges le 24 avril, à Vernaz le 29 avril, au chef-lieu le 6 mai.",
             "Ordre du jour : travaux de l'année, déneigement, vos questions. Ces réunions de quartier sont ouvertes à tous.")
             + m.wp_comments(904, [("Hélène", "9 avril", "Pourra-t-on parler du stationnement au chef-lieu ?")]), {"participation_displayed", "comments"}),
        page("/2025/03/forum-de-lemploi/", "Forum de l'emploi transfrontalier", P("Samedi 15 mars, salle polyvalente : employeurs suisses et savoyards, conseils sur le statut de frontalier.")
             + m.wp_comments(903, [], open_=False), decoys={"forum", "comments"}),
        page("/2025/02/sondage-rythmes-scolaires/", "Rythmes scolaires : donnez votre avis", m.sidebar(P(
             "La semaine de quatre jours est-elle adaptée ? Parents, enseignants, répondez au sondage ci-contre avant le 28 février."),
             m.forminator_poll(77, "Semaine de quatre jours ou de quatre jours et demi ?", ["Quatre jours", "Quatre jours et demi", "Sans avis"],
                               "/2025/02/sondage-rythmes-scolaires/")), {"poll"}),
        # A link to a national petition site about a regional bus line: not a petition space run by the commune.
        page("/2024/11/petition-ligne-bus/", "Ligne de bus vers Thonon", P(
             "Le conseil municipal soutient le maintien de la ligne 271. Un collectif d'usagers a lancé une pétition sur un site national ; la mairie relaie l'information sans l'organiser."),
             decoys={"petition"}),
        page("/espace-famille/", "Espace famille", P("Connectez-vous pour inscrire vos enfants à la cantine et au périscolaire.")
             + '<form name="loginform" id="loginform" action="/wp-login.php" method="post"><p class="login-username"><label for="user_login">Identifiant</label><input type="text" name="log" id="user_login"></p>'
               '<p class="login-password"><label for="user_pass">Mot de passe</label><input type="password" name="pwd" id="user_pass"></p>'
               '<p class="login-submit"><input type="submit" name="wp-submit" id="wp-submit" class="button button-primary" value="Se connecter"></p></form>', decoys={"contact_form"}),
        page("/contact/", "Contact", P("Mairie, 1 place de l'Arvette.") + m.wpforms(5, "/contact/", [("text", "nom", "Nom"), ("email", "email", "E-mail"),
             ("select:Urbanisme|État civil|Voirie|Autre", "service", "Service concerné"), ("textarea", "message", "Message")]), {"contact_form"}),
    ]
    www = Site(OURS, "wordpress", "Saint-Ours-d'Arvette", pages,
               menu=[("Accueil", "/"), ("La mairie", "/la-mairie/"), ("Vivre ici", "/vivre-ici/"), ("Participer", "/participer/"), ("Contact", "/contact/")],
               accounts=[social("facebook", "saintoursdarvette"), social("instagram", "saint_ours_darvette")], address="1 place de l'Arvette, 74000 Saint-Ours-d'Arvette")
    fpages = [
        page("/", "Index du forum", m.phpbb_forumlist([
            ("/viewforum.php?f=2", "Vie des hameaux", "Déneigement, voirie, éclairage : parlons de nos hameaux.", 38, 214, "MarieG"),
            ("/viewforum.php?f=3", "Projets de la commune", "Les projets municipaux en discussion.", 12, 96, "Modérateur mairie")]), {"forum"}),
        page("/viewforum.php?f=2", "Vie des hameaux", m.phpbb_topiclist([
            ("/viewtopic.php?t=118", "Déneigement aux Granges", "Robert74", "12 janv.", 7), ("/viewtopic.php?t=121", "Lampadaire en panne à Vernaz", "Clem", "3 févr.", 2)],
            "/posting.php?mode=post&f=2"), {"forum"}),
        page("/viewforum.php?f=3", "Projets de la commune", m.phpbb_topiclist([("/viewtopic.php?t=130", "Le futur pôle médical", "Modérateur mairie", "1er mars", 14)],
            "/posting.php?mode=post&f=3"), {"forum"}),
        page("/viewtopic.php?t=118", "Déneigement aux Granges", m.phpbb_posts([
            ("Robert74", "12 janv.", "Déneigement aux Granges", "Le chasse-neige passe après 8 h, trop tard pour ceux qui descendent travailler."),
            ("Modérateur mairie", "13 janv.", "Re: Déneigement aux Granges", "Le circuit sera inversé à partir de lundi.")], "/posting.php?mode=reply&t=118"), {"forum"}),
        page("/viewtopic.php?t=121", "Lampadaire en panne à Vernaz", m.phpbb_posts([
            ("Clem", "3 févr.", "Lampadaire en panne à Vernaz", "Le lampadaire devant l'arrêt de bus est éteint depuis une semaine.")], "/posting.php?mode=reply&t=121"), {"forum"}),
        page("/viewtopic.php?t=130", "Le futur pôle médical", m.phpbb_posts([
            ("Modérateur mairie", "1er mars", "Le futur pôle médical", "Le projet de maison de santé est présenté ici ; vos questions et remarques sont les bienvenues."),
            ("Annie", "2 mars", "Re: Le futur pôle médical", "Un cabinet de kiné serait très utile.")], "/posting.php?mode=reply&t=130"), {"forum"}),
    ]
    login = ('<p>Vous devez être inscrit et connecté pour publier un message.</p><form action="/ucp.php?mode=login" method="post" id="login">'
             '<label for="username">Nom d\'utilisateur :</label><input type="text" name="username" id="username"><label for="password">Mot de passe :</label>'
             '<input type="password" name="password" id="password"><input type="submit" name="login" value="Connexion" class="button1"></form>')
    # The posting page only asks to log in: the board's markup, no message to read or write there.
    fpages += [page(f"/posting.php?mode=post&f={f}", "Publier un nouveau sujet", login, decoys={"forum", "contact_form"}) for f in (2, 3)]
    board = Site(FORUM, "phpbb", "Forum des habitants de Saint-Ours", fpages)
    return City("99097", "Saint-Ours-d'Arvette", 7630, "74", "84", "Auvergne-Rhône-Alpes", f"http://{OURS}/", [www, board])


# ------------------------------------------------------------------------------------------------
# 99098 Chassigny-les-Vergers (Saône-et-Loire): an e-monsite-like builder, its guestbook, IntraMuros lookalike
# ------------------------------------------------------------------------------------------------
CHASS = "www.chassigny-les-vergers.fr"


def _emonsite(site, pg):
    menu = "".join(f'<li class="menu-item"><a href="{escape(h)}">{escape(lbl)}</a></li>' for lbl, h in site.menu)
    soc = "".join(f'<li><a href="{escape(a.href)}" class="btn btn-social btn-{a.platform}" target="_blank">{a.platform}</a></li>' for a in site.accounts)
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="UTF-8">
<title>{escape(pg.title)}</title>
<meta name="generator" content="e-monsite (e-monsite.com)">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link href="/themes/combined.css?v=6x1f" rel="stylesheet">
<script src="/themes/combined.js?v=6x1f"></script>
</head>
<body id="pages_run_show" class="default">
<div id="site-wrapper" class="container">
<header id="header" class="header"><div id="header-container"><a class="brand" href="/">{escape(site.title)}</a></div></header>
<nav class="navbar navbar-default" id="menu"><ul class="nav navbar-nav">{menu}</ul></nav>
<div id="main-area" class="row"><div id="main" class="col-md-9"><div id="view-pages" class="view-pages">
<ol class="breadcrumb"><li><a href="/">Accueil</a></li><li class="active">{escape(pg.title)}</li></ol>
<h1 class="view-title">{escape(pg.title)}</h1>
<div class="rows-container"><div class="row-container"><div class="content-cell">{pg.body}</div></div></div>
</div></div>
<aside id="sidebar" class="col-md-3"><div class="widget widget_page_category"><p class="widget-title">Rubriques</p><ul>{menu}</ul></div>
<div class="widget"><p class="widget-title">Suivez-nous</p><ul class="list-inline">{soc}</ul></div></aside></div>
<footer id="footer"><p>{escape(site.address)}</p><p><a href="/mentions-legales">Mentions légales</a> · Créé avec e-monsite</p></footer>
</div></body></html>"""


def chassigny():
    pages = [
        page("/", "Accueil", _home(
            "Chassigny-les-Vergers, village de la Bresse bourguignonne, 3 150 habitants, ses vergers, son marché aux volailles.",
            [("/pages/mairie/", "Mairie"), ("/pages/vie-du-village/", "Vie du village"), ("/pages/idees/", "Vos idées"), ("/livre-d-or/", "Livre d'or"),
             ("/contact/", "Contact"), ("/pages/plan-du-site.html", "Plan du site")],
            [("/blog/comptes-rendus/cr-conseil-mars.html", "Compte rendu du conseil de mars", "30 mars", "Budget, travaux de l'école."),
             ("/blog/actualites/intramuros.html", "Téléchargez l'application de la commune", "12 févr.", "Les informations de la mairie sur votre téléphone."),
             ("/blog/actualites/appel-a-idees-fete.html", "Fête des vergers : faites-nous part de vos idées", "2 avril", "Animations, stands, concerts.")],
            [("/blog/actualites/appel-a-idees-fete.html", "Fête des vergers", "21 sept."), ("/blog/comptes-rendus/cr-conseil-mars.html", "Conseil municipal", "25 avril")])),
        page("/pages/plan-du-site.html", "Plan du site", _plan([
            ("/pages/mairie/", "Mairie"), ("/pages/mairie/commission-extra-municipale.html", "Commission extra-municipale"), ("/pages/vie-du-village/", "Vie du village"),
            ("/pages/vie-du-village/ecole.html", "École"), ("/pages/vie-du-village/bulletin.html", "Bulletin"), ("/pages/idees/", "Vos idées"),
            ("/livre-d-or/", "Livre d'or"), ("/blog/comptes-rendus/cr-conseil-mars.html", "Compte rendu du conseil"), ("/blog/actualites/intramuros.html", "Application de la commune"),
            ("/blog/actualites/appel-a-idees-fete.html", "Fête des vergers"), ("/blog/actualites/resultats-consultation.html", "Résultats de la consultation"),
            ("/blog/actualites/decidim-article.html", "Participation en ligne"), ("/newsletter/", "Lettre d'information"), ("/contact/", "Contact")])),
        page("/pages/mairie/", "Mairie", P("Secrétariat ouvert le lundi, le mercredi et le vendredi matin. Le maire reçoit le samedi sur rendez-vous.")
             + m.links([("/pages/mairie/commission-extra-municipale.html", "La commission extra-municipale des vergers")])),
        page("/pages/mairie/commission-extra-municipale.html", "Commission extra-municipale des vergers", P(
             "Élus, arboriculteurs et habitants volontaires siègent ensemble à la commission extra-municipale chargée du verger conservatoire et des chemins.",
             "Elle est ouverte à tout habitant intéressé : elle se réunit chaque trimestre et ses propositions sont soumises au conseil municipal."), {"participation_displayed"}),
        page("/pages/vie-du-village/", "Vie du village", P("Associations, école, bulletin, salle des fêtes.") + m.links([("/pages/vie-du-village/ecole.html", "École"), ("/pages/vie-du-village/bulletin.html", "Bulletin")])),
        page("/pages/vie-du-village/ecole.html", "École", P("École primaire des Vergers, 5 classes. Cantine assurée par le SIVOS.")),
        page("/pages/vie-du-village/bulletin.html", "Bulletin municipal", P("Le bulletin annuel retrace l'année : vie municipale, associations, état civil, la parole aux habitants.")),
        page("/pages/idees/", "Vos idées pour Chassigny", P("Vous avez une idée pour améliorer la vie au village ? Une suggestion sur les chemins, les animations, l'environnement ? Proposez-la ici : "
             "toutes les idées sont examinées en commission.")
             + '<div id="module-form-idees" class="module-form"><form method="post" action="/pages/idees/" class="form-horizontal">'
               '<div class="form-group"><label class="control-label" for="idee-nom">Nom</label><input type="text" id="idee-nom" name="nom" class="form-control"></div>'
               '<div class="form-group"><label class="control-label" for="idee-mail">E-mail</label><input type="email" id="idee-mail" name="email" class="form-control"></div>'
               '<div class="form-group"><label class="control-label" for="idee-texte">Votre idée</label><textarea id="idee-texte" name="idee" class="form-control"></textarea></div>'
               '<button type="submit" class="btn btn-primary">Proposer mon idée</button></form></div>', {"suggestion_call", "contact_form"}),
        # A guestbook: residents publish messages that everyone reads, with a form to add one; counted as comments.
        page("/livre-d-or/", "Livre d'or", P("Laissez un message sur le livre d'or de la commune.")
             + '<div class="guestbook-messages"><div class="media"><p class="media-heading"><strong>Marcel</strong> - 14/05</p><p>Merci pour la belle fête des vergers !</p></div>'
               '<div class="media"><p class="media-heading"><strong>Famille Roux</strong> - 02/06</p><p>Nouveaux arrivants, accueil chaleureux en mairie.</p></div></div>'
               '<form method="post" action="/livre-d-or/" class="guestbook-form"><label for="gb-name">Nom</label><input type="text" id="gb-name" name="name">'
               '<label for="gb-msg">Message</label><textarea id="gb-msg" name="message"></textarea><button type="submit" class="btn btn-primary">Publier</button></form>', {"comments"}),
        page("/blog/comptes-rendus/cr-conseil-mars.html", "Compte rendu du conseil de mars", P("Vote du budget primitif 2025, demande de subvention DETR pour l'école, tarifs de la salle des fêtes.")
             + '<div class="comments"><p>Les commentaires sont désactivés pour ce billet.</p></div>', decoys={"participatory_budget", "comments", "participation_displayed"}),
        page("/blog/actualites/intramuros.html", "Téléchargez l'application de la commune", P(
             "Agenda, alertes, actualités : les informations de la mairie arrivent sur votre téléphone avec l'application IntraMuros, gratuite et sans publicité.",
             "L'application sert à informer ; pour écrire à la mairie, utilisez la page contact."), decoys={"territorial_social_network"}),
        page("/blog/actualites/appel-a-idees-fete.html", "Fête des vergers : faites-nous part de vos idées", P(
             "La fête des vergers aura lieu le 21 septembre. Le comité des fêtes et la mairie lancent un appel à idées : animations, stands, concerts, jeux pour les enfants.",
             "Envoyez vos propositions avant le 15 juin par la page « Vos idées » ou déposez-les dans l'urne en mairie.")
             + m.links([("/pages/idees/", "Proposer une idée")]), {"suggestion_call"}),
        page("/blog/actualites/resultats-consultation.html", "Résultats de la consultation sur l'éclairage", P(
             "La consultation est terminée : 58 % des 310 votants ont choisi l'extinction de 23 h à 5 h. Merci de votre participation."), decoys={"poll"}),
        # The article names a participation platform without being one.
        page("/blog/actualites/decidim-article.html", "Participer en ligne ?", P(
             "Plusieurs communes voisines utilisent des plateformes comme Decidim ou Cap Collectif. Le conseil étudie la question pour 2026 ; rien n'est encore ouvert."),
             decoys={"participatory_platform"}),
        page("/newsletter/", "Lettre d'information", P("Inscrivez-vous à la lettre d'information.") + '<form method="post" action="/newsletter/" class="newsletter-form">'
             '<label for="nl-mail">E-mail</label><input type="email" id="nl-mail" name="email"><button type="submit">S\'inscrire</button></form>', decoys={"contact_form"}),
        page("/contact/", "Contact", P("Mairie de Chassigny-les-Vergers, 3 place du Marché.") + '<div id="module-contact"><form method="post" action="/contact/" class="form-horizontal">'
             '<div class="form-group"><label for="ct-nom">Nom</label><input type="text" id="ct-nom" name="name" class="form-control"></div>'
             '<div class="form-group"><label for="ct-mail">E-mail</label><input type="email" id="ct-mail" name="email" class="form-control"></div>'
             '<div class="form-group"><label for="ct-sujet">Sujet</label><input type="text" id="ct-sujet" name="subject" class="form-control"></div>'
             '<div class="form-group"><label for="ct-msg">Message</label><textarea id="ct-msg" name="message" class="form-control"></textarea></div>'
             '<button type="submit" class="btn btn-primary">Envoyer</button></form></div>', {"contact_form"}),
    ]
    www = Site(CHASS, "vendor", "Chassigny-les-Vergers", pages,
               menu=[("Accueil", "/"), ("Mairie", "/pages/mairie/"), ("Vie du village", "/pages/vie-du-village/"), ("Vos idées", "/pages/idees/"), ("Contact", "/contact/")],
               accounts=[social("facebook", "chassignylesvergers")], address="3 place du Marché, 71000 Chassigny-les-Vergers")
    return City("99098", "Chassigny-les-Vergers", 3150, "71", "27", "Bourgogne-Franche-Comté", f"http://{CHASS}/", [www])


def _layout_host(site, render):
    def special(request):
        pg = site.by_path.get(request.target)
        return Reply.html(render(site, pg)) if pg is not None else None
    return CustomHost(site, special)


_BUILT = None


def _built():
    global _BUILT
    if _BUILT is None:
        _BUILT = [vauremont(), brelin(), montcelard(), arpaillettes(), bras(), sorcy(), saint_ours(), chassigny()]
    return _BUILT


def cities():
    return list(_built())


def hosts():
    by_host = {site.host: site for city in _built() for site in city.sites}
    return {BRAS: _layout_host(by_host[BRAS], _wix), CHASS: _layout_host(by_host[CHASS], _emonsite)}
