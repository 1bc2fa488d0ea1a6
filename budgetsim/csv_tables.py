"""Tables to take away as CSV that a spreadsheet opens without questions: the results per wijk (or
buurt), the plan to type into Ads Manager, per ad set and per campaign, and the best reach for each
total budget (``budgetsim frontier --csv``).

UTF-8 with a byte-order mark (so Excel reads "€" and "ë"), CRLF line ends. Dutch (``nl``): ";"
between fields and a decimal comma, as Dutch Excel expects; English: "," and a decimal point.
"""

from __future__ import annotations

import csv
import io

from .formatting import csv_delimiter, fmt_csv_number
from .i18n import t

CSV_COLUMNS = (
    # (area_rows key, i18n key, kind)
    ("code", "csv.code", "text"),
    ("name", "csv.name", "text"),
    ("ad_set", "csv.ad_set", "text"),
    ("postcodes", "csv.postcodes", "list"),
    ("target_population", "csv.target_population", "count"),
    ("audience", "csv.audience", "count"),
    ("eligible", "csv.eligible", "bool"),
    ("social_eur", "csv.social_eur", "eur"),
    ("reached", "csv.reached", "count"),
    ("reached_print", "csv.reached_print", "count"),
    ("reached_social", "csv.reached_social", "count"),
    ("reached_3plus", "csv.reached_3plus", "count"),
    ("reach_share", "csv.reach_share", "pct"),
    ("marginal_reach_per_100_eur", "csv.marginal", "num"),
)


def area_results_csv(evaluation, lang: str) -> bytes:
    """The results per wijk (per buurt at buurt level: "Buurtcode", "Buurt") as CSV that a
    spreadsheet opens without questions.

    UTF-8 with a byte-order mark (so Excel reads "€" and "ë"), CRLF line ends. Dutch (``nl``):
    ";" between fields and a decimal comma, as Dutch Excel expects; English: "," and a decimal
    point. No thousands separators. The figures are those of the screen's table and ``evaluate``
    (:meth:`budgetsim.model.Evaluation.shown_area_rows`): residents whole and euros whole (written
    with two decimals), each column adding up to its rounded total (largest remainder), an area's
    euros and audience those of its ad set in the Ads Manager plan; the share reached is a
    percentage with one decimal.
    """
    t("csv.code", lang)  # validates lang
    table = ([row[field] for field, _, _ in CSV_COLUMNS] for row in evaluation.shown_area_rows())
    return _csv_bytes(area_columns(evaluation.model.areas.level), table, lang)


def area_columns(level: str | None) -> tuple[tuple[str, str, str], ...]:
    """:data:`CSV_COLUMNS` in the words of the level: "Buurtcode" and "Buurt" at buurt level."""
    if level != "buurt":
        return CSV_COLUMNS
    buurt = {"code": "csv.code.buurt", "name": "csv.name.buurt"}
    return tuple((field, buurt.get(field, key), kind) for field, key, kind in CSV_COLUMNS)


# -- the plan for Ads Manager, per ad set ------------------------------------------------------------
PLAN_CSV_COLUMNS = (
    # (PlanRow field, i18n key, kind)
    ("id", "csv.plan.id", "text"),
    ("name", "csv.plan.name", "text"),
    ("areas", "csv.plan.areas", "names"),
    ("postcodes", "csv.postcodes", "list"),
    ("audience_shown", "csv.audience", "count"),
    ("yearly_shown_eur", "csv.plan.yearly_eur", "eur"),
    ("weekly_shown_eur", "csv.plan.weekly_eur", "eur"),
)


def ads_manager_csv(evaluation, lang: str, weeks: float = 52.0) -> bytes:
    """The plan to type into Ads Manager as CSV, one row per funded ad set: id, name, its areas,
    postcodes, audience, yearly budget and budget per week, as shown (whole euros a year and cents a
    week that add up to the rounded totals: :func:`budgetsim.adsets.shown_budgets`, the figures the
    screen's table shows; the audience the sum of its areas' in the CSV per area). Same spreadsheet conventions as
    :func:`area_results_csv`. (A postcode can reach a little beyond the area: the screen says so,
    ``adsets.postcode_note``.)"""
    t("csv.plan.id", lang)  # validates lang
    table = ([getattr(row, field) for field, _, _ in PLAN_CSV_COLUMNS] for row in evaluation.ads_manager_plan(weeks))
    return _csv_bytes(PLAN_CSV_COLUMNS, table, lang)


# -- the plan for Ads Manager, per campaign ------------------------------------------------------------
CAMPAIGN_PLAN_CSV_COLUMNS = (
    # (CampaignPlanRow field, i18n key, kind)
    ("campaign", "csv.campaign.campaign", "text"),
    ("ad_set", "csv.campaign.ad_set", "text"),
    ("ad_set_name", "csv.campaign.ad_set_name", "text"),
    ("postcodes", "csv.postcodes", "list"),
    ("bands", "csv.campaign.ages", "names"),
    ("start", "csv.campaign.start", "date"),
    ("end", "csv.campaign.end", "date"),
    ("total_shown_eur", "csv.campaign.total_eur", "eur"),
    ("weekly_shown_eur", "csv.campaign.weekly_eur", "eur"),
)


def campaign_plan_csv(rows, lang: str) -> bytes:
    """The Ads Manager plan per campaign as CSV (rows from
    :func:`budgetsim.campaigns.campaign_ads_plan`): campaign, ad set, postcodes, age bands, start and
    end date (ISO dates), euros for the campaign and per week. Conventions as :func:`area_results_csv`."""
    t("csv.campaign.campaign", lang)  # validates lang
    table = ([getattr(row, field) for field, _, _ in CAMPAIGN_PLAN_CSV_COLUMNS] for row in rows)
    return _csv_bytes(CAMPAIGN_PLAN_CSV_COLUMNS, table, lang)


# -- the best reach for each total budget (``budgetsim frontier --csv``) ---------------------------------
FRONTIER_CSV_COLUMNS = (
    # (point key, i18n key, kind)
    ("total_eur", "csv.frontier.total_eur", "eur"),
    ("print_eur", "csv.frontier.print_eur", "eur"),
    ("social_eur", "csv.social_eur", "eur"),
    ("reached", "csv.reached", "count"),
    ("reach_share", "csv.reach_share", "pct"),
    ("extra_reached_per_1000_eur", "csv.frontier.extra", "num"),
    ("unspent_eur", "csv.frontier.unspent_eur", "eur"),
    ("print_price_estimated", "csv.frontier.price_estimated", "bool"),
)


def frontier_csv(points, lang: str) -> bytes:
    """The points of ``budgetsim frontier`` (dicts with the keys of :data:`FRONTIER_CSV_COLUMNS`, as
    in ``--json``) as CSV, one row per total budget, with the conventions of
    :func:`area_results_csv`: headers in ``lang``, euros with two decimals, residents whole, the
    share reached in percent and the extra reached per € 1.000 with one decimal (empty on the first
    row), whether the price per page is an estimate as yes/no."""
    t("csv.frontier.total_eur", lang)  # validates lang
    table = ([point[field] for field, _, _ in FRONTIER_CSV_COLUMNS] for point in points)
    return _csv_bytes(FRONTIER_CSV_COLUMNS, table, lang)


def _csv_bytes(columns, table, lang: str) -> bytes:
    """``table`` (rows of values in the order of ``columns``, each ``(field, i18n key, kind)``) as
    CSV bytes: a header of the columns' texts, each value written by :func:`_csv_cell`, UTF-8 with
    a byte-order mark, CRLF line ends, the language's delimiter."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=csv_delimiter(lang), lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow([t(key, lang) for _, key, _ in columns])
    for values in table:
        writer.writerow([_csv_cell(value, kind, lang) for value, (_, _, kind) in zip(values, columns, strict=True)])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _csv_cell(value, kind: str, lang: str) -> str:
    """One value as a CSV cell, by its column's kind: ``text`` (None is empty), ``list`` (joined by
    spaces), ``names`` (joined by ", "), ``bool`` (yes/no in ``lang``), ``date`` (ISO), ``count``
    (whole), ``eur`` (always two decimals: "8,96", "6,70", "466,00"), ``pct`` (a share times 100,
    always one decimal: "85,5", "85,0"), ``num`` (always one decimal: "100,9", "99,0"): one way of
    writing per kind of column, so a column reads alike and Excel shows it alike."""
    if kind == "text":
        return "" if value is None else str(value)
    if kind == "list":
        return " ".join(str(v) for v in value)
    if kind == "names":
        return ", ".join(value)
    if kind == "bool":
        return t("common.yes" if value else "common.no", lang)
    if kind == "date":
        return value.isoformat()
    if kind == "count":
        return fmt_csv_number(round(value), lang, 0)
    if kind == "eur":
        return fmt_csv_number(value, lang, 2, fixed=True)
    if kind == "pct":
        return fmt_csv_number(100.0 * value, lang, 1, fixed=True)
    if kind == "num":
        return fmt_csv_number(value, lang, 1, fixed=True)
    raise ValueError(f"kind: unknown CSV column kind {kind!r}")
