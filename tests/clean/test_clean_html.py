"""HTML pages: trafilatura main text, furniture out, metadata, removed_lines, empty pages."""

from __future__ import annotations

from datetime import date

from recoupe.clean import clean
from recoupe.model import Article, RawDocument

PARAS = [
    "Le conseil régional a adopté jeudi un plan de 300 millions d’euros pour moderniser les lignes de "
    "train régionales, après deux années de retards et de suppressions de trains dénoncées par les usagers.",
    "Le président de la région a assuré que les premiers chantiers commenceraient dès l’été, en priorité "
    "sur les lignes les plus fréquentées, et que les horaires seraient revus à la rentrée de septembre.",
    "Les associations d’usagers saluent un effort inédit mais attendent des garanties sur le calendrier, "
    "rappelant que les précédents plans avaient pris plusieurs années de retard sur les objectifs annoncés.",
]
PAGE = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>Trains régionaux : un plan de 300 millions d’euros - Le Quotidien</title>
<meta property="og:site_name" content="Le Quotidien">
<meta name="author" content="Claire Martin">
<meta property="article:published_time" content="2024-03-12T10:00:00+01:00">
</head><body>
<nav><ul><li><a href="/">Accueil</a></li><li><a href="/politique">Politique</a></li>
<li><a href="/sport">Sport</a></li></ul></nav>
<div class="cookie-banner">Nous utilisons des cookies pour améliorer votre expérience. Accepter et fermer</div>
<main><article>
<h1>Trains régionaux : un plan de 300 millions d’euros</h1>
<p class="byline">Par Claire Martin</p>
{"".join(f"<p>{p}</p>" for p in PARAS)}
</article></main>
<footer><p>Mentions légales</p><p>© 2024 Le Quotidien. Tous droits réservés.</p>
<p>Abonnez-vous à notre newsletter</p></footer>
</body></html>"""


def test_clean_html_keeps_body_drops_boilerplate() -> None:
    art = clean(RawDocument("page.html", "html", PAGE.encode("utf-8")))
    assert isinstance(art, Article), art
    for p in PARAS:
        assert p in art.text
    for junk in ("Accueil", "cookies", "Mentions légales", "Tous droits réservés", "newsletter"):
        assert junk not in art.text
    assert art.text.count("\n\n") == len(PARAS) - 1
    assert art.title == "Trains régionaux : un plan de 300 millions d’euros"
    assert art.outlet == "Le Quotidien"
    assert art.published == date(2024, 3, 12) and art.published_source == "metadata"
    assert art.language == "fr"
    assert "Mentions légales" in art.removed_lines and "Accueil" in art.removed_lines
    assert not any(p in art.removed_lines for p in PARAS)


def test_clean_html_without_main_text_is_rejected() -> None:
    page = b"<html><body><nav><a href='/'>Accueil</a></nav></body></html>"
    result = clean(RawDocument("empty.html", "html", page))
    assert not isinstance(result, Article) and result.code in ("E009", "E012")


def test_clean_html_garbage_does_not_raise() -> None:
    for raw in (b"<html", b"\x00\xff<p>", b"<html><body>" + b"<div>" * 3000 + b"x"):
        result = clean(RawDocument("bad.html", "html", raw))
        assert not isinstance(result, Article)
