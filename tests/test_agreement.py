"""compare_claims, the cue lexicons, date and figure values, and the support rule."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from synoptic import _claim_model as cm
from synoptic import agreement as ag
from synoptic._errors import BackendError
from synoptic.agreement import Relation, compare_claims
from synoptic.backends.embedders import HashingEmbedder

EMB = HashingEmbedder()


def rel(a: str, b: str) -> Relation:
    return compare_claims(a, b, embedder=EMB)


@pytest.mark.parametrize(
    ("a", "b", "cue"),
    [
        ("The ferry service resumed on Friday.", "The ferry service has not resumed.", "negation"),
        ("The union accepted the offer.", "The union rejected the offer.", "antonym"),
        (
            "The ministers met on 3 May to sign the accord.",
            "The ministers met on 13 May to sign the accord.",
            "value",
        ),
        (
            "The flood was caused by the broken dam upstream.",
            "The claim that the flood was caused by the broken dam upstream is incorrect.",
            "rejection",
        ),
    ],
)
def test_disagreement_is_found_with_its_cue(a: str, b: str, cue: str) -> None:
    r = rel(a, b)
    assert r.label == "disagree"
    assert any(c.startswith(cue) for c in r.cues)
    assert 0.0 < r.score <= 1.0


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The ferry service resumed on Friday.", "On Friday the ferry service resumed."),
        ("About 600 people joined the march.", "Some 620 people joined the march, police said."),
        ("More than two dozen boats waited offshore.", "27 boats waited offshore."),
        ("The accord was signed in May 2018.", "The accord was signed a year ago."),
    ],
)
def test_paraphrases_rounding_and_precision_agree(a: str, b: str) -> None:
    assert rel(a, b).label == "agree"


def test_unrelated_sentences_are_unrelated_even_with_a_negation() -> None:
    r = rel("Grain prices rose in the spring.", "The goalkeeper did not play on Sunday.")
    assert r.label == "unrelated"
    assert r.score == 0.0


def test_default_embedder_is_loaded_when_none_is_given(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ag, "default_embedder", lambda: EMB)
    assert compare_claims("The talks failed.", "The talks did not fail.").label == "disagree"


def test_relation_to_dict_is_json_ready() -> None:
    d = rel("The talks failed.", "The talks did not fail.").to_dict()
    assert set(d) == {"label", "score", "similarity", "cues"}
    assert isinstance(d["cues"], list)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=80), st.text(max_size=80))
def test_score_and_similarity_stay_in_bounds(a: str, b: str) -> None:
    r = rel(a, b)
    assert 0.0 <= r.score <= 1.0
    assert 0.0 <= r.similarity <= 1.0
    assert r.label in ("agree", "disagree", "unrelated")


def test_dates_keep_their_precision() -> None:
    found = ag.find_dates("Talks on 3 June failed; the deal of April 25, 2019 and May 2018 stand.")
    assert [(v.text, v.unit) for v in found] == [
        ("3 June", "day"),
        ("April 25, 2019", "day"),
        ("May 2018", "month"),
    ]
    assert found[1].value == (2019.0, 4.0, 25.0)


def test_may_the_verb_is_not_a_date() -> None:
    assert ag.find_dates("The union may strike again in the spring.") == []


def test_figures_skip_dates_times_and_years_and_read_units() -> None:
    raw = (
        "At 6 a.m. on 3 June 2025, some 2,400 staff walked out over a 4.5 per cent offer"
        " worth €9 million."
    )
    found = ag.find_figures(raw, base=100)
    assert [(v.text, v.unit) for v in found] == [
        ("2,400", "count"),
        ("4.5 per cent", "percent"),
        ("€9 million", "money"),
    ]
    assert found[0].approx
    assert raw[found[2].start - 100 : found[2].end - 100] == "€9 million"


def test_same_value_rounding_bounds_and_missing_year() -> None:
    about = ag.find_figures("about 600 people")[0]
    exact = ag.find_figures("620 people")[0]
    far = ag.find_figures("900 people")[0]
    over = ag.find_figures("more than 24 ships")[0]
    assert ag.same_value(about, exact)
    assert not ag.same_value(about, far)
    assert over.bound == "min" and ag.same_value(over, ag.find_figures("27 ships")[0])
    assert not ag.same_value(over, ag.find_figures("20 ships")[0])
    assert ag.same_value(ag.find_dates("13 June")[0], ag.find_dates("13 June 2025")[0])


def test_same_quantity_needs_shared_words() -> None:
    a = ag.find_figures("the schedule listed 27 vessels waiting in the anchorage")[0]
    b = ag.find_figures("leaving 31 cargo ships waiting at anchor in the roads")[0]
    c = ag.find_figures("the harbour master extended gate hours to 22 a day")[0]
    assert ag.same_quantity(a, b, is_date=False, common=frozenset()) is False  # one word shared
    assert ag.same_quantity(a, c, is_date=False) is False
    d = ag.find_figures("the port schedule listed 27 vessels waiting in the anchorage")[0]
    e = ag.find_figures("the port schedule listed 31 vessels waiting offshore")[0]
    assert ag.same_quantity(d, e, is_date=False)


def test_find_phrases_matches_whole_words_only() -> None:
    assert ag.find_phrases("That view is incorrect.", ag.REJECTION_PHRASES) == ["is incorrect"]
    assert ag.find_phrases("The mayor's butler spoke.", ag.CONTRASTS) == []
    assert ag.negation_count("They didn't go and never will.") == 2


@pytest.mark.parametrize(
    ("independent", "cluster", "expected"),
    [
        (1, 5, "single-source"),
        (2, 2, "corroborated"),
        (2, 5, "corroborated"),
        (3, 5, "consensus"),
        (3, 6, "corroborated"),
        (4, 6, "consensus"),
    ],
)
def test_support_level(independent: int, cluster: int, expected: str) -> None:
    assert ag.support_level(independent, cluster) == expected


def test_a_negation_cancels_an_antonym() -> None:
    r = rel(
        "Republicans will oppose the senator's proposal.",
        "Republicans have no intention of supporting the senator's proposal.",
    )
    assert r.label == "agree"
    assert not r.cues or all(not c.startswith(("negation", "antonym")) for c in r.cues)


# --- the fitted score ----------------------------------------------------------------------------

# A plain restatement and a clear weakening of one claim (written for these tests).
CLAIM = "The new flood barrier protected the harbour district during the storm."
RESTATED = "The new flood barrier protected the harbour district in the storm, officials said."
WEAKENED = (
    "Critics argued, however, that the barrier failed to protect the harbour district and that"
    " the damage was worse than officials claimed."
)


def test_weights_file_has_the_documented_models_and_features() -> None:
    weights = cm.load_weights()
    assert "ClaimDiff" in str(weights["training_data"])
    assert "by topic" in str(weights["cv"])
    models = weights["models"]
    assert isinstance(models, dict)
    assert {"minilm-onnx", "hashing", cm.WORDS_MODEL} <= set(models)
    for name in models:
        model = cm.model_for(name)
        assert set(model.features) == set(cm.pair_features(CLAIM, WEAKENED, 0.5)) - (
            {"cosine"} if name == cm.WORDS_MODEL else set()
        )
        assert len(model.weights) == len(model.mean) == len(model.scale) == len(model.features)
        assert 0.0 < model.threshold < 1.0
        assert 0.0 <= model.unrelated_below < 1.0
        assert {"precision", "recall", "f1"} <= set(models[name]["cv"])


def test_features_are_symmetric_and_read_the_stance_markers() -> None:
    ab = cm.pair_features(CLAIM, WEAKENED, 0.6)
    assert ab == cm.pair_features(WEAKENED, CLAIM, 0.6)
    assert ab["contrast_either"] == ab["contested_either"] == 1.0
    plain = cm.pair_features(CLAIM, RESTATED, 0.9)
    assert plain["contrast_either"] == plain["contested_either"] == 0.0
    assert plain["containment_min"] > ab["containment_min"]
    assert "cosine" not in cm.pair_features(CLAIM, RESTATED, None)


def test_a_weakening_scores_above_a_restatement() -> None:
    weak, same = rel(CLAIM, WEAKENED), rel(CLAIM, RESTATED)
    assert weak.score > same.score
    assert weak.label == "disagree"
    assert same.label == "agree"


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=60), st.text(max_size=60))
def test_order_of_the_claims_does_not_matter(a: str, b: str) -> None:
    ab, ba = rel(a, b), rel(b, a)
    assert (ab.label, ab.score, ab.similarity) == (ba.label, ba.score, ba.similarity)


def test_an_embedder_without_weights_gets_the_words_model() -> None:
    class Renamed(HashingEmbedder):
        name = "someone-elses-embedder"

    assert cm.model_for("someone-elses-embedder").name == cm.WORDS_MODEL
    assert "cosine" not in cm.model_for("someone-elses-embedder").features
    r = compare_claims(CLAIM, WEAKENED, embedder=Renamed())
    assert r.score > compare_claims(CLAIM, RESTATED, embedder=Renamed()).score
    assert compare_claims("The talks failed.", "The talks did not fail.", Renamed()).label == (
        "disagree"
    )


def test_stance_markers_in_unrelated_claims_stay_unrelated() -> None:
    r = rel(
        "Critics argued, however, that the bridge tolls were unfair.",
        "The orchestra's new conductor was not at Tuesday's rehearsal.",
    )
    assert r.label == "unrelated"
    assert r.score == 0.0


def test_explicit_contradictions_hold_whatever_the_model_says() -> None:
    assert ag.contradiction(0.9, ("negation",))
    assert not ag.contradiction(0.7, ("negation",))  # a lone negation needs near-identical texts
    assert ag.contradiction(0.65, ("antonym:accept/reject",))
    assert not ag.contradiction(0.5, ("value",))
    assert not ag.contradiction(0.95, ("hedge:may",))


@pytest.mark.slow
def test_minilm_weakening_restatement_and_unrelated() -> None:
    from synoptic.backends.embedders import get_embedder

    emb = get_embedder("minilm-onnx")
    weak, same = compare_claims(CLAIM, WEAKENED, emb), compare_claims(CLAIM, RESTATED, emb)
    assert weak.label == "disagree" and same.label == "agree"
    assert weak.score > same.score
    other = compare_claims(CLAIM, "The orchestra's new conductor was not at the rehearsal.", emb)
    assert other.label == "unrelated"


def test_without_a_cosine_the_words_model_judges() -> None:
    r = ag.fitted_relation(CLAIM, WEAKENED, None, "minilm-onnx")
    assert r == ag.fitted_relation(CLAIM, WEAKENED, None, cm.WORDS_MODEL)
    assert r.label == "disagree"


def test_weights_for_other_features_are_refused_with_a_fix() -> None:
    spec = dict(cm.load_weights()["models"]["hashing"])
    spec["features"] = [*spec["features"][:-1], "word_count_of_topic"]
    with pytest.raises(BackendError, match=r"fit_compare\.py"):
        cm.model_from_dict("hashing", spec)


def test_a_fronted_date_phrase_takes_the_words_of_its_main_clause() -> None:
    [d] = ag.find_dates("On the morning of 4 June, the cargo barge capsized near the weir.")
    assert {"barg", "cargo"} <= d.context
    # a date inside the main clause keeps its own clause
    [d] = ag.find_dates("The barge capsized on 4 June, and the crew swam ashore.")
    assert "crew" not in d.context


def test_find_years_reads_a_year_after_a_preposition_only() -> None:
    found = ag.find_years("Founded in 1894, and in May 2018 it moved; 1,894 bells by 1901.")
    assert [(v.text, v.value, v.unit) for v in found] == [
        ("1894", (1894.0,), "year"),
        ("1901", (1901.0,), "year"),
    ]
    # "the highest since 1992": a record's window, not a date
    assert ag.find_years("Prices rose at the highest pace since 1992.") == []
    # a span's years are left out ("from 1990 to 1994", "in 1990-94")
    assert ag.find_years("It grew from 1990 to 1994 and in 1990-94.") == []
    a, b = ag.find_years("founded in 1894"), ag.find_years("founded in 1849")
    assert not ag.same_value(a[0], b[0])
    assert ag.same_quantity(a[0], b[0], True)


def test_authorial_rejection_reads_claims_not_shown_and_false_claims() -> None:
    def cues(text: str) -> list[str]:
        return ag.find_phrases(text, ag.AUTHORIAL_REJECTION)

    assert cues("The Carrow audit failed to show that the vote was rigged.")
    assert cues("Oren Vash claimed without evidence that the ferry was sabotaged.")
    assert cues("Ivo Brandt falsely claimed the harbour had been sold.")
    assert not cues("The harbour clerk failed to show up on Tuesday.")
    assert not cues("The Carrow pharmacist was charged with filing false claims.")
    # Kept out of the list the fitted compare model and the stance markers count.
    assert not ag.find_phrases(
        "The Carrow audit failed to show that the vote was rigged.", ag.REJECTION_PHRASES
    )


def test_reported_denials_of_a_that_clause_are_rejection_cues() -> None:
    """An actor's denial of a stated claim ("the ministry denied that X", "disputed the claim that
    X") rejects a view for the interpretation detector; a denial of a thing ("denied bail",
    "denied wrongdoing") rejects none."""

    def cues(text: str) -> list[str]:
        return ag.find_phrases(text, ag.AUTHORIAL_REJECTION)

    assert cues("The Velmor ministry denied that the dam failed because of poor upkeep.")
    assert cues("Harbour officials disputed the claim that the levy caused the closures.")
    assert cues("The mill owners have rejected the idea that the strike was planned.")
    assert not cues("The Velmor court denied bail to the harbour clerk on Monday.")
    assert not cues("The ministry denied any wrongdoing in the dam contract.")


def test_not_enough_evidence_is_an_evidence_rejection() -> None:
    """"There was not enough evidence that X", "insufficient evidence that X" reject X as "no
    evidence that X" does."""
    assert ag.find_phrases(
        "Some Velmor doctors said there was not enough evidence that the tonic helps patients.",
        ag.AUTHORIAL_REJECTION,
    )
    assert ag.find_phrases(
        "The panel found insufficient evidence that the harbour levy raised prices.",
        ag.AUTHORIAL_REJECTION,
    )
    assert not ag.find_phrases(
        "The panel found enough evidence that the levy raised prices.", ag.AUTHORIAL_REJECTION
    )


def test_a_score_before_a_date_is_not_read_as_the_day() -> None:
    """"won 30-7 Oct. 19" is October 19, not 7 October; a span of days ("3-7 December 2031")
    gives no single day."""
    assert [(v.text, v.value) for v in ag.find_dates("The Lions won 30-7 Oct. 19 at home.")] == [
        ("Oct. 19", (0.0, 10.0, 19.0))
    ]
    assert [v.unit for v in ag.find_dates("The fair ran 3-7 December 2031.")] == ["month"]
    assert [v.value for v in ag.find_dates("They met on 7 Oct. 2019.")] == [(2019.0, 10.0, 7.0)]
