"""The sidebar: language, gemeente, target group, opening a scenario or an own area table, the
uncertainty switch."""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from .. import data
from ..areas import LEVELS
from ..areas_csv import TEMPLATE_CSV, read_areas_csv
from ..bands import TARGETABLE_BANDS
from ..i18n import t
from ..problems import InputError
from ..scenario import parse_scenario
from ..store import LOCAL_ORGANISATION, StoreError
from . import state as S
from .page import SCENARIO_DIR, problem_text, scenario_files
from .session import session_state
from .storage import session_store, store_error_text, stored_label, version_label
from .widgets import bound


@dataclass(frozen=True)
class SidebarChoice:
    """What the sidebar decides for the rest of the page."""

    lang: str
    bands: list[str]
    show_bands: bool


def sidebar_ui() -> SidebarChoice:
    lang = language_ui()
    gemeente_ui(lang)
    level_ui(lang)
    bands = target_group_ui(lang)
    open_ui(lang)
    areas_ui(lang)
    show_bands = st.sidebar.toggle(
        t("app.unc.toggle", lang), value=True, key="show_bands", help=t("app.unc.toggle.help", lang)
    )
    st.sidebar.caption(t("source.full", lang))
    return SidebarChoice(lang, bands, show_bands)


def language_ui() -> str:
    lang = st.sidebar.segmented_control(
        "Taal / Language",
        ["nl", "en"],
        key="lang",
        required=True,
        format_func=lambda code: {"nl": "Nederlands", "en": "English"}[code],
    )
    assert lang is not None, "required=True: always one of the options"
    return lang


def gemeente_ui(lang: str) -> str | None:
    ss = session_state()
    names = {g.code: g.name for g in data.gemeenten()}  # the same in both languages (see bound())
    if ss.get("inline_areas"):
        st.sidebar.info(t("app.areas.own_active", lang, areas=t("count.areas", lang, count=len(ss["inline_areas"]))))
        if st.sidebar.button(t("app.areas.back_to_cbs", lang), key="back_to_cbs"):
            ss.update(S.back_to_cbs(ss))
            st.rerun()
        return ss.get("gemeente")
    if ss.get("gemeente") not in names:
        ss["gemeente"] = data.DEFAULT_GEMEENTE
    bound(
        st.sidebar.selectbox,
        "gemeente",
        t("app.gemeente", lang),
        list(names),
        format_func=names.get,
        help=t("app.gemeente.help", lang),
    )
    return ss["gemeente"]


def level_ui(lang: str) -> str | None:
    """Wijken (default) or buurten of the gemeente; an own table of areas is its own level."""
    ss = st.session_state
    if ss.get("inline_areas"):
        return None
    if ss.get("level") not in LEVELS:
        ss["level"] = "wijk"
    return bound(
        st.sidebar.radio,
        "level",
        t("app.level", lang),
        list(LEVELS),
        lang=lang,
        horizontal=True,
        format_func=lambda level: t(f"app.level.{level}", lang),
        help=t("app.level.help", lang),
    )


def target_group_ui(lang: str) -> list[str]:
    bands = bound(
        st.sidebar.multiselect,
        "bands",
        t("app.bands", lang),
        list(TARGETABLE_BANDS),
        format_func=lambda b: b.replace("-", "–"),
        help=t("app.bands.help", lang),
        placeholder=t("nu.placeholder.bands", lang),
    )
    if not bands:
        st.sidebar.warning(t("app.bands.empty", lang))
    return bands


def open_ui(lang: str) -> None:
    """Open a scenario: one the organisation stored (newest first, with who and when), a file, or an
    example from ``scenarios/`` (read only; files a laptop user saved there stay openable). The
    contents are drawn only while the box is open, so a slider move does not ask the database."""
    box = st.sidebar.expander(t("app.open.title", lang), expanded=False, key="open_box", on_change="rerun")
    if not box.open:
        return
    with box:
        stored_ui(lang)
        # any file is taken, so a wrong one is refused in words (Streamlit's own refusal is an icon only)
        upload = st.file_uploader(t("app.open.upload", lang), key="open_upload", help=t("nu.upload.json_help", lang))
        if upload is not None and st.session_state.get("open_upload_id") != upload.file_id:
            st.session_state["open_upload_id"] = upload.file_id
            if upload.name.lower().endswith(".json"):
                _open_bytes(upload.getvalue(), upload.name, lang)
            else:
                st.session_state.update(S.message("error", t("nu.upload.not_json", lang, name=upload.name)))
            st.rerun()
        files = scenario_files()
        if files:
            choice = st.selectbox(
                t("store.app.examples", lang, folder="scenarios/"),
                files,
                index=None,
                key="open_pick",
                placeholder=t("app.open.pick_placeholder", lang),
            )
            if (
                st.button(t("app.open.button", lang), disabled=choice is None, key="open_pick_button")
                and choice is not None
            ):
                _open_bytes((SCENARIO_DIR / choice).read_bytes(), choice, lang)
                st.rerun()


def stored_ui(lang: str) -> None:
    """The organisation's stored scenarios: pick one (and a version), open it. A database fault or a
    damaged version is one sentence; the plan on screen stays."""
    ss = st.session_state
    store = None
    try:
        store = session_store()
        entries = store.list()
    except StoreError as exc:
        st.warning(store_error_text(exc, lang))
        return
    org = store.identity.organisation
    title = (
        t("store.app.stored_title.local", lang)
        if org == LOCAL_ORGANISATION
        else t("store.app.stored_title", lang, org=org)
    )
    st.markdown(f"**{title}**")
    if not entries:
        st.caption(t("store.app.none", lang))
        return
    by_name = {entry.name: entry for entry in entries}
    name = st.radio(
        t("store.app.pick", lang),
        list(by_name),
        index=None,
        key="open_stored",
        format_func=lambda n: stored_label(by_name[n], lang),
    )
    chosen = None if name is None else by_name.get(name)
    if chosen is not None and chosen.version > 1:
        try:
            versions = {entry.id: entry for entry in store.versions(chosen.name)}
        except StoreError as exc:
            st.warning(store_error_text(exc, lang))
            return
        version_id = st.selectbox(
            t("store.app.version", lang),
            list(versions),
            key=f"open_stored_version:{chosen.name}",
            format_func=lambda i: version_label(versions[i], lang),
        )
        chosen = versions[version_id]
    opening = st.button(t("store.app.open", lang), disabled=chosen is None, key="open_stored_button", type="primary")
    if opening and chosen is not None:
        try:
            opened = store.get_by_id(chosen.id)
        except StoreError as exc:
            ss.update(S.message("error", store_error_text(exc, lang)))
        else:
            ss.update(S.scenario_opened(opened.scenario))
            done = t("store.app.opened", lang, name=opened.entry.name, version=opened.entry.version)
            ss.update(S.message("success", done))
        st.rerun()


def areas_ui(lang: str) -> None:
    """Use an own table of wijken or buurten (CSV) instead of the CBS wijken."""
    ss = session_state()
    box = st.sidebar.expander(t("app.areas.title", lang), expanded=False, key="areas_box", on_change="rerun")
    if not box.open:  # drawn only while open, as the box above
        return
    with box:
        st.caption(t("app.areas.help", lang))
        st.download_button(
            t("app.areas.template", lang),
            TEMPLATE_CSV.encode("utf-8"),
            file_name="budgetsim-gebieden.csv",
            mime="text/csv",
            on_click="ignore",
        )
        table = st.file_uploader(t("app.areas.upload", lang), key="areas_upload")
        if table is not None and ss.get("areas_upload_id") != table.file_id:
            ss["areas_upload_id"] = table.file_id
            if not table.name.lower().endswith((".csv", ".txt")):
                ss.update(S.message("error", t("nu.upload.not_table", lang, name=table.name)))
                st.rerun()
            try:
                areas = read_areas_csv(table.getvalue())
            except InputError as exc:
                ss.update(S.message("error", problem_text(t("app.areas.bad", lang, name=table.name), exc, lang)))
            else:
                ss.update(S.areas_opened(ss, areas))
                loaded = t("app.areas.done", lang, areas=t("count.areas", lang, count=len(areas)))
                ss.update(S.message("success", loaded))
            st.rerun()


def _open_bytes(content: bytes, name: str, lang: str) -> None:
    """Parse a scenario; on any problem keep the current scenario and list the problems."""
    ss = st.session_state
    try:
        scenario = parse_scenario(content)
    except InputError as exc:
        ss.update(S.message("error", problem_text(t("app.open.bad", lang, name=name), exc, lang)))
        return
    ss.update(S.scenario_opened(scenario))
    ss.update(S.message("success", t("app.open.done", lang, name=scenario.name or "–")))
