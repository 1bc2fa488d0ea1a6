"""Alembic's environment for the store: runs on the connection that :mod:`budgetsim.store.database`
hands over in ``config.attributes["connection"]`` (no alembic.ini, no URL of its own)."""

from alembic import context

from budgetsim.store.models import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
