from __future__ import annotations

import pytest

from recoupe.claims.groups import another_person, assign_group, count_keys, relative_of, signature
from recoupe.model import Article, ArticleAnalysis, Claim
from recoupe.storage import Store


def _c(store: Store, cid: str, predicate: str, text: str = "t") -> Claim:
    aid = cid.split(":")[0]
    if not store.has_article(aid):
        store.add_article(Article(id=aid, origin=aid, text=text), [], "")
    c = Claim(id=cid, article_id=aid, text=text, sentence=text, start=0, end=len(text), subject="", predicate=predicate)
    store.save_analysis(ArticleAnalysis(article_id=aid, claims=[c]))
    return c


def test_groups_same_claim_in_other_words_joins_the_group(store: Store) -> None:
    g1 = assign_group(store, _c(store, "a:c1", "livrer"), "s1", {"livrer", "obus", "armée", "russe"})
    g2 = assign_group(store, _c(store, "b:c1", "fournir"), "s1", {"fournir", "obus", "russe", "artillerie"})
    g3 = assign_group(store, _c(store, "c:c1", "voter"), "s1", {"voter", "budget", "conseil"})
    assert g1 == g2 != g3


def test_groups_never_cross_stories(store: Store) -> None:
    g1 = assign_group(store, _c(store, "a:c1", "livrer"), "s1", {"livrer", "obus"})
    g2 = assign_group(store, _c(store, "b:c1", "livrer"), "s2", {"livrer", "obus"})
    assert g1 != g2


def test_groups_do_not_snowball(store: Store) -> None:
    """A chain of claims each close to the previous one does not drag unrelated ones together."""
    g1 = assign_group(store, _c(store, "a:c1", "voter"), "s1", {"voter", "budget", "conseil", "municipal"})
    assign_group(store, _c(store, "b:c1", "voter"), "s1",
                 {"voter", "budget", "conseil", "transport", "tramway", "ligne"})
    g3 = assign_group(store, _c(store, "c:c1", "inaugurer"), "s1",
                      {"inaugurer", "tramway", "ligne", "station", "maire"})
    assert g3 != g1


def test_groups_paraphrase_classes_meet() -> None:
    assert "~obtain" in signature({"acquérir"}) and "~obtain" in signature({"obtenir"})


def test_groups_a_contest_won_or_a_career_ended_in_other_words_is_one_fact(store: Store) -> None:
    """« remporte la coupe » / « s'adjuge la coupe » and « la retraite du boxeur » / « le boxeur
    raccroche les gants » tell one fact in other words; a resignation and a dismissal are two."""
    won = assign_group(store, _c(store, "a:c1", "remporter"), "s1", {"remporter", "coupe", "régional", "finale"})
    also_won = assign_group(store, _c(store, "b:c1", "adjuger"), "s1", {"adjuger", "coupe", "régional", "club"})
    assert won == also_won
    retires = assign_group(store, _c(store, "c:c1", "retraite"), "s2", {"retraite", "boxeur", "gant"})
    also_retires = assign_group(store, _c(store, "d:c1", "raccrocher"), "s2", {"raccrocher", "gant", "boxeur"})
    assert retires == also_retires
    withdraws = assign_group(store, _c(store, "g:c1", "retirer"), "s4", {"retirer", "sénateur", "politique"})
    quits = assign_group(store, _c(store, "h:c1", "raccrocher"), "s4",
                         {"raccrocher", "sénateur", "politique", "écharpe"})
    assert withdraws == quits
    fired = assign_group(store, _c(store, "e:c1", "licencier"), "s3", {"licencier", "directeur", "usine"})
    resigned = assign_group(store, _c(store, "f:c1", "démissionner"), "s3", {"démissionner", "directeur", "usine"})
    assert fired != resigned
    assert {"~win"} <= signature({"décrocher"}) and {"~dismiss"} <= signature({"limoger"})


def test_groups_a_person_and_their_relative_are_two_facts(store: Store) -> None:
    """« La veuve du pêcheur Marc Aubry a été reçue » and « Marc Aubry a été reçu » tell of two
    people however many words they share."""
    claims = []
    for aid, subject, text in (("a", "Marc Aubry", "Marc Aubry a été reçu à la mairie"),
                               ("b", "veuve de Marc Aubry", "La veuve de Marc Aubry a été reçue à la mairie")):
        store.add_article(Article(id=aid, origin=aid, text=text), [], "")
        c = Claim(id=f"{aid}:c1", article_id=aid, text=text, sentence=text, start=0, end=len(text), subject=subject,
                  predicate="recevoir", subject_entity="e7")
        store.save_analysis(ArticleAnalysis(article_id=aid, claims=[c]))
        claims.append(c)
    him, widow = claims
    words = {"recevoir", "mairie", "aubry"}
    assert assign_group(store, him, "s1", words) != assign_group(store, widow, "s1", words)


@pytest.mark.parametrize(("subject", "tie"), [
    ("un cousin de Jean Martin", "jean martin"), ("les proches de la victime", "la victime"),
    ("l'épouse du maire", "maire"), ("Jean Martin", ""), ("la fille de 12 ans", ""), ("une mère de famille", ""),
    ("le président de la région", ""),
])
def test_groups_relative_of_reads_a_tie_not_an_age_or_a_role(subject: str, tie: str) -> None:
    assert relative_of(subject) == tie


def test_groups_another_person_needs_the_other_named_in_the_tie() -> None:
    assert another_person("cousin de Jean Martin", "e2", "Martin", "e1")
    assert not another_person("cousin de Jean Martin", "e2", "le jeune homme", "e3")
    assert not another_person("Jean Martin", "e1", "Jean Martin", "e1")


def _counted(store: Store, cid: str, predicate: str, text: str, time: str = "") -> Claim:
    aid = cid.split(":")[0]
    store.add_article(Article(id=aid, origin=aid, text=text), [], "")
    c = Claim(id=cid, article_id=aid, text=text, sentence=text, start=0, end=len(text), subject="",
              predicate=predicate, time=time, lemmas=[predicate])
    store.save_analysis(ArticleAnalysis(article_id=aid, claims=[c]))
    return c


def test_groups_one_tally_told_with_other_words_and_figures_is_one_fact(store: Store) -> None:
    """« 12 morts » and « onze personnes ont péri » count the same dead: one fact (the figures
    differing is for the contradiction stage), while the injured are another fact."""
    g1 = assign_group(store, _counted(store, "a:c1", "renverser", "Un car se renverse : 12 morts"), "s1",
                      {"renverser", "car", "mort"})
    g2 = assign_group(store, _counted(store, "b:c1", "périr", "Onze personnes ont péri sur l'autoroute"), "s1",
                      {"périr", "autoroute", "personne"})
    g3 = assign_group(store, _counted(store, "c:c1", "blesser", "Quinze passagers ont été blessés"), "s1",
                      {"blesser", "passager"})
    assert g1 == g2 != g3


def test_groups_tally_of_another_occurrence_or_in_a_relative_clause_stays_apart(store: Store) -> None:
    g1 = assign_group(store, _counted(store, "a:c1", "secouer", "Un séisme de magnitude 7,7 a secoué l'île"), "s1",
                      {"secouer", "séisme", "île"})
    g2 = assign_group(store, _counted(store, "b:c1", "enregistrer", "Une nouvelle secousse de magnitude 6,9 a été "
                                      "enregistrée"), "s1", {"enregistrer", "secousse"})
    g3 = assign_group(store, _counted(store, "c:c1", "éteindre", "Le feu, qui a parcouru 6 300 hectares, est éteint"),
                      "s1", {"éteindre", "feu"})
    g4 = assign_group(store, _counted(store, "d:c1", "ravager", "Près de 6 000 hectares ravagés"), "s1",
                      {"ravager", "hectare"})
    assert g1 != g2 and g3 != g4


def test_groups_large_counts_meet_only_on_close_figures(store: Store) -> None:
    g1 = assign_group(store, _counted(store, "a:c1", "concerner", "678 000 usagers concernés"), "s1",
                      {"concerner", "usager"})
    g2 = assign_group(store, _counted(store, "b:c1", "toucher", "Le piratage a touché 700 000 contribuables"), "s1",
                      {"toucher", "piratage", "contribuable"})
    g3 = assign_group(store, _counted(store, "c:c1", "informer", "350 000 particuliers ont été informés"), "s1",
                      {"informer", "particulier"})
    assert g1 == g2 != g3


def test_groups_one_event_in_other_verbs_unless_the_dates_differ(store: Store) -> None:
    g1 = assign_group(store, _counted(store, "a:c1", "mourir", "Un homme est mort vendredi", "2026-08-14"), "s1",
                      {"mourir", "homme"})
    g2 = assign_group(store, _counted(store, "b:c1", "succomber", "Le randonneur a succombé", "2026-08-14"), "s1",
                      {"succomber", "randonneur"})
    g3 = assign_group(store, _counted(store, "c:c1", "décéder", "Une vacancière était décédée", "2026-08-04"), "s1",
                      {"décéder", "vacancière"})
    assert g1 == g2 != g3


def test_groups_a_verbless_headline_joins_the_event_it_names(store: Store) -> None:
    """« Haute-Savoie : un mort dans une coulée de boue » (no verb, no figure) and « un homme est
    mort vendredi » tell one death; the same headline naming no event stays apart."""
    c = _counted(store, "a:c1", "haute-savoie", "Haute-Savoie : un mort dans une coulée")
    c.lemmas = ["mort", "coulée"]
    g1 = assign_group(store, c, "s1", {"mort", "coulée"})
    g2 = assign_group(store, _counted(store, "b:c1", "mourir", "Un homme est mort vendredi"), "s1", {"mourir", "homme"})
    c = _counted(store, "c:c1", "haute-savoie", "Haute-Savoie : des orages dans la vallée")
    c.lemmas = ["orage", "vallée"]
    g3 = assign_group(store, c, "s1", {"orage", "vallée"})
    assert g1 == g2 != g3


def test_groups_an_earlier_occurrence_is_another_fact(store: Store) -> None:
    """« ils se sont déjà rencontrés en 2019 » is not this week's meeting."""
    g1 = assign_group(store, _counted(store, "a:c1", "rencontrer", "Kim a rencontré Poutine", "2023-09-13"), "s1",
                      {"rencontrer", "kim", "poutine"})
    g2 = assign_group(store, _counted(store, "b:c1", "rencontrer", "Kim a rencontré Poutine", "2019"), "s1",
                      {"rencontrer", "kim", "poutine"})
    g3 = assign_group(store, _counted(store, "c:c1", "rencontrer", "Kim a rencontré Poutine", "2023-09-12"), "s1",
                      {"rencontrer", "kim", "poutine"})
    assert g1 != g2 and g1 == g3


def test_groups_a_days_count_and_the_weekends_are_two_facts(store: Store) -> None:
    g1 = assign_group(store, _counted(store, "a:c1", "annuler", "40 vols annulés samedi", "2026-08-15"), "s1",
                      {"annuler", "vol", "grève"})
    g2 = assign_group(store, _counted(store, "b:c1", "annuler", "une centaine de vols annulés ce week-end",
                                      "2026-W33-WE"), "s1", {"annuler", "vol", "grève"})
    g3 = assign_group(store, _counted(store, "c:c1", "annuler", "Une centaine de vols annulés", "2026-W33-WE"), "s1",
                      {"annuler", "vol", "grève"})
    assert g1 != g2 == g3


def test_groups_a_months_tally_is_not_a_nights(store: Store) -> None:
    g1 = assign_group(store, _counted(store, "a:c1", "tuer", "six morts dans la nuit", "2026-08-16"), "s1",
                      {"tuer", "nuit"})
    g2 = assign_group(store, _counted(store, "b:c1", "tuer", "54 personnes tuées en juillet", "2026-07"), "s1",
                      {"tuer", "juillet"})
    assert g1 != g2


def test_groups_count_keys_read_a_subject_left_out_of_the_span() -> None:
    """« 420 000 abonnés pourraient voir leurs données exposées »: the span starts at the
    infinitive, its subject hangs from the modal, and it is the subject that gives the count."""
    from recoupe.claims.groups import count_keys

    text = "voir leurs données exposées"
    c = Claim(id="a:c1", article_id="a", text=text, sentence="420 000 abonnés pourraient voir leurs données exposées",
              start=0, end=len(text), subject="420 000 abonnés", predicate="voir")
    assert any(k.startswith("#n:people:") for k in count_keys(c))
    assert not count_keys(Claim(id="a:c2", article_id="a", text=text, sentence=text, start=0, end=len(text),
                                subject="", predicate="voir"))


# -- the split pass ------------------------------------------------------------------------------
def _bare(i: int) -> Claim:
    return Claim(id=f"a{i}:c1", article_id=f"a{i}", text="t", sentence="t", start=0, end=1, subject="", predicate="p")


def _weights(pairs: dict[tuple[int, int], float]):  # type: ignore[no-untyped-def]
    def weight(a: Claim, b: Claim) -> float:
        i, j = sorted((int(a.article_id[1:]), int(b.article_id[1:])))
        return pairs.get((i, j), 0.0)
    return weight


def _ids(parts: list[list[Claim]]) -> list[list[int]]:
    return [[int(c.article_id[1:]) for c in p] for p in parts]


def test_split_cuts_two_facts_bridged_by_one_claim() -> None:
    """Claim 7 tells both facts (« deux interpellations après la découverte du corps »): it links
    one claim of the other fact, which is not enough to make the two facts one group."""
    from recoupe.claims.groups import split
    links = {(i, j): 1.0 for i in (1, 2, 3) for j in (1, 2, 3) if i < j}
    links |= {(i, j): 1.0 for i in (4, 5, 6) for j in (4, 5, 6) if i < j}
    links |= {(1, 7): 1.0, (2, 7): 1.0, (3, 7): 1.0, (4, 7): 1.0}
    parts = split([_bare(i) for i in range(1, 8)], weight=_weights(links))
    assert _ids(parts) == [[1, 2, 3, 7], [4, 5, 6]]


def test_split_keeps_one_fact_told_in_a_chain() -> None:
    """Each outlet's wording close to the next one's only: still one fact."""
    from recoupe.claims.groups import split
    chain = _weights({(1, 2): 1.0, (2, 3): 1.0, (3, 4): 1.0, (4, 5): 1.0})
    parts = split([_bare(i) for i in range(1, 6)], weight=chain)
    assert _ids(parts) == [[1, 2, 3, 4, 5]]


def test_split_a_pair_that_cannot_be_one_fact_is_cut() -> None:
    """1 and 3 are dated apart: the claim that links both goes with one of them, not both."""
    from recoupe.claims.groups import split
    parts = split([_bare(i) for i in (1, 2, 3)], weight=_weights({(1, 2): 1.0, (2, 3): 1.0, (1, 3): -1.0}))
    assert _ids(parts) == [[1, 2], [3]]


def test_split_does_not_depend_on_the_order_of_the_claims() -> None:
    from recoupe.claims.groups import split
    links = {(1, 2): 1.0, (2, 3): 1.0, (3, 4): 1.0, (4, 5): 1.0, (5, 6): 1.0, (1, 6): -1.0, (2, 5): -1.0}
    claims = [_bare(i) for i in range(1, 7)]
    assert _ids(split(claims, weight=_weights(links))) == _ids(split(claims[::-1], weight=_weights(links)))


def test_split_groups_writes_the_cut_groups_and_renames_their_contradictions(store: Store) -> None:
    """Two facts of one story chained by a headline that tells both (its tally links it to the
    arrest, its words to the body found); the split pass cuts them, the emptied group is gone and
    a contradiction row names the new groups (and is set apart: the pair is no conflict unlinked)."""
    from recoupe.claims.groups import split_groups
    arrest = {"interpellation", "suspect", "gendarme", "nîmes"}
    found = {"retrouver", "corps", "vigne", "calciné", "gard"}
    for i, lem in enumerate([arrest, arrest | {"mercredi"}, arrest | {"jeudi"}], start=1):
        assign_group(store, _c(store, f"a{i}:c1", "interpeller", "deux interpellations à Nîmes"), "s1", lem)
    for i, lem in enumerate([found, found | {"nuit"}, found | {"août", "village"}], start=4):
        assign_group(store, _c(store, f"a{i}:c1", "retrouver", "le corps retrouvé"), "s1", lem)
    # linked to the three arrests by their tally, to the last « found » claim only by its words
    headline = "Deux interpellations après la découverte du corps calciné dans les vignes"
    bridge = _c(store, "a7:c1", "découvrir", headline)
    assign_group(store, bridge, "s1", found - {"retrouver"} | {"août", "village", "interpellation"})
    claims = {c.id: c for c in store.claims()}
    assert len({c.group_id for c in claims.values()}) == 1, "the bridge chains both facts into one component"
    store.add_contradiction("s1", "number", claims["a1:c1"], claims["a4:c1"], "x")
    assert split_groups(store, ["s1"]) == 1
    claims = {c.id: c for c in store.claims()}
    groups = {c.id: c.group_id for c in claims.values()}
    assert groups["a1:c1"] == groups["a2:c1"] == groups["a3:c1"] != groups["a4:c1"] == groups["a5:c1"]
    assert len({c.component_id for c in claims.values()}) == 1, "the component stays whole for new claims"
    row = store.contradictions_within(groups)[0]
    assert (row["group_a"], row["group_b"]) == (groups["a1:c1"], groups["a4:c1"])
    assert row["apart"] == 1, "two figures of unrelated facts, no longer linked: no conflict"
    assert {g["id"] for g in store.groups("s1")} == set(groups.values())


def test_split_sets_apart_a_conflict_that_rested_on_the_link_and_brings_it_back(store: Store) -> None:
    """« gagné ... en trois ans » / « en deux ans » conflict as one fact (a date conflict when the two
    claims are linked); cut into two groups, the pair is no conflict any more and the row is set
    apart; put back in one group by a later split, it is reported again."""
    from dataclasses import replace

    from recoupe.claims.contradictions import compare, recheck_split
    a = replace(_c(store, "a1:c0", "gagner", "La chanteuse a gagné plus d'un million d'euros en trois ans"),
                subject="chanteuse", object="plus d'un million d'euros", group_id="g1", component_id="g1")
    b = replace(_c(store, "b1:c0", "gagner", "La chanteuse a gagné plus d'un million d'euros en deux ans"),
                subject="chanteuse", object="plus d'un million d'euros", group_id="g1", component_id="g1")
    hit = compare(a, b)
    assert hit is not None and hit.kind == "date"
    store.add_contradiction("s1", hit.kind, a, b, hit.explanation)
    assert compare(replace(a, component_id="g1"), replace(b, component_id="g2")) is None
    b.group_id = "g2"
    assert recheck_split(store, [a, b]) == 1
    assert store.contradictions("s1") == []
    b.group_id = "g1"
    assert recheck_split(store, [a, b]) == 0
    assert [r["kind"] for r in store.contradictions("s1")] == ["date"]


def test_groups_a_night_is_also_the_next_days() -> None:
    """« dans la nuit de mercredi à jeudi » and « jeudi » may date one strike; Friday may not."""
    from recoupe.claims.contradictions import _interval
    from recoupe.claims.groups import _same_day
    assert _same_day("2026-08-19TNI", "2026-08-20") and _same_day("2026-08-20", "2026-08-19TNI")
    assert not _same_day("2026-08-19TNI", "2026-08-21")
    assert _interval("2026-08-31TNI") == ("2026-08-31", "2026-09-01", "day")


def test_groups_a_figure_without_a_number_identifies_no_fact() -> None:
    """« des millions de personnes » says how large, not which count: two unrelated claims that say
    it share no count key (they were « confirmed » together); « deux millions » still does."""
    def keys(text: str) -> frozenset[str]:
        return count_keys(Claim(id="a:c1", article_id="a", text=text, sentence=text, start=0, end=1, subject="",
                                predicate="émouvoir"))
    assert keys("Son histoire a ému des millions de personnes") == frozenset()
    assert keys("Des millions de Français sont privés d'eau") == frozenset()
    assert keys("deux millions de personnes ont été évacuées") & keys("2 millions de personnes évacuées")


def test_groups_the_badly_or_lightly_injured_are_another_count_than_all_the_injured(store: Store) -> None:
    """« 40 blessés » and « trois grièvement blessés » count different subsets of the injured;
    two outlets' counts of the badly injured are one fact; « 12 blessés dont deux graves » is the
    total."""
    from recoupe.claims.groups import severity

    g1 = assign_group(store, _counted(store, "a:c1", "blesser", "Quarante passagers ont été blessés"), "s1",
                      {"blesser", "passager"})
    g2 = assign_group(store, _counted(store, "b:c1", "blesser", "Trois passagers ont été grièvement blessés"), "s1",
                      {"blesser", "passager", "grièvement"})
    g3 = assign_group(store, _counted(store, "c:c1", "blesser", "trois passagers blessés graves"), "s1",
                      {"blesser", "passager", "grave"})
    assert g1 != g2 == g3
    assert severity("12 blessés dont deux graves") == "" and severity("un cycliste légèrement blessé") == "light"


def test_groups_main_verb_of_a_carrier_verb_is_its_infinitive() -> None:
    """« va », « vient de », « s'apprête à », « consiste à », « a pour objectif de » carry the action
    of the infinitive after them; a carrier verb with no infinitive after it stays as it is."""
    from recoupe.claims.groups import main_verb

    assert main_verb("aller", "Le ministre va inaugurer le pont samedi") == "inaugurer"
    assert main_verb("venir", "Les pompiers viennent de maîtriser l'incendie") == "maîtriser"
    assert main_verb("venir", "Le nouveau train vient remplacer l'ancien modèle") == "remplacer"
    assert main_verb("apprêter", "La navigatrice s’apprête à franchir la ligne") == "franchir"
    assert main_verb("consister", "Leur tâche consistera à réparer la digue") == "réparer"
    assert main_verb("objectif", "Les plongeurs avaient pour objectif de renflouer l'épave") == "renflouer"
    assert main_verb("aller", "Il va se présenter aux élections") == "présenter"
    assert main_verb("aller", "Le préfet va à Lyon") == "aller"
    assert main_verb("venir", "Le convoi vient de Marseille") == "venir"
    assert main_verb("livrer", "Le pays va livrer des obus") == "livrer"  # not a carrier: unchanged


def test_groups_main_verb_reads_a_whole_pronoun_as_a_word() -> None:
    """« va lancer » is « lancer », not the pronoun « la » and « ncer »; an elided pronoun touches
    its verb (« va s'installer »)."""
    from recoupe.claims.groups import main_verb

    assert main_verb("aller", "La commune va lancer les travaux") == "lancer"
    assert main_verb("aller", "Le club va tester un nouveau gardien") == "tester"
    assert main_verb("aller", "La famille va s'installer à Nantes") == "installer"
    assert main_verb("aller", "Elle va se rendre à Genève") == "rendre"


@pytest.mark.parametrize(("verb", "text"), [
    ("mettre", "La navigatrice a mis un point final à sa carrière"),
    ("décider", "Le pilote décide de mettre fin à sa longue carrière"),
    ("prendre", "La championne prend sa retraite à 31 ans"), ("annoncer", "Le gardien du club annonce sa retraite"),
    ("tirer", "Le boxeur tire sa révérence"), ("officialiser", "Le joueur officialise l'arrêt de sa carrière"),
])
def test_groups_a_light_verb_phrase_names_its_action(verb: str, text: str) -> None:
    from recoupe.claims.groups import main_verb

    assert main_verb(verb, text) == "retraite"


def test_groups_a_light_verb_without_such_a_phrase_stays() -> None:
    from recoupe.claims.groups import main_verb

    assert main_verb("mettre", "Le maire met fin au contrat de la régie") == "mettre"
    assert main_verb("annoncer", "Le maire annonce un plan pour la gare") == "annoncer"
    assert main_verb("prendre", "Le ministre prend la parole") == "prendre"


def test_groups_a_career_ended_in_a_phrase_meets_the_retirement_told_with_a_verb(store: Store) -> None:
    """A career ended with « mettre un point final à » and « raccroche les gants » tell one
    retirement; a court that « retoque » a law and one that « censure » it tell one ruling."""
    a = _c(store, "a:c1", "mettre", "Le boxeur Karim Fadel a mis un point final à sa carrière à 38 ans")
    b = _c(store, "b:c1", "raccrocher", "Le boxeur Karim Fadel raccroche les gants après une carrière de 20 ans")
    g1 = assign_group(store, a, "s1", {"mettre", "point", "final", "carrière", "boxeur", "an"})
    g2 = assign_group(store, b, "s1", {"raccrocher", "gant", "boxeur", "carrière", "an"})
    assert g1 == g2
    c = _c(store, "c:c1", "retoquer", "Le tribunal a retoqué l'arrêté municipal")
    d = _c(store, "d:c1", "censurer", "Le tribunal censure l'arrêté municipal")
    assert assign_group(store, c, "s2", {"retoquer", "tribunal", "arrêté", "municipal"}) == assign_group(
        store, d, "s2", {"censurer", "tribunal", "arrêté", "municipal"})


def test_groups_a_planned_action_meets_the_action_told_by_another_outlet(store: Store) -> None:
    """« X va inaugurer le pont » and « X a inauguré le pont » tell one fact: the carrier « aller »
    gives way to « inaugurer » (and its paraphrase class, travel, is no longer shared with every
    « va … »), so the two share their predicate."""
    a = _c(store, "a:c1", "aller", "La maire va inaugurer le nouveau pont du quartier")
    b = _c(store, "b:c1", "inaugurer", "La maire a inauguré le pont samedi")
    g1 = assign_group(store, a, "s1", {"aller", "inaugurer", "maire", "pont", "nouveau", "quartier"})
    g2 = assign_group(store, b, "s1", {"inaugurer", "maire", "pont", "samedi"})
    assert g1 == g2


def test_groups_carrier_verb_alone_is_no_common_predicate(store: Store) -> None:
    """Two claims whose only common verb is the carrier (« va fermer » / « va ouvrir ») do not get
    the same-predicate bonus: their predicates are the infinitives."""
    from recoupe.claims.groups import _Features, rule_link

    x = Claim(id="a:c1", article_id="a", text="La mairie va fermer la piscine et son bassin", sentence="", start=0,
              end=0, subject="", predicate="aller", lemmas=["aller", "fermer", "mairie", "piscine", "bassin"])
    y = Claim(id="b:c1", article_id="b", text="La mairie va ouvrir une piscine près du gymnase", sentence="", start=0,
              end=0, subject="", predicate="aller", lemmas=["aller", "ouvrir", "mairie", "piscine", "gymnase"])
    assert not rule_link(_Features(x), _Features(y))
    # the same two claims told with their own verbs would not link either; with « aller » kept as
    # their shared predicate they did (3 shared of 7, + the same-predicate bonus)
    z = Claim(id="c:c1", article_id="c", text="La mairie va fermer la piscine et son bassin", sentence="", start=0,
              end=0, subject="", predicate="fermer", lemmas=["fermer", "mairie", "piscine", "bassin"])
    assert rule_link(_Features(x), _Features(z))


def _dated(cid: str, text: str, time: str) -> Claim:
    return Claim(id=cid, article_id=cid.split(":")[0], text=text, sentence=text, start=0, end=0, subject="",
                 predicate="soutenir", time=time, lemmas=["soutenir", "sénatrice", "candidat", "régional"])


def test_groups_a_year_ahead_is_the_aim_not_another_period() -> None:
    """« les régionales de 2028 » dates what the claim aims at: against a claim dated the day it
    was said, it is no other period; a year before it (« déjà en 2019 ») still is."""
    from recoupe.claims.groups import _Features, cannot_be_one_fact

    said = _Features(_dated("a:c1", "La sénatrice a dit mardi soutenir le candidat", "2026-08-18"))
    aim = _Features(_dated("b:c1", "Régionales 2028 : la sénatrice soutient le candidat", "2028"))
    before = _Features(_dated("c:c1", "La sénatrice soutenait déjà le candidat en 2019", "2019"))
    assert not cannot_be_one_fact(said, aim) and not cannot_be_one_fact(aim, said)
    assert cannot_be_one_fact(said, before) and cannot_be_one_fact(before, said)


def test_groups_a_date_the_claim_refers_to_is_not_its_own() -> None:
    """« depuis mars », « à égalité avec celle de 2003 », « qui datait de 2003 », « débutée le 2
    juin » date what the claim refers to; « en 2019 », « le 2 juin » date the claim's fact."""
    from recoupe.claims.groups import own_time

    assert own_time("En grève depuis mars, les éboueurs ont voté la reprise", "2026-03") == ""
    assert own_time("Cette crue égale la plus haute connue, à égalité avec celle de 2003", "2003") == ""
    assert own_time("un record qui datait de 2003", "2003") == ""
    assert own_time("Un bilan bien pire qu’en 2003, année de la canicule", "2003") == ""
    assert own_time("La crue débutée le 2 juin a pris fin", "2026-06-02") == ""
    assert own_time("Les deux ministres se sont déjà rencontrés en 2019", "2019") == "2019"
    assert own_time("La digue a cédé le 2 juin", "2026-06-02") == "2026-06-02"
    assert own_time("Il a annoncé que le 2 juin la digue serait fermée", "2026-06-02") == "2026-06-02"


def test_groups_a_reference_date_does_not_set_two_tellings_of_a_fact_apart() -> None:
    """« Cette crue égale la plus haute connue, à égalité avec celle de 2003 » and « cette crue a égalé
    jeudi la plus haute jamais relevée » tell one fact: 2003 is what it is compared with."""
    from recoupe.claims.groups import _Features, cannot_be_one_fact

    def claim(cid: str, text: str, time: str) -> Claim:
        return Claim(id=cid, article_id=cid[0], text=text, sentence=text, start=0, end=0, subject="",
                     predicate="égaler", time=time, lemmas=["égaler", "crue", "haut"])

    a = _Features(claim("a:c1", "Cette crue égale la plus haute connue, à égalité avec celle de 2003", "2003"))
    b = _Features(claim("b:c1", "Cette crue a égalé jeudi la plus haute jamais relevée", "2026-08-20"))
    c = _Features(claim("c:c1", "Cette crue avait été la plus haute en 2003", "2003"))
    assert not cannot_be_one_fact(a, b)
    assert cannot_be_one_fact(c, b)  # its own date: another period


def test_groups_a_toll_of_a_separate_attack_is_another_fact(store: Store) -> None:
    """« trois personnes ont aussi été tuées dans une attaque séparée » counts another attack's dead:
    it does not join the story's toll by its tally key, while an account of the same toll does."""
    g1 = assign_group(store, _counted(store, "a:c1", "tuer", "Un bombardement a tué au moins douze civils au port"),
                      "s1", {"tuer", "bombardement", "civil", "port"})
    g2 = assign_group(store, _counted(store, "b:c1", "tuer", "Trois personnes ont aussi été tuées dans une attaque "
                                      "séparée plus au nord"), "s1", {"tuer", "personne", "attaque", "nord"})
    g3 = assign_group(store, _counted(store, "c:c1", "périr", "Douze civils ont péri sous les bombes"), "s1",
                      {"périr", "civil", "bombe"})
    assert g1 != g2 and g1 == g3


def _meeting(cid: str, text: str, time: str = "", planned: bool = False) -> Claim:
    return Claim(id=cid, article_id=cid.split(":")[0], text=text, sentence=text, start=0, end=0, subject="",
                 predicate="rencontrer", time=time, planned=planned, lemmas=["rencontrer", "ministre", "homologue"])


def test_groups_a_plan_is_not_a_deed_dated_before_its_article() -> None:
    """« doit rencontrer » announces what comes after its article: a meeting its own words date a
    year earlier is another meeting, not the plan carried out; a meeting told done days after the
    plan's article may be it. Without the plan's article date, the deed's article date stands in."""
    from recoupe.claims.groups import _Features, cannot_be_one_fact, deed_before_plan, period_end, split

    plan = _meeting("a:c1", "La ministre doit rencontrer son homologue", planned=True)
    old = _meeting("b:c1", "La ministre a déjà rencontré son homologue en 2021", "2021")
    done = _meeting("c:c1", "La ministre a rencontré son homologue lundi", "2026-08-17")
    also = _meeting("d:c1", "La ministre rencontrera son homologue", planned=True)
    assert period_end("2021") == period_end("2021-12") == period_end("2021-12-31")
    assert period_end("PRESENT_REF") is None
    assert deed_before_plan(plan, old, "2026-08-14", "2026-08-15")
    assert deed_before_plan(plan, old, "", "2026-08-15")  # the deed's article stands in
    assert not deed_before_plan(plan, done, "2026-08-14", "2026-08-18")
    assert not deed_before_plan(old, plan, "2026-08-15", "2026-08-14")  # the first is the plan
    assert not deed_before_plan(plan, old, "", "")
    assert cannot_be_one_fact(_Features(plan, "2026-08-14"), _Features(old, "2026-08-15"))
    assert cannot_be_one_fact(_Features(old, "2026-08-15"), _Features(plan, "2026-08-14"))
    assert not cannot_be_one_fact(_Features(plan, "2026-08-14"), _Features(done, "2026-08-18"))
    assert not cannot_be_one_fact(_Features(plan), _Features(old))  # no date known: no veto
    # the split pass cuts the old meeting out of the plan's group, in any order of the claims
    dates = {"a:c1": "2026-08-14", "b:c1": "2026-08-15", "d:c1": "2026-08-16"}
    for claims in ([plan, old, also], [old, also, plan]):
        parts = split(claims, published=dates, weight=None)
        assert [[c.id for c in p] for p in parts] == [["a:c1", "d:c1"], ["b:c1"]]


def test_groups_a_plan_meets_no_old_deed_as_it_arrives(store: Store) -> None:
    """The same check where a new claim meets the stored ones: the plan and the meeting a year
    before its article never join, in either order; a second telling of the plan does."""
    from datetime import date

    lemmas = {"rencontrer", "ministre", "homologue"}

    def add(cid: str, text: str, published: date, time: str = "", planned: bool = False) -> Claim:
        aid = cid.split(":")[0]
        store.add_article(Article(id=aid, origin=aid, text=text, published=published), [], "")
        c = Claim(id=cid, article_id=aid, text=text, sentence=text, start=0, end=len(text), subject="",
                  predicate="rencontrer", time=time, planned=planned, lemmas=sorted(lemmas))
        store.save_analysis(ArticleAnalysis(article_id=aid, claims=[c]))
        return c

    old = add("b:c1", "La ministre a déjà rencontré son homologue en 2021", date(2026, 8, 15), "2021")
    plan = add("a:c1", "La ministre doit rencontrer son homologue", date(2026, 8, 14), planned=True)
    again = add("c:c1", "La ministre rencontrera son homologue", date(2026, 8, 16), planned=True)
    g_old = assign_group(store, old, "s1", lemmas)
    g_plan = assign_group(store, plan, "s1", lemmas)
    g_again = assign_group(store, again, "s1", lemmas)
    assert g_plan == g_again != g_old


def test_groups_a_release_and_a_return_told_in_other_words_are_one_fact(store: Store) -> None:
    """« a été relâché » / « remis en liberté », « est rentré » / « revient », « appréhendé » /
    « interpellé » tell one fact each; a release and an arrest are two."""
    released = assign_group(store, _c(store, "a:c1", "relâcher", "Le pêcheur breton a été relâché par les garde-côtes"),
                            "s1", {"relâcher", "pêcheur", "breton", "garde-côte"})
    freed = assign_group(store, _c(store, "b:c1", "remettre", "Le pêcheur breton remis en liberté par les garde-côtes"),
                         "s1", {"remettre", "liberté", "pêcheur", "breton", "garde-côte"})
    assert released == freed
    arrested = assign_group(store, _c(store, "c:c1", "interpeller", "Le pêcheur breton interpellé par les garde-côtes"),
                            "s1", {"interpeller", "pêcheur", "breton", "garde-côte"})
    assert arrested != released
    seized = assign_group(store, _c(store, "d:c1", "appréhender", "Le pêcheur breton appréhendé par les garde-côtes"),
                          "s1", {"appréhender", "pêcheur", "breton", "garde-côte"})
    assert seized == arrested
    back = assign_group(store, _c(store, "e:c1", "rentrer", "L'astronaute est rentrée sur Terre mardi"), "s2",
                        {"rentrer", "astronaute", "terre", "mardi"})
    also_back = assign_group(store, _c(store, "f:c1", "revenir", "L'astronaute revient sur Terre"), "s2",
                             {"revenir", "astronaute", "terre"})
    assert back == also_back


def test_groups_remettre_names_a_release_only_with_en_liberte() -> None:
    from recoupe.claims.groups import main_verb

    assert main_verb("remettre", "Les deux suspects sont remis en liberté mardi soir") == "libérer"
    assert main_verb("remettre", "La juge les a remis en liberté") == "libérer"
    assert main_verb("remettre", "Le ministre a remis sa démission") == "remettre"


def test_groups_a_prize_one_gives_oneself_is_a_contest_won() -> None:
    """« s'offre le trophée » tells a win; « offre une médaille à » someone is a gift."""
    from recoupe.claims.groups import main_verb

    assert main_verb("offrir", "Le club breton s'offre le trophée régional face à Nantes") == "remporter"
    assert main_verb("offrir", "La skieuse s'est offert une première médaille mondiale") == "remporter"
    assert main_verb("offrir", "Le maire a offert une médaille au pompier") == "offrir"


def test_groups_things_found_again_or_recovered_are_one_fact(store: Store) -> None:
    """« les bijoux volés ont été retrouvés » / « récupérés » tell one fact."""
    found = assign_group(store, _c(store, "a:c1", "retrouver", "Les bijoux volés au musée ont été retrouvés"), "s1",
                         {"retrouver", "bijou", "voler", "musée"})
    recovered = assign_group(store, _c(store, "b:c1", "récupérer", "Les bijoux volés au musée récupérés par la police"),
                             "s1", {"récupérer", "bijou", "voler", "musée", "police"})
    assert found == recovered
