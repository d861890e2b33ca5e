"""An English dateline opening a paragraph (« TIDEWICK, May 9 (Reuters) - ») is the byline's
furniture: no entity, not the start of a claim or of reported words. Sentences of our own."""

from __future__ import annotations

import pytest

from recoupe.lang import pack
from recoupe.lang.en.datelines import DATELINE
from recoupe.model import Article


@pytest.mark.parametrize(("text", "dateline"), [
    ("TIDEWICK, May 9 (Reuters) - A ferry ran aground.", "TIDEWICK, May 9 (Reuters) - "),
    ("ORLEIGH (AP) -- A ferry ran aground.", "ORLEIGH (AP) -- "),
    ("PORT ALDEN, Sept. 4, 2024 (Yonhap) — A ferry ran aground.", "PORT ALDEN, Sept. 4, 2024 (Yonhap) — "),
    ("NORTHAM, Wessex (CNN) -- A ferry ran aground.", "NORTHAM, Wessex (CNN) -- "),
    ("ORLEIGH, Ill. (AP) — A ferry ran aground.", "ORLEIGH, Ill. (AP) — "),  # a state with its full stop
    ("ST. ALDEN, Mo., May 3 (AP) - A ferry ran aground.", "ST. ALDEN, Mo., May 3 (AP) - "),
    ("TIDEWICK, D.C., May 3 - A ferry ran aground.", "TIDEWICK, D.C., May 3 - "),
    ("US - Canada ferry talks stall", None),  # a headline: neither a date nor an agency
    ("UPDATE (4 p.m.) - A ferry ran aground.", None),  # brackets that name no agency
    ("FERRY FIRM (the operator) - A ferry ran aground.", None),
    ("The pilot (AFP) - said nothing.", None),
])
def test_dateline_pattern(text: str, dateline: str | None) -> None:
    m = DATELINE.match(text)
    assert (m.group() if m else None) == dateline


@pytest.fixture(scope="module")
def en():  # type: ignore[no-untyped-def]
    from recoupe.nlp.pipeline import load

    return load(pack("en").model)


@pytest.mark.model
def test_a_dateline_is_neither_entity_nor_claim(en):  # type: ignore[no-untyped-def]
    from recoupe.nlp.extract import analyse

    text = ("Ferry runs aground\n\nTIDEWICK, May 9 (Reuters) - A ferry ran aground near the old pier on Friday, "
            "the coastguard said.\n\nThe harbour master said the channel would stay shut until Monday.")
    doc = en(text)
    assert not [e.text for e in doc.ents if e.text in {"TIDEWICK", "Reuters"}]
    res = analyse(doc, Article(id="t", origin="t", text=text, language="en"))
    ran = [c for c in res.claims if "ran aground" in c.sentence]
    assert [c.text for c in ran] == ["A ferry ran aground near the old pier on Friday"]
    assert ran[0].attributed_to == "coastguard"
    assert all("Reuters" not in f.source and not doc[f.scope_start:f.scope_end].text.startswith("TIDEWICK")
               for f in doc._.frames)
