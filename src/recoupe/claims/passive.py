"""The one reader of a claim's verb told in the passive, for every language pack (issue #13): an auxiliary
(« a été », « was »), a word at most, then the verb's participle, and the words of its agent after the
pack's marker (« fermé mardi par la préfecture », « closed on Tuesday by the council »). Read on the
claim's text, whose parse keeps no voice. Its callers: the contest outcome (a side beaten lost), the status
(the agent is the deed's doer, the subject its patient) and the contradictions (one deed told from its two
sides). The language data lies in each pack's ``predicates``, ``clauses`` and ``dates`` modules."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

from recoupe.resolve.names import fold

# the marks that end a stretch of a clause (a comma: « fermé, selon les parents, par »)
STRETCH_ENDS = frozenset(",;:.()«»\"")
TOKEN = re.compile(r"[^\W_]+|[,;:.()«»\"]")
# the words of an agent read after its marker: its head and a complement (« la préfecture de la Creuse »)
AGENT_WORDS = 4
# the endings of a present participle (« closing », « fermant »), never a passive's participle; in English
# those of an adjective of the verb too ("beatable"; a French participle folds alike: « ciblé »)
_PRESENT_PARTICIPLE = ("ing", "ant")
_EN_ADJECTIVE = ("able", "ible")


class _PassiveWords(NamedTuple):
    """A language pack's words of the passive, folded (``predicates``; determiners from ``clauses``)."""

    auxiliaries: frozenset[str]
    marker: str
    negations: frozenset[str]
    privatives: frozenset[str]
    state_auxiliaries: frozenset[str]
    copulas: frozenset[str]
    short_endings: tuple[str, ...]
    determiners: frozenset[str]
    relatives: frozenset[str]


@lru_cache(maxsize=4)
def _passive_words(language: str) -> _PassiveWords | None:
    """A language pack's passive auxiliaries, the word that opens a passive's agent and the words that
    refuse a reading, folded."""
    if language == "fr":
        from recoupe.lang.fr import predicates as pack
    elif language == "en":
        from recoupe.lang.en import predicates as pack  # type: ignore[no-redef]
    else:
        return None

    def folded(words: frozenset[str]) -> frozenset[str]:
        return frozenset(fold(w) for w in words)

    return _PassiveWords(folded(pack.PASSIVE_AUXILIARIES), fold(pack.PASSIVE_AGENT_MARKER),
                         folded(pack.PASSIVE_NEGATIONS), folded(pack.PASSIVE_PRIVATIVES),
                         folded(pack.STATE_AUXILIARIES),
                         folded(pack.COPULAR_PARTICIPLES),
                         tuple(fold(e) for e in pack.SHORT_STEM_PARTICIPLE_ENDINGS), _determiners(language),
                         _relatives(language))


def _stem(verb: str, language: str) -> str:
    """What every form of a verb's participle starts with, folded (« battre » -> batt, « close » -> clos)."""
    verb = fold(verb)
    return verb[:-2] if language == "fr" and verb.endswith(("er", "ir", "re")) else verb.rstrip("e")


def _tokens(text: str) -> tuple[list[str], list[str]]:
    """A text's words and stretch marks as written, and the same folded (a mark kept as it is)."""
    raw = TOKEN.findall(text.replace("\u2019", "'"))
    return raw, [t if t in STRETCH_ENDS else fold(t) for t in raw]


def _participle_of(verb: str, language: str, words: _PassiveWords) -> Callable[[str], bool] | None:
    """The test of a token as ``verb``'s participle, or None when the verb's forms cannot be told apart."""
    stem, infinitive = _stem(verb, language), fold(verb)
    if infinitive in words.auxiliaries:
        return None  # « être »: its own auxiliary
    if len(stem) < 3:
        if len(stem) < 2 or not words.short_endings:
            return None  # a short stem starts too many words (« be », « dire »)
        # « tué », « hué », « élu »: the whole participle only, never a word it starts (« tuile »)
        forms = frozenset(stem + e for e in words.short_endings)
        return forms.__contains__

    not_endings = _PRESENT_PARTICIPLE + (_EN_ADJECTIVE if language == "en" else ())

    def participle(token: str) -> bool:
        # the verb's participle, not its -ing form (« is closing the gym run by »: an active clause) nor, in
        # French, its infinitive (« est allé battre Lyon »: the subject beats)
        return (token.startswith(stem) and not token.endswith(not_endings)
                and not (language == "fr" and token == infinitive))

    return participle


def passive_agent(language: str, verb: str, text: str, *, affirmed: bool = False,
                  deed: bool = False) -> tuple[bool, list[str]]:
    """Is ``verb`` told in the passive in ``text`` (an auxiliary, a word at most, then its participle), and
    its agent's words as written and in order (the marker off, up to the clause's next mark or time): the
    deed's doer. An agentless passive, or a « par » / « by » that opens no doer (« par précaution »),
    gives no words. A determiner between the auxiliary and the participle makes a noun of it (« what was a
    defeat »): never a passive.

    ``affirmed``: a negation between the two or before the auxiliary (:func:`_denied`: « n'était pas
    battue », "has never been beaten", « sans être battue ») is read as no passive: a side never beaten
    lost nothing. The status keeps reading it (« was not closed by the council » still names a doer).
    ``deed``: a state is read as no passive either, an imperfect auxiliary or a copula before the
    participle (« était fermé le 12 », « est resté fermé »): what stood, not what was done that day."""
    passive, agent = _passive_agent(language, verb, text, affirmed, deed)
    return passive, list(agent)


# the pair rules read a claim's passive once per pair it is in: read once per clause; a tuple, so that no
# caller's list is shared
@lru_cache(maxsize=1 << 15)
def _passive_agent(language: str, verb: str, text: str, affirmed: bool, deed: bool) -> tuple[bool, tuple[str, ...]]:
    words = _passive_words(language)
    participle = _participle_of(verb, language, words) if words else None
    if words is None or participle is None:
        return False, ()
    raw, tokens = _tokens(text)
    for i, w in enumerate(tokens):
        if w not in words.auxiliaries or (deed and w in words.state_auxiliaries):
            continue
        if affirmed and _denied(tokens, i, words):
            continue
        if _in_relative_incise(tokens, i, words):
            continue
        at = next((k for k in range(i + 1, min(i + 3, len(tokens))) if participle(tokens[k])), None)
        if at is None:
            continue
        if at == i + 2:
            gap = tokens[i + 1]
            # a determiner makes a noun of the word after it (« what was a defeat »), and after a gap word a
            # bare form is an infinitive or a noun ("got to beat", "was another defeat")
            if (gap in words.determiners or tokens[at] == fold(verb) or (affirmed and gap in words.negations)
                    or (deed and gap in words.copulas)):
                continue
        # the agent within a few words of its participle (« fermé mardi par », « closed on Tuesday by »)
        near = tokens[at + 1:at + 2 + AGENT_WORDS]
        by = next((k for k, x in enumerate(near) if x == words.marker or x in STRETCH_ENDS), None)
        if by is None or near[by] != words.marker or not _opens_agent(raw, at + 2 + by, language):
            return True, ()
        agent = []
        for x, r in zip(tokens[at + 2 + by:], raw[at + 2 + by:], strict=True):
            if x in STRETCH_ENDS or x in _date_names() or x.isdigit():
                break  # the clause's time after its agent (« by Acme on Monday »)
            agent.append(r)
        return True, tuple(agent)
    return False, ()


def _in_relative_incise(tokens: list[str], at: int, words: _PassiveWords) -> bool:
    """Does the auxiliary at ``at`` lie in a relative clause set off by commas inside the claim's sentence
    (« Les Verts, qui avaient été battus la saison dernière, ont battu Lyon », "X, who were beaten last season,
    beat Y")? That passive is the antecedent's past, not the claim's verb: the main clause goes on after it."""
    start = next((k for k in range(at - 1, -1, -1) if tokens[k] in STRETCH_ENDS), None)
    if start is None or tokens[start] != "," or start + 1 >= at or tokens[start + 1] not in words.relatives:
        return False
    end = next((k for k in range(at + 1, len(tokens)) if tokens[k] in STRETCH_ENDS), None)
    return end is not None and tokens[end] == "," and any(t not in STRETCH_ENDS for t in tokens[end + 1:])


def _denied(tokens: list[str], at: int, words: _PassiveWords) -> bool:
    """Is the auxiliary (or bare participle) at ``at`` denied: a negation in the two words before it, or a
    privative right before it (« n'a jamais été », "were not", « sans être »)?"""
    return (not words.negations.isdisjoint(tokens[max(0, at - 2):at])
            or (at > 0 and tokens[at - 1] in words.privatives))


@lru_cache(maxsize=1 << 15)  # the grouping's contest veto asks it for each pair a claim is in: once per clause
def told_passive(language: str, verb: str, text: str, *, affirmed: bool = False, deed: bool = False) -> bool:
    """Is ``verb`` told in the passive (:func:`passive_agent`, ``affirmed`` and ``deed`` alike), or as a
    headline's bare participle right before the agent's marker (« Tarn Mayor Defeated by Newcomer »)? The
    bare form tells a side's fate, not its doer: an active compound tense sets its participle there too
    (« a fermé par arrêté »), so it is never read for an agent."""
    if passive_agent(language, verb, text, affirmed=affirmed, deed=deed)[0]:
        return True
    words = _passive_words(language)
    participle = _participle_of(verb, language, words) if words else None
    if words is None or participle is None:
        return False
    _, tokens = _tokens(text)
    return any(participle(w) and nxt == words.marker
               and not (affirmed and _denied(tokens, k, words))
               for k, (w, nxt) in enumerate(pairwise(tokens)))


def _opens_agent(raw: list[str], at: int, language: str) -> bool:
    """Does the phrase at ``at`` open as a doer: a determiner (« par la préfecture », « by the council ») or a
    name (« by Acme »), no figure nor date in it? Not a manner, a measure or a deadline (« par précaution »,
    « par arrêté », « by mistake », « by 5 percent », « by Friday »)."""
    if at >= len(raw) or raw[at] in STRETCH_ENDS:
        return False
    if any(w.isdigit() or fold(w) in _date_names() for w in raw[at:at + 2]):
        return False
    return fold(raw[at]) in _determiners(language) or raw[at][:1].isupper()


@lru_cache(maxsize=4)
def _relatives(language: str) -> frozenset[str]:
    """The words that open a relative clause in a language pack, folded (« qui », "who")."""
    if language == "fr":
        from recoupe.lang.fr.clauses import RELATIVE_OPENERS as FR

        return frozenset(fold(w) for w in FR)
    from recoupe.lang.en.clauses import RELATIVE_PRONOUNS as EN

    return frozenset(fold(w) for w in EN)


@lru_cache(maxsize=4)
def _determiners(language: str) -> frozenset[str]:
    if language == "fr":
        from recoupe.lang.fr.clauses import DETERMINERS
    else:
        from recoupe.lang.en.clauses import DETERMINERS
    return frozenset(fold(w) for w in DETERMINERS)


@lru_cache(maxsize=1)
def _date_names() -> frozenset[str]:
    """Weekdays and months of every language pack, folded (« by Friday », « par janvier » never a doer)."""
    from recoupe.lang.en.dates import MONTHS as EN_MONTHS
    from recoupe.lang.en.dates import WEEKDAYS as EN_WEEKDAYS
    from recoupe.lang.fr.dates import MONTHS as FR_MONTHS
    from recoupe.lang.fr.dates import WEEKDAYS as FR_WEEKDAYS

    return frozenset(fold(w).rstrip(".") for w in [*EN_MONTHS, *EN_WEEKDAYS, *FR_MONTHS, *FR_WEEKDAYS]) - {"may"}
