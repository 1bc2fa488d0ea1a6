"""Names on the map: which wijken get a label and where it goes so that labels do not overlap.

The map's projection is estimated the way Vega fits a Mercator map to its plot (the gemeente's
bounding box scaled to fit ``width`` × ``height`` and centred), so every label can be laid out in
pixels and then handed back to Vega as a longitude and latitude.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

#: How many of the highest and of the lowest wijken always get a label.
LABEL_EXTREMES = 5
#: Half the size of a mark (circle or cross) in px, kept free of labels.
MARK_RADIUS_PX = 5.0
#: Space between a label and its mark or the edge, px.
GAP_PX = 2.0
#: Liberation Sans: average width of a character in em, and the line height in em.
CHAR_EM, LINE_EM = 0.56, 1.15

#: ``owns(code, lon, lat)``: is that point inside wijk ``code``? (A label centred outside its own wijk
#: would name the wijk it lies on.)
Owns = Callable[[str, float, float], bool]

_WIJK_NUMBER = re.compile(r"^(wijk|buurt)\s+\d+\s+", re.IGNORECASE)


def short_name(name: str) -> str:
    """The name as a label: CBS's "Wijk 10 Binnenstad" becomes "Binnenstad"."""
    short = _WIJK_NUMBER.sub("", name).strip()
    return short or name


def label_order(values: Mapping[str, float]) -> list[str]:
    """The wijken from the extremes inwards: highest, lowest, second highest, second lowest, …"""
    ranked = sorted(values, key=lambda code: values[code])
    order: list[str] = []
    while ranked:
        order.append(ranked.pop())
        if ranked:
            order.append(ranked.pop(0))
    return order


@dataclass(frozen=True)
class Placed:
    """A label: the wijk, where its text is centred and its lines (name, value)."""

    code: str
    lon: float
    lat: float
    lines: tuple[str, ...]


class Frame:
    """Mercator projection of ``bbox`` (lon_min, lat_min, lon_max, lat_max) fitted into a
    ``width`` × ``height`` plot as Vega's ``fit`` does: ``x = k·(λ − λmin) + ox``,
    ``y = k·(Ymax − Y) + oy`` with ``Y = ln tan(π/4 + φ/2)`` and ``k`` the smaller of the two scales."""

    def __init__(self, bbox: Sequence[float], width: float, height: float):
        lon0, lat0, lon1, lat1 = bbox
        self.x0, self.y1 = math.radians(lon0), _merc(lat1)
        dx, dy = math.radians(lon1) - self.x0, self.y1 - _merc(lat0)
        self.k = min(width / dx if dx > 0 else math.inf, height / dy if dy > 0 else math.inf)
        if not math.isfinite(self.k):
            self.k = 1.0
        self.ox, self.oy = (width - dx * self.k) / 2, (height - dy * self.k) / 2
        self.map_box = (self.ox, self.oy, self.ox + dx * self.k, self.oy + dy * self.k)
        self.plot_box = (0.0, 0.0, float(width), float(height))

    def to_px(self, lon: float, lat: float) -> tuple[float, float]:
        return self.k * (math.radians(lon) - self.x0) + self.ox, self.k * (self.y1 - _merc(lat)) + self.oy

    def to_lonlat(self, x: float, y: float) -> tuple[float, float]:
        lon = math.degrees((x - self.ox) / self.k + self.x0)
        lat = math.degrees(2 * math.atan(math.exp(self.y1 - (y - self.oy) / self.k)) - math.pi / 2)
        return lon, lat


def _merc(lat: float) -> float:
    return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))


def text_box(lines: Sequence[str], font_size: float) -> tuple[float, float]:
    """Estimated (width, height) in px of ``lines`` at ``font_size``."""
    width = max(len(line) for line in lines) * font_size * CHAR_EM + 2
    return width, len(lines) * font_size * LINE_EM


def _overlap(a, b) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return w * h if w > 0 and h > 0 else 0.0


def _within(box, outer) -> bool:
    return box[0] >= outer[0] and box[1] >= outer[1] and box[2] <= outer[2] and box[3] <= outer[3]


def place_labels(
    order: Sequence[str],
    required: int,
    spots: Mapping[str, tuple[float, float]],
    lines: Mapping[str, tuple[str, ...]],
    marked: set[str],
    frame: Frame,
    font_size: float,
    owns: Owns | None = None,
) -> list[Placed]:
    """Labels for the wijken in ``order``: every one when they all fit without overlap; else the
    first ``required`` only (each where it overlaps least). A label is centred on its wijk's spot,
    or beside it (below, above, right, left) with its centre still inside its own wijk (``owns``),
    and never on a mark; it stays inside the plot. A wijk with no such place gets no label."""
    every = place_what_fits(order, spots, lines, marked, frame, font_size, owns)
    if len(every) == len(order):
        return every
    return _place(order[:required], required if owns is None else 0, spots, lines, marked, frame, font_size, owns)


def place_what_fits(order, spots, lines, marked, frame, font_size, owns: Owns | None = None) -> list[Placed]:
    """Labels for the wijken in ``order`` that fit without overlap (earlier ones first)."""
    return _place(order, 0, spots, lines, marked, frame, font_size, owns)


def _place(order, required, spots, lines, marked, frame, font_size, owns: Owns | None = None) -> list[Placed]:
    """Greedy placement in ``order``; the first ``required`` are placed even when every spot
    overlaps (at the least overlap), the rest only where nothing is in the way."""

    def own(code: str, cx: float, cy: float) -> bool:
        return owns is None or owns(code, *frame.to_lonlat(cx, cy))

    taken = []
    for code in marked & set(spots):
        x, y = frame.to_px(*spots[code])
        taken.append((x - MARK_RADIUS_PX, y - MARK_RADIUS_PX, x + MARK_RADIUS_PX, y + MARK_RADIUS_PX))
    out = []
    for rank, code in enumerate(order):
        w, h = text_box(lines[code], font_size)
        x, y = frame.to_px(*spots[code])
        shifts = [] if code in marked else [(0.0, 0.0)]
        near_y, near_x = (MARK_RADIUS_PX if code in marked else h / 2) + GAP_PX, MARK_RADIUS_PX + GAP_PX
        shifts += [(0.0, near_y + h / 2), (0.0, -near_y - h / 2), (near_x + w / 2, 0.0), (-near_x - w / 2, 0.0)]
        best = None
        for dx, dy in shifts:
            # beside the spot and pulled inside the plot (a long name near the edge)
            cx = x + dx if dx else min(max(x, w / 2), frame.plot_box[2] - w / 2)
            cy = y + dy if dy else min(max(y, h / 2), frame.plot_box[3] - h / 2)
            box = (cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2)
            if not (_within(box, frame.plot_box) and _within((cx, cy, cx, cy), frame.map_box)):
                continue
            if (cx, cy) != (x, y) and not own(code, cx, cy):
                continue
            cost = sum(_overlap(box, other) for other in taken)
            if best is None or cost < best[0]:
                best = (cost, cx, cy, box)
            if cost == 0:
                break
        if best is None and rank < required and code not in marked:
            # too wide for any spot: centred, pushed inside the plot (if still inside its wijk)
            cx = min(max(x, w / 2), frame.plot_box[2] - w / 2)
            cy = min(max(y, h / 2), frame.plot_box[3] - h / 2)
            if (cx, cy) == (x, y) or own(code, cx, cy):
                best = (0.0, cx, cy, (cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2))
        if best is None or (best[0] > 0 and rank >= required):
            continue
        _, cx, cy, box = best
        taken.append(box)
        lon, lat = frame.to_lonlat(cx, cy)
        out.append(Placed(code, lon, lat, tuple(lines[code])))
    return out
