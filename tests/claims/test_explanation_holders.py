"""Who an explanation gives each version to, and the words it shows (invented sentences, no spaCy):
a link or a name running across a sentence end is no holder; a denial told in the third person under
the claimant's name is the outlet's evidence, not the claimant's; an English age conflict names its
bearer in English as written; a bearing conflict shows the bearings, not the sentences cut before them."""

from __future__ import annotations

from datetime import date
from typing import Any

from recoupe.claims.contradictions import Side, _evidence_holder, compare, holder_name
from recoupe.model import Claim


def _en(cid: str, text: str, **kw: Any) -> Claim:
    base: dict[str, Any] = dict(id=cid, article_id=cid.split(":")[0], text=text, sentence=text, start=0,
                                end=len(text), subject="raiders", subject_entity="e1", predicate="attack",
                                language="en", lemmas=["raider", "attack", "tanker", "harbour"])
    base.update(kw)
    return Claim(**base)


def _side(c: Claim, outlet: str) -> Side:
    return Side(c, outlet=outlet, published=date(2031, 5, 4), language=c.language)


def test_a_link_is_no_holder_and_a_name_stops_at_a_sentence_end() -> None:
    assert holder_name("➡️ https://t.co/AbCdEf pic.twitter.com/XyZ") == ""
    assert holder_name("la DGVT. La direction générale des voies terrestres") == "la DGVT"
    assert holder_name("Dr. Ana Velt") == "Dr. Ana Velt"  # a title's stop ends no sentence
    assert holder_name("M. Fabre") == "M. Fabre"  # an initial neither
    assert holder_name("la préfecture du Tarn") == "la préfecture du Tarn"
    linked = Claim(id="a1:c1", article_id="a1", text="deux cols fermés", sentence="deux cols fermés", start=0,
                   end=16, subject="", predicate="fermer", attributed_to="👉 https://t.co/QwErTy")
    assert Side(linked, outlet="meteo-alpes.fr").source == "meteo-alpes.fr"


def test_a_denial_told_under_the_claimants_name_is_the_outlets_evidence() -> None:
    told = Claim(id="b1:c1", article_id="b1", text="que la mairie a qualifiée de fausse",
                 sentence="Le promoteur répète que le chantier est autorisé, une version que la mairie a qualifiée "
                          "de fausse.", start=0, end=35, subject="la mairie", predicate="qualifier",
                 modality="denied", attributed_to="promoteur")
    assert _evidence_holder(Side(told, outlet="gazette-du-tarn.fr"), "la mairie") == "gazette-du-tarn.fr"
    # the denier's own words keep their speaker
    own = Claim(id="b2:c1", article_id="b2", text="Nous n'avons rien autorisé", sentence="Nous n'avons rien autorisé.",
                start=0, end=26, subject="nous", predicate="autoriser", modality="denied", attributed_to="le maire")
    assert _evidence_holder(Side(own, outlet="gazette-du-tarn.fr"), "le maire") == "le maire"


def test_an_english_age_conflict_names_its_bearer_in_english_as_written() -> None:
    lemmas = ["robert", "quill", "die", "fall", "ridge"]
    a = _en("a2:c1", "Robert Quill, 31, died after he fell from the ridge", subject="Robert Quill",
            predicate="die", lemmas=lemmas)
    b = _en("b2:c1", "Robert Quill, 33, died after he fell from the ridge", subject="Robert Quill",
            predicate="die", lemmas=lemmas)
    hit = compare(_side(a, "Outlet A"), _side(b, "Outlet B"))
    assert hit is not None and hit.explanation.endswith("(age of Robert Quill)"), hit
    assert "âge" not in hit.explanation


def test_a_bearing_conflict_shows_the_bearings() -> None:
    a = _en("a1:c1", "Raiders in two skiffs attacked the grain tanker on Tuesday morning at about 120 nautical miles "
                     "west of Port Vell")
    b = _en("b1:c1", "The grain tanker was attacked by raiders in two skiffs some 120 nautical miles east of Port Vell")
    hit = compare(_side(a, "Outlet A"), _side(b, "Outlet B"))
    assert hit is not None and hit.kind == "place"
    assert "west of Port Vell according to Outlet A" in hit.explanation
    assert "east of Port Vell according to Outlet B" in hit.explanation
    assert "Tuesday" not in hit.explanation  # the version, not the sentence


def test_a_name_cut_after_its_participle_takes_back_its_named_agent() -> None:
    sentence = "Dans la vallée, les autorités provisoires nommées par le Conseil Fédéral ont compté trois blessés."
    assert (holder_name("autorités provisoires nommées", sentence)
            == "autorités provisoires nommées par le Conseil Fédéral")
    assert holder_name("autorités provisoires", sentence) == "autorités provisoires"
