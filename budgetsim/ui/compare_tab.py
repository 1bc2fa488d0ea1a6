"""The compare tab: two or three scenarios side by side, as a table and a chart, against one "Nu".

Options saved as separate files may each hold their own "Nu" and their own price per page. Then
each difference is said in one sentence (:func:`budgetsim.options.nu_differences`), the user picks
whose "Nu" counts (kept under :data:`NU_CHOICE_KEY`, which the budget proposal reads too), and every
"more than Nu" is computed against it (:func:`budgetsim.options.more_than_nu`)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from .. import charts
from ..allocation import InfeasibleBudget
from ..assumptions import REGISTRY
from ..bands import BANDS
from ..charts.campaigns import and_list, bands_words
from ..formatting import fmt_eur, fmt_int, fmt_pct
from ..i18n import band_label, render, t
from ..model import Evaluation
from ..options import OPTION_LETTERS, Option, differing_assumptions, more_than_nu, nu_differences, price_is_estimated
from ..planning import ScenarioPlan
from ..problems import InputError
from ..scenario import Scenario, parse_scenario, scenario_to_json
from .budgets import estimated, pages_text
from .page import SCENARIO_DIR, error_text, problem_text, scenario_files
from .results import evaluation
from .save_tab import NU_CHOICE_KEY, SLOTS_KEY, chosen_nu, compare_slots, downloads_ui

MAX_COMPARED = 3


def compare_ui(current_scenario: Scenario, lang: str) -> None:
    st.markdown(t("nu.compare.intro", lang))
    chosen, left_out = chosen_scenarios_ui(current_scenario, lang)
    st.session_state[SLOTS_KEY] = compare_slots(chosen, current_scenario)  # the budget proposal's options
    if left_out:
        st.warning(t("nu.compare.left_out", lang, names=", ".join(f"‘{n}’" for n in left_out)))
    evaluations = []
    for name, scenario in chosen:
        try:
            evaluations.append((name, evaluation(scenario_to_json(scenario)), scenario))
        except (InfeasibleBudget, ValueError) as exc:
            st.error(t("app.plan.bad_named", lang, name=name, error=error_text(exc, lang)))
    if not evaluations:
        st.info(t("nu.compare.need_one", lang))
        return
    named = _unique_names([(name, e) for name, e, _ in evaluations])
    scenarios = [s for _, _, s in evaluations]
    chosen_nu = nu_choice_ui(evaluations, lang)
    current = current_column(evaluations, lang, chosen_nu)
    more = more_than_nu([Option(s, e) for _, e, s in evaluations], chosen_nu) if current else None
    marks = ([price_is_estimated(scenarios[chosen_nu])] if current else []) + [price_is_estimated(s) for s in scenarios]
    if current is None and len(scenarios) > 1:  # different gemeenten: no "Nu" fits them all
        st.info(t("app.compare.no_nu", lang, places=and_list(_places(named, lang), lang)))
    st.table(comparison_table(named, current, lang, [m.more for m in more] if more else None, marks))
    if current is not None:
        st.caption(t("nu.compare.now_caption", lang))
    for outside in outside_target_notes(([current] if current else []) + named, lang):
        st.caption(outside)
    for name, e in named:  # what an option holds that buys nothing, beside the table that counts it out
        for note in e.money_notes():
            st.caption(f"{name}: {note.render(lang)}")
    chart = charts.comparison_chart(
        charts.comparison_rows(([current] if current else []) + named),
        lang,
        charts.ChartContext(" · ".join(_places(named, lang))),
    )
    st.vega_lite_chart(spec=chart.to_dict(), width="content", theme=None)  # "stretch" cut its right end off
    downloads_ui(lambda: chart, t("file.compare", lang), lang, key="compare")


def _places(named: list[tuple[str, Evaluation]], lang: str) -> list[str]:
    """The gemeenten of the options, each once, in their order (an own area table as such)."""
    return list(dict.fromkeys(e.model.areas.gemeente_name or t("cli.own_areas", lang) for _, e in named))


def outside_target_notes(columns: list[tuple[str, Evaluation]], lang: str) -> list[str]:
    """Per column that lacks an age group another column shows (it is not in that option's target
    group, so its cell shows "–"), a sentence saying so."""
    shown = [b for b in BANDS if any(b in e.model.target_bands for _, e in columns)]
    notes = []
    for name, e in columns:
        missing = [b for b in shown if b not in e.model.target_bands]
        if missing:
            notes.append(
                t(
                    "app.compare.not_in_target.one" if len(missing) == 1 else "app.compare.not_in_target.many",
                    lang,
                    name=name,
                    bands=and_list([band_label(b, lang) for b in missing], lang),
                    target=bands_words(e.model.target_bands, lang),
                )
            )
    return notes


def _same_place(scenarios: list[Scenario]) -> bool:
    plans = [ScenarioPlan(s) for s in scenarios]
    return len({p.model.areas.gemeente_code or p.model.areas.gemeente_name for p in plans}) == 1


def nu_choice_ui(evaluations: list[tuple[str, Evaluation, Scenario]], lang: str) -> int:
    """When the options' "Nu" or prices per page differ: each difference in one sentence, the
    assumptions that differ, and the choice whose "Nu" counts. The index of the chosen option."""
    scenarios = [s for _, _, s in evaluations]
    ss = st.session_state
    if len(scenarios) < 2 or not _same_place(scenarios):
        return 0
    differences = nu_differences(scenarios)
    if not differences:
        return 0
    st.warning("\n".join(f"- {render(m, lang)}" for m in differences))
    names = [p.label(lang) for key in differing_assumptions(scenarios) for p in REGISTRY if p.key == key]
    if names:
        st.caption(t("app.compare.assumptions_differ", lang, names=", ".join(names)))
    index = chosen_nu(ss, len(scenarios))
    key = f"compare_nu_pick:{lang}"
    if ss.get(key) != index:
        ss[key] = index
    st.radio(
        t("app.compare.nu_choose", lang),
        range(len(scenarios)),
        key=key,
        horizontal=True,
        format_func=lambda i: t("app.compare.nu_option", lang, letter=OPTION_LETTERS[i], name=evaluations[i][0]),
        on_change=_take_nu,
        args=(key,),
    )
    return index


def _take_nu(key: str) -> None:
    st.session_state[NU_CHOICE_KEY] = st.session_state[key]


def current_column(
    evaluations: list[tuple[str, Evaluation, Scenario]], lang: str, chosen: int = 0
) -> tuple[str, Evaluation] | None:
    """ "Nu" beside the scenarios: the chosen option's current situation as that file evaluates it,
    when every scenario is of the same gemeente (named by its letter when the options' "Nu" differ)."""
    scenarios = [s for _, _, s in evaluations]
    if not _same_place(scenarios):
        return None
    plan = ScenarioPlan(scenarios[chosen])
    label = t("nu.title", lang)
    if len(scenarios) > 1 and nu_differences(scenarios):
        label = t("app.compare.nu_of", lang, letter=OPTION_LETTERS[chosen])
    return label, evaluation(scenario_to_json(plan.current_plan().scenario))


def _unique_names(named: list[tuple[str, Evaluation]]) -> list[tuple[str, Evaluation]]:
    seen: dict[str, int] = {}
    out = []
    for name, e in named:
        seen[name] = seen.get(name, 0) + 1
        out.append((name if seen[name] == 1 else f"{name} ({seen[name]})", e))
    return out


def comparison_table(
    named: list[tuple[str, Evaluation]],
    current: tuple[str, Evaluation] | None,
    lang: str,
    more: list[float] | None = None,
    estimated_prices: list[bool] | None = None,
) -> pd.DataFrame:
    """Figures as rows, scenarios as columns ("Nu" first when given; "–" for an age group outside a
    scenario's target group): narrow enough for three
    scenarios beside each other at 1440 px, with the total budget, the paper's pages and, given
    ``more`` (per scenario, against the chosen "Nu"), the residents reached more than "Nu". Paper
    euros from an estimated page price (``estimated_prices``, per column) are marked "geschat"."""
    columns = ([current] if current else []) + named
    marks = [m and e.print_eur > 0 for m, (_, e) in zip(estimated_prices or [False] * len(columns), columns)]
    rows = {name: comparison_row(name, e, lang, mark) for (name, e), mark in zip(columns, marks)}
    frame = pd.DataFrame(rows).drop(index=[t("common.scenario", lang)])
    total = t("nu.compare.total", lang)
    frame.loc[total] = [
        estimated(fmt_eur(e.print_eur + float(e.social_eur.sum()), lang), mark, lang)
        for (_, e), mark in zip(columns, marks)
    ]
    pages = t("nu.compare.pages", lang)
    frame.loc[pages] = [_pages(e, lang) for _, e in columns]
    order = [t("common.gemeente", lang), t("fig.print_eur", lang), pages, t("fig.social_eur", lang), total]
    if more is not None:
        more_row = t("app.compare.more", lang)
        frame.loc[more_row] = (["–"] if current else []) + [fmt_int(m, lang, signed=True) for m in more]
        order.append(more_row)
    # an age group outside an option's target group has no figure there: "–" (said below the table)
    return frame.loc[order + [i for i in frame.index if i not in order]].fillna("–")


def _pages(e: Evaluation, lang: str) -> str:
    """The pages that count: at most one per issue (``Evaluation.insertions``)."""
    return pages_text(e.insertions, lang)


#: The files opened in the compare tab, kept beyond the uploader (which forgets them in a closed tab).
KEPT_UPLOADS_KEY = "compare_files"
#: The compare tab's own choices, kept while the tab is closed (Streamlit drops a widget's state
#: when the widget is not drawn, and the tabs are lazy).
KEPT_WIDGETS = ("compare_pick", "compare_current")


def kept_uploads(state, uploads: list[tuple[str, bytes]]) -> list[tuple[str, bytes]]:
    """The files to compare: what the uploader holds now, or, when it is empty (its tab was closed
    and opened again), what it held last. Keeps the list in ``state``."""
    if uploads:
        state[KEPT_UPLOADS_KEY] = list(uploads)
    return list(state.get(KEPT_UPLOADS_KEY) or [])


def _close_uploads() -> None:
    st.session_state[KEPT_UPLOADS_KEY] = []


def keep_compare_choices(state) -> None:
    """Call at the start of every run: the compare tab's choices survive while another tab is open."""
    for key in KEPT_WIDGETS:
        if key in state:
            state[key] = state[key]


def chosen_scenarios_ui(current_scenario: Scenario, lang: str) -> tuple[list[tuple[str, Scenario]], list[str]]:
    """The scenarios to compare, by name, and the names that did not fit: opened files first
    (uploads, then files from ``scenarios/``), the current settings only when asked, at most
    :data:`MAX_COMPARED`. A file that cannot be read is reported (with why) and left out."""
    uploads = st.file_uploader(
        t("app.compare.upload", lang),
        accept_multiple_files=True,
        key="compare_upload",
        help=t("nu.upload.json_help", lang),
    )
    opened = kept_uploads(st.session_state, [(u.name, u.getvalue()) for u in (uploads or [])])
    if opened and not uploads:  # the files stay open while another tab is shown (the uploader forgets them)
        st.caption(t("app.compare.kept", lang, names=", ".join(f"‘{name}’" for name, _ in opened)))
        st.button(t("app.compare.close", lang), key="compare_close", on_click=_close_uploads)
    picked = st.multiselect(
        t("app.compare.pick", lang),
        scenario_files(),
        key="compare_pick",
        max_selections=MAX_COMPARED,
        placeholder=t("nu.placeholder.files", lang),
    )
    include_current = st.checkbox(t("app.compare.current", lang), value=False, key="compare_current")
    chosen: list[tuple[str, Scenario]] = []
    sources = opened + [(n, (SCENARIO_DIR / n).read_bytes()) for n in picked]
    for name, content in sources:
        if not name.lower().endswith(".json"):
            st.error(t("nu.upload.not_json", lang, name=name))
            continue
        try:
            scenario = parse_scenario(content)
        except InputError as exc:
            st.error(problem_text(t("app.open.bad", lang, name=name), exc, lang))
            continue
        chosen.append((scenario.name or name, scenario))
    if include_current:
        chosen.append((current_scenario.name or t("app.compare.current_name", lang), current_scenario))
    return chosen[:MAX_COMPARED], [name for name, _ in chosen[MAX_COMPARED:]]


def comparison_row(name: str, e: Evaluation, lang: str, paper_estimated: bool = False) -> dict[str, str]:
    """One row of the comparison table: budgets, key figures and the share reached per age group;
    ``paper_estimated``: its paper euros rest on an estimated page price."""
    f = e.key_figures()
    row = {
        t("common.scenario", lang): name,
        t("common.gemeente", lang): e.model.areas.gemeente_name or "–",
        t("fig.print_eur", lang): estimated(fmt_eur(e.print_eur, lang), paper_estimated, lang),
        t("fig.social_eur", lang): fmt_eur(float(e.social_eur.sum()), lang),
        t("app.fig.reached", lang): fmt_int(f["reached"], lang),
        t("app.fig.reach_share", lang): fmt_pct(f["reach_share"], lang),
        t("app.fig.reached_3plus", lang): fmt_int(f["reached_3plus"], lang),
        t("app.fig.cost", lang): estimated(fmt_eur(f["cost_per_reached_eur"], lang, 2), paper_estimated, lang),
    }
    for band in e.band_rows():
        share = band["reached"] / band["target_population"] if band["target_population"] else 0.0
        row[band_label(band["band"], lang)] = fmt_pct(share, lang)
    return row
