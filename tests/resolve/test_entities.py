from __future__ import annotations

from recoupe.model import Mention
from recoupe.resolve.entities import local_clusters, resolve_article
from recoupe.storage import Store


def _m(aid: str, text: str, etype: str = "PER", start: int = 0) -> Mention:
    return Mention(article_id=aid, start=start, end=start + len(text), text=text, type=etype)  # type: ignore[arg-type]


def _resolve(store: Store, aid: str, texts: list[tuple[str, str]]) -> dict[str, str]:
    mentions = [_m(aid, t, ty, start=i * 100) for i, (t, ty) in enumerate(texts)]
    links = resolve_article(store, aid, mentions)
    return {m.text: links[(m.start, m.end)] for m in mentions}


def test_resolve_short_forms_join_the_full_name_within_an_article() -> None:
    clusters = local_clusters([_m("a", "Jeanne Dupont-Moreau", start=0), _m("a", "Mme Dupont-Moreau", start=50),
                               _m("a", "Dupont-Moreau", start=90)])
    assert len(clusters) == 1
    assert clusters[0].name == "Jeanne Dupont-Moreau"


def test_resolve_spellings_merge_across_articles(store: Store) -> None:
    a = _resolve(store, "a1", [("Sergueï Choïgou", "PER"), ("M. Choïgou", "PER")])
    b = _resolve(store, "a2", [("Sergei Shoigu", "PER")])
    c = _resolve(store, "a3", [("Shoigu", "PER")])
    assert a["Sergueï Choïgou"] == a["M. Choïgou"] == b["Sergei Shoigu"] == c["Shoigu"]


def test_resolve_father_and_son_stay_apart(store: Store) -> None:
    a = _resolve(store, "a1", [("Kim Il Sung", "PER"), ("Kim Jong Il", "PER")])
    b = _resolve(store, "a2", [("Kim Jong-il", "PER")])
    assert a["Kim Il Sung"] != a["Kim Jong Il"]
    assert b["Kim Jong-il"] == a["Kim Jong Il"]


def test_resolve_acronym_joins_its_expansion(store: Store) -> None:
    a = _resolve(store, "a1", [("Organisation du traité de l'Atlantique nord", "ORG")])
    b = _resolve(store, "a2", [("OTAN", "ORG")])
    assert a["Organisation du traité de l'Atlantique nord"] == b["OTAN"]


def test_resolve_similar_councils_stay_apart(store: Store) -> None:
    a = _resolve(store, "a1",
                 [("Conseil de sécurité nationale", "ORG"), ("Conseil de sécurité des Nations unies", "ORG")])
    assert a["Conseil de sécurité nationale"] != a["Conseil de sécurité des Nations unies"]


def test_resolve_lone_word_mistyped_by_ner_joins_the_person() -> None:
    clusters = local_clusters([_m("a", "Ivan Petrovitch", "PER", 0), _m("a", "Petrovitch", "LOC", 40)])
    assert len(clusters) == 1 and clusters[0].type == "PER"


def test_resolve_aliases_and_roles_are_recorded(store: Store) -> None:
    mentions = [_m("a1", "Jean Martin", start=0), _m("a1", "M. Martin", start=30)]
    mentions[0].role = "porte-parole du gouvernement"
    resolve_article(store, "a1", mentions)
    row = store.entities("Martin")[0]
    assert {x["alias"] for x in row["aliases"]} == {"Jean Martin", "M. Martin"}
    assert row["roles"][0]["role"] == "porte-parole du gouvernement"


def test_resolve_canonical_name_does_not_depend_on_arrival() -> None:
    from recoupe.resolve.entities import name_rank

    forms = ["Etats-Unis", "États-Unis", "ÉTATS-UNIS", "E.U."]
    assert min(forms, key=name_rank) == "États-Unis"
    assert min(reversed(forms), key=name_rank) == "États-Unis"
    assert min(["Gorbatchev", "Mikhaïl Gorbatchev"], key=name_rank) == "Mikhaïl Gorbatchev"  # more words first
