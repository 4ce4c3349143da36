"""Reason codes of the retention audit, severities, and their bilingual texts (package data).

Every finding carries one :class:`RetentionReason`. The texts a report needs to write a finding as
criterion / condition / cause / effect / recommendation, in English or Chinese, are data
(``auditkit/data/retention/reasons.yaml``): :func:`reason_text` returns them, and :func:`render_detail`
renders a finding's condition sentence in either language from the facts in its evidence.
"""

from __future__ import annotations

import enum
import string
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import orjson

from auditkit.errors import ConfigError, ParameterError
from auditkit.retention.datafiles import bilingual, check_keys, read_yaml
from auditkit.retention.facts import fact_text
from auditkit.retention.rules import RetentionRules, load_rules, sibling

__all__ = [
    "RetentionReason",
    "SEVERITIES",
    "ReasonText",
    "ReasonTexts",
    "reason_text",
    "reason_texts",
    "render_detail",
    "LANGS",
]

#: Severity levels, most severe first (``info`` is a fact to know, not a breach).
SEVERITIES = ("critical", "high", "medium", "low", "info")
LANGS = ("en", "zh")


class RetentionReason(enum.StrEnum):
    """Why a finding was raised (the ``reason`` column). Values are stable: reports code against them."""

    #: The organisation's exported logs still hold prompt or completion text older than its retention
    #: window at ``as_of`` (grouped per application and source file).
    LOG_COPY_PAST_WINDOW = "LOG_COPY_PAST_WINDOW"
    #: A completion stored with ``store=true``, or a stored Responses object (``store`` defaults to true),
    #: older than the window, with no deletion recorded.
    STORED_PAST_WINDOW = "STORED_PAST_WINDOW"
    #: An uploaded file never seen deleted past the window, listed after its expiry, or deleted late.
    FILE_RETAINED = "FILE_RETAINED"
    #: A stored completion or response, an uploaded file or a batch in a zero-data-retention application.
    ZDR_BREACH = "ZDR_BREACH"
    #: API data sent before the policy's effective date (2023-03-01) without a prior opt-out.
    PRE_POLICY_DATA = "PRE_POLICY_DATA"
    #: An application that opted in to share API data for training, with the sensitive content it sent.
    OPT_IN_SHARING = "OPT_IN_SHARING"
    #: Personal data (identifiers, contact details, financial numbers) in a prompt.
    PII_SENT = "PII_SENT"
    #: A credential (API key, token, password, private key) in a prompt.
    SECRET_SENT = "SECRET_SENT"
    #: Health information about a person sent by an application without a Business Associate Agreement.
    PHI_WITHOUT_BAA = "PHI_WITHOUT_BAA"
    #: Personal data of users outside the provider's processing region (the US) sent for processing there.
    RESIDENCY = "RESIDENCY"
    #: A chatbot that does not disclose (or is told to hide) that it is an AI.
    DISCLOSURE_MISSING = "DISCLOSURE_MISSING"
    #: A consumer-facing medical, financial, legal or news application whose first replies lack the
    #: disclaimer (AI use and its limits).
    DISCLAIMER_MISSING = "DISCLAIMER_MISSING"
    #: A product simulating a real person with neither consent nor a "simulated"/"parody" label.
    SIMULATED_PERSON_UNLABELLED = "SIMULATED_PERSON_UNLABELLED"
    #: Records without a usable event time, which no age-based check can cover.
    MISSING_TIMESTAMP = "MISSING_TIMESTAMP"


@dataclass(frozen=True)
class ReasonText:
    """The texts of one reason code in one language."""

    reason: RetentionReason
    lang: str
    title: str
    criterion: str
    cause: str
    effect: str
    recommendation: str


@dataclass(frozen=True)
class ReasonTexts:
    """All reason texts of a rules version: per reason, severity, texts and detail templates."""

    path: str
    severity: Mapping[RetentionReason, str]
    texts: Mapping[tuple[RetentionReason, str], ReasonText]
    details: Mapping[tuple[RetentionReason, str, str], str]  # (reason, case, lang) -> template
    labels: Mapping[str, Mapping[str, Mapping[str, str]]]  # fact key -> value -> lang -> label

    def cases(self, reason: RetentionReason) -> tuple[str, ...]:
        return tuple(sorted({c for (r, c, lang) in self.details if r is reason and lang == "en"}))


_TEXT_KEYS = ("title", "criterion", "cause", "effect", "recommendation")


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def _reason(path: str, raw: Any, reason: RetentionReason, out: dict[str, dict]) -> None:
    where = f"reasons.{reason.value}"
    check_keys(path, where, raw, {"severity", "details", *_TEXT_KEYS}, {"severity", "details", *_TEXT_KEYS})
    if raw["severity"] not in SEVERITIES:
        raise ConfigError(
            path,
            f"{where}.severity",
            f"{raw['severity']!r} is not a severity",
            f"use one of {', '.join(SEVERITIES)}",
        )
    out["severity"][reason] = raw["severity"]
    pairs = {k: bilingual(path, f"{where}.{k}", raw[k]) for k in _TEXT_KEYS}
    for i, lang in enumerate(LANGS):
        out["texts"][(reason, lang)] = ReasonText(reason, lang, *(pairs[k][i] for k in _TEXT_KEYS))
    details = raw["details"]
    if not isinstance(details, dict) or not details:
        raise ConfigError(path, f"{where}.details", "expected a mapping of case: {en, zh}")
    for case, pair in details.items():
        en, zh = bilingual(path, f"{where}.details.{case}", pair)
        if _fields(en) != _fields(zh):
            raise ConfigError(
                path,
                f"{where}.details.{case}",
                "en and zh use different placeholders",
                f"en: {sorted(_fields(en))}, zh: {sorted(_fields(zh))}",
            )
        out["details"][(reason, str(case), "en")] = en
        out["details"][(reason, str(case), "zh")] = zh


def parse_texts(raw: Any, path: str) -> ReasonTexts:
    """Validate a reason-texts document: every reason code present, each with all texts in en and zh."""
    check_keys(path, "", raw, {"labels", "reasons"}, {"reasons"})
    reasons = raw["reasons"]
    known = {r.value for r in RetentionReason}
    check_keys(path, "reasons", reasons, known, known)
    out: dict[str, dict] = {"severity": {}, "texts": {}, "details": {}}
    for reason in RetentionReason:
        _reason(path, reasons[reason.value], reason, out)
    labels: dict[str, dict[str, dict[str, str]]] = {}
    for key, values in (raw.get("labels") or {}).items():
        check_keys(path, f"labels.{key}", values, values.keys() if isinstance(values, dict) else ())
        labels[str(key)] = {
            str(v): dict(zip(LANGS, bilingual(path, f"labels.{key}.{v}", pair), strict=True))
            for v, pair in values.items()
        }
    return ReasonTexts(path, out["severity"], out["texts"], out["details"], labels)


@lru_cache(maxsize=8)
def _load_texts(path: str) -> ReasonTexts:
    return parse_texts(read_yaml(path), path)


def reason_texts(rules: RetentionRules | str | None = None) -> ReasonTexts:
    """The reason texts named by a rules version (default: the shipped rules)."""
    return _load_texts(str(sibling(load_rules(rules), load_rules(rules).texts_file)))


def _lang(lang: str) -> str:
    if lang not in LANGS:
        raise ParameterError("lang", lang, "'en' or 'zh'")
    return lang


def reason_text(
    reason: RetentionReason | str, lang: str = "en", rules: RetentionRules | str | None = None
) -> ReasonText:
    """Title, criterion (the policy clause, quoted), cause, effect and recommendation of a reason code."""
    return reason_texts(rules).texts[(RetentionReason(reason), _lang(lang))]


class _Facts(dict):
    def __missing__(self, key: str) -> str:
        return "?"


def render_detail(
    reason: RetentionReason | str,
    evidence: str | Mapping[str, Any],
    lang: str = "en",
    rules: RetentionRules | str | None = None,
) -> str:
    """A finding's condition sentence in ``lang``, from its ``evidence`` (the JSON column or a mapping).

    The evidence's ``case`` selects the template; its facts fill the placeholders.
    """
    texts = reason_texts(rules)
    facts = orjson.loads(evidence) if isinstance(evidence, (str, bytes)) else dict(evidence)
    reason = RetentionReason(reason)
    template = texts.details.get((reason, str(facts.get("case")), _lang(lang)))
    if template is None:
        raise ParameterError("evidence.case", facts.get("case"), f"one of {', '.join(texts.cases(reason))}")
    values = _Facts()
    for key, value in facts.items():
        label = texts.labels.get(key, {}).get(str(value))
        values[key] = label[lang] if label else fact_text(value)
    return template.format_map(values)
