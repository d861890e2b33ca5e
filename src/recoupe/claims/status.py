"""How well established a claim group is: one vocabulary, computed here and only here.

The report, the web app, the CLI, the Python API and the briefing all read a group's status
through :func:`group_status` (or :func:`story_statuses`, which reads the store), so they cannot
disagree. The statuses, strongest first:

- ``contradicted``: the accounts conflict (a number, a place, a date, who supplies whom, planned
  against happened);
- ``disputed``: a party denies it (a dispute between actors, not outlets disagreeing);
- ``confirmed``: at least two independent sources state it firmly: asserted in the outlets' own
  voice, or reported from different original sources, in at least two outlets. Wire copies count
  once (their articles share an independent source), two articles of one outlet are one source,
  and three outlets relaying « selon la Maison Blanche » are one original source: the White
  House. Hedged statements never confirm, nor figures that cannot both hold, updated between
  reports or not (1 600 hectares, then 2 700; « la deuxième plus longue », then « la plus
  longue »: no two sources agree on it). The members that confirm one another must state one
  fact: the same polarity and the same event (:func:`same_frame`), so that a wrong member
  joined to a group on a shared word never makes it confirmed, and two of them, of two sources,
  must be directly one fact (not joined through a third); that pair is the status's
  ``confirmed_by``, the fact shown as confirmed when the group holds several;
- ``single_source``: stated firmly, but by one source only;
- ``hedged``: only conditional or speculative statements (« aurait livré », « pourrait »), or
  questions, headline labels, aims and exclamations that tell no event (« Le maire va-t-il partir ? »,
  « Cinq questions sur son départ », « afin de rassurer les marchés », « Coup de théâtre à la
  mairie »), which state nothing firmly (:func:`states_firmly`).

A group whose members are denials is ``disputed`` by construction: it records that a party
rejects the claim. An ``update`` (a figure that rises between reports, such as a toll) is not a
conflict.
"""

from __future__ import annotations

import dataclasses
import math
import re
import zlib
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise, takewhile
from typing import Literal

from recoupe.claims.contest import claim_against_result, claims_outcomes_apart, urged_infinitive, urging
from recoupe.claims.contradictions import (
    _DAY_VALUE,
    DISPUTE_KINDS,
    _adjacent_days,
    _days_of,
    _deictic_day,
    _deictic_words,
    _digits_cut,
    _en_head,
    _vague_figure,
    anchorless,
    days_apart,
    disjoint_dates,
    is_conflict,
    participle_apart,
    participle_deed,
    tells_a_repeat,
)
from recoupe.claims.passive import AGENT_WORDS as _AGENT_WORDS
from recoupe.claims.passive import STRETCH_ENDS as _STRETCH_ENDS
from recoupe.claims.passive import TOKEN as _TOKEN
from recoupe.claims.passive import _date_names, passive_agent
from recoupe.claims.quantities import Quantity, new_count, of_claim
from recoupe.lang.fr.modality import ADMISSION_VERBS
from recoupe.model import Claim
from recoupe.resolve.names import fold
from recoupe.resolve.places import named_apart, state_of
from recoupe.storage import Store

Status = Literal["contradicted", "disputed", "confirmed", "single_source", "hedged"]
STATUSES: tuple[Status, ...] = ("contradicted", "disputed", "confirmed", "single_source", "hedged")

# What each status means, in the reader's words (shown by the report, the web app and the CLI).
MEANING: dict[str, str] = {
    "contradicted": "the accounts conflict (a figure, a place, a date or who did what differs)",
    "disputed": "a party to the story denies it (a dispute between actors, not outlets disagreeing)",
    "confirmed": "stated firmly by at least two independent sources",
    "single_source": "stated firmly by one source only",
    "hedged": "only stated as possible, expected or unverified (conditional, speculative or asked)",
}

FIRM = frozenset({"asserted", "reported"})
HEDGED = frozenset({"conditional", "speculative"})


@dataclass(frozen=True, slots=True)
class GroupStatus:
    """A group's status with what it rests on."""

    status: Status
    # distinct independent sources among its articles (:func:`count_independent`: outlets, wire copies and
    # articles of one text folded)
    independent_sources: int
    firm_sources: int  # distinct original sources that state it firmly
    articles: tuple[str, ...]
    # per article, the modality of its first claim in the group (the matrix cell)
    cells: dict[str, str] = field(default_factory=dict)
    conflicts: tuple[str, ...] = ()  # kinds of the conflicts the group takes part in
    # when `confirmed`: the two claims of two sources that directly confirm each other
    # (:func:`confirming_part`), the fact the status is about when the group holds several
    confirmed_by: tuple[str, ...] = ()


# where an article cites a source: the span of the citing claim's sentence, and the source's keys
Citation = tuple[int, int, frozenset[str]]


class WordRuns(Mapping[str, frozenset[int]]):
    """The word runs (:func:`shingles`) of some articles, each built the first time a pair asks for it and
    kept: a status reads the runs of the articles its confirming pairs join only, a few of the context's,
    where building every article's eagerly cost about 1 ms and 50 KB per article on each
    :func:`source_context`. ``texts`` reads some of ``ids``' texts (the store's)."""

    def __init__(self, ids: Iterable[str], texts: Callable[[list[str]], Mapping[str, str]]) -> None:
        self._ids = frozenset(ids)
        self._texts = texts
        self._built: dict[str, frozenset[int]] = {}

    def __getitem__(self, article_id: str) -> frozenset[int]:
        if article_id not in self._ids:
            raise KeyError(article_id)
        if article_id not in self._built:
            self._built[article_id] = shingles(self._texts([article_id]).get(article_id, ""))
        return self._built[article_id]

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(self._ids))

    def __len__(self) -> int:
        return len(self._ids)


class _PerArticle(Mapping[str, frozenset[str]]):
    """What each article's publication row tells (:meth:`_read`), read the first time a pair asks for it and kept.
    ``rows``: the store's publication rows (:meth:`Store.publication_stamps`) by article."""

    def __init__(self, rows: Mapping[str, Mapping[str, object]]) -> None:
        self._rows = rows
        self._built: dict[str, frozenset[str]] = {}

    def _read(self, row: Mapping[str, object]) -> frozenset[str]:
        raise NotImplementedError

    def __getitem__(self, article_id: str) -> frozenset[str]:
        if article_id not in self._built:
            self._built[article_id] = self._read(self._rows[article_id])
        return self._built[article_id]

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(self._rows))

    def __len__(self) -> int:
        return len(self._rows)


class ArticleDays(_PerArticle):
    """The days each article dates its event to (:func:`recoupe.claims.contradictions.article_days`), read
    the first time a pair asks for one (a timex pass on its lede) and kept: pairs of two reports that may tell
    two events of one kind ask (:func:`_events_apart`, :func:`_repeat_against_first`)."""

    def _read(self, row: Mapping[str, object]) -> frozenset[str]:
        from datetime import date

        from recoupe.claims.contradictions import article_days

        published = str(row.get("published") or "")
        return article_days(str(row.get("lede") or ""), date.fromisoformat(published[:10]) if published else None,
                            str(row.get("language") or "fr"))


class ArticlePlaces(_PerArticle):
    """The places each article's headline and lede name (:func:`_named_areas`), read the first time a pair asks for
    one and kept: only pairs of two offices told by their title alone ask (:func:`_offices_of_two_places`)."""

    def _read(self, row: Mapping[str, object]) -> frozenset[str]:
        return _named_areas(f"{row.get('headline') or ''}. {row.get('lede') or ''}")


@dataclass(frozen=True, slots=True)
class SourceContext:
    """What a group's status reads beyond its members (:func:`source_context` reads it from the store):
    ``cited``, per article, where its claims cite a source (:func:`article_citations`); ``roles``, per
    entity, the roles stored for it with the story of the article giving each (« Const. », « Harbor
    Police Lt. »), of which a group reads its own story's (``stories``: article -> story; an article
    missing there is its own story). All are read per article and per entity whatever the groups asked,
    so every reader of a status (dossier, report, web app, CLI, briefing) passes the same context and
    gets the same status."""

    cited: Mapping[str, tuple[Citation, ...]] = field(default_factory=dict)
    roles: Mapping[str, frozenset[tuple[str, str]]] = field(default_factory=dict)
    stories: Mapping[str, str] = field(default_factory=dict)
    # per English article, its word runs (:func:`shingles`; :class:`WordRuns` from the store): two
    # articles sharing many derive from one text
    runs: Mapping[str, frozenset[int]] = field(default_factory=dict)
    # per article, the days it dates its event to (:class:`ArticleDays`): an anchorless claim's own days
    days: Mapping[str, frozenset[str]] = field(default_factory=dict)
    # per article, the places its headline and lede name (:class:`ArticlePlaces`): where an office told by its title
    # alone is
    places: Mapping[str, frozenset[str]] = field(default_factory=dict)
    # :func:`dependent` per pair of articles asked, kept: one pair of articles joins many claim pairs
    _dependent: dict[tuple[str, str], bool] = field(default_factory=dict, compare=False, repr=False)

    def dependent(self, a: str, b: str) -> bool:
        """:func:`dependent` on :attr:`runs`, once per pair of articles."""
        key = (a, b) if a <= b else (b, a)
        if key not in self._dependent:
            self._dependent[key] = dependent(a, b, self.runs)
        return self._dependent[key]


def source_context(store: Store, article_ids: Iterable[str]) -> SourceContext:
    """The :class:`SourceContext` of ``article_ids``: every attributed claim of those articles, and the
    roles of the entities they are attributed to, and the stories of those articles, and the word runs
    of those in English (built when a pair asks: :class:`WordRuns`)."""
    article_ids = sorted(set(article_ids))
    claims = store.attributed_claims(article_ids)
    entities = sorted({c.attributed_entity for c in claims if c.attributed_entity})
    # English only, as the relay rule: the French golds count outlets relaying one agency as its
    # confirmation where they reword it (gold README §12)
    runs = WordRuns(store.articles_in_language(article_ids, "en"), lambda ids: store.article_texts(ids, "en"))
    rows = store.publication_stamps(article_ids)
    return SourceContext(article_citations(claims), store.roles_of(entities), store.stories_of(article_ids), runs,
                         ArticleDays(rows), ArticlePlaces(rows))


# the words of a run two articles share (:func:`shingles`): eight, longer than a set phrase or a name with
# its title (« the Indian Navy said on Saturday »)
SHINGLE_WORDS = 8
# how many runs two articles share, at least, to derive from one text (:func:`dependent`): an absolute
# count, or a share of the shorter article's runs. On the four ECB+ dev label files (twenty-fifth session)
# 70 and 0.3 took no true group; 25 took six, 50 three (long wire stories that each outlet extended)
DEPENDENT_MIN_SHARED = 70
DEPENDENT_MIN_RATIO = 0.3
# the share alone needs this many runs too (about a 27-word passage): two short texts (a feed's summary,
# a brief) share 0.3 of their few runs through one stock phrase
DEPENDENT_RATIO_MIN_SHARED = 20
# the count alone needs this share of the shorter article too: one boilerplate block (a helpline footer,
# a company's « About » paragraph) of 77 words in two long articles is no common text. Neither floor moves
# an ECB+ dev pair: the least share the count decides there is 0.13, the fewest runs the share decides 21
DEPENDENT_MIN_SHARE = 0.1


# a quotation: straight or curly double marks, guillemets, or UK single curly marks (a ’ before a letter
# is an apostrophe: « don’t »); a mark left open runs to its paragraph's end, the news style of a
# quotation over several paragraphs (each opens a mark, only the last closes it)
_QUOTATION = re.compile(r"“[^”\n]*(?:”|$)|\"[^\"\n]*(?:\"|$)|«[^»\n]*(?:»|$)|‘(?:[^’\n]|’(?=\w))*(?:’|$)", re.M)


def shingles(text: str) -> frozenset[int]:
    """Every run of :data:`SHINGLE_WORDS` words of a text outside its quotations, in lower case, as a
    stable hash (a context may be built in one process and read in another). Two outlets quoting one
    long speech share its words without one deriving from the other (the quoted words themselves are
    one speaker's: :func:`_same_quotation`)."""
    out: set[int] = set()
    for piece in _QUOTATION.split(text):
        words = [w.lower() for w in _WORD.findall(piece)]
        out.update(zlib.crc32(" ".join(words[i:i + SHINGLE_WORDS]).encode("utf-8"))
                   for i in range(len(words) - SHINGLE_WORDS + 1))
    return frozenset(out)


def dependent(a: str, b: str, runs: Mapping[str, frozenset[int]]) -> bool:
    """Do two articles derive from one text (a wire story or a release that each outlet printed, cut or
    rewrote in part): across the whole of both they share :data:`DEPENDENT_MIN_SHARED` runs of
    :data:`SHINGLE_WORDS` words (and :data:`DEPENDENT_MIN_SHARE` of the shorter one's), or
    :data:`DEPENDENT_MIN_RATIO` of the shorter one's (and :data:`DEPENDENT_RATIO_MIN_SHARED` runs). A
    fact both tell is then one account, even where the two sentences were reworded beyond a near copy;
    language-neutral, asked of the articles ``runs`` holds (English ones: see :func:`source_context`)."""
    ra, rb = runs.get(a), runs.get(b)
    if not (ra and rb):
        return False
    shared = len(ra & rb)
    fewer = min(len(ra), len(rb))
    return (shared >= DEPENDENT_MIN_SHARED and shared >= DEPENDENT_MIN_SHARE * fewer) \
        or (shared >= DEPENDENT_MIN_RATIO * fewer and shared >= DEPENDENT_RATIO_MIN_SHARED)


def original_source(claim: Claim, sources: Mapping[str, str]) -> str:
    """Who a firm statement ultimately comes from: the named source of a reported claim (« selon
    la Maison Blanche » in three outlets is one source; « Donald Trump » and « Trump » are one
    name; a country and its capital are one state), ``said:?`` when the reported source has no
    name (« le jeune homme », « des hackers », none given), else the article's independent source
    (its own voice). An admission told in the outlet's voice (« X reconnaît avoir tiré ») counts for
    its admitter, as a report would, and so does the act someone threatens, promises or demands
    (« X menace de bombarder le port », planned, with X as its source): the outlets confirm the
    threat (its main clause, a claim of its own), the act rests on X's word."""
    # an admission (« X reconnaît avoir tiré ») or an intended act (« X menace de bombarder »), told
    # in the outlet's voice, rests on X's word
    said = claim.modality == "reported" or (claim.modality == "asserted" and bool(claim.attributed_to)
                                            and (claim.cue in ADMISSION_VERBS or claim.planned))
    if (said and claim.language == "en" and claim.source_type == "anonymous"
            and (claim.attributed_entity or _CAPITALISED.search(claim.attributed_to or ""))):
        # an English voice the reader judged unnamed but written with a capital or a place (« Police
        # said » opening a sentence, « Harbourton police »), which a tagger may make an entity of: one
        # body told two ways is one source, keyed on its head noun. Not made unnamed: « officials
        # said » beside a named senator is a second source (a blind English gold lost a confirmed
        # fact when every unnamed voice gave way to a named one)
        words = [w for w in _words(claim.attributed_to or "") if w not in _DETERMINERS]
        if words:  # the whole body (« israeli officials »), its bare head joined to it in source_roots
            return "said:anon:" + " ".join(words)
    if said and claim.attributed_to and (state := state_of(claim.attributed_to)):
        return "said:state:" + state  # « Moscou », « la Russie » speaking: one state, one source
    if said and claim.attributed_entity:
        return "said:" + claim.attributed_entity
    if said:
        names = _PROPER.findall(claim.attributed_to or "")
        return "said:" + fold(names[-1]) if names else UNNAMED
    return "outlet:" + sources.get(claim.article_id, claim.article_id)


def weaves_quotation(c: Claim) -> bool:
    """Does a clause told in the outlet's voice weave in someone's quoted words (« X salue un
    vote qui "met fin à un long débat" »)? The quotation opens inside the clause, on a word in
    lower case, and runs :data:`QUOTE_MIN_WORDS` words at least: a scare-quoted word or two
    (« rayonnante ») is the outlet's own phrase, a capitalised one a title or a name (« Le Grand
    Bleu », an initiative's name), and a straight mark closing a quotation opened before the clause
    (`il part", a dit X`) opens nothing."""
    if c.modality != "asserted" or c.attributed_to:
        return False
    start = c.sentence.find(c.text) if c.text else -1
    for k, mark in enumerate(c.text):
        if mark not in _OPENING_MARKS:
            continue
        before = c.text[k - 1] if k else (c.sentence[start - 1] if start > 0 else " ")
        if mark == '"' and (before.isalnum() or (c.sentence[:max(start, 0)] + c.text[:k]).count('"') % 2 == 1):
            continue  # a straight mark after a word, or the second of a pair, closes a quotation
        rest = c.text[k + 1:]
        end = rest.find(_CLOSING_OF[mark])
        words = (rest if end < 0 else rest[:end]).split()  # as written: « d'une » is one word
        return len(words) >= QUOTE_MIN_WORDS and words[0][:1].islower()
    return False

UNNAMED = "said:?"
_DETERMINERS = frozenset({"le", "la", "les", "l'", "l’", "un", "une", "son", "sa", "ses", "leur", "the", "a", "an",
                          "his", "her", "its", "their"})


def described_by_role(source: str) -> bool:
    """Is a source phrase a person told by their role, not their name (« le président du
    pays », « la ministre des Sports », « the president »)? Its head is a role noun in lower
    case; « Donald Trump », « le ministère de l'Intérieur » (an institution) are not."""
    from recoupe.lang.en.sources import ROLE_HEADS as EN_ROLES
    from recoupe.lang.fr.entities import ROLE_HEADS as FR_ROLES

    words = source.replace("’", "'").replace("l'", "l' ").replace("L'", "L' ").split()
    while words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    if not words or not words[0][:1].islower():
        return False
    head = words[0].rstrip(",")
    return head in FR_ROLES or head in EN_ROLES or head.rstrip("s") in FR_ROLES | EN_ROLES
# a capitalised word that is not the first of the phrase's determiners: a name (« Trump »,
# « ZeroBytes », « CGT »); a description (« le président américain », « The spokesman ») has none
_PROPER = re.compile(r"(?<!\w)(?!(?:Le|La|Les|L|Un|Une|Des|Du|De|Selon|Son|Sa|Ses|The|An)\b)[A-ZÀ-Ý][\w-]+")
# any capitalised word, a sentence's first « The » too (« The police said » opens as « Police said »)
_CAPITALISED = re.compile(r"(?<!\w)(?!(?:Le|La|Les|L|Un|Une|Des|Du|De|Selon|Son|Sa|Ses)\b)[A-ZÀ-Ý][\w-]+")
_WORD = re.compile(r"\w+")
# two outlets printing one sentence (one may trim or extend it) print one wire text
COPY_CONTAINMENT = 0.9
COPY_MIN_WORDS = 8


def _copies(members: Sequence[Claim]) -> list[tuple[int, int]]:
    """Pairs of members (indexes) whose texts are one wire sentence printed by two outlets."""
    words = [frozenset(_WORD.findall(fold(c.text))) for c in members]
    out = []
    exact: dict[frozenset[str], int] = {}
    for i, w in enumerate(words):
        if len(w) < COPY_MIN_WORDS:
            continue
        if w in exact:
            out.append((exact[w], i))
            continue
        exact[w] = i
        if len(members) <= 60:  # pairwise only on groups of ordinary size; larger ones: exact copies
            out += [(j, i) for j in range(i) if len(words[j]) >= COPY_MIN_WORDS and words[j] != w
                    and len(w & words[j]) >= COPY_CONTAINMENT * min(len(w), len(words[j]))]
    return out


# consecutive words two sentences of two outlets must share, over both claims, to be one text
# (measured on the ECB+ dev pile: at 10, a list of hyphenated nouns, « a 20-round semi-automatic rifle
# and two spare clips », 8 words but 10 tokens, joined two independent accounts of one find)
COPY_RUN_WORDS = 11


def _runs(c: Claim) -> frozenset[tuple[str, ...]]:
    """The runs of :data:`COPY_RUN_WORDS` words of a claim's sentence that hold a word of the claim."""
    words = _WORD.findall(fold(c.sentence or c.text))
    text = _WORD.findall(fold(c.text))
    if not text:
        return frozenset()
    # the claim's first place in its sentence, by one string search (words hold no space): a slice
    # compared at every position cost sentence × claim words, on paragraph-sized « sentences » seconds
    joined = " ".join(words)
    found = f" {joined} ".find(f" {' '.join(text)} ")
    if found < 0:
        return frozenset()
    at = joined.count(" ", 0, found)
    first = max(0, at - COPY_RUN_WORDS + 1)
    last = min(at + len(text) - 1, len(words) - COPY_RUN_WORDS)
    return frozenset(tuple(words[k:k + COPY_RUN_WORDS]) for k in range(first, last + 1))


def _copied_sentences(members: Sequence[Claim]) -> list[tuple[int, int]]:
    """Pairs of members (indexes) whose sentences share a run of :data:`COPY_RUN_WORDS` words in a
    row that holds words of both claims (hyphenated words count for their parts): one wire
    paragraph reworded at its edges (« the store at the site is listed as … » / « the store where
    it happened is listed as … »), or one statement quoted by one outlet and printed unmarked by
    another. Independent accounts do not write eleven words alike; whoever each names, they print
    one text. The claims' own words may be few (« that serve every part of town »): the sentence
    around them is the copy. Measured on a hand-labelled sample of the ECB+ dev pile's `confirmed`
    groups (``benchmarks/gold/ecbpile``): 9 of 28 false ones gone, 1 of 32 true lost (a wire
    paragraph reworded in four outlets). English only: the French golds count outlets that relay
    one agency without saying so as independent (only visible copies are marked, gold README
    §12), and under the rule four of their gold-confirmed groups were lost (twenty-second session)."""
    # every holder of a run, not only the first: pairs of one outlet are dropped later, and a first
    # holder sharing its outlet with the next must not hide that one from a third outlet's copy
    seen: dict[tuple[str, ...], list[int]] = {}
    out = []
    for i, c in enumerate(members):
        if c.language != "en":
            continue
        hits: set[int] = set()
        for run in _runs(c):
            holders = seen.setdefault(run, [])
            hits.update(holders)
            holders.append(i)
        out += [(j, i) for j in sorted(hits)]
    return out + _near_copies(members)


# a sentence printed by two outlets, one adding or dropping a word or two (a bracketed gloss, a
# day): 90 % of the shorter one's words, 8 at least, as `_copies` asks of claims, and at most
# :data:`NEAR_COPY_EXTRA_WORDS` words of either not in the other; a sentence of 6
# words printed word for word (« she waved at the crowd twice ») is one text as well
NEAR_COPY_MIN_WORDS = 8
# the most words either sentence writes that the other does not: more is a clause of its own (« officials
# said that boats could leave as … »), an account that shares the other's opening, not a copy
NEAR_COPY_EXTRA_WORDS = 3
SAME_SENTENCE_MIN_WORDS = 6


def _near_copies(members: Sequence[Claim]) -> list[tuple[int, int]]:
    """Pairs of English members (indexes) whose sentences are one sentence printed twice: word for
    word (:data:`SAME_SENTENCE_MIN_WORDS` words at least), or nearly, each claim's words written in
    the other's sentence. An eleven-word run (:func:`_copied_sentences`) misses a wire sentence cut
    by an inserted word, and a short one; on the ECB+ dev pile such pairs confirmed one navy
    statement printed by several sites and one local report copied by an aggregator."""
    sents = [_WORD.findall(fold(c.sentence)) if c.language == "en" and c.sentence else [] for c in members]
    # one sentence word for word: by a dict, so at any size (a group's status must not turn as it grows)
    same: dict[tuple[str, ...], list[int]] = {}
    for i, s in enumerate(sents):
        if len(s) >= SAME_SENTENCE_MIN_WORDS:
            same.setdefault(tuple(s), []).append(i)
    out = [(j, i) for idx in same.values() for n, i in enumerate(idx) for j in idx[:n]]
    if len(members) > 60:  # the near copies pairwise only on groups of ordinary size, as `_copies`
        return sorted(out)
    sets = [frozenset(s) for s in sents]
    # a relative pronoun is the copy's one word changed (« …, which commenced in May » / « … that commenced
    # in May, the navy said »): the clause's other words are the test
    from recoupe.lang.en.clauses import RELATIVE_PRONOUNS

    claims = [frozenset(_WORD.findall(fold(c.text))) - RELATIVE_PRONOUNS for c in members]
    for i in range(len(members)):
        for j in range(i):
            a, b = sets[i], sets[j]
            if not a or not b or sents[i] == sents[j]:
                continue
            if (min(len(a), len(b)) >= NEAR_COPY_MIN_WORDS
                    and len(a & b) >= COPY_CONTAINMENT * min(len(a), len(b))
                    and max(len(a - b), len(b - a)) <= NEAR_COPY_EXTRA_WORDS
                    and claims[i] <= b and claims[j] <= a
                    and _shared_order(sents[i], b) == _shared_order(sents[j], a)):
                out.append((j, i))
    return sorted(out)


def _shared_order(words: Sequence[str], other: frozenset[str]) -> list[str]:
    """The words of a sentence also in another, in the order first written: a copy writes them in one
    order; « Hamas accused Israel of … » and « Israel accused Hamas of … » share every word, not a text."""
    return [w for w in dict.fromkeys(words) if w in other]


def is_question(c: Claim) -> bool:
    """Is the claim a direct question (« À quoi ressemblera le mandat de X ? », « Le maire va-t-il
    partir ? »)? Its sentence ends with « ? » and the clause opens with an interrogative word or
    is the one that ends the sentence (« X a démissionné, mais pourquoi ? »: the first clause is
    stated)."""
    from recoupe.lang.fr.modality import INTERROGATIVE_OPENERS

    sentence = c.sentence.rstrip(" »\"'\u00a0")
    if not sentence.endswith("?"):
        return False
    text = c.text.strip()
    return fold(text).startswith(INTERROGATIVE_OPENERS) or (bool(text) and sentence.rstrip("? \u00a0").endswith(text))


def is_topic_label(c: Claim) -> bool:
    """Is the claim a verbless label naming what an article tells (« Cinq questions sur le départ de
    X », « Les conditions du départ de X », a list « les dix films à voir »), not a fact? Its head
    noun (the predicate of a verbless clause) is one of
    :data:`~recoupe.lang.fr.modality.TOPIC_LABEL_NOUNS`, among its first words, or the noun a
    list counts."""
    if c.language == "en":
        return _english_topic_label(c)
    from recoupe.lang.fr.modality import TOPIC_LABEL_NOUNS

    if not c.subject and (c.sentence or "").rstrip(" \u00a0").endswith(":"):
        return True  # a rubric the headline opens with (« Jeux d'hiver : »)
    if not c.subject and " : " in c.text.replace("\u00a0", " "):
        # « X : trois questions sur ... »: the label after the rubric
        after = fold(c.text.replace("\u00a0", " ").split(" : ", 1)[1]).split()[:3]
        if any(w.rstrip("sx") in TOPIC_LABEL_NOUNS for w in after):
            return True
    head = fold(c.predicate)
    if c.predicate not in TOPIC_LABEL_NOUNS:
        return _listicle(fold(c.text), head)
    return any(w.rstrip("sx") == head for w in fold(c.text).split()[:3])


# the words that count the label nouns opening an English headline (« Five things to know », « 10
# reasons the deal failed », « The three key questions »)
_EN_COUNTS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "few", "some"})


def _english_topic_label(c: Claim) -> bool:
    """:func:`is_topic_label` for English: « Three questions about the mayor's exit », « Reasons
    behind the strike » (a label noun heads the verbless clause, among its first words), « Five
    things to know about the strike » (a count of label nouns opens the sentence, the clause being
    its infinitive), « What we know about the strike » (an opening that announces an explainer)."""
    return _english_label(c.text, c.sentence or c.text, c.predicate, bool(c.subject))


def _words(x: str) -> list[str]:
    return list(_words_of(x))


# the pair rules (status, split pass) read each claim's words once per pair: read once per text; a tuple, so
# that no caller's list is shared
@lru_cache(maxsize=1 << 15)
def _words_of(x: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(fold(x.replace("\u2019", "'"))))


@lru_cache(maxsize=8192)
def _english_label(text: str, sentence: str, predicate: str, has_subject: bool) -> bool:
    from recoupe.lang.en.modality import TOPIC_LABEL_NOUNS, TOPIC_OPENERS

    clause, words = _words(text), _words(sentence)
    after_rubric = _words(sentence.split(":", 1)[-1])
    if any(" ".join(w).startswith(TOPIC_OPENERS) for w in (clause, words, after_rubric)):
        return True
    if has_subject:
        return False
    if predicate in TOPIC_LABEL_NOUNS:
        return any(w.removesuffix("s") == predicate for w in clause[:4])
    for opening in (words, after_rubric):
        ws = opening[1:] if opening[:1] == ["the"] else opening
        counts_labels = bool(ws) and (ws[0].isdigit() or ws[0] in _EN_COUNTS) and any(
            w.removesuffix("s") in TOPIC_LABEL_NOUNS for w in ws[1:3])
        if counts_labels and " ".join(opening).endswith(" ".join(clause)):
            return True
    return False


def _listicle(text: str, head: str) -> bool:
    """« Rentrée : les 20 films les plus attendus », « les dix livres à lire »: a headline that lists
    (the definite article, a number, the listed noun as its head, a word of choosing) names what
    the article offers, not a fact. « Les 20 otages libérés » has its participle as predicate."""
    from recoupe.lang.fr.dates import NUMBER_WORDS
    from recoupe.lang.fr.modality import LIST_CUES

    words = text.split()
    start = next((i for i in range(len(words) - 2) if words[i] in {"les", "nos", "ces"}
                  and (words[i + 1].isdigit() or words[i + 1] in NUMBER_WORDS)), None)
    if start is None or start > 4 or not any(w.rstrip("sx") == head.rstrip("sx") for w in words[start + 2:start + 5]):
        return _ranking(words, head)
    rest = " ".join(words[start + 2:])
    return any(f" {cue} " in f" {rest} " for cue in LIST_CUES)


def _ranking(words: list[str], head: str) -> bool:
    """« Les romans les plus attendus de la rentrée »: a verbless headline whose predicate is the
    participle of its superlative (« les plus attendus », read as the clause's verb), the noun it
    ranks among the first words (after a rubric, folded away): a selection, not a fact. (« Les salariés
    les plus exposés seront protégés » has its own verb.)"""
    for k in range(1, len(words) - 2):
        if words[k] == "les" and words[k + 1] == "plus" and words[k + 2][:4] == head[:4]:
            return any(words[j] == "les" for j in range(max(0, k - 5), min(k, 5)))
    return False


def states_firmly(c: Claim) -> bool:
    """A member that can confirm: asserted or reported, and a statement (not a question, not a
    headline label such as « Cinq questions sur X », not an aim, not a verbless exclamation that tells no
    event, « Coup de théâtre à la mairie »: :attr:`~recoupe.model.Claim.eventless`)."""
    if c.modality not in FIRM or c.eventless:
        return False
    # a status asks it of each member two or three times (its firm sources, its firm outlets, the
    # confirming pair): the answer is kept by the fields the three tests read, and only those
    key = (c.text, c.sentence, c.predicate, c.subject, c.language)
    found = _STATEMENTS.get(key)
    if found is None:
        if len(_STATEMENTS) >= _STATEMENTS_LIMIT:
            _STATEMENTS.clear()
        found = _STATEMENTS[key] = not is_question(c) and not is_topic_label(c) and not is_aim(c)
    return found


# (text, sentence, predicate, subject, language) -> a statement (not a question, label or aim):
# the fields is_question, is_topic_label and is_aim read. A test that reads another field must add
# it to the key, or a claim differing only in it would get another claim's answer
_STATEMENTS: dict[tuple[str, str, str, str, str], bool] = {}
_STATEMENTS_LIMIT = 1 << 15


# an infinitive clause of purpose, with no subject of its own: what its actor acts for, not what
# happened (« to show support for X », « afin de rassurer les marchés », « pour calmer le jeu »);
# « pour avoir / pour être » gives a cause (« condamné pour avoir menti »: it happened)
_AIM = re.compile(r"(?:(?:in order |so as )?to (?!(?:date|this|that|the|a|an|his|her|its|their)\b)[a-z]+"
                  r"|afin (?:de|d)\b"
                  r"|pour (?!(?:avoir|etre)\b)(?:(?:se|s|le|la|les|l|leur|lui|en|y) )*[a-z]+(?:er|ir|re)\b)")


_AIM_OPENINGS = ("to ", "in order", "so as", "afin", "pour ")


def is_aim(c: Claim) -> bool:
    """Is the claim an infinitive clause of purpose, told for what its actor acts (« to show support
    for the chain », « afin de rassurer les marchés »), with no subject of its own? Its event is aimed
    at, not stated as happened: two outlets telling why a crowd gathered confirm no deed of it."""
    opening = c.text.lstrip(" «\"“(,")[:8].lower()
    if c.subject or not opening.startswith(_AIM_OPENINGS):  # most claims: no need to fold
        return False
    text = fold(c.text).replace("'", " ").replace("’", " ").lstrip(" «\"“(,")
    if not _AIM.match(text):
        return False
    # « Trump to keep the ban », « For Now, Mayor To Quit »: a headline's infinitive after its
    # subject tells what will happen (the English headline future), not an aim. Not seen: that
    # future in sentence case after a common noun (« Prime minister to visit the valley »)
    at = c.sentence.find(c.text)
    before = c.sentence[:at].split() if at > 0 else []
    return not ((before and before[-1][:1].isupper()) or _title_case(c.sentence))


def _title_case(sentence: str) -> bool:
    """Is a sentence written in headline Title Case (most of its words of 4 letters or more
    capitalised: « Mayor Vows To Rebuild The Old Bridge »)?"""
    words = [w for w in _WORD.findall(sentence) if len(w) >= 4 and not w.isdigit()]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


_RANK = re.compile(r"\b(?:(?:la|le|les|l)\s+(?:([0-9]+(?:e|er|re|eme|ere)|[a-z]+)\s+)?plus|"
                   r"au\s+([0-9]+(?:e|er|re|eme|ere)|[a-z]+)\s+rang\s+des\s+plus)\s+([a-z]{4,})")


# a cheap look before :func:`ranks` (« plus », « pire(s) », « meilleur(e)(s) », « moindre(s) »)
_RANK_CUE = re.compile(r"plus|pire|meilleur|moindre", re.IGNORECASE)


def _adjective(word: str) -> str:
    return word.removesuffix("s").removesuffix("e").removesuffix("u")


@lru_cache(maxsize=1)
def _one_word_ranks() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """The superlatives written in one word of the French pack (« le pire ») and the partitive ones
    (« l'un des plus longs », « l'une des pires »), as patterns over folded text."""
    from recoupe.lang.fr.modality import PARTITIVE_RANKS, SYNTHETIC_SUPERLATIVES

    words = "|".join(sorted(SYNTHETIC_SUPERLATIVES, key=len, reverse=True))
    # « les meilleurs » after « parmi » is partitive (read by ``partitive``), not « le meilleur »
    absolute = re.compile(rf"\b(?<!parmi )(?:la|le|les|l)\s+(?:([0-9]+(?:e|er|re|eme|ere)|[a-z]+)\s+)?({words})\b")
    openings = "|".join(o.replace(" ", r"\s+") for o in PARTITIVE_RANKS)
    partitive = re.compile(rf"\b(?:{openings})\s+(?:plus\s+([a-z]{{4,}})|({words})\b)")
    return absolute, partitive, SYNTHETIC_SUPERLATIVES


def ranks(text: str) -> dict[str, int]:
    """Superlatives a text ranks its subject by, adjective -> rank: « la deuxième plus longue »
    -> {long: 2}, « devient la plus longue » -> {long: 1}, « au troisième rang des plus
    meurtriers » -> {meurtrier: 3}, « le pire » -> {mauvais: 1}. A partitive superlative
    (« l'un des pires », « l'une des plus longues ») ranks 0: among the first, which is not the
    claim that it is the first (two outlets, « the worst fire » / « one of the worst fires », do not
    state one fact). An ordinal the lexicon does not know gives no rank."""
    from recoupe.lang.fr.modality import ORDINALS

    out: dict[str, int] = {}
    folded = fold(text)
    absolute, partitive, synthetic = _one_word_ranks()
    for m in partitive.finditer(folded):
        out.setdefault(_adjective(m.group(1) or synthetic[m.group(2)]), 0)
    for m in absolute.finditer(folded):
        # a partitive « l'un des pires » read above; « le pire » after it is its own rank
        if m.group(1) is None or m.group(1) in ORDINALS:
            out.setdefault(_adjective(synthetic[m.group(2)]), ORDINALS.get(m.group(1) or "", 1))
    for m in _RANK.finditer(folded):
        ordinal = m.group(1) or m.group(2)
        if ordinal is None:
            rank = 1
        elif ordinal in ORDINALS:
            rank = ORDINALS[ordinal]
        else:  # « 3e », « 12eme »; any other word there (« la ville plus grande ») is no rank
            digits = re.fullmatch(r"(\d+)(?:e|er|re|eme|ere)", ordinal)
            if digits is None:
                continue
            rank = int(digits.group(1))
        out.setdefault(_adjective(m.group(3)), rank)
    return out


def _ranked_apart(a: dict[str, int], b: dict[str, int]) -> bool:
    return any(ra != rb and (x.startswith(y) or y.startswith(x)) for x, ra in a.items() for y, rb in b.items())


def _figures_clash(a: Quantity, b: Quantity) -> bool:
    """Can two figures of one thing not both hold? A loose one (:func:`_vague_figure`) holds against
    any exact figure in or above its order of magnitude: « des milliers » is not wrong when another
    says 30 000, nor « des dizaines de millions » when another says 15 millions; two
    loose ones disagree when apart, unless told in one scale (:func:`_scale`)."""
    if not a.comparable(b) or a.overlaps(b):
        return False
    va, vb = _vague_figure(a), _vague_figure(b)
    if va != vb:
        loose, exact = (a, b) if va else (b, a)
        # a loose figure gives an order of magnitude (« plusieurs dizaines de millions »: tens of
        # millions): a figure within it (15 millions) holds, one below it (« trois », « des dizaines ») not
        return loose.low > 0 and exact.high < 10 ** math.floor(math.log10(loose.low))
    return not (va and _scale(a) and _scale(a) == _scale(b))


def _floors_apart(a: Quantity, b: Quantity) -> bool:
    """Are two figures of one toll that grows (:attr:`~recoupe.claims.quantities.Quantity.cumulative`) two
    different floors (« au moins 21 morts » / « au moins 23 morts »)? Both may hold, so they do not clash, but
    each outlet counted the toll at another time: an update, on which no two sources agree. Floors of other
    things (« plus de 200 000 exemplaires » / « au moins 230 000 ») hold together."""
    return (math.isinf(a.high) and math.isinf(b.high) and a.cumulative and b.cumulative and a.comparable(b)
            and a.low != b.low)


def _floors_differ(a: Claim, b: Claim) -> bool:
    """Do two claims give two floors of one toll (:func:`_floors_apart`), or two of its figures that cannot both
    hold? A count of people told with a death (« au moins 21 personnes ont péri », « 21 passagers sont
    décédés », « coûter la vie »; :func:`_tolls`) is a toll of the dead, which a group's
    figures (:func:`disagreeing_figures`) do not compare to « au moins 23 morts ». Read in any language: an
    English toll's floors are two times of it too."""
    return any(_floors_apart(x, y) or _figures_clash(x, y) for x in _tolls(a) for y in _tolls(b))


def _tolls(c: Claim) -> list[Quantity]:
    from recoupe.lang.predicates import DEATH_LEMMAS, KILLING_LEMMAS
    from recoupe.lang.quantities import DEATH_PHRASE, PEOPLE_COUNTED

    figures = [q for q in of_claim(c.text, c.sentence, c.language) if q.thing and not _digits_cut(q)]
    died = c.predicate in DEATH_LEMMAS | KILLING_LEMMAS or bool(DEATH_PHRASE.search(fold(c.text)))
    return [dataclasses.replace(q, thing="mort") if died and q.thing in PEOPLE_COUNTED else q for q in figures]


def _scale(q: Quantity) -> str:
    """The plural scale word a loose figure counts in (« milliers » of « des dizaines de milliers
    de » and of « des milliers de »): two loose figures in one scale say one size, one more closely."""
    from recoupe.lang.quantities import PLURAL_SCALES

    return next((w for w in reversed(fold(q.text or "").split()) if w in PLURAL_SCALES), "")


def disagreeing_figures(members: Sequence[Claim]) -> bool:
    """Do two firm members give figures of one thing that cannot both hold (« 1 600 hectares »,
    « 2 700 hectares »), or rank it apart (« la deuxième plus longue », « la plus longue »)?
    Whether it is an update or a contradiction, no two sources agree on it. A figure that names no
    number (« des milliers de », « plusieurs centaines ») says how large, loosely: it holds against
    a figure above its floor, not against one below it (« des dizaines de morts », « trois
    morts »); two such figures disagree as two others do (« des centaines », « des milliers »). Two floors of a
    toll (:func:`_floors_apart`) are refused pair by pair (:func:`_floors_differ`), not here: a later floor
    does not undo a floor two outlets agree on."""
    firm = [c for c in members if c.modality in FIRM]
    read = [q for c in firm for q in of_claim(c.text, c.sentence, c.language) if not _digits_cut(q)]
    figures = [q for q in read if q.thing]
    if any(_figures_clash(a, b) for i, a in enumerate(figures) for b in figures[i + 1:]):
        return True
    # an amount added (« 150 hectares de plus ») and a total of what it adds to (« 300 hectares ») are two
    # facts, not one confirmed; two added amounts agree as two totals would
    added = [dataclasses.replace(q, thing=q.increment, increment="") for q in read if q.increment]
    if any(a.comparable(b) for a in added for b in figures) or any(
            _figures_clash(a, b) for i, a in enumerate(added) for b in added[i + 1:]):
        return True
    ranked = [r for c in firm if _RANK_CUE.search(c.text) and (r := ranks(c.text))]
    if any(_ranked_apart(a, b) for i, a in enumerate(ranked) for b in ranked[i + 1:]):
        return True
    lasting = [d for c in firm if (d := durations(c.text))]
    return any(a[u] != b[u] for i, a in enumerate(lasting) for b in lasting[i + 1:] for u in a.keys() & b.keys())


@lru_cache(maxsize=1)
def _duration_words() -> tuple[frozenset[str], dict[str, float], dict[str, str], frozenset[str]]:
    """Duration prepositions, number words and calendar units (unit -> its ISO letter, ``T`` first
    for a clock unit) of every language pack, folded, and the prepositions after which a clock unit
    is as often a time of day. Number words of one word only (« une », « two », « an »)."""
    from recoupe.lang.en import dates as en
    from recoupe.lang.fr import dates as fr

    numbers = {fold(w): float(v) for w, v in (*fr.NUMBER_WORDS.items(), *en.NUMBER_WORDS.items()) if " " not in w}
    units = {fold(w): ("T" if clock else "") + letter for w, (letter, clock) in fr.UNITS.items()}
    units |= {fold(w): letter for w, letter in en.UNITS.items()}
    return (frozenset(fold(w) for w in fr.DURATION_PREPOSITIONS | en.DURATION_PREPOSITIONS), numbers, units,
            frozenset(fold(w) for w in fr.CLOCK_TIME_PREPOSITIONS))


def durations(text: str) -> dict[str, float]:
    """Durations a clause gives as a preposition, a count and a calendar unit: « depuis un mois »
    -> {M: 1}, « for two weeks » -> {W: 2}, « pendant 3 jours » -> {D: 3}. A word between the
    preposition and the count (« depuis près d'un mois ») makes it approximate: not read. The
    quantity reader leaves « un mois » out (« un » is an article as often as a count), which is
    why two accounts of « depuis un mois » and « depuis deux mois » looked alike."""
    preps, numbers, units, clock_preps = _duration_words()
    words = _words(text)
    out: dict[str, float] = {}
    for k in range(len(words) - 2):
        if words[k] in preps and words[k + 2] in units:
            if words[k] in clock_preps and units[words[k + 2]].startswith("T"):
                continue  # « depuis 6 heures ce matin » is a time of day as often as a duration
            count = words[k + 1]
            value = float(count) if count.isdigit() else numbers.get(count)
            if value is not None:
                out.setdefault(units[words[k + 2]], value)
    return out


def firm_sources(members: Sequence[Claim], sources: Mapping[str, str],
                 context: SourceContext | None = None) -> int:
    """How many independent sources state the group's fact firmly. Each firm member counts for
    its original source (:func:`original_source`), and three rules keep relays from counting as
    confirmation:
    - an outlet that attributes the fact to a source does not also confirm it in its own voice
      (its headline asserting it rests on that source);
    - a source without a name counts only when the group names none (« le jeune homme » is
      most likely the named speaker the other outlets give), and so does a person told by their
      role only (« le président du pays », :func:`described_by_role`);
    - the same sentence printed by several outlets is one wire text, one source, and so are the
      same quoted words (:func:`_same_quotation`: one speaker's, whoever each outlet names) and
      sentences sharing eleven words in a row over both claims (:func:`_copied_sentences`), or
      printed twice with a word or two added (:func:`_near_copies`; English only);
    - an English unnamed body told two ways (« Police », « Harbourton police ») is one source, and so
      is an officer whose rank or stored role names that body (« Const. X », « Harbourton Police Sgt. »);
    - two speakers resolved apart but named alike (« The New York Times », « New York Times ») are one;
    - an outlet's clause weaving in quoted words (:func:`weaves_quotation`) counts for an unnamed
      speaker, not the outlet, when the group quotes a speaker: most likely that one.
    (A pair of two members confirms only if, besides, neither is an outlet's own-voice account of what
    the other attributes to a source that outlet cites beside it (:func:`_relays`), and their two
    articles do not derive from one text (:func:`dependent`): both asked by :func:`confirming_part`
    with the store's :class:`SourceContext`. The count shown beside a status reads them too:
    :func:`shown_firm_sources`.)"""
    return len({r for r in source_roots(members, sources, context) if r is not None})


def source_roots(members: Sequence[Claim], sources: Mapping[str, str],
                 context: SourceContext | None = None) -> list[str | None]:
    """Per member, the independent source it counts for under :func:`firm_sources`' rules read on
    all the members together (None: not firm, or dropped by them). Two members confirm each other
    only if their roots differ: tested on the pair alone, the rules that need the group (an unnamed
    speaker, an outlet citing a source in another of its members) would not apply."""
    firm_at = [i for i, c in enumerate(members) if states_firmly(c)]
    firm = [members[i] for i in firm_at]
    # an outlet's clause weaving in quoted words rests on their speaker, whom its attribution missed,
    # when the group quotes a speaker: most likely that one (an unnamed speaker, as « le jeune
    # homme » is); with no speaker in the group, the outlets' own voices stand. It does not make that
    # outlet one citing a source for its other claims
    keys = [original_source(c, sources) for c in firm]
    woven = [weaves_quotation(c) for c in firm]
    if any(k.startswith("said:") for k, w in zip(keys, woven, strict=True) if not w):
        keys = [UNNAMED if w else k for k, w in zip(keys, woven, strict=True)]
    else:
        woven = [False] * len(firm)
    outlets = [sources.get(c.article_id, c.article_id) for c in firm]
    citing = {o for o, k, w in zip(outlets, keys, woven, strict=True) if k.startswith("said:") and not w}
    # a speaker told by their role only (« le président du pays »), resolved or not, is most
    # likely the speaker another outlet names (« Donald Trump »): like an unnamed one, it counts only
    # when the group names no one
    described = [k.startswith("said:") and k != UNNAMED and described_by_role(c.attributed_to)
                 for c, k in zip(firm, keys, strict=True)]
    named = any(k.startswith("said:") and k != UNNAMED and not d for k, d in zip(keys, described, strict=True))
    keys = [UNNAMED if d and named else k for k, d in zip(keys, described, strict=True)]
    parent: dict[str, str] = {}

    def find(k: str) -> str:
        while parent.setdefault(k, k) != k:
            k = parent[k]
        return k

    # an English unnamed body told bare and qualified (« Police », « Harbourton police »): one source when
    # the group qualifies that head one way only (« Israeli officials », « Palestinian officials »: two).
    # Forms nested in one another (« Israeli officials », « senior Israeli officials ») are one way: each
    # longer form ends in the shorter one, else the bare head's joining would hang on the group's size
    anon = {k for k in keys if k.startswith("said:anon:")}
    for k in sorted(anon):
        head = k.removeprefix("said:anon:")
        if " " in head:
            continue
        qualified = sorted((q for q in anon if q.endswith(" " + head)), key=lambda q: (len(q), q))
        bodies = [q.removeprefix("said:anon:") for q in qualified]
        if qualified and all(long.endswith(" " + short) for short, long in pairwise(bodies)):
            for q in qualified:
                parent[find(q)] = find(k)

    kept = [i for i, (o, k) in enumerate(zip(outlets, keys, strict=True))
            if not (k.startswith("outlet:") and o in citing) and not (k == UNNAMED and named)]
    if anon:
        # an officer whose rank or role names a body (« Const. Jane Roe », « Harbor Police Lt. ») speaks
        # for it: one source with that body's unnamed voice (« police said »)
        heads: dict[str, list[str]] = defaultdict(list)
        stories = frozenset((context.stories if context else {}).get(c.article_id, c.article_id) for c in members)
        for k in anon:
            heads[k.rsplit(" ", 1)[-1].removeprefix("said:anon:")].append(k)
        for i in kept:
            if keys[i].startswith("said:") and not keys[i].startswith("said:anon:") and firm[i].language == "en":
                officer, words = _bodies_of(firm[i], context.roles if context else {}, stories)
                for body in sorted(officer.keys() & heads.keys()):
                    # a qualified body (« Harbourton police ») only when the officer names its qualifier,
                    # and an officer of a named force (« Ridgeford Police Sgt. ») only that force or the
                    # bare body: not an officer of another force or side (« Southland military commander »)
                    forces = {find(k) for k in heads[body]}
                    # two forces of one head (« Harbor police », « state police ») name no one of them
                    if (len(forces) == 1 and (force := forces.pop()) != find(keys[i])
                            and all(_of_force(k, officer[body], words) for k in heads[body])):
                        parent[find(keys[i])] = force
    for i in kept:
        names = _PROPER.findall(firm[i].attributed_to or "") if keys[i].startswith("said:") else []
        if names:  # two entities of one name (« The New York Times », « New York Times ») are one source
            root, alias = find(keys[i]), find("name:" + fold(names[-1]))
            if root != alias:
                parent[alias] = root
    kept_members = [firm[i] for i in kept]
    for a, b in _copies(kept_members) + _same_quotation(kept_members) + _copied_sentences(kept_members):
        ka, kb = find(keys[kept[a]]), find(keys[kept[b]])
        if ka != kb and outlets[kept[a]] != outlets[kept[b]]:
            parent[kb] = ka
    roots: list[str | None] = [None] * len(members)
    for i in kept:
        roots[firm_at[i]] = find(keys[i])
    # an outlet's own voice resting on the one source it cites is that source (a count unchanged: the
    # source counts already), so its headline confirms another outlet's account as that source would
    cited: dict[str, set[str]] = defaultdict(set)
    for i in kept:
        if keys[i].startswith("said:"):
            cited[outlets[i]].add(find(keys[i]))
    for i, (o, k) in enumerate(zip(outlets, keys, strict=True)):
        if k.startswith("outlet:") and o in citing and len(cited[o]) == 1:
            roots[firm_at[i]] = next(iter(cited[o]))
    return roots


def most_apart(keys: Sequence[str], apart: Callable[[int, int], bool]) -> int:
    """The most items, of distinct ``keys``, that are pairwise ``apart`` (asked of items of two keys
    only): a count of sources in which no two of those counted are ones the status never lets confirm
    each other. Pairwise, never transitive: a chain a ~ b, b ~ c with a and c apart counts a and c,
    as the status lets a and c confirm; and a key with one item tied to another key's and one apart
    from it counts by the latter. Items tied to none count at once; the others are searched exactly
    up to :data:`APART_SEARCH_MAX` choices, greedily beyond (a count then never above the true one)."""
    n = len(keys)
    tied: list[set[int]] = [set() for _ in range(n)]
    for i in range(n):
        for j in range(i + 1, n):
            if keys[i] != keys[j] and not apart(i, j):
                tied[i].add(j)
                tied[j].add(i)
    by_key: dict[str, list[int]] = defaultdict(list)
    for i in range(n):
        by_key[keys[i]].append(i)
    free = {k for k, items in by_key.items() if any(not tied[i] for i in items)}
    rest = [items for k, items in sorted(by_key.items()) if k not in free]
    if math.prod(len(items) + 1 for items in rest) > APART_SEARCH_MAX:
        chosen: list[int] = []
        for items in rest:  # keys in sorted order, each key's least tied item first: no input order read
            pick = next((i for i in sorted(items, key=lambda i: (len(tied[i]), keys[i], i))
                         if not tied[i] & set(chosen)), None)
            if pick is not None:
                chosen.append(pick)
        return len(free) + len(chosen)

    def best(k: int, chosen: frozenset[int]) -> int:
        if k == len(rest):
            return 0
        out = best(k + 1, chosen)  # this key left out
        for i in rest[k]:
            if not tied[i] & chosen:
                out = max(out, 1 + best(k + 1, chosen | {i}))
        return out

    return len(free) + best(0, frozenset())


# the most choices :func:`most_apart` searches exactly (the product over its tied keys of their items plus
# one): a pile of many outlets' wire copies would otherwise take minutes for one group
APART_SEARCH_MAX = 4096


def shown_firm_sources(members: Sequence[Claim], sources: Mapping[str, str],
                       context: SourceContext | None = None) -> int:
    """The firm sources shown beside a status (« 3 sources »): those of :func:`firm_sources`, of which
    no two counted are two articles of one wire or release text (:meth:`SourceContext.dependent`) or an
    outlet's bare line relaying the other outlet's attributed source (:func:`_relays`) or printing its
    quotation (:func:`_quotation_printed_bare`), the pairs :func:`confirming_part` never lets confirm each
    other (:func:`most_apart`: pairwise, as the status reads them). The relay test is asked up to
    :data:`PAIR_TEST_MAX` firm members, as the status."""
    roots = source_roots(members, sources, context)
    at = [i for i, r in enumerate(roots) if r is not None]
    printed = {(at[x], at[y]) for x, y in _quotation_printed_bare([members[i] for i in at])}
    if not printed and (context is None or not (context.runs or context.cited)):
        return len({roots[i] for i in at})

    def outlet(i: int) -> str:
        return sources.get(members[i].article_id, members[i].article_id)

    relays = context is not None and bool(context.cited) and len(at) <= PAIR_TEST_MAX

    def apart(x: int, y: int) -> bool:
        i, j = at[x], at[y]
        if outlet(i) == outlet(j):
            return True
        if (min(i, j), max(i, j)) in printed:
            return False
        if context is None:
            return True
        a, b = members[i].article_id, members[j].article_id
        if context.runs and a != b and context.dependent(a, b):
            return False
        return not (relays and _relays(members[i], members[j], sources, context.cited))

    return most_apart([str(roots[i]) for i in at], apart)


def count_independent(articles: Iterable[str], sources: Mapping[str, str],
                      context: SourceContext | None = None) -> int:
    """How many independent sources a group's articles come from: their outlets (``sources``: wire
    copies and one newsroom's articles folded, ``Store.sources_of``), of which no two counted have
    articles that derive from one text (:meth:`SourceContext.dependent`; :func:`most_apart`, pairwise)."""
    articles = sorted(set(articles))
    outlets = [sources.get(a, a) for a in articles]
    if context is None or not context.runs:
        return len(set(outlets))
    return most_apart(outlets, lambda x, y: not context.dependent(articles[x], articles[y]))


def _bodies_of(c: Claim, roles: Mapping[str, frozenset[tuple[str, str]]],
               stories: frozenset[str]) -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """The bodies an English source speaks for by its rank or role, each with the words naming which
    of them right before it (« Ridgeford Police Sgt. »: police, {ridgeford}; « Const. »: police, none),
    and every word of those ranks and roles. Read from the roles stored for its entity in ``stories``
    (the group's: an article of another story naming a same-named person changes nothing) and from its
    attribution, a body's name there only when it is a person (« the Army Corps of Engineers »): a body word
    (:data:`~recoupe.lang.en.sources.SPEAKING_BODIES`) not followed by another body's noun (« police
    union »), or a rank only a police force gives (:data:`~recoupe.lang.en.sources.POLICE_RANKS`).
    Nothing from a former or retired officer's (« retired detective »)."""
    from recoupe.lang.en.sources import FORMER_MARKERS, OTHER_BODY_HEADS, POLICE_RANKS, SPEAKING_BODIES

    said = _words(c.attributed_to or "")
    if FORMER_MARKERS & set(said):
        return {}, frozenset()
    # (a rank is a person's whatever type the reader gave the source: « Police Const » read as a body)
    phrases = [(said, c.source_type == "person")]
    phrases += [(_words(r), True) for a, r in sorted(roles.get(c.attributed_entity, ()))
                if c.attributed_entity and a in stories]
    bodies: dict[str, set[str]] = {}
    words: set[str] = set()
    for ws, person in phrases:
        if FORMER_MARKERS & set(ws):
            continue
        words.update(ws)
        for k, w in enumerate(ws):
            if w in POLICE_RANKS:
                bodies.setdefault("police", set())
            if person and w in SPEAKING_BODIES and not (k + 1 < len(ws) and ws[k + 1] in OTHER_BODY_HEADS):
                named = bodies.setdefault(w, set())
                if k and ws[k - 1] not in _DETERMINERS | _FUNCTION_WORDS:
                    named.add(ws[k - 1])
    return {b: frozenset(q) for b, q in bodies.items()}, frozenset(words)


# words before a body's name that say nothing of which one it is (« Brandt of the police »)
_FUNCTION_WORDS = frozenset({"of", "for", "and", "with", "at", "in"})


def _of_force(key: str, named: frozenset[str], words: frozenset[str]) -> bool:
    """Can an officer speak for the unnamed body ``key`` (« said:anon:harbourton police »): the officer's
    ranks and roles name its qualifier (``words``), and the force they name right before the body's
    noun (``named``), if any, is that qualifier or the body is bare (« police »)."""
    qualifier = set(key.removeprefix("said:anon:").split()[:-1])
    return qualifier <= words and (not qualifier or named <= qualifier)


def citation_keys(c: Claim) -> frozenset[str]:
    """The keys a claim's source is known by (:func:`_cites_same`): its entity (``entity:e7``) or state
    when resolved, and its whole name without titles (« Inspector Ann Vale »: ``name:ann vale``; a
    last word alone would make « Mayor Tom Vale » and « Ann Vale », « the Fire Department » and « the
    State Department » one source). Empty for the outlet's own voice and for a source with no name."""
    from recoupe.lang.en.sources import HONORIFICS, POLICE_RANKS, ROLE_HEADS, TITLE_ABBREVIATIONS

    if not c.attributed_to:
        return frozenset()
    out = set()
    if c.attributed_entity:
        out.add("entity:" + c.attributed_entity)
    elif (key := original_source(dataclasses.replace(c, modality="reported"), {})).startswith("said:state:"):
        out.add(key)
    titles = ROLE_HEADS | POLICE_RANKS | {fold(t.rstrip(".")) for t in HONORIFICS | TITLE_ABBREVIATIONS}
    name = [w for w in map(fold, _PROPER.findall(c.attributed_to)) if w.rstrip(".") not in titles]
    if name:
        out.add("name:" + " ".join(name))
    return frozenset(out)


def _cites_same(a: frozenset[str], b: frozenset[str]) -> bool:
    """Do two sets of :func:`citation_keys` name one source: the same entity (or state) when both are
    resolved, else the same whole name; or one name a single word ending the other (a surname alone,
    which a resolver may split off: « Steinberg », « Alan Steinberg's »). Two entities of two whole
    names are two sources, whatever word they share; so are two entities one of which is a body's
    common noun alone (« the Department » and « the State Department »): that word is no surname."""
    resolved_a = {k for k in a if not k.startswith("name:")}
    resolved_b = {k for k in b if not k.startswith("name:")}
    if resolved_a & resolved_b:
        return True
    names_a = [k.removeprefix("name:").split() for k in a - resolved_a]
    names_b = [k.removeprefix("name:").split() for k in b - resolved_b]
    both = bool(resolved_a and resolved_b)
    return any((x == y and not both) or (min(len(x), len(y)) == 1 and x[-1] == y[-1]
                                         and not (both and x[-1] in _body_words()))
               for x in names_a for y in names_b)


@lru_cache(maxsize=1)
def _body_words() -> frozenset[str]:
    """Common nouns that head a body's or a role's name (« department », « police », « minister »)."""
    from recoupe.lang.en.sources import MEDIA_HEADS, ORG_HEADS, ROLE_HEADS, SPEAKING_BODIES

    return frozenset(ORG_HEADS | MEDIA_HEADS | ROLE_HEADS | SPEAKING_BODIES)


def _sentence_span(c: Claim) -> tuple[int, int]:
    """Where a claim's sentence lies in its article."""
    at = c.sentence.find(c.text) if c.text else -1
    start = c.start - max(at, 0)
    return start, start + len(c.sentence)


def article_citations(claims: Iterable[Claim]) -> dict[str, tuple[Citation, ...]]:
    """Article id -> where its English claims cite a source: each citing claim's sentence span and
    the source's keys (:func:`citation_keys`), in text order."""
    out: dict[str, set[Citation]] = defaultdict(set)
    for c in claims:
        if c.language == "en" and c.attributed_to and (keys := citation_keys(c) | _body_key(c)):
            out[c.article_id].add((*_sentence_span(c), keys))
    return {a: tuple(sorted(v, key=lambda x: (x[0], x[1], sorted(x[2])))) for a, v in out.items()}


# how far from an outlet's own-voice sentence (characters, about two sentences) its citation of a
# source makes that sentence the source's account (:func:`_relays`); on the ECB+ dev labels 200 to
# 1,000 gave the same groups
RELAY_WINDOW = 300


def _relays(a: Claim, b: Claim, sources: Mapping[str, str], cited: Mapping[str, tuple[Citation, ...]],
            keys: Callable[[Claim], frozenset[str]] = citation_keys) -> bool:
    """Is one of two claims an outlet's own-voice statement of what the other (another outlet's)
    attributes to a source, the first outlet citing that same source in the sentence or next to it
    (:data:`RELAY_WINDOW`)? « The climber fell 300 m on Sunday. », then « Inspector Roe said the search
    … », against « Inspector Roe said the climber fell 300 m »: the inspector's account printed twice, not
    two sources. Not when the clause's subject is that source or the clause names it (« police stopped
    the car », « Roe, who works at the bank », « X emerges as Roe's choice »): a deed, a state or a
    description of the source itself, seen or known by others.
    A body's word counts for any body: when the other claim is attributed to an organisation or a
    document (« the Defence Ministry said », « according to the complaint »), an outlet citing an
    organisation or a document next to its bare line (« the release said ») tells that line from the
    same kind of statement, most often the same one under another name (the ministry, its navy, its
    release), even when the two are resolved to different entities: the resolver tells a ministry from
    its navy and its press office (one voice) no better than a union from a harbour board (two), and a
    false `confirmed` costs more than a missed one (RESULTS « lead25 »); a person's word (a witness)
    still needs the same person. English only, both sides: the French golds count an outlet's own voice
    beside another's attribution as a second source (gold README §12)."""
    for bare, said in ((a, b), (b, a)):
        if bare.language != "en" or bare.attributed_to or bare.modality != "asserted":
            continue
        if not original_source(said, sources).startswith("said:") or _is_source(bare, said):
            continue
        names = keys(said)
        # English only, as the bare side: a French « selon la préfecture » is no English body's word
        body = said.language == "en" and bool(_body_key(said))
        start, end = _sentence_span(bare)
        if any(s <= end + RELAY_WINDOW and e >= start - RELAY_WINDOW
               and (_cites_same(known - {BODY_KEY}, names)
                    or (body and BODY_KEY in known))
               for s, e, known in cited.get(bare.article_id, ())):
            return True
    return False


# the citation key of a body's voice (:func:`_body_key`), read by :func:`_relays` beside the names
BODY_KEY = "kind:body"
_BODY_TYPES = frozenset({"organisation", "document"})


def _body_key(c: Claim) -> frozenset[str]:
    """``kind:body`` when a claim is attributed to an organisation or a document (a ministry, a release, a
    complaint), not a person nor an unnamed voice (« witnesses », « officials »: people, who may be others)."""
    return frozenset({BODY_KEY}) if c.source_type in _BODY_TYPES else frozenset()


def _is_source(c: Claim, said: Claim) -> bool:
    """Does a clause tell of the source another claim is attributed to: its subject is that source (its
    entity, or the last word of the source's name in the subject), or the clause names it (« X emerges as
    the mayor's top choice » against « the mayor said X is his top choice »)?"""
    if c.subject_entity and c.subject_entity == said.attributed_entity:
        return True
    source = [w for w in _words(said.attributed_to) if w not in _DETERMINERS]
    return bool(source) and source[-1] in set(_words(c.subject)) | set(_words(c.text))


# the fewest words of a quotation that two outlets must both print to be quoting one speaker
QUOTE_MIN_WORDS = 4


def quoted(c: Claim) -> bool:
    """Is the claim's clause inside quotation marks in its sentence (the speaker's own words, « dit
    vouloir «ne pas céder au chantage» », or a sentence that closes a quotation opened before it:
    « J'ai donc choisi de … ", a-t-elle dit »)?"""
    at = c.sentence.find(c.text) if c.text else -1
    if at < 0:
        return False
    before, after = c.sentence[:at], c.sentence[at + len(c.text):]
    if before.count("«") > before.count("»") or after.count("»") > after.count("«"):
        return True
    if before.count("“") > before.count("”") or after.count("”") > after.count("“"):
        return True
    return before.count('"') % 2 == 1 or after.count('"') % 2 == 1


_OPENING_MARKS = "«“\""
_CLOSING_OF = {"«": "»", "“": "”", '"': '"'}


def quoted_words(c: Claim) -> str:
    """The words of a claim that a speaker is quoted saying: the part of it from an opening mark to
    its closing one or to the clause's end (« that if the audit fails, "the mayor will step down" »:
    the quoted consequence, whatever words each outlet puts before the marks), else the whole clause
    when it lies inside quotation marks (:func:`quoted`), else "" (no quotation)."""
    at = next((i for i, ch in enumerate(c.text) if ch in _OPENING_MARKS), -1)
    if at < 0:
        return c.text if quoted(c) else ""
    rest = c.text[at + 1:]
    end = rest.find(_CLOSING_OF[c.text[at]])
    return rest if end < 0 else rest[:end]


def _same_quotation(members: Sequence[Claim]) -> list[tuple[int, int]]:
    """Pairs of reported members (indexes) that print one quotation: both inside quotation marks
    or holding one (:func:`quoted_words`), the shorter quotation's words (:data:`QUOTE_MIN_WORDS`
    at least) found in a row in the other's. Two outlets quoting the same words quote one speaker,
    however each names (or misnames) them: one original source, not two. One side at least must be
    a person's words: states and bodies sign joint statements (four governments calling for one
    thing in one phrase are four sources)."""
    texts = {i: " ".join(_WORD.findall(fold(words))) for i, c in enumerate(members)
             if c.modality == "reported" and (words := quoted_words(c))}
    out = []
    for i, a in texts.items():
        for j, b in texts.items():
            if j >= i or "person" not in (members[i].source_type, members[j].source_type):
                continue
            short, long_ = (a, b) if len(a) <= len(b) else (b, a)
            if short and short.count(" ") + 1 >= QUOTE_MIN_WORDS and f" {short} " in f" {long_} ":
                out.append((j, i))
    return out


# consecutive words of a speaker's quotation an outlet must print unmarked, in its own voice, to be
# printing that quotation (:func:`_quotation_printed_bare`): more than the seven of a set phrase two
# accounts may share (« let the court process take its time »), fewer than a copied sentence's eleven
QUOTE_PRINTED_MIN_WORDS = 8


def _quotation_span(c: Claim) -> str:
    """The quotation of a claim's sentence that holds the claim (its marks, :data:`_QUOTATION`); the
    sentence up to its closing mark when the quotation opened before it (a paragraph-long quotation,
    « …, INS Alna intercepted three boats," said the spokesman »); else ""."""
    at = c.sentence.find(c.text) if c.text else -1
    if at < 0 or not quoted(c):
        return ""
    for m in _QUOTATION.finditer(c.sentence):
        if m.start() <= at and at + len(c.text) <= m.end() + 1:
            return m.group(0)
    closing = [c.sentence.find(mark, at + len(c.text)) for mark in "\"”»"]
    return c.sentence[:min((k for k in closing if k >= 0), default=len(c.sentence))]


def _quotation_printed_bare(members: Sequence[Claim]) -> list[tuple[int, int]]:
    """Pairs of English members (indexes): one reported from a speaker, inside a quotation of its
    sentence; the other an outlet's own-voice clause, unmarked, whose sentence prints
    :data:`QUOTE_PRINTED_MIN_WORDS` words of that quotation in a row (:func:`_printed_run`). The
    speaker's words printed without marks (a release's line, a spokesman's statement): that pair is
    one source, as two outlets quoting the same words are (:func:`_same_quotation`). Pairs only, never
    sources merged: the bare line may be an outlet's own account besides (an eyewitness), and joining
    its source with the speaker's would join every other speaker it matched too. A run that the
    quotations of two named speakers both hold (a title and a name: « arrested the secretary of the
    … Association ») is a phrase both tell, no one's words: not read.
    The quotations' runs are indexed once: linear in the group's words, whatever its size."""
    n = QUOTE_PRINTED_MIN_WORDS
    index: dict[tuple[str, ...], set[int]] = defaultdict(set)
    for i, c in enumerate(members):
        if c.language == "en" and c.modality == "reported" and (q := _quotation_span(c)):
            words = _WORD.findall(fold(q))
            for k in range(len(words) - n + 1):
                index[tuple(words[k:k + n])].add(i)
    if not index:
        return []
    same = set(_same_quotation(members))  # one quotation under two names is one speaker's
    out = []
    for j, c in enumerate(members):
        if c.language != "en" or c.modality != "asserted" or c.attributed_to or quoted(c):
            continue
        tokens = _WORD.findall(c.sentence or c.text)
        words = [fold(t) for t in tokens]
        span = _span_of(words, _WORD.findall(fold(c.text)))
        if span is None:
            continue
        # only runs overlapping the claim's own words: a run in another clause of its sentence (« …, while
        # the board cut its fees at the start of its long summer timetable ») is no print of this claim
        matched: dict[int, set[int]] = defaultdict(set)
        for k in range(max(0, span[0] - n + 1), min(span[1], len(words) - n) + 1):
            holders = index.get(tuple(words[k:k + n]), set())
            if not _one_speaker(members, holders, same):
                continue  # a run two speakers' quotations both hold is a phrase, no one's words
            for i in holders:
                matched[i].update(range(k, k + n))
        out += [(min(i, j), max(i, j)) for i, at in matched.items()
                if _printed_run(tokens, sorted(at), span, c, members[i])]
    return sorted(out)


def _speaker(c: Claim) -> str:
    return c.attributed_entity or fold(c.attributed_to)


def _one_speaker(members: Sequence[Claim], holders: Iterable[int], same: set[tuple[int, int]]) -> bool:
    """Are quotations (indexes) of one speaker: no two named apart, unless they are one quotation under two
    names (``same``: :func:`_same_quotation`); a quotation with no speaker read is no other speaker."""
    named = [i for i in holders if _speaker(members[i])]
    return all(_speaker(members[i]) == _speaker(members[k]) or (min(i, k), max(i, k)) in same
               for i in named for k in named)


def _span_of(words: Sequence[str], text: Sequence[str]) -> tuple[int, int] | None:
    """The first and last positions of a claim's words in its sentence's (by one string search, as
    :func:`_runs`), or None when the sentence does not hold them in a row."""
    if not text:
        return None
    joined = " ".join(words)
    found = f" {joined} ".find(f" {' '.join(text)} ")
    if found < 0:
        return None
    at = joined.count(" ", 0, found)
    return at, at + len(text) - 1


def _printed_run(tokens: Sequence[str], at: Sequence[int], span: tuple[int, int], bare: Claim, said: Claim) -> bool:
    """Does a stretch of a bare sentence's words (``at``: the positions matched in a quotation, sorted;
    ``span``: the bare claim's) print the speaker's words: :data:`QUOTE_PRINTED_MIN_WORDS` words in a row,
    a capitalised name counted as one word (« the secretary of the Dunmore Ferry Workers Association » is
    a title and a name any account of him writes), holding a content word of both claims besides names,
    and both claims' verbs or else lying inside both claims' own words (a clause's second part printed
    alike, « … and towed both skiffs back to the harbour »)? A set phrase in another clause of either
    sentence (« at the start of its long summer timetable ») is neither."""
    stretches: list[list[int]] = []
    for k in at:
        if stretches and k == stretches[-1][-1] + 1:
            stretches[-1].append(k)
        else:
            stretches.append([k])
    said_text = _WORD.findall(fold(said.text))
    mine, theirs = set(_WORD.findall(fold(bare.text))), set(said_text)
    for stretch in stretches:
        words = [fold(tokens[k]) for k in stretch]
        named = [tokens[k][:1].isupper() and w not in _function_words() for k, w in zip(stretch, words, strict=True)]
        units = sum(1 for x, cap in enumerate(named) if not (cap and x and named[x - 1]))
        content = {w for w, cap in zip(words, named, strict=True)
                   if not cap and len(w) >= 3 and w not in _function_words()} & mine & theirs
        if units < QUOTE_PRINTED_MIN_WORDS or not content:
            continue
        if _writes_verb(words, bare.predicate) and _writes_verb(words, said.predicate):
            return True
        if span[0] <= stretch[0] and stretch[-1] <= span[1] and f" {' '.join(words)} " in f" {' '.join(said_text)} ":
            return True
    return False


def _writes_verb(words: Sequence[str], lemma: str) -> bool:
    """Is a verb (its lemma) written among words, as is, regularly inflected (:data:`VERB_ENDINGS`) or in an
    irregular form (« found »)? A lemma of several words (« pull_over », « re-elect ») by any of them."""
    from recoupe.lang.en.stem import IRREGULAR_VERB_FORMS, VERB_ENDINGS

    parts = [p for p in re.split(r"[\W_]+", fold(lemma)) if len(p) >= 2]
    for w in words:
        for part in parts:
            roots = {part, part + part[-1]}  # « tow », « stop » -> « stopped »
            if part.endswith("e"):
                roots.add(part[:-1])  # « raising »
            if part.endswith("y"):
                roots.add(part[:-1] + "i")  # « tried »
            if (w == part or IRREGULAR_VERB_FORMS.get(w) == part
                    or any(w.startswith(r) and w[len(r):] in VERB_ENDINGS for r in roots)):
                return True
    return False


# content words a claim with no subject of its own needs to state a fact others can confirm
SUBSTANTIVE_MIN_WORDS = 2


def _substantive(c: Claim) -> bool:
    """Does a clause say enough to be checked against another account: a subject of its own, or
    :data:`SUBSTANTIVE_MIN_WORDS` content words or figures beyond its verb and dates? « chercher le podium »,
    « qui débutent lundi », « lance sa saison » say what, not who or of what: their words meet any
    other clause of the story. An infinitive clause (« to flee », « de fuir ») has no subject of its
    own, whatever subject the parse lends it from the clause that governs it; English pronouns
    (« when it answered the radio call ») are no subject of its own either, as French ones are not."""
    if not c.lemmas:
        # no content lemma: a clause of function words and its verb (« what they say », « doing it »)
        # whose subject the parse lent it from another clause (a pronoun's antecedent) says nothing
        # to confirm; with no subject, or one written in it (a clause built by hand), nothing to judge by
        return not c.subject or _written_in(c.subject, c.text)
    if c.subject and fold(c.subject).split()[0] not in _RELATIVE_OR_PRONOUN and not _infinitive(c.text):
        return True
    from recoupe.lang.fr.dates import MONTHS, WEEKDAYS

    dates = {*WEEKDAYS, *MONTHS}
    words = [w for w in _content(c) if w not in dates]
    # a figure of a counted thing says what and how many (« 12 blessés »)
    figures = sum(2 if q.thing else 1 for q in of_claim(c.text, "", c.language))
    return len(words) + figures >= SUBSTANTIVE_MIN_WORDS


def _one_of_a_cut_set(c: Claim) -> bool:
    """Is an English claim « X is one » or « X is one of the Ys » cut before the relative clause that says
    which set (« The gauge was one | which slid most on Monday », « … is one of the gauges | which gained »)?
    Its predicate is the pronoun « one »; what it states is in the clause left out, so it confirms nothing
    (two such claims of one gauge on two days, one that fell and one that rose, share all their words). « X
    was one of the victims », a set named in full, is kept."""
    from recoupe.lang.en.clauses import RELATIVE_PRONOUNS

    if c.language != "en" or fold(c.predicate or "") != "one" or not c.sentence:
        return False
    # the claim must end at « one » or « one of the <subject's own noun>s »: « X was one of the four
    # passengers | who were killed » names its set (the passengers) and states it
    words = _words(c.text)
    subject = _words(c.subject)
    if words[-1:] != ["one"] and not (len(words) >= 4 and words[-4:-1] == ["one", "of", "the"] and subject
                                     and words[-1].rstrip("s") == subject[-1].rstrip("s")):
        return False
    at = c.sentence.find(c.text)
    after = _words(c.sentence[at + len(c.text):]) if at >= 0 else []
    return bool(after) and after[0] in RELATIVE_PRONOUNS


@lru_cache(maxsize=1 << 15)  # asked for each pair a claim is in: a pure function of its strings, read once
def _written_in(phrase: str, text: str, content: bool = False) -> bool:
    """Is a word of a phrase (a subject: « Le maire de Lyon », « Ellen Martin ») written in a clause's
    text? Not when the parse lent the clause the subject of another (« what they say » for « X »).
    ``content``: by a word other than a function word when the phrase has one (« the mayor » is not
    written in « her seat on the board » by its « the »)."""
    words = set(_words(text))
    if content and _participant_words(phrase):
        return bool(_participant_words(phrase) & words)
    return any(w in words for w in _words(phrase) if len(w) >= 3 or w.isdigit())


# a clause that opens on an infinitive (« to flee the area », « de fuir », « à reculer »)
# (folded: « d'accepter » reads « d accepter »)
_INFINITIVE = re.compile(r"(?:to [a-z]+|(?:de|d|a) (?:(?:se|s|le|la|les|l|en|y) )?[a-z]+(?:er|ir|re))\b")


def _infinitive(text: str) -> bool:
    text = text.lstrip(" «\"“(,")
    if not text[:3].lower().startswith(("to ", "de ", "d'", "d’", "à ", "a ")):
        return False
    # a quotation opened after the preposition (« à « mettre fin … ») is no word of the clause
    return bool(_INFINITIVE.match(fold(_QUOTE_MARKS.sub("", text))))


_QUOTE_MARKS = re.compile(r"[«»“”\"]\s*")


_RELATIVE_OR_PRONOUN = frozenset({"qui", "que", "qu", "il", "elle", "ils", "elles", "on", "ce", "cela", "ca", "celui",
                                  "celle", "ceux", "dont", "lequel", "laquelle",
                                  "he", "she", "it", "they", "we", "who", "which", "that", "what", "this", "these",
                                  "those"})


def _content(c: Claim) -> set[str]:
    """A claim's content lemmas but its verb and the countries and regions it names (the words that
    say what the event bears on). A country or a region is where the story happens, shared by
    every fact told of it: « le séisme au Chili a fait une centaine de victimes » and « un pêcheur,
    dégagé des gravats du séisme au Chili, est décédé » share only their setting."""
    words = {w for w in c.lemmas if len(w) >= 3} - {c.predicate}
    places = {w for w in words if _is_place(w)}
    if not places:  # most claims: no country or region among their words
        return words
    text = c.text.lstrip(" «\"'")
    names = {m.group().lower() for m in _NAME.finditer(text) if m.start() > 0}
    return words - (places & names)


# a capitalised word (the first of a clause is capitalised whatever it is: not taken)
_NAME = re.compile(r"(?<![\w-])[A-ZÀ-Ý][\w-]+")


@lru_cache(maxsize=16384)
def _is_place(lemma: str) -> bool:
    """Is a lemma, written with a capital in the claim, a country or a region of the gazetteer? Its
    towns are left out: their names and aliases also spell surnames, first names and acronyms, and
    a town is a detail of the fact more often than its setting; and only a name
    counts (the gazetteer holds « Nord » and « Union » as it holds « nord » and « union »)."""
    from recoupe.resolve.places import lookup

    place = lookup(lemma)
    return place is not None and place.kind in ("country", "region")


# content words two members must share, beyond the verb, to be one event when their verbs differ
# (« a parcouru 6 300 hectares » / « 6 300 hectares brûlés » share hectare and 6300: 2)
COHESION_MIN_SHARED = 2


def same_frame(a: Claim, b: Claim) -> bool:
    """May two firm members of one group, from different sources, state one fact, so that one
    confirms the other? What a fact-checker asks of two accounts before calling one the other's
    confirmation:
    - the same polarity (« n'a pas été évacué » does not confirm « a été évacué »);
    - both planned or both told as done (« doit rencontrer X » does not confirm « a rencontré X »:
      the plan rests on one outlet, the deed on the other; ``planned`` as the extractor reads it:
      future, « doit », « va », « prévoit de », a present dated to a day to come);
    - the same event: the same predicate or paraphrase class (« livrer » / « fournir »), or
      :data:`COHESION_MIN_SHARED` content words in common beyond the verb. « Des pompiers arrosent
      les lisières du massif » and « les sentiers brûlés du massif restent fermés », joined on the fire they share a
      story with, are two facts.
    Figures that cannot both hold are checked on the whole group (:func:`disagreeing_figures`).
    Measured and not kept: an actor, theme or head noun in common (descriptions and names of one
    person resolve apart: a party's president / his name; it lost 2 true confirmed
    groups of 25 on the tuned gold for none false), the same day (relative days resolved against
    the tense: « a convoqué pour lundi » falls a week before « présidera lundi »: 1 true lost).
    Both planned or both done costs true groups on the golds, whose convention makes a plan and
    its deed one confirmed fact (fourteenth session: 6 of 166 lost, none false removed)."""
    return _linked(a, b, _content(a), _content(b))


@lru_cache(maxsize=1)
def _wish_verbs() -> frozenset[str]:
    """Verbs of wish and attempt of every language pack (« seeks changes », « cherche un accord »,
    « wants a recount »): what their actor aims at, not a deed."""
    from recoupe.lang.en.modality import WISH_VERBS as EN
    from recoupe.lang.fr.modality import WISH_VERBS as FR

    return EN | FR


def _linked(a: Claim, b: Claim, content_a: set[str], content_b: set[str]) -> bool:
    if a.predicate != b.predicate and (a.predicate in _wish_verbs()) != (b.predicate in _wish_verbs()):
        return False  # « seeks changes to the bill » / « signs the bill »: a wish and a deed
    if a.planned != b.planned:
        return False  # « doit rencontrer X » / « a rencontré X »: the plan is not the deed's confirmation
    if claim_against_result(a, b) or claims_outcomes_apart(a, b):
        return False  # « declared victory » / « won »: a contestant's word is not the result, nor a loss a win
    if _negated(a) != _negated(b):
        return False
    shared = content_a & content_b
    # one count of one thing both write is content they share (:func:`_counts_in_common`), asked only where
    # the words alone would part them
    counts = _counts_in_common(a, b) if len(shared) < COHESION_MIN_SHARED else set()
    if counts and _own_content(a, b) and _own_content(b, a):
        # each names what the other's sentence lacks (« un accident de car a fait 2 morts » / « incendie d'un
        # entrepôt, 2 morts »): the figure fills no gap, it would make two events one
        counts = set()
    if _participants_apart(a, b, shared | counts):
        return False
    if _explainer(a) and _explainer(b):
        return False  # two explainer titles of one topic (« what we know about … ») state nothing
    # neither verb general, read on both: a general verb on one side names no event for either, and
    # the link must not hang on which claim is asked first
    if same_event(a.predicate, b.predicate) and not (_general(a.predicate) or _general(b.predicate)):
        return not _objects_apart(a, b, content_a, content_b)
    if len(shared | counts) < COHESION_MIN_SHARED:
        return False
    if not same_event(a.predicate, b.predicate) and _other_acts(a, b, shared):
        return False
    if _own_words(a) != _own_words(b):
        # one tells what its subject said (« X calls the case against Y unfair »), the other what X
        # did in the outlet's voice (« X defends Y »): the people they share are no shared fact
        return bool(_beyond_participants(shared, a, b))
    return True


def _counts_in_common(a: Claim, b: Claim) -> set[str]:
    """The words one count written alike in two claims adds to what they share: the figure, and its counted
    thing when one claim's content lacks it (« Naufrage : 9 morts » / « qui a fait 9 morts »: ``#9`` and
    ``mort``). A figure is no lemma, and a verbless head's counted noun is its predicate, left out of its
    content (:func:`_content`), so one toll told in a headline and in a clause shared nothing. The same
    value, interval, unit and thing only (« 9 morts » / « au moins 9 morts », « 9 morts » / « 9 blessés »:
    none). Not an age, nor another measure of a bearer (« un homme de 61 ans » charged / arrested): it tells
    who, not what happened, and two acts of one person share it. The same place and counting window too
    (« 2 morts à Toulon » / « 2 morts à Hyères »: two tolls), and not a count of new ones (« 2 nouveaux
    morts », "2 other deaths": added to an earlier toll, which a total of the same figure does not confirm)."""
    qa = of_claim(a.text, a.sentence, a.language)
    if not qa:
        return set()
    qb = of_claim(b.text, b.sentence, b.language)
    out: set[str] = set()
    for x in qa:
        if x.thing == "âge" or x.bearer or not x.thing or new_count(x, a.language):
            continue
        if any((x.value, x.low, x.high, x.unit, x.thing, x.scope, x.window)
               == (y.value, y.low, y.high, y.unit, y.thing, y.scope, y.window)
               and not new_count(y, b.language) for y in qb):
            out.add(f"#{x.value:g}{x.unit}")
            if x.thing not in _content(a) or x.thing not in _content(b):
                out.add(x.thing)
    return out


def _own_content(a: Claim, b: Claim) -> set[str]:
    """The content words of ``a`` that ``b``'s sentence does not write."""
    other = fold((b.sentence or b.text).lower())
    return {w for w in _content(a) if fold(w.lower()) not in other}


def _one_act_one_count(a: Claim, b: Claim) -> bool:
    """Do two claims tell one act (:func:`same_event`, no general verb) with one count of one thing
    (:func:`_counts_in_common`: « le port a été frappé par 40 drones » / « le port frappé par 40 drones »)?
    The lemma rule of grouping may weigh them below its threshold, their other words (a night, a region, a
    war) apart; the act and its figure are the fact both state."""
    if _general(a.predicate) or _general(b.predicate) or not same_event(a.predicate, b.predicate):
        return False
    return any(w.startswith("#") for w in _counts_in_common(a, b))


def _negated(c: Claim) -> bool:
    """Is a claim negated, its English subject opening on a negation the reader left to the subject's
    own words (« not one of the firms raised its price », « neither bid was accepted »), not only
    on its verb? A restriction (« not only the mayor ») negates nothing, nor a bound on a number (« no more
    than 40 boats »), a number (« No. 2 seed », « No 10 Downing Street ») or a first word written with a
    hyphen (« Never-before-seen photos »)."""
    if c.negated or c.language != "en":
        return c.negated
    from recoupe.lang.en.modality import NEGATION_WORDS, NOT_A_NEGATED_SUBJECT_AFTER, NOT_A_NEGATION_AFTER

    first = c.subject.split(maxsplit=1)
    words = _words(c.subject)
    if not first or "-" in first[0] or _NUMBERED.match(c.subject):
        return False
    return (bool(words) and words[0] in NEGATION_WORDS
            and not set(words[1:2]) & (NOT_A_NEGATION_AFTER | NOT_A_NEGATED_SUBJECT_AFTER)
            and _written_in(c.subject, c.text))


# « No. 2 », « No 10 », « no.3 »: the abbreviation of « number », not a negation
_NUMBERED = re.compile(r"\s*no\b\s*(?:\.|\d)", re.IGNORECASE)


def _other_acts(a: Claim, b: Claim, shared: set[str]) -> bool:
    """Do two clauses with two verbs (not one event, nor a verb and its noun) that share content
    words tell two acts all the same?"""
    if _perceives(a) != _perceives(b):
        # « la voisine a vu le cycliste tomber » / « le cycliste est tombé »: what a
        # witness saw is the witness's account, a level of telling apart from the act told directly
        return True
    if any(_infinitive(c.text) and _general(c.predicate) for c in (a, b)):
        # « [aider] à « mettre fin aux pénuries d'eau » » / « le forage, un remède aux pénuries d'eau »:
        # an infinitive of a general verb (« faire face », « mettre fin »), with no subject of its own,
        # tells what someone is asked or helped to do, in words that are its topic; with another verb
        # they are no shared fact. (An infinitive of a verb of its own, « to repair the roof, winning a
        # prize » / « won a prize », may carry a fact in its other words.)
        return True
    if _act_not_told(a, b) or _act_not_told(b, a):
        return True
    # « Nadia Brel rafle tout » / « Nadia Brel est une sprinteuse hors norme »: two verbs of one
    # person, all they share is who
    return _actor_only(shared, a, b) or _participants_only(shared, a, b)


def _act_not_told(a: Claim, b: Claim) -> bool:
    """Is ``a`` a headline with no subject whose predicate was read from its rubric (« Palmarès des
    lycées : trois établissements bretons en tête » read as « palmarès »), whose words after the
    rubric do not tell ``b``'s act (``b``'s verb is not among them)? Its predicate is its topic;
    what it states lies after the colon, and the topic and the words they share (who is ranked, the
    list) are no shared act. When the parse missed the headline's verb but it is ``b``'s, they
    still meet. A rubric that names a country or region (« Portugal : un feu neuf près de la
    capitale ») says where, not what about: its headline states its nominal (a new fire), which the
    other may tell with a verb."""
    if a.subject or ":" not in a.text or not a.predicate or not b.predicate or _is_place(a.predicate):
        return False
    rubric, told = a.text.split(":", 1)
    stem = fold(a.predicate)[:5]
    if not any(w.startswith(stem) for w in _words(rubric)) or any(w.startswith(stem) for w in _words(told)):
        return False
    verb = fold(b.predicate)[:5]
    return not any(w.startswith(verb) for w in _words(told))


# possessive determiners (folded): « voit sa peine réduite », « saw his sentence cut » tell what befell
# the subject's own thing, not what the subject perceived
_POSSESSIVES = frozenset({"son", "sa", "ses", "leur", "leurs", "his", "her", "its", "their"})


def _perceives(c: Claim) -> bool:
    """Does a claim tell what its subject saw or heard (« la voisine a vu l'homme sortir »: a verb of
    :data:`~recoupe.lang.fr.modality.PERCEPTION_VERBS`), not what befell the subject's own thing
    (« X voit sa peine réduite »)?"""
    if c.predicate not in _perception_verbs():
        return False
    words = _words(c.object)
    return not (words and words[0] in _POSSESSIVES)


@lru_cache(maxsize=1)
def _perception_verbs() -> frozenset[str]:
    from recoupe.lang.en.modality import PERCEPTION_VERBS as EN
    from recoupe.lang.fr.modality import PERCEPTION_VERBS as FR

    return EN | FR


@lru_cache(maxsize=1)
def _explainer_openers() -> tuple[str, ...]:
    from recoupe.lang.en.modality import TOPIC_OPENERS as EN
    from recoupe.lang.fr.modality import EXPLAINER_OPENERS as FR

    return FR + EN


def _explainer(c: Claim) -> bool:
    """Does a claim open an explainer headline (the French for « what we know about the quake », after
    a rubric or not): its clause, its sentence or what follows its sentence's rubric starts, a leading
    « ce » aside, with an opener of :data:`~recoupe.lang.fr.modality.EXPLAINER_OPENERS` (or the English
    ``TOPIC_OPENERS``)? It presupposes its topic and may confirm a statement of it; it states nothing
    another explainer could confirm."""
    openers = _explainer_openers()
    sentence = c.sentence or c.text
    for x in (c.text, sentence, sentence.split(":", 1)[-1]):
        words = _words(x)
        if " ".join(words[1:] if words[:1] == ["ce"] else words).startswith(openers):
            return True
    return False


def _actor_only(shared: set[str], a: Claim, b: Claim) -> bool:
    """Are all the content words two claims share words of both their subjects (« Nadia Brel »,
    « les feux de broussaille »)? Two acts of one actor told with two verbs share who, not what."""
    return _only_of(shared, _phrase_words(a.subject) & _phrase_words(b.subject))


def _only_of(shared: set[str], both: frozenset[str]) -> bool:
    """Are all the shared content words (lemmas, read against surface words with a plural's « s »
    or « x » dropped) among ``both``?"""
    return bool(shared) and all(fold(w) in both or fold(w).rstrip("sx") in both for w in shared)


def _participants_only(shared: set[str], a: Claim, b: Claim) -> bool:
    """Are all the content words two English claims with two verbs share words of who took part in
    both: their subjects and the names written before the verb, or the names in their objects (« the
    gunman killed Ivo Brandt, 40 » / « those who knew Ivo Brandt, 40 »; « Ada Roe and Ben Tal, past hosts,
    are known as … » / « Ada Roe, who hosted in 2001, and Ben Tal were the latest … »)? The subject the
    parser kept may be one name of a pair of conjoined ones, so the names before the verb are read too
    (only names: a date or a fronted clause, « after a fifth defeat », tells what, not who). Two acts of
    the same people share who, not what (as :func:`_actor_only`, which reads the kept subjects only);
    but one actor acting on one named patient in both (« the club sacked its coach Ivo Brandt » / « the
    club dismissed Ivo Brandt ») is one act told with two verbs. English only: measured on the ECB+ dev
    and MEANTIME labels."""
    if a.language != "en" or b.language != "en" or not shared:
        return False
    if (_phrase_words(a.subject) & _phrase_words(b.subject)) and (_object_names(a) & _object_names(b)):
        return False
    return _only_of(shared, _who_words(a) & _who_words(b))


def _object_names(c: Claim) -> frozenset[str]:
    """The words of the names in a claim's object (none in a headline's: :func:`_headline_capitals`)."""
    if _headline_capitals(c):
        return frozenset()
    return _phrase_words(" ".join(m.group() for m in _NAME.finditer(c.object or "")))


def _who_words(c: Claim) -> frozenset[str]:
    """The words of a claim's subject, the names in its object, and the names its text writes before
    its verb."""
    text = c.text
    stem = fold(c.predicate or "")[:4]
    verb = next((m.start() for m in _WORD.finditer(text) if stem and fold(m.group()).startswith(stem)), 0)
    # the text's first word is capitalised as any first word: a name there is the subject's
    names = [m.group() for m in _NAME.finditer(text[:verb]) if m.start() > 0]
    # a name's apposition between commas says who (« Ben Tal, the 2002 presenter, »), a relative clause
    # there tells an act of its own
    names += [m.group(1) for m in _APPOSITION.finditer(text[:verb]) if _words(m.group(1))[:1] and
              _words(m.group(1))[0] not in _relative_pronouns()]
    before = " ".join(names)
    names_before = frozenset() if _headline_capitals(c) else _phrase_words(before)
    return _phrase_words(c.subject) | _object_names(c) | names_before


# « <Name>, <apposition>, »
_APPOSITION = re.compile(r"(?<![\w-])[A-ZÀ-Ý][\w-]+,([^,]+),")


@lru_cache(maxsize=1)
def _relative_pronouns() -> frozenset[str]:
    from recoupe.lang.en.clauses import RELATIVE_PRONOUNS

    return RELATIVE_PRONOUNS


def _headline_capitals(c: Claim) -> bool:
    """Is a claim's sentence a headline in Title Case, whose capitals mark no names: Title Case
    (:func:`~recoupe.lang.en.headline.is_title_case`) that opens the article, or capitalises a short
    function word past its first word (« Fair Draws Crowds For The Day »)?"""
    from recoupe.lang.en.headline import SMALL_WORDS, is_title_case

    sentence = c.sentence or c.text
    if not is_title_case(sentence):
        return False
    at = sentence.find(c.text)
    if at >= 0 and c.start - at == 0:
        return True
    words = _WORD.findall(sentence)
    return any(w[0].isupper() and w.lower() in SMALL_WORDS for w in words[1:])


def _objects_apart(a: Claim, b: Claim, content_a: set[str], content_b: set[str]) -> bool:
    """Do two accounts with one verb act on things they tell in words that have nothing in common
    (« the side won 38 games » / « he won the cup at home »), and share no other content word?
    One verb, each its own object: two facts of one kind, not one fact."""
    oa, ob = _phrase_words(a.object) & content_a, _phrase_words(b.object) & content_b
    return bool(oa) and bool(ob) and not (content_a & content_b)


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    from recoupe.lang.en.stop_words import STOP_WORDS as EN
    from recoupe.lang.fr.stop_words import STOP_WORDS as FR

    return frozenset(fold(w) for w in EN | FR)


def _participant_words(phrase: str) -> frozenset[str]:
    return frozenset(w for w in _phrase_words(phrase) if len(w) >= 3 and w not in _function_words())


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    """Role nouns of every language pack but kinship (« le frère du témoin » is another person
    than one named, not a title of the same one), folded."""
    from recoupe.lang.en.sources import KINSHIP_HEADS
    from recoupe.lang.fr.entities import RELATIVE_NOUNS

    return frozenset(fold(w) for w in _role_heads()) - frozenset(fold(w) for w in RELATIVE_NOUNS | KINSHIP_HEADS)


@lru_cache(maxsize=1)
def _role_heads() -> frozenset[str]:
    from recoupe.lang.en.sources import ROLE_HEADS as EN
    from recoupe.lang.fr.entities import ROLE_HEADS as FR

    return frozenset(EN | FR)


# object pronouns of every language pack (folded): an object written so names no one by itself
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "it", "us", "me", "you", "whom", "which", "that", "le", "la", "les",
                              "l", "lui", "leur", "leurs", "eux", "elle", "elles", "y", "en", "que", "qu", "qui",
                              "dont", "lequel", "laquelle", "lesquels", "lesquelles", "celui", "celle", "ceux"})


@lru_cache(maxsize=1 << 14)  # asked for each pair a claim is in: read once per subject
def _pronoun(phrase: str) -> bool:
    words = _words(phrase)
    return bool(words) and all(w in _OBJECT_PRONOUNS for w in words)


def _titled(words: frozenset[str]) -> bool:
    return bool(words & _titles())


def _participants_apart(a: Claim, b: Claim, shared: set[str]) -> bool:
    """Do two accounts of one kind of act tell it of other participants, so that neither confirms the
    other?
    - They share no content word but the act, and their subjects (both told, a bare pronoun too) are
      neither one resolved entity nor have a word in common (« blessé au couteau, il … » / « trois
      gardiens blessés »; « elle est morte », its pronoun resolved to someone else, against « une
      randonneuse est morte »; « Varsovie détruit un entrepôt » / « un hélicoptère a détruit un
      ballon »): the verb alone is no shared fact, whatever the metonymy policy of grouping lets match.
      Not when a subject is a title (« le président du parti »), which resolves apart from the name
      of the one who holds it.
    - Each tells a subject and an object, and the four share no word and no entity (« des centaines de
      riverains mis à l'abri » / « le préfet a placé la vallée en alerte, et des centaines de riverains
      … »): the words they share lie outside what the act bears on.
    Neither when an object is a bare pronoun (it may stand for the other's subject, a passive told
    the other way), nor for one wording of four words or more in both (a quotation the parse lent two
    subjects)."""
    sa, sb = _subject_words(a), _subject_words(b)
    # a subject left a bare pronoun (« il », no antecedent found) is told, not resolved: it names no one
    told_a = bool(sa) or fold(a.subject).strip() in _RELATIVE_OR_PRONOUN
    told_b = bool(sb) or fold(b.subject).strip() in _RELATIVE_OR_PRONOUN
    if not (told_a and told_b) or (a.subject_entity and a.subject_entity == b.subject_entity) or sa & sb:
        return False  # a clause with no subject of its own names no one else
    if _pronoun(a.object) or _pronoun(b.object):
        return False  # « the patrol stopped them » / « the vans were stopped »: the pronoun may be the other's subject
    if not shared:
        if len(wa := _words(a.text)) >= 4 and wa == _words(b.text):
            return False  # one wording in two outlets (a quotation): one statement, whoever the parse lent it to
        # a title and a name of one person resolve apart (« le président du parti » / his name)
        return not (_titled(sa) or _titled(sb))
    if not (a.object and b.object):
        return False
    if {a.subject_entity, a.object_entity} & {b.subject_entity, b.object_entity} - {""}:
        return False
    return not ((sa | _participant_words(a.object)) & (sb | _participant_words(b.object)))


def _subject_words(c: Claim) -> frozenset[str]:
    """The words of a claim's subject that name a participant (:func:`_participant_words`); an English
    subject headed by a kinship noun keeps that noun, read before the stop words go (« Her son »: « son »
    is a French stop word, and the subject would name no one)."""
    words = _participant_words(c.subject)
    if c.language == "en" and (head := _en_head(c.subject)) in _kinship_heads():
        return words | {head}
    return words


@lru_cache(maxsize=1)
def _kinship_heads() -> frozenset[str]:
    from recoupe.lang.en.sources import KINSHIP_HEADS

    return frozenset(fold(w) for w in KINSHIP_HEADS)


def _own_words(c: Claim) -> bool:
    """Is a claim reported from its own subject (« X calls the case unfair », « X dit que … » with X as
    both), its content X's words?"""
    return c.modality == "reported" and bool(c.subject) and (
        (bool(c.attributed_entity) and c.attributed_entity == c.subject_entity)
        or fold(c.attributed_to) == fold(c.subject))


def _beyond_participants(shared: set[str], a: Claim, b: Claim) -> set[str]:
    """The shared content words of two claims that say something of the act, not only who took part
    in it: not a word of either claim's subject or object, a role noun or a date word. A figure is
    always kept."""
    taken = _phrase_words(a.subject) | _phrase_words(a.object) | _phrase_words(b.subject) | _phrase_words(b.object)
    return {w for w in shared if any(ch.isdigit() for ch in w)
            or not (w in taken or w.rstrip("sx") in taken or w in _not_of_the_act())}


def _phrase_words(phrase: str) -> frozenset[str]:
    if not phrase:
        return frozenset()
    words = _words(phrase)
    return frozenset(words) | frozenset(w.rstrip("sx") for w in words)


@lru_cache(maxsize=1)
def _not_of_the_act() -> frozenset[str]:
    """Role nouns and date words of every language pack, folded: a title or a day two accounts
    share says nothing of what was done."""
    from recoupe.lang.en.dates import MONTHS as EN_MONTHS
    from recoupe.lang.en.dates import WEEKDAYS as EN_DAYS
    from recoupe.lang.en.sources import ROLE_HEADS as EN_ROLES
    from recoupe.lang.fr.dates import MONTHS as FR_MONTHS
    from recoupe.lang.fr.dates import WEEKDAYS as FR_DAYS
    from recoupe.lang.fr.entities import ROLE_HEADS as FR_ROLES

    return frozenset(fold(w) for w in (*EN_MONTHS, *EN_DAYS, *EN_ROLES, *FR_MONTHS, *FR_DAYS, *FR_ROLES))


def _general(predicate: str) -> bool:
    """Is a predicate a verb too general to name an event by itself (« do », « have », « go »,
    « faire », « avoir »: :data:`recoupe.claims.groups.GENERAL_VERBS`)? Two accounts that share it
    share no event: « Nora did it twice » / « than Mr. Vey does », « He has charm » / « Ms. Brin has far
    less » tell nothing in common; they must share content words to state one fact."""
    return predicate in _general_verbs()


@lru_cache(maxsize=1)
def _general_verbs() -> frozenset[str]:
    from recoupe.claims.groups import GENERAL_VERBS

    return GENERAL_VERBS


def _verb_and_noun(a: str, b: str) -> bool:
    """Two predicates of one event that differ as a verb and its action noun (« démissionner » /
    « démission »), whether or not a paraphrase class holds both: :func:`same_event` by its
    common start alone."""
    return a != b and _derived(fold(a), fold(b))


def same_event(a: str, b: str) -> bool:
    """Do two predicates name one event: the same lemma, one paraphrase class (« livrer »,
    « fournir »: supply), or a verb and its action noun, the predicate of a verbless headline
    (« démissionner » / « démission », « évacuer » / « évacuation », « suspendre » / « suspension »):
    a common start that leaves at most 3 letters of the shorter word, of 5 letters at least (4 when
    the shorter word has at most 6: « lancer » / « lancement »; « retrouver » / « retrait » differ)."""
    from recoupe.lang.predicates import CLASS_OF

    if a == b or (a in CLASS_OF and CLASS_OF.get(a) == CLASS_OF.get(b)):
        return True
    return _derived(fold(a), fold(b))


def _derived(a: str, b: str) -> bool:
    """Do two folded words share the start a verb and its action noun share (:func:`same_event`)?"""
    common = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    shorter = min(len(a), len(b))
    return common >= shorter - 3 and (common >= 5 or (common >= 4 and shorter <= 6))


@dataclass(frozen=True, slots=True)
class _Marks:
    """What tells one occurrence of an act from another in a clause's own words (:func:`told_apart`):
    the people and bodies it names as actor or patient, the years, the days of a month and the
    ordinals it writes."""

    names: frozenset[str]  # folded words of the named participants (subject, object) that have an entity
    entities: frozenset[str]
    words: frozenset[str]  # folded words of the clause, its subject and its object
    years: frozenset[str]
    days: frozenset[tuple[int, int]]
    ordinals: frozenset[tuple[str, int]]  # (noun, rank): « the fifth coach » -> (coach, 5)
    background: bool  # set in the past before the story's event (« last year's », « l'an dernier »)
    pronoun: str  # the personal pronoun its subject is written as (« he », « elles »), folded, or ""


# a subject pronoun -> (number, gender) of the person it stands for; « it », « on » and the like
# are left out (a body, a team, an impersonal subject)
_PRONOUNS: dict[str, tuple[str, str]] = {
    "he": ("1", "m"), "she": ("1", "f"), "they": ("n", ""), "il": ("1", ""), "elle": ("1", ""),
    "ils": ("n", ""), "elles": ("n", ""),
}
_LIST = re.compile(r",|&|\b(?:et|and|ou|or)\b")
_YEAR = re.compile(r"(?<![\d.,])(1[89]\d\d|20\d\d)(?![\d.,])")
_ORDINAL_SUFFIX = re.compile(r"(\d+)(?:st|nd|rd|th|e|er|re|eme|ere)")
_NAME_STOP = frozenset({"the", "and", "les", "des", "del", "von", "van"})


@lru_cache(maxsize=1)
def _background() -> re.Pattern[str]:
    from recoupe.lang.en.dates import BACKGROUND_CUES as EN
    from recoupe.lang.fr.dates import BACKGROUND_CUES as FR

    return re.compile("|".join(EN + FR))


@lru_cache(maxsize=1)
def _date_words() -> tuple[dict[str, int], dict[str, int]]:
    """Month names and ordinals of every language pack, folded."""
    from recoupe.lang.en.dates import MONTHS as EN_MONTHS
    from recoupe.lang.en.dates import ORDINALS as EN_ORDINALS
    from recoupe.lang.fr.dates import MONTHS as FR_MONTHS
    from recoupe.lang.fr.modality import ORDINALS as FR_ORDINALS

    months = {fold(k).rstrip("."): v for k, v in (EN_MONTHS | FR_MONTHS).items() if len(k.rstrip(".")) >= 3}
    ordinals = {fold(k): v for k, v in (EN_ORDINALS | FR_ORDINALS).items() if v > 0}
    return months, ordinals


# a person's full name: two capitalised words or more, with the particles names carry
_FULL_NAME = re.compile(r"[A-ZÀ-Ý][\w'’.-]+(?:\s+(?:(?:de|du|des|van|von|der|bin|al|el|la|le)\s+)?[A-ZÀ-Ý][\w'’-]+)+")


def _full_name(phrase: str) -> str:
    """The phrase when it is a person's full name and nothing else (« Jamal Williams », « Anne de
    Lattre »), else "" (« le Premier ministre », « L'élu du canton », « Paul et Marc Durand »)."""
    phrase = phrase.strip()
    if not phrase or _LIST.search(phrase) or not _FULL_NAME.fullmatch(phrase):
        return ""
    first = re.split(r"['’\s]", phrase, maxsplit=1)[0].lower()
    return "" if first in _DETERMINERS or first in ("l", "d", "les", "des", "du") else phrase


@lru_cache(maxsize=16384)
def _a_place(word: str) -> bool:
    from recoupe.resolve.places import lookup

    return lookup(word) is not None


def _named_before(name: str, c: Claim, content: bool = False) -> bool:
    """Is a clause's subject named just before it in its sentence, by one word of its name at least
    (« Anna Velt, who on Friday won the award », « Velt hosted the gala and won the award »: a relative
    or a second verb of one subject)? Not a pronoun's antecedent found in another sentence.
    ``content``: as :func:`_written_in`, a function word (« the ») names no one."""
    at = c.sentence.find(c.text) if c.text else -1
    if at <= 0:
        return False
    return _written_in(name, c.sentence[:at], content)


def _marks(c: Claim) -> _Marks:
    names: set[str] = set()
    entities: set[str] = set()
    words = _words(c.text)
    # only a person's full name the clause writes, or its sentence before it: a pronoun's antecedent
    # found elsewhere (« he », « qui ») is often another person of the article, and descriptions of
    # one body differ (« les Sages », « le Conseil constitutionnel »); a place's name is not a
    # person's (« Jackson », « Jordan »)
    for phrase, entity in ((c.subject, c.subject_entity), (c.object, c.object_entity)):
        if entity and (name := _full_name(phrase)) and (name in c.text or _named_before(name, c)):
            names.update(w for w in _words(name) if len(w) >= 3 and not _a_place(w))
            entities.add(entity)
    months, ordinals = _date_words()
    days: set[tuple[int, int]] = set()
    for k, w in enumerate(words):
        if w in months:
            near = [x for x in (words[k - 1] if k else "", words[k + 1] if k + 1 < len(words) else "")
                    if x.isdigit() and 1 <= int(x) <= 31]
            days.update((months[w], int(x)) for x in near)
    ranked: set[tuple[str, int]] = set()
    for k, w in enumerate(words):
        m = _ORDINAL_SUFFIX.fullmatch(w)
        rank = int(m.group(1)) if m else ordinals.get(w)
        if rank:
            ranked.update((x, rank) for x in words[k + 1:k + 4] if len(x) >= 4 and not x.isdigit())
    # the subject pronoun among the clause's first words (« that they are », « qu'il a »)
    pronoun = next((w for w in words[:3] if w in _PRONOUNS), "")
    return _Marks(frozenset(names), frozenset(entities),
                  frozenset(words) | frozenset(_words(c.subject)) | frozenset(_words(c.object)),
                  frozenset(_YEAR.findall(c.text)), frozenset(days), frozenset(ranked),
                  bool(_background().search(" ".join(words))), pronoun)


def _other_person(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Do two subject pronouns stand for other people: one person against several (« he » / « they »,
    « il » / « ils »), a man against a woman (« he » / « she »)?"""
    return a[0] != b[0] or (bool(a[1]) and bool(b[1]) and a[1] != b[1])


def told_apart(a: _Marks, b: _Marks) -> bool:
    """Do two accounts of one kind of act tell two occurrences of it, so that neither confirms the
    other, however many words they share? What tells them apart in their own words:
    - two people, each named in full by one account and never by the other (« Harbor police arrested
      Tomas Verlaine » / « … arrested Oskar Lindqvist »; a patient named by one and the subject of the
      other is one person: « Police arrested T. V. » / « T. V. was arrested »);
    - other years written in each (« cancelled in 2019 » / « in 2021 »), other days of a month;
    - other ranks of one noun (« the fifth manager dismissed » / « the fourth manager »);
    - a subject pronoun for one person against several, or a man against a woman (« he walked out » /
      « they walked out »);
    - one tied to an earlier occurrence of a recurring thing (« last year's regatta », « un précédent
      bilan », « the deadliest since »: :data:`~recoupe.lang.en.dates.BACKGROUND_CUES`), the other not.
    For confirming only: grouping may still keep them together. Measured on the ECB+ dev pile and
    the twelve pairs golds (fifteenth session): coreference of pronouns and descriptions of one body
    (« les Sages », « le Conseil constitutionnel ») resolve apart too often to tell people by them."""
    if a.names and b.names and not (a.entities & b.entities) and not (a.names & b.words) and not (b.names & a.words):
        return True
    if a.years and b.years and not (a.years & b.years):
        return True
    if a.days and b.days and not (a.days & b.days):
        return True
    if a.background != b.background:
        return True
    if a.pronoun and b.pronoun and _other_person(_PRONOUNS[a.pronoun], _PRONOUNS[b.pronoun]):
        return True
    return any(n == m and r != s for n, r in a.ordinals for m, s in b.ordinals)


def _percent_units() -> str:
    """The English words of a percentage (« % », « percent », « per cent »), as a pattern's alternatives."""
    from recoupe.lang.en.quantities import UNITS

    return "|".join(re.escape(w) + (r"\b" if w[-1].isalnum() else "")
                    for w in sorted((w for w, unit in UNITS.items() if unit == "%"), key=len, reverse=True))


# a measured value as a text writes it: a figure with decimals or a percentage (« 2.53% », « 1,387.7 »)
_MEASURE = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(\s?(?:" + _percent_units() + "))?")


# a percent unit right after a clause's span (:func:`_measures`)
_CUT_UNIT = re.compile(r"\s?(?:" + _percent_units() + ")")


def _measures(c: Claim) -> list[tuple[float, int, bool]]:
    """The measured values a clause writes (:data:`_MEASURE`), each with its number of decimals and whether
    it is a percentage; a count with neither decimals nor a percent sign (« 66 », « 7 p.m. », « 23 pirates »)
    is left out."""
    out = []
    text = c.text
    at = c.sentence.find(text) if text else -1
    if at >= 0 and text[-1].isdigit() and (unit := _CUT_UNIT.match(c.sentence, at + len(text))):
        # the clause's span cut before its figure's unit (« sales fell 41 » of « … fell 41% »): the sentence
        # tells what the figure measures
        text += unit.group(0)
    for m in _MEASURE.finditer(text):
        if m.group(2) or m.group(3):
            out.append((float(m.group(1).replace(",", "") + (m.group(2) or "")), len(m.group(2) or ".") - 1,
                        bool(m.group(3))))
    return out


def _measured_apart(a: Claim, b: Claim) -> bool:
    """Do two English accounts of one kind of act each give a measured value, and none of the one's the
    other's (« the index has risen by 2.53% » / « the index rose by 11.81% »; « closing at 1,387.7 » /
    « closing at 1,442.82 »)? Two measurements, of two days or two things: not one fact, which two sources
    would measure alike. A value rounded (« 2.5% » / « 2.53% ») is the same. :func:`disagreeing_figures`
    compares the figures of a thing the clause names (« 1 600 hectares »); these measure the clause's
    subject, an index, sales, a share. Only values of one kind are compared: a percentage and an amount
    (« profit rose 12.5% » / « rose to $3.4 billion ») are two sides of one change. English only, as the
    pattern reads English numbers (a French « 2,5 % » writes its decimals after a comma)."""
    if a.language != "en" or b.language != "en":
        return False
    pairs = [(x, dx, y, dy) for x, dx, px in _measures(a) for y, dy, py in _measures(b) if px == py]
    return bool(pairs) and not any(abs(x - y) <= 0.5 * 10 ** -min(dx, dy) for x, dx, y, dy in pairs)


def _counted_at_two_places(a: Claim, b: Claim) -> bool:
    """Do two claims count one thing at two places both name, over the same dates (« 35 décès à Paris » /
    « 35 décès en France », « 3 interpellations à Nanterre » / « … à Lyon »)? Two counts, whatever their
    figures: one place's count does not confirm another's, nor the country's. Only when both name a place: a
    count without one may be the same count told without its place (an expulsion « from France » and one
    told bare), which a confirmed fact of the unseen dossiers showed."""
    qa = of_claim(a.text, a.sentence, a.language)
    qb = of_claim(b.text, b.sentence, b.language) if qa else ()
    return any(x.thing and x.thing != "âge" and x.thing == y.thing and x.unit == y.unit
               and x.scope and y.scope and x.scope != y.scope and x.window == y.window
               for x in qa for y in qb)


# a run of capitalised words (« Saint-Aubin-sur-Lère », « Paris SG »), words cut at an elision (« l'Hérault »)
_NAME_RUN = re.compile(r"[A-ZÀ-Ý][\w-]*(?:\s+[A-ZÀ-Ý][\w-]*)*")
# a word of a clause as :func:`_swapped_names` reads it around a name
_SLOT_WORD = re.compile(r"[^\W\d_][\w-]*")
# the words that open a complement of place or of a noun (« le maire de … », « dans le … », « chez … »)
_INTRODUCERS = frozenset({"a", "au", "aux", "en", "dans", "de", "d", "du", "des", "sur", "chez", "pour", "par",
                          "entre"})
_ARTICLES = frozenset({"l", "la", "le", "les"})
# words of a place's surroundings (folded): what lies near a place may be another place's. Not « région » nor
# « agglomération » (« la région Bretagne » is the region), nor « entre » (« entre A et B » names both), nor « est »
# (the verb too)
_VICINITY = frozenset({"pres", "proche", "proximite", "nord", "sud", "ouest", "nord-est", "nord-ouest", "sud-est",
                       "sud-ouest", "environs", "alentours", "large", "banlieue", "portes"})
# the parts of a place's name that many places share (« Saint-Denis » / « Saint-Ouen », « La Rochelle »)
_GENERIC_NAME_WORDS = frozenset({"saint", "sainte", "st", "ste", "sur", "sous", "les", "la", "le", "l", "de", "du",
                                 "des", "d", "en"})


@dataclass(frozen=True)
class _SlotName:
    """A name a clause writes (:func:`_slot_names`): the content words just before and after it (folded, "" for
    none), whether a preposition opens it (« de la SNCF », « dans le Var »)."""
    name: str
    before: str
    after: str
    introduced: bool
    role: bool


@lru_cache(maxsize=1)
def _slot_skipped() -> frozenset[str]:
    """The words no slot is read on: function words, and days and months, which two tellings of one fact share
    whatever they name (« une grange au hameau de Lorvel mardi » / « … à Cassagne mardi »)."""
    from recoupe.lang.fr.dates import MONTHS, WEEKDAYS

    return _function_words() | frozenset(fold(w) for w in (*MONTHS, *WEEKDAYS))


@lru_cache(maxsize=1)
def _slot_role_words() -> frozenset[str]:
    return frozenset(fold(w) for w in _role_heads() if " " not in w)


def _slot_names(c: Claim) -> list[_SlotName]:
    """The names a French clause writes inside it: a capitalised run not opening the clause or a rubric's part,
    nor a function word."""
    text = c.text
    out = []
    for m in _NAME_RUN.finditer(text):
        head = text[:m.start()].rstrip(" «\"'’")
        if not head or head[-1] in ":.!?;—–-":
            continue  # the clause's or a rubric's first word: capitalised whatever it is
        name = m.group(0)
        first = name.split()
        if fold(first[0]) in _function_words() and not (fold(first[0]) in _ARTICLES and len(first) > 1):
            continue  # a function word; but « La Rochelle », « Les Sables » are names
        lead = [fold(w) for w in _SLOT_WORD.findall(head)]
        while lead and lead[-1] in _ARTICLES:
            lead.pop()
        if set(lead[-3:]) & _VICINITY:
            continue  # « près de Marseille », « au nord de Lyon »: a place around the other, maybe
        before = [w for w in lead if w not in _slot_skipped()]
        after = [fold(w) for w in _SLOT_WORD.findall(text[m.end():]) if fold(w) not in _slot_skipped()]
        # a name completing a role (« du ministre de l'Intérieur », « du Premier ministre ») stands for a person
        role = bool({fold(first[0]), before[-1] if before else "", after[0] if after else ""} & _slot_role_words())
        out.append(_SlotName(name, before[-1] if before else "", after[0] if after else "",
                             bool(lead) and lead[-1] in _INTRODUCERS, role))
    return out


def _initials(names: Sequence[str]) -> str:
    """The acronym a run of names makes (« Paris SG »: « PSG »): a word in capitals kept whole, else its initial."""
    return "".join(w if w.isupper() else w[:1] for n in names for w in re.split(r"[\s-]+", n) if w).upper()


def _two_of_a_kind(x: str, y: str, role: bool) -> bool:
    """Are two names two things of one kind: two places of one kind neither of which may hold the other (two
    departments, two communes not of one agglomeration), two places apart, or two names of no place? Not a town
    and its department (« à Sète » / « dans l'Hérault »), nor a place and a name the gazetteers do not place (a club
    by its town: « l'OM » / « Marseille », a quarter by its city), unless a role names both (« le maire de Lorvel » /
    « … de Lodève »: a place with a mayor is a commune) and the other is no acronym."""
    from recoupe.resolve.places import located

    lx, ly = _french_area(located(x)), _french_area(located(y))
    if not lx or not ly:
        return (not lx and not ly) or (role and not (x if not lx else y).isupper())
    return _areas_two(lx, ly)


def _areas_two(lx: str, ly: str) -> bool:
    """Are two areas (:func:`recoupe.resolve.places.located`) two places of one kind or two places apart?"""
    from recoupe.resolve.places import NEAR_KM, located_apart

    if lx == ly:
        return False
    kx, ky = lx.split(":")[2], ly.split(":")[2]
    if kx == ky == "c":
        return located_apart(lx, ly, NEAR_KM)
    return located_apart(lx, ly) or kx == ky


def _french_area(area: str) -> str:
    """An area (:func:`recoupe.resolve.places.located`) with its French region when it is a French city the world
    gazetteer alone places (« Marseille »): else it has no region to set against a department's (« en Gironde »)."""
    from recoupe.resolve.places import french_region_near

    parts = area.split(":")
    if parts[:3] != ["W", "FR", "c"]:
        return area
    region = french_region_near(float(parts[3]), float(parts[4]))
    return f"F:{region}:c:{parts[3]}:{parts[4]}" if region else area


def _name_key(name: str) -> str:
    """A name's words but those many names share, folded (« Saint-Denis »: « denis »)."""
    return " ".join(w for w in _words(name) if w not in _GENERIC_NAME_WORDS)


def _novel_name(name: str, other: Sequence[str], across: bool = False) -> bool:
    """Does another sentence (``other``: its words, folded) not write a name? The whole name is sought, but the
    words many names share, not word by word (« Saint-Denis » / « Saint-Ouen »). A one-word name written there as
    the stem of a word is written: in one language as the start of a longer word (« Marseille » / « marseillais »);
    ``across`` two languages, either word the other's start, both of 5 letters at least (« les Houthis » /
    "Houthi rebels"), unless the gazetteers place the name (« Niger » / "Nigeria": two countries)."""
    key = _name_key(name)
    if not key or f" {key} " in f" {' '.join(other)} ":
        return False
    if " " in key:
        return True
    if across:
        return bool(_area_across(name)) or not any(
            min(len(o), len(key)) >= 5 and (o.startswith(key) or key.startswith(o)) for o in other)
    return not (len(key) >= 4 and any(o.startswith(key) for o in other))


def _swapped_names(a: Claim, b: Claim) -> bool:
    """Do two French clauses told alike write two names in one slot, each missing from the other's sentence
    (« 80 ha de pins brûlés dans les Landes » / « … dans le Var », « le maire de Lorvel a démissionné » / « le maire
    de Cassagne … », « les salariés de la SNCF en grève » / « … de la RATP »)? Then they tell one kind of act of
    two places, bodies or people: no fact of one the other confirms. The slot: the same content word just before or
    after two names a preposition opens (« maire de », « brûlés dans », « le suspect du vol de Lorvel a été
    interpellé » / « … du meurtre de Cassagne a été … »), or two places (« le Gard placé en vigilance » / « l'Hérault
    placé … »). A name beside a title, unopened (« mardi, François Bayrou a annoncé » /
    « mardi, le Premier ministre … »), is no slot. Not an acronym of the other's name (« PSG » / « Paris SG »), nor
    one place at two scales, nor a place against a name of no place (:func:`_two_of_a_kind`), nor a name the other
    sentence also writes (« le président Macron » / « Emmanuel Macron »)."""
    from recoupe.resolve.places import located

    if a.language != "fr" or b.language != "fr":
        return False
    na, nb = _slot_names(a), _slot_names(b)
    if not na or not nb:
        return False
    seen_a, seen_b = _words(a.sentence or a.text), _words(b.sentence or b.text)
    own_a = [n for n in na if _novel_name(n.name, seen_b)]
    own_b = [n for n in nb if _novel_name(n.name, seen_a)]
    if not own_a or not own_b:
        return False
    if (any(n.name.isupper() and len(n.name) > 1 for n in own_a + own_b)
            and _initials([n.name for n in own_a]) == _initials([n.name for n in own_b])):
        return False  # « PSG » / « Paris SG »: one body by its acronym
    for x in own_a:
        for y in own_b:
            if x.role != y.role or not _two_of_a_kind(x.name, y.name, x.role):
                continue  # a role's complement against a person's name: one person, maybe
            if not ((x.introduced and y.introduced) or located(x.name)):
                continue
            if (x.before and x.before == y.before) or (x.after and x.after == y.after):
                return True
    return False



@lru_cache(maxsize=1)
def _place_prepositions() -> dict[str, frozenset[str]]:
    """Each language pack's prepositions of place or target (« à », « contre », "in", "against"), folded."""
    from recoupe.lang.en.clauses import PLACE_PREPOSITIONS as EN
    from recoupe.lang.fr.clauses import PLACE_PREPOSITIONS as FR

    return {"en": frozenset(fold(w) for w in EN), "fr": frozenset(fold(w) for w in FR)}


@lru_cache(maxsize=1)
def _feast_names() -> frozenset[str]:
    """The feasts of fixed date of every language pack, folded, without their article (« à Noël » / "at
    Christmas": a day, which the gazetteer may read as a place)."""
    from recoupe.lang.en.dates import FIXED_HOLIDAYS as EN
    from recoupe.lang.fr.dates import FIXED_HOLIDAYS as FR

    out = set()
    for w in (*EN, *FR):
        f = fold(w)
        for art in ("the ", "la ", "le ", "l "):
            f = f.removeprefix(art)
        out.add(f)
    return frozenset(out)


def _placed_names(c: Claim) -> list[str]:
    """The names a clause writes after a preposition of place or target of its pack (« à Lorvel », « contre la
    Norvie », "in Bergstad"), an article between them allowed; not a day or a month ("on Tuesday"), nor a body
    whose name each language writes its own way: an acronym (« l'ONU » / "the UN") or a name opening on an
    organisation's head noun (« en Conseil des ministres », « à l'Assemblée » / "in Parliament")."""
    preps = _place_prepositions().get(c.language, frozenset())
    out = []
    for m in _NAME_RUN.finditer(c.text):
        lead = [fold(w) for w in _SLOT_WORD.findall(c.text[:m.start()])]
        while lead and lead[-1] in _ARTICLES | {"the"}:
            lead.pop()
        name = m.group(0)
        first = fold(name.split()[0])
        if (lead and lead[-1] in preps and first not in _date_names() and first not in _org_heads()
                and fold(name) not in _feast_names() and first != "may"  # "in May": a month, here no verb
                and not (name.isupper() and len(name) > 1)):
            out.append(_country_tail(name, c.text[m.end():]))
    return out


_TAIL_WORD = re.compile(r"(?:\s+|\s*['’]\s*|-)[\w-]+")


def _country_tail(name: str, after: str) -> str:
    """A name with the small words after it that make a country's name (« l'Arabie saoudite », « la Corée du
    Sud », « la Côte d'Ivoire »), else the name as written."""
    tails: list[str] = []
    rest = after
    while len(tails) < 3 and (t := _TAIL_WORD.match(rest)):
        tails.append(t.group(0))
        rest = rest[t.end():]
    for k in range(len(tails), 0, -1):
        if _area_across(whole := name + "".join(tails[:k])).endswith(":n"):
            return whole
    return name


def _places_apart_across(a: Claim, b: Claim) -> bool:
    """Do two accounts in two languages each set the act at, or aim it at, a name the other's sentence does not write,
    and the two names are two places or targets (:func:`_two_places_across`) (« X a reçu Y à Lorvel » / "Y received X
    in Bergstad", « sanctions contre la Valdorie » / "sanctions on Norvia")? Then they tell one kind of act at two
    places or on two targets. The lemma words of two languages never meet, so the checks that read them
    (:func:`_swapped_names`, French only) say nothing there."""
    if a.language == b.language or not a.language or not b.language:
        return False
    na, nb = _placed_names(a), _placed_names(b)
    if not na or not nb:
        return False
    seen_a, seen_b = _words(a.sentence or a.text), _words(b.sentence or b.text)
    return any(_two_places_across(x, y) for x in na if _novel_name(x, seen_b, across=True)
               for y in nb if _novel_name(y, seen_a, across=True))


@lru_cache(maxsize=1)
def _english_countries() -> dict[str, str]:
    from recoupe.lang.en.places import COUNTRY_SHORT_NAMES

    return {fold(k): v for k, v in COUNTRY_SHORT_NAMES.items()}


def _area_across(name: str) -> str:
    """The area of a name in either language: the gazetteer's (:func:`recoupe.resolve.places.located`), else a
    country the bilingual place names (:mod:`recoupe.resolve.crosslang`) or the English short names know
    ("Russia", "Turkey")."""
    from recoupe.resolve.crosslang import place_key
    from recoupe.resolve.places import located

    if area := _french_area(located(name)):
        return area
    key = place_key(name) or ""
    iso = key.removeprefix("country:") if key.startswith("country:") else _english_countries().get(fold(name), "")
    return f"W:{iso}:n" if iso else ""


def _spelt_alike(x: str, y: str) -> bool:
    """Two spellings of one name across languages: the same first four letters (« Norvie » / "Norvia"), or
    transliterations near each other (:func:`recoupe.resolve.names.skeleton`: « Loukachenko » / "Lukashenko",
    « Tchétchénie » / "Chechnya"), not two names that share a few letters (« Lorvel » / "Dorvel")."""
    from difflib import SequenceMatcher

    from recoupe.resolve.names import skeleton

    fx, fy = fold(x).replace(" ", ""), fold(y).replace(" ", "")
    if len(fx) >= 4 and fx[:4] == fy[:4]:
        return True
    return SequenceMatcher(None, skeleton(fx), skeleton(fy)).ratio() >= _SPELT_ALIKE


_SPELT_ALIKE = 0.85  # « Lorvel » / "Dorvel" (two towns) fall under it, « Tchétchénie » / "Chechnya" over it


def _two_places_across(x: str, y: str) -> bool:
    """Are two names of two languages' accounts two places or targets? One name by the bilingual place names
    (« Douvres » / "Dover") is one; two names the gazetteers place, as their areas say (two countries, two towns
    apart; not a town and its country); not a site against a place (« le Kremlin » / "Russia"); else two unless
    spelt alike. A name of several words
    only when it is a country ("the United States"): a body named in words of each language (« la Maison
    Blanche » / "the White House") is one place written twice, and the gazetteer reads such words as towns."""
    from recoupe.resolve.crosslang import place_key
    from recoupe.resolve.places import is_landmark

    kx = place_key(x)
    if kx is not None and kx == place_key(y):
        return False
    lx, ly = _area_across(x), _area_across(y)
    if any(" " in n and not area.endswith(":n") for n, area in ((x, lx), (y, ly))):
        return False
    if is_landmark(x) != is_landmark(y):
        return False  # a site in a place (« le Kremlin » / "Russia"), even one a small commune's name (« Matignon »)
    if lx and ly:
        return _areas_two(lx, ly)
    if (lx or ly).split(":")[2:3] not in ([], ["c"], ["n"]):
        return False  # a region: its name in the other language the gazetteers seldom hold (« Bretagne » / "Brittany")
    return not _spelt_alike(x, y)


@lru_cache(maxsize=1)
def _toll_event_kinds() -> tuple[dict[str, str], frozenset[str]]:
    """The kinds of deadly event of every language pack (folded words), and the English words before which
    « fire » is no blaze."""
    from recoupe.lang.en.events import FIRE_NOT_AFTER
    from recoupe.lang.en.events import TOLL_EVENT_KINDS as EN
    from recoupe.lang.fr.events import TOLL_EVENT_KINDS as FR

    return {**FR, **EN}, FIRE_NOT_AFTER


def _event_kinds(text: str) -> set[str]:
    kinds, not_after = _toll_event_kinds()
    words = fold(text).split()
    return {kinds[w] for i, w in enumerate(words)
            if w in kinds and not (kinds[w] == "fire" and w.startswith("fire") and i and words[i - 1] in not_after)}


def _one_count_of_two_events(a: Claim, b: Claim) -> bool:
    """Do two claims with one count of one thing tell it of two kinds of event, each of a kind the other's
    sentence never names (« un accident de car a fait 2 morts » / « l'incendie d'un entrepôt, 2 morts »;
    "killed in a crash" / "killed in a house fire")? Two events with one figure: the words and the figure they
    share are no confirmation. A sentence naming both kinds (a crash and the fire it set) may be one."""
    ka, kb = _event_kinds(a.text), _event_kinds(b.text)
    if not ka or not kb or _event_kinds(a.sentence or a.text) & _event_kinds(b.sentence or b.text):
        return False
    qa = of_claim(a.text, a.sentence, a.language)
    qb = of_claim(b.text, b.sentence, b.language) if qa else ()
    return any(x.thing and x.thing != "âge" and (x.value, x.unit, x.thing) == (y.value, y.unit, y.thing)
               for x in qa for y in qb)


_FIGURES_MEET = 1.1  # two figures of one count within a tenth of each other: one figure told rounded
_AT_LEAST = re.compile(r"\b(?:au moins|pas moins d|plus d|au minimum)")


def _one_count_two_figures(a: Claim, b: Claim) -> bool:
    """Do two French claims count one thing (one head noun or tally: « 350 interpellations » / « 420 personnes
    interpellées ») with figures that never meet (:data:`_FIGURES_MEET`)? Two figures of one count are a
    conflict or two counts, never one fact two sources confirm."""
    from recoupe.claims.groups import _TALLY_OF_CLASS, _counted_heads
    from recoupe.lang.fr.predicates import CLASS_OF
    from recoupe.lang.fr.quantities import GENERIC_HEADS

    if a.language != "fr" or b.language != "fr":
        return False
    # a figure that names no number (« des milliers de ») says how large, loosely: it meets any figure
    if any(_vague_figure(q) for c in (a, b) for q in of_claim(c.text, "", c.language)):
        return False

    def heads(c: Claim) -> list[tuple[str, float]]:
        # a generic head the parse left bare (« 60 personnes, parmi lesquelles 8 femmes, arrêtées ») counts
        # what the claim's verb does to them; the first count only (« parmi lesquelles 8 femmes » is a part)
        tally = _TALLY_OF_CLASS.get(CLASS_OF.get(c.predicate, ""), "")
        return [(tally if tally and k == 0 and t in GENERIC_HEADS else t, v)
                for k, (t, v) in enumerate(_counted_heads(c.text))]

    ha, hb = heads(a), heads(b)
    # a lower bound (« au moins 11 ») meets any figure above it
    la, lb = bool(_AT_LEAST.search(fold(a.text))), bool(_AT_LEAST.search(fold(b.text)))
    shared = {t for t, _ in ha} & {t for t, _ in hb}
    return any(not any(va / _FIGURES_MEET <= vb <= va * _FIGURES_MEET or (la and vb >= va) or (lb and va >= vb)
                       for ta, va in ha if ta == t for tb, vb in hb if tb == t) for t in shared)


@lru_cache(maxsize=1)
def _en_weekdays() -> frozenset[str]:
    from recoupe.lang.en.dates import WEEKDAYS

    return frozenset(w.rstrip(".") for w in WEEKDAYS)


def _deixis(c: Claim) -> frozenset[str]:
    """The words relative to its report by which a claim names its day (« today », « yesterday »)."""
    deictic, _ = _deictic_words()
    text = f" {fold(c.text)} "
    return frozenset(w for w in deictic if f" {w} " in text)


def _en_days_apart(a: Claim, b: Claim) -> bool:
    """Are two English accounts of one kind of act dated to days or months that do not meet (« the index
    fell sharply today » in two reports weeks apart, each « today » resolved to its own day; « sales fell
    in January » / « in March »)? Two occurrences of a recurring act: neither confirms the other, as
    :func:`~recoupe.claims.contradictions.disjoint_dates` keeps them from contradicting. Not when a clause
    names a weekday: « Monday » read in a report of the Tuesday after and in one of the Friday before
    resolves to two Mondays, though it is one. English only: on the French unseen dossiers the rule took
    true `confirmed` groups (a weekday, a clause holding two dates of which the claim kept one; RESULTS
    « enconf27 »)."""
    if a.language != "en" or b.language != "en" or not disjoint_dates(a, b):
        return False
    if _adjacent_days(a.time, b.time) and _deictic_day(a) and _deictic_day(b) and _deixis(a) == _deixis(b):
        return False  # « today » in both, read against reports published a day apart (feeds are UTC): one day
    days = _en_weekdays()
    return not any(w in days for c in (a, b) for w in _words(c.text))


# content words beyond the verb two accounts of one act by two other actors must share to confirm each other
OTHER_ACTORS_MIN_SHARED = 2


def _other_actors(a: Claim, b: Claim, shared: set[str]) -> bool:
    """Do two accounts tell one kind of act of two actors, resolved to two entities (neither the
    other's patient: « the club fired the coach » / « the coach was fired » is one act told two ways),
    sharing fewer than :data:`OTHER_ACTORS_MIN_SHARED` content words beyond the verb (« the frigate
    Alda was sent to the strait » / « the destroyer Brun, sent to the strait »)? The verb and one word are the
    kind of act, not one occurrence of it: neither confirms the other. Both actors must be written in
    their clauses or just before them, and neither a title. Asked by :func:`cohesive_sources` only."""
    ea, eb = a.subject_entity, b.subject_entity
    # two names each in the of-complement of a common noun (« shares of Apple » / « shares of Microsoft »):
    # the noun is the kind of actor, the names two of them however many words the accounts share
    many = len(shared) >= OTHER_ACTORS_MIN_SHARED and not (_of_complement(a) and _of_complement(b))
    if (not (ea and eb) or ea == eb or many
            or ea in (b.object_entity, b.place_entity) or eb in (a.object_entity, a.place_entity)):
        return False
    sa, sb = _participant_words(a.subject), _participant_words(b.subject)
    if _titled(sa) or _titled(sb):
        return False  # a title and the name of the one who holds it resolve apart (« le président du parti »)
    if any(_a_place(" ".join(w for w in _words(c.subject) if w not in _function_words())) for c in (a, b)):
        return False  # a place for its state or city hall (« Paris » / « la France »): one actor named two ways
    if not all(_written_in(c.subject, c.text, True) or _named_before(c.subject, c, True) for c in (a, b)):
        return False  # a pronoun's antecedent (« she chaired it ») is the resolver's guess, no evidence of two actors
    # one's actor written in the other's clause (« the storm that flooded two villages » / « villages
    # flooded by the storm »): one act told from its two sides (a word of both actors' names aside: « HMS »)
    return not ((sa - sb) & set(_words(b.text)) or (sb - sa) & set(_words(a.text)))


def _passive_doer(c: Claim) -> tuple[bool, frozenset[str]]:
    """Is a claim's verb told in the passive (an auxiliary, an adverb at most, then the verb's participle),
    and the content words of its agent (« le gymnase a été fermé mardi par la préfecture » -> préfecture):
    the deed's doer, which the subject (its patient) is not. An agentless passive names no doer."""
    return _passive_doer_of(c.language, c.predicate, c.text)


@lru_cache(maxsize=1 << 14)  # read for each pair a claim is in: once per claim (the fields it reads are the key)
def _passive_doer_of(language: str, predicate: str, text: str) -> tuple[bool, frozenset[str]]:
    passive, agent = passive_agent(language, predicate, text)
    words = [fold(x) for x in agent]
    return passive, frozenset([x for x in words if len(x) >= 3 and x not in _function_words()][:_AGENT_WORDS])


def _passive_agent(c: Claim) -> tuple[bool, list[str]]:
    """:func:`passive.passive_agent` of a claim's verb in its text: the one passive reader."""
    return passive_agent(c.language, c.predicate, c.text)


def _doer_phrase(c: Claim) -> list[str]:
    """The words of a claim's doer as written, in order: its passive's agent (:func:`_passive_agent`), or
    the subject of an active clause with the few words written before it (« The mayor of Kelby closed »:
    the parse may keep the complement for the subject). Empty for an agentless passive, a pronoun or no
    subject."""
    return list(_doer_phrase_of(c.language, c.predicate, c.text, c.subject))


@lru_cache(maxsize=1 << 14)  # read for each pair a claim is in: once per claim (the fields it reads are the key)
def _doer_phrase_of(language: str, predicate: str, text: str, subject: str) -> tuple[str, ...]:
    passive, agent = passive_agent(language, predicate, text)
    if passive:
        return tuple(agent)
    if not subject or _pronoun(subject):
        return ()
    phrase = subject
    at = text.find(subject)
    if at >= 0 and len(_words(text[:at])) <= _AGENT_WORDS:
        phrase = text[:at + len(subject)]
    tokens = _TOKEN.findall(phrase.replace("\u2019", "'"))
    ends = [k for k, t in enumerate(tokens) if t in _STRETCH_ENDS]
    return tuple(tokens[ends[-1] + 1:] if ends else tokens)


def _doer_content(phrase: list[str]) -> frozenset[str]:
    return frozenset(w for w in map(fold, phrase) if len(w) >= 3 and w not in _function_words())


def _doer_head(language: str, phrase: list[str]) -> tuple[str, frozenset[str]]:
    """A doer's head noun and its modifiers: the run of content words after the determiners, up to the
    first function word (« the county council » -> council, {county}; « le conseil municipal » -> conseil,
    {municipal}; « the mayor of Kelby » -> mayor). Its complement is no part of it: a place named in both
    accounts (« of Kelby », « the Kelby gym ») says nothing of who the doer is."""
    return _doer_head_of(language, tuple(phrase))


@lru_cache(maxsize=1 << 14)  # asked for each pair a claim is in: once per doer's phrase
def _doer_head_of(language: str, phrase: tuple[str, ...]) -> tuple[str, frozenset[str]]:
    words = [fold(w) for w in phrase]
    while words and (len(words[0]) < 3 or words[0] in _function_words()):
        words.pop(0)
    core = list(takewhile(lambda w: len(w) >= 3 and w not in _function_words(), words))
    if not core:
        return "", frozenset()
    if language == "fr":
        from recoupe.lang.fr.clauses import subject_head
    else:
        from recoupe.lang.en.clauses import subject_head
    head = subject_head(core)
    return head, frozenset(core) - {head}


# the letters two derived words of one actor share at least at their start, before the suffixes of
# :func:`_one_noun` (« maire » / « mairie », « préfet » / « préfecture »)
_DOER_STEM = 4


@lru_cache(maxsize=4)
def _doer_suffixes(language: str) -> frozenset[str]:
    if language == "fr":
        from recoupe.lang.fr.clauses import ACTOR_SUFFIXES
    else:
        from recoupe.lang.en.clauses import ACTOR_SUFFIXES
    return frozenset(ACTOR_SUFFIXES)


def _one_noun(x: str, y: str, language: str) -> bool:
    """Are two head nouns one, or one derived from the other by a suffix that names one actor (« maire » /
    « mairie », « préfet » / « préfecture », « police » / « policiers »)? Not two words that only share a
    start (« commune » / « commission », governor / government)."""
    if x == y:
        return True
    suffixes = _doer_suffixes(language)
    common = next((k for k, (p, q) in enumerate(zip(x, y, strict=False)) if p != q), min(len(x), len(y)))
    return any(x[k:] in suffixes and y[k:] in suffixes for k in range(_DOER_STEM, common + 1))


def _doers_apart(a: Claim, b: Claim) -> bool:
    """Do two accounts of one deed name two doers, one of them the agent of a passive (« le maire …, qui a
    fermé le gymnase » / « le gymnase a été fermé par la préfecture »; « the gym was closed by the mayor » /
    « … by the prefecture »)? The passive's subject is the deed's patient, so the guards that compare
    subjects (:func:`_other_actors`) do not see the doer it names. Neither confirms the other. The doers are
    compared by their head nouns (:func:`_doer_head`), not by a complement both may name. Apart: two
    names with no word in common; one head (or a derived one) whose modifiers differ (the city / the
    county council); two heads of which one is a title (« le maire » / « la préfecture »). Not apart: a
    name against a title or a body (the one named may hold it or speak for it), two bodies named by
    common nouns (« la préfecture » / « les services locaux de l'État »: one may be the other's service), a doer
    named with the other's body (« le commandant de police » / « la police »), a doer's head written in the
    other clause (one deed told from its two sides), two languages (their words never meet), or a doer
    that is no party (a person or a body: a name, a title, an organisation's noun):
    a cause is named by many words (« l'incendie qui a détruit la grange » / « détruite par le feu »).
    An agentless passive (« le gymnase a été fermé ») names no doer: it neither confirms nor excludes the
    other's, and is left to the other rules."""
    if a.language != b.language or not (_passive_doer(a)[1] or _passive_doer(b)[1]):
        return False
    pa, pb = _doer_phrase(a), _doer_phrase(b)
    da, db = _doer_content(pa), _doer_content(pb)
    if not (da and db) or not (_party(a, da) and _party(b, db)):
        return False
    (ha, ma), (hb, mb) = _doer_head(a.language, pa), _doer_head(b.language, pb)
    named_a, named_b = _named(a), _named(b)
    if named_a or named_b:
        if not (named_a and named_b) or da & db:
            return False  # a name and a title or body the one named may hold, or one name written twice
        keys_a, keys_b = da, db
    elif not (ha and hb):
        return False
    elif _one_noun(ha, hb, a.language):
        return bool(ma and mb and not ma & mb)  # one office or body, unless told of two (city / county)
    elif ha in db or hb in da:
        return False  # one doer named with the other's body (« the police chief » / « the police »)
    elif not (ha in _titles() or hb in _titles()):
        return False
    else:
        keys_a, keys_b = frozenset({ha}), frozenset({hb})
    return not (keys_a & set(_words(b.text)) or keys_b & set(_words(a.text)))


@lru_cache(maxsize=4096)  # a pure function of the head and the packs' lexicons, asked for each pair
def _office(head: str, language: str) -> frozenset[str]:
    """The nouns of the office a doer's head names, title and body (« maire » -> maire, mairie; « préfecture » ->
    préfet, préfecture): the head with its derived nouns of the other lexicon (:func:`_one_noun`). Empty for a
    head that has none (« édile », « porte-parole », « gouvernement »): a title of no body of its own may speak
    for any, a body with no office's title may be any office's."""
    from recoupe.lang.fr.clauses import COUNCIL_HEADS, COUNCIL_MEMBERS

    if head in COUNCIL_HEADS | COUNCIL_MEMBERS:
        return frozenset()  # a council of any level: the town's (« le conseil municipal » / « la mairie »)
    if head in _titles():
        other = _org_heads()
    elif head in _org_heads():
        other = _titles()
    else:
        return frozenset()
    derived = frozenset(w for w in other if _one_noun(head, w, language))
    return derived | {head} if derived else frozenset()


@lru_cache(maxsize=1)
def _kinds_apart_words() -> dict[str, int]:
    """Each word of the French kinds (:data:`recoupe.lang.fr.clauses.KINDS_APART`) and its kind's number."""
    from recoupe.lang.fr.clauses import KINDS_APART

    return {w: k for k, kind in enumerate(KINDS_APART) for w in kind}


def _kind_words(text: str) -> dict[str, int]:
    return dict(_kind_words_of(text))


@lru_cache(maxsize=1 << 14)  # read for each pair a claim is in (the split pass): once per text
def _kind_words_of(text: str) -> tuple[tuple[str, int], ...]:
    kinds = _kinds_apart_words()
    out = {}
    for w in _words(text):
        for form in (w, w[:-1] if w.endswith(("s", "x")) else w):
            if form in kinds:
                out[form] = kinds[form]
    return tuple(out.items())


@lru_cache(maxsize=1 << 14)  # as :func:`_kind_words_of`; a tuple, so that no caller's list is shared
def _kind_slots(text: str) -> tuple[tuple[str, int, str, str], ...]:
    """The words of the French kinds a clause writes (:func:`_kind_words`), each with its kind and the content
    words just before and after it (« le prix du gazole a augmenté »: gazole, prix, augmente)."""
    kinds = _kinds_apart_words()
    words = [w for w in _words(text) if w not in _slot_skipped()]
    out = []
    for i, w in enumerate(words):
        form = w if w in kinds else w[:-1] if w.endswith(("s", "x")) and w[:-1] in kinds else ""
        if form:
            out.append((form, kinds[form], words[i - 1] if i else "", words[i + 1] if i + 1 < len(words) else ""))
    return tuple(out)


def _kinds_apart(a: Claim, b: Claim) -> bool:
    """Do two French clauses told alike name two things of one kind in one slot, each missing from the other's
    sentence (« le maire a fermé la piscine » / « … le gymnase »; « le prix du gazole a augmenté de 5 % » / « le
    prix de l'électricité … »; « un cycliste a été renversé » / « un piéton … »)? Two things, two facts: neither
    confirms the other. The slot: the same content word just before or after both (as :func:`_swapped_names`
    reads two names), not two roles of one fact (« le cycliste … tué » / « percuté par un automobiliste »). Not
    when a sentence names both (« le cycliste a heurté un piéton »), when both clauses name a thing of that kind
    (the slot; the others its surroundings), nor for two words of one thing (the kinds are exclusive:
    :data:`recoupe.lang.fr.clauses.KINDS_APART`)."""
    if a.language != "fr" or b.language != "fr":
        return False
    ka, kb = _kind_words(a.text), _kind_words(b.text)
    if not (ka and kb):
        return False
    sa, sb = _kind_words(a.sentence or a.text), _kind_words(b.sentence or b.text)
    # a thing of the kind both clauses name is the slot; the others are its surroundings (« le gymnase, près de la
    # gare » / « le gymnase près de l'école »)
    shared = {k for w, k in ka.items() if w in kb}
    own_a = [x for x in _kind_slots(a.text) if x[0] not in sb and x[1] not in shared]
    own_b = [y for y in _kind_slots(b.text) if y[0] not in sa and y[1] not in shared]
    return any(x[1] == y[1] and ((x[2] and x[2] == y[2]) or (x[3] and x[3] == y[3])) for x in own_a for y in own_b)


def _active_doer(c: Claim) -> list[str]:
    """:func:`_doer_phrase` of an active clause with the words written after its subject up to its verb: the
    parse may end the subject at its head (« le conseil | municipal a fermé »), and a modifier tells the body."""
    return list(_active_doer_of(c.language, c.predicate, c.text, c.subject))


@lru_cache(maxsize=1 << 14)  # read for each pair a claim is in: once per claim (the fields it reads are the key)
def _active_doer_of(language: str, predicate: str, text: str, subject: str) -> tuple[str, ...]:
    phrase = _doer_phrase_of(language, predicate, text, subject)
    at = text.find(subject) if subject else -1
    if not phrase or at < 0:
        return phrase
    verb = fold(predicate)
    stem = verb[:-2] if verb.endswith(("er", "ir", "re")) else verb
    rest = []
    for t in _TOKEN.findall(text[at + len(subject):].replace("\u2019", "'")):
        if t in _STRETCH_ENDS or (len(stem) >= 3 and fold(t).startswith(stem)):
            break
        rest.append(t)
    return phrase + tuple(rest)


def _definite(phrase: list[str]) -> bool:
    """Does a French doer's phrase open on a definite determiner (« le », « la », « les », « l' »)?"""
    return bool(phrase) and fold(phrase[0]) in _ARTICLES


def _levels_apart(ma: frozenset[str], mb: frozenset[str]) -> bool:
    """Do two doers' modifiers name two levels of government (« départemental » / « municipal »;
    :data:`recoupe.lang.fr.clauses.GOVERNMENT_LEVELS`)? Any other modifier describes one person or body
    (« le maire sortant » / « le maire socialiste »), and a doer with none may be of either level."""
    from recoupe.lang.fr.clauses import GOVERNMENT_LEVELS

    la = {k for k, level in enumerate(GOVERNMENT_LEVELS) if ma & level}
    lb = {k for k, level in enumerate(GOVERNMENT_LEVELS) if mb & level}
    return bool(la and lb and not la & lb)


def _complement(phrase: list[str], head: str, modifiers: frozenset[str]) -> frozenset[str]:
    """The content words of a French doer's complement (« le ministre du logement » -> logement), those after its
    head and modifiers. Empty when it names a place (« le maire de la ville », « … de Valbrune »): one office of
    a town told by two words, or of two towns, is no matter of the doer's words."""
    from recoupe.lang.fr.clauses import PLACE_NOUNS

    folded = [fold(w) for w in phrase]
    after = phrase[folded.index(head) + 1:] if head in folded else []
    words = _doer_content(after) - modifiers
    if words & PLACE_NOUNS or any(_a_place(w) for w in after if w[:1].isupper()):
        return frozenset()
    return words


def _described_doers_apart(a: Claim, b: Claim) -> bool:
    """Do two French accounts of one deed, both told in the active, name two doers by common nouns (« le maire
    a fermé le gymnase » / « la préfecture a fermé le gymnase »; « le conseil départemental » / « le conseil
    municipal »)? :func:`_doers_apart` reads a passive's agent; :func:`_other_actors` two names. Apart: two
    offices each with its own title and body (:func:`_office`: « maire » / « préfecture », « maire » /
    « préfet »; not a council: :func:`_office`), one head of two levels of government (départemental /
    municipal: :func:`_levels_apart`) or of two complements (« le ministre du logement » / « … de la jeunesse »:
    :func:`_complement`), a council and its member. Not apart: one head described by two modifiers
    (« le maire sortant » / « le maire socialiste »), a name on either
    side (the one named may hold the other's office), one office told by its title and its body (« le
    ministre » / « le ministère »), a title or body of no office of its own (« l'édile », « les services de
    l'État »: one may be the other), two descriptions of one crowd (« manifestants » / « protestataires »: no
    office), a doer's head written in the other clause (one deed told from its two sides)."""
    if a.language != "fr" or b.language != "fr" or _passive_doer(a)[0] or _passive_doer(b)[0]:
        return False
    if _pronoun(a.subject) or _pronoun(b.subject):
        return False
    if not all(c.subject and _written_in(c.subject, c.text, True) for c in (a, b)):
        return False  # a subject the parse recovered from elsewhere (« limogé par X »: the clause names no doer)
    if _named(a) or _named(b):
        return _titled_offices_apart(a, b)
    pa, pb = _active_doer(a), _active_doer(b)
    (ha, ma), (hb, mb) = _doer_head(a.language, pa), _doer_head(b.language, pb)
    if not (ha and hb):
        return False
    if _one_noun(ha, hb, a.language):
        from recoupe.lang.fr.clauses import COUNCIL_HEADS, COUNCIL_MEMBERS

        # one office, unless told of two: two levels of government (départemental / municipal), two complements
        # (« du logement » / « de la jeunesse »), a council and its member. A party only: one person or crowd is
        # described by many words (« un homme armé » / « un homme masqué »)
        if not {ha, hb} & (_titles() | _org_heads()):
            return False
        if {ha, hb} & COUNCIL_HEADS and {ha, hb} & COUNCIL_MEMBERS:
            ka, kb = frozenset({ha}), frozenset({hb})
        elif _levels_apart(ma, mb):
            # a name among the words (« l'ex-ministre Fedorov »: a person, whom the other may describe), or a doer
            # told indefinitely (« un théâtre berlinois » / « le théâtre allemand »: a description, not which one)
            if not all(_definite(p) and not any(w[:1].isupper() for w in p[1:]) for p in (pa, pb)):
                return False
            ka, kb = ma, mb
        else:
            # only an office's (:func:`_office`): « le directeur de l'hôpital » / « … de l'établissement » is one
            # person, the complement of no office a description of the place he runs
            ka, kb = _complement(pa, ha, ma), _complement(pb, hb, mb)
            if not (ka and kb) or ka & kb or not (_definite(pa) and _definite(pb)) or not _office(ha, a.language):
                return False
    else:
        oa, ob = _office(ha, a.language), _office(hb, b.language)
        if not (oa and ob) or oa & ob:
            return False
        ka, kb = frozenset({ha}), frozenset({hb})
    return not (ka & set(_words(b.text)) or kb & set(_words(a.text)))


def _title_beside(c: Claim) -> str:
    """The title set right before a named doer, folded (« Le maire, Paul Vidal, a fermé », « Le maire Paul Vidal
    a fermé »: maire), "" for none: the word before the subject, or the doer's phrase's own head."""
    at = c.text.find(c.subject)
    before = _words(c.text[:at]) if at > 0 else []
    if not set(before[:-1]) <= _ARTICLES:
        return ""  # « Selon le préfet, Paul Vidal a fermé … »: a title of another, not of the name
    head = _doer_head(c.language, _active_doer(c))[0]
    return next((w for w in (head, *before[-1:]) if w and _office(w, c.language)), "")


def _titled_offices_apart(a: Claim, b: Claim) -> bool:
    """Do two French accounts of one deed, one or both naming its doer, tell two offices: a title set beside the
    name (« Le maire, Paul Vidal, a fermé … ») against the other's title or body (« La préfecture a fermé … »)?
    A name with no title beside it may hold the other's office: not apart."""
    oa, ob = (_office(_title_beside(c) if _named(c) else _doer_head(c.language, _active_doer(c))[0], c.language)
              for c in (a, b))
    if not (oa and ob) or oa & ob:
        return False
    return not (oa & set(_words(b.text)) or ob & set(_words(a.text)))


@lru_cache(maxsize=1)
def _org_heads() -> frozenset[str]:
    """Head nouns of organisations of every language pack, folded (« préfecture », « council »)."""
    from recoupe.lang.en.sources import ORG_HEADS as EN
    from recoupe.lang.fr.entities import ORG_HEADS as FR
    from recoupe.lang.fr.entities import ORG_HEADS_EXTRA as FR_EXTRA

    return frozenset(fold(w) for w in EN | FR | FR_EXTRA)


def _party(c: Claim, doer: frozenset[str]) -> bool:
    """Is a claim's doer a party that acts (a title, an organisation's noun or a name), not a cause or a
    thing (« les incendies », « the storm »)?"""
    return _titled(doer) or bool(doer & _org_heads()) or _named(c)


def _named(c: Claim) -> bool:
    """Is a claim's doer a name: its head noun (:func:`_doer_head`) written capitalised (« Jean Roe »,
    « Acme »), not a place that qualifies a common noun (« the Kelby county council »)?"""
    return _named_of(c.language, c.predicate, c.text, c.subject)


@lru_cache(maxsize=1 << 14)  # read for each pair a claim is in: once per claim (the fields it reads are the key)
def _named_of(language: str, predicate: str, text: str, subject: str) -> bool:
    phrase = _doer_phrase_of(language, predicate, text, subject)
    head = _doer_head_of(language, phrase)[0]
    return any(fold(w) == head and w[:1].isupper() for w in phrase)


# a common noun and "of" / « de » just before a name (« shares of Apple », « les salariés de Renault »)
_OF_BEFORE = re.compile(r"[a-z]{3,} (?:of|of the|de|de la|du|des|d) $")


def _of_complement(c: Claim) -> bool:
    """Is a claim's subject a name written in its clause as the complement of a common noun (« shares of
    Apple ») that the parse took for the actor?"""
    if not c.subject:
        return False
    at = c.text.find(c.subject)
    return at > 0 and c.subject[0].isupper() and bool(_OF_BEFORE.search(" ".join(_words(c.text[:at])) + " "))


def _other_described_actors(a: Claim, b: Claim, shared: set[str]) -> bool:
    """Do two accounts tell one call or demand of two actors described by common nouns (:func:`_described`:
    « Parents urge closures » / « Union urges closures », « les parents réclament … » / « le syndicat
    réclame … »), sharing fewer than :data:`OTHER_ACTORS_MIN_SHARED` content words beyond the verb and its
    objects? :func:`_other_actors` judges two names. Many parties call for one thing; one deed on one thing
    told with two descriptions of its doers (« les manifestants » / « les protestataires ont bloqué le
    pont ») is one deed, and no word list tells two descriptions of one crowd from two crowds, so deeds are
    not judged here. Two descriptions whose head nouns (:func:`_head_noun`) are not named in each other
    are two actors (« le syndicat des enseignants » / « les enseignants » stay one; « les agriculteurs
    bretons » / « les pêcheurs bretons » are two). Both written in their clauses, neither a title (it may
    stand for a name), a country or region (its state; a town's name also spells common nouns, « Union »)
    or a pronoun, and neither's own words named in the other clause (one act told from its two sides)."""
    if not any(urging(c.predicate, c.language) or c.predicate in _wish_verbs() for c in (a, b)):
        return False
    # the words of what the act bears on are the kind of act (« la fermeture des écoles »), not its occurrence;
    # the object's words are folded, the shared lemmas are not (« écoles »)
    acted_on = _phrase_words(a.object) | _phrase_words(b.object)
    beyond = {w for w in shared if not (fold(w) in acted_on or fold(w).rstrip("sx") in acted_on)}
    if not (_described(a) and _described(b)) or len(beyond) >= OTHER_ACTORS_MIN_SHARED:
        return False
    sa, sb = _participant_words(a.subject), _participant_words(b.subject)
    if not (sa and sb) or _titled(sa) or _titled(sb) or not _heads_apart(a, b):
        return False
    if _pronoun(a.subject) or _pronoun(b.subject) or any(_is_place(w) for w in sa | sb):
        return False
    if _indefinite_person(a.subject, a.language) or _indefinite_person(b.subject, b.language):
        return False  # « someone fleeing the building » / « a woman fleeing it »: no description, maybe one person
    if not all(_written_in(c.subject, c.text, True) for c in (a, b)):
        return False
    # a word both descriptions hold (« bretons ») names neither apart from the other
    return not ((sa - sb) & _participant_words(b.text) or (sb - sa) & _participant_words(a.text))


def _head_noun(c: Claim) -> str:
    """The head noun of a claim's described subject, folded and singular: its first content word in French
    (« agriculteurs bretons », « syndicat des enseignants »), its last in English (« local farmers », « the
    teachers' union »)."""
    words = [w for w in _words(c.subject) if len(w) >= 3 and w not in _function_words()]
    if not words:
        return ""
    return (words[-1] if c.language == "en" else words[0]).rstrip("sx")


def _heads_apart(a: Claim, b: Claim) -> bool:
    """Are two described subjects' head nouns each absent from the other subject (« les agriculteurs
    bretons » / « les pêcheurs bretons »), not one actor named two ways (« les enseignants » / « le syndicat
    des enseignants »)?"""
    ha, hb = _head_noun(a), _head_noun(b)
    wa = {w.rstrip("sx") for w in _participant_words(a.subject)}
    wb = {w.rstrip("sx") for w in _participant_words(b.subject)}
    return bool(ha and hb) and ha not in wb and hb not in wa


@lru_cache(maxsize=1)
def _indefinite_persons() -> frozenset[str]:
    # English only: the French forms (« quelqu'un », « une personne ») were not measured on the French piles
    from recoupe.lang.en.sources import INDEFINITE_PERSONS

    return frozenset(" ".join(_words(w)) for w in INDEFINITE_PERSONS)


@lru_cache(maxsize=1)
def _indefinite_nouns() -> frozenset[str]:
    from recoupe.lang.en.sources import INDEFINITE_PERSON_NOUNS

    return INDEFINITE_PERSON_NOUNS


# articles before an indefinite noun of a person (« a person »)
_INDEFINITE_ARTICLES = frozenset({"a", "an", "one"})


def _indefinite_person(phrase: str, language: str = "en") -> bool:
    """Does an English subject open on an indefinite pronoun (« someone fleeing … ») or on a/an/one and a noun
    of a person heading the phrase (« a person », « an individual seen … »), which describes no one? A noun
    used without the article or before another noun is a modifier (« individual investors »), not the head."""
    if language != "en":
        return False
    words = _words(phrase)
    article = bool(words) and words[0] in _INDEFINITE_ARTICLES
    if article:
        words = words[1:]
    for n in (1, 2, 3):
        if " ".join(words[:n]) not in _indefinite_persons():
            continue
        if n > 1 or words[0] not in _indefinite_nouns():
            return True
        # the noun heads the phrase: nothing follows, or a function word or participle (« a person fleeing »)
        after = words[1] if len(words) > 1 else ""
        return article and (not after or after in _function_words() or after.endswith(("ing", "ed")))
    return False


def _described(c: Claim) -> bool:
    """Is a claim's subject a description (« les parents », « parents d'élèves de X »), not a name: no
    entity resolved, or a subject that opens on a word written in lower case in the clause (the entity
    is then a name inside it)?"""
    if not c.subject_entity:
        return True
    first = next(_WORD.finditer(c.subject), None)
    return first is not None and first.group()[0].islower() and first.group() in c.text


# what opens a thing named by a common noun (« un entrepôt », « l'entrepôt », « son gymnase »), folded
_THING_OPENERS = frozenset({"un", "une", "le", "la", "l", "les", "des", "du", "son", "sa", "ses", "leur", "leurs",
                            "ce", "cet", "cette", "ces", "notre", "nos", "votre", "vos"})
# ordinals and their kin, folded: « un troisième » / « un 3e » name one thing by its rank, not two things
_RANKS = frozenset({"premier", "premiere", "second", "seconde", "dernier", "derniere"})


def _thing_named(obj: str) -> list[str]:
    """The words before the first complement of an object that opens on a determiner and names a thing by
    common nouns (« un entrepôt de la zone » -> entrepot); [] for anything else: a name, a clause (« que »,
    « d'extraire »), a figure or rank (« un 3e », « un second recours »), a day (« ce lundi »)."""
    from recoupe.claims.contradictions import _head_zone

    words = re.split(r"[\s'\u2019]+", obj.strip())
    if len(words) < 2 or fold(words[0]) not in _THING_OPENERS or not words[1][:1].islower():
        return []
    zone = _head_zone(obj)
    if not zone or any(not w.isalpha() or w in _RANKS or w.endswith("ieme") or w in _day_words() for w in zone):
        return []
    return zone


_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
# the physical events done to a thing (a fire, a quake): not to people, whom two nouns often name alike (« la
# victime » / « le jeune homme »)
_THING_DEEDS = frozenset({"burn", "quake", "extinguish"})


def deed_on_two_things(a_predicate: str, a_object: str, b_predicate: str, b_object: str) -> bool:
    """Do two French deeds tell one physical event done to two things, each named by its own specific common noun
    (« un incendie a détruit un entrepôt » / « … un gymnase »)? Both verbs of one class of :data:`_THING_DEEDS`;
    each object a thing named by common nouns (:func:`_thing_named`), the two sharing no word, neither a noun
    any thing may be named by (« un bâtiment », « le texte »: :data:`GENERAL_THINGS`). The one test of « two
    things » that grouping (:func:`recoupe.claims.groups.deeds_apart`), the date check and the confirmation
    read."""
    from recoupe.claims.groups import EVENT_CLASSES
    from recoupe.lang.fr.events import GENERAL_THINGS
    from recoupe.lang.fr.predicates import CLASS_OF

    cls = CLASS_OF.get(a_predicate, "")
    if cls not in _THING_DEEDS or cls not in EVENT_CLASSES or CLASS_OF.get(b_predicate, "") != cls:
        return False
    return _two_things_named(a_object, b_object) and not (
        set(_thing_named(a_object)) | set(_thing_named(b_object))) & GENERAL_THINGS


def _two_things_named(a_object: str, b_object: str) -> bool:
    """Do two objects each name a thing by common nouns (:func:`_thing_named`), sharing no word, with two
    head nouns (:func:`recoupe.claims.contradictions.objects_apart`)?"""
    from recoupe.claims.contradictions import objects_apart

    za, zb = _thing_named(a_object), _thing_named(b_object)
    if not za or not zb or any(x.startswith(y[:5]) or y.startswith(x[:5]) for x in za for y in zb):
        return False
    return objects_apart(a_object, b_object)


def _one_deed_on_two_things(a: Claim, b: Claim) -> bool:
    """Do two French accounts tell one deed's verb on two things named by common nouns (« un incendie a
    détruit lundi un entrepôt » / « … un gymnase »), one dated to its day and the other to none or another?
    Two deeds: neither confirms the other. Grouping parts them only when each is dated to its own day
    (:func:`recoupe.claims.groups.deeds_apart`), for a group may hold both deeds of one story; a confirmation
    is asked of the pair. The words before each object's first complement share none (:func:`_thing_named`);
    a name, a clause, a rank or a day as either object, a general verb, are left to the other rules."""
    from recoupe.claims.groups import GENERAL_VERBS

    if not (a.language == b.language == "fr" and a.object and b.object and same_event(a.predicate, b.predicate)
            and a.predicate not in GENERAL_VERBS):
        return False
    days = [c.time[:10] for c in (a, b) if _ISO_DAY.match(c.time)]
    if not days or (len(days) == 2 and days[0] == days[1]):
        return False  # undated both: as often one fact told with two nouns (« son adieu » / « son retrait »)
    return _two_things_named(a.object, b.object)


def _days_of_things(claims: Sequence[Claim]) -> list[Claim]:
    """Each claim, an undated French one given the day of a dated claim that names its thing by the same words
    (:func:`_thing_named`, one day among them), for :func:`_one_deed_on_two_things`."""
    out = list(claims)
    for k, c in enumerate(claims):
        zone = set(_thing_named(c.object)) if c.language == "fr" and c.object and not _ISO_DAY.match(c.time) else set()
        days = {o.time[:10] for o in claims if o is not c and _ISO_DAY.match(o.time) and o.language == "fr"
                and o.object and zone and set(_thing_named(o.object)) == zone} if zone else set()
        if len(days) == 1:
            out[k] = dataclasses.replace(c, time=days.pop())
    return out


def _other_acts_on_other_things(a: Claim, b: Claim) -> bool:
    """Do two accounts tell two acts of one actor: verbs that name no one event (:func:`same_event`),
    neither a general verb, each with a direct object (:func:`_direct_object`), and neither object's
    content words named in the other clause (« l'astronaute touche un salaire » / « l'astronaute a réussi
    une sortie »)? What else they share is then the actor and the setting (« dans la station orbitale »),
    not one fact: neither confirms the other. The actor must be one (a word of both subjects), else the
    actor rules above judge the pair. A day the parse read as the object (« a démissionné mardi ») is no
    object: one act on a thing against one told with none (« X a convoqué la presse » / « X a
    démissionné », :func:`_intransitive`) are two acts as well; for one named actor (one resolved entity)
    whatever time and place both clauses give (« mardi soir », « le 4 mars », « à Orlac ») is no object
    nor complement. An unresolved subject keeps the one-word bound: it is often an event's own noun."""
    from recoupe.claims.groups import GENERAL_VERBS

    if not (a.object or b.object) or same_event(a.predicate, b.predicate):
        return False
    if a.predicate in GENERAL_VERBS or b.predicate in GENERAL_VERBS:
        return False
    if not _participant_words(a.subject) & _participant_words(b.subject):
        return False
    # one named actor: a part of the day the parse read into the object (« la presse mardi soir ») says when,
    # not what, as a day does
    named = bool(a.subject_entity) and a.subject_entity == b.subject_entity
    when = _day_words() | _day_parts() if named else _day_words()
    oa, ob = _participant_words(a.object) - when, _participant_words(b.object) - when
    if not (oa and ob):
        # one act on a thing, the other told with no object at all: two acts unless the thing is named in
        # the other clause
        done, alone, on = (a, b, oa) if oa else (b, a, ob)
        if not named:
            # an unresolved subject is often an event's own noun, whose two verbs on its day tell it once
            # (« un séisme a secoué samedi matin » / « … a frappé l'île samedi »): only a bare verb counts
            return (bool(on) and _direct_object(done.object) and not on & _participant_words(alone.text)
                    and _intransitive(alone))
        # one named actor: the date (« le 4 mars ») and the place (« à Orlac ») the clauses share are the
        # setting of both deeds, not the thing acted on, however long they run after the bare verb
        where = _participant_words(f"{a.place} {b.place}")
        thing = on - _time_words() - where
        return (bool(thing) and _direct_object(done.object) and not thing & _participant_words(alone.text)
                and _intransitive(alone, where))
    if not (_direct_object(a.object) and _direct_object(b.object)):
        return False
    if _one_day_named(a, b):
        # both clauses date the act to one day (« mardi soir, les secousses ont détruit 300 maisons » / « … ont
        # rasé des habitations »): one act told with two verbs and two names of its object. Not when one act
        # has no object (above): « a convoqué la presse mardi » / « a démissionné mardi » are two acts
        return False
    # an object named anywhere in the other clause (« X draws crowds for the day » / « X's day brings out
    # supporters ») may be one fact told from two ends
    return not oa & _participant_words(b.text) and not ob & _participant_words(a.text)


def _names_a_plan(c: Claim) -> bool:
    """Does an English claim name its act as a plan in its subject or object (« announced a planned
    demolition », "proposed strikes shut …", :data:`recoupe.lang.en.modality.PLAN_MODIFIERS`)?"""
    return bool(_planned_heads(c))


# the words that end a noun phrase after its plan word (« a planned takeover | of the bank »)
_EN_PHRASE_ENDS = frozenset({"of", "with", "by", "to", "in", "on", "at", "for", "from", "against", "and", "or",
                             "after", "before", "that", "which", "who", "as", "over", "into", "between"})


def _planned_heads(c: Claim) -> frozenset[str]:
    """The head nouns an English claim's subject or object names as a plan: the last word of the phrase a plan
    word opens (« a planned demolition of the tower » -> demolition, « the proposed bank merger » -> merger)."""
    from recoupe.lang.en.modality import PLAN_MODIFIERS

    if c.language != "en":
        return frozenset()
    heads: set[str] = set()
    for phrase in (c.subject, c.object):
        words = re.findall(r"[\w'-]+", fold(phrase))
        for i, w in enumerate(words):
            if w not in PLAN_MODIFIERS:
                continue
            run: list[str] = []
            for n in words[i + 1:i + 4]:
                if n in _EN_PHRASE_ENDS:
                    break
                if n not in PLAN_MODIFIERS:
                    run.append(n)
            if run:
                heads.add(run[-1].rstrip("s"))
    return frozenset(heads)


def _plans_the_same_head(heads: frozenset[str], text: str) -> bool:
    """Does ``text`` name one of ``heads`` as a plan too, a plan word within the three words before it (« the
    proposed merger », « the planned bank takeover »)? A plan word elsewhere (« …, as expected ») plans nothing
    of it."""
    from recoupe.lang.en.modality import PLAN_MODIFIERS

    words = re.findall(r"[\w'-]+", fold(text))
    return any(w.rstrip("s") in heads and PLAN_MODIFIERS & set(words[max(0, i - 3):i])
               for i, w in enumerate(words))


def _tells_a_plan(c: Claim) -> bool:
    """Does a claim's own verb tell of a plan without carrying it out (« announced the planned demolition »,
    « approved the proposed merger », or the claim itself planned)? A deed done on « the planned X »
    (:data:`recoupe.lang.en.modality.PLAN_DEED_VERBS`: « completed its planned takeover », « carried out the
    threatened strike ») tells the act done."""
    from recoupe.lang.en.modality import PLAN_DEED_VERBS

    return c.planned or c.predicate not in PLAN_DEED_VERBS


def _plan_against_deed(a: Claim, b: Claim) -> bool:
    """Does one claim tell of an act as a plan (:func:`_names_a_plan`, by a verb that does not carry it out:
    :func:`_tells_a_plan`) and the other tell it as a deed? « The council announced a planned demolition of the
    tower » / « the council carried out the demolition of the tower »: one plan, one deed, whatever words they
    share. The other side still confirms when it is itself planned or an announcement, which may tell the plan
    in other words, or tells of the same act named as a plan (« unveiled the planned demolition »); not when it
    carries the planned act out (« carried out the planned demolition »: the deed, against the plan)."""
    from recoupe.lang.predicates import CLASS_OF

    for x, y in ((a, b), (b, a)):
        heads = _planned_heads(x)
        # the other side's whole clause is read: its object may be cut (« unveiled | the planned demolition »)
        # one verb on both sides tells one act of each (« approved the proposed merger » / « approved the merger »)
        if (heads and _tells_a_plan(x) and not y.planned and CLASS_OF.get(y.predicate) != "announce"
                and y.predicate != x.predicate and not (_tells_a_plan(y) and _plans_the_same_head(heads, y.text))):
            return True
    return False


@lru_cache(maxsize=1)
def _day_words() -> frozenset[str]:
    """Week days and months of every language pack by their whole names, folded (a time, not a thing
    acted on); not the abbreviations nor the months that are words too (« sat. », « sun », "may", "march",
    « mars »)."""
    from recoupe.lang.en import dates as en
    from recoupe.lang.fr import dates as fr

    names = (*fr.WEEKDAYS, *fr.MONTHS, *en.WEEKDAYS, *en.MONTHS)
    return frozenset(fold(w) for w in names if not w.endswith(".") and len(w) > 4
                     and w not in en.AMBIGUOUS_MONTHS and w not in ("march", "mars"))


@lru_cache(maxsize=1)
def _day_parts() -> frozenset[str]:
    """Parts of the day of every language pack (« matin », « soir », "evening"), folded, word by word."""
    from recoupe.lang.en.dates import DAY_PARTS as EN
    from recoupe.lang.fr.dates import DAY_PARTS as FR

    return frozenset(w for part in (*FR, *EN) for w in _WORD.findall(fold(part)))


def _intransitive(c: Claim, where: frozenset[str] | None = None) -> bool:
    """Is a claim told with its verb and no complement? After the verb's form (found after the subject by its
    lemma's stem, :func:`_verb_at`) come only words that date or place the act, numbers, function words or an
    adverb: at most one of them (« Paul Vernet a démissionné mardi »), or, ``where`` given (the place's words,
    one named actor), any number (« … mardi soir », « … le 4 mars », « … mardi à Orlac »). A clause that goes
    on (« a quitté la mairie ») has a complement the parse did not read as an object. A form the stem does not
    give (« pris » of « prendre ») is not read, and the clause is not taken as told alone."""
    words = [fold(w) for w in _WORD.findall(c.text)]
    at = _verb_at(c, words)
    if at is None:
        return False
    place = {fold(w) for w in _WORD.findall(c.place)} | (where or frozenset())
    rest = words[at + 1:]
    if where is None and len(rest) > 1:
        # an unresolved subject is often an event's own noun whose two verbs on its day tell it once
        # (« un séisme a secoué samedi matin »): keep the one-word bound
        return False
    # a « -ment » word is an adverb (« a démissionné brusquement »), unless a function word opens it as a
    # noun (« du gouvernement », « au parlement »): the clause then goes on with its complement
    return all(w in _time_words() or w in place or w.isdigit() or len(w) < 3 or w in _function_words()
               or (len(w) > 6 and w.endswith("ment") and before not in _function_words())
               for before, w in zip(words[at:], rest, strict=False))


def _verb_at(c: Claim, words: list[str]) -> int | None:
    """Where the clause's verb stands among its (folded) words: the first word after the subject's that
    starts with its lemma's stem (the lemma less a French infinitive's ending, or an English lemma's mute
    « e »), of three letters at least."""
    lemma = fold(c.predicate)
    if c.language == "fr":
        from recoupe.lang.fr.clauses import VERB_LEMMA_ENDINGS

        lemma = next((lemma[:-len(e)] for e in VERB_LEMMA_ENDINGS if lemma.endswith(fold(e))), lemma)
    else:
        lemma = lemma.removesuffix("e")
    if len(lemma) < 3:
        return None
    subject = [fold(w) for w in _WORD.findall(c.subject)]
    span = _span_of(words, subject)
    after = span[1] + 1 if span is not None else 0
    return next((i for i in range(after, len(words)) if words[i].startswith(lemma)), None)


@lru_cache(maxsize=1)
def _time_words() -> frozenset[str]:
    """Words that only date an act: week days and months by every name (« mars », "may" and the abbreviations
    too: beside a verb with nothing else they date it), parts of the day and words of a day's offset (« hier »,
    "yesterday"), of every language pack, folded."""
    from recoupe.lang.en import dates as en
    from recoupe.lang.fr import dates as fr

    names = (*fr.WEEKDAYS, *fr.MONTHS, *en.WEEKDAYS, *en.MONTHS)
    offsets = frozenset(fold(w) for n in (*fr.DAY_OFFSETS, *en.DAY_OFFSETS) for w in _WORD.findall(n))
    return frozenset(fold(w).rstrip(".") for w in names) | _day_parts() | offsets


def _one_day_named(a: Claim, b: Claim) -> bool:
    """Do two clauses date their act to one day: one resolved date, or one week day named in both
    (:func:`_day_words`, the week days only)?"""
    from recoupe.lang.en.dates import WEEKDAYS as EN_DAYS
    from recoupe.lang.fr.dates import WEEKDAYS as FR_DAYS

    if a.time and a.time == b.time:
        return True
    days = _day_words() & {fold(d) for d in (*EN_DAYS, *FR_DAYS)}
    return bool(days & {fold(w) for w in _WORD.findall(a.text)} & {fold(w) for w in _WORD.findall(b.text)})


def _direct_object(phrase: str) -> bool:
    """Is an object read as a noun phrase, not a prepositional phrase or a clause (« d'un piratage », « dans
    un bilan que… »: how or what of, not the thing acted on)?"""
    from recoupe.lang.en.clauses import NOT_OBJECT_OPENERS as EN
    from recoupe.lang.fr.clauses import NOT_OBJECT_OPENERS as FR

    first = re.split(r"(?<=['’])|\s+", phrase.strip().lower(), maxsplit=1)[0]
    return bool(first) and first not in FR | EN


def _actor_guessed(a: Claim, b: Claim, shared: set[str]) -> bool:
    """Do two English accounts of one kind of act share fewer than :data:`OTHER_ACTORS_MIN_SHARED`
    content words beyond the verb while one of them does not write who acted (a pronoun or a relative
    whose antecedent the resolver chose: « when she resigned » / « the treasurer resigned in May »), and
    the resolver does not give both one entity or one name? The verb and one word meet any act of that
    kind; with the actor left to a guess nothing says it is the same occurrence. A clause with no
    subject at all is left as it was. English only: measured on the ECB+ dev pile (English articles
    of two similar events per topic); the French golds' short confirmations (« X démissionne » /
    « il démissionne ») were not measured under it."""
    if a.language != "en" or b.language != "en" or len(shared) >= OTHER_ACTORS_MIN_SHARED:
        return False
    if (a.subject_entity and a.subject_entity == b.subject_entity) or (
            _participant_words(a.subject) & _participant_words(b.subject)):
        return False  # the two guesses agree: one actor as far as anything tells
    return any(c.subject and not (_written_in(c.subject, c.text, True) or _named_before(c.subject, c, True))
               for c in (a, b))


def _degree_state(c: Claim) -> bool:
    """Is a French clause's participle graded by an adverb of degree (« les secouristes restent très
    sollicités », « la ville est peu touchée »)? The participle is then an adjective: the clause tells how things
    stand, not an act done, and confirms no account of one act (« 900 secouristes ont été sollicités pour la
    crue »), nor is confirmed by one; two such states told alike are still one fact."""
    if c.language != "fr" or not c.predicate:
        return False
    from recoupe.lang.fr.modality import GRADING_ADVERBS

    words = [fold(w) for w in _WORD.findall(c.text)]
    stem = fold(c.predicate)[:-2]
    graded = {fold(w) for w in GRADING_ADVERBS}
    return len(stem) >= 3 and any(w in graded and nxt.startswith(stem) for w, nxt in pairwise(words))


@lru_cache(maxsize=1)
def _habitual_words() -> frozenset[str]:
    from recoupe.lang.en.modality import HABITUAL_ADVERBS

    return HABITUAL_ADVERBS


def _habitual(c: Claim) -> bool:
    """Does an English clause tell a habit or any occurrence (« Roe often speaks of … », « Anytime a driver
    is stopped … »), not one act? It confirms no account of one occurrence, nor is confirmed by one: « Roe
    often speaks of discipline » / « speaking of his players' conduct » are two remarks, and a habit told
    by two outlets (both habitual) is still one fact they share. Only an adverb next to the clause's own
    verb (or « whenever » opening it) says so: one in a relative clause between commas (« X, who usually
    cycles to work, was hit ») or in a hyphenated compound (« the often-delayed line ») tells of another
    verb or a noun."""
    if c.language != "en" or not c.predicate:
        return False
    text = _COMMA_RELATIVE.sub(",", c.text)
    words = [fold(w) for w in re.findall(r"[\w'’-]+", text)]
    habitual = _habitual_words()
    if words and words[0] in habitual:
        return True  # « whenever a driver is stopped », « anytime … »
    stem = fold(c.predicate)[:4]
    for k, w in enumerate(words):
        if w.startswith(stem):
            # « often speaks », « speaks often », « has often spoken »
            near = words[max(0, k - 2):k] + words[k + 1:k + 2]
            if not habitual.isdisjoint(near):
                return True
    return False


# a relative clause set off by commas (« , who usually cycles to work, »): it tells of its own verb
_COMMA_RELATIVE = re.compile(r",\s*(?:who|which|whose|whom)\b[^,]*,", re.IGNORECASE)


def _tally(c: Claim) -> bool:
    """Does an English existential clause count its own act more than once (« There have been nearly 100
    attacks in the strait this year », « there were two shootings »: its predicate is the counted noun)? A
    tally of many acts confirms no account of one of them (« ships that were being attacked »), nor is
    confirmed by one; two tallies may confirm each other. Only « there » + « be » opens one: a clause that
    counts with another verb (« has a record of …, which includes four years ») tells something else."""
    from recoupe.lang.en.clauses import EXISTENTIAL_BE

    words = _words(c.text)
    if c.language != "en" or not c.predicate or len(words) < 2 or words[0] != "there" or words[1] not in EXISTENTIAL_BE:
        return False
    return any(q.thing and q.low > 1 and same_event(fold(q.thing), fold(c.predicate))
               for q in of_claim(c.text, "", c.language))


def _tally_against_one(t: Claim, o: Claim) -> bool:
    """Is ``t`` a tally of several acts (:func:`_tally`) and ``o`` an account of ONE act? Not when ``o``
    counts more than one thing too, or the same number (« there have been three arrests » / « police
    arrested three fans »: one count of one fact)."""
    if not _tally(t) or _tally(o):
        return False
    counts = {q.low for q in of_claim(t.text, "", t.language) if q.thing}
    # a count of things, not a measure (« 20 km from the town »)
    return not any(q.thing and not q.unit and (q.low > 1 or q.low in counts) for q in of_claim(o.text, "", o.language))


def _doerless_participle(c: Claim) -> bool:
    """Is an English clause with no subject at all one that opens on a verb's -ing form, bare or after a
    subordinator (« When celebrating the town's saints », « Speaking at a fair attended by … », whose verb
    the reader took from the participle's object)? Like a participle deed with no doer
    (:func:`~recoupe.claims.contradictions.participle_deed`), it tells anyone's deed. The -ing word must be
    a form of one of the clause's lemmas (« celebrating » of « celebrate »), not a noun (« morning »,
    « nothing »)."""
    from recoupe.lang.en.clauses import SUBORDINATE_OPENERS

    if c.language != "en" or c.subject or not c.lemmas:
        return False
    words = _words(c.text)
    if words[:1] and (words[0],) in SUBORDINATE_OPENERS:
        words = words[1:]
    if not words or not words[0].endswith("ing"):
        return False
    stem = words[0].removesuffix("ing")  # « speak-ing », « celebrat-ing », « runn-ing »
    return len(stem) >= 3 and any(lemma != words[0] and stem in (lemma, lemma.removesuffix("e"), lemma + lemma[-1])
                                  for lemma in c.lemmas if lemma)


def _participle_of_another(a: Claim, b: Claim) -> bool:
    """Is one of two claims an English participle deed (:func:`~recoupe.claims.contradictions.participle_deed`:
    « …, retiring in 2015 », « after selling the farm ») that may be another doer's deed than the other
    claim's? Its text names no doer: bare, it tells the deed of anyone (two people's « retiring in 2015 »
    share the verb and the year). It confirms nothing when its doer is unknown (no subject, or a pronoun
    the resolver left unresolved), nor when both doers are resolved entities apart by
    :func:`~recoupe.claims.contradictions.participle_apart` (the doers' comparison of the contradiction
    checks) whose names do not end alike (one name the resolver split in two, « Brandt » / « Ivo
    Brandt », is one doer). A description against a name or another description (« the driver » / « the
    van ») is left to the other tests: measured on the ECB+ dev pile, such pairs were one doer told two
    ways."""
    if _doerless_participle(a) or _doerless_participle(b):
        return True  # no doer either: a participle after a subordinator, or one the clause's verb is not
    deeds = [c for c in (a, b) if participle_deed(c)]
    if not deeds:
        return False
    if any(not (c.subject_entity or _en_head(c.subject)) for c in deeds):
        return True  # no doer: nothing ties the deed to the other's
    if not (a.subject_entity and b.subject_entity) or not participle_apart(a, b):
        return False
    names = [_words(c.subject.split(",", 1)[0]) for c in (a, b)]
    return not (all(names) and names[0][-1] == names[1][-1])


def _events_apart(a: Claim, b: Claim, context: SourceContext | None) -> bool:
    """Two claims of two articles whose events are days apart (:func:`recoupe.claims.contradictions.days_apart`):
    an anchorless claim's days (« Personne n'a été blessé ») are its article's (the context's
    :attr:`SourceContext.days`), an anchored one's its own day (« … blessé lundi soir »), none when it has no
    day; the two articles' days apart too. Each is its own article's event, so the same words in reports of two
    fires a week apart confirm neither; so do two deeds each dated to a day of its own report's week (« un
    hangar a brûlé lundi soir » in two reports a week apart), however alike their words."""
    if context is None or a.article_id == b.article_id:
        return False

    def days(c: Claim) -> frozenset[str]:
        return context.days.get(c.article_id, frozenset()) if anchorless(c) else _days_of(c.time or "")

    # an anchored claim's own day may be a background day or a span's start (« les cas relevés depuis le 2
    # mai »): its article's days must be apart too
    return (days_apart(days(a), days(b))
            and days_apart(context.days.get(a.article_id, frozenset()), context.days.get(b.article_id, frozenset())))


@lru_cache(maxsize=4)
def _place_offices(language: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """A language pack's offices of a town and of a wider area, and the words that make one national, folded."""
    if language == "fr":
        from recoupe.lang.fr.clauses import DISTRICT_OFFICES, NATIONAL_OFFICE_WORDS, TOWN_OFFICES
    else:
        from recoupe.lang.en.clauses import DISTRICT_OFFICES, NATIONAL_OFFICE_WORDS, TOWN_OFFICES
    return (frozenset(map(fold, TOWN_OFFICES)), frozenset(map(fold, DISTRICT_OFFICES)),
            frozenset(map(fold, NATIONAL_OFFICE_WORDS)))


def _place_office(c: Claim) -> str:
    """The office of a place a claim's doer is told by (:data:`recoupe.lang.fr.clauses.TOWN_OFFICES`, « le maire »,
    "the prosecutor"): "town" or "district", "" for none. Its head noun, or a title before a name ("Mayor John
    Roe"), not one a modifier makes national (« le procureur national antiterroriste »)."""
    if c.language not in ("fr", "en"):
        return ""
    phrase = _doer_phrase(c)
    head = _doer_head(c.language, phrase)[0]
    town, district, national = _place_offices(c.language)
    words = [fold(w) for w in phrase if fold(w) not in _function_words()]
    at = c.text.find(c.subject) if c.subject and not _passive_agent(c)[0] else -1
    # a title set before its holder's name by a comma (« Le maire, Jean Roe, a ordonné »), which the doer's phrase
    # ends at
    before = _words(c.text[:at]) if at > 0 else []
    lead = before[-1:] if len(before) <= _AGENT_WORDS else []
    title = next((w for w in (head, words[0] if words else "", *lead) if w in town | district), "")
    if not title or set(_words(" ".join(phrase))) & national:
        return ""
    return "town" if title in town else "district"


# a title of civility right before a name: the name is a person's (« M. Bernard », « Mme Florence », "Mr Wilson")
_CIVILITY = re.compile(r"\b(?:M|MM|Mme|Mmes|Mlle|Mr|Mrs|Ms|Dr)\.?\s*$")


@lru_cache(maxsize=1)
def _day_names() -> frozenset[str]:
    """The day and month names of the French and English packs, folded: a one-word name run that is one of them
    is a date, not a place."""
    from recoupe.lang.en.dates import MONTHS as EN_MONTHS
    from recoupe.lang.en.dates import WEEKDAYS as EN_WEEKDAYS

    return _slot_skipped() | frozenset(fold(w) for w in (*EN_MONTHS, *EN_WEEKDAYS) if w.isalpha())


def _named_areas(text: str) -> frozenset[str]:
    """The areas (:func:`recoupe.resolve.places.located`) of the names a text writes; not a function word a
    sentence opens on ("The", « Le »), which the world gazetteer may hold as some town's name."""
    from recoupe.resolve.places import located

    out = set()
    for m in _NAME_RUN.finditer(text):
        words = m.group(0).split()
        first = fold(words[0])
        if first in _function_words() | {"the"} and (first not in _ARTICLES | {"the"} or len(words) < 2):
            continue  # « La Rochelle », "The Hague" are names
        if len(words) == 1 and first in _day_names():
            continue  # « Lundi, le maire … » opens on a day, which the world gazetteer may hold as a town (Lund)
        if _CIVILITY.search(text[:m.start()]):
            continue  # « M. Bernard », "Mrs Wilson": a person, whose surname may be some town's name
        if set(_words(text[max(0, m.start() - 30):m.start()])[-3:]) & _VICINITY:
            continue  # « près de Toulouse »: a place around the article's, maybe
        if set(_words(text[max(0, m.start() - 30):m.start()])[-2:]) & _TOWARDS:
            continue  # « l'évacuation des habitants vers Cahors »: where the deed sends, not where it is done
        if area := located(m.group(0)):
            out.add(_french_area(area))
    return frozenset(out)


# the words that set a place as a destination, folded
_TOWARDS = frozenset({"vers", "jusqu", "destination", "towards", "toward"})


ONE_TOWN_KM = 12.0  # two points of one town: its centre told by two gazetteers, an arrondissement and its city


def _offices_of_two_places(a: Claim, b: Claim, context: SourceContext | None) -> bool:
    """Do two claims tell one deed of an office of a place told by its title (« le maire a ordonné l'évacuation »,
    "the prosecutor opened an inquiry": :func:`_place_office`) at two places? The office's place is its claim's:
    the places its sentence names, else those its article's headline and lede name (the context's
    :attr:`SourceContext.places`). Two towns' mayors are two people: the same words in articles set in two towns
    confirm neither. Apart: every place of one against every place of the other, two communes apart (a town's
    office: :func:`_areas_two`) or two places apart (a wider area's, which near towns share:
    :func:`recoupe.resolve.places.located_apart`); a place one claim's sentence writes is no other place."""
    from recoupe.resolve.places import located_apart

    if context is None or a.article_id == b.article_id:
        return False
    kind_a, kind_b = _place_office(a), _place_office(b)
    if not kind_a or not kind_b:
        return False

    wide = "district" in (kind_a, kind_b)

    def places(c: Claim) -> frozenset[str]:
        own, art = _named_areas(c.sentence or c.text), context.places.get(c.article_id, frozenset())
        if not wide:
            # a town's office is its commune's: a department, a river or a district both name (« dans le
            # Loiret », « les berges de la Loire », « le quartier Nord ») says nothing of which town's
            for found in (own, art):
                if towns := frozenset(x for x in found if x.split(":")[2] == "c"):
                    return towns
        return own or art

    pa, pb = places(a), places(b)
    if not pa or not pb:
        return False
    if not wide:
        # two communes never share a mayor, however near (_areas_two holds near towns as one agglomeration);
        # only one town's two points (two gazetteers', an arrondissement's) lie this close
        return all(x != y and located_apart(x, y, ONE_TOWN_KM) for x in pa for y in pb)
    return all(located_apart(x, y) for x in pa for y in pb)

def _repeat_against_first(a: Claim, b: Claim, context: SourceContext | None) -> bool:
    """Does either of two claims of two reports days apart (their articles' days, :attr:`SourceContext.days`)
    tell its event as another occurrence (:func:`tells_a_repeat`: « un nouvel incendie », « a de nouveau
    brûlé », "another barn")? A later report's second fire, whether or not the first report told its own as a
    repeat: neither confirms the other. Reports of one day both telling the new fire still confirm, and so do
    two claims whose own days are within REPORTS_APART_DAYS of each other (one fire recalled a week later)."""
    if context is None or a.article_id == b.article_id or not (tells_a_repeat(a) or tells_a_repeat(b)):
        return False
    if _own_days_close(a, b):
        return False
    return days_apart(context.days.get(a.article_id, frozenset()), context.days.get(b.article_id, frozenset()))


def _own_days_close(a: Claim, b: Claim) -> bool:
    """Do both claims carry a day of their own, within REPORTS_APART_DAYS of each other?"""
    da, db = _DAY_VALUE.match(a.time or ""), _DAY_VALUE.match(b.time or "")
    return da is not None and db is not None and not days_apart(frozenset({da[0]}), frozenset({db[0]}))


def cohesive_sources(members: Sequence[Claim], sources: Mapping[str, str],
                     context: SourceContext | None = None) -> int:
    """The most independent firm sources that state one fact inside the group (see :func:`confirming_part`)."""
    return confirming_part(members, sources, context)[0]


# the most claims of a part whose every pair is tested for the confirming pair (see confirming_part)
PAIR_TEST_MAX = 60


def confirming_part(members: Sequence[Claim], sources: Mapping[str, str],
                    context: SourceContext | None = None) -> tuple[int, tuple[str, ...]]:
    """The most independent firm sources that state one fact inside the group: firm members are
    linked when :func:`same_frame` holds between them and the lemma rule of grouping links them
    directly (:func:`recoupe.claims.groups.rule_link`, frames not vetoed) or one tells the act
    with the verb and the other with its noun (« démissionne » / « Démission du maire », which the
    lemma rule does not see), and :func:`firm_sources` is counted in each linked set. A group that
    joined a wrong member on a shared name, or members that only the learned pair scorer or a chain
    of links brought together, confirms only what its members that agree state: measured on the six
    issue-13 golds (ninth session), the scorer's links counted in cohesion made false `confirmed`
    groups on four of them. Frame links (:func:`recoupe.claims.groups.frame_link`) group and never
    confirm: in a group they joined, two members confirm each other only inside one part of the
    group cut without them (:func:`_parts_without_frames`), for members of two facts that the
    frame links brought together are often linked by the lemma rule too (fourteenth session: a
    false `confirmed` on the tuned gold).

    A part counts only if two of its claims from two sources are directly linked and confirm each
    other on their own (:func:`firm_sources` of the pair: not one wire text, not one speaker): a
    part is joined through links, and a chain of two facts (a mayor's resignation linked to a
    headline naming the town, the headline to the town's new budget) is no confirmation. Returns the
    count and that pair's claim ids (empty when no part counts): the fact a `confirmed` group is
    confirmed on, which may be one of several facts the group lumps, so a reader is shown what two
    sources told (twenty-second session: one `confirmed` group of 402 measured, ECB+ dev pile and
    two French dossiers, rested on a chain alone; in 152 of the 401 left the group's first claim is not of the pair)."""
    from recoupe.claims.groups import _Features, cannot_be_one_fact, learned_probability, pair_apart, rule_link
    from recoupe.claims.pairscore import probability
    from recoupe.claims.shown import (
        bare_fragment,
        opens_as_fragment,
        opens_on_finite_verb,
        states_fact,
        subject_named_in,
        subjects_apart,
    )

    # in the claims' id order, and every pair tested in one orientation (``linked`` is not symmetric):
    # the status and its pair do not hang on the order the members were read in
    firm = sorted((c for c in members if states_firmly(c) and _substantive(c) and not _one_of_a_cut_set(c)),
                  key=lambda c: c.id)
    content = [_content(c) for c in firm]
    feats = [_Features(c) for c in firm]
    # each member's citation keys read once, asked of many pairs (:func:`_relays`)
    cited_keys: dict[str, frozenset[str]] = {}

    def keys_of(c: Claim) -> frozenset[str]:
        if c.id not in cited_keys:
            cited_keys[c.id] = citation_keys(c)
        return cited_keys[c.id]

    marks: dict[int, _Marks] = {}  # read only for the pairs every other rule links (a few per group)

    def mark(i: int) -> _Marks:
        if i not in marks:
            marks[i] = _marks(firm[i])
        return marks[i]

    # an act an urging verb asks for (:func:`recoupe.claims.contest.urged_infinitive`) confirms only the
    # same call told again, never the act told done: fixrevb29's urge rule where the claim is the infinitive
    asked: dict[int, bool] = {}

    def urged(i: int) -> bool:
        if i not in asked:
            asked[i] = urged_infinitive(firm[i])
        return asked[i]

    # an undated account of a thing takes the day another member gives that thing (« a détruit un gymnase »
    # beside « … vendredi un gymnase »): against a deed on another thing it is then dated, and two deeds
    dated = _days_of_things(firm)
    part_of = _parts_without_frames(sorted(members, key=lambda c: c.id))
    parent = list(range(len(firm)))

    def find(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    def linked(i: int, j: int) -> bool:
        return (part_of.get(firm[i].id) == part_of.get(firm[j].id)
                and _linked(firm[i], firm[j], content[i], content[j])
                and (rule_link(feats[i], feats[j]) or _verb_and_noun(firm[i].predicate, firm[j].predicate)
                     or _one_act_one_count(firm[i], firm[j]))
                and not cannot_be_one_fact(feats[i], feats[j])
                and not named_apart(firm[i].text, firm[j].text)
                and not _other_actors(firm[i], firm[j], content[i] & content[j])
                and not _doers_apart(firm[i], firm[j])
                and not _other_described_actors(firm[i], firm[j], content[i] & content[j])
                and not _other_acts_on_other_things(firm[i], firm[j])
                and not _one_deed_on_two_things(dated[i], dated[j])
                and not pair_apart(firm[i], firm[j])
                and not _actor_guessed(firm[i], firm[j], content[i] & content[j])
                and not _participle_of_another(firm[i], firm[j])
                and urged(i) == urged(j)
                and not told_apart(mark(i), mark(j))
                and not _en_days_apart(firm[i], firm[j])
                and not _events_apart(firm[i], firm[j], context)
                and not _offices_of_two_places(firm[i], firm[j], context)

                and not _repeat_against_first(firm[i], firm[j], context)
                and _habitual(firm[i]) == _habitual(firm[j])
                and not _tally_against_one(firm[i], firm[j]) and not _tally_against_one(firm[j], firm[i])
                and not _measured_apart(firm[i], firm[j])
                and not _counted_at_two_places(firm[i], firm[j])
                and not _one_count_of_two_events(firm[i], firm[j])
                and not _one_count_two_figures(firm[i], firm[j])
                and not _swapped_names(firm[i], firm[j])
                and not _places_apart_across(firm[i], firm[j])
                and not _plan_against_deed(firm[i], firm[j])
                and _degree_state(firm[i]) == _degree_state(firm[j]))

    joined: set[tuple[int, int]] = set()  # the links the union found (earlier, later)
    for i in range(len(firm)):
        for j in range(i):
            if find(i) != find(j) and linked(i, j):
                parent[find(i)] = find(j)
                joined.add((j, i))
    parts: dict[int, list[int]] = defaultdict(list)
    for i in range(len(firm)):
        parts[find(i)].append(i)
    count = 0
    chosen: tuple[bool, int, tuple[str, ...]] | None = None  # (a fragment pair, -sources, the pair)
    facts: dict[int, bool] = {}

    kinds: dict[int, tuple[bool, bool]] = {}

    def told(i: int, j: int) -> bool:
        """A bare fragment (:func:`bare_fragment`: no subject recovered) confirms only beside a claim that
        is no fragment (:func:`opens_as_fragment`): beside another fragment (two outlets' « de fermer le
        gymnase », a « qui » clause and an infinitive), nothing says whose deed either tells, unless its
        sentence names the other's subject (:func:`subject_named_in`). Two fragments whose subjects are
        two things (:func:`subjects_apart`), or whose verbs name two events (:func:`same_event`), tell two
        deeds."""
        for k in (i, j):
            if k not in kinds:
                kinds[k] = (bare_fragment(firm[k]), not opens_as_fragment(firm[k]))
        if kinds[i][1] or kinds[j][1]:
            # a bare fragment opening on its finite verb beside a whole claim that counts (« 3 000 habitants
            # évacués » / « … et 900 habitants | ont quitté leurs maisons »): its subject, outside it, is another
            # count of the thing. A rubric or a fragment whose sentence counts nothing else still confirms
            return not any(kinds[k][0] and kinds[m][1] and opens_on_finite_verb(firm[k])
                           and _counted_apart_in_sentence(firm[k], firm[m]) for k, m in ((i, j), (j, i)))
        bare_i = kinds[i][0] and not subject_named_in(firm[i], firm[j])
        bare_j = kinds[j][0] and not subject_named_in(firm[j], firm[i])
        # two fragments hold little beyond their verbs: verbs of two events (« qu'un audit porte sur le budget »
        # / « prévoyait le budget ») tell two deeds, whatever words of the story they share. Only where both
        # predicates read as verbs (:func:`_verb_lemma`): an English copula's predicate is its attribute
        return (not (bare_i or bare_j) and not subjects_apart(firm[i], firm[j])
                and not (_verb_lemma(firm[i]) and _verb_lemma(firm[j])
                         and not same_event(firm[i].predicate, firm[j].predicate)))

    def fragments(i: int, j: int) -> bool:
        for k in (i, j):
            if k not in facts:
                facts[k] = states_fact(firm[k])
        return not (facts[i] or facts[j])

    for part in parts.values():
        if len({sources.get(firm[i].article_id, firm[i].article_id) for i in part}) < 2:
            continue
        # a part joined through links confirms only if two of its claims are directly one fact; of
        # those pairs, the one the learned pair scorer finds likeliest to be one fact is shown (the
        # first link found may join one athlete's two medals of two races)
        # two sources that the group's rules count apart (:func:`source_roots`, read on the part)
        roots = dict(zip(part, source_roots([firm[i] for i in part], sources, context), strict=True))
        outlet = {i: sources.get(firm[i].article_id, firm[i].article_id) for i in part}
        apart = {(i, j) for k, i in enumerate(part) for j in part[k + 1:]
                 if None not in (roots[i], roots[j]) and roots[i] != roots[j] and outlet[i] != outlet[j]}
        # every pair of a part of ordinary size; in a larger one the links its union found only
        # (testing them all is quadratic in ``linked``, the group's costliest test)
        candidates = sorted(apart) if len(part) <= PAIR_TEST_MAX else sorted(apart & joined)
        # an outlet's bare line printing a speaker's quotation and that quotation: one account, that pair only
        printed = {(part[a], part[b]) for a, b in _quotation_printed_bare([firm[i] for i in part])}
        candidates = [p for p in candidates if p not in printed]
        if context is not None and context.cited:  # an outlet's bare line of a source it cites beside
            candidates = [(i, j) for i, j in candidates
                          if not _relays(firm[i], firm[j], sources, context.cited, keys_of)]
        if context is not None and context.runs:  # two articles of one wire or release text: one account
            candidates = [(i, j) for i, j in candidates
                          if not context.dependent(firm[i].article_id, firm[j].article_id)]
        pairs = [(i, j) for i, j in candidates if told(i, j) and ((i, j) in joined or linked(j, i))
                 and not _killer_not_told(firm[i], firm[j]) and not _killer_not_told(firm[j], firm[i])
                 and not _floors_differ(firm[i], firm[j])]
        if not pairs:
            continue
        # a pair of two fragments (two conditions, two relative clauses, two infinitives) ranks last: the
        # pair is the fact a reader is shown as confirmed, and another linked pair of the part may state
        # it (twenty-fourth session: 5 groups of the French dossiers shown by two fragments); ties on the
        # claims' ids, so that every reader of the group shows one pair whatever its order
        ranked = [(fragments(i, j), -learned_probability(feats[i], feats[j], probability),
                   min(firm[i].id, firm[j].id), max(firm[i].id, firm[j].id)) for i, j in pairs]
        top = min(ranked)
        n = len({r for r in roots.values() if r is not None})
        count = max(count, n)
        # the count is the most independent part's; the pair shown, a fact pair of any part that confirms
        # before a fragment pair of a larger one (the status does not change, only the fact shown)
        key = (top[0], -n, top[2:])
        if chosen is None or key < chosen:
            chosen = key
    return (count, chosen[2]) if chosen is not None else (0, ())


def _verb_lemma(c: Claim) -> bool:
    """Is the claim's predicate a verb's lemma, by its language's endings (French: « -er », « -ir », « -re »,
    « -oir »)? A pack with no such endings (English) says nothing, nor does a verbless clause's noun."""
    from recoupe.claims.shown import _lexicon

    endings = _lexicon(c).VERB_LEMMA_ENDINGS
    return bool(endings and c.predicate) and fold(c.predicate).endswith(tuple(fold(e) for e in endings))


def _counted_apart_in_sentence(fragment: Claim, other: Claim) -> bool:
    """Does the sentence of ``fragment`` count the thing ``other`` counts, with another figure (« … et environ 900
    habitants | ont quitté leurs maisons » beside « 3 000 habitants évacués »)? The fragment's subject is then
    that other count, outside the clause: the two tell two figures, not one fact."""
    counted = [q for q in of_claim(other.text, other.sentence, other.language) if q.thing]
    if not counted or not fragment.sentence:
        return False
    told = of_claim(fragment.sentence, fragment.sentence, fragment.language)
    return any(q.thing and q.comparable(o) and not q.overlaps(o) for q in told for o in counted)


def _killer_not_told(a: Claim, b: Claim) -> bool:
    """Is ``a`` a killing told with its killer as subject (« un agent de sécurité tue un cambrioleur »)
    and ``b`` a bare death (« un cambrioleur est mort »)? One class of event, but ``b`` tells who died,
    not who killed: it does not confirm ``a``. The subject is the killer when none of its words is in
    ``b`` (the victim of a passive, « trois infirmières ont été tuées », is also who died), and it is not
    a country or a region (a headline's rubric read as its subject: « Italie : un randonneur tué … »)."""
    from recoupe.lang.predicates import DEATH_LEMMAS, KILLING_LEMMAS

    if a.predicate not in KILLING_LEMMAS or b.predicate not in DEATH_LEMMAS or _is_place(a.subject.strip()):
        return False
    subject = _subject_words(a)
    told = {w[:5] for w in _words(b.text)}
    return bool(subject) and not any(w[:5] in told for w in subject)


def _parts_without_frames(members: Sequence[Claim]) -> dict[str, int]:
    """Claim id -> the part it falls in when the group is cut as the split pass cuts a component
    (:func:`recoupe.claims.groups.split`, learned links on) with no frame link: the groups the
    members made before frame links joined them. All in part 0 (the cut is the group itself) in a
    group of two languages (the split pass leaves those whole, and no frame link joins them), and
    when no two members are frame-linked whatever their articles' dates (a group does not carry
    them): asked first, as it is cheap."""
    from recoupe.claims.groups import _Features, cannot_be_one_fact, frame_link, split

    if len({c.language for c in members}) > 1:
        return {c.id: 0 for c in members}
    feats = [_Features(c) for c in sorted(members, key=lambda c: c.id)]
    if not any(frame_link(a, b, dated=False) and not cannot_be_one_fact(a, b)
               for k, a in enumerate(feats) for b in feats[k + 1:]):
        return {c.id: 0 for c in members}
    parts = split(members, learned=True, frames=False)
    return {c.id: k for k, part in enumerate(parts) for c in part}


def cell_claims(members: Iterable[Claim], confirming: Iterable[str] = ()) -> dict[str, Claim]:
    """Per article, the claim its matrix cell shows: one of the two a confirmed group rests on
    (``confirming``) when the article holds one, else its first claim (by position) in the group.
    The one rule for the dossier, report.html, the web app and the API."""
    pair = set(confirming)
    out: dict[str, Claim] = {}
    for c in sorted(members, key=lambda c: (c.id not in pair, c.article_id, c.start, c.id)):
        out.setdefault(c.article_id, c)
    return out


def cells(members: Iterable[Claim], confirming: Iterable[str] = ()) -> dict[str, str]:
    """Per article, the modality of the claim its matrix cell shows (:func:`cell_claims`)."""
    return {a: c.modality for a, c in cell_claims(members, confirming).items()}


def group_status(members: Sequence[Claim], sources: Mapping[str, str],
                 conflicts: Iterable[str] = (), context: SourceContext | None = None) -> GroupStatus:
    """The status of one group from its member claims, the independent source of each article
    (``sources``: article id -> its outlet, or the article whose copy it reuses; see
    ``Store.sources_of``) and the kinds of the conflicts recorded against the group."""
    conflicts = tuple(conflicts)
    kinds = tuple(sorted({k for k in conflicts if is_conflict(k)}))
    articles = tuple(sorted({c.article_id for c in members}))
    firm = firm_sources(members, sources, context)
    # one newsroom does not confirm itself, whoever it cites: two outlets at least
    firm_outlets = {sources.get(c.article_id, c.article_id) for c in members if states_firmly(c)}
    status: Status
    confirming: tuple[str, ...] = ()
    if any(k not in DISPUTE_KINDS for k in kinds):
        status = "contradicted"
    elif kinds or any(c.modality == "denied" for c in members):
        status = "disputed"
    elif not firm:
        status = "hedged"
    elif (firm >= 2 and len(firm_outlets) >= 2 and "update" not in set(conflicts) and not disagreeing_figures(members)
          and (part := confirming_part(members, sources, context))[0] >= 2):
        status = "confirmed"
        confirming = part[1]
    else:
        status = "single_source"
    # the counts shown read the dependence the status reads, pairwise (:func:`most_apart`); a confirmed
    # group rests on a pair the status tested apart, so it never shows fewer than two
    least = 2 if status == "confirmed" else 0
    independent = max(count_independent(articles, sources, context), least)
    shown = max(shown_firm_sources(members, sources, context), least) if firm else 0
    return GroupStatus(status, independent, shown, articles, cells(members, confirming), kinds, confirming)


def conflicts_by_group(rows: Iterable[Mapping[str, object]]) -> dict[str, set[str]]:
    """Group id -> kinds of the recorded pairs naming it (from the store's contradiction rows)."""
    out: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        for key in ("group_a", "group_b"):
            gid = r.get(key)
            if gid:
                out[str(gid)].add(str(r["kind"]))
    return out


def story_statuses(store: Store, story_id: str) -> dict[str, GroupStatus]:
    """The status of every claim group of a story, read from the store."""
    members: dict[str, list[Claim]] = defaultdict(list)
    for c in store.claims(story_id=story_id):
        if c.group_id:
            members[c.group_id].append(c)
    articles = sorted({c.article_id for ms in members.values() for c in ms})
    sources = store.sources_of(articles)
    context = source_context(store, articles)
    conflicts = conflicts_by_group(store.contradictions(story_id))
    return {gid: group_status(ms, sources, conflicts.get(gid, ()), context) for gid, ms in members.items()}


def matrix_key(status: str, firm_sources: int, articles: int, group_id: str) -> tuple[int, int, int, str]:
    """The order of the sources x claims matrix, the same in the report and the web app:
    conflicts and disputes first, then the best-sourced."""
    return (STATUSES.index(status) if status in STATUSES else len(STATUSES), -firm_sources, -articles, group_id)


def clear_pair_caches() -> None:
    """Empty the caches of the claims' readings that the pair rules ask for (issue #13). Each holds one
    entry per claim of the stories a build compares, up to its size (large enough for one build's split
    pass, so that a pair's claims are read once); a long-running process (``recoupe watch``, the web app)
    would keep old claims' text in them from one build to the next, so :func:`recoupe.pipeline.build`
    empties them when it ends."""
    from recoupe.claims import passive

    for fn in (passive._passive_agent, passive.told_passive, _words_of, _doer_phrase_of, _named_of,
               _passive_doer_of, _kind_words_of, _kind_slots, _written_in, _pronoun, _office, _active_doer_of,
               _doer_head_of):
        fn.cache_clear()
