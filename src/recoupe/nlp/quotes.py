"""``recoupe_quotes``: direct quotes with their speaker and cue verb.

Quotes are found on the surface (« », “ ”, " " including the spaced « " cesser " » style; partial
quotes inside a sentence; quotes running over several sentences) and given a speaker from the
reporting frame that covers them, the frame of the sentence they sit in, a colon-introduced frame
just before, or, for a quote that is a whole sentence with no frame, the speaker of the previous
quote or frame in the paragraph.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from recoupe.lang import FRENCH_AND_ENGLISH, component_language
from recoupe.lang.fr.quotes import NAMING_CUES, SPEAKER_NON_PRONOUNS, TITLE_ARTICLES
from recoupe.lang.fr.reporting_verbs import HEADLINE_VOICE_VERBS, ISSUING_VERBS
from recoupe.lang.fr.reporting_verbs import REPORTING_VERBS as _REPORTING
from recoupe.lang.fr.sources import DOCUMENT_HEADS, HUMAN_NOUNS, VOICE_NOUNS
from recoupe.nlp.attribution import Frame, _appositive_name, _clean_np, _np_after, _sourceish, _trim_source
from recoupe.nlp.extensions import register, text_of

QUOTE_PATTERNS = [
    re.compile(r"«\s*(?P<q>[^«»]{1,2000}?)\s*»"),
    re.compile(r"“\s*(?P<q>[^“”]{1,2000}?)\s*”"),
    re.compile(r"(?<![\w])\"\s*(?P<q>[^\"\n]{1,2000}?)\s*\"(?![\w])"),
]


@dataclass(slots=True)
class FoundQuote:
    start: int  # character offsets of the quoted words (without the marks)
    end: int
    text: str
    speaker: str = ""
    speaker_start: int = -1  # token index of the speaker phrase (for coreference)
    speaker_end: int = -1
    cue: str = ""


def find_quote_spans(text: str, lang: str = "fr") -> list[tuple[int, int]]:
    """Character spans of quoted words, without their marks, non-overlapping, in order (English
    adds its wire conventions: :func:`recoupe.lang.en.quotes.extra_spans`)."""
    spans: list[tuple[int, int]] = []
    for pat in QUOTE_PATTERNS:
        for m in pat.finditer(text):
            s, e = m.span("q")
            if e > s and not any(a < e and s < b for a, b in spans):
                spans.append((s, e))
    if lang == "en":
        from recoupe.lang.en.quotes import extra_spans

        spans.extend((s, e) for s, e in extra_spans(text) if not any(a < e and s < b for a, b in spans))
    return sorted(spans)


def sentence_starts(doc: Doc) -> list[int]:
    """The first token of each sentence of ``doc``, ascending (the starts of ``doc.sents``)."""
    return [s.start for s in doc.sents]


def sentence_start(starts: list[int], i: int) -> int:
    """``doc[i].sent.start``, read from :func:`sentence_starts`: ``Token.sent`` builds two spans and
    scans the sentence's tokens on each call, and the quotes component asks it of every token of
    every quotation."""
    return starts[bisect_right(starts, i) - 1]


def _words(doc: Doc) -> tuple[frozenset[str], frozenset[str]]:
    """The naming cues and the quoted voice's pronouns of the doc's language."""
    if doc.lang_ == "en":
        from recoupe.lang.en import quotes as en

        return en.NAMING_CUES, en.SPEAKER_NON_PRONOUNS
    return NAMING_CUES, SPEAKER_NON_PRONOUNS


@Language.factory(
    "recoupe_quotes",
    requires=["doc._.frames", "doc.sents"],
    assigns=["doc._.quotes"],
    default_config={"lang": None},
)
def make_quotes(nlp: Language, name: str, lang: str | None) -> Quotes:
    component_language(nlp.lang, lang, name, FRENCH_AND_ENGLISH)  # E086 in a pipeline of another language
    return Quotes()


class Quotes:
    version = "recoupe.quotes.v1"

    def __init__(self) -> None:
        register()

    def __call__(self, doc: Doc) -> Doc:
        frames = doc._.frames or []
        quotes: list[FoundQuote] = []
        framed: list[bool] = []
        last: FoundQuote | None = None
        last_frame: Frame | None = None  # the frame that spoke ``last``
        text = text_of(doc)
        _, non_pronouns = _words(doc)
        found = [(s, e, doc.char_span(s, e, alignment_mode="expand")) for s, e in find_quote_spans(text, doc.lang_)]
        # a frame inside a quote (« je pense que … ») is the quoted person speaking, except an incise
        # naming someone (« …, explique X, … » between two halves of one quote): it speaks no quote
        inside = [(sp.start, sp.end) for _, _, sp in found if sp is not None]
        outside = [f for f in frames if not any(a <= f.cue_i < b for a, b in inside)
                   or (f.kind == "inverted" and doc[f.source_start].lower_ not in non_pronouns
                       and (doc.lang_ == "en" or _set_off(doc, f.cue_i, inside)))]
        # a source phrase that ends inside a quotation, runs out of one, or lies inside one while its
        # verb is outside, is a misparse (« le corps découvert “soit celui de X” évoqué ... », « "Un
        # prédateur est ..." : une victime ... redoute »): it names no speaker
        outside = [f for f in outside if doc.lang_ == "en" or not any(
            f.source_start < a < f.source_end < b or a < f.source_start < b < f.source_end
            or (a <= f.source_start and f.source_end <= b and not a <= f.cue_i < b) for a, b in inside)]
        # the voices that can run on to later quotes: in English, not an « according to Y » that
        # follows a reporting verb of its sentence ("..., said X in an interview, according to Y"
        # names where X said it; X still speaks)
        voices = outside if doc.lang_ != "en" else _not_relays(doc, outside)
        starts = sentence_starts(doc) if found else []
        for s, e, span in found:
            q = FoundQuote(s, e, text[s:e])
            if span is None:
                continue
            if doc.lang_ != "en" and any(f.source_start < span.start and span.end < f.source_end for f in outside):
                continue  # « pour le porte-parole du collectif « X » Y, »: a name inside a source phrase
            sents = {sentence_start(starts, i) for i in range(span.start, span.end)}
            covering = [f for f in outside if f.covers(span.start) or f.covers(span.end - 1)]
            best = _nearest(covering, span.start, span.end)
            if best is None:
                # (not a relative clause's verb after the quotation: « "..." : qui sont X, les Y qui
                # disent avoir ... » says what the Y claim, not who spoke the quotation)
                # (nor a verb whose object is a clitic, « elle le dénonce »: it reports no words)
                best = _nearest([f for f in outside if sentence_start(starts, f.cue_i) in sents and not (
                    f.cue_i > span.end and f.source_end - f.source_start == 1
                    and doc[f.source_start].lower_ in {"qui", "lequel", "laquelle", "lesquels", "lesquelles"}) and not (
                    f.kind == "nominal" and f.scope_end - f.scope_start == 1 and doc[f.scope_start].pos_ == "PRON")],
                    span.start, span.end)
            if doc.lang_ != "en" and best is not None and best.kind in {"verb", "nominal"} and not _can_speak(
                    doc, best.source_start, best.source_end):
                # « La mesure poursuit "un but légitime", selon le Conseil »: a verb whose subject
                # names no one is no reporting frame; the « selon » of the quote's sentence speaks
                # (a frame of its own, or kept as the verb's relay)
                prep = _nearest([f for f in outside if f.kind == "prep" and sentence_start(starts, f.cue_i) in sents
                                 and f.cue_i >= span.end and _can_speak(doc, f.source_start, f.source_end)],
                                span.start, span.end)
                if prep is None and best.relay and best.relay_start >= span.end and _can_speak(
                        doc, best.relay_start, best.relay_end) and not any(
                        t.pos_ == "PRON" for t in doc[best.relay_start:best.relay_end]):
                    prep = Frame(best.relay, best.relay_start, best.relay_end, best.cue, best.cue_i, best.effect,
                                 best.scope_start, best.scope_end, "prep")
                best = prep or best
            if (doc.lang_ != "en" and best is not None and best.kind == "inverted" and best.cue in _PASSING_ON
                    and best.cue_i > span.end + 5):
                # « X s'est dit "confiant" quant à ..., a rapporté l'agence Y »: the agency passes on the
                # words of the frame that speaks them in its own report
                # (the frame covers the quotation, or its verb stands right before it: « s'est dit "..." »)
                inner = _nearest([f for f in outside if f is not best and f.kind in {"verb", "nominal", "colon"}
                                  and f.cue_i < span.start and sentence_start(starts, f.cue_i) in sents
                                  and (f in covering or span.start - f.cue_i <= 3)], span.start, span.end)
                best = inner or best
            incise = _incise_after(doc, outside, span) if doc.lang_ != "en" else None
            if incise is None and doc.lang_ != "en":
                incise = _bare_incise(doc, span)
            if incise is not None:
                # « “…!”, souligne X »: an incise right after the closing mark speaks the quotation,
                # also when the parser ended a sentence inside it, and before a subject of its words
                best = incise
            # the writer's own « on » / « nous » framing a term (« on peut dire que les
            # « usagers » ... ») says nobody's words: such a quote must stand as a statement by itself
            voiced = best is not None and not (best.source_end - best.source_start == 1
                                               and doc[best.source_start].lower_.lstrip("-") in non_pronouns)
            part = _participle_owner(doc, span) if doc.lang_ != "en" and incise is None else None
            if part is not None and part[3] and best is not None:
                part = None  # « ..., a expliqué X, ajoutant que "..." »: the frame says who already
            agent = _naming_agent(doc, span) if doc.lang_ != "en" and incise is None else None
            if not speechlike(doc, span, framed=voiced or part is not None or agent is not None):
                continue
            if part is not None:
                # « une plainte dénonçant "des faits répétés" », « des messages affirmant que la
                # route serait "fermée" »: a present participle of saying whose words the quotation
                # is speaks for the noun it hangs on, inside whatever frame tells of that noun
                q.speaker, q.speaker_start, q.speaker_end = doc[part[0]:part[1]].text, part[0], part[1]
                q.cue = doc[part[2]].lemma_
            elif agent is not None:
                # « le texte, décrit par la presse locale comme « la loi X » »: the agent of a
                # participle of describing or calling speaks the words it calls something by
                q.speaker, q.speaker_start, q.speaker_end = doc[agent[0]:agent[1]].text, agent[0], agent[1]
            elif doc.lang_ != "en" and incise is None and (owner := _voice_owner(doc, span)) is not None:
                # « les menaces du gouvernement de « fermer » le stade »: the words a voice
                # noun announces are those of the body or person its own complement names
                q.speaker, q.speaker_start, q.speaker_end = doc[owner[0]:owner[1]].text, owner[0], owner[1]
            elif doc.lang_ != "en" and incise is None and (subj := _verb_subject(doc, span)) is not None:
                # « Oslo « refuse » le plan », « X “confirme la piste” »: quoted words that
                # open on a verb are the words of that verb's subject, named before them
                q.speaker, q.speaker_start, q.speaker_end = subj.text, subj.start, subj.end
            elif (best is not None and best.relay and best.kind == "verb" and doc.lang_ != "en"
                    and best.source_end <= best.relay_start < best.cue_i):
                # « Citant des sources, la chaîne a indiqué que "..." »: the subject who cites speaks
                # the quoted words; its sources are the statement's source, not the wording's
                q.speaker, q.speaker_start, q.speaker_end, q.cue = (best.relay, best.relay_start, best.relay_end,
                                                                    best.cue)
            elif best is not None:
                q.speaker, q.speaker_start, q.speaker_end, q.cue = (best.source, best.source_start, best.source_end,
                                                                    best.cue)
            elif (subj := _subject_person(doc, span)) is not None:
                # « X est plus nuancée : "..." »: the person the sentence is about, named as its
                # subject before the colon, speaks it
                q.speaker, q.speaker_start, q.speaker_end = subj.text, subj.start, subj.end
            elif doc.lang_ == "en" and (subj := _clause_subject(span)) is not None:
                # English: « X hammered Y for what he called his "..." »: the person the quote's own
                # clause has as its subject, before a speaker carried from earlier quotes
                q.speaker, q.speaker_start, q.speaker_end = subj.text, subj.start, subj.end
            elif (last is not None and last.speaker and "\n" not in text[last.end:s] and s - last.end < 400
                  and not _named_between(doc, _beside(doc, voices, last_frame), last.end, s, non_pronouns)):
                q.speaker, q.speaker_start, q.speaker_end, q.cue = (last.speaker, last.speaker_start, last.speaker_end,
                                                                    last.cue)
            elif (run := _speaker_run(doc, _beside(doc, voices, last_frame), last, s, non_pronouns)) is not None:
                # the speaker of the paragraph or two before goes on (portraits, interviews, wires
                # printing one sentence per paragraph)
                q.speaker, q.speaker_start, q.speaker_end, q.cue = run
            else:
                # the nearest person named before the quote in its paragraph, else the source of the
                # last frame in the paragraph before (« X raconte : » then the quote on its own)
                para = text.rfind("\n", 0, s) + 1
                # (not a « person » inside quotation marks: the model tags titles, « « Pierre Durand » »)
                pers = [ent for ent in doc.ents
                        if ent.label_ == "PER" and ent.start_char >= para and ent.end <= span.start
                        and not any(a <= ent.start and ent.end <= b for a, b in inside)]
                prev_para = text.rfind("\n", 0, max(para - 1, 0)) + 1
                lead = [f for f in outside if f.cue_i < span.start and doc[f.cue_i].idx >= prev_para
                        and doc[f.source_start].lower_ not in non_pronouns]
                if pers and doc.lang_ == "en":  # English: the sentence's subject before a person in a complement
                    p = _subject_first(pers, span.start)
                    q.speaker, q.speaker_start, q.speaker_end = p.text, p.start, p.end
                elif pers:
                    # « X sur la victoire de Y : « ... » »: the person a line opens with, before the colon
                    # that introduces the quotation, not one named in the topic after it
                    # « le maire X a demandé à son adjoint Y de « ... » »: the subject of the
                    # quote's sentence before a person named in its complements
                    p = _opening_person(doc, span, pers, para) or _subject_first(pers, span.start, {"nsubj"})
                    if not _topic_complement(doc, p, span):
                        q.speaker, q.speaker_start, q.speaker_end = p.text, p.start, p.end
                elif lead:
                    f = lead[-1]
                    q.speaker, q.speaker_start, q.speaker_end, q.cue = f.source, f.source_start, f.source_end, f.cue
            quotes.append(q)
            framed.append(best is not None)
            last, last_frame = q, best
        if doc.lang_ != "en":
            _same_words(quotes, framed)
        if doc.lang_ == "en":
            from recoupe.lang.en.quotes import run_on_speakers

            run_on_speakers(text, quotes, framed)
        doc._.quotes = quotes
        return doc


_SUBJECT_PRONOUNS = {"il", "elle", "ils", "elles"}


def _set_off(doc: Doc, cue: int, inside: list[tuple[int, int]]) -> bool:
    """Is the verb at ``cue``, inside a quotation, an incise set off by a comma or a dash from the
    quoted words before it (« "A, explique X, B" »)? The first words of a quotation (« "soutenir
    les X, ..." ») or a verb inside its sentence are the quoted person's own, not an incise."""
    a = next((a for a, b in inside if a <= cue < b), 0)
    k = cue - 1
    while k > a and (doc[k].pos_ == "AUX" or doc[k].lower_ in {"se", "s'", "s’"}):
        k -= 1
    return k > a and doc[k].text in {",", "–", "—", "-", "("}


def _not_relays(doc: Doc, frames: list[Frame]) -> list[Frame]:
    """``frames`` without the prepositional ones (« according to Y ») that follow a reporting verb
    of their own sentence: they say where the verb's source spoke, not who speaks."""
    return [f for f in frames if not (f.kind == "prep" and any(
        g.kind in {"verb", "inverted", "colon"} and g.cue_i < f.cue_i
        and doc[g.cue_i].sent.start == doc[f.cue_i].sent.start for g in frames))]


def _beside(doc: Doc, frames: list[Frame], spoke: Frame | None) -> list[Frame]:
    """English: ``frames`` without those whose words are no speech and that hang under the verb of
    ``spoke``, the frame of the last quote (« "A," X said in a statement announcing the vote. "B." »:
    « a statement announcing » describes where X spoke, and X goes on speaking)."""
    if spoke is None or doc.lang_ != "en":
        return frames
    return [f for f in frames if not (f.kind == "nominal" and f is not spoke
                                      and any(t.i == spoke.cue_i for t in doc[f.cue_i].ancestors))]


def _folded_words(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split())


def _same_words(quotes: list[FoundQuote], framed: list[bool]) -> None:
    """A quotation no frame speaks whose words (three at least) a framed quotation of the article
    holds too takes that quotation's speaker (a headline quoting the words the lead gives again
    with their source: « après « dix jours de blocage », le port rouvre. ... rouvre après « dix jours
    de blocage », a indiqué la préfecture »)."""
    for n, q in enumerate(quotes):
        key = _folded_words(q.text)
        if framed[n] or len(key.split()) < 3:
            continue
        src = next((o for m, o in enumerate(quotes) if m != n and framed[m] and o.speaker
                    and key in _folded_words(o.text)), None)
        if src is not None:
            q.speaker, q.speaker_start, q.speaker_end, q.cue = src.speaker, src.speaker_start, src.speaker_end, src.cue


def _opening_person(doc: Doc, span: Span, pers: list[Span], para: int) -> Span | None:
    """The person whose name opens the line (at character ``para``) of a quotation introduced by a
    colon, with no finite verb between the name and the colon (« X sur la victoire de Y :
    « ... » », « X à Z : "..." »); None otherwise. French only."""
    if doc.lang_ == "en" or pers[0].start_char != para:
        return None
    i = span.start - 1
    while i >= 0 and (doc[i].is_quote or doc[i].is_space):
        i -= 1
    if i < 0 or doc[i].text != ":" or doc[i].idx - pers[0].end_char > 80:
        return None
    if any((t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm", [])) or t.text in {".", "!", "?", ":"}
           for t in doc[pers[0].end:i]):
        return None
    return pers[0]


def _topic_complement(doc: Doc, person: Span, span: Span) -> bool:
    """Is ``person`` named in a complement of a topic that a colon closes right before the
    quotation, while a comma or a colon after it opens the clause that names the voice
    (« Harcèlement de X : "...", une élue ... »)? The topic says what the words are about, not who
    speaks them (« Le procès de X : "Je suis innocent" » may well be X's)."""
    i = span.start - 1
    while i >= 0 and (doc[i].is_quote or doc[i].is_space):
        i -= 1
    j = span.end
    while j < len(doc) and (doc[j].is_quote or doc[j].is_space):
        j += 1
    if j >= len(doc) or doc[j].text not in {",", ":"}:
        return False
    return (i >= 0 and doc[i].text == ":" and person.end <= i and person.start > 0
            and doc[person.start - 1].pos_ == "ADP" and not any(
                t.pos_ in {"VERB", "AUX"} or t.is_punct for t in doc[person.end:i]))


def _incise_after(doc: Doc, frames: list[Frame], span: Span) -> Frame | None:
    """The inverted frame whose verb follows the quotation with only its closing mark, a comma, an
    auxiliary or a reflexive pronoun between (« “…”, souligne X », « “…”, a déclaré Y », « “…”, se
    réjouit Z »), its subject after the verb; None if there is none."""
    for f in frames:
        if f.kind != "inverted" or not (span.end <= f.cue_i <= span.end + 5) or f.source_start < f.cue_i:
            continue
        between = doc[span.end:f.cue_i]
        if any(t.text == "," for t in between) and all(
                t.is_punct or t.is_quote or t.is_space or t.pos_ == "AUX" or t.lower_ in {"se", "s'", "s’"}
                for t in between):
            return f
    return None


_CLITIC_OBJECTS = {"le", "l'", "l’"}
# object and reflexive clitics, as they stand right before a verb (« l'accusant », « les appelant »)
_CLITICS_BEFORE_VERB = {"l'", "l’", "le", "la", "les", "se", "s'", "s’", "lui", "leur", "y", "en"}
# reporting verbs that pass on someone else's words (« a rapporté l'agence », « a relayé la chaîne »)
_PASSING_ON = {"rapporter", "relayer"}


def _can_speak(doc: Doc, a: int, b: int) -> bool:
    """Could the phrase ``doc[a:b]`` be someone who speaks or writes: a name, a pronoun, or a noun
    of a role, a body, a medium, a document, a person or an anonymous voice?"""
    return _sourceish(doc, a, b) or any(
        t.pos_ in {"PROPN", "PRON"} or t.ent_type_ or (t.text[:1].isupper() and t.i > t.sent.start)
        or t.lower_ in HUMAN_NOUNS or t.lower_ in DOCUMENT_HEADS for t in doc[a:b])


def _bare_incise(doc: Doc, span: Span) -> Frame | None:
    """An incise told by its syntax alone, whatever its verb (« "…", s'agacent encore des
    riverains », « "…", comme le raconte X, gardienne du site »): after the closing mark and a
    comma, a finite verb (or an auxiliary and its participle, « se » allowed before), adverbs, then
    its inverted subject, a noun phrase opening on a determiner or a name that can name a source,
    which ends the clause. French only; None when the words after the quotation are not so."""
    sent = doc[span.end - 1].sent
    limit = sent.end
    i = span.end
    while i < limit and (doc[i].is_quote or doc[i].is_space):
        i += 1
    if i >= limit or doc[i].text != ",":
        return None
    i += 1
    if i + 1 < limit and doc[i].lower_ == "comme" and doc[i + 1].lower_ in _CLITIC_OBJECTS:
        i += 2  # « comme le raconte X »: the clitic stands for the quoted words
    aux = False
    while i < limit and (doc[i].lower_ in {"se", "s'", "s’"} or doc[i].pos_ == "AUX"):
        aux = aux or doc[i].pos_ == "AUX"
        i += 1
    if i >= limit or doc[i].pos_ != "VERB" or doc[i].text[:1].isupper():
        return None
    form = doc[i].morph.get("VerbForm", [])
    if not ("Fin" in form or (aux and "Part" in form)):
        return None
    a, b = _clean_np(doc, *_np_after(doc, i + 1, limit))
    # « ..., avance cette habitante tandis que ... »: a subordinate clause ends the subject
    b = next((k for k in range(a + 1, b) if doc[k].dep_ == "mark" or (
        k + 1 < limit and doc[k].pos_ == "ADV" and doc[k + 1].lower_ in {"que", "qu'", "qu’"})), b)
    a, b = _appositive_name(doc, a, b, limit)
    if b <= a or not (doc[a].pos_ in {"DET", "PROPN"} or doc[a].ent_type_ == "PER" or doc[a].lower_ in {"des", "du"}):
        return None
    if doc[a].ent_type_ == "PER" and doc[a].ent_iob_ == "B":
        # « "…", a avancé Jeanne X lors d'un débat au conseil ... »: a name followed by a
        # preposition ends there; what follows is where or when the person spoke
        k = a + 1
        while k < b and doc[k].ent_iob_ == "I" and doc[k].ent_type_ == "PER":
            k += 1
        if k < b and doc[k].pos_ == "ADP":
            b = k
    head = next((t for t in doc[a:b] if t.pos_ in {"NOUN", "PROPN"} or t.ent_type_), None)
    # the phrase's own head names a source (« portait le chapeau du président » is an object)
    if head is None or not (_sourceish(doc, head.i, head.i + 1) or head.lower_ in HUMAN_NOUNS):
        return None
    if b < limit and not (doc[b].is_punct or doc[b].pos_ in {"VERB", "ADP", "SCONJ"} or doc[b].dep_ == "mark"):
        return None
    a, b = _trim_source(doc, a, b)
    return Frame(doc[a:b].text, a, b, doc[i].lemma_, i, "reported", sent.start, span.end, "inverted")


_OF = {"de", "du", "des", "d'", "d’"}
# verbs of describing or calling something (« décrit comme », « qualifié de »): their agent speaks the
# words they call it by
_NAMING_VERBS = {"décrire", "qualifier", "présenter", "surnommer", "baptiser", "désigner", "appeler", "dépeindre",
                 "considérer", "traiter"}


def _naming_agent(doc: Doc, span: Span) -> tuple[int, int] | None:
    """The agent, in « par », of a past participle of describing or calling whose « comme » or
    « de » complement the quotation is (« décrit par les médias comme « ... » », « qualifié par
    l'opposition de « ... » »), as a token range; None otherwise. Only a phrase that can speak."""
    k = span.start - 1
    while k >= 0 and (doc[k].is_quote or doc[k].is_space):
        k -= 1
    if k < 3 or doc[k].lower_ not in {"comme", "de", "d'", "d’"}:
        return None
    lo = max(0, k - 12)
    part = next((t for t in reversed(doc[lo:k]) if t.pos_ == "VERB" and "Part" in t.morph.get("VerbForm", [])
                 and (t.lemma_ in _NAMING_VERBS or t.lemma_ in _REPORTING)), None)
    if part is None or part.i + 2 >= k or doc[part.i + 1].lower_ != "par":
        return None
    a, b = part.i + 2, k
    if any(t.is_punct or t.pos_ in {"VERB", "AUX"} for t in doc[a:b]):
        return None
    a, b = _clean_np(doc, a, b)
    return (a, b) if b > a and _can_speak(doc, a, b) else None


def _voice_owner(doc: Doc, span: Span) -> tuple[int, int] | None:
    """The source named in the « de » complement of a voice noun (:data:`VOICE_NOUNS`: a threat, an
    appeal, a promise) whose other complement, in « de » or « à », is the quotation (« les menaces
    du gouvernement de « fermer » le stade », « l'appel du ministre à « rester prudents » »), as a
    token range, or None. Only a name or a noun that can name a source."""
    k = span.start - 1
    while k >= 0 and (doc[k].is_quote or doc[k].is_space):
        k -= 1
    if k < 2 or doc[k].lower_ not in _OF | {"à"}:
        return None
    lo = max(0, k - 10)
    voice = next((t.i for t in reversed(doc[lo:k]) if t.lower_ in VOICE_NOUNS), None)
    if voice is None or voice + 2 >= k or doc[voice + 1].lower_ not in _OF:
        return None
    a, b = voice + 2, k
    while a < b and doc[a].pos_ == "DET":
        a += 1
    words = doc[a:b]
    if not len(words) or any(t.is_punct or t.pos_ in {"VERB", "AUX", "PRON"} for t in words):
        return None
    if not (_sourceish(doc, a, b) or any(t.ent_type_ in {"PER", "ORG"} or t.lower_ in HUMAN_NOUNS for t in words)):
        return None
    return voice + 2 if doc[voice + 1].lower_ in {"de", "d'", "d’"} else a, b


def _participle_owner(doc: Doc, span: Span) -> tuple[int, int, int, bool] | None:
    """The noun phrase a present participle of a reporting verb hangs on, when the quotation lies
    in that participle's words (« une plainte dénonçant "..." », « des publications affirmant que
    ... "..." »): (phrase start, phrase end, participle index, whether a comma sets the participle
    off), or None. The phrase runs from the noun's first word to the participle, without the
    punctuation before it; a text or a message issued by someone (« X a publié un communiqué
    dénonçant "..." ») is that someone's words."""
    sent = span.root.sent
    first = next((t for t in span if t.is_alpha), span.root)
    for verb in [*first.ancestors, *span.root.ancestors]:
        if verb.i >= span.start or verb.i < sent.start:
            continue
        if not (verb.pos_ == "VERB" and verb.text.lower().endswith("ant") and verb.lemma_ in _REPORTING
                and verb.dep_ in {"acl", "acl:relcl", "amod", "advcl", "xcomp"}):
            continue
        k = verb.i - 1
        while k > sent.start and (doc[k].pos_ == "PRON" or doc[k].lower_ in _CLITICS_BEFORE_VERB):
            k -= 1  # « , l'accusant de », « , se disant » (a clitic the tagger read as an article)
        if doc[k].text == ",":
            # « Un musée annule une soirée, dénonçant "..." »: set off by a comma, the participle
            # tells what the subject of the clause it hangs on does
            owner = _clause_subject_of(doc, verb)
            return (*owner, True) if owner is not None else None
        noun = verb.head
        if verb.dep_ in {"advcl", "xcomp"}:
            # (the parse hangs the participle on the clause's verb: right after a noun phrase,
            # with no comma between, it describes that phrase's noun)
            if verb.i <= sent.start or doc[verb.i - 1].pos_ not in {"NOUN", "PROPN", "ADJ"}:
                return None
            noun = doc[verb.i - 1]
            while noun.dep_ in {"nmod", "amod", "flat:name"} and noun.head.i < noun.i:
                noun = noun.head
        if noun.pos_ not in {"NOUN", "PROPN"} or noun.i >= verb.i:
            return None
        a, b = noun.left_edge.i, verb.i
        while a < noun.i and (doc[a].pos_ == "ADP" or doc[a].dep_ in {"case", "fixed"}):
            a += 1  # « fait suite à un signalement »
        while b > noun.i + 1 and (doc[b - 1].is_punct or doc[b - 1].is_space):
            b -= 1
        if any(t.is_quote or t.pos_ in {"VERB", "AUX"} for t in doc[a:b]):
            return None
        issuer = noun.head
        if noun.dep_ == "obj" and issuer.pos_ == "VERB" and issuer.lemma_ in ISSUING_VERBS:
            # « les autorités ont émis une alerte appelant à ... »: who issued the text speaks
            subj = next((c for c in issuer.children if c.dep_ == "nsubj" and c.i < noun.i), None)
            if subj is not None and subj.pos_ in {"NOUN", "PROPN"}:
                sa, sb = subj.left_edge.i, subj.i + 1
                while sb < noun.i and sb <= subj.right_edge.i and not doc[sb].is_punct and doc[sb].pos_ not in {
                        "VERB", "AUX", "PRON"}:
                    sb += 1
                if not any(t.lower_ in DOCUMENT_HEADS for t in doc[sa:sb]):
                    return sa, sb, verb.i, False
        return a, b, verb.i, False
    return None


def _clause_subject_of(doc: Doc, verb: Token) -> tuple[int, int, int] | None:
    """The subject noun phrase, before ``verb``, of the finite clause a participle ``verb`` set off
    by a comma hangs on (up the parse through nouns to the first verb with a subject), as
    (start, end, participle index), or None when that subject is no noun or name before it."""
    head = verb.head
    for _ in range(6):
        if head.pos_ in {"VERB", "AUX"} and any(c.dep_ == "nsubj" for c in head.children):
            break
        if head.head.i == head.i:
            return None
        head = head.head
    subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.i >= verb.i or subj.pos_ not in {"NOUN", "PROPN"}:
        return None
    a, b = subj.left_edge.i, subj.i + 1
    while b < verb.i and b <= subj.right_edge.i and not doc[b].is_punct and doc[b].pos_ not in {"VERB", "AUX", "PRON"}:
        b += 1  # its complements (« de la ville »), not an apposition, a relative clause or a clitic
    return a, b, verb.i


def _verb_subject(doc: Doc, span: Span) -> Span | None:
    """The subject noun phrase, before the quotation, of the finite verb the quoted words open
    with (« Oslo « refuse » le plan », « la procureure “confirme la piste” »), or None.
    Only a noun or a name: « je », « on » and the relative « qui » say nothing of who speaks."""
    verb = span[0]
    if verb.pos_ not in {"VERB", "AUX"} or "Fin" not in verb.morph.get("VerbForm", []):
        return None
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubj:pass"}), None)
    if subj is None or subj.i >= span.start or subj.pos_ not in {"NOUN", "PROPN"}:
        return None
    if any(t.text == ":" for t in doc[subj.i:span.start]):
        return None  # « Santé : X « regrette ... » »: a headline's topic is no subject of the clause after it
    a, b = subj.left_edge.i, subj.i + 1
    while b < span.start and b <= subj.right_edge.i and not doc[b].is_punct and doc[b].pos_ != "VERB":
        b += 1  # its complements (« de la République de Rodez »), not an apposition or a relative
    if not _can_speak(doc, a, b):
        return None  # « la situation « reste tendue » »: the words are about it, someone else's
    return doc[a:b]


def _clause_subject(span: Span) -> Span | None:
    """The person named, before the quote, as the subject of a verb the quote's words hang under
    (« Jane Roe dismissed the plan as "a failure" »), or None."""
    sent = span[0].sent
    above = {t.i for t in span[0].ancestors}
    for ent in reversed([e for e in sent.ents if e.label_ == "PER" and e.end <= span.start]):
        if ent.root.dep_ in {"nsubj", "nsubjpass"} and ent.root.head.i in above:
            return ent
    return None


def _subject_first(pers: list[Span], before: int, subjects: frozenset[str] | set[str] = frozenset({
        "nsubj", "nsubjpass"})) -> Span:
    """Of the people named before a quote with no frame, the one named as the subject of the
    quote's own sentence, or in apposition to it ("The aide, Jane Roe, wrote to John Doe, saying he
    should "..."" is Jane Roe's), else the last one named."""
    here = pers[-1].doc[before].sent.start
    for ent in reversed(pers):
        if ent.sent.start != here:
            continue
        root = ent.root
        if root.dep_ == "appos":
            root = root.head
        if root.dep_ in subjects:
            return ent
    return pers[-1]


def _subject_person(doc: Doc, span: Span) -> Span | None:
    """The person named as the subject of the quote's sentence, before a colon that introduces the
    quote (« X est plus nuancée : "..." »), or None. Without the colon a subject is often only the
    one spoken of (« X avait certes "un appétit développé" »)."""
    i = span.start - 1
    while i >= 0 and (doc[i].is_quote or doc[i].is_space):
        i -= 1
    if i < 0 or doc[i].text != ":":
        return None
    sent = doc[span.start].sent
    # English: the clause may end at the colon (« X was quick to retort: "..." », the quote parsed
    # apart), or the quote open a sentence of its own after it
    english = doc.lang_ == "en"
    if english and sent.start > i:
        sent = doc[i].sent
    for ent in reversed([e for e in sent.ents if e.label_ == "PER" and e.end <= span.start]):
        root = ent.root
        if root.dep_ == "appos" and root.head.dep_ in {"nsubj", "nsubj:pass"}:
            root = root.head  # « le sucre, Claire X, est ... » parsed as an apposition to the subject
        if root.dep_ in {"nsubj", "nsubj:pass"} and root.head.i < span.start and (
                span.start <= root.head.right_edge.i + 1 or (english and i <= root.head.right_edge.i + 1)):
            return ent
    # « il porte un regard sévère sur son œuvre : "..." »: a subject pronoun, resolved later as
    # the subjects of reporting verbs are
    for tok in doc[sent.start:i]:
        if (tok.lower_ in _SUBJECT_PRONOUNS and tok.dep_ == "nsubj" and tok.head.i < span.start
                and tok.head.i < i <= tok.head.right_edge.i + 1):
            return doc[tok.i:tok.i + 1]
    # « Les riverains réagissent : "..." »: the subject noun phrase of a verb of saying or of
    # voicing a reaction that the colon follows
    k = i - 1
    while k > sent.start and doc[k].pos_ == "ADV":
        k -= 1
    verb = doc[k]
    lemma = verb.lemma_.lower()
    if not english and verb.pos_ == "VERB" and (lemma in _REPORTING or lemma in HEADLINE_VOICE_VERBS
                                                or "s'" + lemma in HEADLINE_VOICE_VERBS):
        subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i and c.pos_ in {"NOUN", "PROPN"}),
                    None)
        if subj is not None:
            a, b = subj.left_edge.i, subj.i + 1
            while b < verb.i and b <= subj.right_edge.i and not doc[b].is_punct and doc[b].pos_ not in {
                    "VERB", "AUX", "PRON"}:
                b += 1
            from recoupe.nlp.extract import human_like

            if _can_speak(doc, a, b) or (subj.pos_ == "NOUN" and human_like(subj)):
                return doc[a:b]
    # the parse lost the subject (« Sur ce point, Claire Y est quant à elle plus réservée : ») : a
    # name no preposition governs, right before the sentence's verb or copula
    for ent in (e for e in sent.ents if e.label_ == "PER" and e.end < i):
        before = doc[ent.start - 1] if ent.start > sent.start else None
        if before is not None and before.pos_ in {"ADP", "DET"}:
            continue
        if doc[ent.end].pos_ in {"AUX", "VERB"} and doc[ent.end].dep_ in {"cop", "ROOT", "aux:tense", "aux"}:
            return ent
    return None


def _named_between(doc: Doc, frames: list[Frame], lo: int, hi: int, non_pronouns: frozenset[str]) -> bool:
    """Is another voice named between two quotes (a frame whose cue lies in characters ``lo:hi``,
    « "...", dénonce X. La mémoire est une arme, disait Y. Elle est "..." »)? Then the earlier quote's
    speaker does not carry over; the speaker run decides."""
    return any(lo <= doc[f.cue_i].idx < hi and f.kind != "continuation"
               and doc[f.source_start].lower_.lstrip("-") not in non_pronouns for f in frames)


_KIND_RANK = {"inverted": 0, "verb": 0, "colon": 0, "prep": 1, "continuation": 2, "nominal": 3}


def _nearest(frames: list[Frame], start: int, end: int) -> Frame | None:
    """The frame that speaks a quote: a reporting verb before a « selon », a continuation or a verb
    with a nominal object (« Depuis que l'État a reconnu X, "...", a rappelé le ministre »), and
    among equals the one whose cue is closest to the quote."""
    if not frames:
        return None
    return min(frames, key=lambda f: (_KIND_RANK.get(f.kind, 1),
                                      min(abs(f.cue_i - start), abs(f.cue_i - end))))


def _speaker_run(doc: Doc, frames: list[Frame], last: FoundQuote | None, s: int,
                 non_pronouns: frozenset[str] = SPEAKER_NON_PRONOUNS) -> tuple[str, int, int, str] | None:
    """The speaker still talking at character ``s``: the later of the last quote's speaker and the
    last named frame source, if it is at most two paragraphs (and 600 characters) back."""
    text = text_of(doc)
    cands: list[tuple[int, tuple[str, int, int, str]]] = []
    if last is not None and last.speaker:
        cands.append((last.end, (last.speaker, last.speaker_start, last.speaker_end, last.cue)))
    for f in frames:
        end_char = doc[f.cue_i].idx
        if end_char < s and f.kind != "continuation" and doc[f.source_start].lower_ not in non_pronouns:
            cands.append((end_char, (f.source, f.source_start, f.source_end, f.cue)))
    if not cands:
        return None
    at, run = max(cands, key=lambda c: c[0])
    if s - at > 600 or text.count("\n\n", at, s) > 2:
        return None
    return run


def _reflexive_before(doc: Doc, i: int) -> bool:
    """Is the word at ``i`` a verb form after a reflexive pronoun, auxiliaries allowed between
    (« s'est dite », « se disent »)?"""
    k = i - 1
    while k >= 0 and doc[k].pos_ == "AUX":
        k -= 1
    return k >= 0 and doc[k].lower_ in {"se", "s'", "s’"}


def speechlike(doc: Doc, span: Span, *, framed: bool) -> bool:
    """Is this quoted stretch someone's words, rather than a name, a title or the writer's own
    scare quotes? Words with no letters (« 1* »), what follows a naming word (« l'opération
    « X » ») and a short term after a demonstrative (« ce "privilège" ») never are; under a
    reporting frame anything else is; without one, only a stretch long enough to be a statement
    (four words, or a finite verb)."""
    words = [t for t in span if t.is_alpha]
    if not words:
        return False
    i = span.start - 1
    while i >= 0 and (doc[i].is_punct or doc[i].is_space or doc[i].is_quote):
        i -= 1
    if i >= 0 and doc[i].lower_ in _words(doc)[0] and not _reflexive_before(doc, i):
        return False  # (« s'est dite « ... » » says, « la section dite « X » » names)
    if i >= 0 and doc[i].lower_ in {"ce", "cet", "cette", "ces"} and len(words) <= 3 and not any(
            t.pos_ in {"VERB", "AUX"} for t in span):
        return False  # « ce "privilège d'admission" »: a term taken up again, not words spoken
    if (i >= 0 and doc.lang_ != "en" and doc[i].lower_ in TITLE_ARTICLES and words[0].is_title
            and not any(t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm", []) for t in span)):
        return False  # « le succès du « Jardin des sept lunes » »: a title, whatever frame is near
    if framed:
        return True
    return len(words) >= 4 or any(t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm", []) for t in span)
