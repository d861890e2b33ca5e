"""French reporting verbs (verba dicendi and their news-register relatives), by lemma.

A clause governed by one of these verbs is attributed to the verb's subject. The value says what
the verb does to the certainty of what it reports: ``reported`` (neutral), ``denied`` (the source
rejects the content), ``speculative`` (the source only supposes it).
"""

REPORTING_VERBS: dict[str, str] = {
    # neutral saying
    "affirmer": "reported", "déclarer": "reported", "dire": "reported", "indiquer": "reported",
    "assurer": "reported", "annoncer": "reported", "expliquer": "reported", "préciser": "reported",
    "ajouter": "reported", "souligner": "reported", "rapporter": "reported", "confirmer": "reported",
    "répondre": "reported", "raconter": "reported", "révéler": "reported", "écrire": "reported",
    "signaler": "reported", "rappeler": "reported", "insister": "reported", "estimer": "reported",
    "juger": "reported", "considérer": "reported", "penser": "reported", "croire": "speculative",
    "observer": "reported", "noter": "reported", "relever": "reported",
    "avertir": "reported", "prévenir": "reported", "alerter": "reported", "accuser": "reported",
    "dénoncer": "reported", "condamner": "reported", "fustiger": "reported", "critiquer": "reported",
    "reconnaître": "reported", "admettre": "reported", "avouer": "reported", "constater": "reported",
    "commenter": "reported", "déplorer": "reported", "regretter": "reported", "s'inquiéter": "reported",
    "inquiéter": "reported", "alarmer": "reported", "promettre": "reported", "menacer": "reported",
    "exiger": "reported", "demander": "reported", "appeler": "reported", "sommer": "reported",
    "exhorter": "reported", "réclamer": "reported", "marteler": "reported", "répéter": "reported",
    "lancer": "reported", "poursuivre": "reported", "conclure": "reported", "témoigner": "reported",
    "citer": "reported", "publier": "reported", "informer": "reported", "mentionner": "reported",
    "évoquer": "reported", "prétendre": "speculative", "soutenir": "reported", "clamer": "reported",
    "proclamer": "reported", "suggérer": "speculative",
    # a count given by whoever counted (« la police dénombre un mort et trois blessés »)
    "dénombrer": "reported", "recenser": "reported", "comptabiliser": "reported", "chiffrer": "reported",
    # advice and analysis (« ..., conseille le médecin », « ..., analyse l'économiste »)
    "conseiller": "reported", "recommander": "reported", "préconiser": "reported", "analyser": "reported",
    # incises of the quoted voice (« …, glisse-t-il », « …, soupire-t-elle »)
    "glisser": "reported", "lâcher": "reported", "soupirer": "reported", "confier": "reported",
    "résumer": "reported", "tempêter": "reported", "s'agacer": "reported", "ironiser": "reported",
    "plaider": "reported", "s'exclamer": "reported", "s'étonner": "reported", "détailler": "reported",
    "argumenter": "reported", "objecter": "reported", "rétorquer": "reported", "renchérir": "reported",
    "nuancer": "reported", "trancher": "reported", "énumérer": "reported", "justifier": "reported",
    "émouvoir": "reported", "s'émouvoir": "reported", "insurger": "reported", "s'insurger": "reported",
    "tempérer": "reported", "certifier": "reported", "signifier": "reported", "communiquer": "reported",
    "réjouir": "reported", "se réjouir": "reported", "indigner": "reported", "s'indigner": "reported",
    "énerver": "reported", "emporter": "reported", "offusquer": "reported",  # reflexive only (below)
    "saluer": "reported",  # as an incise only (below)
    # expectations (« les économistes tablaient sur une croissance de … »): what they expect, not a fact
    "tabler": "speculative",
    "supposer": "speculative", "soupçonner": "speculative", "craindre": "speculative",
    "redouter": "speculative", "espérer": "speculative", "prédire": "speculative",
    # rejecting
    "nier": "denied", "démentir": "denied", "réfuter": "denied", "contester": "denied",
    "rejeter": "denied", "récuser": "denied", "refuser": "denied",
}

# Verbs a headline puts after its quotation to say who voiced it, besides the reporting verbs
# (« "..." : une commune revendique ... », « "..." : les anciens élèves réagissent »): their subject,
# whatever its noun, is the quotation's voice.
HEADLINE_VOICE_VERBS: frozenset[str] = frozenset({
    "réagir", "revendiquer", "répliquer", "riposter", "protester", "exprimer", "s'exprimer", "interpeller",
    "prévenir", "s'alarmer", "s'émouvoir", "s'insurger", "s'indigner", "se confier", "raconter", "témoigner",
    "s'inquiéter",
})

# Verbs of feeling whose object is who feels (« la fermeture du lycée inquiète les parents », « le
# départ du joueur secoue le club »): in a headline clause after a quotation whose subject names no
# one (a thing, an event), the people the verb affects are the quotation's voice.
AFFECTING_VERBS: frozenset[str] = frozenset({
    "secouer", "choquer", "émouvoir", "indigner", "inquiéter", "révolter", "agacer", "irriter", "exaspérer",
    "scandaliser", "bouleverser", "attrister", "réjouir", "ravir", "séduire", "attirer", "diviser",
    "surprendre", "étonner", "stupéfier", "consterner", "désoler", "préoccuper", "alarmer", "effrayer",
    "décevoir", "enthousiasmer", "enchanter", "fâcher", "intriguer", "heurter", "ulcérer", "déconcerter",
    "amuser", "émerveiller", "endeuiller", "affliger", "frustrer", "énerver", "passionner", "rassurer",
    "soulager", "attendrir", "agiter", "crisper", "embarrasser", "gêner", "angoisser", "effarer",
})

# Verbs that say what someone feels with a complement after their object or before it (« met les
# riverains en colère », « laisse pantois les habitants », « plonge la ville dans la stupeur »).
AFFECTING_FRAME_VERBS: frozenset[str] = frozenset({"mettre", "laisser", "plonger", "rendre"})

# Verbs of issuing a text or a message (« la préfecture a émis une alerte », « le syndicat a publié
# un communiqué »): their subject is the text's author, whose words the text speaks.
ISSUING_VERBS: frozenset[str] = frozenset({
    "émettre", "publier", "diffuser", "adresser", "envoyer", "lancer", "signer", "rédiger", "déposer",
    "transmettre", "poster", "partager", "écrire",
})

# Verbs whose content is a prepositional object (« tabler sur X »), not a clause.
PREP_CONTENT_VERBS: frozenset[str] = frozenset({"tabler"})

# Reporting verbs only in their reflexive form (« "...", se défend le père »; « défendre un projet » says nothing).
REFLEXIVE_ONLY: frozenset[str] = frozenset({"défendre", "énerver", "emporter", "offusquer"})

# Reporting verbs only as an incise (« "...", a salué l'équipe »; « saluer la décision » reports no words).
INCISE_ONLY: frozenset[str] = frozenset({"saluer"})

# Third-person forms of the irregular reporting verbs, as an incise prints them (« ..., dit X »,
# « ..., poursuit-elle »): the tagger often lemmatises them wrong after a comma (« estime » as a
# noun's lemma); the regular « -er » verbs' forms are derived (:func:`incise_forms`).
IRREGULAR_INCISES: dict[str, str] = {
    "dit": "dire", "disent": "dire", "écrit": "écrire", "écrivent": "écrire", "poursuit": "poursuivre",
    "conclut": "conclure", "reconnaît": "reconnaître", "reconnait": "reconnaître", "admet": "admettre",
    "promet": "promettre", "répond": "répondre", "répondent": "répondre", "soutient": "soutenir",
    "prévient": "prévenir", "avertit": "avertir", "dément": "démentir", "craint": "craindre",
    "croit": "croire", "prédit": "prédire", "prétend": "prétendre", "défend": "défendre",
    "défendent": "défendre", "admettent": "admettre", "reconnaissent": "reconnaître",
}


def incise_forms() -> dict[str, str]:
    """Present and simple-past third-person forms of the ``-er`` reporting verbs (« estime »,
    « estiment », « estima », « rappelle », « révèle »), with the irregular ones: form -> lemma."""
    out: dict[str, str] = {}
    for lemma in REPORTING_VERBS:
        if " " in lemma or "'" in lemma or not lemma.endswith("er"):
            continue
        stem = lemma[:-2]
        stems = {stem}
        if stem.endswith(("el", "et")):
            stems.add(stem + stem[-1])  # rappelle, jette
        if len(stem) > 2 and stem[-2] == "é":
            stems.add(stem[:-2] + "è" + stem[-1])  # révèle, répète
        for st in stems:
            out.setdefault(st + "e", lemma)
            out.setdefault(st + "ent", lemma)
        out.setdefault(stem + ("ça" if stem.endswith("c") else "ea" if stem.endswith("g") else "a"), lemma)
    out.update(IRREGULAR_INCISES)
    return out


# Reporting verbs whose reflexive form says nothing is said: « se révéler » (turn out), « s'annoncer »
# (look set to be), « se confirmer » (be borne out), « se poursuivre » (go on), « s'appeler » (be named).
REFLEXIVE_NOT_REPORTING: frozenset[str] = frozenset({
    "révéler", "annoncer", "confirmer", "poursuivre", "appeler", "lancer", "rappeler", "trouver",
    "présenter", "répéter", "traduire",
})

# Nouns that introduce the source in "selon ...", "d'après ...", "de source ...".
ATTRIBUTION_PREPOSITIONS: tuple[str, ...] = ("selon", "d'après", "d’après", "suivant", "pour")

# "cité par X", "citant X": the relay of a chain of attribution.
RELAY_LEMMAS: frozenset[str] = frozenset({"citer", "relayer", "reprendre"})

# Nominal heads that name an anonymous source ("des sources américaines", "des responsables").
ANONYMOUS_SOURCE_HEADS: frozenset[str] = frozenset({
    "source", "responsable", "officiel", "diplomate", "expert", "analyste", "observateur",
    "témoin", "proche", "entourage", "service", "renseignement", "média", "journal", "agence",
    "spécialiste", "chercheur", "militaire", "haut-fonctionnaire", "fonctionnaire", "interlocuteur",
})
