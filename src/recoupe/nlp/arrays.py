"""Membership tests on a doc's id columns (``doc.to_array``), for the rules that look for a few
words among an article's tokens.

``numpy.isin`` sorts the column together with the ids on every call (or loops over the ids when
they are few): tens of microseconds a call, several calls a component and article. The ids are
known at import: :func:`sorted_ids` sorts them once, and :func:`member` then bisects each value of
the column into them (``numpy.searchsorted``), with the same answer as ``numpy.isin``.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy
from spacy.attrs import ENT_TYPE, ORTH, POS, SPACY
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.tokens import Doc


def sorted_ids(ids: Iterable[int]) -> numpy.ndarray:
    """``ids`` as a sorted array without repeats, the form :func:`member` takes (uint64, the
    type of a doc's id columns)."""
    return numpy.unique(numpy.fromiter(ids, dtype=numpy.uint64))


def member(values: numpy.ndarray, ids: numpy.ndarray) -> numpy.ndarray:
    """``numpy.isin(values, ids)`` for ``ids`` from :func:`sorted_ids`: a boolean per value."""
    if len(ids) == 0:
        return numpy.zeros(len(values), dtype=bool)
    if values.dtype != ids.dtype:  # searchsorted would compare both as floats: hashes need 64 bits
        return numpy.isin(values, ids)
    at = numpy.searchsorted(ids, values)
    at[at == len(ids)] = 0  # past the last id: compared with the first, which differs
    return ids[at] == values


WORDS_KEY = "recoupe.words"  # doc.user_data key of the doc's :class:`Words`


class Words:
    """A doc's words as plain sequences indexed by token, read once: for rules that scan tokens by
    their form, tag or entity type, where each ``doc[i]`` builds a new Token and each ``.lower_``
    or ``.pos_`` looks a string up. ``text``, ``lower``, ``pos`` and ``ent_type`` are the Token
    attributes' strings; ``punct``, ``space``, ``quote`` its ``is_punct``, ``is_space``,
    ``is_quote``, and ``spaced`` whether a space follows it (``whitespace_``). Get it with
    :func:`words_of`.

    Only the columns that vary by token come from ``doc.to_array``; what a word's form decides
    (its lower case, its flags) is read once per distinct form across the docs of a process
    (:data:`_FORMS`): ``to_array`` of those columns cost more than the rules save.
    """

    __slots__ = ("ent_type", "lower", "pos", "punct", "quote", "space", "spaced", "text")

    def __init__(self, doc: Doc) -> None:
        arr = doc.to_array([ORTH, POS, ENT_TYPE, SPACY])
        orth, pos, ent_type, spaced = arr.T.tolist() if len(arr) else ([], [], [], [])
        forms = _forms()
        vocab = doc.vocab
        for h in set(orth).difference(forms):
            lex = vocab[h]
            forms[h] = (lex.orth_, lex.lower_, lex.is_punct, lex.is_space, lex.is_quote)
        rows = list(zip(*map(forms.__getitem__, orth), strict=True)) or [(), (), (), (), ()]
        self.text: tuple[str, ...] = rows[0]
        self.lower: tuple[str, ...] = rows[1]
        self.punct: tuple[bool, ...] = rows[2]
        self.space: tuple[bool, ...] = rows[3]
        self.quote: tuple[bool, ...] = rows[4]
        strings = doc.vocab.strings
        labels = {h: strings[h] for h in set(ent_type)}  # a few labels, and 0 (none: "")
        self.pos: list[str] = list(map(POS_NAMES.__getitem__, pos))  # (map: no Python frame per token)
        self.ent_type: list[str] = list(map(labels.__getitem__, ent_type))
        self.spaced: list[int] = spaced


# a form's (text, lower, is_punct, is_space, is_quote) by its ORTH hash, across the docs of a process
# (a form's lexeme never changes); bounded, as the vocabulary is not
_FORMS: dict[int, tuple[str, str, bool, bool, bool]] = {}
_FORMS_MAX = 200_000


def _forms() -> dict[int, tuple[str, str, bool, bool, bool]]:
    global _FORMS
    if len(_FORMS) > _FORMS_MAX:
        _FORMS = {}  # a new dict rather than clear(): a doc being read meanwhile keeps its own
    return _FORMS


def words_of(doc: Doc) -> Words:
    """The doc's :class:`Words`, kept on the doc after the first call. Its forms never change, but
    its tags and entities do while the pipeline runs: only recoupe's components after the entities
    call this (attribution and the ones after it), and a component that sets ``doc.ents`` drops it
    (:func:`forget_words`)."""
    words = doc.user_data.get(WORDS_KEY)
    if words is None:
        words = doc.user_data[WORDS_KEY] = Words(doc)
    return words


def forget_words(doc: Doc) -> None:
    """Drop the doc's :class:`Words` (its entities or tags have changed)."""
    doc.user_data.pop(WORDS_KEY, None)
