"""The words of the briefing's dispute line when no conflict row names what a denial denies
(:func:`recoupe.brief.briefing._dispute_line`): the claim with its holder, then who denies it."""

DISPUTE_LINE = "{claimant} : « {claim} » ; {denier} le dément : « {denial} »"
