"""English quote speakers scored on BASIL (issue 15): who is quoted, as the article says.

    python -m benchmarks.eval_basil [--split dev|test|both] [--errors FILE] [--json FILE]

Data: ``../shared/eval-data/basil-en`` (read only; nothing of it is copied into the repository).
Each article's ``body-paragraphs`` become its text (the sentences of a paragraph joined by a space,
paragraphs by a blank line), dated by its ``date``, and go through recoupe's English pipeline and
:func:`recoupe.nlp.extract.analyse`.

Gold: the phrase-level spans marked ``quote = yes`` whose ``speaker`` names someone (``Donald_Trump``,
``House_Democrats``); the ``other_pro`` / ``other_anti`` / ``other_neutral`` speakers (a stance, not a
name) are counted apart and not scored. A span's predicted speaker is that of the recoupe quote
overlapping it, else the resolved source of the reporting frame whose content covers it (BASIL's
quote spans include reported speech without quotation marks). It is right when it is the same
person as the gold name (``benchmarks.eval_pages.same_person``: folded forms equal or one contains
the other, so "Trump" matches "Donald Trump").

* **speaker accuracy** = right / named gold spans (a span with no predicted speaker is wrong);
  a name also matches when the gold's first and last words are both in it ("Anthony D. Weiner");
* ``person_speaker_accuracy``: the same over the spans whose gold speaker is a person the article
  names (one of the English model's PERSON mentions is that name): BASIL often gives a group as
  the speaker ("Democratic Lawmakers", "Tea Party", "Obama campaign") where the article quotes
  one of its members by name, which no reading of the article's attribution can return;
* ``found`` = share of spans given any speaker; ``accuracy_found`` = right / found;
* ``speaker_accuracy_words``: as ``speaker_accuracy`` with names compared word by word (the
  predicted name's folded words a run of the gold's, or the other way round) instead of by
  characters: "Ryan" is not "Bryan Smith", "House" is not "House Democrats"... a check that the
  headline's character rule gives nothing away;
* ``speaker_accuracy_members``: also right when the gold is a group (no PERSON of the article is
  that name by ``same_speaker_words``: "Obama campaign" is a group) and the article describes the
  predicted person, in the noun phrase that names them, by words that contain the gold's ("Jane
  Roe, a spokeswoman for the Obama campaign" for "Obama campaign", "NAACP President John Doe" for
  "NAACP"): the article's own statement that this person speaks for the group (BASIL gives the
  group where the article quotes its spokesperson). Reported beside the headline, never instead;
* ``speaker_accuracy_stated_group``: the recipe's reading of a group speaker. BASIL's ``speaker``
  is one of the article's main entities (379 of the 380 named quote speakers are among the
  entities its ``author_feeling_*`` fields rate; anyone else is ``other_*``), a group for the words
  of any member. Also right, for a group gold, when the noun phrases naming the predicted person
  state membership (:func:`stated_member`): ``speaks_for``, or the group's party / chamber / office
  words all stated ("Rep. Jane Roe, D-Md." for "Democratic Lawmakers" or "House Democrats", not
  for "Senate Democrats"; "Springfield Sheriff John Doe" for "Springfield officials"; "a House
  candidate" is no representative). No world knowledge: "a spokesman for Mr. Reid" is no Democrat,
  "Jesuit Father X" no Catholic. Reported beside the headline, whose rule is unchanged.

Splits by year: ``dev`` = 2010–2014 (``--errors`` lists its mistakes), ``test`` = 2015–2019, held
out (totals only). Exits 0 with a message when the data is absent.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from benchmarks.eval_pages import same_person
from benchmarks.scoring import run_splits
from recoupe.resolve.names import fold

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval-data" / "basil-en"
YEARS = {"dev": range(2010, 2015), "test": range(2015, 2020)}


def article_text(art: dict[str, Any]) -> tuple[str, list[int]]:
    """The text recoupe reads and the start offset of each sentence (flattened, as BASIL's ``p<i>``)."""
    parts: list[str] = []
    starts: list[int] = []
    pos = 0
    for k, para in enumerate(art["body-paragraphs"]):
        if k:
            parts.append("\n\n")
            pos += 2
        for j, sent in enumerate(para):
            if j:
                parts.append(" ")
                pos += 1
            starts.append(pos)
            parts.append(sent)
            pos += len(sent)
    return "".join(parts), starts


def documents(split: str, root: Path = EVAL) -> list[dict[str, Any]]:
    """The articles of a split with their text and gold quote spans ``(start, end, speaker)``."""
    out = []
    for year in YEARS[split]:
        for path in sorted((root / "articles" / str(year)).glob("*.json")):
            art = json.loads(path.read_text("utf-8"))
            ann_path = root / "annotations" / str(year) / f"{path.stem}_ann.json"
            if not ann_path.exists():
                continue
            ann = json.loads(ann_path.read_text("utf-8"))
            text, starts = article_text(art)
            gold, stance = [], 0
            for a in ann.get("phrase-level-annotations", []):
                if a.get("quote") != "yes" or not a.get("speaker"):
                    continue
                if a["speaker"].startswith("other_"):
                    stance += 1
                    continue
                k = int(a["id"].lstrip("p"))
                if k >= len(starts):
                    continue
                gold.append((starts[k] + int(a["start"]), starts[k] + int(a["end"]), a["speaker"].replace("_", " ")))
            out.append({"name": path.stem, "text": text, "date": art.get("date", ""), "gold": gold,
                        "stance": stance})
    return out


def analysed(docs: list[dict[str, Any]]) -> Iterator[tuple[int, Any, Any]]:
    """``(index, parsed doc, recoupe's analysis)`` of each article, parsed with its date as anchor."""
    from recoupe.lang import pack
    from recoupe.model import Article
    from recoupe.nlp.extract import analyse
    from recoupe.nlp.pipeline import load, parse_with_context

    nlp = load(pack("en").model)

    def anchor(d: dict[str, Any]) -> date | None:
        try:
            return date.fromisoformat(d["date"])
        except ValueError:
            return None

    items = ((d["text"], anchor(d), k) for k, d in enumerate(docs))
    for doc, k in parse_with_context(nlp, items):
        d = docs[k]  # type: ignore[index]
        yield k, doc, analyse(doc, Article(id=d["name"], origin=d["name"], text=d["text"], language="en"))


def predict(docs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per article: recoupe's quotes (span, speaker) and frames (content span, resolved source)."""
    from recoupe.nlp.extract import frame_sources

    out: list[dict[str, Any]] = [{} for _ in docs]
    for k, doc, res in analysed(docs):
        out[k] = {"quotes": [(q.start, q.end, q.speaker) for q in res.quotes],
                  "frames": [(s, e, name) for s, e, name, _ in frame_sources(doc)],
                  "people": sorted({m.text for m in res.mentions if m.type == "PER"}),
                  "described": described(doc)}
    return out


def described(doc: Any) -> dict[str, list[str]]:
    """Each person's fullest name -> the noun phrases that name them, as written ("Jane Roe, a
    spokeswoman for the Obama campaign,", "NAACP President John Doe", "Rep. Jane Roe (D-Md.)"): the
    name's subtree without what hangs under a verb (a relative clause says what they did, not who
    they are)."""
    from recoupe.nlp.extract import _Context

    ctx = _Context(doc)
    out: dict[str, list[str]] = {}
    for ent in ctx.people:
        root = ent.root
        words = []
        for t in root.subtree:
            up, ok = t, True
            while up.i != root.i:
                if up.pos_ in {"VERB", "AUX"}:
                    ok = False
                    break
                up = up.head
            if ok:
                words.append(t.text)
        out.setdefault(ctx._named(ent), []).append(" ".join(words))
    return out


def speaker_for(pred: dict[str, Any], s: int, e: int) -> str:
    """The predicted speaker of gold span ``[s, e)``: the most overlapping quote with a speaker,
    else the innermost frame whose content covers the span's middle."""
    best = max(((min(e, qe) - max(s, qs), sp) for qs, qe, sp in pred["quotes"] if sp and qs < e and s < qe),
               default=None)
    if best is not None:
        return str(best[1])
    mid = (s + e) // 2
    covering = [(fe - fs, name) for fs, fe, name in pred["frames"] if name and fs <= mid < fe]
    return str(min(covering)[1]) if covering else ""


def same_speaker(pred: str, gold: str) -> bool:
    """``same_person``, or the gold name's first and last words both among the predicted name's
    ("Anthony D. Weiner" is "Anthony Weiner", "Hillary Rodham Clinton" is "Hillary Clinton")."""
    if same_person(pred, [gold]):
        return True
    g, p = fold(gold).split(), set(fold(pred).split())
    return len(g) >= 2 and g[0] in p and g[-1] in p


def same_speaker_words(pred: str, gold: str) -> bool:
    """``same_speaker`` with names compared by whole words: one name's folded words are a run of
    the other's that ends on its last word (the surname or the head: "Trump" is "Donald Trump",
    "House" is not "House Democrats"), or the gold's first and last words are both in the predicted
    name."""
    p, g = fold(pred).split(), fold(gold).split()
    if not p or not g:
        return False

    def run(a: list[str], b: list[str]) -> bool:
        return b[len(b) - len(a):] == a

    return run(p, g) or run(g, p) or (len(g) >= 2 and g[0] in p and g[-1] in p)


def speaks_for(pred: str, gold: str, described: dict[str, list[str]]) -> bool:
    """Does the article describe the predicted person by words containing the gold name (its
    folded words as a run in a noun phrase that names them)?"""
    g = fold(gold).split()
    if not g or not pred:
        return False
    return any(_has_run(fold(phrase).split(), g) for phrase in described.get(pred, []))


def _has_run(words: list[str], run: list[str]) -> bool:
    return any(words[i:i + len(run)] == run for i in range(len(words) - len(run) + 1))


# What BASIL's speaker field holds (checked on the data, both splits: 379 of the 380 named quote
# speakers are one of the article's main entities, those it gives ``author_feeling_<entity>`` for,
# and a speaker who is none of them is written ``other_pro`` / ``other_anti`` / ``other_neutral``):
# the main entity that speaks, a group ("Democratic Lawmakers", "Nebraska officials") for the words
# of any of its members. A member is credited below only for what the article itself says of them
# in the noun phrases that name them; the group's name is read as these features (each one needed):
_PARTY = {"democrat": "democrat", "democrats": "democrat", "democratic": "democrat",
          "republican": "republican", "republicans": "republican", "gop": "republican"}
_PARTY_TAG = re.compile(r"(?<![\w.])([DR])\s*-\s*[A-Z]|\(\s*([DR])\s*\)")  # "D-N.Y.", "(R-Ohio)", "(D)"
_HOUSE = {"rep", "representative", "representatives", "congressman", "congresswoman", "house"}
_SENATE = {"sen", "senator", "senators", "senate"}
_LAWMAKERS = {"lawmaker", "lawmakers", "legislator", "legislators", "congressmen", "congresswomen"}
_OFFICE = {"official", "officials", "governor", "gov", "secretary", "sheriff", "mayor", "spokesman",
           "spokeswoman", "spokesperson", "commissioner", "ambassador", "administrator", "prosecutor"}
_SEEKING = {"candidate", "candidates", "hopeful", "hopefuls", "nominee", "challenger", "race", "seat", "bid"}
_OFFICE_RUNS = (["attorney", "general"], ["press", "secretary"], ["chief", "of", "staff"])


def person_features(phrases: list[str]) -> set[str]:
    """What the article says a person is, from the noun phrases that name them: ``democrat`` /
    ``republican`` (the word, or "D-N.Y.", "(R-Ohio)"), ``house`` / ``senate`` (a title: "Rep.",
    "Sen.", "Congresswoman", or the chamber named: "a member of the House"), ``lawmaker`` (either
    chamber, or the word), ``official`` (a lawmaker or a public office: governor, attorney general,
    sheriff, spokesman...) and ``committee``."""
    out: set[str] = set()
    for phrase in phrases:
        if _PARTY_TAG.search(phrase):
            out |= {"democrat" if "D" in (m.group(1) or m.group(2)) else "republican"
                    for m in _PARTY_TAG.finditer(phrase)}
        w = fold(phrase).split()
        out |= {_PARTY[x] for x in w if x in _PARTY}
        # "a House candidate", "a Senate hopeful" seeks a seat; "the White House" is no chamber
        seat = [x in _SEEKING for x in w[1:]] + [False]
        if any(x in _HOUSE and not seat[k] and not (x == "house" and k and w[k - 1] == "white")
               for k, x in enumerate(w)):
            out.add("house")
        if any(x in _SENATE and not seat[k] for k, x in enumerate(w)):
            out.add("senate")
        if out & {"house", "senate"} or any(x in _LAWMAKERS for x in w):
            out.add("lawmaker")
        if "lawmaker" in out or any(x in _OFFICE for x in w) or any(_has_run(w, r) for r in _OFFICE_RUNS):
            out.add("official")
        if "committee" in w:
            out.add("committee")
    return out


def group_readings(gold: str) -> list[tuple[set[str], list[list[str]]]]:
    """A group's name as alternatives of (features, literal word runs) that a member must all have:
    "House Democrats" is ({house, democrat}, []), "Nebraska officials" ({official}, [[nebraska]]),
    "White House officials and lawmakers" either ({official}, [[white, house]]) or ({lawmaker}, []),
    "Nebraska and Oklahoma officials" "Nebraska officials" or "Oklahoma officials"."""
    parts = [p.split() for p in fold(gold).split(" and ")]
    roles = set(_PARTY) | _HOUSE | _SENATE | _LAWMAKERS | _OFFICE | {"members", "member"}
    if len(parts) > 1:  # a bare modifier shares the last part's head: "Nebraska and Oklahoma officials"
        parts = [p + parts[-1][-1:] if not any(x in roles for x in p) else p for p in parts[:-1]] + parts[-1:]
    out = []
    for words in parts:
        feats: set[str] = set()
        runs: list[list[str]] = [[]]
        for k, x in enumerate(words):
            white = x == "house" and k and words[k - 1] == "white"
            if x in _PARTY:
                feats.add(_PARTY[x])
            elif x in _HOUSE and not white:
                feats.add("house")
            elif x in _SENATE:
                feats.add("senate")
            elif x in _LAWMAKERS:
                feats.add("lawmaker")
            elif x in {"official", "officials"}:
                feats.add("official")
            elif x in {"members", "member"} and "committee" in words:
                feats.add("committee")
            else:  # a word of its own ("nebraska", "white house", "tea party"): found as written
                runs[-1].append(x)
                continue
            runs.append([])  # a feature word ends a run
        out.append((feats, [r for r in runs if r and r != ["committee"]]))
    return out


def stated_member(pred: str, gold: str, described: dict[str, list[str]]) -> bool:
    """Does the article state that the predicted person belongs to the gold group, in the noun
    phrases that name them ("Rep. Jane Roe, D-Md." for "Democratic Lawmakers", "Nebraska Attorney
    General John Doe" for "Nebraska officials"), or is the group's name in them (:func:`speaks_for`)?
    A group's name with no feature word ("Tea Party", "plaintiffs") needs its words in the phrase."""
    phrases = described.get(pred, [])
    if not pred or not phrases:
        return False
    if speaks_for(pred, gold, described):
        return True
    feats = person_features(phrases)
    folded = [fold(p).split() for p in phrases]
    for need, runs in group_readings(gold):
        if need and need <= feats and all(any(_has_run(w, r) for w in folded) for r in runs):
            return True
    return False


def score(docs: list[dict[str, Any]], preds: list[dict[str, Any]],
          errors: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    n = ok = found = pn = pok = strict = words = members = stated = 0
    for d, p in zip(docs, preds, strict=True):
        people = {fold(name) for name in p["people"]}
        for s, e, speaker in d["gold"]:
            got = speaker_for(p, s, e)
            right = same_speaker(got, speaker)
            strict += same_person(got, [speaker])
            words += same_speaker_words(got, speaker)
            group = not any(same_speaker_words(x, speaker) for x in people)
            members += right or (group and speaks_for(got, speaker, p.get("described", {})))
            stated += right or (group and stated_member(got, speaker, p.get("described", {})))
            n += 1
            found += bool(got)
            ok += right
            # a person the article names (a PERSON of the English model equal to the gold name, or
            # with its first and last words), as opposed to a group the annotators chose as the voice
            # of its member ("Democratic Lawmakers" for one congressman)
            if any(same_speaker(x, speaker) for x in people):
                pn += 1
                pok += right
            if not right and errors is not None:
                errors.append({"doc": d["name"], "text": d["text"][s:e][:100], "gold": speaker, "pred": got})
    return {"articles": len(docs), "named_spans": n, "stance_only_spans": sum(d["stance"] for d in docs),
            "speaker_accuracy": round(ok / max(n, 1), 4), "found": round(found / max(n, 1), 4),
            "accuracy_found": round(ok / max(found, 1), 4), "right": ok,
            "speaker_accuracy_same_person_only": round(strict / max(n, 1), 4),
            "speaker_accuracy_words": round(words / max(n, 1), 4),
            "speaker_accuracy_members": round(members / max(n, 1), 4),
            "speaker_accuracy_stated_group": round(stated / max(n, 1), 4),
            "person_spans": pn, "person_speaker_accuracy": round(pok / max(pn, 1), 4)}


def evaluate(split: str, root: Path = EVAL, errors: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    docs = documents(split, root)
    return score(docs, predict(docs), errors)


def main(argv: list[str] | None = None) -> int:
    return run_splits(argv, __doc__.splitlines()[0], EVAL,
                      "write dev's wrong or missing speakers (JSON lines)",
                      evaluate)


if __name__ == "__main__":
    sys.exit(main())
