from __future__ import annotations

import math

import pytest

from recoupe.claims.quantities import Quantity, of_claim, parse

INF = math.inf

# (sentence, value, low, high, unit, thing): the first quantity read in the sentence
CASES = [
    ("Selon la CGT, 3 000 grévistes ont défilé ce matin.", 3000, 2850, 3150, "", "gréviste"),
    ("Plus de 500 personnes ont été tuées dans les combats.", 500, 500, INF, "", "mort"),
    ("Près de 3 000 manifestants se sont rassemblés place de la République.", 3000, 2700, 3000, "", "manifestant"),
    ("Environ 200 personnes ont été évacuées de leur domicile.", 200, 180, 220, "", "évacué"),
    ("Une quarantaine de blessés ont été transportés à l'hôpital.", 40, 36, 44, "", "blessé"),
    ("Une trentaine de blessés sont à déplorer.", 30, 26, 34, "", "blessé"),
    ("Plus d'une vingtaine de blessés sont à déplorer.", 20, 16, INF, "", "blessé"),
    ("Moins d'une centaine de grévistes ont défilé.", 100, 0, 120, "", "gréviste"),
    ("Des dizaines de milliers de manifestants ont défilé.", 20000, 20000, 99000, "", "manifestant"),
    ("La pétition a recueilli 1,12 million de signatures.", 1.12e6, 1.115e6, 1.125e6, "", "signature"),
    ("Deux millions de manifestants selon les syndicats.", 2e6, 1.9e6, 2.1e6, "", "manifestant"),
    ("Le ministère a recensé 3.000 grévistes dans la fonction publique.", 3000, 2850, 3150, "", "gréviste"),
    ("Le candidat a obtenu 20 % des voix au premier tour.", 20, 20, 20, "%", "voix"),
    ("Un séisme de magnitude 6,2 a frappé la région.", 6.2, 6.15, 6.25, "", "magnitude"),
    ("L'observatoire national a estimé sa magnitude à 5,9.", 5.9, 5.85, 5.95, "", "magnitude"),
    ("L'épicentre a été localisé à 10 km de profondeur.", 10, 10, 10, "km", "profondeur"),
    ("Le suspect, âgé de 45 ans, a été interpellé.", 45, 45, 45, "an", "âge"),
    ("Un homme de 45 ans a été retrouvé mort.", 45, 45, 45, "an", "âge"),
    ("Entre 30 et 40 morts ont été recensés.", 35, 30, 40, "", "mort"),
    ("Au moins 12 personnes ont été tuées.", 12, 12, INF, "", "mort"),
    ("Des centaines de blessés ont afflué dans les hôpitaux.", 200, 200, 999, "", "blessé"),
    ("Près d'un millier de policiers ont été mobilisés.", 1000, 900, 1000, "", "policier"),
    ("Le bilan s'élève désormais à 2 000 morts.", 2000, 1900, 2100, "", "mort"),
    ("Une centaine de manifestants se sont rassemblés devant la préfecture.", 100, 80, 120, "", "manifestant"),
    ("L'incendie a parcouru 12 000 hectares.", 12000, 11400, 12600, "ha", "ha"),
    ("Il a été condamné à 500 euros d'amende.", 500, 475, 525, "euro", "amende"),
    ("Trois blessés ont été hospitalisés.", 3, 3, 3, "", "blessé"),
    ("Le budget atteint 13,5 millions d'euros.", 13.5e6, 13.45e6, 13.55e6, "euro", "euro"),
    ("Quelque 150 interpellations ont eu lieu dans la nuit.", 150, 135, 165, "", "interpellation"),
    ("Moins de 50 personnes ont répondu à l'appel.", 50, 0, 50, "", "personne"),
    ("On compte 12 nouveaux cas de choléra.", 12, 12, 12, "", "cas"),
    ("Le vent a soufflé jusqu'à 150 km/h.", 150, 0, 150, "km", "km"),
    ("Le taux de chômage est de 7,3 %.", 7.3, 7.25, 7.35, "%", ""),
    ("Deux cents migrants ont été secourus en mer.", 200, 190, 210, "", "migrant"),
    ("Une vingtaine de disparus sont toujours recherchés.", 20, 16, 24, "", "disparu"),
    ("Environ 1 500 pompiers sont engagés.", 1500, 1350, 1650, "", "pompier"),
    ("Une dizaine d'otages ont été libérés.", 10, 6, 14, "", "otage"),
]


@pytest.mark.parametrize(("sentence", "value", "low", "high", "unit", "thing"), CASES)
def test_quantities_parse_french_figures(sentence: str, value: float, low: float, high: float, unit: str,
                                         thing: str) -> None:
    q = parse(sentence)[0]
    assert q.value == pytest.approx(value)
    assert q.low == pytest.approx(low) and q.high == pytest.approx(high)
    assert (q.unit, q.thing) == (unit, thing)


# dates, years, times of day and reference numbers are not quantities
NOT_QUANTITIES = [
    "Le sommet s'est tenu le 12 septembre 2023.",
    "En 2022, la croissance a ralenti.",
    "La réunion commence à 14 h 30.",
    "Le gouvernement a de nouveau recours à l'article 49.3.",
    "Les dirigeants du G20 se retrouvent à New Delhi.",
    "La pandémie de Covid-19 a bouleversé le secteur.",
    "Il arrivera à 18 heures.",
    "Le 1er mai, les syndicats défilent.",
]


@pytest.mark.parametrize("sentence", NOT_QUANTITIES)
def test_quantities_skip_dates_years_and_references(sentence: str) -> None:
    assert parse(sentence) == []


def test_quantities_scope_national_or_city() -> None:
    assert parse("Dans toute la France, 1,2 million de manifestants ont défilé.")[0].scope == "national"
    assert parse("3 000 grévistes ont défilé à Paris.")[0].scope == "paris"
    assert parse("3 000 grévistes ont défilé.")[0].scope == ""


def test_quantities_elided_thing_and_sources() -> None:
    a, b = parse("Ils étaient 3 000 grévistes selon la CGT, 800 selon la police.")
    assert (a.thing, a.source) == ("gréviste", "la CGT")
    assert (b.value, b.thing, b.source) == (800, "gréviste", "la police")


def test_quantities_clause_takes_elided_thing_from_its_sentence() -> None:
    sentence = "Ils étaient 3 000 grévistes selon la CGT, 800 selon la police."
    (q,) = of_claim("800 selon la police", sentence)
    assert (q.value, q.thing, q.source) == (800, "gréviste", "la police")


def test_quantities_collectives_do_not_overlap_but_approximations_do() -> None:
    quarante, trente = parse("une quarantaine de blessés")[0], parse("une trentaine de blessés")[0]
    assert quarante.comparable(trente) and not quarante.overlaps(trente)
    pres, exact = parse("près de 3 000 manifestants")[0], parse("2 900 manifestants")[0]
    assert pres.overlaps(exact)
    plus = parse("plus de 500 morts")[0]
    assert plus.overlaps(parse("800 morts")[0]) and not plus.overlaps(parse("300 morts")[0])


def test_quantities_cumulative_tolls() -> None:
    assert parse("12 morts")[0].cumulative and parse("3 000 hectares")[0].cumulative
    assert not parse("3 000 grévistes")[0].cumulative


def test_quantities_is_a_typed_record() -> None:
    q = parse("12 morts")[0]
    assert isinstance(q, Quantity) and q.text == "12 morts"


@pytest.mark.parametrize(("text", "language", "value"), [
    ("1,668 yen", "en", 1668.0), ("35,000 patients", "en", 35000.0), ("1,5 million de personnes", "fr", 1.5e6),
    ("35 000 patients", "fr", 35000.0), ("1,668 yen", "fr", 1.668),
])
def test_quantities_figures_as_each_language_writes_them(text: str, language: str, value: float) -> None:
    from recoupe.claims.quantities import parse

    assert [q.value for q in parse(text, language)] == [value]


def test_quantities_counts_over_different_windows_are_not_comparable() -> None:
    """« 820 décès du 2 au 9 août » and « 4 100 morts cette année » count over two stretches of time;
    two figures over the same window, or over none, are one count."""
    from recoupe.claims.quantities import of_claim

    week = of_claim("Les autorités ont recensé 820 décès du 2 au 9 août dans la région")[0]
    year = of_claim("Le bilan atteint 4 100 morts cette année")[0]
    plain = of_claim("Le bilan atteint 4 100 morts")[0]
    assert week.thing == year.thing == "mort"
    assert not week.comparable(year) and not year.comparable(plain)
    assert of_claim("On compte 900 décès du 2 au 9 août")[0].comparable(week)
    assert plain.comparable(of_claim("Les secours ont dénombré 3 900 morts")[0])


def test_quantities_a_proportion_counts_nothing() -> None:
    from recoupe.claims.quantities import of_claim

    assert not [q for q in of_claim("Deux victimes sur trois avaient plus de 80 ans") if q.thing == "victime"]
    assert [q.thing for q in of_claim("Deux victimes ont été hospitalisées")] == ["victime"]


def test_a_lower_bound_carries_over_the_figure_coordinated_with_it() -> None:
    """« au moins deux morts et 15 blessés »: at least 15 injured too, so « au moins 12 morts et 90
    blessés » a day later overlaps it; a bare « 300 morts et 15 blessés » or a figure after a comma
    and « et » keeps its own value."""
    dead, hurt = parse("L'explosion a fait au moins deux morts et 15 blessés.")
    assert (dead.low, dead.high) == (2, INF) and (hurt.low, hurt.high) == (15, INF) and hurt.thing == "blessé"
    _, hurt = parse("L'explosion a fait 300 morts et 15 blessés.")
    assert (hurt.low, hurt.high) == (15, 15)
    _, hurt = parse("L'explosion a fait au moins 12 morts selon la police et 15 blessés.")
    assert (hurt.low, hurt.high) == (15, 15)


@pytest.mark.parametrize(("text", "low", "high", "thing"), [
    ("200 à 300 migrants ont été secourus", 200, 300, "migrant"),
    ("2 ou 3 morts selon les secours", 2, 3, "mort"),
    ("deux à trois blessés", 2, 3, "blessé"),
    ("un ou deux morts", 1, 2, "mort"),
    ("sept à huit pompiers ont été blessés", 7, 8, "pompier"),
])
def test_quantities_ranges_told_with_a_or_ou(text: str, low: float, high: float, thing: str) -> None:
    """« N à M », « N ou M », in digits or words, is the range they span: « deux à trois blessés »
    holds against « trois blessés », not against « six blessés »."""
    q = parse(text)[0]
    assert (q.low, q.high, q.thing) == (low, high, thing) and q.approximate


def test_quantities_ranges_skip_dates_times_and_scales() -> None:
    assert [q.thing for q in parse("le 12 ou 13 août")] == [""]  # a day, not a count
    assert all(q.thing != "heure" for q in parse("de 14 à 16 heures"))
    (q,) = parse("deux à trois millions de personnes")
    assert q.value == 3e6  # « deux » is read no further than before


@pytest.mark.parametrize(("text", "value", "thing"), [
    ("quelque 2000 hectares ont brûlé", 2000, "ha"),
    ("près de 1900 personnes ont été évacuées", 1900, "évacué"),
    ("une amende de 1500 euros", 1500, "euro"),
    ("plus de 1800 manifestants", 1800, "manifestant"),
])
def test_quantities_a_figure_in_the_range_of_years(text: str, value: float, thing: str) -> None:
    """A number between 1800 and 2100 is a figure before a unit, or after an approximation or a
    bound and before a noun; a year otherwise."""
    q = parse(text)[0]
    assert (q.value, q.thing) == (value, thing)


@pytest.mark.parametrize("text", ["En 2020 manifestants et policiers s'étaient affrontés", "jusqu'à 2030",
                                  "il y a 2000 ans", "depuis 1998 les pompiers"])
def test_quantities_years_stay_years(text: str) -> None:
    assert all(q.value not in (2020, 2030, 2000, 1998) for q in parse(text))


def test_of_claim_is_parsed_once_whatever_the_call_spells_out() -> None:
    # claim groups call of_claim(text, sentence), contradictions of_claim(text, sentence, "fr"):
    # one cache entry, so one parse of the claim's figures (the same tuple back)
    text, sentence = "800 selon la police", "Ils étaient 800 manifestants selon la police."
    first = of_claim(text, sentence)
    assert of_claim(text, sentence, "fr") is first
    assert of_claim(text, sentence=sentence, language="fr") is first
    assert of_claim(text, sentence, "en") is not first


def test_a_magnitude_after_de_drops_its_des() -> None:
    """After the preposition « de », French drops the « des » of « des centaines »: the magnitude is still
    told (« le relogement de centaines de familles »). Sentences written for the tests."""
    [q] = parse("les comptes de centaines de milliers de sociétaires")
    assert (q.low, q.high, q.thing) == (200_000, 999_000, "sociétaire")
    [q] = parse("le relogement de dizaines de familles")
    assert (q.low, q.high, q.thing) == (20, 99, "famille")
    # « des dizaines de milliers » is still one figure, not a second one of « de milliers »
    assert len(parse("des dizaines de milliers de manifestants")) == 1
    # nor is the « de » after a number or a collective (« une dizaine de milliers »): no second figure
    for text in ("une dizaine de milliers de manifestants", "une centaine de milliers de personnes",
                 "trois dizaines de milliers de soldats"):
        assert len(parse(text)) == 1, text
    # and it stays as loose a figure as after « des »: no exact count to group or set against another
    from recoupe.claims.contradictions import _not_a_figure

    [q] = parse("le départ de dizaines de milliers de vacanciers")
    assert _not_a_figure(q)
    [q] = parse("un effectif de 30 à 40 agents")
    assert not _not_a_figure(q)
