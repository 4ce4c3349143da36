"""Optional adapters (OpenAI moderation endpoint, user callables) and the classifier registry."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pandas as pd
import pytest

from auditkit.classify.adapters import CallableClassifier, ModerationAPIError, OpenAIModerationClassifier
from auditkit.classify.base import TEXT_HIT_COLUMNS, Classifier
from auditkit.classify.registry import CLASSIFIERS, build
from auditkit.errors import ParameterError, UnknownNameError

KEYS = ["harassment", "harassment/threatening", "hate", "hate/threatening", "illicit", "illicit/violent",
        "self-harm", "self-harm/instructions", "self-harm/intent", "sexual", "sexual/minors", "violence",
        "violence/graphic"]


class FakeModerationServer:
    """A local /v1/moderations endpoint: scores by keyword, records requests, can fail on demand."""

    def __init__(self) -> None:
        self.requests: list[dict] = []
        self.fail_with: list[int] = []  # statuses to return before succeeding
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server API
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                server.requests.append({"path": self.path, "body": body,
                                        "auth": self.headers.get("Authorization")})
                if server.fail_with:
                    status = server.fail_with.pop(0)
                    self.send_response(status)
                    if status == 429:
                        self.send_header("Retry-After", "0")
                    self.end_headers()
                    self.wfile.write(b'{"error": {"message": "slow down"}}')
                    return
                if self.path != "/v1/moderations":
                    self.send_response(404)
                    self.end_headers()
                    return
                inputs = body["input"] if isinstance(body["input"], list) else [body["input"]]
                results = [server.result(t) for t in inputs]
                data = json.dumps({"id": "modr-1", "model": body["model"], "results": results}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @staticmethod
    def result(text: str) -> dict:
        scores = dict.fromkeys(KEYS, 0.001)
        if "kill" in text:
            scores["violence"] = 0.91
        if "hate" in text:
            scores["hate"] = 0.3  # below threshold, not flagged
        cats = {k: v >= 0.5 for k, v in scores.items()}
        return {"flagged": any(cats.values()), "categories": cats, "category_scores": scores}


@pytest.fixture()
def server() -> Iterator[FakeModerationServer]:
    s = FakeModerationServer()
    s.thread.start()
    yield s
    s.httpd.shutdown()
    s.httpd.server_close()


def make(server: FakeModerationServer, tmp_path: Path, **kw: object) -> OpenAIModerationClassifier:
    waits: list[float] = []
    clf = OpenAIModerationClassifier(base_url=server.url, api_key="sk-test", cache=tmp_path / "cache",
                                     backoff=0.01, sleep=waits.append, **kw)  # type: ignore[arg-type]
    clf.waits = waits  # type: ignore[attr-defined]
    return clf


def test_moderation_endpoint_hits(server: FakeModerationServer, tmp_path: Path) -> None:
    clf = make(server, tmp_path)
    hits = clf.classify_texts(["I will kill him", "a nice day", None, "I hate rain"])
    assert tuple(hits.columns) == TEXT_HIT_COLUMNS
    assert list(zip(hits["text_index"], hits["category"], strict=True)) == [(0, "violence")]
    ev = json.loads(hits.iloc[0]["evidence"])
    assert ev["key"] == "violence" and ev["flagged"] is True and ev["score"] == pytest.approx(0.91)
    assert server.requests[0]["path"] == "/v1/moderations"
    assert server.requests[0]["auth"] == "Bearer sk-test"
    assert server.requests[0]["body"] == {"model": "omni-moderation-latest",
                                          "input": ["I will kill him", "a nice day", "I hate rain"]}


def test_rate_limit_is_retried_with_backoff(server: FakeModerationServer, tmp_path: Path) -> None:
    server.fail_with = [429, 503]
    clf = make(server, tmp_path)
    hits = clf.classify_texts(["kill"])
    assert list(hits["category"]) == ["violence"]
    assert len(server.requests) == 3
    assert clf.waits == [0.0, pytest.approx(0.02)]  # Retry-After: 0 honoured, then 0.01 * 2**1


def test_gives_up_after_max_retries(server: FakeModerationServer, tmp_path: Path) -> None:
    server.fail_with = [500, 500, 500]
    clf = make(server, tmp_path, max_retries=2)
    with pytest.raises(ModerationAPIError) as info:
        clf.classify_texts(["kill"])
    assert info.value.status == 500 and len(server.requests) == 3


def test_client_errors_are_not_retried(server: FakeModerationServer, tmp_path: Path) -> None:
    server.fail_with = [401]
    clf = make(server, tmp_path)
    with pytest.raises(ModerationAPIError) as info:
        clf.classify_texts(["kill"])
    assert info.value.status == 401 and len(server.requests) == 1
    assert "API key" in str(info.value)


def test_cache_prevents_a_second_request(server: FakeModerationServer, tmp_path: Path) -> None:
    first = make(server, tmp_path).classify_texts(["kill it", "fine"])
    assert len(server.requests) == 1
    second = make(server, tmp_path).classify_texts(["fine", "kill it"])  # a new instance, same cache
    assert len(server.requests) == 1
    assert list(second["text_index"]) == [1] and list(first["text_index"]) == [0]
    other_model = make(server, tmp_path, model="text-moderation-007")
    other_model.classify_texts(["kill it"])
    assert len(server.requests) == 2  # the cache key includes the model


def test_batches_and_duplicates(server: FakeModerationServer, tmp_path: Path) -> None:
    clf = make(server, tmp_path, batch_size=2)
    hits = clf.classify_texts(["kill a", "b", "kill a", "c", "d"])
    assert [len(r["body"]["input"]) for r in server.requests] == [2, 2]  # 4 distinct texts
    assert list(hits["text_index"]) == [0, 2]


def test_base_url_and_key_from_environment(server: FakeModerationServer, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", server.url)
    monkeypatch.setenv("OPENAI_API_KEY", "sk-env")
    OpenAIModerationClassifier(cache=False).classify_texts(["kill"])
    assert server.requests[-1]["auth"] == "Bearer sk-env"


def test_callable_scores() -> None:
    def fn(texts: list[str]) -> list[dict[str, float]]:
        return [{"gambling": 0.8, "spam": 0.2} if "bet" in t else {} for t in texts]

    clf = CallableClassifier(fn, name="casino_model", version="3")
    hits = clf.classify_texts(["place a bet", "hello", None])
    assert list(zip(hits["text_index"], hits["category"], strict=True)) == [(0, "gambling")]
    assert clf.name == "casino_model" and clf.version == "casino_model-3"


def test_callable_hits_list_and_frame() -> None:
    def as_list(texts: list[str]) -> list[dict]:
        return [{"text_index": 0, "category": "spam", "score": 0.9, "start": 0, "end": 4, "rule_id": "x"}]

    hits = CallableClassifier(as_list).classify_texts(["spam me", "no"])
    assert tuple(hits.columns) == TEXT_HIT_COLUMNS and hits.iloc[0]["end"] == 4

    def as_frame(texts: list[str]) -> pd.DataFrame:
        return pd.DataFrame({"text_index": [1], "category": ["hate"], "score": [0.7]})

    assert list(CallableClassifier(as_frame).classify_texts(["a", "b"])["text_index"]) == [1]


def test_callable_rejects_unknown_categories_and_shapes() -> None:
    with pytest.raises(ParameterError):
        CallableClassifier(lambda texts: [{"not_a_category": 1.0} for _ in texts]).classify_texts(["a"])
    with pytest.raises(ParameterError):
        CallableClassifier(lambda texts: [1, 2, 3]).classify_texts(["a"])
    with pytest.raises(ParameterError):
        CallableClassifier("not callable")  # type: ignore[arg-type]


def test_registry_names_and_factories(tmp_path: Path) -> None:
    assert {"rules", "moderation", "openai_moderation_api", "callable"} <= set(CLASSIFIERS.names())
    mod = build("moderation")
    assert isinstance(mod, Classifier) and mod.name == "moderation" and mod.kind == "record"
    cal = build("callable", fn=lambda texts: [None for _ in texts])
    assert cal.kind == "text" and cal.classify_texts(["x"]).empty
    with pytest.raises(UnknownNameError) as info:
        CLASSIFIERS.get("rulez")
    assert "rules" in str(info.value)


def test_registry_copy_is_isolated() -> None:
    reg = CLASSIFIERS.copy()
    reg.register("mine", lambda **kw: CallableClassifier(lambda t: [None] * len(t)))
    assert "mine" in reg and "mine" not in CLASSIFIERS
