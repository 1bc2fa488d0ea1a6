"""Calibration from a reader survey: reading counts and respondents, and the beta-binomial fit.

Round trips: answer counts are made from known page_seen, loyalty and delivery share with the
model's own beta-binomial (budgetsim.reach), then read and fitted.
"""

import numpy as np
import pytest
from scipy.stats import chi2

from budgetsim.assumptions import PAGE_SEEN_DEFAULT
from budgetsim.bands import TARGETABLE_BANDS
from budgetsim.calibration import calibrate, read_survey, survey_template
from budgetsim.calibration.printfit import (
    ANSWERS,
    DROP,
    LEVEL,
    SurveyCounts,
    answer_probabilities,
    fit_print,
)
from budgetsim.calibration.survey import match_answer, match_band
from budgetsim.planning import new_scenario, scenario_areas
from budgetsim.problems import InputError
from budgetsim.reach import print_count_pmf, print_reach
from tests.calibration.helpers import respondents_csv, survey_counts, survey_csv
from tests.conftest import DORDRECHT

TRUE_SEEN = {"15-24": 0.22, "25-44": 0.38, "45-64": 0.50, "65+": 0.62}
START_SEEN = {"15-24": 0.10, "25-44": 0.20, "45-64": 0.35, "65+": 0.50}


@pytest.fixture(scope="module")
def dordrecht():
    return new_scenario(gemeente=DORDRECHT)


def test_answer_probabilities_are_the_beta_binomial_of_four_issues():
    p, rho = np.array([0.22, 0.5, 0.62]), 0.6
    probs = answer_probabilities(p, rho)
    assert probs.sum(axis=-1) == pytest.approx(np.ones(3))
    # "never" among receivers is the model's not-reached share after four issues
    assert 1.0 - probs[:, 3] == pytest.approx(print_reach(4, p, rho, 1.0))
    # one sighting in four issues: the model's count distribution (budgetsim.reach.print_count_pmf)
    assert probs[:, 2] == pytest.approx(print_count_pmf(4, p, rho)[:, 1], abs=1e-12)
    # at rho = 0 the counts are binomial(4, p)
    q = 0.3
    binomial = answer_probabilities(q, 0.0)
    assert binomial == pytest.approx(
        [q**4, 6 * q**2 * (1 - q) ** 2 + 4 * q**3 * (1 - q), 4 * q * (1 - q) ** 3, (1 - q) ** 4]
    )


def test_answers_and_bands_match_without_case_or_accents():
    assert match_answer("(Bijna) elke week") == "every_week"
    assert match_answer("EEN KEER PER MAAND OF MINDER") == "once_month_or_less"
    assert match_answer("één keer per maand of minder") == "once_month_or_less"
    assert match_answer("Ik krijg de krant niet") == "no_paper"
    assert match_answer("a few times a month") == "few_times_month"
    assert match_answer("soms") is None
    assert match_band("15–24 jaar") == "15-24" and match_band("65 jaar en ouder") == "65+"
    assert match_band("18-24") is None


@pytest.mark.parametrize("rho", [0.3, 0.6, 0.85])
def test_per_band_counts_recover_page_seen_and_loyalty(rho):
    counts = survey_counts(TRUE_SEEN, rho, 0.8, per_band=100_000)
    survey = read_survey(survey_csv(counts), "panel.csv")
    assert survey.counts.bands == TARGETABLE_BANDS and survey.respondents == sum(c.sum() for c in counts.values())
    fit = fit_print(survey.counts, START_SEEN, 0.5)
    for band, p in TRUE_SEEN.items():
        assert fit.page_seen[band] == pytest.approx(p, rel=0.02)
        low, high = fit.page_seen_ranges[band]
        assert low < fit.page_seen[band] < high
    assert fit.loyalty == pytest.approx(rho, rel=0.02)
    assert fit.delivery_share == pytest.approx(0.8, abs=1e-4)
    assert fit.ranges["loyalty"][0] < fit.loyalty < fit.ranges["loyalty"][1]


def test_one_row_per_respondent_with_ages_semicolons_and_capitals():
    counts = survey_counts(TRUE_SEEN, 0.6, 0.75, per_band=3_000)
    survey = read_survey(respondents_csv(counts), "panel.csv")
    assert survey.layout == "respondents" and survey.counts.bands == TARGETABLE_BANDS
    fit = fit_print(survey.counts, START_SEEN, 0.5)
    for band, p in TRUE_SEEN.items():
        assert fit.page_seen[band] == pytest.approx(p, rel=0.05)
    assert fit.loyalty == pytest.approx(0.6, rel=0.05)
    assert fit.delivery_share == pytest.approx(0.75, abs=0.005)


def test_without_bands_one_factor_on_the_default_profile(dordrecht):
    areas = scenario_areas(dordrecht)
    population = dict(zip(("0-14", *TARGETABLE_BANDS), areas.population.sum(axis=0)))
    weights = np.array([population[b] for b in TARGETABLE_BANDS])
    weights = weights / weights.sum()
    true = {b: v * 1.3 for b, v in PAGE_SEEN_DEFAULT.items()}
    probs = weights @ answer_probabilities(np.array([true[b] for b in TARGETABLE_BANDS]), 0.55)
    counts = np.round(np.append(probs * 0.85, 0.15) * 200_000)
    data = "\ufeffantwoord;aantal\n" + "".join(
        f"{label};{int(n)}\n"
        for label, n in zip(
            [
                "(bijna) elke week",
                "een paar keer per maand",
                "één keer per maand of minder",
                "nooit",
                "ik krijg de krant niet",
            ],
            counts,
        )
    )
    survey = read_survey(data.encode("utf-8"), "panel.csv")
    assert survey.counts.bands is None
    fit = calibrate(dordrecht, survey=survey).print
    assert not fit.by_band
    assert fit.factor == pytest.approx(1.3, rel=0.02)
    for band in TARGETABLE_BANDS:
        assert fit.page_seen[band] == pytest.approx(true[band], rel=0.02)
    assert fit.loyalty == pytest.approx(0.55, rel=0.03)
    assert fit.delivery_share == pytest.approx(0.85, abs=1e-4)


def test_small_survey_gives_wider_ranges_than_a_large_one():
    small = fit_print(
        SurveyCounts(np.array([list(survey_counts(TRUE_SEEN, 0.6, 0.8, 200)["45-64"])]), ("45-64",)), START_SEEN, 0.5
    )
    large = fit_print(
        SurveyCounts(np.array([list(survey_counts(TRUE_SEEN, 0.6, 0.8, 20_000)["45-64"])]), ("45-64",)), START_SEEN, 0.5
    )

    def width(r):
        return r[1] - r[0]

    assert width(small.ranges["loyalty"]) > 3 * width(large.ranges["loyalty"])
    assert width(small.page_seen_ranges["45-64"]) > 3 * width(large.page_seen_ranges["45-64"])
    assert small.fitted_bands == ("45-64",)
    assert small.page_seen["15-24"] == START_SEEN["15-24"]  # a band not in the survey keeps its value


def test_bad_rows_are_reported_and_left_out():
    data = (
        b"answer,band,count\n"
        b"(almost) every week,45-64,40\n"
        b"sometimes,45-64,10\n"
        b"never,12-14,3\n"
        b"never,45-64,-2\n"
        b"never,45-64,20\n"
        b"I don't get the paper,45-64,10\n"
    )
    survey = read_survey(data)
    texts = [p.text("en") for p in survey.problems]
    assert texts[0].startswith("row 3, column answer: 'sometimes' is not one of the five answers")
    assert texts[1].startswith("row 4, column band: '12-14' is not an age band")
    assert texts[2].startswith("row 5, column count: '-2' is not a count")
    assert survey.respondents == 70
    assert survey.counts.counts.tolist() == [[40, 0, 0, 20, 10]]


def test_a_survey_with_no_readers_is_not_fitted_but_the_export_still_counts(dordrecht):
    survey = read_survey(b"antwoord,aantal\nik krijg de krant niet,25\n")
    result = calibrate(dordrecht, survey=survey)
    assert result.print is None and not result.usable
    assert any("nobody in the survey receives the paper" in p.text("en") for p in result.problems)


def test_a_file_that_is_not_a_survey_says_what_it_expected():
    with pytest.raises(InputError) as caught:
        read_survey(b"code,name\nWK1,A\n")
    assert "expected the column answer" in caught.value.problems[0].text("en")
    with pytest.raises(InputError) as caught:
        read_survey(b"Campaign name,Reach,Impressions\nA,1,2\n")
    assert "Ads Manager export" in caught.value.problems[0].text("en")
    with pytest.raises(InputError) as caught:
        read_survey(b"antwoord,aantal\nsoms,3\n")
    assert [p.text("en")[:5] for p in caught.value.problems] == ["row 2", "file:"]


def test_template_has_the_five_answers_and_reads_back():
    for lang in ("nl", "en"):
        for by_band in (True, False):
            text = survey_template(lang, by_band)
            filled = "\n".join(line + ("7" if i else "") for i, line in enumerate(text.splitlines())) + "\n"
            survey = read_survey(filled.encode())
            assert not survey.problems
            assert survey.counts.counts.shape == ((4 if by_band else 1), len(ANSWERS))
            assert (survey.counts.counts == 7).all()


def test_a_band_that_never_reads_does_not_pin_the_factor_range():
    # 15-24: nobody reads (p at its lower limit); the factor on every band may still go below 1
    data = (
        b"antwoord,leeftijdsgroep,aantal\nnooit,15-24,30\n"
        b"(bijna) elke week,65+,25\neen paar keer per maand,65+,10\nnooit,65+,12\n"
    )
    fit = fit_print(read_survey(data).counts, START_SEEN, 0.5)
    assert fit.page_seen["15-24"] < 0.01
    low, high = fit.ranges["page_seen"]
    assert low < 0.95 < 1.0 < high
    assert 0.005 < fit.page_seen_ranges["15-24"][1] < 0.1  # 30 people who never read: up to a few percent


def test_interval_drop_is_half_the_chi_square_point():
    """The 80 % interval's drop in log-likelihood: half of chi-square's point with one degree of freedom."""
    assert DROP == pytest.approx(chi2.ppf(LEVEL, 1) / 2.0, rel=1e-13)
