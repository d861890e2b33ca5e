"""Classes of English news predicates, with the class names of ``lang/fr/predicates.py``.

A French claim and its English translation share no verb (« livrer » / « deliver »): claim
grouping and contradiction checks compare actions by their class, so the English lemmas join the
French classes. Lemmas as en_core_web_sm gives them (verbs and nouns). The classes are looked up
French first (:mod:`recoupe.lang.predicates`), so a word that is also a French word is left out
unless both languages class it alike: English "report" would class French « report » (a
postponement), "tour", "sale", "support", "charge", "caution" would class French words too.
"""

import re

PREDICATE_CLASSES: dict[str, frozenset[str]] = {
    "travel": frozenset({"travel", "visit", "trip", "journey", "arrive", "arrival", "come", "leave", "depart",
                         "fly", "head", "stay"}),
    "meet": frozenset({"meet", "meeting", "gather", "talk", "summit", "discuss", "discussion", "negotiate",
                       "negotiation", "host", "welcome", "receive", "confer"}),
    "supply": frozenset({"supply", "deliver", "delivery", "provide", "send", "ship", "shipment",
                         "sell", "export", "transfer", "hand", "arm", "smuggle", "trade"}),
    "obtain": frozenset({"obtain", "acquire", "acquisition", "procure", "buy", "purchase", "import", "seek",
                         "want", "get", "request"}),
    "deny": frozenset({"deny", "denial", "refute", "reject", "rejection", "rebut", "dismiss"}),
    # a criticism told with a verb of attack in words ("slammed", "lashed out at", "rebuked")
    "accuse": frozenset({"accuse", "accusation", "blame", "denounce", "condemn", "condemnation", "criticise",
                         "criticize", "criticism", "allege", "allegation", "bash", "slam", "lambaste", "rebuke",
                         "assail", "berate", "castigate", "decry", "excoriate", "lash_out"}),
    "warn": frozenset({"threaten", "threat", "warn", "warning", "alert"}),
    "sanction": frozenset({"sanction", "punish", "prohibit", "embargo", "freeze"}),
    "attack": frozenset({"attack", "strike", "bomb", "bombing", "bombard", "shell", "shelling", "shoot",
                         "fire", "assault"}),
    "kill": frozenset({"kill", "death", "die", "dead", "victim", "perish", "drown", "killing", "pass_away"}),
    "injure": frozenset({"injure", "injury", "wound", "hurt", "hospitalise", "hospitalize"}),
    "arrest": frozenset({"arrest", "detain", "detention", "jail", "imprison", "indict", "apprehend", "charge"}),
    "cancel": frozenset({"cancel", "cancellation", "scrap", "postpone", "delay", "suspend", "call_off",
                         "put_on_hold", "hold_off"}),
    "steal": frozenset({"steal", "theft", "rob", "robbery", "hack", "leak", "burgle", "burglary", "loot"}),
    "recover": frozenset({"recover", "retrieve", "return", "restitution"}),
    "burn": frozenset({"burn", "ravage", "torch", "destroy", "blaze", "engulf"}),
    "extinguish": frozenset({"extinguish", "contain", "douse"}),
    "strike": frozenset({"walkout", "protest", "demonstrate", "demonstration", "rally", "march", "mobilise",
                         "mobilize", "mobilisation", "mobilization"}),
    "evacuate": frozenset({"evacuate", "evacuation", "flee"}),
    "admit": frozenset({"confess", "admit", "acknowledge", "plead"}),
    "quake": frozenset({"earthquake", "quake", "tremor", "shake"}),
    "announce": frozenset({"announce", "announcement", "declare", "declaration", "state", "statement",
                           "affirm", "indicate", "confirm"}),
    "violate": frozenset({"violate", "violation", "breach", "infringe", "flout"}),
    "rescue": frozenset({"rescue", "airlift"}),
    "cooperate": frozenset({"cooperate", "cooperation", "ally", "alliance", "partnership", "back", "rapprochement"}),
    # the French classes of a contest won, a post left, a prisoner let go, a law struck down
    "win": frozenset({"win", "victory", "triumph", "clinch", "defeat", "beat", "elect", "reelect", "re-elect"}),
    "resign": frozenset({"resign", "resignation", "retire", "retirement", "quit", "step_down", "bow_out",
                         "drop_out", "pull_out"}),
    "release": frozenset({"release", "free"}),
    "strike_down": frozenset({"overturn", "invalidate", "strike_down"}),
    # giving someone a post: "appointed X to the seat", "named X", "picked X", "nominated X"
    "appoint": frozenset({"appoint", "appointment", "nominate", "nomination", "name", "pick", "choose",
                          "select", "designate", "tap", "install"}),
    # ridicule, a criticism told as a jeer: "mocked Congress", "taunted the GOP"
    "mock": frozenset({"mock", "taunt", "ridicule", "deride", "jeer", "lampoon", "needle", "scoff"}),
    # taking up an office: "was sworn in", "took office", "was inaugurated"
    "take_office": frozenset({"inaugurate", "inauguration", "swear_in", "take_office"}),
    # standing for a post: "will run for governor", "entered the race", "jumped into the race", "candidacy";
    # the bare verb "run" is no candidacy ("ran a pilot program", "runs three plants"): only its phrase
    # ``run_for`` (PHRASE_ACTIONS) is
    "candidacy": frozenset({"run_for", "candidacy", "enter_race"}),
    # a text adopted by a vote: "the House passed the bill", "lawmakers approved", "approval" ("passed
    # away" is a death: PHRASE_ACTIONS)
    "approve": frozenset({"approve", "approval", "pass", "ratify"}),
    # taking someone to court: "sued the city", "filed a lawsuit against"
    "sue": frozenset({"sue", "lawsuit"}),
}

# Classes with no French lemma yet: the French words (« nommer », « désigner », « railler »...) would
# change French grouping, which these classes were not measured on; an English-only class never
# meets a French claim, so it adds no link across languages.
ENGLISH_ONLY_CLASSES: frozenset[str] = frozenset({"appoint", "mock", "take_office", "candidacy", "approve", "sue"})

# Phrasal verbs whose particle makes the action (the verb alone says little: "step", "take"), as
# patterns over folded text (lowercase, apostrophes and punctuation as spaces), read only when the
# claim's verb is one of PHRASE_HEADS; the lemma given is the claim's action for grouping, so that
# "stepped down" meets "resigns" and "was taken into custody" meets "was arrested".
# LIGHT_VERBS are the verbs that name no event by themselves ("step", "take"): they are general verbs
# too (``claims.groups.GENERAL_VERBS``: two claims that share one share no event). The other phrase
# heads are content verbs ("file", "challenge", "hold", "run", "pass"): their phrase is read, and
# without it they keep their own meaning ("challenged the ruling", "held talks").
LIGHT_VERBS: frozenset[str] = frozenset({"step", "bow", "drop", "take", "swear", "open"})
PHRASE_HEADS: frozenset[str] = LIGHT_VERBS | frozenset({"pull", "lash", "put", "hold", "enter", "jump", "throw",
                                                        "assume", "file", "challenge", "run", "pass"})
PHRASE_ACTIONS: tuple[tuple[str, str], ...] = (
    (r"\bstep(?:s|ped|ping)?\s+(?:down|aside)\b", "step_down"),
    (r"\bbow(?:s|ed|ing)?\s+out\b", "bow_out"),
    (r"\bdrop(?:s|ped|ping)?\s+out\b", "drop_out"),
    (r"\b(?:take|takes|took|taken|taking)\s+(?:\w+\s+){0,2}?into\s+(?:federal\s+)?custody\b", "arrest"),
    (r"\b(?:take|takes|took|taken|taking)\s+(?:the\s+)?office\b", "take_office"),
    (r"\b(?:sworn|swear|swears|swore|swearing)\s+in\b", "swear_in"),
    (r"\bopen(?:s|ed|ing)?\s+fire\b", "shoot"),  # shots fired: shooting, an attack
    (r"\bpull(?:s|ed|ing)?\s+out\b", "pull_out"),  # out of a race, a debate, a post
    (r"\blash(?:es|ed|ing)?\s+out\b", "lash_out"),
    (r"\b(?:take|takes|took|taken|taking)\s+(?:\w+\s+){0,3}?(?:shots?|swipes?|jabs?|digs?|potshots?)\s+at\b", "mock"),
    (r"\b(?:take|takes|took|taken|taking)\s+the\s+(?:\w+\s+)?oath\b", "take_office"),
    (r"\bassum(?:e|es|ed|ing)\s+(?:\w+\s+){0,4}?(?:office|presidency)\b", "take_office"),
    (r"\bput(?:s|ting)?\s+(?:\w+\s+){0,6}?on\s+hold\b", "put_on_hold"),
    (r"\b(?:hold|holds|held|holding)\s+off\b", "hold_off"),
    (r"\b(?:enter|enters|entered|entering|jump|jumps|jumped|jumping)\s+(?:into\s+)?the\s+(?:\w+\s+){0,2}?race\b",
     "enter_race"),
    (r"\b(?:throw|throws|threw|thrown|throwing)\s+(?:his|her|their|its)\s+hat\s+(?:into|in)\s+the\s+ring\b",
     "enter_race"),
    # contesting a post: "is challenging the incumbent for the chairmanship"
    (r"\bchalleng(?:e|es|ed|ing)\s+(?:\w+\s+){1,4}?for\s+(?:the\s+)?(?:\w+\s+){0,4}?"
     r"(?:post|seat|position|job|nomination|presidency|leadership|chairmanship)\b", "run_for"),
    # a run for a post ("ran for governor", "will run for re-election", "running for the Senate seat");
    # "ran a pilot program", "runs three plants", "ran for an hour" are no candidacy
    (r"\b(?:run|runs|ran|running)\s+(?:again\s+)?for\s+(?:\w+\s+){0,4}?(?:office|seat|president|presidency|"
     r"governor|governorship|mayor|senate|senator|congress|congressman|congresswoman|house|parliament|"
     r"re\s+election|reelection|election|nomination|term|post|position|leader|leadership|chair|chairman|"
     r"chairmanship|executive|council|assembly|legislature|sheriff|judge|attorney|minister|premier|chancellor|"
     r"commissioner|delegate|representative|board|job|spot)\b", "run_for"),
    (r"\bpass(?:es|ed|ing)?\s+away\b", "pass_away"),  # a death, not a text approved
    (r"\b(?:file|files|filed|filing)\s+(?:\w+\s+){0,2}?(?:lawsuit|suit)\b", "sue"),
)


# A toll made by the event ("left five dead", "claimed three lives", "caused two deaths"): the deaths or
# injuries themselves, read only when the claim's verb is one of TOLL_VERBS (see ``lang/fr/predicates.py``).
# Someone who fell victim to an act ("the county, victim of a hack last spring"): the act is the claim's
# action, not a death (as the French pack's VICTIM_OF; lowercased text).
VICTIM_NOUNS: frozenset[str] = frozenset({"victim"})

# the « kill » class split by who is told: a killing has a killer, a death only the dead (claims.status)
KILLING_LEMMAS: frozenset[str] = frozenset({"kill", "killing"})
DEATH_LEMMAS: frozenset[str] = frozenset({"death", "die", "dead", "perish", "pass_away"})
# event words that tell no event of their own where an article stands (a toll recalled, "the scandal shook
# the party", "destroy evidence", "flee justice"): see the French list
LOOSE_EVENT_LEMMAS: frozenset[str] = frozenset({"dead", "death", "victim", "shake", "destroy", "flee"})
VICTIM_OF = r"\bvictims?\s+of\s+(?:(?:an?|the|his|her|its|their)\s+)?([^\W\d_]+)"

TOLL_VERBS: frozenset[str] = frozenset({"leave", "cause", "claim"})
TOLL_PHRASES: tuple[tuple[str, str], ...] = (
    (r"\b(?:leav\w*|left|caus\w*|claim\w*)\s+(?:\w+\s+){0,3}?(?:dead|deaths?|lives)\b", "kill"),
    (r"\b(?:leav\w*|left|caus\w*)\s+(?:\w+\s+){0,3}?(?:injured|wounded|injuries)\b", "injure"),
)

# The phases of a process that cannot be one fact (see ``lang/fr/predicates.py``).
PHASES: dict[str, frozenset[str]] = {
    "start": frozenset({"start", "begin", "resume", "resumption", "reopen", "reopening", "launch"}),
    "halt": frozenset({"suspend", "suspension", "halt", "interrupt", "interruption", "stop", "cease", "close",
                       "closure", "shut"}),
}

# Acts that undo or refuse one another (a bill passed / blocked, a bridge opened / closed, a bill signed /
# vetoed): two verbs on either side of one pair tell two facts, however many words their clauses share.
OPPOSED_ACTIONS: tuple[tuple[frozenset[str], frozenset[str]], ...] = (
    (frozenset({"pass", "approve", "adopt", "ratify", "sign", "enact"}),
     frozenset({"block", "reject", "veto", "defeat", "repeal", "kill", "scrap", "stall", "table"})),
    (frozenset({"open", "reopen"}), frozenset({"close", "shut"})),
    (frozenset({"hire", "recruit"}), frozenset({"fire", "lay_off", "sack", "dismiss"})),
    (frozenset({"win"}), frozenset({"lose"})),
    (frozenset({"raise", "increase", "hike"}), frozenset({"cut", "lower", "reduce", "slash"})),
    (frozenset({"accept"}), frozenset({"reject", "refuse", "decline"})),
    (frozenset({"arrest", "detain", "jail"}), frozenset({"release", "free"})),
)

# Deeds of failing to do something (« skipped an inspection », « missed a deadline »): denying one says the
# thing was done, so the denial agrees with a claim that it was (« the site passed its inspection ») and
# conflicts only with one telling the failure (``claims/contradictions.py``, _denies_what_is_stated).
FAILURE_VERBS: frozenset[str] = frozenset({
    "skip", "miss", "fail", "neglect", "omit", "ignore", "forget", "flout", "breach", "violate", "evade", "dodge",
    "bypass", "shirk", "disregard", "overlook",
})

# The families of wrongs an accusation names and a defence answers (folded text), with the keys of
# the French WRONG_FAMILIES: one wrong, one key (``claims/contradictions.py``, check_defence).
WRONG_FAMILIES: dict[str, tuple[str, ...]] = {
    "maltraitance": (r"\bmistreat\w*", r"\bill[- ]treat\w*", r"\bneglect(?:ed|ing)?\b"),
    "violence": (r"\bviolence\b", r"\bbrutality\b", r"\bbeat(?:ing|ings|en)\b"),
    "harcelement": (r"\bharass\w*", r"\bsexual\s+misconduct\b", r"\bhostile\s+work\s+environment\b"),
    "agression": (r"\bassault\w*", r"\brap(?:e|ed|es|ing)\b", r"\bgrop\w+"),
    "fraude": (r"\bfraud\w*", r"\bembezzl\w+", r"\bcorrupt\w*", r"\bbrib\w+", r"\bkickbacks?\b"),
}
# What tells an accusation (folded): a verb or a noun of accusing, alleging or complaining.
ACCUSING_PATTERN = (r"\b(?:accus\w+|alleg\w+|charged\s+with|charges?\s+of|complaints?\s+(?:of|about|against)|"
                    r"complain\w*)\b")
# An accusation told as the circumstance of another deed (« resigned after allegations of fraud »): the
# claim tells the deed, which a denial of the accusations does not dispute (folded, before the accusing word).
ACCUSATION_AS_CIRCUMSTANCE = (r"\b(?:after|following|amid|over|despite|because\s+of|in\s+the\s+wake\s+of)\s+"
                              r"(?:\w+\s+){0,3}$")
# The nouns a denial names when it rejects accusations without saying what they are (« which he has
# denied » after « the accusations », « denied the allegations »).
ACCUSATION_NOUNS: frozenset[str] = frozenset({"allegation", "accusation", "charge", "complaint"})
# Verbs of accusing whose subject, in the active voice, is the accuser (« X accused Y of fraud »: Y is the
# accused), and their passive (« X was accused of fraud »: X is), folded.
ACCUSING_VERBS: frozenset[str] = frozenset({"accuse", "allege", "charge", "complain"})
ACCUSED_PASSIVE = (r"\b(?:be|is|are|was|were|been|being|get|gets|got|gotten)\s+(?:\w+ly\s+)?"
                   r"(?:accused|alleged|charged)\b")

# The deeds one roadside stop is told by (« officers pulled her over near 4:40 », « she failed a breath test
# soon after 4 », « was stopped for speeding », « she was driving home at 4 when a patrol car stopped her »):
# the clock times two accounts give one person's stop are of one moment, whichever of these verbs tells it
# (claims/contradictions.py, check_date's clock times), each only when its sentence tells a traffic stop
# (« pulled over », « was stopped », « driving … when stopped »: _en_stop_moment). « fail » only with a test
# as its object (STOP_TEST_WORDS): failing an exam or a bid is no stop. Not « arrest » / « detain »: an arrest
# may come hours after the stop (after tests, at a station), so its hour is not the stop's.
STOP_MOMENT_VERBS: frozenset[str] = frozenset({"stop", "pull", "pull_over", "drive", "speed", "fail"})
STOP_TEST_WORDS: frozenset[str] = frozenset({"sobriety", "breathalyzer", "breathalyser", "breath", "field"})
# The titles of those who make roadside stops, written before a name (« Deputy Voss », « Trooper Ann Lee »):
# a title and a surname are not a first and a last name (besides the pack's ROLE_HEADS and honorifics).
STOP_OFFICER_TITLES: frozenset[str] = frozenset({
    "deputy", "trooper", "officer", "patrolman", "patrolwoman", "agent", "marshal", "ranger", "sheriff", "constable",
})

# A second finite verb joined to a denial ("X denied the charges and said …"): the coordinating word, an
# optional pronoun, an auxiliary (group 1, when written) and adverb, then the verb (group 2). Lowercase.
COORDINATED_VERB_PATTERN = (r"\s(?:and|but|then)\s+(?:(?:he|she|they)\s+)?((?:has|have|had)\s+)?"
                            r"(?:(?:also|later)\s+)?([^\W\d_][\w-]*)")

# The outcome of a contest told by a verb, for its subject (``claims/contest.py``): « won », « beat X »
# are the subject's win, « lost » its loss; a passive of a verb of beating (« was beaten by X ») is a loss.
WIN_VERBS: frozenset[str] = frozenset({"win", "beat", "defeat", "triumph", "prevail", "vanquish"})
LOSS_VERBS: frozenset[str] = frozenset({"lose"})
BEATING_VERBS: frozenset[str] = frozenset({"beat", "defeat", "vanquish"})
# Verbs that tell a victory proclaimed, with a noun of victory as their object (« declared victory »,
# « claimed victory », « celebrated their win »): the contestant's own word, not the result.
# Not « announce » / « hail »: an official announcing a victory tells the result, supporters hailing it
# presume it.
VICTORY_CLAIM_VERBS: frozenset[str] = frozenset({"declare", "claim", "proclaim", "celebrate"})
VICTORY_NOUNS: frozenset[str] = frozenset({"victory", "win", "triumph"})

# Verbs that press someone to act (« urged X to resign », « called on X to resign », « asked X to »): the
# act they name in their infinitive is asked for, not done.
URGING_VERBS: frozenset[str] = frozenset({
    "urge", "press", "call", "ask", "implore", "exhort", "encourage", "push", "pressure", "beg", "appeal", "plead",
    "invite", "advise", "demand", "tell", "order", "pressurise", "pressurize",
})
# A clause that tells an act as asked for, not done: an infinitive cut off its urging verb (« to listen to
# X »), a modal of obligation (« the mayor should quit »). It is the urging told again, not its act.
ASKED_ACT = re.compile(r"^\W*to\s|\b(?:should|must|ought|needs?\s+to|has\s+to|have\s+to)\b", re.IGNORECASE)
# The forms of those verbs (and nouns: « a call to », « her plea to ») before the infinitive they govern,
# their object between (« urged the council to », « called on the mayor to »): read on the folded text
# (no punctuation: :func:`recoupe.resolve.names.fold`) before the infinitive, up to its « to ».
URGED_INFINITIVE = re.compile(
    r"\b(?:urg|call|ask|press|implor|exhort|encourag|push|pressur|begg?(?:ed|ing|s)?\b|appeal|plead|invit|advis"
    r"|demand|order)[a-z]*(?:\s+\w+){0,5}?\s+to\s*$")

# a passive clause: an auxiliary before a participle, and the word that opens its agent (« closed by the
# county »): the agent is the deed's doer, which the subject (its patient) is not
PASSIVE_AUXILIARIES: frozenset[str] = frozenset({
    "is", "are", "was", "were", "be", "been", "being", "get", "gets", "got", "gotten", "getting",
})
PASSIVE_AGENT_MARKER = "by"
# words that, between the auxiliary and the participle or in the two words before the auxiliary, tell a
# passive that did not happen ("were not beaten", "has never been beaten", "hasn't been beaten")
PASSIVE_NEGATIONS: frozenset[str] = frozenset({"not", "t", "never", "no"})
# a word right before the auxiliary that denies the passive ("without being beaten")
PASSIVE_PRIVATIVES: frozenset[str] = frozenset({"without"})
# "was closed" tells a deed or a state alike: no auxiliary nor copula marks the state apart
STATE_AUXILIARIES: frozenset[str] = frozenset()
COPULAR_PARTICIPLES: frozenset[str] = frozenset()
# a short stem ("be", "go") starts too many words: no participle is read after it
SHORT_STEM_PARTICIPLE_ENDINGS: tuple[str, ...] = ()
