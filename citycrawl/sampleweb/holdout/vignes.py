"""Holdout part ``vignes`` (cities 99651-99658): eight fictional communes of 50,000 to 100,000 inhabitants on
agency CMSs, Drupal, TYPO3, SPIP, Joomla and WordPress, with participation spaces on Cap Collectif, Decidim,
Go Vocal, Fluicity, Consultvox and a platform under the city's own brand, and the lookalikes real sites hold."""
from html import escape

from ..site import City, Site, page, social
from ..web import Reply
from ..hostile import CustomHost
from . import vignes_markup as m

P = page


def _home(intro, quick, news, events, extra=""):
    return (m.cookie_banner() + m.prose(intro) + m.quick_links(quick) + m.teasers(news) + m.agenda(events) + extra)


def _agenda_page(events, extra=""):
    """The city's events calendar: (href or "", title, date, place)."""
    rows = "".join(
        f'<li class="event"><p class="event__date"><time>{escape(d)}</time></p><h2 class="event__title">'
        + (f'<a href="{h}">{escape(t)}</a>' if h else escape(t)) + f'</h2><p class="event__place">{escape(pl)}</p></li>'
        for h, t, d, pl in events)
    return P("/agenda", "Agenda", '<form class="agenda-filter" method="get" action="/agenda"><label for="agenda-month">Mois</label>'
             '<select id="agenda-month" name="mois"><option>Juin</option><option>Juillet</option></select>'
             '<button type="submit">Filtrer</button></form>' + f'<ul class="event-list">{rows}</ul>' + extra)


# =================================================================================================
# 99651 Montrevaux (Hauts-de-Seine): agency CMS (Stratis-like), Cap Collectif space, Publik e-services
# =================================================================================================
MTV = "www.montrevaux.fr"
MTV_JP = "jeparticipe.montrevaux.fr"
MTV_DEM = "demarches.montrevaux.fr"
_MTV_PROJ = "budget-participatif-2025"


def montrevaux():
    news = [("/actualites/budget-participatif-vote-ouvert", "Budget participatif : à vous de voter !", "12 mai 2025",
             "38 projets sont soumis au vote des Montrevaliens jusqu'au 15 juin."),
            ("/actualites/reunion-publique-gare", "Quartier de la gare : réunion publique le 3 juin", "5 mai 2025",
             "Le projet de réaménagement du parvis sera présenté aux riverains."),
            ("/actualites/recensement-2025", "Recensement 2025 : merci de bien accueillir les agents", "15 janv. 2025",
             "Un échantillon de logements est recensé chaque année."),
            ("/actualites/fete-de-la-musique", "Fête de la musique : le programme", "2 juin 2025",
             "Scènes ouvertes dans les quatre quartiers.")]
    www = [
        P("/", "Accueil", _home(
            "Bienvenue sur le site officiel de la Ville de Montrevaux.",
            [("/ma-ville/democratie-locale", "Participer"), ("http://" + MTV_DEM + "/", "Mes démarches"),
             ("/ma-ville/conseil-municipal", "Conseil municipal"), ("/contact", "Contacter la mairie"),
             ("/ma-ville/marches-publics", "Marchés publics"), ("/newsletter", "Lettre d'information")],
            news, [("/vie-associative/forum-des-associations", "Forum des associations", "6 sept."),
                   ("/ma-ville/democratie-locale/conseils-de-quartier/quartier-des-tilleuls", "Conseil de quartier des Tilleuls", "18 juin")],
            m.related([("/actualites/", "Toutes les actualités"), ("/ma-ville/budget-et-finances", "Budget de la ville")]))),
        P("/ma-ville/democratie-locale", "Démocratie locale", m.prose(
            "La Ville associe les habitants aux décisions qui concernent leur cadre de vie. Six conseils de quartier, "
            "un conseil des sages et un budget participatif annuel font vivre cette démocratie de proximité.",
            "Une charte de la participation citoyenne, adoptée en conseil municipal, fixe les engagements de chacun : "
            "information en amont des projets, restitution des avis, droit de suite.")
          + m.quick_links([("/ma-ville/democratie-locale/conseils-de-quartier", "Les conseils de quartier"),
                           ("/ma-ville/democratie-locale/conseil-des-sages", "Le conseil des sages"),
                           ("/ma-ville/democratie-locale/budget-participatif", "Le budget participatif"),
                           ("http://" + MTV_JP + "/", "La plateforme Je participe")], "Les instances"),
          {"participation_displayed"}),
        P("/ma-ville/democratie-locale/conseils-de-quartier", "Les conseils de quartier", m.prose(
            "Chaque conseil de quartier réunit des habitants volontaires, des représentants d'associations et deux élus "
            "référents. Il se réunit en séance plénière trois fois par an ; ses séances sont ouvertes au public.",
            "Pour rejoindre le conseil de votre quartier, il suffit de remplir le bulletin d'inscription disponible en "
            "mairie annexe ou d'écrire à la mission démocratie locale.")
          + m.bullets('<a href="/ma-ville/democratie-locale/conseils-de-quartier/quartier-des-tilleuls">Les Tilleuls</a>',
                      "Centre-ville", "Les Bruyères-Hautes", "Plateau", "Bords de Seine", "La Garenne")
          + m.mailto_block("democratie.locale@montrevaux.fr"), {"participation_displayed"},
          parent=("Démocratie locale", "/ma-ville/democratie-locale")),
        # minutes of one neighbourhood meeting: the instance at work, residents' questions and the answers
        P("/ma-ville/democratie-locale/conseils-de-quartier/quartier-des-tilleuls", "Conseil de quartier des Tilleuls",
          m.prose("Prochaine séance plénière : mercredi 18 juin, 19 h, école Paul-Bert.",
                  "Compte rendu de la séance du 12 mars : une cinquantaine d'habitants présents. Les membres du conseil ont "
                  "présenté leur diagnostic sur la sécurité aux abords du collège ; la Ville s'est engagée à étudier une zone "
                  "de rencontre rue des Lilas. Le groupe de travail « nature en ville » cherche de nouveaux membres.")
          + m.document_list([("/medias/cq-tilleuls-cr-mars.pdf", "Compte rendu du 12 mars", "210 Ko")]),
          {"participation_displayed"}, parent=("Les conseils de quartier", "/ma-ville/democratie-locale/conseils-de-quartier")),
        P("/ma-ville/democratie-locale/conseil-des-sages", "Le conseil des sages", m.prose(
            "Instance consultative composée de 24 Montrevaliens de plus de 65 ans, le conseil des sages rend des avis "
            "au maire sur les projets de la ville et mène ses propres réflexions : mobilité des aînés, lien entre générations.",
            "Les membres sont désignés pour trois ans après un appel à volontaires."), {"participation_displayed"},
          parent=("Démocratie locale", "/ma-ville/democratie-locale")),
        P("/ma-ville/democratie-locale/budget-participatif", "Le budget participatif", m.prose(
            "Chaque année, 500 000 euros du budget d'investissement sont consacrés à des projets imaginés et choisis par "
            "les habitants. Toute personne de plus de 11 ans habitant, étudiant ou travaillant à Montrevaux peut proposer "
            "un projet, puis voter pour ses préférés.")
          + m.steps([("Dépôt des projets", "du 6 janvier au 28 février"), ("Analyse par les services", "mars - avril"),
                     ("Vote des habitants", "du 12 mai au 15 juin"), ("Résultats", "fin juin")], current=2)
          + f'<p><a class="btn" href="http://{MTV_JP}/project/{_MTV_PROJ}/selection/vote">Je vote pour mes projets</a></p>'
          + m.related([("/ma-ville/democratie-locale/budget-participatif/reglement", "Le règlement"),
                       ("/ma-ville/democratie-locale/budget-participatif/laureats-2024", "Les lauréats 2024")]),
          {"participatory_budget"}, parent=("Démocratie locale", "/ma-ville/democratie-locale")),
        P("/ma-ville/democratie-locale/budget-participatif/reglement", "Règlement du budget participatif", m.prose(
            "Article 1 - Objet. Le budget participatif permet aux habitants de proposer et de choisir des projets "
            "d'intérêt général relevant des compétences de la commune.",
            "Article 4 - Recevabilité. Les projets doivent relever de l'investissement, ne pas dépasser 80 000 euros et "
            "être localisés sur le territoire communal.",
            "Article 7 - Vote. Chaque votant choisit jusqu'à trois projets ; le vote a lieu en ligne et dans les mairies annexes."),
          {"participatory_budget"}, parent=("Le budget participatif", "/ma-ville/democratie-locale/budget-participatif")),
        P("/ma-ville/democratie-locale/budget-participatif/laureats-2024", "Budget participatif 2024 : les lauréats", m.prose(
            "4 812 habitants ont voté lors de la troisième édition. Voici les onze projets retenus, réalisés ou en cours.")
          + m.bullets("Un verger partagé au parc des Bruyères-Hautes (41 000 €) - réalisé",
                      "Des fontaines à eau sur les berges (23 000 €) - réalisé",
                      "Une piste de pumptrack au Plateau (78 000 €) - travaux en septembre"),
          {"participatory_budget"}, parent=("Le budget participatif", "/ma-ville/democratie-locale/budget-participatif")),
        P("/ma-ville/conseil-municipal", "Le conseil municipal", m.prose(
            "Le conseil municipal se réunit en séance publique environ six fois par an dans la salle du conseil de l'hôtel de ville.",
            "Prochaine séance : jeudi 26 juin à 19 h. Ordre du jour : décision modificative n°1, tarifs périscolaires, "
            "dénomination d'une voie.") + m.document_list([("/medias/cm-odj-juin.pdf", "Ordre du jour", "95 Ko"),
                                                             ("/medias/cm-pv-avril.pdf", "Procès-verbal du 10 avril", "410 Ko")]),
          decoys={"participation_displayed"}),
        P("/ma-ville/budget-et-finances", "Budget et finances", m.prose(
            "Le budget primitif 2025 s'élève à 142 millions d'euros, dont 38 millions d'investissement. Le compte "
            "administratif 2024 et le rapport d'orientation budgétaire sont consultables ci-dessous.")
          + m.document_list([("/medias/bp-2025.pdf", "Budget primitif 2025", "2,1 Mo"),
                             ("/medias/ca-2024.pdf", "Compte administratif 2024", "1,8 Mo")]),
          decoys={"participatory_budget"}),
        P("/ma-ville/marches-publics", "Marchés publics", m.prose(
            "Les avis d'appel public à la concurrence de la Ville sont publiés sur la plateforme des achats publics. "
            "Consultations en cours : entretien des espaces verts (lot 2), fourniture de mobilier scolaire.",
            "Les entreprises peuvent déposer leurs offres de manière dématérialisée."), decoys={"suggestion_call"}),
        P("/actualites/", "Actualités", m.teasers(news, "Toutes les actualités")),
        # a news item wholly about the budget's vote, with the link to vote: the budget itself, not a passing mention
        P("/actualites/budget-participatif-vote-ouvert", "Budget participatif : à vous de voter !", m.prose(
            "Après l'analyse des services, 38 projets déposés par les habitants sont soumis au vote. Végétalisation, "
            "sport, solidarité : choisissez jusqu'à trois projets sur la plateforme Je participe ou dans les mairies annexes.",
            f'<a href="http://{MTV_JP}/project/{_MTV_PROJ}/selection/vote">Voter en ligne</a>')
          + m.share_buttons(f"http://{MTV}/actualites/budget-participatif-vote-ouvert", "Budget participatif"),
          {"participatory_budget"}, parent=("Actualités", "/actualites/")),
        # a news item on a works project: the public meeting is named in passing, no approach is presented
        P("/actualites/reunion-publique-gare", "Quartier de la gare : réunion publique le 3 juin", m.prose(
            "Les travaux du parvis de la gare commenceront à l'automne. Le calendrier du chantier, les déviations de bus "
            "et le futur marché couvert seront présentés lors d'une réunion publique le 3 juin à 19 h au gymnase Jaurès.")
          + m.share_buttons(f"http://{MTV}/actualites/reunion-publique-gare", "Réunion publique"),
          decoys={"participation_displayed"}, parent=("Actualités", "/actualites/")),
        P("/actualites/recensement-2025", "Recensement 2025", m.prose(
            "Du 16 janvier au 22 février, des agents recenseurs munis d'une carte officielle se présenteront dans les "
            "logements tirés au sort par l'Insee. Vous pourrez répondre au questionnaire en ligne sur le site "
            "le-recensement-et-moi.fr avec les codes remis par l'agent."), decoys={"poll"}, parent=("Actualités", "/actualites/")),
        P("/actualites/fete-de-la-musique", "Fête de la musique", m.prose(
            "Le 21 juin, scènes ouvertes place de la Mairie, au kiosque des Tilleuls et sur les berges. Inscriptions des "
            "groupes amateurs closes.") + m.share_buttons(f"http://{MTV}/actualites/fete-de-la-musique", "Fête de la musique"),
          parent=("Actualités", "/actualites/")),
        P("/vie-associative/forum-des-associations", "Forum des associations", m.prose(
            "Samedi 6 septembre, de 10 h à 18 h, plus de 150 associations vous attendent au complexe sportif Léo-Lagrange "
            "pour présenter leurs activités et prendre les inscriptions."), decoys={"forum"}),
        P("/contact", "Contacter la mairie", m.prose("Hôtel de ville - accueil du lundi au vendredi de 8 h 30 à 17 h 30.")
          + m.agency_form("/contact", m.CONTACT_FIELDS), {"contact_form"}),
        P("/newsletter", "Lettre d'information", m.prose("Recevez chaque mois l'actualité de Montrevaux.")
          + m.agency_form("/newsletter", [("email", "Votre courriel *", "email"),
                                          ("consent", "J'accepte de recevoir la lettre d'information", "checkbox")],
                          submit="S'abonner", cls="form form--newsletter"), decoys={"contact_form"}),
    ]
    www.append(_agenda_page([
        ("/ma-ville/democratie-locale/conseils-de-quartier/quartier-des-tilleuls", "Conseil de quartier des Tilleuls", "18 juin", "École Paul-Bert"),
        ("/actualites/fete-de-la-musique", "Fête de la musique", "21 juin", "Centre-ville"),
        ("/ma-ville/conseil-municipal", "Séance du conseil municipal", "26 juin", "Hôtel de ville"),
        ("", "Brocante des Bords de Seine", "29 juin", "Quai Gallieni"),
        ("/vie-associative/forum-des-associations", "Forum des associations", "6 septembre", "Complexe Léo-Lagrange")]))
    www_site = Site(MTV, "vendor", "Ville de Montrevaux", www,
                    menu=[("Ma ville", "/ma-ville/democratie-locale"), ("Actualités", "/actualites/"),
                          ("Démarches", "http://" + MTV_DEM + "/"), ("Contact", "/contact")],
                    accounts=[social("facebook", "VilledeMontrevaux"), social("instagram", "montrevaux_officiel"),
                              social("linkedin", "ville-de-montrevaux")],
                    address="Hôtel de ville, 1 place de la République, 92390 Montrevaux")

    proposals = [(1201, "jardin-partage-des-tilleuls", "Un jardin partagé aux Tilleuls",
                  "Transformer la pelouse de la rue des Lilas en potager collectif.", 412, 9),
                 (1202, "boites-a-livres", "Des boîtes à livres dans chaque quartier",
                  "Six boîtes fabriquées par le lycée professionnel.", 287, 4)]
    jp = [
        P("/", "Accueil", m.prose("Bienvenue sur Je participe, la plateforme de participation citoyenne de Montrevaux : "
                                  "budget participatif, consultations et questionnaires.")
          + f'<section class="projects"><h2>Projets participatifs</h2><ul class="project-list">'
          f'<li><a href="/project/{_MTV_PROJ}/presentation/le-budget">Budget participatif 2025</a></li>'
          '<li><a href="/project/avenir-place-du-marche/consultation/consultation">L\'avenir de la place du Marché</a></li>'
          '<li><a href="/project/questionnaire-mobilites/questionnaire/questionnaire">Questionnaire mobilités</a></li>'
          '<li><a href="/pages/charte">Charte de participation</a></li></ul></section>'),
        P(f"/project/{_MTV_PROJ}/presentation/le-budget", "Budget participatif 2025", m.capco_steps(_MTV_PROJ, [
            ("presentation", "le-budget", "Présentation", "", "closed"),
            ("collect", "depot-des-projets", "Dépôt des projets", "06/01 - 28/02", "closed"),
            ("selection", "vote", "Vote", "12/05 - 15/06", "open")])
          + m.prose("500 000 € pour vos projets. Le dépôt est terminé : 112 projets ont été proposés, 38 sont soumis au vote."),
          {"participatory_budget"}),
        # the filing step is over: the list of deposited projects stays, no form calls for new ones
        P(f"/project/{_MTV_PROJ}/collect/depot-des-projets", "Dépôt des projets", m.prose(
            "Étape terminée le 28 février. Merci pour vos 112 propositions !")
          + m.capco_proposals(_MTV_PROJ, "depot-des-projets", proposals), {"participatory_budget"}, decoys={"suggestion_call"}),
        P(f"/project/{_MTV_PROJ}/selection/vote", "Vote", m.prose("Vous disposez de 3 votes. Connectez-vous pour voter.")
          + m.capco_proposals(_MTV_PROJ, "depot-des-projets", proposals)
          + '<div class="proposal__vote"><a class="btn btn-success" href="/login">Voter</a></div>', {"participatory_budget"}),
        P(f"/project/{_MTV_PROJ}/collect/depot-des-projets/proposals/jardin-partage-des-tilleuls", "Un jardin partagé aux Tilleuls",
          m.prose("Transformer la pelouse de la rue des Lilas en potager collectif géré par une association d'habitants. "
                  "Estimation : 35 000 €.")
          + m.capco_comments([("Nadia B.", "14/05/2025", "Super idée, les enfants de l'école pourraient y participer."),
                              ("Marc T.", "16/05/2025", "Qui arrosera l'été ?")]), {"participatory_budget", "comments"}),
        P(f"/project/{_MTV_PROJ}/collect/depot-des-projets/proposals/boites-a-livres", "Des boîtes à livres dans chaque quartier",
          m.prose("Six boîtes à livres en bois fabriquées par les élèves du lycée professionnel. Estimation : 9 000 €.")
          + m.capco_comments([("Lucie", "13/05/2025", "Il y en a déjà une au parc, elle marche très bien.")]),
          {"participatory_budget", "comments"}),
        P("/project/avenir-place-du-marche/consultation/consultation", "L'avenir de la place du Marché", m.prose(
            "Concertation préalable au réaménagement de la place : donnez votre avis sur les trois scénarios.")
          + m.capco_comments([("Hélène R.", "02/04/2025", "Le scénario 2 garde les platanes, je vote pour."),
                              ("Yacine", "03/04/2025", "Prévoir un vrai parking vélo.")]),
          {"participation_displayed", "comments"}),
        P("/project/questionnaire-mobilites/questionnaire/questionnaire", "Questionnaire mobilités",
          m.prose("Comment vous déplacez-vous ? Répondez en 5 minutes, jusqu'au 30 juin.")
          + m.agency_form("/project/questionnaire-mobilites/questionnaire/questionnaire", [
              ("q1", "Quel mode utilisez-vous le plus ?", "radio:Voiture|Transports en commun|Vélo|Marche"),
              ("q2", "Seriez-vous favorable à une zone 30 généralisée ?", "radio:Oui|Non|Sans avis"),
              ("q3", "Vos remarques", "textarea")], submit="Envoyer mes réponses", cls="questionnaire-form"), {"poll"}),
        P("/pages/charte", "Charte de participation", m.prose(
            "Cette charte rappelle les principes de la participation citoyenne à Montrevaux : transparence, écoute, "
            "respect des opinions, retour systématique sur les contributions.", "Modération : les contributions "
            "injurieuses ou hors sujet sont retirées."), {"participation_displayed"}),
    ]
    jp_site = Site(MTV_JP, "capcollectif", "Je participe - Montrevaux", jp,
                   menu=[("Accueil", "/"), ("Budget participatif", f"/project/{_MTV_PROJ}/presentation/le-budget"),
                         ("Charte", "/pages/charte")],
                   features=frozenset({"participatory_platform"}), platforms=frozenset({"cap_collectif"}))
    dem = [
        P("/", "Mes démarches", m.prose("Vos démarches en ligne, 24 h/24.")
          + m.bullets('<a href="/contacter-la-mairie/">Écrire à la mairie</a>', '<a href="/reservation-salle/">Réserver une salle</a>',
                      '<a href="/paiement-cantine/">Payer la restauration scolaire</a>', f'<a href="http://{MTV}/">Site de la ville</a>')),
        P("/contacter-la-mairie/", "Écrire à la mairie", m.prose("Une question ? Un signalement ? Nos services vous répondent.")
          + '<form method="post" action="/contacter-la-mairie/" class="quixote" enctype="multipart/form-data">'
            '<div class="widget StringWidget template-nom"><div class="title"><label for="form_f1">Nom</label></div>'
            '<div class="content"><input id="form_f1" name="f1" type="text" /></div></div><div class="widget EmailWidget">'
            '<div class="title"><label for="form_f2">Courriel</label></div><div class="content"><input id="form_f2" '
            'name="f2" type="email" /></div></div><div class="widget TextWidget"><div class="title"><label for="form_f3">'
            'Votre message</label></div><div class="content"><textarea id="form_f3" name="f3" rows="8"></textarea></div>'
            '</div><div class="buttons submit"><button name="submit" value="Envoyer">Envoyer</button></div></form>',
          {"contact_form"}),
        P("/reservation-salle/", "Réserver une salle", m.prose("Salles municipales pour les associations et les particuliers.")
          + '<form method="post" action="/reservation-salle/" class="quixote"><div class="widget ItemWidget"><label for="form_s">'
            'Salle</label><select id="form_s" name="f1"><option>Salle des fêtes</option><option>Salle Colette</option></select>'
            '</div><div class="widget DateWidget"><label for="form_d">Date</label><input id="form_d" name="f2" type="date" /></div>'
            '<div class="widget StringWidget"><label for="form_n">Nombre de personnes</label><input id="form_n" name="f3" '
            'type="number" /></div><div class="buttons"><button name="submit">Vérifier la disponibilité</button></div></form>',
          decoys={"contact_form"}),
        P("/paiement-cantine/", "Payer la restauration scolaire", m.prose("Réglez vos factures par carte bancaire.")
          + '<form method="post" action="/paiement-cantine/" class="quixote"><label for="ref">Référence de la facture</label>'
            '<input id="ref" name="reference" type="text" /><label for="mt">Montant</label><input id="mt" name="montant" '
            'type="text" /><button name="submit">Payer en ligne</button></form>', decoys={"contact_form"}),
    ]
    dem_site = Site(MTV_DEM, "publik", "Montrevaux - démarches", dem, menu=[("Accueil", "/")],
                    address="Hôtel de ville de Montrevaux")
    return City("99651", "Montrevaux", 86_400, "92", "11", "Île-de-France", f"http://{MTV}/", [www_site, jp_site, dem_site])


# =================================================================================================
# 99652 Vénissac (Rhône): Drupal, a poll block, Webform, native comments, a hosted neighbours' network
# =================================================================================================
VNS = "www.venissac.fr"
VNS_VOISINS = "voisins.venissac.fr"


def venissac():
    poll = m.drupal_poll(14, "Faut-il installer des toilettes publiques au parc Gerland-Sud ?", ["Oui", "Non", "Sans avis"])
    news = [("/actualites/nouvelle-passerelle", "La passerelle du Rhône ouvre aux piétons", "3 avril 2025",
             "Un nouveau lien entre les berges et le quartier Bel-Air."),
            ("/actualites/travaux-rue-jaures", "Travaux rue Jean-Jaurès", "20 mars 2025", "Circulation alternée jusqu'en mai."),
            ("/actualites/plan-velo", "Le plan vélo 2025-2030 adopté", "14 mars 2025", "22 km de pistes supplémentaires."),
            ("/actualites/forum-emploi", "Forum de l'emploi le 10 avril", "1er mars 2025", "60 employeurs présents.")]
    side = m.drupal_newsletter()
    www = [
        P("/", "Accueil", m.cookie_banner("eu") + m.with_sidebar(
            m.prose("Vénissac, ville de la Métropole de Lyon, 64 000 habitants.")
            + m.quick_links([("/participer", "Participer"), ("/contact", "Contact"), ("/mairie/budget", "Budget"),
                             ("/mairie/conseil-municipal", "Conseil municipal"), ("/vivre-a-venissac/proprete", "Propreté"),
                             ("/mairie/subventions-associations", "Associations")])
            + m.teasers(news) + m.agenda([("/vivre-a-venissac/fete-des-voisins", "Fête des voisins", "23 mai")]),
            side + m.related([("/mairie/reseaux-sociaux", "Nos réseaux sociaux"), ("/actualites", "Actualités"),
                              ("/vivre-a-venissac/sondage-stationnement", "Stationnement"),
                              ("/vivre-a-venissac/securite/participation-citoyenne", "Sécurité : participation citoyenne"),
                              ("/agenda", "Agenda")]))),
        # a generic heading; the approach stands only in running text
        P("/participer", "Participer", m.prose(
            "Vous habitez Vénissac et vous avez envie de vous impliquer ? Il existe plusieurs façons de prendre part à la vie "
            "de la commune. Les conseils de quartier se réunissent dans chacun des cinq secteurs ; le conseil citoyen du "
            "Centre associe les habitants au contrat de ville ; la boîte à idées recueille vos propositions toute l'année.",
            "Avant chaque grand projet d'aménagement, la Ville organise une concertation avec les riverains : ateliers, "
            "balades urbaines, réunions publiques.")
          + m.related([("/participer/conseils-de-quartier", "Conseils de quartier"), ("/participer/conseil-citoyen-centre", "Conseil citoyen"),
                       ("/participer/boite-a-idees", "Boîte à idées"), ("/participer/reseau-voisins", "Le réseau des voisins"),
                       ("/participer/questionnaire-parc-gerland", "Questionnaire : le parc Gerland-Sud")], "Pour aller plus loin"),
          {"participation_displayed"}),
        P("/participer/conseils-de-quartier", "Les conseils de quartier", m.prose(
            "Cinq conseils de quartier couvrent la ville : Bel-Air, Centre, Les Minguettes-Nord, Parilly et Le Moulin-à-Vent.",
            "Ouverts à tous les habitants de plus de 16 ans, ils débattent des projets du secteur, formulent des propositions "
            "et disposent d'une enveloppe annuelle de 15 000 € pour de petits aménagements.")
          + m.related([("/participer/conseils-de-quartier/compte-rendu-bel-air", "Dernier compte rendu : Bel-Air")]),
          {"participation_displayed"}, parent=("Participer", "/participer")),
        P("/participer/conseils-de-quartier/compte-rendu-bel-air", "Conseil de quartier Bel-Air : séance du 4 février", m.prose(
            "Trente-deux habitants présents. Points abordés : sécurisation de la traversée devant l'école, propreté du square, "
            "suite donnée à la demande de bancs. Le conseil a voté l'achat de trois jardinières sur son enveloppe.",
            "Prochaine réunion publique du conseil de quartier : mardi 6 mai, 18 h 30, maison de quartier."),
          {"participation_displayed"}, parent=("Les conseils de quartier", "/participer/conseils-de-quartier")),
        P("/participer/conseil-citoyen-centre", "Le conseil citoyen du Centre", m.prose(
            "Créé dans le cadre de la politique de la ville, le conseil citoyen réunit des habitants tirés au sort et des "
            "acteurs locaux. Il participe au pilotage du contrat de ville et au projet de renouvellement urbain."),
          {"participation_displayed"}, parent=("Participer", "/participer")),
        P("/participer/boite-a-idees", "Boîte à idées", m.prose(
            "Une idée pour améliorer la vie à Vénissac ? Proposez-la ! Chaque idée reçoit une réponse et les plus "
            "partagées sont étudiées en conseil de quartier.")
          + m.drupal_webform("boite_a_idees", "/participer/boite-a-idees", [
              ("nom", "Nom", "text"), ("courriel", "Courriel", "email"),
              ("quartier", "Quartier concerné", "select:Bel-Air|Centre|Minguettes-Nord|Parilly|Moulin-à-Vent"),
              ("idee", "Votre idée", "textarea")], submit="Proposer mon idée"),
          {"suggestion_call"}, parent=("Participer", "/participer")),
        # the city's page presenting its neighbours' network and sending residents to it
        P("/participer/reseau-voisins", "Le réseau des voisins", m.prose(
            "La Ville a lancé avec l'association des centres sociaux un réseau social de proximité réservé aux habitants de "
            "Vénissac : prêter une perceuse, proposer un covoiturage, trouver un coup de main pour les courses, "
            "annoncer une fête de rue.",
            "L'inscription est gratuite ; votre adresse est vérifiée pour que vous échangiez avec vos vrais voisins.",
            f'<a class="btn" href="http://{VNS_VOISINS}/">Rejoindre le réseau des voisins</a>'),
          {"territorial_social_network"}, parent=("Participer", "/participer")),
        P("/vivre-a-venissac/proprete", "Propreté urbaine", m.with_sidebar(m.prose(
            "Les agents de la propreté interviennent six jours sur sept. Pour signaler un dépôt sauvage, appelez le 04 00 00 00 00.",
            "La Ville étudie l'installation de sanitaires publics : donnez votre avis dans le sondage."), poll),
          {"poll"}),
        P("/vivre-a-venissac/sondage-stationnement-resultats", "Résultats du sondage sur le stationnement",
          m.prose("Le sondage est clôturé depuis le 31 janvier. Merci aux 1 146 participants.")
          + m.drupal_poll_results("Êtes-vous favorable au stationnement payant en centre-ville ?",
                                  [("Oui", 31, 355), ("Non", 62, 711), ("Sans avis", 7, 80)], 1146), decoys={"poll"}),
        # the police watch scheme: residents relay facts to the police; no participation approach, no network
        P("/vivre-a-venissac/securite/participation-citoyenne", "Dispositif de participation citoyenne", m.prose(
            "Signé entre le maire, le préfet et la police nationale, le protocole de participation citoyenne associe des "
            "habitants référents à la prévention des cambriolages dans leur rue.",
            "Les référents signalent tout fait inhabituel au commissariat ; ils n'interviennent jamais eux-mêmes."),
          decoys={"participation_displayed", "territorial_social_network"}),
        # an event of neighbours, not a network where they post
        P("/vivre-a-venissac/fete-des-voisins", "Fête des voisins", m.prose(
            "Le 23 mai, organisez un repas avec vos voisins ! La Ville prête tables, bancs et kits de fête (ballons, "
            "affiches, gobelets) sur réservation auprès de la mairie."), decoys={"territorial_social_network"}),
        P("/vivre-a-venissac/sondage-stationnement", "Stationnement en centre-ville", m.prose(
            "Le plan de stationnement entre en vigueur le 1er juillet.",
            '<a href="/vivre-a-venissac/sondage-stationnement-resultats">Voir les résultats du sondage</a>')),
        P("/actualites", "Actualités", m.teasers(news, "Actualités")),
        P("/actualites/nouvelle-passerelle", "La passerelle du Rhône ouvre aux piétons", m.prose(
            "Après dix-huit mois de travaux, la passerelle relie les berges au quartier Bel-Air. Elle est réservée aux "
            "piétons et aux cyclistes.")
          + m.drupal_comments(311, [("Sandrine", "4 avril 2025", "Très belle réalisation, bravo."),
                                    ("Paul L.", "5 avril 2025", "Il manque un éclairage côté berges.")]),
          {"comments"}, parent=("Actualités", "/actualites")),
        P("/actualites/travaux-rue-jaures", "Travaux rue Jean-Jaurès", m.prose(
            "Renouvellement des réseaux d'eau par la Métropole : circulation alternée du 24 mars au 16 mai.")
          + '<section class="comments"><p>Les commentaires sont fermés pour ce contenu.</p></section>',
          decoys={"comments"}, parent=("Actualités", "/actualites")),
        P("/actualites/plan-velo", "Le plan vélo 2025-2030 adopté", m.prose(
            "Le conseil municipal a adopté le plan vélo : 22 km de pistes, 600 arceaux, une vélo-école. Il tient compte "
            "des remarques formulées lors de la concertation de l'automne dernier."),
          decoys={"participation_displayed"}, parent=("Actualités", "/actualites")),
        P("/actualites/forum-emploi", "Forum de l'emploi", m.prose(
            "Le forum de l'emploi revient le 10 avril à l'espace Albert-Camus : 60 employeurs, des ateliers CV et des "
            "job-datings."), decoys={"forum"}, parent=("Actualités", "/actualites")),
        P("/mairie/budget", "Le budget de la commune", m.prose(
            "Budget primitif 2025 : 78,4 millions d'euros. Le débat d'orientation budgétaire a eu lieu le 3 février.",
            "Principaux investissements : rénovation du groupe scolaire Pasteur, piscine, éclairage LED."),
          decoys={"participatory_budget"}),
        P("/mairie/conseil-municipal", "Conseil municipal", m.prose(
            "Séances publiques à l'hôtel de ville. Prochaine séance le 30 juin à 18 h 30 ; retransmission en direct.",
            "Ordre du jour : compte de gestion 2024, convention avec la Métropole, motion sur le service public postal."),
          decoys={"participation_displayed"}),
        P("/mairie/subventions-associations", "Subventions aux associations", m.prose(
            "L'appel à projets associatifs 2026 est ouvert jusqu'au 15 octobre : les associations vénissacoises peuvent "
            "solliciter une subvention de fonctionnement ou de projet en déposant leur dossier."),
          decoys={"suggestion_call"}),
        P("/mairie/reseaux-sociaux", "Nos réseaux sociaux", m.prose(
            "Suivez l'actualité de la ville sur nos comptes officiels : "
            '<a href="https://www.facebook.com/VilleDeVenissac">Facebook</a>, '
            '<a href="https://www.instagram.com/venissac_ville">Instagram</a>.',
            'Pour les sorties et le tourisme, suivez aussi l\'office de tourisme intercommunal : '
            '<a href="https://www.facebook.com/ot.rhone.sud">Facebook de l\'office</a>.')),
        P("/contact", "Contact", m.prose("Mairie de Vénissac, place Léon-Blum.")
          + m.drupal_webform("contact", "/contact", [("name", "Votre nom", "text"), ("email", "Votre adresse de courriel", "email"),
                                                    ("subject", "Sujet", "text"), ("message", "Message", "textarea")]),
          {"contact_form"}),
        P("/participer/questionnaire-parc-gerland", "Questionnaire : le parc Gerland-Sud de demain", m.prose(
            "Le parc Gerland-Sud va être réaménagé en 2026. Avant de dessiner le projet, la Ville interroge les usagers : "
            "questionnaire ouvert jusqu'au 20 juin.")
          + m.drupal_webform("questionnaire_parc", "/participer/questionnaire-parc-gerland", [
              ("frequence", "À quelle fréquence venez-vous au parc ?", "select:Tous les jours|Chaque semaine|Rarement"),
              ("usage", "Pour quoi faire ?", "select:Promenade|Jeux d'enfants|Sport|Pique-nique"),
              ("attentes", "Qu'aimeriez-vous y trouver ?", "textarea")], submit="Envoyer mes réponses"),
          {"poll"}, parent=("Participer", "/participer")),
        P("/newsletter", "Newsletter", m.prose("Abonnez-vous à la lettre électronique de Vénissac.") + m.drupal_newsletter(),
          decoys={"contact_form"}),
    ]
    www.append(_agenda_page([
        ("/vivre-a-venissac/fete-des-voisins", "Fête des voisins", "23 mai", "Dans votre rue"),
        ("/participer/conseils-de-quartier/compte-rendu-bel-air", "Réunion publique du conseil de quartier Bel-Air", "6 mai", "Maison de quartier"),
        ("/actualites/forum-emploi", "Forum de l'emploi", "10 avril", "Espace Albert-Camus"),
        ("", "Ciné plein air", "12 juillet", "Parc Gerland-Sud")]))
    www_site = Site(VNS, "drupal", "Ville de Vénissac", www,
                    menu=[("Participer", "/participer"), ("Actualités", "/actualites"), ("Contact", "/contact"),
                          ("Newsletter", "/newsletter")],
                    accounts=[social("facebook", "VilleDeVenissac"), social("instagram", "venissac_ville")],
                    address="Hôtel de ville, place Léon-Blum, 69210 Vénissac")
    nb = [
        P("/", "Le réseau des voisins de Vénissac", m.prose(
            "Entraide, prêts, dons, sorties : le réseau social des habitants de Vénissac, quartier par quartier.")
          + '<section class="feed"><h2>Dernières publications</h2><ul class="feed__list">'
            '<li class="post"><a href="/annonces/pret-d-outils">Prête taille-haie, secteur Bel-Air</a> <span>il y a 2 h</span></li>'
            '<li class="post"><a href="/quartiers/bel-air">Groupe Bel-Air : 418 membres</a></li>'
            '<li class="post"><a href="/fonctionnement">Comment ça marche ?</a></li></ul></section>'),
        P("/quartiers/bel-air", "Groupe Bel-Air", m.prose("418 voisins inscrits.")
          + '<ul class="feed__list"><li class="post"><strong>Amina</strong> : Qui a trouvé un chat tigré rue Molière ?</li>'
            '<li class="post"><strong>Gérard</strong> : Je donne des plants de tomates samedi matin.</li></ul>'
            '<form class="post-form" method="post" action="/quartiers/bel-air"><textarea name="contenu" '
            'placeholder="Publier un message à vos voisins"></textarea><button>Publier</button></form>'),
        P("/annonces/pret-d-outils", "Prête taille-haie", m.prose(
            "Je prête mon taille-haie électrique aux voisins du secteur Bel-Air, à récupérer au 12 rue Molière.")
          + '<div class="replies"><p><strong>Éric</strong> : Merci, je passe dimanche !</p></div>'),
        P("/fonctionnement", "Comment ça marche ?", m.prose(
            "Inscrivez-vous avec votre adresse : vous rejoignez automatiquement le groupe de votre quartier. Publiez "
            "des annonces, répondez à vos voisins, créez des événements.", "Le réseau est proposé par la Ville de Vénissac.")),
    ]
    nb_site = Site(VNS_VOISINS, "community", "Voisins de Vénissac", nb, menu=[("Accueil", "/"), ("Fonctionnement", "/fonctionnement")],
                   features=frozenset({"territorial_social_network"}))
    return City("99652", "Vénissac", 64_200, "69", "84", "Auvergne-Rhône-Alpes", f"http://{VNS}/", [www_site, nb_site],
                decoy_accounts=("https://www.facebook.com/ot.rhone.sud",))


# ---- page layouts of the hosted spaces that have no theme of their own (served by a CustomHost) -------

def _crumbs(page):
    trail = '<a href="/">Accueil</a>'
    if page.parent:
        trail += f' › <a href="{page.parent[1]}">{escape(page.parent[0])}</a>'
    return trail + ("" if page.path == "/" else f" › <span>{escape(page.title)}</span>")


def _menu(site, cls):
    return "".join(f'<li class="{cls}"><a href="{h}">{escape(t)}</a></li>' for t, h in site.menu)


def white_label(site, page):
    """A participation platform sold under the city's brand: a React front rendered on the server."""
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(page.title)} - {escape(site.title)}</title>
<meta property="og:title" content="{escape(page.title)}"><meta property="og:type" content="website">
<link rel="stylesheet" href="/_next/static/css/7d1c0a2e9b.css"><script src="/_next/static/chunks/main-3f0b8e.js" defer></script>
</head><body><div id="__next"><header class="pf-header"><a class="pf-header__brand" href="/">{escape(site.title)}</a>
<nav class="pf-nav" aria-label="Menu"><ul>{_menu(site, "pf-nav__item")}</ul></nav><a class="pf-header__login" href="/mentions-legales">Mentions</a>
<a class="pf-header__login" href="/connexion">Connexion / Inscription</a></header>
<main class="pf-main"><nav class="pf-breadcrumb">{_crumbs(page)}</nav><h1 class="pf-title">{escape(page.title)}</h1>
<div class="pf-content">{page.body}</div></main>
<footer class="pf-footer"><ul><li><a href="/mentions-legales">Mentions légales</a></li><li><a href="/connexion">Mon compte</a></li></ul>
<p>Plateforme de participation citoyenne</p></footer></div></body></html>"""


def fluicity(site, page):
    """A Fluicity space: the city's page on the vendor's domain."""
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(page.title)} | {escape(site.title)} - Fluicity</title>
<meta name="description" content="Participez à la vie de votre ville avec Fluicity">
<link rel="stylesheet" href="https://static.flui.city/web/app.2b7e4f.css"><script src="https://static.flui.city/web/app.9c1d3a.js" defer></script>
</head><body class="fluicity-web"><div id="root"><header class="flc-topbar"><a class="flc-topbar__city" href="/">{escape(site.title)}</a>
<nav class="flc-tabs"><ul>{_menu(site, "flc-tabs__tab")}</ul></nav><a class="flc-topbar__signin" href="/connexion">Se connecter</a></header>
<main class="flc-main"><p class="flc-breadcrumb">{_crumbs(page)}</p><h1 class="flc-title">{escape(page.title)}</h1>{page.body}</main>
<footer class="flc-footer"><a href="/mentions-legales">Mentions légales</a> · <a href="https://www.flui.city/" rel="noopener">Propulsé par Fluicity</a>
<p>Téléchargez l'application Fluicity sur iOS et Android.</p></footer></div></body></html>"""


def consultvox(site, page):
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(page.title)} - {escape(site.title)}</title>
<link rel="stylesheet" href="/themes/consultvox/css/main.min.css?v=4.12"><script src="/themes/consultvox/js/main.min.js?v=4.12" defer></script>
</head><body class="cvx cvx-page"><a class="cvx-skip" href="#contenu">Aller au contenu</a>
<header class="cvx-header"><div class="cvx-header__logo"><a href="/">{escape(site.title)}</a></div>
<nav class="cvx-header__nav"><ul>{_menu(site, "cvx-nav-item")}</ul></nav><div class="cvx-header__account"><a href="/connexion">Se connecter</a></div></header>
<main id="contenu" class="cvx-main"><div class="cvx-ariane">{_crumbs(page)}</div><h1 class="cvx-h1">{escape(page.title)}</h1>{page.body}</main>
<footer class="cvx-footer"><ul><li><a href="/mentions-legales">Mentions légales</a></li><li><a href="/connexion">Espace participant</a></li></ul>
<p class="cvx-footer__powered">Plateforme Consultvox</p></footer></body></html>"""


def limesurvey_layout(site, page):
    return f"""<!DOCTYPE html>
<html lang="fr" class="no-js"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="generator" content="LimeSurvey http://www.limesurvey.org" />
<title>{escape(page.title)}</title>
<link rel="stylesheet" href="/tmp/assets/2d7f1b3c/survey.css"><link rel="stylesheet" href="/themes/survey/fruity/css/theme.css">
<script src="/tmp/assets/8a9b0c1d/jquery-3.7.1.min.js"></script>
</head><body class="fruity lang-fr brand-ville"><div id="beginScripts"></div>
<div class="navbar navbar-default ls-navbar" id="survey-nav"><a class="navbar-brand" href="/">{escape(site.title)}</a>
<ul class="nav navbar-nav">{_menu(site, "nav-item")}</ul></div>
<article><div id="outerframeContainer" class="container outerframe"><h1 class="survey-name text-center">{escape(page.title)}</h1>
{page.body}</div></article><footer class="footer"><p><a href="/mentions-legales">Mentions légales</a> · Questionnaires de la Ville</p></footer>
</body></html>"""


def _layout_host(site, layout):
    def special(request):
        found = site.by_path.get(request.target)
        return Reply.html(layout(site, found)) if found is not None else None
    return CustomHost(site, special)


_ACCOUNT_PAGES = [("/connexion", "Connexion", m.agency_form("/connexion", [("email", "Courriel", "email"),
                                                                            ("password", "Mot de passe", "password")],
                                                              submit="Se connecter", cls="form form--login"))]


def _space_pages():
    return [P(path, title, body, decoys={"contact_form"}) for path, title, body in _ACCOUNT_PAGES]


# =================================================================================================
# 99653 Aubagnol (Bouches-du-Rhône): WordPress agency theme, right of petition, CIQ, white-label platform
# =================================================================================================
AUB = "www.aubagnol.fr"
AUB_JP = "jeparticipe.aubagnol.fr"


def aubagnol():
    poll = m.wp_polls(9, "Quel horaire pour le marché provençal du dimanche ?", ["7 h - 13 h", "8 h - 14 h", "9 h - 15 h"], 31)
    news = [("/actualites/nouvelle-mediatheque", "La médiathèque Marcel-Pagnol rouvre ses portes", "28 avril 2025",
             "Après un an de travaux, un lieu agrandi et accessible."),
            ("/actualites/hopital-de-proximite", "Hôpital : la Ville demande le maintien des urgences de nuit", "11 avril 2025",
             "Le conseil municipal a voté une motion à l'unanimité."),
            ("/actualites/sondage-marche-resultats", "Marché du dimanche : les résultats du sondage", "2 avril 2025",
             "Vous avez été 903 à répondre."),
            ("/actualites/fete-de-la-saint-eloi", "Fête de la Saint-Éloi : retour en images", "30 juin 2024",
             "Cavalcade et charrettes dans le centre ancien.")]
    sidebar = (m.wp_newsletter() + '<section class="widget widget_recent_entries"><h2 class="widget-title">À la une</h2><ul>'
               + "".join(f'<li><a href="{h}">{escape(t)}</a></li>' for h, t, _d, _c in news[:2]) + "</ul></section>")
    www = [
        P("/", "Accueil", m.cookie_banner("complianz") + m.prose("Bienvenue à Aubagnol, entre garrigue et calanques.")
          + m.quick_links([("/mairie/democratie-participative", "Démocratie participative"), ("/petitions/", "Pétitions citoyennes"),
                           ("/mairie/ecrire-au-maire", "Écrire au maire"),
                           ("/vie-quotidienne/marche-provencal", "Marché provençal"), ("/contact", "Nous contacter"),
                           ("/mairie/budget-2025", "Budget 2025"), ("/tourisme", "Tourisme"),
                           ("http://" + AUB_JP + "/", "Je participe")])
          + m.teasers(news, "Actualités", "post-list")
          + m.agenda([("/mairie/enquete-publique-plu", "Enquête publique PLU", "jusqu'au 20 juin"),
                      ("/mairie/concours-photo", "Concours photo", "jusqu'au 30 sept.")])
          + m.related([("/actualites/", "Toutes les actualités"), ("/mairie/appels-a-candidatures", "Appels à candidatures")])),
        P("/mairie/democratie-participative", "Démocratie participative", m.prose(
            "À Aubagnol, la démocratie ne s'arrête pas aux élections. Les comités d'intérêt de quartier (CIQ), "
            "interlocuteurs historiques de la mairie, la plateforme Je participe et le droit de pétition permettent à "
            "chacun de faire entendre sa voix.",
            "Les adjoints de secteur tiennent une permanence mensuelle dans chaque noyau villageois.")
          + m.related([("/mairie/democratie-participative/comites-d-interet-de-quartier", "Les CIQ"),
                       ("/mairie/democratie-participative/droit-de-petition", "Le droit de pétition"),
                       ("http://" + AUB_JP + "/", "La plateforme Je participe")]), {"participation_displayed"}),
        P("/mairie/democratie-participative/comites-d-interet-de-quartier", "Les comités d'intérêt de quartier", m.prose(
            "Associations de loi 1901, les quatorze CIQ d'Aubagnol représentent les habitants de leur quartier auprès de la "
            "municipalité. Ils sont reçus deux fois par an par le maire et consultés sur les projets d'aménagement.",
            "Retrouvez les coordonnées de votre CIQ : Les Passons, La Tourtelle, Le Pin-Vert, Beaudinard...")
          + m.mailto_block("ciq@aubagnol.fr", "Mission vie des quartiers"), {"participation_displayed"},
          parent=("Démocratie participative", "/mairie/democratie-participative")),
        P("/mairie/democratie-participative/droit-de-petition", "Le droit de pétition", m.prose(
            "Depuis 2023, tout habitant de 16 ans et plus peut lancer une pétition sur le site de la ville. Une pétition "
            "qui recueille 1 000 signatures en six mois est inscrite à l'ordre du jour du conseil municipal ; son auteur "
            "vient la présenter.", '<a href="/petitions/">Voir les pétitions en cours</a> - '
            '<a href="/petitions/deposer/">Lancer une pétition</a>'),
          {"petition"}, parent=("Démocratie participative", "/mairie/democratie-participative")),
        P("/petitions/", "Pétitions citoyennes", m.prose("Pétitions en cours et pétitions closes.")
          + m.petition_card("/petitions/ombrieres-ecole-jean-moulin/", "Des ombrières dans la cour de l'école Jean-Moulin", 642, 1000)
          + m.petition_card("/petitions/navette-calanques/", "Une navette vers les calanques l'été", 1214, 1000, "Close - débattue le 12 mars"),
          {"petition"}, parent=("Démocratie participative", "/mairie/democratie-participative")),
        P("/petitions/ombrieres-ecole-jean-moulin/", "Des ombrières dans la cour de l'école Jean-Moulin", m.prose(
            "Déposée par l'association des parents d'élèves le 3 mars. En juin, la cour dépasse 40 °C : nous demandons "
            "des ombrières et des arbres.", "<strong>642</strong> signatures - il reste 4 mois.")
          + m.petition_sign_form("/petitions/ombrieres-ecole-jean-moulin/", 18), {"petition"},
          parent=("Pétitions citoyennes", "/petitions/")),
        # a closed petition: the count and the council's answer remain, nobody can sign any more
        P("/petitions/navette-calanques/", "Une navette vers les calanques l'été", m.prose(
            "Pétition close le 15 janvier avec 1 214 signatures. Débattue au conseil municipal du 12 mars : la Ville "
            "expérimentera une navette les week-ends de juillet et août."), decoys={"petition"},
          parent=("Pétitions citoyennes", "/petitions/")),
        P("/petitions/deposer/", "Lancer une pétition", m.prose(
            "Votre pétition doit relever des compétences de la commune. Elle est publiée après vérification sous 10 jours.")
          + m.agency_form("/petitions/deposer/", [("titre", "Titre de la pétition *", "text"), ("texte", "Texte de la pétition *", "textarea"),
                                                  ("nom", "Votre nom *", "text"), ("email", "Courriel *", "email")],
                          submit="Soumettre ma pétition", cls="form form--petition-new"), {"petition"},
          parent=("Pétitions citoyennes", "/petitions/")),
        P("/vie-quotidienne/marche-provencal", "Le marché provençal", m.with_sidebar(m.prose(
            "Chaque dimanche, une centaine d'exposants cours Voltaire : producteurs, santons, tissus provençaux.",
            "Nous réfléchissons aux horaires d'été : votez dans le sondage !"), poll, "wp-block-columns"), {"poll"}),
        P("/actualites/sondage-marche-resultats", "Marché du dimanche : les résultats du sondage", m.prose(
            "Merci pour votre participation. Le marché ouvrira de 7 h à 13 h de juin à septembre.")
          + m.wp_polls_results(8, "Faut-il avancer l'ouverture du marché l'été ?", [("Oui", 71, 641), ("Non", 29, 262)], 903),
          decoys={"poll"}, parent=("Actualités", "/actualites/")),
        P("/actualites/nouvelle-mediatheque", "La médiathèque Marcel-Pagnol rouvre ses portes", m.with_sidebar(m.prose(
            "1 200 m², un espace jeux vidéo, une grainothèque : la médiathèque rouvre le 3 mai.")
          + m.wp_comments([("Fabienne", "29 avril 2025", "Enfin ! Les horaires du samedi sont-ils élargis ?"),
                           ("Médiathèque", "29 avril 2025", "Oui, ouverture de 10 h à 18 h le samedi.")], 412), sidebar),
          {"comments"}, parent=("Actualités", "/actualites/")),
        P("/actualites/fete-de-la-saint-eloi", "Fête de la Saint-Éloi : retour en images", m.prose(
            "Merci aux confréries et aux bénévoles.") + m.wp_comments([], 377, open_=False),
          decoys={"comments"}, parent=("Actualités", "/actualites/")),
        P("/actualites/hopital-de-proximite", "Hôpital : la Ville demande le maintien des urgences de nuit", m.prose(
            "Le conseil municipal a voté une motion pour le maintien des urgences de nuit. Un collectif national de "
            "soignants a par ailleurs lancé une pétition sur la santé de proximité : "
            '<a href="https://www.change.org/p/sauvons-l-hopital-public">change.org</a>.'),
          decoys={"petition"}, parent=("Actualités", "/actualites/")),
        P("/actualites/", "Actualités", m.teasers(news, "Actualités", "post-list")),
        P("/contact", "Contact", m.prose("Mairie d'Aubagnol, 4 cours Voltaire. Du lundi au vendredi, 8 h - 17 h.")
          + m.cf7(118, 24, "/contact/", [("your-name", "Votre nom (obligatoire)", "text"), ("your-email", "Votre e-mail (obligatoire)", "email"),
                                         ("your-subject", "Objet", "text"), ("your-message", "Votre message", "textarea"),
                                         ("acceptance-rgpd", "J'accepte la politique de confidentialité", "checkbox")]),
          {"contact_form"}),
        P("/mairie/ecrire-au-maire", "Écrire au maire", m.prose(
            "Vous souhaitez interpeller le maire sur une question de la vie communale ? Utilisez ce formulaire ; "
            "le cabinet vous répond sous quinze jours.")
          + m.cf7(131, 58, "/mairie/ecrire-au-maire/", [("your-name", "Nom et prénom", "text"), ("your-email", "E-mail", "email"),
                                                        ("quartier", "Votre quartier", "text"), ("your-message", "Votre message", "textarea")],
                  "Envoyer au maire"), {"contact_form"}),
        P("/mairie/appels-a-candidatures", "Appels à candidatures", m.prose(
            "Occupation du domaine public : appel à candidatures pour l'exploitation d'un kiosque de restauration au "
            "parc de la Tourtelle. Dossiers à remettre avant le 30 juin.",
            "Recrutement : la Ville recherche des animateurs périscolaires (BAFA)."), decoys={"suggestion_call"}),
        P("/mairie/concours-photo", "Concours photo « Aubagnol au fil des saisons »", m.prose(
            "Envoyez jusqu'à trois photos avant le 30 septembre. Prix du jury et prix du public ; exposition en mairie.",
            "Règlement du concours disponible à l'accueil."), decoys={"suggestion_call"}),
        P("/mairie/budget-2025", "Budget 2025", m.prose(
            "Le budget primitif 2025, voté le 15 avril, s'élève à 71 millions d'euros. Taux de fiscalité inchangés.",
            "Le rapport d'orientation budgétaire détaille la programmation pluriannuelle des investissements."),
          decoys={"participatory_budget"}),
        # a legal public inquiry with a register; not an online questionnaire
        P("/mairie/enquete-publique-plu", "Enquête publique : modification du PLU", m.prose(
            "Une enquête publique sur la modification n°3 du plan local d'urbanisme se tient du 20 mai au 20 juin. "
            "Le commissaire enquêteur reçoit en mairie ; vos observations peuvent être consignées dans le registre ou "
            "adressées par courrier."), decoys={"poll"}),
        P("/tourisme", "Tourisme", m.prose(
            "L'office de tourisme du Pays d'Aubagnol vous accueille place de l'Horloge. Suivez-le sur "
            '<a href="https://www.instagram.com/aubagnol_tourisme">Instagram</a> et '
            '<a href="https://www.facebook.com/OfficeTourismeAubagnol">Facebook</a>.')),
    ]
    www.append(_agenda_page([
        ("/mairie/enquete-publique-plu", "Permanence du commissaire enquêteur", "4 juin", "Hôtel de ville"),
        ("/vie-quotidienne/marche-provencal", "Marché provençal", "chaque dimanche", "Cours Voltaire"),
        ("", "Festival des santonniers", "13 décembre", "Chapelle des Pénitents"),
        ("/mairie/concours-photo", "Remise des prix du concours photo", "18 octobre", "Médiathèque")]))
    www_site = Site(AUB, "wordpress", "Ville d'Aubagnol", www,
                    menu=[("Mairie", "/mairie/democratie-participative"), ("Actualités", "/actualites/"),
                          ("Pétitions", "/petitions/"), ("Contact", "/contact")],
                    accounts=[social("facebook", "VilleAubagnol"), social("x", "VilleAubagnol"),
                              social("youtube", "villeaubagnol")],
                    address="Hôtel de ville, 4 cours Voltaire, 13420 Aubagnol")

    jp = [
        P("/", "Je participe à Aubagnol", m.prose(
            "Consultations, appels à idées, questionnaires : la plateforme participative de la Ville d'Aubagnol.")
          + '<div class="pf-cards">'
            '<a class="pf-card pf-card--consultation" href="/consultations/pietonnisation-coeur-de-ville">Piétonnisation du cœur de ville <span class="pf-badge">En cours</span></a>'
            '<a class="pf-card pf-card--ideas" href="/idees/">Appel à idées : des cours d\'école plus vertes <span class="pf-badge">En cours</span></a>'
            '<a class="pf-card pf-card--survey" href="/questionnaires/rythmes-scolaires">Questionnaire rythmes scolaires</a>'
            '<a class="pf-card" href="/a-propos">À propos</a></div>'),
        P("/consultations/pietonnisation-coeur-de-ville", "Piétonnisation du cœur de ville", m.prose(
            "Concertation du 1er avril au 30 juin. Trois scénarios sont proposés ; contribuez, commentez les contributions "
            "des autres habitants, venez aux ateliers du samedi.")
          + '<section class="pf-contributions"><h2>Contributions (47)</h2><article class="pf-contribution"><p class="pf-contribution__author">'
            'Jean-Marc</p><p>Piétonniser oui, mais garder un accès livraisons le matin.</p></article>'
            '<form class="pf-contribution-form" method="post" action="/consultations/pietonnisation-coeur-de-ville/contributions">'
            '<label for="c-body">Votre contribution</label><textarea id="c-body" name="contribution[body]"></textarea>'
            '<button type="submit">Publier</button></form></section>',
          {"participation_displayed", "comments"}),
        P("/idees/", "Appel à idées : des cours d'école plus vertes", m.prose(
            "Parents, enfants, enseignants : proposez vos idées pour transformer les cours d'écoles en îlots de fraîcheur, "
            "jusqu'au 15 juin. Les idées retenues seront réalisées pendant l'été 2026.")
          + '<ul class="pf-ideas"><li><a href="/idees/verdir-les-cours-d-ecole">Des fontaines et des arbres fruitiers</a> - 32 soutiens</li></ul>'
          + m.agency_form("/idees/", [("titre", "Titre de votre idée", "text"), ("ecole", "École concernée", "select:Jean-Moulin|Les Passons|Beaudinard"),
                                      ("description", "Décrivez votre idée", "textarea")], submit="Proposer mon idée", cls="pf-form"),
          {"suggestion_call"}),
        P("/idees/verdir-les-cours-d-ecole", "Des fontaines et des arbres fruitiers", m.prose(
            "Proposée par Claire D. : planter des figuiers et installer deux fontaines dans la cour des Passons. 32 soutiens.")
          + '<section class="pf-comments"><h2>Commentaires (2)</h2><p><strong>Léo</strong> : Et un coin potager !</p>'
            '<p><strong>Samia</strong> : Attention aux guêpes avec les figues.</p><form method="post" action="/idees/verdir-les-cours-d-ecole/commentaires">'
            '<textarea name="comment[body]" aria-label="Votre commentaire"></textarea><button>Commenter</button></form></section>'
          + m.share_buttons(f"http://{AUB_JP}/idees/verdir-les-cours-d-ecole", "Des fontaines et des arbres fruitiers"),
          {"comments"}, decoys={"social_account"}, parent=("Appel à idées", "/idees/")),
        P("/questionnaires/rythmes-scolaires", "Questionnaire : rythmes scolaires", m.prose(
            "La semaine de quatre jours ou de quatre jours et demi ? Donnez votre avis avant le 31 mai.")
          + m.agency_form("/questionnaires/rythmes-scolaires", [
              ("q1", "Vous êtes", "radio:Parent|Enseignant|Animateur|Autre"),
              ("q2", "Quelle organisation préférez-vous ?", "radio:4 jours|4 jours et demi"),
              ("q3", "Un commentaire ?", "textarea")], submit="Valider mes réponses", cls="pf-survey"), {"poll"}),
        P("/a-propos", "À propos", m.prose(
            "Cette plateforme est éditée par la Ville d'Aubagnol. Les contributions sont modérées a posteriori selon la "
            "charte d'utilisation.")),
    ] + _space_pages()
    jp_site = Site(AUB_JP, "vendor", "Je participe - Aubagnol", jp,
                   menu=[("Accueil", "/"), ("Idées", "/idees/"), ("À propos", "/a-propos"),
                         ("Site de la ville", "http://" + AUB + "/")],
                   features=frozenset({"participatory_platform"}), platforms=frozenset({"custom"}))
    return City("99653", "Aubagnol", 52_800, "13", "93", "Provence-Alpes-Côte d'Azur", f"http://{AUB}/", [www_site, jp_site],
                decoy_accounts=("https://www.instagram.com/aubagnol_tourisme", "https://www.facebook.com/officetourismeaubagnol"))


# =================================================================================================
# 99654 Lormières (prefecture, Loir-et-Cher): TYPO3, états généraux, youth and elders' councils, LimeSurvey
# =================================================================================================
LRM = "www.lormieres.fr"
LRM_ENQ = "enquetes.lormieres.fr"


def lormieres():
    news = [("/actualites/ouverture-maison-des-projets", "La Maison des projets ouvre rue Porte-Chartraine", "7 mai 2025",
             "Maquettes et expositions sur les grands chantiers de la ville."),
            ("/actualites/recensement", "Recensement de la population", "10 janv. 2025", "Les agents recenseurs passent jusqu'au 22 février."),
            ("/actualites/enquete-insee-cadre-de-vie", "Enquête de l'Insee sur le cadre de vie", "3 févr. 2025",
             "Certains ménages seront sollicités."),
            ("/actualites/enquete-mobilite-resultats", "Mobilités : ce que vous nous avez dit", "18 déc. 2024",
             "Les résultats du questionnaire de l'automne.")]
    www = [
        P("/", "Accueil", m.cookie_banner() + m.prose("Lormières, préfecture de Loir-et-Cher, ville d'art et d'histoire.")
          + m.quick_links([("/citoyennete/etats-generaux-de-la-ville", "États généraux"), ("/contact", "Contact"),
                           ("/demarches/signaler-un-probleme", "Signaler un problème"),
                           ("/demarches/inscription-periscolaire", "Périscolaire"), ("/mairie/marches-publics", "Marchés publics"),
                           ("/mairie/conseil-municipal/ordre-du-jour", "Conseil municipal"), ("/citoyennete/comites-de-quartier", "Comités de quartier")])
          + m.typo3_news_list(news)
          + m.agenda([("/culture/forum-des-metiers", "Forum des métiers", "14 mars"),
                      ("/citoyennete/etats-generaux-de-la-ville", "Atelier des états généraux", "24 mai")])
          + m.related([("/actualites", "Toutes les actualités"), ("/citoyennete/appel-a-projets-citoyens", "Appel à projets citoyens"),
                       ("/securite/participation-citoyenne", "Participation citoyenne"),
                       ("/citoyennete/conseil-municipal-des-jeunes", "Conseil municipal des jeunes"),
                       ("/citoyennete/conseil-des-aines", "Conseil des aînés"),
                       ("/citoyennete/subventions-aux-associations", "Subventions aux associations"),
                       ("/mairie/finances/compte-administratif", "Finances")])),
        P("/citoyennete/etats-generaux-de-la-ville", "États généraux de Lormières", m.prose(
            "Quelle ville voulons-nous en 2035 ? Jusqu'en juin, la municipalité ouvre des états généraux : ateliers "
            "thématiques dans les quartiers, questionnaire en ligne, contributions écrites, conférence citoyenne de 30 "
            "habitants tirés au sort.",
            "Les propositions issues des états généraux seront présentées au conseil municipal à l'automne.")
          + m.steps([("Questionnaire en ligne", "avril - mai"), ("Ateliers de quartier", "mai - juin"),
                     ("Conférence citoyenne", "septembre"), ("Restitution", "novembre")], 0)
          + m.related([("/citoyennete/etats-generaux-de-la-ville/questionnaire", "Répondre au questionnaire"),
                       ("/citoyennete/etats-generaux-de-la-ville/synthese", "Synthèse des ateliers 2024")]),
          {"participation_displayed"}),
        P("/citoyennete/etats-generaux-de-la-ville/questionnaire", "Le questionnaire des états généraux", m.prose(
            "Le questionnaire prend dix minutes. Il est anonyme ; vous pouvez aussi le remplir sur papier en mairie.")
          + m.iframe(f"http://{LRM_ENQ}/index.php/482915?lang=fr", "Questionnaire des états généraux")
          + f'<p><a href="http://{LRM_ENQ}/index.php/482915?lang=fr">Ouvrir le questionnaire dans une nouvelle fenêtre</a></p>',
          {"poll"}, parent=("États généraux", "/citoyennete/etats-generaux-de-la-ville")),
        P("/citoyennete/etats-generaux-de-la-ville/synthese", "Synthèse des ateliers", m.prose(
            "Huit ateliers, 412 participants. Les habitants demandent davantage de commerces en centre-ville, des "
            "continuités cyclables entre les quartiers et la réouverture des berges de la Loire.",
            "Ce document de synthèse alimente la concertation qui se poursuit avec les comités de quartier.")
          + m.document_list([("/fileadmin/user_upload/synthese-ateliers.pdf", "Synthèse complète", "1,2 Mo")]),
          {"participation_displayed"}, parent=("États généraux", "/citoyennete/etats-generaux-de-la-ville")),
        # a youth council: an instance where young residents are consulted and carry projects
        P("/citoyennete/conseil-municipal-des-jeunes", "Conseil municipal des jeunes", m.prose(
            "Élus pour deux ans par leurs camarades, les 33 jeunes conseillers (11-15 ans) donnent leur avis sur les projets "
            "de la ville et portent leurs propres actions : skatepark, collecte solidaire, sécurité aux abords des collèges.",
            "Les candidatures pour le prochain mandat sont ouvertes dans les collèges en octobre."),
          {"participation_displayed"}),
        P("/citoyennete/conseil-des-aines", "Conseil des aînés", m.prose(
            "Le conseil des aînés réunit 20 Lormiérois de plus de 60 ans. Instance de réflexion et de proposition, il est "
            "consulté sur l'accessibilité, les transports et l'habitat des seniors."), {"participation_displayed"}),
        P("/citoyennete/comites-de-quartier", "Comités de quartier", m.prose(
            "Sept comités de quartier, composés d'habitants volontaires et présidés par un élu, se réunissent chaque "
            "trimestre. Ils relaient les attentes des habitants et participent aux diagnostics en marchant.")
          + m.powermail(7, "/citoyennete/comites-de-quartier", [("nom", "Nom", "text"), ("email", "Courriel", "email"),
                                                                 ("quartier", "Quartier", "select:Centre|Vienne|Quinière|Croix-Chevalier|Provinces")],
                        submit="Je souhaite rejoindre un comité"),
          {"participation_displayed"}, decoys={"contact_form"}),
        # residents, not associations, are called to propose projects for their street: a call for citizens' projects
        P("/citoyennete/appel-a-projets-citoyens", "Appel à projets citoyens", m.prose(
            "Vous avez une idée pour animer votre rue ou embellir votre quartier ? La Ville lance son appel à projets "
            "citoyens : les habitants, seuls ou en collectif, peuvent proposer un projet jusqu'au 30 septembre et "
            "recevoir jusqu'à 3 000 € pour le réaliser.", "Téléchargez le dossier et renvoyez-le à "
            '<a href="mailto:projets.citoyens@lormieres.fr">projets.citoyens@lormieres.fr</a>.')
          + m.document_list([("/fileadmin/user_upload/dossier-projets-citoyens.pdf", "Dossier de candidature", "180 Ko")]),
          {"suggestion_call"}),
        P("/citoyennete/subventions-aux-associations", "Subventions aux associations", m.prose(
            "Les demandes de subventions 2026 se font en ligne sur le portail des associations du 1er septembre au 15 "
            "octobre. Un appel à projets spécifique soutient les actions en faveur de la jeunesse."),
          decoys={"suggestion_call"}),
        P("/securite/participation-citoyenne", "Participation citoyenne", m.prose(
            "Dans les hameaux de Villefrancœur et des Granges, la gendarmerie et la mairie ont mis en place le dispositif "
            "« participation citoyenne » : des habitants référents, attentifs à la vie de leur secteur, relaient les "
            "faits suspects vers la brigade et diffusent les conseils de prévention.",
            "Devenir référent : s'adresser à la police municipale."),
          decoys={"participation_displayed"}),
        P("/mairie/conseil-municipal/ordre-du-jour", "Conseil municipal : ordre du jour", m.prose(
            "Séance publique du lundi 23 juin, 18 h, salle des délibérations.")
          + m.bullets("Approbation du procès-verbal", "Budget supplémentaire 2025", "Tarifs du conservatoire",
                      "Convention avec l'agglomération pour le réseau de bus"), decoys={"participation_displayed"}),
        P("/mairie/finances/compte-administratif", "Compte administratif 2024", m.prose(
            "Le compte administratif retrace l'exécution du budget de l'année. Recettes de fonctionnement : 64,2 M€.",
            "Le budget primitif 2025 a été voté le 16 décembre."), decoys={"participatory_budget"}),
        P("/mairie/marches-publics", "Marchés publics", m.prose(
            "Appels d'offres en cours : restauration du portail de l'église Saint-Nicolas ; maîtrise d'œuvre pour la "
            "rénovation du gymnase des Provinces. Dossiers de consultation sur le profil acheteur."),
          decoys={"suggestion_call"}),
        P("/actualites", "Actualités", m.typo3_news_list(news)),
        P("/actualites/ouverture-maison-des-projets", "La Maison des projets ouvre", m.prose(
            "Maquette du futur quartier de la gare, photos anciennes, vidéos : la Maison des projets est ouverte du "
            "mercredi au samedi. On pourra aussi y déposer les questionnaires des états généraux."),
          decoys={"participation_displayed"}, parent=("Actualités", "/actualites")),
        P("/actualites/recensement", "Recensement de la population", m.prose(
            "Le recensement a lieu du 16 janvier au 22 février. Répondez de préférence en ligne au questionnaire de "
            "l'Insee avec les identifiants fournis par l'agent recenseur."), decoys={"poll"}, parent=("Actualités", "/actualites")),
        P("/actualites/enquete-insee-cadre-de-vie", "Enquête de l'Insee sur le cadre de vie et la sécurité", m.prose(
            "L'Insee réalise une enquête statistique sur le cadre de vie. Quelques ménages de la commune seront "
            "interrogés par un enquêteur muni d'une carte officielle."), decoys={"poll"}, parent=("Actualités", "/actualites")),
        P("/actualites/enquete-mobilite-resultats", "Mobilités : ce que vous nous avez dit", m.prose(
            "Le questionnaire de l'automne est clos : 2 310 réponses. 58 % des répondants utilisent la voiture au "
            "quotidien, 21 % souhaitent se mettre au vélo si les itinéraires étaient sécurisés.")
          + f'<p>Les questionnaires sont publiés sur <a href="http://{LRM_ENQ}/">enquetes.lormieres.fr</a>.</p>',
          decoys={"poll"}, parent=("Actualités", "/actualites")),
        P("/contact", "Contact", m.prose("Hôtel de ville, 8 place Saint-Louis. Accueil : 8 h 30 - 17 h 30.")
          + m.powermail(3, "/contact", [("nom", "Nom", "text"), ("email", "E-mail", "email"), ("objet", "Objet", "text"),
                                        ("message", "Message", "textarea")]), {"contact_form"}),
        P("/demarches/signaler-un-probleme", "Signaler un problème sur l'espace public", m.prose(
            "Nid-de-poule, éclairage en panne, dépôt sauvage : décrivez le problème, les services techniques interviennent.")
          + m.powermail(5, "/demarches/signaler-un-probleme", [
              ("nature", "Nature du problème", "select:Voirie|Éclairage|Propreté|Espaces verts|Autre"),
              ("adresse", "Adresse", "text"), ("description", "Description", "textarea"), ("email", "Votre e-mail", "email")],
              submit="Envoyer le signalement"), {"contact_form"}),
        P("/demarches/inscription-periscolaire", "Inscription périscolaire", m.prose(
            "Inscrivez votre enfant à l'accueil du matin et du soir pour l'année scolaire.")
          + m.powermail(11, "/demarches/inscription-periscolaire", [
              ("enfant", "Nom et prénom de l'enfant", "text"), ("ecole", "École", "select:Bourgneuf|Marcel-Pagnol|Les Provinces"),
              ("jours", "Jours de présence", "select:Lundi|Mardi|Jeudi|Vendredi"), ("email", "Courriel du responsable", "email")],
              submit="Inscrire"), decoys={"contact_form"}),
        P("/culture/forum-des-metiers", "Forum des métiers et de l'orientation", m.prose(
            "Le 14 mars à la Halle aux grains : lycéens et étudiants rencontrent professionnels et formations."),
          decoys={"forum"}),
    ]
    www.append(_agenda_page([
        ("/citoyennete/etats-generaux-de-la-ville", "Atelier des états généraux : quartier Vienne", "24 mai", "Salle des Provinces"),
        ("/culture/forum-des-metiers", "Forum des métiers", "14 mars", "Halle aux grains"),
        ("/mairie/conseil-municipal/ordre-du-jour", "Conseil municipal", "23 juin", "Hôtel de ville"),
        ("", "Concert de l'harmonie", "21 juin", "Kiosque du mail")]))
    www_site = Site(LRM, "typo3", "Ville de Lormières", www,
                    menu=[("Citoyenneté", "/citoyennete/etats-generaux-de-la-ville"), ("Actualités", "/actualites"),
                          ("Contact", "/contact")],
                    accounts=[social("facebook", "VilleDeLormieres"), social("mastodon", "lormieres@social.numerique.fr"),
                              social("youtube", "VilleLormieres")],
                    address="Hôtel de ville, 8 place Saint-Louis, 41000 Lormières")
    enq = [
        # the survey host's index: a list of links, the questionnaires are on their own pages
        P("/", "Questionnaires de la Ville de Lormières", m.prose("Questionnaires disponibles :")
          + m.bullets('<a href="/index.php/482915?lang=fr">États généraux de Lormières</a>',
                      '<a href="/index.php/317204?lang=fr">Mobilités 2024 (clos)</a>')),
        P("/index.php/482915?lang=fr", "États généraux de Lormières", m.prose(
            "Il y a 4 questions dans ce questionnaire. Vos réponses sont anonymes.")
          + m.limesurvey(482915, [("Q1", "Dans quel quartier habitez-vous ?", ["Centre", "Vienne", "Quinière", "Provinces", "Autre"]),
                                  ("Q2", "Votre priorité pour la ville de demain ?", ["Commerces", "Nature", "Mobilités", "Culture"]),
                                  ("Q3", "Que faudrait-il changer en premier ?", []),
                                  ("Q4", "Souhaitez-vous participer à un atelier ?", ["Oui", "Non"])]), {"poll"}),
        P("/index.php/317204?lang=fr", "Mobilités 2024", m.prose(
            "Ce questionnaire n'est plus actif. Il a été clôturé le 30 novembre 2024. Merci de votre participation.",
            "Pour toute question, contactez l'administrateur du questionnaire."), decoys={"poll"}),
    ]
    enq_site = Site(LRM_ENQ, "vendor", "Questionnaires - Lormières", enq, menu=[("Questionnaires", "/")])
    return City("99654", "Lormières", 51_300, "41", "24", "Centre-Val de Loire", f"http://{LRM}/", [www_site, enq_site])


# =================================================================================================
# 99655 Montclavel (Hérault, university town): SPIP with a residents' board and article forums, Decidim
# =================================================================================================
MCL = "www.montclavel.fr"
MCL_DEC = "participer.montclavel.fr"
_MCL_BP = "/processes/budget-participatif-2025"


def montclavel():
    news = [("/Conseil-de-quartier-Ecusson-reunion-du-12-mars", "Conseil de quartier de l'Écusson : réunion du 12 mars", "13 mars 2025",
             "Compte rendu et suite des échanges."),
            ("/Travaux-tramway-ligne-3", "Tramway ligne 3 : les travaux avancent", "2 mars 2025", "Fermeture du boulevard Henri-IV."),
            ("/Fete-de-la-science", "Fête de la science sur le campus", "1er oct. 2024", "Ateliers et conférences gratuits."),
            ("/Forum-des-associations-2025", "Forum des associations", "20 août 2025", "Le 7 septembre sur l'esplanade.")]
    www = [
        P("/", "Accueil", m.cookie_banner() + m.prose("Montclavel, ville universitaire et méditerranéenne.")
          + m.quick_links([("/Democratie-locale", "Démocratie locale"), ("/Forum-des-habitants", "Forum des habitants"),
                           ("/Budget-participatif", "Budget participatif"), ("/Contact", "Contact"),
                           ("/Budget-primitif-2025", "Budget de la ville"), ("/Appel-a-candidatures-artistes", "Appel à candidatures")])
          + m.teasers(news, "À la une", "liste-articles")
          + m.agenda([("/Forum-des-associations-2025", "Forum des associations", "7 sept."),
                      ("/Conseil-local-de-la-vie-etudiante", "Conseil local de la vie étudiante", "15 oct.")], "/Actualites")),
        P("/Democratie-locale", "Démocratie locale", m.prose(
            "Montclavel s'est dotée en 2021 d'une charte de la démocratie locale. Elle organise la participation des "
            "habitants à travers les conseils de quartier, le conseil local de la vie étudiante, le budget participatif et "
            "des concertations sur les projets urbains, en ligne sur participer.montclavel.fr et en présentiel.")
          + m.related([("/Conseils-de-quartier", "Conseils de quartier"), ("/Conseil-local-de-la-vie-etudiante", "Vie étudiante"),
                       ("/Budget-participatif", "Budget participatif"), (f"http://{MCL_DEC}/", "Participer en ligne")]),
          {"participation_displayed"}),
        P("/Conseils-de-quartier", "Conseils de quartier", m.prose(
            "Huit conseils de quartier, ouverts à tous, tirent au sort un tiers de leurs membres sur les listes électorales. "
            "Chaque conseil élit un bureau, se réunit en assemblée plénière et peut saisir le maire de toute question.")
          + m.related([("/Conseil-de-quartier-Ecusson-reunion-du-12-mars", "Écusson : réunion du 12 mars")]),
          {"participation_displayed"}, parent=("Démocratie locale", "/Democratie-locale")),
        P("/Conseil-de-quartier-Ecusson-reunion-du-12-mars", "Conseil de quartier de l'Écusson : réunion du 12 mars", m.prose(
            "Soixante habitants ont participé à l'assemblée plénière du conseil de quartier. Sujets : les terrasses place "
            "de la Canourgue, le bruit nocturne, la collecte des cartons des commerçants.",
            "Les élus ont répondu aux questions ; un groupe de travail sur la tranquillité est constitué.")
          + m.spip_forum_thread([("Terrasses", "13 mars 2025", "Agnès", "Merci pour ce compte rendu, la question des terrasses revient chaque année."),
                                 ("Collecte", "14 mars 2025", "Un commerçant", "La collecte à 6 h, c'est trop tôt pour nous.")])
          + m.spip_forum_form("/Conseil-de-quartier-Ecusson-reunion-du-12-mars", 214),
          {"participation_displayed", "comments"}, parent=("Conseils de quartier", "/Conseils-de-quartier")),
        P("/Conseil-local-de-la-vie-etudiante", "Conseil local de la vie étudiante", m.prose(
            "Co-présidé par le maire et la présidente de l'université, le conseil local de la vie étudiante associe les "
            "étudiants aux décisions qui les concernent : logement, transports de nuit, santé, culture.",
            "Il se réunit deux fois par an ; ses commissions sont ouvertes aux étudiants volontaires."),
          {"participation_displayed"}, parent=("Démocratie locale", "/Democratie-locale")),
        # the budget's filing step is open and the page sends residents to file their projects
        P("/Budget-participatif", "Budget participatif", m.prose(
            "Un million d'euros pour les projets des Montclavelois. En 2025, le dépôt des projets se fait sur la "
            "plateforme participer.montclavel.fr jusqu'au 31 mai ; le vote aura lieu en octobre.",
            f'<a href="http://{MCL_DEC}{_MCL_BP}">Déposer un projet</a> - '
            f'<a href="http://{MCL_DEC}/processes/budget-participatif-2024/f/9/budgets/3/projects">Les projets lauréats 2024</a>'),
          {"participatory_budget", "suggestion_call"}, parent=("Démocratie locale", "/Democratie-locale")),
        P("/Forum-des-habitants", "Forum des habitants", m.prose(
            "Le forum des habitants est un espace de discussion libre entre Montclavelois. Ouvrez un sujet, répondez, "
            "débattez, dans le respect de la charte.", '<a href="/Charte-du-forum">Lire la charte du forum</a>')
          + '<ul class="liste-items forum-sujets">'
            '<li class="item"><a href="/Forum-des-habitants/Stationnement-rue-de-l-Aiguillerie">Stationnement rue de l\'Aiguillerie</a> - 14 messages</li>'
            '<li class="item"><a href="/Forum-des-habitants/Pistes-cyclables-campus">Pistes cyclables vers le campus</a> - 22 messages</li></ul>'
          + m.spip_forum_form("/Forum-des-habitants", 7), {"forum"}),
        P("/Forum-des-habitants/Stationnement-rue-de-l-Aiguillerie", "Stationnement rue de l'Aiguillerie",
          m.spip_forum_thread([("Stationnement rue de l'Aiguillerie", "2 févr. 2025", "Rémi", "Les voitures ventouses bloquent les livraisons toute la semaine."),
                               ("Re: Stationnement", "3 févr. 2025", "Christine", "Une zone bleue réglerait le problème."),
                               ("Re: Stationnement", "4 févr. 2025", "Modération", "Question transmise au service stationnement.")])
          + m.spip_forum_form("/Forum-des-habitants/Stationnement-rue-de-l-Aiguillerie", 231), {"forum"},
          parent=("Forum des habitants", "/Forum-des-habitants")),
        P("/Forum-des-habitants/Pistes-cyclables-campus", "Pistes cyclables vers le campus",
          m.spip_forum_thread([("Pistes cyclables vers le campus", "10 janv. 2025", "Inès", "Le rond-point de la Lyre est dangereux à vélo."),
                               ("Re: Pistes cyclables", "11 janv. 2025", "Bernard", "D'accord, surtout le soir.")])
          + m.spip_forum_form("/Forum-des-habitants/Pistes-cyclables-campus", 232), {"forum"},
          parent=("Forum des habitants", "/Forum-des-habitants")),
        P("/Charte-du-forum", "Charte du forum", m.prose(
            "Le forum est modéré a posteriori. Sont interdits : propos injurieux, diffamatoires, publicitaires.",
            "Les messages hors sujet sont déplacés ou supprimés par l'équipe de modération."), decoys={"forum"},
          parent=("Forum des habitants", "/Forum-des-habitants")),
        P("/Forum-des-associations-2025", "Forum des associations", m.prose(
            "Le 7 septembre, 250 associations sur l'esplanade Charles-de-Gaulle : sport, culture, solidarité, vie étudiante."),
          decoys={"forum"}),
        P("/Budget-primitif-2025", "Budget primitif 2025", m.prose(
            "Voté le 17 décembre, le budget primitif 2025 s'équilibre à 168 M€. La section d'investissement finance le "
            "plan écoles et la rénovation des halles."), decoys={"participatory_budget"}),
        P("/Appel-a-candidatures-artistes", "Appel à candidatures : résidences d'artistes", m.prose(
            "La Ville lance un appel à candidatures pour deux résidences d'artistes au Carré Sainte-Anne. Dossiers "
            "(note d'intention, portfolio) avant le 15 avril."), decoys={"suggestion_call"}),
        P("/Actualites", "Actualités", m.teasers(news, "Actualités", "liste-articles")),
        P("/Travaux-tramway-ligne-3", "Tramway ligne 3 : les travaux avancent", m.prose(
            "Le boulevard Henri-IV est fermé jusqu'au 30 avril. Des navettes remplacent les bus 7 et 9.")
          + '<div class="forum-repondre"><p>Les forums de cet article sont fermés.</p></div>', decoys={"comments"},
          parent=("Actualités", "/Actualites")),
        P("/Fete-de-la-science", "Fête de la science sur le campus", m.prose(
            "Du 4 au 14 octobre, laboratoires ouverts, ateliers pour les enfants et conférences gratuites.")
          + m.share_buttons(f"http://{MCL}/Fete-de-la-science", "Fête de la science"), parent=("Actualités", "/Actualites")),
        P("/Contact", "Contact", m.prose("Mairie de Montclavel, 1 place Georges-Frêche.") + m.spip_contact("/Contact"),
          {"contact_form"}),
    ]
    www_site = Site(MCL, "spip", "Ville de Montclavel", www,
                    menu=[("Démocratie locale", "/Democratie-locale"), ("Forum", "/Forum-des-habitants"),
                          ("Actualités", "/Actualites"), ("Contact", "/Contact")],
                    accounts=[social("facebook", "montclavel"), social("instagram", "villedemontclavel"),
                              social("bluesky", "montclavel.fr")],
                    address="Hôtel de ville, 1 place Georges-Frêche, 34080 Montclavel")
    prop = lambda n, t, body, comments: P(
        f"{_MCL_BP}/f/12/proposals/{n}", t, f'<div class="layout-item__main"><p>{body}</p>'
        '<div class="proposal__aside"><span class="proposal__support-count">Soutiens</span></div></div>'
        + m.decidim_comments(f"Proposal-{n}", comments), {"participatory_budget", "comments"},
        parent=("Propositions", f"{_MCL_BP}/f/12/proposals"))
    dec = [
        P("/", "Participer à Montclavel", m.prose("La plateforme de démocratie participative de la Ville de Montclavel.")
          + '<section class="content-block"><h2 class="h2">Processus en cours</h2><div class="card__grid">'
          + m.decidim_card(_MCL_BP, "Budget participatif 2025", "Phase : dépôt des propositions")
          + m.decidim_card("/processes/plan-climat", "Plan climat", "Phase : questionnaire")
          + m.decidim_card("/assemblies/conseils-de-quartier", "Conseils de quartier", "Assemblée")
          + m.decidim_card("/initiatives", "Initiatives citoyennes", "Pétitions") + "</div></section>"),
        P(_MCL_BP, "Budget participatif 2025", m.prose(
            "1 000 000 € pour des projets proposés et votés par les habitants de plus de 12 ans.")
          + '<div class="process-header__phase"><span>Phase actuelle</span> : Dépôt des propositions, du 1er avril au 31 mai</div>'
          + f'<p><a class="button button__lg button__secondary" href="{_MCL_BP}/f/12/proposals">Voir les propositions</a></p>',
          {"participatory_budget"}),
        P(f"{_MCL_BP}/f/12/proposals", "Propositions", m.prose(
            "Proposez un projet pour votre quartier jusqu'au 31 mai : un aménagement, un équipement, une plantation.")
          + '<a class="button button__sm button__secondary" href="/users/sign_in">Nouvelle proposition</a>'
          + '<div class="card__list-container">'
          + m.decidim_card(f"{_MCL_BP}/f/12/proposals/341", "Un abri pour les vélos à la gare", "24 soutiens - 3 commentaires")
          + m.decidim_card(f"{_MCL_BP}/f/12/proposals/342", "Des bancs à l'ombre sur l'esplanade", "17 soutiens - 2 commentaires")
          + "</div>", {"participatory_budget", "suggestion_call"}, parent=("Budget participatif 2025", _MCL_BP)),
        prop(341, "Un abri pour les vélos à la gare", "Un abri sécurisé de 60 places côté sud de la gare.",
             [("Thomas", "12/04/2025", "Indispensable, on se fait voler les selles."),
              ("Anne-Lise", "13/04/2025", "Avec des prises pour les vélos électriques ?"),
              ("Service mobilités", "20/04/2025", "La SNCF est favorable, étude en cours.")]),
        prop(342, "Des bancs à l'ombre sur l'esplanade", "Installer huit bancs sous les micocouliers.",
             [("Marie", "15/04/2025", "Pour les anciens, c'est important."), ("Joseph", "18/04/2025", "Oui, et une fontaine.")]),
        P("/processes/budget-participatif-2024/f/9/budgets/3/projects", "Budget participatif 2024 : projets lauréats", m.prose(
            "Édition 2024 terminée : 6 214 votants. Projets retenus et financés :")
          + '<div class="budget-list">'
          + "".join(f'<div class="budget-list__item"><span class="budget-list__title">{t}</span> <span class="budget-list__number">{a}</span>'
                    ' <span class="label success">Sélectionné</span></div>'
                    for t, a in [("Jardin de la Mosson", "85 000 €"), ("Fresques participatives", "30 000 €"), ("Terrain de basket 3x3", "120 000 €")])
          + "</div>", {"participatory_budget"}),
        P("/assemblies/conseils-de-quartier", "Conseils de quartier", m.prose(
            "Les huit conseils de quartier publient ici leurs ordres du jour, leurs comptes rendus et leurs rencontres. "
            "Chaque habitant peut suivre les travaux de son conseil et participer aux rencontres ouvertes.")
          + m.decidim_card("/assemblies/conseils-de-quartier", "Prochaine rencontre : Écusson, 18 juin", "Rencontre publique"),
          {"participation_displayed"}),
        P("/processes/plan-climat", "Plan climat", m.prose(
            "Le plan climat de la ville est en cours d'élaboration. Répondez au questionnaire avant le 30 juin.")
          + '<a class="button" href="/processes/plan-climat/f/15/surveys/22">Répondre au questionnaire</a>', {"participation_displayed"}),
        P("/processes/plan-climat/f/15/surveys/22", "Questionnaire plan climat",
          '<form class="form answer-questionnaire" action="/processes/plan-climat/f/15/surveys/22/answer" method="post">'
          '<div class="answer-questionnaire__question"><label>1. Quelle action vous semble prioritaire ?</label>'
          + "".join(f'<label><input type="radio" name="questionnaire[responses][0][choices][][body]" value="{c}"> {c}</label>'
                    for c in ("Plus d'arbres en ville", "Rénovation des logements", "Transports en commun", "Réduction des déchets"))
          + '</div><div class="answer-questionnaire__question"><label for="q2">2. Vos suggestions</label>'
          '<textarea id="q2" name="questionnaire[responses][1][body]"></textarea></div>'
          '<input type="checkbox" name="questionnaire[tos_agreement]" value="1"> J\'accepte les conditions'
          '<button type="submit" class="button button__sm button__secondary">Envoyer</button></form>', {"poll"},
          parent=("Plan climat", "/processes/plan-climat")),
        P("/initiatives", "Initiatives citoyennes", m.prose(
            "Lancez une initiative citoyenne : si elle recueille 1 500 signatures en 90 jours, elle est débattue en conseil municipal.")
          + m.decidim_card("/initiatives/i-7", "Rouvrir la piscine Neptune le dimanche", "982 / 1 500 signatures - Ouverte à la signature"),
          {"petition"}),
        P("/initiatives/i-7", "Rouvrir la piscine Neptune le dimanche", m.prose(
            "Les familles n'ont plus accès à une piscine le dimanche depuis 2023. Nous demandons la réouverture le dimanche matin.")
          + '<div class="initiative__aside"><div class="progress-bar__container"><span class="progress-bar__number">982</span> '
            '<span class="progress-bar__units">/ 1 500 signatures</span></div><a class="button button__lg button__secondary" '
            'href="/users/sign_in">Signer</a></div>' + m.decidim_comments("Initiative-7", [("Karim", "02/05/2025", "Signé !")]),
          {"petition", "comments"}, parent=("Initiatives citoyennes", "/initiatives")),
    ]
    dec_site = Site(MCL_DEC, "decidim", "Participer à Montclavel", dec,
                    menu=[("Processus", _MCL_BP), ("Assemblées", "/assemblies/conseils-de-quartier"), ("Initiatives", "/initiatives")],
                    features=frozenset({"participatory_platform"}), platforms=frozenset({"decidim"}))
    return City("99655", "Montclavel", 78_900, "34", "76", "Occitanie", f"http://{MCL}/", [www_site, dec_site])


# =================================================================================================
# 99656 Saint-Florival (La Réunion): Joomla, JComments, a Microsoft Forms questionnaire, Go Vocal
# =================================================================================================
SFL = "www.saintflorival.re"
SFL_GV = "saintflorival.govocal.com"
_J = "/index.php"


def saint_florival():
    news = [(f"{_J}/actualites/questionnaire-transports", "Transports : votre avis compte", "6 mai 2025",
             "Un questionnaire sur le réseau de bus des Hauts."),
            (f"{_J}/actualites/marche-forain", "Le marché forain déménage sur le front de mer", "22 avril 2025",
             "Chaque vendredi à partir de mai."),
            (f"{_J}/actualites/cyclone-bilan", "Après le cyclone : le point sur les réparations", "28 févr. 2025",
             "Routes, écoles et réseaux d'eau."),
            (f"{_J}/actualites/forum-emploi-ouest", "Forum emploi de l'Ouest", "3 févr. 2025", "Le 20 février au gymnase.")]
    dp = f"{_J}/ma-ville/democratie-de-proximite"
    www = [
        P("/", "Accueil", m.cookie_banner() + m.prose("Bienvenue à Saint-Florival, entre océan et remparts.")
          + m.quick_links([(dp, "Démocratie de proximité"), (f"{_J}/contact", "Contact"), (f"{_J}/mairie/budget", "Budget"),
                           (f"{_J}/services/inscription-cantine", "Cantine"), (f"{_J}/tourisme", "Tourisme"),
                           (f"http://{SFL_GV}/", "Plateforme participative"), (f"{_J}/mairie/marches-publics", "Marchés publics")])
          + m.teasers(news, "Actualités", "blog-items")
          + m.agenda([(f"{_J}/mairie/seance-du-conseil", "Conseil municipal", "27 juin"),
                      (f"{_J}/actualites/forum-emploi-ouest", "Forum emploi", "20 févr.")], f"{_J}/actualites")),
        P(dp, "Démocratie de proximité", m.prose(
            "Parce que chaque quartier, des Hauts au littoral, a ses besoins, la commune s'appuie sur douze comités de "
            "quartier, un conseil des sages et deux conseils citoyens. Les maires de quartier tiennent des permanences "
            "dans les mairies annexes.",
            "Depuis 2024, une plateforme participative en ligne complète ces rencontres.")
          + m.related([(f"{dp}/conseil-des-sages", "Conseil des sages"), (f"{dp}/conseil-citoyen-ravine-blanche", "Conseil citoyen de Ravine-Blanche"),
                       (f"{dp}/plateforme-participative", "La plateforme participative")]), {"participation_displayed"}),
        P(f"{dp}/conseil-des-sages", "Conseil des sages", m.prose(
            "Créé en 2015, le conseil des sages réunit 25 aînés de la commune. Il émet des avis sur les projets municipaux "
            "et transmet la mémoire des quartiers aux jeunes générations."), {"participation_displayed"},
          parent=("Démocratie de proximité", dp)),
        P(f"{dp}/conseil-citoyen-ravine-blanche", "Conseil citoyen de Ravine-Blanche", m.prose(
            "Le conseil citoyen de Ravine-Blanche associe habitants et acteurs locaux au contrat de ville. Il se réunit "
            "chaque mois à la case de quartier et a co-construit le projet du nouveau plateau sportif."),
          {"participation_displayed"}, parent=("Démocratie de proximité", dp)),
        # presents the online space and names its vendor; the platform itself is on the vendor's domain
        P(f"{dp}/plateforme-participative", "La plateforme participative", m.prose(
            "Donner son avis sur un projet, proposer une idée pour le budget participatif, voter : c'est possible en ligne "
            "sur la plateforme de la commune, réalisée avec la solution Go Vocal.",
            f'<a href="http://{SFL_GV}/">Accéder à la plateforme</a>'),
          {"participation_displayed"}, decoys={"participatory_platform"}, parent=("Démocratie de proximité", dp)),
        P(f"{_J}/actualites/questionnaire-transports", "Transports : votre avis compte", m.prose(
            "Horaires, arrêts, fréquence : la commune et le syndicat de transport veulent connaître vos besoins. "
            "Le questionnaire est ouvert jusqu'au 15 juin.")
          + m.iframe("https://forms.office.com/Pages/ResponsePage.aspx?id=fR3kq9Lm0UuZ7bTqv1x2Yc8dP4e5f6g7h8i9j0kLmNoUQjFHT0I5TzBaWDc3&amp;embed=true",
                     "Questionnaire transports", 1200), {"poll"}, parent=("Actualités", f"{_J}/actualites")),
        P(f"{_J}/actualites/marche-forain", "Le marché forain déménage sur le front de mer", m.prose(
            "À partir du 2 mai, le marché forain du vendredi s'installe sur le front de mer : plus de place, plus d'ombre.")
          + m.jcomments(87, [("Josiane", "23/04/2025", "Et le parking pour les marchands ?"),
                             ("Teddy", "24/04/2025", "Bonne idée, il faisait trop chaud place de l'église.")]),
          {"comments"}, parent=("Actualités", f"{_J}/actualites")),
        P(f"{_J}/actualites/cyclone-bilan", "Après le cyclone : le point sur les réparations", m.prose(
            "Les équipes municipales ont dégagé 40 km de routes. Les comités de quartier ont aidé à recenser les "
            "familles sinistrées. Les écoles ont toutes rouvert."),
          decoys={"participation_displayed"}, parent=("Actualités", f"{_J}/actualites")),
        P(f"{_J}/actualites/forum-emploi-ouest", "Forum emploi de l'Ouest", m.prose(
            "Le 20 février, rencontrez 80 recruteurs au gymnase Henri-Lapierre. Venez avec votre CV."),
          decoys={"forum"}, parent=("Actualités", f"{_J}/actualites")),
        P(f"{_J}/actualites", "Actualités", m.teasers(news, "Actualités", "blog-items")),
        P(f"{_J}/mairie/budget", "Budget communal", m.prose(
            "Budget primitif 2025 : 98 M€. Le compte administratif 2024 a été approuvé le 26 juin. Documents disponibles "
            "en mairie et en téléchargement."), decoys={"participatory_budget"}),
        P(f"{_J}/mairie/marches-publics", "Marchés publics", m.prose(
            "Avis d'appel public à la concurrence : réfection du radier de la ravine, fourniture de repas scolaires."),
          decoys={"suggestion_call"}),
        P(f"{_J}/mairie/seance-du-conseil", "Séance du conseil municipal", m.prose(
            "Le conseil municipal se réunira le vendredi 27 juin à 17 h en salle des délibérations. La séance est publique."),
          decoys={"participation_displayed"}),
        P(f"{_J}/contact", "Contact", m.prose("Hôtel de ville, rue du Général-de-Gaulle, 97400 Saint-Florival.")
          + m.joomla_contact(f"{_J}/contact"), {"contact_form"}),
        P(f"{_J}/tourisme", "Tourisme", m.prose(
            "L'office de tourisme intercommunal de l'Ouest vous renseigne sur les randonnées et les plages. "
            '<a href="https://www.facebook.com/OTI.Ouest.Reunion">Facebook de l\'office</a> - '
            '<a href="https://www.instagram.com/oti_ouest_reunion">Instagram de l\'office</a>.')),
        P(f"{_J}/services/inscription-cantine", "Inscription à la cantine", m.prose("Inscriptions pour l'année 2025-2026.")
          + '<form action="/index.php/services/inscription-cantine" method="post" class="form-validate" id="adminForm">'
            '<label for="enfant">Nom de l\'enfant</label><input id="enfant" name="jform[enfant]" type="text" class="form-control">'
            '<label for="ecole">École</label><select id="ecole" name="jform[ecole]" class="form-select"><option>Les Filaos</option>'
            '<option>Ravine-Blanche</option></select><label for="regime">Régime</label><select id="regime" name="jform[regime]">'
            '<option>Standard</option><option>Sans porc</option></select><button type="submit" class="btn btn-primary">Inscrire</button></form>',
          decoys={"contact_form"}),
    ]
    www_site = Site(SFL, "joomla", "Ville de Saint-Florival", www,
                    menu=[("Ma ville", dp), ("Actualités", f"{_J}/actualites"), ("Contact", f"{_J}/contact")],
                    accounts=[social("facebook", "VilleSaintFlorival"), social("tiktok", "saintflorival974"),
                              social("youtube", "SaintFlorivalTV")],
                    address="Hôtel de ville, rue du Général-de-Gaulle, 97400 Saint-Florival")
    bp = "/fr-FR/projects/budget-participatif-2025"
    idea = lambda slug, t, body, comments: P(
        f"/fr-FR/ideas/{slug}", t, f'<div id="e2e-idea-show"><div id="e2e-idea-description"><p>{body}</p></div>'
        '<div class="e2e-vote-control"><button class="e2e-vote-button">Soutenir</button></div>'
        '<section id="e2e-comments-container"><h2>Commentaires</h2>'
        + "".join(f'<div class="e2e-comment"><span class="e2e-author-name">{escape(a)}</span><p class="e2e-comment-body">{escape(c)}</p></div>'
                  for a, c in comments)
        + '<form class="e2e-comment-form"><textarea id="e2e-parent-comment-text-area" name="comment" '
          'placeholder="Écrivez votre commentaire ici"></textarea><button id="e2e-submit-parentcomment">Publier</button></form></section></div>',
        {"participatory_budget", "comments"}, parent=("Budget participatif 2025", bp))
    gv = [
        P("/", "Saint-Florival participe", m.prose("Bienvenue sur la plateforme participative de la commune de Saint-Florival.")
          + '<div id="e2e-projects-list">'
          + "".join(f'<a class="e2e-project-card" href="{h}">{t}</a>' for h, t in [
              (bp, "Budget participatif 2025"), ("/fr-FR/projects/amenagement-ravine-blanche", "Aménagement de Ravine-Blanche"),
              ("/fr-FR/projects/budget-participatif-2023", "Budget participatif 2023 (terminé)"), ("/fr-FR/pages/faq", "FAQ")])
          + "</div>"),
        P(bp, "Budget participatif 2025", m.prose(
            "400 000 € pour les quartiers. Phase 1 : soumettez vos idées jusqu'au 30 juin. Phase 2 : vote en septembre.")
          + '<a class="e2e-idea-button" href="/fr-FR/projects/budget-participatif-2025">Soumettez votre idée</a>'
          + m.govocal_cards([("kiosque-front-de-mer", "Un kiosque à musique sur le front de mer", 58, 2),
                             ("eclairage-solaire-chemin-des-letchis", "Éclairage solaire chemin des Letchis", 41, 1)]),
          {"participatory_budget", "suggestion_call"}),
        idea("kiosque-front-de-mer", "Un kiosque à musique sur le front de mer", "Un kiosque pour les concerts de maloya du dimanche.",
             [("Nathalie", "Oui ! Avec des bancs autour."), ("Jean-Hugues", "Attention au vent et au sel.")]),
        idea("eclairage-solaire-chemin-des-letchis", "Éclairage solaire chemin des Letchis",
             "Le chemin est très sombre le soir, les collégiens y passent.", [("Priscilla", "Urgent, ma fille a peur le soir.")]),
        P("/fr-FR/projects/amenagement-ravine-blanche", "Aménagement de Ravine-Blanche", m.prose(
            "Le plateau sportif et la place de Ravine-Blanche vont être réaménagés. Répondez à l'enquête avant le 31 mai.")
          + '<form class="e2e-native-survey" method="post" action="/fr-FR/projects/amenagement-ravine-blanche/survey">'
            '<fieldset><legend>Quels équipements souhaitez-vous ?</legend>'
          + "".join(f'<label><input type="checkbox" name="equipements[]" value="{v}"> {v}</label>'
                    for v in ("Terrain multisport", "Aire de jeux", "Kiosque ombragé", "Agrès de fitness"))
          + '</fieldset><label for="sv-c">Autre suggestion</label><textarea id="sv-c" name="autre"></textarea>'
            '<button id="e2e-submit-survey" type="submit">Envoyer</button></form>', {"poll"}),
        P("/fr-FR/projects/budget-participatif-2023", "Budget participatif 2023", m.prose(
            "Première édition terminée : 2 870 votants, 9 projets lauréats dont le jardin créole de l'école des Filaos et "
            "le parcours de santé du rempart. Tous sont réalisés."), {"participatory_budget"}),
        P("/fr-FR/pages/faq", "Questions fréquentes", m.prose(
            "Qui peut participer ? Toute personne habitant, travaillant ou étudiant à Saint-Florival.",
            "Comment mes données sont-elles utilisées ? Elles ne servent qu'à la participation.")),
    ]
    gv_site = Site(SFL_GV, "govocal", "Saint-Florival participe", gv,
                   menu=[("Accueil", "/"), ("Projets", bp), ("FAQ", "/fr-FR/pages/faq")],
                   features=frozenset({"participatory_platform"}), platforms=frozenset({"govocal"}))
    return City("99656", "Saint-Florival", 57_300, "974", "04", "La Réunion", f"http://{SFL}/", [www_site, gv_site],
                decoy_accounts=("https://www.facebook.com/oti.ouest.reunion", "https://www.instagram.com/oti_ouest_reunion"))


# =================================================================================================
# 99657 Noiseraie (Seine-Saint-Denis): agency CMS (Inovagora-like), Fluicity, a Discourse forum
# =================================================================================================
NSR = "www.noiseraie.fr"
NSR_FLC = "noiseraie.flui.city"
NSR_FORUM = "forum.noiseraie.fr"
_PI = "les-projets-d-ici-2025"


def noiseraie():
    news = [("/fr/actualite/4412/reunion-assemblee-quartier-pont-blanc", "Assemblée de quartier du Pont-Blanc le 21 mai", "9 mai 2025",
             "Venez échanger avec vos élus."),
            ("/fr/actualite/4413/fete-du-sport", "Fête du sport au parc des Beaumonts", "2 mai 2025", "Initiations gratuites."),
            ("/fr/actualite/4414/forum-des-associations", "Forum des associations", "1er sept. 2024", "Place de la Libération."),
            ("/fr/actualite/4415/projets-d-ici-vote", "Les Projets d'ici : votez jusqu'au 20 juin", "15 mai 2025",
             "31 projets en lice.")]
    rb = "/fr/rb"
    www = [
        P("/", "Accueil", _home("Noiseraie, ville de Seine-Saint-Denis.",
            [(f"{rb}/120145/vivre-ensemble", "Vivre ensemble"), (f"{rb}/120148/les-projets-d-ici", "Les Projets d'ici"),
             ("/fr/contact", "Contact"), ("/fr/espace-citoyen", "Espace citoyen"), (f"{rb}/120170/reservation-salles", "Réserver une salle"),
             (f"{rb}/120161/appels-a-projets-associatifs", "Associations"), (f"{rb}/120162/conseil-municipal", "Conseil municipal")],
            news, [("/fr/actualite/4412/reunion-assemblee-quartier-pont-blanc", "Assemblée de quartier Pont-Blanc", "21 mai"),
                   ("/fr/actualite/4413/fete-du-sport", "Fête du sport", "14 juin")],
            m.related([("/fr/actualites", "Toutes les actualités"), (f"{rb}/120160/budget-communal", "Budget communal")]))),
        # a generic heading; what the page presents is the city's participation approach, in running text
        P(f"{rb}/120145/vivre-ensemble", "Vivre ensemble", m.prose(
            "Noiseraie est une ville où l'on se parle. Quatre fois par an, les assemblées de quartier réunissent "
            "habitants et élus pour débattre de la vie du quartier ; les conseils citoyens sont associés au "
            "renouvellement urbain ; les Projets d'ici confient aux habitants une part du budget d'investissement.",
            "Les grands projets font l'objet d'une concertation en ligne et en présentiel, et chacun peut déposer une idée "
            "dans la boîte à idées.")
          + m.related([(f"{rb}/120146/conseils-citoyens", "Les conseils citoyens"), (f"{rb}/120147/assemblees-de-quartier", "Les assemblées de quartier"),
                       (f"{rb}/120150/boite-a-idees", "La boîte à idées"), (f"{rb}/120151/forum-citoyen", "Le forum citoyen"),
                       (f"{rb}/120171/voisins-solidaires", "Voisins solidaires")]), {"participation_displayed"}),
        P(f"{rb}/120146/conseils-citoyens", "Les conseils citoyens", m.prose(
            "Dans les quartiers prioritaires du Pont-Blanc et des Sablons, les conseils citoyens sont composés d'habitants "
            "tirés au sort et d'acteurs associatifs. Ils siègent au comité de pilotage du contrat de ville."),
          {"participation_displayed"}, parent=("Vivre ensemble", f"{rb}/120145/vivre-ensemble")),
        P(f"{rb}/120147/assemblees-de-quartier", "Les assemblées de quartier", m.prose(
            "Six assemblées de quartier, ouvertes à toutes et tous, se tiennent chaque trimestre. L'ordre du jour est "
            "préparé avec un collectif d'habitants animateurs ; les questions posées reçoivent une réponse écrite.")
          + m.bullets("Centre-Gare", "Pont-Blanc", "Les Sablons", "Beaumonts", "Coteaux", "Hauts-de-Noiseraie"),
          {"participation_displayed"}, parent=("Vivre ensemble", f"{rb}/120145/vivre-ensemble")),
        # the budget under its local brand name only
        P(f"{rb}/120148/les-projets-d-ici", "Les Projets d'ici", m.prose(
            "Les Projets d'ici, c'est le budget participatif de Noiseraie : 1,2 million d'euros pour des projets proposés "
            "par les habitants, étudiés par les services, puis votés par toutes et tous dès 10 ans.",
            f'Édition 2025 : le vote est ouvert jusqu\'au 20 juin sur <a href="http://{NSR_FLC}/projets/{_PI}">la plateforme</a>.')
          + m.related([(f"{rb}/120149/reglement-projets-d-ici", "Le règlement")]), {"participatory_budget"},
          parent=("Vivre ensemble", f"{rb}/120145/vivre-ensemble")),
        P(f"{rb}/120149/reglement-projets-d-ici", "Règlement des Projets d'ici", m.prose(
            "Peut déposer un projet toute personne de plus de 10 ans résidant à Noiseraie. Un projet doit relever de "
            "l'investissement et de l'intérêt général, coûter moins de 150 000 €.",
            "Chaque votant dispose de 5 points à répartir entre les projets de son choix."), {"participatory_budget"},
          parent=("Les Projets d'ici", f"{rb}/120148/les-projets-d-ici")),
        P(f"{rb}/120150/boite-a-idees", "La boîte à idées", m.prose(
            "Vos suggestions pour améliorer la ville sont les bienvenues. Chaque proposition est transmise au service "
            "concerné et fait l'objet d'une réponse.")
          + m.agency_form(f"{rb}/120150/boite-a-idees", [("nom", "Nom *", "text"), ("email", "Courriel *", "email"),
                                                         ("theme", "Thème", "select:Cadre de vie|Mobilités|Jeunesse|Culture|Autre"),
                                                         ("suggestion", "Votre suggestion *", "textarea")],
                          submit="Envoyer ma suggestion", cls="form form--idees"),
          {"suggestion_call"}, parent=("Vivre ensemble", f"{rb}/120145/vivre-ensemble")),
        # presents the residents' board and links to it; nobody posts on this page
        P(f"{rb}/120151/forum-citoyen", "Le forum citoyen", m.prose(
            "Un espace de discussion modéré, ouvert aux Noiseréens, pour échanger sur la vie de la ville. Inscription libre.",
            f'<a href="http://{NSR_FORUM}/">Accéder au forum citoyen</a>'),
          decoys={"forum"}, parent=("Vivre ensemble", f"{rb}/120145/vivre-ensemble")),
        # a scheme of neighbourly help and a yearly party, with no network where neighbours post
        P(f"{rb}/120171/voisins-solidaires", "Voisins solidaires", m.prose(
            "La Ville soutient l'opération Voisins solidaires : fête des voisins en mai, kit « coup de main » pour "
            "organiser l'entraide dans votre immeuble pendant l'été, affiches à retirer en mairie."),
          decoys={"territorial_social_network"}, parent=("Vivre ensemble", f"{rb}/120145/vivre-ensemble")),
        # a news item whose whole subject is a neighbourhood meeting of the participation scheme
        P("/fr/actualite/4412/reunion-assemblee-quartier-pont-blanc", "Assemblée de quartier du Pont-Blanc le 21 mai", m.prose(
            "La prochaine assemblée de quartier du Pont-Blanc se tiendra le 21 mai à 19 h au centre social. Au programme : "
            "le réaménagement du square, la sécurité routière rue Roger-Salengro, et vos questions aux élus.",
            "L'assemblée de quartier est ouverte à tous les habitants ; une garde d'enfants est proposée.")
          + m.share_buttons(f"http://{NSR}/fr/actualite/4412/reunion-assemblee-quartier-pont-blanc", "Assemblée de quartier"),
          {"participation_displayed"}, parent=("Actualités", "/fr/actualites")),
        P("/fr/actualite/4413/fete-du-sport", "Fête du sport au parc des Beaumonts", m.prose(
            "Le 14 juin, 30 clubs proposent des initiations gratuites. Navette depuis la gare.")
          + m.share_buttons(f"http://{NSR}/fr/actualite/4413/fete-du-sport", "Fête du sport"), parent=("Actualités", "/fr/actualites")),
        P("/fr/actualite/4414/forum-des-associations", "Forum des associations", m.prose(
            "Le 7 septembre, les associations de Noiseraie vous accueillent place de la Libération."),
          decoys={"forum"}, parent=("Actualités", "/fr/actualites")),
        # a news item wholly about the budget's vote under its local brand, with the link to vote
        P("/fr/actualite/4415/projets-d-ici-vote", "Les Projets d'ici : votez jusqu'au 20 juin", m.prose(
            "31 projets proposés par les habitants sont soumis au vote. Votez en ligne ou dans les urnes des "
            f'équipements municipaux. <a href="http://{NSR_FLC}/projets/{_PI}/vote">Je vote</a>'),
          {"participatory_budget"}, parent=("Actualités", "/fr/actualites")),
        P("/fr/actualites", "Actualités", m.teasers(news, "Actualités")),
        P(f"{rb}/120160/budget-communal", "Budget communal", m.prose(
            "Le budget 2025 s'élève à 121 M€. Il a été adopté le 8 avril après le débat d'orientation budgétaire.",
            "Compte administratif, budget primitif, budgets annexes : tous les documents sont en ligne."),
          decoys={"participatory_budget"}),
        P(f"{rb}/120161/appels-a-projets-associatifs", "Appels à projets associatifs", m.prose(
            "Appel à projets « Quartiers d'été » : les associations peuvent solliciter un financement pour des animations "
            "estivales avant le 15 avril. Appel à projets politique de la ville : dossiers sur la plateforme Dauphin."),
          decoys={"suggestion_call"}),
        P(f"{rb}/120162/conseil-municipal", "Conseil municipal", m.prose(
            "Les séances du conseil municipal sont publiques et retransmises en direct. Prochaine séance : 24 juin, 19 h.",
            "Délibérations et procès-verbaux sont publiés sous huit jours."), decoys={"participation_displayed"}),
        P("/fr/contact", "Contact", m.prose("Hôtel de ville, place de la Libération, 93160 Noiseraie.")
          + m.agency_form("/fr/contact", m.CONTACT_FIELDS), {"contact_form"}),
        P("/fr/espace-citoyen", "Espace citoyen", m.prose("Connectez-vous pour suivre vos démarches.")
          + m.agency_form("/fr/espace-citoyen", [("login", "Identifiant", "text"), ("password", "Mot de passe", "password")],
                          submit="Connexion", cls="form form--login"), decoys={"contact_form"}),
        P(f"{rb}/120170/reservation-salles", "Réservation de salles", m.prose("Réservez une salle municipale pour un événement.")
          + m.agency_form(f"{rb}/120170/reservation-salles", [("salle", "Salle", "select:Salle Pablo-Neruda|Salle des Sablons"),
                                                              ("date", "Date souhaitée", "date"), ("email", "Courriel", "email")],
                          submit="Demander la réservation", cls="form form--resa"), decoys={"contact_form"}),
    ]
    www.append(_agenda_page([
        ("/fr/actualite/4412/reunion-assemblee-quartier-pont-blanc", "Assemblée de quartier du Pont-Blanc", "21 mai", "Centre social"),
        ("/fr/actualite/4413/fete-du-sport", "Fête du sport", "14 juin", "Parc des Beaumonts"),
        (f"{rb}/120162/conseil-municipal", "Conseil municipal", "24 juin", "Hôtel de ville"),
        ("", "Bal du 14 juillet", "13 juillet", "Place de la Libération")]))
    www_site = Site(NSR, "vendor", "Ville de Noiseraie", www,
                    menu=[("Vivre ensemble", f"{rb}/120145/vivre-ensemble"), ("Actualités", "/fr/actualites"), ("Contact", "/fr/contact")],
                    accounts=[social("facebook", "noiseraie93"), social("x", "Noiseraie93"), social("instagram", "noiseraie93")],
                    address="Hôtel de ville, place de la Libération, 93160 Noiseraie")
    flc = [
        P("/", "Ville de Noiseraie", m.prose("Découvrez les projets de votre ville, donnez votre avis, proposez vos idées.")
          + '<ul class="flc-feed">' + "".join(f'<li class="flc-card"><a href="{h}">{t}</a></li>' for h, t in [
              (f"/projets/{_PI}", "Les Projets d'ici 2025 - vote en cours"), ("/sondages/horaires-piscine", "Sondage : horaires de la piscine"),
              ("/sondages/nom-du-parc", "Sondage terminé : le nom du parc"), ("/idees/", "Boîte à idées"),
              ("/projets/les-projets-d-ici-2023/laureats", "Les Projets d'ici 2023 : lauréats")]) + "</ul>"),
        P(f"/projets/{_PI}", "Les Projets d'ici 2025", m.prose(
            "31 projets soumis au vote. Répartissez vos 5 points jusqu'au 20 juin.") + m.steps(
            [("Dépôt des idées", "janv. - févr."), ("Étude", "mars - avril"), ("Vote", "mai - juin"), ("Réalisation", "2026")], 2)
          + f'<a class="flc-btn" href="/projets/{_PI}/vote">Voter</a>', {"participatory_budget"}),
        P(f"/projets/{_PI}/vote", "Voter pour les Projets d'ici", '<form class="flc-vote" method="post" action="/projets/les-projets-d-ici-2025/vote">'
          + "".join(f'<div class="flc-vote__project"><h3>{t}</h3><p>{c}</p><input type="number" min="0" max="5" name="points[{i}]" '
                    'aria-label="Points"></div>' for i, (t, c) in enumerate([
                        ("Un skatepark aux Beaumonts", "95 000 €"), ("Des arbres rue de Rosny", "40 000 €"), ("Une fresque à la gare", "22 000 €")]))
          + '<button type="submit" class="flc-btn">Valider mon vote</button></form>', {"participatory_budget"},
          parent=("Les Projets d'ici 2025", f"/projets/{_PI}")),
        P("/sondages/horaires-piscine", "Sondage : horaires de la piscine", m.prose("Sondage ouvert jusqu'au 30 juin.")
          + '<form class="flc-poll" method="post" action="/sondages/horaires-piscine/reponse"><p class="flc-poll__question">'
            'Quelle ouverture supplémentaire préférez-vous ?</p>'
          + "".join(f'<label class="flc-poll__option"><input type="radio" name="choice" value="{i}"> {c}</label>'
                    for i, c in enumerate(["Le mardi soir jusqu'à 21 h", "Le dimanche après-midi", "Le samedi matin dès 8 h"]))
          + '<button type="submit" class="flc-btn">Répondre</button></form>', {"poll"}),
        P("/sondages/nom-du-parc", "Sondage terminé : le nom du parc", m.prose("Ce sondage est terminé. 2 104 participants.")
          + '<div class="flc-poll-results">' + "".join(f'<div class="flc-poll-results__row"><span>{c}</span><span>{p} %</span></div>'
                                                        for c, p in [("Parc Simone-Veil", 54), ("Parc des Lilas", 31), ("Parc du Ru", 15)])
          + "</div>", decoys={"poll"}),
        P("/idees/", "Boîte à idées", m.prose(
            "Une idée pour Noiseraie ? Publiez-la, les autres habitants pourront la soutenir et la commenter.")
          + '<a class="flc-btn" href="/connexion">Proposer une idée</a><ul class="flc-ideas">'
            '<li><a href="/idees/composteur-rue-de-la-gare">Un composteur collectif rue de la Gare</a> - 61 soutiens</li></ul>',
          {"suggestion_call"}),
        P("/idees/composteur-rue-de-la-gare", "Un composteur collectif rue de la Gare", m.prose(
            "Proposée par Fatou S. : installer un composteur partagé dans le square de la rue de la Gare.")
          + '<section class="flc-comments"><h2>3 commentaires</h2><div class="flc-comment"><b>Olivier</b> Je veux bien être référent.</div>'
            '<div class="flc-comment"><b>Mairie de Noiseraie</b> Idée transmise au service propreté, réponse en juin.</div>'
            '<div class="flc-comment"><b>Sarah</b> Super !</div><form method="post" action="/idees/composteur-rue-de-la-gare/commentaires">'
            '<textarea name="comment" aria-label="Commenter"></textarea><button class="flc-btn">Commenter</button></form></section>',
          {"comments"}, parent=("Boîte à idées", "/idees/")),
        P("/projets/les-projets-d-ici-2023/laureats", "Les Projets d'ici 2023 : lauréats", m.prose(
            "Édition 2023 : 5 930 votants, 12 projets lauréats. Parmi eux, la forêt urbaine des Sablons et les "
            "toilettes sèches du parc des Beaumonts, inaugurées en 2024."), {"participatory_budget"}),
    ] + _space_pages()
    flc_site = Site(NSR_FLC, "vendor", "Ville de Noiseraie", flc,
                    menu=[("Accueil", "/"), ("Projets", f"/projets/{_PI}"), ("Idées", "/idees/")],
                    features=frozenset({"participatory_platform"}), platforms=frozenset({"fluicity"}))
    topics = [(118, "Stationnement avenue Gallieni", "Malik", "3 mai", 12), (121, "Horaires de la médiathèque", "Coralie", "28 avr.", 5)]
    forum = [
        P("/", "Forum citoyen de Noiseraie", '<div class="topic-list"><table><thead><tr><th>Sujet</th><th>Réponses</th>'
          '<th>Activité</th></tr></thead><tbody>'
          + "".join(f'<tr class="topic-list-item"><td class="main-link"><a class="title raw-link" href="/t/{slug}/{tid}">{t}</a> '
                    '<a class="badge-category" href="/c/quartiers/5">Quartiers</a></td>'
                    f'<td class="replies">{n}</td><td class="activity">{d}</td></tr>'
                    for (tid, t, _a, d, n), slug in zip(topics, ["stationnement-avenue-gallieni", "horaires-de-la-mediatheque"]))
          + "</tbody></table></div>"),
        P("/c/quartiers/5", "Quartiers", '<div class="category-list"><p>Discussions sur la vie des quartiers.</p><ul>'
          '<li><a href="/t/stationnement-avenue-gallieni/118">Stationnement avenue Gallieni</a></li>'
          '<li><a href="/t/horaires-de-la-mediatheque/121">Horaires de la médiathèque</a></li></ul></div>'),
        P("/t/stationnement-avenue-gallieni/118", "Stationnement avenue Gallieni",
          "".join(f'<div id="post_{i + 1}" class="topic-body crawler-post" itemprop="comment"><div class="crawler-post-meta">'
                  f'<span class="creator" itemprop="author"><span itemprop="name">{a}</span></span>'
                  f'<span class="crawler-post-infos"><time class="post-time">{d}</time></span></div><div class="post" itemprop="text">'
                  f'<p>{t}</p></div></div>' for i, (a, d, t) in enumerate([
                      ("Malik", "3 mai 2025", "Depuis les travaux, impossible de se garer le soir avenue Gallieni."),
                      ("Coralie", "3 mai 2025", "Le parking de la gare est vide après 19 h, il faudrait l'ouvrir aux riverains."),
                      ("Daniel", "4 mai 2025", "Sujet évoqué à l'assemblée de quartier, à suivre.")]))),
        P("/t/horaires-de-la-mediatheque/121", "Horaires de la médiathèque",
          '<div id="post_1" class="topic-body crawler-post"><div class="crawler-post-meta"><span class="creator">Coralie</span></div>'
          '<div class="post" itemprop="text"><p>Une ouverture le dimanche serait bien pour les familles.</p></div></div>'
          '<div id="post_2" class="topic-body crawler-post"><div class="crawler-post-meta"><span class="creator">Yann</span></div>'
          '<div class="post" itemprop="text"><p>+1, même un dimanche par mois.</p></div></div>'),
    ]
    forum_site = Site(NSR_FORUM, "discourse", "Forum citoyen de Noiseraie", forum,
                      menu=[("Derniers sujets", "/"), ("Quartiers", "/c/quartiers/5")], features=frozenset({"forum"}))
    return City("99657", "Noiseraie", 71_500, "93", "11", "Île-de-France", f"http://{NSR}/", [www_site, flc_site, forum_site])


# =================================================================================================
# 99658 Castelvérac (Maine-et-Loire): WordPress agency theme, a budget under a local brand, Consultvox
# =================================================================================================
CSV = "www.castelverac.fr"
CSV_CVX = "castelverac.consultvox.co"


def castelverac():
    poll = m.wp_polls(4, "Quel jour pour la collecte des encombrants dans votre quartier ?", ["Lundi", "Mercredi", "Samedi"], 12)
    news = [("/actualites/reseau-de-chaleur", "Le réseau de chaleur s'étend au quartier Saint-Lazare", "4 avril 2025",
             "800 logements raccordés d'ici 2027."),
            ("/actualites/plan-velo-consultation", "Plan vélo : dernière ligne droite", "20 mars 2025",
             "Le conseil municipal votera le plan en juin."),
            ("/actualites/sondage-illuminations-resultats", "Illuminations de Noël : les résultats du sondage", "15 janv. 2025",
             "Vous avez choisi les guirlandes LED."),
            ("/actualites/salon-emploi", "Forum emploi et alternance", "6 févr. 2025", "Le 13 mars au parc des expositions.")]
    bp = "/mairie/castel-idees"
    sidebar = (m.wp_newsletter("/newsletter/") + '<section class="widget widget_nav_menu"><h2 class="widget-title">Castel\'idées</h2>'
               f'<ul class="menu"><li><a href="{bp}">Présentation</a></li><li><a href="{bp}/deposer-un-projet">Déposer un projet</a></li>'
               f'<li><a href="{bp}/laureats-2024">Lauréats 2024</a></li><li><a href="{bp}/edition-2022">Édition 2022</a></li></ul></section>')
    www = [
        P("/", "Accueil", m.cookie_banner("complianz") + m.prose("Castelvérac, ville d'Anjou au bord de la Maine.")
          + m.quick_links([("/mairie/a-votre-ecoute", "À votre écoute"), (bp, "Castel'idées"), ("/contact", "Contact"),
                           ("/vie-quotidienne/proprete", "Propreté"), ("/mairie/budget-primitif-2025", "Budget 2025"),
                           ("/mairie/appel-d-offres-restauration", "Marchés publics"), ("/mairie/recensement", "Recensement")])
          + m.teasers(news, "Actualités", "post-list")
          + m.agenda([("/mairie/a-votre-ecoute/rencontres-de-quartier", "Rencontre de quartier Saint-Lazare", "12 juin"),
                      ("/actualites/salon-emploi", "Forum emploi", "13 mars")], "/actualites/")
          + m.related([("/securite/participation-citoyenne", "Participation citoyenne"), ("/newsletter/", "Newsletter")])),
        # a generic heading ("À votre écoute"); the participation approach stands only in running text
        P("/mairie/a-votre-ecoute", "À votre écoute", m.with_sidebar(m.prose(
            "Les élus reçoivent sans rendez-vous le samedi matin. Chaque année, une rencontre de quartier est organisée "
            "dans chacun des neuf quartiers : les habitants y interpellent le maire et les adjoints, et les décisions qui "
            "en découlent sont publiées.",
            "Les projets structurants - plan vélo, aménagement des quais - sont soumis à concertation sur notre "
            "plateforme de consultation, et le conseil municipal des enfants donne son avis sur les sujets qui les concernent.",
            f'<a href="http://{CSV_CVX}/">Participer aux consultations en cours</a>')
            + m.related([("/mairie/a-votre-ecoute/rencontres-de-quartier", "Les rencontres de quartier"),
                         ("/mairie/a-votre-ecoute/conseil-municipal-des-enfants", "Le conseil municipal des enfants")]),
            sidebar, "wp-block-columns"),
          {"participation_displayed"}),
        P("/mairie/a-votre-ecoute/rencontres-de-quartier", "Les rencontres de quartier", m.prose(
            "Calendrier 2025 : Saint-Lazare le 12 juin, La Doutre le 26 juin, Les Justices le 9 octobre.",
            "Lors de la rencontre 2024 de La Doutre, 140 habitants étaient présents ; 23 engagements ont été pris, dont "
            "18 sont déjà tenus (tableau de suivi ci-dessous).")
          + m.document_list([("/wp-content/uploads/2025/01/suivi-rencontres-2024.pdf", "Tableau de suivi des engagements", "320 Ko")]),
          {"participation_displayed"}, parent=("À votre écoute", "/mairie/a-votre-ecoute")),
        # a children's council: a consultative instance of young residents
        P("/mairie/a-votre-ecoute/conseil-municipal-des-enfants", "Le conseil municipal des enfants", m.prose(
            "Élus en CM1 et CM2, les 29 conseillers se réunissent en commissions (environnement, solidarité, loisirs) et "
            "présentent leurs projets au maire. Cette année : une boîte à livres et une journée sans voiture devant les écoles."),
          {"participation_displayed"}, parent=("À votre écoute", "/mairie/a-votre-ecoute")),
        P(bp, "Castel'idées, le budget participatif", m.with_sidebar(m.prose(
            "Castel'idées, c'est 300 000 € par an pour réaliser les projets des Castelvéracois. Vous proposez, la Ville "
            "étudie, vous votez !") + m.steps([("Dépôt des projets", "1er avril - 31 mai"), ("Étude de faisabilité", "juin - août"),
                                               ("Vote", "septembre"), ("Résultats", "octobre")], 0), sidebar),
          {"participatory_budget"}),
        P(f"{bp}/deposer-un-projet", "Castel'idées : déposer un projet", m.prose(
            "Jusqu'au 31 mai, proposez un projet d'intérêt général pour votre quartier ou pour toute la ville (coût maximal : "
            "50 000 €).")
          + m.cf7(204, 77, f"{bp}/deposer-un-projet/", [("porteur", "Nom du porteur de projet", "text"), ("your-email", "E-mail", "email"),
                                                          ("titre-projet", "Titre du projet", "text"),
                                                          ("quartier", "Quartier", "select:Centre|La Doutre|Saint-Lazare|Les Justices|Toute la ville"),
                                                          ("description", "Description du projet", "textarea")], "Déposer mon projet"),
          {"participatory_budget", "suggestion_call"}, parent=("Castel'idées", bp)),
        P(f"{bp}/laureats-2024", "Castel'idées 2024 : les projets lauréats", m.prose(
            "3 115 votants. Sept projets lauréats : un terrain de pétanque couvert, des nichoirs à martinets, un "
            "parcours d'orientation au parc Balzac...") + m.share_buttons(f"http://{CSV}{bp}/laureats-2024", "Castel'idées"),
          {"participatory_budget"}, parent=("Castel'idées", bp)),
        P(f"{bp}/edition-2022", "Castel'idées 2022 : la première édition", m.prose(
            "Pour sa première édition, Castel'idées avait reçu 147 projets. 11 ont été votés et réalisés en 2023, pour "
            "un montant de 296 000 €."), {"participatory_budget"}, parent=("Castel'idées", bp)),
        P("/vie-quotidienne/proprete", "Propreté", m.with_sidebar(m.prose(
            "Collecte des ordures ménagères, des encombrants et des déchets verts : le calendrier de votre quartier.",
            "La Ville réorganise la collecte des encombrants : donnez votre avis."), poll + m.wp_newsletter("/newsletter/"), "wp-block-columns"),
          {"poll"}),
        P("/actualites/sondage-illuminations-resultats", "Illuminations de Noël : les résultats du sondage", m.prose(
            "Le sondage est clos. Merci !") + m.wp_polls_results(3, "Quelles illuminations pour le centre-ville ?",
                                                                 [("Guirlandes LED", 58, 702), ("Projections sur les façades", 42, 508)], 1210),
          decoys={"poll"}, parent=("Actualités", "/actualites/")),
        P("/actualites/plan-velo-consultation", "Plan vélo : dernière ligne droite", m.prose(
            "Après la consultation menée sur Consultvox cet hiver, le plan vélo sera soumis au vote du conseil municipal "
            "en juin. Il prévoit 15 km d'aménagements et un service de location longue durée."),
          decoys={"participation_displayed", "participatory_platform"}, parent=("Actualités", "/actualites/")),
        P("/actualites/reseau-de-chaleur", "Le réseau de chaleur s'étend au quartier Saint-Lazare", m.prose(
            "Les travaux d'extension du réseau de chaleur bois commencent en mai.")
          + m.wp_comments([("Didier M.", "5 avril 2025", "Les copropriétés pourront-elles se raccorder ?"),
                           ("Ville de Castelvérac", "7 avril 2025", "Oui, une réunion d'information est prévue le 22 mai.")], 913),
          {"comments"}, parent=("Actualités", "/actualites/")),
        P("/actualites/salon-emploi", "Forum emploi et alternance", m.prose(
            "Le 13 mars, le forum emploi et alternance réunit 90 entreprises au parc des expositions."),
          decoys={"forum"}, parent=("Actualités", "/actualites/")),
        P("/actualites/", "Actualités", m.teasers(news, "Actualités", "post-list")),
        # the ordinary budget, which names the participatory envelope in passing
        P("/mairie/budget-primitif-2025", "Budget primitif 2025", m.prose(
            "Le budget primitif 2025 a été adopté le 3 février : 84 M€, dont 24 M€ d'investissements. L'enveloppe de "
            "Castel'idées y est inscrite pour 300 000 €."), decoys={"participatory_budget"}),
        P("/mairie/appel-d-offres-restauration", "Appel d'offres : restauration collective", m.prose(
            "La Ville lance un appel d'offres ouvert pour la fourniture de repas aux restaurants scolaires (2026-2029). "
            "Date limite de réception des offres : 12 septembre, 12 h."), decoys={"suggestion_call"}),
        P("/mairie/recensement", "Recensement de la population", m.prose(
            "Cette année, 8 % des logements de Castelvérac sont recensés. Les habitants concernés peuvent répondre au "
            "questionnaire de l'Insee en ligne."), decoys={"poll"}),
        P("/securite/participation-citoyenne", "Participation citoyenne", m.prose(
            "Le dispositif de participation citoyenne, piloté par la gendarmerie, s'étend aux quartiers Est. Les citoyens "
            "référents sont le relais entre les habitants et les forces de l'ordre pour la prévention des cambriolages."),
          decoys={"participation_displayed"}),
        P("/contact", "Contact", m.prose("Mairie de Castelvérac - boulevard de la Résistance.")
          + m.cf7(61, 12, "/contact/", [("your-name", "Nom et prénom", "text"), ("your-email", "E-mail", "email"),
                                        ("service", "Service concerné", "select:Accueil|Urbanisme|État civil|Enfance"),
                                        ("your-message", "Message", "textarea")]), {"contact_form"}),
        P("/newsletter/", "Newsletter", m.prose("Recevez chaque semaine l'essentiel de l'actualité municipale.")
          + m.wp_newsletter("/newsletter/"), decoys={"contact_form"}),
    ]
    www_site = Site(CSV, "wordpress", "Castelvérac", www,
                    menu=[("Mairie", "/mairie/a-votre-ecoute"), ("Castel'idées", bp), ("Actualités", "/actualites/"), ("Contact", "/contact")],
                    accounts=[social("facebook", "castelverac"), social("instagram", "castelverac"), social("linkedin", "ville-de-castelverac")],
                    address="Hôtel de ville, boulevard de la Résistance, 49100 Castelvérac")
    cvx = [
        P("/", "Castelvérac consulte", m.prose("Les consultations publiques de la Ville de Castelvérac.")
          + '<div class="cvx-cards">' + "".join(f'<article class="cvx-card"><h2><a href="{h}">{t}</a></h2><p class="cvx-card__status">{s}</p></article>'
                                                for h, t, s in [("/consultation/plan-velo", "Plan vélo", "En cours"),
                                                                ("/consultation/jardins-familiaux", "Jardins familiaux", "Terminée"),
                                                                ("/boite-a-idees", "Boîte à idées", "Permanente")]) + "</div>"),
        P("/consultation/plan-velo", "Consultation : plan vélo", m.prose(
            "Consultation ouverte jusqu'au 30 avril. Découvrez le projet de plan vélo, réagissez aux propositions, "
            "répondez au questionnaire. Une réunion publique de restitution aura lieu en mai.",
            '<a href="/consultation/plan-velo/questionnaire">Répondre au questionnaire</a>')
          + '<section class="cvx-contributions"><h2>Contributions (28)</h2><div class="cvx-contribution"><p class="cvx-contribution__author">'
            'Élodie</p><p>Il faut relier la gare au lycée en priorité.</p></div><form class="cvx-form" method="post" '
            'action="/consultation/plan-velo/contribuer"><label for="avis">Votre avis</label><textarea id="avis" name="avis"></textarea>'
            '<button type="submit">Contribuer</button></form></section>'
          + m.share_buttons(f"http://{CSV_CVX}/consultation/plan-velo", "Consultation plan vélo"),
          {"participation_displayed", "comments"}, decoys={"social_account"}),
        P("/consultation/plan-velo/questionnaire", "Plan vélo : questionnaire", m.agency_form("/consultation/plan-velo/questionnaire", [
            ("freq", "À quelle fréquence utilisez-vous un vélo ?", "radio:Tous les jours|Chaque semaine|Rarement|Jamais"),
            ("frein", "Qu'est-ce qui vous empêche de faire plus de vélo ?", "radio:Insécurité|Distances|Relief|Stationnement"),
            ("libre", "Autres remarques", "textarea")], submit="Envoyer", cls="cvx-questionnaire"), {"poll"},
          parent=("Consultation : plan vélo", "/consultation/plan-velo")),
        # a closed consultation: its summary, and the results of a questionnaire nobody can answer any more
        P("/consultation/jardins-familiaux", "Consultation terminée : jardins familiaux", m.prose(
            "Cette consultation s'est achevée le 15 décembre. 312 participants. Synthèse : 64 % souhaitent des parcelles "
            "plus petites ; la Ville créera 40 parcelles supplémentaires en 2026."), {"participation_displayed"}, decoys={"poll"}),
        P("/boite-a-idees", "Boîte à idées", m.prose(
            "Une idée pour Castelvérac ? Déposez-la ici : elle sera publiée après modération et étudiée par les services.")
          + m.agency_form("/boite-a-idees", [("titre", "Titre", "text"), ("idee", "Votre idée", "textarea"), ("email", "Courriel", "email")],
                          submit="Publier mon idée", cls="cvx-form"), {"suggestion_call"}),
    ] + _space_pages()
    cvx_site = Site(CSV_CVX, "vendor", "Castelvérac consulte", cvx,
                    menu=[("Consultations", "/"), ("Boîte à idées", "/boite-a-idees")],
                    features=frozenset({"participatory_platform"}), platforms=frozenset({"consultvox"}))
    return City("99658", "Castelvérac", 58_600, "49", "52", "Pays de la Loire", f"http://{CSV}/", [www_site, cvx_site])


# =================================================================================================

_LAYOUTS = {AUB_JP: white_label, NSR_FLC: fluicity, CSV_CVX: consultvox, LRM_ENQ: limesurvey_layout}
_BUILDERS = (montrevaux, venissac, aubagnol, lormieres, montclavel, saint_florival, noiseraie, castelverac)
_CITIES = None


def _built():
    global _CITIES
    if _CITIES is None:
        _CITIES = [build() for build in _BUILDERS]
    return _CITIES


def cities():
    return list(_built())


def hosts():
    return {site.host: _layout_host(site, _LAYOUTS[site.host])
            for city in _built() for site in city.sites if site.host in _LAYOUTS}
