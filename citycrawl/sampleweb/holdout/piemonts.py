"""Holdout part "piemonts": préfectures and sous-préfectures of 25,000 to 120,000 inhabitants in Grand Est,
Bourgogne-Franche-Comté, Auvergne-Rhône-Alpes and Occitanie, on agency CMSs (DSFR-like), Drupal, WordPress, SPIP,
Joomla, TYPO3 and Publik, with their agglomeration's or their own participation platforms (Decidim, Cap Collectif,
Go Vocal, CONSUL Democracy), a neighbours' network, a phpBB board, a LimeSurvey server, and their lookalikes."""
from html import escape

from ..hostile import CustomHost
from ..site import City, Site, page, social
from ..web import Reply
from . import piemonts_markup as m

NEWS_DATES = ("12 mars 2026", "4 mars 2026", "26 février 2026", "18 février 2026")


def _home(intro, tiles, news, events, extra=""):
    """A city's home page: intro, quick-access tiles, news teasers and the agenda."""
    return (m.cookie_banner() + m.prose(intro) + m.dsfr_tiles(tiles) + m.teasers(news) + m.agenda(events) + extra)


# ---------------------------------------------------------------------------------------------------
# 99341 Merlieux-sur-Saulx (Grand Est, Meuse): agency CMS with DSFR classes, the agglomeration's Decidim
# ---------------------------------------------------------------------------------------------------

MERLIEUX = "www.merlieux.fr"
MERLIEUX_AGGLO = "participez.agglo-merlieux.fr"


def merlieux() -> City:
    dem = ("Merlieux en dialogue", "/ma-ville/merlieux-en-dialogue")
    www = [
        page("/", "Accueil", m.cookie_banner("dsfr") + m.prose(
            "Bienvenue sur le site officiel de la Ville de Merlieux-sur-Saulx, préfecture de la Meuse.")
             + m.dsfr_tiles([("/ma-ville/merlieux-en-dialogue", "Merlieux en dialogue", "Donner son avis, proposer, débattre"),
                             ("/demarches/contact", "Contacter la mairie", "Formulaire en ligne"),
                             ("/demarches/espace-citoyen", "Espace citoyen", "Vos démarches en ligne"),
                             ("/ma-ville/conseil-municipal", "Conseil municipal", "Séances et délibérations"),
                             ("/ma-ville/budget", "Budget de la ville", "Budget primitif 2026"),
                             ("/marches-publics", "Marchés publics", "Consultations en cours")])
             + m.dsfr_cards([("/actualites/convention-climat-rapport", "La convention citoyenne rend son rapport", "Trente habitants tirés au sort ont remis 42 propositions.", NEWS_DATES[0]),
                             ("/actualites/enquete-publique-zac", "Enquête publique : ZAC des Tanneries", "Le dossier est consultable en mairie.", NEWS_DATES[1]),
                             ("/actualites/recensement-2026", "Recensement 2026", "Un agent recenseur peut se présenter chez vous.", NEWS_DATES[2])])
             + m.agenda([("/economie/forum-entreprises", "Forum des entreprises de l'agglomération", "20 mars"),
                         ("/ma-ville/merlieux-en-dialogue/conseils-de-quartier", "Conseil de quartier Ville-Haute", "24 mars")])
             + m.newsletter("/demarches/lettre-information") + '<p><a href="/demarches/lettre-information">Les lettres précédentes</a></p>',
             decoys={"contact_form"}),
        page(dem[1], dem[0], m.prose(
            "<strong>Merlieux en dialogue</strong>, c'est la démarche de la Ville pour associer les habitantes et les habitants aux décisions qui les concernent.",
            "Six conseils de quartier, un panel citoyen renouvelé chaque année par tirage au sort, des réunions publiques avant chaque grand chantier "
            "et les concertations de l'agglomération sur la plateforme participative : chacun peut y prendre part.")
             + m.dsfr_tiles([("/ma-ville/merlieux-en-dialogue/conseils-de-quartier", "Les conseils de quartier", "Six instances ouvertes à tous"),
                             ("/ma-ville/merlieux-en-dialogue/panel-citoyen", "Le panel citoyen", "Trente habitants tirés au sort"),
                             ("/ma-ville/merlieux-en-dialogue/boite-a-idees", "La boîte à idées", "Une idée pour la ville ?"),
                             (f"http://{MERLIEUX_AGGLO}/", "La plateforme de l'agglomération", "Concertations en ligne")])
             + m.section("Notre charte de la participation", "Adoptée en conseil municipal, elle fixe les engagements de la Ville : informer en amont, rendre compte des avis, expliquer les choix.")
             + m.satisfaction("/avis-page", 311), {"participation_displayed"}, {"poll"}),
        page("/ma-ville/merlieux-en-dialogue/conseils-de-quartier", "Les conseils de quartier", m.prose(
            "La ville compte six conseils de quartier : Ville-Haute, Faubourg Saint-Jean, Les Tanneries, Le Pré-l'Évêque, La Côte et Bois-Brûlé.",
            "Chaque conseil réunit des habitants volontaires, des représentants d'associations et un élu référent. Il se réunit en séance plénière "
            "au moins trois fois par an ; les séances sont ouvertes au public.")
             + m.section("Prochaines réunions", "Ville-Haute : mardi 24 mars à 18 h 30, salle des Cordeliers. Les Tanneries : jeudi 2 avril, maison de quartier.")
             + m.section("Rejoindre un conseil", "Il suffit d'habiter le quartier et d'avoir plus de 16 ans. Inscription auprès du service Démocratie locale."),
             {"participation_displayed"}, parent=dem),
        page("/ma-ville/merlieux-en-dialogue/panel-citoyen", "Le panel citoyen", m.prose(
            "Chaque automne, trente habitants sont tirés au sort sur les listes électorales et parmi les volontaires pour former le panel citoyen.",
            "Le panel rend un avis sur un sujet que lui confie le conseil municipal. En 2025, il a travaillé sur la place de la voiture en centre-ville ; "
            "son avis et les réponses de la municipalité sont publiés ci-dessous.")
             + m.links([("/actualites/convention-climat-rapport", "Le rapport de la convention citoyenne pour le climat")]),
             {"participation_displayed"}, parent=dem),
        page("/ma-ville/merlieux-en-dialogue/boite-a-idees", "La boîte à idées", m.prose(
            "Un banc à installer, une rue à fleurir, un service à imaginer ? Proposez vos idées pour Merlieux : chaque proposition reçoit une réponse du service sous un mois.")
             + m.city_form("/ma-ville/merlieux-en-dialogue/boite-a-idees", [
                 ("nom", "Nom et prénom *", "text"), ("courriel", "Courriel *", "email"),
                 ("quartier", "Votre quartier", "select", ["Ville-Haute", "Faubourg Saint-Jean", "Les Tanneries", "Le Pré-l'Évêque", "La Côte", "Bois-Brûlé"]),
                 ("idee", "Décrivez votre idée *", "textarea")], submit="Proposer mon idée"),
             {"suggestion_call", "contact_form"}, parent=dem),
        page("/ma-ville/conseil-municipal", "Le conseil municipal", m.prose(
            "Le conseil municipal se réunit environ six fois par an à l'hôtel de ville. Les séances sont publiques et retransmises en direct.",
            "Prochaine séance : jeudi 26 mars à 19 h. Ordre du jour : budget primitif 2026, tarifs des services, convention avec l'agglomération.")
             + m.bullets(["<a href='/ma-ville/budget'>Délibérations budgétaires</a>", "Procès-verbal de la séance du 5 février (PDF)"]),
             decoys={"participation_displayed"}),
        page("/ma-ville/budget", "Le budget de la ville", m.prose(
            "Le budget primitif 2026 s'élève à 58,4 millions d'euros, dont 14 millions d'investissement.",
            "Il a été débattu lors du débat d'orientation budgétaire puis voté par le conseil municipal. Le compte administratif 2025 sera présenté en juin."),
             decoys={"participatory_budget"}),
        page("/ma-ville/securite/participation-citoyenne", "Dispositif participation citoyenne", m.prose(
            "Le dispositif « participation citoyenne », piloté par la gendarmerie et la préfecture, associe des habitants référents à la surveillance de leur quartier.",
            "Un protocole a été signé entre le maire, le préfet et le commandant du groupement. Les référents relaient les faits inhabituels aux forces de l'ordre."),
             decoys={"participation_displayed", "territorial_social_network"}),
        # news naming the convention in passing: the approach itself is presented on its own page
        page("/actualites/convention-climat-rapport", "La convention citoyenne rend son rapport", m.prose(
            "Samedi dernier, la convention citoyenne pour le climat a remis son rapport au maire lors d'une cérémonie à l'hôtel de ville.",
            "Le document sera étudié par les services d'ici l'été. Photos de la cérémonie dans notre galerie.")
             + m.share(f"http://{MERLIEUX}/actualites/convention-climat-rapport", "La convention citoyenne rend son rapport"),
             decoys={"participation_displayed"}),
        page("/actualites/enquete-publique-zac", "Enquête publique : ZAC des Tanneries", m.prose(
            "Par arrêté préfectoral, une enquête publique relative à la création de la ZAC des Tanneries se déroule du 2 au 31 mars.",
            "Le commissaire enquêteur tiendra trois permanences en mairie. Les observations peuvent être consignées sur le registre papier ou adressées par courrier au commissaire enquêteur."),
             decoys={"participation_displayed", "poll"}),
        page("/actualites/recensement-2026", "Recensement 2026", m.prose(
            "L'Insee et la Ville réalisent l'enquête annuelle de recensement du 15 janvier au 21 février. Les logements tirés au sort reçoivent la visite d'un agent recenseur muni d'une carte officielle.",
            "Vous pouvez répondre au questionnaire sur internet avec les codes remis par l'agent."), decoys={"poll"}),
        page("/demarches/contact", "Contacter la mairie", m.prose("Une question, une démarche ? Écrivez-nous, le service concerné vous répond sous 8 jours ouvrés.")
             + m.city_form("/demarches/contact", [
                 ("civilite", "Civilité", "select", ["Madame", "Monsieur"]), ("nom", "Nom *", "text"), ("courriel", "Courriel *", "email"),
                 ("objet", "Objet *", "select", ["Voirie", "État civil", "Urbanisme", "Autre"]), ("message", "Votre message *", "textarea"),
                 ("rgpd", "J'accepte que mes données soient traitées pour répondre à ma demande", "checkbox")])
             + m.satisfaction("/avis-page", 112), {"contact_form"}, {"poll", "suggestion_call"}),
        page("/demarches/lettre-information", "Lettre d'information", m.prose("Chaque mois, l'essentiel de l'actualité municipale dans votre boîte aux lettres électronique.")
             + m.newsletter("/demarches/lettre-information") + '<p><a href="/demarches/lettre-information">Les lettres précédentes</a></p>',
             decoys={"contact_form"}),
        page("/demarches/espace-citoyen", "Espace citoyen", m.prose("Actes d'état civil, inscriptions scolaires, paiement des factures : connectez-vous à votre espace.")
             + m.login("/demarches/espace-citoyen"), decoys={"contact_form"}),
        page("/economie/forum-entreprises", "Forum des entreprises de l'agglomération", m.prose(
            "Le 20 mars, l'agglomération organise au parc des expositions le forum des entreprises : rencontres entre chefs d'entreprise, porteurs de projets et partenaires de l'emploi.",
            "Entrée libre, inscription conseillée pour les rendez-vous d'affaires."), decoys={"forum"}),
        page("/marches-publics", "Marchés publics", m.prose(
            "Consultations en cours : appel d'offres ouvert pour la rénovation énergétique de l'école Jules-Ferry ; marché à procédure adaptée pour l'entretien des espaces verts.",
            "Les dossiers de consultation sont téléchargeables sur la plateforme de dématérialisation des marchés publics."), decoys={"suggestion_call"}),
    ]
    ag = [
        page("/", "Participez avec l'agglomération", m.prose("Bienvenue sur la plateforme de participation de Merlieux Agglomération.")
             + '<section class="home__section"><h2 class="h2">Processus participatifs</h2><div class="card__grid">'
               '<a href="/processes/convention-climat" class="card__grid"><div class="card__grid-text"><h3 class="h4">Convention citoyenne pour le climat</h3><span class="label">Terminé</span></div></a>'
               '<a href="/processes/plan-mobilite" class="card__grid"><div class="card__grid-text"><h3 class="h4">Plan de mobilité 2035</h3><span class="label">Phase en cours : propositions</span></div></a></div></section>'),
        page("/processes/convention-climat", "Convention citoyenne pour le climat", m.prose(
            "Trente-deux habitants de l'agglomération, tirés au sort, se sont réunis pendant six week-ends pour répondre à la question : comment réduire nos émissions de 40 % d'ici 2035 ?")
             + '<div class="process__phase">Phase : restitution</div><a href="/processes/convention-climat/f/30/meetings">Les sessions de la convention</a>',
             {"participation_displayed"}),
        page("/processes/convention-climat/f/30/meetings", "Rencontres", '<div class="meeting-list">'
             '<a class="card__list" href="/processes/convention-climat/f/30/meetings/7"><div class="card__list-content"><h3 class="card__list-title">Session 6 : vote des propositions</h3><div class="card__list-metadata">Hôtel communautaire - 14 février</div></div></a></div>'),
        page("/processes/convention-climat/f/30/meetings/7", "Session 6 : vote des propositions", m.prose(
            "Dernière session de la convention : les membres votent chacune des propositions. Séance ouverte au public en fin de journée.")
             + '<div class="meeting__aside-block"><span>Adresse</span><p>Hôtel communautaire, salle du conseil</p></div>', {"participation_displayed"}),
        page("/processes/plan-mobilite", "Plan de mobilité 2035", m.prose(
            "L'agglomération révise son plan de mobilité. Jusqu'au 30 avril, déposez vos propositions, commentez celles des autres et répondez au questionnaire.")
             + '<ul class="process-nav"><li><a href="/processes/plan-mobilite/f/21/proposals">Propositions</a></li><li><a href="/processes/plan-mobilite/f/22/">Questionnaire</a></li></ul>',
             {"participation_displayed", "suggestion_call"}),
        page("/processes/plan-mobilite/f/21/proposals", "Propositions", '<a href="/processes/plan-mobilite/f/21/proposals/new" class="button button__sm button__secondary">Nouvelle proposition</a>'
             '<div id="proposals" class="card__list-list">'
             '<a class="card__list" id="proposals__proposal_118" href="/processes/plan-mobilite/f/21/proposals/118"><div class="card__list-content"><h3 class="card__list-title">Une navette gratuite le samedi vers le centre</h3>'
             '<div class="card__list-metadata"><span>12 commentaires</span><span>48 soutiens</span></div></div></a>'
             '<a class="card__list" id="proposals__proposal_121" href="/processes/plan-mobilite/f/21/proposals/121"><div class="card__list-content"><h3 class="card__list-title">Sécuriser la traversée de la N35 à pied</h3>'
             '<div class="card__list-metadata"><span>3 commentaires</span><span>19 soutiens</span></div></div></a></div>', {"suggestion_call"}),
        page("/processes/plan-mobilite/f/21/proposals/new", "Nouvelle proposition", m.prose("Vous devez être connecté pour déposer une proposition.")
             + '<a href="/users/sign_in" class="button button__lg button__secondary">Se connecter</a> <a href="/users/sign_up">Créer un compte</a>', {"suggestion_call"}),
        page("/processes/plan-mobilite/f/21/proposals/118", "Une navette gratuite le samedi vers le centre", m.prose(
            "Beaucoup de personnes âgées des villages de l'agglomération n'ont pas de voiture. Une navette le samedi matin permettrait d'aller au marché.")
             + '<div class="proposal__aside-vote"><button class="button button__xl button__secondary" data-open="loginModal">Soutenir</button><span class="proposal__aside-vote-count">48 soutiens</span></div>'
             + '<div id="comments-for-Proposal-118" class="comments"><h2 class="h4">12 commentaires</h2><div class="comment-thread">'
               '<div id="comment_901" class="comment" data-comment-id="901"><div class="comment__header"><span class="author__name">Solène R.</span> <span>il y a 3 jours</span></div><div class="comment__content"><p>Oui, et qu\'elle passe aussi par la gare.</p></div></div>'
               '<div id="comment_907" class="comment" data-comment-id="907"><div class="comment__header"><span class="author__name">Michel D.</span> <span>il y a 2 jours</span></div><div class="comment__content"><p>Le minibus du CCAS pourrait être mutualisé.</p></div></div></div>'
               '<div class="add-comment" id="add-comment-anchor"><p>Se connecter avec votre compte ou <a href="/users/sign_up">créer un compte</a> pour ajouter votre commentaire.</p>'
               '<form class="new_comment" id="new_comment_for_Proposal_118" action="/comments" method="post"><input type="hidden" name="comment[commentable_gid]" value="Z2lkOi8vZGVjaWRpbS9Qcm9wb3NhbC8xMTg">'
               '<label for="add-comment-Proposal-118">Ajouter un commentaire</label><textarea id="add-comment-Proposal-118" name="comment[body]" maxlength="1000" rows="4" disabled></textarea>'
               '<button type="submit" class="button button__sm button__secondary" disabled>Publier un commentaire</button></form></div></div>',
             {"suggestion_call", "comments"}),
        page("/processes/plan-mobilite/f/21/proposals/121", "Sécuriser la traversée de la N35 à pied", m.prose(
            "Au niveau du carrefour de Bois-Brûlé, il n'y a ni feu ni passage protégé. Les collégiens traversent en courant.")
             + '<div id="comments-for-Proposal-121" class="comments"><h2 class="h4">3 commentaires</h2>'
               '<div id="comment_912" class="comment"><div class="comment__header"><span class="author__name">Parents d\'élèves Bois-Brûlé</span></div><div class="comment__content"><p>Nous soutenons, la situation est dangereuse.</p></div></div></div>',
             {"suggestion_call", "comments"}),
        page("/users/sign_up", "Créer un compte", m.registration("/users", "Inscription", [
            ("user[name]", "Nom", "text"), ("user[email]", "Courriel", "email"), ("user[password]", "Mot de passe", "password")]),
             decoys={"contact_form"}),
        page("/processes/plan-mobilite/f/22/", "Questionnaire sur vos déplacements", m.prose("Dix questions, cinq minutes : aidez-nous à connaître vos habitudes de déplacement.")
             + '<form class="answer-questionnaire" id="edit_questionnaire_22" action="/processes/plan-mobilite/f/22/questionnaire/answer" method="post">'
               '<div class="questionnaire-step"><div class="question" data-max-choices="1"><label class="questionnaire-question">1. Comment allez-vous le plus souvent au travail ?</label>'
               '<div class="radio-button-collection"><label><input type="radio" name="questionnaire[responses][0][choices][][body]" value="Voiture"> Voiture</label>'
               '<label><input type="radio" name="questionnaire[responses][0][choices][][body]" value="Bus"> Bus</label>'
               '<label><input type="radio" name="questionnaire[responses][0][choices][][body]" value="Vélo"> Vélo</label>'
               '<label><input type="radio" name="questionnaire[responses][0][choices][][body]" value="À pied"> À pied</label></div></div>'
               '<div class="question"><label class="questionnaire-question">2. Quelle amélioration attendez-vous en priorité ?</label><div class="radio-button-collection">'
               '<label><input type="radio" name="questionnaire[responses][1][choices][][body]" value="Fréquence"> Plus de bus</label>'
               '<label><input type="radio" name="questionnaire[responses][1][choices][][body]" value="Pistes"> Des pistes cyclables</label></div></div></div>'
               '<input type="checkbox" name="questionnaire[tos_agreement]" id="questionnaire_tos_agreement"> <label for="questionnaire_tos_agreement">J\'accepte les conditions</label>'
               '<button type="submit" class="button button__sm button__secondary">Envoyer</button></form>', {"poll"}),
    ]
    return City("99341", "Merlieux-sur-Saulx", 36_240, "55", "44", "Grand Est", f"http://{MERLIEUX}/", [
        Site(MERLIEUX, "vendor", "Ville de Merlieux-sur-Saulx", www,
             menu=[("Ma ville", "/ma-ville/conseil-municipal"), ("Merlieux en dialogue", dem[1]), ("Démarches", "/demarches/contact"),
                   ("Économie", "/economie/forum-entreprises"), ("Sécurité", "/ma-ville/securite/participation-citoyenne")],
             accounts=[social("facebook", "VilledeMerlieux"), social("instagram", "merlieux_officiel"),
                       social("linkedin", "ville-de-merlieux-sur-saulx")],
             address="Hôtel de ville, 1 place Saint-Louis, 55000 Merlieux-sur-Saulx"),
        Site(MERLIEUX_AGGLO, "decidim", "Merlieux Agglomération - Participez", ag,
             menu=[("Accueil", "/"), ("Processus", "/processes/plan-mobilite"), ("Convention climat", "/processes/convention-climat")],
             features=frozenset({"participatory_platform"}), platforms=frozenset({"decidim"})),
    ])


# ---------------------------------------------------------------------------------------------------
# 99342 Vesonnay (Bourgogne-Franche-Comté, Jura): Drupal, a participatory budget "Projets d'ici" on Cap Collectif
# ---------------------------------------------------------------------------------------------------

VESONNAY = "www.vesonnay.fr"
VESONNAY_CAPCO = "vesonnay.cap-collectif.com"


def vesonnay() -> City:
    ve = ("Vivre ensemble", "/vivre-ensemble/participation-citoyenne")
    www = [
        page("/", "Accueil", _home("La Ville de Vesonnay vous souhaite la bienvenue.",
             [("/vivre-ensemble/participation-citoyenne", "Participation citoyenne", "S'impliquer dans la vie de la cité"),
              ("/vivre-ensemble/projets-d-ici", "Projets d'ici", "Le budget participatif"),
              ("/contact", "Contact", "Écrire à la mairie"), ("/services/cantine-paiement", "Cantine", "Payer en ligne"),
              ("/services/inscription-periscolaire", "Périscolaire", "Inscriptions"), ("/mairie/conseil-municipal", "Conseil municipal", "Séances")],
             [("/actualites/pistes-cyclables", "Nouvelles pistes cyclables rue des Salines", "Les travaux s'achèvent.", NEWS_DATES[0]),
              ("/actualites/plu-concertation", "Révision du PLU : la concertation est ouverte", "Réunion publique le 9 avril.", NEWS_DATES[1]),
              ("/actualites/sondage-horaires-piscine", "Horaires de la piscine : votre avis", "Sondage en ligne.", NEWS_DATES[2]),
              ("/actualites/sondage-marche-resultats", "Marché du dimanche : les résultats", "Merci aux participants.", NEWS_DATES[3])],
             [("/vivre-ensemble/reunions-publiques", "Réunion publique quartier des Salines", "17 mars"),
              ("/mairie/subventions-associations", "Date limite des demandes de subvention", "31 mars")])),
        page(ve[1], "Participation citoyenne", m.prose(
            "La participation des habitants est au cœur du projet municipal. Conseils citoyens, réunions publiques de quartier, budget participatif, droit de pétition : "
            "la Ville multiplie les occasions de dialogue.")
             + m.bullets(['<a href="/vivre-ensemble/conseils-citoyens">Les conseils citoyens</a>', '<a href="/vivre-ensemble/reunions-publiques">Les réunions publiques</a>',
                          '<a href="/vivre-ensemble/projets-d-ici">Projets d\'ici, le budget participatif</a>', '<a href="/vivre-ensemble/droit-de-petition">Le droit de pétition</a>']),
             {"participation_displayed"}),
        page("/vivre-ensemble/conseils-citoyens", "Les conseils citoyens", m.prose(
            "Dans les quartiers prioritaires des Salines et de Montciel, un conseil citoyen associe habitants tirés au sort et acteurs locaux au contrat de ville.",
            "Les conseils citoyens participent aux comités de pilotage et disposent d'un fonds de participation des habitants pour les petites initiatives."),
             {"participation_displayed"}, parent=ve),
        page("/vivre-ensemble/reunions-publiques", "Les réunions publiques de quartier", m.prose(
            "Deux fois par an, le maire et les adjoints viennent à la rencontre des habitants dans chaque quartier. Chacun peut y poser ses questions et faire part de ses remarques.")
             + m.bullets(["Les Salines : mardi 17 mars, 18 h 30, école Pasteur", "Montciel : jeudi 19 mars, 18 h 30, salle polyvalente", "Centre : lundi 23 mars, 19 h, hôtel de ville"]),
             {"participation_displayed"}, parent=ve),
        # the city's presentation of its participatory budget, which residents file and vote on the platform
        page("/vivre-ensemble/projets-d-ici", "Projets d'ici, le budget participatif", m.prose(
            "Avec <em>Projets d'ici</em>, la Ville consacre 250 000 euros de son budget d'investissement à des projets proposés puis choisis par les habitants.",
            "Calendrier 2026 : dépôt des projets du 1er mars au 30 avril ; étude de faisabilité en mai et juin ; vote en septembre ; réalisation à partir de 2027.")
             + m.links([(f"http://{VESONNAY_CAPCO}/projects/projets-d-ici-2026/presentation/presentation", "Déposer ou voter sur la plateforme"),
                        (f"http://{VESONNAY_CAPCO}/projects/projets-d-ici-2024/selection/laureats", "Les lauréats de l'édition 2024")]),
             {"participatory_budget", "participation_displayed"}, parent=ve),
        page("/vivre-ensemble/droit-de-petition", "Le droit de pétition", m.prose(
            "Toute personne de plus de 16 ans habitant Vesonnay peut déposer une pétition adressée au conseil municipal. Si elle recueille 500 signatures en trois mois, "
            "son objet est inscrit à l'ordre du jour d'une séance du conseil.")
             + m.section("Pétitions ouvertes à la signature", '<a href="/vivre-ensemble/droit-de-petition/eclairage-rue-des-vignes">Rétablir l\'éclairage rue des Vignes</a> - 212 signatures')
             + m.webform("/vivre-ensemble/droit-de-petition", "depot_petition", [
                 ("nom", "Nom du premier signataire", "text"), ("courriel", "Courriel", "email"), ("titre", "Titre de la pétition", "text"),
                 ("objet", "Objet de la pétition", "text")], submit="Déposer la pétition"),
             {"petition", "participation_displayed"}, parent=ve),
        page("/vivre-ensemble/droit-de-petition/eclairage-rue-des-vignes", "Pétition : rétablir l'éclairage rue des Vignes", m.prose(
            "Depuis l'extinction nocturne, la rue des Vignes est plongée dans le noir dès 22 h alors qu'elle mène à l'arrêt de bus. Nous demandons le maintien de l'éclairage jusqu'à minuit.")
             + m.petition_sign("/vivre-ensemble/droit-de-petition/signer", 7, "Rétablir l'éclairage rue des Vignes", 212, 500),
             {"petition"}, parent=("Le droit de pétition", "/vivre-ensemble/droit-de-petition")),
        page("/actualites/pistes-cyclables", "Nouvelles pistes cyclables rue des Salines", m.prose(
            "Les travaux de la piste cyclable bidirectionnelle de la rue des Salines s'achèveront fin mars. La circulation automobile sera rétablie en sens unique.")
             + m.drupal_comments(412, [("Claire", "6 mars 2026", "Bravo, mes enfants pourront aller au collège à vélo."),
                                       ("Bernard", "7 mars 2026", "Et les places de stationnement supprimées ?")]), {"comments"}),
        # a concertation told on the city's page, with a register where residents leave their contributions
        page("/actualites/plu-concertation", "Révision du PLU : la concertation est ouverte", m.prose(
            "La Ville révise son plan local d'urbanisme. Pendant toute la durée de la concertation, chacun peut s'informer et donner son avis : "
            "exposition en mairie, réunion publique le 9 avril, et registre de concertation en ligne ci-dessous.")
             + m.webform("/actualites/plu-concertation", "registre_plu", [("nom", "Nom", "text"), ("courriel", "Courriel", "email"),
                                                                          ("contribution", "Votre contribution", "textarea")], submit="Déposer ma contribution"),
             {"participation_displayed", "contact_form"}),
        page("/actualites/sondage-horaires-piscine", "Horaires de la piscine : votre avis", m.prose(
            "La piscine Aqua'Salines pourrait ouvrir plus tôt le matin en semaine. Donnez votre préférence avant le 31 mars.")
             + m.drupal_poll("/actualites/sondage-horaires-piscine", 4, "À quelle heure souhaitez-vous que la piscine ouvre en semaine ?", ["7 h", "8 h", "Comme aujourd'hui (9 h)"]),
             {"poll"}),
        page("/actualites/sondage-marche-resultats", "Marché du dimanche : les résultats", m.prose(
            "Le sondage sur le déplacement du marché du dimanche est clos. 836 personnes ont répondu : 61 % souhaitent le maintien place de la Liberté, 39 % son installation sur les quais.",
            "Le marché restera donc place de la Liberté."), decoys={"poll"}),
        page("/mairie/budget-primitif-2026", "Budget primitif 2026", m.prose(
            "Le conseil municipal a adopté le budget primitif 2026 le 12 février : 41,2 millions d'euros en fonctionnement et 11,8 millions en investissement.",
            "Parmi les investissements : la rénovation du gymnase Montciel et l'enveloppe de 250 000 euros du budget participatif."), decoys={"participatory_budget"}),
        page("/mairie/subventions-associations", "Subventions aux associations : appel à projets 2026", m.prose(
            "Les associations vesonnaises peuvent solliciter une subvention de fonctionnement ou de projet. Le dossier est à déposer avant le 31 mars sur le portail des associations.",
            "Critères : intérêt local, ouverture au public, partenariats."), decoys={"suggestion_call"}),
        page("/mairie/conseil-municipal", "Le conseil municipal", m.prose(
            "Composition, calendrier des séances, ordres du jour et procès-verbaux du conseil municipal.",
            "Prochaine séance : jeudi 2 avril, 18 h 30. Le public peut assister aux séances, sans prendre la parole.")
             + m.bullets(['<a href="/mairie/budget-primitif-2026">Le budget primitif 2026</a>']), decoys={"participation_displayed"}),
        page("/contact", "Contacter la mairie", m.prose("Hôtel de ville, 3 place de la Liberté. Accueil du lundi au vendredi de 8 h 30 à 17 h 30.")
             + m.webform("/contact", "contact", [("name", "Votre nom", "text"), ("email", "Votre adresse de courriel", "email"),
                                                 ("subject", "Sujet", "text"), ("message", "Message", "textarea")], submit="Envoyer le message"),
             {"contact_form"}),
        page("/services/cantine-paiement", "Payer la cantine", m.prose("Les factures de restauration scolaire sont émises chaque mois. Réglez-les en ligne par carte bancaire.")
             + m.payment("/services/cantine-paiement"), decoys={"contact_form"}),
        page("/services/inscription-periscolaire", "Inscription au périscolaire", m.prose("Accueil du matin, pause méridienne, accueil du soir : inscrivez votre enfant pour l'année.")
             + m.registration("/services/inscription-periscolaire", "Inscrire mon enfant", [("enfant", "Nom et prénom de l'enfant", "text"), ("naissance", "Date de naissance", "date"),
                                                                                            ("ecole", "École", "text"), ("email", "Courriel du responsable", "email")]),
             decoys={"contact_form"}),
    ]
    pj = "/projects/projets-d-ici-2026"
    capco = [
        page("/", "Projets d'ici - Vesonnay", m.prose("La plateforme du budget participatif de la Ville de Vesonnay.")
             + f'<div class="project-list"><div class="card project-preview"><h3><a href="{pj}/presentation/presentation">Projets d\'ici 2026</a></h3><p class="excerpt">Dépôt en cours</p></div>'
               '<div class="card project-preview"><h3><a href="/projects/projets-d-ici-2024/selection/laureats">Projets d\'ici 2024</a></h3><p class="excerpt">Terminé</p></div></div>',
             {"participatory_budget"}),
        page(f"{pj}/presentation/presentation", "Projets d'ici 2026 : présentation", m.prose(
            "250 000 € pour vos projets ! Les projets doivent relever de l'investissement, servir l'intérêt général et être situés à Vesonnay.")
             + f'<nav class="step-tabs"><ul><li><a href="{pj}/presentation/presentation">Présentation</a></li><li><a href="{pj}/collect/depot-des-projets">Dépôt des projets</a></li>'
               f'<li><a href="{pj}/selection/vote">Vote</a></li><li><a href="{pj}/presentation/reglement">Règlement</a></li></ul></nav>', {"participatory_budget"}),
        page(f"{pj}/presentation/reglement", "Règlement du budget participatif", m.prose(
            "Article 1 : peuvent déposer un projet les habitants de plus de 11 ans, à titre individuel ou collectif. Article 2 : chaque projet ne peut dépasser 60 000 euros.",
            "Article 3 : les projets recevables sont soumis au vote des habitants en septembre ; les projets arrivés en tête sont réalisés dans la limite de l'enveloppe."),
             {"participatory_budget"}),
        page(f"{pj}/collect/depot-des-projets", "Dépôt des projets", m.prose("Étape ouverte jusqu'au 30 avril : déposez votre projet pour la ville.")
             + '<a class="btn btn-primary" href="/login">Déposer une proposition</a><div class="proposal-list">'
             + f'<div class="card proposal-preview"><h3><a href="{pj}/collect/depot-des-projets/proposals/aire-de-jeux-des-tilleuls">Une aire de jeux au square des Tilleuls</a></h3><span>7 commentaires</span></div></div>',
             {"participatory_budget", "suggestion_call"}),
        page(f"{pj}/collect/depot-des-projets/proposals/aire-de-jeux-des-tilleuls", "Une aire de jeux au square des Tilleuls", m.prose(
            "Le square des Tilleuls n'a plus de jeux depuis 2019. Nous proposons une aire pour les 3-10 ans avec un sol souple. Estimation : 45 000 €.")
             + '<div class="proposal__comments" id="comments"><h2>Commentaires (7)</h2><ul class="opinion-list"><li class="opinion"><span class="opinion__user">Aurélie</span><p>Très bonne idée pour les familles du quartier.</p></li>'
               '<li class="opinion"><span class="opinion__user">Yann</span><p>Prévoir aussi des bancs à l\'ombre.</p></li></ul>'
               '<form class="comment-form" method="post" action="/graphql"><label for="CommentForm-body">Votre commentaire</label><textarea id="CommentForm-body" name="body"></textarea>'
               '<label for="CommentForm-authorName">Nom</label><input id="CommentForm-authorName" name="authorName" type="text"><label for="CommentForm-authorEmail">Courriel</label><input id="CommentForm-authorEmail" name="authorEmail" type="email">'
               '<button type="submit" class="btn btn-primary">Commenter</button></form></div>',
             {"participatory_budget", "comments"}),
        page(f"{pj}/selection/vote", "Vote", m.prose("Le vote aura lieu du 1er au 30 septembre. Chaque habitant disposera de trois voix.")
             + '<p class="step-status">À venir</p>', {"participatory_budget"}),
        page("/projects/projets-d-ici-2024/selection/laureats", "Projets d'ici 2024 : les lauréats", m.prose(
            "2 481 votants ont désigné huit projets lauréats, dont un verger partagé à Montciel, des abris vélos à la gare et une boîte à livres géante.")
             + m.bullets(["Verger partagé de Montciel - réalisé", "Abris vélos sécurisés à la gare - en travaux", "Boîte à livres du parc - réalisé"]),
             {"participatory_budget"}),
    ]
    return City("99342", "Vesonnay", 27_410, "39", "27", "Bourgogne-Franche-Comté", f"http://{VESONNAY}/", [
        Site(VESONNAY, "drupal", "Ville de Vesonnay", www,
             menu=[("Vivre ensemble", ve[1]), ("Mairie", "/mairie/conseil-municipal"), ("Budget", "/mairie/budget-primitif-2026"),
                   ("Services", "/services/cantine-paiement"), ("Contact", "/contact")],
             accounts=[social("facebook", "VilleDeVesonnay"), social("youtube", "villedevesonnay"),
                       social("mastodon", "vesonnay@social.jura-libre.fr")],
             address="Hôtel de ville, 3 place de la Liberté, 39000 Vesonnay"),
        Site(VESONNAY_CAPCO, "capcollectif", "Projets d'ici - Vesonnay", capco,
             menu=[("Accueil", "/"), ("Projets d'ici 2026", f"{pj}/presentation/presentation")],
             features=frozenset({"participatory_platform"}), platforms=frozenset({"capcollectif"})),
    ])


# ---------------------------------------------------------------------------------------------------
# 99343 Chaumerive (Auvergne-Rhône-Alpes, Ain): WordPress with plugins, a neighbours' network of the city
# ---------------------------------------------------------------------------------------------------

CHAUMERIVE = "www.chaumerive.fr"
CHAUMERIVE_VOISINS = "voisins.chaumerive.fr"
CHAUMERIVE_OT_FACEBOOK = "https://www.facebook.com/chaumerivetourisme"


def chaumerive() -> City:
    pa = ("Participer", "/participer/")
    sidebar_poll = m.wp_polls(12, "La propreté de votre rue s'est-elle améliorée cette année ?", ["Oui", "Un peu", "Non", "Sans avis"])
    www = [
        page("/", "Accueil", _home("Chaumerive, ville-préfecture au bord de la Chaume : toute l'information municipale.",
             [("/participer/", "Participer", "La parole aux habitants"), ("/participer/boite-a-idees/", "Boîte à idées", "Proposez"),
              ("/contact/", "Contact", "Écrire à la mairie"), ("/vie-quotidienne/proprete/", "Propreté", "Signaler, trier"),
              ("/tourisme/", "Tourisme", "Découvrir Chaumerive"), ("/mairie/seances-du-conseil/", "Conseil municipal", "Séances")],
             [("/actualites/nouveau-skatepark/", "Le nouveau skatepark ouvre ses portes", "Inauguration samedi.", NEWS_DATES[0]),
              ("/actualites/travaux-avenue-de-la-gare/", "Travaux avenue de la Gare", "Circulation alternée.", NEWS_DATES[1]),
              ("/actualites/resultats-sondage-eclairage/", "Éclairage nocturne : les résultats", "Sondage clos.", NEWS_DATES[2]),
              ("/actualites/urgences-hopital/", "Urgences de nuit : le maire mobilisé", "Motion du conseil.", NEWS_DATES[3])],
             [("/agenda/forum-emploi/", "Forum de l'emploi et de la formation", "19 mars"),
              ("/agenda/concours-balcons-fleuris/", "Concours des balcons fleuris", "jusqu'au 30 mai")])),
        page("/participer/", "Participer à la vie de Chaumerive", m.prose(
            "Habitants, vous avez des idées pour votre ville : la municipalité a mis en place des outils pour vous écouter et construire avec vous.",
            "Conseils de quartier, questionnaires, boîte à idées, réseau d'entraide entre voisins : trouvez la formule qui vous convient.")
             + m.bullets(['<a href="/participer/conseils-de-quartier/">Conseils de quartier</a>', '<a href="/participer/boite-a-idees/">Boîte à idées</a>',
                          '<a href="/participer/questionnaire-mobilite/">Questionnaire mobilité</a>', '<a href="/participer/voisins-solidaires/">Voisins solidaires</a>']),
             {"participation_displayed"}),
        page("/participer/conseils-de-quartier/", "Les conseils de quartier", m.prose(
            "Quatre conseils de quartier - Rive Gauche, Les Brotteaux, Champ-Fleuri et Vieux-Bourg - sont ouverts à tous les habitants.",
            "Ils disposent chacun d'une enveloppe de 15 000 euros pour de petits aménagements et se réunissent en assemblée de quartier chaque trimestre. Prochaine assemblée des Brotteaux : 26 mars, 19 h, salle Jean-Moulin."),
             {"participation_displayed"}, parent=pa),
        page("/participer/boite-a-idees/", "Boîte à idées", m.prose(
            "Vous avez une suggestion pour améliorer la vie à Chaumerive ? Déposez-la ici : les élus étudient les propositions chaque mois et vous répondent.")
             + m.contact_cf7("/participer/boite-a-idees/", idea=True), {"suggestion_call", "contact_form"}, parent=pa),
        page("/participer/questionnaire-mobilite/", "Questionnaire : vos déplacements en ville", m.prose(
            "Dans le cadre du futur plan de circulation, la Ville interroge les habitants sur leurs déplacements. Questionnaire ouvert jusqu'au 15 avril, anonyme.")
             + m.city_form("/participer/questionnaire-mobilite/", [
                 ("mode", "Quel mode de transport utilisez-vous le plus ?", "radio", ["Voiture", "Bus", "Vélo", "Marche"]),
                 ("centre", "Êtes-vous favorable à une zone piétonne élargie ?", "radio", ["Oui", "Non", "Je ne sais pas"]),
                 ("age", "Votre tranche d'âge", "select", ["Moins de 25 ans", "25-59 ans", "60 ans et plus"])], cls="gform_wrapper questionnaire", submit="Envoyer mes réponses"),
             {"poll"}, parent=pa),
        # the city's page presenting its neighbours' network, with the way in
        page("/participer/voisins-solidaires/", "Voisins solidaires : le réseau social de Chaumerive", m.prose(
            "Prêter une perceuse, proposer une promenade, signaler un chat perdu : la Ville a ouvert un réseau social de voisinage réservé aux habitants de Chaumerive.",
            f'Inscription gratuite, avec vérification de l\'adresse : <a href="http://{CHAUMERIVE_VOISINS}/">rejoindre mes voisins</a>.'),
             {"territorial_social_network"}, parent=pa),
        page("/actualites/nouveau-skatepark/", "Le nouveau skatepark ouvre ses portes", m.prose(
            "Conçu avec les jeunes du conseil municipal des jeunes, le skatepark des Brotteaux sera inauguré samedi à 14 h avec des démonstrations.")
             + m.wp_comments(88, [("Théo", "8 mars 2026", "Trop bien, enfin un bowl !"), ("Nadine B.", "9 mars 2026", "Pensez à l'éclairage le soir.")])
             + m.share(f"http://{CHAUMERIVE}/actualites/nouveau-skatepark/", "Le nouveau skatepark"), {"comments"}),
        page("/actualites/travaux-avenue-de-la-gare/", "Travaux avenue de la Gare", m.prose(
            "Du 16 mars au 24 avril, la circulation se fera en alternance avenue de la Gare pour le remplacement des canalisations.") + m.wp_comments_closed(),
             decoys={"comments"}),
        page("/actualites/resultats-sondage-eclairage/", "Éclairage nocturne : les résultats", m.prose("Le sondage est terminé, merci pour votre participation.")
             + m.wp_polls_results(9, "Faut-il éteindre l'éclairage public entre minuit et 5 h ?", [("Oui", 58, 701), ("Non", 35, 423), ("Sans avis", 7, 85)], 1209),
             decoys={"poll"}),
        page("/actualites/urgences-hopital/", "Urgences de nuit : le maire mobilisé", m.prose(
            "Le conseil municipal a adopté à l'unanimité une motion pour le maintien des urgences de nuit au centre hospitalier.",
            "Une pétition nationale des associations d'usagers circule également sur internet ; la Ville n'en est pas l'organisatrice."),
             decoys={"petition"}),
        page("/vie-quotidienne/proprete/", "Propreté urbaine", m.with_aside(m.prose(
            "Balayage mécanisé, ramassage des encombrants sur rendez-vous, dépôts sauvages : tout ce qu'il faut savoir sur la propreté de la ville.",
            "Un dépôt sauvage ? Signalez-le au 04 74 00 00 00 ou via le formulaire de contact."), sidebar_poll, "widget-area"), {"poll"}),
        page("/agenda/forum-emploi/", "Forum de l'emploi et de la formation", m.prose(
            "Jeudi 19 mars, de 9 h à 17 h, salle des fêtes : plus de 60 employeurs et organismes de formation. Apportez vos CV !"), decoys={"forum"}),
        page("/agenda/concours-balcons-fleuris/", "Concours des balcons fleuris", m.prose(
            "Inscrivez votre balcon, votre jardin ou votre vitrine au concours municipal des maisons et balcons fleuris avant le 30 mai. Le jury passera en juillet.")
             + m.registration("/agenda/concours-balcons-fleuris/", "Bulletin d'inscription", [("nom", "Nom", "text"), ("adresse", "Adresse", "text"), ("email", "Courriel", "email")]),
             decoys={"suggestion_call", "contact_form"}),
        page("/contact/", "Contact", m.prose("Mairie de Chaumerive, 10 cours Verdun. Du lundi au vendredi, 8 h 30 - 12 h et 13 h 30 - 17 h.")
             + m.contact_cf7("/contact/"), {"contact_form"}, {"suggestion_call"}),
        page("/mairie/seances-du-conseil/", "Séances du conseil municipal", m.prose(
            "Ordre du jour de la séance du 30 mars : approbation du compte administratif, création d'un poste, dénomination de voies.",
            "Les séances sont publiques. Les comptes rendus sont affichés en mairie et publiés ici."), decoys={"participation_displayed"}),
        page("/tourisme/", "Tourisme", m.prose(
            "Le bord de Chaume, la collégiale, les caves : l'office de tourisme vous accueille place du Marché.",
            f'Suivez l\'office de tourisme sur <a href="{CHAUMERIVE_OT_FACEBOOK}">Facebook</a>.'), decoys={"social_account"}),
    ]
    vo = [
        page("/", "Voisins solidaires", m.prose("Le réseau social des habitants de Chaumerive : entraide, prêts, annonces et événements entre voisins.")
             + '<ul class="feed"><li class="post"><a href="/quartiers/les-brotteaux">Les Brotteaux</a> · <a href="/annonces/pret-escabeau">Qui peut me prêter un escabeau ?</a> · 4 réponses</li>'
               '<li class="post"><a href="/quartiers/vieux-bourg">Vieux-Bourg</a> · Vide-grenier de la rue Haute</li></ul><a href="/comment-ca-marche">Comment ça marche ?</a>'),
        page("/quartiers/les-brotteaux", "Les Brotteaux", '<p class="group-members">312 voisins inscrits</p><ul class="feed">'
             '<li class="post"><a href="/annonces/pret-escabeau">Qui peut me prêter un escabeau ?</a></li><li class="post">Chat roux trouvé rue des Peupliers</li></ul>'
             '<form class="post-form" method="post" action="/publier"><textarea name="contenu" placeholder="Écrire à mes voisins..."></textarea><button>Publier</button></form>'),
        page("/quartiers/vieux-bourg", "Vieux-Bourg", '<p class="group-members">187 voisins inscrits</p><ul class="feed"><li class="post">Vide-grenier de la rue Haute le 12 avril</li>'
             '<li class="post">Covoiturage pour le marché de Bourg le mardi ?</li></ul>'),
        page("/annonces/pret-escabeau", "Qui peut me prêter un escabeau ?", '<article class="post-full"><p>Bonjour, j\'ai besoin d\'un grand escabeau ce week-end. Merci !</p>'
             '<ul class="replies"><li><strong>Gilles</strong> : J\'en ai un, passez au 14.</li><li><strong>Amandine</strong> : Moi aussi si besoin.</li></ul>'
             '<form class="reply-form" method="post" action="/annonces/pret-escabeau/repondre"><textarea name="reponse"></textarea><button>Répondre</button></form></article>'),
        page("/comment-ca-marche", "Comment ça marche ?", m.prose(
            "Inscrivez-vous avec votre adresse à Chaumerive : vous rejoignez automatiquement le groupe de votre quartier. Le réseau est modéré par la Ville.")),
    ]
    city = City("99343", "Chaumerive", 42_870, "01", "84", "Auvergne-Rhône-Alpes", f"http://{CHAUMERIVE}/", [
        Site(CHAUMERIVE, "wordpress", "Ville de Chaumerive", www,
             menu=[("Accueil", "/"), ("Participer", "/participer/"), ("Vie quotidienne", "/vie-quotidienne/proprete/"),
                   ("Mairie", "/mairie/seances-du-conseil/"), ("Contact", "/contact/")],
             accounts=[social("facebook", "VilleDeChaumerive"), social("x", "Chaumerive"), social("instagram", "villedechaumerive")],
             address="Mairie, 10 cours Verdun, 01000 Chaumerive"),
        Site(CHAUMERIVE_VOISINS, "community", "Voisins solidaires Chaumerive", vo,
             menu=[("Fil", "/"), ("Les Brotteaux", "/quartiers/les-brotteaux"), ("Vieux-Bourg", "/quartiers/vieux-bourg")],
             features=frozenset({"territorial_social_network"})),
    ])
    city.decoy_accounts = (CHAUMERIVE_OT_FACEBOOK,)
    return city


# ---------------------------------------------------------------------------------------------------
# 99344 Lavernède (Occitanie, Tarn): SPIP, article forums, a board of its own, a PLU concertation
# ---------------------------------------------------------------------------------------------------

LAVERNEDE = "www.lavernede.fr"


def lavernede() -> City:
    dp = ("Démocratie participative", "/Democratie-participative")
    pages = [
        page("/", "Accueil", _home("Site officiel de la ville de Lavernède, sous-préfecture du Tarn.",
             [("/Democratie-participative", "Démocratie participative", "S'informer, participer"), ("/Contact", "Contact", "Écrire"),
              ("/spip.php?page=forum-citoyen", "Forum citoyen", "Échanger"), ("/Questionnaire-rythmes-scolaires", "Questionnaire", "Rythmes scolaires"),
              ("/Budget-2026", "Budget 2026", "Les chiffres"), ("/Lettre-d-information", "Lettre d'information", "S'abonner")],
             [("/Consultation-PLU-concertation", "PLU : la concertation continue", "Atelier le 21 mars.", NEWS_DATES[0]),
              ("/spip.php?article187", "Halle du marché : les travaux commencent", "Fin prévue à l'automne.", NEWS_DATES[1]),
              ("/Enquete-publique-parc-eolien", "Enquête publique : parc éolien du Causse", "Permanences en mairie.", NEWS_DATES[2]),
              ("/Offres-d-emploi", "La ville recrute", "Trois postes ouverts.", NEWS_DATES[3])],
             [("/Forum-des-associations", "Forum des associations", "5 septembre"), ("/Agenda-du-conseil-municipal", "Conseil municipal", "31 mars")])),
        page(dp[1], "Démocratie participative", m.prose(
            "La municipalité a fait de la démocratie participative un axe de son mandat : conseils de quartier, concertations sur les grands projets, questionnaires, forum citoyen en ligne.",
            "Un adjoint délégué à la démocratie locale et un service dédié accompagnent ces instances.")
             + '<ul class="liste-articles"><li><a href="/Conseils-de-quartier">Les conseils de quartier</a></li><li><a href="/Consultation-PLU-concertation">La concertation sur le PLU</a></li>'
               '<li><a href="/spip.php?page=forum-citoyen">Le forum citoyen</a></li><li><a href="/spip.php?article171">Participation en ligne : le point</a></li></ul>',
             {"participation_displayed"}),
        # an article naming platforms: no platform runs here
        page("/spip.php?article171", "Participation en ligne : la Ville fait le point", m.prose(
            "La commission démocratie locale a comparé plusieurs outils de participation en ligne, dont Decidim, Cap Collectif et Fluicity, utilisés par des villes voisines.",
            "Aucun choix n'est arrêté : le forum citoyen du site reste l'espace d'échange en ligne de la Ville en 2026.")
             + m.share(f"http://{LAVERNEDE}/spip.php?article171", "Participation en ligne"),
             decoys={"participatory_platform"}, parent=dp),
        page("/Conseils-de-quartier", "Les conseils de quartier", m.prose(
            "Cinq conseils de quartier couvrent la ville. Composés d'habitants volontaires et tirés au sort, ils donnent leur avis sur les projets et portent leurs propres initiatives.",
            "Compte rendu du conseil de quartier Saint-Michel du 12 février : aménagement de la place, sécurité aux abords de l'école."),
             {"participation_displayed"}, parent=dp),
        page("/Consultation-PLU-concertation", "PLU : la concertation continue", m.prose(
            "La concertation préalable à la révision du plan local d'urbanisme se poursuit. Après la réunion publique de janvier, un atelier participatif sur les entrées de ville aura lieu le 21 mars.",
            "Réagissez ci-dessous : vos messages sont lus par le bureau d'études et versés au bilan de la concertation.")
             + m.spip_forum("/spip.php?article164", 164, [("Hélène", "3 mars 2026", "Zones à urbaniser", "Merci de préserver les jardins ouvriers du Pradel."),
                                                           ("J.-P. Marty", "5 mars 2026", "Entrée nord", "La zone commerciale est déjà trop étendue.")]),
             {"participation_displayed", "comments"}, parent=dp),
        page("/spip.php?article187", "Halle du marché : les travaux commencent", m.prose(
            "La rénovation de la halle du marché commence le 16 mars. Les marchands s'installeront provisoirement place du Foirail.")
             + m.spip_forum("/spip.php?article187", 187, [("Odile", "10 mars 2026", "Stationnement", "Où se garer le samedi pendant les travaux ?")]), {"comments"}),
        page("/spip.php?page=forum-citoyen", "Forum citoyen", m.prose("Espace de discussion entre habitants. Les messages sont modérés a posteriori selon la charte.")
             + '<table class="forum-sujets"><thead><tr><th>Sujet</th><th>Réponses</th><th>Dernier message</th></tr></thead><tbody>'
               '<tr><td><a href="/spip.php?page=forum-citoyen&amp;id_forum=412">Pistes cyclables vers le lycée</a></td><td>14</td><td>11 mars 2026</td></tr>'
               '<tr><td><a href="/spip.php?page=forum-citoyen&amp;id_forum=398">Horaires de la médiathèque</a></td><td>6</td><td>2 mars 2026</td></tr></tbody></table>'
               '<p><a href="/spip.php?page=forum-citoyen&amp;id_forum=412">Ouvrir un nouveau sujet</a></p>', {"forum"}, parent=dp),
        page("/spip.php?page=forum-citoyen&id_forum=412", "Pistes cyclables vers le lycée", m.spip_forum("/spip.php?page=forum-citoyen", 412, [
            ("Mathis", "1er mars 2026", "Pistes cyclables vers le lycée", "Il n'y a aucun aménagement entre le pont et le lycée Las Cases."),
            ("Karine", "4 mars 2026", "Re : Pistes cyclables", "D'accord, mon fils passe par la nationale, c'est dangereux."),
            ("Service voirie", "11 mars 2026", "Re : Pistes cyclables", "Une étude est inscrite au programme 2026.")]),
             {"forum"}, parent=("Forum citoyen", "/spip.php?page=forum-citoyen")),
        page("/spip.php?page=forum-citoyen&id_forum=398", "Horaires de la médiathèque", m.spip_forum("/spip.php?page=forum-citoyen", 398, [
            ("Lucie", "20 février 2026", "Horaires de la médiathèque", "Pourquoi ne pas ouvrir le dimanche matin ?"),
            ("Arnaud", "2 mars 2026", "Re : Horaires", "Ou au moins le mercredi jusqu'à 19 h.")]),
             {"forum"}, parent=("Forum citoyen", "/spip.php?page=forum-citoyen")),
        page("/Questionnaire-rythmes-scolaires", "Questionnaire : les rythmes scolaires", m.prose(
            "Semaine de quatre jours ou de quatre jours et demi ? Parents, enseignants, animateurs : répondez au questionnaire avant le 10 avril.")
             + '<div class="formulaire_spip formulaire_formidable formulaire_formidable-3" id="formulaire_formidable-3"><form method="post" action="/Questionnaire-rythmes-scolaires">'
               '<input name="formulaire_action" type="hidden" value="formidable"><input name="formulaire_action_args" type="hidden" value="3"><div class="editer-groupe">'
               '<fieldset class="editer saisie_radio"><legend>Vous êtes</legend><input type="radio" name="radio_1" id="radio_1_0" value="parent"><label for="radio_1_0">Parent</label>'
               '<input type="radio" name="radio_1" id="radio_1_1" value="enseignant"><label for="radio_1_1">Enseignant</label><input type="radio" name="radio_1" id="radio_1_2" value="autre"><label for="radio_1_2">Autre</label></fieldset>'
               '<fieldset class="editer saisie_radio"><legend>Quelle organisation préférez-vous ?</legend><input type="radio" name="radio_2" id="radio_2_0" value="4j"><label for="radio_2_0">4 jours</label>'
               '<input type="radio" name="radio_2" id="radio_2_1" value="4j5"><label for="radio_2_1">4 jours et demi</label></fieldset></div>'
               '<p class="boutons"><input type="submit" class="submit" value="Envoyer"></p></form></div>', {"poll"}),
        page("/Enquete-publique-parc-eolien", "Enquête publique : parc éolien du Causse", m.prose(
            "Une enquête publique sur la demande d'autorisation environnementale du parc éolien du Causse est ouverte du 9 mars au 10 avril.",
            "Le dossier et le registre d'enquête sont à la disposition du public en mairie. Le commissaire enquêteur recevra le public les 12 mars, 25 mars et 10 avril."),
             decoys={"participation_displayed", "poll"}),
        page("/Forum-des-associations", "Forum des associations", m.prose(
            "Le forum des associations revient le samedi 5 septembre au parc des sports : plus de 120 associations sportives, culturelles et solidaires."),
             decoys={"forum"}),
        page("/Offres-d-emploi", "La ville recrute", m.prose(
            "Appel à candidatures : un agent d'entretien des espaces verts (H/F), un animateur périscolaire, un chargé de communication.",
            "Candidatures (CV et lettre de motivation) à adresser à M. le Maire avant le 31 mars."), decoys={"suggestion_call"}),
        page("/Budget-2026", "Budget 2026", m.prose(
            "Le budget primitif 2026 a été voté le 10 février : 33 millions d'euros. Les taux d'imposition restent inchangés pour la sixième année."),
             decoys={"participatory_budget"}),
        page("/Participation-citoyenne-gendarmerie", "Participation citoyenne avec la gendarmerie", m.prose(
            "Le quartier de la Gare a rejoint le dispositif « participation citoyenne » de la gendarmerie nationale. Des voisins référents signalent les faits suspects à la brigade."),
             decoys={"participation_displayed", "territorial_social_network"}),
        page("/Agenda-du-conseil-municipal", "Agenda du conseil municipal", m.prose(
            "Mardi 31 mars à 18 h, salle du conseil : vote du compte administratif, attribution des subventions, questions diverses.")
             + '<p><a href="/Participation-citoyenne-gendarmerie">Convention de participation citoyenne (délibération n° 2026-14)</a></p>',
             decoys={"participation_displayed"}),
        page("/Contact", "Contact", m.prose("Mairie de Lavernède, place Jean-Jaurès, 81000 Lavernède. Tél. 05 63 00 00 00.") + m.spip_contact("/Contact"),
             {"contact_form"}),
        page("/Lettre-d-information", "Lettre d'information", m.prose("Inscrivez-vous à la lettre municipale.") + m.newsletter("/spip.php?action=mailsubscriber"),
             decoys={"contact_form"}),
    ]
    return City("99344", "Lavernède", 31_560, "81", "76", "Occitanie", f"http://{LAVERNEDE}/", [
        Site(LAVERNEDE, "spip", "Ville de Lavernède", pages,
             menu=[("Démocratie participative", dp[1]), ("Forum citoyen", "/spip.php?page=forum-citoyen"), ("Budget", "/Budget-2026"), ("Contact", "/Contact")],
             accounts=[social("facebook", "lavernede81"), social("instagram", "ville_de_lavernede"), social("youtube", "VilledeLavernede")],
             address="Mairie, place Jean-Jaurès, 81000 Lavernède"),
    ])


# ---------------------------------------------------------------------------------------------------
# 99345 Fontalbe (Occitanie, Tarn-et-Garonne): TYPO3, a convention citoyenne, Go Vocal for the climate plan
# ---------------------------------------------------------------------------------------------------

FONTALBE = "www.fontalbe.fr"
FONTALBE_GV = "fontalbe.govocal.com"


def fontalbe() -> City:
    vc = ("Ville et citoyenneté", "/ville-et-citoyennete")
    gv = f"http://{FONTALBE_GV}"
    www = [
        page("/", "Accueil", _home("Bienvenue à Fontalbe, préfecture de Tarn-et-Garonne.",
             [("/ville-et-citoyennete", "Ville et citoyenneté", "Instances et participation"), ("/mairie/contact", "Contact", "Nous écrire"),
              ("/famille/portail-famille", "Portail famille", "Se connecter"), ("/economie/appels-d-offres", "Appels d'offres", "Marchés"),
              ("/culture/concours-de-nouvelles", "Concours de nouvelles", "Jusqu'au 15 mai"), ("/demarches/etat-civil", "État civil", "Actes")],
             [("/actualites/agglo-projets", "L'agglomération lance ses grands projets", "Trois chantiers en 2026.", NEWS_DATES[0]),
              ("/actualites/recensement", "Recensement de la population", "Jusqu'au 21 février.", NEWS_DATES[1]),
              ("/mairie/budget", "Budget 2026 voté", "Des investissements maîtrisés.", NEWS_DATES[2])],
             [("/ville-et-citoyennete/convention-citoyenne", "Convention citoyenne : session 3", "28 mars"),
              ("/mairie/seances-du-conseil", "Séance du conseil municipal", "2 avril")])),
        page(vc[1], "Ville et citoyenneté", m.prose(
            "Fontalbe associe les habitants à ses choix : une convention citoyenne tirée au sort, un conseil de développement partagé avec l'agglomération, "
            "un droit d'interpellation et une plateforme de participation en ligne.")
             + m.bullets(['<a href="/ville-et-citoyennete/convention-citoyenne">La convention citoyenne pour le climat</a>',
                          '<a href="/ville-et-citoyennete/conseil-de-developpement">Le conseil de développement</a>',
                          '<a href="/ville-et-citoyennete/interpellation">Le droit d\'interpellation</a>',
                          f'<a href="{gv}/">Fontalbe Participe, la plateforme</a>']), {"participation_displayed"}),
        page("/ville-et-citoyennete/convention-citoyenne", "La convention citoyenne pour le climat", m.prose(
            "Quarante habitants tirés au sort, représentatifs de la population par âge, sexe et quartier, travaillent depuis janvier sur le plan climat de la ville.",
            "Ils entendent des experts, débattent en petits groupes et formuleront des propositions que le conseil municipal s'est engagé à examiner publiquement.",
            f'Les habitants qui ne sont pas tirés au sort peuvent contribuer en ligne sur <a href="{gv}/fr-FR/projects/plan-climat-2030">Fontalbe Participe</a>.'),
             {"participation_displayed"}, parent=vc),
        page("/ville-et-citoyennete/conseil-de-developpement", "Le conseil de développement", m.prose(
            "Instance consultative de l'agglomération, le conseil de développement réunit une centaine de bénévoles : habitants, acteurs associatifs et économiques.",
            "Il rend des avis sur le projet de territoire et s'autosaisit de sujets comme l'alimentation ou les mobilités. Il est ouvert à toute personne qui souhaite s'y investir."),
             {"participation_displayed"}, parent=vc),
        # the city's own right of interpellation, whose proposals are filed and signed on its platform
        page("/ville-et-citoyennete/interpellation", "Le droit d'interpellation citoyenne", m.prose(
            "Depuis 2024, les habitants de Fontalbe disposent d'un droit d'interpellation : une proposition citoyenne qui recueille 300 soutiens en 90 jours reçoit une réponse écrite du maire ; "
            "à 1 500 soutiens, elle est débattue en conseil municipal.",
            f'Déposer ou soutenir une proposition : <a href="{gv}/fr-FR/initiatives">propositions citoyennes</a>.'),
             {"petition", "participation_displayed"}, parent=vc),
        page("/actualites/agglo-projets", "L'agglomération lance ses grands projets", m.prose(
            "Pôle d'échanges multimodal, piscine intercommunale, zone d'activités des Vignals : l'agglomération a présenté ses projets pour 2026.",
            "Le président a aussi évoqué, en fin de séance, l'idée d'un budget participatif intercommunal, sans calendrier à ce stade."),
             decoys={"participatory_budget"}),
        page("/actualites/recensement", "Recensement de la population", m.prose(
            "Le recensement se déroule jusqu'au 21 février. Répondre est obligatoire ; les réponses sont confidentielles et transmises à l'Insee."), decoys={"poll"}),
        page("/mairie/budget", "Budget 2026", m.prose("Budget primitif : 71 millions d'euros. Dette par habitant en baisse. Voir le rapport de présentation."),
             decoys={"participatory_budget"}),
        page("/mairie/seances-du-conseil", "Séances du conseil municipal", m.prose(
            "Ordre du jour du 2 avril : compte de gestion, plan pluriannuel d'investissement, rapport sur la convention citoyenne."), decoys={"participation_displayed"}),
        page("/mairie/contact", "Contacter la mairie", m.prose("Hôtel de ville, 1 place Nationale. Du lundi au vendredi, 8 h - 17 h 30.")
             + m.powermail("/mairie/contact", [("nom", "Nom", "text"), ("email", "E-mail", "email"), ("objet", "Objet", "text"), ("message", "Message", "textarea")]),
             {"contact_form"}),
        page("/economie/appels-d-offres", "Appels d'offres", m.prose(
            "Avis d'appel public à la concurrence : marché de fourniture de repas pour la restauration scolaire, date limite de remise des offres le 14 avril."),
             decoys={"suggestion_call"}),
        page("/culture/concours-de-nouvelles", "Concours de nouvelles", m.prose(
            "La médiathèque lance son concours annuel de nouvelles sur le thème « La rivière ». Textes de 10 000 signes maximum, à envoyer avant le 15 mai. Prix remis en juin."),
             decoys={"suggestion_call"}),
        page("/demarches/etat-civil", "Actes d'état civil", m.prose(
            "Demandez un acte de naissance, de mariage ou de décès en ligne sur le site du service public ou au guichet.") + m.satisfaction("/avis", 58),
             decoys={"poll"}),
        page("/famille/portail-famille", "Portail famille", m.prose("Réservations de cantine et de centre de loisirs, factures.") + m.login("/famille/portail-famille", "Portail famille"),
             decoys={"contact_form"}),
    ]
    gvp = [
        page("/", "Fontalbe Participe", m.prose("Bienvenue sur Fontalbe Participe : donnez votre avis sur les projets de la ville.")
             + '<div id="e2e-projects-list"><a class="e2e-project-card" href="/fr-FR/projects/plan-climat-2030">Plan climat 2030 - Idées</a>'
               '<a class="e2e-project-card" href="/fr-FR/projects/questionnaire-mobilite">Questionnaire mobilité</a>'
               '<a class="e2e-project-card" href="/fr-FR/projects/convention-citoyenne">Convention citoyenne</a>'
               '<a class="e2e-project-card" href="/fr-FR/initiatives">Propositions citoyennes</a></div>'),
        page("/fr-FR/projects/plan-climat-2030", "Plan climat 2030 : vos idées", m.prose(
            "Partagez vos idées pour une ville plus sobre et plus fraîche : nature en ville, énergie, déplacements. Phase de recueil des idées jusqu'au 30 avril.")
             + '<a id="e2e-idea-button" class="e2e-idea-button" href="/fr-FR/projects/plan-climat-2030/ideas/new">Soumettre une idée</a>'
               '<div id="e2e-ideas-list"><a class="e2e-idea-card" href="/fr-FR/ideas/des-arbres-dans-les-cours-d-ecole">Des arbres dans les cours d\'école</a></div>',
             {"suggestion_call"}),
        page("/fr-FR/projects/plan-climat-2030/ideas/new", "Soumettre une idée", '<form id="idea-form" class="e2e-idea-form" method="post" action="/web_api/v1/ideas">'
             '<label for="title_multiloc">Titre</label><input id="title_multiloc" name="title_multiloc[fr-FR]" type="text">'
             '<label for="body_multiloc">Description</label><textarea id="body_multiloc" name="body_multiloc[fr-FR]"></textarea>'
             '<button type="submit" id="e2e-idea-submit">Publier</button></form>', {"suggestion_call", "contact_form"}),
        page("/fr-FR/ideas/des-arbres-dans-les-cours-d-ecole", "Des arbres dans les cours d'école", m.prose(
            "Remplacer une partie du bitume des cours par des arbres et de la terre, pour l'ombre l'été.")
             + '<div id="e2e-idea-reactions">42 j\'aime</div><section id="e2e-comments-container"><h2>Commentaires (5)</h2>'
               '<div class="e2e-comment"><span class="e2e-author-name">Manon</span><p>Les enfants en ont vraiment besoin.</p></div>'
               '<div class="e2e-comment"><span class="e2e-author-name">Éric</span><p>Et des récupérateurs d\'eau de pluie.</p></div>'
               '<form id="e2e-comment-form" method="post" action="/web_api/v1/ideas/des-arbres/comments"><textarea id="e2e-parent-comment-text-area" name="body_multiloc[fr-FR]" placeholder="Écrivez votre commentaire"></textarea>'
               '<button type="submit" id="e2e-submit-comment">Publier</button></form></section>',
             {"suggestion_call", "comments"}, parent=("Plan climat 2030", "/fr-FR/projects/plan-climat-2030")),
        page("/fr-FR/projects/questionnaire-mobilite", "Questionnaire mobilité", m.prose("Dites-nous comment vous vous déplacez. Questionnaire ouvert jusqu'au 20 avril.")
             + '<form id="e2e-survey-form" class="e2e-native-survey" method="post" action="/web_api/v1/phases/88/survey_responses">'
               '<fieldset><legend>Combien de jours par semaine utilisez-vous la voiture ?</legend><label><input type="radio" name="jours" value="0"> Jamais</label>'
               '<label><input type="radio" name="jours" value="1-2"> 1 à 2</label><label><input type="radio" name="jours" value="3+"> 3 ou plus</label></fieldset>'
               '<fieldset><legend>Prendriez-vous une navette gratuite ?</legend><label><input type="radio" name="navette" value="oui"> Oui</label><label><input type="radio" name="navette" value="non"> Non</label></fieldset>'
               '<button type="submit" id="e2e-submit-survey">Envoyer</button></form>', {"poll"}),
        page("/fr-FR/projects/convention-citoyenne", "Convention citoyenne", m.prose(
            "Suivez les travaux de la convention citoyenne pour le climat : calendrier des sessions, intervenants, documents de travail."), {"participation_displayed"}),
        page("/fr-FR/initiatives", "Propositions citoyennes", m.prose(
            "Faites une proposition à la ville. À 300 soutiens en 90 jours, le maire vous répond ; à 1 500, elle est débattue en conseil municipal.")
             + '<a class="e2e-initiative-button" href="/fr-FR/initiatives/new">Soumettre une proposition</a><div id="e2e-initiatives-list">'
               '<a class="e2e-initiative-card" href="/fr-FR/initiatives/ouvrir-la-piscine-le-dimanche">Ouvrir la piscine le dimanche - 214 / 300 soutiens</a></div>',
             {"petition"}),
        page("/fr-FR/initiatives/ouvrir-la-piscine-le-dimanche", "Ouvrir la piscine le dimanche", m.prose(
            "La piscine municipale est fermée le dimanche toute l'année. Nous demandons une ouverture le dimanche matin, au moins de septembre à juin.")
             + '<div class="e2e-initiative-status"><progress value="214" max="300"></progress> 214 soutiens sur 300 - 41 jours restants</div>'
               '<button id="e2e-initiative-upvote-button" type="button">Soutenir cette proposition</button>',
             {"petition"}, parent=("Propositions citoyennes", "/fr-FR/initiatives")),
        page("/fr-FR/initiatives/new", "Soumettre une proposition", '<form id="initiative-form" method="post" action="/web_api/v1/initiatives">'
             '<label for="initiative-title">Titre de la proposition</label><input id="initiative-title" name="title_multiloc[fr-FR]" type="text">'
             '<label for="initiative-location">Lieu concerné</label><input id="initiative-location" name="location_description" type="text">'
             '<button type="submit">Publier la proposition</button></form>', {"petition"}),
    ]
    return City("99345", "Fontalbe", 58_320, "82", "76", "Occitanie", f"http://{FONTALBE}/", [
        Site(FONTALBE, "typo3", "Ville de Fontalbe", www,
             menu=[("Ville et citoyenneté", vc[1]), ("Mairie", "/mairie/seances-du-conseil"), ("Économie", "/economie/appels-d-offres"),
                   ("Culture", "/culture/concours-de-nouvelles"), ("Contact", "/mairie/contact")],
             accounts=[social("facebook", "fontalbe"), social("instagram", "fontalbe_officiel"), social("bluesky", "fontalbe.fr"),
                       social("linkedin", "ville-de-fontalbe")],
             address="Hôtel de ville, 1 place Nationale, 82000 Fontalbe"),
        Site(FONTALBE_GV, "govocal", "Fontalbe Participe", gvp,
             menu=[("Projets", "/"), ("Propositions citoyennes", "/fr-FR/initiatives")],
             features=frozenset({"participatory_platform"}), platforms=frozenset({"govocal"})),
    ])


# ---------------------------------------------------------------------------------------------------
# 99346 Épinval (Grand Est, Vosges): Joomla, a phpBB board for residents, a participatory budget on the site
# ---------------------------------------------------------------------------------------------------

EPINVAL = "www.epinval.fr"
EPINVAL_FORUM = "forum.epinval.fr"


def epinval() -> City:
    vc = ("Vie citoyenne", "/index.php/vie-citoyenne/democratie-de-proximite")
    www = [
        page("/", "Accueil", _home("Épinval, sous-préfecture des Vosges, au pied des ballons.",
             [(vc[1], "Démocratie de proximité", "Comités de quartier"), ("/index.php/vie-citoyenne/budget-participatif", "Budget participatif", "Déposez un projet"),
              (f"http://{EPINVAL_FORUM}/", "Forum des habitants", "Échanger"), ("/index.php/contact", "Contact", "Nous écrire"),
              ("/index.php/services/reservation-salles", "Salles municipales", "Réserver"), ("/index.php/mairie/marches-publics", "Marchés publics", "Consultations")],
             [("/index.php/actualites/forum-emploi", "Forum de l'emploi saisonnier", "Stations et hôtellerie recrutent.", NEWS_DATES[0]),
              ("/index.php/actualites/maternite", "Maternité : la mobilisation continue", "Motion du conseil.", NEWS_DATES[1]),
              ("/index.php/actualites/sondage-cinema-resultats", "Cinéma : les résultats du sondage", "Séances du dimanche.", NEWS_DATES[2])],
             [("/index.php/vie-citoyenne/comites-de-quartier/saint-roch", "Comité de quartier Saint-Roch", "25 mars"),
              ("/index.php/mairie/conseil-municipal", "Conseil municipal", "27 mars")])),
        page(vc[1], "Démocratie de proximité", m.prose(
            "Sept comités de quartier, un forum des habitants en ligne, un budget participatif : à Épinval, la démocratie de proximité se vit toute l'année.",
            "Les comités de quartier sont des lieux d'échange entre habitants et élus ; ils relaient les attentes du quartier et proposent des améliorations.")
             + m.bullets(['<a href="/index.php/vie-citoyenne/comites-de-quartier/saint-roch">Comité Saint-Roch</a>', '<a href="/index.php/vie-citoyenne/forum-des-habitants">Le forum des habitants</a>',
                          '<a href="/index.php/vie-citoyenne/budget-participatif">Le budget participatif</a>']), {"participation_displayed"}),
        page("/index.php/vie-citoyenne/comites-de-quartier/saint-roch", "Comité de quartier Saint-Roch", m.prose(
            "Prochaine réunion du comité : mercredi 25 mars, 18 h, école Saint-Roch. Ordre du jour : stationnement rue de la Moselle, fête de quartier.",
            "Référents : deux habitants élus par le comité et l'adjointe au maire chargée du quartier."), {"participation_displayed"}, parent=vc),
        # presents the residents' board, which lives on its own host: the page itself is not the board
        page("/index.php/vie-citoyenne/forum-des-habitants", "Le forum des habitants", m.prose(
            "Le forum des habitants est un espace d'échange en ligne ouvert à tous les Épinvalois. La Ville y répond aux questions et y annonce les réunions.",
            f'Accéder au forum : <a href="http://{EPINVAL_FORUM}/">forum.epinval.fr</a>. Charte de modération disponible sur le forum.'),
             {"participation_displayed"}, {"forum"}, parent=vc),
        page("/index.php/vie-citoyenne/budget-participatif", "Budget participatif 2026", m.prose(
            "100 000 euros pour réaliser les projets des habitants. Dépôt des projets jusqu'au 15 avril, vote en juin.")
             + m.city_form("/index.php/vie-citoyenne/budget-participatif", [
                 ("porteur", "Nom du porteur de projet", "text"), ("email", "Courriel", "email"), ("titre", "Titre du projet", "text"),
                 ("quartier", "Quartier concerné", "select", ["Centre", "Saint-Roch", "Le Haut-du-Val", "La Filature"]), ("description", "Description du projet", "textarea")],
                 cls="rsform", submit="Déposer mon projet")
             + m.links([("/index.php/vie-citoyenne/budget-participatif/laureats-2024", "Les lauréats de l'édition 2024")]),
             {"participatory_budget", "suggestion_call", "contact_form"}, parent=vc),
        page("/index.php/vie-citoyenne/budget-participatif/laureats-2024", "Budget participatif 2024 : les lauréats", m.prose(
            "1 327 habitants ont voté. Projets retenus : un parcours sportif au bord de la Moselle, une boîte à dons au Haut-du-Val, des bacs potagers à la Filature.",
            "Tous seront réalisés d'ici l'été 2026."), {"participatory_budget"}, parent=("Budget participatif", "/index.php/vie-citoyenne/budget-participatif")),
        page("/index.php/actualites/forum-emploi", "Forum de l'emploi saisonnier", m.prose(
            "Mercredi 18 mars, salle des congrès : les stations, hôtels et restaurants recrutent pour la saison d'été."), decoys={"forum"}),
        page("/index.php/actualites/maternite", "Maternité : la mobilisation continue", m.prose(
            "Le conseil municipal a voté une motion contre la fermeture de la maternité. Un collectif d'habitants a lancé une pétition en ligne sur un site national de pétitions."),
             decoys={"petition"}),
        page("/index.php/actualites/sondage-cinema-resultats", "Cinéma : les résultats du sondage", m.prose(
            "Sondage clos le 28 février : 72 % des 540 répondants souhaitent des séances le dimanche matin. Le cinéma municipal les proposera dès avril.")
             + '<div class="mod-poll-results"><ul><li>Oui : 72 %</li><li>Non : 21 %</li><li>Sans opinion : 7 %</li></ul><p>Ce sondage est terminé.</p></div>',
             decoys={"poll"}),
        page("/index.php/mairie/conseil-municipal", "Conseil municipal", m.prose(
            "Séance du 27 mars à 20 h : ordre du jour, délibérations et procès-verbaux des séances précédentes."), decoys={"participation_displayed"}),
        page("/index.php/mairie/marches-publics", "Marchés publics", m.prose(
            "Consultation en cours : travaux de réfection de la toiture du gymnase (MAPA). Date limite de réception des offres : 9 avril."), decoys={"suggestion_call"}),
        page("/index.php/contact", "Contact", m.prose("Mairie d'Épinval, 2 rue du Général-Leclerc. Tél. 03 29 00 00 00.") + m.joomla_contact("/index.php/contact"),
             {"contact_form"}),
        page("/index.php/services/reservation-salles", "Réservation des salles municipales", m.prose("Associations et particuliers peuvent réserver une salle municipale.")
             + m.booking("/index.php/services/reservation-salles", ["Salle des fêtes", "Salle Saint-Roch", "Maison des associations"]), decoys={"contact_form"}),
    ]
    fo = [
        page("/", "Index du forum", '<div class="forabg"><ul class="topiclist forums">'
             '<li class="row"><dl class="row-item forum_read"><dt><a href="/viewforum.php?f=2" class="forumtitle">Vie des quartiers</a><br>Travaux, propreté, voisinage</dt><dd class="topics">48</dd><dd class="posts">312</dd></dl></li>'
             '<li class="row"><dl class="row-item forum_read"><dt><a href="/viewforum.php?f=5" class="forumtitle">Vos propositions pour Épinval</a><br>Idées et débats</dt><dd class="topics">21</dd><dd class="posts">164</dd></dl></li>'
             '</ul></div>', {"forum"}),
        page("/viewforum.php?f=2", "Vie des quartiers", '<div class="action-bar bar-top"><a href="/posting.php?mode=post&amp;f=2" class="button">Nouveau sujet</a></div>'
             '<ul class="topiclist topics"><li class="row"><dl class="row-item topic_read"><dt><a href="/viewtopic.php?t=41" class="topictitle">Stationnement rue de la Moselle</a></dt><dd class="posts">9</dd></dl></li></ul>',
             {"forum"}),
        page("/viewtopic.php?t=41", "Stationnement rue de la Moselle", '<div id="p301" class="post has-profile bg2"><div class="inner"><div class="postbody"><h3 class="first">Stationnement rue de la Moselle</h3>'
             '<p class="author">par <strong>riverain88</strong> » 2 mars 2026</p><div class="content">Les voitures ventouses bloquent la rue depuis des semaines.</div></div></div></div>'
             '<div id="p305" class="post has-profile bg1"><div class="inner"><div class="postbody"><p class="author">par <strong>Mairie_Epinval</strong> » 4 mars 2026</p><div class="content">La police municipale passera cette semaine.</div></div></div></div>'
             '<div class="action-bar"><a href="/posting.php?mode=reply&amp;t=41" class="button">Répondre</a></div>', {"forum"}),
        page("/viewforum.php?f=5", "Vos propositions pour Épinval", '<ul class="topiclist topics"><li class="row"><dl class="row-item topic_read"><dt>'
             '<a href="/viewtopic.php?t=57" class="topictitle">Une navette vers les pistes le week-end</a></dt><dd class="posts">14</dd></dl></li></ul>', {"forum"}),
        page("/viewtopic.php?t=57", "Une navette vers les pistes le week-end", '<div id="p410" class="post has-profile bg2"><div class="inner"><div class="postbody">'
             '<p class="author">par <strong>skieuse_vosgienne</strong> » 10 janvier 2026</p><div class="content">Pourquoi pas une navette depuis la gare vers les pistes ?</div></div></div></div>'
             '<div id="p414" class="post has-profile bg1"><div class="inner"><div class="postbody"><p class="author">par <strong>Pierrot</strong> » 12 janvier 2026</p><div class="content">Ça existait il y a vingt ans !</div></div></div></div>',
             {"forum"}),
        page("/posting.php?mode=post&f=2", "Nouveau sujet", '<p>Vous devez être inscrit et connecté pour publier un message.</p><a href="/ucp.php?mode=login">Connexion</a>', decoys={"forum"}),
        page("/posting.php?mode=reply&t=41", "Répondre", '<p>Vous devez être inscrit et connecté pour répondre à ce sujet.</p><a href="/ucp.php?mode=login">Connexion</a>', decoys={"forum"}),
    ]
    return City("99346", "Épinval", 33_940, "88", "44", "Grand Est", f"http://{EPINVAL}/", [
        Site(EPINVAL, "joomla", "Ville d'Épinval", www,
             menu=[("Accueil", "/"), ("Vie citoyenne", vc[1]), ("Mairie", "/index.php/mairie/conseil-municipal"), ("Contact", "/index.php/contact")],
             accounts=[social("facebook", "epinval.officiel"), social("youtube", "villedepinval"), social("tiktok", "villedepinval")],
             address="Mairie, 2 rue du Général-Leclerc, 88000 Épinval"),
        Site(EPINVAL_FORUM, "phpbb", "Forum des habitants d'Épinval", fo, features=frozenset({"forum"})),
    ])


# ---------------------------------------------------------------------------------------------------
# 99347 Belcombe (Auvergne-Rhône-Alpes, Drôme): agency CMS and its Publik portal (contact, interpellation, survey)
# ---------------------------------------------------------------------------------------------------

BELCOMBE = "www.belcombe.fr"
BELCOMBE_PUBLIK = "demarches.belcombe.fr"


def _wcs(action, fields, submit="Valider"):
    """A w.c.s. form of a Publik portal: (id, label, kind, options)."""
    out = []
    for fid, label, kind, *opts in fields:
        if kind == "textarea":
            ctl = f'<textarea id="form_f{fid}" name="f{fid}" rows="7" cols="72"></textarea>'
            cls = "TextWidget"
        elif kind == "radio":
            ctl = "".join(f'<label><input type="radio" name="f{fid}" value="{escape(o)}"> <span>{o}</span></label>' for o in opts[0])
            cls = "RadiobuttonsWidget"
        else:
            ctl = f'<input id="form_f{fid}" name="f{fid}" type="{kind}" value="">'
            cls = "EmailWidget" if kind == "email" else "StringWidget"
        out.append(f'<div class="field {cls} template-{cls[:-6].lower()} widget-required" data-field-id="{fid}"><div class="title"><label for="form_f{fid}">{label}<span title="obligatoire" class="required">*</span></label></div>'
                   f'<div class="content">{ctl}</div></div>')
    return (f'<div id="wcs-form-container"><form action="{action}" method="post" enctype="multipart/form-data" class="quixote" novalidate data-live-url="{action}live">'
            '<input type="hidden" name="_form_id" value="form-q7"><div class="page">' + "".join(out) +
            f'</div><div class="buttons submit"><button name="submit" class="submit-button">{submit}</button></div><input type="hidden" name="_ajax_form_token" value="1f0a"></form></div>')


def belcombe() -> City:
    pa = ("Participer", "/participer")
    pk = f"http://{BELCOMBE_PUBLIK}"
    www = [
        page("/", "Accueil", m.cookie_banner() + m.prose("Belcombe, préfecture de la Drôme. Toute l'actualité de votre ville.")
             + m.dsfr_tiles([("/participer", "Participer", "Belcombe à l'écoute"), ("/contact", "Contact", "Joindre les services"),
                             ("/famille/cantine", "Cantine", "Menus et factures"), (f"{pk}/", "Démarches en ligne", "Portail citoyen"),
                             ("/mairie/deliberations", "Délibérations", "Conseil municipal"), ("/mairie/appels-a-projets-associations", "Associations", "Appel à projets")])
             + m.dsfr_cards([("/actualites/jeunes-et-projets", "Les jeunes ont des projets", "Retour sur la rencontre du conseil des jeunes.", NEWS_DATES[0]),
                             ("/actualites/enquete-insee", "Enquête Insee sur le cadre de vie", "Des ménages sollicités.", NEWS_DATES[1]),
                             ("/securite/participation-citoyenne", "Sécurité : le dispositif s'étend", "Trois nouveaux quartiers.", NEWS_DATES[2])])
             + m.agenda([("/participer/reunions-publiques", "Réunion publique Fontbarlettes", "18 mars"), ("/mairie/deliberations", "Conseil municipal", "30 mars")])),
        page(pa[1], "Belcombe à l'écoute", m.prose(
            "La Ville s'engage à écouter et associer les Belcombois : conseils citoyens, réunions publiques, droit d'interpellation, questionnaires et budget participatif des jeunes.")
             + m.bullets(['<a href="/participer/conseils-citoyens">Conseils citoyens</a>', '<a href="/participer/reunions-publiques">Réunions publiques</a>',
                          '<a href="/participer/droit-d-interpellation">Droit d\'interpellation</a>', '<a href="/participer/budget-participatif-jeunes">Budget participatif des jeunes</a>',
                          f'<a href="{pk}/questionnaires/cadre-de-vie/">Questionnaire cadre de vie</a>']), {"participation_displayed"}),
        page("/participer/conseils-citoyens", "Les conseils citoyens", m.prose(
            "Belcombe compte trois conseils citoyens dans les quartiers de la politique de la ville. Ils sont composés d'habitants tirés au sort et d'associations, et co-construisent le contrat de ville."),
             {"participation_displayed"}, parent=pa),
        page("/participer/reunions-publiques", "Réunions publiques", m.prose(
            "Avant chaque projet d'aménagement, une réunion publique présente le projet aux riverains et recueille leurs remarques.",
            "Prochaine réunion : réaménagement du square de Fontbarlettes, mercredi 18 mars à 18 h 30, maison de quartier."), {"participation_displayed"}, parent=pa),
        # the city's right of interpellation, filed and signed on its e-services portal
        page("/participer/droit-d-interpellation", "Le droit d'interpellation", m.prose(
            "Tout habitant de 16 ans et plus peut interpeller le conseil municipal. Une interpellation qui recueille 1 000 signatures d'habitants est inscrite à l'ordre du jour du conseil.")
             + m.bullets([f'<a href="{pk}/interpellation/deposer/">Déposer une interpellation</a>',
                          f'<a href="{pk}/interpellation/piscine-des-Ors/">Signer : « Rouvrir le bassin extérieur de la piscine des Ors »</a> (642 signatures)']),
             {"petition", "participation_displayed"}, parent=pa),
        page("/participer/budget-participatif-jeunes", "Budget participatif des jeunes", m.prose(
            "Tu as entre 11 et 25 ans et une idée pour Belcombe ? 50 000 euros sont réservés aux projets des jeunes. Dépose ton projet avant le 30 avril ; le vote aura lieu en juin dans les collèges, lycées et en ligne.",
            f'<a href="{pk}/budget-participatif-jeunes/deposer/">Déposer un projet</a>'), {"participatory_budget", "suggestion_call"}, parent=pa),
        page("/actualites/jeunes-et-projets", "Les jeunes ont des projets", m.prose(
            "Le conseil municipal des jeunes a rencontré le maire samedi. Au menu des échanges : le skatepark, les transports du soir et le budget participatif des jeunes, dont la deuxième édition s'ouvre bientôt."),
             decoys={"participatory_budget", "suggestion_call"}),
        page("/actualites/enquete-insee", "Enquête Insee sur le cadre de vie", m.prose(
            "L'Insee réalise jusqu'en avril l'enquête « Cadre de vie et sécurité ». Quelques ménages de Belcombe seront interrogés par un enquêteur muni d'une carte officielle."),
             decoys={"poll"}),
        page("/securite/participation-citoyenne", "Participation citoyenne", m.prose(
            "Trois nouveaux quartiers rejoignent le dispositif de participation citoyenne, avec la police nationale : des habitants référents relaient les signalements."),
             decoys={"participation_displayed"}),
        page("/mairie/deliberations", "Délibérations du conseil municipal", m.prose(
            "Conseil municipal du 30 mars : ordre du jour et projets de délibérations. Registre des délibérations consultable en mairie."),
             decoys={"participation_displayed"}),
        page("/mairie/appels-a-projets-associations", "Appel à projets associations 2026", m.prose(
            "La Ville lance son appel à projets annuel auprès des associations : cohésion sociale, sport pour tous, culture dans les quartiers. Dossiers avant le 15 avril."),
             decoys={"suggestion_call"}),
        page("/contact", "Contacter les services", m.prose(
            "Accueil de l'hôtel de ville : 04 75 00 00 00. Courriel : <a href=\"mailto:accueil@belcombe.fr\">accueil@belcombe.fr</a>.",
            f'Vous pouvez aussi <a href="{pk}/contacter-la-mairie/">écrire à la mairie en ligne</a>.'), decoys={"contact_form"}),
        page("/famille/cantine", "Restauration scolaire", m.prose(
            "Menus de la semaine, tarifs selon le quotient familial.",
            f'<a href="{pk}/famille/payer-cantine/">Payer ma facture</a> - <a href="{pk}/famille/inscription-centre-loisirs/">Inscrire au centre de loisirs</a>')),
    ]
    pub = [
        page("/", "Démarches en ligne", '<div class="cell"><h2>Vos démarches</h2><ul class="wcs-category-list">'
             '<li><a href="/contacter-la-mairie/">Contacter la mairie</a></li><li><a href="/interpellation/deposer/">Déposer une interpellation</a></li>'
             '<li><a href="/questionnaires/cadre-de-vie/">Questionnaire cadre de vie</a></li><li><a href="/budget-participatif-jeunes/deposer/">Budget participatif des jeunes</a></li>'
             '<li><a href="/famille/payer-cantine/">Payer la cantine</a></li><li><a href="/famille/inscription-centre-loisirs/">Centre de loisirs</a></li></ul></div>'),
        page("/contacter-la-mairie/", "Contacter la mairie", _wcs("/contacter-la-mairie/", [
            (1, "Nom", "text"), (2, "Courriel", "email"), (3, "Objet", "text"), (4, "Votre message", "textarea")], "Envoyer"), {"contact_form"}),
        page("/interpellation/deposer/", "Déposer une interpellation", m.prose("Votre interpellation sera publiée après vérification de sa recevabilité.")
             + _wcs("/interpellation/deposer/", [(1, "Nom", "text"), (2, "Courriel", "email"), (3, "Titre de l'interpellation", "text"),
                                                 (4, "Question posée au conseil municipal (300 caractères)", "text")], "Déposer"), {"petition"}),
        page("/interpellation/piscine-des-Ors/", "Rouvrir le bassin extérieur de la piscine des Ors", m.prose(
            "Le bassin extérieur est fermé depuis 2023. Nous demandons au conseil municipal d'en programmer la rénovation.")
             + m.petition_sign("/interpellation/piscine-des-Ors/signer", 3, "Rouvrir le bassin extérieur", 642, 1000), {"petition"}),
        page("/questionnaires/cadre-de-vie/", "Questionnaire cadre de vie", m.prose("La Ville interroge les habitants sur leur quartier. 5 minutes, réponses anonymes.")
             + _wcs("/questionnaires/cadre-de-vie/", [(1, "Êtes-vous satisfait de la propreté de votre quartier ?", "radio", ["Très", "Plutôt", "Peu", "Pas du tout"]),
                                                      (2, "Vous sentez-vous en sécurité le soir ?", "radio", ["Oui", "Non"]), (3, "Votre quartier", "text")], "Envoyer mes réponses"),
             {"poll"}),
        page("/budget-participatif-jeunes/deposer/", "Budget participatif des jeunes : déposer un projet", _wcs("/budget-participatif-jeunes/deposer/", [
            (1, "Prénom", "text"), (2, "Âge", "text"), (3, "Courriel", "email"), (4, "Titre du projet", "text"), (5, "Décris ton projet", "textarea")], "Déposer mon projet"),
             {"participatory_budget", "suggestion_call", "contact_form"}),
        page("/famille/payer-cantine/", "Payer la cantine", m.payment("/famille/payer-cantine/"), decoys={"contact_form"}),
        page("/famille/inscription-centre-loisirs/", "Inscription au centre de loisirs", _wcs("/famille/inscription-centre-loisirs/", [
            (1, "Nom de l'enfant", "text"), (2, "Date de naissance", "date"), (3, "Semaines souhaitées", "text"), (4, "Courriel", "email")], "S'inscrire"),
             decoys={"contact_form"}),
    ]
    return City("99347", "Belcombe", 64_180, "26", "84", "Auvergne-Rhône-Alpes", f"http://{BELCOMBE}/", [
        Site(BELCOMBE, "vendor", "Ville de Belcombe", www,
             menu=[("Participer", pa[1]), ("Mairie", "/mairie/deliberations"), ("Famille", "/famille/cantine"), ("Sécurité", "/securite/participation-citoyenne"), ("Contact", "/contact")],
             accounts=[social("facebook", "belcombe.ville"), social("instagram", "belcombe_ville"), social("linkedin", "ville-de-belcombe"), social("youtube", "BelcombeTV")],
             address="Hôtel de ville, 2 rue de l'Ancien-Évêché, 26000 Belcombe"),
        Site(BELCOMBE_PUBLIK, "publik", "Belcombe - démarches en ligne", pub,
             menu=[("Accueil", "/"), ("Contacter la mairie", "/contacter-la-mairie/"), ("Mon compte", "/login/")]),
    ])


# ---------------------------------------------------------------------------------------------------
# 99348 Dolmery (Bourgogne-Franche-Comté, Haute-Saône): agency CMS, CONSUL Democracy, a LimeSurvey server
# ---------------------------------------------------------------------------------------------------

DOLMERY = "www.dolmery.fr"
DOLMERY_CONSUL = "participer.dolmery.fr"
DOLMERY_ENQUETES = "enquetes.dolmery.fr"
_LS_OPEN = "/index.php/482913?lang=fr"
_LS_CLOSED = "/index.php/275146?lang=fr"


def dolmery() -> City:
    ci = ("Citoyenneté", "/citoyennete/democratie-participative")
    cs = f"http://{DOLMERY_CONSUL}"
    www = [
        page("/", "Accueil", m.cookie_banner("dsfr") + m.prose("Ville de Dolmery, préfecture de la Haute-Saône : services, actualités, participation.")
             + m.dsfr_tiles([(ci[1], "Démocratie participative", "Agir pour sa ville"), (f"{cs}/", "Dolmery participe", "La plateforme"),
                             ("/contact", "Contact", "Écrire à la mairie"), ("/mon-compte", "Mon compte", "Espace usager"),
                             ("/emploi/offres", "Offres d'emploi", "La ville recrute"), ("/mairie/budget-primitif", "Budget", "Budget primitif")])
             + m.dsfr_cards([("/actualites/questionnaire-jeunesse", "Jeunes : votre avis compte", "Questionnaire en ligne.", NEWS_DATES[0]),
                             ("/actualites/resultats-marche-de-noel", "Marché de Noël : les résultats", "Enquête de satisfaction.", NEWS_DATES[1]),
                             ("/securite/participation-citoyenne", "Participation citoyenne", "Signature du protocole.", NEWS_DATES[2])])
             + m.agenda([("/citoyennete/conseils-de-quartier", "Conseil de quartier du Centre", "16 mars"), ("/mairie/conseil-municipal", "Conseil municipal", "23 mars")])),
        page(ci[1], "Démocratie participative", m.prose(
            "Conseils de quartier, panel d'habitants tirés au sort, plateforme <em>Dolmery participe</em> : la Ville fait vivre la démocratie participative entre deux élections.")
             + m.bullets(['<a href="/citoyennete/conseils-de-quartier">Les conseils de quartier</a>', '<a href="/citoyennete/panel-tire-au-sort">Le panel tiré au sort</a>',
                          f'<a href="{cs}/">La plateforme Dolmery participe</a>']), {"participation_displayed"}),
        page("/citoyennete/conseils-de-quartier", "Les conseils de quartier", m.prose(
            "Quatre conseils de quartier se réunissent chaque trimestre. Chacun peut y assister et intervenir ; les membres sont renouvelés tous les trois ans.",
            "Prochaine réunion : conseil de quartier du Centre, lundi 16 mars, 18 h 30, salle Frossard.")
             + m.links([("/citoyennete/conseils-de-quartier/compte-rendu-centre", "Compte rendu du conseil de quartier du Centre (janvier)")]),
             {"participation_displayed"}, parent=ci),
        page("/citoyennete/conseils-de-quartier/compte-rendu-centre", "Compte rendu : conseil de quartier du Centre", m.prose(
            "Présents : 23 habitants, l'adjoint au maire, le service voirie. Points abordés : piétonnisation de la Grande-Rue le samedi, éclairage du parking du Lavoir.",
            "Décision : un questionnaire sera adressé aux commerçants ; réponse de la Ville attendue au prochain conseil."),
             {"participation_displayed"}, parent=("Les conseils de quartier", "/citoyennete/conseils-de-quartier")),
        page("/citoyennete/panel-tire-au-sort", "Le panel tiré au sort", m.prose(
            "Vingt-quatre habitants tirés au sort sur les listes électorales ont planché pendant trois samedis sur l'avenir de la piscine municipale. Leur avis a été présenté au conseil municipal."),
             {"participation_displayed"}, parent=ci),
        page("/actualites/questionnaire-jeunesse", "Jeunes : votre avis compte", m.prose(
            "Tu as entre 15 et 25 ans ? Réponds au questionnaire sur les loisirs et les transports des jeunes, jusqu'au 15 avril.")
             + f'<iframe src="http://{DOLMERY_ENQUETES}{_LS_OPEN}" title="Questionnaire jeunesse" width="100%" height="700"></iframe>'
             + f'<p><a href="http://{DOLMERY_ENQUETES}{_LS_OPEN}">Ouvrir le questionnaire dans une nouvelle fenêtre</a></p>', {"poll"}),
        page("/actualites/resultats-marche-de-noel", "Marché de Noël : les résultats", m.prose(
            "L'enquête de satisfaction sur le marché de Noël est close : 88 % des 402 répondants sont satisfaits. Les résultats détaillés sont en ligne.",
            f'<a href="http://{DOLMERY_ENQUETES}{_LS_CLOSED}">Accéder à l\'enquête (close)</a>'), decoys={"poll"}),
        page("/securite/participation-citoyenne", "Participation citoyenne", m.prose(
            "Le maire, le préfet et le colonel commandant le groupement de gendarmerie ont signé le protocole « participation citoyenne ». Dix habitants référents sont désignés."),
             decoys={"participation_displayed", "territorial_social_network"}),
        page("/mairie/budget-primitif", "Budget primitif", m.prose(
            "Budget primitif 2026 : 29,7 millions d'euros. Section d'investissement : voirie, écoles, rénovation de l'hôtel de ville."), decoys={"participatory_budget"}),
        page("/mairie/conseil-municipal", "Conseil municipal", m.prose(
            "Ordre du jour de la séance du 23 mars : budget primitif, subventions, convention avec le centre social. Les séances sont publiques."),
             decoys={"participation_displayed"}),
        page("/emploi/offres", "Offres d'emploi", m.prose(
            "La Ville recrute : un(e) responsable du service des sports, des agents recenseurs. Appel à candidatures ouvert jusqu'au 31 mars."), decoys={"suggestion_call"}),
        page("/contact", "Contact", m.prose("Hôtel de ville, place du 8-Mai-1945, 70000 Dolmery.")
             + m.city_form("/contact", [("nom", "Nom *", "text"), ("mail", "Courriel *", "email"), ("sujet", "Sujet", "text"), ("message", "Message *", "textarea")])
             + m.satisfaction("/avis-page", 4), {"contact_form"}, {"poll"}),
        page("/mon-compte", "Mon compte", m.login("/mon-compte", "Espace usager"), decoys={"contact_form"}),
    ]
    con = [
        page("/", "Dolmery participe", m.prose("Débattez, proposez, votez : la plateforme de participation de la Ville de Dolmery.")
             + '<ul class="menu"><li><a href="/debates">Débats</a></li><li><a href="/proposals">Propositions</a></li><li><a href="/budgets/1">Budget participatif</a></li>'
               '<li><a href="/polls">Votations</a></li><li><a href="/legislation/processes/2">Consultation PLU</a></li></ul>'),
        # CONSUL's debates: residents open threads and reply to each other, a discussion board
        page("/debates", "Débats", '<a class="button expanded" href="/debates/new">Lancer un débat</a><div id="debates" class="debates-list">'
             '<div class="debate clear" data-type="debate"><div class="debate-content"><h3><a href="/debates/12-zone-bleue-centre">Une zone bleue dans le centre ?</a></h3>'
             '<p class="debate-info"><span class="comments-count">17 commentaires</span></p></div></div></div>', {"forum"}),
        page("/debates/new", "Lancer un débat", '<div class="callout warning">Vous devez <a href="/users/sign_in">vous connecter</a> pour lancer un débat.</div>', {"forum"}),
        page("/debates/12-zone-bleue-centre", "Une zone bleue dans le centre ?", m.prose("Faut-il limiter la durée de stationnement à 1 h 30 dans l'hypercentre pour favoriser les commerces ?")
             + '<section class="comments" id="comments"><h2>Commentaires <span class="js-comments-count">(17)</span></h2>'
               '<div class="comment small-12" id="comment_88"><span class="user-name">Francis</span><div class="comment-body"><p>Oui, on ne trouve jamais de place.</p></div></div>'
               '<div class="comment small-12" id="comment_91"><span class="user-name">Laetitia</span><div class="comment-body"><p>Non, il faut plutôt un parking relais.</p></div></div>'
               '<div class="callout primary">Vous devez vous <a href="/users/sign_in">connecter</a> pour commenter.</div></section>', {"forum", "comments"}),
        page("/proposals", "Propositions", '<a class="button expanded" href="/proposals/new">Créer une proposition</a><div id="proposals" class="proposals-list">'
             '<div id="proposal_34" class="proposal clear"><h3><a href="/proposals/34-composteurs-partages">Des composteurs partagés dans chaque quartier</a></h3><span class="supports">86 soutiens</span></div></div>',
             {"suggestion_call"}),
        page("/proposals/new", "Créer une proposition", '<div class="callout warning">Vous devez <a href="/users/sign_in">vous connecter</a> pour créer une proposition.</div>',
             {"suggestion_call"}),
        page("/proposals/34-composteurs-partages", "Des composteurs partagés dans chaque quartier", m.prose(
            "Installer un composteur collectif dans chaque quartier, avec des habitants référents formés.")
             + '<div class="supports"><span class="total-supports">86 soutiens</span><a class="button button-support" href="/users/sign_in">Soutenir</a></div>'
               '<section class="comments" id="comments"><h2>Commentaires (4)</h2><div class="comment" id="comment_120"><span class="user-name">Romain</span><div class="comment-body"><p>Il en existe déjà un au Lavoir, ça marche bien.</p></div></div></section>',
             {"suggestion_call", "comments"}),
        page("/budgets/1", "Budget participatif 2026", m.prose(
            "150 000 € pour les projets des habitants. Phase actuelle : vote des projets, jusqu'au 12 avril.")
             + '<div class="budget-phases"><span class="phase">Dépôt des projets - terminé</span><span class="phase is-active">Vote</span><span class="phase">Résultats</span></div>'
               '<a class="button" href="/budgets/1/investments">Voir les projets et voter</a><a href="/budgets/1/results">Résultats de l\'édition précédente</a>',
             {"participatory_budget"}),
        page("/budgets/1/investments", "Projets du budget participatif", '<div id="budget-investments" class="budget-investments-list">'
             '<div class="budget-investment clear" id="budget_investment_7"><h3>Un city-stade aux Vaugines</h3><p class="investment-project-amount">38 000 €</p>'
             '<a class="button button-support" href="/users/sign_in">Voter</a></div><div class="budget-investment clear" id="budget_investment_9"><h3>Un préau pour l\'école du Chanois</h3>'
             '<p class="investment-project-amount">52 000 €</p><a class="button button-support" href="/users/sign_in">Voter</a></div></div>', {"participatory_budget"}),
        page("/budgets/1/results", "Résultats du budget participatif 2025", m.prose(
            "Projets retenus en 2025 : jardin partagé de la Motte, boîtes à livres, bancs le long du Durgeon.") + m.bullets(["Jardin partagé - 612 voix", "Boîtes à livres - 540 voix"]),
             {"participatory_budget"}),
        page("/polls", "Votations", '<div class="polls-list"><div class="poll"><h3><a href="/polls/3-nom-de-la-mediatheque">Quel nom pour la nouvelle médiathèque ?</a></h3><span>Ouvert jusqu\'au 31 mars</span></div>'
             '<div class="poll"><h3><a href="/polls/2-horaires-marche">Horaires du marché</a></h3><span>Terminé</span></div></div>', {"poll"}),
        page("/polls/3-nom-de-la-mediatheque", "Quel nom pour la nouvelle médiathèque ?", '<div class="poll-question"><h3>Choisissez un nom</h3>'
             '<form class="poll-answers" action="/polls/3/answer" method="post"><label><input type="radio" name="answer" value="Colette"> Médiathèque Colette</label>'
             '<label><input type="radio" name="answer" value="Durgeon"> Médiathèque du Durgeon</label><label><input type="radio" name="answer" value="Pergaud"> Médiathèque Louis-Pergaud</label>'
             '<button type="submit" class="button">Voter</button></form></div>', {"poll"}),
        page("/polls/2-horaires-marche", "Horaires du marché (terminé)", m.prose("Cette votation est terminée.")
             + '<table class="poll-results"><tr><td>Le matin</td><td>64 %</td></tr><tr><td>L\'après-midi</td><td>36 %</td></tr></table>', decoys={"poll"}),
        page("/legislation/processes/2", "Révision du PLU : consultation", m.prose(
            "La Ville consulte les habitants sur le projet d'aménagement et de développement durables du PLU. Lisez le document et commentez-le paragraphe par paragraphe jusqu'au 30 avril."),
             {"participation_displayed"}),
    ]
    # the survey server's pages are answered by _limesurvey below; here only their truth
    ls = [page(_LS_OPEN, "Questionnaire jeunesse 2026", "", {"poll"}),
          page(_LS_CLOSED, "Satisfaction marché de Noël", "", decoys={"poll"})]
    return City("99348", "Dolmery", 25_630, "70", "27", "Bourgogne-Franche-Comté", f"http://{DOLMERY}/", [
        Site(DOLMERY, "vendor", "Ville de Dolmery", www,
             menu=[("Citoyenneté", ci[1]), ("Mairie", "/mairie/conseil-municipal"), ("Emploi", "/emploi/offres"), ("Contact", "/contact")],
             accounts=[social("facebook", "VilleDolmery"), social("x", "VilleDolmery"), social("instagram", "ville.dolmery")],
             address="Hôtel de ville, place du 8-Mai-1945, 70000 Dolmery"),
        Site(DOLMERY_CONSUL, "consul", "Dolmery participe", con,
             menu=[("Débats", "/debates"), ("Propositions", "/proposals"), ("Budget participatif", "/budgets/1"), ("Votations", "/polls")],
             features=frozenset({"participatory_platform"}), platforms=frozenset({"consul"})),
        Site(DOLMERY_ENQUETES, "vendor", "Enquêtes en ligne - Ville de Dolmery", ls),
    ])


# The LimeSurvey server answers with its own pages, not the city's theme.
_LS_HEAD = ('<!DOCTYPE html><html lang="fr" class="no-js"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
            '<meta name="generator" content="LimeSurvey http://www.limesurvey.org"><title>{title}</title>'
            '<link rel="stylesheet" href="/tmp/assets/5c7e2a1f/survey.css"><link rel="stylesheet" href="/themes/survey/fruity/css/theme.css">'
            '<script src="/tmp/assets/2b1a3c4d/jquery-3.5.1.min.js"></script></head><body class="fruity lang-fr group-by-group">'
            '<nav class="navbar navbar-default"><div class="navbar-header"><span class="navbar-brand">Ville de Dolmery - enquêtes</span></div></nav>'
            '<article class="container"><div id="survey-welcome"><h1 class="survey-name">{title}</h1></div>{body}</article>'
            '<footer class="footer"><p><a href="http://www.dolmery.fr/">Retour au site de la Ville</a> · Propulsé par <a href="https://www.limesurvey.org">LimeSurvey</a></p></footer></body></html>')


def _limesurvey(request):
    if request.target == _LS_OPEN:
        body = m.prose("Ce questionnaire anonyme prend cinq minutes. Vos réponses aideront la Ville à construire sa politique jeunesse.") + m.limesurvey(
            "/index.php/survey/index", 482913, "Tes loisirs et tes déplacements", [
                ("Quel est ton âge ?", ["15-17 ans", "18-21 ans", "22-25 ans"]),
                ("Comment te déplaces-tu le soir ?", ["À pied", "En bus", "À vélo", "En voiture", "Je ne sors pas"]),
                ("Fréquentes-tu la maison des jeunes ?", ["Souvent", "Parfois", "Jamais"])])
        return Reply.html(_LS_HEAD.format(title="Questionnaire jeunesse 2026", body=body))
    if request.target == _LS_CLOSED:
        body = ('<div class="alert alert-warning" role="alert"><p>Ce questionnaire n\'est plus actif. Vous ne pouvez plus y répondre.</p></div>'
                + m.prose("Merci aux 402 participants. Les résultats ont été publiés sur le site de la Ville.")
                + m.bullets(["Très satisfaits : 51 %", "Satisfaits : 37 %", "Peu satisfaits : 9 %", "Pas satisfaits : 3 %"]))
        return Reply.html(_LS_HEAD.format(title="Satisfaction marché de Noël", body=body))
    return None


_BUILDERS = (merlieux, vesonnay, chaumerive, lavernede, fontalbe, epinval, belcombe, dolmery)


def cities():
    return [build() for build in _BUILDERS]


def hosts():
    site = next(s for s in dolmery().sites if s.host == DOLMERY_ENQUETES)
    return {DOLMERY_ENQUETES: CustomHost(site, _limesurvey)}
