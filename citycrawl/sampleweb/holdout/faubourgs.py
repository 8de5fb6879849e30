"""The seventh part of the holdout: eight communes, 98601-98608, with their own markup (``faubourgs_markup``).

Labelled from docs/CODEBOOK.md alone: ``features`` are the codes a page holds, ``decoys`` the codes it looks
close to but does not hold. A borderline page carries a one-line comment with the codebook's reason. Every layout
(CMS or platform chrome) is this part's own, registered by ``faubourgs_markup``.

- 98601 Montvézin-sur-Ardière (Rhône, 212,400): a Stratis-built site (TYPO3 underneath) with a Stratis contact
  form, démocratie participative pages (conseils de quartier, conseil municipal des jeunes, budget participatif) and
  a Decidim platform, concertation.montvezin-sur-ardiere.fr (budget, proposals, a survey, assemblies, initiatives).
- 98602 Orbessac-les-Pins (Gironde, 64,800): WordPress with GeneratePress (a YOP Poll sidebar widget, native
  comments, a Fluent Forms contact form, a Brevo newsletter form) and a Fluicity space,
  orbessac-les-pins.flui.city (ideas, a sondage).
- 98603 Sarlenne (Nord, 138,500): Drupal 10 (core comments, Webform contact form and questionnaire), a conseil
  citoyen, the winners of its budget participatif, and a CONSUL Democracy platform, decidez.ville-sarlenne.fr
  (proposals, participatory budget, votations).
- 98604 Trévallon-sur-Oust (Morbihan, 23,400): SPIP with the Soyezcréateurs skeleton (forums under articles, an
  idea box, a Framaforms questionnaire), a conseil des sages, a mailto-only contact page; no social account.
- 98605 Beaumesnil-Sainte-Croix (Seine-Maritime, 41,200): Joomla 5 with a T4 template (a poll module, com_contact,
  the city's own petition space with signatures, a "proposez vos idées" form, a Google Forms survey).
- 98606 Lavandières-du-Mont (Isère, 87,300): TYPO3 (form framework, Hyvor Talk comments), a concertation préalable,
  an appel à projets citoyens, a LimeSurvey survey on enquetes.lavandieres-du-mont.fr, and a Cap Collectif platform,
  lavandieres-du-mont.cap-collectif.com (budget participatif, questionnaire).
- 98607 Pontarlève (Doubs, 298,000): Inovagora's CMS with a charte de la participation, a Publik e-services portal
  (demarches.pontarleve.fr, contact form) and the city's own white-label platform "Pontarlève Ensemble",
  ensemble.pontarleve.fr (budget participatif, droit d'interpellation, a questionnaire).
- 98608 Plérivel (Côtes-d'Armor, 31,600): Kosmos's K-Sup (contact form, Disqus comments), its approach under its
  own brand ("Plérivel en commun"), a participatory budget known only as "Les Pépites de quartier", an SMF board
  (forum.plerivel.fr) and the neighbours' network the commune runs with Smiile (entraide.plerivel.fr).
"""
from ..site import City, Site, page, social
from . import faubourgs_markup as m
from .faubourgs_markup import THEME, field, iframe, links, rgpd, teasers

REGIONS = {"69": ("84", "Auvergne-Rhône-Alpes"), "33": ("75", "Nouvelle-Aquitaine"), "59": ("32", "Hauts-de-France"),
           "56": ("53", "Bretagne"), "76": ("28", "Normandie"), "38": ("84", "Auvergne-Rhône-Alpes"),
           "25": ("27", "Bourgogne-Franche-Comté"), "22": ("53", "Bretagne")}
PLATFORM = frozenset({"participatory_platform"})
NETWORK = frozenset({"territorial_social_network"})
BOARD = frozenset({"forum"})


def _city(code, name, population, departement, sites, **kw):
    region, region_name = REGIONS[departement]
    return City(code, name, population, departement, region, region_name, f"http://{sites[0].host}/", sites,
                population_year=2022, **kw)


def hosts():
    """No page of this part is drawn by a script."""
    return {}


def cities():
    return [montvezin(), orbessac(), sarlenne(), trevallon(), beaumesnil(), lavandieres(), pontarleve(), plerivel()]


def _legal(path, publisher, host_name, extra=""):
    return page(path, "Mentions légales", f"""
<h2>Éditeur du site</h2><p>{publisher}. Directeur de la publication : le maire. Responsable éditorial : le service communication.</p>
<h2>Hébergement</h2><p>{host_name}</p>
<h2>Propriété intellectuelle</h2><p>Les textes, photographies et illustrations de ce site sont la propriété de la Ville ou de leurs auteurs. Toute reproduction doit mentionner la source.</p>
<h2>Données personnelles</h2><p>Les informations recueillies par les formulaires sont destinées aux seuls services municipaux concernés. Conformément au règlement général sur la protection des données, vous pouvez exercer vos droits d'accès, de rectification et d'opposition auprès du délégué à la protection des données de la Ville.</p>
<h2>Cookies</h2><p>Le site utilise des cookies de mesure d'audience anonymisée. Vous pouvez modifier vos choix à tout moment depuis le gestionnaire de cookies.</p>{extra}""")


def _accessibility(path, rate, audited, scheme_year):
    return page(path, "Accessibilité", f"""
<p>La Ville s'engage à rendre son site internet accessible conformément à l'article 47 de la loi n° 2005-102 du 11 février 2005.</p>
<h2>État de conformité</h2><p>Le site est <strong>partiellement conforme</strong> avec le référentiel général d'amélioration de l'accessibilité (RGAA), version 4.1, en raison des non-conformités énumérées ci-dessous.</p>
<h2>Résultats des tests</h2><p>L'audit réalisé en {audited} révèle que {rate} % des critères du RGAA sont respectés.</p>
<h2>Contenus non accessibles</h2><ul><li>Certains documents PDF anciens ne sont pas balisés.</li><li>Certaines vidéos ne disposent pas de sous-titres.</li><li>Des cartes interactives n'ont pas d'alternative textuelle complète.</li></ul>
<h2>Schéma pluriannuel</h2><p>Un schéma pluriannuel de mise en accessibilité {scheme_year} est en cours d'exécution.</p>
<h2>Voies de recours</h2><p>Si vous constatez un défaut d'accessibilité vous empêchant d'accéder à un contenu, vous pouvez saisir le Défenseur des droits.</p>""")


# =================================================================================================
# 98601 Montvézin-sur-Ardière: a Stratis site, a Decidim platform


def montvezin():
    host = "www.montvezin-sur-ardiere.fr"
    platform = "http://concertation.montvezin-sur-ardiere.fr"
    actu = ("Actualités", "/actualites")
    ville = ("Ma ville", "/ma-ville")
    participer = ("Participer", "/participer")
    pages = [
        page("/", "Bienvenue à Montvézin-sur-Ardière", f"""
<section class="home-news"><h2 class="home-title">À la une</h2>{teasers([
    ("/actualites/groupe-scolaire-jules-ferry-deuxieme-phase", "Groupe scolaire Jules-Ferry : le chantier entre dans sa deuxième phase", "12 mai 2025", "Désamiantage terminé, la reconstruction de l'aile nord commence."),
    ("/actualites/ligne-c7-un-bus-toutes-les-8-minutes", "Ligne C7 : un bus toutes les 8 minutes dès septembre", "5 mai 2025", "Le nouveau tracé dessert la gare et le quartier des Brotteaux."),
    ("/actualites/plan-canicule-registre", "Plan canicule : inscrivez vos proches sur le registre", "28 avril 2025", "Le CCAS appelle les personnes isolées pendant les fortes chaleurs."),
    ("/actualites/mediatheque-nouveaux-horaires", "Médiathèque Louise-Labé : nouveaux horaires", "22 avril 2025", "Ouverture le dimanche après-midi d'octobre à avril.")])}
<p class="more"><a href="/actualites">Toutes les actualités</a></p></section>
<section class="home-agenda"><h2 class="home-title">Agenda</h2>{teasers([
    ("/agenda/fete-de-quartier-des-brotteaux", "Fête de quartier des Brotteaux", "Samedi 14 juin 2025", "Jeux, concerts et repas partagé au parc de la Sucrerie.")], "list-agenda")}
<p class="more"><a href="/agenda">Tout l'agenda</a></p></section>
<section class="home-quick"><h2 class="home-title">En un clic</h2>{links([
    ("/demarches", "Mes démarches"), ("/participer", "Je participe"), ("/ma-ville/marches-publics", "Marchés publics"),
    ("/lettre-d-information", "Recevoir la lettre d'information"), ("/suivez-nous", "La ville sur les réseaux sociaux"),
    ("/plan-du-site", "Plan du site")], "quick-links")}</section>"""),
        page("/actualites", "Actualités", teasers([
            ("/actualites/groupe-scolaire-jules-ferry-deuxieme-phase", "Groupe scolaire Jules-Ferry : le chantier entre dans sa deuxième phase", "12 mai 2025", "Éducation, Travaux"),
            ("/actualites/ligne-c7-un-bus-toutes-les-8-minutes", "Ligne C7 : un bus toutes les 8 minutes dès septembre", "5 mai 2025", "Mobilités"),
            ("/actualites/plan-canicule-registre", "Plan canicule : inscrivez vos proches sur le registre", "28 avril 2025", "Solidarités"),
            ("/actualites/mediatheque-nouveaux-horaires", "Médiathèque Louise-Labé : nouveaux horaires", "22 avril 2025", "Culture")])
            + '<nav class="pager" aria-label="Pagination"><span class="pager__current">1</span></nav>'),
        # a long news item: the conseil de quartier is mentioned in passing, the page does not present the approach
        page("/actualites/groupe-scolaire-jules-ferry-deuxieme-phase", "Groupe scolaire Jules-Ferry : le chantier entre dans sa deuxième phase", """
<p class="date">Publié le 12 mai 2025 — Éducation, Travaux</p>
<p class="chapo">Après huit mois de désamiantage et de démolition, la reconstruction de l'aile nord du groupe scolaire Jules-Ferry a commencé. Les 412 élèves retrouveront une école entièrement rénovée à la rentrée 2026.</p>
<h2>Un chantier en site occupé</h2>
<p>Le groupe scolaire, construit en 1962, accueille onze classes élémentaires et six classes maternelles. Pour ne pas déplacer les enfants pendant deux années scolaires, la Ville a choisi de phaser les travaux : l'aile sud, rénovée en 2024, accueille depuis septembre l'ensemble des classes, tandis que l'aile nord est reconstruite. Les entrées ont été séparées et un cheminement protégé relie le portail de la rue Jacquard aux classes.</p>
<p>Les nuisances sonores les plus importantes, liées au sciage des dalles, ont été programmées pendant les vacances de printemps. Les livraisons sont interdites entre 8 h 15 et 8 h 45 puis entre 16 h 15 et 16 h 45.</p>
<h2>Ce qui change pour les familles</h2>
<p>Le restaurant scolaire déménage provisoirement dans le gymnase Pasteur jusqu'en décembre. Les enfants y sont accompagnés à pied par les animateurs. L'accueil périscolaire du matin reste assuré dans la salle polyvalente.</p>
<p>Le parking de la rue Jacquard est fermé au public ; une dépose-minute de douze places a été aménagée boulevard des Canuts.</p>
<h2>Une école plus sobre</h2>
<p>Le bâtiment sera raccordé au réseau de chaleur urbain et équipé de 340 m² de panneaux photovoltaïques. La cour, aujourd'hui entièrement bitumée, sera en partie désimperméabilisée et plantée de vingt-deux arbres. Le projet de cour avait été présenté aux parents d'élèves et au conseil de quartier Centre-Gare lors de sa réunion de novembre.</p>
<h2>Le calendrier</h2>
<ul><li>Mai à décembre 2025 : gros œuvre de l'aile nord ;</li><li>janvier à juin 2026 : second œuvre et aménagements intérieurs ;</li><li>juillet-août 2026 : cour et espaces verts ;</li><li>septembre 2026 : rentrée dans l'école rénovée.</li></ul>
<p>Coût de l'opération : 9,8 M€ TTC, dont 2,1 M€ de subventions de l'État (DSIL) et de la Région.</p>
<p><a href="/actualites">Retour aux actualités</a></p>""", decoys={"participation_displayed"}, parent=actu),
        # a news item that names the platform in passing
        page("/actualites/ligne-c7-un-bus-toutes-les-8-minutes", "Ligne C7 : un bus toutes les 8 minutes dès septembre", f"""
<p class="date">Publié le 5 mai 2025 — Mobilités</p>
<p class="chapo">À partir du 1er septembre, la ligne C7 du réseau métropolitain passera toutes les 8 minutes en heure de pointe et desservira la gare et le quartier des Brotteaux.</p>
<p>Le nouveau tracé emprunte le boulevard des Canuts puis la rue de la Sucrerie, où quatre arrêts accessibles aux personnes à mobilité réduite sont en cours d'aménagement. Les travaux de voirie ont lieu de nuit jusqu'au 27 juin.</p>
<p>Le tracé définitif tient compte des 640 avis recueillis l'an dernier sur <a href="{platform}/">concertation.montvezin-sur-ardiere.fr</a>, la plateforme Decidim de la Ville. Les horaires détaillés seront publiés par l'exploitant fin août.</p>
<p><a href="/actualites">Retour aux actualités</a></p>""", decoys={"participatory_platform", "participation_displayed"}, parent=actu),
        page("/actualites/plan-canicule-registre", "Plan canicule : inscrivez vos proches sur le registre", """
<p class="date">Publié le 28 avril 2025 — Solidarités</p>
<p>Du 1er juin au 15 septembre, le centre communal d'action sociale tient un registre des personnes âgées, isolées ou en situation de handicap vivant à domicile. En cas d'alerte canicule, les personnes inscrites sont appelées chaque jour.</p>
<p>L'inscription se fait par téléphone au 04 78 00 21 21 ou à l'accueil du CCAS, 4 place de la Mairie, par la personne elle-même ou par un proche.</p>""", parent=actu),
        page("/actualites/mediatheque-nouveaux-horaires", "Médiathèque Louise-Labé : nouveaux horaires", """
<p class="date">Publié le 22 avril 2025 — Culture</p>
<p>La médiathèque ouvrira désormais le dimanche de 14 h à 18 h, d'octobre à avril. En contrepartie, elle fermera le mardi matin, réservé à l'accueil des classes.</p>
<table class="horaires"><caption>Horaires à partir du 1er octobre</caption><tr><th>Mardi</th><td>14 h – 19 h</td></tr><tr><th>Mercredi</th><td>10 h – 18 h</td></tr><tr><th>Jeudi et vendredi</th><td>14 h – 19 h</td></tr><tr><th>Samedi</th><td>10 h – 18 h</td></tr><tr><th>Dimanche</th><td>14 h – 18 h</td></tr></table>""", parent=actu),
        page("/agenda", "Agenda", teasers([
            ("/agenda/fete-de-quartier-des-brotteaux", "Fête de quartier des Brotteaux", "14 juin 2025", "Parc de la Sucrerie"),
            ("/ma-ville/conseil-municipal", "Séance du conseil municipal", "19 mai 2025, 18 h 30", "Salle du conseil, hôtel de ville")], "list-agenda")),
        page("/agenda/fete-de-quartier-des-brotteaux", "Fête de quartier des Brotteaux", """
<p class="event-date">Samedi 14 juin 2025, de 11 h à 22 h — Parc de la Sucrerie</p>
<p>Le centre social des Brotteaux et les associations du quartier vous donnent rendez-vous pour une journée festive : structures gonflables, initiation au hip-hop, scène ouverte, repas partagé (chacun apporte un plat) et concert de clôture du groupe Les Traboules.</p>
<p>Entrée libre. Accès : bus C7, arrêt Sucrerie.</p>""", parent=("Agenda", "/agenda")),
        page("/demarches", "Démarches", f"""
<p>Retrouvez ici les démarches les plus demandées. Certaines se font en ligne, d'autres nécessitent un rendez-vous à l'hôtel de ville.</p>
<h2>État civil et citoyenneté</h2>{links([
    ("https://www.service-public.fr/particuliers/vosdroits/N358", "Carte d'identité et passeport : prendre rendez-vous"),
    ("https://www.service-public.fr/particuliers/vosdroits/R1406", "Demander un acte de naissance"),
    ("https://www.service-public.fr/particuliers/vosdroits/R16396", "S'inscrire sur les listes électorales")])}
<h2>Urbanisme</h2>{links([("https://www.service-public.fr/particuliers/vosdroits/F1986", "Déposer une demande d'autorisation d'urbanisme")])}
<h2>Enfance</h2><p>Les inscriptions scolaires et périscolaires se font auprès du service Éducation, au rez-de-chaussée de l'hôtel de ville.</p>
<p>Une question ? <a href="/contact">Contactez-nous</a>.</p>"""),
        page("/contact", "Nous contacter", f"""
<p>Vous pouvez joindre le standard de l'hôtel de ville au 04 78 00 20 00, du lundi au vendredi de 8 h 30 à 17 h 30, ou nous écrire avec le formulaire ci-dessous.</p>
<form class="form form--contact" id="contact-form" action="/contact?tx_form_formframework%5Baction%5D=perform&amp;tx_form_formframework%5Bcontroller%5D=FormFrontend" method="post" enctype="multipart/form-data">
<p class="form__mandatory">Les champs marqués d'un astérisque sont obligatoires.</p>
<fieldset class="form__fieldset"><legend class="form__legend">Vos coordonnées</legend>
{field("radio", "tx_form_formframework[contact-3][civilite]", "Civilité", options=("Madame", "Monsieur"), cls="form__field-wrapper")}
{field("text", "tx_form_formframework[contact-3][nom]", "Nom", True, cls="form__field-wrapper")}
{field("text", "tx_form_formframework[contact-3][prenom]", "Prénom", True, cls="form__field-wrapper")}
{field("email", "tx_form_formframework[contact-3][email]", "Courriel", True, cls="form__field-wrapper")}
{field("tel", "tx_form_formframework[contact-3][telephone]", "Téléphone", cls="form__field-wrapper")}</fieldset>
<fieldset class="form__fieldset"><legend class="form__legend">Votre message</legend>
{field("select", "tx_form_formframework[contact-3][service]", "Service concerné", True, ("Accueil - État civil", "Éducation", "Voirie - Propreté", "Urbanisme", "Culture", "Autre"), cls="form__field-wrapper")}
{field("text", "tx_form_formframework[contact-3][objet]", "Objet", True, cls="form__field-wrapper")}
{field("textarea", "tx_form_formframework[contact-3][message]", "Message", True, cls="form__field-wrapper")}</fieldset>
<div class="form__field-wrapper form__field-wrapper--checkbox"><input type="checkbox" id="rgpd" name="tx_form_formframework[contact-3][rgpd]" value="1" required><label for="rgpd">J'accepte que mes données soient utilisées pour traiter ma demande.</label></div>
<div class="form__field-wrapper form__field-wrapper--captcha"><label for="captcha">Recopiez le code affiché</label><input type="text" id="captcha" name="tx_form_formframework[contact-3][captcha]"></div>
<div class="form__actions"><button type="submit" class="btn btn--primary">Envoyer</button></div>
</form>""", features={"contact_form"}),
        page("/ma-ville", "Ma ville", links([
            ("/ma-ville/conseil-municipal", "Le conseil municipal"), ("/ma-ville/budget", "Le budget de la ville"),
            ("/ma-ville/marches-publics", "Marchés publics"), ("/participer", "Participer à la vie locale")])
            + "<p>Montvézin-sur-Ardière compte 212 400 habitants répartis dans neuf quartiers, de la Croix-Verte aux rives de l'Ardière.</p>"),
        # the municipal council's agenda and minutes: not the participatory approach
        page("/ma-ville/conseil-municipal", "Le conseil municipal", """
<p>Le conseil municipal compte 59 élus. Il se réunit au moins une fois par trimestre en séance publique, salle du conseil de l'hôtel de ville. Les séances sont retransmises en direct sur le site de la Ville.</p>
<h2>Prochaine séance</h2><p>Lundi 19 mai 2025 à 18 h 30. Ordre du jour : compte de gestion 2024, tarifs de la restauration scolaire, convention avec la Métropole pour la ligne C7, dénomination de voies.</p>
<h2>Procès-verbaux</h2><ul><li><a href="/ma-ville/conseil-municipal/seance-du-24-mars-2025">Séance du 24 mars 2025</a></li></ul>
<p>Les délibérations sont affichées à l'hôtel de ville et consultables au service des assemblées.</p>""",
             decoys={"participation_displayed"}, parent=ville),
        page("/ma-ville/conseil-municipal/seance-du-24-mars-2025", "Procès-verbal de la séance du 24 mars 2025", """
<p>L'an deux mille vingt-cinq, le vingt-quatre mars à dix-huit heures trente, le conseil municipal s'est réuni sous la présidence de M. le Maire. Présents : 52. Pouvoirs : 5. Absents : 2.</p>
<h2>Délibération 2025-031 : budget primitif 2025</h2><p>Le conseil adopte le budget primitif 2025 par 45 voix pour et 12 contre.</p>
<h2>Délibération 2025-032 : subventions aux associations</h2><p>Adoptée à l'unanimité.</p>
<h2>Délibération 2025-033 : règlement intérieur des conseils de quartier</h2><p>Le conseil adopte la modification de l'article 6 (durée du mandat des membres tirés au sort). Adoptée par 50 voix pour, 7 abstentions.</p>
<p>La séance est levée à 21 h 10.</p>""", decoys={"participation_displayed"}, parent=("Le conseil municipal", "/ma-ville/conseil-municipal")),
        # the ordinary budget, though it names the participatory budget's envelope
        page("/ma-ville/budget", "Le budget 2025", """
<p>Le budget primitif 2025, voté le 24 mars, s'élève à 287,4 M€ : 214,1 M€ en fonctionnement et 73,3 M€ en investissement.</p>
<h2>Les grandes masses</h2><table><tr><th>Charges de personnel</th><td>118,6 M€</td></tr><tr><th>Charges à caractère général</th><td>41,2 M€</td></tr><tr><th>Subventions et participations</th><td>27,9 M€</td></tr><tr><th>Dépenses d'équipement</th><td>61,0 M€</td></tr><tr><th>Remboursement de la dette</th><td>12,3 M€</td></tr></table>
<h2>Les principaux investissements</h2><ul><li>Groupe scolaire Jules-Ferry : 5,4 M€</li><li>Voirie et pistes cyclables : 8,7 M€</li><li>Rénovation énergétique des bâtiments : 4,9 M€</li><li>Enveloppe du budget participatif : 1 M€</li></ul>
<p>Les taux d'imposition restent inchangés pour la sixième année consécutive. Le compte administratif 2024 sera présenté en juin.</p>""",
             decoys={"participatory_budget"}, parent=ville),
        page("/ma-ville/marches-publics", "Marchés publics", """
<p>Les consultations de la Ville sont publiées sur son profil d'acheteur. Les dossiers de consultation des entreprises sont téléchargeables gratuitement.</p>
<h2>Appels d'offres en cours</h2>
<table class="marches"><thead><tr><th>Objet</th><th>Procédure</th><th>Date limite de remise des offres</th></tr></thead><tbody>
<tr><td>Réfection de la toiture du gymnase Pasteur</td><td>Procédure adaptée</td><td>12 juin 2025, 12 h</td></tr>
<tr><td>Fourniture de repas pour la restauration scolaire (2026-2029)</td><td>Appel d'offres ouvert</td><td>30 juin 2025, 12 h</td></tr>
<tr><td>Maintenance des installations d'éclairage public</td><td>Appel d'offres ouvert</td><td>7 juillet 2025, 12 h</td></tr></tbody></table>
<p>Profil d'acheteur : <a href="https://www.marches-securises.fr/">marches-securises.fr</a>.</p>""",
             decoys={"suggestion_call"}, parent=ville),
        page("/participer", "Participer à la vie locale", f"""
<p class="chapo">La démocratie participative est au cœur du projet municipal : chaque habitant peut donner son avis, proposer, décider. Voici les instances et les outils à votre disposition.</p>
<div class="list-instances">
<h2><a href="/participer/conseils-de-quartier">Les neuf conseils de quartier</a></h2><p>Habitants tirés au sort et volontaires, associations et élus y préparent les projets de proximité.</p>
<h2><a href="/participer/conseil-municipal-des-jeunes">Le conseil municipal des jeunes</a></h2><p>33 jeunes élus portent leurs projets pendant deux ans.</p>
<h2><a href="/participer/budget-participatif">Le budget participatif</a></h2><p>1 million d'euros chaque année pour les projets des habitants.</p>
<h2><a href="{platform}/">La plateforme de concertation</a></h2><p>Consultations en ligne, propositions, questionnaires et initiatives citoyennes.</p>
<h2><a href="{platform}/initiatives">Les initiatives citoyennes</a></h2><p>Avec 2 000 signatures, une initiative est inscrite à l'ordre du jour du conseil municipal.</p>
</div>
<p>Service Démocratie locale : 04 78 00 20 45.</p>""", features={"participation_displayed"}),
        page("/participer/conseils-de-quartier", "Les conseils de quartier", """
<p>Créés en 2015, les neuf conseils de quartier sont des lieux d'information, de débat et de proposition sur tout ce qui touche la vie du quartier : aménagement des espaces publics, propreté, animations, mobilités.</p>
<h2>Qui y siège ?</h2><ul><li>un collège de douze habitants, dont six tirés au sort sur les listes électorales et six volontaires ;</li><li>un collège de représentants des associations et des commerçants du quartier ;</li><li>l'élu de quartier, qui anime les séances sans prendre part aux votes.</li></ul>
<h2>Comment fonctionnent-ils ?</h2><p>Chaque conseil se réunit en séance plénière publique trois fois par an et travaille en commissions entre les séances. Il dispose d'une enveloppe de 5 000 € pour ses projets d'animation et peut saisir le maire de toute question intéressant le quartier. Ses avis sont présentés en conseil municipal une fois par an.</p>
<h2>Les quartiers</h2><p>Centre-Gare, Brotteaux, Croix-Verte, Les Canuts, La Sucrerie, Rives de l'Ardière, Les Vernes, Plateau-Saint-Just, Montvézin-Village.</p>
<h2>Rejoindre un conseil de quartier</h2><p>Les candidatures volontaires sont reçues toute l'année par le service Démocratie locale (democratie.locale@montvezin-sur-ardiere.fr). Le prochain tirage au sort aura lieu en septembre.</p>""",
             features={"participation_displayed"}, parent=participer),
        page("/participer/conseil-municipal-des-jeunes", "Le conseil municipal des jeunes", """
<p>Le conseil municipal des jeunes (CMJ) réunit 33 jeunes de 10 à 14 ans, élus par leurs camarades des écoles et des collèges de la ville pour un mandat de deux ans.</p>
<p>Répartis en trois commissions (environnement, solidarité, sports et loisirs), les jeunes conseillers se retrouvent un mercredi sur deux à l'hôtel de ville. Ils conduisent leurs propres projets, accompagnés par deux animateurs du service Jeunesse, et les présentent chaque année en séance plénière devant le maire.</p>
<h2>Les projets du mandat 2024-2026</h2><ul><li>une journée de nettoyage des berges de l'Ardière ;</li><li>des boîtes à livres dans les parcs ;</li><li>un tournoi de football inter-quartiers ;</li><li>une collecte de jouets pour les Restos du cœur.</li></ul>
<p>Les prochaines élections auront lieu en novembre 2026 dans les classes de CM1, CM2, 6e et 5e.</p>""",
             features={"participation_displayed"}, parent=participer),
        # presents the participatory budget as part of the city's démocratie participative: both codes
        page("/participer/budget-participatif", "Le budget participatif", f"""
<p class="chapo">Chaque année, la Ville consacre 1 million d'euros de son budget d'investissement à des projets imaginés et choisis par les habitants. C'est l'un des piliers de notre démarche de démocratie participative.</p>
<h2>Le calendrier 2025</h2><ol><li><strong>Du 13 janvier au 28 février</strong> : dépôt des idées sur la plateforme de concertation ou sur papier dans les mairies de quartier ;</li><li><strong>mars</strong> : étude de faisabilité par les services ;</li><li><strong>du 7 avril au 11 mai</strong> : vote des habitants, dès 11 ans, en ligne ou dans les urnes ;</li><li><strong>à partir de juin</strong> : réalisation des projets lauréats.</li></ol>
<h2>Les règles</h2><p>Un projet doit relever des compétences de la Ville, servir l'intérêt général, être réalisable en deux ans et ne pas dépasser 150 000 €. Chaque votant peut soutenir jusqu'à cinq projets.</p>
<p><a class="btn" href="{platform}/processes/budget-participatif-2025">Découvrir les projets et voter</a></p>""",
             features={"participatory_budget", "participation_displayed"}, parent=participer),
        page("/lettre-d-information", "Recevoir la lettre d'information", f"""
<p>Chaque mois, recevez l'essentiel de l'actualité municipale dans votre boîte aux lettres électronique : travaux, événements, démarches.</p>{m.newsletter_brevo("A1b2C3")}""",
             decoys={"contact_form"}),
        # the city's accounts on global platforms: social accounts, not a local social network
        page("/suivez-nous", "La ville sur les réseaux sociaux", """
<p>Retrouvez l'actualité de Montvézin-sur-Ardière au quotidien sur nos comptes officiels :</p>
<ul class="reseaux-liste"><li><a href="https://www.facebook.com/VilleMontvezin">Facebook : Ville de Montvézin-sur-Ardière</a></li><li><a href="https://x.com/montvezin">X : @montvezin</a></li><li><a href="https://www.instagram.com/villedemontvezin/">Instagram : @villedemontvezin</a></li><li><a href="https://www.youtube.com/@VilleDeMontvezin">YouTube : les séances du conseil municipal en vidéo</a></li><li><a href="https://www.linkedin.com/company/ville-de-montvezin">LinkedIn : offres d'emploi de la Ville</a></li></ul>
<p>Nos comptes sont animés par le service communication du lundi au vendredi. Pour une demande administrative, utilisez plutôt le <a href="/contact">formulaire de contact</a>.</p>""",
             features={"social_account"}, decoys={"territorial_social_network"}),
        page("/plan-du-site", "Plan du site", links([
            ("/", "Accueil"), ("/actualites", "Actualités"), ("/agenda", "Agenda"), ("/demarches", "Démarches"),
            ("/ma-ville", "Ma ville"), ("/ma-ville/conseil-municipal", "Le conseil municipal"),
            ("/ma-ville/budget", "Le budget 2025"), ("/ma-ville/marches-publics", "Marchés publics"),
            ("/participer", "Participer"), ("/participer/conseils-de-quartier", "Les conseils de quartier"),
            ("/participer/conseil-municipal-des-jeunes", "Le conseil municipal des jeunes"),
            ("/participer/budget-participatif", "Le budget participatif"), ("/lettre-d-information", "Lettre d'information"),
            ("/suivez-nous", "Réseaux sociaux"), ("/contact", "Contact"), ("/mentions-legales", "Mentions légales"),
            ("/accessibilite", "Accessibilité")])),
        _legal("/mentions-legales", "Ville de Montvézin-sur-Ardière, place de la Mairie, 69470 Montvézin-sur-Ardière",
               "Le site est hébergé par Stratis, 7 rue de la Manutention, 44000 Nantes."),
        _accessibility("/accessibilite", 68, "mars 2024", "2024-2026"),
    ]
    main = Site(host, THEME["stratis"], "Ville de Montvézin-sur-Ardière", pages,
                menu=[("Ma ville", "/ma-ville"), ("Actualités", "/actualites"), ("Agenda", "/agenda"),
                      ("Démarches", "/demarches"), ("Participer", "/participer"), ("Contact", "/contact")],
                accounts=[social("facebook", "VilleMontvezin"), social("x", "montvezin"),
                          social("instagram", "villedemontvezin"), social("youtube", "VilleDeMontvezin"),
                          social("linkedin", "ville-de-montvezin")],
                address="Place de la Mairie, 69470 Montvézin-sur-Ardière")
    return _city("98601", "Montvézin-sur-Ardière", 212400, "69", [main, _montvezin_decidim()])


def _montvezin_decidim():
    bp = "/processes/budget-participatif-2025"
    budget = f"{bp}/f/41/budgets/7/projects"
    mob = "/processes/mobilites-2030"
    props = f"{mob}/f/52/proposals"

    def card(href, title, meta, text):
        return (f'<div class="card card--process"><div class="card__content"><a href="{href}" class="card__link">'
                f'<h3 class="card__title">{title}</h3></a><p>{text}</p></div><div class="card__footer"><div class="card__support">'
                f'<span class="card--process__small">{meta}</span></div></div></div>')

    def project(pid, title, amount, votes):
        name = f'<a href="{budget}/{pid}" class="budget-list__title">{title}</a>' if pid == 118 else f'<span class="budget-list__title">{title}</span>'
        return (f'<li class="budget-list__item"><div class="budget-list__text">{name}'
                f'<div class="budget-list__number"><span class="budget-list__amount">{amount}</span> · {votes} soutiens</div></div>'
                f'<div class="budget-list__data"><form class="button_to" method="post" action="/processes/budget-participatif-2025/f/41/budgets/7/order/line_item?project_id={pid}" data-remote="true">'
                f'<button class="button tiny budget--list__action" type="submit" data-disable="true">Ajouter au vote</button></form></div></li>')

    pages = [
        # a platform's home presenting the city's approach and its instances: participation displayed as well
        page("/", "Concertation Montvézin", f"""
<div class="hero"><p class="hero-heading">Donnez votre avis, proposez, décidez : la plateforme de démocratie participative de la Ville de Montvézin-sur-Ardière.</p><a class="button" href="/processes">Voir les démarches en cours</a></div>
<section class="section"><h2 class="section-heading">Démarches à la une</h2><div class="card-grid">
{card(bp, "Budget participatif 2025", "Phase : vote, jusqu'au 11 mai", "1 million d'euros pour les projets des habitants.")}
{card(mob, "Mobilités 2030", "Phase : propositions", "Comment se déplacer à Montvézin dans cinq ans ?")}
</div></section>
<section class="section"><h2 class="section-heading">Les instances</h2><p><a href="/assemblies/conseils-de-quartier">Conseils de quartier</a> · <a href="/initiatives">Initiatives citoyennes</a></p></section>
<section class="section statistics"><h2 class="section-heading">Chiffres clés</h2><ul class="statistics-cell"><li>8 412 participants</li><li>1 936 propositions</li><li>23 870 votes</li></ul></section>""",
             features={"participation_displayed"}),
        page("/processes", "Processus participatifs", f"""
<div id="processes-grid"><div class="card-grid">
{card(bp, "Budget participatif 2025", "Vote en cours", "Votez pour vos projets préférés.")}
{card(mob, "Mobilités 2030", "Propositions", "Partagez vos idées pour les déplacements de demain.")}
{card(mob, "Plan climat : atelier du 3 juin", "À venir", "Rencontre publique à la Maison du projet.")}
</div></div>"""),
        page(bp, "Budget participatif 2025", f"""
<div class="process-header"><div class="process-header__phase"><span>Phase actuelle :</span> <strong>Vote des projets</strong> (7 avril – 11 mai 2025)</div></div>
<div class="section"><p>Après l'étude de faisabilité des 412 idées déposées, 58 projets sont soumis au vote des habitants. Chaque participant âgé de 11 ans ou plus peut choisir jusqu'à cinq projets, dans la limite de l'enveloppe d'un million d'euros.</p>
<ul class="process-nav"><li><a href="{budget}">Les projets soumis au vote</a></li><li><a href="/pages">Comment voter ?</a></li></ul></div>""",
             features={"participatory_budget"}, parent=("Processus", "/processes")),
        page(budget, "Projets soumis au vote", f"""
<div class="callout secondary"><p>Vous avez sélectionné 0 projet sur 5. Budget utilisé : 0 € / 1 000 000 €. <a href="/users/sign_in">Connectez-vous</a> pour voter.</p></div>
<div class="budget-summary__progressbox"><div class="progress budget-progress" role="progressbar" aria-valuenow="0" aria-valuemin="0" aria-valuemax="100"><div class="progress-meter" style="width:0%"></div></div></div>
<ul class="budget-list">
{project(118, "Une forêt urbaine au square des Canuts", "95 000 €", 1204)}
{project(124, "Des abris vélos sécurisés près de la gare", "140 000 €", 986)}
{project(131, "Une aire de jeux inclusive aux Brotteaux", "120 000 €", 871)}
{project(142, "Des fontaines à eau dans les parcs", "48 000 €", 655)}
</ul>""", features={"participatory_budget"}, parent=("Budget participatif 2025", bp)),
        page(f"{budget}/118", "Une forêt urbaine au square des Canuts", f"""
<div class="card extra"><div class="card__content"><span class="definition-data__title">Budget</span> <span class="definition-data__number">95 000 €</span><br><span>Quartier : Les Canuts</span><br><span>1 204 soutiens</span></div>
<form class="button_to" method="post" action="/processes/budget-participatif-2025/f/41/budgets/7/order/line_item?project_id=118"><button class="button expanded" type="submit">Ajouter au vote</button></form></div>
<div class="section"><p>Planter 600 arbres et arbustes d'essences locales selon la méthode Miyawaki sur la pelouse du square, pour créer un îlot de fraîcheur et un lieu de découverte pour les écoles voisines.</p>
<p>Projet porté par le collectif « Canuts en vert ». Avis des services : faisable, entretien assuré par la direction des espaces verts.</p></div>
<p><a href="{budget}">Voir tous les projets</a></p>""", features={"participatory_budget"}, parent=("Projets soumis au vote", budget)),
        # the process page calls for residents' proposals and links to them
        page(mob, "Mobilités 2030", f"""
<div class="process-header"><div class="process-header__phase"><span>Phase actuelle :</span> <strong>Propositions</strong> (1er avril – 30 juin 2025)</div></div>
<div class="section"><p>Comment se déplacer à Montvézin-sur-Ardière en 2030 ? La Ville prépare son plan de mobilité et fait appel à vos idées : partagez vos propositions, soutenez celles des autres et répondez au questionnaire sur vos déplacements.</p>
<ul class="process-nav"><li><a href="{props}">Les propositions</a></li><li><a href="{mob}/f/53/surveys/12">Le questionnaire</a></li></ul></div>""",
             features={"suggestion_call"}, parent=("Processus", "/processes")),
        page(props, "Propositions : Mobilités 2030", f"""
<div class="callout announcement"><p>Jusqu'au 30 juin, proposez vos idées pour les déplacements à Montvézin-sur-Ardière : vélo, marche, transports en commun, stationnement. Les propositions les plus soutenues seront étudiées par les services et intégrées au plan de mobilité.</p></div>
<p><a class="button expanded" href="{props}/new">Nouvelle proposition</a></p>
<div id="proposals" class="card-grid">
<div class="card card--proposal"><div class="card__content"><a href="{props}/2291" class="card__link"><h3 class="card__title">Une piste cyclable continue le long de l'Ardière</h3></a><p>Relier le Plateau et la gare sans croiser le boulevard.</p></div><div class="card__footer"><span class="card__support__data">214 soutiens · 12 commentaires</span></div></div>
<div class="card card--proposal"><div class="card__content"><h3 class="card__title">Des rues scolaires devant chaque école</h3><p>Fermer la rue à la circulation aux heures d'entrée et de sortie.</p></div><div class="card__footer"><span class="card__support__data">188 soutiens · 9 commentaires</span></div></div>
<div class="card card--proposal"><div class="card__content"><h3 class="card__title">Un bus de nuit le week-end</h3><p>Pour rentrer du centre-ville après minuit.</p></div><div class="card__footer"><span class="card__support__data">97 soutiens · 4 commentaires</span></div></div>
</div>""", features={"suggestion_call"}, parent=("Mobilités 2030", mob)),
        page(f"{props}/new", "Créer votre proposition", f"""
<div class="wizard__steps"><ol><li class="step--active">Créez votre proposition</li><li>Comparer</li><li>Compléter</li><li>Publiez votre proposition</li></ol></div>
<form class="new_proposal proposal_form_admin" id="new_proposal" action="{props}" accept-charset="UTF-8" method="post">
<input type="hidden" name="authenticity_token" value="UHJvcG9zaXRpb24gbW9udHbDqXppbg" autocomplete="off" />
<div class="field"><label for="proposal_title">Titre <span title="Il est nécessaire de remplir ce champ." class="label-required">Requis</span></label><input required="required" minlength="15" maxlength="150" type="text" name="proposal[title]" id="proposal_title" /></div>
<div class="field"><label for="proposal_body">Corps du texte <span class="label-required">Requis</span></label><textarea required="required" minlength="15" rows="10" name="proposal[body]" id="proposal_body"></textarea></div>
<div class="field"><label for="proposal_scope_id">Quartier</label><select name="proposal[scope_id]" id="proposal_scope_id"><option value="">Toute la ville</option><option value="3">Centre-Gare</option><option value="4">Brotteaux</option><option value="5">Les Canuts</option></select></div>
<div class="actions"><button type="submit" class="button expanded">Continuer</button></div>
</form>
<p class="help-text">Vous devez être connecté pour publier. <a href="/users/sign_in">S'identifier</a></p>""",
             features={"suggestion_call"}, decoys={"contact_form"}, parent=("Propositions", props)),
        # one proposal with its comments: the call itself is on the proposals list
        page(f"{props}/2291", "Une piste cyclable continue le long de l'Ardière", f"""
<div class="proposal-body"><p class="author-data">Camille R. · 3 avril 2025 · Rives de l'Ardière</p>
<p>Aujourd'hui, pour aller du Plateau à la gare à vélo, il faut emprunter le boulevard des Canuts sur 800 mètres sans aménagement. Je propose une voie verte le long de l'Ardière, sur l'ancien chemin de halage, éclairée et séparée des piétons.</p>
<div class="card extra"><span class="progress__bar__number">214</span> soutiens <form class="button_to" method="post" action="{props}/2291/proposal_vote"><button class="button expanded" type="submit">Soutenir</button></form></div></div>
<div class="comments" id="comments"><h2 class="order-by__text section-heading">3 commentaires</h2>
<div id="comment_4411" class="comment" data-comment-id="4411"><div class="comment__header"><span class="author__name">Hugo</span> <time>04/04/2025</time></div><div class="comment__content"><p>Très bonne idée, le chemin est déjà praticable à pied.</p></div></div>
<div id="comment_4413" class="comment" data-comment-id="4413"><div class="comment__header"><span class="author__name">Association Vélo en ville</span> <time>05/04/2025</time></div><div class="comment__content"><p>Attention à la largeur : 3 mètres minimum pour un usage partagé.</p></div></div>
<div id="comment_4420" class="comment" data-comment-id="4420"><div class="comment__header"><span class="author__name">Nadia</span> <time>09/04/2025</time></div><div class="comment__content"><p>Et un éclairage qui ne gêne pas la faune de la rivière.</p></div></div>
<div class="add-comment"><h3>Ajouter un commentaire</h3><p><a href="/users/sign_in">Connectez-vous</a> avec votre compte ou inscrivez-vous pour ajouter votre commentaire.</p></div></div>""",
             features={"comments"}, parent=("Propositions", props)),
        page(f"{mob}/f/53/surveys/12", "Questionnaire : vos déplacements au quotidien", f"""
<p>Ce questionnaire anonyme prend cinq minutes. Il nous aide à connaître vos habitudes de déplacement avant de rédiger le plan de mobilité.</p>
<form class="answer-questionnaire" id="answer-questionnaire" action="{mob}/f/53/surveys/12/answer" method="post">
<input type="hidden" name="authenticity_token" value="U3VydmV5IG1vbnR2w6l6aW4" autocomplete="off" />
<div class="card"><div class="card__content">
<fieldset class="question"><legend>1. Quel est votre principal mode de déplacement pour aller au travail ou à l'école ?</legend>
<label><input type="radio" name="questionnaire[responses][0][choices][][answer_option_id]" value="81"> Voiture</label><label><input type="radio" name="questionnaire[responses][0][choices][][answer_option_id]" value="82"> Transports en commun</label><label><input type="radio" name="questionnaire[responses][0][choices][][answer_option_id]" value="83"> Vélo</label><label><input type="radio" name="questionnaire[responses][0][choices][][answer_option_id]" value="84"> Marche</label></fieldset>
<fieldset class="question"><legend>2. Qu'est-ce qui vous ferait utiliser davantage le vélo ? (plusieurs choix possibles)</legend>
<label><input type="checkbox" name="questionnaire[responses][1][choices][][answer_option_id]" value="91"> Des pistes séparées</label><label><input type="checkbox" name="questionnaire[responses][1][choices][][answer_option_id]" value="92"> Du stationnement sécurisé</label><label><input type="checkbox" name="questionnaire[responses][1][choices][][answer_option_id]" value="93"> Une aide à l'achat</label></fieldset>
<fieldset class="question"><legend>3. Dans quel quartier habitez-vous ?</legend><select name="questionnaire[responses][2][choices][][answer_option_id]"><option value="101">Centre-Gare</option><option value="102">Brotteaux</option><option value="103">Les Canuts</option><option value="104">Autre</option></select></fieldset>
<div class="tos-agreement"><label><input type="checkbox" name="questionnaire[tos_agreement]" value="1" required> J'accepte les conditions d'utilisation</label></div>
<button type="submit" class="button">Envoyer</button></div></div></form>""",
             features={"poll"}, parent=("Mobilités 2030", mob)),
        page("/assemblies/conseils-de-quartier", "Conseils de quartier", """
<div class="section"><p>Les neuf conseils de quartier de Montvézin-sur-Ardière réunissent habitants tirés au sort, volontaires, associations et élus. Ils se réunissent en séances publiques trois fois par an et rendent des avis sur les projets de leur quartier.</p>
<h2 class="section-heading">Membres</h2><p>108 habitants, 36 représentants associatifs, 9 élus référents.</p>
<h2 class="section-heading">Prochaines réunions</h2><ul><li>Conseil de quartier Brotteaux : 20 mai, centre social</li><li>Conseil de quartier Centre-Gare : 22 mai, Maison du projet</li></ul></div>""",
             features={"participation_displayed"}),
        page("/initiatives", "Initiatives citoyennes", """
<div class="callout secondary"><p>Une initiative citoyenne permet à tout habitant de plus de 16 ans de proposer une action à la Ville. Si elle recueille 2 000 signatures en 120 jours, elle est inscrite à l'ordre du jour du conseil municipal.</p><p><a class="button" href="/users/sign_in">Créer une initiative</a></p></div>
<div class="card-grid">
<div class="card card--initiative"><div class="card__content"><a href="/initiatives/i-14" class="card__link"><h3 class="card__title">Rouvrir les bains-douches de la rue Mercière</h3></a><div class="progress" role="progressbar"><div class="progress-meter" style="width:62%"></div></div><p>1 238 / 2 000 signatures</p></div></div>
<div class="card card--initiative"><div class="card__content"><h3 class="card__title">Un marché de producteurs le mercredi aux Vernes</h3><p>2 000 / 2 000 signatures — Inscrite au conseil du 19 mai</p></div></div>
</div>""", features={"petition"}),
        page("/initiatives/i-14", "Rouvrir les bains-douches de la rue Mercière", """
<div class="initiative-status"><span class="label">Collecte des signatures ouverte jusqu'au 30 juillet 2025</span></div>
<p>Fermés depuis 2019, les bains-douches municipaux étaient utilisés par une centaine de personnes par semaine, souvent sans logement ou mal logées. Nous demandons leur réouverture, avec des horaires élargis et une permanence sociale.</p>
<p>Comité promoteur : sept habitants du quartier Centre-Gare.</p>
<div class="card extra"><div class="progress__bar"><span class="progress__bar__number">1 238</span> <span class="progress__bar__text">/ 2 000 signatures</span></div>
<form class="button_to" method="post" action="/initiatives/i-14/initiative_signatures"><button class="button expanded" type="submit">Signer</button><input type="hidden" name="authenticity_token" value="U2lnbmVyIGluaXRpYXRpdmU" autocomplete="off" /></form>
<p class="help-text">La signature nécessite un compte vérifié.</p></div>""", features={"petition"}, parent=("Initiatives", "/initiatives")),
        page("/pages", "Aide", """
<h2>Qu'est-ce que cette plateforme ?</h2><p>Concertation Montvézin est l'espace en ligne où la Ville consulte les habitants. Elle fonctionne avec le logiciel libre Decidim.</p>
<h2>Comment participer ?</h2><p>Créez un compte avec votre adresse électronique. Vous pourrez ensuite proposer, commenter, soutenir et voter.</p>
<h2>Vos données</h2><p>Vos données ne sont utilisées que pour la gestion de la plateforme.</p>"""),
        page("/users/sign_in", "S'identifier", m.login_form("/users/sign_in", "user[email]", "user[password]",
                                                           extra='<div class="field"><label><input type="checkbox" name="user[remember_me]" value="1"> Rester connecté</label></div>',
                                                           button="S'identifier") + '<p>Pas encore de compte ? Inscrivez-vous depuis la page d\'accueil.</p>',
             decoys={"contact_form"}),
        page("/pages/terms-of-service", "Conditions d'utilisation", """
<p>En utilisant la plateforme, vous vous engagez à respecter les autres participants, à ne pas publier de propos injurieux, diffamatoires ou discriminatoires, et à ne pas utiliser la plateforme à des fins commerciales.</p>
<p>Les contributions sont modérées a posteriori par le service Démocratie locale de la Ville.</p>"""),
    ]
    return Site("concertation.montvezin-sur-ardiere.fr", THEME["decidim"], "Concertation Montvézin", pages,
                menu=[("Accueil", "/"), ("Processus", "/processes"), ("Assemblées", "/assemblies/conseils-de-quartier"),
                      ("Initiatives", "/initiatives"), ("Aide", "/pages")],
                accounts=[social("facebook", "VilleMontvezin")],
                features=PLATFORM, platforms=frozenset({"decidim"}))


# =================================================================================================
# 98602 Orbessac-les-Pins: WordPress, a Fluicity space


def orbessac():
    host = "www.orbessac-les-pins.fr"
    space = "http://orbessac-les-pins.flui.city"
    actu = ("Actualités", "/actualites/")
    mairie = ("Mairie", "/mairie/")
    poll = m.yop_poll(4, "Quel nom pour la future place du marché ?",
                      ["Place des Résiniers", "Place de la Halle", "Place Simone-Veil", "Place des Pins-Francs"],
                      '<p class="yop-note"><small>Sondage ouvert jusqu\'au 31 mai. Un vote par foyer.</small></p>')
    sidebar = f"""<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside id="yop_poll_widget-2" class="widget inner-padding widget_yop_poll_widget"><h2 class="widget-title">Votre avis compte</h2>{poll}</aside>
<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Articles récents</h2><ul>
<li><a href="/2025/03/20/resultats-du-sondage-rythmes-scolaires/">Résultats du sondage sur les rythmes scolaires</a></li>
<li><a href="/2025/03/04/inauguration-de-la-halle-gourmande/">La halle gourmande est inaugurée</a></li></ul></aside></div></div>"""
    pages = [
        page("/", "Accueil", f"""
<div class="wp-block-group home-intro"><p class="has-large-font-size">Bienvenue sur le site de la Ville d'Orbessac-les-Pins, entre landes et Garonne.</p></div>
<div class="wp-block-columns"><div class="wp-block-column">
<h2 class="wp-block-heading">Dernières actualités</h2>
<ul class="wp-block-latest-posts__list wp-block-latest-posts">
<li><a class="wp-block-latest-posts__post-title" href="/2025/03/20/resultats-du-sondage-rythmes-scolaires/">Résultats du sondage sur les rythmes scolaires</a><time class="wp-block-latest-posts__post-date">20 mars 2025</time></li>
<li><a class="wp-block-latest-posts__post-title" href="/2025/03/04/inauguration-de-la-halle-gourmande/">La halle gourmande est inaugurée</a><time class="wp-block-latest-posts__post-date">4 mars 2025</time></li>
<li><a class="wp-block-latest-posts__post-title" href="/2025/02/03/collecte-des-dechets-verts/">Collecte des déchets verts : reprise le 3 mars</a><time class="wp-block-latest-posts__post-date">3 février 2025</time></li>
<li><a class="wp-block-latest-posts__post-title" href="/2025/01/14/retour-sur-les-voeux-du-maire/">Retour sur les vœux du maire</a><time class="wp-block-latest-posts__post-date">14 janvier 2025</time></li></ul>
<p><a class="wp-block-button__link" href="/actualites/">Toutes les actualités</a></p>
<h2 class="wp-block-heading">Accès rapides</h2><ul><li><a href="/demarches/">Démarches en ligne</a></li><li><a href="/agenda/">Agenda</a></li><li><a href="/newsletter/">Lettre d'information</a></li><li><a href="/participez/">Participez</a></li></ul>
</div></div>
{sidebar}""", features={"poll"}),
        page("/actualites/", "Actualités", """
<div class="generate-columns-container">
<article class="post type-post"><h2 class="entry-title"><a href="/2025/03/20/resultats-du-sondage-rythmes-scolaires/">Résultats du sondage sur les rythmes scolaires</a></h2><div class="entry-summary"><p>Vous avez été 1 146 familles à répondre…</p></div></article>
<article class="post type-post"><h2 class="entry-title"><a href="/2025/03/04/inauguration-de-la-halle-gourmande/">La halle gourmande est inaugurée</a></h2><div class="entry-summary"><p>Huit producteurs et artisans s'installent place du Marché…</p></div></article>
<article class="post type-post"><h2 class="entry-title"><a href="/2025/02/03/collecte-des-dechets-verts/">Collecte des déchets verts : reprise le 3 mars</a></h2><div class="entry-summary"><p>Sortez vos sacs la veille au soir…</p></div></article>
<article class="post type-post"><h2 class="entry-title"><a href="/2025/01/14/retour-sur-les-voeux-du-maire/">Retour sur les vœux du maire</a></h2><div class="entry-summary"><p>Plus de 600 personnes à la salle des Résiniers…</p></div></article>
<article class="post type-post"><h2 class="entry-title"><a href="/2024/09/02/forum-des-associations-samedi-7-septembre/">Forum des associations : samedi 7 septembre</a></h2><div class="entry-summary"><p>Plus de 90 associations vous attendent…</p></div></article>
</div>"""),
        page("/2025/03/04/inauguration-de-la-halle-gourmande/", "La halle gourmande est inaugurée", f"""
<p class="entry-meta">Publié le 4 mars 2025 par Service communication</p>
<p>Samedi, le maire a inauguré la halle gourmande de la place du Marché, en présence de nombreux habitants. Huit commerçants s'y installent à l'année : un boucher, un fromager, un primeur, un caviste, une boulangerie bio, un poissonnier du bassin, un traiteur et un torréfacteur.</p>
<p>La halle est ouverte du mercredi au dimanche de 8 h à 13 h 30, et le vendredi jusqu'à 19 h. Le marché de plein air du samedi continue autour de la halle.</p>
{m.wp_comments(412, "La halle gourmande est inaugurée", [
    (1871, "Martine L.", "4 mars 2025 à 18 h 42", "Enfin un vrai marché couvert ! Dommage que le parking soit si petit le samedi."),
    (1874, "Julien", "5 mars 2025 à 9 h 10", "Bravo pour le choix des commerçants, le torréfacteur est une super nouvelle.")])}""",
             features={"comments"}, decoys={"contact_form"}, parent=actu),
        # an event called forum; comments are closed and there are none
        page("/2024/09/02/forum-des-associations-samedi-7-septembre/", "Forum des associations : samedi 7 septembre", f"""
<p class="entry-meta">Publié le 2 septembre 2024 par Service vie associative</p>
<p>Le forum des associations revient samedi 7 septembre de 10 h à 17 h au complexe sportif des Résiniers. Plus de 90 associations sportives, culturelles et solidaires présenteront leurs activités et prendront les inscriptions pour la saison.</p>
<p>Démonstrations de judo, de danse et de gymnastique tout au long de la journée. Buvette tenue par le comité des fêtes.</p>
{m.wp_comments(388, "Forum des associations : samedi 7 septembre", [], closed=True)}""",
             decoys={"forum", "comments"}, parent=actu),
        # a long news item that names the platform and the comités in passing
        page("/2025/01/14/retour-sur-les-voeux-du-maire/", "Retour sur les vœux du maire", f"""
<p class="entry-meta">Publié le 14 janvier 2025 par Service communication</p>
<p>Plus de six cents personnes ont assisté vendredi soir aux vœux du maire à la salle des Résiniers. L'occasion de revenir sur l'année écoulée et de présenter les projets de 2025.</p>
<h2 class="wp-block-heading">Une année de chantiers</h2>
<p>2024 a vu l'achèvement de la halle gourmande, la rénovation de l'école Jean-Moulin et la création de 3,2 kilomètres de pistes cyclables vers la gare. La piscine intercommunale a rouvert après dix mois de travaux et accueilli 48 000 baigneurs.</p>
<p>Le maire a salué l'engagement des agents municipaux lors des inondations de février et le travail des bénévoles de la réserve communale de sécurité civile.</p>
<h2 class="wp-block-heading">Les projets de 2025</h2>
<p>Le budget 2025 poursuivra la rénovation énergétique des écoles et lancera les études de la future médiathèque. La place du Marché sera entièrement réaménagée au printemps ; son futur nom sera choisi par les habitants. Les comités consultatifs de quartier seront renouvelés en juin.</p>
<p>La Ville a également rejoint Fluicity : l'application permet déjà de suivre l'actualité municipale et de signaler un problème sur l'espace public. Elle est disponible sur <a href="{space}/">orbessac-les-pins.flui.city</a> et sur les magasins d'applications.</p>
<h2 class="wp-block-heading">Solidarité et sécurité</h2>
<p>La police municipale sera renforcée de deux agents et la vidéoprotection étendue aux abords de la gare. Le CCAS ouvrira une épicerie solidaire dans l'ancienne poste du centre.</p>
<p>La soirée s'est conclue par la remise des médailles de la Ville à trois bénévoles associatifs et par un concert de l'harmonie municipale.</p>""",
             decoys={"participatory_platform", "participation_displayed"}, parent=actu),
        # the results of a closed poll: nothing left to answer
        page("/2025/03/20/resultats-du-sondage-rythmes-scolaires/", "Résultats du sondage sur les rythmes scolaires", """
<p class="entry-meta">Publié le 20 mars 2025 par Service éducation</p>
<p>Le sondage sur l'organisation de la semaine scolaire s'est clôturé le 28 février. Vous avez été 1 146 familles à répondre, soit 71 % des familles concernées.</p>
<figure class="wp-block-table"><table><thead><tr><th>Organisation souhaitée</th><th>Réponses</th></tr></thead><tbody><tr><td>Semaine de quatre jours</td><td>63 %</td></tr><tr><td>Quatre jours et demi avec mercredi matin</td><td>31 %</td></tr><tr><td>Sans avis</td><td>6 %</td></tr></tbody></table></figure>
<p>Le conseil d'école extraordinaire du 3 avril proposera à l'inspection académique le retour à la semaine de quatre jours à la rentrée 2025. Merci à toutes et à tous pour votre participation.</p>
<p><em>Ce sondage est clos.</em></p>""", decoys={"poll"}, parent=actu),
        page("/2025/02/03/collecte-des-dechets-verts/", "Collecte des déchets verts : reprise le 3 mars", f"""
<p class="entry-meta">Publié le 3 février 2025 par Service environnement</p>
<p>La collecte des déchets verts en porte-à-porte reprend le lundi 3 mars, tous les quinze jours, les semaines impaires. Sortez vos sacs biodégradables ou vos fagots liés (1,50 m maximum) la veille au soir.</p>
<p>Les sacs sont distribués gratuitement à l'accueil des services techniques, 12 avenue de la Lande, sur présentation d'un justificatif de domicile.</p>
{m.wp_comments(397, "Collecte des déchets verts : reprise le 3 mars", [])}""",
             features={"comments"}, decoys={"contact_form"}, parent=actu),
        page("/agenda/", "Agenda", """
<ul class="tribe-events-list">
<li><h3>Marché nocturne des producteurs</h3><p>Vendredi 13 juin 2025, de 18 h à 23 h — place du Marché</p></li>
<li><h3>Fête de la musique</h3><p>Samedi 21 juin 2025 — centre-ville</p></li>
<li><h3>Cinéma en plein air : « Le Grand Bain »</h3><p>Jeudi 17 juillet 2025, 22 h — parc des Pins-Francs</p></li></ul>"""),
        page("/mairie/", "Mairie", """
<p>L'hôtel de ville vous accueille du lundi au vendredi de 8 h 30 à 12 h et de 13 h 30 à 17 h 30, le samedi de 9 h à 12 h pour l'état civil.</p>
<ul><li><a href="/mairie/les-elus/">Les élus</a></li><li><a href="/mairie/budget-primitif-2025/">Le budget primitif 2025</a></li><li><a href="/participez/">Participez à la vie locale</a></li></ul>"""),
        page("/mairie/les-elus/", "Les élus", """
<p>Le conseil municipal compte 33 membres élus en 2020.</p>
<ul><li><strong>Le maire</strong> : Sylvie Darrigade</li><li>1er adjoint, finances et urbanisme : Pierre Lasserre</li><li>2e adjointe, éducation et jeunesse : Nadia Bensaïd</li><li>3e adjoint, travaux et environnement : Jean-Marc Duprat</li><li>4e adjointe, solidarités : Hélène Castaing</li><li>5e adjoint, vie associative et sport : Thomas Ribeiro</li></ul>""",
             parent=mairie),
        page("/mairie/budget-primitif-2025/", "Le budget primitif 2025", """
<p>Voté le 10 mars 2025, le budget primitif s'équilibre à 71,8 M€ : 52,4 M€ pour le fonctionnement et 19,4 M€ pour l'investissement.</p>
<figure class="wp-block-table"><table><tbody><tr><td>Éducation et périscolaire</td><td>14,2 M€</td></tr><tr><td>Voirie, espaces verts, propreté</td><td>9,8 M€</td></tr><tr><td>Culture et sport</td><td>7,1 M€</td></tr><tr><td>Action sociale (subvention au CCAS)</td><td>3,4 M€</td></tr></tbody></table></figure>
<p>L'épargne brute atteint 6,9 M€. L'encours de la dette diminue de 1,2 M€. Les taux de fiscalité sont maintenus.</p>""",
             decoys={"participatory_budget"}, parent=mairie),
        page("/participez/", "Participez à la vie locale", f"""
<p>La Ville d'Orbessac-les-Pins associe les habitants aux décisions qui les concernent : c'est le sens de sa démarche de démocratie de proximité.</p>
<h2 class="wp-block-heading">Les comités consultatifs de quartier</h2>
<p>Cinq comités (Bourg, Les Résiniers, La Garenne, Bel-Air, Les Pins-Francs) réunissent chacun quinze habitants volontaires et deux élus. Ils donnent leur avis sur les aménagements de leur quartier et se réunissent quatre fois par an. Le renouvellement aura lieu en juin : candidatures à l'accueil de la mairie.</p>
<h2 class="wp-block-heading">Orbessac participative, l'espace citoyen en ligne</h2>
<p>Sur <a href="{space}/">notre espace Fluicity</a>, proposez vos idées, votez pour celles des autres et répondez aux consultations de la municipalité. Chaque idée qui recueille 100 soutiens reçoit une réponse des élus.</p>
<h2 class="wp-block-heading">Les réunions publiques</h2><p>Chaque projet d'aménagement important fait l'objet d'une réunion publique de présentation avant le lancement des travaux.</p>""",
             features={"participation_displayed"}),
        page("/contact/", "Contact", f"""
<p>Mairie d'Orbessac-les-Pins — 05 56 00 41 20. Pour toute demande, utilisez le formulaire ci-dessous : nous vous répondons sous cinq jours ouvrés.</p>
<div class="fluentform ff-default fluentform_wrapper_3 ffs_default_wrap"><form data-form_id="3" id="fluentform_3" class="frm-fluent-form fluent_form_3 ff-el-form-top ff_form_instance_3_1 ff-form-loading ffs_default" data-form_instance="ff_form_instance_3_1" method="POST" action="/contact/" data-ff-form-nonce="8c1f2e3a">
<fieldset style="border: none!important;margin: 0!important;padding: 0!important;background-color: transparent!important;box-shadow: none!important;outline: none!important;min-inline-size: 100%;"><legend class="ff_screen_reader_title" style="display:block;margin:0!important;padding:0!important;height:0!important;text-indent:-999999px;width:0!important;overflow:hidden;">Contactez la mairie</legend>
<input type="hidden" name="__fluent_form_embded_post_id" value="27"><input type="hidden" id="_fluentform_3_fluentformnonce" name="_fluentform_3_fluentformnonce" value="8c1f2e3a9b">
<div data-type="name_element" data-name="names" class="ff-field_container ff-name-field-wrapper"><div class="ff-t-container"><div class="ff-t-cell"><div class="ff-el-group"><div class="ff-el-input--label ff-el-is-required asterisk-right"><label for="ff_3_names_first_name_">Prénom</label></div><div class="ff-el-input--content"><input type="text" name="names[first_name]" id="ff_3_names_first_name_" class="ff-el-form-control" placeholder="Prénom" aria-required="true"></div></div></div>
<div class="ff-t-cell"><div class="ff-el-group"><div class="ff-el-input--label ff-el-is-required asterisk-right"><label for="ff_3_names_last_name_">Nom</label></div><div class="ff-el-input--content"><input type="text" name="names[last_name]" id="ff_3_names_last_name_" class="ff-el-form-control" placeholder="Nom" aria-required="true"></div></div></div></div></div>
<div class="ff-el-group"><div class="ff-el-input--label ff-el-is-required asterisk-right"><label for="ff_3_email">Adresse e-mail</label></div><div class="ff-el-input--content"><input type="email" name="email" id="ff_3_email" class="ff-el-form-control" placeholder="vous@exemple.fr" aria-required="true"></div></div>
<div class="ff-el-group"><div class="ff-el-input--label asterisk-right"><label for="ff_3_subject">Objet de votre demande</label></div><div class="ff-el-input--content"><select name="subject" id="ff_3_subject" class="ff-el-form-control"><option value="">- Sélectionnez -</option><option value="etat-civil">État civil</option><option value="urbanisme">Urbanisme</option><option value="ecoles">Écoles et périscolaire</option><option value="autre">Autre</option></select></div></div>
<div class="ff-el-group"><div class="ff-el-input--label ff-el-is-required asterisk-right"><label for="ff_3_message">Votre message</label></div><div class="ff-el-input--content"><textarea aria-required="true" name="message" id="ff_3_message" class="ff-el-form-control" placeholder="Votre message" rows="5" cols="2"></textarea></div></div>
<div class="ff-el-group ff-el-form-check"><label class="ff-el-form-check-label" for="terms-n-condition_3"><input type="checkbox" name="terms-n-condition" class="ff-el-form-check-input" value="on" id="terms-n-condition_3"> <span>J'accepte que mes données soient traitées pour répondre à ma demande.</span></label></div>
<div class="ff-el-group ff-text-left ff_submit_btn_wrapper"><button type="submit" class="ff-btn ff-btn-submit ff-btn-md ff_btn_style">Envoyer</button></div>
</fieldset></form></div>""", features={"contact_form"}),
        page("/demarches/", "Démarches", """
<p>La plupart des démarches d'état civil se font désormais en ligne sur service-public.fr.</p>
<ul><li><a href="https://www.service-public.fr/particuliers/vosdroits/N358">Carte d'identité et passeport</a> (sur rendez-vous en mairie)</li><li><a href="https://www.service-public.fr/particuliers/vosdroits/R1406">Acte de naissance</a></li><li><a href="https://www.service-public.fr/particuliers/vosdroits/F1986">Autorisations d'urbanisme</a></li></ul>
<p>Inscriptions scolaires : au guichet unique de la mairie, avec le livret de famille et un justificatif de domicile.</p>"""),
        page("/newsletter/", "La lettre d'information", f"""
<p>Recevez chaque mois « Orbessac en bref » : l'actualité municipale, les travaux et les rendez-vous culturels.</p>{m.newsletter_brevo("Ob7Pn2")}""",
             decoys={"contact_form"}),
        _legal("/mentions-legales/", "Ville d'Orbessac-les-Pins, 1 place de la République, 33700 Orbessac-les-Pins",
               "Hébergeur : o2switch, 222 boulevard Gustave-Flaubert, 63000 Clermont-Ferrand."),
        _accessibility("/accessibilite/", 54, "novembre 2023", "2023-2025"),
    ]
    main = Site(host, THEME["wordpress"], "Ville d'Orbessac-les-Pins", pages,
                menu=[("Mairie", "/mairie/"), ("Actualités", "/actualites/"), ("Agenda", "/agenda/"),
                      ("Démarches", "/demarches/"), ("Participez", "/participez/"), ("Contact", "/contact/")],
                accounts=[social("facebook", "orbessaclespins"), social("instagram", "orbessac_les_pins")],
                address="1 place de la République, 33700 Orbessac-les-Pins")
    return _city("98602", "Orbessac-les-Pins", 64800, "33", [main, _orbessac_fluicity()])


def _orbessac_fluicity():
    idea = "/idees/4821-des-bancs-le-long-de-la-piste-cyclable"
    survey = "/consultations/1290-horaires-de-la-mediatheque"

    def idea_card(href, title, author, votes, status):
        link = f'<a href="{href}" class="fl-card__link">{title}</a>' if href else title
        return (f'<article class="fl-card fl-card--idea"><header class="fl-card__header"><span class="fl-card__author">{author}</span>'
                f'<span class="fl-badge">{status}</span></header><h3 class="fl-card__title">{link}</h3>'
                f'<footer class="fl-card__footer"><span class="fl-votes">{votes} soutiens</span></footer></article>')

    survey_form = f"""<form class="fl-survey" method="post" action="/api/v2/surveys/1290/answers">
<fieldset><legend class="fl-survey__question">Quels horaires d'ouverture de la médiathèque préférez-vous pour la rentrée ?</legend>
<label class="fl-survey__option"><input type="radio" name="choice" value="5121"> Ouverture le dimanche après-midi</label>
<label class="fl-survey__option"><input type="radio" name="choice" value="5122"> Ouverture jusqu'à 20 h le jeudi</label>
<label class="fl-survey__option"><input type="radio" name="choice" value="5123"> Ouverture dès 9 h le samedi</label></fieldset>
<button type="submit" class="fl-btn fl-btn--primary">Répondre</button><p class="fl-survey__meta">312 réponses · se termine dans 9 jours</p></form>"""
    pages = [
        # the space's home presents the approach and calls for ideas ("Proposer une idée")
        page("/", "Orbessac participative", f"""
<section class="fl-space-intro"><p>Bienvenue dans l'espace citoyen de la Ville d'Orbessac-les-Pins. Ici, les élus vous consultent et vous pouvez proposer vos idées pour améliorer la vie de la commune.</p>
<a href="/idees/nouvelle" class="fl-btn fl-btn--primary">Proposer une idée</a></section>
<section class="fl-feed"><h2>Fil d'actualité</h2>
<article class="fl-card fl-card--survey"><span class="fl-badge">Consultation</span><h3><a href="{survey}">Horaires de la médiathèque : donnez votre avis</a></h3><p>312 réponses</p></article>
{idea_card(idea, "Des bancs le long de la piste cyclable", "Marie-Claude", 143, "Réponse de la mairie")}
<article class="fl-card fl-card--news"><span class="fl-badge">Actualité</span><h3><a href="/actualites">Travaux de la place du Marché : le calendrier</a></h3></article></section>""",
             features={"participation_displayed", "suggestion_call"}),
        page("/idees", "Idées", f"""
<p class="fl-lead">Vous avez une idée pour Orbessac ? Partagez-la : si elle atteint 100 soutiens, la municipalité s'engage à y répondre publiquement.</p>
<a href="/idees/nouvelle" class="fl-btn fl-btn--primary">Proposer une idée</a>
<div class="fl-filters"><span>Trier par : </span><a href="/idees">Les plus soutenues</a></div>
<div class="fl-grid">
{idea_card(idea, "Des bancs le long de la piste cyclable", "Marie-Claude", 143, "Réponse de la mairie")}
{idea_card(None, "Un composteur collectif à la Garenne", "Yanis", 88, "En cours d'étude")}
{idea_card(None, "Éteindre l'éclairage public entre 1 h et 5 h", "Clara", 71, "Ouverte")}
{idea_card(None, "Un skatepark derrière le collège", "Lucas", 64, "Ouverte")}</div>""",
             features={"suggestion_call"}),
        page("/idees/nouvelle", "Proposer une idée", """
<form class="fl-form fl-form--idea" method="post" action="/api/v2/ideas">
<div class="fl-field"><label for="idea-title">Titre de votre idée</label><input id="idea-title" name="title" type="text" maxlength="120" required></div>
<div class="fl-field"><label for="idea-description">Décrivez votre idée</label><textarea id="idea-description" name="description" rows="8" required></textarea></div>
<div class="fl-field"><label for="idea-theme">Thématique</label><select id="idea-theme" name="theme"><option>Cadre de vie</option><option>Mobilité</option><option>Environnement</option><option>Culture et loisirs</option><option>Solidarité</option></select></div>
<div class="fl-field"><label for="idea-address">Localisation (facultatif)</label><input id="idea-address" name="address" type="text"></div>
<div class="fl-field"><label for="idea-photo">Ajouter une photo</label><input id="idea-photo" name="photo" type="file" accept="image/*"></div>
<button type="submit" class="fl-btn fl-btn--primary">Publier mon idée</button>
<p class="fl-help">Votre idée sera publiée après vérification de sa conformité à la charte de l'espace.</p></form>""",
             features={"suggestion_call"}, decoys={"contact_form"}, parent=("Idées", "/idees")),
        page(idea, "Des bancs le long de la piste cyclable", """
<article class="fl-idea"><p class="fl-idea__author">Proposée par Marie-Claude · 11 janvier 2025 · Cadre de vie</p>
<p>La nouvelle piste vers la gare est très agréable mais il n'y a aucun endroit pour s'asseoir sur trois kilomètres. Quelques bancs à l'ombre des pins permettraient aux personnes âgées de l'utiliser aussi à pied.</p>
<div class="fl-idea__support"><span class="fl-votes">143 soutiens</span> <button class="fl-btn" type="button">Soutenir</button></div>
<div class="fl-answer"><h2>Réponse de la mairie</h2><p>Merci pour cette idée. Six bancs seront installés au printemps entre le pont de la Jalle et la gare.</p></div>
<section class="fl-comments"><h2>Commentaires (2)</h2><ul><li><strong>Robert</strong> : Et une fontaine à mi-parcours ?</li><li><strong>Anaïs</strong> : Super, merci pour la réponse rapide.</li></ul>
<form class="fl-comment-form" method="post" action="/api/v2/ideas/4821/comments"><label for="comment-body">Votre commentaire</label><textarea id="comment-body" name="body" rows="3"></textarea><button type="submit" class="fl-btn">Commenter</button></form></section></article>""",
             features={"comments"}, decoys={"contact_form"}, parent=("Idées", "/idees")),
        page("/consultations", "Consultations", f"""
<p class="fl-lead">Les élus vous posent leurs questions : répondez en un clic.</p>
<article class="fl-card fl-card--survey"><h2><a href="{survey}">Horaires de la médiathèque : donnez votre avis</a></h2>{survey_form}</article>
<article class="fl-card fl-card--survey fl-card--closed"><h2>Nom de la future place du marché</h2><p>Consultation terminée — résultats publiés sur le site de la ville.</p></article>""",
             features={"poll"}),
        page(survey, "Horaires de la médiathèque : donnez votre avis", f"""
<p>La médiathèque municipale revoit ses horaires pour la rentrée de septembre. Avant de trancher, les élus souhaitent connaître vos préférences.</p>{survey_form}""",
             features={"poll"}, parent=("Consultations", "/consultations")),
        page("/actualites", "Actualités de la mairie", """
<article class="fl-card fl-card--news"><h2>Travaux de la place du Marché : le calendrier</h2><p>Les travaux commencent le 14 avril pour cinq mois. Le marché du samedi se tiendra allée des Platanes pendant toute la durée du chantier.</p></article>
<article class="fl-card fl-card--news"><h2>Coupure d'eau rue des Résiniers</h2><p>Mardi 8 avril de 9 h à 12 h, pour le remplacement d'une canalisation.</p></article>"""),
        page("/connexion", "Se connecter", m.login_form("/api/v2/auth/login", "email", "password") +
             '<p>Pas encore de compte ? Téléchargez l\'application Fluicity ou créez un compte en ligne.</p>',
             decoys={"contact_form"}),
        page("/cgu", "Conditions générales d'utilisation", """
<p>L'espace citoyen est édité par Fluicity pour le compte de la Ville d'Orbessac-les-Pins. Les contributions doivent respecter la loi et la charte de modération : pas d'attaques personnelles, pas de propos discriminatoires, pas de publicité.</p>"""),
    ]
    return Site("orbessac-les-pins.flui.city", THEME["fluicity"], "Orbessac participative", pages,
                menu=[("Fil", "/"), ("Idées", "/idees"), ("Consultations", "/consultations"), ("Actualités", "/actualites")],
                features=PLATFORM, platforms=frozenset({"fluicity"}))


# =================================================================================================
# 98603 Sarlenne: Drupal, a CONSUL Democracy platform


def _webform(form_id, action, node, rows, submit):
    return (f'<form class="webform-submission-form webform-submission-add-form webform-submission-{form_id}-form '
            f'webform-submission-{form_id}-node-{node}-add-form js-webform-details-toggle webform-details-toggle" '
            f'data-drupal-selector="webform-submission-{form_id}-node-{node}-add-form" action="{action}" method="post" '
            f'id="webform-submission-{form_id}-node-{node}-add-form" accept-charset="UTF-8">{rows}'
            f'<div data-drupal-selector="edit-actions" class="form-actions webform-actions js-form-wrapper form-wrapper" id="edit-actions">'
            f'<input class="webform-button--submit button button--primary js-form-submit form-submit" data-drupal-selector="edit-actions-submit" type="submit" id="edit-actions-submit" name="op" value="{submit}" /></div>'
            f'<input autocomplete="off" data-drupal-selector="form-b7e2" type="hidden" name="form_build_id" value="form-b7e2Lw9kXq3ZpTn0aYd5cRv8mJ1sF4hG6uE" />'
            f'<input data-drupal-selector="edit-webform-submission-{form_id}-node-{node}-add-form" type="hidden" name="form_id" value="webform_submission_{form_id.replace("-", "_")}_node_{node}_add_form" /></form>')


def _wf_text(name, label, kind="text", required=False):
    req = ' required="required" aria-required="true"' if required else ""
    star = " js-form-required form-required" if required else ""
    control = (f'<textarea data-drupal-selector="edit-{name}" id="edit-{name}" name="{name}" rows="6" cols="60" class="form-textarea{" required" if required else ""}"{req}></textarea>'
               if kind == "textarea" else
               f'<input data-drupal-selector="edit-{name}" type="{kind}" id="edit-{name}" name="{name}" value="" size="60" class="form-{kind}{" required" if required else ""}"{req} />')
    return (f'<div class="js-form-item form-item js-form-type-{kind} form-type-{kind} js-form-item-{name} form-item-{name}">'
            f'<label for="edit-{name}" class="form-item__label{star}">{label}</label>{control}</div>')


def _wf_radios(name, legend, options):
    items = "".join(f'<div class="js-form-item form-item js-form-type-radio form-type-radio js-form-item-{name} form-item-{name}">'
                    f'<input data-drupal-selector="edit-{name}-{i}" type="radio" id="edit-{name}-{i}" name="{name}" value="{i}" class="form-radio" />'
                    f'<label for="edit-{name}-{i}" class="option">{o}</label></div>' for i, o in enumerate(options, 1))
    return (f'<fieldset data-drupal-selector="edit-{name}" class="radios--wrapper fieldgroup form-composite webform-composite-visible-title '
            f'js-webform-type-radios webform-type-radios js-form-item form-item js-form-wrapper form-wrapper" id="edit-{name}--wrapper">'
            f'<legend id="edit-{name}--wrapper-legend"><span class="fieldset-legend">{legend}</span></legend>'
            f'<div class="fieldset-wrapper"><div id="edit-{name}" class="js-webform-radios webform-options-display-one-column form-radios">{items}</div></div></fieldset>')


def sarlenne():
    host = "www.ville-sarlenne.fr"
    decidez = "http://decidez.ville-sarlenne.fr"
    actu = ("Actualités", "/actualites")
    ville = ("Ma ville", "/ma-ville")
    participer = ("Participer", "/participer")
    consent = ('<div class="js-form-item form-item js-form-type-checkbox form-item-rgpd"><input type="checkbox" id="edit-rgpd" '
               'name="rgpd" value="1" class="form-checkbox required" required="required" /><label for="edit-rgpd" class="option">'
               "J'accepte que mes données soient utilisées pour traiter ma demande.</label></div>")
    pages = [
        page("/", "Accueil", f"""
<div class="layout layout--onecol"><div class="layout__region">
<h2>À la une</h2>
<div class="views-view-grid"><div class="views-row"><a href="/actualites/travaux-rue-de-la-filature">Travaux rue de la Filature : ce qui change jusqu'en juillet</a></div>
<div class="views-row"><a href="/actualites/maternite-mobilisation">Maternité de Sarlenne : la Ville saisit l'Agence régionale de santé</a></div>
<div class="views-row"><a href="/actualites/rentree-culturelle-2025">La rentrée culturelle se dévoile</a></div></div>
<p><a href="/actualites">Toutes les actualités</a></p>
<h2>Participer</h2><ul><li><a href="/participer">La démocratie participative à Sarlenne</a></li><li><a href="/participer/questionnaire-mediatheque">Questionnaire : la médiathèque de demain</a></li></ul>
<h2>Recherches fréquentes</h2><ul class="search-suggestions"><li><a href="/search/node?keys=budget">budget</a></li><li><a href="/demarches">carte d'identité</a></li><li><a href="/agenda">marché de Noël</a></li></ul>
<h2>Services</h2><ul><li><a href="/ma-ville/emploi">La Ville recrute</a></li><li><a href="/ma-ville/enquete-insee-emploi">Enquête de l'Insee en cours</a></li></ul>
</div></div>"""),
        page("/actualites", "Actualités", """
<div class="view view-actualites view-display-id-page_1"><div class="view-content">
<div class="views-row"><article class="node node--type-article node--view-mode-teaser"><h2><a href="/actualites/travaux-rue-de-la-filature">Travaux rue de la Filature : ce qui change jusqu'en juillet</a></h2><p>7 avril 2025</p></article></div>
<div class="views-row"><article class="node node--type-article node--view-mode-teaser"><h2><a href="/actualites/maternite-mobilisation">Maternité de Sarlenne : la Ville saisit l'Agence régionale de santé</a></h2><p>27 mars 2025</p></article></div>
<div class="views-row"><article class="node node--type-article node--view-mode-teaser"><h2><a href="/actualites/rentree-culturelle-2025">La rentrée culturelle se dévoile</a></h2><p>14 mars 2025</p></article></div>
</div><nav class="pager" role="navigation"><ul class="pager__items"><li class="pager__item is-active">1</li></ul></nav></div>"""),
        page("/actualites/travaux-rue-de-la-filature", "Travaux rue de la Filature : ce qui change jusqu'en juillet", f"""
<p class="node__meta">7 avril 2025</p>
<p>Le remplacement des réseaux d'eau et la création d'un double sens cyclable rue de la Filature ont commencé le 7 avril. La rue est fermée à la circulation entre la place Roubaix et la rue des Tisserands jusqu'au 11 juillet ; l'accès riverain est maintenu le soir et le week-end.</p>
<p>Les bus de la ligne 4 sont déviés par le boulevard Jean-Jaurès. L'arrêt « Filature » est reporté rue du Peignage.</p>
{m.drupal_comments(214, [(1502, "Bernadette", "8 avril 2025", "Stationnement", "Où les riverains peuvent-ils se garer pendant les travaux ?"),
                         (1505, "Service voirie", "9 avril 2025", "Réponse", "Le parking du marché couvert est gratuit pour les riverains sur présentation de la carte remise par l'entreprise.")])}""",
             features={"comments"}, decoys={"contact_form"}, parent=actu),
        # a national petition platform, named in a news item, is not a city-run petition space
        page("/actualites/maternite-mobilisation", "Maternité de Sarlenne : la Ville saisit l'Agence régionale de santé", """
<p class="node__meta">27 mars 2025</p>
<p>Le projet de regroupement des accouchements sur le site hospitalier de la métropole inquiète. Le maire a écrit au directeur général de l'Agence régionale de santé pour demander le maintien d'une maternité de niveau 2 à Sarlenne, qui a accueilli 1 870 naissances l'an dernier.</p>
<p>Le conseil municipal a adopté à l'unanimité, lundi, un vœu en ce sens. Un collectif de soignants et de parents a par ailleurs lancé une pétition sur change.org, « Sauvons la maternité de Sarlenne », qui a dépassé les 12 000 signatures ; un rassemblement est prévu samedi devant l'hôpital.</p>
<p>Le quotidien local suit le dossier sur <a href="https://www.facebook.com/lechodusarlennois">la page Facebook de L'Écho du Sarlennois</a>.</p>""",
             decoys={"petition"}, parent=actu),
        page("/actualites/rentree-culturelle-2025", "La rentrée culturelle se dévoile", """
<p class="node__meta">14 mars 2025</p>
<p>Théâtre, cirque, musique : la saison 2025-2026 du théâtre municipal Le Tissage compte 42 spectacles, dont quatre créations accueillies en résidence. Les abonnements ouvrent le 2 juin en ligne et à la billetterie.</p>
<p>Nouveauté : un tarif à 5 € pour les moins de 18 ans et les demandeurs d'emploi sur tous les spectacles.</p>""", parent=actu),
        page("/ma-ville", "Ma ville", """
<ul><li><a href="/ma-ville/finances/compte-administratif-2024">Les finances de la ville</a></li><li><a href="/ma-ville/emploi">Offres d'emploi</a></li><li><a href="/ma-ville/enquete-insee-emploi">Les enquêtes statistiques</a></li></ul>
<p>Sarlenne, 138 500 habitants, ancienne cité textile, est la deuxième ville de l'arrondissement.</p>"""),
        page("/ma-ville/finances/compte-administratif-2024", "Compte administratif 2024", """
<p>Le compte administratif retrace l'exécution du budget de l'année écoulée. Celui de 2024 a été approuvé par le conseil municipal le 16 juin 2025.</p>
<table><thead><tr><th></th><th>Réalisé 2024</th></tr></thead><tbody><tr><td>Recettes de fonctionnement</td><td>171,3 M€</td></tr><tr><td>Dépenses de fonctionnement</td><td>152,8 M€</td></tr><tr><td>Dépenses d'investissement</td><td>44,6 M€</td></tr><tr><td>Épargne nette</td><td>9,1 M€</td></tr></tbody></table>
<p>Le taux de réalisation des investissements atteint 82 %. La capacité de désendettement s'établit à 4,3 années.</p>""",
             decoys={"participatory_budget"}, parent=ville),
        page("/ma-ville/emploi", "La Ville recrute", """
<p>Consultez nos offres d'emploi et envoyez votre candidature (CV et lettre de motivation) à la direction des ressources humaines.</p>
<div class="view-offres"><article><h2>Appel à candidatures : animateur ou animatrice périscolaire (H/F)</h2><p>Cadre d'emplois des adjoints d'animation — temps non complet — date limite : 30 avril 2025.</p></article>
<article><h2>Appel à candidatures : chargé(e) de mission transition écologique</h2><p>Catégorie A, attaché territorial — date limite : 15 mai 2025.</p></article>
<article><h2>Jobs d'été 2025</h2><p>Candidatures jusqu'au 31 mars pour les postes saisonniers aux espaces verts et aux piscines.</p></article></div>""",
             decoys={"suggestion_call"}, parent=ville),
        page("/ma-ville/enquete-insee-emploi", "Enquête de l'Insee sur l'emploi", """
<p>L'Institut national de la statistique et des études économiques (Insee) réalise tout au long de l'année une enquête sur l'emploi, le chômage et l'inactivité. Certains logements de Sarlenne ont été tirés au sort.</p>
<p>Les ménages concernés sont prévenus par lettre et recevront la visite d'un enquêteur de l'Insee muni d'une carte officielle. Les réponses sont confidentielles et servent uniquement à l'établissement de statistiques.</p>
<p>Nous vous remercions de réserver un bon accueil à l'enquêteur.</p>""", decoys={"poll"}, parent=ville),
        page("/participer", "La démocratie participative", f"""
<p>La Ville de Sarlenne associe ses habitants à la construction des politiques publiques. Plusieurs dispositifs de démocratie participative permettent à chacun de s'informer, de donner son avis et de proposer.</p>
<h2>Les instances</h2><ul><li><a href="/participer/conseil-citoyen">Le conseil citoyen des Tisserands et du Peignage</a>, dans les quartiers prioritaires ;</li><li>les assemblées de quartier, réunies deux fois par an.</li></ul>
<h2>Les outils</h2><ul><li><a href="{decidez}/">Décidez Sarlenne</a>, la plateforme en ligne : propositions, votations et budget participatif ;</li><li><a href="/participer/budget-participatif-2024-les-laureats">les projets lauréats du budget participatif 2024</a> ;</li><li><a href="/participer/questionnaire-mediatheque">les questionnaires en ligne</a>.</li></ul>
<p>Contact : Mission démocratie participative, 03 20 00 59 70.</p>""", features={"participation_displayed"}),
        page("/participer/conseil-citoyen", "Le conseil citoyen", """
<p>Créé par la loi de programmation pour la ville et la cohésion urbaine du 21 février 2014, le conseil citoyen associe les habitants des quartiers prioritaires à l'élaboration, au suivi et à l'évaluation du contrat de ville.</p>
<h2>Composition</h2><p>Le conseil citoyen des Tisserands et du Peignage compte 24 membres : 16 habitants, dont la moitié tirés au sort, et 8 représentants d'associations et d'acteurs locaux. Il est indépendant de la municipalité et accompagné par le centre social Ronde des Quartiers.</p>
<h2>Ses travaux</h2><p>En 2024, le conseil citoyen a participé au comité de pilotage du contrat de ville « Engagements Quartiers 2030 », organisé deux marches exploratoires sur la sécurité des femmes dans l'espace public et rendu un avis sur le projet de rénovation urbaine du Peignage.</p>
<p>Ses réunions sont ouvertes à tous les habitants : le premier mardi du mois à 18 h, au centre social.</p>""",
             features={"participation_displayed"}, parent=participer),
        # the winners of a participatory budget residents voted on: the page is about that budget, not a poll to answer
        page("/participer/budget-participatif-2024-les-laureats", "Budget participatif 2024 : les projets lauréats", f"""
<p>Du 2 au 30 septembre 2024, 6 214 Sarlennois ont voté pour choisir les projets financés par la deuxième édition du budget participatif, dotée de 600 000 €. Voici les douze projets lauréats, qui seront réalisés d'ici fin 2025.</p>
<table><thead><tr><th>Rang</th><th>Projet</th><th>Quartier</th><th>Voix</th><th>Coût</th></tr></thead><tbody>
<tr><td>1</td><td>Un jardin partagé au pied des tours du Peignage</td><td>Peignage</td><td>1 412</td><td>48 000 €</td></tr>
<tr><td>2</td><td>Des toilettes publiques au parc Barbieux</td><td>Centre</td><td>1 198</td><td>85 000 €</td></tr>
<tr><td>3</td><td>Un terrain de basket 3x3 aux Tisserands</td><td>Tisserands</td><td>1 046</td><td>72 000 €</td></tr>
<tr><td>4</td><td>Des nichoirs et un refuge LPO au cimetière de l'Épeule</td><td>Épeule</td><td>902</td><td>9 500 €</td></tr>
<tr><td>5</td><td>Une boîte à dons couverte place de la Liberté</td><td>Centre</td><td>877</td><td>14 000 €</td></tr></tbody></table>
<p>Les sept autres projets lauréats sont présentés sur <a href="{decidez}/budgets/4">Décidez Sarlenne</a>, où l'édition 2025 est lancée.</p>""",
             features={"participatory_budget"}, parent=participer),
        page("/participer/questionnaire-mediatheque", "Questionnaire : la médiathèque de demain", f"""
<p>La Ville prépare la rénovation de la médiathèque Jean-Prouvé. Aidez-nous à imaginer ses futurs services en répondant à ce questionnaire (5 minutes). Il est ouvert jusqu'au 15 juin.</p>
{_webform("questionnaire-mediatheque", "/participer/questionnaire-mediatheque", 412,
          _wf_radios("frequence", "À quelle fréquence venez-vous à la médiathèque ?", ["Chaque semaine", "Une ou deux fois par mois", "Quelques fois par an", "Jamais"])
          + _wf_radios("horaires", "Quel créneau d'ouverture supplémentaire vous serait le plus utile ?", ["Le dimanche", "Le soir jusqu'à 20 h", "Le lundi", "Aucun"])
          + _wf_radios("espace", "Quel nouvel espace souhaiteriez-vous en priorité ?", ["Un espace jeux vidéo", "Un fab lab", "Des salles de travail en groupe", "Un café"])
          + _wf_text("quartier", "Votre quartier (facultatif)"), "Envoyer mes réponses")}""",
             features={"poll"}, parent=participer),
        page("/contact", "Contacter la mairie", f"""
<p>Hôtel de ville, place de la Liberté — standard : 03 20 00 59 59, du lundi au vendredi de 8 h 30 à 17 h 30.</p>
{_webform("contact", "/contact", 18,
          _wf_text("nom", "Votre nom", required=True) + _wf_text("email", "Votre adresse électronique", "email", True)
          + _wf_text("sujet", "Sujet", required=True) + _wf_text("message", "Message", "textarea", True)
          + consent,
          "Envoyer le message")}""", features={"contact_form"}),
        page("/search/node?keys=budget", "Rechercher", """
<form class="search-form search-page-form" data-drupal-selector="search-form" action="/search/node" method="get" id="search-form" accept-charset="UTF-8">
<div class="container-inline js-form-wrapper form-wrapper"><div class="js-form-item form-item js-form-type-search form-type-search js-form-item-keys form-item-keys"><label for="edit-keys--2">Saisir vos mots-clés</label><input data-drupal-selector="edit-keys" type="search" id="edit-keys--2" name="keys" value="budget" size="30" maxlength="255" class="form-search" /></div>
<input data-drupal-selector="edit-submit" type="submit" id="edit-submit--3" value="Rechercher" class="button js-form-submit form-submit" /></div>
<details class="search-advanced js-form-wrapper form-wrapper" data-drupal-selector="edit-advanced" id="edit-advanced"><summary role="button" aria-controls="edit-advanced" aria-expanded="false">Recherche avancée</summary><div class="details-wrapper"><div class="js-form-item form-item js-form-type-textfield"><label for="edit-or">Contenant n'importe lequel des mots</label><input type="text" id="edit-or" name="or" value="" size="30" maxlength="255" class="form-text" /></div></div></details></form>
<h2>Résultats de la recherche</h2>
<ol class="search-results node_search-results">
<li><h3 class="search-result__title"><a href="/ma-ville/finances/compte-administratif-2024">Compte administratif 2024</a></h3><p class="search-result__snippet">… l'exécution du <strong>budget</strong> de l'année écoulée …</p></li>
<li><h3 class="search-result__title"><a href="/participer/budget-participatif-2024-les-laureats">Budget participatif 2024 : les projets lauréats</a></h3><p class="search-result__snippet">… la deuxième édition du <strong>budget</strong> participatif …</p></li></ol>""",
             decoys={"contact_form"}),
        page("/agenda", "Agenda", """
<div class="view-agenda"><article><h2>Braderie de la Filature</h2><p>Dimanche 1er juin 2025 — centre-ville</p></article><article><h2>Nuit des musées</h2><p>Samedi 17 mai 2025 — musée de la Manufacture</p></article><article><h2>Conseil municipal</h2><p>Lundi 16 juin 2025, 19 h — salle des fêtes</p></article></div>"""),
        page("/demarches", "Démarches", """
<ul><li><a href="https://www.service-public.fr/particuliers/vosdroits/N358">Carte nationale d'identité et passeport</a> : sur rendez-vous à l'hôtel de ville ou à la mairie annexe de l'Épeule</li><li><a href="https://www.service-public.fr/particuliers/vosdroits/R1406">Actes d'état civil</a></li><li><a href="https://www.service-public.fr/particuliers/vosdroits/F1986">Urbanisme</a></li></ul>"""),
        _legal("/mentions-legales", "Ville de Sarlenne, hôtel de ville, place de la Liberté, 59390 Sarlenne",
               "Hébergement : Agence web Nord Numérique, sur des serveurs situés à Roubaix."),
        _accessibility("/accessibilite", 76, "septembre 2024", "2025-2027"),
    ]
    main = Site(host, THEME["drupal"], "Ville de Sarlenne", pages,
                menu=[("Ma ville", "/ma-ville"), ("Actualités", "/actualites"), ("Agenda", "/agenda"),
                      ("Démarches", "/demarches"), ("Participer", "/participer"), ("Contact", "/contact")],
                accounts=[social("facebook", "villedesarlenne"), social("x", "Sarlenne"),
                          social("instagram", "villedesarlenne"), social("linkedin", "ville-de-sarlenne"),
                          social("bluesky", "sarlenne.bsky.social")],
                address="Place de la Liberté, 59390 Sarlenne")
    return _city("98603", "Sarlenne", 138500, "59", [main, _sarlenne_consul()],
                 decoy_accounts=("https://www.facebook.com/lechodusarlennois",))


def _sarlenne_consul():
    proposal = "/proposals/318-un-marche-couvert-aux-tisserands"
    investment = "/budgets/4/investments/77"
    poll = "/polls/9-horaires-d-ete-de-la-piscine"

    def proposal_row(href, title, supports, comments):
        link = f'<a href="{href}">{title}</a>' if href else title
        return (f'<div id="proposal_{supports}" class="proposal clear" data-type="proposal"><div class="panel"><div class="row">'
                f'<div class="small-12 medium-9 column"><div class="proposal-content"><h3>{link}</h3><p class="proposal-info"><span class="icon-comments"></span> {comments} commentaires</p></div></div>'
                f'<div id="proposal_{supports}_votes" class="small-12 medium-3 column supports-container"><div class="supports"><span class="total-supports">{supports} soutiens</span>'
                f'<div class="in-favor"><a class="button button-support small expanded" title="Soutenir cette proposition" href="/users/sign_in">Soutenir</a></div></div></div></div></div></div>')

    pages = [
        # a platform's home presenting the city's approach: participation displayed as well
        page("/", "Décidez Sarlenne", f"""
<div class="jumbo highlight"><div class="row"><div class="small-12 column"><h2>Sarlenne se construit avec vous</h2><p>Décidez Sarlenne est l'outil de démocratie participative de la Ville : proposez, débattez, votez et choisissez les projets du budget participatif.</p></div></div></div>
<div class="row"><div class="small-12 medium-4 column"><h3><a href="/proposals">Propositions citoyennes</a></h3><p>Une proposition qui recueille 1 % de soutiens des habitants est étudiée par le conseil municipal.</p></div>
<div class="small-12 medium-4 column"><h3><a href="/budgets/4">Budget participatif 2025</a></h3><p>800 000 € pour vos projets. Phase actuelle : soutiens.</p></div>
<div class="small-12 medium-4 column"><h3><a href="/polls">Votations</a></h3><p>Une question est ouverte : les horaires d'été de la piscine.</p></div></div>""",
             features={"participation_displayed"}),
        page("/proposals", "Propositions citoyennes", f"""
<div class="row"><div class="small-12 medium-9 column"><p>Les propositions citoyennes permettent à chacun de soumettre une idée pour Sarlenne. Proposez la vôtre et soutenez celles des autres : au-delà de 1 380 soutiens, la proposition est présentée en conseil municipal.</p>
<div id="proposals-list">{proposal_row(proposal, "Un marché couvert aux Tisserands", 642, 18)}{proposal_row(None, "Gratuité des bus le samedi", 1104, 41)}{proposal_row(None, "Des récupérateurs d'eau de pluie pour les jardins familiaux", 219, 6)}</div></div>
<aside class="small-12 medium-3 column"><a class="button expanded" href="/proposals/new">Créer une proposition</a></aside></div>""",
             features={"suggestion_call"}),
        page("/proposals/new", "Créer une proposition", """
<form class="new_proposal" id="new_proposal" enctype="multipart/form-data" action="/proposals" accept-charset="UTF-8" method="post">
<input type="hidden" name="authenticity_token" value="bmV3IHByb3Bvc2FsIHNhcmxlbm5l" autocomplete="off" />
<div class="callout primary"><p>Avant de créer une proposition, vérifiez qu'une proposition similaire n'existe pas déjà.</p></div>
<label for="proposal_title">Titre de la proposition</label><input maxlength="80" placeholder="Titre de la proposition" type="text" name="proposal[title]" id="proposal_title" />
<label for="proposal_summary">Résumé de la proposition</label><textarea rows="4" maxlength="200" name="proposal[summary]" id="proposal_summary"></textarea>
<label for="proposal_description">Texte de la proposition</label><textarea rows="10" name="proposal[description]" id="proposal_description"></textarea>
<label for="proposal_tag_list">Sujets</label><input type="text" name="proposal[tag_list]" id="proposal_tag_list" />
<label><input name="proposal[terms_of_service]" type="checkbox" value="1" id="proposal_terms_of_service" /> J'accepte la politique de confidentialité et les conditions d'utilisation</label>
<input type="submit" name="commit" value="Créer une proposition" class="button" data-disable-with="Créer une proposition" /></form>""",
             features={"suggestion_call"}, decoys={"contact_form"}, parent=("Propositions", "/proposals")),
        page(proposal, "Un marché couvert aux Tisserands", """
<div class="proposal-show"><p class="proposal-info">Proposition de Farid B. · 12/02/2025 · 18 commentaires</p>
<p class="lead">Transformer l'ancienne halle de la teinturerie en marché couvert ouvert trois jours par semaine, avec des producteurs locaux.</p>
<p>Le quartier n'a plus de commerce alimentaire depuis la fermeture de la supérette. La halle appartient à la Ville et sa structure est saine. Un marché attirerait aussi les habitants des quartiers voisins.</p>
<div class="supports"><span class="total-supports">642 soutiens</span> <a class="button button-support" href="/users/sign_in">Soutenir</a></div></div>
<section class="comments" id="comments"><h2>Commentaires <span>(18)</span></h2>
<div class="comment small-12 column" id="comment_2210"><div class="comment-body"><div class="comment-info"><span class="user-name">Lucie</span> • 13/02/2025</div><p>Oui ! Et pourquoi pas un espace de restauration le vendredi soir.</p></div></div>
<div class="comment small-12 column" id="comment_2214"><div class="comment-body"><div class="comment-info"><span class="user-name">Gérard M.</span> • 15/02/2025</div><p>Il faudra régler la question du stationnement des camions des producteurs.</p></div></div>
<div class="callout primary">Vous devez <a href="/users/sign_in">vous connecter</a> ou <a href="/users/sign_up">vous inscrire</a> pour laisser un commentaire.</div></section>""",
             features={"comments"}, parent=("Propositions", "/proposals")),
        page("/budgets/4", "Budget participatif 2025", """
<div class="budget-header"><p>800 000 € pour réaliser vos projets d'investissement. Tous les habitants de Sarlenne dès 14 ans peuvent voter.</p>
<ol class="budget-phases"><li class="is-past">Dépôt des projets (janvier – février)</li><li class="is-active">Soutiens (mars – avril)</li><li>Évaluation par les services (mai)</li><li>Vote final (septembre)</li><li>Résultats et réalisation</li></ol>
<p><a class="button" href="/budgets/4/investments">Voir les projets et les soutenir</a></p></div>""",
             features={"participatory_budget"}),
        page("/budgets/4/investments", "Projets d'investissement", f"""
<div class="budget-investments-list"><p>Sélectionnez les projets que vous voulez voir passer en phase de vote final.</p>
<div class="budget-investment clear"><h3><a href="{investment}">Une piste d'athlétisme au stade de l'Épeule</a></h3><p class="investment-project-info">Épeule · 190 000 €</p><div class="supports"><span class="total-supports">388 soutiens</span> <a class="button button-support small" href="/users/sign_in">Soutenir</a></div></div>
<div class="budget-investment clear"><h3>Des arceaux vélos devant chaque école</h3><p class="investment-project-info">Toute la ville · 36 000 €</p><div class="supports"><span class="total-supports">352 soutiens</span></div></div>
<div class="budget-investment clear"><h3>Un verger conservatoire au parc de la Teinturerie</h3><p class="investment-project-info">Tisserands · 27 000 €</p><div class="supports"><span class="total-supports">271 soutiens</span></div></div></div>""",
             features={"participatory_budget"}, parent=("Budget participatif 2025", "/budgets/4")),
        page(investment, "Une piste d'athlétisme au stade de l'Épeule", """
<div class="budget-investment-show"><p class="investment-project-info">Code du projet : BP25-077 · Épeule · Coût estimé : 190 000 €</p>
<p>Remplacer la piste en cendrée du stade par une piste synthétique de quatre couloirs, ouverte aux clubs, aux collèges et aux habitants le week-end.</p>
<div class="supports"><span class="total-supports">388 soutiens</span> <a class="button button-support" href="/users/sign_in">Soutenir ce projet</a></div>
<p class="callout">Ce projet sera évalué par les services en mai avant le vote final.</p></div>""",
             features={"participatory_budget"}, parent=("Projets", "/budgets/4/investments")),
        # the votations index: each open question is answered from it
        page("/polls", "Votations", f"""
<p>Les votations permettent à la municipalité de poser une question aux habitants. Tout habitant inscrit et vérifié peut répondre.</p>
<div class="poll with-image"><h3><a href="{poll}">Horaires d'été de la piscine Mercier</a></h3><p>Ouverte jusqu'au 31 mai</p><a class="button" href="{poll}">Participer à cette votation</a></div>
<div class="poll expired"><h3>Nom de la nouvelle passerelle sur le canal</h3><p>Votation terminée</p></div>""",
             features={"poll"}),
        page(poll, "Horaires d'été de la piscine Mercier", """
<div class="poll-question"><p>Cet été, la piscine Mercier peut étendre ses horaires sur l'un des créneaux suivants. Lequel préférez-vous ?</p>
<form class="poll-question-form" action="/polls/9/answers" method="post"><input type="hidden" name="authenticity_token" value="cG9sbCBzYXJsZW5uZQ" autocomplete="off" />
<fieldset><legend>Votre choix</legend><label><input type="radio" name="answer" value="Ouverture dès 7 h"> Ouverture dès 7 h en semaine</label><label><input type="radio" name="answer" value="Nocturne"> Nocturne jusqu'à 22 h le vendredi</label><label><input type="radio" name="answer" value="Dimanche"> Ouverture le dimanche toute la journée</label></fieldset>
<button type="submit" class="button">Voter</button></form>
<p class="help-text">Vous devez être inscrit et avoir vérifié votre compte pour participer.</p></div>""",
             features={"poll"}, parent=("Votations", "/polls")),
        page("/users/sign_in", "Se connecter", m.login_form("/users/sign_in", "user[login]", "user[password]", "Adresse e-mail ou nom d'utilisateur")
             + '<p><a href="/users/sign_up">Vous n\'avez pas de compte ? Inscrivez-vous</a></p>', decoys={"contact_form"}),
        page("/users/sign_up", "S'inscrire", """
<form class="new_user" id="new_user" action="/users" accept-charset="UTF-8" method="post">
<label for="user_username">Nom d'utilisateur</label><input type="text" name="user[username]" id="user_username" />
<label for="user_email">Adresse e-mail</label><input type="email" name="user[email]" id="user_email" />
<label for="user_password">Mot de passe</label><input type="password" name="user[password]" id="user_password" />
<label for="user_password_confirmation">Confirmer le mot de passe</label><input type="password" name="user[password_confirmation]" id="user_password_confirmation" />
<label><input type="checkbox" name="user[terms_of_service]" value="1" /> J'accepte les conditions d'utilisation</label>
<input type="submit" name="commit" value="S'inscrire" class="button expanded" /></form>""", decoys={"contact_form"}),
        page("/help", "Aide", """
<h2>Propositions</h2><p>Toute personne inscrite peut créer une proposition. Elle reste ouverte aux soutiens pendant douze mois.</p>
<h2>Budget participatif</h2><p>Les projets sont déposés, soutenus, étudiés par les services puis soumis au vote final.</p>
<h2>Votations</h2><p>Les votations sont ouvertes aux habitants ayant vérifié leur compte auprès de l'accueil de la mairie.</p>"""),
        page("/conditions", "Conditions d'utilisation", """
<p>Décidez Sarlenne est un site de la Ville de Sarlenne. Les contenus publiés doivent respecter la loi et ne contenir ni injures, ni propos discriminatoires, ni données personnelles de tiers. Les modérateurs peuvent masquer tout contenu contraire à ces règles.</p>"""),
    ]
    return Site("decidez.ville-sarlenne.fr", THEME["consul"], "Décidez Sarlenne", pages,
                menu=[("Accueil", "/"), ("Propositions", "/proposals"), ("Votations", "/polls"),
                      ("Budget participatif", "/budgets/4"), ("Aide", "/help")],
                features=PLATFORM, platforms=frozenset({"consul"}))


# =================================================================================================
# 98604 Trévallon-sur-Oust: SPIP, no social account


def trevallon():
    host = "www.trevallon-sur-oust.fr"
    actu = ("Actualités", "/spip.php?rubrique4")
    vie = ("Vie locale", "/Agenda")

    def share(path, title):
        return m.share_buttons(f"https://{host}{path}", title)

    pages = [
        page("/", "Accueil", """
<div class="edito"><p>Bienvenue sur le site de la commune de Trévallon-sur-Oust. La mairie est ouverte du lundi au samedi matin ; retrouvez ici les informations pratiques, l'actualité et les rendez-vous de la commune.</p></div>
<div class="une"><h2>Actualités</h2><ul class="liste-articles">
<li><a href="/Travaux-du-pont-de-Quelven">Travaux du pont de Quelven : circulation alternée jusqu'au 20 juin</a></li>
<li><a href="/Le-marche-du-jeudi-s-agrandit">Le marché du jeudi s'agrandit</a></li>
<li><a href="/Repas-des-aines-2025">Repas des aînés : inscriptions ouvertes</a></li></ul>
<p><a href="/spip.php?rubrique4">Toutes les actualités</a></p></div>
<div class="bloc-liens"><h2>À votre écoute</h2><ul>
<li><a href="/La-boite-a-idees">La boîte à idées</a></li>
<li><a href="/Questionnaire-transports-scolaires">Questionnaire : les transports scolaires</a></li>
<li><a href="/Conseil-des-sages">Le conseil des sages</a></li>
<li><a href="/Participation-citoyenne">Dispositif de participation citoyenne</a></li>
<li><a href="/Enquete-Insee-cadre-de-vie-et-securite">Enquête Insee en cours</a></li></ul></div>"""),
        page("/spip.php?rubrique4", "Actualités", """
<ul class="liste-articles">
<li><a href="/Travaux-du-pont-de-Quelven">Travaux du pont de Quelven : circulation alternée jusqu'au 20 juin</a> <small>2 avril 2025</small></li>
<li><a href="/Le-marche-du-jeudi-s-agrandit">Le marché du jeudi s'agrandit</a> <small>18 mars 2025</small></li>
<li><a href="/Repas-des-aines-2025">Repas des aînés : inscriptions ouvertes</a> <small>3 mars 2025</small></li></ul>"""),
        # SPIP's public forum under the article; share links are not the commune's accounts (it has none)
        page("/Travaux-du-pont-de-Quelven", "Travaux du pont de Quelven : circulation alternée jusqu'au 20 juin", f"""
<p class="info-publi"><small>publié le 2 avril 2025</small></p>
<div class="chapo"><p>Le Département engage la réfection du tablier et des garde-corps du pont de Quelven, sur la route de Josselin.</p></div>
<p>Du 7 avril au 20 juin, la circulation se fera en alternat par feux tricolores, de 7 h 30 à 18 h. Le pont sera totalement fermé les nuits du 12 au 16 mai ; une déviation sera mise en place par Guégon.</p>
<p>Le car scolaire de la ligne 12 maintient ses horaires. Les piétons et les cyclistes pourront traverser en permanence par une passerelle provisoire.</p>
{share("/Travaux-du-pont-de-Quelven", "Travaux du pont de Quelven")}
{m.spip_forum(73, [(211, "Yvonne", "3 avril 2025", "Car du matin", "Le car de 7 h 20 passera-t-il bien par le pont pendant la fermeture de nuit ?"),
                   (212, "La mairie", "4 avril 2025", "Réponse", "Oui, la fermeture ne concerne que la période de 21 h à 6 h.")])}""",
             features={"comments"}, decoys={"social_account", "contact_form"}, parent=actu),
        page("/Le-marche-du-jeudi-s-agrandit", "Le marché du jeudi s'agrandit", f"""
<p class="info-publi"><small>publié le 18 mars 2025</small></p>
<p>À partir du jeudi 3 avril, le marché hebdomadaire s'étend à la place de l'Église. Trois nouveaux exposants rejoignent les douze commerçants habituels : un maraîcher bio de Lizio, un apiculteur et un food-truck de crêpes.</p>
<p>Le stationnement est interdit place de l'Église le jeudi de 6 h à 14 h.</p>
{share("/Le-marche-du-jeudi-s-agrandit", "Le marché du jeudi s'agrandit")}""",
             decoys={"social_account"}, parent=actu),
        page("/Repas-des-aines-2025", "Repas des aînés : inscriptions ouvertes", f"""
<p class="info-publi"><small>publié le 3 mars 2025</small></p>
<p>Le repas offert par le CCAS aux habitants de 70 ans et plus aura lieu le dimanche 6 avril à la salle des fêtes. Inscriptions en mairie jusqu'au 28 mars. Les personnes ne pouvant se déplacer peuvent demander un colis.</p>
{share("/Repas-des-aines-2025", "Repas des aînés")}""", decoys={"social_account"}, parent=actu),
        page("/Conseil-des-sages", "Le conseil des sages", """
<div class="chapo"><p>Instance consultative créée par le conseil municipal en 2021, le conseil des sages met l'expérience des habitants retraités au service de la commune.</p></div>
<h3 class="spip">Qui peut en faire partie ?</h3><p>Toute personne de plus de 60 ans, inscrite sur les listes électorales de la commune et dégagée de toute activité professionnelle. Les membres, au nombre de quinze, sont nommés pour la durée du mandat municipal. Ils ne sont pas élus municipaux et s'engagent à un devoir de réserve.</p>
<h3 class="spip">Que fait-il ?</h3><p>Le conseil des sages étudie les questions que lui soumet le maire et peut s'autosaisir de tout sujet d'intérêt communal. Il travaille en trois commissions : cadre de vie et patrimoine, solidarités et lien entre générations, mobilités. Ses avis sont transmis au conseil municipal.</p>
<p>Réalisations récentes : le recensement des chemins creux, le guide des services pour les nouveaux habitants, le « café mémoire » mensuel à la médiathèque.</p>
<p>Pour rejoindre le conseil des sages, adressez une lettre de candidature au maire.</p>""",
             features={"participation_displayed"}, parent=vie),
        # the idea box sends a free-text message to the mairie: a call for suggestions and, by the codebook, a contact form
        page("/La-boite-a-idees", "La boîte à idées", """
<div class="chapo"><p>Vous avez une idée pour améliorer la vie à Trévallon-sur-Oust ? Animations, aménagements, services, environnement : proposez-la ! Toutes les idées sont lues par les élus et une réponse vous est apportée.</p></div>
<div class="formulaire_spip formulaire_formidable formulaire_formidable_3" id="formulaire_formidable_3">
<form method="post" action="/La-boite-a-idees#formulaire_formidable_3" enctype="multipart/form-data"><div>
<input name="formulaire_action" type="hidden" value="formidable"><input name="formulaire_action_args" type="hidden" value="Zm9ybWlkYWJsZSAzIGlkZWVz"><input name="id_formulaire" type="hidden" value="3">
<div class="editer-groupe">
<div class="editer saisie_input editer_input_1 obligatoire"><label for="champ_input_1">Votre nom<span class="obligatoire"> (obligatoire)</span></label><input type="text" name="input_1" class="text" id="champ_input_1" value="" required="required" /></div>
<div class="editer saisie_email editer_email_1 obligatoire"><label for="champ_email_1">Votre courriel<span class="obligatoire"> (obligatoire)</span></label><input type="email" name="email_1" class="text email" id="champ_email_1" value="" required="required" /></div>
<div class="editer saisie_selection editer_selection_1"><label for="champ_selection_1">Thème</label><select name="selection_1" id="champ_selection_1"><option value="">—</option><option value="cadre">Cadre de vie</option><option value="animation">Animations</option><option value="environnement">Environnement</option><option value="services">Services</option></select></div>
<div class="editer saisie_textarea editer_textarea_1 obligatoire"><label for="champ_textarea_1">Votre idée<span class="obligatoire"> (obligatoire)</span></label><textarea name="textarea_1" class="textarea" id="champ_textarea_1" rows="8" cols="40" required="required"></textarea></div>
</div>
<p style="display: none;"><label for="nobot_3">Veuillez laisser ce champ vide :</label><input type="text" class="text" name="nobot" id="nobot_3" value="" size="10" /></p>
<p class="boutons"><input type="submit" class="submit" value="Envoyer mon idée" /></p></div></form></div>""",
             features={"suggestion_call", "contact_form"}, parent=vie),
        page("/Questionnaire-transports-scolaires", "Questionnaire : les transports scolaires", f"""
<div class="chapo"><p>La commune et la Région réfléchissent à l'organisation des transports scolaires vers les collèges de Ploërmel et de Josselin. Parents, élèves : votre avis nous intéresse. Le questionnaire est ouvert jusqu'au 30 mai.</p></div>
{iframe("https://framaforms.org/transports-scolaires-trevallon-sur-oust-1738162409", "Questionnaire sur les transports scolaires", 1200)}
<p>Le questionnaire ne s'affiche pas ? <a href="https://framaforms.org/transports-scolaires-trevallon-sur-oust-1738162409">Ouvrez-le dans un nouvel onglet</a>.</p>""",
             features={"poll"}, parent=vie),
        # the gendarmerie's scheme against burglaries, not the commune's participatory approach
        page("/Participation-citoyenne", "Le dispositif de participation citoyenne", """
<div class="chapo"><p>La commune a signé le 12 novembre 2024 avec le préfet du Morbihan et la gendarmerie un protocole de « participation citoyenne ».</p></div>
<p>Ce dispositif associe des habitants volontaires, les « citoyens référents », à la prévention des cambriolages et des incivilités. Ils relaient les conseils de prévention de la gendarmerie et signalent à la brigade de Josselin tout fait inhabituel : démarcheurs suspects, véhicules repérant les lieux.</p>
<p>Les référents n'ont aucune prérogative de police : ils ne patrouillent pas et n'interviennent pas. En cas d'urgence, composez le 17.</p>
<p>Sept référents ont été désignés, un par secteur de la commune. Leurs coordonnées sont disponibles en mairie.</p>""",
             decoys={"participation_displayed"}, parent=vie),
        page("/Nous-ecrire", "Nous écrire", """
<p>Mairie de Trévallon-sur-Oust<br />2 place de la Mairie, 56120 Trévallon-sur-Oust</p>
<p>Téléphone : 02 97 00 12 30</p>
<p>Courriel : <a href="mailto:accueil@trevallon-sur-oust.fr">accueil@trevallon-sur-oust.fr</a></p>
<p>Pour l'urbanisme : <a href="mailto:urbanisme@trevallon-sur-oust.fr">urbanisme@trevallon-sur-oust.fr</a></p>""",
             decoys={"contact_form"}),
        page("/Enquete-Insee-cadre-de-vie-et-securite", "Enquête Insee « Vécu et ressenti en matière de sécurité »", """
<p>L'Insee, en partenariat avec le service statistique ministériel de la sécurité intérieure, réalise jusqu'au 30 juin une enquête sur le cadre de vie et la sécurité. Quelques ménages de la commune ont été sélectionnés au hasard.</p>
<p>Ils recevront une lettre-avis et seront contactés par une enquêtrice de l'Insee, munie d'une carte officielle. Les réponses restent strictement confidentielles.</p>""",
             decoys={"poll"}, parent=vie),
        page("/Demarches-administratives", "Démarches administratives", """
<ul class="spip"><li>Carte d'identité et passeport : la commune n'est pas équipée ; prenez rendez-vous à la mairie de Ploërmel ou de Josselin.</li><li>État civil : actes de naissance, de mariage et de décès à demander en mairie ou sur <a href="https://www.service-public.fr/particuliers/vosdroits/R1406">service-public.fr</a>.</li><li>Urbanisme : le plan local d'urbanisme intercommunal est consultable en mairie.</li><li>Location de la salle des fêtes : réservation en mairie.</li></ul>"""),
        page("/Horaires-et-coordonnees", "La mairie : horaires et coordonnées", """
<p>Mairie de Trévallon-sur-Oust — 2 place de la Mairie.</p>
<p>Ouverte le lundi, mercredi et vendredi de 9 h à 12 h et de 14 h à 17 h 30, le mardi et le jeudi de 9 h à 12 h, le samedi de 9 h à 11 h 30.</p>
<p>Permanence du maire : le samedi matin sur rendez-vous. <a href="/Nous-ecrire">Nous écrire</a>.</p>"""),
        page("/Agenda", "Agenda", """
<ul class="spip"><li>6 avril : repas des aînés, salle des fêtes</li><li>27 avril : vide-greniers de l'amicale laïque, terrain des sports</li><li>21 juin : fête de la musique au bord de l'Oust</li><li>13 juillet : feu d'artifice et bal populaire</li></ul>
<p>Voir aussi : <a href="/Conseil-des-sages">le conseil des sages</a>, <a href="/La-boite-a-idees">la boîte à idées</a>.</p>"""),
        _legal("/Mentions-legales", "Commune de Trévallon-sur-Oust, 2 place de la Mairie, 56120 Trévallon-sur-Oust",
               "Hébergement : association Mégalis Bretagne, pour le compte de la commune."),
        page("/Plan-du-site", "Plan du site", links([
            ("/", "Accueil"), ("/spip.php?rubrique4", "Actualités"), ("/Horaires-et-coordonnees", "La mairie"),
            ("/Demarches-administratives", "Démarches"), ("/Agenda", "Agenda"), ("/Conseil-des-sages", "Conseil des sages"),
            ("/La-boite-a-idees", "Boîte à idées"), ("/Questionnaire-transports-scolaires", "Questionnaire transports"),
            ("/Participation-citoyenne", "Participation citoyenne (gendarmerie)"), ("/Nous-ecrire", "Nous écrire"),
            ("/Mentions-legales", "Mentions légales")])),
    ]
    main = Site(host, THEME["spip"], "Commune de Trévallon-sur-Oust", pages,
                menu=[("La mairie", "/Horaires-et-coordonnees"), ("Actualités", "/spip.php?rubrique4"),
                      ("Vie locale", "/Agenda"), ("Démarches", "/Demarches-administratives"), ("Nous écrire", "/Nous-ecrire")],
                address="2 place de la Mairie, 56120 Trévallon-sur-Oust")
    return _city("98604", "Trévallon-sur-Oust", 23400, "56", [main])


# =================================================================================================
# 98605 Beaumesnil-Sainte-Croix: Joomla, the commune's own petition space


def _jcontrol(name, label, kind="text", required=False, options=()):
    fid = "jform_" + name
    req = " required" if required else ""
    star = '<span class="star" aria-hidden="true">&#160;*</span>' if required else ""
    if kind == "textarea":
        control = f'<textarea name="jform[{name}]" id="{fid}" cols="50" rows="10" class="form-control{req}"{req}></textarea>'
    elif kind == "select":
        control = f'<select id="{fid}" name="jform[{name}]" class="form-select{req}"{req}>' + "".join(
            f'<option value="{i}">{o}</option>' for i, o in enumerate(options)) + "</select>"
    elif kind == "checkbox":
        return (f'<div class="control-group"><div class="controls"><div class="form-check"><input type="checkbox" name="jform[{name}]" '
                f'id="{fid}" value="1" class="form-check-input{req}"{req}><label for="{fid}" class="form-check-label">{label}{star}</label></div></div></div>')
    else:
        control = f'<input type="{kind}" name="jform[{name}]" id="{fid}" value="" class="form-control{req}" size="30"{req}>'
    return (f'<div class="control-group"><div class="control-label"><label id="{fid}-lbl" for="{fid}" class="{req.strip()}">{label}{star}</label></div>'
            f'<div class="controls">{control}</div></div>')


def beaumesnil():
    host = "www.beaumesnil-sainte-croix.fr"
    mairie = ("Mairie", "/mairie")
    actu = ("Actualités", "/actualites")
    participer = ("Participer", "/participer")
    petitions = ("Pétitions", "/mairie/petitions")
    petition = "/mairie/petitions/12-pour-un-passage-pieton-rue-des-tanneurs"
    poll_page = "/sondages/7-fete-de-la-sainte-croix"
    answers = ["Un feu d'artifice", "Un concert sur la place", "Une fête foraine", "Un marché médiéval"]
    token = '<input type="hidden" name="2d0c9f7a1e3b5d6c8f0a1b2c3d4e5f60" value="1">'
    pages = [
        page("/", "Accueil", f"""
<div class="row"><div class="col-md-8">
<div class="blog-featured"><div class="items-leading">
<div class="blog-item"><h2 class="item-title"><a href="/actualites/214-ouverture-du-city-stade">Le city-stade des Aulnes est ouvert</a></h2><p>Les jeunes de la commune l'attendaient depuis deux ans…</p></div>
<div class="blog-item"><h2 class="item-title"><a href="/actualites/209-ceremonie-du-8-mai">Cérémonie du 8 mai</a></h2><p>Rendez-vous au monument aux morts à 11 h.</p></div>
<div class="blog-item"><h2 class="item-title"><a href="/actualites/206-ateliers-numeriques-a-la-mediatheque">Ateliers numériques à la médiathèque</a></h2><p>Apprendre à utiliser sa messagerie et les sites administratifs.</p></div></div></div>
<p><a class="btn btn-secondary" href="/actualites">Toutes les actualités</a></p>
<h2>Vous avez la parole</h2><ul><li><a href="/participer/proposez-vos-idees">Proposez vos idées pour le centre-bourg</a></li><li><a href="/mairie/petitions">Les pétitions citoyennes</a></li><li><a href="/participer/enquete-garde-d-enfants">Enquête : vos besoins de garde d'enfants</a></li></ul>
</div>
<aside class="col-md-4 sidebar-r">{m.poll_module(7, "Quelle animation pour la fête de la Sainte-Croix ?", answers, poll_page)}
<div class="t4-module module"><div class="module-inner"><h3 class="module-title"><span>Horaires de la mairie</span></h3><div class="module-ct"><p>Lundi au vendredi : 8 h 30 – 12 h / 13 h 30 – 17 h 30<br>Samedi : 9 h – 12 h</p></div></div></div></aside></div>""",
             features={"poll"}),
        # the open poll's own page: provisional results, and the vote form is still there
        page(poll_page, "Sondage : fête de la Sainte-Croix", f"""
<p>La fête communale aura lieu le 14 septembre. Quelle animation principale souhaitez-vous ? Le sondage est ouvert jusqu'au 30 juin.</p>
<form action="/component/communitypolls/?task=poll.vote" method="post" class="poll-form poll-form--page">
<fieldset><legend>Votre choix</legend>{"".join(f'<div class="form-check"><input class="form-check-input" type="radio" name="voteid" id="poll7-{i}" value="{70 + i}"><label class="form-check-label" for="poll7-{i}">{a}</label></div>' for i, a in enumerate(answers, 1))}</fieldset>
<button type="submit" class="btn btn-primary">Voter</button><input type="hidden" name="id" value="7">{token}</form>
<h2>Résultats provisoires</h2><ul class="poll-results"><li>Un concert sur la place : 41 %</li><li>Un feu d'artifice : 33 %</li><li>Un marché médiéval : 18 %</li><li>Une fête foraine : 8 %</li></ul><p>284 votes</p>""",
             features={"poll"}),
        page("/actualites", "Actualités", """
<div class="com-content-category-blog blog"><div class="com-content-category-blog__items blog-items">
<div class="blog-item"><h2 class="item-title"><a href="/actualites/214-ouverture-du-city-stade">Le city-stade des Aulnes est ouvert</a></h2><dl class="article-info"><dd class="published">Publication : 28 avril 2025</dd></dl></div>
<div class="blog-item"><h2 class="item-title"><a href="/actualites/209-ceremonie-du-8-mai">Cérémonie du 8 mai</a></h2><dl class="article-info"><dd class="published">Publication : 22 avril 2025</dd></dl></div>
<div class="blog-item"><h2 class="item-title"><a href="/actualites/206-ateliers-numeriques-a-la-mediatheque">Ateliers numériques à la médiathèque</a></h2><dl class="article-info"><dd class="published">Publication : 9 avril 2025</dd></dl></div></div></div>"""),
        page("/actualites/214-ouverture-du-city-stade", "Le city-stade des Aulnes est ouvert", """
<dl class="article-info text-muted"><dd class="published"><time datetime="2025-04-28T10:00:00+02:00">Publication : 28 avril 2025</time></dd></dl>
<p>Les jeunes de la commune l'attendaient depuis deux ans : le city-stade du quartier des Aulnes a ouvert ses portes pendant les vacances de printemps. Le terrain multisports de 24 mètres sur 12 permet de pratiquer le football, le basket et le handball. Il est accessible tous les jours de 9 h à 21 h.</p>
<p>Coût : 86 000 €, financés à 40 % par l'Agence nationale du sport.</p>""", parent=actu),
        page("/actualites/209-ceremonie-du-8-mai", "Cérémonie du 8 mai", """
<p>La commémoration de la victoire du 8 mai 1945 aura lieu à 11 h au monument aux morts, en présence des anciens combattants, des sapeurs-pompiers et des élèves de l'école Jacques-Prévert. Un vin d'honneur sera servi à la salle des fêtes.</p>""", parent=actu),
        page("/actualites/206-ateliers-numeriques-a-la-mediatheque", "Ateliers numériques à la médiathèque", """
<p>La conseillère numérique France Services anime chaque mardi après-midi des ateliers gratuits : créer une adresse électronique, déclarer ses revenus en ligne, prendre un rendez-vous médical, se protéger des arnaques. Inscription à l'accueil de la médiathèque, six personnes maximum par séance.</p>""", parent=actu),
        page("/mairie", "Mairie", """
<ul class="mod-menu"><li><a href="/mairie/conseil-municipal">Le conseil municipal</a></li><li><a href="/mairie/petitions">Les pétitions citoyennes</a></li><li><a href="/contact">Contacter la mairie</a></li></ul>
<p>Hôtel de ville : 3 rue de la République. Accueil du lundi au vendredi, et le samedi matin pour l'état civil.</p>"""),
        page("/mairie/conseil-municipal", "Le conseil municipal", """
<p>Le conseil municipal de Beaumesnil-Sainte-Croix compte 35 élus. Ses séances sont publiques.</p>
<h2>Calendrier des séances 2025</h2><ul><li>Jeudi 30 janvier, 19 h</li><li>Jeudi 27 mars, 19 h (vote du budget)</li><li>Jeudi 26 juin, 19 h</li><li>Jeudi 25 septembre, 19 h</li><li>Jeudi 11 décembre, 19 h</li></ul>
<h2>Comptes rendus</h2><p>Séance du 27 mars 2025 : adoption du budget primitif (29 voix pour, 6 contre), tarifs de la cantine, convention avec le syndicat d'eau. Le compte rendu complet est affiché en mairie.</p>""",
             decoys={"participation_displayed"}, parent=mairie),
        page("/mairie/petitions", "Les pétitions citoyennes", f"""
<p>Depuis 2023, la commune offre à chaque habitant âgé de 16 ans et plus la possibilité de lancer une pétition sur une question relevant de la compétence municipale, et de signer celles des autres. Toute pétition qui réunit 400 signatures d'habitants en six mois est inscrite à l'ordre du jour du conseil municipal.</p>
<p><a class="btn btn-primary" href="/mairie/petitions/deposer">Lancer une pétition</a></p>
<div class="petitions-list">
<div class="petition-item"><h2><a href="{petition}">Pour un passage piéton rue des Tanneurs</a></h2><div class="progress" role="progressbar" aria-valuenow="68" aria-valuemin="0" aria-valuemax="100"><div class="progress-bar" style="width: 68%"></div></div><p>272 signatures sur 400 — se termine le 15 août 2025</p><p><a class="btn btn-sm btn-outline-primary" href="{petition}">Signer</a></p></div>
<div class="petition-item"><h2>Maintenir la classe de CE2 de l'école Prévert</h2><p>431 signatures — seuil atteint, examinée au conseil du 27 mars 2025</p></div>
<div class="petition-item petition-item--closed"><h2>Un éclairage du chemin de halage</h2><p>118 signatures — close le 2 janvier 2025</p></div></div>""",
             features={"petition"}, parent=mairie),
        page(petition, "Pour un passage piéton rue des Tanneurs", f"""
<p class="petition-meta">Pétition lancée le 15 février 2025 par Mme Céline Hébert · <strong>272 signatures</strong> sur 400</p>
<div class="petition-text"><p>La rue des Tanneurs est empruntée chaque matin par plus de cent enfants qui se rendent au collège. Il n'existe aucun passage protégé entre le rond-point et la boulangerie, et les voitures y roulent vite. Nous demandons à la commune de créer un passage piéton surélevé au niveau de l'arrêt de car.</p></div>
<h2>Signer la pétition</h2>
<form action="/mairie/petitions/12-pour-un-passage-pieton-rue-des-tanneurs?task=signature.save" method="post" class="form-validate petition-sign-form">
{_jcontrol("nom", "Nom", required=True)}{_jcontrol("prenom", "Prénom", required=True)}{_jcontrol("email", "Adresse électronique", "email", True)}{_jcontrol("code_postal", "Code postal", required=True)}
{_jcontrol("habitant", "Je certifie résider à Beaumesnil-Sainte-Croix", "checkbox", True)}{_jcontrol("public", "J'accepte que mon nom apparaisse dans la liste des signataires", "checkbox")}
<button type="submit" class="btn btn-primary">Signer la pétition</button>{token}</form>
<h2>Derniers signataires</h2><ul class="signatures"><li>Patrick L. — 2 mai 2025</li><li>Sonia D. — 1er mai 2025</li><li>Anonyme — 30 avril 2025</li></ul>""",
             features={"petition"}, parent=petitions),
        # starting a petition: the text is published after moderation, it is not a message to the mairie
        page("/mairie/petitions/deposer", "Lancer une pétition", f"""
<p>Votre pétition doit concerner une compétence de la commune et respecter la charte de modération. Elle sera publiée dans un délai de cinq jours ouvrés après vérification.</p>
<form action="/mairie/petitions/deposer?task=petition.save" method="post" class="form-validate">
{_jcontrol("titre", "Titre de la pétition", required=True)}{_jcontrol("texte", "Texte de la pétition", "textarea", True)}
{_jcontrol("theme", "Thème", "select", options=("- Choisir -", "Voirie et sécurité", "Écoles et jeunesse", "Environnement", "Culture et sport", "Autre"))}
{_jcontrol("nom", "Nom et prénom du porteur", required=True)}{_jcontrol("email", "Adresse électronique", "email", True)}
{_jcontrol("charte", "J'ai lu et j'accepte la charte des pétitions", "checkbox", True)}
<button type="submit" class="btn btn-primary">Soumettre ma pétition</button>{token}</form>""",
             features={"petition"}, decoys={"contact_form"}, parent=petitions),
        # lists the commune's participation tools: the page displays its approach
        page("/participer", "Participer", """
<p>La municipalité veut associer les habitants aux choix qui les concernent. Plusieurs outils de participation sont à votre disposition :</p>
<ul><li><a href="/participer/proposez-vos-idees">proposer vos idées pour le réaménagement du centre-bourg</a> ;</li><li><a href="/mairie/petitions">lancer ou signer une pétition citoyenne</a> ;</li><li><a href="/participer/enquete-garde-d-enfants">répondre à l'enquête sur la garde d'enfants</a> ;</li><li>participer aux réunions publiques annoncées dans <a href="/agenda">l'agenda</a>.</li></ul>""",
             features={"participation_displayed"}),
        # an idea form mailed to the mairie: a call for ideas and, by the codebook, a contact form
        page("/participer/proposez-vos-idees", "Centre-bourg : proposez vos idées !", f"""
<p>La commune lance les études de réaménagement de la place de l'Église et des rues commerçantes. Avant le choix du projet, nous voulons connaître vos attentes : stationnement, terrasses, arbres, jeux, marché… Proposez vos idées jusqu'au 30 juin 2025. Une synthèse sera présentée en réunion publique à l'automne.</p>
<div class="rsform"><form method="post" id="userForm" action="/participer/proposez-vos-idees" enctype="multipart/form-data">
<div id="rsform_5_page_0" class="formContainer">
<div class="rsform-block rsform-block-nom"><label class="formControlLabel" for="nom">Nom<strong class="formRequired">(*)</strong></label><div class="formControls"><input type="text" value="" size="20" name="form[nom]" id="nom" class="rsform-input-box form-control" aria-required="true"></div></div>
<div class="rsform-block rsform-block-email"><label class="formControlLabel" for="email">E-mail<strong class="formRequired">(*)</strong></label><div class="formControls"><input type="email" value="" size="20" name="form[email]" id="email" class="rsform-input-box form-control" aria-required="true"></div></div>
<div class="rsform-block rsform-block-theme"><label class="formControlLabel" for="theme">Votre idée concerne</label><div class="formControls"><select name="form[theme][]" id="theme" class="rsform-select-box form-select"><option value="circulation">La circulation et le stationnement</option><option value="vegetal">La végétalisation</option><option value="commerces">Les commerces et le marché</option><option value="animations">Les animations</option></select></div></div>
<div class="rsform-block rsform-block-idee"><label class="formControlLabel" for="idee">Votre idée<strong class="formRequired">(*)</strong></label><div class="formControls"><textarea cols="50" rows="8" name="form[idee]" id="idee" class="rsform-text-box form-control" aria-required="true"></textarea></div></div>
<div class="rsform-block rsform-block-envoyer"><div class="formControls"><button type="submit" name="form[envoyer]" id="envoyer" class="rsform-submit-button btn btn-primary">Envoyer mon idée</button></div></div>
</div><input type="hidden" name="form[formId]" value="5">{token}</form></div>""",
             features={"suggestion_call", "contact_form"}, parent=participer),
        page("/participer/enquete-garde-d-enfants", "Enquête : vos besoins de garde d'enfants", f"""
<p>La commune étudie l'ouverture d'une micro-crèche et l'élargissement des horaires de l'accueil périscolaire. Parents d'enfants de moins de 11 ans, aidez-nous en répondant à ce questionnaire anonyme avant le 31 mai.</p>
{iframe("https://docs.google.com/forms/d/e/1FAIpQLSd8mXk3pQz7R2vT9yWbN4cL6hJ0aE5fG1uI3oK8sD2qP7rB4w/viewform?embedded=true", "Enquête garde d'enfants", 1600)}""",
             features={"poll"}, parent=participer),
        page("/contact", "Contacter la mairie", f"""
<div class="com-contact contact" itemscope itemtype="https://schema.org/Person"><h2><span class="contact-name" itemprop="name">Mairie de Beaumesnil-Sainte-Croix</span></h2>
<div class="com-contact__address contact-address dl-horizontal" itemprop="address"><p>3 rue de la République, 76880 Beaumesnil-Sainte-Croix — 02 35 00 47 10</p></div>
<div class="com-contact__form contact-form"><form id="contact-form" action="/contact" method="post" class="form-validate form-horizontal well">
<fieldset><legend>Envoyer un courriel</legend><div class="control-group field-spacer"><div class="control-label"><span class="spacer"><span class="text"><label id="jform_spacer-lbl"><strong class="red">*</strong> Champ requis</label></span></span></div></div>
{_jcontrol("contact_name", "Nom", required=True)}{_jcontrol("contact_email", "E-mail", "email", True)}{_jcontrol("contact_emailmsg", "Sujet", required=True)}{_jcontrol("contact_message", "Message", "textarea", True)}{_jcontrol("contact_email_copy", "Recevoir une copie de ce courriel", "checkbox")}
</fieldset><div class="control-group"><div class="controls"><button class="btn btn-primary validate" type="submit">Envoyer un courriel</button>
<input type="hidden" name="option" value="com_contact"><input type="hidden" name="task" value="contact.submit"><input type="hidden" name="return" value=""><input type="hidden" name="id" value="1:mairie">{token}</div></div></form></div></div>""",
             features={"contact_form"}),
        page("/agenda", "Agenda", """
<ul class="list-unstyled events"><li><strong>8 mai</strong> — Cérémonie commémorative, monument aux morts</li><li><strong>24 mai</strong> — Fête des voisins</li><li><strong>21 juin</strong> — Fête de la musique, place de l'Église</li><li><strong>14 septembre</strong> — Fête de la Sainte-Croix</li></ul>"""),
        page("/connexion", "Espace élus", f"""
<div class="com-users-login login"><form action="/connexion?task=user.login" method="post" id="com-users-login__form" class="com-users-login__form form-validate form-horizontal well">
<fieldset><div class="control-group"><div class="control-label"><label id="username-lbl" for="username" class="required">Identifiant<span class="star" aria-hidden="true">&#160;*</span></label></div><div class="controls"><input type="text" name="username" id="username" value="" class="validate-username required form-control" autocomplete="username" required></div></div>
<div class="control-group"><div class="control-label"><label id="password-lbl" for="password" class="required">Mot de passe<span class="star" aria-hidden="true">&#160;*</span></label></div><div class="controls"><input type="password" name="password" id="password" value="" autocomplete="current-password" class="form-control required" required></div></div>
<div class="com-users-login__remember"><div class="form-check"><input class="form-check-input" id="remember" type="checkbox" name="remember" value="yes"><label class="form-check-label" for="remember">Se souvenir de moi</label></div></div>
<div class="com-users-login__submit control-group"><div class="controls"><button type="submit" class="btn btn-primary">Connexion</button></div></div>
<input type="hidden" name="return" value="">{token}</fieldset></form></div>""",
             decoys={"contact_form"}),
        _legal("/mentions-legales", "Commune de Beaumesnil-Sainte-Croix, 3 rue de la République, 76880 Beaumesnil-Sainte-Croix",
               "Hébergement : OVH SAS, 2 rue Kellermann, 59100 Roubaix."),
        _accessibility("/accessibilite", 47, "juin 2023", "2023-2026"),
    ]
    main = Site(host, THEME["joomla"], "Ville de Beaumesnil-Sainte-Croix", pages,
                menu=[("Mairie", "/mairie"), ("Actualités", "/actualites"), ("Agenda", "/agenda"),
                      ("Participer", "/participer"), ("Contact", "/contact")],
                accounts=[social("facebook", "beaumesnilsaintecroix"), social("instagram", "beaumesnil_sc")],
                address="3 rue de la République, 76880 Beaumesnil-Sainte-Croix")
    return _city("98605", "Beaumesnil-Sainte-Croix", 41200, "76", [main])


# =================================================================================================
# 98606 Lavandières-du-Mont: TYPO3, a LimeSurvey survey, a Cap Collectif platform


def _t3form(identifier, action, rows, submit):
    return (f'<form enctype="multipart/form-data" method="post" id="{identifier}" action="{action}?tx_form_formframework%5Baction%5D=perform&amp;tx_form_formframework%5Bcontroller%5D=FormFrontend&amp;cHash=4e1f0b7a9c2d#{identifier}">'
            f'<div><input type="hidden" name="tx_form_formframework[{identifier}][__state]" value="TzozOToiVFlQTzNcQ01TXEZvcm1cRG9tYWluXFJ1bnRpbWUiOjI6e30=" />'
            f'<input type="hidden" name="tx_form_formframework[__trustedProperties]" value="{{&quot;{identifier}&quot;:1}}" /></div>'
            f'{rows}<div class="actions"><nav class="form-navigation"><div class="btn-toolbar" role="toolbar"><div class="btn-group" role="group">'
            f'<span class="btn-group next submit"><button class="btn btn-primary" type="submit" name="tx_form_formframework[{identifier}][__currentPage]" value="1">{submit}</button></span>'
            f'</div></div></nav></div></form>')


def _t3field(identifier, name, label, kind="text", required=False, options=()):
    fid = f"{identifier}-{name}"
    fname = f"tx_form_formframework[{identifier}][{name}]"
    req = ' required="required"' if required else ""
    star = '<span class="required">*</span>' if required else ""
    if kind == "textarea":
        control = f'<textarea{req} class="xxlarge form-control" id="{fid}" name="{fname}" rows="8"></textarea>'
    elif kind == "select":
        control = f'<select{req} class="form-control" id="{fid}" name="{fname}">' + "".join(
            f'<option value="{o}">{o}</option>' for o in options) + "</select>"
    elif kind == "checkbox":
        return (f'<div class="form-group"><div class="input checkbox"><div class="form-check"><label class="add-on form-check-label" for="{fid}">'
                f'<input type="hidden" name="{fname}" value="" /><input{req} class="add-on" id="{fid}" type="checkbox" name="{fname}" value="1" /><span>{label}{star}</span></label></div></div></div>')
    else:
        control = f'<input{req} class=" form-control" id="{fid}" type="{kind}" name="{fname}" value="" />'
    return f'<div class="form-group"><label class="control-label" for="{fid}">{label}{star}</label><div class="input">{control}</div></div>'


def lavandieres():
    host = "www.lavandieres-du-mont.fr"
    capco = "http://lavandieres-du-mont.cap-collectif.com"
    survey = "http://enquetes.lavandieres-du-mont.fr/index.php/482915?lang=fr"
    actu = ("Actualités", "/actualites")
    participation = ("Participation", "/participation")
    ville = ("Ville", "/ville")
    pages = [
        page("/", "Accueil", f"""
<div class="home-hero"><p>Lavandières-du-Mont, ville de montagne et de rivière, au pied du Vercors.</p></div>
<div class="news-list-view"><h2>Actualités</h2>
<div class="article articletype-0"><h3><a href="/actualites/detail/la-piscine-des-tilleuls-rouvre">La piscine des Tilleuls rouvre ses bassins</a></h3></div>
<div class="article articletype-0"><h3><a href="/actualites/detail/forum-de-l-emploi-2025">Forum de l'emploi et de la formation : 22 mai</a></h3></div>
<div class="article articletype-0"><h3><a href="/actualites/detail/retrospective-2024">2024 en images et en chiffres</a></h3></div>
<p><a href="/actualites">Toutes les actualités</a></p></div>
<div class="home-links"><h2>En ce moment</h2><ul><li><a href="/participation/concertation-prealable-quartier-de-la-gare">Concertation : le futur quartier de la Gare</a></li><li><a href="/participation/appel-a-projets-citoyens">Appel à projets citoyens 2025</a></li><li><a href="/participation/enquete-deplacements">Enquête sur vos déplacements</a></li><li><a href="/urbanisme/enquete-publique-modification-plu">Enquête publique : modification du PLU</a></li><li><a href="/agenda/marche-de-noel-appel-a-candidatures">Marché de Noël : appel à candidatures</a></li></ul></div>"""),
        page("/actualites", "Actualités", """
<div class="news"><div class="news-list-view">
<div class="article"><span class="news-list-date"><time datetime="2025-05-06">06.05.2025</time></span><h3><a href="/actualites/detail/la-piscine-des-tilleuls-rouvre">La piscine des Tilleuls rouvre ses bassins</a></h3></div>
<div class="article"><span class="news-list-date"><time datetime="2025-04-24">24.04.2025</time></span><h3><a href="/actualites/detail/forum-de-l-emploi-2025">Forum de l'emploi et de la formation : 22 mai</a></h3></div>
<div class="article"><span class="news-list-date"><time datetime="2025-01-10">10.01.2025</time></span><h3><a href="/actualites/detail/retrospective-2024">2024 en images et en chiffres</a></h3></div></div></div>"""),
        page("/actualites/detail/la-piscine-des-tilleuls-rouvre", "La piscine des Tilleuls rouvre ses bassins", f"""
<div class="news-single"><p class="news-date">6 mai 2025</p>
<p class="lead">Après dix-huit mois de travaux, la piscine des Tilleuls rouvre le 17 mai avec un bassin nordique de 25 mètres, un bassin d'apprentissage et une pataugeoire.</p>
<p>La rénovation a permis de diviser par trois la consommation de gaz grâce à une pompe à chaleur et à la récupération de chaleur sur les eaux grises. Les vestiaires ont été rendus accessibles aux personnes en fauteuil.</p>
<p>Horaires d'été, du 1er juillet au 31 août : tous les jours de 10 h à 19 h 30. Tarif réduit pour les habitants de la commune sur présentation de la carte Lavandières.</p>
{m.hyvor(11870, "actu-piscine-tilleuls")}</div>""",
             features={"comments"}, parent=actu),
        page("/actualites/detail/forum-de-l-emploi-2025", "Forum de l'emploi et de la formation : 22 mai", """
<div class="news-single"><p class="news-date">24 avril 2025</p>
<p>Le forum de l'emploi et de la formation se tiendra le jeudi 22 mai de 9 h à 16 h à l'espace Belledonne. Une soixantaine d'employeurs de la vallée (industrie, services à la personne, hôtellerie de montagne, BTP) y proposeront plus de 400 postes, dont des saisonniers.</p>
<p>Apportez plusieurs CV. Des ateliers de préparation aux entretiens sont proposés par France Travail la semaine précédente.</p></div>""",
             decoys={"forum"}, parent=actu),
        # a year-in-review article that names the platform and the concertation in passing
        page("/actualites/detail/retrospective-2024", "2024 en images et en chiffres", f"""
<div class="news-single"><p class="news-date">10 janvier 2025</p>
<p class="lead">Retour sur une année riche en chantiers et en événements.</p>
<h2>Les chiffres de l'année</h2><ul><li>412 naissances et 236 mariages célébrés à l'hôtel de ville ;</li><li>3,4 kilomètres de voies cyclables nouvelles ;</li><li>1 250 arbres plantés ;</li><li>68 000 spectateurs pour le festival Les Nuits du Mont.</li></ul>
<h2>Les chantiers</h2><p>La passerelle sur le Drac a été posée en mars, la rénovation de la piscine des Tilleuls s'est poursuivie et l'école des Lavandes a reçu sa toiture solaire. Le quartier de la Gare a fait l'objet d'une première concertation, dont le bilan a été présenté en décembre.</p>
<h2>Les habitants ont voté</h2><p>La première édition du budget participatif, organisée sur la plateforme Cap Collectif de la Ville, a permis de financer neuf projets, dont le jardin partagé des Cerisiers et les nichoirs du parc de la Roseraie.</p>
<h2>Et en 2025</h2><p>Les travaux de la médiathèque commenceront à l'automne. Le marché de Noël s'installera pour la première fois sur le parvis de la gare.</p></div>""",
             decoys={"participatory_platform", "participation_displayed", "participatory_budget"}, parent=actu),
        page("/ville", "Ville", """
<ul><li><a href="/urbanisme/enquete-publique-modification-plu">Urbanisme : enquête publique sur la modification du PLU</a></li><li><a href="/demarches">Démarches</a></li><li><a href="/participation">Participation citoyenne</a></li></ul>
<p>Hôtel de ville : 1 place de l'Hôtel-de-Ville. Ouvert du lundi au vendredi de 8 h 30 à 17 h.</p>"""),
        page("/participation", "Participation citoyenne", f"""
<p>La Ville de Lavandières-du-Mont a adopté en 2021 une démarche de participation citoyenne qui permet aux habitants d'être associés aux projets qui transforment leur cadre de vie.</p>
<h2>Les démarches en cours</h2><ul><li><a href="/participation/concertation-prealable-quartier-de-la-gare">La concertation préalable sur le quartier de la Gare</a></li><li><a href="/participation/appel-a-projets-citoyens">L'appel à projets citoyens 2025</a></li><li><a href="/participation/enquete-deplacements">L'enquête sur les déplacements</a></li></ul>
<h2>La plateforme en ligne</h2><p>Budget participatif, questionnaires, consultations : toutes les démarches en ligne se trouvent sur <a href="{capco}/">lavandieres-du-mont.cap-collectif.com</a>.</p>
<h2>Les comités de quartier</h2><p>Six comités de quartier, ouverts à tous les habitants, se réunissent chaque trimestre avec les élus de secteur.</p>""",
             features={"participation_displayed"}),
        page("/participation/concertation-prealable-quartier-de-la-gare", "Concertation préalable : le futur quartier de la Gare", """
<p>Par délibération du 12 février 2025, le conseil municipal a ouvert la concertation préalable à la création d'une zone d'aménagement concerté sur les sept hectares de friches ferroviaires du quartier de la Gare, en application du code de l'urbanisme.</p>
<h2>Le projet</h2><p>Environ 450 logements, dont un tiers de logements sociaux, un groupe scolaire, un parc de deux hectares le long du canal et des locaux d'activité.</p>
<h2>Comment participer ?</h2><ul><li>Une exposition et un registre sont à votre disposition à l'hôtel de ville et à la Maison du projet, 4 avenue de la Gare, du 3 mars au 30 juin 2025 ;</li><li>deux réunions publiques : le 18 mars et le 10 juin à 19 h, espace Belledonne ;</li><li>une balade urbaine commentée le samedi 5 avril ;</li><li>vos observations peuvent aussi être adressées par écrit à M. le Maire, « Concertation Gare ».</li></ul>
<p>À l'issue de la concertation, le bilan sera présenté au conseil municipal et publié sur ce site.</p>""",
             features={"participation_displayed"}, parent=participation),
        # the call for residents' projects is answered with a form mailed to the city: a contact form as well
        page("/participation/appel-a-projets-citoyens", "Appel à projets citoyens 2025", f"""
<p>Vous avez un projet utile aux habitants de votre quartier ? Un jardin, une fresque, une fête de rue, un atelier de réparation ? La Ville lance son appel à projets citoyens et peut vous accompagner jusqu'à 3 000 € par projet.</p>
<p>Qui peut candidater ? Tout habitant majeur, un collectif d'habitants ou une association de Lavandières-du-Mont. Dépôt des projets jusqu'au 15 septembre 2025.</p>
{_t3form("projetcitoyen-418", "/participation/appel-a-projets-citoyens",
         _t3field("projetcitoyen-418", "porteur", "Nom du porteur ou du collectif", required=True)
         + _t3field("projetcitoyen-418", "email", "Adresse e-mail", "email", True)
         + _t3field("projetcitoyen-418", "quartier", "Quartier concerné", "select", options=("Centre", "La Gare", "Les Tilleuls", "Le Mont", "Les Roseraies", "Saint-Roch"))
         + _t3field("projetcitoyen-418", "description", "Décrivez votre projet", "textarea", True)
         + _t3field("projetcitoyen-418", "montant", "Montant demandé (€)", "number"), "Déposer mon projet")}""",
             features={"suggestion_call", "contact_form"}, parent=participation),
        page("/participation/enquete-deplacements", "Enquête : vos déplacements au quotidien", f"""
<p>Dans le cadre du plan de mobilité, la Ville lance une grande enquête sur vos déplacements. Elle est anonyme et prend dix minutes. Elle est ouverte jusqu'au 30 juin.</p>
{iframe(survey, "Enquête déplacements", 1400)}
<p>Vous pouvez aussi <a href="{survey}">répondre directement sur notre site d'enquêtes</a>.</p>""",
             features={"poll"}, parent=participation),
        # a prefectoral public inquiry: residents file observations with an inspector, not a poll
        page("/urbanisme/enquete-publique-modification-plu", "Enquête publique : modification n° 3 du PLU", """
<p>Par arrêté du 2 avril 2025, le maire a prescrit l'ouverture d'une enquête publique sur le projet de modification n° 3 du plan local d'urbanisme, du lundi 5 mai au vendredi 6 juin 2025 inclus.</p>
<p>Le commissaire enquêteur, désigné par le président du tribunal administratif de Grenoble, recevra le public à l'hôtel de ville le 5 mai de 9 h à 12 h, le 21 mai de 14 h à 17 h et le 6 juin de 14 h à 17 h.</p>
<p>Le dossier est consultable à l'accueil de l'urbanisme. Les observations peuvent être consignées sur le registre papier ou adressées par courrier au commissaire enquêteur. Son rapport et ses conclusions seront tenus à la disposition du public pendant un an.</p>""",
             decoys={"poll", "participation_displayed"}, parent=ville),
        page("/agenda", "Agenda", """
<ul class="event-list"><li><a href="/actualites/detail/forum-de-l-emploi-2025">22 mai — Forum de l'emploi et de la formation</a></li><li>10 juin — Réunion publique : quartier de la Gare</li><li>5 au 7 juillet — Les Nuits du Mont</li><li><a href="/agenda/marche-de-noel-appel-a-candidatures">Décembre — Marché de Noël</a></li></ul>"""),
        page("/agenda/marche-de-noel-appel-a-candidatures", "Marché de Noël 2025 : appel à candidatures", """
<p>Le marché de Noël se tiendra du 5 au 21 décembre 2025 sur le parvis de la gare. La Ville lance un appel à candidatures auprès des artisans, créateurs et producteurs pour l'attribution des 32 chalets.</p>
<p>Dossier de candidature à retirer au service commerce et à retourner avant le 15 septembre, accompagné d'un extrait Kbis ou d'une attestation d'inscription au répertoire des métiers. Droit de place : 180 € pour la durée du marché.</p>""",
             decoys={"suggestion_call"}, parent=("Agenda", "/agenda")),
        page("/contact", "Contact", f"""
<p>Hôtel de ville, 1 place de l'Hôtel-de-Ville — 04 76 00 38 38.</p>
{_t3form("contact-312", "/contact",
         _t3field("contact-312", "nom", "Nom", required=True) + _t3field("contact-312", "email", "E-mail", "email", True)
         + _t3field("contact-312", "objet", "Objet", "select", options=("Demande d'information", "État civil", "Urbanisme", "Voirie", "Autre"))
         + _t3field("contact-312", "message", "Votre message", "textarea", True)
         + _t3field("contact-312", "rgpd", "J'accepte le traitement de mes données pour répondre à ma demande", "checkbox", True), "Envoyer")}""",
             features={"contact_form"}),
        page("/demarches", "Démarches", """
<ul><li><a href="https://www.service-public.fr/particuliers/vosdroits/N358">Carte d'identité, passeport</a> : sur rendez-vous</li><li><a href="https://www.service-public.fr/particuliers/vosdroits/R1406">Actes d'état civil</a></li><li><a href="https://www.service-public.fr/particuliers/vosdroits/F1986">Autorisations d'urbanisme</a></li><li>Inscriptions scolaires : service Éducation, 04 76 00 38 50</li></ul>"""),
        _legal("/mentions-legales", "Ville de Lavandières-du-Mont, 1 place de l'Hôtel-de-Ville, 38160 Lavandières-du-Mont",
               "Hébergement : Ikoula, 175-177 rue d'Aguesseau, 92100 Boulogne-Billancourt."),
        _accessibility("/accessibilite", 61, "février 2025", "2025-2027"),
    ]
    main = Site(host, THEME["typo3"], "Ville de Lavandières-du-Mont", pages,
                menu=[("Ville", "/ville"), ("Actualités", "/actualites"), ("Agenda", "/agenda"), ("Démarches", "/demarches"),
                      ("Participation", "/participation"), ("Contact", "/contact")],
                accounts=[social("facebook", "lavandieresdumont"), social("instagram", "lavandieresdumont"),
                          social("youtube", "VilleLavandieres"), social("mastodon", "lavandieres@piaille.fr")],
                address="1 place de l'Hôtel-de-Ville, 38160 Lavandières-du-Mont")
    return _city("98606", "Lavandières-du-Mont", 87300, "38", [main, _lavandieres_limesurvey(), _lavandieres_capco()])


def _lavandieres_limesurvey():
    sid = "482915"

    def question(qid, number, text, answers, kind="radio"):
        items = "".join(
            f'<li id="javatbd{sid}X12X{qid}A{i}" class="answer-item {kind}-item"><input class="{kind}" type="{kind}" value="A{i}" '
            f'name="{sid}X12X{qid}{"" if kind == "radio" else f"A{i}"}" id="answer{sid}X12X{qid}A{i}"><label for="answer{sid}X12X{qid}A{i}" class="control-label {kind}-label">{a}</label></li>'
            for i, a in enumerate(answers, 1))
        return (f'<div id="question{qid}" class="row list-{kind} mandatory question-container"><div class="question-title-container col-12">'
                f'<div class="question-number text-muted">{number}</div><div class="question-text"><span class="asterisk">*</span>{text}</div></div>'
                f'<div class="question-valid-container"><div class="ls-questionhelp text-info">Veuillez sélectionner une réponse.</div></div>'
                f'<div class="answer-container col-12"><ul class="list-unstyled answers-list {kind}-list" role="{"radiogroup" if kind == "radio" else "group"}">{items}</ul></div></div>')

    body = f"""<h1 class="survey-name text-center">Enquête sur vos déplacements au quotidien</h1>
<div class="survey-description text-info text-center">Ville de Lavandières-du-Mont — Plan de mobilité 2026-2035. Cette enquête est anonyme.</div>
<form id="limesurvey" name="limesurvey" autocomplete="off" class="survey-form-container form" action="/index.php/{sid}?lang=fr" method="post">
<input type="hidden" name="YII_CSRF_TOKEN" value="bGltZXN1cnZleSBsYXZhbmRpZXJlcw" />
<div class="group-container space-col"><div class="group-title-container"><h2 class="group-title text-center">Vos habitudes</h2></div>
{question(1027, "Q1", "Combien de déplacements faites-vous en moyenne par jour ?", ["Aucun", "1 ou 2", "3 ou 4", "5 ou plus"])}
{question(1028, "Q2", "Quel mode utilisez-vous le plus souvent ?", ["Voiture", "Bus", "Train", "Vélo ou trottinette", "Marche"])}
{question(1029, "Q3", "Qu'est-ce qui vous inciterait à moins utiliser la voiture ?", ["Des bus plus fréquents", "Des pistes cyclables sécurisées", "Un parking relais à la gare", "Le covoiturage"], "checkbox")}
</div>
<div class="row navigator space-col" id="navigator-container"><div class="col-6 text-start"></div><div class="col-6 text-end"><button type="submit" id="movesubmitbtn" value="movesubmit" name="move" accesskey="l" class="submit button btn btn-primary btn-lg">Envoyer</button></div></div>
<input type="hidden" name="thisstep" value="1" id="thisstep" /><input type="hidden" name="sid" value="{sid}" id="sid" /><input type="hidden" name="start_time" value="1746001200" id="start_time" /></form>"""
    return Site("enquetes.lavandieres-du-mont.fr", THEME["limesurvey"], "Enquêtes de la Ville de Lavandières-du-Mont",
                [page(f"/index.php/{sid}?lang=fr", "Enquête sur vos déplacements au quotidien", body, features={"poll"})])


def _lavandieres_capco():
    bp = "/project/budget-participatif-2025"
    collect = f"{bp}/collect/depot-des-projets"
    proposal = f"{collect}/proposals/jardin-partage-des-cerisiers"
    vote = f"{bp}/selection/vote"
    quest = "/project/questionnaire-velo/questionnaire/questionnaire"

    def steps(active):
        names = [("Présentation", f"{bp}/presentation/presentation"), ("Dépôt des projets", collect), ("Vote", vote)]
        return '<ol class="project-steps">' + "".join(
            f'<li class="project-step{" project-step--active" if n == active else ""}"><a href="{h}">{n}</a></li>' for n, h in names) + "</ol>"

    def proposal_card(href, title, author, area, cost, votes=None):
        link = f'<a href="{href}">{title}</a>' if href else title
        vote_button = (f'<div class="proposal__vote"><span>{votes} votes</span> <button type="button" class="btn btn-success" data-proposal="{title}">Voter pour</button></div>'
                       if votes is not None else "")
        return (f'<li class="proposal-preview list-group-item"><div class="proposal__body"><h3 class="proposal__title">{link}</h3>'
                f'<p class="proposal__infos">{author} · {area} · {cost}</p></div>{vote_button}</li>')

    pages = [
        # a platform's home presenting the city's approach: participation displayed as well
        page("/", "Lavandières participe", f"""
<section class="section--custom"><p>Bienvenue sur la plateforme de participation citoyenne de la Ville de Lavandières-du-Mont. Consultations, budget participatif, questionnaires : donnez votre avis et agissez pour votre ville.</p></section>
<section class="project-list"><h2>Les projets en cours</h2><ul>
<li class="project-preview"><a href="{bp}/presentation/presentation">Budget participatif 2025</a> — Dépôt des projets jusqu'au 15 juin</li>
<li class="project-preview"><a href="{quest}">Questionnaire : la ville à vélo</a> — 684 participants</li></ul>
<p><a href="/projects">Voir tous les projets</a></p></section>""",
             features={"participation_displayed"}),
        page("/projects", "Tous les projets", f"""
<ul class="project-list">
<li class="project-preview"><h3><a href="{bp}/presentation/presentation">Budget participatif 2025</a></h3><p>Budget participatif · En cours</p></li>
<li class="project-preview"><h3><a href="{quest}">Questionnaire : la ville à vélo</a></h3><p>Questionnaire · En cours</p></li>
<li class="project-preview"><h3>Budget participatif 2024</h3><p>Terminé · 9 projets lauréats</p></li></ul>"""),
        page(f"{bp}/presentation/presentation", "Budget participatif 2025", f"""
{steps("Présentation")}
<div class="step-page"><p>Pour sa deuxième édition, le budget participatif de Lavandières-du-Mont est doté de 400 000 €. Tout habitant dès 12 ans peut déposer un projet d'investissement d'intérêt général, puis voter pour ses projets préférés.</p>
<h2>Calendrier</h2><ul><li>Du 14 avril au 15 juin : dépôt des projets</li><li>Été : étude de faisabilité</li><li>Du 15 septembre au 15 octobre : vote</li><li>Novembre : annonce des lauréats</li></ul>
<p><a class="btn btn-primary" href="{collect}">Déposer ou consulter les projets</a></p></div>""",
             features={"participatory_budget"}, parent=("Projets", "/projects")),
        page(collect, "Dépôt des projets", f"""
{steps("Dépôt des projets")}
<p>Déposez votre projet pour la ville avant le 15 juin. Chaque projet ne doit pas dépasser 60 000 €.</p>
<button type="button" class="btn btn-primary" data-toggle="modal" data-target="#create-proposal">Déposer un projet</button>
<div class="modal" id="create-proposal" role="dialog" aria-labelledby="create-proposal-title"><div class="modal-dialog"><div class="modal-content">
<h2 id="create-proposal-title">Nouveau projet</h2>
<form id="proposal-form" method="post" action="/graphql/proposals/create">
<div class="form-group"><label for="proposal_title">Titre</label><input id="proposal_title" name="title" type="text" class="form-control" required></div>
<div class="form-group"><label for="proposal_body">Description</label><textarea id="proposal_body" name="body" class="form-control" rows="8" required></textarea></div>
<div class="form-group"><label for="proposal_district">Quartier</label><select id="proposal_district" name="district" class="form-control"><option>Centre</option><option>La Gare</option><option>Les Tilleuls</option><option>Le Mont</option></select></div>
<div class="form-group"><label for="proposal_estimation">Estimation du coût</label><input id="proposal_estimation" name="estimation" type="number" class="form-control"></div>
<button type="submit" class="btn btn-primary">Publier</button></form></div></div></div>
<ul class="proposal-list list-group">
{proposal_card(proposal, "Un jardin partagé aux Cerisiers", "Association Les Pouces Verts", "Les Tilleuls", "18 000 €")}
{proposal_card(None, "Une boîte à livres dans chaque école", "Inès M.", "Toute la ville", "6 500 €")}
{proposal_card(None, "Un abri pour les randonneurs au col du Mont", "Club alpin", "Le Mont", "42 000 €")}</ul>""",
             features={"participatory_budget", "suggestion_call"}, decoys={"contact_form"}, parent=("Budget participatif 2025", f"{bp}/presentation/presentation")),
        page(proposal, "Un jardin partagé aux Cerisiers", f"""
<div class="proposal-page"><p class="proposal__infos">Déposé par Association Les Pouces Verts · 22 avril 2025 · Les Tilleuls · Estimation : 18 000 €</p>
<p>Transformer la pelouse située derrière la résidence des Cerisiers en jardin partagé : vingt parcelles, un récupérateur d'eau, un abri à outils et un composteur collectif, ouverts aux habitants et à l'école voisine.</p>
<section class="proposal-comments"><h2>3 commentaires</h2><ul class="comment-list">
<li class="opinion"><strong>Claire</strong> <span>23 avril</span><p>Belle idée, il manque d'espaces verts dans ce secteur.</p></li>
<li class="opinion"><strong>Hervé</strong> <span>25 avril</span><p>Il faudrait prévoir un accès pour les personnes à mobilité réduite.</p></li>
<li class="opinion"><strong>Association Les Pouces Verts</strong> <span>26 avril</span><p>C'est prévu : deux bacs surélevés.</p></li></ul>
<p><a href="/login">Connectez-vous</a> pour commenter ce projet.</p></section></div>""",
             features={"participatory_budget", "comments"}, parent=("Dépôt des projets", collect)),
        # the vote step of the participatory budget (not yet open): still a page of that budget
        page(vote, "Vote", f"""
{steps("Vote")}
<p>Le vote ouvrira le 15 septembre. Chaque participant disposera de trois votes. Les projets retenus après l'étude de faisabilité apparaîtront ici ; l'édition 2024 avait réuni 3 912 votants.</p>
<ul class="proposal-list list-group">
{proposal_card(proposal, "Un jardin partagé aux Cerisiers", "Association Les Pouces Verts", "Les Tilleuls", "18 000 €")}</ul>""",
             features={"participatory_budget"}, parent=("Budget participatif 2025", f"{bp}/presentation/presentation")),
        page(quest, "Questionnaire : la ville à vélo", """
<p>La Ville prépare son schéma cyclable. Aidez-nous à identifier les itinéraires à aménager en priorité.</p>
<form id="reply-form" class="questionnaire-reply" method="post" action="/graphql/replies/create">
<div class="form-group"><fieldset><legend>1. Utilisez-vous le vélo pour vos déplacements ?</legend><div class="radio"><label><input type="radio" name="responses[0]" value="quotidien"> Tous les jours</label></div><div class="radio"><label><input type="radio" name="responses[0]" value="parfois"> De temps en temps</label></div><div class="radio"><label><input type="radio" name="responses[0]" value="jamais"> Jamais</label></div></fieldset></div>
<div class="form-group"><fieldset><legend>2. Quel itinéraire faut-il aménager en premier ?</legend><div class="radio"><label><input type="radio" name="responses[1]" value="gare"> Centre – Gare</label></div><div class="radio"><label><input type="radio" name="responses[1]" value="tilleuls"> Tilleuls – Zone d'activités</label></div><div class="radio"><label><input type="radio" name="responses[1]" value="college"> Collège – Saint-Roch</label></div></fieldset></div>
<div class="form-group"><label for="responses-2">3. Votre âge</label><select id="responses-2" name="responses[2]" class="form-control"><option>Moins de 18 ans</option><option>18-39 ans</option><option>40-64 ans</option><option>65 ans et plus</option></select></div>
<button type="submit" class="btn btn-primary">Envoyer mes réponses</button></form>""",
             features={"poll"}, parent=("Projets", "/projects")),
        page("/login", "Connexion", m.login_form("/login_check", "_username", "_password") + '<p><a href="/projects">Retour aux projets</a></p>',
             decoys={"contact_form"}),
        page("/pages/mentions-legales", "Mentions légales", """
<p>Plateforme éditée par la Ville de Lavandières-du-Mont. Solution technique : Cap Collectif, 25 rue Claude-Tillier, 75012 Paris. Hébergement en France.</p>"""),
    ]
    return Site("lavandieres-du-mont.cap-collectif.com", THEME["capcollectif"], "Lavandières participe", pages,
                menu=[("Accueil", "/"), ("Projets", "/projects"), ("Budget participatif", f"{bp}/presentation/presentation"),
                      ("Questionnaire vélo", quest)],
                features=PLATFORM, platforms=frozenset({"cap_collectif"}))


# =================================================================================================
# 98607 Pontarlève: Inovagora, a Publik e-services portal, the city's own platform "Pontarlève Ensemble"


def pontarleve():
    host = "www.pontarleve.fr"
    demarches = "http://demarches.pontarleve.fr"
    ensemble = "http://ensemble.pontarleve.fr"
    actu = ("Actualités", "/actualites")
    ville = ("Ma ville", "/ma-ville")
    participer = ("Participer", "/participer")
    pages = [
        page("/", "Accueil", f"""
<section class="bloc-actus"><h2>L'actualité</h2><div class="liste-actus">
<article class="actu"><h3><a href="/actualites/le-tram-arrive-aux-chaprais">Le tram arrive aux Chaprais : deux ans de travaux, mode d'emploi</a></h3></article>
<article class="actu"><h3><a href="/actualites/saison-culturelle-2025-2026">Saison culturelle 2025-2026 : les abonnements sont ouverts</a></h3></article>
<article class="actu"><h3><a href="/actualites/deneigement-les-bons-gestes">Déneigement : les bons gestes</a></h3></article></div>
<p><a class="bouton" href="/actualites">Toutes les actualités</a></p></section>
<section class="bloc-services"><h2>Vos services en ligne</h2><ul><li><a href="{demarches}/">Toutes les démarches en ligne</a></li><li><a href="{demarches}/contacter-la-mairie/">Écrire à la mairie</a></li><li><a href="/agenda">L'agenda</a></li></ul></section>
<section class="bloc-participer"><h2>Participer</h2><p><a href="/participer">Découvrir les instances et les outils de participation</a></p></section>"""),
        page("/actualites", "Actualités", """
<ul class="liste-actus"><li><a href="/actualites/le-tram-arrive-aux-chaprais">Le tram arrive aux Chaprais : deux ans de travaux, mode d'emploi</a> — 15 avril 2025</li>
<li><a href="/actualites/saison-culturelle-2025-2026">Saison culturelle 2025-2026 : les abonnements sont ouverts</a> — 2 avril 2025</li>
<li><a href="/actualites/deneigement-les-bons-gestes">Déneigement : les bons gestes</a> — 20 janvier 2025</li></ul>"""),
        # a long news item naming the participatory budget in passing
        page("/actualites/le-tram-arrive-aux-chaprais", "Le tram arrive aux Chaprais : deux ans de travaux, mode d'emploi", f"""
<p class="date">Publié le 15 avril 2025</p>
<p class="chapo">La deuxième ligne de tramway reliera la gare Viotte au quartier des Chaprais et aux Vaîtes à l'horizon 2027. Les travaux de déviation des réseaux commencent le 5 mai.</p>
<h2>Un chantier en plusieurs temps</h2>
<p>De mai 2025 à février 2026, les concessionnaires déplaceront les réseaux d'eau, de gaz, d'électricité et de télécommunications sous l'avenue Fontaine-Argent et la rue de Belfort. La plateforme du tramway sera ensuite construite par tronçons de 300 mètres, pour limiter la gêne pour les riverains et les commerçants.</p>
<p>La circulation automobile sera maintenue dans un sens sur l'avenue Fontaine-Argent. Les lignes de bus 3 et 11 seront déviées par la rue de Vesoul ; les horaires adaptés seront disponibles dans les agences Ginko.</p>
<h2>Accompagner les commerçants</h2>
<p>Une commission d'indemnisation amiable examinera les demandes des commerces dont le chiffre d'affaires baisserait pendant les travaux. Un manager de centre-ville sera présent sur le chantier deux jours par semaine, et une signalétique spécifique indiquera que « les commerces restent ouverts ».</p>
<h2>Les arbres</h2>
<p>Quarante-deux platanes devront être abattus ; cent vingt arbres seront replantés le long de la ligne. Le square des Chaprais sera agrandi et un nouveau jardin sera créé aux Vaîtes, à l'emplacement d'un projet lauréat du dernier budget participatif.</p>
<h2>S'informer</h2>
<p>Une Maison du tram ouvre le 28 avril au 12 avenue Fontaine-Argent, du mardi au samedi. Un médiateur de chantier répond aux riverains au 03 81 00 26 60.</p>""",
             decoys={"participatory_budget", "participation_displayed"}, parent=actu),
        page("/actualites/saison-culturelle-2025-2026", "Saison culturelle 2025-2026 : les abonnements sont ouverts", """
<p class="date">Publié le 2 avril 2025</p>
<p>Le Théâtre Ledoux, l'Espace Planoise et la salle de musiques actuelles La Rodia présentent une saison commune de 120 spectacles. Les abonnements (à partir de quatre spectacles) sont ouverts en ligne et aux guichets depuis le 1er avril.</p>
<p>Temps forts : un festival de cirque contemporain en novembre, une résidence de l'Orchestre Victor-Hugo et la création d'un opéra participatif avec trois chorales amateurs.</p>""", parent=actu),
        page("/actualites/deneigement-les-bons-gestes", "Déneigement : les bons gestes", """
<p class="date">Publié le 20 janvier 2025</p>
<p>Les services municipaux traitent en priorité les axes de bus, les abords des écoles et des hôpitaux. Les propriétaires et locataires doivent dégager le trottoir devant leur habitation. Du sel est disponible gratuitement aux ateliers municipaux.</p>""", parent=actu),
        page("/participer", "Participer à la vie de la cité", f"""
<p class="chapo">Pontarlève fait de la participation des habitants un principe d'action. Instances de quartier, budget participatif, droit d'interpellation, concertations : tous les dispositifs sont encadrés par notre charte de la participation.</p>
<h2>Les instances</h2><ul><li>Sept conseils consultatifs d'habitants, un par secteur, ouverts à tous ;</li><li>le conseil de la vie associative ;</li><li>le conseil des jeunes Pontarlévois (16-25 ans).</li></ul>
<h2>La plateforme Pontarlève Ensemble</h2><p>Sur <a href="{ensemble}/">ensemble.pontarleve.fr</a>, proposez et votez pour les projets du budget participatif, interpellez le conseil municipal, répondez aux questionnaires.</p>
<h2>Les règles du jeu</h2><p><a href="/participer/charte-de-la-participation">Lire la charte de la participation</a></p>""",
             features={"participation_displayed"}),
        page("/participer/charte-de-la-participation", "La charte de la participation", """
<p>Adoptée par le conseil municipal le 23 novembre 2022 après six mois de co-écriture avec les conseils consultatifs d'habitants, la charte fixe les engagements réciproques de la Ville et des habitants.</p>
<h2>Les engagements de la Ville</h2><ol><li>Informer en amont de toute décision importante, avec des documents clairs et accessibles.</li><li>Indiquer pour chaque démarche ce qui est soumis à la participation et ce qui ne l'est pas.</li><li>Rendre compte des contributions reçues et expliquer les décisions prises.</li><li>Aller à la rencontre des publics qui participent le moins : jeunes, habitants des quartiers prioritaires, personnes âgées isolées.</li></ol>
<h2>Les engagements des participants</h2><ol><li>Respecter la parole de chacun et le cadre des échanges.</li><li>Rechercher l'intérêt général.</li></ol>
<h2>Le garant</h2><p>Un comité de suivi, composé d'habitants tirés au sort, d'associations et d'élus de la majorité et de l'opposition, évalue chaque année l'application de la charte et publie un rapport.</p>""",
             features={"participation_displayed"}, parent=participer),
        page("/ma-ville", "Ma ville", """
<ul><li><a href="/ma-ville/les-elus">Les élus</a></li><li><a href="/ma-ville/conseil-municipal/proces-verbaux">Le conseil municipal : procès-verbaux</a></li><li><a href="/ma-ville/budget/compte-administratif-2024">Le compte administratif 2024</a></li></ul>"""),
        page("/ma-ville/les-elus", "Les élus", """
<p>Le conseil municipal compte 55 élus. Le maire est assisté de seize adjoints et de douze conseillers municipaux délégués.</p>
<ul><li>Le maire : Anne Vuillemin</li><li>Premier adjoint, finances : Karim Belhadj</li><li>Adjointe à la démocratie participative et à la vie des quartiers : Lise Marchal</li><li>Adjoint aux mobilités : Olivier Cuenot</li></ul>""", parent=ville),
        page("/ma-ville/conseil-municipal/proces-verbaux", "Conseil municipal : procès-verbaux", """
<p>Les procès-verbaux sont approuvés lors de la séance suivante et publiés ici.</p>
<h2>Séance du 3 mars 2025</h2><p>Présidence : Mme le Maire. Ordre du jour : débat d'orientation budgétaire 2025 ; création de deux postes d'agents de médiation ; convention d'occupation du domaine public avec le Grand Pontarlève pour la ligne 2 du tramway ; adhésion à l'agence d'urbanisme ; motion relative à la ligne ferroviaire des Horlogers. Toutes les délibérations ont été adoptées, la motion à l'unanimité.</p>
<h2>Séance du 16 décembre 2024</h2><p>Budget primitif 2025, tarifs municipaux, rapport annuel du comité de suivi de la charte de la participation (pris acte).</p>
<p>Prochaine séance : lundi 12 mai 2025, 18 h, salle Battant.</p>""",
             decoys={"participation_displayed"}, parent=ville),
        page("/ma-ville/budget/compte-administratif-2024", "Compte administratif 2024", """
<p>Le compte administratif 2024 retrace les recettes et les dépenses réellement réalisées. Il a été adopté le 16 juin 2025.</p>
<table><tr><th>Recettes réelles de fonctionnement</th><td>312,6 M€</td></tr><tr><th>Dépenses réelles de fonctionnement</th><td>276,0 M€</td></tr><tr><th>Dépenses d'équipement</th><td>78,4 M€</td></tr><tr><th>Encours de la dette au 31 décembre</th><td>186,2 M€</td></tr></table>
<p>La note de présentation brève et synthétique est disponible à l'accueil de l'hôtel de ville.</p>""",
             decoys={"participatory_budget"}, parent=ville),
        # a contact page that points to the online form on the e-services portal; it has no form of its own
        page("/nous-contacter", "Nous contacter", f"""
<p>Hôtel de ville — 2 rue Mégevand, 25000 Pontarlève. Standard : 03 81 00 25 25, du lundi au vendredi de 8 h à 18 h.</p>
<p>Pour nous écrire, utilisez le <a href="{demarches}/contacter-la-mairie/">formulaire « Contacter la mairie »</a> de notre portail de démarches en ligne : vous suivez ainsi le traitement de votre demande.</p>
<p>Mairies de quartier : Planoise (03 81 00 25 40), Clairs-Soleils (03 81 00 25 41), Palente (03 81 00 25 42).</p>""",
             decoys={"contact_form"}),
        page("/agenda", "Agenda", """
<ul class="liste-evenements"><li><a href="/agenda/festival-des-lumieres">Festival des lumières</a> — du 5 au 8 décembre 2025</li><li>Marché aux puces de la Boucle — premier dimanche du mois</li><li>Conseil municipal — lundi 12 mai 2025, 18 h</li></ul>"""),
        page("/agenda/festival-des-lumieres", "Festival des lumières", """
<p>Du 5 au 8 décembre 2025, de 18 h à 23 h, quinze installations lumineuses d'artistes illuminent la Boucle, la citadelle et les quais du Doubs. Gratuit. Navettes supplémentaires les vendredi et samedi soirs.</p>""",
             parent=("Agenda", "/agenda")),
        page("/demarches", "Démarches", f"""
<p>La plupart des démarches se font sur notre portail <a href="{demarches}/">demarches.pontarleve.fr</a> : actes d'état civil, inscriptions scolaires, signalements, demandes d'occupation du domaine public.</p>
<ul><li><a href="{demarches}/etat-civil/acte-de-naissance/">Demander un acte de naissance</a></li><li><a href="{demarches}/contacter-la-mairie/">Contacter la mairie</a></li></ul>"""),
        page("/plan-du-site", "Plan du site", links([
            ("/", "Accueil"), ("/actualites", "Actualités"), ("/agenda", "Agenda"), ("/demarches", "Démarches"),
            ("/participer", "Participer"), ("/participer/charte-de-la-participation", "La charte de la participation"),
            ("/ma-ville", "Ma ville"), ("/ma-ville/les-elus", "Les élus"), ("/ma-ville/conseil-municipal/proces-verbaux", "Procès-verbaux"),
            ("/ma-ville/budget/compte-administratif-2024", "Compte administratif 2024"), ("/nous-contacter", "Nous contacter"),
            ("/mentions-legales", "Mentions légales"), ("/accessibilite", "Accessibilité")])),
        _legal("/mentions-legales", "Ville de Pontarlève, 2 rue Mégevand, 25000 Pontarlève",
               "Hébergement : Inovagora, sur des serveurs situés en France."),
        _accessibility("/accessibilite", 81, "octobre 2024", "2024-2026"),
    ]
    accounts = [social("facebook", "VilledePontarleve"), social("x", "pontarleve"), social("instagram", "pontarleve"),
                social("youtube", "pontarleve"), social("linkedin", "ville-de-pontarleve"), social("tiktok", "villedepontarleve")]
    main = Site(host, THEME["inovagora"], "Ville de Pontarlève", pages,
                menu=[("Ma ville", "/ma-ville"), ("Actualités", "/actualites"), ("Agenda", "/agenda"), ("Démarches", "/demarches"),
                      ("Participer", "/participer"), ("Nous contacter", "/nous-contacter")],
                accounts=accounts, address="2 rue Mégevand, 25000 Pontarlève")
    return _city("98607", "Pontarlève", 298000, "25", [main, _pontarleve_publik(), _pontarleve_ensemble()])


def _pontarleve_publik():
    pages = [
        page("/", "Vos démarches en ligne", """
<div class="cell wcs-category-cell"><h2>État civil</h2><ul><li><a href="/etat-civil/acte-de-naissance/">Demande d'acte de naissance</a></li><li><span>Demande d'acte de mariage</span> (en mairie)</li></ul></div>
<div class="cell wcs-category-cell"><h2>Relation usagers</h2><ul><li><a href="/contacter-la-mairie/">Contacter la mairie</a></li></ul></div>
<div class="cell"><p>Créez votre compte pour suivre vos demandes : <a href="/login/">se connecter</a>.</p></div>"""),
        page("/contacter-la-mairie/", "Contacter la mairie", m.wcs_form("/contacter-la-mairie/", [
            ("select", "Votre demande concerne", True, ["Voirie, propreté", "Écoles et périscolaire", "État civil", "Urbanisme", "Autre"]),
            ("text", "Nom", True, ()), ("text", "Prénom", True, ()), ("email", "Courriel", True, ()), ("tel", "Téléphone", False, ()),
            ("text", "Objet", True, ()), ("textarea", "Votre message", True, ())],
            "Envoyer", ("Votre demande", "Validation")), features={"contact_form"}),
        # a civil-status request: structured fields, no free message
        page("/etat-civil/acte-de-naissance/", "Demande d'acte de naissance", m.wcs_form("/etat-civil/acte-de-naissance/", [
            ("radio", "Vous êtes", True, ["La personne concernée", "Son père ou sa mère", "Son conjoint", "Son enfant"]),
            ("select", "Type d'acte", True, ["Copie intégrale", "Extrait avec filiation", "Extrait sans filiation"]),
            ("text", "Nom de naissance de la personne concernée", True, ()), ("text", "Prénoms", True, ()),
            ("date", "Date de naissance", True, ()), ("select", "Nombre d'exemplaires", True, ["1", "2", "3"]),
            ("email", "Courriel", True, ())], "Suivant", ("Demandeur", "Acte", "Validation")), decoys={"contact_form"}),
        page("/login/", "Connexion", m.login_form("/login/", "username", "password", "Adresse électronique")
             + '<p>Vous pouvez aussi vous connecter avec FranceConnect.</p>', decoys={"contact_form"}),
        _legal("/mentions-legales", "Ville de Pontarlève, 2 rue Mégevand, 25000 Pontarlève",
               "Portail Publik hébergé par Entr'ouvert, 169 rue du Château, 75014 Paris."),
    ]
    return Site("demarches.pontarleve.fr", THEME["publik"], "Démarches en ligne - Ville de Pontarlève", pages,
                menu=[("Accueil", "/"), ("Contacter la mairie", "/contacter-la-mairie/")],
                address="2 rue Mégevand, 25000 Pontarlève")


def _pontarleve_ensemble():
    project = "/budget-participatif/projets/31-eclairage-solaire-du-parc-micaud"
    interpellation = "/interpellations/8-reouverture-du-bureau-de-poste-des-vaites"
    quest = "/questionnaires/accueil-periscolaire"

    def signatures(count, goal):
        pct = min(100, count * 100 // goal)
        return (f'<div class="pe-gauge" role="progressbar" aria-valuenow="{count}" aria-valuemin="0" aria-valuemax="{goal}">'
                f'<div class="pe-gauge__bar" style="width:{pct}%"></div></div><p class="pe-gauge__label">{count} soutiens sur {goal}</p>')

    pages = [
        # a platform's home presenting the city's approach and its charter: participation displayed as well
        page("/", "Pontarlève Ensemble", f"""
<section class="pe-intro"><p>Pontarlève Ensemble est la plateforme de participation citoyenne de la Ville. Chaque habitant peut y proposer et voter des projets, interpeller le conseil municipal et donner son avis sur les politiques municipales, dans le respect de la charte de la participation.</p></section>
<section class="pe-cards">
<article class="pe-card"><h2><a href="/budget-participatif">Budget participatif 2025</a></h2><p>Vote ouvert jusqu'au 20 mai : 2 M€ pour 60 projets.</p></article>
<article class="pe-card"><h2><a href="/interpellations">Droit d'interpellation</a></h2><p>3 interpellations en cours de signature.</p></article>
<article class="pe-card"><h2><a href="{quest}">Questionnaire : l'accueil périscolaire</a></h2><p>Ouvert jusqu'au 31 mai.</p></article></section>""",
             features={"participation_displayed"}),
        page("/budget-participatif", "Budget participatif 2025", f"""
<p>Les habitants ont déposé 418 idées en janvier. Après étude par les services, 60 projets sont soumis au vote. Chaque Pontarlévois de plus de 11 ans peut voter pour cinq projets, en ligne ou dans les mairies de quartier.</p>
<ul class="pe-projects">
<li class="pe-project"><h3><a href="{project}">Éclairage solaire du parc Micaud</a></h3><p>Battant · 75 000 € · 912 voix</p></li>
<li class="pe-project"><h3>Un pumptrack à Planoise</h3><p>Planoise · 140 000 € · 1 306 voix</p></li>
<li class="pe-project"><h3>Des toilettes sèches sur les bords du Doubs</h3><p>Centre · 48 000 € · 644 voix</p></li></ul>
<form class="pe-ballot" method="post" action="/budget-participatif/vote"><p>Vous avez choisi 0 projet sur 5.</p><button type="submit" class="pe-btn">Valider mon vote</button></form>""",
             features={"participatory_budget"}),
        page(project, "Éclairage solaire du parc Micaud", """
<p class="pe-meta">Projet déposé par Thierry G. · Quartier Battant · Coût estimé par les services : 75 000 €</p>
<p>Installer une vingtaine de lampadaires solaires à détection de présence le long des allées du parc Micaud, aujourd'hui plongées dans le noir dès 17 h en hiver.</p>
<p class="pe-avis">Avis technique : réalisable en 2026, en lien avec la direction des espaces verts.</p>
<form method="post" action="/budget-participatif/panier" class="pe-inline"><input type="hidden" name="projet" value="31"><button type="submit" class="pe-btn">Je vote pour ce projet</button></form>
<p><a href="/budget-participatif">Tous les projets</a></p>""",
             features={"participatory_budget"}, parent=("Budget participatif", "/budget-participatif")),
        page("/interpellations", "Droit d'interpellation", f"""
<p>Le droit d'interpellation permet à tout habitant de plus de 16 ans de saisir le conseil municipal d'une question relevant de la compétence de la Ville. Une interpellation qui réunit 300 soutiens en trois mois donne lieu à une rencontre avec l'adjoint compétent ; au-delà de 1 500 soutiens, elle est débattue en séance du conseil municipal.</p>
<p><a class="pe-btn" href="/interpellations/nouvelle">Déposer une interpellation</a></p>
<ul class="pe-interpellations">
<li class="pe-interpellation"><h3><a href="{interpellation}">Réouverture du bureau de poste des Vaîtes</a></h3>{signatures(1134, 1500)}</li>
<li class="pe-interpellation"><h3>Gratuité du stationnement pour les soignants à domicile</h3>{signatures(402, 1500)}</li>
<li class="pe-interpellation pe-interpellation--done"><h3>Créer une zone à trafic limité dans la Boucle</h3><p>Débattue en conseil municipal le 3 mars 2025</p></li></ul>""",
             features={"petition"}),
        page(interpellation, "Réouverture du bureau de poste des Vaîtes", f"""
<p class="pe-meta">Interpellation déposée le 18 février 2025 par le collectif « Vaîtes vivantes » · se termine le 18 mai 2025</p>
<p>Depuis la fermeture du bureau de poste en 2023, les habitants des Vaîtes doivent se rendre aux Chaprais. Nous demandons au conseil municipal d'engager une démarche auprès de La Poste pour ouvrir une agence postale communale dans la mairie de quartier.</p>
{signatures(1134, 1500)}
<form class="pe-sign" method="post" action="/interpellations/8/soutenir">
<div class="pe-field"><label for="sign-nom">Nom</label><input id="sign-nom" name="nom" required></div>
<div class="pe-field"><label for="sign-prenom">Prénom</label><input id="sign-prenom" name="prenom" required></div>
<div class="pe-field"><label for="sign-email">Courriel</label><input id="sign-email" name="email" type="email" required></div>
<div class="pe-field"><label for="sign-naissance">Année de naissance</label><input id="sign-naissance" name="annee" type="number" min="1900" max="2009" required></div>
<div class="pe-field pe-field--check"><input id="sign-habitant" type="checkbox" name="habitant" value="1" required><label for="sign-habitant">J'atteste habiter Pontarlève</label></div>
<button type="submit" class="pe-btn">Je soutiens cette interpellation</button></form>""",
             features={"petition"}, parent=("Interpellations", "/interpellations")),
        # starting an interpellation: published after moderation, not a message to the mairie
        page("/interpellations/nouvelle", "Déposer une interpellation", """
<form class="pe-form" method="post" action="/interpellations/nouvelle">
<div class="pe-field"><label for="int-titre">Titre</label><input id="int-titre" name="titre" maxlength="120" required></div>
<div class="pe-field"><label for="int-texte">Votre interpellation</label><textarea id="int-texte" name="texte" rows="10" required></textarea></div>
<div class="pe-field"><label for="int-quartier">Quartier concerné</label><select id="int-quartier" name="quartier"><option>Toute la ville</option><option>Battant</option><option>Chaprais</option><option>Planoise</option><option>Vaîtes</option></select></div>
<div class="pe-field pe-field--check"><input id="int-charte" type="checkbox" name="charte" value="1" required><label for="int-charte">Je m'engage à respecter les règles de modération</label></div>
<button type="submit" class="pe-btn">Soumettre</button></form>
<p>Vous devez être connecté : <a href="/connexion">se connecter</a>.</p>""",
             features={"petition"}, decoys={"contact_form"}, parent=("Interpellations", "/interpellations")),
        page(quest, "Questionnaire : l'accueil périscolaire", """
<p>La Ville réorganise l'accueil du matin et du soir dans les écoles. Parents, ce questionnaire de dix questions nous aidera à adapter les horaires et les activités.</p>
<form class="pe-form pe-questionnaire" method="post" action="/questionnaires/accueil-periscolaire/reponses">
<fieldset class="pe-question"><legend>1. Votre enfant fréquente-t-il l'accueil périscolaire ?</legend><label><input type="radio" name="q1" value="matin"> Le matin</label><label><input type="radio" name="q1" value="soir"> Le soir</label><label><input type="radio" name="q1" value="deux"> Matin et soir</label><label><input type="radio" name="q1" value="non"> Non</label></fieldset>
<fieldset class="pe-question"><legend>2. À quelle heure souhaiteriez-vous que l'accueil du soir se termine ?</legend><label><input type="radio" name="q2" value="1800"> 18 h</label><label><input type="radio" name="q2" value="1830"> 18 h 30</label><label><input type="radio" name="q2" value="1900"> 19 h</label></fieldset>
<fieldset class="pe-question"><legend>3. Quelles activités privilégier ?</legend><label><input type="checkbox" name="q3[]" value="devoirs"> Aide aux devoirs</label><label><input type="checkbox" name="q3[]" value="sport"> Sport</label><label><input type="checkbox" name="q3[]" value="lecture"> Lecture</label><label><input type="checkbox" name="q3[]" value="jeux"> Jeux libres</label></fieldset>
<button type="submit" class="pe-btn">Envoyer mes réponses</button></form>""",
             features={"poll"}),
        page("/connexion", "Mon compte", m.login_form("/connexion", "_username", "_password")
             + '<p>Pas encore inscrit ? Présentez-vous dans une mairie de quartier ou connectez-vous avec FranceConnect.</p>',
             decoys={"contact_form"}),
        page("/regles-de-moderation", "Règles de modération", """
<p>Les contributions sont lues avant publication par l'équipe de la Mission participation. Sont refusés : les propos injurieux, diffamatoires ou discriminatoires, les contenus publicitaires ou électoraux, les demandes individuelles (à adresser aux services), les sujets hors des compétences municipales.</p>"""),
    ]
    return Site("ensemble.pontarleve.fr", THEME["ensemble"], "Pontarlève Ensemble", pages,
                menu=[("Accueil", "/"), ("Budget participatif", "/budget-participatif"), ("Interpellations", "/interpellations"),
                      ("Questionnaires", quest)],
                accounts=[social("facebook", "VilledePontarleve")],
                features=PLATFORM, platforms=frozenset({"custom"}))


# =================================================================================================
# 98608 Plérivel: K-Sup, an SMF board, the neighbours' network


def plerivel():
    host = "www.plerivel.fr"
    forum = "http://forum.plerivel.fr"
    entraide = "http://entraide.plerivel.fr"
    actu = ("Actualités", "/actualites")
    vivre = ("Vivre ensemble", "/vivre-ensemble")
    pepites = ("Les Pépites de quartier", "/vivre-ensemble/les-pepites-de-quartier")
    pages = [
        page("/", "Accueil", f"""
<div class="bloc-actualites"><h2>Actualités</h2><ul class="objets actualites">
<li><a href="/actualites/maison-de-sante-ou-en-est-on">Maison de santé : où en est-on ?</a></li>
<li><a href="/actualites/forum-des-associations-2025">Forum des associations le 6 septembre</a></li>
<li><a href="/actualites/tempete-un-an-apres">Tempête de novembre : un an après</a></li></ul><p><a href="/actualites">Toutes les actualités</a></p></div>
<div class="bloc-vivre-ensemble"><h2>Vivre ensemble</h2><ul>
<li><a href="/vivre-ensemble/plerivel-en-commun">Plérivel en commun</a></li>
<li><a href="/vivre-ensemble/les-pepites-de-quartier">Les Pépites de quartier</a></li>
<li><a href="/vivre-ensemble/plerivel-entraide">Plérivel Entraide, le réseau des voisins</a></li>
<li><a href="{forum}/">Le forum des Plérivelais</a></li></ul></div>"""),
        page("/actualites", "Actualités", """
<ul class="objets actualites"><li><a href="/actualites/maison-de-sante-ou-en-est-on">Maison de santé : où en est-on ?</a> <span class="date">12/05/2025</span></li>
<li><a href="/actualites/forum-des-associations-2025">Forum des associations le 6 septembre</a> <span class="date">05/05/2025</span></li>
<li><a href="/actualites/tempete-un-an-apres">Tempête de novembre : un an après</a> <span class="date">02/11/2024</span></li></ul>"""),
        page("/actualites/forum-des-associations-2025", "Forum des associations le 6 septembre", """
<p class="date">Publié le 5 mai 2025</p>
<p>Réservez votre samedi 6 septembre : le forum des associations réunira à la salle omnisports du Gouët les 70 associations sportives, culturelles et solidaires de la commune, de 10 h à 17 h. Inscriptions, démonstrations et buvette.</p>
<p>Les associations qui souhaitent un stand doivent s'inscrire auprès du service vie associative avant le 30 juin.</p>""",
             decoys={"forum"}, parent=actu),
        page("/actualites/maison-de-sante-ou-en-est-on", "Maison de santé : où en est-on ?", f"""
<p class="date">Publié le 12 mai 2025</p>
<p>Le gros œuvre de la maison de santé pluriprofessionnelle de la rue de Saint-Brieuc est achevé. Elle accueillera à l'ouverture, prévue en mars 2026, trois médecins généralistes, deux infirmières, un kinésithérapeute, une orthophoniste et une sage-femme. Deux cabinets restent disponibles.</p>
<p>La commune finance l'opération à hauteur de 1,9 M€, avec le soutien de la Région et du Département.</p>
<div class="commentaires"><h2>Vos réactions</h2>{m.disqus("ville-plerivel", "actu-maison-de-sante-2025", "http://www.plerivel.fr/actualites/maison-de-sante-ou-en-est-on")}</div>""",
             features={"comments"}, parent=actu),
        # a long news item that names the neighbours' network in passing
        page("/actualites/tempete-un-an-apres", "Tempête de novembre : un an après", f"""
<p class="date">Publié le 2 novembre 2024</p>
<p class="chapo">Il y a un an, la tempête arrachait des centaines d'arbres et privait d'électricité la moitié des foyers de la commune pendant quatre jours.</p>
<p>Les services techniques ont dégagé 38 kilomètres de routes et de chemins en dix jours, avec l'aide des agriculteurs et de leurs tracteurs. La salle des fêtes a accueilli les habitants privés de chauffage ; 240 repas y ont été servis.</p>
<p>Un an après, les toitures de l'école et de la salle omnisports ont été refaites. 600 arbres ont été replantés cet hiver le long des chemins de randonnée, avec les élèves du collège.</p>
<p>La commune a tiré les leçons de cet épisode : un plan communal de sauvegarde révisé, un groupe électrogène pour la salle des fêtes et une liste des personnes vulnérables tenue par le CCAS. L'entraide spontanée entre voisins a aussi montré son importance ; elle se prolonge aujourd'hui sur Plérivel Entraide.</p>
<p>Merci encore à toutes celles et ceux qui ont prêté main-forte.</p>""",
             decoys={"territorial_social_network"}, parent=actu),
        page("/vivre-ensemble", "Vivre ensemble", f"""
<ul class="liste-liens"><li><a href="/vivre-ensemble/plerivel-en-commun">Plérivel en commun</a></li><li><a href="/vivre-ensemble/les-pepites-de-quartier">Les Pépites de quartier</a></li><li><a href="/vivre-ensemble/plerivel-entraide">Plérivel Entraide</a></li><li><a href="{forum}/">Le forum des Plérivelais</a></li></ul>"""),
        page("/vivre-ensemble/plerivel-en-commun", "Plérivel en commun", f"""
<p class="chapo">« Plérivel en commun », c'est la façon dont la municipalité associe les habitants à ses décisions, tout au long du mandat.</p>
<h2>Des rendez-vous réguliers</h2><ul><li><strong>Les assemblées de bourg et de villages</strong> : deux fois par an, les élus viennent à la rencontre des habitants de chaque secteur (le bourg, Saint-Nicolas, Kerlan, la Ville-Jégu) pour présenter les projets et recueillir les avis.</li><li><strong>Les ateliers en commun</strong> : avant chaque aménagement important, un atelier ouvert à tous permet de travailler sur plans avec les services et le bureau d'études.</li><li><strong>Les balades de village</strong> : un samedi par trimestre, un parcours à pied avec les élus pour repérer ce qui doit être amélioré.</li></ul>
<h2>Des outils</h2><ul><li><a href="/vivre-ensemble/les-pepites-de-quartier">Les Pépites de quartier</a> : vos projets pour la commune ;</li><li><a href="{forum}/">le forum des Plérivelais</a>, espace d'échanges entre habitants.</li></ul>
<p>Adjointe référente : Maud Le Goff — plerivel.encommun@plerivel.fr.</p>""",
             features={"participation_displayed"}, parent=vivre),
        # residents propose and vote projects on a share of the investment budget: a participatory budget under a local name
        page("/vivre-ensemble/les-pepites-de-quartier", "Les Pépites de quartier", """
<p class="chapo">80 000 € d'investissement chaque année pour réaliser les projets proposés et choisis par les habitants.</p>
<h2>Comment ça marche ?</h2><ol><li><strong>Vous proposez</strong> (avril – mai) : tout habitant dès 10 ans peut <a href="/vivre-ensemble/les-pepites-de-quartier/deposer">déposer un projet</a> d'intérêt collectif, dans la limite de 20 000 €.</li><li><strong>La commune étudie</strong> (juin – août) : les services vérifient la faisabilité et le coût.</li><li><strong>Vous choisissez</strong> (septembre) : chaque habitant <a href="/vivre-ensemble/les-pepites-de-quartier/voter">vote pour trois projets</a>, en ligne ou à la mairie.</li><li><strong>On réalise</strong> : les projets les plus soutenus sont réalisés l'année suivante, jusqu'à épuisement de l'enveloppe.</li></ol>
<h2>Les Pépites 2024</h2><ul><li>Un abri à vélos couvert près de l'école (14 500 €) — réalisé</li><li>Des tables de pique-nique au plan d'eau (6 200 €) — réalisé</li><li>Un verger partagé à Kerlan (11 000 €) — en cours</li></ul>""",
             features={"participatory_budget"}, parent=vivre),
        # the project form is mailed to the mairie: a participatory budget call and, by the codebook, a contact form
        page("/vivre-ensemble/les-pepites-de-quartier/deposer", "Déposer une Pépite", f"""
<p>Vous avez jusqu'au 31 mai pour proposer votre projet. Il doit être d'intérêt collectif, situé sur le domaine public de la commune et ne pas dépasser 20 000 €.</p>
<form class="formulaire-ksup" method="post" action="/servlet/com.kportal.formulaire.FormulaireServlet" enctype="multipart/form-data">
<input type="hidden" name="ID_FORMULAIRE" value="1682512987321"><input type="hidden" name="ACTION" value="ENVOYER">
<fieldset><legend>Vous</legend>{field("text", "NOM", "Nom et prénom", True)}{field("email", "EMAIL", "Courriel", True)}{field("text", "AGE", "Âge")}</fieldset>
<fieldset><legend>Votre projet</legend>{field("text", "TITRE_PROJET", "Nom du projet", True)}{field("select", "SECTEUR", "Lieu", True, ("Le bourg", "Saint-Nicolas", "Kerlan", "La Ville-Jégu"))}
{field("textarea", "DESCRIPTION", "Description du projet", True)}{field("text", "COUT", "Coût estimé (si vous le connaissez)")}</fieldset>
{rgpd()}<p class="submit"><button type="submit" class="bouton">Envoyer ma Pépite</button></p></form>""",
             features={"participatory_budget", "suggestion_call", "contact_form"}, parent=pepites),
        page("/vivre-ensemble/les-pepites-de-quartier/voter", "Voter pour les Pépites", f"""
<p>Le vote est ouvert du 1er au 30 septembre. Choisissez trois projets parmi les onze retenus. Un seul vote par personne.</p>
<form class="formulaire-ksup" method="post" action="/servlet/com.kportal.formulaire.FormulaireServlet">
<input type="hidden" name="ID_FORMULAIRE" value="1682513140087">
{field("checkbox", "CHOIX", "Mes trois projets", options=("Une aire de jeux à Saint-Nicolas (18 000 €)", "Un éclairage du chemin du plan d'eau (16 500 €)", "Des bancs le long de la voie verte (7 800 €)", "Une boîte à livres à Kerlan (1 200 €)", "Un terrain de pétanque au bourg (9 400 €)"))}
{field("text", "NOM", "Nom et prénom", True)}{field("email", "EMAIL", "Courriel", True)}
<p class="submit"><button type="submit" class="bouton">Valider mon vote</button></p></form>""",
             features={"participatory_budget"}, parent=pepites),
        # the city's page presenting the neighbours' network it runs
        page("/vivre-ensemble/plerivel-entraide", "Plérivel Entraide, le réseau des voisins", f"""
<p class="chapo">Prêter une perceuse, proposer un covoiturage pour le marché, trouver quelqu'un pour nourrir le chat pendant les vacances : Plérivel Entraide est le réseau social de voisinage de la commune.</p>
<p>Gratuit et réservé aux habitants de Plérivel, le réseau est proposé par la commune avec la société Smiile. Chaque inscrit rejoint le groupe de son secteur et peut publier des demandes, des offres de services, des dons, des alertes ou des événements. Le CCAS y relaie ses informations et les associations y annoncent leurs activités.</p>
<p><a class="bouton" href="{entraide}/">Rejoindre Plérivel Entraide</a></p>
<p>Pas à l'aise avec internet ? L'accueil de la mairie peut vous inscrire et publier vos annonces pour vous.</p>""",
             features={"territorial_social_network"}, parent=vivre),
        page("/contact", "Contact", f"""
<p>Mairie de Plérivel — 1 place du Martray, 22150 Plérivel — 02 96 00 70 70.</p>
<form class="formulaire-ksup" method="post" action="/servlet/com.kportal.formulaire.FormulaireServlet">
<input type="hidden" name="ID_FORMULAIRE" value="1682512230014"><input type="hidden" name="ACTION" value="ENVOYER">
{field("text", "NOM", "Nom", True)}{field("text", "PRENOM", "Prénom", True)}{field("email", "EMAIL", "Courriel", True)}
{field("select", "SERVICE", "Service", True, ("Accueil", "État civil", "Urbanisme", "Services techniques", "CCAS", "Enfance"))}
{field("textarea", "MESSAGE", "Votre message", True)}{rgpd()}
<p class="submit"><button type="submit" class="bouton">Envoyer</button></p></form>""",
             features={"contact_form"}),
        page("/agenda", "Agenda", """
<ul class="objets evenements"><li>Samedi 14 juin — Balade de village à Kerlan</li><li>Samedi 21 juin — Fête de la musique</li><li>Samedi 6 septembre — <a href="/actualites/forum-des-associations-2025">Forum des associations</a></li></ul>"""),
        page("/demarches", "Démarches", """
<ul><li><a href="https://www.service-public.fr/particuliers/vosdroits/R1406">Actes d'état civil</a></li><li><a href="https://www.service-public.fr/particuliers/vosdroits/N358">Carte d'identité et passeport</a> : sur rendez-vous à la mairie de Saint-Brieuc ou de Lamballe</li><li>Location de salles communales : à l'accueil de la mairie</li></ul>"""),
        page("/mairie", "Mairie", """
<p>Accueil du lundi au vendredi de 8 h 30 à 12 h et de 13 h 30 à 17 h, le samedi de 9 h à 12 h.</p>
<h2>Les élus</h2><ul><li>Le maire : Erwan Le Bihan</li><li>Première adjointe, vie citoyenne : Maud Le Goff</li><li>Adjoint aux travaux : Loïc Rault</li><li>Adjointe à l'enfance et aux solidarités : Soizic Morvan</li></ul>"""),
        _legal("/mentions-legales", "Commune de Plérivel, 1 place du Martray, 22150 Plérivel",
               "Hébergement : Kosmos, 43 rue Jean-Jaurès, 92300 Levallois-Perret."),
        _accessibility("/accessibilite", 58, "janvier 2024", "2024-2026"),
    ]
    main = Site(host, THEME["kosmos"], "Ville de Plérivel", pages,
                menu=[("Mairie", "/mairie"), ("Actualités", "/actualites"), ("Agenda", "/agenda"),
                      ("Vivre ensemble", "/vivre-ensemble"), ("Démarches", "/demarches"), ("Contact", "/contact")],
                accounts=[social("facebook", "plerivel"), social("instagram", "villedeplerivel")],
                address="1 place du Martray, 22150 Plérivel")
    return _city("98608", "Plérivel", 31600, "22", [main, _plerivel_smf(), _plerivel_entraide()])


def _plerivel_smf():
    board2, board3 = "/index.php?board=2.0", "/index.php?board=3.0"
    topic1, topic2 = "/index.php?topic=214.0", "/index.php?topic=198.0"
    post = "/index.php?action=post;board=2.0"

    def board(bid, href, name, desc, posts, topics, last):
        return (f'<div id="board_{bid}" class="up_contain"><div class="board_icon"><a href="{href}" class="board_on" title="Nouveaux messages"></a></div>'
                f'<div class="info"><a class="subject mobile_subject" href="{href}" id="b{bid}">{name}</a><div class="board_description">{desc}</div></div>'
                f'<div class="board_stats"><p>{posts} Messages<br>{topics} Sujets</p></div><div class="lastpost"><p>{last}</p></div></div>')

    def topic_row(href, subject, starter, replies, views, last):
        link = f'<a href="{href}">{subject}</a>' if href else subject
        return (f'<div class="windowbg"><div class="board_icon"><img src="/Themes/default/images/post/xx.png" alt=""></div>'
                f'<div class="info info_block"><div class="message_index_title"><span class="preview" title=""><span id="msg_{replies}">{link}</span></span></div>'
                f'<p class="floatleft">Démarré par {starter}</p></div><div class="board_stats centertext"><p>{replies} Réponses<br>{views} Vues</p></div>'
                f'<div class="lastpost"><p>{last}</p></div></div>')

    def message(mid, who, group, count, when, subject, text, number):
        return (f'<div class="windowbg" id="msg{mid}"><div class="post_wrapper"><div class="poster"><h4>{who}</h4><ul class="user_info">'
                f'<li class="membergroup">{group}</li><li class="postcount">Messages: {count}</li></ul></div><div class="postarea">'
                f'<div class="keyinfo"><div id="subject_{mid}" class="subject_title"><a href="#msg{mid}" rel="nofollow">{subject}</a></div>'
                f'<span class="page_number floatright">#{number}</span><span class="smalltext">{when}</span></div>'
                f'<div class="post"><div class="inner" data-msgid="{mid}" id="msg_{mid}">{text}</div></div></div></div></div>')

    last2 = f'Dernier message par Gwen22<br>dans <a href="{topic1}">Re: Ralentisseurs rue de Brest</a><br>Aujourd\'hui à 08:41'
    last3 = f'Dernier message par Fanch<br>dans <a href="{topic2}">Re: Rando du dimanche matin</a><br>Hier à 21:15'
    index_body = f"""<div id="boardindex_table" class="boardindex_table"><div class="main_container">
<div class="cat_bar" id="category_1"><h3 class="catbg">La commune</h3></div><div id="category_1_boards">
{board(2, board2, "Vie des quartiers", "Travaux, circulation, propreté, voisinage : parlons de nos quartiers et villages.", 142, 31, last2)}
{board(3, board3, "Sports, culture et loisirs", "Sorties, sport, associations, bons plans à Plérivel et autour.", 87, 22, last3)}
</div></div></div>
<div class="roundframe" id="info_center"><div class="sub_bar"><h3 class="subbg">Centre d'informations</h3></div><p>229 Messages dans 53 Sujets par 118 Membres. Dernier membre : Soazig.</p></div>"""
    topic_body = f"""<div id="display_head" class="information"><h2 class="display_title"><span id="top_subject">Ralentisseurs rue de Brest</span></h2><p>Sujet lancé par Gwen22, 28 Mars 2025, 18:20:11</p></div>
<div class="pagesection top"><div class="buttonlist floatright"><a class="button button_strip_new_topic" href="{post}">Nouveau sujet</a></div><div class="pagelinks floatleft"><span class="pages">Pages</span><span class="current_page">1</span></div></div>
<div id="forumposts"><form action="/index.php?action=quickmod2;topic=214.0" method="post" accept-charset="UTF-8" name="quickModForm" id="quickModForm">
{message(1402, "Gwen22", "Membre", 37, "28 Mars 2025, 18:20:11", "Ralentisseurs rue de Brest", "Bonjour à tous, depuis l'ouverture de la nouvelle zone artisanale, les voitures descendent la rue de Brest à toute allure, devant l'arrêt du car scolaire. Quelqu'un sait si la mairie a prévu quelque chose ?", 1)}
{message(1405, "Jean-Yves", "Membre", 112, "29 Mars 2025, 09:02:47", "Re: Ralentisseurs rue de Brest", "Même constat rue du Stade. Un plateau surélevé comme devant l'école serait bien.", 2)}
{message(1411, "Mairie de Plérivel", "Modérateur", 64, "31 Mars 2025, 14:30:05", "Re: Ralentisseurs rue de Brest", "Bonjour, un comptage des vitesses est programmé en avril. Les résultats seront présentés à l'assemblée de bourg du 17 mai.", 3)}
{message(1432, "Gwen22", "Membre", 37, "Aujourd'hui à 08:41", "Re: Ralentisseurs rue de Brest", "Merci pour la réponse, on sera nombreux le 17 !", 4)}
</form></div>
<div class="pagesection"><div class="buttonlist floatright"><a class="button" href="{post}">Nouveau sujet</a></div></div>
<div class="noticebox">Vous devez <a href="/index.php?action=login">vous connecter</a> pour répondre à ce sujet.</div>"""
    topic2_body = f"""<div id="display_head" class="information"><h2 class="display_title"><span id="top_subject">Rando du dimanche matin</span></h2><p>Sujet lancé par Fanch, 2 Mars 2025, 20:05:44</p></div>
<div id="forumposts">
{message(1288, "Fanch", "Membre", 58, "2 Mars 2025, 20:05:44", "Rando du dimanche matin", "On part tous les dimanches à 9 h du parking de la salle omnisports, boucle de 10 à 12 km. Tout le monde est bienvenu !", 1)}
{message(1290, "Nolwenn", "Membre", 9, "3 Mars 2025, 07:58:12", "Re: Rando du dimanche matin", "Super, je viendrai avec ma fille. Les chiens sont acceptés ?", 2)}
{message(1291, "Fanch", "Membre", 58, "Hier à 21:15", "Re: Rando du dimanche matin", "Oui, tenus en laisse dans les champs.", 3)}
</div><div class="noticebox">Vous devez <a href="/index.php?action=login">vous connecter</a> pour répondre à ce sujet.</div>"""
    pages = [
        page("/", "Forum des Plérivelais - Index", index_body),
        page(board2, "Vie des quartiers", f"""
<div id="description_board" class="generic_list_wrapper"><h3>Vie des quartiers</h3><div><p>Travaux, circulation, propreté, voisinage : parlons de nos quartiers et villages.</p></div></div>
<div class="pagesection"><div class="buttonlist floatright"><a class="button button_strip_new_topic" href="{post}">Nouveau sujet</a></div></div>
<div id="messageindex"><div id="topic_container">
{topic_row(topic1, "Ralentisseurs rue de Brest", "Gwen22", 3, 214, "Aujourd'hui à 08:41<br>par Gwen22")}
{topic_row(None, "Dépôts sauvages au point d'apport volontaire de Kerlan", "Yvette", 6, 389, "12 Avril 2025<br>par Mairie de Plérivel")}
{topic_row(None, "Fibre optique : qui est raccordé à la Ville-Jégu ?", "Erwan B.", 11, 702, "8 Avril 2025<br>par Katell")}</div></div>""",
             parent=("Forum des Plérivelais", "/")),
        page(board3, "Sports, culture et loisirs", f"""
<div id="description_board" class="generic_list_wrapper"><h3>Sports, culture et loisirs</h3><div><p>Sorties, sport, associations, bons plans à Plérivel et autour.</p></div></div>
<div id="messageindex"><div id="topic_container">
{topic_row(topic2, "Rando du dimanche matin", "Fanch", 2, 155, "Hier à 21:15<br>par Fanch")}
{topic_row(None, "Cherche partenaires de badminton", "Malo", 4, 98, "22 Mars 2025<br>par Anaïg")}</div></div>""",
             parent=("Forum des Plérivelais", "/")),
        page(topic1, "Ralentisseurs rue de Brest", topic_body, parent=("Vie des quartiers", board2)),
        page(topic2, "Rando du dimanche matin", topic2_body, parent=("Sports, culture et loisirs", board3)),
        # the board's new-topic form: a public post, not a message to the mairie
        page(post, "Commencer un nouveau sujet", """
<form action="/index.php?action=post2" method="post" accept-charset="UTF-8" name="postmodify" id="postmodify" class="flow_hidden" enctype="multipart/form-data">
<div id="preview_section" style="display: none;"></div>
<div class="cat_bar"><h3 class="catbg">Commencer un nouveau sujet</h3></div>
<div id="post_area"><div class="roundframe noup">
<div class="noticebox">Les messages des invités sont relus par un modérateur avant publication.</div>
<dl id="post_header"><dt class="clear"><label for="guestname">Nom :</label></dt><dd><input type="text" id="guestname" name="guestname" size="25" value="" tabindex="1" required></dd>
<dt class="clear_left"><label for="email">E-mail :</label></dt><dd><input type="email" id="email" name="email" size="25" value="" tabindex="2" required></dd>
<dt class="clear"><span id="caption_subject">Sujet :</span></dt><dd><input type="text" name="subject" maxlength="80" size="80" tabindex="3" required></dd></dl>
<div id="post_area_editor"><textarea class="editor" name="message" id="message" cols="600" rows="15" tabindex="4" required></textarea></div>
<span id="post_confirm_buttons"><input type="submit" value="Poster" name="post" tabindex="5" accesskey="s" class="button"> <input type="submit" name="preview" value="Prévisualiser" tabindex="6" accesskey="p" class="button"></span>
</div></div><input type="hidden" name="board" value="2"><input type="hidden" name="seqnum" value="0"><input type="hidden" name="a7c3e9f1" value="6b1f0e"></form>""",
             decoys={"contact_form"}, parent=("Vie des quartiers", board2)),
        page("/index.php?action=login", "Connexion", """
<form class="login" action="/index.php?action=login2" name="frmLogin" id="frmLogin" method="post" accept-charset="UTF-8">
<div class="login"><div class="cat_bar"><h3 class="catbg"><span class="main_icons login"></span> Connexion</h3></div><div class="roundframe">
<dl><dt>Identifiant ou e-mail :</dt><dd><input type="text" id="loginuser" name="user" size="20" value="" required></dd><dt>Mot de passe :</dt><dd><input type="password" id="loginpass" name="passwrd" value="" size="20" required></dd></dl>
<dl><dt>Rester connecté :</dt><dd><input type="checkbox" name="cookieneverexp" id="cookieneverexp"></dd></dl>
<p><input type="submit" value="Connexion" class="button"></p><p class="smalltext"><a href="/index.php?action=register">Pas encore inscrit ?</a></p>
</div></div></form>""", decoys={"contact_form"}),
        page("/index.php?action=register", "Inscription", """
<form action="/index.php?action=signup2" method="post" accept-charset="UTF-8" name="registration" id="registration">
<div class="cat_bar"><h3 class="catbg">Inscription - Champs requis</h3></div><div class="roundframe noup"><fieldset><dl class="register_form">
<dt><strong><label for="smf_autov_username">Identifiant :</label></strong></dt><dd><input type="text" name="user" id="smf_autov_username" size="50" maxlength="25" value="" required></dd>
<dt><strong><label for="smf_autov_reserve1">E-mail :</label></strong></dt><dd><input type="email" name="email" id="smf_autov_reserve1" size="50" value="" required></dd>
<dt><strong><label for="smf_autov_pwmain">Choisissez un mot de passe :</label></strong></dt><dd><input type="password" name="passwrd1" id="smf_autov_pwmain" size="50" required></dd>
<dt><strong><label for="smf_autov_pwverify">Vérifiez le mot de passe :</label></strong></dt><dd><input type="password" name="passwrd2" id="smf_autov_pwverify" size="50" required></dd></dl></fieldset>
<p><input type="checkbox" name="accept_agreement" id="accept_agreement" required> <label for="accept_agreement">J'accepte les règles du forum</label></p>
<div class="flow_auto"><input type="submit" name="regSubmit" value="S'inscrire" class="button floatright"></div></div></form>""",
             decoys={"contact_form"}),
        # help and credits pages carry the board's chrome; nobody posts there
        page("/index.php?action=help", "Aide", """
<div id="help_container"><div class="cat_bar"><h3 class="catbg">Aide</h3></div><div class="roundframe">
<p>Le forum des Plérivelais est un espace d'échanges entre habitants, modéré par la mairie. Pour écrire, inscrivez-vous puis choisissez une section et cliquez sur « Nouveau sujet ».</p>
<p>Règles : restez courtois, pas de publicité, pas de propos politiques partisans, pas de données personnelles de tiers. Les messages contraires aux règles sont supprimés.</p></div></div>""",
             decoys={"forum"}),
        page("/index.php?action=credits", "Crédits", """
<div class="cat_bar"><h3 class="catbg">Crédits</h3></div><div class="roundframe"><p>Ce forum fonctionne avec Simple Machines Forum 2.1, logiciel libre sous licence BSD, et le pack de langue française de la communauté SMF.</p></div>""",
             decoys={"forum"}),
    ]
    return Site("forum.plerivel.fr", THEME["smf"], "Forum des Plérivelais", pages, features=BOARD)


def _plerivel_entraide():
    post = "/annonces/1532-pret-d-une-remorque"
    pages = [
        page("/", "Le fil de vos voisins", f"""
<p class="wl-lead">312 voisins inscrits à Plérivel · 4 groupes de secteur</p>
<section class="wl-feed">
<article class="wl-post wl-post--loan"><header><span class="wl-post__author">Yannick · Le bourg</span><span class="wl-tag">Prêt</span></header><h2><a href="{post}">Prêt d'une remorque</a></h2><p>Je prête ma remorque (1,50 m) pour vos déménagements ou la déchetterie.</p></article>
<article class="wl-post wl-post--help"><header><span class="wl-post__author">Germaine · Kerlan</span><span class="wl-tag">Demande</span></header><h2>Quelqu'un pour m'emmener au marché jeudi ?</h2><p>Je n'ai plus de voiture, je participe aux frais.</p></article>
<article class="wl-post wl-post--event"><header><span class="wl-post__author">Comité des fêtes</span><span class="wl-tag">Événement</span></header><h2>Fest-noz du 14 juin</h2><p>Besoin de bénévoles pour la buvette.</p></article></section>
<p><a href="/quartiers/centre-bourg">Voir le groupe du bourg</a></p>""",
             features={"territorial_social_network"}),
        page("/quartiers/centre-bourg", "Groupe : Le bourg", f"""
<p>Groupe des voisins du bourg de Plérivel · 146 membres · Administré par la mairie</p>
<ul class="wl-list"><li><a href="{post}">Prêt d'une remorque</a> — Yannick</li><li>Garde de chat du 10 au 20 juillet — Lénaïg</li><li>Don : vélo enfant 16 pouces — Pierrick</li></ul>
<p><a class="btn btn--primary" href="/inscription">Rejoindre le groupe</a></p>""",
             features={"territorial_social_network"}),
        page(post, "Prêt d'une remorque", """
<article class="wl-post wl-post--full"><header><span class="wl-post__author">Yannick · Le bourg</span> · <time>il y a 2 jours</time></header>
<p>Je prête ma remorque (1,50 m, PTAC 500 kg, attelage standard) le week-end, pour vos déménagements ou la déchetterie. Me contacter la veille.</p>
<p class="wl-post__stats">3 voisins intéressés</p>
<p><a class="btn btn--primary" href="/connexion">Contacter Yannick</a></p></article>""",
             features={"territorial_social_network"}, parent=("Le bourg", "/quartiers/centre-bourg")),
        page("/inscription", "Rejoindre mes voisins", """
<form class="wl-form" method="post" action="/api/auth/register">
<div class="wl-field"><label for="reg-first">Prénom</label><input id="reg-first" name="firstname" required></div>
<div class="wl-field"><label for="reg-last">Nom</label><input id="reg-last" name="lastname" required></div>
<div class="wl-field"><label for="reg-address">Adresse à Plérivel</label><input id="reg-address" name="address" required></div>
<div class="wl-field"><label for="reg-email">E-mail</label><input id="reg-email" name="email" type="email" required></div>
<div class="wl-field"><label for="reg-password">Mot de passe</label><input id="reg-password" name="password" type="password" required></div>
<div class="wl-field wl-field--check"><input id="reg-cgu" type="checkbox" name="cgu" required><label for="reg-cgu">J'accepte les conditions générales d'utilisation</label></div>
<button type="submit" class="btn btn--primary">Créer mon compte</button></form>""",
             features={"territorial_social_network"}, decoys={"contact_form"}),
        page("/connexion", "Se connecter", m.login_form("/api/auth/login", "email", "password"),
             features={"territorial_social_network"}, decoys={"contact_form"}),
        page("/comment-ca-marche", "Comment ça marche ?", """
<ol class="wl-steps"><li>Je m'inscris avec mon adresse à Plérivel : je rejoins automatiquement le groupe de mon secteur.</li><li>Je publie une demande, une offre, un don ou un événement.</li><li>Mes voisins me répondent par message privé.</li></ol>
<p>Le réseau est gratuit, sans publicité, et modéré par la mairie.</p>""",
             features={"territorial_social_network"}),
        page("/cgu", "Conditions générales d'utilisation", """
<p>Plérivel Entraide est un service de la commune de Plérivel, opéré par Smiile. L'inscription est réservée aux personnes majeures résidant ou travaillant à Plérivel. Les échanges de services sont gratuits ; toute activité commerciale est interdite.</p>""",
             features={"territorial_social_network"}),
    ]
    return Site("entraide.plerivel.fr", THEME["entraide"], "Plérivel Entraide", pages,
                menu=[("Fil des voisins", "/"), ("Mon groupe", "/quartiers/centre-bourg"), ("Comment ça marche ?", "/comment-ca-marche")],
                features=NETWORK)
