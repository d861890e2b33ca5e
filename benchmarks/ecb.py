"""ECB+ reader: documents, their annotated sentences and the gold mentions with their clusters.

Follows ``../shared/eval-data/ecb-plus/SOURCE.md``: a mention is a markable with token anchors
(events: tags ``ACTION_*`` / ``NEG_ACTION_*``; entities: ``HUMAN_PART*``, ``NON_HUMAN_PART*``,
``LOC_*``, ``TIME_*``), kept when its sentence is listed in ``ECBplus_coreference_sentences.csv``
(the sentences whose annotation is complete). Its gold cluster is the ``note`` of its
``CROSS_DOC_COREF`` relation, else its ``INTRA_DOC_COREF`` chain (prefixed with the document),
else itself (a singleton). Nothing is written anywhere: the texts stay in memory.
"""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ECB = Path(__file__).resolve().parents[2] / "shared" / "eval-data" / "ecb-plus"
EVENT_PREFIXES = ("ACTION_", "NEG_ACTION_")
ENTITY_PREFIXES = ("HUMAN_PART", "NON_HUMAN_PART", "LOC_", "TIME_")


@dataclass(frozen=True)
class Mention:
    id: str  # "<doc>:<m_id>"
    doc: str  # "36_1ecbplus"
    topic: str  # "36"
    subtopic: str  # "36ecb" / "36ecbplus": the gold sub-topic (the file's corpus part)
    sentence: int
    tokens: tuple[int, ...]  # token positions in the sentence
    tag: str  # ACTION_OCCURRENCE, HUMAN_PART_PER, ...
    gold: str  # gold cluster id

    @property
    def is_event(self) -> bool:
        return self.tag.startswith(EVENT_PREFIXES)


@dataclass
class Document:
    name: str
    topic: str
    subtopic: str
    sentences: dict[int, list[str]]  # sentence number -> tokens
    selected: list[int]  # the annotated sentences, in order
    mentions: list[Mention] = field(default_factory=list)


def selected_sentences(root: Path = ECB) -> dict[str, set[int]]:
    """``"36_10ecbplus" -> {1, 3}``: the sentences whose annotation is complete."""
    out: dict[str, set[int]] = {}
    with (root / "ECBplus_coreference_sentences.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            out.setdefault(f"{row['Topic']}_{row['File']}", set()).add(int(row["Sentence Number"]))
    return out


def read_document(path: Path, selected: set[int]) -> Document:
    name = path.name.removesuffix(".xml")
    topic, part = name.split("_", 1)
    subtopic = topic + ("ecbplus" if part.endswith("ecbplus") else "ecb")
    root = ET.parse(path).getroot()
    where: dict[str, tuple[int, int]] = {}
    sentences: dict[int, list[str]] = {}
    for tok in root.iter("token"):
        s, n = int(tok.get("sentence", "0")), int(tok.get("number", "0"))
        where[tok.get("t_id", "")] = (s, n)
        sentences.setdefault(s, []).append(tok.text or "")
    gold: dict[str, str] = {}
    relations = root.find("Relations")
    for rel in relations if relations is not None else []:
        if rel.tag == "CROSS_DOC_COREF":
            cid = rel.get("note", "")
        elif rel.tag == "INTRA_DOC_COREF":
            cid = f"{name}:intra:{rel.get('r_id', '')}"
        else:
            continue
        for src in rel.findall("source"):
            gold.setdefault(src.get("m_id", ""), cid)
    doc = Document(name, topic, subtopic, sentences, sorted(selected))
    markables = root.find("Markables")
    for mk in markables if markables is not None else []:
        anchors = [where[a.get("t_id", "")] for a in mk.findall("token_anchor") if a.get("t_id", "") in where]
        if not anchors or not mk.tag.startswith(EVENT_PREFIXES + ENTITY_PREFIXES):
            continue
        sent = anchors[0][0]
        if sent not in selected:
            continue
        mid = mk.get("m_id", "")
        doc.mentions.append(Mention(
            id=f"{name}:{mid}", doc=name, topic=topic, subtopic=subtopic, sentence=sent,
            tokens=tuple(sorted(n for s, n in anchors if s == sent)), tag=mk.tag,
            gold=gold.get(mid, f"{name}:single:{mid}"),
        ))
    return doc


def read_split(split: str, root: Path = ECB) -> list[Document]:
    """The documents of ``split`` (``test`` or ``dev``) that have annotated sentences, in name order."""
    chosen = selected_sentences(root)
    docs = []
    for path in sorted((root / split).glob("*/*.xml"), key=lambda p: (int(p.parent.name), p.name)):
        name = path.name.removesuffix(".xml")
        if name in chosen:
            docs.append(read_document(path, chosen[name]))
    return docs
