"""budgetsim: how many residents does a gemeente reach with print and neighbourhood-targeted social ads.

The computing core (``bands``, ``areas``, ``assumptions``, ``reach``, ``model``, ``allocation``)
is pure numpy; the Streamlit app in ``app.py`` only draws widgets and wires them to it.
"""

__version__ = "0.1.0"
