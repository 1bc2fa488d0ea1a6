"""The bundled wijk boundaries (TopoJSON): one gemeente's part, its bounding box and a label point inside each wijk."""

from __future__ import annotations

import json
import math
from functools import lru_cache

import numpy as np

from ..data import topojson_path

TOPO_OBJECT = "wijk_2024"


@lru_cache(maxsize=1)
def topology() -> dict:
    """The bundled wijk boundaries (parsed once)."""
    with open(topojson_path(), encoding="utf-8") as handle:
        return json.load(handle)


@lru_cache(maxsize=64)
def gemeente_topology(codes: tuple[str, ...]) -> tuple[dict, tuple[float, float, float, float]]:
    """TopoJSON with only the wijken in ``codes`` and only the arcs they use (indices renumbered),
    and its bounding box ``(lon_min, lat_min, lon_max, lat_max)``."""
    topo = topology()
    wanted = set(codes)
    geometries = [
        g for g in topo["objects"][TOPO_OBJECT]["geometries"] if g.get("properties", {}).get("statcode") in wanted
    ]
    used: dict[int, int] = {}

    def remap(index: int) -> int:
        arc = ~index if index < 0 else index
        if arc not in used:
            used[arc] = len(used)
        return ~used[arc] if index < 0 else used[arc]

    kept = []
    shape_arcs: list  # rings of arc indices (Polygon) or lists of them (MultiPolygon)
    for g in geometries:
        if g["type"] == "Polygon":
            shape_arcs = [[remap(i) for i in ring] for ring in g["arcs"]]
        elif g["type"] == "MultiPolygon":
            shape_arcs = [[[remap(i) for i in ring] for ring in poly] for poly in g["arcs"]]
        else:
            continue
        kept.append({"type": g["type"], "arcs": shape_arcs, "properties": dict(g["properties"])})
    arcs: list = [None] * len(used)
    for old, new in used.items():
        arcs[new] = topo["arcs"][old]
    out = {
        "type": "Topology",
        "arcs": arcs,
        "objects": {TOPO_OBJECT: {"type": "GeometryCollection", "geometries": kept}},
    }
    if "transform" in topo:
        out["transform"] = topo["transform"]
    return out, bbox(out)


def bbox(topo: dict) -> tuple[float, float, float, float]:
    if not topo["arcs"]:
        return (0.0, 0.0, 0.0, 0.0)
    tr = topo.get("transform")
    xs, ys = [], []
    for arc in topo["arcs"]:
        pts = np.asarray(arc, float)[:, :2]
        if tr:
            pts = np.cumsum(pts, axis=0) * tr["scale"] + tr["translate"]
        xs.append(pts[:, 0])
        ys.append(pts[:, 1])
    x, y = np.concatenate(xs), np.concatenate(ys)
    return float(x.min()), float(y.min()), float(x.max()), float(y.max())


def mercator_aspect(bbox) -> float:
    """Height / width of the bounding box in the Mercator projection."""
    lon0, lat0, lon1, lat1 = bbox
    merc = lambda lat: math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))  # noqa: E731
    dx = math.radians(lon1 - lon0)
    dy = merc(lat1) - merc(lat0)
    return dy / dx if dx > 0 else 1.0


@lru_cache(maxsize=64)
def label_points(codes: tuple[str, ...]) -> dict[str, tuple[float, float]]:
    """``{wijk code: (lon, lat)}`` of a spot inside each wijk of :func:`gemeente_topology` (cached)."""
    topo, _ = gemeente_topology(codes)
    arcs = decoded_arcs(topo)
    return {g["properties"]["statcode"]: label_point(arcs, g) for g in topo["objects"][TOPO_OBJECT]["geometries"]}


@lru_cache(maxsize=64)
def wijk_outlines(codes: tuple[str, ...]) -> dict[str, tuple[np.ndarray, ...]]:
    """``{wijk code: outer rings of its parts as arrays of (lon, lat)}`` of :func:`gemeente_topology` (cached)."""
    topo, _ = gemeente_topology(codes)
    arcs = decoded_arcs(topo)
    out = {}
    for g in topo["objects"][TOPO_OBJECT]["geometries"]:
        polygons = g["arcs"] if g["type"] == "MultiPolygon" else [g["arcs"]]
        out[g["properties"]["statcode"]] = tuple(ring(arcs, polygon[0]) for polygon in polygons)
    return out


def in_wijk(outlines: dict[str, tuple[np.ndarray, ...]], code: str, lon: float, lat: float) -> bool:
    """Is (lon, lat) inside wijk ``code`` (one of its parts; a wijk without an outline: no)?"""
    return any(inside(outer, lon, lat) for outer in outlines.get(code, ()))


def decoded_arcs(topo: dict) -> list[np.ndarray]:
    """The TopoJSON arcs as arrays of (lon, lat)."""
    tr = topo.get("transform")
    out = []
    for arc in topo["arcs"]:
        pts = np.asarray(arc, float)[:, :2]
        if tr:
            pts = np.cumsum(pts, axis=0) * tr["scale"] + tr["translate"]
        out.append(pts)
    return out


def ring(arcs: list[np.ndarray], indices) -> np.ndarray:
    parts = []
    for k, i in enumerate(indices):
        pts = arcs[~i][::-1] if i < 0 else arcs[i]
        parts.append(pts if k == 0 else pts[1:])
    return np.concatenate(parts)


def ring_area_centroid(ring: np.ndarray) -> tuple[float, tuple[float, float]]:
    x, y = ring[:, 0], ring[:, 1]
    x1, y1 = np.roll(x, -1), np.roll(y, -1)
    cross = x * y1 - x1 * y
    area = cross.sum() / 2
    if abs(area) < 1e-15:
        return 0.0, (float(x.mean()), float(y.mean()))
    return abs(float(area)), (float((x + x1) @ cross / (6 * area)), float((y + y1) @ cross / (6 * area)))


def inside(ring: np.ndarray, px: float, py: float) -> bool:
    x, y = ring[:, 0], ring[:, 1]
    x1, y1 = np.roll(x, -1), np.roll(y, -1)
    span = (y > py) != (y1 > py)
    with np.errstate(divide="ignore", invalid="ignore"):
        at = (x1 - x) * (py - y) / (y1 - y) + x
    return bool(np.count_nonzero(span & (px < at)) % 2)


def label_point(arcs: list[np.ndarray], geometry: dict) -> tuple[float, float]:
    """A point inside a (multi)polygon for its mark: the centroid of its largest part, or, when that
    falls outside (a crescent), the middle of the widest stretch of the part on the centroid's latitude."""
    polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
    best: tuple[float, tuple[float, float], np.ndarray] | None = None
    for polygon in polygons:
        outer = ring(arcs, polygon[0])
        area, centre = ring_area_centroid(outer)
        if best is None or area > best[0]:
            best = (area, centre, outer)
    assert best is not None  # a (multi)polygon has at least one part
    _, (cx, cy), outer = best
    if inside(outer, cx, cy):
        return cx, cy
    x, y = outer[:, 0], outer[:, 1]
    x1, y1 = np.roll(x, -1), np.roll(y, -1)
    hit = (y > cy) != (y1 > cy)
    xs = np.sort(x[hit] + (cy - y[hit]) * (x1[hit] - x[hit]) / (y1[hit] - y[hit]))
    if len(xs) >= 2:
        k = int(np.argmax(xs[1::2] - xs[0::2]))
        return float((xs[2 * k] + xs[2 * k + 1]) / 2), cy
    return cx, cy
