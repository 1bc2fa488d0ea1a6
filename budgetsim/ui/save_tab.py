"""The save and export tab: the scenario as a file, the charts as PNG/SVG/PDF, the budget
proposal and the figures per wijk."""

from __future__ import annotations

import streamlit as st

from .. import export
from ..i18n import t
from ..model import Evaluation
from ..proposal import proposal_for_scenarios
from ..scenario import (
    Scenario,
    safe_filename,
    save_scenario,
    scenario_to_json,
    unique_path,
)
from .name_check import mark_named, name_check_ui
from .page import SCENARIO_DIR
from .results import (
    age_chart,
    map_chart,
    saturation_chart,
    tornado_chart,
)
from .widgets import bound


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
    name_check_ui(lang, "save")
    bound(st.text_area, "notes", t("app.save.notes", lang), max_chars=5000, help=t("app.save.notes.help", lang))
    file_name = safe_filename(scenario.name or "scenario")
    st.download_button(t("app.save.download", lang), scenario_to_json(scenario).encode("utf-8"),
                       file_name=file_name, mime="application/json", key="save_download", on_click=mark_named,
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
            mark_named()
            st.success(t("app.save.saved", lang, path=f"scenarios/{path.name}"))


def export_ui(scenario_json: str, scenario: Scenario, current: Evaluation, lang: str, show_bands: bool) -> None:
    st.subheader(t("app.export.charts", lang))
    name_check_ui(lang, "export")
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
