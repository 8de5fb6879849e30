"""The sample web in 2009, as a web archive holds it: fewer features, other addresses, older markup.

Four of the sample web's handmade cities as they stood in 2009, written as a WARC collection (with
warcio, captures dated around June 2009) that a replay engine (pywb) serves, for the crawl of the
past (`-a as_of=2009-06-15`) and its tests:
- 99001 Vallon-la-Forêt had its site at another address (`www.mairie-vallon.fr`): a table layout in
  ISO-8859-1 with upper-case tags, a contact form and a phpBB 2 forum;
- 99002 Saint-Aubin-des-Landes, at today's address: its root redirects (relative `Location`) to a
  PHP page; a poll; one page it links to was never archived, so the city is `partial`;
- 99003 Montclar-sur-Orne was first archived in 2012: no capture near 2009, `unreachable`;
- 99004 Bellerive-en-Val was never archived: `unreachable`.

`write_collection(path)` writes the WARC, `seeds_csv_2009(path)` the frame with the 2009 addresses,
`truth_2009()` what a crawl as of 2009-06-15 (window 183 days) must find.
"""
import csv
import io
from datetime import datetime

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from .site import PAGE_FEATURES
from .truth import city_flags, level_of

AS_OF = "2009-06-15"
WINDOW_DAYS = 183
LATIN1 = "text/html; charset=iso-8859-1"

_VALLON = "http://www.mairie-vallon.fr"
_AUBIN = "http://www.saint-aubin-des-landes.fr"
_MONTCLAR = "http://www.montclar-sur-orne.fr"


def _old_page(title: str, body: str) -> str:
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<HTML><HEAD><TITLE>{title}</TITLE>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=iso-8859-1">
<META NAME="generator" CONTENT="Microsoft FrontPage 5.0"></HEAD>
<BODY BGCOLOR="#FFFFFF"><TABLE WIDTH="760" BORDER="0" CELLPADDING="0" CELLSPACING="0">
<TR><TD COLSPAN="2"><IMG SRC="/images/bandeau.gif" WIDTH="760" HEIGHT="120" ALT="{title}"></TD></TR>
<TR><TD WIDTH="160" VALIGN="top">{body}</TD></TR></TABLE>
<P><FONT SIZE="1">Derni&egrave;re mise &agrave; jour : juin 2009</FONT></P></BODY></HTML>"""


VALLON_MENU = """<FONT FACE="Verdana" SIZE="2"><A HREF="/index.htm">Accueil</A><BR>
<A HREF="/mairie.htm">La mairie</A><BR><A HREF="/contact.php">Nous &eacute;crire</A><BR>
<A HREF="/forum/index.php">Forum des habitants</A></FONT></TD><TD VALIGN="top">"""

AUBIN_MENU = """<UL><LI><A HREF="index.php?rub=accueil">Accueil</A></LI>
<LI><A HREF="index.php?rub=mairie">Votre mairie</A></LI>
<LI><A HREF="index.php?rub=agenda">Agenda</A></LI>
<LI><A HREF="index.php?rub=sondage">Sondage du mois</A></LI></UL></TD><TD VALIGN="top">"""

# (url, capture time, status, headers, body or None)
CAPTURES = [
    (f"{_VALLON}/", "20090602101500", 302, [("Location", "/index.htm")], None),
    (f"{_VALLON}/index.htm", "20090602101502", 200, [], _old_page(
        "Mairie de Vallon-la-For\xeat", VALLON_MENU + "<H1>Bienvenue sur le site de la mairie</H1>"
        "<P>Horaires d'ouverture de la mairie : du lundi au vendredi.</P>")),
    (f"{_VALLON}/mairie.htm", "20090420083000", 200, [], _old_page(
        "La mairie", VALLON_MENU + "<H2>Le conseil municipal</H2><P>Le maire et ses adjoints.</P>")),
    (f"{_VALLON}/contact.php", "20090520141000", 200, [], _old_page(
        "Nous \xe9crire", VALLON_MENU + """<H2>Contacter la mairie</H2>
<FORM ACTION="envoi.php" METHOD="post" NAME="contact">
<TABLE><TR><TD>Votre nom :</TD><TD><INPUT TYPE="text" NAME="nom" SIZE="30"></TD></TR>
<TR><TD>Votre e-mail :</TD><TD><INPUT TYPE="text" NAME="email" SIZE="30"></TD></TR>
<TR><TD>Objet :</TD><TD><INPUT TYPE="text" NAME="objet" SIZE="30"></TD></TR>
<TR><TD>Votre message :</TD><TD><TEXTAREA NAME="message" ROWS="8" COLS="40"></TEXTAREA></TD></TR>
<TR><TD COLSPAN="2"><INPUT TYPE="submit" VALUE="Envoyer le message"></TD></TR></TABLE></FORM>""")),
    (f"{_VALLON}/forum/index.php", "20090701093000", 200, [], _old_page(
        "Forum des habitants", VALLON_MENU + """<H2>Forum des habitants de Vallon</H2>
<TABLE CLASS="forumline" WIDTH="100%"><TR><TH>Forum</TH><TH>Sujets</TH><TH>Messages</TH></TR>
<TR><TD><A HREF="viewforum.php?f=1" CLASS="forumlink">Vie du quartier</A></TD><TD>12</TD><TD>58</TD></TR>
<TR><TD><A HREF="viewforum.php?f=2" CLASS="forumlink">Circulation et stationnement</A></TD><TD>7</TD><TD>31</TD></TR>
<TR><TD><A HREF="viewtopic.php?t=14">Le nouveau rond-point</A></TD><TD>1</TD><TD>9</TD></TR></TABLE>
<P ALIGN="center"><SPAN CLASS="copyright">Powered by <A HREF="http://www.phpbb.com/">phpBB</A>
&copy; 2001, 2005 phpBB Group</SPAN></P>""")),
    *[(f"{_VALLON}/forum/{path}", stamp, 200, [], _old_page(title, VALLON_MENU + f"""<H2>{title}</H2>
<TABLE CLASS="forumline"><TR><TD><A HREF="viewtopic.php?t=14">Le nouveau rond-point</A></TD>
<TD>Post&eacute; par jeanne_v le 12/05/2009</TD></TR></TABLE>
<P><A HREF="posting.php?mode=reply&amp;t=14">R&eacute;pondre</A></P>
<P ALIGN="center"><SPAN CLASS="copyright">Powered by phpBB &copy; 2001, 2005 phpBB Group</SPAN></P>"""))
      for path, stamp, title in (("viewforum.php?f=1", "20090701093100", "Vie du quartier"),
                                 ("viewforum.php?f=2", "20090701093200", "Circulation et stationnement"),
                                 ("viewtopic.php?t=14", "20090701093300", "Le nouveau rond-point"),
                                 ("posting.php?mode=reply&t=14", "20090701093400", "Connexion"))],
    (f"{_AUBIN}/", "20090310120000", 302, [("Location", "index.php?rub=accueil")], None),
    (f"{_AUBIN}/index.php?rub=accueil", "20090310120004", 200, [], _old_page(
        "Saint-Aubin-des-Landes", AUBIN_MENU + "<H1>Saint-Aubin-des-Landes</H1>"
        "<P>Bienvenue sur le site officiel de la commune.</P>")),
    (f"{_AUBIN}/index.php?rub=mairie", "20090612160000", 200, [], _old_page(
        "Votre mairie", AUBIN_MENU + "<H2>Votre mairie</H2><P>Pour nous joindre : "
        "<A HREF=\"mailto:mairie@saint-aubin-des-landes.fr\">mairie@saint-aubin-des-landes.fr</A></P>")),
    (f"{_AUBIN}/index.php?rub=sondage", "20090820111500", 200, [], _old_page(
        "Sondage du mois", AUBIN_MENU + """<H2>Sondage du mois : donnez votre avis</H2>
<P>Participez &agrave; notre sondage sur le nouveau march&eacute; du samedi. Votre avis nous int&eacute;resse !</P>
<FORM ACTION="index.php?rub=sondage&amp;action=vote" METHOD="post">
<P>Le march&eacute; du samedi matin vous convient-il ?<BR>
<INPUT TYPE="radio" NAME="reponse" VALUE="1"> Oui<BR>
<INPUT TYPE="radio" NAME="reponse" VALUE="2"> Non<BR>
<INPUT TYPE="radio" NAME="reponse" VALUE="3"> Sans opinion</P>
<INPUT TYPE="submit" VALUE="Je participe : voter"></FORM>""")),
    # index.php?rub=agenda was never archived.
    (f"{_MONTCLAR}/", "20120402080000", 200, [], _old_page(
        "Montclar-sur-Orne", "<H1>Montclar-sur-Orne</H1><P>Nouveau site de la commune.</P>")),
]

FRAME = [  # insee_code, name, population, departement, region, region_name, website in 2009
    ("99001", "Vallon-la-Forêt", 54210, "87", "75", "Nouvelle-Aquitaine", f"{_VALLON}/"),
    ("99002", "Saint-Aubin-des-Landes", 61870, "35", "53", "Bretagne", f"{_AUBIN}/"),
    ("99003", "Montclar-sur-Orne", 50870, "61", "28", "Normandie", f"{_MONTCLAR}/"),
    ("99004", "Bellerive-en-Val", 73450, "45", "24", "Centre-Val de Loire", "http://www.bellerive-en-val.fr/"),
]

# What the crawl as of 2009-06-15 must find: crawl status and the city's page features.
EXPECTED = {
    "99001": ("ok", {"contact_form", "forum"}),
    "99002": ("partial", {"poll"}),
    "99003": ("unreachable", None),
    "99004": ("unreachable", None),
}
# The pages the archive had, per city (a captured redirect is not a page), and the pages wanted.
ARCHIVED_PAGES = {"99001": 8, "99002": 3}
WANTED_PAGES = {"99001": 8, "99002": 4}


def write_collection(path) -> int:
    """Write the 2009 captures as a WARC file (gzip per record); return the records written."""
    count = 0
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=True, warc_version="WARC/1.1")
        for url, stamp, status, headers, body in CAPTURES:
            payload = (body or "").encode("iso-8859-1", "xmlcharrefreplace")
            when = datetime.strptime(stamp, "%Y%m%d%H%M%S").strftime("%Y-%m-%dT%H:%M:%SZ")
            http = StatusAndHeaders(f"{status} {'Found' if status == 302 else 'OK'}",
                                    [("Content-Type", LATIN1), ("Content-Length", str(len(payload))),
                                     ("Server", "Apache/2.2.9 (Debian)"), *headers], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(payload),
                                               length=len(payload), http_headers=http,
                                               warc_headers_dict={"WARC-Date": when})
            writer.write_record(record)
            count += 1
    return count


def seeds_csv_2009(path) -> None:
    with open(path, "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["insee_code", "name", "population", "departement", "region", "region_name", "website"])
        writer.writerows(FRAME)


def truth_2009() -> dict:
    """insee_code -> {"crawl_status", "level", "flags"} (level and flags None when unknown)."""
    truth = {}
    for code, (status, features) in EXPECTED.items():
        if features is None:
            truth[code] = {"crawl_status": status, "level": None, "flags": None}
        else:
            flags = city_flags(frozenset(features))
            truth[code] = {"crawl_status": status, "level": level_of(frozenset(features)),
                           "flags": {k: flags[k] for k in (*PAGE_FEATURES, "expression_space",
                                                           "modern_dialogue", "participatory")}}
    return truth
