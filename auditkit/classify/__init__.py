"""Sorting traffic against the usage-policy categories, with evidence an auditor can check.

:func:`classify` reads canonical records and returns findings; :func:`classify_texts` does the same for
plain strings; :func:`verdicts` combines classifiers into one verdict per (record, category), and
:func:`record_summary` gives one line per record. Classifiers are plug-ins in :data:`CLASSIFIERS`.
"""

from auditkit.classify.base import FINDING_COLUMNS, TEXT_HIT_COLUMNS, Classifier
from auditkit.classify.run import DEFAULT_CLASSIFIERS, classify, classify_texts
from auditkit.classify.verdict import SUMMARY_COLUMNS, VERDICT_COLUMNS, record_summary, verdicts

__all__ = [
    "classify",
    "classify_texts",
    "verdicts",
    "record_summary",
    "Classifier",
    "CLASSIFIERS",
    "DEFAULT_CLASSIFIERS",
    "FINDING_COLUMNS",
    "TEXT_HIT_COLUMNS",
    "VERDICT_COLUMNS",
    "SUMMARY_COLUMNS",
]


def __getattr__(name: str) -> object:
    # The registry imports the classifiers (and their data); load it only when asked for.
    if name == "CLASSIFIERS":
        from auditkit.classify.registry import CLASSIFIERS

        return CLASSIFIERS
    raise AttributeError(name)
