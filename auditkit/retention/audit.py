"""``audit_retention``: the retention and data-governance audit of a load, as a findings table."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from typing import Any

import pandas as pd

from auditkit.profile import Profile, as_profile
from auditkit.retention.context import AuditContext, RecordIds, parse_as_of
from auditkit.retention.disclosure import disclosure_findings
from auditkit.retention.files import files_retained
from auditkit.retention.findings import finalize
from auditkit.retention.governance import opt_in_sharing, pre_policy_data, zdr_breaches
from auditkit.retention.memory import release_unused
from auditkit.retention.personal import personal_findings, residency, scan_personal
from auditkit.retention.phrases import load_phrases
from auditkit.retention.reasons import reason_texts
from auditkit.retention.rules import RetentionRules, load_rules
from auditkit.retention.storage import log_copies_past_window, stored_past_window
from auditkit.retention.textfacts import TextFacts
from auditkit.retention.timestamps import missing_timestamps

log = logging.getLogger("auditkit")

__all__ = ["audit_retention"]


def audit_retention(
    records: pd.DataFrame | Any,
    *,
    as_of: Any,
    profile: Profile | str | os.PathLike[str] | None = None,
    rules: RetentionRules | str | os.PathLike[str] | None = None,
    facts: TextFacts | None = None,
    applications: pd.Series | None = None,
    ids: RecordIds | None = None,
) -> pd.DataFrame:
    """Audit retention and data governance of loaded logs against the API data usage policy.

    Args:
        records: the canonical records (``load_logs(...).records``), or the ``LoadResult`` itself.
        as_of: the audit instant (a date is midnight UTC; an aware date-time is converted to UTC). Ages and
            windows are measured from it, never from the clock.
        profile: the organisation profile (a :class:`~auditkit.profile.Profile` or a path to its YAML);
            without one every record is "(unassigned)" and every retention period is 30 days.
        rules: the retention rules version (default ``openai-api-data-2023-03-01``) or a path.
        facts: what the checks need from the prompts and completions, computed by a chunked reader
            (:class:`~auditkit.retention.textfacts.TextFacts`, one per record, in the order of
            ``records``); then ``records`` need not hold the texts. Default: computed from ``records``.
        applications: each record's application, matched by a chunked reader (then ``records`` need not
            hold the profile's match columns). Default: ``profile.match(records)``.
        ids: ``record_key``/``record_id`` of every record kept apart by a chunked reader, in its read
            order (:class:`~auditkit.retention.context.RecordIds`); then ``records`` need not hold them.
            The checks look them up only for the rows of findings.

    Returns:
        One row per finding with the columns :data:`~auditkit.retention.RETENTION_COLUMNS`, sorted by
        severity, reason, application and time. ``findings.attrs`` holds ``as_of``, ``profile`` and
        ``rules`` for the summary. Data problems are findings; only an unusable input raises
        (:class:`~auditkit.errors.ParameterError`, :class:`~auditkit.errors.ConfigError`).
    """
    frame = getattr(records, "records", records)
    rules_obj = load_rules(rules)
    ctx = AuditContext(
        frame,
        parse_as_of(as_of),
        as_profile(profile),
        rules_obj,
        reason_texts(rules_obj),
        load_phrases(rules_obj),
        facts,
        applications,
        ids,
    )
    scan = scan_personal(ctx)
    checks: list[tuple[Callable[..., Any], tuple[Any, ...]]] = [
        (log_copies_past_window, (ctx,)),
        (stored_past_window, (ctx,)),
        (files_retained, (ctx,)),
        (zdr_breaches, (ctx,)),
        (pre_policy_data, (ctx,)),
        (opt_in_sharing, (ctx, scan)),
        (personal_findings, (ctx, scan)),
        (residency, (ctx, scan)),
        (disclosure_findings, (ctx,)),
        (missing_timestamps, (ctx,)),
    ]
    del scan
    parts: list[pd.DataFrame] = []
    while checks:  # one check at a time, the allocators' unused memory released before each
        check, args = checks.pop(0)
        release_unused()
        found = check(*args)
        del args
        parts.extend(found if isinstance(found, list) else [found])
        del found
    release_unused()
    findings = finalize(parts, ctx.as_of)
    findings.attrs.update(as_of=ctx.as_of.isoformat(), profile=ctx.profile.path, rules=rules_obj.version)
    log.info("retention audit as of %s: %d findings over %d records", ctx.as_of, len(findings), len(frame))
    return findings
