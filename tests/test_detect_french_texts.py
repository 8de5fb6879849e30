"""The vocabulary family on short French city page texts (title and paragraph alone): pages whose
subject is participation under a generic heading count, passing mentions and lookalikes do not."""
from tests.fixtures.detect.helpers import french_text_counts


def test_every_feature_of_the_french_texts_is_found_with_f1_at_least_0_9():
    for feature, c in french_text_counts().items():
        if c["tp"] + c["fn"] == 0:
            assert c["fp"] == 0, feature
            continue
        f1 = 2 * c["tp"] / (2 * c["tp"] + c["fp"] + c["fn"])
        assert f1 >= 0.9, (feature, c)
