"""Disclosure requirements of the usage policies, per application, from system prompts and first replies.

Checked for applications of the profile that have API-data records (a ChatGPT export is not a product the
organisation built). *System prompts* are the ``[system]``/``[developer]`` messages of the prompts;
*first replies* are the completions of calls whose prompt holds no earlier assistant message and that
continue no earlier response (``parent_id`` empty). Phrase lists (EN and ZH) are data (``phrases.yaml``).

* DISCLOSURE_MISSING (chatbots): ``told_not_to_disclose`` (high) when a system prompt tells the model to
  hide that it is an AI; else ``not_found`` when neither a system prompt asks for a disclosure nor any
  first reply makes one. Without any text: ``profile_says_no`` when the profile states ``discloses_ai:
  false``, ``unverifiable`` (info) when it states nothing.
* DISCLAIMER_MISSING (consumer-facing medical, financial, legal, news): ``some_missing`` counts the first
  replies without a disclaimer of that domain; severity high when none has one. Without text, the
  profile's ``shows_disclaimer`` decides as above.
* SIMULATED_PERSON_UNLABELLED (``simulates_person`` without ``person_consent`` and not a historical public
  figure): ``no_label`` when no "simulated"/"parody" label appears in the system prompts or first
  replies; without text, the profile's ``simulated_label`` decides.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from auditkit.profile import Application
from auditkit.retention.context import AuditContext
from auditkit.retention.findings import build, empty_findings
from auditkit.retention.reasons import RetentionReason
from auditkit.retention.textfacts import DISCLAIMER_DOMAINS, reply_check

__all__ = ["disclosure_findings", "DISCLAIMER_DOMAINS"]


@dataclass
class _AppTexts:
    name: str
    rows: np.ndarray  # the application's API records
    text_rows: np.ndarray  # ... that hold a prompt
    prompts: pd.DataFrame  # distinct system prompts of those records (hiding, instruction, label)
    system: _SystemByApp  # which records use which prompt
    first_rows: np.ndarray  # first-turn records with a reply
    first_replies: dict[str, np.ndarray]  # reply check -> whether each first reply passes it


@dataclass
class _SystemByApp:
    """The per-record system-prompt facts of API records with a prompt, filtered once for all
    applications (not once per application): the records (``rows``, ascending) and, per record, the key
    ``application code * prompts + prompt``; ``pairs`` are the distinct keys, sorted."""

    rows: np.ndarray
    key: np.ndarray
    pairs: np.ndarray
    n_prompts: int

    @classmethod
    def of(cls, ctx: AuditContext) -> _SystemByApp:
        facts = ctx.text_facts
        system = facts.system
        rows = system["row"].to_numpy()
        keep = (ctx.is_api & ctx.has_input)[rows]
        rows = rows[keep]
        n_prompts = max(len(facts.prompts), 1)
        codes, _ = ctx._app_codes
        key = np.asarray(codes, dtype=np.int64)[rows]  # <NA> application: code -1, a negative key
        key *= n_prompts
        key += system["prompt"].to_numpy()[keep]
        del keep
        return cls(rows, key, np.unique(key), n_prompts)

    def _code(self, ctx: AuditContext, name: str) -> int | None:
        _, names = ctx._app_codes
        hit = np.flatnonzero(names.astype(object) == name)
        return int(hit[0]) if hit.size else None

    def prompts(self, ctx: AuditContext, name: str) -> np.ndarray:
        """The distinct prompt numbers of the application's records, ascending."""
        code = self._code(ctx, name)
        if code is None:
            return np.zeros(0, dtype=np.int64)
        lo, hi = np.searchsorted(self.pairs, [code * self.n_prompts, (code + 1) * self.n_prompts])
        return self.pairs[lo:hi] - code * self.n_prompts

    def rows_of(self, ctx: AuditContext, name: str, prompts: np.ndarray) -> np.ndarray:
        """The application's records using one of ``prompts``, ascending, each once."""
        code = self._code(ctx, name)
        if code is None or not len(prompts):
            return np.zeros(0, dtype=np.int64)
        hit = np.isin(self.key, code * self.n_prompts + np.asarray(prompts, dtype=np.int64))
        return np.unique(self.rows[hit])


def _texts(ctx: AuditContext, app: Application, system: _SystemByApp) -> _AppTexts:
    facts = ctx.text_facts
    mine = ctx.is_api & ctx.app_is(app.name)
    with_text = mine & ctx.has_input
    prompts = facts.prompts.iloc[system.prompts(ctx, app.name)]
    first = with_text & ctx.first_turn & facts.has_reply
    first_rows = np.flatnonzero(first)
    return _AppTexts(
        app.name,
        np.flatnonzero(mine),
        np.flatnonzero(with_text),
        prompts,
        system,
        first_rows,
        {check: hits[first_rows] for check, hits in facts.reply.items()},
    )


def _finding(
    ctx: AuditContext,
    app: Application,
    reason: RetentionReason,
    case: str,
    t: _AppTexts,
    count: int,
    facts: dict,
    *,
    severity: str | None = None,
    extra: dict | None = None,
) -> pd.DataFrame:
    anchor = t.text_rows if t.text_rows.size else t.rows
    times = ctx.event_time.iloc[anchor].reset_index(drop=True)
    first = int(anchor[times.idxmin()]) if times.notna().any() else int(anchor[0])
    base = ctx.base(np.array([first]), object_id=ctx.application, record_level=False)
    base["count"] = count
    facts = {
        "application": app.name,
        "count": count,
        "prompts": len(t.prompts),
        "first_replies": len(t.first_rows),
        **facts,
    }
    return build(ctx, reason, case, base, facts, severity=severity, extra=[extra or {}])


def _keys(ctx: AuditContext, rows: np.ndarray) -> dict:
    limit = ctx.rules.max_record_keys
    keys = ctx.key_at(rows[:limit]).astype(str).tolist()
    return {"record_keys": keys, "record_keys_complete": len(rows) <= limit}


def _stated(
    ctx: AuditContext,
    app: Application,
    reason: RetentionReason,
    t: _AppTexts,
    stated: bool | None,
    facts: dict,
) -> pd.DataFrame:
    """The finding when the logs carry no text: the profile's statement decides."""
    if stated is True:
        return empty_findings()
    case, severity = ("profile_says_no", None) if stated is False else ("unverifiable", "info")
    return _finding(ctx, app, reason, case, t, len(t.rows), facts, severity=severity)


def _disclosure(ctx: AuditContext, app: Application, t: _AppTexts) -> pd.DataFrame:
    reason = RetentionReason.DISCLOSURE_MISSING
    if not t.text_rows.size:
        return _stated(ctx, app, reason, t, app.discloses_ai, {})
    hiding = t.prompts.index[t.prompts["hiding"].to_numpy()].to_numpy()
    if hiding.size:
        rows = t.system.rows_of(ctx, t.name, hiding)
        return _finding(
            ctx,
            app,
            reason,
            "told_not_to_disclose",
            t,
            len(rows),
            {},
            severity="high",
            extra={**_keys(ctx, rows), "prompts_hiding": len(hiding)},
        )
    told = bool(t.prompts["instruction"].any())
    said = bool(t.first_replies["disclosure"].any())
    if told or said:
        return empty_findings()
    return _finding(ctx, app, reason, "not_found", t, len(t.text_rows), {}, extra=_keys(ctx, t.text_rows))


def _disclaimer(ctx: AuditContext, app: Application, t: _AppTexts) -> pd.DataFrame:
    reason = RetentionReason.DISCLAIMER_MISSING
    facts = {"domain": app.domain}
    if not t.first_rows.size:
        return _stated(ctx, app, reason, t, app.shows_disclaimer, facts)
    has = t.first_replies[reply_check(app.domain)]
    missing = t.first_rows[~has]
    if not missing.size:
        return empty_findings()
    share = round(100.0 * missing.size / t.first_rows.size, 1)
    severity = "high" if missing.size == t.first_rows.size else None
    return _finding(
        ctx,
        app,
        reason,
        "some_missing",
        t,
        int(missing.size),
        {**facts, "share": share},
        severity=severity,
        extra=_keys(ctx, missing),
    )


def _simulated(ctx: AuditContext, app: Application, t: _AppTexts) -> pd.DataFrame:
    reason = RetentionReason.SIMULATED_PERSON_UNLABELLED
    facts = {"person": app.simulates_person}
    if not t.text_rows.size:
        return _stated(ctx, app, reason, t, app.simulated_label, facts)
    if bool(t.prompts["label"].any()) or bool(t.first_replies["simulated"].any()):
        return empty_findings()
    return _finding(ctx, app, reason, "no_label", t, len(t.text_rows), facts, extra=_keys(ctx, t.text_rows))


def disclosure_findings(ctx: AuditContext) -> list[pd.DataFrame]:
    """DISCLOSURE_MISSING, DISCLAIMER_MISSING and SIMULATED_PERSON_UNLABELLED, per application."""
    out = []
    system = _SystemByApp.of(ctx)
    for app in ctx.apps.values():
        t = _texts(ctx, app, system)
        if not t.rows.size:
            continue
        if app.chatbot:
            out.append(_disclosure(ctx, app, t))
        if app.consumer_facing and app.domain in DISCLAIMER_DOMAINS:
            out.append(_disclaimer(ctx, app, t))
        if app.simulates_person and not app.person_consent and not app.historical_public_figure:
            out.append(_simulated(ctx, app, t))
    return out
