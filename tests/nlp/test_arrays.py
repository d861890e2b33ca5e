"""recoupe.nlp.arrays: the bisecting membership test gives numpy.isin's answer."""

import numpy
from spacy.strings import get_string_id

from recoupe.nlp.arrays import member, sorted_ids


def test_member_is_isin_on_hashes_and_edges() -> None:
    rng = numpy.random.default_rng(7)
    words = ["selon", "affirmer", "d'après", "-t-il", "porte-parole", "lire", "zèbre"]
    ids = sorted_ids(get_string_id(w) for w in [*words, "selon"])  # a repeat is kept once
    assert ids.dtype == numpy.uint64 and list(ids) == sorted(set(ids.tolist())) and len(ids) == len(words)
    # 64-bit hashes (beyond float precision), values below, between and above every id, the ids themselves
    values = numpy.concatenate([rng.integers(0, 2**64 - 1, 500, dtype=numpy.uint64), ids, ids - 1, ids + 1,
                                numpy.array([0, 2**64 - 1], dtype=numpy.uint64)])
    rng.shuffle(values)
    got = member(values, ids)
    assert got.dtype == bool
    assert (got == numpy.isin(values, ids)).all()
    assert got.sum() == len(ids)


def test_member_of_few_ids_empty_ids_and_empty_values() -> None:
    values = numpy.array([3, 5, 7, 9, 2**63 + 1], dtype=numpy.uint64)
    assert member(values, sorted_ids([9, 3])).tolist() == [True, False, False, True, False]
    assert member(values, sorted_ids([2**63 + 1])).tolist() == [False, False, False, False, True]
    assert member(values, sorted_ids([])).tolist() == [False] * 5
    assert member(numpy.array([], dtype=numpy.uint64), sorted_ids([1, 2])).tolist() == []
    # another integer type is answered too (numpy.isin's way)
    assert member(numpy.array([1, 4], dtype=numpy.int64), sorted_ids([4])).tolist() == [False, True]
