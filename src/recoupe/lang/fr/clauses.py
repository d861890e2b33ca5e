"""Words that tell a clause cut out of its sentence which states no fact on its own (read by
:mod:`recoupe.claims.shown`, which picks the claim a group is shown by): a relative clause
(« qui a fermé l'usine »), an infinitive (« de fermer l'usine »), a bare noun list."""

# A clause opening on one of these is a relative clause: its subject is a word outside it.
RELATIVE_OPENERS: frozenset[str] = frozenset({
    "qui", "dont", "où", "lequel", "laquelle", "lesquels", "lesquelles", "auquel", "auxquels",
    "auxquelles", "duquel", "desquels", "desquelles",
})

# A clause opening on « que » is a relative one (« que le club prépare ») or the content of a verb
# outside it (« qu'elle viendrait »: who tells it is not in the clause); « ce que », « ce qui » open a
# free relative (« ce qu'on en sait »). Neither reads alone.
QUE: frozenset[str] = frozenset({"que", "qu"})
FREE_RELATIVE_HEADS: frozenset[str] = frozenset({"ce"})

# A clause opening on « si » (« s'il », « s'ils ») is a condition: it states nothing happened.
CONDITION_OPENERS: frozenset[str] = frozenset({"si"})
CONDITION_ELIDED: frozenset[tuple[str, str]] = frozenset({("s", "il"), ("s", "ils")})

# Words before an infinitive that opens the clause (« de fermer », « afin de », « après avoir fermé »)
# and the clitics that may stand between them and the verb (« de le fermer », « pour s'en aller »).
INFINITIVE_MARKERS: frozenset[str] = frozenset({"de", "d", "à", "pour", "afin", "sans", "après", "avant", "par"})
CLITICS: frozenset[str] = frozenset({
    "ne", "n", "se", "s", "le", "la", "les", "l", "en", "y", "lui", "leur", "me", "m", "te", "t", "nous", "vous",
})
# the auxiliaries of a past infinitive (« après avoir fermé ») and the causatives before another infinitive
# (« de faire fermer l'usine », « de laisser partir »): the clause's verb is the second one
INFINITIVE_AUXILIARIES: frozenset[str] = frozenset({"avoir", "être", "faire", "laisser"})
# personal and demonstrative pronouns a clause's recovered subject may be (« qu'elle avait fermé »): they
# name no one until resolved; and the determiners before a subject's noun (« la tempête »)
SUBJECT_PRONOUNS: frozenset[str] = frozenset({
    "il", "elle", "ils", "elles", "on", "ce", "c", "cela", "ça", "ceci", "celui", "celle", "ceux", "celles", "lui",
    "eux", "nous", "vous", "je", "j", "tu", "ca",
})
DETERMINERS: frozenset[str] = frozenset({
    "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "ce", "cet", "cette", "ces", "son", "sa", "ses",
    "leur", "leurs", "notre", "nos", "votre", "vos",
})


def subject_head(words: list[str]) -> str:
    """The head noun of a subject's words, determiners off: the first (« maire d orlac » -> maire)."""
    return words[0]


# a present participle opening the clause (« ayant fermé l'usine »): no finite verb
NONFINITE_OPENERS: frozenset[str] = frozenset({"ayant", "étant"})
# a gérondif (« en fermant le gymnase »): « en » and the -ant form of the clause's own verb
GERUND_MARKERS: frozenset[str] = frozenset({"en"})
# what opens a clause whose missing subject is the main clause's (« Ayant perdu sa majorité, X a … », « après
# avoir voté, X a … », « en quittant la salle, X a … »), unlike an infinitive's (« X accuse Y d'avoir … »: Y's)
MAIN_SUBJECT_OPENERS: frozenset[str] = frozenset({"ayant", "étant", "après", "en"})
GERUND_ENDING = "ant"
# a clause that opens on a finite verb's form has its subject outside it (« … et 300 habitants | ont quitté
# leurs maisons », « la loi devait … et | prévoyait … »): the auxiliaries of « avoir » and « être », and the
# endings of the imperfect (« prévoyait ») after the clause's own verb's stem. A question's inversion
# (« est-il … ») is read by the word after the form
FINITE_OPENERS: frozenset[str] = frozenset({
    "a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient", "eut", "eurent",
    "est", "sont", "était", "étaient", "sera", "seront", "serait", "seraient", "fut", "furent",
})
FINITE_ENDINGS: tuple[str, ...] = ("ait", "aient")
INVERTED_SUBJECTS: frozenset[str] = frozenset({"il", "elle", "ils", "elles", "on", "ce", "t"})
# the endings of a past participle, accents kept: a headline's « Usine fermée » or « Accord conclu » has no finite
# verb. Not « -ue », « -ie », « -t », « -te »: present tenses end so too (« la grève continue », « il quitte »)
PARTICIPLE_ENDINGS: tuple[str, ...] = ("é", "ée", "és", "ées", "i", "is", "u", "us", "its", "ites")
COMPLEMENT_OPENERS: frozenset[str] = frozenset()  # « que » is in QUE: a fragment wherever it stands
# a subordinate clause (« alors que le port avait été inondé »): the fact it serves is in the main clause
SUBORDINATE_OPENERS: frozenset[tuple[str, ...]] = frozenset({
    ("lorsque",), ("lorsqu",), ("quand",), ("puisque",), ("puisqu",), ("parce", "que"), ("parce", "qu"),
    ("alors", "que"), ("alors", "qu"), ("tandis", "que"), ("tandis", "qu"),
})

# the endings of a French verb's lemma (its infinitive); a claim whose predicate has none of them and
# that holds no form of « être » was read from a clause with no verb (« Retraites, niches fiscales »:
# the parser took a noun as its head). With a copula the head is its attribute (« la dette est
# élevée »: predicate « élevé »), a clause that states a fact.
VERB_LEMMA_ENDINGS: tuple[str, ...] = ("er", "ir", "ïr", "re", "oir")
COPULA_FORMS: frozenset[str] = frozenset({
    "est", "sont", "était", "étaient", "été", "sera", "seront", "serait", "seraient", "soit", "soient",
    "fut", "furent", "suis", "es", "sommes", "êtes", "étais", "serons", "serez", "devient", "deviennent",
    "devenu", "devenue", "devenus", "devenues", "reste", "restent", "semble", "semblent", "paraît",
})
# forms above that are also nouns, and the words before them that make them one: « l'été », « cet été »
# (summer), « le reste » (the rest), « l'est » (the east); « a été » stays a copula
NOUN_LOOKALIKES: dict[str, frozenset[str]] = {
    "été": frozenset({"l", "cet", "d", "de", "un", "chaque", "bel"}),
    "reste": frozenset({"le", "du", "au", "un"}),
    "est": frozenset({"l"}),
}

# A relative clause told as an earlier occurrence of its sentence's deed (read on folded text by
# :mod:`recoupe.claims.contradictions`): a pluperfect or imperfect auxiliary (« qui avait noyé »), its own time
# before now (« l'été dernier », « il y a deux ans », « en 2018 »); a repetition told in the main clause (« a de
# nouveau noyé »). Without such a mark the clause tells today's deed, and its figure is today's.
EARLIER_CLAUSE = (r"\b(?:avait|avaient|etait|etaient|eut|eurent)\b"
                  r"|\b(?:an|annee|mois|semaine|ete|hiver|printemps|automne|saison) (?:dernier|derniere|precedent"
                  r"|precedente)\b|\bil y a (?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quelques"
                  r"|plusieurs) |\ben (?:19|20)\d\d\b|\b(?:auparavant|precedemment)\b")
REPEATED_DEED = r"\b(?:de nouveau|a nouveau|une nouvelle fois|encore une fois)\b"

# words that open a prepositional phrase or a clause read as a verb's object (« juge dans un bilan que… »,
# « victime d'un piratage »): not the thing acted on. « des » is left out: it is also the plural article.
NOT_OBJECT_OPENERS: frozenset[str] = frozenset({"de", "d'", "d’", "du", "à", "au", "aux", "dans", "sur", "pour", "par",
                                                "en", "avec", "sans", "contre", "vers", "chez", "entre", "que", "qu'",
                                                "qu’", "si"})
# the words opening a noun's complement (« le maire d'Orlac », "the mayor of Orlac"): a relative clause's
# antecedent may stand before one (recoupe.claims.shown.shown_text); not a noun phrase's first word
NOUN_COMPLEMENT_OPENERS: frozenset[str] = frozenset({"de", "d", "du", "des"})
# prepositions: a noun phrase after one is the complement of the noun before it (« la panne du réseau qui
# … »), whose phrase a relative clause's antecedent may open (recoupe.claims.shown.shown_text)
PREPOSITIONS: frozenset[str] = frozenset({
    "à", "au", "aux", "de", "d", "du", "des", "dans", "sur", "sous", "avec", "sans", "pour", "par", "contre", "après",
    "avant", "entre", "vers", "chez", "en",
})

# prepositions that open where an act happens or whom it bears on (« à Lorvel », « contre la Norvie », « en
# Italie »): a name after one is the act's place or target (recoupe.claims.status, two languages' accounts)
PLACE_PREPOSITIONS: frozenset[str] = frozenset({"à", "au", "aux", "en", "dans", "contre", "vers", "sur"})

# a negation or a cleft before a relative clause's antecedent (« Ce n'est pas le maire qui … ») may deny that
# the antecedent is the clause's subject: the clause is then shown alone (recoupe.claims.shown.shown_text)
NEGATIONS: frozenset[str] = frozenset({"ne", "n", "pas", "jamais", "nullement", "aucun", "aucune", "ni"})
CLEFT_OPENERS: frozenset[tuple[str, str]] = frozenset({
    ("c", "est"), ("c", "etait"), ("c", "etaient"), ("ce", "sont"), ("ce", "fut"), ("ce", "n"), ("ce", "ne"),
})


# the suffixes that derive one actor's nouns from one stem (« maire » / « mairie », « préfet » / « préfecture »,
# « police » / « policiers »), folded, for telling one doer named two ways from two doers whose nouns only
# share a start (« commune » / « commission »)
ACTOR_SUFFIXES: frozenset[str] = frozenset({
    "", "s", "x", "e", "es", "ie", "et", "ecture", "ier", "iers", "ler", "lers", "re", "ere",
})


# kinds of thing of which two members are never one thing, whatever else two accounts share: a pool is no gym,
# a pedestrian no cyclist, diesel no electricity (« le maire a fermé la piscine » / « … le gymnase »; « le prix du
# gazole » / « … de l'électricité »). Only kinds no writer names one by the other's word (not « médiathèque » /
# « bibliothèque », nor « motard » / « motocycliste »: one thing by two words; not « école », which names any
# school, « un lycée » too); folded, singular
KINDS_APART: tuple[frozenset[str], ...] = (
    # not « cathédrale »: a cathedral is a church (« la cathédrale Saint-X » / « l'église Saint-X »)
    frozenset({"piscine", "gymnase", "stade", "patinoire", "creche", "college", "lycee", "musee", "theatre",
               "cinema", "gare", "eglise", "mosquee", "synagogue"}),
    frozenset({"pieton", "cycliste", "motard", "automobiliste"}),
    frozenset({"gazole", "essence", "electricite", "fioul"}),
)


# the modifiers of a doer's head that name a level of government, one level a set (« le conseil départemental » /
# « le conseil municipal »: two bodies); any other modifier describes one person or body (« le maire sortant » /
# « le maire socialiste »). A town's words are one level (« la police municipale » / « la police locale »); folded
GOVERNMENT_LEVELS: tuple[frozenset[str], ...] = (
    frozenset({"municipal", "municipale", "municipaux", "municipales", "communal", "communale", "communaux",
               "communales", "local", "locale", "locaux", "locales"}),
    frozenset({"intercommunal", "intercommunale", "intercommunaux", "intercommunales"}),
    frozenset({"departemental", "departementale", "departementaux", "departementales"}),
    frozenset({"regional", "regionale", "regionaux", "regionales"}),
    frozenset({"national", "nationale", "nationaux", "nationales"}),
    frozenset({"federal", "federale", "federaux", "federales"}),
    frozenset({"europeen", "europeenne", "europeens", "europeennes"}),
)

# a council: a body of any level, no office of its own (« le conseil municipal » / « la mairie »: one town's), and
# its members, who are not the council (« le conseiller municipal » / « le conseil municipal »); folded
COUNCIL_HEADS: frozenset[str] = frozenset({"conseil", "conseils"})
COUNCIL_MEMBERS: frozenset[str] = frozenset({"conseiller", "conseillers", "conseillere", "conseilleres"})

# nouns of a place, for a doer's complement: « le maire de la ville » / « … de la commune » name one
# office by two words of its town; folded
PLACE_NOUNS: frozenset[str] = frozenset({
    "ville", "commune", "village", "bourg", "cite", "localite", "agglomeration", "metropole", "quartier",
    "arrondissement", "canton", "departement", "region", "territoire", "pays", "ile", "province", "etat",
})

# offices whose holder is set by a place, told by the title alone: two articles of two places name two people.
# A town's or a building's (a mayor, a hospital's or a school's head), and a wider area's (a department's prefect,
# a court's prosecutor), whose holder two near towns share. Not a national office (ministre, président)
TOWN_OFFICES: frozenset[str] = frozenset({
    "maire", "mairesse", "directeur", "directrice", "proviseur", "proviseure", "curé", "commissaire",
    # a town's office told by its body or by another title (« la mairie », « l'édile », « le bourgmestre »)
    "mairie", "édile", "bourgmestre",
})
DISTRICT_OFFICES: frozenset[str] = frozenset({
    "procureur", "procureure", "préfet", "préfète", "sous-préfet", "sous-préfète",
    "parquet", "préfecture", "sous-préfecture",  # the office told by its body
})
# the modifiers that make one of those offices national or not a place's (« le procureur national
# antiterroriste », « le directeur général »)
NATIONAL_OFFICE_WORDS: frozenset[str] = frozenset({"national", "nationale", "général", "générale"})
