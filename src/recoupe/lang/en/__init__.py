"""The English language pack: date words (:mod:`.dates`), the time tagger (:mod:`.timex`), the claim
reader (:mod:`.claims`) with its cues of modality (:mod:`.modality`) and predicate classes
(:mod:`.predicates`)."""
