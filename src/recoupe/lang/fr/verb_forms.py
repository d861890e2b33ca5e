"""French verb forms as folded words (:func:`recoupe.resolve.names.fold`): what a relative pronoun's own
verb may have before it, and the endings a verb's forms put after its stem (:mod:`recoupe.claims.groups`)."""

from __future__ import annotations

# what stands between a relative pronoun and its verb: clitics, negation, auxiliaries
BEFORE_RELATIVE_VERB: frozenset[str] = frozenset({
    "ne", "n", "pas", "plus", "jamais", "deja", "se", "s", "y", "en", "le", "la", "les", "l", "lui", "leur",
    "me", "m", "te", "t", "nous", "vous",
    "a", "ai", "as", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient", "ait", "aient", "eu",
    "avoir", "est", "sont", "etait", "etaient", "sera", "seront", "serait", "seraient", "soit", "soient", "ete",
    "etre",
})

# the endings a verb's finite forms, participles and infinitive put after its stem (« touch » + « é »,
# « vend » + « u »; « mang » + « eait »); the empty ending is the bare stem (« il vend »)
VERB_FORM_ENDING = (r"(?:e?(?:a|ai|as|ais|ait|aient|ames|ates|ant|ons)|e|es|ent|ee|ees|er|era|eras|erai|erons|"
                    r"erez|eront|erait|eraient|erais|erent|ez|ions|iez|u|ue|us|ues|ut|urent|i|ie|is|ies|it|"
                    r"irent|iss(?:e|es|ent|ons|ez|ait|aient|ant)|ir|ira|irait|iront|re|ra|rait|ront|rai|"
                    r"raient|s|t|)")
