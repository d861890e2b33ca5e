from __future__ import annotations

import pytest

from recoupe.nlp.quotes import find_quote_spans


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("Il a dit « nous partirons demain » hier.", ["nous partirons demain"]),
        ("Elle a parlé d'un “moment historique”.", ["moment historique"]),
        ('Il a appelé à " cesser " les combats.', ["cesser"]),
        ('Le texte évoque des "sujets sensibles" et « des progrès ».', ["sujets sensibles", "des progrès"]),
    ],
)
def test_quotes_spans_without_marks(text: str, quoted: list[str]) -> None:
    assert [text[s:e] for s, e in find_quote_spans(text)] == quoted


def test_quotes_unbalanced_marks_do_not_crash() -> None:
    assert find_quote_spans("« début sans fin") == []


@pytest.mark.model
def test_quotes_speaker_from_inverted_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("« Nous ne lâcherons rien », a déclaré la secrétaire générale du syndicat, Sophie Martin.")
    q = doc._.quotes[0]
    assert q.text == "Nous ne lâcherons rien"
    assert "Sophie Martin" in q.speaker and q.cue == "déclarer"


@pytest.mark.model
def test_quotes_speaker_from_colon_frame(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp('Le maire a commenté : "La ville sortira plus forte de cette épreuve."')
    assert doc._.quotes[0].speaker.endswith("maire")


def test_quotes_speaker_is_the_sentence_subject_before_the_quote(nlp) -> None:  # type: ignore[no-untyped-def]
    from recoupe.model import Article
    from recoupe.nlp.extract import analyse

    text = ("« Le sel est l'ennemi », rappelle Paul Girard, diététicien.\n\n"
            "Concernant le sucre, Claire Morel est quant à elle plus nuancée : « un peu de sucre ne nuit pas ».")
    an = analyse(nlp(text), Article(id="t", origin="t", text=text))
    assert [q.speaker for q in an.quotes] == ["Paul Girard", "Claire Morel"]


def test_quotes_pronoun_is_the_person_the_sentence_was_about(nlp) -> None:  # type: ignore[no-untyped-def]
    from recoupe.model import Article
    from recoupe.nlp.extract import analyse

    text = ("Antoine Faure, toxicologue, a participé à l'expertise des travaux de Gilles Sarrot, aujourd'hui "
            "rejetés. Il poursuit : « Ces études ont été bâties pour répondre à une autre question. »")
    an = analyse(nlp(text), Article(id="t", origin="t", text=text))
    assert an.quotes and an.quotes[0].speaker == "Antoine Faure"


def test_quotes_a_subject_without_colon_is_only_spoken_of(nlp) -> None:  # type: ignore[no-untyped-def]
    from recoupe.model import Article
    from recoupe.nlp.extract import analyse

    text = ("Le cuisinier Marc Lenoir se souvient de ses patrons, raconte-t-il.\n\n"
            "Paul Durand avait certes « un appétit un peu plus développé ».")
    an = analyse(nlp(text), Article(id="t", origin="t", text=text))
    assert an.quotes and an.quotes[0].speaker != "Paul Durand"


def test_quotes_term_after_a_demonstrative_is_no_quote(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Les médecins font valoir que les cliniques n'ont pas obtenu ce \"droit d'accès\" auprès des hôpitaux."
    assert not [q for q in nlp(text)._.quotes if q.text == "droit d'accès"]
    text = "Les médecins font valoir que les cliniques « n'ont pas obtenu ce droit » auprès des hôpitaux."
    assert [q for q in nlp(text)._.quotes if q.text.startswith("n'ont pas")]


def test_quotes_a_capitalised_title_after_du_or_au_is_no_quote(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "L'éditeur a profité du succès du « Jardin des sept lunes », a expliqué Marie Roche."
    assert not [q for q in nlp(text)._.quotes if q.text.startswith("Jardin")]
    text = "Le chanteur ne reviendra pas au « Grand Journal du soir » en septembre."
    assert not [q for q in nlp(text)._.quotes if q.text.startswith("Grand")]
    # a finite verb makes it words again, and a lower-case term after « du » is left to the other rules
    text = "Il a parlé du « Nous ne partirons pas » lancé par les grévistes, a expliqué Marie Roche."
    assert [q for q in nlp(text)._.quotes if q.text.startswith("Nous")]


def test_quotes_reflexive_incise_of_temper(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Ces aides ne financent pas « des vacances au soleil », s’énerve Paul Martin, président du club.")
    assert [(q.text, q.speaker) for q in doc._.quotes] == [("des vacances au soleil", "Paul Martin")]
    # not reflexive, not a voice: « ont emporté » carries things away
    doc = nlp("Les supporters ont emporté les banderoles du stade samedi soir.")
    assert not [f for f in doc._.frames if f.cue == "emporter"]


def test_quotes_a_claim_in_a_quote_without_speaker_is_not_the_outlets_voice(nlp) -> None:  # type: ignore[no-untyped-def]
    from recoupe.model import Article
    from recoupe.nlp.extract import analyse

    text = "Procès du braquage : « J'ai vidé le coffre ». Le gardien du musée reste en détention."
    an = analyse(nlp(text), Article(id="t", origin="t", text=text))
    quoted = [c for c in an.claims if "coffre" in c.text]
    assert quoted and all(c.modality == "reported" for c in quoted)

# issue 14, third pass: speakers of the pages' essays, portraits and press reviews


def _quotes(nlp, text: str):  # type: ignore[no-untyped-def]
    from recoupe.model import Article
    from recoupe.nlp.extract import analyse

    return analyse(nlp(text), Article(id="t", origin="t", text=text)).quotes


def test_quotes_closing_guillemet_after_full_stop_stays_with_its_quote(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Le fabricant a publié un avis. « Le produit est sûr. Il ne présente aucun risque. », écrit "
            "l'agence.")
    doc = nlp(text)
    sents = [s.text for s in doc.sents]
    assert sents[0] == "Le fabricant a publié un avis."  # « after a full stop opens a sentence
    assert not any(s.startswith("»") for s in sents)  # » after a full stop never does
    assert _quotes(nlp, text)[0].speaker == "agence"


def test_quotes_incise_subject_after_an_adverbial(nlp) -> None:  # type: ignore[no-untyped-def]
    qs = _quotes(nlp, "« Rien ne doit justifier l'inaction », dit en substance le rapport. « Il faut du "
                      "temps », résume quant à elle Lucie Bernard, urbaniste.")
    assert [q.speaker for q in qs] == ["rapport", "Lucie Bernard"]


def test_quotes_incise_with_a_modal(nlp) -> None:  # type: ignore[no-untyped-def]
    qs = _quotes(nlp, "L'enquête s'élargit encore.\n\n« Tout est sous contrôle », pourrait commenter le maire.")
    assert qs and qs[0].speaker == "maire" and qs[0].cue == "commenter"


def test_quotes_what_one_reads_in_a_medium(nlp) -> None:  # type: ignore[no-untyped-def]
    qs = _quotes(nlp, "Le sénateur est visé par une plainte pour « abus de biens sociaux », peut-on lire dans "
                      "Le Figaro.")
    assert qs and qs[0].speaker == "Le Figaro" and qs[0].speaker_type == "media"


def test_quotes_a_named_voice_between_two_quotes_takes_over(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("L'historien dénonce un usage « abusif » des archives. La mémoire est une arme, disait Victor "
            "Hugo. Elle est aussi la source « de bien des malentendus et des querelles anciennes ».")
    qs = _quotes(nlp, text)
    assert qs[-1].speaker == "Victor Hugo"


def test_quotes_frames_inside_another_quote_speak_no_quote(nlp) -> None:  # type: ignore[no-untyped-def]
    # « qui soutient » is inside the quoted words: it names no speaker for the next quote
    text = ("Marc Lenoir observe : « Le progrès a ses limites. » Mais « loin de tout horizon », il faut « y voir un "
            "état général qui soutient le statu quo »")
    qs = _quotes(nlp, text)
    assert all(q.speaker == "Marc Lenoir" for q in qs)


def test_quotes_pronoun_subject_before_a_colon(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Julien Roche est un architecte reconnu. Il a longtemps travaillé pour Hélène Marchal. Il jette un "
            "regard sévère sur son œuvre : « Nous avons détruit plus que nous n'avons construit. »")
    qs = _quotes(nlp, text)
    assert qs and qs[0].speaker == "Julien Roche"


def test_quotes_comma_before_an_opening_quote_introduces_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Julien Roche est un architecte reconnu. Il a longtemps travaillé pour Hélène Marchal. Il ajoute, "
            "« en font partie le syndic, l'agence et la mairie ».")
    qs = _quotes(nlp, text)
    assert qs and qs[0].speaker == "Julien Roche" and qs[0].cue == "ajouter"


def test_quotes_pronoun_gender_learnt_from_earlier_pronouns(nlp) -> None:  # type: ignore[no-untyped-def]
    # « -t-elle » showed that Sophie Laval is « elle »: a later « il » is the other person
    text = ("Marc Duval a construit la tour. Sophie Laval y a grandi. « J'y pense souvent », écrit-elle.\n\n"
            "Il ajoute : « Nous avons fait des erreurs. »")
    qs = _quotes(nlp, text)
    assert [q.speaker for q in qs] == ["Sophie Laval", "Marc Duval"]


def test_quotes_writers_own_on_frames_no_scare_quote(nlp) -> None:  # type: ignore[no-untyped-def]
    qs = _quotes(nlp, "On peut considérer avoir réuni une image fidèle des « usagers » de la ligne.")
    assert qs == []


def test_quotes_document_source_loses_its_aside(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Le rapport annuel (que nous publions en intégralité) indique que la dette a doublé.")
    assert [f.source for f in doc._.frames if f.cue == "indiquer"] == ["Le rapport annuel"]
    doc = nlp("Alors que la recherche repose sur les pairs, la lettre collective (que vous pouvez lire "
              "ci-dessous) dénonce « la prise en main par une bureaucratie ».")
    assert [q.speaker for q in doc._.quotes] == ["la lettre collective"]


def test_quotes_glued_clitic_incise_inside_a_quote(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("« Je suis très inquiet pour mon avenir, glisse-t-il lorsqu’on le croise devant la bibliothèque. "
              "J’avais un contrat. »")
    assert [(f.source, f.cue) for f in doc._.frames if f.kind == "inverted"] == [("-il", "glisser")]


def test_quotes_pronoun_stands_for_a_subject_noun_phrase(nlp) -> None:  # type: ignore[no-untyped-def]
    # « elle » is the girl the last sentences are about, not the man quoted before nor the place
    text = ("« Je suis inquiet », glisse-t-il, assure Paul Morel.\n\n"
            "Cette jeune fille de 20 ans étudie les lettres à Lyon. Elle vit la grève de près. "
            "« C'est la fin de l'université, soupire-t-elle. Tout devient difficile. »")
    qs = _quotes(nlp, text)
    assert qs[-1].speaker == "jeune fille de 20 ans"


@pytest.mark.model
def test_claim_time_is_its_own_verbs_not_a_participle_clauses(nlp) -> None:  # type: ignore[no-untyped-def]
    """« Ravagée par un incendie en juillet, la forêt rouvrira ses portes samedi »: the claim tells the
    reopening, dated samedi; July dates the fire of the participle clause."""
    from recoupe.model import Article
    from recoupe.nlp.extract import analyse

    text = "Ravagée par un incendie en juillet, la forêt rouvrira ses portes au public samedi."
    an = analyse(nlp(text), Article(id="t", origin="t", text=text))
    samedi = next(t for t in an.timexes if text[t.start:t.end] == "samedi")
    claim = next(c for c in an.claims if c.predicate == "rouvrir")
    assert claim.time == samedi.value


@pytest.mark.parametrize(("text", "speaker"), [
    # the headline form « "Quote" : Name ... »
    ("« Nous irons jusqu'au bout » : Claire Dumont maintient sa candidature à la mairie de Lille", "Claire Dumont"),
    # after a short topic, and « "Quote", Name ... »
    ("Tennis : « Je me sens prête », Léa Martin en demi-finale à Roland-Garros", "Léa Martin"),
    # the person named after « avec » is whom the speakers met, not a speaker: the voice noun's
    # complement is (tests/nlp/test_headline_speakers.py)
    ("« Rien n'a changé » : la colère des agriculteurs après leur rencontre avec Paul Girard", "les agriculteurs"),
    # an unnamed person named by a person noun, with its complements
    ("« On ne dort plus » : une habitante du quartier à bout face au chantier", "une habitante du quartier"),
    ("« Tout est fini » : la fermeture de l'usine annoncée", ""),
])
def test_quotes_headline_quotation_is_the_words_of_the_person_named_after_it(nlp, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    quotes = _quotes(nlp, text)
    assert quotes and quotes[0].speaker == speaker


@pytest.mark.model
def test_claim_time_is_not_a_date_of_its_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    """« Le festival de l'été 2025 a fermé ses portes dimanche 3 août, en battant son record »: the
    summer names the festival (the subject); the claim's deed is dated by the Sunday. A date under a
    gerund of the verb comes before one in the subject."""
    from recoupe.model import Article
    from recoupe.nlp.extract import analyse

    for text, when in [
        ("Le festival de l'été 2025 a fermé ses portes dimanche 3 août.", "dimanche 3 août"),
        ("Le festival de l'été 2025 a battu son record, en accueillant dimanche 3 août 80 000 visiteurs.",
         "dimanche 3 août"),
    ]:
        an = analyse(nlp(text), Article(id="t", origin="t", text=text))
        day = next(t for t in an.timexes if text[t.start:t.end] == when)
        claim = next(c for c in an.claims if c.predicate in {"fermer", "battre"})
        assert claim.time == day.value, (text, claim.time, [(text[t.start:t.end], t.value) for t in an.timexes])


@pytest.mark.model
def test_claim_time_is_not_a_date_of_a_noun_phrase(nlp) -> None:  # type: ignore[no-untyped-def]
    """A date in a noun phrase names its thing, whatever the parse made of that noun phrase (its subject,
    or an oblique): « la tempête de l'hiver 2025, qui a commencé fin décembre, ... » is dated by the day
    a verb of the clause takes, not by the winter or by the start of the relative clause; nor by the
    date of a pronoun's complement (« au même rang que celle de 1999 »)."""
    from recoupe.model import Article
    from recoupe.nlp.extract import analyse

    text = ("La deuxième tempête de l'hiver 2025, qui a commencé fin décembre, est devenue la plus violente "
            "jamais enregistrée ce lundi 3 février, au même rang que celle de 1999.")
    an = analyse(nlp(text), Article(id="t", origin="t", text=text))
    day = next(t for t in an.timexes if text[t.start:t.end] == "ce lundi 3 février")
    claim = next(c for c in an.claims if c.predicate == "devenir")
    assert claim.time == day.value


@pytest.mark.model
def test_quotes_sentence_start_is_the_token_sentence_start(nlp) -> None:  # type: ignore[no-untyped-def]
    from recoupe.nlp.quotes import sentence_start, sentence_starts

    doc = nlp("Le maire de Valbrune a parlé hier. « Nous rouvrirons le pont », a-t-il dit.\n\n"
              "La préfète Iléa Morvan n'a pas répondu. Les travaux reprendront lundi.")
    starts = sentence_starts(doc)
    assert starts == [s.start for s in doc.sents] and len(starts) >= 4
    assert [sentence_start(starts, t.i) for t in doc] == [t.sent.start for t in doc]
