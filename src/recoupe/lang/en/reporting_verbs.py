"""English reporting verbs (verba dicendi and their news-register relatives), by lemma.

A clause governed by one of these verbs is attributed to the verb's subject. The value says what
the verb does to the certainty of what it reports, as in the French list: ``reported`` (neutral),
``denied`` (the source rejects the content), ``speculative`` (the source only supposes it).
"""

REPORTING_VERBS: dict[str, str] = {
    # neutral saying
    "say": "reported", "tell": "reported", "state": "reported", "declare": "reported", "announce": "reported",
    "add": "reported", "explain": "reported", "note": "reported", "report": "reported", "write": "reported",
    "confirm": "reported", "reply": "reported", "respond": "reported", "answer": "reported",
    "reveal": "reported", "disclose": "reported", "insist": "reported", "stress": "reported",
    "emphasize": "reported", "emphasise": "reported", "point": "reported", "recall": "reported",
    "acknowledge": "reported", "admit": "reported", "concede": "reported", "agree": "reported",
    "argue": "reported", "contend": "reported", "maintain": "reported", "assert": "reported",
    "claim": "reported", "allege": "speculative", "testify": "reported",
    "warn": "reported", "caution": "reported", "urge": "reported", "demand": "reported",
    "ask": "reported", "call": "reported", "promise": "reported", "pledge": "reported", "vow": "reported",
    "threaten": "reported", "predict": "speculative", "forecast": "speculative", "estimate": "reported",
    "accuse": "reported", "charge": "reported", "criticize": "reported", "criticise": "reported",
    "condemn": "reported", "complain": "reported", "lament": "reported", "regret": "reported",
    "praise": "reported", "welcome": "reported", "describe": "reported", "characterize": "reported",
    "conclude": "reported", "find": "reported", "show": "reported", "indicate": "reported",
    "suggest": "speculative", "believe": "speculative", "think": "speculative", "feel": "speculative",
    "consider": "reported", "expect": "speculative", "hope": "speculative", "fear": "speculative",
    "worry": "speculative", "suspect": "speculative", "speculate": "speculative", "guess": "speculative",
    "assume": "speculative", "recount": "reported", "remark": "reported",
    "comment": "reported", "observe": "reported", "mention": "reported", "repeat": "reported",
    "reiterate": "reported", "tweet": "reported", "post": "reported", "publish": "reported",
    "inform": "reported", "advise": "reported", "brief": "reported", "assure": "reported",
    "boast": "reported", "joke": "reported", "quip": "reported",
    "shout": "reported", "scream": "reported", "yell": "reported", "whisper": "reported",
    "recommend": "reported", "propose": "reported", "counter": "reported", "retort": "reported",
    "concur": "reported", "signal": "reported", "hint": "speculative",
    "imply": "speculative", "insinuate": "speculative", "know": "reported", "learn": "reported",
    "realize": "reported", "decide": "reported", "rule": "reported", "cite": "reported",
    "attack": "reported", "blast": "reported", "slam": "reported", "defend": "reported", "endorse": "reported",
    "label": "reported", "brand": "reported", "dub": "reported", "highlight": "reported", "underline": "reported",
    "underscore": "reported",
    # rejecting
    "deny": "denied", "reject": "denied", "dismiss": "denied", "refute": "denied", "dispute": "denied",
    "rebut": "denied", "contest": "denied", "disagree": "denied", "doubt": "speculative",
    "question": "speculative",
}

# Base forms of saying verbs that are no nouns: after a sentence's opening name or body the tagger may
# read one as a noun when its agreement slipped (« Constable X allege the man fired »), and the clause
# after it is still that source's words (recoupe.lang.en.attribution._untagged_saying).
UNTAGGED_SAYINGS: frozenset[str] = frozenset({"allege", "say", "insist", "contend", "assert", "testify"})

# Verbs that report only with a clausal complement, never with a plain object: "show the way",
# "find a job", "call a meeting", "post a photo", "charge a fee" are no speech.
CLAUSE_ONLY: frozenset[str] = frozenset({
    "find", "show", "indicate", "post", "charge", "know", "learn", "realize", "decide", "rule",
    "feel", "consider", "expect", "hope", "add", "point", "state", "answer", "reply", "respond",
    "ask", "write", "signal", "brief", "agree", "observe",
    "estimate", "forecast", "predict", "tell", "inform", "advise",
    "counter", "repeat", "think", "believe", "assume", "guess",
})

# Verbs of saying that take a plain object as their content ("denied the allegations",
# "confirmed the deal", "announced a ceasefire").
NOMINAL_CONTENT: frozenset[str] = frozenset({
    "deny", "reject", "dismiss", "refute", "dispute", "rebut", "contest", "confirm", "announce",
    "reveal", "disclose", "acknowledge", "admit", "concede", "claim", "allege", "promise", "pledge",
    "vow", "threaten", "demand", "urge", "accuse", "criticize", "criticise", "condemn", "declare",
    "say", "predict", "attack", "blast", "slam", "defend", "endorse", "cite", "describe", "call", "label",
    "brand", "dub", "emphasize", "emphasise", "stress", "highlight", "underline", "underscore", "mention",
    "recall",
})

# Verbs that give their object a verdict (« called the plan a disgrace »): the verdict is the
# subject's words, whatever the parse made of the object.
CALLING: frozenset[str] = frozenset({"call", "label", "brand", "dub", "term"})

# Multiword or prepositional cues read on the surface ("according to X", "citing X").
ACCORDING: tuple[str, str] = ("according", "to")
RELAY_PARTICIPLES: frozenset[str] = frozenset({"quoted", "cited", "interviewed", "reported"})
CITING: frozenset[str] = frozenset({"citing", "quoting"})
# Participles of speaking to someone (« Speaking to NBC, Lt. X said »): the one spoken to is the relay.
SPEAKING_TO: frozenset[str] = frozenset({"speak", "talk", "write"})

# Verbs of stance, wish, plan and judgement: in news attribution (PARC, PolNeAR) "X wants to raise
# taxes", "X opposes the deal", "X blamed Y for the loss", "X spoke of a crisis" attribute what
# follows to X as much as "X said" does. Read only by the attribution frames (their content is the
# clausal complement, the infinitive, the object or the object of the verb's preposition below),
# not by the claims' reporting predicates. The value is the effect, as above.
ATTITUDE_VERBS: dict[str, str] = {
    # wishes: what follows is not asserted as a fact. A plan or an intention is its holder's stated
    # resolve (« plans to close 300 stores »: the holder's words, planned), not a guess (MEANTIME marks
    # such events certain; French « prévoit de » is no hedge either)
    "want": "speculative", "wish": "speculative", "plan": "reported", "intend": "reported",
    "aim": "reported", "offer": "reported", "refuse": "denied",
    "decline": "denied", "request": "reported",
    # stance
    "support": "reported", "oppose": "reported", "back": "reported", "favor": "reported",
    "favour": "reported", "embrace": "reported", "champion": "reported", "advocate": "reported",
    "promote": "reported", "tout": "reported", "applaud": "reported",
    "hail": "reported", "thank": "reported", "credit": "reported", "admire": "reported",
    "hate": "reported", "despise": "reported", "fault": "reported", "blame": "reported",
    "mock": "reported", "ridicule": "reported", "chastise": "reported", "scold": "reported",
    "denounce": "reported", "decry": "reported", "bemoan": "reported", "deplore": "reported",
    "rail": "reported", "lambaste": "reported",
    # judgements
    "view": "reported", "regard": "reported", "deem": "reported", "judge": "reported",
    "equate": "reported", "understand": "reported",
    "accept": "reported", "recognize": "reported", "recognise": "reported",
    # talking about something
    "speak": "reported", "talk": "reported", "discuss": "reported", "debate": "reported",
    "address": "reported", "express": "reported", "voice": "reported", "echo": "reported",
    "reference": "reported", "refer": "reported", "invoke": "reported", "detail": "reported",
    "outline": "reported", "document": "reported", "identify": "reported", "brag": "reported",
    "encourage": "reported", "convince": "reported", "persuade": "reported", "press": "reported",
    "pressure": "reported", "challenge": "reported", "order": "reported",
}

# The preposition whose object is what a verb is about, when it has no clause or object of its
# own: "spoke of a crisis", "complained about the noise", "called for a ceasefire", "voted
# against the bill" (content: the object of the preposition).
PREP_CONTENT: dict[str, frozenset[str]] = {
    "speak": frozenset({"of", "about"}), "talk": frozenset({"about", "of"}),
    "complain": frozenset({"about", "of"}), "respond": frozenset({"to"}), "reply": frozenset({"to"}),
    "refer": frozenset({"to"}), "rail": frozenset({"against"}), "warn": frozenset({"against", "about", "of"}),
    "comment": frozenset({"on"}), "argue": frozenset({"for", "against"}),
    "call": frozenset({"for"}), "worry": frozenset({"about"}), "point": frozenset({"to"}),
    "testify": frozenset({"about", "on"}), "boast": frozenset({"about", "of"}), "brag": frozenset({"about"}),
    "joke": frozenset({"about"}), "insist": frozenset({"on"}),
    "advocate": frozenset({"for"}), "hint": frozenset({"at"}), "agree": frozenset({"with"}),
    "disagree": frozenset({"with"}), "write": frozenset({"about", "of"}), "tweet": frozenset({"about"}),
    "report": frozenset({"on"}), "decide": frozenset({"against", "on"}), "plan": frozenset({"for", "on"}),
    "express": frozenset({"for"}), "fear": frozenset({"for"}), "ask": frozenset({"about", "for"}),
    "question": frozenset({"about"}), "lament": frozenset({"about"}), "weigh": frozenset({"on"}),
}

# Prepositions after a nominal content that belong to it: "blamed X for Y", "accused X of Y",
# "criticized X as Y", "praised X over Y" (not "in a statement", "on Tuesday").
NOMINAL_PREPS: frozenset[str] = frozenset({"for", "of", "as", "over", "about", "against"})

# Reporting verbs whose plain object is what the source puts forward in news attribution ("noted
# the mayor's comments", "questioned the count", "published the minutes",
# "praised the proposals"), read by the attribution frames only (the claims keep NOMINAL_CONTENT).
ATTRIBUTED_OBJECTS: frozenset[str] = frozenset({
    "note", "report", "question", "publish", "praise", "propose", "recommend", "explain",
    "highlight", "reference", "cite", "signal", "mention", "detail",
})

# Nouns of saying and stance that carry their content and their source in the noun phrase: "the senator's
# claim that ...", "a newspaper report that ...", "his plan to ...", "the senator's comments about ...".
CLAIM_NOUNS: dict[str, str] = {
    "claim": "speculative", "assertion": "reported", "allegation": "speculative", "accusation": "speculative",
    "suggestion": "speculative", "argument": "reported", "belief": "speculative",
    "warning": "reported", "promise": "reported", "pledge": "reported", "vow": "reported", "threat": "reported",
    "comment": "reported", "remark": "reported", "statement": "reported", "announcement": "reported",
    "report": "reported", "acknowledgment": "reported", "acknowledgement": "reported", "admission": "reported",
    "denial": "denied", "insistence": "reported", "demand": "reported", "call": "reported", "plan": "speculative",
    "proposal": "speculative", "determination": "speculative", "decision": "reported",
    "hope": "speculative", "fear": "speculative", "criticism": "reported",
    "complaint": "reported", "declaration": "reported", "prediction": "speculative", "theory": "speculative",
    "assessment": "reported", "contention": "reported", "explanation": "reported", "message": "reported",
    "question": "reported", "attack": "reported", "defense": "reported", "opposition": "reported",
    "insinuation": "speculative", "estimate": "reported", "finding": "reported", "conclusion": "reported",
    "recommendation": "reported", "request": "reported",
}
# The prepositions whose object is such a noun's content ("his comments about the vote").
CLAIM_NOUN_PREPS: frozenset[str] = frozenset({"about", "on", "of", "for", "against"})

# Verbs by which a document, a poll or a recording gives what it shows, object and all ("Polls show a
# tight race", "the survey found 12 cases"); a person's "found a job" or "showed the way" is no
# report, so these take an object only when their subject is such a document.
FINDING_VERBS: frozenset[str] = frozenset({"show", "find", "indicate", "suggest", "reveal", "confirm", "estimate"})

# A stance told by a light verb and a noun ("expressed concern about the plan", "showed support for
# the mayor", "raised questions about the count", "voiced doubts over the deal"): what the stance
# is about is the object of the noun's preposition, and the verb's subject holds the stance.
STANCE_NOUNS: frozenset[str] = frozenset({
    "support", "opposition", "concern", "doubt", "question", "criticism", "outrage", "anger",
    "frustration", "skepticism", "scepticism", "worry", "fear", "approval", "disapproval", "admiration",
    "sympathy", "solidarity", "regret", "displeasure", "dismay", "confidence", "optimism", "pessimism",
    "interest", "objection", "reservation", "misgiving", "enthusiasm", "alarm", "disappointment",
})
LIGHT_VERBS: frozenset[str] = frozenset({
    "express", "voice", "show", "raise", "air", "register", "signal", "lend", "offer", "reiterate", "repeat",
})
STANCE_PREPS: frozenset[str] = frozenset({
    "about", "for", "over", "of", "with", "on", "against", "in", "at", "regarding",
})
