"""Metadata: dates from fields and text, plausibility, outlet, record cleaning, idempotent ids."""

from __future__ import annotations

import hashlib
import json
from datetime import date, timedelta

import pytest

from recoupe.clean import clean
from recoupe.clean.metadata import byline_of, outlet_from_url, parse_date, strip_site_name
from recoupe.model import Article, RawDocument

BODY = ("Le gouvernement a présenté mercredi un projet de loi sur l’énergie qui prévoit la construction "
        "de six réacteurs d’ici 2035, une annonce saluée par les industriels du secteur.")
BODY2 = ("Les associations écologistes ont dénoncé un texte déséquilibré et annoncé des recours devant "
         "le Conseil d’État dans les prochaines semaines.")


@pytest.mark.parametrize(
    "value,expected",
    [
        ("2023-09-12T10:00:00+02:00", date(2023, 9, 12)),
        ("Tue, 12 Sep 2023 10:00:00 +0000", date(2023, 9, 12)),
        ("Publié le 12 septembre 2023 à 10h", date(2023, 9, 12)),
        ("Mis à jour le 1er octobre 2023", date(2023, 10, 1)),
        ("First published in: Sep.12,2023", date(2023, 9, 12)),
        ("September 12, 2023", date(2023, 9, 12)),
        ("12/09/2023", date(2023, 9, 12)),
        ("le 3 févr. 2024", date(2024, 2, 3)),
        ("pas de date ici", None),
    ],
)
def test_clean_parse_date_forms(value: str, expected: date | None) -> None:
    assert parse_date(value) == expected


def _record(**fields: str) -> RawDocument:
    raw = json.dumps(fields, sort_keys=True, ensure_ascii=False).encode()
    return RawDocument(origin="batch.jsonl#1", fmt="jsonl", raw=raw, fields=fields)


def test_clean_record_uses_metadata_fields() -> None:
    doc = _record(title="Nucléaire : six réacteurs", text=f"{BODY}\n\n{BODY2}", url="https://www.exemple.fr/a/1",
                  published="2024-01-17")
    art = clean(doc)
    assert isinstance(art, Article)
    assert art.title == "Nucléaire : six réacteurs"
    assert art.published == date(2024, 1, 17) and art.published_source == "metadata"
    assert art.outlet == "exemple.fr" and art.url == "https://www.exemple.fr/a/1"
    assert art.text == f"{BODY}\n\n{BODY2}"


def test_clean_record_html_text_field_is_flattened() -> None:
    art = clean(_record(text=f"<p>{BODY}</p><p>{BODY2}</p>", outlet="Exemple"))
    assert isinstance(art, Article) and art.text == f"{BODY}\n\n{BODY2}" and art.outlet == "Exemple"


def test_clean_date_sources_text_cli_unknown() -> None:
    text = f"Publié le 5 mars 2024\n{BODY}\n{BODY2}".encode()
    art = clean(RawDocument("a.txt", "text", text), published_fallback=date(2020, 1, 1))
    assert isinstance(art, Article) and (art.published, art.published_source) == (date(2024, 3, 5), "text")
    plain = f"{BODY}\n{BODY2}".encode()
    art = clean(RawDocument("b.txt", "text", plain), published_fallback=date(2020, 1, 1))
    assert isinstance(art, Article) and (art.published, art.published_source) == (date(2020, 1, 1), "cli")
    art = clean(RawDocument("b.txt", "text", plain))
    assert isinstance(art, Article) and (art.published, art.published_source) == (None, "unknown")


def test_clean_implausible_dates_are_ignored() -> None:
    future = (date.today() + timedelta(days=30)).isoformat()
    for value in ("1850-01-01", future):
        art = clean(_record(text=f"{BODY}\n{BODY2}", published=value))
        assert isinstance(art, Article) and art.published is None and art.published_source == "unknown"


def test_clean_id_is_stable_content_hash() -> None:
    raw = f"{BODY}\n{BODY2}".encode()
    one = clean(RawDocument("a.txt", "text", raw))
    two = clean(RawDocument("elsewhere/b.txt", "text", raw))
    assert isinstance(one, Article) and isinstance(two, Article)
    assert one.id == two.id == hashlib.sha256(raw).hexdigest()[:16]


def test_clean_outlet_is_not_invented() -> None:
    art = clean(RawDocument("a.txt", "text", f"{BODY}\n{BODY2}".encode()))
    assert isinstance(art, Article) and art.outlet == ""
    assert outlet_from_url("https://m.lemonde.fr/x") == "lemonde.fr"
    assert outlet_from_url("not a url") == ""


@pytest.mark.parametrize("line", ["Par ailleurs, la Russie a démenti.", "By the end of the year, prices rose.",
                                  "Obus contre sous-marins", "La Russie et la Chine"])
def test_clean_byline_not_confused_with_text(line: str) -> None:
    assert byline_of(line) is None


@pytest.mark.parametrize(
    "title,site,expected",
    [
        ("Retraites : le texte adopté - Le Journal", "Le Journal", "Retraites : le texte adopté"),
        ("Retraites : le texte adopté | Politique | lejournal.fr", "", "Retraites : le texte adopté"),
        ("Crue de la Seine | DW | 23.05.2011", "DW.COM", "Crue de la Seine"),
        ("Paris - Berlin", "", "Paris - Berlin"),
    ],
)
def test_clean_title_site_suffix_is_stripped(title: str, site: str, expected: str) -> None:
    assert strip_site_name(title, site) == expected


def test_clean_record_date_from_url_path() -> None:
    art = clean(_record(text=f"{BODY}\n{BODY2}", url="https://www.exemple.fr/politique/2023/09/12/un-titre_1.html"))
    assert isinstance(art, Article) and (art.published, art.published_source) == (date(2023, 9, 12), "metadata")


# -- outlet from furniture, domain and byline (sentences written for these tests) -----------------
from recoupe.clean.metadata import agency_of_byline, infer_outlet, outlet_from_lines  # noqa: E402


@pytest.mark.parametrize(("lines", "outlet"), [
    (["Bienvenue sur Radio Lumière", "Accepter les cookies"], "Radio Lumière"),
    (["L’actualité par la rédaction de Radio Lumière dans votre boîte mail.",
      "S’abonner à la Newsletter Radio Lumière Info"], "Radio Lumière"),
    (["Subscribe to Harbour Ledger Newsletter", "please enter your e-mail"], "Harbour Ledger"),
    (["© Le Courrier du Val 2023 - tous droits réservés"], "Le Courrier du Val"),
    (["Partager sur Facebook", "Suivez-nous sur Twitter"], ""),
    ([], ""),
])
def test_clean_outlet_from_furniture_lines(lines: list[str], outlet: str) -> None:
    assert outlet_from_lines(lines) == outlet


def test_clean_outlet_sources_in_order() -> None:
    assert infer_outlet(fields_outlet="Le Soir", url="https://www.lemonde.fr/x") == ("Le Soir", "metadata")
    assert infer_outlet(sitename="Le Monde.fr") == ("Le Monde.fr", "site name")
    assert infer_outlet(url="https://www.lemonde.fr/a/b", removed=["Bienvenue sur RTL"]) == ("lemonde.fr", "domain")
    assert infer_outlet(removed=["Bienvenue sur Radio Lumière"]) == ("Radio Lumière", "text")
    assert infer_outlet(byline="Par Reuters") == ("Reuters", "byline")
    # a person signs with the agency: the outlet is not the agency, and stays unknown
    assert infer_outlet(byline="Jeanne Martin, avec AFP") == ("", "")
    assert agency_of_byline("avec AFP") == "AFP"


def test_clean_outlet_from_a_dateline_that_credits_an_agency_last() -> None:
    from recoupe.clean.metadata import agency_of_dateline

    text = "Harbour ferry runs aground\n\nTIDEWICK, May 9 (Reuters) - A ferry ran aground near the pier on Friday."
    assert infer_outlet(text=text) == ("Reuters", "dateline")
    assert agency_of_dateline("ORLEIGH, 9 mai (AFP) — Un ferry s'est échoué vendredi.") == "AFP"
    assert agency_of_dateline("ORLEIGH (AP) -- A ferry ran aground.") == "AP"
    # any other clue first; no agency in brackets, or brackets mid-sentence: none
    assert infer_outlet(url="https://www.example.org/a", text=text) == ("example.org", "domain")
    assert infer_outlet(text="ORLEIGH - A ferry ran aground.") == ("", "")
    assert infer_outlet(text="The pilot (AFP) - said nothing.") == ("", "")


def test_clean_outlet_from_the_paper_a_byline_names_after_the_signature() -> None:
    assert infer_outlet(byline="Sam Riley, The Tidewick Courier") == ("The Tidewick Courier", "byline")
    assert infer_outlet(byline="Ann Bell and Tom Hart, The Orleigh Star") == ("The Orleigh Star", "byline")
    # a role after the signature, or no paper: no outlet; a domain comes first
    assert infer_outlet(byline="Sam Riley, Senior Reporter") == ("", "")
    # a job title after the paper is no part of it; a possessive names the writer's post, not a paper
    assert infer_outlet(byline="Sam Riley, The Tidewick Courier Staff Writer") == ("The Tidewick Courier", "byline")
    assert infer_outlet(byline="Sam Riley, the Orleigh Star's Delta Correspondent") == ("", "")
    assert infer_outlet(byline="Sam Riley, The Senior Political Editor") == ("", "")
    assert infer_outlet(byline="Sam Riley") == ("", "")
    assert infer_outlet(url="https://www.example.org/a", byline="Sam Riley, The Tidewick Courier") == (
        "example.org", "domain")
