"""A group is shown by a claim that states a fact, and a `confirmed` group by a claim of its
confirming pair (recoupe.claims.shown). Invented sentences."""

from __future__ import annotations

from recoupe.claims.shown import shown_claim, shown_summary, shown_text, states_fact
from recoupe.claims.status import GroupStatus
from recoupe.model import Claim
from recoupe.report.words import confirmed_fact


def _c(cid: str, text: str, predicate: str, *, sentence: str = "", language: str = "fr",
       modality: str = "asserted", article: str = "") -> Claim:
    return Claim(id=cid, article_id=article or cid.split(":")[0], text=text, sentence=sentence or text, start=0,
                 end=len(text), subject="", predicate=predicate, modality=modality,  # type: ignore[arg-type]
                 language=language)


def _status(status: str, pair: tuple[str, ...] = ()) -> GroupStatus:
    return GroupStatus(status=status, independent_sources=2, firm_sources=2, articles=(), confirmed_by=pair)  # type: ignore[arg-type]


def test_fragments_state_no_fact() -> None:
    assert states_fact(_c("a:1", "La mairie a fermé le gymnase des Tilleuls", "fermer"))
    assert not states_fact(_c("a:2", "qui a fermé le gymnase des Tilleuls", "fermer",
                              sentence="L'orage qui a fermé le gymnase des Tilleuls a cessé."))
    assert not states_fact(_c("a:3", "de fermer le gymnase des Tilleuls", "fermer"))
    assert not states_fact(_c("a:4", "après avoir fermé le gymnase", "fermer"))
    assert not states_fact(_c("a:5", "Gymnases, piscines municipales", "gymnase"))
    # a clause opening on « que »: a relative one, or a content whose teller is outside it
    assert not states_fact(_c("a:6", "Ce qu'on sait du gymnase fermé", "savoir"))
    assert not states_fact(_c("a:7", "qu'elle fermerait le gymnase lundi", "fermer",
                              sentence="La maire a annoncé qu'elle fermerait le gymnase lundi."))
    assert not states_fact(_c("a:8", "ayant fermé le gymnase", "fermer"))
    assert not states_fact(_c("a:11", "après s'être opposé au maire", "opposer"))
    assert not states_fact(_c("a:12", "s'il ferme le gymnase des Tilleuls", "fermer"))
    assert not states_fact(_c("e:4", "if the council closes the bridge", "close", language="en"))
    # a copula's attribute is the parse's head: the clause states a fact
    assert states_fact(_c("a:9", "Le gymnase des Tilleuls est désormais trop petit", "petit"))
    assert not states_fact(_c("a:10", "Le gymnase des Tilleuls trop petit", "petit"))
    assert states_fact(_c("e:1", "The council closed the old bridge", "close", language="en"))
    assert not states_fact(_c("e:2", "which closed the old bridge", "close", language="en"))
    assert not states_fact(_c("e:3", "to close the old bridge", "close", language="en"))


def test_a_confirmed_group_is_shown_by_its_pair_not_by_a_lumped_claim() -> None:
    lumped = _c("a:1", "La maire veut agrandir le gymnase des Tilleuls", "vouloir")
    p1 = _c("b:1", "Le gymnase des Tilleuls a fermé samedi après l'orage", "fermer")
    p2 = _c("c:1", "Le gymnase des Tilleuls a fermé samedi", "fermer")
    members = [lumped, p1, p2]
    assert shown_claim(members, _status("confirmed", ("b:1", "c:1")), lumped.text) in (p1, p2)
    # the same group not confirmed keeps its founding claim, which states a fact
    assert shown_claim(members, _status("single_source"), lumped.text) is lumped
    # of the pair, the one that states a fact, whatever the order
    rel = _c("d:1", "qui a fermé samedi le gymnase des Tilleuls", "fermer",
             sentence="L'orage qui a fermé samedi le gymnase des Tilleuls a cessé.")
    for pair in (("d:1", "b:1"), ("b:1", "d:1")):
        assert shown_claim([lumped, rel, p1], _status("confirmed", pair), lumped.text) is p1
    # the founding claim stays when it is of the pair and states a fact
    assert shown_claim(members, _status("confirmed", ("b:1", "c:1")), p2.text) is p2


def test_every_group_is_shown_by_a_fact_when_one_exists() -> None:
    frag = _c("a:1", "de fermer le gymnase des Tilleuls", "fermer")
    fact = _c("b:1", "La mairie va fermer le gymnase des Tilleuls", "aller", modality="planned")
    assert shown_summary([frag, fact], _status("hedged"), frag.text) == (fact.text, "b:1")
    # only fragments: the stored one stays
    other = _c("c:1", "de fermer le gymnase", "fermer")
    assert shown_claim([frag, other], _status("hedged"), frag.text) is frag
    # a summary no member holds any more (split away) is replaced by a member's
    assert shown_summary([fact], _status("single_source"), "Un texte parti ailleurs") == (fact.text, "b:1")
    assert shown_summary([], None, "seul") == ("seul", None)


def test_english_fragments_state_no_fact() -> None:
    # fixrevd25: « that », « being », « -ing » and subordinate openers, as the French « que »
    told = "The mayor said that she would close the gym on Monday."
    assert not states_fact(_c("e:1", "that she would close the gym on Monday", "close", sentence=told, language="en"))
    opening = "That is four times the allowed level, the inspector said."
    assert states_fact(_c("e:2", "That is four times the allowed level", "be", sentence=opening, language="en"))
    assert not states_fact(_c("e:3", "closing the gym on Monday", "close", language="en"))
    assert not states_fact(_c("e:4", "winning a medal in 2009", "win", language="en"))
    assert not states_fact(_c("e:5", "being questioned by the police", "question", language="en"))
    assert not states_fact(_c("e:6", "when a blue van knocked her down on Oak Road", "knock", language="en"))
    assert not states_fact(_c("e:7", "because the roof had leaked", "leak", language="en"))
    assert states_fact(_c("e:8", "Swimming pools closed on Monday", "close", language="en"))
    assert not states_fact(_c("f:1", "en fermant le gymnase lundi", "fermer"))
    assert not states_fact(_c("f:2", "alors que le quartier avait été fortement inondé", "inonder"))
    assert not states_fact(_c("f:3", "lorsqu'il a fermé le gymnase", "fermer"))
    assert states_fact(_c("f:4", "Le gymnase en chantier a fermé lundi", "fermer"))


def test_a_subordinate_founder_gives_way_to_a_fact_and_comes_before_a_relative() -> None:
    sent_a = "She was hurt when a blue van knocked her down on Oak Road."
    a = _c("a:1", "when a blue van knocked her down on Oak Road", "knock", sentence=sent_a, language="en")
    b = _c("b:1", "a blue van knocked her down on Oak Road", "knock", language="en")
    assert shown_claim([a, b], _status("confirmed", ("a:1", "b:1")), a.text) is b
    # two fragments: the subordinate clause names its subject, the relative one does not
    sent_c = "Le ministre est venu voir la crue qui a inondé le bourg en mai."
    c = _c("c:1", "qui a inondé le bourg en mai", "inonder", sentence=sent_c)
    sent_d = "Les aides arrivent, alors que le bourg a été inondé par la crue en mai."
    d = _c("d:1", "alors que le bourg a été inondé par la crue en mai", "inonder", sentence=sent_d)
    assert shown_claim([c, d], _status("confirmed", ("c:1", "d:1")), "autre chose") is d
    assert shown_claim([c, d], _status("confirmed", ("c:1", "d:1")), c.text) is d  # even over the founder


def test_french_nouns_spelt_like_etre_rescue_no_headline() -> None:
    assert not states_fact(_c("h:1", "Orages sur l'est du pays", "orage"))
    assert not states_fact(_c("h:2", "Canicule : l'été brûlant des maraîchers", "canicule"))
    assert not states_fact(_c("h:3", "Tout le reste du littoral en alerte jaune", "reste"))
    assert not states_fact(_c("h:4", "Vacances d'été, plages bondées", "vacance"))
    assert states_fact(_c("h:5", "Le gardien a été victime de sa chute", "victime"))
    assert states_fact(_c("h:6", "La route reste coupée", "coupé"))


def _sub(cid: str, text: str, predicate: str, sentence: str, subject: str = "", language: str = "fr") -> Claim:
    c = _c(cid, text, predicate, sentence=sentence, language=language)
    c.subject = subject
    return c


def test_a_relative_clause_is_shown_with_its_antecedent() -> None:
    # brief32: « qui a fermé le gymnase » alone tells nobody's deed; its antecedent from the sentence does
    told = "La préfecture a suspendu Paul Vernet, adjoint aux sports, qui a fermé le gymnase des Tilleuls."
    rel = _sub("a:1", "qui a fermé le gymnase des Tilleuls", "fermer", told, subject="Paul Vernet")
    assert shown_text(rel) == "Paul Vernet, adjoint aux sports, qui a fermé le gymnase des Tilleuls."
    # the antecedent with its determiner, and not the rest of the main clause after the relative clause
    mid = _sub("b:1", "qui a fermé le gymnase des Tilleuls", "fermer",
               "L'orage qui a fermé le gymnase des Tilleuls a cessé mardi.", subject="orage")
    assert shown_text(mid) == "L'orage qui a fermé le gymnase des Tilleuls"
    # no recovered subject before it (« où »'s own subject is in the clause): the nearest noun phrase
    where = _sub("c:1", "où un orage a éclaté mardi", "éclater",
                 "Le vent souffle encore sur la Creuse, où un orage a éclaté mardi.", subject="orage")
    assert shown_text(where) == "La Creuse, où un orage a éclaté mardi."
    # counter-examples: a recovered subject with a verb between it and the clause is the parse's guess (the
    # main clause, another fact, is not shown); with no antecedent found the clause stays alone
    told = "Le préfet a suspendu le maire d'Orlac, qui a fermé le gymnase."
    guess = _sub("d:1", "qui a fermé le gymnase", "fermer", told, subject="préfet")
    assert shown_text(guess) == "Le maire d'Orlac, qui a fermé le gymnase."
    told = "Le préfet a suspendu hier soir Paul, qui a fermé le gymnase."
    none = _sub("d:2", "qui a fermé le gymnase", "fermer", told)
    assert shown_text(none) == "qui a fermé le gymnase"
    # the nearest noun phrase with the complement it heads (« la panne sur le réseau qui »), not a verb's
    chain = _sub("d:3", "qui a privé le port de courant", "priver",
                 "Une enquête est ouverte après la panne sur le réseau qui a privé le port de courant.")
    assert shown_text(chain) == "La panne sur le réseau qui a privé le port de courant."
    verb = _sub("d:4", "qui a fermé le gymnase", "fermer", "Le préfet suspend le maire qui a fermé le gymnase.")
    assert shown_text(verb) == "Le maire qui a fermé le gymnase."
    en = _sub("e:1", "which flooded the harbour", "flood", "Then the storm, which flooded the harbour, moved east.",
              subject="the storm", language="en")
    assert shown_text(en) == "The storm, which flooded the harbour"


def test_a_clause_leaning_on_its_sentence_is_shown_with_it_and_a_fact_as_it_is() -> None:
    told = "La maire a annoncé lundi qu'elle fermerait le port."
    content = _sub("a:1", "qu'elle fermerait le port", "fermer", told)
    assert shown_text(content) == told
    told = "Un accident de car a fait une victime et douze blessés dimanche."
    cut = _sub("b:1", "douze blessés dimanche", "blessé", told)
    assert shown_text(cut) == told
    fact = _sub("c:1", "Le port a été inondé", "inonder", "Le port a été inondé, selon la mairie.")
    assert shown_text(fact) == "Le port a été inondé"
    # a sentence too long to show leaves the clause alone
    long = "La maire a annoncé " + "et " * 150 + "qu'elle fermerait le port."
    clause = "qu'elle fermerait le port"
    assert shown_text(_sub("d:1", clause, "fermer", long)) == clause


def test_a_confirmed_subordinate_clause_is_not_shown_with_another_main_clause() -> None:
    # counter-example (brief32, through a real build): two outlets tell « alors que le port a été inondé »
    # inside two main clauses of other facts; the sentence shown beside `confirmed` would read as confirmed
    clause = "alors que le port a été inondé"
    p1 = _sub("b:1", clause, "inonder", f"Le maire a démissionné lundi, {clause}.")
    p2 = _sub("c:1", clause, "inonder", f"La ville a fermé ses écoles, {clause}.")
    assert shown_summary([p1, p2], _status("confirmed", ("b:1", "c:1")), p1.text) == (clause, "b:1")


def test_a_confirmed_relative_clause_is_shown_with_its_antecedent_not_the_main_clause() -> None:
    clause = "qui a fermé le gymnase des Tilleuls"
    p1 = _sub("b:1", clause, "fermer", f"Le préfet a suspendu mardi le maire d'Orlac, {clause}.", subject="maire")
    p2 = _sub("c:1", clause, "fermer", f"Les parents ont manifesté contre le maire d'Orlac, {clause}.", subject="maire")
    text, cid = shown_summary([p1, p2], _status("confirmed", ("b:1", "c:1")), p1.text)
    assert cid == "b:1" and text == f"Le maire d'Orlac, {clause}."
    # the report's « confirmed on » names the pair's clause (recoupe.report.words.confirmed_fact)
    assert confirmed_fact(text, [p1.text, p2.text]) == clause


# review revbrief32: when in doubt the clause is shown alone; a shown line adds only its antecedent's noun
# phrase, whole from its determiner (hedges and titles kept), never another clause, a negation or a cleft


def test_an_antecedent_keeps_its_hedge_and_title_from_its_determiner() -> None:  # finding 1
    clause = "who was arrested on Tuesday in Lyon"
    told = f"Police questioned the suspected gunman, {clause}."
    assert shown_text(_sub("a:1", clause, "arrest", told, subject="gunman", language="en")) == \
        f"The suspected gunman, {clause}."
    clause = "who closed the Tilleuls gym"
    told = f"Parents blamed the Valbrune deputy mayor, {clause}."
    assert shown_text(_sub("a:2", clause, "close", told, subject="mayor", language="en")) == \
        f"The Valbrune deputy mayor, {clause}."
    clause = "qui a été condamné mardi à deux ans de prison"
    told = f"Le tribunal a jugé l'ancien maire de Valbrune, {clause}."
    assert shown_text(_sub("a:3", clause, "condamner", told, subject="maire")) == \
        f"L'ancien maire de Valbrune, {clause}."
    # a name's determiner only right before it: no walk back across the main clause's verb
    clause = "qui a fermé le gymnase des Tilleuls"
    told = f"Le préfet blâme Paul Vernet, {clause}."
    assert shown_text(_sub("a:5", clause, "fermer", told, subject="Paul Vernet")) == f"Paul Vernet, {clause}."
    # no determiner within reach before a common noun: the clause alone, never a bare noun
    told = f"Witnesses later described a very tall bearded armed gunman, {clause}."
    assert shown_text(_sub("a:4", clause, "close", told, subject="gunman", language="en")) == clause


def test_a_negated_or_cleft_antecedent_leaves_the_clause_alone() -> None:  # finding 2
    clause = "who closed the Tilleuls gym on Monday"
    told = f"It was not the Valbrune mayor {clause}, but his deputy."
    assert shown_text(_sub("a:1", clause, "close", told, subject="mayor", language="en")) == clause
    clause = "qui a fermé le gymnase des Tilleuls lundi"
    told = f"Ce n'est pas le maire de Valbrune {clause}, mais son adjoint."
    assert shown_text(_sub("a:2", clause, "fermer", told, subject="maire")) == clause
    told = f"C'est le maire de Valbrune {clause}."
    assert shown_text(_sub("a:3", clause, "fermer", told, subject="maire")) == clause
    clause = "who closed the Tilleuls gym"
    told = f"It wasn't the mayor {clause}."
    assert shown_text(_sub("a:4", clause, "close", told, subject="mayor", language="en")) == clause


def test_a_whole_sentence_with_another_clause_is_not_shown() -> None:  # finding 3
    told = "Le préfet a suspendu lundi la maire de Valbrune, qui a annoncé que la piscine fermera en juillet."
    content = _sub("a:1", "que la piscine fermera en juillet", "fermer", told)
    assert shown_text(content) == "que la piscine fermera en juillet"
    p2 = _sub("b:1", "que la piscine fermera en juillet", "fermer",
              "Les syndicats affirment que la piscine fermera en juillet.")
    for pair in (("a:1", "b:1"), ("b:1", "a:1")):
        text, _ = shown_summary([content, p2], _status("confirmed", pair), content.text)
        assert "suspendu" not in text
    # a headline's noun list cut short, its sentence running on with another fact after a comma
    told = "Car renversé près d'Orlac : douze blessés dimanche, le conducteur interpellé par les gendarmes."
    cut = _sub("c:1", "douze blessés dimanche", "blessé", told)
    assert shown_text(cut) == "douze blessés dimanche"


def test_a_verb_in_the_complement_gap_is_a_main_clause() -> None:  # finding 4
    clause = "qui a fermé le gymnase des Tilleuls lundi"
    told = f"Le préfet d'Orlac blâme Vernet, {clause}."
    assert "blâme" not in shown_text(_sub("a:1", clause, "fermer", told, subject="préfet"))
    clause = "who closed the gym"
    told = f"The mayor of Orlac blames Vernet, {clause}."
    assert "blames" not in shown_text(_sub("a:2", clause, "close", told, subject="mayor", language="en"))
    # a short complement of the noun still leaves it the antecedent
    told = f"Parents blamed the mayor of Orlac, {clause}."
    assert shown_text(_sub("a:3", clause, "close", told, subject="mayor", language="en")) == \
        f"The mayor of Orlac, {clause}."


def test_a_noun_complement_opener_is_no_determiner_of_the_antecedent() -> None:  # finding 7
    clause = "qui a été arrêtée mardi"
    told = f"Le juge a entendu la fille du maire, {clause}."
    shown = shown_text(_sub("a:1", clause, "arrêter", told, subject="maire"))
    assert not shown.startswith("Du ") and shown in (clause, f"La fille du maire, {clause}.")
