"""Stopword profiles of languages recoupe recognises but does not read.

The detector (:mod:`recoupe.clean.language`) needs them to say "German" rather than guess French
or English for a German article; such an article is then rejected by name
(:func:`recoupe.lang.routing.unsupported`), never parsed. A language that gets a pack (a folder
beside this file) takes its profile there, as ``stop_words.STOP_WORDS``.
"""

from __future__ import annotations

STOP_WORDS: dict[str, frozenset[str]] = {
    "de": frozenset(
        "der die das den dem des ein eine einen einem einer und oder aber nicht ist sind war waren wird werden "  # noqa: SIM905 (a word list reads better as one string)
        "hat haben hatte mit von zu zum zur im in auf für aus bei nach über unter auch sich es sie er wir ich "
        "ihr dass wie als noch nur schon".split()
    ),
    "es": frozenset(
        "el la los las un una unos unas y o pero de del al en con por para sin sobre entre que quien cual como "  # noqa: SIM905 (a word list reads better as one string)
        "es son fue era ha han había se su sus lo le les este esta estos estas ese esa no más muy ya también "
        "según desde hasta".split()
    ),
    "it": frozenset(
        "il lo la i gli le un uno una e o ma di del della dei delle al alla in con per su tra fra che chi come "  # noqa: SIM905 (a word list reads better as one string)
        "è sono era stato ha hanno non più anche si suo sua suoi sue questo questa quello quella nel nella "
        "dal dalla degli ai".split()
    ),
    "pt": frozenset(
        "o a os as um uma uns umas e ou mas de do da dos das no na nos nas em com por para sem sobre entre que "  # noqa: SIM905 (a word list reads better as one string)
        "quem como é são foi era tem têm não mais muito já também se seu sua seus suas este esta isso ao à "
        "pelo pela".split()
    ),
    "nl": frozenset(
        "de het een en of maar van in op aan met voor door bij naar uit over als dat die dit deze is zijn was "  # noqa: SIM905 (a word list reads better as one string)
        "waren wordt worden heeft hebben had niet geen ook nog al er hij zij ze wij we ik je u".split()
    ),
}
