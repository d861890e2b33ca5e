"""English cues of modality: hedges, hearsay, expectations, denials and negation, by lemma or form.

The English counterpart of ``lang/fr/modality.py``, read by :mod:`recoupe.lang.en.claims`.
French marks hearsay with the conditional (« l'armée aurait bombardé »); English with a modal
(« would »), an adverb (« reportedly », « allegedly ») or a passive reporting verb (« is said to »):
all three are ``conditional`` here, so that a sentence and its translation get one modality.
"""

# Modal auxiliaries, by what they make of their verb. "would" is the hearsay/conditional mood; the
# others say the event is possible or expected, not that it happened; "will"/"shall" plan it.
CONDITIONAL_MODALS: frozenset[str] = frozenset({"would"})
# Subordinators of a condition: the clause they open is supposed, not stated (« if the audit is
# damning », « unless the talks resume »). « whether » is left out: its clause is most often the
# object of a frame (« declined to say whether ... »), read with that frame.
CONDITION_MARKS: frozenset[str] = frozenset({"if", "unless"})
# the modal that backshifts « will » in indirect speech (« said it would close »)
PAST_FUTURE_MODALS: frozenset[str] = frozenset({"would"})
# The cue of a counterfactual: « would » + perfect (« would have won », « would not have been ») tells
# what would have happened and did not: not the realised event, nor its hearsay. Read by
# :func:`recoupe.claims.groups.counterfactual` (a claim of English ``conditional`` modality).
COUNTERFACTUAL_CUE = "would have"
SPECULATIVE_MODALS: frozenset[str] = frozenset({"could", "may", "might", "should", "must", "ought"})
FUTURE_MODALS: frozenset[str] = frozenset({"will", "shall", "'ll", "\u2019ll", "wo"})  # (« it’ll »: a curly mark)
# Of SPECULATIVE_MODALS, those that more often oblige than guess (« voters should back her »,
# « he must apologize »): under a source they tell what the source demands, its words (reported),
# not a possibility; in the article's own voice they stay hedges (« the storm should pass »).
DEONTIC_MODALS: frozenset[str] = frozenset({"should", "must", "ought"})
# Of DEONTIC_MODALS, the one that states an obligation even in the article's voice (« the bridge must be
# repaired », « players must wear helmets »): its guess needs a state (« it must be late ») or a perfect
# (« he must have left »). « Should » stays a hedge there (« the storm should pass »).
OBLIGING_MODALS: frozenset[str] = frozenset({"must"})
# States read under « must » are guesses like « be » (« the killer must live nearby », « he must know »):
# no one is obliged to know or to hate. With a progressive (« must be lying ») it guesses too. « Stand » and
# « sit » are left out: « must stand trial », « must sit an exam » oblige.
MUST_STATES: frozenset[str] = frozenset({
    "be", "know", "live", "have", "own", "hate", "love", "like", "feel", "mean", "believe", "think",
    "understand", "seem", "need", "want", "realize", "remember", "suspect", "resemble", "contain", "belong",
    "lie", "exist", "prefer", "fear", "hope", "wish", "regret", "doubt", "recognize"})
# What a proposal « would » do is supposed, until it is adopted (« the bill would raise the levy »),
# even under a past reporting verb (« she said the bill would raise it »): not the backshifted « will ».
# A law already in force (« law », « rule ») is left out: its « would » is the future of indirect speech.
PROPOSAL_NOUNS: frozenset[str] = frozenset({
    "bill", "legislation", "measure", "proposal", "plan", "amendment", "provision", "draft", "initiative",
    "scheme", "reform", "resolution", "package", "ordinance", "referendum",
})
# Verbs of opinion: what they frame is the holder's view (reported) unless it is a forecast
# (« I think it will pass », « believes the vote could slip »: speculative).
OPINION_VERBS: frozenset[str] = frozenset({"think", "believe", "feel"})
# Adjectives of near-certainty that, with an infinitive, forecast (« is sure to anger », « is
# certain to pass », « is bound to fail »): what is to happen, not what happened.
FORECAST_ADJECTIVES: frozenset[str] = frozenset({"sure", "certain", "bound"})
# « it looks like ... », « it looks as if / as though ... »: appearance, as « it seems that »; the
# subordinators that open the clause it hedges.
APPEARANCE_VERBS: frozenset[str] = frozenset({"look", "sound"})
APPEARANCE_MARKS: frozenset[str] = frozenset({"like", "if", "though"})
# Verbs of supposition that, negated with « can », tell disbelief at what is taken as known (« I
# can't imagine how the club would cope », « she cannot believe they won »): no hedge on the clause.
INCREDULITY_VERBS: frozenset[str] = frozenset({"imagine", "believe", "fathom", "conceive"})
# Verbs of supposition that, passive with a predicate, give a standing, not a guess (« she was
# considered the favourite », « is deemed a risk »): no hedge on a clause the parser hangs from them.
REPUTE_VERBS: frozenset[str] = frozenset({"consider", "deem", "regard", "reckon"})

# Verbs of a stance on a thing (« criticized the law », « opposed the bill »): a relative clause on
# their object describes that thing in the article's voice (« the law that Congress passed in May »),
# it is not the stance-taker's words. Verbs whose object is a message (announce, deny) are left out.
STANCE_VERBS: frozenset[str] = frozenset({
    "criticize", "criticise", "condemn", "attack", "blast", "slam", "defend", "endorse", "oppose", "accuse",
    "urge", "praise", "welcome", "support", "back", "applaud", "denounce",
})
# Verbs of showing: with a participle clause (« the photo shows the mayor standing in the rain ») they
# depict a scene, no one's words; with a finite clause (« figures show that sales fell ») they report.
DEPICTING_VERBS: frozenset[str] = frozenset({"show", "depict", "picture", "feature", "portray"})
# What shows a finding, not a scene (« polls show the mayor leading »: the polls' finding, reported).
DATA_NOUNS: frozenset[str] = frozenset({
    "poll", "survey", "data", "datum", "figure", "statistic", "study", "research", "report", "record", "result",
    "number", "estimate", "analysis", "census", "index", "chart", "graph", "forecast", "projection", "count",
    "tally", "audit", "review", "test", "finding", "evidence", "document", "filing",
})

# Verbs of commitment: their object is what the subject undertakes in words (« promised quick
# results », « vowed a recount »), reported as the subject's words, as their infinitive is.
COMMISSIVE_VERBS: frozenset[str] = frozenset({"promise", "vow", "pledge"})

# Subject pronouns of the first person: a clause of a news text they are the subject of is someone's
# words (a quotation whose marks were lost, a headline quoting), not the writer's.
FIRST_PERSON: frozenset[str] = frozenset({"i", "we"})

# Adverbs of hearsay: the journalist relays what others say (French: the conditional).
HEARSAY_ADVERBS: frozenset[str] = frozenset({
    "reportedly", "allegedly", "purportedly", "supposedly", "ostensibly", "rumouredly",
})

# Adverbs and adjectives that hedge the clause they modify.
HEDGES: frozenset[str] = frozenset({
    "perhaps", "maybe", "possibly", "probably", "likely", "unlikely", "presumably", "apparently",
    "potentially", "conceivably", "seemingly", "arguably", "possible", "probable", "potential",
    "alleged", "suspected", "presumed", "purported", "hypothetical", "plausible",
})

# Passive reporting verbs with an infinitive: « he is said to have visited » (hearsay), « it is
# believed to be » (speculation), « he is expected to arrive » (speculation, planned).
HEARSAY_PASSIVES: frozenset[str] = frozenset({"say", "report", "allege", "rumour", "rumor", "claim"})
SPECULATIVE_PASSIVES: frozenset[str] = frozenset({
    "believe", "think", "expect", "suppose", "understand", "suspect", "estimate", "fear", "presume", "predict",
})

# Verbs of expectation: what they govern is a forecast, hedged even when a reporting verb relays it
# (« the mayor said the port expects to hire 300 dockers » forecasts the hiring, as « may hire » would).
EXPECTATION_VERBS: frozenset[str] = frozenset({
    "expect", "anticipate", "forecast", "predict", "envision", "envisage", "foresee",
})

# Verbs whose infinitive or complement is only envisaged or supposed (« Russia is considering
# sending »). Attempts and wishes (try, want, seek) state a fact about the actor: not hedges.
# « doubt » hedges what it governs even under a reporting verb (« said she doubts fines will be
# imposed »): the source's guess that it will not happen, not a report that it will.
SPECULATIVE_VERBS: frozenset[str] = frozenset({
    "consider", "contemplate", "envisage", "mull", "hope", "speculate", "suppose", "suspect", "fear",
    "imagine", "seem", "appear", "doubt",
})
# Of those, the ones whose negation is certainty (« did not doubt the plant would close », « nobody
# doubted »): negated, they state their content firmly
SURE_WHEN_NEGATED: frozenset[str] = frozenset({"doubt"})

# Verbs of attempt, wish or intention: the claim is read from their infinitive, not hedged.
CONTROL_VERBS: frozenset[str] = frozenset({
    "try", "attempt", "seek", "want", "wish", "aim", "intend", "plan", "decide", "promise", "threaten",
    "agree", "refuse", "prepare", "expect", "hope", "vow", "pledge", "offer", "continue", "begin", "start",
    "manage", "fail", "help", "need", "have",
})

# Expressions of future intention that make an event planned, not happened; an undertaking or a
# threat too (« vowed to block the bill », « threatens to veto it »: the blocking is still to come),
# as French « promettre de », « menacer de »; an imminent act too (« is about to sign », « is poised to win »).
PLANNED_LEMMAS: frozenset[str] = frozenset({"plan", "intend", "expect", "schedule", "due", "aim", "prepare",
                                           "go", "set", "propose", "promise", "vow", "pledge", "threaten",
                                           "about", "poise"})

# Words that make a noun phrase's act a plan, not a deed ("a planned demolition", "the proposed merger",
# "threatened strikes"): a claim naming the act so does not tell it done.
PLAN_MODIFIERS: frozenset[str] = frozenset({
    "planned", "proposed", "scheduled", "upcoming", "forthcoming", "intended", "threatened", "expected",
    "possible", "potential", "prospective", "mooted", "envisaged", "projected", "impending", "looming",
})
# Verbs that carry out the act a plan names (« completed its planned takeover », « carried out the threatened
# strike », « began the planned demolition »): a claim telling such a deed on « the planned X » tells the act done,
# not the plan. Any other verb on it (announce, approve, oppose, discuss …) tells of the plan only.
PLAN_DEED_VERBS: frozenset[str] = frozenset({
    "carry", "complete", "finish", "finalise", "finalize", "conclude", "close", "seal", "begin", "start", "launch",
    "stage", "hold", "conduct", "execute", "implement", "perform", "proceed",
})

# Openings of the words by which a named party speaks of or reacts to a deed rather than does it (« the Front
# condemned the attack », « the Front said the attack … », « the Front blamed rivals for the attack »): a denier
# named so in an account is not told as its doer.
REACTION_STEMS: tuple[str, ...] = (
    "condemn", "denounc", "deplor", "decri", "decry", "critici", "slam", "mourn", "regret", "deni", "deny",
    "reject", "rebut", "refut", "dismiss", "blam", "accus", "said", "say", "told", "tell", "warn", "vow", "call",
    "investigat", "respond", "react", "welcom", "prais", "hail", "state", "claim", "issu", "express",
)

# Verbs of denial (« the ministry denied shelling the camp »). "reject" and "dismiss" deny only a
# claim (« rejected the allegations »), not a proposal: see DENIABLE_NOUNS.
# ("dispute" is left out: it is a French word, and contradiction checks read both languages' lists.)
DENIAL_VERBS: frozenset[str] = frozenset({"deny", "refute", "rebut", "disavow"})
REJECTION_VERBS: frozenset[str] = frozenset({"reject", "dismiss", "contest", "repudiate"})
DENIABLE_NOUNS: frozenset[str] = frozenset({
    "claim", "allegation", "accusation", "report", "charge", "suggestion", "assertion", "rumour", "rumor",
    "story", "account", "idea", "notion", "speculation", "criticism", "finding", "conclusion",
})
# Other things a source states as fact, which a denial verb's object disputes rather than turns down
# (« disputed the agency's statistics », « rejected the figures »). Kept apart from DENIABLE_NOUNS,
# whose stems the contradiction checks strip from a denial as noise.
STATED_NOUNS: frozenset[str] = frozenset({
    "statistic", "figure", "estimate", "data", "testimony", "assessment", "characterization",
    "characterisation", "interpretation", "portrayal", "depiction", "narrative", "premise", "version",
    "statement", "datum",
})
# Nouns of a party's tie to a deed (« rejects any link to the shelling », « denied any role in the raid »):
# such a denial rejects the denier's part in the deed, not that it happened.
LINK_NOUNS: frozenset[str] = frozenset({
    "connection", "connections", "link", "links", "involvement", "role", "part", "ties", "complicity",
})
# Of DENIABLE_NOUNS, those that name a proposal or an opinion as often as a claim (« dismissed the
# senator's idea », « rejected the mayor's suggestion », « defended the plan against criticism »):
# a claim only with their content (« the idea that the bridge was unsafe »).
CONTENT_NEEDING_NOUNS: frozenset[str] = frozenset({"idea", "suggestion", "notion", "criticism"})

# What « deny » withholds when it means refuse (« denied a request », « denied service to two
# customers », « denied the family access »): a grant, not a claim; no denial.
GRANTED_NOUNS: frozenset[str] = frozenset({
    "request", "service", "access", "entry", "permission", "bail", "visa", "application", "petition",
    "funding", "fund", "benefit", "status", "citizenship", "appeal", "motion", "license", "licence", "permit",
    "waiver", "asylum", "parole", "admission", "leave", "exemption", "treatment", "coverage", "loan",
    "credit", "membership", "hearing", "passage", "landing", "boarding", "protection", "custody", "pay",
})

# A court that dismisses or drops the charges acts on a case (« a judge dismissed the charges »): no
# source rejects a claim. The accused dismissing them (« dismissed the charges as a smear ») denies.
COURT_NOUNS: frozenset[str] = frozenset({"judge", "court", "jury", "prosecutor", "justice", "magistrate",
                                         "tribunal", "panel"})
COURT_DISMISSED_NOUNS: frozenset[str] = frozenset({"charge", "count", "indictment", "accusation", "allegation"})

# « asserts his innocence », « has maintained her innocence »: a denial of the charges, in one idiom.
INNOCENCE_VERBS: frozenset[str] = frozenset({"assert", "maintain", "proclaim", "profess", "protest", "insist"})
INNOCENCE_NOUNS: frozenset[str] = frozenset({"innocence"})

# Verbs of misreading: « the law has been misconstrued as a ban » denies that it is a ban (passive,
# with « as »); « he misrepresented his record » (active) is an accusation, no denial.
MISREADING_VERBS: frozenset[str] = frozenset({
    "misconstrue", "mischaracterize", "mischaracterise", "misinterpret", "misread", "misrepresent",
    "misportray", "distort", "twist", "caricature",
})

# Verbs of defence: with « against » and a claim (DENIABLE_NOUNS) they reject it (« defended himself
# against the allegations », « pushed back against a report »): a denial, as « disputed the report ».
DEFENCE_VERBS: frozenset[str] = frozenset({"defend", "push", "hit", "fight"})
DEFENCE_PARTICLES: dict[str, str] = {"push": "back", "hit": "back", "fight": "back"}  # the particle they need
# what a claim hangs on after such a verb with its particle (« pushed back against / on reports »,
# « hit back at claims »)
DEFENCE_PREPS: frozenset[str] = frozenset({"against", "at", "on"})
# People who hold a claim: pushing back against them (with the particle) rejects what they say
# (« pushed back against critics who said … »); defending a record against them does not.
CLAIMANT_NOUNS: frozenset[str] = frozenset({"critic", "detractor", "accuser", "skeptic", "sceptic"})
# « his accusers are lying », « the neighbours who accused him were lying »: saying that those who hold a
# claim lie rejects the claim (not « all of them lying » said of anyone, not « lying on a beach »).
LYING_VERBS: frozenset[str] = frozenset({"lie"})

# Reporting verbs: a clause that is their complement is reported speech when no attribution frame
# says so already (recoupe_attribution's English frames, when present, come first).
REPORTING_VERBS: frozenset[str] = frozenset({
    "say", "tell", "state", "announce", "declare", "claim", "report", "add", "explain", "insist", "argue",
    "warn", "confirm", "acknowledge", "admit", "note", "write", "indicate", "stress", "suggest", "assert",
    "allege", "maintain", "reveal", "disclose", "testify", "estimate", "believe", "think", "predict",
    "tweet", "recall", "contend", "emphasise", "emphasize", "point", "vow", "pledge", "promise",
})
# Verbs that give their object a description (« described himself as a moderate », « portrayed the
# deal as a rescue »): with « as », the description is the subject's words, as « called it X ».
DESCRIBING: frozenset[str] = frozenset({"describe", "characterize", "characterise", "portray", "depict"})

# Negation: a "neg" dependent ("not", "n't", "never") or one of these words as the verb's adverb,
# determiner of its subject or object (« no evidence was found »), or its subject or object.
NEGATION_WORDS: frozenset[str] = frozenset({"not", "n't", "never", "no", "none", "nothing", "nobody", "neither",
                                            "nor", "nowhere"})

# A negation word followed by one of these restricts or is a litotes: the event is stated
# (« not only », « not just », « not without difficulty », « not uncommon », « nothing but »).
NOT_A_NEGATION_AFTER: frozenset[str] = frozenset({
    "only", "just", "merely", "simply", "without", "least", "uncommon", "unusual", "unlike", "unknown",
    "insignificant", "negligible", "but", "less", "fewer", "until",
})

# A subject opening on a negation word followed by one of these bounds a count, it does not negate
# (« no more than 40 boats joined »; « fewer » and « less » are in NOT_A_NEGATION_AFTER): the act is
# stated. Read by the status's test of a subject opening on a negation the parse left to it.
NOT_A_NEGATED_SUBJECT_AFTER: frozenset[str] = frozenset({"more"})

# A negated clause with one of these prepositions restricts (« not planned until 2014 »: French
# « n'est prévu qu'en 2014 »): the event is stated.
RESTRICTIVE_PREPS: frozenset[str] = frozenset({"until", "till", "before"})

# « in no way », « by no means », « in no case »: negations of manner.
NEGATED_MANNERS: frozenset[str] = frozenset({"way", "means", "case", "circumstance"})

# « refused / declined to confirm » denies what it would have confirmed (French « a refusé de confirmer »).
# « declined to comment » rejects nothing (a non-answer, issue 13's hard negative): not in the list.
REFUSED_SPEECH: frozenset[str] = frozenset({"confirm", "acknowledge", "admit", "verify"})
# Verbs of refusal: what they govern is refused, a deed not done (« refused to give him the money »),
# not a claim a source rejects; only a refused speech (REFUSED_SPEECH) is a denial.
REFUSALS: frozenset[str] = frozenset({"refuse", "decline"})

# Nouns that frame what follows as speculation (« speculation that », « the possibility of »).
SPECULATIVE_NOUNS: frozenset[str] = frozenset({
    "speculation", "rumour", "rumor", "hypothesis", "possibility", "prospect", "likelihood", "chance",
})

# Adjectives that, as the predicate of an impersonal frame, hedge the clause they govern (« it is
# possible that », « it is likely that »); verbs of appearance do the same (« it seems that »).
HEDGE_FRAME_ADJECTIVES: frozenset[str] = frozenset({"possible", "likely", "probable", "conceivable", "plausible"})
HEDGE_FRAME_VERBS: frozenset[str] = frozenset({"seem", "appear"})

# English-only rejections of a claim, kept apart from REJECTION_VERBS because the contradiction
# checks read the French and English lemma lists together and « dispute » is a French noun (a
# quarrel): « disputed the report », like « rejected the allegations », needs a DENIABLE_NOUNS object.
# « challenged the figures », « debunks the claim »: the same, in the compressed words of headlines
# and leads (a challenged ruling or a debunked « organization » names no claim: no denial).
EN_ONLY_REJECTION_VERBS: frozenset[str] = frozenset({"dispute", "challenge", "debunk"})

# Verbs that give a claim a verdict (« called the report false », « labelled the allegations a
# smear »): a denial when their object is a DENIABLE_NOUNS noun and the verdict a FALSEHOOD_WORDS word.
# Headlines' verbs of attack (« slams the report as false ») are verdicts only with such a word.
VERDICT_VERBS: frozenset[str] = frozenset({"call", "label", "brand", "term", "describe", "characterize",
                                           "characterise", "dismiss", "deride", "slam", "blast"})
FALSEHOOD_WORDS: frozenset[str] = frozenset({
    "false", "untrue", "inaccurate", "incorrect", "wrong", "baseless", "unfounded", "groundless", "bogus",
    "fake", "phony", "phoney", "fabricated", "fabrication", "lie", "distortion", "smear", "hoax", "fiction",
    "misleading", "nonsense", "garbage", "faulty", "flawed", "erroneous", "preposterous", "hearsay",
})
# Verbs of an outlet putting words out (« the Gazette printed false claims »): with the outlet as their
# subject, an account of a misstatement charges the outlet, not the person its report is about.
PUBLISHING_VERBS: frozenset[str] = frozenset({"print", "publish", "run", "carry", "air", "broadcast", "write",
                                              "post", "spread", "peddle"})
# « the story is not true », « this is not an accurate statement »: negated, these call a claim false.
TRUTH_WORDS: frozenset[str] = frozenset({"true", "correct", "accurate", "factual", "truthful"})
# Subjects that point back at what someone said (« it is untrue », « those are false », « that is
# nonsense »): with a verdict of falsehood the clause denies it.
POINTING_SUBJECTS: frozenset[str] = frozenset({"it", "that", "this", "they", "these", "those", "all",
                                               "everything", "which"})

# What a denial says beside what it denies (« X vehemently denied the rumors », « denied them »):
# its manner, and the words that point back at a claim already told (DENIABLE_NOUNS, pronouns).
DENIAL_MANNERS: frozenset[str] = frozenset({
    "vehemently", "repeatedly", "strongly", "flatly", "categorically", "firmly", "emphatically", "angrily",
    "swiftly", "quickly", "immediately", "again", "also", "publicly", "previously", "already", "consistently",
    "adamantly", "forcefully", "promptly", "later",
})
POINTING_WORDS: frozenset[str] = frozenset({"it", "them", "this", "that", "these", "those", "such", "the", "any",
                                            "all", "latest", "new", "recent"})
# Beginnings of the words that tell a statement was false, whoever tells it (« overstated her rank »,
# « an incorrect statement about his record », « exaggerated her role »): one meaning, told in other
# words by each outlet; folded.
MISSTATEMENT_STEMS: tuple[str, ...] = (
    "misstat", "misspo", "misspeak", "misrepresent", "incorrect", "inaccura", "untrue", "false", "exaggerat",
    "embellish", "fabricat", "mislead", "misled", "overstat",
)
# The same meaning told as a gap between someone's words and the record (« her account differs from
# the record », « claims at odds with the facts »): regular expressions over folded text.
MISSTATEMENT_PHRASES: tuple[str, ...] = (
    r"(?:differ\w*|at odds|inconsistent|conflict\w*) (?:from|with) (?:the )?(?:record|history|facts?)\b",
    r"contradicted by (?:the )?(?:record|history|facts?)\b",
)

# An account of a charge made wrongly (« she was falsely accused of inflating her record », « unfairly
# portrayed as »): it defends the one charged, it does not tell that they misstated. The adverbs, and
# the beginnings of the verbs of charging and portraying they go with; folded.
WRONGFUL_ADVERBS: frozenset[str] = frozenset({"falsely", "wrongly", "wrongfully", "unfairly", "unjustly"})
CHARGING_STEMS: tuple[str, ...] = ("accus", "alleg", "charg", "claim", "report", "portray", "depict", "paint",
                                   "brand", "label", "smear", "tarr")

# Verbs of claiming: the content they introduce is what « the claims », « the allegations »,
# « the report », « the rumors » take back (« a tabloid reported that ...; he denied the rumors »).
CLAIMING_VERBS: frozenset[str] = frozenset({
    "claim", "allege", "accuse", "report", "charge", "suggest", "assert", "rumor", "rumour", "reportedly",
    "allegedly", "purportedly", "supposedly",
})

# Head nouns of a verbless headline that names what an article offers, not a fact (« Three
# questions about the mayor's exit », « Reasons behind the strike », « Five things to know »), the
# English counterpart of the French ``TOPIC_LABEL_NOUNS`` (lemmas, singular).
TOPIC_LABEL_NOUNS: frozenset[str] = frozenset({
    "question", "reason", "thing", "takeaway", "lesson", "key", "answer", "scenario", "mystery", "explainer",
    "clue", "tip", "secret",
})
# Openings (folded) of a headline or lead that announces what the article explains (« What we know
# about the strike », « Everything you need to know »): a label, not a statement.
TOPIC_OPENERS: tuple[str, ...] = (
    "what we know", "what we don t know", "what to know", "what you need to know", "what you should know",
    "everything you need to know", "everything we know", "here s what", "here is what",
)

# Verbs of wish and attempt (« seeks changes to the bill », « wants a recount »): what their actor
# aims at, never the deed aimed at; a clause they head does not confirm a clause that tells the deed
# (claims.status). Verbs of plan and intention are apart (PLANNED_LEMMAS).
WISH_VERBS: frozenset[str] = frozenset({"seek", "want", "wish", "try", "attempt", "aim", "hope", "strive"})

# Verbs of perception (« a neighbour saw the man leave »): their clause tells what a witness saw or
# heard; it does not confirm a clause that tells the perceived act itself (claims.status).
PERCEPTION_VERBS: frozenset[str] = frozenset({"see", "hear", "watch", "witness", "notice", "spot", "observe"})

# adverbs of frequency and subordinators of any occurrence: their clause tells a habit, not one act
# (read by claims.status._habitual). Not « generally » nor « commonly », which mean « widely » as much
# (« commonly known as »)
HABITUAL_ADVERBS: frozenset[str] = frozenset({"often", "usually", "typically", "always", "frequently", "routinely",
                                              "regularly", "sometimes", "anytime", "whenever"})
