"""The claim a group is shown by (its summary): one rule for every read side (the dossier, and so
the report, the exports and the Python API, and the web app).

A group's stored summary is the text of the claim that founded it, which may be a fragment
(« qui a fermé l'usine », « de fermer l'usine », a headline's noun list) or, once groups merge and
split, a claim of another fact or of no member at all. A reader takes « confirmed » beside a
summary as « two sources state this »: a `confirmed` group is therefore shown by a claim of its
confirming pair (``GroupStatus.confirmed_by``), the rest of its members being other claims of the
group; every group is shown by a claim that states a fact when one of its candidates does.

The rule, general and stated once (:func:`shown_claim`): the candidates are the confirming pair
of a `confirmed` group, else all the members, read by: states a fact, then (among fragments) a
subordinate clause, which names its subject (« alors que le port a été touché »). The founding claim
stays when it is a candidate and none reads better (a summary changes only when it misleads).
Otherwise the first candidate by those two, then: opens its sentence (reads alone), asserted in the
outlet's voice, closest to what the other articles of the group say (mean Jaccard of content
lemmas), shorter, then its id.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise
from types import ModuleType
from typing import TYPE_CHECKING

from recoupe.lang.en import clauses as en_clauses
from recoupe.lang.fr import clauses as fr_clauses
from recoupe.model import Claim
from recoupe.resolve.names import fold

if TYPE_CHECKING:
    from recoupe.claims.status import GroupStatus

SUMMARY_CHARS = 300  # what the store keeps of the founding claim's text (claims.groups)
CENTRAL_SAMPLE = 50  # members a candidate is compared with (a big group is shown as cheaply)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_LEAD = " \t\n«»\"“”'’-—–:;,.([)]…"


def _lexicon(c: Claim) -> ModuleType:
    return en_clauses if c.language == "en" else fr_clauses


def clauses_of(c: Claim) -> ModuleType:
    """The clause lexicon of the claim's language (``recoupe.lang.<code>.clauses``)."""
    return _lexicon(c)


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def states_fact(c: Claim) -> bool:
    """Whether the claim's clause states a fact on its own: not a relative clause or a clause opening
    on « que » (the content of a verb outside it), not a condition, not an infinitive or a participle,
    not a clause with no verb (a French claim whose predicate is no verb's lemma, with no copula)."""
    words = _words(c.text)
    if not words or _opens_on_another(c):
        return False
    if subordinate(c):
        return False  # « when a van knocked her down »: the fact it serves is in the main clause
    return not verbless(c)


def verbless(c: Claim) -> bool:
    """Whether the clause has no verb: a French claim whose predicate is no verb's lemma (a noun the
    parse took as its head, « Mort de … »), with no copula. English claims are never read so (its pack
    gives no lemma endings)."""
    lex = _lexicon(c)
    endings = lex.VERB_LEMMA_ENDINGS
    if not (endings and c.predicate) or fold(c.predicate).endswith(tuple(fold(e) for e in endings)):
        return False
    words = _words(c.text)
    return not any(_copula(words, i, lex) for i in range(len(words)))


def opens_as_fragment(c: Claim) -> bool:
    """Whether the clause opens on what makes it part of another: a relative pronoun, « que », a
    condition, an infinitive, a participle, a gerund or its finite verb (a subordinate clause, « alors que
    le port a été touché », holds its own subject and is not one); or it is a headline's rubric
    (:func:`headline_rubric`), which confirms as a fragment does though a participle rubric states a fact."""
    return _opens_on_another(c) or headline_rubric(c)


def opens_on_relative(c: Claim) -> bool:
    """Does the clause open on a relative pronoun (« qui », « où », "which")?"""
    words = _words(c.text)
    return bool(words) and words[0] in _lexicon(c).RELATIVE_OPENERS


def _opens_on_another(c: Claim) -> bool:
    lex = _lexicon(c)
    words = _words(c.text)
    if not words:
        return False
    first = words[0]
    if first in lex.RELATIVE_OPENERS or first in lex.QUE or first in lex.NONFINITE_OPENERS:
        return True
    if first in lex.CONDITION_OPENERS or (len(words) > 1 and (first, words[1]) in lex.CONDITION_ELIDED):
        return True  # a condition (« s'il refuse »): what would follow it is outside the clause
    if first in lex.FREE_RELATIVE_HEADS and len(words) > 1 and words[1] in lex.QUE:
        return True
    if first in lex.COMPLEMENT_OPENERS and not _opens_sentence(c):
        return True  # « that she would close the gym »: told by a verb outside it
    lemma = fold(c.predicate or "")
    return (_opens_on_infinitive(words, lemma, lex) or _opens_on_gerund(words, lemma, lex)
            or opens_on_finite_verb(c))


def opens_on_finite_verb(c: Claim) -> bool:
    """Does the clause open on its finite verb, its subject outside it (:func:`_opens_on_finite_verb`)? Not
    when its first word is capitalised: it opens its sentence, and a capital « A » is most often « À » typed
    without its accent (« A Lornac, les pompiers ont … »), not the auxiliary."""
    words = _words(c.text)
    first = c.text.lstrip(_LEAD)[:1]
    return bool(words) and not first.isupper() and _opens_on_finite_verb(words, fold(c.predicate or ""), _lexicon(c))


def headline_rubric(c: Claim) -> bool:
    """Whether the claim is all that a headline says before its colon, something following, with no finite
    verb: a noun (« Fermeture de l'usine d'Orlac : les élus … ») or a participle (« Usine fermée : les élus
    … »). It names what the story is about, the news being the clause after the colon: like a fragment, it
    confirms a whole claim that tells the fact, not another rubric or fragment, whose words it shares
    whatever each goes on to tell. A participle rubric still states its fact (:func:`states_fact`), and may
    show the group. French only (the pack's ``PARTICIPLE_ENDINGS``)."""
    lex = _lexicon(c)
    if not lex.PARTICIPLE_ENDINGS:
        return False
    sentence = (c.sentence or "").replace("\u00a0", " ")
    text = c.text.replace("\u00a0", " ").strip()
    at = sentence.find(text) if text else -1
    if at < 0 or sentence[:at].strip(_LEAD):
        return False
    rest = sentence[at + len(text):].lstrip()
    if not rest.startswith(":") or not _WORD.search(rest):
        return False
    if verbless(c):
        return True
    words = _words(text)
    if any(w in lex.FINITE_OPENERS or _copula(words, i, lex) for i, w in enumerate(words)):
        return False
    lemma = fold(c.predicate or "")
    stem = next((lemma[:-len(e)] for e in lex.VERB_LEMMA_ENDINGS if lemma.endswith(fold(e))), "")
    form = next((w for w in words if len(stem) >= 3 and fold(w).startswith(stem)), "")
    return bool(form) and form.endswith(lex.PARTICIPLE_ENDINGS)


def _opens_on_finite_verb(words: list[str], lemma: str, lex: ModuleType) -> bool:
    """« ont quitté leurs maisons », « prévoyait la fermeture »: the clause opens on a finite verb (an
    auxiliary of the pack's ``FINITE_OPENERS``, or its own verb's stem with a ``FINITE_ENDINGS`` ending), so
    its subject is a word before it, outside the clause; not a question's inversion (« est-il parti »)."""
    first = words[0]
    if len(words) > 1 and words[1] in lex.INVERTED_SUBJECTS:
        return False
    if first in lex.FINITE_OPENERS:
        return True
    stem = next((lemma[:-len(e)] for e in lex.VERB_LEMMA_ENDINGS if lemma.endswith(fold(e))), "")
    return (len(stem) >= 3 and fold(first).startswith(stem)
            and fold(first).endswith(tuple(fold(e) for e in lex.FINITE_ENDINGS)))


def bare_fragment(c: Claim) -> bool:
    """Whether the clause opens as a fragment (:func:`opens_as_fragment`) and extraction recovered no
    subject for it (the relative pronoun's antecedent, the infinitive's controller): « de fermer le
    gymnase », « who struck the town » with no antecedent found. It tells no one's deed: two outlets'
    bare fragments share words (two requests to close, two quakes that struck), not a fact."""
    return not c.subject.strip() and opens_as_fragment(c)


def _subject_words(c: Claim) -> list[str]:
    """The recovered subject's words, its determiners off (« la tempête » -> tempête)."""
    lex = _lexicon(c)
    return [w for w in fold(c.subject).split() if w not in lex.DETERMINERS]


def subject_named_in(fragment: Claim, other: Claim) -> bool:
    """Whether ``other``'s recovered subject (a name or a noun, not a pronoun) is named in the sentence of
    ``fragment``: « Ayant perdu sa majorité …, Paul Vernet a convoqué la presse » tells Paul Vernet's loss
    though extraction left the participle clause with no subject."""
    words = _subject_words(other)
    if not words or all(w in _lexicon(other).SUBJECT_PRONOUNS for w in words):
        return False
    first = _words(fragment.text)[:1]
    if first and first[0] in _lexicon(fragment).RELATIVE_OPENERS:
        # a relative pronoun's antecedent stands right before it (« la tempête qui a inondé le port »)
        return _antecedent_before(fragment, words)
    if not _opens_on_main_subject(fragment):
        return False  # « X accuse Y d'avoir détourné … »: an infinitive's subject is not the name's
    # the name outside the fragment: the main clause's (the fragment's own words name what it is about)
    sentence = f" {fold(fragment.sentence or fragment.text).replace(fold(fragment.text), ' ')} "
    if f" {' '.join(words)} " in sentence:
        return True
    # a common noun's head alone (« le maire d'Orlac » / « …, le maire a démissionné »); a name in full
    head = _lexicon(other).subject_head(words)
    return not other.subject.strip()[:1].isupper() and f" {head} " in sentence


def _opens_on_main_subject(c: Claim) -> bool:
    """Does the clause open on a participle, a gerund or « après » + infinitive, whose missing subject is
    the main clause's (:data:`MAIN_SUBJECT_OPENERS` of the language pack, or the -ing form)?"""
    lex = _lexicon(c)
    words = _words(c.text)
    if not words:
        return False
    return words[0] in lex.MAIN_SUBJECT_OPENERS or _opens_on_gerund(words, fold(c.predicate or ""), lex)


# how many words (determiners aside) before a fragment its recovered antecedent may stand: the relative
# pronoun's antecedent itself; a subject found farther off may be the parse's guess (« nettoient les rues
# après l'ouragan qui … » read « rues »)
ANTECEDENT_SPAN = 1


def _antecedent_before(c: Claim, words: list[str]) -> bool:
    """Whether the recovered subject stands right before the fragment in its sentence (« the storm which
    flooded »): a subject found farther off may be a wrong guess of the parse, and says nothing apart."""
    sentence, text = fold(c.sentence or ""), fold(c.text)
    at = sentence.find(text)
    if at <= 0:
        return False
    before = [w for w in sentence[:at].split() if w not in _lexicon(c).DETERMINERS][-ANTECEDENT_SPAN:]
    return bool(set(words) & set(before))


def heads_happen(c: Claim, words: set[str]) -> bool:
    """Is one of ``words`` a noun of something happening (the language pack's ``HAPPENING_NOUNS``:
    « incendie », "storm")?"""
    from recoupe.lang.en import events as en_events
    from recoupe.lang.fr import events as fr_events

    nouns = (en_events if c.language == "en" else fr_events).HAPPENING_NOUNS
    return any(w in nouns for w in words)


def subjects_apart(a: Claim, b: Claim) -> bool:
    """Whether two fragments (:func:`opens_as_fragment`) tell the deed of two things: each recovered
    subject a common noun (not a name, not a pronoun), and neither's words named in the other's
    sentence (« the storm which flooded the harbour » / « the dam which flooded the harbour »). A shared
    word or a noun of the other sentence (« le feu » / « l'incendie » where one sentence names both)
    keeps them one deed."""
    if not (a.subject.strip() and b.subject.strip() and opens_as_fragment(a) and opens_as_fragment(b)):
        return False
    heads = []
    for c in (a, b):
        words = _subject_words(c)
        if (not words or c.subject.strip()[:1].isupper()
                or any(w in _lexicon(c).SUBJECT_PRONOUNS for w in words) or not _antecedent_before(c, words)):
            return False
        heads.append(set(words))
    if heads[0] & heads[1]:
        return False
    if all(heads_happen(c, h) for c, h in zip((a, b), heads, strict=True)):
        return False  # « le feu qui a brûlé la lande » / « l'incendie qui … »: one event may have two names
    in_a, in_b = set(fold(a.sentence or a.text).split()), set(fold(b.sentence or b.text).split())
    return not (heads[0] & in_b or heads[1] & in_a)


def subordinate(c: Claim) -> bool:
    """Whether the claim opens on a subordinator (« when », « alors que »)."""
    words = tuple(_words(c.text))
    return any(words[:len(o)] == o for o in _lexicon(c).SUBORDINATE_OPENERS)


def _copula(words: list[str], i: int, lex: ModuleType) -> bool:
    """Whether ``words[i]`` is a form of « être » and not a noun of the same spelling (« l'été »)."""
    w = words[i]
    return w in lex.COPULA_FORMS and not (i > 0 and words[i - 1] in lex.NOUN_LOOKALIKES.get(w, ()))


def _opens_on_gerund(words: list[str], lemma: str, lex: ModuleType) -> bool:
    """« closing the gym », « en fermant le gymnase »: the -ing / -ant form of the clause's own verb opens it
    (its stem starts the lemma: closing -> close; winning -> win, the doubled consonant aside)."""
    i = 0
    if lex.GERUND_MARKERS:
        if len(words) < 2 or words[0] not in lex.GERUND_MARKERS:
            return False
        i = 1
    w = fold(words[i])
    stem = w[:-len(lex.GERUND_ENDING)]
    if not w.endswith(lex.GERUND_ENDING) or len(stem) < 2 or not lemma:
        return False
    return lemma.startswith(stem) or (len(stem) > 2 and stem[-1] == stem[-2] and lemma.startswith(stem[:-1]))


def _opens_on_infinitive(words: list[str], lemma: str, lex: ModuleType) -> bool:
    i = 0
    while i < len(words) and words[i] in lex.INFINITIVE_MARKERS:
        i += 1
    # (first in the clause, with no marker before, « le », « la », « les » are articles: « Le dîner des ministres »)
    while i < len(words) and words[i] in lex.CLITICS and (i > 0 or words[i] not in lex.DETERMINERS):
        i += 1
    if i >= len(words):
        return False
    head = fold(words[i])
    if lex.VERB_LEMMA_ENDINGS and not head.endswith(tuple(fold(e) for e in lex.VERB_LEMMA_ENDINGS)):
        return False  # no infinitive's ending: a noun the parser took as the head (« Mort de … », « Le parquet … »)
    if words[i] in lex.INFINITIVE_AUXILIARIES and i > 0:
        return True  # « après avoir fermé », « to have closed »
    return bool(lemma) and head == lemma and (i > 0 or lex is fr_clauses)


def _opens_sentence(c: Claim) -> bool:
    if not c.sentence:
        return True
    at = c.sentence.find(c.text)
    return at >= 0 and not c.sentence[:at].strip(_LEAD)


def _centrality(c: Claim, members: Sequence[Claim]) -> float:
    mine = set(c.lemmas)
    others = [set(m.lemmas) for m in members[:CENTRAL_SAMPLE] if m.article_id != c.article_id]
    if not mine or not others:
        return 0.0
    return sum(len(mine & o) / len(mine | o) for o in others if o) / len(others)


def shown_claim(members: Sequence[Claim], status: GroupStatus | None, summary: str = "") -> Claim | None:
    """The claim the group is shown by (see the module's rule); ``summary`` is the stored one."""
    if not members:
        return None
    pair = set(status.confirmed_by) if status is not None and status.status == "confirmed" else set()
    candidates = [c for c in members if c.id in pair] or list(members)
    founder = next((c for c in candidates if summary and summary in (c.text, c.text[:SUMMARY_CHARS])), None)
    # among fragments, a subordinate clause (« alors que le port a été touché ») still names its subject
    def reads(c: Claim) -> tuple[bool, bool]:
        return not states_fact(c), not subordinate(c)

    if founder is not None and reads(founder) <= min(reads(c) for c in candidates):
        return founder  # a summary changes only when it misleads and another candidate would not
    return min(candidates, key=lambda c: (*reads(c), not _opens_sentence(c), c.modality != "asserted",
                                          -round(_centrality(c, members), 2), len(c.text), c.id))


# how many words before a relative clause its antecedent is looked for: the recovered subject (« Paul Vernet,
# maire depuis 2014, qui … »), else the nearest determiner's noun phrase (« les Landes, où … »)
ANTECEDENT_WORDS = 12
NEAREST_NP_WORDS = 5
_TOKEN = re.compile(r"[^\W_]+|[^\w\s]", re.UNICODE)
_STOPS = frozenset(".;:!?«»\"“”()[]")
_APOSTROPHES = frozenset("'’")


def shown_text(c: Claim) -> str:
    """The words a claim is shown by. A clause that states a fact, or a subordinate one (which names its
    subject), is shown as it is. A clause that leans on its sentence (:func:`states_fact` false: a relative
    clause, a « que » clause, an infinitive, a headline's noun list cut short) is no line a reader can take
    alone: it is shown with what it leans on, from its own sentence: a relative clause with its antecedent's
    noun phrase whole from its determiner (« le présumé tireur, qui … »), unless a negation or a cleft stands
    before it (« Ce n'est pas le maire qui … »); any other with its whole sentence (the verb that tells it,
    « La maire a annoncé qu'elle … », the headline it was cut from) when that sentence holds no other clause.
    When in doubt, the clause alone: a shown line adds no other fact (review revbrief32).
    The claim stays the one shown (its id, the confirming pair): only words of its own sentence are added,
    never another claim's; a sentence too long to show, or one the clause is not found in, leaves the clause
    alone.
    """
    text, sentence = c.text, c.sentence or ""
    if not text.strip() or states_fact(c) or subordinate(c) or text.strip() == sentence.strip():
        # a subordinate clause names its subject (« alors que le port a été inondé »); its sentence's main
        # clause is another fact, which beside a `confirmed` status would read as confirmed
        return text
    at = sentence.find(text)
    if at < 0:
        return text
    start, end = 0, len(sentence.rstrip())
    if at > 0 and opens_on_relative(c):
        start = -1 if _denied_before(c, sentence[:at]) else _antecedent_start(c, sentence, at)
        if start < 0:
            return text  # no antecedent found: the sentence before the clause is a main clause, another fact
        if sentence[at + len(text):].strip(_LEAD):
            end = at + len(text)  # the antecedent and its clause, not the rest of the main clause
    elif not _one_clause_around(c, sentence, at):
        return text  # the sentence holds another clause (a fact told beside it): the clause alone
    shown = sentence[start:end].strip().lstrip(":;,.)]…-—– ")  # a feed's stray stop before the sentence
    if len(shown) > SUMMARY_CHARS or not shown:
        return text
    return shown[:1].upper() + shown[1:]  # an antecedent from mid-sentence opens the line


def _denied_before(c: Claim, before: str) -> bool:
    """Is there a negation or a cleft before a relative clause (« Ce n'est pas le maire qui », "It was not
    the mayor who")? The antecedent may then be denied as the clause's subject: no antecedent is shown."""
    lex = _lexicon(c)
    words = [fold(w) for w in _words(before)]
    return (any(w in lex.NEGATIONS for w in words)
            or any(pair in lex.CLEFT_OPENERS for pair in pairwise(words)))


# what, outside a clause, marks another clause in its sentence: a clause's punctuation, a relative pronoun,
# « que »; the whole sentence is shown only without them (a teller's verb, a headline cut short)
_CLAUSE_MARKS = frozenset(",;:()[]—–")


def _one_clause_around(c: Claim, sentence: str, at: int) -> bool:
    """Does the sentence hold, around the clause at ``at``, only what the clause leans on (« La maire a
    annoncé qu' … », the rest of a headline's noun list) and no other clause: no clause punctuation, no
    relative pronoun or « que », and nothing after the clause?"""
    lex = _lexicon(c)
    before, after = sentence[:at], sentence[at + len(c.text):]
    if after.strip(" \t\n.!?…»\"”’')]") or any(ch in _CLAUSE_MARKS for ch in before.strip(_LEAD)):
        return False
    return not any(w in lex.RELATIVE_OPENERS or w in lex.QUE for w in _words(before))


def _fold_token(t: str) -> str:
    """A word folded (accents, case); a stop or an apostrophe as it is (folding would drop it)."""
    return fold(t.lower()) if t.isalnum() else t


def _antecedent_start(c: Claim, sentence: str, at: int) -> int:
    """Where the antecedent of the relative clause at ``at`` starts in ``sentence``: its recovered subject
    standing before it (with its determiner), else the nearest noun phrase opened by a determiner, not
    across a stop or another clause's comma; -1 when neither is found."""
    lex = _lexicon(c)
    tokens = [(m.start(), m.group()) for m in _TOKEN.finditer(sentence[:at])]
    before = tokens[-ANTECEDENT_WORDS * 2:]
    subject = [_fold_token(t) for t in _TOKEN.findall(c.subject)]
    while subject and (subject[0] in lex.DETERMINERS or subject[0] in _APOSTROPHES):
        subject = subject[1:]  # « l'orage » -> orage: its determiner is taken from the sentence
    folded = [_fold_token(t) for _, t in before]
    if subject and not set(subject) & lex.SUBJECT_PRONOUNS:
        for i in range(len(before) - len(subject), -1, -1):
            if folded[i:i + len(subject)] == subject and _apposed(folded[i + len(subject):], lex):
                if before[i][1][:1].isupper():
                    # a name stands alone (« Paul Vernet, qui »), its determiner only right before it: a walk
                    # back would cross the verb of « Le préfet blâme Paul Vernet, qui »
                    j = i - 1 if i > 0 and folded[i - 1] in lex.DETERMINERS else i
                    j = i - 2 if (i > 1 and folded[i - 1] in _APOSTROPHES
                                  and folded[i - 2] in lex.DETERMINERS) else j
                    return before[j][0]
                j = _phrase_start(before, folded, i, lex)
                return before[j][0] if j >= 0 else -1  # a common noun with no determiner in reach: no bare noun
    seen, found = 0, -1
    for i in range(len(tokens) - 1, -1, -1):
        tok = tokens[i][1]
        if tok in _STOPS or (tok == "," and i < len(tokens) - 1):
            break  # a comma right before the pronoun only (« les Landes, où … »)
        if tok.isalpha():
            seen += 1
            if seen > NEAREST_NP_WORDS:
                break
            word = fold(tok.lower())
            if word in lex.DETERMINERS and word not in lex.NOUN_COMPLEMENT_OPENERS:
                found = tokens[i][0]
                # a phrase after a preposition complements the noun before it (« la panne du réseau qui »):
                # the antecedent may be that noun's phrase; anything else before it ends the search
                if not (i > 0 and _fold_token(tokens[i - 1][1]) in lex.PREPOSITIONS):
                    break
    return found


# the most words between a noun phrase's determiner and its head (« the suspected gunman », « l'ancien maire »)
MODIFIER_WORDS = 3


def _phrase_start(before: list[tuple[int, str]], folded: list[str], i: int, lex: ModuleType) -> int:
    """The index of the determiner that opens the noun phrase whose head is at ``i`` (its hedges and titles
    kept: « the suspected gunman »), walking back over words only, not past a noun's complement (« la
    fille du maire »: « du » is no determiner of « maire »'s phrase), a verb's auxiliary or a stop; -1 when
    none is in reach."""
    seen = 0
    for k in range(i - 1, -1, -1):
        tok = folded[k]
        if tok in _APOSTROPHES:
            continue
        if not tok.isalpha() or tok in lex.NOUN_COMPLEMENT_OPENERS or tok in lex.FINITE_OPENERS:
            return -1
        if tok in lex.DETERMINERS:
            return k
        seen += 1
        if seen >= MODIFIER_WORDS:
            return -1
    return -1


# the most words of a noun's complement between a relative clause's antecedent and the clause
# (its opener counted: « d'Orlac », « of the city »; a fourth word is read as a verb and its object: « le
# préfet d'Orlac blâme Vernet, qui », a main clause the parse gives no tag for here)
COMPLEMENT_WORDS = 3


def _apposed(gap: list[str], lex: ModuleType) -> bool:
    """Do the words between a recovered subject and its relative clause leave it the antecedent: none, an
    apposition set off by a comma (« Paul Vernet, maire …, qui »), or a short complement of the noun with no
    auxiliary or copula (« le maire d'Orlac, qui »)? A subject with a verb between (« le préfet a suspendu le
    maire, qui ») is the parse's guess, and what lies between is a main clause, another fact."""
    if not gap or gap[0] == ",":
        return True
    if gap[0] not in lex.NOUN_COMPLEMENT_OPENERS:
        return False
    head = gap[:gap.index(",")] if "," in gap else gap
    words = [w for w in head if w.isalpha()]
    return len(words) <= COMPLEMENT_WORDS and not any(w in lex.FINITE_OPENERS or w in lex.COPULA_FORMS
                                                      for w in words)


def shown_summary(members: Sequence[Claim], status: GroupStatus | None, summary: str) -> tuple[str, str | None]:
    """(text, claim id) a group is shown by: the stored summary when no member can stand for it; the
    claim's words with what its clause leans on (:func:`shown_text`)."""
    c = shown_claim(members, status, summary)
    return (shown_text(c)[:SUMMARY_CHARS], c.id) if c is not None else (summary, None)
