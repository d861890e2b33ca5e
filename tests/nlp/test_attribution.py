"""Attribution frames: who says so, and who relayed it."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _frames(nlp, text: str):  # type: ignore[no-untyped-def]
    return nlp(text)._.frames


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Selon le ministère de l'Intérieur, trois personnes ont été interpellées.", "ministère de l'Intérieur"),
        ("D'après la police, l'incendie est d'origine criminelle.", "police"),
        ("Le procureur a déclaré que l'enquête progressait rapidement.", "procureur"),
        ("Les négociations sont dans l'impasse, a affirmé mardi le syndicat.", "syndicat"),
        ("Des sources diplomatiques affirment que l'accord est imminent.", "sources diplomatiques"),
        ("Trois militants ont été placés en garde à vue, a indiqué, jeudi, la préfecture de l'Isère.",
         "préfecture de l'Isère"),
        ("Une femme a été mise en examen pour meurtre, a annoncé mardi le parquet de Rennes, dix jours après.",
         "parquet de Rennes"),
        ("Le syndicat a répondu aux critiques en affirmant que la grève serait suspendue lundi.", "syndicat"),
    ],
)
def test_attribution_source(nlp, text: str, source: str) -> None:  # type: ignore[no-untyped-def]
    frames = _frames(nlp, text)
    assert frames, "no frame found"
    assert source in frames[0].source


def test_attribution_inverted_pronoun(nlp) -> None:  # type: ignore[no-untyped-def]
    frames = _frames(nlp, "« Nous ne céderons pas », a-t-il ajouté.")
    assert frames and frames[0].kind == "inverted"


def test_attribution_relay_chain_with_citant(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "L'armée a bombardé le village, a rapporté jeudi le Washington Post, citant des responsables locaux."
    f = _frames(nlp, text)[0]
    assert "responsables locaux" in f.source
    assert "Washington Post" in f.relay


def test_attribution_relay_chain_with_cite_par(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Des enquêteurs cités par le journal Le Monde ont confirmé la présence du suspect."
    frames = [f for f in _frames(nlp, text) if f.relay]
    assert frames and "Le Monde" in frames[0].relay and "enquêteurs" in frames[0].source


def test_attribution_resolves_pronoun_to_person(nlp) -> None:  # type: ignore[no-untyped-def]
    from recoupe.model import Article
    from recoupe.nlp.extract import analyse

    text = ("La ministre Claire Dubois a visité l'usine vendredi. "
            "Elle a assuré que les emplois seraient préservés.")
    doc = nlp(text)
    an = analyse(doc, Article(id="t", origin="t", text=text))
    reported = [c for c in an.claims if c.predicate == "préserver"]
    assert reported and reported[0].attributed_to == "Claire Dubois"


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Le ministre Paul Durand a visité le port. En mars, le fisc a sanctionné deux sociétés danoises. "
         "Elles sont accusées d'avoir tenté de contourner l'embargo.", "Paul Durand"),
        ("La juge Anne Morel a ouvert l'audience. « Je dirai tout », a déclaré le témoin Marc Roux. "
         "« Je n'ai rien à cacher », a-t-il ajouté. Elle est accusée d'avoir caché des preuves.", "Marc Roux"),
    ],
)
def test_passive_pronoun_agrees_with_its_antecedent(nlp, text: str, wrong: str) -> None:  # type: ignore[no-untyped-def]
    """The accused of « elles sont accusées de … » is not the man named last: a plural pronoun is never
    one named person, a feminine one never a man another pronoun showed to be one."""
    from recoupe.model import Article
    from recoupe.nlp.extract import analyse

    an = analyse(nlp(text), Article(id="t", origin="t", text=text))
    accused = [c for c in an.claims if c.cue == "accuser"]
    assert accused and all(c.attributed_to != wrong for c in accused)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Pour le ministre de la Santé, la réforme est indispensable.", "ministre de la Santé"),
        ("Pour Marie Dupont, la décision du tribunal est une victoire.", "Marie Dupont"),
        ("Pour lui, ce projet ne verra jamais le jour.", "lui"),
        ("Pour l'instant, aucune date n'a été fixée.", None),
        ("Pour comprendre la crise, il faut remonter à 2008.", None),
        ("Pour la première fois, le parlement a rejeté le budget.", None),
    ],
)
def test_attribution_opinion_pour(nlp, text: str, source: str | None) -> None:  # type: ignore[no-untyped-def]
    """« Pour X, … » gives X's view only when X names someone, not a time or a purpose."""
    frames = [f for f in _frames(nlp, text) if f.cue == "pour"]
    if source is None:
        assert not frames
    else:
        assert frames and source in frames[0].source


# -- issue 14: speaker chains, typed sources, relays ------------------------------------------------

def _analyse(nlp, text: str):  # type: ignore[no-untyped-def]
    from recoupe.model import Article
    from recoupe.nlp.extract import analyse

    return analyse(nlp(text), Article(id="t", origin="t", text=text))


def test_attribution_clitic_incise_with_adjunct_is_inverted(nlp) -> None:  # type: ignore[no-untyped-def]
    # the clitic sits between auxiliary and participle and an adjunct follows: still an incise
    text = ("Paul Martin a critiqué la réforme.\n\n"
            "\"Je ne signerai pas ce texte\", a-t-il affirmé lors d'une entrevue mardi.")
    an = _analyse(nlp, text)
    assert an.quotes and an.quotes[0].speaker == "Paul Martin"


def test_attribution_comma_after_quote_opens_no_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("\"Le pont est fermé\", a indiqué à l'AFP un porte-parole de la mairie.")
    assert len(list(doc.sents)) == 1
    f = next(f for f in doc._.frames if f.kind == "inverted")
    assert "porte-parole" in f.source and f.relay == "AFP"


def test_attribution_first_person_continuation(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("\"Nous avons tout perdu\", a raconté Marie Lenoir, agricultrice.\n\n"
            "Nos champs sont sous l'eau depuis trois jours.\n\n"
            "La préfecture a ouvert un gymnase.")
    an = _analyse(nlp, text)
    fields = [c for c in an.claims if "champs" in c.text]
    assert fields and fields[0].attributed_to == "Marie Lenoir"
    gym = [c for c in an.claims if "gymnase" in c.text]
    assert gym and gym[0].attributed_to == ""  # the run ends with the first third-person sentence


def test_attribution_pronoun_follows_previous_source(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Les tests se sont révélés négatifs, a annoncé le ministère de la Santé.\n\n"
            "Il précise que le patient est rentré chez lui.")
    an = _analyse(nlp, text)
    back = [c for c in an.claims if c.predicate == "rentrer"]
    assert back and "ministère de la Santé" in back[0].attributed_to
    assert back[0].source_type == "organisation"


def test_attribution_relay_after_verb_and_participle(nlp) -> None:  # type: ignore[no-untyped-def]
    frames = nlp("Le colonel Jean Dupré a affirmé sur RFI que les combats avaient cessé.")._.frames
    assert frames and frames[0].relay == "RFI"
    frames = nlp("\"Tout est calme\", a dit un habitant, cité par Reuters.")._.frames
    assert any(f.relay == "Reuters" for f in frames)


def test_attribution_source_phrase_loses_its_adjunct(nlp) -> None:  # type: ignore[no-untyped-def]
    frames = nlp("\"Le service reprendra lundi\", précise la compagnie dans un communiqué.")._.frames
    assert frames and frames[0].source == "la compagnie"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Selon une source proche du dossier, le contrat sera signé demain.", "anonymous"),
        ("Selon des témoins, le camion roulait très vite.", "anonymous"),
        ("Selon le quotidien Le Soir, le contrat sera signé demain.", "media"),
        ("Selon les chiffres publiés par le ministère de l'Emploi, le chômage a baissé.", "document"),
        ("Selon le ministère de l'Emploi, le chômage a baissé.", "organisation"),
        ("Selon Marc Olivier, le chômage a baissé.", "person"),
    ],
)
def test_attribution_source_types(nlp, text: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    an = _analyse(nlp, text)
    typed = [c.source_type for c in an.claims if c.attributed_to]
    assert typed and typed[0] == kind


def test_attribution_document_source_is_its_issuer(nlp) -> None:  # type: ignore[no-untyped-def]
    an = _analyse(nlp, "Selon les chiffres publiés par le ministère de l'Emploi, le chômage a baissé.")
    src = [c.attributed_to for c in an.claims if c.attributed_to]
    assert src and "ministère de l'Emploi" in src[0] and "chiffres" not in src[0]


def test_attribution_writer_first_person_is_no_ones_speech(nlp) -> None:  # type: ignore[no-untyped-def]
    # a first-person paragraph after a frame whose source is the writer's own relative is the writer's
    text = "Mon père m'a dit que tout irait bien.\n\nJe ne l'ai jamais cru."
    an = _analyse(nlp, text)
    assert not [c for c in an.claims if "cru" in c.text and c.attributed_to]


def test_attribution_wire_formula_learnt_from_sources(nlp) -> None:  # type: ignore[no-untyped-def]
    an = _analyse(nlp, "Un gardien a été blessé dans la nuit, a-t-on appris de sources hospitalières.")
    src = [(c.attributed_to, c.source_type) for c in an.claims if c.attributed_to]
    assert src and "sources hospitalières" in src[0][0] and src[0][1] == "anonymous"
    assert not nlp("Il a appris à nager l'été dernier.")._.frames  # « apprendre » alone reports nothing


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Le chantier prendra du retard, estime Paul Girard, le maire de la commune.", "Paul Girard"),
        ("« Nous n'avons rien caché », se défend la directrice de l'école.", "directrice de l'école"),
        ("La saison sera difficile, rappelle Claire Martin, présidente du club.", "Claire Martin"),
    ],
)
def test_attribution_incise_read_by_its_form(nlp, text: str, source: str) -> None:  # type: ignore[no-untyped-def]
    """The tagger lemmatises « estime », « se défend » after a comma wrong: the form says the verb."""
    frames = [f for f in _frames(nlp, text) if f.kind == "inverted"]
    assert frames and source in frames[0].source


def test_attribution_defendre_alone_reports_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    assert not [f for f in _frames(nlp, "Le maire défend un projet de piscine, dit-on.") if f.cue == "défendre"]


def test_attribution_third_person_sentence_inside_a_speech_run(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Le bâtiment est sain, assure Paul Girard, le gérant de la résidence.\n\n"
            "Des fuites, il y en a dans tous les immeubles.\n\n"
            "Nous intervenons chaque semaine à nos frais.\n\n"
            "La mairie a voté le budget mardi.")
    doc = nlp(text)
    runs = [f for f in doc._.frames if f.kind == "continuation"]
    covered = [doc[f.scope_start:f.scope_end].text for f in runs]
    assert any(t.startswith("Des fuites") for t in covered) and any(t.startswith("Nous intervenons") for t in covered)
    assert not any(t.startswith("La mairie") for t in covered)
    assert all("Paul Girard" in f.source for f in runs)


def _sources(nlp, text: str) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return [(c.attributed_to, c.source_type, c.relay) for c in _analyse(nlp, text).claims if c.attributed_to]


@pytest.mark.parametrize(
    ("text", "relay"),
    [
        ("« Le réseau était organisé », a dit Paul Girard à la chaîne franco-belge Canal Neuf.",
         "chaîne franco-belge Canal Neuf"),
        ("Me Girard a dit croire à l'AFP que la police avait ignoré les preuves.", "AFP"),
        ("Le chanteur est mort, a révélé sa sœur Anne Martin dans une lettre publiée par le journal local "
         "\"Le Petit Écho\".", "Petit Écho"),
    ],
)
def test_attribution_media_relay_forms(nlp, text: str, relay: str) -> None:  # type: ignore[no-untyped-def]
    found = _sources(nlp, text)
    assert found and relay in found[0][2]


def test_attribution_medium_reporting_a_saying_relays_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Plusieurs journaux ont rapporté que des élus du parti avaient soutenu que la caisse était vide."
    inner = [s for s in _sources(nlp, text) if "élus" in s[0]]
    assert inner and "journaux" in inner[0][2] and inner[0][1] == "anonymous"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("La route était coupée, a indiqué un habitant de Valmont.", "habitant de Valmont"),
        ("Un témoin qui avait vu les flammes a affirmé que le feu était parti du toit.", "témoin"),
        ("Ce jour-là, c'est encore un responsable syndical anonyme qui avait confirmé au journal que "
         "l'usine fermerait.", "responsable syndical anonyme"),
    ],
)
def test_attribution_anonymous_voices_stay_whole_and_clean(nlp, text: str, source: str) -> None:  # type: ignore[no-untyped-def]
    found = _sources(nlp, text)
    assert found and found[0][0] == source and found[0][1] == "anonymous"


def test_attribution_selon_lui_is_the_pronoun_and_its_antecedent(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Le sociologue Marc Lenoir publie un essai.\n\n"
            "La vogue des réseaux illustrerait selon lui l'expression d'un « malaise collectif ».")
    an = _analyse(nlp, text)
    assert an.quotes and an.quotes[0].speaker == "Marc Lenoir"


def test_attribution_source_stops_at_a_parenthesis(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Selon la lettre collective (que vous pouvez lire plus bas), le budget a baissé de moitié."
    found = _sources(nlp, text)
    assert found and found[0][0] == "lettre collective"


def test_attribution_pronoun_after_a_relayed_incise_is_the_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("« Nous verrons », a annoncé lundi le ministre Paul Girard, d'après l'agence Belga.\n\n"
            "Interrogé sur les délais, il a répondu que le chantier serait fini en mai.")
    found = [s for s in _sources(nlp, text) if "chantier" not in s[0]]
    assert found and found[-1][0] == "Paul Girard"


def test_attribution_pronoun_is_not_a_person_of_its_own_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Le 3 mai, Karim Benali, député, frappe Paul Ferrand, un élu local.\n\n"
            "Pour sa défense, il accuse Paul Ferrand d'avoir menti.")
    an = _analyse(nlp, text)
    lied = [c for c in an.claims if c.attributed_to and "menti" in c.text]
    assert lied and lied[0].attributed_to == "Karim Benali"


def test_attribution_selon_after_a_verb_of_sorting_is_no_source(nlp) -> None:  # type: ignore[no-untyped-def]
    assert not [f for f in _frames(nlp, "Les chercheurs ont classé les messages selon la source.") if f.cue == "selon"]
    assert not [f for f in _frames(nlp, "Les prix varient selon les régions.") if f.cue == "selon"]
    assert [f for f in _frames(nlp, "Selon la police, les prix ont baissé.") if f.cue == "selon"]


def test_attribution_pour_the_authors_is_their_view(nlp) -> None:  # type: ignore[no-untyped-def]
    frames = _frames(nlp, "Cependant, pour les auteurs, le ministre n'est pas le seul fautif.")
    assert frames and frames[0].kind == "prep" and frames[0].source == "les auteurs"


def test_attribution_advice_verbs_report(nlp) -> None:  # type: ignore[no-untyped-def]
    frames = _frames(nlp, "« Mangez moins de sucre », conseille Olivier Brun, nutritionniste.")
    assert frames and frames[0].source.startswith("Olivier Brun") and frames[0].cue == "conseiller"


def test_attribution_titled_name_in_apposition_closes_the_source(nlp) -> None:  # type: ignore[no-untyped-def]
    frames = _frames(nlp, "Le dossier a été retrouvé aux archives, affirme le directeur du musée de Berlin, le "
                          "professeur Johannes Weber, dans Bild.")
    f = next(f for f in frames if f.kind == "inverted")
    assert f.source.endswith("le professeur Johannes Weber") and f.relay == "Bild"


# --- issue 14: contents in « que » the parse lost, incises it misread, unnamed voices ---------------------


def _parsed(nlp, rows: list[tuple[str, str, str, int, str]]):  # type: ignore[no-untyped-def]
    """A doc built by hand from (word, pos, dep, head index, lemma) rows, then read by the
    attribution component alone: the parse a test needs, whatever the model makes of the words."""
    from spacy.tokens import Doc

    words, pos, deps, heads, lemmas = (list(col) for col in zip(*rows, strict=True))
    doc = Doc(nlp.vocab, words=words, pos=pos, deps=deps, heads=heads, lemmas=lemmas)
    return nlp.get_pipe("recoupe_attribution")(doc)


def test_attribution_que_content_the_parse_read_as_relative(nlp) -> None:  # type: ignore[no-untyped-def]
    # « qu' » read as a relative pronoun of « policiers »: the content still runs from it
    f = next(f for f in _frames(nlp, "La vieille dame, âgée de 90 ans, a raconté aux policiers qu'elle avait "
                                     "entendu un bruit sourd.") if f.cue == "raconter")
    assert "vieille dame" in f.source and f.kind == "verb"
    doc = nlp("La vieille dame, âgée de 90 ans, a raconté aux policiers qu'elle avait entendu un bruit sourd.")
    assert doc[f.scope_start].lower_ == "qu'" and doc[f.scope_end - 1].text == "sourd"


def test_attribution_subject_the_parse_lost_before_que(nlp) -> None:  # type: ignore[no-untyped-def]
    # « la chanteuse » parsed as part of the adverbial before it: the phrase before the verb speaks
    rows = [("Sans", "ADP", "mark", 1, "sans"), ("préciser", "VERB", "advcl", 8, "préciser"),
            ("sa", "DET", "det", 3, "son"), ("date", "NOUN", "obj", 1, "date"), (",", "PUNCT", "punct", 1, ","),
            ("la", "DET", "det", 6, "le"), ("chanteuse", "NOUN", "fixed", 4, "chanteur"),
            ("avait", "AUX", "aux:tense", 8, "avoir"), ("affirmé", "VERB", "ROOT", 8, "affirmer"),
            ("aux", "ADP", "case", 10, "à"), ("journalistes", "NOUN", "obl:arg", 8, "journaliste"),
            ("que", "SCONJ", "mark", 13, "que"), ("les", "DET", "det", 13, "le"),
            ("concerts", "NOUN", "dep", 8, "concert"), ("reprendraient", "VERB", "acl", 13, "reprendre"),
            (".", "PUNCT", "punct", 8, ".")]
    frames = _parsed(nlp, rows)._.frames
    assert [(f.source, f.cue, f.scope_start, f.scope_end) for f in frames] == [("la chanteuse", "affirmer", 11, 15)]


def test_attribution_reporting_form_tagged_as_noun_before_que(nlp) -> None:  # type: ignore[no-untyped-def]
    # « juge » tagged a noun inside the name: its form and the « que » after it make it the verb
    rows = [("Le", "DET", "det", 1, "le"), ("maire", "NOUN", "nsubj", 4, "maire"),
            ("Paul", "PROPN", "appos", 1, "Paul"), ("Durand", "PROPN", "flat:name", 2, "Durand"),
            ("juge", "NOUN", "flat:name", 2, "juge"), ("que", "SCONJ", "mark", 7, "que"),
            ("le", "DET", "det", 7, "le"), ("budget", "NOUN", "nsubj", 4, "budget"),
            ("tiendra", "VERB", "ROOT", 8, "tenir"), (".", "PUNCT", "punct", 8, ".")]
    rows[1] = ("maire", "NOUN", "nsubj", 8, "maire")
    rows[5] = ("que", "SCONJ", "mark", 8, "que")
    rows[7] = ("budget", "NOUN", "nsubj", 8, "budget")
    frames = _parsed(nlp, rows)._.frames
    assert frames and frames[0].cue == "juger" and frames[0].source == "Le maire Paul Durand"
    assert (frames[0].scope_start, frames[0].scope_end) == (5, 9)


def test_attribution_no_que_frame_for_comparative_or_restrictive(nlp) -> None:  # type: ignore[no-untyped-def]
    from recoupe.nlp.attribution import _que_after

    doc = nlp("Il a dit la même chose que son voisin.")
    assert _que_after(doc, 2, 0, len(doc)) is None
    doc = nlp("Elle n'a affirmé que des banalités.")
    assert _que_after(doc, 3, 0, len(doc)) is None
    doc = nlp("Elle n'a pas affirmé que la loi passerait.")
    assert _que_after(doc, 4, 0, len(doc)) == 5


def test_attribution_apposition_before_verb_with_relay_and_que(nlp) -> None:  # type: ignore[no-untyped-def]
    # « X, role, a affirmé sur RFI que »: not an incise (an incise takes no « que »); RFI relays
    text = ("Les élus ont quitté la salle et Paul Martin, porte-parole du collectif, a affirmé sur RFI que ces "
            "départs ne changeraient rien.")
    f = next(f for f in _frames(nlp, text) if f.cue == "affirmer")
    assert f.source.startswith("Paul Martin") and f.relay == "RFI" and f.kind == "verb"


def test_attribution_press_at_large_is_no_relay(nlp) -> None:  # type: ignore[no-untyped-def]
    f = _frames(nlp, "Le chanteur a affirmé aux médias que sa tournée reprendrait en mars.")[0]
    assert f.source == "Le chanteur" and f.relay == ""
    f = _frames(nlp, "Le chanteur a affirmé à l'AFP que sa tournée reprendrait en mars.")[0]
    assert f.relay == "AFP"


def test_attribution_incise_after_source_closed_by_relay_participle(nlp) -> None:  # type: ignore[no-untyped-def]
    # « ..., a ajouté ce témoin cité par l'AFP »: the parse gave « ajouté » the subject of the
    # clause it is coordinated with; the phrase after it, closed by « cité par », is the source
    rows = [("Une", "DET", "det", 1, "un"), ("maison", "NOUN", "nsubj", 2, "maison"),
            ("brûle", "VERB", "ROOT", 2, "brûler"), (",", "PUNCT", "punct", 5, ","),
            ("a", "AUX", "aux:tense", 5, "avoir"), ("ajouté", "VERB", "conj", 2, "ajouter"),
            ("ce", "DET", "det", 7, "ce"), ("témoin", "NOUN", "obj", 5, "témoin"),
            ("cité", "VERB", "acl", 7, "citer"), ("par", "ADP", "case", 11, "par"), ("l'", "DET", "det", 11, "le"),
            ("AFP", "PROPN", "obl:agent", 8, "AFP"), (".", "PUNCT", "punct", 2, ".")]
    f = _parsed(nlp, rows)._.frames[0]
    assert (f.source, f.kind, f.relay, f.scope_start, f.scope_end) == ("ce témoin", "inverted", "AFP", 0, 3)


def test_attribution_incise_without_its_comma(nlp) -> None:  # type: ignore[no-untyped-def]
    # « Ce n'est pas un débat souligne ce militant »: the writer left the comma out
    f = _frames(nlp, "Ce n'est pas un débat souligne ce militant des Verts.")[0]
    assert f.kind == "inverted" and f.source == "ce militant des Verts"
    doc = nlp("Ce n'est pas un débat souligne ce militant des Verts.")
    assert doc[f.scope_start:f.scope_end].text == "Ce n'est pas un débat"


def test_attribution_unnamed_voice_named_after_someone(nlp) -> None:  # type: ignore[no-untyped-def]
    # « un proche de X » is an anonymous source, not X
    from recoupe.model import Article
    from recoupe.nlp.extract import analyse

    text = "« Il ne se représentera pas », a confié à l'AFP un proche de Nicolas Sarkozy."
    claim = analyse(nlp(text), Article(id="t", origin="t", text=text)).claims[0]
    assert (claim.attributed_to, claim.source_type, claim.relay) == ("proche de Nicolas Sarkozy", "anonymous", "AFP")
    # a named spokesman in apposition stays the person
    text = "« Il ne se représentera pas », a confié un porte-parole, Jean Dupont."
    claim = analyse(nlp(text), Article(id="t", origin="t", text=text)).claims[0]
    assert claim.attributed_to == "Jean Dupont"


def test_attribution_selon_relative_pronoun_stands_for_its_antecedent(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Elle juge scandaleuses les informations du Washington Post, selon lequel la NSA a collecté des données."
    f = next(f for f in _frames(nlp, text) if f.cue == "selon")
    assert f.source == "Washington Post"
    text = ("« Les combats continuent », a indiqué à l'AFP un habitant de Kibumba, joint par téléphone vers midi, "
            "et selon qui une fillette a été blessée.")
    doc = nlp(text)
    f = next(f for f in doc._.frames if f.cue == "selon")
    assert f.source == "un habitant de Kibumba" and doc[f.scope_start:f.scope_end].text == "une fillette a été blessée"
    # « selon lesquelles » agrees with a feminine plural noun, not with the nearer masculine one
    text = "Il cite des rumeurs venues du ministère, selon lesquelles le budget baissera."
    f = next((f for f in _frames(nlp, text) if f.cue == "selon"), None)
    assert f is None or "rumeurs" in f.source


def test_attribution_incise_verb_governed_by_se_contenter(nlp) -> None:  # type: ignore[no-untyped-def]
    frames = _frames(nlp, "« Par le passé, les cibles ont été des missiles », s'est-il contenté d'ajouter.")
    assert [(f.cue, f.kind, f.source) for f in frames] == [("ajouter", "inverted", "-il")]


@pytest.mark.parametrize(
    "text",
    [
        "Selon toute vraisemblance, des travaux se déroulaient à cet endroit.",  # a hedge, no source
        "Il a été arrêté suivant des perquisitions à son domicile.",  # « following »
        "Dans ce contexte, l'euro poursuit son repli contre le dollar.",  # no words reported
    ],
)
def test_attribution_no_source_in_set_phrases(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert _frames(nlp, text) == []


def test_attribution_passive_agent_is_the_source(nlp) -> None:  # type: ignore[no-untyped-def]
    f = _frames(nlp, "La nouvelle a été rapportée jeudi par le journal Le Soleil.")[0]
    assert f.source == "le journal Le Soleil" and f.cue == "rapporter"


def test_attribution_selon_moi_is_the_pronoun_alone(nlp) -> None:  # type: ignore[no-untyped-def]
    f = next(f for f in _frames(nlp, "« Il y a selon moi un problème de sémantique », dit-il.") if f.cue == "selon")
    assert f.source == "moi"


def test_attribution_clause_after_incise_source(nlp) -> None:  # type: ignore[no-untyped-def]
    # « A, s'insurge X, B »: B is X's too; not a relative, a participle or an apposition after X
    text = ("Le procès du président est un faux procès, s'insurge une militante, c'est lui qui est censé "
            "faire juger le général, pas le contraire.")
    doc = nlp(text)
    scopes = [doc[f.scope_start:f.scope_end].text for f in doc._.frames if f.source == "une militante"]
    assert scopes == ["Le procès du président est un faux procès",
                      "c'est lui qui est censé faire juger le général, pas le contraire"]
    for text in ("La situation est calme, a déclaré le porte-parole, avant de quitter la salle.",
                 "Les combats ont repris, a indiqué un habitant, joint par téléphone.",
                 "« Nous resterons », a dit Paul Martin, le directeur de l'usine.",
                 "Les prix baissent, a indiqué le ministre, tandis que le syndicat a réclamé une hausse."):
        assert len([f for f in _frames(nlp, text) if f.kind == "inverted"]) == 1, text


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Le sommet pourrait être reporté, a confié un diplomate européen.", "diplomate européen"),
        ("La ligne rouvrira lundi, selon des sources concordantes.", "sources concordantes"),
        ("Un responsable du port a indiqué que trois navires étaient bloqués.", "responsable du port"),
        ("Le contrat sera signé demain, a-t-on appris mardi de sources proches du dossier.",
         "sources proches du dossier"),
        ("Le chantier est suspendu, a fait savoir un conseiller du maire.", "conseiller du maire"),
        ("Selon nos informations, l'usine fermera en juin.", "nos informations"),
        # a definite role of an unnamed body names nobody (not the named director of the paragraph before)
        ("Le directeur Paul Morel a visité le site.\n\n"
         "« Nous avons eu de la chance », explique le directeur d'une usine voisine.", "directeur d'une usine voisine"),
    ],
)
def test_attribution_anonymous_sources_of_the_wires(nlp, text: str, source: str) -> None:  # type: ignore[no-untyped-def]
    found = [s for s in _sources(nlp, text) if s[1] == "anonymous"]
    assert found and found[0][0] == source


def test_attribution_spokeswoman_of_a_chain_is_no_medium(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "« Le client est parti », a expliqué une porte-parole de la chaîne de magasins Dumont."
    found = _sources(nlp, text)
    assert found and found[0][1] == "anonymous" and "porte-parole" in found[0][0]


def test_attribution_citing_clause_before_the_subject_is_a_chain(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Citant des « sources sécuritaires » qu'elle n'a pas nommées, la radio Onde Sud a affirmé que "
            "« le convoi a été attaqué ».")
    found = _sources(nlp, text)
    assert found and found[0][0] == "sources sécuritaires" and found[0][1] == "anonymous"
    assert "Onde Sud" in found[0][2]
    # the quoted wording is the radio's: it speaks the quote, its sources are the statement's source
    an = _analyse(nlp, text)
    attack = [q for q in an.quotes if "convoi" in q.text]
    assert attack and "Onde Sud" in attack[0].speaker


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Les économistes restent prudents car ils estiment que la banque pourrait relever ses taux.", "économistes"),
        ("Le maire Paul Morel a inauguré la halle.\n\nLes habitants sont inquiets. Ils affirment que l'eau est "
         "polluée.", "habitants"),
    ],
)
def test_attribution_plural_pronoun_stands_for_the_plural_voice(nlp, text: str, source: str) -> None:  # type: ignore[no-untyped-def]
    found = _sources(nlp, text)
    assert found and found[-1][0] == source and found[-1][1] == "anonymous"


def test_attribution_impersonal_passive_names_no_source(nlp) -> None:  # type: ignore[no-untyped-def]
    assert not _sources(nlp, "Il a été annoncé que la ligne fermerait en mars.")
    assert _sources(nlp, "Le directeur est venu. Il a annoncé que la ligne fermerait en mars.")


def test_attribution_epicene_role_takes_its_determiner_gender(nlp) -> None:  # type: ignore[no-untyped-def]
    # « -t-elle » is the spokeswoman (« une porte-parole »), not the feminine « la direction » before her
    text = ("Un client a été prié de sortir, des clients s'étant plaints auprès de la direction de "
            "l'établissement qui a appelé la police, a indiqué le magasin.\n\n"
            "« Nous lui avons demandé de partir », a expliqué une porte-parole de la chaîne Dumont.\n\n"
            "Le gérant a attendu, mais « il était déjà parti », a-t-elle ajouté.")
    last = [c for c in _analyse(nlp, text).claims if "déjà parti" in c.text and c.attributed_to]
    assert last and "porte-parole" in last[0].attributed_to


def test_attribution_unquoted_voice_runs_on_without_first_person(nlp) -> None:  # type: ignore[no-untyped-def]
    # words printed without quotation marks go on without them; a sentence naming someone, or the
    # third one, is the writer's again
    text = ("Ce n'est pas une fête souligne ce manifestant.\n\n"
            "Personne ne nous a écoutés depuis des mois.\n\n"
            "La réforme est une insulte.\n\n"
            "Le cortège est arrivé vers midi.")
    doc = nlp(text)
    runs = [doc[f.scope_start:f.scope_end].text for f in doc._.frames if f.kind == "continuation"]
    assert any(r.startswith("Personne") for r in runs) and any(r.startswith("La réforme") for r in runs)
    assert not any(r.startswith("Le cortège") for r in runs)
    quoted = ("« Ce n'est pas une fête », souligne ce manifestant.\n\n"
              "Le cortège est arrivé vers midi.")
    doc = nlp(quoted)
    assert not [f for f in doc._.frames if f.kind == "continuation"]


def test_attribution_institution_incise_starts_no_unquoted_run(nlp) -> None:  # type: ignore[no-untyped-def]
    # an institution announces, the writer goes on: « Au total ... » is the article's voice
    text = "Le feu est maîtrisé, annonce la préfecture.\n\nAu total, trois cents pompiers ont été mobilisés."
    assert not [f for f in nlp(text)._.frames if f.kind == "continuation"]


def test_attribution_expectation_with_a_prepositional_content_and_a_relay_in_the_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Les économistes interrogés par l'AFP tablaient sur une croissance de 2 % au troisième trimestre.")
    (f,) = [f for f in doc._.frames if f.cue == "tabler"]
    assert f.source.startswith("Les économistes") and f.effect == "speculative"
    assert "croissance" in doc[f.scope_start:f.scope_end].text
    assert f.relay == "l'AFP" or f.relay == "AFP"
    # « compter sur » is no expectation of words: no frame
    assert not nlp("Le club compte sur ses supporters pour remplir le stade.")._.frames


@pytest.mark.parametrize("text", [
    "Le feu a pris au lieu-dit Les Granges, près du village.",
    "Le lieu-dit des Granges a brûlé dans la nuit.",
])
def test_attribution_hyphenated_noun_is_no_reporting_verb(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    # « lieu-dit » is a place noun, tokenised « lieu » « - » « dit »: no one says anything
    assert not [f for f in _frames(nlp, text) if f.cue == "dire"]
    assert all(c.modality == "asserted" for c in nlp(text)._.claims)


def test_attribution_participle_of_a_second_saying(nlp) -> None:  # type: ignore[no-untyped-def]
    # « ajoutant que » after an incise: the same speaker says more, though its subject follows its verb
    doc = nlp("« Nous avons perdu », a déclaré le maire devant la presse, ajoutant que la ville était ruinée.")
    assert [f.source for f in doc._.frames if f.cue == "ajouter"] == ["le maire"]
    assert {c.modality for c in doc._.claims} == {"reported"}
    # the subject inverted with a euphonic « t » (« a-t-il »): the pronoun speaks, not the « t »
    doc = nlp("« Je n'ai rien fait de mal », a-t-il affirmé, soulignant que la réunion s'était tenue dans des "
              "« locaux privés » de l'hôtel.")
    assert [q.speaker for q in doc._.quotes] == ["-il", "-il"]
    # « citant » names a relay, not a second saying
    doc = nlp("Le journal a rapporté la nouvelle, citant un proche du dossier.")
    assert not [f for f in doc._.frames if f.cue == "citer" and f.kind == "verb"]


@pytest.mark.parametrize(("text", "sentences"), [
    # a heading glued onto the next sentence without its stop opens a sentence of its own
    ("Aucun blessé grave Le chauffeur a pris la fuite à pied.",
     ["Aucun blessé grave", "Le chauffeur a pris la fuite à pied."]),
    ("Le couteau retrouvé Selon les enquêteurs, le suspect était seul.",
     ["Le couteau retrouvé", "Selon les enquêteurs, le suspect était seul."]),
    # names with their own article stay whole
    ("Il travaille au journal Le Monde depuis dix ans.", ["Il travaille au journal Le Monde depuis dix ans."]),
    ("Le feu a pris au lieu-dit Le Pré, près du village.", ["Le feu a pris au lieu-dit Le Pré, près du village."]),
    ("Une réunion à La Rochelle a eu lieu.", ["Une réunion à La Rochelle a eu lieu."]),
    ("Un navire baptisé La Mouette a coulé.", ["Un navire baptisé La Mouette a coulé."]),
])
def test_paragraphs_glued_heading_opens_a_sentence(nlp, text: str, sentences: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert [s.text for s in nlp(text).sents] == sentences


def test_attribution_first_colon(nlp) -> None:  # type: ignore[no-untyped-def]
    from recoupe.nlp.attribution import first_colon

    doc = nlp("Budget : pour le maire de Valbrune, la hausse est inévitable. Rien à signaler à 10:30 ici.")
    colons = [t.i for t in doc if t.text == ":"]
    assert first_colon(doc, 0, 12) == colons[0] == 1
    assert first_colon(doc, 2, 12) is None
    assert first_colon(doc, 5, 5) is None
    # a colon inside another token (« 10:30 ») is in the text, not a colon token
    for a in range(len(doc)):
        for b in range(a, min(len(doc), a + 12) + 1):
            assert first_colon(doc, a, b) == next((t.i for t in doc[a:b] if t.text == ":"), None)
