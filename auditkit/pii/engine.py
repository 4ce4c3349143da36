"""The detector: one Hyperscan prefilter pass per text, then the exact rules that it points at.

Most prompts hold no personal data. Every rule therefore names cheap *prefilter* patterns, compiled
together into one :class:`~auditkit.matcher.Matcher`; a text is searched with a rule's exact Python
pattern (look-around, checks, context) only if one of that rule's prefilters matched somewhere in it.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from functools import lru_cache

from auditkit.errors import ConfigError, UnknownNameError
from auditkit.matcher import Matcher
from auditkit.pii.context import SUPPORTS, VETOES
from auditkit.pii.model import DETECTION_TYPES, Detection
from auditkit.pii.normalize import fold
from auditkit.pii.redact import drop_masked, redact_until_clean
from auditkit.pii.resolve import resolve
from auditkit.pii.rules import Rule, RuleSet, load_rules

__all__ = ["Detector", "default_detector", "type_filter"]

_BOOSTED_CAP = 0.99


def type_filter(types: str | Iterable[str] | None) -> frozenset[str] | None:
    """The set of type names asked for (``None``: all); an unknown name raises ``UnknownNameError``."""
    if types is None:
        return None
    wanted = frozenset([types] if isinstance(types, str) else types)
    for name in sorted(wanted - set(DETECTION_TYPES)):
        raise UnknownNameError("PII type", name, DETECTION_TYPES)
    return wanted


def _build_matcher(rules: RuleSet) -> tuple[Matcher, tuple[int, ...]]:
    patterns = [p for rule in rules.rules for p in rule.prefilter]
    owners = tuple(i for i, rule in enumerate(rules.rules) for _ in rule.prefilter)
    try:
        return Matcher(patterns, name="pii"), owners
    except ValueError as exc:
        for i, pattern in enumerate(patterns):
            try:
                Matcher([pattern], name="pii-check")
            except ValueError:
                rule_index = owners[i]
                raise ConfigError(
                    rules.path,
                    f"rules[{rule_index}].prefilter",
                    f"{pattern!r} is not a valid prefilter ({exc})",
                    "use plain Hyperscan syntax: no look-around, no back-references",
                ) from exc
        raise ConfigError(rules.path, "rules[*].prefilter", f"the prefilters do not compile ({exc})") from exc


class Detector:
    """Detects and masks personal data and secrets with one rule set.

    Use the module functions :func:`auditkit.pii.detect` and :func:`auditkit.pii.redact` for the shipped
    rules; build a ``Detector`` (``Detector.from_file(path)``) to use a rules file of your own.
    """

    def __init__(self, rules: RuleSet, *, prefilter: bool = True) -> None:
        """Compile the prefilters of ``rules`` (cached on disk by the matcher).

        Args:
            rules: a validated rule set (:func:`~auditkit.pii.rules.load_rules`).
            prefilter: ``False`` runs every rule on every text. Slow; it exists to check that the
                prefilters lose nothing (the results must be identical).
        """
        self.rules = rules
        self.prefilter = prefilter
        self._matcher, self._owners = _build_matcher(rules)
        self._overrides = {r.name: frozenset(r.overrides) for r in rules.rules if r.overrides}

    @classmethod
    def from_file(cls, path: str | os.PathLike[str] | None = None) -> Detector:
        """A detector for the rules in ``path`` (default: the shipped ``patterns.yaml``)."""
        return cls(load_rules(path))

    @property
    def version(self) -> str:
        """The rules file's ``version``."""
        return self.rules.version

    def _run(self, rule: Rule, text: str) -> list[Detection]:
        found: list[Detection] = []
        for m in rule.regex.finditer(text):
            start, end = m.span(rule.group)
            if start >= end:
                continue
            verdict = rule.check(text[start:end], rule.params)
            if verdict is None:
                continue
            if verdict.length is not None:
                end = start + verdict.length
            confidence = rule.confidence if verdict.confidence is None else verdict.confidence
            judgement = rule.context.judge(text, m.start()) if rule.context is not None else 0
            if judgement == VETOES:
                continue
            if judgement == SUPPORTS:
                confidence = max(confidence, min(_BOOSTED_CAP, confidence + rule.context_boost))
            elif rule.requires_context or verdict.needs_context:
                continue
            found.append(Detection(rule.type, start, end, round(confidence, 4), rule.category, rule.name))
        return found

    def candidates(self, text: str) -> list[Detection]:
        """Every detection of every rule, before overlaps are resolved (for explaining a result)."""
        folded = fold(text)
        if self.prefilter:
            selected = sorted({self._owners[h] for h in self._matcher.which(folded)})
        else:
            selected = list(range(len(self.rules.rules)))
        found: list[Detection] = []
        for i in selected:
            found.extend(self._run(self.rules.rules[i], folded))
        if self._overrides and len(found) > 1:
            found = self._apply_overrides(found)
        return drop_masked(text, found)

    def _apply_overrides(self, found: list[Detection]) -> list[Detection]:
        """Drop detections that a rule declared to lose against (``overrides:`` in the rules file)."""
        winners = [d for d in found if d.detector in self._overrides]
        if not winners:
            return found
        return [
            d
            for d in found
            if not any(
                d.detector in self._overrides[w.detector] and w.start < d.end and d.start < w.end
                for w in winners
            )
        ]

    def detect(self, text: str, *, types: str | Iterable[str] | None = None) -> list[Detection]:
        """Personal data and secrets in ``text``, sorted by position, never overlapping.

        Args:
            text: any string (``None`` or empty gives no detections).
            types: only report these types (see :data:`~auditkit.pii.DETECTION_TYPES`). Overlaps are
                resolved over all types first, so a mobile number inside an e-mail address is not
                reported as ``CN_MOBILE`` even when only ``CN_MOBILE`` is asked for.
        """
        wanted = type_filter(types)
        if not text:
            return []
        found = resolve(self.candidates(text))
        if wanted is not None:
            found = [d for d in found if d.type in wanted]
        return found

    def redact(self, text: str, *, types: str | Iterable[str] | None = None) -> str:
        """``text`` with every detection replaced by its mask token (``[EMAIL]``, ``[CN_ID]`` ...)."""
        wanted = type_filter(types)
        if not text:
            return text
        return redact_until_clean(text, lambda t: self.detect(t, types=wanted))

    def __repr__(self) -> str:
        return (
            f"<Detector {self.rules.version}: {len(self.rules.rules)} rules, engine={self._matcher.engine}>"
        )


@lru_cache(maxsize=1)
def default_detector() -> Detector:
    """The detector for the shipped rules, built once per process."""
    return Detector.from_file()
