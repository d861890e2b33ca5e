"""Article metadata read from fields or from the text: bylines, publication dates, outlet, title shape.

Dates: :func:`parse_date` first tries explicit patterns (ISO, day/month/year numbers read day-first as
in French, day-month-name-year and month-name-day-year in French and English, abbreviations with or
without a dot, RFC 822), then ``dateparser`` (languages fr, en). Every date goes through
:func:`plausible` (1990-01-01 .. today + 1 day); an implausible one is dropped with an E021 log line.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from datetime import date, timedelta
from functools import lru_cache
from urllib.parse import urlsplit

from recoupe.clean.lexicons import AGENCIES, BYLINE_PREFIXES
from recoupe.errors import E
from recoupe.lang import dateline_months

log = logging.getLogger(__name__)

EARLIEST = date(1990, 1, 1)

# Month names of every language pack: a dateline is read whatever the article's language.
_MONTH_NUM: dict[str, int] = dateline_months()
_MONTH_RE = "(" + "|".join(sorted(_MONTH_NUM, key=len, reverse=True)) + r")\.?"

_ISO = re.compile(r"\b((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})(?!\d)")
_DMY_NUM = re.compile(r"(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)?\d\d)(?![\d/])")
_DMY_NAME = re.compile(r"\b(\d{1,2})(?:er|st|nd|rd|th)?\.?\s*" + _MONTH_RE + r",?\s*((?:19|20)\d\d)\b", re.IGNORECASE)
_MDY_NAME = re.compile(r"\b" + _MONTH_RE + r"\s*(\d{1,2})(?:st|nd|rd|th)?\s*,?\s*((?:19|20)\d\d)\b", re.IGNORECASE)

_NAME_TOKEN = r"(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*|d['’][A-ZÀ-Þ][\w'-]*|de|du|des|da|di|van|von|der|den|le|la|el|al|bin|ben|ibn)"
_NAME = rf"[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+{_NAME_TOKEN}){{1,4}}"
_AGENCY = "(?:" + "|".join(re.escape(a) for a in sorted(AGENCIES, key=len, reverse=True)) + ")"
_SEP = r"\s*(?:,|&|/|\bet\b|\band\b|\bavec\b|\bwith\b|\|)\s*"
_BYLINE_PREFIX = re.compile(r"^(?:" + "|".join(BYLINE_PREFIXES) + r")\s+", re.IGNORECASE)
_NAMES_AND_AGENCIES = re.compile(
    rf"^\(?(?:(?:{_NAME}|{_AGENCY})(?:{_SEP}(?:avec\s+|with\s+)?(?:{_NAME}|{_AGENCY}))*|(?:avec|with)\s+{_AGENCY}(?:{_SEP}{_AGENCY})*)\)?\.?$"
)
_AGENCY_ONLY = re.compile(rf"^\(?(?:(?:avec|with|source)\s*:?\s*)?{_AGENCY}(?:{_SEP}{_AGENCY})*\)?\.?$", re.IGNORECASE)


def plausible(d: date, *, today: date | None = None) -> bool:
    return EARLIEST <= d <= (today or date.today()) + timedelta(days=1)


def _mk(y: int, m: int, d: int) -> date | None:
    if y < 100:
        y += 2000 if y < 70 else 1900
    try:
        return date(y, m, d)
    except ValueError:
        return None


def find_date(text: str) -> date | None:
    """The first explicit full date (day, month, year) in ``text``, by pattern only."""
    best: tuple[int, date] | None = None
    for rx, order in ((_ISO, "ymd"), (_DMY_NAME, "dmy"), (_MDY_NAME, "mdy"), (_DMY_NUM, "dmy")):
        for m in rx.finditer(text):
            a, b, c = m.group(1), m.group(2), m.group(3)
            if order == "ymd":
                d = _mk(int(a), int(b), int(c))
            elif order == "dmy":
                month = int(b) if b.isdigit() else _MONTH_NUM.get(b.lower().rstrip("."))
                d = _mk(int(c), month, int(a)) if month else None
            else:
                month = _MONTH_NUM.get(a.lower().rstrip("."))
                d = _mk(int(c), month, int(b)) if month else None
            if d is not None:
                if best is None or m.start() < best[0]:
                    best = (m.start(), d)
                break
    return best[1] if best else None


@lru_cache(maxsize=4096)
def parse_date(value: str) -> date | None:
    """A date from a metadata value or a dateline; None when there is no full date."""
    value = value.strip()
    if not value or len(value) > 200:
        return None
    found = find_date(value)
    if found is not None:
        return found
    try:
        import dateparser

        parsed = dateparser.parse(
            value, languages=["fr", "en"],
            settings={"DATE_ORDER": "DMY", "REQUIRE_PARTS": ["day", "month", "year"],
                      "PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False},
        )
    except Exception:  # dateparser raises assorted errors on odd strings; a bad date is no date
        return None
    return parsed.date() if parsed is not None else None


def checked(d: date | None, origin: str, raw: str = "") -> date | None:
    """``d`` when plausible, else None (logged as E021)."""
    if d is None:
        return None
    if plausible(d):
        return d
    hi = date.today() + timedelta(days=1)
    log.info(E.E021.format(path=origin, value=raw or d.isoformat(), lo=EARLIEST.isoformat(), hi=hi.isoformat()))
    return None


def byline_of(line: str) -> str | None:
    """The author string when ``line`` is a byline ("Par Jean Dupont", "Jean Dupont & AFP"), else None."""
    text = " ".join(line.split())
    if not text or len(text) > 120:
        return None
    m = _BYLINE_PREFIX.match(text)
    if m:
        rest = text[m.end():].strip(" :,-–—")
        # "Par Jean Dupont, envoyé spécial à Kiev" / "By Jane Doe | Reuters" / "Par Jean Dupont le 12/09/2023"
        rest = re.split(r"\s+(?:le|on|mis à jour|publié|updated)\s+\d|\s+[|•·]\s+(?=\d)", rest)[0].strip()
        if (rest and rest[0].isupper() and len(rest.split()) <= 12 and not rest.endswith((".", "!", "?"))) or (
            rest and _AGENCY_ONLY.match(rest)
        ):
            return rest
        return None
    if _AGENCY_ONLY.match(text):
        return text.strip("()")
    if _NAMES_AND_AGENCIES.match(text) and re.search(rf"\b{_AGENCY}\b", text):
        return text.strip("()")
    return None


def looks_like_name(line: str) -> bool:
    """Two to five capitalised words, nothing else (a bare author line)."""
    text = " ".join(line.split())
    return bool(re.fullmatch(_NAME, text)) and len(text) <= 60


def outlet_from_url(url: str) -> str:
    """The site's host without ``www.``/``m.`` ("lemonde.fr"); '' when ``url`` has no host."""
    if not url:
        return ""
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname or ""
    except ValueError:
        return ""
    host = host.lower().rstrip(".")
    for prefix in ("www.", "www2.", "m.", "amp.", "mobile."):
        if host.startswith(prefix):
            host = host[len(prefix):]
    return host if "." in host else ""


def alpha_words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]{2,}", text)


def is_headline_shape(line: str) -> bool:
    """A short line that reads like a headline: no final period, 3+ words, under 200 characters."""
    text = line.strip()
    if not text or len(text) >= 200 or (text.endswith((".", ";", ",", ":")) and not text.endswith("...")):
        return False
    words = alpha_words(text)
    if len(words) < 3:
        return False
    letters = [c for c in text if c.isalpha()]
    return (bool(letters) and unicodedata.category(letters[0]) in ("Lu", "Lt")) or text[0] in "«\"“'‘(["


_TITLE_SEP = re.compile(r"\s+(?:[|–—•·»-]|::)\s+")


def _squash(text: str) -> str:
    return re.sub(r"[^\w]+", "", text.casefold())


def strip_site_name(title: str, sitename: str = "") -> str:
    """Drop the site-name/section/date segments pages add to ``<title>``: "Titre - Le Site | Rubrique".

    A trailing (or leading) segment goes when it matches ``sitename``, is a date, or is at most four words
    while what remains still has three words or more.
    """
    title = " ".join(title.split())
    parts = _TITLE_SEP.split(title)
    if len(parts) < 2:
        return title
    site = _squash(sitename)
    site = re.sub(r"(?:www|fr|com|org|net|be|ch|ca|info)$", "", site) if site else ""

    def is_site(part: str) -> bool:
        sq = _squash(part)
        return bool(site) and bool(sq) and (sq in site or site in sq)

    def is_date(part: str) -> bool:
        return bool(re.fullmatch(r"[\d./ -]{6,}", part)) or (find_date(part) is not None and len(part) < 30)

    if len(parts) > 1 and is_site(parts[0]):
        parts = parts[1:]
    while len(parts) > 1:
        last = parts[-1]
        rest_words = len(alpha_words(" ".join(parts[:-1])))
        if is_site(last) or is_date(last) or (len(alpha_words(last)) <= 4 and rest_words >= 3):
            parts.pop()
            continue
        break
    return " - ".join(parts)


# -- outlet from the page's own words -----------------------------------------------------------
# Site furniture names the site: « Bienvenue sur RTL », « la rédaction de RTL », « la newsletter
# RTL Info », « © Le Monde 2023 », « Subscribe to World & New World Newsletter ». Only removed
# (furniture) lines are read, never the body, where « selon RTL » is a source, not the outlet.
_SITE_NAME = r"(?P<name>[A-Z0-9][\w’'.-]*(?:\s+(?:&\s+|de\s+|du\s+|la\s+|le\s+|des\s+)?[A-Z0-9][\w’'.-]*){0,4})"
_OUTLET_CUES = [re.compile(p) for p in (
    rf"\b(?:[Bb]ienvenue\s+(?:sur|à|chez)|[Ww]elcome\s+to)\s+(?:le\s+site\s+(?:de\s+|d['’]\s*)?)?{_SITE_NAME}",
    rf"\b[Ll]a\s+rédaction\s+(?:de|d['’])\s*{_SITE_NAME}",
    rf"\b[Nn]ewsletters?\s+(?:de\s+|d['’]\s*)?{_SITE_NAME}",
    rf"\b(?:[Ss]ubscribe\s+to|[Aa]bonnez-vous\s+à)\s+(?:la\s+newsletter\s+)?{_SITE_NAME}\s+[Nn]ewsletter",
    rf"(?:©|\([Cc]\)|[Cc]opyright)\s*(?:\d{{4}}\s*[-–]?\s*)?{_SITE_NAME}",
    rf"\b(?:[Vv]otre\s+compte|[Ll]['’]application|[Ll]a\s+communauté)\s+{_SITE_NAME}",
    rf"\b(?:[Tt]ous\s+droits\s+réservés|[Aa]ll\s+rights\s+reserved)\s*[:–-]?\s*{_SITE_NAME}",
)]
_NOT_OUTLET = {"facebook", "twitter", "x", "google", "apple", "instagram", "linkedin", "whatsapp", "youtube",
               "tiktok", "newsletter", "info", "infos", "actualité", "actualités", "les", "le", "la", "nos", "our",
               "the", "this", "cookies", "accepter", "continuer"}


def _site_name(raw: str) -> str:
    words = raw.strip(" .,’'-").split()
    while words and (words[-1].lower() in {"info", "infos", "newsletter", "&", "de", "du", "la", "le", "des"}
                     or words[-1].isdigit()):
        words = words[:-1]  # « newsletter RTL Info » names RTL
    return " ".join(words)


def outlet_from_lines(lines: list[str]) -> str:
    """The outlet that site-furniture lines name (the most named one; '' when none is)."""
    from collections import Counter

    votes: Counter[str] = Counter()
    first: dict[str, str] = {}
    for line in lines[:400]:
        if len(line) > 300:
            continue
        for rx in _OUTLET_CUES:
            for m in rx.finditer(line):
                name = _site_name(m["name"])
                key = name.casefold()
                if not name or key in _NOT_OUTLET or len(name) > 40 or name.isdigit():
                    continue
                votes[key] += 1
                first.setdefault(key, name)
    if not votes:
        return ""
    key, _ = max(votes.items(), key=lambda kv: (kv[1], -len(kv[0])))
    return first[key]


def agency_of_byline(byline: str) -> str:
    """The news agency a byline credits when it is the only author ("AFP", "Par Reuters"); ''
    when a person signs too ("Georges Haddad, avec AFP": the outlet is not the agency)."""
    text = " ".join((byline or "").split()).strip("() ")
    if not text:
        return ""
    text = _BYLINE_PREFIX.sub("", text)
    if not _AGENCY_ONLY.match(text):
        return ""
    m = re.search(_AGENCY, text)
    return m.group(0) if m else ""


# A dateline that credits an agency, opening a paragraph of the text's head: « HARBOURTON, March 3
# (Reuters) - », « PARIS, 3 mars (AFP) — », « WASHINGTON (AP) -- ».
_DATELINE_AGENCY = re.compile(rf"(?m)^[ \t]*[A-ZÀ-Þ][A-ZÀ-Þ'’. -]{{1,40}}(?:,[^()\n]{{1,30}})?"
                              rf"\s*\(({_AGENCY})\)\s*(?:--|[-–—])\s")


# « By Jane Roe, The Harbour Ledger »: a signature, then the paper it writes for, named with its article
_BYLINE_PAPER = re.compile(r",\s*((?:The|the)\s+[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,4})\s*$")


# Words that start a writer's job title after the paper (« The Harbour Ledger Staff Writer »): the
# paper ends before them, else one paper signed two ways would count as two outlets.
_BYLINE_ROLE_WORDS = frozenset({
    "staff", "writer", "writers", "correspondent", "correspondents", "editor", "editors", "bureau",
    "columnist", "columnists", "contributor", "contributors", "contributing", "chief", "senior",
})


def paper_of_byline(byline: str) -> str:
    """The newspaper a byline names after its signature (« Jane Roe, The Harbour Ledger »), or ''.
    A job title after the paper is cut off; a possessive (« the BBC's Lagos correspondent ») is a
    writer's post, not a paper's name."""
    m = _BYLINE_PAPER.search(" ".join((byline or "").split()))
    if not m or re.search(r"['’]s\b", m.group(1)):
        return ""
    words = m.group(1).split()
    cut = next((k for k, w in enumerate(words) if k and w.lower() in _BYLINE_ROLE_WORDS), len(words))
    return " ".join(words[:cut]) if cut >= 2 else ""


def agency_of_dateline(text: str) -> str:
    """The agency the dateline of the text's first paragraphs credits, or ''."""
    m = _DATELINE_AGENCY.search(text[:600])
    return m.group(1) if m else ""


def infer_outlet(*, fields_outlet: str = "", sitename: str = "", url: str = "", byline: str = "",
                 removed: list[str] | None = None, text: str = "") -> tuple[str, str]:
    """(outlet, where it came from): a record/CLI field, the page's site name, the URL's domain,
    the furniture's own words (« Bienvenue sur RTL »), an agency-only byline, last the agency a
    dateline credits (« PARIS (AFP) - »: wire copy that names no other outlet); ('', '') if unknown."""
    for value, source in ((fields_outlet, "metadata"), (sitename, "site name")):
        if value and value.strip():
            return value.strip(), source
    host = outlet_from_url(url)
    if host:
        return host, "domain"
    named = outlet_from_lines(removed or [])
    if named:
        return named, "text"
    agency = agency_of_byline(byline)
    if agency:
        return agency, "byline"
    paper = paper_of_byline(byline)
    if paper:
        return paper, "byline"
    agency = agency_of_dateline(text)
    if agency:
        return agency, "dateline"
    return "", ""
