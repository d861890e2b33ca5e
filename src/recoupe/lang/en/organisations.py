"""English words that place an organisation in the slot of a person's act: the team a coach is fired
from, the firm an executive joins, the club a player signs with (:func:`recoupe.claims.status.organisations_apart`)."""

from __future__ import annotations

# Prepositions before an organisation a person's act is with or at (« signed with A », « traded to A »,
# « plays for A », « was fired from A »); « by » is left out: the doer of a passive is another slot.
ACT_PREPOSITIONS: frozenset[str] = frozenset({"to", "with", "for", "at", "from"})

# The preposition of a role's complement (« head coach of A », « director of A »): the organisation is
# in the slot only after a role noun (:data:`MEMBERSHIP_ROLES` or the pack's role heads).
ROLE_PREPOSITIONS: frozenset[str] = frozenset({"of"})

# Roles held at one organisation at a time, beside the role heads of attribution
# (:data:`recoupe.lang.en.sources.ROLE_HEADS`).
MEMBERSHIP_ROLES: frozenset[str] = frozenset({
    "player", "striker", "midfielder", "defender", "goalkeeper", "quarterback", "pitcher", "receiver",
    "member", "owner", "executive", "employee", "boss", "coordinator",
    "trainer", "treasurer", "dean", "principal", "rector", "editor", "partner", "shareholder",
})

# Words between the preposition and the name, left aside (« with the club A », « at its hospital A »).
DETERMINERS: frozenset[str] = frozenset({"the", "a", "an", "its", "his", "her", "their", "our"})
