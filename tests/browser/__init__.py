"""End-to-end tests: the app in headless Chromium (Playwright) and axe-core; run with --browser (always on CI)."""
