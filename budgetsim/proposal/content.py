"""What the budget proposal says: every figure and text, for one to three options (no layout).

:func:`proposal_content` is the one pure function here. The caller evaluates each option (and, if
wanted, its uncertainty and saturation curves; see :mod:`budgetsim.proposal.build`) and passes them
in as :class:`ProposalOption`; the function returns a :class:`ProposalContent` that the layouts
(:mod:`.pdf`, :mod:`.docx`) draw. Every number is written here, in the language's format, so the
PDF and the Word file say exactly the same.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .. import __version__
from ..assumption_text import assumption_value_text
from ..assumptions import PARAMETERS, Parameter
from ..bands import TARGETABLE_BANDS
from ..calibration_report import basis_text, kept_basis
from ..charts import map_data
from ..formatting import fmt_eur, fmt_int, fmt_pct
from ..i18n import band_label, fmt_date, t
from ..plan_sentences import survey_sentences
from ..planning import survey_terms

LETTERS = ("A", "B", "C")
MAX_OPTIONS = len(LETTERS)
#: Per-band parameters vary by one factor on every band (budgetsim.uncertainty.FACTOR_PARAMETERS).
FACTOR_KEYS = ("print.page_seen", "social.platform_share")
#: Calibration records name fitted values by parameter; these names differ from the assumption keys.
CALIBRATION_ALIASES = {"platform_share_factor": "platform_share", "page_seen_factor": "page_seen"}
#: The importance chart shows at most this many assumptions (the largest swings).
IMPORTANCE_ROWS = 5
#: An assumption whose swing is below this share of the reach is left out of the importance chart.
IMPORTANCE_MIN_SWING = 0.002


@dataclass(frozen=True)
class ProposalOption:
    """One option of the proposal, already computed by the caller.

    - ``scenario``: the scenario (its name, target group, assumptions, calibration record);
    - ``evaluation``: :meth:`budgetsim.planning.ScenarioPlan.evaluate` of it;
    - ``current``: the evaluation of "Nu" (what the gemeente does now) with the same assumptions;
    - ``uncertainty``: ``UncertaintyResult.to_dict()`` of this plan, or None;
    - ``curves``: :func:`budgetsim.curves.saturation_curve_data` of this plan, or None.
    """

    scenario: Any
    evaluation: Any
    current: Any = None
    uncertainty: Mapping | None = None
    curves: Any = None

    def __post_init__(self) -> None:
        if self.uncertainty is not None and hasattr(self.uncertainty, "to_dict"):  # an UncertaintyResult
            object.__setattr__(self, "uncertainty", self.uncertainty.to_dict())


@dataclass(frozen=True)
class Row:
    """One row of the options table: a label and one cell per column ("Nu" first)."""

    label: str
    cells: tuple[str, ...]
    strong: bool = False
    rule_after: bool = False


@dataclass(frozen=True)
class OptionHead:
    letter: str
    title: str  # "Optie A"
    name: str  # the scenario's name, in full
    recommended: bool


@dataclass(frozen=True)
class AssumptionText:
    """One assumption on page 2, in words: never cut short."""

    key: str
    label: str
    value: str
    range: str
    basis: str
    source: str = ""  # the fitted value's own source (calibration), else empty

    @property
    def basis_and_source(self) -> str:
        return f"{self.basis} {self.source}".strip() if self.source else self.basis


@dataclass(frozen=True)
class Chart:
    """A chart's data and texts; the layouts turn it into a Vega-Lite spec at their own size
    (:mod:`budgetsim.proposal.charts`)."""

    kind: str  # "saturation" | "ages" | "map" | "importance"
    title: str
    caption: str
    data: Mapping = field(default_factory=dict)


@dataclass(frozen=True)
class ProposalContent:
    lang: str
    title: str
    subject: str
    gemeente: str
    date: str
    target_group: str
    decision_heading: str
    decision: str
    explanation_heading: str
    explanations: tuple[str, ...]  # the options' own notes ("Toelichting"), in full
    options_heading: str
    options: tuple[OptionHead, ...]
    recommended: int
    table_header: tuple[str, ...]
    table_rows: tuple[Row, ...]
    current_text: str
    notes: tuple[str, ...]  # short explanations under the table
    p10_sentence: str
    charts: Mapping[str, Chart | None]
    map_missing: str
    how_heading: str
    how_intro: str
    assumptions_heading: str
    assumption_columns: tuple[str, str, str, str]
    assumptions: tuple[AssumptionText, ...]
    method_heading: str
    method: tuple[str, ...]
    platform_heading: str
    platform_rules: str
    survey_heading: str
    survey_sentence: str
    source: str
    made_with: str


# -- numbers in words ------------------------------------------------------------------------------
def pages_text(insertions: float, lang: str) -> str:
    """Municipal pages a year: "52 pagina's", "1 pagina", "minder dan 1 pagina"."""
    n = float(insertions)
    if n <= 0:
        return t("proposal.pages", lang, n="0")
    if n < 0.5:
        return t("proposal.pages_less_than_one", lang)
    whole = round(n)
    return t("proposal.page_one", lang) if whole == 1 else t("proposal.pages", lang, n=fmt_int(whole, lang))


def _pages_number(insertions: float, lang: str) -> str:
    return fmt_int(round(float(insertions)), lang)


def bands_text(bands: Sequence[str], lang: str) -> str:
    """The age bands of a target group, shortest form: "15 jaar en ouder", "15–44 jaar", or a list."""
    order = [b for b in TARGETABLE_BANDS if b in bands]
    if not order:
        return ""
    idx = [TARGETABLE_BANDS.index(b) for b in order]
    contiguous = idx == list(range(idx[0], idx[-1] + 1))
    if contiguous:
        low = order[0].split("-")[0].rstrip("+")
        if order[-1] == "65+":
            return t("proposal.bands.all", lang) if low == "15" else t("proposal.bands.from", lang, low=low)
        high = order[-1].split("-")[1]
        return t("proposal.bands.span", lang, low=low, high=high)
    return ", ".join(band_label(b, lang) for b in order)


def _percent(value: float, lang: str) -> str:
    """A share as a percentage with at most one decimal, no trailing zero: "80 %", "12,5 %"."""
    return fmt_pct(value, lang, 1, trim=True)


def factor_text(factor: float, lang: str) -> str:
    """A factor on every band's value in words: 0.6 -> "40 % lager", 1.4 -> "40 % hoger"."""
    factor = float(factor)
    if abs(factor - 1.0) < 1e-9:
        return t("proposal.factor.same", lang)
    pct = _percent(abs(factor - 1.0), lang)
    return t("proposal.factor.lower" if factor < 1 else "proposal.factor.higher", lang, pct=pct)


def range_text(key: str, low: float | None, high: float | None, lang: str) -> str:
    """An assumption's range in words."""
    if low is None or high is None:
        return t("proposal.range.fixed", lang)
    if key in FACTOR_KEYS:
        return t("proposal.range.factor", lang, low=factor_text(low, lang), high=factor_text(high, lang))
    return t(
        "proposal.range.span",
        lang,
        low=assumption_value_text(key, low, lang),
        high=assumption_value_text(key, high, lang),
    )


# -- the options -------------------------------------------------------------------------------------
def _gemeente_name(option: ProposalOption) -> str:
    areas = option.evaluation.model.areas
    return areas.gemeente_name or areas.gemeente_code or ""


def _social_total(evaluation) -> float:
    return float(evaluation.social_eur.sum())


def option_name(option: ProposalOption, lang: str) -> str:
    """The scenario's name in full, or its budgets when it has none."""
    name = " ".join(str(getattr(option.scenario, "name", "") or "").split())
    if name:
        return name
    return t(
        "proposal.option.unnamed",
        lang,
        print=fmt_eur(option.evaluation.print_eur, lang),
        social=fmt_eur(_social_total(option.evaluation), lang),
    )


def default_recommended(options: Sequence[ProposalOption]) -> int:
    """The option proposed when the caller does not say: the last one (options run from the least
    to the most change, as the app's compare slots and the command line's files are given)."""
    return len(options) - 1


def decision_sentence(option: ProposalOption, letter: str, lang: str) -> str:
    """The default decision asked of the MT, built from what the proposed option changes against "Nu"."""
    plan, current = option.evaluation, option.current if option.current is not None else option.evaluation
    social_new, social_old = _social_total(plan), _social_total(current)
    print_new, print_old = float(plan.print_eur), float(current.print_eur)

    def eur(x: float) -> str:
        return fmt_eur(x, lang)

    parts = []
    if round(social_new) != round(social_old):
        if social_old < 0.5:
            parts.append(t("proposal.decision.social_new", lang, amount=eur(social_new)))
        elif social_new < 0.5:
            parts.append(t("proposal.decision.social_stop", lang, old=eur(social_old)))
        else:
            key = "proposal.decision.social_up" if social_new > social_old else "proposal.decision.social_down"
            parts.append(t(key, lang, old=eur(social_old), new=eur(social_new)))
    if round(print_new) != round(print_old):
        key = "proposal.decision.print_up" if print_new > print_old else "proposal.decision.print_down"
        parts.append(
            t(
                key,
                lang,
                old=eur(print_old),
                new=eur(print_new),
                pages_old=_pages_number(current.insertions, lang),
                pages_new=_pages_number(plan.insertions, lang),
            )
        )
    if not parts:
        parts.append(t("proposal.decision.same", lang, print=eur(print_new), social=eur(social_new)))
    return t(
        "proposal.decision.sentence",
        lang,
        parts=t("proposal.decision.and", lang).join(parts),
        option=t("proposal.option", lang, letter=letter),
    )


def explanations(options: Sequence[ProposalOption], lang: str) -> tuple[str, ...]:
    """The free text of each option's scenario (``notes``), "Optie B: ..." when there are several."""
    out = []
    for i, o in enumerate(options):
        text = " ".join(str(getattr(o.scenario, "notes", "") or "").split())
        if text:
            out.append(f"{t('proposal.option.title', lang, letter=LETTERS[i])}: {text}" if len(options) > 1 else text)
    return tuple(out)


def _range_cell(unc: Mapping | None, lang: str) -> str:
    reached = (unc or {}).get("reached") or {}
    if reached.get("p10") is None or reached.get("p90") is None:
        return "–"
    return f"{fmt_int(reached['p10'], lang)} – {fmt_int(reached['p90'], lang)}"


def _figures(ev) -> dict[str, float | None]:
    return {
        "insertions": float(ev.insertions),
        "print_eur": float(ev.print_eur),
        "social_eur": _social_total(ev),
        "total_eur": float(ev.total_eur),
        "reached": ev.total("reached"),
        "reach_share": float(ev.reach_share),
        "reached_3plus": ev.total("reached_3plus"),
        "cost": ev.cost_per_reached_eur,
        "via_print": ev.total("reached_print"),
        "via_social": ev.total("reached_social"),
        "via_both": ev.total("reached_both"),
    }


def table_rows(options: Sequence[ProposalOption], recommended: int, lang: str) -> tuple[Row, ...]:
    """The options table: "Nu" (of the proposed option) first, then every option."""
    current_ev = options[recommended].current
    columns = [(None, current_ev)] + [(o, o.evaluation) for o in options]
    figs = [_figures(ev) if ev is not None else None for _, ev in columns]

    def cells(fn) -> tuple[str, ...]:
        return tuple(fn(o, f) if f is not None else "–" for (o, _), f in zip(columns, figs))

    def diff(o, f) -> str:
        if o is None:
            return "–"
        base = o.current if o.current is not None else None
        if base is None:
            return "–"
        return fmt_int(f["reached"] - base.total("reached"), lang, signed=True)

    rows = [
        Row(t("proposal.row.pages", lang), cells(lambda o, f: pages_text(f["insertions"], lang))),
        Row(t("proposal.row.print_eur", lang), cells(lambda o, f: fmt_eur(f["print_eur"], lang))),
        Row(t("proposal.row.social_eur", lang), cells(lambda o, f: fmt_eur(f["social_eur"], lang))),
        Row(
            t("proposal.row.total_eur", lang),
            cells(lambda o, f: fmt_eur(f["total_eur"], lang)),
            strong=True,
            rule_after=True,
        ),
        Row(t("proposal.row.reached", lang), cells(lambda o, f: fmt_int(f["reached"], lang)), strong=True),
        Row(t("proposal.row.reach_share", lang), cells(lambda o, f: fmt_pct(f["reach_share"], lang, 0)), strong=True),
        Row(t("proposal.row.range", lang), cells(lambda o, f: _range_cell(o.uncertainty if o else None, lang))),
        Row(t("proposal.row.more_than_now", lang), cells(diff)),
        Row(t("proposal.row.reached_3plus", lang), cells(lambda o, f: fmt_int(f["reached_3plus"], lang))),
        Row(t("proposal.row.cost", lang), cells(lambda o, f: fmt_eur(f["cost"], lang, 2)), rule_after=True),
        Row(t("proposal.row.via_print", lang), cells(lambda o, f: fmt_int(f["via_print"], lang))),
        Row(t("proposal.row.via_social", lang), cells(lambda o, f: fmt_int(f["via_social"], lang))),
        Row(t("proposal.row.via_both", lang), cells(lambda o, f: fmt_int(f["via_both"], lang)), rule_after=True),
        Row(
            t("proposal.row.bands", lang),
            tuple(bands_text((o or options[recommended]).evaluation.model.target_bands, lang) for o, _ in columns),
        ),
    ]
    return tuple(rows)


def p10_sentence(option: ProposalOption, letter: str, lang: str) -> str:
    """The pessimistic reading of the proposed option (P10), or "" without an uncertainty result."""
    unc = option.uncertainty or {}
    reached = (unc.get("reached") or {}).get("p10")
    if reached is None:
        return ""
    ev = option.evaluation
    population = ev.total("target_population")
    share = fmt_pct(reached / population, lang, 0) if population > 0 else "–"
    name = t("proposal.option", lang, letter=letter)
    young = next((b for b in unc.get("bands", []) if b.get("band") == "15-24"), None)
    young_p10 = ((young or {}).get("reached_social") or {}).get("p10")
    if young_p10 and _social_total(ev) > 0 and round(young_p10) > 0:
        return t(
            "proposal.p10.young",
            lang,
            option=name,
            n=fmt_int(reached, lang),
            share=share,
            young=fmt_int(young_p10, lang),
        )
    return t("proposal.p10", lang, option=name, n=fmt_int(reached, lang), share=share)


# -- page 2: the model in survey words ----------------------------------------------------------------
def survey_text(model, lang: str) -> str:
    """What the print assumptions imply in a burgerpanel's words (four issues: every week, sometimes,
    never or not received), with the published panels beside it."""
    return " ".join(survey_sentences(survey_terms(model), model.target_bands, lang))


# -- page 2: assumptions ---------------------------------------------------------------------------
def _as_dict(record) -> dict:
    if record is None:
        return {}
    if hasattr(record, "model_dump"):
        return record.model_dump()
    return dict(record) if isinstance(record, Mapping) else {}


def fitted_sources(scenario, lang: str) -> dict[str, str]:
    """``{assumption key: sentence naming where its fitted value came from}`` from the scenario's
    ``calibration`` record (SCENARIO.md version 2), and for a value measured but not used, that it
    kept the scenario's value and why; empty without a record."""
    record = _as_dict(getattr(scenario, "calibration", None))
    out: dict[str, str] = {}
    for channel in ("print", "social"):
        part = _as_dict(record.get(channel))
        if not part:
            continue
        details = [str(part.get("source") or "")]
        if channel == "social" and part.get("campaigns"):  # the campaign and its month, as the app says it
            details.insert(0, basis_text(part, channel, lang))
        if part.get("read_at"):
            details.append(t("proposal.how.fitted.read_at", lang, date=_date_text(part["read_at"], lang)))
        if part.get("rows_used") is not None:
            details.append(t("proposal.how.fitted.rows", lang, n=fmt_int(part["rows_used"], lang)))
        if part.get("respondents") is not None:
            details.append(t("proposal.how.fitted.respondents", lang, n=fmt_int(part["respondents"], lang)))
        edited = set(part.get("edited") or [])
        for name in _as_dict(part.get("fitted")):
            key = f"{channel}.{CALIBRATION_ALIASES.get(name, name)}"
            by_hand = name in edited or key in edited or any(str(e).startswith(f"{name}.") for e in edited)
            extra = [t("proposal.how.fitted.edited", lang)] if by_hand else []  # one band edited ("page_seen.65+") too
            out[key] = t("proposal.how.fitted", lang, source=", ".join(d for d in details + extra if d)) + "."
        out.update(kept_basis(part, lang))
    return out


def _date_text(value, lang: str) -> str:
    if isinstance(value, _dt.date):
        return fmt_date(value, lang)
    try:
        return fmt_date(_dt.date.fromisoformat(str(value)), lang)
    except ValueError:
        return str(value)


def _parameters() -> tuple[Parameter, ...]:
    return tuple(PARAMETERS)


def _assumption_value(model, key: str):
    try:
        return model.assumptions.get(key)
    except AttributeError:
        return None


def _label(p: Parameter, lang: str) -> str:
    key = f"proposal.param.{p.key}"
    try:
        return t(key, lang)
    except KeyError:
        return p.label(lang)


def assumption_texts(options: Sequence[ProposalOption], recommended: int, lang: str) -> tuple[AssumptionText, ...]:
    """Every assumption of the proposed option in words, with its range and its full basis; where
    another option uses another value, that value is named too."""
    main = options[recommended]
    model = main.evaluation.model
    ranges = {k: tuple(v) for k, v in ((main.uncertainty or {}).get("ranges") or {}).items()}
    fitted = fitted_sources(main.scenario, lang)
    out = []
    for p in _parameters():
        value = _assumption_value(model, p.key)
        if value is None and p.key == "print.price_per_page_eur":
            text = t("proposal.val.from_copies", lang, price=fmt_eur(model.price_per_insertion, lang))
        else:
            text = assumption_value_text(p.key, value, lang)
        others = []
        for i, o in enumerate(options):
            if i == recommended:
                continue
            other = _assumption_value(o.evaluation.model, p.key)
            if other != value and other is not None:
                others.append(
                    t(
                        "proposal.how.differs",
                        lang,
                        option=t("proposal.option.title", lang, letter=LETTERS[i]),
                        value=assumption_value_text(p.key, other, lang),
                    )
                )
        if others:
            text = f"{text} ({'; '.join(others)})"
        low, high = ranges.get(p.key) or getattr(p, "uncertainty", None) or (None, None)
        out.append(
            AssumptionText(
                p.key,
                _label(p, lang),
                text,
                range_text(p.key, low, high, lang),
                " ".join(p.basis(lang).split()),
                fitted.get(p.key, ""),
            )
        )
    return tuple(out)


# -- charts' data ------------------------------------------------------------------------------------
def _saturation_chart(options, recommended: int, lang: str) -> Chart | None:
    main = options[recommended]
    curves = main.curves
    if curves is None or len(curves) == 0:
        return None
    letter = LETTERS[recommended]
    labels = {
        "print": t("proposal.chart.saturation.print", lang),
        "social": t("proposal.chart.saturation.social", lang),
        "combined": t("proposal.chart.saturation.combined", lang, letter=letter),
    }
    lines = [
        {"series": labels[s], "budget": float(b), "share": float(r)}
        for s, b, r in zip(curves["series"], curves["budget_eur"], curves["reach_share"])
        if s in labels
    ]
    marks = []
    if main.current is not None:
        marks.append((t("proposal.col.now", lang), "current", main.current))
    marks += [(LETTERS[i], LETTERS[i], o.evaluation) for i, o in enumerate(options)]
    points: list[dict] = []
    for label, key, ev in marks:  # options that equal "Nu" (or each other) share one labelled point
        budget, share = float(ev.total_eur), float(ev.reach_share)
        same = next((p for p in points if abs(p["budget"] - budget) < 0.5 and abs(p["share"] - share) < 1e-6), None)
        if same is not None:
            same["label"] += f" = {label}"
            same["key"] = key if same["key"] == "current" else same["key"]
            continue
        points.append({"label": label, "key": key, "budget": budget, "share": share})
    return Chart(
        "saturation",
        t("proposal.chart.saturation.title", lang),
        t("proposal.chart.saturation.caption", lang, letter=letter),
        {
            "lines": lines,
            "series": [labels[s] for s in ("print", "social", "combined")],
            "points": points,
            "x_title": t("proposal.chart.saturation.x", lang),
            "y_title": t("proposal.chart.saturation.y", lang),
            "max_budget": float(curves["budget_eur"].max()),
        },
    )


def _ages_chart(options, recommended: int, lang: str) -> Chart:
    groups = []
    rows = []
    current = options[recommended].current
    columns = ([(t("proposal.col.now", lang), current)] if current is not None else []) + [
        (t("proposal.option.title", lang, letter=LETTERS[i]), o.evaluation) for i, o in enumerate(options)
    ]
    for name, ev in columns:
        groups.append(name)
        for row in ev.band_rows():
            pop = float(row["target_population"])
            share = float(row["reached"]) / pop if pop > 0 else 0.0
            rows.append(
                {
                    "band": row["band"].replace("-", "–"),
                    "option": name,
                    "share": share,
                    "share_txt": fmt_pct(share, lang, 0),
                }
            )
    bands = list(dict.fromkeys(r["band"] for r in rows))
    return Chart(
        "ages",
        t("proposal.chart.ages.title", lang),
        t("proposal.chart.ages.caption", lang),
        {
            "rows": rows,
            "groups": groups,
            "bands": bands,
            "has_current": current is not None,
            "y_title": t("proposal.chart.ages.y", lang),
            "x_title": t("proposal.chart.ages.x", lang),
        },
    )


def _map_chart(options, recommended: int, lang: str) -> Chart:
    ev = options[recommended].evaluation
    places = map_data(ev, "reach")  # per wijk; at buurt level the buurten summed per wijk
    option = t("proposal.option", lang, letter=LETTERS[recommended])
    return Chart(
        "map",
        t("proposal.chart.map.title", lang, option=option),
        t("proposal.chart.map.caption", lang),
        {"evaluation": ev, "places": places, "values": places.values, "metric": t("proposal.chart.map.metric", lang)},
    )


def _importance_chart(options, recommended: int, lang: str) -> Chart | None:
    main = options[recommended]
    rows = list((main.uncertainty or {}).get("sensitivity") or [])
    if not rows:
        return None
    point = main.evaluation.total("reached")
    rows.sort(key=lambda r: abs(float(r["reached_at_high"]) - float(r["reached_at_low"])), reverse=True)
    keep = [
        r
        for r in rows
        if abs(float(r["reached_at_high"]) - float(r["reached_at_low"])) >= IMPORTANCE_MIN_SWING * max(point, 1.0)
    ][:IMPORTANCE_ROWS] or rows[:1]
    labels = {p.key: _label(p, lang) for p in _parameters()}
    bars = []
    for r in keep:
        key = str(r["parameter"])
        for end in ("low", "high"):
            v = r[f"{end}_value"]
            bars.append(
                {
                    "label": labels.get(key, key),
                    "end": t(f"proposal.chart.importance.{end}", lang),
                    "from": float(point),
                    "to": float(r[f"reached_at_{end}"]),
                    "value_txt": factor_text(v, lang) if key in FACTOR_KEYS else assumption_value_text(key, v, lang),
                }
            )
    option = t("proposal.option", lang, letter=LETTERS[recommended])
    return Chart(
        "importance",
        t("proposal.chart.importance.title", lang),
        t("proposal.chart.importance.caption", lang, option=option),
        {
            "bars": bars,
            "order": [labels.get(str(r["parameter"]), str(r["parameter"])) for r in keep],
            "point": float(point),
            "point_txt": t("proposal.chart.importance.point", lang, n=fmt_int(point, lang)),
            "x_title": t("proposal.chart.importance.x", lang),
            "ends": [t("proposal.chart.importance.low", lang), t("proposal.chart.importance.high", lang)],
        },
    )


# -- the whole document ------------------------------------------------------------------------------
def check_options(options: Sequence[ProposalOption], lang: str) -> None:
    """One to three options, all about one gemeente; ``ValueError`` in the language otherwise."""
    if not 1 <= len(options) <= MAX_OPTIONS:
        raise ValueError(t("proposal.error.count", lang, n=len(options)))
    names = list(dict.fromkeys(_gemeente_name(o) for o in options))
    if len(names) > 1:
        raise ValueError(t("proposal.error.gemeenten", lang, names=", ".join(names)))


def proposal_content(
    options: Sequence[ProposalOption],
    lang: str = "nl",
    *,
    day: _dt.date | None = None,
    decision: str | None = None,
    recommended: int | None = None,
    gemeente_name: str | None = None,
    survey_sentence: str | None = None,
    version: str | None = None,
) -> ProposalContent:
    """Every figure and text of the proposal for one to three ``options`` (pure: no files, no charts
    drawn; the caller computed the evaluations, "Nu", uncertainty and curves).

    - ``recommended``: index of the proposed option (default: the last one, see
      :func:`default_recommended`); it gets the decision sentence, the map and page 2's chart.
    - ``decision``: the decision sentence as the user edited it; default from :func:`decision_sentence`.
    - ``day``: the date on the document (default today); ``gemeente_name`` overrides the areas' name.
    - ``survey_sentence``: the print assumptions in survey words on page 2 (default: those of the
      proposed option, :func:`survey_text`; "" leaves it out).
    """
    t("proposal.title", lang)  # validates lang
    options = list(options)
    check_options(options, lang)
    if recommended is None:
        recommended = default_recommended(options)
    if not 0 <= int(recommended) < len(options):
        raise ValueError(
            t("proposal.error.recommended", lang, allowed="/".join(LETTERS[: len(options)]), got=recommended)
        )
    recommended = int(recommended)
    letter = LETTERS[recommended]
    main = options[recommended]
    if decision is not None and not decision.strip():
        raise ValueError(t("proposal.error.decision", lang))
    decision_text = " ".join(decision.split()) if decision else decision_sentence(main, letter, lang)
    version = __version__ if version is None else version
    day = day or _dt.date.today()
    current = main.current
    heads = tuple(
        OptionHead(
            LETTERS[i], t("proposal.option.title", lang, letter=LETTERS[i]), option_name(o, lang), i == recommended
        )
        for i, o in enumerate(options)
    )
    header = (t("proposal.col.label", lang), t("proposal.col.now", lang)) + tuple(
        f"{h.title} ✓" if h.recommended and len(options) > 1 else h.title for h in heads
    )
    current_text = ""
    if current is not None:
        current_text = t(
            "proposal.now.explain",
            lang,
            print=fmt_eur(current.print_eur, lang),
            pages=pages_text(current.insertions, lang),
            social=fmt_eur(_social_total(current), lang),
        )
    notes = [t("proposal.explain.reached", lang)]
    if any(o.uncertainty for o in options):
        notes.append(t("proposal.explain.range", lang))
    for i, o in enumerate(options):
        unplaced = float(getattr(o.evaluation, "social_unplaced_eur", 0.0) or 0.0)
        if unplaced >= 0.5:
            notes.append(
                t(
                    "proposal.unplaced",
                    lang,
                    option=t("proposal.option.title", lang, letter=LETTERS[i]),
                    amount=fmt_eur(unplaced, lang),
                    gemeente=gemeente_name or _gemeente_name(o),
                    min=fmt_int(o.evaluation.model.assumptions.social.min_audience, lang),
                )
            )
    draws = int((main.uncertainty or {}).get("draws") or 2000)
    return ProposalContent(
        lang=lang,
        title=t("proposal.title", lang),
        subject=t("proposal.subject", lang),
        gemeente=gemeente_name or _gemeente_name(main),
        date=fmt_date(day, lang),
        target_group=t("proposal.target_group", lang, bands=bands_text(main.evaluation.model.target_bands, lang)),
        decision_heading=t("proposal.decision.heading", lang),
        decision=decision_text,
        explanation_heading=t("proposal.explanation.heading", lang),
        explanations=explanations(options, lang),
        options_heading=t("proposal.options.heading", lang),
        options=heads,
        recommended=recommended,
        table_header=header,
        table_rows=table_rows(options, recommended, lang),
        current_text=current_text,
        notes=tuple(notes),
        p10_sentence=p10_sentence(main, letter, lang),
        charts={
            "saturation": _saturation_chart(options, recommended, lang),
            "ages": _ages_chart(options, recommended, lang),
            "map": _map_chart(options, recommended, lang),
            "importance": _importance_chart(options, recommended, lang),
        },
        map_missing=t("proposal.chart.map.none", lang),
        how_heading=t("proposal.how.heading", lang),
        how_intro=t("proposal.how.intro", lang),
        assumptions_heading=t("proposal.how.assumptions", lang),
        assumption_columns=(
            t("proposal.how.assumption", lang),
            t("proposal.how.value", lang),
            t("proposal.how.range", lang),
            t("proposal.how.basis", lang),
        ),
        assumptions=assumption_texts(options, recommended, lang),
        method_heading=t("proposal.how.method.heading", lang),
        method=tuple(t("proposal.how.method", lang, draws=fmt_int(draws, lang)).split("\n")),
        platform_heading=t("proposal.how.platform.heading", lang),
        platform_rules=t("proposal.how.platform", lang),
        survey_heading=t("proposal.how.survey.heading", lang),
        survey_sentence=survey_text(main.evaluation.model, lang) if survey_sentence is None else survey_sentence,
        source=t("proposal.source", lang),
        made_with=t("proposal.made_with", lang, version=version),
    )
