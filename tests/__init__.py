"""budgetsim's tests: the folders mirror the package; ``browser`` holds the end-to-end tests."""
