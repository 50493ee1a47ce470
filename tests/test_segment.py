"""Segment: the parser's sentences, with splits that cannot start a sentence glued back."""

from __future__ import annotations

import spacy

from synoptic.stages.segment import _spans


def _doc(text: str, starts: list[str]) -> spacy.tokens.Doc:
    """A blank-pipeline Doc whose sentences start at the given tokens (a parser's mistakes)."""
    doc = spacy.blank("en")(text)
    for tok in doc:
        tok.is_sent_start = tok.i == 0 or tok.text in starts
    return doc


def test_a_lower_case_piece_after_an_unfinished_one_is_glued_back() -> None:
    text = "The port is one more stop _ the ferry line and the rail link. Trade fell."
    doc = _doc(text, ["the", "Trade"])
    assert [text[a:b] for a, b in _spans(doc)] == [
        "The port is one more stop _ the ferry line and the rail link.",
        "Trade fell.",
    ]


def test_a_finished_sentence_is_not_glued_to_a_lower_case_one() -> None:
    text = 'He left. "yes," she said. iPhones sold out.'
    doc = _doc(text, ['"', "iPhones"])
    assert len(_spans(doc)) == 3


def test_a_number_after_an_abbreviation_continues_the_sentence() -> None:
    text = "The council passed Res. 12, the ferry rule. No. It did not. Trade fell in Jan. 2024."
    doc = _doc(text, ["12", "It", "2024"])
    assert [text[a:b] for a, b in _spans(doc)] == [
        "The council passed Res. 12, the ferry rule. No.",
        "It did not. Trade fell in Jan. 2024.",
    ]


def test_a_title_before_a_name_does_not_end_the_sentence() -> None:
    text = (
        "He wrote to the harbour chief, Brig. Gen. Orla Venn, on Monday. Dr. Kell agreed. "
        "The court is loyal to Tan Sen. The king said Sen. Ivo Brandt would speak."
    )
    doc = _doc(text, ["Gen.", "Dr.", "Kell", "The", "Ivo"])
    assert [text[a:b].strip() for a, b in _spans(doc)] == [
        "He wrote to the harbour chief, Brig. Gen. Orla Venn, on Monday.",
        "Dr. Kell agreed.",
        "The court is loyal to Tan Sen.",  # a name, not a title
        "The king said Sen. Ivo Brandt would speak.",
    ]


def test_a_weekday_or_month_after_a_clock_time_continues_the_sentence() -> None:
    text = (
        "Around 9:15 a.m. Tuesday, two ferries collided off Tarn Point. The pier closed at 4 p.m. "
        "March 3 and reopened. The hearing began at 3 p.m. The council then met."
    )
    doc = _doc(text, ["Tuesday", "The", "March", "The"])
    assert [text[a:b].strip() for a, b in _spans(doc)] == [
        "Around 9:15 a.m. Tuesday, two ferries collided off Tarn Point.",
        "The pier closed at 4 p.m. March 3 and reopened.",
        "The hearing began at 3 p.m.",  # a real end: the next word is no day or month
        "The council then met.",
    ]


def test_a_weekday_after_a_company_abbreviation_continues_the_sentence() -> None:
    text = "Orvane Holdings Inc. Monday said it would shut the mill. Doe left Orvane Ltd. He sold."
    doc = _doc(text, ["Monday", "Doe", "He"])
    assert [text[a:b].strip() for a, b in _spans(doc)] == [
        "Orvane Holdings Inc. Monday said it would shut the mill.",
        "Doe left Orvane Ltd.",
        "He sold.",
    ]


def test_a_plural_title_before_names_does_not_end_the_sentence() -> None:
    text = "The rule was named by two doctors, Drs. Ilse Varn and Tomas Quill, in 1971."
    doc = _doc(text, ["Ilse"])
    assert len(_spans(doc)) == 1


def _glued(pieces: list[str]) -> list[str]:
    """The sentences ``_spans`` makes of a text whose parser put a start at every piece."""
    text = " ".join(pieces)
    starts = {text.index(p) for p in pieces}
    doc = spacy.blank("en")(text)
    for tok in doc:
        tok.is_sent_start = tok.idx in starts
    return [text[a:b].strip() for a, b in _spans(doc)]


def test_a_lower_case_piece_after_a_closed_quotation_continues_the_sentence() -> None:
    pieces = [
        'Protesters shouted "Open the pier!"',
        "at the harbour master as he left.",
        '"Is the ferry safe?"',
        "she asked.",
        '"We sail at noon."',
        "The crew agreed.",
    ]
    assert _glued(pieces) == [
        'Protesters shouted "Open the pier!" at the harbour master as he left.',
        '"Is the ferry safe?" she asked.',
        '"We sail at noon."',  # a capital after the quotation: a new sentence
        "The crew agreed.",
    ]


def test_a_lower_case_piece_after_an_ellipsis_continues_the_sentence() -> None:
    pieces = [
        "The crews on the pier just . . .",
        "waited . . .",
        "for the ferry to come in.",
        '"Fines are useless …',
        'they will pay nothing," Orr said.',
        "The tide turned...",
        "Nobody came.",
    ]
    assert _glued(pieces) == [
        "The crews on the pier just . . . waited . . . for the ferry to come in.",
        '"Fines are useless … they will pay nothing," Orr said.',
        "The tide turned...",  # a capital after the ellipsis: a new sentence
        "Nobody came.",
    ]


def test_all_capitals_text_is_not_split_at_every_capitalised_word() -> None:
    text = (
        "A NEWBORN IS IN CARE AFTER TARNWICK POLICE SAY ILSA VORN REFUSED HELP. "
        "SHE SAID SHE WAS FINE BUT LEFT THE CLINIC."
    )
    doc = _doc(text, ["ILSA", "SHE", "BUT"])
    assert [text[a:b].strip() for a, b in _spans(doc)] == [
        "A NEWBORN IS IN CARE AFTER TARNWICK POLICE SAY ILSA VORN REFUSED HELP.",
        "SHE SAID SHE WAS FINE BUT LEFT THE CLINIC.",
    ]


def test_an_unpunctuated_capitals_headline_before_a_lede_stays_apart() -> None:
    text = "(KTVN) Hours after the storm, the pier reopened. FERRY SINKS OFF TARN POINT Crews left."
    doc = _doc(text, ["Hours", "FERRY", "Crews"])
    assert len(_spans(doc)) == 4


def test_an_initialism_inside_a_headline_does_not_end_it() -> None:
    text = "Orr to Tell Council U.K. Won't Back Ferry Plan"
    doc = _doc(text, ["Wo"])
    assert len(_spans(doc)) == 1
    text = "The rate is the worst in the U.K. The council met on Monday."
    doc = _doc(text, ["The"])
    assert len(_spans(doc)) == 2  # a paragraph ending like a sentence: a real end
    text = "Ferry Tolls Are Going Up. Here's What It Means For You"
    doc = _doc(text, ["Here"])
    assert len(_spans(doc)) == 2  # a short title-case word is no abbreviation


def test_a_bracketed_insertion_continues_an_unfinished_piece() -> None:
    text = '"I spoke for an hour with President Vell [Anders], and he agreed," Orr said.'
    doc = _doc(text, ["["])
    assert len(_spans(doc)) == 1


def test_plural_and_rank_titles_before_names_do_not_end_the_sentence() -> None:
    for title in ("Sens.", "Reps.", "Pvt."):
        text = f"The bill was backed by {title} Ann Orr and Ted Vell, who met on Tuesday."
        doc = _doc(text, ["Ann"])
        assert len(_spans(doc)) == 1, title


def test_office_abbreviations_before_names_do_not_end_the_sentence() -> None:
    # "Dist. Atty. Mara Voss": spaCy's parser starts a sentence after each full stop. ("Sen."
    # stays off the list: "loyal to Tan Sen." ends on a name.)
    text = "Dist. Atty. Mara Voss said the ferry case was closed on Friday."
    doc = _doc(text, ["Atty", "Mara"])
    assert len(_spans(doc)) == 1
    for title in ("Asst.", "Dep.", "Pres.", "Ald.", "Cpt."):
        text = f"The plan was backed by {title} Ann Orr, who met the board on Tuesday."
        assert len(_spans(_doc(text, ["Ann"]))) == 1, title


def test_a_time_zone_or_lower_case_word_after_a_clock_time_continues_the_sentence() -> None:
    pieces = [
        "The pier collapsed around 2:40 a.m.",
        "ET, the harbour office said.",
        "Divers arrived by 6 p.m.",
        "local time on Friday.",
        "The ferry left at 9 a.m.",
        "Everyone was safe.",
    ]
    assert _glued(pieces) == [
        "The pier collapsed around 2:40 a.m. ET, the harbour office said.",
        "Divers arrived by 6 p.m. local time on Friday.",
        "The ferry left at 9 a.m.",  # a capitalised word that is no time zone: a new sentence
        "Everyone was safe.",
    ]


def test_a_lower_case_piece_after_a_party_and_state_label_continues_the_sentence() -> None:
    pieces = [
        "Talks between the mayor and Sen. Ann Orr (R-N.Tr.)",
        "came to an end Tuesday.",
        "The pier closed (for repairs.)",
        "iPads were handed out.",
    ]
    assert _glued(pieces) == [
        "Talks between the mayor and Sen. Ann Orr (R-N.Tr.) came to an end Tuesday.",
        "The pier closed (for repairs.)",  # a parenthesis of several words may end a sentence
        "iPads were handed out.",
    ]


def test_a_short_attribution_after_a_question_or_exclamation_continues_the_sentence() -> None:
    pieces = [
        '"Got that?"',
        "Ilse Varn wrote.",
        '"Close the pier!"',
        "Orr told reporters.",
        '"Why now?"',
        "Nobody answered the ferry office.",
        '"We sail at noon."',
        "Orr said.",
    ]
    assert _glued(pieces) == [
        '"Got that?" Ilse Varn wrote.',
        '"Close the pier!" Orr told reporters.',
        '"Why now?"',  # a sentence of its own, not an attribution
        "Nobody answered the ferry office.",
        '"We sail at noon."',  # closed on a full stop: the quotation is a sentence
        "Orr said.",
    ]


def test_a_dateline_ending_on_a_dash_goes_on_into_the_lede() -> None:
    pieces = ["TARNWICK, Nv. (KTVN) –", "Two ferries collided off Tarn Point on Friday."]
    assert _glued(pieces) == [" ".join(pieces)]
    pieces = ["(Harbour Health) -", "One in seven divers is hurt, a study finds."]
    assert _glued(pieces) == [" ".join(pieces)]
    # A headline run into its dateline stays apart from the lede.
    pieces = ["Ferry Tolls Rise Again, Harbour Board Says TARNWICK (KTVN) -", "Tolls rose."]
    assert _glued(pieces) == pieces


def test_a_headline_stuck_to_the_lede_across_a_blank_line_is_split() -> None:
    # The parser made one sentence of a headline line and the lede after a blank line.
    text = (
        "Tarn Point ferries collide, 2 hurt, 9 unaccounted for\n\n"
        "Gov. Ann Orr on Friday closed the pier after the crash."
    )
    doc = _doc(text, [])
    assert [text[a:b].strip() for a, b in _spans(doc)] == [
        "Tarn Point ferries collide, 2 hurt, 9 unaccounted for",
        "Gov. Ann Orr on Friday closed the pier after the crash.",
    ]
    # A line cut after an article goes on across the blank line.
    text = "The crews of the pier were sent into the\n\nBoard's inquiry on Friday."
    assert len(_spans(_doc(text, []))) == 1
    # A double-spaced typed page: blank lines inside sentences, after a paragraph's first line
    # or after a line holding a sentence end, are no headline's end.
    text = "Ann Orr met the board on Friday. She admitted in\n\nBritish court filings it was so."
    assert len(_spans(_doc(text, []))) == 1
    text = "Ann Orr met the board on Friday and the\n\npier reopened. She has admitted in\n\nCourt."
    assert len(_spans(_doc(text, ["She"]))) == 2


def test_a_dated_heading_of_a_chronology_opens_its_entry() -> None:
    # "1953: | Forms ...": a year or date ending on a colon heads the entry after it.
    text = (
        "1953: Forms a ferry guild in Tarnwick. Oct. 9, 1998: Named harbour master. "
        "Read more: Fares rose."
    )
    doc = _doc(text, ["Forms", "Oct.", "Named", "Read", "Fares"])
    assert [text[a:b].strip() for a, b in _spans(doc)] == [
        "1953: Forms a ferry guild in Tarnwick.",
        "Oct. 9, 1998: Named harbour master.",
        "Read more:",
        "Fares rose.",
    ]
