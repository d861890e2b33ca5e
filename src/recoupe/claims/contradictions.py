"""Contradictions: two accounts of one event that cannot both be true, typed, with both sides.

Kinds (``KINDS``), each checked by one function below:

- ``quantity``: figures of the same thing counted, in the same unit, at the same scope, whose
  intervals do not overlap (approximations widen them: « une quarantaine » against « une
  trentaine » conflict, « près de 3 000 » against « 2 900 » do not);
- ``update``: a cumulative figure (a toll) that rises between reports published at different
  times; stored beside the contradictions but never one (:func:`is_conflict`);
- ``place``: different places for the same action by the same actor, with the gazetteer's
  containment (a landmark in its city, a city in its country, two cities of one agglomeration do
  not conflict) and relative directions (« dans l'ouest du pays » against a city of the east);
- ``planned_vs_happened``: expected at one place, held at another;
- ``date``: non-overlapping dates (day or month precision) for the same action by the same actor; in
  English also two clock times of one day, or a morning and a night (:func:`_en_hours_apart`);
- ``direction``: who supplies whom: the same flow with giver and receiver swapped; and outcomes of
  one event that exclude each other (« l'avion s'écrase » / « s'est posé en urgence », « a évité
  le crash »), :func:`check_outcome`;
- ``denial``: a source denies what another account states (the denier need not be the doer): the
  same action, or, for a denial of a statement (« nie les inquiétudes », « X dément », « qualifiée
  de mensonge »), the same content words (:func:`_denies_what_is_stated`);
- ``attribution``: a statement attributed to X, and X denying having said it;
- ``attribute``: English, one named thing given two colours (:func:`check_colour`).

An English person's home town told as two towns apart is a ``place`` (:func:`check_home_town`).

Figures are compared across claim groups by what they count (:mod:`recoupe.claims.quantities`:
thing, unit, scope, whose age), not by who does what. Claims about different actors, or different
events (different days, incompatible scopes), never conflict. ``same_article`` flags a pair read
from one article; it is no longer a kind.

Candidates are found through conflict keys (:func:`conflict_keys`), written for each claim of a
story: a pair is compared when its second claim arrives whatever the order, because the keys a
claim looks up and the keys it is filed under mirror each other (tested), and the lookup is
bounded per key and ordered by claim id, not by arrival.
"""

from __future__ import annotations

import calendar
import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from itertools import pairwise
from typing import Any, NamedTuple

from recoupe.claims.passive import told_passive
from recoupe.claims.quantities import Quantity, apart_at_bound, of_claim, strict_side
from recoupe.lang.en import dates as en_dates
from recoupe.lang.en import quantities as en_quantities
from recoupe.lang.fr import dates as fr_dates
from recoupe.lang.fr import quantities as fr_quantities
from recoupe.lang.fr.quantities import (
    COUNTED_CROWD,
    CROWD_ANY,
    CROWD_NOUNS,
    CROWD_THING,
    GATHERING_VERBS,
    MARCH_CAUSES,
    MARCH_DETERMINERS,
    MARCH_NOUNS,
    MARCH_VERBS,
    NOT_CAUSES,
    PROTEST_SIGNS,
)
from recoupe.lang.fr.stem import stem as fr_stem
from recoupe.lang.fr.stop_words import STOP_WORDS as FR_STOP_WORDS
from recoupe.lang.quantities import COUNTING_VERBS
from recoupe.model import Claim
from recoupe.resolve.names import fold
from recoupe.resolve.places import Place, named_apart, scenes_apart, sites_apart
from recoupe.storage import Store

KINDS: tuple[str, ...] = ("quantity", "place", "planned_vs_happened", "date", "direction", "denial",
                          "attribution", "attribute", "update")
DISPUTE_KINDS = frozenset({"denial", "attribution"})  # a party rejects it: the group is disputed


def _giver(c: Claim) -> str:
    """Who gives a claim's figure: its named source, or the subject of a counting verb (« l'Institut
    géophysique a estimé sa magnitude à 7,2 », « la police dénombre 800 manifestants »)."""
    from recoupe.lang.quantities import COUNTING_VERBS

    if c.attributed_to:
        return c.attributed_to
    if c.predicate in COUNTING_VERBS and c.subject and not any(ch.isdigit() for ch in c.subject):
        return c.subject
    return ""


def linked(a: Claim, b: Claim) -> bool:
    """Were the two claims linked as one fact (the same component of claim links)? Contradictions
    are looked for as the claims arrive, before the split pass cuts components into groups, so
    they read the component: what a claim is compared with does not depend on the split."""
    ca = a.component_id or a.group_id
    return bool(ca) and ca == (b.component_id or b.group_id)


def is_conflict(kind: str) -> bool:
    """Does a row of the contradictions table count as a contradiction? Every kind but ``update``
    (and the legacy ``number``/``self`` rows of older stores, which were contradictions)."""
    return kind != "update"


class Finding(NamedTuple):
    kind: str
    explanation: str
    same_article: bool = False


@dataclass(frozen=True, slots=True)
class Side:
    """A claim with what its article says about where and when it was published."""

    claim: Claim
    outlet: str = ""
    published: date | None = None
    stamp: str = ""  # the publication stamp as the input gave it, with its time of day when known
    language: str = "fr"  # of the article: how its figures are written (« 1,5 » / "1.5")
    headline: str = ""  # the article's title, else its first sentence: what the article is about
    # the article's first three sentences: where it is, when neither the claim nor a headline cut short
    # (« 300 hectares brûlés… ») says
    lede: str = ""
    # an English denial that points back (« X denied the rumors »): the claims it takes back, told
    # just before it in its article (:func:`pointed_text`)
    pointed: str = ""

    @property
    def source(self) -> str:
        """Who gives this version: the speaker, else the relay, else the outlet. A name read as a
        link, or running across a sentence end, is cut to what names a holder (:func:`holder_name`)."""
        c = self.claim
        return (holder_name(c.attributed_to, c.sentence) or holder_name(c.relay, c.sentence) or self.outlet
                or "une source non nommée")


_LINK = re.compile(r"https?://|www\.|pic\.twitter\.com|\S+\.(?:com|fr|org|net|co)/\S")
# a full stop after a word of two letters or more, then a capital: a sentence end inside a name read
# too long (« la DGFiP. La direction générale… »); « M. Dupont », « J. Smith » are initials
_SENTENCE_END = re.compile(r"(?<=[^\W\d_]{2})[.!?]\s+(?=[^\W\d_])(?=[A-ZÀ-Ý])")


@lru_cache(maxsize=1)
def _title_abbreviations() -> frozenset[str]:
    from recoupe.lang import packs

    return frozenset(a.rstrip(".").lower() for p in packs() for a in p.abbreviations)


def holder_name(name: str, sentence: str = "") -> str:
    """A source's name as an explanation can print it: "" for a link (« ➡️ https://t.co/… »: the
    caller falls back to the outlet), cut at a sentence end it runs across (« la DGFiP. La direction
    générale des finances publiques » -> « la DGFiP »), a title's full stop (« Dr. », « Lt. ») kept;
    a name cut after its participle takes back the named agent its ``sentence`` gives it (« les
    autorités installées » -> « les autorités installées par la Russie »)."""
    if not name or _LINK.search(name) or not re.search(r"[^\W\d_]{2}", name):
        return ""
    for m in _SENTENCE_END.finditer(name):
        before = name[:m.start()].rsplit(None, 1)[-1]
        # a short title the tokenizer knows by itself (« Dr. », « Mme. », « St. ») is no sentence either
        short_title = len(before) <= 3 and before[:1].isupper() and before[1:].islower()
        if before.lower() not in _title_abbreviations() and not short_title:
            return name[:m.start()].strip()
    if sentence and _PARTICIPLE_END.search(name) and (at := sentence.find(name)) >= 0:
        agent = _NAMED_AGENT.match(sentence, at + len(name))
        if agent:
            return name + agent.group()
    return name


# a name ending on a past participle (« installées », "appointed") and the named agent after it
_PARTICIPLE_END = re.compile(r"(?:ée?s?|ed)$")
_NAMED_AGENT = re.compile(r"\s+(?:par|by)\s+(?:(?:la|le|les|the)\s+|l['’])?[A-ZÀ-Ý][\w-]*(?:\s+[A-ZÀ-Ý][\w-]*)*")


_FIRM = {"asserted", "reported"}
_STATED = {"asserted", "reported", "conditional"}  # an unconfirmed report (« aurait bombardé ») still states it
_VISIT = {"travel", "meet"}  # a visit is told as going somewhere or meeting someone there
_FLOW = {"supply": 1, "obtain": -1}  # supply: subject gives; obtain: subject receives
_SAYING = frozenset({"dire", "déclarer", "affirmer", "tenir", "prononcer", "écrire", "tweeter", "publier",
                     "propos", "déclaration", "parole", "citation", "annoncer", "qualifier", "traiter"})
_PRONOUNS = frozenset({"il", "elle", "ils", "elles", "on", "celui-ci", "celle-ci", "ceux-ci", "lui", "qui",
                       "ce", "cela", "ça", "nous", "vous", "je", "tu", ""})
_STOP = frozenset({"le", "la", "les", "l", "un", "une", "des", "de", "du", "d", "au", "aux", "et", "en", "à",
                   "a", "son", "sa", "ses", "leur", "leurs", "ce", "cette", "ces", "tout", "toute", "tous"})
# "a 58-year-old man", « un homme de 58 ans »: an age, no counted group
_AGE_WORD = re.compile(r"\b\d{1,3}(?:-years?-old\b|\s+ans\b)")
_FIGURE_WORD = re.compile(r"\d|\b(?:des|plusieurs|quelques|une?)\s+(?:dizaines?|centaines?|milliers?|millions?)\b",
                          re.I)
# a month or a day, the day possibly with a time or part of the day (« 2026-08-16TNI », the night)
_DATE = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2})(?:T[\w:.]+)?)?$")


@lru_cache(maxsize=1)
def _denial_lemmas() -> frozenset[str]:
    from recoupe.lang.en.modality import DENIAL_VERBS as EN_DENIAL_VERBS
    from recoupe.lang.en.modality import REJECTION_VERBS as EN_REJECTION_VERBS
    from recoupe.lang.en.predicates import PREDICATE_CLASSES as EN_CLASSES
    from recoupe.lang.fr.modality import DENIAL_VERBS
    from recoupe.lang.fr.predicates import PREDICATE_CLASSES

    return DENIAL_VERBS | PREDICATE_CLASSES["deny"] | EN_DENIAL_VERBS | EN_REJECTION_VERBS | EN_CLASSES["deny"]


@lru_cache(maxsize=1)
def _class_of() -> dict[str, str]:
    from recoupe.lang.predicates import CLASS_OF

    return CLASS_OF


def _class(lemma: str) -> str:
    return _class_of().get(lemma, "")


_LINK_DETERMINERS = frozenset({"a", "an", "any", "the", "all", "its", "his", "her", "their", "our", "my"})
# an English passive (« was bombed », « were killed »): its subject is what the deed was done to
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being|get|gets|got)\s+(?:\w+ly\s+)?\w+(?:ed|en|wn|t)\b",
                      re.IGNORECASE)


def _denies_a_link(c: Claim) -> bool:
    """Does an English denial bear on the denier's tie to a deed (« rejects any link to the shelling »,
    « denied involvement in that raid »)?"""
    if c.language != "en":
        return False
    from recoupe.lang.en.modality import DENIABLE_NOUNS, LINK_NOUNS

    words = fold(c.object).split()
    while words and words[0] in _LINK_DETERMINERS:
        words = words[1:]
    # « rejected reports of its involvement »: the reports are of the tie, the tie is denied
    if len(words) > 2 and words[0].rstrip("s") in DENIABLE_NOUNS and words[1] == "of":
        words = words[2:]
        while words and words[0] in _LINK_DETERMINERS:
            words = words[1:]
    if len(words) == 1 and words[0] in LINK_NOUNS:
        # the parse may stop the object at its noun (« denied any link | to the attack »), and a headline
        # prints the noun alone (« Group denies link »): a tie denied all the same
        return True
    return len(words) > 1 and words[0] in LINK_NOUNS and words[1] in ("to", "in", "with", "for")


def _names_a_doer(sc: Claim, dc: Claim, article: str = "") -> bool:
    """Does a claim name who did its deed, so that a denial of a tie to it can dispute it: the denier as its
    subject, an agent (« by … »), or an active verb with an object (« troops bombed the camp »)? A passive
    with no agent (« the camp was bombed ») or a verb with no object (« the camp bombed ») names none, unless
    its article (``article``: its headline, lede and sentence) tells the denier as the doer (« A clinic was
    attacked. Police said gunmen of the Blue Front carried out the attack. »): the tie is then told, and denied."""
    if dc.subject_entity and dc.subject_entity in (sc.subject_entity, sc.attributed_entity):
        return True
    if article and _names_the_denier(dc, sc, article):
        return True
    if re.search(r"\bby\b", sc.text, re.IGNORECASE):
        return True
    return bool(sc.object) and not _PASSIVE.search(sc.text)


def _names_the_denier(dc: Claim, sc: Claim, text: str) -> bool:
    """Does a sentence of ``text`` tell the denier of ``dc`` (by its whole name past its determiners: « the Blue
    Front » -> "blue front") as the doer of the deed of ``sc`` (a word opening like its verb: "attack")? The name
    before the deed with no reaction between (« gunmen of the Blue Front carried out the attack »), or after the deed
    and « by » (« the attack by the Blue Front »). A denier named as a party to something else (« the Front said it
    would hold talks »), or reacting to the deed (« the Blue Front condemned the attack »), is no doer told."""
    from recoupe.lang.en.modality import REACTION_STEMS

    words = fold(dc.subject).split()
    while words and words[0] in _LINK_DETERMINERS:
        words = words[1:]
    name = " ".join(words)
    stem = fold(sc.predicate)[:4]
    if len(name) < 3 or name in _EN_NAMELESS or len(stem) < 3:
        return False
    doer = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)(?P<between>.*?)(?<!\w){re.escape(stem)}"
                      rf"|(?<!\w){re.escape(stem)}\w*(?:\s+\w+){{0,5}}?\s+by\s+(?:\w+\s+){{0,3}}?{re.escape(name)}(?!\w)")
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        for m in doer.finditer(fold(sentence)):
            between = (m.group("between") or "").split()
            if not any(w.startswith(REACTION_STEMS) for w in between):
                return True
    return False


# subjects that name nobody in particular (pronouns, a headline's « Group denies link »)
_EN_NAMELESS = frozenset({"it", "he", "she", "they", "we", "you", "him", "her", "them", "us", "group", "company"})


@lru_cache(maxsize=1)
def _en_only_denials() -> frozenset[str]:
    """English cues of a denial that are not denial lemmas of both languages: « disputed the
    report » (« dispute » is a French noun) and the verdict verbs (« called the report false »)."""
    from recoupe.lang.en.modality import DEFENCE_VERBS, EN_ONLY_REJECTION_VERBS, VERDICT_VERBS

    return EN_ONLY_REJECTION_VERBS | VERDICT_VERBS | DEFENCE_VERBS


def _actions(c: Claim) -> set[str]:
    """The action a claim states, as lemma and class keys. For a denial this is the denied action:
    its predicate (« a démenti avoir bombardé » -> bombarder), or, when the predicate is the denial
    verb itself, the classed words of its clause."""
    deny = _denial_lemmas()
    if c.language == "en" and c.modality == "denied" and c.cue in _en_only_denials():
        deny = deny | _en_only_denials()  # « called the report false » denies; it does not call
    if c.predicate and c.predicate not in deny:
        acts = {c.predicate}
    else:
        acts = {x for x in c.lemmas if x not in deny and (_class(x) or x in _SAYING)}
    return acts | {f"@{_class(x)}" for x in acts if _class(x) and _class(x) != "deny"}


def same_action(a: Claim, b: Claim) -> bool:
    ca, cb = _actions(a), _actions(b)
    if ca & cb:
        return True
    return bool({x[1:] for x in ca if x[0] == "@"} & _VISIT and {x[1:] for x in cb if x[0] == "@"} & _VISIT)


def _en_one_seizure(a: Side, b: Side) -> bool:
    """Do two English reports of the same days (both dated, within :data:`ACROSS_DAYS`) tell a seizure by two of
    its verbs (« confiscated » / « were seized », :data:`recoupe.lang.en.events.SEIZURE_VERBS`)? Their figures of
    one counted thing are then two versions of one haul, as when one verb tells both. A story may hold hauls
    months apart (a navy's successive operations): an undated report is no version of a dated one's haul."""
    from recoupe.lang.en.events import SEIZURE_VERBS

    ac, bc = a.claim, b.claim
    if not (ac.language == bc.language == "en" and _en_seizure(ac, SEIZURE_VERBS) and _en_seizure(bc, SEIZURE_VERBS)):
        return False
    fa, fb = _en_seized_from(ac), _en_seized_from(bc)
    if fa and fb and not fa & fb:
        return False  # « from a trawler » / « from a lorry »: two hauls of one crackdown, as two distances
        # measured from two points (_measured_from)
    return bool(a.published and b.published and abs((a.published - b.published).days) <= ACROSS_DAYS)


_EN_WORDS = re.compile(r"[a-z0-9'-]+|[^\sa-z0-9'-]")
_EN_DETERMINERS = frozenset({"a", "an", "the", "its", "his", "her", "their", "this", "that", "one"})


@lru_cache(maxsize=1)
def _en_not_a_container() -> frozenset[str]:
    """Words after « on » / « in » that tell when, not what from (« on Tuesday », « in March », « in all »)."""
    from recoupe.lang.en.dates import MONTHS, WEEKDAYS
    from recoupe.lang.en.events import SEIZED_OCCASIONS

    return SEIZED_OCCASIONS | frozenset({*(w.rstrip(".") for w in (*MONTHS, *WEEKDAYS)), "all", "total", "addition",
                                         "recent", "foot", "time"})


def _en_seized_from(c: Claim) -> set[str]:
    """The kinds of carrier (:data:`recoupe.lang.en.events.CARRIER_KINDS`) an English seizure names after
    « from / aboard » (:data:`recoupe.lang.en.events.SEIZED_FROM`: « 40 crates from a fishing trawler at the
    port » -> vessel), read from the last word before the phrase ends; a phrase whose head is no known carrier
    (a town, a suspect, a shipment) tells nothing of another haul."""
    from recoupe.lang.en.events import CARRIER_KINDS, SEIZED_FROM, SEIZED_FROM_ENDS

    words = _EN_WORDS.findall(c.text.lower().replace("on board", "aboard"))
    skip = _en_not_a_container()
    heads: set[str] = set()
    for i, w in enumerate(words):
        if w not in SEIZED_FROM:
            continue
        phrase: list[str] = []
        for v in words[i + 1:i + 6]:
            if v in SEIZED_FROM_ENDS or not v[0].isalnum():
                break
            phrase.append(v)
        phrase = [v for v in phrase if v not in _EN_DETERMINERS]
        if phrase and phrase[0] not in skip and phrase[-1] not in skip and not any(v[0].isdigit() for v in phrase):
            head = phrase[-1]
            head = head[:-1] if head.endswith("s") and not head.endswith("ss") else head  # « boats » / « boat »
            if head in CARRIER_KINDS:
                heads.add(CARRIER_KINDS[head])
    return heads


# a verb joined by « and » to the claim's own (« were located and impounded »): the second tells the deed too
_EN_AND_VERB = re.compile(r"\band\s+(?:then\s+)?([a-z]+ed)\b")


def _en_seizure(c: Claim, verbs: frozenset[str]) -> bool:
    """Does an English claim tell a seizure: its verb is one (``verbs``), or a verb joined to its own by « and »
    (« six crates were located and impounded ») whose lemma is one?"""
    if c.predicate in verbs:
        return True
    joined = {m[1] for m in _EN_AND_VERB.finditer(c.text.lower())}
    return bool(joined and {w for w in c.lemmas if w in verbs} and any(
        w.startswith(v[:-1]) for w in joined for v in verbs))


def _head(text: str) -> str:
    """The first content word of a noun phrase (« le sommet du G20 » -> sommet); "" for a pronoun."""
    words = [w for w in fold(text).split() if w not in _STOP]
    if not words or fold(text) in _PRONOUNS or words[0] in _PRONOUNS:
        return ""
    return words[0]


def objects_apart(a_object: str, b_object: str) -> bool:
    """Do two deeds' objects name two things (« a détruit un entrepôt » / « un gymnase »)? Each has a head
    noun, and neither's head is a word (or the plural) of the other's phrase."""
    ha, hb = _head(a_object), _head(b_object)
    if not ha or not hb or ha == hb:
        return False
    wa, wb = fold(a_object).split(), fold(b_object).split()
    return not any(w.startswith(hb) for w in wa) and not any(w.startswith(ha) for w in wb) \
        and not (ha.startswith(hb) or hb.startswith(ha))


def _subject_key(c: Claim) -> str:
    return c.subject_entity or (f"~{_head(c.subject)}" if _head(c.subject) else "")


# the -ing forms an English participle clause opens with when it is passive or perfect (« being charged »)
_PARTICIPLE_AUXES = frozenset({"being", "having"})


def participle_deed(c: Claim) -> bool:
    """Is ``c`` an English participle clause cut from its main clause (« …, spending ten years there »,
    « after falling 80 metres »: :func:`recoupe.lang.en.claims._event_participle`)? Its text opens on the
    participle and names no doer: its subject is the main clause's, outside its text. Compared bare, such a
    deed (« paying $2 billion », « weighing 3 pounds ») matches any other deal's or device's; it is the
    deed of its subject, and with no subject found it tells no one's."""
    # the subject as whole words: « it » is inside « with », « he » inside « the »
    if c.language != "en" or not c.text.strip() or (
            c.subject and re.search(rf"(?<!\w){re.escape(c.subject)}(?!\w)", c.text)):
        return False
    first = c.text.split(None, 1)[0].lower()
    return first in _PARTICIPLE_AUXES or (first.endswith("ing") and first[:3] == c.predicate[:3].lower())


def participle_apart(a: Claim, b: Claim) -> bool:
    """Can a participle deed (:func:`participle_deed`) not be the other claim's fact: its subject is
    unknown, or names another doer (:func:`_different_doers`)? Only two claims that tell one doer's deed
    conflict on its figure, date or place (a flow told both ways has two doers by nature: :func:`_flow` asks
    for the giver's entity instead)."""
    deeds = [c for c in (a, b) if participle_deed(c)]
    if not deeds:
        return False
    # a pronoun (« It agreed to buy …, paying … ») names no doer either: two « it » are any two companies
    if any(not _en_head(c.subject) and not c.subject_entity for c in deeds):
        return True
    # English subjects by their English head (« The tablet » / « The slate » are two doers, not two « the »),
    # without the apposition the main clause gave them: « Marlow, 52, » names Marlow, it counts no one
    a, b = (replace(c, subject=c.subject.split(",", 1)[0]) for c in (a, b))
    # each claim's head in its own language: a French partner's « Le Hamas » is Hamas, not « le »
    return _different_doers(a, b, head_of=lambda c: (_en_head if c.language == "en" else _head)(c.subject)) and not (
        a.article_id != b.article_id and _en_one_aged_person(a, b))  # one age written on both sides: one person


def _en_purpose(c: Claim) -> bool:
    """Is ``c`` an English infinitive clause with no doer of its own (« …boarded the boat to seize 40 crates »)?
    Its figure is what its main clause's subject set out to do: no deed done, and nobody's that the clause
    tells, so it is no version of another account's figure."""
    words = c.text.split(None, 2)
    return (c.language == "en" and not c.subject and len(words) > 1 and words[0].lower() == "to"
            and bool(c.predicate) and words[1].lower()[:3] == c.predicate[:3].lower())


# a bare offence after "for" (« for fraud », « for attempted murder »); « for the robbery » names one deed, which
# another account may name « the raid »: no offence read there
_EN_FOR = re.compile(r"\bfor\s+(?:(?:alleged|attempted)\s+)?([a-z][a-z-]+)")
# where the penalty verb's clause ends: a clause of its own (« …, who was once held for arson, … », « after he was
# held for fraud ») names no offence of this penalty
_EN_CLAUSE_END = re.compile(r"[,;:()]|\b(?:who|whom|whose|which|that|after|before|when|while|because|since|as|"
                            r"although|though|where|and|but|or)\b")


def _penalty_clause(c: Claim) -> str:
    """The words of an English penalty's own clause after its verb (« was jailed for six years … for fraud »):
    from the first word that carries the predicate's lemma to the next clause boundary. The claim keeps no
    parse, so its verb's "for" is read this way; none found, nothing is read."""
    text = c.text.lower()
    stem = c.predicate.lower()[:4]
    verb = re.search(rf"\b{re.escape(stem)}\w*", text) if len(stem) >= 3 else None
    if verb is None:
        return ""
    rest = text[verb.end():]
    end = _EN_CLAUSE_END.search(rest)
    return rest[:end.start()] if end else rest


def _en_offences(c: Claim) -> frozenset[str]:
    """The offence families an English penalty or charge names by its own clause's "for" (« sentenced … to ten
    years for fraud »): only a noun of :data:`recoupe.lang.en.events.OFFENCE_FAMILIES` counts, never any other
    word after "for" (a verb, a name, an employer)."""
    from recoupe.lang.en.events import OFFENCE_FAMILIES, PENALTY_VERBS

    if c.language != "en" or c.predicate not in PENALTY_VERBS:
        return frozenset()
    return frozenset(OFFENCE_FAMILIES[w] for w in _EN_FOR.findall(_penalty_clause(c)) if w in OFFENCE_FAMILIES)


def _en_offences_apart(a: Claim, b: Claim) -> bool:
    """Do two English penalties name offences of two families (« ten years … for fraud » / « two years … for
    assault »), none shared? Two cases then, so their figures are no versions of one. « For murder » / « for
    manslaughter », a verb (« for killing his wife ») or no offence named: one case, still compared."""
    oa, ob = _en_offences(a), _en_offences(b)
    return bool(oa and ob) and not oa & ob


# English words before a subject's head noun that name nothing (articles, possessives, demonstratives)
_EN_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these", "those"})


@lru_cache(maxsize=1)
def _en_pronouns() -> frozenset[str]:
    from recoupe.lang.en.quotes import PRONOUNS, SPEAKER_NON_PRONOUNS

    return PRONOUNS | SPEAKER_NON_PRONOUNS | {"it", "i"}


# an English passive and its agent: « two rafts were seized by the coastguard »
_EN_AGENT = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?(\w+(?:ed|en))\s+by\s+(?:the\s+|an?\s+)?"
                       r"(.+?)(?=[,.;:]|\s+(?:in|on|at|after|before|from|near|off|with|and|when|while|as|for)\b|$)")


def _en_agent_words(c: Claim) -> frozenset[str]:
    """The words of the agent of an English passive clause whose subject is the counted group (« two rafts
    were seized by the coastguard » -> coastguard): its doer, which the subject does not name. Empty otherwise
    (« it was attacked by pirates 150 miles east »: the subject is the victim, told apart by other checks)."""
    if c.language != "en" or not any(q.thing != "âge" for q in of_claim(c.subject, "", "en")):
        return frozenset()  # only a subject that is the counted group (« three boats ») leaves the doer to the agent
    from recoupe.lang.en.quantities import CAPTURE_PARTICIPLES

    m = _EN_AGENT.search(c.text)
    # only a capture's agent is its doer: the « by » of a toll (« killed by the explosion ») names a cause,
    # in other words than another account's subject (« the blast killed … »)
    if m is None or m.group(1).lower() not in CAPTURE_PARTICIPLES:
        return frozenset()
    return frozenset(w for w in fold(m.group(2)).split() if w not in _EN_DETERMINERS and len(w) > 1)


def _en_agents_apart(a: Claim, b: Claim) -> bool:
    """Does an English passive's agent name another doer than the other account's subject or agent (« two
    rafts were taken by NAME » / « raiders took three rafts »)? A subject that holds a figure is read as
    the counted group, not a doer (:func:`_different_doers`): the agent is the doer such a clause names.
    Words shared (« by the navy » / « the Indian navy ») or a pronoun on the other side: not apart."""
    if a.language != "en" or b.language != "en":
        return False  # a French subject's words never meet an English agent's: no evidence of two doers
    ga, gb = _en_agent_words(a), _en_agent_words(b)
    if not ga and not gb:
        return False

    def doer(c: Claim, agent: frozenset[str]) -> frozenset[str]:
        if agent:
            return agent
        words = [w for w in fold(c.subject).split() if w not in _EN_DETERMINERS]
        # a subject that holds a figure, in digits or words (« five boats »), is the counted group, no doer
        if (not words or words[0] in _en_pronouns()
                or any(q.thing != "âge" for q in of_claim(c.subject, "", "en"))):
            return frozenset()
        return frozenset(words) - _number_words()

    da, db = doer(a, ga), doer(b, gb)
    return bool(da and db and not (da & db))


def _en_head(text: str) -> str:
    """The first content word of an English noun phrase (« The new tablet » -> new); "" for a pronoun, which
    names no doer by itself (« It », « They »)."""
    words = [w for w in fold(text).split() if w not in _EN_DETERMINERS]
    return "" if not words or words[0] in _en_pronouns() else words[0]


def different_subjects(a: Claim, b: Claim) -> bool:
    ka, kb = _subject_key(a), _subject_key(b)
    return bool(ka and kb and ka != kb)


def same_subject(a: Claim, b: Claim) -> bool:
    """The same actor: the same entity or head noun; or, when neither subject is named (a pronoun,
    a relative « qui »), or one is missing and its clause opens on the other's head noun
    (:func:`_opens_with_head`), claims of one group in different articles."""
    ka, kb = _subject_key(a), _subject_key(b)
    if ka and ka == kb:
        return True
    if not linked(a, b) or a.article_id == b.article_id:
        return False
    return (not ka and not kb) or _opens_with_head(a, b) or _opens_with_head(b, a)


OPENING_WORDS = 4  # an article, an ordinal or an adjective may stand before the head noun


def _opens_with_head(a: Claim, b: Claim) -> bool:
    """Does ``a``, whose subject the parse missed, open on the head noun of ``b``'s subject (« La
    deuxième crue du fleuve, partie des Alpes, a culminé … », the noun hung elsewhere, against « la
    crue partie de Suisse a atteint … »)? Its clause names the same actor, whatever entity ``b``'s
    subject was resolved to."""
    head = _noun_head(b.subject)
    return not a.subject and not a.subject_entity and bool(head) and head in fold(a.text).split()[:OPENING_WORDS]


@lru_cache(maxsize=1)
def _number_words() -> frozenset[str]:
    from recoupe.lang.en.quantities import NUMBER_WORDS as EN_NUMBERS
    from recoupe.lang.fr.quantities import NUMBER_WORDS as FR_NUMBERS

    return frozenset(fold(w) for w in (*FR_NUMBERS, *EN_NUMBERS))


def _noun_head(text: str) -> str:
    """The first content word of a noun phrase past its figure (« cinq suspects » -> suspects): a
    count opens many subjects and names no actor."""
    if not _head(text):
        return ""
    numbers = _number_words()
    return next((w for w in fold(text).split() if w not in _STOP and not w[0].isdigit() and w not in numbers), "")


def _content(c: Claim) -> set[str]:
    deny = _denial_lemmas()
    return {x for x in c.lemmas if x not in deny and x != c.predicate and not _class(x) and len(x) > 2}


# prepositions an object opens with (« tirer sur un camion »): not what it is about
_PREPOSITIONS = frozenset({"sur", "pour", "par", "avec", "dans", "sous", "vers", "chez", "contre", "entre", "sans",
                           "depuis", "pendant", "lors", "apres", "avant", "selon"})


def _object_words(c: Claim) -> set[str]:
    return {w for w in fold(c.object).split() if w not in _STOP and w not in _PREPOSITIONS and len(w) > 2}


def overlapping_content(a: Claim, b: Claim) -> bool:
    """Do two claims say something about the same thing beyond their verb? (the same group, the
    same object or place entity, or a shared content word)"""
    if linked(a, b):
        return True
    if a.object_entity and a.object_entity == b.object_entity:
        return True
    return bool(_content(a) & _content(b) or _object_words(a) & _object_words(b))


def happened(c: Claim) -> bool:
    """Stated as done: neither planned nor hedged."""
    return not c.planned and c.modality in _FIRM


def _interval(value: str) -> tuple[str, str, str] | None:
    """A date value as (first day, last day, precision) when precise to the month or the day."""
    m = _DATE.match(value or "")
    if not m:
        return None
    y, mo, d = m.groups()
    if d and value.endswith("TNI"):  # a night runs into the next day (« la nuit de mercredi à jeudi »)
        try:
            nxt = date(int(y), int(mo), int(d)) + timedelta(days=1)
        except ValueError:
            return None
        return f"{y}-{mo}-{d}", nxt.isoformat(), "day"
    if d:
        return f"{y}-{mo}-{d}", f"{y}-{mo}-{d}", "day"
    return f"{y}-{mo}-01", f"{y}-{mo}-31", "month"


PERIOD_SLACK = timedelta(days=7)
# an account of a done event published this long before the day another account dates it cannot
# tell that event (a quake of one magnitude told on the 12th, another quake of that town dated the 15th)
EARLIER_SLACK = timedelta(days=1)
# the day's afternoon or evening, or a clock time from noon (« jeudi soir », « à 16h40 »): no time zone
# or late edition puts a report of the day before after it, so that report tells an earlier event
_LATE_IN_DAY = re.compile(r"T(?:EV|AF|1[2-9]|2[0-3])")


def _dated_apart(a: Side, b: Side) -> bool:
    """Does ``a`` date its figure to a period that ``b``'s undated figure is not of? An undated
    figure is of its report's days (« six morts », published 16 August) and « en juillet, 54 tués »
    is July's."""
    ia = _interval(a.claim.time)
    if ia is None or b.claim.time or b.published is None:
        return False
    start, end = date.fromisoformat(ia[0][:10]), _last_day(ia[1])
    slack = timedelta(0) if _LATE_IN_DAY.search(a.claim.time) else EARLIER_SLACK
    if ia[2] == "day" and happened(b.claim) and b.published < start - slack:
        return True  # a report two days before the day an event is dated tells an earlier one, and
        # so does a report of the day before the afternoon or evening it is dated to
    return b.published < start - PERIOD_SLACK or b.published > end + PERIOD_SLACK


_YEAR = re.compile(r"^(\d{4})(?:-|$)")


def _year(value: str) -> int | None:
    """The year a time value names, if it names one (« 2004 », « 2004-12-26 »; not « XXXX-WXX-5 »)."""
    m = _YEAR.match(value or "")
    return int(m.group(1)) if m else None


def _years_apart(a: Side, b: Side) -> bool:
    """Are two figures of two years? Both claims dated in different years (« in 1999 » / « in 2003 »),
    or ``a`` anchored in a year alone (« In 2004, the wave killed ... ») and ``b`` undated, its report
    published in another year or on a day unknown: a figure told with its year only is a past
    occurrence, the background of a report, not a version of the undated figure of its news."""
    ya, yb = _year(a.claim.time), _year(b.claim.time)
    if ya is not None and yb is not None:
        return ya != yb
    if ya is None or yb is not None or not re.fullmatch(r"\d{4}", a.claim.time):
        return False
    return b.published is None or not (date(ya, 1, 1) - PERIOD_SLACK <= b.published <= date(ya, 12, 31) + PERIOD_SLACK)


def _last_day(value: str) -> date:
    y, m, d = (int(x) for x in value[:10].split("-"))
    return date(y, m, min(d, calendar.monthrange(y, m)[1]))


def disjoint_dates(a: Claim, b: Claim) -> bool:
    ia, ib = _interval(a.time), _interval(b.time)
    if ia and ib:
        return ia[1] < ib[0] or ib[1] < ia[0]
    # yearless days were measured on English only (ECB+ dev, articles without a publication date): French
    # timex also writes « XXXX-MM-DD » when it has no anchor, on text nobody read for this
    return a.language == b.language == "en" and _undated_apart(a.time or "", b.time or "")


_YEARLESS = re.compile(r"^XXXX-(\d{2})-(\d{2})(?:T[\w:.]+)?$")


def _undated_apart(x: str, y: str) -> bool:
    """Two days told of one story whose year is not known (articles without a publication date:
    « November 18 » / « November 19 »): apart when their month-days differ. A weekday, or a day
    against a full date (the full one may be of another year: « was fired March 2 » in a profile),
    is not compared; a night runs into the next day."""
    if not (x and y) or x.endswith("TNI") or y.endswith("TNI"):
        return False
    mx, my = _YEARLESS.match(x), _YEARLESS.match(y)
    return bool(mx and my and mx.groups() != my.groups())


# -- typed checks ------------------------------------------------------------------------------------
_DENIAL_STEMS = ("nie", "niai", "niant", "dement", "refut", "contest", "recus", "rejet", "rejett", "qualifi", "trait",
                 "balay")


@lru_cache(maxsize=1)
def _verdict_re() -> re.Pattern[str]:
    from recoupe.lang.fr.modality import VERDICT_PATTERN

    return re.compile(VERDICT_PATTERN)


def verdict(c: Claim) -> bool:
    """A denial told by a verdict quoted alone (« "Dénuées de fondement" : accusée de fraude, X répond »):
    it says nothing of its own; what it denies is the accusation its sentence tells."""
    return c.modality == "denied" and bool(_verdict_re().match(fold(c.text)))


def _denied(c: Claim) -> bool:
    """A source rejects the claim (démentir, nier, rejeter...): modality ``denied`` with a denial
    verb as its cue or predicate, or a quoted verdict of groundlessness; a plain negation (cue « ne »)
    is a negated event, not a denial."""
    if c.modality != "denied":
        return False
    if verdict(c):
        return True
    if c.predicate in _denial_lemmas() or c.cue in _denial_lemmas() or c.cue in _proposition_words()[3]:
        return True
    if c.language == "en" and c.cue in _en_only_denials():
        return True
    cue = fold(c.cue)
    return bool(cue) and any(w.startswith(_DENIAL_STEMS) for w in cue.split())


_PLURAL_DETERMINERS = frozenset({"les", "des", "ces", "leurs", "plusieurs", "deux", "trois", "quatre", "cinq", "nos"})


def _deny_verb(subject: str) -> str:
    """« dément » or « démentent », agreeing with the denier (« les deux États le démentent »)."""
    words = subject.lower().split()
    plural = bool(words) and (words[0] in _PLURAL_DETERMINERS or " et " in f" {subject.lower()} "
                              or words[0].isdigit())
    return "démentent" if plural else "dément"


def check_denial(a: Side, b: Side) -> Finding | None:
    """One source denies what another states (``denial``), or denies having said what is
    attributed to it (``attribution``)."""
    for d, s in ((a, b), (b, a)):
        dc, sc = d.claim, s.claim
        if not _denied(dc) or _denied(sc) or sc.modality not in _STATED or sc.negated or _rejected_content(sc):
            continue
        if _blames_report_outlet(dc, sc):
            continue  # « the Gazette published false claims … »: a charge against the outlet, not the denied point
        if _denies_a_link(dc) and not _names_a_doer(sc, dc, f"{s.headline} {s.lede} {sc.sentence}"):
            continue  # « rejects any link to the shelling » / « the depot was shelled »: no doer to deny being
        denier = dc.subject or dc.attributed_to or d.source
        said = _saying_denied(dc)
        if said and sc.attributed_to and _names_match(sc.attributed_to, dc.subject_entity, denier):
            if _rejects_others_words(dc) or _words_of_another(dc, sc, denier):
                continue  # X rejecting what others say is no denial of what X is reported to say
            return Finding("attribution", f"« {_clip(sc.text)} » est attribué à {sc.attributed_to} ({s.source}) ; "
                                          f"{denier} {_deny_verb(denier)} l'avoir dit ({d.source})")
        if not same_action(dc, sc) or not overlapping_content(dc, sc):
            if _denies_what_is_stated(dc, sc, denier):
                return Finding("denial", f"{s.source} : « {_clip(sc.text)} » ; {denier} le {_deny_verb(denier)} "
                                         f"({_evidence_holder(d, denier)} : « {_clip(dc.text)} »)")
            continue
        if (dc.subject_entity and sc.subject_entity and dc.subject_entity != sc.subject_entity
                and not (dc.object_entity and dc.object_entity == sc.object_entity)
                and sc.predicate not in _actions(dc)
                and len(_content(dc) & _content(sc) | _object_words(dc) & _object_words(sc)) < 2):
            continue  # a denier other than the doer, denying another verb of the class: more must match
        return Finding("denial", f"{s.source} : « {_clip(sc.text)} » ; {denier} le {_deny_verb(denier)} "
                                 f"({_evidence_holder(d, denier)} : « {_clip(dc.text)} »)")
    return None


@lru_cache(maxsize=2)
def _coordinated_verb_re(language: str) -> re.Pattern[str]:
    """The coordinated verb of the claim's own language (each pack's pattern: verb in group 2)."""
    if language == "en":
        from recoupe.lang.en.predicates import COORDINATED_VERB_PATTERN as pattern
    else:
        from recoupe.lang.fr.predicates import COORDINATED_VERB_PATTERN as pattern
    return re.compile(pattern)


def _saying_denied(dc: Claim) -> set[str]:
    """The saying actions a denial takes back (« X nie avoir dit … », « dément ces déclarations »): those of
    its clause, but a saying verb written only as the verb of a clause coordinated to the denial (« X a démenti
    toute faute et a déclaré : … », « conteste le bilan et affirme que … »): X says something
    of its own there, X does not deny having said. A bare participle after « et » (« nie avoir menti et
    déclaré … ») still hangs on the denial and is kept."""
    said = _actions(dc) & _SAYING
    if not said:
        return said
    text = dc.text.lower().replace("’", "'")
    # every « et » is looked at: « a nié les faits et les accusations et a déclaré » joins its verb at the second
    for m in _coordinated_verb_re(dc.language).finditer(text):
        aux, verb = m.group(1), m.group(2)
        if not aux and verb.endswith(("é", "és", "ée", "ées")):
            return said  # a participle without its auxiliary: under the denial's own « avoir »
        verb, head = fold(verb), fold(text[:m.start()]).split()
        # a saying lemma is the coordinated verb when its first four letters open that verb and no word of the
        # denial's own part: « dire » is irregular (« dit ») and is left as it is
        own = {x for x in said if verb.startswith(fold(x)[:4]) and not any(w.startswith(fold(x)[:4]) for w in head)}
        if own:
            return said - own
    return said


@lru_cache(maxsize=1)
def _others_words_re() -> re.Pattern[str]:
    from recoupe.lang.fr.predicates import OTHERS_WORDS_PATTERN

    return re.compile(OTHERS_WORDS_PATTERN)


# a noun of saying and whose words they are (« les déclarations du maire », « les propos du ministre »)
_WORDS_OF = re.compile(r"(?<!\bses )(?<!\bson )(?<!\bsa )(?<!\bleurs )(?<!\bleur )(?<!\bhis )(?<!\bher )(?<!\btheir )"
                       r"\b(?:declarations?|propos|paroles?|affirmations?|annonces?|statements?|remarks?|claims?)"
                       r"\s+(?:de|du|des|d'|d’|by|of)\s*(?:la\s+|l'|l’|les\s+|the\s+)?"
                       # an honorific is not whose words they are: the name after it is
                       r"(?:(?:m|mme|mlle|me|dr|monsieur|madame)\.?\s+)?([^\W\d_][\w-]*)")


def _words_of_another(dc: Claim, sc: Claim, denier: str) -> bool:
    """Does the denial name whose words it rejects, someone other than the denier (« la mairie conteste
    les propos du préfet »)? Then it denies their content, not having said something itself. The owner
    must be a person (a role noun or a capitalised name, not « les déclarations de fermeture ») and none
    of the denier's names: its words, the statement's attribution or its entity."""
    from recoupe.lang.fr.entities import ROLE_HEADS

    text = dc.object or dc.text
    m = _WORDS_OF.search(fold(text))
    if m is None:
        return False
    owner = m.group(1)
    person = owner in {fold(r) for r in ROLE_HEADS} or any(
        fold(w) == owner and w[0].isupper() for w in re.findall(r"[^\W\d_][\w-]*", text))
    same = set(fold(denier).split()) | set(fold(sc.attributed_to).split()) | {fold(dc.subject_entity)}
    return person and owner not in same


def _rejects_others_words(dc: Claim) -> bool:
    """Does the denial reject a noun of saying whose content its sentence gives after it (« X a
    rejeté les affirmations selon lesquelles ... »)? Those are others' words: X denies their
    content, not having said something."""
    sentence = fold(dc.sentence or dc.text)
    at = sentence.find(fold(dc.text))
    return bool(_others_words_re().search(sentence[max(at, 0):]))


def _rejected_content(c: Claim) -> bool:
    """Is the claim the content its own sentence rejects (« X a démenti la rumeur selon laquelle le club
    tricherait »: the clause after « selon laquelle »)? Nobody states it there: another account of the same
    rejection (the article in another language, another outlet) does not deny it, it tells it again."""
    sentence, text = fold(c.sentence), fold(c.text)
    at = sentence.find(text) if text else -1
    if at < 0:
        return False
    inside = _others_words_re().match(text)
    opening = inside or re.search(f"(?:{_others_words_re().pattern})\\s*$", sentence[:at])
    if opening is None:
        return False
    # the same opening in the sentence as written, where commas still stand
    nth = len(_others_words_re().findall(sentence[:at + (inside.end() if inside else 0)]))
    raw = c.sentence.lower().replace("’", "'")
    found = list(_others_words_re().finditer(raw))
    if not 0 < nth <= len(found):
        return False
    # only the verb that governs the noun the content hangs on (« a démenti vendredi la rumeur selon
    # laquelle »): a denial word elsewhere (« le ministre, pourtant contesté, a confirmé l'information
    # selon laquelle ») does not make the content rejected
    noun = _REJECTED_NOUN.search(raw[:found[nth - 1].start()])
    if noun is None:
        return False
    clause = re.split(r"[,;:.()«»\"—–]", raw[:noun.start()])[-1]
    return any(w in _rejecting_forms() for w in fold(clause).split()[-3:])


# the noun a content clause hangs on, with its determiner and an optional adjective, right before the opening
_REJECTED_NOUN = re.compile(r"(?:\b(?:la|le|les|une|un|des|ces|cette|ce|cet)\s+|\bl')[^\W\d_][\w-]*"
                            r"(?:\s+[^\W\d_][\w-]*)?\s*,?\s*$")


@lru_cache(maxsize=1)
def _rejecting_forms() -> frozenset[str]:
    from recoupe.lang.fr.modality import REJECTING_FORMS

    return frozenset(fold(w) for w in REJECTING_FORMS)


# -- an English denial pointing back at the claim just told ----------------------------------------
@lru_cache(maxsize=1)
def _en_denial_noise() -> frozenset[str]:
    """Stems of what an English denial says beside what it denies: the denial verbs in their forms,
    the nouns of a claim (« the rumors », « the allegations »), manners (« vehemently ») and
    pointing words (« them », « these »)."""
    from recoupe.lang.en.modality import (
        DENIABLE_NOUNS,
        DENIAL_MANNERS,
        DENIAL_VERBS,
        EN_ONLY_REJECTION_VERBS,
        POINTING_WORDS,
        REJECTION_VERBS,
    )

    words: set[str] = {"have", "been"} | DENIAL_MANNERS | POINTING_WORDS
    for v in DENIAL_VERBS | REJECTION_VERBS | EN_ONLY_REJECTION_VERBS:
        words |= {v, f"{v}s", f"{v}d", f"{v}ed", f"{v}ing", f"{v[:-1]}ied", f"{v[:-1]}ies", f"{v[:-1]}ing"}
    for n in DENIABLE_NOUNS:
        words |= {n, f"{n}s", f"{n[:-1]}ies"}
    return frozenset(fold(w)[:5] for w in words if len(fold(w)) > 3)


_RELATIVE_OPENERS = frozenset({"which", "who", "that", "whom"})


@lru_cache(maxsize=1)
def _claim_nouns() -> frozenset[str]:
    """The English nouns that name a claim (DENIABLE_NOUNS), singular and plural, folded."""
    from recoupe.lang.en.modality import DENIABLE_NOUNS

    forms = {*DENIABLE_NOUNS, *(f"{n}s" for n in DENIABLE_NOUNS), *(f"{n[:-1]}ies" for n in DENIABLE_NOUNS
                                                                   if n.endswith("y"))}
    return frozenset(fold(w) for w in forms)


def _noun_content(c: Claim) -> bool:
    """An English clause told as the content of a noun of claim (« a story (that) she padded her
    expenses »): its cue is the noun (:func:`recoupe.lang.en.claims._noun_content`)."""
    return c.language == "en" and c.modality == "reported" and fold(c.cue) in _claim_nouns()


def _names_a_claim(c: Claim, words: Sequence[str]) -> bool:
    """Does an English denial end on the noun of claim it rejects (« is fighting back against a
    report »), or give a verdict on one (« calls the report a distortion »)? A noun elsewhere (« the
    tribunal of claims denied both requests ») is not what it rejects."""
    from recoupe.lang.en.modality import VERDICT_VERBS

    nouns = _claim_nouns()
    return bool(words) and (words[-1] in nouns or (fold(c.cue) in VERDICT_VERBS and bool(nouns.intersection(words))))


@lru_cache(maxsize=1)
def _fr_pointing() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(folded statement nouns, singular and plural; folded demonstratives; folded claiming cues)."""
    from recoupe.lang.fr.modality import CLAIMING_CUES, DEMONSTRATIVES, STATEMENT_NOUNS

    nouns = {fold(n) for n in STATEMENT_NOUNS} | {fold(n) + "s" for n in STATEMENT_NOUNS}
    return frozenset(nouns), frozenset(fold(d) for d in DEMONSTRATIVES), frozenset(fold(c) for c in CLAIMING_CUES)


def _points_back_fr(c: Claim) -> bool:
    """A French denial of « ces informations », « ces accusations », « cette rumeur » that says no more
    (« Le maire a démenti ces informations »): what it takes back is the claim just told, as the
    English « denied the reports »."""
    if not _denied(c):
        return False
    nouns, demonstratives, _ = _fr_pointing()
    words = fold(c.text).split()
    if not any(w in nouns and i and words[i - 1] in demonstratives for i, w in enumerate(words)):
        return False
    noise = _denial_noise() | _stems(c.subject)[0] | _stems(c.attributed_to)[0] | _stems(c.relay)[0]
    return not (_stems(c.text)[0] - noise)


def pointing_denial(c: Claim) -> bool:
    """An English denial that says no more than who denies what was just told (« the mayor flatly
    denied the reports », « she denied them »), or that names what it rejects by a noun of claim
    (« is fighting back against a report », « calls the report a distortion »), whatever else it
    says (a dateline, the denier's titles). A relative (« ..., which he denied ») points at a
    noun of its own sentence, not at a claim: it is not one."""
    if c.language == "fr":
        return _points_back_fr(c)
    if c.language != "en" or not _denied(c):
        return False
    words = fold(c.text).split()
    if not words or words[0] in _RELATIVE_OPENERS:
        return False
    if _names_a_claim(c, words):
        return True
    noise = _en_denial_noise() | _stems(c.subject)[0] | _stems(c.attributed_to)[0] | _stems(c.relay)[0]
    return not (_stems(c.text)[0] - noise)


def _claimed_before(dc: Claim, sc: Claim) -> bool:
    """Is ``sc`` a claim the pointing denial ``dc`` takes back: told under a verb of claiming
    (« a tabloid reported that ... », « claiming that ... », « allegedly »), by someone other than
    the denier, before the denial in its sentence or in the sentence just before? Or the content of
    the noun of claim the denial names (« a story (that) she padded her expenses », cue ``story``),
    told after it in its sentence, or in the next sentence when the denial is the headline?"""
    from recoupe.lang.en.modality import CLAIMING_VERBS

    if dc.article_id != sc.article_id or sc.negated or _denied(sc):
        return False
    if dc.language == "fr":
        return _claimed_before_fr(dc, sc)
    content = _noun_content(sc)
    if sc.end > dc.start and not content:
        return False
    if sc.modality not in _STATED or sc.modality == "asserted" or (fold(sc.cue) not in CLAIMING_VERBS
                                                                    and not content):
        return False
    places = _sentences_of_other(dc, sc)
    if places is None:
        return False
    sd, ss = places
    if sc.end > dc.start:
        # the content of a noun of claim told after the denial that names it: in its own sentence
        # (« fighting back against a story she padded her expenses »), or in the next one when the
        # denial is its article's first sentence, its headline (« X calls the report a distortion »)
        if not _names_a_claim(dc, fold(dc.text).split()):
            return False
        return (sd == ss and sc.start >= dc.end) or (sd[0] == 0 and 0 <= ss[0] - sd[1] <= 3)
    return sd == ss or 0 <= sd[0] - ss[1] <= 3


def _claimed_fr(c: Claim) -> bool:
    """A French claim someone put forward: hearsay (« aurait détourné ») or reported under a verb of
    claiming or « selon » (:data:`~recoupe.lang.fr.modality.CLAIMING_CUES`)."""
    return c.language == "fr" and (c.modality == "conditional" or (
        c.modality == "reported" and fold(c.cue) in _fr_pointing()[2]))


def _claimed_before_fr(dc: Claim, sc: Claim) -> bool:
    """:func:`_claimed_before` in French: ``sc`` claimed (:func:`_claimed_fr`), not by the denier,
    before the denial in its sentence or in the sentence just before."""
    if sc.end > dc.start or not _claimed_fr(sc):
        return False
    places = _sentences_of_other(dc, sc)
    if places is None:
        return False
    sd, ss = places
    return sd == ss or 0 <= sd[0] - ss[1] <= 3


def _sentences_of_other(dc: Claim, sc: Claim) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The sentences of the denial ``dc`` and of the claim ``sc`` when someone other than the denier
    put ``sc`` forward; None when the denier said it or a sentence is unknown."""
    denier = dc.subject or dc.attributed_to
    if sc.attributed_to and denier and _names_match(sc.attributed_to, "", denier):
        return None
    sd, ss = _sentence_at(dc), _sentence_at(sc)
    if sd is None or ss is None:
        return None
    return sd, ss


def pointed_text(store: Store, c: Claim) -> str:
    """What a pointing denial takes back: the texts of the claims of its article it points at."""
    if not pointing_denial(c):
        return ""
    return " ".join(o.text for o in store.claims(article_id=c.article_id) if o.id != c.id and _claimed_before(c, o))


def _pointed_content(pointed: str) -> tuple[frozenset[str], frozenset[str]]:
    """(stems, common-word stems) of what a pointing denial takes back; names are kept (« Brandt took
    cash »: the denier is what the claim is about), the common words must match too."""
    noise = _denial_noise() | _en_denial_noise()
    every, common = _stems(pointed)
    return every - noise, common - noise


@lru_cache(maxsize=1)
def _misstatement_re() -> re.Pattern[str]:
    from recoupe.lang.en.modality import MISSTATEMENT_PHRASES, MISSTATEMENT_STEMS

    return re.compile(r"\b(?:" + "|".join((*MISSTATEMENT_STEMS, *MISSTATEMENT_PHRASES)) + ")")


MISSTATED = "~mis"  # the stem that stands for a word of misstatement (MISSTATEMENT_STEMS)


def _misstated(stems: tuple[frozenset[str], frozenset[str]], text: str) -> tuple[frozenset[str], frozenset[str]]:
    """(stems, common-word stems) of an English text with one stem more when it tells that a statement
    was false, in whichever words (« she overstated her rank » / « a false account of her
    rank »): the two then share that word too."""
    if not _misstatement_re().search(fold(text)):
        return stems
    return stems[0] | {MISSTATED}, stems[1] | {MISSTATED}


def check_pointing_denial(a: Side, b: Side) -> Finding | None:
    """An English denial pointing back at the claim just told (``denial``): against that claim, and
    against the accounts of other articles that tell it (three content words in common, two of
    them not names, as :func:`_denies_what_is_stated`; a word of misstatement counts as one, whichever it is:
    :func:`_misstated`), not told by the denier."""
    for d, s in ((a, b), (b, a)):
        dc, sc = d.claim, s.claim
        if not d.pointed or _denied(sc) or sc.modality not in _STATED or sc.negated:
            continue
        denier = dc.subject or dc.attributed_to or d.source
        if not _claimed_before(dc, sc):
            if sc.article_id == dc.article_id or (sc.attributed_to and _names_match(sc.attributed_to, "", denier)):
                continue
            every, common = _pointed_content(d.pointed)
            if dc.language == "en":
                every, common = _misstated((every, common), d.pointed)
            s_every, s_common = _misstated(_stems(sc.text), sc.text) if sc.language == "en" else _stems(sc.text)
            if sc.language == "en" and _title_cased(sc.text):  # a headline's capitals mark no name: its
                s_common = s_every & common  # words the other side writes in lower case are common words
            if len(every & s_every) < 3 or len(common & s_common) < 2:
                continue
        return Finding("denial", f"{s.source} : « {_clip(sc.text)} » ; {denier} le {_deny_verb(denier)} "
                                 f"({_evidence_holder(d, denier)} : « {_clip(dc.text)} »)")
    return None


def _title_cased(text: str) -> bool:
    """Is an English text written in title case (« Mayor's Account Of The Vote Differs From The
    Record »): every word of four letters or more capitalised, three at least?"""
    long = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if len(w) > 3]
    return len(long) >= 3 and all(w[0].isupper() for w in long)


def pointing_keys(c: Claim, pointed: str) -> tuple[set[str], set[str]]:
    """(filed, looked up) keys of :func:`check_pointing_denial`, mirrored: a pointing denial and the
    claims of its article told under a verb of claiming meet; a pointing denial is filed under
    the content words of what it takes back, as a denial under its own (``DW:``/``W:``)."""
    from recoupe.lang.en.modality import CLAIMING_VERBS

    if pointed:
        words = sorted(_pointed_content(pointed)[0], key=lambda w: (-len(w), w))[:8]
        return {f"PT:{c.article_id}", *(f"DW:{w}" for w in words)}, {f"PC:{c.article_id}", *(f"W:{w}" for w in words)}
    if c.language == "en" and c.modality in _STATED and c.modality != "asserted" and (
            fold(c.cue) in CLAIMING_VERBS or _noun_content(c)):
        return {f"PC:{c.article_id}"}, {f"PT:{c.article_id}"}
    if _claimed_fr(c) and not c.negated:
        return {f"PC:{c.article_id}"}, {f"PT:{c.article_id}"}
    return set(), set()


# -- an English denial of a report against another outlet's account that the denier misstated ------
_OWNER = re.compile(r"\b(?:his|her|their)\b", re.I)
_POSSESSOR = re.compile(r"^(.*?)['’]s\b")
_CAPITALS = r"[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*"


def _principal(name: str) -> str:
    """Who an English voice speaks for, as one folded word: « Ruiz's office », « Ruiz's lawyer »,
    « Mayor Ruiz » and « Ruiz » give « ruiz »; « the inspector general's office » gives « general »,
    not « office »; empty when nothing is left (« her lawyer »)."""
    from recoupe.lang.en.sources import SPEAKING_FOR
    from recoupe.lang.en.stop_words import STOP_WORDS

    m = _POSSESSOR.search(name or "")
    words = [w for w in fold(m.group(1) if m else name or "").split()
             if w not in SPEAKING_FOR and w not in STOP_WORDS and len(w) > 2]
    return words[-1] if words else ""


@lru_cache(maxsize=1)
def _report_outlet_re() -> re.Pattern[str]:
    """The capitalised name that owns or publishes the report a denial names (« the Hill Gazette's
    report », « a story in the Evening Ledger »)."""
    nouns = "|".join(sorted(_claim_nouns(), key=len, reverse=True))
    return re.compile(rf"({_CAPITALS})['’]s\s+(?:[a-z]+\s+){{0,2}}(?:{nouns})\b"
                      rf"|\b(?:{nouns})\s+(?:in|by|from|of)\s+(?:the\s+)?({_CAPITALS})")


def _report_outlet(c: Claim) -> frozenset[str]:
    """Stems of the outlet named by a denial of a report (:func:`_report_outlet_re`), not the denier's."""
    names = " ".join(g for m in _report_outlet_re().finditer(c.text) for g in m.groups() if g)
    return _stems(names)[0] - _stems(c.subject)[0] - _stems(c.attributed_to)[0]


@lru_cache(maxsize=1)
def _wrongful_charge_re() -> re.Pattern[str]:
    from recoupe.lang.en.modality import CHARGING_STEMS, WRONGFUL_ADVERBS

    return re.compile(rf"\b(?:{'|'.join(sorted(WRONGFUL_ADVERBS))})\s+(?:{'|'.join(CHARGING_STEMS)})")


@lru_cache(maxsize=1)
def _rebuttal_noise() -> frozenset[str]:
    """Stems that tie nothing between a denial of a report and an account of a misstatement: the
    words of denying and of falsehood, the nouns of claim, English function words (« from », « herself »)."""
    from recoupe.lang.en.modality import DEFENCE_VERBS, FALSEHOOD_WORDS
    from recoupe.lang.en.stop_words import WEAK_WORDS

    words = {*FALSEHOOD_WORDS, *DEFENCE_VERBS, *WEAK_WORDS}
    return _en_denial_noise() | _denial_noise() | frozenset(fold(w)[:5] for w in words if len(fold(w)) > 3)


def rejects_report(c: Claim) -> bool:
    """An English denial by a named actor that rejects a report, an allegation or a story it names and
    calls false (« her office disputed the Courier's story as a distortion of her record »); a
    bare « disputed the report » may dispute any of its points, not the misstatement it tells."""
    from recoupe.lang.en.modality import FALSEHOOD_WORDS

    # the cheap tests first: every claim's conflict keys ask this, and folding and splitting the
    # text of every French claim (never an English denial) cost ~1.5 % of a French build's driver
    if not (c.language == "en" and c.subject_entity and _denied(c)):
        return False
    words = set(re.findall(r"[a-z]+", fold(c.text)))
    return bool(_claim_nouns() & words) and bool(FALSEHOOD_WORDS & words)


def tells_misstatement(c: Claim) -> bool:
    """An English account, stated and unnegated, that someone's statement was false, in whichever
    words (« she overstated her rank », « a false account of his record », « differs from the record »)."""
    return (c.language == "en" and c.modality in _STATED and not c.negated and not _denied(c)
            and bool(_misstatement_re().search(fold(c.text))))


def _blames_report_outlet(dc: Claim, sc: Claim) -> bool:
    """Does ``sc`` tell a misstatement by the outlet whose report the denial ``dc`` rejects (« the
    Gazette published false claims about her record »)? The denier's side charging the outlet: no
    second version of the point denied, for :func:`check_denial` as for :func:`check_report_rebuttal`.
    The outlet acts (the subject) on words of its own, or is the agent of a passive whose doer is not the
    denier (« false claims printed by the Gazette »); « she overstated her record, according to the
    Gazette » or « the Gazette found that she overstated it » is the report itself, which the denial answers."""
    from recoupe.lang.en.modality import PUBLISHING_VERBS
    from recoupe.lang.en.reporting_verbs import REPORTING_VERBS

    outlet = _report_outlet(dc)
    if not outlet or not tells_misstatement(sc):
        return False
    denier = _principal(dc.subject or dc.attributed_to)
    if outlet & _stems(sc.subject)[0]:
        # the outlet putting out words is at fault; the outlet finding (« a Gazette review showed he … ») or
        # telling the denier's misstatement is the report
        if sc.predicate in PUBLISHING_VERBS:
            return True
        return sc.predicate not in REPORTING_VERBS and not (denier and denier in re.findall(r"\w+", fold(sc.text)))
    if (sc.subject_entity and sc.subject_entity == dc.subject_entity) or (
            denier and _principal(sc.subject) == denier):
        return False
    # the outlet's name as a passive's agent only: a common word of the text (« the record », « three
    # times ») may spell an outlet's name too
    agents = " ".join(m.group(1) for m in _PASSIVE_AGENT.finditer(sc.text))
    every, common = _stems(agents)
    return bool(outlet & (every - common))


_PASSIVE_AGENT = re.compile(rf"\bby\s+(?:the\s+)?({_CAPITALS})")


def check_report_rebuttal(a: Side, b: Side) -> Finding | None:
    """An actor's denial of a report (:func:`rejects_report`) against an account, in another article or
    another sentence of its own, that this actor misstated something (:func:`tells_misstatement`: the
    report's point, whatever its words), when the account is about the denier (its subject is the
    denier, or it names no actor and speaks of « his » or « her » one), is not told by the denier,
    and shares a common word with the denial besides the words of denying and of falsehood (« a
    distortion of her service » / « she misstated her service »)."""
    for d, s in ((a, b), (b, a)):
        dc, sc = d.claim, s.claim
        if not rejects_report(dc) or not tells_misstatement(sc):
            continue
        if sc.subject_entity != dc.subject_entity and (sc.subject_entity or not _OWNER.search(sc.text)):
            continue
        denier = dc.subject or dc.attributed_to or d.source
        if sc.attributed_to and (_principal(sc.attributed_to) or "?") == (_principal(denier) or "!"):
            continue  # told by the denier's side (« Ruiz's lawyer » for « Ruiz's office »)
        if _wrongful_charge_re().search(fold(sc.text)):
            continue  # « she was falsely accused of … »: a defence, the denier's side
        if _blames_report_outlet(dc, sc):
            continue  # « the Gazette published false claims … »: the report's own outlet is the one at fault
        noise = _rebuttal_noise() | _stems(dc.subject)[0] | _stems(dc.attributed_to)[0]
        s_every, s_common = _stems(sc.text)
        if _title_cased(sc.text):
            s_common = s_every  # a headline's capitals mark no name
        if not (_stems(dc.text)[1] - noise) & (s_common - noise):
            continue
        return Finding("denial", f"{s.source} : « {_clip(sc.text)} » ; {denier} le {_deny_verb(denier)} "
                                 f"({_evidence_holder(d, denier)} : « {_clip(dc.text)} »)")
    return None


def report_rebuttal_keys(c: Claim) -> tuple[set[str], set[str]]:
    """(filed, looked up) keys of :func:`check_report_rebuttal`, mirrored: a denial of a report meets
    the accounts of a misstatement by its actor, and those that name no actor."""
    if rejects_report(c):
        return {f"RR:{c.subject_entity}", "RR:"}, {f"MS:{c.subject_entity}", "MS:"}
    if tells_misstatement(c):
        return ({f"MS:{c.subject_entity}"}, {f"RR:{c.subject_entity}"}) if c.subject_entity else ({"MS:"}, {"RR:"})
    return set(), set()


# -- an English negation of another source's quoted words ----------------------------------------
_OPEN_QUOTE = re.compile(r"[“\"]([^”\"]+)")
_EN_NEGATION = re.compile(r"\b(?:not|never|no)\b|n['’]t\b", re.I)


def rebuttal_words(c: Claim) -> frozenset[str]:
    """The words an English claim rebuts when it negates a quotation (« the bypass was not “a
    gift to the quarry owners” »: another source's words, taken up to be denied): the quotation's content stems
    with its subject's; empty when the claim is not such a negation or quotes fewer than two words."""
    if c.language != "en" or not c.negated or c.modality not in _FIRM or _denied(c):
        return frozenset()
    m = _OPEN_QUOTE.search(c.text)
    if m is None or not _EN_NEGATION.search(c.text[:m.start()]):
        return frozenset()
    quoted = _stems(m.group(1))[0]
    return quoted | _stems(c.subject)[0] if len(quoted) >= 2 else frozenset()


def _put_forward(c: Claim) -> bool:
    """An English claim told as the content of an allegation or a claim (« his claim that the dam is
    “a gift to the builders” »: speculative, someone's unproven word): what a rebuttal negates."""
    return c.language == "en" and c.modality == "speculative" and fold(c.cue) in _claim_nouns()


def check_rebuttal(a: Side, b: Side) -> Finding | None:
    """« X did not … » in another source's own words as the denial of « X did … » (``denial``): an
    English claim that negates a quotation, against a stated, unnegated English claim of another
    source holding every word of the quotation and of its subject (three at least)."""
    for n, s in ((a, b), (b, a)):
        nc, sc = n.claim, s.claim
        words = rebuttal_words(nc)
        if len(words) < 3 or sc.language != "en" or sc.negated or _denied(sc) or not (
                sc.modality in _STATED or _put_forward(sc)):
            continue
        if n.source == s.source or (nc.attributed_to and sc.attributed_to
                                    and _names_match(nc.attributed_to, "", sc.attributed_to)):
            continue
        if not (words <= _stems(sc.text)[0] or (_same_quotation(nc, sc) and words <= _stems(sc.sentence)[0])):
            continue  # the claim quotes the very words negated (« he called the road “a gift to the quarry
            # owners” »): its sentence names what they were said of
        return Finding("denial", f"{s.source} : « {_clip(sc.text)} » ; {n.source} le {_deny_verb(n.source)} "
                                 f"({n.source} : « {_clip(nc.text)} »)")
    return None


def _same_quotation(nc: Claim, sc: Claim) -> bool:
    """Does ``sc`` quote the words ``nc`` negates, every content word of them and no other (two at
    least)?"""
    mn, ms = _OPEN_QUOTE.search(nc.text), _OPEN_QUOTE.search(sc.text)
    if mn is None or ms is None:
        return False
    quoted = _stems(mn.group(1))[0]
    return len(quoted) >= 2 and quoted == _stems(ms.group(1))[0]


def rebuttal_keys(c: Claim) -> tuple[set[str], set[str]]:
    """(filed, looked up) keys of :func:`check_rebuttal`: a negated quotation is filed and looks up
    as a denial by its words (``DW:``/``W:``, mirrored with the stated claims' ``W:`` keys)."""
    words = sorted(rebuttal_words(c), key=lambda w: (-len(w), w))[:8]
    return {f"DW:{w}" for w in words}, {f"W:{w}" for w in words}


# words too common to tie a denial to what it denies (folded, longer than 3 letters)
_WEAK_WORDS = frozenset({
    "avoir", "etre", "plus", "tres", "dans", "pour", "avec", "cette", "sont", "leur", "leurs", "apres", "avant",
    "entre", "tout", "toute", "tous", "toutes", "depuis", "selon", "sans", "sous", "vers", "chez", "mais", "donc",
    "ainsi", "alors", "aussi", "comme", "dont", "elle", "elles", "nous", "vous", "quelques", "autre", "autres",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier", "fevrier", "avril",
    "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre", "annee", "mois", "jour", "jours",
    "semaine", "fois", "lors", "encore", "deja", "celui", "celle", "ceux", "lequel", "laquelle", "lesquels",
    "lesquelles", "quand", "quoi", "etait", "etaient", "sera", "seront", "serait", "aurait", "avait", "avaient",
    "ont", "faire", "fait", "dire",
    # prepositions: « contre » would otherwise share its stem with « contrôle »
    "contre", "pendant", "durant", "parmi", "malgre", "envers", "devant", "derriere", "aupres", "autour",
})


_NAME_OPENING = re.compile(r"[^\W\d_][\w-]*\s+[^\W\d_a-z][a-zà-öø-ÿ]")


@lru_cache(maxsize=8192)
def _stems(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """(all content stems, stems of common words) of a text: the first five letters of its folded
    words longer than three letters, without the weak ones; a capitalised word inside the text is a
    name (« Vélika »), the first word only when a capitalised word follows it (« Paolo Verdi »)."""
    words = re.findall(r"[^\W\d_][\w-]*", text)
    # the first word is a name when a capitalised word follows it, with nothing but a space between
    # (« Paolo Verdi menace »); not a headline's section word (« Grève SNCF : », « Incendies : Paolo »)
    first_named = bool(_NAME_OPENING.match(text.lstrip("«\"' ")))
    every: set[str] = set()
    common: set[str] = set()
    for n, w in enumerate(words):
        f = fold(w)
        if len(f) <= 3 or f in _WEAK_WORDS or f in _STOP:
            continue
        every.add(f[:5])
        named = w[0].isupper() and (n > 0 or first_named)
        if not named:
            common.add(f[:5])
    return frozenset(every), frozenset(common)


@lru_cache(maxsize=1)
def _denial_noise() -> frozenset[str]:
    """Stems of the words that make a denial, not what it denies (« dément », « mensonge »,
    « affirmations », « accusations »)."""
    from recoupe.lang.fr.modality import (
        DENIAL_PARTICIPLES,
        DENIAL_VERBS,
        FALSEHOOD_WORDS,
        REJECTING_VERBS,
        STATEMENT_NOUNS,
    )

    words = {*DENIAL_VERBS, *DENIAL_PARTICIPLES, *FALSEHOOD_WORDS, *REJECTING_VERBS, *STATEMENT_NOUNS,
             "dement", "dementent", "nient", "rejette", "rejettent", "qualifie", "qualifiee", "qualifient"}
    return frozenset(fold(w)[:5] for w in words if len(fold(w)) > 3)


_EN_QUOTATION = re.compile(r"“[^”]*”|\"[^\"]*\"")


def denied_content(c: Claim) -> tuple[frozenset[str], frozenset[str]]:
    """What a denial denies, as (stems, common-word stems): its own words without the denial's, or,
    when it says no more than « X dément » / « une affirmation qualifiée de mensonge », the rest of
    its sentence (the statement it answers)."""
    # the denier and whoever the sentence quotes are not what is denied
    noise = _denial_noise() | _stems(c.subject)[0] | _stems(c.attributed_to)[0] | _stems(c.relay)[0]
    every, common = _stems(c.text)
    every, common = every - noise, common - noise
    if len(every) < 2 and c.sentence and c.text in c.sentence:
        rest = c.sentence.replace(c.text, " ")
        # « "Je pense que ..." : X revendique le contrôle du détroit, l'Iran dément »: what a
        # denial closing its sentence denies is the statement just before it, not the quote
        # the headline opens with
        before = re.split(r"[:;]", c.sentence[:c.sentence.index(c.text)])[-1]
        if _bare_denial(c) and len(_stems(before)[0] - noise) >= 2:
            rest = before
        elif c.language == "en":
            # « "I've always said X," he told Y, denying what some have called Z »: the quotation is
            # the denier's own words, not what the denial rejects
            rest = _EN_QUOTATION.sub(" ", rest)
        every, common = _stems(rest)
        every, common = every - noise, common - noise
    return every, common


def _denies_what_is_stated(dc: Claim, sc: Claim, denier: str) -> bool:
    """Does the denial ``dc`` bear on what ``sc`` states, by its words when no shared action says
    so (« Trump a rejeté les affirmations selon lesquelles les familles des marins s'inquiètent des
    conditions à bord du porte-avions » / « les familles ont rapporté des pénuries à bord du
    porte-avions »)? At least three content words in common, two of them not names (names alone
    tie every claim of a story), and ``sc`` not told by the denier."""
    from recoupe.lang.fr.predicates import REQUEST_VERBS

    if sc.attributed_to and _names_match(sc.attributed_to, "", denier):
        return False
    if sc.predicate in REQUEST_VERBS:
        return False  # a demand for explanations on the matter does not state it
    if _rejects_finding(dc):
        return False  # a finding is denied as told by its holder (check_finding_denial), not by shared words
    if denied_figure(dc):
        return False  # a figure is denied where it is given (check_figure_denial), not by shared words
    if _failure_deed(dc) and not _failure_deed(sc):
        return False  # denying a skipped inspection agrees with « the site passed its inspection »
    every, common = denied_content(dc)
    s_every, s_common = _stems(sc.text)
    if len(every & s_every) < 3 or len(common & s_common) < 2:
        return False
    # the words shared must reach what the claim tells was done, not only its actor and its place
    # (« X revendique la maîtrise du col, Y dément » does not deny « X menace un voisin du col »)
    return bool(every & _deed_stems(sc))


@lru_cache(maxsize=1)
def _failure_verbs() -> frozenset[str]:
    from recoupe.lang.en.predicates import FAILURE_VERBS as EN_FAILURE_VERBS
    from recoupe.lang.fr.predicates import FAILURE_VERBS

    return FAILURE_VERBS | EN_FAILURE_VERBS


def _failure_deed(c: Claim) -> bool:
    """Does the claim tell (or, a denial, deny) a failure to do something (« skipped », « a omis »)?"""
    return c.predicate in _failure_verbs()


def _deed_stems(c: Claim) -> frozenset[str]:
    """What a claim tells beside who does it and where, as stems: the common words of its text, without
    the relative clause it carries (:func:`_main_clause`), its subject and its place (« l'armateur du port
    embauche des grutiers au quai de Vennes » -> embauche, grutiers)."""
    return _stems(_main_clause(c.text, c.subject))[1] - _stems(c.subject)[0] - _stems(c.place)[0]


def _bare_denial(c: Claim) -> bool:
    """A denial that says no more than who denies (« l'Iran dément », « une affirmation que le ministère a
    qualifiée de mensonge »): what it denies is the rest of its sentence."""
    from recoupe.lang.fr.modality import CALLING_VERBS

    if not _denied(c) or (c.predicate not in _denial_lemmas() and c.predicate not in CALLING_VERBS):
        return False
    if _rejects_others_words(c):
        return False  # « X rejette les affirmations selon lesquelles ... »: what it denies is that clause
    noise = _denial_noise() | _stems(c.subject)[0]
    return not (_stems(c.text)[0] - noise)


def _content_keys(c: Claim) -> set[str]:
    """The stems a claim is indexed by for :func:`_denies_what_is_stated` (its eight longest
    content words; a denial's are those of what it denies)."""
    every = denied_content(c)[0] if _denied(c) else _stems(c.text)[0]
    # longest first, then alphabetical: a stable sort by length over the sorted words (no key per word)
    return set(sorted(sorted(every), key=len, reverse=True)[:8])


@lru_cache(maxsize=1)
def _problem_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    from recoupe.lang.fr.predicates import NO_PROBLEM_PATTERNS, PROBLEM_PATTERNS

    return re.compile("|".join(PROBLEM_PATTERNS)), re.compile("|".join(NO_PROBLEM_PATTERNS))


# parts of the words of PROBLEM_PATTERNS and NO_PROBLEM_PATTERNS that accents do not change
_TROUBLE_ROOTS = ("inqui", "malaise", "mal-", "mal ", "souci", "probl", "nurie", "difficult", "gradation", "tresse",
                  "puisement", "suicide", "moral", "en peu", "conditions", "va bien", "occup")
_TROUBLE_ROOTS_RE = re.compile("|".join(re.escape(x) for x in _TROUBLE_ROOTS))


@lru_cache(maxsize=8192)
def _troubles(text: str) -> tuple[bool, bool, frozenset[str]]:
    """(tells a trouble, says there is none, stems of the words that tell it) of a text."""
    low = text.lower()
    if not _TROUBLE_ROOTS_RE.search(low):
        return False, False, frozenset()  # most texts: no folding needed
    trouble, none = _problem_res()
    folded = fold(text)
    no = bool(none.search(folded))
    found = [m.group(0) for m in trouble.finditer(folded)]
    if no:
        found += [m.group(0) for m in none.finditer(folded)]
    stems = frozenset(w[:5] for x in found for w in x.split() if len(w) > 3)
    return bool(found) and not no, no, stems


def _denies_trouble(c: Claim) -> bool:
    """A denial of a trouble (« nie tout malaise parmi les marins », « rejette les
    inquiétudes ») or a firm statement that there is none (« personne n'est inquiet »)."""
    if _denied(c):
        text = c.text if _troubles(c.text)[0] or len(denied_content(c)[0]) >= 2 else c.sentence
        return _troubles(text)[0]
    return c.modality in _FIRM and not c.negated and _troubles(c.text)[1]


# a relative pronoun opens a clause about a noun of the claim, not the claim's own deed
# (case-sensitive: « WHO » is the agency, not a pronoun)
_RELATIVE = re.compile(r"[\s,]\b(?:dont|qui|lequel|laquelle|lesquels|lesquelles|whose|which|who)\b")
# a cleft (« c'est X qui ... », « ce sont X qui ... ») tells its deed in the relative
_CLEFT = re.compile(r"^\s*(?:c'|c’|ce\s+sont\b|it\s+(?:is|was)\b)", re.I)


def _main_clause(text: str, subject: str = "") -> str:
    """The claim's text without the relative clause it carries (« remplace le navire dont l'équipage se
    plaignait »: the replacement, not the complaint). An incidental relative between commas goes alone;
    a relative on the subject, a cleft or a claim opened by the relative (« selon lesquels ... ») keeps
    its text: what comes before the relative tells no deed of its own."""
    m = _RELATIVE.search(text, 1)
    if not m or _CLEFT.match(text):
        return text
    head = text[:m.start()]
    if head.rstrip().endswith(","):  # « L'incendie, qui a brûlé 5 ha, menace ... »: drop the incidental alone
        close = text.find(",", m.end())
        if close != -1:
            return _main_clause(head.rstrip()[:-1] + text[close:], subject)
    if not (_stems(head)[1] - _stems(subject)[0]):
        return text
    return head


def _tells_trouble(c: Claim) -> bool:
    """A firm account of a trouble (« les marins n'en peuvent plus », « des pénuries à bord »): in
    the claim, or in its sentence when the claim has no subject of its own and the sentence denies
    nothing (the claim is then the predicate of a subject that tells the trouble: « la dégradation
    de la santé mentale des marins | suscite des débats »)."""
    if _denied(c) or c.negated or c.modality not in _STATED:
        return False
    from recoupe.lang.fr.predicates import REQUEST_VERBS

    if c.predicate in REQUEST_VERBS:
        return False
    if _troubles(_main_clause(c.text, c.subject))[0]:
        return True
    if _troubles(c.text)[0] or _head(c.subject):
        return False  # a clause with its own subject (« quand leurs proches rentreraient ») tells its own fact
    sentence = c.sentence or ""
    if c.text not in sentence or not _troubles(sentence)[0]:
        return False
    return not _says_denial(sentence)


_DENIAL_WORDS = frozenset({"nie", "nient", "niee", "niees", "nies", "nier", "niant", "nierait", "nieraient"})
_DENIAL_PREFIXES = ("dement", "refut", "rejet", "rejett", "mensong")


def _says_denial(text: str) -> bool:
    """Does a sentence deny something (« Trump a nié tout souci, mais indiqué que ... »)?"""
    words = fold(text).split()
    return any(w in _DENIAL_WORDS or w.startswith(_DENIAL_PREFIXES) for w in words)


def _anchors(c: Claim, headline: str = "") -> frozenset[str]:
    """What a trouble is about: the stems of the claim's sentence without the words of the
    trouble, of a denial, or of who speaks (« équipage », « porte-avions »); for a denial, those
    of its article's headline too, which says whose trouble is denied when the denial does not
    (« X nie tout malaise parmi les marins du navire » then « Personne n'est inquiet »)."""
    sentence = c.sentence if c.sentence and c.text in c.sentence else c.text
    noise = _denial_noise() | _troubles(sentence)[2] | _stems(c.relay)[0]
    if headline and headline != sentence and _denies_trouble(c):
        noise |= _troubles(headline)[2]
        sentence_stems = _stems(sentence)[0] | _stems(headline)[0]
    else:
        sentence_stems = _stems(sentence)[0]
    if c.predicate in _denial_lemmas():
        noise |= _stems(c.subject)[0]  # the denier
    elif _denied(c):  # « X a rejeté les affirmations selon lesquelles ... »: the names before it deny
        frame = _stems(sentence[:sentence.index(c.text)]) if c.text in sentence else (frozenset(), frozenset())
        noise |= frame[0] - frame[1]
    else:
        noise |= _stems(c.attributed_to)[0]  # who tells it
    return frozenset(sentence_stems - noise - _TROUBLE_NOISE)


# stems of words that come with a trouble without naming what it is about
_TROUBLE_NOISE = frozenset({"perso", "monde", "subst", "quest", "affir", "selon", "lesqu", "condi", "sante",
                            "menta", "moral"})
ANCHOR_KEYS = 16  # anchors a claim is filed under (names first): up to 120 pair keys, for its few trouble claims
ANCHORS_ACROSS_STORIES = 2  # shared anchors a denial of a trouble needs with an account in another story


def _indefinite(name: str) -> bool:
    """Is a would-be denier an indefinite pronoun (« personne », « tout le monde »), no one who speaks?"""
    from recoupe.lang.fr.sources import INDEFINITE_SUBJECTS

    return fold(name).strip() in INDEFINITE_SUBJECTS


def check_trouble_denial(a: Side, b: Side, anchors: int = 1) -> Finding | None:
    """A denial of a trouble against an account of that trouble about the same thing (``denial``):
    « X nie tout malaise parmi les marins du navire » / « à bord du navire, les marins n'en
    peuvent plus ». The account is not the denier's own, and the two share ``anchors`` stems
    beyond the words of the trouble."""
    for d, s in ((a, b), (b, a)):
        dc, sc = d.claim, s.claim
        if not _denies_trouble(dc) or not _tells_trouble(sc) or _denies_trouble(sc):
            continue
        denier = (dc.subject if dc.predicate in _denial_lemmas() else dc.attributed_to) or dc.subject or d.source
        shown = denier
        if _indefinite(denier):  # « Personne n'est soucieux »: who says so, not « personne »
            denier = dc.attributed_to or d.source
            shown = denier if dc.attributed_to else f"un propos rapporté par {d.source}"
        if sc.attributed_to and _names_match(sc.attributed_to, "", denier):
            continue
        if dc.article_id == sc.article_id and dc.sentence == sc.sentence:
            continue
        head = _head(denier)
        if len(head) > 3 and head in fold(sc.text).split():
            continue  # the account tells the denier's own trouble (« la question inquiète les experts »)
        if len(_anchors(dc, d.headline) & _anchors(sc, s.headline)) < anchors:
            continue
        return Finding("denial", f"{s.source} : « {_clip(sc.text)} » ; {shown} le {_deny_verb(shown)} "
                                 f"({_evidence_holder(d, shown)} : « {_clip(dc.text)} »)")
    return None


def trouble_keys(c: Claim, headline: str = "", troubles: tuple[bool, bool] | None = None) -> tuple[set[str], set[str]]:
    """(filed, looked up) keys of :func:`check_trouble_denial`: single anchors within a story,
    pairs of anchors across stories (``X:``), mirrored like :func:`conflict_keys`. ``troubles``:
    ``(_denies_trouble(c), _tells_trouble(c))`` when the caller has them."""
    deny, tell = troubles if troubles is not None else (_denies_trouble(c), _tells_trouble(c))
    if not (deny or tell):
        return set(), set()
    every, common = _stems(f"{c.sentence or c.text} {headline}")
    names = every - common  # names first (« Lincoln »), then the other words, alphabetically
    anchors = sorted(sorted(_anchors(c, headline), key=lambda w: (w not in names, w))[:ANCHOR_KEYS])
    filed: set[str] = set()
    look: set[str] = set()
    for mine, other, yes in (("TD", "TS", deny), ("TS", "TD", tell)):
        if not yes:
            continue
        filed |= {f"{mine}:{w}" for w in anchors}
        look |= {f"{other}:{w}" for w in anchors}
        pairs = [f"{x}|{y}" for i, x in enumerate(anchors) for y in anchors[i + 1:]]
        filed |= {f"X{mine}:{p}" for p in pairs}
        look |= {f"X{other}:{p}" for p in pairs}
    return filed, look


# -- an accused party's defence against the accusation ------------------------------------------------
@lru_cache(maxsize=1)
def _defence_cues() -> frozenset[str]:
    from recoupe.lang.fr.predicates import DEFENCE_CUES

    return DEFENCE_CUES


@lru_cache(maxsize=1)
def _wrong_res() -> tuple[re.Pattern[str], dict[str, re.Pattern[str]]]:
    from recoupe.lang.fr.predicates import ACCUSING_PATTERN, WRONG_FAMILIES

    return re.compile(ACCUSING_PATTERN), {k: re.compile("|".join(v)) for k, v in WRONG_FAMILIES.items()}


# parts of the words of WRONG_FAMILIES that accents and case do not change: most texts have none
_WRONG_ROOTS_RE = re.compile(r"traitement|maltrait|s[ée]vice|priv[ée]|viol|coups|brutalit|harc[eè]l|agress|fraud|"
                             r"d[ée]tourn|corrupt|escroq")


@lru_cache(maxsize=8192)
def _wrongs(text: str) -> frozenset[str]:
    """The families of wrongs a text names (:data:`~recoupe.lang.fr.predicates.WRONG_FAMILIES`)."""
    if not text or not _WRONG_ROOTS_RE.search(text.lower()):
        return frozenset()
    folded = fold(text)
    return frozenset(k for k, r in _wrong_res()[1].items() if r.search(folded))


@lru_cache(maxsize=1)
def _en_wrong_res() -> tuple[re.Pattern[str], dict[str, re.Pattern[str]], re.Pattern[str]]:
    """(accusing, the families of wrongs, the nouns of accusation before a relative) in English."""
    from recoupe.lang.en.predicates import ACCUSATION_NOUNS, ACCUSING_PATTERN, WRONG_FAMILIES

    nouns = "|".join(sorted(ACCUSATION_NOUNS))
    return (re.compile(ACCUSING_PATTERN), {k: re.compile("|".join(v)) for k, v in WRONG_FAMILIES.items()},
            re.compile(rf"\b(?:{nouns})s?\s*,?\s*$"))


@lru_cache(maxsize=8192)
def _en_wrongs(text: str) -> frozenset[str]:
    """The families of wrongs an English text names (:data:`~recoupe.lang.en.predicates.WRONG_FAMILIES`)."""
    folded = fold(text)
    return frozenset(k for k, r in _en_wrong_res()[1].items() if r.search(folded)) if folded else frozenset()


def _en_accusation(c: Claim) -> bool:
    """Does an English claim tell an accusation: the content of a noun of accusation (« accusations
    that he bullied aides », cue ``accusation``), or a word of accusing that is not the mere
    circumstance of another deed (« she resigned after allegations of … » tells the resignation)?"""
    from recoupe.lang.en.predicates import ACCUSATION_AS_CIRCUMSTANCE, ACCUSATION_NOUNS

    if fold(c.cue).removesuffix("s") in ACCUSATION_NOUNS:
        return True
    folded = fold(c.text)
    return any(not re.search(ACCUSATION_AS_CIRCUMSTANCE, folded[:m.start()])
               for m in _en_wrong_res()[0].finditer(folded))


def _denies_accusations(c: Claim) -> bool:
    """An English denial by a named actor of accusations it does not spell out: a relative after a noun
    of accusation (« the accusations, which she has denied ») or a denial that says no more than the
    noun (« he denied the allegations »). What they are is told by its sentence, else its headline."""
    from recoupe.lang.en.predicates import ACCUSATION_NOUNS

    if not c.subject_entity or not _denied(c):
        return False
    words = fold(c.text).split()
    if words and words[0] in _RELATIVE_OPENERS:
        sentence = c.sentence or ""
        at = sentence.find(c.text)
        return at > 0 and bool(_en_wrong_res()[2].search(fold(sentence[:at])))
    nouns = {fold(n) for n in ACCUSATION_NOUNS} | {fold(n) + "s" for n in ACCUSATION_NOUNS}
    return pointing_denial(c) and bool(nouns.intersection(words))


def defended_wrongs(c: Claim, headline: str = "") -> frozenset[str]:
    """The wrongs an accused party's defence answers: a negated statement given with a defence cue
    (« "Je n'ai jamais frappé un joueur", se défend l'entraîneur ») or a quoted verdict of
    groundlessness (« "Sans fondement" : accusé de fraude, X répond », :func:`verdict`), the wrongs its
    sentence names, else its article's headline."""
    from recoupe.lang.fr.predicates import DEFENCE_CUES

    if c.language == "en":
        if not _denies_accusations(c):
            return frozenset()
        return _en_wrongs(c.sentence or c.text) or _en_wrongs(headline)
    if not c.attributed_to or not ((c.cue in DEFENCE_CUES and c.negated) or verdict(c)):
        return frozenset()
    return _wrongs(c.sentence or c.text) or _wrongs(headline)


def accused_wrongs(c: Claim) -> frozenset[str]:
    """The wrongs a claim accuses someone of: a stated, unnegated claim that names a wrong and an
    accusation or a testimony (« plusieurs joueurs dénoncent des violences », « après des
    témoignages évoquant des coups et blessures »)."""
    from recoupe.lang.fr.predicates import DEFENCE_CUES

    if c.negated or c.modality not in _STATED or c.cue in DEFENCE_CUES:
        return frozenset()
    if c.language == "en":
        wrongs = _en_wrongs(c.text)
        return wrongs if wrongs and not _denied(c) and _en_accusation(c) else frozenset()
    wrongs = _wrongs(c.text)
    if not wrongs or not _wrong_res()[0].search(fold(c.text)):
        return frozenset()
    return wrongs


def _en_accused(c: Claim) -> set[str]:
    """Who an English accusation may be about: its object only when an active verb of accusing tells it
    (« Okafor accused an agent of bribery »: Okafor accuses, the agent is accused), else its subject
    or object (« Okafor was accused of … », « accusations that Okafor took bribes »)."""
    from recoupe.lang.en.predicates import ACCUSED_PASSIVE, ACCUSING_VERBS

    if fold(c.predicate) in ACCUSING_VERBS and not re.search(ACCUSED_PASSIVE, fold(c.text)):
        return {c.object_entity}
    return {c.subject_entity, c.object_entity}


def check_defence(a: Side, b: Side) -> Finding | None:
    """An accused party's defence against an account accusing of the same wrong (``denial``), in
    different articles; not the defender's own account. A quoted verdict also answers the
    accusation its own sentence tells (« "Sans fondement" : accusé de fraude par ses associés, le maire
    répond »: the associates accuse, the mayor rejects), as a bare denial answers its sentence."""
    for d, s in ((a, b), (b, a)):
        dc, sc = d.claim, s.claim
        if dc.article_id == sc.article_id and not (verdict(dc) and dc.sentence == sc.sentence):
            continue
        if not defended_wrongs(dc, d.headline) & accused_wrongs(sc):
            continue
        denier = dc.attributed_to or dc.subject
        if sc.attributed_to and _names_match(sc.attributed_to, "", denier):
            continue
        if dc.language == "en" and dc.subject_entity not in _en_accused(sc):
            continue  # an English denial names no wrong of its own: the accusation must be about the denier
        return Finding("denial", f"{s.source} : « {_clip(sc.text)} » ; {denier} s'en défend "
                                 f"({_evidence_holder(d, denier)} : « {_clip(dc.text)} »)")
    return None


# -- a party's denial of a finding ---------------------------------------------------------------------
@lru_cache(maxsize=1)
def _proposition_words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """(folded proposition nouns, the findings among them: not the words of a statement; the finding
    verbs and the verbs of setting aside, as lemmas)."""
    from recoupe.lang.fr.modality import PROPOSITION_NOUNS, SETTING_ASIDE_VERBS, STATEMENT_NOUNS
    from recoupe.lang.fr.predicates import FINDING_VERBS

    return (frozenset(fold(w) for w in PROPOSITION_NOUNS),
            frozenset(fold(w) for w in PROPOSITION_NOUNS - STATEMENT_NOUNS), FINDING_VERBS, SETTING_ASIDE_VERBS)


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word[-1] in "sx" else word


# the glue of a clause (« que ... ne peut pas être établi »): no word of what a proposition is about
_CLAUSE_GLUE = frozenset({"que", "qui", "pas", "plus", "jamais", "point", "peut", "peuvent", "pourrait", "doit",
                          "doivent", "ete"})


def _prop_words(text: str) -> list[str]:
    """Folded words of a text, singular, without the small ones and a clause's glue (« les conclusions
    des experts » -> conclusion, expert)."""
    return [_singular(w) for w in fold(text).split()
            if len(w) > 2 and w not in _STOP and w not in _WEAK_WORDS and w not in _CLAUSE_GLUE]


def _stems5(words: Sequence[str] | frozenset[str]) -> set[str]:
    return {w[:5] for w in words}


_AGENT = re.compile(r"\bpar\s+(?:les?\s+|la\s+|l\s+|des\s+|du\s+)?([^\W\d_]{3,})")


def _holder(c: Claim) -> str:
    """Who holds a finding: the agent of its participle (« retenue par les juges » -> juge), else its subject's head."""
    m = _AGENT.search(fold(c.text))
    if m:
        return _singular(m.group(1))
    head = _head(c.subject)
    return _singular(head) if head else ""


def rejected_proposition(c: Claim) -> tuple[str, tuple[str, ...]] | None:
    """What a denial rejects when it is a proposition (« la défense conteste la qualification de
    meurtre », « s'oppose aux conclusions des experts »): (its noun, the words after it), or None. The
    noun is the first proposition noun of the claim outside its subject."""
    if not _denied(c):
        return None
    nouns = _proposition_words()[0]
    subject = set(_prop_words(c.subject))
    words = _prop_words(c.text)
    for n, w in enumerate(words):
        if w in nouns and w not in subject:
            return w, tuple(words[n + 1:])
    return None


def _rejects_finding(c: Claim) -> bool:
    """A denial of a finding (« conteste la qualification », « s'oppose aux conclusions »), not of a statement
    (« rejette les accusations »): only the finding, told by its holder, is what it denies."""
    rejected = rejected_proposition(c)
    return rejected is not None and rejected[0] in _proposition_words()[1]


def finding(c: Claim) -> tuple[frozenset[str], str] | None:
    """A finding told firmly (« la circonstance de préméditation retenue par le juge », « la position
    exprimée par les experts »): (the proposition nouns and words of its object, its holder), or None."""
    if c.modality not in _STATED or c.negated or _denied(c) or c.predicate not in _proposition_words()[2]:
        return None
    holder = _holder(c)
    if not holder:
        return None
    return frozenset(_prop_words(c.object)), holder


@lru_cache(maxsize=1)
def _opposite_re() -> re.Pattern[str]:
    from recoupe.lang.fr.predicates import OPPOSITE_FINDING_PATTERN

    return re.compile(OPPOSITE_FINDING_PATTERN)


def opposite_stems(c: Claim) -> set[str]:
    """The stem of what a finding told as the opposite of the view before it holds (« Un avis contraire à
    celui exprimé par les inspecteurs », its object the previous sentence's words,
    :func:`recoupe.nlp.extract.analyse`): the word that qualifies the view's proposition noun (« le
    caractère frauduleux du marché ne peut être retenu » -> fraud), else the view's first word (« la
    fraude n'est pas établie » -> fraud). A rejected proposition answers it by one of the words after its
    noun, whatever noun names the proposition (« conteste la circonstance de fraude »). Empty for any
    other claim."""
    if finding(c) is None or not _opposite_re().search(fold(c.text)):
        return set()
    nouns, _, verbs, _ = _proposition_words()
    words = [w for w in _prop_words(c.object) if not any(ch.isdigit() for ch in w)]
    at = next((n for n, w in enumerate(words) if w in nouns), None)
    word = words[at + 1] if at is not None and at + 1 < len(words) else words[0] if words and at is None else ""
    return _stems5([word]) - _stems5([fold(v) for v in verbs]) if word else set()


def negated_view(c: Claim) -> bool:
    """A source's view that a finding does not hold, told as a negated report (« le parquet estime que la
    préméditation ne peut être retenue »)."""
    return (c.modality == "reported" and c.negated and bool(c.attributed_to)
            and c.predicate in _proposition_words()[2])


def check_finding_denial(a: Side, b: Side) -> Finding | None:
    """A party's denial of a finding against the finding told by its holder (``denial``): the denial
    rejects the same proposition (its noun and one more word of it: « conteste la circonstance de
    préméditation » / « la circonstance de préméditation retenue par le juge »), or the finding of the
    holder it names (« s'oppose aux conclusions des experts » / « ... exprimée par les experts »); or a
    source's negated view of a finding (« estime que la préméditation ne peut être retenue », « que les
    faits ne sont pas établis ») against it, by a word of the proposition beyond the verbs. Not the holder
    denying its own finding."""
    for d, s in ((a, b), (b, a)):
        dc, sc = d.claim, s.claim
        found = finding(sc)
        if found is None:
            continue
        nouns, holder = found
        denier = (dc.attributed_to if negated_view(dc) else dc.subject or dc.attributed_to) or d.source
        if holder in _prop_words(denier) or holder in _prop_words(dc.attributed_to):
            continue
        rejected = rejected_proposition(dc)
        if rejected is not None:
            noun, after = rejected
            if not ((noun in nouns and _stems5(after) & _stems5(nouns - {noun})) or holder in after
                    or _stems5(after) & opposite_stems(sc)):
                continue
        elif not (negated_view(dc) and _stems5(_prop_words(dc.text)) & _stems5([*nouns, *_prop_words(sc.text)])
                  - _stems5([*_prop_words(denier), fold(dc.predicate), fold(sc.predicate)])):
            continue
        return Finding("denial", f"{s.source} : « {_clip(sc.text)} » ; {denier} le conteste "
                                 f"({_evidence_holder(d, denier)} : « {_clip(dc.text)} »)")
    return None


# -- a denial of the figure just given ---------------------------------------------------------------
def denied_figure(c: Claim) -> bool:
    """A denial of a figure named by a noun that points back at it (« un bilan contesté par la
    ligue », « la préfecture conteste ce décompte »), giving no figure of its own."""
    from recoupe.lang.fr.quantities import FIGURE_NOUNS, FIGURE_POINTERS

    if not _denied(c) or any(map(str.isdigit, c.text)):
        return False
    nouns = {fold(n) for n in FIGURE_NOUNS}
    return any(w in FIGURE_POINTERS and _singular(n) in nouns for w, n in pairwise(fold(c.text).split()))


def _sentence_at(c: Claim) -> tuple[int, int] | None:
    """The character range of the claim's sentence in its article."""
    at = c.sentence.find(c.text) if c.sentence else -1
    if at < 0:
        return None
    return c.start - at, c.start - at + len(c.sentence)


def _figure_before(dc: Claim, sc: Claim) -> bool:
    """Does ``sc`` give the figure ``dc`` points back at: the last figure told before the denial, in
    its sentence (« le club annonce 900 adhérents, un bilan contesté par la ligue ») or closing the
    sentence just before (« La CGT revendique 3 000 grévistes. La préfecture conteste ce chiffre. »)?"""
    if dc.article_id != sc.article_id or sc.end > dc.start:
        return False
    if not of_claim(sc.text, sc.sentence, sc.language):
        return False
    sd, ss = _sentence_at(dc), _sentence_at(sc)
    if sd is None or ss is None:
        return False
    if sd == ss:
        between = dc.sentence[sc.end - ss[0]:dc.start - sd[0]]
    elif 0 <= sd[0] - ss[1] <= 3:
        between = sc.sentence[sc.end - ss[0]:] + " " + dc.sentence[:dc.start - sd[0]]
    else:
        return False
    return not any(ch.isdigit() for ch in between)


def contested_figure(c: Claim) -> Quantity | None:
    """The figure a denial of a figure points back at in its own sentence (« le club annonce 900
    adhérents, un bilan contesté par la ligue » -> 900 adhérents): the last counted figure before it."""
    if not denied_figure(c) or not c.sentence:
        return None
    at = c.sentence.find(c.text)
    figures = [q for q in of_claim(c.sentence[:at], "", c.language) if q.thing] if at > 0 else []
    return figures[-1] if figures else None


def check_figure_denial(a: Side, b: Side) -> Finding | None:
    """A party contesting the figure just given (``denial``): « 900 adhérents selon le club, un bilan
    contesté par la ligue »; and so every account of that figure (the same thing
    counted, an overlapping value) in other articles of the story."""
    for d, s in ((a, b), (b, a)):
        dc, sc = d.claim, s.claim
        if not denied_figure(dc) or _denied(sc) or sc.negated:
            continue
        if _headline_figure(dc, s):
            pass  # the article's headline tells the figure its body then says is contested
        elif sc.modality not in _STATED:
            continue
        elif not _figure_before(dc, sc):
            figure = contested_figure(dc) if dc.article_id != sc.article_id else None
            if figure is None or not any(_crowd_folded(figure).comparable(_crowd_folded(y)) and figure.overlaps(y)
                                         for y in _quantities(sc, s.language)):
                continue
        denier = dc.attributed_to or d.source
        return Finding("denial", f"{s.source} : « {_clip(sc.text)} » ; {denier} conteste ce chiffre "
                                 f"({_evidence_holder(d, denier)} : « {_clip(dc.text)} »)")
    return None


def _in_headline(c: Claim, headline: str) -> bool:
    """Does the claim lie in its article's headline (its title, else its first sentence)?"""
    return bool(headline) and c.start < len(headline) and fold(c.text) in fold(headline)


def _headline_figure(dc: Claim, s: Side) -> bool:
    """Is ``s`` its article's headline, giving in its own words (another noun, an order of magnitude:
    « les comptes de centaines de milliers de sociétaires exposés ») the figure that ``dc``, a denial in the
    body of the same article, contests (« plus de 400 000 comptes touchés, un chiffre contesté par la
    banque »)? The headline restates the body's figure: the contest is of it too. A headline that hedges
    it (« peut-être exposés ») still gives it."""
    sc = s.claim
    if dc.article_id != sc.article_id or sc.start >= dc.start or sc.modality not in _STATED | {"speculative"}:
        return False
    if not _in_headline(sc, s.headline):
        return False
    figure = contested_figure(dc)
    # the same thing counted, unless the headline's figure is loose (« des centaines de milliers de
    # sociétaires » for « 400 000 comptes »): « 3 000 personnes évacuées » is no restatement of
    # « plus de 1 000 maisons menacées », though the two overlap
    return figure is not None and any(figure.unit == y.unit and figure.overlaps(y) and not _is_duration(y)
                                      and (y.thing == figure.thing or _not_a_figure(y))
                                      for y in of_claim(sc.text, sc.sentence, s.language) if y.thing)


def _crowd_folded(q: Quantity) -> Quantity:
    """A figure whose noun names a march's crowd (« 4 200 grévistes ») as that crowd, whatever the verb: a
    contested « 4 200 grévistes » is the figure « 4 200 grévistes ont défilé » tells again (:func:`_crowd`)."""
    return replace(q, thing=CROWD_THING) if q.thing in CROWD_NOUNS and not q.unit else q


def figure_keys(c: Claim) -> tuple[set[str], set[str]]:
    """(filed, looked up) keys of :func:`check_figure_denial`, mirrored: a denial of a figure and the
    claims of its article that give figures meet, and the claims of its story that count the thing
    whose figure it contests."""
    if denied_figure(c):
        figure = contested_figure(c)
        told = {f"FQ:{_crowd_folded(figure).thing}|{figure.unit}"} if figure is not None else set()
        return {f"FD:{c.article_id}"} | {f"FX:{k[3:]}" for k in told}, {f"FG:{c.article_id}"} | told
    # a figure in words or a hedged one too, in any claim, not only a headline's (:func:`_headline_figure`):
    # « trois morts » is as contestable as « 3 morts », and a claim does not know its article's headline
    # here (contrafr21's golds and dossiers gave the same findings but HO6's headline pair)
    if (c.modality in _STATED | {"speculative"} and not c.negated and of_claim(c.text, c.sentence, c.language)):
        counted = {f"{_crowd_folded(q).thing}|{q.unit}" for q in _quantities(c)}
        return {f"FG:{c.article_id}"} | {f"FQ:{k}" for k in counted}, {f"FD:{c.article_id}"} | {
            f"FX:{k}" for k in counted}
    return set(), set()


def finding_keys(c: Claim) -> tuple[set[str], set[str]]:
    """(filed, looked up) keys of :func:`check_finding_denial`, mirrored: a denial of a proposition is
    filed under its noun and the words after it and looks up the findings of that noun or held by one
    of those words; a finding the other way round; every negated view of a finding and every finding of
    the story meet (few claims are either)."""
    filed: set[str] = set()
    look: set[str] = set()
    rejected = rejected_proposition(c)
    if rejected is not None:
        filed |= {f"PD:{rejected[0]}", *(f"PH:{w}" for w in rejected[1])}
        look |= {f"PF:{rejected[0]}", *(f"PA:{w}" for w in rejected[1])}
    elif negated_view(c):
        filed.add("PN:")
        look.add("PP:")
    if rejected is not None:  # the words of an opposite finding (:func:`opposite_stems`)
        filed |= {f"PT:{w}" for w in _stems5(rejected[1])}
        look |= {f"PS:{w}" for w in _stems5(rejected[1])}
    found = finding(c)
    if found is not None:
        filed |= {f"PF:{w}" for w in found[0]} | {f"PA:{found[1]}", "PP:"}
        look |= {f"PD:{w}" for w in found[0]} | {f"PH:{found[1]}", "PN:"}
        opposite = opposite_stems(c)
        filed |= {f"PS:{w}" for w in opposite}
        look |= {f"PT:{w}" for w in opposite}
    return filed, look


def _evidence_holder(d: Side, denier: str) -> str:
    """Whom a denial's quoted evidence is given to: its speaker, unless the denial tells the denier
    in the third person under another speaker's name (« Le ministre répète sa version, que
    l'opposition a qualifiée de mensonge »: the speaker is the claimant, not who denies); then the
    outlet that prints it."""
    c = d.claim
    if not c.attributed_to or not denier or _names_match(c.attributed_to, "", denier):
        return d.source
    named = fold(denier).split()
    if named and named[-1] in re.findall(r"\w+", fold(c.text)):
        return d.outlet or d.source
    return d.source


def _names_match(name: str, entity: str, other: str) -> bool:
    fa, fb = fold(name).split(), fold(other).split()
    return bool(fa and fb and (fa[-1] == fb[-1] and len(fa[-1]) > 2))


def _party(c: Claim) -> str:
    """The other party of a flow: the recipient or source named as object or place. An English object
    whose head is a common noun after the name (« sell Vantor servers », « the Kestrel unit ») names the
    goods, not a party: the name only says whose they are."""
    if c.language == "en" and c.object_entity and not _names_a_party(c.object):
        return c.place_entity
    return c.object_entity or c.place_entity


def _names_a_party(obj: str) -> bool:
    """Does an English object end, before any apposition, on a name (« Vantor », « Vantor, a maker of
    servers »), not on a common noun (« Vantor servers »)?"""
    words = obj.split(",", 1)[0].split()
    return bool(words) and not words[-1].islower()  # « eBay », « 3M », « (VNT) » are names too


def _flow(c: Claim) -> tuple[str, str] | None:
    """(giver, receiver) of a supply or acquisition, as entities."""
    sign = 0
    for x in _actions(c):
        if x.startswith("@") and x[1:] in _FLOW:
            sign = _FLOW[x[1:]]
    party = _party(c)
    if not sign or not c.subject_entity or not party or party == c.subject_entity:
        return None
    return (c.subject_entity, party) if sign > 0 else (party, c.subject_entity)


def check_direction(a: Side, b: Side) -> Finding | None:
    """The same flow told both ways: « X fournit des obus à Y » against « Y livre des obus à X »."""
    ac, bc = a.claim, b.claim
    if _denied(ac) or _denied(bc) or ac.negated or bc.negated:
        return None
    fa, fb = _flow(ac), _flow(bc)
    if not fa or not fb or fa != fb[::-1]:  # (a flow needs its giver's entity: no bare participle has one)
        return None
    if not (_object_words(ac) & _object_words(bc) or _content(ac) & _content(bc)):
        return None  # two trades of different goods can go both ways
    return Finding("direction", f"{a.source} : « {_clip(ac.text)} » ; {b.source} : « {_clip(bc.text)} » "
                                "(le flux va en sens inverse)")


_CAPITALISED_NAME = re.compile(r"(?<![\w'’-])[A-ZÀ-Ý][\w-]+(?:[- ][A-ZÀ-Ý][\w-]+)*")
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?:;«»\"]|\s[-–—])\s*$")
# French function words the capitalised-name pattern meets (a title's « Sur », « Aux », « Dans »), folded
_FUNCTION_WORDS = _STOP | frozenset({"sur", "sous", "dans", "pour", "par", "avec", "chez", "selon", "vers", "apres",
                                     "avant", "entre", "contre", "ou", "mais", "il", "elle", "ils", "elles", "on"})


def _named_city(c: Claim) -> Place | None:
    """The one city the gazetteer knows among the capitalised names of a French claim the parse gave no place
    (« la tempête a frappé Strasbourg »); None when it names none, or several."""
    from recoupe.resolve.places import lookup

    if c.language != "fr":
        return None
    # a capitalised word that opens a sentence, or a function word (« La », « Sur », « Aux »), is no name:
    # the gazetteer's aliases would read it as a city (« La » -> Los Angeles)
    found = {p for m in _CAPITALISED_NAME.finditer(c.text)
             if not _SENTENCE_OPENING.search(c.text[:m.start()]) and fold(m.group().split()[0]) not in _FUNCTION_WORDS
             and (p := lookup(m.group())) is not None}
    cities = [p for p in found if p.kind == "city"]
    return cities[0] if len(cities) == 1 and len(found) == 1 else None


def _place_conflict(a: Claim, b: Claim) -> str:
    """Why the places of two claims cannot be the same location, or ""."""
    from recoupe.resolve.places import contains, is_landmark, lookup, opposite, region_of, relative_region

    ra, rb = relative_region(a.place or a.text), relative_region(b.place or b.text)
    for (rel, c1), (other, c2) in (((ra, a), (rb, b)), ((rb, b), (ra, a))):
        if rel is None:
            continue
        direction, country = rel
        if other is not None:  # two regions: opposite sides of one country
            if (not country or not other[1] or country == other[1]) and opposite(direction, other[0]):
                return f"« {_clip(c1.text)} » contre « {_clip(c2.text)} »"
            continue
        p = lookup(c2.place) if c2.place else _named_city(c2)
        if p is None or (country and p.country != country):
            continue
        where = region_of(p)
        if where and opposite(direction, where):
            return f"« {_clip(c1.text)} » alors que {c2.place or p.name} est à l'opposé"
    if ra or rb:
        return ""
    if not a.place or not b.place:
        return ""
    if a.place_entity and a.place_entity == b.place_entity:
        return ""
    if contains(a.place, b.place) or contains(b.place, a.place):
        return ""
    pa, pb = lookup(a.place), lookup(b.place)
    if pa is None or pb is None:
        # a site the gazetteer does not know (« la tour Eiffel ») may lie in the known place;
        # a bare name of an unknown place against a known city is another place
        if is_landmark(a.place) or is_landmark(b.place):
            return ""
        known = pa or pb
        if known is None or known.kind in ("country", "region"):
            return ""
    elif pa.kind == "country" and pb.kind == "country" and pa.country == pb.country:
        return ""
    elif "region" in (pa.kind, pb.kind) and not ("country" in (pa.kind, pb.kind) and pa.country != pb.country):
        # a department against a town: the gazetteer knows only towns of 50 000 people, so the
        # town it finds may be another of that name (« Saint-Gilles » in Belgium, in the Gard)
        return ""
    return f"{a.place} contre {b.place}"


def _one_occasion(a: Side, b: Side) -> bool:
    """Do two accounts of an action done tell one occasion? The same claim group, the same object,
    overlapping dates, or reports of the same day (or of days unknown)."""
    ac, bc = a.claim, b.claim
    if linked(ac, bc) or (ac.object_entity and ac.object_entity == bc.object_entity):
        return True
    if _interval(ac.time) and _interval(bc.time):
        return not disjoint_dates(ac, bc)
    return a.published is None or b.published is None or a.published == b.published  # unknown: no evidence of two


def _different_doers(a: Claim, b: Claim, head_of: Callable[[Claim], str] | None = None,
                     pronoun_one_doer: bool = True) -> bool:
    """Figures of two statements whose actors differ count different things (« Le séisme a fait 120
    morts » / « L'incendie a fait 12 morts »), unless the actor is the source of the count (« la
    CGT revendique », « la police a compté ») or the counted group itself (« 3 000 grévistes ont défilé »)."""
    from recoupe.lang.fr.reporting_verbs import REPORTING_VERBS
    from recoupe.lang.quantities import COUNTING_VERBS

    if {a.predicate, b.predicate} & (COUNTING_VERBS | REPORTING_VERBS.keys()):
        return False
    if any(q.thing != "âge" for c in (a, b) for q in of_claim(c.subject, "", c.language)):
        return False  # the subject is the counted group (« Six personnes ont été tuées »; not « a 58-year-old man »)
    ca, cb = _counted_subject(a), _counted_subject(b)
    if (ca or cb) and not (ca and cb and ca != cb):
        # the same, its figure read outside the subject (« Une quarantaine de personnes » read « quarantaine de
        # personnes », « 1 200 habitants » read « habitants »); two groups counted (« habitants » / « touristes »)
        # stay two doers
        return False
    if _topic_subject(a) or _topic_subject(b):
        return False  # « Quimper : 600 habitations inondées »: the headline's topic does nothing
    if a.subject_entity and b.subject_entity:
        return a.subject_entity != b.subject_entity
    if any(_FIGURE_WORD.search(_AGE_WORD.sub("", c.subject)) for c in (a, b)):
        return False
    ha, hb = (head_of(c) if head_of else _head(c.subject) for c in (a, b))
    if {fold(a.subject), fold(b.subject)} & _en_pronouns() and pronoun_one_doer:
        return False  # "it was attacked", "they fired": a pronoun names no other doer
    return bool(ha and hb and ha != hb)


@lru_cache(maxsize=1)
def _fr_crowd_words() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    from recoupe.lang.fr.predicates import AGAINST_PATTERN, FOR_PATTERN, OTHER_OCCURRENCE_PATTERN, VENUE_PATTERN

    return (re.compile(VENUE_PATTERN), re.compile(OTHER_OCCURRENCE_PATTERN), re.compile(AGAINST_PATTERN),
            re.compile(FOR_PATTERN))


def _crowds_apart(a: Side, b: Side) -> bool:
    """Do two French articles count their group at two venues (« rue des Lilas » / « rue Pasteur », « collège X »
    / « lycée Y »), on two sides (« contre le projet » / « pour soutenir le projet »), or does either tell
    another occurrence (« un autre feu »)? Read on the headline, the lede and the claim: a count's sentence
    rarely repeats where it was taken."""
    if a.language != "fr" or b.language != "fr":
        return False
    venue, other, against, for_ = _fr_crowd_words()
    told = [" ".join((s.headline, s.lede, s.claim.text)) for s in (a, b)]
    folded = [fold(t) for t in told]
    if any(other.search(t) for t in folded):
        return True
    sides = [(bool(against.search(t)), bool(for_.search(t))) for t in folded]
    if sides[0] != sides[1] and all(x != y for x, y in sides):
        return True  # one « contre », the other « pour »
    va, vb = ({fold(m.group(1)) for m in venue.finditer(t)} for t in told)
    return bool(va and vb and not va & vb)


def _counted_outside(a: Claim, b: Claim) -> bool:
    """Is the subject of one of two claims the counted group read without its figure (« quarantaine de
    personnes »), neither subject holding a figure: the case where :func:`_different_doers` takes the two
    counts for one group on the noun alone."""
    if not (_counted_subject(a) or _counted_subject(b)):
        return False
    return not any(q.thing != "âge" for c in (a, b) for q in of_claim(c.subject, "", c.language))


def _counted_subject(c: Claim) -> str:
    """The noun a claim's subject counts when one of the claim's figures is told with it, though the subject
    was read without the figure (« [une] quarantaine de personnes » -> personnes, « [1 200] habitants »); ""
    for none."""
    words = [w for w in fold(c.subject).split() if w not in _STOP]
    if not words or words[0] in _PRONOUNS:
        return ""
    for q in _quantities(c, c.language):
        told = set(fold(q.text).split())
        if words[0] in told:
            return [w for w in words if w in told][-1]
    return ""


@lru_cache(maxsize=1)
def _en_person_words() -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    from recoupe.lang.en.quantities import AGE_AFTER_PATTERN, AGE_BEFORE_PATTERN, AGE_DECADE_PATTERN, ONE_PERSON_HEADS

    return (ONE_PERSON_HEADS, re.compile(AGE_BEFORE_PATTERN, re.I), re.compile(AGE_AFTER_PATTERN, re.I),
            re.compile(AGE_DECADE_PATTERN, re.I))


AGE_REACH = 3  # words between an age and the name it is written before (« 40-year-old Welsh hiker Jon Smith »)


def _decade(m: re.Match[str]) -> tuple[int, int]:
    from recoupe.lang.en.quantities import DECADE_PARTS

    first, last = DECADE_PARTS[(m.group(1) or "").lower()]
    return int(m.group(2)) * 10 + first, int(m.group(2)) * 10 + last


def _en_age(c: Claim) -> tuple[int, int] | None:
    """The age an English claim's sentence writes beside its subject, as (youngest, oldest): inside it (« The
    40-year-old », « a man in his early 40s »), a few words before it (« 40-year-old Jon Smith ») or right
    after it (« Jon Smith, 40, », « a man aged in his 40s »)."""
    _, before, after, decade = _en_person_words()
    subject = c.subject.strip()
    if not subject:
        return None
    ages = list(before.finditer(subject))
    if ages:  # the last: « a girl's 40-year-old mother » is the mother's
        return int(ages[-1].group(1)), int(ages[-1].group(1))
    decades = list(decade.finditer(subject))
    if decades:
        return _decade(decades[-1])
    told = c.sentence or c.text
    found_at = re.search(rf"(?<!\w){re.escape(subject)}(?!\w)", told)  # « man », not inside « woman »
    if found_at is None:
        return None
    at = found_at.start()
    lead = told[max(0, at - 60):at]
    found = list(before.finditer(lead))
    if found and len(lead[found[-1].end():].split()) <= AGE_REACH:
        return int(found[-1].group(1)), int(found[-1].group(1))
    rest = told[at + len(subject):]
    m = after.match(rest)
    if m:
        age = int(m.group(1) or m.group(2))
        return age, age
    d = decade.match(re.sub(r"^\s*,?\s*(?:aged\s+)?", "", rest))
    return _decade(d) if d else None


def _en_person(c: Claim) -> tuple[bool, tuple[int, int] | None] | None:
    """Who an English clause tells its figure of, when its subject is one person: (written by name, age);
    (False, None) for a person the clause does not tell apart (« the man », « one of the group »). None when
    the subject is no person known as one (a name with no age, a body, a pronoun): nothing to compare."""
    from recoupe.lang.en.quantities import ONE_OF_PEOPLE

    heads, before, _, decade = _en_person_words()
    age = _en_age(c)
    words = decade.sub(" ", before.sub(" ", c.subject)).replace(" aged ", " ").split()
    named = bool(words) and all(w[:1].isupper() for w in words)  # « Jon Smith », not « Welsh hiker »
    head = fold(c.subject).split(" of ", 1)[0].split(" aged ", 1)[0].split(" in ", 1)[0].split()
    of_what = fold(c.subject).partition(" of ")[2].split()
    if head and head[-1] == "one" and of_what and of_what[-1] not in ONE_OF_PEOPLE:
        head = []  # « one of the boats »: a thing, not a person
    if age is None and not (head and head[-1] in heads and not named):
        return None
    return named and bool(c.subject_entity), age


def _en_persons_apart(a: Claim, b: Claim) -> bool:
    """Do two English clauses tell figures (a fall's height, an injury, a term) of two people? Two names
    resolved apart; two ages; or a person the clause cannot tell apart (« the man fell 300 metres ») against
    one it can (named or aged): a story of one event often has several people (two climbers, a driver and a
    passenger), and only the same person's figures conflict. A name with no age against an age with no name
    is left to the other checks (« 40-year-old hiker » may be the named one)."""
    from recoupe.lang.en.reporting_verbs import REPORTING_VERBS
    from recoupe.lang.quantities import COUNTING_VERBS

    if a.language != "en" or b.language != "en" or {a.predicate, b.predicate} & (COUNTING_VERBS
                                                                                  | REPORTING_VERBS.keys()):
        return False
    if a.subject_entity and a.subject_entity == b.subject_entity:
        return False
    pa, pb = _en_person(a), _en_person(b)
    if pa is None or pb is None:
        return False
    (named_a, age_a), (named_b, age_b) = pa, pb
    if age_a is not None and age_b is not None:  # before names: one age under two names is one person split
        return age_a[1] < age_b[0] or age_b[1] < age_a[0]  # ages that cannot be one person's
    if named_a and named_b:
        return True  # two names resolved to two entities
    # one side no one in particular, the other told apart: « the man » may be another of the story's people.
    # Both untold (« the victim » and « the victim »): most often the story's one person, compared as ever,
    # unless one says there were several (« one of the climbers »)
    bare_a, bare_b = age_a is None and not named_a, age_b is None and not named_b
    if bare_a and bare_b:
        return _one_of_several(a) or _one_of_several(b)
    return bare_a != bare_b


def _en_one_aged_person(a: Claim, b: Claim) -> bool:
    """Two English accounts of one person told by one age on both sides, one of them by no name (« a
    36-year-old climber » / « 36-year-old Jon Smith »): the entity resolver keeps a description and a
    name apart, the written age ties them (the mirror of :func:`_en_persons_apart`, where two ages are two
    people). Two names, or an age read as a decade, are left apart."""
    if a.language != "en" or b.language != "en":
        return False
    pa, pb = _en_person(a), _en_person(b)
    if pa is None or pb is None:
        return False
    (named_a, age_a), (named_b, age_b) = pa, pb
    if age_a is None or age_b is None:
        return False
    # exactly one side named: two unnamed people of one age (« a 41-year-old man » / « a 41-year-old woman »)
    # are not tied by it
    return named_a != named_b and age_a == age_b and age_a[0] == age_a[1]


def _told_age(c: Claim) -> int | None:
    """The one age a claim writes in its subject or right after it (« a 19-year-old man », « Jon Smith, 19, »,
    « un homme de 19 ans », « Paul Durand, 19 ans, »), None when it writes none or a span."""
    if c.language == "en":
        span = _en_age(c)
        return span[0] if span is not None and span[0] == span[1] else None
    if c.language != "fr" or not c.subject:
        return None
    from recoupe.lang.fr.quantities import SUBJECT_AGE_AFTER_PATTERN, SUBJECT_AGE_PATTERN

    found = re.search(SUBJECT_AGE_PATTERN, c.subject)
    if found is None:
        told = c.sentence or c.text
        at = told.find(c.subject)
        found = re.match(SUBJECT_AGE_AFTER_PATTERN, told[at + len(c.subject):]) if at >= 0 else None
    return int(found.group(1)) if found else None


def _one_aged_person(a: Claim, b: Claim) -> bool:
    """Two accounts of one person told by one age on both sides, one of them by no name: in English
    :func:`_en_one_aged_person`; in French « un homme de 19 ans » / « Paul Durand, 19 ans » likewise (what
    may still set the two apart is :func:`_aged_people_apart`'s)."""
    if a.language == b.language == "fr":
        named = [bool(c.subject_entity) and c.subject[:1].isupper() and _told_age(c) is not None
                 and not re.search(r"\d", c.subject) for c in (a, b)]
        # the unnamed side with no entity: two entities resolved apart stay two people
        unnamed = b if named[0] else a
        return named[0] != named[1] and not unnamed.subject_entity and _told_age(a) == _told_age(b) is not None
    return _en_one_aged_person(a, b)


def _sex_words(language: str) -> tuple[frozenset[str], frozenset[str]]:
    from recoupe.lang.en import quantities as en
    from recoupe.lang.fr import quantities as fr

    pack = {"en": en, "fr": fr}.get(language)
    return (pack.MALE_WORDS, pack.FEMALE_WORDS) if pack is not None else (frozenset(), frozenset())


def _sex(c: Claim) -> str:
    """The sex a claim tells of its subject: by the subject's words (« a 19-year-old woman », « un homme »,
    « Mrs Smith ») or a title written right before it (« Mr Jon Smith », « Mme Durand »); "" when it tells
    none, or both. Not by pronouns: a clause's « he » or « she » is often another person's, and the
    extraction can resolve it to the wrong one (« Jon Smith was walking when a driver struck him as he … »)."""
    male, female = _sex_words(c.language)
    words = fold(c.subject).split()
    told = c.sentence or c.text
    at = told.find(c.subject) if c.subject else -1
    if at > 0:
        words += fold(told[max(0, at - 12):at]).split()[-1:]
    sexes = {s for w in words for s, lex in (("m", male), ("f", female)) if w in lex}
    return next(iter(sexes)) if len(sexes) == 1 else ""


def _side_areas(s: Side) -> frozenset[str]:
    """Where an account is placed (:func:`recoupe.resolve.stories.place_areas`): its claim's place and the
    places its headline names, all of them (any may be the scene). Not the other places of its sentence or
    lede: those are often where the person comes from or lives (« who lived in Ashford », « from Hampton »)."""
    from recoupe.resolve.places import areas_named, scene_places
    from recoupe.resolve.stories import place_areas

    names = [p.name for p in scene_places(s.headline)] + list(areas_named(s.headline))
    if s.claim.place:
        names.append(s.claim.place)
    return place_areas(("", "LOC", n) for n in names)


def _days_of(value: str) -> frozenset[str]:
    """The day a day-precise time value names, and the next one when it is late in the day (« Friday night »
    is often told as Saturday by a later report)."""
    if not _DAY_VALUE.match(value):
        return frozenset()
    day = value[:10]
    if not (_LATE_IN_DAY.search(value) or value.endswith("TNI")):
        return frozenset({day})
    return frozenset({day, (date.fromisoformat(day) + timedelta(days=1)).isoformat()})


@lru_cache(maxsize=4096)
def _days_told(text: str, anchor: date | None, language: str) -> frozenset[str]:
    from recoupe.nlp.timex import tag

    return frozenset(d for t in tag(text, anchor, lang=language) for d in _days_of(t.value))


_DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}")

# days between the events two articles date (their ledes' days, else their publication days) beyond which
# they tell two events of one story: one event's reports, follow-ups included, date it within this span
# (:data:`recoupe.claims.groups.FRAME_MAX_DAYS` is the same span for a frame link)
REPORTS_APART_DAYS = 3


def anchorless(c: Claim) -> bool:
    """A claim with no anchor of its own: no date, no place, no named doer or thing (« Personne n'a été
    blessé », « 20 pompiers ont été mobilisés »). Its event is its article's event."""
    return not (c.time or c.place or c.place_entity or c.subject_entity or c.object_entity)


def article_days(lede: str, published: date | None, language: str) -> frozenset[str]:
    """The days an article dates its event to: the days its lede names (read against its publication day) and
    its publication day; a lede may name only a background day (« la digue avait cédé le 2 mai » above the
    repairs of the 9th), so the publication day is always one. Empty when its lede names no day: a follow-up
    days later (« l'enquête sur l'incendie se poursuit ») may tell the first report's event, and nothing dates
    it. Empty for an article of no publication day: the full dates its lede names may be a later posting's
    (« posted on Friday, September 20 » above a crash of the 13th), and nothing tells which."""
    from recoupe.lang import SUPPORTED

    if published is None:
        return frozenset()
    # a language of no pack (« und ») has no date words to read: no day told
    told = _days_told(lede, published, language) if lede and language in SUPPORTED else frozenset()
    # a lede that names days of its own week dates its deed by them, not by the earlier event it recalls
    # (« une semaine après l'incendie du lundi 3 mars, une grange a brûlé lundi soir »)
    recent = {d for d in told if abs((date.fromisoformat(d) - published).days) <= REPORTS_APART_DAYS}
    return frozenset(recent or told) | {published.isoformat()} if told else frozenset()


def days_apart(x: frozenset[str], y: frozenset[str], slack: int = REPORTS_APART_DAYS) -> bool:
    """Are two sets of days (ISO) more than ``slack`` days apart, every day of one from every day of the
    other? False when either is empty."""
    if not x or not y:
        return False
    dx, dy = [date.fromisoformat(d) for d in x], [date.fromisoformat(d) for d in y]
    return min(abs((a - b).days) for a in dx for b in dy) > slack


# the auxiliaries a deed's participle follows (« a brûlé », « a été cambriolée », "was burgled"); « à » is no « a »
_DEED_AUXILIARIES = {"fr": frozenset({"a", "ont", "est", "sont", "été"}),
                     "en": frozenset({"was", "were", "has", "have", "had", "been"})}
# the words that open a clause inside a clause: its deed's doer or thing stands after them
_CLAUSE_OPENERS = frozenset({"que", "qu", "qui", "that", "who", "which"})
_CLAUSE_CUT = re.compile(r"[.!?;:,]")
_MIN_DEED_WORD = 4


@lru_cache(maxsize=1)
def _saying_stems() -> tuple[str, ...]:
    """The stems of the French and English reporting verbs (« indiquer » -> indiqu, "confirm"): « le maire a
    indiqué » / « le préfet a indiqué » is no deed on two things."""
    from recoupe.lang.en.reporting_verbs import REPORTING_VERBS as EN
    from recoupe.lang.fr.reporting_verbs import REPORTING_VERBS as FR

    stems = {fold(re.sub(r"(?:er|ir|re|e)$", "", v)) for v in [*FR, *EN] if " " not in v}
    return tuple(sorted(x for x in stems if len(x) >= _MIN_DEED_WORD))


def _lede_deeds(lede: str, language: str) -> set[tuple[str, str]]:
    """The deeds a lede tells, as (participle or English past form, the words of its clause before it): « Un
    dépôt a brûlé » -> (brule, un depot); "A barn burned" -> (burned, a barn). Saying is no deed."""
    deeds = set()
    auxiliaries = _DEED_AUXILIARIES.get(language, frozenset())
    for clause in _CLAUSE_CUT.split(lede):
        words = clause.lower().replace("'", " ").replace("\u2019", " ").split()
        for i, w in enumerate(words[1:], 1):
            if len(w) < _MIN_DEED_WORD or w in auxiliaries or fold(w).startswith(_saying_stems()):
                continue
            if words[i - 1] in auxiliaries or (language == "en" and w.endswith("ed")):
                opened = max((j + 1 for j, x in enumerate(words[:i]) if x in _CLAUSE_OPENERS), default=0)
                deeds.add((fold(w), " ".join(x for x in words[opened:i] if x not in auxiliaries)))
    return deeds


def ledes_on_two_things(a: Side, b: Side) -> bool:
    """Do two articles' ledes tell one deed on two things (« un dépôt a brûlé » / « une grange a brûlé »; « une
    bijouterie / une pharmacie a été cambriolée »)? Two events, then; a follow-up tells other deeds (the
    search, the funeral, the inquiry) of the first report's event."""
    da, db = _lede_deeds(a.lede, a.language), _lede_deeds(b.lede, b.language)
    return any(va == vb and objects_apart(xa, xb) for va, xa in da for vb, xb in db)


def reports_apart(a: Side, b: Side) -> bool:
    """Two anchorless claims (:func:`anchorless`) of two articles whose events are days apart
    (:func:`article_days`): each tells its own article's event, so two fires of one town a week apart that
    each « n'ont fait aucun blessé » or mobilised 20 / 80 firefighters are two facts, never one count."""
    ac, bc = a.claim, b.claim
    if ac.article_id == bc.article_id or not (anchorless(ac) and anchorless(bc)):
        return False
    return days_apart(article_days(a.lede, a.published, a.language), article_days(b.lede, b.published, b.language))


def _event_days(s: Side) -> frozenset[str]:
    """The days an account dates its event to: its claim's own day, else the days its sentence names
    (« died on Friday … after he crashed »), read against the publication day."""
    if _DAY_VALUE.match(s.claim.time or ""):
        return _days_of(s.claim.time)
    return _days_told(s.claim.sentence or s.claim.text, s.published, s.language)


def _aged_people_apart(a: Side, b: Side) -> bool:
    """Two accounts of other articles, each of a person told with an age, not one entity (« a 19-year-old
    man » / « Jon Smith, 19, »; « un homme de 19 ans » / « un homme de 19 ans »; two French names are left to
    the resolver): the age is all that could make them one person, and it does not when something else sets
    them apart — two ages, two sexes, places apart (the stories' gazetteer relation), days apart. Two crashes
    of two 19-year-olds a day apart in two towns are two people, their speeds no conflict."""
    ac, bc = a.claim, b.claim
    if ac.article_id == bc.article_id or (ac.subject_entity and ac.subject_entity == bc.subject_entity):
        return False
    age_a, age_b = _told_age(ac), _told_age(bc)
    if age_a is None or age_b is None:
        return False
    if ac.language != "en" and (ac.subject_entity and bc.subject_entity):
        return False  # two names: told apart or not by the entity resolver
    if age_a != age_b:
        return True
    sa, sb = _sex(ac), _sex(bc)
    if sa and sb and sa != sb:
        return True
    from recoupe.resolve.stories import areas_apart

    if areas_apart(_side_areas(a), _side_areas(b)):
        return True
    da, db = _event_days(a), _event_days(b)
    return bool(da and db) and not da & db


def _one_of_several(c: Claim) -> bool:
    """Is an English subject « one of the … », one person of several the clause leaves untold?"""
    head, of, _ = fold(c.subject).partition(" of ")
    return bool(of) and head.split()[-1:] == ["one"]


def _topic_subject(c: Claim) -> bool:
    """Is the claim's subject the topic a headline names before its colon (« Inondations en
    Bretagne : 250 maisons sinistrées », read with « Bretagne » as subject), not who acts?"""
    topic, colon, _ = c.text.partition(":")
    return bool(colon) and bool(c.subject) and fold(c.subject) in fold(topic) and len(topic.split()) <= 6


def _names_the_other_place(a: Claim, b: Claim) -> bool:
    """Does clause ``a`` name ``b``'s place too?"""
    return bool(b.place) and fold(b.place) in fold(a.text)


def check_place(a: Side, b: Side) -> Finding | None:
    ac, bc = a.claim, b.claim
    if ac.negated or bc.negated or _denied(ac) or _denied(bc):
        return None
    if not same_action(ac, bc) or not same_subject(ac, bc) or disjoint_dates(ac, bc) or participle_apart(ac, bc):
        return None
    if not (happened(ac) or happened(bc) or (ac.modality in _FIRM and bc.modality in _FIRM)):
        return None  # two hedged possibilities are alternatives, not a contradiction
    if not all(happened(c) or c.planned or c.modality in _FIRM for c in (ac, bc)):
        return None  # a mere possibility (« pourrait éventuellement se rendre à X ») is no expectation
    if ac.article_id == bc.article_id and not linked(ac, bc) and not (
            ac.object_entity and ac.object_entity == bc.object_entity):
        return None  # one article telling two moves of one actor: two events unless it is one fact
    if happened(ac) and happened(bc) and not _one_occasion(a, b):
        return None  # two visits told on different days are two trips unless something ties them
    if _months_apart(a, b, dated=True):
        return None  # two occasions told by the months that open their sentences (« In February, ... »)
    if _names_the_other_place(ac, bc) or _names_the_other_place(bc, ac):
        # a clause that names both places (« la finale entre l'Espagne et le Portugal ») sets neither against the other
        return None
    from recoupe.claims.status import _swapped_names

    if (_swapped_names(ac, bc) and of_claim(ac.text, ac.sentence, ac.language)
            and of_claim(bc.text, bc.sentence, bc.language)):
        # one count told of two places in one slot (« deux morts à Nîmes » / « … à Montpellier »): two tolls; not
        # one actor's move told of two places (« s'est rendu à Lyon » / « … à Marseille »), one trip misreported
        return None
    why = _place_conflict(ac, bc)
    if not why:
        return None
    if happened(ac) != happened(bc):
        planned, done = (b, a) if happened(ac) else (a, b)
        return Finding("planned_vs_happened", f"prévu : « {_clip(planned.claim.text)} » ({planned.source}) ; "
                                              f"réalisé : « {_clip(done.claim.text)} » ({done.source})")
    return Finding("place", f"{why} — {a.source} / {b.source}")


# « Anthony Reyes, 36, of Dunmore, hit … »: an English person's home town told in apposition to the full name
_EN_HOME = re.compile(r"\b([A-Z][\w'’-]+(?:\s+(?:[A-Z]\.|[A-Z][\w'’-]+)){1,3}),\s+(?:\d{1,3},\s+)?of\s+"
                      r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\b")
# words of a title or role that may open the name before the comma (« Police Officer Tom Reyes, of … »): read
# past, so the key is the person's own first and last names, not « police|reyes »
_EN_NAME_TITLES = frozenset({
    "police", "officer", "chief", "sgt", "sergeant", "lt", "lieutenant", "capt", "captain", "detective", "deputy",
    "trooper", "sheriff", "driver", "victim", "mayor", "gov", "governor", "sen", "senator", "rep", "judge", "dr",
    "mr", "mrs", "ms", "miss", "president", "coach", "pastor", "rev", "father", "firefighter", "councilman",
    "councilwoman", "assistant", "state", "county", "city", "district", "attorney", "prosecutor", "former",
    "witness", "suspect", "pedestrian", "motorist", "student", "teacher", "nurse", "doctor", "agent", "special",
})


def en_home_towns(c: Claim) -> dict[str, str]:
    """English: the home towns a claim tells of named people (« Anthony Reyes, 36, of Dunmore »), by the person's
    first and last names folded (« anthony|reyes »: « Anthony J. Reyes » is the same man). Read in the claim's
    text, or, for a claim whose subject the parse lost, in its sentence before the claim's words (« Anthony
    Reyes, 36, of Dunmore, hit and killed … » cut to « killed … »)."""
    if c.language != "en":
        return {}
    found = list(_EN_HOME.finditer(c.text))
    if not found and not c.subject and c.sentence:
        at = c.sentence.find(c.text)
        found = [m for m in _EN_HOME.finditer(c.sentence) if at > 0 and m.end() <= at]
    out: dict[str, str] = {}
    for m in found:
        names = [w for w in fold(m[1]).replace(".", " ").split()]
        while names and names[0] in _EN_NAME_TITLES:
            names = names[1:]
        if len(names) >= 2:  # a first and a last name left: one person
            out[f"{names[0]}|{names[-1]}"] = m[2]
    return out


def check_home_town(a: Side, b: Side) -> Finding | None:
    """One person's home town told as two towns the gazetteer knows, in two agglomerations (not within
    :data:`recoupe.resolve.places.NEAR_KM` of each other, as :func:`check_place` reads them: a borough, a
    neighbourhood or a suburb filed as a town is its city's), by two English articles (« Ann Reyes, 36, of
    Dunmore » / « Ann Reyes, 36, of Elmira »)."""
    from recoupe.resolve.places import contains, lookup

    ac, bc = a.claim, b.claim
    if ac.article_id == bc.article_id or ac.negated or bc.negated:
        return None
    ha, hb = en_home_towns(ac), en_home_towns(bc)
    for who in sorted(ha.keys() & hb.keys()):
        pa, pb = lookup(ha[who]), lookup(hb[who])
        if pa is None or pb is None or pa == pb or pa.kind != "city" or pb.kind != "city" or pa.country != pb.country:
            continue  # a place unknown (a neighbourhood), a region or a country may hold the other
        if None in (pa.lat, pb.lat) or contains(ha[who], hb[who]) or contains(hb[who], ha[who]):
            continue
        return Finding("place", f"{ha[who]} contre {hb[who]} — « {_clip(ac.text)} » ({a.source}) / "
                                f"« {_clip(bc.text)} » ({b.source})")
    return None


@lru_cache(maxsize=1)
def _en_colour_re() -> tuple[re.Pattern[str], dict[str, str], frozenset[str]]:
    from recoupe.lang.en.events import COLOUR_SHADES, COLOURS, VEHICLE_MAKES

    colours = "|".join(sorted(COLOURS, key=len, reverse=True))
    shades = "|".join(sorted(COLOUR_SHADES))
    # a determiner, a model year on either side, lowercase colour words (« White House » is a name), then a
    # capitalised name (the make and model): « a blue 2019 Nissan Leaf », « her 2016 red Honda Civic »
    return re.compile(rf"\b(?i:a|an|the|his|her|their|its)\s+(?:\d{{4}}\s+)?"
                      rf"((?:(?:{shades}|{colours})(?:\s+and\s+|-|\s+)){{1,3}})(?:\d{{4}}\s+)?"
                      rf"([A-Z][\w-]+(?:\s+[A-Z0-9][\w-]*){{0,2}})"), COLOURS, VEHICLE_MAKES


def en_colours(c: Claim) -> dict[str, frozenset[str]]:
    """English: the colours a claim gives named vehicles (« clipped by a silver Nissan Leaf » -> {« nissan
    leaf »: {silver}}), by the vehicle's folded make and model: a name whose first word is no vehicle make
    (:data:`recoupe.lang.en.events.VEHICLE_MAKES`) or a make with no model is read past."""
    if c.language != "en":
        return {}
    pattern, colours, makes = _en_colour_re()
    out: dict[str, frozenset[str]] = {}
    for m in pattern.finditer(c.text):
        name = fold(m[2]).split()
        if len(name) < 2 or name[0] not in makes:
            continue  # « a black Minneapolis man », « a white Ford »: no one vehicle
        named = frozenset(colours[w] for w in re.split(r"[\s-]+", m[1]) if w in colours)
        if named:
            out[fold(m[2])] = out.get(fold(m[2]), frozenset()) | named
    return out


def _one_name(x: str, y: str) -> bool:
    """Do two folded names name one thing, the shorter opening the longer (« nissan leaf » / « nissan leaf
    tom », a name read on past the model)? Both make and model must match: a make alone is many cars."""
    wx, wy = x.split(), y.split()
    n = min(len(wx), len(wy))
    return n >= 2 and wx[:n] == wy[:n]


def check_colour(a: Side, b: Side) -> Finding | None:
    """One vehicle (make and model) given two colours that share none by two English articles, each firm
    (« a silver Nissan Leaf » / « a blue Nissan Leaf »; not « police denied it was … », « it may have been … »)."""
    ac, bc = a.claim, b.claim
    if ac.article_id == bc.article_id or ac.negated or bc.negated or _denied(ac) or _denied(bc):
        return None
    if ac.modality not in _FIRM or bc.modality not in _FIRM:
        return None
    ca, cb = en_colours(ac), en_colours(bc)
    for x, y in sorted((x, y) for x in ca for y in cb if _one_name(x, y)):
        if not ca[x] & cb[y]:
            return Finding("attribute", f"« {_clip(ac.text)} » ({a.source}) contre « {_clip(bc.text)} » ({b.source})")
    return None


# -- English: one bearer's rank in a series, one named thing's founding year ----------------------
_EN_TOKEN = re.compile(r"[\w'’-]+|[^\w\s]")


class _RankWords(NamedTuple):
    ranks: dict[str, int]  # ordinal -> rank
    copulas: frozenset[str]
    past: frozenset[str]  # copulas of a rank held once (lang/en/events.py RANK_PAST_COPULAS)
    ends: frozenset[str]  # words ending the ranked noun's phrase
    spans: frozenset[str]  # span openers
    possessives: frozenset[str]
    neutral: frozenset[str]  # modifiers naming no smaller series
    not_series: frozenset[str]  # nouns of occasions (« the fourth time »)
    tenure: frozenset[str]  # nouns of a whole tenure after a possessive (« her watch »)
    calendar: frozenset[str]  # month and weekday names: « since March » dates a span, names no one


@lru_cache(maxsize=1)
def _en_rank_words() -> _RankWords:
    from recoupe.lang.en.dates import MONTHS, ORDINALS, WEEKDAYS
    from recoupe.lang.en.events import (
        RANK_COPULAS,
        RANK_NEUTRAL_MODIFIERS,
        RANK_NOT_SERIES,
        RANK_NOUN_ENDS,
        RANK_PAST_COPULAS,
        RANK_POSSESSIVES,
        RANK_SPANS,
        RANK_TENURE_NOUNS,
    )

    ranks = {w: n for w, n in ORDINALS.items() if n > 0}  # « last » / « final » rank nothing countable
    calendar_words = frozenset(fold(w) for w in (*MONTHS, *WEEKDAYS) if w.isalpha())
    return _RankWords(ranks, RANK_COPULAS, RANK_PAST_COPULAS, RANK_NOUN_ENDS, RANK_SPANS, RANK_POSSESSIVES,
                      RANK_NEUTRAL_MODIFIERS, RANK_NOT_SERIES, RANK_TENURE_NOUNS, calendar_words)


RANK_NOUN_REACH = 4  # words from an ordinal to the end of the noun it ranks (« the fifth Rovers team captain »)
RANK_SPAN_REACH = 6  # words from that noun to the word opening its span (« captain in two seasons under her watch »)
RANK_EVENT_REACH = 3  # words after a possessive where the noun of the span's event ends (« Pask's return as »)
_RANK_FEATS = frozenset({"who", "that", "which"})  # a series of those who did something: a rank of another series
_EN_CLAUSE_ENDS = frozenset({",", ";", ":", ".", "(", ")", "!", "?"})
_EN_NOT_VERBS = frozenset({"the", "a", "an", "his", "her", "their", "its", "this", "that", "these", "those"})


def _en_sentence_names(c: Claim, but: frozenset[str]) -> frozenset[str]:
    """The folded capitalised words of the claim's sentence but function words (« The », « He ») and ``but``:
    who a possessive may stand for (« Kerr knows … Vell will be … under his watch » -> {kerr}). A capitalised
    sentence opener (« Certainly ») is kept: only a name after « since » / « under » on the other side meets it."""
    words = _EN_TOKEN.findall(c.sentence or c.text)
    names = frozenset(fold(w) for w in words if w[:1].isupper() and w[:1].isalpha())
    return names - _en_function_words() - but


def _en_clause_tail(c: Claim) -> tuple[str, int]:
    """The claim's text run on to its sentence's end, and how many tokens the claim's own text has: a claim is
    often cut before what ends its reading (« Pike is the second captain under Hart » of « … under Hart to lift
    the trophy »; « since Marsh took charge » made a claim of its own). The claim's text when its sentence does
    not hold it."""
    own = len(_EN_TOKEN.findall(c.text))
    at = c.sentence.find(c.text) if c.sentence and c.text else -1
    return (c.sentence[at:], own) if at >= 0 else (c.text, own)


def _en_possessed(word: str) -> str | None:
    """A possessive name without its mark (« Lind's » -> « Lind », « Rovers' » -> « Rovers »), else None."""
    if word.endswith(("'s", "’s")):
        return word[:-2]
    if word.endswith(("'", "’")):
        return word[:-1]
    return None


def _en_span_event(words: list[str], low: list[str], k: int) -> str:
    """The noun after a possessive that names the event opening a span (« since Pask's return as chairman » ->
    « return »): the last lowercase word before a span ender; "" for a noun of the whole tenure (« under her
    watch » counts under her) or none."""
    w = _en_rank_words()
    event = ""
    for m in range(k, min(k + RANK_EVENT_REACH, len(words))):
        if not words[m][:1].isalpha() or not words[m].islower() or low[m] in w.ends or low[m] == "as":
            break
        event = low[m]
    return "" if event in w.tenure else event


def en_rank(c: Claim) -> tuple[int, str, frozenset[str], bool] | None:
    """English: the rank a claim gives its subject in a series counted over a span (« Vell is the third
    foreign coach since Marsh took charge » -> (3, « foreign coach », {« marsh| »}, False)): an ordinal after a
    copula and « the » in the claim's own text, the series it ranks (the last word before a preposition or a
    comma, with its lowercase modifiers but neutral ones: « head coach » is « coach », « foreign coach » is
    not), who opens the span — the last word of the name after « since » / « under » with the event a possessive
    names (« Pask's takeover » -> « pask|takeover »), or, for a possessive pronoun (« under her watch »), each
    name of the sentence besides the subject's and the series' —, and whether the copula is past (a rank held
    once, « was the fourth »). The reading runs on to the sentence's end (:func:`_en_clause_tail`). None when
    the rank has no such span (« the 21st captain in club history », « the fourth since 2019 », « since March »
    count other series), is a series of a feat (« the second captain under X to lift the cup »), counts
    occasions (« the fourth time »), without a named subject, of a possessive subject, or negated."""
    if c.language != "en" or c.negated or not c.subject_entity:
        return None
    if any(_en_possessed(w) is not None for w in _EN_TOKEN.findall(c.subject)):
        return None  # « Carlow Town's defeat was the fourth … »: a thing of someone's, not a post's bearer
    w = _en_rank_words()
    text, own = _en_clause_tail(c)
    words = _EN_TOKEN.findall(text)
    low = [fold(x) for x in words]
    for i in range(1, min(own, len(words)) - 1):  # the claim's own ordinal, not a later clause's
        if low[i] != "the" or low[i - 1] not in w.copulas or low[i + 1] not in w.ranks:
            continue
        j = i + 2
        while j < len(words) and j - i - 2 < RANK_NOUN_REACH and words[j][:1].isalnum() and low[j] not in w.ends:
            j += 1
        if j == i + 2 or low[j - 1] in w.not_series:
            return None  # « is the fourth since … »: the noun left to the reader; « the fourth time »: occasions
        end = next((k for k in range(j, len(words)) if words[k] in _EN_CLAUSE_ENDS), len(words))
        if any(low[k] in _RANK_FEATS or (low[k] == "to" and k + 1 < end and words[k + 1].isalpha()
                                         and words[k + 1].islower() and low[k + 1] not in _EN_NOT_VERBS)
               for k in range(j, end)):
            return None  # « the second captain (since X) to lift the cup », « … who won »: a series of a feat
        series = " ".join([low[m] for m in range(i + 2, j - 1)
                           if not words[m][:1].isupper() and low[m] not in w.neutral] + [low[j - 1]])
        at = next((k for k in range(j, min(j + RANK_SPAN_REACH, end)) if low[k] in w.spans), None)
        if at is None:
            return None
        rest = [k for k in range(at + 1, end) if low[k] != "the"]
        if not rest:
            return None
        first = words[rest[0]]
        if first[:1].isupper() and first[:1].isalpha():
            run = rest[0]
            while run + 1 < end and words[run + 1][:1].isupper() and _en_possessed(words[run]) is None:
                run += 1
            bare = _en_possessed(words[run])
            name = fold(bare if bare is not None else words[run])
            if name in w.calendar:
                return None  # « since March » dates the span, like « since 2019 »
            event = _en_span_event(words, low, run + 1) if bare is not None else ""
            anchor = frozenset({f"{name}|{event}"})
        elif low[rest[0]] in w.possessives:
            event = _en_span_event(words, low, rest[0] + 1)
            names = _en_sentence_names(c, frozenset(fold(c.subject).split()) | frozenset(low[i + 2:j])) - w.calendar
            anchor = frozenset(f"{n}|{event}" for n in names)
        else:
            return None  # « since 2019 », « under pressure »: no one the span is counted under
        past = low[i - 1] in w.past or (i > 1 and low[i - 1] == "been" and low[i - 2] == "had")
        return w.ranks[low[i + 1]], series, anchor, past
    return None


def rank_keys(c: Claim) -> set[str]:
    """The key of a subject's rank in a series (:func:`en_rank`): its entity and the ranked noun."""
    rank = en_rank(c) if c.language == "en" and c.subject_entity else None
    return {f"RK:{c.subject_entity}|{rank[1]}|{rank[3]}"} if rank else set()


def check_rank(a: Side, b: Side) -> Finding | None:
    """One named subject given two ranks in one series by two English articles (``quantity``): « X is the
    third team captain since Y took charge » / « X will be the fourth captain under her watch » (Y named in that
    sentence). The same entity, the same series (the ranked noun and its modifiers), a span opened by one same
    name and event on both sides, both ranks held now or both once: a returning bearer holds two ranks. Two ranks
    of one tenure are no update; two spans (« in team history » / « since Y ») are two series and are never
    compared."""
    ac, bc = a.claim, b.claim
    if ac.article_id == bc.article_id or not ac.subject_entity or ac.subject_entity != bc.subject_entity:
        return None
    if ac.modality not in _FIRM or bc.modality not in _FIRM or _denied(ac) or _denied(bc):
        return None
    ra, rb = en_rank(ac), en_rank(bc)
    if ra is None or rb is None or ra[1] != rb[1] or ra[3] != rb[3] or ra[0] == rb[0] or not ra[2] & rb[2]:
        return None
    # the ranks said first: the clause may be cut before them (« Vell, who left the Harriers in March, is… »);
    # each clause run on to its sentence's end, where the span is told
    ta, tb = _en_clause_tail(ac)[0].rstrip(" .;"), _en_clause_tail(bc)[0].rstrip(" .;")
    return Finding("quantity", f"{_en_ordinal(ra[0])} {ra[1]} selon {a.source} (« {_clip(ta)} »), "
                               f"{_en_ordinal(rb[0])} {rb[1]} selon {b.source} (« {_clip(tb)} »)")


def _en_ordinal(rank: int) -> str:
    """The ordinal word of a rank (4 -> « fourth »), else its figure with a suffix (« 13th »)."""
    ranks = _en_rank_words().ranks
    return next((w for w, n in ranks.items() if n == rank and w.isalpha()),
                next((w for w, n in ranks.items() if n == rank), f"{rank}th"))


class _FoundingWords(NamedTuple):
    lemmas: frozenset[str]
    forms: re.Pattern[str]
    ends: frozenset[str]  # words that may end a thing's name
    connectors: frozenset[str]
    records: frozenset[str]  # words that make « since » count a record
    structures: frozenset[str]  # what a thing may have been before its founding
    calendar: frozenset[str]  # month and weekday names: « founded in March 1990 » places nothing


@lru_cache(maxsize=1)
def _en_founding_words() -> _FoundingWords:
    from recoupe.lang.en.dates import MONTHS, WEEKDAYS
    from recoupe.lang.en.events import (
        FOUNDING_FORMS,
        FOUNDING_LEMMAS,
        NAME_CONNECTORS,
        NAME_PHRASE_ENDS,
        SINCE_RECORD_WORDS,
        SINCE_STRUCTURE_NOUNS,
    )

    forms = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, FOUNDING_FORMS))) + r")\b", re.I)
    calendar_words = frozenset(fold(w) for w in (*MONTHS, *WEEKDAYS) if w.isalpha())
    return _FoundingWords(FOUNDING_LEMMAS, forms, NAME_PHRASE_ENDS, NAME_CONNECTORS, SINCE_RECORD_WORDS,
                          SINCE_STRUCTURE_NOUNS, calendar_words)


_EN_PHRASE_DETERMINERS = frozenset({"the", "a", "an"})


def _en_thing_name(phrase: str) -> str:
    """The folded name a noun phrase calls a thing by, when the phrase is that name (« the Tern Valley Clinic,
    which treats … » -> « tern valley clinic »): two capitalised words or more (joined by « of », « for », « and »),
    ended by the phrase's end, a comma or a word of :data:`~recoupe.lang.en.events.NAME_PHRASE_ENDS`. ""
    when another lowercase word follows them (« the Red Cross office »: an office is named, not the Red Cross)."""
    fw = _en_founding_words()
    ends, connectors = fw.ends, fw.connectors
    words = _EN_TOKEN.findall(phrase)
    i = 1 if words and fold(words[0]) in _EN_PHRASE_DETERMINERS else 0
    name: list[str] = []
    while i < len(words):
        w = words[i]
        joins = bool(name) and fold(w) in connectors and i + 1 < len(words) and words[i + 1][:1].isupper()
        if (w[:1].isupper() and w[:1].isalpha()) or joins:
            name.append(fold(w))
        elif not w[:1].isalnum() or fold(w) in ends:
            break
        else:
            return ""
        i += 1
    return " ".join(name) if sum(w not in connectors for w in name) >= 2 else ""


# a perfect tense standing since a year (« has been a lifeline since 1998 »); not « the newest hosts since 2001 »
_EN_SINCE_YEAR = re.compile(r"\b(?:has|have|had)\b([^.;:]*?)\bsince\s+(1[5-9]\d\d|20\d\d)\b", re.I)
_EN_PASSIVE_FOUNDING = re.compile(r"\b(?:was|were|been|being)\s+(?:\w+ly\s+)?(?:co-?)?(?:founded|established)\b", re.I)
# a founding in apposition to the thing's name (« The Osk Bay Clinic, founded in 1990, will close »)
_EN_APPOSED_FOUNDING = re.compile(r",\s+(?:co-?)?(?:founded|established)\s+in\s+(1[5-9]\d\d|20\d\d)\s*,", re.I)
_EN_DETERMINERS_OF_RECORD = frozenset({"the", "its", "their", "his", "her", "a"})


def _en_since_counts_no_standing(between: str) -> bool:
    """Do the words between a perfect auxiliary and « since » count a record (« has made the largest takeover
    in British retail since 1938 », « its first loss since ») or name what the thing stood as before it was
    founded (« has been a listed building since 1971 »)? Then « since » dates no standing of the thing."""
    fw = _en_founding_words()
    words = [fold(w) for w in _EN_TOKEN.findall(between)]
    if any(w in fw.records for w in words):
        return True
    if any(a in _EN_DETERMINERS_OF_RECORD and len(b) > 4 and b.endswith("est") for a, b in pairwise(words)):
        return True  # « the largest », « its biggest »: a superlative
    return bool(words) and words[0] == "been" and any(w in fw.structures for w in words[1:4])


def en_founding(c: Claim) -> tuple[str, str, int] | None:
    """English: (the thing's name, « founded » or « since », the year) when a firm claim dates a named thing's
    founding (« In 2001 they founded the Tern Valley Clinic », « the Acme Fund was established in 1998 », « the
    Osk Bay Clinic, founded in 1990, will close ») or says it has stood since a year (« The Tern Valley Clinic has
    been a lifeline since 1998 »); the year written in the clause. None otherwise (:func:`_en_thing_name`: a name
    only): not for a thing « established as » something (an inquiry « established X as the owner »: proved), nor
    for a « since » that counts a record or an earlier structure (:func:`_en_since_counts_no_standing`)."""
    if c.language != "en" or c.negated or c.modality not in _FIRM:
        return None
    fw = _en_founding_words()
    if c.predicate in fw.lemmas and fw.forms.search(c.text):
        year = _year(c.time)
        if year is None or str(year) not in c.text:
            return None
        passive = _EN_PASSIVE_FOUNDING.search(c.text)
        phrase = c.subject if passive else c.object
        thing = _en_thing_name(phrase)
        if not thing:
            return None
        tail = _en_clause_tail(c)[0]
        at = _EN_PASSIVE_FOUNDING.search(tail) if passive else None
        if (re.match(r"\s+as\b", tail[at.end():]) if at else f" {thing} as " in f" {fold(tail)} "):
            return None  # « established X as the owner », « was established as »: proved or made, not founded
        return thing, "founded", year
    apposed = _EN_APPOSED_FOUNDING.search(c.text)
    if apposed:
        thing = _en_thing_name(c.subject)
        if thing and fold(c.text[:apposed.start()]).endswith(thing):
            return thing, "founded", int(apposed[1])
    m = _EN_SINCE_YEAR.search(c.text)
    if m and c.predicate not in _en_reporting() and not _en_since_counts_no_standing(m[1]):
        thing = _en_thing_name(c.subject)
        return (thing, "since", int(m[2])) if thing else None
    return None


def _en_founded_in_place(c: Claim) -> bool:
    """Does the claim place a founding in a named place (« was founded in 1916 in Wellington », « established
    Calder Holdings in Canada »)? One name founded in two years, one of them in a named place, may be two
    namesakes, or a branch founded abroad: its year is no other account's founding year."""
    fw = _en_founding_words()
    tail = _en_clause_tail(c)[0]
    m = fw.forms.search(tail)
    if m is None:
        return False
    words = _EN_TOKEN.findall(tail[m.end():])
    end = next((k for k, w in enumerate(words) if w in _EN_CLAUSE_ENDS), len(words))
    return any(fold(words[k]) == "in" and words[k + 1][:1].isupper() and words[k + 1][:1].isalpha()
               and fold(words[k + 1]) not in fw.calendar for k in range(end - 1))


def founding_keys(c: Claim) -> set[str]:
    """The key of a named thing's founding or standing since a year (:func:`en_founding`): its name."""
    told = en_founding(c) if c.language == "en" else None
    return {f"FY:{told[0]}"} if told else set()


def check_founding(a: Side, b: Side) -> Finding | None:
    """One named thing founded in two years, or founded in one year and standing since an earlier one, by two
    English articles (``date``): « In 2001 they founded the Tern Valley Clinic » / « The Tern Valley Clinic has been
    a lifeline since 1998 ». A thing is founded once; « since » a later year is no conflict (the clinic has served
    since 1995)."""
    ac, bc = a.claim, b.claim
    if ac.article_id == bc.article_id or _denied(ac) or _denied(bc):
        return None
    fa, fb = en_founding(ac), en_founding(bc)
    if fa is None or fb is None or fa[0] != fb[0] or fa[1] == fb[1] == "since":
        return None
    if fa[1] == fb[1] and (_en_founded_in_place(ac) or _en_founded_in_place(bc)):
        # « The Labour Party … was founded in 1916 in Wellington »: maybe another Labour Party. Not against a
        # « since »: a founding placed at the thing's home (« founded the X Clinic in Alabama in 1990 ») is the one
        return None
    if fa[1] == fb[1]:
        apart = fa[2] != fb[2]
    else:
        founded, since = (fa, fb) if fa[1] == "founded" else (fb, fa)
        apart = since[2] < founded[2]
    if not apart:
        return None
    return Finding("date", f"{fa[2]} selon {a.source} (« {_clip(ac.text)} »), "
                           f"{fb[2]} selon {b.source} (« {_clip(bc.text)} »)")


_SINCE = re.compile(r"\bdepuis\b")


@lru_cache(maxsize=1)
def _deictic_words() -> tuple[frozenset[str], frozenset[str]]:
    """(folded words and phrases that date by the report's own day: « today », « this morning »,
    « hier »; folded weekday and month names, which date by the calendar)."""
    from recoupe.lang.en import dates as en
    from recoupe.lang.fr import dates as fr

    deictic = {fold(w) for w in (*en.DAY_OFFSETS, *fr.DAY_OFFSETS)} | {"ce matin", "ce soir", "cette nuit",
                                                                      "cet apres midi"}
    calendar_words = {fold(w) for w in (*en.WEEKDAYS, *fr.WEEKDAYS, *en.MONTHS, *fr.MONTHS) if "." not in w}
    return frozenset(deictic), frozenset(w for w in calendar_words if len(w) > 3)


def _deictic_day(c: Claim) -> bool:
    """Is the claim's day read from a word relative to its report (« at 10am today », « ce matin »)
    with no weekday or month beside it? Such a day is the report's, which a wire copy, a time zone
    or a late edition may set a day off the event's."""
    deictic, calendar_words = _deictic_words()
    text = f" {fold(c.text)} "
    if not any(f" {w} " in text for w in deictic):
        return False
    return not any(w in calendar_words for w in text.split())


def _adjacent_days(x: str, y: str) -> bool:
    """Are two time values two consecutive days?"""
    ix, iy = _interval(x), _interval(y)
    if ix is None or iy is None or ix[2] != "day" or iy[2] != "day":
        return False
    return abs((date.fromisoformat(ix[0]) - date.fromisoformat(iy[0])).days) == 1


@lru_cache(maxsize=1)
def _other_occasion() -> re.Pattern[str]:
    from recoupe.lang.fr.dates import OTHER_OCCASION_MARKERS

    return re.compile("|".join(OTHER_OCCASION_MARKERS))


@lru_cache(maxsize=1)
def _dated_by_name_re() -> re.Pattern[str]:
    from recoupe.lang.fr.dates import MONTHS, WEEKDAYS

    days = "|".join(fold(w) for w in WEEKDAYS)
    months = "|".join(sorted({fold(w) for w in MONTHS if "." not in w}, key=len, reverse=True))
    return re.compile(rf"\s+du\s+(?:(?:{days})\s+)?(?:\d{{1,2}}(?:er)?\s+(?:{months})\b|(?:{days})\b)")


def _dated_by_name(c: Claim) -> bool:
    """Is the claim's date a complement of its own noun (« le bilan du mardi 18 août », « la séance
    du 3 mars »)? Such a date says which report or sitting it is, not when a deed happened: two of
    them with two dates are two things."""
    if not c.predicate or " " in c.predicate:
        return False
    folded = fold(c.text)
    stem = fold(c.predicate)
    dated = _dated_by_name_re()
    if any(dated.match(folded, m.end()) for m in re.finditer(rf"\b{re.escape(stem)}\w*", folded)):
        return True
    # a title's noun read as a verb's participle (« Tiercé du jeudi 4 mai », lemma « tiercer »): its written
    # form is the stem's, not the infinitive's. Only as the text's (or its rubric's, « Pronostics : »)
    # first word, an article allowed before it (« Le tiercé du … »): inside a clause the stem is the deed's
    # own participle (« a été coupé du samedi 6 au lundi 8 »), a span, not a name
    if len(stem) > 5 and stem.endswith(("er", "ir")):
        name = re.compile(rf"(?:(?:le|la|les|l|un|une)\s+)?{re.escape(stem[:-2])}\w*")
        starts = [folded] + ([fold(c.text.split(":", 1)[1])] if ":" in c.text else [])
        return any((m := name.match(t)) is not None and dated.match(t, m.end()) is not None for t in starts)
    return False


@lru_cache(maxsize=1)
def _calendar_words() -> frozenset[str]:
    from recoupe.lang.fr.dates import MONTHS, WEEKDAYS

    # full names only: « sept », « nov » are also a number and a word
    short = {"janv", "févr", "fevr", "avr", "juil", "sept", "oct", "nov", "déc"}
    return frozenset(fold(w) for w in (*MONTHS, *WEEKDAYS) if "." not in w and w not in short)


def _dated_in_object(c: Claim) -> bool:
    """French: are the claim's only calendar words inside its object (« un groupe a revendiqué une intrusion
    fin mars dans le réseau »)? Then its date is the object's (the intrusion), not the deed's (the claim of it),
    and says nothing against another account's day of the deed."""
    if c.language != "fr" or not c.object or c.object not in c.text:
        return False
    words = _calendar_words()
    inside = set(fold(c.object).split()) & words
    outside = set(fold(c.text.replace(c.object, " ")).split()) & words
    return bool(inside) and not outside


def _object_dated_earlier(a: Side, b: Side) -> bool:
    """``a`` dated by its object only, a week at least before its report, and ``b`` dated outside its
    object: the date of what is claimed, not of the claim. A parser that reads the deed's own day into
    the object (« a ouvert une enquête jeudi 3 septembre ») dates it near its report: that stays a date.
    The interval's first day counts (« fin mars » told on 4 April began weeks before), and a day after the
    report (« le vote fixé au 19 octobre ») cannot be that misread deed's day."""
    iv = _interval(a.claim.time)
    return (_dated_in_object(a.claim) and not _dated_in_object(b.claim) and iv is not None
            and a.published is not None and (iv[0] <= (a.published - PERIOD_SLACK).isoformat()
                                             or iv[0] > a.published.isoformat()))


# « the 14th », « 9/14 »: a day by its number; not a street's (« 5th Avenue », « 97th Street »)
_WRITTEN_DAY = re.compile(r"\b(?:[12]?\d|3[01])(?:st|nd|rd|th)\b(?!\s+[A-Z])|\b\d{1,2}/\d{1,2}\b|\b\d{4}-\d{2}-\d{2}\b")


@lru_cache(maxsize=1)
def _written_day_by_name() -> re.Pattern[str]:
    """A day written with a short or ambiguous month name beside its number (« May 3 », « Oct. 3 », « 3 May »)
    or a weekday's abbreviation (« Sat. »), which the calendar words (long, dotless) leave out."""
    from recoupe.lang.en.dates import MONTHS, WEEKDAYS

    months = "|".join(re.escape(w.capitalize()) for w in sorted(MONTHS, key=len, reverse=True))
    days = "|".join(re.escape(w.capitalize()) for w in sorted(WEEKDAYS, key=len, reverse=True) if w.endswith("."))
    return re.compile(rf"(?<!\w)(?:{months})\s*(?:[12]?\d|3[01])\b|\b(?:[12]?\d|3[01])\s+(?:{months})(?!\w)"
                      rf"|(?<!\w)(?:{days})(?!\w)")


def _day_unwritten(c: Claim) -> bool:
    """Is an English claim's day guessed: its time is of the day (« at about 7 pm », « in the evening »), and
    its clause writes no day (no weekday, month, « today », dated number)? The tagger then dates it by the
    article's other dates, which may be another day's: the clause tells the hour, not the day."""
    if c.language != "en" or "T" not in c.time:
        return False
    deictic, calendar_words = _deictic_words()
    text = f" {fold(c.text)} "
    if any(f" {w} " in text for w in deictic) or any(w.strip(".,;:") in calendar_words for w in text.split()):
        return False
    return not (_WRITTEN_DAY.search(c.text) or _written_day_by_name().search(c.text))


CLOCK_APART_MINUTES = 30  # « just after 4:40 » / « soon after 4 » are apart; « about 7 » / « just after 7 » meet
_CLOCK_TIME = re.compile(r"^(\d{4}-\d{2}-\d{2}|XXXX-XX-XX)T(\d{2}):(\d{2})$")
_DAY_PART = re.compile(r"^(\d{4}-\d{2}-\d{2}|XXXX-XX-XX)T(MO|AF|EV|NI)$")
# parts of one day that share no hour (the afternoon and the evening may meet at dusk: not apart)
_PARTS_APART = frozenset({frozenset({"MO", "EV"}), frozenset({"MO", "NI"}), frozenset({"AF", "NI"})})


def _en_hours_apart(a: Claim, b: Claim) -> bool:
    """English: two accounts dated to one day (or both to a day unknown, no anchor: « XXXX-XX-XX ») at two
    clock times at least :data:`CLOCK_APART_MINUTES` apart (« 2:30 a.m. » / « 2 a.m. »), or at two parts of
    that day that share no hour (« Tuesday morning » / « Tuesday night »). Two days are
    :func:`disjoint_dates`' matter; a clock time against a part of the day is not compared."""
    if a.language != "en" or b.language != "en":
        return False
    ca, cb = _CLOCK_TIME.match(a.time or ""), _CLOCK_TIME.match(b.time or "")
    if ca and cb:
        if ca[1] != cb[1]:
            return False
        gap = abs((int(ca[2]) * 60 + int(ca[3])) - (int(cb[2]) * 60 + int(cb[3]))) % 1440
        return min(gap, 1440 - gap) >= CLOCK_APART_MINUTES  # « midnight » is 24:00, half an hour from 00:30
    pa, pb = _DAY_PART.match(a.time or ""), _DAY_PART.match(b.time or "")
    return bool(pa and pb and pa[1] == pb[1] and frozenset({pa[2], pb[2]}) in _PARTS_APART)


@lru_cache(maxsize=1)
def _en_reporting() -> frozenset[str]:
    from recoupe.lang.en.reporting_verbs import REPORTING_VERBS

    return frozenset(REPORTING_VERBS)


@lru_cache(maxsize=1)
def _stop_words_en() -> tuple[frozenset[str], frozenset[str]]:
    from recoupe.lang.en.predicates import STOP_MOMENT_VERBS, STOP_TEST_WORDS

    return STOP_MOMENT_VERBS, STOP_TEST_WORDS


# what makes a verb of the stop's tell a traffic stop: « pulled over », a passive « was stopped », « a traffic
# stop »; « driving » / « speeding » only with « when … stopped / pulled over » in its sentence
_EN_PULLED_OVER = re.compile(r"\bpull(?:ed|s|ing)?\s+(?:\w+\s+){0,2}over\b", re.I)
_EN_WAS_STOPPED = re.compile(r"\b(?:was|were|been|being|got|get|gets)\s+(?:\w+ly\s+)?stopped\b|\btraffic\s+stop",
                             re.I)
# the person stopped, not the officer who stops: a passive (« was pulled over », « got stopped ») or « a traffic
# stop of / involving » someone; an active « Deputy X pulled over a van » tells the officer's deed
_EN_STOPPED_PERSON = re.compile(r"\b(?:is|are|was|were|been|being|got|get|gets)\s+(?:\w+ly\s+)?"
                                r"(?:stopped|pulled\s+(?:\w+\s+){0,2}over)\b|\btraffic\s+stop\s+(?:of|involving)\b",
                                re.I)
_EN_WHEN_STOPPED = re.compile(r"\bwhen\b.*\b(?:stopped|pulled\s+(?:\w+\s+){0,2}over)\b", re.I)
# the words that tell a deed done again the same day (« met him again at 4 p.m. », « later that day »)
_EN_AGAIN = re.compile(r"\b(?:again|later|second|another|once more|twice)\b", re.I)
STOP_GAP_HOURS = 3  # one stop's accounts lie within hours of each other; beyond, two moments of a night


def _en_stop_moment(c: Claim) -> bool:
    """Does an English claim tell a traffic stop (the pack's ``STOP_MOMENT_VERBS``)? « pulled over », « was
    stopped » or « a traffic stop »; « failed » only a sobriety or breath test; « driving » / « speeding » only
    when its sentence says the driver was stopped or pulled over then. A bare « stopped at a bar » or « drove
    to the hospital » is no stop."""
    if c.language != "en" or not c.predicate:
        return False
    verbs, tests = _stop_words_en()
    if c.predicate not in verbs:
        return False
    if c.predicate == "fail":
        return bool(set(fold(c.object).split()) & tests)
    if c.predicate in ("pull", "pull_over"):
        return c.predicate == "pull_over" or bool(_EN_PULLED_OVER.search(c.text))
    if c.predicate == "stop":
        return bool(_EN_WAS_STOPPED.search(c.text) or _EN_PULLED_OVER.search(c.text))
    return bool(_EN_WHEN_STOPPED.search(c.sentence or c.text))  # drive, speed


def _en_clock_gap_minutes(a: Claim, b: Claim) -> int | None:
    """The minutes between two clock times of one day (midnight wrapping), None unless both are clock times."""
    ca, cb = _CLOCK_TIME.match(a.time or ""), _CLOCK_TIME.match(b.time or "")
    if not (ca and cb):
        return None
    gap = abs((int(ca[2]) * 60 + int(ca[3])) - (int(cb[2]) * 60 + int(cb[3]))) % 1440
    return min(gap, 1440 - gap)


def _en_one_timed_deed(a: Claim, b: Claim) -> bool:
    """Two English accounts at two hours of one day tell one deed only if it is done once: one traffic stop
    told within :data:`STOP_GAP_HOURS`, or one deed of the pack's event classes (crash, shoot, kill:
    :data:`recoupe.lang.en.events.EVENT_CLASS_OF`) told by one verb; never when either says it was done
    again (« again », « later », « a second »). A meeting, a visit or a drive may be repeated within a day."""
    if _EN_AGAIN.search(a.text) or _EN_AGAIN.search(b.text):
        return False
    if _en_stop_moment(a) and _en_stop_moment(b):
        gap = _en_clock_gap_minutes(a, b)
        return gap is None or gap <= STOP_GAP_HOURS * 60
    from recoupe.lang.en.events import EVENT_CLASS_OF

    repeated = {"drive", "driving", "speed"}  # one may drive several times a day
    return (a.predicate in EVENT_CLASS_OF and b.predicate in EVENT_CLASS_OF and same_action(a, b)
            and not {a.predicate, b.predicate} & repeated)


def check_date(a: Side, b: Side) -> Finding | None:
    ac, bc = a.claim, b.claim
    if ac.negated or bc.negated or _denied(ac) or _denied(bc):
        return None
    # one day, two clock times: one deed, or one roadside stop told by two of its verbs (« stopped at 4:40 » /
    # « failed a breath test soon after 4 »)
    hours = not disjoint_dates(ac, bc) and _en_hours_apart(ac, bc)
    if not hours and not disjoint_dates(ac, bc):
        return None
    one_deed = _en_one_timed_deed(ac, bc) if hours else same_action(ac, bc)
    if not one_deed or not overlapping_content(ac, bc):
        return None
    if hours and {ac.predicate, bc.predicate} & _en_reporting():
        return None  # « police said at 10 a.m. » / « at 3 p.m. »: two statements, not one told at two hours
    if not (same_subject(ac, bc) or _en_it_one_deed(ac, bc) or _passive_of(ac, bc) or _passive_of(bc, ac)):
        return None
    if participle_apart(ac, bc):
        return None
    if not (happened(ac) or happened(bc)) or ac.article_id == bc.article_id:
        return None
    if ac.object_entity and bc.object_entity and ac.object_entity != bc.object_entity:
        return None  # one actor's deeds on two named objects (« names X » / « nominated Y »): two events
    from recoupe.claims.status import deed_on_two_things

    if ac.language == bc.language == "fr" and deed_on_two_things(ac.predicate, ac.object, bc.predicate, bc.object):
        return None  # one fire on two things, each on its day (« lundi un entrepôt » / « vendredi un gymnase »):
        # two events
    if _SINCE.search(fold(ac.text)) or _SINCE.search(fold(bc.text)):
        return None  # « depuis mai » opens a stretch that runs on: it overlaps any later start
    if _other_occasion().search(fold(ac.text)) or _other_occasion().search(fold(bc.text)):
        return None  # « dimanche, en amont de son déplacement officiel »: an earlier occasion, not the visit's date
    if a.published and b.published and a.published != b.published and _on_its_day(a) and _on_its_day(b):
        return None  # each report dates it to its own day (« jeudi », « vendredi »): two days' occurrences
    if _reports_apart(a, b) and (tells_a_repeat(ac) or tells_a_repeat(bc) or (_near_report(a) and _near_report(b))):
        return None  # reports a week apart, each dating a deed of its own week or one telling it anew: two fires
    if _adjacent_days(ac.time, bc.time) and (_deictic_day(ac) or _deictic_day(bc)):
        return None  # « this morning » read against the report's date: a day off across time zones and wire copy
    if _dated_by_name(ac) or _dated_by_name(bc):
        return None
    if _object_dated_earlier(a, b) or _object_dated_earlier(b, a):
        return None  # « revendique une intrusion fin mars »: the date of what is claimed, not of the claim
    if not hours and (_day_unwritten(ac) or _day_unwritten(bc)):
        return None  # « at about 7 pm » dated by another sentence's day: the hour is told, not the day
    return Finding("date", f"{ac.time} selon {a.source} (« {_clip(ac.text)} »), "
                           f"{bc.time} selon {b.source} (« {_clip(bc.text)} »)")


@lru_cache(maxsize=1)
def _fr_agent() -> re.Pattern[str]:
    from recoupe.lang.fr.predicates import PASSIVE_AGENT_PATTERN

    return re.compile(PASSIVE_AGENT_PATTERN)


def _content_words(text: str) -> set[str]:
    return {w for w in fold(text).split() if w not in _STOP}


def _head_zone(text: str) -> list[str]:
    """The content words of a noun phrase before its first complement (« la plaque du pont » -> plaque; « le
    nouveau pont » -> nouveau, pont): where its head noun stands."""
    words: list[str] = []
    for w in fold(text).split():
        if w in {"de", "du", "des", "d"}:
            break
        if w not in _STOP:
            words.append(w)
    return words[:OPENING_WORDS]


def _passive_of(p: Claim, q: Claim) -> bool:
    """Is French ``p`` the passive of ``q``'s deed (« le pont a été inauguré par le maire » / « le maire a
    inauguré le pont »)? ``p``'s verb is told in the passive and ``q``'s not; ``p``'s subject is ``q``'s
    object, named alike (« le pont de X » is not « le pont Y », « le pont » not « la plaque du pont »); an
    agent ``p`` names is ``q``'s subject, complement and all (« le maire de X » is not « le maire de Y »).
    Never for an indefinite patient (« un policier a été blessé »: any policeman) nor at two places. Two
    actors' deeds on each other (« le Maroc a battu la France » / « la France a battu le Maroc ») are
    active both: never one deed told two ways."""
    if p.language != "fr" or q.language != "fr" or not q.object or not p.predicate or not q.predicate:
        return False
    # a passive of a deed done that day, not a state (« était fermé le 12 ») nor a denied one; ``q`` active in
    # any reading
    if (not told_passive("fr", p.predicate, p.text, affirmed=True, deed=True)
            or told_passive("fr", q.predicate, q.text)):
        return False
    indefinite = re.compile(r"\b(?:un|une|des)\s+(?:\w+\s+)?" + re.escape(fold(p.subject)) + r"\b")
    if not fold(p.subject) or indefinite.search(fold(p.text)) or fold(q.object).split()[0] in {"un", "une", "des"}:
        return False  # an indefinite patient (« un policier a été blessé »): any one of its kind
    if (p.place and q.place and fold(p.place) != fold(q.place)) or named_apart(p.text, q.text):
        return False
    sp, sq = sites(p.text, p.place), sites(q.text, q.place)
    if sp and sq and all(sites_apart(x, y) for x in sp for y in sq):
        return False  # « huée à Lille » / « ont hué à Nantes »: a claim's place is often read on one side only
    if p.subject_entity and q.object_entity and p.subject_entity != q.object_entity:
        return False  # two named objects
    patient, patients, objects = _head(p.subject), _content_words(p.subject), _content_words(q.object)
    if not patient or patient not in _head_zone(q.object) or not (patients <= objects or objects <= patients):
        return False
    doer = _fr_agent().search(fold(p.text))
    if doer is None:
        return True
    agents, doers = _content_words(doer.group(1)), _content_words(q.subject)
    return bool(doers) and (agents <= doers or doers <= agents)


def _en_it_one_deed(a: Claim, b: Claim) -> bool:
    """English « it sank a trawler » against « the frigate sank a trawler » in another article: the pronoun is
    the other account's doer when the two tell one deed done once (:func:`_en_deeds`: one verb of the pack's
    event classes, one object noun). Only « it » (a ship, a force, a firm), and only against a doer that is
    no person: « he » / « they » may be any of a story's people, and a person is not « it »."""
    if a.language != "en" or b.language != "en" or a.article_id == b.article_id:
        return False
    it_a, it_b = fold(a.subject) == "it", fold(b.subject) == "it"
    if it_a == it_b:
        return False
    named = b if it_a else a
    if not _head(named.subject) and not named.subject_entity:
        return False  # both unnamed: nothing ties them
    return bool(_en_deeds(a) & _en_deeds(b))


@lru_cache(maxsize=1)
def _en_function_words() -> frozenset[str]:
    from recoupe.lang.en.stop_words import WEAK_WORDS

    return WEAK_WORDS | _EN_DETERMINERS | _en_pronouns()


@lru_cache(maxsize=1)
def _en_person_heads() -> frozenset[str]:
    from recoupe.lang.en.quantities import AGE_TITLES, ONE_PERSON_HEADS
    from recoupe.lang.en.sources import GENDERED_WORDS, HONORIFICS, ROLE_HEADS

    return (ONE_PERSON_HEADS | ROLE_HEADS | AGE_TITLES | frozenset(GENDERED_WORDS)
            | frozenset(fold(w).strip(".") for w in HONORIFICS))


def _en_common_noun(subject: str) -> bool:
    """Whether an English doer is named by more than a person's name (« the corvette Vela », « INS Vela », not
    « John Harlow »): a word in lower case that is no function word, or an acronym (a body's, a force's, a
    ship's prefix: no person is written so)."""
    return any(w.isalpha() and ((w.islower() and w not in _en_function_words()) or (len(w) > 1 and w.isupper()))
               for w in subject.split())


def _en_deeds(c: Claim) -> frozenset[str]:
    """The once-only deeds an English claim with « it » or a named doer tells, each as « verb|object noun »
    (« the frigate sank a trawler » -> sink|trawler): its verb in the pack's event classes
    (:data:`recoupe.lang.en.events.EVENT_CLASS_OF`: sink, seize, kill, but not criticise or meet, which
    several actors of one story each do), a noun of its object that is no function word (« the », « its »,
    « from » tie nothing). Empty for a person as doer (a title, a role, a person noun) and for a doer with no
    common noun or acronym (a bare name may be a person's). Both
    :func:`_en_it_one_deed` and the IT: / NM: keys of :func:`conflict_keys` read this, so they meet."""
    from recoupe.lang.en.events import EVENT_CLASS_OF

    if c.language != "en" or c.predicate not in EVENT_CLASS_OF:
        return frozenset()
    if fold(c.subject) != "it" and set(fold(c.subject).replace(".", " ").split()) & _en_person_heads():
        return frozenset()
    if fold(c.subject) != "it" and not _en_common_noun(c.subject):
        return frozenset()  # a bare name (« John Harlow »): a person as likely as a ship; « it » is never one
    nouns = _object_words(c) - _en_function_words()
    return frozenset(f"{x}|{w}" for x in _actions(c) for w in nouns)


# -- where one located thing was ----------------------------------------------------------------------
# « une baleine échouée », « un camion renversé »: an indefinite noun and the word that tells it
# apart, read in the folded text; the second word is not a function word (« un homme qui », « une fois »)
_THING = re.compile(r"\b(?:un|une)\s+(\w{3,})\s+"
                    r"(?:(?:a|au|de|d|du|en|sans|sur)\s+(?:la\s+|le\s+|l\s+|les\s+)?)?(\w{3,})")
_INDEFINITE = re.compile(r"\b[Uu]ne?\b")
_NOT_A_MARK = frozenset({"qui", "que", "dont", "est", "etait", "avait", "ont", "sont", "etre", "avoir", "fois", "autre",
                         "nouveau", "nouvelle", "deuxieme", "second", "seconde", "plus", "tres", "peu", "pour", "par",
                         "avec", "dans", "son", "ses", "leur", "cette", "celui", "celle", "comme", "mais", "elle",
                         "lui", "partie", "certain", "certaine", "dizaine", "centaine", "millier", "total"})
# where a site is named: « à X », « au large de X », « dans le X », « sur l'île de X », « en X »
_SITE_AT = re.compile(
    r"(?:\bà\s+|\bau\s+large\s+d(?:e\s+|['’]\s*)|\bdans\s+(?:le\s+|la\s+|l['’]\s*)|\bsur\s+(?:l['’]\s*)|\ben\s+)"
    r"(?:(?:la|le)\s+|l['’]\s*)?((?:île|îles|pointe|cap|baie|golfe|presqu['’]île)\s+(?:de\s+|d['’]\s*|du\s+))?"
    r"([A-ZÉÈÊÎÔ][\w-]*(?:['’][A-ZÉa-zé][\w-]*)?)")


@lru_cache(maxsize=4096)
def located_things(text: str) -> frozenset[str]:
    """The located things a clause tells of, each as « noun|mark » (« une baleine échouée » ->
    « baleine|echouee »)."""
    out: set[str] = set()
    if not _INDEFINITE.search(text):
        return frozenset()  # no indefinite article: no folding
    for m in _THING.finditer(fold(text)):
        noun, mark = m.group(1), m.group(2)
        if noun not in _NOT_A_MARK and mark not in _NOT_A_MARK and not mark.isdigit():
            out.add(f"{noun}|{mark}")
    return frozenset(out)


@lru_cache(maxsize=4096)
def sites(text: str, place: str = "") -> tuple[Any, ...]:
    """The French communes, departments and regions a clause places itself at (its place, and the
    names after « à », « au large de », « dans le », « sur l'île de »), with the gazetteer
    (:func:`recoupe.resolve.places.site`). A name the world gazetteer knows as a place abroad
    (a Spanish city whose French name a small French commune also bears) is read as that commune
    only when the commune is a city of the world gazetteer's size too (« Brest »)."""
    from recoupe.resolve.places import MIN_POPULATION, lookup, site

    names = [place] if place else []
    names += [f"{m.group(1) or ''}{m.group(2)}" for m in _SITE_AT.finditer(text)]
    out = []
    for name in names:
        found = site(name)
        if found is None or found in out:
            continue
        known = lookup(name)
        if known is not None and known.country != "FR" and found.population < MIN_POPULATION:
            continue
        out.append(found)
    return tuple(out)


def check_site(a: Side, b: Side) -> Finding | None:
    """One located thing (« une baleine échouée ») told at places that cannot be one (``place``):
    every site of one account apart from every site of the other (two communes far apart, or
    places of different regions), in different articles whose headlines both tell that thing,
    both firm and told as done, neither telling another occurrence (« une autre baleine ») or
    several."""
    from recoupe.resolve.places import sites_apart

    ac, bc = a.claim, b.claim
    if ac.article_id == bc.article_id or not (happened(ac) and happened(bc)) or ac.negated or bc.negated:
        return None
    shared = located_things(ac.text) & located_things(bc.text)
    if not shared & located_things(a.headline) & located_things(b.headline):
        return None  # the thing each article is about (its headline tells it), not one of a roundup's
    if any(_another_event(c) or _several_events(c) for c in (ac, bc)):
        return None
    sa, sb = sites(ac.text, ac.place), sites(bc.text, bc.place)
    if not sa or not sb or not all(sites_apart(x, y) for x in sa for y in sb):
        return None
    where_a = ", ".join(x.name for x in sa)
    where_b = ", ".join(y.name for y in sb)
    return Finding("place", f"{where_a} selon {a.source} (« {_clip(ac.text)} »), {where_b} selon {b.source} "
                            f"(« {_clip(bc.text)} »)")


# -- when a one-off event happened ---------------------------------------------------------------
def one_off_event(c: Claim) -> str:
    """The one-off event a firm claim tells as done, if any (:mod:`recoupe.lang.fr.events`): by
    its verb (« l'embarcation a chaviré mardi » -> naufrage; a named person's death), or by the
    event noun its subject heads with a verb of occurrence (« le naufrage s'est produit mardi »,
    « l'explosion a eu lieu »); "" otherwise, or when negated, planned or hedged."""
    from recoupe.lang.fr.events import DEATH_VERBS, EVENT_NOUNS, EVENT_VERBS, OCCURRENCE_VERBS

    if c.negated or not happened(c):
        return ""
    if c.predicate in EVENT_VERBS:
        return EVENT_VERBS[c.predicate]
    if c.predicate in DEATH_VERBS:
        return "deces" if c.subject_entity else ""  # a named person dies once
    if c.predicate in OCCURRENCE_VERBS or " lieu" in c.text:  # most claims: two set lookups, no folding
        head = _head(c.subject)
        if head in EVENT_NOUNS and (c.predicate in OCCURRENCE_VERBS or " eu lieu" in fold(c.text)):
            return EVENT_NOUNS[head]
    return _relative_event(c.subject) if "qui " in c.subject else ""


_RELATIVE_EVENT = re.compile(r"\bqui (?:a|avait|s est|s etait|est|etait) (\w+?)e?e?s? (.*)$")


@lru_cache(maxsize=4096)
def _relative_event(subject: str) -> str:
    """The one-off event a relative clause of the subject tells with its date (« L'embarcation,
    qui a coulé lundi, reliait … »: the clause's subject is « canot, qui a coulé lundi »):
    the claim is then dated by that clause. Only when the date is in the relative clause."""
    from recoupe.lang.fr.dates import MONTHS, WEEKDAYS
    from recoupe.lang.fr.events import EVENT_VERBS

    m = _RELATIVE_EVENT.search(fold(subject))
    if not m:
        return ""
    lemma = next((v for v in EVENT_VERBS if fold(v) == f"{m.group(1)}er"), "")
    if not lemma:
        return ""
    words = set(m.group(2).split())
    dated = words & {fold(w) for w in (*WEEKDAYS, *MONTHS, "hier", "avant-hier")} or any(w.isdigit() for w in words)
    return EVENT_VERBS[lemma] if dated else ""


def _one_bearer(a: Claim, b: Claim) -> bool:
    """May two accounts of one kind of event be about the same bearer? The same entity, or not
    two entities; the same head noun, or nouns of one kind (« l'embarcation » / « un bateau »,
    :data:`~recoupe.lang.fr.events.BEARER_KINDS`), or one subject unnamed (a pronoun) or the
    event itself (« le naufrage »)."""
    from recoupe.lang.fr.events import BEARER_KINDS, EVENT_NOUNS

    if a.subject_entity and b.subject_entity:
        return a.subject_entity == b.subject_entity
    ha, hb = _head(a.subject), _head(b.subject)
    if not ha or not hb or ha.rstrip("sx") == hb.rstrip("sx"):
        return True
    if ha in EVENT_NOUNS or hb in EVENT_NOUNS:
        return True
    kind = BEARER_KINDS.get(ha.rstrip("sx")) or BEARER_KINDS.get(ha)
    return bool(kind) and kind == (BEARER_KINDS.get(hb.rstrip("sx")) or BEARER_KINDS.get(hb))


def check_event_date(a: Side, b: Side) -> Finding | None:
    """Two accounts of one story that date the same one-off event apart (``date``): « L'embarcation,
    qui a coulé lundi » / « Un navire a coulé le 3 mai », told with different subjects and
    nothing else in common, which :func:`check_date` does not compare. Different articles; the
    same event (:func:`one_off_event`) and bearer (:func:`_one_bearer`); no side telling another
    occurrence (« un autre bateau », « deux naufrages »); places that do not exclude each other;
    and not two reports that each date it to its own day (two occurrences)."""
    ac, bc = a.claim, b.claim
    event = one_off_event(ac)
    if not event or event != one_off_event(bc) or ac.article_id == bc.article_id or not disjoint_dates(ac, bc):
        return None
    if any(_another_event(c) or _several_events(c) for c in (ac, bc)) or not _one_bearer(ac, bc):
        return None
    if event == "deces" and ac.subject_entity != bc.subject_entity:
        return None  # one person's death: the same person named on both sides
    if ac.place and bc.place and _place_conflict(ac, bc):
        return None
    if a.published and b.published and a.published != b.published and _on_its_day(a) and _on_its_day(b):
        return None
    return Finding("date", f"{ac.time} selon {a.source} (« {_clip(ac.text)} »), "
                           f"{bc.time} selon {b.source} (« {_clip(bc.text)} »)")


# -- one count of one deed dated two ways --------------------------------------------------------
COUNT_FLOOR = 1000  # a figure this large, told twice of one deed, is one count (« 12 000 supporters »)


@lru_cache(maxsize=4096)
def _big_figures(sentence: str, language: str = "fr") -> frozenset[float]:
    """The figures of ``COUNT_FLOOR`` or more of a sentence (not years, not loose orders of
    magnitude): the sentence's, since a relative clause leaves its count to its antecedent (« les
    12 000 | qui avaient envahi la pelouse le 4 juin »)."""
    if not any(ch.isdigit() for ch in sentence):
        return frozenset()
    return frozenset(q.value for q in of_claim(sentence, "", language)
                     if q.value >= COUNT_FLOOR and not q.unit and not _not_a_figure(q))


def _day_dated_deed(c: Claim) -> bool:
    iv = _interval(c.time)
    return bool(iv) and iv[2] == "day" and happened(c) and not c.negated  # type: ignore[index]


def check_counted_date(a: Side, b: Side) -> Finding | None:
    """One count of one deed (the same figure of ``COUNT_FLOOR`` or more in both sentences, the same
    object or action: « le 3 juin, plus de 12 000 supporters ont envahi la pelouse » / « les
    12 000 qui avaient envahi la pelouse le 4 juin ») dated on two days (``date``), even in
    one article (two sentences); not another occurrence or several, and not two reports that each
    date it to its own day."""
    ac, bc = a.claim, b.claim
    if not (_day_dated_deed(ac) and _day_dated_deed(bc)) or not disjoint_dates(ac, bc):
        return None
    if ac.article_id == bc.article_id and ac.sentence == bc.sentence:
        return None
    if not _big_figures(ac.sentence or ac.text, a.language) & _big_figures(bc.sentence or bc.text, b.language):
        return None
    head_a, head_b = _head(ac.object), _head(bc.object)
    if not (head_a and head_a == head_b) and not same_action(ac, bc):
        return None
    if any(_another_event(c) or _several_events(c) for c in (ac, bc)):
        return None
    if a.published and b.published and a.published != b.published and _on_its_day(a) and _on_its_day(b):
        return None
    return Finding("date", f"{ac.time} selon {a.source} (« {_clip(ac.text)} »), "
                           f"{bc.time} selon {b.source} (« {_clip(bc.text)} »)")


def counted_keys(c: Claim) -> set[str]:
    """Keys of a deed dated to a day whose sentence gives a large figure: the figure, filed and
    looked up alike (:func:`check_counted_date`)."""
    if not c.time or not _day_dated_deed(c):
        return set()
    return {f"CD:{v:g}" for v in _big_figures(c.sentence or c.text)}


# -- one length of time in years and months, told two ways ---------------------------------------------
NEAR_MONTHS = 3  # two lengths « N ans et M mois » of one actor this close are one length told two ways


def compound_months(c: Claim, language: str = "fr") -> int | None:
    """The length a clause gives in years and months together (« trois ans et quatre mois » -> 40),
    or None: a precise length, which two accounts of one actor give alike unless they disagree."""
    if " mois" not in c.text or " et " not in c.text:
        return None  # most clauses: no folding, no parse
    for x, y in pairwise(of_claim(c.text, "", language)):
        if (x.unit == "an" and y.unit == "mois" and c.text[x.start + len(x.text):y.start].strip() == "et"
                and x.value == int(x.value) and y.value == int(y.value) and 0 < y.value < 12):
            return int(x.value) * 12 + int(y.value)
    return None


def check_compound_length(a: Side, b: Side) -> Finding | None:
    """One actor's length of time in years and months given differently by two articles (``quantity``):
    « en trois ans et quatre mois, X a bâti son entreprise » / « après trois ans et deux mois de
    travail, X l'a vendue »: the same named actor, reports within ``AGE_DAYS`` days, two
    lengths at most ``NEAR_MONTHS`` months apart (further apart, they are lengths of two things)."""
    ac, bc = a.claim, b.claim
    if ac.article_id == bc.article_id or not ac.subject_entity or ac.subject_entity != bc.subject_entity:
        return None
    if ac.negated or bc.negated or not (happened(ac) and happened(bc)):
        return None
    if a.published and b.published and abs((a.published - b.published).days) > AGE_DAYS:
        return None
    ma, mb = compound_months(ac, a.language), compound_months(bc, b.language)
    if ma is None or mb is None or ma == mb or abs(ma - mb) > NEAR_MONTHS:
        return None

    def told(m: int) -> str:
        return f"{m // 12} an{'s' if m >= 24 else ''} et {m % 12} mois"

    return Finding("quantity", f"{told(ma)} selon {a.source} (« {_clip(ac.text)} »), {told(mb)} selon {b.source} "
                               f"(« {_clip(bc.text)} »)")


# -- when a piece of news was made known ---------------------------------------------------------
ANNOUNCED_SHARED_WORDS = 2  # what two announcements make known: this many content words in common
ANNOUNCED_SHARED_ACROSS = 4  # ... when the two are in different stories


@lru_cache(maxsize=1)
def _announcing() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    from recoupe.lang.fr.dates import ANNOUNCEMENT_NOUNS, ANNOUNCING_VERBS, DAY_OFFSETS, DAY_PARTS, MONTHS, WEEKDAYS

    dates = {fold(w) for w in (*MONTHS, *WEEKDAYS, *DAY_OFFSETS, *DAY_PARTS)} | {"dernier", "derniere", "prochain"}
    return ANNOUNCING_VERBS, frozenset(fold(w) for w in ANNOUNCEMENT_NOUNS), frozenset(dates)


def announcement(c: Claim) -> str:
    """How a claim tells when a piece of news was made known: ``verb`` (« ont annoncé mercredi des
    médias britanniques », « X a révélé jeudi son départ »), ``noun`` when it names an
    announcement already known (« La nouvelle est tombée le 3 mars », « L'annonce jeudi soir du
    départ de X a surpris »), or "" (not one, or not dated to a day, or not
    stated as done)."""
    verbs, nouns, _ = _announcing()
    interval = _interval(c.time)
    if interval is None or interval[2] != "day" or c.negated or not happened(c):
        return ""
    words = fold(c.text).split()
    if len(words) > 2 and words[0] in _DEFINITE and words[1] in nouns and (
            words[2] in _AFTER_ANNOUNCEMENT or words[2] in _announcing()[2]):
        return "noun"  # « La nouvelle est tombée », « L'annonce jeudi soir du … », not « La nouvelle coulée »
    if c.predicate in verbs:
        return "verb"
    return "participle" if _ANNOUNCED_PARTICIPLE.search(fold(c.text)) else ""


# « la fuite, révélée ce lundi, … », « l'attaque, rendue publique le 3 mai »: a news named by a
# noun phrase with the participle of its announcement and a date right after it (folded text)
_ANNOUNCED_PARTICIPLE = re.compile(
    r"\w+ (?:annoncee?s?|revelee?s?|rendue?s? publiques?|devoilee?s?|officialisee?s?) "
    r"(?:ce |cette |le |l |la |hier|avant hier|dans la nuit|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)")


_DEFINITE = frozenset({"la", "l", "le", "cette", "cet"})
_AFTER_ANNOUNCEMENT = frozenset({"est", "a", "etait", "avait", "du", "de", "des", "d", "officielle", "officiel"})


def _announced(c: Claim, headline: str) -> frozenset[str]:
    """What an announcement makes known, as content words: the object of « annoncer X », else
    its sentence and its article's headline (« La nouvelle est tombée le 3 mars : le maire
    démissionne », under « … les raisons du départ du maire »). Date words are left out."""
    _, nouns, dates = _announcing()
    told = c.object if c.object and announcement(c) == "verb" else f"{c.sentence} {headline}"
    return frozenset(w for w in fold(told).split()
                     if len(w) > 3 and w not in _STOP and w not in dates and w not in nouns and not w.isdigit())


def check_announced(a: Side, b: Side, shared: int = ANNOUNCED_SHARED_WORDS) -> Finding | None:
    """Two accounts that date one announcement to different days (``date``): « ont annoncé mercredi
    des médias » / « L’annonce jeudi soir du départ de X », « La nouvelle est tombée le 3 mars ».
    Different articles, days apart, the same news made known (:func:`_announced`). A news breaks
    once, so the rule that each report tells its own day's event (:func:`_on_its_day`) does not
    hold when one side names « l'annonce » already known; two verbs each dated to its own report's
    day may be two announcements (« Météo-France a annoncé jeudi … ; vendredi, elle a annoncé … »).
    Two announcers named apart announce different things, and so do the press and anyone else
    (the leak « révélé mardi par la presse », then « X a annoncé mercredi »). A news named with the participle of
    its announcement (« la fuite de données, révélée ce lundi ») is dated like a verb. ``shared``:
    the content words the two must have in common (more across stories)."""
    ac, bc = a.claim, b.claim
    how_a, how_b = announcement(ac), announcement(bc)
    if not how_a or not how_b or ac.article_id == bc.article_id or not disjoint_dates(ac, bc):
        return None
    if how_a == how_b == "verb" and (different_subjects(ac, bc) or _by_press(ac) != _by_press(bc)):
        return None  # two announcers: the press's leak (« révélé mardi par la presse ») then the party's own
    if "noun" not in (how_a, how_b) and (
            a.published and b.published and a.published != b.published and _on_its_day(a) and _on_its_day(b)):
        return None  # a verb or a participle each of its own report's day: maybe two announcements
    if len(_announced(ac, a.headline) & _announced(bc, b.headline)) < shared:
        return None
    return Finding("date", f"annoncé le {ac.time[:10]} selon {a.source} (« {_clip(ac.text)} »), "
                           f"le {bc.time[:10]} selon {b.source} (« {_clip(bc.text)} »)")


@lru_cache(maxsize=1)
def _press_words() -> frozenset[str]:
    from recoupe.lang.fr.sources import MEDIA_HEADS, NEWS_AGENCIES

    return frozenset(fold(w) for w in MEDIA_HEADS | NEWS_AGENCIES)


def _by_press(c: Claim) -> bool:
    """Is an announcement made by the press (« révélé par la presse », « ont annoncé des journaux
    britanniques », « selon la presse »): its announcer a medium or a news agency?"""
    words = [w for w in fold(c.attributed_to or c.subject).split() if w not in _STOP]
    return bool(words) and (words[0] in _press_words() or " ".join(words) in _press_words())


def _on_its_day(s: Side) -> bool:
    """Does the claim date what it tells to its report's day or the night before (« ce jeudi », « dans
    la nuit »)? Reports of a war, a strike or a heat wave published on different days each tell their
    own day's events."""
    try:
        told = date.fromisoformat(s.claim.time[:10])
    except ValueError:
        return False
    return s.published is not None and timedelta(0) <= s.published - told <= timedelta(days=1)


def _reports_apart(a: Side, b: Side) -> bool:
    """Are the two sides' articles published more than REPORTS_APART_DAYS apart?"""
    return bool(a.published and b.published and abs((a.published - b.published).days) > REPORTS_APART_DAYS)


def _near_report(s: Side) -> bool:
    """Does the claim date what it tells to a day of its report's last REPORTS_APART_DAYS days?"""
    try:
        told = date.fromisoformat(s.claim.time[:10])
    except ValueError:
        return False
    return s.published is not None and timedelta(0) <= s.published - told <= timedelta(days=REPORTS_APART_DAYS)


# -- when an ongoing event began ----------------------------------------------------------------
START_SLACK = timedelta(days=1)  # two starts this close are one
ROUND_WEEK = (0.7, 1.6)  # « depuis une semaine »: five days to eleven (« un mois » is told more exactly)


class Start(NamedTuple):
    """When an account says an ongoing event began: the event (« feu », « guerre »), the first
    and last day it allows, and the words that say it."""

    event: str
    first: date
    last: date
    how: str


@lru_cache(maxsize=1)
def _start_res() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, int]]:
    from recoupe.lang.fr.dates import (
        ELAPSED_APPROXIMATIONS,
        ELAPSED_PREPOSITIONS,
        ELAPSED_UNITS_DAYS,
        NUMBER_WORDS,
        START_VERBS,
    )

    numbers = "|".join(sorted((fold(w) for w in NUMBER_WORDS if fold(w) != "zero"), key=len, reverse=True))
    approx = "|".join(sorted((a for a in ELAPSED_APPROXIMATIONS if a), key=len, reverse=True))
    elapsed = re.compile(rf"\b({'|'.join(ELAPSED_PREPOSITIONS)}) (?:({approx}) )?(\d+|{numbers}) "
                         rf"({'|'.join(ELAPSED_UNITS_DAYS)})\b")
    began = re.compile(rf"\b(?:(?:s |se )?(?:est|etait|a|avait) (?:{'|'.join(START_VERBS)})|depuis le)\b")
    return elapsed, began, {fold(w): n for w, n in NUMBER_WORDS.items()}


def _events(text: str) -> set[str]:
    from recoupe.lang.fr.dates import ONGOING_EVENTS

    return {ONGOING_EVENTS[w] for w in fold(text).split() if w in ONGOING_EVENTS}


def starts(c: Claim, published: date | None) -> list[Start]:
    """When the ongoing event a firm claim tells began, if it says: from how long it has lasted by
    the report's day (« depuis deux semaines, les pompiers luttent contre l'incendie », « éteint
    après un mois de combat »: the report's day less that length, widened by its approximation),
    or from a dated start (« le feu s'était déclaré le 21 juillet »). The event is named in the
    claim, else in its sentence (:data:`~recoupe.lang.fr.dates.ONGOING_EVENTS`)."""
    if c.negated or c.planned or c.modality not in _FIRM:
        return []
    return list(_starts(c.text, c.sentence or "", c.time, published))


@lru_cache(maxsize=8192)
def _starts(text: str, sentence: str, time: str, published: date | None) -> tuple[Start, ...]:
    folded = fold(text)
    elapsed, began, numbers = _start_res()
    found: list[tuple[date, date, str]] = []
    period = _interval(time)
    # a length is counted back from the report's day, unless the claim dates what it tells to
    # another day (« en mai, la grève durait depuis trois semaines »)
    told_then = period is not None and published is not None and not (
        date.fromisoformat(period[0]) - timedelta(days=1) <= published <= _last_day(period[1]) + timedelta(days=1))
    if published is not None and not told_then:
        from recoupe.lang.fr.dates import ELAPSED_APPROXIMATIONS, ELAPSED_UNITS_DAYS

        for m in elapsed.finditer(folded):
            _, approx, number, unit = m.groups()
            n = float(number) if number.isdigit() else float(numbers[number])
            days = n * ELAPSED_UNITS_DAYS[unit]
            short, long = ELAPSED_APPROXIMATIONS[approx or ""]
            if n == 1 and unit == "semaine" and not approx:
                short, long = ROUND_WEEK  # « depuis une semaine »: a round figure
            lo, hi = (days - 1, days + 1) if unit.startswith("jour") and not approx else (days * short, days * long)
            found.append((published - timedelta(days=math.ceil(hi)), published - timedelta(days=math.floor(lo)),
                          m.group(0)))
    start_verb = began.search(folded) if period is not None else None
    if (period is not None and start_verb is not None and _one_day_named(folded)
            and _event_before(folded[:start_verb.start()], text, sentence)):
        found.append((date.fromisoformat(period[0]), _last_day(period[1]), time))
    if not found:
        return ()
    events = _events(text) or _events(sentence)
    return tuple(Start(e, first, last, how) for e in sorted(events) for first, last, how in found)


def _one_day_named(folded: str) -> bool:
    """Does a clause name at most one day or month, so that its date is the start's (« la grève, qui
    avait débuté mardi, dure encore ce vendredi » dates its clause to Friday)?"""
    from recoupe.lang.fr.dates import MONTHS, WEEKDAYS

    days = {fold(w) for w in (*WEEKDAYS, *MONTHS)}
    return sum(1 for w in folded.split() if w in days) <= 1


def _event_before(head: str, text: str, sentence: str) -> bool:
    """Is the event that began named before its start verb: in the clause (``head``, its folded words
    up to the verb: « le brasier s'était déclaré »), or, for a clause that names none (« qui avait éclaté
    mardi »), in its sentence before it? « L'averse, qui a débuté mardi, a freiné ce brasier » dates
    the shower."""
    if _events(head):
        return True
    if _events(text) or text not in sentence:
        return False
    return bool(_events(sentence[:sentence.index(text)]))


def _areas(c: Claim) -> tuple[str, ...]:
    """The French communes, departments or regions a claim is placed in: its place, else those its
    sentence names."""
    from recoupe.resolve.places import areas_named, site

    if c.place:
        p = site(c.place)
        if p is not None and fold(p.name) == fold(c.place).removeprefix("le ").removeprefix("la "):
            return (p.name,)
    return areas_named(c.sentence or c.text)


def _areas_apart(a: Side, b: Side) -> bool:
    """Are two accounts placed in two French regions or departments (« le feu du Var » / « l'incendie qui
    sévit dans la Drôme », « à Montélimar »)? Then they tell two events, whatever else they share. A
    claim whose sentence names no place is placed by its article's headline, else by its lede: one
    article's figure of the fire « dans le Var », told in a headline that names no place, is not another
    article's figure of a fire « à Briançon »."""
    from recoupe.resolve.places import areas_apart, areas_named

    def placed(s: Side) -> tuple[str, ...]:
        return _areas(s.claim) or areas_named(s.headline) or areas_named(s.lede)

    pa, pb = placed(a), placed(b)
    return areas_apart(pa, pb) or _beside(a, b, pb) or _beside(b, a, pa)


@lru_cache(maxsize=1)
def _neighbour_re() -> re.Pattern[str]:
    from recoupe.lang.en.events import NEIGHBOURING as EN
    from recoupe.lang.fr.events import NEIGHBOURING as FR

    name = r"[A-ZÀ-Ý][\w’'-]*(?:\s+(?:(?:de|du|des|la|le|et)\s+)?[A-ZÀ-Ý][\w’'-]*){0,3}"
    fr, en = "|".join(sorted(FR)), "|".join(sorted(EN))
    return re.compile(rf"(?P<fr>{name})\s+(?:{fr})\b|\b(?:{en})\s+(?P<en>{name})")


def neighbouring_areas(text: str) -> tuple[str, ...]:
    """The French departments and regions a clause names as the neighbouring ones (« dans le Gers
    voisin », « in neighbouring Gers »): by the text's own word, places beside the one its article is
    about, not that place."""
    from recoupe.resolve.places import site

    out: list[str] = []
    for m in _neighbour_re().finditer(text):
        words = (m.group("fr") or m.group("en")).split()
        for k in range(len(words)):  # « ... les Hautes-Alpes voisines »: the shortest tail that is a place
            name = " ".join(words[k:])
            found = site(name)
            if found is not None and found.kind != "commune" and fold(found.name) == fold(name):
                out.append(found.name)
                break
    return tuple(out)


def _beside(a: Side, b: Side, b_areas: tuple[str, ...]) -> bool:
    """Is ``a`` told at a place its sentence names as the neighbouring one (:func:`neighbouring_areas`), while
    ``b`` is placed (``b_areas``) and its sentence, headline and lede never name that place? « Dans le Gers
    voisin, un incendie a brûlé 600 hectares » is the fire beside the one of the article, not the fire « près
    de Tarbes » of another article that never names the Gers (the gazetteer does not know a commune's
    department, so the commune alone cannot tell)."""
    near = neighbouring_areas(a.claim.sentence or a.claim.text)
    if not near or not b_areas:
        return False
    if set(_areas(a.claim)) - set(near):
        # a's own clause is placed elsewhere too (« le feu du Gers … a gagné les Landes voisines »): its figure
        # is that place's, the neighbour only where the event spread or whence help came
        return False
    told = fold(" ".join((b.claim.sentence or b.claim.text, b.headline, b.lede)))
    return not any(re.search(rf"\b{re.escape(fold(n))}\b", told) for n in near)


def check_start(a: Side, b: Side) -> Finding | None:
    """Two accounts that date the start of one ongoing event apart (``date``): « depuis deux
    semaines » in a report of the 14th against « éteint après un mois de combat » on the 18th, or
    « s'était déclaré le 21 juillet ». Different articles; starts more than a day apart once
    each is widened by its approximation; not two accounts placed in two departments (two fires)."""
    ac, bc = a.claim, b.claim
    if ac.article_id == bc.article_id or _areas_apart(a, b):
        return None
    for x in starts(ac, a.published):
        for y in starts(bc, b.published):
            if x.event != y.event:
                continue
            if x.last + START_SLACK < y.first or y.last + START_SLACK < x.first:
                return Finding("date", f"début vers le {x.first.isoformat()}–{x.last.isoformat()} selon {a.source} "
                                       f"(« {_clip(ac.text)} »), vers le {y.first.isoformat()}–{y.last.isoformat()} "
                                       f"selon {b.source} (« {_clip(bc.text)} »)")
    return None


def start_keys(c: Claim) -> set[str]:
    """Keys of :func:`check_start`: the events whose start the claim dates (filed and looked up
    alike). Read without a publication date: a claim dates a start when it says how long."""
    period = _interval(c.time)
    day = date.fromisoformat(period[0]) if period is not None else date(2000, 1, 1)  # any day it is not told apart from
    return {f"ST:{s.event}" for s in starts(c, day)}


def _fmt(q: Quantity) -> str:
    return q.text or f"{q.value:g} {q.thing}"


def _quantities(c: Claim, language: str = "") -> list[Quantity]:
    if c.modality in {"speculative", "denied"}:
        return []
    language = language or c.language
    qs = [_crowd(c, q) if language == "fr" else q for q in of_claim(c.text, c.sentence, language)
          if q.thing and not _in_relative(c, q, language)]
    if c.negated:
        # a figure of what did not happen is no count; the age of who it is told of still is
        return [q for q in qs if q.thing == "âge"]
    if c.planned:
        # nor is a figure of what is yet to happen, but for that age (« la navigatrice de 51 ans doit
        # prendre le départ dimanche ») and the areas an alert covers on a coming day: the bulletin
        # that placed them is out already (« neuf départements en alerte orange demain »)
        return [q for q in qs if q.thing == "âge" or _under_alert(c, q)]
    return qs + _subject_age(c, qs, language)


def tells_march(c: Claim) -> bool:
    """Does the claim tell a march: a march verb (« ont défilé »), or a gathering verb whose subject is the march
    (« la manifestation a rassemblé 3 000 personnes »; not « le festival a rassemblé »)?"""
    if c.predicate in MARCH_VERBS:
        return True
    return c.predicate in GATHERING_VERBS and _bare_march(c.subject) and bool(
        set(fold(f"{c.text} {c.attributed_to or ''}").split()) & PROTEST_SIGNS)


def _bare_march(subject: str) -> bool:
    """Is a subject the bare march: a march noun, its determiner if any, nothing after (« le cortège », not « le cortège
    de tête »), the noun unfolded (« le marché » is no march)?"""
    words = [w for w in re.split(r"[\s'’]+", subject.lower()) if w]
    if words and words[0] in MARCH_DETERMINERS:
        words = words[1:]
    return len(words) == 1 and words[0] in MARCH_NOUNS


def _crowd(c: Claim, q: Quantity) -> Quantity:
    """A march's crowd counted as one thing whatever its noun (« 3 000 grévistes ont défilé » / « 800
    manifestants ont défilé »: two versions of one count), when the claim tells the march; a counter's figure
    when its noun names marchers (« la préfecture a compté 1 800 participants », not « a recensé 30 000
    grévistes »: a strike's count); any other figure as read."""
    if q.thing == CROWD_THING or q.unit:
        return q
    if (q.thing in CROWD_NOUNS | CROWD_ANY and tells_march(c)) or (
            q.thing in COUNTED_CROWD and c.predicate in COUNTING_VERBS):
        return replace(q, thing=CROWD_THING)
    return q


def _as_read(c: Claim, q: Quantity, language: str) -> str:
    """The noun a figure counts as the claim writes it, before :func:`_crowd` made it the march's crowd."""
    if q.thing != CROWD_THING:
        return q.thing
    for r in of_claim(c.text, c.sentence, language):
        if r.start == q.start and r.text == q.text:
            return r.thing
    return q.thing


def _counters_own(c: Claim, qs: list[Quantity], language: str) -> list[Quantity]:
    """A counter's figures with its own nouns, for a claim of another article: « la préfecture a compté 1 800
    participants » counts the march its own article tells, but « le salon a enregistré 40 000 participants » is
    no count of another outlet's march; only « manifestants » counted is one."""
    if tells_march(c) or not any(q.thing == CROWD_THING for q in qs):
        return qs
    return [replace(q, thing=_as_read(c, q, language)) if q.thing == CROWD_THING else q for q in qs]


def _crowd_counted(ac: Claim, qa: list[Quantity], bc: Claim, qb: list[Quantity]) -> bool:
    """Does one claim give the count of the crowd the other tells marching (« 5 000 personnes ont marché » /
    « la préfecture a compté 1 800 participants », or « la manifestation a rassemblé 3 000 personnes »: the march
    told by its gathering)? The counter's words are its own, not the march's."""
    if not (any(q.thing == CROWD_THING for q in qa) and any(q.thing == CROWD_THING for q in qb)):
        return False
    return ((ac.predicate in COUNTING_VERBS and tells_march(bc))
            or (bc.predicate in COUNTING_VERBS and tells_march(ac))
            or (tells_march(ac) and tells_march(bc) and {ac.predicate, bc.predicate} & GATHERING_VERBS != set()))


@lru_cache(maxsize=1)
def _cause_words() -> tuple[re.Pattern[str], frozenset[str]]:
    # a march verb's own forms (« ont défilé », « manifestaient »), not its nouns (« manifestants »)
    verbs = "|".join(re.escape(v[:-2]) for v in sorted(MARCH_VERBS))
    forms = r"(?:er|é|ée|és|ées|e|es|ent|ait|aient|ons|ez|era|eront)"
    opener = "|".join(re.escape(w) for w in sorted(MARCH_CAUSES, key=len, reverse=True))
    # the cause after the verb, within its clause (« ont défilé samedi à Lyon contre la réforme »); never a
    # clause's opening (« Pour les syndicats, … » names a holder)
    cause = re.compile(rf"\b(?:{verbs}){forms}\b[^,;.]*?\b(?:{opener})\s+([^,;.]+)", re.I)
    return cause, frozenset(fold(w) for w in FR_STOP_WORDS)


def _cause(c: Claim) -> frozenset[str]:
    """The content stems of what a march is for or against (« ont défilé contre la réforme des retraites »),
    up to the clause's end; empty when the claim names no cause."""
    pattern, stops = _cause_words()
    m = pattern.search(c.text)
    if m is None:
        return frozenset()
    words = [fold(w) for w in re.findall(r"[^\W\d_]+", m.group(1))]
    if any(w in NOT_CAUSES for w in words):
        return frozenset()  # « pour la troisième fois »: no cause
    return frozenset(fr_stem(w) for w in words if w not in stops and len(w) > 2)


def _causes_apart(a: Claim, b: Claim) -> bool:
    """Do two claims tell two marches by their causes (« contre la réforme » / « pour le climat »), or does
    one march name a cause the other lacks (« en solidarité avec … » / « contre la réforme »)? Asked only of
    two crowds told by two nouns (« personnes » / « manifestants »), which only their march makes one. A
    counter's claim (« la préfecture a compté 800 manifestants ») never tells the cause: its lack is no sign."""
    ca, cb = _cause(a), _cause(b)
    if ca and cb:
        return not ca & cb
    return bool(ca) != bool(cb) and tells_march(a) and tells_march(b)


def _march_done(s: Side) -> bool:
    """Does the claim date its march to a day before its report (« Mardi, 3 000 manifestants ont défilé » in
    Wednesday's paper)? A finished march's count does not swell or thin: two of them are two versions."""
    m = _DATE.match(s.claim.time or "")
    if m is None or not m.group(3) or s.published is None:
        return False
    return date(int(m.group(1)), int(m.group(2)), int(m.group(3))) < s.published


# a relative pronoun inside a claim opens a clause about one of its nouns (« la crue qui avait inondé 2 400
# maisons en 2018 a inondé le centre »); lower case only (« WHO » is the agency); « ce qui » take up the whole
# clause before it (« …, ce qui porte le bilan à 12 morts »): what the claim tells. « dont » is left out: before
# a figure it says « including » (« 12 morts, dont 3 enfants »), a part of the claim's own count
_RELATIVE_OPENER = re.compile(r"(?<!\bce )\b(?:qui|lequel|laquelle|lesquels|lesquelles|which|who|whose)\b")
_CLAUSE_COMMA = re.compile(r"(?<!\d),|,(?!\d)")
_THOUSANDS_COMMA = re.compile(r"(?<=\d),(?=\d)")
# English auxiliaries and adverbs before a relative's own verb (« which had already swamped »)
_EN_BEFORE_VERB = frozenset({"has", "have", "had", "is", "are", "was", "were", "be", "been", "being", "not",
                             "never", "also", "already", "once", "last", "first", "previously", "earlier"})


def _in_relative(c: Claim, q: Quantity, language: str) -> bool:
    """Does figure ``q`` stand inside a relative clause the claim carries that tells an earlier occurrence
    (:func:`_earlier_clause`), not in what the claim states? A clause between commas holds it when no comma
    closes the clause before it; a clause without commas, when the claim's own verb is not written after the
    relative's verb, before the figure (« la crue qui avait inondé 2 400 maisons en 2018 a inondé hier 1 200
    maisons »: 1 200 is the claim's). A claim that is itself the relative clause (« qui avait inondé 2 400
    maisons ») states its figure; an age is its bearer's whatever clause tells it; a clause with no mark of
    an earlier time tells today's deed (« the floods, which swamped 1,200 homes on Monday, also swamped the
    school »): its figure is today's account, set against the others'."""
    text = c.text
    if q.thing == "âge" or not q.text or (language or c.language) not in ("fr", "en"):
        return False
    at = text.find(q.text)
    if at <= 0:
        return False
    for m in _relative_openers(text, at):
        if not text[:m.start()].strip():
            continue  # the claim opens with the pronoun: the relative clause is the claim
        between = _THOUSANDS_COMMA.sub("", text[m.end():at])
        close = _CLAUSE_COMMA.search(text, at + len(q.text))
        clause = text[m.start():close.start() if close else len(text)]
        # a repetition is told outside the clause, after its figure or before its pronoun (« … swamped the town
        # again »); the clause's own words from its pronoun to its figure are today's (« which again swamped »)
        outside = text[:m.start()] + " " + text[at + len(q.text):]
        if not _earlier_clause(clause, outside, language or c.language):
            continue
        if text[:m.start()].rstrip().endswith(","):
            if "," not in between:
                return True  # « le feu, qui avait brûlé 300 ha en 2019, … »: inside the incidental clause
            continue
        if not _verb_after_relative(between, c.predicate, language or c.language):
            return True
    return False


@lru_cache(maxsize=4)
def _earlier_marks(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    if language == "en":
        from recoupe.lang.en.clauses import EARLIER_CLAUSE, REPEATED_DEED
    else:
        from recoupe.lang.fr.clauses import EARLIER_CLAUSE, REPEATED_DEED
    return re.compile(EARLIER_CLAUSE), re.compile(REPEATED_DEED)


def _earlier_clause(clause: str, outside: str, language: str) -> bool:
    """Is a relative clause marked as an earlier occurrence of its sentence's deed: a pluperfect, its own time
    before now (« which had swamped », « last spring », « en 2018 »), or the sentence telling the deed again
    outside it (« … swamped the town again »)? Unmarked, the clause tells the day's deed."""
    earlier, repeated = _earlier_marks(language)
    return earlier.search(fold(clause)) is not None or repeated.search(fold(outside)) is not None


_EN_THAT = re.compile(r"\bthat\b")


def _relative_openers(text: str, end: int = -1) -> list[re.Match[str]]:
    """The relative pronouns of ``text`` before ``end``: English « that » only when a verb follows it (« the
    fire that destroyed … »; « said that 300 homes … » opens a complement)."""
    end = len(text) if end < 0 else end
    found = list(_RELATIVE_OPENER.finditer(text, 0, end))
    from recoupe.lang.en.stem import IRREGULAR_VERB_FORMS

    for m in _EN_THAT.finditer(text, 0, end):
        after = fold(text[m.end():end]).split()[:1]
        if after and (after[0] in _EN_BEFORE_VERB or after[0] in IRREGULAR_VERB_FORMS
                      or (after[0].endswith("ed") and len(after[0]) > 4)):
            found.append(m)
    return sorted(found, key=lambda m: m.start())


def _recalled_deed(c: Claim) -> bool:
    """Is the claim a relative clause recalling an earlier occurrence of the deed its sentence tells (« The
    flood, which swamped 2,400 homes last spring, swamped the town on Monday »: « which swamped 2,400 homes
    last spring »)? It opens with its pronoun, is marked as earlier (:func:`_earlier_clause`), and the
    sentence writes its verb again outside it. Its figure and its date are that earlier occurrence's, set
    against no account of the new one."""
    openers = _relative_openers(c.text)
    if not openers or c.text[:openers[0].start()].strip() or not c.sentence or c.text not in c.sentence:
        return False
    at = c.sentence.index(c.text)
    rest = c.sentence[:at] + " " + c.sentence[at + len(c.text):]
    if not _earlier_clause(c.text, rest, c.language):
        return False  # « The floods, which swamped 1,200 homes on Monday, also swamped … »: the day's deed
    if c.language == "fr":
        from recoupe.claims.groups import _INFINITIVE_ENDING, _MIN_VERB_STEM
        from recoupe.lang.fr.verb_forms import VERB_FORM_ENDING

        stem = _INFINITIVE_ENDING.sub("", fold(c.predicate))
        if len(stem) < _MIN_VERB_STEM or " " in stem:
            return False
        form = re.compile(re.escape(stem) + VERB_FORM_ENDING)
        return any(form.fullmatch(w) for w in fold(rest).split())
    from recoupe.claims.status import _writes_verb

    return _writes_verb(fold(rest).split(), c.predicate)


def _verb_after_relative(between: str, predicate: str, language: str) -> bool:
    """Is the claim's verb ``predicate`` written in ``between`` (the words after a relative pronoun, before a
    figure) after the relative's own verb, the first word past auxiliaries? Then the clause closed before
    the figure."""
    if language == "fr":
        from recoupe.claims.groups import _verb_between

        return _verb_between(between, 0, len(between), predicate)
    from recoupe.claims.status import _writes_verb

    words = [w for w in fold(between).split() if w not in _EN_BEFORE_VERB]
    return _writes_verb(words[1:], predicate)


def _subject_age(c: Claim, qs: list[Quantity], language: str) -> list[Quantity]:
    """The age of the claim's subject written in its sentence outside the clause (« c'est une
    vacancière de 57 ans | qui avait perdu la vie »): the subject's, so the claim's."""
    if " ans" not in c.sentence or c.sentence == c.text:
        return []  # most sentences: no age at all
    head = _head(c.subject)
    if not head or any(q.thing == "âge" for q in qs):
        return []
    return [q for q in of_claim(c.sentence, "", language) if q.thing == "âge" and fold(q.bearer) == head]


AGE_DAYS = 31  # reports this close give one person's age alike (a birthday apart: one year at most)


def _ages_apart(a: Side, b: Side, qa: list[Quantity], qb: list[Quantity]) -> Finding | None:
    """One person's age given differently by two articles of a story (« une vacancière de 57 ans » /
    « une vacancière de 56 ans »), whatever the clauses tell of her: the same bearer noun, not a
    generic one (« un homme », « une femme »: a story often has several) unless one side points at
    the one person its article is about (« cet homme âgé de 36 ans »), no « autre »; or two
    bearer nouns, not generic, when the two claims are linked as one fact and each gives one age
    (read on the golds and 3,380 claims of unseen days: two nouns for one person in one fact —
    a trade and a town of origin, two words for one trade, a kinship and an age group —
    always gave one age but once, a real conflict)."""
    from recoupe.lang.en import quantities as en
    from recoupe.lang.fr import quantities as fr

    # « un homme de 58 ans », "a 58-year-old man", "a 17-year-old boy": a story often has two
    GENERIC_HEADS = fr.GENERIC_HEADS | en.GENERIC_HEADS | fr.GENERIC_BEARERS | en.GENERIC_BEARERS
    ac, bc = a.claim, b.claim
    if ac.article_id == bc.article_id:
        return None
    for x in qa:
        if x.thing != "âge" or _another_bearer(ac, x):
            continue
        for y in qb:
            if fold(x.bearer) in GENERIC_HEADS and not (_pointed(ac, x) or _pointed(bc, y)):
                continue  # « un homme de 30 ans », « un homme de 61 ans »: a story often has two
            if y.thing == "âge" and x.comparable(y) and not x.overlaps(y) and not _another_bearer(bc, y):
                return Finding("quantity", f"{_fmt(x)} selon {a.source}, {_fmt(y)} selon {b.source} "
                                           f"(âge : {_as_told(x.bearer, ac)})")
    # two accounts of one fact (one component of claim links), each giving one person's age, name
    # that person in two ways (« la navigatrice de 51 ans » / « la skipper de 52 ans »)
    if linked(ac, bc) and "en" not in (ac.language, bc.language):  # read on French only: English
        # stories of two climbers or a victim and a driver link their ages into one fact too often
        ages_a = [x for x in qa if x.thing == "âge" and x.bearer and not _another_bearer(ac, x)]
        ages_b = [y for y in qb if y.thing == "âge" and y.bearer and not _another_bearer(bc, y)]
        if len(ages_a) == 1 and len(ages_b) == 1:
            x, y = ages_a[0], ages_b[0]
            if (x.bearer != y.bearer and fold(x.bearer) not in GENERIC_HEADS and fold(y.bearer) not in GENERIC_HEADS
                    and not x.overlaps(y)):
                return Finding("quantity", f"{_fmt(x)} selon {a.source}, {_fmt(y)} selon {b.source} "
                                           f"(âge : {_as_told(x.bearer, ac)} / {_as_told(y.bearer, bc)})")
    return None


def _as_told(bearer: str, c: Claim) -> str:
    """A bearer's words as its sentence writes them (the quantity reader folds them: « robert
    smith » -> « Robert Smith »); the folded words when the sentence does not hold them."""
    want = fold(bearer).split()
    if not want:
        return bearer
    text = c.sentence or c.text
    words = list(re.finditer(r"[^\W_]+", text))
    folded = [fold(w.group()) for w in words]
    for i in range(len(words) - len(want) + 1):
        if folded[i:i + len(want)] == want:
            return text[words[i].start():words[i + len(want) - 1].end()]
    return bearer


def _another_bearer(c: Claim, q: Quantity) -> bool:
    """Is the bearer of an age another one than the story's (« un autre nageur de 38 ans »): a word
    of another occurrence among the few words before the age? (« le deuxième à traverser le
    sortie » elsewhere in the sentence says nothing of whose age it is.)"""
    from recoupe.lang.quantities import ANOTHER_EVENT

    text = fold(c.sentence or c.text)
    at = text.find(fold(q.text))
    return at >= 0 and bool(set(text[max(0, at - 40):at].split()[-4:]) & ANOTHER_EVENT)


def _pointed(c: Claim, q: Quantity) -> bool:
    """Is the bearer of an age named with a demonstrative (« cet homme âgé de 36 ans », « cette
    femme de 40 ans »): the one person the article is about, already introduced?"""
    text = fold(c.sentence or c.text)
    at = text.find(fold(q.text))
    return at >= 0 and bool(set(text[max(0, at - 40):at].split()[-4:]) & {"cet", "cette"})


def _scoped(c: Claim) -> bool:
    """Does the clause count within a region or a department (the scope of a statistic), rather
    than nationwide or at the site of one event?"""
    return any(x.kind in {"region", "department"} for x in sites(c.text, c.place))


ITEM_REACH = 9  # words before a figure that its « notamment » may stand among


def _item_of_several(c: Claim, q: Quantity) -> bool:
    """Does a French clause tell figure ``q`` as one item of several (« a notamment promis une prime de »,
    « entre autres »)? Two such items need not be one thing told twice. The cue must be among the words
    just before the figure, in its phrase: one after it (« 3 morts, notamment des enfants ») or qualifying
    another phrase (« qui a notamment menacé des maisons, a brûlé 300 hectares ») leaves the figure whole."""
    from recoupe.lang.fr.quantities import ONE_OF_SEVERAL

    text = c.text if c.text[q.start:q.start + len(q.text)] == q.text else c.sentence
    phrase = re.split(r"[,;:()«»]", text[max(0, q.start - ITEM_REACH * 12):q.start])[-1]
    # its last words: « a notamment promis mardi une enveloppe spéciale de » holds seven before the figure
    told = " " + " ".join(re.findall(r"[\w-]+", fold(phrase))[-ITEM_REACH:]) + " "
    return any(f" {cue} " in told for cue in ONE_OF_SEVERAL)


_SCOPE_AT = re.compile(r"\b(?:pour|et)\s+(?:la\s+|le\s+|les\s+|l['’]\s*)([A-ZÉÈÊÎÔ][\w-]*)")


def _scope_sites(c: Claim) -> frozenset[str]:
    """The French places a clause states its figure for: where it stands (:func:`sites`) and the places
    it is given for, one or several (« une enveloppe pour l'Ain et le Jura »)."""
    from recoupe.resolve.places import site

    found = {x.name for x in sites(c.text, c.place)}
    for m in _SCOPE_AT.finditer(c.text):
        named = site(m.group(1))
        if named is not None:
            found.add(named.name)
    return frozenset(found)


def _countries_apart_by_headline(a: Side, b: Side) -> bool:
    """French articles: does one clause name a country and the other none, while the other's article
    headline names only other countries (:func:`named_apart`)? A clause that places nothing happens
    where its article is about."""
    from recoupe.resolve.places import _FRANCE_OVERSEAS, scene_places

    if "fr" not in (a.language, b.language):
        return False
    told = [s.claim.sentence or s.claim.text for s in (a, b)]
    named = [bool(scene_places(t)) for t in told]
    if named[0] == named[1]:
        return False
    bare = 1 if named[0] else 0

    def countries(text: str) -> set[str]:
        return {"FR" if p.country in _FRANCE_OVERSEAS else p.country for p in scene_places(text)}

    mine, theirs = countries((a, b)[bare].headline), countries(told[1 - bare])
    return bool(mine and theirs) and not mine & theirs


@lru_cache(maxsize=1)
def _kind_re() -> re.Pattern[str]:
    from recoupe.lang.fr.events import EVENT_KINDS, KIND_ADJECTIVES

    nouns = "|".join(sorted(EVENT_KINDS, key=len, reverse=True))
    adjectives = "|".join(sorted(KIND_ADJECTIVES, key=len, reverse=True))
    # a kind is a noun's complement (« de », « d' », « du »…) or an adjective right after it; a bare word
    # after the noun is no kind (« un accident, car l'appareil… »: the conjunction, not a coach)
    return re.compile(rf"\b({nouns}) (?:(?:de la|de l|du|des|de|d)(?: une| un)? (\w+)|({adjectives})\b)")


def event_kinds(text: str) -> frozenset[str]:
    """The kinds of accident or fire a French text names (« un accident d'attelage » -> horse, « un feu
    de forêt » -> land; :data:`~recoupe.lang.fr.events.EVENT_KINDS`)."""
    from recoupe.lang.fr.events import EVENT_KINDS

    return frozenset(EVENT_KINDS[m.group(1)][kind] for m in _kind_re().finditer(fold(text))
                     if (kind := m.group(2) or m.group(3)) in EVENT_KINDS[m.group(1)])


def _kinds_apart(a: Side, b: Side) -> bool:
    """French articles: do the two sentences name an accident or a fire of two kinds (« neuf blessés dans un
    accident d'attelage » / « un accident de voiture fait deux blessés »)? Then their tolls are
    of two events of one story. Each side must name a kind, and no kind in common."""
    if a.language != "fr" or b.language != "fr":
        return False
    from recoupe.lang.fr.events import MEETING_KINDS

    ta, tb = a.claim.sentence or a.claim.text, b.claim.sentence or b.claim.text
    ka, kb = event_kinds(ta), event_kinds(tb)
    if not (ka and kb) or ka & kb:
        return False
    # a coach hit by a train at a level crossing: one accident told as road or as rail; a car's
    # collision is no plane crash's
    return not (ka | kb <= MEETING_KINDS and (_kinds_meet().search(fold(ta)) or _kinds_meet().search(fold(tb))))


@lru_cache(maxsize=1)
def _kinds_meet() -> re.Pattern[str]:
    from recoupe.lang.fr.events import KINDS_MEET

    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in KINDS_MEET) + r")\b")


def check_quantity(a: Side, b: Side) -> Finding | None:
    """Figures of one count that cannot both hold (``quantity``), or a toll that rose (``update``)."""
    ac, bc = a.claim, b.claim
    qa, qb = _quantities(ac, a.language), _quantities(bc, b.language)
    if ac.article_id != bc.article_id:
        qa, qb = _counters_own(ac, qa, a.language), _counters_own(bc, qb, b.language)
    if not qa or not qb or (ac.place and bc.place and _place_conflict(ac, bc)):
        return None  # no figures, or figures for two places
    told_a, told_b = ac.sentence or ac.text, bc.sentence or bc.text
    if ac.sentence != bc.sentence and (named_apart(told_a, told_b) or scenes_apart(told_a, told_b)):
        return None  # figures of two scenes (« six blessés à Lviv » / « deux blessés à Moscou »; two
        # regions, two far cities of one country abroad)
    if ac.article_id != bc.article_id and _countries_apart_by_headline(a, b):
        return None  # « où le feu a tué un berger » in an article on Italy / « Feux en Espagne : trois morts »
    if ac.article_id != bc.article_id and _areas_apart(a, b):
        return None  # two departments or regions: two events (« le feu des Landes » / « le mégafeu de Gironde »)
    if ac.article_id != bc.article_id and _kinds_apart(a, b):
        return None  # two kinds of accident or fire: two events (« accident d'attelage » / « de voiture »)
    from recoupe.claims.groups import counts_apart  # (groups reads this module's figures: imported when asked)

    if (ac.article_id != bc.article_id and a.language == b.language
            and counts_apart(a.language, ac.text, ac.subject, bc.text, bc.subject)):
        return None  # two groups counted (« 1 200 habitants » / « 300 touristes »; « la grève des conducteurs de
        # bus » / « … de tramway »)
    sa, sb = _scope_sites(ac), _scope_sites(bc)
    if sa and sb and sa != sb:
        return None  # two scopes (« 41 °C dans le Gard » / « 36 °C à Brest »; « pour l'Ain » / « pour l'Ain et
        # le Jura »)
    # an age is the bearer's on the day of publication, whatever the clause dates (« Âgé de 60 ans,
    # le skipper, en mer depuis mars, … »): reports of one month are compared
    if a.published and b.published and abs((a.published - b.published).days) <= AGE_DAYS:
        aged = _ages_apart(a, b, qa, qb)
        if aged is not None:
            return aged
    # a claim that lists figures of several days (« jeudi 20 : six départements … vendredi 21 : deux ») is
    # dated figure by figure below, not by its first day; only a bulletin of areas under an alert is such
    # a list: other figures after two days named total a span (« du lundi 3 au vendredi 7, 120 interpellés »)
    by_day = ((_days_listed(ac, a.published) or _days_listed(bc, b.published))
              and any(_under_alert(ac, x) for x in qa) and any(_under_alert(bc, y) for y in qb))
    if not by_day and (disjoint_dates(ac, bc) or _dated_apart(a, b) or _dated_apart(b, a) or _years_apart(a, b)
                       or _years_apart(b, a)):
        return None
    # « 95 décès en excès en Bretagne » counts a region of what « 2 100 décès » counts; a length of
    # time is no count a region divides (« a campé neuf jours devant la mairie, en Savoie » / « campe
    # depuis 11 jours devant la mairie »: the place is where it happened)
    scopes_apart = _scoped(ac) != _scoped(bc) and not (sites(ac.text, ac.place) and sites(bc.text, bc.place))
    if scopes_apart and not (any(_is_duration(q) for q in qa) and any(_is_duration(q) for q in qb)):
        return None
    aged = _ages_apart(a, b, qa, qb)
    if aged is not None:
        return aged
    if _aged_people_apart(a, b):
        return None  # two people of one age, set apart by their sex, places or days
    same_article = ac.article_id == bc.article_id
    same_group = linked(ac, bc)
    if not (same_article and ac.sentence == bc.sentence):
        if not same_action(ac, bc) and not overlapping_content(ac, bc) and not _crowd_counted(ac, qa, bc, qb):
            return None  # figures of two statements that share nothing but the thing counted
        # a pronoun is the other account's doer when the two are linked as one fact, or when they place one
        # event at one distance from one point (the bearings below); else "he fired three shots" / "police
        # fired 12 shots" are two doers
        if (_different_doers(ac, bc, pronoun_one_doer=same_group) and (
                same_article or _different_doers(ac, bc)
                or not any(x.comparable(y) and x.overlaps(y) and _opposite_bearings(ac, x, bc, y)
                           for x in qa for y in qb)) and (same_article or not _one_aged_person(ac, bc))
                ) or _en_persons_apart(ac, bc) or (not same_article and _en_agents_apart(ac, bc)):
            return None
        # « une nouvelle attaque a fait deux morts » against the first attack's toll: another
        # occurrence, even when grouping chained the two claims
        if (not same_group and (_another_event(ac) or _another_event(bc))) or _another_event(ac) != _another_event(bc):
            return None  # « une nouvelle secousse de magnitude 6,9 », « cinq autres personnes »
        if _counted_outside(ac, bc) and _crowds_apart(a, b):
            return None  # a noun counted at two venues, on two sides, or at « un autre » fire: two crowds
        if _several_events(ac) != _several_events(bc):
            return None  # « 19 blessés dans deux incendies » totals what « huit blessés » counts of one
        if _past_period(ac) != _past_period(bc):
            return None  # « l'an dernier, 30 000 visiteurs »: another occasion of a recurring thing
    if _months_apart(a, b):
        return None  # « In February, a storm flooded ... »: an earlier event told as background
    if _when_apart(a, b):
        return None  # « the worst since May 2009, when 812 died »: that month's toll
    if _en_offences_apart(ac, bc):
        return None  # « ten years for fraud » / « two years for assault »: two cases' penalties
    # a purpose against a deed; two purposes are two versions of one aim's figure
    if not (same_article and ac.sentence == bc.sentence) and (participle_apart(ac, bc)
                                                               or _en_purpose(ac) != _en_purpose(bc)):
        return None  # « …, paying $2 billion »: the price of its subject's deal, not of any deal
    from recoupe.lang.quantities import COUNTING_VERBS

    # a count told as a count (« la CGT revendique », « la police a compté ») is one statement
    # of the figure, whatever the verb of the other account
    counting = bool({ac.predicate, bc.predicate} & COUNTING_VERBS)
    revised = _earlier_figure(ac) or _earlier_figure(bc)  # « un précédent bilan faisait état de 20 morts »
    if not same_article:
        for x in qa:
            for y in qb:
                if x.comparable(y) and x.overlaps(y) and _opposite_bearings(ac, x, bc, y):
                    return Finding("place", f"{_bearing_told(ac, x)} selon {a.source}, "
                                            f"{_bearing_told(bc, y)} selon {b.source}")
    def meets(x: Quantity, xc: Claim, y: Quantity, yc: Claim) -> bool:
        return x.overlaps(y) and not _apart_at_bound(xc, x, yc, y)

    for x in qa:
        for y in qb:
            if not x.comparable(y) or meets(x, ac, y, bc) or _not_a_figure(x) or _not_a_figure(y):
                continue
            px, py = _restated(ac, qa, x), _restated(bc, qb, y)
            if (px is not None and py is not None and px.overlaps(py)
                    and abs(x.value - y.value) <= CONVERSION_ROUNDING * max(abs(x.value), abs(y.value))):
                continue  # « 20 inches (51 cm) » / « 20 pouces (50,8 cm) »: one figure, its conversion rounded
                # two ways (the first figures' things are named in each language: only their values are compared)
            if a.language == b.language == "fr" and _item_of_several(ac, x) and _item_of_several(bc, y):
                continue  # « a notamment promis une prime de 300 euros » / « notamment un prêt de 2 millions »:
                # two items of what was promised
            if by_day:
                dx, dy = _day_of_figure(ac, x, a.published), _day_of_figure(bc, y, b.published)
                if dx is None or dy is None or dx != dy:
                    continue  # figures of two days of the list, or one not placed in it
            if scopes_apart and not _is_duration(x):
                continue  # counts of two scopes
            if any(z.comparable(y) and meets(z, ac, y, bc) for z in qa) or any(
                    z.comparable(x) and meets(z, bc, x, ac) for z in qb):
                continue  # each account gives the other's figure too: two counts (« 12 nouvelles plaintes » of a
                # new inquiry, « près de 200 plaintes » of the earlier trial), not two versions of one
            rx, ry = _measured_from(ac, x), _measured_from(bc, y)
            if rx and ry and rx != ry:
                continue  # « 150 miles from the port » / « 13 miles from the frigate »: two distances
            if x.thing == CROWD_THING and _as_read(ac, x, a.language) != _as_read(bc, y, b.language) \
                    and _causes_apart(ac, bc):
                continue  # « contre la réforme » / « pour le climat »: two marches of one day
            if _belongings_apart(ac, x, bc, y):
                continue  # « cinq soldats ukrainiens » / « douze soldats russes »: two groups counted
            if "en" in (a.language, b.language) and _running_total(ac) != _running_total(bc) and (
                    x.value > y.value if _running_total(ac) else y.value > x.value):
                continue  # « has impounded 30 crates in all » holds « nine crates were impounded »: a whole
                # holds its parts, but not a part larger than itself (« 12 in all » against « 15 »)
            if x.value in _subset_counts(bc.text) or y.value in _subset_counts(ac.text):
                continue  # « 30 clubs dont cinq » holds « cinq clubs »: a part of the count
            if "fr" in (a.language, b.language) and _counts_a_pair(ac, x) != _counts_a_pair(bc, y):
                continue  # « 480 000 abonnés et commerçants » against « 310 000 abonnés »: the whole and a part
            alerts = _under_alert(ac, x) and _under_alert(bc, y)
            if not (same_group or counting or same_action(ac, bc) or _en_one_seizure(a, b)
                    or _crowd_counted(ac, qa, bc, qb)
                    or (x.cumulative and y.cumulative)
                    or (alerts and not _alerts_apart(a, b))
                    or (_is_duration(x) and _same_amount(ac, bc, qa, qb))):
                continue  # « 350 000 particuliers informés » / « 678 000 particuliers concernés »
            if not same_group and _is_duration(x) and not _same_amount(ac, bc, qa, qb):
                continue  # « depuis trois ans » / « à 97 ans »: durations of different things
            days_apart = bool(a.published and b.published and a.published != b.published)
            if revised or (alerts and not _alert_versions(a, x, b, y)) or (
                    days_apart and _of_its_day(ac, bc, x)):
                # « the index closed at 5 272 points », « currently 40 staff » in reports of two days: each
                # report's day's reading, the later one an update
                later = _later(a, b)
                return _update(a, b, x, y, later)
            named_x, named_y = x.source or _giver(ac), y.source or _giver(bc)
            sx, sy = named_x or a.source, named_y or b.source
            distinct = _bare_holder(sx) != _bare_holder(sy)  # « la police » and « police » are one holder
            if same_article and not ((named_x or named_y) and distinct):
                # one article giving two figures of one thing in its own voice: two counts, not two
                # versions; one of them given by a named source (« l'Institut géophysique a, lui,
                # estimé sa magnitude à 7,2 ») is that source's version against the article's
                continue
            if x.thing == CROWD_THING and not same_article and not distinct and not (
                    _march_done(a) or _march_done(b)) and (later := _later(a, b)) is not None:
                return _update(a, b, x, y, later)  # a march's crowd swells and thins: one source's count of
                # it hours or days apart is its update, not a second version
            if x.cumulative and not same_article:
                later = _later(a, b)
                if later is not None:  # published hours or days apart: a toll that rose is an update
                    old, new = (x, y) if later is b else (y, x)
                    if new.value >= old.value:
                        return _update(a, b, x, y, later)
                elif x.unit in _SPREADING_UNITS:
                    return _update(a, b, x, y, None)  # a fire's burnt area grows by the hour
                elif not distinct and (not (a.outlet and b.outlet) or (_moment(a) and _moment(b))):
                    return _update(a, b, x, y, None)  # one source's figures of the same hour, or no outlet known
                elif _still_rising(x, y):
                    return _update(a, b, x, y, None)  # « au moins 19 morts » against « six morts » the same day
                # one outlet's two tolls of the same day, neither dated in the day nor told as a
                # revision: the reader cannot tell which holds, they conflict
            # two lengths of time that place one fact (« en trois ans » / « en deux ans ») disagree on when;
            # two lengths of one stay (« a campé 11 jours » / « a campé neuf jours ») on how long: a quantity
            kind = "date" if _is_duration(x) and (_places_in_time(ac, x) or _places_in_time(bc, y)) else "quantity"
            fx, fy = (_told_bound(ac, x), _told_bound(bc, y)) if x.overlaps(y) else (_fmt(x), _fmt(y))
            # printed as a holder's name (the figure's « selon … » may be a link or run on: holder_name)
            hx = holder_name(_as_written(sx, ac.sentence), ac.sentence) or a.source
            hy = holder_name(_as_written(sy, bc.sentence), bc.sentence) or b.source
            return Finding(kind, f"{fx} selon {hx}, {fy} selon {hy}", same_article)
    return None


def versions_told(c: Claim) -> Finding | None:
    """Two versions of one count told side by side in one claim, each held by its own source (« ils étaient
    2 000 selon les organisateurs, 650 selon la police »): a ``quantity`` conflict of the claim with itself,
    naming both figures and who holds each. Figures joined by anything but a plain link (« 3 000 selon la CGT,
    dont 800 à Paris »: a part; « 3 000 à Paris selon la CGT, 800 à Lyon »: two places) are not versions."""
    told = _versions(c)
    if told is None:
        return None
    x, hx, y, hy = told
    said = f"{_fmt(x)} selon {hx}, {_fmt(y)} selon {hy}"
    return Finding("quantity", _in_english(said) if c.language == "en" else said, True)


def version_holders(c: Claim) -> list[str]:
    """Who holds each of the two versions a claim tells (« les syndicats », « la police »), as written; none
    when it tells no two. A row of the claim with itself shows both, not the claim's one ``attributed_to``."""
    told = _versions(c)
    return [told[1], told[3]] if told is not None else []


def _versions(c: Claim) -> tuple[Quantity, str, Quantity, str] | None:
    """The two figures of :func:`versions_told` and their holders, as written."""
    if c.modality in {"speculative", "denied"} or c.negated or c.planned:
        return None
    w = _quantity_words(c.language)
    qs = sorted(of_claim(c.text, c.sentence, c.language), key=lambda q: q.start)
    for x, y in pairwise(qs):
        if not (x.source and y.source) or _bare_holder(x.source) == _bare_holder(y.source) or x.unit != y.unit \
                or y.thing not in ("", x.thing) or x.scope != y.scope or x.overlaps(y) or x.increment \
                or y.increment or _not_a_figure(x) or _not_a_figure(y):
            continue
        text = c.text if c.text[x.start:x.start + len(x.text)] == x.text else c.sentence
        if text[y.start:y.start + len(y.text)] != y.text:
            continue  # the two read from different texts
        between = " ".join(text[x.start + len(x.text):y.start].split())
        said = between.find(x.source)
        opener = between[:said].strip().lower() if said >= 0 else ""
        if not opener or opener.split()[0] not in w.SOURCE_WORDS:
            continue  # the first figure's source is not right after it
        if between[said + len(x.source):].strip(" ,").lower() not in w.VERSION_JOINS:
            continue
        after = text[y.start + len(y.text):].split()
        if not after or after[0].lower() not in w.SOURCE_WORDS:
            continue  # « contre 1 500 l'an dernier selon la police »: the second figure is of another time
        if not (_bare_name(x.source, c.language) and _bare_name(y.source, c.language)):
            continue  # « contre 1 500 selon la police l'an dernier », « selon le même ministère en janvier »
        hx = holder_name(_as_written(x.source, text), text) or x.source
        hy = holder_name(_as_written(y.source, text), text) or y.source
        return x, hx, y, hy
    return None


def _as_written(name: str, text: str) -> str:
    """A figure's source with the article the sentence gives it (« organisateurs » -> « les organisateurs »
    in « … selon les organisateurs »): the briefing says « 650 selon la police », as the press writes it."""
    if not name or not text:
        return name
    for w in (_quantity_words("fr"), _quantity_words("en")):
        opener = "|".join(re.escape(x) for x in sorted(w.SOURCE_WORDS, key=len, reverse=True))
        links = "".join(rf"(?:{re.escape(x)}\s+)?" for x in sorted(w.SOURCE_LINKS))
        dets = "|".join(re.escape(x) for x in sorted(w.SOURCE_DETERMINERS, key=len, reverse=True))
        m = re.search(rf"\b(?:{opener})\s+{links}((?:{dets})\s*){re.escape(name)}\b", text, re.I)
        # the source named with its article, after « selon » or as the subject of a counting verb (« la
        # préfecture a compté 1 800 participants »)
        m = m or re.search(rf"(?<!\w)((?:{dets})\s*){re.escape(name)}\b", text, re.I)
        if m:
            det = m.group(1).lower()
            return (det if det.endswith(("'", "’")) else det.strip() + " ") + name
    return name


def _bare_name(holder: str, language: str) -> bool:
    """Is a figure's holder only a name (« la police »), not one that runs on to another moment (« la police
    l'an dernier », "police last year") or names the first holder again (« le même ministère en janvier »)?"""
    dates = en_dates if language == "en" else fr_dates
    words = holder.lower().replace("'", "' ").replace("’", "’ ").split()
    moments = (set(dates.MONTHS) - getattr(dates, "AMBIGUOUS_MONTHS", frozenset()) | set(dates.WEEKDAYS)
               | set(dates.DAY_OFFSETS) | dates.PAST_WORDS | dates.FUTURE_WORDS)
    return not any(w in moments or w in _quantity_words(language).SAME_HOLDER or w.isdigit() for w in words)


def _bare_holder(name: str) -> str:
    """A source's name folded without its article (« la police », « police »: one holder)."""
    words = fold(name).replace("'", "' ").split()
    dets = {fold(d).strip() for w in (_quantity_words("fr"), _quantity_words("en")) for d in w.SOURCE_DETERMINERS}
    while words and words[0] in dets:
        words = words[1:]
    return " ".join(words)


def _quantity_words(language: str) -> Any:
    return en_quantities if language == "en" else fr_quantities


CONVERSION_ROUNDING = 0.05  # two roundings of one converted figure differ by less
_FIGURE_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " ", "’": "'"})  # one char for one


def _restated(c: Claim, qs: list[Quantity], q: Quantity) -> Quantity | None:
    """The figure ``q`` restates when it stands in parentheses right after it, in another unit (« 18 pouces
    (45,72 cm) », "2 miles (3.2 km)"): a conversion, rounded as each writer likes; None otherwise."""
    text = c.text.translate(_FIGURE_SPACES)  # as the figures were read: « 18\u00a0pouces » is « 18 pouces »
    before = [p for p in qs if p.start < q.start and p.text and text[p.start:p.start + len(p.text)] == p.text]
    if not before or text[q.start:q.start + len(q.text)] != q.text:
        return None  # read from the sentence, not the clause: offsets of another text
    p = max(before, key=lambda p: p.start)
    if text[p.start + len(p.text):q.start].strip() != "(" or (p.thing, p.unit) == (q.thing, q.unit):
        return None
    # both figures are measures of one kind in two units: « 3 villages (40 morts) » is a count beside another
    # (a toll of 40 against 42 is a conflict), « 30 km (2 heures) » a length and its time
    mp, mq = _measure_unit(p), _measure_unit(q)
    dims = _unit_dimensions()
    if not mp or not mq or mp == mq or not dims.get(mp, frozenset()) & dims.get(mq, frozenset()):
        return None
    return p


@lru_cache(maxsize=1)
def _unit_dimensions() -> dict[str, frozenset[str]]:
    from recoupe.lang.en.quantities import UNIT_DIMENSIONS as EN_DIMENSIONS
    from recoupe.lang.fr.quantities import UNIT_DIMENSIONS

    dims: dict[str, frozenset[str]] = {}
    for unit, of in (*EN_DIMENSIONS.items(), *UNIT_DIMENSIONS.items()):
        dims[fold(unit)] = dims.get(fold(unit), frozenset()) | of
    return dims


def _measure_unit(q: Quantity) -> str:
    """The unit a figure is in: its unit, or its counted noun when no unit was read (« 20 pouces »)."""
    return fold(q.unit or q.thing).replace("°", "")


def _before_figure(c: Claim, q: Quantity) -> str:
    """The words of the claim (or of its sentence, when the figure was read there) before figure ``q``."""
    text = c.text if c.text[q.start:q.start + len(q.text)] == q.text else c.sentence
    return text[max(0, q.start - 40):q.start]


def _apart_at_bound(ac: Claim, x: Quantity, bc: Claim, y: Quantity) -> bool:
    """« nearly 500 sailors » / « more than 500 sailors »: intervals that touch only at the figure both
    bounds leave out (the pack's strict bound words; none in French, whose figures this leaves alike)."""
    if x.high != y.low and y.high != x.low:
        return False  # most pairs: no shared end
    return apart_at_bound(x, strict_side(_before_figure(ac, x), ac.language)[0],
                          y, strict_side(_before_figure(bc, y), bc.language)[0])


def _told_bound(c: Claim, q: Quantity) -> str:
    """The figure with the bound word it is told with (« nearly 300 crewmen »), for an explanation."""
    phrase = strict_side(_before_figure(c, q), c.language)[1]
    return f"{phrase} {_fmt(q)}" if phrase else _fmt(q)


def _running_total(c: Claim) -> bool:
    """Is the claim's figure told as a running total (« has taken a total of », « thus far »), in its clause?"""
    from recoupe.lang.quantities import RUNNING_TOTALS

    text = " ".join(c.text.lower().replace("-", " ").split())
    return any(re.search(w, text) for w in RUNNING_TOTALS)


@lru_cache(maxsize=1)
def _belonging() -> dict[str, str]:
    from recoupe.lang.fr.entities import belonging_adjectives

    return {fold(k): fold(v) for k, v in belonging_adjectives().items()}


def _belonging_after(c: Claim, q: Quantity) -> str:
    """The adjective of nationality or region right after a French count's noun (« cinq soldats
    ukrainiens » -> ``ukrainien``), or ""."""
    if not q.text:
        return ""
    folded, at = fold(c.text), fold(q.text)
    i = folded.find(at)
    if i < 0:
        return ""
    rest = folded[i + len(at):].split()
    return _belonging().get(rest[0], "") if rest else ""


def _belongings_apart(ac: Claim, x: Quantity, bc: Claim, y: Quantity) -> bool:
    """Do two counts of one noun each name a different nationality or bloc right after it (« cinq
    soldats ukrainiens » / « douze soldats russes », « dix pays occidentaux » / « quatre pays
    européens »)? Two groups, two counts."""
    bx, by = _belonging_after(ac, x), _belonging_after(bc, y)
    return bool(bx and by and bx != by)


_SUBSET = re.compile(r"\b(?:dont|parmi\s+(?:eux|elles|lesquels|lesquelles))\s+(\d+|[a-z]+)\b")


@lru_cache(maxsize=8192)
def _subset_counts(text: str) -> frozenset[float]:
    """The bare counts a claim gives of a part of what it counts (« 30 clubs qualifiés dont cinq
    en demi-finale », « dix blessés, parmi eux trois enfants »)."""
    from recoupe.lang.fr.quantities import NUMBER_WORDS

    found = set()
    for m in _SUBSET.finditer(fold(text)):
        word = m.group(1)
        value = float(word) if word.isdigit() else NUMBER_WORDS.get(word)
        if value is not None:
            found.add(float(value))
    return frozenset(found)


# after a figure's noun, « et »/« ou » and a bare noun: the figure counts both kinds together
# (« 480 000 abonnés et commerçants »); a number, a figure word or a modifier after « et » opens a second
# count instead (« deux morts et cinq blessés », « 7 morts et au moins 9 blessés »)
# (« six morts et des blessés », « cinq habitants et leurs chiens »: a second thing, not counted by the figure)
_PAIR_AFTER = re.compile(r"^[\s,]*(?:et|ou)\s+(?:les\s+)?([a-z][\w-]*)")
_SECOND_COUNT = frozenset({"des", "de", "du", "leurs", "ses", "ces", "nos", "vos", "mes", "tes",
                           "au", "plus", "pres", "environ", "quelque", "quelques", "pas", "moins", "une", "un",
                           "plusieurs", "dizaines", "centaines", "milliers", "millions", "autant", "demi",
                           "nombreux", "nombreuses", "autres", "certains", "certaines", "tous", "toutes", "ils",
                           "elles", "nous", "vous", "dans", "sous", "vers", "depuis", "selon", "sans", "chez",
                           "parmi", "apres", "avant", "pendant", "alors", "puis", "tres", "jamais"})


def _counts_a_pair(c: Claim, q: Quantity) -> bool:
    """Does the French figure count two kinds at once (« 480 000 abonnés et commerçants touchés »), so
    that a figure of one of them (« 310 000 abonnés et 170 000 commerçants ») is a part of it, not another
    version?"""
    from recoupe.lang.fr.quantities import NUMBER_WORDS

    text = fold(c.sentence or c.text)
    head = fold(q.text)
    # the figure itself, not a longer one that ends with it (« 15 morts » holds « 5 morts »)
    found = re.search(r"(?<!\w)" + re.escape(head), text) if head else None
    if found is None:
        return False
    m = _PAIR_AFTER.match(text[found.end():])
    if m is None:
        return False
    word = m.group(1)
    # the second noun agrees with a plural figure (« abonnés et commerçants »): a clause after « et »
    # (« et détruit deux granges ») is no second kind
    plural = q.value > 1 and word.endswith(("s", "x"))
    return plural and not (word[0].isdigit() or word in NUMBER_WORDS or word in _SECOND_COUNT)


def _still_rising(x: Quantity, y: Quantity) -> bool:
    """Of two tolls of one day by different sources, is the higher one a provisional lower bound
    (« au moins 19 morts ») and the other a plain lower figure (« six morts »)? The bound says the
    count is still rising: the lower figure is an earlier count, an update, not another version."""
    low, high = (x, y) if x.value < y.value else (y, x)
    return high.high == math.inf and low.high != math.inf and low.value < high.low


# measures of a spreading event (a fire's burnt area) that grow within a day: two figures of the
# same day are two moments, not two versions
_SPREADING_UNITS = frozenset({"ha", "km2"})


def _under_alert(c: Claim, q: Quantity) -> bool:
    """Is ``q`` a count of areas placed under an alert (« six départements en vigilance orange »)?
    Such lists grow as the alert is extended: their counts update each other."""
    from recoupe.lang.fr.quantities import ALERT_AREAS, ALERT_WORDS

    folded = fold(c.text)
    return q.thing in ALERT_AREAS and any(w in folded for w in ALERT_WORDS)

def _alert_terms(s: Side) -> tuple[frozenset[str], frozenset[str]]:
    """(levels, hazards) an alert count's clause names, its sentence and its article's headline giving
    the hazard when the clause does not (« Orages : … »)."""
    from recoupe.lang.fr.quantities import ALERT_HAZARDS, ALERT_LEVELS

    own = fold(s.claim.text).split()
    levels = frozenset(w for w in own if w in ALERT_LEVELS)
    words = re.findall(r"[a-z]+", fold(f"{s.claim.text} {s.claim.sentence} {s.headline}"))
    hazards = frozenset(ALERT_HAZARDS[w] for w in words if w in ALERT_HAZARDS)
    return levels, hazards


def _alerts_apart(a: Side, b: Side) -> bool:
    """Do two counts of areas under an alert count two lists: two levels (« orange » / « rouge »), a
    level one of them leaves unsaid, or two hazards (« canicule » / « orages »)? One alert's counts
    name one level, and a hazard at most one of them leaves unsaid."""
    (la, ha), (lb, hb) = _alert_terms(a), _alert_terms(b)
    return not la or la != lb or bool(ha and hb and not ha & hb)


@lru_cache(maxsize=1)
def _alert_change_re() -> re.Pattern[str]:
    from recoupe.lang.fr.quantities import ALERT_CHANGE_PHRASES, ALERT_CHANGE_WORDS

    words = "|".join(sorted(ALERT_CHANGE_WORDS | {fold(p) for p in ALERT_CHANGE_PHRASES}, key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\b")


def _alert_changed(c: Claim) -> bool:
    """Does a count of areas under an alert tell the list as changed or held since an earlier
    bulletin (« prolongés », « toujours », « plus que six », « supplémentaires »)?"""
    return bool(_alert_change_re().search(fold(c.text)))


def _day_part(c: Claim) -> str:
    """The part of the day or the clock time a claim's date names (« 2026-08-20TEV » -> ``TEV``), or ""."""
    return (c.time or "")[10:]


def _alert_versions(a: Side, x: Quantity, b: Side, y: Quantity) -> bool:
    """Are two counts of areas under an alert two versions of one bulletin rather than two moments of
    a list that moves (an update)? Two outlets' counts of the same hour are; so are two outlets'
    counts of the same publication day that cannot be ordered in it (no time of day), told for the
    same day (each names it: an undated count is of no known day) and the same part of it, of one
    level and hazard (:func:`_alerts_apart`), neither telling the list
    as changed or held (« prolongés », « toujours », « plus que »): nothing then says one is later.
    Reports hours or days apart, one outlet's own counts, a count of the evening against one of the
    whole day (another scope), or an unknown day stay updates: a false contradiction costs more than
    a missed one."""
    if _same_hour(a, b):
        return True
    if not (a.published and b.published and a.outlet and b.outlet) or fold(a.outlet) == fold(b.outlet):
        return False
    if _later(a, b) is not None or (_moment(a) is None) != (_moment(b) is None):
        return False  # hours or days apart, or one report placed in its day and the other not
    ac, bc = a.claim, b.claim
    day = _day_of_figure(ac, x, a.published)
    return (day is not None and day == _day_of_figure(bc, y, b.published) and _day_part(ac) == _day_part(bc)
            and not (_alert_changed(ac) or _alert_changed(bc)) and not _alerts_apart(a, b))


GAP = timedelta(hours=1)  # reports published this far apart are not contemporaneous


def _same_hour(a: Side, b: Side) -> bool:
    """Were two outlets' reports published within ``GAP`` of each other, by their times of day?
    Counts of areas under an alert grow as the alert is extended: reports hours apart update each
    other, but two outlets' counts of the same hour are two versions. A report dated by its day
    alone cannot be placed in the day: its count stays an update (a false contradiction costs more
    than a missed one)."""
    ma, mb = _moment(a), _moment(b)
    return (ma is not None and mb is not None and abs(ma - mb) < GAP
            and bool(a.outlet and b.outlet) and fold(a.outlet) != fold(b.outlet))

# units and counted things that are lengths of time: two durations in one story are most often
# durations of different things unless the claims state the same fact
_DURATION_UNITS = frozenset({"an", "ans", "année", "mois", "semaine", "jour", "heure", "minute", "seconde"})


def _is_duration(q: Quantity) -> bool:
    return q.thing != "âge" and (q.unit in _DURATION_UNITS or q.thing in _DURATION_UNITS)


# words before a length of time that place the fact in time (« en trois ans », « depuis deux semaines »,
# « il y a onze semaines », « après deux mois de siège »), not say how long it lasted (« a campé 11 jours »)
_TIME_PLACING = frozenset({"en", "depuis", "y", "apres", "dans", "voici", "voila"})


def _places_in_time(c: Claim, q: Quantity) -> bool:
    text = fold(c.text)
    at = text.find(fold(q.text)) if q.text else -1
    before = text[:at].split() if at >= 0 else []
    while before and before[-1] in {"a", "un", "une", "plus", "moins", "pres", "de", "d", "seulement", "environ"}:
        before.pop()  # « il y a », « après un mois », « en seulement deux ans », « depuis plus de »
    return bool(before) and before[-1] in _TIME_PLACING


def _same_amount(a: Claim, b: Claim, qa: list[Quantity], qb: list[Quantity]) -> bool:
    """Do two claims of one actor (the same entity) give the same amount of one thing (« plus
    d'un million d'euros »)? Their durations are then of that one fact (« en trois ans » / « en
    deux ans »)."""
    if not a.subject_entity or a.subject_entity != b.subject_entity:
        return False
    return any(x.comparable(y) and x.overlaps(y) for x in qa if not _is_duration(x) for y in qb if not _is_duration(y))


def amount_keys(c: Claim) -> set[str]:
    """Keys of a claim that gives an amount and a duration for its actor (« X a touché un million
    d'euros en trois ans »): the actor and the thing, filed and looked up alike across stories."""
    if not c.subject_entity:
        return set()
    qs = _quantities(c)
    if not any(_is_duration(q) for q in qs):
        return set()
    return {f"XA:{c.subject_entity}|{q.thing}|{q.unit}" for q in qs if not _is_duration(q)}


def _words(c: Claim) -> set[str]:
    return set(fold(c.text).split())


def _another_event(c: Claim) -> bool:
    """Does the claim tell another occurrence or another subset than its story's main one?"""
    from recoupe.lang.quantities import ANOTHER_EVENT

    return bool(_words(c) & ANOTHER_EVENT)


@lru_cache(maxsize=4)
def _another_words(language: str) -> frozenset[str]:
    if language == "en":
        from recoupe.lang.en.quantities import ANOTHER_EVENT
    else:
        from recoupe.lang.fr.quantities import ANOTHER_EVENT
    return ANOTHER_EVENT


# the indefinite articles before which « nouvel », « autre », "another" qualify the event noun (« un autre hangar »,
# « un nouvel incendie »), not a place (« sur l'autre rive »)
_REPEAT_ARTICLES = frozenset({"un", "une", "a", "an"})


@lru_cache(maxsize=4096)
def _repeat_told(subject: str, obj: str, text: str, language: str) -> bool:
    words = _another_words(language)
    opening = fold(text).split()[:1]  # a headline of no verb (« Nouveau feu de hangar à X ») opens with it
    if opening and opening[0] in words:
        return True
    for phrase in (fold(subject).split(), fold(obj).split()):
        if phrase and (phrase[0] in words or any(
                w in words and i and phrase[i - 1] in _REPEAT_ARTICLES for i, w in enumerate(phrase))):
            return True
    return bool(_earlier_marks(language)[1].search(fold(text)))


def tells_a_repeat(c: Claim) -> bool:
    """Does the claim tell another occurrence of its event: its text, subject or object opened by, or an indefinite
    article followed by, a word of its pack's ANOTHER_EVENT (« un nouvel incendie », « Nouveau feu de hangar »,
    "another barn"), or its deed repeated (« a de nouveau brûlé », "burned again")? Read per language; a word
    elsewhere (« de l'autre côté ») tells nothing."""
    return _repeat_told(c.subject or "", c.object or "", c.text, c.language)


def _several_events(c: Claim) -> bool:
    """Does the claim count over several occurrences (« 19 blessés dans deux incendies »)?"""
    # an indefinite plural counts several too (« touchés par des frappes »)
    from recoupe.lang.fr.quantities import INDEFINITE_AFTER
    from recoupe.lang.quantities import EVENT_PLURALS, SEVERAL_WORDS

    words = fold(c.text).split()
    return any(w in EVENT_PLURALS and (words[i - 1] in SEVERAL_WORDS or words[i - 1].isdigit()
                                       or (i > 1 and words[i - 2] in SEVERAL_WORDS)
                                       or (i > 1 and words[i - 1] == "des" and words[i - 2] in INDEFINITE_AFTER))
               for i, w in enumerate(words) if i > 0)


# what a figure reads on a scale that moves day by day (an index's points, a level or « mark »)
_DAY_BOUND_THINGS = frozenset({"point", "mark"})


def _of_its_day(a: Claim, b: Claim, q: Quantity) -> bool:
    """Is the figure a reading of its report's day: a value on a scale that moves day by day (an
    index in points, a « mark »), or a state told as current (« currently », « now »: PRESENT_REF)?
    Two such readings in reports of two days are two days' values, not two versions of one."""
    return q.thing in _DAY_BOUND_THINGS or "PRESENT_REF" in {a.time, b.time}


_DIRECTIONS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                         "northward", "southward", "eastward", "westward", "offshore", "short", "outside"})
_FROM_SKIP = frozenset({"the", "a", "an", "its", "his", "her", "their", "downtown", "central", "le", "la", "les", "l"})


def _measured_from(c: Claim, q: Quantity) -> str:
    """The point an English distance is measured from (« 150 miles from the port » -> port;
    « 20 km north of the city » -> city): the first word after « from » / « of » in the few words after
    the figure; "" when the figure is no distance or names no point."""
    if q.unit not in {"km", "mile", "m"} and "nautical" not in fold(q.text):
        return ""
    text = fold(c.text)
    at = text.find(fold(q.text)) if q.text else -1
    if at < 0:
        return ""
    words = text[at:].split()[1:9]
    for i, w in enumerate(words):
        if w == "from" or (w == "of" and i and words[i - 1] in _DIRECTIONS):
            rest = [v for v in words[i + 1:] if v not in _FROM_SKIP]
            return rest[0] if rest else ""
    return ""


_OPPOSITE_BEARINGS = {"north": "south", "south": "north", "east": "west", "west": "east", "northeast": "southwest",
                      "southwest": "northeast", "northwest": "southeast", "southeast": "northwest"}


def _bearing(c: Claim, q: Quantity) -> tuple[str, str]:
    """(direction, point) of a distance told as bearing from a point (« 150 miles west of the port » ->
    west, port); ("", "") otherwise."""
    if q.unit not in {"km", "mile", "m", "nmi"} or not q.text:
        return "", ""
    text = fold(c.text)
    at = text.find(fold(q.text))
    if at < 0:
        return "", ""
    words = text[at + len(fold(q.text)):].split()[:6]
    for i, w in enumerate(words):
        if w == "of" and i and words[i - 1] in _OPPOSITE_BEARINGS:
            rest = [v for v in words[i + 1:] if v not in _FROM_SKIP]
            return (words[i - 1], rest[0]) if rest else ("", "")
    return "", ""


def _bearing_told(c: Claim, q: Quantity) -> str:
    """The words of a bearing as the claim writes them, from the distance to the point (« about 150
    miles west of the port »): the version that differs, not the whole sentence cut before it; the
    clipped claim when they are not found."""
    text = c.text
    at = text.lower().find(q.text.lower()) if q.text else -1
    if at < 0:
        return _clip(text)
    words = list(re.finditer(r"\S+", text[at:]))[:10]
    folded = [fold(w.group()).strip() for w in words]
    for i, w in enumerate(folded):
        if w == "of" and i and folded[i - 1] in _OPPOSITE_BEARINGS:
            for j in range(i + 1, len(words)):
                if folded[j] not in _FROM_SKIP:
                    # the point's whole name (« Port Vell »), not its first word
                    while (j + 1 < len(words) and words[j + 1].group()[:1].isupper()
                           and not words[j].group().endswith((",", ".", ";", ":"))):
                        j += 1
                    return text[at:at + words[j].end()].rstrip(".,;:")
    return _clip(text)


def _opposite_bearings(ac: Claim, x: Quantity, bc: Claim, y: Quantity) -> bool:
    """One distance from one point told in opposite directions (« 150 miles west of the port » / « 150
    miles east of the port »): the two accounts put the scene at two places."""
    (dx, px), (dy, py) = _bearing(ac, x), _bearing(bc, y)
    return bool(dx and px and px == py and _OPPOSITE_BEARINGS[dx] == dy)


def _past_period(c: Claim) -> bool:
    """Does the claim's sentence place its figures in an earlier period than its report (« last year's
    ceremony », « la saison dernière »)? Read on the sentence: the period often governs the clause from
    outside it (« a side that took 31 matches ... last season »)."""
    return _tells_past_period(c.sentence or c.text)


@lru_cache(maxsize=8192)
def _tells_past_period(text: str) -> bool:
    from recoupe.lang.quantities import PAST_PERIOD

    folded = f" {fold(text)} "
    return any(f" {cue} " in folded for cue in PAST_PERIOD)


@lru_cache(maxsize=1)
def _month_opener() -> tuple[re.Pattern[str], dict[str, int]]:
    from recoupe.lang.en.dates import MONTHS as EN_MONTHS
    from recoupe.lang.fr.dates import MONTHS as FR_MONTHS

    months = {fold(k): v for k, v in (*EN_MONTHS.items(), *FR_MONTHS.items()) if "." not in k and len(k) > 2}
    names = "|".join(sorted(months, key=len, reverse=True))
    # a preposition or a part of the month must come first: « Mars » alone may be the planet
    part = r"(?:early|late|mid|debut|fin|mi)\s+"
    lead = rf"(?:(?:in|during|en|au mois de|courant)\s+(?:{part})?|{part})"
    return re.compile(rf"^{lead}({names})\b(?!\.?\s*\d)"), months


def _opening_month(c: Claim) -> int | None:
    """The month a sentence opens with when the claim carries no resolved date (« In early March, a
    storm ... », « En février, ... »; not « March 3 »): the sentence tells an occasion of that month,
    in a report whose day may be unknown."""
    if c.time or not c.sentence:
        return None
    return _month_opening(c.sentence[:40])


@lru_cache(maxsize=8192)
def _month_opening(start: str) -> int | None:
    rx, months = _month_opener()
    # folded by word, the comma kept: « En mai, 300 personnes » is not « en mai 300 »
    m = rx.match(" ".join(fold(w) or w for w in start.replace(",", " , ").split()))
    return months[m.group(1)] if m else None


def _off_month(time: str, month: int) -> bool:
    """Does the date ``time`` fall outside ``month`` (of its year or the next or previous) by more than
    :data:`PERIOD_SLACK`? A month-only date, when it is another month."""
    told = re.match(r"(\d{4}|XXXX)-(\d\d)(?:-(\d\d))?", time)
    if told is None or int(told.group(2)) == month:
        return False
    if told.group(3) is None:
        return True
    year = 2001 if told.group(1) == "XXXX" else int(told.group(1))
    try:
        day = date(year, int(told.group(2)), int(told.group(3)))
    except ValueError:
        return False
    for y in (year - 1, year, year + 1):
        start = date(y, month, 1)
        end = (date(y + 1, 1, 1) if month == 12 else date(y, month + 1, 1)) - timedelta(days=1)
        if start - PERIOD_SLACK <= day <= end + PERIOD_SLACK:
            return False
    return True


def _months_apart(a: Side, b: Side, dated: bool = False) -> bool:
    """Are two figures of two months: both sentences opened by different months, or one opened by a
    month (a past occasion told as background) and the other undated in a report not of that month
    or of a day unknown? With ``dated`` (the place rule only), also an English deed dated off that month."""
    ma, mb = _opening_month(a.claim), _opening_month(b.claim)
    if ma is None and mb is None:
        return False
    if ma is not None and mb is not None:
        return ma != mb
    month, other = (ma, b) if ma is not None else (mb, a)
    if other.claim.time:
        # a dated figure: the dates decide (_dated_apart), but for the place rule a date well off the month is
        # another occasion than the one the sentence opened by a month tells (« In March, an attacker hurt … » /
        # « In February, an attacker robbed four and hurt … », the second dated through its first verb); a day
        # near the month's edge may be the same occasion (« in early March » / « on Friday », 28 February)
        return dated and month is not None and a.language == b.language == "en" and _off_month(other.claim.time, month)
    return other.published is None or other.published.month != month


@lru_cache(maxsize=1)
def _when_after_date() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, int]]:
    from recoupe.lang.en.dates import MONTHS as EN_MONTHS
    from recoupe.lang.en.dates import WHEN_CLAUSE_WORDS as EN_WHEN
    from recoupe.lang.en.dates import YEAR_CUES as EN_CUES
    from recoupe.lang.fr.dates import MONTHS as FR_MONTHS
    from recoupe.lang.fr.dates import WHEN_CLAUSE_WORDS, YEAR_CUES

    months = {fold(k): v for k, v in (*EN_MONTHS.items(), *FR_MONTHS.items()) if "." not in k and len(k) > 2}
    names = "|".join(sorted(months, key=len, reverse=True))
    cues = "|".join(sorted({fold(w) for w in YEAR_CUES | EN_CUES}, key=len, reverse=True))
    whens = "|".join(sorted({fold(w) for w in WHEN_CLAUSE_WORDS | EN_WHEN}, key=len, reverse=True))
    # a year only after a month name or a cue word: « revendiquent 2000, quand … » is a count
    return (re.compile(rf"(?:\b({names})|\b(?:{cues}))\s+((?:19|20)\d\d)\s*$"), re.compile(rf"^(?:{whens})\b"),
            months)


def when_dated(c: Claim, published: date | None = None) -> tuple[int, int | None] | None:
    """(year, month or None) of an undated claim that is a « when » clause set right after a date (« the
    worst since May 2009, when 812 died », « depuis 2009, quand … »): the clause tells
    the occasion of that date, not of its report. None otherwise, and for a year after ``published``
    (« d'ici 2030, quand … » is a target, not a past occasion)."""
    if c.time or not c.sentence:
        return None
    date_re, when_re, months = _when_after_date()
    text, sentence = fold(c.text), fold(c.sentence)
    at = sentence.find(text) if text and when_re.match(text) else -1
    m = date_re.search(sentence[:at]) if at > 0 else None
    if m is None or (published is not None and int(m.group(2)) > published.year):
        return None
    return int(m.group(2)), months.get(m.group(1)) if m.group(1) else None


def _when_apart(a: Side, b: Side) -> bool:
    """Is one figure a « when » clause of a past date (:func:`when_dated`) and the other of another time:
    dated another year or month, or undated in a report published another year or month?"""
    for x, y in ((a, b), (b, a)):
        told = when_dated(x.claim, x.published)
        if told is None:
            continue
        year, month = told
        m = re.match(r"(\d{4})(?:-(\d{2}))?", y.claim.time or "")
        if m is not None:
            other: tuple[int, int | None] | None = (int(m.group(1)), int(m.group(2)) if m.group(2) else None)
        elif when_dated(y.claim, y.published) is not None:
            other = when_dated(y.claim, y.published)
        else:
            other = (y.published.year, y.published.month) if y.published else None
        if other is not None and (other[0] != year or (month and other[1] and other[1] != month)):
            return True
    return False


def _earlier_figure(c: Claim) -> bool:
    """Does the claim give an earlier, since revised, figure (« un précédent bilan », « initialement »)?"""
    from recoupe.lang.quantities import EARLIER_FIGURE

    text = fold(c.text)
    return any(cue in text for cue in EARLIER_FIGURE)


def _digits_cut(q: Quantity) -> bool:
    """A group of digits read alone out of a longer number (« 000 » of « 678 000 »); « 0 mort »
    and « 0,5 % » are whole figures."""
    raw = (q.text or "").strip()
    return raw[:1] == "0" and raw[1:2].isdigit()


def _vague_figure(q: Quantity) -> bool:
    """A figure that names no number (« des centaines de personnes », « plusieurs milliers »)."""
    from recoupe.lang.quantities import VAGUE_FIGURE_OPENERS

    return fold((q.text or "").strip()).startswith(VAGUE_FIGURE_OPENERS)


def _not_a_figure(q: Quantity) -> bool:
    """A group of digits read alone (:func:`_digits_cut`), or a figure that names no number
    (:func:`_vague_figure`): it says how large, loosely, and holds against « plus d'un millier »
    as against « 800 »."""
    return _digits_cut(q) or _vague_figure(q)


def _moment(s: Side) -> datetime | None:
    if len(s.stamp) > 10:
        try:
            at = datetime.fromisoformat(s.stamp.replace("Z", "+00:00"))
            return at if at.tzinfo else at.replace(tzinfo=UTC)
        except ValueError:
            pass
    return None


_WEEKDAYS = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
_STATED_ON = re.compile(r"\b(?:le\s+|" + _WEEKDAYS + r"\s+)(\d{1,2})(?:er)?\s+(janvier|février|fevrier|mars|avril|mai|"
                        r"juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre)\b", re.I)
_MONTH_NO = {m: i for i, m in enumerate(("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                                          "septembre", "octobre", "novembre", "décembre"), start=1)}
_MONTH_NO |= {"fevrier": 2, "aout": 8, "decembre": 12}


def _stated_on(s: Side) -> date | None:
    """The day a reported figure was given, when the reporting frame dates it before the article
    (« le ministre a annoncé, mardi 4 août, que 402 interpellations ... » in a report of the 14th):
    the figure is as of that day."""
    c = s.claim
    if s.published is None or c.modality != "reported" or not c.sentence or c.text not in c.sentence:
        return None
    frame = c.sentence[:c.sentence.index(c.text)]
    found = None
    for m in _STATED_ON.finditer(frame):
        found = m
    if found is None:
        return None
    day, month = int(found.group(1)), _MONTH_NO[found.group(2).lower()]
    try:
        when = date(s.published.year, month, day)
        if when > s.published:
            when = date(s.published.year - 1, month, day)
    except ValueError:
        return None
    return when if when < s.published else None


_LISTED_DAY = re.compile(r"\b" + _WEEKDAYS + r"\s+(\d{1,2})(?:er)?\s+(janvier|février|fevrier|mars|avril|mai|juin|"
                         r"juillet|août|aout|septembre|octobre|novembre|décembre|decembre)(?:\s+(\d{4}))?\b", re.I)


def _days_in(c: Claim, published: date | None) -> list[tuple[int, date]]:
    """The days a claim's text names by weekday, day and month (« jeudi 20 août 2026 »), with where each
    stands; the year is the named one, else the claim's, else its report's."""
    year = _year(c.time) or (published.year if published else None)
    found = []
    for m in _LISTED_DAY.finditer(c.text):
        y = int(m.group(3)) if m.group(3) else year
        if y is None:
            continue
        try:
            found.append((m.start(), date(y, _MONTH_NO[m.group(2).lower()], int(m.group(1)))))
        except ValueError:
            continue
    return found


def _days_listed(c: Claim, published: date | None) -> bool:
    """Does the claim name two days or more, each with its own figures (a bulletin for the coming days)?"""
    return len({d for _, d in _days_in(c, published)}) >= 2


def _day_of_figure(c: Claim, q: Quantity, published: date | None) -> date | None:
    """The day a figure is given for: in a claim that lists several days, the last day named before the
    figure; else the day the claim is dated to; None when not known."""
    days = _days_in(c, published)
    if len({d for _, d in days}) >= 2:
        # the figure's own offset: its text may also stand earlier (« sept » in « dix-sept »); a figure
        # read from the sentence (its counted thing elided in the clause) has its offset there
        at = q.start if q.text and c.text.startswith(q.text, q.start) else c.text.find(q.text) if q.text else -1
        before = [d for i, d in days if 0 <= i < at]
        return before[-1] if before else None
    m = _DATE.match(c.time or "")
    if m and m.group(3):
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    return None


def _later(a: Side, b: Side) -> Side | None:
    """The side whose figure is later, when the two are not contemporaneous (reports of different
    days or times of day at least ``GAP`` apart, or a figure the frame dates earlier than its
    article); None when they are, or when it cannot be told."""
    ma, mb = _moment(a), _moment(b)
    sa, sb = _stated_on(a), _stated_on(b)
    if ma is not None and mb is not None and sa is None and sb is None:
        if abs(ma - mb) >= GAP:
            return a if ma > mb else b
        return None
    da, db = sa or a.published, sb or b.published
    if da is None or db is None or da == db:
        return None
    return a if da > db else b


def _update(a: Side, b: Side, x: Quantity, y: Quantity, later: Side | None) -> Finding:
    """Earlier figure then later one (by publication date, else by value: a toll grows)."""
    if later is None:
        first, then = ((x, a), (y, b)) if x.value <= y.value else ((y, b), (x, a))
    else:
        first, then = ((x, a), (y, b)) if later is b else ((y, b), (x, a))

    def when(s: Side) -> str:
        return s.published.isoformat() if s.published else "date inconnue"

    return Finding("update", f"{_fmt(first[0])} ({first[1].source}, {when(first[1])}) puis "
                             f"{_fmt(then[0])} ({then[1].source}, {when(then[1])})")


@lru_cache(maxsize=1)
def _outcome_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    from recoupe.lang.fr.predicates import OUTCOME_PATTERNS

    return tuple((name, re.compile(rx)) for name, rx in OUTCOME_PATTERNS.items())


def outcome(c: Claim) -> str:
    """How the event of a firm claim ended, when it says so in words of
    :data:`~recoupe.lang.fr.predicates.OUTCOME_PATTERNS` (« s'écrase » -> crashed, « s'est
    posé en urgence » -> landed, « a évité le crash » -> averted); "" otherwise or when negated."""
    if c.negated or c.modality not in _FIRM or c.planned:
        return ""
    return _outcome_of(c.text)


@lru_cache(maxsize=8192)
def _outcome_of(text: str) -> str:
    folded = fold(text)
    return next((name for name, rx in _outcome_patterns() if rx.search(folded)), "")


def _incompatible(x: str) -> set[str]:
    from recoupe.lang.fr.predicates import INCOMPATIBLE_OUTCOMES

    return {o for pair in INCOMPATIBLE_OUTCOMES if x in pair for o in pair if o != x}


def check_outcome(a: Side, b: Side) -> Finding | None:
    """Two accounts of one event that end it in ways that exclude each other (« un avion s'écrase »
    / « l'avion s'est posé en urgence sur une route »): typed ``direction`` (the event went one way
    in one account, the opposite way in the other). The same subject (or one unnamed), the same
    place or claim group, not on different days, in different articles."""
    ac, bc = a.claim, b.claim
    oa, ob = outcome(ac), outcome(bc)
    if not oa or not ob or ob not in _incompatible(oa) or ac.article_id == bc.article_id:
        return None
    if disjoint_dates(ac, bc) or different_subjects(ac, bc):
        return None
    if oa in {"died", "survived"} and not same_subject(ac, bc):
        return None  # a person's fate: the person must be named alike on both sides
    same_place = bool(ac.place and bc.place and (fold(ac.place) == fold(bc.place) or (
        ac.place_entity and ac.place_entity == bc.place_entity)))
    if not (same_place or linked(ac, bc)):
        return None
    return Finding("direction", f"{a.source} : « {_clip(ac.text)} » ; {b.source} : « {_clip(bc.text)} »")


_TASK_DETERMINERS = frozenset({"le", "la", "les", "l", "sa", "son", "ses", "leur", "leurs", "ce", "cet", "cette",
                               "ces", "notre", "nos", "votre", "vos"})
# « sans avoir pu boucler », « sans terminer »: the task left undone (the parse does not negate it)
_WITHOUT = re.compile(r"\bsans\s+(?:avoir\s+)?(?:pu\s+|reussi\s+a\s+)?(?:\w+\s+)?$")


def completion(c: Claim) -> tuple[str, str] | None:
    """(``done`` or ``undone``, the task's head noun) when the claim tells that a task was brought
    to its end or was not (:data:`~recoupe.lang.fr.predicates.COMPLETION_VERBS`: « les plongeurs
    ont achevé leur relevé » -> (done, releve); « ils n'ont pas pu terminer tout le relevé »,
    « sans avoir pu boucler son relevé » -> (undone, releve)); None otherwise. A task planned
    (« doit achever »), or hedged (« aurait terminé »), tells neither; « n'a pas pu », « sans avoir pu » states what
    happened (the modality may have read « pu » as a hedge)."""
    from recoupe.lang.fr.predicates import COMPLETION_VERBS

    if c.predicate not in COMPLETION_VERBS or c.planned or c.modality in {"conditional", "denied"}:
        return None
    words = fold(c.object).split()
    if not words or words[0] not in _TASK_DETERMINERS:
        return None  # a direct object names the task (« terminer par », « terminer sur » do not)
    task = _head(c.object)
    if not task:
        return None
    folded = fold(c.text)
    verb = next((w for w in folded.split() if w.startswith(fold(c.predicate)[:4])), "")
    without = bool(verb) and _WITHOUT.search(folded[:folded.find(verb)]) is not None
    if c.negated or without:
        could = " pu " in f" {folded} "
        return ("undone", task) if c.modality in _FIRM or could or without else None
    return ("done", task) if c.modality in _FIRM else None


def check_completion(a: Side, b: Side) -> Finding | None:
    """One account tells a task was completed, another that it was not (``direction``: the event
    went one way in one account and the other way in the other): the same task noun, different
    articles, not on different days, not two named actors."""
    ac, bc = a.claim, b.claim
    ca, cb = completion(ac), completion(bc)
    if ca is None or cb is None or ca[1] != cb[1] or ca[0] == cb[0] or ac.article_id == bc.article_id:
        return None
    if disjoint_dates(ac, bc) or (ac.subject_entity and bc.subject_entity and ac.subject_entity != bc.subject_entity):
        return None
    return Finding("direction", f"{a.source} : « {_clip(ac.text)} » ; {b.source} : « {_clip(bc.text)} »")


# -- a length of time counted back to an event dated elsewhere -----------------------------------
_ELAPSED_UNITS = {"mois": 30.44, "an": 365.25, "semaine": 7.0, "jour": 1.0}
_AFTER = re.compile(r"\s+après\s+(?:(?:le|la|leur|leurs|son|sa|ses|les)\s+|l['’]\s*)(\w+)", re.I)


def elapsed(c: Claim) -> tuple[str, Quantity] | None:
    """(the event, the length of time) when a firm claim counts its own event from an earlier
    one (« des tableaux retrouvés six mois après leur vol » -> (vol, 6 mois)): the earlier event
    named by a noun of :data:`~recoupe.lang.fr.events.ELAPSED_NOUNS`; None otherwise."""
    if " après " not in c.text or c.negated or not happened(c):
        return None
    from recoupe.lang.fr.events import ELAPSED_NOUNS

    for q in of_claim(c.text, "", c.language):
        if q.unit not in _ELAPSED_UNITS:
            continue
        m = _AFTER.match(c.text, q.start + len(q.text))
        if m and fold(m.group(1)) in ELAPSED_NOUNS:
            return ELAPSED_NOUNS[fold(m.group(1))], q
    return None


def dated_event(c: Claim) -> str:
    """The one-off event a claim dates to a month or a day by its verb or a participle of it
    (« les tableaux, dérobés en juin 2025, ont été récupérés » -> vol): the clause's own time
    is then the event's. "" when the clause has no such time or no such verb."""
    if not _interval(c.time) or c.negated:
        return ""
    from recoupe.lang.fr.events import EVENT_VERBS

    return next((EVENT_VERBS[w] for w in (c.predicate, *c.lemmas) if w in EVENT_VERBS), "")


def check_elapsed(a: Side, b: Side) -> Finding | None:
    """A length of time counted back from one account's event to an earlier one that another
    account dates (``date``): « retrouvés six mois après leur vol », published in mid-March,
    against « dérobés en juin 2025 » (eight to nine months before: six cannot hold). The
    figure's interval widened by half a unit (a rounding) against the time between the dated
    month or day and the counting account's day (its claim's day, else its publication)."""
    for x, y in ((a, b), (b, a)):
        counted, event = elapsed(x.claim), dated_event(y.claim)
        if counted is None or not event or counted[0] != event:
            continue
        q = counted[1]
        told = _interval(y.claim.time)
        own = _interval(x.claim.time)
        anchor = date.fromisoformat(own[0]) if own and own[2] == "day" else x.published
        if told is None or anchor is None:
            continue
        first, last = date.fromisoformat(told[0]), _last_day(told[1])
        unit = _ELAPSED_UNITS[q.unit]
        shortest, longest = (anchor - last).days / unit, (anchor - first).days / unit
        if longest < q.low - 0.5 or shortest > q.high + 0.5:
            return Finding("date", f"{_fmt(q)} après selon {x.source} (« {_clip(x.claim.text)} »), "
                                   f"{y.claim.time} selon {y.source} (« {_clip(y.claim.text)} »)")
    return None


CHECKS = (check_denial, check_pointing_denial, check_rebuttal, check_report_rebuttal, check_finding_denial,
          check_figure_denial, check_trouble_denial,
          check_defence, check_direction,
          check_outcome, check_completion, check_place, check_home_town, check_colour, check_rank, check_founding,
          check_site, check_date,
          check_counted_date, check_event_date,
          check_elapsed, check_announced, check_start, check_compound_length, check_quantity)


# the checks that read one occurrence's figures and dates
_OCCURRENCE_CHECKS = (check_quantity, check_date, check_event_date, check_counted_date)


def _clip(text: str, n: int = 90) -> str:
    text = " ".join(text.split())
    if len(text) <= n:
        return text
    cut = text[:n - 1]
    if text[n - 1] != " " and " " in cut:
        cut = cut.rsplit(" ", 1)[0]  # at a word's end: « la p… » is no word a reader can read
    return cut.rstrip(" ,;:") + "…"


_WORD = re.compile(r"[^\W\d_]{4,}")


def _unopposable(a: Claim, b: Claim) -> bool:
    """Is one of two claims a verbless clause marked as telling no event (:attr:`Claim.eventless`), with
    nothing to set it against? A denial whose words hold a word of it (« Le parquet dément tout coup de
    théâtre » against « Coup de théâtre au parquet ») is still set against it: the mark is read from a
    lexicon, and a denial lost is a contradiction the reader never sees."""
    for mark, other in ((a, b), (b, a)):
        if not mark.eventless:
            continue
        if not (other.modality == "denied" or other.negated):
            return True
        said = {fold(w)[:5] for w in _WORD.findall(other.object or other.text)}
        if not said & {fold(w)[:5] for w in _WORD.findall(mark.text)}:
            return True
    return False


def compare(a: Claim | Side, b: Claim | Side) -> Finding | None:
    """The contradiction (or update) between two claims, if any: a :class:`Finding` whose
    explanation names both sides and their sources. Symmetric up to the order of the sides."""
    sa = a if isinstance(a, Side) else Side(a)
    sb = b if isinstance(b, Side) else Side(b)
    if sa.claim.id == sb.claim.id or _unopposable(sa.claim, sb.claim):
        return None  # a verbless exclamation (« Coup de théâtre ! ») tells no event to set against another
    # order the pair by id so that either call order gives the same explanation
    if sb.claim.id < sa.claim.id:
        sa, sb = sb, sa
    one_sentence = sa.claim.article_id == sb.claim.article_id and sa.claim.sentence == sb.claim.sentence
    # two clauses of one sentence only conflict by their figures (« 3 000 selon la CGT, 800 selon la police »),
    # or when one is a bare denial of the other (« X revendique le contrôle du détroit, l'Iran dément »)
    checks: tuple[Callable[[Side, Side], Finding | None], ...] = CHECKS
    # or when one rejects the finding the other tells (« conteste la circonstance retenue par les juges »)
    if not one_sentence and _recalled_deed(sa.claim) != _recalled_deed(sb.claim):
        # an earlier occurrence recalled in a relative clause against an account of the new one: their
        # figures and dates are two occurrences'
        checks = tuple(c for c in checks if c not in _OCCURRENCE_CHECKS)
    if one_sentence:
        checks = (check_denial, check_quantity) if _bare_denial(sa.claim) or _bare_denial(sb.claim) else (
            check_quantity,)
        checks = (*checks, check_finding_denial, check_figure_denial, check_pointing_denial)
        if verdict(sa.claim) or verdict(sb.claim):  # or a verdict answers the accusation it tells (check_defence)
            checks = (*checks, check_defence)
    if reports_apart(sa, sb) and ledes_on_two_things(sa, sb):
        # two articles' own events (two fires a week apart): their generic claims are two facts; a follow-up
        # of one event keeps its conflict (the status still takes neither as the other's confirmation)
        return None
    for check in checks:
        hit = check(sa, sb)
        if hit is not None:
            same = sa.claim.article_id == sb.claim.article_id
            if sa.claim.language == sb.claim.language == "en":
                hit = hit._replace(explanation=_in_english(hit.explanation))
            return hit._replace(same_article=same)
    return None


def _in_english(explanation: str) -> str:
    """An explanation of two English claims in English: the French words of the templates above
    replaced (:data:`recoupe.lang.en.explain.TEMPLATE_WORDS`); the quoted claims are English."""
    from recoupe.lang.en.explain import TEMPLATE_WORDS

    for french, english in TEMPLATE_WORDS:
        explanation = explanation.replace(french, english)
    return explanation


# -- candidate retrieval -------------------------------------------------------------------------
def conflict_keys(c: Claim, headline: str = "", trouble: tuple[set[str], set[str]] | None = None,
                  pointed: str = "", announced: str | None = None) -> tuple[set[str], set[str]]:
    """(keys ``c`` is filed under, keys ``c`` looks up). Every pair that :func:`compare` can flag
    shares a key one way or the other, and the relation is mirrored: ``c`` finds ``d`` through
    its lookups exactly when ``d`` would find ``c`` (so arrival order does not matter).
    ``announced``: ``announcement(c)`` when the caller has it."""
    filed: set[str] = set()
    # the same actor doing the same thing (a visit is told as going or meeting: one key)
    actions = _actions(c)  # asked once: a function of the claim
    acts = {"@visit" if x[1:] in _VISIT else x for x in actions}
    head = "" if c.subject_entity else _head(c.subject)
    subject = c.subject_entity or (f"~{head}" if head else "")
    if subject:
        filed |= {f"A:{subject}|{x}" for x in acts}
    for q in _quantities(c):
        filed.add(f"Q:{q.thing}|{q.unit}")
    flow = _flow(c)
    if flow:
        filed.add(f"F:{'|'.join(sorted(flow))}")
    ended = outcome(c)
    counted = elapsed(c)
    if counted is not None:  # a time counted back to an event: the accounts that date it (check_elapsed)
        filed.add(f"EL:{counted[0]}")
    dated = dated_event(c)
    if dated:
        filed.add(f"EL:{dated}")
    task = completion(c)
    if task is not None:  # a task told done or undone: every account of the same task (check_completion)
        filed.add(f"CP:{task[1]}")
    look = set(filed)
    if ended:  # filed under its outcome, looking up the outcomes that exclude it (mirrored)
        filed.add(f"O:{ended}")
        look |= {f"O:{x}" for x in _incompatible(ended)}
    acts = {x for x in actions if x.startswith("@")} or actions  # denials: by class when it has one
    if _denied(c):
        filed |= {f"D:{x}" for x in acts}
        look |= {f"S:{x}" for x in acts}
        words = _content_keys(c)
        filed |= {f"DW:{w}" for w in words}
        look |= {f"W:{w}" for w in words}
        if actions & _SAYING and c.subject:
            key = fold(c.subject).split()[-1] if fold(c.subject) else ""
            if key:
                filed.add(f"DR:{key}")
                look.add(f"SR:{key}")
    else:
        filed |= {f"S:{x}" for x in acts}
        look |= {f"D:{x}" for x in acts}
        if (c.modality in _STATED or _put_forward(c)) and not c.negated:
            words = _content_keys(c)
            filed |= {f"W:{w}" for w in words}
            look |= {f"DW:{w}" for w in words}
        if c.attributed_to and fold(c.attributed_to):
            key = fold(c.attributed_to).split()[-1]
            filed.add(f"SR:{key}")
            look.add(f"DR:{key}")
    things = located_things(c.text) if c.modality in _FIRM and not c.planned else frozenset()
    if things and sites(c.text, c.place):  # one located thing at its sites: every placed account of it (check_site)
        filed |= {f"ST:{x}" for x in things}
        look |= {f"ST:{x}" for x in things}
    if c.language == "en" and c.time and (subject or fold(c.subject) == "it"):
        # « it sank a trawler » and « the frigate sank a trawler », dated (check_date, _en_it_one_deed): one
        # verb and one object noun, « it » filed on one side and looked up from the named one (mirrored)
        deeds = _en_deeds(c)
        mine, other = ("IT", "NM") if fold(c.subject) == "it" else ("NM", "IT")
        filed |= {f"{mine}:{k}" for k in deeds}
        look |= {f"{other}:{k}" for k in deeds}
    stopped = c.subject_entity or (subject if head not in _en_function_words() else "")  # not « ~the »
    if stopped and _en_stop_moment(c) and (_CLOCK_TIME.match(c.time) or _DAY_PART.match(c.time)):
        filed.add(f"HM:{stopped}")  # one person's stop at a clock time: every timed account of it (mirrored)
        look.add(f"HM:{stopped}")
    for thing in en_colours(c):  # one named thing's colour: every account that gives one (check_colour), by its make
        filed.add(f"CO:{thing.split()[0]}")
        look.add(f"CO:{thing.split()[0]}")
    for who in en_home_towns(c):  # one person's home town: every account that tells one (check_home_town)
        filed.add(f"HT:{who}")
        look.add(f"HT:{who}")
    named = rank_keys(c) | founding_keys(c)  # a subject's rank in a series, a thing's founding (check_rank, _founding)
    filed |= named
    look |= named
    if c.subject_entity and compound_months(c) is not None:  # one actor's length in years and months
        filed.add(f"CL:{c.subject_entity}")
        look.add(f"CL:{c.subject_entity}")
    for w in defended_wrongs(c, headline):  # a defence against an accusation (check_defence), mirrored
        filed.add(f"DF:{w}")
        look.add(f"AC:{w}")
    for w in accused_wrongs(c):
        filed.add(f"AC:{w}")
        look.add(f"DF:{w}")
    dated_counts = counted_keys(c)  # one count of one deed dated to a day (check_counted_date)
    filed |= dated_counts
    look |= dated_counts
    begun = start_keys(c)
    filed |= begun
    look |= begun
    event = one_off_event(c)
    if event and _interval(c.time):  # one capsizing, one crash: every dated account of it (check_event_date)
        filed.add(f"EV:{event}")
        look.add(f"EV:{event}")
    # one news made known: every dated announcement of the story (check_announced)
    if announcement(c) if announced is None else announced:
        filed.add("AN:")
        look.add("AN:")
    pf, pl = finding_keys(c)  # a denial of a finding and the finding (check_finding_denial)
    filed |= pf
    look |= pl
    ff, fl = figure_keys(c)  # a denial of a figure and the figure (check_figure_denial)
    filed |= ff
    look |= fl
    tf, tl = trouble if trouble is not None else trouble_keys(c, headline)
    filed |= {k for k in tf if not k.startswith("X")}
    look |= {k for k in tl if not k.startswith("X")}
    qf, ql = pointing_keys(c, pointed)  # a denial pointing back and what it takes back (check_pointing_denial)
    rf, rl = rebuttal_keys(c)  # a negated quotation and the accounts holding its words (check_rebuttal)
    mf, ml = report_rebuttal_keys(c)  # a denial of a report and the accounts of a misstatement (check_report_rebuttal)
    return filed | qf | rf | mf, look | ql | rl | ml


def across_keys(c: Claim, headline: str = "", trouble: tuple[set[str], set[str]] | None = None,
                announced: str | None = None) -> tuple[set[str], set[str]]:
    """(filed, looked up) keys under which ``c`` is compared with the claims of other stories:
    only frames that match strongly (a denial of a trouble and an account of it sharing two
    anchors; one actor's same amount with a duration, :func:`amount_keys`; a dated announcement
    that names its news, :func:`announced_keys`; a one-off event at one town, :func:`event_keys`; one
    named person's stop on one day, :func:`stop_day_keys`), filed under the pseudo-story ``ACROSS``."""
    tf, tl = trouble if trouble is not None else trouble_keys(c, headline)
    amounts = amount_keys(c) | announced_keys(c, headline, announced) | event_keys(c) | stop_day_keys(c)
    return {k for k in tf if k.startswith("X")} | amounts, {k for k in tl if k.startswith("X")} | amounts


def stop_day_keys(c: Claim) -> set[str]:
    """English: the key of one named person's traffic stop (:func:`_en_stop_moment`) at a clock time of a day
    written in full (« 2031-03-09T01:30 »), across stories: the stopped person's entity
    (:func:`_en_stopped_person`), named by at least two words besides a title (a first and a last name), and
    the day, filed and looked up alike. A follow-up told weeks later (a charge, a trial) lands in another story
    and still tells the stop's hour."""
    m = _CLOCK_TIME.match(c.time or "")
    if (c.language != "en" or not c.subject_entity or not m or m[1].startswith("X")
            or len(_en_name_words(c.subject)) < 2 or not _en_stop_moment(c) or not _en_stopped_person(c)):
        return set()
    return {f"XHM:{c.subject_entity}|{m[1]}"}


def _en_stopped_person(c: Claim) -> bool:
    """Is the subject of an English claim of a stop (:func:`_en_stop_moment`) the person stopped: the driver
    (« was driving … when stopped », « failed a breath test »), or told in the passive or as « a traffic stop
    of » someone? Not the officer who stops a car (« Deputy X pulled over a van »): one officer makes many
    stops a night, and two of them are no versions of one."""
    if c.predicate in ("drive", "speed", "fail"):
        return True
    return bool(_EN_STOPPED_PERSON.search(c.text))


@lru_cache(maxsize=1)
def _en_titles() -> frozenset[str]:
    from recoupe.lang.en.predicates import STOP_OFFICER_TITLES
    from recoupe.lang.en.sources import HONORIFICS, ROLE_HEADS, TITLE_ABBREVIATIONS

    return STOP_OFFICER_TITLES | ROLE_HEADS | {fold(w).rstrip(".") for w in HONORIFICS | TITLE_ABBREVIATIONS}


def _en_name_words(name: str) -> list[str]:
    """The words of a person's name without the titles before it (« Officer Voss » -> [voss])."""
    words = [fold(w).rstrip(".") for w in name.split()]
    titles = _en_titles()
    while words and words[0] in titles:
        words = words[1:]
    return words


def event_keys(c: Claim) -> set[str]:
    """Keys of a dated one-off event (:func:`one_off_event`) across stories: the event and its place
    entity, when the place is a town or a site (a country or a region holds many capsizings), filed
    and looked up alike."""
    if not c.place_entity or not c.place or not c.time:
        return set()
    event = one_off_event(c)
    if not event or not _interval(c.time):
        return set()
    from recoupe.resolve.places import lookup

    known = lookup(c.place)
    if known is not None and known.kind in ("country", "region"):
        return set()
    return {f"XEV:{event}|{c.place_entity}"}


_NAMED_NEWS = frozenset({"participle", "noun"})  # announcements that name one news already known


def announced_keys(c: Claim, headline: str = "", announced: str | None = None) -> set[str]:
    """Keys of a dated announcement that names its news (« la fuite, révélée ce lundi », « La
    nouvelle est tombée le 3 mars »; not a verb, which every briefing uses) across stories: what it
    makes known (:func:`_announced`), one key per word, filed and looked up alike."""
    if (announcement(c) if announced is None else announced) not in _NAMED_NEWS:
        return set()
    return {f"XAN:{w}" for w in _announced(c, headline)}


ACROSS = "*"  # the conflict keys of every story, for the comparisons across stories
ACROSS_DAYS = 3  # accounts in different stories are compared when published this close


def compare_across(a: Side, b: Side) -> Finding | None:
    """The contradiction between claims of different stories, when their frames match strongly
    (:func:`across_keys`: a denial of a trouble and its account, one actor's amount over two
    lengths of time, one named news announced on two days, one event at one town dated apart) and
    they were published within ``ACROSS_DAYS`` days; or one named person's traffic stop dated to one
    written day at two clock times (:func:`stop_day_keys`), whenever the reports were published."""
    if a.claim.id == b.claim.id or _unopposable(a.claim, b.claim):
        return None
    if b.claim.id < a.claim.id:
        a, b = b, a
    if stop_day_keys(a.claim) & stop_day_keys(b.claim):
        # one named person's stop on one written day: the accounts date it themselves, whenever each was published
        stop = check_date(a, b)
        return stop._replace(explanation=_in_english(stop.explanation)) if stop is not None else None
    if a.published is None or b.published is None or abs((a.published - b.published).days) > ACROSS_DAYS:
        return None
    hit = check_trouble_denial(a, b, anchors=ANCHORS_ACROSS_STORIES)
    if hit is None and announcement(a.claim) in _NAMED_NEWS and announcement(b.claim) in _NAMED_NEWS:
        hit = check_announced(a, b, shared=ANNOUNCED_SHARED_ACROSS)
    if hit is None and event_keys(a.claim) & event_keys(b.claim):
        hit = check_event_date(a, b)
    if hit is None and amount_keys(a.claim) & amount_keys(b.claim):
        hit = check_quantity(a, b)
        if hit is not None and hit.kind != "date":
            return None  # across stories, only the same amount told over different times
    return hit


def _side(c: Claim, meta: Mapping[str, Mapping[str, Any]], store: Store | None = None) -> Side:
    """The claim with its article's publication row; with ``store``, what a pointing denial takes back."""
    pointed = pointed_text(store, c) if store is not None else ""
    row = meta.get(c.article_id)
    if row is None:
        return Side(c, pointed=pointed)
    published = date.fromisoformat(row["published"]) if row["published"] else None
    return Side(c, outlet=row["outlet"] or "", published=published, stamp=str(row["stamp"] or ""),
                language=row["language"] or "fr", headline=str(row["headline"] or ""),
                lede=str(row.get("lede") or ""), pointed=pointed)


def _aged_apart(a: Side, b: Side) -> bool:
    """One person's two ages, the person named by two nouns in two claims of one component
    (:func:`_ages_apart`): the link tells whose age it is, whatever fact each clause states, so the
    split that cuts the component into two facts leaves the conflict standing."""
    if not linked(a.claim, b.claim) or not (a.published and b.published):
        return False
    if abs((a.published - b.published).days) > AGE_DAYS:
        return False
    qa, qb = _quantities(a.claim, a.language), _quantities(b.claim, b.language)
    return _ages_apart(a, b, qa, qb) is not None


def recheck_split(store: Store, claims: Sequence[Claim]) -> int:
    """After the split pass cut a component (:func:`recoupe.claims.groups.split_groups`): each
    recorded pair of its claims now in two groups is compared again with the groups as the link
    (:func:`linked`); a pair whose conflict rested on the link alone is set apart, not deleted, and
    a pair the split brought back together returns. Returns how many rows are set apart. The
    rows compared were found with the component, whatever the order; the split depends only on
    the component: so does the result."""
    by_id = {c.id: c for c in claims}
    rows = store.contradictions_within(by_id)
    if not rows:
        return 0
    meta = store.publication_stamps({c.article_id for c in claims})
    apart = 0
    for row in rows:
        a, b = by_id[row["claim_a"]], by_id[row["claim_b"]]
        if a.group_id == b.group_id:
            away = False
        else:
            hit = compare(_side(replace(a, component_id=a.group_id), meta, store),
                          _side(replace(b, component_id=b.group_id), meta, store))
            away = hit is None and not _aged_apart(_side(a, meta), _side(b, meta))
        if away != bool(row["apart"]):
            store.set_contradiction_apart(row["id"], away)
        apart += away
    return apart


def _stamps(store: Store, ids: set[str], known: dict[str, Any] | None) -> dict[str, Any]:
    """:meth:`Store.publication_stamps` of ``ids``, those already in ``known`` not read again (the
    rows read are added to it; an id the store does not hold is kept as None)."""
    if known is None:
        return store.publication_stamps(ids)
    missing = ids - known.keys()
    if missing:
        found = store.publication_stamps(missing)
        known.update({i: found.get(i) for i in missing})
    return {i: known[i] for i in ids if known[i] is not None}


def find_for(store: Store, claim: Claim, story_id: str, stamps: dict[str, Any] | None = None) -> int:
    """Record the contradictions and updates between ``claim`` and the claims of its story already
    stored, and those of other stories whose frames match strongly (:func:`across_keys`); file
    ``claim`` under its conflict keys; return how many conflicts (not updates) it has.

    ``stamps`` keeps the articles' publication rows (:meth:`Store.publication_stamps`) from one call
    to the next, for the claims of one article (their story and the others' stay put meanwhile)."""
    # a trouble or its denial is keyed by what it is about, with its article's headline
    headline = ""
    # each asked once of the claim here, and handed to the key functions that ask it too
    troubles, announced = (_denies_trouble(claim), _tells_trouble(claim)), announcement(claim)
    if (any(troubles) or announced in _NAMED_NEWS
            or (claim.negated and claim.cue in _defence_cues()) or verdict(claim)
            or (claim.language == "en" and _denies_accusations(claim))):
        row = _stamps(store, {claim.article_id}, stamps).get(claim.article_id)
        headline = str(row["headline"] or "") if row is not None else ""
    trouble = trouble_keys(claim, headline, troubles)
    pointed = pointed_text(store, claim)
    filed, look = conflict_keys(claim, headline, trouble, pointed, announced)
    others = store.related_claims(story_id, claim, keys=sorted(look))
    x_filed, x_look = across_keys(claim, headline, trouble, announced)
    seen = {o.id for o in others}
    far = [o for o in store.related_claims(ACROSS, claim, keys=sorted(x_look), group=False) if o.id not in seen] \
        if x_look else []
    found = 0
    if others or far:
        meta = _stamps(store, {claim.article_id, *(o.article_id for o in [*others, *far])}, stamps)

        def side(c: Claim) -> Side:
            return _side(c, meta, store)

        mine = replace(_side(claim, meta), pointed=pointed)
        for other in others:
            hit = compare(mine, side(other))
            if hit is None:
                continue
            store.add_contradiction(story_id, hit.kind, claim, other, hit.explanation, same_article=hit.same_article)
            found += is_conflict(hit.kind)
        for other in far:
            hit = compare_across(mine, side(other))
            if hit is not None:
                # filed under the story of the first claim by id, whichever arrived last
                row = meta.get(min(claim, other, key=lambda c: c.id).article_id)
                where = str(row["story_id"] or story_id) if row is not None and other.id < claim.id else story_id
                store.add_contradiction(where, hit.kind, claim, other, hit.explanation)
                found += is_conflict(hit.kind)
    told = versions_told(claim)
    if told is not None:  # two sources' versions of one count in the claim itself
        store.add_contradiction(story_id, told.kind, claim, claim, told.explanation, same_article=True)
        found += 1
    store.file_conflict_keys(story_id, claim.id, filed)
    if x_filed:
        store.file_conflict_keys(ACROSS, claim.id, x_filed)
    return found
