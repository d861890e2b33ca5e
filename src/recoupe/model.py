"""The one vocabulary of recoupe.

Every stage reads and writes these records. They are plain dataclasses so that a test can build
them by hand, the storage layer can map them to rows, and ``dataclasses.asdict`` gives the JSON
of ``dossier.json``. Character offsets are always into ``Article.text`` (the cleaned body).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

Modality = Literal["asserted", "reported", "conditional", "speculative", "denied"]
MODALITIES: tuple[Modality, ...] = ("asserted", "reported", "conditional", "speculative", "denied")

EntityType = Literal["PER", "LOC", "ORG", "MISC", "WEAPON", "EVENT"]
Precision = Literal["day", "month", "year", "week", "season", "decade", "unknown"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]


@dataclass(slots=True)
class RawDocument:
    """What a reader found in one input: the bytes as they came, and where they came from.

    ``origin`` is the input path (or ``path#record-N`` for one record of a JSON/JSONL/feed file).
    ``fields`` carries metadata a structured reader already knows (title, url, published, outlet,
    text for records); the cleaner prefers them to what it guesses from the text.
    """

    origin: str
    fmt: Literal["text", "html", "json", "jsonl", "feed", "warc"]
    raw: bytes
    fields: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class Rejection:
    """A document that could not be used, with the file (and line) and the reason."""

    origin: str
    code: str
    reason: str


@dataclass(slots=True)
class Notice:
    """A document that was used with a change the user should know of (a ``W`` code of
    :mod:`recoupe.errors`): the file (and line) and what happened."""

    origin: str
    code: str
    reason: str


@dataclass(slots=True)
class Article:
    """A cleaned article: the body text every offset refers to, and its metadata."""

    id: str  # content hash of the raw input (stable: re-ingesting is idempotent)
    origin: str
    text: str
    title: str = ""
    byline: str = ""
    outlet: str = ""
    url: str = ""
    published: date | None = None
    published_source: str = "unknown"  # metadata | text | capture | cli | inferred | unknown
    language: str = "und"
    removed_lines: list[str] = field(default_factory=list)


@dataclass(slots=True)
class TimeExpr:
    """A temporal expression normalised against an anchor (TIMEX3-style value)."""

    start: int
    end: int
    text: str
    type: TimexType
    value: str
    interval_start: date | None = None
    interval_end: date | None = None
    precision: Precision = "unknown"
    rule: str = ""
    anchor: date | None = None


@dataclass(slots=True)
class Mention:
    """One mention of an entity in one article."""

    article_id: str
    start: int
    end: int
    text: str
    type: EntityType
    entity_id: str = ""  # filled by cross-article resolution
    role: str = ""  # apposition/title given in this article ("porte-parole du Kremlin")


@dataclass(slots=True)
class Entity:
    id: str
    name: str
    type: EntityType
    aliases: list[str] = field(default_factory=list)
    roles: list[tuple[str, str]] = field(default_factory=list)  # (article_id, role)
    kb_id: str = ""  # id in the knowledge base given to the build ("Q…" for Wikidata), "" if not linked
    kb_label: str = ""
    kb_description: str = ""


@dataclass(slots=True)
class Claim:
    """Who does or says what, to whom, where and when, in one sentence of one article."""

    id: str
    article_id: str
    text: str  # the clause the claim was read from
    sentence: str
    start: int
    end: int
    subject: str
    predicate: str  # lemma of the main verb
    object: str = ""
    place: str = ""
    time: str = ""  # TIMEX3 value when the clause carries a date
    modality: Modality = "asserted"
    attributed_to: str = ""  # speaker/source the article gives, "" for the article's own voice
    relay: str = ""  # who passed it on ("le New York Times, citant ...")
    cue: str = ""  # the reporting/hedging word that decided attribution or modality
    negated: bool = False
    planned: bool = False  # future/intended ("se rendra", "doit rencontrer") rather than happened
    subject_entity: str = ""
    object_entity: str = ""
    place_entity: str = ""
    numbers: list[str] = field(default_factory=list)  # quantities stated in the clause
    group_id: str = ""
    # the connected component of "states the same fact" links the claim belongs to (groups.py)
    component_id: str = ""
    lemmas: list[str] = field(default_factory=list)  # content lemmas of the clause (grouping, contradictions)
    attributed_entity: str = ""  # the resolved entity of ``attributed_to`` (one source however it is named)

    source_type: str = ""  # what attributed_to is: person | organisation | media | anonymous | document
    language: str = "fr"  # of its article: whose words read its figures (recoupe.lang.<code>.quantities)
    # a verbless clause with no event noun, no figure, no name (« Coup de théâtre à la mairie ! »): kept, but it
    # states no fact to confirm or contradict (decided on the parse at extraction: recoupe.nlp.extract)
    eventless: bool = False


@dataclass(slots=True)
class Statement:
    """One attributed statement read whole: what one source is said to have said, as one span
    (« X a affirmé que A, et que B »; a clause and the clauses it governs). Claims stay clauses
    (grouping, timeline and contradictions compare clauses); a statement gathers the attributed
    claims of one source and relay that nest or join inside one content (:mod:`recoupe.claims.statements`)."""

    article_id: str
    start: int
    end: int
    text: str
    source: str  # the claims' ``attributed_to``
    source_type: str = ""  # person | organisation | media | anonymous | document
    relay: str = ""
    cue: str = ""
    modality: Modality = "reported"
    claims: list[str] = field(default_factory=list)  # ids of the claims it gathers, in text order


@dataclass(slots=True)
class Quote:
    article_id: str
    text: str
    start: int
    end: int
    speaker: str = ""
    cue: str = ""
    speaker_entity: str = ""
    speaker_type: str = ""  # person | organisation | media | anonymous | document


@dataclass(slots=True)
class Event:
    """A dated event of the timeline: event time kept apart from report time."""

    article_id: str
    claim_id: str
    text: str
    start: date | None
    end: date | None
    precision: Precision
    anchor: date | None  # the publication date the value was resolved against
    timex: str = ""  # the surface form
    value: str = ""


@dataclass(slots=True)
class ArticleAnalysis:
    """Everything the per-article NLP stage reads out of one article."""

    article_id: str
    mentions: list[Mention] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    timexes: list[TimeExpr] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)


@dataclass(slots=True)
class ClaimGroup:
    """Claims of several articles that state the same thing."""

    id: str
    story_id: str
    summary: str
    claims: list[str]
    articles: list[str]
    independent_sources: int
    modality_per_article: dict[str, str]
    status: str  # contradicted | disputed | confirmed | single_source | hedged (recoupe.claims.status)
    # when confirmed: the two claims of two sources that directly confirm each other, the fact the
    # status is about when the group holds several (recoupe.claims.status.confirming_part)
    confirmed_by: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Contradiction:
    kind: str  # quantity | place | planned_vs_happened | date | direction | denial | attribution | attribute | update
    claims: tuple[str, str]
    explanation: str
    story_id: str = ""
    same_article: bool = False  # both claims read from one article
