"""The English attribution scorers (benchmarks.eval_polnear, eval_basil) on made-up data."""

from __future__ import annotations

from pathlib import Path

from benchmarks.eval_basil import article_text, same_speaker, speaker_for
from benchmarks.eval_polnear import pair, read_ann, score, trim


def test_eval_polnear_reads_brat_relations(tmp_path: Path) -> None:
    ann = tmp_path / "a_x1.ann"
    ann.write_text("T1\tSource 0 4\tJane\nT2\tCue 5 9\tsaid\nT3\tContent 10 20;25 30\tx\n"
                   "T4\tAttribution 5 9\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
                   "T5\tContent 40 50\ty\nE2\tAttribution:T4 Content:T5\n", "utf-8")
    got = read_ann(ann)
    assert got[0]["content"] == (10, 30) and got[0]["source"] == [(0, 4)]
    assert got[1]["content"] == (40, 50) and got[1]["source"] == []


def test_eval_polnear_overlap_counts_against_the_longer_span() -> None:
    gold = [(0, 100)]
    assert pair([(0, 40)], gold, "overlap") == []  # a fragment is no match ...
    assert pair([(0, 40)], gold, "lenient") == [(0, 0)]  # ... unless lenient
    assert pair([(0, 60)], gold, "overlap") == [(0, 0)]
    assert pair([(0, 100)], gold, "exact") == [(0, 0)]


def test_eval_polnear_score_source_accuracy() -> None:
    text = 'Jane Doe said the port is closed. "We wait," Roe said.'
    gold = [{"content": (14, 33), "source": [(0, 8)], "cue": []},
            {"content": (35, 42), "source": [(45, 48)], "cue": []}]
    pred = [{"content": (14, 32), "source": (0, 8), "cue": "say", "kind": "verb", "source_text": "Jane Doe"},
            {"content": (35, 42), "source": (0, 4), "cue": "say", "kind": "inverted", "source_text": "Jane"}]
    res = score([("d", text, gold)], [pred])
    assert res["content.overlap"]["f1"] == 1.0
    assert res["source_accuracy"] == 0.5
    assert trim(text, 34, 44) == (35, 42)


def test_eval_basil_text_and_sentence_offsets() -> None:
    text, starts = article_text({"body-paragraphs": [["One.", "Two."], ["Three."]]})
    assert text == "One. Two.\n\nThree."
    assert [text[s:s + 3] for s in starts] == ["One", "Two", "Thr"]


def test_eval_basil_speaker_match_and_choice() -> None:
    assert same_speaker("Anthony D. Weiner", "Anthony Weiner")
    assert same_speaker("Weiner", "Anthony Weiner")
    assert not same_speaker("Huma Abedin", "Anthony Weiner")
    pred = {"quotes": [(0, 10, "Jane Doe")], "frames": [(0, 50, "Roe"), (20, 30, "Smith")]}
    assert speaker_for(pred, 2, 8) == "Jane Doe"
    assert speaker_for(pred, 22, 28) == "Smith"  # the innermost covering frame
    assert speaker_for(pred, 60, 70) == ""


def test_eval_basil_word_rule_and_member_rule() -> None:
    from benchmarks.eval_basil import same_speaker_words, speaks_for

    assert same_speaker("Ryan", "Bryan Smith")  # the headline's character rule
    assert not same_speaker_words("Ryan", "Bryan Smith")
    assert not same_speaker_words("House", "House Democrats")
    assert same_speaker_words("Donald Trump", "Trump") and same_speaker_words("Anthony D. Weiner", "Anthony Weiner")
    described = {"Jane Roe": ["jane roe , a spokeswoman for the obama campaign"]}
    assert speaks_for("Jane Roe", "Obama campaign", described)
    assert not speaks_for("Jane Roe", "Romney campaign", described)
    assert not speaks_for("John Doe", "Obama campaign", described)


def test_eval_basil_stated_member_of_a_group() -> None:
    from benchmarks.eval_basil import group_readings, person_features, stated_member

    assert group_readings("Nebraska and Oklahoma officials") == [({"official"}, [["nebraska"]]),
                                                                ({"official"}, [["oklahoma"]])]
    assert group_readings("House Democrats") == [({"house", "democrat"}, [])]
    assert person_features(["Rep. Jane Roe , D - Md. ,"]) >= {"democrat", "house", "lawmaker"}
    assert "republican" in person_features(["Sen. John Doe ( R - Ohio )"])
    assert "house" not in person_features(["the White House press secretary Jane Roe"])
    assert "house" not in person_features(["Democratic House candidate Jane Roe"])  # seeks a seat
    described = {"Jane Roe": ["Rep. Jane Roe , D - Md. ,"], "John Doe": ["Springfield Sheriff John Doe"],
                 "Ann Poe": ["Ann Poe , Democrat of Vermont"]}
    assert stated_member("Jane Roe", "Democratic Lawmakers", described)
    assert stated_member("Jane Roe", "House Democrats", described)
    assert not stated_member("Jane Roe", "Senate Democrats", described)  # a representative
    assert not stated_member("Jane Roe", "Republican Lawmakers", described)
    assert stated_member("John Doe", "Springfield officials", described)
    assert not stated_member("John Doe", "Shelbyville officials", described)
    assert stated_member("Ann Poe", "Democrats", described)
    assert not stated_member("Ann Poe", "Democratic Lawmakers", described)  # no office stated
    assert not stated_member("Ann Poe", "protesters", described)
