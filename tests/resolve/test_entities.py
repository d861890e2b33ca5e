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


def test_resolve_spelling_variants_of_a_transliterated_name_merge(store: Store) -> None:
    a = _resolve(store, "a1", [("Hassan Rouhani", "PER")])
    b = _resolve(store, "a2", [("Hassan Rohani", "PER")])  # one vowel for another
    c = _resolve(store, "a3", [("Hassan Rouhanni", "PER")])  # a letter more
    assert a["Hassan Rouhani"] == b["Hassan Rohani"] == c["Hassan Rouhanni"]


def test_resolve_dropped_middle_name_merges_within_and_across_articles(store: Store) -> None:
    a = _resolve(store, "a1", [("Jean Baptiste Kabila", "PER"), ("Jean Kabila", "PER")])
    assert a["Jean Baptiste Kabila"] == a["Jean Kabila"]
    b = _resolve(store, "a2", [("Jean Kabila", "PER")])
    assert b["Jean Kabila"] == a["Jean Kabila"]


def test_resolve_variants_never_merge_different_people(store: Store) -> None:
    a = _resolve(store, "a1", [("Pierre Dupont", "PER"), ("Kim Jong Un", "PER")])
    b = _resolve(store, "a2", [("Pierre Dupond", "PER"), ("Kim Un", "PER"), ("Paul Dupont", "PER")])
    assert b["Pierre Dupond"] != a["Pierre Dupont"]  # a consonant is another name
    assert b["Kim Un"] != a["Kim Jong Un"]  # short syllables: no middle name to drop
    assert b["Paul Dupont"] != a["Pierre Dupont"]


def test_resolve_generic_institutions_merge_only_within_one_country(store: Store) -> None:
    a = _resolve(store, "a1", [("ministère russe de l'Intérieur", "ORG")])
    b = _resolve(store, "a2", [("ministère de l'Intérieur ukrainien", "ORG")])
    # no modifier: the article's places say whose ministry it is
    c = _resolve(store, "a3", [("Russie", "LOC"), ("ministère de l'Intérieur", "ORG"), ("Moscou", "LOC")])
    d = _resolve(store, "a4", [("Ukraine", "LOC"), ("ministère de l'Intérieur", "ORG")])
    assert a["ministère russe de l'Intérieur"] == c["ministère de l'Intérieur"]
    assert b["ministère de l'Intérieur ukrainien"] == d["ministère de l'Intérieur"]
    assert a["ministère russe de l'Intérieur"] != b["ministère de l'Intérieur ukrainien"]


def test_resolve_two_countries_institutions_stay_apart_in_one_article(store: Store) -> None:
    a = _resolve(store, "a1", [("ministère des Affaires étrangères russe", "ORG"),
                               ("ministère des Affaires étrangères de la France", "ORG")])
    assert a["ministère des Affaires étrangères russe"] != a["ministère des Affaires étrangères de la France"]


def test_resolve_named_institutions_are_not_generic(store: Store) -> None:
    a = _resolve(store, "a1", [("Russie", "LOC"), ("Banque mondiale", "ORG")])
    b = _resolve(store, "a2", [("Ukraine", "LOC"), ("Banque mondiale", "ORG")])
    assert a["Banque mondiale"] == b["Banque mondiale"]


def test_resolve_role_finds_its_holder_in_the_store(store: Store) -> None:
    from recoupe.resolve.entities import holder_of_role, role_key

    m = _m("a1", "Ivan Petrov")
    m.role = "porte-parole du Kremlin"
    links = resolve_article(store, "a1", [m])
    assert holder_of_role(store, "le porte-parole du Kremlin") == links[(m.start, m.end)]
    assert holder_of_role(store, "le porte-parole du gouvernement") == ""
    assert role_key("le ministre") == "" and role_key("premier ministre") == ""


def test_resolve_short_forms_join_by_the_skeletons_of_the_cluster_name() -> None:
    # the skeletons are read per cluster name (kept per spelling): a transliterated family name alone,
    # a given name alone and a lone word typed as a place all find the one person
    clusters = local_clusters([_m("a", "Piotr Tchaïkovski", start=0), _m("a", "Tchaikovsky", start=40),
                               _m("a", "Piotr", start=80), _m("a", "Tchaikovskii", "LOC", 120),
                               _m("a", "Anna Tchaïkovski", start=160)])
    assert sorted(len(c.mentions) for c in clusters) == [1, 4]
    assert {c.name for c in clusters} == {"Piotr Tchaïkovski", "Anna Tchaïkovski"}
