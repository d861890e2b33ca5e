"""The English language pack: date words (:mod:`.dates`) and the time tagger (:mod:`.timex`)."""
