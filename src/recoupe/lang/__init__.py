"""Language packs: what recoupe knows of each language it reads, one folder per language.

``en/`` is the first pack (date words, the English time tagger, English claims with modality).
:mod:`recoupe.lang.predicates` joins the packs' predicate classes for cross-language comparison.
The French data still lives where it grew (``nlp/lexicons/fr``, ``nlp/timex.py``...) and moves
here in a later change.
:mod:`recoupe.lang.routing` decides, per article, which pipeline reads it.
"""

from __future__ import annotations

SUPPORTED: tuple[str, ...] = ("fr", "en")
