"""English words that say what kind of source a reporting frame names, and how its words travelled.

A source is a person, an organisation, a medium, an anonymous voice or a document (figures, a study,
a statement). These lists are the language's words for those kinds (and the names of the wire
services every English desk cites), not names taken from any corpus.
"""

MEDIA_HEADS: frozenset[str] = frozenset({
    "newspaper", "newspapers", "paper", "daily", "weekly", "magazine", "tabloid", "journal", "broadcaster",
    "channel", "network", "station", "television", "tv", "radio", "website", "site", "outlet", "outlets",
    "blog", "agency", "wire", "press", "media", "news", "newsletter", "show", "programme", "program",
})

NEWS_AGENCIES: frozenset[str] = frozenset({
    "reuters", "ap", "associated press", "afp", "agence france-presse", "bloomberg", "xinhua", "yonhap",
    "kyodo", "tass", "ria novosti", "interfax", "anadolu", "ansa", "dpa", "efe", "kcna", "jiji", "bbc",
    "cnn", "nbc", "abc", "cbs", "fox news", "msnbc", "npr", "pbs", "sky news", "al jazeera", "al-jazeera",
    "al arabiya", "itv", "cnbc", "upi", "press association", "pa", "politico", "axios",
})

MEDIA_NAME_ENDINGS: frozenset[str] = frozenset({
    "times", "post", "news", "tv", "journal", "star", "herald", "tribune", "gazette", "telegraph",
    "guardian", "express", "observer", "reporter", "daily", "today", "press", "mail", "mirror", "sun",
    "chronicle", "examiner", "globe", "inquirer", "independent", "economist", "standard", "monitor",
    "courier", "bulletin", "wire", "review", "magazine", "radio", "network",
})

DOCUMENT_HEADS: frozenset[str] = frozenset({
    "figures", "figure", "data", "statistics", "study", "studies", "survey", "surveys", "poll", "polls",
    "report", "reports", "statement", "statements", "document", "documents", "filing", "filings",
    "letter", "memo", "record", "records", "release", "estimate", "estimates", "analysis", "analyses",
    "projection", "projections", "complaint", "lawsuit", "indictment", "ruling", "decision", "order",
    "court papers", "affidavit", "transcript", "tally", "count", "census", "research", "findings",
    "assessment", "cable", "cables", "bulletin", "index", "ranking", "audit", "review", "test", "tests",
    "charges",  # (« according to charges filed Monday »: the charging papers)
})

# things that speak for whoever issued them ("the ad says", "the letter reads"): a document, or a
# campaign's or a group's message; "the ad" stands for the one named as putting it out before
ISSUED_HEADS: frozenset[str] = DOCUMENT_HEADS | frozenset({
    "ad", "ads", "advert", "advertisement", "advertisements", "commercial", "commercials", "video", "videos",
    "resolution", "suit", "petition", "tweet", "tweets", "email", "e-mail", "mailer", "flier", "flyer",
    "leaflet", "pamphlet", "brochure", "website", "message",
})

# Words for one kind of thing put out ("a television commercial" ... "the advertisement says", "the
# lawsuit from X" ... "the suit says"): the issuer of one is the issuer of the other.
ISSUED_KINDS: dict[str, str] = {
    **dict.fromkeys(("ad", "advert", "advertisement", "commercial", "spot"), "ad"),
    **dict.fromkeys(("suit", "lawsuit", "complaint"), "suit"),
    **dict.fromkeys(("email", "e-mail"), "email"),
    **dict.fromkeys(("flier", "flyer", "leaflet", "pamphlet", "mailer", "brochure"), "flier"),
}

# verbs of asking: who answers next is the one asked ("X asked Y if ... . He said ...")
QUESTION_CUES: frozenset[str] = frozenset({"ask", "question", "quiz", "press", "interview", "challenge"})

INDEFINITE_DETERMINERS: frozenset[str] = frozenset({
    "a", "an", "some", "several", "many", "few", "two", "three", "four", "five", "various", "numerous",
    "other", "one", "most", "all", "multiple", "dozens", "certain",
})

# Prepositions by which a name modifies a common noun at the head of a phrase ("the teachers' union of Kelby",
# "parents in Orlac", "a crowd from Dunmore"): the noun's group is the actor, the name only its setting.
MODIFIER_PREPOSITIONS: frozenset[str] = frozenset({"of", "in", "from"})
# Heads whose place is the body's own (« the government of Sudan », « the army of X », « the council of Kelby »):
# the place's entity stands for its state or town hall, so the name is the actor, not a modifier.
PLACE_BODIES: frozenset[str] = frozenset({
    "government", "administration", "army", "military", "forces", "navy", "police", "authorities", "authority",
    "regime", "ministry", "parliament", "cabinet", "council", "state", "city", "town", "county", "province",
    "municipality",
})

# Indefinite pronouns and nouns of a person that describe no one ("someone fleeing the building", "a person
# was hurt"): as an act's subject they tell no actor apart from another account's ("a woman fleeing …").
INDEFINITE_PERSONS: frozenset[str] = frozenset({
    "someone", "somebody", "anyone", "anybody", "everyone", "everybody", "no one", "nobody", "person",
    "individual",
})
# The nouns among them: a person only as the head after a/an/one (« a person fleeing »); without it or before
# another noun they modify a group (« individual investors »).
INDEFINITE_PERSON_NOUNS: frozenset[str] = frozenset({"person", "individual"})

# Nouns that name a voice without naming who it is: with no name in the phrase and an indefinite
# or plural head the source is anonymous ("officials said", "a source close to", "witnesses").
ANONYMOUS_HEADS: frozenset[str] = frozenset({
    "source", "sources", "official", "officials", "diplomat", "diplomats", "aide", "aides", "expert",
    "experts", "analyst", "analysts", "observer", "observers", "witness", "witnesses", "insider",
    "insiders", "person", "people", "resident", "residents", "activist", "activists", "protester",
    "protesters", "investigator", "investigators", "researcher", "researchers", "staffer", "staffers",
    "employee", "employees", "worker", "workers", "member", "members", "lawmaker", "lawmakers",
    "critic", "critics", "supporter", "supporters", "opponent", "opponents", "advocate", "advocates",
    "economist", "economists", "trader", "traders", "investor", "investors", "doctor", "doctors",
    "officer", "officers", "police", "authorities", "leader", "leaders", "spokesman", "spokeswoman",
    "spokesperson", "representative", "representatives", "executive", "executives", "adviser",
    "advisers", "advisor", "advisors", "strategist", "strategists", "voter", "voters", "man", "woman",
    "men", "women", "student", "students", "parent", "parents", "relative", "relatives", "neighbor",
    "neighbors", "neighbour", "neighbours", "friend", "friends", "colleague", "colleagues", "senator",
    "senators", "republicans", "democrats", "administration",
})

SOURCE_WORDS: frozenset[str] = frozenset({"source", "sources", "insider", "insiders"})

# Role nouns: a phrase headed by one names a person ("the minister", "the spokesman").
ROLE_HEADS: frozenset[str] = frozenset({
    "president", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "chairman",
    "chairwoman", "chair", "director", "governor", "mayor", "senator", "congressman", "congresswoman",
    "representative", "ambassador", "general", "commander", "chief", "head", "leader", "ceo", "founder",
    "prosecutor", "judge", "attorney", "lawyer", "candidate", "nominee", "king", "queen", "prince",
    "premier", "chancellor", "envoy", "official", "officer", "sheriff", "coach", "manager", "professor",
    "analyst", "economist", "author", "actor", "singer", "speaker", "whip", "adviser", "advisor", "aide",
    "pope", "bishop", "father", "mother", "wife", "husband", "son", "daughter", "brother", "sister",
    "lieutenant", "sergeant", "constable", "captain", "detective", "inspector", "superintendent",
    "corporal", "colonel", "admiral", "monsignor",
})

# The kinship nouns among them: a phrase headed by one names a person by their tie to another (« my
# mother », « the victim's brother »), not by a title the person holds, so it is no title of someone
# named elsewhere. « father » is left a title too (« Father Doyle », a priest).
KINSHIP_HEADS: frozenset[str] = frozenset({"mother", "wife", "husband", "son", "daughter", "brother", "sister"})

# Other words that title or describe the holder of a role: "the congressman" is the person named
# "Rep. Jane Roe" or "Representative Jane Roe" before, "the senator" "Sen. John Doe".
ROLE_ALIASES: dict[str, frozenset[str]] = {
    **dict.fromkeys(("congressman", "congresswoman"), frozenset({
        "congressman", "congresswoman", "representative", "rep.", "rep", "lawmaker"})),
    "representative": frozenset({"representative", "rep.", "rep", "congressman", "congresswoman"}),
    "senator": frozenset({"senator", "sen.", "sen"}),
    "governor": frozenset({"governor", "gov.", "gov"}),
    **dict.fromkeys(("spokesman", "spokeswoman", "spokesperson"), frozenset({
        "spokesman", "spokeswoman", "spokesperson"})),
    **dict.fromkeys(("chairman", "chairwoman", "chair"), frozenset({"chairman", "chairwoman", "chair"})),
    # ranks and offices, "the lieutenant" the person written "Lt. Jane Roe" (TITLE_ABBREVIATIONS)
    "lieutenant": frozenset({"lieutenant", "lt.", "lieut."}),
    "sergeant": frozenset({"sergeant", "sgt."}),
    "constable": frozenset({"constable", "const."}),
    "captain": frozenset({"captain", "capt.", "cpt."}),
    "detective": frozenset({"detective", "det."}),
    "inspector": frozenset({"inspector", "insp."}),
    "superintendent": frozenset({"superintendent", "supt."}),
    "corporal": frozenset({"corporal", "cpl."}),
    "colonel": frozenset({"colonel"}),
    "admiral": frozenset({"admiral", "adm."}),
    "general": frozenset({"general", "gen."}),
    "commander": frozenset({"commander", "cmdr.", "cdr.", "comdr."}),
    "attorney": frozenset({"attorney", "atty."}),
    "ambassador": frozenset({"ambassador", "amb."}),
    "monsignor": frozenset({"monsignor", "msgr."}),
}
# Role words that after another noun name another office (« attorney general », « surgeon general »,
# « secretary-general »): there they do not take the rank's aliases (« Gen. » is no attorney general).
POSTPOSITIVE_ROLES: frozenset[str] = frozenset({"general"})

# A party's member named by the party ("the Ohio Democrat said"), and the words that give a person
# that party around their name ("Sen. Jane Roe, D-Ohio", "Republican John Doe").
PARTY_MEMBERS: dict[str, frozenset[str]] = {
    "democrat": frozenset({"democrat", "democratic", "d"}),
    "republican": frozenset({"republican", "gop", "r"}),
}

# Words of a voice that speaks for someone (« Ruiz's office », « her campaign », « the mayor's
# lawyer »): who they speak for is the one named beside them.
SPEAKING_FOR: frozenset[str] = frozenset({
    "office", "campaign", "spokesman", "spokeswoman", "spokesperson", "spokesmen", "spokeswomen", "aide",
    "aides", "lawyer", "lawyers", "attorney", "attorneys", "counsel", "team", "staff", "press",
    "representative", "representatives", "adviser", "advisers", "advisor", "advisors", "camp",
})

ORG_HEADS: frozenset[str] = frozenset({
    "ministry", "department", "government", "administration", "agency", "office", "company", "firm",
    "group", "party", "committee", "commission", "council", "court", "army", "military", "police",
    "campaign", "union", "association", "organization", "organisation", "board", "bank", "embassy",
    "white house", "kremlin", "pentagon", "congress", "senate", "house", "parliament", "coalition",
    "foundation", "institute", "university", "hospital", "service", "services", "authority",
    "authorities", "team", "club", "league", "network", "corporation", "bureau", "fund",
})

# Abbreviated titles and ranks written before a name ("Lt. Jane Roe", "Const. John Doe"): one word
# with its full stop, which never ends a sentence. spaCy's English tokenizer already keeps some whole
# ("Gen.", "Gov.", "Sen.", "Rep.", "Adm.", "Rev.", "Dr.", "Mr."); the others it cuts as "Lt" + ".", and
# the sentence then ends after the title, losing the person's role. The pack's tokenizer takes these
# whole (:attr:`recoupe.lang.Pack.abbreviations`). Titles only: "Sr.", "Col." for a state, "Sec."
# for seconds can end a sentence and are left out.
TITLE_ABBREVIATIONS: frozenset[str] = frozenset({
    # police and armed forces ranks
    "Lt.", "Lieut.", "Sgt.", "Const.", "Capt.", "Cpt.", "Cpl.", "Pvt.", "Pfc.", "Spc.", "Maj.", "Brig.",
    "Cmdr.", "Cdr.", "Comdr.", "Cmdt.", "Det.", "Insp.", "Supt.", "Adm.", "Gen.",
    # offices and the clergy
    "Gov.", "Sen.", "Rep.", "Atty.", "Asst.", "Amb.", "Pres.", "Hon.", "Rt.", "Rev.", "Fr.", "Msgr.",
})

# Ranks only a police force gives: an officer so titled speaks for the force (« Const. Jane Roe said »
# and « police said » are one source, recoupe.claims.status). Ranks several forces share (sergeant,
# lieutenant, captain) name none: their force must be written with them (« Harbor Police Lt. »);
# nor do inspector and superintendent, which schools, health boards and fire services give too.
POLICE_RANKS: frozenset[str] = frozenset({"constable", "const", "detective", "det"})

# The prefixes of a ship's name (« HMS Kent », « the MV Aria »): the model may tag the name as a person's,
# but a ship speaks for no one, and « he added » never stands for it. Matched as written (upper case).
SHIP_PREFIXES: frozenset[str] = frozenset({
    "USS", "HMS", "INS", "MV", "M/V", "RMS", "HMCS", "HMAS", "HMNZS", "USNS", "USCGC", "RV", "HNLMS", "FGS",
})

# Bodies whose officers speak for them, when a person's role or attribution names one (« Harbor
# Police Lt. », « Navy Vice Adm. »): the head noun an unnamed voice of that body is keyed on.
SPEAKING_BODIES: frozenset[str] = frozenset({"police", "navy", "army", "military", "patrol"})

# A noun after a body's name that makes it another body (« police union », « Army Corps of
# Engineers », « Police Federation »): its officers do not speak for the force.
OTHER_BODY_HEADS: frozenset[str] = frozenset({
    "union", "unions", "federation", "association", "watchdog", "commission", "corps", "academy", "college",
    "foundation", "league", "museum", "veterans", "band", "club", "charity",
})

# Words that put a person outside the body their rank names (« retired detective », « former police
# officer », « ex-army captain »).
FORMER_MARKERS: frozenset[str] = frozenset({"former", "retired", "ex", "onetime", "erstwhile"})

HONORIFICS: frozenset[str] = frozenset({
    "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Sen.", "Rep.", "Gov.", "Gen.", "Prof.",
    "President", "Sir", "Lord", "Lady", "Senator", "Governor", "Secretary",
})

# Prepositions and adverbs that end a source phrase ("the ministry in a statement", "police on
# Tuesday", "the company via Twitter").
SOURCE_ADJUNCT_WORDS: frozenset[str] = frozenset({
    "in", "on", "at", "during", "via", "through", "after", "before", "while", "when", "late", "early",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
    "tonight", "also", "then", "later", "earlier", "again", "however", "previously", "recently",
})

# Prepositions that name the medium words were given to ("told Reuters", "said on CNN", "in an
# interview with the BBC", "said to reporters").
RELAY_PREPS: frozenset[str] = frozenset({"on", "to", "with", "in"})

FIRST_PERSON: frozenset[str] = frozenset({"i", "me", "my", "mine", "we", "us", "our", "ours"})

# Rubrics that open a headline before a colon ("Analysis: ...", "Watch: ..."): a genre, not a
# source whose words the rest of the headline gives.
HEADLINE_RUBRICS: frozenset[str] = frozenset({
    "analysis", "opinion", "editorial", "commentary", "column", "review", "watch", "video", "videos",
    "photos", "photo", "gallery", "live", "update", "updated", "exclusive", "breaking", "explainer",
    "factbox", "timeline", "fact", "check", "recap", "preview", "podcast", "listen", "read", "correction",
    "q&a", "quiz", "obituary", "profile", "feature", "news", "report", "briefing",
})

# Words that give a named person's gender when they title or describe the name ("Mrs. Doe",
# "spokeswoman Jane Doe", "Jane Doe, a congresswoman from Ohio,", "his wife, Jane"): "he" and
# "she" then stand only for people of their gender. English words, no names.
GENDERED_WORDS: dict[str, str] = {
    **dict.fromkeys(("mr", "mr.", "sir", "lord", "king", "prince", "duke", "emperor", "father", "son",
                     "brother", "husband", "uncle", "nephew", "grandfather", "grandson", "boyfriend",
                     "man", "boy", "gentleman", "spokesman", "congressman", "chairman", "businessman",
                     "councilman", "assemblyman", "alderman", "anchorman", "sportsman", "congressmen",
                     "widower", "fiancé", "monk", "priest", "pope", "bishop",
                     "archbishop", "rabbi", "imam", "nobleman", "statesman", "frontman", "cameraman",
                     "policeman", "fireman", "fisherman", "craftsman", "salesman", "brother-in-law",
                     "father-in-law", "son-in-law", "stepfather", "stepson", "dad", "grandpa"), "Masc"),
    **dict.fromkeys(("mrs", "mrs.", "ms", "ms.", "miss", "lady", "dame", "queen", "princess", "duchess",
                     "empress", "mother", "daughter", "sister", "wife", "aunt", "niece", "grandmother",
                     "granddaughter", "girlfriend", "woman", "girl", "spokeswoman", "congresswoman",
                     "chairwoman", "businesswoman", "councilwoman", "assemblywoman", "anchorwoman",
                     "sportswoman", "widow", "fiancée", "actress", "waitress", "hostess", "nun",
                     "policewoman", "saleswoman", "stateswoman", "sister-in-law", "mother-in-law",
                     "daughter-in-law", "stepmother", "stepdaughter", "mom", "grandma", "heiress"), "Fem"),
}

# Nouns of things that carry words, beyond the documents above: a participle on them reports for
# them ("a tweet attacking X", "an ad saying that ...", "a video showing X", "posts calling for").
CARRIER_NOUNS: frozenset[str] = frozenset({
    "tweet", "post", "posting", "message", "ad", "advertisement", "commercial", "video", "clip", "email",
    "e-mail", "speech", "remark", "comment", "op-ed", "editorial", "column", "article", "story", "book",
    "interview", "paper", "petition", "resolution", "bill", "law", "platform", "website", "campaign",
})
# The words that open a list of some of those the content speaks of (« Two men were arrested, one of them X, a
# spokesman said »): a name after them is one of those listed, not the speaker whose verb follows; the role phrase
# after its comma is that verb's subject, not the name's apposition (recoupe.nlp.extract).
INCLUSION_CUES: tuple[str, ...] = ("one of them", "one of whom", "among them", "among whom", "including")
