"""The floor of the load and first-screen benchmarks: a 4-line Streamlit app (a slider keyed
social_eur_slider, a metric, a 100-point line chart). Measure the project against it in the same run.

The shared floor of the team's benchmarks (``/work/shared/bench/floor_app.py``), formatted.
"""

import streamlit as st

st.set_page_config(layout="wide")
v = st.slider("Budget social media", 0, 50000, 5000, key="social_eur_slider")
st.metric("Inwoners bereikt", f"{v * 3:,}")
st.vega_lite_chart(
    {
        "data": {"values": [{"x": i, "y": (i * v) % 97} for i in range(100)]},
        "mark": "line",
        "encoding": {"x": {"field": "x", "type": "quantitative"}, "y": {"field": "y", "type": "quantitative"}},
    }
)
