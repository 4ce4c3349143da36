"""A conservative PHI-topic check: health information about a specific person in a user's message.

``auditkit.pii`` finds the structured health identifiers (medical record numbers, ICD-10 codes next to a
diagnosis word) but, by design, not diagnosis or medication *words*. The retention audit needs the latter
for PHI_WITHOUT_BAA, so this module adds them, conservatively. A record carries PHI when, in one **user**
message of its prompt (system and developer prompts are ignored: a health app's own instructions name
illnesses too):

1. a health term (diagnosis, medication or specific symptom; ``phrases.yaml`` ``health_terms``) appears, and
2. the message refers to a specific person: the first person or a relative (``health_person``: "I", "my
   daughter", "我", "孩子"), or the record also holds a personal identifier found by ``auditkit.pii``;

or when ``auditkit.pii`` reports a health detection (``MRN``, ``DIAGNOSIS_CODE``) anywhere in the prompt.
A first-person message is identifiable because the log links it to a user id. Generic wellness questions
("how much water should I drink") name no health term and are not PHI; health questions about nobody in
particular ("what is the difference between a cold and the flu") have no person and are not PHI either.

Matching runs over whole columns (RE2), chunk by chunk (:mod:`auditkit.retention.textfacts` keeps the user
messages that name a health term: the term, and whether a person is named); only those messages are read
one by one, to name the term.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from auditkit.retention.context import AuditContext

__all__ = ["PhiHits", "phi_hits"]


@dataclass(frozen=True)
class PhiHits:
    """Records that carry PHI: positions, and per position the signals that showed it."""

    rows: np.ndarray
    signals: dict[int, list[str]]


def phi_hits(ctx: AuditContext, scope: np.ndarray, detections: pd.DataFrame) -> PhiHits:
    """PHI in the prompts of the records in ``scope`` (positions), given the prompts' pii detections."""
    signals: dict[int, list[str]] = {}
    health = detections[(detections["category"] == "health") & scope[detections["text_index"].to_numpy()]]
    for row, types in health.groupby("text_index")["type"]:
        signals.setdefault(int(row), []).extend(sorted(set(types)))
    identified = np.zeros(len(ctx.records), dtype=bool)
    idx = detections.loc[detections["category"] == "personal_data", "text_index"].to_numpy(dtype=np.int64)
    identified[idx] = True
    health_msgs = ctx.text_facts.health
    msgs = health_msgs[scope[health_msgs["row"].to_numpy(dtype=np.int64)]]
    rows = msgs["row"].to_numpy(dtype=np.int64)
    person = msgs["person"].to_numpy(dtype=bool)
    hit = person | identified[rows]
    for row, term_text, first_person in zip(
        rows[hit], msgs["term"].to_numpy(dtype=object)[hit], person[hit], strict=True
    ):
        mark = "first person or relative" if first_person else "personal identifier"
        entry = signals.setdefault(int(row), [])
        for signal in (f"term: {term_text}", f"person: {mark}"):
            if signal not in entry:
                entry.append(signal)
    return PhiHits(np.array(sorted(signals), dtype=np.int64), signals)
