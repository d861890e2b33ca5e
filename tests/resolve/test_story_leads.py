"""An outlet's standing lead (a programme's blurb under each of its videos) makes no story: an
article whose outlet gives the same lead under another headline is read without it
(:class:`recoupe.resolve.stories.Lead`). Headlines, blurbs and terms of our own."""

from __future__ import annotations

from collections import Counter
from datetime import date

from recoupe.model import Article, Mention
from recoupe.nlp.meaning import lead_span, meaning_text
from recoupe.pipeline import article_lead
from recoupe.resolve.stories import Lead, assign_story, lead_key, reread_story
from recoupe.storage import Store

BLURB = "Chaque soir, l'équipe du journal revient sur les faits marquants de la journée avec ses invités."
_BLURB_TERMS = {"L:soir": 1, "L:équipe": 1, "L:journal": 1, "L:revenir": 1, "L:fait": 1, "L:marquant": 1,
                "L:journée": 1, "L:invité": 1}
# (id, headline terms, whether the item carries the blurb)
_ITEMS = [("v1", {"L:inondation": 1, "E:gard": 1, "L:village": 1, "L:évacuer": 1}, True),
          ("v2", {"L:festival": 1, "L:jazz": 1, "L:record": 1, "L:affluence": 1}, True),
          ("a3", {"E:gard": 1, "L:village": 1, "L:évacuer": 1, "L:nuit": 1, "L:inonder": 1}, False)]


def _build(with_leads: bool) -> tuple[list[str], list[str], Store]:
    """Forward pass, then the re-reading pass; the stories after each (meaning off: terms only)."""
    day = date(2026, 9, 3)
    store = Store.open(":memory:")
    key = lead_key("TéléNews", BLURB)
    inputs = []
    forward = []
    for aid, head, blurb in _ITEMS:
        store.add_article(Article(id=aid, origin=aid, text=aid, published=day), [], "")
        terms = Counter(head) + (Counter(_BLURB_TERMS) if blurb else Counter())
        lead = Lead(key, Counter(head), aid) if blurb and with_leads else None
        posted: dict[str, float] = {}
        sid, _ = assign_story(store, aid, terms, day, aid, threshold=0.4, lead=lead, posted=posted)
        forward.append(sid)
        inputs.append((aid, sid, posted, terms, lead))
    after = [reread_story(store, aid, sid, posted, terms, day, aid, threshold=0.4, lead=lead)
             for aid, sid, posted, terms, lead in inputs]
    return forward, after, store


def test_lead_key_is_one_outlets_lead() -> None:
    assert lead_key("TéléNews", BLURB) == lead_key("télénews", "  " + BLURB.upper())  # folded, spaces
    assert lead_key("TéléNews", BLURB) != lead_key("Radio Sud", BLURB)
    assert lead_key("", BLURB) == "" and lead_key("TéléNews", "Vidéo.") == ""


def test_stories_a_shared_blurb_joins_two_videos_without_leads() -> None:
    forward, after, _ = _build(with_leads=False)
    assert forward[:2] == ["s1", "s1"]  # the flood and the festival: one story by the blurb
    assert after[:2] == ["s1", "s1"]


def test_stories_a_shared_blurb_is_left_out() -> None:
    forward, after, store = _build(with_leads=True)
    # the first video came before its blurb was seen twice: read whole, then re-read without it
    assert forward == ["s1", "s2", "s1"]
    assert after == ["s1", "s2", "s1"]
    terms = store.story_terms("s1")
    assert "L:journal" not in terms and "E:gard" in terms  # the flood's story holds no blurb any more
    assert store.story_size("s1") == 2 and store.story_size("s2") == 1


def test_stories_a_lead_no_other_article_gives_is_read_whole() -> None:
    day = date(2026, 9, 3)
    with Store.open(":memory:") as store:
        store.add_article(Article(id="x", origin="x", text="x", published=day), [], "")
        lead = Lead(lead_key("TéléNews", BLURB), Counter({"L:jazz": 1}), "x")
        terms = Counter({"L:jazz": 1, **_BLURB_TERMS})
        posted: dict[str, float] = {}
        assign_story(store, "x", terms, day, "x", threshold=0.4, lead=lead, posted=posted)
        assert not lead.used and "L:journal" in posted


def test_article_lead_leaves_the_lead_out_unless_it_names_the_headlines_subject() -> None:
    title = "Gard : des villages évacués"
    text = f"{title}\n\n{BLURB}"
    art = Article(id="v1", origin="v1", text=text, title=title, outlet="TéléNews")
    start, end = lead_span(title, text)
    assert text[start:end] == BLURB
    terms = Counter({"E:gard": 1, "L:village": 1, "L:évacuer": 1, "L:journal": 1, "L:soir": 1})
    gard = Mention("v1", 0, 4, "Gard", "LOC", "gard")
    lead = article_lead(art, [gard], terms, Counter({"L:journal": 1, "L:soir": 1}))
    assert lead is not None and lead.key == lead_key("TéléNews", BLURB)
    assert lead.terms == Counter({"E:gard": 1, "L:village": 1, "L:évacuer": 1})
    assert lead.text == meaning_text(title, "") == f"{title}."  # the headline alone
    # a lead that names the headline's place speaks of the article's subject: kept
    about = f"{title}\n\nDans le Gard, les pompiers ont évacué trois villages menacés par la crue cette nuit."
    art2 = Article(id="v2", origin="v2", text=about, title=title, outlet="TéléNews")
    gard2 = Mention("v2", about.index("Gard,"), about.index("Gard,") + 4, "Gard", "LOC", "gard")
    assert article_lead(art2, [gard, gard2], terms, Counter()) is None


def test_live_page_headlines() -> None:
    from recoupe.resolve.stories import live_page

    assert live_page("EN DIRECT, crues dans le Sud : trois villages évacués")
    assert live_page("DIRECT. Tempête : des rafales à 150 km/h sur la côte")
    assert live_page("En direct - Grève des contrôleurs : le trafic reprend")
    assert live_page("LIVE: storm hits the coast, thousands without power")
    assert not live_page("Direct Energie relève ses tarifs")  # a name, not a label
    assert not live_page("Le match retransmis en direct sur une chaîne gratuite")
    assert not live_page("Livestock prices fall")


def test_stories_a_live_pages_lead_about_another_event_is_left_out() -> None:
    """A live page filed under a flood, whose latest entry (its lead) is about a jazz festival,
    goes with the flood; read whole it goes with the festival."""
    day = date(2026, 9, 3)
    festival = {"L:festival": 2, "L:jazz": 2, "L:record": 1, "L:affluence": 1, "E:nimes": 1}
    flood = {"L:inondation": 1, "E:gard": 1, "L:village": 1, "L:évacuer": 1}
    page_lead = {"L:festival": 1, "L:jazz": 1, "L:record": 1, "L:affluence": 1, "E:nimes": 1, "L:soir": 1}
    page = Counter({"L:inondation": 1, "E:gard": 1, "L:crue": 1}) + Counter(page_lead)
    for live, expected in ((False, "s1"), (True, "s2")):
        with Store.open(":memory:") as store:
            for aid, terms in (("f", festival), ("g", flood)):
                store.add_article(Article(id=aid, origin=aid, text=aid, published=day), [], "")
                assign_story(store, aid, Counter(terms), day, aid, threshold=0.3)
            store.add_article(Article(id="p", origin="p", text="p", published=day), [], "")
            key = lead_key("Le Quotidien", "Le festival de jazz a battu son record d'affluence ce soir à Nîmes.")
            lead = Lead(key, page - Counter(page_lead), "p", live=live)
            sid, _ = assign_story(store, "p", page, day, "p", threshold=0.3, lead=lead)
            assert lead.used is live and sid == expected
