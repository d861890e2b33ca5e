"""report.html leads with what matters and its citations land on their sentences (sample build)."""

from __future__ import annotations

import html as htmllib
import re

import pytest

from recoupe.report.html import paragraphs, render_report, sentence_index

pytestmark = [pytest.mark.model, pytest.mark.slow]


def test_report_table_of_contents_leads_with_contradictions(sample_build) -> None:  # type: ignore[no-untyped-def]
    _, dossier = sample_build
    page = render_report(dossier)
    nav = re.search(r'<nav class="toc" id="toc".*?</nav>', page, re.S).group(0)  # type: ignore[union-attr]
    targets = re.findall(r'href="#([\w-]+)"', nav)
    assert targets[:2] == ["contradictions", "disputed"]
    assert f">Contradictions ({len(dossier['contradictions'])})<" in nav
    for t in targets:  # every entry leads somewhere
        assert f'id="{t}"' in page
    order = [page.index(f'id="{t}"') for t in ("contradictions", "disputed", f"story-{dossier['stories'][0]['id']}",
                                               "how-to-read", "articles")]
    assert order == sorted(order)
    n = len(dossier["contradictions"])
    assert f'<a href="#contradictions">{n} contradiction{"s" if n != 1 else ""}</a>' in page


def test_report_citations_land_on_the_sentence_holding_the_claim(sample_build) -> None:  # type: ignore[no-untyped-def]
    _, dossier = sample_build
    page = render_report(dossier)
    spans = {m[2]: htmllib.unescape(m[3]) for m in re.finditer(r'<span class="sent" id="(s-([\w-]+))">(.*?)</span>',
                                                                 page, re.S)}
    cites = re.findall(r'<a class="cite" href="#(s-[\w-]+)"', page)
    assert len(cites) > 20
    assert all(c[2:] in spans for c in cites), [c for c in cites if c[2:] not in spans][:3]
    claims = {c["id"]: c for c in dossier["claims"]}
    for x in dossier["contradictions"]:
        for cid in x["claims"]:
            c = claims[cid]
            a = next(a for a in dossier["articles"] if a["id"] == c["article"])
            k = sentence_index(a["sentences"], c["start"])
            s, e = a["sentences"][k]
            assert s <= c["start"] < e  # the anchor's sentence holds the claim
            assert spans[f"{a['id']}-{k}"].strip() == a["text"][s:e].strip()


def test_report_paragraphs_keep_every_character() -> None:
    text = "Une phrase. Une autre.\n\nUn second paragraphe."
    paras = paragraphs(text, [[0, 11], [12, 22], [24, 45]])
    assert [[k for _, k in p] for p in paras] == [[0, None, 1], [2]]
    assert "\n\n".join("".join(t for t, _ in p) for p in paras) == text
