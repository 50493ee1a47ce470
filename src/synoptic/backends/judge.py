"""An optional judge that confirms or rejects candidate conflicts, behind one small protocol.

The conflicts stage finds disagreements with rules (matched dates, figures, entity slots, cues).
A judge reads the two disagreeing sentences and answers ``contradict``, ``compatible`` or
``unrelated``, with a confidence and the exact words of each sentence that carry its answer.

- :class:`OpenAIJudge`: any OpenAI-compatible ``/chat/completions`` endpoint (a local llama.cpp
  or Ollama server, or a hosted one); off unless ``[judge] url`` is configured.
- :class:`FakeJudge`: a deterministic test double with canned answers and a call log.

A judge is never trusted on its word: :func:`locate` finds each quoted span in the cited text,
and the judge stage (:mod:`synoptic.stages.judge`) ignores an answer whose quotes are not there.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Protocol, runtime_checkable

from synoptic._errors import BackendError
from synoptic.config import Options

if TYPE_CHECKING:
    import httpx

Label = Literal["contradict", "compatible", "unrelated"]
LABELS: tuple[Label, ...] = ("contradict", "compatible", "unrelated")

# A fixed seed and temperature 0: servers that honour them answer the same prompt the same way.
SEED = 7
MAX_TOKENS = 300
# Answers kept per process (same endpoint, model and prompt are never asked twice).
CACHE_SIZE = 4096

SYSTEM_PROMPT = (
    "You check whether two sentences from different news articles about one event really "
    "disagree. Answer with one JSON object and nothing else:\n"
    '{"verdict": "contradict" | "compatible" | "unrelated", "confidence": <number from 0 to 1>, '
    '"evidence_a": "<words copied exactly from sentence A>", '
    '"evidence_b": "<words copied exactly from sentence B>"}\n'
    "contradict: both cannot be true of the same thing. compatible: both can be true (another "
    "event, another quantity, another time, or the same fact in other words). unrelated: they "
    "are not about the same thing. The evidence is the shortest exact quote from each sentence "
    "that shows your verdict (the differing values or words); copy it character for character."
)


@dataclass(slots=True, frozen=True, kw_only=True)
class Verdict:
    """A judge's answer about sentences A and B: a label, a confidence, and its quoted evidence."""

    label: Label
    confidence: float
    evidence_a: str
    evidence_b: str


@runtime_checkable
class Judge(Protocol):
    """Says whether sentence ``a`` and sentence ``b`` disagree about ``topic``.

    Raises:
        BackendError: the judge could not be asked or gave no usable answer.
    """

    name: str

    def judge(self, topic: str, a: str, b: str, kind: str) -> Verdict: ...


class JudgeUnavailable(BackendError):
    """The judge's server could not be reached (asking again would fail the same way)."""


# What the rules saw, per kind of conflict (synoptic.stages.conflicts), told to the judge.
KIND_HINTS = {
    "date": "the sentences give different dates",
    "number": "the sentences give different figures",
    "fact": "the sentences name a different place, person or outcome",
    "interpretation": "one sentence rejects a view that the other asserts",
}


def build_messages(topic: str, a: str, b: str, kind: str) -> list[dict[str, str]]:
    """The chat messages asking about sentences ``a`` and ``b`` (OpenAI message format)."""
    hint = KIND_HINTS.get(kind, kind)
    user = f"Possible disagreement ({hint}) about: {topic}\nSentence A: {a}\nSentence B: {b}"
    return [{"role": "system", "content": SYSTEM_PROMPT}, {"role": "user", "content": user}]


class OpenAIJudge:
    """A judge behind an OpenAI-compatible chat endpoint (``{base_url}/chat/completions``).

    Args:
        base_url: the API root, e.g. ``http://127.0.0.1:8080/v1`` (llama.cpp) or
            ``http://127.0.0.1:11434/v1`` (Ollama).
        model: the model name the server expects.
        timeout: seconds per request.
        api_key: sent as a bearer token when given.
        transport: an ``httpx`` transport (tests pass ``httpx.MockTransport``).
    """

    _cache: ClassVar[dict[tuple[str, str, str], Verdict]] = {}

    def __init__(
        self,
        base_url: str,
        model: str,
        *,
        timeout: float = 30.0,
        api_key: str | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        import httpx  # only when a judge is used: it is off by default

        self.base_url = base_url.rstrip("/")
        self.model = model
        self.name = f"{model}@{self.base_url}"
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._client = httpx.Client(timeout=timeout, headers=headers, transport=transport)

    def request_body(self, topic: str, a: str, b: str, kind: str) -> dict[str, Any]:
        """The JSON body posted for one question."""
        return {
            "model": self.model,
            "messages": build_messages(topic, a, b, kind),
            "temperature": 0,
            "seed": SEED,
            "max_tokens": MAX_TOKENS,
            "stream": False,
            "response_format": {"type": "json_object"},
        }

    def judge(self, topic: str, a: str, b: str, kind: str) -> Verdict:
        body = self.request_body(topic, a, b, kind)
        key = (self.base_url, self.model, json.dumps(body["messages"], ensure_ascii=False))
        if key not in self._cache:
            verdict = parse_answer(self._post(body))
            if len(self._cache) >= CACHE_SIZE:
                self._cache.pop(next(iter(self._cache)))
            self._cache[key] = verdict
        return self._cache[key]

    def _post(self, body: dict[str, Any]) -> str:
        import httpx

        url = f"{self.base_url}/chat/completions"
        try:
            response = self._client.post(url, json=body)
        except (httpx.ConnectError, httpx.TimeoutException) as exc:
            raise JudgeUnavailable(
                f"the judge at {url} could not be reached ({exc.__class__.__name__}: {exc}); "
                "start the server or check [judge] url"
            ) from None
        except httpx.HTTPError as exc:
            raise BackendError(f"the request to the judge at {url} failed: {exc}") from None
        if response.status_code != 200:
            raise BackendError(
                f"the judge at {url} answered HTTP {response.status_code}: "
                f"{response.text[:200]!r}; check [judge] model and the server's log"
            )
        try:
            content = response.json()["choices"][0]["message"]["content"]
        except (ValueError, KeyError, IndexError, TypeError):
            raise BackendError(
                f"the judge at {url} did not answer in the OpenAI chat format: "
                f"{response.text[:200]!r}"
            ) from None
        if not isinstance(content, str):
            raise BackendError(f"the judge at {url} answered no text content")
        return content

    def close(self) -> None:
        self._client.close()

    @classmethod
    def clear_cache(cls) -> None:
        """Forget every cached answer (tests)."""
        cls._cache.clear()


_FENCE = re.compile(r"^```(?:json)?\s*|\s*```$", re.IGNORECASE)


def parse_answer(content: str) -> Verdict:
    """The :class:`Verdict` in a model's answer (a JSON object, possibly in a code fence).

    Raises:
        BackendError: the answer is not such an object or misses a field.
    """
    text = _FENCE.sub("", content.strip())
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        raise BackendError(f"the judge's answer is not JSON: {content[:200]!r}") from None
    if not isinstance(data, dict):
        raise BackendError(f"the judge's answer is not a JSON object: {content[:200]!r}")
    raw_label = str(data.get("verdict", "")).strip().lower()
    label = next((lab for lab in LABELS if raw_label.startswith(lab[:7])), None)
    if label is None:
        raise BackendError(f"the judge's verdict {raw_label!r} is not one of {', '.join(LABELS)}")
    try:
        confidence = float(data["confidence"])
    except (KeyError, TypeError, ValueError):
        raise BackendError(
            f"the judge's answer has no numeric confidence: {content[:200]!r}"
        ) from None
    return Verdict(
        label=label,
        confidence=min(1.0, max(0.0, confidence)),
        evidence_a=str(data.get("evidence_a") or ""),
        evidence_b=str(data.get("evidence_b") or ""),
    )


@dataclass(slots=True, kw_only=True)
class FakeJudge:
    """A deterministic judge for tests: ``answer(topic, a, b, kind)`` or one fixed label.

    With a fixed label, the evidence is the first ``quote_words`` words of each sentence, so the
    answer passes the evidence check. Every question is logged in ``calls``.
    """

    label: Label = "compatible"
    confidence: float = 0.9
    quote_words: int = 3
    answer: Callable[[str, str, str, str], Verdict] | None = None
    name: str = "fake"
    calls: list[tuple[str, str, str, str]] = field(default_factory=list)

    def judge(self, topic: str, a: str, b: str, kind: str) -> Verdict:
        self.calls.append((topic, a, b, kind))
        if self.answer is not None:
            return self.answer(topic, a, b, kind)
        return Verdict(
            label=self.label,
            confidence=self.confidence,
            evidence_a=" ".join(a.split()[: self.quote_words]),
            evidence_b=" ".join(b.split()[: self.quote_words]),
        )


def judge_from_options(options: Options) -> OpenAIJudge | None:
    """The judge the options configure, or ``None`` when ``judge.url`` is empty (the default).

    Raises:
        BackendError: ``judge.api_key_env`` names an environment variable that is not set.
    """
    if not options.judge_url:
        return None
    api_key = None
    if options.judge_api_key_env:
        api_key = os.environ.get(options.judge_api_key_env)
        if not api_key:
            raise BackendError(
                f"judge.api_key_env names ${options.judge_api_key_env}, which is not set; "
                "export it or clear judge.api_key_env"
            )
    return OpenAIJudge(
        options.judge_url, options.judge_model, timeout=options.judge_timeout, api_key=api_key
    )


# --- evidence check ---------------------------------------------------------------------------

_FOLD = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " "})
_STRIP = " \t\n\"'“”‘’.,;:"


def _normalised(text: str) -> tuple[str, list[int]]:
    """``text`` lower-cased with quotes folded and whitespace runs as one space, and for each
    character of the result its offset in ``text``."""
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text.translate(_FOLD)):
        if ch.isspace():
            if out and out[-1] == " ":
                continue
            out.append(" ")
            where.append(i)
            continue
        for low in ch.lower():  # one character may lower-case to two ("İ")
            out.append(low)
            where.append(i)
    return "".join(out), where


def locate(span: str, text: str) -> tuple[int, int] | None:
    """Where ``span`` occurs in ``text`` (case, quotes and whitespace normalised), as
    ``(start, end)`` offsets into ``text``; ``None`` when it does not, or holds no word."""
    needle, _ = _normalised(span.strip(_STRIP))
    if not re.search(r"\w", needle):
        return None
    hay, where = _normalised(text)
    at = hay.find(needle)
    if at < 0:
        return None
    return where[at], where[at + len(needle) - 1] + 1
