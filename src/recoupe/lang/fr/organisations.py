"""French words that place an organisation in the slot of a person's act: the club a coach is
dismissed from, the hospital a director is appointed to, the club a player signs with
(:func:`recoupe.claims.status.organisations_apart`)."""

from __future__ import annotations

# Prepositions before an organisation a person's act is with or at (« a signé à A », « rejoint chez A »,
# « a signé avec A »); « par » is left out: the doer of a passive is another slot.
ACT_PREPOSITIONS: frozenset[str] = frozenset({"à", "au", "aux", "avec", "chez", "pour"})

# The prepositions of a role's complement (« entraîneur du club A », « directrice de l'hôpital A »): the
# organisation is in the slot only after a role noun (:data:`MEMBERSHIP_ROLES` or the pack's role heads).
ROLE_PREPOSITIONS: frozenset[str] = frozenset({"de", "du", "des", "d"})

# Roles held at one organisation at a time, beside the role heads of attribution
# (:data:`recoupe.lang.fr.entities.ROLE_HEADS`).
MEMBERSHIP_ROLES: frozenset[str] = frozenset({
    "entraîneur", "entraîneuse", "sélectionneur", "sélectionneuse", "joueur", "joueuse", "attaquant",
    "attaquante", "défenseur", "gardien", "gardienne", "milieu", "capitaine", "membre", "propriétaire",
    "salarié", "salariée", "administrateur", "administratrice", "gérant", "gérante", "doyen", "doyenne",
    "proviseur", "proviseure", "rédacteur", "rédactrice", "trésorier", "trésorière", "actionnaire",
})

# Words between the preposition and the name, left aside (« au club A », « de l'hôpital A »).
DETERMINERS: frozenset[str] = frozenset({"le", "la", "les", "l", "un", "une", "son", "sa", "ses", "leur"})
