"""Every language pack exposes the same interface, and each piece of it does its job."""

from __future__ import annotations

import dataclasses
import importlib
import pkgutil
from pathlib import Path

import pytest

import recoupe.lang
from recoupe.clean.language import STOPWORDS, detect_language
from recoupe.lang import SUPPORTED, Pack, dateline_months, pack, packs
from recoupe.lang.stemming import fold

LANG_DIR = Path(recoupe.lang.__file__).parent


def _modules(code: str) -> set[str]:
    return {m.name for m in pkgutil.iter_modules([str(LANG_DIR / code)])}


def test_lang_every_folder_is_a_supported_pack() -> None:
    folders = {p.name for p in LANG_DIR.iterdir() if (p / "__init__.py").is_file()}
    assert folders == set(SUPPORTED)


@pytest.mark.parametrize("code", SUPPORTED)
def test_lang_pack_fields_are_filled(code: str) -> None:
    p = pack(code)
    assert isinstance(p, Pack) and p.code == code
    for f in dataclasses.fields(Pack):
        value = getattr(p, f.name)
        # a field with a default is one a language may not need (French has no abbreviations its
        # tokenizer cuts); every other field must be filled
        assert value or f.default is not dataclasses.MISSING, f"{code}: {f.name} is empty"
    assert all(isinstance(w, str) and w == w.lower() for w in p.stop_words | p.anaphoric)
    assert set(p.dateline_months.values()) == set(range(1, 13))
    assert callable(p.stem)
    assert importlib.import_module(p.time_grammar) is not None


def test_lang_packs_have_the_same_modules() -> None:
    """A new language copies the modules of the others: the English pack has what the French
    one has, apart from the French-only lexicons (attribution, modality, quotes, entities...)."""
    shared = {"dates", "datelines", "stem", "stop_words", "timex"}
    for code in SUPPORTED:
        assert shared <= _modules(code), code


def test_lang_unknown_code_is_a_named_error() -> None:
    with pytest.raises(KeyError, match="no language pack for 'de'"):
        pack("de")


def test_lang_detector_profiles_come_from_the_packs() -> None:
    for p in packs():
        assert STOPWORDS[p.code] is p.stop_words
    assert list(STOPWORDS)[: len(SUPPORTED)] == list(SUPPORTED)
    assert detect_language("The minister said on Tuesday that the port would reopen after the strike.") == "en"
    assert detect_language("Le ministre a déclaré mardi que le port rouvrirait après la grève.") == "fr"


def test_lang_dateline_months_span_both_languages() -> None:
    months = dateline_months()
    assert months["févr"] == 2 and months["february"] == 2 and months["sept"] == 9


@pytest.mark.parametrize(("code", "words"), [
    ("fr", ["négociations", "négociation", "négocier"]),
    ("en", ["negotiations", "negotiation", "negotiated", "negotiating"]),
])
def test_lang_stem_joins_inflections(code: str, words: list[str]) -> None:
    """Search finds a stem as a prefix: each word's stem starts every other form."""
    stem = pack(code).stem
    assert all(fold(other).startswith(stem(w)) for w in words for other in words)
    assert stem("Kyiv") == "kyiv" and stem("2024") == "2024"  # short words and numbers stay whole


@pytest.mark.parametrize(("code", "word"), [("fr", "Elle"), ("en", "They")])
def test_lang_anaphoric_opens_dependent_sentences(code: str, word: str) -> None:
    assert word.lower() in pack(code).anaphoric


# --------------------------------------------------------------------------- spaCy factories

@pytest.mark.parametrize("code", SUPPORTED)
def test_lang_time_component_takes_the_language_from_its_config(code: str) -> None:
    spacy = pytest.importorskip("spacy")
    import recoupe.nlp.pipeline  # noqa: F401  (registers the factories)

    other = next(c for c in SUPPORTED if c != code)
    default = spacy.blank(code).add_pipe("recoupe_time")
    assert default.lang == code  # no config: the pipeline's language
    told = spacy.blank(code).add_pipe("recoupe_time", config={"lang": other})
    assert told.lang == other and told.version.startswith("recoupe.time.")


@pytest.mark.parametrize(("name", "languages"), [
    ("recoupe_entities", ("fr",)), ("recoupe_modality", ("fr", "en")),
    ("recoupe_attribution", ("fr", "en")), ("recoupe_quotes", ("fr", "en")),
])
def test_lang_components_refuse_a_language_they_have_no_words_for(name: str, languages: tuple[str, ...]) -> None:
    spacy = pytest.importorskip("spacy")
    import recoupe.nlp.pipeline  # noqa: F401
    from recoupe.errors import RecoupeError

    for code in languages:
        assert spacy.blank(code).add_pipe(name) is not None
    for code in ("en", "de"):
        if code in languages:
            continue
        with pytest.raises(RecoupeError, match="E086"):
            spacy.blank(code).add_pipe(name)
        with pytest.raises(RecoupeError, match="E086"):
            spacy.blank("fr").add_pipe(name, config={"lang": code})


def test_lang_every_pack_component_is_registered() -> None:
    spacy = pytest.importorskip("spacy")
    import recoupe.nlp.pipeline  # noqa: F401

    for p in packs():
        nlp = spacy.blank(p.code)
        for name in p.components:
            assert nlp.has_factory(name), (p.code, name)
