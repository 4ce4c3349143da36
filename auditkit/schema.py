"""The canonical record schema: one row per LLM interaction, stored object or aggregate.

Every loader produces rows of this one table, whatever the gateway. The column list below is the
specification (``docs/schema.md`` is generated from it and checked by a test). Types are enforced:

* strings are pyarrow-backed (``string[pyarrow]``) so that long prompt text stays compact;
* integers are nullable (``Int64``), floats ``Float64``, flags ``boolean`` (``<NA>`` = not known);
* timestamps are tz-aware UTC (``datetime64[ns, UTC]``).

``<NA>`` always means "the source did not say", never "no" or zero.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import pandas as pd
import pyarrow as pa

__all__ = [
    "Column",
    "COLUMNS",
    "COLUMN_NAMES",
    "RecordKind",
    "Status",
    "arrow_schema",
    "empty_records",
    "table_to_frame",
    "validate_records",
    "pandas_dtype",
    "SchemaViolation",
]


class RecordKind(str, enum.Enum):
    """What a row stands for (``record_kind``)."""

    LLM_CALL = "llm_call"  #: one request/response pair (chat, responses, gateway trace)
    BATCH_CALL = "batch_call"  #: one line of a Batch API job (input joined with its output)
    CONVERSATION_MESSAGE = "conversation_message"  #: one message of a ChatGPT conversation export
    FILE_OBJECT = "file_object"  #: one file stored with the provider (merged over list snapshots)
    USAGE_BUCKET = "usage_bucket"  #: one result of a Usage API time bucket (aggregate, no text)
    COST_BUCKET = "cost_bucket"  #: one result of a Costs API time bucket (aggregate, no text)
    MODERATION_RESULT = "moderation_result"  #: a moderation result that matched no logged request
    GATEWAY_BILLING = "gateway_billing"  #: a gateway billing/log row without text (one-api, new-api)
    DIAGNOSTIC = "diagnostic"  #: a platform diagnostic log row without text (Azure)


class Status(str, enum.Enum):
    """Outcome of a call (``status``)."""

    SUCCESS = "success"
    ERROR = "error"
    INCOMPLETE = "incomplete"
    CANCELLED = "cancelled"
    FILTERED = "filtered"  #: stopped by a content filter
    PENDING = "pending"  #: no result seen (e.g. a batch input line without output)
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Column:
    """One canonical column: its name, its logical type and what it means to an auditor."""

    name: str
    type: str  # one of: string, int, float, bool, time
    doc: str


_C = Column
COLUMNS: tuple[Column, ...] = (
    # identity and provenance
    _C("record_key", "string", "Unique key of the row, stable when the same file is loaded again: "
       "the first 16 hex digits of the file's sha256, the line, and the JSON pointer inside it."),
    _C("record_kind", "string", "What the row stands for; a RecordKind value."),
    _C("source_format", "string", "Registered loader that read the row (e.g. openai_chat_proxy)."),
    _C("source_file", "string", "Path of the input file (archive members as archive.zip!member)."),
    _C("source_line", "int", "1-based line where the record starts (CSV: physical line of the row)."),
    _C("source_pointer", "string", "JSON pointer of the record inside its line or document ('' = whole)."),
    _C("merged_sources", "string", "JSON list of other 'file:line' records folded into this row "
       "(batch input joined to its output, moderation attached to its request, file-list snapshots, "
       "duplicates); <NA> when none."),
    _C("duplicate_of", "string", "record_key of the row this one duplicates (only with duplicates='keep')."),
    _C("record_id", "string", "The record's natural id in its source (chatcmpl-..., file-..., node id)."),
    _C("request_id", "string", "Provider or gateway request id (x-request-id, batch request_id ...)."),
    _C("custom_id", "string", "Batch API join key."),
    _C("conversation_id", "string", "Thread, trace or session grouping."),
    _C("parent_id", "string", "Parent message or observation."),
    # time
    _C("event_time", "time", "When the call or object was created, UTC."),
    _C("end_time", "time", "When the call completed or the bucket ends, UTC."),
    _C("event_time_raw", "string", "The timestamp exactly as the source gave it."),
    _C("latency_ms", "float", "Duration of the call in milliseconds."),
    # who
    _C("org_id", "string", "Organisation or tenant."),
    _C("project_id", "string", "Project, workspace or team."),
    _C("api_key_id", "string", "Identifier of the API key (never the secret)."),
    _C("user_id", "string", "End user or actor."),
    _C("user_id_kind", "string", "How to read user_id (safety_identifier, openai_user_param, gateway_user ...)."),
    _C("client_ip", "string", "Caller IP address when the source records it."),
    # what
    _C("endpoint", "string", "API route or call type (/v1/chat/completions, acompletion ...)."),
    _C("provider", "string", "Upstream provider (openai, azure ...)."),
    _C("model", "string", "Model: the served snapshot when known, else the requested alias."),
    _C("model_requested", "string", "Model alias the caller asked for."),
    _C("model_served", "string", "Model snapshot that served the call."),
    _C("status", "string", "Outcome; a Status value."),
    _C("http_status", "int", "HTTP status code."),
    _C("error_type", "string", "Error class or code."),
    _C("error_message", "string", "Error message."),
    _C("finish_reason", "string", "Why generation stopped (stop, length, content_filter ...)."),
    _C("is_stream", "bool", "Whether the call was streamed."),
    # volume and cost
    _C("prompt_tokens", "int", "Input tokens."),
    _C("completion_tokens", "int", "Output tokens."),
    _C("total_tokens", "int", "All tokens."),
    _C("cached_tokens", "int", "Input tokens served from cache."),
    _C("reasoning_tokens", "int", "Reasoning tokens."),
    _C("num_requests", "int", "Requests the row stands for: 1 for a call, the count for an aggregate."),
    _C("cost_usd", "float", "Cost in US dollars (one-api/new-api quota converted at the configured rate)."),
    _C("cost_raw", "string", "The cost as the source gave it, with its unit (e.g. quota=1620)."),
    # content
    _C("input_text", "string", "Prompt text for the classifiers, role-tagged: '[system] ...\\n[user] ...'; "
       "<NA> when the source carried none."),
    _C("output_text", "string", "Completion text, role-tagged, including refusals and tool-call arguments."),
    _C("messages_json", "string", "Lossless, role-tagged messages: JSON list of {field, index, role, content, "
       "...} where field is 'input' or 'output' and content is exactly as the source gave it."),
    _C("has_content", "bool", "Whether the source carried any prompt or completion text at all."),
    _C("content_truncated", "bool", "Whether media (base64 images, audio, files) was replaced by a placeholder."),
    _C("modalities", "string", "Comma-separated input modalities seen: text, image, audio, file."),
    _C("tool_calls_json", "string", "Tool and function calls, JSON."),
    # moderation
    _C("moderation_model", "string", "Model of a logged moderation result."),
    _C("moderation_flagged", "bool", "Logged moderation verdict."),
    _C("moderation_categories", "string", "JSON list of the moderation category keys that were true."),
    _C("moderation_scores_json", "string", "Raw moderation category_scores (7, 11 or 13 keys), JSON; a key "
       "that is absent was not assessed."),
    # retention and governance
    _C("store_flag", "bool", "Whether the provider was asked to store the output (chat store, responses)."),
    _C("retention_setting", "string", "Retention control in force, when the source records one."),
    _C("metadata_json", "string", "User metadata, tags and properties, JSON."),
    _C("object_purpose", "string", "Purpose of a stored file (batch, fine-tune, assistants ...)."),
    _C("object_bytes", "int", "Size of a stored file in bytes."),
    _C("object_name", "string", "File name of a stored file (may itself hold personal data)."),
    _C("expires_at", "time", "Provider-side expiry of the object, UTC."),
    _C("deleted_at", "time", "When the object was seen deleted (inferred from list snapshots), UTC."),
    _C("first_seen_at", "time", "First list snapshot that showed the object, UTC."),
    _C("last_seen_at", "time", "Last list snapshot that showed the object, UTC."),
    _C("raw_record", "string", "The untouched source record (the line, the JSON element, or the CSV row "
       "as JSON)."),
)

COLUMN_NAMES: tuple[str, ...] = tuple(c.name for c in COLUMNS)
_BY_NAME: dict[str, Column] = {c.name: c for c in COLUMNS}

_ARROW_TYPES: dict[str, pa.DataType] = {
    "string": pa.large_string(),
    "int": pa.int64(),
    "float": pa.float64(),
    "bool": pa.bool_(),
    "time": pa.timestamp("ns", tz="UTC"),
}

_PANDAS_DTYPES: dict[str, object] = {
    "string": pd.StringDtype("pyarrow"),
    "int": pd.Int64Dtype(),
    "float": pd.Float64Dtype(),
    "bool": pd.BooleanDtype(),
    "time": pd.DatetimeTZDtype("ns", "UTC"),
}


_DTYPE_NAMES = {"string": "string[pyarrow]", "int": "Int64", "float": "Float64", "bool": "boolean",
                "time": "datetime64[ns, UTC]"}


class SchemaViolation(AssertionError):
    """A frame that does not follow the canonical schema (a programming error, not a data problem)."""


def arrow_type(kind: str) -> pa.DataType:
    return _ARROW_TYPES[kind]


def pandas_dtype(kind: str) -> object:
    """The pandas dtype used for a logical column type."""
    return _PANDAS_DTYPES[kind]


def arrow_schema(columns: Sequence[Column] = COLUMNS) -> pa.Schema:
    """The canonical schema as a pyarrow schema (used for Parquet files and Arrow tables)."""
    return pa.schema([pa.field(c.name, _ARROW_TYPES[c.type]) for c in columns])


def _types_mapper(arrow_t: pa.DataType) -> object | None:
    if pa.types.is_large_string(arrow_t) or pa.types.is_string(arrow_t):
        return pd.StringDtype("pyarrow")
    if pa.types.is_integer(arrow_t):
        return pd.Int64Dtype()
    if pa.types.is_floating(arrow_t):
        return pd.Float64Dtype()
    if pa.types.is_boolean(arrow_t):
        return pd.BooleanDtype()
    return None


def table_to_frame(table: pa.Table) -> pd.DataFrame:
    """Convert an Arrow table with the canonical schema into the canonical pandas frame."""
    table = table.select(list(COLUMN_NAMES)).cast(arrow_schema())
    frame = table.to_pandas(types_mapper=_types_mapper, split_blocks=True, self_destruct=True)
    for c in COLUMNS:
        if c.type == "time":
            frame[c.name] = frame[c.name].astype(_PANDAS_DTYPES["time"])
    return frame


def empty_records() -> pd.DataFrame:
    """A frame with the canonical columns and dtypes and no rows."""
    return table_to_frame(arrow_schema().empty_table())


def build_table(columns: Mapping[str, Iterable[object]], length: int) -> pa.Table:
    """Build a canonical Arrow table from per-column Python lists (missing columns become all-null).

    Values are Python lists or Arrow arrays; timestamp columns take integer nanoseconds since the epoch
    (UTC) or None.
    """
    arrays = []
    for c in COLUMNS:
        values = columns.get(c.name)
        t = _ARROW_TYPES[c.type]
        if values is None:
            arrays.append(pa.nulls(length, type=t))
        elif isinstance(values, (pa.Array, pa.ChunkedArray)):
            arrays.append(values.cast(t))
        else:
            arrays.append(pa.array(values, type=t))
    return pa.Table.from_arrays(arrays, schema=arrow_schema())


def validate_records(frame: pd.DataFrame) -> pd.DataFrame:
    """Check that ``frame`` follows the canonical schema; return it unchanged or raise SchemaViolation.

    Checks the column set and order, every dtype, that ``record_key`` is unique and never missing, and that
    ``record_kind`` and ``status`` hold only their enum values.
    """
    if tuple(frame.columns) != COLUMN_NAMES:
        missing = [c for c in COLUMN_NAMES if c not in frame.columns]
        extra = [c for c in frame.columns if c not in _BY_NAME]
        raise SchemaViolation(f"columns differ from the canonical schema: missing={missing} extra={extra}")
    for c in COLUMNS:
        want = _PANDAS_DTYPES[c.type]
        got = frame[c.name].dtype
        if got != want:
            raise SchemaViolation(f"column {c.name!r} has dtype {got}, expected {want}")
    if frame["record_key"].isna().any():
        raise SchemaViolation("record_key has missing values")
    if not frame["record_key"].is_unique:
        dup = frame.loc[frame["record_key"].duplicated(), "record_key"].iloc[0]
        raise SchemaViolation(f"record_key is not unique (e.g. {dup!r})")
    _check_enum(frame, "record_kind", RecordKind, allow_na=False)
    _check_enum(frame, "status", Status, allow_na=True)
    return frame


def _check_enum(frame: pd.DataFrame, column: str, enum_cls: type[enum.Enum], *, allow_na: bool) -> None:
    values = frame[column]
    if not allow_na and values.isna().any():
        raise SchemaViolation(f"{column} has missing values")
    allowed = {m.value for m in enum_cls}  # type: ignore[attr-defined]
    bad = set(values.dropna().unique()) - allowed
    if bad:
        raise SchemaViolation(f"{column} holds values outside {enum_cls.__name__}: {sorted(bad)}")


def schema_markdown() -> str:
    """The column table of ``docs/schema.md`` (a test checks that the document matches the code)."""
    lines = ["| column | type | pandas dtype | meaning |", "| --- | --- | --- | --- |"]
    for c in COLUMNS:
        doc = c.doc.replace("|", "\\|").replace("\n", " ")
        lines.append(f"| `{c.name}` | {c.type} | `{_DTYPE_NAMES[c.type]}` | {doc} |")
    return "\n".join(lines)
