"""Holdout cities that present participation in their own words: local brands, neighbourhood meetings,
calls worded as verbs, 'interpellation citoyenne', neighbours' networks, embedded form services,
and the lookalikes (neighbourhood watch, e-services portal, budget primitif)."""
from ..site import Site, page, social
from . import markup as m
from .common import SERVICES, city, home, service_pages, with_decoys

CONTACT = {"contact_form"}


def lanveoc():
    """Proprietary CMS: 'interpellation citoyenne' with supporters, neighbourhood pages without a classic title,
    Google Forms and Microsoft Forms embeds."""
    name = "Lanvéoc-Kerbrat"
    www = Site("www.lanveoc-kerbrat.fr", "vendor", f"Ville de {name}", menu=[
        ("Vos quartiers, votre voix", "/vivre-ensemble/vos-quartiers"), ("Interpellation citoyenne", "/interpellation"),
        ("Rencontres de quartier", "/vivre-ensemble/rencontres"), ("Contact", "/contact")] + SERVICES,
        accounts=[social("facebook", "lanveockerbrat"), social("mastodon", "mairie@social.breizh.fr")], pages=[
        page("/", "Accueil", home(name, "Entre rade et presqu'île, 9 800 habitants.", SERVICES,
                                  news=[("Rencontres de quartier", "20 mai 2025", "Le maire et les élus viennent à votre rencontre.")])),
        page("/vivre-ensemble/vos-quartiers", "Vos quartiers, votre voix",
             m.prose("Six conseils de quartier réunissent habitants volontaires, associations et élus référents.",
                     "Ils se retrouvent quatre fois par an pour examiner les projets d'aménagement, faire remonter les "
                     "besoins et proposer des actions financées par une enveloppe de quartier.",
                     "Les membres sont tirés au sort parmi les volontaires pour trois ans. Les comptes rendus sont publics.",
                     "Pour candidater, remplissez le bulletin disponible à l'accueil de la mairie ou en mairie annexe."), {"participation_displayed"}),
        page("/vivre-ensemble/rencontres", "Rencontres de quartier 2025",
             m.prose("Chaque printemps, les élus tiennent une réunion publique dans chaque quartier pour échanger avec "
                     "les habitants sur la voirie, la propreté, la sécurité et les projets à venir.",
                     "Kerbrat centre : 3 juin, école des Mouettes. Port : 5 juin, salle des sports. "
                     "Kerlaz : 10 juin, maison de quartier.",
                     "Les questions posées et les réponses apportées sont publiées après chaque rencontre."), {"participation_displayed"}),
        page("/interpellation", "Interpellation citoyenne",
             m.prose("Le règlement intérieur du conseil municipal permet aux habitants d'inscrire une question à son "
                     "ordre du jour : une interpellation soutenue par 300 habitants majeurs est débattue en séance.",
                     "Déposez votre interpellation ou soutenez celles en cours :")
             + m.petition_list([("Rouvrir le bureau de poste le samedi", "/interpellation", 312, 300, "Débattue le 14 avril"),
                                ("Une piste cyclable vers le collège", "/interpellation", 188, 300, "188 soutiens")])
             + m.sign_form("/interpellation/soutenir", "Je soutiens"), {"petition"}),
        page("/enquetes/cantine", "Votre avis sur la restauration scolaire",
             m.prose("Parents, dites-nous ce que vous pensez des repas servis à la cantine.")
             + m.iframe("https://docs.google.com/forms/d/e/1FAIpQLSf3kLanveocCantine2025/viewform?embedded=true",
                        "Questionnaire restauration scolaire", 1200), {"poll"}),
        page("/enquetes/horaires-piscine", "Sondage : horaires de la piscine",
             m.prose("Quelles plages d'ouverture vous conviendraient le mieux cet été ?")
             + m.iframe("https://forms.office.com/Pages/ResponsePage.aspx?id=Lk7Xa9Kerbrat2025&amp;embed=true",
                        "Sondage horaires piscine", 640), {"poll"}),
        page("/contact", "Nous écrire", m.eservices_request("/contact"), CONTACT),
        *service_pages(name),
    ])
    return city("98106", name, 9810, "29", [www])


def orgerus():
    """WordPress: YOP Poll and Crowdsignal, 'Ensemble pour <Ville>', Disqus, a questionnaire page, a neighbours' network page."""
    name = "Orgerus-la-Vallée"
    www = Site("www.orgerus-la-vallee.fr", "wordpress", name, menu=[
        ("Ensemble pour Orgerus", "/ensemble-pour-orgerus/"), ("Voisins d'Orgerus", "/voisins-dorgerus/"),
        ("Blog du maire", "/blog/")] + SERVICES,
        accounts=[social("instagram", "orgeruslavallee"), social("bluesky", "orgerus.bsky.social")], pages=[
        page("/", "Accueil", home(name, "Une commune de 7 000 habitants aux portes du Vexin.", SERVICES,
                                  extra=m.yop_poll(3, "Souhaitez-vous un marché le dimanche matin ?",
                                                   ["Oui", "Non", "Peu importe"])), {"poll"}),
        page("/ensemble-pour-orgerus/", "Ensemble pour Orgerus",
             m.prose("Ensemble pour Orgerus, c'est notre façon de construire la ville avec vous.",
                     "Ateliers ouverts avant chaque projet, balades urbaines avec les riverains, comité citoyen "
                     "de suivi des engagements : chaque habitant peut prendre part aux choix de la commune.",
                     "Le comité citoyen, vingt habitants tirés au sort, rend un avis public chaque année."), {"participation_displayed"}),
        page("/blog/", "Le blog du maire", m.news([("Pourquoi un nouveau plan de circulation", "9 mai 2025",
                                                    "Explications et réponses à vos questions.")], "Derniers billets")),
        page("/blog/plan-de-circulation/", "Pourquoi un nouveau plan de circulation",
             m.prose("Le centre-ville reçoit chaque jour 4 000 véhicules de transit. Voici les raisons du nouveau plan.",
                     "Vos réactions sont les bienvenues ci-dessous.")
             + m.disqus("orgerus-la-vallee", "plan-circulation-2025"), {"comments"}, parent=("Blog du maire", "/blog/")),
        page("/sondage-eclairage/", "Extinction de l'éclairage public la nuit : votre avis",
             m.prose("La commune envisage d'éteindre l'éclairage public entre 1 h et 5 h.")
             + m.crowdsignal(11843207), {"poll"}),
        page("/questionnaire-seniors/", "Questionnaire : bien vieillir à Orgerus",
             m.prose("Le centre communal d'action sociale prépare son analyse des besoins sociaux.")
             + m.questionnaire("/questionnaire-seniors/", [
                 ("Vivez-vous seul(e) ?", ["Oui", "Non"]),
                 ("Utilisez-vous le transport à la demande ?", ["Souvent", "Parfois", "Jamais"]),
                 ("Seriez-vous intéressé(e) par des ateliers numériques ?", ["Oui", "Non", "Je ne sais pas"])]),
             {"poll"}, decoys={"comments"}),
        page("/voisins-dorgerus/", "Voisins d'Orgerus : le réseau d'entraide du quartier",
             m.prose("Voisins d'Orgerus est le réseau social local que la ville met à la disposition des habitants.",
                     "On y prête une perceuse, on y propose du covoiturage, on y signale un chat perdu, on s'y organise "
                     "pour la fête des voisins. Seuls les habitants vérifiés de la commune peuvent y publier.",
                     "Pour rejoindre le réseau : téléchargez l'application, indiquez votre adresse, puis validez le code "
                     "reçu par courrier. L'inscription est gratuite.",
                     '<a class="button" href="http://voisins.orgerus-la-vallee.fr/inscription">Je rejoins mes voisins</a>')),
        *service_pages(name),
    ])
    network = Site("voisins.orgerus-la-vallee.fr", "community", "Voisins d'Orgerus",
                   features=frozenset({"territorial_social_network"}), pages=[
        page("/", "Le fil du quartier", m.prose("Bienvenue sur le réseau des habitants d'Orgerus-la-Vallée.")
             + '<ul class="feed"><li class="post">Donne poussette en bon état – quartier de la Gare</li>'
               '<li class="post">Qui pour un covoiturage vers Mantes le matin ?</li></ul>'),
        page("/inscription", "Créer mon compte",
             '<form method="post" action="/inscription" class="signup"><label for="s-mail">E-mail</label>'
             '<input id="s-mail" type="email" name="email"><label for="s-adresse">Adresse à Orgerus</label>'
             '<input id="s-adresse" name="adresse"><label for="s-pass">Mot de passe</label>'
             '<input id="s-pass" type="password" name="password"><button type="submit">Rejoindre</button></form>',
             decoys={"contact_form"}),
    ])
    return city("98107", name, 7040, "78", [www, network])


def villars():
    """Publik e-services portal called 'espace citoyen', Typeform and Tally surveys, a participatory budget under a
    local brand, calls worded as verbs."""
    name = "Villars-d'Aubrac"
    www = Site("www.villars-daubrac.fr", "publik", f"{name}", menu=[
        ("Espace citoyen", "/espace-citoyen/"), ("Les Pépites de Villars", "/pepites/"),
        ("À vos contributions", "/a-vos-contributions/"), ("Budget de la commune", "/budget-primitif/")] + SERVICES,
        accounts=[social("facebook", "villarsdaubrac")], pages=[
        page("/", "Accueil", home(name, "Sur le plateau, 4 100 habitants et des idées plein la tête.", SERVICES)),
        page("/espace-citoyen/", "Espace citoyen",
             m.prose("Votre espace citoyen regroupe vos démarches en ligne : inscriptions scolaires, paiement de la "
                     "cantine, demande d'acte d'état civil, signalement sur la voie publique.",
                     "Créez votre compte pour suivre vos demandes.")
             + '<ul class="wcs-forms"><li><a href="/contact/">Contacter la mairie</a></li>'
               '<li><a href="/espace-citoyen/cantine/">Payer la cantine</a></li></ul>'),
        page("/espace-citoyen/cantine/", "Paiement de la cantine",
             '<form class="quixote" method="post" action="/espace-citoyen/cantine/"><label for="f1">Numéro de facture</label>'
             '<input id="f1" name="f1" type="text"><label for="f2">Montant</label><input id="f2" name="f2" type="text">'
             '<button type="submit">Payer</button></form>', decoys={"contact_form"}),
        page("/contact/", "Contacter la mairie", m.eservices_request("/contact/"), CONTACT),
        page("/pepites/", "Les Pépites de Villars",
             m.prose("Les Pépites de Villars, c'est 60 000 euros du budget d'investissement confiés aux habitants.",
                     "Déposez un projet d'intérêt général jusqu'au 15 mars ; les services étudient leur faisabilité ; "
                     "puis tous les habitants de plus de 11 ans votent pour leurs trois projets préférés en mai.",
                     "Lauréats 2024 : un verger partagé, une boîte à livres, des agrès sportifs au city-stade.")
             + '<p><a class="btn" href="/pepites/deposer/">Déposer un projet</a></p>', {"participatory_budget"}),
        page("/pepites/deposer/", "Déposer un projet – Les Pépites de Villars",
             '<form class="quixote" method="post" action="/pepites/deposer/"><label for="p1">Titre du projet</label>'
             '<input id="p1" name="titre" type="text"><label for="p2">Décrivez votre projet</label>'
             '<textarea id="p2" name="description" rows="8"></textarea><label for="p3">Lieu</label>'
             '<input id="p3" name="lieu" type="text"><label for="p4">Coût estimé</label><input id="p4" name="cout" type="text">'
             '<button type="submit">Envoyer mon projet</button></form>', {"participatory_budget"},
             parent=("Les Pépites de Villars", "/pepites/")),
        page("/a-vos-contributions/", "À vos contributions !",
             m.prose("Le cœur de bourg va être réaménagé. Avant de dessiner quoi que ce soit, nous voulons vos envies.",
                     "Soumettez vos propositions : un banc, une fontaine, un jeu, un arbre, une terrasse…")
             + m.iframe("https://form.typeform.com/to/Vb7kAubr", "Vos propositions pour le cœur de bourg", 600),
             {"suggestion_call"}),
        page("/enquete-jeunesse/", "Enquête : que faire à Villars quand on a 15 ans ?",
             m.prose("Dix questions pour nous dire ce qui vous manque.")
             + '<iframe data-tally-src="https://tally.so/embed/wM9Xqd?alignLeft=1&amp;transparentBackground=1" '
               'loading="lazy" width="100%" height="500" frameborder="0" title="Enquête jeunesse"></iframe>'
               '<script async src="https://tally.so/widgets/embed.js"></script>', {"poll"}),
        page("/budget-primitif/", "Budget primitif 2025",
             m.prose("Le budget primitif 2025 s'élève à 5,2 millions d'euros, dont 1,4 million d'investissement.",
                     "Principales dépenses : rénovation de l'école, voirie communale, la part des Pépites de Villars.")),
        *service_pages(name),
    ])
    return city("98108", name, 4120, "12", [with_decoys(www, {
        "/espace-citoyen/": {"participation_displayed", "contact_form"},
        "/budget-primitif/": {"participatory_budget"}})])


def sainte_colombe():
    """Drupal: 'dispositifs et instances participatifs', a suggestions form, a Webform survey, the forum des associations."""
    name = "Sainte-Colombe-des-Pins"
    www = Site("www.sainte-colombe-des-pins.fr", "drupal", f"Ville de {name}", menu=[
        ("Dispositifs participatifs", "/participer/dispositifs"), ("Soumettez vos propositions", "/participer/propositions"),
        ("Enquête", "/participer/enquete-sport"), ("Associations", "/associations/forum")] + SERVICES,
        accounts=[social("facebook", "saintecolombedespins"), social("tiktok", "stecolombe")], pages=[
        page("/", "Accueil", home(name, "Ville forestière de 15 000 habitants.", SERVICES)),
        page("/participer/dispositifs", "Dispositifs et instances participatifs",
             m.prose("Conseil des sages, conseil municipal des jeunes, comités consultatifs thématiques, ateliers "
                     "citoyens : la ville s'appuie sur plusieurs instances participatives.",
                     "Chacune a sa charte ; toutes sont ouvertes aux habitants, sur candidature ou tirage au sort.",
                     "Les avis qu'elles rendent sont annexés aux délibérations du conseil municipal."), {"participation_displayed"}),
        page("/participer/propositions", "Soumettez vos propositions",
             m.prose("Une idée pour améliorer la vie dans votre quartier ? Proposez-la : chaque proposition reçoit "
                     "une réponse argumentée dans un délai de deux mois.")
             + '<form class="webform-submission-form webform-submission-idees-form" method="post" action="/participer/propositions">'
               '<label for="edit-titre">Votre idée en une phrase</label><input id="edit-titre" name="titre" type="text">'
               '<label for="edit-description">Décrivez votre proposition</label><textarea id="edit-description" name="description"></textarea>'
               '<label for="edit-quartier">Quartier</label><select id="edit-quartier" name="quartier"><option>Centre</option>'
               '<option>Les Landes</option><option>Le Bourdieu</option></select>'
               '<input type="submit" value="Proposer" class="webform-button--submit"></form>', {"suggestion_call"}),
        page("/participer/enquete-sport", "Enquête sur les pratiques sportives",
             m.prose("Le service des sports réalise une enquête pour adapter les créneaux des équipements.")
             + '<form class="webform-submission-form webform-submission-enquete-sport-form" method="post" action="/participer/enquete-sport">'
               '<fieldset class="radios--wrapper"><legend>Pratiquez-vous un sport ?</legend>'
               '<input type="radio" name="pratique" value="regulier" id="p1"><label for="p1">Régulièrement</label>'
               '<input type="radio" name="pratique" value="parfois" id="p2"><label for="p2">De temps en temps</label>'
               '<input type="radio" name="pratique" value="jamais" id="p3"><label for="p3">Jamais</label></fieldset>'
               '<fieldset class="checkboxes--wrapper"><legend>Quels équipements utilisez-vous ?</legend>'
               '<label><input type="checkbox" name="equip[]" value="piscine"> Piscine</label>'
               '<label><input type="checkbox" name="equip[]" value="stade"> Stade</label></fieldset>'
               '<input type="submit" value="Envoyer" class="webform-button--submit"></form>', {"poll"}),
        page("/associations/forum", "Forum des associations et du bénévolat",
             m.prose("Samedi 13 septembre, halle des sports : rencontrez les associations de la ville.",
                     "Stands, démonstrations de danse et d'arts martiaux, inscriptions aux activités de l'année.")),
        page("/contact", "Contact", m.drupal_webform_contact(), CONTACT),
        *service_pages(name),
    ])
    return city("98109", name, 15060, "16", [with_decoys(www, {"/associations/forum": {"forum"}})])


def lezignan():
    """A small vendor site: a contact form and nothing participatory, only lookalikes (level 1)."""
    name = "Lézignan-des-Monts"
    www = Site("www.lezignan-des-monts.fr", "vendor", f"Mairie de {name}", menu=[
        ("Sécurité", "/securite"), ("Sorties", "/sorties"), ("Budget", "/budget"), ("Contact", "/contact")] + SERVICES,
        pages=[
        page("/", "Accueil", home(name, "Bienvenue dans notre village de 2 300 habitants.", SERVICES)
             + m.share_buttons("http%3A%2F%2Fwww.lezignan-des-monts.fr%2F"), decoys={"social_account"}),
        page("/securite", "Participation citoyenne : voisins vigilants",
             m.prose("La commune a adhéré au dispositif de participation citoyenne de la gendarmerie nationale.",
                     "Des habitants volontaires, désignés référents, relaient l'information auprès des forces de l'ordre "
                     "pour prévenir les cambriolages. Panneaux installés aux entrées du village.",
                     "Contact : brigade de gendarmerie, 17 ou 04 00 00 00 00.")),
        page("/sorties", "Idées de sorties",
             m.prose("Vos idées de sorties ce mois-ci : visite des grottes, concert à l'abbaye, vide-grenier du 15 août.",
                     "Vous avez une bonne idée de balade ? L'office de tourisme la publie dans son guide.")),
        page("/budget", "Budget communal",
             m.prose("Budget primitif 2025 : 1,9 million d'euros. Compte administratif 2024 approuvé le 10 avril.",
                     "Appel d'offres en cours : entretien des espaces verts (lot unique).")),
        page("/contact", "Contact", m.prose("Mairie ouverte le lundi, mercredi et vendredi matin.")
             + m.eservices_request("/contact"), CONTACT),
        *service_pages(name),
    ])
    return city("98116", name, 2310, "11", [with_decoys(www, {
        "/securite": {"participation_displayed"}, "/sorties": {"suggestion_call"},
        "/budget": {"participatory_budget", "suggestion_call"}})])


def cities():
    return [lanveoc(), orgerus(), villars(), sainte_colombe(), lezignan()]
