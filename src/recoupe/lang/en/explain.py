"""The words of recoupe's own contradiction explanations (:mod:`recoupe.claims.contradictions`
writes them in French), in English: a pair of English claims is explained in English.

Each pair is (French fragment of our templates, English). They are replaced in this order, longer
fragments first, in explanations whose two sides are English claims (their quoted text holds none
of these French fragments).
"""

TEMPLATE_WORDS: tuple[tuple[str, str], ...] = (
    ("(âge : ", "(age of "),
    (" le démentent ", " deny it "), (" le dément ", " denies it "), (" s'en défend ", " rejects it "),
    (" conteste ce chiffre ", " disputes this figure "), (" le conteste ", " contests it "),
    (" est attribué à ", " is attributed to "), ("prévu : ", "planned: "), ("réalisé : ", "happened: "),
    ("annoncé le ", "announced for "), ("début vers le ", "beginning around "),
    (" après selon ", " later according to "),
    (" selon ", " according to "), (" puis ", " then "), ("date inconnue", "date unknown"),
    ("une source non nommée", "an unnamed source"), (" alors que ", " while "), (" est à l'opposé", " lies opposite"),
    (" contre ", " against "), (" mois", " months"), (" ans et ", " years and "), (" an et ", " year and "),
    ("« ", "“"), (" »", "”"), (" ; ", "; "), (" : ", ": "),
)

# the briefing's dispute line (see the French pack's ``explain``), in English
DISPUTE_LINE = "{claimant}: « {claim} »; {denier} denies it: « {denial} »"
