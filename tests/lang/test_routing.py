"""Language routing: French and English articles to their pipeline, other languages rejected (E085)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
import spacy
from typer.testing import CliRunner

from recoupe.cli.app import app
from recoupe.lang.routing import parse_by_language, pipeline_language, unsupported
from recoupe.model import Article, Rejection

EN = ("Dockworkers at the port walked out on Tuesday, union leaders said, and the strike would last "
      "three days unless the port authority reopened talks with them.")
FR = ("Les dockers du port ont cessé le travail mardi, ont indiqué les dirigeants syndicaux, et la "
      "grève durera trois jours si l'autorité portuaire ne rouvre pas les négociations.")
DE = ("Die Hafenarbeiter haben am Dienstag die Arbeit niedergelegt, wie die Gewerkschaft mitteilte, "
      "und der Streik soll drei Tage dauern, wenn die Behörde nicht verhandelt.")
RU = "Портовые рабочие прекратили работу во вторник, сообщили профсоюзные лидеры в порту."


def _article(text: str, language: str) -> Article:
    return Article(id="a1", origin="in/a1.txt", text=text, language=language,
                   published=date(2026, 3, 5))


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("fr", FR, "fr"), ("en", EN, "en"), ("de", DE, None), ("und", RU, None),
    ("und", EN + " " + FR[:60], "en"), ("und", "", None),
    # a short French headline the stopword detector calls Spanish: French and Spanish share most
    # stopwords, so French reads it; a short German one shares none with French or English
    ("es", "La Syrie condamne à mort un cousin en détention de Bachar al-Assad", "fr"),
    ("de", "Der Streik im Hafen von Rotterdam dauert an", None),
])
def test_routing_pipeline_language(language: str, text: str, expected: str | None) -> None:
    assert pipeline_language(language, text) == expected


def test_routing_rejects_other_languages_with_code_and_language() -> None:
    rej = unsupported(_article(DE, "de"))
    assert isinstance(rej, Rejection) and rej.code == "E085"
    assert "'de'" in rej.reason and "in/a1.txt" in rej.reason and rej.origin == "in/a1.txt"
    und = unsupported(_article(RU, "und"))
    assert und is not None and "'und'" in und.reason
    assert unsupported(_article(EN, "en")) is None and unsupported(_article(FR, "fr")) is None


def test_routing_parses_each_language_with_its_pipeline_in_order() -> None:
    fr, en = spacy.blank("fr"), spacy.blank("en")
    loaded: list[str] = []

    def loader(lang: str) -> spacy.language.Language:
        loaded.append(lang)
        return {"fr": fr, "en": en}[lang]

    items = [(FR, None, ("x1", "fr")), (EN, None, ("x2", "en")), (EN, None, ("x3", "en")),
             (FR, None, ("x4", "fr"))]
    out = list(parse_by_language(fr, items, language_of=lambda ctx: ctx[1], loader=loader))
    assert [ctx[0] for _, ctx in out] == ["x1", "x2", "x3", "x4"]
    assert [doc.lang_ for doc, _ in out] == ["fr", "en", "en", "fr"]
    assert loaded == ["en"]  # the given French pipeline serves French; English loaded for its run


def test_routing_tag_time_lang_option(tmp_path: Path) -> None:
    runner = CliRunner()
    f = tmp_path / "en.txt"
    f.write_text("Troops moved in on Tuesday morning and will leave next month.", encoding="utf-8")
    for args in (["--lang", "en"], []):  # explicit, then detected
        r = runner.invoke(app, ["tag-time", str(f), "--anchor", "2013-03-22", "--no-parse", *args])
        assert r.exit_code == 0, r.output
        rows = [json.loads(line) for line in r.output.splitlines()]
        assert [(o["text"], o["value"]) for o in rows] == [("Tuesday morning", "2013-03-19TMO"),
                                                          ("next month", "2013-04")]
    g = tmp_path / "fr.txt"
    g.write_text("Les troupes sont entrées mardi matin et partiront le mois prochain.", encoding="utf-8")
    r = runner.invoke(app, ["tag-time", str(g), "--anchor", "2013-03-22", "--no-parse"])
    assert r.exit_code == 0 and json.loads(r.output.splitlines()[0])["text"] == "mardi matin"
    bad = runner.invoke(app, ["tag-time", str(g), "--lang", "de", "--no-parse"])
    assert bad.exit_code == 2 and "E085" in bad.output


@pytest.mark.model
def test_routing_build_parses_english_with_english_model_and_rejects_german(tmp_path: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    from recoupe.pipeline import build
    from recoupe.storage import Store

    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "en.txt").write_text(
        "Dockworkers at the port of Rotterdam walked out on Tuesday, union leaders said. Karim Benali, a "
        "spokesman for the union, told reporters in Amsterdam that the strike would last three days.\n",
        encoding="utf-8")
    (corpus / "fr.txt").write_text(FR + "\n", encoding="utf-8")
    (corpus / "de.txt").write_text(DE + "\n", encoding="utf-8")
    with Store.open(tmp_path / "s.db") as store:
        summary = build(store, [str(corpus)], published=date(2026, 3, 5), nlp=nlp)
        assert summary.added == 2
        assert [(r.code, Path(r.origin).name) for r in summary.rejected] == [("E085", "de.txt")]
        english = [a for a in store.articles() if a.language == "en"]
        assert len(english) == 1
        mentions = {(m.type, m.text) for m in store.mentions(english[0].id)}
        assert ("PER", "Karim Benali") in mentions and ("LOC", "Amsterdam") in mentions
        assert not any("said" in x for _, x in mentions)  # no clause fragments from the French model
        values = {t.value for t in store.timexes(english[0].id)}
        assert {"2026-03-03", "P3D"} <= values


@pytest.mark.model
def test_routing_an_undetermined_headline_takes_the_language_it_is_read_in(tmp_path: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    """A headline too short for the detector (« und ») is parsed by the French pipeline: it is stored
    as French, so that its story does not count as told in two languages (whose claims would then
    be matched across them and never split)."""
    from recoupe.clean.language import detect_language
    from recoupe.pipeline import build
    from recoupe.storage import Store

    text = "Orages en Corse : vigilance orange levée\n\nRoutes coupées, écoles fermées, trains supprimés."
    assert detect_language(text) == "und"
    path = tmp_path / "items.jsonl"
    path.write_text(json.dumps({"url": "https://example.org/orages", "title": text.split("\n")[0], "text": text,
                                "published": "2026-03-05", "outlet": "example.org"}, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    with Store.open(tmp_path / "s.db") as store:
        summary = build(store, [str(path)], fmt="jsonl", nlp=nlp)
        assert summary.added == 1, summary.rejected
        assert [a.language for a in store.articles()] == ["fr"]
