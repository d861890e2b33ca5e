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

from recoupe.lang.en.attribution import newsroom_before_rank
from recoupe.lang.en.datelines import dateline_spans
from recoupe.lang.en.sources import TITLE_ABBREVIATIONS

# OntoNotes entity labels -> recoupe's label set (recoupe.nlp.extract keeps these); the number,
# date and quantity labels are left as they are (analyse() ignores them).
LABELS: dict[str, str] = {
    "PERSON": "PER", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "ORG": "ORG", "NORP": "MISC",
    "EVENT": "EVENT", "WORK_OF_ART": "MISC", "LAW": "MISC", "PRODUCT": "MISC", "LANGUAGE": "MISC",
}
_LEADING = frozenset({"the"})
# Nouns of sites a one-word name places (« the Harbourton grain terminal », « the Tidewick plant »): a lone
# word the model types a person, set before such a noun, is the place the site is at. (A person's surname
# is joined to their full name by the resolver when the article names them in full.)
FACILITY_HEADS = frozenset({
    "terminal", "plant", "factory", "mill", "mine", "refinery", "port", "harbour", "harbor", "airport", "station",
    "depot", "warehouse", "silo", "site", "dam", "bridge", "quarry", "shipyard", "dock", "docks", "works",
    "smelter", "reservoir", "facility", "yard", "pier", "wharf",
})
# Nouns that, right before a name, say it is a firm's (« the firm Calder Grain », « the company X »)
COMPANY_NOUNS = frozenset({
    "firm", "company", "group", "retailer", "manufacturer", "maker", "carrier", "insurer", "operator", "supplier",
    "contractor", "conglomerate", "startup", "subsidiary", "chain", "lender", "miller", "trader",
})
_BODIES = frozenset({"ORG", "GPE", "FAC", "NORP", "LOC"})  # the model's labels of what a title may be of


@Language.component("recoupe_en_entities", requires=["doc.ents"], assigns=["doc.ents", "doc._.roles"])
def en_entities(doc: Doc) -> Doc:
    """Relabel the English model's entities with recoupe's labels; drop a leading "the"
    ("the Pentagon" -> "Pentagon", as French spans carry no article). A person titled by an
    abbreviated title gets it as their role, with the body it is of ("Harbor Police Lt. Jane Roe"
    -> "Harbor Police Lt."), as the French component keeps « le porte-parole du gouvernement »."""
    out = []
    roles: dict[tuple[int, int], str] = {}
    datelines = dateline_spans(doc)
    for ent in doc.ents:
        if all(t.text in TITLE_ABBREVIATIONS for t in ent):
            continue  # a title the model took for a name of its own ("Brig." as a place)
        if any(a <= ent.start and ent.end <= b for a, b in datelines):
            continue  # « HARBOURTON, March 3 (Reuters) - »: the byline's furniture, not a thing of the story
        label = LABELS.get(ent.label_, ent.label_)
        start, end = ent.start, ent.end
        while doc[end - 1].text in TITLE_ABBREVIATIONS:
            end -= 1  # "CBS News Capt." taken as one name: the rank opens the next name
        if label != "PER" and end - start > 1 and doc[start].lower_ in _LEADING:
            start += 1
        if label == "ORG" and start > 0 and doc[start - 1].text in TITLE_ABBREVIATIONS and all(
                t.pos_ == "PROPN" for t in doc[start:end]):
            label = "PER"  # a rank is held by a person: "Capt. Rufus Hale" typed as a company
        if label == "PER" and _site_place(doc, start, end):
            label = "LOC"
        if (label == "PER" and end - start >= 2 and start >= 2 and doc[start - 1].lower_ in COMPANY_NOUNS
                and doc[start - 1].is_lower and doc[start - 2].pos_ == "DET"):
            label = "ORG"  # « the firm Calder Grain said »: the noun tells a firm (one word: see nlp/entities.py)
        out.append(Span(doc, start, end, label=label))
        if label == "PER" and (role := title_before(doc, start)):
            roles[(doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))] = role
    doc.ents = out
    if roles:
        doc._.roles = roles
    return doc


def _site_place(doc: Doc, start: int, end: int) -> bool:
    """Is this one-word name typed a person the place of a site it stands before (« the Harbourton grain
    terminal »)? The name is a compound of a lower-case site noun, or of a noun compound to one."""
    if end - start != 1 or doc[start].dep_ != "compound":
        return False
    head = doc[start].head
    while head.dep_ == "compound" and head.i > start and head.is_lower:
        head = head.head
    return head.is_lower and head.lemma_ in FACILITY_HEADS and head.i > start


def title_before(doc: Doc, start: int) -> str:
    """The abbreviated titles right before token ``start`` ("Brig. Gen.", "Lt."), with the
    capitalised words of the body before them ("Harbor City Police Lt.", "County Sheriff's Det."),
    or ''."""
    i = start
    while i > 0 and doc[i - 1].text in TITLE_ABBREVIATIONS:
        i -= 1
    if i == start:
        return ""
    lo = i
    while lo > 0 and i - lo < 6:
        t = doc[lo - 1]
        if t.dep_ in {"dobj", "pobj", "dative"} and t.head.i < t.i:
            break  # an object before the name (« told CNN Lt. Jane Roe »): not the body she belongs to
        if t.text in {"'s", "’s"} and lo >= 2 and doc[lo - 2].text[:1].isupper():
            lo -= 1
        elif t.is_alpha and t.text[:1].isupper() and t.pos_ in {"PROPN", "NOUN"} and (
                t.ent_type_ in _BODIES or not (t.ent_type_ or t.is_sent_start)):
            lo -= 1  # a body's name, not a date ("Yesterday Lt. ...") nor a sentence's first word
        else:
            break
    while doc[lo].text in {"'s", "’s"}:
        lo += 1  # the owner before it was not taken
    if lo < i and doc[i - 1].text not in {"'s", "’s"} and newsroom_before_rank(doc, lo, i):
        lo = i  # « told NBC Lt. Jane Roe »: a medium glued to a rank is where she spoke, not her body
    return doc[lo:start].text

