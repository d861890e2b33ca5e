"""Classes of French news predicates that state the same kind of event in other words.

Two claims in different articles rarely share their verb: « Moscou cherche à obtenir des obus »,
« la Russie envisage d'acquérir des obus ». Claim grouping adds the class of a predicate to its
words so that such paraphrases meet. Lemmas (infinitives or nouns), grouped by meaning. Nouns that
name what is counted (« morts », « grévistes », « blessés », « vols ») are not listed: contradiction
checks compare figures of the same counted thing and read classed words as the action, not as the
thing.
"""

PREDICATE_CLASSES: dict[str, frozenset[str]] = {
    "travel": frozenset({"rendre", "aller", "voyager", "visiter", "visite", "voyage", "déplacement", "déplacer",
                         "arriver", "arrivée", "venir", "partir", "rejoindre", "séjourner", "effectuer"}),
    "meet": frozenset({"rencontrer", "rencontre", "réunir", "réunion", "entretenir", "entretien", "recevoir",
                       "sommet", "retrouver", "discuter", "discussion", "négocier", "négociation", "aborder",
                       "évoquer"}),
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
    "kill": frozenset({"tuer", "mort", "mourir", "décéder", "décès", "victime", "périr", "succomber", "mortel",
                       "noyer", "noyade"}),
    "injure": frozenset({"blesser", "blessure", "hospitaliser", "hospitalisation"}),
    "arrest": frozenset({"interpeller", "interpellation", "arrêter", "arrestation", "écrouer", "incarcérer",
                         "inculper", "mettre_en_examen"}),
    "cancel": frozenset({"annuler", "annulation", "supprimer", "suppression", "reporter", "report", "ajourner"}),
    "steal": frozenset({"voler", "dérober", "pirater", "piratage", "extraire", "extraction", "fuite",
                        "cambrioler", "cambriolage", "dérobé"}),
    "recover": frozenset({"récupérer", "restituer", "restitution"}),
    "burn": frozenset({"brûler", "ravager", "incendier", "embraser", "détruire", "calciner"}),
    "extinguish": frozenset({"éteindre", "maîtriser", "circonscrire"}),
    "strike": frozenset({"grève", "débrayer", "débrayage", "mobiliser", "mobilisation", "manifester",
                         "manifestation"}),
    "evacuate": frozenset({"évacuer", "évacuation", "fuir"}),
    "admit": frozenset({"avouer", "aveu", "admettre", "reconnaître", "plaider"}),
    "quake": frozenset({"séisme", "tremblement", "secousse", "secouer", "trembler"}),
    "announce": frozenset({"annoncer", "annonce", "déclarer", "déclaration", "affirmer", "indiquer", "confirmer"}),
    "violate": frozenset({"violer", "violation", "enfreindre", "bafouer"}),
    "cooperate": frozenset({"coopérer", "coopération", "rapprocher", "rapprochement", "allier", "alliance",
                            "partenariat", "soutenir", "soutien"}),
}

CLASS_OF: dict[str, str] = {lemma: name for name, lemmas in PREDICATE_CLASSES.items() for lemma in lemmas}
