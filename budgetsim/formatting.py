"""Numbers as a Dutch or English reader expects them, in text and in charts.

Dutch (``nl``) writes ``12.345``, ``€ 5.000``, ``€ 0,48`` and ``12,5 %``; English (``en``) writes
``12,345``, ``€5,000``, ``€0.48`` and ``12.5%``. Every function takes the language as ``"nl"`` or
``"en"`` and returns ``"–"`` for a missing value (``None`` or NaN), so a table never shows "nan".

For charts, :func:`d3_format_locale` gives the d3-format locale of a language and
:func:`vega_locale` the ``config.locale`` block of a Vega-Lite spec; with it the d3 format strings
:data:`D3_EUR`, :data:`D3_PCT` and :data:`D3_INT` print euros, percentages and counts the same way as
the functions below (Vega applies ``config.locale`` itself, in the browser and in vl-convert).
"""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal
from numbers import Real

from .i18n import LANGS

#: Shown where a value is missing.
MISSING = "–"

#: d3-format locale for Dutch (nl-NL): decimal comma, thousands dot, "€ " before amounts, " %".
NL_FORMAT_LOCALE: dict = {
    "decimal": ",",
    "thousands": ".",
    "grouping": [3],
    "currency": ["€ ", ""],
    "percent": " %",
}

#: d3-format locale for English with euros: decimal point, thousands comma, "€" before amounts.
EN_FORMAT_LOCALE: dict = {
    "decimal": ".",
    "thousands": ",",
    "grouping": [3],
    "currency": ["€", ""],
}

#: d3 format strings that follow the locale above.
D3_EUR = "$,.0f"  # € 5.000 / €5,000
D3_EUR_CENTS = "$,.2f"  # € 0,48 / €0.48
D3_PCT = ".0%"  # 12 % / 12%
D3_PCT1 = ".1%"  # 12,5 % / 12.5%
D3_INT = ",.0f"  # 12.345 / 12,345


def _check_lang(lang: str) -> str:
    if lang not in LANGS:
        raise ValueError(f"lang: must be one of {', '.join(LANGS)} (got {lang!r})")
    return lang


def _missing(x) -> bool:
    if x is None:
        return True
    if isinstance(x, Real):
        return not math.isfinite(float(x))
    return False


def d3_format_locale(lang: str) -> dict:
    """The d3-format locale of ``lang`` (a fresh copy, safe to change)."""
    locale = NL_FORMAT_LOCALE if _check_lang(lang) == "nl" else EN_FORMAT_LOCALE
    return {k: (list(v) if isinstance(v, list) else v) for k, v in locale.items()}


def vega_locale(lang: str) -> dict:
    """``config.locale`` for a Vega-Lite spec: ``{"number": <d3 format locale>}``."""
    return {"number": d3_format_locale(lang)}


def _rounded(value: float, decimals: int) -> Decimal:
    """``value`` rounded half away from zero, as people round (12,25 -> 12,3), from its shortest repr."""
    return Decimal(repr(float(value))).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def _grouped(value: float, lang: str, decimals: int) -> str:
    """``abs(value)`` with thousands separators and ``decimals`` decimals, in the language's style."""
    text = f"{abs(_rounded(value, decimals)):,.{decimals}f}"
    if lang == "nl":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text


def _sign(value: float, decimals: int, signed: bool) -> str:
    """"-" for a negative value that does not round to zero; "+" when ``signed`` and positive."""
    rounded = _rounded(value, decimals)
    if rounded < 0:
        return "-"
    if signed and rounded > 0:
        return "+"
    return ""


def fmt_num(x, lang: str, decimals: int = 0, *, signed: bool = False) -> str:
    """A number: ``fmt_num(1234.5, "nl", 1) == "1.234,5"``, ``fmt_num(1234.5, "en", 1) == "1,234.5"``.

    ``signed=True`` puts "+" before positive numbers (for differences).
    """
    _check_lang(lang)
    if _missing(x):
        return MISSING
    value = float(x)
    return _sign(value, decimals, signed) + _grouped(value, lang, decimals)


def fmt_int(x, lang: str, *, signed: bool = False) -> str:
    """A whole number: ``"12.345"`` (nl), ``"12,345"`` (en)."""
    return fmt_num(x, lang, 0, signed=signed)


def fmt_eur(x, lang: str, decimals: int = 0, *, signed: bool = False) -> str:
    """Euros: ``"€ 5.000"`` (nl), ``"€5,000"`` (en); with ``decimals=2``: ``"€ 0,48"`` / ``"€0.48"``.

    Negative amounts follow each language's custom: ``"€ -5.000"`` (nl), ``"-€5,000"`` (en).
    """
    _check_lang(lang)
    if _missing(x):
        return MISSING
    value = float(x)
    sign = _sign(value, decimals, signed)
    digits = _grouped(value, lang, decimals)
    return f"€ {sign}{digits}" if lang == "nl" else f"{sign}€{digits}"


def fmt_pct(share, lang: str, decimals: int = 1, *, signed: bool = False) -> str:
    """A share (0.125) as a percentage: ``"12,5 %"`` (nl), ``"12.5%"`` (en)."""
    _check_lang(lang)
    if _missing(share):
        return MISSING
    number = fmt_num(float(share) * 100.0, lang, decimals, signed=signed)
    return f"{number} %" if lang == "nl" else f"{number}%"


def fmt_pp(diff_share, lang: str, decimals: int = 1, *, short: bool = False) -> str:
    """A difference of two shares in percentage points, always signed: ``"+3,2 procentpunt"``
    (nl; ``short=True``: ``"+3,2 %-punt"``), ``"+3.2 pp"`` (en)."""
    _check_lang(lang)
    if _missing(diff_share):
        return MISSING
    number = fmt_num(float(diff_share) * 100.0, lang, decimals, signed=True)
    if lang == "nl":
        return f"{number} %-punt" if short else f"{number} procentpunt"
    return f"{number} pp"


def fmt_csv_number(x, lang: str, decimals: int = 2) -> str:
    """A number for a CSV file: no thousands separator; decimal comma in nl (Dutch Excel), point in en.

    Trailing zeros are dropped (``"12,5"``, ``"3"``); a missing value is an empty cell.
    """
    _check_lang(lang)
    if _missing(x):
        return ""
    text = f"{_rounded(float(x), decimals):.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    return text.replace(".", ",") if lang == "nl" else text


class AmountError(ValueError):
    """Typed text that is not an amount in the allowed range; :meth:`message` says why, per language."""

    def __init__(self, text: str, low: float, high: float):
        self.text, self.low, self.high = text, low, high
        super().__init__(self.message("en"))

    def message(self, lang: str) -> str:
        shown = self.text.strip()[:30]
        low, high = fmt_eur(self.low, lang), fmt_eur(self.high, lang)
        if lang == "nl":
            what = f"“{shown}” is geen bedrag dat kan" if shown else "Er staat geen bedrag"
            return f"{what}: typ een bedrag in euro's tussen {low} en {high}, bijvoorbeeld 12.500."
        what = f"“{shown}” is not an amount that works" if shown else "There is no amount"
        return f"{what}: type an amount in euros between {low} and {high}, for example 12,500."


_EURO_WORDS = ("euro's", "euros", "euro", "eur", "€")  # longest first


def parse_amount(text: str, low: float = 0.0, high: float = float("inf")) -> float:
    """Euros typed by a person, in Dutch or English notation: ``"12.500"``, ``"12,500"``, ``"€ 12.500,50"``,
    ``"12500"``, ``"12,5"``. Raises :class:`AmountError` unless it is a number in ``[low, high]``.

    A separator that occurs more than once, or once with exactly three digits after it, groups
    thousands ("12.500" is twelve thousand five hundred in both languages); with both "." and ","
    the last one is the decimal separator.
    """
    raw = str(text)
    s = raw.strip().lower().replace("\u00a0", "").replace(" ", "").replace("_", "")
    for word in _EURO_WORDS:
        s = s.replace(word, "")
    s = s.rstrip(",.-")  # "12.500,-" (Dutch for whole euros)
    if not s or not all(c.isdigit() or c in ".," for c in s) or not any(c.isdigit() for c in s):
        raise AmountError(raw, low, high)
    def ungrouped(whole: str, sep: str) -> str:
        groups = whole.split(sep)
        if not 1 <= len(groups[0]) <= 3 or any(len(g) != 3 for g in groups[1:]):
            raise AmountError(raw, low, high)  # "1.23.4": not thousands
        return "".join(groups)

    if "." in s and "," in s:
        decimal = "." if s.rfind(".") > s.rfind(",") else ","
        grouping = "," if decimal == "." else "."
        whole, _, fraction = s.rpartition(decimal)
        if decimal in whole:
            raise AmountError(raw, low, high)
        s = ungrouped(whole, grouping) + "." + fraction
    elif "." in s or "," in s:
        sep = "." if "." in s else ","
        head, _, tail = s.rpartition(sep)
        if s.count(sep) > 1 or (len(tail) == 3 and head):
            s = ungrouped(s, sep)
        else:
            s = s.replace(sep, ".")
    try:
        value = float(s)
    except ValueError:
        raise AmountError(raw, low, high) from None
    if not math.isfinite(value) or not low <= value <= high:
        raise AmountError(raw, low, high)
    return value
