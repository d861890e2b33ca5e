"""Typed shapes of the JSON API, published in ``/openapi.json`` so that a client can be generated.

The routes build their answers as plain dicts (:mod:`recoupe.web.views`) and return them as they
are (no second pass over large answers); the tests validate every answer against these models
with unknown fields forbidden, so the schema and the answers cannot drift apart. Records of the
library (claims, quotes, mentions, time expressions) are its own dataclasses from
:mod:`recoupe.model`. Codes stay codes here (``single_source``, ``PXD``); pages say them in words.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from recoupe.model import Claim, Mention, Quote, TimeExpr


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ErrorBody(_Model):
    code: str = Field(description="Stable machine code: not_found, validation_error, unauthorized…")
    message: str = Field(description="What happened and what to do, in words.")
    status: int


class Error(_Model):
    """The one error shape of every endpoint."""

    error: ErrorBody


# -- stories -----------------------------------------------------------------------------------
class StoryItem(_Model):
    id: str
    label: str = Field(description="The label as stored (may be cut at a fixed width).")
    name: str = Field(description="The label for display: never cut mid-word.")
    size: int = Field(description="Number of articles.")
    outlets: list[str]
    first_published: str | None
    last_published: str | None


class Counts(_Model):
    articles: int
    entities: int
    claims: int
    contradictions: int


class Paging(_Model):
    count: int = Field(description="How many there are in all, on every page.")
    limit: int = Field(description="The most this page holds.")
    offset: int = Field(description="How many come before this page.")
    previous: int | None = Field(description="The offset of the page before, null on the first.")
    next: int | None = Field(description="The offset of the page after, null on the last.")


class StoryList(Paging):
    stories: list[StoryItem] = Field(description="Largest first.")
    counts: Counts


class StoryHead(_Model):
    id: str
    label: str
    name: str
    size: int
    first_published: str | None
    last_published: str | None
    outlets: list[str]


class StoryArticle(_Model):
    id: str
    n: int = Field(description="Citation number of the article in this story ([n]).")
    title: str
    name: str = Field(description="Title, or the first words of an untitled article.")
    outlet: str
    byline: str
    published: str | None
    url: str
    independent_source: str = Field(description="Id of the article this one counts with (itself if independent).")
    folded_because: str


class Citation(_Model):
    article_id: str
    claim_id: str
    start: int
    end: int
    n: int | None
    quote: str = Field(description="The cited characters of the article.")
    confirms: bool = Field(default=False, description="One of the two claims, of two independent sources, that a "
                                                      "`confirmed` line rests on (the group's `confirmed_by`).")


class BriefingSentence(_Model):
    kind: str = Field(description="Status code of the claim group: confirmed, single_source, hedged, disputed, "
                                  "contradicted, denied, contradiction.")
    text: str
    citations: list[Citation]


class TimelineEvent(_Model):
    article_id: str
    claim_id: str
    text: str
    start: str | None = Field(description="Event time: first day (ISO date).")
    end: str | None
    precision: str
    timex: str = Field(description="The expression as written.")
    value: str = Field(description="TIMEX3 value.")
    reported: str | None = Field(description="Report time: the article's publication date.")
    n: int | None


class MatrixCell(_Model):
    claim_id: str
    modality: str
    text: str
    attributed_to: str
    confirms: bool = Field(default=False, description="This cell is one of the two claims the row's `confirmed` "
                                                      "status rests on.")


class MatrixRow(_Model):
    group_id: str
    summary: str = Field(description="The text of the claim the row is shown by: of the confirming pair when "
                                     "confirmed, one that states a fact when a member does (recoupe.claims.shown).")
    summary_claim: str | None = Field(default=None, description="The id of that claim.")
    independent_sources: int
    firm_sources: int = Field(description="Original sources that state it firmly (what `confirmed` counts).")
    articles: int
    status: str
    cells: list[MatrixCell | None] = Field(description="One per article of the story, in citation order.")
    confirmed_by: list[str] = Field(default_factory=list, description="When confirmed: the two claims, of two "
                                    "independent sources, that directly confirm each other.")
    confirmed_fact: str | None = Field(default=None, description="When confirmed and that pair is not the summary: "
                                       "the fact the two sources confirm.")


class ContradictionSide(_Model):
    claim_id: str
    article_id: str
    n: int | None
    sentence: str
    text: str
    modality: str
    attributed_to: str


class Contradiction(_Model):
    kind: str
    explanation: str
    sides: list[ContradictionSide]


class NetworkNode(_Model):
    id: str
    name: str
    type: str
    mentions: int


class NetworkEdge(_Model):
    source: str
    target: str
    weight: int


class Network(_Model):
    nodes: list[NetworkNode]
    edges: list[NetworkEdge]


class Story(_Model):
    story: StoryHead
    articles: list[StoryArticle]
    briefing: list[BriefingSentence]
    timeline: list[TimelineEvent]
    matrix: list[MatrixRow]
    contradictions: list[Contradiction]
    network: Network
    claim_count: int


# -- entities ----------------------------------------------------------------------------------
class EntityHead(_Model):
    id: str
    name: str
    type: str
    mention_count: int
    kb_id: str | None


class KbLink(_Model):
    id: str | None
    label: str
    description: str
    url: str | None
    status: str


class SeenIn(_Model):
    article_id: str
    count: int


class Alias(_Model):
    alias: str
    seen_in: list[SeenIn]
    articles: int
    count: int


class Role(_Model):
    article_id: str
    role: str


class CoOccurring(_Model):
    id: str
    name: str
    type: str
    sentences: int


class ArticleBrief(_Model):
    id: str
    title: str
    outlet: str
    published: str | None
    story_id: str | None
    name: str = Field(description="Title, or the first words of an untitled article.")


class ArticleList(Paging):
    articles: list[ArticleBrief] = Field(description="Latest first; undated articles last.")


class EntityItem(_Model):
    id: str
    name: str
    type: str
    mention_count: int


class EntityList(Paging):
    entities: list[EntityItem] = Field(description="Most mentioned first.")


class Place(_Model):
    lat: float | None
    lon: float | None
    has_coordinates: bool
    country: str
    kind: str
    gazetteer_name: str
    geonameid: int | None
    source: str


class EntityPage(_Model):
    entity: EntityHead
    kb: KbLink | None
    aliases: list[Alias]
    roles: list[Role]
    claims_about: list[Claim]
    claims_by: list[Claim]
    quotes: list[Quote]
    cooccurring: list[CoOccurring]
    articles: list[ArticleBrief]
    place: Place | None
    article_index: dict[str, ArticleBrief]


# -- articles ----------------------------------------------------------------------------------
class ArticleFull(_Model):
    id: str
    origin: str
    text: str
    title: str
    byline: str
    outlet: str
    url: str
    published: str | None
    published_source: str
    language: str
    removed_lines: list[str]
    story_id: str | None
    source_id: str
    source_reason: str
    analysed_by: str


class StoryRef(_Model):
    id: str
    label: str
    name: str


class SameSource(_Model):
    id: str
    title: str
    outlet: str
    published: str | None
    story_id: str | None
    name: str
    source_reason: str
    source_id: str


class NamedEntity(_Model):
    id: str
    name: str
    type: str


class ArticlePage(_Model):
    shared: dict[str, int] = Field(description="Claim group -> number of articles that carry it.")
    article: ArticleFull
    story: StoryRef | None
    same_source: list[SameSource]
    mentions: list[Mention]
    entities: list[NamedEntity]
    claims: list[Claim]
    quotes: list[Quote]
    timexes: list[TimeExpr]


class AddResult(_Model):
    added: int
    skipped: int
    rejected: list[dict[str, str]]
    articles: list[str] = Field(description="Ids of the articles added.")
    stories: list[str]


# -- search ------------------------------------------------------------------------------------
class ArticleHit(_Model):
    id: str
    title: str
    outlet: str
    published: str | None
    story_id: str | None
    lead: str = Field(description="First characters of an untitled article ('' when it has a title).")
    snippet: str
    hits: list[list[int]] = Field(description="[start, end] of each matched word in the snippet.")


class ClaimHit(_Model):
    id: str
    article_id: str
    modality: str
    attributed_to: str
    title: str
    story_id: str | None
    outlet: str
    lead: str
    snippet: str
    hits: list[list[int]]


class EntityHit(_Model):
    id: str
    name: str
    type: str
    mention_count: int
    aliases: list[str]
    matched_by: str = Field(description="words, spelling (transliteration key) or similar (typo tolerance).")


class SearchResults(_Model):
    q: str
    query: str = Field(description="The FTS5 expression that was run.")
    index: bool = Field(description="False when the store has no search index.")
    spellings: list[str] = Field(description="Spellings of the names the query designates, searched as well.")
    articles: list[ArticleHit]
    claims: list[ClaimHit]
    entities: list[EntityHit]


ERRORS: dict[int | str, dict[str, Any]] = {404: {"model": Error, "description": "No such record"},
                                          422: {"model": Error, "description": "Invalid parameter"}}
