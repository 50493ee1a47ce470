"""Numbers: money, counts, durations and percentages with a value and a unit."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import synoptic
from synoptic.backends.nlp import load_spacy
from synoptic.facts import NumberMention
from synoptic.stages.numbers import (
    _span_end,
    _with_symbol,
    parse_value,
    read_number,
    read_range,
)
from test_entities import load_eval


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2,400", 2400.0),
        ("€14 million", 14e6),
        ("just $34 million", 34e6),
        ("1.2bn", 1.2e9),
        ("4.5%", 4.5),
        ("nineteen", 19.0),
        ("two hundred", 200.0),
        ("a dozen", 12.0),
        ("three thousand five hundred", 3500.0),
    ],
)
def test_parse_value(text: str, value: float) -> None:
    assert parse_value(text) == pytest.approx(value)


def test_no_number_no_value() -> None:
    assert parse_value("several") is None


def _numbers(sentence: str) -> dict[str, tuple[float, str] | None]:
    doc: Any = load_spacy()(sentence)
    return {ent.text: read_number(ent) for ent in doc.ents}


@pytest.mark.slow
def test_units_from_symbols_words_and_counted_nouns() -> None:
    got = _numbers(
        "Some 2,400 dockworkers struck for 72 hours, costing about €14 million, while the union "
        "asked for 9 per cent and 31 ships waited 40 km offshore."
    )
    values = {v for v in got.values() if v is not None}
    assert (2400.0, "people") in values
    assert (72.0, "hours") in values
    assert (14e6, "EUR") in values
    assert (9.0, "percent") in values
    assert (31.0, "ship") in values
    assert (40.0, "km") in values


@pytest.mark.slow
def test_references_back_and_bare_numbers_are_skipped() -> None:
    got = _numbers("The two countries signed Article 2 of the treaty in 2019.")
    assert all(v is None for v in got.values())


@pytest.mark.slow
def test_fixture_numbers_meet_the_floor() -> None:
    ev = load_eval()
    for folder in (ev.FIXTURES, ev.FIXTURES / "heldout"):
        brief, ids = ev.fixture_run(folder)
        scores = ev.score_numbers(brief, ids, ev.load_gold(folder))
        assert scores.precision >= 0.9
        assert scores.recall >= 0.85
        for n in brief.numbers:
            assert brief.source(n.source).original[n.start : n.end] == n.text


def test_number_to_dict_has_the_documented_fields() -> None:
    n = NumberMention(text="5", value=5.0, unit="people", context="c", source="S1", start=0, end=1)
    assert set(n.to_dict()) == {"text", "value", "unit", "context", "source", "start", "end"}


@pytest.mark.slow
def test_a_currency_symbol_belongs_to_its_figure() -> None:
    doc: Any = load_spacy()("The grant rose by $92 a month to $1,657, while 40 km of road closed.")
    spans = []
    for ent in doc.ents:
        found = read_number(ent)
        if found:
            spans.append(doc.text[_with_symbol(ent, found[1]) : ent.end_char])
    assert "$92" in spans
    assert "40 km" in spans


@pytest.mark.slow
def test_a_figure_in_a_reprinted_sentence_marks_its_origin(tmp_path: Path) -> None:
    wire = "The new Carrow ferry terminal will cost €42 million and open in the spring of 2027."
    (tmp_path / "a.txt").write_text(f"{wire}\n\nThe harbour board met on Monday.\n", "utf-8")
    (tmp_path / "b.txt").write_text(
        f"Tickets for the old ferry sold out by noon.\n\n{wire}\n", "utf-8"
    )
    brief = synoptic.build_brief([tmp_path / "a.txt", tmp_path / "b.txt"])
    million = [n for n in brief.numbers if "42" in n.text]
    assert {n.source for n in million} == {"S1", "S2"}
    assert {n.source: n.copy_of for n in million} == {"S1": None, "S2": "S1"}
    assert "copy_of" in next(n.to_dict() for n in million if n.source == "S2")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("three to five", 3.0),  # a range: its first number, not the sum of both
        ("between two and four", 2.0),
        ("an expected eight percent", 8.0),
        ("a half", 0.5),
        ("seven and a half", 7.5),
        ("twenty five", 25.0),
        ("2 1/2", 2.5),
        ("2 1-2", 2.5),  # wire style for two and a half
    ],
)
def test_ranges_articles_and_fractions(text: str, value: float) -> None:
    assert parse_value(text) == pytest.approx(value)


def test_a_scale_word_without_a_number_has_no_value() -> None:
    assert parse_value("several billion dollars") is None


def _amounts(sentence: str) -> dict[str, tuple[float, str]]:
    """Each amount found, keyed by the text the mention would show."""
    doc: Any = load_spacy()(sentence)
    out = {}
    for ent in doc.ents:
        found = read_number(ent)
        if found is not None:
            out[doc.text[_with_symbol(ent, found[1]) : _span_end(ent, found[1])]] = found
    return out


@pytest.mark.slow
def test_wire_currency_codes_and_glued_scales_are_money() -> None:
    got = _amounts(
        "The Velmora board awaits a dlrs 30 billion rescue package, and its chief was paid "
        "$20m last year, up from 24.2 million euros."
    )
    assert got["dlrs 30 billion"] == (30e9, "USD")
    assert got["$20m"] == (20e6, "USD")
    assert got["24.2 million"] == (24.2e6, "EUR")


@pytest.mark.slow
def test_nationalities_and_people_nouns_count_people() -> None:
    got = _amounts("Police in Drellin said 27 Norwegians and 750 prisoners were moved on Friday.")
    assert got["27"] == (27.0, "people")
    assert got["750"] == (750.0, "people")


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence",
    [
        "Built in 2,400 BC, the Orrin barrow is the oldest in the valley.",
        "Duration: 2:10 Orrin Studio Rating: 12A",
        "The Greens currently hold a 54-to-46 majority in the Tarn council.",
        "Half the tenants in his 13 Halvorsen, Ostmark, rental flats are behind on rent.",
        "As required by statute (38 U.S.C. a review is held every year.",
    ],
)
def test_years_times_ratios_and_names_are_not_amounts(sentence: str) -> None:
    assert _amounts(sentence) == {}


@pytest.mark.slow
def test_a_count_that_leaves_out_its_noun_takes_the_one_before() -> None:
    got = _amounts("Officials said nine people died in Kessfield and more than 40 were injured.")
    assert got["more than 40"] == (40.0, "people")


@pytest.mark.slow
def test_a_multiple_counts_times() -> None:
    got = _amounts("The new Brask reservoir is 10 times the size of the old one.")
    assert got["10"] == (10.0, "times")


def test_a_year_before_its_noun_is_not_a_count() -> None:
    # spaCy may call a year CARDINAL ("her 2016 crew"): a year, not 2016 people. A plural noun
    # after it keeps the count ("2000 pilgrims").
    import spacy
    from spacy.tokens import Doc

    def parsed(words: list[str], tags: list[str]) -> Any:
        return Doc(
            spacy.blank("en").vocab,
            words=words,
            heads=[1, 1, 3, 1, 1],
            deps=["nsubj", "ROOT", "nummod", "dobj", "punct"],
            tags=tags,
            pos=["PROPN", "VERB", "NUM", "NOUN", "PUNCT"],
            lemmas=[w.lower().rstrip("s") for w in words],
            ents=["O", "O", "B-CARDINAL", "O", "O"],
        )

    crew = parsed(["Voss", "led", "2016", "crew", "."], ["NNP", "VBD", "CD", "NN", "."])
    assert read_number(crew.ents[0]) is None
    pilgrims = parsed(["Voss", "led", "2000", "pilgrims", "."], ["NNP", "VBD", "CD", "NNS", "."])
    assert read_number(pilgrims.ents[0]) == (2000.0, "people")


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence",
    [
        "A frantic 911 call reached the Orrin depot at dawn.",  # a number on a singular noun
        "The Tarn court has a 6-3 majority.",  # a vote split
        "Halvik drew a 9/11-style inquiry.",  # a date, not 9 of anything
        "One in 10 ferries at Halvik is late.",  # a ratio, not 10 ferries
        "The five-year survival rate at the Orrin clinic was high.",  # the name of a measure
        "The four-week moving average of ferry bookings rose.",
        "Five-year survival odds at the Orrin clinic improved.",
    ],
)
def test_labels_splits_dates_ratios_and_measure_names_are_not_amounts(sentence: str) -> None:
    assert _amounts(sentence) == {}


@pytest.mark.slow
def test_a_figure_a_plural_subject_rose_or_fell_to_counts_that_subject() -> None:
    got = _amounts("Jobless claims in Tarn fell to 412,000 last week from a revised 436,000.")
    assert got["412,000"] == (412000.0, "claim")
    assert got["436,000"] == (436000.0, "claim")
    # A singular subject is a level, not a count of it: "the index rose to 5,120".
    assert "5,120" not in _amounts("The Halvik ferry index rose to 5,120 on Monday.")


@pytest.mark.slow
def test_collective_and_measure_nouns_still_count() -> None:
    got = _amounts("The Orrin team signed 30 players and 12 staff and bought 40 acre of land.")
    assert got["12"] == (12.0, "people")



@pytest.mark.parametrize(
    ("sentence", "value", "high"),
    [
        ("Between 40 and 60 ferry workers were hurt in Kell.", 40.0, 60.0),
        ("The new quay will cost between $5 and $7 billion.", 5e9, 7e9),
        ("The dredging costs $3 million to $4 million a year.", 3e6, 4e6),
        ("Repairs to the Kell quay will take three to five years.", 3.0, 5.0),
        ("Ferry fares rose 2 to 3 percent in Kell.", 2.0, 3.0),
        ("The ferry line's budget grew from $3 billion to $5 billion.", None, None),  # a change
        ("The Kell ferry carried 4,000 cars last year.", None, None),
    ],
)
def test_a_range_keeps_both_ends(sentence: str, value: float | None, high: float | None) -> None:
    # read_range: a range inside one entity (see also the split ones below)
    doc: Any = load_spacy()(sentence)
    spans = [read_range(ent) for ent in doc.ents if read_number(ent) or ent.label_ == "DATE"]
    found = [s for s in spans if s is not None]
    assert found == ([(value, high)] if high is not None else [])


def test_a_range_is_in_the_json_and_is_its_own_key_number() -> None:
    from synoptic.render._common import number_groups

    low = NumberMention(text="40 to 60 workers", value=40.0, value_high=60.0, unit="worker",
                        context="c", source="S1", start=0, end=16)
    single = NumberMention(text="40 workers", value=40.0, unit="worker", context="c",
                           source="S2", start=0, end=10)
    assert low.to_dict()["value_high"] == 60.0
    assert "value_high" not in single.to_dict()
    groups = number_groups({"numbers": [low.to_dict(), single.to_dict()]})
    assert [g.text for g in groups] == ["40 to 60 workers", "40 workers"]


@pytest.mark.parametrize(
    ("sentence", "text", "value", "high"),
    [
        ("The Carrow crane collapse injured 40 to 60 dock workers.", "40 to 60", 40.0, 60.0),
        ("The crane collapse injured between 40 and 60 dock workers.", "between 40 and 60", 40.0,
         60.0),
        ("The Carrow pier sold 3 and 4 houses in May.", None, None, None),
    ],
)
def test_a_range_split_in_two_entities_is_one_figure(
    tmp_path: Path, sentence: str, text: str | None, value: float | None, high: float | None
) -> None:
    (tmp_path / "a.txt").write_text(sentence + "\n", "utf-8")
    brief = synoptic.build_brief([tmp_path / "a.txt"])
    ranges = [(n.text, n.value, n.value_high) for n in brief.numbers if n.value_high]
    assert ranges == ([(text, value, high)] if text else [])
    if text:
        assert [n.unit for n in brief.numbers] == ["people"]  # one figure, not two


def test_a_rate_and_its_base() -> None:
    found = _numbers("The Kell ferry death rate was 20.1 per 100,000 passengers last year.")
    assert found.get("20.1") == (20.1, "per 100,000 passengers")
    assert found.get("100,000") is None  # the base of the rate is not a count


def test_a_plural_the_small_model_lemmatizes_wrongly() -> None:
    found = _numbers("The Kell clinic has given 20 million doses so far.")
    assert found.get("20 million") == (20e6, "dose")


@pytest.mark.slow
def test_a_plus_after_a_figure_keeps_its_scale_and_its_noun() -> None:
    """"$1 trillion+", "10,000+ people", "50%+": at least the figure; the "+" (kept in the
    text) breaks neither the scale word nor the counted noun."""
    doc: Any = load_spacy()(
        "The Varn plan would cost $1 trillion+ over a decade. The rally drew 10,000+ people, "
        "and 2 million+ residents lost power while turnout rose 50%+ in Orlen."
    )
    got = {}
    for ent in doc.ents:
        found = read_number(ent)
        if found is not None:
            unit = found[1]
            got[doc.text[_with_symbol(ent, unit) : _span_end(ent, unit)]] = found
    assert got["$1 trillion+"] == (1e12, "USD")
    assert got["10,000+"] == (10000.0, "people")
    assert got["2 million+"] == (2e6, "people")
    assert got["50%+"] == (50.0, "percent")


@pytest.mark.slow
def test_a_large_count_after_a_possessive_is_a_population() -> None:
    got = _amounts(
        "The island of Vessa imports rice to feed its 4 million people, and their two "
        "neighbours help."
    )
    assert got["4 million"] == (4e6, "people")
    assert "two" not in got  # "their two neighbours": a reference back, not a count


@pytest.mark.slow
def test_weights_and_lengths_are_measures() -> None:
    got = _amounts("Crews lifted the 31-foot, 18,000-pound Kesto module onto the barge.")
    assert got["18,000-pound"] == (18000.0, "lb")
    assert got["31-foot"] == (31.0, "ft")
    got = _amounts("The Kesto module weighs 17,500 pounds.")
    assert got["17,500 pounds"] == (17500.0, "lb")


@pytest.mark.slow
def test_pounds_after_a_weight_word_are_a_weight_not_money() -> None:
    got = _amounts("Once finished, the Kesto dock will have a mass of 3 million pounds.")
    assert got["3 million pounds"] == (3e6, "lb")
    got = _amounts("Ferry owner Tam Rusk was fined 5,000 pounds by the Orrin court.")
    assert got["5,000 pounds"] == (5000.0, "GBP")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Many Orrin villagers fled (currently there are about 12,000 in Tarnby).", "about 12,000",
         12_000.0),
        ("Some 3,000 were evacuated from the Halvik valley on Monday.", "Some 3,000", 3_000.0),
        ("By Friday nearly 40,000 had signed the Tarn petition.", "nearly 40,000", 40_000.0),
    ],
)
def test_a_bare_count_a_clause_is_about_is_a_number(
    tmp_path: Path, sentence: str, text: str, value: float
) -> None:
    # A count with no noun after it, the subject or object of its clause, is still an amount
    # ("some 3,000 were evacuated"), with its qualifier in the figure's text.
    (tmp_path / "a.txt").write_text(sentence + "\n", "utf-8")
    brief = synoptic.build_brief([tmp_path / "a.txt"])
    got = [(n.text, n.value) for n in brief.numbers]
    assert got == [(text, value)]
    n = brief.numbers[0]
    assert brief.sources[0].original[n.start : n.end] == n.text


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence",
    [
        "In Tarnby 2019 brought floods to the Orrin ferry.",
        "One of the Halvik crew was hurt, the Tarn coastguard said.",
        "The Halvik council passed Item 12 on Monday.",
        "The Tarn levy bill passed 212 to 190 on Monday.",
        "Some 1 in 5 Halvik tenants are behind on rent.",
    ],
)
def test_a_bare_year_part_or_label_is_still_no_count(tmp_path: Path, sentence: str) -> None:
    (tmp_path / "a.txt").write_text(sentence + "\n", "utf-8")
    brief = synoptic.build_brief([tmp_path / "a.txt"])
    assert [n.text for n in brief.numbers] == []


@pytest.mark.slow
def test_a_figures_text_leaves_out_its_article_or_determiner(tmp_path: Path) -> None:
    # "the other 9 minutes": the figure is "9 minutes"; the span stays a slice of the text.
    (tmp_path / "a.txt").write_text(
        "Edda Voss scored twice in the other 9 minutes of the Tarn final.\n", "utf-8"
    )
    brief = synoptic.build_brief([tmp_path / "a.txt"])
    assert [(n.text, n.value, n.unit) for n in brief.numbers] == [("9 minutes", 9.0, "minutes")]
    n = brief.numbers[0]
    assert brief.sources[0].original[n.start : n.end] == n.text


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "text", "found"),
    [
        # Money a clause pays, earns or is fined is money, though spaCy calls it a QUANTITY.
        ("The Brackwell court fined the Orrin Mill company 40,000 pounds for the spill.",
         "40,000 pounds", (40_000.0, "GBP")),
        ("Tarn councillor Edda Voss earns 90,000 pounds a year.", "90,000 pounds",
         (90_000.0, "GBP")),
        ("Halvik agreed a 6 billion pound aid package on Sunday.", "6 billion pound",
         (6e9, "GBP")),
        # A weight stays a weight: a weight word, "pounds of", a hyphenated size.
        ("The Orrin truck carried 44,000 pounds of gravel.", "44,000 pounds", (44_000.0, "lb")),
        ("The Kesto module weighs 17,500 pounds.", "17,500 pounds", (17_500.0, "lb")),
    ],
)
def test_pounds_a_clause_pays_are_money(
    sentence: str, text: str, found: tuple[float, str]
) -> None:
    assert _amounts(sentence)[text] == found


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "text", "found"),
    [
        ("A fine of 250,000 euros was imposed on Norvale Shipping.", "250,000", (250e3, "EUR")),
        ("The Tarn ticket cost 5,000 yen and the meal 300 rupees.", "5,000 yen", (5e3, "JPY")),
        ("Almont paid 40 million francs in damages.", "40 million francs", (40e6, "CHF")),
    ],
)
def test_currency_words_written_out_are_money(
    sentence: str, text: str, found: tuple[float, str]
) -> None:
    assert _amounts(sentence)[text] == found


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        # A scale joined by a hyphen ("$161-million deal") or after a space ("US$ 7.2 bn").
        ("Edda Voss agreed a seven-year, $161-million deal with Tarn United.", "$161-million",
         161e6),
        ("The Halvik deal is worth US$ 7.2 bn, the company said.", "US$ 7.2 bn", 7.2e9),
    ],
)
def test_a_scale_after_a_hyphen_or_a_space_scales_a_sum(
    sentence: str, text: str, value: float
) -> None:
    got = _amounts(sentence)
    assert got[text][0] == pytest.approx(value)


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence",
    [
        "Her son dialed 911 from the Orrin flat.",  # a telephone number
        "Tarn forward Edda Voss will turn 29 in April.",  # an age
        "Juror No. 12 said the Halvik jury was tired.",  # a label
        "His No. 10 jersey hangs in the Tarn rafters.",
        "Voss hit .358 with the Orrin club last season.",  # an average, not 358 of anything
        "Brakvik closed the season with a 50-32 record.",  # a record, not 50 records
        "Halvik started the year with an 18-30 record.",  # nor a range of records
    ],
)
def test_phone_numbers_ages_labels_averages_and_records_are_not_amounts(sentence: str) -> None:
    assert _amounts(sentence) == {}


@pytest.mark.slow
def test_a_few_is_no_figure_and_a_couple_is_two() -> None:
    assert parse_value("a few minutes") is None
    assert parse_value("a few hundred") is None
    assert parse_value("a couple hours") == 2.0
    assert parse_value("a couple of days") == 2.0


@pytest.mark.slow
def test_a_speed_keeps_its_rate_and_a_capitalized_product_is_no_people() -> None:
    got = _amounts("The Orrin car reached speeds up to 120 miles per hour.")
    assert got["up to 120 miles per hour"] == (120.0, "mph")
    got = _amounts("The Tarn navy seized a total of 14 AK 47 Rifles, 31 Magazines and 9 rounds.")
    assert got["14"][1] != "people"
    assert got["31"][1] != "people"
    got = _amounts("They also confiscated seven AK-47s and a Halvik rifle.")
    assert got["seven"][1] != "people"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("Deputies said Voss is 5-foot-8, 135 pounds, with a scar.", "5-foot-8", 5 + 8 / 12),
        ("Deputies said Voss is 5 - foot - 8 , 135 pounds .", "5 - foot - 8", 5 + 8 / 12),
        ("Halvik, who is 6-foot-2, signed with the Tarn club.", "6-foot-2", 6 + 2 / 12),
        ("The six-foot-five Orrin-born champ was never thrown.", "six-foot-five", 6 + 5 / 12),
        ("He is 5-feet-8 inches tall, weighing 130 pounds.", "5-feet-8 inches", 5 + 8 / 12),
    ],
)
def test_a_height_in_feet_and_inches_is_one_length(sentence: str, text: str, value: float) -> None:
    got = _amounts(sentence)
    assert got[text][0] == pytest.approx(value)
    assert got[text][1] == "ft"
    doc: Any = load_spacy()(sentence)
    assert all(read_range(ent) is None for ent in doc.ents)  # not a range of 5 to 8


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        ("The Kell airport handled 70m passengers last year.", "70m", 70e6, "people"),
        ("Brakvik expects 70m passengers a year by 2030.", "70m", 70e6, "people"),
    ],
)
def test_a_scale_suffix_after_a_count_scales_it(
    sentence: str, text: str, value: float, unit: str
) -> None:
    assert _amounts(sentence)[text] == (pytest.approx(value), unit)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Crews fought the Kell blaze in temperatures of minus 17 degrees.", "minus 17 degrees"),
        ("Overnight temperatures in Kell dropped to -17 degrees.", "-17 degrees"),
    ],
)
def test_a_temperature_below_zero_is_negative(sentence: str, text: str) -> None:
    assert _amounts(sentence)[text][0] == -17.0


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence",
    [
        "The Orrin climber fell about 600m while climbing near the Kell hut.",
        "A corner of the Tarn depot measuring 50m by 50m was alight.",
        "They were within 80m of the Halvik summit.",
    ],
)
def test_m_after_a_count_without_a_plural_noun_stays_metres(sentence: str) -> None:
    assert all(unit == "m" and value < 1000 for value, unit in _amounts(sentence).values())


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("The Tarn club offered at least $160MM over eight years.", "at least $160MM", 160e6),
        ("Orrin is dropping $ 20MM per year on Voss.", "20MM", 20e6),
    ],
)
def test_mm_after_a_sum_is_million(sentence: str, text: str, value: float) -> None:
    assert _amounts(sentence)[text] == (pytest.approx(value), "USD")


def test_a_money_range_with_a_glued_scale_keeps_both_ends(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("The Orrin club offered around $140-150MM for Voss.\n", "utf-8")
    brief = synoptic.build_brief([tmp_path / "a.txt"])
    got = [(n.text, n.value, n.value_high, n.unit) for n in brief.numbers]
    assert got == [("around $140-150MM", 140e6, 150e6, "USD")]


def test_between_two_counts_split_by_the_parser_is_one_range(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "The Kell ferry will carry between 200 and 350 passengers depending on the layout.\n",
        "utf-8",
    )
    brief = synoptic.build_brief([tmp_path / "a.txt"])
    got = [(n.text, n.value, n.value_high, n.unit) for n in brief.numbers]
    assert got == [("between 200 and 350", 200.0, 350.0, "people")]


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence",
    [
        "The Tarn ferry sent a message at 1400 hours that it was sinking.",
        "The Orrin quake struck at 0600 GMT on Tuesday.",
        "The Orrin quake struck at 0600 local time on Tuesday.",
        "Troops moved into Kell at 2300 hours on Monday.",
    ],
)
def test_a_military_or_24_hour_time_is_no_amount(sentence: str) -> None:
    assert _amounts(sentence) == {}


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence",
    [
        "At one point the Kell jury asked to see the Orrin letters again.",
        "Voss was having a standout year before the Tarn injury.",
        "The Halvik clubs need rest on a short week.",
        "On a day when the Orrin ferry sank, Voss stayed home.",
        "It is a sad day for the Kell ferry crews.",
        "Brakvik estimated that one in every 500 Kell users had been exposed.",
        "The robbers drove a 4x4 into the Orrin store.",
    ],
)
def test_idioms_ratios_and_labels_are_no_amounts(sentence: str) -> None:
    assert _amounts(sentence) == {}


@pytest.mark.slow
def test_a_duration_with_a_number_word_after_its_article_stays() -> None:
    got = _amounts("Voss told the Kell Post a couple hours after a court hearing that he was glad.")
    assert got["a couple hours"] == (2.0, "hours")
    assert _amounts("The Orrin trial took a full week.")["a full week"] == (1.0, "weeks")


@pytest.mark.slow
def test_others_count_what_the_sentence_counted_or_nothing() -> None:
    got = _amounts("The Orrin gunman killed two workers and wounded three others.")
    assert got["three"] == (3.0, "people")
    got = _amounts("Voss was indicted in Kell with 14 others on federal charges.")
    assert got["14"] == (14.0, "")


@pytest.mark.slow
def test_a_scale_suffix_before_a_named_plural_or_a_currency() -> None:
    got = _amounts("They made off with 2m euros of Orrin jewellery.")
    assert got["2m"] == (pytest.approx(2e6), "EUR")
    got = _amounts("The Kell flaw has reached over 2m Halvik users.")
    assert got["2m"] == (pytest.approx(2e6), "people")


@pytest.mark.parametrize(
    ("text", "value"), [("2-1/2 years", 2.5), ("4-1/2 months", 4.5)]
)
def test_a_hyphenated_fraction(text: str, value: float) -> None:
    assert parse_value(text) == pytest.approx(value)


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence",
    ["The Halvik fix covers more than half-a-dozen versions of the Kell browser."],
)
def test_a_hyphen_before_a_word_that_is_no_number_makes_no_range(sentence: str) -> None:
    doc: Any = load_spacy()(sentence)
    assert [read_range(ent) for ent in doc.ents if read_number(ent)] in ([], [None])


def _rows(tmp_path: Path, text: str) -> list[tuple[str, float, float | None, str]]:
    (tmp_path / "a.txt").write_text(text + "\n", "utf-8")
    brief = synoptic.build_brief([tmp_path / "a.txt"])
    return [(n.text, n.value, n.value_high, n.unit) for n in brief.numbers]


@pytest.mark.slow
def test_per_cent_after_a_count_makes_it_a_percentage() -> None:
    got = _amounts("Sixty-five per cent of the Orrin voters backed the Kell plan.")
    assert got == {"Sixty-five per cent": (65.0, "percent")}
    got = _amounts("Less than 1 per cent of Kell homes had power on Tuesday.")
    assert got == {"Less than 1 per cent": (1.0, "percent")}


@pytest.mark.slow
def test_a_range_whose_low_end_the_parser_left_out(tmp_path: Path) -> None:
    got = _rows(tmp_path, "Forecasters said the Tarn storm will linger 72 to 120 hours.")
    assert got == [("72 to 120 hours", 72.0, 120.0, "hours")]


@pytest.mark.slow
def test_richter_degrees_are_a_magnitude_and_sizes_or_coordinates_no_amount() -> None:
    got = _amounts("The Kell quake measured 3.8 degrees on the Richter scale.")
    assert got == {"3.8 degrees": (3.8, "magnitude")}
    assert _amounts("The Tarn cell was 8-by-12 feet.") == {}
    assert _amounts("The Kell camp lies at 45 degrees north of the Orrin river.") == {}


@pytest.mark.slow
def test_a_duration_in_two_units_is_one_duration(tmp_path: Path) -> None:
    got = _rows(tmp_path, "Voss finished the Orrin race in 1hr 4 mins on Sunday.")
    assert [(t, round(v, 3), u) for t, v, _, u in got] == [("1hr 4 mins", 1.067, "hours")]
    got = _rows(tmp_path, "The Kell ferry sank in 12 minutes, 31 seconds after the blast.")
    assert [(t, round(v, 3), u) for t, v, _, u in got] == [
        ("12 minutes, 31 seconds", 12.517, "minutes")
    ]


def test_a_lone_fraction_before_a_unit() -> None:
    assert parse_value("1/2 liter") == pytest.approx(0.5)
    assert parse_value("3/4 mile") == pytest.approx(0.75)


@pytest.mark.slow
def test_nouns_of_counts_that_are_no_people_or_no_count() -> None:
    assert _amounts("Three mobile operators bid for the Kell licence.") == {
        "Three": (3.0, "operator")
    }
    assert _amounts("The Orrin clubs have four fan bases.") == {"four": (4.0, "base")}
    assert _amounts("There were nine break-ins in Tarn.") == {"nine": (9.0, "break-in")}
    assert _amounts("Voss called two time outs in the Kell game.") == {}
    assert _amounts("Police received 911 calls about the Orrin fire.") == {}
    assert _amounts("Fans chanted ONE MORE YEAR! at the Kell arena.") == {}


@pytest.mark.slow
def test_a_count_after_a_gerund_takes_no_noun_from_an_earlier_count() -> None:
    got = _amounts("Voss had 10 rebounds, and Brakvik led Kell scoring 14.")
    assert got.get("14") in (None, (14.0, ""))
    got = _amounts("Fourteen people died and more than 200 were injured in Orrin.")
    assert got["more than 200"] == (200.0, "people")


@pytest.mark.slow
def test_from_x_to_y_is_a_range_only_after_range_or_vary(tmp_path: Path) -> None:
    got = _rows(tmp_path, "Estimates of the Kell crowd ranged from 2,000 to 5,000 people.")
    assert got == [("2,000 to 5,000", 2000.0, 5000.0, "people")]
    got = _rows(tmp_path, "The Kell toll climbed from 12 to 30 people.")
    assert got == [("30", 30.0, None, "people")]


@pytest.mark.slow
def test_one_source_who_speaks_or_one_thing_is_no_figure() -> None:
    assert _amounts("The plan, one Kell investor observed, was doomed.") == {}
    assert _amounts("The Orrin jury was split, said one person who attended.") == {}
    assert _amounts("I can tell you one thing about the Tarn ferry.") == {}
    assert _amounts("One Kell investor lost $5 million.")["One"] == (1.0, "people")


@pytest.mark.slow
def test_a_count_in_a_side_clause_takes_no_noun_from_the_count_before() -> None:
    got = _amounts("Voss finished with 16 points and nine rebounds, scoring 14 in a short stretch.")
    assert got["14"] == (14.0, "")
    got = _amounts("Reporters spoke to one Kell man who says he called 911 after the crash.")
    assert "911" not in got


@pytest.mark.slow
def test_a_magnitude_on_the_richter_scale_and_a_coordinate_in_longitude() -> None:
    got = _amounts("An earthquake measuring 5.6 on the Richter scale jolted Orrin island.")
    assert got["5.6"] == (5.6, "magnitude")
    assert _amounts("The Kell epicentre was 55.96 degrees in longitude.") == {}


@pytest.mark.slow
def test_an_n_time_winner_a_part_of_a_group_and_a_lede_in_capitals() -> None:
    assert _amounts("Voss is a two-time Kell champion.")["two"] == (2.0, "times")
    got = _amounts("The Orrin gunman shot three people, killing one, before fleeing.")
    assert got["one"] == (1.0, "people")
    assert _amounts("THREE PEOPLE HAVE DIED IN A BLAZE in Kell.")["THREE"] == (3.0, "people")


@pytest.mark.slow
def test_a_range_of_percentages_keeps_its_high_end() -> None:
    doc: Any = load_spacy()("Roughly 60% to 65% of Kell voters backed the Orrin plan.")
    assert read_range(doc.ents[0]) == (60.0, 65.0)
    doc = load_spacy()("The Orrin council vowed to cut waste by 30%-35% from 2010 levels.")
    ent = next(e for e in doc.ents if e.label_ == "PERCENT")
    assert read_range(ent) == (30.0, 35.0)


@pytest.mark.slow
def test_people_a_figure_is_according_to_are_its_sources() -> None:
    assert _amounts("The Kell port will reopen, according to two people familiar with it.") == {}
    assert _amounts("The Tarn ferry was sold, according to three officials briefed on it.") == {}
    got = _amounts("Two Tarn residents were hurt, according to police.")
    assert got == {"Two": (2.0, "people")}


@pytest.mark.slow
def test_one_that_opens_a_point_or_names_an_instance_is_no_count() -> None:
    assert _amounts("One problem is that the Kell bridge is closed.") == {}
    assert _amounts("The Tarn curfew is one such measure, the mayor said.") == {}
    got = _amounts("The Orrin council wants every adult to get at least one dose by May.")
    assert got["at least one"] == (1.0, "dose")


@pytest.mark.slow
def test_a_count_counts_the_last_noun_of_a_compound() -> None:
    got = _amounts("The council wants every Kell adult to have one vaccine dose by May.")
    assert got == {"one": (1.0, "dose")}


@pytest.mark.slow
def test_a_number_word_in_a_title_in_capitals_is_no_count() -> None:
    assert _amounts("Her film Three Quiet Rivers won at the Kell festival.") == {}


@pytest.mark.slow
def test_females_and_males_counted_are_people() -> None:
    got = _amounts("The Tarn police officer shot two females near the port.")
    assert got == {"two": (2.0, "people")}


@pytest.mark.slow
def test_one_day_meaning_some_day_is_no_duration() -> None:
    assert _amounts("Voss hopes one day to sail the Kell strait.") == {}
    assert _amounts("Voss could one day lead the Kell party.") == {}
    assert _amounts("One day the Orrin mill will reopen, Voss said.") == {}
    assert _amounts("The Kell strike lasted one day.") == {"one day": (1.0, "days")}
    assert _amounts("The Tarn fair closed for one day.") == {"one day": (1.0, "days")}


@pytest.mark.slow
def test_a_sum_in_cents_is_a_hundredth_of_the_currency() -> None:
    assert _amounts("The Tarn toll rose by 8.5 cents on Monday.") == {
        "8.5 cents": (0.085, "currency")
    }


@pytest.mark.slow
def test_a_banknote_in_pounds_is_money_not_a_weight() -> None:
    got = _amounts("Voss paid with a 10-pound note at the Kell shop.")
    assert got == {"10-pound": (10.0, "GBP")}
    assert _amounts("The Kell crew lifted a 200-pound crate.") == {"200-pound": (200.0, "lb")}


@pytest.mark.slow
def test_the_second_sum_of_a_change_from_x_to_y_is_kept(tmp_path: Path) -> None:
    got = _rows(tmp_path, "The Kell council raised the fee from $100,000 to $150,000 last year.")
    assert got == [("$100,000", 1e5, None, "USD"), ("$150,000", 1.5e5, None, "USD")]


@pytest.mark.slow
def test_a_change_from_x_to_y_in_one_span_is_two_sums(tmp_path: Path) -> None:
    got = _rows(tmp_path, "The Kell budget grew from $3 billion to $5 billion in a decade.")
    assert got[:2] == [("$3 billion", 3e9, None, "USD"), ("$5 billion", 5e9, None, "USD")]


@pytest.mark.slow
def test_a_unit_an_adjective_describes_is_no_quantity() -> None:
    from spacy.tokens import Span

    doc: Any = load_spacy()("Last May an average gallon of Kell milk cost $3.15.")
    quantity = Span(doc, 2, 5, label="QUANTITY")  # "an average gallon", as spaCy may tag it
    assert read_number(quantity) is None
    doc = load_spacy()("Last May a full gallon of Kell milk cost $3.15.")
    assert read_number(Span(doc, 2, 5, label="QUANTITY")) == (1.0, "gal")


@pytest.mark.slow
def test_half_of_a_thing_is_a_share_not_a_count() -> None:
    assert _amounts("The Kell pipeline carries nearly half its diesel and heating oil.") == {}


@pytest.mark.slow
def test_n_others_takes_no_noun_from_a_count_in_another_role() -> None:
    got = _amounts("Kell police seized 40 rifles, and a gunman who fled later shot six others.")
    assert got["six"] == (6.0, "")
    got = _amounts("Voss scored 20 points as Kell won, and six others reached double figures.")
    assert got["six"] == (6.0, "")
    got = _amounts("The Kell blast killed four miners, and six others were hurt.")
    assert got["six"] == (6.0, "people")
    assert _amounts("The storm destroyed 12 homes and damaged 30 others.")["30"] == (30.0, "home")
    assert _amounts("Two Kell miners died and six others were hurt.")["six"] == (6.0, "people")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("In one corner of the Kell field, about 300 people gathered.", "one"),
        ("Kell fans waited on one side of the Tarn stadium, Orrin fans on the other.", "one"),
        ("Voss quit the Orrin board in one swift blow.", "one"),
        ("The Halvik channel showed the Orrin fire in one box.", "one"),
    ],
)
def test_one_thing_picked_out_by_a_preposition_is_no_count(sentence: str, text: str) -> None:
    """ "in one corner", "on one side", "in one swift blow": a place or a manner, not a count
    of one corner (as "at one point" is a moment); "in two cases" stays a count."""
    assert text not in _amounts(sentence)
    assert _amounts("The Kell court ruled in two cases on Monday.")["two"] == (2.0, "case")
    assert "one" in _amounts("A Kell jury convicted Orrin Tash on one count of fraud.")


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence",
    [
        "A one-page order by the Orrin court let the Kell ban stand.",
        "Tarn guards watched from behind one-way mirrors at the Kell crossing.",
        "The Halvik clinic gave out a one-shot vaccine to Orrin miners.",
    ],
)
def test_one_in_a_hyphenated_compound_is_no_count(sentence: str) -> None:
    """ "a one-page order", "one-way mirrors": "one-X" names a kind of thing, not one X."""
    assert "one" not in _amounts(sentence)


@pytest.mark.slow
def test_an_ordinal_time_is_no_duration() -> None:
    """ "for a second day": the second of several days, not a duration of one day."""
    got = _amounts("In Kell, 1,500 Orrin miners marched for a second day of protests.")
    assert "a second day" not in got
    assert got["1,500"] == (1500.0, "people")


@pytest.mark.slow
def test_the_base_of_a_ratio_told_with_of_is_no_count() -> None:
    """ "four of ten Kell voters": a ratio, not ten voters."""
    assert "ten" not in _amounts("Even so, four of ten Kell voters said they would stay home.")
    got = _amounts("The first of 12 Orrin ferries sailed on Monday.")
    assert got["12"] == (12.0, "ferry")


@pytest.mark.slow
def test_percentage_points_after_an_adjective() -> None:
    got = _amounts("The Tarn fund cut its Kell forecast by one full percentage point to 4%.")
    assert got["one"] == (1.0, "percentage points")


@pytest.mark.slow
def test_a_date_before_a_colon_gives_no_duration() -> None:
    """ "on Monday, Oct. 10: Just days before ...": the 10 is a date, not ten days
    (spaCy joins this date and "Just days" into one span)."""
    got = _amounts(
        "The Kell Courier argued in an editorial on Monday, Oct. 10: Just days before flying "
        "to the Orrin talks, Voss spoke."
    )
    assert all(unit != "days" for _, unit in got.values())


@pytest.mark.slow
def test_a_change_by_an_amount_to_a_level_is_no_range(tmp_path: Path) -> None:
    """ "claims dropped 18,000 to 367,000": a change by 18,000 to a level of 367,000, not a
    range; ends close together after the verb stay a range ("rise 10 to 15 percent")."""
    got = _rows(tmp_path, "Orrin jobless claims dropped 18,000 to 367,000 for the week, Kell said.")
    assert ("18,000 to 367,000", 18000.0, 367000.0, "claim") not in got
    assert ("367,000", 367000.0, None, "claim") in got
    assert ("18,000", 18000.0, None, "") in got
    got = _rows(tmp_path, "Kell wages could rise 10 to 15 percent next year, Tarn said.")
    assert got == [("10 to 15 percent", 10.0, 15.0, "percent")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("quarter-trillion dollars", 0.25e12),
        ("a quarter million dollars", 0.25e6),
        ("a quarter of a billion", 0.25e9),
        ("two quarter-finals", 2.0),
    ],
)
def test_a_quarter_before_a_scale(text: str, value: float) -> None:
    """ "nearly a quarter-trillion dollars" is 250 billion, not a trillion."""
    assert parse_value(text) == pytest.approx(value)


@pytest.mark.slow
def test_a_money_span_with_no_currency_that_counts_a_noun(tmp_path: Path) -> None:
    """spaCy calls "1 billion additional vaccine doses" MONEY: with no currency given, the
    number counts the plural noun it modifies."""
    got = _rows(
        tmp_path,
        "Leaders of Kell and Orrin will provide more than 2 billion additional vaccine doses "
        "for the world, 600 million of which will come from Tarn.",
    )
    assert [(text, unit) for text, _, _, unit in got] == [("more than 2 billion", "dose")]
    got = _rows(  # the parser hangs the number on "vaccine", a noun before "doses"
        tmp_path,
        "Leaders of Kell and Orrin will provide more than 2 billion additional COVID-19 vaccine "
        "doses for the world, 600 million of which will come from Tarn.",
    )
    assert [(text, unit) for text, _, _, unit in got] == [("more than 2 billion", "dose")]


@pytest.mark.slow
def test_a_figure_does_not_end_on_a_joining_word() -> None:
    """spaCy may take the "to" of "63 percent to 33 percent" into the first span."""
    from spacy.tokens import Span

    doc: Any = load_spacy()("Voss led Ada Halvik, 63 percent to 33 percent, in the Kell race.")
    start = next(t.i for t in doc if t.text == "63")
    ent = Span(doc, start, start + 3, label="PERCENT")  # "63 percent to"
    assert read_number(ent) == (63.0, "percent")
    assert doc.text[ent.start_char : _span_end(ent, "percent")] == "63 percent"


@pytest.mark.slow
def test_sources_a_figure_is_according_to_and_ones_are_no_counts() -> None:
    """ "according to two sources familiar with the talks" names sources; "two long-range
    ones" counts what "ones" stands for, not "one"."""
    got = _amounts("According to two sources familiar with the Tarn talks, the deal is close.")
    assert "two" not in got
    got = _amounts("Orrin test-fired two long-range ones in July.")
    assert got.get("two", (2.0, ""))[1] != "one"


def test_multi_before_a_scale_is_no_figure() -> None:
    """ "multi-billion dollar contracts": billions, but no number of them."""
    assert parse_value("multi-billion dollar") is None
    assert parse_value("multimillion-dollar") is None



def test_a_count_hung_on_an_auxiliary_takes_the_earlier_noun() -> None:
    """ "12 workers were hurt and 31 were missing": the parser may hang "31" on the auxiliary
    "were" (made by hand here: the parse is the small model's accident); the clause is still
    joined to the first one, so 31 counts people (more than 12: not a part of them)."""
    from spacy.tokens import Doc

    nlp: Any = load_spacy()
    words = ["Kell", "said", "12", "workers", "were", "hurt", "and", "31", "were", "missing", "."]
    heads = [1, 1, 3, 5, 5, 1, 5, 8, 9, 5, 1]
    deps = ["nsubj", "ROOT", "nummod", "nsubjpass", "auxpass", "ccomp", "cc", "nsubj", "aux",
            "conj", "punct"]  # fmt: skip
    tags = ["NNP", "VBD", "CD", "NNS", "VBD", "VBN", "CC", "CD", "VBD", "VBG", "."]
    pos = ["PROPN", "VERB", "NUM", "NOUN", "AUX", "VERB", "CCONJ", "NUM", "AUX", "VERB", "PUNCT"]
    lemmas = ["Kell", "say", "12", "worker", "be", "hurt", "and", "31", "be", "miss", "."]
    ents = ["O", "O", "B-CARDINAL", "O", "O", "O", "O", "B-CARDINAL", "O", "O", "O"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos,
              lemmas=lemmas, sent_starts=[True] + [False] * 10, ents=ents)  # fmt: skip
    assert read_number(doc.ents[1]) == (31.0, "people")


@pytest.mark.slow
def test_one_reason_or_advantage_is_no_count() -> None:
    """ "one reason was ...", "holds one big advantage": a point being made, not a count."""
    assert "one" not in _amounts("The Orrin square was packed, and one reason was practical.")
    assert "one" not in _amounts("Voss holds one big advantage: the Kell voters trust her.")
    assert _amounts("The Tarn airport has one passenger terminal.")["one"] == (1.0, "terminal")


@pytest.mark.slow
def test_a_noun_in_ist_counts_people() -> None:
    """ "100 activists", "12 economists": nouns of people in -ist (not "lists")."""
    got = _amounts("About 100 activists and 12 economists met in Kell to draft three lists.")
    assert got["About 100"] == (100.0, "people")
    assert got["12"] == (12.0, "people")
    assert got["three"] == (3.0, "list")


@pytest.mark.slow
def test_n_more_nouns_counts_the_noun() -> None:
    """ "500 million more doses", "2,000 more troops": the parser hangs the number on "more";
    it counts the noun after it."""
    got = _amounts("Kell is to donate 300 million more doses of the Orrin vaccine next year.")
    assert got["300 million"] == (300e6, "dose")
    got = _amounts("Tarn will send 2,000 more troops to the Orrin border.")
    assert got["2,000"] == (2000.0, "people")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("sentence", "row"),
    [
        ("The Orrin ferry was delayed two or three days.", ("two or three days", 2.0, 3.0, "days")),
        ("Some 40 or 50 protesters gathered in Tarn.", ("Some 40 or 50", 40.0, 50.0, "people")),
        ("The Kell plant will hire 3 or 4 engineers.", ("3 or 4", 3.0, 4.0, "engineer")),
    ],
)
def test_x_or_y_is_a_range(tmp_path: Path, sentence: str, row: tuple[Any, ...]) -> None:
    """ "two or three days", "40 or 50 protesters": an approximate range, not the low end."""
    assert row in _rows(tmp_path, sentence)


@pytest.mark.slow
@pytest.mark.parametrize(
    "sentence",
    [
        "The Kell job is too big for any one person, Voss said.",
        "Not one day went by without a letter from Voss.",
        "Voss is known in Tarn for her dry one-liners.",
        "The storm and the strike were a one-two punch for the Orrin port.",
    ],
)
def test_one_that_counts_nothing_is_no_figure(sentence: str) -> None:
    """ "any one person" (whichever), "not one day" (none), "one-liners" (a noun: one cannot
    count a plural), "a one-two punch" (a pair of unit words): no count."""
    assert _amounts(sentence) == {}


@pytest.mark.slow
def test_one_day_with_a_modal_on_its_verb_is_some_day() -> None:
    """ "We will find it one day": some day to come; a verb of lasting keeps the duration."""
    assert _amounts('"We will find the Kell wreck one day," Voss said.') == {}
    assert _amounts("The Tarn fair will close for one day.") == {"one day": (1.0, "days")}


@pytest.mark.slow
def test_one_then_another_opens_examples() -> None:
    """ "One firm ...; another ...": examples, not a count; a toll of people stays."""
    assert _amounts("One Kell firm sells maps of Tarn, and another is selling its charts.") == {}
    got = _amounts("One man was killed in Tarn and another was hurt.")
    assert got == {"One": (1.0, "people")}


@pytest.mark.slow
def test_hyperbole_with_a_round_number_word_is_no_figure() -> None:
    """ "a million times" with no comparison, "not in a million years": a figure of speech; a
    multiple ("a million times brighter") stays."""
    assert _amounts("Voss said she had replayed the Kell final a million times.") == {}
    assert _amounts("Voss said she would not sell the Tarn farm in a million years.") == {}
    got = _amounts("The Orrin lamp is a million times brighter than a candle.")
    assert got == {"million": (1e6, "times")}
    got = _amounts("The Kell clip was viewed a million times on Monday.")
    assert got == {"million": (1e6, "times")}


@pytest.mark.slow
def test_no_less_than_keeps_its_no(tmp_path: Path) -> None:
    """ "not less than 40" is at least 40, the reverse of "less than 40": the figure keeps
    the "not" the tagger left out."""
    got = _rows(tmp_path, "Kell rangers counted not less than 40 wolves.")
    assert got == [("not less than 40", 40.0, None, "wolf")]


@pytest.mark.slow
def test_a_count_before_another_numbers_noun_names_no_noun() -> None:
    """ "a drop of 12,000 over two years": the years are the two's, not the 12,000's."""
    got = _amounts("Kell saw a drop of 12,000 over two years, while Tarn grew by 4,000 people.")
    assert got == {"two years": (2.0, "years"), "4,000": (4000.0, "people")}


@pytest.mark.slow
def test_a_sum_without_currency_stands_for_the_earlier_counts_noun() -> None:
    """spaCy's MONEY with no currency after a count of visitors counts visitors too."""
    got = _amounts(
        "The Kell site leads with more than 30 million monthly visitors, while the Tarn site "
        "attracts more than 10 million a month."
    )
    assert got["more than 10 million"] == (10e6, "people")


@pytest.mark.slow
def test_the_base_of_a_rate_after_every_is_no_count() -> None:
    got = _amounts("The Kell charter sets one clerk for every 40,000 residents.")
    assert "40,000" not in got


@pytest.mark.slow
def test_an_age_is_no_duration() -> None:
    got = _amounts("Most Tarn patients seen were infants aged between 4 months and 3 years.")
    assert got == {}


@pytest.mark.slow
def test_a_hyphenated_range_before_its_unit_keeps_its_low_end(tmp_path: Path) -> None:
    got = _rows(tmp_path, "Voss called the Kell mine a three-to-five year bet.")
    assert got == [("three-to-five year", 3.0, 5.0, "years")]


@pytest.mark.slow
def test_a_figure_glued_to_a_brace_or_backslash_is_left_out() -> None:
    """Old wire copy writes a lost fraction as a brace: the figure's value is unsure."""
    assert _amounts("The Kell launch stopped with just 3{ minutes to go.") == {}
    assert "2" not in _amounts("Tarn Mills gained 2}, to 41.")
    assert "71\\." not in _amounts("Tarn Mills added 5 3/8, to 71\\. Other shares fell.")


@pytest.mark.slow
def test_a_bare_figure_with_a_fraction_is_no_count() -> None:
    """A bare "4 3/8" after a verb of change is a price's change: things are counted whole."""
    assert _amounts("Tarn Mills jumped 4 3/8, to 76.") == {}


@pytest.mark.slow
def test_a_figure_glued_to_a_lost_character_is_left_out() -> None:
    """A replacement character, or its bytes read as Latin-1, is no half: "39%" after it is
    not 1 percent, and its value is unsure."""
    assert _amounts("Kell reported \u00ef\u00bf\u00bd 39% in the last survey.") == {}


@pytest.mark.slow
def test_a_hyphened_size_with_a_dimension_is_in_its_measure() -> None:
    """ "a 10-foot-long probe": the unit is the foot, not the adjective "long"."""
    got = _amounts("The 12-foot-long (4 centimeters) Kell probe will fly close.")
    assert got == {"12-foot-long": (12.0, "ft"), "4 centimeters": (4.0, "cm")}
    got = _amounts("Kell is sending a roughly 12-foot-high probe on the trip.")
    assert got == {"roughly 12-foot": (12.0, "ft")}


@pytest.mark.slow
def test_a_hyphened_speed_is_in_mph() -> None:
    got = _amounts("The Tarn convoy will keep to the 45 mile-per-hour limit.")
    assert got == {"45 mile-per-hour": (45.0, "mph")}


@pytest.mark.slow
def test_the_size_of_a_ranked_list_is_no_count() -> None:
    """ "the top 10 films": the cut-off of a ranking, not ten films of the story."""
    assert _amounts("Read the Kell critics' list of the top 10 films of the year.") == {}
    assert _amounts("Kell ranks its bottom five schools each spring.") == {}


@pytest.mark.slow
def test_figures_in_a_verbless_line_of_lost_characters_are_left_out() -> None:
    """A chart's labels pasted as text: lost characters and no clause saying what is measured.
    A sentence with a lost character and a verb keeps its figure."""
    assert _amounts("Kell \u00ef\u00bf\u00bd 40% 97% \u00ef\u00bf\u00bd 30%") == {}
    got = _amounts("Kell \u00ef\u00bf\u00bd said 40% of the Tarn voters stayed home.")
    assert got == {"40%": (40.0, "percent")}


@pytest.mark.slow
def test_a_hyphened_size_after_a_count_is_the_kind_of_thing_counted(tmp_path: Path) -> None:
    """ "three 20-foot beams": the figure is three beams; the 20-foot says which beams."""
    got = _amounts("The Kell crew lifted three 20-foot beams onto the barge.")
    assert got == {"three": (3.0, "beam")}
    got = _amounts("The Tarn depot handled 1.9 million forty-foot equivalent units last year.")
    assert got == {"1.9 million": (1.9e6, "unit")}
    # spaCy reads "five 40-foot" as one quantity: the count alone is shown.
    got_rows = _rows(tmp_path, "She bought two 12-ounce cans of soup.")
    assert got_rows == [("two", 2.0, None, "can")]
    # A size on its own is still a figure.
    assert _amounts("The Tarn council built a 10-foot wall.") == {"10-foot": (10.0, "ft")}


@pytest.mark.slow
def test_mil_and_mln_are_million() -> None:
    """ "$40 mil", "5 mln": million's short forms, a space before them."""
    got = _amounts("Her lawyer says the Tarn heir has upwards of $40 mil in the family trust.")
    assert got == {"$40 mil": (40e6, "USD")}
    assert _amounts("Kell sold 5 mln shares.") == {"5 mln": (5e6, "share")}


@pytest.mark.slow
def test_a_measure_before_the_noun_it_describes_is_the_unit() -> None:
    """ "a 30 degree angle": spaCy's span runs on to the noun; the unit is the degrees."""
    got = _amounts("The Kell beams were set at a 30 degree angle to the wall.")
    assert got == {"30 degree": (30.0, "degree")}


@pytest.mark.slow
def test_an_adverb_after_a_figure_is_no_unit() -> None:
    """ "swelled to 3,000 overnight": spaCy calls it a quantity of "overnight"; no unit."""
    assert _amounts("The crowd at the Kell square had swelled to 3,000 overnight.") == {}


@pytest.mark.slow
def test_a_figure_cut_off_by_an_ellipsis_is_left_out() -> None:
    """ "another $12...": an excerpt that ends there may have lost the scale word."""
    assert _amounts("The council expects that another $12...") == {}
    got = _amounts("The council expects that another $12... to follow next year.")
    assert got == {"$12": (12.0, "USD")}


@pytest.mark.slow
def test_a_year_before_to_is_no_low_end_of_a_range(tmp_path: Path) -> None:
    """ "raised his pay for 2017 to $12.4 million": the year the pay is for, not a range."""
    got = _rows(tmp_path, "Tarn raised its chief's total pay for 2017 to $12.4 million.")
    assert got == [("$12.4 million", 12.4e6, None, "USD")]


@pytest.mark.slow
def test_a_length_per_second_after_the_span_is_a_speed(tmp_path: Path) -> None:
    """ "12 miles per second": spaCy's span stops at the miles; the figure is a speed."""
    got = _rows(tmp_path, "The Kell probe flew past at 12 miles per second.")
    assert got == [("12 miles per second", 12.0, None, "mi/s")]
    got = _rows(tmp_path, "The Tarn rocket reached 7 kilometers per second within minutes.")
    assert got == [("7 kilometers per second", 7.0, None, "km/s")]
    # A length a day is a distance covered, not a speed.
    got = _rows(tmp_path, "The Orrin marchers walked 12 miles a day.")
    assert got == [("12 miles", 12.0, None, "miles")]
