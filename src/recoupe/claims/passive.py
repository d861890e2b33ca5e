"""The one reader of a claim's verb told in the passive, for every language pack (issue #13): an auxiliary
(« a été », « was »), a word at most, then the verb's participle, and the words of its agent after the
pack's marker (« fermé mardi par la préfecture », « closed on Tuesday by the council »). Read on the
claim's text, whose parse keeps no voice. Its callers: the contest outcome (a side beaten lost), the status
(the agent is the deed's doer, the subject its patient) and the contradictions (one deed told from its two
sides). The language data lies in each pack's ``predicates``, ``clauses`` and ``dates`` modules."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from recoupe.resolve.names import fold

# the marks that end a stretch of a clause (a comma: « fermé, selon les parents, par »)
STRETCH_ENDS = frozenset(",;:.()«»\"")
TOKEN = re.compile(r"[^\W_]+|[,;:.()«»\"]")
# the words of an agent read after its marker: its head and a complement (« la préfecture de la Creuse »)
AGENT_WORDS = 4
# the endings of a present participle (« closing », « fermant »), never a passive's participle
_PRESENT_PARTICIPLE = ("ing", "ant")


@lru_cache(maxsize=4)
def _passive_words(language: str) -> tuple[frozenset[str], str]:
    """A language pack's passive auxiliaries and the word that opens a passive's agent, folded."""
    if language == "fr":
        from recoupe.lang.fr.predicates import PASSIVE_AGENT_MARKER, PASSIVE_AUXILIARIES
    elif language == "en":
        from recoupe.lang.en.predicates import PASSIVE_AGENT_MARKER, PASSIVE_AUXILIARIES
    else:
        return frozenset(), ""
    return frozenset(fold(w) for w in PASSIVE_AUXILIARIES), fold(PASSIVE_AGENT_MARKER)


def _stem(verb: str, language: str) -> str:
    """What every form of a verb's participle starts with, folded (« battre » -> batt, « close » -> clos)."""
    verb = fold(verb)
    return verb[:-2] if language == "fr" and verb.endswith(("er", "ir", "re")) else verb.rstrip("e")


def _tokens(text: str) -> tuple[list[str], list[str]]:
    """A text's words and stretch marks as written, and the same folded (a mark kept as it is)."""
    raw = TOKEN.findall(text.replace("\u2019", "'"))
    return raw, [t if t in STRETCH_ENDS else fold(t) for t in raw]


def _participle(token: str, stem: str) -> bool:
    # the verb's participle, not its -ing form (« is closing the gym run by »: an active clause)
    return token.startswith(stem) and not token.endswith(_PRESENT_PARTICIPLE)


def passive_agent(language: str, verb: str, text: str) -> tuple[bool, list[str]]:
    """Is ``verb`` told in the passive in ``text`` (an auxiliary, a word at most, then its participle), and
    its agent's words as written and in order (the marker off, up to the clause's next mark or time): the
    deed's doer. An agentless passive, or a « par » / « by » that opens no doer (« par précaution »),
    gives no words."""
    aux, marker = _passive_words(language)
    stem = _stem(verb, language)
    if not aux or len(stem) < 3:
        return False, []  # a short stem starts too many words (« be », « dire »)
    raw, tokens = _tokens(text)
    for i, w in enumerate(tokens):
        if w not in aux:
            continue
        at = next((k for k in range(i + 1, min(i + 3, len(tokens))) if _participle(tokens[k], stem)), None)
        if at is None:
            continue
        # the agent within a few words of its participle (« fermé mardi par », « closed on Tuesday by »)
        near = tokens[at + 1:at + 2 + AGENT_WORDS]
        by = next((k for k, x in enumerate(near) if x == marker or x in STRETCH_ENDS), None)
        if by is None or near[by] != marker or not _opens_agent(raw, at + 2 + by, language):
            return True, []
        agent = []
        for x, r in zip(tokens[at + 2 + by:], raw[at + 2 + by:], strict=True):
            if x in STRETCH_ENDS or x in _date_names() or x.isdigit():
                break  # the clause's time after its agent (« by Acme on Monday »)
            agent.append(r)
        return True, agent
    return False, []


def told_passive(language: str, verb: str, text: str) -> bool:
    """Is ``verb`` told in the passive (:func:`passive_agent`), or as a headline's bare participle right
    before the agent's marker (« Tarn Mayor Defeated by Newcomer »)? The bare form tells a side's fate,
    not its doer: an active compound tense sets its participle there too (« a fermé par arrêté »), so it
    is never read for an agent."""
    if passive_agent(language, verb, text)[0]:
        return True
    _, marker = _passive_words(language)
    stem = _stem(verb, language)
    if not marker or len(stem) < 3:
        return False
    _, tokens = _tokens(text)
    return any(_participle(w, stem) and nxt == marker for w, nxt in pairwise(tokens))


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
