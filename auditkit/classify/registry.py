"""Classifiers by name: a plain registry of factories (``auditkit.registry.Registry``).

``CLASSIFIERS.get("rules")(**options)`` builds a classifier. Factories import their module only when
called, so importing this registry is cheap and pulls in no optional dependency. An unknown name raises
:class:`~auditkit.errors.UnknownNameError` listing the known ones.

Registered here:

* ``rules`` - :class:`auditkit.classify.rules.RulesClassifier` (text; bilingual rule files);
* ``moderation`` - :class:`auditkit.classify.moderation.ModerationClassifier` (record; moderation results
  already in the logs);
* ``openai_moderation_api`` - :class:`auditkit.classify.adapters.OpenAIModerationClassifier` (text; calls
  the moderation endpoint: network, off by default);
* ``callable`` - :class:`auditkit.classify.adapters.CallableClassifier` (text; wraps a user function).

* ``model`` - :class:`auditkit.classify.model.ModelClassifier` (text; the trained multilingual model
  shipped as package data).

Organisations can register their own factories with ``CLASSIFIERS.register(name, factory)``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from auditkit.classify.base import Classifier
from auditkit.registry import Registry

__all__ = ["CLASSIFIERS", "ClassifierFactory", "build"]

#: A factory takes keyword options and returns a classifier.
ClassifierFactory = Callable[..., Classifier]

CLASSIFIERS: Registry[ClassifierFactory] = Registry("classifier")


def _rules(**options: Any) -> Classifier:
    from auditkit.classify.rules import RulesClassifier

    return RulesClassifier(**options)


def _moderation(**options: Any) -> Classifier:
    from auditkit.classify.moderation import ModerationClassifier

    return ModerationClassifier(**options)


def _openai_moderation_api(**options: Any) -> Classifier:
    from auditkit.classify.adapters import OpenAIModerationClassifier

    return OpenAIModerationClassifier(**options)


def _callable(**options: Any) -> Classifier:
    from auditkit.classify.adapters import CallableClassifier

    return CallableClassifier(**options)


CLASSIFIERS.register("rules", _rules)
CLASSIFIERS.register("moderation", _moderation)
CLASSIFIERS.register("openai_moderation_api", _openai_moderation_api)
CLASSIFIERS.register("callable", _callable)
def _model(**options: Any) -> Classifier:
    from auditkit.classify.model import ModelClassifier

    return ModelClassifier(**options)


CLASSIFIERS.register("model", _model)


def build(name: str, **options: Any) -> Classifier:
    """The classifier registered under ``name``, built with ``options``."""
    return CLASSIFIERS.get(name)(**options)
