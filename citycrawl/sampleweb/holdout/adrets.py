"""The "adrets" holdout part: eight small communes, villages and one overseas town on the CMSs, site builders
and civic-tech services small French communes really use, with their participation pages and lookalikes."""
from ..hostile import CustomHost
from ..site import City, Site, page, social
from ..web import Reply
from . import adrets_markup as m

P, F, S = "participation_displayed", "forum", "suggestion_call"
CF, CO, PO, PE = "contact_form", "comments", "poll", "petition"
BP, PL, TSN = "participatory_budget", "participatory_platform", "territorial_social_network"

_CUSTOM = {}  # host -> (site, layout): hosts whose pages are drawn by a layout of adrets_markup


def _custom(site, layout):
    def special(request):
        found = site.by_path.get(request.target)
        if found is None:
            return None
        return Reply.html(layout(site, found))
    _CUSTOM[site.host] = CustomHost(site, special)
    return site


def _home(intro, quick, news, events, aside=""):
    body = m.prose(*intro) + m.quick(quick) + m.teasers(news) + m.agenda(events)
    return (m.with_aside(body, aside) if aside else body) + m.cookie_banner()


# ---- 99551 Plouvénérec: a Breton village on a small WordPress theme --------------------------------------

def plouvenerec() -> City:
    host = "www.plouvenerec.bzh"
    poll = m.yop_poll(3, "Faut-il déplacer le marché du mardi sur le port l'été ?", ["Oui, de juin à septembre", "Non, il est bien au bourg", "Sans avis"])
    letter = m.newsletter_mailpoet("/lettre-d-information/")
    news = [("/actualites/travaux-du-bourg/", "Travaux du bourg : la rue de Lanveur fermée en mars", "12 février", "Effacement des réseaux et nouveaux trottoirs."),
            ("/vie-municipale/boite-a-idees/", "Une boîte à idées à la mairie", "3 février", "Glissez vos idées dans l'urne du hall ou en ligne."),
            ("/actualites/recensement-2025/", "Recensement de la population", "16 janvier", "Trois agents recenseurs passent chez vous."),
            ("/actualites/fete-de-la-mer/", "Fête de la mer : merci aux bénévoles", "2 août", "Plus de 1 200 visiteurs sur le port.")]
    events = [("/actualites/forum-des-associations/", "Forum des associations, salle An Heol", "7 septembre"),
              ("/mairie/conseil-municipal/", "Conseil municipal", "27 mars"),
              ("/vie-municipale/conseil-municipal-des-jeunes/", "Élection du conseil municipal des jeunes", "14 octobre")]
    pages = [
        page("/", "Accueil", _home(
            ["Bienvenue à Plouvénérec, commune littorale du pays des Abers : 3 850 habitants, un port de goémoniers et 14 km de sentier côtier."],
            [("/mairie/horaires/", "Horaires de la mairie"), ("/services/salle-an-heol/", "Réserver une salle"), ("/services/cantine/", "Payer la cantine"),
             ("/contact/", "Contacter la mairie"), ("/vie-municipale/sondage-eclairage/", "Questionnaire éclairage"), ("/tourisme/", "Tourisme"),
             ("/lettre-d-information/", "Lettre d'information")],
            news, events, poll + letter), {PO}),
        page("/mairie/horaires/", "Horaires et coordonnées", m.prose(
            "La mairie est ouverte du lundi au vendredi de 8 h 30 à 12 h et de 13 h 30 à 17 h, le samedi de 9 h à 12 h.",
            "Permanences des élus sur rendez-vous le samedi matin.") + m.mailto("accueil@plouvenerec.bzh") + m.links([("/contact/", "Formulaire de contact")]),
             decoys={CF}),
        page("/mairie/conseil-municipal/", "Le conseil municipal", m.prose(
            "Le conseil municipal compte 23 élus. Il se réunit environ une fois par mois, salle du conseil ; les séances sont publiques.",
            "Prochaine séance le jeudi 27 mars à 20 h 30. Ordre du jour : vote du budget primitif, tarifs du camping municipal, convention avec le SDEF.")
             + m.links([("/mairie/budget-2025/", "Le budget 2025"), ("/mairie/proces-verbaux/", "Procès-verbaux des séances")]), decoys={P}),
        page("/mairie/proces-verbaux/", "Procès-verbaux des séances", m.prose(
            "Les procès-verbaux sont affichés en mairie et publiés ici après leur approbation à la séance suivante.")
             + m.bullets("Séance du 30 janvier : débat d'orientation budgétaire", "Séance du 12 décembre : décisions modificatives, subventions",
                         "Séance du 7 novembre : rapport sur le prix de l'eau"), decoys={P}),
        page("/mairie/budget-2025/", "Budget primitif 2025", m.prose(
            "Le budget primitif 2025 a été voté le 27 mars. Section de fonctionnement : 3,1 M€ ; section d'investissement : 1,8 M€.",
            "Principaux investissements : réfection de la cale du port, extension de l'école Jules-Verne, voirie des hameaux.",
            "Les taux d'imposition communaux restent inchangés pour la cinquième année."), decoys={BP}),
        page("/vie-municipale/", "Vie municipale", m.prose("La municipalité associe les habitants à plusieurs instances.")
             + m.links([("/vie-municipale/commissions-extra-municipales/", "Commissions extra-municipales"),
                        ("/vie-municipale/conseil-municipal-des-jeunes/", "Conseil municipal des jeunes"),
                        ("/vie-municipale/boite-a-idees/", "Boîte à idées"), ("/vie-municipale/sondage-eclairage/", "Questionnaire sur l'éclairage"),
                        ("/vie-municipale/sondage-marche-resultats/", "Résultats du sondage sur le marché"),
                        ("/vie-municipale/participation-citoyenne/", "Dispositif participation citoyenne"),
                        ("/vie-municipale/entraide-entre-voisins/", "Entraide entre voisins"),
                        ("/vie-municipale/marches-publics/", "Marchés publics"), ("/vie-municipale/subventions-associations/", "Subventions aux associations")])),
        # open committees where residents sit with councillors: the town presents its way of involving residents
        page("/vie-municipale/commissions-extra-municipales/", "Les commissions extra-municipales", m.prose(
            "Depuis 2020, quatre commissions extra-municipales réunissent des élus et des habitants volontaires : littoral et environnement, "
            "vie associative, voirie et mobilités, patrimoine.",
            "Chacune se réunit trois à quatre fois par an, émet des avis et prépare des propositions soumises au conseil municipal.",
            "Toute personne domiciliée sur la commune peut rejoindre une commission : il suffit de se faire connaître à l'accueil de la mairie.")
             + m.h2("Ce qu'elles ont fait") + m.bullets("le plan de circulation du bourg, débattu en réunion publique", "le balisage du sentier des goémoniers",
                                                        "la charte de l'éclairage nocturne"), {P}),
        # a youth council is a standing body that brings residents (children) into municipal decisions
        page("/vie-municipale/conseil-municipal-des-jeunes/", "Conseil municipal des jeunes", m.prose(
            "Le conseil municipal des jeunes (CMJ) rassemble quinze élèves de CM1 à la 5e, élus pour deux ans par leurs camarades.",
            "Ils se réunissent un mercredi par mois avec deux conseillers municipaux et portent leurs propres projets : une boîte à livres, "
            "le nettoyage de la plage de Porz Gwenn, un abri pour le car scolaire.",
            "Les candidatures pour l'élection d'octobre sont à déposer à l'école ou au collège avant le 30 septembre.")
             + m.share("http://www.plouvenerec.bzh/vie-municipale/conseil-municipal-des-jeunes/", "CMJ"), {P}, decoys={S}),
        page("/vie-municipale/boite-a-idees/", "Boîte à idées", m.prose(
            "Une urne est installée dans le hall de la mairie : déposez-y vos idées pour la commune, sur papier libre.",
            "Vous pouvez aussi utiliser le formulaire ci-dessous. Les élus étudient chaque proposition et y répondent dans le bulletin municipal.")
             + m.wpforms("/vie-municipale/boite-a-idees/", 204, [("text", "Votre idée en quelques mots"), ("select:Cadre de vie|Environnement|Jeunesse|Animation|Autre", "Thème"),
                                                                 ("textarea", "Expliquez votre idée"), ("text", "Nom (facultatif)"), ("email", "E-mail (facultatif)")],
                         "Proposer mon idée"), {S, CF}),
        page("/vie-municipale/sondage-eclairage/", "Questionnaire : l'éclairage public la nuit", m.prose(
            "La commune envisage d'éteindre l'éclairage public de 23 h à 6 h dans les hameaux. Avant de décider, nous voulons connaître votre avis.",
            "Le questionnaire est ouvert jusqu'au 15 avril. Une réponse par foyer.")
             + m.questionnaire("/vie-municipale/sondage-eclairage/", "Quatre questions, deux minutes.", [
                 ("Êtes-vous favorable à l'extinction nocturne ?", ["Oui", "Plutôt oui", "Plutôt non", "Non"], False),
                 ("À partir de quelle heure ?", ["22 h", "23 h", "Minuit"], False),
                 ("Où souhaitez-vous garder un éclairage ?", ["Bourg", "Port", "Abords de l'école", "Nulle part"], True)]), {PO}),
        page("/vie-municipale/sondage-marche-resultats/", "Le marché d'été : les résultats du sondage", m.prose(
            "Le sondage en ligne de l'an dernier sur l'emplacement du marché est clos. 318 personnes ont répondu.",
            "Le conseil municipal a suivi l'avis majoritaire : le marché s'installe sur le port en juillet et en août.")
             + m.yop_poll_ended(2, "Où installer le marché du mardi l'été ?", [("Sur le port", 61), ("Au bourg", 33), ("Sans avis", 6)]), decoys={PO}),
        # the gendarmerie's watch scheme is called "participation citoyenne": neither a participatory approach nor a network of neighbours
        page("/vie-municipale/participation-citoyenne/", "Dispositif « participation citoyenne »", m.prose(
            "La commune a signé avec la préfecture et la gendarmerie le protocole « participation citoyenne ».",
            "Des habitants référents, désignés dans chaque quartier, signalent à la brigade de Lannilis tout fait inhabituel : démarchage suspect, "
            "véhicule en repérage. Ils ne se substituent pas aux forces de l'ordre.",
            "Pour devenir référent, présentez-vous à la mairie ; la gendarmerie reçoit chaque candidat."), decoys={P, TSN}),
        # the town presents the neighbours' network it opened for its residents on a hosted local social network
        page("/vie-municipale/entraide-entre-voisins/", "Entraide entre voisins", m.prose(
            "La commune a ouvert pour ses habitants un réseau d'entraide de proximité sur l'application Smiile : prêter une tondeuse, proposer un covoiturage "
            "vers Brest, garder un chat pendant les vacances, signaler un objet trouvé.",
            "Le réseau « Plouvénérec entre voisins » est réservé aux habitants de la commune ; la mairie y publie aussi ses informations pratiques.",
            "<a href='https://www.smiile.com/fr/communaute/plouvenerec-entre-voisins'>Rejoindre Plouvénérec entre voisins</a>"), {TSN}),
        page("/vie-municipale/marches-publics/", "Marchés publics", m.prose(
            "Avis d'appel public à la concurrence : réfection de la cale du port (procédure adaptée). Date limite de remise des offres : 14 avril, 12 h.",
            "Le dossier de consultation des entreprises est téléchargeable sur la plateforme Mégalis Bretagne."), decoys={S}),
        page("/vie-municipale/subventions-associations/", "Appel à projets associatifs 2025", m.prose(
            "Les associations de Plouvénérec peuvent solliciter une subvention pour un projet d'animation ou d'équipement.",
            "Le dossier est à retourner avant le 31 janvier ; la commission vie associative examine les demandes en février."), decoys={S, BP}),
        page("/actualites/", "Actualités", m.teasers(news + [
            ("/actualites/enquete-publique-plu/", "Enquête publique sur la modification du PLU", "20 janvier", "Le commissaire enquêteur tient trois permanences."),
            ("/actualites/enquete-insee/", "Enquête de l'Insee sur le cadre de vie", "8 janvier", "Certains foyers seront sollicités."),
            ("/actualites/petition-bureaux-de-poste/", "Bureaux de poste ruraux", "5 décembre", "Une pétition nationale circule."),
            ("/actualites/budget-participatif-departement/", "Le Département lance son budget participatif", "28 novembre", "Des projets finistériens à soutenir."),
            ("/actualites/forum-des-associations/", "Forum des associations", "1er septembre", "Rendez-vous salle An Heol.")], "Toutes les actualités")),
        page("/actualites/travaux-du-bourg/", "Travaux du bourg : la rue de Lanveur fermée en mars", m.prose(
            "Les travaux d'effacement des réseaux commencent le 3 mars rue de Lanveur. La circulation sera déviée par la route de Kerscao pendant six semaines.",
            "Les riverains peuvent accéder à leur domicile en dehors des heures de chantier.")
             + m.wp_comments(311, [("Yann L.", "13 février", "Et le car scolaire, il passe par où pendant les travaux ?"),
                                   ("Mairie de Plouvénérec", "13 février", "Le car s'arrêtera provisoirement place de l'Église.")]), {CO}),
        page("/actualites/fete-de-la-mer/", "Fête de la mer : merci aux bénévoles", m.prose(
            "Plus de 1 200 visiteurs sont venus sur le port pour la fête de la mer : régates, bagad, crêpes et démonstration de sauvetage en mer.",
            "Merci aux quatre-vingts bénévoles des associations.") + m.wp_comments(298, [], open_=False)
             + m.share("http://www.plouvenerec.bzh/actualites/fete-de-la-mer/", "Fête de la mer"), decoys={CO}),
        page("/actualites/recensement-2025/", "Recensement de la population 2025", m.prose(
            "Du 16 janvier au 15 février, trois agents recenseurs munis d'une carte officielle passent dans tous les foyers.",
            "Vous pouvez répondre au questionnaire sur le site le-recensement-et-moi.fr avec les codes qu'ils vous remettront. Le recensement est obligatoire."),
             decoys={PO}),
        page("/actualites/enquete-insee/", "Enquête de l'Insee sur le cadre de vie et la sécurité", m.prose(
            "L'Insee réalise une enquête statistique sur le cadre de vie. Quelques foyers de la commune seront contactés par une enquêtrice.",
            "Merci de lui réserver le meilleur accueil ; les réponses restent confidentielles."), decoys={PO}),
        page("/actualites/enquete-publique-plu/", "Enquête publique : modification du PLU", m.prose(
            "Une enquête publique sur la modification n° 2 du plan local d'urbanisme se tient du 3 au 28 février.",
            "Le dossier et le registre sont consultables en mairie ; le commissaire enquêteur reçoit le public les 3, 15 et 28 février."), decoys={PO}),
        page("/actualites/petition-bureaux-de-poste/", "Bureaux de poste ruraux", m.prose(
            "L'association des maires ruraux a lancé une pétition nationale pour le maintien des bureaux de poste de plein exercice.",
            "Elle est en ligne sur <a href='https://www.change.org/p/maintien-des-bureaux-de-poste-ruraux'>change.org</a>."), decoys={PE}),
        # a news item naming the département's participatory budget, run elsewhere: a mention in passing
        page("/actualites/budget-participatif-departement/", "Le Département lance son budget participatif", m.prose(
            "Le conseil départemental du Finistère ouvre son budget participatif : les associations et habitants peuvent y déposer des projets jusqu'au 15 janvier.",
            "Toutes les informations sont sur le site du Département."), decoys={BP}),
        page("/actualites/forum-des-associations/", "Forum des associations", m.prose(
            "Le forum des associations se tient le samedi 7 septembre de 10 h à 17 h, salle An Heol : voile, gouren, chorale, randonnée, théâtre.",
            "Inscriptions aux activités sur place."), decoys={F}),
        page("/services/salle-an-heol/", "Location de la salle An Heol", m.prose(
            "La salle An Heol (250 places) se loue aux particuliers et aux associations. Tarifs votés par le conseil municipal.")
             + m.booking_form("/services/salle-an-heol/", ["Salle An Heol", "Salle du Port", "Foyer des anciens"]), decoys={CF}),
        page("/services/cantine/", "Restauration scolaire : payer en ligne", m.prose(
            "Les factures de cantine et de garderie sont payables en ligne par carte bancaire grâce au service PayFiP de la DGFiP.")
             + m.payfip_form("/services/cantine/"), decoys={CF}),
        page("/lettre-d-information/", "Lettre d'information", m.prose(
            "Recevez chaque mois les actualités de la commune par e-mail.") + letter, decoys={CF}),
        page("/contact/", "Contacter la mairie", m.prose(
            "Pour toute question, écrivez-nous : le secrétariat répond sous trois jours ouvrés.") + m.cf7("/contact/", 88), {CF}, decoys={S}),
        page("/tourisme/", "Tourisme", m.prose(
            "L'office de tourisme du pays des Abers vous accueille au port d'avril à octobre.")
             + m.fb_page_plugin("https://www.facebook.com/tourisme.abers.cotedeslegendes", "Office de tourisme du pays des Abers")),
    ]
    www = Site(host, "wordpress", "Plouvénérec", pages,
               menu=[("Mairie", "/mairie/horaires/"), ("Vie municipale", "/vie-municipale/"), ("Actualités", "/actualites/"), ("Contact", "/contact/")],
               accounts=[social("facebook", "CommunePlouvenerec"), social("instagram", "plouvenerec_officiel")],
               address="Mairie, 1 place de l'Église, 29870 Plouvénérec")
    return City("99551", "Plouvénérec", 3850, "29", "53", "Bretagne", f"http://{host}/", [www],
                decoy_accounts=("https://www.facebook.com/tourisme.abers.cotedeslegendes",))


# ---- 99552 Vaulmoirans: an Isère town on SPIP, with neighbourhood councils and a participatory budget ------

def vaulmoirans() -> City:
    host = "www.vaulmoirans.fr"
    news = [("/Reouverture-de-la-mediatheque", "La médiathèque rouvre ses portes", "4 mars", "Nouveaux horaires le samedi après-midi."),
            ("/Budget-participatif-Coeur-de-Vaulmoirans", "Cœur de Vaulmoirans : déposez vos projets", "1er mars", "30 000 € pour des projets d'habitants."),
            ("/Travaux-RD-1075", "Travaux sur la RD 1075", "20 février", "Alternat de circulation au carrefour des Charmettes."),
            ("/Questionnaire-mobilites-douces", "Vélo, marche : donnez votre avis", "15 février", "Un questionnaire en ligne jusqu'au 31 mars.")]
    events = [("/Conseil-municipal-du-14-avril", "Conseil municipal", "14 avril"), ("/Forum-de-l-emploi", "Forum de l'emploi du Voironnais", "23 avril"),
              ("/Conseil-de-quartier-des-Charmettes", "Conseil de quartier des Charmettes", "6 mai")]
    bp_steps = m.bullets("Du 1er mars au 30 avril : dépôt des projets", "Mai et juin : étude de faisabilité par les services",
                         "Du 15 septembre au 15 octobre : vote des habitants", "Novembre : annonce des lauréats", "2026 : réalisation")
    bp_menu = m.links([("/Reglement-du-budget-participatif", "Le règlement"), ("/Deposer-un-projet", "Déposer un projet"),
                       ("/Votez-pour-les-projets", "Voter"), ("/Les-projets-laureats-2024", "Les lauréats 2024"), ("/Budget-participatif-2022-le-bilan", "L'édition 2022")])
    pages = [
        page("/", "Accueil", _home(
            ["Vaulmoirans, 7 900 habitants, entre Chartreuse et plaine de l'Isère."],
            [("/spip.php?rubrique2", "Vie municipale"), ("/Conseils-de-quartier", "Conseils de quartier"), ("/Ecrire-a-la-mairie", "Écrire à la mairie"),
             ("/Inscriptions-periscolaires", "Inscriptions périscolaires"), ("/Budget-primitif-2025", "Budget 2025"), ("/Associations", "Associations")],
            news, events)),
        page("/spip.php?rubrique2", "Vie municipale", m.links([
            ("/Conseil-municipal-du-14-avril", "Le conseil municipal du 14 avril"), ("/Budget-primitif-2025", "Budget primitif 2025"),
            ("/Compte-administratif-2024", "Compte administratif 2024"), ("/Conseils-de-quartier", "Les conseils de quartier"),
            ("/Charte-de-la-participation", "La charte de la participation"), ("/Concertation-place-de-la-Halle", "Concertation place de la Halle"),
            ("/Budget-participatif-Coeur-de-Vaulmoirans", "Budget participatif Cœur de Vaulmoirans"), ("/Appel-a-candidatures-emplois-saisonniers", "Emplois saisonniers")])),
        page("/Conseils-de-quartier", "Les conseils de quartier", m.prose(
            "Trois conseils de quartier couvrent la commune : le Bourg, les Charmettes, la Croix-Rouge. Ils sont ouverts à tous les habitants de plus de 16 ans, "
            "sans inscription préalable.",
            "Chaque conseil se réunit en séance publique trois fois par an, en présence de l'adjointe à la démocratie locale. Il dispose d'une enveloppe de 5 000 € "
            "pour de petits aménagements et peut saisir le conseil municipal de toute question intéressant le quartier.")
             + m.links([("/Conseil-de-quartier-du-Bourg-reunion-du-12-mars", "Le Bourg : compte rendu du 12 mars"),
                        ("/Conseil-de-quartier-des-Charmettes", "Les Charmettes : prochaine réunion"), ("/Charte-de-la-participation", "La charte")]), {P}),
        page("/Conseil-de-quartier-du-Bourg-reunion-du-12-mars", "Conseil de quartier du Bourg : réunion du 12 mars", m.prose(
            "Quarante-deux habitants ont participé à la réunion du conseil de quartier du Bourg, salle des Tilleuls.",
            "Points abordés : stationnement rue Mozart, sécurisation de la sortie d'école, fleurissement de la place. Le conseil propose une zone de rencontre "
            "rue Mozart ; la proposition sera étudiée par la commission travaux.",
            "Prochaine réunion en juin.") + m.spip_forum_under_article(57, [
                ("Sortie d'école", "13 mars", "Claire B.", "Merci pour ce compte rendu. Un radar pédagogique serait utile avant le passage piéton.")]), {P, CO}),
        page("/Conseil-de-quartier-des-Charmettes", "Conseil de quartier des Charmettes", m.prose(
            "Le conseil de quartier des Charmettes se réunit le mardi 6 mai à 19 h, école des Charmettes. Ordre du jour : le devenir du terrain de boules, "
            "l'éclairage du chemin du Canal, vos questions diverses.",
            "Les habitants qui le souhaitent peuvent proposer des points à l'ordre du jour en écrivant à la mairie."), {P}),
        page("/Charte-de-la-participation", "La charte de la participation", m.prose(
            "Adoptée en conseil municipal le 9 novembre 2021, la charte fixe les engagements de la commune : informer en amont des projets, "
            "associer les habitants à leur élaboration, rendre compte des suites données.",
            "Elle encadre les conseils de quartier, les réunions publiques, les concertations et le budget participatif."), {P}),
        page("/Concertation-place-de-la-Halle", "Concertation : le réaménagement de la place de la Halle", m.prose(
            "La commune engage une concertation sur le réaménagement de la place de la Halle. Deux ateliers ouverts à tous se tiendront les 5 et 19 avril ; "
            "une balade urbaine est prévue le samedi 12 avril à 10 h.",
            "Les trois scénarios proposés par le paysagiste sont exposés en mairie, avec un registre pour recueillir vos observations.")
             + m.spip_forum_under_article(61, []), {P, CO}),
        page("/Questionnaire-mobilites-douces", "Vélo, marche : donnez votre avis", m.prose(
            "Comment vous déplacez-vous dans Vaulmoirans ? Quels aménagements vous manquent ? Répondez au questionnaire en ligne avant le 31 mars.")
             + m.google_form("1FAIpQLSe7vQm2xK4tY8uWzNnR3cP0aJdLhF6sB9gE1iT5oU2yA4kZ8w"), {PO}),
        page("/Budget-participatif-Coeur-de-Vaulmoirans", "Budget participatif « Cœur de Vaulmoirans »", m.prose(
            "Pour sa troisième édition, « Cœur de Vaulmoirans » consacre 30 000 € du budget d'investissement à des projets imaginés par les habitants.",
            "Tout habitant de plus de 11 ans peut proposer un projet d'intérêt collectif, puis voter pour ses projets préférés.") + bp_steps + bp_menu, {BP}),
        page("/Reglement-du-budget-participatif", "Règlement du budget participatif", m.prose(
            "Article 1 — Les projets relèvent des compétences communales, concernent l'investissement et ne dépassent pas 10 000 €.",
            "Article 2 — Les projets sont déposés en ligne ou sur le formulaire papier disponible en mairie.",
            "Article 3 — Chaque votant dispose de trois voix ; les projets arrivés en tête sont retenus dans la limite de l'enveloppe.") + bp_menu, {BP}),
        # the filing step of the participatory budget: an open call for residents' projects, by a free-text form to the town
        page("/Deposer-un-projet", "Déposer un projet", m.prose(
            "Vous avez une idée pour embellir votre quartier, créer un équipement, favoriser la biodiversité ? Décrivez-la ci-dessous avant le 30 avril.")
             + m.idea_form("/Deposer-un-projet", "Un projet par formulaire ; vous pouvez en déposer trois.", ["Cadre de vie", "Nature en ville", "Sport et loisirs", "Solidarité"],
                           "Déposer mon projet"), {BP, S, CF}),
        page("/Votez-pour-les-projets", "Votez pour les projets", m.prose(
            "Le vote ouvrira le 15 septembre. Les projets jugés réalisables seront présentés ici avec leur coût estimé.",
            "Vous pourrez voter en ligne ou dans l'urne de la mairie.") + bp_menu, {BP}),
        page("/Les-projets-laureats-2024", "Les projets lauréats 2024", m.prose(
            "1 146 habitants ont voté. Cinq projets seront réalisés : un verger partagé aux Charmettes (8 200 €), des bancs le long du canal (4 500 €), "
            "une boîte à livres, un abri vélos à la gare et une fresque sous le pont de la RD 1075."), {BP}),
        # a past edition, finished: still the town's participatory budget, with its projects and vote
        page("/Budget-participatif-2022-le-bilan", "Budget participatif 2022 : le bilan", m.prose(
            "La première édition a recueilli 64 propositions et 890 votes. Les sept projets lauréats sont tous réalisés, dont l'aire de jeux de la Croix-Rouge."), {BP}),
        page("/Budget-primitif-2025", "Budget primitif 2025", m.prose(
            "Le budget primitif 2025 s'équilibre à 9,4 M€. Les dépenses d'équipement atteignent 2,6 M€, dont la rénovation thermique du groupe scolaire.",
            "Le rapport de présentation et les annexes sont consultables en mairie."), decoys={BP}),
        page("/Compte-administratif-2024", "Compte administratif 2024", m.prose(
            "Le compte administratif retrace l'exécution du budget 2024 : 7,1 M€ de dépenses de fonctionnement, un excédent reporté de 640 000 €."), decoys={BP}),
        page("/Conseil-municipal-du-14-avril", "Conseil municipal du 14 avril", m.prose(
            "Ordre du jour : approbation du procès-verbal, subventions aux associations, tarifs de la piscine d'été, questions diverses.",
            "La séance est publique et retransmise en direct."), decoys={P}),
        page("/Forum-de-l-emploi", "Forum de l'emploi du Voironnais", m.prose(
            "Le forum de l'emploi réunit une soixantaine d'employeurs le 23 avril à la salle des fêtes. Apportez votre CV."), decoys={F}),
        page("/Appel-a-candidatures-emplois-saisonniers", "Appel à candidatures : emplois saisonniers", m.prose(
            "La commune recrute pour l'été des agents pour la piscine et les espaces verts. Candidatures (CV et lettre) avant le 15 avril."), decoys={S}),
        page("/Reouverture-de-la-mediatheque", "La médiathèque rouvre ses portes", m.prose(
            "Après quatre mois de travaux, la médiathèque Louise-Michel rouvre le 8 mars avec un espace jeux vidéo et de nouveaux horaires.")
             + m.spip_forum_under_article(66, [("Horaires", "5 mars", "Karim", "Super nouvelle ! Ouvert le samedi après-midi, enfin."),
                                               ("Re : Horaires", "6 mars", "Anne-Sophie", "Et le dimanche matin, ce serait possible ?")]), {CO}),
        # an article whose forum is closed: no form, no message
        page("/Travaux-RD-1075", "Travaux sur la RD 1075", m.prose(
            "Le Département réalise des travaux de chaussée sur la RD 1075 du 24 février au 14 mars. Un alternat par feux est mis en place.",
            "<em>Le forum de cet article est fermé.</em>"), decoys={CO}),
        page("/Inscriptions-periscolaires", "Inscriptions périscolaires", m.prose("Inscrivez vos enfants à la cantine et à l'accueil du soir.")
             + m.registration_form("/Inscriptions-periscolaires", "Inscription", [("parent", "text", "Nom du responsable légal"), ("enfant", "text", "Nom de l'enfant"),
                                                                                   ("classe", "text", "Classe"), ("mail", "email", "E-mail")]), decoys={CF}),
        page("/Associations", "Associations", m.prose("Plus de soixante associations animent la commune.")
             + m.bullets("Vaulmoirans Basket Club", "Les Amis du Canal", "Chorale À Travers Chants", "Sou des écoles")),
        page("/Ecrire-a-la-mairie", "Écrire à la mairie", m.prose("Une question, une demande ? Utilisez ce formulaire.") + m.spip_ecrire("/Ecrire-a-la-mairie"), {CF}, decoys={S}),
    ]
    www = Site(host, "spip", "Ville de Vaulmoirans", pages,
               menu=[("Vie municipale", "/spip.php?rubrique2"), ("Participer", "/Conseils-de-quartier"), ("Budget participatif", "/Budget-participatif-Coeur-de-Vaulmoirans"),
                     ("Contact", "/Ecrire-a-la-mairie")],
               accounts=[social("facebook", "VilleDeVaulmoirans"), social("youtube", "vaulmoirans")],
               address="Hôtel de ville, 2 place de la Libération, 38140 Vaulmoirans")
    return City("99552", "Vaulmoirans", 7900, "38", "84", "Auvergne-Rhône-Alpes", f"http://{host}/", [www])


# ---- 99553 Brassoncourt: a Meuse village on Joomla, with its own phpBB forum for residents ---------------

def _joomla_poll(poll_id, question, answers):
    opts = "".join(f'<div class="form-check"><input type="radio" class="form-check-input" name="voteid" id="voteid{poll_id * 10 + i}" value="{poll_id * 10 + i}">'
                   f'<label class="form-check-label" for="voteid{poll_id * 10 + i}">{a}</label></div>' for i, a in enumerate(answers))
    return (f'<div class="moduletable mod-communitypolls"><h3>Votre avis</h3><form action="/index.php/sondages" method="post" name="form2" class="cpoll-form">'
            f'<p class="cpoll-question"><strong>{question}</strong></p>{opts}'
            f'<input type="submit" name="task_button" class="btn btn-primary" value="Voter"><input type="hidden" name="option" value="com_communitypolls">'
            f'<input type="hidden" name="task" value="poll.vote"><input type="hidden" name="id" value="{poll_id}"></form></div>')


def brassoncourt() -> City:
    host, board = "www.brassoncourt.fr", "forum.brassoncourt.fr"
    base = "/index.php"
    news = [(f"{base}/actualites/eclairage-public", "Éclairage public : passage aux LED", "10 mars", "Les 96 points lumineux remplacés."),
            (f"{base}/actualites/sondage-salle-des-fetes", "Salle des fêtes : votre avis", "2 mars", "Rénover ou reconstruire ?"),
            (f"{base}/actualites/journee-citoyenne", "Journée citoyenne le 17 mai", "25 février", "Tous à vos outils pour le village."),
            (f"{base}/actualites/fete-patronale", "Fête patronale de la Saint-Rémi", "5 octobre", "Manèges, repas et feu d'artifice.")]
    events = [(f"{base}/mairie/comptes-rendus", "Séance du conseil municipal", "21 mars"), (f"{base}/actualites/journee-citoyenne", "Journée citoyenne", "17 mai"),
              (f"{base}/actualites/fete-patronale", "Fête patronale", "5 octobre")]
    j = [
        page("/", "Accueil", _home(
            ["Bienvenue sur le site de Brassoncourt, village de 1 650 habitants au bord de la Meuse, entre côtes et vergers de mirabelliers."],
            [(f"{base}/mairie/contact", "Contacter la mairie"), (f"{base}/vie-du-village/forum-des-habitants", "Le forum des habitants"),
             (f"{base}/vie-du-village/cahier-de-suggestions", "Cahier de suggestions"), (f"{base}/services/location-salle", "Louer la salle"),
             (f"{base}/services/dechets", "Collecte des déchets"), (f"{base}/vie-du-village/groupe-facebook", "Groupe Facebook")],
            news, events, _joomla_poll(4, "Faut-il rénover ou reconstruire la salle des fêtes ?", ["Rénover", "Reconstruire", "Sans avis"])), {PO}),
        page(f"{base}/mairie/le-conseil-municipal", "Le conseil municipal", m.prose(
            "Le conseil municipal compte quinze membres. Le maire reçoit sur rendez-vous le mardi et le vendredi.",
            "Les séances sont publiques ; l'ordre du jour est affiché à la mairie cinq jours avant.") + m.links([(f"{base}/mairie/comptes-rendus", "Les comptes rendus")]), decoys={P}),
        page(f"{base}/mairie/comptes-rendus", "Comptes rendus du conseil municipal", m.prose(
            "Séance du 21 mars : vote du budget, achat d'une épareuse, convention de déneigement.",
            "Séance du 6 février : débat sur la salle des fêtes, demande de DETR, tarifs de l'affouage.",
            "Séance du 12 décembre : décisions modificatives, rapport annuel du syndicat des eaux.")
             + m.links([(f"{base}/actualites/appel-offres-voirie", "Marché de voirie"), (f"{base}/actualites/resultats-sondage-affouage", "Sondage sur l'affouage : résultats"),
                        (f"{base}/actualites/participation-citoyenne", "Réunion participation citoyenne")]), decoys={P}),
        page(f"{base}/mairie/budget", "Budget communal", m.prose(
            "Le budget primitif 2025 a été voté le 21 mars : 820 000 € en fonctionnement, 410 000 € en investissement.",
            "Les principaux investissements : toiture de l'église, épareuse, études pour la salle des fêtes."), decoys={BP}),
        page(f"{base}/mairie/contact", "Contact", m.prose(
            "Secrétariat de mairie : lundi et jeudi de 14 h à 18 h, samedi de 9 h à 11 h.") + m.joomla_contact(f"{base}/mairie/contact", 1), {CF}, decoys={S}),
        page(f"{base}/vie-du-village/forum-des-habitants", "Le forum des habitants", m.prose(
            "La commune met à disposition des habitants un forum de discussion : vie du village, entraide, objets perdus, questions à la mairie.",
            "L'inscription est gratuite ; les messages sont relus par deux conseillers municipaux.",
            f"<a href='http://{board}/'>Accéder au forum des habitants</a>"), decoys={F}),
        # a paper book at the town hall and an e-mail address, explicitly inviting residents' suggestions
        page(f"{base}/vie-du-village/cahier-de-suggestions", "Cahier de suggestions", m.prose(
            "Un cahier de suggestions est à votre disposition au secrétariat de mairie. Vous avez une idée pour le village, une amélioration à proposer ? "
            "Notez-la : le conseil municipal en prend connaissance à chaque séance.",
            "Vous pouvez aussi envoyer vos suggestions par courriel.") + m.mailto("suggestions@brassoncourt.fr"), {S}),
        # a Facebook group on a global platform, even run by the town hall, is not a local social network
        page(f"{base}/vie-du-village/groupe-facebook", "Le groupe Facebook du village", m.prose(
            "La mairie anime le groupe Facebook « Brassoncourt, ça bouge ! » : informations pratiques, photos des fêtes, entraide entre voisins.",
            "<a href='https://www.facebook.com/groups/brassoncourtcabouge'>Rejoindre le groupe</a>"), decoys={TSN}),
        page(f"{base}/vie-du-village/associations", "Associations", m.bullets(
            "Foyer rural : gym, théâtre, marche", "Les Mirabelliers de la côte", "Amicale des sapeurs-pompiers", "Club de l'amitié")),
        page(f"{base}/actualites/eclairage-public", "Éclairage public : passage aux LED", m.prose(
            "Les 96 lampadaires du village sont remplacés par des luminaires LED. L'éclairage sera coupé de 23 h à 5 h, sauf dans la Grande Rue.")
             + m.joomla_jcomments(41, [("Gérard", "11/03", "Bonne décision, la facture va baisser."), ("Mélanie", "12/03", "Rue des Vignes il fait très sombre le matin pour les enfants du car.")]), {CO}),
        page(f"{base}/actualites/sondage-salle-des-fetes", "Salle des fêtes : votre avis", m.prose(
            "La salle des fêtes date de 1974. Deux options sont étudiées : une rénovation (420 000 €) ou une reconstruction (780 000 €).",
            "Donnez votre avis avant le 30 avril.") + _joomla_poll(5, "Quelle option préférez-vous pour la salle des fêtes ?", ["Rénovation", "Reconstruction", "Ne rien faire"]), {PO}),
        page(f"{base}/actualites/resultats-sondage-affouage", "Affouage : résultats du sondage", m.prose(
            "Le sondage sur l'affouage est terminé : 112 foyers ont répondu.")
             + m.results_table("Souhaitez-vous maintenir l'affouage en bois de chauffage ?", [("Oui", 87, 78), ("Non", 25, 22)], "Sondage clos le 31 janvier."), decoys={PO}),
        # a volunteering day for village chores: civic, but not a participatory approach
        page(f"{base}/actualites/journee-citoyenne", "Journée citoyenne le 17 mai", m.prose(
            "Le samedi 17 mai, habitants et élus se retrouvent pour une journée de travaux au service du village : peinture des barrières de l'école, "
            "nettoyage du lavoir, plantations au cimetière.",
            "Rendez-vous à 8 h 30 devant la mairie ; repas offert à midi. Inscription au secrétariat."), decoys={P}),
        page(f"{base}/actualites/participation-citoyenne", "Participation citoyenne : réunion avec la gendarmerie", m.prose(
            "Le maire et le commandant de la brigade de Saint-Mihiel présenteront le dispositif de participation citoyenne le 4 avril à 20 h.",
            "Des habitants volontaires pourront devenir référents de leur rue et relayer les alertes de la gendarmerie."), decoys={P, TSN}),
        page(f"{base}/actualites/appel-offres-voirie", "Avis d'appel public à la concurrence", m.prose(
            "Objet : travaux de voirie rue des Vignes et chemin du Moulin. Procédure adaptée. Remise des offres avant le 18 avril à 12 h."), decoys={S}),
        page(f"{base}/actualites/fete-patronale", "Fête patronale de la Saint-Rémi", m.prose(
            "Fête foraine du 4 au 6 octobre, repas dansant le samedi soir, feu d'artifice le dimanche à 21 h.")
             + m.share("http://www.brassoncourt.fr/index.php/actualites/fete-patronale", "Fête patronale")),
        page(f"{base}/services/location-salle", "Location de la salle des fêtes", m.prose(
            "Tarifs : 180 € le week-end pour les habitants, 320 € pour les extérieurs.") + m.booking_form(f"{base}/services/location-salle", ["Salle des fêtes", "Salle de réunion"]),
             decoys={CF}),
        page(f"{base}/services/dechets", "Collecte des déchets", m.prose(
            "Ordures ménagères le lundi, tri sélectif le jeudi des semaines paires. La déchetterie intercommunale est ouverte du mardi au samedi.")),
    ]
    www = Site(host, "joomla", "Brassoncourt", j,
               menu=[("Mairie", f"{base}/mairie/le-conseil-municipal"), ("Budget", f"{base}/mairie/budget"), ("Vie du village", f"{base}/vie-du-village/associations"),
                     ("Forum", f"http://{board}/"), ("Contact", f"{base}/mairie/contact")],
               accounts=[social("facebook", "mairiebrassoncourt")], address="Mairie, 3 Grande Rue, 55300 Brassoncourt")
    forums = [("/viewforum.php?f=2", "Vie du village", "Fêtes, travaux, tout ce qui se passe à Brassoncourt", 38, 214, "Mimi55"),
              ("/viewforum.php?f=3", "Entraide et objets perdus", "Covoiturage, prêt de matériel, animaux égarés", 22, 97, "JeanLouB"),
              ("/viewforum.php?f=4", "Questions à la mairie", "Un élu vous répond", 17, 61, "Mairie")]
    b = [
        page("/", "Index du forum", m.phpbb_forumlist(forums) + m.prose("Qui est en ligne ? Au total il y a 4 utilisateurs en ligne : 1 inscrit, 0 invisible et 3 invités."), {F}),
        page("/viewforum.php?f=2", "Vie du village", m.phpbb_topiclist(2, [
            ("/viewtopic.php?f=2&t=11", "Vide-greniers du 8 juin : qui tient la buvette ?", "Mimi55", 9, "3 mars"),
            ("/viewtopic.php?f=2&t=12", "Le lavoir enfin restauré", "Papy Lucien", 4, "27 février")]), {F}),
        page("/viewforum.php?f=3", "Entraide et objets perdus", m.phpbb_topiclist(3, [
            ("/viewtopic.php?f=3&t=21", "Covoiturage vers Verdun le matin", "JeanLouB", 6, "1er mars")]), {F}),
        page("/viewforum.php?f=4", "Questions à la mairie", m.phpbb_topiclist(4, [
            ("/viewtopic.php?f=4&t=31", "Quand passe l'épareuse chemin du Moulin ?", "Sandrine_M", 2, "8 mars")]), {F}),
        page("/viewtopic.php?f=2&t=11", "Vide-greniers du 8 juin : qui tient la buvette ?", m.phpbb_topic(2, 11, "Vide-greniers du 8 juin : qui tient la buvette ?", [
            ("Mimi55", "2 mars", "Bonjour à tous, le foyer rural cherche des volontaires pour la buvette du vide-greniers."),
            ("Nico", "2 mars", "Je peux prendre le créneau de 10 h à midi."), ("Papy Lucien", "3 mars", "Moi l'après-midi, avec ma petite-fille.")]), {F}),
        page("/viewtopic.php?f=2&t=12", "Le lavoir enfin restauré", m.phpbb_topic(2, 12, "Le lavoir enfin restauré", [
            ("Papy Lucien", "26 février", "Les travaux du lavoir sont finis, bravo aux bénévoles de la journée citoyenne !"),
            ("Sandrine_M", "27 février", "Il faudrait une petite plaque pour raconter son histoire.")]), {F}),
        page("/viewtopic.php?f=3&t=21", "Covoiturage vers Verdun le matin", m.phpbb_topic(3, 21, "Covoiturage vers Verdun le matin", [
            ("JeanLouB", "28 février", "Je pars tous les jours à 7 h 15 vers Verdun, deux places libres."),
            ("Lea.K", "1er mars", "Intéressée pour les mardis et jeudis, je vous envoie un message privé.")]), {F}),
        page("/viewtopic.php?f=4&t=31", "Quand passe l'épareuse chemin du Moulin ?", m.phpbb_topic(4, 31, "Quand passe l'épareuse chemin du Moulin ?", [
            ("Sandrine_M", "7 mars", "Les haies débordent sur le chemin du Moulin, on ne se croise plus en voiture."),
            ("Mairie", "8 mars", "L'épareuse communale y passera la semaine du 17 mars. Merci de votre patience.")]), {F}),
    ]
    forum = Site(board, "phpbb", "Forum des habitants de Brassoncourt", b, address="Mairie de Brassoncourt")
    return City("99553", "Brassoncourt", 1650, "55", "44", "Grand Est", f"http://{host}/", [www, forum])


# ---- 99554 Escaramont: an Aveyron village on a site builder (Jimdo) ----------------------------------------

def _jimdo_form(form_id, fields, submit="Envoyer"):
    out = []
    for n, (kind, label) in enumerate(fields):
        fid = f"cc-m-form-{form_id}-{n}"
        ctl = (f'<textarea id="{fid}" name="{form_id}-{n}" rows="6" class="single"></textarea>' if kind == "textarea"
               else f'<input type="{kind}" id="{fid}" name="{form_id}-{n}" value="" class="single">')
        out.append(f'<div class="cc-m-form-view-element cc-m-form-{kind}"><label for="{fid}"><div>{label}</div></label>{ctl}</div>')
    return (f'<div id="cc-m-{form_id}" class="j-module n j-formnew"><form action="" method="post" id="cc-m-form-{form_id}" class="cc-m-form cc-m-form-layout-0">'
            f'<div class="cc-m-form-view-sortable">{"".join(out)}</div><div class="cc-m-form-view-element cc-m-form-view-privacy"><label><input type="checkbox" name="privacy"> '
            f'J\'accepte la politique de confidentialité</label></div><div class="cc-m-form-submit"><input type="submit" value="{submit}" data-action="submit"></div></form></div>')


def _jimdo_guestbook(module_id, entries):
    items = "".join(f'<div class="commententry"><div class="commentinfo"><strong>{a}</strong> <span class="commentdate">({d})</span></div><div class="commentstext">{t}</div></div>'
                    for a, d, t in entries)
    return (f'<div id="cc-m-{module_id}" class="j-module n j-comment"><div class="com-list-noava">{items}</div>'
            f'<div class="commententry add"><h3>Écrire un commentaire</h3><form class="commentform" method="post" action="" id="commentsform-{module_id}">'
            f'<div><label for="commentform-name-{module_id}">Nom</label><input type="text" name="name" id="commentform-name-{module_id}"></div>'
            f'<div><label for="commentform-mail-{module_id}">E-mail (non publié)</label><input type="email" name="email" id="commentform-mail-{module_id}"></div>'
            f'<div><label for="commentform-text-{module_id}">Commentaire</label><textarea name="text" id="commentform-text-{module_id}" rows="5"></textarea></div>'
            '<input type="submit" value="Publier le commentaire" class="submit"></form></div></div>')


def escaramont() -> City:
    host = "www.escaramont.fr"
    news = [("/questionnaire-ecole/", "L'avenir de notre école : répondez au questionnaire", "10 mars", "Horaires, cantine, garderie."),
            ("/actualites/fibre/", "La fibre arrive au village", "1er mars", "Raccordements possibles dès avril."),
            ("/reunion-publique/", "Réunion publique annuelle le 12 avril", "20 février", "Le maire et les élus répondent à vos questions."),
            ("/actualites/concours-maisons-fleuries/", "Concours des maisons fleuries", "15 février", "Inscriptions jusqu'au 31 mai.")]
    pages = [
        page("/", "Accueil", m.prose("Bienvenue à Escaramont, 540 habitants, sur le causse entre Lot et Aveyron.",
                                     "La mairie est ouverte le mardi et le vendredi de 9 h à 12 h.")
             + m.quick([("/la-mairie/", "La mairie"), ("/panneaupocket/", "PanneauPocket"), ("/agenda/", "Agenda"), ("/boite-a-idees/", "Boîte à idées"),
                        ("/salle-des-fetes/", "Salle des fêtes"), ("/livre-d-or/", "Livre d'or")])
             + m.teasers(news) + m.links([("/actualites/", "Toutes les actualités"), ("/associations/", "Associations"), ("/tourisme/", "Tourisme"),
                                           ("/contact/", "Nous contacter")])),
        page("/la-mairie/", "La mairie", m.prose("Secrétariat : mardi et vendredi de 9 h à 12 h. Le maire reçoit sur rendez-vous.")
             + m.mailto("mairie.escaramont@orange.fr") + m.links([("/la-mairie/conseil-municipal/", "Le conseil municipal"), ("/la-mairie/budget/", "Le budget")]), decoys={CF}),
        page("/la-mairie/conseil-municipal/", "Le conseil municipal", m.prose(
            "Onze conseillers municipaux. Dernière séance le 28 février : vote des subventions, travaux du chemin de Pech-Naut, adhésion au service commun d'instruction.",
            "Les comptes rendus sont affichés sur le panneau de la mairie."), decoys={P}),
        page("/la-mairie/budget/", "Le budget de la commune", m.prose(
            "Budget primitif 2025 : 410 000 € en fonctionnement, 260 000 € en investissement (toiture de l'école, voirie communale)."), decoys={BP}),
        # a one-way alert application: the town hall posts, residents read; no exchange
        page("/panneaupocket/", "Suivez la mairie sur PanneauPocket", m.prose(
            "Téléchargez gratuitement l'application PanneauPocket et ajoutez Escaramont à vos favoris : coupures d'eau, alertes météo, fermeture de la mairie, "
            "vous recevez les informations de la commune directement sur votre téléphone.")
             + m.panneaupocket(19730418, "escaramont-12160"), decoys={TSN, PL}),
        page("/agenda/", "Agenda", m.prose("Les événements de la commune et des associations, publiés sur l'application IntraMuros.") + m.intramuros(12094), decoys={TSN}),
        page("/questionnaire-ecole/", "L'avenir de notre école : votre avis", m.prose(
            "Le regroupement pédagogique avec Saint-Rémy-du-Causse change l'an prochain. Parents, grands-parents, habitants : dites-nous ce qui compte pour vous.",
            "Questionnaire en ligne ouvert jusqu'au 5 avril (cinq minutes). Des exemplaires papier sont disponibles à la mairie.")
             + m.google_form("1FAIpQLScX3mR8nT2wK5vJ7yH0pL4aQ9dF1sG6bN3cE8uI2oM5rZ7tW"), {PO}),
        page("/questionnaire-ecole-resultats/", "Questionnaire sur l'école : les résultats", m.prose(
            "Merci aux 146 personnes qui ont répondu. Le questionnaire est clos.")
             + m.results_table("Souhaitez-vous une garderie le mercredi matin ?", [("Oui", 88, 60), ("Non", 41, 28), ("Sans avis", 17, 12)], "Résultats présentés au conseil d'école du 15 avril."),
             decoys={PO}),
        page("/boite-a-idees/", "La boîte à idées du village", m.prose(
            "Vous avez une idée pour Escaramont ? Une boîte à idées est installée à l'épicerie-bar « Chez Josette » et une autre à la mairie.",
            "Vous pouvez aussi nous écrire ici : toutes les idées sont lues en conseil municipal.")
             + _jimdo_form(9120331, [("text", "Votre nom"), ("email", "Votre e-mail"), ("textarea", "Votre idée pour le village")], "Envoyer mon idée"), {S, CF}),
        # a yearly public meeting where residents question the council: an assembly of residents
        page("/reunion-publique/", "Réunion publique annuelle", m.prose(
            "Chaque printemps, le conseil municipal invite tous les habitants à une réunion publique à la salle des fêtes : bilan de l'année, "
            "projets à venir, et surtout vos questions et vos propositions.",
            "Cette année, rendez-vous le samedi 12 avril à 17 h. Les sujets : l'école, l'eau, le chemin de randonnée du Pech. Un apéritif suivra."), {P}),
        page("/livre-d-or/", "Livre d'or", m.prose("Un mot, un souvenir, un merci ? Laissez un message aux habitants et aux visiteurs.")
             + _jimdo_guestbook(9120410, [("Famille Roques", "14/08", "Très belle fête votive, merci au comité !"),
                                          ("Randonneurs de Cahors", "2/06", "Sentier magnifique et bien balisé.")]), {CO}),
        page("/contact/", "Contact", m.prose("Écrivez à la mairie :")
             + _jimdo_form(9120335, [("text", "Nom"), ("email", "E-mail"), ("text", "Objet"), ("textarea", "Message")]), {CF}),
        # a booking request that only asks for a date and the event: booking, not a message to the town hall
        page("/salle-des-fetes/", "Salle des fêtes", m.prose("La salle (120 places) se loue 150 € le week-end aux habitants.")
             + _jimdo_form(9120340, [("text", "Nom"), ("tel", "Téléphone"), ("date", "Date souhaitée"), ("text", "Type de manifestation")], "Demander la réservation"),
             decoys={CF}),
        page("/actualites/", "Actualités", m.teasers(news + [
            ("/actualites/appel-a-projets-departement/", "Le Département soutient les projets des villages", "5 février", "Un appel à projets pour les communes rurales."),
            ("/questionnaire-ecole-resultats/", "Questionnaire sur l'école : les résultats", "20 avril", "146 réponses.")])),
        page("/actualites/fibre/", "La fibre arrive au village", m.prose(
            "Le réseau Aveyron Très Haut Débit est ouvert à la commercialisation : vérifiez votre éligibilité auprès des opérateurs.")),
        page("/actualites/appel-a-projets-departement/", "Le Département soutient les projets des villages", m.prose(
            "Le conseil départemental lance un appel à projets « Villages vivants » pour les communes de moins de 1 000 habitants. "
            "La commune y présentera la rénovation de la toiture de l'école."), decoys={S}),
        page("/actualites/concours-maisons-fleuries/", "Concours des maisons fleuries", m.prose(
            "Le concours des maisons fleuries est ouvert à tous les habitants. Inscription à la mairie avant le 31 mai ; le jury passera en juillet."), decoys={S}),
        page("/associations/", "Associations", m.bullets("Comité des fêtes", "Club des aînés « Lou Caüssé »", "Société de chasse", "Foyer rural : danse occitane")),
        page("/tourisme/", "Tourisme", m.prose("L'office de tourisme du causse vous renseigne sur les randonnées et les gîtes.")
             + m.fb_page_plugin("https://www.facebook.com/officetourismecaussesdulot", "Office de tourisme des Causses")),
    ]
    site = Site(host, "vendor", "Commune d'Escaramont", pages,
                menu=[("Accueil", "/"), ("La mairie", "/la-mairie/"), ("Actualités", "/actualites/"), ("Boîte à idées", "/boite-a-idees/"), ("Contact", "/contact/")],
                accounts=[social("facebook", "mairie.escaramont")], address="Le Bourg, 12160 Escaramont")
    _custom(site, m.jimdo_layout)
    return City("99554", "Escaramont", 540, "12", "76", "Occitanie", f"http://{host}/", [site],
                decoy_accounts=("https://www.facebook.com/officetourismecaussesdulot",))


# ---- 99555 Sorvillac: a Dordogne town on Drupal, and its intercommunality's Decidim --------------------------

def _drupal_comments(node, existing):
    items = "".join(f'<article data-comment-user-id="0" id="comment-{node * 10 + i}" class="comment js-comment by-anonymous"><footer class="comment__meta">'
                    f'<p class="comment__author"><span>{a}</span></p><p class="comment__time">{d}</p></footer><div class="comment__content"><p>{t}</p></div></article>'
                    for i, (a, d, t) in enumerate(existing))
    return (f'<section class="field field--name-comment field--type-comment field--label-above comment-wrapper"><h2 class="title">Commentaires</h2>{items}'
            f'<h2 class="title comment-form__title">Ajouter un commentaire</h2><form class="comment-comment-form comment-form" data-drupal-selector="comment-form" '
            f'action="/comment/reply/node/{node}/comment" method="post" id="comment-form" accept-charset="UTF-8">'
            '<div class="js-form-item form-item js-form-type-textfield form-item-name"><label for="edit-name">Votre nom</label><input type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text"></div>'
            '<div class="js-form-item form-item js-form-type-textarea form-item-comment-body-0-value"><label for="edit-comment-body-0-value" class="js-form-required form-required">Commentaire</label>'
            '<div class="form-textarea-wrapper"><textarea class="js-text-full text-full form-textarea required" id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" cols="60" required="required"></textarea></div></div>'
            '<input type="hidden" name="form_id" value="comment_comment_form"><div class="form-actions"><input type="submit" id="edit-submit--2" name="op" value="Enregistrer" class="button button--primary form-submit"></div></form></section>')


def sorvillac() -> City:
    host, dec = "www.sorvillac.fr", "participer.cc-valdesorve.fr"
    news = [("/actualites/marche-de-noel", "Retour sur le marché de Noël", "18 décembre", "Quarante exposants et beaucoup de monde."),
            ("/actualites/consultation-pcaet", "Plan climat : l'intercommunalité vous consulte", "3 mars", "Une concertation en ligne jusqu'au 30 avril."),
            ("/participer/questionnaire-centre-bourg", "Centre-bourg : répondez au questionnaire", "24 février", "Commerces, stationnement, places."),
            ("/actualites/enquete-publique-eolien", "Enquête publique : parc éolien des Brandes", "10 février", "Registre en mairie jusqu'au 14 mars.")]
    events = [("/actualites/forum-des-associations", "Forum des associations", "6 septembre"), ("/ma-mairie/conseil-municipal", "Conseil municipal", "2 avril"),
              ("/participer/reunions-de-hameaux", "Réunion de hameau à La Brande", "19 avril")]
    d = [
        page("/", "Accueil", _home(["Sorvillac, 4 300 habitants, porte du Périgord vert. Retrouvez ici vos démarches, l'actualité et les rendez-vous de la commune."],
                                   [("/participer", "Participer"), ("/contact", "Contacter la mairie"), ("/services/etat-civil", "État civil"),
                                    ("/services/lettre-d-information", "Lettre d'information"), ("/ma-mairie/budget-primitif-2025", "Budget"), ("/actualites/recensement", "Recensement")],
                                   news, events)),
        page("/ma-mairie/conseil-municipal", "Conseil municipal", m.prose(
            "Le conseil municipal de Sorvillac compte 27 membres. Prochaine séance le 2 avril à 18 h 30 : budget primitif, tarifs de l'accueil de loisirs, dénomination de voies."),
             decoys={P}),
        page("/ma-mairie/budget-primitif-2025", "Budget primitif 2025", m.prose(
            "Le budget 2025 s'élève à 5,2 M€. Les investissements portent sur le centre-bourg (1,1 M€), la rénovation du gymnase et l'accessibilité de la mairie."),
             decoys={BP}),
        page("/participer", "Participer à la vie locale", m.prose(
            "Vous habitez Sorvillac ? Plusieurs façons de donner votre avis et de prendre part aux décisions : les comités consultatifs thématiques, "
            "les réunions de hameaux, les questionnaires, et la plateforme de participation de la communauté de communes.")
             + m.links([("/participer/comites-consultatifs", "Les comités consultatifs"), ("/participer/reunions-de-hameaux", "Les réunions de hameaux"),
                        ("/participer/questionnaire-centre-bourg", "Questionnaire centre-bourg"), ("/participer/vos-suggestions", "Vos suggestions"),
                        ("/participer/plateforme-intercommunale", "La plateforme intercommunale")]), {P}),
        page("/participer/comites-consultatifs", "Les comités consultatifs", m.prose(
            "Cinq comités consultatifs associent élus et habitants : cadre de vie, enfance-jeunesse, culture, solidarités, agriculture et forêt.",
            "Ils sont consultés sur les projets de la commune et peuvent formuler des propositions. Chaque comité compte huit habitants, renouvelés tous les deux ans par appel à volontaires."),
             {P}),
        page("/participer/reunions-de-hameaux", "Les réunions de hameaux", m.prose(
            "Deux fois par an, le maire et les élus se rendent dans chacun des neuf hameaux pour une réunion ouverte : voirie, eau, déchets, projets de la commune, "
            "vos remarques et vos propositions.",
            "Prochaines réunions : La Brande le 19 avril, Le Maine-Noir le 26 avril, Puyrenier le 3 mai."), {P}),
        page("/participer/questionnaire-centre-bourg", "Centre-bourg : votre avis", m.prose(
            "Le projet de revitalisation du centre-bourg entre en phase d'études. Répondez à ce questionnaire pour orienter les choix.")
             + m.drupal_webform("questionnaire_centre_bourg", "/participer/questionnaire-centre-bourg", [
                 ("frequence", "radios:Tous les jours|Une fois par semaine|Rarement", "À quelle fréquence venez-vous dans le centre-bourg ?"),
                 ("priorite", "radios:Commerces|Stationnement|Espaces verts|Sécurité des piétons", "Quelle priorité pour le centre-bourg ?"),
                 ("marche", "radios:Oui|Non", "Fréquentez-vous le marché du samedi ?")], "Envoyer mes réponses"), {PO}),
        page("/participer/vos-suggestions", "Vos suggestions", m.prose(
            "Une idée pour améliorer la vie à Sorvillac ? Proposez-la : chaque suggestion est transmise au comité consultatif concerné, qui y répond sous deux mois.")
             + m.drupal_webform("suggestions", "/participer/vos-suggestions", [("nom", "text", "Nom"), ("courriel", "email", "Courriel"),
                                                                               ("suggestion", "textarea", "Votre suggestion")], "Envoyer ma suggestion"), {S, CF}),
        page("/participer/plateforme-intercommunale", "La plateforme de participation du Val de Sorve", m.prose(
            "La communauté de communes du Val de Sorve a ouvert sa plateforme de participation, construite avec le logiciel libre Decidim : "
            "concertation sur le plan climat, budget participatif intercommunal, questionnaires.",
            f"<a href='http://{dec}/'>Accéder à la plateforme participer.cc-valdesorve.fr</a>"), {P}, decoys={PL}),
        page("/actualites/consultation-pcaet", "Plan climat : l'intercommunalité vous consulte", m.prose(
            "Jusqu'au 30 avril, la communauté de communes consulte les habitants sur son plan climat-air-énergie territorial. Rendez-vous sur sa plateforme Decidim."),
             decoys={PL}),
        page("/actualites/enquete-publique-eolien", "Enquête publique : parc éolien des Brandes", m.prose(
            "Une enquête publique environnementale est ouverte du 10 février au 14 mars sur le projet de parc éolien des Brandes. "
            "Le registre est à la mairie ; le commissaire enquêteur tient permanence le 21 février."), decoys={PO}),
        page("/actualites/appel-a-projets-associations", "Appel à projets : animations d'été", m.prose(
            "La commune lance un appel à projets auprès des associations pour l'animation des soirées d'été au plan d'eau. Dossiers avant le 31 mars."), decoys={S}),
        page("/actualites/forum-des-associations", "Forum des associations", m.prose(
            "Le forum des associations a lieu le samedi 6 septembre au gymnase : plus de cinquante associations sportives, culturelles et solidaires.")
             + m.links([("/actualites/appel-a-projets-associations", "Appel à projets : animations d'été")]), decoys={F}),
        page("/actualites/recensement", "Recensement 2025", m.prose(
            "Le recensement de la population se déroule du 16 janvier au 15 février. Répondez en ligne avec les codes remis par l'agent recenseur."), decoys={PO}),
        page("/actualites/marche-de-noel", "Retour sur le marché de Noël", m.prose(
            "Quarante exposants, une patinoire synthétique et le concert de la chorale : le marché de Noël a attiré plus de 2 000 visiteurs.")
             + _drupal_comments(214, [("Nathalie", "19/12/2024", "Bravo aux organisateurs, les enfants ont adoré la patinoire.")]), {CO}),
        page("/services/lettre-d-information", "Lettre d'information", m.prose("Recevez l'actualité de Sorvillac chaque mois.")
             + m.drupal_webform("newsletter", "/services/lettre-d-information", [("courriel", "email", "Votre adresse e-mail")], "S'abonner"), decoys={CF}),
        page("/services/etat-civil", "État civil", m.prose("Actes de naissance, mariage, décès : faites votre demande en ligne sur service-public.fr ou au guichet.")),
        page("/contact", "Contact", m.prose("Mairie de Sorvillac, du lundi au vendredi de 8 h 30 à 12 h et de 13 h 30 à 17 h.")
             + m.drupal_webform("contact", "/contact", [("name", "text", "Votre nom"), ("email", "email", "Votre adresse de courriel"), ("subject", "text", "Sujet"),
                                                       ("message", "textarea", "Message")], "Envoyer le message"), {CF}, decoys={S}),
    ]
    www = Site(host, "drupal", "Ville de Sorvillac", d,
               menu=[("Ma mairie", "/ma-mairie/conseil-municipal"), ("Participer", "/participer"), ("Actualités", "/actualites/marche-de-noel"), ("Contact", "/contact")],
               accounts=[social("facebook", "VilledeSorvillac"), social("x", "Sorvillac24", "https://twitter.com/Sorvillac24")],
               address="Mairie, place du Foirail, 24800 Sorvillac")
    proc = "/processes/plan-climat"
    bp = "/processes/budget-participatif-val-de-sorve"
    def card(href, title, text):
        return f'<div class="card__list"><a href="{href}" class="card__list-title">{title}</a><p class="card__list-text">{text}</p></div>'
    steps = ('<div class="process__steps"><ol><li class="is-past">Information</li><li class="is-active">Contributions en ligne (1er mars - 30 avril)</li>'
             '<li>Ateliers</li><li>Adoption par le conseil communautaire</li></ol></div>')
    k = [
        page("/", "Accueil", m.prose("Bienvenue sur la plateforme de participation de la communauté de communes du Val de Sorve (14 communes, 19 000 habitants).")
             + '<section class="home__section"><h2 class="h2 decorator">Processus en cours</h2>'
             + card(proc, "Plan climat-air-énergie", "Concertation sur le plan climat du territoire.") + card(bp, "Budget participatif du Val de Sorve", "100 000 € pour vos projets.")
             + "</section>" + m.links([("/processes", "Tous les processus")]), {P}),
        page("/processes", "Processus participatifs", card(proc, "Plan climat-air-énergie", "Phase en cours : contributions en ligne")
             + card(bp, "Budget participatif du Val de Sorve", "Phase en cours : vote")),
        page(proc, "Plan climat-air-énergie territorial", m.prose(
            "La communauté de communes élabore son plan climat. Cette concertation permet à chaque habitant de contribuer : propositions, questionnaire, ateliers.")
             + steps + m.links([(f"{proc}/f/12/proposals", "Propositions"), (f"{proc}/f/13/surveys/7", "Questionnaire")]), {P}),
        page(f"{proc}/f/12/proposals", "Propositions", m.prose("Proposez vos idées pour réduire les consommations d'énergie et adapter le territoire au climat.")
             + '<a href="/users/sign_in" class="button button__sm button__secondary">Nouvelle proposition</a>'
             + card(f"{proc}/f/12/proposals/41", "Une ligne de covoiturage entre les bourgs", "14 soutiens · 3 commentaires")
             + card(f"{proc}/f/12/proposals/42", "Des ombrières photovoltaïques sur les parkings", "9 soutiens · 1 commentaire"), {S}),
        page(f"{proc}/f/12/proposals/41", "Une ligne de covoiturage entre les bourgs", m.prose(
            "Créer des arrêts de covoiturage signalés à Sorvillac, Saint-Pardoux et Champniers, avec une application commune.")
             + '<div class="comments" id="comments"><h2 class="comments__header">3 commentaires</h2>'
             + "".join(f'<div class="comment" id="comment_{n}"><div class="comment__header"><span class="author__name">{a}</span></div><div class="comment__content"><p>{t}</p></div></div>'
                       for n, (a, t) in enumerate([("Pierre D.", "Oui, et un parking vélo à chaque arrêt."), ("Aline", "Il faudrait que la ligne desserve le collège."),
                                                   ("Val de Sorve", "Merci, la proposition est transmise au groupe de travail mobilités.")]))
             + '<div class="add-comment"><p>Connectez-vous pour ajouter un commentaire. <a href="/users/sign_in">Se connecter</a></p></div></div>', {CO}),
        page(f"{proc}/f/12/proposals/42", "Des ombrières photovoltaïques sur les parkings", m.prose(
            "Équiper les parkings des salles des fêtes d'ombrières solaires.") + '<div class="comments" id="comments"><h2 class="comments__header">1 commentaire</h2>'
             '<div class="comment"><span class="author__name">Marc</span><p>Et sur le parking de la piscine.</p></div><p><a href="/users/sign_in">Se connecter</a> pour commenter.</p></div>', {CO}),
        page(f"{proc}/f/13/surveys/7", "Questionnaire : vos déplacements", m.prose("Répondez à ce questionnaire anonyme (dix questions).")
             + '<form class="form answer-questionnaire" action="/processes/plan-climat/f/13/surveys/7/answer" method="post"><div class="questionnaire-step">'
             + "".join(f'<div class="question"><label class="questionnaire-question">{q}</label>' + "".join(
                 f'<label><input type="radio" name="questionnaire[responses][{n}][choices][][answer_option_id]" value="{i}"> {a}</label>' for i, a in enumerate(opts)) + "</div>"
                 for n, (q, opts) in enumerate([("Comment allez-vous au travail ?", ["Voiture seul", "Covoiturage", "Transport en commun", "Vélo ou à pied"]),
                                                 ("Quelle distance parcourez-vous chaque jour ?", ["Moins de 10 km", "10 à 30 km", "Plus de 30 km"])]))
             + '<button type="submit" class="button button__sm button__secondary">Envoyer</button></div></form>', {PO}),
        page(bp, "Budget participatif du Val de Sorve", m.prose(
            "Le budget participatif intercommunal consacre 100 000 € à des projets proposés par les habitants des quatorze communes. "
            "Trente-et-un projets ont été retenus après étude ; le vote est ouvert jusqu'au 15 mai.") + m.links([(f"{bp}/f/15/budgets", "Voter pour les projets")]), {BP}),
        page(f"{bp}/f/15/budgets", "Voter pour les projets", m.prose("Composez votre panier de projets dans la limite de 100 000 €, puis validez votre vote.")
             + '<div class="budget-summary"><div class="budget-summary__progressbox"><span>Budget attribué : 0 €</span> / 100 000 €</div></div>'
             + "".join(f'<div class="budget-list__item"><span class="card__list-title">{t}</span><strong class="budget-list__number">{c}</strong>'
                       f'<a class="button button__sm button__transparent-secondary" href="/users/sign_in">Ajouter</a></div>'
                       for t, c in [("Abri pour le marché de Sorvillac", "18 000 €"), ("Pumptrack à Saint-Pardoux", "32 000 €"), ("Boîtes à livres dans les 14 communes", "7 000 €")]),
             {BP}),
    ]
    decidim = Site(dec, "decidim", "Participer en Val de Sorve", k,
                   menu=[("Accueil", "/"), ("Processus", "/processes")], features=frozenset({PL}), platforms=frozenset({"decidim"}))
    return City("99555", "Sorvillac", 4300, "24", "75", "Nouvelle-Aquitaine", f"http://{host}/", [www, decidim])


# ---- 99556 Morne-Caradel (Guadeloupe): WordPress, a Fluicity space and the town's Facebook group --------------

def morne_caradel() -> City:
    host, flui = "www.ville-mornecaradel.fr", "mornecaradel.flui.city"
    news = [("/actualites/coupures-d-eau/", "Coupures d'eau : le calendrier de la semaine", "11 mars", "Tours d'eau dans les sections Grand-Fond et Bois-Debout."),
            ("/democratie-locale/questionnaire-eau/", "Eau potable : votre avis compte", "5 mars", "Un questionnaire sur les tours d'eau."),
            ("/actualites/carnaval/", "Carnaval 2025 : le programme", "10 février", "Parade du dimanche gras et vidé du mercredi des Cendres."),
            ("/actualites/nouveau-marche-couvert/", "Le marché couvert ouvre le 5 avril", "1er mars", "Quinze étals de producteurs."),
            ("/actualites/alerte-cyclonique/", "Saison cyclonique : inscrivez-vous aux alertes SMS", "1er juillet", "Un service gratuit de la ville.")]
    events = [("/la-ville/conseil-municipal/", "Conseil municipal", "28 mars"), ("/actualites/forum-emploi/", "Forum de l'emploi et de l'alternance", "16 avril"),
              ("/democratie-locale/comite-de-section-grand-fond/", "Comité de section de Grand-Fond", "22 avril")]
    w = [
        page("/", "Accueil", _home(["Morne-Caradel, 12 400 habitants, sur la côte sous-le-vent de la Basse-Terre. Bienvenue sur le site officiel de la ville."],
                                   [("/democratie-locale/", "Démocratie locale"), ("/contact/", "Contacter la mairie"), ("/services/cantine/", "Payer la cantine"),
                                    ("/la-ville/budget/", "Le budget"), ("/tourisme/", "Découvrir Morne-Caradel"), ("/actualites/groupe-facebook/", "Notre groupe Facebook")],
                                   news, events)),
        page("/la-ville/conseil-municipal/", "Le conseil municipal", m.prose(
            "Le conseil municipal compte 33 élus. La séance du 28 mars portera sur le budget primitif, la régie des eaux et le plan communal de sauvegarde."), decoys={P}),
        page("/la-ville/budget/", "Le budget de la ville", m.prose(
            "Budget primitif 2025 : 18,6 M€. Priorités : réseaux d'eau, écoles parasismiques, front de mer.",
            "Le compte administratif 2024 sera présenté en juin."), decoys={BP}),
        page("/democratie-locale/", "Démocratie de proximité", m.prose(
            "La ville a fait de la proximité une priorité : dans chacune des six sections, un comité de section réunit habitants, associations et élu référent.",
            "S'y ajoutent le conseil citoyen du quartier prioritaire, un cahier de doléances et de propositions en mairie, et l'application Ma Ville en Appli.")
             + m.links([("/democratie-locale/comites-de-section/", "Les comités de section"), ("/democratie-locale/cahier-de-doleances/", "Cahier de doléances et de propositions"),
                        ("/democratie-locale/ma-ville-en-appli/", "Ma Ville en Appli"), ("/democratie-locale/questionnaire-eau/", "Questionnaire sur l'eau"),
                        ("/democratie-locale/conseil-citoyen/", "Le conseil citoyen")]), {P}),
        page("/democratie-locale/comites-de-section/", "Les comités de section", m.prose(
            "Six comités de section : Bourg, Grand-Fond, Bois-Debout, Morne-Rouge, Anse-Caraïbe, Fond-Sarail. Chacun se réunit chaque trimestre en assemblée ouverte.",
            "Les habitants y font remonter les besoins de leur section (voirie, éclairage, ravines) et suivent l'avancement des travaux.")
             + m.links([("/democratie-locale/comite-de-section-grand-fond/", "Grand-Fond : prochaine assemblée")]), {P}),
        page("/democratie-locale/comite-de-section-grand-fond/", "Comité de section de Grand-Fond", m.prose(
            "Assemblée du comité de section de Grand-Fond le mardi 22 avril à 18 h, école de Grand-Fond. Au programme : le curage de la ravine, "
            "l'arrêt de bus, la réhabilitation du plateau sportif. Tous les habitants de la section sont invités."), {P}),
        # the city's politique de la ville council: a participatory body; a call for volunteers to join it is not a call for ideas
        page("/democratie-locale/conseil-citoyen/", "Le conseil citoyen : appel à candidatures", m.prose(
            "Le conseil citoyen du quartier prioritaire de Fond-Sarail associe des habitants et des acteurs locaux au contrat de ville.",
            "Le collège des habitants se renouvelle : candidatures à déposer au CCAS jusqu'au 30 avril ; un tirage au sort complètera les places."), {P}, decoys={S}),
        page("/democratie-locale/cahier-de-doleances/", "Cahier de doléances et de propositions", m.prose(
            "Un cahier de doléances et de propositions est ouvert à l'accueil de l'hôtel de ville et dans les mairies annexes. "
            "Vous pouvez aussi déposer ici vos propositions pour la ville : elles sont examinées chaque mois par le bureau municipal.")
             + m.wpforms("/democratie-locale/cahier-de-doleances/", 57, [("text", "Nom et prénom"), ("select:Bourg|Grand-Fond|Bois-Debout|Morne-Rouge|Anse-Caraïbe|Fond-Sarail", "Section"),
                                                                         ("textarea", "Votre proposition ou votre doléance")], "Déposer"), {S, CF}),
        page("/democratie-locale/ma-ville-en-appli/", "Ma Ville en Appli", m.prose(
            "Avec l'application Fluicity, suivez les projets de la ville, répondez aux sondages et proposez vos idées depuis votre téléphone.",
            f"<a href='http://{flui}/'>Rejoindre l'espace de Morne-Caradel sur Fluicity</a>"), {P}, decoys={PL}),
        page("/democratie-locale/questionnaire-eau/", "Eau potable : votre avis compte", m.prose(
            "Tours d'eau, qualité, information : aidez la régie à améliorer le service. Le questionnaire est ouvert jusqu'au 15 avril.")
             + m.tally("wAbq7E", "Questionnaire eau potable"), {PO}),
        page("/actualites/coupures-d-eau/", "Coupures d'eau : le calendrier de la semaine", m.prose(
            "Lundi et mardi : Grand-Fond et Bois-Debout de 20 h à 5 h. Mercredi : Morne-Rouge. Des citernes sont à disposition devant les écoles.")
             + m.wp_comments(812, [("Josette", "11 mars", "À Bois-Debout l'eau n'est pas revenue avant 9 h ce matin."),
                                   ("Ville de Morne-Caradel", "11 mars", "Merci, nous transmettons à la régie.")]), {CO}),
        page("/actualites/carnaval/", "Carnaval 2025 : le programme", m.prose(
            "Dimanche gras : grande parade des groupes à 15 h. Mercredi des Cendres : vidé en noir et blanc et incinération de Vaval sur le front de mer.")
             + m.wp_comments(790, [], open_=False) + m.share("http://www.ville-mornecaradel.fr/actualites/carnaval/", "Carnaval"), decoys={CO}),
        page("/actualites/alerte-cyclonique/", "Saison cyclonique : inscrivez-vous aux alertes SMS", m.prose(
            "Recevez gratuitement par SMS les alertes météo, les consignes du plan communal de sauvegarde et l'ouverture des abris.")
             + m.registration_form("/actualites/alerte-cyclonique/", "Inscription aux alertes", [("nom", "text", "Nom"), ("tel", "tel", "Téléphone portable"),
                                                                                                 ("section", "text", "Section")]), decoys={CF, TSN}),
        page("/actualites/nouveau-marche-couvert/", "Le marché couvert ouvre le 5 avril", m.prose(
            "Quinze étals de producteurs, poissonniers et marchandes de sirop : le marché couvert du bourg ouvre le samedi 5 avril à 6 h.",
            "Réagissez et partagez vos souvenirs de l'ancien marché.")
             + m.fb_comments("http://www.ville-mornecaradel.fr/actualites/nouveau-marche-couvert/"), {CO}),
        page("/actualites/groupe-facebook/", "Rejoignez notre groupe Facebook", m.prose(
            "La ville anime le groupe Facebook « Morne-Caradel Solidarité » : entraide entre voisins, informations pendant les intempéries, objets trouvés.",
            "<a href='https://www.facebook.com/groups/mornecaradelsolidarite'>Rejoindre le groupe</a>"), decoys={TSN}),
        page("/actualites/petition-billets-d-avion/", "Prix des billets d'avion", m.prose(
            "Une pétition en ligne contre la cherté des billets d'avion entre les Antilles et l'Hexagone circule sur "
            "<a href='https://www.mesopinions.com/petition/social/cherte-billets-avion-antilles/220114'>mesopinions.com</a>. La ville relaie l'information."), decoys={PE}),
        page("/actualites/forum-emploi/", "Forum de l'emploi et de l'alternance", m.prose(
            "Le forum de l'emploi se tient le 16 avril au hall des sports avec France Travail et la Mission locale. Entreprises du BTP, du tourisme et de la santé.")
             + m.links([("/actualites/petition-billets-d-avion/", "Prix des billets d'avion")]),
             decoys={F}),
        page("/services/cantine/", "Cantine : payer en ligne", m.prose("Réglez vos factures de restauration scolaire en ligne.") + m.payfip_form("/services/cantine/"), decoys={CF}),
        page("/contact/", "Contact", m.prose("Hôtel de ville, du lundi au vendredi de 7 h 30 à 13 h.")
             + m.wpforms("/contact/", 12, [("text", "Nom"), ("email", "E-mail"), ("text", "Objet"), ("textarea", "Votre message")]), {CF}, decoys={S}),
        page("/tourisme/", "Découvrir Morne-Caradel", m.prose("Plages de sable noir, cascade de la rivière Caradel, distillerie : l'office de tourisme de la côte sous-le-vent vous accueille.")
             + m.fb_page_plugin("https://www.facebook.com/tourismecotesouslevent", "Office de tourisme de la Côte sous-le-vent")),
    ]
    www = Site(host, "wordpress", "Ville de Morne-Caradel", w,
               menu=[("La ville", "/la-ville/conseil-municipal/"), ("Démocratie locale", "/democratie-locale/"), ("Actualités", "/actualites/coupures-d-eau/"), ("Contact", "/contact/")],
               accounts=[social("facebook", "VilledeMorneCaradel"), social("instagram", "ville_mornecaradel"), social("tiktok", "mornecaradel971")],
               address="Hôtel de ville, rue Schœlcher, 97134 Morne-Caradel")

    def item(href, title, meta):
        return f'<div class="fc-card"><a class="fc-card__title" href="{href}">{title}</a><p class="fc-card__meta">{meta}</p></div>'

    def fc_comments(items):
        return ('<section class="fc-comments"><h2>Commentaires</h2>' + "".join(f'<div class="fc-comment"><strong>{a}</strong><p>{t}</p></div>' for a, t in items)
                + '<div class="fc-comment-input"><a href="/login">Connectez-vous pour commenter</a></div></section>')

    f = [
        page("/", "Accueil", m.prose("Bienvenue dans l'espace citoyen de Morne-Caradel : projets de la ville, idées des habitants, sondages.")
             + item("/projets/front-de-mer", "Aménagement du front de mer", "Projet · 27 commentaires") + item("/sondages/horaires-mairie", "Horaires de la mairie le samedi", "Sondage · ouvert")
             + item("/idees", "Proposez vos idées", "Boîte à idées")),
        page("/projets", "Projets", item("/projets/front-de-mer", "Aménagement du front de mer", "En cours · 27 commentaires")),
        page("/projets/front-de-mer", "Aménagement du front de mer", m.prose(
            "Promenade piétonne, carbets, éclairage solaire : les travaux commencent en septembre. Donnez votre avis sur les équipements.")
             + fc_comments([("Ruddy", "Il faut des douches pour les plages."), ("Murielle", "Et des places pour les pêcheurs.")]), {CO}),
        page("/idees", "Idées", m.prose("Une idée pour Morne-Caradel ? Publiez-la : les idées qui recueillent 50 soutiens reçoivent une réponse des élus.")
             + '<a class="fc-btn fc-btn--primary" href="/login">Proposer une idée</a>' + item("/idees/navette-bourg-plage", "Une navette entre le bourg et la plage", "Idée · 43 soutiens"), {S}),
        page("/idees/navette-bourg-plage", "Une navette entre le bourg et la plage", m.prose("Le week-end, une navette éviterait les voitures garées sur la route de l'anse.")
             + '<p class="fc-support">43 soutiens · <a href="/login">Soutenir</a></p>' + fc_comments([("Cédric", "Bonne idée, surtout pendant les vacances.")]), {CO}),
        page("/sondages", "Sondages", item("/sondages/horaires-mairie", "Horaires de la mairie le samedi", "Ouvert jusqu'au 30 avril")
             + item("/sondages/jardins-partages", "Jardins partagés", "Terminé")),
        page("/sondages/horaires-mairie", "Horaires de la mairie le samedi", m.prose("Souhaitez-vous une ouverture de la mairie le samedi matin ?")
             + '<form class="fc-poll" method="post" action="/sondages/horaires-mairie/vote">' + "".join(
                 f'<label class="fc-poll__option"><input type="radio" name="choice" value="{i}"> {a}</label>' for i, a in enumerate(["Oui, de 8 h à 12 h", "Oui, un samedi sur deux", "Non"]))
             + '<button type="submit" class="fc-btn">Voter</button></form>', {PO}),
        page("/sondages/jardins-partages", "Jardins partagés : résultats", m.prose("Ce sondage est terminé. 212 participants.")
             + m.results_table("Cultiveriez-vous une parcelle dans un jardin partagé ?", [("Oui", 129, 61), ("Non", 83, 39)], "Sondage clos le 31 janvier."), decoys={PO}),
        page("/login", "Se connecter", '<form class="fc-login" method="post" action="/login"><label>E-mail<input type="email" name="email"></label>'
             '<label>Mot de passe<input type="password" name="password"></label><button type="submit">Connexion</button></form>', decoys={CF}),
        page("/cgu", "Conditions générales d'utilisation", m.prose("Les contributions sont publiques et modérées selon la charte de la ville.")),
    ]
    space = Site(flui, "vendor", "Morne-Caradel", f, menu=[("Projets", "/projets"), ("Idées", "/idees"), ("Sondages", "/sondages")],
                 features=frozenset({PL}), platforms=frozenset({"fluicity"}))
    _custom(space, m.fluicity_layout)
    return City("99556", "Morne-Caradel", 12400, "971", "01", "Guadeloupe", f"http://{host}/", [www, space],
                decoy_accounts=("https://www.facebook.com/tourismecotesouslevent",))


# ---- 99557 Villecrose-en-Brie: a vendor CMS, an id-city space (budget, petitions) and a neighbours' network ------

def _vendor_contact(action):
    return (f'<form class="form form--contact" method="post" action="{action}"><fieldset><legend>Vos coordonnées</legend>'
            '<div class="form__field"><label for="c-nom">Nom <span class="required">*</span></label><input id="c-nom" name="nom" type="text" required></div>'
            '<div class="form__field"><label for="c-mail">Courriel <span class="required">*</span></label><input id="c-mail" name="courriel" type="email" required></div></fieldset>'
            '<fieldset><legend>Votre demande</legend><div class="form__field"><label for="c-service">Service concerné</label><select id="c-service" name="service"><option>Accueil</option>'
            '<option>Urbanisme</option><option>Enfance</option></select></div><div class="form__field"><label for="c-msg">Message</label><textarea id="c-msg" name="message" rows="8"></textarea></div></fieldset>'
            '<div class="form__actions"><button type="submit" class="btn btn--primary">Envoyer</button></div></form>')


def villecrose() -> City:
    host, idc, vois = "www.villecrose-en-brie.fr", "villecrose.id-city.com", "voisins.villecrose-en-brie.fr"
    news = [("/participer/la-fabrique-a-projets", "La Fabrique à projets revient", "3 mars", "Déposez vos projets jusqu'au 30 avril."),
            ("/actualites/questionnaire-jeunesse", "16-25 ans : votre avis", "25 février", "Un questionnaire sur les loisirs des jeunes."),
            ("/actualites/concours-photo", "Concours photo « Ma ville au fil des saisons »", "12 février", "À vos appareils !"),
            ("/actualites/petition-medecins", "Déserts médicaux", "5 février", "Une pétition nationale circule.")]
    events = [("/ma-ville/conseil-municipal", "Conseil municipal", "3 avril"), ("/agenda/forum-des-associations", "Forum des associations", "6 septembre"),
              ("/participer/conseils-de-quartier/les-tilleuls", "Conseil de quartier des Tilleuls", "15 avril")]
    v = [
        page("/", "Accueil", _home(["Villecrose-en-Brie, 18 600 habitants, au cœur de la Brie, à 35 minutes de Paris."],
                                   [("/participer", "À vous la parole"), ("/contact", "Contact"), ("/services/inscriptions-scolaires", "Inscriptions scolaires"),
                                    ("/services/lettre-d-information", "Newsletter"), ("/ma-ville/budget-2025", "Budget 2025"), ("/participer/reseau-voisins", "Réseau de voisins")],
                                   news, events)),
        page("/ma-ville/conseil-municipal", "Conseil municipal", m.prose("Prochaine séance le 3 avril à 20 h : budget, subventions, rapport d'activité du SMICTOM."), decoys={P}),
        page("/ma-ville/budget-2025", "Budget 2025", m.prose("Budget primitif 2025 : 31,2 M€, dont 8,4 M€ d'investissement. Pas de hausse des taux."), decoys={BP}),
        page("/participer", "Villecrose, à vous la parole", m.prose(
            "« À vous la parole » regroupe tous les moyens de participer à la vie de la ville : conseils de quartier, Fabrique à projets (notre budget participatif), "
            "droit de pétition, consultations en ligne sur la plateforme citoyenne, réseau de voisins.")
             + m.links([("/participer/conseils-de-quartier", "Conseils de quartier"), ("/participer/la-fabrique-a-projets", "La Fabrique à projets"),
                        ("/participer/droit-de-petition", "Le droit de pétition"), ("/participer/reseau-voisins", "Le réseau de voisins"),
                        ("/participer/participation-citoyenne", "Participation citoyenne (gendarmerie)"), (f"http://{idc}/", "La plateforme citoyenne")]), {P}),
        page("/participer/conseils-de-quartier", "Les conseils de quartier", m.prose(
            "Quatre conseils de quartier (Centre, Les Tilleuls, La Garenne, Les Hauts-de-Brie) réunissent des habitants volontaires et tirés au sort, pour deux ans.",
            "Ils donnent leur avis sur les projets de la ville et portent leurs propres projets.") + m.links([("/participer/conseils-de-quartier/les-tilleuls", "Les Tilleuls")]), {P}),
        page("/participer/conseils-de-quartier/les-tilleuls", "Conseil de quartier des Tilleuls", m.prose(
            "Réunion plénière le 15 avril à 19 h, maison de quartier : réaménagement du parc, sécurité aux abords du collège. Ouvert à tous."), {P}),
        # the page presents the town's right of petition, with its threshold and its online space
        page("/participer/droit-de-petition", "Le droit de pétition", m.prose(
            "Depuis 2022, toute pétition signée par 500 habitants de plus de 16 ans est inscrite à l'ordre du jour du conseil municipal.",
            "Déposez ou signez une pétition sur la plateforme citoyenne.") + m.links([(f"http://{idc}/petitions", "Les pétitions en cours")]), {PE}),
        page("/participer/la-fabrique-a-projets", "La Fabrique à projets", m.prose(
            "La Fabrique à projets, c'est le budget participatif de Villecrose : 150 000 € pour des projets proposés puis choisis par les habitants.",
            "Dépôt jusqu'au 30 avril sur la plateforme citoyenne, vote en octobre.")
             + m.links([(f"http://{idc}/budget-participatif", "Participer sur la plateforme"), ("/participer/la-fabrique-a-projets/edition-2023", "Les lauréats 2023")]), {BP}),
        page("/participer/la-fabrique-a-projets/edition-2023", "La Fabrique à projets 2023 : les lauréats", m.prose(
            "2 310 votants. Lauréats : un skatepark aux Hauts-de-Brie, des ruches au parc des Tilleuls, un frigo solidaire, des bancs connectés."), {BP}),
        # the town's page presenting a local social network of neighbours it runs
        page("/participer/reseau-voisins", "Le réseau de voisins", m.prose(
            "La ville a lancé « Voisins de Villecrose », un réseau social de proximité réservé aux habitants : prêt d'objets, entraide, petites annonces, groupes de quartier.",
            f"<a href='http://{vois}/'>Rejoindre Voisins de Villecrose</a>"), {TSN}),
        page("/participer/participation-citoyenne", "Participation citoyenne", m.prose(
            "Le dispositif de participation citoyenne, piloté par la gendarmerie, s'appuie sur des habitants référents qui signalent les faits suspects."), decoys={P, TSN}),
        page("/actualites/questionnaire-jeunesse", "16-25 ans : votre avis", m.prose("Sport, culture, sorties : que manque-t-il aux jeunes à Villecrose ?")
             + m.questionnaire("/actualites/questionnaire-jeunesse", "Questionnaire anonyme.", [
                 ("Quel âge avez-vous ?", ["16-18 ans", "19-21 ans", "22-25 ans"], False),
                 ("Quelles activités voudriez-vous ?", ["Salle de musique", "Street workout", "E-sport", "Soirées"], True)], "enquete-jeunes"), {PO}),
        page("/actualites/enquete-insee-emploi", "Enquête Insee sur l'emploi", m.prose("L'Insee mène l'enquête Emploi ; un enquêteur peut vous contacter."), decoys={PO}),
        page("/actualites/concours-photo", "Concours photo « Ma ville au fil des saisons »", m.prose("Envoyez trois photos avant le 31 mai. Exposition en juin.")
             + m.links([("/actualites/appel-a-projets-jeunes", "Bourse initiatives jeunes"), ("/actualites/enquete-insee-emploi", "Enquête Insee sur l'emploi")]), decoys={S}),
        page("/actualites/appel-a-projets-jeunes", "Bourse initiatives jeunes", m.prose("Jusqu'à 1 500 € pour les projets des 16-25 ans. Dossier avant le 15 mai."), decoys={S, BP}),
        page("/actualites/petition-medecins", "Déserts médicaux", m.prose(
            "Une pétition nationale sur l'installation des médecins est en ligne sur <a href='https://www.change.org/p/stop-aux-deserts-medicaux'>change.org</a>."), decoys={PE}),
        page("/agenda/forum-des-associations", "Forum des associations", m.prose("Samedi 6 septembre au complexe sportif."), decoys={F}),
        page("/services/inscriptions-scolaires", "Inscriptions scolaires", m.registration_form("/services/inscriptions-scolaires", "Préinscription",
             [("enfant", "text", "Nom de l'enfant"), ("naissance", "date", "Date de naissance"), ("mail", "email", "E-mail")]), decoys={CF}),
        page("/services/lettre-d-information", "Newsletter", m.prose("Abonnez-vous à la lettre hebdomadaire.")
             + '<form class="form form--newsletter" action="/services/lettre-d-information" method="post"><label for="nl">E-mail</label><input id="nl" type="email" name="email"><button type="submit">S\'abonner</button></form>',
             decoys={CF}),
        page("/contact", "Contact", m.prose("Hôtel de ville, du lundi au samedi.") + _vendor_contact("/contact"), {CF}, decoys={S}),
    ]
    www = Site(host, "vendor", "Ville de Villecrose-en-Brie", v,
               menu=[("Ma ville", "/ma-ville/conseil-municipal"), ("Participer", "/participer"), ("Actualités", "/actualites/questionnaire-jeunesse"), ("Contact", "/contact")],
               accounts=[social("facebook", "villecroseenbrie"), social("instagram", "villecrose77"), social("linkedin", "ville-de-villecrose-en-brie")],
               address="Hôtel de ville, 1 place du Général-de-Gaulle, 77540 Villecrose-en-Brie")
    def card(href, title, meta):
        return f'<div class="idc-card"><a class="idc-card__title" href="{href}">{title}</a><p>{meta}</p></div>'
    i = [
        page("/", "Accueil", m.prose("La plateforme citoyenne de Villecrose-en-Brie.") + card("/budget-participatif", "La Fabrique à projets", "Dépôt ouvert")
             + card("/consultations/parc-des-tilleuls", "Le parc des Tilleuls", "Consultation") + card("/petitions", "Pétitions", "2 en cours")),
        page("/budget-participatif", "La Fabrique à projets 2025", m.prose("150 000 € pour vos projets. Dépôt jusqu'au 30 avril, vote en octobre.")
             + m.links([("/budget-participatif/deposer", "Déposer un projet"), ("/budget-participatif/projets", "Les projets déposés")]), {BP}),
        page("/budget-participatif/deposer", "Déposer un projet", m.prose("Décrivez votre projet, son lieu et son coût estimé. Connexion requise.")
             + '<a href="/connexion" class="idc-btn">Se connecter pour déposer</a>', {BP, S}),
        page("/budget-participatif/projets", "Les projets déposés", card("/budget-participatif/projets", "Un terrain de pétanque éclairé", "Quartier Centre · 12 soutiens")
             + card("/budget-participatif/projets", "Des nichoirs dans les écoles", "La Garenne · 8 soutiens"), {BP}),
        page("/consultations/parc-des-tilleuls", "Consultation : le parc des Tilleuls", m.prose("Comment réaménager le parc ? Répondez avant le 31 mai.")
             + m.questionnaire("/consultations/parc-des-tilleuls", "Trois questions.", [("Quels équipements ?", ["Jeux", "Bancs", "Fontaine", "Jardin partagé"], True),
                                                                                        ("Faut-il fermer le parc la nuit ?", ["Oui", "Non"], False)], "idc-consultation"), {PO, P}),
        page("/petitions", "Pétitions", card("/petitions/eclairage-rue-des-ecoles", "Éclairer le chemin des écoles", "312 / 500 signatures")
             + card("/petitions/piste-cyclable-gare", "Une piste cyclable jusqu'à la gare", "146 / 500 signatures")
             + card("/petitions/marche-du-dimanche", "Un marché le dimanche matin", "Close · réponse de la ville"), {PE}),
        page("/petitions/eclairage-rue-des-ecoles", "Éclairer le chemin des écoles", m.prose("Le chemin piéton entre la gare et le groupe scolaire n'est pas éclairé.")
             + m.petition_sign("/petitions/eclairage-rue-des-ecoles", "Éclairer le chemin des écoles", 312, 500), {PE}),
        page("/petitions/piste-cyclable-gare", "Une piste cyclable jusqu'à la gare", m.prose("Relier les Hauts-de-Brie à la gare par une piste sécurisée.")
             + m.petition_sign("/petitions/piste-cyclable-gare", "Une piste cyclable jusqu'à la gare", 146, 500), {PE}),
        # a petition that reached its threshold and was answered: signing is closed
        page("/petitions/marche-du-dimanche", "Un marché le dimanche matin (close)", m.prose(
            "Cette pétition a atteint 500 signatures le 12 janvier. Elle a été débattue au conseil municipal du 6 février, qui a voté un marché d'essai.",
            "Les signatures sont closes."), decoys={PE}),
        # the platform's rules of conduct for contributors, not the town's charter of participation
        page("/charte", "Charte de participation", m.prose("Respect, bienveillance : les contributions sont publiques et modérées par la ville selon ces règles d'usage.",
                                                          "Tout message injurieux, publicitaire ou hors sujet est retiré."), decoys={P}),
        page("/connexion", "Connexion", '<form method="post" action="/connexion"><label>E-mail<input type="email" name="email"></label><label>Mot de passe<input type="password" name="password"></label><button>Connexion</button></form>', decoys={CF}),
        page("/inscription", "Créer un compte", m.registration_form("/inscription", "Créer un compte", [("email", "email", "E-mail"), ("pseudo", "text", "Pseudo"), ("password", "password", "Mot de passe")]), decoys={CF}),
    ]
    space = Site(idc, "vendor", "Villecrose, à vous la parole", i, menu=[("Budget participatif", "/budget-participatif"), ("Consultations", "/consultations/parc-des-tilleuls"), ("Pétitions", "/petitions")],
                 features=frozenset({PL}), platforms=frozenset({"id-city"}))
    _custom(space, m.idcity_layout)
    n = [
        page("/", "Voisins de Villecrose", m.prose("Le réseau social des habitants de Villecrose : 1 840 voisins inscrits.")
             + m.links([("/groupes/les-tilleuls", "Groupe du quartier des Tilleuls"), ("/annonces/pret-d-outils", "Prêt d'outils")])),
        page("/groupes/les-tilleuls", "Groupe : quartier des Tilleuls", m.prose("312 membres. Dernier message : « Qui a vu un chat tigré rue des Lilas ? »")),
        page("/annonces/pret-d-outils", "Prêt d'outils", m.prose("Perceuse, échelle, taille-haie : prêtez et empruntez entre voisins.")),
    ]
    network = Site(vois, "community", "Voisins de Villecrose", n, menu=[("Accueil", "/"), ("Groupes", "/groupes/les-tilleuls"), ("Annonces", "/annonces/pret-d-outils")],
                   features=frozenset({TSN}))
    return City("99557", "Villecrose-en-Brie", 18600, "77", "11", "Île-de-France", f"http://{host}/", [www, space, network])


# ---- 99558 Champvernay: TYPO3, a Jenparle space and a home-made residents' board ------------------------------

def champvernay() -> City:
    host, jp, trib = "www.champvernay.fr", "champvernay.jenparle.net", "tribune.champvernay.fr"
    news = [("/vivre-ensemble/appel-a-idees-parc-du-moulin", "Parc du Moulin : appel à idées", "6 mars", "Imaginez le parc de demain."),
            ("/actualites/city-stade-inaugure", "Le city-stade est inauguré", "3 mars", "Un projet du conseil municipal des jeunes."),
            ("/actualites/budget-participatif-doubs", "Le budget participatif du Doubs", "20 février", "Le Département ouvre sa 3e édition."),
            ("/actualites/enquete-publique-zac", "Enquête publique ZAC des Vergers", "10 février", "Permanences en mairie."),
            ("/vivre-ensemble/questionnaire-mobilite", "Mobilités : répondez au questionnaire", "2 février", "Avant le 15 mars.")]
    events = [("/mairie/conseil-municipal", "Conseil municipal", "10 avril"), ("/actualites/forum-emploi", "Forum de l'emploi", "24 avril"),
              ("/vivre-ensemble/conseil-municipal-des-jeunes", "Séance du CMJ", "30 avril")]
    t = [
        page("/", "Accueil", _home(["Champvernay, 6 200 habitants, aux portes de Besançon, entre Doubs et forêt de Chailluz."],
                                   [("/vivre-ensemble/instances-participatives", "Participer"), ("/contact", "Contact"), ("/services/periscolaire", "Périscolaire"),
                                    ("/services/paiement", "Paiement en ligne"), ("/mairie/finances", "Finances"), ("/vivre-ensemble/tribune-des-habitants", "Tribune des habitants")],
                                   news, events)),
        page("/mairie/conseil-municipal", "Conseil municipal", m.prose("Séance publique le 10 avril à 20 h : compte de gestion, budget, tarifs périscolaires."), decoys={P}),
        page("/mairie/finances", "Finances communales", m.prose("Budget primitif 2025 : 7,8 M€. Compte administratif 2024 voté en juin."), decoys={BP}),
        page("/vivre-ensemble/instances-participatives", "Vivre ensemble : les instances participatives", m.prose(
            "La commune associe ses habitants par un conseil municipal des jeunes, un conseil des sages, des appels à idées, des questionnaires "
            "et l'application Jenparle.")
             + m.links([("/vivre-ensemble/conseil-municipal-des-jeunes", "Conseil municipal des jeunes"), ("/vivre-ensemble/conseil-des-sages", "Conseil des sages"),
                        ("/vivre-ensemble/jenparle", "L'application Jenparle"), ("/vivre-ensemble/questionnaire-mobilite", "Questionnaire mobilité"),
                        ("/vivre-ensemble/appel-a-idees-parc-du-moulin", "Appel à idées : parc du Moulin"), ("/vivre-ensemble/appel-a-idees-2023-bilan", "Appel à idées 2023 : le bilan")]), {P}),
        # a youth council: a standing body of young residents consulted by the town
        page("/vivre-ensemble/conseil-municipal-des-jeunes", "Conseil municipal des jeunes", m.prose(
            "Vingt jeunes de 9 à 14 ans élus pour deux ans. Ils sont consultés sur les projets qui les concernent et mènent leurs propres actions (city-stade, fête du jeu)."), {P}),
        page("/vivre-ensemble/conseil-des-sages", "Conseil des sages", m.prose(
            "Quinze habitants de plus de 60 ans donnent au maire leur avis sur le cadre de vie, la mobilité et le lien entre générations."), {P}),
        page("/vivre-ensemble/jenparle", "L'application Jenparle", m.prose(
            "Consultations, boîte à idées : participez depuis votre téléphone avec Jenparle.", f"<a href='http://{jp}/'>Accéder à l'espace de Champvernay</a>"), {P}, decoys={PL}),
        # the town's page about the residents' board, pointing to it: not the board itself
        page("/vivre-ensemble/tribune-des-habitants", "La tribune des habitants", m.prose(
            "La tribune des habitants est un espace de discussion libre, modéré par la mairie.", f"<a href='http://{trib}/'>Aller sur la tribune</a>"), decoys={F}),
        page("/vivre-ensemble/questionnaire-mobilite", "Mobilités : votre avis", m.prose("Questionnaire ouvert jusqu'au 15 mars.") + m.framaforms("champvernay-mobilites-2025-1712345678"), {PO}),
        page("/vivre-ensemble/appel-a-idees-parc-du-moulin", "Parc du Moulin : appel à idées", m.prose(
            "Le parc du Moulin va être réaménagé. Jusqu'au 30 avril, proposez vos idées : jeux, nature, sport, détente.")
             + m.typo3_form("appelIdees-412", "/vivre-ensemble/appel-a-idees-parc-du-moulin", [("nom", "text", "Nom"), ("email", "email", "E-mail"),
                                                                                                ("idee", "textarea", "Votre idée pour le parc")], "Proposer"), {S, CF}),
        # a call for ideas that closed last year: its summary, no way to contribute
        page("/vivre-ensemble/appel-a-idees-2023-bilan", "Appel à idées 2023 : le bilan", m.prose(
            "L'appel à idées sur les entrées de ville est clos. 87 idées ont été reçues ; douze ont été retenues, dont les vergers de la rue de Besançon."), decoys={S}),
        page("/actualites/city-stade-inaugure", "Le city-stade est inauguré", m.prose(
            "Projet porté par le conseil municipal des jeunes, le city-stade de la rue des Prés a été inauguré samedi en présence de cent cinquante habitants.",
            "Il est ouvert tous les jours de 9 h à 21 h.") + m.disqus("champvernay-fr", "actu-city-stade", "http://www.champvernay.fr/actualites/city-stade-inaugure"), {CO}),
        page("/actualites/budget-participatif-doubs", "Le budget participatif du Doubs", m.prose(
            "Le Département du Doubs ouvre la troisième édition de son budget participatif. Les projets se déposent sur le site du Département."), decoys={BP}),
        page("/actualites/enquete-publique-zac", "Enquête publique ZAC des Vergers", m.prose("Le registre d'enquête publique est en mairie du 10 février au 12 mars."), decoys={PO}),
        page("/actualites/forum-emploi", "Forum de l'emploi", m.prose("Forum de l'emploi du Grand Besançon le 24 avril, salle des fêtes.")
             + m.links([("/actualites/appel-offres-gymnase", "Appel d'offres : rénovation du gymnase")]), decoys={F}),
        page("/actualites/appel-offres-gymnase", "Appel d'offres : rénovation du gymnase", m.prose("Marché de travaux en six lots. Offres avant le 28 mars."), decoys={S}),
        page("/services/periscolaire", "Périscolaire", m.registration_form("/services/periscolaire", "Inscription", [("enfant", "text", "Enfant"), ("ecole", "text", "École"), ("mail", "email", "E-mail")]),
             decoys={CF}),
        page("/services/paiement", "Paiement en ligne", m.payfip_form("/services/paiement"), decoys={CF}),
        page("/contact", "Contact", m.typo3_form("contact-88", "/contact", [("name", "text", "Nom"), ("email", "email", "E-mail"), ("message", "textarea", "Message")]), {CF}, decoys={S}),
    ]
    www = Site(host, "typo3", "Commune de Champvernay", t,
               menu=[("Mairie", "/mairie/conseil-municipal"), ("Vivre ensemble", "/vivre-ensemble/instances-participatives"), ("Contact", "/contact")],
               accounts=[social("facebook", "champvernay"), social("mastodon", "champvernay@social.sciences.re", "https://social.sciences.re/@champvernay")],
               address="Mairie, 5 rue de l'Église, 25870 Champvernay")
    j = [
        page("/", "Accueil", m.prose("L'espace de participation de Champvernay.") + m.links([("/consultations", "Consultations"), ("/boite-a-idees", "Boîte à idées")])),
        page("/consultations", "Consultations", m.links([("/consultations/rythmes-scolaires", "Rythmes scolaires (en cours)"), ("/consultations/parking-gare", "Parking de la gare (terminée)")])),
        page("/consultations/rythmes-scolaires", "Rythmes scolaires", m.questionnaire("/consultations/rythmes-scolaires", "Semaine de quatre jours ou quatre jours et demi ?",
             [("Votre préférence", ["4 jours", "4 jours et demi", "Sans avis"], False)], "jp-survey"), {PO}),
        page("/consultations/parking-gare", "Parking de la gare : résultats", m.results_table("Faut-il rendre le parking payant ?", [("Oui", 40, 21), ("Non", 150, 79)], "Consultation terminée."),
             decoys={PO}),
        page("/boite-a-idees", "Boîte à idées", m.prose("Proposez vos idées pour Champvernay ; la mairie répond à chacune.") + '<a class="jp-btn" href="/connexion">Proposer une idée</a>'
             + m.links([("/boite-a-idees/idee-12", "Des toilettes publiques au parc du Moulin (18 soutiens)")]), {S}),
        page("/boite-a-idees/idee-12", "Des toilettes publiques au parc du Moulin", m.prose("Proposée par Hélène M. · 18 soutiens · Réponse de la mairie : à l'étude.")
             + '<section class="jp-comments"><h2>Commentaires (2)</h2><div class="jp-comment"><strong>Thierry</strong><p>Indispensable avec l\'aire de jeux.</p></div>'
               '<div class="jp-comment"><strong>Mairie de Champvernay</strong><p>Le projet sera intégré au réaménagement du parc.</p></div>'
               '<form class="jp-comment-form" method="post" action="/boite-a-idees/idee-12/commenter"><label for="jp-c">Votre commentaire</label>'
               '<textarea id="jp-c" name="commentaire" rows="3"></textarea><button type="submit">Publier</button></form></section>', {CO}),
        page("/connexion", "Connexion", '<form method="post" action="/connexion"><input type="email" name="email"><input type="password" name="password"><button>Connexion</button></form>', decoys={CF}),
    ]
    space = Site(jp, "vendor", "Champvernay", j, menu=[("Consultations", "/consultations"), ("Boîte à idées", "/boite-a-idees")],
                 features=frozenset({PL}), platforms=frozenset({"jenparle"}))
    _custom(space, m.jenparle_layout)
    b = [
        page("/", "Tribune des habitants", m.board_index([("/rubrique.php?id=1", "Vie de la commune", "Travaux, fêtes, écoles", 24, 131, "8 mars"),
                                                          ("/rubrique.php?id=2", "Entraide", "Covoiturage, prêts, services", 11, 40, "5 mars")])
             + m.links([("/charte.php", "Charte de la tribune"), ("/inscription.php", "S'inscrire")]), {F}),
        page("/rubrique.php?id=1", "Vie de la commune", m.board_topics([("/sujet.php?id=14", "Le city-stade est-il ouvert le soir ?", "Lucas25", 5, "8 mars"),
                                                                       ("/sujet.php?id=15", "Bruit de la ZA la nuit", "M. Perrin", 7, "4 mars")], "/inscription.php"), {F}),
        page("/rubrique.php?id=2", "Entraide", m.board_topics([("/sujet.php?id=22", "Covoiturage vers Besançon", "Julie B.", 3, "5 mars")], "/inscription.php"), {F}),
        page("/sujet.php?id=14", "Le city-stade est-il ouvert le soir ?", m.board_thread([("Lucas25", "7 mars", "Jusqu'à quelle heure peut-on jouer ?"), ("Mairie", "8 mars", "Jusqu'à 21 h.")], "/sujet.php?id=14", 14), {F}),
        page("/sujet.php?id=15", "Bruit de la ZA la nuit", m.board_thread([("M. Perrin", "3 mars", "Des camions manœuvrent à 4 h."), ("Sylvie", "4 mars", "Pareil rue des Prés.")], "/sujet.php?id=15", 15), {F}),
        page("/sujet.php?id=22", "Covoiturage vers Besançon", m.board_thread([("Julie B.", "5 mars", "Je pars à 7 h 30, une place.")], "/sujet.php?id=22", 22), {F}),
        page("/charte.php", "Charte de la tribune", m.prose("Restez courtois ; pas de propos injurieux, diffamatoires ou publicitaires.",
                    "Les messages sont publiés immédiatement et la mairie modère a posteriori ; un message contraire à la charte est retiré.",
                    "Pour les demandes adressées aux services municipaux (voirie, état civil), utilisez plutôt le formulaire de contact du site de la commune."), decoys={F}),
        page("/inscription.php", "Inscription", m.registration_form("/inscription.php", "Créer un compte", [("pseudo", "text", "Pseudo"), ("email", "email", "E-mail")]), decoys={CF, F}),
    ]
    board = Site(trib, "vendor", "Tribune des habitants de Champvernay", b, menu=[("Accueil", "/"), ("Vie de la commune", "/rubrique.php?id=1"), ("Entraide", "/rubrique.php?id=2")])
    _custom(board, m.board_layout)
    return City("99558", "Champvernay", 6200, "25", "27", "Bourgogne-Franche-Comté", f"http://{host}/", [www, space, board])


def cities():
    return [plouvenerec(), vaulmoirans(), brassoncourt(), escaramont(), sorvillac(), morne_caradel(), villecrose(), champvernay()]


def hosts():
    if not _CUSTOM:
        cities()
    return dict(_CUSTOM)
