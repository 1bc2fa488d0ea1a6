"""What a calibration says, in words and as JSON: for the command line, the app and the proposal.

:func:`basis_text` is where a fitted value came from ("Eigen campagne 'Afval 2026', maart 2026"),
read from the scenario's ``calibration`` record, so a saved scenario shows it too.
:func:`calibration_json` is the ``--json`` output of ``budgetsim calibrate``; :func:`summary_lines`
the readable one; both take the value names chosen (``calibrate --use``; None: every usable
value) and list every value not used with its reason, never as if it were used.
:func:`value_words` names a value of MODEL.md ("cpm_eur") in words, as the app offers it.
"""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date

from .assumption_text import assumption_value_text
from .assumptions import PARAMETER_BY_KEY
from .bands import TARGETABLE_BANDS
from .calibration.apply import (
    PRINT_VALUES,
    Calibration,
    chosen_values,
    not_used_values,
    print_record,
    social_record,
    values_not_used,
)
from .calibration.printfit import ANSWERS
from .calibration.survey import ANSWER_LABELS
from .formatting import LOCALES, fmt_eur, fmt_int, fmt_pct
from .i18n import band_label, t
from .scenario import Scenario

DECIMALS = 4

#: Every value a user can take or leave (MODEL.md "Plausibility before use") in words.
VALUE_WORDS = {
    "cpm_eur": "calibration.value.cpm_eur",
    "spread": "calibration.value.spread",
    "deliverable_accounts": "calibration.value.deliverable_accounts",
    "noticed_share": "calibration.value.noticed_share",
    "delivery_share": "calibration.value.delivery_share",
    "page_seen": "calibration.value.page_seen",
    "loyalty": "calibration.value.loyalty",
}


def value_words(name: str, lang: str) -> str:
    """A value name of MODEL.md (``cpm_eur``) in words: "de prijs per 1.000 vertoningen"."""
    return t(VALUE_WORDS[name], lang)


def not_used_words(calibration: Calibration, channel: str, chosen: frozenset[str], lang: str) -> dict[str, str]:
    """``{value name: reason in words}`` of every value of ``channel`` measured but not taken."""
    return {name: why.render(lang) for name, why in not_used_values(calibration, channel, chosen).items()}


def _month(day: str | None, lang: str) -> str:
    if not day:
        return ""
    return format_date(dt.date.fromisoformat(day), "LLLL y", locale=LOCALES[lang])


def _period(start: str | None, end: str | None, lang: str) -> str:
    if not start and not end:
        return ""
    first, last = _month(start or end, lang), _month(end or start, lang)
    return first if first == last else f"{first} – {last}"


def basis_text(record: dict, channel: str, lang: str = "nl") -> str:
    """Where the fitted values of ``channel`` ("social" or "print") came from, from the scenario's
    ``calibration.<channel>`` record: "Eigen campagne 'Afval 2026', maart 2026" or "Eigen
    lezersonderzoek (burgerpanel.csv, 812 respondenten), ingelezen november 2026"."""
    if channel == "social":
        names = record.get("campaigns") or []
        if names:
            key = "calibration.basis.campaigns" if len(names) > 1 else "calibration.basis.campaign"
            text = t(key, lang, names=", ".join(f"'{n}'" for n in names))
        else:
            text = t("calibration.basis.export", lang, source=record.get("source", ""))
        start, end = (list(record.get("period") or [None, None]) + [None, None])[:2]
        period = _period(start, end, lang)
        return f"{text}, {period}" if period else text
    text = t(
        "calibration.basis.survey", lang, source=record.get("source", ""), respondents=record.get("respondents", 0)
    )
    read = record.get("read_at")
    return f"{text}, {t('calibration.basis.read', lang, month=_month(read, lang))}" if read else text


def kept_basis(record: dict, lang: str = "nl") -> dict[str, str]:
    """``{assumption key: sentence}`` for every value a channel's ``calibration`` record lists
    under ``not_used``: "Blijft op de waarde van het scenario, niet uit de eigen cijfers (zelf niet
    gekozen)." Such a value is never called the gemeente's own figure."""
    out = {}
    for key, kept in values_not_used(record).items():
        text = kept.render(lang)
        out[key] = f"{text[:1].upper()}{text[1:]}."
    return out


def _r(value: float | None, decimals: int = DECIMALS):
    return None if value is None else round(float(value), decimals)


def _pair(bounds) -> list[float]:
    return [_r(bounds[0]), _r(bounds[1])]


def calibration_json(calibration: Calibration, lang: str = "en", use=None) -> dict:
    """``social`` and ``print``, each with its fitted values; a part not asked for (or not usable) is absent.

    ``ranges`` maps each fitted parameter to ``[low, high]``; for ``platform_share`` and
    ``page_seen`` it is a factor on every band's value, as in the scenario's ``uncertainty.ranges``.
    ``used`` names the values taken (``use``, or every usable one), ``not_used`` gives every other
    measured value with its reason in words (SCENARIO.md 2.1); ``social.slices`` is the breakdown
    found (or None) and ``social.notes`` says how the export was read.
    """
    chosen = chosen_values(calibration, use)
    out: dict = {}
    fit = calibration.social
    if fit is not None:
        out["social"] = {
            "cpm_eur": _r(fit.cpm_eur),
            "spread": _r(fit.spread),
            "deliverable_accounts": round(fit.deliverable_accounts),
            "platform_share": {b: _r(v) for b, v in fit.platform_share.items()},
            "on_target_share": _r(fit.on_target_share),
            "noticed_share": _r(fit.noticed_share),
            "ranges": {k: _pair(v) for k, v in fit.ranges.items()},
            "rows": [r.to_dict(lang) for r in fit.rows],
            "used": [n for n in fit.usable_names if n in chosen],
            "not_used": not_used_words(calibration, "social", chosen, lang),
            "slices": calibration.slices,
            "notes": [n.render(lang) for n in calibration.notes],
        }
    pfit = calibration.print
    if pfit is not None:
        out["print"] = {
            "delivery_share": _r(pfit.delivery_share),
            "page_seen": {b: _r(v) for b, v in pfit.page_seen.items()},
            "loyalty": _r(pfit.loyalty),
            "respondents": pfit.respondents,
            "ranges": {k: _pair(v) for k, v in pfit.ranges.items()},
            "used": [n for n in PRINT_VALUES if n in chosen],
            "not_used": not_used_words(calibration, "print", chosen, lang),
        }
    return out


# -- words ----------------------------------------------------------------------------------------


def _line(key: str, value: float, before: float, lang: str, bounds=None, factor: bool = False) -> str:
    label = PARAMETER_BY_KEY[key].label(lang)
    shown, was = assumption_value_text(key, value, lang), assumption_value_text(key, before, lang)
    if bounds is None:
        return f"  {label}: {t('calibration.cli.value', lang, value=shown, before=was)}"
    low, high = (bounds[0] * value, bounds[1] * value) if factor else bounds
    return f"  {label}: " + t(
        "calibration.cli.value_range",
        lang,
        value=shown,
        before=was,
        low=assumption_value_text(key, low, lang),
        high=assumption_value_text(key, high, lang),
    )


def _not_used_lines(calibration: Calibration, channel: str, chosen: frozenset[str], lang: str) -> list[str]:
    """Under "Niet gebruikt": each value measured but not taken, with why (it keeps the scenario's value)."""
    words = not_used_words(calibration, channel, chosen, lang)
    if not words:
        return []
    return ["  " + t("calibration.cli.not_used", lang)] + [
        f"    {value_words(name, lang)}: {why}" for name, why in words.items()
    ]


def _social_lines(calibration: Calibration, before: Scenario, chosen: frozenset[str], lang: str) -> list[str]:
    fit = calibration.social
    assert fit is not None and calibration.export is not None  # a social fit is made from an export
    social_before = before.assumptions.social
    record = social_record(fit, calibration.export, calibration.read_at, chosen)
    lines = [
        "",
        t("calibration.cli.social", lang, source=calibration.export.source),
        "  " + t("calibration.cli.basis", lang, basis=basis_text(record, "social", lang)),
    ]
    if "cpm_eur" in chosen:
        lines.append(_line("social.cpm_eur", fit.cpm_eur, social_before.cpm_eur, lang, fit.ranges["cpm_eur"]))
    if "spread" in chosen:
        lines.append(_line("social.spread", fit.spread, social_before.spread, lang, fit.ranges["spread"]))
    elif "spread" not in fit.fitted_names:
        label = PARAMETER_BY_KEY["social.spread"].label(lang)
        kept = assumption_value_text("social.spread", social_before.spread, lang)
        lines.append(f"  {label}: " + t("calibration.cli.kept", lang, value=kept))
    if "deliverable_accounts" in chosen:
        lines += _deliverable_lines(fit, social_before, lang)
    if "noticed_share" in chosen and fit.noticed_share is not None:  # chosen only when measured
        lines.append(
            _line(
                "social.noticed_share",
                fit.noticed_share,
                social_before.noticed_share,
                lang,
                fit.ranges["noticed_share"],
            )
        )
    elif fit.noticed_share is None:
        label = PARAMETER_BY_KEY["social.noticed_share"].label(lang)
        noticed = assumption_value_text("social.noticed_share", social_before.noticed_share, lang)
        lines.append(f"  {label}: " + t("calibration.cli.no_recall", lang, value=noticed))
    lines += _not_used_lines(calibration, "social", chosen, lang)
    lines.append("  " + t("calibration.cli.rows", lang, used=fit.rows_used, skipped=len(fit.rows_skipped)))
    for r in fit.rows:
        predicted = t("calibration.cli.predicted", lang, n=r.predicted_reach) if r.predicted_reach else ""
        text = t(
            "calibration.cli.row",
            lang,
            row=r.row,
            name=r.name or "–",
            spend="–" if r.spend_eur is None else fmt_eur(r.spend_eur, lang),
            impressions="–" if r.impressions is None else fmt_int(r.impressions, lang),
            reach="–" if r.reach is None else fmt_int(r.reach, lang),
            predicted=predicted,
        )
        if not r.used:
            text += "; " + t("calibration.cli.skipped", lang, why=r.why.render(lang) if r.why else "")
        lines.append("    " + text)
    if calibration.notes:
        lines.append("  " + t("calibration.cli.notes", lang))
        lines += [f"    {note.render(lang)}" for note in calibration.notes]
    return lines


def _deliverable_lines(fit, social_before, lang: str) -> list[str]:
    """The reachable accounts and the shares that follow from them (taken as one value)."""
    lines = ["  " + t("calibration.cli.deliverable", lang, n=fit.deliverable_accounts)]
    label = PARAMETER_BY_KEY["social.platform_share"].label(lang)
    low, high = fit.ranges["platform_share"]
    lines.append(f"  {label}:")
    for band in fit.fitted_bands:
        value = fit.platform_share[band]

        def share(x: float, band=band) -> str:
            return assumption_value_text("social.platform_share", x, lang, band=band)

        lines.append(
            f"    {band_label(band, lang)}: "
            + t(
                "calibration.cli.value_range",
                lang,
                value=share(value),
                before=share(social_before.platform_share[band]),
                low=share(min(1.0, value * low)),
                high=share(min(1.0, value * high)),
            )
        )
    if fit.on_target_lowered:
        lines.append(
            _line(
                "social.on_target_share",
                fit.on_target_share,
                social_before.on_target_share,
                lang,
                fit.ranges["on_target_share"],
            )
        )
    return lines


def _print_lines(calibration: Calibration, before: Scenario, chosen: frozenset[str], lang: str) -> list[str]:
    pfit = calibration.print
    assert pfit is not None and calibration.survey is not None  # a print fit is made from a survey
    print_before = before.assumptions.print
    record = print_record(pfit, calibration.survey, calibration.read_at, chosen)
    lines = [
        "",
        t("calibration.cli.print", lang, source=calibration.survey.source),
        "  " + t("calibration.cli.basis", lang, basis=basis_text(record, "print", lang)),
        "  " + t("calibration.cli.respondents", lang, n=pfit.respondents),
    ]
    if "delivery_share" in chosen:
        lines.append(
            _line(
                "print.delivery_share",
                pfit.delivery_share,
                print_before.delivery_share,
                lang,
                pfit.ranges["delivery_share"],
            )
        )
    if "page_seen" in chosen:
        label = PARAMETER_BY_KEY["print.page_seen"].label(lang)
        lines.append(f"  {label}:")
        for band in TARGETABLE_BANDS:

            def share(x: float, band=band) -> str:
                return assumption_value_text("print.page_seen", x, lang, band=band)

            if band in pfit.fitted_bands:
                low, high = pfit.page_seen_ranges[band]
                text = t(
                    "calibration.cli.value_range",
                    lang,
                    value=share(pfit.page_seen[band]),
                    before=share(print_before.page_seen[band]),
                    low=share(low),
                    high=share(high),
                )
            else:
                text = t("calibration.cli.kept", lang, value=share(print_before.page_seen[band]))
            lines.append(f"    {band_label(band, lang)}: {text}")
    if "loyalty" in chosen:
        lines.append(_line("print.loyalty", pfit.loyalty, print_before.loyalty, lang, pfit.ranges["loyalty"]))
    lines += _not_used_lines(calibration, "print", chosen, lang)
    answers = "; ".join(
        f"{ANSWER_LABELS[a][lang]} {fmt_pct(pfit.observed[a], lang, 0)} / {fmt_pct(pfit.expected[a], lang, 0)}"
        for a in ANSWERS
    )
    lines.append("  " + t("calibration.cli.answers", lang, answers=answers))
    return lines


def summary_lines(calibration: Calibration, before: Scenario, lang: str = "nl", use=None) -> list[str]:
    """The values taken (``use``; None: every usable one) beside the scenario's own, with their
    ranges; every value not taken under "niet gebruikt" with why; every row used or not; how the
    export was read; and the problems found in the files."""
    chosen = chosen_values(calibration, use)
    lines = [t("calibration.cli.head", lang, scenario=before.name or before.gemeente or "")]
    if calibration.social is not None:
        lines += _social_lines(calibration, before, chosen, lang)
    if calibration.print is not None:
        lines += _print_lines(calibration, before, chosen, lang)
    if calibration.problems:
        lines += ["", t("calibration.cli.problems", lang)]
        lines += [f"  {p.text(lang)}" for p in calibration.problems]
    return lines
