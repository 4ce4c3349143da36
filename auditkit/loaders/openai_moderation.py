"""OpenAI Moderation results logged beside the requests they judged (``openai_moderation``).

Reads (``../shared/reference/log-formats.md`` §5), one per JSON Lines line or JSON element:

* a bare moderation response ``{"id": "modr-...", "model": ..., "results": [...]}``, optionally with the
  ``input`` that was moderated (a text, a list of texts, or a list of image/text parts);
* a wrapper linking it to a logged request: one of ``request_id``, ``x_request_id``, ``proxy_request_id``,
  ``record_id``, ``response_id`` (the first present is the link), ``logged_at``, ``input``, and the
  moderation response under ``moderation`` or ``response``.

Categories: results may carry 7 (before 2023-08-18), 11 (text-moderation) or 13 (omni-moderation) keys.
``moderation_categories`` lists the keys that were true; ``moderation_scores_json`` holds
``category_scores`` as given. A key that is absent (or null) was **not assessed**: it is never read as
false or 0. Several results (a list of inputs) are combined: flagged if any is, the union of the true
keys, and the highest score per key.

Joining (:meth:`OpenAIModerationLoader.finalize`): the link id is looked up in ``request_id`` and
``record_id`` of ``llm_call`` and ``batch_call`` rows of other formats. The result is written into the
``moderation_*`` columns of every matching row (combined, as above, with a result already there), and
the moderation record is folded into one of them, chosen as the duplicate rule would keep it (the first
with content, in load order). A result that matches no row stays as a ``moderation_result`` row, with
``input_text`` when the input was logged; its ``metadata_json`` says which keys were not assessed.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import orjson
import pandas as pd

from auditkit.loaders.base import FinalizeResult, Item, Loader, LoadOptions, RecordError, RejectReason, Sample
from auditkit.loaders.fields import as_bool, as_dict, as_list, as_str, dumps, show, to_ns
from auditkit.loaders.messages import flatten

__all__ = ["OpenAIModerationLoader", "summarise_moderation", "combine_moderation", "LEGACY_7", "TEXT_11",
           "OMNI_13", "input_messages", "category_set"]

LEGACY_7 = frozenset({"hate", "hate/threatening", "self-harm", "sexual", "sexual/minors", "violence",
                      "violence/graphic"})
TEXT_11 = LEGACY_7 | {"harassment", "harassment/threatening", "self-harm/intent", "self-harm/instructions"}
OMNI_13 = TEXT_11 | {"illicit", "illicit/violent"}
_LINK_KEYS = ("request_id", "x_request_id", "proxy_request_id", "record_id", "response_id")
_REQUEST_KEYS = ("request_id", "x_request_id", "proxy_request_id")
_TIME_KEYS = ("logged_at", "timestamp", "created_at", "time")
_TARGET_KINDS = ("llm_call", "batch_call")
MOD_COLUMNS = ("moderation_model", "moderation_flagged", "moderation_categories", "moderation_scores_json")


def category_set(keys: Iterable[str]) -> str:
    """The smallest known category set that holds ``keys`` (legacy-7, text-11, omni-13), or ``other``."""
    keys = set(keys)
    for name, known in (("legacy-7", LEGACY_7), ("text-11", TEXT_11), ("omni-13", OMNI_13)):
        if keys <= known:
            return name
    return "other"


def _result(res: Any, where: str) -> tuple[bool | None, set[str], dict[str, float]]:
    """Flag, true keys and assessed scores of one result; wrong types reject the record."""
    if not isinstance(res, dict):
        raise RecordError(RejectReason.WRONG_TYPE, f"an object in {where}", show(res))
    cats = as_dict(res.get("categories"), f"{where}.categories") or {}
    scores = as_dict(res.get("category_scores"), f"{where}.category_scores") or {}
    true_keys = {k for k, v in cats.items() if as_bool(v, f"{where}.categories.{k}")}
    assessed: dict[str, float] = {}
    for k, v in scores.items():
        if v is None:
            continue
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            raise RecordError(RejectReason.WRONG_TYPE, f"a number in {where}.category_scores.{k}", show(v))
        assessed[k] = float(v)
    return as_bool(res.get("flagged"), f"{where}.flagged"), true_keys, assessed


def summarise_moderation(body: dict[str, Any], where: str = "results") -> dict[str, Any]:
    """The ``moderation_*`` columns of one moderation response (its results combined)."""
    results = body.get("results")
    if results is None:
        raise RecordError(RejectReason.MISSING_FIELD, f"field {where!r} (the moderation results)")
    results = as_list(results, where) or []
    flags: list[bool | None] = []
    categories: set[str] = set()
    scores: dict[str, float] = {}
    for i, res in enumerate(results):
        flag, true_keys, assessed = _result(res, f"{where}[{i}]")
        flags.append(flag)
        categories |= true_keys
        for k, v in assessed.items():
            scores[k] = max(scores.get(k, v), v)
    flagged = True if any(flags) else (False if flags and all(f is False for f in flags) else None)
    return {"moderation_model": as_str(body.get("model"), "model"), "moderation_flagged": flagged,
            "moderation_categories": dumps(sorted(categories)) or "[]",
            "moderation_scores_json": dumps(scores)}


def combine_moderation(parts: list[dict[str, Any]]) -> dict[str, Any]:
    """Several ``moderation_*`` column sets for one call as one: any flag, union of keys, max score."""
    models = sorted({p["moderation_model"] for p in parts if _known(p["moderation_model"])})
    flags = [p["moderation_flagged"] for p in parts if _known(p["moderation_flagged"])]
    categories: set[str] = set()
    scores: dict[str, float] = {}
    for p in parts:
        if _known(p["moderation_categories"]):
            categories.update(orjson.loads(p["moderation_categories"]))
        if _known(p["moderation_scores_json"]):
            for k, v in orjson.loads(p["moderation_scores_json"]).items():
                scores[k] = max(scores.get(k, v), v)
    return {"moderation_model": ",".join(models) or None,
            "moderation_flagged": any(bool(f) for f in flags) if flags else None,
            "moderation_categories": dumps(sorted(categories)) or "[]",
            "moderation_scores_json": dumps(scores)}


def _known(value: Any) -> bool:
    return value is not None and value is not pd.NA and not (isinstance(value, float) and value != value)


def _body(rec: dict[str, Any]) -> dict[str, Any] | None:
    """The moderation response inside a record (the record itself, or its moderation/response member)."""
    if isinstance(rec.get("results"), list):
        return rec
    for key in ("moderation", "response"):
        inner = rec.get(key)
        if isinstance(inner, dict) and isinstance(inner.get("results"), list):
            return inner
    return None


def _looks_like(rec: Any) -> bool:
    body = _body(rec) if isinstance(rec, dict) else None
    if body is None:
        return False
    first = next((r for r in body["results"] if isinstance(r, dict)), None)
    return str(body.get("id", "")).startswith("modr") or (first is not None and "category_scores" in first)


def _assessed_keys(results: list[Any]) -> set[str]:
    """Category keys a result set assessed: present with a value in ``categories`` or ``category_scores``."""
    keys: set[str] = set()
    for res in results:
        for part in ("categories", "category_scores"):
            values = as_dict(res.get(part), part) or {}
            keys.update(k for k, v in values.items() if v is not None)
    return keys


def input_messages(value: Any) -> list[Any] | None:
    """Moderated input as user messages: a text, a list of texts, or one message of image/text parts."""
    if value is None:
        return None
    if isinstance(value, list) and value and all(isinstance(v, dict) and "type" in v for v in value):
        return [{"role": "user", "content": value}]
    return [{"role": "user", "content": v} for v in (value if isinstance(value, list) else [value])]


class OpenAIModerationLoader(Loader):
    name = "openai_moderation"
    description = "OpenAI Moderation results, bare or linked to a logged request"
    containers = frozenset({"jsonl", "json"})
    carries_text = "optional"

    def sniff(self, sample: Sample) -> float:
        values = [v for v in sample.values if isinstance(v, dict)]
        if not values:
            return 0.0
        return sum(1 for v in values if _looks_like(v)) / len(values)

    def rows(self, item: Item) -> list[dict[str, Any]]:
        rec = item.value
        body = _body(rec)
        if body is None:
            raise RecordError(RejectReason.MISSING_FIELD, "a moderation response: 'results', or an object "
                              "with 'results' under 'moderation' or 'response'")
        link_key = next((k for k in _LINK_KEYS if rec.get(k) is not None), None)
        link = as_str(rec.get(link_key), link_key) if link_key else None
        when = next((k for k in _TIME_KEYS if rec.get(k) is not None), None)
        summary = summarise_moderation(body, "results" if body is rec else "moderation.results")
        flat = flatten(input_messages(rec.get("input", body.get("input"))), "input",
                       media_limit=item.options.max_media_chars)
        keys = _assessed_keys(body["results"])
        meta = {"moderation_id": body.get("id"), "results": len(body["results"]), "link": None,
                "category_set": category_set(keys), "not_assessed": sorted(OMNI_13 - keys)}
        if link_key:
            meta["link"] = {"key": link_key, "value": link}
        return [{
            "record_kind": "moderation_result", "record_id": as_str(body.get("id"), "id"),
            "request_id": link if link_key in _REQUEST_KEYS else None,
            "event_time": to_ns(rec[when], when) if when else None,
            "event_time_raw": str(rec[when]) if when else None,
            "endpoint": "/v1/moderations", "provider": "openai", "model": summary["moderation_model"],
            "status": "success", "num_requests": 1,
            "input_text": flat.text, "messages_json": dumps(flat.entries),
            "has_content": flat.text is not None, "content_truncated": flat.truncated,
            "modalities": ",".join(sorted(flat.modalities)) or None,
            "metadata_json": dumps(meta), **summary,
        }]

    def finalize(self, frame: pd.DataFrame, options: LoadOptions) -> FinalizeResult:
        """Attach each linked result to the rows of other formats it belongs to (see the module doc)."""
        own = frame["source_format"] == self.name
        lookup = _target_lookup(frame, own)
        mine = frame.loc[own, ["metadata_json", "record_key", *MOD_COLUMNS]]
        has_content = frame["has_content"]
        keys = frame["record_key"]
        attached: dict[Any, list[dict[str, Any]]] = {}
        merged: dict[str, list[str]] = {}
        folded: list[Any] = []
        for idx, meta_text, key in zip(mine.index, mine["metadata_json"], mine["record_key"], strict=True):
            link = orjson.loads(meta_text).get("link") if _known(meta_text) else None
            targets = lookup.get(link["value"], []) if link else []
            if not targets:
                continue
            part = {c: mine.at[idx, c] for c in MOD_COLUMNS}
            for t in targets:
                attached.setdefault(t, []).append(part)
            with_text = [t for t in targets if _known(has_content.at[t]) and has_content.at[t]]
            keeper = (with_text or targets)[0]
            merged.setdefault(str(keys.at[keeper]), []).append(str(key))
            folded.append(idx)
        updates: dict[Any, dict[str, Any]] = {}
        for t, parts in attached.items():
            existing = {c: frame.at[t, c] for c in MOD_COLUMNS}
            before = [existing] if _known(existing["moderation_flagged"]) else []
            combined = combine_moderation(before + parts)
            updates[t] = {c: (None if v is None else v) for c, v in combined.items()}
        return FinalizeResult(updates=updates, drop=folded, merged=merged)


def _target_lookup(frame: pd.DataFrame, own: pd.Series) -> dict[str, list[Any]]:
    """Link id -> labels (in frame order) of calls of other formats whose request_id or record_id is it.

    Built from the two id columns only (no copy of the frame), in one pass per column.
    """
    calls = ~own & frame["record_kind"].isin(_TARGET_KINDS)
    position = pd.Series(range(len(frame)), index=frame.index)
    pairs = []
    for column in ("request_id", "record_id"):
        ids = frame.loc[calls, column].dropna()
        pairs.append(pd.DataFrame({"id": ids.astype(str).to_numpy(), "label": ids.index,
                                   "pos": position.loc[ids.index].to_numpy()}))
    both = pd.concat(pairs, ignore_index=True).drop_duplicates(["id", "label"]).sort_values("pos", kind="stable")
    lookup: dict[str, list[Any]] = {}
    for value, label in zip(both["id"], both["label"], strict=True):
        lookup.setdefault(value, []).append(label)
    return lookup
