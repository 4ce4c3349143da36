"""Optional classifiers that wrap something outside auditkit (off by default).

* :class:`OpenAIModerationClassifier` sends texts to an OpenAI-compatible ``/v1/moderations`` endpoint in
  batches, retries rate limits and server errors with exponential backoff (honouring ``Retry-After``),
  caches every result on disk under the sha256 of model and text (a re-run sends nothing twice), and maps
  the result keys to policy categories with the same data file as the ``moderation`` classifier. It uses
  only the standard library (``urllib``). The base URL and API key come from the parameters or from
  ``OPENAI_BASE_URL`` / ``OPENAI_API_KEY``.
* :class:`CallableClassifier` wraps any user function: ``texts -> [{category: score}, ...]`` (one mapping
  per text) or ``texts -> hits`` (a DataFrame or a list of dicts with ``text_index`` and ``category``).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from auditkit import policy as _policy
from auditkit.classify.base import TEXT_HIT_COLUMNS, Classifier, coerce_hits, empty_text_hits
from auditkit.classify.moderation import ModerationClassifier, ModerationMap
from auditkit.errors import AuditkitError, ParameterError
from auditkit.matcher import cache_dir

log = logging.getLogger("auditkit")

__all__ = ["OpenAIModerationClassifier", "CallableClassifier", "ModerationAPIError"]

_RETRY_STATUS = {408, 409, 429, 500, 502, 503, 504}


class ModerationAPIError(AuditkitError, ConnectionError):
    """The moderation endpoint refused a request, or kept failing after every retry."""

    def __init__(self, url: str, status: int | None, detail: str, fix: str) -> None:
        where = f"HTTP {status}" if status else "no response"
        super().__init__(f"{url}: {where}: {detail}; {fix}.", url=url, status=status, detail=detail, fix=fix)


class OpenAIModerationClassifier(Classifier):
    """Texts scored by an OpenAI-compatible moderation endpoint (network; off by default).

    Args:
        model: moderation model name sent with each request.
        api_key: bearer token (default ``$OPENAI_API_KEY``; a local server may need none).
        base_url: API root including ``/v1`` (default ``$OPENAI_BASE_URL`` or ``https://api.openai.com/v1``).
        batch_size: texts per request.
        max_retries: retries of a failed request (429, 5xx, connection errors) before giving up.
        backoff: first wait in seconds; doubled on each retry, capped at ``max_backoff``.
        timeout: seconds per request.
        cache: directory of cached results (default ``<auditkit cache>/moderation``); ``False`` disables.
        mapping: moderation keys -> categories (a path or :class:`ModerationMap`; default: shipped file).
        sleep: the wait function (tests pass a recorder).
    """

    name = "openai_moderation_api"
    kind = "text"

    def __init__(self, model: str = "omni-moderation-latest", *, api_key: str | None = None,
                 base_url: str | None = None, batch_size: int = 32, max_retries: int = 5,
                 backoff: float = 1.0, max_backoff: float = 30.0, timeout: float = 60.0,
                 cache: str | os.PathLike[str] | bool | None = None,
                 mapping: str | os.PathLike[str] | ModerationMap | None = None,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        if batch_size < 1:
            raise ParameterError("batch_size", batch_size, "a positive number of texts per request")
        self.model = model
        self.api_key = api_key if api_key is not None else os.environ.get("OPENAI_API_KEY")
        self.base_url = (base_url or os.environ.get("OPENAI_BASE_URL") or "https://api.openai.com/v1").rstrip("/")
        self.batch_size, self.max_retries, self.timeout = batch_size, max_retries, timeout
        self.backoff, self.max_backoff, self._sleep = backoff, max_backoff, sleep
        self.cache: Path | None = None if cache is False else Path(
            cache if isinstance(cache, str | os.PathLike) else cache_dir() / "moderation")
        self._mapper = ModerationClassifier(mapping)
        self.version = f"openai-moderation-{model}-{self._mapper.mapping.digest[:8]}"
        self.requests_sent = 0

    # -- cache ------------------------------------------------------------------------------------------
    def _key(self, text: str) -> str:
        return hashlib.sha256(f"{self.model}\0{text}".encode("utf-8", "surrogatepass")).hexdigest()

    def _cached(self, key: str) -> dict | None:
        if self.cache is None:
            return None
        path = self.cache / key[:2] / f"{key}.json"
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def _store(self, key: str, result: dict) -> None:
        if self.cache is None:
            return
        path = self.cache / key[:2] / f"{key}.json"
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(json.dumps(result, ensure_ascii=False), encoding="utf-8")
            os.replace(tmp, path)
        except OSError as exc:  # a read-only cache only costs requests
            log.info("could not cache a moderation result at %s: %s", path, exc)

    # -- HTTP -------------------------------------------------------------------------------------------
    def _post(self, texts: list[str]) -> list[dict]:
        url = f"{self.base_url}/moderations"
        body = json.dumps({"model": self.model, "input": texts}).encode("utf-8")
        headers = {"Content-Type": "application/json"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        for attempt in range(self.max_retries + 1):
            wait = min(self.max_backoff, self.backoff * 2 ** attempt)
            try:
                self.requests_sent += 1
                req = urllib.request.Request(url, data=body, headers=headers, method="POST")
                with urllib.request.urlopen(req, timeout=self.timeout) as resp:  # noqa: S310 - URL is the user's
                    results = json.loads(resp.read().decode("utf-8")).get("results")
                if not isinstance(results, list) or len(results) != len(texts):
                    raise ModerationAPIError(url, 200, f"expected {len(texts)} results, found "
                                             f"{len(results) if isinstance(results, list) else results!r}",
                                             "check that base_url points at a moderation endpoint")
                return results
            except urllib.error.HTTPError as exc:
                detail = exc.read().decode("utf-8", "replace")[:300]
                if exc.code not in _RETRY_STATUS or attempt == self.max_retries:
                    fix = "check the API key, the model name and the account's limits"
                    raise ModerationAPIError(url, exc.code, detail or exc.reason, fix) from exc
                retry_after = exc.headers.get("Retry-After") if exc.headers else None
                if retry_after and retry_after.replace(".", "", 1).isdigit():
                    wait = min(self.max_backoff, float(retry_after))
            except (urllib.error.URLError, TimeoutError, ConnectionError) as exc:
                if attempt == self.max_retries:
                    raise ModerationAPIError(url, None, str(exc), "check the network and base_url") from exc
            log.info("moderation request failed (attempt %d), retrying in %.1fs", attempt + 1, wait)
            self._sleep(wait)
        raise AssertionError("unreachable")  # pragma: no cover

    # -- the contract -----------------------------------------------------------------------------------
    def results(self, texts: Sequence[str | None]) -> list[dict | None]:
        """The raw moderation result of each text (None for empty texts), from the cache or the endpoint."""
        out: list[dict | None] = [None] * len(texts)
        todo: dict[str, list[int]] = {}
        for i, t in enumerate(texts):
            if not t:
                continue
            key = self._key(t)
            hit = self._cached(key)
            if hit is not None:
                out[i] = hit
            else:
                todo.setdefault(key, []).append(i)
        pending = list(todo.items())
        for b in range(0, len(pending), self.batch_size):
            batch = pending[b:b + self.batch_size]
            results = self._post([texts[idx[0]] for _, idx in batch])  # type: ignore[misc]
            for (key, idx), res in zip(batch, results, strict=True):
                self._store(key, res)
                for i in idx:
                    out[i] = res
        return out

    def classify_texts(self, texts: Sequence[str | None]) -> pd.DataFrame:
        """One hit per (text, category) whose moderation key was flagged or scored above its threshold."""
        rows = []
        for i, res in enumerate(self.results(texts)):
            if not res:
                continue
            for f in self._mapper.findings_for(res.get("model", self.model), res.get("categories"),
                                               json.dumps(res.get("category_scores") or {})):
                rows.append({"text_index": i, **f})
        return coerce_hits(pd.DataFrame(rows)) if rows else empty_text_hits()


class CallableClassifier(Classifier):
    """Any function as a text classifier.

    Args:
        fn: ``fn(texts)`` returning either one ``{category: score}`` mapping per text (None for none), or
            hits: a DataFrame or list of dicts with at least ``text_index`` and ``category`` (other
            :data:`~auditkit.classify.base.TEXT_HIT_COLUMNS` optional).
        name: a label for the results (``classifier`` column of findings).
        version: bump it when the function changes, so results stay traceable.
        threshold: scores below it are not hits (score mappings only).
    """

    kind = "text"

    def __init__(self, fn: Callable[[list[str]], Any], *, name: str = "callable", version: str = "1",
                 threshold: float = 0.5, policy_version: str | None = None) -> None:
        if not callable(fn):
            raise ParameterError("fn", fn, "a function texts -> scores or hits")
        self.fn, self.threshold = fn, float(threshold)
        self.name = name  # type: ignore[misc]  # an instance label, shadowing the class default
        self.version = f"{name}-{version}"
        self._categories = set(_policy.load(policy_version).category_ids)

    def _check(self, category: Any) -> str:
        if category not in self._categories:
            known = ", ".join(sorted(self._categories))
            raise ParameterError("category", category, f"a policy category id ({known})")
        return str(category)

    def classify_texts(self, texts: Sequence[str | None]) -> pd.DataFrame:
        texts = ["" if t is None else t for t in texts]
        out = self.fn(texts)
        if isinstance(out, pd.DataFrame):
            frame = out
        else:
            out = list(out)
            if out and all(isinstance(o, dict) and "text_index" in o for o in out):
                frame = pd.DataFrame(out)
            elif len(out) == len(texts) and all(o is None or isinstance(o, dict) for o in out):
                frame = pd.DataFrame([{"text_index": i, "category": c, "score": float(s)}
                                      for i, o in enumerate(out) for c, s in (o or {}).items()
                                      if s is not None and float(s) >= self.threshold])
            else:
                raise ParameterError("fn", type(out).__name__, f"one {{category: score}} per text "
                                     f"({len(texts)}) or hits with text_index and category")
        if frame.empty:
            return empty_text_hits()
        unknown = [c for c in frame.columns if c not in TEXT_HIT_COLUMNS]
        if unknown:
            raise ParameterError("fn", unknown, f"hit columns among {', '.join(TEXT_HIT_COLUMNS)}")
        frame = frame.copy()
        frame["category"] = [self._check(c) for c in frame["category"]]
        return coerce_hits(frame)
