"""A briefing line is a sentence a reader can take alone and cites only the articles that carry it
(invented sentences, no spaCy): a feed's cut sentence, a question, a quotation cut open or a
sentence opening on a possessive is not a line when the group has a whole one; a conflict told by
one sentence prints it once; an evidence quote is clipped at a word's end."""

from __future__ import annotations

from datetime import date

from recoupe.brief import build_briefing
from recoupe.claims.contradictions import _clip
from recoupe.model import Article, ArticleAnalysis, Claim
from recoupe.storage import Store

# (article id, sentence, claim text, modality, group, lemmas, numbers): invented
ROWS = [
    ("a", "Les pompiers de Valbrune ont maîtrisé l'incendie du dépôt après quatre heures de lutte, dont...",
     "Les pompiers de Valbrune ont maîtrisé l'incendie du dépôt", "asserted", "G1",
     ["pompier", "valbrune", "maîtriser", "incendie", "dépôt"], []),
    ("b", "Les pompiers de Valbrune ont maîtrisé mardi l'incendie qui ravageait le dépôt municipal.",
     "Les pompiers de Valbrune ont maîtrisé mardi l'incendie", "asserted", "G1",
     ["pompier", "valbrune", "maîtriser", "incendie", "dépôt"], []),
    ("c", "Le dépôt municipal de Valbrune accueillait aussi douze autocars scolaires depuis le printemps.",
     "Le dépôt municipal de Valbrune accueillait douze autocars scolaires", "asserted", "G1",
     ["dépôt", "municipal", "valbrune", "accueillir", "autocar", "scolaire"], ["12"]),
    ("d", "Le maire de Valbrune rouvrira-t-il la piscine du quartier des Tanneurs avant la rentrée ?",
     "Le maire de Valbrune rouvrira la piscine du quartier des Tanneurs", "asserted", "G2",
     ["maire", "valbrune", "rouvrir", "piscine", "tanneurs"], []),
    ("e", "Ses bassins, vidés depuis juin, attendent encore les nouvelles pompes commandées par la mairie.",
     "Ses bassins attendent encore les nouvelles pompes", "asserted", "G3",
     ["bassin", "attendre", "pompe", "nouveau"], []),
    ("f", "« Nous rouvrirons en septembre, a promis l'adjointe aux sports de Valbrune. Les travaux avancent.",
     "Nous rouvrirons en septembre", "asserted", "G4", ["rouvrir", "septembre"], []),
    # the group's whole sentence: a cut one is a line only when its group has none
    ("h", "L'adjointe aux sports de Valbrune a promis une réouverture du bassin en septembre.",
     "L'adjointe aux sports de Valbrune a promis une réouverture", "asserted", "G4", ["rouvrir", "septembre"], []),
]


def _store(conflict_in_one_sentence: bool = False) -> Store:
    s = Store.open(":memory:")
    with s.transaction():
        claims = []
        for aid, sentence, text, modality, group, lemmas, numbers in ROWS:
            s.add_article(Article(id=aid, origin=f"{aid}.txt", text=sentence, outlet=f"outlet {aid}",
                                  published=date(2031, 5, 6)), [(0, len(sentence))], analysed_by="test")
            claims.append(Claim(id=f"{aid}:c1", article_id=aid, text=text, sentence=sentence, start=0, end=len(text),
                                subject="", predicate=lemmas[2] if len(lemmas) > 2 else lemmas[0],
                                modality=modality, group_id=group, lemmas=lemmas,  # type: ignore[arg-type]
                                numbers=numbers))
        if conflict_in_one_sentence:
            sentence = "Le préfet annonce la réouverture du dépôt de Valbrune lundi, ce que dément la mairie."
            s.add_article(Article(id="g", origin="g.txt", text=sentence, outlet="outlet g",
                                  published=date(2031, 5, 6)), [(0, len(sentence))], analysed_by="test")
            claims += [Claim(id="g:c1", article_id="g", text="Le préfet annonce la réouverture du dépôt",
                             sentence=sentence, start=0, end=40, subject="", predicate="annoncer", group_id="G5"),
                       Claim(id="g:c2", article_id="g", text="ce que dément la mairie", sentence=sentence,
                             start=62, end=85, subject="", predicate="démentir", modality="denied", group_id="G6")]
        for aid in sorted({c.article_id for c in claims}):
            s.save_analysis(ArticleAnalysis(aid, claims=[c for c in claims if c.article_id == aid]))
            s.set_source(aid, aid, "")
        s.create_story("S1", "valbrune")
        for aid in sorted({c.article_id for c in claims}):
            s.add_to_story("S1", aid, {"L:valbrune": 1.0}, date(2031, 5, 6))
        for gid in sorted({c.group_id for c in claims}):
            s.create_group(gid, "S1", "", gid, [])
        if conflict_in_one_sentence:
            by_id = {c.id: c for c in claims}
            s.add_contradiction("S1", "denial", by_id["g:c1"], by_id["g:c2"], "la mairie le dément")
    return s


def test_cut_sentences_questions_and_possessive_openers_are_no_lines() -> None:
    with _store() as s:
        texts = [b["text"] for b in build_briefing(s, "S1")]
    assert not any(t.endswith(("...", "?")) for t in texts), texts  # a feed's cut, a question
    assert ROWS[1][1] in texts  # the group told by its whole sentence instead of the cut one
    assert ROWS[4][1] not in texts  # « Ses bassins … »: whose?
    assert ROWS[5][1] not in texts  # a quotation opened and never closed: cut inside it
    assert ROWS[6][1] in texts


def test_a_line_cites_the_articles_that_carry_its_fact_only() -> None:
    with _store() as s:
        line = next(b for b in build_briefing(s, "S1") if b["text"] == ROWS[1][1])
    # the cut telling of the same fire is cited; the depot's buses, another fact of the group, are not
    assert {c["article_id"] for c in line["citations"]} == {"a", "b"}


def test_a_conflict_told_in_one_sentence_prints_it_once() -> None:
    with _store(conflict_in_one_sentence=True) as s:
        line = next(b for b in build_briefing(s, "S1") if b["kind"] == "disputed")
    assert line["text"].count("Le préfet annonce") == 1 and " / " not in line["text"]


def test_an_evidence_quote_is_clipped_at_a_words_end() -> None:
    text = "La crue de la Sorgue a atteint quatre mètres vingt au pont de Valbrune entre samedi soir et dimanche matin"
    clipped = _clip(text, 60)
    assert clipped.endswith("…") and len(clipped) <= 60
    assert text.startswith(clipped[:-1]) and text[len(clipped) - 1] == " "  # a whole word before the mark
    assert _clip("Un texte court.", 60) == "Un texte court."
