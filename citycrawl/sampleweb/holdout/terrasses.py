"""Holdout part "terrasses": eight mid-sized communes (30,000-100,000 inhabitants) whose participation is
told mostly in news, agendas and event pages (réunions publiques, ateliers, balades urbaines, a concertation
and its register, public meetings of conseils de quartier), beside comments under news, a page per body, a
questionnaire, a participatory budget's vote, an appel à idées and a petition space; on WordPress with
comment plugins, Drupal, SPIP and vendor CMSs with rich agendas; with the lookalikes such sites hold."""
from ..site import City, Site, page, social
from . import terrasses_markup as m

PD, CF, FO, CO, PO, PE, SC, PB, PP, TSN = (
    "participation_displayed", "contact_form", "forum", "comments", "poll", "petition",
    "suggestion_call", "participatory_budget", "participatory_platform", "territorial_social_network")


def _home(intro, quick, news, events, host, extra=""):
    tiles = "".join(f'<li class="quick-access__item"><a href="{h}">{label}</a></li>' for h, label in quick)
    return (m.cookie_banner() + m.prose(intro)
            + f'<nav class="quick-access" aria-label="Accès rapides"><h2>En un clic</h2><ul>{tiles}</ul></nav>'
            + m.teasers(news) + m.agenda_list(events, "Agenda", f"webcal://{host}/agenda.ics") + extra)


def _ordinary(host, name, style, contact, newsletter, extra_events=()):
    """The ordinary pages every such city holds, and the lookalikes among them.
    style: 'wp', 'drupal', 'spip' or 'vendor' (which form markup the CMS prints)."""
    share = m.share_buttons(f"http://{host}/", "wp" if style == "wp" else "other")
    ical = f"webcal://{host}/agenda.ics"
    if style == "wp":
        reg = m.cf7("/agenda/vide-grenier/", 3120, (("Nom", "your-name", "text"), ("E-mail", "your-email", "email"),
                                                   ("Nombre de mètres linéaires", "metres", "number"),
                                                   ("Plaque d'immatriculation", "immat", "text")), None)
    elif style == "drupal":
        reg = m.webform("inscription_vide_grenier", "/agenda/vide-grenier", [
            ("Nom", "nom", "text"), ("E-mail", "email", "email"), ("Nombre d'emplacements", "emplacements", "number"),
            ("Pièce d'identité (numéro)", "piece_identite", "text")], "S'inscrire")
    elif style == "spip":
        reg = m.spip_formidable(7, "/agenda/vide-grenier", [
            ("Nom", "input_1", "input"), ("Courriel", "email_1", "email"), ("Emplacements", "input_2", "input"),
            ("Date de naissance", "date_1", "date")], "Réserver")
    else:
        reg = m.vendor_form("/agenda/vide-grenier", "Réserver un emplacement", [
            ("Nom *", "nom", "text"), ("E-mail *", "email", "email"), ("Nombre d'emplacements", "nb", "number"),
            ("Type de stand", "type", "select:Particulier|Professionnel")], "Payer et réserver", "form-booking")
    pages = [
        page("/agenda/vide-grenier", "Grand vide-grenier de printemps", m.prose(
            f"Le traditionnel vide-grenier du centre-ville de {name} réunit chaque année plus de 300 exposants.",
            "Les inscriptions des exposants se font en ligne ; l'emplacement de 3 mètres est facturé 8 euros.")
             + m.event_meta("Dimanche 13 avril, 7 h - 18 h", "Allées du centre-ville", ical, free=True) + reg + share,
             decoys={CF}, parent=("Agenda", "/agenda")),
        page("/agenda/semi-marathon", "Semi-marathon et courses enfants", m.prose(
            "Départ à 9 h 30 devant le stade municipal. Parcours homologué, ravitaillements tous les 5 km.",
            "Inscriptions sur la plateforme du club organisateur jusqu'au jeudi précédant la course. "
            "Un forum des bénévoles se tient la veille au gymnase pour la remise des dossards.")
             + m.event_meta("Dimanche 5 octobre, 9 h 30", "Stade municipal", ical) + share,
             decoys={FO, CF}, parent=("Agenda", "/agenda")),
        page("/agenda/forum-associations", "Forum des associations", m.prose(
            "Plus de cent associations sportives, culturelles et solidaires vous attendent pour la rentrée.",
            "Démonstrations, inscriptions aux activités et buvette sur place.")
             + m.event_meta("Samedi 6 septembre, 10 h - 18 h", "Halle des sports", ical) + share,
             decoys={FO}, parent=("Agenda", "/agenda")),
        # the municipal council's own agenda: an institution's sitting, not the participatory approach
        page("/mairie/conseil-municipal", "Le conseil municipal", m.prose(
            "Le conseil municipal se réunit environ six fois par an à l'hôtel de ville. Les séances sont publiques "
            "et retransmises en direct.",
            "Prochaine séance : jeudi 26 juin à 18 h 30. Ordre du jour : budget supplémentaire, tarifs de la "
            "restauration scolaire, dénomination de voies.",
            "Les procès-verbaux des séances précédentes sont consultables à l'accueil de la mairie."),
             decoys={PD}, parent=("Mairie", "/mairie/conseil-municipal")),
        page("/mairie/budget", "Le budget de la ville", m.prose(
            "Le budget primitif voté en mars s'élève à 68 millions d'euros, dont 17 millions d'investissement.",
            "Le compte administratif retrace l'exécution de l'exercice précédent. Les taux d'imposition restent inchangés.",
            "Rapport d'orientation budgétaire, budget primitif et compte administratif sont consultables en mairie."),
             decoys={PB}, parent=("Mairie", "/mairie/conseil-municipal")),
        page("/mairie/recrutement", "La ville recrute", m.prose(
            "Retrouvez les offres d'emploi de la ville : agent d'entretien des espaces verts, animateur périscolaire, "
            "gestionnaire marchés publics.",
            "Appel à candidatures : envoyez CV et lettre de motivation au service des ressources humaines avant la "
            "date limite de chaque offre. Candidatures spontanées acceptées toute l'année."),
             decoys={SC}, parent=("Mairie", "/mairie/conseil-municipal")),
        page("/mairie/marches-publics", "Marchés publics et appels d'offres", m.prose(
            "Les consultations en cours sont publiées sur le profil acheteur de la ville.",
            "Appel d'offres ouvert : entretien des toitures des groupes scolaires (date limite de remise des "
            "offres : 14 mars, 12 h). Avis d'appel public à la concurrence et dossier de consultation des entreprises "
            "disponibles sur demande."),
             decoys={SC}, parent=("Mairie", "/mairie/conseil-municipal")),
        page("/pratique/recensement", "Recensement de la population", m.prose(
            "Du 15 janvier au 21 février, des agents recenseurs passent dans les foyers tirés au sort.",
            "Vous pouvez répondre au questionnaire en ligne sur le site de l'Insee avec les codes remis par l'agent. "
            "L'Insee mène aussi des enquêtes statistiques auprès des ménages : emploi, logement, cadre de vie."),
             decoys={PO}, parent=("Pratique", "/pratique/recensement")),
        # the gendarmerie's neighbourhood-watch scheme, named "participation citoyenne" like the real one
        page("/pratique/participation-citoyenne", "Dispositif de participation citoyenne", m.prose(
            "La ville a signé avec la préfecture et la gendarmerie un protocole de participation citoyenne.",
            "Des référents volontaires dans chaque secteur signalent aux gendarmes tout fait inhabituel : démarchages "
            "suspects, véhicules en repérage. Ce dispositif de vigilance ne remplace pas l'appel au 17.",
            "Pour devenir référent, adressez-vous à la police municipale."),
             decoys={PD, TSN}, parent=("Pratique", "/pratique/recensement")),
        page("/newsletter", "Lettre d'information", m.prose(
            "Chaque mois, la lettre municipale vous informe des travaux, événements et démarches.") + newsletter,
             decoys={CF}),
        page("/contact", "Contacter la mairie", m.prose(
            "Hôtel de ville ouvert du lundi au vendredi, 8 h 30 - 17 h 30, et le samedi matin pour l'état civil.",
            "Pour toute question, utilisez le formulaire ci-dessous : votre message est transmis au service concerné.")
             + contact, {CF}, decoys={SC}),
    ]
    return pages


_EVENTS = [("/agenda/vide-grenier", "Grand vide-grenier", "13 avril", "Centre-ville", "Animations"),
           ("/agenda/semi-marathon", "Semi-marathon", "5 octobre", "Stade municipal", "Sport"),
           ("/agenda/forum-associations", "Forum des associations", "6 septembre", "Halle des sports", "Vie associative")]
_ORDINARY_LINKS = [("/mairie/conseil-municipal", "Conseil municipal"), ("/mairie/budget", "Budget"),
                   ("/mairie/recrutement", "Offres d'emploi"), ("/mairie/marches-publics", "Marchés publics"),
                   ("/pratique/recensement", "Recensement"), ("/pratique/participation-citoyenne", "Vigilance citoyenne"),
                   ("/newsletter", "Lettre d'info"), ("/contact", "Contact")]


# ------------------------------------------------------------------------------------------------
def montbrezac() -> City:
    """WordPress (Complianz, wpDiscuz, WP-Polls, Contact Form 7, MC4WP): participation under the brand
    "Montbrézac en commun", conseils de quartier told through their public meetings, an appel à idées."""
    host = "www.montbrezac.fr"
    ev = [("/agenda/reunion-quartier-nord", "Réunion publique du conseil de quartier Nord", "12 mars, 18 h 30",
           "Maison des Garrigues", "Vie des quartiers"),
          ("/agenda/atelier-place-marche", "Atelier : imaginons la place du Marché", "29 mars, 10 h", "Salle Molière", "Citoyenneté"),
          ("/agenda/fete-vendanges", "Fête des vendanges", "20 septembre", "Cours Jean-Jaurès", "Animations")] + _EVENTS
    news = [("/actualites/piste-cyclable-avenue-sete", "Piste cyclable : les travaux commencent", "3 février",
             "Quatre mois de chantier avenue de Sète."),
            ("/actualites/place-du-marche-vos-idees", "Place du Marché : à vous d'imaginer", "20 janvier",
             "Un appel à idées est ouvert jusqu'au 15 mars."),
            ("/actualites/bilan-consultation-cantine", "Cantines : le bilan de la consultation", "8 janvier",
             "Merci aux 640 familles qui ont répondu."),
            ("/actualites/voeux-maire", "Les vœux du maire", "10 janvier", "Retour en images sur la cérémonie.")]
    poll = m.wp_polls(12, "Faut-il étendre l'ouverture de la médiathèque au dimanche ?",
                      ["Oui, toute l'année", "Oui, l'hiver seulement", "Non"])
    pages = [
        page("/", "Accueil", _home("Bienvenue à Montbrézac, ville de 38 000 habitants entre vignes et étangs.",
             [("/montbrezac-en-commun", "Montbrézac en commun"), ("/montbrezac-en-commun/conseils-de-quartier", "Conseils de quartier"),
              ("/culture/mediatheque", "Médiathèque"), ("/agenda", "Agenda")] + _ORDINARY_LINKS, news, ev, host)),
        page("/agenda", "Agenda", m.agenda_list(ev, "Tous les événements", f"webcal://{host}/agenda.ics")),
        page("/actualites", "Actualités", m.teasers(news, "Toutes les actualités")),
        # the city's approach under its own brand: presents bodies and tools, links to each
        page("/montbrezac-en-commun", "Montbrézac en commun", m.prose(
            "Montbrézac en commun rassemble les rendez-vous où les habitants prennent part aux décisions : "
            "six conseils de quartier, un conseil des aînés, des ateliers de co-construction sur les projets "
            "d'aménagement et des réunions publiques avant chaque grand chantier.",
            "Une charte de la participation, adoptée en conseil municipal, fixe les engagements de la ville : "
            "informer en amont, rendre compte des avis recueillis, expliquer les choix retenus.",
            '<a href="/montbrezac-en-commun/conseils-de-quartier">Les conseils de quartier</a> · '
            '<a href="/montbrezac-en-commun/conseil-des-aines">Le conseil des aînés</a> · '
            '<a href="/actualites/place-du-marche-vos-idees">L\'appel à idées en cours</a>'), {PD}),
        page("/montbrezac-en-commun/conseils-de-quartier", "Les conseils de quartier", m.prose(
            "Chacun des six quartiers dispose d'un conseil ouvert à tous les habitants de plus de 16 ans. "
            "Il se réunit en séance publique trois fois par an ; l'ordre du jour est construit à partir des "
            "questions des habitants.",
            "Nord, Garrigues, Centre ancien, Étangs, Gare, Les Hauts : retrouvez les dates des réunions dans l'agenda.",
            '<a href="/agenda/reunion-quartier-nord">Prochaine réunion : conseil de quartier Nord</a>'), {PD},
             parent=("Montbrézac en commun", "/montbrezac-en-commun")),
        page("/montbrezac-en-commun/conseil-des-aines", "Le conseil des aînés", m.prose(
            "Vingt-quatre habitants de plus de 60 ans, volontaires, émettent des avis sur les projets de la ville : "
            "mobilité, accessibilité de la voirie, lien intergénérationnel.",
            "Le conseil des aînés se réunit en plénière chaque trimestre ; ses commissions travaillent entre les séances."),
             {PD}, parent=("Montbrézac en commun", "/montbrezac-en-commun")),
        # an event page of a conseil de quartier's public meeting: tells residents how the body works and invites them
        page("/agenda/reunion-quartier-nord", "Réunion publique du conseil de quartier Nord", m.prose(
            "Le conseil de quartier Nord tient sa séance publique : point d'étape sur la réfection du parc des "
            "Oliviers, sécurité aux abords de l'école Jean-Moulin, questions diverses des habitants.",
            "Tous les habitants du quartier peuvent y assister et prendre la parole. Vous pouvez envoyer vos "
            "questions à l'avance au service Démocratie de proximité.")
             + m.event_meta("Mercredi 12 mars, 18 h 30", "Maison des Garrigues, rue des Aramons", f"webcal://{host}/agenda.ics")
             + m.share_buttons(f"http://{host}/agenda/reunion-quartier-nord"), {PD}, parent=("Agenda", "/agenda")),
        page("/agenda/atelier-place-marche", "Atelier : imaginons la place du Marché", m.prose(
            "Deuxième temps de la démarche sur la place du Marché : à partir des idées reçues, les participants "
            "dessinent en petits groupes trois scénarios d'aménagement avec les paysagistes.",
            "Atelier ouvert à tous, sans inscription. Garderie pour les enfants sur place.")
             + m.event_meta("Samedi 29 mars, 10 h - 12 h 30", "Salle Molière", f"webcal://{host}/agenda.ics"),
             {PD}, parent=("Agenda", "/agenda")),
        page("/agenda/fete-vendanges", "Fête des vendanges", m.prose(
            "Défilé des confréries, dégustations et bal populaire. Les domaines viticoles ouvrent leurs caves.",
            "Les associations souhaitant tenir un stand s'inscrivent auprès du service des fêtes.")
             + m.event_meta("Samedi 20 septembre", "Cours Jean-Jaurès", f"webcal://{host}/agenda.ics")
             + m.share_buttons(f"http://{host}/agenda/fete-vendanges"), parent=("Agenda", "/agenda")),
        page("/actualites/place-du-marche-vos-idees", "Place du Marché : à vous d'imaginer", m.prose(
            "La place du Marché sera réaménagée en 2026. Avant de lancer les études, la ville ouvre un appel à idées : "
            "ombre, jeux, stationnement, terrasses… dites-nous ce que vous souhaitez y trouver.",
            "Les propositions reçues jusqu'au 15 mars nourriront l'atelier du 29 mars.")
             + m.cf7("/actualites/place-du-marche-vos-idees/", 3188,
                     (("Prénom et nom", "your-name", "text"), ("E-mail", "your-email", "email"),
                      ("Votre quartier", "quartier", "text")), ("Votre idée pour la place", "idee"))
             + m.share_buttons(f"http://{host}/actualites/place-du-marche-vos-idees"), {SC, CF},
             parent=("Actualités", "/actualites")),
        page("/actualites/piste-cyclable-avenue-sete", "Piste cyclable : les travaux commencent", m.prose(
            "Quatre mois de chantier pour relier le centre au lycée par une piste bidirectionnelle.",
            "La circulation sera alternée par tronçons de 200 mètres. Le marché du jeudi est maintenu.")
             + m.share_buttons(f"http://{host}/actualites/piste-cyclable-avenue-sete")
             + m.wpdiscuz(441, [("Karim B.", "4 février", "Enfin ! Mes enfants pourront aller au lycée à vélo."),
                                ("Odile", "4 février", "Et les places de stationnement devant la boulangerie ?")]),
             {CO}, parent=("Actualités", "/actualites")),
        # results of a closed consultation: no way to answer any more
        page("/actualites/bilan-consultation-cantine", "Cantines : le bilan de la consultation", m.prose(
            "La consultation des familles sur la restauration scolaire est close. 640 questionnaires ont été reçus.",
            "Principaux enseignements : 71 % souhaitent davantage de produits locaux, 58 % un repas végétarien "
            "deux fois par semaine. Le nouveau marché intègrera ces demandes dès la rentrée.")
             + m.poll_results("Souhaitez-vous un second repas végétarien par semaine ?",
                              [("Oui", 58, 371), ("Non", 35, 224), ("Sans avis", 7, 45)], "Consultation close le 15 décembre.")
             + m.wp_comments(438, [], open_=False), decoys={PO, CO}, parent=("Actualités", "/actualites")),
        # a news item naming a future participatory budget in passing
        page("/actualites/voeux-maire", "Les vœux du maire", m.prose(
            "Près de 900 personnes ont assisté à la cérémonie des vœux à la salle des fêtes.",
            "Le maire a rappelé les projets de l'année : médiathèque, piste cyclable, place du Marché, et annoncé "
            "le lancement prochain d'un budget participatif à l'échelle des quartiers.")
             + m.share_buttons(f"http://{host}/actualites/voeux-maire"), decoys={PB, PD}, parent=("Actualités", "/actualites")),
        page("/culture/mediatheque", "La médiathèque", m.with_aside(m.prose(
            "Romans, BD, jeux vidéo, presse : la médiathèque Lucie-Aubrac prête gratuitement à tous les habitants.",
            "Horaires : mardi, mercredi et samedi 10 h - 18 h ; jeudi et vendredi 14 h - 19 h.",
            "La ville envisage une ouverture le dimanche : donnez votre avis dans le sondage."), poll + m.mc4wp(77)), {PO}),
    ]
    pages += _ordinary(host, "Montbrézac", "wp", m.cf7("/contact/", 3101), m.mc4wp(77))
    www = Site(host, "wordpress", "Ville de Montbrézac", pages,
               menu=[("Accueil", "/"), ("Actualités", "/actualites"), ("Agenda", "/agenda"),
                     ("Montbrézac en commun", "/montbrezac-en-commun"), ("Contact", "/contact")],
               accounts=[social("facebook", "VilledeMontbrezac"), social("instagram", "montbrezac_officiel")],
               address="Hôtel de ville, 1 place de la République, 34380 Montbrézac")
    return City("99431", "Montbrézac", 38_400, "34", "76", "Occitanie", f"http://{host}/", [www])


# ------------------------------------------------------------------------------------------------
def saint_alvere() -> City:
    """Drupal city site (Webform, comments, poll block) and a Decidim platform on a subdomain: a participatory
    budget, a survey, neighbourhood meetings; a concertation préalable notice and an enquête publique."""
    host, dec = "www.saint-alvere-les-ormes.fr", "jeparticipe.saint-alvere-les-ormes.fr"
    ical = f"webcal://{host}/agenda.ics"
    ev = [("/agenda/balade-urbaine-berges", "Balade urbaine sur les berges de l'Yzeron", "5 avril, 14 h", "Pont de la Gare", "Citoyenneté"),
          ("/agenda/concert-orchestre", "Concert de l'orchestre d'harmonie", "18 avril, 20 h 30", "Théâtre des Ormes", "Culture")] + _EVENTS
    news = [("/actualites/gymnase-renove", "Le gymnase Pasteur rénové", "2 mars", "Réouverture le 10 mars."),
            ("/actualites/concertation-zac-tanneries", "ZAC des Tanneries : concertation préalable", "14 février", "Avis de concertation."),
            ("/actualites/budget-participatif-vote", "Budget participatif : votez !", "1 février", "26 projets soumis au vote."),
            ("/actualites/enquete-publique-plu", "Enquête publique sur la modification du PLU", "20 janvier", "Du 3 au 28 février.")]
    webform = m.webform("contact", "/contact", [("Votre nom", "name", "text"), ("Votre adresse e-mail", "email", "email"),
                                                ("Service concerné", "service", "select:État civil|Urbanisme|Voirie|Écoles"),
                                                ("Message", "message", "textarea")], "Envoyer le message")
    nl = m.webform("newsletter", "/newsletter", [("Adresse e-mail", "email", "email"),
                                                 ("J'accepte de recevoir la lettre", "consent", "checkbox")], "S'abonner")
    dpoll = m.drupal_poll(4, "Quel nom pour la future passerelle ?", ["Passerelle des Ormes", "Passerelle Lumière", "Passerelle de l'Yzeron"])
    pages = [
        page("/", "Accueil", _home("Saint-Alvère-les-Ormes, 72 000 habitants aux portes de l'agglomération.",
             [("/democratie-participative", "Démocratie participative"), (f"http://{dec}/", "Plateforme Je participe"),
              ("/agenda", "Agenda"), ("/actualites", "Actualités")] + _ORDINARY_LINKS, news, ev, host)),
        page("/agenda", "Agenda", m.agenda_list(ev, "Agenda des sorties", ical)),
        page("/actualites", "Actualités", m.teasers(news, "Toute l'actualité")),
        page("/democratie-participative", "Démocratie participative", m.prose(
            "La ville associe les habitants à ses projets par plusieurs instances : huit conseils de quartier, "
            "un conseil citoyen dans le quartier prioritaire des Brosses, un conseil municipal des enfants.",
            "La plateforme Je participe réunit en ligne le budget participatif, les consultations et les comptes "
            f'rendus des réunions : <a href="http://{dec}/">jeparticipe.saint-alvere-les-ormes.fr</a>.',
            '<a href="/democratie-participative/conseils-de-quartier">Les conseils de quartier</a>'), {PD}),
        page("/democratie-participative/conseils-de-quartier", "Les conseils de quartier", m.prose(
            "Huit conseils de quartier, composés d'habitants tirés au sort et de volontaires, se réunissent "
            "en assemblée plénière publique deux fois par an.",
            "Ils disposent chacun d'une enveloppe de 15 000 euros pour de petits aménagements décidés en commun.",
            f'Les dates des réunions sont publiées sur <a href="http://{dec}/assemblies/conseils-de-quartier">la plateforme</a>.')
             + dpoll, {PD, PO}, parent=("Démocratie participative", "/democratie-participative")),
        # a balade urbaine's event page: a concertation step where residents' remarks are collected
        page("/agenda/balade-urbaine-berges", "Balade urbaine sur les berges de l'Yzeron", m.prose(
            "Dans le cadre du projet de renaturation des berges, la ville vous invite à une balade commentée avec "
            "les paysagistes et l'élue à la concertation. Vos remarques sur place seront consignées et intégrées "
            "au diagnostic partagé.",
            "Inscription conseillée auprès du service Démocratie participative ; départ du pont de la Gare.")
             + m.event_meta("Samedi 5 avril, 14 h - 16 h 30", "Pont de la Gare", ical, "45.74", "4.77"),
             {PD}, parent=("Agenda", "/agenda")),
        page("/agenda/concert-orchestre", "Concert de l'orchestre d'harmonie", m.prose(
            "Programme : musiques de films et création d'un compositeur régional. Billetterie en ligne.")
             + m.event_meta("Vendredi 18 avril, 20 h 30", "Théâtre des Ormes", ical, free=False)
             + m.share_buttons(f"http://{host}/agenda/concert-orchestre", "other"), parent=("Agenda", "/agenda")),
        page("/actualites/gymnase-renove", "Le gymnase Pasteur rénové", m.prose(
            "Après dix mois de travaux, le gymnase rouvre : isolation, nouvelle toiture, vestiaires accessibles.",
            "Les clubs reprendront leurs créneaux habituels dès le 10 mars.")
             + m.drupal_comments(312, [("Sylvie", "3 mars", "Bravo pour les vestiaires, enfin adaptés !")]),
             {CO}, parent=("Actualités", "/actualites")),
        # a legal notice of the concertation préalable (code de l'urbanisme): dates and register, no presentation of the city's approach
        page("/actualites/concertation-zac-tanneries", "ZAC des Tanneries : avis de concertation préalable", m.prose(
            "Par délibération du 12 décembre, le conseil municipal a fixé les modalités de la concertation "
            "préalable à la création de la ZAC des Tanneries, conformément au code de l'urbanisme.",
            "Un dossier et un registre papier sont tenus à la disposition du public au service urbanisme du "
            "3 mars au 4 avril, aux heures d'ouverture. Le bilan sera arrêté par le conseil municipal."),
             decoys={PD}, parent=("Actualités", "/actualites")),
        page("/actualites/enquete-publique-plu", "Enquête publique sur la modification du PLU", m.prose(
            "Par arrêté du maire, une enquête publique portant sur la modification n° 3 du plan local d'urbanisme "
            "est ouverte du 3 au 28 février.",
            "Le commissaire enquêteur tiendra trois permanences en mairie. Les observations peuvent être consignées "
            "sur le registre d'enquête ou adressées par courrier au commissaire enquêteur."),
             decoys={PO, PD}, parent=("Actualités", "/actualites")),
        page("/actualites/budget-participatif-vote", "Budget participatif : votez !", m.prose(
            "26 projets imaginés par les habitants sont soumis au vote jusqu'au 2 mars. Chacun peut voter pour "
            "trois projets, en ligne ou dans les urnes des mairies annexes.",
            f'<a href="http://{dec}/processes/bp-2025/f/12/budgets">Voter sur la plateforme</a>')
             + m.drupal_comments(298, [("Farid", "2 février", "Le projet de jardin partagé aux Brosses mérite vos voix !"),
                                       ("Anne-Marie", "5 février", "Pourquoi pas de bureau de vote à la mairie annexe Est ?")]),
             {PB, CO}, parent=("Actualités", "/actualites")),
    ]
    pages += _ordinary(host, "Saint-Alvère-les-Ormes", "drupal", webform, nl)
    www = Site(host, "drupal", "Ville de Saint-Alvère-les-Ormes", pages,
               menu=[("Accueil", "/"), ("Actualités", "/actualites"), ("Agenda", "/agenda"),
                     ("Démocratie participative", "/democratie-participative"), ("Contact", "/contact")],
               accounts=[social("facebook", "SaintAlvereLesOrmes"), social("x", "StAlvereOrmes"),
                         social("linkedin", "ville-de-saint-alvere-les-ormes")],
               address="Hôtel de ville, place Émile-Zola, 69350 Saint-Alvère-les-Ormes")
    proc = "/processes/bp-2025"
    decidim_pages = [
        page("/", "Je participe", m.prose("Bienvenue sur la plateforme de participation de Saint-Alvère-les-Ormes.")
             + '<section class="home__section"><h2>Processus en cours</h2><ul>'
               f'<li><a href="{proc}">Budget participatif 2025</a></li><li><a href="/processes/mobilites">Plan des mobilités</a></li></ul></section>'
               '<section class="home__section"><h2>Espaces permanents</h2><ul>'
               '<li><a href="/assemblies/conseils-de-quartier">Conseils de quartier</a></li></ul></section>', {PD}),
        page(proc, "Budget participatif 2025", m.prose(
            "500 000 euros d'investissement pour des projets proposés et choisis par les habitants dès 11 ans.")
             + m.timeline([("Dépôt des propositions", "1er septembre - 31 octobre", "done"),
                           ("Analyse technique", "novembre - janvier", "done"), ("Vote", "1er février - 2 mars", "current"),
                           ("Résultats", "mars", "next")])
             + f'<ul><li><a href="{proc}/f/11/proposals">Les propositions</a></li><li><a href="{proc}/f/12/budgets">Voter</a></li></ul>',
             {PB}, parent=("Processus", "/")),
        page(f"{proc}/f/11/proposals", "Propositions", m.prose("Phase de dépôt terminée : 71 propositions reçues, 26 retenues.")
             + '<div class="card__list">'
             + "".join(f'<a class="card__list" href="{proc}/f/11/proposals/{n}"><span class="card__list-title">{t}</span>'
                       f'<span class="label">{s}</span></a>' for n, t, s in
                       [(204, "Un jardin partagé aux Brosses", "Retenue"), (219, "Des bancs le long de l'Yzeron", "Retenue"),
                        (231, "Une piscine à vagues", "Non retenue")]) + "</div>", {PB}, parent=("Budget participatif 2025", proc)),
        page(f"{proc}/f/11/proposals/204", "Un jardin partagé aux Brosses", m.prose(
            "Transformer la pelouse derrière la résidence des Brosses en jardin partagé géré par une association.",
            "Coût estimé : 38 000 euros. Avis technique : favorable.")
             + '<div id="comments"><h2 class="comments-title">3 commentaires</h2><div class="comment-thread">'
               '<div class="comment" id="comment_881"><p class="comment__author">Nadia K.</p><p>Super idée, je m\'inscris pour arroser !</p></div></div>'
               f'<form class="new_comment" id="new_comment_for_Proposal_204" action="/comments" accept-charset="UTF-8" method="post">'
               '<input type="hidden" name="comment[commentable_gid]" value="Z2lkOi8vZGVjaWRpbS9Qcm9wb3NhbC8yMDQ">'
               '<label for="add-comment-Proposal-204">Ajouter un commentaire</label>'
               '<textarea id="add-comment-Proposal-204" name="comment[body]" maxlength="1000" rows="4"></textarea>'
               '<button type="submit" class="button">Publier le commentaire</button></form></div>',
             {PB, CO}, parent=("Propositions", f"{proc}/f/11/proposals")),
        page(f"{proc}/f/11/proposals/219", "Des bancs le long de l'Yzeron", m.prose(
            "Installer une douzaine de bancs entre le pont de la Gare et le parc des Ormes.",
            "Coût estimé : 22 000 euros. Avis technique : favorable.")
             + '<div id="comments"><h2 class="comments-title">0 commentaire</h2>'
               '<form class="new_comment" id="new_comment_for_Proposal_219" action="/comments" accept-charset="UTF-8" method="post">'
               '<input type="hidden" name="comment[commentable_gid]" value="Z2lkOi8vZGVjaWRpbS9Qcm9wb3NhbC8yMTk">'
               '<label for="add-comment-Proposal-219">Ajouter un commentaire</label>'
               '<textarea id="add-comment-Proposal-219" name="comment[body]" maxlength="1000" rows="4"></textarea>'
               '<button type="submit" class="button">Publier le commentaire</button></form></div>',
             {PB, CO}, parent=("Propositions", f"{proc}/f/11/proposals")),
        # a proposal turned down at the analysis step: the thread is closed, no form, no comment
        page(f"{proc}/f/11/proposals/231", "Une piscine à vagues", m.prose(
            "Proposition non retenue : son coût dépasse l'enveloppe du budget participatif.",
            '<span class="label alert">Non retenue</span>')
             + '<div id="comments"><p class="callout">Les commentaires sont désactivés pour cette proposition.</p></div>',
             {PB}, decoys={CO}, parent=("Propositions", f"{proc}/f/11/proposals")),
        page(f"{proc}/f/12/budgets", "Voter les projets", m.prose("Sélectionnez les projets que vous souhaitez voir réalisés, "
             "dans la limite de l'enveloppe de votre quartier. Connectez-vous pour valider votre vote.")
             + '<div class="budget-summary" data-total-budget="500000"><p>Budget attribué : 0 € sur 500 000 €</p></div>'
             + m.project_cards([(204, "Un jardin partagé aux Brosses", "Les Brosses", "38 000 €"),
                                (219, "Des bancs le long de l'Yzeron", "Centre", "22 000 €"),
                                (226, "Un terrain de basket 3x3", "Les Ormes", "95 000 €")], True, f"{proc}/f/12/budgets/order/checkout"),
             {PB}, parent=("Budget participatif 2025", proc)),
        page("/processes/mobilites", "Plan des mobilités", m.prose(
            "Comment vous déplacez-vous ? Le questionnaire du plan des mobilités est ouvert jusqu'au 30 avril.",
            '<a href="/processes/mobilites/f/21/">Répondre au questionnaire</a>'), {PD}, parent=("Processus", "/")),
        page("/processes/mobilites/f/21/", "Questionnaire mobilités", m.prose("Dix questions, cinq minutes.")
             + '<form class="form answer-questionnaire" id="answer-questionnaire" action="/processes/mobilites/f/21/questionnaire/answer" method="post">'
               '<div class="questionnaire-question"><fieldset><legend>1. Quel mode utilisez-vous le plus ?</legend>'
               '<label><input type="radio" name="questionnaire[responses][0][choices][][body]" value="voiture"> Voiture</label>'
               '<label><input type="radio" name="questionnaire[responses][0][choices][][body]" value="velo"> Vélo</label>'
               '<label><input type="radio" name="questionnaire[responses][0][choices][][body]" value="bus"> Bus</label></fieldset></div>'
               '<div class="questionnaire-question"><label for="q2">2. Que faudrait-il améliorer en priorité ?</label>'
               '<textarea id="q2" name="questionnaire[responses][1][body]"></textarea></div>'
               '<label><input type="checkbox" name="questionnaire[tos_agreement]" value="1"> J\'accepte les conditions</label>'
               '<button type="submit" class="button">Envoyer</button></form>', {PO}, parent=("Plan des mobilités", "/processes/mobilites")),
        page("/assemblies/conseils-de-quartier", "Conseils de quartier", m.prose(
            "L'espace des huit conseils de quartier : compositions, ordres du jour, comptes rendus.",
            '<a href="/assemblies/conseils-de-quartier/f/31/meetings/57">Plénière du conseil de quartier Les Ormes</a>'),
             {PD}, parent=("Assemblées", "/")),
        page("/assemblies/conseils-de-quartier/f/31/meetings/57", "Plénière du conseil de quartier Les Ormes", m.prose(
            "Mardi 18 mars, 19 h, école des Ormes. Ordre du jour : sécurité routière rue Voltaire, bilan des "
            "petits travaux, présentation des projets du budget participatif du quartier.",
            "Réunion ouverte au public ; inscription facultative.")
             + '<div class="meeting__aside"><a class="button" href="/users/sign_in">S\'inscrire à la réunion</a></div>',
             {PD}, parent=("Conseils de quartier", "/assemblies/conseils-de-quartier")),
    ]
    jp = Site(dec, "decidim", "Je participe - Saint-Alvère-les-Ormes", decidim_pages,
              menu=[("Accueil", "/"), ("Processus", proc), ("Assemblées", "/assemblies/conseils-de-quartier")],
              features=frozenset({PP}), platforms=frozenset({"decidim"}))
    return City("99432", "Saint-Alvère-les-Ormes", 72_100, "69", "84", "Auvergne-Rhône-Alpes", f"http://{host}/", [www, jp])


# ------------------------------------------------------------------------------------------------
def kervallec() -> City:
    """SPIP (article forums, Formidable): a questionnaire, an idea box, a balade urbaine, conseils de
    quartier, and a neighbours' network on its own host."""
    host, net = "www.kervallec.bzh", "voisins.kervallec.bzh"
    ical = f"webcal://{host}/agenda.ics"
    ev = [("/spip.php?article212", "Balade urbaine : le port de demain", "22 mars, 10 h", "Quai des Thoniers", "Citoyenneté"),
          ("/spip.php?article215", "Festival des musiques celtiques", "8 août", "Place du Martray", "Culture")] + _EVENTS
    news = [("/spip.php?article208", "Mobilités : votre avis compte", "1er mars", "Questionnaire ouvert jusqu'au 31 mars."),
            ("/spip.php?article205", "Le marché couvert rouvre", "20 février", "Douze commerçants retrouvent leurs étals."),
            ("/spip.php?article201", "Boîte à idées : 120 propositions reçues", "2 février", "Premier bilan."),
            ("/spip.php?article199", "Lancement de Kervallec Voisins", "15 janvier", "Le réseau d'entraide entre voisins.")]
    contact = m.spip_formidable(1, "/spip.php?page=contact", [("Nom", "input_1", "input"), ("Courriel", "email_1", "email"),
                                                              ("Sujet", "input_2", "input"), ("Message", "textarea_1", "textarea")])
    nl = m.spip_formidable(3, "/spip.php?page=lettre", [("Courriel", "email_1", "email"),
                                                        ("Je m'abonne à la lettre", "checkbox_1", "checkbox:Oui")], "S'abonner")
    pages = [
        page("/", "Accueil", _home("Kervallec, ville portuaire de 41 000 habitants, Penn-ar-Bed.",
             [("/spip.php?rubrique12", "Vie des quartiers"), ("/spip.php?article220", "Boîte à idées"),
              ("/spip.php?article208", "Questionnaire mobilités"), ("/spip.php?article199", "Kervallec Voisins"),
              ("/agenda", "Agenda")] + _ORDINARY_LINKS, news, ev, host)),
        page("/agenda", "Agenda", m.agenda_list(ev, "Agenda", ical)),
        page("/spip.php?rubrique12", "Vie des quartiers", m.prose(
            "Kervallec compte cinq conseils de quartier. Chacun réunit élus référents, habitants volontaires et "
            "représentants des associations ; leurs réunions sont publiques.",
            "Ils donnent leur avis sur les aménagements et portent des projets de proximité.")
             + '<ul class="liste-articles"><li><a href="/spip.php?article210">Conseil de quartier du Port : compte rendu</a></li>'
               '<li><a href="/spip.php?article212">Balade urbaine du 22 mars</a></li></ul>', {PD}),
        page("/spip.php?article210", "Conseil de quartier du Port : compte rendu de la séance du 4 février", m.prose(
            "Une cinquantaine d'habitants ont participé à la séance. Sujets abordés : stationnement des camping-cars, "
            "éclairage du quai, fête de quartier.",
            "Le conseil a proposé une balade urbaine pour préparer le réaménagement du port.")
             + m.spip_forum(210, [("Yann", "6 février", "Merci pour ce compte rendu rapide."),
                                  ("Maïwenn L.", "8 février", "Pensez aux personnes à mobilité réduite sur le quai.")]),
             {PD, CO}, parent=("Vie des quartiers", "/spip.php?rubrique12")),
        page("/spip.php?article212", "Balade urbaine : le port de demain", m.prose(
            "Le conseil de quartier du Port et les services de la ville proposent une balade urbaine pour "
            "recueillir vos observations avant le réaménagement du quai des Thoniers.",
            "Parcours de 2 km, accessible. Vos remarques alimenteront le cahier des charges de l'étude.")
             + m.event_meta("Samedi 22 mars, 10 h", "Quai des Thoniers", ical, "47.99", "-4.10")
             + m.spip_forum(212, []), {PD, CO}, parent=("Vie des quartiers", "/spip.php?rubrique12")),
        page("/spip.php?article215", "Festival des musiques celtiques", m.prose(
            "Trois jours de concerts, fest-noz et défilé de bagadoù. Billetterie à l'office de tourisme.")
             + m.event_meta("8 - 10 août", "Place du Martray", ical, free=False), parent=("Agenda", "/agenda")),
        page("/spip.php?article208", "Mobilités : votre avis compte", m.prose(
            "La ville prépare son plan vélo et la refonte du réseau de navettes. Répondez au questionnaire "
            "avant le 31 mars : il est anonyme et prend cinq minutes.")
             + m.spip_formidable(9, "/spip.php?article208", [
                 ("Comment venez-vous en centre-ville ?", "radio_1", "radio:À pied|À vélo|En bus|En voiture"),
                 ("À quelle fréquence utilisez-vous la navette ?", "radio_2", "radio:Jamais|Parfois|Chaque semaine|Chaque jour"),
                 ("Quels aménagements vous feraient changer de mode ?", "checkbox_1", "checkbox:Pistes cyclables|Parkings relais|Navette plus fréquente"),
                 ("Autres remarques", "textarea_1", "textarea")], "Envoyer mes réponses"), {PO}),
        page("/spip.php?article220", "Boîte à idées", m.prose(
            "Une idée pour améliorer la vie à Kervallec ? Propreté, animation, environnement, solidarité : "
            "déposez-la ici. Chaque idée reçoit une réponse des services dans un délai de deux mois.")
             + m.spip_formidable(11, "/spip.php?article220", [("Votre nom", "input_1", "input"), ("Courriel", "email_1", "email"),
                                                                 ("Thème", "radio_1", "radio:Environnement|Animation|Solidarité|Voirie"),
                                                                 ("Votre idée", "textarea_1", "textarea")], "Déposer mon idée"),
             {SC, CF}),
        # a report on the idea box: the box stays open and is linked, but this page itself takes no idea
        page("/spip.php?article201", "Boîte à idées : 120 propositions reçues", m.prose(
            "Depuis l'ouverture de la boîte à idées, 120 propositions ont été déposées. Quinze sont déjà réalisées, "
            "dont des bancs au jardin du Prieuré et un composteur collectif.",
            'La boîte reste ouverte : <a href="/spip.php?article220">déposer une idée</a>.')
             + m.spip_forum(201, [("Gwen", "3 février", "Content de voir le composteur installé !")]), {CO}, decoys={SC}),
        page("/spip.php?article205", "Le marché couvert rouvre", m.prose(
            "Après rénovation, le marché couvert accueille douze commerçants du mardi au dimanche matin.")
             + m.share_buttons(f"http://{host}/spip.php?article205", "other")),
        # the city's page presenting its neighbours' network and sending residents to join it
        page("/spip.php?article199", "Lancement de Kervallec Voisins", m.prose(
            "Prêter une perceuse, arroser les plantes d'un voisin, proposer une sortie au marché : Kervallec Voisins "
            "est le réseau social de proximité ouvert par la ville à tous ses habitants.",
            f'Inscription gratuite sur <a href="http://{net}/">voisins.kervallec.bzh</a> avec une adresse à Kervallec.'),
             {TSN}),
    ]
    pages += _ordinary(host, "Kervallec", "spip", contact, nl)
    www = Site(host, "spip", "Kervallec", pages,
               menu=[("Accueil", "/"), ("Agenda", "/agenda"), ("Vie des quartiers", "/spip.php?rubrique12"), ("Contact", "/contact")],
               accounts=[social("facebook", "VilleKervallec"), social("instagram", "kervallec"),
                         social("mastodon", "kervallec@mastodon.bzh")],
               address="Ti-kêr / Mairie, 3 rue de Brest, 29900 Kervallec")
    net_pages = [
        page("/", "Kervallec Voisins", m.prose("Le réseau d'entraide des habitants de Kervallec.")
             + '<ul class="feed"><li class="post"><a href="/quartier/port">Quartier du Port</a> · Qui aurait une échelle à prêter samedi ?</li>'
               '<li class="post"><a href="/quartier/port/annonces/prets">Objets à prêter</a></li>'
               '<li class="post"><a href="/evenements">Événements entre voisins</a></li></ul>', {TSN}),
        page("/quartier/port", "Quartier du Port", '<div class="posts"><article class="post"><p class="post__author">Loïc · Port</p>'
             '<p>Qui aurait une échelle à prêter samedi ?</p><form class="post__reply" method="post" action="/quartier/port/posts/88/reponses">'
             '<textarea name="reponse" placeholder="Répondre à Loïc"></textarea><button type="submit">Répondre</button></form></article></div>',
             {TSN}, parent=("Kervallec Voisins", "/")),
        page("/quartier/port/annonces/prets", "Objets à prêter", m.prose("Perceuse, remorque, appareil à raclette : "
             "empruntez plutôt qu'acheter.") + '<ul class="annonces"><li>Remorque 500 kg · Anne</li><li>Perceuse · Erwan</li></ul>',
             {TSN}, parent=("Quartier du Port", "/quartier/port")),
        page("/evenements", "Événements entre voisins", m.prose("Apéro de rue, troc de plantes, ramassage de déchets sur la plage."),
             {TSN}, parent=("Kervallec Voisins", "/")),
    ]
    nw = Site(net, "community", "Kervallec Voisins", net_pages, menu=[("Fil", "/"), ("Événements", "/evenements")],
              features=frozenset({TSN}))
    return City("99433", "Kervallec", 41_300, "29", "53", "Bretagne", f"http://{host}/", [www, nw],
                decoy_accounts=("https://www.facebook.com/OfficeTourismeKervallec",))


# ------------------------------------------------------------------------------------------------
def ervigny() -> City:
    """Vendor CMS and a Cap Collectif space on the vendor's domain: the participatory budget "Ervigny Imagine"
    at each stage, a consultation, the right of petition on the city site; a closed consultation's results."""
    host, cap = "www.ervigny-sur-marne.fr", "ervigny.cap-collectif.com"
    ical = f"webcal://{host}/agenda.ics"
    ev = [("/agenda/reunion-publique-gare", "Réunion publique : le pôle gare", "3 avril, 19 h", "Salle des fêtes", "Citoyenneté"),
          ("/agenda/salon-du-livre", "Salon du livre jeunesse", "17 mai", "Espace Marne", "Culture")] + _EVENTS
    news = [("/actualites/ervigny-imagine-laureats-2024", "Ervigny Imagine : les lauréats 2024", "12 décembre", "Neuf projets seront réalisés."),
            ("/actualites/resultats-rythmes-scolaires", "Rythmes scolaires : les résultats", "20 novembre", "La semaine de quatre jours plébiscitée."),
            ("/actualites/petition-nationale-urgences", "Urgences de l'hôpital : la ville soutient", "3 octobre", "Motion du conseil municipal."),
            ("/actualites/ervigny-imagine-2025", "Ervigny Imagine 2025 est lancé", "6 janvier", "Déposez vos projets.")]
    contact = m.vendor_form("/contact", "Écrire à la mairie", [("Civilité", "civ", "select:Madame|Monsieur|Autre"),
                                                                ("Nom *", "nom", "text"), ("E-mail *", "email", "email"),
                                                                ("Votre demande *", "demande", "textarea")])
    nl = m.newsletter()
    pages = [
        page("/", "Accueil", _home("Ervigny-sur-Marne, 55 800 habitants, au bord de la Marne.",
             [("/participer", "Participer"), ("/participer/ervigny-imagine", "Ervigny Imagine"),
              ("/participer/droit-de-petition", "Droit de pétition"), ("/agenda", "Agenda")] + _ORDINARY_LINKS, news, ev, host)),
        page("/agenda", "Agenda", m.agenda_list(ev, "Que faire à Ervigny ?", ical)),
        page("/actualites", "Actualités", m.teasers(news, "Actualités")),
        page("/participer", "Participer", m.prose(
            "Donner son avis, proposer, décider : la ville a fait de la participation des habitants un axe de son "
            "mandat. Consultations en ligne, réunions publiques avant chaque projet, budget participatif annuel, "
            "droit de pétition et comités de quartier.",
            f'Toutes les démarches en ligne se trouvent sur <a href="http://{cap}/">la plateforme participative</a>.',
            '<a href="/participer/ervigny-imagine">Ervigny Imagine</a> · <a href="/participer/droit-de-petition">Droit de pétition</a>'), {PD}),
        page("/participer/ervigny-imagine", "Ervigny Imagine, le budget participatif", m.prose(
            "Chaque année, 400 000 euros du budget d'investissement sont consacrés à des projets proposés puis "
            "votés par les habitants de plus de 12 ans.",
            "Calendrier 2025 : dépôt des projets jusqu'au 15 mars, étude de faisabilité au printemps, vote en "
            "septembre, réalisation l'année suivante.",
            f'<a href="http://{cap}/project/ervigny-imagine-2025/collect/depot-des-projets">Déposer un projet</a> · '
            '<a href="/participer/ervigny-imagine/reglement">Le règlement</a> · '
            '<a href="/actualites/ervigny-imagine-laureats-2024">Les lauréats 2024</a>'), {PB, PD},
             parent=("Participer", "/participer")),
        page("/participer/ervigny-imagine/reglement", "Règlement d'Ervigny Imagine", m.prose(
            "Article 1 : peut déposer un projet toute personne résidant à Ervigny-sur-Marne, âgée de 12 ans au moins.",
            "Article 2 : les projets relèvent de l'investissement, d'intérêt général, et ne dépassent pas 80 000 euros.",
            "Article 5 : le vote a lieu en ligne et dans les équipements municipaux ; chaque votant choisit trois projets."),
             {PB}, parent=("Ervigny Imagine", "/participer/ervigny-imagine")),
        # the winners of a past edition: the budget itself, at its last stage
        page("/actualites/ervigny-imagine-laureats-2024", "Ervigny Imagine : les lauréats 2024", m.prose(
            "4 212 habitants ont voté. Neuf projets, pour 398 000 euros, seront réalisés en 2025.")
             + m.project_cards([(1, "Îlot de fraîcheur cour de l'école Curie", "Centre", "75 000 €"),
                                (2, "Boîtes à livres dans les parcs", "Tous quartiers", "8 000 €"),
                                (3, "Parcours sportif des bords de Marne", "Bords de Marne", "62 000 €")])
             + m.share_buttons(f"http://{host}/actualites/ervigny-imagine-laureats-2024", "other"), {PB},
             parent=("Actualités", "/actualites")),
        # a news item that is itself the call: the budget's filing step is open and the page sends residents to file
        page("/actualites/ervigny-imagine-2025", "Ervigny Imagine 2025 est lancé", m.prose(
            "La troisième édition du budget participatif est ouverte : vous avez jusqu'au 15 mars pour déposer "
            "vos projets sur la plateforme participative.",
            f'<a href="http://{cap}/project/ervigny-imagine-2025/collect/depot-des-projets">Je dépose mon projet</a>'),
             {PB, SC}, parent=("Actualités", "/actualites")),
        page("/actualites/resultats-rythmes-scolaires", "Rythmes scolaires : les résultats", m.prose(
            "La consultation des familles, close le 10 novembre, a recueilli 2 310 réponses : 68 % se prononcent "
            "pour la semaine de quatre jours.", "Le conseil d'école se prononcera en janvier.")
             + m.poll_results("Quelle organisation de la semaine préférez-vous ?",
                              [("Quatre jours", 68, 1571), ("Quatre jours et demi", 32, 739)], "Consultation close."),
             decoys={PO}, parent=("Actualités", "/actualites")),
        page("/actualites/petition-nationale-urgences", "Urgences de l'hôpital : la ville soutient les soignants", m.prose(
            "Le conseil municipal a adopté une motion pour le maintien des urgences de nuit.",
            "Une pétition nationale sur l'accès aux soins est en ligne : "
            '<a href="https://www.change.org/p/pour-des-urgences-ouvertes-la-nuit">change.org</a>.'),
             decoys={PE}, parent=("Actualités", "/actualites")),
        page("/agenda/reunion-publique-gare", "Réunion publique : le pôle gare", m.prose(
            "Le maire et l'aménageur présentent le projet de pôle gare et répondent aux questions des habitants.",
            "Les remarques seront versées au bilan de la concertation.")
             + m.event_meta("Jeudi 3 avril, 19 h", "Salle des fêtes", ical), {PD}, parent=("Agenda", "/agenda")),
        page("/agenda/salon-du-livre", "Salon du livre jeunesse", m.prose(
            "Quarante auteurs et illustrateurs en dédicace, ateliers d'écriture sur inscription.")
             + m.event_meta("Samedi 17 mai", "Espace Marne", ical)
             + m.vendor_form("/agenda/salon-du-livre", "Inscription aux ateliers", [
                 ("Nom de l'enfant", "enfant", "text"), ("Âge", "age", "number"), ("E-mail du parent", "email", "email"),
                 ("Atelier", "atelier", "select:BD (10 h)|Conte (14 h)|Manga (16 h)")], "S'inscrire", "form-booking"),
             decoys={CF}, parent=("Agenda", "/agenda")),
        page("/participer/droit-de-petition", "Le droit de pétition", m.prose(
            "Depuis 2023, tout habitant de 16 ans et plus peut saisir le conseil municipal par une pétition. "
            "Au-delà de 500 signatures, la question est inscrite à l'ordre du jour d'une séance.",
            '<a href="/participer/droit-de-petition/petitions">Voir les pétitions en cours</a> · '
            '<a href="/participer/droit-de-petition/deposer">Lancer une pétition</a>'), {PE, PD}, parent=("Participer", "/participer")),
        page("/participer/droit-de-petition/petitions", "Pétitions en cours", m.petition_list([
            ("/participer/droit-de-petition/petitions/12", "Un passage piéton sécurisé devant le collège Vercors", 341, 500, "En cours"),
            ("/participer/droit-de-petition/petitions/9", "Ouvrir la piscine le dimanche après-midi", 512, 500, "Seuil atteint - examinée le 27 mars")]),
             {PE}, parent=("Le droit de pétition", "/participer/droit-de-petition")),
        page("/participer/droit-de-petition/petitions/12", "Un passage piéton sécurisé devant le collège Vercors", m.prose(
            "Déposée par l'association des parents d'élèves le 3 février. Les élèves traversent la RD 34 sans "
            "aménagement à la sortie des cours.") + m.sign_form("/participer/droit-de-petition/petitions/12/signer", 12),
             {PE}, parent=("Pétitions en cours", "/participer/droit-de-petition/petitions")),
        page("/participer/droit-de-petition/petitions/9", "Ouvrir la piscine le dimanche après-midi", m.prose(
            "Seuil de 500 signatures atteint ; la pétition sera examinée en conseil municipal le 27 mars.")
             + m.sign_form("/participer/droit-de-petition/petitions/9/signer", 9),
             {PE}, parent=("Pétitions en cours", "/participer/droit-de-petition/petitions")),
        # filing a petition: a free-text form sent to the city, inside the city's petition space
        page("/participer/droit-de-petition/deposer", "Lancer une pétition", m.vendor_form(
            "/participer/droit-de-petition/deposer", "Votre pétition", [
                ("Titre *", "titre", "text"), ("Texte de la pétition *", "texte", "textarea"),
                ("Nom *", "nom", "text"), ("E-mail *", "email", "email"), ("Adresse à Ervigny *", "adresse", "text")],
            "Soumettre ma pétition", "form-petition"), {PE, CF}, parent=("Le droit de pétition", "/participer/droit-de-petition")),
        page("/pratique/enquete-insee", "Enquête de l'Insee auprès des ménages", m.prose(
            "L'Insee réalise une enquête sur le cadre de vie et la sécurité. Quelques ménages d'Ervigny seront "
            "sollicités par un enquêteur muni d'une carte officielle. Vos réponses restent confidentielles."),
             decoys={PO}, parent=("Pratique", "/pratique/recensement")),
    ]
    pages += _ordinary(host, "Ervigny-sur-Marne", "vendor", contact, nl)
    www = Site(host, "vendor", "Ville d'Ervigny-sur-Marne", pages,
               menu=[("Accueil", "/"), ("Actualités", "/actualites"), ("Agenda", "/agenda"), ("Participer", "/participer"),
                     ("Enquête Insee", "/pratique/enquete-insee"), ("Contact", "/contact")],
               accounts=[social("facebook", "ErvignySurMarne"), social("instagram", "ervigny_sur_marne"),
                         social("youtube", "ErvignyTV")],
               address="Hôtel de ville, 12 avenue du Général-Leclerc, 77410 Ervigny-sur-Marne")
    bp = "/project/ervigny-imagine-2025"
    cap_pages = [
        page("/", "Ervigny participe", m.prose("La plateforme de participation d'Ervigny-sur-Marne.")
             + f'<div class="projects-list"><a class="card-project" href="{bp}/collect/depot-des-projets">Ervigny Imagine 2025</a>'
               '<a class="card-project" href="/project/plan-climat/questionnaire/questionnaire-climat">Questionnaire plan climat</a>'
               '<a class="card-project" href="/project/ervigny-imagine-2024/selection/vote">Ervigny Imagine 2024 (terminé)</a></div>', {PD}),
        # the platform's filing form publishes a proposal; it is not a message to the city (no contact form)
        page(f"{bp}/collect/depot-des-projets", "Ervigny Imagine 2025 - Dépôt des projets", m.prose(
            "Vous avez une idée pour votre quartier ? Déposez votre projet avant le 15 mars.")
             + m.timeline([("Dépôt", "6 janvier - 15 mars", "current"), ("Analyse", "avril - juin", "next"),
                           ("Vote", "septembre", "next"), ("Lauréats", "octobre", "next")])
             + '<form id="proposal-form" class="proposal-form" method="post" action="/graphql"><label for="proposal_title">Titre du projet</label>'
               '<input id="proposal_title" name="title"><label for="proposal_body">Description</label><textarea id="proposal_body" name="body"></textarea>'
               '<label for="proposal_district">Quartier</label><select id="proposal_district" name="district"><option>Centre</option><option>Bords de Marne</option></select>'
               '<button type="submit" class="btn btn-primary">Déposer</button></form>'
               f'<ul><li><a href="{bp}/collect/depot-des-projets/proposals/un-verger-partage">Un verger partagé</a></li></ul>',
             {PB, SC}, parent=("Ervigny Imagine 2025", "/")),
        page(f"{bp}/collect/depot-des-projets/proposals/un-verger-partage", "Un verger partagé", m.prose(
            "Planter une vingtaine d'arbres fruitiers sur la friche de la rue des Écluses.")
             + '<div class="opinion__comments"><h3>2 commentaires</h3><div class="comment">Bonne idée ! — Marc</div>'
               '<form class="comment-form" method="post" action="/graphql"><textarea name="body" placeholder="Votre commentaire"></textarea>'
               '<button type="submit">Commenter</button></form></div>', {PB, CO},
             parent=("Dépôt des projets", f"{bp}/collect/depot-des-projets")),
        page("/project/ervigny-imagine-2024/selection/vote", "Ervigny Imagine 2024 - Vote", m.prose(
            "Le vote est terminé. Merci aux 4 212 votants ! Découvrez les neuf lauréats.")
             + m.project_cards([(1, "Îlot de fraîcheur cour de l'école Curie", "Centre", "75 000 €")]), {PB},
             parent=("Ervigny Imagine 2024", "/")),
        page("/project/plan-climat/questionnaire/questionnaire-climat", "Questionnaire plan climat", m.prose(
            "Aidez-nous à bâtir le plan climat local : dix questions sur vos habitudes et vos attentes.")
             + '<form id="reply-form" class="questionnaire" method="post" action="/graphql"><fieldset><legend>Êtes-vous prêt à composter vos déchets ?</legend>'
               '<label><input type="radio" name="responses[0]" value="oui"> Oui</label><label><input type="radio" name="responses[0]" value="non"> Non</label></fieldset>'
               '<label for="r1">Vos propositions pour le climat</label><textarea id="r1" name="responses[1]"></textarea>'
               '<button type="submit" class="btn btn-primary">Envoyer mes réponses</button></form>', {PO},
             parent=("Plan climat", "/")),
    ]
    cs = Site(cap, "capcollectif", "Ervigny participe", cap_pages,
              menu=[("Accueil", "/"), ("Budget participatif", f"{bp}/collect/depot-des-projets")],
              features=frozenset({PP}), platforms=frozenset({"capcollectif"}))
    return City("99434", "Ervigny-sur-Marne", 55_800, "77", "11", "Île-de-France", f"http://{host}/", [www, cs])


# ------------------------------------------------------------------------------------------------
def pontcharlieu() -> City:
    """WordPress with wpDiscuz and the Facebook comments plugin, a phpBB board run for the city, a conseil
    citoyen, a suggestions form; the forum de l'emploi and a forum of associations as lookalikes."""
    host, board = "www.pontcharlieu.fr", "forum.pontcharlieu.fr"
    ical = f"webcal://{host}/agenda.ics"
    ev = [("/agenda/forum-emploi", "Forum de l'emploi et de l'alternance", "20 mars", "Salle Vauban", "Emploi"),
          ("/agenda/atelier-cour-oasis", "Atelier : la cour Oasis de l'école Zola", "2 avril, 17 h", "École Zola", "Citoyenneté"),
          ("/agenda/braderie", "Braderie de la Saint-Éloi", "1er juin", "Centre-ville", "Animations")] + _EVENTS
    news = [("/2025/02/friche-textile-concertation", "Friche Delcourt : la concertation s'ouvre", "18 février", "Réunion, atelier et registre."),
            ("/2025/01/nouveaux-horaires-piscine", "Nouveaux horaires de la piscine", "28 janvier", "Ouverture le midi."),
            ("/2025/01/conseil-citoyen-renouvele", "Le conseil citoyen renouvelé", "10 janvier", "Vingt nouveaux membres."),
            ("/2024/12/illuminations", "Les illuminations de Noël", "2 décembre", "Le marché de Noël ouvre vendredi.")]
    cf = m.cf7("/contact/", 5021)
    pages = [
        page("/", "Accueil", _home("Ville de Pontcharlieu, 47 900 habitants, Flandre intérieure.",
             [("/conseil-citoyen", "Conseil citoyen"), ("/vos-suggestions", "Vos suggestions"),
              (f"http://{board}/", "Le forum des habitants"), ("/agenda", "Agenda")] + _ORDINARY_LINKS, news, ev, host,
             m.share_buttons(f"http://{host}/"))),
        page("/agenda", "Agenda", m.agenda_list(ev, "Agenda", ical)),
        page("/conseil-citoyen", "Le conseil citoyen", m.prose(
            "Instance de démocratie participative créée par la loi de 2014, le conseil citoyen du quartier "
            "Fresnoy-Mackellerie associe habitants tirés au sort et acteurs locaux au contrat de ville.",
            "Il se réunit une fois par mois ; ses séances plénières sont ouvertes au public.",
            '<a href="/2025/01/conseil-citoyen-renouvele">Le conseil renouvelé en janvier</a>'), {PD}),
        page("/2025/01/conseil-citoyen-renouvele", "Le conseil citoyen renouvelé", m.prose(
            "Vingt habitants, dont neuf tirés au sort sur les listes électorales, ont rejoint le conseil citoyen.",
            "Leur première plénière publique aura lieu le 5 février à la maison de quartier.")
             + m.wpdiscuz(1201, [("Mélanie", "11 janvier", "Heureuse d'en faire partie !")]), {PD, CO}),
        # a concertation with its online register: a free-text contribution sent to the city counts as a contact form
        page("/2025/02/friche-textile-concertation", "Friche Delcourt : la concertation s'ouvre", m.prose(
            "Que faire de l'ancienne filature Delcourt ? La ville ouvre une concertation de trois mois : "
            "réunion publique le 6 mars, atelier participatif le 2 avril, registre en mairie et en ligne.",
            "Les contributions seront présentées au conseil municipal de juin avec les réponses de la ville.")
             + m.cf7("/2025/02/friche-textile-concertation/", 5040,
                     (("Nom", "your-name", "text"), ("E-mail", "your-email", "email")), ("Votre contribution au registre", "contribution"))
             + m.share_buttons(f"http://{host}/2025/02/friche-textile-concertation"), {PD, CF}),
        page("/2025/01/nouveaux-horaires-piscine", "Nouveaux horaires de la piscine", m.prose(
            "La piscine Jean-Bart ouvre désormais de 12 h à 14 h en semaine pour les nageurs en longueur.")
             + m.fb_comments(f"http://{host}/2025/01/nouveaux-horaires-piscine"), {CO}),
        page("/2024/12/illuminations", "Les illuminations de Noël", m.prose(
            "Le marché de Noël ouvre vendredi sur la Grand-Place avec cinquante chalets.")
             + m.wp_comments(1180, [("Paul", "3 décembre", "Magnifique cette année.")], open_=False),
             decoys={CO}),
        page("/vos-suggestions", "Vos suggestions", m.prose(
            "Une remarque, une idée pour améliorer un service ou votre quartier ? Écrivez-nous : chaque suggestion "
            "est lue par le cabinet du maire et transmise au service concerné.")
             + m.cf7("/vos-suggestions/", 5033, (("Nom", "your-name", "text"), ("E-mail", "your-email", "email"),
                                                ("Quartier", "quartier", "text")), ("Votre suggestion", "suggestion")), {SC, CF}),
        page("/agenda/forum-emploi", "Forum de l'emploi et de l'alternance", m.prose(
            "Soixante entreprises recrutent : industrie, logistique, commerce. Apportez votre CV.",
            "Forum organisé avec France Travail et la mission locale.")
             + m.event_meta("Jeudi 20 mars, 9 h - 17 h", "Salle Vauban", ical), decoys={FO}, parent=("Agenda", "/agenda")),
        page("/agenda/atelier-cour-oasis", "Atelier : la cour Oasis de l'école Zola", m.prose(
            "Parents, enfants, enseignants et riverains sont invités à dessiner ensemble la future cour végétalisée.",
            "Atelier participatif animé par un paysagiste ; goûter offert.")
             + m.event_meta("Mercredi 2 avril, 17 h", "École Zola", ical), {PD}, parent=("Agenda", "/agenda")),
        page("/agenda/braderie", "Braderie de la Saint-Éloi", m.prose(
            "Plus de 600 exposants dans les rues du centre. Fermeture des rues de 5 h à 20 h.")
             + m.event_meta("Dimanche 1er juin", "Centre-ville", ical), parent=("Agenda", "/agenda")),
    ]
    pages += _ordinary(host, "Pontcharlieu", "wp", cf, m.mc4wp(88))
    www = Site(host, "wordpress", "Pontcharlieu", pages,
               menu=[("Accueil", "/"), ("Agenda", "/agenda"), ("Conseil citoyen", "/conseil-citoyen"),
                     ("Forum", f"http://{board}/"), ("Contact", "/contact")],
               accounts=[social("facebook", "VillePontcharlieu"), social("x", "Pontcharlieu"), social("tiktok", "pontcharlieu")],
               address="Hôtel de ville, Grand-Place, 59170 Pontcharlieu")

    def topics(rows):
        return ('<div class="forumbg"><ul class="topiclist topics">' + "".join(
            f'<li class="row bg{i % 2 + 1}"><dl class="row-item topic_read"><dt><a href="/viewtopic.php?t={t}" class="topictitle">{title}</a>'
            f'<br><span class="responsive-hide">par <span class="username">{who}</span></span></dt><dd class="posts">{n} <dfn>Réponses</dfn></dd></dl></li>'
            for i, (t, title, who, n) in enumerate(rows)) + "</ul></div>")

    forum_pages = [
        page("/", "Index du forum", '<div class="forabg"><ul class="topiclist forums">'
             '<li class="row"><dl class="row-item forum_read"><dt><a href="/viewforum.php?f=2" class="forumtitle">Vie des quartiers</a>'
             '<br>Échanges entre habitants sur la vie de leur quartier</dt><dd class="topics">48</dd></dl></li>'
             '<li class="row"><dl class="row-item forum_read"><dt><a href="/viewforum.php?f=3" class="forumtitle">Friche Delcourt</a>'
             '<br>La discussion sur l\'avenir de la filature</dt><dd class="topics">12</dd></dl></li></ul></div>', {FO}),
        page("/viewforum.php?f=2", "Vie des quartiers", topics([(31, "Stationnement rue de Lille", "jerome59", 14),
                                                                (35, "Jardins familiaux : liste d'attente", "bernadette", 6)])
             + '<form method="get" action="/posting.php"><input type="hidden" name="mode" value="post"><input type="hidden" name="f" value="2"><button type="submit" class="button">Nouveau sujet</button></form>', {FO}, parent=("Index du forum", "/")),
        page("/viewforum.php?f=3", "Friche Delcourt", topics([(40, "Et pourquoi pas des logements étudiants ?", "nico_p", 9)]),
             {FO}, parent=("Index du forum", "/")),
        page("/viewtopic.php?t=31", "Stationnement rue de Lille", '<div id="p311" class="post has-profile bg2"><div class="inner">'
             '<div class="postbody"><h3>Stationnement rue de Lille</h3><p class="author">par <strong>jerome59</strong></p>'
             '<div class="content">Depuis la zone bleue, impossible de se garer le soir.</div></div></div></div>'
             '<div id="p318" class="post has-profile bg1"><div class="inner"><div class="postbody"><p class="author">par <strong>Modération - Mairie</strong></p>'
             '<div class="content">Le sujet sera abordé à la prochaine réunion du quartier.</div></div></div></div>'
             '<form id="qr_postform" method="post" action="/posting.php?mode=reply&amp;t=31"><fieldset class="fields1">'
             '<textarea name="message" rows="7" cols="76" tabindex="1" class="inputbox"></textarea>'
             '<input type="submit" accesskey="s" tabindex="6" name="post" value="Envoyer" class="button1"></fieldset></form>',
             {FO}, parent=("Vie des quartiers", "/viewforum.php?f=2")),
        page("/viewtopic.php?t=35", "Jardins familiaux : liste d'attente", '<div class="post"><div class="content">'
             'Quelqu\'un sait combien de temps on attend pour une parcelle ?</div></div>', {FO},
             parent=("Vie des quartiers", "/viewforum.php?f=2")),
        page("/viewtopic.php?t=40", "Et pourquoi pas des logements étudiants ?", '<div class="post"><div class="content">'
             'Avec l\'IUT à côté, la filature pourrait accueillir des étudiants.</div></div>', {FO},
             parent=("Friche Delcourt", "/viewforum.php?f=3")),
    ]
    fs = Site(board, "phpbb", "Forum des habitants de Pontcharlieu", forum_pages, features=frozenset({FO}))
    return City("99435", "Pontcharlieu", 47_900, "59", "32", "Hauts-de-France", f"http://{host}/", [www, fs],
                decoy_accounts=("https://www.facebook.com/ComiteDesFetesPontcharlieu",))


# ------------------------------------------------------------------------------------------------
def lussignac() -> City:
    """Vendor CMS with a rich agenda: a city-run petition space, a questionnaire on a city page,
    a neighbours' network on its own host; the gendarmerie's watch scheme and a closed call for projects."""
    host, net = "www.ville-lussignac.fr", "voisins.ville-lussignac.fr"
    ical = f"webcal://{host}/agenda.ics"
    ev = [("/agenda/reunion-quartier-bastide", "Réunion de quartier : la Bastide", "25 mars, 18 h 30", "Maison de la Bastide", "Vie des quartiers"),
          ("/agenda/fete-de-la-musique", "Fête de la musique", "21 juin", "Tout le centre", "Culture"),
          ("/agenda/marche-gourmand", "Marché gourmand nocturne", "11 juillet", "Esplanade", "Animations")] + _EVENTS
    news = [("/actualites/appel-projets-associations", "Appel à projets associatifs 2025", "5 février", "Subventions : dossiers avant le 31 mars."),
            ("/actualites/questionnaire-jeunesse", "Jeunes : donnez votre avis", "28 janvier", "Un questionnaire pour les 11-25 ans."),
            ("/actualites/appel-idees-parc-clos", "Parc du Moulin : l'appel à idées est clos", "15 janvier", "212 idées reçues."),
            ("/actualites/lussignac-voisins", "Lussignac Voisins : rejoignez le réseau", "8 janvier", "Le réseau social de proximité.")]
    contact = m.vendor_form("/contact", "Contacter les services", [("Nom *", "nom", "text"), ("E-mail *", "email", "email"),
                                                                    ("Téléphone", "tel", "tel"), ("Objet *", "objet", "select:Voirie|Propreté|Écoles|Autre"),
                                                                    ("Message *", "message", "textarea"), ("Pièce jointe", "pj", "file")])
    nl = m.newsletter("/lettre/abonnement", "courriel")
    pages = [
        page("/", "Accueil", _home("Lussignac, 33 600 habitants, entre Garonne et vignobles.",
             [("/ma-ville/participation", "Participation"), ("/ma-ville/petitions", "Pétitions"),
              ("/actualites/questionnaire-jeunesse", "Questionnaire jeunesse"), ("/agenda", "Agenda")] + _ORDINARY_LINKS,
             news, ev, host)),
        page("/agenda", "Agenda", m.agenda_list(ev, "Agenda", ical)),
        page("/ma-ville/participation", "Participation citoyenne", m.prose(
            "À Lussignac, la participation passe d'abord par les réunions de quartier : chaque quartier est réuni "
            "deux fois par an par le maire et ses adjoints, et les habitants fixent une partie de l'ordre du jour.",
            "S'y ajoutent un espace de pétitions citoyennes, des questionnaires en ligne sur les projets et un "
            "réseau d'entraide entre voisins.",
            '<a href="/ma-ville/petitions">Pétitions citoyennes</a> · <a href="/actualites/lussignac-voisins">Lussignac Voisins</a>'), {PD}),
        # a neighbourhood meeting's event page: presents the meetings and takes residents' free-text questions to the city
        page("/agenda/reunion-quartier-bastide", "Réunion de quartier : la Bastide", m.prose(
            "Le maire et les élus rencontrent les habitants de la Bastide : travaux de la rue Montesquieu, "
            "vitesse dans les lotissements, projets proposés par le quartier.",
            "Envoyez vos questions à l'avance via le formulaire : elles seront lues en séance.")
             + m.event_meta("Mardi 25 mars, 18 h 30", "Maison de la Bastide", ical, "44.80", "-0.30")
             + m.vendor_form("/agenda/reunion-quartier-bastide", "Posez votre question", [
                 ("Prénom", "prenom", "text"), ("E-mail", "email", "email"), ("Votre question *", "question", "textarea")],
                 "Envoyer ma question"), {PD, CF}, parent=("Agenda", "/agenda")),
        page("/agenda/fete-de-la-musique", "Fête de la musique", m.prose(
            "Scènes ouvertes dans tout le centre. Les groupes amateurs s'inscrivent avant le 15 mai.")
             + m.event_meta("Samedi 21 juin", "Centre-ville", ical)
             + m.vendor_form("/agenda/fete-de-la-musique", "Inscription des groupes", [
                 ("Nom du groupe", "groupe", "text"), ("Style", "style", "select:Rock|Jazz|Chanson|Électro"),
                 ("E-mail", "email", "email"), ("Nombre de musiciens", "nb", "number")], "Inscrire mon groupe", "form-registration"),
             decoys={CF}, parent=("Agenda", "/agenda")),
        page("/agenda/marche-gourmand", "Marché gourmand nocturne", m.prose(
            "Producteurs, food-trucks et concert sur l'esplanade, chaque jeudi de juillet et d'août.")
             + m.event_meta("Jeudi 11 juillet, 19 h", "Esplanade", ical), parent=("Agenda", "/agenda")),
        page("/actualites/appel-projets-associations", "Appel à projets associatifs 2025", m.prose(
            "La ville soutient les associations par un appel à projets annuel. Les dossiers de demande de "
            "subvention sont à déposer avant le 31 mars sur le portail des associations.",
            "Critères : intérêt local, co-financement, actions ouvertes à tous les publics."), decoys={SC}),
        # a survey with one open question: a questionnaire, not a message to the city
        page("/actualites/questionnaire-jeunesse", "Jeunes : donnez votre avis", m.prose(
            "Lieux de sortie, transports, emploi d'été : la ville prépare sa politique jeunesse et interroge les 11-25 ans.")
             + m.vendor_form("/actualites/questionnaire-jeunesse", "Questionnaire jeunesse (anonyme)", [
                 ("Votre âge", "age", "select:11-14 ans|15-17 ans|18-25 ans"),
                 ("Où passez-vous votre temps libre ?", "lieu", "radio:Chez moi|Au city-stade|À la médiathèque|Hors de Lussignac"),
                 ("Ce qui manque le plus à Lussignac", "manque", "radio:Un lieu pour se retrouver|Des transports le soir|Des offres de job d'été"),
                 ("Une proposition ?", "proposition", "textarea")], "Envoyer mes réponses", "form-survey"), {PO}),
        page("/actualites/appel-idees-parc-clos", "Parc du Moulin : l'appel à idées est clos", m.prose(
            "L'appel à idées sur le réaménagement du parc du Moulin s'est terminé le 31 décembre : 212 idées reçues. "
            "Elles sont en cours d'analyse ; les scénarios seront présentés au printemps.",
            "Merci à toutes et à tous pour votre participation !"), decoys={SC}),
        # the city's page presenting its neighbours' network and sending residents to join it
        page("/actualites/lussignac-voisins", "Lussignac Voisins : rejoignez le réseau", m.prose(
            "La ville a ouvert Lussignac Voisins, un réseau social de proximité pour s'entraider, prêter, "
            "organiser une fête de rue ou signaler un chat perdu.",
            f'<a href="http://{net}/">Rejoindre Lussignac Voisins</a>'), {TSN}),
        page("/ma-ville/petitions", "Pétitions citoyennes", m.prose(
            "Tout habitant majeur peut déposer une pétition sur une question relevant de la commune. Une pétition "
            "qui recueille 300 signatures de Lussignacais reçoit une réponse écrite du maire et est débattue en "
            "réunion de quartier.", '<a href="/ma-ville/petitions/nouvelle">Déposer une pétition</a>')
             + m.petition_list([("/ma-ville/petitions/eclairage-chemin-ecoliers", "Éclairer le chemin des écoliers", 188, 300, "Ouverte")]),
             {PE}, parent=("Participation", "/ma-ville/participation")),
        page("/ma-ville/petitions/eclairage-chemin-ecoliers", "Éclairer le chemin des écoliers", m.prose(
            "Le chemin entre le lotissement des Vignes et le groupe scolaire n'est pas éclairé ; l'hiver, "
            "les enfants y passent de nuit.") + m.sign_form("/ma-ville/petitions/eclairage-chemin-ecoliers/signer", 31),
             {PE}, parent=("Pétitions citoyennes", "/ma-ville/petitions")),
        # filing a petition: a free-text form sent to the city, inside the city's petition space
        page("/ma-ville/petitions/nouvelle", "Déposer une pétition", m.vendor_form(
            "/ma-ville/petitions/nouvelle", "Nouvelle pétition", [
                ("Titre *", "titre", "text"), ("Objet de la pétition *", "objet", "textarea"), ("Nom *", "nom", "text"),
                ("E-mail *", "email", "email")], "Déposer", "form-petition"), {PE, CF},
             parent=("Pétitions citoyennes", "/ma-ville/petitions")),
        page("/tourisme", "Office de tourisme", m.prose(
            "L'office de tourisme de Lussignac vous accueille place de la Halle. Visites des chais, randonnées, "
            "location de vélos.",
            'Suivez l\'office sur <a href="https://www.instagram.com/lussignac_tourisme">Instagram</a> et '
            '<a href="https://www.facebook.com/LussignacTourisme">Facebook</a>.')),
    ]
    pages += _ordinary(host, "Lussignac", "vendor", contact, nl)
    www = Site(host, "vendor", "Ville de Lussignac", pages,
               menu=[("Accueil", "/"), ("Agenda", "/agenda"), ("Participation", "/ma-ville/participation"),
                     ("Tourisme", "/tourisme"), ("Contact", "/contact")],
               accounts=[social("facebook", "VilleDeLussignac"), social("instagram", "villedelussignac"),
                         social("linkedin", "ville-de-lussignac")],
               address="Mairie, 1 place de la Halle, 33490 Lussignac")
    net_pages = [
        page("/", "Lussignac Voisins", m.prose("Entraide, prêts et bons plans entre voisins de Lussignac.")
             + '<ul class="groups"><li><a href="/groupes/la-bastide">Groupe de la Bastide</a></li>'
               '<li><a href="/groupes/centre">Groupe du Centre</a></li><li><a href="/entraide">Demandes d\'entraide</a></li></ul>', {TSN}),
        page("/groupes/la-bastide", "Groupe de la Bastide", '<div class="feed"><article class="feed-item"><p>Fête des voisins le 30 mai, qui apporte quoi ?</p>'
             '<form method="post" action="/groupes/la-bastide/messages"><textarea name="message"></textarea><button>Publier</button></form></article></div>',
             {TSN}, parent=("Lussignac Voisins", "/")),
        page("/groupes/centre", "Groupe du Centre", '<div class="feed"><article class="feed-item"><p>Chat tigré perdu rue Carnot.</p></article></div>',
             {TSN}, parent=("Lussignac Voisins", "/")),
        page("/entraide", "Demandes d'entraide", m.prose("Courses pour une voisine âgée, aide au déménagement, covoiturage."),
             {TSN}, parent=("Lussignac Voisins", "/")),
    ]
    nw = Site(net, "community", "Lussignac Voisins", net_pages, menu=[("Accueil", "/"), ("Entraide", "/entraide")],
              features=frozenset({TSN}))
    return City("99436", "Lussignac", 33_600, "33", "75", "Nouvelle-Aquitaine", f"http://{host}/", [www, nw],
                decoy_accounts=("https://www.instagram.com/lussignac_tourisme", "https://www.facebook.com/LussignacTourisme"))


# ------------------------------------------------------------------------------------------------
def roquesseranne() -> City:
    """Drupal with Webform: a participatory budget run on the city site at every stage (presentation,
    rules, filing, vote, winners of the past edition), comités d'intérêt de quartier, a concertation register."""
    host = "www.roquesseranne.fr"
    ical = f"webcal://{host}/agenda.ics"
    bp = "/budget-participatif"
    ev = [("/agenda/assemblee-ciq-saint-roch", "Assemblée générale du CIQ Saint-Roch", "8 avril, 18 h", "Salle Saint-Roch", "Vie des quartiers"),
          ("/agenda/feria", "Féria de printemps", "25 avril", "Arènes", "Festivités"),
          ("/agenda/jury-citoyen-mobilites", "Jury citoyen sur les mobilités : séance publique", "15 mai, 18 h", "Hôtel de ville", "Citoyenneté")] + _EVENTS
    news = [(f"{bp}/vote", "Budget participatif : à vos votes !", "1er avril", "Du 1er au 30 avril."),
            ("/actualites/concertation-cours-mirabeau", "Cours Mirabeau : la concertation", "10 mars", "Registre ouvert."),
            ("/actualites/sondage-marche-nocturne-resultats", "Marché nocturne : vous avez choisi", "20 février", "Résultats du sondage."),
            ("/actualites/nouveau-pole-sante", "Un nouveau pôle santé", "2 février", "Huit praticiens installés."),
            ("/actualites/salon-des-maires-numerique", "Salon des maires : la ville primée", "25 novembre", "Le prix de l'innovation locale.")]
    webform = m.webform("contact", "/contact", [("Nom", "nom", "text"), ("Courriel", "courriel", "email"),
                                                ("Sujet", "sujet", "text"), ("Votre message", "message", "textarea")])
    nl = m.webform("lettre", "/newsletter", [("Courriel", "courriel", "email")], "Je m'inscris")
    pages = [
        page("/", "Accueil", _home("Roquesseranne, 88 000 habitants, entre Durance et étang.",
             [(bp, "Budget participatif"), ("/vie-citoyenne/ciq", "Comités d'intérêt de quartier"),
              ("/actualites/concertation-cours-mirabeau", "Concertation cours Mirabeau"), ("/agenda", "Agenda")] + _ORDINARY_LINKS,
             news, ev, host, m.drupal_poll(9, "Votre quartier est-il bien éclairé la nuit ?", ["Oui", "Plutôt", "Non"]))
             , {PO}),
        page("/agenda", "Agenda", m.agenda_list(ev, "Agenda", ical)),
        page("/actualites", "Actualités", m.teasers(news, "Actualités")),
        page(bp, "Le budget participatif", m.prose(
            "Avec « Roquesseranne, c'est vous qui décidez », la ville consacre chaque année 1 million d'euros à des "
            "projets proposés et votés par les habitants.")
             + m.timeline([("Dépôt des idées", "1er octobre - 30 novembre", "done"), ("Étude de faisabilité", "décembre - mars", "done"),
                           ("Vote", "1er - 30 avril", "current"), ("Réalisation", "2025-2026", "next")])
             + f'<ul><li><a href="{bp}/reglement">Règlement</a></li><li><a href="{bp}/deposer">Déposer une idée (édition 2026, dès octobre)</a></li>'
               f'<li><a href="{bp}/vote">Voter</a></li><li><a href="{bp}/edition-2024">Les lauréats de l\'édition 2024</a></li></ul>', {PB}),
        page(f"{bp}/reglement", "Règlement du budget participatif", m.prose(
            "Tout habitant de plus de 11 ans peut déposer une idée ou voter. Les projets relèvent des compétences "
            "de la ville, de l'investissement, et coûtent moins de 150 000 euros.",
            "Un comité de suivi composé d'habitants tirés au sort et d'élus veille au bon déroulement."),
             {PB}, parent=("Le budget participatif", bp)),
        # the filing step of the budget, still open for ideas for the next edition
        page(f"{bp}/deposer", "Déposer une idée", m.prose(
            "Déposez votre idée pour l'édition 2026 : décrivez-la en quelques lignes, les services vous aideront "
            "à la chiffrer.")
             + m.webform("bp_depot", f"{bp}/deposer", [("Titre de l'idée", "titre", "text"),
                                                     ("Quartier", "quartier", "select:Centre|Saint-Roch|Les Palunes|La Crau"),
                                                     ("Description", "description", "textarea"), ("Nom", "nom", "text"),
                                                     ("Courriel", "courriel", "email")], "Déposer mon idée"),
             {PB, SC, CF}, parent=("Le budget participatif", bp)),
        page(f"{bp}/vote", "Budget participatif : à vos votes !", m.prose(
            "34 projets sont soumis au vote jusqu'au 30 avril. Votez en ligne ou dans les mairies de quartier.")
             + m.project_cards([(501, "Ombrières sur la cour de l'école des Palunes", "Les Palunes", "120 000 €"),
                                (507, "Fontaine à boire place de la Crau", "La Crau", "35 000 €"),
                                (512, "Skatepark agrandi", "Centre", "140 000 €")], True, f"{bp}/vote", 5),
             {PB}, parent=("Le budget participatif", bp)),
        # the winners of a past edition: the budget itself, at its last stage
        page(f"{bp}/edition-2024", "Édition 2024 : les projets lauréats", m.prose(
            "3 870 votants ont désigné douze projets, dont la forêt urbaine de Saint-Roch et les toilettes publiques "
            "du marché. Suivez l'avancement des travaux sur cette page.")
             + m.project_cards([(401, "Forêt urbaine de Saint-Roch", "Saint-Roch", "90 000 €"),
                                (405, "Toilettes publiques du marché", "Centre", "60 000 €")]),
             {PB}, parent=("Le budget participatif", bp)),
        page("/vie-citoyenne/ciq", "Les comités d'intérêt de quartier", m.prose(
            "Les quatorze comités d'intérêt de quartier (CIQ) sont des associations d'habitants, interlocutrices de "
            "la ville pour tout ce qui touche au cadre de vie. La ville les réunit en comité de concertation "
            "chaque trimestre et les consulte sur les projets d'aménagement.",
            "Une charte de la concertation précise le rôle de chacun."), {PD}),
        page("/agenda/assemblee-ciq-saint-roch", "Assemblée générale du CIQ Saint-Roch", m.prose(
            "Assemblée générale ouverte aux habitants du quartier, en présence de l'adjoint au maire délégué : "
            "bilan de l'année, propreté du vallon, projet de forêt urbaine.")
             + m.event_meta("Mardi 8 avril, 18 h", "Salle Saint-Roch", ical, "43.40", "5.00"), {PD}, parent=("Agenda", "/agenda")),
        page("/agenda/jury-citoyen-mobilites", "Jury citoyen sur les mobilités : séance publique", m.prose(
            "Vingt-cinq habitants tirés au sort ont travaillé trois week-ends sur les mobilités. Ils présentent "
            "leurs recommandations au maire en séance publique.")
             + m.event_meta("Jeudi 15 mai, 18 h", "Hôtel de ville", ical), {PD}, parent=("Agenda", "/agenda")),
        page("/agenda/feria", "Féria de printemps", m.prose(
            "Bandas, abrivados et bodegas pendant trois jours. Réservations de places aux arènes en ligne.")
             + m.event_meta("25 - 27 avril", "Arènes", ical, free=False)
             + m.webform("billetterie", "/agenda/feria", [("Nombre de places", "places", "number"),
                                                          ("Catégorie", "categorie", "select:Tribune|Gradins"),
                                                          ("Courriel", "courriel", "email")], "Payer"),
             decoys={CF}, parent=("Agenda", "/agenda")),
        # a concertation with its online register (free-text observations to the city) and comments under it
        page("/actualites/concertation-cours-mirabeau", "Cours Mirabeau : la concertation", m.prose(
            "Le réaménagement du cours Mirabeau fait l'objet d'une concertation jusqu'au 30 mai : exposition en "
            "mairie, deux réunions publiques et un registre en ligne où chacun peut déposer son avis.",
            "Toutes les contributions seront publiées avec la réponse de la ville.")
             + m.webform("registre_mirabeau", "/actualites/concertation-cours-mirabeau", [
                 ("Nom ou pseudonyme", "nom", "text"), ("Courriel", "courriel", "email"), ("Votre observation", "observation", "textarea")],
                 "Déposer mon observation")
             + m.drupal_comments(640, [("Hélène", "12 mars", "Gardez les platanes !")]), {PD, CF, CO}, parent=("Actualités", "/actualites")),
        page("/actualites/sondage-marche-nocturne-resultats", "Marché nocturne : vous avez choisi", m.prose(
            "Le sondage est terminé : 1 204 votes. Le marché nocturne aura lieu le vendredi.")
             + m.poll_results("Quel soir pour le marché nocturne ?", [("Jeudi", 31, 373), ("Vendredi", 52, 626), ("Samedi", 17, 205)]),
             decoys={PO}, parent=("Actualités", "/actualites")),
        # a news item naming participation platforms in passing: the city runs none of them
        page("/actualites/salon-des-maires-numerique", "Salon des maires : la ville primée", m.prose(
            "Au Salon des maires, Roquesseranne a reçu le prix de l'innovation locale pour son application de "
            "signalement de dépôts sauvages.",
            "Sur le stand de l'association des maires, les éditeurs présentaient leurs outils : Decidim, "
            "Cap Collectif, Fluicity ou id-city équipent déjà plusieurs villes de la région pour leurs concertations. "
            "« Nous regardons ces solutions avec intérêt », indique l'adjoint au numérique.")
             + m.share_buttons(f"http://{host}/actualites/salon-des-maires-numerique", "other"),
             decoys={PP, PD}, parent=("Actualités", "/actualites")),
        page("/actualites/nouveau-pole-sante", "Un nouveau pôle santé", m.prose(
            "Huit praticiens se sont installés dans le pôle santé des Palunes. Prise de rendez-vous en ligne.")
             + m.share_buttons(f"http://{host}/actualites/nouveau-pole-sante", "other"), parent=("Actualités", "/actualites")),
    ]
    pages += _ordinary(host, "Roquesseranne", "drupal", webform, nl)
    www = Site(host, "drupal", "Ville de Roquesseranne", pages,
               menu=[("Accueil", "/"), ("Actualités", "/actualites"), ("Agenda", "/agenda"),
                     ("Budget participatif", bp), ("Contact", "/contact")],
               accounts=[social("facebook", "Roquesseranne"), social("x", "Roquesseranne13"), social("youtube", "VilleDeRoquesseranne")],
               address="Hôtel de ville, cours Gambetta, 13690 Roquesseranne")
    return City("99437", "Roquesseranne", 88_200, "13", "93", "Provence-Alpes-Côte d'Azur", f"http://{host}/", [www])


# ------------------------------------------------------------------------------------------------
def beaulignon() -> City:
    """SPIP with Formidable: conseil des sages and conseil municipal des jeunes, ateliers participatifs, a
    local petition form, an appel à projets citoyens with its closed predecessor, a national petition link."""
    host = "www.beaulignon-sur-loire.fr"
    ical = f"webcal://{host}/agenda.ics"
    ev = [("/spip.php?article330", "Atelier participatif : les bords de Loire", "10 mai, 9 h 30", "Guinguette municipale", "Citoyenneté"),
          ("/spip.php?article333", "Festival Loire en fête", "14 juin", "Quais", "Culture"),
          ("/spip.php?article336", "Réunion publique : plan de circulation", "27 mars, 19 h", "Salle Jean-Vilar", "Citoyenneté")] + _EVENTS
    news = [("/spip.php?article340", "Appel à projets citoyens 2025", "3 mars", "Jusqu'à 5 000 euros par projet."),
            ("/spip.php?article338", "Appel à projets citoyens 2024 : bilan", "15 janvier", "Huit projets soutenus."),
            ("/spip.php?article345", "Pétition locale : le bac de Loire", "20 février", "Signez pour le maintien du bac."),
            ("/spip.php?article347", "Fermeture d'une classe : pétition nationale", "10 février", "Le maire s'associe à l'appel.")]
    contact = m.spip_formidable(1, "/spip.php?page=contact", [("Nom", "input_1", "input"), ("Courriel", "email_1", "email"),
                                                              ("Message", "textarea_1", "textarea")])
    nl = m.spip_formidable(2, "/spip.php?page=newsletter", [("Courriel", "email_1", "email")], "S'inscrire")
    pages = [
        page("/", "Accueil", _home("Beaulignon-sur-Loire, 64 500 habitants, ville ligérienne.",
             [("/spip.php?rubrique8", "Vie citoyenne"), ("/spip.php?article340", "Appel à projets citoyens"),
              ("/spip.php?article345", "Pétition du bac"), ("/agenda", "Agenda")] + _ORDINARY_LINKS, news, ev, host)),
        page("/agenda", "Agenda", m.agenda_list(ev, "Agenda", ical)),
        page("/spip.php?rubrique8", "Vie citoyenne", m.prose(
            "Conseil des sages, conseil municipal des jeunes, ateliers participatifs sur les projets urbains : "
            "la ville associe les Beaulignonnais à ses décisions.")
             + '<ul class="liste-articles"><li><a href="/spip.php?article321">Le conseil des sages</a></li>'
               '<li><a href="/spip.php?article322">Le conseil municipal des jeunes</a></li>'
               '<li><a href="/spip.php?article330">Atelier sur les bords de Loire</a></li></ul>', {PD}),
        page("/spip.php?article321", "Le conseil des sages", m.prose(
            "Trente habitants de plus de 62 ans apportent à la municipalité un regard consultatif sur ses projets. "
            "Le conseil des sages se saisit aussi de sujets qu'il choisit : accessibilité, mémoire locale.",
            "Candidatures à adresser au maire lors de chaque renouvellement, tous les trois ans."),
             {PD}, parent=("Vie citoyenne", "/spip.php?rubrique8")),
        page("/spip.php?article322", "Le conseil municipal des jeunes", m.prose(
            "Élus par leurs camarades de CM2 et de 6e, trente-trois jeunes conseillers montent des projets "
            "pendant deux ans : fresque, collecte solidaire, journée sans écran.")
             + m.spip_forum(322, [("Lina, CMJ", "4 mars", "Venez voir notre fresque au skatepark !")]),
             {PD, CO}, parent=("Vie citoyenne", "/spip.php?rubrique8")),
        # a workshop's event page: presents the approach; its form only books a seat
        page("/spip.php?article330", "Atelier participatif : les bords de Loire", m.prose(
            "Comment partager les quais entre promeneurs, cyclistes et guinguettes ? La ville invite les habitants "
            "à un atelier de travail sur cartes, suivi d'une visite du site.",
            "Inscription souhaitée pour organiser les tables.")
             + m.event_meta("Samedi 10 mai, 9 h 30", "Guinguette municipale", ical, "47.40", "-0.60")
             + m.spip_formidable(21, "/spip.php?article330", [("Nom", "input_1", "input"), ("Courriel", "email_1", "email"),
                                                               ("Nombre de personnes", "input_2", "input")], "Je m'inscris"),
             {PD}, decoys={CF}, parent=("Agenda", "/agenda")),
        page("/spip.php?article333", "Festival Loire en fête", m.prose(
            "Joutes nautiques, concerts et feu d'artifice sur les quais. Bénévoles, inscrivez-vous auprès du comité des fêtes.")
             + m.event_meta("14 - 15 juin", "Quais", ical) + m.share_buttons(f"http://{host}/spip.php?article333", "other"),
             parent=("Agenda", "/agenda")),
        page("/spip.php?article336", "Réunion publique : plan de circulation", m.prose(
            "Présentation du projet de plan de circulation du centre-ville et débat avec les habitants, "
            "avant la phase de test de juin. Un questionnaire sera ensuite proposé aux riverains.")
             + m.event_meta("Jeudi 27 mars, 19 h", "Salle Jean-Vilar", ical), {PD}, parent=("Agenda", "/agenda")),
        page("/spip.php?article340", "Appel à projets citoyens 2025", m.prose(
            "Vous portez, seul ou avec vos voisins, un projet utile au quartier : jardin, fête, atelier de "
            "réparation ? La ville lance son appel à projets citoyens et finance jusqu'à 5 000 euros par projet.",
            "Dépôt des projets avant le 30 avril ; un jury d'habitants les examine en mai.")
             + m.spip_formidable(24, "/spip.php?article340", [("Nom du porteur", "input_1", "input"), ("Courriel", "email_1", "email"),
                                                               ("Titre du projet", "input_2", "input"), ("Présentation du projet", "textarea_1", "textarea"),
                                                               ("Montant demandé", "input_3", "input")], "Déposer mon projet"),
             {SC, CF}),
        page("/spip.php?article338", "Appel à projets citoyens 2024 : bilan", m.prose(
            "L'appel à projets 2024 est clos. Huit projets ont été soutenus, dont une grainothèque et un "
            "repair café. Rendez-vous au printemps pour la prochaine édition."), decoys={SC}),
        page("/spip.php?article345", "Pétition locale : le bac de Loire", m.prose(
            "Le département envisage de supprimer le bac qui relie Beaulignon à la rive sud. La ville ouvre sur "
            "son site une pétition réservée aux habitants ; elle sera remise au président du département.")
             + m.spip_formidable(30, "/spip.php?article345", [("Nom", "input_1", "input"), ("Prénom", "input_2", "input"),
                                                               ("Courriel", "email_1", "email"), ("Code postal", "input_3", "input"),
                                                               ("Je signe la pétition", "checkbox_1", "checkbox:Oui")], "Signer")
             + '<p class="compteur-signatures"><strong>2 184</strong> signatures</p>', {PE}),
        page("/spip.php?article347", "Fermeture d'une classe : pétition nationale", m.prose(
            "Le maire s'associe à l'appel des élus ruraux contre les fermetures de classes. "
            'Une pétition nationale circule : <a href="https://www.change.org/p/non-aux-fermetures-de-classes">change.org</a>.'),
             decoys={PE}),
        page("/spip.php?article350", "Sondage : le nom de la nouvelle médiathèque", m.prose(
            "Trois noms ont été retenus par le conseil municipal des jeunes. À vous de choisir avant le 30 avril !")
             + m.spip_formidable(33, "/spip.php?article350", [("Votre choix", "radio_1", "radio:Médiathèque des Quais|Médiathèque Colette|La Luciole")], "Voter"),
             {PO}),
    ]
    pages[0] = page("/", "Accueil", pages[0].body + '<p><a href="/spip.php?article350">Sondage : le nom de la médiathèque</a></p>')
    pages += _ordinary(host, "Beaulignon-sur-Loire", "spip", contact, nl)
    www = Site(host, "spip", "Beaulignon-sur-Loire", pages,
               menu=[("Accueil", "/"), ("Agenda", "/agenda"), ("Vie citoyenne", "/spip.php?rubrique8"), ("Contact", "/contact")],
               accounts=[social("facebook", "BeaulignonSurLoire"), social("instagram", "beaulignon_sur_loire")],
               address="Hôtel de ville, place du Ralliement, 49300 Beaulignon-sur-Loire")
    return City("99438", "Beaulignon-sur-Loire", 64_500, "49", "52", "Pays de la Loire", f"http://{host}/", [www])


def cities():
    for build in (montbrezac, saint_alvere, kervallec, ervigny, pontcharlieu, lussignac, roquesseranne, beaulignon):
        yield build()


def hosts():
    return {}
