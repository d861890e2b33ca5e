"""From a processed ``Doc`` to the records of one article (:class:`ArticleAnalysis`).

This is where the within-article references are resolved: a pronoun or a title standing for a
source or a speaker (« il a répondu », « le ministre ») becomes the person it stands for, and a
claim's subject, place and time are tied to the mentions and time expressions of its clause.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span, Token

from recoupe.lang.fr.entities import HONORIFICS, ORG_HEADS, ORG_HEADS_EXTRA, ROLE_HEADS
from recoupe.lang.fr.predicates import FINDING_VERBS, OPPOSITE_FINDING_PATTERN
from recoupe.lang.fr.quotes import RELATIVE_PRONOUNS, SPEAKER_NON_PRONOUNS
from recoupe.lang.fr.reporting_verbs import (
    AFFECTING_FRAME_VERBS,
    AFFECTING_VERBS,
    HEADLINE_VOICE_VERBS,
    REPORTING_VERBS,
)
from recoupe.lang.fr.sources import (
    ANONYMOUS_HEADS,
    COLLECTIVE_VOICES,
    DOCUMENT_HEADS,
    FIRST_PERSON,
    HEADLINE_NOT_SPEAKER_AFTER,
    HUMAN_NOUNS,
    PERSON_NOUN_SEEDS,
    SOURCE_ADJUNCT_PREPS,
    SPEECH_NOUNS,
    VOICE_NOUNS,
)
from recoupe.model import Article, ArticleAnalysis, Claim, Event, Mention, Quote, TimeExpr
from recoupe.nlp.attribution import anonymous_voice, source_kind
from recoupe.nlp.extensions import text_of
from recoupe.nlp.modality import ClauseClaim, quoted_verdict
from recoupe.resolve.names import fold

_PRONOUNS = {"il", "elle", "ils", "elles", "t-il", "t-elle", "-t-il", "-t-elle", "-il", "-elle", "lui", "eux",
             "celui-ci", "celle-ci"}
_PLURAL_AUX = {"ont", "sont", "avaient", "étaient", "auront", "seront", "auraient", "seraient"}
_LABELS = {"PER", "LOC", "ORG", "MISC", "WEAPON", "EVENT"}
_LISTED_QUOTES = re.compile(r"[«“\"][^«»“”\"]{1,200}[»”\"]\s*[,…]\s*")
_LISTED_AFTER = re.compile(r"\s*[»”\"]?\s*[,…]\s*(?:[«“\"][^«»“”\"]{1,200}[»”\"]\s*[,…]?\s*)+")
_HEAD_PREPS = {"pour", "à", "avec", "par", "en", "sur", "chez", "contre", "dans"}  # never part of a voice's phrase
# words that open a fronted adjunct the tagger may read as an adverb (« lors de la rentrée, »)
_FRONTED_OPENERS = {"lors", "après", "avant", "face", "malgré", "dès", "depuis", "pendant"}
_DEFINITE = {"le", "la", "l'", "l’"}
_GENERIC_BODIES = {"organisation", "institution", "structure", "formation", "instance"}  # say no kind of body
_HEADLINE_REACH = 90  # characters after a headline quotation within which its speaker is named


@dataclass(frozen=True, slots=True)
class _Words:
    """The words of a language that resolving a source reads (the language seam)."""

    pronouns: frozenset[str] | set[str]
    non_pronouns: frozenset[str]
    relatives: frozenset[str]
    documents: frozenset[str]
    roles: frozenset[str]
    orgs: frozenset[str]
    honorifics: frozenset[str] | set[str] | tuple[str, ...]
    issuer_preps: frozenset[str]


_FR = _Words(_PRONOUNS, SPEAKER_NON_PRONOUNS, RELATIVE_PRONOUNS, DOCUMENT_HEADS, ROLE_HEADS, ORG_HEADS, HONORIFICS,
             frozenset({"par", "de", "du", "des", "d'", "d’"}))


def _words(lang: str) -> _Words:
    if lang == "en":
        from recoupe.lang.en import quotes as q
        from recoupe.lang.en import sources as src

        return _Words(q.PRONOUNS, q.SPEAKER_NON_PRONOUNS, q.RELATIVE_PRONOUNS, src.DOCUMENT_HEADS, src.ROLE_HEADS,
                      src.ORG_HEADS, src.HONORIFICS, frozenset({"by", "of", "from"}))
    return _FR


_OPPOSITE = re.compile(OPPOSITE_FINDING_PATTERN)

def _strip(text: str) -> str:
    return text.strip(" ,;:.«»\"“”\n")


def _text(text: str, span: Span) -> str:
    """``span.text``, sliced from the doc's text (``Span.text`` rebuilds it token by token)."""
    return text[span.start_char:span.end_char] if len(span) else ""


class _Context:
    """Entity mentions of one doc, for resolving pronouns and titles to the named person."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = text_of(doc)
        self.ents = list(doc.ents)  # doc.ents builds new Spans on every access: read it once
        self.people = [e for e in self.ents if e.label_ == "PER"]
        if doc.lang_ == "en":  # the language seam: a surname the English model does not tag again
            # an English name is capitalised: a lower-case "person" is the model's mistake ("marijuana")
            # (nor is a ship, « HMS Kent », though tagged a person: no pronoun stands for it, no quote is its)
            from recoupe.lang.en.sources import SHIP_PREFIXES

            ships = {e[1:].text for e in self.people if len(e) > 1 and e[0].text.rstrip(".") in SHIP_PREFIXES}
            # (« Kent » alone stays a person where « Commander Lyle Kent » is named too)
            ships -= {e[-1].text for e in self.people if len(e) > 1 and e[0].text.rstrip(".") not in SHIP_PREFIXES}
            self.people = _surname_mentions(doc, [e for e in self.people if any(c.isupper() for c in e.text)
                                                  and e[0].text.rstrip(".") not in SHIP_PREFIXES
                                                  and e.text not in ships])
        self.orgs = [e for e in self.ents if e.label_ == "ORG"]
        self.roles: dict[tuple[int, int], str] = doc._.roles or {}
        self.frames = sorted(doc._.frames or [], key=lambda f: f.cue_i)
        self.sent_starts = [s.start for s in doc.sents]
        self.lang = doc.lang_  # (a getter call each time on the doc: read once)
        self.words = _words(self.lang)
        self.genders: dict[str, str] = {}  # person name -> 'Masc' / 'Fem', from the pronouns resolved to it
        self._pronoun_sources = {f.source_start for f in self.frames if f.source_end - f.source_start == 1}
        self._learnt: set[int] = set()  # frames whose pronoun source was resolved for :attr:`genders`
        self._names: dict[tuple[int, int], str] = {}  # :meth:`_named` by the mention's characters
        # resolve_kind by (start, end, depth), with the state of what was learnt when it was answered
        self._resolved: dict[tuple[int, int, int], tuple[tuple[int, int], tuple[str, str]]] = {}

    def _sent(self, i: int) -> int:
        return bisect_right(self.sent_starts, i) - 1

    def _antecedent(self, start: int) -> tuple[str, str] | None:
        """Who a subject pronoun of a reporting verb stands for: the source of the last frame in the
        two sentences before (speakers run on: « X a affirmé ... "...", a-t-il ajouté »), else the
        last person named before, else a frame source further back (six sentences)."""
        here = self._sent(start)
        doc = self.doc
        # « les investisseurs restent prudents car ils estiment que »: a plural pronoun stands for
        # the plural voice its sentence or the one before has as subject, before any single name
        plural = doc[start].lower_.lstrip("-t") in {"ils", "elles", "eux"} or (
            # « ont-il indiqué »: a plural verb before a clitic printed without its « s »
            doc[start].text.startswith("-") and start > 0 and doc[start - 1].lower_ in _PLURAL_AUX)
        group = self._plural_subject(start, here) if plural else None
        if group is not None:
            return self.resolve_kind(*group)
        # frames of the pronoun's own sentence before it are inside the content it reports
        usable = [f for f in self.frames if (f.source_end <= start or f.cue_i < start) and (
            self._sent(f.cue_i) < here or self._glued_before(f, start))]
        usable = [f for f in usable if not (f.source_start <= start < f.source_end)
                  and not (f.source_end - f.source_start == 1
                           and doc[f.source_start].lower_.lstrip("-") in self.words.pronouns | self.words.non_pronouns)]
        want = _gender(doc[start])
        self._learn_genders(start)
        if want:  # « a-t-elle insisté » is not « le Trésor »
            usable = [f for f in usable if _gender_of(doc, f.source_start, f.source_end) in {"", want}]
        # a person named in the pronoun's own clause is someone else (« il accuse X de ... » is not X)
        bound = self._named_in_clause(start)
        near = [f for f in usable if self._sent(f.cue_i) >= here - 2]
        while near:
            f = near.pop()
            found = self.resolve_kind(f.source_start, f.source_end)
            if found[0] not in bound and self._may_be(found[0], want):
                return self._gendered(found, want, start)
        # a person another pronoun already showed to be of the other gender is not this one
        before = [e for e in self.people if e.end <= start and self._named(e) not in bound
                  and self._may_be(self._named(e), want)]
        # a person the recent sentences are about (their subject) before one only mentioned in a
        # complement (« X a participé à l'expertise des travaux de Y. Il poursuit : » is X)
        # « Cette étudiante suit des cours à Lyon. Elle ... "...", lâche-t-elle »: a subject noun phrase
        # naming a person by what they are, of the pronoun's gender, more recent than any name
        np = self._subject_np(start, here, want)
        if np is not None and (not before or self._sent(np[0]) > self._sent(before[-1].start)):
            return self.resolve_kind(*np)
        subjects = [e for e in before if self._sent(e.start) >= here - 2 and e.root.dep_.startswith("nsubj")]
        if subjects and self._sent(subjects[-1].start) >= self._sent(before[-1].start) - 1:
            return self._gendered((self._named(subjects[-1]), "person"), want, start)
        if before:
            return self._gendered((self._named(before[-1]), "person"), want, start)
        if self.lang == "fr" and (first := self._first_name_subject(start, here)) is not None:
            return first
        far = [f for f in usable if self._sent(f.cue_i) >= here - 6]
        while far:
            f = far.pop()
            found = self.resolve_kind(f.source_start, f.source_end)
            if found[0] not in bound and self._may_be(found[0], want):
                return found
        return None

    def _first_name_subject(self, start: int, here: int) -> tuple[str, str] | None:
        """« Sous les pins, Léonie a monté sa tente. ... "...", confie-t-elle »: when no person is named
        before a pronoun, a lone capitalised word the model did not tag as a person (a first name:
        untagged or another kind of name) that is the subject of a verb in the pronoun's sentence,
        before it, or in the two sentences before; None if there is none."""
        doc = self.doc
        for t in reversed(doc[self.sent_starts[max(0, here - 2)]:start]):
            if (t.dep_ == "nsubj" and t.pos_ == "PROPN" and t.ent_type_ in {"", "MISC"} and t.text[:1].isupper()
                    and t.is_alpha and t.i > t.sent.start and doc[t.i - 1].pos_ not in {"DET", "ADP", "PROPN"}
                    and not (t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN")
                    and t.head.pos_ in {"VERB", "AUX"} and t.head.i > t.i):
                return t.text, "person"
            if (t.dep_ == "nsubj" and t.pos_ == "PROPN" and t.ent_type_ in {"", "MISC"} and t.i == t.sent.start
                    and t.is_alpha and t.head.pos_ in {"VERB", "AUX"} and t.head.i > t.i
                    and not (t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN")):
                return t.text, "person"  # « Dominique a quitté la banque, elle ... »
        return None

    def _glued_before(self, f: object, start: int) -> bool:
        """Is frame ``f``, of the pronoun's own parsed sentence, in an earlier sentence the parser
        ran into this one (« X avait fustigé cette perspective.\xa0"...", a-t-elle insisté »): a
        full stop after its cue and before the pronoun, the cue outside any quotation."""
        cue, doc = f.cue_i, self.doc  # type: ignore[attr-defined]
        if cue >= start or f.source_end > start or self.lang == "en":  # type: ignore[attr-defined]
            return False
        if not any(doc[k].text in {".", "!", "?"} for k in range(cue + 1, start)):
            return False
        idx = doc[cue].idx
        return not any(q.start <= idx < q.end for q in doc._.quotes or [])

    def _subject_np(self, start: int, here: int, want: str) -> tuple[int, int] | None:
        """The last subject noun phrase of the two sentences before the pronoun at ``start`` whose
        head is a person noun (:data:`HUMAN_NOUNS`, a role) of the gender ``want``, as a token
        range, or None. French only (the pronoun must be gendered)."""
        if not want or self.lang != "fr":
            return None
        doc = self.doc
        lo = self.sent_starts[max(0, here - 2)]
        for t in reversed(doc[lo:self.sent_starts[here]]):  # not the pronoun's own sentence (its content)
            if (t.dep_ == "nsubj" and t.pos_ == "NOUN" and (t.lower_ in HUMAN_NOUNS or t.lower_ in self.words.roles)
                    and want in t.morph.get("Gender", []) and not t.ent_type_):
                a, b = t.left_edge.i, t.i + 1
                while b < len(doc) and b <= t.right_edge.i and not doc[b].is_punct and doc[b].pos_ != "VERB":
                    b += 1  # its complements (« de 20 ans »), not a relative clause or an apposition
                return a, b
        return None

    def _plural_subject(self, start: int, here: int) -> tuple[int, int] | None:
        """The last plural subject noun phrase before the pronoun at ``start``, in its sentence or
        the one before, whose head names people (a voice, a role, a person noun: « les
        investisseurs », « des habitants »), as a token range; None if there is none. French only."""
        doc = self.doc
        want = _gender(doc[start])
        lo = self.sent_starts[max(0, here - 1)]
        for t in reversed(doc[lo:start]):
            if (t.dep_ in {"nsubj", "nsubj:pass"} and t.pos_ == "NOUN" and "Plur" in t.morph.get("Number", [])
                    and any(w in ANONYMOUS_HEADS or w in self.words.roles or w in HUMAN_NOUNS
                            for w in (t.lower_, t.lemma_.lower()))
                    and (not want or want in t.morph.get("Gender", [want])) and t.ent_type_ in {"", "ORG", "MISC"}):
                # (« les directeurs des trois écoles de ... » may be read as a body's name, « les Sœurs
                # de X » as another kind of name)
                a, b = t.left_edge.i, t.i + 1
                while b < start and b <= t.right_edge.i and not doc[b].is_punct and doc[b].pos_ != "VERB":
                    b += 1  # its complements (« du marché »), not a relative clause or an apposition
                return a, b
        return None

    def _may_be(self, name: str, gender: str) -> bool:
        """Can a pronoun of ``gender`` ('' for « lui » or « on ») stand for ``name``?"""
        return not gender or self.genders.get(name, gender) == gender

    def _learn_genders(self, start: int) -> None:
        """Resolve, in text order, the gendered pronoun sources of the frames before ``start`` that
        are not resolved yet, so that :attr:`genders` knows what they showed (whatever order the
        caller resolves claims and quotes in)."""
        doc = self.doc
        for n, f in enumerate(self.frames):
            if f.cue_i >= start:
                break
            if n in self._learnt or f.source_end - f.source_start != 1 or not _gender(doc[f.source_start]):
                continue
            self._learnt.add(n)
            self.resolve_kind(f.source_start, f.source_end)

    def _gendered(self, found: tuple[str, str], gender: str, start: int) -> tuple[str, str]:
        """Remember that a gendered pronoun source of a reporting verb (« -t-elle ») stood for this
        person (names carry no gender; the pronouns that stand for them do). Other pronouns (a
        claim's impersonal « il faut ... ») teach nothing."""
        if gender and found[1] == "person" and found[0] and start in self._pronoun_sources:
            self.genders.setdefault(found[0], gender)
        return found

    def _named_in_clause(self, start: int) -> set[str]:
        """The people named after the pronoun at ``start`` among the dependents of its verb (« il
        accuse X de ... », « elle a répondu à X »): a pronoun never stands for them."""
        doc = self.doc
        verb = doc[start].head
        lo, hi = start, verb.right_edge.i + 1
        return {self._named(e) for e in self.people if lo < e.start and e.end <= hi
                and self._sent(e.start) == self._sent(start)}

    def _own_subject_en(self, start: int, depth: int) -> tuple[str, str] | None:
        """« A 40-year-old diver drowned after he lost his line »: a « he » / « she » subject of an adverbial
        clause stands for the subject its own sentence names before it, one person, not for the speaker of
        an earlier sentence (:meth:`_antecedent_en`). None when the clause or its main clause names another
        person (« after he hit her »; « the guard shot the man after he ran »: two people, either may be
        meant), the sentence's subject is a pronoun, a plural or no noun, or the article gives that subject
        the other sex (« Ms. », « spokeswoman », « the woman »)."""
        doc = self.doc
        tok = doc[start]
        clause = tok.head
        if tok.lower_ not in {"he", "she"} or tok.dep_ not in {"nsubj", "nsubjpass"} or clause.dep_ != "advcl":
            return None
        if any(c.dep_ in {"dobj", "dative", "iobj"} and (c.pos_ in {"PRON", "PROPN"} or c.ent_type_ == "PERSON")
               for c in clause.children):
            return None
        if any(c.dep_ in {"dobj", "dative", "iobj"} and self._person_noun(c) for c in clause.head.children):
            return None  # the main clause's person object is as likely the one meant
        subj = next((c for c in clause.head.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < start), None)
        if subj is None or subj.pos_ not in {"NOUN", "PROPN"} or subj.tag_ in {"NNS", "NNPS"}:
            return None
        if not self._person_noun(subj):
            return None  # a thing (« the search would resume after he slept »)
        from recoupe.lang.en.sources import GENDERED_WORDS

        want = "Masc" if tok.lower_ == "he" else "Fem"
        ent = next((e for e in self.people if e.start <= subj.i < e.end), None)
        told = {GENDERED_WORDS.get(t.lower_, "") for t in doc[subj.left_edge.i:subj.i + 1]}
        told.add({"male": "Masc", "female": "Fem"}.get(subj.lower_, ""))  # nouns, not titles: not in the pack's list
        if ent is not None:
            told.add(self._titled(self._named(ent)))
        if told - {"", want}:
            return None  # a person the article gives the other sex (« Ms. Roe », « the spokeswoman »)
        return self.resolve_kind(subj.left_edge.i, subj.i + 1, depth + 1)

    def _person_noun(self, t: Token) -> bool:
        """Does an English noun name one person: a name the article holds as a person, a person noun
        (:data:`recoupe.lang.en.quantities.ONE_PERSON_HEADS`), a role, or « a 36-year-old climber »?"""
        from recoupe.lang.en.quantities import ONE_PERSON_HEADS

        before = {w.lower_ for w in self.doc[t.left_edge.i:t.i]}
        return (any(e.start <= t.i < e.end for e in self.people) or t.lemma_.lower() in ONE_PERSON_HEADS
                or t.lower_ in self.words.roles or {"year", "old"} <= before)

    def _antecedent_en(self, start: int, depth: int) -> tuple[str, str] | None:
        """Who an English subject pronoun of a reporting verb stands for: the source of the last
        frame in the four sentences before, a pronoun there standing for its own antecedent ("...,"
        Trump said. He said ... / Of Obama, he said), else the last person named as a subject in
        the six sentences before, else the last person named before. For "he" / "she": a person
        named as a subject after the frame comes before its source, and the last person of that
        gender named in those six sentences before one of unknown gender."""
        here = self._sent(start)
        doc = self.doc
        want = _gender(doc[start])
        before = [e for e in self.people if e.end <= start
                  and (not want or self._titled(self._named(e)) in {"", want})]
        subjects = [e for e in before if e.root.dep_ in {"nsubj", "nsubjpass"} and self._sent(e.start) >= here - 6]
        for f in reversed(self.frames):
            at = self._sent(f.cue_i)
            if at >= here or (f.source_start <= start < f.source_end):
                continue
            if at < here - 4:
                break
            low = doc[f.source_start].lower_
            if f.source_end - f.source_start == 1 and low in self.words.non_pronouns:
                continue
            asked = self._asked(f, want) if want else ""
            if asked:  # "X asked Y if ... . He said ...": the one asked answers
                return asked, "person"
            found = self.resolve_kind(f.source_start, f.source_end, depth + 1)
            if not found[0] or found[0].lower() in self.words.pronouns:
                continue
            if not want:
                return found
            # "he", "she": a named person (or a role), not one titled Ms. / Mr. the other way
            head = found[0].lower().split(" of ")[0].split(" from ")[0].split(" for ")[0].split()[-1]
            person = found[1] in {"person", ""} and (
                head in self.words.roles or any(self._named(e) == found[0] for e in self.people))
            if person and self._titled(found[0]) in {"", want}:
                # a person named as a subject after that frame is the one the text is now about
                # ("“A,” the president said. Jane Roe later apologized. “B,” she said.")
                later = [e for e in subjects if at < self._sent(e.start) < here]  # not in the quote it closes
                return (self._named(later[-1]), "person") if later else found
        if want:  # "she": a woman the text says is one (Ms., spokeswoman) before a person it says nothing of
            agree = [e for e in before if self._sent(e.start) >= here - 6 and self._titled(self._named(e)) == want]
            if agree and not any(self._titled(self._named(e)) == want for e in subjects[-1:]):
                return self._named(agree[-1]), "person"
        if subjects and want:  # "he" / "she", not "they"
            from recoupe.lang.en.sources import QUESTION_CUES

            verb = subjects[-1].root.head
            obj = next((e for e in self.people if e.start > subjects[-1].start and e.root.head.i == verb.i
                        and e.root.dep_ == "dobj" and self._sent(e.start) < here), None)
            if obj is not None and verb.lemma_ in QUESTION_CUES and self._titled(self._named(obj)) in {"", want}:
                return self._named(obj), "person"  # "X asked Y about it. He said ...": Y answers
        if subjects or before:
            return self._named((subjects or before)[-1]), "person"
        return None

    def _asked(self, frame: object, want: str) -> str:
        """The person a frame of asking names as the one asked ("X asked Y if ...", its direct
        object), when a "he" / "she" of gender ``want`` can stand for them, else ''."""
        from recoupe.lang.en.sources import QUESTION_CUES

        if frame.cue not in QUESTION_CUES:  # type: ignore[attr-defined]
            return ""
        cue = self.doc[frame.cue_i]  # type: ignore[attr-defined]
        obj = next((c for c in cue.children if c.dep_ == "dobj"), None)
        if obj is None:
            return ""
        ent = next((e for e in self.people if e.start <= obj.i < e.end), None)
        if ent is None:
            return ""
        name = self._named(ent)
        return name if self._titled(name) in {"", want} else ""

    def _titled(self, name: str) -> str:
        """'Masc' / 'Fem' for a person the English article titles or describes by a gendered word
        (:data:`recoupe.lang.en.sources.GENDERED_WORDS`: "Mr." / "Ms." before the name, a role
        just before it, "spokeswoman Jane Doe", or the head of its apposition, "Jane Doe, a
        congresswoman from Ohio,"), '' when it does not say. By the full name, else by the
        surname when all its bearers agree ("Mr. Clinton" and "Mrs. Clinton" leave "Clinton" open)."""
        if not hasattr(self, "_titles"):
            from recoupe.lang.en.sources import GENDERED_WORDS

            full: dict[str, str] = {}
            surnames: dict[str, set[str]] = {}
            for e in self.people:
                g = _described_gender(self.doc, e, GENDERED_WORDS)
                if not g:
                    continue
                named = self._named(e)
                if len(named.split()) > 1:  # "Roe" alone may be Mr. or Mrs. Roe
                    full.setdefault(named, g)
                surnames.setdefault(self.doc[e.end - 1].lower_, set()).add(g)
            self._titles = (full, {k: next(iter(v)) for k, v in surnames.items() if len(v) == 1})
        full, by_surname = self._titles
        if name in full:
            return full[name]
        last = name.split()[-1].lower() if name.split() else ""
        return by_surname.get(last, "")

    def _issuer_en(self, head: Token, start: int, depth: int) -> str:
        """Who put out the thing an English source phrase names (:data:`recoupe.lang.en.sources.
        ISSUED_HEADS`). An indefinite one, from its own sentence ("Jane Roe sent a letter saying
        ..."): :meth:`_issued_by`. A definite one ("The ad says", "the letter reads"), from its
        mention in the three sentences before, passing over its definite mentions that say none
        ("The statement said ..."); a word of the same kind counts (:data:`recoupe.lang.en.sources.
        ISSUED_KINDS`: "a commercial" ... "the advertisement says"). '' if none."""
        from recoupe.lang.en.sources import ISSUED_HEADS, ISSUED_KINDS

        doc = self.doc
        if head.lower_ not in ISSUED_HEADS:
            return ""
        if not any(t.lower_ in {"the", "this", "that"} for t in head.lefts):
            return self._issued_by(head, depth, verb_only=True) or ""
        here = self._sent(start)
        kind = ISSUED_KINDS.get(head.lemma_.lower(), head.lemma_.lower())
        for t in reversed(doc[self.sent_starts[max(0, here - 3)]:start]):
            if t.pos_ != "NOUN" or ISSUED_KINDS.get(t.lemma_.lower(), t.lemma_.lower()) != kind:
                continue
            found = self._issued_by(t, depth)
            if found is not None:
                return found
            if any(c.lower_ in {"the", "this", "that"} for c in t.lefts):
                continue  # "The statement said ..." names it again: its issuer is named further back
            return ""
        return ""

    def _issued_by(self, t: Token, depth: int, *, verb_only: bool = False) -> str | None:
        """The issuer a mention of a document or message gives: a name among its modifiers ("a
        Romney campaign ad"), after "from" / "by" ("a letter from the union"), or the subject of the
        verb it is the object of ("The campaign retorted with an ad of its own", "Jane Roe wrote a
        letter"); only the last with ``verb_only``. None when it gives none."""
        from recoupe.lang.en.reporting_verbs import REPORTING_VERBS

        if not verb_only:
            mods = [e for e in [*self.people, *self.orgs] if t.left_edge.i <= e.start and e.end <= t.i]
            if mods:
                return self.resolve_kind(mods[-1].start, mods[-1].end, depth + 1)[0]
            # "a letter from the union", "a letter released Monday and signed by 90 teachers"
            signed = [g for c in t.rights if c.dep_ == "acl" and c.tag_ == "VBN" for g in (c, *c.conjuncts)]
            for prep in [*t.rights, *(p for v in signed for p in v.children if p.dep_ in {"agent", "prep"})]:
                if prep.lower_ in {"from", "by"}:
                    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                    if obj is not None:
                        return self.resolve_kind(obj.left_edge.i, obj.right_edge.i + 1, depth + 1)[0]
        # "retorted with an ad", "wrote a letter"; "said in a statement", not "came in a letter"
        verb = t.head.head if t.dep_ == "pobj" and t.head.lower_ in {"with", "in"} else t.head
        if t.dep_ == "pobj" and t.head.lower_ == "in" and verb.lemma_.lower() not in REPORTING_VERBS:
            return None
        if t.dep_ in {"dobj", "pobj"} and verb.pos_ == "VERB":
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subj is not None:
                return self.resolve_kind(subj.left_edge.i, subj.i + 1, depth + 1)[0]
        return None
        return ""

    def _role_holder_en(self, heads: list[str], start: int, aliased: list[str]) -> str | None:
        """The person an English role phrase stands for ("the Secretary of State", "the department
        head"): the last person named before, within twenty sentences, with that role word or one
        of its aliases (:data:`recoupe.lang.en.sources.ROLE_ALIASES`: "the congressman" is "Rep.
        Jane Roe") just before the name ("Secretary of State John Kerry") or in an apposition after
        it ("John Kerry, the US Secretary of State,"), which ends at a quotation mark or a verb
        ("... Jesus Christ," said Father Roe" is no apposition of Jesus Christ). Only the ``aliased``
        heads take their aliases."""
        from recoupe.lang.en.sources import ROLE_ALIASES

        doc = self.doc
        here = self._sent(start)
        words = set(heads).union(*(ROLE_ALIASES.get(h, ()) for h in aliased))
        for ent in reversed([e for e in self.people if e.end <= start]):
            if self._sent(ent.start) < here - 20:
                break
            sent = ent.sent
            lo = max(sent.start, ent.start - 6)
            hi = min(sent.end, ent.end + 10)
            around = {t.lower_ for t in doc[lo:ent.start]}
            if ent.end < hi and doc[ent.end].text == "," and not self._listed_member(ent):
                for t in doc[ent.end + 1:hi]:
                    if t.is_quote or t.pos_ in {"VERB", "AUX"}:
                        break
                    around.add(t.lower_)
            if words & around:
                return self._named(ent)
        return None

    def _party_member_en(self, phrase: Span, start: int) -> str | None:
        """The person "the Massachusetts Democrat", "the Texas Republican" stands for (a definite,
        singular party word at the phrase's head: :data:`recoupe.lang.en.sources.PARTY_MEMBERS`):
        of the people named in the three sentences before, the last one the text gives that party
        around the name ("Sen. Jane Roe, D-Mass.", "Republican John Doe"), else the last one named
        as a subject there, else None."""
        from recoupe.lang.en.sources import PARTY_MEMBERS

        root = phrase.root
        words = PARTY_MEMBERS.get(root.lower_)
        if words is None or not any(c.lower_ == "the" for c in root.lefts):
            return None
        here = self._sent(start)
        near = [e for e in self.people if e.end <= start and self._sent(e.start) >= here - 3]
        doc = self.doc
        for ent in reversed(near):
            lo, hi = max(ent.sent.start, ent.start - 4), min(ent.sent.end, ent.end + 6)
            if any(t.lower_ in words for t in [*doc[lo:ent.start], *doc[ent.end:hi]]):
                return self._named(ent)
        subjects = [e for e in near if e.root.dep_ in {"nsubj", "nsubjpass"}]
        return self._named(subjects[-1]) if subjects else None

    def _named(self, ent: Span) -> str:
        """The fullest form of a person in the doc ("M. Moon" -> "Moon Jae In"). It depends on the
        mention's text and the doc's people only: computed once per mention (~60 calls a doc)."""
        key = (ent.start_char, ent.end_char)
        named = self._names.get(key)
        if named is None:
            named = self._names[key] = self._fullest(ent)
        return named

    def _fullest(self, ent: Span) -> str:
        ent_text = _text(self.text, ent)
        words = [w for w in ent_text.split() if w not in self.words.honorifics]
        if not words:
            return ent_text
        best = ent_text if len(words) > 1 else " ".join(words)
        for other in self.people:
            ow = _text(self.text, other).split()
            if len(ow) > len(best.split()) and words[-1] in ow:
                best = " ".join(w for w in ow if w not in self.words.honorifics)
        return best

    def resolve(self, start: int, end: int) -> str:
        """The name a source phrase stands for (token range), or the phrase itself."""
        return self.resolve_kind(start, end)[0]

    def resolve_kind(self, start: int, end: int, depth: int = 0) -> tuple[str, str]:
        """The name a source phrase stands for and what it is (person, organisation, media,
        anonymous, document: :func:`recoupe.nlp.attribution.source_kind`).

        The answer depends on the phrase and on what the context has learnt so far (:attr:`genders`
        and the frames resolved for them, which only grow): a phrase asked again (the source of a
        frame, once per claim it covers) is answered from the last time when that learnt nothing
        and nothing was learnt since."""
        key = (start, end, depth)
        state = (len(self.genders), len(self._learnt))
        hit = self._resolved.get(key)
        if hit is not None and hit[0] == state:
            return hit[1]
        found = self._resolve_kind(start, end, depth)
        if (len(self.genders), len(self._learnt)) == state:
            self._resolved[key] = (state, found)
        return found

    def _resolve_kind(self, start: int, end: int, depth: int) -> tuple[str, str]:
        doc = self.doc
        if start < 0 or end <= start or depth > 3:
            return "", ""
        if self.lang == "en":  # the language seam: "the suit from X, where Y ...": X's, not Y's
            end = _before_relative(doc, start, end)
        elif end < len(doc) and doc[end - 1].pos_ in {"NOUN", "ADJ"} and doc[start].pos_ == "DET":
            # « s'inquiète l'expert en sécurité Zed. »: a description cut before the name it ends on
            # (the model took « Zed. » for another kind of name)
            while (end < len(doc) and (doc[end].pos_ == "PROPN" or doc[end].ent_type_) and doc[end].text[:1].isupper()
                   and doc[end].is_sent_start is not True and end - start < 8):
                end += 1
        phrase = doc[start:end]
        text = _strip(_text(self.text, phrase))
        if not any(ch.isalpha() for ch in text):
            return "", ""  # a dash or a quotation mark the parser took for a subject
        # « selon les chiffres publiés par le ministère »: the issuer is the source, the figures its form
        head = next((t for t in phrase if t.pos_ in {"NOUN", "PROPN"}), None)
        if head is not None and head.lower_ in self.words.documents:
            issuer = next((t.i for t in phrase if t.i > head.i and t.lower_ in self.words.issuer_preps),
                          None)
            # « les chiffres du ministère », « une étude d'Ipsos », « publiés par les autorités »; not
            # « la lettre de motivation »
            named = issuer is not None and (doc[issuer].lower_ in {"par", "by"} or any(
                t.ent_type_ or t.lower_ in self.words.orgs for t in doc[issuer + 1:end]))
            if named and issuer is not None and issuer + 1 < end:
                name, _ = self.resolve_kind(issuer + 1, end, depth + 1)
                if name:
                    return name, "document"
        if head is not None and self.lang == "en" and depth < 3:  # the language seam: "the ad says"
            name = self._issuer_en(head, start, depth)
            if name:
                return name, "document"
        # an entity inside the phrase, or overlapping it (the parser may take one token of a name)
        people = [e for e in self.people if e.start < end and start < e.end]
        if people and self.lang != "en" and anonymous_voice(doc, start, end):
            people = []  # « un habitant de Jomba »: an unnamed voice, not the name of its place
        if people and self.lang == "en":  # English: the name at the phrase's head, not one in its apposition
            if not _modifies_only(phrase, people, self.words.roles):  # "a Romney campaign aide" is not Romney
                return self._named(_head_person(phrase, people)), "person"
            people = []
        if self.lang == "en" and (apposed := _apposed_name(phrase, self.ents, self.words.roles)) is not None:
            return _text(self.text, apposed), "person"
        if people:
            return self._named(people[-1]), "person"
        kind = source_kind(doc, start, end)
        orgs = [e for e in self.orgs if start <= e.start and e.end <= end]
        # « un habitant de Jomba » is an anonymous voice, not the place it names
        # (nor a role the model tagged as a body, « le [délégué aux Sports] »: the role's holder)
        if orgs and kind != "anonymous" and not any(t.lower_ in self.words.roles
                                                    for t in phrase[: orgs[0].start - start + 1]):
            return (_strip(_text(self.text, orgs[-1])),
                    kind if kind in {"media", "document", "anonymous"} else "organisation")
        low = text.lower().lstrip("-")
        if low in self.words.non_pronouns:  # « je », « nous », « on »: the quoted voice, not a name
            return "", ""
        if low in self.words.relatives and len(phrase) == 1:
            # « X, qui a déclaré … »: the relative pronoun stands for the noun the clause hangs on
            verb = phrase[0].head
            if (verb.dep_.startswith("acl") or verb.dep_ == "relcl") and verb.head.i < start:
                ante = verb.head
                lo = ante.left_edge.i
                # « c'est aussi un responsable américain anonyme qui ... »: the noun phrase, not the
                # clause it is the predicate of, and its words up to the relative pronoun
                lo = max([lo] + [t.i + 1 for t in doc[lo:ante.i] if t.pos_ in {"VERB", "AUX", "ADV", "PUNCT"}
                                 or (t.lower_ in _HEAD_PREPS and self.lang != "en")])  # « pour le retraité qui »
                hi = start if start - ante.i <= 6 else ante.i + 1
                return self.resolve_kind(lo, hi, depth + 1)
            k = start - 1 if start > 0 and doc[start - 1].text == "," else start
            if self.lang != "en" and k > 0 and doc[k - 1].pos_ == "NOUN" and doc[k - 1].left_edge.i < k - 1:
                # « a interrogé d'anciens épargnants, qui affirment ... » parsed as a clause of its own:
                # the noun phrase right before the relative pronoun is its antecedent
                ante = doc[k - 1]
                lo = max([ante.left_edge.i] + [t.i + 1 for t in doc[ante.left_edge.i:ante.i]
                                               if t.pos_ in {"VERB", "AUX", "ADV", "PUNCT"}])
                return self.resolve_kind(lo, k, depth + 1)
            return "", ""
        if low in self.words.pronouns or (low.startswith("t-") and low[2:] in self.words.pronouns):
            if phrase[0].dep_ in {"nsubj:pass", "nsubjpass"}:  # « elles sont accusées »: the one spoken of
                if low.removeprefix("t-") in {"ils", "elles", "eux", "they"}:
                    return text, ""  # a plural is never the one person named last (companies, a crowd)
                want = _gender(phrase[0])
                self._learn_genders(start)
                before = [e for e in self.people if e.end <= start and self._may_be(self._named(e), want)]
                return (self._named(before[-1]), "person") if before else (text, "")
            if self.lang == "en":  # the language seam: English speakers run on through their pronouns
                found = self._own_subject_en(start, depth) if depth < 3 else None
                if found is None or not found[0]:
                    found = self._antecedent_en(start, depth) if depth < 3 else None
            else:
                found = self._antecedent(start) if depth < 3 else None
            return found if found is not None and found[0] else (text, "")
        heads = [t.lower_ for t in phrase if t.lower_ in self.words.roles]
        if heads and self.lang != "en" and anonymous_voice(doc, start, end):
            heads = []  # « le directeur d'une grande surface » holds no role named in the article
        if heads and len(phrase) <= 6:
            # « le ministre » is not the person the article titles « la ministre »: an epicene role
            # noun takes its gender from its determiner, on both sides
            want = _gender_of(doc, start, end) if self.lang != "en" else ""
            for ent in reversed([e for e in self.people if e.end <= start]):
                role = self.roles.get((ent.start_char, ent.end_char), "").lower()
                titled = self._role_gender(ent, heads[0])
                if (heads[0] in role or titled is not None) and (not want or titled in {None, "", want}):
                    return self._named(ent), "person"
        if heads and self.lang == "en":  # the language seam: English roles are read around the name
            from recoupe.lang.en.sources import POSTPOSITIVE_ROLES

            # « the attorney general » is no general: a postpositive role after a noun takes no alias
            aliased = [t.lower_ for t in phrase if t.lower_ in heads and not (t.lower_ in POSTPOSITIVE_ROLES and any(
                c.dep_ == "compound" or c.text == "-" for c in t.lefts))]
            holder = self._role_holder_en(heads, start, aliased)
            if holder is not None:
                return holder, "person"
        if self.lang == "en" and (member := self._party_member_en(phrase, start)) is not None:
            return member, "person"
        if self.lang != "en" and kind != "anonymous" and (body := self._body_named(phrase, start)):
            return body, "organisation"
        # « nos informations » keeps its « nos »: the outlet's own sources, not « informations »
        while phrase and phrase[0].pos_ == "DET" and phrase[0].lower_ not in {"nos", "notre"}:
            phrase = phrase[1:]
        if self.lang != "en" and kind != "anonymous" and (described := self._described_as(phrase)):
            return described, "person"
        comma = next((k for k, t in enumerate(phrase) if t.text == ","), None)
        if (self.lang != "en" and comma is not None and comma + 1 < len(phrase) and phrase[comma + 1].pos_ == "DET"
                and any(t.pos_ in {"NOUN", "PROPN"} for t in phrase[:comma])):
            phrase = phrase[:comma]  # « le président du syndicat, le premier du pays, »: its apposition is no part
        out = _strip(_text(self.text, phrase)) or text
        # a phrase that runs over quotation marks or a whole clause is a misparse, not a name
        if any(m in out for m in "«»“”\"") or len(out.split()) > 10:
            return "", ""
        return out, kind

    def _body_named(self, phrase: Span, start: int) -> str:
        """The named body a definite body noun with no name of its own stands for (« le syndicat »,
        « l'association », « l'organisation »): the last body named in the six sentences before whose
        own mention that noun titles (« le syndicat lycéen X »), else, for a noun that says nothing
        of what the body is (:data:`_GENERIC_BODIES`), the last body named in the two sentences
        before; '' otherwise."""
        if len(phrase) < 2 or len(phrase) > 3 or phrase[0].lower_ not in _DEFINITE or any(
                t.ent_type_ or t.pos_ == "PROPN" for t in phrase):
            return ""
        head = phrase[1]
        if head.lower_ not in ORG_HEADS or any(t.pos_ not in {"ADJ"} for t in phrase[2:]):
            return ""
        doc, here = self.doc, self._sent(start)
        before = [e for e in self.orgs if e.end <= start and self._sent(e.start) >= here - 6]
        for e in reversed(before):
            lo = max(e.sent.start, e.start - 3)
            if any(t.lower_ == head.lower_ for t in doc[lo:e.start]) and not any(
                    t.is_punct or t.pos_ in {"VERB", "AUX"} for t in doc[lo:e.start]):
                return _strip(_text(self.text, e))
        if head.lower_ in _GENERIC_BODIES:
            near = [e for e in before if self._sent(e.start) >= here - 2]
            if near:
                return _strip(_text(self.text, near[-1]))
        return ""

    def _listed_member(self, ent: Span) -> bool:
        """Is the person ``ent`` one of those the content lists (« Two men were arrested, one of them X, a
        spokesman said », « …, dont X, a indiqué un porte-parole »): an inclusion cue opens the words between
        the comma before the name and the name, and a reporting verb's own subject follows it (after the
        name's comma, words with no punctuation up to a reporting verb)? The role phrase after the name is
        then that verb's subject, not the name's apposition (« …, Paul Lee, an emergency doctor said »: no
        cue, the name speaks). English only: the French forms (« dont X, a indiqué un porte-parole ») were
        credited right without it."""
        if self.lang != "en":
            return False
        from recoupe.lang.en.reporting_verbs import REPORTING_VERBS as verbs
        from recoupe.lang.en.sources import INCLUSION_CUES

        doc, sent = self.doc, ent.sent
        comma = next((k for k in range(ent.start - 1, sent.start - 1, -1) if doc[k].is_punct), None)
        if comma is None or doc[comma].text != ",":
            return False
        opening = " ".join(t.lower_ for t in doc[comma + 1:ent.start])
        if not any(opening == cue or opening.startswith(cue + " ") for cue in INCLUSION_CUES):
            return False
        if ent.end >= sent.end or doc[ent.end].text != ",":
            return False
        for t in doc[ent.end + 1:sent.end]:
            if t.is_punct:
                return False
            if "Rel" in t.morph.get("PronType", []) or t.tag_ in {"WP", "WDT"} or t.dep_ == "relcl":
                # « including X, a deputy minister who said … »: the verb is the apposition's own, the name speaks
                return False
            if t.pos_ == "VERB":
                return t.lemma_ in verbs
        return False

    def _role_gender(self, ent: Span, head: str) -> str | None:
        """The role word ``head`` titling the person ``ent`` in the words before the name, with no
        verb or punctuation between (« la ministre X », « le ministre de l'Intérieur X », also
        when the model took the role for a name of its own), or right after it (« X, le ministre
        de ... »): 'Masc' / 'Fem' read from its determiner, '' if unknown; None if no such word."""
        doc = self.doc
        sent = ent.sent
        before = []
        if ent.start > sent.start and doc[ent.start - 1].pos_ == "ADP":
            return None  # « le porte-parole de X »: X is whom the role serves
        for t in reversed(doc[max(sent.start, ent.start - 8):ent.start]):
            if t.pos_ in {"VERB", "AUX"} or (t.is_punct and t.text != "'"):
                break
            before.append(t)
        if ent.end + 1 < sent.end and doc[ent.end].text == "," and not self._listed_member(ent):
            for t in doc[ent.end + 1:min(sent.end, ent.end + 5)]:
                if t.pos_ in {"VERB", "AUX"} or t.is_punct:
                    break
                before.append(t)
        for t in before:
            if t.lower_ == head:
                det = next((c for c in t.children if c.dep_ == "det" and c.morph.get("Gender", [])), None)
                if det is None and t.i > 0 and doc[t.i - 1].pos_ == "DET":
                    det = doc[t.i - 1]
                g = det.morph.get("Gender", []) if det is not None else []
                return g[0] if g else ""
        return None

    def _described_as(self, phrase: Span) -> str:
        """« s'inquiète le hacker éthique » when the article names « le hacker éthique Clément
        Domingo » elsewhere: the person a common-noun description (no name of its own, two words at
        least) stands before in the same words; '' if none or more than one person."""
        if len(phrase) < 2 or phrase[0].pos_ != "NOUN" or any(t.ent_type_ or t.pos_ == "PROPN" for t in phrase):
            return ""
        key = " " + fold(_text(self.text, phrase))
        found = {self._named(e) for e in self.people
                 if (" " + fold(self.text[max(0, e.start_char - len(key) - 2):e.start_char])).rstrip().endswith(key)}
        return found.pop() if len(found) == 1 else ""

    def headline_speaker(self, start: int, end: int) -> tuple[str, str]:
        """« "Quote" : Name, ... » / « "Quote", Name en finale »: a quotation that opens its
        headline and is followed by a colon or a comma is the words of the first person named
        right after it, in the same sentence (the commonest quote form of news headlines and
        feeds), with its kind; a person noun (« une habitante ») is an anonymous voice. ('', '') when
        the quotation does not open its line or no one is named closely after it."""
        line = self.text.rfind("\n", 0, start) + 1
        # « «A», «B»… X décrypte »: the quotations listed before this one open the headline with it
        opening = _LISTED_QUOTES.sub("", self.text[line:start])
        head = opening.rsplit(":", 1)[-1] if opening.count(":") <= 1 else opening
        if head.strip(" \u00a0«“\"'") or len(opening) > 80:
            return "", ""  # words before the quotation, other than a short topic and its colon
        after = self.text[end:end + 4].lstrip(" \u00a0»”\"'")
        raw = self.text[line:start]
        if raw.count(":") == 1 and (topic := self._topic_voice(line, line + raw.index(":"))):
            return topic, "anonymous"  # « Les infirmiers face à la canicule : « ... » »
        if not after or after[0] not in ":,…":
            return "", ""
        # the quotations listed after this one (« «A», «B»… X décrypte »): the name comes after them
        listed = _LISTED_AFTER.match(self.text, end)
        quoted, end = self.text[start:end], listed.end() if listed else end
        ends = (self.text.find(m, end) for m in (". ", "\n", " « ", " \""))
        stop = min((i for i in ends if i > end), default=len(self.text))
        reach = min(stop, end + _HEADLINE_REACH)
        people = [e for e in self.people if end <= e.start_char < reach]
        toks = [t for t in self.doc.char_span(end, reach, alignment_mode="contract") or []
                if not (t.is_space or t.is_quote)]
        while toks and toks[0].is_punct:
            toks = toks[1:]
        if (affected := self._affected_voice(toks, min(stop, end + 2 * _HEADLINE_REACH))) is not None:
            return affected  # « "..." : la fermeture du lycée inquiète les parents »
        fronted = _fronted_end(toks)
        if fronted:
            # « "..." : à l'heure du départ de X, l'hommage de son frère »: a person named in a fronted
            # adjunct is whom the clause after its comma deals with, not its voice
            people = [e for e in people if e.start >= toks[fronted - 1].i]
        if toks and (not people or toks[0].i < people[0].start) and (opener := self._capitalised_subject(toks)):
            return opener  # « "..." : Léa Marin recadre X »: the name opening the clause, before the one it names
        if people and (verb := self._verb_before(end, people[0])) is not None:
            # « "..." : les agents comptent sur X ... »: the person is in the predicate of a clause
            # whose subject, named before its verb, is the voice
            voice = self._voice_after(end, verb, quoted)
            if voice[0]:
                return voice
        if people and self._belongs_to(people[0]):
            people = []  # « "..." : les élèves de X »: the people of X speak, not X
        # « ... : la colère des infirmiers après leur rencontre avec X »: a person named after such a
        # preposition is whom the speakers met or answer, not who speaks
        if people and not set(fold(self.text[end:people[0].start_char]).split()) & HEADLINE_NOT_SPEAKER_AFTER:
            return self._named(people[0]), "person"
        return self._voice_after(end, reach, quoted)

    def _affected_voice(self, toks: list[Token], reach: int) -> tuple[str, str] | None:
        """« "..." : la fermeture du lycée met les parents en colère », « "..." : le départ du joueur
        secoue le club », « "..." : les annonces du ministre moquées par l'opposition »: a headline
        clause ``toks`` (after a fronted adjunct) whose subject names no one (a thing or an event: not
        a name, a person, a role, a body, a voice or a document) tells who speaks by whom it
        affects: the object of a verb of feeling (:data:`AFFECTING_VERBS`, « met ... en colère »),
        or, in a clause with no finite verb, the agent of a participle; as (phrase, kind). None
        when the clause has another shape or the one affected names no one."""
        toks = toks[_fronted_end(toks):]
        if len(toks) < 3 or toks[0].pos_ != "DET":
            return None
        k = 2 if toks[1].pos_ == "ADJ" else 1
        head = toks[k]
        if head.pos_ != "NOUN" or head.ent_type_ in {"PER", "ORG"} or not self._names_no_one(head):
            return None
        doc = self.doc
        reach_i = next((t.i for t in toks if t.idx >= reach), len(doc))
        for t in doc[head.i + 1:reach_i]:
            if (t.is_punct and t.text not in {"'", "’"}) or t.pos_ in {"PRON", "SCONJ"}:
                return None  # the subject's phrase ends: a clause of another shape
            finite = "Fin" in t.morph.get("VerbForm", [])
            if t.pos_ in {"VERB", "AUX"} and finite:
                lemma = t.lemma_.lower()
                if lemma in AFFECTING_VERBS:
                    return self._affected(doc[t.i + 1:reach_i])
                if lemma in AFFECTING_FRAME_VERBS and any(
                        u.pos_ == "ADJ" or u.lower_ in {"en", "dans"} for u in doc[t.i + 1:min(reach_i, t.i + 6)]):
                    return self._affected(doc[t.i + 1:reach_i])
                return None
            if (t.pos_ == "VERB" and "Part" in t.morph.get("VerbForm", []) and t.i + 1 < reach_i
                    and doc[t.i + 1].lower_ == "par" and not any(
                        u.pos_ in {"VERB", "AUX"} and "Fin" in u.morph.get("VerbForm", [])
                        for u in doc[t.i + 2:reach_i])):
                return self._affected(doc[t.i + 2:reach_i])
        return None

    def _names_no_one(self, noun: Token) -> bool:
        """Is the common noun ``noun`` a thing or an event: not a person, a role, a body, a voice,
        a document or a medium?"""
        low, lemma = noun.lower_, noun.lemma_.lower()
        return not ({low, lemma} & (HUMAN_NOUNS | ANONYMOUS_HEADS | COLLECTIVE_VOICES | ORG_HEADS | ORG_HEADS_EXTRA
                                    | VOICE_NOUNS | SPEECH_NOUNS | self.words.documents | self.words.roles)
                    or self._is_role(low) or human_like(noun))

    def _affected(self, toks: Span) -> tuple[str, str] | None:
        """The person, group or body the phrase ``toks`` opens on (past adverbs, adjectives and
        quantities: « chaque année plus de visiteurs », « perplexes bien des riverains »), as (phrase,
        kind); None if it names no one."""
        for k, t in enumerate(toks):
            if t.pos_ in {"ADV", "ADJ", "DET", "ADP"} and not t.ent_type_ and t.text[:1].islower():
                continue
            if t.ent_type_ == "PER":
                ent = next((e for e in self.people if e.start <= t.i < e.end), None)
                return (self._named(ent), "person") if ent is not None else None
            if t.ent_type_ == "ORG":
                ent = next((e for e in self.orgs if e.start <= t.i < e.end), None)
                return (_strip(_text(self.text, ent)), "organisation") if ent is not None else None
            if t.text[:1].isupper() and k > 0 and toks[k - 1].lower_ in {"un", "une"}:
                # « plus d'un Suisse »: a noun of nationality after an indefinite article
                return _strip(_text(self.text, self.doc[toks[k - 1].i:t.i + 1])), "anonymous"
            if t.pos_ != "NOUN":
                return None
            low = t.lower_
            if low in COLLECTIVE_VOICES or low in ORG_HEADS or low in ORG_HEADS_EXTRA:
                return self._voice_phrase(t), "organisation"
            if self._is_role(low):
                return self._voice_phrase(t), "person"
            if low in HUMAN_NOUNS or low in ANONYMOUS_HEADS or human_like(t):
                return self._voice_phrase(t), "anonymous"
            return None
        return None

    def _topic_voice(self, start: int, end: int) -> str:
        """« Les infirmiers face à la canicule : « ... » »: a headline topic (characters ``start`` to
        ``end``, its colon) that opens on a person noun, with its determiner, and holds no finite
        verb names the people whose words follow; '' otherwise."""
        span = self.doc.char_span(start, end, alignment_mode="contract")
        if span is None or len(span) < 2 or span[0].pos_ != "DET":
            return ""
        if any((t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm", [])) or t.text == ","
               or t.pos_ == "CCONJ" for t in span):
            return ""  # a clause, or a theme of two things (« Les jeunes et la radio, ... : »)
        noun = span[1]
        if noun.pos_ != "NOUN" or noun.ent_type_ or not (noun.lower_ in ANONYMOUS_HEADS or human_like(noun)):
            return ""
        return self._voice_phrase(noun)

    def _verb_before(self, start: int, ent: Span) -> int | None:
        """The character offset of the first finite verb between ``start`` and the person ``ent`` of a
        headline, with a noun before it (the clause's subject), or None."""
        span = self.doc.char_span(start, ent.start_char, alignment_mode="contract")
        if span is None:
            return None
        noun = False
        for t in span:
            if t.pos_ in {"NOUN", "PROPN"}:
                noun = True
            elif t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm", []) and noun:
                return t.idx
            elif t.is_punct and noun and t.text not in {"'", "’", ","}:
                return None
        return None

    def _belongs_to(self, ent: Span) -> bool:
        """Is the person ``ent`` of a headline named in the « de » complement of a person, role or
        body noun (« la femme de X », « l'avocat de X », « les élèves de X »), not
        of a voice noun (« le message de X »)? Then the noun's phrase speaks, not X."""
        doc = self.doc
        k = ent.start - 1
        if k < 1 or doc[k].lower_ not in {"de", "d'", "d’", "du", "des"}:
            return False
        noun = doc[k - 1].lower_
        return noun in HUMAN_NOUNS or noun in ANONYMOUS_HEADS or noun in COLLECTIVE_VOICES or noun in self.words.roles

    def _voice_after(self, start: int, reach: int, quoted: str) -> tuple[str, str]:
        """« "..." : une habitante du quartier témoigne »: an unnamed person or group named by a person
        noun right after ``start`` (before ``reach``), with its determiner and complements, and its
        kind; ('', '') when there is none. The first noun decides (« la fermeture de l'usine » names
        no one), unless it is a voice noun (« le message des parents de X », « la colère des
        infirmiers », « l'appel d'une riveraine »): then the person noun of its complement
        speaks. A collective body (« le secteur du bâtiment ») speaks as an organisation; a
        fronted place or time (« à Roubaix, », « à 62 ans, ») is skipped; a person noun after a
        preposition of :data:`HEADLINE_NOT_SPEAKER_AFTER` is whom the voice deals with."""
        toks = list(self.doc.char_span(start, reach, alignment_mode="contract") or [])
        while toks and (toks[0].is_punct or toks[0].is_space or toks[0].is_quote):
            toks = toks[1:]
        fronted = False
        while toks and (toks[0].pos_ == "ADP" or toks[0].dep_ == "case" or toks[0].lower_ in _FRONTED_OPENERS or (
                toks[0].pos_ == "VERB" and "Part" in toks[0].morph.get("VerbForm", []))):
            # a fronted place or time (« à Roubaix, », « à Nantes, sur le port, »), or a participle
            # phrase (« écarté par X, », « après son départ annoncé en mars, »): an adjunct, the
            # subject follows its comma (a long one only when no finite verb makes it a clause)
            comma = next((k for k, t in enumerate(toks[:12]) if t.text == ","), None)
            if comma is None or (comma > 6 and any(
                    t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm", []) for t in toks[:comma])):
                break
            toks, fronted = toks[comma + 1:], True
        if fronted and len(toks) > 1 and toks[0].lower_ == "avec" and toks[1].pos_ == "DET":
            toks = toks[1:]  # « "..." : à Nantes, avec les bénévoles qui ... »: a reportage among them
        if (fronted and len(toks) > 2 and toks[0].text[:1].isupper() and toks[0].pos_ in {"PROPN", "NOUN"}
                and toks[0].ent_type_ in {"", "LOC", "MISC", "PER"} and toks[1].text == ","
                and toks[2].text[:1].islower() and (toks[2].pos_ in {"NOUN", "ADJ"} or (
                    toks[2].pos_ == "NUM" and len(toks) > 3 and toks[3].lower_ == "ans"))):
            # « "..." : à Lille, Karim, malvoyant, ... »: after a fronted place, a capitalised word
            # the model took for another place, set off by a description of a person, is a name
            ent = next((e for e in self.people if e.start <= toks[0].i < e.end), None)
            return (self._named(ent) if ent is not None else toks[0].text), "person"
        if len(toks) > 2 and toks[0].lower_ == "qui" and toks[1].lemma_ == "être":
            toks = toks[2:]  # « "..." : qui est X, ... ? »: the one the headline presents
        voiced = False  # past a voice noun
        for k, tok in enumerate(toks):
            # (a capitalised word of a name the tagger read as a verb is a name: « qui sont Zorg, »)
            named = tok.ent_type_ in {"ORG", "PER", "MISC"} and tok.text[:1].isupper() and tok.pos_ in {"VERB", "AUX"}
            if (tok.is_punct and tok.text != "'") or (tok.pos_ in {"VERB", "AUX"} and not voiced and not named):
                return "", ""
            if (not voiced and k > 0 and tok.text[:1].isupper() and tok.pos_ in {"ADJ", "NOUN", "PROPN"}
                    and tok.ent_type_ in {"", "LOC", "MISC"} and toks[k - 1].lower_ in {"un", "une"}
                    and not (k + 1 < len(toks) and toks[k + 1].text[:1].isupper())):
                # « "..." : une Suédoise raconte », « un Canadien arrêté »: a noun of nationality
                # after an indefinite article is a person (the two words: the tagger misreads what follows)
                return _strip(_text(self.text, self.doc[toks[k - 1].i:tok.i + 1])), "anonymous"
            if tok.pos_ not in {"NOUN", "PROPN"} and not named:
                continue
            low = tok.lower_
            blocked = k > 0 and any(fold(t.text) in HEADLINE_NOT_SPEAKER_AFTER for t in toks[max(0, k - 3):k]
                                    if t.pos_ == "ADP")
            if (low in HUMAN_NOUNS or low in ANONYMOUS_HEADS) and not blocked:
                return self._voice_phrase(tok), "anonymous"
            if tok.pos_ == "NOUN" and not tok.ent_type_ and not blocked and self._is_role(low):
                return self._voice_phrase(tok), "person"  # « l'ex-ministre de la Santé demande ... »
            if tok.pos_ == "NOUN" and not tok.ent_type_ and not blocked and human_like(tok):
                return self._voice_phrase(tok), "anonymous"
            if (not voiced and not blocked and tok.ent_type_ == "MISC" and tok.text[:1].isupper() and k > 0
                    and toks[k - 1].lower_ == "les"):
                # « "..." : les Aigles ravis »: a group named by a plural proper noun
                ent = next((e for e in self.ents if e.start <= tok.i < e.end), None)
                if ent is not None:
                    name = _strip(_text(self.text, ent)).removeprefix("Les ").removeprefix("les ")
                    return "les " + name, "organisation"
            if not voiced and not blocked and tok.ent_type_ == "PER" and toks[0].i == tok.i:
                # « "..." : réveillé par du bruit, X a réagi »: the name opening the clause
                ent = next((e for e in self.people if e.start <= tok.i < e.end), None)
                if ent is not None:
                    return self._named(ent), "person"
            if not voiced and not blocked and k == 0 and (opener := self._capitalised_subject(toks, comma=not fronted)):
                # « "..." : Dupré répond à ses critiques »: after the colon French writes no capital,
                # so a capitalised word opening the clause is a name, whatever the model tagged it
                return opener
            if not voiced and not blocked and tok.ent_type_ == "ORG":
                # « "..." : la Ligue X « prudente » », « "..." : des Verts satisfaits »: a named body
                ent = next((e for e in self.orgs if e.start <= tok.i < e.end), None)
                if ent is not None:
                    return _strip(_text(self.text, ent)), "organisation"
            if not voiced and low in COLLECTIVE_VOICES:
                return self._voice_phrase(tok), "organisation"
            if not voiced and low in VOICE_NOUNS:
                voiced = True
                continue
            if not voiced and not blocked and self._says(tok):
                # « "..." : une commune bretonne revendique ... »: the subject of a verb of saying
                return self._voice_phrase(tok), "anonymous" if human_like(tok) else "organisation"
            if (not voiced and not blocked and tok.pos_ == "NOUN" and low in ORG_HEADS | ORG_HEADS_EXTRA
                    and self._finite_after(tok)):
                # « "..." : le musée de la ville renforce sa surveillance »: a body the clause has
                # as its subject, whatever it does, speaks the words its headline quotes
                return self._voice_phrase(tok), "organisation"
            if not voiced:
                return self._voice_for(toks[k + 1:], quoted), "anonymous"
            if blocked:
                return "", ""
        return "", ""

    def _capitalised_subject(self, toks: list[Token], comma: bool = True) -> tuple[str, str] | None:
        """The name that opens a headline's clause after a quotation and its colon, told by its
        capital (« Dupré répond », « Léa Marin, lauréate du prix, annonce »): a run of capitalised
        words, not a determiner, followed by a lower-case word or (``comma``) a comma; as (name,
        kind), or None. After a fronted place (``comma`` False) a comma may go on listing places
        (« à Brest, Quimper, et Morlaix, »). A named body keeps its own branch (ORG)."""
        first = toks[0]
        if (not first.text[:1].isupper() or first.pos_ in {"DET", "PRON", "ADP", "CCONJ", "ADV", "NUM"}
                or first.ent_type_ == "ORG" or first.is_punct):
            return None
        n = 1
        while n < len(toks) and n <= 4:
            t = toks[n]
            if t.text == "-" and not t.whitespace_ and n + 1 < len(toks) and toks[n + 1].text[:1].isupper():
                n += 2  # « Jean-Marc », cut at its hyphen
            elif t.is_alpha and t.text[:1].isupper():
                n += 1
            else:
                break
        if n >= len(toks) or n > 4:
            return None
        nxt = toks[n]
        if not (nxt.text[:1].islower() or (comma and nxt.text == ",")):
            return None
        ent = next((e for e in self.people if e.start <= first.i < e.end), None)
        if ent is not None:
            return self._named(ent), "person"
        return _strip(_text(self.text, self.doc[first.i:toks[n - 1].i + 1])), "person"

    def _finite_after(self, noun: Token) -> bool:
        """Is the noun ``noun`` followed, past its complements (« de la ville de X »), by a finite
        verb: the subject of a headline clause?"""
        doc = self.doc
        j = noun.i + 1
        while j < len(doc) and j < noun.i + 10 and (
                doc[j].pos_ in {"DET", "NOUN", "PROPN", "ADJ"} or doc[j].lower_ in {"de", "du", "des", "d'", "d’"}
                or doc[j].lower_ in {"se", "s'", "s’", "ne", "n'", "n’"}):  # « le mouvement s'engage »
            j += 1
        return j < len(doc) and doc[j].pos_ in {"VERB", "AUX"} and "Fin" in doc[j].morph.get("VerbForm", [])

    @staticmethod
    def _says(noun: Token) -> bool:
        """Is the noun ``noun`` the subject of a finite verb of saying or of voicing a reaction
        (:data:`REPORTING_VERBS`, :data:`HEADLINE_VOICE_VERBS`)?"""
        verb = noun.head
        if noun.dep_ != "nsubj":
            # (the parse may hang the verb on its subject: « une ville revendique » as a clause of « ville »)
            verb = next((c for c in noun.children if c.dep_ in {"acl", "acl:relcl"} and c.i > noun.i
                         and not any(t.pos_ == "PRON" for t in noun.doc[noun.i + 1:c.i])), noun)
        if verb.i <= noun.i or verb.pos_ != "VERB":
            return False
        if "Fin" not in verb.morph.get("VerbForm", []):
            return False
        lemma = verb.lemma_.lower()
        return lemma in REPORTING_VERBS or lemma in HEADLINE_VOICE_VERBS or "s'" + lemma in HEADLINE_VOICE_VERBS

    def _is_role(self, low: str) -> bool:
        """Is ``low`` a role noun, also with a prefix of former office (« l'ex-ministre »)?"""
        low = low.removeprefix("ex-").removeprefix("ancien-")
        return low in self.words.roles

    def _voice_for(self, toks: list[Token], quoted: str) -> str:
        """« "Je ..." : amende pour le chauffeur qui ... »: a headline after a
        quotation in the first person, telling what befalls someone (« pour » + a person noun), is
        about that person, whose words the quotation is; '' otherwise."""
        if not FIRST_PERSON & set(re.findall(r"\w+['’]?", quoted.lower())):
            return ""
        for k, tok in enumerate(toks[:-1]):
            if tok.is_punct:
                return ""
            if tok.lower_ == "pour" and tok.i > 0 and self.doc[tok.i - 1].pos_ in {"NOUN", "PROPN", "ADJ"}:
                # « une amende pour le chauffeur », not « se battent pour des sinistrés »
                nxt = next((t for t in toks[k + 1:k + 4] if t.pos_ in {"NOUN", "PROPN"}), None)
                if nxt is not None and (nxt.lower_ in HUMAN_NOUNS or nxt.lower_ in ANONYMOUS_HEADS):
                    return self._voice_phrase(nxt)
                return ""
            if tok.pos_ in {"VERB", "AUX"} and "Fin" in tok.morph.get("VerbForm", []):
                return ""  # past the headline's first noun phrase
            if tok.lower_ in {"de", "des", "du", "d'", "d’"} and k + 1 < len(toks):
                # « "Je ..." : le calvaire des locataires », « le nouveau départ de X »: the
                # people or the person the noun phrase is about speak in the first person
                nxt = toks[k + 1]
                if nxt.pos_ == "NOUN" and not nxt.ent_type_ and (
                        nxt.lower_ in HUMAN_NOUNS or nxt.lower_ in ANONYMOUS_HEADS or human_like(nxt)):
                    return self._voice_phrase(nxt)
                if nxt.ent_type_ in {"PER", "ORG", "MISC"} and nxt.text[:1].isupper():
                    ent = next((e for e in self.ents if e.start <= nxt.i < e.end), None)
                    if ent is not None and ent.start == nxt.i:
                        return self._named(ent) if ent.label_ == "PER" else _strip(_text(self.text, ent))
        return ""

    def _voice_phrase(self, noun: Token) -> str:
        """A person noun of a headline with its determiner (« des » read « les »: « la colère des
        infirmiers » is the firefighters') and its complements up to a comma, a verb or a preposition
        other than « de » (« une habitante de l'Essonne », « les parents du jeune nageur disparu »)."""
        doc = self.doc
        of = {"de", "du", "des", "d'", "d’"}
        lo = noun.i
        while lo > 0 and lo > noun.i - 3 and doc[lo - 1].is_alpha and doc[lo - 1].lower_ not in _HEAD_PREPS and (
                doc[lo - 1].pos_ in {"DET", "ADJ"} or doc[lo - 1].lower_ in of
                or (doc[lo - 1].pos_ == "NUM" and doc[lo - 1].is_alpha)):  # « deux mères de famille »
            lo -= 1
            if doc[lo].lower_ in of:
                break
        hi = noun.i + 1
        while hi < len(doc) and hi < noun.i + 8:
            t = doc[hi]
            if (t.text == "-" and not t.whitespace_ and not doc[hi - 1].whitespace_ and hi + 1 < len(doc)
                    and doc[hi + 1].is_alpha):
                hi += 2  # « les pompiers-sauveteurs »: a compound the tokenizer cut at its hyphen
                continue
            if (t.lower_ in {"à", "au", "aux", "en"} and hi + 1 < len(doc) and doc[hi + 1].ent_type_ == "LOC"
                    and doc[hi + 1].text[:1].isupper()):
                # « les sinistrés des incendies à Morlaix »: where they live is part of who they are
                hi += 2
                while hi < len(doc) and doc[hi].ent_iob_ == "I" and doc[hi].ent_type_ == "LOC":
                    hi += 1
                continue
            if (t.is_punct or t.is_quote or t.pos_ in {"AUX", "CCONJ", "SCONJ", "PRON", "ADV"}
                    or fold(t.text) in HEADLINE_NOT_SPEAKER_AFTER or t.lower_ in SOURCE_ADJUNCT_PREPS):
                break
            if t.pos_ == "VERB" and "Part" not in t.morph.get("VerbForm", []):
                break
            if (t.pos_ == "VERB" and all(u.pos_ == "ADJ" for u in doc[noun.i + 1:hi])) or (
                    hi + 1 < len(doc) and ((t.pos_ == "VERB" and doc[hi + 1].lower_ in {
                        "à", "par", "pour", "dans", "en", "après"}) or (t.pos_ == "ADJ" and doc[hi + 1].lower_ in {
                        "à", "par"}))):
                # « un automobiliste condamné à Rennes », « deux mères surprises à ... »: a participle
                # right after the noun, or with a complement of its own, tells what befell them
                break
            if t.pos_ == "DET" and doc[hi - 1].pos_ != "ADP" and doc[hi - 1].lower_ not in of:
                break  # « davantage de visiteurs chaque week-end »: a new phrase
            if t.pos_ == "ADP" and t.lower_ not in of:
                break
            if t.pos_ in {"NOUN", "PROPN"} and doc[hi - 1].pos_ not in {"DET", "ADP", "ADJ", "PROPN"}:
                break  # « une habitante de l'Essonne face à »: a new phrase
            hi += 1
        words = self.text[doc[lo].idx:doc[hi - 1].idx + len(doc[hi - 1])]
        first = doc[lo].lower_
        if first == "des" and lo > 0 and doc[lo - 1].pos_ in {"NOUN", "ADJ"}:
            words = "les" + words[3:]  # « la colère des infirmiers »: « de » + « les »
        elif first == "du" and lo > 0 and doc[lo - 1].pos_ in {"NOUN", "ADJ"}:
            words = "le" + words[2:]
        elif first in {"d'", "d’"}:
            words = words[2:]
        elif first == "de":
            words = words[3:]  # « plus de visiteurs »: the quantity's « de », no determiner
        return words

    def lead_speaker(self, start: int, end: int) -> tuple[str, str]:
        """A quotation of the headline (the article's first sentence) whose speaker the headline
        does not name is the words of whom the lead names next: the first, after the quotation and
        within the next three sentences, of a reporting frame's named source (« "..." . Cette
        décision ..., a déclaré le ministre ») and a person named as a sentence's subject, in
        apposition to it (« Le président du club, X, a critiqué ... ») or after the voice
        noun heading it (« la prédication du cardinal X s'arrête ... »). ('', '') otherwise."""
        doc = self.doc
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return "", ""
        # the headline: the sentences up to the first that ends on a full stop or a line break
        # (a topic and its colon, « Lieu, le discours du jour : « ... » », may be parsed apart)
        head = next((n for n, s in enumerate(doc.sents) if _ends_headline(self.text, s)), len(self.sent_starts) - 1)
        if self._sent(span.start) > head:
            return "", ""
        last = head + 3
        hi = self.sent_starts[last + 1] if last + 1 < len(self.sent_starts) else len(doc)
        cands: list[tuple[int, int, int]] = []  # (position, start, end) of a source phrase
        for f in self.frames:
            relative = f.source_end - f.source_start == 1 and doc[f.source_start].lower_ in self.words.relatives
            if span.end <= f.cue_i < hi and f.kind in {"verb", "inverted", "colon", "prep", "nominal"} and (
                    relative or any(t.ent_type_ in {"PER", "ORG"} or t.lower_ in self.words.roles
                                    or t.lower_ in HUMAN_NOUNS or t.lower_ in ANONYMOUS_HEADS
                                    for t in doc[f.source_start:f.source_end])) and not (
                    f.kind in {"verb", "nominal"}
                    and any(g.covers(f.source_start) and g.cue_i < f.source_start for g in self.frames)):
                # not « Ce choix vise à », nor a source inside another's words (« X a jugé qu'une
                # locataire avait le droit de ... »)
                cands.append((f.cue_i, f.source_start, f.source_end))
        for t in doc[span.end:hi]:
            # « Discours prononcé par le maire X », « une lettre signée par X »: the agent of a
            # participle that a voice or document noun heads (« mot / texte ... par »)
            if (t.lower_ == "par" and t.i > span.end + 1 and doc[t.i - 1].pos_ == "VERB"
                    and "Part" in doc[t.i - 1].morph.get("VerbForm", [])
                    and doc[t.i - 2].lower_ in VOICE_NOUNS | self.words.documents):
                agent = next((e for e in self.people if t.i < e.start <= t.i + 4), None)
                if agent is not None and not any(u.is_punct for u in doc[t.i:agent.start]):
                    cands.append((t.i, agent.start, agent.end))
        for n in range(self._sent(span.end - 1) + 1, min(last + 1, len(self.sent_starts))):
            # « Léa, infirmière installée à X, soigne ... »: a capitalised word the model left
            # untagged, opening a sentence, with an apposition a person noun heads, is a person's name
            t = doc[self.sent_starts[n]]
            ent = next((e for e in self.people if e.start == t.i), None)
            if ent is not None and ent.end + 2 < hi and doc[ent.end].text == ",":
                # « Marie Dupuis, sociologue, analyse ... » (the parser may take the verb for a noun
                # and the name for the root): a named person opening a sentence, with an apposition
                # a person noun heads
                noun = next((u for u in doc[ent.end + 1:min(hi, ent.end + 4)] if u.pos_ in {"NOUN", "VERB"}), None)
                if noun is not None and (noun.lower_ in HUMAN_NOUNS or self._is_role(noun.lower_)
                                         or (noun.pos_ == "NOUN" and human_like(noun))):
                    cands.append((ent.start, ent.start, ent.end))
            if t.pos_ == "NOUN" and t.text[:1].isupper() and not t.ent_type_ and human_like(t):
                # « Penseuse engagée, Marie Dupuis publie ... »: a fronted apposition, then the name
                comma = next((u.i for u in doc[t.i + 1:min(hi, t.i + 8)] if u.text == ","), None)
                ent = next((e for e in self.people if comma is not None and e.start == comma + 1), None)
                if ent is not None:
                    cands.append((ent.start, ent.start, ent.end))
            if (t.pos_ in {"PROPN", "NOUN"} and t.text[:1].isupper() and not t.ent_type_ and t.i + 2 < hi
                    and doc[t.i + 1].text == ","):
                noun = next((u for u in doc[t.i + 2:min(hi, t.i + 5)] if u.pos_ in {"NOUN", "VERB"}), None)
                if noun is not None and (noun.lower_ in HUMAN_NOUNS or self._is_role(noun.lower_)
                                         or (noun.pos_ == "NOUN" and human_like(noun))):
                    cands.append((t.i, t.i, -(t.i + 1)))
        for t in doc[span.end:hi - 2]:
            # « La radio a écouté le témoignage de deux infirmières »: the people a voice noun's
            # « de » complement names, by a person noun
            if t.lower_ in VOICE_NOUNS and t.pos_ == "NOUN" and doc[t.i + 1].lower_ in {"de", "d'", "d’", "des", "du"}:
                noun = next((u for u in doc[t.i + 2:min(hi, t.i + 5)] if u.pos_ in {"NOUN", "PROPN", "VERB", "AUX"}
                             or u.is_punct), None)
                if (noun is not None and noun.pos_ == "NOUN" and not noun.ent_type_
                        and (noun.lower_ in ANONYMOUS_HEADS or human_like(noun))):
                    a = t.i + 2 if doc[t.i + 1].lower_ in {"de", "d'", "d’"} else t.i + 1
                    b = noun.i + 1
                    while b < hi and doc[b].pos_ == "ADJ":
                        b += 1
                    cands.append((t.i, a, -b))
        for t in doc[span.end:hi]:
            # « Sous la pluie, Odile, 48 ans, et son fils ... »: a capitalised word the model
            # left untagged or took for a place, set off by an age, is a person's name
            if (t.pos_ in {"PROPN", "NOUN"} and t.text[:1].isupper() and t.ent_type_ != "PER" and t.i + 3 < hi
                    and doc[t.i + 1].text == "," and doc[t.i + 2].like_num and doc[t.i + 3].lower_ == "ans"
                    and not (t.i > 0 and doc[t.i - 1].pos_ in {"ADP", "DET"})):
                cands.append((t.i, t.i, -(t.i + 1)))
        named: set[int] = set()  # sentences whose subject a person's name gives
        says: dict[int, bool] = {}  # subjects' positions: is their verb one of saying?
        for e in self.people:
            if not (span.end <= e.start < hi):
                continue
            if self._names_subject(e):
                cands.append((e.start, e.start, e.end))
                named.add(self._sent(e.start))
                says[e.start] = self._subject_says(e.root)
        for t in doc[span.end:hi]:
            # « "...". Une infirmière a traversé ... », « la sœur cadette de X publie ... »:
            # a person named by what they are, as a sentence's subject
            # (also a person noun the lexicons miss, « des experts », and a group the model took for a
            # name, « Les Sœurs de X accueillent ... »)
            if (t.dep_ == "nsubj" and t.pos_ == "NOUN"
                    and ((not t.ent_type_ and (t.lower_ in HUMAN_NOUNS or t.lower_ in self.words.roles or (
                        human_like(t) and (self._subject_says(t) or (
                            "s'" + t.head.lemma_.lower() in HEADLINE_VOICE_VERBS
                            and any(c.lower_ in {"s'", "s’", "se"} for c in t.head.children))))))
                         or (t.ent_type_ in {"MISC", "ORG"} and t.i == t.sent.start + 1
                             and t.lemma_.lower() in HUMAN_NOUNS))
                    and self._sent(t.i) not in named  # « Le président du club, X, »: X, named
                    and not any(f.covers(t.i) for f in self.frames)):  # « X a jugé qu'une locataire … »: content
                a, b = t.left_edge.i, t.i + 1
                while b < hi and b <= t.right_edge.i and not doc[b].is_punct and doc[b].pos_ not in {
                        "VERB", "AUX", "PRON"}:
                    b += 1  # its complements (« de X »), not a relative clause or an apposition
                cands.append((t.i, a, -b))  # the phrase itself: « le fils de X » is not X
                if not self._subject_says(t):
                    says[t.i] = False
        for c in cands:
            if c[2] > 0 and c[0] not in says and any(u.ent_type_ == "PER" for u in doc[c[1]:c[2]]):
                says[c[0]] = True  # a reporting frame's named source (or the agent of « prononcé par »)
        if any(says.values()):
            # « "...". Le maire a rendu hommage à Y. Z, prieure du couvent, appelle à ... »: of the
            # people the lead gives as subjects, those before the first named one who speaks only
            # act (not a role noun after them, « le défenseur assure »: often the same person)
            first = min(i for i, v in says.items() if v)
            cands = [c for c in cands if not (c[0] < first and says.get(c[0]) is False)]
        quoted = fold(self.text[start:end])
        for _, a, b in sorted(cands):
            if b < 0:
                return _strip(_text(self.text, doc[a:-b])), "anonymous" if anonymous_voice(doc, a, -b) else "person"
            name, kind = self.resolve_kind(a, b)
            if name and fold(name) in quoted:
                continue  # « "… le poète X …". Quand X … »: whom the words name is not who says them
            if name and kind in {"person", "organisation", "media", "anonymous", "document"}:
                return name, kind
        return "", ""

    def clause_subject(self, start: int, end: int) -> tuple[str, str]:
        """A partial quotation no frame speaks, inside a clause whose subject is named before it
        (« la directrice de X autorise les photos après avoir consulté « tous les artistes » »,
        « La mairie prépare un plan pour planter des arbres « dans chaque cour d'école » », « Ce
        règlement ne vaut pas « pour les piétons » »), or the named agent of a passive (« approuvé
        par la mairie « à une large majorité » »): that subject, when it is a name of a person or a
        body, a role or a document; ('', '') otherwise. The first verb up the parse with a subject
        decides."""
        doc = self.doc
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return "", ""
        sent_start = span.root.sent.start
        for verb in [span.root, *span.root.ancestors]:
            if verb.pos_ not in {"VERB", "AUX"}:
                continue
            subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubj:pass"}), None)
            if subj is None:
                continue
            if subj.dep_ == "nsubj:pass":
                subj = next((c for c in verb.children if c.dep_ == "obl:agent"), None)
                if subj is None:
                    return "", ""
            if not (sent_start <= subj.i < span.start) or not (
                    subj.ent_type_ in {"PER", "ORG"} or subj.lower_ in self.words.roles
                    or subj.lower_ in self.words.orgs or subj.lower_ in self.words.documents):
                return "", ""
            a, b = subj.left_edge.i, subj.i + 1
            while a < subj.i and doc[a].pos_ == "ADP":
                a += 1  # « par la mairie »
            while b < span.start and b <= subj.right_edge.i and not doc[b].is_punct and doc[b].pos_ not in {
                    "VERB", "AUX"}:
                b += 1  # its complements (« de Rennes », « du musée »)
            name, kind = self.resolve_kind(a, b)
            return (name, kind) if kind in {"person", "organisation", "document", "media"} else ("", "")
        return "", ""

    @staticmethod
    def _subject_says(t: Token) -> bool:
        """Is the verb whose subject the word ``t`` is (or is in apposition to) a verb of saying
        (:data:`REPORTING_VERBS`, :data:`HEADLINE_VOICE_VERBS`)?"""
        for _ in range(4):
            if t.dep_.startswith("nsubj"):
                lemma = t.head.lemma_.lower()
                return t.head.pos_ == "VERB" and (lemma in REPORTING_VERBS or lemma in HEADLINE_VOICE_VERBS)
            t = t.head
        return False

    def _names_subject(self, ent: Span) -> bool:
        """Is the person ``ent`` its sentence's subject, in apposition to it (« Le président du club,
        X, », « la biologiste X », « le cardinal X ») or named after the voice noun
        heading it (« le sermon de l'évêque X »)? Not a person the subject only belongs to
        (« la femme de X », « le porte-parole de X »). Also a name the parse hung on a fronted
        adjunct, after its comma, when the adjunct's verb has no subject of its own (« Dans son
        livre, X, fille de Y, revient sur ... »)."""
        doc, t, ok = self.doc, ent.root, False
        head = t.head
        if (t.dep_ in {"appos", "conj"} and head.i < ent.start and head.dep_.startswith("obl")
                and ent.start > 0 and doc[ent.start - 1].text == ","
                and head.head.pos_ in {"VERB", "AUX"} and head.head.i > ent.end
                and not any(c.dep_.startswith("nsubj") for c in head.head.children)):
            return True
        for _ in range(4):
            if t.dep_.startswith("nsubj"):
                return ok or t.i == ent.root.i
            if t.dep_ not in {"appos", "conj", "flat:name", "nmod"}:
                return False
            head = t.head
            if t.dep_ == "appos" or (t.dep_ == "conj" and t.left_edge.i > 0 and doc[t.left_edge.i - 1].text == ","):
                ok = True  # « La biologiste X », « Le président du club, X, »
            if t.dep_ == "nmod" and head.lower_ in VOICE_NOUNS:
                ok = True
            t = head
        return False

    def person_before(self, char: int) -> str:
        """The last person named before ``char`` in the same paragraph, or ''."""
        para = self.text.rfind("\n", 0, char) + 1
        before = [e for e in self.people if para <= e.start_char and e.end_char <= char]
        return self._named(before[-1]) if before else ""


# Person nouns by their distributional neighbours: a noun the lexicons do not list (« les randonneurs »)
# whose word vector lies among those of the listed person nouns (:data:`HUMAN_NOUNS`,
# :data:`ANONYMOUS_HEADS`): the mean cosine similarity to its five nearest listed nouns is at least
# this. Non-person nouns of news headlines (prices, rents, measures, inquiries) stay below 0.63.
_HUMAN_LIKE = 0.68
_PERSON_VECTORS: dict[int, Any] = {}  # id(vocab) -> the listed nouns' unit vectors


def human_like(tok: Token) -> bool:
    """Is the common noun ``tok`` a person noun: listed (by its form or its lemma), or one the
    lexicons miss, judged by the model's word vectors (:data:`_HUMAN_LIKE`; False without a
    vector)? French only."""
    import numpy

    if tok.lower_ in HUMAN_NOUNS or tok.lemma_.lower() in HUMAN_NOUNS | ANONYMOUS_HEADS:
        return True  # (« les chauffeurs »: a listed noun in the plural)
    vocab = tok.vocab
    if not tok.has_vector:
        return False
    mat = _PERSON_VECTORS.get(id(vocab))
    if mat is None:
        words = sorted(w for w in PERSON_NOUN_SEEDS | ANONYMOUS_HEADS if vocab.has_vector(w))
        raw = numpy.array([vocab.get_vector(w) for w in words], dtype="float32")
        mat = _PERSON_VECTORS[id(vocab)] = raw / numpy.linalg.norm(raw, axis=1, keepdims=True)
    vec = numpy.asarray(tok.vector, dtype="float32")
    norm = float(numpy.linalg.norm(vec))
    if not norm:
        return False
    sims = mat @ (vec / norm)
    return float(numpy.sort(sims)[-5:].mean()) >= _HUMAN_LIKE


def _fronted_end(toks: list[Token]) -> int:
    """How many of the tokens ``toks`` of a headline clause are fronted adjuncts of place, time or
    circumstance, each closed by its comma (« à Lyon, », « au Chili, », « après la tempête, »):
    a preposition (or « au », « aux », read as a determiner) and at most eleven words before the
    comma; 0 if the clause opens on its subject."""
    n = 0
    while n < len(toks) and (toks[n].pos_ == "ADP" or toks[n].dep_ == "case" or toks[n].lower_ in _FRONTED_OPENERS):
        comma = next((k for k in range(n, min(len(toks), n + 12)) if toks[k].text == ","), None)
        if comma is None or any(t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm", [])
                                for t in toks[n:comma]):
            break
        n = comma + 1
    return n


def _ends_headline(text: str, sent: Span) -> bool:
    """Does this sentence end a feed item's headline: on a full stop (past closing quotation
    marks) or a line break?"""
    end = sent.end_char
    if text[end:end + 1] == "\n" or end >= len(text):
        return True
    return text[sent.start_char:end].rstrip(" »”\"").endswith((".", "!", "?", "…"))


def _surname_mentions(doc: Doc, people: list[Span]) -> list[Span]:
    """``people`` plus the later bare mentions of a named person's surname that the model left
    untagged ("Elizabeth Lauten wrote ... Lauten later apologized") or took for a one-word
    organisation or other name ("said Father Roe"): a proper noun outside any entity of its own or
    alone in a non-place one, equal to the last word of a person named before in full, in order."""
    surnames: dict[str, int] = {}
    for e in people:
        if len(e) > 1 and doc[e.end - 1].text[:1].isupper():
            surnames.setdefault(doc[e.end - 1].text, e.end)
    if not surnames:
        return people
    alone = {e.start for e in doc.ents if len(e) == 1 and e.label_ in {"ORG", "MISC"}}
    extra = [doc[t.i:t.i + 1] for t in doc if t.pos_ == "PROPN" and (not t.ent_type_ or t.i in alone)
             and t.text in surnames and surnames[t.text] <= t.i
             and not (t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN")]
    return sorted([*people, *extra], key=lambda e: e.start) if extra else people


def _head_person(phrase: Span, people: list[Span]) -> Span:
    """Of the people named in an English source phrase, the one it is about: the name holding the
    phrase's root ("Jane Doe, the communications director for Rep. John Roe"), else a name in
    apposition to the root ("the communications director for Rep. John Roe, Jane Doe"), else the last."""
    root = phrase.root
    for e in people:
        if e.start <= root.i < e.end:
            return e
    for e in people:
        if e.root.dep_ == "appos" and e.root.head.i == root.i:
            return e
    return people[-1]


def _before_relative(doc: Doc, start: int, end: int) -> int:
    """The end of an English source phrase without a relative or participle clause set off by a
    comma ("Jane Roe, who leads the union,", "the lawsuit from two states, where the drug is
    banned", "John Doe, speaking at a rally,"): the clause says what the source did or where, not
    who it is."""
    for t in doc[start + 1:end]:
        clause = t.dep_ == "relcl" or (t.dep_ in {"acl", "advcl"} and t.tag_ in {"VBG", "VBN"})
        if clause and start <= t.head.i < end and t.left_edge.i > start:
            k = t.left_edge.i
            if doc[k - 1].text == ",":
                return k - 1
    return end


def _apposed_name(phrase: Span, ents: list[Span], roles: frozenset[str]) -> Span | None:
    """The name in apposition to the role noun heading an English source phrase when the model took
    it for an organisation or another name ("A spokesman for the committee, Jane Roe, said"): an
    entity of two to four proper nouns whose root is an apposition of the phrase's root, or None."""
    root = phrase.root
    if root.lower_ not in roles:
        return None
    for e in ents:
        if (phrase.start <= e.start and e.end <= phrase.end and e.label_ in {"ORG", "MISC"} and 2 <= len(e) <= 4
                and e.root.dep_ == "appos" and e.root.head.i == root.i and all(t.pos_ == "PROPN" for t in e)):
            return e
    return None


def _modifies_only(phrase: Span, people: list[Span], roles: frozenset[str] = frozenset()) -> bool:
    """Are the people named in an English source phrase only modifiers of a common noun at its
    head ("a Romney campaign aide", "the senator's spokesman", "Obama administration officials")?
    Then the source is that noun's person, not the one named. A name after one of
    :data:`~recoupe.lang.en.sources.MODIFIER_PREPOSITIONS` modifies a head that is no role (« the teachers'
    union of Kelby »: the model may tag a town's unknown name a person): a role's (« the mayor of X ») is
    left to the rules of titles."""
    from recoupe.lang.en.sources import MODIFIER_PREPOSITIONS

    root = phrase.root
    if root.pos_ != "NOUN" or any(e.start <= root.i < e.end for e in people):
        return False
    for e in people:
        t = e.root
        while t.i != root.i and phrase.start <= t.head.i < phrase.end:
            if t.dep_ in {"compound", "poss", "nmod", "amod"}:
                t = t.head
            elif (t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.lower_ in MODIFIER_PREPOSITIONS
                  and t.head.head.i == root.i and root.lower_ not in roles):
                t = root
            else:
                break
        if t.i != root.i:
            return False
    return True


def _described_gender(doc: Doc, ent: Span, words: dict[str, str]) -> str:
    """The gender an English text gives a person mention by a word around it: a title or role just
    before the name (up to three tokens back, past a comma: "his wife, Jane Doe"), its own first word
    ("Mrs. Doe" read as one entity), or the head noun of an apposition after it, '' if none."""
    first = doc[ent.start].lower_
    if first in words:
        return words[first]
    lo = max(ent.sent.start, ent.start - 3)
    for t in reversed(doc[lo:ent.start]):
        if t.lower_ in words:
            return words[t.lower_]
        if t.ent_type_ or t.pos_ in {"VERB", "AUX", "ADP"}:
            break
    if ent.end < ent.sent.end and doc[ent.end].text == ",":
        for t in doc[ent.end + 1:min(ent.sent.end, ent.end + 8)]:
            if t.pos_ == "NOUN":  # the apposition's first noun: "a spokeswoman for ...", "his wife"
                return words.get(t.lower_, "")
            if t.is_punct or t.pos_ in {"VERB", "AUX", "ADP"} or t.tag_ in {"WP", "WP$", "WDT"}:
                break  # "Jane Doe, who ...", "John Roe, whose wife ...": no apposition
    return ""


def _gender(tok: Token) -> str:
    """'Masc' / 'Fem' of a subject pronoun (« il », « -t-elle ») or of a stressed one (« selon lui »),
    '' for others."""
    low = tok.lower_.lstrip("-").removeprefix("t-")
    return {"il": "Masc", "ils": "Masc", "elle": "Fem", "elles": "Fem", "lui": "Masc", "he": "Masc",
            "she": "Fem"}.get(low, "")


def _gender_of(doc: Doc, start: int, end: int) -> str:
    """Grammatical gender of a source phrase's head noun (its first common noun), '' if unknown
    (names carry none)."""
    if end - start == 1 and (own := _gender(doc[start])):
        return own  # a pronoun source (« -t-elle ») has its own gender
    comma = next((t.i for t in doc[start:end] if t.text == ","), None)
    if comma is not None and not any(t.pos_ in {"DET", "PROPN"} for t in doc[start:comma]):
        start = comma + 1  # « Fin août dernier, l'ambassadrice »: an opening adverbial is no head
    for t in doc[start:end]:
        if t.pos_ == "NOUN":
            # « une porte-parole », « la ministre »: the determiner tells an epicene noun's gender
            det = next((c for c in t.children if c.dep_ == "det" and c.morph.get("Gender", [])), None)
            g = det.morph.get("Gender", []) if det is not None else t.morph.get("Gender", [])
            return g[0] if g else ""
        if t.pos_ == "PROPN":
            return ""
    return ""


def _relay_name(resolve: Callable[[int, int], str], frame: object) -> str:
    """The relay's name; a chain of two (« à Phoenix TV, ... repris par Chine nouvelle ») keeps both."""
    first = resolve(frame.relay_start, frame.relay_end)  # type: ignore[attr-defined]
    rest = frame.relay.split(", ", 1)[1:] if ", " in frame.relay else []  # type: ignore[attr-defined]
    return ", ".join([first, *rest]) if first else frame.relay  # type: ignore[attr-defined]


# a TIMEX3 value that names a day (« 2026-08-22 », « 2026-08-22TMO »)
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
# the head of a verbless clause (« Le Finistère en alerte samedi »)
_VERBLESS_HEADS = frozenset({"NOUN", "PROPN"})


def _bare_present(tok: Token) -> bool:
    """Is ``tok`` a verb in the present indicative with no auxiliary (« se rend », not « a été
    reporté »)?"""
    morph = tok.morph
    return (tok.pos_ == "VERB" and "Pres" in morph.get("Tense", []) and "Ind" in morph.get("Mood", [])
            and not any(c.dep_.startswith("aux") for c in tok.children))


def _timex_in(timexes: list[TimeExpr], start: int, end: int, doc: Doc | None = None,
              head: int = -1) -> TimeExpr | None:
    """The claim's time: the first date in its span that hangs from its own verb. A date of a
    participle or relative clause inside the span (« Ravagée par un incendie en juillet, la forêt
    rouvre ce samedi ») dates that clause's event, not the claim's; with none of its own, the first."""
    inside = [t for t in timexes if start <= t.start and t.end <= end and t.type in {"DATE", "TIME"}]
    if doc is not None and 0 <= head < len(doc) and len(inside) > 1:
        # a date in the subject's noun phrase (« la saison 2025 », « l'incendie parti lundi ») names
        # the subject, not when the claim's deed happened: a date outside the subject comes first; so
        # does a date in a noun phrase before the verb, whatever the parse made of it (« la tempête de
        # l'hiver N, qui a débuté fin décembre, s'est révélée ... »: an oblique, not the subject)
        own, outside = None, None
        for t in inside:
            span = doc.char_span(t.start, t.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            in_subject = _in_subject(span.root, doc[head]) or _in_noun_phrase(span, doc[head])
            if _hangs_from(span.root, doc[head]):
                if not in_subject:
                    return t
                own = own or t
            elif not in_subject:
                outside = outside or t
        return outside or own or inside[0]
    return inside[0] if inside else None


def _shared_time(timexes: list[TimeExpr], doc: Doc, head: int) -> TimeExpr | None:
    """The day an English deed coordinated with a first one shares with it: told before the first verb
    (« The ferry on Monday left port and reached the island », « On Monday, the ferry left port and reached
    the island »), it scopes over both; a date after the first verb (« left port on Monday and reached the
    island ») may be the first deed's only. Both verbs in the simple past, the second with no subject of its
    own and no adverb that moves it in time (« and later reached », :data:`SEQUENCE_ADVERBS`)."""
    from recoupe.lang.en.dates import SEQUENCE_ADVERBS, SEQUENCE_PREPOSITIONS

    if not 0 <= head < len(doc):
        return None
    second = doc[head]
    first = second.head
    if (second.dep_ != "conj" or first.i == second.i or first.i > second.i or second.tag_ != "VBD"
            or first.tag_ != "VBD"):
        return None
    if any(c.dep_ in _SUBJECT_DEPS or c.dep_ == "nsubjpass" or (c.dep_ == "advmod" and c.lower_ in SEQUENCE_ADVERBS)
           # a time of its own moves the second deed (« surrendered the next day », « died after two days »)
           or c.dep_ == "npadvmod" or (c.dep_ == "prep" and c.lower_ in SEQUENCE_PREPOSITIONS)
           for c in second.children):
        return None
    sent = first.sent
    before = [t for t in timexes
              if t.type in {"DATE", "TIME"} and sent.start_char <= t.start and t.end <= first.idx]
    if len(before) != 1:
        return None  # two dates before the first verb (« after a storm on Sunday, the ferry on Monday left »)
    t = before[0]
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None or not len(span) or not _hangs_from(span.root, first):
        return None  # the date of a participle or relative clause (« the man arrested on Monday appeared »)
    # a date right before the verb is the verb's, whatever noun of it the parse hung it on (« the ferry on
    # Monday left »)
    if not doc.text[t.end:first.idx].strip() or not _in_subject(span.root, first):
        return t
    return None


_NOMINAL_POS = frozenset({"NOUN", "PROPN", "PRON"})


def _in_noun_phrase(span: Span, head: Token) -> bool:
    """Does the date ``span`` lie in a noun phrase before the verb ``head``: does its path up to ``head``
    pass through a noun or a pronoun (« l'hiver N » of « la tempête », « fin décembre » of « qui a débuté »
    of « la tempête »)? (A date after the verb that the parse hung on a noun, « rouvrira ses portes au public
    samedi », is the clause's.)"""
    if span.start > head.i:
        return False
    tok = span.root
    while tok.i != head.i:
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.i != head.i and not (span.start <= tok.i < span.end) and tok.pos_ in _NOMINAL_POS:
            return True
    return False


def _hangs_from(tok: Token, head: Token) -> bool:
    """Does ``tok`` depend on ``head`` without passing through another verb (a clause of its own)?"""
    while tok.i != head.i:
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.i != head.i and tok.pos_ in {"VERB", "AUX"}:
            return False
    return True


_SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "csubj", "csubj:pass"})


def _in_subject(tok: Token, head: Token) -> bool:
    """Does ``tok`` lie in the subject of ``head`` (its path up to ``head`` enters by a subject arc)?"""
    while tok.i != head.i:
        if tok.head.i == tok.i:
            return False
        if tok.head.i == head.i:
            return tok.dep_ in _SUBJECT_DEPS
        tok = tok.head
    return False


# entity types that name no actor: a date or a time says when, not who or what
_NO_ACTOR_ENTITIES = frozenset({"DATE", "TIME"})
# an exclamation is a few words; a longer clause the parse found no verb in mostly has one it mistagged
# (« le comité d'experts livre son avis », « livre » read as a noun)
EVENTLESS_MAX_WORDS = 6
# the prepositions through which a verbless head's dependent names its event (« Menace de grève », "Threat of
# strike"); a place hung on it by another (« … au gouvernement », "… at the department") says where, not what
_OF_PREPOSITIONS = frozenset({"de", "d'", "du", "des", "of"})
# the parts of speech of a bare list of topics (« Loyers, taxes locales », « Retraites et niches fiscales »)
_LIST_POS = frozenset({"NOUN", "PROPN", "ADJ", "CCONJ", "PUNCT"})


def _happening(tok: Token) -> bool:
    """Does ``tok`` name something happening (« grève », « incendie », "fire", "resignation")? The
    language pack's nouns and act-noun endings (:data:`recoupe.lang.fr.events.HAPPENING_NOUNS`)."""
    if tok.doc.lang_ == "en":
        from recoupe.lang.en.events import HAPPENING_NOUNS, HAPPENING_SUFFIXES
    else:
        from recoupe.lang.fr.events import HAPPENING_NOUNS, HAPPENING_SUFFIXES
    word = fold(tok.lemma_ or tok.text)
    if word in HAPPENING_NOUNS or fold(tok.text) in HAPPENING_NOUNS or (
            len(word) > 5 and word.endswith(HAPPENING_SUFFIXES)):
        return True
    # a prefixed compound of one (« cyberattaque », « contre-offensive », "counterattack", "megafire")
    return any(word.endswith(noun) for noun in HAPPENING_NOUNS if len(noun) >= 5 and len(word) > len(noun))


def _eventless(cc: ClauseClaim, span: Span, quoted: list[tuple[int, int]]) -> bool:
    """Is a clause a verbless exclamation that tells no event (« Coup de théâtre à la mairie », "Stunning
    twist at the academy", « Loyers, taxes locales »)? A few words in the outlet's own voice, outside
    quotation marks: no verb (finite, participle or infinitive), no subject, no figure, no name (dates aside),
    no negation (« Pas encore de décision » tells what did not happen), no noun of a happening at its head or
    hung on it through « de » / "of" (« Grève à la SNCF », "Threat of strike" tell an event), and a head known
    to tell a reaction or a label (:func:`_exclamation_head`) or the shape of a bare list of nouns. Any other
    nominal headline (« Perquisition au siège du parti ») may tell an event: it is not marked. Two outlets'
    exclamations share words, not a fact: the claim is kept, marked, and confirms nothing."""
    if cc.subject or cc.frame is not None or cc.modality != "asserted" or cc.negated:
        return False
    if sum(not t.is_punct for t in span) > EVENTLESS_MAX_WORDS:
        return False
    if span.doc.lang_ == "en":
        from recoupe.lang.en.modality import NEGATION_WORDS
    else:
        from recoupe.lang.fr.modality import NEGATION_WORDS
    # a name is a proper noun the model also typed (a capitalised headline noun it typed a place, « Loyers »,
    # names nothing)
    # a participle or an infinitive the tagger read as an adjective or a noun is a predicate too (« Vitrines
    # brisées, voitures incendiées »: what was done to them); a figure is any word with a digit (« 12e »)
    if any(t.pos_ in {"VERB", "AUX", "NUM"} or t.like_num or any(ch.isdigit() for ch in t.text)
           or {"Part", "Inf"} & set(t.morph.get("VerbForm", [])) or t.dep_ == "neg" or t.lower_ in NEGATION_WORDS
           or (t.ent_type_ and t.ent_type_ not in _NO_ACTOR_ENTITIES and t.pos_ == "PROPN") for t in span):
        return False
    if span.start > 0 and span.doc[span.start - 1].is_quote:
        return False  # « "Cynique et ignoble" : … »: words quoted, too short for a quotation record
    if any(a <= span.start_char and span.end_char <= b + 1 for a, b in quoted):
        return False
    head = span.doc[cc.head] if span.start <= cc.head < span.end else span.root
    conjuncts = [t for t in span if t.i != head.i and t.dep_ == "conj" and t.head.i == head.i]
    # what the clause is about: its head, its conjuncts, and the words hung on them through « de » / "of"
    # (« Menace de grève »); a place through another preposition is no event
    exclamation = _exclamation_head(head, span)
    # (an exclamation's own head is no event, though a word of it may name one elsewhere: "coup")
    named = [*(h for h in (head, *conjuncts) if not (exclamation and h.i == head.i)),
             *(t for t in span if t.head.i in {head.i, *(c.i for c in conjuncts)} and t.i != t.head.i
               and t.pos_ in {"NOUN", "PROPN", "X"}
               and any(c.dep_ == "case" and fold(c.text) in _OF_PREPOSITIONS for c in t.children)),
             *(t for t in span if t.dep_ == "pobj" and t.head.lower_ == "of"
               and t.head.head.i in {head.i, *(c.i for c in conjuncts)})]
    if any(t.pos_ in {"NOUN", "PROPN", "X"} and _happening(t) for t in named):
        return False
    # marked only what is known to tell no event: a head that tells a reaction or a label (« Coup de théâtre »,
    # "Stunning twist"), or a bare list of nouns with no determiner (« Loyers, taxes locales »); a nominal head
    # the lexicons miss (« Perquisition au siège », "Curfew in the old town") may tell an event and stays unmarked
    if exclamation:
        return True
    # a bare list: nouns (with their adjectives), commas and « et » only, no determiner, no preposition (the
    # parser hangs « taxes » on « Loyers » after a comma as often as it reads a conjunct), none of a happening
    nouns = [t for t in span if t.pos_ in {"NOUN", "PROPN"}]
    return (len(nouns) >= 2 and all(t.pos_ in _LIST_POS for t in span)
            and any(t.pos_ == "CCONJ" or t.text == "," for t in span) and not any(_happening(t) for t in nouns))


def _exclamation_head(head: Token, span: Span) -> bool:
    """Is ``head`` (with the words after it, for a locution: « coup de théâtre ») a head that tells a reaction or
    a label, not an event (:data:`recoupe.lang.fr.events.EXCLAMATION_HEADS`)?"""
    if head.doc.lang_ == "en":
        from recoupe.lang.en.events import EXCLAMATION_HEADS
    else:
        from recoupe.lang.fr.events import EXCLAMATION_HEADS
    if fold(head.lemma_ or head.text) in EXCLAMATION_HEADS or fold(head.text) in EXCLAMATION_HEADS:
        return True
    words = " ".join(fold(t.text) for t in span.doc[head.i:min(span.end, head.i + 3)])
    return any(" " in h and (words == h or words.startswith(h + " ")) for h in EXCLAMATION_HEADS)


def analyse(doc: Doc, article: Article) -> ArticleAnalysis:
    """The records of one article from its processed doc (offsets into ``article.text``)."""
    aid = article.id
    ctx = _Context(doc)
    text = ctx.text
    out = ArticleAnalysis(article_id=aid)
    sents = list(doc.sents)
    out.sentences = [(s.start_char, s.end_char) for s in sents]
    starts = [s.start for s in sents]
    for ent in ctx.ents:
        if ent.label_ not in _LABELS:
            continue
        out.mentions.append(Mention(
            article_id=aid, start=ent.start_char, end=ent.end_char, text=_text(text, ent), type=ent.label_,  # type: ignore[arg-type]
            role=ctx.roles.get((ent.start_char, ent.end_char), ""),
        ))
    out.timexes = list(doc._.timexes or [])
    quoted = [(q.start, q.end) for q in doc._.quotes or []]
    for n, cc in enumerate(doc._.claims or [], start=1):
        span = doc[cc.start:cc.end]
        sent = sents[bisect_right(starts, cc.head) - 1]
        frame = cc.frame
        attributed, source_type = (ctx.resolve_kind(frame.source_start, frame.source_end) if frame is not None
                                   else ("", ""))
        relay = _relay_name(ctx.resolve, frame) if frame is not None and frame.relay else ""
        subject = ctx.resolve(*cc.subject) if cc.subject else ""
        obj = _strip(_text(text, doc[cc.object[0]:cc.object[1]])) if cc.object else ""
        place = _strip(_text(text, doc[cc.place[0]:cc.place[1]])) if cc.place else ""
        tx = _timex_in(out.timexes, span.start_char, span.end_char, doc, cc.head)
        if tx is None and doc.lang_ == "en":
            tx = _shared_time(out.timexes, doc, cc.head)
        span_text = _text(text, span)
        # the journalistic present of a day still to come (« la ministre se rend samedi à Brest »,
        # written before that Saturday; a verbless headline « Le maire à Brest samedi ») tells a plan,
        # not a deed; a month or a year names what the deed is for (« prépare un sommet pour
        # novembre », « son soutien pour 2027 »), not when it happens
        planned = cc.planned or (tx is not None and tx.interval_start is not None and article.published is not None
                                 and tx.interval_start > article.published and _DAY.match(tx.value) is not None
                                 and (_bare_present(doc[cc.head]) or doc[cc.head].pos_ in _VERBLESS_HEADS))
        claim = Claim(
            id=f"{aid}:c{n}", article_id=aid, text=span_text, sentence=_text(text, sent).strip(),
            start=span.start_char, end=span.end_char, subject=subject, predicate=cc.predicate,
            object=obj[:200], place=place, time=tx.value if tx else "", modality=cc.modality,
            attributed_to=attributed, relay=relay, cue=cc.cue, negated=cc.negated, planned=planned,
            numbers=cc.numbers, source_type=source_type if attributed else "", language=doc.lang_ or "fr",
            eventless=_eventless(cc, span, quoted),
        )
        out.claims.append(claim)
        if tx is not None and tx.interval_start is not None:
            out.events.append(Event(
                article_id=aid, claim_id=claim.id, text=span_text, start=tx.interval_start,
                end=tx.interval_end or tx.interval_start, precision=tx.precision, anchor=tx.anchor,
                timex=tx.text, value=tx.value,
            ))
    for q in doc._.quotes or []:
        speaker, kind = ctx.resolve_kind(q.speaker_start, q.speaker_end) if q.speaker_start >= 0 else (q.speaker, "")
        if not speaker and q.speaker_start >= 0:  # the frame's subject was no usable name
            speaker, kind = ctx.person_before(q.start), "person"
        if not speaker and doc.lang_ != "en":
            speaker, headline_kind = ctx.headline_speaker(q.start, q.end)
            if not speaker:
                speaker, headline_kind = ctx.lead_speaker(q.start, q.end)
            if not speaker:
                speaker, headline_kind = ctx.clause_subject(q.start, q.end)
            kind = headline_kind or kind
        out.quotes.append(Quote(article_id=aid, text=q.text, start=q.start, end=q.end, speaker=speaker, cue=q.cue,
                                speaker_type=kind if speaker else ""))
    # a clause inside a quotation is the speaker's: reported, under their name (unless a frame of
    # its own, inside the quote, already says who); a quotation whose speaker is not found is
    # still someone else's words, never the outlet's own voice (« "J'ai tiré" » in a headline)
    # (a speech act told as an event keeps its actor as source and is asserted: inside quotation
    # marks, the words are the speaker's all the same)
    for claim in out.claims:
        if claim.attributed_to and claim.modality != "asserted":
            continue
        inside = next((q for q in out.quotes if q.start <= claim.start and claim.end <= q.end + 1), None)
        if inside is None:
            continue
        if inside.speaker and not claim.attributed_to:
            claim.attributed_to, claim.cue = inside.speaker, claim.cue or inside.cue
            claim.source_type = inside.speaker_type
        if claim.modality == "asserted":
            claim.modality = "reported"
    # « Le rectorat juge la fraude non prouvée. Un avis contraire à celui exprimé par les inspecteurs. »: the
    # inspectors' finding is the statement just before, turned; it is what the finding is about
    if doc.lang_ != "en":
        for n, claim in enumerate(out.claims):
            if n and not claim.object and claim.predicate in FINDING_VERBS and _OPPOSITE.search(fold(claim.text)):
                before = out.claims[n - 1]
                if before.sentence != claim.sentence and claim.sentence.startswith(claim.text[:12]) and (
                        0 <= claim.start - before.end <= len(before.sentence)):
                    claim.object = before.text[:200]
    # « "Sans fondement" : accusé de fraude, le maire répond »: a verdict quoted alone at the head of its
    # sentence (:func:`recoupe.nlp.modality.quoted_verdict`, too short to be a quotation record) is the
    # words of whom the headline names after it
    for claim in out.claims:
        if claim.modality == "denied" and not claim.attributed_to and doc.lang_ != "en" and quoted_verdict(claim.text):
            speaker, kind = ctx.headline_speaker(claim.start, claim.end)
            if not speaker:  # « ... : accusée de fraude par ses associés, X répond »: the subject of the saying
                saying = next((c for c in out.claims if c.start > claim.end and c.sentence == claim.sentence
                               and c.subject and c.predicate in REPORTING_VERBS), None)
                speaker, kind = (saying.subject, "") if saying is not None else ("", "")
            if speaker:
                claim.attributed_to, claim.source_type = speaker, kind
    return out



def frame_sources(doc: Doc) -> list[tuple[int, int, str, str]]:
    """Each reporting frame of a processed doc as (content start char, content end char, source
    name, source kind), the source resolved as the claims' and quotes' are (a pronoun or a title
    becomes the person it stands for)."""
    ctx = _Context(doc)
    out = []
    for f in ctx.frames:
        if f.scope_end <= f.scope_start:
            continue
        name, kind = ctx.resolve_kind(f.source_start, f.source_end)
        out.append((doc[f.scope_start].idx, doc[f.scope_end - 1].idx + len(doc[f.scope_end - 1]), name, kind))
    return out
