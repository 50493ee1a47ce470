"""The optional judge of conflicts, against a fake OpenAI-compatible server on 127.0.0.1.

The cluster (tests/fixtures/judge/ferry, see its README) gives the rules two conflicts with the
deterministic backends: a planted false one (the *first* vote on 3 June vs the *final* vote on
17 June) and a real one (EUR 8 million vs EUR 11 million). The fake server answers like a model
would: a JSON verdict in ``choices[0].message.content``.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
from typer.testing import CliRunner

import synoptic
from synoptic import BackendError, ConfigError
from synoptic.backends.embedders import HashingEmbedder
from synoptic.backends.judge import (
    FakeJudge,
    OpenAIJudge,
    Verdict,
    judge_from_options,
    locate,
    parse_answer,
)
from synoptic.backends.nlp import BlankBackend
from synoptic.pipeline import Pipeline
from synoptic.render import load_schema
from synoptic.render.html import render_html
from synoptic.render.markdown import render_markdown
from synoptic.stages.conflicts import Conflict

FERRY = Path(__file__).parent / "fixtures" / "judge" / "ferry"
Answer = Callable[[str, str], Any]


# --- the fake server ------------------------------------------------------------------------------


class FakeServer:
    """An OpenAI-compatible chat endpoint; ``answer(a, b)`` gives the model's reply for the
    sentences A and B of a question (a dict is sent as JSON content, a str as it is, an int as
    that HTTP status)."""

    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self.answer: Answer = _truthful
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                server.requests.append(
                    {"path": self.path, "body": body, "auth": self.headers.get("Authorization")}
                )
                user = body["messages"][-1]["content"]
                a = user.split("Sentence A: ", 1)[1].split("\nSentence B: ", 1)[0]
                b = user.split("\nSentence B: ", 1)[1]
                reply = server.answer(a, b)
                if isinstance(reply, int):
                    self._send(reply, b"internal error")
                    return
                content = reply if isinstance(reply, str) else json.dumps(reply)
                message = {"role": "assistant", "content": content}
                payload = {"choices": [{"index": 0, "message": message}]}
                self._send(200, json.dumps(payload).encode())

            def _send(self, status: int, data: bytes) -> None:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        if self.thread.is_alive():
            self.httpd.shutdown()
            self.httpd.server_close()
            self.thread.join()


def _truthful(a: str, b: str) -> dict[str, Any]:
    """What a good model says: the two votes are compatible, the two costs contradict."""
    if "vote" in a:
        ev_a = "first vote" if "first vote" in a else "final vote"
        ev_b = "first vote" if "first vote" in b else "final vote"
        return {"verdict": "compatible", "confidence": 0.9, "evidence_a": ev_a, "evidence_b": ev_b}
    ev_a = "€8 million" if "€8 million" in a else "€11 million"
    ev_b = "€8 million" if "€8 million" in b else "€11 million"
    return {"verdict": "contradict", "confidence": 0.8, "evidence_a": ev_a, "evidence_b": ev_b}


@pytest.fixture
def server() -> Iterator[FakeServer]:
    OpenAIJudge.clear_cache()
    srv = FakeServer()
    yield srv
    srv.close()
    OpenAIJudge.clear_cache()


def _build(paths: list[Path] | None = None, **kw: Any) -> synoptic.Brief:
    return synoptic.build_brief(
        paths or [FERRY], embedder=HashingEmbedder(), nlp=BlankBackend(), **kw
    )


def _judged(srv: FakeServer, **kw: Any) -> synoptic.Brief:
    return _build(judge_url=srv.url, judge_model="tiny-judge", **kw)


def _by_kind(conflicts: list[Any], kind: str) -> Conflict:
    return next(c for c in conflicts if c.kind == kind)


def _validate(data: dict[str, Any]) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.Draft202012Validator(load_schema()).validate(data)


# --- the brief with a judge -----------------------------------------------------------------------


def test_the_rules_alone_find_both_conflicts() -> None:
    brief = _build()
    assert sorted(c.kind for c in brief.conflicts) == ["date", "number"]
    assert "dismissed_conflicts" not in brief.to_dict()


def test_verified_compatible_dismisses_the_false_conflict(server: FakeServer) -> None:
    brief = _judged(server)
    assert [c.kind for c in brief.conflicts] == ["number"]
    [date] = brief.dismissed_conflicts
    assert date.kind == "date" and date.judge.status == "dismissed"
    assert date.judge.verdict == "compatible"
    originals = {s.id: s.original for s in brief.sources}
    quoted = {originals[e.source][e.start : e.end] for e in date.judge.evidence}
    assert quoted == {"first vote", "final vote"}
    # The summary no longer calls the vote sentence disputed; the cost stays disputed.
    disputed = {d for s in brief.summary for d in s.disputed}
    assert date.id not in disputed
    assert brief.conflicts[0].id in disputed
    assert not [p for p in brief.problems if p.kind == "judge"]


def test_verified_contradiction_is_confirmed_with_its_evidence(server: FakeServer) -> None:
    brief = _judged(server)
    number = _by_kind(brief.conflicts, "number")
    assert number.judge.status == "confirmed"
    assert number.score >= 0.8
    texts = sorted(e.text for e in number.judge.evidence)
    assert texts == ["€11 million", "€8 million"]


def test_judged_brief_follows_the_schema_and_renders_the_verdict(server: FakeServer) -> None:
    data = _judged(server).to_dict()
    _validate(data)
    assert data["conflicts"][0]["judge"]["status"] == "confirmed"
    assert data["dismissed_conflicts"][0]["judge"]["verdict"] == "compatible"
    md = render_markdown(data)
    assert "Judge (tiny-judge): contradict, confidence 0.80, confirmed" in md
    assert "Dismissed by the judge" in md and "compatible, confidence 0.90, dismissed" in md
    page = render_html(data)
    assert "Dismissed by the judge" in page and "“first vote”" in page


def test_judge_name_is_escaped_in_html(server: FakeServer) -> None:
    data = _judged(server).to_dict()
    data["conflicts"][0]["judge"]["judge"] = "<script>x</script>@http://h"
    page = render_html(data)
    assert "<script>x</script>" not in page
    assert "&lt;script&gt;" in page


def test_verdict_quoting_text_not_in_the_sides_is_ignored(server: FakeServer) -> None:
    def invents(a: str, b: str) -> dict[str, Any]:
        return {
            "verdict": "compatible",
            "confidence": 0.99,
            "evidence_a": "the second vote",  # in neither sentence
            "evidence_b": "final vote" if "final vote" in b else "first vote",
        }

    server.answer = invents
    brief = _judged(server)
    assert sorted(c.kind for c in brief.conflicts) == ["date", "number"]
    assert not brief.dismissed_conflicts
    for c in brief.conflicts:
        assert c.judge.status == "unverified"
        assert all("second vote" not in e.text for e in c.judge.evidence)
    assert "quotes are not in the sentences" in render_markdown(brief.to_dict())


def test_verdict_below_min_confidence_changes_nothing(server: FakeServer) -> None:
    brief = _judged(server, judge_min_confidence=0.95)
    assert sorted(c.kind for c in brief.conflicts) == ["date", "number"]
    assert {c.judge.status for c in brief.conflicts} == {"kept"}


@pytest.mark.parametrize(
    "reply",
    [500, "this is not json", {"verdict": "maybe", "confidence": 1}, {"verdict": "compatible"}],
    ids=["http-500", "garbage", "unknown-verdict", "no-confidence"],
)
def test_failing_judge_keeps_the_conflicts_and_says_so(server: FakeServer, reply: Any) -> None:
    server.answer = lambda a, b: reply
    brief = _judged(server)
    assert sorted(c.kind for c in brief.conflicts) == ["date", "number"]
    assert {c.judge.status for c in brief.conflicts} == {"failed"}
    [problem] = [p for p in brief.problems if p.kind == "judge"]
    assert "failed on 2 of 2" in problem.message and problem.path == server.url
    assert brief.summary
    _validate(brief.to_dict())


def test_unreachable_judge_is_asked_once_and_the_brief_is_built(server: FakeServer) -> None:
    url = server.url
    server.close()  # nothing listens on the port now
    brief = _build(judge_url=url, judge_model="tiny-judge", judge_timeout=2.0)
    assert len(brief.conflicts) == 2 and brief.summary
    notes = [c.judge.note for c in brief.conflicts]
    assert {c.judge.status for c in brief.conflicts} == {"failed"}
    assert "could not be reached" in notes[0]
    assert notes[1].startswith("not asked")  # the server was known to be down by then
    [problem] = [p for p in brief.problems if p.kind == "judge"]
    assert "could not be reached" in problem.message and "failed on 2 of 2" in problem.message


def test_off_by_default_no_request_is_made(server: FakeServer) -> None:
    assert synoptic.load_options().judge_url == ""
    brief = _build()
    assert server.requests == []
    data = brief.to_dict()
    assert all("judge" not in c for c in data["conflicts"])
    assert "dismissed_conflicts" not in data


def test_request_is_an_openai_chat_completion(
    server: FakeServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SYNOPTIC_TEST_JUDGE_KEY", "sk-test")
    _judged(server, judge_api_key_env="SYNOPTIC_TEST_JUDGE_KEY")
    assert len(server.requests) == 2
    req = server.requests[0]
    assert req["path"] == "/v1/chat/completions"
    assert req["auth"] == "Bearer sk-test"
    body = req["body"]
    assert body["model"] == "tiny-judge"
    assert body["temperature"] == 0 and isinstance(body["seed"], int)
    assert body["response_format"] == {"type": "json_object"}
    assert [m["role"] for m in body["messages"]] == ["system", "user"]
    assert all(isinstance(m["content"], str) and m["content"] for m in body["messages"])
    assert "evidence_a" in body["messages"][0]["content"]


def test_missing_api_key_variable_is_a_problem_not_a_crash(server: FakeServer) -> None:
    brief = _judged(server, judge_api_key_env="SYNOPTIC_TEST_UNSET_VARIABLE")
    assert server.requests == []
    assert len(brief.conflicts) == 2
    [problem] = [p for p in brief.problems if p.kind == "judge"]
    assert "SYNOPTIC_TEST_UNSET_VARIABLE" in problem.message


def test_same_question_is_never_asked_twice(server: FakeServer) -> None:
    first = _judged(server).to_json()
    second = _judged(server).to_json()
    assert first == second
    assert len(server.requests) == 2


def test_file_order_does_not_change_the_question_or_the_brief(server: FakeServer) -> None:
    paths = sorted(FERRY.glob("*.txt"))
    first = _judged(server, paths=paths).to_json()
    asked = [r["body"]["messages"] for r in server.requests]
    OpenAIJudge.clear_cache()
    server.requests.clear()
    second = _judged(server, paths=paths[::-1]).to_json()
    assert first == second
    assert [r["body"]["messages"] for r in server.requests] == asked


# --- a judge given as an object ------------------------------------------------------------------


def test_fake_judge_gets_the_sides_in_canonical_order() -> None:
    judge = FakeJudge(label="contradict")
    brief = _build(judge=judge)
    assert len(judge.calls) == 2
    for topic, a, b, kind in judge.calls:
        assert a < b and kind in ("date", "number") and topic
    assert {c.judge.status for c in brief.conflicts} == {"confirmed"}


def test_fake_judge_raising_keeps_the_conflict() -> None:
    def broken(topic: str, a: str, b: str, kind: str) -> Verdict:
        raise BackendError("model crashed")

    brief = _build(judge=FakeJudge(answer=broken))
    assert len(brief.conflicts) == 2
    assert any("model crashed" in p.message for p in brief.problems)


def test_judge_stage_runs_after_conflicts_and_before_what_reads_them() -> None:
    names = Pipeline().names
    assert names.index("conflicts") < names.index("judge") < names.index("profiles")
    assert names.index("judge") < names.index("summarize")


# --- pieces ---------------------------------------------------------------------------------------


def test_locate_normalises_case_quotes_and_whitespace() -> None:
    text = "The mayor’s  office said\nthe vote was held on 3 June."
    start, end = locate("MAYOR'S OFFICE SAID the", text) or (0, 0)
    assert text[start:end] == "mayor’s  office said\nthe"
    assert locate('"held on 3 June."', text) is not None
    assert locate("held on 13 June", text) is None
    assert locate(" ... ", text) is None
    assert locate("", text) is None


def test_parse_answer_reads_fenced_json_and_rejects_bad_answers() -> None:
    v = parse_answer('```json\n{"verdict": "Contradiction", "confidence": "0.7"}\n```')
    assert v.label == "contradict" and v.confidence == 0.7 and v.evidence_a == ""
    for bad in ("[1, 2]", '{"verdict": "yes", "confidence": 1}', "nope"):
        with pytest.raises(BackendError):
            parse_answer(bad)


def test_openai_judge_with_a_mock_transport() -> None:
    OpenAIJudge.clear_cache()
    seen: list[dict[str, Any]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(json.loads(request.content))
        content = json.dumps(
            {"verdict": "unrelated", "confidence": 0.6, "evidence_a": "x", "evidence_b": "y"}
        )
        return httpx.Response(200, json={"choices": [{"message": {"content": content}}]})

    judge = OpenAIJudge("http://judge.invalid/v1/", "m", transport=httpx.MockTransport(handler))
    v = judge.judge("topic", "a x", "b y", "fact")
    assert v.label == "unrelated" and judge.judge("topic", "a x", "b y", "fact") == v
    assert len(seen) == 1
    OpenAIJudge.clear_cache()


def test_config_validates_the_judge() -> None:
    assert judge_from_options(synoptic.load_options()) is None
    with pytest.raises(ConfigError, match=r"judge\.model"):
        synoptic.load_options(judge_url="http://127.0.0.1:8080/v1")
    with pytest.raises(ConfigError, match="http"):
        synoptic.load_options(judge_url="127.0.0.1:8080", judge_model="m")


def test_cli_passes_the_judge_options(monkeypatch: pytest.MonkeyPatch) -> None:
    from synoptic.cli import main

    seen: list[synoptic.Options] = []

    def fake_build(paths: Any, *, options: synoptic.Options, **kw: Any) -> synoptic.Brief:
        seen.append(options)
        return _build()

    monkeypatch.setattr(main, "build_brief", fake_build)
    args = ["brief", str(FERRY), "-q", "--format", "json", "--embedder", "hashing"]
    url = "http://127.0.0.1:8080/v1"
    result = CliRunner().invoke(main.app, [*args, "--judge-url", url, "--judge-model", "X"])
    assert result.exit_code == 0, result.output
    assert (seen[0].judge_url, seen[0].judge_model) == (url, "X")
    result = CliRunner().invoke(main.app, [*args, "--judge-url", url])
    assert result.exit_code == 1 and "judge-model" in result.output
