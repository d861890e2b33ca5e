"""Classes of French news predicates that state the same kind of event in other words.

Two claims in different articles rarely share their verb: « Moscou cherche à obtenir des obus »,
« la Russie envisage d'acquérir des obus ». Claim grouping adds the class of a predicate to its
words so that such paraphrases meet. Lemmas (infinitives or nouns), grouped by meaning.
"""

PREDICATE_CLASSES: dict[str, frozenset[str]] = {
    "travel": frozenset({"rendre", "aller", "voyager", "visiter", "visite", "voyage", "déplacement", "déplacer",
                         "arriver", "arrivée", "venir", "partir", "rejoindre", "séjourner", "effectuer"}),
    "meet": frozenset({"rencontrer", "rencontre", "réunir", "réunion", "entretenir", "entretien", "recevoir",
                       "sommet", "retrouver", "discuter", "discussion", "négocier", "négociation", "aborder", "évoquer"}),
    "supply": frozenset({"livrer", "livraison", "fournir", "fourniture", "envoyer", "envoi", "vendre", "vente",
                         "exporter", "exportation", "transférer", "transfert", "céder", "approvisionner",
                         "commerce", "trafic", "armement"}),
    "obtain": frozenset({"obtenir", "acquérir", "acquisition", "procurer", "acheter", "achat", "importer",
                         "solliciter", "chercher", "quête", "souhaiter", "vouloir", "intéresser"}),
    "deny": frozenset({"nier", "démentir", "démenti", "réfuter", "contester", "rejeter"}),
    "accuse": frozenset({"accuser", "accusation", "dénoncer", "reprocher", "soupçonner", "condamner", "fustiger"}),
    "warn": frozenset({"menacer", "menace", "avertir", "avertissement", "mettre_en_garde", "alerter", "sommer"}),
    "sanction": frozenset({"sanctionner", "sanction", "punir", "interdire", "embargo", "geler"}),
    "attack": frozenset({"attaquer", "attaque", "frapper", "frappe", "bombarder", "bombardement", "tirer", "tir"}),
    "kill": frozenset({"tuer", "mort", "mourir", "décéder", "décès", "victime", "périr"}),
    "announce": frozenset({"annoncer", "annonce", "déclarer", "déclaration", "affirmer", "indiquer", "confirmer"}),
    "violate": frozenset({"violer", "violation", "enfreindre", "bafouer"}),
    "cooperate": frozenset({"coopérer", "coopération", "rapprocher", "rapprochement", "allier", "alliance",
                            "partenariat", "soutenir", "soutien"}),
}

CLASS_OF: dict[str, str] = {lemma: name for name, lemmas in PREDICATE_CLASSES.items() for lemma in lemmas}
