"""Problems and reasons of the calibration, as message keys with parameters.

The texts (Dutch at B1 level, and English) live in the catalogue :mod:`budgetsim.i18n` under
``calibration.``; code here only says *what* is wrong. A place in a file is a row and a column as
the file shows them: ``rij 5, kolom Bereik`` / ``row 5, column Reach``.
"""

from __future__ import annotations

from ..problems import InputError, Message, Problem


def reason(key: str, **params) -> Message:
    """Why a row is not used: a :class:`~budgetsim.problems.Message` (``.render(lang)``)."""
    return Message(key, **params)


def where(row: int | None = None, column: str | None = None, *, file: bool = False) -> Message | None:
    """The place of a problem in a file, as a Message; None for a problem without a place."""
    if row is None and column is None:
        return Message("where.file") if file else None
    if row is None:
        return Message("where.column", column=column)
    if column is None:
        return Message("calibration.where.row", row=row)
    return Message("calibration.where.row_column", row=row, column=column)


def problem(key: str, row: int | None = None, column: str | None = None, *, file: bool = False, **params) -> Problem:
    """A :class:`~budgetsim.problems.Problem` at ``row``/``column`` (or the whole file) for ``key``."""
    place = where(row, column, file=file)
    return Problem.of(None if place is not None else "", key, where=place, **params)


def file_error(key: str, **params) -> InputError:
    """An :class:`~budgetsim.problems.InputError` about the whole file."""
    return InputError(problem(key, file=True, **params))


def in_file(found: Problem, name: str) -> Problem:
    """The same problem with the file's name in front of its place: ``export.csv, rij 5, kolom Bereik``."""
    if found.where is None and found.path in ("", "file"):
        return Problem(name, found.what)
    if found.where is not None and found.where.key == "where.file":
        return Problem(name, found.what)
    place = found.where if found.where is not None else found.path
    return Problem(None, found.what, where=Message("calibration.where.in_file", file=name, where=place))
