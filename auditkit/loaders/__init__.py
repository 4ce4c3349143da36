"""Loaders by format, in a plain registry, chosen by sniffing content (never the file name).

Each module of this package holds one format. To add one: write a module with a
:class:`~auditkit.loaders.base.Loader` subclass and register it at the end of ``_register_builtins``
below (or call ``LOADERS.register`` from your own code). See ``docs/loaders.md``.
"""

from __future__ import annotations

import importlib

from auditkit.errors import UnknownFormatError
from auditkit.loaders.base import (
    FinalizeResult,
    Item,
    LoadOptions,
    Loader,
    RecordError,
    RejectReason,
    Sample,
)
from auditkit.registry import Registry

__all__ = [
    "LOADERS",
    "Loader",
    "LoadOptions",
    "Item",
    "Sample",
    "RecordError",
    "RejectReason",
    "FinalizeResult",
    "choose_loader",
    "SNIFF_THRESHOLD",
]

#: Every loader known to auditkit, by format name.
LOADERS: Registry[Loader] = Registry("log format")

#: A loader must be at least this sure to be chosen.
SNIFF_THRESHOLD = 0.5

# module name -> class name; registered in this order (the order breaks sniffing ties).
_BUILTINS: tuple[tuple[str, str], ...] = (
    ("openai_chat", "OpenAIChatProxyLoader"),
    ("openai_batch", "OpenAIBatchLoader"),
    ("openai_responses", "OpenAIResponsesLoader"),
    ("openai_files", "OpenAIFilesLoader"),
    ("openai_moderation", "OpenAIModerationLoader"),
    ("openai_usage", "OpenAIUsageLoader"),
    ("chatgpt_export", "ChatGPTExportLoader"),
    ("litellm", "LiteLLMSpendLogsLoader"),
    ("litellm", "LiteLLMPayloadLoader"),
    ("helicone", "HeliconeLoader"),
    ("langfuse", "LangfuseLoader"),
    ("oneapi", "OneAPILoader"),
    ("azure_diag", "AzureDiagnosticsLoader"),
)


def _register_builtins() -> None:
    for module_name, class_name in _BUILTINS:
        try:
            module = importlib.import_module(f"auditkit.loaders.{module_name}")
        except ModuleNotFoundError as exc:  # a format still being written
            if exc.name != f"auditkit.loaders.{module_name}":
                raise
            continue
        cls = getattr(module, class_name, None)
        if cls is None:
            continue
        loader = cls()
        LOADERS.register(loader.name, loader)


def choose_loader(sample: Sample, registry: Registry[Loader] | None = None) -> Loader:
    """The loader most confident that ``sample`` is its format.

    Raises :class:`UnknownFormatError` (listing the known formats) when none reaches
    :data:`SNIFF_THRESHOLD`.
    """
    registry = registry if registry is not None else LOADERS
    best: Loader | None = None
    best_score = 0.0
    for _, loader in registry.items():
        if sample.container not in loader.containers:
            continue
        try:
            score = float(loader.sniff(sample))
        except Exception:  # a sniffer must never break loading; treat it as "not mine"
            score = 0.0
        if score > best_score:
            best, best_score = loader, score
    if best is None or best_score < SNIFF_THRESHOLD:
        raise UnknownFormatError(sample.path, registry.names(), b"", f"no loader recognised this {sample.container}")
    return best


_register_builtins()
