"""Claims across articles: claims that state the same thing are grouped, incrementally.

A new claim is compared with the grouped claims of its story that share most of its terms (an
inverted index in the store, so the cost does not grow with the story), and
joins the group of the most similar one above ``threshold``, or starts a group. Similarity is the
Jaccard overlap of content lemmas, where each predicate also stands for its class of paraphrases
(« obtenir » / « acquérir », « livrer » / « fournir »: ``lang/fr/predicates.py``), raised when
the predicate class or the subject entity is the same. Comparing with members, not with a union
of the group's words, keeps groups from snowballing.

Linking is transitive, so one claim that tells two facts (« deux interpellations après la
découverte du corps ») chains them. The links therefore make *components*
(``claims.component_id``), and at the end of each build :func:`split_groups` cuts every changed
component into the claim groups that statuses, contradictions and briefings read, by average
linkage over all its pairs: a function of the component's claims, so of no arrival order.

In a story with articles in two languages, a claim is also compared with the claims of the other
language, by language-neutral keys and meaning (:mod:`recoupe.claims.crosslang`); the same frame
vetoes apply. Claims of another language never count in the lemma comparison.
"""

from __future__ import annotations

import json
import marshal
import math
import re
from array import array
from collections.abc import Callable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from dataclasses import fields as dataclass_fields
from datetime import date, timedelta
from functools import lru_cache, partial
from operator import attrgetter
from typing import Any

from recoupe.claims.contest import asked_act, claims_outcomes_apart, outcome, outcomes_apart, urging
from recoupe.claims.quantities import of_claim
from recoupe.lang.en.headline import PUNCTUATION, headline_style
from recoupe.lang.en.modality import COUNTERFACTUAL_CUE
from recoupe.lang.fr.quantities import (
    ANOTHER_EVENT,
    CROWD_ANY,
    CROWD_NOUNS,
    EVENT_ORDINALS,
    MEASURES,
    NEW_OCCURRENCE,
    PEOPLE_OTHERWISE,
    SEVERITY_PATTERNS,
    VAGUE_FIGURE_OPENERS,
)
from recoupe.lang.fr.verb_forms import BEFORE_RELATIVE_VERB, VERB_FORM_ENDING
from recoupe.lang.predicates import (
    CLASS_OF,
    LIGHT_VERBS,
    PHASE_OF,
    PHRASE_HEADS,
    TOLL_VERBS,
    VICTIM_NOUNS,
    VICTIM_OF,
)
from recoupe.model import Claim
from recoupe.resolve.names import fold
from recoupe.storage import Store

THRESHOLD = 0.5
# actions two parties do together: swapped actors tell the same fact (« A rencontre B »)
MUTUAL_CLASSES = frozenset({"meet", "cooperate"})
MIN_CONTENT_OVERLAP = 0.2
RAREST_TERMS = 6


# counted things that name an event's tally: one per story event, whatever the figure
TALLIES = frozenset({"mort", "blessé", "disparu", "interpellation", "garde à vue", "évacué", "sinistré", "déplacé",
                     "réfugié", "otage", "hospitalisé", "gréviste", "manifestant", "magnitude", "profondeur",
                     "superficie", "ha", "km2"})
# tallies of a measure that does not grow as the event goes on: another figure is another event
FIXED_MEASURES = frozenset({"magnitude", "profondeur"})
# a generic head (« 12 personnes ») counts what its verb does to them
_TALLY_OF_CLASS = {"kill": "mort", "injure": "blessé", "evacuate": "évacué", "arrest": "interpellation"}
_TALLY_ADJECTIVES = frozenset({"blessé"})
_EVENT_OF_TALLY = {"mort": "kill", "blessé": "injure", "évacué": "evacuate", "magnitude": "quake", "ha": "burn"}
# people counted under another name (« 678 000 usagers », « 700 000 comptes », « contribuables »)
PEOPLE = frozenset({"usager", "contribuable", "compte", "utilisateur", "françai", "particulier", "victime", "client",
                    "abonné", "personne", "habitant", "électeur", "salarié", "foyer", "ménage"})
# « un nouveau bilan » revises the same tally: it is not another event
_REVISED_TALLY = re.compile(r"\b(?:nouvel|nouveau|second|deuxieme|autre) (?:bilan|decompte|comptage|chiffre)")
# actions that are one physical occurrence in a story: another verb for it is the same fact
EVENT_CLASSES = frozenset({"kill", "injure", "quake", "burn", "extinguish", "evacuate"})
MIN_FIGURE = 1000  # below this, a figure alone says little about which fact it counts
MEASURES_VALUES = frozenset(MEASURES.values())
# a figure after these words belongs to a relative or participial clause: background of the claim
# (« le feu, qui a parcouru 6 300 hectares, est éteint »), not what it states
_BACKGROUND = re.compile(r"\b(?:qui|que|qu'|dont|où|lequel|laquelle|ayant|après|depuis)\b", re.IGNORECASE)
# the pronouns that open only a relative clause (« que » also opens a complement, a comparison, « alors que »)
_RELATIVE_PRONOUN = re.compile(r"qui|dont|où|lequel|laquelle", re.IGNORECASE)
# a clause reported after « que » opens with it: that « que » is no relative pronoun; a claim that is
# itself a relative clause opens with its pronoun: the figure after it is what the claim states
_OWN_OPENING = re.compile(r"\s*(?:que\b|qu['’]|qui\b|dont\b|où\b)\s*", re.IGNORECASE)
_COMPLEMENTIZER = re.compile(r"\s*(?:que\b|qu['’])\s*", re.IGNORECASE)
_BUCKET = 1.25  # figures within a factor of 1.25 share a key (two neighbouring buckets each)


def _tally_of(predicate: str, lemmas: Sequence[str]) -> str:
    """The tally the claim's action makes of what it counts: its predicate's (« tuer » -> the
    dead), or for a verbless headline (« 12 morts et 10 blessés ») the one tally its words name."""
    tally = _TALLY_OF_CLASS.get(CLASS_OF.get(predicate, ""), "")
    if tally or predicate in CLASS_OF:
        return tally
    # a participle read as an adjective (« trois gendarmes légèrement blessés ») names its tally
    named = {_TALLY_OF_CLASS[CLASS_OF[w]] for w in lemmas if CLASS_OF.get(w) in _TALLY_OF_CLASS} | {
        w for w in lemmas if w in _TALLY_ADJECTIVES}
    return named.pop() if len(named) == 1 else ""


def event_key(claim: Claim) -> str:
    """``#e:<class>`` for a claim whose action is a physical event of its story (a death, an
    injury, a quake, a fire, its extinction, an evacuation): two such claims tell the same
    occurrence unless their dates differ (checked by the caller), whatever else they say."""
    # only the claim's own action: a class read from its other words (tried for verbless headlines)
    # also took « mis en examen pour le féminicide » as a death, and cost precision on both golds
    cls = CLASS_OF.get(victim_of(claim.predicate, claim.text), "")
    if cls not in EVENT_CLASSES or set(_REVISED_TALLY.sub(" ", fold(claim.text)).split()) & ANOTHER_EVENT:
        return ""
    return f"#e:{cls}"


def count_keys(claim: Claim, own_relative: bool = True) -> frozenset[str]:
    """The count keys of a claim (``#n:`` terms): the tally it gives (``#n:mort``) or, for other
    counted things, the thing with the order of its figure (``#n:people:57``). Empty when the
    claim counts nothing, or counts two kinds of things (it would bridge two facts).
    ``own_relative=False`` leaves out the figure of a claim that is itself a relative clause (« qui
    toucherait 40 000 abonnés »): it tells that claim's fact, but stories read an article's figures
    as what it reports, and a relative clause's figure is often another story's, recalled."""
    # a function of these fields, asked twice of each new claim (its story's figures, its group)
    return _count_keys(claim.text, claim.subject, claim.sentence, claim.predicate, tuple(claim.lemmas),
                       claim.language, own_relative)


@lru_cache(maxsize=8192)
def _count_keys(text: str, subject: str, sentence: str, predicate: str, lemmas: tuple[str, ...],
                language: str = "fr", own_relative: bool = True) -> frozenset[str]:
    return _count_parts(text, subject, sentence, predicate, lemmas, language, own_relative, True)[0]


def told_new(claim: Claim) -> bool:
    """Is the claim's count dropped by :func:`count_keys` only for a word that says « new » of its event
    (« un nouveau feu … N ha »: NEW_OCCURRENCE), which may be the story's own event? Not
    when another word of ANOTHER_EVENT is there (« une attaque séparée », « trois autres »), nor when
    « new » is inside the counted phrase (« cinq nouveaux cas »: a new subset, not the event's count)."""
    text = claim.text if not claim.subject or claim.subject in claim.text else f"{claim.subject} {claim.text}"
    words = set(_REVISED_TALLY.sub(" ", fold(text)).split()) & ANOTHER_EVENT
    if not words or not words <= NEW_OCCURRENCE:
        return False
    return not any(set(fold(q.text).split()) & NEW_OCCURRENCE for q in of_claim(text, claim.sentence, claim.language))


def count_values(claim: Claim, *, dropped: bool = False) -> tuple[frozenset[str], tuple[tuple[str, float], ...]]:
    """The claim's count keys and each ``#n:`` key's figures (``(key, value)``). ``dropped``: as if
    no word of ANOTHER_EVENT were there (the count :func:`count_keys` drops as another occurrence's)."""
    return _count_parts(claim.text, claim.subject, claim.sentence, claim.predicate, tuple(claim.lemmas),
                        claim.language, True, not dropped)


@lru_cache(maxsize=8192)
def _count_parts(text: str, subject: str, sentence: str, predicate: str, lemmas: tuple[str, ...],
                 language: str = "fr", own_relative: bool = True, another: bool = True,
                 ) -> tuple[frozenset[str], tuple[tuple[str, float], ...]]:
    claim_text = text
    # a subject left out of the span (it hangs from a modal: « 678 000 personnes pourraient voir
    # leurs données diffusées ») still gives the claim's figure
    text = claim_text if not subject or subject in claim_text else f"{subject} {claim_text}"
    quantities = of_claim(text, sentence, language)
    if not quantities:  # most claims: no figure, no key whatever the words below say (nothing to fold)
        return frozenset(), ()
    rank = ""
    if another and set(_REVISED_TALLY.sub(" ", fold(text)).split()) & ANOTHER_EVENT:
        # « une nouvelle secousse »: another event's count; but « la deuxième crue » names which
        # one, and its count meets the accounts that name it too
        rank = _event_rank(text) if own_relative else ""
        if not rank:
            return frozenset(), ()
    tallies: set[str] = set()
    figures: set[str] = set()
    values: list[tuple[str, float]] = []
    verb_tally = _tally_of(victim_of(predicate, claim_text), lemmas)
    # the claim's own words, after a subject put before them: a claim that is itself a relative clause
    # (« qui toucherait 40 000 abonnés ») states its figure, its pronoun is no background
    own = len(text) - len(claim_text)
    for q in quantities:
        at = text.find(q.text) if q.text else -1
        opening = (_OWN_OPENING if own_relative else _COMPLEMENTIZER).match(text, own)
        marker = _BACKGROUND.search(text, opening.end() if opening else 0, at) if at > 0 else None
        if marker and not (own_relative and language == "fr" and marker.start() > own
                           and _RELATIVE_PRONOUN.fullmatch(marker.group())
                           and _verb_between(text, marker.end(), at, predicate)):
            continue
        thing = q.unit if q.unit in ("ha", "km2") else q.thing
        if verb_tally and not q.unit and thing not in TALLIES and thing not in MEASURES_VALUES:
            thing = verb_tally  # « deux pilotes blessés », « 12 soldats tués »
        if thing in TALLIES:
            tallies.add(f"#n:{thing}")
            if math.isfinite(q.value):
                values.append((f"#n:{thing}", q.value))
            if thing in _EVENT_OF_TALLY:  # « 12 morts » and « un homme a succombé » tell one death toll
                tallies.add(f"#e:{_EVENT_OF_TALLY[thing]}")
        elif thing and not q.unit and q.value >= MIN_FIGURE and math.isfinite(q.value) \
                and not fold(q.text).startswith(VAGUE_FIGURE_OPENERS):  # « des millions de personnes »: no figure
            kind = "people" if thing in PEOPLE else thing
            b = math.floor(math.log(q.value, _BUCKET))
            figures.update({f"#n:{kind}:{b}", f"#n:{kind}:{b + 1}"})
            values += [(f"#n:{kind}:{b}", q.value), (f"#n:{kind}:{b + 1}", q.value)]
    if len({t for t in tallies if t.startswith("#n:")}) > 1:
        return frozenset(), ()
    keys = tallies or figures
    values = [(k, v) for k, v in values if k in keys]
    if rank:  # the rank goes after the thing, so a figure's bucket stays last (``#n:people@2crue:57``)
        keys = {re.sub(r"^(#[ne]:[^:]+)", rf"\1@{rank}", k) for k in keys}
        values = [(re.sub(r"^(#[ne]:[^:]+)", rf"\1@{rank}", k), v) for k, v in values]
    return frozenset(keys), tuple(values)


# heads that count anyone the event touched (« 1 200 personnes », « 40 évacués », « 400 riverains », a march's
# « participants »): never another group by themselves
_ANYONE_COUNTED = PEOPLE | TALLIES | PEOPLE_OTHERWISE | CROWD_NOUNS | CROWD_ANY


@lru_cache(maxsize=8192)
def _counted_heads(text: str) -> tuple[tuple[str, float], ...]:
    """The (head noun, figure) of each count of people or things in a French claim's text: no measure, no unit."""
    return tuple((q.thing, q.value) for q in of_claim(text, text, "fr")
                 if q.thing and not q.unit and q.thing not in MEASURES_VALUES and math.isfinite(q.value))


_COMPLEMENT = re.compile(r"^(.+\s(?:de|du|des|d))\s([a-z]{3,})$")


def _other_complement(a: str, b: str) -> bool:
    """Do two subjects differ only by the noun their last « de » complement names (« la grève des conducteurs de
    bus » / « … de tramway »)? Two groups of one kind: another thing counted."""
    ma, mb = _COMPLEMENT.match(fold(a).replace("'", " ")), _COMPLEMENT.match(fold(b).replace("'", " "))
    return (ma is not None and mb is not None and ma.group(1) == mb.group(1)
            and not (ma.group(2).startswith(mb.group(2)) or mb.group(2).startswith(ma.group(2))))


def counts_apart(language: str, a_text: str, a_subject: str, b_text: str, b_subject: str) -> bool:
    """Do two French claims count two groups, with figures that do not meet (within a bucket, :data:`_BUCKET`)?
    Either each names its own head noun and one of them a group of its own (« 1 200 habitants » / « 300
    touristes » évacués, « une quarantaine d'élèves » / « une dizaine d'enseignants »), or one head counted for
    two subjects that differ by their last complement (« la grève des conducteurs de bus / de tramway a réuni N
    grévistes »). Two groups' counts are neither one fact nor a conflict; a group counted with the same
    figure under another name (« une quarantaine d'élèves » / « d'écoliers ») still may be one."""
    if language != "fr":
        return False
    ha = _counted_heads(a_text if not a_subject or a_subject in a_text else f"{a_subject} {a_text}")
    hb = _counted_heads(b_text if not b_subject or b_subject in b_text else f"{b_subject} {b_text}")
    if not ha or not hb or any(va / _BUCKET <= vb <= va * _BUCKET for _, va in ha for _, vb in hb):
        return False
    # a compound names its last word's group (« sapeurs-pompiers » are « pompiers »)
    ta, tb = {t.rsplit("-", 1)[-1] for t, _ in ha}, {t.rsplit("-", 1)[-1] for t, _ in hb}
    if ta & tb:
        return _other_complement(a_subject, b_subject)
    return bool((ta | tb) - _ANYONE_COUNTED)


def deeds_apart(language: str, a_time: str, a_predicate: str, a_object: str, b_time: str, b_predicate: str,
                b_object: str) -> bool:
    """Two French deeds dated to two days, each on a thing of its own (« un incendie a détruit lundi un
    entrepôt » / « … vendredi un gymnase »): two events, not one told with two dates
    (:func:`recoupe.claims.status.deed_on_two_things`)."""
    from recoupe.claims.status import _ISO_DAY, deed_on_two_things  # (it reads this module: imported when asked)

    if language != "fr" or not _ISO_DAY.match(a_time) or not _ISO_DAY.match(b_time) or a_time[:10] == b_time[:10]:
        return False
    return deed_on_two_things(a_predicate, a_object, b_predicate, b_object)


# infinitive endings of French verbs: what is left is the stem their finite forms and participles open with
_INFINITIVE_ENDING = re.compile(r"(?:er|ir|re|oir)$")
_MIN_VERB_STEM = 4  # « faire », « voir », « être »: their forms do not open with their stem


def _verb_between(text: str, start: int, end: int, predicate: str) -> bool:
    """Does a form of the claim's own verb ``predicate`` stand in ``text[start:end]``, after a relative
    pronoun and the relative's own verb, before a figure (« la crue qui menace le bourg a désormais
    submergé 40 maisons »)? The relative clause closed before the claim's verb: the figure is what the
    claim states, not its background (« la crue, qui a submergé 40 maisons, recule »: « reculer » is not
    there, the figure stays the relative's; « la crue qui a submergé 40 maisons a submergé la ville »:
    the first « submergé » is the relative's own verb)."""
    stem = _INFINITIVE_ENDING.sub("", fold(predicate))
    if len(stem) < _MIN_VERB_STEM or " " in stem:
        return False
    span = text[start:end]
    if span.lstrip().startswith(","):  # « qui, selon la préfecture, a submergé … »: the aside is no verb
        parts = span.split(",", 2)
        span = parts[2] if len(parts) == 3 else ""
    words = [w for w in fold(span).split() if w not in BEFORE_RELATIVE_VERB]
    # the first word left is the relative's own verb; the claim's verb is a whole form of its stem after
    # it (« vendredi » opens with « vend » and is no form of « vendre »)
    form = re.compile(re.escape(stem) + VERB_FORM_ENDING)
    return any(form.fullmatch(w) for w in words[1:])


_RANKED = re.compile(r"\b(" + "|".join(EVENT_ORDINALS) + r")\s+([a-z]+)")


def _event_rank(text: str) -> str:
    """``2crue`` for a claim that names its occurrence by an ordinal and a noun (« la deuxième crue »,
    « la seconde crue »), when no other word of ANOTHER_EVENT is there (« une autre deuxième
    réplique »: ""); "" otherwise."""
    words = fold(_REVISED_TALLY.sub(" ", fold(text))).split()
    found = {(EVENT_ORDINALS[m.group(1)], m.group(2).rstrip("sx")) for m in _RANKED.finditer(" ".join(words))}
    if len(found) != 1 or set(words) & ANOTHER_EVENT - EVENT_ORDINALS.keys():
        return ""
    rank, noun = found.pop()
    return f"{rank}{noun}"


def signature(lemmas: set[str]) -> set[str]:
    """Content lemmas plus the paraphrase class of each."""
    return set(lemmas) | {f"~{CLASS_OF[lem]}" for lem in lemmas if lem in CLASS_OF}


# verbs that carry the action of the infinitive after them (aspect, imminence, attempt, aim):
# « va inaugurer », « viennent de maîtriser », « s'apprête à franchir », « consistera à réparer »
# an elided pronoun may touch its verb; a whole one is a word of its own (« va mettre » is not
# « me » + « ttre », « va lancer » not « la » + « ncer »)
_PRONOUN = r"(?:(?:se|le|la|les|en|y|lui|leur|me|te|nous|vous)\s+|(?:s'|l'|m'|t')\s*)?"
_INFINITIVE = r"([a-z\u00e0-\u00ff-]{2,}(?:er|ir|re))\b"
_CARRIER_FORMS = re.compile(
    r"\b(?:va|vont|vas|vais|allait|allaient|iront|ira)\s+" + _PRONOUN + _INFINITIVE
    + r"|\b(?:vient|viennent|venait|venaient|vienne|venir)(?:\s+de|\s+d')?\s*" + _PRONOUN + _INFINITIVE
    + r"|\b(?:appr[eê]t\w*|consist\w*|commen[cç]\w*|continu\w*|tent\w*|cherch\w*|objectif|but|ambition)"
    r"\s+(?:de\s+|d'|[aà]\s+)" + _PRONOUN + _INFINITIVE)
CARRIER_VERBS = frozenset({"aller", "venir", "apprêter", "consister", "commencer", "continuer", "tenter", "chercher",
                           "objectif", "but", "ambition"})


@lru_cache(maxsize=1)
def _victim_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in VICTIM_OF)


def victim_of(predicate: str, text: str) -> str:
    """The act a victim noun names in ``text`` (« la mairie, victime d'un vol de fichiers » -> « vol »), or
    ``predicate`` for any other predicate, or when no act follows the noun: one who fell victim to a
    hacking or an assault did not die."""
    if predicate not in VICTIM_NOUNS:
        return predicate
    lowered = text.lower()
    found = next((m for rx in _victim_patterns() if (m := rx.search(lowered))), None)
    if found is None:
        return predicate
    noun = found.group(1)
    return next((w for w in (noun, noun[:-1] if noun.endswith(("s", "x")) else noun) if w in CLASS_OF), noun)


@lru_cache(maxsize=1 << 15)
def main_verb(predicate: str, text: str) -> str:
    """The verb that tells a claim's action: its predicate, or for a verb that only carries the
    infinitive after it (« va inaugurer le pont », « viennent de maîtriser l'incendie », « s'apprête à
    franchir la ligne », « consistera à réparer la digue », « avaient pour objectif de renflouer
    l'épave ») that infinitive, so that the claim meets the claims that tell the action itself
    (« a inauguré le pont »); for a light verb with the noun phrase of one action (a career ended
    with « mettre fin à » or « prendre sa retraite »), that action (:func:`_phrase_action`)."""
    verb = victim_of(predicate, text)
    if predicate in CARRIER_VERBS:
        found = _CARRIER_FORMS.search(text.lower().replace("\u2019", "'"))
        verb = next((g for g in found.groups() if g), predicate) if found else predicate
    if verb in TOLL_VERBS:  # « a fait trois morts »: the deaths; « fait part de sa retraite »: the retirement
        return _phrase_action(text, toll=True) or (_phrase_action(text) if verb in PHRASE_HEADS else "") or verb
    return _phrase_action(text) or verb if verb in PHRASE_HEADS else verb


@lru_cache(maxsize=2)
def _phrase_patterns(toll: bool = False) -> tuple[tuple[re.Pattern[str], str], ...]:
    from recoupe.lang.predicates import PHRASE_ACTIONS, TOLL_PHRASES

    return tuple((re.compile(p), lemma) for p, lemma in (TOLL_PHRASES if toll else PHRASE_ACTIONS))


def _phrase_action(text: str, toll: bool = False) -> str:
    """The action a light verb and its noun phrase name in ``text`` (a career ended: « retraite »;
    :data:`recoupe.lang.predicates.PHRASE_ACTIONS`), or the toll a toll verb makes (``toll``:
    :data:`recoupe.lang.predicates.TOLL_PHRASES`), or ""."""
    folded = fold(text)
    return next((lemma for rx, lemma in _phrase_patterns(toll) if rx.search(folded)), "")


def claim_signature(lemmas: AbstractSet[str], predicate: str, text: str) -> frozenset[str]:
    """The signature of a claim (:func:`signature`), its carrier verb (:func:`main_verb`) replaced
    by the infinitive it carries."""
    verb = main_verb(predicate, text)
    words = set(lemmas) | {verb}
    if verb != predicate:
        words.discard(predicate)
    return frozenset(signature(words))


@lru_cache(maxsize=1 << 15)  # ~40 MB at most: the claims of the stories being updated
def _stored_signature(lemmas_json: str, predicate: str, text: str) -> frozenset[str]:
    """The signature of a stored claim (its lemmas as the store keeps them): the same claims are
    read again and again as candidates of their story, so each is parsed once."""
    return claim_signature(set(json.loads(lemmas_json)), predicate, text)


@lru_cache(maxsize=1 << 15)
def _stored_parts(text: str, time: str, predicate: str, lemmas_json: str) -> tuple[str, bool, str, bool, str,
                                                                                  frozenset[str]]:
    """What :func:`assign_group` reads of a stored candidate, by itself: its own time, whether it is
    cut short, its severity, whether it tells a state as over, its main verb, its signature. The
    same stored claims are candidates again and again within their story."""
    return (own_time(text, time), _cut_short(text), severity(text), _state(text)[0], main_verb(predicate, text),
            _stored_signature(lemmas_json, predicate, text))


def similarity(sig: AbstractSet[str], other: AbstractSet[str], same_predicate: bool, same_subject: bool) -> float:
    """Jaccard of signatures, raised by the same predicate class or subject; 0 below a floor of
    shared content, so that two claims never group on their verb alone."""
    if not sig or not other:
        return 0.0
    j = len(sig & other) / len(sig | other)
    if j < MIN_CONTENT_OVERLAP:
        return 0.0
    return j + (0.15 if same_predicate else 0.0) + (0.1 if same_subject else 0.0)


def polarity(modality: str, negated: bool) -> str:
    """A claim's polarity: a denial (« dément avoir bombardé ») and a negated statement (« n'a pas
    bombardé ») never join the group of the claim they reject: that would count the denial as
    corroboration."""
    if modality == "denied":
        return "denied"
    return "negative" if negated else "positive"


def same_fact_possible(a_pred: str, a_subj: str, a_obj: str, a_pol: str,
                       b_pred: str, b_subj: str, b_obj: str, b_pol: str) -> bool:
    """Frame checks that veto grouping whatever the words shared:
    - another polarity (a claim and its denial or negation);
    - a process begun against the same process halted (« a débuté » / « suspendre »);
    - the same two actors in swapped roles (« A fournit des obus à B » / « B livre des obus à A »),
      unless the action is mutual (a meeting, a negotiation: « A rencontre B » / « B rencontre A »).
    Two different subject entities are not a veto: metonyms (Moscou, le Kremlin, la Russie) are
    resolved apart, and vetoing them cost 3 of 12 true pairs on the sample for no false pair."""
    if a_pol != b_pol:
        return False
    if {PHASE_OF.get(a_pred), PHASE_OF.get(b_pred)} == {"start", "halt"}:
        return False
    mutual = CLASS_OF.get(a_pred) in MUTUAL_CLASSES or CLASS_OF.get(b_pred) in MUTUAL_CLASSES
    return not (a_subj and a_obj and a_subj == b_obj and a_obj == b_subj and a_subj != a_obj and not mutual)


_DETERMINERS = r"(?:un|une|le|la|l|les|des|du|de|d|son|sa|ses|leur|leurs|deux|trois|plusieurs|ce|cet|cette|ces)"
_RELATIVE = re.compile(rf"^(?:{_DETERMINERS}\s+)*([a-z-]+?)[sx]?\s+(?:de|du|des|d)\s+(.+)$")


@lru_cache(maxsize=1)
def _relative_nouns() -> frozenset[str]:
    from recoupe.lang.fr.entities import RELATIVE_NOUNS

    return frozenset(fold(n) for n in RELATIVE_NOUNS)


@lru_cache(maxsize=1 << 14)
def relative_of(subject: str) -> str:
    """Whom a subject names a person by their tie to: « un cousin de Jean Martin » -> « jean martin »,
    « les proches de la victime » -> « la victime »; "" for any other subject (« Jean Martin », « le
    fils âgé de 12 ans », « une mère de famille »: an age or a description, no other person)."""
    found = _RELATIVE.match(fold(subject).replace("'", " "))
    if found is None or found.group(1) not in _relative_nouns():
        return ""
    rest = found.group(2).strip()
    return "" if rest[:1].isdigit() or rest == "famille" else rest


def _name_words(text: str) -> frozenset[str]:
    return frozenset(w for w in re.split(r"[\s'-]+", fold(text)) if len(w) >= 3 and not re.fullmatch(_DETERMINERS, w))


def another_person(a_subject: str, a_entity: str, b_subject: str, b_entity: str) -> bool:
    """Does one subject name a relative or a friend of the other's person (« un cousin de Jean Martin
    a été arrêté » / « Jean Martin a été arrêté »)? Two people: two facts, and neither confirms the
    other, though both mention one name and may resolve to its entity."""
    ra, rb = relative_of(a_subject), relative_of(b_subject)
    if bool(ra) == bool(rb):
        return False
    tie, other, other_subject = (ra, b_entity, b_subject) if ra else (rb, a_entity, a_subject)
    if (a_entity and a_entity == b_entity) and other:
        return True
    words = _name_words(other_subject)
    return bool(words) and words <= _name_words(tie)


def _same_day(a: str, b: str) -> bool:
    """May two TIMEX3 values name the same occurrence? Only two full dates that differ say no; a
    night (« 2026-08-19TNI ») is also the next day's."""
    if not (len(a) >= 10 and len(b) >= 10 and a[:10] != b[:10]):
        return True
    return any(x.endswith("TNI") and _next_day(x[:10]) == y[:10] for x, y in ((a, b), (b, a)))


def _next_day(day: str) -> str:
    try:
        return (date.fromisoformat(day) + timedelta(days=1)).isoformat()
    except ValueError:
        return ""


_MONTH = re.compile(r"\d{4}-\d{2}")
OTHER_PERIOD_DAYS = 31  # outlets disagreeing on a date are off by days, not months: past that, another event


def _same_period(a: str, b: str) -> bool:
    """May two TIMEX3 values date one fact? Not when their years differ (« déjà rencontré en
    2019 » is another meeting), when one is a month and the other lies in another month, or when
    their full dates lie more than a month apart."""
    if len(a) >= 4 and len(b) >= 4 and a[:4].isdigit() and b[:4].isdigit() and a[:4] != b[:4]:
        return False
    if _MONTH.fullmatch(a[:7]) and _MONTH.fullmatch(b[:7]) and a[:7] != b[:7] and 7 in (len(a), len(b)):
        return False  # « en juillet » against a night of August: another period
    if len(a) >= 10 and len(b) >= 10 and a[:10] != b[:10]:
        try:
            return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days) <= OTHER_PERIOD_DAYS
        except ValueError:
            return True
    return True


_MONTHS = ("janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
           "novembre", "decembre")
# the words before a date that make it a reference of the claim, not when its fact happened:
# « depuis mars », « à égalité avec 2003 », « celle de 2003 », « qui datait de 2003 », « débutée le
# 2 juin », « le record de 2003 »
_REFERENCE_DATE = re.compile(  # over folded text: no accents, apostrophes and punctuation as spaces
    r"(?:\bdepuis|\bavec|\bcelles? d|\bceux d|\bcelui d|\bdat\w* d|\brecord d|\bdebute\w*|\bcommence\w*"
    r"|\bentame\w*|\bqu en|\bqu au)\w*\s*(?:(?:la|le|l|les|en|au|a|mi|fin|debut|de|d|du)\b[\s-]*)*$")


# a year that opens a span of years (« de 1997 à 2002 », « entre 1997 et 2002 », « 1997-2002 »)
_YEARS_TO = re.compile(r"\s*(?:a|et|-)\s*\d{4}\b")


@lru_cache(maxsize=1 << 14)
def own_time(text: str, time: str) -> str:
    """The claim's time as grouping reads it: "" when the date the claim carries is one it refers
    to (« la plus haute, à égalité avec 2003 », « en grève depuis mars », « la crue
    débutée le 2 juin a pris fin »), not when its fact happened; else ``time``. Only the
    mention's own words count: a year, a month or a day of a month found in the text."""
    if not time or not time[:4].isdigit():
        return time
    folded = fold(text)
    if len(time) == 4:
        pattern = rf"\b{time}\b"
    elif _MONTH.fullmatch(time[:7]) and 1 <= int(time[5:7]) <= 12:
        month = _MONTHS[int(time[5:7]) - 1]
        day = time[8:10].lstrip("0") if len(time) >= 10 and time[8:10].isdigit() else ""
        pattern = rf"\b(?:{day}(?:er)?\s+)?{month}\b" if day else rf"\b{month}\b"
    else:
        return time
    found = re.search(pattern, folded)
    if found is None:
        return time
    if len(time) == 4 and _YEARS_TO.match(folded, found.end()):
        return ""  # « maire de 1997 à 2002 »: a span of years describes someone, it dates no news
    return "" if _REFERENCE_DATE.search(folded[max(0, found.start() - 30):found.start()]) else time


@lru_cache(maxsize=1 << 14)
def _grouping_period(a: str, b: str) -> bool:
    """:func:`_same_period` for grouping, where a year alone later than the other date's year is
    the year a claim aims at (« régionales 2028 », « le budget pour 2028 »), not when it happened.
    Two years alone are read as they are: neither is the more precise date, and the answer must
    not depend on which is asked first."""
    if len(a) > len(b):
        a, b = b, a
    if len(a) == 4 and a.isdigit() and len(b) > 4 and b[:4].isdigit() and a > b[:4]:
        return True
    return _same_period(a, b)


BACKGROUND_DAYS = 31  # like OTHER_PERIOD_DAYS: a deed a month older than the plan's article is another one


def period_end(value: str) -> date | None:
    """The last day a TIMEX3 year, month or day can name; None for other values (« PRESENT_REF »)."""
    try:
        if len(value) >= 10:
            return date.fromisoformat(value[:10])
        if _MONTH.fullmatch(value[:7]) and len(value) == 7:
            y, m = int(value[:4]), int(value[5:7])
            return date(y + m // 12, m % 12 + 1, 1) - timedelta(days=1)
        if len(value) == 4 and value.isdigit():
            return date(int(value), 12, 31)
    except ValueError:
        return None
    return None


def deed_before_plan(plan: Claim, deed: Claim, plan_published: str, deed_published: str) -> bool:
    """Is ``deed`` another occurrence than the one ``plan`` announces? A plan (« doit rencontrer »,
    « se rendra ») is about what comes after its article; a deed its own words date more than
    :data:`BACKGROUND_DAYS` before that article (« l'a déjà rencontré en 2019 ») cannot be the plan
    carried out. Without the plan's article date, the deed's article date stands in: the articles of
    one story lie close together, and a deed dated well before its own article is background."""
    if not plan.planned or deed.planned:
        return False
    end = period_end(own_time(deed.text, deed.time))
    reference = plan_published or deed_published
    if end is None or not reference:
        return False
    try:
        return (date.fromisoformat(reference[:10]) - end).days > BACKGROUND_DAYS
    except ValueError:
        return False


def _plan_and_old_deed(a: Claim, b: Claim, a_published: str, b_published: str) -> bool:
    return deed_before_plan(a, b, a_published, b_published) or deed_before_plan(b, a, b_published, a_published)


def _ended_before(claim: Claim) -> date | None:
    """The last day of the claim's own date when it tells a deed (not a plan), else None."""
    return None if claim.planned else period_end(own_time(claim.text, claim.time))


def _plan_against_old_deed(store: Store, claim: Claim, claim_end: date | None, other: Any) -> bool:
    """:func:`deed_before_plan` for a new claim against a stored candidate row; the articles'
    dates are read only for a plan met with a dated deed."""
    if bool(claim.planned) == bool(other["planned"]):
        return False
    deed_end = period_end(own_time(other["text"] or "", other["time"] or "")) if claim.planned else claim_end
    if deed_end is None:
        return False
    stored = Claim(id=other["id"], article_id=other["article_id"], text=other["text"] or "", sentence="", start=0,
                   end=0, subject="", predicate=other["predicate"] or "", time=other["time"] or "",
                   planned=bool(other["planned"]))
    dates = store.published_dates({claim.article_id, stored.article_id})
    mine, theirs = dates.get(claim.article_id, ""), dates.get(stored.article_id, "")
    return _plan_and_old_deed(claim, stored, mine, theirs)


def _other_count(claim: Claim, other_text: str, other_time: str) -> bool:
    """Two counts of one thing that cannot agree, dated differently (« 40 vols annulés samedi »,
    « une centaine ce week-end »): two facts, a day's count and the weekend's. Tallies of one
    event are left to the contradiction and update stages."""
    if not claim.time or not other_time or claim.time == other_time:
        return False
    mine = [q for q in of_claim(claim.text, claim.sentence, claim.language) if q.thing and q.thing not in TALLIES]
    if not mine:
        return False
    theirs = of_claim(other_text, "", claim.language)
    return any(q.thing == o.thing and q.unit == o.unit and (q.high < o.low or o.high < q.low)
               for q in mine for o in theirs)


_SEVERITY = {k: re.compile(v) for k, v in SEVERITY_PATTERNS.items()}


@lru_cache(maxsize=1 << 14)
def severity(text: str) -> str:
    """« grave » or « light » for a count of the badly or lightly injured, else "" (all of them or
    not a count of the injured). « 12 blessés dont deux graves » states the total: ""."""
    folded = fold(text)
    if " dont " in folded:
        return ""
    found = {k for k, rx in _SEVERITY.items() if rx.search(folded)}
    return found.pop() if len(found) == 1 else ""


def _other_subset(a: str, b: str) -> bool:
    """Do two claims count different subsets of the injured (all of them, the badly hurt, the
    lightly hurt)? Only when both count injuries and at least one names a severity."""
    sa, sb = severity(a), severity(b)
    if sa == sb:
        return False
    plain = fold(b if sa else a)
    return bool(re.search(r"\bbless", plain))


@lru_cache(maxsize=1)
def _state_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    from recoupe.lang.fr.predicates import ENDED_PATTERN, ONGOING_PATTERN, PLACED_PATTERN

    # a state placed is a state on: its lift is another fact (« a placé … en vigilance » / « a levé la vigilance »)
    return re.compile(ENDED_PATTERN), re.compile(f"{ONGOING_PATTERN}|{PLACED_PATTERN}")


# lowercase stems one of the patterns needs: most claims have none and are never folded
_STATE_HINTS = ("lev", "fin", "vigueur", "toujours", "encore", "mainten", "prolong", "vigilance", "alerte", "urgence",
                "confinement", "quarantaine", "couvre")


@lru_cache(maxsize=1 << 16)
def _state(text: str) -> tuple[bool, bool]:
    """(tells a measure or state as over, as still on) of a claim's text; cached: the same stored
    claims are compared again and again within their story."""
    low = text.lower()
    if not any(h in low for h in _STATE_HINTS):
        return False, False
    ended, ongoing = _state_res()
    folded = fold(text)
    return bool(ended.search(folded)), bool(ongoing.search(folded))


def _ended_and_ongoing(a: str, b: str) -> bool:
    """Does one claim tell a measure or state as over (« la vigilance est levée pour la Savoie ») and
    the other as still on (« la vigilance est toujours en vigueur en Savoie »)? Two facts (the second an
    update of the first), not one; a claim that says both is left alone."""
    ea, oa = _state(a)
    eb, ob = _state(b)
    if ea == eb:
        return False
    return (ea and not oa and ob and not eb) or (eb and not ob and oa and not ea)


# an auxiliary or copula closing a claim: its sentence was cut before the predicate (a feed's lead
# cut short, « La Savoie et l'Ain sont... »)
_DANGLING = frozenset({"est", "sont", "était", "étaient", "sera", "seront", "serait", "seraient", "a", "ont", "avait",
                       "avaient", "aura", "auront", "aurait", "auraient"})


def _cut_short(text: str) -> bool:
    """Does a claim stop at an auxiliary or a copula (« La Savoie et l'Ain sont »)? It
    states nothing: linking it by its names would make it confirm whatever else names them."""
    end = text.rstrip(" .…,;:").rsplit(None, 1)
    return bool(end) and end[-1].lower() in _DANGLING


def _same_predicate(a: str, b: str) -> bool:
    return a == b or (a in CLASS_OF and CLASS_OF.get(a) == CLASS_OF.get(b))


# the infinitive a claim's verb governs (« urged the governor to veto a bill »): a form of the verb (its
# stem and an ending: irregular forms are not read), then before any comma and within
# INFINITIVE_WORDS words (its object), « to » and a word written in lower case (not « to Paris »), past
# an adverb (« to quickly sign »); read only where the word is one of the claim's lemmas. A « to » after
# a comma is another clause's (« spent two hours there, as police persuaded him to surrender »).
INFINITIVE_WORDS = 8
_TO_INFINITIVE = re.compile(r"[^,;:]*?\bto\s+(?:[a-z]+ly\s+)?([a-z][a-z-]+)\b")


@lru_cache(maxsize=1 << 15)
def infinitive(text: str, lemmas: frozenset[str], predicate: str) -> str:
    """The verb of the infinitive a claim's verb ``predicate`` governs (« urged X to veto the bill »:
    « veto »), "" when its text holds none among its lemmas."""
    stem = predicate[:-1] if predicate.endswith("e") else predicate
    verb = re.search(rf"\b{re.escape(stem)}[a-z]*\b", text) if len(stem) >= 2 else None
    if verb is None:
        return ""
    found = _TO_INFINITIVE.match(text, verb.end())
    if (found is None or found.group(1) not in lemmas or found.group(1) == predicate
            or len(found.group(0).split()) - 2 > INFINITIVE_WORDS):  # (the words before « to » and the verb)
        return ""
    return found.group(1)


@lru_cache(maxsize=1 << 15)
def _stored_infinitive(text: str, lemmas_json: str, predicate: str) -> str:
    """:func:`infinitive` of a stored claim (its lemmas as the store keeps them)."""
    return infinitive(text, frozenset(json.loads(lemmas_json)), predicate)


def other_acts(a_verb: str, a_inf: str, b_verb: str, b_inf: str) -> bool:
    """Two acts of one verb on two infinitives (« urged X to sign the bill » / « urged X to veto the
    bill », « agreed to buy » / « agreed to sell »): what is urged or agreed is the fact, and two
    infinitives that tell no one event (:func:`_one_event`) are two facts, whatever else they share."""
    return (bool(a_inf) and bool(b_inf) and a_verb == b_verb and a_inf != b_inf
            and a_inf not in GENERAL_VERBS and b_inf not in GENERAL_VERBS and not _one_event(a_inf, b_inf))


def urged_and_done(language: str, a_verb: str, a_predicate: str, a_inf: str, a_text: str,
                   b_verb: str, b_predicate: str, b_inf: str, b_text: str) -> bool:
    """Is one claim an act pressed on someone (« the council urged X to resign »: a verb of
    :func:`recoupe.claims.contest.urging` and its infinitive) and the other that act told as done
    (« X resigned »)? The urging is its urger's deed; the act may never come. Two urgings, two
    accounts of the act, or the act told as asked for (« to resign », « X should resign »:
    :func:`recoupe.claims.contest.asked_act`, the urging in other words) are not vetoed."""
    def urges(verb: str, predicate: str) -> bool:
        return urging(predicate, language) or urging(verb, language)

    for (u_verb, u_pred, u_inf), (d_verb, d_pred, d_text) in (
            ((a_verb, a_predicate, a_inf), (b_verb, b_predicate, b_text)),
            ((b_verb, b_predicate, b_inf), (a_verb, a_predicate, a_text))):
        if (u_inf and u_inf not in GENERAL_VERBS and urges(u_verb, u_pred) and not urges(d_verb, d_pred)
                and (u_inf == d_verb or _one_event(u_inf, d_verb)) and not asked_act(d_text, language)):
            return True
    return False


def _rarest(store: Store, sig: set[str], k: int = RAREST_TERMS, df: dict[str, int] | None = None) -> list[str]:
    """The claim's ``k`` rarest terms (by document frequency): their postings are short, and a
    paraphrase shares rare words and classes, not common ones. ``df`` may hold the frequencies
    already read for the article's claims (one query per article instead of one per claim)."""
    words = [t for t in sig if not t.startswith("~")]
    keys = [f"L:{t}" for t in words]  # each term's key built once (the words are distinct: no tie on t)
    if df is None or not all(map(df.__contains__, keys)):  # (any key missing; no generator per claim)
        df = store.df(keys)
    rare = [t for _, t in sorted(zip([df.get(key, 0) for key in keys], words, strict=True))[:k]]
    return sorted(set(rare) | {t for t in sig if t.startswith("~")})


def assign_group(store: Store, claim: Claim, story_id: str, lemmas: set[str], *, threshold: float = THRESHOLD,
                 df: dict[str, int] | None = None, language: str = "", peers: Sequence[str] = (),
                 learned: bool = False) -> str:
    """Put ``claim`` in the component of the claims it matches; if it matches claims of several
    components, those become one. Components are thus the connected components of the graph
    "similar above threshold", which do not depend on the order the articles arrive in; the
    claim's group is its component until :func:`split_groups` cuts the component.

    Two claims are linked when the lemma rule links them (a shared count or event key, or
    :func:`similarity` at ``threshold``); the frame vetoes come first. The learned pair scorer's
    links (``learned``) are not made here, where a claim meets only the candidates its rarest terms
    retrieve at that moment, but at the end of the build over every pair of the story
    (:func:`link_learned`), so that they do not depend on arrival order.

    ``language`` is the claim's article's; ``peers`` are articles of another language in the story
    (:func:`recoupe.claims.crosslang.peer_articles`), whose claims are then compared by
    :mod:`recoupe.claims.crosslang`."""
    from recoupe.claims.crosslang import cross_language_matches

    sig = set(claim_signature(lemmas, claim.predicate, claim.text))
    verb = main_verb(claim.predicate, claim.text)
    matched: list[str] = []
    pol = polarity(claim.modality, claim.negated)
    keys = count_keys(claim)
    ev = event_key(claim)
    if ev:
        keys = keys | {ev}
    rows: list[Any] = store.grouped_claims(story_id, _rarest(store, sig, df=df))
    across: set[str] = set()  # ids of the other language's claims that state the same fact
    if peers:
        info = store.claims_language([r["id"] for r in rows])
        rows = [r for r in rows if r["id"] not in info or info[r["id"]]["language"] in {language, ""}]
        found = cross_language_matches(store, claim, sig, peers)
        across = {r["id"] for r in found}
        rows += found
    cut_short = _cut_short(claim.text)  # links to nothing (each pair's veto below, asked once)
    own: tuple[str, str, bool, date | None] | None = None  # the claim's parts the vetoes read, once, when needed
    candidates = [(other, False) for other in rows]
    for key in sorted(keys):
        candidates += [(other, not key.startswith("#e:") or _same_day(claim.time, other["time"]))
                       for other in store.grouped_claims(story_id, [key])]
    for other, counted in ([] if cut_short else candidates):
        component = other["component_id"] or other["group_id"]
        if component in matched:  # nothing more to learn from this candidate
            continue
        o_when, o_short, o_hurt, o_state, other_verb, osig = _stored_parts(
            other["text"] or "", other["time"] or "", other["predicate"] or "", other["lemmas"])
        # the link itself first: most candidates fail it, and a candidate it does not link adds
        # nothing whatever the vetoes say (they only ever take a link away)
        if not (counted or other["id"] in across):
            same_subject = bool(claim.subject_entity) and claim.subject_entity == other["subject_entity"]
            if similarity(sig, osig, _same_predicate(verb, other_verb), same_subject) < threshold:
                continue
        if own is None:
            own = (own_time(claim.text, claim.time), severity(claim.text), _state(claim.text)[0], _ended_before(claim))
        when, hurt, state, old_deed = own
        # each frame veto asked only when the two claims' own parts leave it possible
        if (o_short or (when != o_when and not _grouping_period(when, o_when))
                or (claim.time and other["time"] and claim.time != other["time"]
                    and _other_count(claim, other["text"], other["time"]))
                or (hurt != o_hurt and _other_subset(claim.text, other["text"]))
                or (state != o_state and _ended_and_ongoing(claim.text, other["text"]))
                or _plan_against_old_deed(store, claim, old_deed, other)
                or other_acts(verb, infinitive(claim.text, frozenset(lemmas), claim.predicate), other_verb,
                              _stored_infinitive(other["text"] or "", other["lemmas"] or "[]",
                                                 other["predicate"] or ""))
                or another_person(claim.subject, claim.subject_entity, other["subject"] or "",
                                  other["subject_entity"] or "")
                or _contest_or_urging_apart(claim, verb, lemmas, other, other_verb)
                or (other["id"] not in across and counts_apart(claim.language, claim.text, claim.subject,
                                                               other["text"] or "", other["subject"] or ""))
                or (other["id"] not in across and deeds_apart(claim.language, claim.time, claim.predicate,
                                                              claim.object, other["time"] or "",
                                                              other["predicate"] or "", other["object"] or ""))):
            continue
        if not same_fact_possible(verb, claim.subject_entity, claim.object_entity, pol,
                                  other_verb, other["subject_entity"] or "", other["object_entity"] or "",
                                  polarity(other["modality"], bool(other["negated"]))):
            continue
        matched.append(component)
    if matched:
        gid = min(matched, key=lambda g: int(g[1:]) if g[1:].isdigit() else 0)  # the oldest component survives
        for other_gid in matched:
            if other_gid != gid:
                store.merge_groups(other_gid, into=gid)
    else:
        gid = f"g{store.claim_number(claim.id)}"  # named after its founding claim: never reused after a merge
        store.create_group(gid, story_id, claim.predicate, claim.text[:300], sorted(lemmas))
    store.set_claim_group(claim.id, gid, sorted(lemmas))
    store.index_claim_terms(story_id, claim.id, sig | keys)
    claim.group_id = claim.component_id = gid
    return gid


def _contest_or_urging_apart(claim: Claim, verb: str, lemmas: set[str], other: Any, other_verb: str) -> bool:
    """:func:`cannot_be_one_fact`'s contest and urging vetoes for a new claim against a stored one
    (a candidate of :func:`assign_group`, of the claim's language)."""
    lang, o_pred, o_text = claim.language, other["predicate"] or "", other["text"] or ""
    o_lemmas = json.loads(other["lemmas"] or "[]")
    if outcomes_apart(outcome(lang, claim.predicate, claim.negated, lemmas, claim.text), claim.subject,
                      claim.subject_entity, outcome(lang, o_pred, bool(other["negated"]), o_lemmas, o_text),
                      other["subject"] or "", other["subject_entity"] or ""):
        return True
    return urged_and_done(lang, verb, claim.predicate, infinitive(claim.text, frozenset(lemmas), claim.predicate),
                          claim.text, other_verb, o_pred, _stored_infinitive(o_text, other["lemmas"] or "[]", o_pred),
                          o_text)


# -- the split pass -------------------------------------------------------------------------------
# A component joins claims through others: on a story's day one tally or one name chains the
# distinct facts of an event (arrested, charged, released; the body found, identified) into one
# component. The split pass cuts each component by average linkage over all its pairs: a link
# counts +1, a pair that cannot be one fact (dated apart, counts that cannot agree, another polarity,
# swapped actors) -1, any other pair 0; two parts join while their mean pair weight is at least
# SPLIT_LINKAGE. A claim that bridges two facts links a few members of each, not most of both.
# The cut depends only on the component's claims (pairs in claim id order), not on arrival order.
SPLIT_LINKAGE = 0.1
SPLIT_MIN_SIZE = 3  # two claims were linked by their one pair: nothing to cut
# pairs of claims in the components to cut from which the cuts are mapped over the build's processes: a
# fork costs 20-40 ms for a driver holding the models, the bench's 252 components (3,148 pairs) 45 ms in all
CUT_FORK_PAIRS = 10_000


class _Features:
    """What a pair weight reads of a claim, computed once per claim of the component (the vetoes'
    and the pair features' per-claim parts too: a story's pairs read each claim many times)."""

    __slots__ = ("claim", "counted", "counterfactual", "dropped", "entities", "in_class", "infinitive", "keys",
                 "log_words", "numbers", "own_count", "planned", "polarity", "published", "severity", "short",
                 "signature", "state", "values", "verb", "verb_class", "when", "words")

    def __init__(self, claim: Claim, published: str = "") -> None:
        self.claim = claim
        self.published = published  # the claim's article's date (ISO), "" when unknown
        ev = event_key(claim)
        self.keys = count_keys(claim) | ({ev} if ev else set())
        # the figures of its count keys, and the count its words of another occurrence dropped (read
        # against the story's other counts: :func:`own_counts`)
        self.values = count_values(claim)[1] if any(k.startswith("#n:") for k in self.keys) else ()
        self.dropped = count_values(claim, dropped=True) if not self.values and told_new(claim) else None
        self.own_count = False  # set by :func:`own_counts`
        self.polarity = polarity(claim.modality, claim.negated)
        self.verb = main_verb(claim.predicate, claim.text)
        self.infinitive = infinitive(claim.text, frozenset(claim.lemmas), claim.predicate)
        self.signature = claim_signature(set(claim.lemmas), claim.predicate, claim.text)
        self.words = frozenset(t for t in self.signature if not t.startswith("~"))
        self.numbers = frozenset(claim.numbers)
        self.when = own_time(claim.text, claim.time)
        self.short = _cut_short(claim.text)
        self.severity = severity(claim.text)
        self.state = _state(claim.text)[0]
        self.planned = bool(claim.planned)
        # what would have happened is never the event told as done (nor as planned): like a plan
        # against a deed, :func:`never_linked` and :func:`frame_link` keep the two apart
        self.counterfactual = counterfactual(claim)
        self.counted = any(k.startswith("#n:") for k in self.keys)
        self.in_class = self.verb in CLASS_OF
        self.verb_class = CLASS_OF.get(self.verb)
        self.log_words = math.log1p(len(self.words))
        self.entities = frozenset({claim.subject_entity, claim.object_entity, claim.place_entity} - {""})


def own_counts(feats: Sequence[_Features]) -> None:
    """Give back its count to each claim of ``feats`` (one story's, or one component's) whose count
    :func:`count_keys` dropped for a word that says « new » (:func:`told_new`: « un nouveau feu … N
    ha ») when another article of ``feats`` tells that count without it, with a figure
    within a bucket of its own (:data:`_BUCKET`; the same figure for a measure that does not grow, a
    magnitude): an event new to its outlet is the story's own event, whose count others give too. A
    figure no other account gives (an aftershock's magnitude against the quake's) stays another
    occurrence's. Reads only the claims whose count stands, so of no order."""
    told: dict[str, list[tuple[str, float]]] = {}
    for f in feats:
        for key, value in f.values:
            told.setdefault(key, []).append((f.claim.article_id, value))
    for f in feats:
        if f.dropped is None:
            continue
        keys, values = f.dropped
        for key, value in values:
            fixed = key.removeprefix("#n:") in FIXED_MEASURES
            if any(art != f.claim.article_id and (v == value if fixed else v / _BUCKET <= value <= v * _BUCKET)
                   for art, v in told.get(key, ())):
                f.keys = frozenset(f.keys) | keys
                f.counted = f.own_count = True
                break


def _told_of_two(x: Claim, y: Claim) -> bool:
    """Two French accounts told alike of two doers described by their offices (« le maire » / « la
    préfecture ») or of two things of one kind (« la piscine » / « le gymnase »): two facts, in the groups as in
    the statuses (:func:`recoupe.claims.status._described_doers_apart`, :func:`~recoupe.claims.status._kinds_apart`)."""
    if x.language != "fr" or y.language != "fr":
        return False
    from recoupe.claims.status import _described_doers_apart, _kinds_apart

    return _kinds_apart(x, y) or _described_doers_apart(x, y)


def pair_apart(x: Claim, y: Claim) -> bool:
    """Two claims of one language that count two groups (:func:`counts_apart`) or act on two things on two
    days (:func:`deeds_apart`): never linked as a new claim meets a stored one (:func:`assign_group`), never a
    confirming pair (:func:`recoupe.claims.status.confirming_part`), never one conflict. A veto of the pair
    alone, kept out of :func:`cannot_be_one_fact`: weighed in the split pass, it cut a group the other links
    hold into pieces that each confirmed on their own what the whole did not; among the learned scorer's
    joins, it parted claims that the golds keep together."""
    return x.language == y.language and (counts_apart(x.language, x.text, x.subject, y.text, y.subject)
                                         or deeds_apart(x.language, x.time, x.predicate, x.object, y.time,
                                                        y.predicate, y.object))


def cannot_be_one_fact(a: _Features, b: _Features) -> bool:
    """The frame vetoes, read both ways: dated apart, counts that cannot agree, other subsets of
    the injured, a person and their relative (:func:`another_person`), another polarity, swapped
    actors. Each veto is asked only when the two claims' per-claim parts (:class:`_Features`) leave
    it possible."""
    x, y = a.claim, b.claim
    if (a.short or b.short or (a.when != b.when and not _grouping_period(a.when, b.when))
            or (x.time and y.time and x.time != y.time
                and (_other_count(x, y.text, y.time) or _other_count(y, x.text, x.time)))
            or (a.severity != b.severity and _other_subset(x.text, y.text))
            or (a.state != b.state and _ended_and_ongoing(x.text, y.text))
            or (a.planned != b.planned and _plan_and_old_deed(x, y, a.published, b.published))
            or another_person(x.subject, x.subject_entity, y.subject, y.subject_entity)
            or other_acts(a.verb, a.infinitive, b.verb, b.infinitive)
            or claims_outcomes_apart(x, y)
            or urged_and_done(x.language, a.verb, x.predicate, a.infinitive, x.text,
                              b.verb, y.predicate, b.infinitive, y.text)
            or _told_of_two(x, y)):
        return True
    return not same_fact_possible(a.verb, x.subject_entity, x.object_entity, a.polarity,
                                  b.verb, y.subject_entity, y.object_entity, b.polarity)


def rule_link(a: _Features, b: _Features, threshold: float = THRESHOLD) -> bool:
    """Would the lemma rule of :func:`assign_group` link the two claims (vetoes aside)? A shared
    count or event key (an event key only on the same day), or the similarity above threshold."""
    x, y = a.claim, b.claim
    if any(not k.startswith("#e:") or _same_day(x.time, y.time) for k in a.keys & b.keys):
        return True
    same_subject = bool(x.subject_entity) and x.subject_entity == y.subject_entity
    same_predicate = _same_predicate(a.verb, b.verb)
    if (not same_predicate and x.subject_entity and y.subject_entity and not same_subject
            and (_tells_inside(a, b) or _tells_inside(b, a))):
        return False
    return similarity(a.signature, b.signature, same_predicate, same_subject) >= threshold


def _tells_inside(a: _Features, b: _Features) -> bool:
    """Does claim ``a`` carry ``b``'s event as one of its own words, beside another event of its own
    that ``b`` never names (« le club a suspendu l'entraîneur qui accusait X, retrouvé mort » / « X a
    été retrouvé mort »)? With two different actors, the words they share are ``b``'s fact told inside
    ``a``'s: a larger claim about someone else, not the same fact."""
    return (bool(a.verb) and bool(b.verb) and a.verb != b.verb and b.verb in a.words and a.verb not in b.words
            and not _one_event(a.verb, b.verb))


def pair_weight(a: _Features, b: _Features, threshold: float = THRESHOLD, *, scorer_link: bool = False) -> float:
    """-1 when the two claims cannot be one fact; otherwise +1 when the lemma rule links them or
    ``scorer_link`` (the learned pair scorer links them: :func:`learned_links`), else 0."""
    if cannot_be_one_fact(a, b):
        return -1.0
    return 1.0 if scorer_link or rule_link(a, b, threshold) else 0.0


# verbs too general to name one event by themselves (copulas, auxiliaries of modality, light verbs
# whose phrase ``main_verb`` did not read; not the content verbs whose phrase it also reads, PHRASE_HEADS:
# "challenged the ruling", "held talks"): two claims that share one of them share no event (« est
# devenue la première à… » / « devient champion »); :func:`frame_link` asks for another verb
GENERAL_VERBS = frozenset({
    "être", "avoir", "faire", "devenir", "rester", "demeurer", "sembler", "paraître", "mettre", "prendre", "donner",
    "aller", "venir", "pouvoir", "devoir", "vouloir", "falloir", "dire", "passer", "tenir", "porter",
    "be", "have", "do", "make", "get", "become", "take", "go",
}) | LIGHT_VERBS
FRAME_MIN_SHARED = 3  # content words two frame-linked claims share besides their verbs
FRAME_MAX_DAYS = 3  # days between the publications of two frame-linked claims' articles


def _one_event(a: str, b: str) -> bool:
    """One event named by two predicates: the same lemma, one paraphrase class, or a verb and its
    action noun (:func:`recoupe.claims.status.same_event`), neither of them a general verb."""
    from recoupe.claims.status import same_event

    return a not in GENERAL_VERBS and b not in GENERAL_VERBS and same_event(a, b)


def _published_within(a: str, b: str, days: int) -> bool:
    """Were two articles published (ISO dates, "" when unknown) at most ``days`` apart? False when
    either date is unknown."""
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days) <= days
    except ValueError:
        return False


def frame_link(a: _Features, b: _Features, *, dated: bool = True) -> bool:
    """Do two claims of two articles tell one fact with the same event and enough of its frame,
    beyond what the lemma rule's overlap sees? The same verb, paraphrase class or verb and action noun
    (:func:`_one_event`, never a general verb), and at least :data:`FRAME_MIN_SHARED` content words in
    common besides the verbs (the actor, the place, the thing acted on: « le maire de Lyon inaugure
    le tramway » / « inauguration du tramway de Lyon par son maire »), both counts or neither, both
    planned or both done, not two occurrences, in
    articles published at most :data:`FRAME_MAX_DAYS` apart (``dated`` false leaves the dates out).
    Two similar events years apart told by undated articles (a pile of old reports) share verb and
    frame as much as two accounts of one do: without dates, no frame link. The caller has ruled out the frame vetoes
    (:func:`cannot_be_one_fact`). A link for grouping only: :func:`recoupe.claims.status.cohesive_sources`
    reads the lemma rule's links, so a frame link never confirms (measured on the issue-13 golds,
    fourteenth session: with 2 words it joined facts the golds keep apart)."""
    x, y = a.claim, b.claim
    if (x.article_id == y.article_id or a.counted != b.counted or a.counterfactual != b.counterfactual
            or (x.planned != y.planned and not _declared(a, b))):
        return False
    if len((a.words & b.words) - {a.verb, b.verb}) < FRAME_MIN_SHARED:
        return False
    if dated and not _published_within(a.published, b.published, FRAME_MAX_DAYS):
        return False
    return _one_event(a.verb, b.verb) and not another_occurrence(a, b)


def learned_links(feats: Sequence[_Features], *, frames: bool = True,
                  ahead: Sequence[tuple[PairScores | None, int]] | None = None) -> set[tuple[int, int]]:
    """The pairs ``(i, j)`` (``i < j``, indexes into ``feats``) that the learned pair scorer links:
    not vetoed, a probability of one fact of at least its ``LINK``, and each claim the other's most
    probable partner among the claims of the other's article (ties: the first in ``feats`` order);
    only claims that start in their article's opening (``pairscore.OPENING``) are scored.
    A long article tells many facts of its story, and one of them is always near enough to a claim
    of another article: only the best match of each side is taken, as one aligns two accounts. The
    pairs :func:`frame_link` links and a headline's pairs with its lead (:func:`headline_lead_links`: the
    languages of ``HEADLINE_LEAD_LANGUAGES``, French only when both name one event) are added
    (whatever the scorer gives them) unless ``frames`` is false (:func:`recoupe.claims.status.cohesive_sources`).
    A function of ``feats`` and their order (the callers sort by claim id): of no arrival order.

    ``ahead``: for each of ``feats``, the pair scores computed ahead that hold its claim unchanged
    (:class:`PairScores`) and its index there, or ``(None, -1)``: a pair of two claims of the same
    scores is read there, not scored again (the same veto, frame link and probability)."""
    from recoupe.claims.pairscore import LINK, OPENING, probabilities

    scored: dict[tuple[int, int], float] = {}
    best: dict[tuple[int, str], tuple[float, int]] = {}
    framed: set[tuple[int, int]] = set()
    # the pairs kept, in loop order, with their probability; the pairs scored here get theirs at
    # the end, all at once (``probabilities``: the same doubles as one ``probability`` a pair)
    kept: list[tuple[int, int]] = []
    probs: list[float] = []
    rows: list[list[float]] = []
    to_score: list[int] = []
    opening = [i for i, a in enumerate(feats) if a.claim.start < OPENING]
    for k, i in enumerate(opening):
        a = feats[i]
        known, ka = ahead[i] if ahead is not None else (None, -1)
        for j in opening[k + 1:]:
            b = feats[j]
            if known is not None and ahead is not None and ahead[j][0] is known:
                p, linked = known.pair(ka, ahead[j][1])
                if p < 0:  # vetoed
                    continue
                if frames and linked:
                    framed.add((i, j))
            else:
                if never_linked(a, b) or cannot_be_one_fact(a, b):
                    continue
                if frames and frame_link(a, b):
                    framed.add((i, j))
                to_score.append(len(probs))
                rows.append(pair_features(a, b))  # learned_probability, never_linked asked above
                p = -1.0
            kept.append((i, j))
            probs.append(p)
    for at, p in zip(to_score, probabilities(rows), strict=True):
        probs[at] = p
    for (i, j), p in zip(kept, probs, strict=True):
        scored[(i, j)] = p
        for u, v in ((i, j), (j, i)):
            key = (u, feats[v].claim.article_id)
            if key not in best or p > best[key][0]:
                best[key] = (p, v)
    return framed | (headline_lead_links(feats, opening) if frames else set()) | {
        (i, j) for (i, j), p in scored.items()
        if p >= LINK and best[(i, feats[j].claim.article_id)][1] == j and best[(j, feats[i].claim.article_id)][1] == i}


HEADLINE_LEAD_MIN_SHARED = 2  # content words a headline claim and a lead claim share (a verb of one event: one)
# sentences after the headline that make its lead: the first often holds only the dateline's clause, a
# photo credit or the circumstances, and the headline's fact comes in the next (three: no better on BASIL)
LEAD_SENTENCES = 2
# the languages whose headlines are paired with their leads
HEADLINE_LEAD_LANGUAGES = frozenset({"en", "fr"})
# of those, the languages whose headline and lead must name one event (:func:`_one_event`, or the
# headline's words after its rubric: :func:`_rubric_event`): a French headline shares its names and
# places with every clause of its lead, and paired on shared words alone the French golds lost more
# than they gained (nineteenth session, and again twenty-eighth)
HEADLINE_LEAD_ONE_EVENT = frozenset({"fr"})
# a title-cased headline capitalises its words from this length (« of », « in », « and » stay low)
HEADLINE_CASE_LETTERS = 4


def sentence_start(claim: Claim) -> int:
    """Where the claim's sentence starts in its article (its own start when its text is not found in it)."""
    at = claim.sentence.find(claim.text) if claim.text else -1
    return claim.start - at if at >= 0 else claim.start


def _shared_heads(a: AbstractSet[str], b: AbstractSet[str]) -> int:
    """Content words of ``a`` that ``b`` holds, itself or as its verb or action noun (« recognition » /
    « recognize »: a headline names the act with a noun, its lead with the verb)."""
    from recoupe.claims.status import _derived

    return sum(1 for w in a if w in b or any(_derived(w, v) for v in b))


def _opposed(a: str, b: str) -> bool:
    """Are ``a`` and ``b`` verbs of two acts that undo or refuse one another
    (:data:`recoupe.lang.en.predicates.OPPOSED_ACTIONS`: « pass » / « block », « sign » / « veto »)?"""
    from recoupe.lang.en.predicates import OPPOSED_ACTIONS

    return any((a in x and b in y) or (a in y and b in x) for x, y in OPPOSED_ACTIONS)


def _headline_like(sentence: str) -> bool:
    """Can a text's first sentence be its headline? Not when it ends with a stop: the cleaner puts a
    title in front of the text only for a short feed item, on a line of its own without one (an HTML
    page or a long record keeps the body only, whose first sentence is the lead's); unless it is
    written in title case (every word of four letters or more capitalised), which no lead sentence is,
    or in the style of a headline (:func:`recoupe.lang.en.headline.headline_style`: short, with no
    auxiliary, no opening article): a record that glued its title to its text with a stop."""
    if not sentence.rstrip().rstrip("\"'\u201d\u2019\u00bb").endswith((".", "!", "?", "\u2026")):
        return True
    words = [w.strip(PUNCTUATION) for w in sentence.split()[1:]]
    long = [w for w in words if len(w) >= HEADLINE_CASE_LETTERS and w.isalpha()]
    return (len(long) >= 2 and all(w[0].isupper() for w in long)) or headline_style(sentence)


def _rubric_event(head: _Features, lead: _Features) -> bool:
    """Is ``head`` a headline whose predicate was read from its rubric (« Espagne : mort d'un soldat … »
    read as « espagne »), one of whose words after the colon names ``lead``'s event (« mort » /
    « mourir »)? Its predicate is its topic; what it tells lies after the colon."""
    if ":" not in head.claim.text or not head.verb:
        return False
    rubric, told = (fold(part) for part in head.claim.text.split(":", 1))
    stem = fold(head.verb)[:5]
    if stem not in rubric or stem in told:
        return False
    return any(_one_event(w, lead.verb) for w in head.words if w != head.verb and fold(w)[:4] in told)


def headline_lead_links(feats: Sequence[_Features], among: Sequence[int] | None = None) -> set[tuple[int, int]]:
    """Pairs ``(i, j)`` (``i < j``, indexes into ``feats``; ``among``: only those) of one article's
    headline claim and a claim of its lead (the first :data:`LEAD_SENTENCES` sentences after the
    headline that hold a claim) that tell one fact: an article says in its lead what its headline
    says, in other words (a headline's tense, dropped articles and copulas, a noun for the verb: « X
    Indicted in Probe » / « a grand jury charged X »), which the scorer, trained on pairs across
    outlets, does not read. They share at least :data:`HEADLINE_LEAD_MIN_SHARED` content words (the
    headline's misread verb among them: « Mayor under fire »), are not vetoed nor a plan against a deed
    (:func:`never_linked`) nor opposed acts (:func:`_opposed`: « pass » / « block », whose clauses share
    the rest of their words), and each is the other's best match (most shared words; ties: the first):
    the lead's other clauses tell the circumstances. A link for grouping only, as the frame links;
    the languages of :data:`HEADLINE_LEAD_LANGUAGES`, and in those of :data:`HEADLINE_LEAD_ONE_EVENT`
    only a headline and a lead clause that name one event (« un orage tue deux randonneurs » / « deux
    randonneurs ont été tués par la foudre »; « Pérou : évacuation d'un village » / « les habitants ont
    été évacués »)."""
    by_article: dict[str, list[int]] = {}
    for i in (range(len(feats)) if among is None else among):
        if feats[i].claim.language in HEADLINE_LEAD_LANGUAGES:
            by_article.setdefault(feats[i].claim.article_id, []).append(i)
    links: set[tuple[int, int]] = set()
    for members in by_article.values():
        starts = {i: sentence_start(feats[i].claim) for i in members}
        heads = [i for i in members if starts[i] == 0 and _headline_like(feats[i].claim.sentence)]
        lead_at = sorted({s for s in starts.values() if s > 0})[:LEAD_SENTENCES]
        leads = [i for i in members if starts[i] in lead_at]
        best: dict[int, tuple[int, int]] = {}
        for h in heads:
            for m in leads:
                a, b = feats[h], feats[m]
                n = _shared_heads(a.words, b.words)
                one_event = _one_event(a.verb, b.verb)
                if a.verb not in b.words and one_event:
                    n += 1  # « indict » / « charge »: one event told with two verbs
                if a.claim.language in HEADLINE_LEAD_ONE_EVENT and not (one_event or _rubric_event(a, b)):
                    continue
                if (n < HEADLINE_LEAD_MIN_SHARED or never_linked(a, b) or cannot_be_one_fact(a, b)
                        or _opposed(a.verb, b.verb)):
                    continue
                for u, v in ((h, m), (m, h)):
                    if u not in best or n > best[u][0]:
                        best[u] = (n, v)
        links.update((min(u, v), max(u, v)) for u, (_, v) in best.items() if best.get(v, (0, -1))[1] == u)
    return links


class PairScores:
    """What :func:`learned_links` computes for every pair of a list of claims (a story's opening
    claims, in claim id order), kept for the split pass (:func:`split_ahead`): each pair's
    probability, -1 for a vetoed pair (:func:`cannot_be_one_fact`) or one never linked
    (:func:`never_linked`), and the pairs :func:`frame_link`
    links. Pair ``(k, l)``, ``k < l``, of ``n`` claims is at ``k * n - k * (k + 1) // 2 + l - k - 1``."""

    __slots__ = ("framed", "ids", "probs")

    def __init__(self, ids: list[str]) -> None:
        self.ids = ids
        self.probs = array("d")
        self.framed: set[int] = set()

    @classmethod
    def of(cls, feats: Sequence[_Features]) -> PairScores:
        from recoupe.claims.pairscore import probabilities

        scores = cls([f.claim.id for f in feats])
        rows: list[list[float]] = []
        to_score: list[int] = []
        for k, a in enumerate(feats):
            for b in feats[k + 1:]:
                if never_linked(a, b) or cannot_be_one_fact(a, b):
                    scores.probs.append(-1.0)
                    continue
                if frame_link(a, b):
                    scores.framed.add(len(scores.probs))
                to_score.append(len(scores.probs))
                rows.append(pair_features(a, b))  # scored all at once below, as in learned_links
                scores.probs.append(-1.0)
        for at, p in zip(to_score, probabilities(rows), strict=True):
            scores.probs[at] = p
        return scores

    def pair(self, k: int, m: int) -> tuple[float, bool]:
        """Pair ``(k, m)`` (``k < m``): its probability (-1: vetoed) and whether a frame links it."""
        n = len(self.ids)
        at = k * n - k * (k + 1) // 2 + m - k - 1
        return self.probs[at], at in self.framed


# classes whose plan is the deed: a candidacy is declared as a plan (« to run for », « will run ») and
# told as done (« entered the race », « jumped into the race »): one fact either way
DECLARED_CLASSES = frozenset({"candidacy"})


def _declared(a: _Features, b: _Features) -> bool:
    """Do two claims tell one act of a class whose plan is the deed (:data:`DECLARED_CLASSES`)?"""
    return a.verb_class in DECLARED_CLASSES and a.verb_class == b.verb_class


def planned_apart(x: Claim, y: Claim) -> bool:
    """A plan against a deed (« doit rencontrer » / « a rencontré »), unless both name the same day:
    « inaugurera ce mardi 12 mai le pont » and « a inauguré le pont mardi après-midi » tell one fact
    before and after it happened, as a desk reads a plan kept on its day. Read by the learned pair
    scorer only: a frame link across it cost a held-out gold more than it gave another."""
    if bool(x.planned) == bool(y.planned):
        return False
    return not (len(x.time) >= 10 and len(y.time) >= 10 and x.time[:10] == y.time[:10] and x.time[:4].isdigit())


def counterfactual(claim: Claim) -> bool:
    """Does the claim tell what would have happened and did not (English « would have won »,
    :data:`recoupe.lang.en.modality.COUNTERFACTUAL_CUE`, a cue no French claim carries)? French
    « aurait été » is hearsay, not this."""
    return claim.modality == "conditional" and claim.cue == COUNTERFACTUAL_CUE


def another_occurrence(a: _Features, b: _Features) -> bool:
    """Two claims of one physical event class (a death, a quake...) dated on different days: two
    occurrences, whatever their words share. The lemma rule does not link them by their event key;
    the learned scorer gives them 0."""
    return any(k.startswith("#e:") for k in a.keys & b.keys) and not _same_day(a.claim.time, b.claim.time)


def one_sided_count(a: _Features, b: _Features) -> bool:
    """Does one claim give a count (a tally or a figure of a counted thing: its ``#n:`` keys) and the
    other none? « 282 000 personnes touchées » and « le séisme a frappé la région » are the toll
    and the event, two facts of one story, however alike their words; two counts are compared by
    their keys, and two claims without a figure by their words."""
    return any(k.startswith("#n:") for k in a.keys) != any(k.startswith("#n:") for k in b.keys)


def never_linked(a: _Features, b: _Features) -> bool:
    """A pair :func:`learned_links` can leave out before its vetoes: :func:`learned_probability` gives
    it 0 (below ``LINK``, so never the link, nor a best match that would hide one) and
    :func:`frame_link` never links it (it asks the same of the counts, plans and occurrences).
    Cheap per-claim parts only: about one scored pair in six of a story is one."""
    return (a.counted != b.counted or (planned_apart(a.claim, b.claim) and not _declared(a, b))
            or a.counterfactual != b.counterfactual or another_occurrence(a, b))


def learned_probability(a: _Features, b: _Features, probability: Callable[[list[float]], float]) -> float:
    """The learned scorer's probability that two claims state one fact: 0 for another occurrence
    (:func:`another_occurrence`), for a count against a claim without one (:func:`one_sided_count`)
    and for a plan against a deed (« doit rencontrer » / « a rencontré »: the meeting announced and
    the meeting held are two facts)."""
    # learned_links and PairScores.of ask never_linked first, then score as below: a zero added
    # here belongs in never_linked
    if never_linked(a, b):
        return 0.0  # a count against a claim without one (:func:`one_sided_count`), a plan against a deed
    return probability(pair_features(a, b))


_HEDGED = frozenset({"conditional", "speculative"})


def pair_features(a: _Features, b: _Features) -> list[float]:
    """What the learned pair scorer reads of two claims (:data:`recoupe.claims.pairscore.FEATURES`,
    in that order): only what each claim already carries, no store look-up, so the score is a
    function of the two claims (of no arrival order). Symmetric in ``a`` and ``b``. The lemma
    rule's similarity and link are :func:`similarity` and :func:`rule_link`, computed here once
    from the pair's shared signature."""
    # each part read once and each flag written 1.0 / 0.0 (the values float(bool) gives): ~65,000
    # pairs a bench build, and this function was ~4 µs of each
    x, y = a.claim, b.claim
    asig, bsig = a.signature, b.signature
    na_sig, nb_sig = len(asig), len(bsig)
    shared = len(asig & bsig)
    union = na_sig + nb_sig - shared
    xs, ys = x.subject_entity, y.subject_entity
    same_subject = bool(xs) and xs == ys
    same_verb = a.verb == b.verb
    same_pred = same_verb or (a.in_class and a.verb_class == b.verb_class)
    sim = 0.0
    if na_sig and nb_sig:
        j = shared / union
        if j >= MIN_CONTENT_OVERLAP:
            sim = j + (0.15 if same_pred else 0.0) + (0.1 if same_subject else 0.0)
    common = a.keys & b.keys
    keyed = bool(common) and any(not k.startswith("#e:") or _same_day(x.time, y.time) for k in common)
    xt, yt = x.time, y.time
    both_timed = bool(xt) and bool(yt)
    same_day = both_timed and xt[:10] == yt[:10]
    in_both = a.numbers & b.numbers
    xm, ym = x.modality, y.modality
    xh, yh = x.start == 0, y.start == 0
    la, lb = a.log_words, b.log_words
    xo, xp, xa = x.object_entity, x.place_entity, x.attributed_entity
    return [
        shared / union if union else 0.0,  # Jaccard of signatures
        shared / min(na_sig, nb_sig) if na_sig and nb_sig else 0.0,  # containment
        sim,
        1.0 if keyed or sim >= THRESHOLD else 0.0,  # the lemma rule's link
        1.0 if same_pred else 0.0,
        1.0 if same_verb else 0.0,
        1.0 if same_subject else 0.0,
        1.0 if xs and ys and xs != ys else 0.0,  # other subjects
        1.0 if xo and xo == y.object_entity else 0.0,
        1.0 if xp and xp == y.place_entity else 0.0,
        1.0 if keyed else 0.0,
        float(min(len(in_both), 2)),
        1.0 if a.numbers and b.numbers and not in_both else 0.0,  # figures apart
        1.0 if same_day else 0.0,
        1.0 if both_timed and not same_day else 0.0,  # other days
        1.0 if a.polarity == b.polarity else 0.0,
        1.0 if xm == ym else 0.0,
        1.0 if xm in _HEDGED or ym in _HEDGED else 0.0,
        1.0 if x.article_id == y.article_id else 0.0,
        1.0 if xh and yh else 0.0,  # two headlines
        1.0 if xh != yh else 0.0,  # one headline
        la if len(a.words) <= len(b.words) else lb,  # log1p of the shorter's words
        abs(la - lb),
        1.0 if xa and xa == y.attributed_entity else 0.0,  # same source
        min(len(a.words & b.words), 6) / 6,
        1.0 if a.entities & b.entities else 0.0,
    ]


def split(claims: Sequence[Claim], *, linkage: float = SPLIT_LINKAGE, threshold: float = THRESHOLD,
          weight: Callable[[Claim, Claim], float] | None = None, learned: bool = False,
          published: Mapping[str, str] | None = None, frames: bool = True) -> list[list[Claim]]:
    """Cut one component into groups by average linkage (see above); parts in claim id order.
    ``weight`` replaces :func:`pair_weight` (tests, the training script); ``published`` gives each
    claim's article date by claim id (:func:`deed_before_plan`); ``frames`` false leaves the frame
    links out of the learned ones (:func:`learned_links`)."""
    import numpy as np

    ordered = sorted(claims, key=lambda c: c.id)
    n = len(ordered)
    if n < SPLIT_MIN_SIZE:
        # two claims linked by their one pair: cut only when told of two doers or things (:func:`_told_of_two`),
        # a veto the link may have missed; each part is one claim, so no piece confirms what the whole did not
        return [[c] for c in ordered] if n == 2 and weight is None and _told_of_two(*ordered) else [ordered]
    dates = published or {}
    feats = [_Features(c, dates.get(c.id, "")) for c in ordered]
    own_counts(feats)
    scorer = learned_links(feats, frames=frames) if learned and weight is None else set()
    w = np.zeros((n, n))
    for i in range(n):
        for j in range(i + 1, n):
            w[i, j] = w[j, i] = (weight(ordered[i], ordered[j]) if weight is not None
                                 else pair_weight(feats[i], feats[j], threshold, scorer_link=(i, j) in scorer))
    # sums[i, j]: total weight between parts i and j; merging j into i adds row and column j to i
    sums = w.copy()
    sizes = np.ones(n)
    alive = np.ones(n, dtype=bool)
    members: list[list[int]] = [[i] for i in range(n)]
    while True:
        mean = sums / np.outer(sizes, sizes)
        mask = np.outer(alive, alive)
        np.fill_diagonal(mask, False)
        mean[~mask] = -np.inf
        best = int(np.argmax(mean))  # the first best pair in claim id order: ties broken the same way
        i, j = divmod(best, n)
        if mean[i, j] < linkage:
            break
        i, j = min(i, j), max(i, j)
        sums[i, :] += sums[j, :]
        sums[:, i] += sums[:, j]
        sizes[i] += sizes[j]
        alive[j] = False
        members[i] += members[j]
    parts = [sorted(members[i]) for i in range(n) if alive[i]]
    return [[ordered[k] for k in part] for part in sorted(parts)]


def _root(parent: dict[str, str], x: str) -> str:
    """Union-find: the root of ``x`` (paths halved)."""
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x


Mapper = Callable[[Callable[[Any], Any], Sequence[Any]], list[Any]]


def serial_map(fn: Callable[[Any], Any], items: Sequence[Any]) -> list[Any]:
    """The default :data:`Mapper`: ``fn`` over ``items`` here, in order."""
    return [fn(x) for x in items]


def _sorted_learned_links(feats: Sequence[_Features]) -> list[tuple[int, int]]:
    return sorted(learned_links(feats))


def _split_ids(comp: Any, *, linkage: float, threshold: float, learned: bool) -> list[list[str]]:
    """:func:`split` of one component, as claim ids (what travels back from a forked child)."""
    parts = split(comp.claims, linkage=linkage, threshold=threshold, learned=learned, published=comp.published)
    return [[c.id for c in part] for part in parts]


def link_learned(store: Store, story_ids: Sequence[str], *, mapper: Mapper = serial_map,
                 known: SplitMemo | None = None) -> int:
    """Join the components of each story that the learned pair scorer links: two components become
    one when some pair of their claims (of one language) is in :func:`learned_links` of the story's
    claims. Every pair of the story is compared, at the end of the build, so the links are a
    function of the story's claims, not of the order they arrived in (the incremental step meets
    only the candidates a claim's rarest terms retrieve). Returns how many components were folded
    into another. Cost: the story's pairs of opening claims (the others are never scored), at each
    build that changes the story (setting ``claims.learned_pairs``). ``mapper`` scores the stories
    (:func:`serial_map`, or the build's forked children: :func:`recoupe.scale.forked.fork_map`);
    the merges are applied here, in story order. ``known`` (:func:`split_ahead`): a story whose
    scored claims are all as they were takes the links computed ahead; in another, the pairs of
    two claims that are still as they were take their scores."""
    from recoupe.claims.pairscore import OPENING

    by_story: dict[str, list[Any]] = {}
    for comp in store.components(story_ids, 1, before=OPENING):
        if len(comp.languages - {""}) <= 1:
            by_story.setdefault(comp.story_id, []).append(comp)
    stories = list(by_story.values())
    found: list[Any] = [None] * len(stories)
    members_of: list[list[tuple[Claim, str, str]]] = []
    todo: list[int] = []
    jobs = []
    for k, comps in enumerate(stories):
        # only the claims of an article's opening are scored (learned_links): the others are not read
        members = sorted(((c, comp.id, comp.published.get(c.id, "")) for comp in comps for c in comp.claims),
                         key=lambda m: m[0].id)
        members_of.append(members)
        ahead = known.links.get(comps[0].story_id) if known is not None else None
        if ahead is not None and ahead[0] == [c.id for c, _, _ in members] and all(
                known.same(c, published) for c, _, published in members):  # type: ignore[union-attr]
            found[k] = ahead[1]
            continue
        todo.append(k)
        feats = [_Features(c, published) for c, _, published in members]
        own_counts(feats)
        jobs.append((feats, known.scores_of(feats) if known is not None else None))
    for k, links in zip(todo, mapper(_sorted_learned_links_of, jobs), strict=True):
        found[k] = links
    folded = 0
    for comps, members, links in zip(stories, members_of, found, strict=True):
        for ids in _link_sets(comps, [c for c, _, _ in members], links):
            into = min(ids, key=lambda g: (int(g[1:]) if g[1:].isdigit() else 0, g))  # the oldest survives
            for gid in sorted(ids):
                if gid != into:
                    store.merge_groups(gid, into=into)
                    folded += 1
    return folded


def _sorted_learned_links_of(job: tuple[Sequence[_Features], Sequence[tuple[PairScores | None, int]] | None],
                             ) -> list[tuple[int, int]]:
    return sorted(learned_links(job[0], ahead=job[1]))


def _link_sets(comps: Sequence[Any], claims: Sequence[Claim], links: Sequence[tuple[int, int]]) -> list[list[str]]:
    """The components of one story (``comps``) that ``links`` (pairs of indexes into ``claims``) join,
    as lists of component ids of two or more, in ``comps``' order (claims of two languages never join)."""
    comp_of = {c.id: comp.id for comp in comps for c in comp.claims}
    lang = {comp.id: next(iter(comp.languages - {""}), "") for comp in comps}
    parent = {comp.id: comp.id for comp in comps}
    find = partial(_root, parent)
    for i, j in links:
        ci, cj = comp_of[claims[i].id], comp_of[claims[j].id]
        if lang[ci] and lang[cj] and lang[ci] != lang[cj]:
            continue
        if find(ci) != find(cj):
            parent[find(cj)] = find(ci)
    sets: dict[str, list[str]] = {}
    for comp in comps:
        sets.setdefault(find(comp.id), []).append(comp.id)
    return [ids for ids in sets.values() if len(ids) > 1]


_CONTENT = tuple(f.name for f in dataclass_fields(Claim) if f.name not in {"group_id", "component_id"})
_content_of = attrgetter(*_CONTENT)


def claim_content(claim: Claim, published: str) -> bytes:
    """All that the split pass's pure steps may read of a claim: every field but its group and
    component (what those steps write), and its article's date, marshalled (equal bytes: equal
    fields; a tenth of the cost of unpickling the fields from a child)."""
    return marshal.dumps((_content_of(claim), published), 2)  # version 2: no references, whose flags follow refcounts


@dataclass
class SplitMemo:
    """The learned links computed ahead of the split pass (:func:`split_ahead`) and the claims they
    were computed from (:func:`claim_content`, by claim id): each story's links (with its claims'
    ids) and pair scores (:class:`PairScores`). The split pass takes a story's links, or a pair's
    score, only when every claim it was computed from is the same now (so it is what the pass would
    compute)."""

    claims: dict[str, bytes] = field(default_factory=dict)
    links: dict[str, tuple[list[str], list[tuple[int, int]]]] = field(default_factory=dict)
    scores: dict[str, PairScores] = field(default_factory=dict)
    own: set[str] = field(default_factory=set)  # claims given back their count (:func:`own_counts`)
    _where: dict[str, tuple[PairScores, int]] | None = None

    def same(self, claim: Claim, published: str) -> bool:
        """Is ``claim`` (of an article of that date) as it was when the memo was computed?"""
        return self.claims.get(claim.id) == claim_content(claim, published)

    def scores_of(self, feats: Sequence[_Features]) -> list[tuple[PairScores | None, int]]:
        """For each of ``feats``: the pair scores that hold its claim, and its index there, when
        the claim is as it was (else ``(None, -1)``): :func:`learned_links`' ``ahead``."""
        if self._where is None:
            self._where = {cid: (sc, k) for sc in self.scores.values() for k, cid in enumerate(sc.ids)}
        out: list[tuple[PairScores | None, int]] = []
        for f in feats:
            at = self._where.get(f.claim.id)
            # a claim given back its count, or no longer, by the story's other claims reads otherwise
            if at is not None and self.same(f.claim, f.published) and (f.claim.id in self.own) == f.own_count:
                out.append(at)
            else:
                out.append((None, -1))
        return out


def split_ahead(store: Store, story_ids: Sequence[str]) -> SplitMemo:
    """The learned links :func:`link_learned` of ``story_ids`` would compute, and their pair scores,
    from the store as it stands, written nowhere: for a build's re-reading pass to compute them in
    a forked child meanwhile (one core idles while it runs), and the split pass to take what still
    holds (most stories, untouched by the pass). The cuts are left to the pass: they cost a
    tenth of the links (the bench's 252 components: 45 ms, and ~15 us a pair)."""
    from recoupe.claims.pairscore import OPENING

    memo = SplitMemo()
    by_story: dict[str, list[Any]] = {}
    for comp in store.components(story_ids, 1, before=OPENING):  # as link_learned reads them
        if len(comp.languages - {""}) <= 1:
            by_story.setdefault(comp.story_id, []).append(comp)
    for sid, comps in by_story.items():
        members = sorted(((c, comp.published.get(c.id, "")) for comp in comps for c in comp.claims),
                         key=lambda m: m[0].id)
        for c, published in members:
            memo.claims[c.id] = claim_content(c, published)
        feats = [_Features(c, published) for c, published in members]
        own_counts(feats)
        memo.own.update(f.claim.id for f in feats if f.own_count)
        scores = PairScores.of(feats)
        memo.links[sid] = ([c.id for c, _ in members],
                           sorted(learned_links(feats, ahead=[(scores, k) for k in range(len(feats))])))
        memo.scores[sid] = scores
    return memo


def split_groups(store: Store, story_ids: Sequence[str], *, linkage: float = SPLIT_LINKAGE,
                 threshold: float = THRESHOLD, learned: bool = False, mapper: Mapper = serial_map,
                 known: SplitMemo | None = None) -> int:
    """Cut the components of ``story_ids`` into claim groups (:func:`split`); return how many
    groups were added. With ``learned``, the learned scorer's links join components first
    (:func:`link_learned`; ``known``: links computed ahead, :func:`split_ahead`). Components of two
    languages are left whole: their pairs across languages were linked by meaning
    (:mod:`recoupe.claims.crosslang`), which the lemma test cannot weigh. ``mapper`` computes the
    cuts (pure functions of each component's claims) when they are many; they are written here,
    in component order."""
    from recoupe.claims.contradictions import recheck_split

    if learned:
        link_learned(store, story_ids, mapper=mapper, known=known)
    comps = [comp for comp in store.components(story_ids, 2) if len(comp.languages - {""}) <= 1
             and (len(comp.claims) >= SPLIT_MIN_SIZE or _told_of_two(*comp.claims))]
    cut = partial(_split_ids, linkage=linkage, threshold=threshold, learned=learned)
    # a cut costs about its pairs (~15 us each): below CUT_FORK_PAIRS, forking children costs more than they save
    run = mapper if sum(len(c.claims) * (len(c.claims) - 1) // 2 for c in comps) >= CUT_FORK_PAIRS else serial_map
    cuts = run(cut, comps)
    added = 0
    for comp, part_ids in zip(comps, cuts, strict=True):
        by_id = {c.id: c for c in comp.claims}
        parts = [[by_id[i] for i in ids] for ids in part_ids]
        if len(parts) > 1 or {c.group_id for c in comp.claims} != {comp.id}:
            store.set_split(comp, parts)  # sets each claim's group_id
            recheck_split(store, comp.claims)
        added += len(parts) - 1
    return added
