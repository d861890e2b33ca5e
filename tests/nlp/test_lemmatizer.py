"""The French lemmatizer on arrays (recoupe.nlp.lemmatizer) sets spaCy's own lemmas, token for token, but
for the « -e » present of first-group verbs that spaCy's tables leave unresolved, and the « -ue » present of an
« -uer » verb they read as another verb's participle."""

from __future__ import annotations

import pytest

from recoupe.nlp.lemmatizer import ArrayFrenchLemmatizer, _Index, present_e_lemma, present_ue_lemma, speed_up
from tests.conftest import EXAMPLES


def test_index_is_the_same_list_with_set_membership() -> None:
    forms = ["chat", "chien", "chat"]
    index = _Index(forms)
    assert index == forms and list(index) == forms and len(index) == 3
    assert "chien" in index and "cheval" not in index and 3 not in index


@pytest.mark.parametrize(("form", "lemma"), [
    ("conteste", "contester"), ("répète", "répéter"), ("lève", "lever"), ("appelle", "appeler"),
    ("jette", "jeter"), ("finit", ""), ("e", ""), ("zzqxe", ""),
])
def test_lemmatizer_present_e_lemma(form: str, lemma: str) -> None:
    verbs = _Index(["contester", "répéter", "lever", "appeler", "jeter", "finir"])
    assert present_e_lemma(form, verbs) == lemma


@pytest.mark.parametrize(("form", "lemma", "fixed"), [
    ("tue", "taire", "tuer"), ("tues", "taire", ""), ("mue", "mouvoir", "muer"),
    ("vue", "voir", ""), ("continue", "continuer", ""), ("tue", "tuer", ""), ("conteste", "conteste", ""),
])
def test_lemmatizer_present_ue_lemma(form: str, lemma: str, fixed: str) -> None:
    verbs = _Index(["tuer", "muer", "continuer", "contester"])
    assert present_ue_lemma(form, lemma, verbs) == fixed


@pytest.mark.model
def test_lemmatizer_present_of_a_verb_that_is_also_a_participle(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Un orage tue trois randonneurs dans le massif.")
    assert doc[2].text == "tue" and doc[2].pos_ == "VERB" and doc[2].lemma_ == "tuer"
    doc = nlp("Elle s'est tue pendant des années.")
    assert doc[3].text == "tue" and doc[3].lemma_ == "taire"


@pytest.mark.model
@pytest.mark.parametrize(("text", "form", "lemma"), [
    ("Le syndicat s'est tu puis la direction s'est tue mardi soir.", "tue", "taire"),
    ("Cette consigne a été tue par le rectorat pendant deux semaines.", "tue", "taire"),
    ("Les plaintes des parents ont été tues par le club.", "tues", "taire"),
    ("La décision a été sue dès mercredi au ministère.", "sue", "savoir"),
    ("La députée est mue par la colère, selon ses proches.", "mue", "mouvoir"),
])
def test_lemmatizer_participle_of_taire_savoir_mouvoir_keeps_its_verb(nlp, text: str, form: str,  # type: ignore[no-untyped-def]
                                                                     lemma: str) -> None:
    # the tagger calls these participles a verb: only a finite « tue » is « tuer » (a participle read
    # « tuer » made a hushed-up fact confirm a killing)
    nlp("Une avalanche tue deux skieurs.")  # a finite « tue » seen first must not fix the participle's lemma
    tok = next(t for t in nlp(text) if t.lower_ == form)
    assert tok.lemma_ == lemma, (tok.pos_, str(tok.morph))


@pytest.mark.model
def test_array_lemmatizer_gives_spacys_lemmas_on_whole_articles() -> None:
    import spacy

    from recoupe.lang import pack

    plain = spacy.load(pack("fr").model)
    fast = spacy.load(pack("fr").model)
    speed_up(fast)
    assert type(fast.get_pipe("lemmatizer")) is ArrayFrenchLemmatizer
    assert type(plain.get_pipe("lemmatizer")) is not ArrayFrenchLemmatizer
    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))[:12]]
    # tokens without a part of speech, the attribute ruler's lemmas, unknown words, a space token
    texts.append("Ils  ont   mangé des pommes d'api :  zzqxw, 12 km² ; l'ONU s'est réunie. \n\n Qu'en dit-on ?")
    texts.append("")
    verbs = plain.get_pipe("lemmatizer").lookups.get_table("lemma_index")["verb"]

    def expected(tok) -> str:  # type: ignore[no-untyped-def]
        """spaCy's lemma, or the infinitive of a verb's « -e » form that spaCy left unresolved."""
        if tok.pos_ == "VERB" and tok.lemma_ == tok.lower_:
            return present_e_lemma(tok.lower_, verbs) or tok.lemma_
        if tok.pos_ == "VERB" and "Fin" in tok.morph.get("VerbForm"):
            return present_ue_lemma(tok.lower_, tok.lemma_, verbs) or tok.lemma_
        return tok.lemma_

    n = fixed = 0
    for _ in range(2):  # a cold cache, then the pairs already seen
        for a, b in zip(plain.pipe(texts), fast.pipe(texts), strict=True):
            assert [(t.text, expected(t)) for t in a] == [(t.text, t.lemma_) for t in b]
            n += len(a)
            fixed += sum(expected(t) != t.lemma_ for t in a)
    assert n > 5000
    assert fixed > 0  # the examples hold such verbs: the comparison is not spaCy's lemmas alone


@pytest.mark.model
def test_lemmatizer_present_of_a_verb_that_is_also_a_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Le maire conteste les accusations et la ministre indique qu'elle accepte, sans conteste.")
    assert doc[2].text == "conteste" and doc[2].pos_ == "VERB" and doc[2].lemma_ == "contester"
    assert doc[8].text == "indique" and doc[8].lemma_ == "indiquer"
    assert doc[-2].text == "conteste" and (doc[-2].pos_ == "VERB" or doc[-2].lemma_ == "conteste")


@pytest.mark.model
def test_recoupe_pipeline_uses_the_array_lemmatizer(nlp) -> None:  # type: ignore[no-untyped-def]
    assert type(nlp.get_pipe("lemmatizer")) is ArrayFrenchLemmatizer
    assert [t.lemma_ for t in nlp("Les soldats ont été tués.")][:4] == ["le", "soldat", "avoir", "être"]
