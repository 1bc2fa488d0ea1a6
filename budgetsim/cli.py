"""The command line: ``budgetsim gemeenten|new|evaluate|optimise|frontier|target|uncertainty``.

Exit codes: 0 on success, 2 on bad input (one line per problem on stderr, no traceback).
Texts come from :mod:`budgetsim.i18n` (Dutch by default, ``--lang en`` for English).
"""

from __future__ import annotations

import argparse
import errno
import json
import os
import sys
from pathlib import Path
from typing import Any

import numpy as np

from . import data
from .allocation import InfeasibleBudget, budget_for_target, frontier, optimise
from .areas_csv import areas_to_scenario_list, read_areas_csv
from .assumption_text import assumption_value_text
from .assumptions import PARAMETER_BY_KEY
from .bands import parse_band_range
from .campaigns import CampaignYear
from .charts.campaigns import weeks_text
from .csv_tables import frontier_csv
from .formatting import fmt_eur, fmt_int, fmt_num, fmt_pct
from .i18n import band_label, t
from .model import Evaluation, ReachModel
from .options import price_is_estimated
from .plan_sentences import survey_sentences
from .planning import ScenarioPlan, SurveyReading, new_scenario, survey_terms
from .problems import InputError, Message
from .scenario import (
    LEVELS,
    Target,
    check_targets,
    load_scenario,
    migration_notice,
    save_scenario,
    scenario_from_dict,
    write_atomic,
)
from .uncertainty import uncertainty

EXIT_OK, EXIT_BAD_INPUT = 0, 2


class CliError(Exception):
    """A bad-input message that is already in the user's language."""


def _out(text: str = "") -> None:
    print(text)


def _print_json(payload) -> None:
    print(json.dumps(payload, indent=2, ensure_ascii=False, allow_nan=False))


def _warn(messages, lang: str) -> None:
    """Each message on stderr, one line each (``budgetsim: ...``), so that the output stays clean."""
    for message in messages:
        print(f"budgetsim: {message.render(lang)}", file=sys.stderr)


def _note(message: Message | None, lang: str) -> None:
    """A sentence that belongs to the answer (e.g. money with nowhere to go), when there is one."""
    if message is not None:
        _out(message.render(lang))


def _paper_eur(amount: float, estimated: bool, lang: str, decimals: int = 0) -> str:
    """Euros resting on the price per page, "(geschat)" when that price is an estimate."""
    text = fmt_eur(amount, lang, decimals)
    return t("cli.estimated", lang, amount=text) if estimated and round(amount, decimals) != 0 else text


def _load(path: str, lang: str):
    """The scenario in ``path``; an older file's notice goes to stderr (once), not into the output."""
    try:
        scenario = load_scenario(path)
    except FileNotFoundError:
        raise CliError(t("cli.error.no_file", lang, path=path)) from None
    notice = migration_notice(scenario, lang)
    if notice:
        print(f"budgetsim: {path}: {notice}", file=sys.stderr)
    return scenario


def _check_out(args, option: str, path: str, suffix: str, inputs=()) -> None:
    """Refuse (exit 2) a file to write that is not a usable name for its type, is one of the
    command's ``inputs``, or exists without ``--force``, before anything is computed."""
    check_targets([Target(option, path, suffix)], inputs=inputs, force=getattr(args, "force", False))


# -- gemeenten -------------------------------------------------------------------------------


def cmd_gemeenten(args) -> int:
    lang = args.lang
    found = data.find_gemeenten(args.query or "")
    if args.json:
        _print_json([{"code": g.code, "name": g.name, "residents": g.residents, "wijken": g.wijken} for g in found])
        return EXIT_OK
    if not found:
        close = data.closest_gemeenten(args.query)
        hint = ", ".join(g.name for g in close) or "–"
        raise CliError(t("cli.gemeenten.none", lang, query=args.query, hint=hint))
    _out(f"{'code':8} {t('cli.col.name', lang):28} {t('cli.col.residents', lang):>12} {t('cli.col.wijken', lang):>7}")
    for g in found:
        _out(f"{g.code:8} {g.name:28} {fmt_int(g.residents, lang):>12} {g.wijken:>7}")
    _out(t("source.full", lang))
    return EXIT_OK


# -- new ---------------------------------------------------------------------------------------


def cmd_new(args) -> int:
    lang = args.lang
    _check_out(args, "--out", args.out, ".json", inputs=[args.areas] if args.areas else [])
    areas = None
    if args.areas:
        path = Path(args.areas)
        if not path.is_file():
            raise CliError(t("cli.error.no_file", lang, path=args.areas))
        areas = areas_to_scenario_list(read_areas_csv(path))
    if args.gemeente is None and areas is None:
        raise CliError(t("cli.new.need_area", lang))
    budget = {"social_split": args.split}
    if args.level is not None and args.gemeente is None:
        raise CliError(t("cli.new.level_needs_gemeente", lang))
    scenario = new_scenario(
        gemeente=args.gemeente,
        areas=areas,
        print_eur=args.print_eur,
        social_eur=args.social_eur,
        name=args.name,
        level=args.level,
        **budget,
    )
    if args.notes or args.bands:
        d = scenario.to_dict()
        if args.notes:
            d["notes"] = args.notes
        if args.bands:
            d["target_bands"] = list(_bands(args.bands, lang))
        scenario = scenario_from_dict(d)
    written = save_scenario(scenario, args.out, force=args.force)
    _out(t("cli.new.written", lang, path=str(written), name=scenario.name))
    return EXIT_OK


def _bands(text: str, lang: str) -> tuple[str, ...]:
    try:
        return parse_band_range(text)
    except ValueError:
        raise CliError(t("cli.error.bands", lang, text=text)) from None


# -- evaluate ----------------------------------------------------------------------------------


def survey_lines(reading: SurveyReading, target_bands, lang: str) -> list[str]:
    """The print assumptions in a burgerpanel's words, and the published panels beside them."""
    return list(survey_sentences(reading, target_bands, lang))


def summary_lines(e: Evaluation, lang: str, name: str = "", price_estimated: bool = False) -> list[str]:
    """A readable summary of one plan, for the terminal. The reached parts are whole residents that
    add up to the total (:meth:`~budgetsim.model.Evaluation.reached_parts`), as the proposal shows
    them; paper euros are marked when the price per page is an estimate (``price_estimated``)."""
    m = e.model
    parts = e.reached_parts()
    via_print, via_social = parts["print_only"] + parts["both"], parts["social_only"] + parts["both"]
    pop = e.total("target_population")
    place = m.areas.gemeente_name or t("cli.own_areas", lang)
    bands = ", ".join(band_label(b, lang) for b in m.target_bands)
    pct = lambda v: fmt_pct(v / pop if pop else 0.0, lang)  # noqa: E731
    cost = e.cost_per_reached_eur
    lines = [
        f"{name}" if name else "",
        t("cli.eval.place", lang, place=place, areas=t("count.areas", lang, count=len(m.areas)), bands=bands),
        t(
            "cli.eval.budget",
            lang,
            print=_paper_eur(e.print_eur, price_estimated and e.print_eur > 0, lang),
            social=fmt_eur(float(e.social_eur.sum()), lang),
            total=_paper_eur(e.total_eur, price_estimated and e.print_eur > 0, lang),
        ),
        "",
        t("cli.eval.target", lang, n=fmt_int(pop, lang)),
        t("cli.eval.reached", lang, n=fmt_int(parts["reached"], lang), pct=pct(parts["reached"])),
        t(
            "cli.eval.print",
            lang,
            n=fmt_int(via_print, lang),
            pct=pct(via_print),
            pages=fmt_num(e.insertions, lang, 1),
            price=_paper_eur(m.price_per_insertion, price_estimated, lang),
            freq=fmt_num(e.print_avg_frequency, lang, 1),
        ),
        t(
            "cli.eval.social",
            lang,
            n=fmt_int(via_social, lang),
            pct=pct(via_social),
            impressions=fmt_int(float(e.impressions.sum()), lang),
            freq=fmt_num(e.social_avg_frequency, lang, 1),
        ),
        t("cli.eval.both", lang, n=fmt_int(parts["both"], lang)),
        t("cli.eval.three", lang, n=fmt_int(e.total("reached_3plus"), lang), pct=pct(e.total("reached_3plus"))),
        t(
            "cli.eval.cost",
            lang,
            eur=_paper_eur(cost, price_estimated and e.print_eur > 0, lang, 2) if cost is not None else "–",
        ),
        t("cli.eval.marginal_print", lang, n=fmt_int(e.print_step_reach(1000.0), lang)),
        "",
        t("cli.eval.by_band", lang),
    ]
    for row in e.band_rows():
        share = row["reached"] / row["target_population"] if row["target_population"] else 0.0
        lines.append(
            f"  {band_label(row['band'], lang):18} {fmt_int(row['reached'], lang):>9} / "
            f"{fmt_int(row['target_population'], lang):>9}  ({fmt_pct(share, lang)})"
        )
    lines += ["", *survey_lines(survey_terms(m), m.target_bands, lang)]
    lines += ["", t("cli.eval.by_area", lang)]
    for row in sorted(e.shown_area_rows(), key=lambda r: -r["reached"]):  # euros adding up to the total
        marginal = ("+" + fmt_num(row["marginal_reach_per_100_eur"], lang, 1)) if row["eligible"] else "–  *"
        lines.append(
            f"  {row['name'][:28]:28} {fmt_eur(row['social_eur'], lang):>10} "
            f"{fmt_pct(row['reach_share'], lang):>8} {marginal}"
        )
    if e.ineligible_areas:
        lines.append(t("cli.eval.ineligible", lang, min=fmt_int(m.assumptions.social.min_audience, lang)))
    if e.manual_ineligible_funded:
        lines.append(t("cli.eval.warn_manual", lang, codes=", ".join(e.manual_ineligible_funded)))
    lines += ["", t("source.full", lang)]
    return [line for line in lines if line is not None]


def campaign_lines(year: CampaignYear, lang: str) -> list[str]:
    """Per campaign: its weeks, euros and reach within its own target group (and why it cannot be aimed)."""
    lines = [t("cli.campaigns.head", lang)]
    for result in year.campaigns:
        c = result.campaign
        lines.append(
            t(
                "cli.campaigns.row",
                lang,
                name=c.name,
                weeks=weeks_text(c.weeks[0], c.weeks[1], lang),
                social=fmt_eur(c.social_eur, lang),
                reached=fmt_int(result.total("reached"), lang),
                target=fmt_int(result.total("target_population"), lang),
                pct=fmt_pct(result.reach_share, lang),
                three=fmt_int(result.total("reached_3plus"), lang),
            )
        )
        if result.untargeted_reason is not None:
            lines.append("    " + result.untargeted_reason.render(lang))
    return lines


def _refuse_campaigns(scenario, command: str, lang: str) -> None:
    """``optimise --total``, ``frontier`` and ``target`` do not split a file with campaigns (exit 2)."""
    if scenario.campaigns:
        raise CliError(t("cli.campaigns.refused", lang, command=command))


def evaluation_json(evaluation: Evaluation, price_estimated: bool) -> dict:
    """``Evaluation.to_dict()`` with what buys nothing (``print.eur_above_cap``,
    ``social.unspendable_eur``) and whether the price per page is an estimate (``print.price_estimated``)."""
    payload = evaluation.to_dict()
    payload["print"] = dict(
        payload["print"], eur_above_cap=evaluation.print_eur_above_cap, price_estimated=price_estimated
    )
    payload["social"] = dict(payload["social"], unspendable_eur=evaluation.social_unspendable_eur)
    return payload


def cmd_evaluate(args) -> int:
    scenario = _load(args.file, args.lang)
    plan = ScenarioPlan(scenario)
    evaluation = plan.evaluate()
    estimated = price_is_estimated(scenario)
    _warn(plan.warnings(), args.lang)
    if args.json:
        payload = evaluation_json(evaluation, estimated)
        if plan.campaign_year is not None:
            payload["campaigns"] = plan.campaign_year.to_list(args.lang)
            payload["plan_year"] = plan.plan_year
        payload["name"] = scenario.name
        payload["level"] = scenario.area_level if scenario.inline_areas is None else None
        current = plan.current_plan()
        payload["current"] = evaluation_json(current.evaluate(), estimated)
        reading = survey_terms(plan.model)
        payload["print"] = dict(
            payload.get("print") or {},
            survey_terms=reading.total.to_dict(),
            survey_terms_by_band={b: v.to_dict() for b, v in reading.by_band.items()},
        )
        _print_json(payload)
    else:
        _out("\n".join(summary_lines(evaluation, args.lang, scenario.name, estimated)).lstrip("\n"))
        if plan.campaign_year is not None:
            _out("\n" + "\n".join(campaign_lines(plan.campaign_year, args.lang)))
    return EXIT_OK


# -- optimise ------------------------------------------------------------------------------------


def _social_by_area(model: ReachModel, euros: np.ndarray) -> dict[str, float]:
    return {code: round(float(v), 2) for code, v in zip(model.areas.codes, euros) if v > 0.005}


def cmd_optimise(args) -> int:
    lang = args.lang
    if args.out is not None:
        _check_out(args, "--out", args.out, ".json", inputs=[args.file])
    scenario = _load(args.file, lang)
    if scenario.campaigns:
        if args.total is not None:
            _refuse_campaigns(scenario, "optimise --total", lang)
        return _optimise_campaigns(args, scenario)
    plan = ScenarioPlan(scenario)
    own = plan.evaluate()
    total = plan.total_eur if args.total is None else args.total
    if not 0 <= total <= 10_000_000:
        raise CliError(t("cli.error.total", lang, value=total))
    best = optimise(plan.model, total, plan.weights, plan.constraints)
    own_weighted = float(own.reached.sum(axis=1) @ plan.weights)
    result: dict[str, Any] = {
        "total_eur": total,
        "print_eur": best.print_eur,
        "social_eur": float(best.social_eur.sum()),
        "social_by_area": _social_by_area(plan.model, best.social_eur),
        "social_by_ad_set": {
            sid: round(float(v), 2) for sid, v in zip(plan.model.ad_sets.ids, best.ad_set_eur) if v > 0.005
        },
        "reached": best.reached,
        "weighted_reached": best.weighted_reached,
        "scenario_reached": own.total("reached"),
        "scenario_weighted_reached": own_weighted,
        "gain_reached": best.reached - own.total("reached"),
        "gain_weighted_reached": best.weighted_reached - own_weighted,
        "marginal_reach_per_100_eur": best.marginal_value * 100,
        "unspent_eur": best.unspent_eur,
    }
    if args.out:
        d = scenario.to_dict()
        manual = {sid: round(float(v), 2) for sid, v in zip(plan.model.ad_sets.ids, best.ad_set_eur) if v > 0}
        social_total = round(sum(manual.values()), 2)
        d["budget"] = dict(
            d["budget"],
            print_eur=round(best.print_eur, 2),
            social_eur=social_total,
            social_split="manual",
            social_manual_eur=manual,
        )
        result["written"] = _save_derived(args, scenario, d, "cli.optimise.name")
    if args.json:
        _print_json(result)
        return EXIT_OK
    names = dict(zip(plan.model.areas.codes, plan.model.areas.names))
    _out(t("cli.optimise.head", lang, total=fmt_eur(total, lang)))
    _out(t("cli.optimise.split", lang, print=fmt_eur(best.print_eur, lang), social=fmt_eur(result["social_eur"], lang)))
    _out(
        t(
            "cli.optimise.reached",
            lang,
            n=fmt_int(best.reached, lang),
            gain=fmt_int(result["gain_reached"], lang, signed=True),
            own=fmt_int(own.total("reached"), lang),
        )
    )
    _note(best.unspent_message(), lang)
    if np.any(plan.weights != 1):
        _out(
            t(
                "cli.optimise.weighted",
                lang,
                n=fmt_int(best.weighted_reached, lang),
                gain=fmt_int(result["gain_weighted_reached"], lang, signed=True),
            )
        )
    _out(t("cli.optimise.areas", lang))
    for code, euros in sorted(result["social_by_area"].items(), key=lambda kv: -kv[1]):
        _out(f"  {names[code][:30]:30} {fmt_eur(euros, lang):>10}")
    if args.out:
        _out(t("cli.new.written", lang, path=result["written"], name=""))
    _out(t("source.full", lang))
    return EXIT_OK


def _optimise_campaigns(args, scenario) -> int:
    """Each ``optimal`` campaign split best over its own ad sets (the others by audience); print and
    every campaign's euros unchanged. ``--out`` writes the campaigns back."""
    lang = args.lang
    plan = ScenarioPlan(scenario)
    year = plan.campaign_year
    assert year is not None, "only for a scenario with campaigns (cmd_optimise checks)"
    result: dict[str, Any] = {
        "print_eur": plan.print_eur,
        "social_eur": plan.social_eur,
        "reached": year.year.total("reached"),
        "campaigns": [
            {
                "name": r.campaign.name,
                "split": r.campaign.split,
                "social_eur": r.campaign.social_eur,
                "social_by_ad_set": {
                    sid: round(float(v), 2) for sid, v in zip(r.ad_sets.ids, r.ad_set_eur) if v > 0.005
                },
                "reached": r.total("reached"),
            }
            for r in year.campaigns
        ],
    }
    if args.out:
        d = scenario.to_dict()
        result["written"] = _save_derived(args, scenario, d, "cli.campaigns.name")
    if args.json:
        _print_json(result)
        return EXIT_OK
    _out(t("cli.campaigns.optimised", lang))
    for entry, r in zip(result["campaigns"], year.campaigns):
        _out(f"  {entry['name']} ({fmt_eur(entry['social_eur'], lang)}, {entry['split']})")
        names = dict(zip(r.ad_sets.ids, r.ad_sets.names))
        for sid, euros in sorted(entry["social_by_ad_set"].items(), key=lambda kv: -kv[1]):
            _out(f"    {names[sid][:30]:30} {fmt_eur(euros, lang):>10}")
    if args.out:
        _out(t("cli.new.written", lang, path=result["written"], name=""))
    _out(t("source.full", lang))
    return EXIT_OK


# -- frontier ------------------------------------------------------------------------------------


def cmd_frontier(args) -> int:
    lang = args.lang
    if not (args.step > 0 and args.max > 0) or args.max / args.step > 100_000:
        raise CliError(t("cli.error.frontier_args", lang))
    if args.csv is not None:
        _check_out(args, "--csv", args.csv, ".csv", inputs=[args.file])
    scenario = _load(args.file, lang)
    _refuse_campaigns(scenario, "frontier", lang)
    plan = ScenarioPlan(scenario)
    totals = np.arange(0.0, args.max + args.step / 2, args.step)
    pop = float(plan.model.target_population.sum())
    lowest = plan.constraints.print_min_eur + float(plan.constraints.area_bounds(plan.model)[0].sum())
    totals = totals[totals >= lowest - 1e-9]
    if len(totals) == 0:
        raise CliError(t("cli.error.frontier_low", lang, min=fmt_eur(lowest, lang)))
    plans = frontier(plan.model, totals, plan.weights, plan.constraints)
    estimated = price_is_estimated(plan.scenario)
    rows = []
    previous = None
    for total, best in zip(totals, plans):
        extra_reached: float | None = None if previous is None else (best.reached - previous) * 1000.0 / args.step
        rows.append(
            {
                "total_eur": float(total),
                "print_eur": best.print_eur,
                "social_eur": float(best.social_eur.sum()),
                "reached": best.reached,
                "reach_share": best.reached / pop if pop else 0.0,
                "extra_reached_per_1000_eur": extra_reached,
                "unspent_eur": best.unspent_eur,
                "print_price_estimated": estimated,
            }
        )
        previous = best.reached
    if args.csv:
        write_atomic(args.csv, frontier_csv(rows, lang), force=args.force)
        _out(t("cli.new.written", lang, path=args.csv, name=""))
        return EXIT_OK
    if args.json:
        _print_json({"target_population": pop, "points": rows})
        return EXIT_OK
    _out(t("cli.frontier.head", lang))
    for r in rows:
        more = r["extra_reached_per_1000_eur"]
        extra = "" if more is None else fmt_int(more, lang, signed=True)
        _out(
            f"{fmt_eur(r['total_eur'], lang):>12} {fmt_eur(r['print_eur'], lang):>12} "
            f"{fmt_eur(r['social_eur'], lang):>12} {fmt_int(r['reached'], lang):>10} "
            f"{fmt_pct(r['reach_share'], lang):>8} {extra:>8}"
        )
    first_unspent = next((best for best in plans if best.unspent_message() is not None), None)
    if first_unspent is not None:
        _note(Message("cli.frontier.unspent", total=first_unspent.total_eur + first_unspent.unspent_eur), lang)
    if estimated:
        _note(Message("cli.price_estimated", price=plan.model.price_per_insertion), lang)
    _out(t("source.full", lang))
    return EXIT_OK


def _save_derived(args, scenario, d: dict, name_key: str) -> str:
    """Save ``d``, a scenario derived from ``scenario``, to ``args.out`` under the name ``name_key``
    gives it (from the scenario's name, or else the file's); the path written."""
    lang = args.lang
    d["name"] = t(name_key, lang, name=scenario.name or Path(args.file).stem)
    return str(save_scenario(scenario_from_dict(d), args.out, force=args.force))


# -- target ------------------------------------------------------------------------------------


def cmd_target(args) -> int:
    lang = args.lang
    if not 0 < args.reach < 1:
        raise CliError(t("cli.error.reach", lang, value=args.reach))
    scenario = _load(args.file, lang)
    _refuse_campaigns(scenario, "target", lang)
    plan = ScenarioPlan(scenario)
    model = plan.model
    if args.bands:
        from dataclasses import replace

        model = replace(model, target_bands=_bands(args.bands, lang))
    answer = budget_for_target(model, args.reach, plan.constraints)
    bands = [band_label(b, lang) for b in model.target_bands]
    result = {
        "reach_target": args.reach,
        "target_bands": list(model.target_bands),
        "target_population": float(model.target_population.sum()),
        "reachable": answer.reachable,
        "max_share": answer.max_share,
        "total_eur": answer.total_eur,
    }
    if answer.allocation is not None:
        result.update(
            print_eur=answer.allocation.print_eur,
            social_eur=float(answer.allocation.social_eur.sum()),
            social_by_area=_social_by_area(model, answer.allocation.social_eur),
            reached=answer.allocation.reached,
        )
    if args.json:
        _print_json(result)
        return EXIT_OK
    group = ", ".join(bands)
    if answer.reachable:
        _out(
            t(
                "cli.target.yes",
                lang,
                share=fmt_pct(args.reach, lang, 0),
                group=group,
                total=fmt_eur(answer.total_eur, lang),
                print=fmt_eur(result["print_eur"], lang),
                social=fmt_eur(result["social_eur"], lang),
            )
        )
    else:
        _out(
            t(
                "cli.target.no",
                lang,
                share=fmt_pct(args.reach, lang, 0),
                group=group,
                max=fmt_pct(answer.max_share, lang),
            )
        )
    _out(t("source.full", lang))
    return EXIT_OK


# -- uncertainty --------------------------------------------------------------------------------


def cmd_uncertainty(args) -> int:
    lang = args.lang
    scenario = _load(args.file, lang)
    plan = ScenarioPlan(scenario)
    own = plan.evaluate()
    draws = args.draws if args.draws is not None else scenario.uncertainty.draws
    seed = args.seed if args.seed is not None else scenario.uncertainty.seed
    if not 100 <= draws <= 100_000:
        raise CliError(t("cli.error.draws", lang, value=draws))
    if not 0 <= seed < 2**32:
        raise CliError(t("cli.error.seed", lang, value=seed))
    result = uncertainty(
        plan.model, own.print_eur, own.social_eur, scenario.uncertainty.ranges or None, draws=draws, seed=seed
    )
    if args.json:
        _print_json(result.to_dict())
        return EXIT_OK
    names = {row.parameter: _assumption_name(row.parameter, lang) for row in result.sensitivity}
    width = max([32, *(len(name) for name in names.values())])
    _out(t("cli.unc.head", lang, draws=fmt_int(draws, lang), seed=seed))
    _out(f"  {'':{width}} {'P10':>10} {'P50':>10} {'P90':>10}")
    labels = {
        "reached": "cli.unc.reached",
        "reached_3plus": "cli.unc.reached_3plus",
        "reached_print": "cli.unc.reached_print",
        "reached_social": "cli.unc.reached_social",
    }
    for key, label in labels.items():
        total = result.totals[key]
        _out(
            f"  {t(label, lang):{width}} {fmt_int(total.p10, lang):>10} {fmt_int(total.p50, lang):>10} "
            f"{fmt_int(total.p90, lang):>10}"
        )
    cost = result.totals["cost_per_reached_eur"]
    _out(
        f"  {t('cli.unc.cost', lang):{width}} {fmt_eur(cost.p10, lang, 2):>10} {fmt_eur(cost.p50, lang, 2):>10} "
        f"{fmt_eur(cost.p90, lang, 2):>10}"
    )
    _out(t("cli.unc.by_band", lang))
    for band, figures in result.bands.items():
        r = figures["reached"]
        _out(
            f"  {band_label(band, lang):{width}} {fmt_int(r.p10, lang):>10} {fmt_int(r.p50, lang):>10} "
            f"{fmt_int(r.p90, lang):>10}"
        )
    _out(t("cli.unc.sensitivity", lang))
    for row in result.sensitivity:
        low, high = (_assumption_value(row.parameter, v, lang) for v in (row.low_value, row.high_value))
        _out(
            f"  {names[row.parameter]:{width}} {low:>8} → {fmt_int(row.reached_at_low, lang):>10}"
            f"   {high:>8} → {fmt_int(row.reached_at_high, lang):>10}"
        )
    _out(t("cli.unc.meaning", lang))
    _out(t("source.full", lang))
    return EXIT_OK


def _assumption_name(key: str, lang: str) -> str:
    """An assumption's name in words (the registry's label), its key only when it has none."""
    parameter = PARAMETER_BY_KEY.get(key)
    return parameter.label(lang) if parameter is not None else key


def _assumption_value(key: str, value: float, lang: str) -> str:
    """An end of an assumption's range as the assumptions list writes it (``70 %``, ``€ 6``, ``×0,6``)."""
    if key in PARAMETER_BY_KEY:
        return assumption_value_text(key, value, lang)
    return fmt_num(value, lang, 2)


# -- parser --------------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="budgetsim",
        description="Bereik van de gemeentepagina en social media advertenties per wijk "
        "(reach of the municipal page and social ads per district). Bron: CBS.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, help_text: str, func) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.add_argument("--lang", choices=("nl", "en"), default="nl", help="taal / language (default nl)")
        p.set_defaults(func=func)
        return p

    p = command("gemeenten", "list gemeenten whose name contains QUERY", cmd_gemeenten)
    p.add_argument("query", nargs="?", default="", help="part of a name, e.g. dord")
    p.add_argument("--json", action="store_true")

    p = command("new", "write a new scenario file", cmd_new)
    where = p.add_mutually_exclusive_group()
    where.add_argument("--gemeente", help="name or CBS code, e.g. Dordrecht or GM0505")
    where.add_argument("--areas", metavar="CSV", help="your own table of wijken or buurten")
    p.add_argument(
        "--print",
        dest="print_eur",
        type=float,
        metavar="EUR",
        help="print budget per year (default: a page in every issue)",
    )
    p.add_argument(
        "--social",
        dest="social_eur",
        type=float,
        metavar="EUR",
        help="social budget per year (default 5000 where social ads can be aimed, else 0)",
    )
    p.add_argument("--split", choices=("by_audience", "optimal"), default="by_audience")
    p.add_argument("--bands", help="target age bands, e.g. 15-24 or 15-44 (default: 15+)")
    p.add_argument("--level", choices=LEVELS, help="the gemeente's wijken (default) or buurten")
    p.add_argument("--name")
    p.add_argument("--notes")
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--force", action="store_true", help="overwrite FILE if it exists")

    p = command("evaluate", "reach of a scenario", cmd_evaluate)
    p.add_argument("file")
    p.add_argument("--json", action="store_true")

    p = command("optimise", "best split of the total between print and each wijk", cmd_optimise)
    p.add_argument("file")
    p.add_argument("--total", type=float, metavar="EUR", help="default: the scenario's print + social")
    p.add_argument("--json", action="store_true")
    p.add_argument("--out", metavar="FILE", help="write the best plan as a new scenario (manual split)")
    p.add_argument("--force", action="store_true")

    p = command("frontier", "best reach for each total budget", cmd_frontier)
    p.add_argument("file")
    p.add_argument("--max", type=float, required=True, metavar="EUR")
    p.add_argument("--step", type=float, default=1000.0, metavar="EUR")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true")
    fmt.add_argument("--csv", metavar="FILE")
    p.add_argument("--force", action="store_true")

    p = command("target", "smallest budget that reaches a share of the target group", cmd_target)
    p.add_argument("file")
    p.add_argument("--reach", type=float, required=True, metavar="SHARE", help="e.g. 0.6 for 60 %%")
    p.add_argument("--bands", help="age bands, e.g. 15-24 (default: the scenario's)")
    p.add_argument("--json", action="store_true")

    p = command("uncertainty", "P10-P90 bands and which assumption matters most", cmd_uncertainty)
    p.add_argument("file")
    p.add_argument("--draws", type=int)
    p.add_argument("--seed", type=int)
    p.add_argument("--json", action="store_true")

    from .proposal.cli import add_command as add_proposal_command  # budgetsim proposal

    add_proposal_command(command)
    from .calibration_cli import add_command as add_calibrate_command  # budgetsim calibrate

    add_calibrate_command(command)
    from .store_cli import add_command as add_store_command  # budgetsim store put|list|get

    add_store_command(command)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    lang = getattr(args, "lang", "nl")
    try:
        return args.func(args)
    except InputError as exc:
        for line in exc.messages(lang):
            print(f"budgetsim: {line}", file=sys.stderr)
    except FileExistsError as exc:
        path = getattr(exc, "path", None) or exc.filename or ""
        print(f"budgetsim: {t('cli.error.exists', lang, path=path)}", file=sys.stderr)
    except BrokenPipeError:  # e.g. `budgetsim evaluate x.json | head`: not an error of the user's
        sys.stdout = open(os.devnull, "w")
        return EXIT_OK
    except InfeasibleBudget as exc:
        print(f"budgetsim: {exc.message(lang)}", file=sys.stderr)
    except (CliError, data.GemeenteNotFound, ValueError) as exc:
        print(f"budgetsim: {exc}", file=sys.stderr)
    except OSError as exc:
        print(f"budgetsim: {os_error_text(exc, lang)}", file=sys.stderr)
    return EXIT_BAD_INPUT


#: Errors of the operating system that have words of their own; others show their code (EIO, ...).
_OS_ERRORS = {
    errno.EACCES: "cli.error.os.permission",
    errno.EPERM: "cli.error.os.permission",
    errno.ENOSPC: "cli.error.os.full",
    errno.EROFS: "cli.error.os.read_only",
    errno.EISDIR: "cli.error.os.folder",
    errno.ENOENT: "cli.error.os.missing",
}


def os_error_text(exc: OSError, lang: str) -> str:
    """What went wrong reading or writing a file, in the user's language, naming the file."""
    path = exc.filename if exc.filename is not None else ""
    key = _OS_ERRORS.get(exc.errno or 0)
    if key is not None:
        return t(key, lang, path=path)
    code = errno.errorcode.get(exc.errno or 0, str(exc.errno))
    return t("cli.error.os.other", lang, path=path, code=code)


if __name__ == "__main__":
    sys.exit(main())
