"""Reading a user's own table of wijken or buurten (areas_csv)."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from budgetsim.areas_csv import (
    MAX_ROWS,
    TEMPLATE_CSV,
    areas_to_scenario_list,
    read_areas_csv,
)
from budgetsim.bands import BANDS, NATIONAL_AGE_SHARES
from budgetsim.planning import new_scenario, scenario_areas
from budgetsim.problems import InputError

NATIONAL = np.array([NATIONAL_AGE_SHARES[b] for b in BANDS])


def problems_of(source):
    with pytest.raises(InputError) as caught:
        read_areas_csv(source)
    return caught.value


def test_template_reads_with_age_shares_from_counts():
    areas = read_areas_csv(TEMPLATE_CSV)
    assert areas.codes == ("WK050501", "WK050502")
    assert areas.names == ("Binnenstad", "Noordflank")
    assert areas.residents.tolist() == [10390, 8195]
    assert areas.dwellings.tolist() == [5710, 4017]
    assert areas.age_from_data
    assert areas.age_shares[0] == pytest.approx(np.array([1200, 1650, 3480, 2460, 1600]) / 10390)
    assert areas.age_shares.sum(axis=1) == pytest.approx([1, 1])


def test_template_has_header_and_two_rows():
    lines = TEMPLATE_CSV.strip().splitlines()
    assert lines[0] == "code,name,residents,dwellings,0-14,15-24,25-44,45-64,65+"
    assert len(lines) == 3


def test_without_age_columns_national_shares_are_used():
    areas = read_areas_csv("code,name,residents,dwellings\nA,Alpha,100,50\nB,Beta,200,80\n")
    assert not areas.age_from_data
    assert areas.age_shares[1] == pytest.approx(NATIONAL)


def test_bom_and_crlf_are_accepted():
    data = "\ufeffcode,name,residents,dwellings\r\nA,Één,100,50\r\n".encode("utf-8")
    areas = read_areas_csv(data)
    assert areas.codes == ("A",)
    assert areas.names == ("Één",)


def test_semicolons_with_dutch_numbers():
    text = "code;name;residents;dwellings\nA;Alpha;1.234;12,5\nB;Beta;1.234.567,5;0,5\nC;Gamma;1234;7\n"
    areas = read_areas_csv(text)
    assert areas.residents.tolist() == [1234, 1234567.5, 1234]
    assert areas.dwellings.tolist() == [12.5, 0.5, 7]


def test_comma_file_does_not_take_dutch_numbers():
    error = problems_of('code,name,residents,dwellings\nA,Alpha,"1,5",3\n')
    assert [p.path for p in error.problems] == ["line 2, column residents"]


def test_cbs_statline_keys_with_quotes_and_padding():
    text = (
        '"ID";"WijkenEnBuurten";"Gemeentenaam_1";"SoortRegio_2";"Codering_3";"AantalInwoners_5";'
        '"k_0Tot15Jaar_8";"k_15Tot25Jaar_9";"k_25Tot45Jaar_10";"k_45Tot65Jaar_11";'
        '"k_65JaarOfOuder_12";"Woningvoorraad_35"\n'
        '1;"Wijk 01 Binnenstad";"Dordrecht  ";"Wijk      ";"WK050501  ";10390;1200;1650;3480;2460;1600;5710\n'
        '2;"Wijk 02 Noordflank";"Dordrecht  ";"Wijk      ";"WK050502  ";8195;1380;990;2150;2110;1565;4017\n'
    )
    areas = read_areas_csv(text.encode("utf-8"))
    assert areas.codes == ("WK050501", "WK050502")
    assert areas.names == ("Wijk 01 Binnenstad", "Wijk 02 Noordflank")
    assert areas.dwellings.tolist() == [5710, 4017]
    assert areas.age_from_data
    assert areas.age_shares[1] == pytest.approx(np.array([1380, 990, 2150, 2110, 1565]) / 8195)


@pytest.mark.parametrize("name_header", ["Naam", "naam", "NAME", "Wijknaam"])
def test_name_column_variants(name_header):
    areas = read_areas_csv(f"code,{name_header},residents,dwellings\nA,Alpha,1,1\n")
    assert areas.names == ("Alpha",)


def test_missing_name_column_uses_code():
    areas = read_areas_csv("code,residents,dwellings\nA,1,1\n")
    assert areas.names == ("A",)


def test_every_bad_cell_is_reported_at_once():
    text = "code,name,residents,dwellings\nA,Alpha,100,50\n,Nameless,10,5\nA,Again,-3,\nB,Beta,abc,.\n"
    error = problems_of(text)
    assert [p.path for p in error.problems] == [
        "line 3, column code",
        "line 4, column code",
        "line 4, column residents",
        "line 4, column dwellings",
        "line 5, column residents",
        "line 5, column dwellings",
    ]
    en = error.messages("en")
    assert en[1] == "line 4, column code: code A is also on line 2; every code may appear only once"
    assert en[2] == "line 4, column residents: must be at least 0 (got -3)"
    assert "empty" in en[3]
    assert "'abc' is not a number" in en[4]
    assert "CBS writes '.'" in en[5]
    nl = error.messages("nl")
    assert nl[2] == "regel 4, kolom residents: moet minstens 0 zijn (nu -3)"


def test_problems_name_the_users_own_column_header():
    error = problems_of("Codering_3;AantalInwoners_5;Woningvoorraad_35\nWK01;x;1\n")
    assert [p.path for p in error.problems] == ["line 2, column AantalInwoners_5"]


def test_missing_columns_are_listed_with_what_is_allowed():
    error = problems_of("naam,inwoners\nA,5\n")
    assert len(error.problems) == 2
    assert all(p.path == "line 1" for p in error.problems)
    assert "column 'code' is missing (allowed: code / Codering_3)" in error.messages()[0]
    assert "column 'dwellings' is missing (allowed: dwellings / Woningvoorraad_35)" in error.messages()[1]
    assert "kolom 'code' ontbreekt" in error.messages("nl")[0]


def test_missing_column_and_bad_cells_are_reported_together():
    error = problems_of("code,residents\nA,-1\n")
    assert [p.path for p in error.problems] == ["line 1", "line 2, column residents"]


def test_some_but_not_all_age_columns():
    error = problems_of("code,residents,dwellings,0-14,65+\nA,1,1,0,1\n")
    assert len(error.problems) == 1
    assert "missing: 15-24, 25-44, 45-64" in str(error)


def test_two_columns_meaning_the_same():
    error = problems_of("code,name,Naam,residents,dwellings\nA,a,b,1,1\n")
    assert [p.path for p in error.problems] == ["line 1, column Naam"]


def test_age_counts_far_from_residents():
    text = (
        "code,residents,dwellings,0-14,15-24,25-44,45-64,65+\n"
        "A,1000,500,200,200,200,200,140\n"  # 940: 6 % off -> reported
        "B,1000,500,200,200,200,200,160\n"  # 960: 4 % off -> fine
        "C,1000,500,0,0,0,0,0\n"  # 0 -> reported
    )
    error = problems_of(text)
    assert [p.path for p in error.problems] == ["line 2", "line 4"]
    assert "add up to 940, but there are 1,000 residents" in error.messages()[0]


def test_rows_without_residents_get_national_age_shares():
    text = "code,residents,dwellings,0-14,15-24,25-44,45-64,65+\nA,0,0,0,0,0,0,0\nB,100,50,20,20,20,20,20\n"
    areas = read_areas_csv(text)
    assert areas.age_shares[0] == pytest.approx(NATIONAL)
    assert areas.age_shares[1] == pytest.approx([0.2] * 5)


def test_not_utf8_is_refused_clearly():
    data = "code,name,residents,dwellings\nA,Caf\u00e9,1,1\n".encode("latin-1")
    error = problems_of(data)
    assert error.problems[0].path == "file"
    assert "not UTF-8" in str(error) and "line 2" in str(error)
    assert "UTF-8" in error.messages("nl")[0]


def test_utf16_is_refused_clearly():
    error = problems_of("code,residents,dwellings\nA,1,1\n".encode("utf-16"))
    assert "UTF-16" in str(error)


@pytest.mark.parametrize("text", ["", "   \n\n", ";;;\n"])
def test_empty_file(text):
    assert "empty" in str(problems_of(text))


def test_header_without_rows():
    error = problems_of("code,name,residents,dwellings\n")
    assert "no rows below the header" in str(error)


def test_too_many_rows():
    rows = "".join(f"A{i},{i},1\n" for i in range(MAX_ROWS + 1))
    error = problems_of("code,residents,dwellings\n" + rows)
    assert "more than 20,000 rows" in str(error)


def test_exactly_the_maximum_rows_is_fine():
    rows = "".join(f"A{i},{i},1\n" for i in range(MAX_ROWS))
    assert len(read_areas_csv("code,residents,dwellings\n" + rows)) == MAX_ROWS


def test_many_bad_rows_are_capped_with_a_summary():
    rows = "".join(f"A{i},x,1\n" for i in range(500))
    error = problems_of("code,residents,dwellings\n" + rows)
    assert len(error.problems) == 201
    assert error.problems[-1].message("en") == "and 300 more problems of the same kind"


def test_mixed_region_levels_are_reported():
    text = "Codering_3;AantalInwoners_5;Woningvoorraad_35\nGM0505;100;50\nWK050501;60;30\nBU05050101;40;20\n"
    error = problems_of(text)
    assert error.problems[-1].path == "column Codering_3"
    assert "mixes levels (BU, GM, WK)" in str(error)


def test_blank_lines_are_skipped_and_line_numbers_stay_physical():
    error = problems_of("code,residents,dwellings\n\nA,1,1\n\nB,x,1\n")
    assert [p.path for p in error.problems] == ["line 5, column residents"]


def test_reads_from_a_path(tmp_path):
    path = tmp_path / "wijken.csv"
    path.write_bytes(TEMPLATE_CSV.encode("utf-8"))
    assert read_areas_csv(path).codes == ("WK050501", "WK050502")
    assert read_areas_csv(str(path)).codes == ("WK050501", "WK050502")


def test_missing_path_is_an_input_error(tmp_path):
    error = problems_of(tmp_path / "nope.csv")
    assert error.problems[0].path == "file"


def test_scenario_list_round_trips_through_a_scenario():
    areas = read_areas_csv(TEMPLATE_CSV)
    entries = areas_to_scenario_list(areas)
    assert entries[0]["code"] == "WK050501"
    assert entries[0]["residents"] == 10390 and isinstance(entries[0]["residents"], int)
    assert list(entries[0]["age_shares"]) == list(BANDS)
    again = scenario_areas(new_scenario(areas=entries, print_eur=0))
    assert again.codes == areas.codes and again.names == areas.names
    assert again.age_shares == pytest.approx(areas.age_shares, abs=1e-6)
    assert again.residents.tolist() == areas.residents.tolist()


def test_scenario_list_without_ages_has_no_age_shares():
    areas = read_areas_csv("code,residents,dwellings\nA,1.5,2\n")
    assert areas_to_scenario_list(areas) == [{"code": "A", "name": "A", "residents": 1.5, "dwellings": 2}]


cells = st.sampled_from(["A", "B", "1", "1.234", "12,5", "-1", "", ".", "x", "WK01", "BU01", '"q"', "0"])
headers = st.permutations(["code", "name", "residents", "dwellings", "0-14", "15-24", "25-44", "45-64", "65+"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(cells, max_size=9), max_size=6), st.sampled_from([",", ";"]), headers, st.integers(1, 9))
def test_any_table_gives_areas_or_input_error(rows, delimiter, header, columns):
    text = delimiter.join(header[:columns]) + "\n" + "\n".join(delimiter.join(r) for r in rows)
    try:
        areas = read_areas_csv(text)
    except InputError as error:
        assert error.problems and all(p.path and p.message("en") and p.message("nl") for p in error.problems)
        return
    assert len(areas) == sum(1 for r in rows if any(c.strip() for c in r))


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_give_areas_or_input_error(data):
    try:
        read_areas_csv(data)
    except InputError:
        pass


def test_limits_of_the_scenario_file_reported_by_line_and_column():
    text = "code,name,residents,dwellings\n" + "X" * 120 + ",Noord,10,5\nB2," + "n" * 250 + ",2000000000,5\n"
    with pytest.raises(InputError) as info:
        read_areas_csv(text)
    lines = info.value.messages("en")
    assert any(m.startswith("line 2, column code") and "at most 100" in m for m in lines), lines
    assert any(m.startswith("line 3, column name") and "at most 200" in m for m in lines), lines
    assert any(m.startswith("line 3, column residents") and "at most 1,000,000,000" in m for m in lines), lines
