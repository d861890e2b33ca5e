"""English reporting frames: who says so, read on ``en_core_web_sm``'s parse (ClearNLP labels).

The frames are :class:`recoupe.nlp.attribution.Frame` records, as the French rules give, so that
quotes, claims and the analysis read both languages alike. Forms read:

- "X said (on Tuesday) (that) ...", "X told reporters ...", "X said: ..." (content after the verb);
- inverted "..., said X" / "..., X said" / "..., X told reporters" (the clausal complement comes
  first; the English parser reads these well, so the parse decides, not the surface order);
- parentheticals "The plan, he said, is dead" (``parataxis``: the host clause is the content);
- "X issued a statement saying ...", "X was quoted as saying ..." (the participle's host subject);
- nominal contents of verbs that take one: "X denied the allegations", "X announced a ceasefire";
- "according to X" (the clause around it);
- relays: "X reported, citing Y, that ..." / "Y, quoted by X, said ..." (Y source, X relay),
  "X told Reuters", "X said on CNN", "X said in an interview with the BBC" (the medium is the relay);
- anonymous sources ("officials said", "a source close to the talks said") are frames like the
  others; :func:`source_kind` types them.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from recoupe.lang.en.datelines import dateline_spans
from recoupe.lang.en.quotes import RELATIVE_PRONOUNS
from recoupe.lang.en.reporting_verbs import (
    ATTITUDE_VERBS,
    ATTRIBUTED_OBJECTS,
    CALLING,
    CITING,
    CLAIM_NOUN_PREPS,
    CLAIM_NOUNS,
    CLAUSE_ONLY,
    FINDING_VERBS,
    LIGHT_VERBS,
    NOMINAL_CONTENT,
    NOMINAL_PREPS,
    PREP_CONTENT,
    RELAY_PARTICIPLES,
    REPORTING_VERBS,
    SPEAKING_TO,
    STANCE_NOUNS,
    STANCE_PREPS,
    UNTAGGED_SAYINGS,
)
from recoupe.lang.en.sources import (
    ANONYMOUS_HEADS,
    CARRIER_NOUNS,
    DOCUMENT_HEADS,
    HEADLINE_RUBRICS,
    INDEFINITE_DETERMINERS,
    MEDIA_HEADS,
    MEDIA_NAME_ENDINGS,
    NEWS_AGENCIES,
    ORG_HEADS,
    RELAY_PREPS,
    ROLE_HEADS,
    SOURCE_WORDS,
    SPEAKING_BODIES,
    TITLE_ABBREVIATIONS,
)
from recoupe.nlp.attribution import Frame
from recoupe.nlp.extensions import text_of

_SUBJ = {"nsubj", "nsubjpass", "csubj"}
_CONTENT = {"ccomp"}
_VOICE = frozenset({"i", "we", "you"})  # the quoted voice's own "I think", "you know"
_NOT_SOURCES = {"there", "what"}  # "it", "this" (a company, a report) and relatives ("who") do speak


def _edges(tok: Token) -> tuple[int, int]:
    return tok.left_edge.i, tok.right_edge.i + 1


def _strip(doc: Doc, a: int, b: int) -> tuple[int, int]:
    """``doc[a:b]`` without edge punctuation, quotation marks, spaces and a leading "that"."""
    while a < b and (doc[a].is_punct or doc[a].is_space or doc[a].is_quote
                     or (doc[a].dep_ == "mark" and doc[a].lower_ in {"that", "whether", "if"})):
        a += 1
    while b > a and (doc[b - 1].is_punct or doc[b - 1].is_space or doc[b - 1].is_quote):
        b -= 1
    return a, b


def _source_span(subj: Token) -> tuple[int, int]:
    """The subject phrase without a trailing relative clause (", who spoke on condition of
    anonymity,"): an appositive role stays ("John Smith, a spokesman for the ministry")."""
    doc = subj.doc
    a, b = _edges(subj)
    for c in subj.children:
        if c.dep_ == "relcl" and c.i > subj.i:
            cut = c.left_edge.i
            while cut > subj.i and (doc[cut - 1].is_punct or doc[cut - 1].lower_ in RELATIVE_PRONOUNS):
                cut -= 1
            b = min(b, cut)
        if c.dep_ == "acl" and c.lower_ in RELAY_PARTICIPLES:
            b = min(b, c.left_edge.i)  # "officials quoted by Reuters": the relay is read apart
    return _strip(doc, a, b)


def is_media(doc: Doc, a: int, b: int) -> bool:
    """Does ``doc[a:b]`` name a medium ("Reuters", "the Washington Post", "the state broadcaster")?"""
    words = [t for t in doc[a:b] if not (t.pos_ == "DET" or t.is_punct)]
    if not words:
        return False
    low = " ".join(t.lower_ for t in words)
    if low in NEWS_AGENCIES or any(t.lower_ in MEDIA_HEADS and t.pos_ == "NOUN" for t in words):
        return True
    last = words[-1]
    return (last.lower_ in MEDIA_NAME_ENDINGS and last.text[:1].isupper() and len(words) >= 2) or (
        len(words) <= 3 and any(t.lower_ in NEWS_AGENCIES and t.text[:1].isupper() for t in words))


def newsroom_before_rank(doc: Doc, a: int, b: int) -> bool:
    """Is ``doc[a:b]``, glued before a rank ("NBC Lt.", "ABC News Sgt."), a medium rather than the
    rank holder's own force? Stricter than ``is_media``: the whole phrase must be a wire service, end in
    a medium's word or hold a medium head, and no word of it may name a body or a role ("PA State
    Police Sgt." is an officer of a force whose name merely holds an agency's initials)."""
    words = [t for t in doc[a:b] if not (t.pos_ == "DET" or t.is_punct)]
    if not words or any(t.lower_ in SPEAKING_BODIES or t.lower_ in ROLE_HEADS for t in words):
        return False
    last = words[-1]
    return (" ".join(t.lower_ for t in words) in NEWS_AGENCIES
            or any(t.lower_ in MEDIA_HEADS and t.pos_ == "NOUN" for t in words)
            or (last.lower_ in MEDIA_NAME_ENDINGS and last.text[:1].isupper() and len(words) >= 2))


def _rank_after_medium(doc: Doc, a: int, b: int) -> int | None:
    """The index of the rank that follows a medium opening ``doc[a:b]`` ("NBC Lt. Jane Roe", "ABC
    News Sgt. ..."): a rank is not held in a newsroom, so the medium is where the words went and the
    titled name the speaker. None when the phrase does not open so."""
    for k in range(a + 1, min(b - 1, a + 5)):
        if doc[k].text in TITLE_ABBREVIATIONS:
            glued = all(t.text[:1].isupper() or t.pos_ == "DET" for t in doc[a:k])
            return k if glued and newsroom_before_rank(doc, a, k) else None
        if doc[k].text in {"'s", "’s"} or doc[k].is_punct:
            return None  # « NBC's Lt. ... » is hers; a comma parts the medium from the name
    return None


def _medium_glued_to_rank(doc: Doc, f: Frame) -> None:
    """The parse glues a medium to the titled name after it as a compound ("told NBC Lt. Jane Roe
    the road was shut", "according to NBC Lt. Jane Roe"): part the medium off as the relay, from
    the source phrase or from the content right after a verb of telling."""
    if f.relay:
        return
    k = _rank_after_medium(doc, f.source_start, f.source_end)
    if k is not None:
        f.relay, f.relay_start, f.relay_end = doc[f.source_start:k].text, f.source_start, k
        f.source, f.source_start = doc[k:f.source_end].text, k
        return
    if f.kind == "verb" and f.scope_start == f.cue_i + 1 and (
            k := _rank_after_medium(doc, f.scope_start, f.scope_end)) is not None:
        f.relay, f.relay_start, f.relay_end = doc[f.scope_start:k].text, f.scope_start, k
        f.scope_start = k


def _relay_of(verb: Token) -> tuple[int, int] | None:
    """The medium a verb's words went to: "told Reuters", "said on CNN", "in an interview with the
    BBC", "told the Washington Post"."""
    doc = verb.doc
    for c in verb.children:
        if c.dep_ in {"dobj", "dative"} and c.i > verb.i:
            a, b = _edges(c)
            if is_media(doc, a, b):
                return _strip(doc, a, b)
        if c.dep_ == "prep" and c.lower_ in RELAY_PREPS:
            for p in c.children:
                if p.dep_ != "pobj":
                    continue
                if p.lower_ == "interview":  # "in an interview with X"
                    for q in p.children:
                        if q.dep_ == "prep" and q.lower_ == "with":
                            for r in q.children:
                                if r.dep_ == "pobj" and is_media(doc, *_edges(r)):
                                    return _strip(doc, *_edges(r))
                elif is_media(doc, *_edges(p)):
                    return _strip(doc, *_edges(p))
    return None


def _host_subject(tok: Token) -> Token | None:
    """The subject a reporting verb speaks for: its own, a coordinated verb's ("X smiled and said";
    "X said A and said B": the first "said"'s, wherever the parse hung the second),
    or, for a participle ("..., saying", "was quoted as saying"), its host clause's."""
    subjects = [c for c in tok.children if c.dep_ in _SUBJ and c.dep_ != "csubj"]
    if len(subjects) > 1 and subjects[-1].i < tok.i and any(
            t.text == "," for t in tok.doc[subjects[-2].i:subjects[-1].left_edge.i]):
        # « The crew is from A and B, two ports facing the sea, Roe said » (or « …, a coastguard
        # spokesman said »): the parser read the apposition of the content as a subject too; the
        # speaker is the subject just before the verb, after the comma
        return subjects[-1]
    if subjects:
        return subjects[0]
    head = tok.head
    if tok.dep_ == "conj" and head.pos_ in {"VERB", "AUX"}:
        if head.dep_ == "ccomp" and head.head.i != head.i and head.head.lemma_ == tok.lemma_:
            # "X said the board lied and said Y": the parse hangs the second "said" on the first
            # one's content; the verb repeated is the first speaker's, not the content's subject's
            return _host_subject(head.head)
        return _host_subject(head)
    infinitive = tok.tag_ == "VB" and (tok.dep_ == "xcomp" or (tok.dep_ == "advcl" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)))
    if (tok.tag_ == "VBG" and tok.dep_ in {"advcl", "xcomp", "pcomp"}) or infinitive:
        # "..., saying", "was quoted as saying", "was quick to retort", "went on to say", "came
        # to the hall to discuss the budget"
        while head.dep_ in {"prep"} and head.head is not head:
            head = head.head  # "quoted as saying": saying <- as <- quoted
        subj = next((c for c in head.children if c.dep_ in _SUBJ - {"csubj"}), None)
        if subj is None and head.dep_ == "acomp" and head.head is not head:
            # "X was quick to retort", "X was eager to add": retort <- quick <- was
            subj = next((c for c in head.head.children if c.dep_ in _SUBJ - {"csubj"}), None)
        return subj
    return None


def _speaking_to_rank(verb: Token) -> Token | None:
    """The titled name a subjectless reporting verb speaks for when a participle before it took it
    with the medium: « Speaking to NBC Lt. Jane Roe said ... » (no comma after the medium) is parsed
    « speaking to [NBC Lt. Jane Roe] », the verb left with no subject. A rank is not held in a newsroom:
    the name from the rank on is the speaker (the medium is parted off as the relay afterwards)."""
    doc = verb.doc
    for part in verb.children:
        if not (part.dep_ == "advcl" and part.tag_ == "VBG" and part.i < verb.i
                and part.lemma_.lower() in SPEAKING_TO):
            continue
        for prep in part.children:
            if prep.dep_ != "prep" or prep.lower_ not in RELAY_PREPS:
                continue
            for obj in prep.children:
                a, b = _edges(obj)
                if obj.dep_ == "pobj" and b == verb.i and _rank_after_medium(doc, a, b) is not None:
                    return obj
    return None


def _content(tok: Token, s0: int, s1: int) -> tuple[int, int, str] | None:
    """The scope (token range) and kind of what a reporting verb reports, if it reports any,
    without a comment the writer tacks on after a comma (:func:`_tail_start`)."""
    found = _content_span(tok, s0, s1)
    if found is None or found[2] not in {"verb", "nominal"}:
        return found
    a, b, kind = found
    a, b = _strip(tok.doc, a, min(_tail_start(tok.doc, a, b), _next_report(tok, a, b)))
    return (a, b, kind) if b > a else found


def _next_report(verb: Token, a: int, b: int) -> int:
    """Where a second report by the same source starts inside what ``verb`` reports: a reporting
    verb with no subject of its own coordinated in the content ("He said he would order a
    review and warned against hackers": the warning is a report of its own, not what he said)."""
    doc = verb.doc
    for t in doc[a + 1:b]:
        if (t.dep_ == "conj" and t.pos_ == "VERB" and a <= t.head.i < b and t.head.i != verb.i
                and _lemma(t) in REPORTING_VERBS and _lemma(t) not in CLAUSE_ONLY - {"add", "tell"}
                and not any(c.dep_ in _SUBJ for c in t.children)):
            cut = t.left_edge.i
            while cut > a and (doc[cut - 1].dep_ == "cc" or doc[cut - 1].is_punct):
                cut -= 1
            return cut
    return b


def _tail_start(doc: Doc, a: int, b: int) -> int:
    """Where the writer's own addition to a reported clause ``doc[a:b]`` starts: a participle
    clause (", arguing that ...", ", adding ..."), a non-restrictive relative clause
    (", which shut the port ...") or a second clause after a semicolon that close it."""
    for t in doc[a + 1:b]:
        if t.text == ";" and any(c.dep_ in _SUBJ for w in doc[t.i + 1:b] for c in w.children if c.i > t.i):
            return t.i
        if t.text != "," or t.i + 1 >= b:
            continue
        nxt = doc[t.i + 1]
        head = nxt if nxt.dep_ in {"advcl", "relcl"} else nxt.head if nxt.lower_ in {"which", "who"} else None
        if head is None or head.right_edge.i + 1 < b - 1 or head.i <= t.i:
            continue
        if (head.dep_ == "advcl" and head.tag_ == "VBG" and head.i == t.i + 1) or (
                nxt.lower_ in {"which", "who"} and head.pos_ in {"VERB", "AUX"}):
            return t.i
    return b


def _content_span(tok: Token, s0: int, s1: int) -> tuple[int, int, str] | None:
    doc = tok.doc
    colon = next((t for t in doc[tok.i + 1:min(s1, tok.i + 5)] if t.text == ":"), None)
    if colon is not None and colon.i + 1 < s1:
        a, b = _strip(doc, colon.i + 1, s1)
        if b > a:
            return a, b, "colon"
    if colon is not None and colon.i + 1 < len(doc):
        # "The mayor said:" closing its sentence: what follows, to the end of its paragraph
        a, b = _strip(doc, *_paragraph_after(doc, colon.i + 1))
        if b > a:
            return a, b, "colon"
    comps = [c for c in tok.children if c.dep_ in _CONTENT]
    # "X reported, citing Y, that ...": the parser hangs the clause on "citing"
    comps += [g for c in tok.children if c.lower_ in CITING for g in c.children if g.dep_ in _CONTENT]
    if not comps:  # a that-clause after "said in a statement", which the parser hangs on the adjunct's noun
        comps = [g for c in tok.children if c.dep_ == "prep" and c.i > tok.i for n in c.children if n.dep_ == "pobj"
                 for g in n.children if g.dep_ in {"acl", "ccomp"} and g.i > n.i
                 and any(m.dep_ == "mark" and m.lower_ == "that" for m in g.children)]
    if comps:
        # "“A,” Smith said. “B.”" read as one sentence: a clause past a full stop after the verb is
        # the next sentence, not what this verb reports (the quotation runs then join A and B)
        before = [c for c in comps if c.i < tok.i]
        if before:
            comps = [c for c in comps if c.i < tok.i or not _stop_between(doc, tok.i, c.left_edge.i)]
        c = min(comps, key=lambda c: abs(c.i - tok.i))
        a, b = _strip(doc, *_edges(c))
        if b > a:
            return a, b, "inverted" if c.i < tok.i else "verb"
    if tok.dep_ == "parataxis" and tok.head.i != tok.i:  # "The plan, he said, is dead"
        host = tok.head
        a, b = _strip(doc, *_edges(host))
        return max(a, s0), min(b, s1), "verb"
    lemma = _lemma(tok)
    stance = _stance_object(tok, lemma)
    if stance is not None:
        return stance
    # "urged X to resign", "promised to raise taxes", "asked them to leave"
    xcomp = next((c for c in tok.children if c.dep_ == "xcomp" and c.i > tok.i), None)
    if xcomp is not None and lemma not in {"find", "show", "know", "learn"}:
        obj = next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i), None)
        a, b = _strip(doc, (obj or xcomp).left_edge.i, _with_conjuncts(tok, xcomp, xcomp.right_edge.i + 1))
        if b > a:
            return a, b, "verb"
    if lemma in FINDING_VERBS and _documented(tok):
        # "Polls show a tight race", "the survey found 12 cases", "the footage shows the guard at
        # the gate": what a document shows is its content, object and all
        obj = next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i), None)
        if obj is not None:
            end = max(c.right_edge.i + 1 for c in tok.children if c.i >= obj.i and c.dep_ in {
                "dobj", "prep", "oprd", "ccomp", "xcomp", "acomp", "npadvmod"})
            a, b = _strip(doc, obj.left_edge.i, _tail_start(doc, obj.left_edge.i, end))
            if b > a:
                return a, b, "nominal"
    takes_object = lemma in NOMINAL_CONTENT or lemma in ATTITUDE_VERBS or lemma in ATTRIBUTED_OBJECTS
    if takes_object and lemma not in CLAUSE_ONLY:
        obj = next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i), None)
        if obj is not None and not is_media(doc, *_edges(obj)):
            # "called the charges unsubstantiated", "described him as a liar", "blamed X for Y":
            # the predicate too, not "in a statement" or "on Tuesday"
            pred = [c for c in tok.children if c.i > obj.i and (c.dep_ in {"oprd", "ccomp", "xcomp"} or (
                c.dep_ == "prep" and c.lower_ in NOMINAL_PREPS))]
            last = pred[-1] if pred else obj
            a, b = _strip(doc, obj.left_edge.i, _with_conjuncts(tok, last, _np_end(last)))
            if b > a:
                return a, b, "nominal"
        oprd = next((c for c in tok.children if c.dep_ == "oprd" and c.i > tok.i), None)
        if obj is None and oprd is not None and lemma in CALLING:
            # "called the ruling “deeply unfair”" parsed with no object ("ruling" a modifier of the
            # verdict), "what she calls “a war on farmers”" (the object a relative pronoun before
            # the verb): the verdict, with what comes between the verb and it
            a, b = _strip(doc, tok.i + 1, _np_end(oprd))
            if b > a:
                return a, b, "nominal"
    preps = PREP_CONTENT.get(lemma, frozenset())
    # "called for a ceasefire", "called on Congress to act", "spoke of a crisis", "voted against it"
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.i > tok.i and (
        c.lower_ in preps or (lemma == "call" and c.lower_ == "on"))), None)
    if prep is not None and prep.right_edge.i > prep.i:
        end = max([_np_end(prep), *(c.right_edge.i + 1 for c in tok.children if c.i > prep.i
                                    and c.dep_ in {"xcomp", "ccomp"})])
        a, b = _strip(doc, prep.i + 1, end)
        if b > a:
            return a, b, "nominal"
    if _as_clause(tok):
        # "As Mr. Grey noted, the port is closed": the host clause is the content, when the verb
        # reports nothing of its own ("as she called for a ceasefire, ..." reports the ceasefire)
        return _host_content(doc, tok, s0, s1)
    return None


def _stance_object(tok: Token, lemma: str) -> tuple[int, int, str] | None:
    """ "expressed concern about the plan", "showed support for the mayor", "raised questions about
    the count": what the stance is about (the noun's preposition's object), not the noun."""
    if lemma not in LIGHT_VERBS:
        return None
    doc = tok.doc
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i), None)
    if obj is None or obj.lemma_.lower() not in STANCE_NOUNS:
        return None
    prep = next((c for c in obj.children if c.dep_ == "prep" and c.i > obj.i and c.lower_ in STANCE_PREPS), None)
    if prep is None or prep.right_edge.i <= prep.i:
        return None
    a, b = _strip(doc, prep.i + 1, _np_end(prep))
    return (a, b, "nominal") if b > a else None


def _paragraph_after(doc: Doc, i: int) -> tuple[int, int]:
    """The tokens from ``i`` (past any line breaks) to the end of that paragraph."""
    while i < len(doc) and doc[i].is_space:
        i += 1
    j = i
    while j < len(doc) and not (doc[j].is_space and "\n" in doc[j].text):
        j += 1
    return i, j


def _with_conjuncts(verb: Token, part: Token, end: int) -> int:
    """``end`` carried over the conjuncts the parser hung on the reporting verb instead of on its
    content ``part`` ("wants to build X, staff Y and fund Z", "mentioned X and Y"): a
    conjunct of the same form with no subject of its own continues the content."""
    for c in verb.children:
        if c.dep_ == "conj" and c.i >= end and c.tag_ == part.tag_ and not any(
                g.dep_ in _SUBJ for g in c.children):
            end = max(end, c.right_edge.i + 1)
            for g in c.children:  # "staff Y and fund Z": the last one hangs on the first
                if g.dep_ == "conj" and g.tag_ == part.tag_:
                    end = max(end, g.right_edge.i + 1)
    return end


def _np_end(tok: Token) -> int:
    """The end of ``tok``'s phrase before a non-restrictive relative clause (", which ...")."""
    doc = tok.doc
    end = tok.right_edge.i + 1
    for t in doc[tok.i + 1:end]:
        if t.dep_ == "relcl" and t.left_edge.i > 0 and doc[t.left_edge.i - 1].text == "," and (
                t.left_edge.lower_ in {"which", "who", "whom", "whose"}):
            return t.left_edge.i - 1
    return end


def _noun_frame(doc: Doc, tok: Token, lemma: str, s0: int, s1: int) -> Frame | None:
    """A noun of saying or stance with its source and content in its own phrase: "the senator's
    claim that ...", "a newspaper report that ...", "his plan to cut taxes", "her comments about the vote".
    A noun with no named source ("a report that ...") opens no frame."""
    content = None
    for c in tok.children:
        if c.i < tok.i:
            continue
        if c.dep_ in {"acl", "ccomp", "relcl"} and any(
                g.dep_ == "mark" and g.lower_ == "that" and g.i == c.left_edge.i for g in c.children):
            content = _edges(c)  # "the claim that X" (not "the claim that he made": no mark there)
        elif c.dep_ in {"acl", "xcomp"} and c.tag_ == "VB" and any(
                g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
            content = _edges(c)  # "his plan to cut taxes"
        elif c.dep_ == "prep" and c.lower_ in CLAIM_NOUN_PREPS and c.right_edge.i > c.i:
            content = (c.i + 1, _np_end(c))  # "her comments about the vote"
        if content is not None:
            break
    if content is None:
        return None
    src = next((c for c in tok.children if c.dep_ == "poss"), None)
    if src is not None:
        a, b = _strip(doc, src.left_edge.i, src.right_edge.i + 1)
        if b > a and doc[b - 1].tag_ == "POS":  # "Smith's": the name without its "'s"
            b -= 1
    else:
        names = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < tok.i]
        if not names:
            by = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in {"by", "from"}), None)
            pobj = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
            if pobj is None:
                return None
            a, b = _strip(doc, *_edges(pobj))
        else:
            a, b = names[0].left_edge.i, names[-1].i + 1
    ca, cb = _strip(doc, max(content[0], s0), min(content[1], s1))
    if b <= a or cb <= ca or a <= ca < b:
        return None
    return Frame(doc[a:b].text, a, b, lemma, tok.i, CLAIM_NOUNS[lemma], ca, cb, "noun")


def _passive_frame(doc: Doc, tok: Token, lemma: str, subj: Token) -> Frame | None:
    """A passive reporting verb with its agent: "The plan was backed by the mayor", "the charge was
    denied by the ministry" (source: the agent; content: the subject, what the agent backed or
    denied). Not with a clause ("it was reported by X that ..." reports the clause, read apart)."""
    agent = next((c for c in tok.children if c.dep_ == "agent" and c.i > tok.i), None)
    pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    if pobj is None or subj.lower_ in {"it", "this", "that", "there", "which", "who", "what"} or any(
            c.dep_ in _CONTENT for c in tok.children):
        return None
    if not _voice(pobj):
        return None  # "was explained by the shutdown", "were expected by the time": no one speaks
    a, b = _source_span(pobj)
    ca, cb = _strip(doc, *_edges(subj))
    if b <= a or cb <= ca:
        return None
    effect = REPORTING_VERBS.get(lemma) or ATTITUDE_VERBS.get(lemma, "reported")
    return Frame(doc[a:b].text, a, b, lemma, tok.i, effect, ca, cb, "nominal")


def _voice(head: Token) -> bool:
    """Can the noun phrase headed by ``head`` speak: a name, a person, a group, a medium or a
    document ("the mayor", "Reuters", "dozens of papers", "the report"), not a time or a cause?"""
    heads = ROLE_HEADS | ORG_HEADS | ANONYMOUS_HEADS | MEDIA_HEADS | DOCUMENT_HEADS | CARRIER_NOUNS
    for t in (head, *(g for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                      for g in p.children if g.dep_ == "pobj")):
        if t.ent_type_ in {"PER", "ORG", "LOC", "MISC"} or t.lower_ in heads or t.lemma_.lower() in heads or (
                t.pos_ == "PRON" and t.lower_ in {"him", "her", "them", "us", "me"}):
            return True
    return False


def _documented(tok: Token) -> bool:
    """Is the subject of ``tok`` a document, a poll or a carrier of words ("the poll", "a study by
    X", "polling averages", "the video")?"""
    subj = _host_subject(tok)
    if subj is None:
        return False
    words = {subj.lower_, subj.lemma_.lower()}
    return bool(words & DOCUMENT_HEADS or words & CARRIER_NOUNS or words & {"poll", "average", "polling"})


def _carrier(tok: Token) -> bool:
    """Is ``tok`` a participle on a noun that carries words ("a tweet attacking X", "posts
    saying that ...", "a video showing X", "a statement naming the new chief"), or one coordinated
    with such a participle ("a letter citing X and saying, ...")?"""
    if tok.dep_ == "conj" and tok.tag_ == "VBG" and tok.head.i < tok.i and tok.head.tag_ == "VBG":
        return _carrier(tok.head)
    head = tok.head
    return (tok.tag_ == "VBG" and tok.dep_ == "acl" and head.i < tok.i and head.pos_ in {"NOUN", "PROPN"}
            and (head.lower_ in DOCUMENT_HEADS or head.lemma_.lower() in DOCUMENT_HEADS
                 or head.lemma_.lower() in CARRIER_NOUNS))


def _lemma(tok: Token) -> str:
    """The verb's lemma, with the small model's slips on "hoped" / "hoping" ("hop") undone."""
    lemma = tok.lemma_.lower()
    return "hope" if lemma == "hop" and tok.lower_ in {"hoped", "hopes", "hoping"} else lemma


def _as_clause(tok: Token) -> bool:
    """Is ``tok`` the verb of a comment clause "as X said / noted / has suggested" on its host?"""
    return tok.dep_ == "advcl" and tok.head.i != tok.i and any(
        c.dep_ == "mark" and c.lower_ == "as" and c.i < tok.i for c in tok.children)


def _host_content(doc: Doc, tok: Token, s0: int, s1: int) -> tuple[int, int, str] | None:
    """The host clause of a comment clause, without the comment clause when it opens or closes the
    host ("As X noted, A" / "A, as X noted" -> A; "A, as X noted, B" -> the whole)."""
    a, b = _edges(tok.head)
    ca, cb = _edges(tok)
    a, b = max(a, s0), min(b, s1)
    if ca <= _first_word(doc, a, b) + 2:  # "Yet, as X observed, ..."
        a = cb
    elif cb >= _last_word(doc, a, b):
        b = ca
    a, b = _strip(doc, a, b)
    return (a, b, "verb") if b > a else None


def _stop_between(doc: Doc, a: int, b: int) -> bool:
    """Is there a full stop (".", "?", "!") among the tokens ``doc[a:b]``?"""
    return any(t.text in {".", "?", "!"} for t in doc[a:b])


def _according(doc: Doc, tok: Token, s0: int, s1: int) -> Frame | None:
    """ "according to X": X is the source of the clause the phrase hangs on."""
    if tok.i + 1 >= s1 or doc[tok.i + 1].lower_ != "to":
        return None
    to = doc[tok.i + 1]
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if pobj is None:
        a, b = tok.i + 2, tok.i + 2
        while b < s1 and not doc[b].is_punct and b - a < 8:
            b += 1
    else:
        a, b = _edges(pobj)
    a, b = _strip(doc, a, b)
    if b <= a:
        return None
    if b + 1 < s1 and doc[b].text == "," and doc[b + 1].ent_type_ == "PER":  # "according to the head, Jane Doe"
        k = b + 1
        while k < s1 and doc[k].ent_type_ == "PER":
            k += 1
        if k >= s1 or doc[k].is_punct:
            b = k
    # the scope: the sentence, without the "according to X" phrase at either of its ends
    lo, hi = s0, s1
    if a - 2 <= _first_word(doc, s0, s1):
        lo = b
    elif b >= _last_word(doc, s0, s1):
        hi = tok.i
    lo, hi = _strip(doc, lo, hi)
    if hi <= lo:
        return None
    return Frame(doc[a:b].text, a, b, "according to", tok.i, "reported", lo, hi, "prep")


def _first_word(doc: Doc, s0: int, s1: int) -> int:
    return next((i for i in range(s0, s1) if not (doc[i].is_punct or doc[i].is_space)), s0)


def _last_word(doc: Doc, s0: int, s1: int) -> int:
    return next((i + 1 for i in range(s1 - 1, s0 - 1, -1) if not (doc[i].is_punct or doc[i].is_space)), s1)


def _citing(doc: Doc, f: Frame, verb: Token) -> None:
    """ "X reported, citing Y, that ...": Y said it, X passed it on."""
    for c in verb.children:
        if c.lower_ in CITING and c.dep_ in {"advcl", "xcomp", "conj", "acl"}:
            obj = next((o for o in c.children if o.dep_ in {"dobj", "pobj"}), None)
            if obj is None:
                return
            a, b = _strip(doc, *_edges(obj))
            if b > a:
                f.relay, f.relay_start, f.relay_end = f.source, f.source_start, f.source_end
                f.source, f.source_start, f.source_end = doc[a:b].text, a, b
            return


def _quoted_by(doc: Doc, subj: Token) -> tuple[int, int] | None:
    """ "officials quoted by Reuters": the medium in the subject that passed their words on."""
    for c in subj.children:
        if c.dep_ == "acl" and c.lower_ in RELAY_PARTICIPLES:
            for g in c.children:
                if g.dep_ in {"agent", "prep"} and g.lower_ == "by":
                    p = next((x for x in g.children if x.dep_ == "pobj"), None)
                    if p is not None:
                        return _strip(doc, *_edges(p))
    return None


def _adjacent_quote(doc: Doc, tok: Token, quotes: list[tuple[int, int]]) -> tuple[int, int, str] | None:
    """A quotation right before or after a reporting verb that the parse gave no content:
    "Trump said, “...”", "“...,” Warren told Stumpf" (the quotation is what was said)."""
    text = text_of(doc)
    here, end = doc[tok.i].idx, doc[tok.i].idx + len(doc[tok.i])
    for s, e in quotes:
        after = text[end:s]
        if 0 <= s - end <= 6 and not after.strip(" ,:—–-“\"\n") and "\n\n" not in after:
            return _token_at(doc, s), _token_at(doc, e - 1, end=True), "verb"
        before = text[e:here]  # ',” Warren ' between the quotation and the verb
        if 0 <= here - e <= 60 and before.lstrip().startswith((",", "”", '"', "?", "!")) and "\n" not in before:
            if text[:e].rstrip().endswith(".") and _names_its_claim(tok):
                continue  # '…said.” The union disputed the report': a new sentence that rejects its own object
            return _token_at(doc, s), _token_at(doc, e - 1, end=True), "inverted"
    return None


def _names_its_claim(tok: Token) -> bool:
    """Has the verb a direct object after it that names a claim (« disputed a report », « denied the
    allegations »)? Then that object is what it speaks of, not a quotation before it."""
    from recoupe.lang.en.modality import DENIABLE_NOUNS

    return any(c.dep_ == "dobj" and c.i > tok.i and c.lemma_.lower() in DENIABLE_NOUNS for c in tok.children)


def _frames_in(sent: Span, quotes: list[tuple[int, int]] = []) -> list[Frame]:  # noqa: B006 (read only)
    doc = sent.doc
    s0, s1 = sent.start, sent.end
    out: list[Frame] = []
    for tok in sent:
        low = tok.lower_
        if low == "according":
            f = _according(doc, tok, s0, s1)
            if f is not None:
                _medium_glued_to_rank(doc, f)
                out.append(f)
            continue
        lemma = _lemma(tok)
        if tok.pos_ == "NOUN" and lemma in CLAIM_NOUNS:
            f = _noun_frame(doc, tok, lemma, s0, s1)
            if f is not None:
                out.append(f)
            continue
        if tok.pos_ not in {"VERB", "AUX"} or (lemma not in REPORTING_VERBS and lemma not in ATTITUDE_VERBS
                                                and _stance_object(tok, lemma) is None):
            continue
        if tok.dep_ in {"amod", "acl"} and tok.tag_ == "VBN":
            continue  # "the reported deal", "officials quoted by Reuters"
        if low in CITING and tok.dep_ != "ROOT" and (
                tok.head.lemma_.lower() in REPORTING_VERBS or tok.lower_ != "citing"):
            continue  # "X reported, citing Y, ..." is read as the relay of its host frame; "X blocked
            # the plan, citing a threat" is a frame of its own: X gives the threat as its reason
        subj = _host_subject(tok) or _speaking_to_rank(tok)
        carrier = subj is None and _carrier(tok)
        if carrier:
            subj = tok.head  # "a tweet attacking X", "a statement saying that ...": the noun speaks
            while subj.tag_ == "VBG" and subj.head.i != subj.i:
                subj = subj.head  # "a letter citing X and saying ...": the letter, not "citing"
        if subj is None or subj.lower_ in _NOT_SOURCES:
            continue
        if subj.dep_ == "nsubjpass" and subj.head.i == tok.i:
            # "it was reported", "the deal was announced": a passive names no speaker, but for its
            # agent ("the plan was backed by the mayor": the mayor backed the plan)
            f = _passive_frame(doc, tok, lemma, subj)
            if f is not None:
                out.append(f)
            continue
        found = _content(tok, s0, s1) or _adjacent_quote(doc, tok, quotes)
        if found is None:
            continue
        a, b = _strip(doc, subj.left_edge.i, subj.i + 1) if carrier else _source_span(subj)
        if b <= a:
            continue
        ca, cb, kind = found
        if ca <= a < cb and kind != "verb":  # the subject sits inside what it would report
            # "“..., one of the best,” Jane Roe said": the parser took the quotation's last words
            # for the subject and the name for their apposition; "“..., all hands on deck,” said Jane
            # Roe": for the subject, and the name for a second subject after the verb
            appos = next((c for c in subj.children if c.dep_ == "appos" and c.i >= cb), None) or next(
                (c for c in tok.children if c.dep_ == "nsubj" and c is not subj and not ca <= c.i < cb
                 and c.i > tok.i), None)
            if appos is None:
                continue
            a, b = _source_span(appos)
            if b <= a:
                continue
        effect = REPORTING_VERBS.get(lemma) or ATTITUDE_VERBS.get(lemma, "reported")
        f = Frame(doc[a:b].text, a, b, lemma, tok.i, effect, ca, cb, kind)
        relay = _relay_of(tok) or _quoted_by(doc, subj)
        if relay is not None and relay[1] > relay[0]:
            f.relay, f.relay_start, f.relay_end = doc[relay[0]:relay[1]].text, relay[0], relay[1]
        _citing(doc, f, tok)
        _medium_glued_to_rank(doc, f)
        out.append(f)
    if not out:
        f = _untagged_saying(sent)
        if f is not None:
            out.append(f)
    return out


# a clause set after the alleged one that the outlet states or gives to another (« …, a claim his lawyer
# denies », « …; he was never charged », « …, though a court cleared him »)
_ASIDE_DEPS = frozenset({"conj", "parataxis", "appos", "npadvmod"})
_CONCESSIVE_MARKS = frozenset({"though", "although", "whereas", "while"})


def _alleged_end(root: Token, after: int, end: int) -> int:
    """Where the clause read as alleged ends: before a « ; », before a clause or a noun set after a
    comma beside the alleged one's verb, before a concessive clause."""
    doc = root.doc
    semi = next((t.i for t in doc[after + 1:end] if t.text == ";"), end)
    cuts = [semi]
    for c in doc[after + 1:semi]:
        edge = c.left_edge.i
        # a clause or noun after a comma that has a subject of its own (« , a claim his lawyer denies »;
        # not « Varga, 52, » nor « …, injuring two men »)
        aside = (c.dep_ in _ASIDE_DEPS and edge > after + 1 and doc[edge - 1].text == ","
                 and any(d.dep_ in {"nsubj", "nsubjpass"} for d in c.subtree if d.i != c.i))
        concessive = (c.head.i == root.i and c.dep_ == "advcl"
                      and any(m.dep_ == "mark" and m.lower_ in _CONCESSIVE_MARKS for m in c.children))
        if aside or concessive:
            cuts.append(edge - 1 if doc[edge - 1].text == "," else edge)
    return min(cuts)


def _untagged_saying(sent: Span) -> Frame | None:
    """« Constable Jane Roe allege the clerk set the fire », « Police allege John Roe, 52, set … »: a
    bare name or noun that opens its sentence, then a saying verb the tagger took for a noun (its
    agreement slipped, or the parse glued it to the name after it), then the clause: the clause is
    the opener's words, not the outlet's. Read from the words' order, as the parse lost the verb."""
    doc = sent.doc
    tok = next((t for t in doc[sent.start + 1:min(sent.start + 6, sent.end)]
                if t.pos_ not in {"PROPN", "NOUN"} or t.lower_ in UNTAGGED_SAYINGS), None)
    # (the words before it are a name and its title, or a body: « Police », « Constable Jane Roe »)
    if tok is None or tok.lower_ not in UNTAGGED_SAYINGS or tok.pos_ in {"VERB", "AUX"} or not doc[sent.start].is_title:
        return None
    if tok.dep_ not in {"compound", "dep", "amod", "nmod"}:
        return None
    root = sent.root
    # the clause is what the sentence states after the verb, with a subject of its own (« the Roe report
    # found … » has the noun for subject: a document, no saying)
    if root.i <= tok.i or root.pos_ not in {"VERB", "AUX"} or not any(
            c.dep_ in {"nsubj", "nsubjpass"} and c.i > tok.i for c in root.children):
        return None
    a, b = _strip(doc, tok.i + 1, _alleged_end(root, tok.i, sent.end))
    if b - a < 3:
        return None
    return Frame(doc[sent.start:tok.i].text, sent.start, tok.i, tok.lower_, tok.i,
                 REPORTING_VERBS[tok.lower_], a, b, "verb", surface=True)


_LABEL = re.compile(r"(?m)^[ \t\"“]*(?P<who>[A-Z][A-Za-z.'’ -]{1,40}?)\s*:[ \t]+(?=\S)")
_HEADLINE_CHARS = 200
_SIGNED = re.compile(r"[”\"]\s*[―—–]\s*(?P<who>[A-Z](?:[^\n,.;:!?“”\"]|(?<=\s[A-Z])\.){1,50}?)[ \t\xa0.]*$", re.M)


def _headline_source(text: str, start: int, who: Span) -> bool:
    """A headline's "Source: what it says" ("Poll: Voters turn away", "Pence: Trump was joking"):
    the label opens the first line, a short headline, in one to three capitalised nouns that are
    not a rubric ("Analysis:", "Watch:")."""
    first = text.find("\n")
    first = len(text) if first < 0 else first
    # a title run into its lead (« Pence: Trump was joking. The vice president said ... »): the
    # headline ends with its sentence
    first = min(first, who.sent.end_char)
    if start > first or first > _HEADLINE_CHARS or len(who) > 3:
        return False
    return all(t.pos_ in {"PROPN", "NOUN"} and t.text[:1].isupper() for t in who) and not any(
        t.lower_ in HEADLINE_RUBRICS for t in who)


def _labelled(doc: Doc, text: str) -> list[Frame]:
    """Speech given in a transcript or headline form, with no verb: "WALLACE: Let's start ...",
    "Trump: 'We will win'" (a name at the start of a paragraph, then a colon: the rest of the
    paragraph is what it says), and signed quotations "“...” ― Jane Doe" (the quotation
    before the dash and the name that closes the paragraph)."""
    out: list[Frame] = []
    for m in _LABEL.finditer(text):
        a, b = _token_at(doc, m.start("who")), _token_at(doc, m.end("who") - 1, end=True)
        who = doc[a:b]
        if not len(who) or len(who) > 4 or not (who.text.isupper() or all(t.ent_type_ in {"PER", "ORG"} for t in who)
                                                or _headline_source(text, m.start("who"), who)):
            continue
        end = text.find("\n", m.end())
        end = end if end >= 0 else len(text)
        ca = _token_at(doc, m.end())
        if not text[:m.start("who")].strip() and not who.text.isupper() and ca < len(doc):
            # the label opens the text: a headline's ("Poll: Voters turn away. The lead ..."), whose
            # words end with its sentence, not with the paragraph a record runs the lead into (a
            # transcript's "WALLACE: ..." speaks to the paragraph's end)
            end = min(end, doc[doc[ca].sent.end - 1].idx + len(doc[doc[ca].sent.end - 1].text))
        cb = _token_at(doc, end - 1, end=True)
        ca, cb = _strip(doc, ca, cb)
        if cb > ca:
            out.append(Frame(who.text, a, b, "", b, "reported", ca, cb, "colon"))
    for m in _SIGNED.finditer(text):
        a, b = _token_at(doc, m.start("who")), _token_at(doc, m.end("who") - 1, end=True)
        a, b = _strip(doc, a, b)
        if b <= a or b - a > 6:
            continue
        close = m.start()
        para = text.rfind("\n", 0, close) + 1
        ca, cb = _strip(doc, _token_at(doc, para), _token_at(doc, close - 1, end=True) if close > para else para)
        if cb > ca:
            out.append(Frame(doc[a:b].text, a, b, "", a - 1, "reported", ca, cb, "inverted"))
    return out


def frames(doc: Doc) -> list[Frame]:
    """Every reporting frame of an English doc, in sentence order. A frame whose content is (part
    of) a quotation covers the whole quotation run (:func:`_quote_runs`); a first- or second-person
    frame inside a quotation ("I think", "you know") is the quoted voice, not another source."""
    from recoupe.nlp.quotes import find_quote_spans

    text = text_of(doc)
    quotes = find_quote_spans(text, "en")
    out: list[Frame] = []
    for sent in doc.sents:
        out.extend(_frames_in(sent, quotes))
    for a, b in dateline_spans(doc):
        for f in out:  # what « HARBOURTON, March 3 (Reuters) - A fire ..., police said » reports starts after the dash
            if a <= f.scope_start < b < f.scope_end:
                f.scope_start = b
    if ":" in text or "―" in text or "—" in text:
        taken = {f.cue_i for f in out} | {i for f in out for i in range(f.source_start, f.source_end)}
        out.extend(f for f in _labelled(doc, text) if f.source_start not in taken)
        out.sort(key=lambda f: f.scope_start)
    if not quotes:
        return _top_level(doc, out, quotes)
    inside = [f for f in out if f.source_end - f.source_start == 1 and doc[f.source_start].lower_ in _VOICE
              and any(s <= doc[f.cue_i].idx < e for s, e in quotes)]
    out = [f for f in out if f not in inside]
    _quote_runs(doc, text, out, quotes)
    return _top_level(doc, out, quotes)


def _top_level(doc: Doc, frames: list[Frame], quotes: list[tuple[int, int]]) -> list[Frame]:
    """The frames that are not part of what another frame reports: a frame whose cue lies in a
    quotation another frame reports ("“Nobody wants the port closed,” she said") is the quoted
    voice's own words, and a wish, plan or stance under a saying verb ("He said he plans to run"),
    a noun's ("He said his plan to X ...") or a report by an unnamed source ("She said they told
    her ...") is what the outer source says, not a second source. A report by a named source
    under another ("He said Smith told him ...") stays: it is a relay chain. An unnamed source
    inside a quotation ("“Officials say the port will close.”") is the quoted voice's wording
    even when no frame reports the quotation."""
    def nested(f: Frame) -> bool:
        # an « according to X » closing the sentence says where the whole saying comes from, the
        # incise before it included ("“...,” she said, according to the minutes"): no outer report
        return any(o is not f and o.scope_start <= f.cue_i < o.scope_end
                   and not (o.kind == "prep" and o.cue_i > f.cue_i) for o in frames)

    def quoted(f: Frame) -> bool:
        return any(s <= doc[f.cue_i].idx < e for s, e in quotes)

    def named(f: Frame) -> bool:
        return any(t.pos_ == "PROPN" for t in doc[f.source_start:f.source_end])

    def inner(f: Frame) -> bool:
        if quoted(f) and not named(f):
            return True
        return nested(f) and (f.cue in ATTITUDE_VERBS or f.kind == "noun" or quoted(f) or not named(f))

    return [f for f in frames if not inner(f)]


def _token_at(doc: Doc, char: int, *, end: bool = False) -> int:
    """The index of the token holding character ``char`` (``end``: the index after it)."""
    span = doc.char_span(char, char + 1, alignment_mode="expand") if char < len(doc.text) else None
    if span is None or not len(span):
        return len(doc) if end else 0
    return span.end if end else span.start


def _continued(gap: str) -> bool:
    """Is ``gap`` (between two quotations) the paragraph break of a quotation left open: a line
    break and an opening mark, no closing mark before it?"""
    return "\n" in gap and gap[:1] not in {"”", '"', "'"} and not gap.strip(" \n\t“\"'`")


def _quote_runs(doc: Doc, text: str, frames: list[Frame], quotes: list[tuple[int, int]]) -> None:
    """Widen each frame whose content overlaps a quotation to the whole quotation, and on over the
    quotations that continue it: the next one when what lies between is only this frame's incise
    ("“...,” he said in August. “...”") or a paragraph break (a quote left open at its
    paragraph's end goes on in the next one), unless that quotation has a speaker of its own."""
    cues = sorted(doc[f.cue_i].idx for f in frames)
    # a cue by which the same speaker only names a topic ("..., speaking of the port", "referring
    # to the vote") is still the incise; one that reports more of their words ("adding that ...")
    # is an attribution of its own
    topical = {doc[f.cue_i].idx: f.source.lower() for f in frames if f.kind == "nominal"}
    for f in frames:
        if f.kind == "prep" or any(s <= doc[f.cue_i].idx < e for s, e in quotes):
            continue  # a frame inside a quotation ("they cannot believe ...") is the quoted voice's own
        a = doc[f.scope_start].idx
        b = doc[f.scope_end - 1].idx + len(doc[f.scope_end - 1])
        mine = [k for k, (s, e) in enumerate(quotes) if s < b and a < e]
        if not mine:
            continue
        lo, hi = min(quotes[k][0] for k in mine), max(quotes[k][1] for k in mine)
        cue = doc[f.cue_i].idx
        k = max(mine) + 1
        while k < len(quotes):
            s, e = quotes[k]
            gap = text[hi:s]
            if len(gap) > 400 or "\n\n\n" in gap:
                break
            others = [c for c in cues if hi <= c < s and c != cue and topical.get(c) != f.source.lower()]
            incise = hi <= cue < s and not others and "\n" not in gap
            continued = _continued(gap) and not others
            if not (incise or continued):
                break
            # the next quotation's own speaker ("“...,” Smith added."): its sentence has a cue after it
            end_par = text.find("\n", e)
            tail = text[e:end_par if end_par >= 0 else len(text)]
            if any(e <= c < e + len(tail) for c in cues) and not incise:
                break
            hi = e
            k += 1
            if incise:
                cue = -1  # one incise per run
        k = min(mine) - 1
        while k >= 0 and _continued(text[quotes[k][1]:lo]) and not any(quotes[k][1] <= c < lo for c in cues):
            lo = quotes[k][0]
            k -= 1
        ta, tb = _token_at(doc, lo), _token_at(doc, hi - 1, end=True)
        inner = sum(min(e, b) - max(s, a) for s, e in quotes if s < b and a < e)
        if 2 * inner >= b - a and not _words_around(doc, f, ta, tb):
            # the content is the quotation (and its incise), not the clause around it
            f.scope_start, f.scope_end = ta, tb
        elif ta < f.scope_start or tb > f.scope_end:
            f.scope_start, f.scope_end = min(ta, f.scope_start), max(tb, f.scope_end)


def _words_around(doc: Doc, f: Frame, ta: int, tb: int) -> bool:
    """Does the frame's clause hold words of its own both before and after the quotation run
    ``doc[ta:tb]`` ("reported “record numbers” of visitors in the park last summer"): the quotation is
    then a part of what is reported, not all of it."""
    def words(a: int, b: int) -> bool:
        return any(t.is_alpha and not (t.dep_ == "mark" and t.lower_ == "that") for t in doc[a:b])

    return words(f.scope_start, ta) and words(tb, f.scope_end)


def source_kind(doc: Doc, a: int, b: int) -> str:
    """What the source phrase ``doc[a:b]`` names: person | organisation | media | anonymous | document."""
    toks = [t for t in doc[a:b] if not t.is_punct]
    if not toks:
        return ""
    labels = {t.ent_type_ for t in toks}
    content = [t for t in toks if t.pos_ in {"NOUN", "PROPN"}]
    # the head of an English noun phrase is its last noun before a preposition or a participle that
    # modifies it (« charges filed Monday » are charges, not a Monday)
    pre = [t for t in content if not any((p.dep_ == "prep" and p.i < t.i) or (
        p.dep_ == "acl" and p.tag_ == "VBN" and p.i <= t.i) for p in toks)]
    head = (pre or content or toks)[-1].lower_
    det = toks[0].lower_
    words = {t.lower_ for t in toks}
    if is_media(doc, a, b) and "PER" not in labels:
        return "media"
    if head in DOCUMENT_HEADS and "PER" not in labels:
        return "document"
    if words & SOURCE_WORDS and "PER" not in labels:
        return "anonymous"
    if "PER" in labels:
        return "person"
    plural = (pre or content or toks)[-1].tag_ in {"NNS", "NNPS"}
    if head in ANONYMOUS_HEADS and "ORG" not in labels and (
            det in INDEFINITE_DETERMINERS or toks[0].pos_ == "NUM" or (plural and det != "the")
            or (toks[0].i == a and plural and det not in {"the", "his", "her", "their", "its"})):
        return "anonymous"
    if labels & {"ORG", "LOC", "MISC"} or head in ORG_HEADS:
        return "organisation"
    if head in ROLE_HEADS or head in ANONYMOUS_HEADS:
        return "person"
    if det in {"he", "she", "i", "we", "they", "you"}:
        return "person"
    return "organisation" if content and content[0].pos_ == "PROPN" else "person"
