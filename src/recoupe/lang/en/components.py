"""The English pack's own spaCy component: ``recoupe_en_entities`` (after ner) maps the OntoNotes
labels of ``en_core_web_sm`` onto recoupe's PER/LOC/ORG/MISC/EVENT.

The English pipeline is built like the French one (:func:`recoupe.nlp.pipeline.build`, the
components listed in the pack). Attribution, quotes and claims (modality) have French word lists
only: an English doc carries no frames, quotes or claims (``None``), which
:func:`recoupe.nlp.extract.analyse` reads as empty.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

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
