"""The app and the store: who is using it, their organisation's scenarios, and the plan kept as a draft.

- :func:`gate_ui` runs first: a server that may not start shows the one sentence of
  :func:`~budgetsim.store.check_startup` (and logs it); with a login configured (``[auth]`` in
  ``.streamlit/secrets.toml``) it asks to log in and takes the organisation from the claim named by
  ``BUDGETSIM_ORG_CLAIM`` (a login without it, or with several, is refused in one sentence); without
  a login everybody is :data:`~budgetsim.store.LOCAL` (the laptop tool).
- :func:`session_store` is the session's :class:`~budgetsim.store.ScenarioStore` (one engine per
  process and database, :func:`database`).
- :class:`DraftKeeper` keeps the plan being edited as a draft: at most once every
  :data:`~budgetsim.store.DRAFT_INTERVAL_S` seconds per browser session, written by a timer thread
  so that a run never waits for the database; :func:`draft_offer_ui` offers the newest draft back
  on the next page load.
- :func:`footer_ui` says who is logged in, or that this is the laptop tool.

A database that is down or full is one sentence on screen; the plan stays in the session.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

import streamlit as st
from sqlalchemy import Engine

from ..i18n import t
from ..scenario import Scenario, parse_scenario, scenario_to_json
from ..store import (
    DRAFT_INTERVAL_S,
    LOCAL,
    CorruptDocument,
    Draft,
    HostingSettings,
    Identity,
    LoginRefused,
    ScenarioStore,
    StartRefused,
    StoredVersion,
    StoreError,
    StoreUnavailable,
    check_startup,
    identity_from_claims,
    open_database,
)
from . import state as S

LOGGER = logging.getLogger("budgetsim")
#: Times are shown as the gemeente's clock shows them.
LOCAL_TIME = ZoneInfo("Europe/Amsterdam")
#: Session keys: who is using the app, this browser session's id, its draft keeper, the draft offered.
IDENTITY_KEY = "store_identity"
SESSION_ID_KEY = "store_session_id"
KEEPER_KEY = "draft_keeper"
OFFER_KEY = "draft_offer"
#: The characters Markdown (as Streamlit renders it) gives a meaning.
MARKDOWN_CHARS = frozenset("\\`*_{}[]()<>#+-.!|~:$")
#: How soon a draft write the store declined (written too recently by its clock) is tried again.
RETRY_S = 1.0


# -- the hosting settings and the gate --------------------------------------------------------------


@dataclass(frozen=True)
class Hosting:
    """This process's settings: where the store is, whether a login is configured, and why it may
    not start (None: it may)."""

    settings: HostingSettings
    login_configured: bool
    refusal: StartRefused | None


def login_configured() -> bool:
    """True when ``.streamlit/secrets.toml`` has an ``[auth]`` section (Streamlit's ``st.login``)."""
    return st.secrets.load_if_toml_exists() and "auth" in st.secrets


@st.cache_resource(show_spinner=False)
def hosting() -> Hosting:
    """The settings, read once per process; a refusal to start is logged here, once."""
    settings = HostingSettings.from_env()
    login = login_configured()
    try:
        check_startup(settings, login_configured=login)
    except StartRefused as exc:
        LOGGER.error("%s", exc.message("en"))
        return Hosting(settings, login, exc)
    return Hosting(settings, login, None)


def gate_ui(lang: str) -> Identity:
    """Who uses the app, or the one thing on the page and the run stops: the refusal to start, the
    login button, or why this login cannot be used."""
    place = hosting()
    if place.refusal is not None:
        st.error(place.refusal.message(lang))
        st.stop()
    if not place.login_configured:
        identity = LOCAL
    elif not st.user.is_logged_in:
        st.title("budgetsim")
        st.write(t("store.login.ask", lang))
        if st.button(t("store.login.button", lang), type="primary", key="login"):
            st.login()
        st.stop()
    else:
        try:
            identity = identity_from_claims(st.user.to_dict(), place.settings.org_claim or "")
        except LoginRefused as exc:
            LOGGER.warning("login refused: %s", exc.message("en"))
            st.error(exc.message(lang))
            if st.button(t("store.logout", lang), key="logout_refused"):
                st.logout()
            st.stop()
    st.session_state[IDENTITY_KEY] = identity
    return identity


# -- the store of this session ----------------------------------------------------------------------

_engines: dict[str, Engine] = {}
_engines_lock = threading.Lock()


def database(address: str) -> Engine:
    """The engine of ``address``, opened (and migrated) once per process; a failed open is tried
    again the next time (:class:`~budgetsim.store.StoreUnavailable`)."""
    with _engines_lock:
        if address not in _engines:
            _engines[address] = open_database(address)
        return _engines[address]


def store_for(settings: HostingSettings, identity: Identity) -> ScenarioStore:
    """The store of ``identity`` in the database of ``settings``."""
    return ScenarioStore(database(settings.database_address), identity)


def session_store() -> ScenarioStore:
    """The store of whoever uses this session (set by :func:`gate_ui`)."""
    return store_for(hosting().settings, st.session_state.get(IDENTITY_KEY, LOCAL))


def store_error_text(exc: StoreError, lang: str) -> str:
    """The one sentence for a store error; a database fault is also logged with the driver's words."""
    if isinstance(exc, StoreUnavailable) and exc.reason:
        LOGGER.warning("store unavailable: %s", exc.reason)
    return exc.message(lang)


def local_time(moment: datetime, lang: str) -> str:
    """A moment as the gemeente's clock shows it: ``12-03-2026 14:05`` (nl), ``2026-03-12 14:05`` (en)."""
    shown = moment.astimezone(LOCAL_TIME)
    return shown.strftime("%d-%m-%Y %H:%M" if lang == "nl" else "%Y-%m-%d %H:%M")


def version_label(entry: StoredVersion, lang: str) -> str:
    """One version of a stored scenario, to choose from: its number, when and who."""
    return t(
        "store.app.version_entry",
        lang,
        version=entry.version,
        when=local_time(entry.saved_at, lang),
        who=entry.saved_by,
    )


def stored_label(entry: StoredVersion, lang: str) -> str:
    """A stored scenario in the list to open from, on two lines: the name (and its newest version),
    then when and by whom (Markdown; the name's own Markdown characters are shown as typed)."""
    return t(
        "store.app.entry_lines",
        lang,
        name=escape_markdown(entry.name),
        version=entry.version,
        when=local_time(entry.saved_at, lang),
        who=escape_markdown(entry.saved_by),
    )


def escape_markdown(text: str) -> str:
    """``text`` with every Markdown character escaped, so it shows as typed."""
    return "".join("\\" + c if c in MARKDOWN_CHARS else c for c in text)


def store_version(scenario: Scenario, lang: str) -> tuple[str, str]:
    """Store the plan as a new version under its name; ``(kind, sentence)`` to show (kind
    ``success`` or ``error``). The session's drafts are no longer needed once it is stored."""
    try:
        store = session_store()
        stored = store.put(scenario)
    except StoreError as exc:
        return "error", store_error_text(exc, lang)
    keeper = st.session_state.get(KEEPER_KEY)
    if keeper is not None:
        keeper.stored(scenario)
    try:
        store.discard_drafts()
    except StoreError as exc:  # stored all the same; an old draft may be offered once more
        LOGGER.warning("drafts not removed after storing: %s", getattr(exc, "reason", "") or exc)
    return "success", t("store.app.stored", lang, name=stored.name, version=stored.version)


# -- drafts -----------------------------------------------------------------------------------------


def _timer(delay: float, action: Callable[[], None]) -> None:
    timer = threading.Timer(delay, action)
    timer.daemon = True
    timer.start()


class DraftKeeper:
    """One browser session's plan, kept as a draft: :meth:`offer` it on every run; it is written at
    most once every ``interval`` seconds, and the newest plan at the latest ``interval`` seconds
    after it changed (by ``schedule(delay, action)``, a timer thread in the app).

    ``write(scenario)`` stores the draft and returns False when the store declined it as too soon
    (it is then tried again after :data:`RETRY_S`); a :class:`StoreError` is kept in :attr:`failed`
    and the plan is written with the next offer. The plan the session started with is not a draft.
    """

    def __init__(
        self,
        write: Callable[[Scenario], bool],
        start: str,
        *,
        interval: float = DRAFT_INTERVAL_S,
        clock: Callable[[], float] = time.monotonic,
        schedule: Callable[[float, Callable[[], None]], None] = _timer,
    ):
        self._write, self._interval, self._clock, self._schedule = write, interval, clock, schedule
        self._lock = threading.Lock()
        self._start = start  # the plan the session started with: no draft
        self._kept: str | None = None  # the plan last written
        self._pending: str | None = None
        self._scheduled = False
        self._last_attempt = float("-inf")
        self.failed: StoreError | None = None

    def offer(self, scenario_json: str) -> None:
        """The plan on screen now (the scenario's JSON)."""
        with self._lock:
            self._pending = None if scenario_json in (self._start, self._kept) else scenario_json
            if self._pending is None or self._scheduled:
                return
            self._scheduled = True
            delay = max(0.0, self._last_attempt + self._interval - self._clock())
        self._schedule(delay, self._flush)

    def stored(self, scenario: Scenario) -> None:
        """The plan was stored as a version: no draft of it is needed."""
        with self._lock:
            self._kept = scenario_to_json(scenario)
            if self._pending == self._kept:
                self._pending = None

    def forget(self) -> None:
        """The drafts in the store were removed: the next plan offered is written again."""
        with self._lock:
            self._kept = None

    def _flush(self) -> None:
        with self._lock:
            text, self._pending = self._pending, None
            self._last_attempt = self._clock()
        written, retry = False, None
        if text is not None:
            try:
                written = self._write(parse_scenario(text))
            except StoreError as exc:
                LOGGER.warning("draft not kept: %s", getattr(exc, "reason", "") or exc)
                self.failed = exc
            else:
                self.failed = None
                retry = None if written else RETRY_S
        with self._lock:
            if written:
                self._kept = text
            elif text is not None and self._pending is None:
                self._pending = text  # not written: the newest plan is still this one
            if self._pending is None or self.failed is not None:
                self._scheduled = False  # after a fault, the next offer tries again
                return
            delay = self._interval if retry is None else retry
        self._schedule(delay, self._flush)


def keep_draft(scenario_json: str) -> None:
    """Offer the plan on screen to this session's :class:`DraftKeeper` (made on the first run, with
    that run's plan as its start)."""
    ss = st.session_state
    keeper = ss.get(KEEPER_KEY)
    if keeper is None:
        session_id = ss.setdefault(SESSION_ID_KEY, uuid.uuid4().hex)
        store = session_store_or_none()
        if store is None:
            return
        ss[KEEPER_KEY] = DraftKeeper(lambda scenario: store.save_draft(session_id, scenario), scenario_json)
        return
    keeper.offer(scenario_json)


def session_store_or_none() -> ScenarioStore | None:
    """:func:`session_store`, or None when the database cannot be opened (said elsewhere)."""
    try:
        return session_store()
    except StoreError:
        return None


def draft_offer_ui(lang: str) -> None:
    """On a page load, the user's newest draft (from a session that is gone, on any process) is
    offered back: "Verder met uw concept van <time>?". Taking it opens it; declining removes the
    drafts. A damaged draft is reported and removed; a database fault is one sentence."""
    ss = st.session_state
    if OFFER_KEY not in ss:
        ss[OFFER_KEY] = None
        try:
            ss[OFFER_KEY] = session_store().latest_draft()
        except CorruptDocument as exc:
            st.warning(exc.message(lang))
            _discard_drafts(lang)
        except StoreError as exc:
            st.warning(store_error_text(exc, lang))
    draft: Draft | None = ss[OFFER_KEY]
    if draft is None:
        return
    with st.container(border=True):
        st.markdown(t("store.draft.offer", lang, when=local_time(draft.saved_at, lang)))
        go_on, start_again, _ = st.columns([1, 1, 3])
        if go_on.button(t("store.draft.take", lang), type="primary", key="draft_take"):
            ss[OFFER_KEY] = None
            ss.update(S.scenario_opened(draft.scenario))
            ss.update(S.message("success", t("store.draft.taken", lang)))
            _discard_drafts(lang)
            st.rerun()
        if start_again.button(t("store.draft.decline", lang), key="draft_decline"):
            ss[OFFER_KEY] = None
            _discard_drafts(lang)
            st.rerun()


def _discard_drafts(lang: str) -> None:
    ss = st.session_state
    try:
        session_store().discard_drafts()
    except StoreError as exc:
        ss.update(S.message("error", store_error_text(exc, lang)))
        return
    keeper = ss.get(KEEPER_KEY)
    if keeper is not None:
        keeper.forget()


def draft_problem_ui(lang: str) -> None:
    """One sentence while the last draft could not be written (the plan stays in this window)."""
    keeper = st.session_state.get(KEEPER_KEY)
    if keeper is not None and keeper.failed is not None:
        st.warning(keeper.failed.message(lang))


# -- the footer -------------------------------------------------------------------------------------


def footer_ui(lang: str) -> None:
    """Who is logged in and for which organisation, with a logout; or that this is the laptop tool."""
    identity = st.session_state.get(IDENTITY_KEY, LOCAL)
    if not hosting().login_configured:
        st.caption(t("store.footer.local", lang, org=identity.organisation))
        return
    text, out = st.columns([5, 1])
    text.caption(t("store.footer.user", lang, name=identity.display_name, org=identity.organisation))
    if out.button(t("store.logout", lang), key="logout"):
        st.logout()
