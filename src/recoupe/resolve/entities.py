"""Entities across articles: one canonical entity per real-world thing, found incrementally.

Two steps per new article, neither of which reads the whole store:
1. within the article, short forms join the fullest name they belong to ("Mme Dupont" and "Dupont" join
   "Jeanne Dupont"; "CSNU" joins "Conseil de sécurité des Nations unies"), giving local clusters;
2. each cluster is looked up in the store by its keys (full transliteration key, acronym, the
   place key that French and English names of one place share: Moscou/Moscow, Corée du Nord/North
   Korea, :mod:`recoupe.resolve.crosslang`; and for single-word person mentions the
   family/given-name token) and joins the entity found, or starts a new one. Distinct entities
   that look alike stay apart: a multi-word person name only matches a name whose every word
   matches (``same_person_tokens``), or one whose words are spelling variants of it or that drops
   a middle name (``variant_person_tokens``);
3. an institution every state has (« ministère de l'Intérieur ») is keyed with its country
   (``resolve/institutions.py``): two merge only when of the same country.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from recoupe.model import Mention
from recoupe.resolve.crosslang import place_entity_keys
from recoupe.resolve.institutions import article_country, institution_key
from recoupe.resolve.names import (
    acronym,
    fold,
    full_key,
    is_acronym,
    name_words,
    same_person_tokens,
    skeleton,
    variant_person_tokens,
)
from recoupe.storage import Store


@dataclass
class LocalCluster:
    type: str
    name: str  # fullest form seen
    mentions: list[Mention] = field(default_factory=list)
    institution: str = ""  # a generic institution's key with its country (resolve/institutions.py)

    @property
    def words(self) -> list[str]:
        return name_words(self.name)


@lru_cache(maxsize=1 << 14)
def _skeletons(name: str) -> tuple[str, ...]:
    """The skeletons of a name's words (:func:`skeleton` of each of :func:`name_words`): a function of
    the spelling, read for each cluster of an article by every person's mention after it."""
    return tuple(skeleton(w) for w in name_words(name))


def _part_of(short: Sequence[str], full: Sequence[str]) -> bool:
    """Is ``short`` the tail (family name) or head (East Asian order) of ``full``, or a lone word of it?"""
    n = len(short)
    return full[-n:] == short or full[:n] == short or (n == 1 and short[0] in full)


def _fullest(a: str, b: str) -> str:
    return a if len(name_words(a)) >= len(name_words(b)) else b


def _institution(m: Mention, context: str) -> str:
    return institution_key(m.text, context) if m.type in {"ORG", "MISC", "LOC"} else ""


def local_clusters(mentions: list[Mention], context: str = "") -> list[LocalCluster]:
    """Group one article's mentions into the things they name; ``context`` is the article's
    country (:func:`recoupe.resolve.institutions.article_country`), for generic institutions."""
    clusters: list[LocalCluster] = []
    by_key: dict[tuple[str, str], LocalCluster] = {}
    # longest names first so that short forms find their full name
    order = sorted(mentions, key=lambda m: -len(name_words(m.text)))
    for m in order:
        words = name_words(m.text)
        if not words:
            continue
        etype = m.type
        inst = _institution(m, context)
        key = (etype if etype != "WEAPON" else "W", inst or full_key(m.text))
        hit = by_key.get(key)
        if hit is None and etype == "PER":
            # a short form: the family name ("Dupont-Moreau"), or a given/family name alone ("Durand")
            sks = tuple(skeleton(w) for w in words)  # a tuple, as _skeletons gives (compared by ==)
            cands = [c for c in clusters if c.type == "PER" and len(skel := _skeletons(c.name)) > len(words)
                     and _part_of(sks, skel)]
            if not cands and len(words) > 1:  # « Hassan Rohani » / « Hassan Rouhani », « John F. Kennedy »
                cands = [c for c in clusters if c.type == "PER" and variant_person_tokens(words, c.words)]
            if cands:
                hit = max(cands, key=lambda c: len(c.mentions))
        if hit is None and etype in {"LOC", "ORG", "MISC"} and len(words) == 1 and not is_acronym(m.text):
            # a lone word that is a person's name in this article is that person, whatever NER said
            sk = skeleton(words[0])
            hit = next((c for c in clusters if c.type == "PER" and len(skel := _skeletons(c.name)) > 1
                        and sk in skel), None)
        if hit is None and etype in {"ORG", "MISC", "LOC"} and is_acronym(m.text):
            acr = m.text.replace(".", "").lower()
            hit = next((c for c in clusters if c.type in {"ORG", "MISC", "LOC"} and acronym(c.name) == acr), None)
        if hit is None:
            hit = LocalCluster(type=etype, name=m.text, institution=inst)
            clusters.append(hit)
        if hit.type == "MISC" and etype in {"ORG", "PER", "LOC"}:
            hit.type = etype
        hit.mentions.append(m)
        hit.name = _fullest(hit.name, m.text) if not is_acronym(m.text) else hit.name
        by_key[key] = hit
    # an acronym seen before its expansion: attach it now
    for c in list(clusters):
        if is_acronym(c.name):
            acr = c.name.replace(".", "").lower()
            full = next((d for d in clusters if d is not c and acronym(d.name) == acr), None)
            if full is not None:
                full.mentions.extend(c.mentions)
                clusters.remove(c)
    return clusters


@lru_cache(maxsize=1 << 15)  # a function of the spelling: each is ranked again in every article naming it
def name_rank(name: str) -> tuple[int, int, int, int, str, str]:
    """The order in which an entity's spellings compete for its canonical name (smallest wins):
    a full form before an acronym, more name words first, a capitalised form before an all-capitals
    one, the accented form before the one that lost its accents ("États-Unis", not "Etats-Unis"),
    then the text itself. It depends on the spelling alone, never on which article came
    first, so the canonical name of an entity is the same whatever the order of the inputs."""
    display = _display(name)
    accents = sum(1 for ch in display if ord(ch) > 127 and ch.isalpha())
    return (int(is_acronym(name)), -len(name_words(name)), int(display.isupper()), -accents, display.casefold(),
            display)


def _display(name: str) -> str:
    words = name.split()
    from recoupe.lang.fr.entities import HONORIFICS

    while words and (words[0] in HONORIFICS or words[0].lower() in {"le", "la", "les", "l’", "l'"}):
        words = words[1:]
    return " ".join(words) or name


def _keys(c: LocalCluster) -> list[tuple[str, str]]:
    if c.institution:  # one country's institution: found by its country's key only
        return [(f"{c.type}:{c.institution}", "full")]
    keys = [(f"{c.type}:{full_key(m.text)}", "full") for m in c.mentions if name_words(m.text)]
    acr = acronym(c.name)
    if len(acr) >= 3:
        keys.append((f"ACR:{acr}", "acronym"))  # the expansion, found by its acronym
    for m in c.mentions:
        if is_acronym(m.text):
            keys.append((f"ACRFORM:{m.text.replace('.', '').lower()}", "acronym"))  # known by an acronym
    if c.type == "PER":
        for w in c.words:
            keys.append((f"PER:{skeleton(w)}", "token"))
    keys += _place_keys(c)
    return sorted(set(keys))


def _place_keys(c: LocalCluster) -> list[tuple[str, str]]:
    """The cross-language place keys of a LOC cluster (one per distinct known place its mentions name)."""
    if c.type != "LOC":
        return []
    return sorted({k for m in c.mentions for k in place_entity_keys(c.type, m.text)})


_VARIANT_CANDIDATES = 20  # the most mentioned bearers of a name word compared as spelling variants


def _match(store: Store, c: LocalCluster) -> str | None:
    key = f"{c.type}:{c.institution or full_key(c.name)}"
    for eid in store.entity_ids_by_key(key, "full"):
        return eid
    if c.institution:
        return None
    for place, kind in _place_keys(c):  # "Moscow" finds "Moscou", "North Korea" "Corée du Nord"
        for eid in store.entity_ids_by_key(place, kind):
            return eid
    if c.type in {"ORG", "MISC", "LOC"}:
        if is_acronym(c.name):  # "CSNU" finds "Conseil de sécurité des Nations unies"
            for eid in store.entity_ids_by_key(f"ACR:{c.name.replace('.', '').lower()}", "acronym"):
                return eid
        elif len(acronym(c.name)) >= 3:  # and the expansion finds an entity known only by its acronym
            for eid in store.entity_ids_by_key(f"ACRFORM:{acronym(c.name)}", "acronym"):
                return eid
    if c.type == "PER":
        words = c.words
        if len(words) == 1:
            # a lone family/given name: the most mentioned person carrying that word
            ids = store.entity_ids_by_key(f"PER:{skeleton(words[0])}", "token")
            return ids[0] if ids else None
        # multi-word: same number of words, each matching (transliteration-insensitive); only
        # entities that carry a token key for every word can, so the store narrows them first
        keys = sorted({f"PER:{skeleton(w)}" for w in words}, key=lambda k: k != f"PER:{skeleton(words[-1])}")
        for eid in store.entity_ids_with_all_keys(keys, "token"):
            row = store.entity_row(eid)
            if row is not None and same_person_tokens(name_words(row["name"]), words):
                return eid
        # a spelling variant (a letter more or less, a vowel for another) or a dropped middle
        # name: people who share the first or the last word, checked word by word
        near: list[str] = []
        for key in (f"PER:{skeleton(words[-1])}", f"PER:{skeleton(words[0])}"):
            near += [e for e in store.entity_ids_by_key(key, "token")[:_VARIANT_CANDIDATES] if e not in near]
        rows = store.entity_rows(near) if near else {}
        for eid in near:
            row = rows.get(eid)
            if row is not None and row["type"] == "PER" and variant_person_tokens(name_words(row["name"]), words):
                return eid
    return None


def resolve_article(store: Store, article_id: str, mentions: list[Mention]) -> dict[tuple[int, int], str]:
    """Link one article's mentions to entities in the store; return (start, end) -> entity id."""
    out: dict[tuple[int, int], str] = {}
    context = article_country(m.text for m in mentions if m.type == "LOC")
    for c in local_clusters(mentions, context):
        eid = _match(store, c)
        best = min((m.text for m in c.mentions), key=name_rank)
        if eid is None:
            eid = f"e{store.next_entity_number()}"
            store.create_entity(eid, _display(best), c.type)
        else:
            row = store.entity_row(eid)
            if row is not None and name_rank(best) < name_rank(row["name"]):
                store.rename_entity(eid, _display(best))
        store.add_entity_keys(eid, _keys(c))
        store.add_aliases(eid, article_id, Counter(m.text for m in c.mentions).items())
        roles = sorted({role_key(m.role) for m in c.mentions if m.role} - {""})
        if roles:  # « le porte-parole du Kremlin » in a later article finds who holds the role
            store.add_entity_keys(eid, [(f"ROLE:{r}", "role") for r in roles])
        for m in c.mentions:
            out[(m.start, m.end)] = eid
            if m.role:
                store.add_role(eid, article_id, m.role)
    return out


def role_key(role: str) -> str:
    """The key of a role precise enough to name one person: a role head with what it is of
    (« porte-parole du Kremlin », « ministre russe de la Défense »), folded, without its article;
    '' for a bare role (« le ministre », « président »), which names nobody in particular."""
    from recoupe.lang.fr.entities import ROLE_HEADS

    words = name_words(role)
    if len(words) < 2 or len(words) > 8:
        return ""
    heads = {fold(h) for h in ROLE_HEADS}
    if words[0] not in heads and " ".join(words[:2]) not in heads:
        return ""
    if all(w in heads or len(w) <= 3 for w in words):
        return ""  # « premier ministre »: still a bare role
    return " ".join(words)


def holder_of_role(store: Store, phrase: str) -> str:
    """The entity that holds the role a source phrase names (« le porte-parole du Kremlin »), as the
    store's articles gave it (the most mentioned holder), or ''."""
    key = role_key(phrase)
    if not key:
        return ""
    ids = store.entity_ids_by_key(f"ROLE:{key}", "role")
    return ids[0] if ids else ""
