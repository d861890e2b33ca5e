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
