"""Make Ads Manager exports and reader surveys from known parameters with the model itself."""

from __future__ import annotations

import io

import numpy as np

from budgetsim.bands import BANDS, TARGETABLE_BANDS
from budgetsim.calibration.printfit import ANSWERS, answer_probabilities
from budgetsim.calibration.survey import ANSWER_LABELS
from budgetsim.reach import nbd_reach

NL_HEADER = ["Begin rapportage", "Einde rapportage", "Campagnenaam", "Bereik", "Weergaven", "Besteed bedrag (EUR)"]
EN_HEADER = ["Reporting starts", "Reporting ends", "Campaign name", "Reach", "Impressions", "Amount spent (EUR)"]


def deliverable(population: np.ndarray, platform_share: dict, on_target: float, overlap=None) -> float:
    """``D = A / on_target_share`` with ``A`` the residents on the platforms (over BANDS)."""
    shares = np.array([platform_share.get(b, 0.0) for b in BANDS])
    weights = np.ones(len(BANDS)) if overlap is None else overlap
    return float(population @ (shares * weights)) / on_target


def model_reach(d: float, impressions: float, k: float) -> float:
    """``R = D * g(I / D)``, the model's NBD curve (budgetsim.reach.nbd_reach)."""
    return float(d * nbd_reach(impressions / d, k))


def dutch_number(value: float, decimals: int = 2) -> str:
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def export_rows(spends, cpm, d, k, name="Afval 2026", start="2026-03-01", end="2026-03-31"):
    """Rows (dicts) of one campaign targeting at several sizes, made with the model."""
    rows = []
    for i, spend in enumerate(spends):
        impressions = round(1000.0 * spend / cpm)
        reach = round(model_reach(d, impressions, k))
        rows.append(
            {
                "name": f"{name} - {i + 1}" if len(spends) > 1 else name,
                "spend": spend,
                "impressions": impressions,
                "reach": reach,
                "start": start,
                "end": end,
            }
        )
    return rows


def dutch_csv(rows, bom=True, extra_header=(), extra=lambda r: ()) -> bytes:
    """As Ads Manager writes it for a Dutch user: semicolons, decimal commas, thousands points, BOM."""
    lines = [";".join(NL_HEADER + list(extra_header))]
    for r in rows:
        start = "-".join(reversed(r["start"].split("-")))  # 01-03-2026
        end = "-".join(reversed(r["end"].split("-")))
        cells = [
            start,
            end,
            r["name"],
            dutch_number(r["reach"], 0),
            dutch_number(r["impressions"], 0),
            dutch_number(r["spend"], 2),
            *extra(r),
        ]
        lines.append(";".join(cells))
    text = "\r\n".join(lines) + "\r\n"
    return (b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8")


def english_csv(rows, extra_header=(), extra=lambda r: ()) -> bytes:
    lines = [",".join(EN_HEADER + list(extra_header))]
    for r in rows:
        cells = [
            r["start"],
            r["end"],
            f'"{r["name"]}"',
            str(r["reach"]),
            str(r["impressions"]),
            f"{r['spend']:.2f}",
            *extra(r),
        ]
        lines.append(",".join(cells))
    return ("\n".join(lines) + "\n").encode("utf-8")


def xlsx(rows, header=EN_HEADER, title=None) -> bytes:
    import datetime as dt

    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    if title:
        sheet.append([title])
    sheet.append(list(header))
    for r in rows:
        sheet.append(
            [
                dt.date.fromisoformat(r["start"]),
                dt.date.fromisoformat(r["end"]),
                r["name"],
                r["reach"],
                r["impressions"],
                r["spend"],
            ]
        )
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def survey_counts(page_seen: dict, loyalty: float, delivery: float, per_band: int) -> dict:
    """Expected answer counts per band (rounded), from the beta-binomial over four issues."""
    out = {}
    for band in TARGETABLE_BANDS:
        probs = np.append(answer_probabilities(page_seen[band], loyalty) * delivery, 1.0 - delivery)
        out[band] = np.round(probs * per_band).astype(int)
    return out


def survey_csv(counts: dict, by_band=True, sep=",", dutch=True) -> bytes:
    lang = "nl" if dutch else "en"
    head = ["antwoord", "leeftijdsgroep", "aantal"] if dutch else ["answer", "band", "count"]
    lines = [sep.join(head if by_band else [head[0], head[2]])]
    if by_band:
        for band, row in counts.items():
            for answer, n in zip(ANSWERS, row):
                lines.append(sep.join([ANSWER_LABELS[answer][lang], band, str(int(n))]))
    else:
        total = sum(counts.values())
        for answer, n in zip(ANSWERS, total):
            lines.append(sep.join([ANSWER_LABELS[answer][lang], str(int(n))]))
    return ("\n".join(lines) + "\n").encode("utf-8")


def respondents_csv(counts: dict) -> bytes:
    """One row per respondent with an age in years (spread over each band's years)."""
    years = {"15-24": range(15, 25), "25-44": range(25, 45), "45-64": range(45, 65), "65+": range(65, 90)}
    lines = ["Antwoord;Leeftijd"]
    for band, row in counts.items():
        ages = list(years[band])
        i = 0
        for answer, n in zip(ANSWERS, row):
            for _ in range(int(n)):
                lines.append(f"{ANSWER_LABELS[answer]['nl'].upper()};{ages[i % len(ages)]}")
                i += 1
    return ("\n".join(lines) + "\n").encode("utf-8")


def zwolle_export() -> bytes:
    """Six made-up Zwolle campaigns (Dutch headers, ``;``, decimal commas) whose reach fits about
    560,000 deliverable accounts: aimed at the region, not at Zwolle's 111,000 residents 15+."""
    lines = ["Campagnenaam;Bereik;Weergaven;Frequentie;Besteed bedrag (EUR);Begin rapportage;Einde rapportage"]
    for name, spend in (
        ("Alle wijken – afval 2026", 2399.0),
        ("Zwemvierdaagse", 61.0),
        ("Koningsdag", 412.5),
        ("Wegwerkzaamheden Assendorp", 188.2),
        ("Vacatures", 950.0),
        ("Sportweek", 1225.75),
    ):
        impressions = round(1000 * spend / 6.8)
        reach = round(model_reach(560_000, impressions, 1.0))
        cells = [name, dutch_number(reach, 0), dutch_number(impressions, 0), dutch_number(impressions / reach)]
        lines.append(";".join([*cells, dutch_number(spend), "1-3-2026", "31-3-2026"]))
    return ("\n".join(lines) + "\n").encode()
