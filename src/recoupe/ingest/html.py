"""HTML to plain text lines (all visible text, one block element per line), via lxml.

Used for what main-text extraction dropped (``Article.removed_lines`` of an HTML page) and for record
fields that carry HTML. This is not boilerplate removal: it keeps everything visible.
"""

from __future__ import annotations

import re

BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd details dialog div dl dt fieldset figcaption figure footer "  # noqa: SIM905 (a tag list reads better as one string)  # noqa: SIM905 (a tag list reads better as one string)
    "form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table td th tr ul option "
    "button label".split()
)
DROP_TAGS = ("script", "style", "noscript", "template", "svg", "iframe", "object", "head", "select")
_TAG = re.compile(r"<(?:p|div|br|span|a|em|strong|b|i|li|ul|h[1-6]|figure|img|blockquote)\b[^>]*>", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    """True when a text field carries markup (two or more common tags)."""
    return len(_TAG.findall(text[:5000])) >= 2


def html_lines(content: str | bytes) -> list[str]:
    """The non-empty visible text lines of an HTML document or fragment, whitespace-collapsed."""
    import lxml.etree
    import lxml.html

    try:
        if isinstance(content, bytes):
            tree = lxml.html.document_fromstring(content)
        else:
            # lxml refuses str with an XML encoding declaration
            content = re.sub(r"^\s*<\?xml[^>]*\?>", "", content)
            tree = lxml.html.fromstring(content) if content.strip() else None
    except (lxml.etree.ParserError, ValueError, TypeError):
        return []
    if tree is None:
        return []
    for bad in tree.xpath("|".join(f"//{t}" for t in DROP_TAGS)):
        if bad is not tree:
            bad.drop_tree()
    parts: list[str] = []

    def walk(el: object) -> None:
        tag = getattr(el, "tag", None)
        if not isinstance(tag, str):  # comments, processing instructions
            tail = getattr(el, "tail", None)
            if tail:
                parts.append(tail)
            return
        block = tag.lower() in BLOCK_TAGS
        if block:
            parts.append("\n")
        if el.text:  # type: ignore[attr-defined]
            parts.append(el.text)  # type: ignore[attr-defined]
        for child in el:  # type: ignore[attr-defined]
            walk(child)
        if block:
            parts.append("\n")
        if el.tail:  # type: ignore[attr-defined]
            parts.append(el.tail)  # type: ignore[attr-defined]

    try:
        walk(tree)
    except RecursionError:  # absurdly deep markup: fall back to flat text
        parts = [tree.text_content()]
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return [line for line in lines if line]
