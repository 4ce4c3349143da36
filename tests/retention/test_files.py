"""FILE_RETAINED from merged Files-list snapshots: never deleted, listed past expiry, deleted late."""

from __future__ import annotations

from auditkit.retention.files import files_retained
from tests.retention.conftest import AS_OF, evidence, make_ctx, make_records


def _file(fid: str, purpose: str, created: str | None, last_seen: str, **extra: object) -> dict:
    return {
        "record_kind": "file_object",
        "source_format": "openai_files",
        "record_id": fid,
        "record_key": fid,
        "object_purpose": purpose,
        "object_bytes": 1843302,
        "event_time": created,
        "first_seen_at": "2025-07-31T23:00:00Z",
        "last_seen_at": last_seen,
        "object_name": f"{fid}.jsonl",
        "has_content": False,
        **extra,
    }


SEEN_1, SEEN_2 = "2025-07-31T23:00:00Z", "2025-09-30T23:00:00Z"
FILES = [
    _file("f1", "fine-tune", "2025-01-01T00:00:00Z", SEEN_2),  # never deleted
    _file("f2", "fine-tune", "2025-09-20T00:00:00Z", SEEN_2),  # 25 days old
    _file(
        "f3", "batch", "2025-06-20T18:02:11Z", SEEN_2, expires_at="2025-07-20T18:02:11Z"
    ),  # listed past expiry
    _file("f4", "batch", "2025-07-06T00:00:00Z", SEEN_1, deleted_at=SEEN_2),  # expired normally
    _file("f5", "batch_output", "2025-06-01T00:00:00Z", SEEN_1),  # default expiry 07-01
    _file("f6", "assistants", "2024-09-12T07:22:51Z", SEEN_1, deleted_at=SEEN_2),  # deleted late
    _file("f7", "assistants", "2025-07-15T00:00:00Z", SEEN_1, deleted_at=SEEN_2),  # maybe late
    _file("f8", "assistants", "2025-09-01T00:00:00Z", "2025-09-10T00:00:00Z", deleted_at=SEEN_2),  # in time
    _file(
        "f9", "user_data", "2025-01-01T00:00:00Z", "2025-10-01T00:00:00Z", deleted_at="2025-11-01T00:00:00Z"
    ),
    _file("f10", "fine-tune", None, SEEN_2),  # no creation time
]


def test_file_cases(small_profile):
    f = files_retained(make_ctx(make_records(*FILES), AS_OF, small_profile))
    got = sorted(
        (e["case"], oid, sev) for e, oid, sev in zip(evidence(f), f["object_id"], f["severity"], strict=True)
    )
    assert got == [
        ("deleted_late", "f6", "low"),
        ("deleted_late", "f7", "info"),
        ("never_deleted", "f1", "medium"),
        ("never_deleted", "f9", "medium"),
        ("past_expiry", "f3", "medium"),
        ("past_expiry", "f5", "medium"),
    ]
    assert f["record_key"].isna().all() and f["count"].tolist() == [1] * 6


def test_file_facts_and_sentences(small_profile):
    f = files_retained(make_ctx(make_records(*FILES), AS_OF, small_profile)).set_index("object_id")
    assert f.loc["f3", "detail"] == (
        "File f3 (batch, 1.8 MB) of (unassigned) expired on 2025-07-20 but was still "
        "listed on 2025-09-30, 72.2 days later."
    )
    ev = {e["object_id"]: e for e in evidence(f.reset_index())}
    assert ev["f6"]["held_min_days"] == 322.7 and ev["f6"]["held_max_days"] == 383.7
    assert ev["f1"]["age_days"] == 287.0 and ev["f1"]["bytes"] == 1843302


def test_file_window_from_profile():
    from auditkit.profile import parse_profile

    p = parse_profile({"organisation": {"file_retention_days": 365}, "applications": []}, "<t>")
    f = files_retained(make_ctx(make_records(*FILES), AS_OF, p))
    # f1 and f9 are 287 days old, f6 and f7 were kept at most 384 and 77 days: only f6 passes 365, and
    # only by its upper bound (383.7 > 365 but 322.7 < 365), so it is info. Expiry cases do not depend on it.
    got = sorted(
        (e["case"], oid, sev) for e, oid, sev in zip(evidence(f), f["object_id"], f["severity"], strict=True)
    )
    assert got == [
        ("deleted_late", "f6", "info"),
        ("past_expiry", "f3", "medium"),
        ("past_expiry", "f5", "medium"),
    ]


def test_file_name_is_redacted_in_evidence():
    rec = _file(
        "f1", "assistants", "2025-01-01T00:00:00Z", SEEN_2, object_name="cv of alice.w@example.com.pdf"
    )
    f = files_retained(make_ctx(make_records(rec)))
    assert "alice.w@example.com" not in f["evidence"].iloc[0] and "[EMAIL]" in f["evidence"].iloc[0]


def test_no_files_no_findings():
    assert files_retained(make_ctx(make_records({"event_time": "2025-01-01T00:00:00Z"}))).empty
