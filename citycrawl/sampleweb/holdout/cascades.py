"""Holdout part "cascades" (99241-99248): large cities and regional capitals of the east and south.

Eight fictional communes of 58,000 to 477,000 inhabitants in Alsace, Lorraine, Rhône-Alpes, Auvergne and
Occitanie, with the large municipal portals such cities run: mairies de quartier or de secteur, several
participation bodies, a participation brand of the city's own, participatory budgets over several editions,
a citizens' petition right with thresholds, surveys, calls for projects, comment sections and boards, a
neighbourhood social network, platforms and e-services. Their lookalikes are there too: the métropole's and
the conseil de développement's own schemes, the university's and the hospital's surveys, the CNDP, tenders
and calls for applications, a tourist office's photo contest, sports clubs' votes, national petition sites
named in the news, closed editions' results, administrative forms, newsletters and the police's
"participation citoyenne".

Communes and their software (layouts in ``cascades_markup``):
- 99241 Illkirchen-Ried (67, 284,600): Ametys portal; Decidim at participer.illkirchen-ried.fr
  (brand "Ried en commun"); Publik e-services at demarches.illkirchen-ried.fr.
- 99242 Montmoselle (57, 118,300): TYPO3 with powermail; Jenparle at montmoselle.jenparle.net.
- 99243 Valgrenière (38, 162,400): WordPress (Astra, Elementor) with Contact Form 7, Gravity Forms,
  WPForms, YOP Poll, wpDiscuz; Cap Collectif at valgreniere.cap-collectif.com; a neighbourhood network
  at voisins.valgreniere.fr.
- 99244 Castelmourel (31, 96,800): Joomla (Helix Ultimate) with com_contact, JComments, Kunena board;
  id-city at castelmourel.id-city.com.
- 99245 Clairmontet (63, 141,900): an agency's proprietary CMS; Fluicity at clairmontet.flui.city;
  a Discourse board at forum.clairmontet.fr.
- 99246 Lunelmont (34, 61,200): SPIP (Escal) with Formidable, native petitions and Disqus;
  Go Vocal at lunelmont.govocal.com.
- 99247 Saônerive (69, 476,500): a home-made portal (Nuxt) with mairies de secteur; CONSUL Democracy at
  decide.saonerive.fr.
- 99248 Thionvaux (54, 58,900): Drupal 10 (DSFR) with Webform, comments; Consultvox at
  thionvaux.consultvox.co; a neighbourhood network at quartiers.thionvaux.fr.

Labelling conventions (from the codebook alone):
- A page of a participation platform's host (Decidim, CONSUL, Cap Collectif, id-city, Fluicity, Jenparle,
  Go Vocal, Consultvox) holds ``participatory_platform`` (the site's feature), login pages included, since
  they are part of the dedicated platform; the login page is a decoy of ``contact_form``. A city page that
  only names or links to the platform is a decoy of ``participatory_platform``.
- Platform components: budgets = ``participatory_budget``; proposals/ideas/contributions =
  ``suggestion_call``; surveys and questionnaires = ``poll``; initiatives/petitions = ``petition``;
  comment forms under content = ``comments``.
- A city page that presents one of the city's own open schemes and says how to take part (the budget
  participatif of this year, the droit de pétition, the boîte à idées) holds that feature even when the
  voting or signing happens on the platform; a closed edition's results, another body's scheme (métropole,
  conseil de développement, university, hospital, CNDP), or a news item naming a scheme in passing is
  a decoy of it.
- ``participation_displayed`` is given to pages presenting the city's approach or its bodies (conseils
  de quartier, conseil de développement as set up by the city, CME, conseil des aînés, charter); the
  conseil municipal's agenda, the police's "participation citoyenne" and news mentions are decoys.
- Incident-report forms with a free-text description sent to the city are ``contact_form``; civil
  status, registration, job-application and newsletter forms are decoys of it.
- Pages of a neighbourhood social network's host hold ``territorial_social_network`` (its login page
  too), and a city page embedding the network's live feed holds it; a news item naming the network is a
  decoy.
"""
from ..site import City, Site, page, social
from . import cascades_markup as m

_OPEN = "en cours"


def _home(intro, quick, news_items, events, extra=""):
    return (m.p(intro) + m.tiles(quick) + extra + m.news(news_items) + m.agenda(events))


# =================================================================================================================
# 99241 Illkirchen-Ried — Ametys, Decidim, Publik


def illkirchen_ried() -> City:
    www_host, dec_host, pub_host = "www.illkirchen-ried.fr", "participer.illkirchen-ried.fr", "demarches.illkirchen-ried.fr"
    dec, pub = f"http://{dec_host}", f"http://{pub_host}"
    part = ("Participer", "/fr/participer")
    news_items = [
        ("/fr/actualites/ried-en-commun-bp-2025", "Budget participatif : 412 idées déposées", "12 mars 2025",
         "La phase de dépôt de la troisième édition est close, place à l'étude de faisabilité."),
        ("/fr/actualites/budget-metropolitain", "L'Eurométropole lance son propre budget participatif", "3 mars 2025",
         "Une enveloppe métropolitaine distincte de celle de la ville."),
        ("/fr/actualites/tram-nord-concertation", "Tram Nord : la concertation préalable s'ouvre", "24 février 2025",
         "Sous l'égide d'un garant de la CNDP."),
        ("/fr/actualites/balcons-fleuris", "Balcons fleuris : à vos jardinières", "18 février 2025",
         "Inscriptions ouvertes jusqu'au 30 avril."),
    ]
    events = [("15", "mars", "Conseil de quartier Neudorf-Ried", "Mairie de quartier"),
              ("22", "mars", "Atelier plan climat", "Maison des associations"),
              ("27", "mars", "Conseil municipal", "Hôtel de ville")]
    pages = [
        page("/", "Accueil", _home(
            "Bienvenue sur le portail de la Ville d'Illkirchen-Ried, capitale du Ried et deuxième ville d'Alsace.",
            [("/fr/demarches", "Mes démarches"), ("/fr/mairies-de-quartier", "Mairies de quartier"),
             ("/fr/participer", "Ried en commun"), ("/fr/contact", "Contacter la mairie"),
             ("/fr/emploi", "Offres d'emploi"), ("/fr/marches-publics", "Marchés publics"),
             ("/fr/culture/concours-photo-ried", "Concours photo"), ("/fr/newsletter", "Lettre d'information"),
             ("/fr/vie-associative/forum-des-associations", "Forum des associations"),
             ("/fr/securite/participation-citoyenne", "Tranquillité publique"),
             ("/fr/conseil-municipal", "Conseil municipal"), ("/fr/actualites", "Toutes les actualités")],
            news_items, events)),
        page("/fr/actualites", "Actualités", m.news(news_items + [
            ("/fr/actualites/enquete-chu", "Hôpitaux : une enquête sur l'accueil aux urgences", "10 février 2025",
             "Les hôpitaux universitaires interrogent leurs patients."),
            ("/fr/actualites/codev-consultation", "Le conseil de développement de l'Eurométropole consulte", "2 février 2025",
             "Une contribution sur les mobilités du bassin de vie.")], "Toutes les actualités")),
        page("/fr/demarches", "Mes démarches", m.p(
            "La plupart de vos démarches se font désormais en ligne, 24 heures sur 24, sur le portail des démarches "
            "de la Ville. Vous pouvez aussi vous présenter dans l'une des six mairies de quartier.")
             + m.links([(f"{pub}/", "Portail des démarches en ligne"), (f"{pub}/demande-acte-naissance/", "Acte de naissance"),
                        (f"{pub}/inscription-periscolaire/", "Inscription au périscolaire"),
                        (f"{pub}/signaler-un-probleme/", "Signaler un problème sur l'espace public")])),
        page("/fr/mairies-de-quartier", "Les mairies de quartier", m.p(
            "Six mairies de quartier vous accueillent pour l'état civil, les cartes d'identité, les inscriptions "
            "scolaires et l'information sur les projets du secteur.")
             + m.links([("/fr/mairies-de-quartier/neudorf-ried", "Mairie de quartier Neudorf-Ried")])),
        page("/fr/mairies-de-quartier/neudorf-ried", "Mairie de quartier Neudorf-Ried", m.p(
            "Adresse : 14 place du Marché-Neuf. Ouverte du lundi au vendredi de 8 h 30 à 12 h et de 13 h 30 à 17 h, "
            "le samedi matin sur rendez-vous.", "Le conseil de quartier Neudorf-Ried s'y réunit une fois par trimestre.")
             + m.links([("/fr/participer/conseils-de-quartier", "Les conseils de quartier")]),
             parent=("Mairies de quartier", "/fr/mairies-de-quartier")),
        page("/fr/participer", "Ried en commun : la participation citoyenne", m.p(
            "« Ried en commun » est la démarche de démocratie participative de la Ville. Elle réunit les dix conseils "
            "de quartier, le conseil des résidents étrangers, le conseil municipal des enfants, le conseil des aînés, "
            "le budget participatif et le droit d'interpellation citoyenne.",
            "Une charte de la participation, adoptée en conseil municipal, fixe les engagements de la Ville : "
            "informer en amont, rendre compte des avis reçus, expliquer les décisions.",
            f"Les démarches en ligne se déroulent sur la plateforme <a href=\"{dec}/\">participer.illkirchen-ried.fr</a>.")
             + m.links([("/fr/participer/conseils-de-quartier", "Conseils de quartier"),
                        ("/fr/participer/conseil-des-residents-etrangers", "Conseil des résidents étrangers"),
                        ("/fr/participer/conseil-municipal-des-enfants", "Conseil municipal des enfants"),
                        ("/fr/participer/budget-participatif", "Budget participatif"),
                        ("/fr/participer/droit-d-interpellation", "Droit d'interpellation"),
                        ("/fr/participer/budget-participatif/bilan-2022", "Bilan de l'édition 2022")]),
             {"participation_displayed"}, decoys={"participatory_platform"}),  # names and links the platform
        page("/fr/participer/conseils-de-quartier", "Les conseils de quartier", m.p(
            "Dix conseils de quartier, composés d'habitants volontaires, d'acteurs associatifs et de membres tirés au "
            "sort sur les listes électorales, donnent leur avis sur les projets du quartier et portent leurs propres "
            "initiatives.", "Chaque conseil dispose d'une enveloppe de fonctionnement et se réunit en séance publique "
            "au moins trois fois par an. Les comptes rendus sont publiés sur la plateforme de participation.",
            "Pour devenir membre, adressez-vous à votre mairie de quartier."),
             {"participation_displayed"}, parent=part),
        page("/fr/participer/conseil-des-residents-etrangers", "Le conseil des résidents étrangers", m.p(
            "Créé en 1998, le conseil des résidents étrangers permet aux habitants qui n'ont pas le droit de vote aux "
            "élections municipales de participer à la vie de la cité. Ses 45 membres travaillent en commissions "
            "(accès aux droits, culture, mémoire) et rendent des avis au conseil municipal."),
             {"participation_displayed"}, parent=part),
        page("/fr/participer/conseil-municipal-des-enfants", "Le conseil municipal des enfants", m.p(
            "Élus pour deux ans dans les écoles élémentaires, les 60 jeunes conseillers portent des projets sur "
            "l'environnement, la solidarité et les loisirs. Ils siègent en séance plénière deux fois par an dans la "
            "salle du conseil."), {"participation_displayed"}, parent=part),
        page("/fr/participer/budget-participatif", "Budget participatif 2025", m.p(
            "Pour sa troisième édition, le budget participatif est doté de 2 millions d'euros d'investissement. Tout "
            "habitant de plus de 11 ans peut déposer un projet, puis voter pour ses projets préférés.",
            "Calendrier : dépôt des idées jusqu'au 10 mars, étude de faisabilité au printemps, vote du 2 au 30 juin "
            "en ligne et dans les mairies de quartier, réalisation des projets lauréats en 2026.")
             + m.links([(f"{dec}/processes/bp-2025", "Voter et suivre les projets sur la plateforme"),
                        ("/fr/participer/budget-participatif/bilan-2022", "Ce qu'est devenue l'édition 2022")]),
             {"participatory_budget"}, parent=part),
        page("/fr/participer/budget-participatif/bilan-2022", "Budget participatif 2022 : le bilan", m.p(
            "La deuxième édition est terminée. 18 projets lauréats sur 240 déposés, 11 230 votants. Tous sont réalisés "
            "ou en travaux : jardins partagés du Rhin Tortu, boîtes à livres, abris vélos sécurisés, fresque du "
            "passage Kuhn.")
             + m.results_bars("Les cinq projets les plus votés en 2022", [("Jardins partagés du Rhin Tortu", 14, 1572),
                              ("Abris vélos sécurisés", 12, 1348), ("Fresque du passage Kuhn", 9, 1011)], 11230,
                              "vote clos le 30 juin 2022"),
             decoys={"participatory_budget", "poll"}, parent=part),  # a closed edition's results
        page("/fr/participer/droit-d-interpellation", "Le droit d'interpellation citoyenne", m.p(
            "Toute pétition déposée sur la plateforme de participation et signée par au moins 1 500 habitants de "
            "16 ans et plus est inscrite à l'ordre du jour du conseil municipal. En dessous de ce seuil, à partir de "
            "300 signatures, elle reçoit une réponse écrite du maire.",
            f"<a href=\"{dec}/initiatives\">Déposer ou signer une pétition</a>."),
             {"petition", "participation_displayed"}, parent=part),  # the city's own open petition right, signed on its platform
        page("/fr/actualites/ried-en-commun-bp-2025", "Budget participatif : 412 idées déposées", m.p(
            "La phase de dépôt de la troisième édition du budget participatif s'est achevée le 10 mars avec 412 idées, "
            "un record. Les services étudient maintenant leur faisabilité ; les porteurs seront contactés en avril.",
            "Le vote aura lieu du 2 au 30 juin.") + m.share(f"http://{www_host}/fr/actualites/ried-en-commun-bp-2025"),
             {"participatory_budget"}, parent=("Actualités", "/fr/actualites")),  # the city's own open edition
        page("/fr/actualites/budget-metropolitain", "L'Eurométropole lance son propre budget participatif", m.p(
            "L'Eurométropole consacre cette année 1 million d'euros à des projets d'échelle métropolitaine proposés par "
            "les habitants des 33 communes. Ce dispositif, piloté par la collectivité métropolitaine sur son propre "
            "site, est distinct du budget participatif de la Ville.",
            "Renseignements : services de l'Eurométropole."),
             decoys={"participatory_budget"}, parent=("Actualités", "/fr/actualites")),  # another body's scheme
        page("/fr/actualites/tram-nord-concertation", "Tram Nord : la concertation préalable s'ouvre", m.p(
            "Le projet d'extension du tramway vers le nord fait l'objet d'une concertation préalable organisée par "
            "l'Eurométropole, maître d'ouvrage, sous l'égide de deux garants désignés par la Commission nationale du "
            "débat public (CNDP). Réunions publiques, registre et questionnaire sont sur le site du projet.",
            "La Ville donnera son avis en conseil municipal à l'issue de la concertation."),
             decoys={"poll", "participation_displayed"}, parent=("Actualités", "/fr/actualites")),
        page("/fr/actualites/balcons-fleuris", "Balcons fleuris : à vos jardinières", m.p(
            "Le concours des balcons et façades fleuris revient. Inscription gratuite jusqu'au 30 avril ; le jury "
            "passera en juillet.", "Vous avez des astuces de jardinage à partager ? Laissez-les en commentaire.")
             + '<div class="ametys-comments"><h2>Commentaires</h2><div class="comment"><p class="comment__auteur">Odile W.</p>'
             '<p>Les géraniums lierres tiennent tout l\'été plein sud, à condition de pailler.</p></div>'
             '<form class="ametys-comments__form" action="/plugins/web/comments/add.html" method="post">'
             '<label for="comment-name">Nom</label><input id="comment-name" name="name" type="text">'
             '<label for="comment-email">Courriel (non publié)</label><input id="comment-email" name="email" type="email">'
             '<label for="comment-text">Votre commentaire</label><textarea id="comment-text" name="text" rows="5"></textarea>'
             '<input type="hidden" name="content-id" value="article://balcons-2025"><button type="submit">Publier</button></form></div>',
             {"comments"}, parent=("Actualités", "/fr/actualites")),
        page("/fr/actualites/enquete-chu", "Hôpitaux : une enquête sur l'accueil aux urgences", m.p(
            "Les hôpitaux universitaires mènent une enquête de satisfaction auprès des patients passés par les "
            "urgences. Le questionnaire est envoyé par courriel par l'établissement ; la Ville relaie l'information.",
            "Pour toute question : service des relations avec les usagers de l'hôpital."),
             decoys={"poll"}, parent=("Actualités", "/fr/actualites")),
        page("/fr/actualites/codev-consultation", "Le conseil de développement de l'Eurométropole consulte", m.p(
            "Le conseil de développement de l'Eurométropole, instance consultative de la métropole, recueille les "
            "contributions des habitants sur les mobilités du bassin de vie, sur sa propre plateforme, jusqu'au 31 mars.",
            "Ses avis sont remis au président de l'Eurométropole."),
             decoys={"suggestion_call", "poll"}, parent=("Actualités", "/fr/actualites")),
        page("/fr/conseil-municipal", "Le conseil municipal", m.p(
            "Le conseil municipal compte 65 élus. Il se réunit environ huit fois par an en séance publique, "
            "retransmise en direct. Prochaine séance : jeudi 27 mars à 18 h.",
            "Ordre du jour : budget primitif 2025, tarifs des équipements, subventions aux associations."),
             decoys={"participation_displayed"}),
        page("/fr/contact", "Contacter la mairie", m.p(
            "Une question, une remarque ? Écrivez-nous, le service concerné vous répondra sous 10 jours ouvrés.")
             + m.ametys_contact("/fr/contact.html", ["Question générale", "État civil", "Urbanisme", "Propreté"]),
             {"contact_form"}),
        page("/fr/newsletter", "Lettre d'information", m.p(
            "Recevez chaque mois l'essentiel de l'actualité municipale.")
             + '<form class="form-newsletter" action="/plugins/newsletter/subscribe.html" method="post"><label for="nl-email">Votre courriel</label>'
               '<input id="nl-email" type="email" name="email" required><label><input type="checkbox" name="cat" value="culture"> Culture</label>'
               '<label><input type="checkbox" name="cat" value="quartiers"> Mon quartier</label><button type="submit">S\'abonner</button></form>',
             decoys={"contact_form"}),
        page("/fr/emploi", "Offres d'emploi", m.p(
            "La Ville recrute : agents d'entretien, animateurs périscolaires, une cheffe de projet démocratie "
            "participative (catégorie A).") + m.links([("/fr/emploi/candidature", "Déposer une candidature")])),
        page("/fr/emploi/candidature", "Déposer une candidature", m.p(
            "Appel à candidatures : joignez votre CV et une lettre de motivation.")
             + m.ametys_contact("/fr/emploi/candidature.html", ["Candidature spontanée", "Réponse à une offre"]).replace(
                 "Votre message", "Lettre de motivation"),
             decoys={"contact_form", "suggestion_call"}, parent=("Offres d'emploi", "/fr/emploi")),
        page("/fr/marches-publics", "Marchés publics", m.p(
            "Les avis d'appel public à la concurrence de la Ville sont publiés sur la plateforme des marchés publics "
            "d'Alsace. Appels d'offres en cours : entretien des espaces verts (lot 3), restauration scolaire.",
            "Appel à projets associatifs « Été dans les quartiers » : dossiers à déposer avant le 15 avril."),
             decoys={"suggestion_call"}),
        page("/fr/culture/concours-photo-ried", "Concours photo « Le Ried en quatre saisons »", m.p(
            "L'office de tourisme organise son concours photo. Les vingt clichés finalistes sont soumis au vote du "
            "public sur la page Instagram de l'office de tourisme jusqu'au 15 mai ; le lauréat gagne un week-end.",
            '<a href="https://www.instagram.com/tourisme_ried/">Voir les photos finalistes</a>'),
             decoys={"poll"}),
        page("/fr/vie-associative/forum-des-associations", "Forum des associations", m.p(
            "Le forum des associations réunit 300 associations au parc de la Citadelle le dimanche 7 septembre.",
            "Sport, culture, solidarité, environnement : venez rencontrer les bénévoles."), decoys={"forum"}),
        page("/fr/securite/participation-citoyenne", "Participation citoyenne et voisins vigilants", m.p(
            "Le dispositif « participation citoyenne », piloté par la police nationale et la préfecture, associe des "
            "habitants référents à la prévention de la délinquance dans leur rue. Un protocole a été signé avec la "
            "Ville en 2021.", "Pour devenir référent, contactez le commissariat."),
             decoys={"participation_displayed"}),
    ]
    www = Site(www_host, "cascades_ametys", "Ville d'Illkirchen-Ried", pages,
               menu=[("Ma ville", "/fr/mairies-de-quartier"), ("Démarches", "/fr/demarches"), ("Participer", "/fr/participer"),
                     ("Actualités", "/fr/actualites"), ("Contact", "/fr/contact")],
               accounts=[social("facebook", "VilleIllkirchenRied"), social("x", "IllkRied", "https://twitter.com/IllkRied"),
                         social("instagram", "illkirchen_ried"), social("linkedin", "ville-d-illkirchen-ried"),
                         social("youtube", "IllkirchenRiedTV", "https://www.youtube.com/@IllkirchenRiedTV/videos")],
               address="Hôtel de ville, 1 place de l'Hôtel-de-Ville, 67300 Illkirchen-Ried")

    proc = ("Budget participatif 2025", "/processes/bp-2025")
    climat = ("Plan climat", "/processes/plan-climat")
    dpages = [
        page("/", "Ried en commun", m.p("Bienvenue sur la plateforme de participation citoyenne de la Ville "
             "d'Illkirchen-Ried. Proposez, débattez, votez, signez.")
             + m.decidim_cards([("/processes/bp-2025", "Budget participatif 2025", "Phase : vote", "2 M€ pour vos projets."),
                                ("/processes/plan-climat", "Plan climat : vos idées", "Phase : propositions", "Comment adapter nos quartiers aux canicules ?"),
                                ("/initiatives", "Pétitions citoyennes", "Ouvert", "Interpellez le conseil municipal."),
                                ("/assemblies/conseils-de-quartier", "Conseils de quartier", "Instance", "Comptes rendus et séances."),
                                ("/processes/bp-2023", "Budget participatif 2023", "Terminé", "Les projets lauréats.")], "process")),
        page("/processes", "Processus", m.decidim_cards([
            ("/processes/bp-2025", "Budget participatif 2025", "En cours", "Vote du 2 au 30 juin."),
            ("/processes/plan-climat", "Plan climat", "En cours", "Propositions et questionnaire."),
            ("/processes/nom-ecole", "Le nom de la nouvelle école", "Terminé", "Résultats de la consultation."),
            ("/processes/bp-2023", "Budget participatif 2023", "Terminé", "Projets lauréats.")], "process")),
        page("/processes/bp-2025", "Budget participatif 2025", m.p(
            "Troisième édition. Étape actuelle : vote (2 - 30 juin). Chaque habitant dispose d'un panier de 400 000 € "
            "à répartir entre les projets de son quartier et les projets « toute la ville ».")
             + m.links([("/processes/bp-2025/f/12/projects", "Voter pour les projets"),
                        ("/processes/bp-2025/f/11/proposals", "Les idées déposées")]),
             {"participatory_budget"}, parent=("Processus", "/processes")),
        page("/processes/bp-2025/f/12/projects", "Projets soumis au vote", m.decidim_budget(
            "Quartier Neudorf-Ried", "400 000", [("/processes/bp-2025/f/12/projects/41", "Îlot de fraîcheur rue de Lausanne", "180 000"),
                                                 ("/processes/bp-2025/f/12/projects", "Piste de BMX au parc du Heyritz", "95 000"),
                                                 ("/processes/bp-2025/f/12/projects", "Bancs et fontaines place du Schluthfeld", "60 000")]),
             {"participatory_budget"}, parent=proc),
        page("/processes/bp-2025/f/12/projects/41", "Îlot de fraîcheur rue de Lausanne", m.p(
            "Désimperméabiliser la placette, planter douze arbres et installer des brumisateurs. Coût estimé : 180 000 €. "
            "Porté par l'association des parents de l'école du Ried.")
             + m.decidim_comments(41, "Budgets::Project", [("Yann K.", "3 juin", "Enfin de l'ombre pour la sortie d'école !"),
                                                           ("Mireille", "4 juin", "Pensez aux arceaux vélos autour.")]),
             {"participatory_budget", "comments"}, parent=proc),
        page("/processes/bp-2025/f/11/proposals", "Idées déposées", m.p(
            "Le dépôt est clos depuis le 10 mars. Les 412 idées sont en cours d'étude.")
             + m.decidim_cards([("/processes/bp-2025/f/12/projects/41", "Îlot de fraîcheur rue de Lausanne", "Recevable", "Désimperméabiliser la placette."),
                                ("/processes/bp-2025/f/12/projects", "Piste de BMX", "Recevable", "Pour les ados du quartier.")]),
             {"participatory_budget"}, decoys={"suggestion_call"}, parent=proc),  # the call is closed; projects listed
        page("/processes/plan-climat", "Plan climat : vos idées", m.p(
            "La Ville révise son plan climat. Jusqu'au 30 avril, proposez vos idées pour adapter la ville à la chaleur "
            "et répondez au questionnaire sur vos usages.")
             + m.links([("/processes/plan-climat/f/20/proposals", "Propositions"), ("/processes/plan-climat/f/21/", "Questionnaire")]),
             {"suggestion_call"}, parent=("Processus", "/processes")),
        page("/processes/plan-climat/f/20/proposals", "Propositions", m.p("Déposez une proposition : titre, description, "
             "quartier concerné. Les propositions les plus soutenues seront étudiées par le comité de suivi.")
             + '<a class="button button__sm button__secondary" href="/processes/plan-climat/f/20/proposals/new">Nouvelle proposition</a>'
             + m.decidim_cards([("/processes/plan-climat/f/20/proposals/88", "Ouvrir les cours d'école l'été", "34 soutiens", "Des îlots de fraîcheur accessibles."),
                                ("/processes/plan-climat/f/20/proposals/new", "Végétaliser les arrêts de tram", "21 soutiens", "Des toitures végétales.")]),
             {"suggestion_call"}, parent=climat),
        page("/processes/plan-climat/f/20/proposals/88", "Ouvrir les cours d'école l'été", m.p(
            "Ouvrir en juillet et août les cours d'école rénovées en « cours oasis » aux familles du quartier, "
            "avec une surveillance assurée par les animateurs.")
             + '<button class="button button__sm button__secondary" id="vote_button">Soutenir</button>'
             + m.decidim_comments(88, "Proposals::Proposal", [("Léon", "2 avril", "Bonne idée, à condition d'assurer le nettoyage."),
                                                              ("Association Ried Nature", "3 avril", "Nous pouvons animer des ateliers.")]),
             {"suggestion_call", "comments"}, parent=climat),
        page("/processes/plan-climat/f/20/proposals/new", "Nouvelle proposition", m.p(
            "Décrivez votre idée en quelques lignes ; elle sera publiée après vérification de la charte.")
             + '<form class="form new_proposal proposal_form_admin" id="new_proposal" action="/processes/plan-climat/f/20/proposals" method="post">'
               '<label for="proposal_title">Titre</label><input type="text" name="proposal[title]" id="proposal_title" maxlength="150">'
               '<label for="proposal_body">Proposition</label><textarea name="proposal[body]" id="proposal_body" rows="8"></textarea>'
               '<label for="proposal_scope_id">Quartier</label><select name="proposal[scope_id]" id="proposal_scope_id"><option>Toute la ville</option><option>Neudorf-Ried</option></select>'
               '<button type="submit" class="button button__sm button__secondary">Continuer</button></form>',
             {"suggestion_call"}, parent=climat),
        page("/processes/plan-climat/f/21/", "Questionnaire : la chaleur en ville", m.p(
            "Dix minutes pour nous dire comment vous vivez les épisodes de forte chaleur.")
             + m.decidim_survey(21, [("Votre logement est-il trop chaud l'été ?", ["Souvent", "Parfois", "Jamais"]),
                                     ("Quels lieux frais fréquentez-vous ?", ["Parcs", "Bibliothèques", "Bords de l'Ill", "Aucun"]),
                                     ("Vos suggestions", None)]),
             {"poll"}, parent=climat),
        page("/processes/nom-ecole", "Le nom de la nouvelle école", m.p(
            "La consultation est terminée. 3 870 participants ont choisi le nom du groupe scolaire du Port-du-Rhin.")
             + m.results_bars("Quel nom pour la nouvelle école ?", [("Simone-Veil", 46, 1780), ("Les Deux-Rives", 38, 1471),
                                                                     ("Albert-Schweitzer", 16, 619)], 3870, "consultation close"),
             decoys={"poll"}, parent=("Processus", "/processes")),
        page("/processes/bp-2023", "Budget participatif 2023", m.p(
            "Édition terminée : 22 projets lauréats, 14 500 votants. Suivez l'avancement des réalisations.")
             + m.ul(["Jardins partagés du Rhin Tortu — réalisé", "Boîtes à livres — réalisé", "Skatepark du Neuhof — en travaux"]),
             decoys={"participatory_budget"}, parent=("Processus", "/processes")),
        page("/initiatives", "Pétitions citoyennes", m.p(
            "Droit d'interpellation : 1 500 signatures pour inscrire votre pétition à l'ordre du jour du conseil municipal.")
             + '<a class="button button__sm button__secondary" href="/create_initiative/select_initiative_type">Lancer une pétition</a>'
             + m.decidim_cards([("/initiatives/i-7", "Une piscine ouverte le dimanche après-midi", "1 024 signatures", "Ouverte jusqu'au 30 mai."),
                                ("/initiatives/i-5", "Zone 30 dans tout le quartier gare", "Réponse du conseil", "Débattue le 12 décembre.")], "initiative"),
             {"petition"}),
        page("/create_initiative/select_initiative_type", "Lancer une pétition", m.p(
            "Choisissez le type de pétition : interpellation du conseil municipal (1 500 signatures) ou pétition de "
            "quartier (300 signatures, réponse écrite du maire). Vous aurez besoin d'un comité de cinq habitants.")
             + '<form class="form" action="/create_initiative/fill_data" method="post"><label for="initiative_title">Titre de la pétition</label>'
               '<input type="text" id="initiative_title" name="initiative[title]"><label for="initiative_description">Ce que vous demandez</label>'
               '<textarea id="initiative_description" name="initiative[description]" rows="6"></textarea>'
               '<label><input type="radio" name="initiative[type_id]" value="1"> Interpellation du conseil municipal</label>'
               '<label><input type="radio" name="initiative[type_id]" value="2"> Pétition de quartier</label>'
               '<button type="submit" class="button button__sm button__secondary">Continuer</button></form>',
             {"petition"}, parent=("Pétitions citoyennes", "/initiatives")),
        page("/initiatives/i-7", "Une piscine ouverte le dimanche après-midi", m.p(
            "Nous demandons l'ouverture de la piscine du Wacken le dimanche après-midi toute l'année.")
             + m.decidim_initiative("Une piscine ouverte le dimanche après-midi", 1024, 1500, 41),
             {"petition"}, parent=("Pétitions citoyennes", "/initiatives")),
        page("/initiatives/i-5", "Zone 30 dans tout le quartier gare", m.p(
            "Pétition close : 1 612 signatures. Débattue en conseil municipal le 12 décembre ; la zone 30 sera "
            "généralisée au quartier en 2025."),
             decoys={"petition"}, parent=("Pétitions citoyennes", "/initiatives")),
        page("/assemblies/conseils-de-quartier", "Conseils de quartier", m.p(
            "Les dix conseils de quartier publient ici leurs ordres du jour, comptes rendus et avis.",
            "Prochaine séance publique : Neudorf-Ried, 15 mars, 19 h, mairie de quartier."),
             {"participation_displayed"}),
    ]
    dsite = Site(dec_host, "decidim", "Ried en commun", dpages,
                 menu=[("Accueil", "/"), ("Processus", "/processes"), ("Pétitions", "/initiatives"),
                       ("Conseils de quartier", "/assemblies/conseils-de-quartier")],
                 features=frozenset({"participatory_platform"}), platforms=frozenset({"decidim"}))

    ppages = [
        page("/", "Mes démarches en ligne", m.p("Effectuez vos démarches auprès de la Ville d'Illkirchen-Ried.")
             + m.links([("/contacter-la-mairie/", "Contacter la mairie"), ("/signaler-un-probleme/", "Signaler un problème"),
                        ("/demande-acte-naissance/", "Demander un acte de naissance"),
                        ("/inscription-periscolaire/", "Inscription au périscolaire")])),
        page("/contacter-la-mairie/", "Contacter la mairie", m.publik_form(
            "contacter-la-mairie", "Votre demande", [("text", "Nom"), ("email", "Courriel"), ("select", "Thème"),
                                                      ("textarea", "Votre message")]), {"contact_form"}),
        # free-text report to the city's services: a message to the city
        page("/signaler-un-probleme/", "Signaler un problème sur l'espace public", m.publik_form(
            "signaler-un-probleme", "Votre signalement", [("text", "Adresse ou lieu"), ("select", "Nature du problème"),
                                                           ("textarea", "Description"), ("email", "Courriel")]),
             {"contact_form"}),
        page("/demande-acte-naissance/", "Demande d'acte de naissance", m.publik_form(
            "demande-acte-naissance", "Acte demandé", [("text", "Nom de naissance"), ("text", "Prénoms"),
                                                       ("text", "Date de naissance"), ("email", "Courriel")]),
             decoys={"contact_form"}),
        page("/inscription-periscolaire/", "Inscription au périscolaire", m.publik_form(
            "inscription-periscolaire", "L'enfant", [("text", "Nom de l'enfant"), ("text", "École"),
                                                     ("select", "Jours de fréquentation"), ("email", "Courriel du responsable")]),
             decoys={"contact_form"}),
    ]
    psite = Site(pub_host, "publik", "Démarches — Illkirchen-Ried", ppages,
                 menu=[("Accueil", "/"), ("Contacter la mairie", "/contacter-la-mairie/"), ("Site de la Ville", f"http://{www_host}/")],
                 address="Ville d'Illkirchen-Ried")
    return City("99241", "Illkirchen-Ried", 284600, "67", "44", "Grand Est", f"http://{www_host}/",
                [www, dsite, psite], decoy_accounts=("https://www.instagram.com/tourisme_ried",))


# =================================================================================================================
# 99242 Montmoselle — TYPO3 (powermail), Jenparle


def montmoselle() -> City:
    www_host, jp_host = "www.montmoselle.fr", "montmoselle.jenparle.net"
    jp = f"http://{jp_host}"
    part = ("Montmoselle Ensemble", "/participation")
    news_items = [
        ("/actualites/fete-des-quartiers", "La fête des quartiers revient le 14 juin", "2 juin 2025", "Concerts, jeux, repas partagé."),
        ("/actualites/conseil-municipal-juin", "Conseil municipal du 26 juin", "30 mai 2025", "L'ordre du jour est en ligne."),
        ("/actualites/petition-ligne-ter", "Ligne TER Metz-Sarreguemines : la Ville mobilisée", "22 mai 2025", "Motion et soutien des élus."),
        ("/actualites/enquete-universite", "L'université interroge les étudiants sur leur logement", "15 mai 2025", "Une enquête de l'observatoire de la vie étudiante."),
    ]
    pages = [
        page("/", "Accueil", _home(
            "Montmoselle, ville de la Moselle, au cœur du Sillon lorrain.",
            [("/participation", "Montmoselle Ensemble"), ("/participation/boite-a-idees", "Boîte à idées"),
             ("/participation/budget-participatif", "Budget participatif"), ("/contact", "Nous écrire"),
             ("/demarches/demande-logement", "Demande de logement"), ("/sport/trophees-sportifs", "Trophées sportifs"),
             ("/actualites/forum-emploi", "Forum de l'emploi"), ("/participation/comites-de-quartier", "Comités de quartier")],
            news_items, [("14", "juin", "Fête des quartiers", "Parc de la Seille"),
                         ("19", "juin", "Comité de quartier Borny-Est", "Salle Braun"),
                         ("26", "juin", "Conseil municipal", "Hôtel de ville")])),
        page("/participation", "Montmoselle Ensemble", m.p(
            "« Montmoselle Ensemble » rassemble toutes les façons de participer à la vie de la ville : douze comités "
            "de quartier, le conseil des aînés, le conseil de développement, la boîte à idées, le budget participatif "
            "et les concertations sur les grands projets.",
            "Les concertations en ligne ont lieu sur la plateforme Jenparle de la Ville.")
             + m.links([("/participation/comites-de-quartier", "Comités de quartier"), ("/participation/conseil-des-aines", "Conseil des aînés"),
                        ("/participation/conseil-de-developpement", "Conseil de développement"),
                        ("/participation/boite-a-idees", "Boîte à idées"), ("/participation/budget-participatif", "Budget participatif"),
                        (f"{jp}/", "La plateforme de concertation")]),
             {"participation_displayed"}, decoys={"participatory_platform"}),
        page("/participation/comites-de-quartier", "Les comités de quartier", m.p(
            "Douze comités de quartier réunissent habitants, associations et commerçants autour d'un élu référent. "
            "Ils sont consultés sur les aménagements et organisent des diagnostics en marchant.",
            "Chaque comité est ouvert à tout habitant majeur du quartier : inscription auprès de la mairie annexe."),
             {"participation_displayed"}, parent=part),
        page("/participation/conseil-des-aines", "Le conseil des aînés", m.p(
            "Trente retraités de la ville, désignés pour trois ans, travaillent sur la mobilité, le lien "
            "intergénérationnel et l'accessibilité. Ils rendent un rapport annuel au maire."),
             {"participation_displayed"}, parent=part),
        page("/participation/conseil-de-developpement", "Le conseil de développement", m.p(
            "Instance créée par la Ville, le conseil de développement rassemble 60 membres de la société civile. "
            "Il est saisi par le maire sur les grands projets et peut s'autosaisir. Ses avis sont publiés ici."),
             {"participation_displayed"}, parent=part),
        # free-text form sent to the city: both a call for ideas and a message to the city
        page("/participation/boite-a-idees", "Boîte à idées", m.p(
            "Vous avez une idée pour améliorer la vie à Montmoselle ? Proposez-la : chaque idée reçoit une réponse "
            "et les plus prometteuses sont présentées aux comités de quartier.")
             + m.powermail(12, [("input", "nom", "Nom"), ("email", "courriel", "Courriel"),
                                ("radio", "theme", ("Thème", ["Cadre de vie", "Mobilités", "Culture et loisirs", "Solidarité"])),
                                ("textarea", "idee", "Votre idée")], "Envoyer mon idée"),
             {"suggestion_call", "contact_form"}, parent=part),
        page("/participation/budget-participatif", "Budget participatif : 3e édition", m.p(
            "Après 2021 et 2023, la troisième édition du budget participatif est dotée de 800 000 €. Dépôt des projets "
            "jusqu'au 15 septembre, vote en novembre.",
            f"<a href=\"{jp}/budget-participatif\">Déposer un projet sur la plateforme</a>"),
             {"participatory_budget"}, parent=part),
        page("/actualites/fete-des-quartiers", "La fête des quartiers revient le 14 juin", m.p(
            "Concerts, jeux en bois, repas partagé : les comités de quartier préparent la 10e fête des quartiers au parc "
            "de la Seille.", "Vos souvenirs des éditions précédentes ? Partagez-les ci-dessous.")
             + '<div class="tx-pwcomments"><h3>2 commentaires</h3><div class="comment" id="comment-311"><p class="author">Hélène</p>'
               '<p>Le bal de 2019 reste mon meilleur souvenir !</p></div><div class="comment" id="comment-312"><p class="author">Karim</p>'
               '<p>Vivement la tombola.</p></div><form action="/actualites/fete-des-quartiers?tx_pwcomments_pi1%5Baction%5D=create" method="post" class="pwcomments-form">'
               '<label for="pw-name">Nom</label><input id="pw-name" type="text" name="tx_pwcomments_pi1[newComment][authorName]">'
               '<label for="pw-mail">E-mail</label><input id="pw-mail" type="email" name="tx_pwcomments_pi1[newComment][authorMail]">'
               '<label for="pw-message">Commentaire</label><textarea id="pw-message" name="tx_pwcomments_pi1[newComment][message]" rows="5"></textarea>'
               '<input type="submit" value="Commenter"></form></div>',
             {"comments"}),
        page("/actualites/conseil-municipal-juin", "Conseil municipal du 26 juin", m.p(
            "Ordre du jour : compte administratif 2024, décision modificative n° 1, dénomination de voies, rapport "
            "annuel du délégataire du réseau de chaleur. Séance publique retransmise en direct."),
             decoys={"participation_displayed", "participatory_budget"}),
        page("/actualites/petition-ligne-ter", "Ligne TER Metz-Sarreguemines : la Ville mobilisée", m.p(
            "Le conseil municipal a adopté une motion pour le maintien des dessertes. Une pétition nationale d'usagers "
            "circule sur <a href=\"https://www.change.org/p/sauvons-nos-trains-lorrains\">change.org</a> ; la Ville n'en "
            "est pas l'organisatrice."), decoys={"petition"}),
        page("/actualites/enquete-universite", "L'université interroge les étudiants sur leur logement", m.p(
            "L'observatoire de la vie étudiante de l'université lance son enquête annuelle sur le logement des "
            "étudiants. Le questionnaire est adressé aux étudiants inscrits par leur messagerie universitaire."),
             decoys={"poll"}),
        page("/actualites/forum-emploi", "Forum de l'emploi et de l'alternance", m.p(
            "Le forum de l'emploi accueille 80 entreprises au centre des congrès le 3 juillet. Apportez votre CV."),
             decoys={"forum"}),
        page("/contact", "Contact", m.p("Hôtel de ville : 1 place d'Armes. Accueil du lundi au vendredi.")
             + m.powermail(3, [("input", "nom", "Nom et prénom"), ("email", "email", "Adresse électronique"),
                               ("input", "objet", "Objet"), ("textarea", "message", "Message")]),
             {"contact_form"}),
        page("/demarches/demande-logement", "Demande de logement social", m.p(
            "Le service habitat vous aide à constituer votre demande de logement social ; l'enregistrement se fait "
            "sur le portail national. Prenez rendez-vous :")
             + m.powermail(7, [("input", "nom", "Nom"), ("input", "telephone", "Téléphone"),
                               ("radio", "composition", ("Composition du foyer", ["1 personne", "2 personnes", "3 ou plus"]))],
                           "Demander un rendez-vous"),
             decoys={"contact_form"}),
        page("/sport/trophees-sportifs", "Trophées des sports 2025", m.p(
            "Les clubs sportifs de la ville ont désigné leurs nommés ; le jury de l'office municipal des sports et les "
            "présidents de clubs votent pour élire le sportif, l'équipe et le bénévole de l'année. Remise des "
            "trophées le 20 juin."), decoys={"poll"}),
    ]
    www = Site(www_host, "cascades_t3sitepackage", "Ville de Montmoselle", pages,
               menu=[("Participer", "/participation"), ("Démarches", "/demarches/demande-logement"),
                     ("Contact", "/contact")],
               accounts=[social("facebook", "MontmoselleVille"), social("instagram", "montmoselle"),
                         social("mastodon", "montmoselle@mastodon.social"), social("linkedin", "ville-de-montmoselle")],
               address="1 place d'Armes, 57000 Montmoselle")
    bp = ("Budget participatif", "/budget-participatif")
    jpages = [
        page("/", "Montmoselle Ensemble — concertations", m.p("La plateforme de concertation de la Ville de Montmoselle.")
             + m.jp_cards([("/concertations", "open", _OPEN, "Concertations", "Les projets soumis à votre avis."),
                           ("/questionnaire/mobilites", "open", _OPEN, "Questionnaire mobilités", "Vos trajets du quotidien."),
                           ("/boite-a-idees", "open", _OPEN, "Boîte à idées", "Proposez, commentez."),
                           ("/budget-participatif", "open", _OPEN, "Budget participatif", "3e édition."),
                           ("/petitions", "open", _OPEN, "Pétitions", "Interpellez le conseil municipal.")])),
        page("/concertations", "Concertations", m.jp_cards([
            ("/concertation/place-saint-louis", "open", _OPEN, "Réaménagement de la place Saint-Louis", "Trois scénarios à commenter."),
            ("/concertation/nom-passerelle", "closed", "Terminée", "Le nom de la passerelle", "Résultats du vote.")])),
        page("/concertation/place-saint-louis", "Réaménagement de la place Saint-Louis", m.p(
            "Trois scénarios d'aménagement sont soumis à la concertation jusqu'au 30 septembre. Donnez votre avis.")
             + m.jp_comments([("Paul M.", "12 juin", "Le scénario B garde les terrasses, c'est essentiel."),
                              ("Nadia", "13 juin", "Et le stationnement vélo ?")]),
             {"comments"}, parent=("Concertations", "/concertations")),
        page("/concertation/nom-passerelle", "Le nom de la passerelle", m.p("Vote clos le 31 mars.")
             + m.results_bars("Quel nom pour la passerelle ?", [("Passerelle des Lumières", 52, 1406), ("Passerelle Robert-Schuman", 48, 1298)],
                              2704, "résultats définitifs"),
             decoys={"poll"}, parent=("Concertations", "/concertations")),
        page("/questionnaire/mobilites", "Questionnaire : vos mobilités", m.jp_questionnaire(5, [
            ("Comment venez-vous au centre-ville ?", ["Voiture", "Bus Mettis", "Vélo", "À pied"]),
            ("Le stationnement est-il un problème pour vous ?", ["Oui", "Non"])], "Répondez avant le 15 juillet."),
             {"poll"}),
        page("/boite-a-idees", "Boîte à idées", m.p("Déposez vos idées, soutenez et commentez celles des autres.")
             + m.jp_idea_box("/boite-a-idees/deposer") + m.jp_cards([("/boite-a-idees", "open", "12 soutiens", "Des fontaines à eau dans les parcs", "Idée de Jeanne.")]),
             {"suggestion_call"}),
        page("/budget-participatif", "Budget participatif", m.p(
            "800 000 € pour vos projets. Déposez le vôtre avant le 15 septembre : il doit relever de l'investissement "
            "et de l'intérêt général.")
             + m.links([("/budget-participatif/projets", "Les projets déposés"), ("/budget-participatif/edition-2023", "Édition 2023 : résultats")])
             + m.jp_idea_box("/budget-participatif/deposer"),
             {"participatory_budget", "suggestion_call"}),  # open deposit of projects: a budget and a call for projects
        page("/budget-participatif/projets", "Les projets déposés", m.jp_cards([
            ("/budget-participatif/projets", "open", "En étude", "Jardin partagé de la Patrotte", "45 000 €"),
            ("/budget-participatif/projets", "open", "En étude", "Éclairage du city-stade de Borny", "30 000 €")]),
             {"participatory_budget"}, parent=bp),
        page("/budget-participatif/edition-2023", "Édition 2023 : résultats", m.p(
            "La 2e édition est close : 14 projets lauréats, 6 800 votants. Réalisation en cours.")
             + m.ul(["Aire de jeux inclusive du Sablon — réalisée", "Fresques des passages souterrains — réalisées"]),
             decoys={"participatory_budget"}, parent=bp),
        page("/petitions", "Pétitions citoyennes", m.p(
            "Une pétition signée par 2 000 habitants est examinée en conseil municipal. Créez la vôtre ou signez.")
             + '<div class="jp-petition"><h3>Rouvrir les bains-douches de la Patrotte</h3><p class="jp-petition__count">842 / 2 000 signatures</p>'
               '<form method="post" action="/petitions/14/signer"><label for="sig-nom">Nom</label><input id="sig-nom" name="signature[nom]">'
               '<label for="sig-mail">Courriel</label><input id="sig-mail" type="email" name="signature[email]"><button type="submit" class="jp-btn">Signer</button></form></div>',
             {"petition"}),
    ]
    jsite = Site(jp_host, "cascades_jenparle", "Montmoselle Ensemble", jpages,
                 menu=[("Accueil", "/"), ("Concertations", "/concertations"), ("Boîte à idées", "/boite-a-idees"),
                       ("Budget participatif", "/budget-participatif"), ("Pétitions", "/petitions"),
                       ("Questionnaire", "/questionnaire/mobilites")],
                 features=frozenset({"participatory_platform"}), platforms=frozenset({"jenparle"}))
    return City("99242", "Montmoselle", 118300, "57", "44", "Grand Est", f"http://{www_host}/", [www, jsite])


# =================================================================================================================
# 99243 Valgrenière — WordPress (Astra), Cap Collectif, neighbourhood network


def valgreniere() -> City:
    www_host, cap_host, net_host = "www.valgreniere.fr", "valgreniere.cap-collectif.com", "voisins.valgreniere.fr"
    cap, net = f"http://{cap_host}", f"http://{net_host}"
    part = ("Valgrenière en dialogue", "/participer/")
    news_items = [
        ("/actualites/piscine-des-iles/", "La piscine des Îles rouvre après travaux", "5 mai 2025", "Bassin nordique et solarium."),
        ("/actualites/nouveau-marche/", "Un marché du soir place Notre-Dame ?", "28 avril 2025", "Donnez votre avis."),
        ("/actualites/travaux-cours-berriat/", "Travaux cours Berriat : le point", "20 avril 2025", "Fin du chantier en juin."),
        ("/actualites/reseau-entre-voisins/", "Entre voisins : 4 000 inscrits", "12 avril 2025", "Le réseau d'entraide grandit."),
    ]
    pages = [
        page("/", "Accueil", _home(
            "Valgrenière, capitale des Alpes, ville de 162 000 habitants.",
            [("/participer/", "Participer"), ("/participer/budget-participatif/", "Budget participatif"),
             ("/participer/boite-a-idees/", "Boîte à idées"), ("/entre-voisins/", "Entre voisins"),
             ("/contact/", "Contact"), ("/emploi/", "Emploi"), ("/quartiers/ile-verte/", "Île Verte"),
             ("/actualites/concertation-plui/", "PLUi"), ("/actualites/enquete-publique-telepherique/", "Téléphérique"),
             ("/culture/affiche-festival/", "Festival")],
            news_items, [("17", "mai", "Assemblée des conseils citoyens", "Salle Olympique"),
                         ("24", "mai", "Balade urbaine Berriat", "Départ place Saint-Bruno")])),
        page("/participer/", "Valgrenière en dialogue", m.p(
            "La Ville a fait de la participation un principe d'action. « Valgrenière en dialogue » regroupe les "
            "huit conseils citoyens de secteur, l'assemblée citoyenne tirée au sort, le conseil des résidents "
            "étrangers, le budget participatif et la votation citoyenne.",
            "Une charte de la participation garantit la transparence : chaque avis reçoit une réponse publique.")
             + m.links([("/participer/conseils-citoyens/", "Les conseils citoyens de secteur"),
                        ("/participer/budget-participatif/", "Le budget participatif"),
                        ("/participer/boite-a-idees/", "La boîte à idées"),
                        (f"{cap}/", "La plateforme de participation")]),
             {"participation_displayed"}, decoys={"participatory_platform"}),
        page("/participer/conseils-citoyens/", "Les conseils citoyens de secteur", m.p(
            "Huit conseils citoyens, un par secteur, composés d'habitants volontaires et tirés au sort. Ils disposent "
            "d'un budget de 20 000 € par an et peuvent saisir le conseil municipal.",
            "Prochaines séances publiques : secteur 3 le 20 mai, secteur 6 le 27 mai."),
             {"participation_displayed"}, parent=part),
        page("/participer/budget-participatif/", "Budget participatif 2025", m.p(
            "Sixième édition : 1,2 million d'euros pour des projets imaginés par les habitants. Dépôt jusqu'au "
            "31 mai sur la plateforme, vote en octobre.",
            f"<a href=\"{cap}/project/budget-participatif-2025/collect/depot\">Déposer un projet</a> · "
            f"<a href=\"{cap}/project/budget-participatif-2023/presentation\">Les lauréats 2023</a>"),
             {"participatory_budget"}, parent=part),
        page("/participer/boite-a-idees/", "Boîte à idées", m.p(
            "Une idée pour votre quartier ou pour la ville ? La boîte à idées est ouverte toute l'année.")
             + m.gravity(4, "Proposez votre idée", [("text", "Nom", None), ("email", "Courriel", None),
                                                   ("select", "Secteur", ["Secteur 1", "Secteur 2", "Secteur 3", "Toute la ville"]),
                                                   ("textarea", "Votre idée", None)], "Envoyer"),
             {"suggestion_call", "contact_form"}, parent=part),  # free text to the city, an explicit call for ideas
        page("/quartiers/ile-verte/", "Quartier Île Verte", m.aside(
            m.p("L'Île Verte, entre Isère et cimetière Saint-Roch, compte 9 000 habitants. Mairie de secteur : 2 place Championnet.",
                "La Ville étudie la piétonnisation de la rue Maréchal-Randon le samedi."),
            m.yop_poll(3, "Êtes-vous favorable à une rue piétonne le samedi ?", ["Oui", "Non", "Seulement l'été"])),
             {"poll"}),
        page("/actualites/piscine-des-iles/", "La piscine des Îles rouvre après travaux", m.p(
            "Après dix-huit mois de travaux, la piscine des Îles rouvre avec un bassin nordique et un solarium. Tarif "
            "réduit pour les moins de 18 ans.")
             + m.wpdiscuz(812, [("Sylvie", "6 mai", "Les horaires du dimanche sont trop courts."),
                                ("Thomas", "6 mai", "Super bassin, bravo aux équipes.")]),
             {"comments"}),
        page("/actualites/nouveau-marche/", "Un marché du soir place Notre-Dame ?", m.aside(
            m.p("La Ville envisage un marché de producteurs le jeudi soir place Notre-Dame, de mai à septembre.")
            + m.wp_comments(820, [("Rémi", "29 avril", "Oui, et avec des food-trucks !")]),
            m.democracy_poll(5, "Viendriez-vous au marché du jeudi soir ?", ["Oui, chaque semaine", "De temps en temps", "Non"])),
             {"comments", "poll"}),
        page("/actualites/travaux-cours-berriat/", "Travaux cours Berriat : le point", m.p(
            "Les travaux de réseaux s'achèvent ; le revêtement sera posé en juin. Circulation alternée jusqu'au 15.")
             + m.wp_comments(826, [], open_=False),
             decoys={"comments"}),  # comments closed, none published
        page("/actualites/reseau-entre-voisins/", "Entre voisins : 4 000 inscrits", m.p(
            "Le réseau d'entraide « Entre voisins », lancé par la Ville l'an dernier, compte 4 000 inscrits. Prêt "
            "d'outils, covoiturage, gardes de plantes : la présidente du CCAS salue son succès."),
             decoys={"territorial_social_network"}),  # a news item naming the network
        page("/entre-voisins/", "Entre voisins, le réseau d'entraide de Valgrenière", m.p(
            "Gratuit et réservé aux habitants, le réseau permet d'échanger avec ses voisins, de proposer un coup de "
            "main, de prêter un objet ou d'annoncer un événement de quartier.",
            f"<a class=\"button\" href=\"{net}/inscription\">Rejoindre le réseau</a>")
             + '<section class="widget-reseau"><h2>Les derniers messages du réseau</h2>'
             + f'<iframe src="{net}/widget/fil?quartier=tous" title="Fil du réseau Entre voisins" width="100%" height="480"></iframe>'
             + m.links([(f"{net}/", "Voir tout le fil"), (f"{net}/groupes/ile-verte", "Groupe Île Verte")]) + '</section>',
             {"territorial_social_network"}),  # the network's live feed embedded in the city's page
        page("/actualites/concertation-plui/", "PLUi : la Métropole consulte", m.p(
            "La Métropole ouvre la concertation sur la modification de son plan local d'urbanisme intercommunal. "
            "Registre, réunions et questionnaire sont sur le site de la Métropole, qui pilote la démarche."),
             decoys={"poll", "participation_displayed"}),
        page("/actualites/enquete-publique-telepherique/", "Enquête publique : téléphérique urbain", m.p(
            "Une enquête publique préalable à la déclaration d'utilité publique du téléphérique se tient du 2 au "
            "30 juin. Le commissaire enquêteur tiendra des permanences en mairie ; le registre dématérialisé est "
            "ouvert sur le site de la préfecture."), decoys={"poll", "participation_displayed"}),
        page("/culture/affiche-festival/", "Votez pour l'affiche du festival", m.p(
            "L'association organisatrice du festival des Arts de la rue fait voter le public pour son affiche sur sa "
            "page Facebook jusqu'au 10 juin."), decoys={"poll"}),
        page("/contact/", "Contact", m.p("Hôtel de ville, 11 boulevard Jean-Pain. Standard : 04 76 00 00 00.")
             + m.cf7(118, [("text", "your-name", "Votre nom"), ("email", "your-email", "Votre e-mail"),
                           ("text", "your-subject", "Objet"), ("textarea", "your-message", "Votre message")]),
             {"contact_form"}),
        page("/emploi/", "Emploi et stages", m.p("Offres d'emploi et candidatures spontanées.")
             + m.wpforms(233, [("text", "Nom"), ("email", "E-mail"), ("file", "CV"), ("textarea", "Lettre de motivation")], "Postuler"),
             decoys={"contact_form"}),
    ]
    www = Site(www_host, "cascades_astra", "Valgrenière", pages,
               menu=[("Participer", "/participer/"), ("Quartiers", "/quartiers/ile-verte/"), ("Entre voisins", "/entre-voisins/"),
                     ("Emploi", "/emploi/"), ("Contact", "/contact/")],
               accounts=[social("facebook", "villedevalgreniere", "https://fr-fr.facebook.com/villedevalgreniere/"),
                         social("instagram", "valgreniere_ville"), social("bluesky", "valgreniere.fr"),
                         social("youtube", "VilleValgreniere")],
               address="11 boulevard Jean-Pain, 38000 Valgrenière")
    bp25 = ("Budget participatif 2025", "/project/budget-participatif-2025/collect/depot")
    cpages = [
        page("/", "Valgrenière en dialogue", m.p("Participez aux projets de la Ville de Valgrenière.")
             + m.capco_proposals([("/project/budget-participatif-2025/collect/depot", "Budget participatif 2025", "Dépôt en cours", 0),
                                  ("/project/avenir-berges/questionnaire/vos-usages", "L'avenir des berges de l'Isère", "Questionnaire", 0),
                                  ("/project/rue-aux-ecoles/petition", "Rues aux écoles", "Pétition", 0),
                                  ("/project/budget-participatif-2023/presentation", "Budget participatif 2023", "Terminé", 0)], vote=False)),
        page("/project/budget-participatif-2025/collect/depot", "Budget participatif 2025 — Dépôt des projets",
             m.capco_steps([("Dépôt", "1er avril - 31 mai", True), ("Analyse", "juin - septembre", False), ("Vote", "octobre", False)])
             + m.p("Déposez votre projet : titre, description, localisation, estimation.")
             + '<form class="proposal-form" action="/project/budget-participatif-2025/collect/depot/proposals" method="post">'
               '<label for="proposal_title">Titre</label><input id="proposal_title" name="proposal[title]">'
               '<label for="proposal_body">Description</label><textarea id="proposal_body" name="proposal[body]" rows="6"></textarea>'
               '<button class="btn btn-primary" type="submit">Déposer une proposition</button></form>'
             + m.capco_proposals([("/projects/budget-participatif-2025/proposals/skatepark-mistral", "Skatepark au parc Mistral", "Secteur 5", 0)], vote=False),
             {"participatory_budget", "suggestion_call"}),
        page("/projects/budget-participatif-2025/proposals/skatepark-mistral", "Skatepark au parc Mistral", m.p(
            "Un skatepark en béton, accessible aux débutants, à côté du city-stade. Estimation : 150 000 €.")
             + '<div class="opinion-comments"><h3>Commentaires (2)</h3><div class="comment"><b>Manon</b><p>Mes enfants seraient ravis.</p></div>'
               '<div class="comment"><b>Riverains Mistral</b><p>Attention au bruit le soir.</p></div>'
               '<form class="comment-form" action="/comments" method="post"><label for="comment-body">Votre commentaire</label>'
               '<textarea id="comment-body" name="body" rows="3"></textarea><button class="btn btn-primary" type="submit">Commenter</button></form></div>',
             {"participatory_budget", "comments"}, parent=bp25),
        page("/project/avenir-berges/questionnaire/vos-usages", "L'avenir des berges de l'Isère — vos usages",
             m.capco_questionnaire(7, [("À quelle fréquence allez-vous sur les berges ?", ["Chaque jour", "Chaque semaine", "Rarement"]),
                                       ("Qu'aimeriez-vous y trouver ?", ["Des bancs", "Une guinguette", "Des jeux", "Rien de plus"])]),
             {"poll"}),
        page("/project/rue-aux-ecoles/petition", "Rues aux écoles : fermons-les aux voitures", m.p(
            "Pétition citoyenne : à 3 000 signatures, la demande est débattue en conseil municipal (droit de "
            "pétition, règlement de la participation).")
             + m.capco_petition("Fermer aux voitures, aux heures d'entrée et de sortie, les rues des écoles élémentaires.", 2140, 3000),
             {"petition"}),
        page("/project/budget-participatif-2023/presentation", "Budget participatif 2023 — résultats", m.p(
            "Édition terminée. 31 projets lauréats, 19 000 votants. Voir l'avancement des réalisations.")
             + m.capco_proposals([("/project/budget-participatif-2023/presentation", "Forêt urbaine Flaubert", "Réalisé", 2410),
                                  ("/project/budget-participatif-2023/presentation", "Boîtes à dons", "Réalisé", 1980)], vote=False),
             decoys={"participatory_budget"}),
        page("/project/budget-participatif-2025/selection/vote", "Budget participatif 2025 — Règlement du vote", m.p(
            "Le vote aura lieu en octobre. Chaque habitant de plus de 12 ans pourra choisir cinq projets. Les projets "
            "seront affichés ici après l'analyse de faisabilité."),
             {"participatory_budget"}, parent=bp25),
    ]
    csite = Site(cap_host, "capcollectif", "Valgrenière en dialogue", cpages,
                 menu=[("Accueil", "/"), ("Budget participatif", "/project/budget-participatif-2025/collect/depot"),
                       ("Vote", "/project/budget-participatif-2025/selection/vote"), ("Berges", "/project/avenir-berges/questionnaire/vos-usages"),
                       ("Pétition", "/project/rue-aux-ecoles/petition")],
                 features=frozenset({"participatory_platform"}), platforms=frozenset({"capcollectif"}))
    npages = [
        page("/", "Le fil de mes voisins", m.rv_posts([
            ("entraide", "Louise", "Île Verte", "il y a 2 h", "Quelqu'un aurait une échelle à prêter samedi ?", 3),
            ("don", "Ahmed", "Berriat", "il y a 5 h", "Je donne une poussette en bon état.", 1),
            ("evenement", "Comité Mistral", "Mistral", "hier", "Vide-grenier dimanche 25 mai, inscriptions ouvertes.", 6)])
             + m.links([("/groupes/ile-verte", "Groupe Île Verte"),
                        ("/charte", "Charte")])),
        page("/groupes/ile-verte", "Groupe Île Verte", m.rv_posts([
            ("alerte", "Claire", "Île Verte", "hier", "Chat tigré perdu rue Thiers.", 4),
            ("entraide", "Jean-Marc", "Île Verte", "lundi", "Je peux arroser vos plantes en juillet.", 2)], "Île Verte")),
        page("/charte", "Charte du réseau", m.p(
            "Entre voisins est réservé aux habitants de Valgrenière, inscrits avec une adresse vérifiée. Pas de "
            "publicité, pas de propos injurieux ; la modération est assurée par le CCAS de la Ville.")),
        page("/inscription", "Rejoindre le réseau", m.p("Inscrivez-vous avec votre adresse : elle sera vérifiée par courrier.")
             + '<form class="rv-form" action="/inscription" method="post"><label for="rv-mail">Courriel</label><input id="rv-mail" type="email" name="email">'
               '<label for="rv-adr">Adresse</label><input id="rv-adr" name="adresse"><button type="submit">Créer mon compte</button></form>',
             decoys={"contact_form"}),
    ]
    nsite = Site(net_host, "cascades_voisinage", "Entre voisins — Valgrenière", npages,
                 menu=[("Fil", "/"), ("Groupes", "/groupes/ile-verte"), ("Charte", "/charte")],
                 features=frozenset({"territorial_social_network"}))
    return City("99243", "Valgrenière", 162400, "38", "84", "Auvergne-Rhône-Alpes", f"http://{www_host}/", [www, csite, nsite])


# =================================================================================================================
# 99244 Castelmourel — Joomla (Helix, com_contact, JComments, Kunena), id-city


def castelmourel() -> City:
    www_host, idc_host = "www.castelmourel.fr", "castelmourel.id-city.com"
    idc = f"http://{idc_host}"
    part = ("Cœur citoyen", "/index.php/participer/coeur-citoyen")
    fcat = ("Cadre de vie", "/index.php/forum/cadre-de-vie")
    news_items = [
        ("/index.php/actualites/halle-du-marche", "La halle du marché rénovée", "4 avril 2025", "Inauguration le 12 avril."),
        ("/index.php/actualites/budget-primitif-2025", "Budget 2025 : les grandes orientations", "28 mars 2025", "Le budget primitif voté."),
        ("/index.php/actualites/petition-tarifs-autoroute", "Péages : une pétition nationale", "20 mars 2025", "Des usagers se mobilisent."),
        ("/index.php/actualites/forum-emploi-saisonnier", "Forum de l'emploi saisonnier", "10 mars 2025", "Le 2 avril à la salle Nougaro."),
    ]
    pages = [
        page("/", "Accueil", _home(
            "Castelmourel, ville rose du Lauragais, 96 800 habitants.",
            [("/index.php/participer/coeur-citoyen", "Cœur citoyen"), ("/index.php/forum", "Forum des habitants"),
             ("/index.php/participer/sondage-rythmes-scolaires", "Questionnaire rythmes scolaires"),
             ("/index.php/contact", "Contact"), ("/index.php/newsletter", "Lettre d'information"),
             (f"{idc}/", "Castelmourel participe"), ("/index.php/mairies-de-quartier", "Mairies de quartier")],
            news_items, [("12", "avril", "Inauguration de la halle", "Place du Capitoul"),
                         ("17", "avril", "Assemblée de quartier Saint-Cyprien", "Salle des fêtes")])),
        page("/index.php/mairies-de-quartier", "Mairies de quartier", m.p(
            "Quatre mairies de quartier (Saint-Cyprien, Les Minimes, Rangueil, Lardenne) : état civil, inscriptions "
            "scolaires, permanences des élus de quartier.")),
        page("/index.php/participer/coeur-citoyen", "Cœur citoyen, la démocratie locale à Castelmourel", m.p(
            "Avec « Cœur citoyen », la Ville associe les habitants à ses choix : assemblées de quartier, conseil "
            "municipal des jeunes, forum des habitants, questionnaires, et la plateforme Castelmourel participe pour "
            "les idées, les pétitions et le budget participatif.")
             + m.links([("/index.php/participer/assemblees-de-quartier", "Assemblées de quartier"),
                        ("/index.php/participer/conseil-municipal-des-jeunes", "Conseil municipal des jeunes"),
                        ("/index.php/forum", "Forum des habitants"), (f"{idc}/", "Castelmourel participe")]),
             {"participation_displayed"}, decoys={"participatory_platform"}),
        page("/index.php/participer/assemblees-de-quartier", "Les assemblées de quartier", m.p(
            "Dans chacun des huit quartiers, une assemblée ouverte à tous se réunit deux fois par an avec le maire "
            "adjoint de quartier. Un bureau de douze habitants prépare les séances et suit les demandes."),
             {"participation_displayed"}, parent=part),
        page("/index.php/participer/conseil-municipal-des-jeunes", "Le conseil municipal des jeunes", m.p(
            "Quarante collégiens élus pour deux ans. Projets en cours : une fête de la glisse, un guide des sorties "
            "gratuites, une campagne contre le harcèlement."), {"participation_displayed"}, parent=part),
        page("/index.php/participer/sondage-rythmes-scolaires", "Questionnaire : les rythmes scolaires", m.p(
            "Parents, enseignants, animateurs : la Ville vous consulte sur l'organisation de la semaine scolaire. "
            "Réponses jusqu'au 30 avril.")
             + m.limesurvey("https://enquetes.castelmourel.fr", 482917, "Questionnaire rythmes scolaires"),
             {"poll"}, parent=part),
        page("/index.php/forum", "Forum des habitants", m.p("Débattez entre habitants, dans le respect de la charte de modération.")
             + m.kunena_categories([("/index.php/forum/cadre-de-vie", "Cadre de vie", "Propreté, voirie, espaces verts", 48, 312),
                                    ("/index.php/forum/cadre-de-vie", "Vie de quartier", "Animations, commerces, voisinage", 27, 160)]),
             {"forum"}),
        page("/index.php/forum/cadre-de-vie", "Cadre de vie", m.kunena_topics(2, [
            ("/index.php/forum/cadre-de-vie/14-stationnement-centre", "Stationnement en centre-ville", "Bernard31", 17),
            ("/index.php/forum/cadre-de-vie", "Les platanes du canal", "Maïté", 9)], "/index.php/forum/cadre-de-vie/nouveau-sujet"),
             {"forum"}, parent=("Forum des habitants", "/index.php/forum")),
        page("/index.php/forum/cadre-de-vie/nouveau-sujet", "Nouveau sujet", m.p("Vous devez être connecté pour créer un sujet.")
             + '<form action="/index.php/forum/cadre-de-vie/nouveau-sujet" method="post" id="postform" class="kform"><label for="subject">Sujet</label>'
               '<input id="subject" name="subject" type="text"><label for="kbbcode-message">Message</label><textarea id="kbbcode-message" name="message" rows="10"></textarea>'
               '<input type="hidden" name="catid" value="2"><button class="btn btn-primary" type="submit">Envoyer</button></form>',
             {"forum"}, parent=fcat),
        page("/index.php/forum/cadre-de-vie/14-stationnement-centre", "Stationnement en centre-ville", m.kunena_thread([
            ("Bernard31", "2 mars", "Depuis la fin de la gratuité le samedi, les commerces se vident."),
            ("Lucie", "3 mars", "Les parkings relais sont vides pourtant, il faut les faire connaître."),
            ("Modérateur", "3 mars", "La question sera abordée à l'assemblée du quartier Centre le 17 avril.")],
            "/index.php/forum/cadre-de-vie/14-stationnement-centre/reply"), {"forum"}, parent=fcat),
        page("/index.php/actualites/halle-du-marche", "La halle du marché rénovée", m.p(
            "Charpente restaurée, étals refaits, éclairage LED : la halle du Capitoul est inaugurée le 12 avril.")
             + m.jcomments(208, [("Paulette", "5 avril", "Magnifique ! Et les toilettes publiques ?"),
                                 ("Hugo", "5 avril", "Enfin des places vélo devant.")]),
             {"comments"}),
        page("/index.php/actualites/budget-primitif-2025", "Budget 2025 : les grandes orientations", m.p(
            "Le conseil municipal a voté le budget primitif 2025 : 212 M€, dont 58 M€ d'investissement. Pas de hausse "
            "des taux d'imposition. Priorités : écoles, voirie, transition énergétique."),
             decoys={"participatory_budget"}),
        page("/index.php/actualites/petition-tarifs-autoroute", "Péages : une pétition nationale", m.p(
            "Une pétition nationale contre la hausse des péages circule sur mesopinions.com. Elle ne relève pas de la "
            "Ville : <a href=\"https://www.mesopinions.com/petition/politique/non-hausse-peages/12345\">voir la pétition</a>."),
             decoys={"petition"}),
        page("/index.php/actualites/forum-emploi-saisonnier", "Forum de l'emploi saisonnier", m.p(
            "Le forum de l'emploi saisonnier réunit 60 employeurs le 2 avril salle Nougaro. Entrée libre."),
             decoys={"forum"}),
        page("/index.php/contact", "Contacter la mairie", m.p("Hôtel de ville, place du Capitoul.") + m.joomla_contact(1),
             {"contact_form"}),
        page("/index.php/newsletter", "Lettre d'information", m.p("Abonnez-vous à la lettre hebdomadaire.")
             + '<div class="acymailing_module" id="acymailing_module_formAcymailing1"><form id="formAcymailing1" action="/index.php?option=com_acym&amp;ctrl=frontusers" method="post" name="formAcymailing1">'
               '<div class="acym_form"><input type="text" name="user[name]" placeholder="Nom"><input type="email" name="user[email]" placeholder="E-mail">'
               '<input type="hidden" name="ctrl" value="frontusers"><input type="hidden" name="task" value="subscribe"><input type="submit" class="button subbutton btn btn-primary" value="Je m\'abonne" name="Submit"></div></form></div>',
             decoys={"contact_form"}),
    ]
    www = Site(www_host, "cascades_helix", "Ville de Castelmourel", pages,
               menu=[("Ma mairie", "/index.php/mairies-de-quartier"), ("Participer", "/index.php/participer/coeur-citoyen"),
                     ("Forum", "/index.php/forum"), ("Contact", "/index.php/contact")],
               accounts=[social("facebook", "castelmourel"), social("x", "castelmourel", "https://x.com/Castelmourel"),
                         social("tiktok", "villedecastelmourel")],
               address="Place du Capitoul, 31000 Castelmourel")
    ipages = [
        page("/", "Castelmourel participe", m.p("La plateforme participative de la Ville de Castelmourel.")
             + m.idc_cards([("/idees", "Boîte à idées", "Idées", "Proposez, soutenez."),
                            ("/sondages/12", "Éclairage nocturne", "Sondage", "Votre avis en un clic."),
                            ("/budget-participatif", "Budget participatif", "Projets", "1 M€ pour vos projets."),
                            ("/petitions", "Pétitions", "Pétitions", "Interpellez le conseil municipal."),
                            ("/signalements", "Signaler", "Signalement", "Un problème dans la rue ?")])),
        page("/idees", "Boîte à idées", m.idc_idea_form("/idees/nouvelle")
             + m.idc_cards([("/idees/navette-centre", "Une navette électrique pour le centre", "43 soutiens", "Idée de Mathieu R.")]),
             {"suggestion_call"}),
        page("/idees/navette-centre", "Une navette électrique pour le centre", m.p(
            "Une navette gratuite entre les parkings relais et la place du Capitoul, toutes les 10 minutes.")
             + '<div class="idc-comments"><h2>Commentaires (2)</h2><div class="idc-comment"><b>Annie</b><p>Indispensable pour les personnes âgées.</p></div>'
               '<div class="idc-comment"><b>Marc</b><p>Et le dimanche ?</p></div><form class="idc-form" action="/idees/navette-centre/commentaires" method="post">'
               '<label for="idc-c">Commenter</label><textarea id="idc-c" name="comment[body]" rows="3"></textarea><button class="idc-btn" type="submit">Publier</button></form></div>',
             {"suggestion_call", "comments"}, parent=("Boîte à idées", "/idees")),
        page("/sondages/12", "Sondage : l'éclairage nocturne", m.idc_poll(12, "Faut-il éteindre l'éclairage public de 1 h à 5 h dans les quartiers résidentiels ?",
                                                                       ["Oui", "Non", "Seulement l'été"])
             + m.links([("/sondages/9", "Résultats du sondage précédent")]), {"poll"}),
        page("/sondages/9", "Résultats : les horaires de la médiathèque", m.results_bars(
            "Quel horaire supplémentaire pour la médiathèque ?", [("Dimanche matin", 58, 1120), ("Jeudi soir", 42, 811)], 1931, "sondage clos"),
             decoys={"poll"}),
        page("/budget-participatif", "Budget participatif 2025", m.p(
            "Deuxième édition : 1 million d'euros. Déposez un projet jusqu'au 30 juin, votez en octobre.")
             + m.idc_idea_form("/budget-participatif/projets/nouveau", "Déposer un projet")
             + m.links([("/budget-participatif/2023", "Édition 2023 : les lauréats")]),
             {"participatory_budget", "suggestion_call"}),  # open deposit of projects
        page("/budget-participatif/2023", "Budget participatif 2023 : les lauréats", m.p(
            "Première édition close : 12 projets lauréats, dont l'aire de jeux du jardin Raymond-VI et les "
            "composteurs partagés."), decoys={"participatory_budget"}),
        page("/petitions", "Pétitions", m.p(
            "À 1 000 signatures, une pétition est inscrite à l'ordre du jour du conseil municipal.")
             + m.idc_cards([("/petitions/4", "Pour une cantine 100 % bio", "612 signatures", "Ouverte jusqu'au 31 mai.")]),
             {"petition"}),
        page("/petitions/4", "Pour une cantine 100 % bio", m.p("Nous demandons que les cantines scolaires servent 100 % de produits bio d'ici 2027.")
             + m.idc_petition(4, 612, 1000), {"petition"}, parent=("Pétitions", "/petitions")),
        # free-text report sent to the city's services
        page("/signalements", "Signaler un problème", m.p("Nid-de-poule, dépôt sauvage, éclairage en panne : signalez-le aux services.")
             + '<form class="idc-form idc-form--report" action="/signalements" method="post"><label for="rep-cat">Catégorie</label>'
               '<select id="rep-cat" name="report[category]"><option>Voirie</option><option>Propreté</option><option>Éclairage</option></select>'
               '<label for="rep-addr">Adresse</label><input id="rep-addr" name="report[address]"><label for="rep-desc">Description</label>'
               '<textarea id="rep-desc" name="report[description]" rows="5"></textarea><label for="rep-mail">Courriel</label><input id="rep-mail" type="email" name="report[email]">'
               '<button class="idc-btn" type="submit">Envoyer</button></form>',
             {"contact_form"}),
    ]
    isite = Site(idc_host, "cascades_idcity", "Castelmourel participe", ipages,
                 menu=[("Accueil", "/"), ("Idées", "/idees"), ("Sondages", "/sondages/12"), ("Budget participatif", "/budget-participatif"),
                       ("Pétitions", "/petitions"), ("Signaler", "/signalements")],
                 features=frozenset({"participatory_platform"}), platforms=frozenset({"idcity"}))
    return City("99244", "Castelmourel", 96800, "31", "76", "Occitanie", f"http://{www_host}/", [www, isite])


# =================================================================================================================
# 99245 Clairmontet — proprietary CMS, Fluicity, Discourse


def clairmontet() -> City:
    www_host, fl_host, fo_host = "www.clairmontet.fr", "clairmontet.flui.city", "forum.clairmontet.fr"
    fl, fo = f"http://{fl_host}", f"http://{fo_host}"
    part = ("Cité participative", "/participer")
    news_items = [
        ("/actualites/place-de-jaude-vegetalisee", "Place de Jaude : les premiers arbres plantés", "14 octobre 2024", "Quarante arbres d'ici le printemps."),
        ("/actualites/forum-citoyen-ouvre", "Le forum citoyen ouvre ses portes", "2 octobre 2024", "Un espace de discussion en ligne."),
        ("/actualites/budget-participatif-laureats", "Budget participatif 2024 : les lauréats", "25 septembre 2024", "21 projets retenus."),
        ("/actualites/conseil-des-jeunes-candidatures", "Conseil des jeunes : appel à candidatures", "18 septembre 2024", "Les 16-25 ans ont jusqu'au 15 octobre."),
    ]
    pages = [
        page("/", "Accueil", _home(
            "Clairmontet, capitale de l'Auvergne, au pied des volcans.",
            [("/participer", "Cité participative"), ("/participer/enquete-proprete", "Enquête propreté"),
             ("/demarches/signaler", "Signaler un problème"), ("/demarches/etat-civil", "Acte d'état civil"),
             ("/contact", "Contact"), (f"{fl}/", "Application Fluicity"), (f"{fo}/", "Forum citoyen"),
             ("/mairies-de-quartier", "Mairies de quartier")],
            news_items, [("19", "octobre", "Conseil de quartier Saint-Jacques", "Maison de quartier"),
                         ("24", "octobre", "Réunion publique PLU", "Salle Gilbert-Gaillard")])),
        page("/mairies-de-quartier", "Les mairies de quartier", m.p(
            "Cinq mairies de quartier (Croix-de-Neyrat, La Gauthière, Saint-Jacques, Montferrand, Les Salins) "
            "vous accueillent pour vos démarches et les permanences des élus de secteur.")),
        page("/participer", "Cité participative", m.p(
            "Clairmontet s'est dotée d'une démarche de participation, « Cité participative » : neuf conseils de "
            "quartier, un conseil des jeunes, un conseil citoyen des aînés, un budget participatif annuel et des "
            "concertations sur les projets urbains.",
            "La Ville anime aussi une application de participation et un forum citoyen en ligne.")
             + m.links([("/participer/conseils-de-quartier", "Conseils de quartier"), ("/participer/enquete-proprete", "Enquête propreté"),
                        (f"{fl}/", "L'application Clairmontet participe"), (f"{fo}/", "Le forum citoyen")]),
             {"participation_displayed"}, decoys={"participatory_platform", "forum"}),  # links, does not hold them
        page("/participer/conseils-de-quartier", "Les conseils de quartier", m.p(
            "Neuf conseils de quartier de 30 membres (habitants volontaires, associations, personnes tirées au sort). "
            "Ils émettent des avis sur les projets et gèrent une enveloppe d'animation.",
            "Séances ouvertes au public ; comptes rendus publiés sur l'application."),
             {"participation_displayed"}, parent=part),
        page("/participer/enquete-proprete", "Enquête : la propreté de votre quartier", m.p(
            "Aidez-nous à mieux organiser le nettoiement : 12 questions, 5 minutes, jusqu'au 31 octobre.")
             + m.msforms("DQSIkWdsW0yxEjajBLZtrQAAAAAAAAAAAAZ__r8xYp1UQ0VGNTRQMkFZ", "Enquête propreté"),
             {"poll"}, parent=part),
        page("/actualites/place-de-jaude-vegetalisee", "Place de Jaude : les premiers arbres plantés", m.p(
            "Quarante arbres, des massifs de vivaces et des bancs ombragés : la végétalisation de la place avance. "
            "Réagissez ci-dessous avec votre compte Facebook.") + m.fb_comments(f"http://{www_host}/actualites/place-de-jaude-vegetalisee"),
             {"comments"}),
        page("/actualites/forum-citoyen-ouvre", "Le forum citoyen ouvre ses portes", m.p(
            "La Ville ouvre un forum de discussion en ligne où les habitants peuvent échanger sur la vie des quartiers. "
            f"Il se trouve à l'adresse <a href=\"{fo}/\">forum.clairmontet.fr</a>."),
             decoys={"forum"}),  # news naming the board
        page("/actualites/budget-participatif-laureats", "Budget participatif 2024 : les lauréats", m.p(
            "Le vote est clos : 9 400 votants ont retenu 21 projets, dont une passerelle au parc de Montjuzet et des "
            "nichoirs dans les écoles. Réalisation en 2025.")
             + m.results_bars("Projets les plus votés", [("Passerelle de Montjuzet", 11, 1034), ("Nichoirs dans les écoles", 9, 846)],
                              9400, "vote clos"),
             decoys={"participatory_budget", "poll"}),
        page("/actualites/conseil-des-jeunes-candidatures", "Conseil des jeunes : appel à candidatures", m.p(
            "Le conseil des jeunes renouvelle ses 40 membres. Appel à candidatures ouvert aux 16-25 ans jusqu'au "
            "15 octobre : envoyez une courte lettre de motivation à la direction de la jeunesse."),
             decoys={"suggestion_call"}),
        page("/contact", "Nous contacter", m.vendor_form("/contact", "Votre message", [
            ("text", "nom", "Nom", None), ("email", "courriel", "Courriel", None),
            ("select", "service", "Service concerné", ["Accueil", "Voirie", "Culture", "Sports"]),
            ("textarea", "message", "Message", None)]), {"contact_form"}),
        # a free-text report to the city's services
        page("/demarches/signaler", "Signaler un problème", m.vendor_form("/demarches/signaler", "Votre signalement", [
            ("select", "type", "Type", ["Dépôt sauvage", "Voirie", "Éclairage"]), ("text", "lieu", "Lieu", None),
            ("textarea", "description", "Description", None), ("email", "courriel", "Courriel", None)]), {"contact_form"}),
        page("/demarches/etat-civil", "Demande d'acte d'état civil", m.vendor_form("/demarches/etat-civil", "Acte demandé", [
            ("radio", "acte", "Type d'acte", ["Naissance", "Mariage", "Décès"]), ("text", "nom", "Nom", None),
            ("text", "date", "Date de l'événement", None), ("email", "courriel", "Courriel", None)], "Valider la demande"),
             decoys={"contact_form"}),
    ]
    www = Site(www_host, "cascades_iris", "Ville de Clairmontet", pages,
               menu=[("Ma ville", "/mairies-de-quartier"), ("Participer", "/participer"), ("Démarches", "/demarches/signaler"),
                     ("Contact", "/contact")],
               accounts=[social("facebook", "clairmontet"), social("instagram", "clairmontet_officiel"),
                         social("linkedin", "ville-de-clairmontet"), social("x", "Clairmontet")],
               address="10 rue Philippe-Marcombes, 63000 Clairmontet")
    idea = ("Idées", "/ideas")
    fpages = [
        page("/", "Clairmontet participe", m.flui_feed([
            ("/ideas", "idea", "Idées", "Boîte à idées", "Proposez vos idées pour la ville.", "128 idées"),
            ("/surveys/8", "survey", "Sondage", "Les horaires des piscines", "Donnez votre avis.", "1 240 réponses"),
            ("/projects/budget-participatif-2025", "project", "Budget participatif", "Budget participatif 2025", "Dépôt des projets.", "")])),
        page("/ideas", "Idées", m.flui_idea_form() + m.flui_feed([
            ("/ideas/42", "idea", "Idée", "Des toilettes publiques au jardin Lecoq", "Propositions d'habitants.", "87 soutiens")]),
             {"suggestion_call"}),
        page("/ideas/42", "Des toilettes publiques au jardin Lecoq", m.p("Le jardin est très fréquenté mais n'a pas de toilettes.")
             + m.flui_comments([("Sabine", "3 oct.", "Oui, surtout pour les familles."), ("Mairie de Clairmontet", "5 oct.", "L'idée est à l'étude avec le service des parcs.")]),
             {"suggestion_call", "comments"}, parent=idea),
        page("/surveys/8", "Sondage : les horaires des piscines", m.flui_survey(8, [
            ("Quel créneau supplémentaire préférez-vous ?", ["Tôt le matin", "Midi", "Le soir après 20 h"]),
            ("Fréquentez-vous les piscines municipales ?", ["Chaque semaine", "Parfois", "Jamais"])]), {"poll"}),
        page("/projects/budget-participatif-2025", "Budget participatif 2025", m.p(
            "1,5 M€ pour les projets des habitants. Dépôt jusqu'au 30 novembre, vote au printemps 2025.")
             + m.flui_idea_form() + m.links([("/projects/budget-participatif-2025/reglement", "Règlement")]),
             {"participatory_budget", "suggestion_call"}),
        page("/projects/budget-participatif-2025/reglement", "Règlement du budget participatif", m.p(
            "Peuvent participer tous les habitants dès 12 ans. Les projets doivent relever de l'investissement, "
            "d'un coût inférieur à 300 000 €, et être situés sur le domaine public.", "Le vote se fait en ligne et dans les mairies de quartier."),
             {"participatory_budget"}, parent=("Budget participatif 2025", "/projects/budget-participatif-2025")),
    ]
    fsite = Site(fl_host, "cascades_fluicity", "Clairmontet participe", fpages,
                 menu=[("Fil", "/"), ("Idées", "/ideas"), ("Sondages", "/surveys/8"), ("Budget participatif", "/projects/budget-participatif-2025")],
                 features=frozenset({"participatory_platform"}), platforms=frozenset({"fluicity"}))
    topics = [("/t/piste-cyclable-avenue-de-royat/118", "Piste cyclable avenue de Royat", "/c/quartiers/5", "Quartiers", 23, 612),
              ("/t/marche-saint-joseph-le-dimanche/121", "Le marché Saint-Joseph le dimanche ?", "/c/quartiers/5", "Quartiers", 8, 190)]
    opages = [
        page("/", "Derniers sujets", m.p("Le forum citoyen de Clairmontet : débattez entre habitants.")
             + m.discourse_topic_list(topics), {"forum"}),
        page("/c/quartiers/5", "Quartiers", m.discourse_topic_list(topics[1:]), {"forum"}),
        page("/t/piste-cyclable-avenue-de-royat/118", "Piste cyclable avenue de Royat", m.discourse_posts([
            ("velo63", "2 oct. 2024", "La bande cyclable s'arrête net au carrefour des Salins, c'est dangereux."),
            ("Claire_M", "3 oct. 2024", "D'accord. Un double sens cyclable rue Montlosier serait une alternative."),
            ("Equipe_Ville", "4 oct. 2024", "Merci, le service mobilités étudie la continuité de l'itinéraire.")]), {"forum"}),
        page("/t/marche-saint-joseph-le-dimanche/121", "Le marché Saint-Joseph le dimanche ?", m.discourse_posts([
            ("Odette", "6 oct. 2024", "Les commerçants seraient-ils d'accord ?")]), {"forum"}),
    ]
    osite = Site(fo_host, "discourse", "Forum citoyen de Clairmontet", opages,
                 menu=[("Derniers", "/"), ("Quartiers", "/c/quartiers/5")])
    return City("99245", "Clairmontet", 141900, "63", "84", "Auvergne-Rhône-Alpes", f"http://{www_host}/", [www, fsite, osite])


# =================================================================================================================
# 99246 Lunelmont — SPIP (Escal, Formidable, pétitions, Disqus), Go Vocal


def lunelmont() -> City:
    www_host, gv_host = "www.lunelmont.fr", "lunelmont.govocal.com"
    gv = f"http://{gv_host}"
    part = ("Démocratie de proximité", "/spip.php?rubrique3")
    news_items = [
        ("/spip.php?article225", "Les arènes rénovées accueillent la première feria", "3 juin 2025", "Réagissez à l'événement."),
        ("/spip.php?article230", "L'Agglo ouvre son budget participatif", "28 mai 2025", "Un dispositif intercommunal."),
        ("/spip.php?article240", "Forum de l'habitat", "20 mai 2025", "Rénover son logement."),
        ("/spip.php?article245", "Pétition sur le parking du lycée : la réponse du conseil", "12 mai 2025", "Pétition close."),
    ]
    pages = [
        page("/", "Accueil", _home(
            "Lunelmont, ville d'Hérault entre mer et garrigue.",
            [("/spip.php?rubrique3", "Démocratie de proximité"), ("/spip.php?article215", "Droit de pétition"),
             ("/spip.php?article220", "Sondage"), ("/spip.php?page=contact", "Contact"), (f"{gv}/", "Lunelmont participe"),
             ("/spip.php?article232", "Marchés publics"), ("/spip.php?article250", "Mairies annexes")],
            news_items, [("14", "juin", "Comité de quartier Les Aires", "Maison pour tous"),
                         ("21", "juin", "Fête de la musique", "Centre ancien")])),
        page("/spip.php?article250", "Les mairies annexes", m.p(
            "Deux mairies annexes, à La Gare et aux Aires, délivrent les actes d'état civil et accueillent les "
            "permanences des élus de quartier.")),
        page("/spip.php?rubrique3", "Démocratie de proximité", m.p(
            "La Ville associe les habitants à ses décisions : six comités de quartier, un conseil des sages, un droit "
            "de pétition locale, des sondages, et la plateforme « Lunelmont participe » pour le budget participatif "
            "et les appels à idées.")
             + m.links([("/spip.php?article210", "Les comités de quartier"), ("/spip.php?article215", "Le droit de pétition"),
                        ("/spip.php?article220", "Sondage en cours"), (f"{gv}/", "Lunelmont participe")]),
             {"participation_displayed"}, decoys={"participatory_platform"}),
        page("/spip.php?article210", "Les comités de quartier", m.p(
            "Six comités de quartier, présidés par un habitant élu, se réunissent chaque trimestre. Ils sont consultés "
            "sur les travaux et disposent d'un budget d'animation de 5 000 €.", "Le conseil des sages réunit 25 "
            "Lunelmontais de plus de 60 ans."), {"participation_displayed"}, parent=part),
        page("/spip.php?article215", "Droit de pétition : signez ou proposez", m.p(
            "Toute pétition réunissant 600 signatures d'habitants est inscrite à l'ordre du jour du conseil municipal. "
            "Pétition en cours : « Pour une navette estivale vers les plages ».") + m.spip_petition(215, 388, 600),
             {"petition"}, parent=part),
        page("/spip.php?article220", "Sondage : l'avenir du marché couvert", m.p(
            "Halle gourmande, marché traditionnel, ou les deux ? Votre avis compte.")
             + m.spip_formidable_sondage(4, [("Fréquentez-vous le marché couvert ?", ["Chaque semaine", "Parfois", "Jamais"]),
                                            ("Que souhaitez-vous ?", ["Un marché traditionnel", "Une halle gourmande", "Un mélange des deux"])],
                                         "Sondage ouvert jusqu'au 30 juin."),
             {"poll"}, parent=part),
        page("/spip.php?article225", "Les arènes rénovées accueillent la première feria", m.p(
            "Après deux ans de travaux, les arènes accueillent la feria de la Pentecôte. Vos impressions ?")
             + m.disqus("lunelmont", "article225"), {"comments"}),
        page("/spip.php?article230", "L'Agglo ouvre son budget participatif", m.p(
            "La communauté d'agglomération lance un budget participatif intercommunal de 500 000 €, sur son propre "
            "site. Il est distinct du budget participatif de la Ville, qui reprendra à l'automne."),
             decoys={"participatory_budget"}),
        page("/spip.php?article232", "Marchés publics et appels à candidatures", m.p(
            "Consultation en cours : fourniture de mobilier scolaire. Appel à candidatures pour l'occupation du "
            "domaine public (terrasses saisonnières) jusqu'au 20 juin."), decoys={"suggestion_call"}),
        page("/spip.php?article240", "Forum de l'habitat", m.p(
            "Le forum de l'habitat réunit artisans, conseillers France Rénov' et banques le 24 mai à l'espace Feuillade."),
             decoys={"forum"}),
        page("/spip.php?article245", "Pétition sur le parking du lycée : la réponse du conseil", m.p(
            "La pétition « Un parking sécurisé au lycée Feuillade », close le 1er avril avec 702 signatures, a été "
            "examinée le 8 mai. Le conseil a voté l'aménagement d'un dépose-minute.",
            "Les commentaires sont fermés sur cet article."),
             decoys={"petition", "comments"}),
        page("/spip.php?page=contact", "Contact", m.p("Hôtel de ville, place de la République.") + m.spip_contact(1), {"contact_form"}),
    ]
    www = Site(www_host, "cascades_escal", "Ville de Lunelmont", pages,
               menu=[("Accueil", "/"), ("Démocratie de proximité", "/spip.php?rubrique3"), ("Mairies annexes", "/spip.php?article250"),
                     ("Contact", "/spip.php?page=contact")],
               accounts=[social("facebook", "VilleDeLunelmont"), social("instagram", "lunelmont"),
                         social("youtube", "villedelunelmont", "https://www.youtube.com/c/villedelunelmont")],
               address="Place de la République, 34400 Lunelmont")
    gpages = [
        page("/", "Lunelmont participe", m.gv_projects([
            ("/fr-FR/projects/budget-participatif-2025", "Budget participatif", "Budget participatif 2025", "Votez pour vos projets préférés."),
            ("/fr-FR/projects/coeur-de-ville-vos-idees", "Idées", "Cœur de ville : vos idées", "Proposez et soutenez."),
            ("/fr-FR/projects/enquete-jeunesse", "Questionnaire", "Enquête jeunesse", "Les 15-25 ans ont la parole."),
            ("/fr-FR/projects/propositions-citoyennes", "Propositions", "Propositions citoyennes", "300 soutiens pour une réponse du maire.")])),
        page("/fr-FR/projects/budget-participatif-2025", "Budget participatif 2025", m.p(
            "400 000 € à répartir. Vous disposez d'un panier de 400 000 € : ajoutez les projets de votre choix et validez.")
             + m.gv_cards([("/fr-FR/ideas/ombrieres-place-des-martyrs", "Ombrières place des Martyrs", "Des voiles d'ombrage.", 214, 2)])
             + '<div class="e2e-pb-expenses-box"><p>Dépensé : 0 € / 400 000 €</p><button class="e2e-submit-budget-button">Valider mon panier</button></div>',
             {"participatory_budget"}),
        page("/fr-FR/ideas/ombrieres-place-des-martyrs", "Ombrières place des Martyrs", m.p(
            "Installer des voiles d'ombrage au-dessus de l'aire de jeux. Coût : 65 000 €.")
             + '<button class="e2e-assign-budget-button">Ajouter à mon panier</button>'
             + '<div id="e2e-comments-container"><h2>Commentaires (2)</h2><div class="e2e-comment"><b>Lola</b><p>Indispensable en juillet.</p></div>'
               '<div class="e2e-comment"><b>Gérard</b><p>Et des fontaines ?</p></div><form id="e2e-comment-form"><label for="submit-comment">Écrivez votre commentaire</label>'
               '<textarea id="submit-comment" name="comment" rows="3"></textarea><button id="e2e-submit-comment" type="submit">Publier</button></form></div>',
             {"participatory_budget", "comments"}, parent=("Budget participatif 2025", "/fr-FR/projects/budget-participatif-2025")),
        page("/fr-FR/projects/coeur-de-ville-vos-idees", "Cœur de ville : vos idées", m.p(
            "Comment rendre le centre ancien plus vivant ? Publiez vos idées jusqu'au 15 septembre.")
             + '<a class="e2e-idea-button" href="/fr-FR/projects/coeur-de-ville-vos-idees/ideas/new">Publier une idée</a>'
             + m.gv_cards([("/fr-FR/projects/coeur-de-ville-vos-idees", "Des terrasses partagées rue de la Libération", "Idée de Théo.", 54, 6)]),
             {"suggestion_call"}),
        page("/fr-FR/projects/coeur-de-ville-vos-idees/ideas/new", "Publier une idée", '<form id="idea-form" class="e2e-idea-form">'
             '<label for="e2e-idea-title-input">Titre</label><input id="e2e-idea-title-input" name="title_multiloc">'
             '<label for="body">Description</label><textarea id="body" name="body_multiloc" rows="6"></textarea>'
             '<button id="e2e-idea-form-submit" type="submit">Publier</button></form>', {"suggestion_call"},
             parent=("Cœur de ville : vos idées", "/fr-FR/projects/coeur-de-ville-vos-idees")),
        page("/fr-FR/projects/enquete-jeunesse", "Enquête jeunesse", m.p("Dix questions pour construire la politique jeunesse.")
             + '<form class="e2e-native-survey"><fieldset><legend>Quels équipements te manquent ?</legend>'
               '<label><input type="checkbox" name="q1" value="a"> Un lieu pour répéter de la musique</label>'
               '<label><input type="checkbox" name="q1" value="b"> Un skatepark</label><label><input type="checkbox" name="q1" value="c"> Un espace de coworking</label></fieldset>'
               '<fieldset><legend>Ton âge</legend><label><input type="radio" name="q2" value="1"> 15-17</label><label><input type="radio" name="q2" value="2"> 18-25</label></fieldset>'
               '<button class="e2e-submit-form" type="submit">Envoyer</button></form>', {"poll"}),
        # proposals that collect supports up to a threshold that obliges a response: a petition
        page("/fr-FR/projects/propositions-citoyennes", "Propositions citoyennes", m.p(
            "Une proposition qui réunit 300 soutiens en 90 jours reçoit une réponse officielle du maire.")
             + m.gv_cards([("/fr-FR/projects/propositions-citoyennes", "Des cours d'école ouvertes le week-end", "127 / 300 soutiens", 127, 4)])
             + '<a class="e2e-idea-button" href="/fr-FR/projects/propositions-citoyennes">Soumettre une proposition</a>',
             {"petition"}),
    ]
    gsite = Site(gv_host, "govocal", "Lunelmont participe", gpages,
                 menu=[("Accueil", "/"), ("Projets", "/fr-FR/projects/budget-participatif-2025"),
                       ("Propositions", "/fr-FR/projects/propositions-citoyennes")],
                 features=frozenset({"participatory_platform"}), platforms=frozenset({"govocal"}))
    return City("99246", "Lunelmont", 61200, "34", "76", "Occitanie", f"http://{www_host}/", [www, gsite])


# =================================================================================================================
# 99247 Saônerive — home-made portal (Nuxt), CONSUL Democracy


def saonerive() -> City:
    www_host, cs_host = "www.saonerive.fr", "decide.saonerive.fr"
    cs = f"http://{cs_host}"
    part = ("Saônerive décide", "/participer")
    news_items = [
        ("/actualites/budget-metropole", "La Métropole lance son budget participatif", "6 février 2025", "Un dispositif métropolitain."),
        ("/actualites/debat-public-autoroute", "Contournement autoroutier : débat public", "30 janvier 2025", "La CNDP organise le débat."),
        ("/actualites/arnaques-groupes-voisins", "Groupes de voisins en ligne : attention aux arnaques", "22 janvier 2025", "Les conseils de la police."),
        ("/actualites/maillot-rugby", "Le club de rugby fait voter ses supporters", "15 janvier 2025", "Un nouveau maillot."),
    ]
    pages = [
        page("/", "Accueil", _home(
            "Saônerive, capitale régionale de neuf secteurs, au confluent du Rhône et de la Saône.",
            [("/participer", "Saônerive décide"), ("/mairies-de-secteur", "Mairies de secteur"), ("/appels-a-projets", "Appels à projets"),
             ("/contact", "Contact"), ("/marches-publics", "Marchés publics"), ("/actualites/questionnaire-cantine", "Questionnaire cantine"),
             (f"{cs}/", "decide.saonerive.fr")],
            news_items, [("8", "février", "Assemblée de secteur 4", "Mairie du 4e secteur"),
                         ("13", "février", "Conseil municipal", "Hôtel de ville")])),
        page("/mairies-de-secteur", "Les mairies de secteur", m.p(
            "Les neuf mairies de secteur, avec leur maire de secteur et leur conseil de secteur élus, gèrent les "
            "équipements de proximité et accueillent vos démarches.")),
        page("/participer", "Saônerive décide", m.p(
            "« Saônerive décide » est la politique de participation de la Ville : 34 conseils de quartier, le "
            "conseil des aînés, un budget participatif de 25 M€ sur le mandat, le droit d'interpellation et des "
            "votations en ligne sur decide.saonerive.fr.")
             + m.links([("/participer/conseils-de-quartier", "Conseils de quartier"), ("/participer/conseil-des-aines", "Conseil des aînés"),
                        ("/participer/interpellation", "Droit d'interpellation"), (f"{cs}/", "La plateforme decide.saonerive.fr")]),
             {"participation_displayed"}, decoys={"participatory_platform"}),
        page("/participer/conseils-de-quartier", "Les conseils de quartier", m.p(
            "34 conseils de quartier, ouverts à tous les habitants, organisés par les mairies de secteur. Ils "
            "disposent d'un budget d'initiative et sont consultés sur les projets de leur territoire."),
             {"participation_displayed"}, parent=part),
        page("/participer/conseil-des-aines", "Le conseil des aînés", m.p(
            "Le conseil des aînés réunit 90 habitants de plus de 65 ans, en commissions (mobilité, habitat, culture). "
            "Il rend chaque année un avis au conseil municipal."), {"participation_displayed"}, parent=part),
        page("/participer/interpellation", "Le droit d'interpellation", m.p(
            "Une proposition citoyenne déposée sur decide.saonerive.fr qui recueille 5 000 soutiens d'habitants de "
            "plus de 16 ans est débattue en conseil municipal ; à 15 000, elle peut être soumise à votation.",
            f"<a href=\"{cs}/proposals\">Déposer ou soutenir une proposition</a>"),
             {"petition", "participation_displayed"}, parent=part),  # the city's own open petition right
        page("/appels-a-projets", "Appel à projets « Quartiers d'été »", m.p(
            "Collectifs d'habitants, associations de quartier : proposez vos projets d'animation pour l'été (fêtes de "
            "rue, jardins éphémères, cinéma en plein air). Jusqu'à 5 000 € par projet.")
             + m.vendor_form("/appels-a-projets", "Votre projet", [("text", "porteur", "Porteur du projet", None),
                                                                  ("email", "courriel", "Courriel", None),
                                                                  ("textarea", "projet", "Décrivez votre projet", None)], "Déposer", "Form"),
             {"suggestion_call"}),  # a call for residents' projects, not a tender
        page("/marches-publics", "Marchés publics", m.p(
            "Appels d'offres en cours : maintenance des ascenseurs (lot unique), nettoyage des vitreries. Dossiers "
            "de consultation sur le profil d'acheteur de la Ville."), decoys={"suggestion_call"}),
        page("/actualites/questionnaire-cantine", "Questionnaire : la restauration scolaire", m.p(
            "Parents d'élèves, votre avis sur les menus et les horaires de la cantine nous intéresse.")
             + m.tally("wMXk9a", "Questionnaire restauration scolaire"), {"poll"}),
        page("/actualites/budget-metropole", "La Métropole lance son budget participatif", m.p(
            "La Métropole ouvre un budget participatif de 10 M€ à l'échelle de ses 59 communes, sur son propre site. "
            "Les projets doivent relever des compétences métropolitaines (voirie, eau, propreté)."),
             decoys={"participatory_budget"}),
        page("/actualites/debat-public-autoroute", "Contournement autoroutier : débat public", m.p(
            "La Commission nationale du débat public organise un débat public sur le projet de contournement. "
            "Réunions, cahiers d'acteurs et questionnaire sont sur le site de la commission particulière."),
             decoys={"participation_displayed", "poll"}),
        page("/actualites/arnaques-groupes-voisins", "Groupes de voisins en ligne : attention aux arnaques", m.p(
            "Des escrocs se font passer pour des artisans dans les groupes de voisins sur Facebook ou Nextdoor. La "
            "police rappelle de ne jamais payer d'acompte en ligne. Ces groupes ne sont pas gérés par la Ville."),
             decoys={"territorial_social_network"}),
        page("/actualites/maillot-rugby", "Le club de rugby fait voter ses supporters", m.p(
            "Le club professionnel fait voter ses supporters sur son application pour choisir son maillot "
            "« centenaire ». Trois modèles en lice ; résultats au prochain match à domicile. Laissez vos "
            "commentaires sur le site du club."), decoys={"poll", "comments"}),
        page("/contact", "Contact", m.vendor_form("/contact", "Écrire à la Ville", [
            ("text", "nom", "Nom", None), ("email", "courriel", "Courriel", None),
            ("select", "secteur", "Votre secteur", [f"{i}e secteur" for i in range(1, 10)]),
            ("textarea", "message", "Votre message", None)], "Envoyer", "Form"), {"contact_form"}),
    ]
    www = Site(www_host, "cascades_nuxtcity", "Ville de Saônerive", pages,
               menu=[("Mairies de secteur", "/mairies-de-secteur"), ("Participer", "/participer"), ("Appels à projets", "/appels-a-projets"),
                     ("Contact", "/contact")],
               accounts=[social("facebook", "saonerive"), social("x", "Saonerive", "https://twitter.com/Saonerive"),
                         social("instagram", "saonerive"), social("linkedin", "ville-de-saonerive"),
                         social("mastodon", "saonerive@social.saonerive.fr"), social("youtube", "SaoneriveVille")],
               address="Hôtel de ville, place des Terreaux, 69001 Saônerive")
    bud = ("Budget participatif", "/budgets/3")
    props = ("Propositions", "/proposals")
    cpages = [
        page("/", "decide.saonerive.fr", m.p("Débattez, proposez, votez : la plateforme de participation de Saônerive.")
             + m.links([("/debates", "Débats"), ("/proposals", "Propositions citoyennes"), ("/budgets/3", "Budget participatif"),
                        ("/polls", "Votations")])),
        page("/debates", "Débats", m.links([("/debates/12", "Faut-il piétonniser la presqu'île le week-end ?")]), {"comments"}),
        page("/debates/12", "Faut-il piétonniser la presqu'île le week-end ?", m.p(
            "Débat ouvert par la mairie du 2e secteur avant la concertation sur le plan de circulation.")
             + m.consul_comments(12, [("Anaïs", "3 février", "Oui, comme rue de la République."), ("Pierre L.", "4 février", "Pensez aux livraisons.")]),
             {"comments"}, parent=("Débats", "/debates")),
        # supports up to a threshold that obliges a council debate: both a call for proposals and a petition
        page("/proposals", "Propositions citoyennes", m.p(
            "5 000 soutiens : débat en conseil municipal. 15 000 : votation citoyenne.")
             + '<a class="button" href="/proposals/new">Créer une proposition</a>'
             + m.consul_proposals([("/proposals/31", "Des fontaines à eau dans tous les parcs", "Déposée le 12 janvier", "Boire gratuitement en été.", 3120)]),
             {"suggestion_call", "petition"}),
        page("/proposals/31", "Des fontaines à eau dans tous les parcs", m.p(
            "Installer une fontaine d'eau potable dans chacun des 60 parcs et jardins de la ville.")
             + m.consul_proposals([("/proposals/31", "Des fontaines à eau dans tous les parcs", "3 120 soutiens sur 5 000", "", 3120)]),
             {"suggestion_call", "petition"}, parent=props),
        page("/proposals/new", "Créer une proposition", '<form class="new_proposal" id="new_proposal" action="/proposals" method="post">'
             '<label for="proposal_title">Titre de la proposition</label><input type="text" name="proposal[title]" id="proposal_title" maxlength="80">'
             '<label for="proposal_summary">Résumé</label><textarea name="proposal[summary]" id="proposal_summary" rows="4" maxlength="200"></textarea>'
             '<label for="proposal_description">Texte développé</label><textarea name="proposal[description]" id="proposal_description" rows="8"></textarea>'
             '<input type="submit" name="commit" value="Créer une proposition" class="button"></form>',
             {"suggestion_call", "petition"}, parent=props),
        page("/budgets/3", "Budget participatif 2025", m.p(
            "Phase de vote : choisissez les projets de votre secteur dans la limite de 3 M€ par secteur.")
             + m.links([("/budgets/3/investments", "Voir les projets et voter"), ("/budgets/2/results", "Résultats 2023")]),
             {"participatory_budget"}),
        page("/budgets/3/investments", "Projets — 4e secteur", m.consul_investments([
            ("/budgets/3/investments", "Végétaliser la montée de la Grande-Côte", "4e secteur", "Plantations et bancs.", "420 000"),
            ("/budgets/3/investments", "Un abri pour la boîte à livres du plateau", "4e secteur", "Et une grainothèque.", "12 000")],
            "Votez pour les projets de votre secteur"), {"participatory_budget"}, parent=bud),
        page("/budgets/2/results", "Budget participatif 2023 — résultats", m.consul_investments([
            ("/budgets/2/results", "Jardin partagé des Pentes", "1er secteur", "Lauréat — réalisé.", "95 000")], "Projets lauréats", ballot=False),
             decoys={"participatory_budget"}, parent=bud),
        page("/polls", "Votations", m.links([("/polls/7", "Votation : le nom du nouveau pont"), ("/polls/5", "Votation 2024 : horaires des parcs")])),
        page("/polls/7", "Votation : le nom du nouveau pont", m.consul_poll(7, [
            ("Quel nom pour le pont reliant Confluence et Gerland ?", ["Pont Lucie-Aubrac", "Pont des Deux-Fleuves", "Pont de la Mulatière-Nord"])]),
             {"poll"}, parent=("Votations", "/polls")),
        page("/polls/5", "Votation 2024 : horaires des parcs", m.p("Votation terminée. Participation : 21 400 votants.")
             + m.results_bars("Ouvrir les grands parcs jusqu'à 23 h l'été ?", [("Oui", 71, 15194), ("Non", 29, 6206)], 21400, "votation close"),
             decoys={"poll"}, parent=("Votations", "/polls")),
    ]
    csite = Site(cs_host, "consul", "decide.saonerive.fr", cpages,
                 menu=[("Débats", "/debates"), ("Propositions", "/proposals"), ("Budgets participatifs", "/budgets/3"), ("Votations", "/polls")],
                 features=frozenset({"participatory_platform"}), platforms=frozenset({"consul"}))
    return City("99247", "Saônerive", 476500, "69", "84", "Auvergne-Rhône-Alpes", f"http://{www_host}/", [www, csite])


# =================================================================================================================
# 99248 Thionvaux — Drupal 10 (DSFR, Webform, comments), Consultvox, neighbourhood network


def thionvaux() -> City:
    www_host, cv_host, nt_host = "www.thionvaux.fr", "thionvaux.consultvox.co", "quartiers.thionvaux.fr"
    cv, nt = f"http://{cv_host}", f"http://{nt_host}"
    part = ("Thionvaux en partage", "/thionvaux-en-partage")
    news_items = [
        ("/actualites/parc-des-berges", "Le parc des Berges s'agrandit", "10 septembre 2025", "Deux hectares de plus."),
        ("/actualites/enquete-mobilite", "Enquête : vos déplacements", "4 septembre 2025", "Répondez avant le 30."),
        ("/actualites/quartiers-connectes-un-an", "Le réseau Quartiers connectés a un an", "28 août 2025", "2 100 membres."),
        ("/actualites/conseil-citoyen-candidatures", "Conseils de quartier : appel à candidatures", "20 août 2025", "Rejoignez votre conseil."),
    ]
    pages = [
        page("/", "Accueil", _home(
            "Thionvaux, ville de Meurthe-et-Moselle au bord de la Moselle, 58 900 habitants.",
            [("/thionvaux-en-partage", "Thionvaux en partage"), ("/contact", "Contact"), ("/demarches/inscription-cantine", "Cantine"),
             (f"{cv}/", "Concertations en ligne"), (f"{nt}/", "Quartiers connectés"), ("/securite/participation-citoyenne", "Sécurité"),
             ("/mairie/conseil-municipal", "Conseil municipal")],
            news_items, [("16", "septembre", "Conseil de quartier Bel-Air", "Centre social"),
                         ("23", "septembre", "Conseil municipal", "Hôtel de ville")])),
        page("/thionvaux-en-partage", "Thionvaux en partage", m.p(
            "« Thionvaux en partage » réunit les instances et les outils de la démocratie locale : cinq conseils de "
            "quartier, un conseil municipal des enfants, un budget participatif, des concertations en ligne et un "
            "réseau d'entraide entre voisins.")
             + m.links([("/thionvaux-en-partage/conseils-de-quartier", "Les conseils de quartier"),
                        ("/thionvaux-en-partage/conseil-municipal-des-enfants", "Le conseil municipal des enfants"),
                        (f"{cv}/", "Concertations en ligne"), (f"{nt}/", "Quartiers connectés")]),
             {"participation_displayed"}, decoys={"participatory_platform", "territorial_social_network"}),
        page("/thionvaux-en-partage/conseils-de-quartier", "Les conseils de quartier", m.p(
            "Cinq conseils de quartier (Centre, Bel-Air, Les Provinces, Saint-Pierre, Garche) réunissent chacun "
            "vingt habitants volontaires. Ils donnent leur avis sur les projets et proposent des actions."),
             {"participation_displayed"}, parent=part),
        page("/thionvaux-en-partage/conseil-municipal-des-enfants", "Le conseil municipal des enfants", m.p(
            "Les élèves de CM1 et CM2 élisent 33 conseillers pour deux ans. Cette année : un potager dans chaque "
            "école et une campagne pour la propreté des abords."), {"participation_displayed"}, parent=part),
        page("/actualites/parc-des-berges", "Le parc des Berges s'agrandit", m.p(
            "Deux hectares de prairies et un ponton de pêche s'ajoutent au parc des Berges. Ouverture en octobre.")
             + m.drupal_comments(514, [("Gilles", "11 sept.", "Et des toilettes ?"), ("Amandine", "12 sept.", "Magnifique projet.")]),
             {"comments"}),
        page("/actualites/enquete-mobilite", "Enquête : vos déplacements", m.p("La Ville prépare son plan de mobilité. Quelques questions :")
             + m.drupal_webform("enquete_mobilite", "Questionnaire anonyme.", [
                 ("radios", "mode_principal", "Votre mode de déplacement principal", ["Voiture", "Bus", "Vélo", "Marche"]),
                 ("checkboxes", "attentes", "Vos attentes", ["Plus de pistes cyclables", "Plus de bus", "Plus de stationnement"])]),
             {"poll"}),
        page("/actualites/quartiers-connectes-un-an", "Le réseau Quartiers connectés a un an", m.p(
            "Lancé par la Ville il y a un an, le réseau d'entraide de voisinage compte 2 100 membres. Bilan : 600 "
            "services rendus, 300 objets prêtés."), decoys={"territorial_social_network"}),
        page("/actualites/conseil-citoyen-candidatures", "Conseils de quartier : appel à candidatures", m.p(
            "Les conseils de quartier se renouvellent : habitants de plus de 16 ans, portez-vous candidats avant le "
            "30 septembre. Les membres sont désignés pour trois ans ; un tiers des sièges est tiré au sort."),
             {"participation_displayed"}, decoys={"suggestion_call"}),  # a call for candidates to a body, not for ideas
        page("/mairie/conseil-municipal", "Le conseil municipal", m.p(
            "Le conseil municipal compte 39 élus. Prochaine séance : mardi 23 septembre, 18 h 30. Ordre du jour : "
            "budget supplémentaire, tarifs de la piscine, convention avec le CCAS."),
             decoys={"participation_displayed"}),
        page("/securite/participation-citoyenne", "Dispositif « participation citoyenne »", m.p(
            "Piloté par la gendarmerie et la préfecture, le dispositif associe des habitants référents à la "
            "vigilance de leur quartier. Une réunion d'information a lieu le 2 octobre."),
             decoys={"participation_displayed"}),
        page("/contact", "Contact", m.drupal_webform("contact", "Écrivez-nous, nous vous répondrons sous huit jours.", [
            ("textfield", "nom", "Nom", None), ("email", "courriel", "Courriel", None), ("textfield", "objet", "Objet", None),
            ("textarea", "message", "Message", None)]), {"contact_form"}),
        page("/demarches/inscription-cantine", "Inscription à la cantine", m.drupal_webform("inscription_cantine", "Rentrée 2025-2026.", [
            ("textfield", "enfant", "Nom de l'enfant", None), ("textfield", "ecole", "École", None),
            ("checkboxes", "jours", "Jours", ["Lundi", "Mardi", "Jeudi", "Vendredi"])], "Inscrire"),
             decoys={"contact_form"}),
    ]
    www = Site(www_host, "cascades_dsfr", "Ville de Thionvaux", pages,
               menu=[("Thionvaux en partage", "/thionvaux-en-partage"), ("Mairie", "/mairie/conseil-municipal"), ("Contact", "/contact")],
               accounts=[social("facebook", "thionvaux"), social("instagram", "ville_thionvaux"),
                         social("bluesky", "thionvaux.bsky.social")],
               address="Hôtel de ville, place Wilson, 54000 Thionvaux")
    gare = ("Quartier de la gare", "/processes/quartier-gare")
    vpages = [
        page("/", "Concertations en ligne", m.cvx_cards([
            ("/processes/quartier-gare", "En cours", "Quartier de la gare", "Questionnaire et contributions."),
            ("/processes/bp-2025", "En cours", "Budget participatif 2025", "Déposez vos projets."),
            ("/processes/bp-2023", "Terminé", "Budget participatif 2023", "Lauréats.")])),
        page("/processes/quartier-gare", "Quartier de la gare", m.p("Concertation sur le réaménagement du parvis de la gare.")
             + m.links([("/processes/quartier-gare/f/3/", "Questionnaire"), ("/processes/quartier-gare/f/4/proposals", "Contributions")]),
             {"participation_displayed"}),  # a concertation the city presents on its platform
        page("/processes/quartier-gare/f/3/", "Questionnaire", m.cvx_questionnaire(3, [
            ("Comment accédez-vous à la gare ?", ["À pied", "Vélo", "Bus", "Voiture"]),
            ("Que manque-t-il sur le parvis ?", ["Ombre", "Stationnement vélo", "Commerces"])]), {"poll"}, parent=gare),
        page("/processes/quartier-gare/f/4/proposals", "Contributions", m.cvx_contribution_form("/processes/quartier-gare/f/4/proposals"),
             {"suggestion_call"}, parent=gare),
        page("/processes/bp-2025", "Budget participatif 2025", m.p(
            "300 000 € pour des projets d'habitants. Dépôt jusqu'au 31 octobre, vote en janvier.")
             + m.cvx_contribution_form("/processes/bp-2025/f/9/proposals"), {"participatory_budget", "suggestion_call"}),
        page("/processes/bp-2023", "Budget participatif 2023", m.p(
            "Première édition close : 9 projets lauréats, 2 900 votants. Tous réalisés."), decoys={"participatory_budget"}),
    ]
    vsite = Site(cv_host, "cascades_consultvox", "Thionvaux en partage", vpages,
                 menu=[("Accueil", "/"), ("Quartier de la gare", "/processes/quartier-gare"), ("Budget participatif", "/processes/bp-2025")],
                 features=frozenset({"participatory_platform"}), platforms=frozenset({"consultvox"}))
    npages = [
        page("/", "Quartiers connectés", m.community_posts([
            ("Isabelle", "Bel-Air", "Qui veut des semis de tomates ? J'en ai trop.", 5),
            ("Association Garche", "Garche", "Nettoyage des berges samedi 9 h, gants fournis.", 8)])
             + m.links([("/quartier/bel-air", "Quartier Bel-Air"), ("/quartier/centre", "Quartier Centre")])),
        page("/quartier/bel-air", "Bel-Air", m.community_posts([
            ("Yves", "Bel-Air", "Perceuse à prêter, demandez-moi.", 2)])),
        page("/quartier/centre", "Centre", m.community_posts([
            ("Sonia", "Centre", "Cherche quelqu'un pour promener mon chien le midi.", 3)])),
    ]
    nsite = Site(nt_host, "community", "Quartiers connectés — Thionvaux", npages,
                 menu=[("Fil", "/"), ("Bel-Air", "/quartier/bel-air"), ("Centre", "/quartier/centre")],
                 features=frozenset({"territorial_social_network"}))
    return City("99248", "Thionvaux", 58900, "54", "44", "Grand Est", f"http://{www_host}/", [www, vsite, nsite])


def cities():
    return [illkirchen_ried(), montmoselle(), valgreniere(), castelmourel(), clairmontet(), lunelmont(), saonerive(),
            thionvaux()]


def hosts():
    return {}
