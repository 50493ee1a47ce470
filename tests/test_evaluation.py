"""The evaluation harness on tiny hand-written data (no shared data, no real models)."""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

import pytest
from typer.testing import CliRunner

from synoptic.evaluation import allsides, duc2004, multinews
from synoptic.evaluation import floors as fl
from synoptic.evaluation.cli import eval_app
from synoptic.evaluation.datasets import Cluster
from synoptic.evaluation.harness import PROJECT, evaluate
from synoptic.evaluation.peers import lead
from synoptic.evaluation.rouge import greedy_oracle, score
from synoptic.evaluation.text import RegexTokenizer, split_sentences, split_words, truncate_words

ROOT = Path(__file__).resolve().parent.parent

DOC_A = (
    "The river ferry resumed service on Monday after a week of repairs. "
    "Mr. Ortega, the harbour master, said the U.S. engines were replaced.\n"
    "Passengers queued from 6 a.m. at the north pier."
)
DOC_B = (
    "Ferry crossings restarted Monday following repairs. Tickets cost 4.50 dollars.\n"
    "The operator thanked passengers for their patience!"
)


def _el(name: str, content: str) -> str:
    return f"<{name}>{content}</{name}>"


def _doc(docno: str, *parts: str) -> str:
    return _el("DOC", "\n" + _el("DOCNO", f" {docno} ") + "\n" + "\n".join(parts) + "\n")


# Lines end with a space, as in TREC files ("\x20" keeps editors from trimming it).
SGML = "\n".join(
    [
        _doc(
            "XYZ19990101.0001",
            _el("DOCTYPE", " NEWS "),
            _el(
                "TEXT",
                "\nA small orchard in the valley won a national prize\x20\n"
                "for its pears on Tuesday. ``We are delighted,'' the owner\x20\nsaid.\n",
            ),
        ),
        _doc(
            "XYZ19990102.0002",
            _el(
                "TEXT",
                "\n<P>\nThe pear prize drew visitors.\x20\n</P>\n"
                "<P>\nJudges praised the flavour.\n</P>\n",
            ),
        ),
        _doc("XYZ19990103.0003", _el("HEADLINE", " no text element here ")),
    ]
)


# --- text -----------------------------------------------------------------------------------


def test_sentences_respect_abbreviations_and_lines() -> None:
    sents = split_sentences(DOC_A)
    assert sents == [
        "The river ferry resumed service on Monday after a week of repairs.",
        "Mr. Ortega, the harbour master, said the U.S. engines were replaced.",
        "Passengers queued from 6 a.m. at the north pier.",
    ]


def test_sentences_split_after_quotes_and_marks() -> None:
    text = 'He said: "It is over." Then he left! Was it late? Yes.'
    expected = ['He said: "It is over."', "Then he left!", "Was it late?", "Yes."]
    assert split_sentences(text) == expected


def test_tokenizer_has_sumy_interface() -> None:
    tok = RegexTokenizer()
    assert tok.to_sentences(DOC_B)[0] == "Ferry crossings restarted Monday following repairs."
    assert tok.to_words("Tickets cost 4.50 dollars, don't they?") == (
        "Tickets",
        "cost",
        "4.50",
        "dollars",
        "don't",
        "they",
    )
    assert split_words("...") == []


def test_truncate_cuts_last_sentence_at_budget() -> None:
    out = truncate_words(["one two three", "", "four five six"], 5)
    assert out == ["one two three", "four five"]
    assert truncate_words(["a b"], 10) == ["a b"]
    assert truncate_words(["a b", "c"], 2) == ["a b"]


# --- peers ----------------------------------------------------------------------------------


def test_lead_is_round_robin() -> None:
    docs = ["A one. A two. A three.", "B one. B two."]
    assert lead(docs, 6) == ["A one.", "B one.", "A two."]
    assert lead(docs, 100) == ["A one.", "B one.", "A two.", "B two.", "A three."]


@pytest.mark.parametrize("name", ["lexrank", "textrank"])
def test_sumy_peers_fill_budget_with_input_sentences(name: str) -> None:
    pytest.importorskip("sumy")
    from synoptic.evaluation import peers

    fn = getattr(peers, name)
    out = fn([DOC_A, DOC_B], 20)
    assert 0 < sum(len(s.split()) for s in out) <= 20
    full = split_sentences(DOC_A) + split_sentences(DOC_B)
    assert all(any(full_s.startswith(s) for full_s in full) for s in out)
    assert fn([DOC_A, DOC_B], 20) == out


# --- rouge ----------------------------------------------------------------------------------


def test_rouge_recall_and_mean_over_references() -> None:
    same = score("the pears won a prize", ["the pears won a prize"], "recall")
    assert same.rouge1 == pytest.approx(100.0) and same.rouge2 == pytest.approx(100.0)
    half = score("the pears won a prize", ["the pears won a prize", "nothing alike here"], "recall")
    assert half.rouge1 == pytest.approx(50.0)
    assert score("", ["the pears"], "f1").rouge1 == 0.0
    # Stemming: "prizes" matches "prize".
    assert score("prizes", ["prize"], "recall").rouge1 == pytest.approx(100.0)
    with pytest.raises(ValueError):
        score("x", [], "recall")


def test_oracle_picks_sentences_that_match_references() -> None:
    candidates = ["cats sleep all day", "dogs bark loudly", "cars are red"]
    assert greedy_oracle(candidates, ["dogs bark"], 5) == ["dogs bark loudly"]


# --- datasets -------------------------------------------------------------------------------


def test_parse_sgml_unwraps_and_normalises_quotes() -> None:
    docs = duc2004.parse_sgml(SGML)
    assert [d.docno for d in docs] == ["XYZ19990101.0001", "XYZ19990102.0002"]
    assert docs[0].text.startswith("A small orchard in the valley won a national prize for its")
    assert '"We are delighted," the owner said.' in docs[0].text
    assert "\n" not in docs[0].text
    paragraphs = ["The pear prize drew visitors.", "Judges praised the flavour."]
    assert docs[1].text.split("\n") == paragraphs


def _duc_tree(root: Path) -> None:
    (root / "docs" / "d001t").mkdir(parents=True)
    (root / "docs" / "d001t" / "XYZ19990101.0001").write_text(SGML, "utf-8")
    (root / "references" / "d001t").mkdir(parents=True)
    for who in "AB":
        (root / "references" / "d001t" / f"D001.M.100.T.{who}").write_text(
            "An orchard won a pear prize.\nVisitors came.\n", "utf-8"
        )
    (root / "systems" / "Demo").mkdir(parents=True)
    (root / "systems" / "Demo" / "d001t.Demo").write_text("An orchard won a prize.\n", "utf-8")


def test_duc_layout_is_read(tmp_path: Path) -> None:
    _duc_tree(tmp_path)
    [cluster] = duc2004.load_clusters(tmp_path)
    assert cluster.id == "d001t" and len(cluster.documents) == 2
    assert cluster.references == ("An orchard won a pear prize. Visitors came.",) * 2
    assert cluster.outputs == {"Demo": "An orchard won a prize."}
    with pytest.raises(FileNotFoundError):
        duc2004.load_clusters(tmp_path / "nowhere")


def test_multinews_rows(tmp_path: Path) -> None:
    rows = [
        {
            "id": "x1",
            "documents": ["First line.BREAK_CHARBREAK_CHAR Second  line.", ""],
            "summary": "A short summary.",
        },
        {"id": "x2", "documents": [], "summary": "No documents."},
        {"id": "x3", "documents": ["Text."], "summary": "Another."},
    ]
    path = tmp_path / "dev.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", "utf-8")
    clusters = multinews.load_clusters(path)
    assert [c.id for c in clusters] == ["x1", "x3"]
    assert clusters[0].documents == ("First line.\nSecond line.",)
    assert [c.id for c in multinews.load_clusters(path, limit=1)] == ["x1"]


def test_allsides_rows_use_bodies_and_the_roundup_lead(tmp_path: Path) -> None:
    def side(*paras: str) -> dict[str, object]:
        return {"newsSource": "Outlet", "newsTitle": "A headline", "newBody": list(paras)}

    rows = [
        {
            "id": 7,
            "news": {"left": side("Ferry  sank.", "Two rescued."), "right": side("A ferry sank.")},
            "roundup": ["The ferry sank off Corran.", "Coverage differed on the cause."],
        },
        {"id": 8, "news": {"left": side("Only one side.")}, "roundup": ["One side only."]},
        {"id": 9, "news": {"center": side("x."), "right": side("y.")}, "roundup": []},
        {
            "id": 10,
            "news": {"center": side("Bridge shut."), "left": side("Bridge closed.")},
            "roundup": ["", "The bridge closed."],
        },
    ]
    path = tmp_path / "stories_dev.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", "utf-8")
    clusters = allsides.load_clusters(path)
    assert [c.id for c in clusters] == ["7", "10"]
    assert clusters[0].documents == ("Ferry sank.\nTwo rescued.", "A ferry sank.")
    assert clusters[0].references == ("The ferry sank off Corran.",)
    # left, centre, right (the round robin's order), whatever the JSON's key order
    assert clusters[1].documents == ("Bridge closed.", "Bridge shut.")
    assert clusters[1].references == ("The bridge closed.",)
    assert [c.id for c in allsides.load_clusters(tmp_path, limit=1)] == ["7"]


# --- harness --------------------------------------------------------------------------------


def _echo(documents: Sequence[str], words: int) -> list[str]:
    return truncate_words(split_sentences(documents[-1]), words)


def _broken(documents: Sequence[str], words: int) -> list[str]:
    raise RuntimeError("boom")


def test_evaluate_orders_rows_and_reports_failures() -> None:
    cluster = Cluster(
        id="c1",
        documents=(DOC_A, DOC_B),
        references=("Ferry crossings restarted Monday.",),
        outputs={"Published": "The ferry restarted Monday."},
    )
    report = evaluate(
        [cluster],
        dataset="toy",
        measure="recall",
        words=10,
        live={"Lead": lead, PROJECT: _echo, "Broken": _broken},
        oracle=True,
    )
    assert [r.kind for r in report.rows] == ["project", "live", "live", "published", "oracle"]
    assert report.rows[0].name == PROJECT and report.rows[0].rouge1 > 50
    broken = report.row("Broken")
    assert broken is not None and broken.rouge1 == 0.0 and "boom" in broken.failures[0]
    margin = report.margin_over("Lead")
    assert margin is not None and margin.rouge1 > 0
    assert json.dumps(report.to_dict())


def test_project_summary_mode_matches_full_brief() -> None:
    from synoptic.backends.embedders import HashingEmbedder
    from synoptic.backends.nlp import BlankBackend
    from synoptic.evaluation.project import ProjectSummarizer

    docs = [DOC_A, DOC_B]
    fast = ProjectSummarizer(HashingEmbedder(), BlankBackend(), mode="summary")(docs, 30)
    full = ProjectSummarizer(HashingEmbedder(), BlankBackend(), mode="full")(docs, 30)
    assert fast and fast == full


def test_summary_stages_follow_contracts() -> None:
    from synoptic.evaluation.project import stages_for

    names = [st.name for st in stages_for("summarize")]
    assert names[-1] == "summarize" and {"segment", "embed", "align"} <= set(names)
    with pytest.raises(ValueError):
        stages_for("no-such-stage")


def test_cli_scores_allsides_in_the_measure_asked(tmp_path: Path) -> None:
    def side(*paras: str) -> dict[str, object]:
        return {"newsSource": "Outlet", "newsTitle": "A headline", "newBody": list(paras)}

    row = {
        "id": 1,
        "news": {
            "left": side("The Corran ferry sank in a storm on Monday.", "Two crew were rescued."),
            "right": side("A ferry sank off Corran on Monday.", "The harbour stayed shut."),
        },
        "roundup": ["The Corran ferry sank on Monday and two crew were rescued.", "Coverage."],
    }
    data = tmp_path / "stories_dev.jsonl"
    data.write_text(json.dumps(row) + "\n", "utf-8")
    out = tmp_path / "as.json"
    args = ["allsides", "--data", str(data), "--no-peers", "--no-oracle", "--embedder", "hashing"]
    result = CliRunner().invoke(eval_app, [*args, "--measure", "f1", "--json", str(out)])
    assert result.exit_code == 0, result.output
    (report,) = json.loads(out.read_text("utf-8"))
    assert report["measure"] == "f1" and report["clusters"] == 1
    assert report["rows"][0]["name"] == PROJECT and report["rows"][0]["rouge1"] > 0
    bad = CliRunner().invoke(eval_app, [*args, "--measure", "precision"])
    assert bad.exit_code == 2


def test_cli_reports_missing_data(tmp_path: Path) -> None:
    result = CliRunner().invoke(eval_app, ["duc2004", "--data", str(tmp_path / "none")])
    assert result.exit_code == 2


# --- floors and the gate --------------------------------------------------------------------

FLOORS = {
    "embed_backend": "hashing",
    "subsets": {"duc2004": 5, "multinews": 10},
    "floors": {"duc2004": {"rouge1": 30.0, "rouge2": 6.0}, "multinews": {"rouge1": 35.0}},
}


def test_floors_logic() -> None:
    base = fl.parse_floors(FLOORS)
    lower = fl.parse_floors({**FLOORS, "floors": {"duc2004": {"rouge1": 29.0, "rouge2": 6.0}}})
    assert any("lowered" in p for p in fl.lowered(lower, base))
    assert any("removed" in p for p in fl.lowered(lower, base))
    assert fl.lowered(base, base) == []
    scores = {"duc2004": {"rouge1": 31.0, "rouge2": 5.5}, "multinews": {"rouge1": 36.0}}
    assert fl.below(scores, base) == ["duc2004.rouge2: 5.50 is below the floor 6.0"]
    up = fl.raised(base, {"duc2004": {"rouge1": 33.0, "rouge2": 5.0}}, margin=1.0)
    assert up.floors["duc2004"] == {"rouge1": 32.0, "rouge2": 6.0}
    with pytest.raises(ValueError):
        fl.parse_floors({"floors": {}})


def test_committed_floors_file_is_valid() -> None:
    floors = fl.load_floors(ROOT / "scripts" / "quality_floors.json")
    assert set(floors.floors) == {"duc2004", "multinews"}


def _gate() -> ModuleType:
    path = ROOT / "scripts" / "quality_gate.py"
    spec = importlib.util.spec_from_file_location("quality_gate", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_gate_skips_without_data(tmp_path: Path) -> None:
    path = tmp_path / "floors.json"
    path.write_text(json.dumps(FLOORS), "utf-8")
    code = _gate().main(["--floors", str(path), "--data", str(tmp_path / "absent")])
    assert code == 0


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_gate_refuses_lowering_a_committed_floor(tmp_path: Path) -> None:
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run([*git, "init", "-q"], cwd=tmp_path, check=True)
    path = tmp_path / "floors.json"
    path.write_text(json.dumps(FLOORS), "utf-8")
    subprocess.run([*git, "add", "floors.json"], cwd=tmp_path, check=True)
    subprocess.run([*git, "commit", "-q", "-m", "floors"], cwd=tmp_path, check=True)
    assert fl.committed_floors(path) == fl.parse_floors(FLOORS)
    lowered = json.loads(json.dumps(FLOORS))
    lowered["floors"]["duc2004"]["rouge2"] = 5.0
    path.write_text(json.dumps(lowered), "utf-8")
    absent = str(tmp_path / "absent")
    assert _gate().main(["--floors", str(path), "--data", absent]) == 2
    assert _gate().main(["--floors", str(path), "--data", absent, "--allow-lower"]) == 0
