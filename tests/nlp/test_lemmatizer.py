"""The French lemmatizer on arrays (recoupe.nlp.lemmatizer) sets spaCy's own lemmas, token for token."""

from __future__ import annotations

import pytest

from recoupe.nlp.lemmatizer import ArrayFrenchLemmatizer, _Index, speed_up
from tests.conftest import EXAMPLES


def test_index_is_the_same_list_with_set_membership() -> None:
    forms = ["chat", "chien", "chat"]
    index = _Index(forms)
    assert index == forms and list(index) == forms and len(index) == 3
    assert "chien" in index and "cheval" not in index and 3 not in index


@pytest.mark.model
def test_array_lemmatizer_gives_spacys_lemmas_on_whole_articles() -> None:
    import spacy

    from recoupe.lang import pack

    plain = spacy.load(pack("fr").model)
    fast = spacy.load(pack("fr").model)
    speed_up(fast)
    assert type(fast.get_pipe("lemmatizer")) is ArrayFrenchLemmatizer
    assert type(plain.get_pipe("lemmatizer")) is not ArrayFrenchLemmatizer
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))[:12]]
    # tokens without a part of speech, the attribute ruler's lemmas, unknown words, a space token
    texts.append("Ils  ont   mangé des pommes d'api :  zzqxw, 12 km² ; l'ONU s'est réunie. \n\n Qu'en dit-on ?")
    texts.append("")
    n = 0
    for _ in range(2):  # a cold cache, then the pairs already seen
        for a, b in zip(plain.pipe(texts), fast.pipe(texts), strict=True):
            assert [(t.text, t.lemma_) for t in a] == [(t.text, t.lemma_) for t in b]
            n += len(a)
    assert n > 5000


@pytest.mark.model
def test_recoupe_pipeline_uses_the_array_lemmatizer(nlp) -> None:  # type: ignore[no-untyped-def]
    assert type(nlp.get_pipe("lemmatizer")) is ArrayFrenchLemmatizer
    assert [t.lemma_ for t in nlp("Les soldats ont été tués.")][:4] == ["le", "soldat", "avoir", "être"]
