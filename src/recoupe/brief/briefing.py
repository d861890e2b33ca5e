"""The briefing: a short extractive summary of each story in which every sentence cites.

Sentences are taken from the articles, never written. It leads with what a fact-checker must
see first: the accounts that conflict and the claims a party denies, each with both sides and
who holds which version; then what is confirmed by independent sources; then what rests on one
source; hedged claims (« aurait livré », « pourrait ») come last, and only when room is left,
labelled as such. Statuses come from :mod:`recoupe.claims.status`, the one place that computes
them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from importlib import import_module
from typing import Any

from recoupe.claims.contradictions import holder_name
from recoupe.claims.groups import _Features, cannot_be_one_fact, rule_link
from recoupe.claims.shown import clauses_of, opens_on_finite_verb, opens_on_relative, shown_claim, states_fact
from recoupe.claims.status import (
    DISPUTE_KINDS,
    FIRM,
    STATUSES,
    GroupStatus,
    group_status,
    is_conflict,
    source_context,
)
from recoupe.lang import SUPPORTED, pack, packs
from recoupe.model import Article, Claim
from recoupe.storage import Store

MAX_SENTENCES = 8
MAX_CONFLICTS = 4
def _cite(c: Claim) -> dict[str, Any]:
    return {"article_id": c.article_id, "claim_id": c.id, "start": c.start, "end": c.end}


def _opens_on_pronoun(sentence: str, language: str = "") -> bool:
    """Does the sentence lean on the one before it: a pronoun, possessive or connective of its own
    language first (« Mais, … », « However … »; French « son » is no pronoun in an English sentence:
    « Son Heung-min … ») or a lower-case start (a feed's sentence cut after an ellipsis)?"""
    # a quotation's first word is its speaker's (« « Ça suffit » : le maire … » stands alone): not stripped
    first = sentence.lstrip()
    if first[:1].islower():
        return True
    langs = [pack(language)] if language in SUPPORTED else packs()
    word = first.split(" ", 1)[0].rstrip(",;:").lower()
    # an opening that names what it tells though its first word often leans (« Ceux qui … »)
    return (any(word in p.anaphoric for p in langs)
            and not any(p.standing_openings and p.standing_openings.match(first) for p in langs))


def _no_main_clause(c: Claim, article_claims: list[Claim]) -> bool:
    """Is the claim's sentence a noun phrase and its relative clause, with no main clause (« Un outil
    ancien qui rassure encore les riverains. »)? Its head is told in the sentence before, as a pronoun's
    referent is. Read as: the claim opens on a relative pronoun inside its sentence and runs to its end
    (a predicate after it, « La ville, qui …, a voté », is the main clause's); before it no colon (a
    headline's rubric and its news: « Lavoir : un chantier qui … » stands alone) and no copula (« C'est
    une décision qui … ») and at most :data:`HEAD_WORDS` words (a longer run holds a predicate the parse
    missed); and no other claim the parse found in that sentence states a fact
    (:func:`recoupe.claims.shown.states_fact`) or opens on its finite verb."""
    sentence = c.sentence or ""
    at = sentence.find(c.text)
    if not opens_on_relative(c) or at <= 0 or sentence[at + len(c.text):].strip(_CLOSING):
        return False
    before = sentence[:at]
    lex = clauses_of(c)
    words = [w.lower() for w in _WORDS.findall(before)]
    if ":" in before or len(words) > HEAD_WORDS or any(w in lex.COPULA_FORMS for w in words):
        return False
    # a clause opening on its finite verb (« ont donné l'alerte ») is the main clause's predicate, its
    # subject cut off by the relative clause the parse read between them; one opening on « que » is told
    # by a main clause's verb (« Les juges estiment que … »)
    def main_clause(o: Claim) -> bool:
        first = _WORDS.findall(o.text.lower())[:1]
        return states_fact(o) or opens_on_finite_verb(o) or bool(first and first[0] in lex.QUE)

    return not any(o.id != c.id and o.sentence == c.sentence and main_clause(o) for o in article_claims)


def _opens_body(c: Claim, article: Article | None) -> bool:
    """Is the claim's sentence the first of its article's body (nothing before it but the headline)?"""
    if article is None or not c.sentence:
        return False
    at = article.text.find(c.sentence)
    if at < 0:
        return False
    head = article.text[:at].strip()
    title = article.title.strip()
    if title and head.startswith(title):
        head = head[len(title):]
    return not head.strip(_CLOSING + ":;,-—–")


# the most words a noun phrase heading a relative clause is read to have (« Une exposition à voir au
# musée des Beaux-Arts qui … »)
HEAD_WORDS = 10
_CLOSING = " \t\n.!?…»\"”’')]"
_WORDS = re.compile(r"[^\W\d_]+", re.UNICODE)


# straight double quotes and the typographic pairs; some wire copy opens a quotation with `` and
# closes it with '', or closes a straight one with ''
_QUOTE_PAIRS = (("«", "»"), ("“", "”"))


def _question(sentence: str) -> bool:
    """Does the sentence end on a question mark (before closing quotes and the spaces French
    typography puts before « ? » and « »: no-break and narrow no-break)? A question states no fact."""
    return sentence.rstrip().rstrip(" »\"'”’\u00a0\u202f").endswith("?")


def _cut(sentence: str) -> bool:
    """Is the sentence no line a reader can take alone: cut by a feed (« Le maire a reçu les
    riverains, dont... »), cut at a semicolon or colon, cut inside a quotation (its marks unbalanced:
    « Le maire a salué l'équipe : « Bravo. »), or a question (:func:`_question`)?"""
    end = sentence.rstrip()
    if end.endswith(("...", "…", ";", ":", ",")) or _question(end):
        return True
    if any(end.count(o) != end.count(c) for o, c in _QUOTE_PAIRS):
        return True
    return (end.count('"') + end.count("``") + end.count("''")) % 2 == 1


CENTRAL_SAMPLE = 50  # members a candidate is compared with (a big group's sentence is chosen as cheaply)


def _centrality(c: Claim, members: list[Claim]) -> float:
    """How much of what the other articles' members say this claim says (mean Jaccard of content
    lemmas): the group's common fact, not one outlet's detail (« … discuteront de sujets
    sensibles » in a group about the meeting)."""
    mine = set(c.lemmas)
    others = [set(m.lemmas) for m in members[:CENTRAL_SAMPLE] if m.article_id != c.article_id]
    if not mine or not others:
        return 0.0
    return sum(len(mine & o) / len(mine | o) for o in others if o) / len(others)


def _coverage(c: Claim) -> float:
    """How much of its sentence the claim is: a sentence shown for a claim it barely touches
    (« où il rencontrera le ministre » inside a sentence about a train) tells something else."""
    return min(1.0, len(c.text) / len(c.sentence)) if c.sentence else 0.0


def representative(members: list[Claim]) -> Claim:
    """The sentence that best tells a group: firm, not opening on a pronoun, in the outlet's own
    voice when one states it so, about the claim and closest to what the other articles say,
    then short."""
    return min(members, key=lambda c: _rank(c, members))


def _rank(c: Claim, members: list[Claim]) -> tuple[Any, ...]:
    """:func:`representative`'s order (best first)."""
    return (c.modality not in FIRM, _opens_on_pronoun(c.sentence, c.language), c.modality != "asserted",
            -round(_centrality(c, members) * _coverage(c), 2), len(c.sentence), c.article_id, c.start)


def _other_figure(a: _Features, b: _Features) -> bool:
    """Do the two claims give one count (same key) other figures? Read on the normalised values
    (« 12 », « douze », « twelve » are one figure), not the words around them."""
    mine: dict[str, set[float]] = {}
    for key, value in a.values:
        mine.setdefault(key, set()).add(value)
    theirs: dict[str, set[float]] = {}
    for key, value in b.values:
        theirs.setdefault(key, set()).add(value)
    return any(not mine[k] & theirs[k] for k in mine.keys() & theirs.keys())


def _tells(fc: _Features, refs: list[tuple[Claim, _Features]]) -> bool:
    """Does member ``fc`` tell the fact of the line (one of ``refs``: the line's claim, the pair that
    confirms it)? Not vetoed as another fact (:func:`cannot_be_one_fact`, with the articles' dates),
    no other figure for one count, and linked to one of them by the lemma rule of grouping. The
    lemma rule never compares two languages (a member of the other language joined the group by
    :mod:`recoupe.claims.crosslang`): such a member tells the fact unless a veto says otherwise. A
    group may lump several facts through a chain of links (one night's strikes and another's tolls,
    two races of one swimmer): an article of another fact cited under the line would tell the
    reader it carries what it does not."""
    c = fc.claim
    for r, fr in refs:
        if c.id == r.id:
            return True
        if _other_figure(fc, fr) or cannot_be_one_fact(fr, fc) or cannot_be_one_fact(fc, fr):
            continue
        if c.language != r.language or rule_link(fr, fc) or rule_link(fc, fr):
            return True
    return False


def _line_claim(candidates: list[Claim], members: list[Claim], seen: set[str], *,
                cut: bool = False, leans: Callable[[Claim], bool] | None = None) -> Claim | None:
    """The first of ``candidates`` (best first) whose sentence may be a line: not shown yet, not a
    bare headline, not cut (:func:`_cut`), and not opening on a pronoun, which is kept only when no
    other candidate passes and the group has more than one member (a confirmed fact is not left out;
    another such line is, by the caller). ``cut``: when no candidate is whole, a cut sentence rather
    than no line, but never a question (it states no fact). ``leans``: whether a sentence leans on the one
    before it (default: it opens on a pronoun)."""
    lean = leans or (lambda c: _opens_on_pronoun(c.sentence, c.language))
    if cut and any(not _cut(c.sentence) for c in candidates):
        return None  # a whole one exists: shown already or too short, its fact is not lost
    usable = [c for c in candidates if c.sentence not in seen and len(c.sentence) >= 40
              and not (_question(c.sentence) if cut else _cut(c.sentence))]
    for c in usable:
        if not lean(c):
            return c
    return usable[0] if usable and len(members) > 1 else None


@cache
def _dispute_template(code: str) -> str:
    try:
        return str(import_module(f"recoupe.lang.{code}.explain").DISPUTE_LINE)
    except (ImportError, AttributeError):
        return str(import_module("recoupe.lang.fr.explain").DISPUTE_LINE)


def _dispute_line(store: Store, members: list[Claim], seen: set[str]) -> dict[str, Any] | None:
    """A disputed group no conflict row explains (its members hold a denial): the line gives both
    sides, the claim with its holder and who denies it, when the group holds both; a denial alone
    is printed only when it names what it denies (its object is a named party: « X conteste les
    propos de Y »), else it is no line: « We deny it, said the lawyer » tells neither what nor whose."""
    denials = [c for c in members if c.modality == "denied" and c.sentence not in seen and not _cut(c.sentence)]
    claims = [c for c in members if c.modality in FIRM and c.sentence not in seen and not _cut(c.sentence)]
    if not denials:
        return None
    denial = min(denials, key=lambda c: _rank(c, members))
    if not claims:
        if not denial.object_entity or len(denial.sentence) < 40:
            return None
        seen.add(denial.sentence)
        return {"kind": "disputed", "text": denial.sentence, "citations": [_cite(denial)]}
    claim = min(claims, key=lambda c: _rank(c, members))
    seen.update({claim.sentence, denial.sentence})
    if claim.sentence == denial.sentence:  # « X affirme …, ce que Y dément »: one sentence tells both sides
        return {"kind": "disputed", "text": claim.sentence, "citations": [_cite(claim), _cite(denial)]}

    def outlet(c: Claim) -> str:
        article = store.article(c.article_id)
        return article.outlet if article else ""

    claimant = holder_name(claim.attributed_to) or holder_name(claim.relay) or outlet(claim) or claim.subject
    denier = holder_name(denial.attributed_to) or denial.subject or outlet(denial)
    text = _dispute_template(denial.language).format(claimant=claimant, claim=claim.sentence, denier=denier,
                                                     denial=denial.sentence)
    return {"kind": "disputed", "text": text, "citations": [_cite(claim), _cite(denial)]}


def build_briefing(store: Store, story_id: str, *, max_sentences: int = MAX_SENTENCES) -> list[dict[str, Any]]:
    """The cited briefing of one story. Only the story's best-sourced groups (ranked in SQL) and
    the groups named by its conflicts are read, so the cost does not grow with the story. Read as
    one snapshot (a build's forked readers, a caller's own): never rows of two states of the store."""
    with store.snapshot():
        return _build_briefing(store, story_id, max_sentences)


def _build_briefing(store: Store, story_id: str, max_sentences: int) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    seen_sentences: set[str] = set()
    conflicts = [x for x in store.contradictions(story_id) if is_conflict(x["kind"])]
    # disputes and contradictions first, each pair of groups once, in a stable order
    conflicts.sort(key=lambda x: (x["kind"] not in DISPUTE_KINDS, x["claim_a"], x["claim_b"]))
    shown_pairs: set[tuple[str, str]] = set()
    conflict_groups: dict[str, set[str]] = {}
    for con in conflicts:
        for key in ("group_a", "group_b"):
            if con[key]:
                conflict_groups.setdefault(con[key], set()).add(con["kind"])
    for con in conflicts:
        if len(out) >= MAX_CONFLICTS:
            break
        a, b = store.claim(con["claim_a"]), store.claim(con["claim_b"])
        if a is None or b is None:
            continue
        pair = (con["group_a"] or a.id, con["group_b"] or b.id)
        if pair in shown_pairs or pair[::-1] in shown_pairs:
            continue
        shown_pairs.add(pair)
        seen_sentences.update({a.sentence, b.sentence})
        # two claims of one sentence (« X claims it, Y denies it »): the sentence is printed once
        told = f"« {a.sentence} »" if a.sentence == b.sentence else f"« {a.sentence} » / « {b.sentence} »"
        out.append({
            "kind": "disputed" if con["kind"] in DISPUTE_KINDS else "contradicted",
            "text": f"{con['explanation']}: {told}",
            "citations": [_cite(x) for x in ((a, b) if a.id != b.id else (a,))],  # a claim with itself: once
        })
    ranked: list[tuple[tuple[Any, ...], GroupStatus, Claim, list[Claim], list[Claim]]] = []
    top = store.top_groups(story_id, limit=max_sentences * 5)
    summaries = {g["id"]: g["summary"] for g in store.groups(story_id)}
    # the members of all the top groups, and the sources of their articles, read at once
    by_group = store.claims_by_group(g["id"] for g in top)
    sources = store.sources_of(sorted({c.article_id for ms in by_group.values() for c in ms}))
    context = source_context(store, sources)
    # the articles' dates: the veto of a plan against an old deed reads them, as grouping does
    published = store.published_dates(sorted({c.article_id for ms in by_group.values() for c in ms}))

    def features(c: Claim) -> _Features:
        return _Features(c, published.get(c.article_id, ""))

    article_claims: dict[str, list[Claim]] = {}

    def leans(c: Claim) -> bool:
        """Does the sentence lean on the one before it: a pronoun first, or no main clause
        (:func:`_no_main_clause`, read on the claims of its article)?"""
        if _opens_on_pronoun(c.sentence, c.language):
            return True
        if not opens_on_relative(c):
            return False
        if c.article_id not in article_claims:
            article_claims[c.article_id] = store.claims(article_id=c.article_id)
        # an article's opening sentence leans on nothing before it (« Un incendie qui a ravagé … »: the news)
        return not _opens_body(c, store.article(c.article_id)) and _no_main_clause(c, article_claims[c.article_id])

    for g in top:
        members = by_group.get(g["id"], [])
        if not members:
            continue
        st = group_status(members, sources, conflict_groups.get(g["id"], ()), context)
        rep = representative(members)
        if _cut(rep.sentence):
            # a feed's cut sentence or a question: the group is told by its best whole sentence, as firm
            whole = [c for c in members if (c.modality in FIRM) == (rep.modality in FIRM) and not _cut(c.sentence)]
            if whole:
                rep = min(whole, key=lambda c: _rank(c, members))
        confirming = [c for c in members if c.id in st.confirmed_by] if st.status == "confirmed" else []
        if confirming and rep not in confirming:
            # the group may lump several facts: a line shown as confirmed tells the one two sources confirm
            rep = representative(confirming)
        # ties broken by content (claim ids hash the article), never by arrival (group ids)
        score = (STATUSES.index(st.status), -st.firm_sources, -len(st.articles), len(rep.sentence),
                 min(c.id for c in members))
        if confirming:
            # the claim the dossier and the web app show the group by (recoupe.claims.shown) first
            shown = shown_claim(members, st, summaries.get(g["id"], ""))
            confirming = sorted(confirming, key=lambda c: (c is not shown, _rank(c, confirming)))
        ranked.append((score, st, rep, members, confirming))
    ranked.sort(key=lambda r: r[0])
    budget = len(out) + max_sentences
    # a group other than confirmed told only in cut sentences (a feed's summary ending « ... ») or
    # questions gets no line: printed in the room left, they made the briefings less readable (RESULTS
    # « lead25 »); a confirmed fact is never left out (below)
    for _, st, rep, members, confirming in ranked:
        if len(out) >= budget:
            break
        if st.status in {"contradicted", "disputed"} and st.conflicts:
            continue  # already told with both sides above
        if st.status == "disputed":
            dispute = _dispute_line(store, members, seen_sentences)
            if dispute is not None:
                out.append(dispute)
            continue
        # a confirmed line may tell either claim of its pair (the one the group is shown by first): one
        # already shown or too short must not drop the line while the other would do
        line = _line_claim(confirming or [rep], members, seen_sentences, leans=leans)
        if line is None and confirming:
            # both claims of the pair cut (a feed's summaries): the best whole firm member that
            # tells the pair's fact, still shown as confirmed and citing the pair first; else the
            # pair's cut sentence (a confirmed fact is not left out)
            pair_refs = [(r, features(r)) for r in confirming]
            tellers = [c for c in members
                       if c not in confirming and c.modality in FIRM and _tells(features(c), pair_refs)]
            line = (_line_claim(sorted(tellers, key=lambda c: _rank(c, members)), members, seen_sentences,
                                leans=leans)
                    or _line_claim(confirming, members, seen_sentences, cut=True, leans=leans))
        if line is not None and confirming and leans(line):
            # the pair's claims lean on the sentence before them (a pronoun, no main clause): a member
            # telling the pair's fact that stands alone tells it better, still shown as confirmed and
            # citing the pair first
            pair_refs = [(r, features(r)) for r in confirming]
            alone = [c for c in members if c not in confirming and c.modality in FIRM
                     and not leans(c) and _tells(features(c), pair_refs)]
            line = (_line_claim(sorted(alone, key=lambda c: _rank(c, members)), members, seen_sentences,
                                leans=leans) or line)
        if line is None:
            continue
        # a line must stand alone. One opening on a pronoun (or with no main clause) is never shown with
        # the sentence before it under the group's status: nobody else tells that sentence, and under
        # `confirmed` it reads as confirmed (review revb27). A confirmed fact is still shown, by its own
        # sentence (never left out); another line leaning on what is not shown is left out
        if st.status != "confirmed" and leans(line):
            continue
        rep = line
        seen_sentences.add(rep.sentence)
        # a confirmed line cites the two claims it rests on first, marked, then the other articles
        # that tell its fact (:func:`_tells`)
        cites: list[dict[str, Any]] = [{**_cite(c), "confirms": True}
                                       for c in sorted(confirming, key=lambda c: (c.article_id, c.start))]
        refs = [(r, features(r)) for r in (rep, *confirming)]
        for c in sorted(members, key=lambda c: (c.article_id, c.start)):
            if all(x["article_id"] != c.article_id for x in cites):
                # the line's own article is cited through the line's claim: its link and highlight
                # land on the sentence shown
                if c.article_id == rep.article_id:
                    cites.append(_cite(rep))
                elif _tells(features(c), refs):
                    cites.append(_cite(c))
        out.append({"kind": st.status, "text": rep.sentence, "citations": cites})
    return out
