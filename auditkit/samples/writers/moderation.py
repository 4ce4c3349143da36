"""Moderation results logged beside the support bot's requests (``openai_moderation``).

The support team's pipeline moderates part of the user messages and logs each result with the
``x_request_id`` of the proxied request it judged: ``{"x_request_id", "logged_at", "moderation": {id,
model, results}}``. Until the switch date the pipeline used ``text-moderation-007`` (11 categories), then
``omni-moderation-2024-09-26`` (13 categories, with ``category_applied_input_types``).
"""

from __future__ import annotations

import random
from typing import Any

import orjson

from auditkit.samples.identifiers import Ids
from auditkit.samples.traffic import Call
from auditkit.samples.writers.base import MonthlyWriter, iso_ms

__all__ = ["ModerationWriter", "moderation_result", "TEXT_11", "OMNI_13"]

TEXT_11 = (
    "sexual",
    "hate",
    "harassment",
    "self-harm",
    "sexual/minors",
    "hate/threatening",
    "violence/graphic",
    "self-harm/intent",
    "self-harm/instructions",
    "harassment/threatening",
    "violence",
)
OMNI_13 = (
    "harassment",
    "harassment/threatening",
    "sexual",
    "hate",
    "hate/threatening",
    "illicit",
    "illicit/violent",
    "self-harm/intent",
    "self-harm/instructions",
    "self-harm",
    "sexual/minors",
    "violence",
    "violence/graphic",
)
_IMAGE_OK = {
    "self-harm",
    "self-harm/intent",
    "self-harm/instructions",
    "sexual",
    "violence",
    "violence/graphic",
}
# policy category -> moderation keys that score high for it (score range)
_HIGH: dict[str, tuple[tuple[str, float, float], ...]] = {
    "harassment": (("harassment", 0.62, 0.93), ("harassment/threatening", 0.05, 0.4)),
    "violence": (("violence", 0.55, 0.9), ("harassment/threatening", 0.45, 0.85), ("harassment", 0.3, 0.6)),
    "hate": (("hate", 0.52, 0.88), ("harassment", 0.3, 0.7)),
    "self_harm": (("self-harm", 0.6, 0.92), ("self-harm/intent", 0.55, 0.9)),
    "weapons": (("illicit/violent", 0.35, 0.7), ("violence", 0.2, 0.55)),
    "illegal_activity": (("illicit", 0.45, 0.8),),
    "fraud_scams": (("illicit", 0.4, 0.75),),
    "privacy_violation": (("illicit", 0.15, 0.45), ("harassment", 0.1, 0.35)),
    "military_warfare": (("violence", 0.15, 0.45), ("illicit/violent", 0.1, 0.4)),
}
_MILD = {
    "violence": ("violence", 0.01, 0.2),
    "weapons": ("violence", 0.01, 0.15),
    "self_harm": ("self-harm", 0.01, 0.2),
    "malware": ("illicit", 0.01, 0.15),
    "fraud_scams": ("illicit", 0.01, 0.1),
}


def moderation_result(call: Call, model: str, rng: random.Random) -> dict[str, Any]:
    """One moderation result for the call's user message: scores follow the call's policy category."""
    keys = OMNI_13 if model.startswith("omni") else TEXT_11
    scores = {k: round(rng.random() ** 3 * 0.002, 6) for k in keys}
    cat = call.exchange.category
    for key, lo, hi in _HIGH.get(cat or "", ()):
        if key in scores:
            scores[key] = round(lo + (hi - lo) * rng.random(), 6)
    if call.exchange.near in _MILD:
        key, lo, hi = _MILD[call.exchange.near]
        if key in scores:
            scores[key] = round(lo + (hi - lo) * rng.random(), 6)
    categories = {k: scores[k] >= 0.5 for k in keys}
    result: dict[str, Any] = {
        "flagged": any(categories.values()),
        "categories": categories,
        "category_scores": scores,
    }
    if model.startswith("omni"):
        result["category_applied_input_types"] = {k: ["text"] for k in keys}
    return result


class ModerationWriter(MonthlyWriter):
    format = "openai_moderation"

    def __init__(self, ctx, app, content) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx, app, content)
        self.directory = "moderation/" + app.id.replace("_", "-")
        self.ids = Ids(self.rng)
        self.omni_from = app.traffic.omni_from

    def add(self, call: Call) -> None:
        if not call.moderated or not call.request_id:
            return
        omni = self.omni_from is not None and call.ts >= self.omni_from.timestamp()
        model = "omni-moderation-2024-09-26" if omni else "text-moderation-007"
        line = {
            "x_request_id": call.request_id,
            "logged_at": iso_ms(call.ts + 0.18 + self.rng.random() * 0.2),
            "moderation": {
                "id": "modr-" + self.ids.hex(32),
                "model": model,
                "results": [moderation_result(call, model, self.rng)],
            },
        }
        sink = self.sink_for(call.ts)
        n = sink.write_line(orjson.dumps(line))
        if line["moderation"]["results"][0]["flagged"]:
            self.ctx.tally("moderation_flagged", sink.rel, n)
        self.ctx.tally("moderation_" + ("omni_13" if omni else "text_11"), sink.rel, n)
