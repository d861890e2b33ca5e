"""Predicate classes of every language pack, as one lemma -> class map.

Claim grouping, claim frames and contradiction checks compare actions by class (« livrer »,
« fournir », "deliver", "supply" are all ``supply``), so a French claim and an English one can be
the same fact. The French classes are read as they are; an English lemma that is also a French
lemma keeps the French class (the classes agree on every such lemma: a test checks it), so French
claims get exactly the classes they had before.
"""

from __future__ import annotations

from recoupe.lang.en.predicates import DEATH_LEMMAS as EN_DEATH_LEMMAS
from recoupe.lang.en.predicates import KILLING_LEMMAS as EN_KILLING_LEMMAS
from recoupe.lang.en.predicates import LIGHT_VERBS as EN_LIGHT_VERBS
from recoupe.lang.en.predicates import LOOSE_EVENT_LEMMAS as EN_LOOSE_EVENT_LEMMAS
from recoupe.lang.en.predicates import PHASES as EN_PHASES
from recoupe.lang.en.predicates import PHRASE_ACTIONS as EN_PHRASE_ACTIONS
from recoupe.lang.en.predicates import PHRASE_HEADS as EN_PHRASE_HEADS
from recoupe.lang.en.predicates import PREDICATE_CLASSES as EN_CLASSES
from recoupe.lang.en.predicates import TOLL_PHRASES as EN_TOLL_PHRASES
from recoupe.lang.en.predicates import TOLL_VERBS as EN_TOLL_VERBS
from recoupe.lang.en.predicates import VICTIM_NOUNS as EN_VICTIM_NOUNS
from recoupe.lang.en.predicates import VICTIM_OF as EN_VICTIM_OF
from recoupe.lang.fr.predicates import CLASS_OF as FR_CLASS_OF
from recoupe.lang.fr.predicates import DEATH_LEMMAS as FR_DEATH_LEMMAS
from recoupe.lang.fr.predicates import KILLING_LEMMAS as FR_KILLING_LEMMAS
from recoupe.lang.fr.predicates import LIGHT_VERBS as FR_LIGHT_VERBS
from recoupe.lang.fr.predicates import LOOSE_EVENT_LEMMAS as FR_LOOSE_EVENT_LEMMAS
from recoupe.lang.fr.predicates import PHASES as FR_PHASES
from recoupe.lang.fr.predicates import PHRASE_ACTIONS as FR_PHRASE_ACTIONS
from recoupe.lang.fr.predicates import TOLL_PHRASES as FR_TOLL_PHRASES
from recoupe.lang.fr.predicates import TOLL_VERBS as FR_TOLL_VERBS
from recoupe.lang.fr.predicates import VICTIM_NOUNS as FR_VICTIM_NOUNS
from recoupe.lang.fr.predicates import VICTIM_OF as FR_VICTIM_OF

EN_CLASS_OF: dict[str, str] = {lemma: name for name, lemmas in EN_CLASSES.items() for lemma in sorted(lemmas)}

CLASS_OF: dict[str, str] = {**EN_CLASS_OF, **FR_CLASS_OF}

# lemma -> "start" or "halt": a process begun and one halted are never one fact
PHASE_OF: dict[str, str] = {lemma: phase for phases in (EN_PHASES, FR_PHASES)
                            for phase, lemmas in phases.items() for lemma in lemmas}

# verbs that name an action only with their noun phrase or particle (« mettre fin à sa carrière »,
# "step down"), and the patterns that read that action, of every language pack: the French
# patterns first (no English verb above is a French lemma, and no French one English)
LIGHT_VERBS: frozenset[str] = FR_LIGHT_VERBS | EN_LIGHT_VERBS
# the verbs whose phrase is read (``claims.groups.main_verb``): the light verbs, and English content
# verbs with a phrase of their own ("filed a suit", "ran for governor"), which are no general verbs
PHRASE_HEADS: frozenset[str] = FR_LIGHT_VERBS | EN_PHRASE_HEADS
PHRASE_ACTIONS: tuple[tuple[str, str], ...] = FR_PHRASE_ACTIONS + EN_PHRASE_ACTIONS

# verbs that make a toll (« a fait trois morts », "left five dead") and the patterns that read it as
# the deaths or injuries themselves, of every language pack
TOLL_VERBS: frozenset[str] = FR_TOLL_VERBS | EN_TOLL_VERBS
TOLL_PHRASES: tuple[tuple[str, str], ...] = FR_TOLL_PHRASES + EN_TOLL_PHRASES

# the nouns of one who fell victim to an act (« victime d'un piratage », "victim of a hack") and the
# patterns that read that act, of every language pack
VICTIM_NOUNS: frozenset[str] = FR_VICTIM_NOUNS | EN_VICTIM_NOUNS
VICTIM_OF: tuple[str, ...] = (FR_VICTIM_OF, EN_VICTIM_OF)

# a killing (who killed) and a bare death (who died) of every language pack: one class, but the death
# does not confirm the killer
KILLING_LEMMAS: frozenset[str] = FR_KILLING_LEMMAS | EN_KILLING_LEMMAS
DEATH_LEMMAS: frozenset[str] = FR_DEATH_LEMMAS | EN_DEATH_LEMMAS
# event lemmas that tell no event of their own where an article stands (the places-apart veto of stories)
LOOSE_EVENT_LEMMAS: frozenset[str] = FR_LOOSE_EVENT_LEMMAS | EN_LOOSE_EVENT_LEMMAS
