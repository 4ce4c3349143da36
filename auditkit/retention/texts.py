"""Role-tagged prompt text cut into its messages, vectorised (system prompts, user messages, history).

Loaders flatten messages as ``[system] ...\\n[user] ...\\n[assistant] ...`` (tags may carry a suffix:
``[assistant:refusal]``, ``[assistant:tool_call name]``). :func:`segments` splits every text at ``\\n[``
with Arrow compute, reads the role of each piece, and gives a piece without a valid tag (a ``\\n[`` inside
a message, or an unknown tag) the role of the piece before it; an untagged text is a user message. No
Python loop runs per record.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

__all__ = ["Segments", "segments", "ROLES"]

#: Roles recognised in tags; any other bracketed word belongs to the message before it.
ROLES = ("system", "developer", "user", "assistant", "tool", "function")
_TAG = r"^\[?(?P<role>system|developer|user|assistant|tool|function)(?::[^\]\n]*)?\] "


@dataclass(frozen=True)
class Segments:
    """The messages of many prompts: ``rows[i]`` is the record position of piece ``i`` (positions in
    the frame the texts came from), ``roles[i]`` its role, ``texts[i]`` its text without the tag."""

    rows: np.ndarray
    roles: np.ndarray
    texts: pd.Series

    def of_roles(self, *roles: str) -> Segments:
        keep = np.isin(self.roles, roles)
        return Segments(self.rows[keep], self.roles[keep], self.texts[keep].reset_index(drop=True))


def segments(texts: pd.Series) -> Segments:
    """The role-tagged pieces of ``texts`` (a Series whose index labels are record positions)."""
    positions = np.asarray(texts.index, dtype=np.int64)
    if texts.empty:
        return Segments(positions[:0], np.array([], dtype=object), pd.Series([], dtype="string[pyarrow]"))
    arr = pa.array(texts.astype("string[pyarrow]"), from_pandas=True)
    parts = pc.split_pattern(arr, "\n[")
    flat = pc.list_flatten(parts)
    parent = pc.list_parent_indices(parts).to_numpy()
    tag = pc.extract_regex(flat, _TAG)
    valid = np.asarray(pc.is_valid(tag).to_numpy(zero_copy_only=False), dtype=bool)
    body = pc.replace_substring_regex(flat, _TAG, "", max_replacements=1)
    roles = pd.Series(pc.struct_field(tag, [0]).to_pandas(), dtype=object).where(valid)
    roles = roles.groupby(parent).ffill().fillna("user").to_numpy(dtype=object)
    texts_out = pd.Series(body.to_pandas(types_mapper=pd.ArrowDtype)).astype("string[pyarrow]")
    return Segments(positions[parent], roles, texts_out.reset_index(drop=True))
