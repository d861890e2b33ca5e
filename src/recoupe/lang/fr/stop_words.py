"""French function words as data: the language detector's profile, the words names and search
queries leave out, and the pronouns that tie a sentence to the one before it."""

from __future__ import annotations

import re

from recoupe.lang.fr.quantities import NUMBER_WORDS

# The detector's profile (:mod:`recoupe.clean.language`): the most frequent French function words
# (articles, pronouns, prepositions, auxiliaries), elided forms split ("l'armée" counts "l").
STOP_WORDS: frozenset[str] = frozenset(
    "le la les l un une des du de d au aux et ou mais donc or ni car que qu qui quoi dont où ce cet cette "  # noqa: SIM905 (a word list reads better as one string)
    "ces son sa ses leur leurs il ils elle elles on nous vous je j me m te t se s lui y en ne n pas plus "
    "est sont était été être avoir a ont avait sur dans par pour avec sans sous entre vers chez selon "
    "après avant depuis pendant comme aussi très tout tous toute toutes même si déjà encore où ainsi".split()
)

# Function words inside a name, left out of its acronym ("Conseil de sécurité des Nations unies"
# -> "csnu"; :func:`recoupe.resolve.names.acronym`). Folded (no accents).
NAME_STOP_WORDS: frozenset[str] = frozenset({
    "de", "des", "du", "la", "le", "les", "l", "d", "et", "pour", "en", "à", "a", "au", "aux"})

# Words a search query drops (:mod:`recoupe.web.search`), unless nothing else is left. Folded.
SEARCH_STOP_WORDS: frozenset[str] = frozenset({
    "le", "la", "les", "un", "une", "des", "du", "de", "et", "ou", "en", "au", "aux", "a", "l", "d",
    "qu", "que", "qui", "sur", "par", "pour", "dans", "ce", "ces", "se", "sa", "son", "ses", "il", "elle"})

# First words of a sentence that leans on the one before (the briefing prefers a sentence that
# stands alone: :func:`recoupe.brief.briefing.representative`), possessives too (« Ses stocks … »:
# whose?), connectives too (« Mais … », « Pourtant, … »: against what?). Lower-case.
ANAPHORIC: frozenset[str] = frozenset({
    "il", "elle", "ils", "elles", "ce", "cette", "ces", "celui-ci", "celle-ci", "cela", "ça", "lui",
    "son", "sa", "ses", "leur", "leurs",
    # one of a pair or group told before (« L'une des deux est repartie seule »), the one told before (« Celui qui
    # fut … avait 83 ans »); straight and curly apostrophes
    "l'un", "l'une", "l’un", "l’une", "celui", "celle", "ceux", "celles",
    "mais", "or", "pourtant", "cependant", "toutefois", "néanmoins"})

# Openings whose first word is in ANAPHORIC but which name what they tell, so stand alone: « l'un(e) des »
# before a noun or a superlative (« L'une des plus vieilles papeteries du pays … », « L'un des suspects … »),
# only « l'un(e) des deux » bare, « l'un d'entre eux », « l'une d'elles » lean on a group told before; and
# a plural free relative (« Ceux qui ont perdu leur logement … », « Celles que la crue a chassées … »), a
# class of people. A singular one in news is most often a periphrasis for someone named before (« Celui qui
# fut son premier soutien avait 83 ans »: who?): it leans, as « celui de … » does. Case folded.
_NUMERALS = (r"(?:(?:" + "|".join(sorted((w for w in NUMBER_WORDS if w not in ("un", "une")), key=len, reverse=True))
             + r")(?:-[^\W\d_]+)*|\d+)")  # « dix-huit », « vingt-et-un » too
_POSSESSIVES = r"(?:autres|leurs|nôtres|vôtres|miens|miennes|tiens|tiennes|siens|siennes)"
_FUNCTION = "|".join(sorted(STOP_WORDS, key=len, reverse=True))
STANDING_OPENINGS: re.Pattern[str] = re.compile(
    r"\s*(?:l['’]une?\s+des\s+(?:(?!(?:" + _NUMERALS + "|" + _POSSESSIVES + r")\b)[^\W\d_]+\b|" + _NUMERALS
    + r"\s+(?!(?:" + _FUNCTION + r")\b)[^\W\d_])"
    r"|(?:ceux|celles)\s+(?:(?:qui|que|dont)\b|qu['’]))", re.IGNORECASE)
