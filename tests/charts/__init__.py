"""Tests of budgetsim.charts: the Vega-Lite specs, the map and what a screen reader gets."""
