"""The claim frame: who does what to whom, where, when, how much, how surely, on whose word."""

from __future__ import annotations

from recoupe.claims.frame import frame_of
from recoupe.model import Claim


def _claim(**kw: object) -> Claim:
    base: dict[str, object] = dict(id="a:c1", article_id="a", text="", sentence="", start=0, end=1, subject="",
                                   predicate="")
    base.update(kw)
    return Claim(**base)  # type: ignore[arg-type]


def test_frame_flow_place_time_quantities_and_chain() -> None:
    text = "la Corée du Nord a livré plus de 300 000 obus à la Russie en août 2023"
    c = _claim(text=text, sentence=text + ".", subject="la Corée du Nord", subject_entity="E1", predicate="livrer",
               object="plus de 300 000 obus", object_entity="E2", time="2023-08", modality="reported",
               attributed_to="un responsable américain", relay="le New York Times")
    f = frame_of(c, "Le Monde")
    assert f.action_class == "supply" and (f.giver, f.receiver) == ("E1", "E2")
    assert (f.time_start, f.time_end) == ("2023-08-01", "2023-08-31")
    assert f.source_chain == ("un responsable américain", "le New York Times", "Le Monde")
    q = next(q for q in f.quantities if q.thing)
    assert q.low == 300000 and q.high is None  # « plus de » leaves the top open
    assert f.polarity == "positive" and f.to_json()["quantities"][0]["text"]


def test_frame_polarity_and_place_country() -> None:
    c = _claim(text="le sommet n'a pas eu lieu à Genève", predicate="avoir", negated=True, place="Genève",
               place_entity="E9")
    f = frame_of(c)
    assert f.polarity == "negative" and f.place_country == "CH" and f.source_chain == ()
