"""Language packs: what recoupe knows of each language it reads, one folder per language.

``fr/`` holds the French word lists (reporting verbs, modality cues, entity shapes, date words);
``en/`` the English date words and time tagger. The rest of the French data (month names, stopwords,
the time grammar) still lives where it grew and moves here in the next changes.
:mod:`recoupe.lang.routing` decides, per article, which pipeline reads it.
"""

from __future__ import annotations

SUPPORTED: tuple[str, ...] = ("fr", "en")
