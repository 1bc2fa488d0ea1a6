"""The tab "Campagnes": the year as campaigns (MODEL.md "Campaigns"). A table to add, edit and remove
campaigns (with examples to start from), the year's timeline, the figures per campaign beside the
year's, and the plan to type into Ads Manager per campaign (a table and a CSV)."""

from __future__ import annotations

import hashlib
import json

import pandas as pd
import streamlit as st

from .. import csv_tables
from ..bands import TARGETABLE_BANDS
from ..campaigns import CAMPAIGN_SPLITS, CampaignResult
from ..charts import ChartContext
from ..charts.campaigns import (
    area_names,
    bands_words,
    campaign_timeline,
    short_area_name,
    target_group_text,
    weeks_text,
)
from ..formatting import fmt_eur, fmt_int, fmt_pct
from ..i18n import band_label, render, t
from ..model import Evaluation, ReachModel
from ..planning import ScenarioPlan
from ..problems import InputError
from .campaign_state import (
    EXAMPLES_KEY,
    NEW_ROW,
    campaign_frame,
    campaigns_edited,
    examples_added,
    problem_field,
    table_entries,
)
from .results import scenario_of, scenario_plan
from .session import session_state
from .widgets import bound

#: Column labels of the table by field (also the words for a campaign's field in a refusal).
FIELD_KEYS = {
    "name": "campaigns.col.name",
    "first": "campaigns.col.first",
    "last": "campaigns.col.last",
    "weeks": "campaigns.col.weeks",
    "bands": "campaigns.col.bands",
    "areas": "campaigns.col.areas",
    "social_eur": "campaigns.col.social_eur",
    "in_paper": "campaigns.col.in_paper",
    "split": "campaigns.col.split",
    "example": "campaigns.col.example",
}


def campaigns_ui(scenario_json: str, lang: str) -> None:
    plan = scenario_plan(scenario_json)
    st.markdown(t("campaigns.intro", lang))
    st.caption(t("campaigns.rules", lang))
    examples_ui(plan, lang)
    table_ui(plan.model, lang)
    year = plan.campaign_year
    if year is None:
        st.info(t("campaigns.none", lang))
        return
    names = area_names(plan.model)
    rows = timeline_rows(year.campaigns, names, plan.model.areas.level, session_state().get(EXAMPLES_KEY) or [], lang)
    st.vega_lite_chart(spec=timeline_spec(scenario_json, lang, json.dumps(rows)), theme=None)
    st.markdown(f"**{t('campaigns.fig.title', lang)}**")
    st.caption(t("campaigns.fig.help", lang))
    st.dataframe(figures_frame(year.year, year.campaigns, names, plan.model.areas.level, lang), hide_index=True)
    for result in year.campaigns:
        if result.untargeted_reason is not None:
            st.warning(render(result.untargeted_reason, lang))
    ads_plan_ui(plan, lang)


def examples_ui(plan: ScenarioPlan, lang: str) -> None:
    """A button that adds the example campaigns (with the year they belong to)."""
    ss = session_state()
    left, right = st.columns([2, 1], vertical_alignment="bottom")
    with left:
        if st.button(
            t("campaigns.examples.add", lang), key="campaign_examples_add", help=t("campaigns.examples.help", lang)
        ):
            try:
                updates = examples_added(ss, plan.model, plan.plan_year, lang)
            except InputError as exc:
                st.error(refusal_text(exc, lang))
            else:
                if updates:
                    ss.update(updates)
                    st.rerun()
    with right:
        bound(
            st.number_input,
            "plan_year",
            t("campaigns.plan_year", lang),
            min_value=2000,
            max_value=2100,
            step=1,
            placeholder=str(plan.plan_year),
            help=t("campaigns.plan_year.help", lang),
        )


def area_options(model: ReachModel) -> dict[str, str]:
    """The areas a campaign can name, code -> name: at buurt level the wijken (all their buurten)
    and then the buurten; a name that occurs twice gets its code."""
    areas = model.areas
    options: dict[str, str] = {}
    if areas.level == "buurt" and areas.wijk_codes is not None:
        for code, name in zip(areas.wijk_codes, areas.wijk_names or areas.wijk_codes):
            options.setdefault(code, short_area_name(name))
    options.update((code, short_area_name(name)) for code, name in zip(areas.codes, areas.names))
    counts = pd.Series(list(options.values())).value_counts()
    return {code: f"{name} ({code})" if counts[name] > 1 else name for code, name in options.items()}


def table_key(campaigns: list, examples: list, lang: str) -> str:
    """A new table (its edits forgotten) whenever the plan's campaigns change, and only then."""
    digest = hashlib.sha1(json.dumps([campaigns, examples], sort_keys=True, default=str).encode()).hexdigest()
    return f"campaign_table_{lang}_{digest[:12]}"


def table_ui(model: ReachModel, lang: str) -> None:
    """The campaigns as an editable table. A table the scenario accepts becomes the plan's campaigns
    (the social budget their sum); otherwise every problem is said with the campaign's name and
    field, the table keeps what was typed and the plan its last valid campaigns."""
    ss = session_state()
    campaigns, examples = list(ss.get("campaigns") or []), list(ss.get(EXAMPLES_KEY) or [])
    frame = campaign_frame(campaigns, examples)
    options = area_options(model)
    for c in campaigns:  # codes from a file that are no option (pooled ad sets) stay readable
        for code in c.get("areas") or []:
            options.setdefault(code, area_names(model).get(code, code))
    col = st.column_config
    split_words = {s: t(f"campaigns.split.{s}", lang) for s in CAMPAIGN_SPLITS}
    # the weeks have no min or max here: the browser would put 60 back to 52 without a word; a week
    # outside 1–52 is refused with a message instead (table_entries)
    edited = st.data_editor(
        frame,
        key=table_key(campaigns, examples, lang),
        num_rows="dynamic",
        hide_index=True,
        disabled=["example"],
        column_config={
            "name": col.TextColumn(t(FIELD_KEYS["name"], lang), required=True, max_chars=200, pinned=True),
            "first": col.NumberColumn(t(FIELD_KEYS["first"], lang), step=1, default=NEW_ROW["first"]),
            "last": col.NumberColumn(t(FIELD_KEYS["last"], lang), step=1, default=NEW_ROW["last"]),
            "bands": col.MultiselectColumn(
                t(FIELD_KEYS["bands"], lang),
                options=list(TARGETABLE_BANDS),
                format_func=lambda b: b.replace("-", "–"),
                default=NEW_ROW["bands"],
                width="medium",
                help=t("campaigns.col.bands.help", lang),
            ),
            "areas": col.MultiselectColumn(
                t(FIELD_KEYS["areas"], lang),
                options=list(options),
                format_func=lambda code: options.get(code, code),
                help=t("campaigns.col.areas.help", lang),
                width="medium",
            ),
            # whole euros without a thousands separator: "localized" would follow the browser's
            # language (1,500 in a Dutch table), not the app's
            "social_eur": col.NumberColumn(t(FIELD_KEYS["social_eur"], lang), step=1, format="%d", default=0),
            "in_paper": col.CheckboxColumn(
                t(FIELD_KEYS["in_paper"], lang),
                default=True,
                help=t("campaigns.col.in_paper.help", lang),
                width="small",
            ),
            "split": col.SelectboxColumn(
                t(FIELD_KEYS["split"], lang),
                options=list(CAMPAIGN_SPLITS),
                format_func=lambda split: split_words[str(split)],
                default=NEW_ROW["split"],
                help=t("campaigns.col.split.help", lang),
            ),
            "example": col.CheckboxColumn(
                t(FIELD_KEYS["example"], lang), help=t("campaigns.col.example.help", lang), width="small"
            ),
        },
    )
    entries, problems = table_entries(edited)
    try:
        updates = campaigns_edited(ss, entries, problems)
    except InputError as exc:
        st.error(refusal_text(exc, lang))
        return
    if updates:
        ss.update(updates)
        st.rerun()


def refusal_text(exc: InputError, lang: str) -> str:
    """Why the table is not taken: a line per problem, the campaign's field first (its column's
    label), the campaign's name in the message."""
    lines = []
    for problem in exc.problems:
        field = problem_field(problem)
        if field in FIELD_KEYS:
            lines.append(f"- **{t(FIELD_KEYS[field], lang)}**: {problem.message(lang)}")
        else:
            lines.append(f"- {problem.text(lang)}")
    return t("campaigns.refused", lang) + "\n\n" + "\n".join(lines)


def _names_of(result: CampaignResult, names: dict[str, str]) -> list[str] | None:
    areas = result.campaign.areas
    return None if areas is None else [names.get(code, code) for code in areas]


def timeline_rows(results, names: dict[str, str], level: str | None, examples, lang: str) -> list[dict]:
    """The timeline's row per campaign (:func:`budgetsim.charts.campaigns.campaign_timeline`)."""
    return [
        {
            "name": r.campaign.name,
            "weeks": list(r.campaign.weeks),
            "target": target_group_text(r.campaign.bands, _names_of(r, names), level, lang),
            "social_eur": r.campaign.social_eur,
            "in_paper": r.campaign.in_paper,
            "example": r.campaign.name in examples,
            "reach_share": r.reach_share if r.total("target_population") > 0 else None,
        }
        for r in results
    ]


@st.cache_resource(show_spinner=False, max_entries=32)
def timeline_spec(scenario_json: str, lang: str, rows_json: str) -> dict:
    """The timeline's Vega-Lite spec, made once per scenario, language and rows."""
    scenario = scenario_of(scenario_json)
    plan = scenario_plan(scenario_json)
    context = ChartContext(plan.model.areas.gemeente_name or t("cli.own_areas", lang), scenario.name)
    return campaign_timeline(json.loads(rows_json), lang, context, plan_year=plan.plan_year).to_dict()


def figures_frame(year: Evaluation, results, names: dict[str, str], level: str | None, lang: str) -> pd.DataFrame:
    """Per campaign among its own target group, and the year among the scenario's: residents in the
    target group, reached (and by paper only, social only, both), 3+ times, cost per reached."""
    cols = {k: t(f"campaigns.fig.{k}", lang) for k in FIGURE_COLUMNS}

    def cost(x: float | None) -> str:
        return "–" if x is None else fmt_eur(x, lang, 2)

    rows = []
    for r in results:
        f = r.key_figures()
        both = f["reached_both"]
        rows.append(
            {
                "name": r.campaign.name,
                "target": target_group_text(r.campaign.bands, _names_of(r, names), level, lang),
                "weeks": weeks_text(r.campaign.weeks[0], r.campaign.weeks[1], lang),
                "social_eur": fmt_eur(f["social_eur"], lang),
                "target_population": fmt_int(f["target_population"], lang),
                "reached": fmt_int(f["reached"], lang),
                "reach_share": fmt_pct(f["reach_share"], lang, 0),
                "print_only": fmt_int(f["reached_print"] - both, lang),
                "social_only": fmt_int(f["reached_social"] - both, lang),
                "both": fmt_int(both, lang),
                "reached_3plus": fmt_int(f["reached_3plus"], lang),
                "cost_per_reached": cost(f["cost_per_reached_eur"]),
            }
        )
    k = year.key_figures()
    rows.append(
        {
            "name": t("campaigns.fig.year", lang),
            "target": f"{bands_words(year.model.target_bands, lang)} {t('campaigns.words.everywhere', lang)}",
            "weeks": t("campaigns.chart.weeks", lang, first=1, last=52),
            "social_eur": fmt_eur(k["social_eur"], lang),
            "target_population": fmt_int(k["target_population"], lang),
            "reached": fmt_int(k["reached"], lang),
            "reach_share": fmt_pct(k["reach_share"], lang, 0),
            "print_only": fmt_int(k["print_only"], lang),
            "social_only": fmt_int(k["social_only"], lang),
            "both": fmt_int(k["both"], lang),
            "reached_3plus": fmt_int(k["reached_3plus"], lang),
            "cost_per_reached": cost(_social_per_reached(year)),
        }
    )
    return pd.DataFrame(rows, columns=list(FIGURE_COLUMNS)).rename(columns=cols)


#: The columns of the figures per campaign.
FIGURE_COLUMNS = (
    "name",
    "target",
    "weeks",
    "social_eur",
    "target_population",
    "reached",
    "reach_share",
    "print_only",
    "social_only",
    "both",
    "reached_3plus",
    "cost_per_reached",
)


def _social_per_reached(year: Evaluation) -> float | None:
    """The year's social euros over its residents reached, as a campaign's cost per reached."""
    social, reached = float(year.social_eur.sum()), year.total("reached")
    return social / reached if social > 0 and reached > 0 else None


def ads_plan_ui(plan: ScenarioPlan, lang: str) -> None:
    """Per campaign, its ad sets as set up in Ads Manager (postcodes, ages, dates, euros per week),
    as a table and as CSV."""
    rows = plan.campaign_ads_plan()
    st.markdown(f"**{t('campaigns.plan.title', lang)}**")
    st.caption(t("campaigns.plan.help", lang, year=plan.plan_year) + " " + t("adsets.postcode_note", lang))
    cols = {k: t(f"campaigns.plan.{k}", lang) for k in PLAN_COLUMNS}
    frame = pd.DataFrame(
        [
            {
                "campaign": r.campaign,
                "ad_set": r.ad_set_name,
                "postcodes": " ".join(r.postcodes),
                "ages": ", ".join(band_label(b, lang) for b in r.bands),
                "start": r.start.isoformat(),
                "end": r.end.isoformat(),
                "total": fmt_eur(r.total_shown_eur, lang, 2),
                "weekly": fmt_eur(r.weekly_shown_eur, lang, 2),
            }
            for r in rows
        ],
        columns=list(PLAN_COLUMNS),
    ).rename(columns=cols)
    st.dataframe(frame, hide_index=True)
    st.download_button(
        t("campaigns.plan.download", lang),
        lambda: csv_tables.campaign_plan_csv(rows, lang),
        file_name=f"{t('campaigns.plan.file', lang)}.csv",
        mime="text/csv",
        key="campaign_plan_csv",
        on_click="ignore",
        disabled=not rows,
    )


#: The columns of the Ads Manager plan per campaign.
PLAN_COLUMNS = ("campaign", "ad_set", "postcodes", "ages", "start", "end", "total", "weekly")
