"""The custom attributes recoupe's components write on a spaCy ``Doc``, registered in one place.

Each attribute is computed by one component (named beside it) and defaults to ``None``; a getter
would hide which component ran. Never a mutable default: a shared list would leak across docs.
"""

from __future__ import annotations

from spacy.tokens import Doc

DOC_EXTENSIONS: dict[str, str] = {
    "frames": "recoupe_attribution: reporting frames (source, cue, relay, scope of tokens)",
    "quotes": "recoupe_quotes: direct quotes with speaker and cue",
    "timexes": "recoupe_time: normalised temporal expressions (recoupe.model.TimeExpr)",
    "anchor": "set by the caller: the publication date relative dates are resolved against",
    "claims": "recoupe_modality: clause-level claim frames with modality and attribution",
    "roles": "recoupe_entities: {(ent.start_char, ent.end_char): role text}",
}


def register() -> None:
    for name in DOC_EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


TEXT_KEY = "recoupe.text"  # doc.user_data key of the doc's text (set when the doc is made, or by text_of)
# doc.user_data key of the failure of one of our components on the doc: (component's name, error)
FAILED_KEY = "recoupe.failed"


def failed(doc: Doc) -> tuple[str, Exception] | None:
    """The component of ours that raised on ``doc`` while ``nlp.pipe`` parsed it, and its error
    (:func:`recoupe.nlp.pipeline.build` guards them)."""
    return doc.user_data.get(FAILED_KEY)


def text_of(doc: Doc) -> str:
    """``doc.text``, computed once: spaCy rebuilds it from every token on each access (milliseconds
    for an article), and a doc's text never changes."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text
