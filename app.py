"""budgetsim: the Streamlit app for the communication lead of a gemeente.

Run with ``streamlit run app.py``. The app only draws widgets and wires them to the pure core in
``budgetsim``: ``main()`` calls small ``*_ui()`` functions that return plain values. Every text
comes from ``budgetsim.i18n`` (Dutch first, English as a switch).
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from pathlib import Path

import numpy as np
import pandas as pd
import streamlit as st
from streamlit.runtime.scriptrunner_utils.exceptions import StopException

from budgetsim import charts, data, export
from budgetsim.allocation import InfeasibleBudget, optimal_split_rule, optimise
from budgetsim.appstate import (
    SCENARIO_KEYS, SPLITS, assumption_key, default_range, default_state, range_key, scenario_to_state,
    state_to_scenario,
)
from budgetsim.areas_csv import TEMPLATE_CSV, areas_to_scenario_list, read_areas_csv
from budgetsim.assumptions import INPUT_LIMITS, MAX_EUR, PARAMETERS
from budgetsim.bands import TARGETABLE_BANDS
from budgetsim.formatting import AmountError, fmt_eur, fmt_int, fmt_num, fmt_pct, parse_amount
from budgetsim.i18n import band_label, t
from budgetsim.model import ReachModel
from budgetsim.planning import ScenarioPlan, key_figures, next_thousand, with_budget
from budgetsim.problems import InputError
from budgetsim.proposal import proposal_for_scenarios
from budgetsim.scenario import (
    Scenario, parse_scenario, save_scenario, scenario_to_json, safe_filename, unique_path,
)
from budgetsim.uncertainty import DEFAULT_RANGES, uncertainty

SCENARIO_DIR = Path(__file__).resolve().parent / "scenarios"
#: Draws for the bands around the on-screen curves (the exports and the key figures use the scenario's).
SCREEN_BAND_DRAWS = 300
#: Width (px) of the saturation chart's plot on screen: it fits its column at 1440 px.
SCREEN_CHART_WIDTH = 500


# -- state ---------------------------------------------------------------------------------------

def init_state() -> None:
    """First run: Dordrecht, print at one page a week, social at the €5,000 baseline."""
    ss = st.session_state
    run_started()
    if "initialised" not in ss:
        ss.update(default_state())
        ss["lang"] = "nl"
        ss["baseline"] = None
        ss["messages"] = []
        ss["name_auto"] = True  # the name follows the budgets until the user types one
        ss["map_metric"] = "reach"
        ss["initialised"] = True
    pending = ss.pop("pending_state", None)
    if pending is not None:  # a scenario opened in the previous run: set every widget before drawing
        ss.update(pending)
        _new_table()
    for name in ("print_eur", "social_eur"):  # the slider and the amount box show the same value
        set_widget(f"{name}_slider", ss[name])
        set_widget(f"{name}_box", amount_text(ss[name], ss.get("lang", "nl")))


def amount_text(eur: float, lang: str) -> str:
    """An amount for the box beside a slider: ``35.740`` (nl), ``35,740`` (en); cents only if any."""
    return fmt_num(eur, lang, 0 if float(eur).is_integer() else 2)


# A value the script puts into a widget (the box beside a slider the user drags) reaches the
# browser only some time later: a run cut short by the next key press may never deliver it, and
# the browser may send its next request before it shows a delivered value. Such a request brings
# the widget's old value back: an echo, not the user's change, and taking it would undo the drag.
# ``replaced`` keeps, per widget, the values the script replaced in the last ECHO_SECONDS.
# ``unsent`` keeps the widgets whose set value no run has drawn to its end yet: Streamlit applies
# a set value only in the run that sets it, so it is set again until then (:func:`delivered`).
ECHO_SECONDS = 5.0


def set_widget(widget_key: str, value) -> None:
    """Show ``value`` in a widget, if it shows something else (a set value is pushed to the
    browser, where it would overwrite a move the user is making), or if a value set before has not
    been delivered yet."""
    ss = st.session_state
    unsent = ss.setdefault("unsent", set())
    if ss.get(widget_key) != value:
        now = time.monotonic()
        recent = [(at, old) for at, old in ss.setdefault("replaced", {}).get(widget_key, [])
                  if now - at <= ECHO_SECONDS]
        ss["replaced"][widget_key] = recent + [(now, ss.get(widget_key))]
    if ss.get(widget_key) != value or widget_key in unsent:
        unsent.add(widget_key)
        ss[widget_key] = value


def is_echo(widget_key: str) -> bool:
    """Did the browser send back a value the script replaced a moment ago?"""
    ss = st.session_state
    now = time.monotonic()
    return any(old == ss.get(widget_key) and now - at <= ECHO_SECONDS
               for at, old in (ss.get("replaced") or {}).get(widget_key, []))


def drawn(*widget_keys: str) -> None:
    """These widgets are on their way to the browser with the values the script set."""
    st.session_state.setdefault("drawn_now", set()).update(widget_keys)


def run_started() -> None:
    """A new run: what the last one drew was delivered only if it ended (see :func:`delivered`)."""
    st.session_state["drawn_now"] = set()


def delivered() -> None:
    """The run has ended: the widgets it drew have the values the script set."""
    ss = st.session_state
    ss["unsent"] = (ss.get("unsent") or set()) - (ss.get("drawn_now") or set())
    ss["drawn_now"] = set()


def open_scenario(scenario: Scenario, lang: str) -> None:
    """Take every value of ``scenario`` into the widgets on the next run."""
    st.session_state["pending_state"] = dict(scenario_to_state(scenario), name_auto=not scenario.name)
    st.session_state["baseline"] = None
    st.session_state["messages"] = [("success", t("app.open.done", lang, name=scenario.name or "–"))]


def _new_table() -> None:
    """Draw the wijk table afresh: edits already taken into the state must not be applied again."""
    st.session_state["table_version"] = st.session_state.get("table_version", 0) + 1


def _sync(name: str, source: str) -> None:
    """Slider or number box moved: take its value; a manual split is scaled to a new social total."""
    ss = st.session_state
    if is_echo(f"{name}_{source}"):
        return
    if source == "box":
        try:
            value = parse_amount(ss[f"{name}_box"], 0, MAX_EUR)
        except AmountError as exc:  # the box shows the budget again; the message says why
            ss["messages"] = [("error", exc.message(ss.get("lang", "nl")))]
            return
    else:
        value = float(ss[f"{name}_slider"])
    if name == "social_eur" and ss["split"] == "manual":
        ss["manual"] = _scaled_manual(ss.get("manual") or {}, value)
        if not ss["manual"] and value > 0:  # nothing to scale (the budget was 0): split by size
            ss["split"] = "by_audience"
        _new_table()
    ss[name] = value


def _scaled_manual(manual: dict[str, float], total: float) -> dict[str, float]:
    """Euros per area scaled to ``total`` (from the last plan's split when there are none yet)."""
    base = manual if sum(manual.values()) > 0 else st.session_state.get("last_social_by_area") or {}
    old = sum(base.values())
    return {code: round(v * total / old, 2) for code, v in base.items()} if old > 0 else {}


def _copy_back(canonical: str, widget_key: str) -> None:
    ss = st.session_state
    if is_echo(widget_key):
        return
    ss[canonical] = ss[widget_key]
    if canonical == "name":
        ss["name_auto"] = not ss["name"].strip()
    elif canonical == "gemeente":
        _gemeente_changed()
    elif canonical.startswith("u:"):  # the user set this range: keep it as typed
        ss["ranges_edited"] = sorted(set(ss.get("ranges_edited") or []) | {canonical.split(":")[1]})
    elif canonical == "split" and ss["split"] == "manual":
        # start from the split on screen, so the euros per area add up to the social budget
        ss["manual"] = _scaled_manual(ss.get("manual") or {}, ss["social_eur"])
        _new_table()


def bound(widget, canonical: str, label: str, *args, lang: str | None = None, **kwargs):
    """A widget whose value lives in ``st.session_state[canonical]``, not in the widget's own key.

    Streamlit forgets a widget's state when the widget is not drawn (a closed lazy tab), and a
    widget whose option labels change with the language must get a new key; the canonical value
    survives both. ``lang`` is given for widgets with language-dependent option labels.
    """
    widget_key = f"w:{canonical}" + (f":{lang}" if lang else "")
    set_widget(widget_key, st.session_state[canonical])
    value = widget(label, *args, key=widget_key, on_change=_copy_back, args=(canonical, widget_key), **kwargs)
    drawn(widget_key)
    return value


def current_scenario() -> Scenario:
    return state_to_scenario(st.session_state)


# Results are cached as shared objects (cache_resource): nothing below mutates them, and copying
# them on every call (cache_data pickles) would cost more than computing some of them.
@st.cache_resource(show_spinner=False, max_entries=64)
def evaluate_json(scenario_json: str):
    """Every figure of a scenario (cached by its file text)."""
    plan = ScenarioPlan(parse_scenario(scenario_json))
    current = plan.evaluate()
    return current


@st.cache_resource(show_spinner=False, max_entries=64)
def saturation_data(scenario_json: str) -> pd.DataFrame:
    plan = ScenarioPlan(parse_scenario(scenario_json))
    return charts.saturation_curve_data(plan.model, plan.print_eur, plan.social_eur, curve_split(plan, scenario_json))


def curve_split(plan: ScenarioPlan, scenario_json: str):
    """How the curves split a social total: the optimal split anew at every point when the plan
    uses it, else the plan's own split shape (its cached evaluation) scaled."""
    if plan.scenario.budget.social_split == "optimal":
        return optimal_split_rule(plan.model, plan.weights, plan.constraints)
    return charts.scaled_split(evaluate_json(scenario_json))


@st.cache_resource(show_spinner=False, max_entries=16)
def uncertainty_json(scenario_json: str) -> dict:
    scenario = parse_scenario(scenario_json)
    plan = ScenarioPlan(scenario)
    e = plan.evaluate()
    u = scenario.uncertainty
    result = uncertainty(plan.model, e.print_eur, e.social_eur, scenario.uncertainty_ranges(),
                         draws=u.draws, seed=u.seed)
    return result.to_dict()


@st.cache_resource(show_spinner=False, max_entries=16)
def saturation_bands(scenario_json: str) -> pd.DataFrame:
    """P10/P50/P90 of the three saturation curves on every third point (same draws at every point).

    On screen a band of :data:`SCREEN_BAND_DRAWS` draws is smooth enough and keeps a slider move
    fast; the exported proposal computes its own with the scenario's draws.
    """
    scenario = parse_scenario(scenario_json)
    plan = ScenarioPlan(scenario)
    split = curve_split(plan, scenario_json)
    u = scenario.uncertainty
    curves = saturation_data(scenario_json)
    position = curves.groupby("series", sort=False).cumcount()
    last = position == curves.groupby("series", sort=False)["series"].transform("size") - 1
    thinned = curves[(position % 3 == 0) | last]
    return charts.saturation_bands_data(plan.model, plan.print_eur, plan.social_eur, split,
                                        scenario.uncertainty_ranges(), draws=min(u.draws, SCREEN_BAND_DRAWS),
                                        seed=u.seed, df=thinned)


@st.cache_resource(show_spinner=False, max_entries=32)
def saturation_chart(scenario_json: str, lang: str, show_bands: bool):
    scenario = parse_scenario(scenario_json)
    plan = ScenarioPlan(scenario)
    bands = saturation_bands(scenario_json) if show_bands else None
    return charts.saturation_chart(saturation_data(scenario_json), plan.print_eur, plan.social_eur, lang,
                                   _context(scenario, plan, lang), bands=bands, width=SCREEN_CHART_WIDTH)


@st.cache_resource(show_spinner=False, max_entries=32)
def age_chart(scenario_json: str, lang: str):
    scenario = parse_scenario(scenario_json)
    plan = ScenarioPlan(scenario)
    return charts.age_band_chart(evaluate_json(scenario_json).band_rows(), lang, _context(scenario, plan, lang))


@st.cache_resource(show_spinner=False, max_entries=32)
def map_chart(scenario_json: str, lang: str, metric: str):
    """The wijk map coloured by reach or social euros; None for areas without CBS boundaries."""
    scenario = parse_scenario(scenario_json)
    plan = ScenarioPlan(scenario)
    rows = evaluate_json(scenario_json).area_rows()
    tooltip = {r["code"]: {t("app.table.audience", lang): fmt_int(r["audience"], lang),
                           t("app.table.social_eur", lang): fmt_eur(r["social_eur"], lang),
                           t("app.table.reach", lang): fmt_pct(r["reach_share"], lang)} for r in rows}
    key = "reach_share" if metric == "reach" else "social_eur"
    values = {r["code"]: r[key] for r in rows}
    try:
        return charts.wijk_map(plan.model, values, t(f"app.map.metric.{metric}", lang), lang,
                               _context(scenario, plan, lang), tooltip,
                               value_format="pct" if metric == "reach" else "eur")
    except ValueError:
        return None


@st.cache_resource(show_spinner=False, max_entries=32)
def tornado_chart(scenario_json: str, lang: str):
    scenario = parse_scenario(scenario_json)
    plan = ScenarioPlan(scenario)
    result = uncertainty_json(scenario_json)
    return charts.tornado_chart(result["sensitivity"], lang, _context(scenario, plan, lang),
                                point_reached=evaluate_json(scenario_json).total("reached"))


CHARTS = {"saturation": saturation_chart, "age": age_chart, "map": map_chart, "tornado": tornado_chart}


@st.cache_resource(show_spinner=False, max_entries=64)
def chart_spec(kind: str, *args) -> dict:
    """The Vega-Lite spec of a chart, made once per scenario and language."""
    return CHARTS[kind](*args).to_dict()


def show_chart(kind: str, *args) -> None:
    st.vega_lite_chart(spec=chart_spec(kind, *args), theme=None)


def _context(scenario: Scenario, plan: ScenarioPlan, lang: str) -> dict:
    return {"gemeente": plan.model.areas.gemeente_name or t("cli.own_areas", lang), "scenario": scenario.name}


# -- sidebar ---------------------------------------------------------------------------------------

def language_ui() -> str:
    return st.sidebar.segmented_control(
        "Taal / Language", ["nl", "en"], key="lang", required=True,
        format_func=lambda code: {"nl": "Nederlands", "en": "English"}[code])


def _gemeente_changed() -> None:
    """A new gemeente: its wijken, its weekly page as print budget, no per-wijk settings."""
    ss = st.session_state
    code = ss.get("gemeente") or data.DEFAULT_GEMEENTE
    keep = {k: ss[k] for k in list(ss.keys()) if str(k).startswith(("a:", "u:"))}
    fresh = default_state(code)
    fresh.update(keep)
    fresh["social_eur"] = ss["social_eur"]
    fresh["bands"] = ss["bands"]
    # euros per wijk of the old gemeente mean nothing here: a manual split starts again by size
    fresh["split"] = "by_audience" if ss["split"] == "manual" else ss["split"]
    fresh["name_auto"] = ss.get("name_auto", True) or not ss.get("name")
    ss["pending_state"] = fresh
    ss["baseline"] = None


def gemeente_ui(lang: str) -> str | None:
    ss = st.session_state
    names = {g.code: g.name for g in data.gemeenten()}  # the same in both languages (see bound())
    if ss.get("inline_areas"):
        st.sidebar.info(t("app.areas.own_active", lang, n=len(ss["inline_areas"])))
        if st.sidebar.button(t("app.areas.back_to_cbs", lang), key="back_to_cbs"):
            ss["inline_areas"] = None
            ss["gemeente"] = ss.get("cbs_gemeente") or data.DEFAULT_GEMEENTE
            _gemeente_changed()
            st.rerun()
        return ss.get("gemeente")
    if ss.get("gemeente") not in names:
        ss["gemeente"] = data.DEFAULT_GEMEENTE
    bound(st.sidebar.selectbox, "gemeente", t("app.gemeente", lang), list(names), format_func=names.get,
          help=t("app.gemeente.help", lang))
    return ss["gemeente"]


def target_group_ui(lang: str) -> list[str]:
    bands = bound(st.sidebar.multiselect, "bands", t("app.bands", lang), list(TARGETABLE_BANDS),
                  format_func=lambda b: b.replace("-", "–"), help=t("app.bands.help", lang))
    if not bands:
        st.sidebar.warning(t("app.bands.empty", lang))
    return bands


def open_ui(lang: str) -> None:
    """Open a scenario: upload a file or pick one from ``scenarios/``."""
    with st.sidebar.expander(t("app.open.title", lang), expanded=False):
        upload = st.file_uploader(t("app.open.upload", lang), type=["json"], key="open_upload")
        if upload is not None and st.session_state.get("open_upload_id") != upload.file_id:
            st.session_state["open_upload_id"] = upload.file_id
            _open_bytes(upload.getvalue(), upload.name, lang)
            st.rerun()
        files = sorted(p.name for p in SCENARIO_DIR.glob("*.json")) if SCENARIO_DIR.is_dir() else []
        if files:
            choice = st.selectbox(t("app.open.pick", lang), files, index=None, key="open_pick",
                                  placeholder=t("app.open.pick_placeholder", lang))
            if st.button(t("app.open.button", lang), disabled=choice is None, key="open_pick_button"):
                _open_bytes((SCENARIO_DIR / choice).read_bytes(), choice, lang)
                st.rerun()
    with st.sidebar.expander(t("app.areas.title", lang), expanded=False):
        st.caption(t("app.areas.help", lang))
        st.download_button(t("app.areas.template", lang), TEMPLATE_CSV.encode("utf-8"),
                           file_name="budgetsim-gebieden.csv", mime="text/csv", on_click="ignore")
        table = st.file_uploader(t("app.areas.upload", lang), type=["csv", "txt"], key="areas_upload")
        if table is not None and st.session_state.get("areas_upload_id") != table.file_id:
            st.session_state["areas_upload_id"] = table.file_id
            try:
                areas = read_areas_csv(table.getvalue())
            except InputError as exc:
                st.session_state["messages"] = [("error", _problem_text(t("app.areas.bad", lang, name=table.name), exc, lang))]
            else:
                ss = st.session_state
                ss["cbs_gemeente"] = ss.get("gemeente") or ss.get("cbs_gemeente")
                ss["inline_areas"] = areas_to_scenario_list(areas)
                ss["gemeente"] = None  # own areas: no CBS gemeente behind them
                ss["print_eur"] = float(round(ReachModel(areas).default_print_eur()))  # their weekly page
                ss["weights"], ss["manual"], ss["area_names"] = {}, {}, {}
                ss["constraints"] = None
                ss["baseline"] = None
                if ss["split"] == "manual":
                    ss["split"] = "by_audience"
                _new_table()
                ss["messages"] = [("success", t("app.areas.done", lang, n=len(areas)))]
            st.rerun()


def _problem_text(head: str, exc: InputError, lang: str) -> str:
    lines = exc.messages(lang)
    shown = "\n".join(f"- {line}" for line in lines[:30])
    more = f"\n- … (+{len(lines) - 30})" if len(lines) > 30 else ""
    return f"{head}\n\n{shown}{more}"


def _open_bytes(content: bytes, name: str, lang: str) -> None:
    """Parse a scenario; on any problem keep the current scenario and list the problems."""
    try:
        scenario = parse_scenario(content)
    except InputError as exc:
        st.session_state["messages"] = [("error", _problem_text(t("app.open.bad", lang, name=name), exc, lang))]
        return
    open_scenario(scenario, lang)


# -- budgets ---------------------------------------------------------------------------------------

def _round_up(x: float) -> int:
    step = 10 ** max(3, int(np.floor(np.log10(max(x, 1.0)))) - 1)
    return int(np.ceil(x / step) * step)


def _slider_max(name: str, value: float, default: float, floor: float) -> int:
    """The end of a budget slider: 2.5 times the usual budget, and only ever moved outward when an
    amount beyond it is typed. A slider whose end moves is redrawn as a new widget (it would jump
    under the user's mouse), so the end stays put while the user drags."""
    ss = st.session_state
    base = _round_up(max(floor, 2.5 * default))
    remembered = ss.get(f"slider_max:{name}")
    if remembered is None or remembered[0] != base:  # a new gemeente or first run
        remembered = (base, base)
    top = remembered[1]
    if value > top:
        top = _round_up(1.5 * value)
    ss[f"slider_max:{name}"] = (base, top)
    return top


def budget_ui(plan: ScenarioPlan, lang: str) -> None:
    """The two budgets: a slider and, beside it, the exact amount (both show one value)."""
    ss = st.session_state
    default_print = plan.model.default_print_eur()
    for name, label, floor, step in (("print_eur", "app.budget.print", 20_000, 500),
                                     ("social_eur", "app.budget.social", 20_000, 250)):
        top = _slider_max(name, ss[name], default_print if name == "print_eur" else 5000, floor)
        slider, box = st.columns([3, 2], vertical_alignment="bottom")
        slider.slider(t(label, lang), 0, top, step=step, key=f"{name}_slider", format="localized",
                      on_change=_sync, args=(name, "slider"), help=t(label + ".help", lang))
        box.text_input(t(label + ".exact", lang), key=f"{name}_box", on_change=_sync, args=(name, "box"),
                       label_visibility="collapsed", help=t("app.budget.exact.help", lang))
        drawn(f"{name}_slider", f"{name}_box")
    st.caption(t("app.budget.print_default", lang, eur=fmt_eur(default_print, lang),
                 price=fmt_eur(plan.model.price_per_insertion, lang)))


def split_ui(plan: ScenarioPlan, lang: str) -> None:
    """How the social budget is spread over the wijken, and the best-split button."""
    ss = st.session_state
    bound(st.radio, "split", t("app.split", lang), SPLITS, lang=lang, horizontal=True,
          format_func=lambda s: t(f"app.split.{s}", lang), help=t("app.split.help", lang))
    if st.button(t("app.best.button", lang), help=t("app.best.help", lang), key="best_button"):
        try:
            best = optimise(plan.model, plan.total_eur, plan.weights, plan.constraints)
        except InfeasibleBudget as exc:
            ss["messages"] = [("error", exc.message(lang, keys=False))]
        else:
            print_eur = float(round(best.print_eur))  # whole euros on screen and in the file
            social_eur = round(plan.total_eur - print_eur, 2)
            ss["pending_state"] = {"print_eur": print_eur, "social_eur": social_eur, "split": "optimal"}
            ss["messages"] = [("success", t("app.best.done", lang, print=fmt_eur(print_eur, lang),
                                              social=fmt_eur(social_eur, lang)))]
        st.rerun()


# -- key figures -------------------------------------------------------------------------------------

def _baseline_scenario(scenario: Scenario) -> tuple[Scenario, str]:
    base = st.session_state.get("baseline")
    if base is None:
        return with_budget(scenario, social_eur=0.0), "app.baseline.default"
    return with_budget(scenario, print_eur=base["print_eur"], social_eur=base["social_eur"]), "app.baseline.fixed"


def _signed_delta(diff: float, text: str) -> str:
    """A difference with its sign first (``-€ 0,13``): Streamlit picks the arrow from a leading '-'."""
    return ("-" if diff < 0 else "+") + text.lstrip("+-").replace("€ -", "€ ").replace("-€", "€")


def key_figures_ui(current, baseline, baseline_label: str, lang: str, unc: dict | None) -> None:
    now, then = key_figures(current), key_figures(baseline)

    def delta(key: str, kind: str = "int") -> str | None:
        if now[key] is None or then[key] is None:
            return None
        diff = now[key] - then[key]
        if kind == "eur":
            return _signed_delta(diff, fmt_eur(abs(diff), lang, 2))
        if kind == "pct":
            return _signed_delta(diff, fmt_num(abs(diff) * 100, lang, 1) + (" %-punt" if lang == "nl" else " pts"))
        return _signed_delta(diff, fmt_int(abs(diff), lang)) if round(diff) else fmt_int(0, lang)

    st.markdown(f"**{t('app.figures.title', lang)}** · {t('app.figures.against', lang, baseline=baseline_label)}")
    row = st.columns(4)
    row[0].metric(t("app.fig.reached", lang), fmt_int(now["reached"], lang), delta("reached"),
                  help=t("app.fig.reached.help", lang))
    row[1].metric(t("app.fig.reach_share", lang), fmt_pct(now["reach_share"], lang), delta("reach_share", "pct"))
    row[2].metric(t("app.fig.reached_3plus", lang), fmt_int(now["reached_3plus"], lang), delta("reached_3plus"),
                  help=t("app.fig.reached_3plus.help", lang))
    cost = now["cost_per_reached_eur"]
    row[3].metric(t("app.fig.cost", lang), fmt_eur(cost, lang, 2) if cost is not None else "–",
                  delta("cost_per_reached_eur", "eur"), delta_color="inverse", help=t("app.fig.cost.help", lang))
    row = st.columns(4)
    row[0].metric(t("app.fig.print_only", lang), fmt_int(now["print_only"], lang), delta("print_only"))
    row[1].metric(t("app.fig.social_only", lang), fmt_int(now["social_only"], lang), delta("social_only"))
    row[2].metric(t("app.fig.both", lang), fmt_int(now["both"], lang), delta("both"))
    with row[3].popover(t("app.baseline.button", lang)):
        st.caption(t("app.baseline.help", lang))
        if st.button(t("app.baseline.fix", lang), key="baseline_fix"):
            st.session_state["baseline"] = {"print_eur": st.session_state["print_eur"],
                                            "social_eur": st.session_state["social_eur"]}
            st.rerun()
        if st.button(t("app.baseline.reset", lang), key="baseline_reset"):
            st.session_state["baseline"] = None
            st.rerun()
    if unc is not None:
        st.caption(t("app.fig.range", lang, low=fmt_int(unc["reached"]["p10"], lang),
                     high=fmt_int(unc["reached"]["p90"], lang), low3=fmt_int(unc["reached_3plus"]["p10"], lang),
                     high3=fmt_int(unc["reached_3plus"]["p90"], lang)))
        st.info(band_sentence(unc, lang, float(current.social_eur.sum())))


def marginal_ui(plan: ScenarioPlan, current, lang: str) -> None:
    """Where the next euro works hardest, in words."""
    more_print, more_social = next_thousand(plan, current)
    if more_social is None:
        st.markdown(t("app.next1000.print_only", lang, print=fmt_int(more_print, lang)))
    else:
        st.markdown(t("app.next1000", lang, print=fmt_int(more_print, lang), social=fmt_int(more_social, lang)))


# -- who and where -------------------------------------------------------------------------------------

def who_where_ui(scenario_json: str, plan: ScenarioPlan, current, lang: str) -> None:
    show_chart("age", scenario_json, lang)
    st.caption(t("app.age.caption", lang))
    metric = bound(st.radio, "map_metric", t("app.map.metric", lang), ["reach", "social"], lang=lang,
                   horizontal=True, format_func=lambda m: t(f"app.map.metric.{m}", lang))
    if map_chart(scenario_json, lang, metric) is None:
        st.info(t("app.map.none", lang))
    else:
        show_chart("map", scenario_json, lang, metric)
    wijk_table_ui(plan, current.area_rows(), lang)


def wijk_table_ui(plan: ScenarioPlan, rows: list[dict], lang: str) -> None:
    """Per wijk: audience, social euros, reach; weights always editable, euros in manual mode."""
    ss = st.session_state
    manual_mode = ss["split"] == "manual"
    weights = ss.get("weights") or {}
    manual = ss.get("manual") or {}
    cols = {
        "code": t("app.table.code", lang), "name": t("common.wijk", lang),
        "audience": t("app.table.audience", lang), "eligible": t("app.table.eligible", lang),
        "weight": t("app.table.weight", lang), "social_eur": t("app.table.social_eur", lang),
        "reach": t("app.table.reach", lang),
    }
    frame = pd.DataFrame({
        cols["code"]: [r["code"] for r in rows],
        cols["name"]: [r["name"] for r in rows],
        cols["audience"]: [fmt_int(r["audience"], lang) for r in rows],  # shown only: in the UI's format
        cols["eligible"]: [t("common.yes" if r["eligible"] else "common.no", lang) for r in rows],
        cols["weight"]: [float(weights.get(r["code"], 1.0)) for r in rows],
        cols["social_eur"]: [round(float(manual.get(r["code"], 0.0)), 2) for r in rows] if manual_mode
        else [fmt_eur(r["social_eur"], lang) for r in rows],
        cols["reach"]: [fmt_pct(r["reach_share"], lang) for r in rows],
    })
    st.markdown(f"**{t('app.table.title', lang)}**")
    st.caption(t("app.table.help_manual" if manual_mode else "app.table.help", lang))
    editable = [cols["weight"]] + ([cols["social_eur"]] if manual_mode else [])
    edited = st.data_editor(
        frame, hide_index=True, key=f"wijk_table_{manual_mode}_{ss.get('table_version', 0)}",
        disabled=[c for c in frame.columns if c not in editable],
        column_config={
            cols["weight"]: st.column_config.NumberColumn(min_value=0.0, max_value=100.0, step=0.5,
                                                         format="localized",  # the browser's decimal sign
                                                         help=t("app.table.weight.help", lang)),
            **({cols["social_eur"]: st.column_config.NumberColumn(min_value=0.0, max_value=MAX_EUR, step=50.0,
                                                                  format="€ %.0f")} if manual_mode else {}),
        },
    )
    new_weights = {c: float(w) for c, w in zip(edited[cols["code"]], edited[cols["weight"]])
                   if w is not None and not pd.isna(w) and float(w) != 1.0}
    changed = new_weights != {k: v for k, v in weights.items() if v != 1.0}
    if manual_mode:
        new_manual = {c: float(v) for c, v in zip(edited[cols["code"]], edited[cols["social_eur"]])
                      if v is not None and not pd.isna(v) and float(v) > 0}
        old_manual = {k: v for k, v in manual.items() if v > 0}
        if set(new_manual) != set(old_manual) or any(abs(new_manual[k] - old_manual[k]) > 0.005 for k in new_manual):
            ss["manual"] = new_manual
            ss["pending_state"] = {"social_eur": round(sum(new_manual.values()), 2)}
            changed = True
    if changed:
        ss["weights"] = new_weights
        _new_table()  # the edits are in the state now; a fresh table must not apply them twice
        st.rerun()


# -- assumptions ---------------------------------------------------------------------------------------

def _reset_assumptions() -> None:
    fresh = default_state(st.session_state.get("gemeente") or data.DEFAULT_GEMEENTE)
    st.session_state.update({k: v for k, v in fresh.items() if k.startswith(("a:", "u:"))})
    st.session_state["ranges_edited"] = []


def assumptions_ui(lang: str) -> None:
    """Every assumption with its default, usual range and basis; editable, with its uncertainty range."""
    st.markdown(t("app.assumptions.intro", lang))
    st.button(t("app.assumptions.reset", lang), on_click=_reset_assumptions, key="reset_assumptions")
    for channel in ("print", "social"):
        st.subheader(t(f"channel.{channel}_long", lang))
        if channel == "social":
            st.warning(t("app.platform_rules", lang))
        for p in (p for p in PARAMETERS if p.channel == channel):
            assumption_input_ui(p, lang)


def assumption_input_ui(p, lang: str) -> None:
    """One assumption: its input(s), default, usual range and basis, and its uncertainty range."""
    ss = st.session_state
    low, high, step = INPUT_LIMITS[p.key]
    number_format = "%.2f" if step < 1 else "%.1f"
    st.markdown(f"**{p.label(lang)}**")
    if p.per_band:
        for column, band in zip(st.columns(len(TARGETABLE_BANDS)), TARGETABLE_BANDS):
            value = ss[assumption_key(p.key, band)]
            with column:  # a file may hold a value outside the usual input limits: keep it reachable
                bound(st.number_input, assumption_key(p.key, band), band_label(band, lang), min(low, value),
                      max(high, value), step=step, format=number_format)
        defaults = ", ".join(f"{band_label(b, lang)}: {fmt_num(v, lang, 2)}" for b, v in p.default.items())
        advised = t("app.assumptions.factor", lang, low=fmt_num(p.low, lang, 2), high=fmt_num(p.high, lang, 2))
    else:
        value = ss[assumption_key(p.key)]
        bound(st.number_input, assumption_key(p.key), p.label(lang), min(low, value), max(high, value),
              step=step, format=number_format, label_visibility="collapsed")
        defaults = fmt_num(p.default, lang, 2)
        advised = f"{fmt_num(p.low, lang, 2)} – {fmt_num(p.high, lang, 2)}"
    st.caption(t("app.assumptions.meta", lang, default=defaults, advised=advised) + " " + p.basis(lang))
    if p.key not in DEFAULT_RANGES:
        return
    kind = "factor" if p.per_band else "value"
    value = 1.0 if p.per_band else ss[assumption_key(p.key)]
    low_key, high_key = range_key(p.key, "low"), range_key(p.key, "high")
    if p.key in (ss.get("ranges_edited") or []):  # the user's own range, kept around the value
        ss[low_key], ss[high_key] = min(ss[low_key], value), max(ss[high_key], value)
    else:  # the default range, widened to the value (so it follows the value both ways)
        ss[low_key], ss[high_key] = default_range(ss, p.key)
    r1, r2 = st.columns(2)
    with r1:  # the range lies around the value: a browser refuses a lowest value above it
        bound(st.number_input, low_key, t(f"app.range.low.{kind}", lang),
              0.0 if p.per_band else min(low, ss[low_key]), value, step=step, format=number_format)
    with r2:
        bound(st.number_input, high_key, t(f"app.range.high.{kind}", lang), value, None, step=step,
              format=number_format)


# -- uncertainty ---------------------------------------------------------------------------------------

def band_sentence(result: dict, lang: str, social_eur: float) -> str:
    """The pessimistic sentence: 'even in the pessimistic case ... reaches N young residents'."""
    young = next((b for b in result["bands"] if b["band"] == "15-24"), None)
    if young is not None and social_eur > 0:
        return t("app.unc.sentence_young", lang, eur=fmt_eur(social_eur, lang),
                 n=fmt_int(young["reached_social"]["p10"], lang),
                 total=fmt_int(result["reached"]["p10"], lang))
    return t("app.unc.sentence", lang, n=fmt_int(result["reached"]["p10"], lang))


def uncertainty_ui(scenario_json: str, lang: str) -> None:
    result = uncertainty_json(scenario_json)
    st.markdown(t("app.unc.intro", lang))
    rows = []
    for key in ("reached", "reached_3plus", "reached_print", "reached_social"):
        band = result[key]
        rows.append({t("app.unc.figure", lang): t(f"cli.unc.{key}", lang).capitalize(),
                     "P10": fmt_int(band["p10"], lang), "P50": fmt_int(band["p50"], lang),
                     "P90": fmt_int(band["p90"], lang)})
    cost = result["cost_per_reached_eur"]
    rows.append({t("app.unc.figure", lang): t("cli.unc.cost", lang).capitalize(), "P10": fmt_eur(cost["p10"], lang, 2),
                 "P50": fmt_eur(cost["p50"], lang, 2), "P90": fmt_eur(cost["p90"], lang, 2)})
    st.dataframe(pd.DataFrame(rows), hide_index=True)
    show_chart("tornado", scenario_json, lang)
    st.caption(t("app.unc.meaning", lang))


# -- compare -----------------------------------------------------------------------------------------------

def compare_ui(current_scenario: Scenario, lang: str) -> None:
    st.markdown(t("app.compare.intro", lang))
    include_current = st.checkbox(t("app.compare.current", lang), value=True, key="compare_current")
    uploads = st.file_uploader(t("app.compare.upload", lang), type=["json"], accept_multiple_files=True,
                               key="compare_upload")
    files = sorted(p.name for p in SCENARIO_DIR.glob("*.json")) if SCENARIO_DIR.is_dir() else []
    picked = st.multiselect(t("app.compare.pick", lang), files, key="compare_pick", max_selections=3)
    chosen: list[tuple[str, Scenario]] = []
    if include_current:
        chosen.append((current_scenario.name or t("app.compare.current_name", lang), current_scenario))
    sources = [(u.name, u.getvalue()) for u in (uploads or [])] + [(n, (SCENARIO_DIR / n).read_bytes()) for n in picked]
    for name, content in sources:
        try:
            scenario = parse_scenario(content)
        except InputError as exc:
            st.error(_problem_text(t("app.open.bad", lang, name=name), exc, lang))
            continue
        chosen.append((scenario.name or name, scenario))
    if len(chosen) > 3:
        st.warning(t("app.compare.max", lang))
        chosen = chosen[:3]
    if len(chosen) < 2:
        st.info(t("app.compare.need_two", lang))
        return
    evaluations = []
    for name, scenario in chosen:
        try:
            evaluations.append((name, evaluate_json(scenario_to_json(scenario))))
        except (InfeasibleBudget, ValueError) as exc:
            text = exc.message(lang, keys=False) if isinstance(exc, InfeasibleBudget) else str(exc)
            st.error(t("app.plan.bad_named", lang, name=name, error=text))
    if len(evaluations) < 2:
        st.info(t("app.compare.need_two", lang))
        return
    table = []
    for name, e in evaluations:
        f = key_figures(e)
        row = {t("common.scenario", lang): name,
               t("common.gemeente", lang): e.model.areas.gemeente_name or "–",
               t("fig.print_eur", lang): fmt_eur(e.print_eur, lang),
               t("fig.social_eur", lang): fmt_eur(float(e.social_eur.sum()), lang),
               t("app.fig.reached", lang): fmt_int(f["reached"], lang),
               t("app.fig.reach_share", lang): fmt_pct(f["reach_share"], lang),
               t("app.fig.reached_3plus", lang): fmt_int(f["reached_3plus"], lang),
               t("app.fig.cost", lang): fmt_eur(f["cost_per_reached_eur"], lang, 2)}
        for band in e.band_rows():
            share = band["reached"] / band["target_population"] if band["target_population"] else 0.0
            row[band_label(band["band"], lang)] = fmt_pct(share, lang)
        table.append(row)
    st.dataframe(pd.DataFrame(table), hide_index=True)
    places = dict.fromkeys(e.model.areas.gemeente_name or t("cli.own_areas", lang) for _, e in evaluations)
    chart = charts.comparison_chart(charts.comparison_rows(evaluations), lang,
                                    {"gemeente": " · ".join(places), "scenario": ""})
    st.vega_lite_chart(spec=chart.to_dict(), width="stretch", theme=None)
    downloads_ui(lambda: chart, t("file.compare", lang), lang, key="compare")


# -- save and export -------------------------------------------------------------------------------------

def downloads_ui(make_chart, stem: str, lang: str, key: str) -> None:
    """PNG, SVG and PDF downloads of one chart; ``make_chart()`` and the file run only on a click."""
    a, b, c = st.columns(3)
    a.download_button("PNG", lambda: export.chart_to_png(make_chart()), file_name=f"{stem}.png",
                      mime="image/png", key=f"png_{key}", on_click="ignore", help=t("app.export.png", lang))
    b.download_button("SVG", lambda: export.chart_to_svg(make_chart()), file_name=f"{stem}.svg",
                      mime="image/svg+xml", key=f"svg_{key}", on_click="ignore")
    c.download_button("PDF", lambda: export.chart_to_pdf(make_chart()), file_name=f"{stem}.pdf",
                      mime="application/pdf", key=f"pdf_{key}", on_click="ignore")


def save_ui(scenario: Scenario, lang: str) -> None:
    bound(st.text_input, "name", t("app.save.name", lang), max_chars=200)
    bound(st.text_area, "notes", t("app.save.notes", lang), max_chars=5000, help=t("app.save.notes.help", lang))
    file_name = safe_filename(scenario.name or "scenario")
    st.download_button(t("app.save.download", lang), scenario_to_json(scenario).encode("utf-8"),
                       file_name=file_name, mime="application/json", key="save_download", on_click="ignore",
                       type="primary")
    if st.button(t("app.save.local", lang, folder="scenarios/"), key="save_local",
                 help=t("app.save.local.help", lang)):
        try:
            SCENARIO_DIR.mkdir(exist_ok=True)
            path = unique_path(SCENARIO_DIR, scenario.name or "scenario")
            save_scenario(scenario, path)
        except OSError as exc:
            st.error(t("app.save.failed", lang, error=str(exc)))
        else:
            st.success(t("app.save.saved", lang, path=f"scenarios/{path.name}"))


def export_ui(scenario_json: str, scenario: Scenario, current, baseline, baseline_label: str, lang: str,
              show_bands: bool) -> None:
    st.subheader(t("app.export.charts", lang))
    stem = safe_filename(scenario.name or "budgetsim")[: -len(".json")]
    makers = {
        "saturation": lambda: saturation_chart(scenario_json, lang, show_bands),
        "age": lambda: age_chart(scenario_json, lang),
        "map": lambda metric=st.session_state["map_metric"]: map_chart(scenario_json, lang, metric),
        "tornado": lambda: tornado_chart(scenario_json, lang),
    }
    has_map = map_chart(scenario_json, lang, "reach") is not None
    for key, make in makers.items():
        if key == "map" and not has_map:
            continue
        st.markdown(t(f"app.export.{key}", lang))
        downloads_ui(make, f"{stem}-{t('file.' + key, lang)}", lang, key)
    st.subheader(t("app.export.proposal", lang))
    st.caption(t("app.export.proposal.help", lang))

    def proposal(kind: str) -> bytes:  # the current plan as option A; its "Nu" from the scenario
        files = proposal_for_scenarios([scenario], lang, pdf=kind == "pdf", docx=kind == "docx")
        return files.pdf if kind == "pdf" else files.docx

    st.download_button(t("app.export.proposal.button", lang), lambda: proposal("pdf"),
                       file_name=f"{t('file.proposal', lang)}.pdf", mime="application/pdf", key="proposal_pdf",
                       on_click="ignore", type="primary")
    st.download_button(t("app.export.proposal.docx", lang), lambda: proposal("docx"),
                       file_name=f"{t('file.proposal', lang)}.docx", key="proposal_docx", on_click="ignore",
                       mime="application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    st.download_button(t("app.export.csv", lang), lambda: export.area_results_csv(current, lang),
                       file_name=f"{t('file.areas', lang)}.csv", mime="text/csv", key="wijk_csv", on_click="ignore")


# -- page -------------------------------------------------------------------------------------------------

def messages_ui() -> None:
    for kind, text in st.session_state.get("messages", []):
        getattr(st, kind)(text)
    st.session_state["messages"] = []


def auto_name(lang: str) -> str:
    """The scenario's name until the user types one: it follows the budgets."""
    ss = st.session_state
    gemeente = data.gemeente_by_code(ss.get("gemeente") or "") if not ss.get("inline_areas") else None
    place = gemeente.name if gemeente else t("cli.own_areas", lang)
    return t("app.auto_name", lang, place=place, print=fmt_eur(ss["print_eur"], lang),
             social=fmt_eur(ss["social_eur"], lang))


TABS = ("app.tab.who_where", "app.tab.assumptions", "app.tab.uncertainty", "app.tab.compare", "app.tab.save_export")


def tabs_ui(lang: str):
    """The tabs; after a language switch the same tab stays open (its label, and so its key, change)."""
    ss = st.session_state
    labels = [t(key, lang) for key in TABS]
    key = f"tab:{lang}"
    if ss.get(key) in labels:
        ss["open_tab"] = labels.index(ss[key])
    else:
        set_widget(key, labels[ss.get("open_tab", 0)])
    tabs = st.tabs(labels, key=key, on_change="rerun")
    drawn(key)
    return tabs


def broken_state_ui(exc: Exception, lang: str, plan: ScenarioPlan | None) -> None:
    """Settings that do not fit together: say what is wrong, offer the last working settings, and
    show the budgets (when the settings make a plan) and the assumptions, where most such problems
    are made, so the user can fix them here."""
    ss = st.session_state
    if isinstance(exc, InputError):
        st.error(_problem_text(t("app.state.bad", lang), exc, lang))
    else:
        text = exc.message(lang, keys=False) if isinstance(exc, InfeasibleBudget) else str(exc)
        st.error(t("app.plan.bad", lang, error=text))
    if ss.get("last_good") and st.button(t("app.state.restore", lang), key="restore_state", type="primary"):
        ss["pending_state"] = dict(ss["last_good"])
        st.rerun()
    if plan is not None:
        budgets, _ = st.columns([1.0, 2.4], gap="medium")
        with budgets:
            budget_ui(plan, lang)
    with st.expander(t("app.tab.assumptions", lang), expanded=True):
        assumptions_ui(lang)


def _remember_good_state(current) -> None:
    ss = st.session_state
    ss["last_good"] = {k: ss[k] for k in list(ss.keys())
                       if k in SCENARIO_KEYS or str(k).startswith(("a:", "u:"))}
    ss["last_social_by_area"] = {code: round(float(v), 2)
                                 for code, v in zip(current.model.areas.codes, current.social_eur) if v > 0}


def main() -> None:
    st.set_page_config(page_title="budgetsim", page_icon="📰", layout="wide")
    init_state()
    ss = st.session_state
    lang = language_ui()
    gemeente_ui(lang)
    bands = target_group_ui(lang)
    open_ui(lang)
    show_bands = st.sidebar.toggle(t("app.unc.toggle", lang), value=True, key="show_bands",
                                   help=t("app.unc.toggle.help", lang))
    st.sidebar.caption(t("source.full", lang))
    if not bands:
        st.stop()
    if ss.get("name_auto"):
        ss["name"] = auto_name(lang)
    plan = None
    try:
        scenario = current_scenario()
        scenario_json = scenario_to_json(scenario)
        plan = ScenarioPlan(scenario)
        current = evaluate_json(scenario_json)
        base_scenario, base_key = _baseline_scenario(scenario)
        baseline = evaluate_json(scenario_to_json(base_scenario))
    except (InputError, InfeasibleBudget, ValueError) as exc:
        st.title(t("app.title", lang, place=auto_name(lang).split(":")[0]))
        broken_state_ui(exc, lang, plan)
        return
    _remember_good_state(current)
    place = plan.model.areas.gemeente_name or t("cli.own_areas", lang)
    st.title(t("app.title", lang, place=place))
    st.caption(t("app.subtitle", lang))
    messages_ui()
    if current.manual_ineligible_funded:
        st.warning(t("cli.eval.warn_manual", lang, codes=", ".join(current.manual_ineligible_funded)))
    base = ss.get("baseline")
    baseline_label = t(base_key, lang, print=fmt_eur(base["print_eur"] if base else plan.print_eur, lang),
                       social=fmt_eur(base["social_eur"] if base else 0, lang))
    unc = uncertainty_json(scenario_json) if show_bands else None
    budgets, key_figures_column = st.columns([1.0, 2.4], gap="medium")
    with budgets:
        budget_ui(plan, lang)
    with key_figures_column:
        key_figures_ui(current, baseline, baseline_label, lang, unc)
    chart_column, side = st.columns([1.75, 1.0], gap="medium")
    with chart_column:
        show_chart("saturation", scenario_json, lang, show_bands)
    with side:
        marginal_ui(plan, current, lang)
        split_ui(plan, lang)
    # Only the open tab runs (lazy tabs): a slider move does not redraw the map or the tornado.
    who, assumptions, sure, compare, save = tabs_ui(lang)
    if who.open:
        with who:
            who_where_ui(scenario_json, plan, current, lang)
    if assumptions.open:
        with assumptions:
            assumptions_ui(lang)
    if sure.open:
        with sure:
            if show_bands:
                uncertainty_ui(scenario_json, lang)
            else:
                st.info(t("app.unc.off", lang))
    if compare.open:
        with compare:
            compare_ui(scenario, lang)
    if save.open:
        with save:
            save_ui(scenario, lang)
            export_ui(scenario_json, scenario, current, baseline, baseline_label, lang, show_bands)
    st.caption(t("app.footer", lang, date=dt.date.today().isoformat()))


def run() -> None:
    """``main()`` with a last line of defence: an unexpected error shows a message, never a traceback."""
    try:
        main()
    except StopException:  # st.stop(): the run ends here, as planned
        delivered()
        raise
    except Exception:  # Streamlit's rerun/stop signals are BaseExceptions and pass through
        logging.getLogger("budgetsim").exception("unexpected error in the app")
        st.error(t("app.crash", st.session_state.get("lang", "nl")))
    else:
        delivered()


if __name__ == "__main__":
    run()
