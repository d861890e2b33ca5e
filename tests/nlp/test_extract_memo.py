"""The source resolver answers a phrase asked again from its last answer (recoupe.nlp.extract
._Context.resolve_kind) only when that cannot change the answer: the records are the ones it
gives when every phrase is resolved anew."""

from __future__ import annotations

import pytest

from recoupe.model import Article
from recoupe.nlp import extract
from tests.conftest import EXAMPLES

pytestmark = pytest.mark.model


def _records(nlp, texts: list[str]) -> list[str]:  # type: ignore[no-untyped-def]
    out = []
    for i, text in enumerate(texts):
        art = Article(id=f"a{i}", origin=f"a{i}.txt", text=text)
        out.append(repr(extract.analyse(nlp(text), art)))
    return out


def test_extract_resolve_kind_memo_gives_the_records_of_resolving_anew(nlp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))[:12]]
    # pronoun sources whose gender is learnt between two questions about the same phrase
    texts.append("Marie Dupont a parlé lundi. « Nous partirons », a-t-elle dit. Paul Martin a répondu. "
                 "« Non », a-t-il affirmé. Il a ajouté que rien n'était prévu, et il a dit que tout était annulé.")
    asked: list[tuple[int, int, int]] = []
    resolve = extract._Context.resolve_kind

    def counting(self, start: int, end: int, depth: int = 0):  # type: ignore[no-untyped-def]
        asked.append((start, end, depth))
        return resolve(self, start, end, depth)

    monkeypatch.setattr(extract._Context, "resolve_kind", counting)
    memo = _records(nlp, texts)
    assert len(asked) > len(set(asked))  # phrases are asked again: the memo has work to do
    monkeypatch.setattr(extract._Context, "resolve_kind", lambda self, s, e, d=0: self._resolve_kind(s, e, d))
    assert _records(nlp, texts) == memo


def test_extract_resolve_kind_asks_again_once_something_was_learnt(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ctx = extract._Context.__new__(extract._Context)  # the memo's state only; the resolver is stubbed
    ctx.genders, ctx._learnt, ctx._resolved = {}, set(), {}
    calls: list[tuple[int, int]] = []

    def fake(self, start: int, end: int, depth: int):  # type: ignore[no-untyped-def]
        calls.append((start, end))
        if start == 9:  # a resolution that learns as it goes (a gendered pronoun source)
            self._learnt.add(len(self._learnt))
            self.genders.setdefault(f"P{start}", "Fem")
        return ("B" if self.genders.get("A") == "Fem" else "A"), "person"

    monkeypatch.setattr(extract._Context, "_resolve_kind", fake)
    assert ctx.resolve_kind(1, 2) == ("A", "person")
    assert ctx.resolve_kind(1, 2) == ("A", "person") and len(calls) == 1  # nothing learnt since: the memo
    ctx.genders["A"] = "Fem"  # learnt by another pronoun in between
    assert ctx.resolve_kind(1, 2) == ("B", "person") and len(calls) == 2
    assert ctx.resolve_kind(1, 2, 1) == ("B", "person") and len(calls) == 3  # another depth, another question
    ctx.resolve_kind(9, 10)
    ctx.resolve_kind(9, 10)
    assert calls.count((9, 10)) == 2  # a call that learnt something is never answered from memory
