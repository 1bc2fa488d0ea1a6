"""The browser session's state (``st.session_state``), typed as the app uses it."""

from __future__ import annotations

from collections.abc import MutableMapping
from typing import Any, cast


def session_state() -> MutableMapping[str, Any]:
    """``st.session_state``: the app's keys are all text (Streamlit's own type also allows ``int``
    keys, which the app never uses), so the state functions of :mod:`budgetsim.ui.state` take it as
    the mapping of text keys they are written for."""
    import streamlit as st

    return cast("MutableMapping[str, Any]", st.session_state)
