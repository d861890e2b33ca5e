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
