"""Attributed statements read whole (recoupe.claims.statements): claims are clauses, a statement is
one source's whole content."""

from __future__ import annotations

from recoupe.claims.statements import joined, statements
from recoupe.model import Claim


def _claim(n: int, text: str, part: str, who: str, *, relay: str = "", modality: str = "reported",
           cue: str = "affirmer", nth: int = 0) -> Claim:
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return Claim(id=f"a:c{n}", article_id="a", text=part, sentence=text, start=start, end=start + len(part),
                 subject="", predicate="x", attributed_to=who, relay=relay, modality=modality, cue=cue)  # type: ignore[arg-type]


def test_statements_clauses_of_one_content_are_one_statement() -> None:
    text = ("Le maire a affirmé que le pont rouvrirait en mai parce que les travaux avancent, "
            "et que la rue sera refaite.")
    claims = [_claim(1, text, "le pont rouvrirait en mai parce que les travaux avancent", "le maire"),
              _claim(2, text, "parce que les travaux avancent", "le maire", cue="affirmer"),
              _claim(3, text, "la rue sera refaite", "le maire")]
    [st] = statements(claims, text)
    assert st.text == "le pont rouvrirait en mai parce que les travaux avancent, et que la rue sera refaite"
    assert st.source == "le maire" and st.claims == ["a:c1", "a:c2", "a:c3"]
    assert text[st.start:st.end] == st.text


def test_statements_the_widest_clause_gives_modality_and_cue() -> None:
    text = "Selon la préfecture, la route restera fermée et pourrait rouvrir lundi."
    claims = [_claim(1, text, "la route restera fermée et pourrait rouvrir lundi", "la préfecture", cue="selon"),
              _claim(2, text, "rouvrir lundi", "la préfecture", modality="speculative", cue="pourrait")]
    [st] = statements(claims, text)
    assert (st.modality, st.cue) == ("reported", "selon")


def test_statements_a_speech_act_told_as_an_event_is_its_source_s_statement() -> None:
    """« Le syndicat dénonce la fermeture du site »: asserted as a claim (the act is the news), the
    union's statement all the same: reported."""
    text = "Le syndicat dénonce la fermeture du site."
    [st] = statements([_claim(1, text, "Le syndicat dénonce la fermeture du site", "Le syndicat",
                              modality="asserted", cue="")], text)
    assert st.modality == "reported" and st.source == "Le syndicat"


def test_statements_other_source_relay_or_sentence_is_another_statement() -> None:
    text = ("La ministre a dit que le budget baisserait. Elle a ajouté que les écoles seraient épargnées, "
            "mais que les routes attendraient. Le syndicat a répondu que rien ne changeait.")
    claims = [_claim(1, text, "le budget baisserait", "la ministre"),
              _claim(2, text, "les écoles seraient épargnées", "la ministre"),
              _claim(3, text, "les routes attendraient", "la ministre"),
              _claim(4, text, "rien ne changeait", "le syndicat")]
    got = [st.text for st in statements(claims, text)]
    # a full stop ends a statement, « mais que » opens a second one, another source is another one
    assert got == ["le budget baisserait", "les écoles seraient épargnées", "les routes attendraient",
                   "rien ne changeait"]
    relayed = [_claim(1, text, "le budget baisserait", "la ministre", relay="l'AFP"),
               _claim(2, text, "le budget baisserait", "la ministre")]
    assert len(statements(relayed, text)) == 2


def test_statements_the_article_voice_is_no_statement() -> None:
    text = "Le pont rouvrira en mai, a annoncé la mairie."
    claims = [_claim(1, text, "Le pont rouvrira en mai", ""), _claim(2, text, "a annoncé la mairie", "la mairie")]
    assert [st.claims for st in statements(claims, text)] == [["a:c2"]]


def test_statements_joined_accepts_punctuation_and_coordinators_only() -> None:
    text = "A, et que B; C mais que D. E"
    def gap(a: str, b: str) -> tuple[int, int]:
        return text.index(a) + 1, text.index(b)

    assert joined(text, *gap("A", "B"))  # ", et que "
    assert joined(text, *gap("B", "C"))  # "; "
    assert not joined(text, *gap("C", "D"))  # " mais que "
    assert not joined(text, *gap("D", "E"))  # ". "
    assert joined(text, 5, 3)  # nested or overlapping
