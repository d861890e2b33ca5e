"""A crude English stem for search: "negotiations", "negotiation", "negotiated" share "negotiat",
which the search index then finds as a prefix (:mod:`recoupe.web.search`)."""

from __future__ import annotations

from recoupe.lang.stemming import SuffixStemmer

SUFFIXES: frozenset[str] = frozenset({
    "ations", "ation", "ements", "ement", "ments", "ment", "ings", "ing", "ions", "ion", "ness", "ities",
    "ity", "ives", "ive", "ers", "er", "ies", "ied", "ed", "es", "ly", "s",
})

stem = SuffixStemmer(SUFFIXES)

# The endings a regular verb takes after its lemma (« tow » -> « towed », « tows », « towing »): with a
# final « e » dropped (« raise » -> « raised »), a final « y » made « i » (« try » -> « tried ») or a last
# consonant doubled (« stop » -> « stopped »). Irregular forms (« won ») are not read.
VERB_ENDINGS: frozenset[str] = frozenset({"s", "es", "d", "ed", "ing"})

# Irregular forms of common verbs (past, participle, third person), each to its lemma: a verb the
# endings above do not reach (« found », « had », « won »).
IRREGULAR_VERB_FORMS: dict[str, str] = {
    form: lemma for lemma, forms in {
        "be": ("is", "are", "was", "were", "been", "am"), "have": ("has", "had"), "do": ("does", "did", "done"),
        "go": ("goes", "went", "gone"), "say": ("said",), "make": ("made",), "take": ("took", "taken"),
        "get": ("got", "gotten"), "give": ("gave", "given"), "see": ("saw", "seen"), "come": ("came",),
        "know": ("knew", "known"), "tell": ("told",), "hold": ("held",), "leave": ("left",), "keep": ("kept",),
        "bring": ("brought",), "buy": ("bought",), "build": ("built",), "send": ("sent",), "spend": ("spent",),
        "lose": ("lost",), "pay": ("paid",), "meet": ("met",), "run": ("ran",), "win": ("won",),
        "begin": ("began", "begun"), "fall": ("fell", "fallen"), "shoot": ("shot",), "sell": ("sold",),
        "lead": ("led",), "stand": ("stood",), "catch": ("caught",), "fight": ("fought",), "flee": ("fled",),
        "steal": ("stole", "stolen"), "break": ("broke", "broken"), "write": ("wrote", "written"),
        "speak": ("spoke", "spoken"), "rise": ("rose", "risen"), "drive": ("drove", "driven"),
        "strike": ("struck", "stricken"), "sink": ("sank", "sunk"), "hide": ("hid", "hidden"),
        "choose": ("chose", "chosen"), "freeze": ("froze", "frozen"), "throw": ("threw", "thrown"),
        "grow": ("grew", "grown"), "draw": ("drew", "drawn"), "fly": ("flew", "flown"), "feel": ("felt",),
        "think": ("thought",), "teach": ("taught",), "seek": ("sought",), "sit": ("sat",), "lay": ("laid",),
        "lie": ("lay", "lain"), "mean": ("meant",), "hear": ("heard",), "bear": ("bore", "borne", "born"),
        "wear": ("wore", "worn"), "swear": ("swore", "sworn"), "tear": ("tore", "torn"),
        "shake": ("shook", "shaken"), "hang": ("hung",), "feed": ("fed",), "bleed": ("bled",),
        "deal": ("dealt",), "dig": ("dug",), "stick": ("stuck",), "wake": ("woke", "woken"),
        "ride": ("rode", "ridden"), "arise": ("arose", "arisen"), "become": ("became",),
        "withdraw": ("withdrew", "withdrawn"), "beat": ("beaten",), "find": ("found",), "eat": ("ate", "eaten"),
        "forget": ("forgot", "forgotten"), "bite": ("bit", "bitten"), "swim": ("swam", "swum"),
        "sing": ("sang", "sung"), "ring": ("rang", "rung"), "drink": ("drank", "drunk"), "light": ("lit",),
        "slide": ("slid",), "understand": ("understood",), "overtake": ("overtook", "overtaken"),
    }.items() for form in forms
}
