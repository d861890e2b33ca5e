"""The MEANTIME modality scorer (benchmarks.eval_meantime_modality): text rebuilt from CAT tokens with
their offsets, and the figures from (claim, gold mention) pairs, on a tiny invented file."""

from __future__ import annotations

from pathlib import Path

from benchmarks.eval_meantime_modality import Mention, Pair, parse, score

_CAT = """<Document doc_id="1" doc_name="1_Harbour_plans" lang="en" url="x">
<token t_id="1" sentence="0" number="0">Harbour</token>
<token t_id="2" sentence="0" number="1">plans</token>
<token t_id="3" sentence="1" number="2">May</token>
<token t_id="4" sentence="1" number="3">2</token>
<token t_id="5" sentence="1" number="4">,</token>
<token t_id="6" sentence="1" number="5">2010</token>
<token t_id="7" sentence="2" number="6">The</token>
<token t_id="8" sentence="2" number="7">port</token>
<token t_id="9" sentence="2" number="8">did</token>
<token t_id="10" sentence="2" number="9">n't</token>
<token t_id="11" sentence="2" number="10">open</token>
<token t_id="12" sentence="2" number="11">``</token>
<token t_id="13" sentence="2" number="12">today</token>
<token t_id="14" sentence="2" number="13">''</token>
<token t_id="15" sentence="2" number="14">.</token>
<Markables>
<TIMEX3 m_id="20" type="DATE" value="2010-05-02" functionInDocument="CREATION_TIME">
<token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/></TIMEX3>
<EVENT_MENTION m_id="21" certainty="CERTAIN" polarity="NEG" time="NON_FUTURE"><token_anchor t_id="11"/></EVENT_MENTION>
<EVENT_MENTION m_id="22"><token_anchor t_id="2"/></EVENT_MENTION>
</Markables>
</Document>
"""


def test_parse_rebuilds_text_offsets_and_dct(tmp_path: Path) -> None:
    f = tmp_path / "1_Harbour_plans.xml"
    f.write_text(_CAT, encoding="utf-8")
    doc = parse(f)
    assert doc.text == 'Harbour plans\nMay 2, 2010\nThe port didn\'t open "today".'
    assert str(doc.published) == "2010-05-02"
    opened = next(m for m in doc.mentions if m.m_id == "21")
    assert [doc.text[a:b] for a, b in opened.spans] == ["open"]
    assert (opened.certainty, opened.polarity) == ("CERTAIN", "NEG")
    assert next(m for m in doc.mentions if m.m_id == "22").certainty == ""  # unannotated: kept, scored apart


def test_parse_straight_quotes_stick_to_the_quoted_words(tmp_path: Path) -> None:
    words = ["Ferries", "resume", "He", "said", '"', "we", "sail", '"', "and", '"', "soon", '"', "."]
    toks = "".join(f'<token t_id="{n}" sentence="{0 if n < 3 else 1}" number="{n}">{w}</token>\n'
                   for n, w in enumerate(words, 1))
    f = tmp_path / "2_Ferries.xml"
    f.write_text(f'<Document doc_id="2" doc_name="2_Ferries" lang="en" url="x">\n{toks}</Document>\n',
                 encoding="utf-8")
    assert parse(f).text == 'Ferries resume\nHe said "we sail" and "soon".'


def _pair(certainty: str, polarity: str, modality: str, negated: bool = False, planned: bool = False,
          time: str = "NON_FUTURE") -> Pair:
    return Pair("d", Mention("m", [(0, 1)], certainty, polarity, time), modality, negated, planned, "", "")


def test_score_counts_firm_hedged_polarity_and_future() -> None:
    pairs = [
        _pair("CERTAIN", "POS", "asserted"),
        _pair("CERTAIN", "POS", "reported"),
        _pair("CERTAIN", "NEG", "denied"),          # denied: firm, and negative
        _pair("POSSIBLE", "POS", "speculative"),
        _pair("PROBABLE", "POS", "reported"),       # a hedge read firm
        _pair("CERTAIN", "POS", "conditional"),     # firm read hedged
        _pair("UNDERSPECIFIED", "UNDERSPECIFIED", "asserted", planned=True, time="FUTURE"),
    ]
    res = score(pairs, n_claims=9, n_mentions=8)
    c = res["certainty"]
    assert (c["n"], c["right"], c["left_out"]) == (6, 4, 1)
    assert c["binary"] == {"firm>firm": 3, "firm>hedged": 1, "hedged>firm": 1, "hedged>hedged": 1}
    assert (c["hedged"]["p"], c["hedged"]["r"]) == (0.5, 0.5)
    neg = res["polarity"]["negative"]
    assert (neg["tp"], neg["predicted"], neg["gold"]) == (1, 1, 1)
    assert res["polarity"]["negated_only"]["tp"] == 0  # the denial is not a grammatical negation
    assert res["time"]["future"]["tp"] == 1 and res["mapped"] == 7
