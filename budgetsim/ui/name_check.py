"""A document that cannot contradict itself: a typed name over settings that changed since it was
typed, saved or opened is flagged where the user saves or exports, with one click to update it (the
name then follows the settings) or to confirm it."""

from __future__ import annotations

import streamlit as st

from ..formatting import fmt_eur
from ..i18n import t
from . import state as S
from .session import session_state


def name_check_ui(lang: str, key: str) -> None:
    """The flag, when the typed name may no longer fit the settings (``key`` keeps the buttons of
    the save part and the export part apart)."""
    ss = session_state()
    if not S.name_out_of_date(ss):
        return
    new_name = S.auto_name(ss, lang)
    st.warning(
        t(
            "nu.name.stale",
            lang,
            name=ss["name"],
            print=fmt_eur(ss["print_eur"], lang),
            social=fmt_eur(ss["social_eur"], lang),
        ),
        icon=":material/edit_note:",
    )
    update, keep = st.columns(2)
    update.button(
        t("nu.name.update", lang, name=new_name),
        key=f"name_update_{key}",
        on_click=_update,
        args=(lang,),
        type="primary",
    )
    keep.button(t("nu.name.keep", lang), key=f"name_keep_{key}", on_click=mark_named)


def _update(lang: str) -> None:
    ss = session_state()
    ss.update(S.name_updated(ss, lang))


def mark_named() -> None:
    """The settings now are what the name speaks about (the user saved the file, or confirmed the name)."""
    ss = session_state()
    ss.update(S.settings_named(ss))
