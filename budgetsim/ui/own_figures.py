""" "Eigen cijfers" in the Aannames tab: the gemeente's own Ads Manager export and reader
survey, every export row used or not and why, the targeting of each row, the measured against the
calculated reach, the fitted values beside the defaults, and "Gebruik deze waarden" with its undo.

Only widgets here: reading, fitting, the tables and every state change are the pure functions of
:mod:`budgetsim.ui.own_figures_state`.
"""

from __future__ import annotations

import json

import pandas as pd
import streamlit as st

from .. import charts
from ..bands import TARGETABLE_BANDS
from ..calibration import Calibration, MetaExport, ReaderSurvey, fitted_values, survey_template
from ..calibration.apply import scenario_ad_sets
from ..calibration_report import value_words
from ..i18n import band_label, t
from ..planning import scenario_areas
from ..problems import InputError
from ..scenario import Scenario, parse_scenario, scenario_to_json
from . import own_figures_state as O
from . import state as S
from .session import session_state

#: The ways to take the fitted values, in words.
TAKE_WORDS = {
    O.TAKE_SAFE: "app.own.take.safe",
    O.TAKE_EVERY: "app.own.take.every",
    O.TAKE_PICKED: "app.own.take.picked",
}
#: File types the uploaders offer (.xls too, so its reader can say to save it as .xlsx).
FILE_TYPES = ["csv", "xlsx", "xls", "txt", "tsv"]


@st.cache_resource(max_entries=4, show_spinner=False)
def _calibrated(
    scenario_json: str, export: tuple | None, survey: tuple | None, choices_json: str
) -> tuple[O.OwnFiles, Calibration | None]:
    """The files read and the calibration of the scenario by them (kept for the next runs: a
    budget moved on another part of the screen does not read and fit again unless it must)."""
    files = O.read_files(export, survey)
    choices = {name: (tuple(codes), tuple(bands)) for name, codes, bands in json.loads(choices_json)}
    return files, O.own_calibration(parse_scenario(scenario_json), files, choices)


def own_figures_ui(lang: str) -> None:
    """The "Eigen cijfers" part, folded open once a file is in."""
    ss = session_state()
    opened = bool(ss.get(O.EXPORT) or ss.get(O.SURVEY) or ss.get(O.UNDO))
    with st.expander(t("app.own.title", lang), expanded=opened):
        st.markdown(t("app.own.intro", lang))
        left, right = st.columns(2, gap="medium")
        with left:
            _upload_ui("export", lang)
        with right:
            _upload_ui("survey", lang)
            st.download_button(
                t("app.own.template", lang),
                survey_template(lang).encode("utf-8"),
                file_name=t("app.own.template_file", lang),
                mime="text/csv",
                key="own_template",
                on_click="ignore",
            )
        _undo_ui(lang)
        if not (ss.get(O.EXPORT) or ss.get(O.SURVEY)):
            return
        try:
            scenario = S.state_to_scenario(ss)
        except (InputError, ValueError):
            return  # settings that do not fit together: the message above the assumptions says why
        choices = ss.get(O.TARGETS) or {}
        choices_json = json.dumps([[n, list(c), list(b)] for n, (c, b) in sorted(choices.items())])
        files, calibration = _calibrated(scenario_to_json(scenario), ss.get(O.EXPORT), ss.get(O.SURVEY), choices_json)
        for kind, exc in files.errors:
            name = (ss.get(O.EXPORT if kind == "export" else O.SURVEY) or ("",))[0]
            lines = "\n".join(f"- {line}" for line in O.problem_lines(exc.problems, lang))
            st.error(f"{t(f'app.own.{kind}.bad', lang, name=name)}\n\n{lines}")
        if calibration is None:
            return
        if calibration.problems:
            lines = "\n".join(f"- {line}" for line in O.problem_lines(calibration.problems, lang))
            st.warning(f"{t('app.own.problems', lang)}\n\n{lines}")
        if files.export is not None:
            _export_ui(scenario, files.export, calibration, lang)
        if files.survey is not None:
            _survey_ui(files.survey, calibration, lang)
        _fitted_ui(scenario, calibration, lang)


def _upload_ui(kind: str, lang: str) -> None:
    """An uploader; its file is kept in the state (a closed tab forgets the uploader's own)."""
    ss = session_state()
    key, stored_key = f"own_{kind}_upload", O.EXPORT if kind == "export" else O.SURVEY
    upload = st.file_uploader(
        t(f"app.own.{kind}", lang), type=FILE_TYPES, key=key, help=t(f"app.own.{kind}.help", lang)
    )
    if upload is not None and ss.get(f"{key}_id") != upload.file_id:
        ss[f"{key}_id"] = upload.file_id
        ss.update(O.file_changed(kind, (upload.name, upload.getvalue())))
    stored = ss.get(stored_key)
    if stored:
        name_column, button_column = st.columns([2, 1])
        name_column.caption(t("app.own.in_use", lang, name=stored[0]))
        button_column.button(t("app.own.remove", lang), key=f"own_{kind}_remove", on_click=_remove, args=(kind,))


def _remove(kind: str) -> None:
    st.session_state.update(O.file_changed(kind, None))


def _export_ui(scenario: Scenario, export: MetaExport, calibration: Calibration, lang: str) -> None:
    _targeting_ui(scenario, export, lang)
    st.markdown(f"**{t('app.own.rows', lang)}**")
    used = calibration.social.rows_used if calibration.social is not None else 0
    st.caption(t("app.own.rows_caption", lang, used=used, total=len(export.rows)))
    why = t("app.own.col.why", lang)  # the reason in full: it says what to fix
    st.dataframe(
        pd.DataFrame(O.export_rows(calibration, export, lang)),
        hide_index=True,
        key="own_rows",
        column_config={why: st.column_config.TextColumn(why, width="large")},
    )
    if export.notes:
        notes = "\n".join(f"- {note.render(lang)}" for note in export.notes)
        st.info(f"{t('app.own.notes', lang)}\n\n{notes}")
    if calibration.social is not None:
        rows, curves = O.chart_data(calibration)
        place = scenario_areas(scenario).gemeente_name or t("cli.own_areas", lang)
        line_not_used = {
            value_words(name, lang): why.render(lang) for name, why in O.line_not_used(calibration).items()
        }
        chart = charts.calibration_chart(
            rows, curves, lang, charts.ChartContext(place, export.source), not_used=line_not_used
        )
        spec = chart.to_dict()
        st.vega_lite_chart(spec=spec, theme=None)
        st.caption(spec["description"])


def _targeting_ui(scenario: Scenario, export: MetaExport, lang: str) -> None:
    """Which areas and ages a row (or every row) targeted: default the whole gemeente, 15+."""
    ss = session_state()
    names = O.row_names(export)
    with st.expander(t("app.own.targeting", lang), expanded=bool(ss.get(O.TARGETS))):
        st.caption(t("app.own.targeting.intro", lang))
        areas = scenario_areas(scenario)
        labels = {code: f"{name} ({code})" for code, name in zip(areas.codes, areas.names)}
        for ad_set in _pooled_ad_sets(scenario, areas):
            labels[ad_set] = t("app.own.ad_set", lang, id=ad_set)
        options = [O.EVERY_ROW, *names]
        stamp = f"{export.source}:{len(export.rows)}"  # another export: its own widgets, no old choice
        row = st.selectbox(
            t("app.own.targeting.row", lang),
            options,
            key=f"own_target_row:{stamp}",
            format_func=lambda n: t("app.own.targeting.every", lang) if n == O.EVERY_ROW else n,
        )
        codes, bands = (ss.get(O.TARGETS) or {}).get(row, ((), ()))
        index = options.index(row)
        chosen_codes = st.multiselect(
            t("app.own.targeting.areas", lang),
            list(labels),
            default=list(codes),
            format_func=lambda code: labels[code],
            key=f"own_target_areas:{stamp}:{index}",
        )
        chosen_bands = st.multiselect(
            t("app.own.targeting.bands", lang),
            list(TARGETABLE_BANDS),
            default=[b for b in bands if b in TARGETABLE_BANDS],
            format_func=lambda b: band_label(b, lang),
            key=f"own_target_bands:{stamp}:{index}",
        )
        if (tuple(chosen_codes), tuple(chosen_bands)) != (tuple(codes), tuple(bands)):
            ss.update(O.targeting_chosen(ss, row, chosen_codes, chosen_bands))
            st.rerun()
        for name, (c, b) in (ss.get(O.TARGETS) or {}).items():
            shown_row = t("app.own.targeting.every", lang) if name == O.EVERY_ROW else name
            shown_areas = ", ".join(labels.get(code, code) for code in c) or t("app.own.targeting.whole", lang)
            shown_bands = ", ".join(band_label(x, lang) for x in b) or t("app.own.targeting.all_bands", lang)
            st.caption(t("app.own.targeting.summary", lang, row=shown_row, areas=shown_areas, bands=shown_bands))


def _pooled_ad_sets(scenario: Scenario, areas) -> list[str]:
    """The pooled ad sets of the plan (``<wijk>-rest``, ``<gemeente>-rest``): an area alone is
    already in the list by its own code."""
    return [ad_set for ad_set in scenario_ad_sets(scenario, areas) if ad_set.endswith("-rest")]


def _survey_ui(survey: ReaderSurvey, calibration: Calibration, lang: str) -> None:
    st.markdown(f"**{t('app.own.survey_rows', lang)}**")
    st.caption(t("app.own.survey_caption", lang, n=survey.respondents))
    st.dataframe(pd.DataFrame(O.survey_rows(calibration, survey, lang)), hide_index=True, key="own_answers")


def _fitted_ui(scenario: Scenario, calibration: Calibration, lang: str) -> None:
    ss = session_state()
    if not calibration.usable:
        st.info(t("app.own.nothing", lang))
        return
    st.markdown(f"**{t('app.own.fitted', lang)}**")
    st.caption(t("app.own.fitted_caption", lang))
    st.dataframe(
        pd.DataFrame(O.fitted_rows(fitted_values(calibration, scenario), lang)), hide_index=True, key="own_fitted"
    )
    unusable = O.unusable_values(calibration)
    if unusable:
        lines = "\n".join(f"- **{value_words(name, lang)}**: {why.render(lang)}" for name, why in unusable.items())
        st.warning(f"{t('app.own.unusable', lang)}\n\n{lines}")
    usable = list(calibration.usable_names)
    if not usable:
        return
    # one widget per language and per set of values (a label that changes loses the choice on
    # screen); the choice itself is kept in the state, so it survives both
    stamp = f"{lang}:{','.join(usable)}"
    options = O.take_options(calibration)
    taken = ss.get(O.TAKE)
    chosen = taken if isinstance(taken, str) and taken in options else O.default_take(options)
    how = st.radio(
        t("app.own.take", lang),
        options,
        index=options.index(chosen),
        format_func=lambda option: t(TAKE_WORDS[option], lang),
        key=f"own_take:{stamp}",
        on_change=_remember,
        args=(f"own_take:{stamp}", O.TAKE),
    )
    picked: list[str] = usable
    if how == O.TAKE_PICKED:
        kept = ss.get(O.PICKED)
        picked = st.multiselect(
            t("app.own.take.values", lang),
            usable,
            default=usable if kept is None else [name for name in usable if name in kept],
            format_func=lambda name: value_words(name, lang),
            key=f"own_pick:{stamp}",
            on_change=_remember,
            args=(f"own_pick:{stamp}", O.PICKED),
        )
    use = O.names_taken(calibration, how, picked)
    st.button(
        t("app.own.use", lang),
        key="own_use",
        type="primary",
        disabled=not use,
        on_click=_use,
        args=(scenario, calibration, use),
    )


def _remember(widget_key: str, key: str) -> None:
    st.session_state[key] = st.session_state[widget_key]


def _use(scenario: Scenario, calibration: Calibration, use: frozenset[str]) -> None:
    ss = session_state()
    lang = ss.get("lang", "nl")
    ss.update(O.calibration_applied(ss, scenario, calibration, use=use))
    taken = ", ".join(value_words(name, lang) for name in calibration.usable_names if name in use)
    ss.update(S.message("success", f"{t('app.own.used', lang)} {t('app.own.used_values', lang, values=taken)}"))


def _undo_ui(lang: str) -> None:
    if st.session_state.get(O.UNDO):
        st.button(t("app.own.undo", lang), key="own_undo", on_click=_undo)


def _undo() -> None:
    ss = session_state()
    ss.update(O.calibration_undone(ss))
    ss.update(S.message("info", t("app.own.undone", ss.get("lang", "nl"))))
