"""``recoupe_modality``: the claims of a doc, each with how surely it is stated.

A claim is read from each clause head (a finite verb, a participle with its auxiliary, or a
predicate noun with a copula). Its modality is decided per clause, not per sentence:
- ``denied``: a source rejects it: a denial frame covers it (« X a démenti que ... »), a denial
  verb governs it (« le ministère dément avoir bombardé »: the claim is the denied action), or
  the clause is a denial verb with a nominal object (« a nié tout commerce d'armes »);
- ``conditional``: the journalistic conditional, from the morphology (Mood=Cnd on the verb or its
  auxiliary) or, since the tagger often labels a conditional as an imperfect, from the form itself
  (future stem + -ait/-aient: « livrerait », « chercherait », « aurait livré »);
- ``speculative``: a modal of expectation or possibility governs it (« devrait », « pourrait »),
  a verb of intention/possibility governs it (« envisage de »), a hedge modifies it
  (« possible », « probablement »), or a speculation noun frames the sentence;
- ``reported``: an attribution frame covers it and it is indicative;
- ``asserted``: the article's own voice, indicative.
The strongest wins in that order. ``planned`` marks future or intended events. A negated clause
(« ne ... pas/jamais/aucun ») keeps its modality and gets ``negated`` (its polarity): « la
mobilisation ne faiblit pas » is asserted, not denied. « ne ... que », « ne ... plus que » and
litotes (« pas sans », « pas rare ») are not negations.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy
from spacy.attrs import DEP, HEAD, IS_PUNCT, IS_SPACE, LEMMA, LIKE_NUM, LOWER, MORPH, POS
from spacy.language import Language
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.tokens import Doc, MorphAnalysis, Token

from recoupe.lang import FRENCH_AND_ENGLISH, component_language
from recoupe.lang.fr.datelines import dateline_spans
from recoupe.lang.fr.dates import ELAPSED_UNITS_DAYS, MONTHS, SEASONS, WEEKDAYS
from recoupe.lang.fr.modality import (
    ACCUSING_PARTICIPLES,
    ADMISSION_VERBS,
    ANNOUNCING_VERBS,
    CALLING_VERBS,
    CONDITION_OPENERS,
    CONDITIONAL_ENDINGS,
    CONDITIONAL_ONLY_MODALS,
    CONTROL_VERBS,
    DECISION_OBJECTS,
    DEGREE_ADVERBS,
    DENIAL_PARTICIPLES,
    DENIAL_VERBS,
    EN_NOT_STATE,
    FALSEHOOD_WORDS,
    FIRST_PERSON,
    HEDGE_EXCLUSION,
    HEDGE_FRAME_VERBS,
    HEDGES,
    IMMINENCE_NOUN,
    IRREGULAR_CONDITIONAL_STEMS,
    JUDGMENT_VERBS,
    LITOTES_AFTER_PAS,
    NE_ALONE_VERBS,
    NEGATION_WORDS,
    OBJECT_DECIDES_VERBS,
    PERFORMATIVE_SPEECH_ACTS,
    PLAN_NOUN_VERBS,
    PLANNED_LEMMAS,
    POLITE_CONDITIONALS,
    POSSESSIVES,
    PROPOSITION_NOUNS,
    REJECTING_VERBS,
    REPORTED_PASSIVES,
    RESTRICTIVE_AFTER,
    ROOT_SENSE_MODALS,
    SELF_ANNOUNCING_VERBS,
    SETTING_ASIDE_VERBS,
    SPECULATIVE_MODALS,
    SPECULATIVE_NOUNS,
    SPECULATIVE_VERBS,
    STATEMENT_NOUNS,
    TRAILING_DENIALS,
    VERDICT_PATTERN,
)
from recoupe.lang.fr.quantities import TOLL_NOUNS, TOLL_VERBS
from recoupe.lang.fr.reporting_verbs import REPORTING_VERBS
from recoupe.lang.fr.sources import RELAY_PARTICIPLES
from recoupe.nlp.attribution import Frame
from recoupe.nlp.extensions import register
from recoupe.resolve.names import fold

# « a refusé de confirmer / commenter » is a denial of what follows
REFUSED_SPEECH = {"confirmer", "commenter", "reconnaître", "admettre", "infirmer"}
CLAUSE_DEPS = {"ROOT", "conj", "ccomp", "advcl", "parataxis", "acl:relcl", "xcomp"}
NESTED_DEPS = {"conj", "ccomp", "advcl", "parataxis", "acl:relcl", "acl"}


@dataclass(slots=True)
class ClauseClaim:
    head: int  # token index of the predicate
    start: int  # token range of the clause
    end: int
    predicate: str
    subject: tuple[int, int] | None
    object: tuple[int, int] | None
    place: tuple[int, int] | None
    modality: str
    cue: str
    frame: Frame | None
    negated: bool = False
    planned: bool = False
    numbers: list[str] = field(default_factory=list)


_VERBAL = {"VERB", "AUX"}
_ARTICLES = frozenset({"le", "un", "du", "des"})
_NOUN_DEPS = frozenset({"nsubj", "nsubj:pass", "obj", "obl", "obl:arg", "obl:mod", "nmod"})
_NOMINAL = {"NOUN", "ADJ", "PROPN"}
_PREDICATES = _VERBAL | _NOMINAL
# verbs whose infinitive carries the claim (« devrait se rendre », « envisage de »)
_GOVERNING = SPECULATIVE_MODALS | SPECULATIVE_VERBS | CONTROL_VERBS - {"refuser"}
_GOVERNING_OR_PLANNED = _GOVERNING | PLANNED_LEMMAS
_READ_FROM_INFINITIVE = _GOVERNING | DENIAL_VERBS
_SPAN_FROM_GOVERNOR = SPECULATIVE_MODALS
_PLACE_PREPS = {"à", "en", "au", "aux", "dans", "vers", "sur"}


# « devoir » in a compound tense (« a dû rembourser la somme », « ont dû être relogés ») tells
# what had to be done and was, or what must have happened: not a plan
_DONE_OBLIGATION = frozenset({"dû", "du", "dus", "due", "dues"})


def _plans(lemma: str, form: str) -> bool:
    """Does a governing verb make its clause a plan (:data:`PLANNED_LEMMAS`: « doit rencontrer »,
    « prévoit de », « va célébrer »)? Not « devoir » as a past participle (« a dû quitter »)."""
    return lemma in PLANNED_LEMMAS and not (lemma == "devoir" and form in _DONE_OBLIGATION)


def _imminent(p: _Parse, i: int) -> bool:
    """Is ``i`` the noun of « être sur le point de » + infinitive (:data:`IMMINENCE_NOUN`): an act
    still to come, the claim kept on the noun (« la ministre est sur le point de démissionner »)?"""
    noun, prep = IMMINENCE_NOUN
    kids = p.children[i]
    return p.lemma[i] == noun and any(p.dep[c] == "case" and p.lower[c] == prep for c in kids) \
        and any(p.pos[c] == "VERB" and p.doc[c].morph.get("VerbForm", []) == ["Inf"] for c in kids)


def _conditional_form(form: str, lemma: str, pos: str) -> bool:
    """Future stem + imperfect ending (« livrerait », « aurait »): a conditional the tagger
    labelled an imperfect. ``lemma`` lowercased."""
    if pos not in _VERBAL or not form.endswith(CONDITIONAL_ENDINGS):
        return False
    ending = next(e for e in CONDITIONAL_ENDINGS if form.endswith(e))
    stem = form[: -len(ending)]
    if lemma in IRREGULAR_CONDITIONAL_STEMS:
        return stem.endswith(IRREGULAR_CONDITIONAL_STEMS[lemma])
    if lemma.endswith("re"):  # prendre -> prendr-ait
        return stem == lemma[:-1]
    # -er/-ir verbs: infinitive + ending (livrer -> livrer-ait, finir -> finir-ait)
    return stem == lemma or (lemma.endswith("yer") and stem == lemma[:-3] + "ier")


def is_conditional(tok: Token) -> bool:
    """Is ``tok`` a conditional form? Morphology first, then the future stem + imperfect ending."""
    if "Cnd" in tok.morph.get("Mood", []) and tok.lower_.endswith(_CND_SHAPES):
        return True
    return _conditional_form(tok.lower_, tok.lemma_.lower(), tok.pos_)


# every French conditional ends so (future stem in -r + imperfect ending): the tagger's Mood=Cnd on
# another form (« je la vois galérer ») is a tagging error
_CND_SHAPES = ("rais", "rait", "rions", "riez", "raient")


# morph key -> (conditional mood, future tense, finite), shared by all docs: the key is the hash
# of the features string, so the flags are a function of it. The tagger uses a few hundred.
_MORPH_FLAGS: dict[int, tuple[bool, bool, bool]] = {}
# hash -> string of the StringStore, shared by all docs: a hash is a function of its string, and
# decoding a string out of the store costs several times a dict lookup. Renewed when large.
_STRINGS: dict[int, str] = {}
_STRINGS_MAX = 200_000


def _strings_cache() -> dict[int, str]:
    global _STRINGS
    if len(_STRINGS) > _STRINGS_MAX:
        _STRINGS = {}  # a new dict rather than clear(): a doc being read meanwhile keeps its own
    return _STRINGS


def _compound_tail(doc: Doc, k: int) -> bool:
    """Is the hyphen at ``k`` glued between two lower-case words (« lieu » « - » « dit »)?"""
    before, after = doc[k - 1], doc[k + 1]
    return not before.whitespace_ and not doc[k].whitespace_ and before.is_alpha and before.is_lower \
        and after.is_lower


class _Parse:
    """The parse of one doc as plain Python lists indexed by token.

    The claim reader looks at every token, its children and its clause many times; each spaCy
    ``doc[i]``, ``token.children`` or ``token.head`` builds new Token objects, and each ``.dep_``
    or ``.lemma_`` a string lookup. Read once from ``doc.to_array``, the same questions are list
    lookups. ``children[i]`` lists the tokens headed by ``i`` in order, as ``Token.children`` does.
    """

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        n = len(doc)
        arr = doc.to_array([POS, DEP, LEMMA, LOWER, MORPH, IS_PUNCT, IS_SPACE, LIKE_NUM])
        pos, dep, lemma, lower, morph, punct, space, like_num = arr.T.tolist()
        strings = doc.vocab.strings
        cache = _strings_cache()

        def names(col: list[int]) -> list[str]:
            for h in set(col).difference(cache):
                cache[h] = strings[h]
            return list(map(cache.__getitem__, col))  # (map: no Python frame per token)

        self.pos = list(map(POS_NAMES.__getitem__, pos))
        # the tail of a hyphenated noun the tokenizer split (« lieu-dit », « ouï-dire », « non-dit »),
        # tagged a verb, is no clause of its own: read as one, it cut its clause before the place it names
        for k in numpy.flatnonzero(arr[:, 3] == strings["-"]).tolist():
            if 0 < k < n - 1 and self.pos[k + 1] in _VERBAL and _compound_tail(doc, k):
                self.pos[k + 1] = "NOUN"
        self.dep = names(dep)
        self.lemma = names(lemma)
        self.lower = names(lower)
        self.morph = morph
        self.punct = punct
        self.space = space
        self.like_num = like_num
        # HEAD is an offset, stored in the array's unsigned type: back to signed, then absolute
        rel = doc.to_array(HEAD).astype(numpy.int64)
        self.head = (rel + numpy.arange(n, dtype=numpy.int64)).tolist()
        self.children: list[list[int]] = [[] for _ in range(n)]
        # the tokens with an auxiliary or a copula among their children (:meth:`has_aux`, asked of
        # most predicates several times), found in the same pass
        self._with_aux: set[int] = set()
        dep_names, lemma_names = self.dep, self.lemma
        modified: set[int] = set()
        for i, h in enumerate(self.head):
            if h != i:
                self.children[h].append(i)
                d = dep_names[i]
                if d.startswith("aux") or d == "cop":
                    self._with_aux.add(h)
                elif (d == "amod" or (d == "det" and lemma_names[i] in _ARTICLES)) and i < h:
                    modified.add(h)
        # a "verb" with an article or an adjective before it, in a noun's place or as a root with a verb
        # hung after it, is a noun the parser misread (« Une grosse coulée de boue fait deux morts »:
        # « coulée » as the subject or the root verb, read as the claim's predicate or cutting it)
        # (read against the tags as parsed, so that no token's change decides another's)
        parsed = list(self.pos)
        for h in sorted(modified):
            if parsed[h] == "VERB" and h not in self._with_aux and (dep_names[h] in _NOUN_DEPS or (
                    dep_names[h] == "ROOT" and any(c > h and parsed[c] == "VERB" for c in self.children[h]))):
                self.pos[h] = "NOUN"

    def text(self, i: int) -> str:
        return self.doc[i].text

    def edges(self, i: int) -> tuple[int, int]:
        """The token range of ``i``'s subtree (``left_edge.i, right_edge.i + 1``)."""
        tok = self.doc[i]
        return tok.left_edge.i, tok.right_edge.i + 1

    def _flags(self, i: int) -> tuple[bool, bool, bool]:
        key = self.morph[i]
        flags = _MORPH_FLAGS.get(key)
        if flags is None:
            m = MorphAnalysis.from_id(self.doc.vocab, key)  # what ``token.morph`` reads
            flags = ("Cnd" in m.get("Mood", []), "Fut" in m.get("Tense", []), "Fin" in m.get("VerbForm", []))
            _MORPH_FLAGS[key] = flags
        return flags

    def conditional(self, i: int) -> bool:
        """:func:`is_conditional` of token ``i``."""
        if self._flags(i)[0] and self.lower[i].endswith(_CND_SHAPES):
            return True
        return _conditional_form(self.lower[i], self.lemma[i].lower(), self.pos[i])

    def future(self, i: int) -> bool:
        return self._flags(i)[1]

    def has_aux(self, i: int) -> bool:
        """Has ``i`` a child that is an auxiliary or a copula?"""
        return i in self._with_aux

    def finite(self, i: int) -> bool:
        return self._flags(i)[2] or self.has_aux(i)

    def in_subtree(self, i: int, root: int) -> bool:
        """Is token ``i`` in the subtree of ``root``, i.e. is ``root`` ``i`` or one of its
        ancestors? (``Token.subtree`` followed through the heads, from below.)"""
        head = self.head
        for _ in range(len(head)):
            if i == root:
                return True
            if head[i] == i:
                return False
            i = head[i]
        return False

    def clause_range(self, head: int) -> tuple[int, int]:
        """First and last + 1 token of the clause of ``head``: its subtree without nested finite
        clauses."""
        dep, pos, children = self.dep, self.pos, self.children
        found = [head]
        for t in found:  # grows as it goes: every token of the clause is visited once
            for c in children[t]:
                if dep[c] in NESTED_DEPS and pos[c] in _VERBAL and c != head and (
                        self.finite(c) or self.toll(c) or self.shares_aux(c, t) or self.consequence(c)
                        or self.apposition(c)):
                    continue
                found.append(c)
        # the sentence's final punctuation hangs from the root: it does not stretch the clause
        # over a nested clause that ends the sentence (« X s'est renversé, faisant 12 morts. »)
        words = [t for t in found if not self.punct[t]] or found
        return min(words), max(words) + 1

    def detached_participle(self, c: int) -> bool:
        """Is ``c`` a past participle in apposition after a comma (« le porte-avions, déployé
        depuis neuf mois ») — the writer's description of a noun, not a clause of its own? (The
        parser hangs it as ``acl`` of the noun or ``advcl`` of the verb.)"""
        if self.dep[c] not in {"acl", "advcl"} or self.pos[c] != "VERB" or self.has_aux(c):
            return False
        morph = self.doc[c].morph
        if "Part" not in morph.get("VerbForm", []) or "Pres" in morph.get("Tense", []):
            return False  # « ..., faisant 12 morts »: a present participle tells the clause's own event
        prev = c - 1
        while prev >= 0 and self.space[prev]:
            prev -= 1
        return prev >= 0 and self.lower[prev] == ","

    def stranded_predicate(self, c: int) -> bool:
        """Is ``c`` a noun with its copula and its subject that the parser hung under a verbless root
        (« 3 communes sont en alerte orange »: « alerte » as ``amod`` of « orange », the root)? It
        heads the sentence's one clause, which no other token heads."""
        if not self.has_aux(c) or self.pos[c] not in _NOMINAL:
            return False
        h, dep, kids = self.head[c], self.dep, self.children[c]
        # (the root after it: a root noun before it is the clause's subject the parse lost, « Dix
        # marins, dont un mousse, sont blessés », which the clause must keep)
        if h <= c or dep[h] != "ROOT" or self.pos[h] not in _NOMINAL or self.has_aux(h):
            return False
        return any(dep[k] == "cop" for k in kids) and any(dep[k].startswith("nsubj") for k in kids)

    def apposition(self, c: int) -> bool:
        """Is ``c`` a past participle that opens its sentence, set off by a comma before the clause
        whose subject it describes (« Blessé au genou, le joueur manquera le match », « Condamné à dix
        ans, l'ancien maire fait appel »)? A fact of its own about that subject, not a part of its
        clause's: the injury is not the match. (After a comma, a detached participle stays in its
        clause: cut off there, it cost more same-fact pairs on the issue-13 golds than it saved.)"""
        if self.dep[c] != "advcl" or self.pos[c] != "VERB" or self.has_aux(c) or self.head[c] < c:
            return False
        morph = self.doc[c].morph
        if "Part" not in morph.get("VerbForm", []) or "Pres" in morph.get("Tense", []):
            return False
        # « Interrogé sur ..., le ministre a répondu », « Cité par l'AFP, ... »: the frame of a statement
        if self.lower[c] in RELAY_PARTICIPLES:
            return False
        lo, hi = self.edges(c)
        # it opens the sentence (an adverb at most before it: « Partiellement détruit, ... », not one of
        # degree: « Plus contesté, ... » tells a quality), with no subject of its own (« Le stade, rénové
        # ..., accueillera » parsed with « stade » under « rénové »)
        if not self.doc[lo].is_sent_start or any(self.dep[t] != "advmod" or self.lower[t] in DEGREE_ADVERBS
                                                 for t in range(lo, c)) \
                or any(self.dep[k].startswith("nsubj") for k in self.children[c]):
            return False
        while hi < len(self.lower) and self.space[hi]:
            hi += 1
        return hi < self.head[c] and self.lower[hi] == ","

    def consequence(self, c: int) -> bool:
        """Is ``c`` a present participle detached after a comma that tells a further event of its
        clause (« l'incendie est reparti, portant à 1 500 le nombre d'hectares détruits », « ..., provoquant
        l'évacuation de 300 habitants »)? A fact of its own, not part of the main clause's; a
        gerund (« en provoquant ») is the clause's manner and stays in it."""
        if self.dep[c] == "conj" and self.pos[c] == "VERB" and self.lower[c].endswith("ant") \
                and self.head[c] < c and self.dep[self.head[c]] == "advcl":
            return self.consequence(self.head[c])  # « ..., causant deux blessés et endommageant un pont »
        # (the parser also hangs it as ``xcomp`` of the verb: « la crue a duré jusqu'à jeudi, devenant
        # la plus haute »; a comma never opens a verb's own complement)
        if self.dep[c] not in {"advcl", "xcomp"} or self.pos[c] != "VERB" or not self.lower[c].endswith("ant") \
                or self.has_aux(c) or self.pos[self.head[c]] not in _VERBAL or self.head[c] > c:
            return False
        prev = c - 1
        while prev >= 0 and self.space[prev]:
            prev -= 1
        return prev >= 0 and self.lower[prev] == ","

    def shares_aux(self, c: int, t: int) -> bool:
        """Is ``c`` a participle coordinated with ``t`` that shares its auxiliary (« a nié ..., mais
        indiqué que ... »)? It is then a clause of its own."""
        return (self.dep[c] == "conj" and self.has_aux(t) and not self.has_aux(c)
                and "Part" in self.doc[c].morph.get("VerbForm", []))

    def toll(self, i: int) -> bool:
        """Is ``i`` a participle giving the toll of its clause (« ..., faisant 12 morts »)?"""
        if self.lemma[i] not in TOLL_VERBS or not self.lower[i].endswith("ant") or self.dep[i] not in NESTED_DEPS:
            return False
        objs = [c for c in self.children[i] if self.dep[c] in {"obj", "obl:arg"}]
        return any(self.lemma[o] in TOLL_NOUNS or any(self.dep[c] == "conj" and self.lemma[c] in TOLL_NOUNS
                                                      for c in self.children[o]) for o in objs)

    def child_span(self, i: int, deps: set[str]) -> tuple[int, int] | None:
        for c in self.children[i]:
            if self.dep[c] in deps:
                return self.edges(c)
        return None

    def place(self, i: int, locs: list[tuple[int, int]]) -> tuple[int, int] | None:
        """Where the clause happens: a place entity (``locs``: LOC entity ranges) in a locative
        complement (« à Genève », « sur le site de Kourou »)."""
        lower, children = self.lower, self.children
        for c in children[i]:
            if not self.dep[c].startswith("obl") or not any(lower[g] in _PLACE_PREPS for g in children[c]):
                continue
            lo, hi = self.edges(c)
            ent = next(((s, e) for s, e in locs if lo <= s and e <= hi), None)
            if ent is not None:
                return ent
        return None

    def subject(self, i: int, ents: list[tuple[int, int]]) -> tuple[int, int] | None:
        dep = self.dep
        seen = i
        for _ in range(4):
            for c in self.children[seen]:
                if dep[c] in {"nsubj", "nsubj:pass"}:
                    if self.lower[c] in {"qui", "lequel", "laquelle"} and dep[seen] == "acl:relcl":
                        ante = self.head[seen]  # « l'Egypte (qui a refusé) » : the antecedent is the subject
                        return next(((s, e) for s, e in ents if s <= ante < e), (ante, ante + 1))
                    return self.edges(c)
            # climbs at most 4 steps (a root labelled conj/xcomp would be its own head); an opening
            # participle describes its clause's subject
            if dep[seen] in {"conj", "xcomp"} or self.consequence(seen) or self.apposition(seen):
                seen = self.head[seen]
            else:
                break
        return None

    def negated(self, i: int) -> bool:
        dep, lower, children = self.dep, self.lower, self.children
        kids = list(children[i])
        for aux in [c for c in kids if dep[c].startswith("aux") or dep[c] == "cop"]:
            kids += children[aux]
        has_ne = any(lower[c] in {"ne", "n'", "n’"} for c in kids)
        if not has_ne:
            return False
        words = [c for c in kids if lower[c] in NEGATION_WORDS and dep[c] in {"advmod", "det", "nsubj", "obj"}]
        if not words:
            words = [g for c in kids if dep[c] in {"obj", "nsubj"}
                     for g in children[c] if lower[g] in {"aucun", "aucune"}]
        if not words and self.lemma[i] in NE_ALONE_VERBS and any(lower[c] in {"ne", "n'", "n’"} for c in children[i]):
            return i + 1 < len(lower) and lower[i + 1] not in RESTRICTIVE_AFTER  # « ne peut être retenue »
        return any(not self._not_a_negation(w) for w in words)

    def _not_a_negation(self, w: int) -> bool:
        """« ne ... plus que » / « ne ... guère que » restrict (« il ne reste plus que 20 km »), and
        « pas sans », « pas rare » are litotes: none of them says the event did not happen."""
        nxt = w + 1
        while nxt < len(self.lower) and self.space[nxt]:
            nxt += 1
        if nxt >= len(self.lower):
            return False
        return self.lower[nxt] in RESTRICTIVE_AFTER or (self.lower[w] == "pas" and self.lower[nxt] in LITOTES_AFTER_PAS)

    def governor_chain(self, i: int) -> list[int]:
        # at most 4 steps up (a root labelled xcomp/ccomp would be its own head)
        chain: list[int] = []
        cur = i
        while self.dep[cur] in {"xcomp", "ccomp"} and len(chain) < 4:
            cur = self.head[cur]
            chain.append(cur)
        return chain


def _past(p: _Parse, v: int) -> bool:
    """Is verb ``v`` in a past tense: passé composé or plus-que-parfait (a participle with its
    auxiliary of tense), imparfait or passé simple?"""
    if any(p.dep[c] == "aux:tense" for c in p.children[v]):
        return True
    tense = p.doc[v].morph.get("Tense", [])
    return p.finite(v) and bool(tense) and tense[0] in {"Imp", "Past"}


def _future_in_the_past(p: _Parse, i: int, cond: int, frame: Frame, governors: list[int]) -> bool:
    """Is the conditional ``cond`` of clause ``i`` the future of indirect speech: the clause is the
    content of a verb that announces (:data:`ANNOUNCING_VERBS`) in a past tense (« a annoncé qu'il
    recevrait X », « avait assuré que les travaux seraient finis »)? Not a compound conditional
    (« a affirmé que deux soldats auraient été tués »: hearsay), not a modal (« pourrait »), not a
    clause with a condition of its own (« a dit qu'il partirait si ... ») and not under « selon »."""
    if frame.kind not in {"verb", "inverted"} or p.lemma[frame.cue_i] not in ANNOUNCING_VERBS:
        return False
    if p.lemma[cond] in SPECULATIVE_MODALS or p.dep[cond] == "aux:tense" or p.negated(frame.cue_i):
        return False
    if cond != i and not (cond in p.children[i] and p.dep[cond] == "aux:pass"):
        return False  # « a déclaré que ce serait une erreur »: a judgment, hypothetical
    if p.lemma[i] in JUDGMENT_VERBS:
        return False  # « ont déclaré que tout accord violerait les résolutions »: what it would be, not a plan
    if (frame.kind == "verb" and frame.cue_i not in governors) or p.dep[i] in {"acl", "acl:relcl", "advcl"}:
        return False  # the content clause itself, not a relative or adverbial clause inside it
    lo, hi = frame.scope_start, frame.scope_end
    if any((p.lower[t] in {"si", "s'", "s’"} and p.dep[t] == "mark")
           or (t > lo and (p.lower[t - 1], p.lower[t]) in CONDITION_OPENERS) for t in range(lo, hi)):
        return False  # a condition anywhere in what was said (« si ... », « une fois X battu »): a hypothetical
    return _past(p, frame.cue_i)


def _epistemic(p: _Parse, g: int, i: int) -> bool:
    """Does « pouvoir » (token ``g``, governing clause head ``i``) tell a possibility rather than an
    ability, a permission or an achievement? In the conditional (« pourrait »), or in the present
    indicative with a passive or copular infinitive (« peuvent être liées à », « peut être
    dangereux »); not « peut transporter », « a pu rejoindre », « pourront être appliqués »."""
    if p.conditional(g):
        return True
    if p.has_aux(g) or "Pres" not in p.doc[g].morph.get("Tense", []) or "Ind" not in p.doc[g].morph.get("Mood", []):
        return False
    if p.lower[g].startswith(IRREGULAR_CONDITIONAL_STEMS.get(p.lemma[g], "\0")):
        return False  # a future the tagger read as a present (« pourront »)
    return any(p.dep[c] in {"aux:pass", "cop"} for c in p.children[i]) or p.lemma[i] == "être"


def _polite(p: _Parse, cond: int) -> bool:
    """« je voudrais remercier », « nous aimerions »: the conditional of politeness, in the first
    person, hedges nothing."""
    return p.lemma[cond] in POLITE_CONDITIONALS and "1" in p.doc[cond].morph.get("Person", [])


def _hedge_frame(p: _Parse, g: int) -> bool:
    """Does token ``g`` frame its complement clause as a possibility: a hedge adjective or adverb
    (« possible », « probable »), a litotes of exclusion (« pas exclu »), or an impersonal verb of
    appearance (« il semble que », « il se peut que »)?"""
    lem = p.lemma[g].lower()
    if lem in HEDGES or p.lower[g] in HEDGES:
        return True
    kids = p.children[g]
    if lem in HEDGE_EXCLUSION and any(p.lower[c] in {"pas", "ne", "n'", "n’"} for c in kids):
        return True
    return lem in HEDGE_FRAME_VERBS and any(p.dep[c] == "expl:subj" or (p.dep[c] == "nsubj" and p.lower[c] == "il")
                                            for c in kids)


def _infinitive_content(p: _Parse, f: Frame) -> bool:
    """Is the content of frame ``f`` an infinitive (« appellent le gouvernement à suspendre ... »), not a
    clause in « que » or a noun phrase?"""
    for c in p.children[f.cue_i]:
        if (p.dep[c] in {"xcomp", "ccomp", "obj", "parataxis"} and p.pos[c] in _VERBAL
                and f.scope_start <= c < f.scope_end):
            return any("Inf" in p.doc[t].morph.get("VerbForm", []) for t in [c, *p.children[c]]
                       if t == c or p.dep[t].startswith("aux"))
    return False


def _own_noun(p: _Parse, f: Frame) -> bool:
    """Is the nominal content of frame ``f`` a noun of the speaker's own, by its possessive (« sa
    démission », « son départ ») or that of its « de » complement (« la fin de son mandat »)?"""
    obj = next((c for c in p.children[f.cue_i] if p.dep[c] == "obj" and f.scope_start <= c < f.scope_end), None)
    if obj is None:
        return False
    nouns = [obj, *(c for c in p.children[obj] if p.dep[c] == "nmod"
                    and any(p.lower[g] in {"de", "d'", "d’"} for g in p.children[c]))]
    return any(p.dep[d] == "det" and p.lower[d] in POSSESSIVES for n in nouns for d in p.children[n])


def _denies(p: _Parse, f: Frame, i: int) -> bool:
    """Does the denial frame ``f`` reject clause ``i``? Not when its verb rejects a decision or
    refuses a thing (« rejette le projet », « refuse l'entrée du bar »: an act, no statement is
    denied), nor, for a nominal content (« le club rejette les accusations »), a clause outside that
    noun phrase: a verb coordinated with the denial (« ... et exige un nouveau vote »), a clause
    juxtaposed to it or one of its adverbials (« ..., tandis que ... »). Other frames: yes."""
    if f.effect != "denied":
        return True
    cue = f.cue_i
    if p.lemma[cue] in OBJECT_DECIDES_VERBS | {"refuser"} and (
            _rejects_decision(p, cue) or (p.lemma[cue] == "refuser" and not _rejects_statement(p, cue))):
        return False
    if f.kind != "nominal" or _nearer_saying(p, i, cue) is not None:
        return True  # (« a nié tout conflit, mais indiqué que ... »: read below as what was indicated)
    cur = i
    for _ in range(len(p.head)):  # up to the denial verb: through which of its dependents?
        h = p.head[cur]
        if h == cur:
            return False
        if h == cue:
            return p.dep[cur] not in {"conj", "parataxis", "advcl", "advmod", "punct", "cc", "nsubj"}
        cur = h
    return False


def _act_frame(p: _Parse, f: Frame) -> bool:
    """Does frame ``f`` tell a speech act as an event in the article's voice rather than report
    words: a performative with a nominal or infinitive content (« dénonce une campagne de haine »,
    « appelle à cesser », « réclament une hausse »), the announcement of something of the
    speaker's own (« annonce sa démission »), or the admission of a deed of the speaker's own
    (« reconnaît avoir tiré »: :data:`ADMISSION_VERBS` with an infinitive)? Incises, colons and
    clauses in « que » keep reporting the speaker's words."""
    if f.kind not in {"nominal", "verb"} or f.surface:
        return False
    if f.cue in PERFORMATIVE_SPEECH_ACTS:
        return f.kind == "nominal" or _infinitive_content(p, f)
    if f.cue in SELF_ANNOUNCING_VERBS:
        return f.kind == "nominal" and _own_noun(p, f)
    if f.cue in ADMISSION_VERBS:
        return f.kind == "verb" and _infinitive_content(p, f)
    return False


def _nearer_saying(p: _Parse, i: int, cue_i: int) -> int | None:
    """A reporting verb (not a denial) between clause head ``i`` and the denial cue whose frame
    covers it: « X a nié tout souci, mais indiqué que le navire sera remplacé » reports what X
    indicated. None when the clause hangs from the denial directly."""
    between: list[int] = list(p.children[i])  # the parser may hang « indiqué que » as a mark of the clause
    cur = i
    for _ in range(6):
        nxt = p.head[cur]
        if nxt in (cur, cue_i):
            break
        cur = nxt
        between.append(cur)
    lo, hi = min(i, cue_i), max(i, cue_i)
    for t in between:
        effect = REPORTING_VERBS.get(p.lemma[t])
        if (lo < t < hi and p.pos[t] == "VERB" and effect is not None and effect != "denied"
                and p.lemma[t] not in DENIAL_VERBS):
            return t
    return None


def _denial_participle(form: str) -> bool:
    """« démenti », « démenties », « niés »: a past participle of a denial verb."""
    if form in DENIAL_PARTICIPLES:
        return True
    return any(form.endswith(x) and form[: -len(x)] in DENIAL_PARTICIPLES for x in ("es", "s", "e"))


def _rejects_decision(p: _Parse, i: int) -> bool:
    """Is the object of verb ``i`` something decided on (« a rejeté la demande de remise en
    liberté »), so that rejecting it is an act, not a denial?"""
    obj = next((c for c in p.children[i] if p.dep[c] == "obj"), None)
    if obj is None:
        return False
    # a part of a decision is one too (« l'article 2 du projet de loi », « une partie du budget »)
    nouns = (obj, *(c for c in p.children[obj] if p.dep[c] == "nmod"
                    and any(p.lower[g] in {"de", "du", "des", "d'", "d’"} for g in p.children[c])))
    if any(p.lemma[n].lower() in DECISION_OBJECTS for n in nouns):
        return True
    # a thing done or planned (« conteste la cession des actions », « rejette le rachat »): contested by an
    # act; a proposition (« conteste les faits », « rejette toute faute ») or a pronoun is denied
    return p.pos[obj] == "NOUN" and not any(p.lemma[n].lower() in PROPOSITION_NOUNS | SPECULATIVE_NOUNS
                                            for n in nouns)


def _rejects_proposition(p: _Parse, i: int) -> bool:
    """Does verb ``i`` set aside or oppose a proposition (« écarte la piste criminelle », « s'oppose aux
    conclusions des experts »): its object, or for the reflexive « s'opposer » its complement in « à »,
    one of ``PROPOSITION_NOUNS``? « écarter un joueur », « s'opposer au projet » are acts."""
    if p.lemma[i] == "opposer":
        if not any(p.lower[c] in {"se", "s'", "s’"} for c in p.children[i]):
            return False
        return any(p.dep[c] in {"obl:arg", "obl", "obl:mod", "obj"} and p.lemma[c].lower() in PROPOSITION_NOUNS
                   and any(p.lower[g] in {"à", "au", "aux"} for g in p.children[c])
                   # « s'oppose aux accusations de vouloir ... » denies an accusation, it refuses no measure
                   and (p.lemma[c].lower() in STATEMENT_NOUNS or not _to_be_done(p, c, i))
                   for c in p.children[i])
    return any(p.dep[c] == "obj" and p.lemma[c].lower() in PROPOSITION_NOUNS for c in p.children[i])


def _to_be_done(p: _Parse, n: int, verb: int) -> bool:
    """Does noun ``n`` name a thing to be done, by a present infinitive in « de » (« s'opposer au fait d'ouvrir
    une voie », « à l'idée de construire »)? Opposing it refuses a measure; a past infinitive
    (« au fait d'avoir frappé ») still tells a fact. The parser may hang the infinitive on ``verb``
    rather than on the noun: then its « de » comes right after the noun."""
    _de = {"de", "d'", "d’"}
    hung = [v for v in p.children[verb] if v > n and p.dep[v] == "xcomp"
            and any(p.lower[m] in _de and m == n + 1 for m in p.children[v])]
    return any(p.pos[v] in {"VERB", "AUX"} and p.dep[v] in {"acl", "nmod", "xcomp", "ccomp"}
               and any(p.lower[m] in _de for m in p.children[v])
               and not any(p.dep[a].startswith("aux") for a in p.children[v])
               and "Inf" in p.doc[v].morph.get("VerbForm", [])
               for v in [*p.children[n], *hung])


def _rejects_statement(p: _Parse, i: int) -> bool:
    """Does verb ``i`` take a statement noun as its bare complement (« a rejeté les affirmations »;
    the parser sometimes labels it an oblique), rather than a thing (« rejette la proposition »)?"""
    if any(p.lemma[c].lower() in STATEMENT_NOUNS and p.dep[c] in {"obj", "obl:mod", "obl", "nsubj"}
           and not any(p.dep[g] == "case" for g in p.children[c]) for c in p.children[i]):
        return True
    # the parser may hang the object elsewhere after an inserted date (« a rejeté, jeudi 3 avril, les
    # affirmations selon lesquelles ... »): the first noun after the verb, not governed by a preposition
    t = i + 1
    while t < min(i + 10, len(p.pos)):
        if p.pos[t] == "NOUN" and p.lemma[t].lower() not in _DATE_NOUNS and p.pos[t - 1] != "ADP":
            return p.lemma[t].lower() in STATEMENT_NOUNS
        t += 1
    return False


_DATE_NOUNS = frozenset({"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier", "février",
                         "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
                         "décembre", "matin", "soir", "semaine", "jour", "veille", "lendemain"})


def _content_of_rejected_statement(p: _Parse, start: int, sent_start: int) -> str:
    """The cue of the denial when the clause starting at ``start`` is the content of a statement
    noun that a denial or rejection takes as object (« X a rejeté, vendredi, les affirmations selon
    lesquelles les familles s'inquiètent », « dément les informations selon lesquelles il aurait
    démissionné »), read from the words: the parser often misplaces such a relative; "" otherwise."""
    lower = p.lower
    if start < 2 or lower[start] != "selon" or start + 1 >= len(lower) or not lower[start + 1].startswith("lesquel"):
        return ""
    noun = start - 1
    if p.lemma[noun].lower() not in STATEMENT_NOUNS:
        return ""
    for t in range(noun - 1, max(sent_start, noun - 10) - 1, -1):
        lem = p.lemma[t].lower()
        if p.pos[t] == "VERB" and (lem in DENIAL_VERBS or lem in REJECTING_VERBS) and not p.negated(t):
            return lem
    return ""


def _apposed_participle(p: _Parse, t: int, i: int) -> bool:
    """Is participle ``t`` set off by a comma from the clause of ``i``, describing another noun than
    ``i`` (« X évoque 500 000 profils, un chiffre contesté par Y », « X cite des accusations,
    démenties par Y »)? The denial is that apposition's own claim, not the clause's: X's statement
    is reported, Y contests it. A verbless headline states its participle (« Inquiétudes autour de X,
    démenties par Y »): there the denial is the claim's."""
    if t == i or p.head[t] == i or not p.finite(i):
        return False
    k = t - 1
    while k >= 0 and t - k <= 4 and (p.space[k] or p.pos[k] in {"NOUN", "DET", "ADJ"}):
        k -= 1
    return k >= 0 and p.lower[k] == ","


def _agent_frame(p: _Parse, i: int, start: int, cue: str) -> Frame | None:
    """The denier of a denial participle that heads its clause (« un chiffre contesté par
    la ligue »): the agent after « par », as the clause's source."""
    agent = next((c for c in p.children[i] if p.dep[c] == "obl:agent"), None)
    if agent is None or p.lower[i] != cue:
        return None
    lo, hi = p.edges(agent)
    while lo < hi and p.pos[lo] == "ADP":
        lo += 1
    if lo >= hi:
        return None
    return Frame(source=p.doc[lo:hi].text, source_start=lo, source_end=hi, cue=p.lemma[i].lower(), cue_i=i,
                 effect="denied", scope_start=start, scope_end=i, kind="prep")


def _rejection(p: _Parse, i: int, start: int, end: int) -> str:
    """The cue by which clause ``i`` is itself a rejection of a statement, or "":
    - a denial participle on the head (« des accusations de fraude, démenties par le maire »);
    - « rejeter / balayer » with a statement noun as object (« a rejeté les affirmations selon
      lesquelles ... »), not « rejeter une proposition »;
    - « qualifier / traiter de » a falsehood (« une affirmation que Moscou a qualifiée de mensonge »)."""
    lemma, lower = p.lemma, p.lower
    for t in range(start, end - 1):
        if (lower[t + 1] == "par" and _denial_participle(lower[t]) and not p.negated(t)
                and p.lemma[p.head[t]].lower() not in DECISION_OBJECTS  # « la réforme contestée par »: an act
                and not _apposed_participle(p, t, i)):
            return lower[t]
    lem = lemma[i]
    if lem in REJECTING_VERBS and _rejects_statement(p, i):
        return lem
    if lem in SETTING_ASIDE_VERBS and _rejects_proposition(p, i):
        return lem
    if lem in CALLING_VERBS and any(
            lemma[t].lower() in FALSEHOOD_WORDS or p.lower[t] in FALSEHOOD_WORDS for t in range(i + 1, end)):
        return lem
    return ""


def read_claims(doc: Doc) -> list[ClauseClaim]:
    frames: list[Frame] = doc._.frames or []
    # a frame read from the surface keeps its verb's clause: the parse made it one (« Fin août,
    # Washington a déclaré » dates the saying)
    frame_cues = {f.cue_i for f in frames if f.kind in {"verb", "inverted", "colon"} and not f.surface}
    claims: list[ClauseClaim] = []
    ents = list(doc.ents)  # doc.ents builds new Spans on each access: once per doc
    ent_ranges = [(e.start, e.end) for e in ents]
    locs = [(e.start, e.end) for e in ents if e.label_ == "LOC"]
    p = _Parse(doc)
    pos, dep, lemma, lower, head, children = p.pos, p.dep, p.lemma, p.lower, p.head, p.children
    punct, space = p.punct, p.space
    acts = {id(f): _act_frame(p, f) for f in frames}
    for sent in doc.sents:
        spec_nouns = [t for t in range(sent.start, sent.end) if lemma[t] in SPECULATIVE_NOUNS]
        for i in range(sent.start, sent.end):
            if pos[i] not in _PREDICATES:  # (before the two tests below: most tokens stop here)
                continue
            toll = p.toll(i)
            apposition = p.apposition(i)
            if dep[i] not in CLAUSE_DEPS and not toll and not apposition and not p.stranded_predicate(i):
                continue
            kids = children[i]
            # a noun heads a clause with its copula, or with a finite « avoir » the parser took for its
            # auxiliary (« que l'armée a le « contrôle » du port »: the verb and its object)
            if pos[i] in _NOMINAL and not any(dep[c] == "cop" or (dep[c] == "aux:tense" and lemma[c] == "avoir"
                                                                  and p.finite(c)) for c in kids):
                continue
            if i in frame_cues and lemma[i] != "refuser" and (REPORTING_VERBS.get(lemma[i]) != "denied" or any(
                    dep[c] in {"ccomp", "xcomp"} and pos[c] in _VERBAL for c in kids)):
                continue  # the reporting frame itself is not a claim; a denial's content clause is
            governors = p.governor_chain(i)
            # a participle sharing its auxiliary with the verb before it (« a été interpellé et
            # conduit au commissariat ») is a second fact of the same subject, as is a detached
            # present participle (« ..., provoquant l'évacuation de 300 habitants »)
            shared = dep[i] == "conj" and p.shares_aux(i, head[i])
            if not p.finite(i) and not governors and not toll and not shared and not p.consequence(i) \
                    and not apposition:
                continue
            if pos[i] in _NOMINAL and any(
                dep[c] in {"nsubj", "expl:subj"} and lower[c] in {"ce", "c'", "c’", "il"} for c in kids
            ):
                continue  # a cleft or presentational frame (« c'est ... que », « il s'agit »), not a claim
            if _hedge_frame(p, i) and any(dep[c] in {"ccomp", "csubj"} for c in kids):
                continue  # « il n'est pas exclu que ... »: the frame of a hedged clause, not a claim
            if lemma[i] in _READ_FROM_INFINITIVE and any(dep[c] == "xcomp" and pos[c] == "VERB" for c in kids):
                continue  # « devrait se rendre », « dément avoir bombardé »: read from the infinitive
            if dep[i] == "xcomp" and not any(lemma[g] in _GOVERNING_OR_PLANNED | DENIAL_VERBS for g in governors):
                continue
            start, end = p.clause_range(i)
            if pos[i] in _VERBAL and head[i] < i and dep[head[i]] == "ROOT" and pos[head[i]] in _NOMINAL \
                    and not p.has_aux(head[i]) and not any(dep[c].startswith("nsubj") for c in kids):
                # the verb of a misread subject noun (above): the noun phrase before it is its subject
                lo = p.edges(head[i])[0]
                if lo < start and not any(punct[t] for t in range(lo, i)):
                    start = lo
            if head[i] == end and dep[i] not in CLAUSE_DEPS:
                end += 1  # a stranded predicate's root word just after it (« en vigilance | orange »)
            # a clause read from the infinitive of a modal is the modal's clause: its subject and the
            # modal belong to it (« le sommet pourrait être reporté », not « être reporté »)
            modal = next((g for g in reversed(governors) if lemma[g] in _SPAN_FROM_GOVERNOR), None)
            if modal is not None and all(lemma[g] in _SPAN_FROM_GOVERNOR for g in governors[:governors.index(modal)]):
                gs, ge = p.clause_range(modal)
                start, end = min(start, gs), max(end, ge)
            # « "A", a-t-il ajouté, "B" »: the incise that reports the clause ends it, whatever the
            # parse hung on the clause's head (the incise verb, its source, the words after it)
            incise = next((f for f in frames if f.kind == "inverted" and f.scope_start <= i < f.scope_end
                           and f.scope_end <= f.cue_i and start < f.cue_i < end), None)
            if incise is not None:
                end = min(end, incise.scope_end)
            while end > start and (punct[end - 1] or space[end - 1]):
                end -= 1
            while start < end and (punct[start] or space[start] or pos[start] == "CCONJ"):
                start += 1
            if end - start < 2:
                continue
            auxes = [c for c in kids if dep[c].startswith("aux") or dep[c] == "cop"]
            # the auxiliaries of the verbs it is read from count too (« qui auraient tenté de se jeter »)
            verb_forms = [i, *auxes, *governors, *(c for g in governors for c in children[g]
                                                   if dep[c].startswith("aux") and pos[c] == "AUX")]
            if shared:  # the shared auxiliary's mood and tense are the participle's
                verb_forms += [c for c in children[head[i]] if dep[c].startswith("aux") and pos[c] == "AUX"]
            # the innermost frame speaks (« des médias ont rapporté que X avait soutenu que ... »: X's).
            # A speech act told as an event (« appellent le gouvernement à suspendre ... ») reports no words: the
            # next frame out speaks, else the act's actor stays its source, in the article's voice
            covering = [f for f in frames if f.covers(i) and _denies(p, f, i)]
            frame = min((f for f in covering if not acts[id(f)]), key=lambda f: f.scope_end - f.scope_start,
                        default=None) or min((f for f in covering if acts[id(f)]),
                                             key=lambda f: f.scope_end - f.scope_start, default=None)
            # « a refusé de confirmer » is an act of the actor in the article's voice, not a denial
            if lemma[i] == "refuser" and frame is not None and frame.cue_i == i:
                frame = None
            # negation reaches down through modals and control verbs (« ne peut pas venir »), not
            # into a complement clause (« ce n'est pas la première fois que X reçoit »)
            negated = p.negated(i) or any(p.negated(g) for g in governors if dep[i] == "xcomp") or (
                shared and p.negated(head[i]))
            modality, cue, planned = "asserted", "", False
            if frame is not None:
                modality, cue = ("asserted", "") if acts[id(frame)] else ("reported", frame.cue)
                if acts[id(frame)] and frame.cue in ADMISSION_VERBS:
                    cue = frame.cue  # the admission rests on its admitter's word (claims.status)
                # a negated reporting verb reports nothing (« rien n'indique que ... », « n'a pas confirmé
                # que ... »): its content is raised, stated by no one
                if (modality == "reported" and frame.kind == "verb" and frame.effect == "reported"
                        and p.negated(frame.cue_i)):
                    modality = "speculative"
            # a speculation noun frames the clause it heads or governs (« des spéculations font
            # état de ... », « la possibilité de ... »), not its whole sentence
            framing = next((t for t in spec_nouns if (head[t] == i and dep[t].startswith("nsubj"))
                            or p.in_subtree(i, t)), None)
            if framing is not None:
                modality, cue = "speculative", p.text(framing)
            # « semble inévitable », « paraît acquis »: a copula of appearance hedges its predicate
            if any(lemma[a] in HEDGE_FRAME_VERBS - {"pouvoir"} for a in auxes if dep[a] == "cop"):
                modality, cue = "speculative", next(p.text(a) for a in auxes if lemma[a] in HEDGE_FRAME_VERBS)
            # a hedge on the predicate itself, not on some adjunct of the clause
            heads = {i, *auxes}
            hedge = next((c for c in range(start, end) if lower[c] in HEDGES and head[c] in heads), None)
            if hedge is not None:
                modality, cue = "speculative", p.text(hedge)
            # a clause that a hedge frames (« il est possible que ... », « il semble que ... »)
            if dep[i] in {"ccomp", "csubj"} and _hedge_frame(p, head[i]):
                modality, cue = "speculative", p.text(head[i])
            # a negated modal states an impossibility, it hedges nothing (« ne peut pas encore être
            # imputé avec certitude »: asserted, with negative polarity)
            spec_gov = next((g for g in governors if lemma[g] in SPECULATIVE_VERBS or (
                lemma[g] in SPECULATIVE_MODALS and not p.negated(g)
                and not (lemma[g] in CONDITIONAL_ONLY_MODALS and not p.conditional(g))
                and not (lemma[g] in ROOT_SENSE_MODALS and not _epistemic(p, g, i)))), None)
            if spec_gov is not None:
                modality, cue = "speculative", p.text(spec_gov)
            # the content of an accusation told as a participle of the accused (« des entités
            # accusées de chercher à ... »): reported, whoever accuses; never the article's own fact
            accused = next((g for g in governors if dep[g] == "acl" and lemma[g] in ACCUSING_PARTICIPLES), None)
            if accused is not None and modality == "asserted":
                modality, cue = "reported", p.text(accused)
            # a reporting verb with a nominal object is itself a reported statement of its subject
            # (« dénonce une campagne de haine », « annonce sa démission »: an act its actor performs, told
            # in the article's voice, the actor its source)
            own = next((f for f in frames if f.kind == "nominal" and f.cue_i == i), None)
            if own is not None and modality == "asserted" and (frame is None or acts[id(frame)]):
                frame = own
                if not acts[id(own)]:
                    modality, cue = "reported", own.cue
            if modality == "asserted" and lemma[i] in REPORTED_PASSIVES and any(dep[c] == "aux:pass" for c in kids):
                modality, cue = "reported", lemma[i]
            cond = next((v for v in verb_forms if p.conditional(v)), None)
            if cond is not None and _polite(p, cond):
                cond = None
            if (cond is not None and modality == "reported" and hedge is None and frame is not None
                    and _future_in_the_past(p, i, cond, frame, governors)):
                planned = True  # « a annoncé qu'il recevrait X »: reported, still to come
            elif cond is not None and lemma[cond] not in SPECULATIVE_MODALS:
                modality, cue = ("speculative", p.text(hedge)) if hedge is not None else ("conditional", p.text(cond))
            elif cond is not None:
                modality, cue = "speculative", p.text(cond)
            # an active denial verb ("le maire a nié"), not a passive, hedged or negated one
            # ("pourrait être contesté", "n'a pas démenti")
            denial_verb = lemma[i] in DENIAL_VERBS and spec_gov is None and not negated and not any(
                dep[c] in {"aux:pass", "nsubj:pass"} for c in kids) and not (
                lemma[i] in OBJECT_DECIDES_VERBS and _rejects_decision(p, i))  # « conteste la réforme »: an act
            # the denied action itself (« le ministère dément avoir bombardé le camp »)
            denier = next((g for g in governors if lemma[g] in DENIAL_VERBS and not p.negated(g)), None)
            if denial_verb:
                modality, cue = "denied", lemma[i]
            elif denier is not None:
                modality, cue = "denied", lemma[denier]
            elif (frame is not None and frame.effect == "denied" and not p.negated(frame.cue_i)
                  and frame.cue_i == i and p.lemma[i] in OBJECT_DECIDES_VERBS | {"refuser"}
                  and (_rejects_decision(p, i) or (p.lemma[i] == "refuser" and not _rejects_statement(p, i)))):
                # « le juge a rejeté la demande », « a refusé l'invitation »: an act, not a denial
                modality, cue = "asserted", ""
            elif frame is not None and frame.effect == "denied" and not p.negated(frame.cue_i):
                relay = _nearer_saying(p, i, frame.cue_i)
                # « a nié tout souci, mais indiqué que ... »: the content is what was indicated
                modality, cue = ("denied", frame.cue) if relay is None else ("reported", lemma[relay])
            if modality != "denied" and not negated and spec_gov is None:
                rejected = _rejection(p, i, start, end) or _content_of_rejected_statement(p, start, sent.start)
                if rejected:
                    modality, cue = "denied", rejected
                    # the denier of its own participle speaks, not a frame around the sentence
                    frame = _agent_frame(p, i, start, rejected) or frame
            first = next((c for t in [i, *governors] for c in children[t]
                          if dep[c] in {"nsubj", "nsubj:pass"} and lower[c] in FIRST_PERSON), None)
            if modality == "asserted" and frame is None and first is not None:
                # « j'ai vendu ma maison », « nous pourrons ouvrir l'école »: a news text speaks in
                # the first person only when it quotes someone, marks or no marks
                modality, cue = "reported", lower[first]
            if frame is not None and frame.effect == "speculative" and modality in {"reported", "asserted"}:
                modality, cue = "speculative", frame.cue
            if apposition and modality == "denied":
                # a denial rejects its statement, not the writer's description of its subject
                # (« Visé par une plainte, le maire dément toute fraude »): told in the article's voice
                modality, cue, frame = "asserted", "", None
            if modality == "denied":
                # the finding a denial rejects, told with its holder (« conteste la circonstance retenue
                # par les juges »): the holder's finding is a claim of its own, in the article's voice
                end = _split_finding(p, claims, i, start, end, ent_ranges, locs)
                # nor the writer's framing before its subject (« Deux ans après la disparition de X, 12 ans,
                # aperçu près d'un lac, la défense s'oppose à ... »)
                start = _split_fronted(p, claims, i, start, end, ent_ranges, locs)
                # a denial rejects its statement, not the writer's description of one of its
                # nouns (« ... à bord du porte-avions, déployé depuis neuf mois »): that apposition
                # is told in the article's voice, as a claim of its own
                end = _split_apposition(p, claims, start, end, ent_ranges, locs)
            planned = (
                planned
                or any(p.future(v) for v in verb_forms)
                or any(_plans(lemma[g], lower[g]) for g in governors)
                # the claim kept on the planning verb itself (« va célébrer », « doit rencontrer »)
                or (_plans(lemma[i], lower[i]) and any(dep[c] == "xcomp" and pos[c] == "VERB" for c in children[i]))
                or (lemma[i] in PLAN_NOUN_VERBS and any(dep[c] == "obj" and pos[c] == "NOUN" for c in children[i]))
                or any(lemma[c] == "intention" for c in children[head[i]] if dep[i] == "acl")
                or _imminent(p, i)
            )
            numbers = [p.text(t) + (" " + p.text(t + 1) if t + 1 < end and pos[t + 1] == "NOUN" else "")
                       for t in range(start, end) if p.like_num[t] and pos[t] == "NUM"]
            claims.append(ClauseClaim(
                head=i, start=start, end=end, predicate=lemma[i].lower(),
                subject=p.subject(i, ent_ranges), object=p.child_span(i, {"obj", "obl:arg", "xcomp"}),
                place=p.place(i, locs), modality=modality, cue=cue, frame=frame, negated=negated,
                planned=planned, numbers=numbers,
            ))
    _scope_fallback(p, frames, claims, ent_ranges, locs)
    _headline_fallback(p, doc, frames, claims, ent_ranges, locs)
    _trailing_denials(p, doc, claims)
    _mistagged_denials(p, claims)
    _quoted_headlines(p, doc, frames, claims, ent_ranges, locs)
    _quoted_verdicts(p, doc, frames, claims)
    _colon_appositions(p, doc, claims, locs)
    _colon_tolls(p, doc, claims, locs)
    _split_enumerations(p, claims, ent_ranges, locs)
    return claims


_OPENING_QUOTES = {"«", "“", '"'}
_CLOSING_QUOTES = {"»", "”", '"'}


def _numbers(p: _Parse, lo: int, hi: int) -> list[str]:
    return [p.text(t) + (" " + p.text(t + 1) if t + 1 < hi and p.pos[t + 1] == "NOUN" else "")
            for t in range(lo, hi) if p.like_num[t] and p.pos[t] == "NUM"]


def _part_predicate(p: _Parse, lo: int, hi: int) -> int | None:
    """The predicate of a headline part ``lo..hi``: a verb or participle, else a count (« 12 trains
    supprimés », « deux blessés », a figure the tagger left unattached: « retrait de 3 000 jouets »);
    None for a bare noun phrase (« les dessous du départ de X »: a label, not a claim)."""
    head = next((t for t in range(lo, hi) if p.pos[t] == "VERB"), None)
    if head is None:
        head = _nucleus(p, lo - 1, hi, opening=False)
    if head is None:  # a count, not one inside an adjunct (« après trois jours de grève »)
        head = next((t for t in range(lo, hi) if p.pos[t] in _NOMINAL and lo <= t < hi and (
            any(p.dep[k] == "nummod" for k in p.children[t])
            or any(p.like_num[k] and p.head[k] == t for k in range(lo, t)))
            and all(p.lower[k] in {"de", "d'", "d’"} for k in p.children[t] if p.dep[k] == "case")), None)
    return head


def _opening_quotation(p: _Parse, start: int, end: int, min_tokens: int) -> tuple[int, int, int] | None:
    """A sentence (tokens ``start``..``end``) that opens on a quotation of at least ``min_tokens``
    tokens: (its opening mark, its closing mark, the first token after it that is no space), else
    None."""
    lo = start
    while lo < end and p.space[lo]:
        lo += 1
    if lo >= end or p.lower[lo] not in _OPENING_QUOTES:
        return None
    close = next((t for t in range(lo + 1, end) if p.lower[t] in _CLOSING_QUOTES), None)
    if close is None or close - lo < min_tokens:
        return None
    after = close + 1
    while after < end and p.space[after]:
        after += 1
    return lo, close, after


def _quoted_headlines(p: _Parse, doc: Doc, frames: list[Frame], claims: list[ClauseClaim],
                      ents: list[tuple[int, int]], locs: list[tuple[int, int]]) -> None:
    """« "Nous sommes épuisés" : des soignants en grève dans trois hôpitaux »: a headline that opens on a
    quotation and a colon puts someone's words before the outlet's own. The parser often reads both
    as one clause; the quotation becomes a claim of its own, read as the quoted speaker's words
    (:func:`recoupe.nlp.extract.analyse` reports a clause inside a quotation), and what follows the
    colon another, in the article's voice, when it has a predicate of its own (« : des soignants
    en grève »). A bare noun phrase after the colon is left as it was read."""
    added: list[ClauseClaim] = []
    for sent in doc.sents:
        opening = _opening_quotation(p, sent.start, sent.end, 3)
        if opening is None:
            continue
        lo, close, colon = opening
        if colon >= sent.end - 2 or p.lower[colon] != ":":
            continue
        for c in [c for c in claims if lo <= c.start <= close and c.end > colon + 1]:
            quoted, rest = (c.start, close), (colon + 1, c.end)
            while rest[0] < rest[1] and (p.punct[rest[0]] or p.space[rest[0]]):
                rest = (rest[0] + 1, rest[1])
            others = [o.head for o in claims if o is not c]
            if c.head < close:
                # the claim is the quotation; the rest, a claim of its own if it has a predicate, no
                # other claim tells it, and it runs to the sentence's end (else the parse broke it off
                # another clause). A rest without a predicate (« : le long silence de la ministre »)
                # stays in the claim: a label, but the headline's only words on its news
                part, head = rest, _part_predicate(p, *rest)
                whole = all(p.punct[t] or p.space[t] for t in range(rest[1], sent.end))
                if head is None and whole and rest[1] - rest[0] >= 2:
                    continue
                c.start, c.end = quoted
                c.place = next(((s, e) for s, e in locs if c.start <= s and e <= c.end), None)
                if rest[1] - rest[0] < 2 or any(rest[0] <= h < rest[1] for h in others) or not whole:
                    head = None
            else:
                c.start, c.end = rest  # the claim is the rest; the quotation, a claim of its own
                part, head = quoted, next((t for t in range(quoted[0], quoted[1]) if p.pos[t] in _PREDICATES),
                                          quoted[0])
                if any(quoted[0] <= h < quoted[1] for h in others):
                    head = None
            c.numbers = _numbers(p, c.start, c.end)
            if head is None:
                continue
            frame = next((f for f in frames if f.covers(head)), None)
            added.append(ClauseClaim(
                head=head, start=part[0], end=part[1], predicate=p.lemma[head].lower(),
                subject=next(((s, e) for s, e in ents if part[0] <= s and e <= head), None), object=None,
                place=next(((s, e) for s, e in locs if part[0] <= s and e <= part[1]), None),
                modality="reported" if frame is not None else "asserted", cue=frame.cue if frame is not None else "",
                frame=frame, negated=p.negated(head), planned=p.future(head), numbers=_numbers(p, *part),
            ))
    if added:
        claims.extend(added)
        claims.sort(key=lambda c: c.start)


_VERDICT = re.compile(VERDICT_PATTERN)


def quoted_verdict(text: str) -> bool:
    """Is ``text`` (a quotation's words) no more than a verdict that what was said is groundless or
    false (« Dénuées de fondement », « Totalement faux »)?"""
    return bool(_VERDICT.match(fold(text)))


def _quoted_verdicts(p: _Parse, doc: Doc, frames: list[Frame], claims: list[ClauseClaim]) -> None:
    """« "Sans fondement" : accusé de fraude par ses associés, le maire répond »: a sentence that opens on
    a quotation holding only a verdict of groundlessness or falsehood, followed by a colon or a comma,
    is its speaker's denial of what the sentence goes on to tell. The verdict's claim is ``denied``
    (the parse may have made it an asserted noun phrase, or no claim at all: then it is added); who
    speaks is found as for any headline quotation (:func:`recoupe.nlp.extract.analyse`)."""
    added: list[ClauseClaim] = []
    for sent in doc.sents:
        opening = _opening_quotation(p, sent.start, sent.end, 2)
        if opening is None:
            continue
        lo, close, after = opening
        if after >= sent.end - 1 or p.lower[after] not in {":", ","}:
            continue
        words = [t for t in range(lo + 1, close) if not (p.punct[t] or p.space[t])]
        if not words or not quoted_verdict(" ".join(p.text(t) for t in words)):
            continue
        inside = [c for c in claims if lo <= c.start <= close]
        for c in inside:
            if c.head > close:  # « "Totalement faux", a réagi X » read as one clause: the saying keeps the rest
                rest = after + 1
                while rest < c.end and (p.punct[rest] or p.space[rest]):
                    rest += 1
                c.start = rest
                continue
            if c.end <= after + 1:  # a verdict read with what follows it is left as the parse read it
                c.modality, c.cue = "denied", p.lower[c.head]
        if any(c.start <= close for c in inside):
            continue
        head = next((t for t in words if p.pos[t] in _PREDICATES), words[-1])
        frame = next((f for f in frames if f.covers(head)), None)
        added.append(ClauseClaim(
            head=head, start=words[0], end=words[-1] + 1, predicate=p.lemma[head].lower(), subject=None,
            object=None, place=None, modality="denied", cue=p.lower[head], frame=frame,
        ))
    if added:
        claims.extend(added)
        claims.sort(key=lambda c: c.start)


_TOLL_TAIL_MAX = 6  # tokens of a toll after a headline's colon (« : trois morts et deux blessés graves »)


def _colon_tolls(p: _Parse, doc: Doc, claims: list[ClauseClaim], locs: list[tuple[int, int]]) -> None:
    """« Un car se renverse dans un ravin : deux morts »: a toll alone after a headline's colon is a
    fact of its own (the deaths), apart from the event the clause before it tells. Read as one claim,
    the clause takes the toll's figure and never meets the accounts of the deaths. The toll (a figure,
    possibly bounded, and a toll noun, up to the sentence's end) becomes a claim; the clause keeps what
    precedes the colon. Only when a verb's claim is headed before the colon: a verbless headline
    (« Incendie d'une usine : trois morts ») is already a claim on its toll."""
    colon_tolls(p, doc, claims, locs, _toll_noun)


def _toll_noun(p: _Parse, lo: int, hi: int) -> int | None:
    """The toll noun of a French tail ``lo..hi`` after a colon (« deux morts », « un blessé »), None
    when the tail is not a toll alone."""
    if not _opens_part(p, lo, hi) or p.pos[lo] == "PROPN":
        return None
    noun = next((t for t in range(lo + 1, hi) if (p.pos[t - 1] == "NUM" or p.lower[t - 1] in {"un", "une"})
                 and p.lemma[t] in TOLL_NOUNS), None)
    if noun is None or any(p.pos[t] in _VERBAL for t in range(lo, hi)):
        return None
    return noun


def colon_tolls(p: _Parse, doc: Doc, claims: list[ClauseClaim], locs: list[tuple[int, int]],
                toll_noun: Callable[[_Parse, int, int], int | None]) -> None:
    """Split the toll after a headline's colon off the clause before it, in any language: the
    language gives ``toll_noun`` (the toll's noun in a tail, None when the tail is no toll alone)."""
    added: list[ClauseClaim] = []
    for sent in doc.sents:
        colon = next((t for t in range(sent.end - 1, sent.start, -1) if p.lower[t] == ":"), None)
        if colon is None:
            continue
        lo, hi = colon + 1, sent.end
        while lo < hi and p.space[lo]:
            lo += 1
        while hi > lo and (p.punct[hi - 1] or p.space[hi - 1]):
            hi -= 1
        if not 2 <= hi - lo <= _TOLL_TAIL_MAX:
            continue
        noun = toll_noun(p, lo, hi)
        if noun is None:
            continue
        owner = next((c for c in claims if sent.start <= c.start and sent.start <= c.head < colon
                      and p.pos[c.head] in _VERBAL), None)
        if owner is None or any(lo <= c.head < hi or (c is not owner and c.start < hi and lo < c.end)
                                for c in claims):
            continue
        if owner.end > colon:  # the clause ran over the colon: it keeps what precedes it
            end = colon
            while end > owner.start and (p.punct[end - 1] or p.space[end - 1]):
                end -= 1
            owner.end = end
            owner.numbers = _numbers(p, owner.start, owner.end)
        added.append(ClauseClaim(
            head=noun, start=lo, end=hi, predicate=p.lemma[noun].lower(), subject=None, object=None,
            place=next(((s, e) for s, e in locs if lo <= s and e <= hi), None), modality=owner.modality,
            cue=owner.cue, frame=owner.frame, negated=False, numbers=_numbers(p, lo, hi),
        ))
    if added:
        claims.extend(added)
        claims.sort(key=lambda c: c.start)


def _colon_appositions(p: _Parse, doc: Doc, claims: list[ClauseClaim], locs: list[tuple[int, int]]) -> None:
    """« Tour cycliste : blessé au genou, le leader abandonne », « "Sans fondement" : accusé de fraude par ses
    associés, le maire répond »: a past participle that opens the part after a headline's colon, set off by
    a comma before the clause whose subject it describes, is a fact of its own about that subject, as at
    the head of a sentence (:meth:`_Parse.apposition`), told in the article's voice. The parser hangs
    it anywhere (on the label before the colon, on the main verb); the participle up to the comma
    becomes a claim, and a claim that ran it into the main clause keeps the main clause only."""
    added: list[ClauseClaim] = []
    for sent in doc.sents:
        colon = next((t for t in range(sent.start, sent.end) if p.lower[t] == ":"), None)
        if colon is None:
            continue
        t = colon + 1
        while t < sent.end and p.space[t]:
            t += 1
        if t >= sent.end or not _participle(p, t) or "Pres" in p.doc[t].morph.get("Tense", []) \
                or p.lower[t] in RELAY_PARTICIPLES:
            continue
        comma = next((k for k in range(t + 1, sent.end) if p.lower[k] in {",", ":", ";"}), None)
        if comma is None or p.lower[comma] != ",":
            continue
        if any(p.pos[k] in _VERBAL and p.finite(k) for k in range(t + 1, comma)):
            continue  # a clause of its own (« : arrêté, il avoue »: its verb after the comma)
        # the clause it describes: a claim whose predicate follows the comma, with a subject
        main = next((c for c in claims if comma < c.head < sent.end and c.subject is not None
                     and c.subject[0] > comma), None)
        if main is None or main.subject is None or any(t <= c.head < comma for c in claims):
            continue
        subject = main.subject
        hi = comma
        while hi > t and (p.punct[hi - 1] or p.space[hi - 1]):
            hi -= 1
        if hi - t < 2:
            continue
        for c in claims:  # the main clause no longer holds the apposition
            if c.start <= t < c.end and c.head > comma:
                c.start = subject[0] if c is main else comma + 1
                c.numbers = _numbers(p, c.start, c.end)
        added.append(ClauseClaim(
            head=t, start=t, end=hi, predicate=p.lemma[t].lower(), subject=subject,
            object=p.child_span(t, {"obj", "obl:arg"}),
            place=next(((s, e) for s, e in locs if t <= s and e <= hi), None), modality="asserted", cue="",
            frame=None, negated=p.negated(t), numbers=_numbers(p, t, hi),
        ))
    if added:
        claims.extend(added)
        claims.sort(key=lambda c: c.start)


_DENIER_POS = {"DET", "PROPN", "NOUN", "ADJ", "X"}


def _trailing_denials(p: _Parse, doc: Doc, claims: list[ClauseClaim]) -> None:
    """« X revendique un contrôle total du détroit, l'Iran dément »: a sentence closed by a short
    denier and a denial verb after a comma is a statement and its denial. The parser reads the
    verb as an adverb of the statement; split it off as a ``denied`` claim of its own (its
    content is the rest of its sentence)."""
    for sent in doc.sents:
        last = sent.end - 1
        while last > sent.start and (p.punct[last] or p.space[last]):
            last -= 1
        lemma = TRAILING_DENIALS.get(p.lower[last])
        if lemma is None:
            continue
        comma = next((t for t in range(last - 1, max(sent.start, last - 6) - 1, -1) if p.lower[t] == ","), None)
        if comma is None or comma - sent.start < 3 or last - comma < 2:
            continue
        if any(p.pos[t] not in _DENIER_POS for t in range(comma + 1, last)):
            continue  # « ..., ce que X dément »: not a bare denier
        if any(c.head == last for c in claims):
            continue  # already read as a clause
        host = next((c for c in claims if c.start <= comma < c.end and c.end > last), None)
        if host is not None:  # the statement's clause stops before the comma
            end = comma
            while end > host.start and (p.punct[end - 1] or p.space[end - 1]):
                end -= 1
            host.end = end
        elif not any(c.start < comma for c in claims if sent.start <= c.start):
            continue  # no statement before it in the sentence
        elif any(c.start <= last < c.end for c in claims):
            continue
        claims.append(ClauseClaim(
            head=last, start=comma + 1, end=last + 1, predicate=lemma, subject=(comma + 1, last), object=None,
            place=None, modality="denied", cue=lemma, frame=None,
        ))
    claims.sort(key=lambda c: c.start)


# words after which a form of a denial verb is the verb (« le maire dément les accusations », « dément avoir
# bombardé », « dément formellement », « dément que »), not the adjective (« un projet dément »)
_OBJECT_OPENERS = frozenset({
    "le", "la", "les", "l'", "l’", "un", "une", "des", "ce", "cet", "cette", "ces", "tout", "toute", "tous",
    "toutes", "aucun", "aucune", "son", "sa", "ses", "leur", "leurs", "avoir", "être", "que", "qu'", "qu’",
    "cela", "ça", "toutefois", "pourtant", "cependant",
})


def _mistagged_denials(p: _Parse, claims: list[ClauseClaim]) -> None:
    """« Le ministère dément avoir bombardé le camp »: the tagger reads « dément » as the adjective
    (an adverb or an adjective hung on the subject) and the parse loses the verb, so the clause was
    read as asserted. A form of a denial verb not tagged as a verb, right after its subject (a noun, a
    name or a pronoun) and before what verbs take (a determiner, an infinitive, « que », an adverb in
    « -ment »), makes its clause a denial."""
    for c in claims:
        if c.modality == "denied" or c.negated:
            continue
        for t in range(c.start + 1, c.end - 1):
            lemma = TRAILING_DENIALS.get(p.lower[t])
            if lemma is None or p.pos[t] in _VERBAL or p.pos[t - 1] not in {"NOUN", "PROPN", "PRON"}:
                continue
            nxt = t + 1
            if p.lower[nxt] in _OBJECT_OPENERS or (p.lower[nxt].endswith("ment") and p.pos[nxt] == "ADV"):
                c.modality, c.cue = "denied", lemma
                break


_OPEN_MARKS = {"«", "(", "“", "["}
_CLOSE_MARKS = {"»", ")", "”", "]"}
_SEGMENT_OPENERS = {"DET", "NUM", "PROPN"}
_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "is", "ise", "ises", "it", "ite", "its", "ites", "u", "ue", "us", "ues")
_GAPPED_MAX = 6  # « le Cher mercredi »: a short actor and a date, the predicate left out
_NP_MAX = 10  # tokens of the noun phrase a part opens on before its participle
_NOUN_PHRASE = {"DET", "NUM", "NOUN", "PROPN", "ADJ", "ADP", "CCONJ", "ADV", "SPACE"}
# words that approximate or bound the figure that follows them (« près de 300 maisons », « plus de
# 120 personnes », « environ 50 »): a part opening on them opens on its counted noun phrase
_FIGURE_LEAD = {"près", "plus", "moins", "environ", "quelque", "au", "presque", "quasiment", "de", "d'", "d’",
                "jusqu'", "jusqu’", "à", "peu", "pas", "loin", "un", "autour", "bien"}
_FIGURE_LEAD_MAX = 4  # tokens of such words before the figure
# past participles with no regular ending, and their verbs (« une enquête ouverte », « un incendie
# éteint »): the parser often tags them as adjectives, lemmatised as such (« ouvert »)
_IRREGULAR_STEMS: dict[str, str] = {
    "ouvert": "ouvrir", "couvert": "couvrir", "découvert": "découvrir", "offert": "offrir", "mort": "mourir",
    "fait": "faire", "détruit": "détruire", "construit": "construire", "conduit": "conduire",
    "produit": "produire", "interdit": "interdire", "atteint": "atteindre", "éteint": "éteindre",
    "contraint": "contraindre", "écrit": "écrire", "inscrit": "inscrire", "extrait": "extraire",
    "mis": "mettre", "pris": "prendre", "repris": "reprendre", "remis": "remettre", "soumis": "soumettre",
    "admis": "admettre", "transmis": "transmettre", "promis": "promettre", "acquis": "acquérir",
    "conquis": "conquérir", "exclu": "exclure", "inclus": "inclure", "clos": "clore",
}
_IRREGULAR_PARTICIPLES: dict[str, str] = {
    stem + end: verb for stem, verb in _IRREGULAR_STEMS.items()
    for end in (("", "e", "es") if stem.endswith(("s", "us")) else ("", "e", "s", "es"))}


def _cuts(p: _Parse, start: int, end: int) -> list[int]:
    """Commas and semicolons outside quotes and brackets between ``start`` and ``end``."""
    depth, straight, cuts = 0, False, []
    for t in range(start, end):
        w = p.lower[t]
        if w in _OPEN_MARKS:
            depth += 1
        elif w in _CLOSE_MARKS:
            depth = max(0, depth - 1)
        elif w == '"':
            straight = not straight
        elif depth == 0 and not straight and w in {",", ";"}:
            cuts.append(t)
    return cuts


def _nucleus(p: _Parse, lo: int, hi: int, opening: bool = True) -> int | None:
    """The token that makes ``lo..hi`` a statement of its own without a finite verb: a past
    participle (« un marin blessé », « 40 arbres arrachés ») or a state after « en » (« le
    Cher en alerte ») right after the part's opening noun phrase. The parser sometimes tags the
    participle of a headline as an infinitive or an adjective: its ending decides then. A
    participle deeper in the part (« l'un des rares pays à soutenir la réforme adoptée par ... »)
    describes some other noun: the part is an apposition. ``opening=False`` looks anywhere in the
    part (the clause's first part, whose own predicate may come late)."""
    for t in range(lo + 1, min(hi, lo + _NP_MAX + 1) if opening else hi):
        irregular = p.lower[t] in _IRREGULAR_PARTICIPLES
        if p.pos[t] == "ADJ" and (((p.lower[t].endswith(_PARTICIPLE_ENDINGS[:4]) or irregular)
                                   and p.dep[t] in {"amod", "acl"}) or p.dep[t] == "acl"):
            return t  # « une école fermée », « une enquête ouverte »: a participle the parser took for an adjective
        if p.pos[t] == "NOUN" and p.lemma[t] in TOLL_NOUNS and p.pos[t - 1] == "NUM":
            return t  # « trois morts », « quatre blessés légers »: a toll is a statement
        if p.pos[t] == "VERB" and not p.finite(t) and (
                "Part" in p.doc[t].morph.get("VerbForm", []) or p.lower[t].endswith(_PARTICIPLE_ENDINGS)) \
                and (opening or not p.lower[t].endswith("ant")):
            # « les bois abattus interdits »: a participle right after another describes the noun
            # with the first and states the part with the second (as in :func:`_headline_fallback`)
            while t + 1 < hi and p.dep[t] == "acl" and _participle(p, t) and _participle(p, t + 1):
                t += 1
            return t  # after its own noun phrase, « le parquet requérant ... » is an absolute clause
        if p.lower[t - 1] == "en" and p.pos[t] == "NOUN" and p.lower[t] not in EN_NOT_STATE \
                and p.lower[t] not in MONTHS and p.lower[t] not in SEASONS:
            return t
        if opening and p.pos[t] not in _NOUN_PHRASE and p.lower[t] != "en":
            return None
    return None


def _opens_part(p: _Parse, t: int, hi: int) -> bool:
    """Does ``t`` open a noun phrase that may be a part of its own: a determiner, a figure or a
    name, or a figure led by the words that bound or approximate it (« près de 300 maisons »)?"""
    if p.pos[t] in _SEGMENT_OPENERS:
        return True
    if p.lower[t] not in _FIGURE_LEAD or p.lower[t] in {"de", "d'", "d’", "à", "un", "au"}:
        return False
    u = t
    while u < min(hi, t + _FIGURE_LEAD_MAX) and p.lower[u] in _FIGURE_LEAD:
        u += 1
    return u < hi and p.pos[u] == "NUM"


def _parts(p: _Parse, start: int, end: int, head: int) -> list[tuple[int, int]]:
    """The juxtaposed parts of ``start..end``: split at commas, and at « et » when both sides
    have a predicate (the clause's ``head`` or a participle) (« les routes coupées et les écoles fermées »)."""
    bounds = [start, *[t for t in _cuts(p, start, end) if start < t < end - 1], end]
    parts: list[tuple[int, int]] = []
    for lo, hi in itertools.pairwise(bounds):
        lo = lo + 1 if lo != start else lo
        while lo < hi and (p.space[lo] or p.lower[lo] == "et"):
            lo += 1
        conj = next((t for t in range(lo + 2, hi - 2) if p.lower[t] == "et" and (
                     (_opens_part(p, t + 1, hi)
                      and (lo <= head < t or _nucleus(p, lo, t, opening=False) is not None)
                      and _nucleus(p, t + 1, hi) is not None)
                     or _second_participle(p, t + 1, lo))
                     and not any(p.finite(u) for u in range(t + 1, hi))), None)
        parts += [(lo, conj), (conj + 1, hi)] if conj is not None else [(lo, hi)]
    return [(lo, hi) for lo, hi in parts if hi > lo]


def _participle(p: _Parse, t: int) -> bool:
    return p.pos[t] == "VERB" and not p.finite(t) and not p.lower[t].endswith("ant") and (
        "Part" in p.doc[t].morph.get("VerbForm", []) or p.lower[t].endswith(_PARTICIPLE_ENDINGS))


def _second_participle(p: _Parse, t: int, lo: int) -> bool:
    """Is ``t`` a participle coordinated with the participle of the part that opens at ``lo``
    (« trois adolescents interpellés et conduits au commissariat »)? A second fact of the same noun."""
    return _participle(p, t) and p.dep[t] == "conj" and lo <= p.head[t] < t and _participle(p, p.head[t])


_STATEMENT_PREPS = {"à", "au", "aux", "dans", "en", "entre", "sur", "sous", "près", "après", "contre", "vers", "hors"}


def _statement_phrase(p: _Parse, lo: int, hi: int) -> int | None:
    """The head noun of a verbless statement that opens a headline (« un cycliste dans un état
    grave », « nouveau séisme à Naples », after a label « Rixe à Lyon : »): a common noun with a
    phrase that places or states it. A bare noun phrase (« les pompiers ») may be one of a list of
    actors, and is not one."""
    first = next((t + 1 for t in range(hi - 1, lo - 1, -1) if p.lower[t] == ":"), lo)
    noun = next((t for t in range(first, hi) if p.pos[t] == "NOUN"), None)
    if noun is None or not any(p.lower[t] in _STATEMENT_PREPS for t in range(noun + 1, hi)):
        return None
    return noun


def _own_subject(p: _Parse, head: int, parts: list[tuple[int, int]]) -> bool:
    """Does the finite verb ``head`` have its subject in its own part, which opens on it? Then the
    parts before are statements of their own (« 40 arbres arrachés, les pompiers appellent à la
    prudence »), not appositions of its subject."""
    lo = next(lo for lo, hi in parts if lo <= head < hi)
    return p.pos[lo] in _SEGMENT_OPENERS and any(
        p.dep[c] in {"nsubj", "nsubj:pass"} and lo <= c < head for c in p.children[head])


def _split_enumerations(p: _Parse, claims: list[ClauseClaim], ents: list[tuple[int, int]],
                        locs: list[tuple[int, int]]) -> None:
    """« 40 arbres arrachés, un marin blessé, un village privé d'électricité »: headlines and leads pack
    several facts into one clause, each a noun phrase with its participle. Read as one claim, it
    joins the facts' groups to each other and dates them all alike; each juxtaposed part that
    opens on a new noun phrase and has its own participle becomes a claim of its own, as does a
    short part that only names another actor and date (« en vigilance rouge mardi, le Cher
    mercredi »: the same predicate). Parts before the clause's finite verb describe its subject
    (« Le chauffeur, un homme âgé de 52 ans, a été placé en garde à vue »); a clause whose first part has no
    predicate of its own is a list of actors (« le Cher, l'Indre et le Loiret en vigilance »)."""
    heads = {c.head for c in claims}
    added: list[ClauseClaim] = []
    for claim in claims:
        parts = _parts(p, claim.start, claim.end, claim.head)
        if len(parts) < 2 or (p.finite(claim.head) and claim.head >= parts[1][0]
                              and not _own_subject(p, claim.head, parts)):
            continue
        lo0, hi0 = parts[0]
        first = claim.head if lo0 <= claim.head < hi0 and p.pos[claim.head] in _VERBAL else (
            _nucleus(p, max(lo0 - 1, 0), hi0, opening=False))
        if first is None:  # a headline's count is its statement (« Trois blessés dans une collision, ... »)
            first = next((t for t in range(lo0, hi0 - 1) if p.pos[t] == "NUM" and p.pos[t + 1] == "NOUN"), None)
        if first is None and not any(p.finite(t) for t in range(claim.start, claim.end)):
            first = _statement_phrase(p, lo0, hi0)  # « Collision à Lyon : un cycliste dans un état grave, ... »
        if claim.head >= hi0 and p.finite(claim.head) and (
                first is None or p.pos[lo0] not in _SEGMENT_OPENERS or p.pos[first] not in {"VERB", "ADJ"}):
            continue  # before the verb's own subject, only a noun phrase with its participle is a fact of its own
        kept: list[tuple[int, int, int | None]] = [(lo0, hi0, first)]  # range and predicate token (-1: gapped)
        for lo, hi in parts[1:]:
            nucleus = None
            last = kept[-1][2]
            if last is not None and last >= 0 and _second_participle(p, lo, kept[-1][0]):
                nucleus = lo
            elif hi - lo >= 2 and _opens_part(p, lo, hi) and not any(lo <= h < hi for h in heads - {claim.head}):
                nucleus = claim.head if lo <= claim.head < hi and p.finite(claim.head) else _nucleus(p, lo, hi)
                if nucleus is None and hi - lo <= _GAPPED_MAX and last is not None and last >= 0 and any(
                        p.pos[t] == "PROPN" for t in range(lo, hi)) and any(
                        p.lower[t] in WEEKDAYS or p.lower[t] in MONTHS for t in range(lo, hi)):
                    nucleus = -1
            if nucleus is None or last is None:  # no statement of its own, or the actors listed before it
                kept[-1] = (kept[-1][0], hi, last if last is not None else nucleus)
            else:
                kept.append((lo, hi, nucleus))
        if len(kept) < 2:
            continue
        for lo, hi, nucleus in kept:
            while hi > lo and (p.punct[hi - 1] or p.space[hi - 1]):
                hi -= 1
            if lo <= claim.head < hi or nucleus is None:
                claim.start, claim.end = lo, hi
                claim.numbers = [n for n in claim.numbers if any(p.text(t) == n.split()[0] for t in range(lo, hi))]
                continue
            if any(a.start == lo and a.end == hi for a in added):
                continue  # the same part of two nested clauses
            head = nucleus if nucleus >= 0 else lo
            covered = claim.frame is not None and claim.frame.covers(head)
            subj = next(((s, e) for s, e in ents if lo <= s and e <= max(head, lo + 1)), None)
            if subj is None and nucleus == lo and p.dep[p.head[lo]] == "acl":  # « interpellés et conduits ... »
                subj = (p.head[p.head[lo]], p.head[p.head[lo]] + 1)
            modality, cue, frame = (claim.modality, claim.cue, claim.frame) if covered else ("asserted", "", None)
            # a part that is a denial by its own participle (« ..., un bilan contesté par la ligue »):
            # its denier speaks
            denier = _agent_frame(p, head, lo, p.lower[head]) if nucleus >= 0 and _rejection(
                p, head, lo, hi) == p.lower[head] else None
            if denier is not None:
                modality, cue, frame = "denied", p.lower[head], denier
            added.append(ClauseClaim(
                head=head, start=lo, end=hi,
                predicate=(_IRREGULAR_PARTICIPLES.get(p.lower[head]) or p.lemma[head].lower()) if nucleus >= 0
                else claim.predicate,
                subject=subj or ((lo, head) if head > lo else None), object=None,
                place=next(((s, e) for s, e in locs if lo <= s and e <= hi), None),
                modality=modality, cue=cue, frame=frame, negated=p.negated(head), planned=p.future(head),
                numbers=[p.text(t) + (" " + p.text(t + 1) if t + 1 < hi and p.pos[t + 1] == "NOUN" else "")
                         for t in range(lo, hi) if p.like_num[t] and p.pos[t] == "NUM"],
            ))
    claims.extend(added)
    claims.sort(key=lambda c: c.start)


def _rejected_noun(p: _Parse, i: int) -> int | None:
    """The noun that the rejection verb ``i`` bears on: its object, or its complement in « à » (« s'oppose
    aux conclusions »)."""
    for c in p.children[i]:
        if p.dep[c] == "obj" and p.pos[c] == "NOUN":
            return c
    for c in p.children[i]:
        if (p.dep[c] in {"obl:arg", "obl"} and p.pos[c] == "NOUN"
                and any(p.lower[g] in {"à", "au", "aux"} for g in p.children[c])):
            return c
    return None


def _split_finding(p: _Parse, claims: list[ClauseClaim], i: int, start: int, end: int,
                   ents: list[tuple[int, int]], locs: list[tuple[int, int]]) -> int:
    """Cut off a denial ``start..end`` (its verb ``i``) the finding it rejects when the clause tells it with
    its holder: a past participle with an agent in « par » on the rejected proposition, closing the clause
    (« la défense conteste la qualification de meurtre retenue par le juge »). The finding (« retenue par
    le juge ») is an asserted claim of its own, its subject the holder, its object the proposition; return
    the denial's new end."""
    noun = _rejected_noun(p, i)
    if noun is None or p.lemma[noun].lower() not in PROPOSITION_NOUNS or not start <= noun < end:
        return end
    for c in p.children[noun]:
        if p.dep[c] != "acl" or p.pos[c] != "VERB" or p.has_aux(c) or c <= noun:
            continue
        morph = p.doc[c].morph
        if "Part" not in morph.get("VerbForm", []) or "Pres" in morph.get("Tense", []):
            continue
        agent = next((a for a in p.children[c] if p.dep[a] == "obl:agent"
                      and any(p.lower[g] == "par" for g in p.children[a])), None)
        lo, hi = p.edges(c)
        if agent is None or lo != c or hi < end:
            continue
        while hi > c and (p.punct[hi - 1] or p.space[hi - 1]):
            hi -= 1
        a_lo, a_hi = p.edges(agent)
        a_lo += next((k for k in range(a_hi - a_lo) if p.lower[a_lo + k] != "par"), 0)
        n_lo = p.edges(noun)[0]
        claims.append(ClauseClaim(
            head=c, start=c, end=hi, predicate=p.lemma[c].lower(), subject=(a_lo, a_hi), object=(n_lo, c),
            place=p.place(c, locs), modality="asserted", cue="", frame=None,
            numbers=[p.text(t) for t in range(c, hi) if p.like_num[t] and p.pos[t] == "NUM"],
        ))
        new_end = c
        while new_end > start and (p.punct[new_end - 1] or p.space[new_end - 1]):
            new_end -= 1
        return new_end
    return end


def _split_fronted(p: _Parse, claims: list[ClauseClaim], i: int, start: int, end: int,
                   ents: list[tuple[int, int]], locs: list[tuple[int, int]]) -> int:
    """A denial ``start..end`` (its verb ``i``) whose subject comes after a fronted adverbial closed by a
    comma that holds a detached participle (« Deux ans après la disparition de X, 12 ans, aperçu près d'un
    lac en mai, la défense s'oppose à ... ») rejects only what follows it: the participle is the writer's
    description, told in the article's voice, a claim of its own. Return the denial's new start (its
    subject); a fronted adverbial without one (« Lundi, le ministre a nié ... ») stays in the denial."""
    subj = next((c for c in p.children[i] if p.dep[c] in {"nsubj", "nsubj:pass"}), None)
    if subj is None:
        return start
    s_lo = p.edges(subj)[0]
    if not start < s_lo < i:
        return start
    comma = s_lo - 1
    while comma > start and p.space[comma]:
        comma -= 1
    if p.lower[comma] != "," or any(p.head[t] == i and p.dep[t] in {"obj", "ccomp", "xcomp"}
                                    for t in range(start, comma)):
        return start
    for c in range(start + 1, comma):
        if not p.detached_participle(c):
            continue
        lo, hi = p.edges(c)
        hi = min(hi, comma)
        while hi > c and (p.punct[hi - 1] or p.space[hi - 1]):
            hi -= 1
        if lo == c and hi - c >= 2:
            noun = p.head[c]
            claims.append(ClauseClaim(
                head=c, start=c, end=hi, predicate=p.lemma[c].lower(), subject=(noun, noun + 1),
                object=p.child_span(c, {"obj", "obl:arg"}), place=p.place(c, locs), modality="asserted",
                cue="", frame=None, numbers=[p.text(t) for t in range(c, hi) if p.like_num[t] and p.pos[t] == "NUM"],
            ))
            return s_lo
    return start


def _split_apposition(p: _Parse, claims: list[ClauseClaim], start: int, end: int,
                      ents: list[tuple[int, int]], locs: list[tuple[int, int]]) -> int:
    """Cut a detached participle apposition that ends the clause ``start..end`` off it, as an
    asserted claim of its own; return the clause's new end."""
    for c in range(start + 2, end):
        if not p.detached_participle(c) or not start <= p.head[c] < c:
            continue
        lo, hi = p.edges(c)
        if any(not (p.punct[t] or p.space[t]) for t in range(lo, c)) or hi < end:
            continue  # only an apposition that closes the clause
        comma = c - 1
        while comma > start and p.space[comma]:
            comma -= 1
        while hi > c and (p.punct[hi - 1] or p.space[hi - 1]):
            hi -= 1
        if hi - c >= 2:
            noun = p.head[c]
            claims.append(ClauseClaim(
                head=c, start=c, end=hi, predicate=p.lemma[c].lower(), subject=(noun, noun + 1),
                object=p.child_span(c, {"obj", "obl:arg"}), place=p.place(c, locs), modality="asserted",
                cue="", frame=None, numbers=[p.text(t) for t in range(c, hi) if p.like_num[t] and p.pos[t] == "NUM"],
            ))
        new_end = comma
        while new_end > start and (p.punct[new_end - 1] or p.space[new_end - 1]):
            new_end -= 1
        return new_end
    return end


def _headline_fallback(p: _Parse, doc: Doc, frames: list[Frame], claims: list[ClauseClaim],
                       ents: list[tuple[int, int]], locs: list[tuple[int, int]]) -> None:
    """A sentence that yielded no claim still states something: news headlines and leads are
    often verbless or participial (« 474 personnes interpellées depuis juillet », « Deux morts
    après des inondations », « Une frappe tue cinq personnes » that the parser reads as a noun
    phrase). The sentence becomes one claim, its predicate the first verb, else the noun a number
    counts (« morts »), else the sentence's root."""
    pos, dep, lemma, head = p.pos, p.dep, p.lemma, p.head
    covered = sorted(c.head for c in claims)
    units: list[tuple[int, int, bool]] = []
    for sent in doc.sents:
        lo, hi = sent.start, sent.end
        if not any(lo <= h < hi for h in covered):
            units.append((lo, hi, False))
        elif lo == 0:
            label = _headline_label(p, frames, claims, lo, hi)
            if label is not None:
                units.append((*label, True))
    datelines = dateline_spans(doc) if units else []
    for lo, hi, labelled in units:
        if sum(1 for t in range(lo, hi) if pos[t] not in {"PUNCT", "SPACE", "DET", "ADP"}) < 3:
            continue
        if any(a <= lo and all(p.punct[t] or p.space[t] for t in range(max(b, lo), hi)) for a, b in datelines):
            continue  # « PARIS, 3 mars (AFP) – »: the dateline, cut off as a sentence, states nothing
        verb = next((t for t in range(lo, hi) if pos[t] == "VERB" and not (p.punct[t] or p.space[t])), None)
        # « les riverains évacués autorisés à revenir »: a participle right after another describes
        # the noun with the first and states the headline with the second
        while (verb is not None and verb + 1 < hi and dep[verb] == "acl" and _participle(p, verb)
               and _participle(p, verb + 1)):
            verb += 1
        numbered = [t for t in range(lo, hi) if pos[t] == "NOUN" and any(dep[c] == "nummod" for c in p.children[t])]
        # an age or a length of time (« Mort d'une actrice à 90 ans ») counts nothing the headline tells
        counted = next((t for t in numbered if fold(lemma[t]) not in ELAPSED_UNITS_DAYS), None)
        root = next((t for t in range(lo, hi) if head[t] == t or not lo <= head[t] < hi), lo)
        if (labelled or numbered) and verb is None and counted is None:
            # « le couple princier de retour à Londres », « Mort d'une actrice à 90 ans »: the action
            root = next((t for t in range(lo, hi) if pos[t] == "NOUN" and _action_noun(lemma[t].lower())), root)
        # « Six ouvriers sont morts dans ... »: a root the tagger made a noun but that takes an auxiliary
        # is the participle the sentence states, not a noun a number counts
        aux_root = root if verb is None and pos[root] in {"NOUN", "ADJ"} and any(
            dep[c] in {"aux", "aux:pass", "aux:tense"} for c in p.children[root]) else None
        chosen = (verb if verb is not None else aux_root if aux_root is not None
                  else counted if counted is not None else root)
        start, end = lo, hi
        # « Italie : deux blessés dans l'explosion d'une usine, annonce la préfecture »: the verb is an incise that
        # reports the verbless rest; the claim is that content, not the saying
        incise = next((f for f in frames if f.cue_i == chosen and f.kind == "inverted"
                       and lo <= f.scope_start < f.scope_end <= chosen
                       and p.lower[f.source_start] not in POSSESSIVES), None)  # (« a annoncé son retrait »)
        if incise is not None:
            end = incise.scope_end
            # its head noun, after a label (« Italie : »)
            first = next((t + 1 for t in range(start, min(end, start + 5)) if p.lower[t] == ":"), start)
            # (« Six ouvriers sont morts …, a indiqué X »: a noun taking an auxiliary is the participle stated)
            aux_root = next((t for t in range(first, end) if pos[t] in {"NOUN", "ADJ"} and any(
                dep[c] in {"aux", "aux:pass", "aux:tense"} for c in p.children[t])), None)
            counted_noun = next((t for t in range(first, end) if pos[t] == "NOUN" and any(
                dep[c] == "nummod" for c in p.children[t])), None)
            chosen = aux_root if aux_root is not None else counted_noun or next(
                (t for t in range(first, end) if pos[t] in {"NOUN", "PROPN"}), chosen)
        if pos[chosen] not in {"VERB", "NOUN", "PROPN", "ADJ", "AUX"}:
            continue
        while end > start and (p.punct[end - 1] or p.space[end - 1]):
            end -= 1
        while start < end and (p.punct[start] or p.space[start]):
            start += 1
        if end - start < 3:
            continue
        frame = next((f for f in frames if f.covers(chosen)), None)
        modality, cue = ("reported", frame.cue) if frame is not None else ("asserted", "")
        # a hedge on the headline's head or an adverb hedges it; an adjective on another noun does
        # not (« l'auteur présumé interpellé »: the arrest is not in doubt)
        hedge = next((t for t in range(start, end) if p.lower[t] in HEDGES
                      and (p.head[t] == chosen or p.dep[t] == "advmod")), None)
        cond = next((t for t in range(start, end) if pos[t] in _VERBAL and p.conditional(t)), None)
        if cond is not None:
            modality, cue = "conditional", p.text(cond)
        if hedge is not None:
            modality, cue = "speculative", p.text(hedge)
        rejected = _rejection(p, chosen, start, end) if not p.negated(chosen) else ""
        if rejected:
            modality, cue = "denied", rejected  # « Inquiétudes autour de X, démenties par Y »
        subj = next(((s, e) for s, e in ents if start <= s and e <= chosen), None)
        numbers = [p.text(t) + (" " + p.text(t + 1) if t + 1 < end and pos[t + 1] == "NOUN" else "")
                   for t in range(start, end) if p.like_num[t] and pos[t] == "NUM"]
        claims.append(ClauseClaim(
            head=chosen, start=start, end=end, predicate=(_IRREGULAR_PARTICIPLES.get(p.lower[chosen], "")
                                                          if chosen == aux_root else "") or lemma[chosen].lower(),
            subject=subj, object=None,
            place=next(((s, e) for s, e in locs if start <= s and e <= end), None), modality=modality, cue=cue,
            frame=frame, negated=p.negated(chosen), planned=p.future(chosen), numbers=numbers,
        ))
    claims.sort(key=lambda c: c.start)


def _headline_label(p: _Parse, frames: list[Frame], claims: list[ClauseClaim], lo: int,
                    hi: int) -> tuple[int, int] | None:
    """The part of a headline before its colon when it states a fact of its own that no claim
    reads: « Mort d'une actrice : pourquoi sa série a marqué », « Licenciement du directeur : le syndicat
    réagit », « La skieuse championne du monde : retour sur une saison ». The clause after the
    colon gave the sentence its claim, so the fallback skipped the whole headline. None when
    there is no such colon, when a claim reaches into that part, when it quotes someone, or when it
    names who speaks (« Le ministre : "…" », a colon frame)."""
    colon = next((t for t in range(lo + 1, hi - 1) if p.lower[t] == ":"), None)
    if colon is None or any(c.start < colon and c.end > lo for c in claims):
        return None
    if any(p.lower[t] in _OPENING_QUOTES for t in range(lo, colon)):
        return None  # someone's words (« "…" : … »): the quoted headlines' reader weighs them
    if any(f.cue_i == colon or (f.source_start < colon and f.source_end > lo) for f in frames):
        return None
    # a fact, not a rubric (« Coupe du monde de rugby : »): a verb, a counted noun or an action noun
    if not any(p.pos[t] == "VERB" or (p.pos[t] == "NOUN" and _action_noun(p.lemma[t].lower()))
               or (p.pos[t] == "NOUN" and any(p.dep[c] == "nummod" for c in p.children[t])) for t in range(lo, colon)):
        return None
    return lo, colon


def _action_noun(lemma: str) -> bool:
    """Is a noun one of the predicate classes' actions (« mort », « démission », « arrestation »)?"""
    from recoupe.lang.fr.predicates import CLASS_OF

    return lemma in CLASS_OF


def _untold_infinitive(p: _Parse, f: Frame, inside: list[ClauseClaim]) -> int | None:
    """The infinitive a reporting verb ``f`` governs (« admet avoir menti », « dit renoncer à … »), when
    none of the claims ``inside`` its scope is read from it (its head, or a verb it governs through
    infinitives and complement clauses, :meth:`_Parse.governor_chain`); None otherwise, when the cue
    governs no infinitive in its scope, or when it performs an act other than an admission (a call, a
    request: what it asks for is not told as done)."""
    if f.kind != "verb" or (_act_frame(p, f) and f.cue not in ADMISSION_VERBS):
        return None  # a request's or a call's infinitive (« réclame de relever … ») is no statement of a fact
    verb = next((c for c in p.children[f.cue_i] if p.dep[c] == "xcomp" and p.pos[c] == "VERB"
                 and f.scope_start <= c < f.scope_end and _infinitive(p, c)), None)
    if verb is None or any(c.head == verb or verb in p.governor_chain(c.head) for c in inside):
        return None
    return verb


def _infinitive(p: _Parse, v: int) -> bool:
    """Is verb ``v`` an infinitive, or a past participle after an infinitive auxiliary (« avoir menti »)?"""
    forms = [v, *(c for c in p.children[v] if p.dep[c].startswith("aux"))]
    return any("Inf" in p.doc[t].morph.get("VerbForm", []) for t in forms)


def _scope_fallback(p: _Parse, frames: list[Frame], claims: list[ClauseClaim],
                    ents: list[tuple[int, int]], locs: list[tuple[int, int]]) -> None:
    """A reported content the parser mangled (no clause head found in it) still yields a claim.

    fr_core_news_md sometimes attaches the content of an inverted reporting clause as the
    subject of the reporting verb; the frame's scope is then read as one clause, its predicate
    the first verb or copula noun in it.
    """
    pos, dep, lemma, children = p.pos, p.dep, p.lemma, p.children
    for f in frames:
        if f.kind not in {"verb", "inverted", "colon"} or f.scope_end - f.scope_start < 3:
            continue
        if f.cue == "refuser":
            continue  # « a refusé de soutenir X » is an act, its own claim: it rejects no statement
        if f.kind == "verb" and p.negated(f.cue_i):
            continue  # « n'a jamais reconnu avoir reçu … », « ne dit pas avoir … »: nothing is told as done
        scope = range(f.scope_start, f.scope_end)
        inside = [c for c in claims if f.scope_start <= c.head < f.scope_end]
        if inside:
            # the claims in the scope may all stand beside its content: a relative clause of one of its
            # nouns, a verb coordinated with the cue (« reconnaît avoir lancé une pierre sur le train, qui
            # a blessé deux passagers », « admet avoir menti et démissionne »); the infinitive the cue
            # governs is then told by no claim, and is read as its own clause
            head = _untold_infinitive(p, f, inside)
            if head is None:
                continue
            start, end = p.clause_range(head)
            start, end = max(start, f.scope_start), min(end, f.scope_end)
        else:
            head = next((t for t in scope if pos[t] == "VERB" and p.finite(t)), None)
            if head is None:
                head = next((t for t in scope if any(dep[c] == "cop" for c in children[t])), None)
            if head is None:
                head = next((t for t in scope if pos[t] == "VERB"), None)
            if head is None:
                continue
            start, end = f.scope_start, f.scope_end
        while end > start and (p.punct[end - 1] or p.space[end - 1]):
            end -= 1
        subj_ent = next(((s, e) for s, e in ents if start <= s and e <= head), None)
        cond = p.conditional(head) or any(p.conditional(c) for c in children[head] if dep[c].startswith("aux"))
        told, act = f, _act_frame(p, f)
        if act:  # « appelle à cesser ... »: the act, told by the next frame out, else by the article
            outer = min((g for g in frames if g is not f and g.covers(head) and not _act_frame(p, g)),
                        key=lambda g: g.scope_end - g.scope_start, default=None)
            told, act = (outer, False) if outer is not None else (f, True)
        modality = "asserted" if act else {"denied": "denied", "speculative": "speculative"}.get(
            told.effect, "reported")
        if cond and modality in {"asserted", "reported"}:
            modality = "conditional"
        if lemma[head] in SPECULATIVE_VERBS and modality in {"asserted", "reported"}:
            modality = "speculative"  # « dit craindre une attaque »: a fear, as « craint une attaque » reads
        claims.append(ClauseClaim(
            head=head, start=start, end=end, predicate=lemma[head].lower(),
            subject=subj_ent,
            object=p.child_span(head, {"obj", "obl:arg", "xcomp"}), place=p.place(head, locs), modality=modality,
            # an admission keeps its verb: it rests on its admitter's word (claims.status)
            cue=(told.cue if told.cue in ADMISSION_VERBS else "") if act else told.cue, frame=told,
            # the content's own negation (« dit ne pas avoir été informé », « admet ne pas avoir vérifié »)
            negated=p.negated(head),
            # (an infinitive read beside other claims plans only with its own words: not with a verb
            # coordinated after it, « … et ne souhaite pas … »)
            planned=p.future(head) or any(_plans(lemma[t], p.lower[t])
                                          for t in (range(start, end) if inside else scope)),
        ))
    claims.sort(key=lambda c: c.start)


@Language.factory(
    "recoupe_modality",
    requires=["doc._.frames", "token.morph", "token.dep", "token.lemma"],
    assigns=["doc._.claims"],
    default_config={"lang": None},
)
def make_modality(nlp: Language, name: str, lang: str | None) -> Modality:
    component_language(nlp.lang, lang, name, FRENCH_AND_ENGLISH)  # E086 in a pipeline of another language
    return Modality()


class Modality:
    version = "recoupe.modality.v1"

    def __init__(self) -> None:
        register()

    def __call__(self, doc: Doc) -> Doc:
        doc._.claims = claims_of(doc)
        return doc


def claims_of(doc: Doc) -> list[ClauseClaim]:
    """The claims of a doc, read by the reader of its language (``doc.lang_``): English docs by
    :func:`recoupe.lang.en.claims.read_claims`, French ones by :func:`read_claims`."""
    if doc.lang_ == "en":
        from recoupe.lang.en.claims import read_claims as read_english

        return read_english(doc)
    return read_claims(doc)
