"""Plain words for the codes the library stores: claim-group statuses, modalities, contradiction
kinds, date precisions and TIMEX3 values ("PXD", "PRESENT_REF"), and display names for articles
and stories that have none.

Shared by the report, the web app and the command line. User pages show these words; the JSON
(API, ``dossier.json``, ``--json``) keeps the codes. An unknown code is shown as itself with
underscores turned into spaces, so a status added to the library later still reads.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from recoupe.claims.status import MEANING

# Claim-group statuses: recoupe.claims.status computes them and says what each means; the two
# older codes are kept for stores built before it.
STATUSES: dict[str, tuple[str, str]] = {
    **{code: (code.replace("_", " "), meaning) for code, meaning in MEANING.items()},
    "contradiction": ("contradiction", "two accounts cannot both be true"),
    "denied": ("denied", "stated only as a denial"),
}
# The order in which a reader should see them: what is in doubt first.
STATUS_ORDER = ["contradicted", "contradiction", "disputed", "denied", "hedged", "single_source", "confirmed"]

MODALITIES: dict[str, tuple[str, str]] = {
    "asserted": ("asserted", "the article states it as a fact, in its own voice"),
    "reported": ("reported", "the article attributes it to someone (« selon », « a déclaré »)"),
    "conditional": ("conditional", "in the conditional mood: the article does not vouch for it (« aurait »)"),
    "speculative": ("speculative", "a possibility, plan or expectation (« pourrait », « devrait », « envisage »)"),
    "denied": ("denied", "stated as not true, or denied by someone"),
}

# Short chips; the library's explanation says the rest.
CONTRADICTION_KINDS: dict[str, str] = {
    "direction": "stated vs denied",
    "negation": "stated vs denied",
    "place": "different places",
    "date": "different dates",
    "number": "different figures",
    "planned_vs_happened": "planned vs done",
    "attribute": "different descriptions",
    "self": "within one article",
}

ENTITY_TYPES: dict[str, str] = {"PER": "person", "ORG": "organisation", "LOC": "place", "MISC": "other name",
                                "WEAPON": "weapon", "EVENT": "event"}

PRECISIONS: dict[str, str] = {
    "day": "to the day", "month": "to the month", "year": "to the year", "week": "to the week",
    "season": "to the season", "decade": "to the decade", "unknown": "vague",
}

_SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
_PARTS = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night", "MI": "midday", "DT": "daytime"}
_UNITS = {"Y": ("year", "years"), "M": ("month", "months"), "W": ("week", "weeks"), "D": ("day", "days"),
          "Q": ("quarter", "quarters"), "DE": ("decade", "decades"), "CE": ("century", "centuries"),
          "ML": ("millennium", "millennia"), "S6": ("half-year", "half-years")}
_TUNITS = {"H": ("hour", "hours"), "M": ("minute", "minutes"), "S": ("second", "seconds")}
_REFS = {"PRESENT_REF": "now (at the time of writing)", "PAST_REF": "in the past (unspecified)",
         "FUTURE_REF": "in the future (unspecified)"}


def _label(code: str) -> str:
    return str(code or "").replace("_", " ")


def status_label(code: str) -> str:
    return STATUSES.get(code, (_label(code), ""))[0]


def status_help(code: str) -> str:
    return STATUSES.get(code, ("", _label(code)))[1]


CONFIRMS_HELP = "one of the two claims, of two independent sources, that the confirmation rests on"


def confirmed_fact(summary: str, pair_texts: list[str]) -> str | None:
    """What a `confirmed` group is confirmed on, when its summary is not that: the first of the two
    confirming claims' texts (None when one of them is the summary, or there is no pair). A group
    may lump several facts; « confirmed » beside a summary two sources never stated would mislead."""
    if not pair_texts or any(summary in (t, t[:300]) for t in pair_texts):  # summaries are cut at 300
        return None
    return pair_texts[0]


def status_rank(code: str) -> int:
    """Sort key: contradicted and disputed first, confirmed last, unknown statuses in between."""
    return STATUS_ORDER.index(code) if code in STATUS_ORDER else STATUS_ORDER.index("single_source")


def modality_label(code: str) -> str:
    return MODALITIES.get(code, (_label(code), ""))[0]


def modality_help(code: str) -> str:
    return MODALITIES.get(code, ("", _label(code)))[1]


def contradiction_label(kind: str) -> str:
    return CONTRADICTION_KINDS.get(kind, _label(kind))


def precision_label(code: str) -> str:
    return PRECISIONS.get(code, _label(code))


def _month(y: str, m: str) -> str:
    name = calendar.month_name[int(m)] if m.isdigit() and 1 <= int(m) <= 12 else m
    return f"{name} {y}" if y.isdigit() else f"{name} (year not given)"


def _duration(body: str, time: bool) -> str:
    m = re.fullmatch(r"([\dX.]+)([A-Z]\d?|DE|CE|ML)", body)
    if not m:
        return body
    n, unit = m.groups()
    one, many = (_TUNITS if time else _UNITS).get(unit, (unit, unit))
    if n == "X":
        return f"a few {many}"
    try:
        num = float(n)
    except ValueError:
        return body
    text = f"{num:g}"
    return f"{text} {one if num == 1 else many}"


def timex_words(value: str) -> str:
    """A TIMEX3 value in words: "2023-03" -> "March 2023", "PXD" -> "a few days",
    "PRESENT_REF" -> "now (at the time of writing)"; anything else is returned as it is."""
    v = (value or "").strip()
    if v in _REFS:
        return _REFS[v]
    if v.startswith("P") and len(v) > 1:
        if v.startswith("PT"):
            return _duration(v[2:], True)
        return _duration(v[1:], False)
    m = re.fullmatch(r"(\d{4}|XXXX)-(\d\d)-(\d\d)(?:T(\d\d:\d\d|[A-Z]{2}))?", v)
    if m:
        y, mo, d, t = m.groups()
        try:
            day = date(int(y), int(mo), int(d)).strftime("%A %-d %B %Y") if y.isdigit() else \
                f"{int(d)} {calendar.month_name[int(mo)]} (year not given)"
        except ValueError:
            return v
        if t:
            day += f", {_PARTS.get(t, t)}"
        return day
    m = re.fullmatch(r"(\d{4}|XXXX)-(\d\d)", v)
    if m:
        return _month(*m.groups())
    m = re.fullmatch(r"(\d{4})-W(\d\d)", v)
    if m:
        return f"week {int(m[2])} of {m[1]}"
    m = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", v)
    if m:
        return f"{_SEASONS[m[2]]} {m[1]}"
    m = re.fullmatch(r"(\d{3})X?", v)
    if m and len(v) == 4:
        return f"the {m[1]}0s"
    m = re.fullmatch(r"XXXX-WXX-(\d)", v)
    if m:
        return f"a {calendar.day_name[int(m[1]) - 1]} (week not given)"
    return v


# -- names for things that have none ------------------------------------------------------------
LEAD_WORDS = 12
LABEL_CHARS = 90


def first_words(text: str, n: int = LEAD_WORDS) -> str:
    """The first ``n`` words of ``text`` (its first sentence if shorter), with "…" when cut."""
    flat = " ".join((text or "").split())
    if not flat:
        return ""
    m = re.match(r"(.{20,}?[.!?])(?:\s|$)", flat)
    sentence = m.group(1) if m else flat
    words = sentence.split(" ")
    if len(words) <= n:
        return sentence
    return " ".join(words[:n]).rstrip(",;:—–-") + "…"


def article_name(title: str | None, lead: str | None = "", outlet: str | None = "") -> str:
    """What to call an article: its title; else its first words; else "untitled (outlet)". Never an id."""
    if title and title.strip():
        return title.strip()
    words = first_words(lead or "")
    if words:
        return words
    return f"untitled article ({outlet})" if outlet else "untitled article"


def story_name(label: str | None) -> str:
    """A story label that does not stop mid-sentence: a cut label ends at a word boundary with "…"."""
    text = " ".join((label or "").split())
    if not text:
        return "untitled story"
    if len(text) > LABEL_CHARS:
        text = text[:LABEL_CHARS].rsplit(" ", 1)[0]
        return text.rstrip(",;:—–-") + "…"
    if text[-1] in ".!?»…\"”)" or len(text) < 60:
        return text
    # a label cut at a fixed width (the first 80 characters of a text): say so
    return text.rsplit(" ", 1)[0].rstrip(",;:—–-") + "…" if " " in text else text + "…"
