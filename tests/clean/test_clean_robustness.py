"""clean() never raises on arbitrary input bytes, whatever the declared format."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recoupe.clean import clean
from recoupe.model import Article, RawDocument, Rejection

LINES = st.sampled_from([
    "Par Jean Dupont", "Publié le 12 mars 2024", "Lire aussi", "©", "/", "00:12", "En direct",
    "Le ministre a annoncé mardi une réforme importante du système de retraite pour l’année prochaine.",
    "Titre sans point final", "", "Crédit : X", "Mots-clés : a, b", "avec AFP", "First published in :",
])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=600), st.sampled_from(["text", "html"]))
def test_clean_never_raises_on_bytes(raw: bytes, fmt: str) -> None:
    result = clean(RawDocument(origin="x", fmt=fmt, raw=raw))  # type: ignore[arg-type]
    assert isinstance(result, Article | Rejection)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(LINES, st.text(max_size=120)), max_size=25))
def test_clean_never_raises_on_line_soup(lines: list[str]) -> None:
    raw = "\n".join(lines).encode("utf-8", errors="surrogatepass")
    result = clean(RawDocument(origin="x.txt", fmt="text", raw=raw))
    assert isinstance(result, Article | Rejection)
    if isinstance(result, Article):
        assert len(result.text) >= 80
