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
from auditkit.load import LoadResult, load_logs
from auditkit.loaders import LOADERS, Loader, LoadOptions, RejectReason
from auditkit.schema import COLUMNS, RecordKind, Status

__all__ = [
    "__version__",
    "load_logs",
    "LoadResult",
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
