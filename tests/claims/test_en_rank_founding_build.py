"""The English rank and founding checks through a real build (issue #13, review revb28): claims as the extractor
cuts them (« Vell is the third team captain » apart from « since Marsh took charge »), not texts written to
hold the whole reading. Each story is two or three invented articles of one pile; a test reads the
contradictions drawn between its own articles. Articles written for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.claims.helpers import build_outlet_stories

pytestmark = [pytest.mark.model]

# story -> articles (outlet, text); every article is published on one day
STORIES: dict[str, list[tuple[str, str]]] = {
    # one series, the span told in a clause the extractor makes a claim of its own: a real conflict
    "since-clause": [
        ("quay-times.example", "Brennock Albion named Ivo Sand captain on Monday. Sand is the third team captain "
                               "since Garvey took charge. He replaces Lou Ferris, who retired."),
        ("moor-post.example", "Brennock Albion made Ivo Sand captain on Monday. Sand is the fourth team captain "
                              "since Garvey took charge. He replaces Lou Ferris, who retired."),
    ],
    # « the second captain under X to lift the trophy »: a series of a feat, cut off the claim's text
    "feat": [
        ("field-wire.example", "Dara Quill lifted the cup for Tolley Town on Sunday. Quill is the second captain "
                               "under Renwick to lift the cup. Tolley Town beat Ashby 3-1."),
        ("goal-daily.example", "Tolley Town won the cup on Sunday, beating Ashby 3-1. Dara Quill is the fifth "
                               "captain under Renwick. Quill was appointed captain in July."),
    ],
    # a smaller series (« foreign coaches ») against the whole one: both true
    "modifier": [
        ("harbour-times.example", "Hollin Rovers appointed Tomas Vell as head coach on Monday. Vell is the second "
                                  "foreign coach under Doyle. He signed a three-year contract with Hollin Rovers, "
                                  "owned by Ray Doyle."),
        ("north-post.example", "Hollin Rovers named Tomas Vell head coach on Monday. Vell is the sixth coach under "
                               "Doyle. The former midfielder signed a three-year deal with Hollin Rovers, owned by "
                               "Ray Doyle."),
    ],
    # a manager back for a second spell holds two ranks, both true
    "returning": [
        ("harbour-times.example", "Harlow United reappointed Sam Orla as manager on Thursday. Orla, back for a "
                                  "second spell, is the sixth manager under Kray. Harlow United, owned by Ben Kray, "
                                  "sit tenth in the table."),
        ("north-post.example", "Sam Orla returned to Harlow United as manager on Thursday. In his first spell, Orla "
                               "was the fourth manager under Kray. Harlow United, owned by Ben Kray, sit tenth in "
                               "the table."),
    ],
    # « the fourth time » / « the third time »: two occasions, no bearer's rank
    "occasions": [
        ("city-ledger.example", "Carlow Town lost 3-0 to Osk Valley on Saturday. Carlow Town's defeat was the "
                                "fourth time under Brand. The club sits bottom of the league."),
        ("money-post.example", "Carlow Town drew 0-0 with Osk Valley on Saturday. Carlow Town's draw was the third "
                               "time under Brand. The club sits bottom of the league."),
    ],
    # one party's name in two countries: the one founded in a named city may be another party
    "namesakes": [
        ("state-daily.example", "Britain's Reform leader Tam Ostrow met the Fijian minister Sela Vatu in Paris on "
                                "Monday. The Reform Party was founded in 1902 by miners. Ostrow and Vatu talked."),
        ("reef-star.example", "The Fijian minister Sela Vatu met Britain's Reform leader Tam Ostrow in Paris on "
                              "Monday. The Reform Party, which Vatu leads, was founded in 1931 in Suva. "
                              "Vatu and Ostrow talked."),
    ],
    # an inquiry « established X as the owner »: proved, not founded
    "established-as": [
        ("coin-ledger.example", "Marrick Group was founded in 1948 by two sisters. Marrick Group bought the "
                                "Telby Foods chain on Friday. The deal needs approval."),
        ("purse-post.example", "Marrick Group bought Telby Foods on Friday. In 2027 a tribunal established "
                               "Marrick Group as the owner of the burnt Harle depot. The deal needs approval."),
    ],
    # « the largest takeover since 1938 »: a record counted since a year, no standing
    "record": [
        ("coin-ledger.example", "Osgood Brands was founded in 1952 by a grocer. Osgood Brands bought the Linney "
                                "chain on Friday. The deal needs approval."),
        ("purse-post.example", "Osgood Brands has made the largest takeover in Welsh retail since 1936, buying "
                               "Linney on Friday. The deal needs approval."),
    ],
    # « a listed building since 1971 »: the building stood before the museum was founded in it
    "structure": [
        ("shire-herald.example", "The Pollard Tannery Museum was founded in 1986 by local teachers. The museum "
                                 "reopened on Saturday after repairs. Visitors queued for an hour."),
        ("dale-news.example", "The Pollard Tannery Museum has been a listed building since 1969. It reopened on "
                              "Saturday after repairs. Visitors queued for an hour."),
    ],
}


@pytest.fixture(scope="module")
def dossier(nlp, tmp_path_factory) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    return build_outlet_stories(nlp, tmp_path_factory.mktemp("enrank"), STORIES)


def _rows(dossier: dict[str, Any], story: str) -> list[tuple[str, str]]:
    """(kind, explanation) of each contradiction drawn between two articles of ``story``."""
    article = {a["id"]: a["url"].rsplit("/", 1)[-1] for a in dossier["articles"]}
    claim_article = {c["id"]: article[c["article"]] for c in dossier["claims"]}
    rows = []
    for x in dossier["contradictions"]:
        names = {claim_article[c] for c in x["claims"]}
        if all(n.startswith(f"{story}-") for n in names) and len(names) > 1:
            rows.append((x["kind"], x.get("explanation", "")))
    return rows


def test_a_span_told_in_its_own_claim_still_opens_the_series(dossier: dict[str, Any]) -> None:
    rows = _rows(dossier, "since-clause")
    assert [k for k, _ in rows] == ["quantity"], rows
    assert "third" in rows[0][1] and "fourth" in rows[0][1]


@pytest.mark.parametrize("story", ["feat", "modifier", "returning", "occasions"])
def test_two_ranks_of_two_series_or_tenures_meet(dossier: dict[str, Any], story: str) -> None:
    assert _rows(dossier, story) == []


@pytest.mark.parametrize("story", ["namesakes", "established-as", "record", "structure"])
def test_no_founding_year_against_a_namesake_a_proof_a_record_or_a_building(dossier: dict[str, Any],
                                                                            story: str) -> None:
    assert _rows(dossier, story) == []
