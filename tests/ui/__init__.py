"""Tests of budgetsim.ui: the state and the screen modules without Streamlit, and the app through AppTest."""
