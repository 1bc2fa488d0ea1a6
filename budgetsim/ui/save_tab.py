"""The save and export tab: the scenario stored (a new version) or as a file, the charts as PNG/SVG/PDF, the budget
proposal and the figures per wijk.

The budget proposal puts one to three options before the MT: the scenarios in the
Vergelijken slots (:func:`compare_slots`, recorded by the compare tab when it is drawn, since a
closed tab's widgets are forgotten), else the plan on screen alone. The pure functions here decide
what goes in; :func:`proposal_ui` draws the choices and the deferred downloads.

No download button starts a run (``on_click="ignore"`` on every one). A deferred download (``data``
a function, made on the click) is known to the server by an id that every full run replaces: the
end of a run drops the ids it did not draw again. A click the browser sends while a run is going
names the id on screen, and the server handles it after that run has ended (Streamlit 1.67 logs
"Deferred file … not found" and nothing downloads). A download that started a run (a callback)
broke the download clicked right after it, every time.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import streamlit as st

from .. import chart_files, csv_tables
from ..allocation import InfeasibleBudget
from ..formatting import fmt_page_price
from ..i18n import t
from ..model import Evaluation
from ..options import OPTION_LETTERS, nu_differences, price_is_estimated
from ..proposal import LETTERS, ProposalOption, default_decision, make_proposal, prepare_options
from ..proposal.content import check_options
from ..scenario import Scenario, parse_scenario, safe_filename, scenario_to_json
from .budgets import contract_price_field
from .name_check import mark_named, name_check_ui
from .page import error_text
from .results import (
    age_chart,
    evaluation,
    map_chart,
    saturation_chart,
    tornado_chart,
)
from .storage import store_version
from .widgets import bound, session

#: Session keys: the Vergelijken slots as last drawn, the proposed option, the decision as edited.
SLOTS_KEY = "compare_slots"
RECOMMENDED_KEY = "proposal_recommended"
DECISION_KEY = "proposal_decision"
#: The option whose "Nu" counts (its index) when the options' "Nu" differ: chosen in Vergelijken.
NU_CHOICE_KEY = "compare_nu"
#: A slot: the name shown in Vergelijken and the scenario's JSON, or None for the settings on screen.
Slot = tuple[str, str | None]


def downloads_ui(make_chart, stem: str, lang: str, key: str) -> None:
    """PNG, SVG and PDF downloads of one chart; ``make_chart()`` and the file run only on a click."""
    a, b, c = st.columns(3)
    a.download_button(
        "PNG",
        lambda: chart_files.chart_to_png(make_chart()),
        file_name=f"{stem}.png",
        mime="image/png",
        key=f"png_{key}",
        on_click="ignore",
        help=t("app.export.png", lang),
    )
    b.download_button(
        "SVG",
        lambda: chart_files.chart_to_svg(make_chart()),
        file_name=f"{stem}.svg",
        mime="image/svg+xml",
        key=f"svg_{key}",
        on_click="ignore",
    )
    c.download_button(
        "PDF",
        lambda: chart_files.chart_to_pdf(make_chart()),
        file_name=f"{stem}.pdf",
        mime="application/pdf",
        key=f"pdf_{key}",
        on_click="ignore",
    )


def save_ui(scenario: Scenario, lang: str) -> None:
    """Name and notes; "Opslaan" stores a new version for the organisation (never overwrites), and
    the scenario can still be downloaded as a file."""
    bound(st.text_input, "name", t("app.save.name", lang), max_chars=200)
    name_check_ui(lang, "save")
    bound(st.text_area, "notes", t("app.save.notes", lang), max_chars=5000, help=t("app.save.notes.help", lang))
    store, download = st.columns(2)
    stored = store.button(
        t("store.app.store", lang), key="save_store", type="primary", help=t("store.app.store.help", lang)
    )
    download.download_button(
        t("app.save.download", lang),
        scenario_to_json(scenario).encode("utf-8"),
        file_name=safe_filename(scenario.name or "scenario"),
        mime="application/json",
        key="save_download",
        on_click="ignore",  # no download starts a run (module docstring); storing confirms a name
    )
    if stored:
        kind, text = store_version(scenario, lang)
        if kind == "success":
            mark_named()
        getattr(st, kind)(text)


def export_ui(scenario_json: str, scenario: Scenario, planned: Evaluation, lang: str, show_bands: bool) -> None:
    st.subheader(t("app.export.charts", lang))
    name_check_ui(lang, "export")
    stem = safe_filename(scenario.name or "budgetsim")[: -len(".json")]
    metric = st.session_state["map_metric"]
    makers: dict[str, Callable[[], Any]] = {
        "saturation": lambda: saturation_chart(scenario_json, lang, show_bands),
        "age": lambda: age_chart(scenario_json, lang),
        "map": lambda: map_chart(scenario_json, lang, metric),
        "tornado": lambda: tornado_chart(scenario_json, lang),
    }
    has_map = map_chart(scenario_json, lang, "reach") is not None
    for key, make in makers.items():
        if key == "map" and not has_map:
            continue
        st.markdown(t(f"app.export.{key}", lang))
        downloads_ui(make, f"{stem}-{t('file.' + key, lang)}", lang, key)
    proposal_ui(scenario, lang)
    label, file_name = area_csv_download(planned, lang)
    st.download_button(
        label,
        lambda: csv_tables.area_results_csv(planned, lang),
        file_name=file_name,
        mime="text/csv",
        key="wijk_csv",
        on_click="ignore",
    )


def area_csv_download(planned: Evaluation, lang: str) -> tuple[str, str]:
    """The label and file name of the CSV per area, in the words of the level: "wijken.csv", or
    "buurten.csv" at buurt level."""
    if planned.model.areas.level == "buurt":
        return t("app.export.csv.buurt", lang), f"{t('file.areas.buurt', lang)}.csv"
    return t("app.export.csv", lang), f"{t('file.areas', lang)}.csv"


# -- the proposal: which options, which one proposed, which decision (pure) ---------------------------


def compare_slots(chosen: list[tuple[str, Scenario]], on_screen: Scenario) -> tuple[Slot, ...]:
    """The Vergelijken slots to remember: each chosen scenario as its JSON, the settings on screen
    (``on_screen`` itself among ``chosen``) as None, so the proposal takes the settings as they are then."""
    return tuple((name, None if scenario is on_screen else scenario_to_json(scenario)) for name, scenario in chosen)


def proposal_options(
    slots: tuple[Slot, ...] | None, on_screen: Scenario, lang: str
) -> list[tuple[str, Scenario, bool]]:
    """The proposal's options, in order (A, B, C): ``(name, scenario, is the settings on screen)``.
    The Vergelijken slots when there are any, else the plan on screen alone."""
    on_screen_name = on_screen.name or t("app.compare.current_name", lang)
    if not slots:
        return [(on_screen_name, on_screen, True)]
    return [
        (on_screen_name, on_screen, True) if text is None else (name, parse_scenario(text), False)
        for name, text in slots[: len(LETTERS)]
    ]


def recommended_index(stored: int | None, count: int) -> int:
    """The proposed option: the one chosen while it exists, else the last (the proposal's default)."""
    return stored if stored is not None and 0 <= stored < count else count - 1


def decision_shown(edited: str | None, default: str) -> str:
    """The decision sentence in the field: the user's own text, else the default."""
    return default if edited is None else edited


def decision_edited(text: str, default: str) -> str | None:
    """What to keep of a typed decision sentence: None when it is the default (it then follows the
    options and the language), else the text as typed."""
    return None if " ".join(text.split()) == " ".join(default.split()) else text


def chosen_nu(state, count: int) -> int:
    """The option whose "Nu" counts: the one the user chose while it exists, else the first."""
    index = state.get(NU_CHOICE_KEY)
    return index if isinstance(index, int) and 0 <= index < count else 0


def proposal_nu(options: list[tuple[str, Scenario, bool]], state) -> int | None:
    """The option whose "Nu" counts in the proposal when the options' "Nu" or prices per page differ
    (chosen in Vergelijken, :func:`~budgetsim.ui.compare_tab.chosen_nu`); None when they share one."""
    scenarios = [s for _, s, _ in options]
    if len(scenarios) < 2 or not nu_differences(scenarios):
        return None
    return chosen_nu(state, len(scenarios))


def proposal_problem(options: list[tuple[str, Scenario, bool]], evaluations: list, lang: str) -> str | None:
    """Why the proposal cannot be made from these options (different gemeenten, too many), in
    ``lang``, or None: the proposal's own check on the evaluated options."""
    try:
        check_options([ProposalOption(s, e) for (_, s, _), e in zip(options, evaluations)], lang)
    except ValueError as exc:
        return t("pa.error", lang, error=str(exc))
    return None


# -- the proposal on screen ---------------------------------------------------------------------------


@st.cache_resource(show_spinner=False, max_entries=4)
def _prepared(scenario_jsons: tuple[str, ...], _lang: str, nu_from: int | None) -> list[ProposalOption]:
    """The heavy part of the proposal (plans, "Nu", uncertainty, curves), once per set of options
    and chosen "Nu" (``nu_from``: :func:`proposal_nu`)."""
    return prepare_options([parse_scenario(text) for text in scenario_jsons], lang=_lang, nu_from=nu_from)


def proposal_file(
    scenario_jsons: tuple[str, ...],
    lang: str,
    kind: str,
    recommended: int,
    decision: str | None,
    nu_from: int | None = None,
) -> bytes:
    """The proposal as PDF (``kind`` "pdf") or Word ("docx") bytes; run on a click (deferred).
    ``nu_from``: the option whose "Nu" every option is compared with (None: they share one)."""
    files = make_proposal(
        _prepared(scenario_jsons, lang, nu_from),
        lang,
        pdf=kind == "pdf",
        docx=kind == "docx",
        recommended=recommended,
        decision=decision,
    )
    made = files.pdf if kind == "pdf" else files.docx
    assert made is not None, "make_proposal makes the kind it is asked for"
    return made


def proposal_ui(scenario: Scenario, lang: str) -> None:
    """The budget proposal: which options go in, the proposed one, the decision asked, and the PDF
    and Word downloads (made only when clicked). A problem is said in words; nothing is lost."""
    ss = st.session_state
    st.subheader(t("app.export.proposal", lang))
    st.caption(t("app.export.proposal.help", lang))
    options = proposal_options(ss.get(SLOTS_KEY), scenario, lang)
    names = [
        name + (f" {t('pa.option.now', lang)}" if on_screen and ss.get(SLOTS_KEY) else "")
        for name, _, on_screen in options
    ]
    if ss.get(SLOTS_KEY):
        st.markdown(
            t("pa.options.compare", lang)
            + "\n\n"
            + "\n".join(f"- {t('pa.option.line', lang, letter=LETTERS[i], name=name)}" for i, name in enumerate(names))
        )
    else:
        st.markdown(t("pa.options.current", lang, name=names[0]))
    jsons = tuple(scenario_to_json(s) for _, s, _ in options)
    evaluations = []
    for i, text in enumerate(jsons):
        try:
            evaluations.append(evaluation(text))
        except (InfeasibleBudget, ValueError) as exc:
            st.error(
                t(
                    "pa.error",
                    lang,
                    error=t("pa.error.plan", lang, letter=LETTERS[i], name=options[i][0], error=error_text(exc, lang)),
                )
            )
            return
    problem = proposal_problem(options, evaluations, lang)
    if problem:
        st.error(problem)
        return
    sync = session()
    recommended = recommended_index(ss.get(RECOMMENDED_KEY), len(options))
    if len(options) > 1:  # the labels speak the language: a key per language, as for bound widgets
        pick = f"proposal_pick:{lang}"
        sync.set(pick, recommended)
        st.radio(
            t("pa.recommended", lang),
            range(len(options)),
            key=pick,
            horizontal=True,
            format_func=lambda i: t("pa.recommended.option", lang, letter=LETTERS[i]),
            help=t("pa.recommended.help", lang),
            on_change=_take_recommended,
            args=(pick,),
        )
        sync.drawn(pick)
    nu = proposal_nu(options, ss)  # whose "Nu" counts when the options' differ (chosen in Vergelijken)
    default = default_decision([s for _, s, _ in options], lang, recommended, nu)
    edited = ss.get(DECISION_KEY)
    sync.set("proposal_decision_box", decision_shown(edited, default))
    st.text_area(
        t("pa.decision", lang),
        key="proposal_decision_box",
        max_chars=1000,
        height=90,
        help=t("pa.decision.help", lang),
        on_change=_take_decision,
        args=(default,),
    )
    sync.drawn("proposal_decision_box")
    if edited is not None:
        st.caption(t("pa.decision.edited", lang, default=default))
        st.button(t("pa.decision.reset", lang), key="proposal_decision_reset", on_click=_reset_decision)
    if edited is not None and not edited.strip():
        st.warning(t("pa.decision.empty", lang))
        return
    if nu is not None:
        st.info(t("pa.nu_counts", lang, letter=OPTION_LETTERS[nu]))
    contract_price_ui(options, evaluations, lang)
    pdf, word = st.columns(2)
    pdf.download_button(
        t("app.export.proposal.button", lang),
        lambda: proposal_file(jsons, lang, "pdf", recommended, edited, nu),
        file_name=f"{t('file.proposal', lang)}.pdf",
        mime="application/pdf",
        key="proposal_pdf",
        on_click="ignore",
        type="primary",
    )
    word.download_button(
        t("app.export.proposal.docx", lang),
        lambda: proposal_file(jsons, lang, "docx", recommended, edited, nu),
        file_name=f"{t('file.proposal', lang)}.docx",
        key="proposal_docx",
        on_click="ignore",
        mime="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    )


def contract_price_ui(options: list[tuple[str, Scenario, bool]], evaluations: list[Evaluation], lang: str) -> None:
    """One line when the plan on screen rests on an estimated page price: the contract-price field,
    next to the proposal (the proposal can go without it)."""
    on_screen = [e for (_, scenario, here), e in zip(options, evaluations) if here and price_is_estimated(scenario)]
    if not on_screen:
        return
    text, field = st.columns([3, 1], vertical_alignment="bottom")
    price = fmt_page_price(on_screen[0].model.price_per_insertion, lang)
    text.markdown(t("pa.price.estimated", lang, price=price))
    with field:
        contract_price_field("proposal_price_box", t("nu.price.label", lang), lang, label_visibility="collapsed")


def _take_recommended(pick: str) -> None:
    st.session_state[RECOMMENDED_KEY] = st.session_state[pick]


def _take_decision(default: str) -> None:
    st.session_state[DECISION_KEY] = decision_edited(st.session_state["proposal_decision_box"], default)


def _reset_decision() -> None:
    st.session_state[DECISION_KEY] = None
