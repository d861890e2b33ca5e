"""French tense oracles: from the parse (morphology and auxiliaries) and, without a parser, from
verb endings. They decide the direction of « mardi », « en mars »: see :mod:`recoupe.nlp.timex.calendar`."""

from __future__ import annotations

import re
from typing import Any

from recoupe.lang.fr import dates as L
from recoupe.nlp.timex.engine import Tense, TenseAt, tense_at_from_doc

_FUT_SUFFIX = re.compile(r"(?:r|ser|aur|fer|ir|ier|iendr|ourr|err|aur)(?:ai|as|a|ons|ez|ont)$")
_COND_SUFFIX = re.compile(r"r(?:ais|ait|ions|iez|aient)$")
_PART_SUFFIX = re.compile(r"(?:é|ée|és|ées|i|ie|is|it|u|ue|us|ert|erte|int|ainte|eint|ort|ris|"
                          r"uit|ait|os)$")


def tense_from_doc(doc: Any) -> TenseAt:
    """Build ``tense_at`` from a parsed spaCy Doc: tense of the verb governing a char span; a bare weekday
    governed by a bare past participle takes the direction of its lemma (:func:`_bare_participle_day`)."""
    governed = tense_at_from_doc(doc, _verb_of, _tense_of)
    text = doc.text

    def at(start: int, end: int) -> Tense:
        tense = governed(start, end)
        return tense if tense is not None else _bare_participle_day(doc, text, start, end)

    return at


_WEEKDAY_SPAN = re.compile(r"(?:" + "|".join(L.WEEKDAYS) + r")(?:\s+(?:matin|midi|après-midi|soir|soirée|nuit))?",
                           re.IGNORECASE)


def _bare_participle_day(doc: Any, text: str, start: int, end: int) -> Tense:
    """The direction of a bare weekday (« samedi », « samedi soir »; no date, which has its year to lose) that a
    past participle without auxiliary governs, on a noun or as a headline's predicate: a deed done is past
    (« 100 hectares brûlés samedi »), a plan ahead is future (« grève prévue samedi »), a move is future when the
    weekday is its target (« reportée à samedi »); any other participle, None (the nearest day). A weekday after a
    target preposition (« jusqu'à samedi », « pour samedi ») is never a deed's day."""
    if not _WEEKDAY_SPAN.fullmatch(text[start:end]):
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    v = _verb_of(span.root)
    if v is None and span.start > 0:
        v = doc[span.start - 1]  # « une réunion programmée samedi »: the parser hangs the day on the noun
    if (v is None or v.morph.get("VerbForm") != ["Part"] or v.morph.get("Tense") != ["Past"]
            or any(ch.dep_ in ("aux", "aux:tense", "aux:pass", "cop") for ch in v.children)
            or (v.head is not v and v.head.pos_ in ("VERB", "AUX"))):
        return None
    lemma = v.lemma_.lower()
    before = text[max(0, start - 10):start].lower().replace("’", "'").split()
    target = bool(before) and before[-1] in L.TARGET_PREPOSITIONS
    if lemma in L.PLAN_PARTICIPLES or (target and lemma in L.MOVE_PARTICIPLES):
        return "future"
    # the noun qualified, or the one its noun complements (« une enquête pour homicide ouverte samedi »)
    nouns = {v.head.lemma_.lower(), v.head.head.lemma_.lower()}
    if not target and (lemma in L.DEED_PARTICIPLES or nouns & L.DEED_PARTICIPLES_ON.get(lemma, frozenset())):
        return "past"
    return None


def _verb_of(tok: Any) -> Any:
    cur, seen = tok, 0
    while seen < 12:
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ not in ("aux", "aux:tense", "aux:pass",
                                                              "cop"):
            return cur
        if cur.dep_ in ("cop",) or cur.head is cur:
            break
        cur = cur.head
        seen += 1
    return cur if cur.pos_ in ("VERB", "AUX") else None


def _tense_of(v: Any, depth: int = 0) -> Tense:
    form = v.text.lower()
    aux = [ch for ch in v.children if ch.dep_ in ("aux", "aux:tense", "aux:pass", "cop")]
    for a in aux:
        lem = a.lemma_.lower()
        at = _morph_tense(a)
        if lem == "aller" and v.morph.get("VerbForm") == ["Inf"]:
            return "future" if at in ("present", None) else None
        if lem in ("avoir", "être") and (v.morph.get("VerbForm") == ["Part"]
                                         or _PART_SUFFIX.search(form)):
            if (a.dep_ == "aux:pass" and lem == "être" and v.lemma_.lower() not in _ETRE_VERBS
                    and not any(ch.dep_ == "expl:comp" for ch in v.children)):
                return at  # a true passive: "est prévue", "sera jugé"
            if at == "future":
                return "future"
            if a.morph.get("Mood") == ["Cnd"] or _COND_SUFFIX.search(a.text.lower()):
                return None
            return "past"
        if a.dep_ == "cop":
            return at
    vf = v.morph.get("VerbForm")
    if vf == ["Inf"] and depth < 3 and v.head is not v and v.head.pos_ in ("VERB", "AUX"):
        if v.head.lemma_.lower() == "aller" and _morph_tense(v.head) == "present":
            return "future"  # "va annoncer"
        return _tense_of(v.head, depth + 1)
    if vf == ["Part"] and not aux:
        if any(ch.lower_ in L.PAST_ADVERBS for ch in v.children):
            return "past"  # "un ressortissant déjà sanctionné en mars"
        if v.morph.get("Tense") == ["Past"] and any(ch.dep_ == "obl:agent" for ch in v.children):
            return "past"  # « ravagée par un incendie en juillet, la forêt rouvrira »: done by then
        if v.head is not v and v.head.pos_ in ("VERB", "AUX") and depth < 3:
            return _tense_of(v.head, depth + 1)
        if v.morph.get("Tense") == ["Pres"] and depth < 3 and _gerund(v):
            # « a promis une aide en visitant lundi la vallée »: a gerund has no tense of its own, hung on
            # a noun of its clause it takes that clause's verb's; a bare participle qualifies its noun
            # (« a déposé un préavis de grève débutant lundi »: the strike starts on the coming Monday)
            gov = _governing_verb(v)
            if gov is not None:
                return _tense_of(gov, depth + 1)
        return None  # adjectival participle ("la réunion prévue le 15")
    return _morph_tense(v)


def _gerund(v: Any) -> bool:
    """Is a present participle a gerund (« en visitant », « en se rendant »): its « en » is a preposition, not
    the pronoun (« s'en prenant »)?"""
    return any(ch.lower_ == "en" and ch.pos_ != "PRON" for ch in v.children)


def _governing_verb(v: Any) -> Any:
    """The verb of the clause a participle hangs in through its nouns (« promis » for « visitant » in « a
    promis une aide en visitant »), or None."""
    cur = v.head
    for _ in range(3):
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ not in ("aux", "aux:tense", "aux:pass", "cop"):
            return cur
        if cur.head is cur or cur.pos_ not in ("NOUN", "PROPN", "PRON"):
            return None
        cur = cur.head
    return None


_ETRE_VERBS = frozenset({
    "arriver", "partir", "venir", "mourir", "décéder", "tomber", "naître", "entrer", "sortir",
    "rester", "monter", "descendre", "retourner", "devenir", "revenir", "rentrer", "survenir",
    "intervenir", "parvenir", "passer", "repartir", "ressortir", "redevenir"})


def _morph_tense(tok: Any) -> Tense:
    form = tok.text.lower()
    mood = tok.morph.get("Mood")
    tense = tok.morph.get("Tense")
    if mood == ["Cnd"] or _COND_SUFFIX.search(form):
        return None
    if tense == ["Fut"] or (len(form) > 3 and _FUT_SUFFIX.search(form) and tense != ["Past"]
                            and form not in _NOT_FUTURE):
        return "future"
    if tense in (["Past"], ["Imp"]):
        return "past"
    if tense == ["Pres"]:
        return "present"
    return None


_NOT_FUTURE = frozenset({"va", "a", "voilà", "déclara", "cela", "déjà", "para", "tira"})

_ETRE_PAST = (r"(?:arrivée?s?|partie?s?|venue?s?|morte?s?|décédée?s?|tombée?s?|née?s?|entrée?s?|"
              r"sortie?s?|restée?s?|montée?s?|descendue?s?|retournée?s?|devenue?s?|revenue?s?|"
              r"rentrée?s?|survenue?s?|intervenue?s?|parvenue?s?)")
_TXT_ETRE_PAST = re.compile(
    rf"(?<![\w])(?:(?:s['’]|se\s+)(?:est|sont|était|étaient)\s+(?:\w+\s+)?\w+|(?:est|sont|était|"
    rf"étaient|fut|furent)\s+(?:\w+\s+)?{_ETRE_PAST})(?![\w])", re.IGNORECASE)
_TXT_AUX_PAST = re.compile(
    r"(?<![\w])(?:a|ont|avait|avaient|avons|avez|as|ai|eut)"
    r"\s+(?:(?:été|pas|déjà|aussi|alors|encore|bien|ensuite|également|notamment|toujours|"
    r"finalement|enfin|même|plus|jamais|donc|ainsi|y|en|se|s['’]|l['’]|le|la|les|lui)\s+)*"
    r"\w+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ert|int|ort|uit|ait|os)(?![\w])",
    re.IGNORECASE)
_TXT_ADV_PAST = re.compile(
    r"(?<![\w])(?:" + "|".join(sorted(L.PAST_ADVERBS)) + r")\s+"
    r"\w+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ert|int|ort|uit|os)(?![\w])", re.IGNORECASE)
_TXT_FUT = re.compile(
    r"(?<![\w])(?:\w{2,}(?:er|ir|r|ser|aur|fer|iendr|ourr|err|oir)(?:ai|as|a|ons|ez|ont)|"
    r"va|vont|allons|allez|vais)(?![\w])", re.IGNORECASE)
_TXT_COND = re.compile(r"(?<![\w])\w+r(?:ait|aient)(?![\w])", re.IGNORECASE)
_TXT_NOT_FUT = frozenset({"déclara", "montra", "tira", "para", "cela", "voilà", "déjà", "va"})
_TXT_PAST_SIMPLE = re.compile(r"(?<![\w])\w+(?:èrent|irent|urent|ait|aient)(?![\w])",
                              re.IGNORECASE)


def tense_from_text(text: str) -> TenseAt:
    """A cheap ``tense_at`` without a parser: looks at verb endings in the clause of the span."""

    def at(start: int, end: int) -> Tense:
        lo = max(text.rfind(ch, 0, start) for ch in ".!?;\n«»") + 1
        his = [text.find(ch, end) for ch in ".!?;\n«»"]
        hi = min([h for h in his if h >= 0] or [len(text)])
        clause = text[lo:hi]
        rel = start - lo
        best: tuple[int, Tense] | None = None
        cues: tuple[tuple[re.Pattern[str], Tense], ...] = (
            (_TXT_AUX_PAST, "past"), (_TXT_ETRE_PAST, "past"), (_TXT_ADV_PAST, "past"), (_TXT_COND, None),
            (_TXT_FUT, "future"),
            (_TXT_PAST_SIMPLE, "past"))
        for rx, t in cues:
            for m in rx.finditer(clause):
                w = m[0].lower()
                if t == "future" and w in _TXT_NOT_FUT:
                    continue
                if t == "future" and w in ("va", "vont", "vais", "allons", "allez"):
                    nxt = clause[m.end():m.end() + 20]
                    if not re.match(r"\s+(?:\w+\s+)?\w+(?:er|ir|re)(?![\w])", nxt):
                        continue
                if t == "future" and re.search(r"(?:ait|aient|erai|ais)$", w):
                    continue
                dist = min(abs(m.start() - rel), abs(m.end() - rel))
                if best is None or dist < best[0]:
                    best = (dist, t)
        return best[1] if best else None

    return at
