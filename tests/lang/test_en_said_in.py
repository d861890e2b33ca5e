"""« X said in a statement » and a that-clause: the parser hangs the content on the statement; the clause is
still what X says (it was read as an assertion of the article, and « say » as the claim). Sentences
of our own."""

from __future__ import annotations

import pytest

from recoupe.lang import pack
from recoupe.model import Article


@pytest.fixture(scope="module")
def en():  # type: ignore[no-untyped-def]
    from recoupe.nlp.pipeline import load

    return load(pack("en").model)


@pytest.mark.model
def test_said_in_a_statement_that_reports_the_clause(en):  # type: ignore[no-untyped-def]
    from recoupe.nlp.extract import analyse

    for text, source in [
        ("The ferry operator, Bexley Lines Ltd., said in a short statement that the hull had passed a survey in May.",
         "Bexley Lines Ltd"),
        ("The brewery said in its statement that the vats had passed an audit in June.", "brewery"),
    ]:
        res = analyse(en(text), Article(id="t", origin="t", text=text, language="en"))
        got = [(c.predicate, c.modality, c.attributed_to) for c in res.claims]
        assert got == [("pass", "reported", source)], got


@pytest.mark.model
def test_a_relative_clause_on_a_statement_stays_the_narrators(en):  # type: ignore[no-untyped-def]
    from recoupe.nlp.extract import analyse

    text = "The minister spoke in a hall that was packed with farmers."
    res = analyse(en(text), Article(id="t", origin="t", text=text, language="en"))
    assert all(c.modality == "asserted" and not c.attributed_to for c in res.claims)
