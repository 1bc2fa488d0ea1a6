"""Maps of the wijken (or buurten summed per wijk): a value per area, marks for pooled and untargeted areas."""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import partial

import numpy as np

from ..bands import BANDS
from ..data import wijken
from ..formatting import fmt_eur, fmt_int, fmt_num, fmt_pct
from ..i18n import t
from ..vegalite import channel, tooltips
from .context import as_context, as_sentence, finish_chart
from .map_labels import LABEL_EXTREMES, LINE_EM, Frame, label_order, place_labels, place_what_fits, short_name
from .style import MAP_SCHEME, NO_DATA_COLOR, SCREEN_SIZES, SINGLE_COLOR, TEXT_COLOR
from .topology import TOPO_OBJECT, gemeente_topology, in_wijk, label_points, mercator_aspect, wijk_outlines

#: What the map can be coloured by: the share of the target group reached, the share the paper
#: misses (not reached by print), the share of residents aged 15–24, and social euros per resident.
MAP_METRICS = ("reach", "print_missed", "young", "social_per_resident")


#: Number format of each metric (see :func:`wijk_map`'s ``value_format``).
MAP_METRIC_FORMATS = {"reach": "pct", "print_missed": "pct", "young": "pct", "social_per_resident": "eur_cents"}


#: Marks on the map: the wijk's target group is (mostly) in a pooled ``-rest`` ad set, or in none.
MAP_STATUSES = ("pooled", "untargeted")


#: Vega shapes of the marks: an open circle (pooled) and a cross (no ad set).
STATUS_SHAPES = {"pooled": "circle", "untargeted": "M-0.8,-0.8L0.8,0.8M-0.8,0.8L0.8,-0.8"}


@dataclass(frozen=True)
class MapData:
    """What one map shows, per wijk drawn (at buurt level the buurten summed per wijk: there are
    no buurt boundaries).

    ``values[code]`` is the metric (None where it means nothing, e.g. nobody of the target group
    lives there); ``status[code]`` is ``"own"``, ``"pooled"`` or ``"untargeted"``: where most of
    the wijk's target group is (an ad set of its own, a pooled ``-rest`` ad set, none);
    ``counts[code]`` the number of areas (wijk: 1; buurt level: its buurten with a target group) in
    each of those; ``figures[code]`` the sums behind the values (``target``, ``reached``,
    ``reached_print``, ``residents``, ``young``, ``social_eur``) and, at wijk level, ``ad_set``.
    """

    level: str
    metric: str
    codes: tuple[str, ...]
    names: tuple[str, ...]
    values: dict
    status: dict
    counts: dict
    figures: dict

    @property
    def value_format(self) -> str:
        return MAP_METRIC_FORMATS[self.metric]

    @property
    def marks(self) -> dict[str, str]:
        """``{wijk code: status}`` of the wijken to mark (pooled or untargeted)."""
        return {code: s for code, s in self.status.items() if s in MAP_STATUSES}


def map_data(evaluation, metric: str) -> MapData:
    """The map of one evaluated plan: ``metric`` (one of :data:`MAP_METRICS`) per wijk; at buurt
    level each wijk sums its buurten. ``ValueError`` names the metrics for an unknown one."""
    if metric not in MAP_METRICS:
        raise ValueError(f"map metric: must be one of {', '.join(MAP_METRICS)} (got {metric!r})")
    model = evaluation.model
    areas = model.areas
    by_buurt = areas.level == "buurt" and areas.wijk_codes is not None
    unit = np.asarray(areas.wijk_codes if by_buurt else areas.codes)
    codes, first, index = np.unique(unit, return_index=True, return_inverse=True)
    order = np.argsort(first)  # the table's order
    k = len(codes)
    sums = lambda per_area: np.bincount(index, weights=per_area, minlength=k)  # noqa: E731
    target_area = evaluation.target_population.sum(axis=1)
    figures = {
        "target": sums(target_area),
        "reached": sums(evaluation.reached.sum(axis=1)),
        "reached_print": sums(evaluation.reached_print.sum(axis=1)),
        "residents": sums(areas.residents),
        "young": sums(areas.population[:, BANDS.index("15-24")]),
        "social_eur": sums(evaluation.social_eur),
    }
    sets = model.ad_sets
    kinds = np.array([sets.kinds[j] if j >= 0 else "none" for j in sets.area_set])
    kind_status = np.where(kinds == "area", 0, np.where(kinds == "none", 2, 1))  # own, pooled, untargeted
    people = target_area > 0
    per_status = np.zeros((k, 3))
    counts = np.zeros((k, 3), dtype=int)
    for s in range(3):
        chosen = people & (kind_status == s)
        per_status[:, s] = np.bincount(index[chosen], weights=target_area[chosen], minlength=k)
        counts[:, s] = np.bincount(index[chosen], minlength=k)
    with np.errstate(divide="ignore", invalid="ignore"):
        value = {
            "reach": figures["reached"] / figures["target"],
            "print_missed": 1.0 - figures["reached_print"] / figures["target"],
            "young": figures["young"] / figures["residents"],
            "social_per_resident": figures["social_eur"] / figures["residents"],
        }[metric]
    basis = figures["residents"] if metric in ("young", "social_per_resident") else figures["target"]
    names = dict(zip(areas.wijk_codes, areas.wijk_names)) if by_buurt and areas.wijk_names else {}
    if not by_buurt:
        names = dict(zip(areas.codes, areas.names))
    ad_set_ids = sets.area_ids()
    out_values, out_status, out_counts, out_figures = {}, {}, {}, {}
    for j in order:
        code = str(codes[j])
        out_values[code] = float(value[j]) if basis[j] > 0 and math.isfinite(value[j]) else None
        status = ("own", "pooled", "untargeted")[int(np.argmax(per_status[j]))] if per_status[j].sum() > 0 else None
        out_status[code] = status
        out_counts[code] = {
            "areas": int(counts[j].sum()),
            "own": int(counts[j, 0]),
            "pooled": int(counts[j, 1]),
            "untargeted": int(counts[j, 2]),
        }
        out_figures[code] = {name: float(v[j]) for name, v in figures.items()}
        if not by_buurt:
            out_figures[code]["ad_set"] = ad_set_ids[int(first[j])]
    ordered = [str(codes[j]) for j in order]
    return MapData(
        level="buurt" if by_buurt else "wijk",
        metric=metric,
        codes=tuple(ordered),
        names=tuple(names.get(c, c) for c in ordered),
        values=out_values,
        status=out_status,
        counts=out_counts,
        figures=out_figures,
    )


def map_tooltips(data: MapData, lang: str) -> dict[str, dict[str, str]]:
    """Tooltip lines per wijk: reach, what the paper misses, 15–24, social euros, and its ad set (wijk
    level) or how many of its buurten are in an own, a pooled or no ad set (buurt level)."""
    labels = {
        key: t(f"chart.map.tip.{key}", lang)
        for key in ("reach", "print_missed", "young", "social_eur", "ad_set", "buurten")
    }
    missing, no_ad_set = t("common.missing", lang), t("chart.map.tip.no_ad_set", lang)
    out = {}
    for code in data.codes:
        f = data.figures[code]
        target, residents = f["target"], f["residents"]
        row = {
            labels["reach"]: fmt_pct(f["reached"] / target, lang) if target > 0 else missing,
            labels["print_missed"]: t(
                "chart.map.tip.people",
                lang,
                n=target - f["reached_print"],
                share=fmt_pct(1 - f["reached_print"] / target, lang),
            )
            if target > 0
            else missing,
            labels["young"]: fmt_pct(f["young"] / residents, lang) if residents > 0 else missing,
            labels["social_eur"]: fmt_eur(f["social_eur"], lang),
        }
        if data.level == "wijk":
            row[labels["ad_set"]] = f.get("ad_set") or no_ad_set
        else:
            row[labels["buurten"]] = t("chart.map.tip.buurten_counts", lang, **data.counts[code])
        out[code] = row
    return out


def mark_labels(level: str, lang: str) -> dict[str, str]:
    """The legend's words for the marks: ``{status: text}`` (wijk level: the wijk; buurt level:
    most of the wijk's target group)."""
    return {s: t(f"chart.map.mark.{s}.{level}", lang) for s in MAP_STATUSES}


def area_map(
    evaluation,
    metric: str,
    lang: str,
    context,
    *,
    width: int | None = None,
    height: int | None = None,
    title: str | None = None,
):
    """The map of an evaluated plan at either level (see :func:`map_data`): the wijken coloured by
    ``metric`` (see :func:`map_colour_scale`), the highest and lowest named, pooled and untargeted
    wijken marked and named in the legend, tooltips with every figure. ``ValueError`` when none of
    the wijken has a CBS boundary."""
    data = map_data(evaluation, metric)
    label = t(f"chart.map.metric.{metric}", lang)
    note = t("chart.map.note.buurt", lang) if data.level == "buurt" else None
    return wijk_map(
        data,
        data.values,
        label,
        lang,
        context,
        map_tooltips(data, lang),
        value_format=data.value_format,
        width=width,
        height=height,
        title=title,
        marks=data.marks,
        mark_labels=mark_labels(data.level, lang),
        note=note,
    )


def _area_info(model_or_areas):
    """(codes, names, gemeente name) from a ReachModel, Evaluation, Areas, :class:`MapData` or gemeente code."""
    obj = model_or_areas
    if isinstance(obj, str):
        obj = wijken(obj)
    if hasattr(obj, "model") and hasattr(obj.model, "areas"):  # Evaluation
        obj = obj.model
    if hasattr(obj, "areas"):  # ReachModel
        obj = obj.areas
    return tuple(obj.codes), tuple(obj.names), getattr(obj, "gemeente_name", None)


def _format_value(value, value_format: str, lang: str) -> str:
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return t("chart.map.no_value", lang)
    if value_format == "pct":
        return fmt_pct(value, lang)
    if value_format == "eur":
        return fmt_eur(value, lang)
    if value_format == "eur_cents":
        return fmt_eur(value, lang, _cents_decimals(abs(value)))
    if value_format == "int":
        return fmt_int(value, lang)
    return fmt_num(value, lang, 1)


def _tooltip_table(tooltip_rows) -> dict[str, dict[str, str]]:
    """``{code: {label: text}}`` from that form itself or from a list of dicts with a ``code`` key."""
    if not tooltip_rows:
        return {}
    if isinstance(tooltip_rows, Mapping):
        return {str(k): dict(v) for k, v in tooltip_rows.items()}
    out = {}
    for row in tooltip_rows:
        row = dict(row)
        out[str(row.pop("code"))] = row
    return out


def wijk_map(
    model_or_areas,
    values: Mapping[str, float],
    metric_label: str,
    lang: str,
    context,
    tooltip_rows=None,
    *,
    value_format: str = "pct",
    scheme: str = MAP_SCHEME,
    width: int | None = None,
    height: int | None = None,
    title: str | None = None,
    marks: Mapping[str, str] | None = None,
    mark_labels: Mapping[str, str] | None = None,
    note: str | None = None,
    label_size: float = 10,
):
    """The gemeente's wijken coloured by ``values`` (``{wijk code: value}``), Mercator projection.

    ``model_or_areas`` is a ReachModel, Evaluation, Areas or gemeente code: its area codes pick the
    wijken from the bundled CBS boundaries (areas without a boundary are left out; none at all
    raises ``ValueError``). ``value_format`` is ``"pct"`` (shares 0..1), ``"eur"``, ``"eur_cents"``,
    ``"int"`` or ``"num"``. ``tooltip_rows`` adds lines to the tooltip: ``{code: {label: text}}`` or a
    list of dicts with a ``code`` key; numbers in it are written as whole numbers in the language.
    Wijken without a value are grey. Height follows the gemeente's shape unless given.

    The colour scale is :func:`map_colour_scale`: a share over at least 10 points, counts and euros
    from 0; the legend writes its numbers in ``lang``; one colour gets a one-line legend that says
    the value is (about) the same everywhere. The :data:`LABEL_EXTREMES` highest and lowest wijken
    carry their name and value (every wijk when all fit; names only where they fit when the colour
    is one), at ``label_size`` px with a white halo. ``marks`` (``{wijk code: status}``, a status of
    :data:`MAP_STATUSES`) puts a symbol in those wijken, an open circle for ``"pooled"`` and a cross
    for ``"untargeted"``, with a legend that names them in words (``mark_labels``: ``{status:
    text}``); colour alone never carries that. ``note`` is a line under the map.
    """
    ctx = as_context(context)
    codes, names, _ = _area_info(model_or_areas)
    topo, bbox = gemeente_topology(codes)
    geometries = topo["objects"][TOPO_OBJECT]["geometries"]
    if not geometries:
        raise ValueError("map: none of these areas has a boundary in the CBS wijk map of 2024")
    name_of = dict(zip(codes, names))
    extra = _tooltip_table(tooltip_rows)
    extra_labels: list[str] = []
    for row in extra.values():
        for label in row:
            if label not in extra_labels:
                extra_labels.append(label)
    features = []
    for g in geometries:
        code = g["properties"]["statcode"]
        raw = values.get(code) if values else None
        value = float(raw) if raw is not None and math.isfinite(float(raw)) else None
        props = {
            "code": code,
            "name": name_of.get(code) or g["properties"].get("statnaam") or code,
            "value": value,
            "value_txt": _format_value(value, value_format, lang),
        }
        for i, label in enumerate(extra_labels):
            cell = extra.get(code, {}).get(label, "")
            props[f"t{i}"] = fmt_int(cell, lang) if isinstance(cell, (int, float)) else str(cell)
        features.append({"type": g["type"], "arcs": g["arcs"], "properties": props})
    inline = {
        "type": "Topology",
        "arcs": topo["arcs"],
        "objects": {TOPO_OBJECT: {"type": "GeometryCollection", "geometries": features}},
    }
    if "transform" in topo:
        inline["transform"] = topo["transform"]
    w = width or SCREEN_SIZES["map"][0]
    h = height or int(round(min(max(w * mercator_aspect(bbox), 0.5 * w), 1.3 * w)))
    tooltip = tooltips(
        ("properties.name", t("common.wijk", lang)),
        ("properties.value_txt", metric_label),
        *((f"properties.t{i}", label) for i, label in enumerate(extra_labels)),
    )
    base = {
        "mark": {"type": "geoshape", "fill": NO_DATA_COLOR, "stroke": "white", "strokeWidth": 0.8},
        "encoding": {"tooltip": tooltip},
    }
    known = [f["properties"]["value"] for f in features if f["properties"]["value"] is not None]
    layers = [base]
    scale = map_colour_scale(known, value_format)
    if known:
        layers.append(_colour_layer(scale, known, value_format, lang, tooltip, scheme, w, bool(marks)))
    marked = _mark_points(codes, features, marks or {}, mark_labels or {})
    if marked:
        present = [s for s in MAP_STATUSES if any(p["status"] == s for p in marked)]
        labels = [(mark_labels or {}).get(s, s) for s in present]
        layers.append(
            {
                "data": {"values": marked},
                "mark": {
                    "type": "point",
                    "filled": False,
                    "stroke": TEXT_COLOR,
                    "strokeWidth": 1.6,
                    "size": 70,
                    "opacity": 1,
                },
                "encoding": {
                    "longitude": channel("lon", "Q"),
                    "latitude": channel("lat", "Q"),
                    "shape": channel(
                        "label",
                        "N",
                        title=None,
                        scale={"domain": labels, "range": [STATUS_SHAPES[s] for s in present]},
                        legend={
                            "orient": "top" if w >= 450 else "bottom",
                            "direction": "vertical",
                            "labelFontSize": 10,
                            "symbolStrokeWidth": 1.6,
                            "symbolSize": 70,
                            "labelLimit": w,
                        },
                    ),
                    "tooltip": tooltips(("name", t("common.wijk", lang)), ("label", t("chart.map.mark", lang))),
                },
            }
        )
    layers += _label_layers(codes, features, set(marks or {}), scale.single, bbox, (w, h), label_size)
    chart = {
        "data": {"name": "wijken", "format": {"type": "topojson", "feature": TOPO_OBJECT}},
        "layer": layers,
        "projection": {"type": "mercator"},
        "width": w,
        "height": h,
    }
    title = title or t("chart.map.title", lang, metric=metric_label)
    title = title[:1].upper() + title[1:]
    description = _map_description(title, [f["properties"] for f in features], marked, lang)
    return finish_chart(
        chart, lang, ctx, title, width=w, note=note, datasets={"wijken": inline}, description=description
    )


def _colour_layer(scale: ColourScale, known: list[float], value_format: str, lang: str, tooltip, scheme: str, w, marks):
    """The wijken with a value, coloured over ``scale`` with a gradient legend whose numbers are
    written in ``lang``; one colour with a one-entry legend that says so when ``scale.single``."""
    if scale.single:
        lo, hi = _format_value(min(known), value_format, lang), _format_value(max(known), value_format, lang)
        if value_format == "pct":
            value = lo if lo == hi else t("chart.map.range", lang, lo=lo, hi=hi)
            sentence = t("chart.map.about_same", lang, value=value)
        else:
            sentence = t("chart.map.same", lang, value=lo)
        color = channel(
            "same",
            "N",
            title=None,
            scale={"domain": [sentence], "range": [SINGLE_COLOR]},
            legend={"orient": "top", "direction": "vertical", "labelFontSize": 10, "labelLimit": w},
        )
        calculate = [{"calculate": json.dumps(sentence, ensure_ascii=False), "as": "same"}]
    else:
        calculate = []
        labels = legend_values(scale, value_format, lang)
        color = channel(
            "properties.value",
            "Q",
            title=None,
            legend={
                "orient": "top",
                "direction": "horizontal",
                "values": [value for value, _ in labels],
                "labelExpr": _label_expression(labels),
                "labelOverlap": False,
                "gradientLength": min(220, int(w * (0.42 if marks else 0.7))),
                "gradientThickness": 10,
                "labelFontSize": 10,
            },
            scale={"scheme": scheme, "domain": [scale.lo, scale.hi], "nice": False, "clamp": True},
        )
    return {
        "mark": {"type": "geoshape", "stroke": "white", "strokeWidth": 0.8},
        "encoding": {"color": color, "tooltip": tooltip},
        "transform": [{"filter": "isValid(datum.properties.value)"}, *calculate],
    }


def _label_layers(codes, features, marked: set[str], single: bool, bbox, size, font_size: float) -> list[dict]:
    """Names (and values) of the wijken on the map, white-haloed: the :data:`LABEL_EXTREMES`
    highest and lowest, or every wijk when all fit (see :func:`place_labels`); when the colour is
    the same everywhere, the names that fit."""
    props = {f["properties"]["code"]: f["properties"] for f in features if f["properties"]["value"] is not None}
    if not props:
        return []
    lines: dict[str, tuple[str, ...]]
    if single:
        order, lines = list(props), {c: (short_name(p["name"]),) for c, p in props.items()}
    else:
        order = label_order({c: p["value"] for c, p in props.items()})
        lines = {c: (short_name(p["name"]), p["value_txt"]) for c, p in props.items()}
    spots, frame, outlines = label_points(codes), Frame(bbox, *size), wijk_outlines(codes)
    owns = partial(in_wijk, outlines)
    if single:
        placed = place_what_fits(order, spots, lines, marked, frame, font_size, owns)
    else:
        placed = place_labels(order, 2 * LABEL_EXTREMES, spots, lines, marked, frame, font_size, owns)
    values = [{"lon": round(p.lon, 6), "lat": round(p.lat, 6), "text": list(p.lines)} for p in placed]
    text = {"type": "text", "fontSize": font_size, "lineHeight": font_size * LINE_EM, "baseline": "middle"}
    encoding = {"longitude": channel("lon", "Q"), "latitude": channel("lat", "Q"), "text": channel("text", "N")}
    halo = {**text, "stroke": "white", "strokeWidth": 3, "strokeJoin": "round", "strokeOpacity": 0.9, "fill": "white"}
    return [
        {"data": {"values": values}, "mark": halo, "encoding": encoding},
        {"data": {"values": values}, "mark": {**text, "fill": TEXT_COLOR}, "encoding": encoding},
    ]


def _map_description(title: str, props: list[dict], marked: list[dict], lang: str) -> str:
    """The map's text alternative: how many wijken, what the colour means, the highest and lowest,
    and which wijken carry a symbol (at most 10 names per symbol)."""
    wijken = t("count.wijken", lang, count=len(props))
    title = as_sentence(title)
    known = sorted((p for p in props if p["value"] is not None), key=lambda p: p["value"])
    if not known:
        text = t("chart.alt.map.none", lang, title=title, wijken=wijken)
    elif known[0]["value_txt"] == known[-1]["value_txt"]:
        text = t("chart.alt.map.single", lang, title=title, wijken=wijken, value=known[0]["value_txt"])
    else:

        def named(p):
            return f"{p['name']} ({p['value_txt']})"

        text = t(
            "chart.alt.map",
            lang,
            title=title,
            wijken=wijken,
            lo=known[0]["value_txt"],
            hi=known[-1]["value_txt"],
            top=named(known[-1]),
            bottom=named(known[0]),
        )
    for label in dict.fromkeys(p["label"] for p in marked):
        names = [p["name"] for p in marked if p["label"] == label]
        shown = ", ".join(names[:10]) + (", …" if len(names) > 10 else "")
        text += " " + t("chart.alt.map.marks", lang, label=label, n=len(names), names=shown)
    return text


#: A share is coloured over at least this range (10 percentage points) ...
SHARE_MIN_SPAN = 0.10
#: ... and in one colour when the areas differ by less than this (1 point): the rest is noise.
SHARE_SAME = 0.01


@dataclass(frozen=True)
class ColourScale:
    """The map's colour scale: from ``lo`` to ``hi``, or one colour (``single``) when the areas
    (about) do not differ."""

    lo: float
    hi: float
    single: bool


def map_colour_scale(values: Iterable[float], value_format: str = "pct") -> ColourScale:
    """The colour scale of the map.

    A share (``value_format == "pct"``) runs over at least :data:`SHARE_MIN_SPAN`: the values'
    range widened equally on both sides to ``max(hi − lo, 10 points)``, ends rounded outwards to
    whole points and moved inside 0–100 %; when ``hi − lo`` < :data:`SHARE_SAME` it is one colour.
    Counts and euros run from 0 to the highest value (one colour when all are equal)."""
    known = [float(v) for v in values if v is not None and math.isfinite(float(v))]
    if not known:
        return ColourScale(0.0, 1.0, True)
    lo, hi = min(known), max(known)
    if value_format == "pct":
        if hi - lo < SHARE_SAME:
            return ColourScale(lo, hi, True)
        half = max(hi - lo, SHARE_MIN_SPAN) / 2
        mid = (lo + hi) / 2
        a = math.floor(round((mid - half) * 100, 9)) / 100
        b = math.ceil(round((mid + half) * 100, 9)) / 100
        if a < 0:
            a, b = 0.0, b - a
        if b > 1:
            a, b = max(a - (b - 1), 0.0), 1.0
        return ColourScale(a, b, False)
    if hi - lo <= 1e-9 * max(1.0, abs(hi)):
        return ColourScale(lo, hi, True)
    return ColourScale(min(lo, 0.0), max(hi, 0.0), False)


def _cents_decimals(value: float) -> int:
    """Decimals that show a small amount per resident: 2 (€ 0,48), 3 below 10 cents (€ 0,048)."""
    return 3 if 0 < value < 0.1 else 2


def legend_values(scale: ColourScale, value_format: str, lang: str) -> list[tuple[float, str]]:
    """The numbers under the legend's gradient: its ends and (about) its middle, written in ``lang``
    (a share in whole points when they are whole, else with one decimal)."""
    lo, hi = scale.lo, scale.hi
    points = [lo, (lo + hi) / 2, hi]
    if value_format == "pct":
        points[1] = math.floor(round(points[1] * 100, 9) + 0.5) / 100  # a whole point, near the middle
        whole = all(abs(v * 100 - round(v * 100)) < 1e-9 for v in points)
        return [(v, fmt_pct(v, lang, 0 if whole else 1)) for v in points]
    if value_format == "eur_cents":
        return [(v, fmt_eur(v, lang, 0 if v == 0 else _cents_decimals(hi))) for v in points]
    return [(v, _format_value(v, value_format, lang)) for v in points]


def _label_expression(labels: list[tuple[float, str]]) -> str:
    """A Vega expression that writes each legend value as its text (so the numbers are in the
    app's language whatever the browser's)."""
    tol = max(abs(labels[-1][0] - labels[0][0]), 1e-12) * 1e-6
    expr = "''"
    for value, text in reversed(labels):
        expr = f"abs(datum.value - {value!r}) <= {tol!r} ? {json.dumps(text, ensure_ascii=False)} : {expr}"
    return expr


def _mark_points(
    codes: tuple[str, ...], features: list[dict], marks: Mapping[str, str], mark_labels: Mapping[str, str]
) -> list[dict]:
    """One point per marked wijk, at a spot inside it (see :func:`label_point`)."""
    if not marks:
        return []
    spots = label_points(codes)
    out = []
    for feature in features:
        props = feature["properties"]
        status = marks.get(props["code"])
        if status not in STATUS_SHAPES:
            continue
        lon, lat = spots[props["code"]]
        out.append(
            {
                "lon": round(lon, 5),
                "lat": round(lat, 5),
                "status": status,
                "name": props["name"],
                "label": mark_labels.get(status, status),
            }
        )
    return out
