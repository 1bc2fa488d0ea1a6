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
from ..assumptions import REGISTRY, Parameter
from ..bands import TARGETABLE_BANDS
from ..calibration_report import basis_text, kept_basis
from ..charts import map_colour_scale, map_data
from ..charts.campaigns import area_names, target_group_text, weeks_text
from ..formatting import fmt_eur, fmt_int, fmt_page_price, fmt_pct
from ..i18n import band_label, fmt_date, t
from ..options import differing_assumptions, nu_differences, price_is_estimated
from ..plan_sentences import survey_sentences
from ..planning import ScenarioPlan, survey_terms
from ..uncertainty import DEFAULT_RANGES

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
#: The campaign table lists at most this many campaigns (the largest); the rest in one line.
CAMPAIGN_ROWS = 8
PRICE_KEY = "print.price_per_page_eur"
PER_1000_KEY = "print.price_per_1000_copies_eur"
ISSUES_KEY = "print.issues_per_year"
#: Assumptions not named among those that differ: the price per page has its own sentence.
NOT_NAMED_WHEN_DIFFERENT = (PRICE_KEY,)


@dataclass(frozen=True)
class ProposalOption:
    """One option of the proposal, already computed by the caller.

    - ``scenario``: the scenario (its name, target group, assumptions, calibration record);
    - ``evaluation``: :meth:`budgetsim.planning.ScenarioPlan.evaluate` of it;
    - ``current``: the evaluation of "Nu" (what the gemeente does now) with the same assumptions;
    - ``uncertainty``: ``UncertaintyResult.to_dict()`` of this plan, or None;
    - ``curves``: :func:`budgetsim.curves.saturation_curve_data` of this plan, or None;
    - ``nu_from``: the option (index) whose "Nu" ``current`` is, chosen for every option because the
      files' "Nu" differ (:func:`budgetsim.options.nu_differences`); None: the option's own "Nu";
    - ``nu_price_estimated``: whether the price per page of that "Nu" is an estimate (None: as the
      option's own file, :func:`budgetsim.options.price_is_estimated`).
    """

    scenario: Any
    evaluation: Any
    current: Any = None
    uncertainty: Mapping | None = None
    curves: Any = None
    nu_from: int | None = None
    nu_price_estimated: bool | None = None

    @property
    def price_estimated(self) -> bool:
        """True when this option's paper euros rest on an estimated price per page."""
        return price_is_estimated(self.scenario)

    @property
    def nu_estimated(self) -> bool:
        """True when the paper euros of this option's "Nu" rest on an estimated price per page."""
        return self.price_estimated if self.nu_price_estimated is None else self.nu_price_estimated

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
class CampaignTable:
    """The proposed option's campaigns (MODEL.md "Campaigns"): a header and a row per campaign
    (name, weeks, target group, euros, reached in its own target group, 3+ times); ``notes`` under it."""

    heading: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    notes: tuple[str, ...]


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
    campaigns: CampaignTable | None = None  # the proposed option's campaigns, when it has them
    day: _dt.date | None = None  # the date on the document, as a date (the Word file's properties)


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


def paper_eur_text(amount: float, estimated: bool, lang: str, decimals: int = 0) -> str:
    """Euros that rest on the price per page: "€ 38.181 (geschat)" when that price is an estimate
    (no contract price), else "€ 38.181". No euros (€ 0) rest on no price and are never marked."""
    text = fmt_eur(amount, lang, decimals)
    if estimated and round(float(amount), decimals) != 0:
        return t("proposal.estimated_amount", lang, amount=text)
    return text


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


def _price_range(option: ProposalOption, ranges: Mapping[str, tuple], lang: str) -> str:
    """The margin of the price per page: none for a contract price; an estimate from the copies moves
    with the price per 1.000 copies, ``price * low / per_1000`` to ``price * high / per_1000``."""
    if not option.price_estimated:
        return t("proposal.range.price", lang)
    model = option.evaluation.model
    per_1000 = model.assumptions.print.price_per_1000_copies_eur
    low, high = ranges.get(PER_1000_KEY) or DEFAULT_RANGES[PER_1000_KEY]
    price = model.price_per_insertion
    return t(
        "proposal.range.price_estimated",
        lang,
        low=fmt_page_price(price * low / per_1000, lang),
        high=fmt_page_price(price * high / per_1000, lang),
    )


def range_text(key: str, low: float | None, high: float | None, lang: str) -> str:
    """An assumption's range in words."""
    if low is None or high is None:
        return t("proposal.range.issues" if key == ISSUES_KEY else "proposal.range.fixed", lang)
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


def spendable_eur(evaluation) -> tuple[float, float]:
    """``(print, social)`` euros of a plan that buy something: print up to a page in every issue,
    social without the euros no ad set takes (:meth:`budgetsim.model.Evaluation.money_notes`)."""
    return (
        float(evaluation.print_eur) - evaluation.print_eur_above_cap,
        _social_total(evaluation) - evaluation.social_unspendable_eur,
    )


def decision_sentence(option: ProposalOption, letter: str, lang: str) -> str:
    """The default decision asked of the MT, built from what the proposed option changes against "Nu".

    It asks only for euros that buy something (:func:`spendable_eur`), and marks paper euros that
    rest on an estimated price per page."""
    plan, current = option.evaluation, option.current if option.current is not None else option.evaluation
    print_new, social_new = spendable_eur(plan)
    print_old, social_old = spendable_eur(current)

    def eur(x: float) -> str:
        return fmt_eur(x, lang)

    def pages(insertions: float, estimated: bool) -> str:
        key = "proposal.decision.pages_estimated" if estimated else "proposal.pages"
        return t(key, lang, n=_pages_number(insertions, lang))

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
                pages_old=pages(current.insertions, option.nu_estimated),
                pages_new=pages(plan.insertions, option.price_estimated),
            )
        )
    if not parts:
        print_text = paper_eur_text(print_new, option.price_estimated, lang)
        parts.append(t("proposal.decision.same", lang, print=print_text, social=eur(social_new)))
    sentence = t(
        "proposal.decision.sentence",
        lang,
        parts=t("proposal.decision.and", lang).join(parts),
        option=t("proposal.option", lang, letter=letter),
    )
    unbought = round(float(plan.print_eur)) - round(print_new)
    if unbought >= 1:  # the table shows the option's whole paper budget: say why less is asked
        sentence += " " + t(
            "proposal.decision.not_asked",
            lang,
            budget=eur(plan.print_eur),
            amount=eur(unbought),
            option=t("proposal.option", lang, letter=letter),
        )
    return sentence


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


def _figures(ev, estimated: bool) -> dict[str, Any]:
    """One column's figures; the reached parts are whole residents that add up to the total reached
    (:meth:`budgetsim.model.Evaluation.reached_parts`), "via the paper" = paper only + both."""
    parts = ev.reached_parts()
    return {
        "insertions": float(ev.insertions),
        "print_eur": float(ev.print_eur),
        "social_eur": _social_total(ev),
        "total_eur": float(ev.total_eur),
        "reached": parts["reached"],
        "reach_share": float(ev.reach_share),
        "reached_3plus": ev.total("reached_3plus"),
        "cost": ev.cost_per_reached_eur,
        "via_print": parts["print_only"] + parts["both"],
        "via_social": parts["social_only"] + parts["both"],
        "via_both": parts["both"],
        "estimated": estimated and float(ev.print_eur) > 0,  # the paper euros rest on an estimated price
    }


def table_rows(options: Sequence[ProposalOption], recommended: int, lang: str) -> tuple[Row, ...]:
    """The options table: "Nu" (that of the proposed option, or the chosen one) first, then every
    option. "More than Nu" is each option's reach less that of its ``current`` (the chosen "Nu" when
    one was chosen: :func:`budgetsim.proposal.build.prepare_options`), as the shown figures differ;
    paper euros resting on an estimated price per page are marked (:func:`paper_eur_text`)."""
    main = options[recommended]
    current_ev = main.current
    columns = [(None, current_ev, main.nu_estimated)] + [(o, o.evaluation, o.price_estimated) for o in options]
    figs = [_figures(ev, estimated) if ev is not None else None for _, ev, estimated in columns]

    def cells(fn) -> tuple[str, ...]:
        return tuple(fn(o, f) if f is not None else "–" for (o, _, _), f in zip(columns, figs))

    def diff(o, f) -> str:
        if o is None or o.current is None:
            return "–"
        return fmt_int(f["reached"] - o.current.reached_parts()["reached"], lang, signed=True)

    def paper(name: str, decimals: int = 0):
        return lambda o, f: "–" if f[name] is None else paper_eur_text(f[name], f["estimated"], lang, decimals)

    rows = [
        Row(t("proposal.row.pages", lang), cells(lambda o, f: pages_text(f["insertions"], lang))),
        Row(t("proposal.row.print_eur", lang), cells(paper("print_eur"))),
        Row(t("proposal.row.social_eur", lang), cells(lambda o, f: fmt_eur(f["social_eur"], lang))),
        Row(t("proposal.row.total_eur", lang), cells(paper("total_eur")), strong=True, rule_after=True),
        Row(t("proposal.row.reached", lang), cells(lambda o, f: fmt_int(f["reached"], lang)), strong=True),
        Row(t("proposal.row.reach_share", lang), cells(lambda o, f: fmt_pct(f["reach_share"], lang, 0)), strong=True),
        Row(t("proposal.row.range", lang), cells(lambda o, f: _range_cell(o.uncertainty if o else None, lang))),
        Row(t("proposal.row.more_than_now", lang), cells(diff)),
        Row(t("proposal.row.reached_3plus", lang), cells(lambda o, f: fmt_int(f["reached_3plus"], lang))),
        Row(t("proposal.row.cost", lang), cells(paper("cost", 2)), rule_after=True),
        Row(t("proposal.row.via_print", lang), cells(lambda o, f: fmt_int(f["via_print"], lang))),
        Row(t("proposal.row.via_social", lang), cells(lambda o, f: fmt_int(f["via_social"], lang))),
        Row(t("proposal.row.via_both", lang), cells(lambda o, f: fmt_int(f["via_both"], lang)), rule_after=True),
        Row(
            t("proposal.row.bands", lang),
            tuple(bands_text((o or main).evaluation.model.target_bands, lang) for o, _, _ in columns),
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
    """Every assumption, the price per page included (estimated or the contract's)."""
    return tuple(REGISTRY)


def _price_text(option: ProposalOption, lang: str) -> str:
    """The price per page in words: "€ 734 per pagina, geschat uit het aantal kranten" or the contract's."""
    model = option.evaluation.model
    if option.price_estimated:
        return t("proposal.val.from_copies", lang, price=fmt_page_price(model.price_per_insertion, lang))
    return t("proposal.val.contract", lang, price=fmt_page_price(model.price_per_insertion, lang))


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
    ranges = {k: tuple(v) for k, v in ((main.uncertainty or {}).get("ranges") or {}).items()}
    fitted = fitted_sources(main.scenario, lang)
    out = []
    for p in _parameters():
        if p.key == PRICE_KEY:
            texts = [_price_text(o, lang) for o in options]
        else:
            texts = [assumption_value_text(p.key, _assumption_value(o.evaluation.model, p.key), lang) for o in options]
        text = texts[recommended]
        others = [
            t("proposal.how.differs", lang, option=t("proposal.option.title", lang, letter=LETTERS[i]), value=other)
            for i, other in enumerate(texts)
            if i != recommended and other != text
        ]
        if others:
            text = f"{text} ({'; '.join(others)})"
        low, high = ranges.get(p.key) or getattr(p, "uncertainty", None) or (None, None)
        out.append(
            AssumptionText(
                p.key,
                _label(p, lang),
                text,
                _price_range(main, ranges, lang) if p.key == PRICE_KEY else range_text(p.key, low, high, lang),
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
    same = map_colour_scale(places.values.values(), places.value_format).single
    return Chart(
        "map",
        t("proposal.chart.map.title", lang, option=option),
        t("proposal.chart.map.caption.same" if same else "proposal.chart.map.caption", lang),
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


# -- notes under the table ---------------------------------------------------------------------------
def now_text(options: Sequence[ProposalOption], recommended: int, lang: str) -> str:
    """What "Nu" is, with its paper euros marked when they rest on an estimated price; when the
    files' "Nu" differ, which option's "Nu" counts ("" without a "Nu")."""
    main = options[recommended]
    current = main.current
    if current is None:
        return ""
    figures = {
        "print": paper_eur_text(current.print_eur, main.nu_estimated, lang),
        "pages": pages_text(current.insertions, lang),
        "social": fmt_eur(_social_total(current), lang),
    }
    if main.nu_from is None:
        return t("proposal.now.explain", lang, **figures)
    return t("proposal.now.chosen", lang, option=t("proposal.option", lang, letter=LETTERS[main.nu_from]), **figures)


def estimate_notes(options: Sequence[ProposalOption], recommended: int, lang: str) -> list[str]:
    """One sentence when paper euros rest on an estimated price per page (no contract price)."""
    main = options[recommended]
    columns = [(main.current, main.nu_estimated)] + [(o.evaluation, o.price_estimated) for o in options]
    estimated = [ev for ev, is_estimate in columns if ev is not None and is_estimate]
    if not estimated:
        return []
    return [t("proposal.estimated.note", lang, price=fmt_page_price(estimated[0].model.price_per_insertion, lang))]


def better_option_notes(options: Sequence[ProposalOption], recommended: int, lang: str) -> list[str]:
    """A sentence for each other option that reaches at least as many residents for less money, or
    more residents for the same money, than the one proposed (figures as the table shows them)."""
    main = _figures(options[recommended].evaluation, options[recommended].price_estimated)
    proposed = t("proposal.option", lang, letter=LETTERS[recommended])
    out = []
    for i, o in enumerate(options):
        if i == recommended:
            continue
        f = _figures(o.evaluation, o.price_estimated)
        cheaper = round(f["total_eur"]) < round(main["total_eur"]) and f["reached"] >= main["reached"]
        more = round(f["total_eur"]) == round(main["total_eur"]) and f["reached"] > main["reached"]
        if cheaper or more:
            out.append(
                t(
                    "proposal.better.cheaper" if cheaper else "proposal.better.more",
                    lang,
                    other=t("proposal.option.title", lang, letter=LETTERS[i]),
                    proposed=proposed,
                    reached_other=fmt_int(f["reached"], lang),
                    reached=fmt_int(main["reached"], lang),
                    eur_other=paper_eur_text(f["total_eur"], f["estimated"], lang),
                    eur=paper_eur_text(main["total_eur"], main["estimated"], lang),
                )
            )
    return out


def nu_notes(options: Sequence[ProposalOption], lang: str) -> list[str]:
    """Each difference between the files' "Nu" and prices per page when one "Nu" was chosen
    (:func:`budgetsim.options.nu_differences`), and the assumptions that differ between the options
    (the price per page left out: its own sentence says it)."""
    if len(options) < 2:
        return []
    scenarios = [o.scenario for o in options]
    out = []
    if options[0].nu_from is not None:
        out += [m.render(lang) for m in nu_differences(scenarios)]
    labels = {p.key: _label(p, lang) for p in _parameters()}
    names = [labels[k] for k in differing_assumptions(scenarios) if k not in NOT_NAMED_WHEN_DIFFERENT]
    if names:
        out.append(t("figures.assumptions_differ", lang, names=", ".join(n[:1].lower() + n[1:] for n in names)))
    return out


def money_notes(
    options: Sequence[ProposalOption], recommended: int, lang: str, gemeente_name: str | None = None
) -> list[str]:
    """What buys nothing, beside the figures: print euros above a page in every issue and social
    euros no ad set takes, for "Nu" and each option (:meth:`budgetsim.model.Evaluation.money_notes`).
    A gemeente too small for any ad set gets the sentence that says why (``proposal.unplaced``)."""
    out = []
    current = options[recommended].current
    columns = [(t("proposal.col.now", lang), current, None)] + [
        (t("proposal.option.title", lang, letter=LETTERS[i]), o.evaluation, o) for i, o in enumerate(options)
    ]
    for title, ev, option in columns:
        if ev is None:
            continue
        unplaced = float(getattr(ev, "social_unplaced_eur", 0.0) or 0.0)
        for note in ev.money_notes():
            if note.key == "figures.social_unspendable" and unplaced >= 0.5:
                out.append(
                    t(
                        "proposal.unplaced",
                        lang,
                        option=title,
                        amount=fmt_eur(unplaced, lang),
                        gemeente=gemeente_name or _gemeente_name(option or options[recommended]),
                        min=fmt_int(ev.model.assumptions.social.min_audience, lang),
                    )
                )
            else:
                out.append(f"{title}: {note.render(lang)}")
    return out


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
    heads = tuple(
        OptionHead(
            LETTERS[i], t("proposal.option.title", lang, letter=LETTERS[i]), option_name(o, lang), i == recommended
        )
        for i, o in enumerate(options)
    )
    header = (t("proposal.col.label", lang), t("proposal.col.now", lang)) + tuple(
        f"{h.title} ✓" if h.recommended and len(options) > 1 else h.title for h in heads
    )
    current_text = now_text(options, recommended, lang)
    notes = [t("proposal.explain.reached", lang, where=t("proposal.explain.where.page", lang))]
    if any(o.uncertainty for o in options):
        notes.append(t("proposal.explain.range", lang))
    notes += estimate_notes(options, recommended, lang)
    notes += nu_notes(options, lang)
    notes += money_notes(options, recommended, lang, gemeente_name)
    notes += better_option_notes(options, recommended, lang)
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
        campaigns=campaign_table(main, letter, lang),
        day=day,
    )


def campaign_table(option: ProposalOption, letter: str, lang: str) -> CampaignTable | None:
    """The campaigns of ``option`` (None without campaigns): per campaign its name, weeks, target
    group in words, social euros, residents reached in its own target group (and the share) and
    reached three times or more. More than :data:`CAMPAIGN_ROWS`: the largest (by euros) in the
    year's order and one line with the number and the total of the others."""
    plan = ScenarioPlan(option.scenario)
    year = plan.campaign_year
    if year is None:
        return None
    names = area_names(plan.model)
    level = plan.model.areas.level
    results = list(year.campaigns)
    largest = sorted(range(len(results)), key=lambda j: -results[j].campaign.social_eur)[:CAMPAIGN_ROWS]
    shown = [results[j] for j in sorted(largest)]
    rows = []
    for r in shown:
        c = r.campaign
        area_words = None if c.areas is None else [names.get(code, code) for code in c.areas]
        reached = (
            "–"
            if r.untargeted_reason is not None and r.total("reached") <= 0
            else t(
                "proposal.campaigns.reached",
                lang,
                n=fmt_int(r.total("reached"), lang),
                pct=fmt_pct(r.reach_share, lang, 0),
            )
        )
        rows.append(
            (
                c.name,
                weeks_text(c.weeks[0], c.weeks[1], lang, bare=True),
                target_group_text(c.bands, area_words, level, lang),
                fmt_eur(c.social_eur, lang),
                reached,
                fmt_int(r.total("reached_3plus"), lang),
            )
        )
    rest = [r for j, r in enumerate(results) if j not in largest]
    if rest:
        total = fmt_eur(sum(r.campaign.social_eur for r in rest), lang)
        rows.append((t("proposal.campaigns.more", lang, n=len(rest)), "", "", total, "", ""))
    notes = [t("proposal.campaigns.note", lang)]
    notes += [r.untargeted_reason.render(lang) for r in results if r.untargeted_reason is not None]
    return CampaignTable(
        heading=t("proposal.campaigns.heading", lang, letter=letter),
        header=tuple(t(f"proposal.campaigns.col.{k}", lang) for k in CAMPAIGN_COLUMNS),
        rows=tuple(rows),
        notes=tuple(notes),
    )


#: The columns of the campaign table.
CAMPAIGN_COLUMNS = ("name", "weeks", "target", "social_eur", "reached", "reached_3plus")
