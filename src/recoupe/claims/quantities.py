"""Quantities of a claim: value or interval, unit, the thing counted, scope and stated source.

Read from the clause text with a tokenizer regex and the word lists of the article's language
pack (:mod:`recoupe.lang.fr.quantities`, :mod:`recoupe.lang.en.quantities`; no parse: it runs on
every claim a contradiction check reads). The packs name what is counted with one set of ids
(``mort``, ``blessé``, ``évacué``; units ``euro``, ``km``, ``an``), so an English toll and a French
one are the same count. Approximations become intervals: « plus de 500 » is [500, inf), « près de 3 000 » is
[2 700, 3 000], « une quarantaine » is [36, 44], « des dizaines » [20, 99]; an exact figure keeps a
small rounding margin, wider for round figures. Dates, years, times of day, ordinals and reference
numbers (« article 49.3 », « G20 ») are not quantities.

``thing`` is what is counted or measured, as a lemma with its synonyms folded (« 12 personnes
tuées » and « 12 morts » both count ``mort``; « magnitude 6,2 » measures ``magnitude``; « âgé de
45 ans » gives ``âge``). ``scope`` is ``national``, a folded place name, or "" when not stated.
"""

from __future__ import annotations

import importlib
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType

from recoupe.lang.fr.quantities import CUMULATIVE
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
    converted: float = 0.0  # the margin low/high were widened by when converted from another unit system
    increment: str = ""  # for an amount added to an earlier one (« 150 hectares de plus »), the thing it adds to

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
        if self.thing == "âge" and not _same_bearer(self.bearer, other.bearer):
            return False  # ages of two people (« un homme de 30 ans », « une femme de 27 ans »)
        if self.window != other.window and self.thing != "âge":
            return False  # « 1 243 décès du 3 au 22 juillet » / « 7 300 morts cette année »
        if self.scope == other.scope:
            return True
        return "national" not in (self.scope, other.scope) and "" in (self.scope, other.scope)

    def overlaps(self, other: Quantity) -> bool:
        if self.converted and other.converted:
            # both told in the other system ("500 feet" / "600 feet"): no conversion rounding between them
            return self._exact()[0] <= other._exact()[1] and other._exact()[0] <= self._exact()[1]
        return self.low <= other.high and other.low <= self.high

    def _exact(self) -> tuple[float, float]:
        s = self.converted
        return (self.low / (1 - s), self.high / (1 + s)) if s else (self.low, self.high)


def strict_side(before: str, language: str) -> tuple[int, str]:
    """(-1, phrase) when the words ``before`` a figure put the count strictly below it (« nearly 300 »),
    (1, phrase) strictly above (« more than 300 »), else (0, ""); only a pack listing such words
    (``STRICT_BELOW`` / ``STRICT_ABOVE``) says so."""
    w = _lexicon(language).w
    b = " " + " ".join(before.lower().replace("’", "'").split()) + " "
    sides = ((getattr(w, "STRICT_BELOW", ()), -1), (getattr(w, "STRICT_ABOVE", ()), 1))
    found = [(len(p), side, p) for ps, side in sides for p in ps if b.endswith(f" {p} ")]
    if not found:
        return 0, ""
    _, side, p = max(found)  # the longest phrase wins: "just under" is below, though it ends on "under"
    if b[:-len(p) - 2].endswith((" no", " not")):
        return 0, ""  # "no more than 300", "not less than 300": the figure itself is allowed
    return side, p


def new_count(q: Quantity, language: str) -> bool:
    """Is a count one of new or other ones (« 2 nouveaux morts », « 2 autres blessés », "2 new deaths"): a word
    of the pack's ``NEW_COUNT_WORDS`` between the figure and the counted noun? It adds to an earlier count, which
    the same figure as a total does not state."""
    words = {t.lower() for t in re.findall(r"[^\W\d_]+", q.text)}
    return bool(words & frozenset(getattr(_lexicon(language).w, "NEW_COUNT_WORDS", ())))


def apart_at_bound(x: Quantity, x_side: int, y: Quantity, y_side: int) -> bool:
    """Two figures whose intervals touch only at the bound both leave out: « nearly 300 » (below) and
    « more than 300 » (above) allow no common count."""
    if x.converted or y.converted:
        return False
    return (x_side < 0 < y_side and x.high == y.low) or (y_side < 0 < x_side and y.high == x.low)


def _same_bearer(a: str, b: str) -> bool:
    """May two bearers of an age be one person? The same words, or a name and its last words ("doe",
    "jane doe"); "john smith" and "mary smith" are two."""
    if not a or not b:
        return False
    x, y = a.split(), b.split()
    short, long_ = (x, y) if len(x) <= len(y) else (y, x)
    return long_[len(long_) - len(short):] == short


# -- language -------------------------------------------------------------------------------------
_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " ", "’": "'"})


@dataclass(frozen=True, slots=True)
class _Lexicon:
    """A language pack's quantity words with the patterns built from them once."""

    w: ModuleType  # the pack's ``quantities`` module
    token: re.Pattern[str]
    named_place: re.Pattern[str]
    window: re.Pattern[str]
    any_figure: re.Pattern[str]
    figure_openers: tuple[str, ...]
    decimal: str  # the decimal mark: « 6,2 », "6.2"
    glued: re.Pattern[str] | None = None  # a figure with its unit in one word ("60m"), when the pack has them


@lru_cache(maxsize=4)
def _lexicon(language: str) -> _Lexicon:
    try:
        w = importlib.import_module(f"recoupe.lang.{language}.quantities")
    except ModuleNotFoundError:
        w = importlib.import_module("recoupe.lang.fr.quantities")
    # a figure with its unit glued ("1,500m", "3.5km") is matched whole, before the figure alone: else
    # "1.78m" splits into "1", ".", "78m" and the unit glues to the last piece (78 m)
    glued_unit = getattr(w, "GLUED_UNITS", "")
    token = re.compile(
        (f"(?P<glued>(?<![\\w,.]){glued_unit}(?![\\w-]))|" if glued_unit else "")
        + f"(?P<num>{w.NUMBER_PATTERN})"
        f"|(?P<word>{w.ELISION_PATTERN}[^\\W\\d_][\\w-]*|\\w+)|(?P<sym>[{w.SYMBOLS}])|(?P<punct>[^\\s\\w])")
    ones = sorted({*w.SINGLE_TOLLS, *w.SINGLE_COUNTED_HEADS})
    any_figure = re.compile(
        r"\d|\b(?:" + "|".join(sorted({*w.NUMBER_WORDS, *w.COLLECTIVES, *w.PLURAL_COLLECTIVES} - w.ONE_WORDS))
        + r")\b" + r"|\b(?:" + "|".join(sorted(w.ONE_WORDS)) + r")\s+(?:" + "|".join(ones) + r")\b",
        re.IGNORECASE)
    return _Lexicon(
        w=w, token=token, named_place=re.compile(w.NAMED_PLACE_PATTERN),
        window=re.compile("|".join(f"(?:{x})" for x in w.COUNTING_WINDOWS), re.IGNORECASE),
        any_figure=any_figure, figure_openers=(*w.APPROXIMATIONS, *w.FIGURE_OPENERS), decimal=w.DECIMAL_MARK,
        glued=re.compile(glued_unit) if glued_unit else None)


# -- tokenizer ------------------------------------------------------------------------------------
@dataclass(slots=True)
class _Tok:
    kind: str
    text: str
    low: str
    start: int
    end: int


def _tokens(text: str, lx: _Lexicon) -> list[_Tok]:
    out: list[_Tok] = []
    glued = lx.glued
    for m in lx.token.finditer(text):
        kind = m.lastgroup or "punct"
        if kind == "glued":
            kind = "word"  # unless read as a figure and its unit below: one word, no figure
            g = glued.fullmatch(m.group()) if glued is not None else None
            unit = g.group(2).lower() if g is not None else ""
            # "$5m" is five million; a bare "m" is a length only before a length word or punctuation
            # ("fell 60m down", "1.78m tall", "150m."): "5m people", "5m euros" are millions
            if (g is not None and not (out and out[-1].end == m.start())
                    and (unit not in lx.w.AMBIGUOUS_SCALES or _length_follows(text, m.end(), lx))):
                out.append(_Tok("num", g.group(1), g.group(1), m.start(), m.start() + g.end(1)))
                out.append(_Tok("word", g.group(2), lx.w.GLUED_NAMES.get(unit, unit), m.start() + g.start(2),
                                m.end()))
                continue
        out.append(_Tok(kind, m.group(), m.group().lower(), m.start(), m.end()))
    return out


def _length_follows(text: str, at: int, lx: _Lexicon) -> bool:
    """Does a length reading follow offset ``at``: the end, punctuation, or a word of LENGTH_AFTER?"""
    m = re.match(r"\s*(\w*)", text[at:])
    word = m.group(1).lower() if m else ""
    return not word or word in getattr(lx.w, "LENGTH_AFTER", frozenset())


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


def _lemma(word: str, lx: _Lexicon) -> str:
    w = word.lower().strip("'")
    syn = lx.w.THING_SYNONYMS
    if w in syn:
        return syn[w]
    if len(w) > 3 and w not in lx.w.INVARIABLE and not w.endswith("ss"):
        for suffix, repl, min_len in lx.w.PLURAL_ENDINGS:
            if w.endswith(suffix) and len(w) >= min_len:
                w = w[:-len(suffix)] + repl
                break
    return syn.get(w, w)


def _scope(text: str, lx: _Lexicon) -> str:
    low = text.lower().translate(_SPACES)
    for phrase in lx.w.NATIONAL_SCOPES:
        if phrase in low:
            return "national"
    m = lx.named_place.search(text)
    return fold(m.group(1)) if m else ""


def _window(text: str, lx: _Lexicon) -> str:
    m = lx.window.search(text)
    if not m:
        return ""
    key = fold(m.group(0))
    # a pack may spell one window several ways (COUNTING_WINDOW_FORMS); a pack without any keeps its wording
    for pattern, form in getattr(lx.w, "COUNTING_WINDOW_FORMS", ()):
        key = re.sub(pattern, form, key)
    return key


def _margin(value: float, raw: str, decimal: str) -> tuple[float, float]:
    """The rounding an exact figure allows: none for a small count, 5 % for a round figure."""
    if value >= 100 and value == int(value) and int(value) % (100 if value < 10_000 else 1000) == 0:
        return value * 0.95, value * 1.05
    if decimal in raw:  # « 6,2 »: stated to its last decimal
        step = 10 ** -len(raw.split(decimal)[-1]) / 2
        return value - step, value + step
    return value, value


def _words_before(toks: list[_Tok], i: int, n: int = 5) -> str:
    return " ".join(t.low for t in toks[max(0, i - n):i]).replace(" '", "'").replace("' ", "'")


def _bound(before: str, value: float, low: float, high: float, lx: _Lexicon) -> tuple[float, float, bool]:
    """Apply a bound or approximation word standing right before the figure."""
    b = before.rstrip() + " "
    # the longest phrase wins: « pas plus de » is an upper bound though it ends on « plus de », "no
    # more than" though it ends on "more than", « un peu plus de » an approximation
    w = lx.w
    found = [(p, value, INF) for p in w.LOWER_BOUNDS] + [(p, 0.0, value) for p in w.UPPER_BOUNDS] + [
        (p, value * lo, value * hi) for p, (lo, hi) in w.APPROXIMATIONS.items()]
    found = [f for f in found if b.endswith(f[0] + " ") or b.endswith(f[0])]
    if not found:
        return low, high, False
    _, low, high = max(found, key=lambda f: len(f[0]))
    return low, high, True


def _collective_after(toks: list[_Tok], j: int, lx: _Lexicon,
                      definite: bool) -> tuple[int, tuple[float, float] | None] | None:
    """(index, size factors) of the collective noun an article at ``j - 1`` opens (« une quarantaine »,
    « une petite centaine », « la trentaine de blessés »), or None. After a definite article it must
    count something (« de blessés »): « dans la trentaine » is an age, « la quarantaine » a sanitary measure."""
    w, n = lx.w, len(toks)
    size = None
    if j < n and toks[j].low in w.COLLECTIVE_SIZES:
        size, j = w.COLLECTIVE_SIZES[toks[j].low], j + 1
    if j >= n or toks[j].low not in w.COLLECTIVES:
        return None
    if definite and (j + 1 >= n or toks[j + 1].low not in w.COLLECTIVE_OF):
        return None
    return j, size


def _thing_after(toks: list[_Tok], j: int, lx: _Lexicon) -> tuple[str, str, int]:
    """(unit, thing, index after) of what follows a figure ending before token ``j``."""
    w = lx.w
    units = w.UNITS
    unit = ""
    n = len(toks)
    if j < n and toks[j].kind == "sym":
        unit = units.get(toks[j].low, toks[j].low)
        j += 1
        if unit == "°" and j < n and toks[j].low == "c":
            unit, j = "degré", j + 1
    elif j + 1 < n and f"{toks[j].low} {toks[j + 1].low}" in units:
        unit = units[f"{toks[j].low} {toks[j + 1].low}"]
        j += 2
    elif j < n and toks[j].low in units and toks[j].kind == "word" and not _in_a_name(toks, j):
        unit = units[toks[j].low]
        j += 1
    if j < n and toks[j].low == "²" and unit == "km":
        unit, j = "km2", j + 1
    # the complement: « 10 km de profondeur », « 20 % des voix », « 3 000 grévistes »
    k = j
    counted = _counted_after(toks, k, lx) if not unit else ""
    if counted:  # « deux sont mortes », « 3 ont été blessés », « un homme meurt »
        return unit, counted, j
    if k < n and toks[k].low in w.COMPLEMENT_PREPS:
        k += 1
        if k < n and toks[k].low in w.COMPLEMENT_ARTICLES:
            k += 1
    elif unit:
        return unit, "", j  # « 500 euros » then a verb: the unit is what is counted
    while k < n and toks[k].low in w.SKIP_ADJ:
        k += 1
    if k >= n or toks[k].kind != "word" or toks[k].low in w.FUNCTION_WORDS or toks[k].low in w.MONTHS:
        return unit, "", j
    head = toks[k].low
    if getattr(w, "DESIGNATIONS", False) and _designation_at(toks, k):
        # "12 AK 47 rifles": the model named with its number is what is counted, as "AK-47s" writes it
        return unit, f"{head}-{toks[k + 1].low}", k + 2
    if getattr(w, "PLURAL_HEADS", False) and head not in units:
        k = _plural_head(toks, k, lx)
        head = toks[k].low
    if head in units and not unit and not _in_a_name(toks, k):  # « 13,5 millions d'euros »
        return units[head], units[head], k + 1
    if head in w.MEASURES:
        return unit, w.MEASURES[head], k + 1
    lemma = _lemma(head, lx)
    if lemma in w.STREET_WORDS or head in w.STREET_WORDS or (
            toks[k].text[:1].isupper() and any(t.low in w.STREET_WORDS for t in toks[k + 1:k + 3])):
        return unit, "", k + 1  # « au 12 de la rue X », "15 Rue X", "21 Mill Street": an address, not a count
    if lemma in w.GENERIC_HEADS or head in w.GENERIC_HEADS:
        # « 12 personnes tuées », « 200 habitants ont été évacués », « 3 personnes ont été blessées »
        counted = _counted_after(toks, k + 1, lx)
        if counted:
            return unit, counted, k + 1
        for t in toks[k + 1:k + 5]:
            part = t.low[:-1] if t.low.endswith("s") and t.low[:-1] in w.COUNTED_PARTICIPLES else t.low
            if part in w.COUNTED_PARTICIPLES:
                return unit, w.THING_SYNONYMS.get(part, _lemma(part, lx)), k + 1
            if t.kind != "word" or t.low not in w.PARTICIPLE_AUXILIARIES:
                break
        toll = _toll_verb_before(toks, j, lx)
        if toll:  # « killing at least 45 people »: the verb before the figure names what it counts
            return unit, toll, k + 1
    return unit, lemma, k + 1


def _designation_at(toks: list[_Tok], k: int) -> bool:
    """Is the word at ``k`` a short capitalised name glued to a number ("AK 47", "MK 48"): a model's
    designation, whose number counts nothing?"""
    t = toks[k]
    return (t.kind == "word" and 2 <= len(t.text) <= 3 and t.text.isalpha() and t.text.isupper()
            and k + 1 < len(toks) and toks[k + 1].kind == "num" and toks[k + 1].start - t.end <= 1)


def _plural_head(toks: list[_Tok], k: int, lx: _Lexicon) -> int:
    """The head noun of an English counted phrase that opens at ``k``: a number agrees with its noun,
    so "14 foreign vessels", "three prior DUI convictions", "two speed boats" count the first plural
    word within two more words, not their first modifier ("foreign", "prior", "speed"). A noun that
    only says the others are members ("crew members") leaves the modifier as the thing. ``k`` itself
    when it is plural already, or no plural word follows closely."""
    w = lx.w

    def plural(t: _Tok) -> bool:
        low = t.low
        return (t.kind == "word" and len(low) > 3 and low.endswith("s") and not low.endswith("ss")
                and low not in w.INVARIABLE and low not in w.FUNCTION_WORDS)

    if plural(toks[k]) or any(ch.isdigit() for ch in toks[k].low):
        return k  # « AK-47 rifles »: the model is the thing, as « AK 47 rifles » reads it
    if toks[k].low in w.COUNTED_PARTICIPLES or toks[k].text[:1].isupper():
        # "three wounded soldiers" counts the wounded (a toll), "five Ukrainian soldiers" keeps whose they
        # are: the modifier is what tells two counts apart
        return k
    for m in range(k + 1, min(k + 3, len(toks))):
        t = toks[m]
        if t.kind != "word" or t.low in w.FUNCTION_WORDS or t.low in w.MONTHS or t.low in w.UNITS:
            return k
        if plural(t):
            return m - 1 if t.low in getattr(w, "MEMBER_HEADS", ()) else m
    return k


def _in_a_name(toks: list[_Tok], j: int) -> bool:
    """Is the unit word at ``j`` the start of a name ("13 Ft Hood victims", "Ft. Hood": Fort)? An
    abbreviated unit written with a capital, before a capitalised word."""
    k = j + 2 if j + 1 < len(toks) and toks[j + 1].text == "." else j + 1
    return (toks[j].text[:1].isupper() and len(toks[j].text) <= 3 and k < len(toks) and toks[k].kind == "word"
            and toks[k].text[:1].isupper())


def _toll_verb_before(toks: list[_Tok], j: int, lx: _Lexicon) -> str:
    """What a verb of toll before the figure whose tokens end at ``j`` counts (« killing at least
    45 people », "leaving 30 dead"), or ""; bounds and approximations may stand between."""
    verbs = lx.w.TOLL_VERBS_BEFORE
    if not verbs:
        return ""
    i = j - 1
    while i >= 0 and (toks[i].kind in {"num", "punct"} or toks[i].low in lx.w.NUMBER_WORDS):
        i -= 1  # the figure itself
    links = lx.w.TOLL_LINKS
    for t in reversed(toks[max(0, i - 3):i + 1]):
        if t.low in verbs:
            return str(verbs[t.low])
        if t.kind != "word" or t.low not in links:
            break  # another verb or noun between: the figure is not what the verb counts (« devant 300 personnes »)
    return ""


def _counted_after(toks: list[_Tok], k: int, lx: _Lexicon) -> str:
    """What a figure counts when a verb follows it (« deux sont mortes », « trois ont été blessés »,
    « un homme meurt », « 310 personnes ont perdu la vie »), or ""; adjectives and a « de N ans »
    complement may stand between (« un homme de 30 ans est mort »)."""
    w = lx.w
    n = len(toks)
    if (k + 2 < n and toks[k].low in w.AGE_PREPS and toks[k + 1].kind == "num"
            and toks[k + 2].low in w.YEAR_WORDS):
        k += 3
    if k < n and toks[k].low in w.COUNTED_VERBS:
        return str(w.COUNTED_VERBS[toks[k].low])
    aux = 0
    while k < n and toks[k].low in w.AUXILIARIES and aux < 2:
        k, aux = k + 1, aux + 1
    if not aux or k >= n:
        return ""
    for phrase, thing in w.COUNTED_PHRASES.items():
        if tuple(t.low for t in toks[k:k + len(phrase)]) == phrase:
            return str(thing)
    word = toks[k].low
    part = word[:-1] if word.endswith("s") and word[:-1] in w.COUNTED_PARTICIPLES else word
    if part in w.COUNTED_PARTICIPLES:
        return str(w.THING_SYNONYMS.get(part, _lemma(part, lx)))
    return ""


def _measure_before(toks: list[_Tok], i: int, lx: _Lexicon) -> str:
    """« magnitude 6,2 », « d'une magnitude de 6,2 », « âgé de 45 ans », « une profondeur de 10 km »,
    « a estimé sa magnitude à 7,2 »."""
    for t in reversed(toks[max(0, i - 3):i]):
        if t.low in lx.w.MEASURES:
            return str(lx.w.MEASURES[t.low])
        if t.kind != "word" or t.low not in lx.w.MEASURE_LINKS:
            break
    return ""


def _fronted_bearer(toks: list[_Tok], j: int, lx: _Lexicon) -> str:
    """The noun after « âgé de 45 ans, » that opens its clause (« Âgé de 45 ans, le suspect … »
    -> suspect): a comma, a determiner, then the noun. "" when the phrase is not followed so."""
    if j + 2 >= len(toks) or toks[j].text != ",":
        return ""
    k = j + 1
    if toks[k].low in lx.w.DETERMINERS:
        k += 1
    return (_lemma(toks[k].low, lx) if k < len(toks) and toks[k].kind == "word"
            and toks[k].low not in lx.w.FUNCTION_WORDS else "")


def _source_after(toks: list[_Tok], j: int, lx: _Lexicon) -> str:
    """« 800 selon la police »: the source named right after the figure, up to the next comma."""
    for k in range(j, min(j + 4, len(toks))):
        if toks[k].low in lx.w.SOURCE_WORDS:
            k += 1
            if k < len(toks) and toks[k].low in lx.w.SOURCE_LINKS:
                k += 1  # "according to"
            words = []
            for t in toks[k:k + 6]:
                if t.kind == "punct" or t.low in lx.w.SOURCE_STOPS:
                    break
                words.append(t.text)
            return " ".join(words).replace("' ", "'")
        if toks[k].kind == "punct":
            break
    return ""


def _single_count(toks: list[_Tok], j: int, lx: _Lexicon) -> bool:
    """Does « un » / « une » before token ``j`` count one person dead or hurt (« un mort », « une
    personne est morte »)? « un homme meurt » tells of someone, not a toll."""
    if j >= len(toks):
        return False
    if toks[j].low in lx.w.SINGLE_TOLLS:
        return True
    return toks[j].low in lx.w.SINGLE_COUNTED_HEADS and bool(_counted_after(toks, j + 1, lx))


def _increment(toks: list[_Tok], i: int, j: int, after: int, lx: _Lexicon) -> bool:
    """Is the figure at ``toks[i:j]`` (its counted noun ending at ``after``) an amount added to an earlier one
    (« 150 hectares de plus », « 150 hectares supplémentaires », « a encore brûlé 150 hectares », "another 150
    acres", "150 more acres")? Only a complement « de X » may stand between the noun and the marker."""
    w, n = lx.w, len(toks)
    if i >= 1 and toks[i - 1].low in w.INCREMENT_BEFORE:
        return True
    if (i >= 2 and toks[i - 2].low in w.INCREMENT_ADVERBS and toks[i - 1].kind == "word"
            and toks[i - 1].low not in w.INCREMENT_NOT_PARTICIPLES
            and re.search(w.INCREMENT_PARTICIPLE, toks[i - 1].low)):
        return True
    for k in {j, after}:
        if k < n and toks[k].low in w.INCREMENT_AFTER:
            return True
        if k >= n or toks[k].low not in w.INCREMENT_PREPS:
            continue
        # « 150 hectares de plus », « 150 hectares de pins de plus »
        pluses = [k + 1] + ([k + 3] if k + 2 < n and toks[k + 1].kind == "word" and toks[k + 1].low != "plus"
                            and toks[k + 2].low in w.INCREMENT_PREPS else [])
        if any(p < n and toks[p].low == "plus" and not (p + 1 < n and toks[p + 1].low in w.INCREMENT_NOT_AFTER_PLUS)
               for p in pluses):
            return True  # « en plus des maisons » (besides), « de plus en plus arides » are no increment
    return False


def _is_date_or_reference(toks: list[_Tok], i: int, value: float, raw: str, lx: _Lexicon) -> bool:
    w = lx.w
    nxt = toks[i + 1].low if i + 1 < len(toks) else ""
    prev = toks[i - 1].low if i > 0 else ""
    if nxt in w.MONTHS or nxt in w.TIME_AFTER or (w.DAY_AFTER_MONTH and prev in w.MONTHS):
        return True  # « 12 septembre », « 14 h », "March 12"
    if nxt in w.HOUR_WORDS and prev in w.HOUR_PREPS:
        return True  # « à 14 heures »: a time of day, not a duration
    if value == int(value) and int(value) in _YEAR and not any(c in raw for c in ", ."):
        return not _figure_in_year_range(toks, i, lx)  # a year (« en 2022 », « 2023 »)
    if prev in w.REFERENCE_BEFORE:
        return True
    if getattr(w, "DESIGNATIONS", False) and i > 0 and _designation_at(toks, i - 1) and (
            toks[i].start == toks[i - 1].end
            or (i > 1 and (toks[i - 2].kind == "num" or toks[i - 2].low in w.NUMBER_WORDS
                           or toks[i - 2].low in ("a", "an")))):
        # "9 MP 40", "an MP 40": the number of a model's name, no count; a bare "UN 50 peacekeepers", "EU 27
        # states" counts what follows (a capitalised short word before a number is as often a body's name)
        return True
    return prev == "/" or nxt == "/"  # 12/09


_YEAR = range(1800, 2101)
_TIME_UNITS = frozenset({"an", "mois", "jour", "heure", "minute"})


def _figure_in_year_range(toks: list[_Tok], i: int, lx: _Lexicon) -> bool:
    """Is a number that could be a year a figure? Before a unit that is not one of time
    (« quelque 2000 hectares », « 1500 euros »), or after an approximation or a bound and before a
    noun (« près de 2000 personnes », « plus de 1800 manifestants »)."""
    w = lx.w
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is None or nxt.kind == "punct":
        return False
    if nxt.low in w.UNITS and w.UNITS[nxt.low] not in _TIME_UNITS:
        return True
    before = _words_before(toks, i, 3) + " "
    return (nxt.kind == "word" and nxt.low not in w.FUNCTION_WORDS and nxt.low not in w.MONTHS
            and any(before.endswith(f" {p} ") or before == f"{p} " or before.endswith(f"{p}")
                    for p in lx.figure_openers))


def parse(text: str, language: str = "fr") -> list[Quantity]:
    """Every quantity stated in ``text``, in text order; ``language`` chooses the pack's words and
    how figures are written (« 1,5 » / "1.5": the French and English decimal marks)."""
    return list(_parse(text, language))


@lru_cache(maxsize=1 << 14)
def _parse(text: str, language: str) -> tuple[Quantity, ...]:
    """:func:`parse`, kept: a claim's sentence is parsed for the figures of each of its clauses, and
    alone (the ages of :func:`recoupe.claims.contradictions._subject_age`); a Quantity is frozen."""
    return tuple(_parse_text(text, language))


def _parse_text(text: str, language: str) -> list[Quantity]:
    lx = _lexicon(language)
    w = lx.w
    _num = _number_en if lx.decimal == "." else _number
    if not lx.any_figure.search(text):
        return []  # most clauses state no figure: one regex search, no tokenizing
    text = text.translate(_SPACES)
    toks = _tokens(text, lx)
    out: list[Quantity] = []
    scope = _scope(text, lx)
    window = _window(text, lx)
    number_words, multipliers = w.NUMBER_WORDS, w.MULTIPLIER_WORDS
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
            if _is_date_or_reference(toks, i, value, raw, lx):
                i += 1
                continue
            # « entre 30 et 40 », or « de 30 à 40 » (the second figure the higher)
            # « 200 à 300 migrants », « 2 ou 3 morts »: a range too, when the second is higher and no date
            if j + 1 < n and toks[j + 1].kind == "num" and (
                    (i > 0 and toks[i - 1].low == w.BETWEEN[0] and toks[j].low == w.BETWEEN[1])
                    or (toks[j].low in w.RANGE_LINKS and _num(toks[j + 1].text) > value
                        and not _is_date_or_reference(toks, j + 1, _num(toks[j + 1].text), toks[j + 1].text, lx))):
                low, high, approx = value, _num(toks[j + 1].text), True
                value = (low + high) / 2
                j += 2
        elif (t.low in number_words and j + 1 < n and toks[j].low in w.RANGE_LINKS
              and toks[j + 1].low in number_words and toks[j + 1].low not in multipliers
              and number_words[toks[j + 1].low] > number_words[t.low]
              and j + 2 < n and toks[j + 2].kind == "word" and toks[j + 2].low not in w.FUNCTION_WORDS
              and toks[j + 2].low not in w.MONTHS and toks[j + 2].low not in w.SCALES
              and toks[j + 2].low not in multipliers):
            # « deux à trois morts », « un ou deux blessés »: the range the two words span
            low, high, approx = number_words[t.low], number_words[toks[j + 1].low], True
            value = (low + high) / 2
            j += 2
        elif t.low in number_words and (t.low not in w.ONE_WORDS or (j < n and toks[j].low in w.SCALES)
                                        or _single_count(toks, j, lx)):
            # a number word counts only before a scale word or a counted noun (« deux millions », « trois
            # blessés »), or before the verb of what it counts (« deux sont mortes »); « un » and « une »
            # only before a toll (« un mort ») or a person who died (« une personne est morte »)
            nxt = toks[j] if j < n else None
            if nxt is None or nxt.kind != "word" or nxt.low in w.MONTHS or (
                    nxt.low in w.FUNCTION_WORDS and not _counted_after(toks, j, lx)):
                i += 1
                continue
            value = number_words[t.low]
            if nxt.low in multipliers and t.low not in w.SELF_MULTIPLIERS:
                value *= number_words[nxt.low]
                j += 1
            elif nxt.low in w.COLLECTIVES:  # "two dozen": 24, not two of « dozen »
                value *= w.COLLECTIVES[nxt.low]
                j += 1
        elif (t.low in w.COLLECTIVE_ARTICLES or t.low in w.DEFINITE_COLLECTIVE_ARTICLES) and (
                coll := _collective_after(toks, j, lx, definite=t.low not in w.COLLECTIVE_ARTICLES)) is not None:
            j, size = coll
            value = w.COLLECTIVES[toks[j].low]
            spread = max(value * 0.1, 4) if value < 100 else value * 0.2
            low, high, approx = value - spread, value + spread, True
            if size is not None:  # « une petite centaine »: a little under; « une bonne centaine »: a little over
                low, high = value * size[0], value * size[1]
            if i > 0 and toks[i - 1].low in w.HALF_WORDS:  # "half a dozen"
                value, low, high = value / 2, low / 2, high / 2
            bound_low, bound_high, bounded = _bound(_words_before(toks, i), value, low, high, lx)
            if bounded and bound_high == INF:  # « plus d'une douzaine »: a dozen or more
                high = INF
            elif bounded and bound_low == 0.0:  # « moins d'une centaine »
                low = 0.0
            j += 1
        elif ((t.low in w.PLURAL_DETERMINERS and j < n and toks[j].low in w.PLURAL_COLLECTIVES
               # « une dizaine de milliers »: that « de » follows a number, it opens no figure of its own
               and not (t.low in w.PLURAL_SCALE_PREPS and i > 0 and (toks[i - 1].kind == "num"
                        or toks[i - 1].low in w.COLLECTIVES or toks[i - 1].low in w.PLURAL_COLLECTIVES
                        or toks[i - 1].low in number_words)))
              or (w.BARE_PLURAL_COLLECTIVES and t.low in w.PLURAL_COLLECTIVES
                  and (i == 0 or toks[i - 1].low not in w.PLURAL_DETERMINERS))):
            # « des dizaines de blessés »; English needs no determiner ("thousands flee")
            c = j if t.low in w.PLURAL_DETERMINERS else i
            low, high = w.PLURAL_COLLECTIVES[toks[c].low]
            value, approx = low, True
            j = c + 1
            if j + 1 < n and toks[j].low in w.PLURAL_SCALE_PREPS and toks[j + 1].low in w.PLURAL_SCALES:
                mult = w.SCALES[toks[j + 1].low]
                low, high, value = low * mult, high * mult, value * mult
                j += 2
        if value is None:
            i += 1
            continue
        # a scale word: « 1,12 million », « deux milliards », « 3 mille »
        mult = 1.0
        if j < n and toks[j].low in w.SCALES and toks[j].low not in w.AMBIGUOUS_SCALES and not approx:
            mult = w.SCALES[toks[j].low]
            j += 1
        if not approx:
            raw = t.text if t.kind == "num" else ""
            if lx.decimal in raw and mult > 1:  # « 1,12 million »: stated to two decimals of a million
                step = 10 ** -len(raw.split(lx.decimal)[-1]) / 2
                low, high = (value - step) * mult, (value + step) * mult
                value *= mult
            else:
                value *= mult
                low, high = _margin(value, raw, lx.decimal)
            low, high, approx = _bound(_words_before(toks, i), value, low, high, lx)
            prev = out[-1] if out else None
            if (not approx and prev is not None and prev.high == INF and prev.low > 0 and i >= 2
                    and toks[i - 1].low in w.AND_WORDS and prev.start + len(prev.text) == toks[i - 2].end):
                high, approx = INF, True  # « au moins deux morts et 15 blessés »: at least 15 injured too
        unit, thing, after = _thing_after(toks, j, lx)
        if after < n and toks[after].low in w.AGO_WORDS:
            i = after + 1  # "five years ago": a date, not a length
            continue
        if not unit and w.CURRENCY_BEFORE and i > 0 and toks[i - 1].kind == "sym" and toks[i - 1].low in w.UNITS:
            unit, start = w.UNITS[toks[i - 1].low], toks[i - 1].start  # "$5 million"
        if unit and after + 1 < n and toks[after].low in w.RATE_WORDS and toks[after + 1].kind == "word":
            thing = f"{unit}/{_lemma(toks[after + 1].low, lx)}"  # "$2.71 per share": a rate, not an amount
            after += 2
        if unit in {"m", "km"} and after < n and toks[after].low in w.RACE_WORDS:
            i = after  # « vainqueur du 100 m dos »: a race, not a distance measured
            continue
        if (after + 1 < n and toks[after].low in w.DIFFERENCE_PREPS and toks[after + 1].low in w.DIFFERENCE_AFTER
                and thing):
            thing = ""  # « 24 tués de moins qu'en 2025 »: a difference between two counts, not a count
        if after + 1 < n and toks[after].low in w.PROPORTION_WORDS and (toks[after + 1].kind == "num"
                                                                       or toks[after + 1].low in number_words):
            thing = ""  # « trois décès sur quatre »: a proportion, not a count
        increment, from_verb = _increment(toks, i, j, after, lx), False
        measure = _measure_before(toks, i, lx)
        bearer = ""
        if measure:
            thing = measure
            if measure == "âge":  # « le suspect, âgé de 45 ans »: the noun before the measure word
                bearer = next((_lemma(t.low, lx) for t in reversed(toks[max(0, i - 6):i]) if t.kind == "word"
                               and t.low not in w.FUNCTION_WORDS and t.low not in w.MEASURES
                               and t.low not in w.ONE_WORDS), "")
                if not bearer:  # « Âgée de 51 ans, la navigatrice … »: the noun the fronted phrase describes
                    bearer = _fronted_bearer(toks, max(after, j), lx)
        elif (unit == "an" and not thing and i >= 2 and toks[i - 1].low in w.AGE_PREPS
              and toks[i - 2].kind == "word"):
            thing = "âge"  # « un homme de 45 ans »
            bearer = _lemma(toks[i - 2].low, lx) if toks[i - 2].low not in w.FUNCTION_WORDS else ""
        elif unit and not thing and (bearer := _appositive_age(toks, i, after, unit, lx)):
            thing = "âge"  # « Jean Martin, 42 ans, … »: the age of the name the commas follow
        elif unit and not thing and unit not in {"%"}:
            thing = unit
        if not thing and not unit and (age := _english_age(toks, i, j, value, lx)) is not None:
            thing, bearer, after = "âge", age[0], max(after, age[1])
        if unit == "ft" and thing in ("", unit) and (inches := _inches_at(toks, after)) is not None:
            value, low, high = value + inches[0] / 12, low + inches[0] / 12, high + inches[0] / 12
            after = inches[1]  # "5ft 10in": one height, not five feet
        if unit in getattr(w, "UNIT_CONVERSIONS", {}) and thing in ("", unit):
            # "2,000 feet" is "600 metres" told in feet: one unit, the rounding of the conversion allowed
            unit, factor = w.UNIT_CONVERSIONS[unit]
            thing, converted = unit, w.CONVERSION_MARGIN
            value, low, high = value * factor, low * factor * (1 - converted), high * factor * (1 + converted)
        else:
            converted = 0.0
        if not thing and not unit:
            # « 800 selon la police »: the thing of the figure it answers
            prev = out[-1] if out else None
            if prev is not None and _source_after(toks, j, lx) and prev.thing:
                unit, thing = prev.unit, prev.thing
            elif (toll := _toll_verb_before(toks, j, lx)) in ("mort", "blessé"):
                # "a blast that killed 12"; a bare figure after « hospitalisé le » is a day
                thing, from_verb = toll, True
        prev = out[-1] if out else None
        added = ""
        if increment and thing not in getattr(w, "ALERT_AREAS", ()) and not (
                from_verb and prev is not None and prev.thing and prev.thing != thing
                and start - (prev.start + len(prev.text)) < 40):
            # « 150 hectares de plus »: an amount added, not the total, never set against one (it keeps what
            # it adds to, so that it confirms no total either: status.disagreeing_figures). A figure counting
            # nothing of its own right after a figure of another thing is one more count ("killing three and
            # injuring another 150"), a total; one with its own noun is an increment ("destroyed 20 homes and
            # burned another 150 acres"). Areas under an alert keep theirs: the alert's list reads the same
            # markers as a change of the list, an update (claims/contradictions.py)
            added, thing = thing, ""
        out.append(Quantity(
            value=value, low=low, high=high, unit=unit, thing=thing, scope=scope, window=window,
            source=_source_after(toks, max(after, j), lx), text=text[start:toks[max(after, j) - 1].end].strip(),
            start=start, approximate=approx, bearer=bearer, converted=converted, increment=added,
        ))
        i = max(after, j)
    return out


def _inches_at(toks: list[_Tok], k: int) -> tuple[float, int] | None:
    """(inches, index after) of "10in", "10 in", "10 inches" at ``k``, the rest of a height in feet."""
    if k < len(toks) and (m := re.fullmatch(r"(\d{1,2})in(?:ch(?:es)?)?", toks[k].low)):
        return float(m.group(1)), k + 1
    if k + 1 < len(toks) and toks[k].kind == "num" and toks[k + 1].low in ("in", "inch", "inches"):
        return _number(toks[k].text), k + 2
    return None


def _age_bearer(toks: list[_Tok], m: int, lx: _Lexicon, indefinite: bool = False) -> str:
    """Whose age "N-year-old" tells, from the words after it: a name ("31-year-old Jane Doe" -> jane doe), or
    the first noun of a common noun phrase ("a 52-year-old Danish sailor" -> sailor, "a 40-year-old
    former soldier" -> soldier); "" when no noun follows, or when capitals then a word follow without
    "a" (``indefinite``) before the figure: "the 29-year-old Jane Doe fell" or "the Danish sailor"."""
    w, n = lx.w, len(toks)

    def content(t: _Tok) -> bool:
        return (t.kind == "word" and t.low not in w.FUNCTION_WORDS and t.low not in w.AUXILIARIES
                and not t.low.endswith(("ed", "ing")))

    caps: list[str] = []
    while m < n and len(caps) < 4 and content(toks[m]) and toks[m].text[:1].isupper():
        caps.append(toks[m].low)
        m += 1
    if caps and not (m < n and content(toks[m])):
        return " ".join(caps)  # a name, whole ("Jane Doe was held"): two people may share a surname
    if caps and not indefinite:
        # a word follows: "a 36-year-old South African climber" (a name takes no "a": the capitals are the
        # climber's origin, read on), else a noun or a verb: "the South African climber fell" (a word or an
        # auxiliary after it: a noun) or "the Jane Doe fell about 60m" (a figure or a function word after it:
        # a verb, the capitals a name); punctuation after it tells neither
        after = toks[m + 1] if m + 1 < n else None
        verb_next = {*w.FUNCTION_WORDS, *getattr(w, "LENGTH_AFTER", ()),
                     *(p.split()[0] for p in (*w.APPROXIMATIONS, *w.LOWER_BOUNDS, *w.UPPER_BOUNDS))} - w.AUXILIARIES
        if after is None or after.kind == "num" or after.low in verb_next:  # "slid about 60m", "died in"
            return " ".join(caps)
        if after.kind != "word":
            return ""
    if not (m < n and content(toks[m])):
        return ""
    while m + 1 < n and toks[m].low in w.SKIP_ADJ and content(toks[m + 1]):
        m += 1  # "a 40-year-old former soldier"
    # the first noun: without a parse, the word after it may as well be a verb ("climber fell")
    return _lemma(toks[m].low, lx)


def _appositive_age(toks: list[_Tok], i: int, after: int, unit: str, lx: _Lexicon) -> str:
    """The bearer (a folded name) when the figure at ``i``, in ``unit``, is an age set between commas after a
    capitalised name (« Martin, 42 ans, a été arrêté »: the pack's ``APPOSITIVE_AGE_UNIT``); "" otherwise.
    The unit after the figure tells an age from a bare count, so one name is enough (not for English,
    whose bare "Doe, 27," needs two words: :func:`_english_age`)."""
    w = lx.w
    if unit != getattr(w, "APPOSITIVE_AGE_UNIT", None) or i < 2 or toks[i - 1].text != ",":
        return ""
    if not (after < len(toks) and toks[after].text in (",", ")")):
        return ""
    name = toks[i - 2]
    if (name.kind != "word" or not name.text[:1].isupper() or name.low in w.FUNCTION_WORDS
            or name.low in w.MONTHS):
        return ""
    if i >= 3 and toks[i - 3].low in getattr(w, "APPOSITIVE_NOT_AFTER", frozenset()):
        return ""  # « à Lyon, 10 ans, de travaux »: a place, not a person
    if i == 2 and (name.low in getattr(w, "SENTENCE_ADVERBS", frozenset()) or name.low.endswith("ment")):
        return ""  # « Ensuite, 10 ans, ont passé »: the sentence's adverb
    return name.low


def _english_age(toks: list[_Tok], i: int, j: int, value: float, lx: _Lexicon) -> tuple[str, int] | None:
    """(bearer, index after) when the figure at ``i`` (its tokens ending before ``j``) is an age as
    English writes it: "a 52-year-old Danish sailor" (the bearer: :func:`_age_bearer`, "sailor";
    "31-year-old Jane Doe": "doe"), or "Jane Doe, 27, of ..." (the name before the commas: "doe"). None
    otherwise, and for packs without these forms."""
    w = lx.w
    compounds: frozenset[str] = getattr(w, "AGE_COMPOUNDS", frozenset())
    if not compounds or value != int(value) or not 0 < value < 120:
        return None
    n = len(toks)
    k = j + 1 if j < n and toks[j].low == "-" else j
    if k < n and toks[k].low in compounds:
        return _age_bearer(toks, k + 1, lx, i > 0 and toks[i - 1].low in w.AGE_INDEFINITES), k + 1
    if (getattr(w, "APPOSITIVE_AGES", False) and toks[i].kind == "num" and i >= 2 and toks[i - 1].text == ","
            and j < n and toks[j].text == ","):
        # the whole name before the commas ("Mary Smith, 64,": not "smith", a relative may share it), two
        # words or more or after a title ("Mr Smith, 66,"): one word is as often a place or a team
        # ("In Ohio, 12, ...", "Brazil, 2, ...")
        name: list[str] = []
        b = i - 2
        while (b >= 0 and len(name) < 4 and toks[b].kind == "word" and toks[b].text[:1].isupper()
               and toks[b].low not in w.MONTHS and toks[b].low not in w.NOT_A_NAME
               and toks[b].low not in w.FUNCTION_WORDS):
            name.insert(0, toks[b].low)
            b -= 1
        if b >= 1 and toks[b].text == "." and toks[b - 1].low in w.AGE_TITLES:
            b -= 1
        if name and b >= 0 and toks[b].low in w.AGE_TITLES:
            name.insert(0, toks[b].low)
        if len(name) >= 2:
            return " ".join(name), j
    return None


def of_claim(text: str, sentence: str = "", language: str = "fr") -> tuple[Quantity, ...]:
    """The quantities of a claim's clause; a figure whose counted thing is elided in the clause
    (« 800 selon la police ») takes it from the sentence the clause belongs to. ``language``: of
    the claim's article (how its figures are written)."""
    # one cache key whatever the call spells out: lru_cache keys ``(t, s)`` and ``(t, s, "fr")``
    # apart, and the claim groups and the contradictions parsed each claim once each
    return _of_claim(text, sentence, language)


@lru_cache(maxsize=8192)
def _of_claim(text: str, sentence: str, language: str) -> tuple[Quantity, ...]:
    qs = _parse(text, language)
    if sentence and any(not q.thing for q in qs) and text in sentence:
        at = sentence.index(text)
        full = [q for q in _parse(sentence, language) if at <= q.start < at + len(text)]
        if len(full) == len(qs):
            return tuple(f if not q.thing else q for q, f in zip(qs, full, strict=True))
    return tuple(qs)
