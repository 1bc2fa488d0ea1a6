"""Tests of budgetsim.proposal: the budget proposal's content, its PDF and Word file, and its command."""
