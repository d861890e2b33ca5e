"""English date words as data: months, weekdays, numbers, units, seasons, day parts, vague words.

Keys are lower-case surface forms. The tagger in :mod:`recoupe.lang.en.timex` builds its regular
expressions from these tables; values follow TimeML/TIMEX3 (ISO 8601 with TimeML's extensions:
``SP``/``SU``/``FA``/``WI`` seasons, ``MO``/``AF``/``EV``/``NI`` day parts, ``*_REF`` words).
"""

from __future__ import annotations

# Month names and their wire-style abbreviations -> month number.
MONTHS: dict[str, int] = {
    "january": 1, "jan.": 1, "jan": 1, "february": 2, "feb.": 2, "feb": 2, "march": 3, "mar.": 3,
    "april": 4, "apr.": 4, "apr": 4, "may": 5, "june": 6, "jun.": 6, "july": 7, "jul.": 7,
    "august": 8, "aug.": 8, "aug": 8, "september": 9, "sept.": 9, "sep.": 9, "sept": 9,
    "october": 10, "oct.": 10, "oct": 10, "november": 11, "nov.": 11, "nov": 11,
    "december": 12, "dec.": 12, "dec": 12,
}
# Month forms that are also ordinary words: only taken as months with a day or a year beside them.
AMBIGUOUS_MONTHS = frozenset({"may", "mar.", "jan", "jun.", "jul.", "sep.", "dec", "oct", "nov",
                              "feb", "apr", "aug", "sept"})

# Weekdays -> ISO weekday (Monday = 1).
WEEKDAYS: dict[str, int] = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
    "sunday": 7, "mon.": 1, "tue.": 2, "tues.": 2, "wed.": 3, "thu.": 4, "thurs.": 4, "fri.": 5,
    "sat.": 6, "sun.": 7,
}

# Cardinal number words -> value ("twenty-two" and "two hundred" are composed by the tagger).
NUMBER_WORDS: dict[str, float] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "thousand": 1000, "a": 1, "an": 1, "a couple of": 2,
    "a dozen": 12, "dozen": 12, "half a": 0.5, "a half": 0.5,
}

# Ordinals -> value (quarters, halves, centuries, "the third week").
ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "1st": 1, "2nd": 2,
    "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "7th": 7, "8th": 8, "9th": 9, "10th": 10, "11th": 11,
    "12th": 12, "13th": 13, "14th": 14, "15th": 15, "16th": 16, "17th": 17, "18th": 18,
    "19th": 19, "20th": 20, "21st": 21, "last": -1, "final": -1,
}

# Quantities without a number: the value gets an X ("several years" -> PXY).
VAGUE_QUANTITIES = frozenset({
    "several", "a few", "few", "some", "many", "a number of", "numerous", "a couple", "couple of",
    "the next few", "the past few", "the last few", "recent", "coming", "countless",
})

# Prepositions that put a count of calendar units as a duration (« for two weeks »); two accounts
# giving other durations of one thing do not agree (claims.status).
DURATION_PREPOSITIONS: frozenset[str] = frozenset({"for"})

# Time units -> ISO 8601 duration letter, with T for clock units; "decade"/"century" are years.
UNITS: dict[str, str] = {
    "second": "TS", "seconds": "TS", "minute": "TM", "minutes": "TM", "hour": "TH", "hours": "TH",
    "day": "D", "days": "D", "week": "W", "weeks": "W", "month": "M", "months": "M",
    "year": "Y", "years": "Y", "decade": "DE", "decades": "DE", "century": "CE", "centuries": "CE",
    "quarter": "Q", "quarters": "Q", "weekend": "WE", "weekends": "WE", "night": "NI",
    "nights": "NI", "semester": "H", "season": "SE", "seasons": "SE",
}

# Seasons -> TimeML code, first month, last month.
SEASONS: dict[str, tuple[str, int, int]] = {
    "spring": ("SP", 3, 5), "summer": ("SU", 6, 8), "fall": ("FA", 9, 11),
    "autumn": ("FA", 9, 11), "winter": ("WI", 12, 2),
}

# Parts of the day -> TimeML code.
DAY_PARTS: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
    "noon": "12:00", "midday": "12:00", "midnight": "24:00", "dawn": "MO", "daybreak": "MO",
    "dusk": "EV", "nightfall": "EV",
}

# "yesterday" & co. -> day offset from the anchor.
DAY_OFFSETS: dict[str, int] = {
    "today": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
    "the day after tomorrow": 2, "tonight": 0, "this morning": 0, "this afternoon": 0,
    "this evening": 0, "last night": -1, "last evening": -1,
}

# Words for the present, past and future as such (TimeML *_REF values).
REF_WORDS: dict[str, str] = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "at present": "PRESENT_REF", "presently": "PRESENT_REF",
    "these days": "PRESENT_REF", "the present": "PRESENT_REF", "current": "PRESENT_REF",
    "at the moment": "PRESENT_REF", "recently": "PAST_REF", "lately": "PAST_REF",
    "the past": "PAST_REF", "previously": "PAST_REF", "formerly": "PAST_REF", "once": "PAST_REF",
    "earlier": "PAST_REF", "the future": "FUTURE_REF", "soon": "FUTURE_REF",
    "the near future": "FUTURE_REF", "someday": "FUTURE_REF", "shortly": "FUTURE_REF",
}
# Of REF_WORDS, those only taken in their temporal sense when nothing argues against it: they are
# adverbs of many uses ("once the deal closes", "earlier reports", "current account").
WEAK_REF_WORDS = frozenset({"once", "earlier", "current", "previously", "formerly", "shortly",
                            "soon"})

# Lemmas of participles that plan or move an occasion rather than tell it done ("strike planned Saturday",
# "vote scheduled Monday", "march set for Sunday", "storm expected Friday"): with no auxiliary and no object of
# their own, a weekday they govern keeps its nearest reading. Any other bare participle ("two men killed
# Saturday") tells a deed already done.
PLANNING_PARTICIPLES: frozenset[str] = frozenset({
    "plan", "schedule", "reschedule", "expect", "set", "slate", "program", "programme", "organise",
    "organize",
})
# Of these, those that also tell a deed done ("a fire set Saturday", "a record set Saturday"): they plan only
# with a "for" ("march set for Saturday").
PLANNING_ONLY_WITH_FOR: frozenset[str] = frozenset({"set"})

# Direction words: "last week", "next Monday", "this year".
PAST_WORDS = frozenset({"last", "past", "previous", "preceding"})
FUTURE_WORDS = frozenset({"next", "coming", "following"})
THIS_WORDS = frozenset({"this", "the current", "current"})

# Set expressions: "daily" -> P1D.
SET_WORDS: dict[str, str] = {
    "daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y",
    "annual": "P1Y", "hourly": "PT1H", "quarterly": "P3M", "nightly": "P1D", "biweekly": "P2W",
    "every day": "P1D", "each day": "P1D", "every week": "P1W", "each week": "P1W",
    "every month": "P1M", "each month": "P1M", "every year": "P1Y", "each year": "P1Y",
    "a year": "P1Y", "a month": "P1M", "a week": "P1W", "a day": "P1D", "per year": "P1Y",
    "per month": "P1M", "per day": "P1D", "per week": "P1W", "an hour": "PT1H",
    "per hour": "PT1H", "every hour": "PT1H",
}

# Fixed-date holidays -> (month, day); movable ones are computed by the tagger.
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "new year's day": (1, 1), "new year's eve": (12, 31), "new year's": (1, 1),
    "independence day": (7, 4), "the fourth of july": (7, 4), "july fourth": (7, 4),
    "halloween": (10, 31), "valentine's day": (2, 14), "veterans day": (11, 11),
    "boxing day": (12, 26), "bastille day": (7, 14), "st. patrick's day": (3, 17),
}

# Words that tie a clause to an earlier occurrence of a recurring thing than the story's own ("last
# year's ceremony", "a previous arrest", "the deadliest since 2004"): a clause told with one does
# not confirm an account without one (claims.status.told_apart). Attributive only: "received the
# prize last year" dates the deed itself, "up on the previous season" compares. Regexes on folded
# text (no apostrophes).
BACKGROUND_CUES: tuple[str, ...] = (
    r"\blast (?:year|month|week|season|summer|winter) s\b", r"\b(?:a|his|her|their|its) (?:previous|prior)\b",
    r"\b(?:\w+est|worst|best)(?: \w+){0,2} since\b",
)

# A clause opened by these words right after a date (« the worst month since May 2009, when 812
# died ») tells the occasion of that date, not of the report (claims/contradictions.py, _when_apart).
WHEN_CLAUSE_WORDS: frozenset[str] = frozenset({"when"})
# the words right before a number that make it a year there (« since 2009, when … »); a bare number is as
# often a count ("a crowd of 2000, when …") and a month name is a cue of its own
YEAR_CUES: frozenset[str] = frozenset({"in", "since", "early", "late", "mid", "spring", "summer", "autumn", "fall",
                                       "winter", "year"})

# Adverbs that move a coordinated deed off the first deed's moment (« on Monday arrested a man and later
# charged him »): such a conjunct does not share the day told before the first verb (nlp/extract.py)
SEQUENCE_ADVERBS: frozenset[str] = frozenset({
    "later", "then", "afterwards", "afterward", "subsequently", "eventually", "since", "now", "again", "previously",
    "earlier", "finally", "once", "already", "soon", "still", "meanwhile", "thereafter", "next", "after",
})
# Prepositions whose phrase on the second deed gives it a time of its own (« and died after two days at sea »)
SEQUENCE_PREPOSITIONS: frozenset[str] = frozenset({"after", "before", "within", "until", "since"})
