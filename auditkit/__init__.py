"""auditkit: audit exported LLM API usage logs.

Load every gateway's exports into one canonical table (:func:`load_logs`), sort the traffic against the
usage-policy categories, audit retention and data governance, and render periodic reports.
"""

from auditkit._version import __version__
from auditkit.errors import (
    AuditkitError,
    ConfigError,
    InputFileError,
    LogFormatError,
    MissingDependencyError,
    ParameterError,
    UnknownFormatError,
    UnknownNameError,
)
from auditkit.classify import classify, classify_texts, record_summary, verdicts
from auditkit.load import LoadResult, load_logs
from auditkit.loaders import LOADERS, Loader, LoadOptions, RejectReason
from auditkit.pii import detect, redact
from auditkit.profile import Profile, load_profile
from auditkit.retention import RETENTION_COLUMNS, RetentionReason, audit_retention, format_retention_summary
from auditkit.schema import COLUMNS, RecordKind, Status

__all__ = [
    "__version__",
    "load_logs",
    "LoadResult",
    "classify",
    "classify_texts",
    "verdicts",
    "record_summary",
    "audit_retention",
    "RetentionReason",
    "RETENTION_COLUMNS",
    "format_retention_summary",
    "load_profile",
    "Profile",
    "detect",
    "redact",
    "LOADERS",
    "Loader",
    "LoadOptions",
    "RejectReason",
    "COLUMNS",
    "RecordKind",
    "Status",
    "AuditkitError",
    "ConfigError",
    "InputFileError",
    "LogFormatError",
    "MissingDependencyError",
    "ParameterError",
    "UnknownFormatError",
    "UnknownNameError",
]
