"""Tests of budgetsim.calibration: reading and fitting own figures, and applying them to a scenario."""
