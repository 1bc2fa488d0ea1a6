"""Numbers and dates as a Dutch or English reader expects them, in text and in charts.

Dutch (``nl``) writes ``12.345``, ``€ 5.000``, ``€ 0,48`` and ``12,5 %``; English (``en``) writes
``12,345``, ``€5,000``, ``€0.48`` and ``12.5%``. Every function takes the language as ``"nl"`` or
``"en"`` and returns ``"–"`` for a missing value (``None`` or NaN), so a table never shows "nan".

The symbols and patterns come from the CLDR data that Babel ships (locales :data:`LOCALES`): decimal
and grouping signs, plus and minus, the euro pattern (``¤ #,##0.00;¤ -#,##0.00`` in Dutch,
``¤#,##0.00`` in English, hence ``€ -5.361`` and ``-€5,361``) and the long date (``d MMMM y``).
Two house rules sit on top, in :data:`PERCENT_PATTERNS` and :func:`_plain`: Dutch writes a space
before ``%`` (CLDR has none), and every space is an ordinary one (CLDR puts a no-break space after
``€``; CSV cells, chart labels and typed amounts use the ordinary one). Each language's
patterns are read from Babel once (:func:`number_style`); the digits are then written with
Python's own formatting, which is ten times faster than Babel's general pattern engine and gives
the same text (``tests/test_formatting.py`` checks it against ``babel.numbers``). Rounding is half
away from zero on the shortest decimal form of the number, as people round (12,25 -> 12,3).

For charts, :func:`d3_format_locale` gives the d3-format locale of a language (from the same
symbols) and :func:`vega_locale` the ``config.locale`` block of a Vega-Lite spec; with it the d3
format strings :data:`D3_EUR`, :data:`D3_PCT` and :data:`D3_INT` print euros, percentages and counts
the same way as the functions below (Vega applies ``config.locale`` itself, in the browser and in
vl-convert).

This module is the bottom of the text system: of budgetsim it imports only :mod:`budgetsim.problems`
(the language codes, and :class:`~budgetsim.problems.Message` for what is wrong with a typed amount);
:mod:`budgetsim.i18n` builds on it. The words it writes itself are units, like the signs ``€`` and
``%``: :data:`PERCENTAGE_POINT`.
"""

from __future__ import annotations

import datetime as _dt
import math
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import cache
from numbers import Real

from babel import Locale
from babel.dates import format_date as _babel_format_date
from babel.numbers import (
    get_currency_symbol,
    get_decimal_symbol,
    get_group_symbol,
    get_minus_sign_symbol,
    get_plus_sign_symbol,
    parse_pattern,
)

from .problems import LANGS, LOCALES, Message

#: Percent patterns where the house style differs from CLDR (None: the locale's own).
PERCENT_PATTERNS: dict[str, str | None] = {"nl": "#,##0 %", "en": None}
#: The currency of every amount.
CURRENCY = "EUR"

#: The unit of a difference of two percentages, per language: (written out, short).
PERCENTAGE_POINT: dict[str, tuple[str, str]] = {"nl": ("procentpunt", "%-punt"), "en": ("pp", "pp")}

#: Shown where a value is missing.
MISSING = "–"

#: d3 format strings that follow :func:`d3_format_locale`.
D3_EUR = "$,.0f"  # € 5.000 / €5,000
D3_EUR_CENTS = "$,.2f"  # € 0,48 / €0.48
D3_PCT = ".0%"  # 12 % / 12%
D3_PCT1 = ".1%"  # 12,5 % / 12.5%
D3_INT = ",.0f"  # 12.345 / 12,345


def _check_lang(lang: str) -> str:
    if lang not in LANGS:
        raise ValueError(f"lang: must be one of {', '.join(LANGS)} (got {lang!r})")
    return lang


def _plain(text: str) -> str:
    """CLDR's no-break spaces as ordinary spaces (the house rule above)."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")


@dataclass(frozen=True)
class Affixes:
    """What goes before and after the digits: of a positive number, of a negative one, and of a
    positive one written with its sign (the plus where the minus goes: "€ +5.000", "+€5,000")."""

    positive: tuple[str, str]
    negative: tuple[str, str]
    signed: tuple[str, str]


def _affixes(pattern, currency: str, minus: str, plus: str) -> Affixes:
    """The affixes of a parsed Babel pattern, with ``¤`` and the sign filled in."""

    def fill(text: str, sign: str) -> str:
        return _plain(text.replace("¤", currency).replace("-", sign))

    pos = (fill(pattern.prefix[0], minus), fill(pattern.suffix[0], minus))
    neg = (fill(pattern.prefix[1], minus), fill(pattern.suffix[1], minus))
    signed = (fill(pattern.prefix[1], plus), fill(pattern.suffix[1], plus))
    return Affixes(pos, neg, signed)


@dataclass(frozen=True)
class NumberStyle:
    """One language's CLDR number symbols and patterns, read from Babel (see :func:`number_style`)."""

    lang: str
    locale: str
    decimal: str
    group: str
    number: Affixes
    currency: Affixes
    percent: Affixes

    def digits(self, value: Decimal, decimals: int) -> str:
        """``abs(value)`` (already rounded) grouped by thousands, in this language's signs."""
        text = f"{abs(value):,.{decimals}f}"
        if (self.group, self.decimal) != (",", "."):
            text = text.replace(",", "\x00").replace(".", self.decimal).replace("\x00", self.group)
        return text


@cache
def number_style(lang: str) -> NumberStyle:
    """The :class:`NumberStyle` of ``lang`` (read from Babel once)."""
    locale = Locale.parse(LOCALES[_check_lang(lang)])
    minus, plus = get_minus_sign_symbol(locale), get_plus_sign_symbol(locale)
    euro = get_currency_symbol(CURRENCY, locale)
    percent = PERCENT_PATTERNS[lang]
    patterns = {
        "number": locale.decimal_formats[None],
        "currency": locale.currency_formats["standard"],
        "percent": parse_pattern(percent) if percent else locale.percent_formats[None],
    }
    for name, pattern in patterns.items():
        if tuple(pattern.grouping) != (3, 3):  # Python's "," groups by three only
            raise ValueError(f"{locale}: {name} pattern groups digits as {pattern.grouping}, not by three")
    return NumberStyle(
        lang=lang,
        locale=str(locale),
        decimal=get_decimal_symbol(locale),
        group=get_group_symbol(locale),
        **{name: _affixes(p, euro, minus, plus) for name, p in patterns.items()},
    )


def _missing(x) -> bool:
    if x is None:
        return True
    if isinstance(x, Real):
        return not math.isfinite(float(x))
    return False


def d3_format_locale(lang: str) -> dict:
    """The d3-format locale of ``lang`` (a fresh dict, safe to change): the symbols of
    :func:`number_style`, so charts write numbers as :func:`fmt_eur` and :func:`fmt_pct` do."""
    style = number_style(lang)
    locale = {
        "decimal": style.decimal,
        "thousands": style.group,
        "grouping": [3],
        "currency": list(style.currency.positive),
    }
    if style.percent.positive[1] != "%":  # d3's own default is "%"
        locale["percent"] = style.percent.positive[1]
    return locale


def vega_locale(lang: str) -> dict:
    """``config.locale`` for a Vega-Lite spec: ``{"number": <d3 format locale>}``."""
    return {"number": d3_format_locale(lang)}


def _rounded(value: float, decimals: int) -> Decimal:
    """``value`` rounded half away from zero, as people round (12,25 -> 12,3), from its shortest repr."""
    return Decimal(repr(float(value))).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def _write(affixes: Affixes, x, lang: str, decimals: int, signed: bool, scale: float = 1.0, trim: bool = False) -> str:
    """``x`` (times ``scale``) in ``affixes``, rounded to ``decimals``; "-" only for a negative
    number that does not round to zero, "+" for a positive one when ``signed``; ``trim`` drops
    trailing zeros of the decimals ("0,30" -> "0,3", "2,00" -> "2")."""
    if _missing(x):
        return MISSING
    rounded = _rounded(float(x) * scale if scale != 1.0 else float(x), decimals)
    if rounded < 0:
        before, after = affixes.negative
    elif signed and rounded > 0:
        before, after = affixes.signed
    else:
        before, after = affixes.positive
    style = number_style(lang)
    digits = style.digits(rounded, decimals)
    if trim and decimals > 0:
        digits = digits.rstrip("0").rstrip(style.decimal)
    return before + digits + after


def fmt_num(x, lang: str, decimals: int = 0, *, signed: bool = False, trim: bool = False) -> str:
    """A number: ``fmt_num(1234.5, "nl", 1) == "1.234,5"``, ``fmt_num(1234.5, "en", 1) == "1,234.5"``.

    ``signed=True`` puts "+" before positive numbers (for differences); ``trim=True`` drops
    trailing zeros of the decimals (``fmt_num(0.3, "nl", 2, trim=True) == "0,3"``).
    """
    return _write(number_style(lang).number, x, lang, decimals, signed, trim=trim)


def fmt_int(x, lang: str, *, signed: bool = False) -> str:
    """A whole number: ``"12.345"`` (nl), ``"12,345"`` (en)."""
    return _write(number_style(lang).number, x, lang, 0, signed)


def fmt_eur(x, lang: str, decimals: int = 0, *, signed: bool = False) -> str:
    """Euros: ``"€ 5.000"`` (nl), ``"€5,000"`` (en); with ``decimals=2``: ``"€ 0,48"`` / ``"€0.48"``.

    Negative amounts follow each language's custom: ``"€ -5.000"`` (nl), ``"-€5,000"`` (en).
    """
    return _write(number_style(lang).currency, x, lang, decimals, signed)


def fmt_page_price(price: float, lang: str) -> str:
    """A price per page: whole euros, with cents below € 100 (``€ 7,36``, not ``€ 7``)."""
    return fmt_eur(price, lang, 0 if price >= 100 else 2)


def fmt_pct(share, lang: str, decimals: int = 1, *, signed: bool = False, trim: bool = False) -> str:
    """A share (0.125) as a percentage: ``"12,5 %"`` (nl), ``"12.5%"`` (en); ``trim=True`` drops
    trailing zeros of the decimals (``"70 %"`` rather than ``"70,0 %"``)."""
    return _write(number_style(lang).percent, share, lang, decimals, signed, scale=100.0, trim=trim)


def fmt_pp(diff_share, lang: str, decimals: int = 1, *, short: bool = False) -> str:
    """A difference of two shares in percentage points, always signed: ``"+3,2 procentpunt"``
    (nl; ``short=True``: ``"+3,2 %-punt"``), ``"+3.2 pp"`` (en)."""
    _check_lang(lang)
    if _missing(diff_share):
        return MISSING
    number = fmt_num(float(diff_share) * 100.0, lang, decimals, signed=True)
    written_out, abbreviated = PERCENTAGE_POINT[lang]
    return f"{number} {abbreviated if short else written_out}"


def fmt_date(day: _dt.date, lang: str) -> str:
    """A date written out (CLDR's long date): ``"26 november 2025"`` (nl), ``"26 November 2025"`` (en)."""
    return _plain(_babel_format_date(day, "long", locale=LOCALES[_check_lang(lang)]))


def fmt_exact(value, lang: str = "en") -> str:
    """A number as given, every digit that matters, for messages about a user's input:
    ``10,000,000`` / ``10.000.000``, ``0.35`` / ``0,35``, ``-5`` (up to six decimals; very large
    and very small numbers in scientific notation). Infinite and NaN values come back as Python
    writes them."""
    try:
        value = float(value)
    except OverflowError:
        return str(value)[:15] + "…"
    if value != value or value in (float("inf"), float("-inf")):
        return str(value)
    if value == int(value) and abs(value) < 1e15:
        text = f"{int(value):,}"
    else:
        text = f"{value:,.6g}" if abs(value) >= 1e15 or abs(value) < 1e-4 else f"{value:,.6f}".rstrip("0").rstrip(".")
    style = number_style(lang)
    if (style.group, style.decimal) != (",", "."):
        text = text.replace(",", "\x00").replace(".", style.decimal).replace("\x00", style.group)
    return text


def fmt_csv_number(x, lang: str, decimals: int = 2, fixed: bool = False) -> str:
    """A number for a CSV file: no thousands separator; decimal comma in nl (Dutch Excel), point in en.

    Trailing zeros are dropped (``"12,5"``, ``"3"``) unless ``fixed`` (then always ``decimals``
    decimals: ``"12,50"``, ``"3,00"``, so a column reads alike); a missing value is an empty cell.
    """
    _check_lang(lang)
    if _missing(x):
        return ""
    rounded = _rounded(float(x), decimals)
    text = f"{abs(rounded) if rounded == 0 else rounded:.{decimals}f}"  # never "-0"
    if "." in text and not fixed:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", number_style(lang).decimal)


def csv_delimiter(lang: str) -> str:
    """The field separator a spreadsheet in ``lang`` expects: ";" where the decimal sign is a comma
    (Dutch Excel), "," elsewhere."""
    return ";" if number_style(lang).decimal == "," else ","


class AmountError(ValueError):
    """Typed text that is not an amount in the allowed range; :attr:`what` says why (a
    :class:`~budgetsim.problems.Message`), :meth:`message` writes it in a language."""

    def __init__(self, text: str, low: float, high: float, not_digits: str = ""):
        self.text, self.low, self.high = text, low, high
        shown = text.strip()[:30]
        if not shown:
            self.what = Message("amount.empty", low=low, high=high)
        elif not_digits:  # "1e6", "5k": signs that are no digit, whatever the number would be
            chars = ", ".join(f"‘{c}’" for c in not_digits)
            self.what = Message("amount.not_digits", text=shown, chars=chars, low=low, high=high)
        else:
            self.what = Message("amount.invalid", text=shown, low=low, high=high)
        super().__init__(self.what)

    def message(self, lang: str) -> str:
        return self.what.render(lang)


_EURO_WORDS = ("euro's", "euros", "euro", "eur", "€")  # longest first


def parse_amount(text: str, low: float = 0.0, high: float = float("inf")) -> float:
    """Euros typed by a person, in Dutch or English notation: ``"12.500"``, ``"12,500"``, ``"€ 12.500,50"``,
    ``"12500"``, ``"12,5"``. Raises :class:`AmountError` unless it is a number in ``[low, high]``
    written in digits with "." or "," (``"1e6"`` is refused as not digits, whatever its value).

    A separator that occurs more than once, or once with exactly three digits after it, groups
    thousands ("12.500" is twelve thousand five hundred in both languages); with both "." and ","
    the last one is the decimal separator.
    """
    raw = str(text)
    s = raw.strip().lower().replace("\u00a0", "").replace(" ", "").replace("_", "")
    for word in _EURO_WORDS:
        s = s.replace(word, "")
    s = s.rstrip(",.-")  # "12.500,-" (Dutch for whole euros)
    body = s[1:] if s.startswith("-") else s  # "-500": a number below the lowest, said as such
    not_digits = "".join(dict.fromkeys(c for c in body if not (c.isdigit() or c in ".,")))
    if not_digits:
        raise AmountError(raw, low, high, not_digits)
    if not s or s != body or not any(c.isdigit() for c in s):
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
