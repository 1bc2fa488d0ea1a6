"""Tests of budgetsim.scenario: the scenario file, its messages and its atomic save."""
