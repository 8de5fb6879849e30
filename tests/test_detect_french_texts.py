"""The vocabulary family on short French city page texts (title and paragraph alone): pages whose
subject is participation under a generic heading count, passing mentions and lookalikes do not."""
import pytest

from tests.fixtures.detect.helpers import french_text_results


@pytest.mark.parametrize("case, found", french_text_results(), ids=lambda value: value.get("title", "") if isinstance(value, dict) else "")
def test_every_french_text_gets_exactly_its_features(case, found):
    assert found == set(case["features"]), case["text"]
