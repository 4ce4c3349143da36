"""What a detection is: the detectable types, their categories and mask tokens, and :class:`Detection`.

The type set is part of auditkit's contract (reports, redacted text and the retention audit name these
types), so it lives in code; how each type is found (patterns, context words, thresholds) is data, in
``auditkit/data/pii/patterns.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "PERSONAL_DATA",
    "SECRET",
    "HEALTH",
    "CATEGORIES",
    "PiiType",
    "PII_TYPES",
    "DETECTION_TYPES",
    "Detection",
    "Verdict",
    "ACCEPT",
    "mask_token",
]

PERSONAL_DATA = "personal_data"  #: identifies or contacts a person
SECRET = "secret"  #: grants access to a system (credentials, keys, tokens)
HEALTH = "health"  #: health information (PHI hints)
CATEGORIES = (PERSONAL_DATA, SECRET, HEALTH)


@dataclass(frozen=True)
class PiiType:
    """One detectable type: its name (also its mask label), its category and what it means."""

    name: str
    category: str
    description: str

    @property
    def mask(self) -> str:
        """The token that replaces a detection of this type in redacted text, e.g. ``[EMAIL]``."""
        return f"[{self.name}]"


_T = PiiType
#: Every detectable type, in the documented order (docs/pii.md). The order also breaks ties when two
#: detections of equal length and confidence cover the same text: the earlier type wins.
PII_TYPES: tuple[PiiType, ...] = (
    _T("PRIVATE_KEY", SECRET, "PEM/OpenSSH/PGP private key block"),
    _T("JWT", SECRET, "JSON Web Token whose header decodes to a JSON object with 'alg'"),
    _T(
        "API_KEY",
        SECRET,
        "API key or access key of a known vendor format (OpenAI, Anthropic, AWS, GitHub, ...)",
    ),
    _T("PASSWORD", SECRET, "the value assigned to a password key (password=..., 密码：...) or in a URL"),
    _T("SECRET", SECRET, "the value assigned to a secret/token/api_key key, of no known vendor format"),
    _T("CN_ID", PERSONAL_DATA, "PRC resident identity card number (GB 11643-1999, 18 characters)"),
    _T("PASSPORT", PERSONAL_DATA, "passport-like number next to a passport context word"),
    _T("BANK_CARD", PERSONAL_DATA, "payment card number passing the Luhn check"),
    _T("IBAN", PERSONAL_DATA, "International Bank Account Number (ISO 13616, mod-97 checked)"),
    _T("EMAIL", PERSONAL_DATA, "e-mail address"),
    _T("CN_MOBILE", PERSONAL_DATA, "mainland-China mobile number (1[3-9]x, optional +86/0086)"),
    _T("PHONE", PERSONAL_DATA, "other telephone number (international +CC, or national with context)"),
    _T("IP", PERSONAL_DATA, "IPv4 or IPv6 address (not loopback, unspecified, multicast or reserved)"),
    _T("MRN", HEALTH, "medical record / inpatient / outpatient number next to its label"),
    _T("DIAGNOSIS_CODE", HEALTH, "ICD-10 code next to a diagnosis context word"),
)

#: The names of all detectable types (``Detection.type`` values), in documented order.
DETECTION_TYPES: tuple[str, ...] = tuple(t.name for t in PII_TYPES)

_BY_NAME = {t.name: t for t in PII_TYPES}


def mask_token(type_name: str) -> str:
    """The mask for a type name, e.g. ``mask_token("CN_ID") == "[CN_ID]"``."""
    return _BY_NAME[type_name].mask


@dataclass(frozen=True)
class Detection:
    """One piece of personal data or one secret found in a text.

    Attributes:
        type: one of :data:`DETECTION_TYPES`; the mask token is ``[type]``.
        start: offset of the first character (``text[start:end]`` is exactly what was found).
        end: offset one past the last character.
        confidence: how sure the detector is, in [0, 1]: checksum-validated identifiers score highest,
            context words (``手机``, ``passport``) raise it, shape-only matches score lower.
        category: ``personal_data``, ``secret`` or ``health``.
        detector: the name of the rule that found it (e.g. ``openai_project_key``), for the auditor to
            see *why* something was flagged.

    The matched text itself is deliberately not stored, so that detections can be written to reports
    and tables without carrying the secret along.
    """

    type: str
    start: int
    end: int
    confidence: float
    category: str
    detector: str

    @property
    def mask(self) -> str:
        """The token that replaces this detection in redacted text."""
        return f"[{self.type}]"


@dataclass(frozen=True)
class Verdict:
    """What a check (checksum, date, shape) says about one candidate match.

    Attributes:
        confidence: the candidate's confidence before context; ``None`` keeps the rule's confidence.
        length: keep only the first ``length`` characters of the candidate (a check may shorten a
            greedy match, e.g. an IBAN followed by a capitalised word); ``None`` keeps it whole.
        needs_context: report the candidate only when a context word supports it.
    """

    confidence: float | None = None
    length: int | None = None
    needs_context: bool = False


#: The verdict of a check that accepts a candidate as it is.
ACCEPT = Verdict()
