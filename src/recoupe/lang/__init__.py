"""Language packs: what recoupe knows of each language it reads, one folder per language.

A pack (``fr/``, ``en/``) holds the language's data — stopwords, month names, date words and its
time grammar, reporting verbs, hedges... — and says which spaCy model reads it. Its
``__init__`` exposes one :class:`Pack`, the same fields for every language (a test checks it);
:func:`pack` returns it. :mod:`recoupe.lang.routing` decides, per article, which pack and
pipeline read it; ``others.py`` holds the stopword profiles of languages recoupe only recognises;
:mod:`recoupe.lang.predicates` joins the packs' predicate classes for cross-language comparison.

Adding a language: a new folder with the modules of ``en/`` and its ``PACK``, its model pinned
in ``models.lock``, its code in :data:`SUPPORTED`, and its tests (see the README).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import import_module

SUPPORTED: tuple[str, ...] = ("fr", "en")
FRENCH_ONLY: tuple[str, ...] = ("fr",)
"""The languages of the components whose word lists are French only (entity repair): configured
for another language, they raise E086."""
FRENCH_AND_ENGLISH: tuple[str, ...] = ("fr", "en")
"""The languages of attribution, quotes and claims (English rules in :mod:`recoupe.lang.en`)."""


@dataclass(frozen=True)
class Pack:
    """What recoupe knows of one language. Every field is data or a cheap function: importing a
    pack loads no model and compiles no grammar (the time grammar is built on first use)."""

    code: str
    """ISO 639-1 code, the pack's folder name."""
    model: str
    """The spaCy pipeline that reads the language (a wheel pinned in ``models.lock``)."""
    components: tuple[str, ...]
    """recoupe's spaCy components added after the model's own, in order."""
    stop_words: frozenset[str]
    """The language detector's profile (:mod:`recoupe.clean.language`)."""
    name_stop_words: frozenset[str]
    """Function words inside names, left out of acronyms (:mod:`recoupe.resolve.names`)."""
    search_stop_words: frozenset[str]
    """Words a search query drops (:mod:`recoupe.web.search`)."""
    anaphoric: frozenset[str]
    """Sentence-initial words that lean on the previous sentence (:mod:`recoupe.brief.briefing`)."""
    dateline_months: Mapping[str, int]
    """Month names and abbreviations as bylines and datelines write them -> month number."""
    stem: Callable[[str], str]
    """The search stemmer."""
    time_grammar: str
    """The module of the time tagger's grammar (:mod:`recoupe.nlp.timex` builds it on first use)."""
    standing_openings: re.Pattern[str] | None = None
    """Openings whose first word is in ``anaphoric`` but which stand alone (« Ceux qui … », French
    ``STANDING_OPENINGS``; none where the module has none)."""
    abbreviations: frozenset[str] = frozenset()
    """Words ending in a full stop that the tokenizer keeps whole (titles before a name, « Lt. »): the
    stop is part of the word and never ends a sentence (:func:`recoupe.nlp.pipeline.build`)."""

    @classmethod
    def assemble(cls, code: str, *, model: str, components: tuple[str, ...],
                 abbreviations: frozenset[str] = frozenset()) -> Pack:
        """The pack of the folder ``recoupe/lang/<code>/``, read from its modules of the same names
        in every language: ``stop_words`` (STOP_WORDS, NAME_STOP_WORDS, SEARCH_STOP_WORDS,
        ANAPHORIC), ``datelines`` (MONTHS, ABBREVIATIONS), ``stem`` (stem) and ``timex`` (its time
        grammar, named here and imported on first use)."""
        words = import_module(f"recoupe.lang.{code}.stop_words")
        datelines = import_module(f"recoupe.lang.{code}.datelines")
        return cls(
            code=code, model=model, components=components, stop_words=words.STOP_WORDS,
            name_stop_words=words.NAME_STOP_WORDS, search_stop_words=words.SEARCH_STOP_WORDS,
            anaphoric=words.ANAPHORIC, standing_openings=getattr(words, "STANDING_OPENINGS", None),
            dateline_months={**datelines.MONTHS, **datelines.ABBREVIATIONS},
            stem=import_module(f"recoupe.lang.{code}.stem").stem, time_grammar=f"recoupe.lang.{code}.timex",
            abbreviations=abbreviations,
        )


@cache
def pack(code: str) -> Pack:
    """The pack of ``code`` (one of :data:`SUPPORTED`); KeyError for another language."""
    if code not in SUPPORTED:
        raise KeyError(f"no language pack for {code!r}; packs: {', '.join(SUPPORTED)}")
    found: Pack = import_module(f"recoupe.lang.{code}").PACK
    return found


def component_language(nlp_lang: str | None, lang: str | None, component: str, supported: tuple[str, ...]) -> str:
    """The language a spaCy component works in: its config's ``lang``, else its pipeline's.
    E086 when the component has no word lists for that language."""
    code = lang or nlp_lang or ""
    if code not in supported:
        from recoupe.errors import E, RecoupeError

        raise RecoupeError(E.E086, component=component, language=code, supported=", ".join(supported))
    return code


def packs() -> tuple[Pack, ...]:
    """Every pack, in the order of :data:`SUPPORTED`."""
    return tuple(pack(code) for code in SUPPORTED)


def dateline_months() -> dict[str, int]:
    """The month names of every pack (bylines and datelines are read whatever the language)."""
    out: dict[str, int] = {}
    for p in packs():
        out.update(p.dateline_months)
    return out
