"""Properties of URL handling and of the seed reader, on inputs nobody would think of writing by hand.

Complements the examples of test_urls.py and test_seeds.py."""
import csv
import io
import ipaddress
import re
import socket

from hypothesis import HealthCheck, example, given, settings, strategies as st

from citycrawl.seeds import REQUIRED, Seed, SeedFileError, read_seeds
from citycrawl.urls import host_of, is_private_host, normalize_url, registrable_domain

# --- URLs -------------------------------------------------------------------------------------

PRIVATE_V4 = [ipaddress.ip_network(n) for n in (
    "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
    "192.168.0.0/16")]


def addresses_in(network):
    return st.integers(0, network.num_addresses - 1).map(lambda i: network[i])


private_v4 = st.sampled_from(PRIVATE_V4).flatmap(addresses_in)
public_v4 = st.ip_addresses(v=4).filter(lambda ip: ip.is_global)


def _octal(n):
    return "0" + format(n, "o")


def _hex(n, upper):
    text = format(n, "x")
    return "0X" + text.upper() if upper else "0x" + text


@st.composite
def spellings(draw, ip):
    """One of the many ways a URL can name an IPv4 address that resolvers and browsers accept."""
    ip = draw(ip)
    value, octets = int(ip), list(ip.packed)
    upper = draw(st.booleans())
    form = draw(st.sampled_from([
        "dotted", "decimal", "hex", "octal-dotted", "hex-dotted", "two-parts", "three-parts",
        "v6-mapped", "v6-mapped-hex", "v6-compatible", "6to4", "nat64", "full-width", "percent"]))
    host = {
        "dotted": str(ip),
        "decimal": str(value),
        "hex": _hex(value, upper),
        "octal-dotted": ".".join(_octal(o) for o in octets),
        "hex-dotted": ".".join(_hex(o, upper) for o in octets),
        "two-parts": f"{octets[0]}.{value & 0xFFFFFF}",
        "three-parts": f"{octets[0]}.{octets[1]}.{value & 0xFFFF}",
        "v6-mapped": f"[::ffff:{ip}]",
        "v6-mapped-hex": f"[::ffff:{value >> 16:x}:{value & 0xFFFF:x}]",
        "v6-compatible": f"[::{ip}]",
        "6to4": f"[2002:{value >> 16:x}:{value & 0xFFFF:x}::1]",
        "nat64": f"[64:ff9b::{ip}]",
        "full-width": str(ip).translate({ord(d): ord(d) + 0xFEE0 for d in "0123456789"}).replace(".", "\u3002"),
        "percent": "".join(f"%{ord(c):02x}" for c in str(ip)),
    }[form]
    if upper:
        host = host.upper()
    if draw(st.booleans()) and not host.startswith("["):
        host += "."
    return host


@given(spellings(private_v4), st.sampled_from(["", ":80", ":8080"]))
def test_every_spelling_of_a_private_address_is_refused(host, port):
    assert is_private_host(host_of(f"http://{host}{port}/latest/meta-data"))


@given(spellings(public_v4))
def test_no_spelling_of_a_public_address_is_refused(host):
    assert not is_private_host(host_of(f"http://{host}/"))


@given(st.text(alphabet="0123456789abcdefxX.", min_size=1, max_size=24))
def test_ipv4_shorthand_is_read_as_the_system_resolver_reads_it(host):
    """Whatever inet_aton (used by getaddrinfo) turns into an address is judged by that address."""
    try:
        packed = socket.inet_aton(host)
    except OSError:
        return
    assert is_private_host(host) == (not ipaddress.IPv4Address(packed).is_global)


local_names = st.from_regex(r"(localhost|[a-z0-9-]{1,10}\.(localhost|local|internal|lan|home\.arpa)|[a-z][a-z0-9-]{0,10})",
                            fullmatch=True)


@given(local_names, st.booleans(), st.booleans())
def test_local_names_are_private_in_any_case_and_with_a_trailing_dot(name, upper, dot):
    name = name.upper() if upper else name
    assert is_private_host(host_of(f"http://{name}{'.' if dot else ''}/"))


labels = st.from_regex(r"[a-z0-9]([a-z0-9-]{0,8}[a-z0-9])?", fullmatch=True)
public_hosts = st.builds(lambda ls, tld: ".".join([*ls, tld]), st.lists(labels, min_size=1, max_size=4),
                         st.sampled_from(["fr", "com", "eu", "org", "co.uk", "paris", "gouv.fr"]))
any_hosts = st.one_of(public_hosts, private_v4.map(str), public_v4.map(str), spellings(private_v4))
urls = st.builds(
    lambda scheme, host, upper, dot, port, path, query, frag:
        f"{scheme}://{host.upper() if upper else host}{'.' if dot and not host.startswith('[') else ''}"
        f"{port}{path}{query}{frag}",
    st.sampled_from(["http", "https", "HTTP", "Https"]), any_hosts, st.booleans(), st.booleans(),
    st.sampled_from(["", ":80", ":443", ":8080"]),
    st.from_regex(r"(/[A-Za-z0-9_.~%-]{0,8}){0,4}/?", fullmatch=True),
    st.from_regex(r"(\?[a-z]{1,5}=[A-Za-z0-9%]{0,6}(&[a-z]{1,5}=[A-Za-z0-9]{0,6}){0,2})?", fullmatch=True),
    st.from_regex(r"(#[a-z0-9]{0,6})?", fullmatch=True),
)


@given(urls)
def test_normalisation_is_idempotent_and_keeps_the_target(url):
    once = normalize_url(url)
    assert normalize_url(once) == once
    assert "#" not in once
    assert once.startswith(("http://", "https://"))
    # De-duplication must never change where a request goes, nor whether it is refused.
    assert is_private_host(host_of(once)) == is_private_host(host_of(url))
    assert registrable_domain(host_of(once)) == registrable_domain(host_of(url))


@given(st.sampled_from(["http://", "https://", "HTTP://"]), st.text(max_size=300))
@example("http://", "//")  # no host, a path of slashes: read again, it must not become another address
@example("http://", "")
def test_normalisation_of_any_address_is_idempotent(scheme, text):
    once = normalize_url(scheme + text)
    assert normalize_url(once) == once


@given(public_hosts, st.booleans(), st.booleans())
def test_registrable_domain_ignores_case_and_trailing_dot(host, upper, dot):
    domain = registrable_domain(host)
    assert registrable_domain((host.upper() if upper else host) + ("." if dot else "")) == domain
    assert host == domain or host.endswith("." + domain)
    assert registrable_domain(domain) == domain
    assert not is_private_host(host)


# --- Seed files -------------------------------------------------------------------------------

@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(
    st.binary(max_size=2000),
    st.text(max_size=2000).map(lambda t: t.encode("utf-8")),
    # CSV-like text: a valid header, then delimiters, quotes, line breaks, NUL and accents at random.
    st.lists(st.sampled_from([*',;"\n\r\t\x00a1\xe9\u2028', "https://a.fr/", "insee_code,name,population,website\n"]),
             max_size=200).map(lambda ts: "".join(ts).encode("utf-8")),
))
def test_any_file_content_gives_seeds_or_a_seed_file_error(tmp_path, content):
    path = tmp_path / "seeds.csv"
    path.write_bytes(content)
    try:
        seeds = read_seeds(path)
    except SeedFileError as exc:
        assert str(exc)
        return
    assert all(isinstance(s, Seed) for s in seeds)
    assert all(s.error is None or s.error.startswith(f"{s.label}: ") and s.label.startswith(f"line {s.line}")
               for s in seeds)


any_cells = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
                    max_size=30)
# Windows-1252 text as spreadsheets write it: accented letters are never valid UTF-8 sequences there
# (text that happens to be valid UTF-8 is read as UTF-8, as any reader would).
def _csv_record(cells, delimiter) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerow(cells)
    return buffer.getvalue()


cp1252_cells = st.text(alphabet=st.sampled_from([chr(c) for c in range(32, 127)] + list("éèêëàâçôûùîïÉÈÀÇ")),
                       max_size=30)


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.text(alphabet="abcdefghij_", min_size=1, max_size=8), max_size=3, unique=True),
       st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]).flatmap(lambda enc: st.tuples(
           st.just(enc),
           st.lists(st.lists(cp1252_cells if enc == "cp1252" else any_cells, min_size=7, max_size=7),
                    max_size=20))),
       st.sampled_from([",", ";", "\t"]))
def test_every_row_of_a_well_formed_file_is_one_seed_in_file_order(tmp_path, extra, encoded_rows, delimiter):
    encoding, rows = encoded_rows
    header = [*REQUIRED, *(f"x_{name}" for name in extra)]
    rows = [row[:len(header)] for row in rows if any(cell.strip() for cell in row[:len(header)])]
    records = [_csv_record([*header], delimiter)] + [_csv_record(row, delimiter) for row in rows]
    path = tmp_path / "seeds.csv"
    path.write_bytes("".join(records).encode(encoding, "replace"))
    written = list(csv.reader(io.StringIO(path.read_bytes().decode(encoding), newline=""),
                              delimiter=delimiter))[1:]
    # A record starts on the line after the line breaks of the records before it (cells may hold some).
    starts = [1 + sum(len(re.findall(r"\r\n|\r|\n", r)) for r in records[:i]) for i in range(1, len(records))]

    seeds = read_seeds(path)

    assert len(seeds) == len(written)
    assert [s.line for s in seeds] == starts
    for seed, row in zip(seeds, written):
        assert seed.name == row[1].strip()
        assert seed.website == row[3].strip()
        if seed.error is None:
            assert seed.insee_code == row[0].strip()
        else:
            assert seed.label.startswith(f"line {seed.line}")
            assert seed.error.startswith(f"{seed.label}: column ") or " already on line " in seed.error
    codes = [s.insee_code for s in seeds]
    assert len(codes) == len(set(codes))  # a duplicate never overwrites another city
