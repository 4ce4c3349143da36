"""What the checks need to know from the prompts and completions, computed chunk by chunk.

The texts are the bulk of a log (about 1.5 KB a call against a few dozen bytes for the times, ids and
kinds), yet the checks need only a few facts from them. :class:`TextFacts` holds exactly those facts, and
nothing of the texts themselves except the distinct system prompts' fingerprints:

* per record (booleans): a non-empty prompt (``has_input``), a non-empty completion (``has_output``), a
  completion at all, even empty (``has_reply``), and whether the call is a *first turn* (a prompt with no
  earlier assistant message, and no ``parent_id``: it continues no earlier response);
* the distinct system and developer prompts (``prompts``: per prompt, whether it tells the model to hide
  that it is an AI, asks it to disclose it, or labels a simulated person) and which records use them
  (``system``: record position, prompt number; once per record);
* per first-turn record with a completion, whether the reply discloses the AI, carries a "simulated"
  label, or a disclaimer of each domain (``reply``);
* the user messages that name a health term (``health``: record position, the term found, whether the
  message refers to the first person or a relative), in message order;
* the personal-data and secret detections in the prompts (``detections``, ``text_index`` = record
  position), every confidence kept; the audit applies its own minimum.

:class:`TextFactsBuilder` accumulates them over consecutive chunks of records (a few ten thousand rows at
a time); every fact is about one record, so chunk by chunk gives what one pass over the whole frame gives
(:func:`text_facts`). A chunked reader that read the records in another order than the audited frame
calls :meth:`TextFacts.reorder`. The Parquet store uses this to audit a period in memory that does not
grow with its texts (:meth:`auditkit.store.Store.audit_retention`).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

import numpy as np
import orjson
import pandas as pd

from auditkit.retention.phrases import Phrases
from auditkit.retention.texts import segments

__all__ = [
    "TextFacts",
    "TextFactsBuilder",
    "text_facts",
    "empty_detections",
    "TEXT_COLUMNS",
    "REPLY_CHECKS",
    "DISCLAIMER_DOMAINS",
    "reply_check",
    "regions_of",
]

#: The columns the facts are computed from (``parent_id`` decides, with the prompt, what a first turn is).
TEXT_COLUMNS: tuple[str, ...] = ("input_text", "output_text", "parent_id")

#: Domains whose consumer-facing uses need a disclaimer (looked for in first replies).
DISCLAIMER_DOMAINS: tuple[str, ...] = ("medical", "financial", "legal", "news")

#: The checks run over first replies: the disclosure and label lists, and each domain's disclaimers.
REPLY_CHECKS: tuple[str, ...] = ("disclosure", "simulated", *(f"disclaimer.{d}" for d in DISCLAIMER_DOMAINS))

_NO_DETECTIONS = {
    "text_index": "int64",
    "type": "string",
    "start": "int64",
    "end": "int64",
    "confidence": "float64",
    "category": "string",
    "detector": "string",
}


def reply_check(domain: str) -> str:
    """The name of the reply check for a domain's disclaimer."""
    return f"disclaimer.{domain}"


def _nonempty(values: pd.Series) -> np.ndarray:
    return np.asarray(values.notna() & (values.astype("string").str.len() > 0), dtype=bool)


def empty_detections() -> pd.DataFrame:
    """Detections (``auditkit.pii.DETECTION_COLUMNS``, ``text_index`` = record position), no rows."""
    return pd.DataFrame({c: pd.Series([], dtype=t) for c, t in _NO_DETECTIONS.items()})


@dataclass
class TextFacts:
    """The text-derived facts of ``n`` records (see the module docstring); positions are record positions."""

    has_input: np.ndarray
    has_output: np.ndarray
    has_reply: np.ndarray
    first_turn: np.ndarray
    system: pd.DataFrame  # row, prompt
    prompts: pd.DataFrame  # per prompt number: hiding, instruction, label
    reply: dict[str, np.ndarray]  # check -> per record (False outside first-turn records with a reply)
    health: pd.DataFrame  # row, term, person
    detections: pd.DataFrame | None  # None: not computed (the store supplies its own)
    regions: np.ndarray | None = None  # end user's region per record (metadata_json), when asked for

    def __len__(self) -> int:
        return len(self.has_input)

    def reorder(self, order: np.ndarray) -> TextFacts:
        """The facts with records reordered: new position ``i`` is old position ``order[i]``."""
        where = np.empty(len(order), dtype=np.int64)
        where[order] = np.arange(len(order), dtype=np.int64)

        def rows(frame: pd.DataFrame | None) -> pd.DataFrame | None:
            """``frame`` with its positions mapped and sorted by them (stable), built column by column
            (no whole-frame copy before the sort)."""
            if frame is None:
                return None
            col = "text_index" if "text_index" in frame.columns else "row"
            mapped = where[frame[col].to_numpy(dtype=np.int64)]
            by = np.argsort(mapped, kind="stable")
            out = {
                c: pd.Series(mapped[by]) if c == col else frame[c].take(by).reset_index(drop=True)
                for c in frame.columns
            }
            return pd.DataFrame(out, copy=False)

        return TextFacts(
            self.has_input[order],
            self.has_output[order],
            self.has_reply[order],
            self.first_turn[order],
            rows(self.system),
            self.prompts,
            {k: v[order] for k, v in self.reply.items()},
            rows(self.health),
            rows(self.detections),
            self.regions[order] if self.regions is not None else None,
        )

    def with_detections(self, detections: pd.DataFrame) -> TextFacts:
        """The same facts with detections made elsewhere (e.g. stored at ingest), sorted by record and
        position as :func:`auditkit.pii.detect_many` gives them."""
        d = detections.astype(_NO_DETECTIONS)[list(_NO_DETECTIONS)]
        d = d.sort_values(["text_index", "start"], kind="stable", ignore_index=True)
        return TextFacts(
            self.has_input,
            self.has_output,
            self.has_reply,
            self.first_turn,
            self.system,
            self.prompts,
            self.reply,
            self.health,
            d,
            self.regions,
        )


@dataclass
class TextFactsBuilder:
    """Accumulates :class:`TextFacts` over consecutive chunks of records (:meth:`add`, then
    :meth:`finish`). Memory holds the facts, one chunk's texts while it is added, and a 16-byte
    fingerprint per distinct system prompt."""

    phrases: Phrases
    detect: bool = True
    region_key: str | None = None
    _n: int = 0
    _flags: dict[str, list[np.ndarray]] = field(default_factory=dict)
    _system: list[pd.DataFrame] = field(default_factory=list)
    _prompt_ids: dict[bytes, int] = field(default_factory=dict)
    _prompt_flags: list[tuple[bool, bool, bool]] = field(default_factory=list)
    _health: list[pd.DataFrame] = field(default_factory=list)
    _detections: list[pd.DataFrame] = field(default_factory=list)
    _regions: list[np.ndarray] = field(default_factory=list)

    def _keep(self, name: str, values: np.ndarray) -> None:
        self._flags.setdefault(name, []).append(np.asarray(values, dtype=bool))

    def add(self, chunk: pd.DataFrame) -> None:
        """Add the next records: a frame with (any of) :data:`TEXT_COLUMNS`, in record order."""
        n, offset = len(chunk), self._n

        def column(name: str) -> pd.Series:
            if name in chunk.columns:
                return chunk[name].reset_index(drop=True)
            return pd.Series(pd.NA, index=range(n), dtype="string[pyarrow]")

        prompt, output = column("input_text"), column("output_text")
        has_input = _nonempty(prompt)
        has_reply = np.asarray(output.notna(), dtype=bool)
        seg = segments(prompt.iloc[np.flatnonzero(has_input)])
        history = np.zeros(n, dtype=bool)
        history[seg.rows[seg.roles == "assistant"]] = True
        first = has_input & ~history & ~np.asarray(column("parent_id").notna(), dtype=bool)
        self._keep("has_input", has_input)
        self._keep("has_output", _nonempty(output))
        self._keep("has_reply", has_reply)
        self._keep("first_turn", first)
        self._add_replies(output, first & has_reply)
        self._add_system(seg.of_roles("system", "developer"), offset)
        self._add_health(seg.of_roles("user"), offset)
        if self.detect:
            self._add_detections(prompt, has_input, offset)
        if self.region_key:
            self._regions.append(regions_of(column("metadata_json"), self.region_key))
        self._n += n

    def _add_replies(self, output: pd.Series, first: np.ndarray) -> None:
        rows = np.flatnonzero(first)
        texts = output.iloc[rows].reset_index(drop=True)
        p = self.phrases
        fixed = {"disclosure": p.disclosure_reply, "simulated": p.simulated_label}
        for check in REPLY_CHECKS:
            phrase = fixed.get(check) or p.disclaimer_for(check.split(".", 1)[1])
            hit = np.zeros(len(output), dtype=bool)
            hit[rows] = phrase.matches(texts)
            self._keep(f"reply:{check}", hit)

    def _add_system(self, seg: object, offset: int) -> None:
        rows, texts = seg.rows, seg.texts  # type: ignore[attr-defined]
        if not len(rows):
            return
        codes, uniques = pd.factorize(pd.Series(texts.to_numpy(dtype=object)), sort=False)
        ids = np.empty(len(uniques), dtype=np.int64)
        p = self.phrases
        for i, text in enumerate(uniques):
            key = hashlib.blake2b(str(text).encode("utf-8", "surrogatepass"), digest_size=16).digest()
            found = self._prompt_ids.get(key)
            if found is None:
                found = len(self._prompt_flags)
                self._prompt_ids[key] = found
                t = str(text)
                self._prompt_flags.append(
                    (
                        p.anti_disclosure.search(t) is not None,
                        p.disclosure_instruction.search(t) is not None,
                        p.simulated_label.search(t) is not None,
                    )
                )
            ids[i] = found
        frame = pd.DataFrame({"row": rows.astype(np.int64) + offset, "prompt": ids[codes]})
        self._system.append(frame.drop_duplicates())

    def _add_health(self, users: object, offset: int) -> None:
        rows, texts = users.rows, users.texts  # type: ignore[attr-defined]
        p = self.phrases
        term = p.health_terms.matches(texts)
        if not term.any():
            return
        texts = texts[term].reset_index(drop=True)
        person = p.health_person.matches(texts)
        names = []
        for text in texts:
            found = p.health_terms.search(str(text))
            names.append(found.group(0).lower() if found else "health term")
        self._health.append(
            pd.DataFrame({"row": rows[term].astype(np.int64) + offset, "term": names, "person": person})
        )

    def _add_detections(self, prompt: pd.Series, has_input: np.ndarray, offset: int) -> None:
        from auditkit.pii import detect_many

        rows = np.flatnonzero(has_input)
        det = detect_many(prompt.iloc[rows])
        if det.empty:
            return
        det["text_index"] = det["text_index"].to_numpy(dtype=np.int64) + offset
        self._detections.append(det)

    def finish(self) -> TextFacts:
        """The facts of every record added, in the order added."""

        def flags(name: str) -> np.ndarray:
            parts = self._flags.get(name, [])
            return np.concatenate(parts) if parts else np.zeros(0, dtype=bool)

        system = (
            pd.concat(self._system, ignore_index=True)
            if self._system
            else pd.DataFrame({"row": pd.Series([], dtype="int64"), "prompt": pd.Series([], dtype="int64")})
        )
        prompts = pd.DataFrame(
            self._prompt_flags or np.zeros((0, 3), dtype=bool), columns=["hiding", "instruction", "label"]
        ).astype(bool)
        health = (
            pd.concat(self._health, ignore_index=True)
            if self._health
            else pd.DataFrame(
                {"row": pd.Series([], dtype="int64"), "term": pd.Series([], dtype=object), "person": []}
            ).astype({"person": bool})
        )
        detections = None
        if self.detect:
            detections = (
                pd.concat(self._detections, ignore_index=True).astype(_NO_DETECTIONS)[list(_NO_DETECTIONS)]
                if self._detections
                else empty_detections()
            )
        return TextFacts(
            flags("has_input"),
            flags("has_output"),
            flags("has_reply"),
            flags("first_turn"),
            system,
            prompts,
            {c: flags(f"reply:{c}") for c in REPLY_CHECKS},
            health,
            detections,
            np.concatenate(self._regions) if self._regions else None,
        )


def regions_of(metadata: pd.Series, key: str) -> np.ndarray:
    """The end user's region of each record: ``metadata_json[key]`` upper-cased when it is a non-empty
    text, else None (each distinct metadata text is parsed once)."""
    codes, uniques = pd.factorize(metadata, use_na_sentinel=True)
    found: list[str | None] = []
    for text in uniques:
        try:
            value = orjson.loads(text).get(key) if isinstance(text, str) else None
        except (orjson.JSONDecodeError, AttributeError):
            value = None
        found.append(str(value).upper() if isinstance(value, str) and value else None)
    values = np.array([*found, None], dtype=object)
    return values[np.asarray(codes)]


def text_facts(records: pd.DataFrame, phrases: Phrases, *, detect: bool = True) -> TextFacts:
    """The text facts of a frame of canonical records held in memory (one chunk: the whole frame)."""
    builder = TextFactsBuilder(phrases, detect=detect)
    builder.add(records[[c for c in TEXT_COLUMNS if c in records.columns]])
    return builder.finish()
