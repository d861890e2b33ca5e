"""Plain words for stored codes (recoupe.report.words): pages say them, the JSON keeps the codes."""

from __future__ import annotations

import pytest

from recoupe.report import words


@pytest.mark.parametrize(("value", "text"), [
    ("PXD", "a few days"), ("P3D", "3 days"), ("PT4H", "4 hours"), ("P20M", "20 months"), ("P1Y", "1 year"),
    ("PRESENT_REF", "now (at the time of writing)"), ("PAST_REF", "in the past (unspecified)"),
    ("FUTURE_REF", "in the future (unspecified)"),
    ("2023-03", "March 2023"), ("XXXX-03", "March (year not given)"),
    ("2023-09-04", "Monday 4 September 2023"), ("2023-09-04TEV", "Monday 4 September 2023, evening"),
    ("2023-W36", "week 36 of 2023"), ("2023-SU", "summer 2023"), ("196X", "the 1960s"),
    ("XXXX-WXX-1", "a Monday (week not given)"), ("2023", "2023"), ("nonsense", "nonsense"),
])
def test_words_timex_values_in_words(value: str, text: str) -> None:
    assert words.timex_words(value) == text


@pytest.mark.parametrize("status", ["confirmed", "single_source", "hedged", "disputed", "contradicted", "denied"])
def test_words_every_status_of_the_new_vocabulary_has_words(status: str) -> None:
    assert words.status_label(status) and "_" not in words.status_label(status)
    assert len(words.status_help(status)) > 20


def test_words_unknown_codes_still_read() -> None:
    assert words.status_label("partly_confirmed") == "partly confirmed"
    assert words.modality_label("ironic_tone") == "ironic tone"
    assert words.precision_label("quarter") == "quarter"


def test_words_doubt_comes_first() -> None:
    order = sorted(["confirmed", "single_source", "hedged", "disputed", "contradicted", "denied", "new"],
                   key=words.status_rank)
    assert order[:2] == ["contradicted", "disputed"] and order[-1] == "confirmed"


def test_words_an_article_is_never_named_by_its_id() -> None:
    lead = ("Le leader nord-coréen devrait prochainement se rendre en Russie pour y rencontrer le président "
            "russe, selon une déclaration. Suite du texte.")
    assert words.article_name("Un titre", lead) == "Un titre"
    assert words.article_name("", lead) == ("Le leader nord-coréen devrait prochainement se rendre en Russie pour y "
                                            "rencontrer…")
    assert words.article_name("", "Une phrase courte et complète ici.") == "Une phrase courte et complète ici."
    assert words.article_name("", "", "RTL") == "untitled article (RTL)"
    assert words.article_name(None, None) == "untitled article"


@pytest.mark.parametrize(("label", "name"), [
    ("Le leader nord-coréen Kim Jong Un devrait prochainement se rendre en Russie pour",
     "Le leader nord-coréen Kim Jong Un devrait prochainement se rendre en Russie…"),
    ("Kim Jong Un rencontre Poutine", "Kim Jong Un rencontre Poutine"),
    ("La fin d'une longue négociation entre les deux capitales est annoncée.",
     "La fin d'une longue négociation entre les deux capitales est annoncée."),
    ("", "untitled story"),
])
def test_words_story_labels_never_stop_mid_sentence_without_saying_so(label: str, name: str) -> None:
    assert words.story_name(label) == name
