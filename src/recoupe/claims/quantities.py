"""Quantities of a claim: value or interval, unit, the thing counted, scope and stated source.

Read from the clause text with a tokenizer regex and the French word lists of
:mod:`recoupe.lang.fr.quantities` (no parse: it runs on every claim a contradiction check
reads). Approximations become intervals: « plus de 500 » is [500, inf), « près de 3 000 » is
[2 700, 3 000], « une quarantaine » is [36, 44], « des dizaines » [20, 99]; an exact figure keeps a
small rounding margin, wider for round figures. Dates, years, times of day, ordinals and reference
numbers (« article 49.3 », « G20 ») are not quantities.

``thing`` is what is counted or measured, as a lemma with its synonyms folded (« 12 personnes
tuées » and « 12 morts » both count ``mort``; « magnitude 6,2 » measures ``magnitude``; « âgé de
45 ans » gives ``âge``). ``scope`` is ``national``, a folded place name, or "" when not stated.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from recoupe.lang.fr.quantities import (
    APPROXIMATIONS,
    COLLECTIVES,
    COUNTED_PARTICIPLES,
    COUNTED_PHRASES,
    COUNTED_VERBS,
    COUNTING_WINDOWS,
    CUMULATIVE,
    DIFFERENCE_AFTER,
    GENERIC_HEADS,
    LOWER_BOUNDS,
    MEASURES,
    MONTHS,
    NATIONAL_SCOPES,
    NUMBER_WORDS,
    PLURAL_COLLECTIVES,
    RACE_WORDS,
    SCALES,
    SINGLE_COUNTED_HEADS,
    SINGLE_TOLLS,
    THING_SYNONYMS,
    UNITS,
    UPPER_BOUNDS,
)
from recoupe.resolve.names import fold

INF = math.inf


@dataclass(frozen=True, slots=True)
class Quantity:
    """One figure of a claim: the interval it allows, what it counts, where, and by whose account."""

    value: float  # the figure as stated (the middle of a collective: 40 for « une quarantaine »)
    low: float
    high: float
    unit: str = ""  # canonical unit ("%", "km", "euro", "an", ...); "" for a plain count
    thing: str = ""  # what is counted or measured ("gréviste", "mort", "magnitude", "âge"); "" if unknown
    scope: str = ""  # "national", a folded place name, or "" when not stated
    source: str = ""  # « selon la CGT » right after the figure: "la CGT"
    text: str = ""  # the surface form, for explanations
    start: int = 0  # offset in the parsed text
    approximate: bool = False
    bearer: str = ""  # whose age or measure it is (« un randonneur de 45 ans » -> randonneur), when written
    window: str = ""  # the counting window its clause states (« du 3 au 22 juillet »), folded; "" if none

    @property
    def cumulative(self) -> bool:
        """A count that only grows as news comes in (a toll): a later higher figure is an update."""
        return self.thing in CUMULATIVE or self.unit == "ha"

    def comparable(self, other: Quantity) -> bool:
        """Same thing counted, in the same unit, at the same scope. A place named by one account
        and not the other is where the event happened, not another scope (« six tués à Gaza » /
        « cinq tués par une frappe »); the national scope against another, or two different places,
        are different counts."""
        if not self.thing or self.thing != other.thing or self.unit != other.unit:
            return False
        if self.thing == "âge" and (not self.bearer or self.bearer != other.bearer):
            return False  # ages of two people (« un homme de 30 ans », « une femme de 27 ans »)
        if self.window != other.window and self.thing != "âge":
            return False  # « 1 243 décès du 3 au 22 juillet » / « 7 300 morts cette année »
        if self.scope == other.scope:
            return True
        return "national" not in (self.scope, other.scope) and "" in (self.scope, other.scope)

    def overlaps(self, other: Quantity) -> bool:
        return self.low <= other.high and other.low <= self.high


# -- tokenizer ------------------------------------------------------------------------------------
_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " ", "’": "'"})
_TOKEN = re.compile(
    r"(?P<num>(?<![\w,.])\d{1,3}(?:[ .]\d{3})+(?:,\d+)?(?![\w]|[.,]\d)|(?<![\w,.])\d+(?:,\d+)?(?![\w]|[.,]\d))"
    r"|(?P<word>(?:jusqu|lorsqu|puisqu|qu|[dlnjcsmtDLNJCSMT])'|[^\W\d_][\w-]*|\w+)|(?P<sym>[%€$°²])|(?P<punct>[^\s\w])"
)
_YEAR = range(1800, 2101)
_SKIP_ADJ = frozenset({"nouveaux", "nouvelles", "nouveau", "nouvelle", "autres", "premiers", "premières",
                       "derniers", "dernières", "jeunes", "petits", "petites", "grands", "grandes", "seuls",
                       "seules", "anciens", "anciennes", "milliers", "millions"})
_INVARIABLE = frozenset({"cas", "fois", "mois", "pays", "bras", "corps", "voix", "prix", "dos", "poids", "temps",
                         "décès", "avis", "bus", "gaz", "jours", "ans", "tours", "heures", "minutes", "sous",
                         "plus", "moins", "lors", "alors", "selon", "dans", "sans", "vers", "chez", "près",
                         "après", "depuis", "très", "tous", "puis"})
_FUNCTION = frozenset({"de", "d'", "des", "du", "la", "le", "les", "l'", "à", "au", "aux", "et", "ou", "en", "sur",
                       "par", "pour", "selon", "dont", "qui", "que", "qu'", "ont", "a", "sont", "est", "été",
                       "avait", "avaient", "auraient", "aurait", "se", "sa", "son", "ses", "leur", "leurs",
                       "ce", "cette", "ces", "il", "elle", "ils", "elles", "on", "y", "ne", "n'", "pas", "contre",
                       "après", "avant", "dans", "sans", "avec", "chez", "vers", "entre", "parmi", "soit",
                       "fois", "heures", "h", "plus", "moins"})
_SOURCE_PREPS = ("selon", "d'après", "de source", "a indiqué", "a annoncé", "affirme", "indique")
_NAMED_PLACE = re.compile(
    r"\b(?:à|dans la ville de|dans la région de|dans le département de|en région)\s+"
    r"((?:[A-ZÉÈÎÂ][\w'-]+)(?:[ -](?:sur|sous|en|de|du|la|le|d')?[ -]?[A-ZÉÈÎÂ][\w'-]+)*)")


@dataclass(slots=True)
class _Tok:
    kind: str
    text: str
    low: str
    start: int
    end: int


def _tokens(text: str) -> list[_Tok]:
    out = []
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup or "punct"
        out.append(_Tok(kind, m.group(), m.group().lower(), m.start(), m.end()))
    return out


def _number(s: str) -> float:
    s = s.replace(" ", "")
    if "." in s and re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", s):
        s = s.replace(".", "")  # « 3.000 »: a thousands separator
    return float(s.replace(",", "."))


def _number_en(s: str) -> float:
    """A figure as English writes it: "3,000" and "1,668" are thousands, "1.5" a decimal."""
    s = s.replace(" ", "")
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", s):
        return float(s.replace(",", ""))
    return _number(s)


def _lemma(word: str) -> str:
    w = word.lower().strip("'")
    if w in THING_SYNONYMS:
        return THING_SYNONYMS[w]
    if len(w) > 3 and w not in _INVARIABLE:
        if w.endswith("aux") and len(w) > 5:
            w = w[:-3] + "al"
        elif w.endswith(("s", "x")) and not w.endswith("ss"):
            w = w[:-1]
    return THING_SYNONYMS.get(w, w)


def _scope(text: str) -> str:
    low = text.lower().translate(_SPACES)
    for phrase in NATIONAL_SCOPES:
        if phrase in low:
            return "national"
    m = _NAMED_PLACE.search(text)
    return fold(m.group(1)) if m else ""


_WINDOW = re.compile("|".join(f"(?:{w})" for w in COUNTING_WINDOWS), re.IGNORECASE)


def _window(text: str) -> str:
    m = _WINDOW.search(text)
    return fold(m.group(0)) if m else ""


def _margin(value: float, raw: str) -> tuple[float, float]:
    """The rounding an exact figure allows: none for a small count, 5 % for a round figure."""
    if value >= 100 and value == int(value) and int(value) % (100 if value < 10_000 else 1000) == 0:
        return value * 0.95, value * 1.05
    if "," in raw:  # « 6,2 »: stated to its last decimal
        step = 10 ** -len(raw.split(",")[1]) / 2
        return value - step, value + step
    return value, value


def _words_before(toks: list[_Tok], i: int, n: int = 5) -> str:
    return " ".join(t.low for t in toks[max(0, i - n):i]).replace(" '", "'").replace("' ", "'")


def _bound(before: str, value: float, low: float, high: float) -> tuple[float, float, bool]:
    """Apply a bound or approximation word standing right before the figure."""
    b = before.rstrip() + " "
    for phrase in LOWER_BOUNDS:
        if b.endswith(phrase + " ") or b.endswith(phrase):
            return value, INF, True
    for phrase in UPPER_BOUNDS:
        if b.endswith(phrase + " ") or b.endswith(phrase):
            return 0.0, value, True
    for phrase, (lo, hi) in APPROXIMATIONS.items():
        if b.endswith(phrase + " ") or b.endswith(phrase):
            return value * lo, value * hi, True
    return low, high, False


def _thing_after(toks: list[_Tok], j: int) -> tuple[str, str, int]:
    """(unit, thing, index after) of what follows a figure ending before token ``j``."""
    unit = ""
    n = len(toks)
    if j < n and toks[j].kind == "sym":
        unit = UNITS.get(toks[j].low, toks[j].low)
        j += 1
        if unit == "°" and j < n and toks[j].low == "c":
            unit, j = "degré", j + 1
    elif j + 1 < n and f"{toks[j].low} {toks[j + 1].low}" in UNITS:
        unit = UNITS[f"{toks[j].low} {toks[j + 1].low}"]
        j += 2
    elif j < n and toks[j].low in UNITS and toks[j].kind == "word":
        unit = UNITS[toks[j].low]
        j += 1
    if j < n and toks[j].low == "²" and unit == "km":
        unit, j = "km2", j + 1
    # the complement: « 10 km de profondeur », « 20 % des voix », « 3 000 grévistes »
    k = j
    counted = _counted_after(toks, k) if not unit else ""
    if counted:  # « deux sont mortes », « 3 ont été blessés », « un homme meurt »
        return unit, counted, j
    if k < n and toks[k].low in {"de", "d'", "des", "du"}:
        k += 1
        if k < n and toks[k].low in {"la", "l'", "les"}:
            k += 1
    elif unit:
        return unit, "", j  # « 500 euros » then a verb: the unit is what is counted
    while k < n and toks[k].low in _SKIP_ADJ:
        k += 1
    if k >= n or toks[k].kind != "word" or toks[k].low in _FUNCTION or toks[k].low in MONTHS:
        return unit, "", j
    head = toks[k].low
    if head in UNITS and not unit:  # « 13,5 millions d'euros »
        return UNITS[head], UNITS[head], k + 1
    if head in MEASURES:
        return unit, MEASURES[head], k + 1
    lemma = _lemma(head)
    if lemma in GENERIC_HEADS or head in GENERIC_HEADS:
        # « 12 personnes tuées », « 200 habitants ont été évacués », « 3 personnes ont été blessées »
        counted = _counted_after(toks, k + 1)
        if counted:
            return unit, counted, k + 1
        for t in toks[k + 1:k + 5]:
            part = t.low[:-1] if t.low.endswith("s") else t.low
            if part in COUNTED_PARTICIPLES:
                return unit, THING_SYNONYMS.get(part, _lemma(part)), k + 1
            if t.kind != "word" or t.low not in {"ont", "été", "sont", "avaient", "auraient", "aurait", "a",
                                                   "se", "sont-elles", "y"}:
                break
    return unit, lemma, k + 1


_AUX = frozenset({"sont", "ont", "est", "a", "été", "auraient", "aurait", "seraient", "serait"})


def _counted_after(toks: list[_Tok], k: int) -> str:
    """What a figure counts when a verb follows it (« deux sont mortes », « trois ont été blessés »,
    « un homme meurt », « 310 personnes ont perdu la vie »), or ""; adjectives and a « de N ans »
    complement may stand between (« un homme de 30 ans est mort »)."""
    n = len(toks)
    if k + 2 < n and toks[k].low in {"de", "d'"} and toks[k + 1].kind == "num" and toks[k + 2].low in {"ans", "an"}:
        k += 3
    if k < n and toks[k].low in COUNTED_VERBS:
        return COUNTED_VERBS[toks[k].low]
    aux = 0
    while k < n and toks[k].low in _AUX and aux < 2:
        k, aux = k + 1, aux + 1
    if not aux or k >= n:
        return ""
    for phrase, thing in COUNTED_PHRASES.items():
        if tuple(t.low for t in toks[k:k + len(phrase)]) == phrase:
            return thing
    w = toks[k].low
    part = w[:-1] if w.endswith("s") else w
    if part in COUNTED_PARTICIPLES:
        return THING_SYNONYMS.get(part, _lemma(part))
    return ""


def _measure_before(toks: list[_Tok], i: int) -> str:
    """« magnitude 6,2 », « d'une magnitude de 6,2 », « âgé de 45 ans », « une profondeur de 10 km »,
    « a estimé sa magnitude à 7,2 »."""
    for t in reversed(toks[max(0, i - 3):i]):
        if t.low in MEASURES:
            return MEASURES[t.low]
        if t.kind != "word" or t.low not in {"de", "d'", "une", "un", "la", "le", "l'", "d'une", "d'un", "à"}:
            break
    return ""


_DETERMINERS = frozenset({"le", "la", "l'", "les", "un", "une", "ce", "cet", "cette", "ces"})


def _fronted_bearer(toks: list[_Tok], j: int) -> str:
    """The noun after « âgé de 45 ans, » that opens its clause (« Âgé de 45 ans, le suspect … »
    -> suspect): a comma, a determiner, then the noun. "" when the phrase is not followed so."""
    if j + 2 >= len(toks) or toks[j].text != ",":
        return ""
    k = j + 1
    if toks[k].low in _DETERMINERS:
        k += 1
    return _lemma(toks[k].low) if k < len(toks) and toks[k].kind == "word" and toks[k].low not in _FUNCTION else ""


def _source_after(toks: list[_Tok], j: int) -> str:
    """« 800 selon la police »: the source named right after the figure, up to the next comma."""
    for k in range(j, min(j + 4, len(toks))):
        if toks[k].low in {"selon", "d'après"}:
            words = []
            for t in toks[k + 1:k + 7]:
                if t.kind == "punct" or t.low in {"et", "mais", "qui", "contre"}:
                    break
                words.append(t.text)
            return " ".join(words).replace("' ", "'")
        if toks[k].kind == "punct":
            break
    return ""


def _single_count(toks: list[_Tok], j: int) -> bool:
    """Does « un » / « une » before token ``j`` count one person dead or hurt (« un mort », « une
    personne est morte »)? « un homme meurt » tells of someone, not a toll."""
    if j >= len(toks):
        return False
    if toks[j].low in SINGLE_TOLLS:
        return True
    return toks[j].low in SINGLE_COUNTED_HEADS and bool(_counted_after(toks, j + 1))


def _is_date_or_reference(toks: list[_Tok], i: int, value: float, raw: str) -> bool:
    nxt = toks[i + 1].low if i + 1 < len(toks) else ""
    prev = toks[i - 1].low if i > 0 else ""
    if nxt in MONTHS or nxt in {"h", "h."}:
        return True  # « 12 septembre », « 14 h »
    if nxt in {"heure", "heures"} and prev in {"à", "vers", "dès", "jusqu'à", "avant", "après"}:
        return True  # « à 14 heures »: a time of day, not a duration
    if value == int(value) and int(value) in _YEAR and "," not in raw and " " not in raw and "." not in raw:
        return not _figure_in_year_range(toks, i)  # a year (« en 2022 », « 2023 »)
    if prev in {"h", "h.", "n°", "numéro", "article", "page", "chapitre", "alinéa", "route", "vol", "ligne", "rn"}:
        return True
    return prev == "/" or nxt == "/"  # 12/09


_TIME_UNITS = frozenset({"an", "mois", "jour", "heure", "minute"})
_FIGURE_OPENERS = (*APPROXIMATIONS, "plus de", "plus d'", "moins de", "moins d'", "au moins")


def _figure_in_year_range(toks: list[_Tok], i: int) -> bool:
    """Is a number that could be a year a figure? Before a unit that is not one of time
    (« quelque 2000 hectares », « 1500 euros »), or after an approximation or a bound and before a
    noun (« près de 2000 personnes », « plus de 1800 manifestants »)."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is None or nxt.kind == "punct":
        return False
    if nxt.low in UNITS and UNITS[nxt.low] not in _TIME_UNITS:
        return True
    before = _words_before(toks, i, 3) + " "
    return (nxt.kind == "word" and nxt.low not in _FUNCTION and nxt.low not in MONTHS
            and any(before.endswith(f" {p} ") or before == f"{p} " or before.endswith(f"{p}")
                    for p in _FIGURE_OPENERS))


_RANGE_LINKS = frozenset({"à", "ou"})


_ANY_FIGURE = re.compile(
    r"\d|\b(?:" + "|".join(sorted({*NUMBER_WORDS, *COLLECTIVES, *PLURAL_COLLECTIVES} - {"un", "une"})) + r")\b"
    r"|\b(?:un|une)\s+(?:" + "|".join(sorted({*SINGLE_TOLLS, *SINGLE_COUNTED_HEADS})) + r")\b",
    re.IGNORECASE)


def parse(text: str, language: str = "fr") -> list[Quantity]:
    """Every quantity stated in ``text``, in text order; ``language`` says how figures are written
    (« 1,5 » / "1.5": the French and English decimal marks)."""
    _num = _number_en if language == "en" else _number
    if not _ANY_FIGURE.search(text):
        return []  # most clauses state no figure: one regex search, no tokenizing
    text = text.translate(_SPACES)
    toks = _tokens(text)
    out: list[Quantity] = []
    scope = _scope(text)
    window = _window(text)
    i, n = 0, len(toks)
    while i < n:
        t = toks[i]
        value: float | None = None
        low = high = 0.0
        approx = False
        j = i + 1
        start = t.start
        if t.kind == "num":
            raw = t.text
            value = _num(raw)
            if _is_date_or_reference(toks, i, value, raw):
                i += 1
                continue
            # « entre 30 et 40 », or « de 30 à 40 » (the second figure the higher)
            # « 200 à 300 migrants », « 2 ou 3 morts »: a range too, when the second is higher and no date
            if j + 1 < n and toks[j + 1].kind == "num" and (
                    (i > 0 and toks[i - 1].low == "entre" and toks[j].low == "et")
                    or (toks[j].low in _RANGE_LINKS and _num(toks[j + 1].text) > value
                        and not _is_date_or_reference(toks, j + 1, _num(toks[j + 1].text), toks[j + 1].text))):
                low, high, approx = value, _num(toks[j + 1].text), True
                value = (low + high) / 2
                j += 2
        elif (t.low in NUMBER_WORDS and j + 1 < n and toks[j].low in _RANGE_LINKS and toks[j + 1].low in NUMBER_WORDS
              and toks[j + 1].low not in {"cent", "cents", "mille"}
              and NUMBER_WORDS[toks[j + 1].low] > NUMBER_WORDS[t.low]
              and j + 2 < n and toks[j + 2].kind == "word" and toks[j + 2].low not in _FUNCTION
              and toks[j + 2].low not in MONTHS and toks[j + 2].low not in SCALES
              and toks[j + 2].low not in {"cent", "cents", "mille"}):
            # « deux à trois morts », « un ou deux blessés »: the range the two words span
            low, high, approx = NUMBER_WORDS[t.low], NUMBER_WORDS[toks[j + 1].low], True
            value = (low + high) / 2
            j += 2
        elif t.low in NUMBER_WORDS and (t.low not in {"un", "une"} or (j < n and toks[j].low in SCALES)
                                        or _single_count(toks, j)):
            # a number word counts only before a scale word or a counted noun (« deux millions », « trois
            # blessés »), or before the verb of what it counts (« deux sont mortes »); « un » and « une »
            # only before a toll (« un mort ») or a person who died (« une personne est morte »)
            nxt = toks[j] if j < n else None
            if nxt is None or nxt.kind != "word" or nxt.low in MONTHS or (
                    nxt.low in _FUNCTION and not _counted_after(toks, j)):
                i += 1
                continue
            value = NUMBER_WORDS[t.low]
            if nxt.low in {"cent", "cents", "mille"} and t.low not in {"cent", "mille"}:
                value *= NUMBER_WORDS[nxt.low]
                j += 1
        elif t.low in {"une", "un"} and j < n and toks[j].low in COLLECTIVES:
            value = COLLECTIVES[toks[j].low]
            spread = max(value * 0.1, 4) if value < 100 else value * 0.2
            low, high, approx = value - spread, value + spread, True
            bound_low, bound_high, bounded = _bound(_words_before(toks, i), value, low, high)
            if bounded and bound_high == INF:  # « plus d'une douzaine »: a dozen or more
                high = INF
            elif bounded and bound_low == 0.0:  # « moins d'une centaine »
                low = 0.0
            j += 1
        elif t.low in {"des", "plusieurs", "quelques"} and j < n and toks[j].low in PLURAL_COLLECTIVES:
            low, high = PLURAL_COLLECTIVES[toks[j].low]
            value, approx = low, True
            j += 1
            if j + 1 < n and toks[j].low in {"de", "d'"} and toks[j + 1].low in {"milliers", "millions"}:
                mult = SCALES[toks[j + 1].low]
                low, high, value = low * mult, high * mult, value * mult
                j += 2
        if value is None:
            i += 1
            continue
        # a scale word: « 1,12 million », « deux milliards », « 3 mille »
        mult = 1.0
        if j < n and toks[j].low in SCALES and toks[j].low not in {"m", "md", "mds"} and not approx:
            mult = SCALES[toks[j].low]
            j += 1
        if not approx:
            raw = t.text if t.kind == "num" else ""
            if "," in raw and mult > 1:  # « 1,12 million »: stated to two decimals of a million
                step = 10 ** -len(raw.split(",")[1]) / 2
                low, high = (value - step) * mult, (value + step) * mult
                value *= mult
            else:
                value *= mult
                low, high = _margin(value, raw)
            low, high, approx = _bound(_words_before(toks, i), value, low, high)
            prev = out[-1] if out else None
            if (not approx and prev is not None and prev.high == INF and prev.low > 0 and i >= 2
                    and toks[i - 1].low == "et" and prev.start + len(prev.text) == toks[i - 2].end):
                high, approx = INF, True  # « au moins deux morts et 15 blessés »: at least 15 injured too
        unit, thing, after = _thing_after(toks, j)
        if unit in {"m", "km"} and after < n and toks[after].low in RACE_WORDS:
            i = after  # « vainqueur du 100 m dos »: a race, not a distance measured
            continue
        if (after + 1 < n and toks[after].low in {"de", "d'"} and toks[after + 1].low in DIFFERENCE_AFTER
                and thing):
            thing = ""  # « 24 tués de moins qu'en 2025 »: a difference between two counts, not a count
        if after + 1 < n and toks[after].low == "sur" and (toks[after + 1].kind == "num"
                                                          or toks[after + 1].low in NUMBER_WORDS):
            thing = ""  # « trois décès sur quatre »: a proportion, not a count
        measure = _measure_before(toks, i)
        bearer = ""
        if measure:
            thing = measure
            if measure == "âge":  # « le suspect, âgé de 45 ans »: the noun before the measure word
                bearer = next((_lemma(t.low) for t in reversed(toks[max(0, i - 6):i]) if t.kind == "word"
                               and t.low not in _FUNCTION and t.low not in MEASURES and t.low not in {"une", "un"}), "")
                if not bearer:  # « Âgée de 51 ans, la navigatrice … »: the noun the fronted phrase describes
                    bearer = _fronted_bearer(toks, max(after, j))
        elif unit == "an" and not thing and i >= 2 and toks[i - 1].low == "de" and toks[i - 2].kind == "word":
            thing = "âge"  # « un homme de 45 ans »
            bearer = _lemma(toks[i - 2].low) if toks[i - 2].low not in _FUNCTION else ""
        elif unit and not thing and unit not in {"%"}:
            thing = unit
        if not thing and not unit:
            # « 800 selon la police »: the thing of the figure it answers
            prev = out[-1] if out else None
            if prev is not None and _source_after(toks, j) and prev.thing:
                unit, thing = prev.unit, prev.thing
        out.append(Quantity(
            value=value, low=low, high=high, unit=unit, thing=thing, scope=scope, window=window,
            source=_source_after(toks, max(after, j)), text=text[start:toks[max(after, j) - 1].end].strip(),
            start=start, approximate=approx, bearer=bearer,
        ))
        i = max(after, j)
    return out


def of_claim(text: str, sentence: str = "", language: str = "fr") -> tuple[Quantity, ...]:
    """The quantities of a claim's clause; a figure whose counted thing is elided in the clause
    (« 800 selon la police ») takes it from the sentence the clause belongs to. ``language``: of
    the claim's article (how its figures are written)."""
    # one cache key whatever the call spells out: lru_cache keys ``(t, s)`` and ``(t, s, "fr")``
    # apart, and the claim groups and the contradictions parsed each claim once each
    return _of_claim(text, sentence, language)


@lru_cache(maxsize=8192)
def _of_claim(text: str, sentence: str, language: str) -> tuple[Quantity, ...]:
    qs = parse(text, language)
    if sentence and any(not q.thing for q in qs) and text in sentence:
        at = sentence.index(text)
        full = [q for q in parse(sentence, language) if at <= q.start < at + len(text)]
        if len(full) == len(qs):
            return tuple(f if not q.thing else q for q, f in zip(qs, full, strict=True))
    return tuple(qs)
