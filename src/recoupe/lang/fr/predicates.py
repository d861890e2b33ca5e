"""Classes of French news predicates that state the same kind of event in other words.

Two claims in different articles rarely share their verb: « Moscou cherche à obtenir des obus »,
« la Russie envisage d'acquérir des obus ». Claim grouping adds the class of a predicate to its
words so that such paraphrases meet. Lemmas (infinitives or nouns), grouped by meaning. Nouns that
name what is counted (« morts », « grévistes », « blessés », « vols ») are not listed: contradiction
checks compare figures of the same counted thing and read classed words as the action, not as the
thing.
"""

import re

PREDICATE_CLASSES: dict[str, frozenset[str]] = {
    "travel": frozenset({"rendre", "aller", "voyager", "visiter", "visite", "voyage", "déplacement", "déplacer",
                         "arriver", "arrivée", "venir", "partir", "rejoindre", "séjourner", "effectuer"}),
    "meet": frozenset({"rencontrer", "rencontre", "réunir", "réunion", "entretenir", "entretien", "recevoir",
                       "sommet", "discuter", "discussion", "négocier", "négociation", "aborder",
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
                         "inculper", "mettre_en_examen", "appréhender"}),
    # coming back to where one left (« est rentré en France », « revient au club », « son retour »)
    "return": frozenset({"rentrer", "revenir", "retour", "regagner"}),
    # someone held let go (« libéré », « relâché », « remis en liberté »: ``PHRASE_ACTIONS``); a court's
    # « relaxe » (an acquittal) is another fact
    "release": frozenset({"libérer", "libération", "relâcher"}),
    "cancel": frozenset({"annuler", "annulation", "supprimer", "suppression", "reporter", "report", "ajourner"}),
    "steal": frozenset({"voler", "dérober", "pirater", "piratage", "extraire", "extraction", "fuite",
                        "cambrioler", "cambriolage", "dérobé"}),
    # « les tableaux volés ont été retrouvés / récupérés »; « retrouver » someone (a meeting) is the rarer sense
    "recover": frozenset({"récupérer", "restituer", "restitution", "retrouver"}),
    "burn": frozenset({"brûler", "ravager", "incendier", "embraser", "détruire"}),
    "extinguish": frozenset({"éteindre", "maîtriser", "circonscrire"}),
    "strike": frozenset({"grève", "débrayer", "débrayage", "mobiliser", "mobilisation", "manifester",
                         "manifestation"}),
    "evacuate": frozenset({"évacuer", "évacuation", "fuir"}),
    "flood": frozenset({"inonder", "inondation", "submerger", "sinistrer"}),
    "admit": frozenset({"avouer", "aveu", "admettre", "reconnaître", "plaider"}),
    "quake": frozenset({"séisme", "tremblement", "secousse", "secouer", "trembler"}),
    "announce": frozenset({"annoncer", "annonce", "déclarer", "déclaration", "affirmer", "indiquer", "confirmer",
                           "présenter", "dévoiler", "détailler"}),
    "violate": frozenset({"violer", "violation", "enfreindre", "bafouer"}),
    # a contest won (« remporte le titre », « s'adjuge la finale », « décroche l'or », « sacré champion »);
    # « s'offrir » and « s'imposer » are left out: mostly other senses (a gift, a rule imposed); « s'offrir » a
    # prize is read as a phrase (``PHRASE_ACTIONS``)
    "win": frozenset({"remporter", "gagner", "victoire", "vaincre", "triompher", "triomphe", "adjuger", "décrocher",
                      "sacrer", "sacre", "conquérir", "médaille", "médailler"}),
    # leaving a post or a career by one's own decision; a dismissal is another fact (« dismiss »)
    "resign": frozenset({"démissionner", "démission", "retraite", "raccrocher", "retirer"}),
    "dismiss": frozenset({"licencier", "licenciement", "limoger", "limogeage", "congédier", "évincer", "éviction",
                          "démettre"}),
    # a court or a council striking a law down (« censure », « retoque », « invalide » la loi)
    "strike_down": frozenset({"censurer", "retoquer", "invalider", "invalidation"}),
    # someone in danger brought out of it (« une fillette sauvée », « secourue par les pompiers », « le
    # sauvetage de trois randonneurs »); « les secours » (the services) is left out
    "rescue": frozenset({"sauver", "secourir", "sauvetage", "hélitreuiller", "hélitreuillage"}),
    # an aircraft brought down and one vessel sunk: the verb of the one-off event and its nouns
    # (« s'est écrasé » / « le crash de », « a chaviré » / « le naufrage »; ``events.EVENT_VERBS``)
    "crash": frozenset({"écraser", "crash", "crasher", "écrasement"}),
    "sink": frozenset({"chavirer", "sombrer", "naufrage", "chavirage"}),
    "collapse": frozenset({"effondrer", "effondrement", "écrouler", "écroulement"}),
    "cooperate": frozenset({"coopérer", "coopération", "rapprocher", "rapprochement", "allier", "alliance",
                            "partenariat", "soutenir", "soutien", "rallier", "ralliement"}),
}

CLASS_OF: dict[str, str] = {lemma: name for name, lemmas in PREDICATE_CLASSES.items() for lemma in lemmas}

# A light verb and its noun phrase that name one action (a career ended with « mettre un terme à »,
# « mettre fin à », « prendre sa retraite », « tirer sa révérence », « annoncer l'arrêt de »): the
# claim's action is the lemma given, so that it meets the claims that tell the action with its own
# verb (« raccroche »).
# Patterns over folded text (lowercase, no accents, apostrophes and punctuation as spaces), read
# only when the claim's verb is one of LIGHT_VERBS.
LIGHT_VERBS: frozenset[str] = frozenset({"mettre", "prendre", "tirer", "annoncer", "officialiser", "confirmer",
                                         "décider", "acter", "remettre", "offrir", "apporter", "ouvrir", "faire",
                                         "perdre", "devenir"})
_CAREER = r"(?:sa|son|leur)\s+(?:longue\s+|riche\s+|belle\s+)?carriere"
PHRASE_ACTIONS: tuple[tuple[str, str], ...] = (
    (r"\b(?:fin|terme|point\s+final)\s+a\s+" + _CAREER, "retraite"),
    (r"\b(?:fin|terme|arret)\s+(?:definitif\s+|definitive\s+)?de\s+" + _CAREER, "retraite"),
    (r"\b(?:pren\w*|pris)\s+(?:sa|leur)\s+retraite", "retraite"),
    (r"\b(?:annonc\w*|officialis\w*|confirm\w*)\s+(?:sa|leur)\s+retraite", "retraite"),
    # a retirement made known (« fait part de sa retraite », « font part de leur retraite »,
    # « sa retraite a été officialisée »): the retirement itself
    (r"\bf\w*\s+part\s+de\s+(?:la|sa|leur)\s+(?:\w+\s+){0,4}?retraite\b", "retraite"),
    (r"\bretraite\s+(?:sportive\s+|imminente\s+|prochaine\s+){0,2}(?:a\s+ete\s+|est\s+|sera\s+)?"
     r"(?:annonc|officialis|confirm)\w*", "retraite"),
    (r"\btir\w*\s+(?:sa|leur)\s+reverence", "retraite"),
    # a prize one gives oneself (« s'offre le trophée », « s'est offert la couronne »): a contest won
    (r"\b(?:s|se)\s+(?:est\s+|sont\s+|etait\s+|etaient\s+)?off\w*\s+"
     r"(?:le|la|les|l|son|sa|ses|un|une|leur|leurs|premier|premiere|deuxieme|second|\s)+"
     r"(?:titre|trophee|sacre|medaille|victoire|coupe|couronne)s?\b", "remporter"),
    (r"\bremi(?:s|se|ses|t|rent)?\s+en\s+liberte\b|\bremett\w*\s+(?:\w+\s+){0,3}?en\s+liberte\b", "libérer"),
    # support given as a noun (« apporte son soutien à », « a apporté tout son soutien »): supporting
    (r"\bapport\w*\s+(?:tout\s+)?(?:son|sa|leur|un|plein|total)\s+(?:\w+\s+)?soutien\b", "soutenir"),
    # support made known (« annonce son ralliement à », « officialise son soutien », « a confirmé, jeudi, son
    # soutien »): supporting
    (r"\b(?:annonc|officialis|confirm)\w*\s+(?:\w+\s+){0,2}?(?:son|sa|leur)\s+(?:\w+\s+)?(?:soutien|ralliement)\b",
     "soutenir"),
    # a death made known (« annonce le décès », « confirme son décès »): the death itself; not « la
    # mort de », also said of a plan or a project
    (r"\b(?:annonc|confirm|officialis)\w*\s+(?:le|son|leur)\s+deces\b", "décéder"),
    # shots fired (« a ouvert le feu sur », « ouvrent le feu »): shooting, an attack
    (r"\bouv\w*\s+le\s+feu\b", "tirer"),
    # a life lost (« a perdu la vie », « ont perdu la vie »): a death
    (r"\bperd\w*\s+la\s+vie\b", "mourir"),
    # a title won told as who one became (« est devenu champion du monde », « devient championne »)
    (r"\bdev\w*\s+(?:\w+\s+){0,2}?champion(?:ne)?s?\b", "remporter"),
)


# Someone who fell victim to an act (« la mairie, victime d'un vol de fichiers », « victimes d'une
# agression »): the act is the claim's action, not a death. Over lowercased text; the noun after « de »
# is taken when it names an action of a class (``CLASS_OF``), or stands as the action itself.
VICTIM_NOUNS: frozenset[str] = frozenset({"victime"})

# the « kill » class split by who is told: a killing has a killer (« X tue Y »), a death only the dead
# (« Y est mort »); the second does not confirm who killed (claims.status)
KILLING_LEMMAS: frozenset[str] = frozenset({"tuer"})
DEATH_LEMMAS: frozenset[str] = frozenset({"mort", "mourir", "décéder", "décès", "périr", "succomber"})
# event words that tell no event of their own where an article stands: a toll or its victims recalled
# (« les familles des victimes »), a figure of speech (« l'affaire secoue le parti »), a loss (« détruire
# des preuves »), a departure (« fuir la justice »): the places-apart veto of stories does not read them
LOOSE_EVENT_LEMMAS: frozenset[str] = frozenset({"mort", "mortel", "victime", "décès", "secouer", "détruire", "fuir"})
VICTIM_OF = (r"\bvictimes?\s+(?:d['’]\s*|de\s+|du\s+|des\s+)(?:(?:un|une|la|le|les|son|sa|ses)\s+|l['’]\s*)?"
             r"([^\W\d_]+)")

# A toll made by the event (« a fait trois morts », « a causé un décès », « a coûté la vie »):
# the deaths or the injuries themselves, so that the claim meets « trois personnes sont mortes ». Read
# only when the claim's verb is one of TOLL_VERBS (a light verb's phrase elsewhere in the claim,
# a charge for a fire that caused deaths, is not its action).
TOLL_VERBS: frozenset[str] = frozenset({"faire", "causer", "provoquer", "entraîner", "coûter"})
TOLL_PHRASES: tuple[tuple[str, str], ...] = (
    (r"\b(?:fai|fait|font|fera|caus|provoqu|entrain)\w*\s+(?:\w+\s+){0,3}?(?:morts?|deces|victimes?)\b",
     "mourir"),
    (r"\bcout\w*\s+la\s+vie\b", "mourir"),
    (r"\b(?:fai|fait|font|fera|caus|provoqu|entrain)\w*\s+(?:\w+\s+){0,3}?blesses?\b", "blesser"),
)

# The two phases of a process that one account cannot tell as one fact: its start or resumption
# (« la saison a débuté », « les vols reprennent ») and its halt (« les préfets peuvent suspendre
# la saison », « le trafic est interrompu »), however many words of the process they share.
PHASES: dict[str, frozenset[str]] = {
    "start": frozenset({"commencer", "commencement", "débuter", "début", "démarrer", "démarrage", "entamer",
                        "reprendre", "reprise", "inaugurer", "inauguration", "rouvrir", "réouverture"}),
    "halt": frozenset({"suspendre", "suspension", "interrompre", "interruption", "cesser", "cessation",
                       "stopper", "arrêt", "clore", "clôturer", "clôture", "fermer", "fermeture"}),
}

# Outcomes of one event that exclude each other (an aircraft that crashed did not land; someone who
# died did not survive), as patterns over folded text (lowercase, no accents, apostrophes and
# punctuation as spaces). Two accounts of the
# same subject, place and day with incompatible outcomes contradict each other.
OUTCOME_PATTERNS: dict[str, str] = {
    # « a évité le crash », « a échappé au drame »: the crash did not happen (checked first)
    "averted": r"\b(?:evite|evitant|eviter|evitee?s?|echappe|echappant)\s+(?:de\s+justesse\s+)?"
               r"(?:le|l|un|au|a\s+l)\s+(?:crash|drame|catastrophe|accident)",
    "crashed": r"\b(?:s\s+ecras\w*|se\s+sont\s+ecrases?|crashe\w*|s\s+est\s+abime\w*|s\s+abim\w+)",
    "landed": r"\b(?:atterri\w*|s\s+est\s+posee?s?|se\s+pose\w*|se\s+posant|amerri\w*)",
    "died": r"\b(?:est\s+mort|est\s+morte|sont\s+morts?|sont\s+mortes|meurt|meurent|est\s+decedee?|"
            r"ont\s+peri|a\s+peri|a\s+succombe)\b",
    "survived": r"\b(?:s\s+en\s+sor\w+\s+vivante?s?|a\s+survecu|ont\s+survecu|sain\s+et\s+sauf|saine\s+et\s+sauve|"
                r"sains\s+et\s+saufs|indemnes?)\b",
}
INCOMPATIBLE_OUTCOMES: frozenset[frozenset[str]] = frozenset({
    frozenset({"crashed", "landed"}), frozenset({"crashed", "averted"}), frozenset({"died", "survived"}),
})

# Verbs that tell a task brought to its end (« les plongeurs ont achevé le relevé »); negated, or
# after « sans (avoir pu) », they tell it was not (« ils n'ont pas pu terminer le relevé »): two
# accounts of one task of a story, one of each, conflict (the task named by the same noun). « finir » is left
# out: mostly an idiom (« finit par céder », « a fini sa course dans un fossé », « n'en finit pas »)
COMPLETION_VERBS: frozenset[str] = frozenset({
    "achever", "terminer", "accomplir", "boucler", "compléter", "parachever",
})
# A measure or a state told as over (« l'alerte est levée », « a pris fin ») and one told as still on
# (« toujours en vigueur », « maintenue »), as patterns over folded text: the same alert lifted and
# kept are two facts, however many words they share (claims/groups.py).
ENDED_PATTERN = (r"\b(?:levee?s?|levent|a\s+pris\s+fin|ont\s+pris\s+fin|prend\s+fin|prennent\s+fin|"
                 r"n\s+(?:est|sont)\s+plus\s+en\s+vigueur)\b")
ONGOING_PATTERN = (r"\b(?:toujours|encore)\s+(?:d\s+actualite|en\s+vigueur|en\s+cours|actifs?|actives?)\b|"
                   r"\b(?:maintenue?s?|maintient|maintiennent|prolongee?s?|reste(?:nt)?\s+en\s+vigueur)\b")
# A state of alert placed or begun (« a placé la vallée en alerte crue », « passe en alerte rouge »,
# « décrète un couvre-feu », « la Meuse en alerte jaune »): the start of what a lift ends.
# « a levé la vigilance » and « a placé … en vigilance » are opposite acts, two facts however many words
# they share; read as the state still on against ENDED_PATTERN (claims/groups.py).
_ALERT_STATES = r"(?:vigilance|alerte|etat\s+d\s+urgence|etat\s+de\s+catastrophe|confinement|quarantaine|couvre\s+feu)"
PLACED_PATTERN = (r"\ben\s+(?:vigilance|alerte)\s+(?:rouge|orange|jaune|maximale?|renforcee)\b|"
                  r"\b(?:place|placee?s?|placent|placera|placeront|passe|passee?s?|passent|passera|passeront|"
                  r"bascule(?:nt|ra|ront)?|basculee?s?|mise?s?|met|mettent)\s+(?:\w+\s+){0,8}?en\s+"
                  + _ALERT_STATES + r"\b|"
                  r"\b(?:declenchee?s?|declenche(?:nt)?|instauree?s?|instaure(?:nt)?|decretee?s?|decrete(?:nt)?|"
                  r"imposee?s?|impose(?:nt)?|activee?s?|active(?:nt)?)\s+(?:\w+\s+){0,3}?(?:la|le|l|un|une)\s+"
                  + _ALERT_STATES + r"\b|\b" + _ALERT_STATES
                  + r"\s+(?:\w+\s+){0,2}?(?:a\s+ete|ont\s+ete|est|sont)\s+(?:declenche|instaure|decrete|"
                  r"impose|active|place|mis)e?s?\b")

# Deeds of failing to do something (« a omis un contrôle », « a manqué l'échéance »): démentir l'un, c'est dire
# que la chose a été faite ; the denial agrees with a claim that it was and conflicts only with one telling
# the failure (``claims/contradictions.py``, _denies_what_is_stated).
FAILURE_VERBS: frozenset[str] = frozenset({
    "omettre", "négliger", "manquer", "oublier", "enfreindre", "contourner", "bafouer", "éluder", "esquiver",
    "échouer", "ignorer",
})

# Verbs that ask for something rather than state it (« les députés exigent des explications sur les
# conditions à bord »): such a claim shares the words of a denial without stating what is denied.
REQUEST_VERBS: frozenset[str] = frozenset({
    "exiger", "demander", "réclamer", "sommer", "appeler", "interroger", "questionner", "enquêter", "vouloir",
    "souhaiter", "inviter", "presser", "solliciter",
})

# Words that tell a trouble, a hardship or a worry (folded, as regular expressions): a denial of
# one (« nie tout malaise », « rejette les inquiétudes ») denies any account of a trouble of the
# same thing (« les marins n'en peuvent plus », « des pénuries à bord »), whatever the words.
PROBLEM_PATTERNS: tuple[str, ...] = (
    r"\binquiet\w*", r"\bmalaises?\b", r"\bsoucis?\b",
    r"\bproblemes?\b", r"\bpenuries?\b", r"\bdifficultes?\b", r"\bdegradation\b", r"\bdetresse\b",
    r"\bepuisement\b", r"\bsuicides?\b", r"\bmal etre\b",
    r"\bmoral\s+(?:est\s+)?(?:au\s+plus\s+)?bas\b", r"\bn\s+en\s+peu(?:t|vent)\s+plus\b",
    r"\bconditions\s+(?:de\s+vie\s+)?(?:difficiles|deplorables|indignes|precaires)\b",
)
# Statements that there is no trouble (« personne n'est inquiet », « tout va bien », « aucun
# problème »): the same side as a denial of it.
NO_PROBLEM_PATTERNS: tuple[str, ...] = (
    r"\bpersonne\s+n\s+est\s+(?:inquiet|inquiete|preoccupee?|soucieux)\b",
    r"\btout\s+(?:le\s+monde\s+)?va\s+bien\b",
    r"\b(?:aucun|aucune|pas\s+de|nul)\s+(?:malaise|probleme|souci|penurie|inquietude|difficulte)\b",
)

# Wrongs a party is accused of, each family as folded regular expressions: an accused party's
# defence that names one family (« soupçons de violences : "je n'ai jamais frappé un joueur", se
# défend l'entraîneur ») answers any accusation of that family in its story (« plusieurs joueurs
# dénoncent des violences »).
WRONG_FAMILIES: dict[str, tuple[str, ...]] = {
    "maltraitance": (r"\bmaltrait\w*", r"\bmauvais\s+traitements?\b", r"\bsevices?\b",
                     r"\bprive\w*\s+de\s+nourriture\b"),
    "violence": (r"\bviolences?\b", r"\bcoups\s+et\s+blessures\b", r"\bbrutalites?\b"),
    "harcelement": (r"\bharcel\w+",),
    "agression": (r"\bagress\w+", r"\bviols?\b"),
    "fraude": (r"\bfraud\w*", r"\bdetourn\w+", r"\bcorrupt\w*", r"\bescroquer\w*"),
}
# What tells an accusation (folded stems and words): a verb or a noun of accusing or testifying, or the
# case the wrong names (« mêlé à une affaire de corruption »).
ACCUSING_PATTERN = (r"\b(?:denon\w+|accus\w+|reproch\w+|evoqu\w+|signal\w+|soupcon\w*|temoign\w+|plaintes?|"
                    r"mis\s+en\s+cause|incrimin\w+|affaires?\s+de)\b")
# Cues of a party's defence: the reflexive reporting verb (« "...", se défend l'entraîneur »).
DEFENCE_CUES: frozenset[str] = frozenset({"défendre"})

# Verbs by which a holder states a finding or a charge about a fact (« la circonstance retenue par les
# juges », « la position exprimée par les experts », « l'enquête a conclu à un accident », « le rapport
# établit que »): what a party's denial of that finding (« conteste l'analyse des juges ») contradicts.
FINDING_VERBS: frozenset[str] = frozenset({
    "retenir", "exprimer", "conclure", "établir", "constater", "considérer", "juger", "estimer", "qualifier",
    "caractériser", "avancer", "affirmer", "accuser", "imputer", "attribuer",
})
# A finding told as the opposite of the view just stated (« Le rectorat juge la fraude non prouvée. Un avis
# contraire à celui des inspecteurs. »): its content is the statement before it, turned.
# Folded words.
OPPOSITE_FINDING_PATTERN = (
    r"\b(?:position|analyse|avis|lecture|conclusion|these|version|opinion|appreciation|interpretation)s?\s+"
    r"(?:inverse|contraire|opposee?)s?\s+(?:a|de)\s+(?:celle|celui|celles|ceux)\b"
)
# The content of a noun of saying given after it (« rejette les rumeurs selon lesquelles le club
# serait vendu »): the words rejected are others', with their own content, not the
# rejecter's words denied. Folded words.
OTHERS_WORDS_PATTERN = r"\bselon\s+(?:lequel|laquelle|lesquels|lesquelles)\b"

# A second finite verb joined to a denial (« X a nié les faits et a déclaré : … »): the coordinating word,
# an optional pronoun, an auxiliary (group 1, when written) and adverb, then the verb (group 2). Lowercase.
COORDINATED_VERB_PATTERN = (r"\s(?:et|puis|mais)\s+(?:(?:il|elle|ils|elles)\s+)?((?:a|ont|avait|avaient)\s+)?"
                            r"(?:(?:aussi|également|encore)\s+)?([^\W\d_][\w-]*)")

# L'issue d'une compétition dite par un verbe, pour son sujet (``claims/contest.py``) : « a remporté »,
# « a battu X » sont sa victoire, « a perdu » sa défaite ; un passif d'un verbe de battre (« a été battue
# par X ») est une défaite.
WIN_VERBS: frozenset[str] = frozenset({"gagner", "remporter", "battre", "vaincre", "triompher", "emporter"})
LOSS_VERBS: frozenset[str] = frozenset({"perdre"})
BEATING_VERBS: frozenset[str] = frozenset({"battre", "vaincre"})
# Verbes qui disent une victoire proclamée, avec un nom de victoire pour objet (« a revendiqué la victoire »,
# « a crié victoire », « fête sa victoire ») : le mot du concurrent, non le résultat.
# Pas « annoncer » : une autorité qui annonce la victoire dit le résultat.
VICTORY_CLAIM_VERBS: frozenset[str] = frozenset({"revendiquer", "proclamer", "crier", "célébrer", "fêter", "clamer"})
VICTORY_NOUNS: frozenset[str] = frozenset({"victoire", "triomphe"})

# Verbes qui pressent quelqu'un d'agir (« a appelé X à démissionner », « exhorte X à », « demande à X de
# démissionner ») : l'acte que dit leur infinitif est demandé, non fait. Les verbes de requête
# (:data:`REQUEST_VERBS`) qui prennent un infinitif, et ceux de l'exhortation.
URGING_VERBS: frozenset[str] = (REQUEST_VERBS - {"interroger", "questionner", "enquêter", "vouloir", "souhaiter"}) | {
    "exhorter", "enjoindre", "inciter", "pousser", "encourager", "supplier", "conjurer",
}
# Les formes de ces verbes (et leurs noms : « un appel à », « sa demande de ») devant l'infinitif qu'ils
# régissent, son objet entre les deux (« appelle la préfète à suspendre », « demande au maire de ») : lu sur
# le texte replié (sans accents ni ponctuation : :func:`recoupe.resolve.names.fold`) qui précède
# l'infinitif, jusqu'à sa préposition ; « sommes » (de « être ») n'est pas une forme de « sommer ».
URGED_INFINITIVE = re.compile(
    r"\b(?:appel|demand|exhort|invit|presse|incit|pouss|encourag|reclam|exig|somm(?!es\b)|enjoi|suppli|conjur"
    r"|sollicit)[a-z]*(?:\s+\w+){0,5}?\s+(?:a|de|d)\s*$")

# the agent after « par » of a passive (matched on folded text): its head noun and the complement that tells
# which one it is (« par le maire de Nantes » -> « maire de nantes »), so two mayors are two agents
PASSIVE_AGENT_PATTERN = (r"\bpar\s+(?:(?:l|le|la|les|un|une|son|sa|ses)\s+)?"
                         r"([^\W\d_][\w-]*(?:\s+(?:de\s+la|de\s+l|de|du|des|d)\s+[^\W\d_][\w-]*)?)")
# a place a count is told at (« rue des Lilas », « quartier Bagatelle », « collège Jean-Moulin », « place
# Carnot »): the venue word, then a name in capitals; two articles naming two such places count two crowds
VENUE_PATTERN = (r"\b(?i:rue|avenue|boulevard|place|quartier|cité|résidence|collège|lycée|école|immeuble|gare|"
                 r"hôpital|stade|quai|allée|impasse|chemin|route|salle|gymnase|université)\s+"
                 r"(?:(?i:de\s+la|de\s+l'|de\s+l’|du|des|de|d'|d’)\s*)?"
                 r"([A-ZÀÂÉÈÊÎÔÛÇ][\w'’-]*(?:\s+[A-ZÀÂÉÈÊÎÔÛÇ][\w'’-]*)*)")
# words that tell another occurrence of what an earlier report told (« un autre feu », « un second
# incendie »), matched on folded text; not « un nouvel incendie », new to the season more often than to the
# other report
OTHER_OCCURRENCE_PATTERN = r"\b(?:un|une)\s+(?:autre|second|seconde|deuxieme)\b"
# the two sides a crowd takes (matched on folded text): one count « contre » a project, another « pour le
# soutenir », are two crowds
AGAINST_PATTERN = r"\bcontre\b"
FOR_PATTERN = r"\b(?:pour\s+(?:soutenir|defendre|le\s+soutenir|la\s+soutenir)|en\s+soutien|en\s+faveur)\b"

# a passive clause: an auxiliary (« a été », « sont », « fut ») before a participle, and the word that opens
# its agent (« fermé par la préfecture »): the agent is the deed's doer, which the subject (its patient) is not
PASSIVE_AUXILIARIES: frozenset[str] = frozenset({
    "été", "est", "sont", "était", "étaient", "fut", "furent", "sera", "seront", "serait", "seraient", "soit",
    "soient", "être",
})
PASSIVE_AGENT_MARKER = "par"
# words that, between the auxiliary and the participle or in the two words before the auxiliary, tell a
# passive that did not happen (« n'a jamais été battue », « n'était pas battue »): no side beaten, no deed
# dated. Not « ne » alone, often expletive (« avant que le signal ne soit donné »), nor « plus » (« deux de
# plus ont été tués »)
PASSIVE_NEGATIONS: frozenset[str] = frozenset({"pas", "jamais", "point", "guère", "nullement"})
# a word right before the auxiliary that denies the passive (« sans être battue »; not two words before:
# « a sans doute été tué »)
PASSIVE_PRIVATIVES: frozenset[str] = frozenset({"sans"})
# an imperfect auxiliary tells a state as often as a deed (« le pont était fermé le 12 »: it stood closed)
STATE_AUXILIARIES: frozenset[str] = frozenset({"était", "étaient"})
# a copula before the participle tells a state, never a deed (« est resté fermé », « sont demeurés fermés »)
COPULAR_PARTICIPLES: frozenset[str] = frozenset({
    "resté", "restée", "restés", "restées", "demeuré", "demeurée", "demeurés", "demeurées",
})
# the whole participle of a verb of a short stem (« tuer » -> tué, « élire » -> élu): its stem alone starts
# too many other words (« tu », « hu »), so only these endings are read after it
SHORT_STEM_PARTICIPLE_ENDINGS: tuple[str, ...] = ("é", "ée", "és", "ées", "u", "ue", "us", "ues")
