"""English headlines in Title Case, read in sentence case.

Many English outlets capitalise every word of a headline ("Mayor Opens New Bridge Over River").
en_core_web_sm then tags each word a proper noun: the verb is no verb, its lemma is the word as
written ("Opens"), no claim has a predicate and no attribution frame is read ("..., Mayor Says").
The same fact in the lead ("The mayor opened the new bridge on Friday") then shares no lemma with
its headline, and an outlet that writes headlines in sentence case groups where the others do not.

:func:`sentence_case` gives the parser the headline in sentence case: a capitalised word is
lowered when the article's own text writes it lower case, or when it is a common English word
(the model's lemmatizer tables) that the text never writes capitalised inside a sentence. Names
keep their capital (the text writes them so); initialisms, mixed case ("McCain", "iPhone") and the
first word are left alone. Only the case changes, never the length: every character offset of
the text still holds, and the text recoupe shows and stores is the one given
(:func:`recoupe.nlp.pipeline.parse_with_context` keeps it as the doc's text).
"""

from __future__ import annotations

import re
from collections.abc import Callable

# words a Title Case headline may leave lower case ("Council to Lift Curfew in Parks")
SMALL_WORDS: frozenset[str] = frozenset({
    "a", "an", "the", "and", "or", "but", "nor", "for", "of", "to", "in", "on", "at", "by", "with", "from", "as",
    "vs", "via", "into", "over", "up", "off", "out", "per", "than", "so", "yet", "is", "are", "be",
})
# abbreviations that end with a period inside a sentence
_ABBREVIATIONS = frozenset({"mr", "mrs", "ms", "dr", "gov", "sen", "rep", "gen", "lt", "col", "st", "jr", "sr", "no",
                            "vs", "inc", "co", "corp", "ltd", "prof", "rev", "sgt", "capt", "adm", "maj", "ft", "mt"})
HEADLINE_MAX = 250  # characters: a headline is a line, not a paragraph
_END = re.compile(r"[.!?](?=[\"'”’)]?\s+[\"“‘'(]?[A-Z])|\n")
# a capitalised word or compound ("Re-Elected"), not inside a mixed-case word ("Chick-fil-A",
# "U.S.-Mexico"), nor right after an opening quotation mark
_WORD = re.compile(r"(?<![\w.’'‘“\"-])([A-Z][a-z]+(?:-[A-Z][a-z]+)*)(?=(?:['’]s)?(?![\w-]))")
_ANY_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# always capitalised in English: never lowered ("Vote Set for May")
ALWAYS_CAPITALISED: frozenset[str] = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
})
# function words that a Title Case headline capitalises and WordNet does not list
FUNCTION_WORDS: frozenset[str] = frozenset({
    "about", "above", "after", "against", "along", "amid", "among", "around", "before", "behind", "below",
    "beneath", "beside", "between", "beyond", "despite", "during", "except", "inside", "near", "since",
    "through", "toward", "towards", "under", "until", "upon", "within", "without", "will", "would", "can",
    "could", "should", "shall", "must", "might", "has", "have", "had", "was", "were", "been", "does", "did",
    "not", "his", "her", "its", "their", "our", "your", "who", "what", "when", "where", "why", "how", "that",
    "this", "these", "those", "there", "here", "all", "more", "most", "new", "now", "just", "again", "back",
    "regardless", "it", "he", "she", "they", "we", "you", "him", "them", "us", "if", "then", "while",
})


def headline_end(text: str) -> int:
    """Where the first sentence of ``text`` (its headline, in a record "TITLE. LEAD") ends: at a
    line end or a sentence's end mark followed by a capital, not after an initialism ("F.B.I.")
    or an abbreviation ("Gov."); 0 when none within :data:`HEADLINE_MAX`."""
    for m in _END.finditer(text, 0, min(len(text), HEADLINE_MAX + 1)):
        if m.group() == "\n":
            return m.start()
        before = text[:m.start()].rsplit(None, 1)[-1] if text[:m.start()].strip() else ""
        bare = before.strip("\"'“”‘’(").lower()
        if re.fullmatch(r"(?:[a-z]\.)*[a-z]", bare) or bare in _ABBREVIATIONS:
            continue  # "F.B.I. Director", "Gov. Smith"
        return m.start()
    return 0


def is_title_case(headline: str) -> bool:
    """Are the headline's content words capitalised (three at least, all but one at most)?"""
    words = [w for w in _ANY_WORD.findall(headline) if len(w) > 3 and w.lower() not in SMALL_WORDS]
    if len(words) < 3:
        return False
    lowered = sum(1 for w in words if w[0].islower())
    return lowered <= max(0, len(words) // 8)


def sentence_case(text: str, is_common: Callable[[str], bool]) -> str:
    """``text`` with its Title Case headline in sentence case (same length, same offsets); the
    text unchanged when its first sentence is no Title Case headline. A capitalised word (or
    hyphenated compound) of the headline is lowered when the rest of the text writes it lower case,
    kept when the rest writes it only capitalised (a name), and otherwise lowered when
    ``is_common(word)`` says it is a common word of the language or it is a function word; month
    and day names, the first word and a word that opens a quotation keep their capital."""
    end = headline_end(text)
    if end <= 0 or not is_title_case(text[:end]):
        return text
    rest = text[end:]
    first = len(text[:end]) - len(text[:end].lstrip())
    out = list(text)
    for m in _WORD.finditer(text, 0, end):
        word = m.group(1)
        low = word.lower()
        if m.start() == first or low in ALWAYS_CAPITALISED:
            continue
        if re.search(rf"(?<![\w-]){re.escape(low)}(?![\w])", rest):
            pass  # the text writes it lower case
        elif re.search(rf"(?<![\w-]){re.escape(word)}(?![\w])", rest):
            continue  # a name the text writes so
        elif not (low in SMALL_WORDS or low in FUNCTION_WORDS or all(is_common(p) for p in low.split("-"))):
            continue
        for k in range(m.start(), m.end()):
            out[k] = text[k].lower()
    return "".join(out)


_SUFFIXES: tuple[tuple[str, str], ...] = (("ies", "y"), ("es", ""), ("s", ""), ("ied", "y"), ("ed", ""), ("ed", "e"),
                                          ("ing", ""), ("ing", "e"), ("d", ""), ("er", ""), ("ers", ""))


def common_words(lookups: object) -> Callable[[str], bool]:
    """``is_common`` for :func:`sentence_case` from an English rule lemmatizer's lookups (spaCy's
    ``lemma_index`` and ``lemma_exc`` tables: WordNet's nouns, verbs, adjectives, adverbs)."""
    known: set[str] = set()
    for name in ("lemma_index", "lemma_exc") if lookups is not None else ():
        try:
            table = lookups.get_table(name)  # type: ignore[attr-defined]
        except (KeyError, ValueError):
            continue
        for pos in table.values():
            known.update(pos)

    def is_common(word: str) -> bool:
        if word in known:
            return True
        for suffix, repl in _SUFFIXES:
            if word.endswith(suffix) and len(word) > len(suffix) + 2:
                stem = word[: -len(suffix)] + repl
                if stem in known or (len(stem) > 3 and stem[-1] == stem[-2] and stem[:-1] in known):
                    return True
        return False

    return is_common


# A headline in sentence case glued to its text with a stop (a record "Mayor opens bridge. LEAD"): the
# words of a headline are few, and headline style drops what a lead's sentence carries, the auxiliaries
# of its tenses (« has been charged », « was arrested », « wasn't », « will »: a headline writes « charged »,
# « arrested », « to face »), an opening article, pronoun, possessive or quantifier (« His daughter … »,
# « Some say … »), a number spelled out (a sentence may not open on digits, a headline does: « 3 hurt
# in crash »), the past « said » of an attribution (a headline « says ») and the day of the fact (« on
# Thursday », « yesterday », « March 3 »: a lead dates its fact, a headline leaves the day to the lead).
# A body's first sentence that tells a fact in few words (« Lawmakers passed the budget bill late on
# Thursday. ») is a lead, and paired as a headline with the next sentence's other fact it joined the two.
HEADLINE_MAX_WORDS = 14
LEAD_AUXILIARIES: frozenset[str] = frozenset({
    "is", "are", "was", "were", "been", "has", "have", "had", "did", "does", "would", "could", "should", "said",
    "will", "shall",
})
LEAD_OPENERS: frozenset[str] = frozenset({
    "the", "a", "an", "this", "these", "that", "those", "there", "it", "he", "she", "they", "we", "i", "you",
    "his", "her", "its", "their", "our", "my", "your",
    "some", "many", "most", "all", "several", "few", "both", "each", "every", "no", "any", "much", "more",
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty",
    "dozens", "hundreds", "thousands", "millions",
})
# the words that date a lead's fact: a day of the week, a relative day; a date is a month beside a figure
DAY_WORDS: frozenset[str] = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight",
})
_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december"
           "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
_DATE = re.compile(rf"\b(?:(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\b)",
                   re.IGNORECASE)
# what a word may carry around it: punctuation and quotation marks (``claims.groups._headline_like`` too)
PUNCTUATION = ".,;:!?\"'()\u2018\u2019\u201c\u201d"


def _contracted_auxiliary(word: str) -> bool:
    """« wasn't », « hasn't », « they'll », « she'd », « we've »: a lead's auxiliary, contracted."""
    word = word.replace("\u2019", "'")
    return word.endswith(("n't", "'ll", "'d", "'ve", "'re"))


def headline_style(sentence: str) -> bool:
    """Is ``sentence`` written as a headline in sentence case (« Governor signs water bill into law. »),
    not as a lead's sentence (« The governor has signed the water bill, aides said. »)? At most
    :data:`HEADLINE_MAX_WORDS` words, none of :data:`LEAD_AUXILIARIES` (nor one contracted), not opening
    with one of :data:`LEAD_OPENERS`, naming no day (:data:`DAY_WORDS`, a date)."""
    words = [w.strip(PUNCTUATION).lower() for w in sentence.split()]
    words = [w for w in words if w]
    return (0 < len(words) <= HEADLINE_MAX_WORDS and words[0] not in LEAD_OPENERS
            and not any(w in LEAD_AUXILIARIES or w in DAY_WORDS or _contracted_auxiliary(w) for w in words)
            and _DATE.search(sentence) is None)
