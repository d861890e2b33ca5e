"""Server-side SVG charts: the story timeline and the entity network.

Both are built from the view dicts with every text escaped; they need no script and scale with
their container (``viewBox``). Colours and sizes are presentation attributes, not ``style``, so
the strict Content-Security-Policy holds.
"""

from __future__ import annotations

import math
from datetime import date
from typing import Any

from markupsafe import Markup, escape

TYPE_COLOURS = {"PER": "#2f6db5", "ORG": "#b5582f", "LOC": "#2f9e63", "MISC": "#7a6a9e",
                "WEAPON": "#a33a5a", "EVENT": "#9e8a2f"}
EVENT_FILL = "#1f5fa8"
REPORT_STROKE = "#c2571a"
MAX_TIMELINE_ROWS = 80


def _d(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


class _Axis:
    """A time axis that spreads events out: each gap between two consecutive dates of the chart
    takes ``1 + log(1 + days)`` units, so a dozen events in one week are not crammed into the
    last pixels of a twenty-year axis. Dates inside a gap are placed linearly within it; gaps
    longer than :data:`BREAK_DAYS` are drawn as axis breaks (the scale changes there)."""

    def __init__(self, dates: list[date], x0: float, x1: float) -> None:
        self.dates = sorted(set(dates))
        units = [0.0]
        for a, b in zip(self.dates, self.dates[1:], strict=False):
            units.append(units[-1] + 1 + math.log1p((b - a).days))
        total = units[-1] or 1.0
        self.xs = [x0 + (x1 - x0) * (u / total if units[-1] else 0.5) for u in units]

    def x(self, d: date) -> float:
        ds, xs = self.dates, self.xs
        if d <= ds[0]:
            return round(xs[0], 1)
        if d >= ds[-1]:
            return round(xs[-1], 1)
        i = next(k for k in range(1, len(ds)) if ds[k] >= d)
        a, b = ds[i - 1], ds[i]
        return round(xs[i - 1] + (xs[i] - xs[i - 1]) * (d - a).days / ((b - a).days or 1), 1)

    def breaks(self) -> list[float]:
        return [round((self.xs[i] + self.xs[i + 1]) / 2, 1) for i in range(len(self.dates) - 1)
                if (self.dates[i + 1] - self.dates[i]).days > BREAK_DAYS]

    def ticks(self, min_gap: float = 48) -> list[tuple[float, str]]:
        """Year starts, month starts, then the dates themselves, each kept where it has room."""
        lo, hi = self.dates[0], self.dates[-1]
        cands: list[tuple[int, date, str]] = []
        for y in range(lo.year, hi.year + 1):
            cands.append((0, date(y, 1, 1), str(y)))
            for m in range(2, 13):
                cands.append((1, date(y, m, 1), f"{MONTHS[m - 1]} {y}"))
        for d in self.dates:
            cands.append((2, d, f"{d.day} {MONTHS[d.month - 1]}"))
        kept: list[tuple[float, str]] = []
        for _, d, label in sorted(cands, key=lambda c: c[0]):
            if not lo <= d <= hi:
                continue
            xx = self.x(d)
            room = min_gap + 3 * len(label)
            if all(abs(xx - k) >= room for k, _ in kept):
                kept.append((xx, label))
        return sorted(kept)


MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
BREAK_DAYS = 60
CHAR_W = 6.1  # average width of an 11px label character
LABEL_CHARS = 110  # an event's label: the start of its claim


def _fit(text: str, room: float) -> str:
    n = max(4, int(room / CHAR_W))
    n = min(n, LABEL_CHARS)
    return text if len(text) <= n else text[: n - 1].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"


def timeline_svg(events: list[dict[str, Any]]) -> Markup:
    """One row per event, labelled with its claim. Event time is a filled mark (a bar for a
    period), report time (publication) a hollow ring on the same row, joined by a dotted line;
    the expression as written and both dates are in the tooltip. Undated events are left to the
    table below the chart."""
    rows = [e for e in events if _d(e["start"])]
    rows.sort(key=lambda e: (e["start"], e["end"] or "", e["n"] or 0))
    rows = rows[:MAX_TIMELINE_ROWS]
    if not rows:
        return Markup("")
    dates = [_d(e["start"]) for e in rows] + [_d(e["end"]) for e in rows] + [_d(e["reported"]) for e in rows]
    known = [d for d in dates if d]
    width, left, right_pad, top, row_h = 900, 30, 14, 40, 36
    axis = _Axis(known, left + 10, width - right_pad - 10)
    height = top + row_h * len(rows) + 40

    out = [f'<svg class="chart timeline" viewBox="0 0 {width} {height}" role="img" '
           f'aria-label="Timeline: event time and report time" xmlns="http://www.w3.org/2000/svg">']
    out.append(f'<g font-size="12" fill="#333" class="legend">'
               f'<circle cx="{left + 6}" cy="14" r="5" fill="{EVENT_FILL}"/>'
               f'<text x="{left + 16}" y="18">when it happened (event time)</text>'
               f'<circle cx="{left + 236}" cy="14" r="6" fill="none" stroke="{REPORT_STROKE}" stroke-width="2"/>'
               f'<text x="{left + 246}" y="18">when it was published (report time)</text>'
               f'<text x="{left + 520}" y="18" fill="#777">≈ on the axis: a long gap, shortened</text></g>')
    axis_y = top + row_h * len(rows) + 6
    for xx, label in axis.ticks():
        out.append(f'<line x1="{xx}" y1="{top - 8}" x2="{xx}" y2="{axis_y}" stroke="#ececec"/>'
                   f'<text class="tick" x="{xx}" y="{axis_y + 16}" font-size="11" text-anchor="middle" fill="#555">'
                   f'{escape(label)}</text>')
    out.append(f'<line x1="{left}" y1="{axis_y}" x2="{width - right_pad}" y2="{axis_y}" stroke="#999"/>')
    for bx in axis.breaks():
        out.append(f'<text x="{bx}" y="{axis_y + 4}" font-size="13" text-anchor="middle" fill="#777">≈</text>')
    for i, e in enumerate(rows):
        y = top + row_h * i + 27  # the marks' line; the label's baseline is 13 above
        start, end, rep = _d(e["start"]), _d(e["end"]), _d(e["reported"])
        assert start is not None
        tip = (f"{e['text']} — happened {e['start']}{(' → ' + e['end']) if e['end'] and e['end'] != e['start'] else ''}"
               f" ({e['precision']}; written « {e['timex']} »); published {e['reported'] or 'date unknown'}")
        href = f"/articles/{e['article_id']}#claim-{e['claim_id']}"
        out.append(f'<a href="{escape(href)}" class="event"><title>{escape(tip)}</title>')
        out.append(f'<text x="{left - 6}" y="{y + 4}" font-size="11" text-anchor="end" fill="#777">{i + 1}</text>')
        xs, xe = axis.x(start), axis.x(end) if end and end > start else axis.x(start)
        xr = axis.x(rep) if rep else None
        if xr is not None:
            out.append(f'<line x1="{xe if xr > xe else xs}" y1="{y}" x2="{xr}" y2="{y}" stroke="#aaa" '
                       f'stroke-dasharray="2 3"/>')
        if xe > xs:
            out.append(f'<rect class="mark" x="{xs}" y="{y - 4}" width="{max(3.0, xe - xs)}" height="8" '
                       f'rx="3" fill="{EVENT_FILL}" opacity="0.85"/>')
        else:
            out.append(f'<circle class="mark" cx="{xs}" cy="{y}" r="4.5" fill="{EVENT_FILL}"/>')
        if xr is not None:
            out.append(f'<circle class="mark report" cx="{xr}" cy="{y}" r="6.5" fill="none" stroke="{REPORT_STROKE}" '
                       f'stroke-width="2"/>')
        # the label has a line of its own above the marks: it can never cover a mark, and it
        # starts under the row's first mark, moved left only as far as it needs to fit
        text = " ".join(str(e["text"]).split())
        lo_x = min(xs, xr) if xr is not None else xs
        fitted = _fit(text, width - right_pad - left)
        lx = max(left, min(lo_x - 4, width - right_pad - CHAR_W * len(fitted)))
        out.append(f'<text class="label" x="{round(lx, 1)}" y="{y - 13}" font-size="11" fill="#333">'
                   f'{escape(fitted)}</text>')
        out.append("</a>")
    out.append("</svg>")
    return Markup("".join(out))


def _layout(n: int, edges: list[tuple[int, int, float]], width: float, height: float,
            labels: list[str], iterations: int = 300) -> list[tuple[float, float]]:
    """Fruchterman–Reingold from a circle (deterministic: pages are stable between loads), then
    outliers pulled in, the drawing scaled to the box, and overlapping labels pushed apart."""
    if n == 1:
        return [(width / 2, height / 2)]
    pos = [[math.cos(2 * math.pi * i / n), math.sin(2 * math.pi * i / n)] for i in range(n)]
    k = math.sqrt(1.0 / n) * 1.2
    temp = 0.2
    for _ in range(iterations):
        disp = [[0.0, 0.0] for _ in range(n)]
        for i in range(n):
            for j in range(i + 1, n):
                dx, dy = pos[i][0] - pos[j][0], pos[i][1] - pos[j][1]
                dist = math.hypot(dx, dy) or 0.001
                f = k * k / dist
                disp[i][0] += dx / dist * f
                disp[i][1] += dy / dist * f
                disp[j][0] -= dx / dist * f
                disp[j][1] -= dy / dist * f
        for a, b, w in edges:
            dx, dy = pos[a][0] - pos[b][0], pos[a][1] - pos[b][1]
            dist = math.hypot(dx, dy) or 0.001
            f = dist * dist / k * (1 + 0.3 * math.log(w))
            disp[a][0] -= dx / dist * f
            disp[a][1] -= dy / dist * f
            disp[b][0] += dx / dist * f
            disp[b][1] += dy / dist * f
        for i in range(n):
            disp[i][0] -= pos[i][0] * 0.3 * k  # gravity keeps loose nodes near
            disp[i][1] -= pos[i][1] * 0.3 * k
            d = math.hypot(*disp[i]) or 0.001
            step = min(d, temp)
            pos[i][0] += disp[i][0] / d * step
            pos[i][1] += disp[i][1] / d * step
        temp = max(0.002, temp * 0.985)
    cx = sum(p[0] for p in pos) / n
    cy = sum(p[1] for p in pos) / n
    dists = sorted(math.hypot(p[0] - cx, p[1] - cy) for p in pos)
    cap = 1.8 * (dists[n // 2] or 1.0)
    for p in pos:
        d = math.hypot(p[0] - cx, p[1] - cy)
        if d > cap:
            p[0], p[1] = cx + (p[0] - cx) * cap / d, cy + (p[1] - cy) * cap / d
    xs, ys = [p[0] for p in pos], [p[1] for p in pos]
    mx, my = 90.0, 40.0
    sx = (width - 2 * mx) / ((max(xs) - min(xs)) or 1)
    sy = (height - 2 * my - 20) / ((max(ys) - min(ys)) or 1)
    out = [[mx + (p[0] - min(xs)) * sx, my + 10 + (p[1] - min(ys)) * sy] for p in pos]
    half = [len(label) * 3.6 + 6 for label in labels]  # half the width of a 13px label
    for _ in range(60):  # push apart nodes whose labels would overlap
        moved = False
        for i in range(n):
            for j in range(i + 1, n):
                dx, dy = out[j][0] - out[i][0], out[j][1] - out[i][1]
                ox, oy = half[i] + half[j] - abs(dx), 22 - abs(dy)
                if ox > 0 and oy > 0:
                    moved = True
                    sign = 1 if dy >= 0 else -1
                    out[i][1] -= sign * oy / 2 + 0.5
                    out[j][1] += sign * oy / 2 + 0.5
        for p in out:
            p[1] = min(height - 30, max(28, p[1]))
        if not moved:
            break
    return [(round(p[0], 1), round(p[1], 1)) for p in out]


def _label_x(x: float, label: str, width: float) -> float:
    half = len(label) * 3.6 + 4
    return round(min(max(x, half), width - half), 1)


def network_svg(network: dict[str, Any]) -> Markup:
    nodes = network["nodes"]
    if not nodes:
        return Markup("")
    index = {nd["id"]: i for i, nd in enumerate(nodes)}
    edges = [(index[e["source"]], index[e["target"]], float(e["weight"])) for e in network["edges"]
             if e["source"] in index and e["target"] in index]
    width, height = 800, 520
    pos = _layout(len(nodes), edges, width, height, [nd["name"] for nd in nodes])
    top = max(nd["mentions"] for nd in nodes)
    wmax = max((w for _, _, w in edges), default=1.0)
    out = [f'<svg class="chart network" viewBox="0 0 {width} {height}" role="img" '
           f'aria-label="Entities that appear in the same sentences" xmlns="http://www.w3.org/2000/svg">']
    for a, b, w in edges:
        (x1, y1), (x2, y2) = pos[a], pos[b]
        out.append(f'<line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" stroke="#8a9bb0" '
                   f'stroke-opacity="{round(0.25 + 0.6 * w / wmax, 2)}" stroke-width="{round(1 + 4 * w / wmax, 1)}">'
                   f'<title>{escape(nodes[a]["name"])} — {escape(nodes[b]["name"])}: {int(w)} sentence(s)</title>'
                   f'</line>')
    for i, nd in enumerate(nodes):
        x, y = pos[i]
        r = round(5 + 11 * math.sqrt(nd["mentions"] / top), 1)
        colour = TYPE_COLOURS.get(nd["type"], "#666")
        out.append(f'<a href="/entities/{escape(nd["id"])}" class="node">'
                   f'<title>{escape(nd["name"])} ({escape(nd["type"])}, {nd["mentions"]} mentions)</title>'
                   f'<circle cx="{x}" cy="{y}" r="{r}" fill="{colour}" stroke="#fff" stroke-width="1.5"/>'
                   f'<text x="{_label_x(x, nd["name"], width)}" y="{round(y - r - 4, 1)}" font-size="13" '
                   f'text-anchor="middle" fill="#222" '
                   f'stroke="#fff" stroke-width="3" paint-order="stroke">{escape(nd["name"])}</text></a>')
    out.append('<g font-size="12" fill="#333">')
    present = [(t, c) for t, c in TYPE_COLOURS.items() if any(nd["type"] == t for nd in nodes)]
    for j, (t, c) in enumerate(present):
        out.append(f'<circle cx="{14 + 80 * j}" cy="{height - 10}" r="5" fill="{c}"/>'
                   f'<text x="{22 + 80 * j}" y="{height - 6}">{t}</text>')
    out.append("</g></svg>")
    return Markup("".join(out))
