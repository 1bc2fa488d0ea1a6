"""Fixtures of the app's tests (AppTest): a store of its own for each test, and the bytes a download
button hands to the browser."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def own_store(monkeypatch, tmp_path):
    """Each test's app keeps its scenarios and drafts in a new SQLite file (the laptop's store), so
    no test sees another's draft offered back."""
    from budgetsim.ui.storage import hosting

    monkeypatch.setenv("BUDGETSIM_DATA_DIR", str(tmp_path / "data"))
    for variable in ("BUDGETSIM_DATABASE_URL", "BUDGETSIM_ORG_CLAIM"):
        monkeypatch.delenv(variable, raising=False)
    hosting.clear()
    yield tmp_path / "data"
    hosting.clear()


@pytest.fixture
def media(monkeypatch):
    """``fetch(button)``: the bytes a download button hands to the browser, as the server makes them.

    A deferred download (``data`` is a function, made only on click) is executed outside any script
    run, exactly as Streamlit's server does when the button is clicked.
    """
    import streamlit.testing.v1.app_test as app_test_module
    from streamlit.runtime.media_file_manager import MediaFileManager

    if not hasattr(MediaFileManager, "execute_deferred"):
        pytest.skip("this Streamlit version has no deferred downloads")
    managers: list[MediaFileManager] = []

    class Recording(MediaFileManager):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            managers.append(self)

    monkeypatch.setattr(app_test_module, "MediaFileManager", Recording)

    def fetch(button) -> bytes:
        manager = managers[-1]
        url = (
            manager.execute_deferred(button.proto.deferred_file_id)
            if button.proto.deferred_file_id
            else button.proto.url
        )
        return manager._storage.get_file(url.rsplit("/", 1)[-1]).content

    return fetch
