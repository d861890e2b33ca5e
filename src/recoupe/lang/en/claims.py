"""English claims with modality: the English reading of ``recoupe_modality`` (:mod:`recoupe.nlp.modality`).

The same records as the French reader (:class:`recoupe.nlp.modality.ClauseClaim`), the same
modalities and the same polarity rule, read from en_core_web_sm's parse (ClearNLP labels: ``dobj``,
``nsubjpass``, ``neg``, ``relcl``, modal auxiliaries tagged ``MD``) with the word lists of
:mod:`recoupe.lang.en.modality`:

- ``denied``: a source rejects it: a denial verb governs it (« the ministry denied shelling the
  camp », « denied that ... »), the clause is a denial of a claim (« rejected the allegations »), or
  an attribution frame of denial covers it;
- ``conditional``: hearsay, what French says with the conditional (« reportedly », « allegedly »,
  « is said to »), and the hypothetical « would »; « would » under a past reporting verb is the
  backshifted « will » of indirect speech (« said the bridge would reopen »): reported and planned;
- ``speculative``: a modal of possibility (« could », « may », « might », « should »), a hedge
  (« probably », « possible »), a verb of supposition governing it (« is considering sending »,
  « seems to »), « is believed / expected to », or a frame (« it is possible that », « speculation
  that »);
- ``reported``: an attribution frame covers it, or it is the complement of a reporting verb
  (« officials said the army had ... », « according to ... »);
- ``asserted``: the article's own voice.

A negated clause (« did not bomb », « no shells were delivered », « never ») keeps its modality and
gets ``negated``; « not only », « not without », « nothing but » are not negations, and a negated
denial (« did not deny ») is no denial. ``planned``: « will », « is expected / due / going to », a
verb of intention governing it.
"""

from __future__ import annotations

from spacy.tokens import Doc

from recoupe.lang.en.clauses import RELATIVE_PRONOUNS
from recoupe.lang.en.datelines import dateline_spans
from recoupe.lang.en.modality import (
    APPEARANCE_MARKS,
    APPEARANCE_VERBS,
    CLAIMANT_NOUNS,
    CLAIMING_VERBS,
    COMMISSIVE_VERBS,
    CONDITION_MARKS,
    CONDITIONAL_MODALS,
    CONTENT_NEEDING_NOUNS,
    CONTROL_VERBS,
    COUNTERFACTUAL_CUE,
    COURT_DISMISSED_NOUNS,
    COURT_NOUNS,
    DATA_NOUNS,
    DEFENCE_PARTICLES,
    DEFENCE_PREPS,
    DEFENCE_VERBS,
    DENIABLE_NOUNS,
    DENIAL_VERBS,
    DEONTIC_MODALS,
    DEPICTING_VERBS,
    DESCRIBING,
    EN_ONLY_REJECTION_VERBS,
    EXPECTATION_VERBS,
    FALSEHOOD_WORDS,
    FIRST_PERSON,
    FORECAST_ADJECTIVES,
    FUTURE_MODALS,
    GRANTED_NOUNS,
    HEARSAY_ADVERBS,
    HEARSAY_PASSIVES,
    HEDGE_FRAME_ADJECTIVES,
    HEDGE_FRAME_VERBS,
    HEDGES,
    INCREDULITY_VERBS,
    INNOCENCE_NOUNS,
    INNOCENCE_VERBS,
    LYING_VERBS,
    MISREADING_VERBS,
    MUST_STATES,
    NEGATED_MANNERS,
    NEGATION_WORDS,
    NOT_A_NEGATION_AFTER,
    OBLIGING_MODALS,
    OPINION_VERBS,
    PAST_FUTURE_MODALS,
    PLANNED_LEMMAS,
    POINTING_SUBJECTS,
    PROPOSAL_NOUNS,
    REFUSALS,
    REFUSED_SPEECH,
    REJECTION_VERBS,
    REPORTING_VERBS,
    REPUTE_VERBS,
    RESTRICTIVE_PREPS,
    SPECULATIVE_MODALS,
    SPECULATIVE_NOUNS,
    SPECULATIVE_PASSIVES,
    SPECULATIVE_VERBS,
    STANCE_VERBS,
    STATED_NOUNS,
    SURE_WHEN_NEGATED,
    TRUTH_WORDS,
    VERDICT_VERBS,
)
from recoupe.lang.en.quotes import _unclosed
from recoupe.lang.en.reporting_verbs import CALLING
from recoupe.lang.en.reporting_verbs import REPORTING_VERBS as SPEECH_VERBS
from recoupe.nlp.attribution import Frame
from recoupe.nlp.extensions import text_of
from recoupe.nlp.modality import ClauseClaim, _Parse, colon_tolls

CLAUSE_DEPS = frozenset({"ROOT", "conj", "ccomp", "advcl", "parataxis", "relcl", "xcomp"})
NESTED_DEPS = frozenset({"conj", "ccomp", "advcl", "parataxis", "relcl", "acl", "csubj"})
_VERBAL = frozenset({"VERB", "AUX"})
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
# a participle or coordinated reporting verb with its content ("..., saying ...", "and added ...")
_REPORT_DEPS = frozenset({"advcl", "conj", "xcomp", "acl"})
_PASSIVE_GOVERNORS = HEARSAY_PASSIVES | SPECULATIVE_PASSIVES
_GOVERNING = SPECULATIVE_VERBS | CONTROL_VERBS | PLANNED_LEMMAS
_READ_FROM_INFINITIVE = _GOVERNING | DENIAL_VERBS | REJECTION_VERBS
_PLACE_PREPS = frozenset({"in", "at", "to", "into", "near", "towards", "toward", "on", "inside", "outside", "across"})
_RELATIVES = RELATIVE_PRONOUNS
# Prefixes of verbs written with a hyphen (« re-elected », « co-founded », « pre-empted »), which the
# tokenizer cuts off their verb: the parser may read the prefix alone as the verb
HYPHEN_PREFIXES = frozenset({"re", "co", "pre", "mis", "out", "over", "under"})
HYPHENS = frozenset({"-", "\u2010", "\u2011"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
_PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her", "you", "we", "us"})  # not « it », « they »: things too
# « ’s », « ’m », « ’re » with a curly apostrophe: en_core_web_sm tags them as verbs whose lemma is the
# token itself; they are the copula of « 's », « 'm », « 're » (its complement names the predicate)
_CURLY_BE = {"\u2019s": "be", "\u2019m": "be", "\u2019re": "be"}
_OBJECTS = frozenset({"dobj", "dative", "attr", "oprd"})


def _aux(p: _Parse, i: int) -> list[int]:
    return [c for c in p.children[i] if p.dep[c] in {"aux", "auxpass"}]


def _passive(p: _Parse, i: int) -> bool:
    return any(p.dep[c] in {"auxpass", "nsubjpass"} for c in p.children[i])


def _finite(p: _Parse, i: int) -> bool:
    return p._flags(i)[2] or bool(_aux(p, i))


def _own_tense(p: _Parse, i: int) -> bool:
    """Is ``i`` the verb of a finite complement clause (« will argue that prices rose », « will be hard
    pressed to believe that the tax helps »), its tense its own: the future of the verb it hangs on
    is that verb's (the arguing is to come, the rise is past), not the clause's. An infinitive (« will
    try to win ») has no tense of its own and takes its governor's."""
    clause = p.head[i] if p.dep[i] == "conj" and p.dep[p.head[i]] == "ccomp" else i
    return p.dep[clause] == "ccomp" and (p.doc[i].tag_ in {"VBD", "VBZ", "VBP"} or any(
        p.dep[a] == "aux" and p.lower[a] != "to" for a in _aux(p, i)))


def _next_word(p: _Parse, w: int) -> str:
    nxt = w + 1
    while nxt < len(p.lower) and p.space[nxt]:
        nxt += 1
    return p.lower[nxt] if nxt < len(p.lower) else ""


def _main_verb(p: _Parse, i: int) -> bool:
    """``i`` is its sentence's root, or coordinated with (or set beside) it."""
    j = i
    for _ in range(4):
        if p.head[j] == j:
            return True
        if p.dep[j] not in {"conj", "parataxis"}:
            return False
        j = p.head[j]
    return False


def negated(p: _Parse, i: int) -> bool:
    """A negation of the clause of ``i``: "not"/"n't"/"never" on the verb or its auxiliaries, or
    "no"/"nothing"/"nobody" as (the determiner of) its subject or object; not « not only »,
    « not without », « nothing but »."""
    dep, lower, children = p.dep, p.lower, p.children
    kids = list(children[i])
    for a in _aux(p, i):
        kids += children[a]
    if any(dep[c] == "prep" and lower[c] in RESTRICTIVE_PREPS for c in kids):
        return False  # « not planned until 2014 » (« n'est prévu qu'en 2014 »): a restriction
    words = [c for c in kids if dep[c] == "neg" or (lower[c] in NEGATION_WORDS and dep[c] in
                                                     {"advmod", "det", "nsubj", "nsubjpass", "dobj", "attr",
                                                      "preconj"})]
    # « no X » as subject, object or « there is no X »; « no longer »; « in no way »
    words += [g for c in kids if dep[c] in _SUBJECTS | {"dobj", "attr"} for g in children[c]
              if dep[g] == "det" and lower[g] in {"no", "neither"}]
    words += [g for c in kids if dep[c] == "advmod" for g in children[c] if lower[g] in {"no", "not", "never"}]
    words += [d for c in kids if dep[c] == "prep" for g in children[c] if p.lemma[g].lower() in NEGATED_MANNERS
              for d in children[g] if dep[d] == "det" and lower[d] == "no"]
    if dep[i] == "conj":
        # « has made no comment, nor has it denied that … »: « nor » before a conjunct negates it
        words += [c for c in children[p.head[i]] if dep[c] == "cc" and lower[c] == "nor" and p.head[i] < c < i]
    return any(_next_word(p, w) not in NOT_A_NEGATION_AFTER for w in words)


def _condition_clause(p: _Parse, c: int) -> bool:
    """Is ``c`` an adverbial clause of condition (« if the audit is damning », « unless talks
    resume »; not « even if »)?"""
    return p.dep[c] == "advcl" and any(
        p.dep[m] == "mark" and p.lower[m] in CONDITION_MARKS and not (m > 0 and p.lower[m - 1] == "even")
        for m in p.children[c])


def _speech_participle(p: _Parse, frames: list[Frame], c: int) -> bool:
    """Is ``c`` a bare participle that tells what the subject said (« ..., dubbing the new bridge a
    disgrace », « ..., accusing him of lying », « ..., vowing to fix the roads »): a nominal frame's
    cue, or a reporting verb whose infinitive is read (:data:`_READ_FROM_INFINITIVE`)? A claim of its
    own, the subject's words."""
    if p.dep[c] != "advcl" or p.doc[c].tag_ != "VBG" or _aux(p, c) or p.head[c] > c:
        return False
    lem = p.lemma[c].lower()
    if lem in SPEECH_VERBS and any(f.kind == "nominal" and f.cue_i == c for f in frames):
        return True  # (« ..., offering his seat to a colleague » is a deed, no speech: not a frame here)
    # « ..., telling residents to stay indoors »: an infinitive no claim reads stays in the main clause
    return lem in REPORTING_VERBS and lem in _READ_FROM_INFINITIVE and any(
        p.dep[x] == "xcomp" and p.pos[x] == "VERB" for x in p.children[c])


# participles that are prepositions (« following the vote », « including two children »): no event of their own
_PREPOSITIONAL_PARTICIPLES = frozenset({"follow", "include", "accord", "regard", "concern", "involve", "base",
                                        "consider", "compare", "give", "pend", "exclude"})
# with no object, a time adverbial (« starting on Monday, the buses will run »), no event
_TIME_PARTICIPLES = frozenset({"start", "begin"})
# « after refusing », « while visiting »: a time adverbial whose participle tells an event of its own
_EVENT_TIME_WORDS = frozenset({"after", "before", "while", "since", "upon", "when"})
# « by cutting taxes », « in pressing for the bill », « despite losing »: the means or the occasion is a deed
# told (not « without »: « left without paying » tells no payment)
_EVENT_PREPS = _EVENT_TIME_WORDS | {"by", "in", "despite"}
# what makes a participle tell something (an object, a complement, a place, a figure): not « left smiling »
_PARTICIPLE_ARGS = frozenset({"dobj", "dative", "attr", "oprd", "prep", "xcomp", "ccomp", "acomp", "npadvmod",
                              "advmod", "prt", "agent", "conj"})


def _event_participle(p: _Parse, c: int) -> bool:
    """Is ``c`` a bare participle that tells an event of its own, beside its main clause: after a comma
    (« the storm hit the coast, killing three people », « …, leaving the town without power ») or after a
    time word (« resigned after losing the vote », « fell while visiting the site »)? A fact of its own,
    so a claim of its own (the gold's participial clause « with its own predication »)."""
    # « after being indicted », « after having signed »: the participle of a passive or a perfect
    auxes = _aux(p, c)
    if not (p.doc[c].tag_ == "VBG" and not auxes) and not (
            p.doc[c].tag_ == "VBN" and auxes and all(p.lower[a] in {"being", "having"} for a in auxes)):
        return False
    if p.lemma[c].lower() in _PREPOSITIONAL_PARTICIPLES:
        return False
    if p.lemma[c].lower() in _TIME_PARTICIPLES and not any(p.dep[x] in {"dobj", "dative"} for x in p.children[c]):
        return False
    if p.lemma[c].lower() in REPORTING_VERBS:
        return False  # « …, warning residents to stay home »: words, not a deed (``_speech_participle``)
    if not any(p.dep[x] in _PARTICIPLE_ARGS for x in p.children[c]):
        return False
    h = p.head[c]
    if p.dep[c] == "conj" and h != c:
        # « killing three and leaving the town without power »: each participle tells its own event
        return p.doc[h].tag_ == "VBG" and _event_participle(p, h)
    if p.dep[c] == "pcomp":
        # « after losing the vote »: the preposition hangs from a verb (or from « two days » that does)
        g = p.head[h]
        if p.dep[g] == "npadvmod" and p.pos[g] != "VERB":
            g = p.head[g]
        return (p.lower[h] in _EVENT_PREPS and p.dep[h] == "prep" and p.pos[g] in _VERBAL
                and not _prevented(p, h, g))
    if p.dep[c] != "advcl" or p.pos[h] not in _VERBAL or any(p.dep[x] in _SUBJECTS for x in p.children[c]):
        return False
    if any(p.dep[m] in {"mark", "advmod"} and p.lower[m] in _EVENT_TIME_WORDS and m < c for m in p.children[c]):
        return not any(_prevented(p, m, h) for m in p.children[c] if p.dep[m] in {"mark", "advmod"})
    lo, hi = p.edges(c)
    if h > c:
        # a participle before its main clause, set off by a comma (« Citing the audit, the board fired him »)
        return hi < len(p.lower) and p.lower[hi] in {",", "—", "–", "--"}
    return lo > 0 and p.lower[lo - 1] in {",", "—", "–", "--", ";"}


def _prevented(p: _Parse, word: int, main: int) -> bool:
    """Is « before » + participle hung on a passive (« was shot dead before detonating the bomb », « was
    arrested before boarding the flight »)? What the subject was stopped from doing is no deed told; an
    active main clause tells both (« the singer performed in the park before flying home »)."""
    return p.lower[word] == "before" and _passive(p, main)


def _comma_participle(p: _Parse, c: int) -> bool:
    """Is event participle ``c`` a clause of its own (« …, killing three »), not the object of a time
    word or a preposition (« after losing the vote »)?"""
    while p.dep[c] == "conj" and p.head[c] != c:
        c = p.head[c]
    return p.dep[c] == "advcl" and not any(
        p.dep[m] in {"mark", "advmod"} and p.lower[m] in _EVENT_TIME_WORDS for m in p.children[c])


def _before(p: _Parse, c: int) -> bool:
    """Is event participle ``c`` after « before » (« closed in June before reopening »)?"""
    while p.dep[c] == "conj" and p.head[c] != c:
        c = p.head[c]
    if p.dep[c] == "pcomp":
        return p.lower[p.head[c]] == "before"
    return any(p.dep[m] in {"mark", "advmod"} and p.lower[m] == "before" for m in p.children[c])


def _means_participle(p: _Parse, c: int) -> bool:
    """Is event participle ``c`` the means of its main clause (« would fund schools by raising the tax »)?"""
    while p.dep[c] == "conj" and p.head[c] != c:
        c = p.head[c]
    return p.dep[c] == "pcomp" and p.lower[p.head[c]] == "by"


def _participle_anchor(p: _Parse, c: int) -> int:
    """The main clause's verb of an event participle (``_event_participle``)."""
    while p.dep[c] == "conj" and p.head[c] != c:
        c = p.head[c]
    if p.dep[c] != "pcomp":
        return p.head[c]
    g = p.head[p.head[c]]
    return p.head[g] if p.dep[g] == "npadvmod" and p.pos[g] != "VERB" else g


def _clause_range(p: _Parse, head: int, frames: list[Frame] | None = None) -> tuple[int, int]:
    dep, pos, children = p.dep, p.pos, p.children
    found = [head]
    for t in found:
        for c in children[t]:
            if _condition_clause(p, c):
                # the condition belongs to the statement it restricts (« will resign if the audit is
                # damning » is not « will resign »); it is also read as a claim of its own
                found.append(c)
                continue
            if dep[c] in NESTED_DEPS and pos[c] in _VERBAL and c != head and _finite(p, c):
                continue
            if dep[c] in _REPORT_DEPS and p.lemma[c].lower() in REPORTING_VERBS and any(
                    dep[g] == "ccomp" for g in children[c]):
                continue  # "..., claiming (that) the city lied": a report of its own, not this clause
            if t == head and dep[head] == "xcomp" and _coordinated_infinitive(p, c):
                continue  # « to cut taxes and fix the roads »: « fix the roads » is a claim of its own
            if c != head and frames is not None and _speech_participle(p, frames, c):
                continue  # "..., calling the vote a farce": the subject's words, a claim of its own
            if c != head and (_event_participle(p, c) or (dep[c] == "prep" and any(
                    _event_participle(p, x) for x in children[c])) or (dep[c] == "npadvmod" and any(
                    dep[x] == "prep" and _event_participle(p, y) for x in children[c] for y in children[x]))):
                continue  # "..., killing three", "after losing the vote": an event of its own, a claim
            found.append(c)
    # the sentence's final punctuation and a coordinator hang from the root: they do not stretch
    # the clause over a nested clause that ends the sentence ("X met Y and said that ...")
    words = [t for t in found if not (p.punct[t] or (dep[t] == "cc" and t > head))] or found
    return min(words), max(words) + 1


def _deed_cue(p: _Parse, frames: list[Frame], i: int) -> bool:
    """Is ``i`` a verb frame's cue that acts on someone, whose scope holds no finite clause
    (« endorsed a clerk to replace her », « urged the board to act », « blamed the coach for the defeat »)?
    The scope then yields no claim (an infinitive is read only under a verb of supposition or denial),
    so the act itself is the sentence's claim, not a frame. A finite clause that tells of a noun of the
    scope (« urged the board to amend a bill that reached her desk », « blamed him for a story that
    alleged … ») is no content of the cue: the act is still the claim, the clause one of its own."""
    if not any(p.dep[c] == "dobj" for c in p.children[i]):
        return False
    scopes = [f for f in frames if f.cue_i == i and f.kind == "verb"]
    return bool(scopes) and not any(
        p.pos[t] in _VERBAL and p.dep[t] in CLAUSE_DEPS and p.dep[t] != "xcomp" and _finite(p, t)
        and not _of_a_noun(p, t, i)
        for f in scopes for t in range(f.scope_start, f.scope_end))


def _of_a_noun(p: _Parse, t: int, cue: int) -> bool:
    """Does the clause of ``t`` hang from a noun on its way up to ``cue`` (a relative or a noun's
    complement inside the cue's object or its prepositional phrase)?"""
    cur = t
    for _ in range(12):
        h = p.head[cur]
        if h in (cur, cue):
            return False
        if p.pos[h] in _NOMINAL:
            return True
        cur = h
    return False


def _coordinated_infinitive(p: _Parse, i: int) -> bool:
    """Is ``i`` an infinitive coordinated with an infinitive complement, sharing its subject (« vowed to
    cut taxes and fix the roads »)? It has the first one's governors."""
    h = p.head[i]
    return (p.dep[i] == "conj" and h != i and p.dep[h] == "xcomp" and not _finite(p, i)
            and not any(p.dep[c] in _SUBJECTS for c in p.children[i]))


def _governors(p: _Parse, i: int) -> list[int]:
    chain: list[int] = []
    cur = i
    h = p.head[i]
    if p.dep[i] == "conj" and h != i and p.dep[h] in {"ccomp", "xcomp"} and (
            any(p.dep[m] == "mark" and p.lower[m] == "that" for m in p.children[i])
            or _coordinated_infinitive(p, i)):
        # « said that prices rose and that wages fell », « vowed to cut taxes and fix the roads »:
        # a coordinated complement has the governors of the first; a finite verb coordinated with the
        # infinitive (« are expected to charge him and released him ») is a deed of its own
        cur = h
    while p.dep[cur] in {"xcomp", "ccomp"} and len(chain) < 4 and p.head[cur] != cur:
        cur = p.head[cur]
        chain.append(cur)
    return chain


def _after_label(p: _Parse, subjects: list[int]) -> list[int]:
    """The subjects of one verb without a label the parse also hung on it as a subject: a name before a colon
    that opens a sentence with a subject of its own (« Harbourton: A ferry ran aground ... », a place or a
    desk heading the story) is no doer; the subject after the colon is."""
    if len(subjects) < 2:
        return subjects
    # (the parse often hangs the colon on the label itself: looked for after the label's head word)
    if any(p.lower[t] == ":" for t in range(subjects[0] + 1, p.edges(subjects[1])[0])):
        return subjects[1:]
    return subjects


def _subject(p: _Parse, i: int, ents: list[tuple[int, int]]) -> tuple[int, int] | None:
    seen = i
    for _ in range(4):
        for c in _after_label(p, [c for c in p.children[seen] if p.dep[c] in {"nsubj", "nsubjpass"}])[:1]:
            if p.lower[c] in _RELATIVES and p.dep[seen] == "relcl":
                ante = p.head[seen]  # « the army, which shelled the camp »: the antecedent
                return next(((s, e) for s, e in ents if s <= ante < e), (ante, ante + 1))
            return p.edges(c)
        if p.dep[seen] in {"conj", "xcomp"} and p.head[seen] != seen:
            seen = p.head[seen]
        elif (p.dep[seen] == "advcl" and p.doc[seen].tag_ == "VBG") or (
                p.dep[seen] in {"advcl", "pcomp"} and _event_participle(p, seen)):
            # « …, killing three », « after losing the vote »: the main clause's subject is the participle's
            # (not any gerund under a preposition: the minister is the one who hides in « critics accused
            # the minister of trying to hide the money »)
            seen = p.head[seen] if p.dep[seen] == "advcl" else p.head[p.head[seen]]
        else:
            break
    return None


def _object(p: _Parse, i: int) -> tuple[int, int] | None:
    for c in p.children[i]:
        if p.dep[c] in _OBJECTS:
            return p.edges(c)
    for c in p.children[i]:  # « supplied shells to Russia »: the recipient is not the theme
        if p.dep[c] == "xcomp":
            return p.edges(c)
    return None


def _place(p: _Parse, i: int, locs: list[tuple[int, int]]) -> tuple[int, int] | None:
    for c in p.children[i]:
        if p.dep[c] != "prep" or p.lower[c] not in _PLACE_PREPS:
            continue
        lo, hi = p.edges(c)
        ent = next(((s, e) for s, e in locs if lo <= s and e <= hi), None)
        if ent is not None:
            return ent
    return None


def _hedge_frame(p: _Parse, g: int) -> bool:
    """« it is possible / likely that », « it seems that », « it appears that »."""
    kids = p.children[g]
    if p.lemma[g].lower() in HEDGE_FRAME_VERBS:
        return True
    return p.lemma[g].lower() == "be" and any(
        p.dep[c] == "acomp" and p.lower[c] in HEDGE_FRAME_ADJECTIVES for c in kids)


def _numbers(p: _Parse, start: int, end: int) -> list[str]:
    return [p.text(t) + (" " + p.text(t + 1) if t + 1 < end and p.pos[t + 1] == "NOUN" else "")
            for t in range(start, end) if p.like_num[t] and p.pos[t] == "NUM"]


def _passive_adjective(p: _Parse, i: int) -> bool:
    """« The road was closed, Lt. Jane Roe said »: the tagger may take a passive participle for an
    adjective (« closed » JJ) while the parser gives it a passive auxiliary and a clause's place: it
    heads the clause all the same."""
    return p.pos[i] == "ADJ" and p.dep[i] in CLAUSE_DEPS and p.dep[i] != "ROOT" and any(
        p.dep[c] == "auxpass" for c in p.children[i])


def _trim(p: _Parse, start: int, end: int) -> tuple[int, int]:
    while end > start and (p.punct[end - 1] or p.space[end - 1] or p.pos[end - 1] == "CCONJ"):
        end -= 1
    while start < end and (p.punct[start] or p.space[start] or p.pos[start] == "CCONJ"):
        start += 1
    return start, end


def _perfect_after(p: _Parse, modal: int) -> int | None:
    """The « have » of a perfect after ``modal`` (« would have died », « would clearly not have
    won »), adverbs and negation between; None when no perfect follows."""
    nxt = modal + 1
    while nxt < len(p.lower) and (p.lower[nxt] in {"not", "n't", "also", "still", "never"}
                                   or p.pos[nxt] == "ADV"):  # « would clearly have won »
        nxt += 1
    return nxt if nxt < len(p.lower) and p.lower[nxt] == "have" else None


def _counterfactual(p: _Parse, modal: int) -> bool:
    """Is ``modal`` the « would » of a counterfactual: « would » + « have » + participle (« would have
    died », « would surely have been »)? Not « would have to » (an obligation supposed)."""
    h = _perfect_after(p, modal)
    return (p.lower[modal] in CONDITIONAL_MODALS and h is not None and h + 1 < len(p.lower)
            and p.doc[h + 1].tag_ == "VBN")


def _future_in_the_past(p: _Parse, modal: int, frame: Frame | None, sayer: int | None) -> bool:
    """Is « would » the backshifted « will » of indirect speech: a past reporting verb governs the
    clause (« officials said the bridge would reopen ») and no perfect follows (« would have
    died » is counterfactual)? A conditional of hearsay, as French has, English writes otherwise
    ("reportedly", "allegedly")."""
    if p.lower[modal] not in PAST_FUTURE_MODALS:
        return False
    if _perfect_after(p, modal) is not None:
        return False
    cue = frame.cue_i if frame is not None else sayer
    if cue is None or cue < 0:
        return False
    tag = p.doc[cue].tag_
    if tag == "VBD":
        return True
    if tag == "VBN":  # "had said", "was announced"
        auxes = [a for a in p.children[cue] if p.dep[a] in {"aux", "auxpass"}]
        if not auxes and any(p.dep[c] == "nsubj" for c in p.children[cue]):
            return True  # « Okafor declared ... »: a past the tagger took for a participle
        return any(p.doc[a].tag_ == "VBD" for a in auxes)
    # "..., insisting that he would", "promising that it would": the participle of a past clause,
    # through the clauses it hangs from (« ..., saying jobs were lost and promising that it would »)
    if tag != "VBG":
        return False
    for _ in range(4):
        # (not out of a relative clause: « engineers who are warning that it would fail met him » is no past)
        if p.head[cue] == cue or p.dep[cue] == "relcl":
            return False
        cue = p.head[cue]
        if p.pos[cue] not in _VERBAL:
            return False
        if p.doc[cue].tag_ == "VBD":
            return True
    return False


def _headline_future(p: _Parse, i: int) -> bool:
    """Is ``i`` the infinitive of a headline's future (« Mayor to visit flooded valley », « Obama to
    Meet With Sanders »): the root of its sentence, with « to » and a subject of its own, no finite
    verb? What will happen, not what happened."""
    kids = p.children[i]
    if not any(p.dep[c] == "aux" and p.lower[c] == "to" for c in kids):
        return False
    if p.dep[i] == "ROOT":
        return any(p.dep[c] in {"nsubj", "nsubjpass"} for c in kids)
    # in Title Case the parser hangs the verb from its subject, the root (« Obama to Meet With … »)
    h = p.head[i]
    return p.dep[h] == "ROOT" and h == i - 2 and p.lower[i - 1] == "to" and p.text(h)[:1].isupper()


def _supposed(p: _Parse, i: int, heads: set[int]) -> bool:
    """Is the « would » of ``i`` hypothetical whatever frames it: a condition hangs on the clause
    (« if true, the charges would end his career », « it would be a shock if she quit »; not
    « even if »), or a proposal is its subject (« the bill would raise the levy », « a measure that
    would ban it »)? Then it is no backshifted « will », even under a past reporting verb."""
    dep, lower, children = p.dep, p.lower, p.children
    for h in heads:
        for c in children[h]:
            if dep[c] == "advcl" and any(dep[m] == "mark" and lower[m] in CONDITION_MARKS
                                         and not (m > 0 and lower[m - 1] == "even") for m in children[c]):
                return True
    # an active subject only: « the scheme would be launched » is mostly reported speech's « will »
    subj = next((c for c in children[i] if dep[c] == "nsubj"), None)
    if subj is not None and lower[subj] in _RELATIVES and dep[i] == "relcl":
        subj = p.head[i]  # « a bill that would ... »: the antecedent
    return subj is not None and p.lemma[subj].lower() in PROPOSAL_NOUNS


def _incredulous(p: _Parse, g: int) -> bool:
    """Is ``g`` a verb of disbelief, « can't imagine », « cannot believe »: negated with « can », it
    takes what it frames as known (what the speaker wonders at), not as supposed."""
    if not (g >= 0 and p.lemma[g].lower() in INCREDULITY_VERBS and negated(p, g)
            and any(p.dep[a] == "aux" and p.lower[a] in {"can", "ca", "could"} for a in p.children[g])):
        return False
    # « cannot believe that he is guilty » refuses a judgement, it wonders at no event
    return not (p.lemma[g].lower() == "believe" and any(
        p.dep[c] == "ccomp" and p.lemma[c].lower() == "be" and any(p.dep[x] in {"attr", "acomp"} for x in p.children[c])
        for c in p.children[g]))


def _reputed(p: _Parse, g: int) -> bool:
    """Is ``g`` a passive verb of standing with its predicate (« was considered the favourite », « is
    regarded as a moderate »)? It tells how someone is seen, and supposes no clause the parser may
    hang from it (a dash's aside read as the main clause's governor)."""
    if any(p.lower[a] == "being" for a in p.children[g]):
        return False  # « she is being considered to lead it »: envisaged, not a standing
    return p.lemma[g].lower() in REPUTE_VERBS and _passive(p, g) and any(
        p.dep[c] in {"oprd", "attr"} or (p.dep[c] == "prep" and p.lower[c] == "as") or (
            p.dep[c] in {"ccomp", "xcomp"} and _predicate_before(p, g, c))
        for c in p.children[g])


def _predicate_before(p: _Parse, g: int, c: int) -> bool:
    """Does a noun or an adjective of ``g`` or ``c`` stand between them (« considered the likeliest heir
    to lead it »: a predicate the parser read as a clause's subject)? Not « is considered to have fled »,
    a supposition whose infinitive is the claim."""
    return any(p.pos[t] in {"NOUN", "PROPN", "ADJ"} and p.head[t] in {g, c} for t in range(g + 1, c))


def _quoted_label(p: _Parse, i: int, end: int) -> bool:
    """Is the object of calling verb ``i`` quoted (« Calls His First Season 'A Blur' », a headline's Title Case
    hiding the label from the parser)?"""
    obj = next((c for c in p.children[i] if p.dep[c] == "dobj"), None)
    if obj is None:
        return False
    # the object's head inside the quotation: the last mark before it opens (« the 'Big Four' meeting »
    # quotes a name, not the label)
    marks = [t for t in range(max(p.doc[obj].left_edge.i, i + 1), min(obj, end)) if p.doc[t].tag_ in {"``", "''"}]
    return bool(marks) and p.doc[marks[-1]].tag_ == "``"


def _outside_frame(p: _Parse, frame: Frame, i: int) -> bool:
    """Is clause ``i`` under ``frame`` without being its words: a relative clause on the object of a
    verb of stance (« opposed a bill the mayor had backed »: the article describes the bill), or the
    participle scene of a verb of showing (« the photo shows the mayor standing in the rain »)?"""
    cue = frame.cue_i
    if cue < 0 or cue >= len(p.lower):
        return False
    if _in_speaker(p, cue, i):
        return True
    clem = p.lemma[cue].lower()
    h = p.head[i]
    if p.dep[i] == "relcl" and clem in STANCE_VERBS and p.dep[h] == "dobj" and p.head[h] == cue:
        return True
    return (clem in DEPICTING_VERBS and h == cue and p.dep[i] == "ccomp" and p.doc[i].tag_ == "VBG"
            and not any(p.dep[c] in {"mark", "aux"} for c in p.children[i]) and _pictured(p, cue))


_WH_RELATIVES = frozenset({"who", "whom", "whose", "which"})


def _relative_subject(p: _Parse, i: int) -> bool:
    """Is the subject of clause ``i`` a relative word (« who », « which », « whose plan »): a relative
    clause, whatever head the parser gave it?"""
    return any(p.dep[c] in {"nsubj", "nsubjpass"} and (p.lower[c] in _WH_RELATIVES or any(
        p.dep[d] == "poss" and p.lower[d] == "whose" for d in p.children[c])) for c in p.children[i])


def _in_speaker(p: _Parse, verb: int, i: int) -> bool:
    """Is clause ``i`` inside the subject of reporting ``verb``, the words that name the speaker (« said
    the coach, whose team has won twice »)? The article describes the speaker: the speaker does not
    say it."""
    return any(p.dep[c] == "nsubj" and i != c and p.in_subtree(i, c) for c in p.children[verb])


def _pictured(p: _Parse, verb: int) -> bool:
    """Does showing ``verb`` depict a scene (« the photo shows », « a video that shows »), not data that
    shows a trend (« polls show the mayor leading »: the polls' finding)?"""
    subj = next((c for c in p.children[verb] if p.dep[c] == "nsubj"), None)
    if subj is not None and p.lower[subj] in _RELATIVES and p.dep[verb] == "relcl":
        subj = p.head[verb]
    return not (subj is not None and p.lemma[subj].lower() in DATA_NOUNS)


def _forecast_adjective(p: _Parse, words: list[int]) -> int | None:
    """« is sure to anger », « seemed certain to pass », « is bound to fail »: the adjective of
    near-certainty among ``words`` that governs an infinitive, if any."""
    for a in words:
        if p.lower[a] in FORECAST_ADJECTIVES and any(
                p.dep[x] == "xcomp" and any(p.dep[t] == "aux" and p.lower[t] == "to" for t in p.children[x])
                for x in p.children[a]):
            return a
    return None


def _appearance_mark(p: _Parse, i: int) -> int | None:
    """The « like » of « it looks like ... », the « if » of « it sounds as if ... », when ``i``
    opens such a clause under a verb of appearance."""
    # (« it seems / appears as if … »: the verbs of a hedge frame take the same clause, which the parser
    # hangs as an adverbial)
    if p.dep[i] not in {"advcl", "ccomp"} or p.lemma[p.head[i]].lower() not in APPEARANCE_VERBS | HEDGE_FRAME_VERBS:
        return None
    return next((c for c in p.children[i] if p.dep[c] == "mark" and p.lower[c] in APPEARANCE_MARKS
                 and (p.lower[c] == "like" or (c > 0 and p.lower[c - 1] == "as"))), None)


def read_claims(doc: Doc) -> list[ClauseClaim]:
    """The claims of an English doc (clause heads), each with its modality and polarity."""
    frames: list[Frame] = doc._.frames or []
    frame_cues = {f.cue_i for f in frames if f.kind in {"verb", "inverted", "colon"}}
    ents = list(doc.ents)
    ent_ranges = [(e.start, e.end) for e in ents]
    locs = [(e.start, e.end) for e in ents if e.label_ == "LOC"]
    p = _Parse(doc)
    _hang_verdict(p)
    pos, dep, lemma, lower, head, children = p.pos, p.dep, p.lemma, p.lower, p.head, p.children
    quotes = doc._.quotes or []
    text = text_of(doc)
    datelines = dateline_spans(doc)
    claims: list[ClauseClaim] = []
    # an event participle's claim, its main clause's verb, and whether it tells a consequence (« …, killing
    # three ») or a means (« by raising the tax »), not an occasion (« after losing the vote »)
    events: list[tuple[ClauseClaim, int, bool, bool]] = []
    for sent in doc.sents:
        spec_nouns = [t for t in range(sent.start, sent.end) if lower[t] in SPECULATIVE_NOUNS
                      or lemma[t].lower() in SPECULATIVE_NOUNS]
        for i in range(sent.start, sent.end):
            if (pos[i] not in _VERBAL and not _passive_adjective(p, i)) or not any(ch.isalpha() for ch in lower[i]):
                continue  # (a dash the tagger read as a verb, « ― », heads no clause)
            if dep[i] not in CLAUSE_DEPS and not _claim_noun_clause(p, i) and not _event_participle(p, i) and not (
                    dep[i] == "acl" and _finite(p, i) and (_noun_content(p, i) is not None or _said_in(p, i))
                    and not _gives_to_recipient(p, i)):
                continue  # (« his claims that the tax was illegal »: the content of a claim noun is one)
            kids = children[i]
            lem = _CURLY_BE.get(lower[i], lemma[i].lower())
            pred = i  # the word that names the predicate: the verb, or a copula's complement
            if pos[i] == "AUX" or lower[i] in _CURLY_BE:
                comp = next((c for c in kids if dep[c] in {"attr", "acomp"}), None)
                if comp is None:
                    continue  # an auxiliary with nothing to say
                pred = comp
                if _hedge_frame(p, i) and any(dep[c] == "ccomp" for c in kids):
                    continue  # « it is possible that ... »: the frame of a hedged clause
            has_content = any(dep[c] in {"ccomp", "xcomp"} and pos[c] in _VERBAL for c in kids)
            if lem in REPORTING_VERBS and has_content:
                continue  # « officials said (that) ... », « is said to »: the frame, not a claim
            deed = i in frame_cues and _deed_cue(p, frames, i)
            if i in frame_cues and (lem not in DENIAL_VERBS or has_content) and not deed:
                continue
            governors = _governors(p, i)
            participle = _speech_participle(p, frames, i)
            event = _event_participle(p, i)
            anchor = _participle_anchor(p, i) if event else i
            if event and not governors:
                # « officials said the gunman opened fire, wounding six »: the participle is told by
                # whoever tells its main clause
                governors = _governors(p, anchor)
            if not _finite(p, i) and not governors and not participle and not event:
                continue
            if lem in HEDGE_FRAME_VERBS and has_content:
                continue  # « it seems that ... », « seems to ... »: read from the clause
            if lem in APPEARANCE_VERBS and any(_appearance_mark(p, c) is not None for c in kids):
                continue  # « it looks like ... »: read from the clause, as « it seems that »
            if lem in _READ_FROM_INFINITIVE and any(dep[c] == "xcomp" and pos[c] == "VERB" for c in kids):
                continue  # « denied shelling », « is considering sending »: read from the infinitive
            if lem in _PASSIVE_GOVERNORS and _passive(p, i) and any(dep[c] == "xcomp" for c in kids):
                continue  # « is believed to have left »: the infinitive is the claim
            if lem in DENIAL_VERBS and any(dep[c] == "ccomp" for c in kids):
                continue  # « denied that ... »: the denied clause is the claim
            if dep[i] == "xcomp" and not any(
                    lemma[g].lower() in _READ_FROM_INFINITIVE | _PASSIVE_GOVERNORS | HEDGE_FRAME_VERBS
                    for g in governors) and not _defends_against(p, i):
                continue  # (« took to the radio to push back on reports … »: a denial of its own)
            start, end = _trim(p, *_clause_range(p, i, frames))
            start = next((b for a, b in datelines if a <= start < b < end), start)  # the clause starts after a dateline
            if end - start < 2:
                continue
            auxes = _aux(p, i)
            # (the « can » of « can't imagine » is the idiom's, not a modal of the clause)
            gov_auxes = [a for g in governors if not _incredulous(p, g) for a in _aux(p, g)]
            frame = next((f for f in frames if f.covers(i) or (event and f.covers(anchor))), None)
            if frame is not None and _outside_frame(p, frame, i):
                frame = None
            if frame is not None and frame.surface and start < frame.scope_start <= i:
                start = frame.scope_start  # (a saying read from the words' order: its speaker is no part)
            if (frame is not None and frame.kind == "verb" and frame.cue_i in frame_cues and frame.cue_i != i
                    and _of_a_noun(p, i, frame.cue_i) and _deed_cue(p, frames, frame.cue_i)):
                # « urged the city to drop charges against protesters who were arrested »: the cue is an
                # act on someone, not a saying, and the clause tells of a noun of its object: the
                # narrator's fact, not the cue's subject's words
                frame = None
            if event and frame is None and anchor in frame_cues and lemma[anchor].lower() in DENIAL_VERBS and any(
                    dep[c] in {"xcomp", "ccomp"} for c in children[anchor]) and _comma_participle(p, i):
                # « denied shelling the camp, killing 12 »: the parser hangs the participle on the denial,
                # whose content it extends; it is denied with it, no deed of the denier (« denied
                # resigning after losing the vote » takes the loss as known)
                frame = next((f for f in frames if f.cue_i == anchor), None)
            neg = negated(p, i) or any(negated(p, g) for g in governors if dep[i] == "xcomp")
            modality, cue = "asserted", ""
            planned = False
            sayer = None
            own = next((f for f in frames if f.kind == "nominal" and f.cue_i == i and (
                (f.cue in CALLING and (any(dep[c] == "oprd" for c in kids) or _quoted_label(p, i, end)))
                or (f.cue in DESCRIBING and any(dep[c] == "prep" and lower[c] == "as" for c in kids)))), None)
            if frame is None and deed and lem in CALLING:
                # « called the levy a disgrace », kept as its sentence's claim: the caller's words
                own = next(f for f in frames if f.cue_i == i)
            if frame is None and own is None and lem in COMMISSIVE_VERBS:
                # « the president promised quick results »: what he undertakes is his words
                own = next((f for f in frames if f.kind == "nominal" and f.cue_i == i), None)
            if frame is None and own is None and participle:
                # « ..., calling the vote a farce », « ..., accusing him of lying »: the subject's words
                own = next((f for f in frames if f.kind == "nominal" and f.cue_i == i), None)
            if frame is None and own is not None:
                # « the mayor called the ruling unfair »: the verdict is the mayor's words, and so
                # is the clause that tells it (the act is the saying)
                frame = own
            if frame is not None:
                modality, cue = "reported", frame.cue
            else:
                # the complement of a reporting verb (« officials said the army had ... »)
                sayer = next((g for g in governors if lemma[g].lower() in REPORTING_VERBS
                              and not (_passive(p, g) and lemma[g].lower() in _PASSIVE_GOVERNORS)
                              and not _in_speaker(p, g, i)
                              # (« said X, the mayor of a port whose plan is praised »: a clause opened by
                              # a relative word after the verb tells of a noun, though the parser may hang
                              # it on the verb)
                              and not (g < start and _relative_subject(p, i))), None)
                if sayer is not None:
                    modality, cue = "reported", lemma[sayer].lower()
                according = next((c for c in kids if lower[c] == "according"), None)
                if according is not None:
                    modality, cue = "reported", "according to"
            noun = _noun_content(p, i)
            if noun is not None and (frame is None or frame.cue_i != noun):
                # « fighting back against a story she padded her expenses », « amid accusations
                # from aides that he bullied his staff »: what the report or the accusation says, not
                # the words of whoever speaks around it
                modality, cue, frame = "reported", lemma[noun].lower(), None
            # « his claim that the tax was illegal », « the allegation that he lied »: the content of a
            # source's claim is that source's words (reported), as the clause of « he claimed that »
            claimed = noun is not None and frame is not None and frame.cue_i == noun
            if noun is not None and claimed:
                modality, cue = "reported", lemma[noun].lower()
            # (« the rumors, which spread on Monday »: a relative clause tells of the rumour, not its content)
            framing = next((t for t in spec_nouns if p.in_subtree(i, t)
                            and not (dep[i] == "relcl" and head[i] == t)), None)
            if framing is not None:
                modality, cue = "speculative", p.text(framing)
            if dep[i] == "ccomp" and _hedge_frame(p, head[i]):
                modality, cue = "speculative", p.text(head[i])
            heads = {i, pred, *auxes}
            hedge = next((c for c in range(start, end) if lower[c] in HEDGES and head[c] in heads), None)
            if hedge is not None:
                modality, cue = "speculative", p.text(hedge)
            sure = _forecast_adjective(p, [pred, *(c for c in kids if dep[c] in {"acomp", "oprd"})])
            if sure is not None:
                modality, cue, planned = "speculative", p.text(sure), True
            elif lem in HEDGE_FRAME_VERBS and any(dep[c] in {"acomp", "oprd"} for c in kids):
                modality, cue = "speculative", p.text(i)  # « the mayor seemed tired »
            looks = _appearance_mark(p, i)
            if looks is not None:
                modality, cue = "speculative", p.text(head[i])
            for g in governors:
                glem = lemma[g].lower()
                if (glem in SPECULATIVE_VERBS and not _incredulous(p, g) and not _reputed(p, g)
                        and not (glem in SURE_WHEN_NEGATED and negated(p, g))):  # « did not doubt »: sure
                    modality, cue = "speculative", p.text(g)
                elif glem in SPECULATIVE_PASSIVES and _passive(p, g):
                    modality, cue = "speculative", p.text(g)
                    planned = planned or glem in {"expect", "predict"}
                elif glem in HEARSAY_PASSIVES and _passive(p, g):
                    modality, cue = "conditional", p.text(g)
                planned = planned or glem in PLANNED_LEMMAS
            hearsay = next((c for c in range(start, end) if lower[c] in HEARSAY_ADVERBS and head[c] in heads), None)
            if hearsay is not None:
                modality, cue = "conditional", p.text(hearsay)
            modal = next((a for a in [*auxes, *gov_auxes] if lower[a] in CONDITIONAL_MODALS | SPECULATIVE_MODALS), None)
            # « must/should have seen »: an inference or a counterfactual, no demand
            perfect = modal is not None and modal + 1 < len(lower) and lower[modal + 1] == "have"
            if modal is not None and lower[modal] in DEONTIC_MODALS and modality == "reported" and not perfect:
                pass  # « the coach said the players must apologize »: the source's demand, its words
            elif modal is not None and lower[modal] in OBLIGING_MODALS and not perfect and (
                    any(dep[a] == "auxpass" for a in auxes) or (
                        lemma[i].lower() not in MUST_STATES and p.doc[i].tag_ != "VBG")):
                # « the bridge must be repaired »: an obligation stated, no guess; a state or a progressive
                # (« it must be late », « he must know », « it must be lying there ») guesses
                pass
            elif modal is not None and lower[modal] in SPECULATIVE_MODALS:
                modality, cue = "speculative", p.text(modal)
            elif modal is not None and modality != "speculative":
                if modality == "reported" and _future_in_the_past(p, modal, frame, sayer) \
                        and not _supposed(p, i, heads):
                    planned = True  # "she said the reform would stay": the future of indirect speech
                elif _counterfactual(p, modal):
                    # what would have happened and did not: its cue tells grouping so
                    modality, cue = "conditional", COUNTERFACTUAL_CUE
                else:
                    modality, cue = "conditional", p.text(modal)
            if modality == "asserted" and frame is None and any(
                    dep[c] in {"nsubj", "nsubjpass"} and lower[c] in FIRST_PERSON for c in kids):
                # "As mayor, I'll fix the roads", "We Can Win": first person in a news text is
                # someone's words, marks or no marks
                modality, cue = "reported", lower[next(c for c in kids if lower[c] in FIRST_PERSON)]
            if modality == "asserted" and frame is None:
                # a clause wholly inside quotation marks is someone's words, though the speaker is
                # named in another sentence (« X spoke on Sunday. “The plan has failed.” »); a scare
                # quote inside the clause does not hold the whole clause
                lo, hi = p.doc[start].idx, p.doc[end - 1].idx + len(p.doc[end - 1])
                quote = next((q for q in quotes if q.start <= lo and hi <= q.end), None)
                if quote is not None:
                    modality, cue = "reported", quote.cue or "quote"
                elif _in_open_quote(text, lo, hi):
                    modality, cue = "reported", "quote"
            # a finite clause under a future (« will argue that prices rose ») keeps its own tense
            told_future = auxes if _own_tense(p, i) else [*auxes, *gov_auxes]
            planned = planned or any(lower[a] in FUTURE_MODALS for a in told_future) or (
                lower[i] == "going" and any(dep[c] == "xcomp" for c in kids)) or _headline_future(p, i)
            holder = next((g for g in governors if lemma[g].lower() in OPINION_VERBS and not negated(p, g)
                           and any(dep[c] == "nsubj" and lower[c] in FIRST_PERSON for c in children[g])), None)
            if modality == "reported" and planned and holder is not None and frame is not None \
                    and frame.cue_i != holder:
                # « “I think it'll pass,” he said »: the speaker's own « I think » hedges a forecast in
                # their words (« the mayor thinks it will pass, aides said » relays a stance: reported)
                modality, cue = "speculative", p.text(holder)
            # « if the audit is damning », « unless talks resume »: a condition, not a statement
            # (« even if they live abroad » concedes: the clause holds whatever)
            # (« acted as if nothing had happened »: a manner, compared, not a condition)
            condition = next((c for c in kids if dep[c] == "mark" and lower[c] in CONDITION_MARKS
                              and not (c > 0 and lower[c - 1] in {"even", "as"})), None)
            if condition is not None and modality in {"asserted", "reported"}:
                modality, cue = "conditional", p.text(condition)
            # denials: an active, unhedged, unnegated denial verb, or one that governs the clause
            rejects_claim = lem in REJECTION_VERBS | EN_ONLY_REJECTION_VERBS and any(
                dep[c] == "dobj" and _names_claim(p, c) for c in kids) and not _court_dismissal(p, i)
            rejects_claim = rejects_claim or (lem in VERDICT_VERBS and _calls_false(p, i)) or _defends_against(p, i)
            rejects_claim = rejects_claim or _asserts_innocence(p, i) or _claimants_lie(p, i)
            question = _question(p, i)
            if ((lem in DENIAL_VERBS and not _withholds(p, i)) or rejects_claim) and not neg and modal is None \
                    and not _passive(p, i) and not question:
                modality, cue = "denied", lem
            elif pred != i and modal is None and not question and _judged_false(p, i, pred, neg):
                # « it is untrue », « the story is not true », « saying so is baseless »: the speaker
                # calls what was said false; the denial is positive (« not true » is its wording)
                modality, cue, neg = "denied", lemma[pred].lower(), False
            elif _misread_as(p, i) and not neg and modal is None:
                # « the law has been misconstrued as a ban »: the speaker denies the reading
                modality, cue = "denied", lem
            else:
                denier = next((g for g in governors if lemma[g].lower() in DENIAL_VERBS | REJECTION_VERBS
                               and not negated(p, g) and not _passive(p, g)), None)
                # « refused to confirm » denies what it would have confirmed (as French)
                if denier is None and lem in REFUSED_SPEECH and dep[i] == "xcomp" and not neg:
                    denier = next((g for g in governors[:1] if lemma[g].lower() in {"refuse", "decline"}), None)
                if denier is not None and not question:
                    modality, cue = "denied", lemma[denier].lower()
                elif (frame is not None and frame.effect == "denied" and frame.cue in REFUSALS
                      and lem not in REFUSED_SPEECH):
                    modality, cue = "asserted", ""  # "Congress refused to fund it": a deed refused, no denial
                elif frame is not None and frame.effect == "denied" and _rejects_proposal(p, frame):
                    # « rejected calls that they need a new chairman »: the call is someone's words;
                    # turning it down denies no fact
                    modality, cue = "reported", frame.cue
                elif frame is not None and frame.effect == "denied" and question:
                    modality, cue = "reported", frame.cue  # « why do they deny it? » asks, denies nothing
                elif frame is not None and frame.effect == "denied" and not negated(p, frame.cue_i):
                    modality, cue = "denied", frame.cue
            # an opinion (« I believe the minister is honest ») is its holder's words; only a forecast
            # held (« I think it will pass ») is speculation
            # (« I don't think X is Y » holds no X; « believe it should close by June » forecasts)
            opinion = frame is not None and frame.cue in OPINION_VERBS and not planned and (
                not negated(p, frame.cue_i)) and (modal is None or lower[modal] in DEONTIC_MODALS - {"should"})
            if frame is not None and frame.effect == "speculative" and modality in {"reported", "asserted"} \
                    and not claimed and _incredulous(p, frame.cue_i):
                modality, cue = "reported", frame.cue  # « she can't believe they won »: taken as known
            elif frame is not None and frame.effect == "speculative" and not claimed and (
                    modality in {"reported", "asserted"} or (modality == "conditional" and cue in CONDITIONAL_MODALS)):
                # (« hints he would not back her »: the hedge of the frame wins over « would »)
                modality, cue = ("reported" if opinion else "speculative"), frame.cue
            # a forecast relayed by a reporting verb keeps its hedge (the attribution frame of the
            # outer verb hides the inner one): « said the port expects to hire dockers ». A negated
            # expectation only forecasts nothing when its negation reaches the claim (an xcomp); over a
            # clause of its own (« does not expect the strike to end ») the claim stays a forecast
            expecting = next((g for g in governors if lemma[g].lower() in EXPECTATION_VERBS
                              and not (negated(p, g) and dep[i] == "xcomp") and not _passive(p, g)), None)
            if expecting is not None and modality == "reported" and not claimed and not _demand(p, expecting, kids):
                modality, cue = "speculative", lemma[expecting].lower()
            claims.append(ClauseClaim(
                head=i, start=start, end=end, predicate=lemma[pred].lower(),
                subject=_subject(p, i, ent_ranges), object=_object(p, pred if pred != i else i),
                place=_place(p, i, locs), modality=modality, cue=cue, frame=frame, negated=neg,
                planned=planned, numbers=_numbers(p, start, end),
            ))
            if event:
                # (a participle before its main clause sets the scene: « speaking on the radio, he would … »)
                # (« will close in June before reopening »: what comes after a future is no more told as done)
                events.append((claims[-1], anchor, (_comma_participle(p, i) and i > anchor) or _before(p, i),
                               _means_participle(p, i)))
    _inherit_main_clause(claims, events)
    _headline_fallback(p, doc, frames, claims, ent_ranges, locs)
    _colon_tolls(p, doc, claims, locs)
    for c in claims:
        tail = _hyphen_tail(p, c.head)
        if tail is not None and c.predicate == lower[c.head]:
            c.predicate = f"{lower[c.head]}-{lemma[tail].lower()}"
            c.end = max(c.end, tail + 1)  # (« was re- » alone would end the clause on the prefix)
    return claims


def _demand(p: _Parse, expecting: int, kids: list[int]) -> bool:
    """« expect » a person « to » act asks something of them (« the union expects the mayor to meet the
    strikers »): the writer's words, no forecast. Any other subject (« expects prices to rise », « forecast
    growth to slow », « expects the bank to cut rates ») or verb (« predict », « anticipate ») forecasts."""
    from recoupe.lang.en.sources import ROLE_HEADS  # (imported here as the other readers of it do)

    if p.lemma[expecting].lower() != "expect" or not any(p.lower[c] == "to" and p.dep[c] == "aux" for c in kids):
        return False
    agent = next((c for c in kids if p.dep[c] in _SUBJECTS), None)
    return agent is not None and (p.doc[agent].ent_type_ in {"PER", "PERSON"} or p.lower[agent] in ROLE_HEADS
                                  or p.lower[agent] in _PERSONAL_PRONOUNS)


def _inherit_main_clause(claims: list[ClauseClaim], events: list[tuple[ClauseClaim, int, bool, bool]]) -> None:
    """An event participle cut out of its main clause keeps that clause's modality: « could hit the
    coast, killing three » supposes the deaths, « will cut 500 jobs, saving 20 million » forecasts the
    saving, « reportedly hit …, killing three » is hearsay. A source's own frame on the main clause
    (« promised quick results, sending shares up ») is no modality of the deed that follows it."""
    by_head = {c.head: c for c in claims}
    for claim, anchor, told, means in events:
        main = by_head.get(anchor)
        if main is None or main is claim or claim.modality != "asserted" or claim.frame is not None:
            continue
        # (« may have lost votes in closing the office », « after losing the vote »:
        # the occasion is taken as known, only its future is the main clause's)
        if told and (main.modality in {"speculative", "conditional"} or (
                main.modality == "reported" and main.frame is None)):
            claim.modality, claim.cue = main.modality, main.cue
        elif means and main.modality == "conditional":
            # « would fund schools by raising the tax » proposes the raise; « may have saved more by selling
            # the stadium » doubts the saving, not the sale
            claim.modality, claim.cue = main.modality, main.cue
        claim.planned = claim.planned or main.planned


def _quote_depth(text: str, lo: int, hi: int) -> int:
    """How many quotations are open at ``hi``, reading ``text[lo:hi]``'s double marks by where they
    stand, not by their style: a straight mark after a space opens, one after a word closes. A wire
    pair of two styles (« “We will win," he said ») is then closed, an inch mark (« 6'2" ») closes
    nothing."""
    depth = 0
    for k in range(lo, hi):
        ch = text[k]
        if ch == "“" or (ch == '"' and (k == lo or text[k - 1].isspace() or text[k - 1] in "([—–-")):
            depth += 1
        elif ch in '”"' or (text.startswith("''", k) and k > lo and not text[k - 1].isspace()
                            and text[k - 1] != "'"):
            depth = max(depth - 1, 0)  # (a doubled apostrophe after a word closes: « "Harbor,'' »)
    return depth


def _in_open_quote(text: str, lo: int, hi: int) -> bool:
    """Does ``text[lo:hi]`` lie inside a quotation opened before it in its paragraph and not closed
    before its end (« “The plan failed. We will do better. » where a summary or a lead was cut
    inside the quote, which the quote reader, wanting both marks, leaves out)?"""
    par = text.rfind("\n", 0, lo) + 1
    # balanced by style, or closed when the marks are read by where they stand (a wire pair of two styles)
    if _unclosed(text[par:lo]) < 0 or _quote_depth(text, par, lo) == 0:
        return False
    inside = text[lo:hi]
    return "”" not in inside and inside.count('"') % 2 == 0


def _question(p: _Parse, i: int) -> bool:
    """Does the sentence of ``i`` ask (it ends with « ? »)? « Why do they deny what happened? » denies
    nothing: it asks about a denial."""
    sent = p.doc[i].sent
    last = next((t for t in range(sent.end - 1, sent.start - 1, -1) if not p.space[t]
                 and p.lower[t] not in {'"', "”", "’", "'", ")"}), sent.start)
    return p.lower[last] == "?"


def _judged_false(p: _Parse, aux: int, pred: int, neg: bool) -> bool:
    """A copula that calls what was said false: its complement ``pred`` is a word of falsehood
    (FALSEHOOD_WORDS, « untrue », « a smear ») or, negated, of truth (TRUTH_WORDS, « not true »,
    « not an accurate statement »), and its subject points back at a claim: a pronoun
    (POINTING_SUBJECTS), a claim noun (« the report », « reports of a merger »), or a clause
    (« saying so is baseless »). Not with a clause of its own (« it is wrong to ban it » judges an
    act)."""
    kids = p.children[aux]
    if any(p.dep[c] in {"xcomp", "ccomp"} for c in kids):
        return False
    if p.dep[aux] == "ccomp" and p.lemma[p.head[aux]].lower() not in REPORTING_VERBS:
        return False  # « whether she knew that her figures were false »: a question about it, no one says it
    words = [pred, *(c for c in p.children[pred] if p.dep[c] == "amod")]
    # « is “simply not true” »: the parser may hang the « not » on the complement
    if neg or any(p.dep[c] == "neg" for c in p.children[pred]):
        if not any(p.lemma[w].lower() in TRUTH_WORDS or p.lower[w] in TRUTH_WORDS for w in words):
            return False
    elif not any(p.lemma[w].lower() in FALSEHOOD_WORDS or p.lower[w] in FALSEHOOD_WORDS for w in words):
        return False
    for c in kids:
        if p.dep[c] == "csubj":
            return True
        if p.dep[c] == "nsubj":
            return p.lower[c] in POINTING_SUBJECTS or _names_claim(p, c)
    return False


def _rejects_proposal(p: _Parse, frame: Frame) -> bool:
    """« rejected calls / appeals / demands that ... »: a verb that denies only a claim
    (REJECTION_VERBS, see DENIABLE_NOUNS) whose object is a noun that names no claim (a call, a
    plea, a bid) turns down a proposal; what the proposal says is not denied."""
    if frame.kind != "nominal" or frame.cue not in REJECTION_VERBS | EN_ONLY_REJECTION_VERBS:
        return False
    obj = next((c for c in p.children[frame.cue_i] if p.dep[c] == "dobj"), None)
    return obj is not None and p.pos[obj] == "NOUN" and not _names_claim(p, obj)


def _defends_against(p: _Parse, verb: int) -> bool:
    """« is fighting back against a story », « pushed back against the allegations »: a verb of
    defence (DEFENCE_VERBS, with its particle) whose « against » names a claim (DENIABLE_NOUNS)
    rejects that claim."""
    lem = p.lemma[verb].lower()
    if lem not in DEFENCE_VERBS:
        return False
    kids = p.children[verb]
    particle = DEFENCE_PARTICLES.get(lem)
    if particle is not None and not any(p.dep[c] in {"prt", "advmod"} and p.lower[c] == particle for c in kids):
        return False
    preps = DEFENCE_PREPS if particle is not None else {"against"}
    return any(p.dep[c] == "prep" and p.lower[c] in preps and any(
        p.dep[g] == "pobj" and (_names_claim(p, g) or (particle is not None and p.lemma[g].lower() in CLAIMANT_NOUNS))
        for g in p.children[c]) for c in kids)


_DEMONSTRATIVES = frozenset({"these", "those", "this", "that", "such"})


def _names_claim(p: _Parse, noun: int) -> bool:
    """Does ``noun`` name a claim (DENIABLE_NOUNS, STATED_NOUNS)? Those that name a proposal or an opinion as often
    (CONTENT_NEEDING_NOUNS: « the senator's idea », « criticism ») only with their content clause
    (« the idea that the bridge was unsafe », « criticism that it wasted money »)."""
    lem = p.lemma[noun].lower()
    if lem in STATED_NOUNS:
        return True
    if lem not in DENIABLE_NOUNS:
        return False
    if lem not in CONTENT_NEEDING_NOUNS or any(p.dep[c] == "det" and p.lower[c] in _DEMONSTRATIVES
                                               for c in p.children[noun]):
        return True  # « these criticisms »: the ones just told
    # the content on the noun, or on the holder it names (« criticism from aides that he caved »)
    holders = [g for c in p.children[noun] if p.dep[c] == "prep" and p.lower[c] in {"from", "by"}
               for g in p.children[c] if p.dep[g] == "pobj"]
    return any(p.dep[c] in {"acl", "relcl", "ccomp"} and p.pos[c] in _VERBAL
               for n in (noun, *holders) for c in p.children[n])


def _withholds(p: _Parse, verb: int) -> bool:
    """« denied a request », « denied service to two customers », « denied the family access »: « deny »
    meaning refuse, its object a grant (GRANTED_NOUNS) or given to someone (a dative): no claim is
    denied."""
    kids = p.children[verb]
    return any(p.dep[c] == "dative" for c in kids) or any(
        p.dep[c] == "dobj" and p.lemma[c].lower() in GRANTED_NOUNS for c in kids)


def _court_dismissal(p: _Parse, verb: int) -> bool:
    """« a federal judge dismissed the charges »: a court (COURT_NOUNS as subject) dismissing charges
    (COURT_DISMISSED_NOUNS) acts on a case; no source rejects a claim."""
    kids = p.children[verb]
    return (any(p.dep[c] == "nsubj" and p.lemma[c].lower() in COURT_NOUNS for c in kids)
            and any(p.dep[c] == "dobj" and p.lemma[c].lower() in COURT_DISMISSED_NOUNS for c in kids))


def _asserts_innocence(p: _Parse, verb: int) -> bool:
    """« asserts his innocence », « has maintained her innocence »: a denial of the charges."""
    return p.lemma[verb].lower() in INNOCENCE_VERBS and any(
        p.dep[c] == "dobj" and p.lemma[c].lower() in INNOCENCE_NOUNS for c in p.children[verb])


def _claimants_lie(p: _Parse, verb: int) -> bool:
    """« his critics are lying », « the tenants who had accused him were lying »: a verb of lying
    (LYING_VERBS) whose subject holds a claim, by its noun (CLAIMANT_NOUNS) or by a relative clause
    of claiming (CLAIMING_VERBS: « who accused him »), rejects what they claim."""
    if p.lemma[verb].lower() not in LYING_VERBS:
        return False
    return any(p.dep[c] == "nsubj" and (p.lemma[c].lower() in CLAIMANT_NOUNS or any(
        p.dep[r] == "relcl" and p.lemma[r].lower() in CLAIMING_VERBS for r in p.children[c]))
        for c in p.children[verb])


def _misread_as(p: _Parse, verb: int) -> bool:
    """« the law has been misconstrued as a ban », « was mischaracterized as a retreat »: a passive verb
    of misreading (MISREADING_VERBS) with « as »: its speaker denies that reading. Active (« he
    misrepresented his record ») it accuses, and denies nothing."""
    return p.lemma[verb].lower() in MISREADING_VERBS and _passive(p, verb) and any(
        p.dep[c] == "prep" and p.lower[c] == "as" for c in p.children[verb])


_GAPLESS_DEPS = frozenset({"dobj", "attr", "acomp", "ccomp", "xcomp", "dative", "oprd"})


def _hyphen_tail(p: _Parse, i: int) -> int | None:
    """The verb the tokenizer cut from its prefix at a hyphen when the parser took the prefix for the
    clause's verb (« was re-elected »: « re », « - », « elected »), or None. The predicate is then the
    whole verb (« re-elect »), the one a lexicon of acts names: « re » names no act."""
    doc = p.doc
    if p.lower[i] not in HYPHEN_PREFIXES or i + 2 >= len(doc):
        return None
    if doc[i + 1].text not in HYPHENS or doc[i].whitespace_ or doc[i + 1].whitespace_ or not doc[i + 2].is_alpha:
        return None
    return i + 2


def _said_in(p: _Parse, i: int) -> bool:
    """« said in its statement that a site had passed »: the parser hangs the saying's content on the
    medium it was said in, as a clause of that noun; it is the clause the verb reports."""
    dep, noun = p.dep, p.head[i]
    return (dep[i] == "acl" and dep[noun] == "pobj" and dep[p.head[noun]] == "prep"
            and p.lemma[p.head[p.head[noun]]].lower() in REPORTING_VERBS
            and any(dep[c] == "mark" and p.lower[c] == "that" for c in p.children[i]))


def _noun_content(p: _Parse, i: int) -> int | None:
    """The claim noun (DENIABLE_NOUNS) whose content the clause of ``i`` tells (« a report (that) she
    padded her expenses », « accusations from aides that he bullied them », the parser hanging the
    clause on the last noun), or None. A relative clause (« the report that said … », « the report
    he wrote ») tells no content: the clause is opened by the conjunction « that » (not a relative
    pronoun), or, without it, misses nothing (its own subject and an object or complement)."""
    dep, lemma, children = p.dep, p.lemma, p.children
    if dep[i] not in {"relcl", "acl", "ccomp"}:
        return None
    noun = p.head[i]
    if p.pos[noun] not in {"NOUN", "PROPN"}:
        return None
    if lemma[noun].lower() not in DENIABLE_NOUNS and dep[noun] == "pobj":
        up = p.head[p.head[noun]]  # « accusations from aides that ... »
        if p.pos[up] == "NOUN" and lemma[up].lower() not in DENIABLE_NOUNS:
            # « the merger and accusations from auditors that ... »: the parser hangs the phrase on the
            # first of two joined nouns
            up = next((c for c in children[up] if dep[c] == "conj" and c < p.head[noun]
                       and lemma[c].lower() in DENIABLE_NOUNS), up)
        if p.pos[up] == "NOUN" and lemma[up].lower() in DENIABLE_NOUNS and dep[p.head[noun]] == "prep":
            noun = up
    if lemma[noun].lower() not in DENIABLE_NOUNS:
        return None
    kids = children[i]
    if any(p.lower[c] in _RELATIVES and dep[c] != "mark" for c in kids):
        return None
    if any(dep[c] == "mark" and p.lower[c] == "that" for c in kids):
        return noun
    if any(dep[c] == "nsubjpass" for c in kids):
        return noun
    if any(dep[c] == "nsubj" for c in kids) and any(dep[c] in _GAPLESS_DEPS for c in kids):
        return noun
    return None


# Verbs of giving whose thing given is not told without its recipient: with the recipient alone
# (« sent the committee »), the thing given is the gap of a relative clause. (Not « pay », « sell »,
# « show », « leave », « teach »: their lone object is as often the thing as the person.)
_GIVING_VERBS = frozenset({"give", "hand", "send", "tell", "offer", "lend", "owe", "grant", "award", "promise",
                           "mail", "email", "forward"})
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "you"})
_DIRECTIONS = frozenset({"to", "into", "toward", "towards", "onto"})


def _gives_to_recipient(p: _Parse, i: int) -> bool:
    """« the report the auditor sent the committee », « the report she gave him »: a verb of giving
    whose only objects name a recipient (a person or a body: a pronoun, a name, a role or body
    noun) and which sends nothing anywhere. The report is what was given, not what the clause
    says (« a report she misled the council » still tells its content)."""
    from recoupe.lang.en.sources import ANONYMOUS_HEADS, ORG_HEADS, ROLE_HEADS

    if p.lemma[i].lower() not in _GIVING_VERBS:
        return False
    kids = p.children[i]
    if any(p.dep[c] in {"attr", "acomp", "ccomp", "xcomp", "oprd"} for c in kids) or any(
            p.dep[c] in {"prep", "dative"} and p.lower[c] in _DIRECTIONS for c in kids):
        return False  # « told the panel he was ill », « sent the army into the city »: more than a recipient
    objects = [c for c in kids if p.dep[c] in {"dobj", "dative"}]
    heads = ROLE_HEADS | ANONYMOUS_HEADS | ORG_HEADS
    return bool(objects) and all(
        p.lower[c] in _OBJECT_PRONOUNS or p.doc[c].ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}
        or p.lower[c] in heads or p.lemma[c].lower() in heads for c in objects)


def _names_people(p: _Parse, i: int) -> bool:
    """Does the noun name people (« him », « Anna Keller », « the French », « investors », « the
    minister »), who can only be a recipient of a verb of giving? Not a body (« sold the club »: a
    club is sold as well as sold to)."""
    from recoupe.lang.en.sources import ANONYMOUS_HEADS, ROLE_HEADS

    tok = p.doc[i]
    # the pipeline names people PER (the model's PERSON, NORP before its relabelling); a nation's people
    # are MISC, told from a product or an event by the plural proper noun (« the Germans »)
    return (p.lower[i] in _OBJECT_PRONOUNS or tok.ent_type_ in {"PER", "PERSON", "NORP"}
            or (tok.ent_type_ == "MISC" and tok.tag_ == "NNPS")
            or p.lower[i] in ROLE_HEADS | ANONYMOUS_HEADS or p.lemma[i].lower() in ROLE_HEADS | ANONYMOUS_HEADS)


def _claim_noun_clause(p: _Parse, i: int) -> bool:
    """« his claim that the dam is unsafe », « reports that the plant will close »: a clause the
    parser hangs on a noun of claim as ``acl``, opened by « that », tells the claim's content (a
    reduced relative, « the report published Friday », tells none)."""
    return p.dep[i] == "acl" and any(p.dep[c] == "mark" and p.lower[c] == "that" for c in p.children[i]) and (
        _noun_content(p, i) is not None)


_VERDICT_HOLDERS = frozenset({"oprd", "xcomp", "ccomp", "attr", "acomp"})
# the calling verbs that take a noun for verdict (« called it a lie »; « described it a lie » is no English)
_NOUN_VERDICT_VERBS = frozenset({"call", "label", "brand", "term"})
# verbs that keep their thing given as object in the passive (« had been told / fed / sold a lie »)
_PASSIVE_OBJECT_VERBS = _GIVING_VERBS | {"feed", "sell", "show", "teach"}
# of those, the verbs whose plain object is the hearer (« told voters », « fed readers »), not the thing given
_HEARER_OBJECT_VERBS = frozenset({"tell", "teach", "feed"})
# what may stand between a verb and its own object (« told voters yesterday a lie »); not a prepositional
# phrase, which ends a verb's own complements (« had served "in Vietnam" a distortion »: the caller's verdict)
_OBJECT_GAP_DEPS = frozenset({"dative", "prt", "advmod", "npadvmod"})


def _hang_verdict(p: _Parse) -> None:
    """« called a radio report which quoted a player saying the coach was sacked a "fabrication" »: a
    long clause between a calling verb's object and its verdict, and the parser hangs the verdict, a
    noun with « a »/« an » that ends the sentence, as the object of the last verb before it. Hung back
    on the calling verb (``oprd``), when that verb has a claim for object and no complement of its own,
    and the noun is no natural object of the verb it hangs on (not right after it, unless passive)."""
    dep, lemma, children, head = p.dep, p.lemma, p.children, p.head
    n = len(dep)

    def in_gap(x: int, holder: int) -> bool:  # under one of holder's objects or adverbs (« last year »)
        hops = 0
        while head[x] != holder and head[x] != x and hops < 12:
            x, hops = head[x], hops + 1
        return head[x] == holder and dep[x] in _OBJECT_GAP_DEPS

    for verb in range(n):
        if lemma[verb].lower() not in _NOUN_VERDICT_VERBS or p.pos[verb] != "VERB":
            continue
        kids = children[verb]
        obj = next((c for c in kids if dep[c] == "dobj" and _names_claim(p, c)), None)
        if obj is None or any(dep[c] in _VERDICT_HOLDERS for c in kids):
            continue
        for t in range(obj + 1, n):
            if dep[t] != "dobj" or lemma[t].lower() not in FALSEHOOD_WORDS or head[t] == verb:
                continue
            if not any(dep[c] == "det" and p.lower[c] in {"a", "an"} for c in children[t]):
                continue
            holder = head[t]
            if holder > t or not p.in_subtree(t, verb):
                continue  # « what a lie the paper printed! »: fronted; or outside the calling verb's sentence
            left = min((x for x in range(holder + 1, t + 1) if p.in_subtree(x, t)), default=t)
            between = [x for x in range(holder + 1, left) if not p.punct[x]]
            if _passive(p, holder) and lemma[holder].lower() in _PASSIVE_OBJECT_VERBS:
                continue  # « had been told a lie »: the thing told, passive or not
            if lemma[holder].lower() in _PASSIVE_OBJECT_VERBS and any(
                    c < left and ((dep[c] == "dative" and p.lower[c] != "to")
                                  or (dep[c] == "dobj" and (lemma[holder].lower() in _HEARER_OBJECT_VERBS
                                                            or _names_people(p, c))))
                    for c in children[holder]):
                # « accused her of telling voters for years a lie »: a verb of giving with its recipient
                # takes the noun as the thing given, whatever stands between (a prepositional phrase
                # included); a verb that takes no such second object leaves it to the caller
                # (« had served "in the army" a distortion »). The parser labels the thing given
                # ``dobj`` too (« had sold the farm », « sent the memo to the mayor »): only a verb
                # whose object is its hearer has a recipient for ``dobj``, others a dative not « to » or
                # an object naming people (« sold investors in May a lie »: the parser's ``dobj``)
                continue
            if not _passive(p, holder) and all(in_gap(x, holder) for x in between):
                continue  # « had told a lie », « spread a smear »: the noun is that verb's own object
            last = max((x for x in range(t, n) if p.in_subtree(x, t)), default=t)
            if any(not p.punct[x] for x in range(last + 1, n) if p.in_subtree(x, verb)) or not p.in_subtree(t, verb):
                continue  # not the sentence's end, or outside the calling verb's sentence
            children[head[t]].remove(t)
            head[t], dep[t] = verb, "oprd"
            kids.append(t)
            kids.sort()
            break


def _calls_false(p: _Parse, verb: int) -> bool:
    """« called the report false », « dismissed the allegations as a smear », « calls the story a
    distortion »: the verb's object is a claim (DENIABLE_NOUNS) and a verdict of falsehood
    (FALSEHOOD_WORDS) follows it inside the verb's own clause (not in a clause nested in it)."""
    obj = next((c for c in p.children[verb] if p.dep[c] == "dobj" and _names_claim(p, c)), None)
    if obj is None:
        return False
    if any(p.dep[c] == "oprd" and p.lemma[c].lower() in FALSEHOOD_WORDS for c in p.children[verb]):
        return True  # « calls the report a distortion », the verdict hung back on the verb (_hang_verdict)
    for t in range(obj + 1, min(len(p.lemma), obj + 16)):  # the verdict follows its object closely
        if p.lemma[t].lower() not in FALSEHOOD_WORDS and p.lower[t] not in FALSEHOOD_WORDS:
            continue
        x, hops = t, 0
        while x != verb and p.head[x] != x and p.dep[x] not in NESTED_DEPS and hops < 12:
            x, hops = p.head[x], hops + 1
        if x == verb:
            return True
    return False


def _headline_fallback(p: _Parse, doc: Doc, frames: list[Frame], claims: list[ClauseClaim],
                       ents: list[tuple[int, int]], locs: list[tuple[int, int]]) -> None:
    """A sentence that yielded no claim still states something: headlines are verbless or
    participial (« Two dead after floods », « Ukraine's president to visit Paris »). As in French
    (:func:`recoupe.nlp.modality._headline_fallback`): one claim for the sentence, its predicate the
    first verb, else the noun a number counts, else the root."""
    pos, dep, lemma, head = p.pos, p.dep, p.lemma, p.head
    # (an event participle's claim leaves its sentence's main statement untold: « the senator denied
    # resigning after losing the vote » still says the denial)
    covered = sorted(c.head for c in claims if not _event_participle(p, c.head))
    quotes = doc._.quotes or []
    text = text_of(doc)
    for sent in doc.sents:
        lo, hi = sent.start, sent.end
        if (any(lo <= h < hi for h in covered)
                or sum(1 for t in range(lo, hi) if pos[t] not in {"PUNCT", "SPACE", "DET", "ADP"}) < 3):
            continue
        verb = next((t for t in range(lo, hi) if pos[t] == "VERB" and not (p.punct[t] or p.space[t])), None)
        counted = next((t for t in range(lo, hi) if pos[t] == "NOUN" and any(
            dep[c] == "nummod" for c in p.children[t])), None)
        root = next((t for t in range(lo, hi) if head[t] == t), lo)
        chosen = verb if verb is not None else counted if counted is not None else root
        if pos[chosen] == "NUM":  # « Two dead after floods »: the number heads what it counts
            chosen = next((c for c in p.children[chosen] if pos[c] in {"NOUN", "ADJ"}), chosen)
        if pos[chosen] not in {"VERB", "NOUN", "PROPN", "ADJ", "AUX"}:
            continue
        start, end = _trim(p, lo, hi)
        loose = not any(f.covers(chosen) for f in frames)
        said = next((f for f in frames if f.kind in {"verb", "inverted"} and lo <= f.scope_start < f.scope_end <= hi
                     and (f.cue_i == chosen or (loose and lo <= f.cue_i < hi))
                     # (the sentence's own saying, not one of a relative or adverbial clause: « The mayor,
                     # who said reform is about the future, is now in prison » states the prison)
                     and _main_verb(p, f.cue_i)), None)
        if said is not None:
            # « X said, "Reform is about our future." »: the first verb is the saying, whose content the
            # clause reader left (a copula with no complement); the sentence states that content, in X's
            # words, not the outlet's act of printing it (so too when the first verb is a participle of
            # an aside the saying's scope left out: « …, two ports facing the sea, X said »)
            s_start, s_end = _trim(p, said.scope_start, said.scope_end)
            root = next((t for t in range(s_start, s_end) if not (s_start <= head[t] < s_end)), s_start)
            # (only a finite clause: « denied resigning after losing the vote » tells the denial itself)
            if pos[root] in {"VERB", "AUX"} and (p.doc[root].tag_ in {"VBD", "VBZ", "VBP", "MD"} or any(
                    dep[a] in {"aux", "auxpass"} and p.lower[a] != "to" for a in p.children[root])):
                start, end, chosen = s_start, s_end, root
        if end - start < 3:
            continue
        frame = next((f for f in frames if f.covers(chosen)), None)
        modality, cue = ("reported", frame.cue) if frame is not None else ("asserted", "")
        modal = next((t for t in range(start, end) if p.lower[t] in CONDITIONAL_MODALS | SPECULATIVE_MODALS
                      and pos[t] == "AUX"), None)
        if modal is not None:
            modality = "conditional" if p.lower[modal] in CONDITIONAL_MODALS else "speculative"
            cue = p.text(modal)
        hearsay = next((t for t in range(start, end) if p.lower[t] in HEARSAY_ADVERBS), None)
        if hearsay is not None:
            modality, cue = "conditional", p.text(hearsay)
        hedge = next((t for t in range(start, end) if p.lower[t] in HEDGES), None)
        if hedge is not None:
            modality, cue = "speculative", p.text(hedge)
        if modality == "asserted" and frame is None:
            # a sentence the clause reader left (« “It’s about trust. » with a curly « ’s ») inside an
            # open quotation is someone's words, as a clause there is
            c_lo, c_hi = p.doc[start].idx, p.doc[end - 1].idx + len(p.doc[end - 1])
            if any(q.start <= c_lo and c_hi <= q.end for q in quotes) or _in_open_quote(text, c_lo, c_hi):
                modality, cue = "reported", "quote"
        subj = next(((s, e) for s, e in ents if start <= s and e <= chosen), None)
        claims.append(ClauseClaim(
            head=chosen, start=start, end=end, predicate=lemma[chosen].lower(), subject=subj, object=None,
            place=next(((s, e) for s, e in locs if start <= s and e <= end), None), modality=modality, cue=cue,
            frame=frame, negated=negated(p, chosen),
            planned=any(p.lower[t] in FUTURE_MODALS for t in range(start, end)) or (
                p.lower[lo] != "to" and any(p.lower[t] == "to" and pos[t] == "PART" and head[t] == chosen
                                            for t in range(lo, chosen))),
            numbers=_numbers(p, start, end),
        ))
    claims.sort(key=lambda c: c.start)


_TOLL_WORDS = frozenset({"dead", "death", "deaths", "killed", "injured", "wounded", "hurt", "missing"})
_TOLL_COUNTS = frozenset({"one", "a", "an", "at", "least", "more", "than", "nearly", "almost", "about", "over",
                          "some", "around", "up", "to"})


def _colon_tolls(p: _Parse, doc: Doc, claims: list[ClauseClaim], locs: list[tuple[int, int]]) -> None:
    """"Bus plunges into ravine: two dead": a toll alone after a headline's colon is a fact of its
    own (the deaths), apart from the event the clause before it tells, as in French
    (:func:`recoupe.nlp.modality.colon_tolls`). Only when a verb's claim headed before the colon runs
    over it (it keeps what precedes the colon) or stops before it."""
    colon_tolls(p, doc, claims, locs, _toll_noun)


def _toll_noun(p: _Parse, lo: int, hi: int) -> int | None:
    """The toll word of an English tail ``lo..hi`` after a colon ("two dead", "at least one
    injured"), None when the tail is not a toll alone."""
    first = lo
    while first < hi and p.lower[first] in _TOLL_COUNTS and p.pos[first] != "NUM":
        first += 1
    if first >= hi - 1 or not (p.pos[first] == "NUM" or p.lower[first] in {"one", "a", "an"}):
        return None
    noun = first + 1
    if p.lower[noun] not in _TOLL_WORDS or any(p.pos[t] in _VERBAL and p.lower[t] not in _TOLL_WORDS
                                               for t in range(lo, hi)):
        return None
    return noun
