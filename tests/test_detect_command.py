"""`scrapy detect`, run for real in a child process (docs/INTERFACES.md)."""
import json

import pytest

from tests.conftest import run_scrapy, served_folder
from tests.fixtures.detect.helpers import FIXTURES


def lines(proc):
    return [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]


def test_saved_pages_one_json_line_each_in_order_and_errors_do_not_stop_the_others():
    proc = run_scrapy("detect", str(FIXTURES / "contact_wordpress.html"), str(FIXTURES / "missing.html"),
                      str(FIXTURES / "budget_cp1252.html"),
                      "--url", "https://www.villedex.fr/contact", "--url", "https://www.villedex.fr/missing",
                      "--url", "https://www.villedex.fr/budget-participatif")
    first, second, third = lines(proc)
    assert first["url"] == "https://www.villedex.fr/contact"
    contact = next(f for f in first["findings"] if f["feature"] == "contact_form")
    assert contact["url"] == contact["page_url"] == "https://www.villedex.fr/contact"
    assert set(contact) == {"feature", "platform", "handle", "url", "page_url", "rule", "detail"}
    accounts = {f["url"]: f["handle"] for f in first["findings"] if f["feature"] == "social_account"}
    assert accounts == {"https://www.facebook.com/villedevilledex": "villedevilledex", "https://x.com/villedex": "villedex"}
    assert second["url"] == "https://www.villedex.fr/missing" and "FileNotFoundError" in second["error"]
    assert "participatory_budget" in {f["feature"] for f in third["findings"]}


def test_one_url_per_path_is_required():
    proc = run_scrapy("detect", str(FIXTURES / "news_mention.html"), "--url", "a", "--url", "b", check=False)
    assert proc.returncode != 0 and proc.stdout.strip() == ""


@pytest.fixture
def local_site():
    with served_folder(FIXTURES) as url:
        yield url


def test_url_is_fetched_with_scrapy_and_detected(local_site):
    proc = run_scrapy("detect", f"{local_site}/contact_wordpress.html", f"{local_site}/nothing-here.html")
    found, missing = lines(proc)
    assert found["url"] == f"{local_site}/contact_wordpress.html"
    assert {"contact_form", "social_account"} <= {f["feature"] for f in found["findings"]}
    assert missing["url"] == f"{local_site}/nothing-here.html" and "404" in missing["error"]
