"""Holdout, gorges part: eight small communes (5,000-25,000 inhabitants) of Brittany, the Massif central,
Occitanie, Lorraine and La Réunion on the CMSs such towns use (WordPress, an agency CMS with a Publik
e-services portal, Joomla with Kunena and JComments, SPIP, Drupal for an intercommunality shared by two
towns with its Decidim space, TYPO3 with a neighbours' network, an e-monsite-like site builder), with
their participation features under local names and the lookalikes real sites hold."""
from html import escape

from ..hostile import CustomHost
from ..site import City, Site, page, social
from ..web import Reply
from . import gorges_markup as m

DECIDIM = "decidim"


def _home(intro, quick, news, events, extra=""):
    tiles = "".join(f'<li class="quick-access__item"><a href="{escape(h)}">{escape(t)}</a></li>' for h, t in quick)
    return (m.cookie_banner() + f'<section class="intro">{m.prose(intro)}</section>'
            f'<nav class="quick-access" aria-label="Accès rapides"><h2>En un clic</h2><ul>{tiles}</ul></nav>'
            + extra + m.teasers(news) + m.agenda(events))


# ==== 99051 Kerbriac (Finistère): WordPress ========================================================

def kerbriac() -> City:
    poll = m.wp_poll(14, "Faut-il installer des bornes de recharge place de l'Église ?", ["Oui", "Non", "Ailleurs dans le bourg"])
    side = poll + m.mailpoet(3)
    news = [("/actualites/travaux-du-bourg/", "Aménagement du bourg : la phase 2 démarre", "3 mars 2025",
             "Les travaux de la rue de Pont-Coz reprennent après la pause hivernale."),
            ("/actualites/fete-de-la-mer/", "Fête de la mer : le programme", "18 juillet 2025", "Régates, fest-noz et repas sur le port."),
            ("/actualites/resultats-sondage-marche/", "Marché du vendredi soir : vos réponses", "2 février 2025",
             "Le sondage mené cet hiver est clos ; voici ce que vous avez répondu."),
            ("/actualites/recensement-2025/", "Recensement de la population 2025", "10 janvier 2025",
             "Trois agents recenseurs passeront chez vous du 16 janvier au 15 février."),
            ("/actualites/comite-de-quartier-de-lannou/", "Rue de Lannou : le sens unique testé", "27 mars 2025",
             "Proposé lors de la dernière réunion du comité de quartier, le sens unique sera testé six mois.")]
    events = [("/vie-municipale/reunions-publiques/", "8", "avril", "Réunion publique : le plan de circulation"),
              ("/associations/forum-des-associations/", "6", "septembre", "Forum des associations"),
              ("/vie-municipale/conseil-municipal/", "15", "avril", "Conseil municipal")]
    pages = [
        page("/", "Accueil", m.with_sidebar(_home(
            "Bienvenue à Kerbriac, commune littorale du pays bigouden : 6 800 habitants, un port, trois plages et quatorze villages.",
            [("/vie-municipale/", "Vie municipale"), ("/participer/boite-a-idees/", "Boîte à idées"),
             ("/participer/questionnaire-mobilites/", "Questionnaire mobilités"), ("/enfance/inscriptions-cantine/", "Inscriptions cantine"),
             ("/marches-publics/", "Marchés publics"), ("/securite/participation-citoyenne/", "Sécurité"),
             ("/urbanisme/enquete-publique-plu/", "Enquête publique PLU"), ("/contact/", "Contact"), ("/actualites/", "Toutes les actualités")],
            news, events), side), {"poll"}, decoys={"contact_form"}),
        page("/actualites/", "Actualités", m.with_sidebar(m.teasers(news, "Toutes les actualités"), side), {"poll"}, decoys={"contact_form"}),
        page("/actualites/travaux-du-bourg/", "Aménagement du bourg : la phase 2 démarre", m.prose(
            "La seconde tranche des travaux porte sur la rue de Pont-Coz et le parvis de la mairie. La circulation sera alternée jusqu'en juin.",
            "Les plans ont été présentés en réunion publique le 12 février ; ils restent consultables à l'accueil de la mairie.")
             + m.wp_comments(412, "Aménagement du bourg : la phase 2 démarre", [
                 ("Annaïg L.", "4 mars 2025 à 9 h 12", "Les commerces resteront-ils accessibles pendant le chantier ?"),
                 ("Mairie de Kerbriac", "4 mars 2025 à 14 h 40", "Oui, un cheminement piéton est maintenu devant chaque vitrine."),
                 ("Yves-Marie", "6 mars 2025 à 18 h 03", "Merci pour le stationnement provisoire derrière la salle Ty Kreiz.")]),
             {"comments"}, parent=("Actualités", "/actualites/")),
        # comments are closed and there are none: no way to comment
        page("/actualites/fete-de-la-mer/", "Fête de la mer : le programme", m.prose(
            "Samedi : régates des vieux gréements l'après-midi, puis fest-noz sur le quai à partir de 21 h.",
            "Dimanche : bénédiction de la mer, repas crêpes et concours de godille.")
             + m.wp_comments(418, "Fête de la mer", [], open_=False), decoys={"comments"}, parent=("Actualités", "/actualites/")),
        page("/actualites/resultats-sondage-marche/", "Marché du vendredi soir : vos réponses", m.prose(
            "Le sondage publié sur le site cet hiver est désormais clos. Merci aux 318 personnes qui y ont répondu.")
             + m.wp_poll_results(11, "Souhaitez-vous un marché le vendredi soir en été ?",
                                 [("Oui, toutes les semaines", 58, 184), ("Oui, un vendredi sur deux", 27, 86), ("Non", 15, 48)], 318)
             + m.prose("Le marché d'été se tiendra donc chaque vendredi de 17 h à 21 h sur le port, de juin à septembre."),
             decoys={"poll"}, parent=("Actualités", "/actualites/")),
        page("/actualites/recensement-2025/", "Recensement de la population 2025", m.prose(
            "La commune organise avec l'Insee le recensement de ses habitants du 16 janvier au 15 février.",
            "Vous pouvez répondre au questionnaire de l'Insee sur le site officiel du recensement avec les codes remis par l'agent recenseur.",
            "Vos réponses sont confidentielles et ne servent qu'à établir des statistiques."), decoys={"poll"},
             parent=("Actualités", "/actualites/")),
        # a news item about a decision: the neighbourhood committee is named in passing
        page("/actualites/comite-de-quartier-de-lannou/", "Rue de Lannou : le sens unique testé", m.prose(
            "À partir du 1er avril, la rue de Lannou passe en sens unique montant, à titre d'essai pendant six mois.",
            "La mesure avait été évoquée par le comité de quartier ; un bilan sera fait à l'automne.",
            "Des panneaux provisoires sont installés par les services techniques."), decoys={"participation_displayed"},
             parent=("Actualités", "/actualites/")),
        page("/vie-municipale/", "Vie municipale", m.links([
            ("/vie-municipale/conseil-municipal/", "Le conseil municipal"), ("/vie-municipale/budget/", "Le budget communal"),
            ("/vie-municipale/comites-de-quartier/", "Les comités de quartier"), ("/vie-municipale/conseil-municipal-des-jeunes/", "Le conseil municipal des jeunes"),
            ("/vie-municipale/reunions-publiques/", "Réunions publiques"), ("/vie-municipale/kerbriac-en-partage/", "Kerbriac en partage"),
            ("/newsletter/", "La lettre d'information")])),
        page("/vie-municipale/kerbriac-en-partage/", "Kerbriac en partage", m.prose(
            "« Kerbriac en partage », c'est la façon dont l'équipe municipale associe les habitants aux projets : comités de quartier, réunions publiques, conseil municipal des jeunes, boîte à idées et questionnaires en ligne.",
            "Premier chantier ouvert à tous en 2025 : l'avenir de l'ancienne conserverie du port. Ateliers les 17 et 24 mai, restitution en juin.")
             + m.links([("/vie-municipale/comites-de-quartier/", "Les comités de quartier"), ("/participer/boite-a-idees/", "La boîte à idées")]),
             {"participation_displayed"}, parent=("Vie municipale", "/vie-municipale/")),
        page("/vie-municipale/conseil-municipal/", "Le conseil municipal", m.prose(
            "Le conseil municipal compte 27 élus. Il se réunit environ une fois par mois, salle du conseil, à 20 h ; les séances sont publiques.")
             + m.h2("Prochaine séance : 15 avril") + m.bullets("Vote des taux d'imposition", "Subventions aux associations",
                                                               "Convention avec le syndicat des eaux")
             + m.h2("Procès-verbaux") + m.bullets("Séance du 18 mars (PDF, 240 Ko)", "Séance du 11 février (PDF, 198 Ko)"),
             decoys={"participation_displayed"}, parent=("Vie municipale", "/vie-municipale/")),
        page("/vie-municipale/budget/", "Le budget communal", m.prose(
            "Le budget primitif 2025 a été adopté le 18 mars : 7,4 M€ en fonctionnement et 3,1 M€ en investissement.",
            "Principaux investissements : aménagement du bourg, réfection de la cale du port, toiture de l'école Jules-Verne.")
             + m.bullets("Budget primitif 2025 (PDF)", "Compte administratif 2024 (PDF)", "Rapport d'orientation budgétaire (PDF)"),
             decoys={"participatory_budget"}, parent=("Vie municipale", "/vie-municipale/")),
        page("/vie-municipale/comites-de-quartier/", "Les comités de quartier", m.prose(
            "Depuis 2021, cinq comités de quartier (le Bourg, le Port, Lannou, Kervillec et les villages de l'Est) réunissent les habitants qui le souhaitent, deux élus référents et un agent des services techniques.",
            "Chaque comité se retrouve trois fois par an. On y parle de voirie, de sécurité routière, d'animations, de petits aménagements ; les demandes sont transmises aux commissions municipales et une réponse écrite est donnée à la séance suivante.",
            "Pour rejoindre le comité de votre quartier, il suffit de se faire connaître à l'accueil de la mairie ou d'utiliser la boîte à idées.")
             + m.h2("Prochaines rencontres") + m.bullets("Le Port : jeudi 10 avril, 18 h 30, capitainerie", "Kervillec : mardi 22 avril, 18 h 30, école"),
             {"participation_displayed"}, parent=("Vie municipale", "/vie-municipale/")),
        # the youth council is a consultative body of the commune's participation approach
        page("/vie-municipale/conseil-municipal-des-jeunes/", "Le conseil municipal des jeunes", m.prose(
            "Élus pour deux ans par leurs camarades de CM1, CM2 et 6e, les 16 jeunes conseillers travaillent en commissions et présentent leurs projets aux élus du conseil municipal.",
            "Ils ont obtenu cette année une boîte à livres au port et une journée de ramassage des déchets sur les plages ; ils donnent aussi leur avis sur les projets qui concernent les jeunes."),
             {"participation_displayed"}, parent=("Vie municipale", "/vie-municipale/")),
        page("/vie-municipale/reunions-publiques/", "Réunions publiques", m.prose(
            "Avant chaque projet important, la municipalité vient présenter le dossier aux habitants et recueillir leurs remarques.",
            "Réunion publique sur le plan de circulation du bourg : mardi 8 avril, 18 h 30, salle Ty Kreiz. Les remarques recueillies seront intégrées au projet avant le vote en conseil.",
            "Les comptes rendus des réunions précédentes (aménagement du bourg, cale du port) sont disponibles en mairie."),
             {"participation_displayed"}, parent=("Vie municipale", "/vie-municipale/")),
        page("/participer/boite-a-idees/", "Boîte à idées", m.prose(
            "Une idée pour votre quartier, pour la commune, pour les animations de l'été ? Déposez-la ici : chaque idée reçoit une réponse et les plus réalisables sont étudiées en commission.")
             + m.forminator(2210, [("name-1", "Nom", "text"), ("email-1", "E-mail", "email"),
                                   ("select-1", "Quartier", "select:Le Bourg|Le Port|Lannou|Kervillec|Villages de l'Est"),
                                   ("textarea-1", "Votre idée", "textarea")], "Proposer mon idée"),
             {"suggestion_call", "contact_form"}),
        page("/participer/questionnaire-mobilites/", "Questionnaire : se déplacer à Kerbriac", m.prose(
            "La commune prépare son plan de mobilité. Prenez cinq minutes pour nous dire comment vous vous déplacez : questionnaire ouvert jusqu'au 30 avril.")
             + m.forminator(2214, [("select-1", "Vous vous déplacez surtout…", "select:En voiture|À vélo|À pied|En car|Autre"),
                                   ("select-2", "Utiliseriez-vous une navette vers la gare de Quimper ?", "select:Oui, souvent|Parfois|Jamais"),
                                   ("select-3", "Votre tranche d'âge", "select:Moins de 18 ans|18-40 ans|41-65 ans|Plus de 65 ans")],
                            "Envoyer mes réponses"), {"poll"}, decoys={"contact_form"}),
        page("/contact/", "Contact", m.prose("Mairie de Kerbriac, 1 place de l'Église. Ouverte du lundi au vendredi de 8 h 30 à 12 h et de 13 h 30 à 17 h.")
             + m.cf7(1870, "/contact/"), {"contact_form"}, decoys={"suggestion_call"}),
        page("/newsletter/", "La lettre d'information", m.prose("Recevez chaque mois l'actualité de Kerbriac dans votre boîte mail.") + m.mailpoet(3),
             decoys={"contact_form"}),
        page("/securite/participation-citoyenne/", "Dispositif participation citoyenne", m.prose(
            "La commune a signé avec la gendarmerie et la préfecture un protocole « participation citoyenne ».",
            "Des habitants référents, volontaires, signalent aux gendarmes de la brigade de Pont-l'Abbé tout fait inhabituel dans leur village. Le dispositif ne remplace pas l'appel au 17.",
            "Renseignements auprès de la police municipale."), decoys={"participation_displayed", "territorial_social_network"}),
        page("/associations/forum-des-associations/", "Forum des associations", m.prose(
            "Le forum des associations aura lieu le samedi 6 septembre, de 10 h à 17 h, à la salle omnisports.",
            "Plus de cinquante associations sportives, culturelles et solidaires vous y attendent. Inscriptions des exposants jusqu'au 31 juillet."),
             decoys={"forum"}),
        page("/marches-publics/", "Marchés publics", m.prose(
            "Les avis d'appel public à la concurrence de la commune sont publiés sur la plateforme régionale de dématérialisation.")
             + m.bullets("Appel d'offres : réfection de la cale du port (date limite : 14 avril)",
                         "Consultation : fourniture de repas pour la restauration scolaire (date limite : 2 mai)"),
             decoys={"suggestion_call"}),
        page("/enfance/inscriptions-cantine/", "Inscriptions à la cantine", m.prose("Inscrivez votre enfant à la restauration scolaire pour l'année 2025-2026.")
             + m.forminator(2230, [("name-1", "Nom de l'enfant", "text"), ("text-1", "Prénom", "text"),
                                   ("select-1", "École", "select:École Jules-Verne|École de Kervillec"),
                                   ("select-2", "Jours", "select:Lundi, mardi, jeudi, vendredi|Certains jours seulement"),
                                   ("email-1", "E-mail du responsable légal", "email")], "S'inscrire"),
             decoys={"contact_form"}),
        # a public inquiry is a legal procedure with a paper register, not a poll of residents
        page("/urbanisme/enquete-publique-plu/", "Enquête publique : modification du PLU", m.prose(
            "Par arrêté du maire, une enquête publique sur la modification n° 2 du plan local d'urbanisme se déroule du 3 au 4 mai.",
            "Le commissaire enquêteur tiendra deux permanences en mairie. Le dossier et le registre sont consultables aux heures d'ouverture."),
             decoys={"poll"}),
    ]
    www = Site("www.kerbriac.bzh", "wordpress", "Kerbriac", pages,
               menu=[("Accueil", "/"), ("Actualités", "/actualites/"), ("Vie municipale", "/vie-municipale/"),
                     ("Boîte à idées", "/participer/boite-a-idees/"), ("Contact", "/contact/")],
               accounts=[social("facebook", "CommuneDeKerbriac"), social("instagram", "kerbriac_officiel")],
               address="Mairie, 1 place de l'Église, 29760 Kerbriac")
    return City("99051", "Kerbriac", 6800, "29", "53", "Bretagne", "http://www.kerbriac.bzh/", [www])


# ==== 99052 Lanvénoc (Côtes-d'Armor): agency CMS + Publik; its first participatory budget ==========

_LV_PUBLIK = "demarches.lanvenoc.fr"


def lanvenoc() -> City:
    brand = "Les Projets d'Ici"
    news = [("/actualites/projets-d-ici-les-laureats", f"{brand} : les six lauréats", "12 novembre 2025",
             "1 724 votants ont choisi les premiers projets du budget participatif."),
            ("/actualites/conseil-du-20-mars", "Conseil municipal du 20 mars : l'essentiel", "21 mars 2025",
             "Vote du budget, tarifs de l'école de musique, convention avec l'agglomération."),
            ("/actualites/concours-photo", "Concours photo « Lanvénoc au fil de l'eau »", "5 mai 2025",
             "Envoyez vos plus beaux clichés du Léguer avant le 30 juin."),
            ("/actualites/appel-a-candidatures-saisonniers", "Emplois d'été : appel à candidatures", "2 avril 2025",
             "La commune recrute des animateurs et des agents pour la base nautique."),
            ("/actualites/rencontre-des-villes-participatives", "Rencontre régionale des villes participatives", "18 juin 2025",
             "Lanvénoc a présenté son budget participatif à Rennes.")]
    events = [("/ma-ville/conseil-municipal", "20", "mars", "Conseil municipal"),
              ("/projets-d-ici/vote", "1er", "octobre", f"Ouverture du vote {brand}"),
              ("/culture/mediatheque", "14", "juin", "Heure du conte à la médiathèque")]
    pages = [
        page("/", "Accueil", _home(
            "Lanvénoc, 11 200 habitants au bord du Léguer : retrouvez ici vos démarches, l'actualité et les projets de la ville.",
            [(f"http://{_LV_PUBLIK}/", "Démarches en ligne"), ("/projets-d-ici", brand), ("/ma-ville/vivre-ensemble-decider-ensemble", "Décider ensemble"),
             ("/ma-ville/budget", "Budget de la ville"), ("/ma-ville/appels-a-projets-associations", "Aides aux associations"),
             ("/culture/mediatheque", "Médiathèque"), ("/contact", "Contact"), ("/actualites", "Actualités")], news, events,
            extra=f'<section class="banner-projet"><h2>{brand}</h2><p>Le premier budget participatif de Lanvénoc : découvrez les lauréats.</p>'
                  f'<a class="btn" href="/projets-d-ici/laureats">Voir les lauréats</a></section>'),
             {"participatory_budget"}),
        page("/ma-ville/vivre-ensemble-decider-ensemble", "Vivre ensemble, décider ensemble", m.prose(
            "La municipalité a fait de l'association des habitants aux décisions une priorité du mandat. Une délégation « citoyenneté et vie des quartiers » a été confiée à une adjointe.",
            "Trois instances y contribuent : les quatre conseils de quartier, ouverts à tous ; le conseil des sages ; le conseil municipal des enfants.",
            f"Chaque grand projet fait l'objet d'une concertation (réunions publiques, ateliers, balades urbaines). Depuis 2025, {brand} permet aux habitants de proposer et de choisir des investissements.")
             + m.links([("/projets-d-ici", f"Découvrir {brand}"), ("/ma-ville/conseils-de-quartier", "Les conseils de quartier"),
                        ("/ma-ville/conseil-municipal-des-enfants", "Le conseil municipal des enfants")]),
             {"participation_displayed"}),
        page("/ma-ville/conseils-de-quartier", "Les conseils de quartier", m.prose(
            "Kerhuel, Centre, Rive gauche, Saint-Ergat : chaque quartier a son conseil, composé d'habitants volontaires et tirés au sort, et de deux élus.",
            "Les conseils se réunissent quatre fois par an et disposent d'une enveloppe de 5 000 € pour de petits aménagements. Leurs comptes rendus sont publiés ci-dessous.")
             + m.bullets("Conseil de quartier de Kerhuel : 3 avril, 18 h 30, maison de quartier",
                         "Conseil de quartier Rive gauche : 10 avril, 18 h 30, école Pierre-Loti"),
             {"participation_displayed"}, parent=("Décider ensemble", "/ma-ville/vivre-ensemble-decider-ensemble")),
        # the children's council, one of the commune's consultative bodies
        page("/ma-ville/conseil-municipal-des-enfants", "Le conseil municipal des enfants", m.prose(
            "Vingt-quatre enfants de CM1 et CM2, élus dans les quatre écoles, siègent pour deux ans. Ils travaillent en commissions (environnement, solidarité, loisirs) et présentent leurs propositions au maire.",
            "Cette année, ils ont été consultés sur l'aménagement de l'aire de jeux de Kerhuel."),
             {"participation_displayed"}, parent=("Décider ensemble", "/ma-ville/vivre-ensemble-decider-ensemble")),
        page("/projets-d-ici", brand, m.prose(
            f"{brand}, c'est le premier budget participatif de Lanvénoc : 60 000 € du budget d'investissement réservés à des projets imaginés puis choisis par les habitants.",
            "Tout habitant de plus de 11 ans peut déposer un projet d'intérêt général, seul ou en collectif. Les services vérifient la faisabilité, puis tout le monde vote.")
             + '<ol class="steps"><li class="step step--done">Dépôt des projets : 1er avril - 31 mai</li><li class="step step--done">Étude de faisabilité : juin - septembre</li>'
               '<li class="step step--done">Vote : 1er - 31 octobre</li><li class="step step--current">Annonce des lauréats et réalisation</li></ol>'
             + m.links([("/projets-d-ici/reglement", "Le règlement"), ("/projets-d-ici/questions-frequentes", "Questions fréquentes"),
                        ("/projets-d-ici/deposer", "Déposer un projet"),
                        ("/projets-d-ici/vote", "Le vote"), ("/projets-d-ici/laureats", "Les lauréats")]),
             {"participatory_budget"}),
        page("/projets-d-ici/reglement", f"{brand} : le règlement", m.prose(
            "Article 1 - Objet. Le budget participatif permet aux habitants de proposer des projets d'investissement d'intérêt général et de décider, par leur vote, de ceux que la ville réalisera.",
            "Article 2 - Enveloppe. 60 000 € TTC ; 15 000 € maximum par projet.",
            "Article 3 - Qui peut participer ? Toute personne de plus de 11 ans résidant, travaillant ou étudiant à Lanvénoc.",
            "Article 5 - Vote. Chaque participant choisit trois projets ; le vote a lieu en ligne et en mairie."),
             {"participatory_budget"}, parent=(brand, "/projets-d-ici")),
        page("/projets-d-ici/questions-frequentes", f"{brand} : vos questions", m.prose(
            "Puis-je déposer plusieurs projets ? Oui, trois au maximum.",
            "Un projet peut-il concerner un terrain privé ? Non, il doit se situer sur le domaine public communal.",
            "Comment voter si je n'ai pas internet ? Des urnes sont installées à la mairie et à la médiathèque pendant le mois de vote."),
             {"participatory_budget"}, parent=(brand, "/projets-d-ici")),
        page("/projets-d-ici/deposer", "Déposer un projet", m.prose(
            "Vous avez une idée pour votre rue, votre quartier, la ville ? Le dépôt des projets est ouvert du 1er avril au 31 mai.",
            "Remplissez le formulaire en ligne sur le portail des démarches, ou déposez la fiche papier à l'accueil de la mairie.")
             + f'<p><a class="btn btn--primary" href="http://{_LV_PUBLIK}/projets-d-ici-deposer-un-projet/">Je dépose mon projet</a></p>',
             {"participatory_budget", "suggestion_call"}, parent=(brand, "/projets-d-ici")),
        page("/projets-d-ici/vote", "Votez pour vos projets préférés", m.prose(
            "Vingt et un projets ont été jugés réalisables. Choisissez-en trois : vote ouvert du 1er au 31 octobre.")
             + '<form class="form form--vote" action="/projets-d-ici/vote" method="post"><fieldset><legend>Mes trois projets</legend>'
             + "".join(f'<div class="form__checkbox"><input type="checkbox" name="projets[]" id="p{i}" value="{i}"><label for="p{i}">{t}</label></div>'
                       for i, t in enumerate(["Jardin partagé de Kerhuel", "Abri vélos à la gare", "Boîte à livres place du Martray",
                                              "Aire de jeux inclusive", "Bancs sur le chemin de halage", "Composteurs collectifs"]))
             + '</fieldset><div class="form__field"><label for="vote-email">Votre e-mail</label><input type="email" id="vote-email" name="email"></div>'
               '<div class="form__field"><label for="vote-cp">Code postal</label><input type="text" id="vote-cp" name="cp"></div>'
               '<button type="submit" class="btn">Valider mon vote</button></form>'
             + m.links([("/projets-d-ici/projets/jardin-partage-de-kerhuel", "Voir le projet : jardin partagé de Kerhuel")]),
             {"participatory_budget"}, decoys={"contact_form"}, parent=(brand, "/projets-d-ici")),
        page("/projets-d-ici/projets/jardin-partage-de-kerhuel", "Jardin partagé de Kerhuel", m.prose(
            "Porté par un collectif de voisins de la rue des Genêts, ce projet transforme une pelouse inutilisée en potager partagé avec récupérateur d'eau.",
            "Coût estimé : 8 400 €. Quartier : Kerhuel. Statut : lauréat, réalisation au printemps."),
             {"participatory_budget"}, parent=(brand, "/projets-d-ici")),
        page("/projets-d-ici/laureats", "Les lauréats de la première édition", m.prose(
            "1 724 habitants ont voté. Les six projets arrivés en tête seront réalisés en 2026 pour un montant total de 59 300 €.")
             + m.bullets("Jardin partagé de Kerhuel - 612 voix", "Abri vélos à la gare - 575 voix", "Aire de jeux inclusive - 498 voix",
                         "Boîte à livres place du Martray - 401 voix", "Bancs sur le chemin de halage - 366 voix", "Composteurs collectifs - 341 voix"),
             {"participatory_budget"}, parent=(brand, "/projets-d-ici")),
        page("/ma-ville/budget", "Le budget de la ville", m.prose(
            "Le budget primitif 2025, voté le 20 mars, s'élève à 16,2 M€. L'investissement (5,8 M€) finance la rénovation de l'école Pierre-Loti et la voirie.",
            "Les documents budgétaires (budget primitif, compte administratif, rapport d'orientation) sont téléchargeables ci-dessous."),
             decoys={"participatory_budget"}),
        page("/ma-ville/conseil-municipal", "Le conseil municipal", m.prose(
            "Ordre du jour, délibérations et procès-verbaux des séances du conseil municipal.")
             + m.bullets("20 mars 2025 : budget primitif, subventions, tarifs", "6 février 2025 : débat d'orientation budgétaire"),
             decoys={"participation_displayed"}),
        page("/ma-ville/appels-a-projets-associations", "Appel à projets des associations", m.prose(
            "La ville soutient les projets des associations lanvénocaises dans les domaines de la culture, du sport et de la solidarité.",
            "Les dossiers de demande de subvention sont à déposer avant le 15 janvier. Les projets sont examinés par la commission vie associative."),
             decoys={"suggestion_call", "participatory_budget"}),
        page("/actualites", "Actualités", m.teasers(news, "Toutes les actualités")),
        # a news item: the participatory budget's results, as a news teaser with a link to its pages
        page("/actualites/projets-d-ici-les-laureats", f"{brand} : les six lauréats", m.prose(
            f"La première édition du budget participatif {brand} s'est achevée le 31 octobre. Six projets seront réalisés en 2026.",
            "Merci aux 58 porteurs de projet et aux 1 724 votants.") + m.links([("/projets-d-ici/laureats", "Voir les lauréats")]),
             {"participatory_budget"}, parent=("Actualités", "/actualites")),
        # the participatory budget is named in passing in a council summary
        page("/actualites/conseil-du-20-mars", "Conseil municipal du 20 mars : l'essentiel", m.prose(
            "Le conseil a adopté le budget primitif 2025, qui comprend notamment l'enveloppe du budget participatif.",
            "Il a aussi voté les tarifs de l'école de musique et la convention de mise à disposition de la piscine intercommunale."),
             decoys={"participatory_budget", "participation_displayed"}, parent=("Actualités", "/actualites")),
        page("/actualites/concours-photo", "Concours photo « Lanvénoc au fil de l'eau »", m.prose(
            "Photographes amateurs, à vos appareils ! Envoyez jusqu'à trois photos du Léguer et de ses rives avant le 30 juin.",
            "Un jury désignera les lauréats, exposés à la médiathèque en septembre. Règlement disponible en mairie."),
             decoys={"suggestion_call"}, parent=("Actualités", "/actualites")),
        page("/actualites/appel-a-candidatures-saisonniers", "Emplois d'été : appel à candidatures", m.prose(
            "La ville recrute pour juillet et août : 4 animateurs BAFA, 2 agents d'accueil pour la base nautique.",
            "Envoyez CV et lettre de motivation au service des ressources humaines avant le 30 avril."),
             decoys={"suggestion_call"}, parent=("Actualités", "/actualites")),
        # platforms named in a news report: the commune runs none
        page("/actualites/rencontre-des-villes-participatives", "Rencontre régionale des villes participatives", m.prose(
            "L'adjointe à la citoyenneté a présenté la première édition du budget participatif lors de la rencontre régionale organisée à Rennes.",
            "Les communes présentes ont échangé sur leurs outils : certaines utilisent Decidim ou Go Vocal, d'autres, comme Lanvénoc, un simple formulaire et des urnes en mairie."),
             decoys={"participatory_platform", "participatory_budget"}, parent=("Actualités", "/actualites")),
        page("/culture/mediatheque", "Médiathèque", m.prose(
            "Horaires : mardi, mercredi et samedi 10 h - 18 h ; vendredi 14 h - 19 h. Réservez une salle pour vos réunions associatives depuis le portail des démarches.")
             + f'<p><a href="http://{_LV_PUBLIK}/reserver-une-salle/">Réserver une salle</a></p>'),
        page("/contact", "Contact", m.prose("Hôtel de ville, 2 place du Martray, 22300 Lanvénoc. Tél. 02 96 00 00 00.",
                                            "Pour écrire aux services municipaux, utilisez le formulaire de contact du portail des démarches.")
             + f'<p><a class="btn" href="http://{_LV_PUBLIK}/contacter-la-mairie/">Écrire à la mairie</a></p>'),
    ]
    www = Site("www.lanvenoc.fr", "vendor", "Ville de Lanvénoc", pages,
               menu=[("Ma ville", "/ma-ville/vivre-ensemble-decider-ensemble"), (brand, "/projets-d-ici"), ("Actualités", "/actualites"),
                     ("Démarches", f"http://{_LV_PUBLIK}/"), ("Contact", "/contact")],
               accounts=[social("facebook", "VilledeLanvenoc"), social("instagram", "lanvenoc")],
               address="2 place du Martray, 22300 Lanvénoc")
    demarches = [
        page("/", "Démarches en ligne", m.prose("Effectuez vos démarches auprès de la Ville de Lanvénoc, 24 h sur 24.")
             + m.links([("/contacter-la-mairie/", "Contacter la mairie"), ("/projets-d-ici-deposer-un-projet/", f"{brand} : déposer un projet"),
                        ("/reserver-une-salle/", "Réserver une salle municipale"), ("/paiement-cantine/", "Payer la cantine"),
                        ("/questionnaire-rythmes-scolaires/", "Questionnaire : rythmes scolaires")], "list-of-forms")),
        page("/contacter-la-mairie/", "Contacter la mairie", m.wcs_form("/contacter-la-mairie/", [
            ("Nom", "string"), ("Prénom", "string"), ("Courriel", "email"),
            ("Service concerné", "item:Accueil|État civil|Urbanisme|Services techniques|Enfance"), ("Votre message", "text")]),
             {"contact_form"}),
        # the filing form has a free-text description sent to the city, like an idea box
        page("/projets-d-ici-deposer-un-projet/", f"{brand} : déposer un projet", m.prose("Dépôt des projets du budget participatif, du 1er avril au 31 mai.")
             + m.wcs_form("/projets-d-ici-deposer-un-projet/", [
                 ("Titre du projet", "string"), ("Quartier", "item:Kerhuel|Centre|Rive gauche|Saint-Ergat|Toute la ville"),
                 ("Description du projet", "text"), ("Coût estimé (si connu)", "string"), ("Nom du porteur", "string"), ("Courriel", "email")], "Déposer"),
             {"participatory_budget", "suggestion_call", "contact_form"}),
        page("/reserver-une-salle/", "Réserver une salle municipale", m.wcs_form("/reserver-une-salle/", [
            ("Salle", "item:Salle du Martray|Salle Kerhuel|Salle de la médiathèque"), ("Date souhaitée", "string"),
            ("Association ou particulier", "string"), ("Courriel", "email")], "Réserver"), decoys={"contact_form"}),
        page("/paiement-cantine/", "Payer la cantine", m.prose("Réglez votre facture de restauration scolaire par carte bancaire.")
             + m.wcs_form("/paiement-cantine/", [("Numéro de facture", "string"), ("Montant", "string"), ("Courriel", "email")], "Payer"),
             decoys={"contact_form"}),
        page("/questionnaire-rythmes-scolaires/", "Questionnaire : rythmes scolaires", m.prose(
            "Parents d'élèves, la ville vous consulte sur l'organisation de la semaine scolaire à la rentrée prochaine. Réponses jusqu'au 15 mai.")
             + m.wcs_form("/questionnaire-rythmes-scolaires/", [
                 ("Vous préférez", "item:Semaine de 4 jours|Semaine de 4 jours et demi"),
                 ("Votre enfant fréquente l'accueil du mercredi", "item:Oui|Non|Parfois"),
                 ("École", "item:Pierre-Loti|Kerhuel|Saint-Ergat")], "Envoyer mes réponses"),
             {"poll"}, decoys={"contact_form"}),
    ]
    publik = Site(_LV_PUBLIK, "publik", "Démarches - Lanvénoc", demarches,
                  menu=[("Accueil", "/"), ("Site de la ville", "http://www.lanvenoc.fr/")], address="Hôtel de ville de Lanvénoc")
    return City("99052", "Lanvénoc", 11200, "22", "53", "Bretagne", "http://www.lanvenoc.fr/", [www, publik])


# ==== 99053 Vernazolles (Cantal): Joomla, Kunena forum, JComments ==================================

_TOURISM_ACCOUNTS = ("https://www.facebook.com/otpaysdevernazolles", "https://www.instagram.com/otpaysdevernazolles")


def vernazolles() -> City:
    poll = m.joomla_poll(6, "Quel créneau pour la navette du marché de Murat ?", ["Mardi matin", "Vendredi matin", "Samedi matin"])
    news = [("/actualites/route-du-col-de-prat", "Route du col de Prat : réouverture le 15 mai", "28 avril 2025",
             "Les travaux de confortement de la chaussée s'achèvent."),
            ("/actualites/eclairage-resultats", "Éclairage nocturne : les résultats de la consultation", "3 mars 2025", "Merci aux 402 votants."),
            ("/actualites/recensement", "Recensement agricole et population", "15 janvier 2025", "Les enquêteurs passent dans les hameaux."),
            ("/vie-associative/forum-des-associations", "Forum des associations le 7 septembre", "1er août 2025", "À la halle.")]
    events = [("/mairie/reunions-publiques", "12", "mai", "Réunion publique à Laveissière-Haute"),
              ("/mairie/conseil-municipal", "22", "mai", "Conseil municipal"),
              ("/vie-associative/forum-des-associations", "7", "septembre", "Forum des associations")]
    main = [
        page("/", "Accueil", m.with_sidebar(_home(
            "Vernazolles, 5 300 habitants, chef-lieu de canton au pied des monts du Cantal, et ses vingt-deux hameaux.",
            [("/mairie/comites-de-hameaux", "Comités de hameaux"), ("/mairie/boite-a-idees", "Boîte à idées"), ("/forum", "Forum"),
             ("/mairie/budget-2025", "Budget"), ("/tourisme", "Tourisme"), ("/securite/participation-citoyenne", "Sécurité"),
             ("/contact", "Contact"), ("/actualites", "Actualités")], news, events), poll), {"poll"}),
        page("/mairie/comites-de-hameaux", "Les comités de hameaux", m.prose(
            "Vingt-deux hameaux, c'est vingt-deux façons de vivre à Vernazolles. Depuis 2020, chaque hameau ou groupe de hameaux désigne un comité de trois à six habitants.",
            "Les comités font remonter les besoins (chemins, déneigement, éclairage, fibre), préparent les tournées des élus au printemps et donnent leur avis sur les travaux qui les concernent.",
            "Une assemblée de tous les comités se tient chaque automne à la mairie, en présence du maire et des adjoints.")
             + m.bullets("Comité de Laveissière-Haute", "Comité du Bois-Noir et de Chazelles", "Comité de la vallée du Lagnon"),
             {"participation_displayed"}),
        page("/mairie/reunions-publiques", "Réunions publiques dans les hameaux", m.prose(
            "Chaque printemps, le maire et les adjoints vont à la rencontre des habitants dans les hameaux pour présenter les travaux de l'année et écouter les demandes.",
            "Prochaine réunion : lundi 12 mai, 20 h, ancienne école de Laveissière-Haute. Thème : la desserte en fibre et le ramassage scolaire."),
             {"participation_displayed"}),
        page("/mairie/conseil-municipal", "Le conseil municipal", m.prose(
            "Le conseil municipal de Vernazolles compte 27 membres. Ordres du jour et comptes rendus sont affichés en mairie et publiés ici.")
             + m.bullets("Séance du 22 mai : ordre du jour", "Compte rendu du 10 avril", "Compte rendu du 6 mars"),
             decoys={"participation_displayed"}),
        page("/mairie/budget-2025", "Budget 2025", m.prose(
            "Budget primitif voté le 10 avril : 5,6 M€. Priorités : voirie des hameaux, rénovation énergétique de la halle, déneigement."),
             decoys={"participatory_budget"}),
        page("/mairie/boite-a-idees", "La boîte à idées", m.prose(
            "Une suggestion pour améliorer la vie à Vernazolles ? Écrivez-nous : toutes les idées sont lues par les élus et étudiées en commission.")
             + '<div class="rsform"><form method="post" id="userForm" action="/mairie/boite-a-idees"><fieldset class="formFieldset"><legend>Votre suggestion</legend>'
               '<div class="rsform-block rsform-block-nom"><label for="nom">Nom</label><input type="text" name="form[nom]" id="nom" class="rsform-input-box"></div>'
               '<div class="rsform-block rsform-block-hameau"><label for="hameau">Hameau ou quartier</label><input type="text" name="form[hameau]" id="hameau" class="rsform-input-box"></div>'
               '<div class="rsform-block rsform-block-idee"><label for="idee">Votre idée</label><textarea name="form[idee]" id="idee" rows="5" cols="50" class="rsform-text-box"></textarea></div>'
               '<div class="rsform-block rsform-block-envoyer"><button type="submit" name="form[envoyer]" class="rsform-submit-button btn btn-primary">Envoyer</button></div>'
               '<input type="hidden" name="form[formId]" value="4"></fieldset></form></div>',
             {"suggestion_call", "contact_form"}),
        page("/actualites", "Actualités", m.teasers(news, "Actualités")),
        page("/actualites/route-du-col-de-prat", "Route du col de Prat : réouverture le 15 mai", m.prose(
            "Après six semaines de travaux, la route départementale sera rouverte le 15 mai. Les bus scolaires reprendront leur itinéraire habituel.")
             + m.jcomments(81, [("Maryse", "29.04.2025", "Enfin ! Le détour par Chazelles rallongeait de vingt minutes."),
                                ("Pierre D.", "30.04.2025", "Et la barrière de dégel, elle est levée ?")])
             + m.share("http://www.vernazolles.fr/actualites/route-du-col-de-prat", "Route du col de Prat"),
             {"comments"}, decoys={"social_account"}, parent=("Actualités", "/actualites")),
        page("/actualites/eclairage-resultats", "Éclairage nocturne : les résultats de la consultation", m.prose(
            "La consultation sur l'extinction de l'éclairage public entre minuit et 5 h est terminée : 71 % des votants y sont favorables.",
            "La mesure sera appliquée dès le 1er juin, sauf dans le bourg le samedi soir.")
             + '<table class="acepolls-results"><tr><td>Pour l\'extinction</td><td>71 %</td></tr><tr><td>Contre</td><td>24 %</td></tr><tr><td>Sans avis</td><td>5 %</td></tr></table>',
             decoys={"poll"}, parent=("Actualités", "/actualites")),
        page("/actualites/recensement", "Recensement de la population", m.prose(
            "Le recensement conduit par l'Insee a lieu du 16 janvier au 15 février. Les agents recenseurs, munis d'une carte officielle, passent dans tous les hameaux.",
            "Répondre au questionnaire est obligatoire ; vous pouvez le faire en ligne avec les codes remis par l'agent."),
             decoys={"poll"}, parent=("Actualités", "/actualites")),
        page("/vie-associative/forum-des-associations", "Forum des associations", m.prose(
            "Rendez-vous le dimanche 7 septembre sous la halle : club de ski de fond, comité des fêtes, chorale, foyer rural…"),
             decoys={"forum"}),
        page("/securite/participation-citoyenne", "Participation citoyenne", m.prose(
            "Vernazolles a adhéré au dispositif de participation citoyenne de la gendarmerie nationale. Un référent par hameau est l'interlocuteur des gendarmes de la communauté de brigades.",
            "Son rôle : signaler les démarchages suspects et les véhicules inconnus, relayer les conseils de prévention."),
             decoys={"participation_displayed", "territorial_social_network"}),
        # the tourist office's accounts, not the commune's
        page("/tourisme", "Tourisme", m.prose(
            "L'office de tourisme du Pays de Vernazolles vous accueille place de la Halle. Suivez ses randonnées et bons plans sur ses réseaux :")
             + f'<ul class="ot-social"><li><a href="{_TOURISM_ACCOUNTS[0]}">Facebook de l\'office de tourisme</a></li>'
               f'<li><a href="{_TOURISM_ACCOUNTS[1]}">Instagram de l\'office de tourisme</a></li></ul>',
             decoys={"social_account"}),
        page("/contact", "Contact", m.prose("Mairie de Vernazolles, place de la Halle, 15300 Vernazolles. Tél. 04 71 00 00 00.")
             + m.joomla_contact("/contact"), {"contact_form"}),
        # the board index, its categories and topics: residents post threads and replies
        page("/forum", "Forum", m.prose("Le forum des Vernazollais : entraide, vie des hameaux, petites annonces. Inscription gratuite, modération par la mairie.")
             + m.kunena_index([("/forum/vie-des-hameaux", "Vie des hameaux", "Chemins, déneigement, voisinage", 48, 312),
                               ("/forum/petites-annonces", "Petites annonces et entraide", "Bois, covoiturage, objets trouvés", 95, 402),
                               ("/forum/charte", "Charte du forum", "À lire avant de poster", 1, 1)])
             + '<p class="kunena-login"><a href="/forum/connexion">Se connecter au forum</a></p>', {"forum"}),
        # the board's login form: no message to anyone, no thread
        page("/forum/connexion", "Connexion au forum", '<div id="kunena" class="layout"><div class="kfrontend">'
             '<form action="/forum/connexion" method="post" id="kform-login" class="form-inline">'
             '<label for="kform-login-username">Identifiant</label><input type="text" name="username" id="kform-login-username" class="input-small" />'
             '<label for="kform-login-passwd">Mot de passe</label><input type="password" name="password" id="kform-login-passwd" class="input-small" />'
             '<input type="checkbox" name="remember" value="1" /> Se souvenir de moi'
             '<button type="submit" name="submit" class="btn btn-primary">Connexion</button>'
             '<input type="hidden" name="option" value="com_kunena" /><input type="hidden" name="task" value="login" /></form></div></div>',
             decoys={"contact_form", "forum"}, parent=("Forum", "/forum")),
        page("/forum/vie-des-hameaux", "Vie des hameaux", m.kunena_category([
            ("/forum/vie-des-hameaux/deneigement-du-bois-noir", "Déneigement du Bois-Noir", "Gérard15", 7),
            ("/forum/vie-des-hameaux/fibre-chazelles", "La fibre à Chazelles, des nouvelles ?", "Sylvie", 12)], "/forum/vie-des-hameaux"),
             {"forum"}, parent=("Forum", "/forum")),
        page("/forum/vie-des-hameaux/deneigement-du-bois-noir", "Déneigement du Bois-Noir", m.kunena_topic([
            ("Gérard15", "14 janv. 2025", "Ce matin la route du Bois-Noir n'était toujours pas faite à 9 h. Quelqu'un sait quel est l'ordre de passage ?"),
            ("Lucie_C", "14 janv. 2025", "Le chasse-neige fait d'abord les circuits de car scolaire, nous sommes en deuxième tournée."),
            ("Mairie", "15 janv. 2025", "Bonjour, le plan de déneigement est affiché en mairie ; nous le mettrons aussi en ligne.")],
            "/forum/vie-des-hameaux/deneigement-du-bois-noir"), {"forum"}, parent=("Vie des hameaux", "/forum/vie-des-hameaux")),
        page("/forum/vie-des-hameaux/fibre-chazelles", "La fibre à Chazelles, des nouvelles ?", m.kunena_topic([
            ("Sylvie", "2 mars 2025", "Les poteaux sont posés depuis l'automne, mais toujours rien. Des nouvelles ?"),
            ("Jean-Luc", "3 mars 2025", "On nous a annoncé juin à la réunion publique.")], "/forum/vie-des-hameaux/fibre-chazelles"),
             {"forum"}, parent=("Vie des hameaux", "/forum/vie-des-hameaux")),
        page("/forum/petites-annonces", "Petites annonces et entraide", m.kunena_category([
            ("/forum/petites-annonces/covoiturage-aurillac", "Covoiturage vers Aurillac le matin", "Manon", 4)], "/forum/petites-annonces"),
             {"forum"}, parent=("Forum", "/forum")),
        page("/forum/petites-annonces/covoiturage-aurillac", "Covoiturage vers Aurillac le matin", m.kunena_topic([
            ("Manon", "8 avril 2025", "Je cherche un covoiturage vers Aurillac, départ 7 h 15 du bourg, du lundi au vendredi."),
            ("Thierry", "8 avril 2025", "Je pars de Chazelles à 7 h, je peux passer par le bourg. Envoyez-moi un message privé.")],
            "/forum/petites-annonces/covoiturage-aurillac"), {"forum"}, parent=("Petites annonces et entraide", "/forum/petites-annonces")),
        # the board's rules: its markup, but nobody posts here
        page("/forum/charte", "Charte du forum", '<div id="kunena" class="layout"><div class="kfrontend">' + m.prose(
            "Le forum est modéré par les services de la mairie. Les messages injurieux, publicitaires ou hors sujet sont supprimés.",
            "Le débat politique y est bienvenu, dans le respect des personnes.") + "</div></div>",
             decoys={"forum"}, parent=("Forum", "/forum")),
    ]
    www = Site("www.vernazolles.fr", "joomla", "Vernazolles", main,
               menu=[("Accueil", "/"), ("Mairie", "/mairie/comites-de-hameaux"), ("Actualités", "/actualites"), ("Forum", "/forum"),
                     ("Tourisme", "/tourisme"), ("Contact", "/contact")],
               address="Place de la Halle, 15300 Vernazolles")
    return City("99053", "Vernazolles", 5300, "15", "84", "Auvergne-Rhône-Alpes", "http://www.vernazolles.fr/", [www],
                decoy_accounts=_TOURISM_ACCOUNTS)


# ==== 99054 Puy-Sarrazin (Haute-Loire): SPIP, article forums, a petition, Formidable ================

def puy_sarrazin() -> City:
    news = [("/Travaux-de-la-place-du-Breuil", "Place du Breuil : ce qui va changer", "12 février 2025", "Présentation du projet et vos réactions."),
            ("/Fete-de-la-lentille", "Fête de la lentille verte", "20 août 2025", "Deux jours de fête au bourg."),
            ("/Petition-pour-le-maintien-du-bureau-de-poste", "Bureau de poste : signez la pétition", "3 avril 2025",
             "Le conseil municipal appelle les habitants à se mobiliser."),
            ("/Resultats-du-questionnaire-cantine", "Cantine : les résultats du questionnaire", "10 janvier 2025", "Ce que les familles ont répondu.")]
    events = [("/Les-conseils-de-quartier", "2", "avril", "Conseil de quartier des Fours-à-Chaux"),
              ("/Forum-de-l-emploi-saisonnier", "15", "mars", "Forum de l'emploi saisonnier"),
              ("/Fete-de-la-lentille", "23", "août", "Fête de la lentille")]
    pages = [
        page("/", "Accueil", _home(
            "Puy-Sarrazin, 8 900 habitants, entre Velay et gorges de la Loire. Toute l'information municipale et associative.",
            [("/-Vie-citoyenne-", "Vie citoyenne"), ("/Questionnaire-sur-le-marche-du-dimanche", "Questionnaire marché"),
             ("/-Forum-des-habitants-", "Forum des habitants"), ("/Budget-primitif-2025", "Budget"),
             ("/Appel-a-projets-culturels", "Appel à projets culturels"), ("/Voisins-vigilants-participation-citoyenne", "Sécurité"),
             ("/Lettre-d-information", "Lettre d'information"), ("/Nous-contacter", "Nous contacter"), ("/-Actualites-", "Actualités")],
            news, events)),
        page("/-Actualites-", "Actualités", m.teasers(news, "Articles récents")),
        page("/-Vie-citoyenne-", "Vie citoyenne", m.prose("Les instances et les outils de la démocratie locale à Puy-Sarrazin.")
             + m.links([("/Les-conseils-de-quartier", "Les conseils de quartier"), ("/Conseil-des-sages", "Le conseil des sages"),
                        ("/Charte-de-la-participation", "La charte de la participation"), ("/Droit-de-petition-locale", "Le droit de pétition"),
                        ("/Le-conseil-municipal", "Le conseil municipal"), ("/Assises-de-la-vie-locale", "Les assises de la vie locale")]),
             {"participation_displayed"}),
        page("/Assises-de-la-vie-locale", "Les assises de la vie locale", m.prose(
            "Tous les deux ans, la municipalité réunit habitants, associations et conseils de quartier pour une journée de bilan et de propositions : ateliers par thème, restitution en plénière, engagements de l'équipe municipale.",
            "Prochaines assises : samedi 11 octobre, salle polyvalente. Inscription libre à l'accueil de la mairie."),
             {"participation_displayed"}, parent=("Vie citoyenne", "/-Vie-citoyenne-")),
        page("/Les-conseils-de-quartier", "Les conseils de quartier", m.prose(
            "Quatre conseils de quartier (Centre-bourg, les Fours-à-Chaux, Bellevue, les villages du plateau) sont ouverts à tous les habitants de plus de 16 ans.",
            "Ils se réunissent en séance publique et peuvent saisir le conseil municipal de toute question d'intérêt local. Chaque conseil élit un coprésident habitant."),
             {"participation_displayed"}, parent=("Vie citoyenne", "/-Vie-citoyenne-")),
        page("/Conseil-des-sages", "Le conseil des sages", m.prose(
            "Composé de 15 habitants de plus de 62 ans, le conseil des sages est consulté sur les projets de la commune et peut s'autosaisir.",
            "Il a remis cette année un avis sur l'accessibilité du centre-bourg."),
             {"participation_displayed"}, parent=("Vie citoyenne", "/-Vie-citoyenne-")),
        page("/Charte-de-la-participation", "La charte de la participation", m.prose(
            "Adoptée en conseil municipal en 2022, la charte fixe les engagements de la commune : informer en amont, consulter avant de décider, rendre compte des suites données.",
            "Elle s'applique aux conseils de quartier, au conseil des sages et aux concertations sur les projets d'aménagement."),
             {"participation_displayed"}, parent=("Vie citoyenne", "/-Vie-citoyenne-")),
        page("/Droit-de-petition-locale", "Le droit de pétition locale", m.prose(
            "Les électeurs de la commune peuvent demander l'inscription d'une question à l'ordre du jour du conseil municipal. La demande doit réunir la signature d'un dixième des électeurs inscrits.",
            "Déposez ici votre projet de pétition : la mairie l'enregistre, le publie sur le site et ouvre la collecte des signatures.")
             + m.formidable(7, "petition", [("input_1", "Intitulé de la pétition", "input"), ("input_2", "Résumé en une phrase", "input"),
                                            ("input_3", "Nom du premier signataire", "input"), ("email_1", "Courriel", "email")], "Déposer la pétition"),
             {"petition"}, parent=("Vie citoyenne", "/-Vie-citoyenne-")),
        # a petition hosted on the commune's site (SPIP signatures): residents sign it here
        page("/Petition-pour-le-maintien-du-bureau-de-poste", "Pour le maintien du bureau de poste", m.prose(
            "La Poste envisage de réduire les horaires du bureau de Puy-Sarrazin à douze heures par semaine. Le conseil municipal s'y oppose et invite les habitants à signer cette pétition, qui sera remise à la direction régionale.")
             + m.spip_petition(58, 1284, [("3 avril 2025", "Odette M."), ("3 avril 2025", "Famille Brunel"), ("4 avril 2025", "Rémi V.")]),
             {"petition"}, parent=("Vie citoyenne", "/-Vie-citoyenne-")),
        page("/Le-conseil-municipal", "Le conseil municipal", m.prose(
            "Les séances du conseil municipal sont publiques. Prochaine séance le 24 avril à 19 h : vote des subventions, tarifs du camping.")
             + m.bullets("Procès-verbal du 27 mars", "Procès-verbal du 13 février"), decoys={"participation_displayed"},
             parent=("Vie citoyenne", "/-Vie-citoyenne-")),
        page("/Questionnaire-sur-le-marche-du-dimanche", "Questionnaire : le marché du dimanche", m.prose(
            "Le marché du dimanche matin doit-il déménager place du Breuil après les travaux ? Donnez votre avis avant le 31 mai.")
             + m.formidable(9, "marche", [("radio_1", "Fréquentez-vous le marché du dimanche ?", "radio:Chaque semaine|De temps en temps|Jamais"),
                                          ("radio_2", "Où préférez-vous le marché ?", "radio:Place du Breuil|Rue de la Halle, comme aujourd'hui|Sans avis"),
                                          ("checkbox_1", "Quels étals manquent ?", "checkbox:Poissonnier|Fromager|Fleuriste|Producteurs bio")],
                            "Envoyer mes réponses"), {"poll"}),
        page("/Resultats-du-questionnaire-cantine", "Cantine : les résultats du questionnaire", m.prose(
            "Le questionnaire adressé aux familles en novembre est clos. 214 familles ont répondu.",
            "82 % sont satisfaites des repas ; 64 % souhaitent davantage de produits locaux ; 41 % demandent un second service plus tôt.",
            "La commission restauration en tiendra compte dans le prochain marché."), decoys={"poll"}),
        page("/Travaux-de-la-place-du-Breuil", "Place du Breuil : ce qui va changer", m.prose(
            "Le projet prévoit un parvis piéton devant l'église, 40 places de stationnement et la plantation de douze tilleuls. Les travaux commenceront en septembre.")
             + m.spip_forum(61, [("Bernard", "13 février 2025", "Et les camping-cars, où iront-ils ?"),
                                 ("Claire R.", "14 février 2025", "Très bien pour les arbres, la place était un four l'été.")]),
             {"comments"}, parent=("Actualités", "/-Actualites-")),
        # forum closed on this article and no message: nothing to post under it
        page("/Fete-de-la-lentille", "Fête de la lentille verte", m.prose(
            "Marché de producteurs, concours de soupe, bal et feu d'artifice les 23 et 24 août.", "Programme complet à l'office de tourisme.")
             + m.spip_forum(64, [], open_=False), decoys={"comments"}, parent=("Actualités", "/-Actualites-")),
        page("/-Forum-des-habitants-", "Forum des habitants", m.prose("Un espace pour échanger entre habitants. Ouvrez un sujet ou répondez aux messages.")
             + '<ul class="liste-items forum-sujets"><li class="item"><a href="/Forum-des-habitants-Stationnement-rue-de-la-Halle">Stationnement rue de la Halle</a> <small>9 messages</small></li>'
               '<li class="item"><a href="/Forum-des-habitants-Chiens-errants">Chiens errants au lotissement Bellevue</a> <small>4 messages</small></li></ul>'
             + m.spip_forum(70, [], open_=True), {"forum"}),
        page("/Forum-des-habitants-Stationnement-rue-de-la-Halle", "Stationnement rue de la Halle", m.spip_forum(71, [
            ("Jeannot43", "2 mars 2025", "Les voitures ventouses rue de la Halle empêchent les livraisons le matin."),
            ("Nadia", "2 mars 2025", "Une zone bleue réglerait le problème, comme à Yssingeaux."),
            ("Jeannot43", "3 mars 2025", "À proposer au conseil de quartier du centre-bourg !")]),
             {"forum"}, parent=("Forum des habitants", "/-Forum-des-habitants-")),
        page("/Forum-des-habitants-Chiens-errants", "Chiens errants au lotissement Bellevue", m.spip_forum(72, [
            ("Lucas", "20 mars 2025", "Deux chiens sans collier traînent près de l'école depuis une semaine."),
            ("Martine", "21 mars 2025", "La police municipale a été prévenue hier.")]),
             {"forum"}, parent=("Forum des habitants", "/-Forum-des-habitants-")),
        page("/Forum-de-l-emploi-saisonnier", "Forum de l'emploi saisonnier", m.prose(
            "Campings, restaurants, exploitations agricoles : une trentaine d'employeurs recrutent pour l'été. Samedi 15 mars, salle polyvalente, de 9 h à 13 h."),
             decoys={"forum"}),
        page("/Budget-primitif-2025", "Budget primitif 2025", m.prose(
            "Le budget primitif 2025 s'équilibre à 9,1 M€. Les taux d'imposition restent inchangés.",
            "Principaux investissements : place du Breuil, vestiaires du stade, extension du columbarium."), decoys={"participatory_budget"}),
        page("/Appel-a-projets-culturels", "Appel à projets culturels 2025", m.prose(
            "La commune lance un appel à projets à destination des associations et des artistes pour animer l'été au bourg.",
            "Dossier à remettre avant le 28 février ; une aide de 500 à 3 000 € peut être accordée."), decoys={"suggestion_call"}),
        page("/Voisins-vigilants-participation-citoyenne", "Participation citoyenne : soyez vigilants", m.prose(
            "En lien avec la gendarmerie, la commune a mis en place le dispositif de participation citoyenne. Des habitants référents relaient les messages de prévention dans leur quartier.",
            "Pour devenir référent, adressez-vous au secrétariat de la mairie."), decoys={"participation_displayed", "territorial_social_network"}),
        page("/Nous-contacter", "Nous contacter", m.prose("Mairie de Puy-Sarrazin, 1 rue de l'Hôtel-de-Ville. Accueil du lundi au samedi matin.")
             + m.formidable(2, "contact", [("input_1", "Nom", "input"), ("email_1", "Courriel", "email"), ("input_2", "Objet", "input"),
                                           ("textarea_1", "Message", "textarea")]), {"contact_form"}),
        page("/Lettre-d-information", "Lettre d'information", m.prose("Inscrivez-vous pour recevoir la lettre municipale chaque mois.")
             + '<div class="formulaire_spip formulaire_newsletter_subscribe" id="formulaire_newsletter_subscribe"><form method="post" action="/Lettre-d-information">'
               '<input name="formulaire_action" type="hidden" value="newsletter_subscribe" /><div class="editer saisie_session_email">'
               '<label for="session_email">Votre adresse e-mail</label><input type="email" name="session_email" id="session_email" class="text email" /></div>'
               '<p class="boutons"><input type="submit" class="submit" value="S\'inscrire" /></p></form></div>', decoys={"contact_form"}),
    ]
    www = Site("www.puy-sarrazin.fr", "spip", "Puy-Sarrazin", pages,
               menu=[("Accueil", "/"), ("Vie citoyenne", "/-Vie-citoyenne-"), ("Actualités", "/-Actualites-"),
                     ("Forum des habitants", "/-Forum-des-habitants-"), ("Nous contacter", "/Nous-contacter")],
               accounts=[social("facebook", "PuySarrazin43"), social("youtube", "puysarrazin")],
               address="Mairie, 1 rue de l'Hôtel-de-Ville, 43000 Puy-Sarrazin")
    return City("99054", "Puy-Sarrazin", 8900, "43", "84", "Auvergne-Rhône-Alpes", "http://www.puy-sarrazin.fr/", [www])


# ==== 99055 Vialarenque and 99056 Roquefel (Aveyron): the intercommunality's Drupal and Decidim ======

_CC = "www.ribeyre-causses.fr"
_CC_DECIDIM = "participer.ribeyre-causses.fr"
_CC_TOURISM = ("https://www.facebook.com/tourisme.ribeyrecausses",)


def _contact_webform(action):
    return m.webform("contact", action, [("nom", "Nom", "textfield"), ("email", "Courriel", "email"),
                                          ("objet", "Objet", "textfield"), ("message", "Message", "textarea")])


def intercommunality_sites():
    news = [("/actualites/marche-voirie-2025", "Marché de travaux de voirie 2025", "4 mars 2025", "Avis d'appel public à la concurrence."),
            ("/actualites/enquete-publique-plui", "PLUi : l'enquête publique est ouverte", "2 juin 2025", "Du 2 juin au 4 juillet."),
            ("/actualites/forum-emploi", "Forum de l'emploi et de la formation", "10 février 2025", "Le 20 mars à Vialarenque."),
            ("/projet-de-territoire", "Projet de territoire : à vous la parole", "15 avril 2025", "Contributions ouvertes sur la plateforme.")]
    events = [("/actualites/forum-emploi", "20", "mars", "Forum de l'emploi"),
              ("/communes/roquefel/reunions-publiques", "3", "juin", "Réunion publique à Roquefel"),
              ("/actualites/enquete-publique-plui", "2", "juin", "Ouverture de l'enquête publique PLUi")]
    cc_pages = [
        page("/", "Accueil", _home(
            "La communauté de communes Ribeyre et Causses réunit 14 communes et 24 000 habitants entre Lot et Causse.",
            [("/communes", "Les communes"), ("/projet-de-territoire", "Projet de territoire"), (f"http://{_CC_DECIDIM}/", "Participer"),
             ("/dechets/composteurs", "Composteurs"), ("/tourisme", "Tourisme"), ("/contact", "Contact"), ("/actualites", "Actualités")],
            news, events)),
        page("/communes", "Les communes", m.prose("Vialarenque et Roquefel hébergent leur site communal sur le portail de la communauté de communes.")
             + m.links([("/communes/vialarenque", "Vialarenque"), ("/communes/roquefel", "Roquefel")])),
        page("/projet-de-territoire", "Projet de territoire : à vous la parole", m.prose(
            "La communauté de communes élabore son projet de territoire pour 2026-2035. Elle a choisi d'y associer les habitants : ateliers dans chaque commune, conseil de développement, contributions en ligne.",
            "Toutes les étapes de la concertation, les comptes rendus et les contributions sont publiés sur la plateforme de participation.")
             + f'<p><a class="button" href="http://{_CC_DECIDIM}/processes/projet-de-territoire">Contribuer sur la plateforme</a></p>',
             {"participation_displayed"}),
        page("/actualites", "Actualités", m.teasers(news)),
        page("/actualites/marche-voirie-2025", "Marché de travaux de voirie 2025", m.prose(
            "Objet : travaux d'entretien de la voirie intercommunale (lot 1 : enrobés ; lot 2 : enduits). Date limite de remise des offres : 3 avril, 12 h."),
             decoys={"suggestion_call"}, parent=("Actualités", "/actualites")),
        page("/actualites/enquete-publique-plui", "PLUi : l'enquête publique est ouverte", m.prose(
            "L'enquête publique sur le plan local d'urbanisme intercommunal se tient du 2 juin au 4 juillet. Les observations sont reçues par la commission d'enquête lors des permanences et dans les registres déposés en mairie.")
             + m.share("http://www.ribeyre-causses.fr/actualites/enquete-publique-plui", "PLUi : enquête publique"),
             decoys={"poll", "social_account"}, parent=("Actualités", "/actualites")),
        page("/actualites/forum-emploi", "Forum de l'emploi et de la formation", m.prose(
            "Le 20 mars, salle des fêtes de Vialarenque : entreprises du territoire, organismes de formation, France Travail."),
             decoys={"forum"}, parent=("Actualités", "/actualites")),
        page("/dechets/composteurs", "Demander un composteur", m.prose("Un composteur de 400 litres est remis gratuitement à chaque foyer qui en fait la demande.")
             + m.webform("composteur", "/dechets/composteurs", [("nom", "Nom", "textfield"), ("adresse", "Adresse", "textfield"),
                                                                 ("commune", "Commune", "select:Vialarenque|Roquefel|Autre commune"),
                                                                 ("email", "Courriel", "email")], "Réserver mon composteur"),
             decoys={"contact_form"}),
        # the tourist office's account, not the intercommunality's
        page("/tourisme", "Tourisme", m.prose("L'office de tourisme intercommunal vous accueille à Vialarenque et Roquefel.")
             + f'<p><a href="{_CC_TOURISM[0]}">Suivre l\'office de tourisme sur Facebook</a></p>', decoys={"social_account"}),
        page("/contact", "Contact", m.prose("Communauté de communes Ribeyre et Causses, 5 avenue du Causse, 12000 Vialarenque.") + _contact_webform("/contact"),
             {"contact_form"}),
        # ---- Vialarenque's pages on the shared site
        page("/communes/vialarenque", "Vialarenque", _home(
            "Bienvenue sur le site de Vialarenque, 7 400 habitants, bourg-centre de la communauté de communes.",
            [("/communes/vialarenque/comites-de-hameaux", "Comités de hameaux"), ("/communes/vialarenque/questionnaire-salle-des-fetes", "Questionnaire"),
             ("/communes/vialarenque/conseil-municipal", "Conseil municipal"), ("/communes/vialarenque/contact", "Contacter la mairie"),
             (f"http://{_CC_DECIDIM}/", "Plateforme de participation"), ("/", "La communauté de communes")],
            [("/communes/vialarenque/questionnaire-salle-des-fetes", "Salle des fêtes : donnez votre avis", "5 mai 2025", "Questionnaire ouvert."),
             ("/actualites/forum-emploi", "Forum de l'emploi", "10 février 2025", "À la salle des fêtes.")],
            [("/communes/vialarenque/conseil-municipal", "28", "mai", "Conseil municipal")]), parent=("Les communes", "/communes")),
        page("/communes/vialarenque/comites-de-hameaux", "Vialarenque : les comités de hameaux", m.prose(
            "Les neuf comités de hameaux de Vialarenque sont les relais des habitants auprès du conseil municipal. Ils sont consultés sur les travaux de voirie et l'entretien des chemins.",
            "Chaque comité se réunit au moins deux fois par an, avec l'élu référent du secteur ; l'assemblée annuelle des hameaux se tient en novembre."),
             {"participation_displayed"}, parent=("Vialarenque", "/communes/vialarenque")),
        page("/communes/vialarenque/conseil-municipal", "Vialarenque : le conseil municipal", m.prose(
            "Ordre du jour de la séance du 28 mai : décision modificative, tarifs de la cantine, acquisition d'un tracteur.")
             + m.bullets("Procès-verbal du 9 avril", "Procès-verbal du 12 mars"), decoys={"participation_displayed"},
             parent=("Vialarenque", "/communes/vialarenque")),
        page("/communes/vialarenque/questionnaire-salle-des-fetes", "Salle des fêtes : donnez votre avis", m.prose(
            "La salle des fêtes doit être rénovée. Aidez-nous à définir les priorités : questionnaire ouvert jusqu'au 30 juin.")
             + m.webform("questionnaire_salle", "/communes/vialarenque/questionnaire-salle-des-fetes", [
                 ("usage", "Vous utilisez la salle pour…", "radios:Des fêtes familiales|Les activités d'une association|Je ne l'utilise pas"),
                 ("priorite", "Votre priorité", "radios:Isolation et chauffage|Cuisine|Sonorisation|Accessibilité"),
                 ("age", "Votre âge", "select:Moins de 30 ans|30-60 ans|Plus de 60 ans")], "Envoyer mes réponses"),
             {"poll"}, decoys={"contact_form"}, parent=("Vialarenque", "/communes/vialarenque")),
        page("/communes/vialarenque/contact", "Vialarenque : contacter la mairie", _contact_webform("/communes/vialarenque/contact"),
             {"contact_form"}, parent=("Vialarenque", "/communes/vialarenque")),
        # ---- Roquefel's pages on the shared site
        page("/communes/roquefel", "Roquefel", _home(
            "Roquefel, 5 100 habitants, village perché au-dessus du Lot. Le site de la mairie est hébergé par la communauté de communes.",
            [("/communes/roquefel/reunions-publiques", "Réunions publiques"), ("/communes/roquefel/appel-a-idees-coeur-de-village", "Appel à idées"),
             ("/communes/roquefel/budget", "Budget"), ("/communes/roquefel/contact", "Contact"), (f"http://{_CC_DECIDIM}/", "Participer"),
             ("/", "La communauté de communes")],
            [("/communes/roquefel/appel-a-idees-coeur-de-village", "Cœur de village : vos idées", "2 mai 2025", "Appel à idées ouvert jusqu'au 15 juin."),
             ("/communes/roquefel/reunions-publiques", "Réunion publique le 3 juin", "20 mai 2025", "Présentation des esquisses.")],
            [("/communes/roquefel/reunions-publiques", "3", "juin", "Réunion publique cœur de village")]), parent=("Les communes", "/communes")),
        page("/communes/roquefel/reunions-publiques", "Roquefel : réunions publiques", m.prose(
            "Le réaménagement du cœur de village se construit avec les habitants : après l'appel à idées, deux réunions publiques et une balade commentée permettront de discuter des esquisses.",
            "Réunion publique le 3 juin à 20 h 30, salle de l'ancienne école. Les comptes rendus sont publiés sur cette page."),
             {"participation_displayed"}, parent=("Roquefel", "/communes/roquefel")),
        page("/communes/roquefel/appel-a-idees-coeur-de-village", "Cœur de village : vos idées", m.prose(
            "Place de la Fontaine, rue Haute, abords de l'église : comment voulez-vous voir évoluer le cœur de Roquefel ? Envoyez-nous vos idées avant le 15 juin ; elles seront présentées lors de la réunion publique.")
             + m.webform("idees_coeur_de_village", "/communes/roquefel/appel-a-idees-coeur-de-village", [
                 ("nom", "Nom (facultatif)", "textfield"), ("lieu", "Lieu concerné", "select:Place de la Fontaine|Rue Haute|Abords de l'église|Autre"),
                 ("idee", "Votre idée", "textarea")], "Envoyer mon idée"),
             {"suggestion_call", "contact_form"}, parent=("Roquefel", "/communes/roquefel")),
        page("/communes/roquefel/budget", "Roquefel : budget communal", m.prose(
            "Budget primitif 2025 : 3,9 M€. Le compte administratif 2024 fait apparaître un excédent reporté de 410 000 €."),
             decoys={"participatory_budget"}, parent=("Roquefel", "/communes/roquefel")),
        page("/communes/roquefel/contact", "Roquefel : contact", _contact_webform("/communes/roquefel/contact"), {"contact_form"},
             parent=("Roquefel", "/communes/roquefel")),
    ]
    cc = Site(_CC, "drupal", "Ribeyre et Causses", cc_pages,
              menu=[("Accueil", "/"), ("Communes", "/communes"), ("Projet de territoire", "/projet-de-territoire"),
                    ("Actualités", "/actualites"), ("Contact", "/contact")],
              address="5 avenue du Causse, 12000 Vialarenque")

    pt = "/processes/projet-de-territoire"
    dp = [
        page("/", "Accueil", m.prose("Bienvenue sur la plateforme de participation de la communauté de communes Ribeyre et Causses.")
             + m.decidim_cards([(pt, "Projet de territoire 2026-2035", "Processus · Phase 2 sur 4 : contributions"),
                                ("/processes/mobilites", "Se déplacer sur le territoire", "Processus · Questionnaire ouvert"),
                                ("/assemblies/conseil-de-developpement", "Conseil de développement", "Assemblée")], "processes")
             + m.links([("/processes", "Tous les processus")])),
        page("/processes", "Processus", m.decidim_cards([(pt, "Projet de territoire 2026-2035", "En cours"),
                                                          ("/processes/mobilites", "Se déplacer sur le territoire", "En cours"),
                                                          ("/processes/budget-jeunes-2024", "Budget participatif des jeunes 2024", "Terminé")], "processes")),
        # a past edition: the process is over, but it presents the youth participatory budget and its vote
        page("/processes/budget-jeunes-2024", "Budget participatif des jeunes 2024", m.prose(
            "Les 11-25 ans du territoire ont proposé puis choisi des projets financés par une enveloppe de 30 000 €. 96 projets déposés, 1 130 votants.",
            "Le processus est terminé : retrouvez les projets retenus et leur avancement.")
             + '<ol class="process-steps"><li>Dépôt des projets (terminé)</li><li>Analyse (terminé)</li><li>Vote (terminé)</li><li class="is-active">Réalisation</li></ol>'
             + m.links([("/processes/budget-jeunes-2024/f/19/budgets/3/projects", "Projets retenus")]),
             {"participatory_budget"}, parent=("Processus", "/processes")),
        page("/processes/budget-jeunes-2024/f/19/budgets/3/projects", "Projets retenus", m.prose("Vote clos le 15 novembre 2024.")
             + '<div class="budget-summary"><p>Budget : 30 000 €</p></div>'
             + m.decidim_cards([("/processes/budget-jeunes-2024", "Skate-park à Vialarenque", "12 000 € · 402 votes · Sélectionné"),
                                ("/processes/budget-jeunes-2024", "Ciné plein air itinérant", "7 500 € · 351 votes · Sélectionné"),
                                ("/processes/budget-jeunes-2024", "Local de répétition à Roquefel", "9 800 € · 298 votes · Sélectionné")], "projects"),
             {"participatory_budget"}, parent=("Budget participatif des jeunes 2024", "/processes/budget-jeunes-2024")),
        page(pt, "Projet de territoire 2026-2035", m.prose(
            "Quatre phases : diagnostic partagé, contributions des habitants, ateliers de synthèse, adoption en conseil communautaire.",
            "Phase en cours : les contributions. Déposez vos propositions et commentez celles des autres jusqu'au 30 juin.")
             + m.links([(f"{pt}/f/21/proposals", "Propositions"), (f"{pt}/f/22/meetings", "Rencontres")]),
             {"participation_displayed"}, parent=("Processus", "/processes")),
        page(f"{pt}/f/21/proposals", "Propositions", m.prose("Vos propositions pour le territoire des dix prochaines années. Connectez-vous pour déposer la vôtre.")
             + '<a class="button button__sm button__secondary" href="/users/sign_in">Nouvelle proposition</a>'
             + m.decidim_cards([(f"{pt}/f/21/proposals/31", "Une navette entre les villages et la gare", "Alain B. · 14 soutiens · 3 commentaires"),
                                (f"{pt}/f/21/proposals/32", "Un tiers-lieu à Roquefel", "Collectif Roc'Lieu · 22 soutiens · 2 commentaires")]),
             {"suggestion_call"}, parent=("Projet de territoire 2026-2035", pt)),
        page(f"{pt}/f/21/proposals/31", "Une navette entre les villages et la gare", m.prose(
            "Beaucoup d'habitants sans voiture ne peuvent pas rejoindre la gare. Une navette à la demande, deux fois par jour, desservirait les villages du causse.")
             + '<div class="proposal__aside"><button class="button" disabled>Soutenir</button> 14 soutiens</div>'
             + m.decidim_comments([("Mireille", "16/04/2025", "Oui, surtout pour les lycéens le vendredi soir."),
                                   ("Jacques T.", "18/04/2025", "Le transport à la demande de la Région existe déjà, il faudrait le faire connaître."),
                                   ("Alain B.", "18/04/2025", "Il ne passe pas par les hameaux du haut.")], "proposal-31"),
             {"comments"}, parent=("Propositions", f"{pt}/f/21/proposals")),
        page(f"{pt}/f/21/proposals/32", "Un tiers-lieu à Roquefel", m.prose(
            "Le collectif propose de transformer l'ancienne poste de Roquefel en tiers-lieu : espace de travail partagé, café associatif, atelier de réparation.")
             + m.decidim_comments([("Sophie L.", "20/04/2025", "Bonne idée, il manque un lieu pour les jeunes."),
                                   ("Marc", "22/04/2025", "Qui en assurerait la gestion ?")], "proposal-32"),
             {"comments"}, parent=("Propositions", f"{pt}/f/21/proposals")),
        page(f"{pt}/f/22/meetings", "Rencontres", m.decidim_cards([
            (f"{pt}/f/22/meetings/8", "Atelier à Roquefel : vivre au village", "3 juin 2025 · Salle de l'ancienne école")], "meetings"),
             parent=("Projet de territoire 2026-2035", pt)),
        page(f"{pt}/f/22/meetings/8", "Atelier à Roquefel : vivre au village", m.prose(
            "Atelier ouvert à tous, sans inscription. Au programme : services, logement, mobilité. Le compte rendu sera publié ici."),
             parent=("Rencontres", f"{pt}/f/22/meetings")),
        page("/processes/mobilites", "Se déplacer sur le territoire", m.prose(
            "La communauté de communes prépare un plan de mobilité simplifié. Répondez au questionnaire et participez au débat.")
             + m.links([("/processes/mobilites/f/25/", "Questionnaire"), ("/processes/mobilites/f/26/debates/4", "Débat : le covoiturage")]),
             parent=("Processus", "/processes")),
        page("/processes/mobilites/f/25/", "Questionnaire mobilité", m.prose("Dix minutes pour décrire vos déplacements. Réponses anonymes, ouvert jusqu'au 15 juillet.")
             + m.decidim_survey("/processes/mobilites/f/25/questionnaire/answer", [
                 ("Comment vous rendez-vous au travail ?", ["Voiture seul", "Covoiturage", "Car", "Vélo", "Autre"]),
                 ("Combien de kilomètres par jour ?", ["Moins de 10", "10 à 30", "Plus de 30"]),
                 ("Utiliseriez-vous une aire de covoiturage à Vialarenque ?", ["Oui", "Non", "Peut-être"])]),
             {"poll"}, parent=("Se déplacer sur le territoire", "/processes/mobilites")),
        # a Decidim debate: residents comment under the debate's text (the component's comments)
        page("/processes/mobilites/f/26/debates/4", "Débat : le covoiturage", m.prose(
            "Faut-il créer des aires de covoiturage aux entrées de bourg ? Partagez vos expériences et vos idées.")
             + m.decidim_comments([("Léa", "02/05/2025", "J'en fais tous les jours vers Rodez, une aire éclairée serait un vrai plus."),
                                   ("Henri", "03/05/2025", "Le parking du supermarché sert déjà d'aire, il suffirait de le signaler.")], "debate-4"),
             {"comments"}, parent=("Se déplacer sur le territoire", "/processes/mobilites")),
        page("/assemblies/conseil-de-developpement", "Conseil de développement", m.prose(
            "Le conseil de développement réunit 40 habitants, acteurs associatifs et économiques. Il rend des avis sur le projet de territoire et peut s'autosaisir.",
            "Ses séances sont ouvertes au public ; ses avis sont publiés sur cette page."),
             {"participation_displayed"}),
    ]
    decidim = Site(_CC_DECIDIM, "decidim", "Participer - Ribeyre et Causses", dp,
                   menu=[("Accueil", "/"), ("Processus", "/processes"), ("Assemblées", "/assemblies/conseil-de-developpement")],
                   features=frozenset({"participatory_platform"}), platforms=frozenset({DECIDIM}))
    return cc, decidim


def vialarenque_and_roquefel():
    cc, decidim = intercommunality_sites()
    return [City("99055", "Vialarenque", 7400, "12", "76", "Occitanie", f"http://{_CC}/communes/vialarenque", [cc, decidim],
                 decoy_accounts=_CC_TOURISM),
            City("99056", "Roquefel", 5100, "12", "76", "Occitanie", f"http://{_CC}/communes/roquefel", [cc, decidim],
                 decoy_accounts=_CC_TOURISM)]


# ==== 99057 Moyenvillers (Meurthe-et-Moselle): TYPO3, right of petition, a neighbours' network =====

_VOISINS = "voisins.moyenvillers.fr"


def moyenvillers() -> City:
    news = [("/actualites/resultats-sondage-fleurissement-2024", "Fleurissement 2024 : les résultats du sondage", "20 janvier 2025", "Clos."),
            ("/actualites/petition-nationale-urgences", "Urgences de nuit : une pétition nationale", "8 mars 2025", "Le maire relaie l'appel des élus."),
            ("/actualites/candidatures-cmj", "Conseil municipal des jeunes : appel à candidatures", "1er septembre 2025", "Élections en octobre."),
            ("/actualites/forum-emploi-transfrontalier", "Forum de l'emploi transfrontalier", "12 février 2025", "Luxembourg, Sarre : les offres."),
            ("/actualites/voisins-solidaires-un-an", "Un an de prêts d'outils et de coups de main", "5 mai 2025", "Le bilan de la première année."),
            ("/actualites/participation-en-ligne-le-debat", "Participation en ligne : le conseil en débat", "24 juin 2025", "Quel outil pour consulter en ligne ?")]
    events = [("/participer/conseils-de-quartier", "14", "mai", "Conseil de quartier de la Sapinaie"),
              ("/ma-commune/conseil-municipal", "26", "mai", "Conseil municipal"),
              ("/actualites/forum-emploi-transfrontalier", "20", "mars", "Forum de l'emploi")]
    pages = [
        page("/", "Accueil", _home(
            "Moyenvillers, 13 600 habitants, au cœur du Pays-Haut lorrain : bienvenue sur le site officiel de la ville.",
            [("/ma-commune/democratie-participative", "Démocratie participative"), ("/participer/droit-de-petition", "Droit de pétition"),
             ("/participer/voisins-solidaires", "Voisins solidaires"), ("/participer/sondage-fleurissement", "Sondage fleurissement"),
             ("/finances/budget-primitif", "Budget"), ("/services/reservation-salle", "Réserver une salle"),
             ("/securite/participation-citoyenne", "Sécurité"), ("/contact", "Contact"), ("/actualites", "Actualités")], news, events)),
        page("/ma-commune/democratie-participative", "Démocratie participative", m.prose(
            "La Ville associe les Moyenvillois à ses décisions : six conseils de quartier, un droit de pétition inscrit dans le règlement du conseil municipal, des sondages en ligne, et un réseau d'entraide entre voisins lancé avec les habitants.",
            "Les propositions issues de ces instances sont présentées chaque année en conseil municipal lors d'une séance consacrée à la participation.")
             + m.links([("/participer/conseils-de-quartier", "Les conseils de quartier"), ("/participer/droit-de-petition", "Le droit de pétition"),
                        ("/participer/voisins-solidaires", "Voisins solidaires")]), {"participation_displayed"}),
        page("/participer/conseils-de-quartier", "Les conseils de quartier", m.prose(
            "Six conseils de quartier couvrent la ville. Ouverts à tous, ils se réunissent trois fois par an avec l'adjoint à la vie des quartiers.",
            "Ils disposent d'un budget de fonctionnement et émettent des avis sur les projets d'aménagement.")
             + m.bullets("La Sapinaie : 14 mai, 19 h, centre social", "Centre-ville : 21 mai, 19 h, hôtel de ville"),
             {"participation_displayed"}, parent=("Démocratie participative", "/ma-commune/democratie-participative")),
        page("/ma-commune/conseil-municipal", "Le conseil municipal", m.prose(
            "Le conseil municipal se réunit en séance publique. Ordres du jour, délibérations et procès-verbaux.")
             + m.links([("/ma-commune/conseil-municipal/reglement-interieur", "Le règlement intérieur du conseil municipal")]),
             decoys={"participation_displayed"}),
        # the council's rules grant residents a right of petition and say how to file one
        page("/ma-commune/conseil-municipal/reglement-interieur", "Règlement intérieur du conseil municipal", m.prose(
            "Article 4 - Convocation. Article 12 - Questions orales. Article 18 - Tenue des séances.",
            "Article 27 - Droit de pétition. Toute pétition signée par au moins 300 habitants de plus de 16 ans, déposée en mairie ou en ligne sur le site de la ville, est inscrite à l'ordre du jour du conseil municipal suivant, qui en débat.")
             + m.links([("/participer/droit-de-petition", "Déposer ou signer une pétition")]),
             {"petition"}, parent=("Le conseil municipal", "/ma-commune/conseil-municipal")),
        page("/participer/droit-de-petition", "Le droit de pétition", m.prose(
            "Vous souhaitez que le conseil municipal débatte d'une question ? Déposez une pétition : dès 300 signatures, elle est inscrite à l'ordre du jour.")
             + m.powermail(7, "/participer/droit-de-petition", [("titre", "Titre de la pétition", "input"), ("objet", "Ce que vous demandez (une phrase)", "input"),
                                                                 ("nom", "Nom du premier signataire", "input"), ("email", "E-mail", "email")], "Déposer ma pétition")
             + m.links([("/participer/petitions-en-cours", "Voir les pétitions en cours")]),
             {"petition"}, parent=("Démocratie participative", "/ma-commune/democratie-participative")),
        page("/participer/petitions-en-cours", "Pétitions en cours", m.prose(
            "« Un passage piéton sécurisé rue de Longwy » - 212 signatures sur 300.", "Signez en ligne : une seule signature par personne.")
             + m.powermail(8, "/participer/petitions-en-cours", [("petition", "Pétition", "radio:Passage piéton rue de Longwy|Ouverture du city-stade le dimanche"),
                                                                 ("nom", "Nom et prénom", "input"), ("email", "E-mail", "email")], "Je signe"),
             {"petition"}, parent=("Le droit de pétition", "/participer/droit-de-petition")),
        page("/participer/voisins-solidaires", "Voisins solidaires", m.prose(
            "Voisins solidaires est le réseau d'entraide des Moyenvillois, lancé par la Ville avec les conseils de quartier : prêt d'outils, covoiturage, petits services, annonces d'événements de rue.",
            "Inscription gratuite avec votre adresse : vous rejoignez automatiquement le groupe de votre quartier.")
             + f'<p><a class="btn" href="http://{_VOISINS}/">Rejoindre le réseau Voisins solidaires</a></p>',
             {"territorial_social_network"}, parent=("Démocratie participative", "/ma-commune/democratie-participative")),
        page("/participer/sondage-fleurissement", "Sondage : le fleurissement de la ville", m.prose(
            "Quelles plantations pour les entrées de ville ? Répondez avant le 31 mai.")
             + m.powermail(5, "/participer/sondage-fleurissement", [
                 ("choix", "Vous préférez", "radio:Massifs fleuris annuels|Prairies fleuries|Arbustes persistants"),
                 ("arrosage", "Faut-il réduire l'arrosage l'été ?", "radio:Oui|Non|Sans avis")], "Voter"),
             {"poll"}, decoys={"contact_form"}),
        page("/securite/participation-citoyenne", "Participation citoyenne", m.prose(
            "Le protocole de participation citoyenne signé avec la gendarmerie associe des habitants référents à la sécurité de leur quartier.",
            "Les référents relaient l'information et alertent la brigade ; ils n'ont aucun pouvoir de police."),
             decoys={"participation_displayed", "territorial_social_network"}),
        page("/finances/budget-primitif", "Budget primitif 2025", m.prose(
            "Le budget primitif 2025 s'élève à 19,8 M€ ; l'investissement atteint 6,2 M€, dont la rénovation de la piscine."),
             decoys={"participatory_budget"}),
        page("/actualites", "Actualités", m.teasers(news)),
        page("/actualites/resultats-sondage-fleurissement-2024", "Fleurissement 2024 : les résultats du sondage", m.prose(
            "Le sondage 2024 est clos : 61 % des votants ont choisi les prairies fleuries pour les ronds-points.",
            "Les plantations auront lieu à l'automne."), decoys={"poll"}, parent=("Actualités", "/actualites")),
        # a national petition on an unrelated topic, named without a city space to sign
        page("/actualites/petition-nationale-urgences", "Urgences de nuit : une pétition nationale", m.prose(
            "Les maires du bassin relaient la pétition nationale lancée par une association d'élus sur la plateforme du Sénat pour le maintien des urgences de nuit dans les hôpitaux de proximité.",
            "Elle se signe sur le site du Sénat, pas sur celui de la ville."), decoys={"petition"}, parent=("Actualités", "/actualites")),
        page("/actualites/candidatures-cmj", "Conseil municipal des jeunes : appel à candidatures", m.prose(
            "Tu es en CM2, 6e ou 5e ? Dépose ta candidature au CMJ avant le 30 septembre auprès de ton établissement."),
             decoys={"suggestion_call"}, parent=("Actualités", "/actualites")),
        page("/actualites/forum-emploi-transfrontalier", "Forum de l'emploi transfrontalier", m.prose(
            "Le 20 mars, à l'espace Jean-Ferrat : employeurs luxembourgeois et sarrois, frontaliers en activité et conseillers de la Maison de l'emploi."),
             decoys={"forum"}, parent=("Actualités", "/actualites")),
        # a news item naming the network in passing
        page("/actualites/voisins-solidaires-un-an", "Un an de prêts d'outils et de coups de main", m.prose(
            "Un an après son lancement, le réseau compte 840 inscrits. La Ville remercie les habitants qui l'animent.",
            "Le bilan sera présenté lors de la séance annuelle de la participation."), decoys={"territorial_social_network"},
             parent=("Actualités", "/actualites")),
        # an article that names platforms: no platform on this web presence
        page("/actualites/participation-en-ligne-le-debat", "Participation en ligne : le conseil en débat", m.prose(
            "Faut-il une plateforme de participation en ligne ? Lors de la séance du 23 juin, les élus ont comparé plusieurs solutions : Decidim, logiciel libre utilisé par plusieurs villes du Grand Est, Cap Collectif ou Fluicity.",
            "Aucune décision n'a été prise ; la commission vie des quartiers rendra un avis à l'automne."),
             decoys={"participatory_platform"}, parent=("Actualités", "/actualites")),
        page("/services/reservation-salle", "Réserver une salle", m.powermail(3, "/services/reservation-salle", [
            ("salle", "Salle", "radio:Espace Jean-Ferrat|Salle des Tilleuls"), ("date", "Date", "input"), ("nom", "Nom", "input"),
            ("email", "E-mail", "email")], "Envoyer la demande de réservation"), decoys={"contact_form"}),
        page("/contact", "Contact", m.prose("Hôtel de ville, place de la République, 54000 Moyenvillers.")
             + m.powermail(1, "/contact", [("nom", "Nom", "input"), ("email", "E-mail", "email"), ("objet", "Objet", "input"),
                                           ("message", "Votre message", "textarea")]), {"contact_form"}),
    ]
    www = Site("www.moyenvillers.fr", "typo3", "Ville de Moyenvillers", pages,
               menu=[("Ma commune", "/ma-commune/democratie-participative"), ("Conseil municipal", "/ma-commune/conseil-municipal"),
                     ("Actualités", "/actualites"), ("Contact", "/contact")],
               accounts=[social("facebook", "VilleMoyenvillers"), social("x", "Moyenvillers")],
               address="Place de la République, 54000 Moyenvillers")
    net = {"territorial_social_network"}
    vp = [
        page("/", "Voisins solidaires", m.prose("Le réseau d'entraide des habitants de Moyenvillers. 840 voisins inscrits dans 6 quartiers.")
             + m.links([("/quartiers/centre-ville", "Centre-ville"), ("/quartiers/la-sapinaie", "La Sapinaie"),
                        ("/annonces/pret-d-outils", "Prêt d'outils"), ("/evenements", "Événements de quartier"), ("/a-propos", "À propos")]), net),
        page("/quartiers/centre-ville", "Centre-ville", '<div class="feed">'
             + "".join(f'<article class="post"><p class="post__author">{a}</p><p>{t}</p><a href="/connexion">Répondre</a></article>' for a, t in [
                 ("Hélène, rue Foch", "Quelqu'un aurait une échelle à prêter samedi ?"),
                 ("Karim, place de la République", "Repas de rue le 21 juin, chacun apporte un plat !")]) + "</div>",
             net, parent=("Voisins solidaires", "/")),
        page("/quartiers/la-sapinaie", "La Sapinaie", '<div class="feed"><article class="post"><p class="post__author">Josiane</p>'
             '<p>Je propose de l\'aide aux devoirs le mercredi pour les enfants du quartier.</p><a href="/connexion">Répondre</a></article></div>',
             net, parent=("Voisins solidaires", "/")),
        page("/annonces/pret-d-outils", "Prêt d'outils", m.bullets("Perceuse - prêtée par Didier, Centre-ville", "Tondeuse - prêtée par Paul, la Sapinaie",
                                                                    "Remorque - prêtée par Nathalie, les Tilleuls"), net),
        page("/evenements", "Événements de quartier", m.bullets("21 juin : repas de rue place de la République", "28 septembre : troc de plantes à la Sapinaie"), net),
        page("/a-propos", "À propos", m.prose(
            "Voisins solidaires est proposé par la Ville de Moyenvillers et animé par des habitants bénévoles. L'inscription est réservée aux habitants de la commune."), net),
    ]
    voisins = Site(_VOISINS, "community", "Voisins solidaires - Moyenvillers", vp,
                   menu=[("Accueil", "/"), ("Prêt d'outils", "/annonces/pret-d-outils"), ("Événements", "/evenements")])
    return City("99057", "Moyenvillers", 13600, "54", "44", "Grand Est", "http://www.moyenvillers.fr/", [www, voisins])


# ==== 99058 Ravine-Bérard (La Réunion): a site built with an e-monsite-like site builder ===========

_RB = "www.ravine-berard.re"


def _ems_comments(comments, open_=True):
    items = "".join(f'<div class="comment media"><div class="media-body"><p class="media-heading"><strong>{escape(a)}</strong> '
                    f'<span class="comment-date">{d}</span></p><p>{escape(t)}</p></div></div>' for a, d, t in comments)
    out = f'<div id="comments" class="module-comments"><h3>{len(comments)} commentaire{"s" if len(comments) != 1 else ""}</h3>{items}</div>' if comments else ""
    if open_:
        out += ('<form action="/blog/do/comment" method="post" class="form-comments"><h3>Ajouter un commentaire</h3>'
                '<div class="control-group"><label for="comm_name">Nom</label><input type="text" id="comm_name" name="name" class="form-control"></div>'
                '<div class="control-group"><label for="comm_email">E-mail</label><input type="email" id="comm_email" name="email" class="form-control"></div>'
                '<div class="control-group"><label for="comm_message">Commentaire</label><textarea id="comm_message" name="message" rows="5" class="form-control"></textarea></div>'
                '<div class="control-group captcha"><label>Anti-spam</label><input type="text" name="captcha" class="form-control"></div>'
                '<button type="submit" class="btn btn-primary">Valider</button></form>')
    else:
        out += '<p class="alert alert-info">Les commentaires sont désactivés pour cet article.</p>'
    return out


def _ems_form(action, fields, submit="Envoyer"):
    rows = []
    for name, label, kind in fields:
        if kind == "textarea":
            ctl = f'<textarea name="{name}" id="{name}" rows="6" class="form-control"></textarea>'
        elif kind.startswith("radio:"):
            ctl = "".join(f'<label class="radio"><input type="radio" name="{name}" value="{i}"> {escape(o)}</label>' for i, o in enumerate(kind[6:].split("|")))
        else:
            ctl = f'<input type="{"email" if kind == "email" else "text"}" name="{name}" id="{name}" class="form-control">'
        rows.append(f'<div class="control-group"><label class="control-label" for="{name}">{escape(label)}</label><div class="controls">{ctl}</div></div>')
    return (f'<form action="{action}" method="post" class="form-horizontal module-form"><input type="hidden" name="ems_form_token" value="c3f9a1">'
            + "".join(rows) + f'<div class="form-actions"><button type="submit" class="btn btn-primary">{escape(submit)}</button></div></form>')


def ravine_berard() -> City:
    news = [("/blog/actualites/nettoyage-de-la-ravine.html", "Opération ravine propre : merci !", "14 avril 2025", "Deux tonnes de déchets ramassées."),
            ("/blog/actualites/consignes-cyclone.html", "Saison cyclonique : les bons réflexes", "2 décembre 2024", "Préparez votre kit."),
            ("/blog/actualites/resultats-sondage-kermesse.html", "Fête de l'école : résultats du sondage", "10 mars 2025", "Le samedi l'emporte.")]
    events = [("/pages/democratie-de-proximite/comites-de-quartier.html", "17", "mai", "Comité de quartier des Hauts"),
              ("/pages/associations/forum-des-associations.html", "6", "septembre", "Forum des associations"),
              ("/pages/mairie/conseil-municipal.html", "27", "mai", "Conseil municipal")]
    pages = [
        page("/", "Accueil", _home(
            "Bienvenue à Ravine-Bérard, 9 700 habitants, entre océan et Hauts de l'île. Kartié par kartié, la commune avance avec vous.",
            [("/pages/democratie-de-proximite/", "Démocratie de proximité"), ("/pages/democratie-de-proximite/boite-a-idees.html", "Boîte à idées"),
             ("/pages/democratie-de-proximite/sondage-marche-forain.html", "Sondage"), ("/forum/", "Forum"), ("/blog/", "Actualités"),
             ("/pages/mairie/budget.html", "Budget"), ("/pages/emploi/appels-a-candidatures.html", "Emploi"),
             ("/pages/securite/participation-citoyenne.html", "Sécurité"), ("/newsletter.html", "Newsletter"), ("/pages/contact.html", "Contact")],
            news, events)),
        page("/pages/democratie-de-proximite/", "Démocratie de proximité", m.prose(
            "La commune a créé des comités de quartier dans chacun de ses sept kartiés et tient chaque année des assemblées des écarts dans les Hauts.",
            "Habitants, associations, élus : chacun peut y faire remonter les besoins et suivre les projets.")
             + m.links([("/pages/democratie-de-proximite/comites-de-quartier.html", "Les comités de quartier"),
                        ("/pages/democratie-de-proximite/assemblees-des-ecarts.html", "Les assemblées des écarts"),
                        ("/pages/democratie-de-proximite/boite-a-idees.html", "La boîte à idées")]), {"participation_displayed"}),
        page("/pages/democratie-de-proximite/comites-de-quartier.html", "Les comités de quartier", m.prose(
            "Chaque comité réunit une quinzaine d'habitants volontaires et un élu de quartier. Il se réunit tous les deux mois, à la case de quartier.",
            "Ses avis portent sur la voirie, l'éclairage, les radiers, l'entretien des ravines et l'animation du quartier."),
             {"participation_displayed"}, parent=("Démocratie de proximité", "/pages/democratie-de-proximite/")),
        page("/pages/democratie-de-proximite/assemblees-des-ecarts.html", "Les assemblées des écarts", m.prose(
            "Une fois par an, le maire et l'équipe municipale montent dans chaque écart des Hauts pour une assemblée ouverte à tous : bilan des travaux, questions des habitants, priorités de l'année suivante."),
             {"participation_displayed"}, parent=("Démocratie de proximité", "/pages/democratie-de-proximite/")),
        page("/pages/democratie-de-proximite/boite-a-idees.html", "La boîte à idées", m.prose(
            "Vous avez une idée pour votre kartié ? Proposez-la : elle sera transmise au comité de quartier et à l'élu concerné.")
             + _ems_form("/pages/democratie-de-proximite/boite-a-idees.html", [("nom", "Nom", "text"), ("kartie", "Quartier", "text"),
                                                                                ("idee", "Votre idée", "textarea")], "Proposer"),
             {"suggestion_call", "contact_form"}, parent=("Démocratie de proximité", "/pages/democratie-de-proximite/")),
        page("/pages/democratie-de-proximite/sondage-marche-forain.html", "Sondage : le marché forain", m.prose(
            "Le marché forain doit-il rester le mercredi ? Votez ci-dessous.")
             + '<div class="module-poll"><form action="/sondages/do/vote" method="post" class="poll-form"><p class="poll-question">Quel jour pour le marché forain ?</p>'
               '<label class="radio"><input type="radio" name="answer" value="1"> Mercredi matin</label>'
               '<label class="radio"><input type="radio" name="answer" value="2"> Samedi matin</label>'
               '<label class="radio"><input type="radio" name="answer" value="3"> Dimanche matin</label>'
               '<input type="hidden" name="poll_id" value="12"><button type="submit" class="btn btn-default">Voter</button></form></div>',
             {"poll"}, parent=("Démocratie de proximité", "/pages/democratie-de-proximite/")),
        page("/pages/mairie/conseil-municipal.html", "Le conseil municipal", m.prose(
            "Le conseil municipal compte 29 élus. Prochaine séance le 27 mai à 17 h 30, salle des délibérations. Comptes rendus affichés en mairie."),
             decoys={"participation_displayed"}),
        page("/pages/mairie/budget.html", "Le budget", m.prose(
            "Budget primitif 2025 : 14,3 M€. Priorités : cantines scolaires, radiers, rénovation de la case de quartier des Hauts."),
             decoys={"participatory_budget"}),
        page("/pages/associations/forum-des-associations.html", "Forum des associations", m.prose(
            "Le forum des associations se tient le 6 septembre sur le parvis de la mairie : sport, culture, maloya, solidarité."),
             decoys={"forum"}),
        page("/pages/emploi/appels-a-candidatures.html", "Appels à candidatures", m.prose(
            "La commune recrute : agents d'animation périscolaire, agent de médiathèque. Candidatures avant le 15 juin."),
             decoys={"suggestion_call"}),
        page("/pages/securite/participation-citoyenne.html", "Participation citoyenne", m.prose(
            "Avec la gendarmerie, la commune déploie le dispositif de participation citoyenne dans les quartiers volontaires. Des référents signalent les faits suspects à la brigade."),
             decoys={"participation_displayed", "territorial_social_network"}),
        page("/pages/contact.html", "Contact", m.prose("Mairie de Ravine-Bérard, 12 rue de la Mairie, 97400 Ravine-Bérard. Tél. 0262 00 00 00.")
             + _ems_form("/pages/contact.html", [("nom", "Nom", "text"), ("email", "E-mail", "email"), ("sujet", "Sujet", "text"),
                                                  ("message", "Message", "textarea")]), {"contact_form"}),
        page("/newsletter.html", "Newsletter", '<form action="/newsletters/subscribe" method="post" class="module-newsletter">'
             '<label for="nl_email">Votre e-mail</label><input type="email" id="nl_email" name="email" class="form-control">'
             '<button type="submit" class="btn">S\'abonner</button></form>', decoys={"contact_form"}),
        page("/blog/", "Actualités", m.teasers(news)),
        page("/blog/actualites/nettoyage-de-la-ravine.html", "Opération ravine propre : merci !", m.prose(
            "Samedi, 120 bénévoles ont nettoyé les berges de la ravine avec les agents communaux. Deux tonnes de déchets ont été évacuées.")
             + _ems_comments([("Johanna", "15/04/2025", "Super journée, à refaire avant la saison des pluies !"),
                              ("Teddy R.", "15/04/2025", "Il faudrait une benne permanente au radier.")]),
             {"comments"}, parent=("Actualités", "/blog/")),
        page("/blog/actualites/consignes-cyclone.html", "Saison cyclonique : les bons réflexes", m.prose(
            "Constituez votre kit : eau, lampe, radio à piles, médicaments. Suivez les alertes de la préfecture.")
             + _ems_comments([], open_=False), decoys={"comments"}, parent=("Actualités", "/blog/")),
        page("/blog/actualites/resultats-sondage-kermesse.html", "Fête de l'école : résultats du sondage", m.prose(
            "Le sondage est terminé : 64 % des parents préfèrent le samedi. La fête aura lieu le samedi 28 juin."), decoys={"poll"},
             parent=("Actualités", "/blog/")),
        page("/forum/", "Forum", '<div class="module-forum"><table class="table forum-categories"><tr><td><a href="/forum/vie-de-quartier/">Vie de quartier</a></td>'
             '<td>12 sujets</td></tr><tr><td><a href="/forum/entraide/">Entraide</a></td><td>5 sujets</td></tr></table></div>', {"forum"}),
        page("/forum/vie-de-quartier/", "Vie de quartier", '<div class="module-forum"><ul class="forum-topics">'
             '<li><a href="/forum/vie-de-quartier/coupure-d-eau-aux-hauts.html">Coupure d\'eau aux Hauts</a> - 6 réponses</li></ul>'
             '<a class="btn" href="/forum/vie-de-quartier/">Nouveau sujet</a></div>', {"forum"}, parent=("Forum", "/forum/")),
        page("/forum/entraide/", "Entraide", '<div class="module-forum"><ul class="forum-topics">'
             '<li><a href="/forum/vie-de-quartier/coupure-d-eau-aux-hauts.html">Coupure d\'eau aux Hauts</a> - déplacé</li></ul></div>',
             {"forum"}, parent=("Forum", "/forum/")),
        page("/forum/vie-de-quartier/coupure-d-eau-aux-hauts.html", "Coupure d'eau aux Hauts", '<div class="module-forum">'
             + "".join(f'<div class="forum-post"><p class="forum-post-author">{a} - {d}</p><div class="forum-post-content">{t}</div></div>' for a, d, t in [
                 ("Gilbert", "03/03/2025", "Encore sans eau depuis hier soir chemin Bérard, quelqu'un a des infos ?"),
                 ("Marie-Ange", "03/03/2025", "La régie a dit qu'une canalisation a cassé sous le radier, retour prévu ce soir."),
                 ("Gilbert", "04/03/2025", "C'est revenu, merci.")])
             + '<form action="/forum/do/reply" method="post" class="forum-reply"><label for="reply">Répondre</label><textarea id="reply" name="message" rows="4"></textarea>'
               '<button type="submit" class="btn">Envoyer</button></form></div>', {"forum"}, parent=("Vie de quartier", "/forum/vie-de-quartier/")),
    ]
    site = Site(_RB, "vendor", "Ravine-Bérard", pages,
                menu=[("Accueil", "/"), ("Démocratie de proximité", "/pages/democratie-de-proximite/"), ("Actualités", "/blog/"),
                      ("Forum", "/forum/"), ("Contact", "/pages/contact.html")],
                accounts=[social("facebook", "VilleRavineBerard")], address="12 rue de la Mairie, 97400 Ravine-Bérard")
    return City("99058", "Ravine-Bérard", 9700, "974", "04", "La Réunion", f"http://{_RB}/", [site])


def _ems_render(site, pg):
    """The site builder's layout: its own class names, a left menu, widgets and a footer."""
    menu = "".join(f'<li class="menu-item"><a href="{escape(h)}">{escape(t)}</a></li>' for t, h in site.menu)
    socials = "".join(f'<li><a href="{escape(a.href)}" target="_blank" class="social-{a.platform}">{a.platform}</a></li>' for a in site.accounts)
    crumbs = '<a href="/">Accueil</a>' + (f' &rsaquo; <a href="{escape(pg.parent[1])}">{escape(pg.parent[0])}</a>' if pg.parent else "")
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>{escape(pg.title)} - {escape(site.title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="e-monsite (e-monsite.com)">
<link rel="stylesheet" href="https://static.e-monsite.com/themes/css/theme-rb.min.css?v=2025">
<link rel="alternate" type="application/rss+xml" href="/blog/do/rss.xml" title="Actualités">
</head>
<body id="{'index' if pg.path == '/' else 'page'}" class="default ems-site">
<div id="site-wrapper" class="container">
<header id="header"><div id="header-title"><a href="/" class="brand">{escape(site.title)}</a><p class="slogan">Site officiel de la commune</p></div></header>
<nav id="main-menu" class="navbar"><ul class="nav navbar-nav">{menu}</ul></nav>
<div id="main-area" class="row"><div id="main" class="col-md-9">
<ol class="breadcrumb">{crumbs}</ol>
<div class="view view-pages"><h1 class="view-title">{escape(pg.title)}</h1><div class="content">{pg.body}</div></div>
</div>
<aside id="sidebar" class="col-md-3"><div class="widget widget-search"><form action="/pages/do/search" method="get"><input type="text" name="q" placeholder="Rechercher"></form></div>
<div class="widget widget-contact"><h4>Mairie</h4><p>{escape(site.address)}</p><p>Lundi-vendredi 7 h 30 - 15 h 30</p></div>
<div class="widget widget-social"><h4>Suivez-nous</h4><ul>{socials}</ul></div></aside></div>
<footer id="footer"><p><a href="/mentions-legales">Mentions légales</a> · Site créé avec <a href="https://www.e-monsite.com/" rel="nofollow">e-monsite</a></p></footer>
</div></body></html>"""


_RB_CITY = ravine_berard()
_RB_SITE = _RB_CITY.sites[0]


def _ems(request):
    pg = _RB_SITE.by_path.get(request.target)
    return Reply.html(_ems_render(_RB_SITE, pg)) if pg else None


def cities():
    return [kerbriac(), lanvenoc(), vernazolles(), puy_sarrazin(), *vialarenque_and_roquefel(), moyenvillers(), _RB_CITY]


def hosts():
    return {_RB: CustomHost(_RB_SITE, _ems)}
