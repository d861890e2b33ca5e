"""A briefing line's citations and sentence, the second review's cases (invented sentences, no
spaCy): a member of the other language tells the line's fact unless a veto says otherwise; a
confirmed fact whose two claims are both cut is told by a whole member that tells it; a group with
no whole sentence keeps its cut one, never a question; one figure written two ways is one figure;
a plan does not cite a deed dated years before its article; French openers do not apply to English
sentences; wire-copy quotation marks and narrow spaces."""

from __future__ import annotations

from datetime import date

from recoupe.brief import build_briefing
from recoupe.brief.briefing import _cut, _opens_on_pronoun, _tells
from recoupe.claims.groups import _Features
from recoupe.model import Article, ArticleAnalysis, Claim
from recoupe.storage import Store

# (article id, sentence, claim text, predicate, lemmas, language, group, extra claim fields): invented
Row = tuple[str, str, str, str, list[str], str, str, dict[str, object]]


def _store(rows: list[Row], published: date = date(2031, 5, 6)) -> Store:
    s = Store.open(":memory:")
    with s.transaction():
        claims = []
        for aid, sentence, text, predicate, lemmas, language, group, extra in rows:
            s.add_article(Article(id=aid, origin=f"{aid}.txt", text=sentence, outlet=f"outlet {aid}",
                                  published=published), [(0, len(sentence))], analysed_by="test")
            claims.append(Claim(id=f"{aid}:c1", article_id=aid, text=text, sentence=sentence, start=0, end=len(text),
                                subject="", predicate=predicate, modality="asserted", group_id=group,
                                lemmas=lemmas, language=language, **extra))  # type: ignore[arg-type]
        for c in claims:
            s.save_analysis(ArticleAnalysis(c.article_id, claims=[c]))
            s.set_source(c.article_id, c.article_id, "")
        s.create_story("S1", "valbrune")
        for c in claims:
            s.add_to_story("S1", c.article_id, {"L:valbrune": 1.0}, published)
        for gid in sorted({c.group_id for c in claims}):
            s.create_group(gid, "S1", "", gid, [])
    return s


FIRE = ["pompier", "valbrune", "maîtriser", "incendie", "hangar"]


def test_a_member_of_the_other_language_is_cited_under_the_line() -> None:
    rows: list[Row] = [
        ("f", "Les pompiers de Valbrune ont maîtrisé jeudi l'incendie qui ravageait le hangar aux grains.",
         "Les pompiers de Valbrune ont maîtrisé jeudi l'incendie", "maîtriser", FIRE, "fr", "G1", {}),
        ("e", "Firefighters in Valbrune got the blaze at the grain shed under control on Thursday.",
         "Firefighters in Valbrune got the blaze at the grain shed under control", "get",
         ["firefighter", "valbrune", "get", "blaze", "grain", "shed", "control"], "en", "G1", {}),
    ]
    with _store(rows) as s:
        (line,) = build_briefing(s, "S1")
    assert {c["article_id"] for c in line["citations"]} == {"e", "f"}


def _cut_pair_rows(third: str) -> list[Row]:
    lemmas = ["ministre", "valbrune", "inaugurer", "passerelle", "canal"]
    return [(aid, sentence, sentence, "inaugurer", lemmas, "fr", "G1", {}) for aid, sentence in (
        ("a", "La ministre a inauguré vendredi la passerelle du canal de Valbrune, en présence des riverains et de..."),
        ("b", "Vendredi, la ministre a inauguré à Valbrune la nouvelle passerelle qui enjambe le canal …"),
        ("c", third),
    )]


def test_a_confirmed_fact_whose_pair_is_cut_is_told_by_a_whole_member() -> None:
    whole = "La ministre a inauguré vendredi à Valbrune la passerelle du canal, rouverte aux piétons."
    with _store(_cut_pair_rows(whole)) as s:
        (line,) = build_briefing(s, "S1")
    assert line["kind"] == "confirmed" and line["text"] == whole
    assert [(c["article_id"], c.get("confirms", False)) for c in line["citations"]] == [
        ("a", True), ("b", True), ("c", False)]


def test_a_single_source_group_with_no_whole_sentence_gets_no_line_cut_or_question() -> None:
    cut = [("a", "Le conseil de Valbrune a voté mardi la rénovation du lavoir des Quatre-Saisons, dont...",
            "Le conseil de Valbrune a voté mardi la rénovation du lavoir", "voter",
            ["conseil", "valbrune", "voter", "rénovation", "lavoir"], "fr", "G1", {})]
    question = [("q", "Le conseil de Valbrune votera-t-il la rénovation du lavoir des Quatre-Saisons ?",
                 "Le conseil de Valbrune votera la rénovation du lavoir", "voter",
                 ["conseil", "valbrune", "voter", "rénovation", "lavoir"], "fr", "G1", {})]
    with _store(cut) as s:  # type: ignore[arg-type]
        assert build_briefing(s, "S1") == []
    with _store(question) as s:  # type: ignore[arg-type]
        assert build_briefing(s, "S1") == []


def _claim(aid: str, text: str, numbers: list[str], **extra: object) -> Claim:
    return Claim(id=f"{aid}:c1", article_id=aid, text=text, sentence=f"{text}.", start=0, end=len(text),
                 subject="L'accident de Valbrune", predicate="faire",
                 lemmas=["accident", "valbrune", "faire", "mort", "route"], numbers=numbers, **extra)  # type: ignore[arg-type]


def test_one_figure_written_two_ways_is_one_figure() -> None:
    ref = _claim("r", "L'accident de Valbrune a fait 3 morts sur la route départementale", ["3 morts"])
    refs = [(ref, _Features(ref))]
    same = _claim("s", "L'accident de Valbrune a fait trois morts sur la route départementale", ["trois morts"])
    other = _claim("o", "L'accident de Valbrune a fait 7 morts sur la route départementale", ["7 morts"])
    assert _tells(_Features(same), refs)
    assert not _tells(_Features(other), refs)


def test_a_planned_line_does_not_cite_a_deed_dated_years_before() -> None:
    lemmas = ["maire", "valbrune", "rendre", "marden", "visite"]
    rows: list[Row] = [
        ("p", "Le maire de Valbrune se rendra à Marden pour une visite officielle de deux jours.",
         "Le maire de Valbrune se rendra à Marden pour une visite officielle", "rendre", lemmas, "fr", "G1",
         {"planned": True}),
        ("q", "Le maire de Valbrune se rendra à Marden pour une visite officielle, selon son cabinet.",
         "Le maire de Valbrune se rendra à Marden pour une visite officielle", "rendre", lemmas, "fr", "G1",
         {"planned": True}),
        ("d", "Le maire de Valbrune s'était rendu à Marden pour une visite officielle en 2019, lors du jumelage "
              "des deux villes et de la fête du port.",
         "Le maire de Valbrune s'était rendu à Marden pour une visite officielle en 2019", "rendre", lemmas,
         "fr", "G1", {"time": "2019"}),
    ]
    with _store(rows, published=date(2031, 5, 6)) as s:
        (line,) = build_briefing(s, "S1")
    assert line["text"] != rows[2][1]
    assert "d" not in {c["article_id"] for c in line["citations"]}


def test_openers_are_read_in_the_sentences_own_language() -> None:
    sentence = "Son Ji-woo scored twice as the Valbrune Rovers beat Marden 3-1 on Sunday afternoon."
    assert not _opens_on_pronoun(sentence, "en")
    assert _opens_on_pronoun("Son équipe a battu Marden dimanche après-midi.", "fr")
    assert _opens_on_pronoun("His team beat Marden on Sunday afternoon.", "en")
    rows: list[Row] = [("e", sentence, sentence[:-1], "score", ["son", "ji-woo", "score", "rovers", "beat"],
                        "en", "G1", {})]
    with _store(rows) as s:
        assert [b["text"] for b in build_briefing(s, "S1")] == [sentence]


def test_wire_quotation_marks_and_narrow_spaces() -> None:
    assert not _cut("``Well done,'' the mayor of Valbrune told the rowing crew after the race.")
    assert not _cut("The mayor of Valbrune called the regatta a ``proud day'' for the harbour.")
    assert _cut("Le maire de Valbrune rouvrira-t-il la halle aux grains\u202f?\u202f»")
    assert _cut("‘Will the Valbrune regatta take place this year?’")


def test_a_group_told_only_in_cut_sentences_gets_no_line_unless_confirmed() -> None:
    rows: list[Row] = [
        ("a", "Le conseil de Valbrune a voté mardi la rénovation du lavoir, dont...",
         "Le conseil de Valbrune a voté mardi la rénovation du lavoir", "voter",
         ["conseil", "valbrune", "voter", "rénovation", "lavoir"], "fr", "G1", {}),
        ("w", "La halle aux grains de Valbrune rouvrira ses portes au public le premier samedi de juin.",
         "La halle aux grains de Valbrune rouvrira ses portes au public", "rouvrir",
         ["halle", "grain", "valbrune", "rouvrir", "porte", "public"], "fr", "G2", {}),
    ]
    with _store(rows) as s:
        assert [b["text"] for b in build_briefing(s, "S1", max_sentences=1)] == [rows[1][1]]
        assert [b["text"] for b in build_briefing(s, "S1")] == [rows[1][1]]
