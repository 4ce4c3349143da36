"""Sample logs of a fictional company, at any size, deterministically (``python -m auditkit.samples``).

The company (Lotus & Pine Technologies / 莲松科技) is data: ``auditkit/data/samples/company.yaml`` states
its applications, projects, keys, retention settings and uploaded files; ``auditkit/data/samples/content/``
holds the English and Chinese exchanges of each application. :func:`generate` writes the company's traffic
in every export format auditkit reads, with the deliberate cases an audit should find, and records where
they are in ``MANIFEST.yaml``. Modules: ``company`` (the model), ``content`` (texts), ``identifiers`` (ids,
personal data, secrets), ``traffic`` (the calls), ``writers`` (one per format), ``malformed`` (the bad
lines), ``manifest`` (MANIFEST.yaml and README.md), ``generate`` (the run).
"""

from auditkit.samples.company import Company, load_company
from auditkit.samples.generate import DEFAULT_RECORDS, DEFAULT_SEED, DEFAULT_START, GenerationResult, generate
from auditkit.samples.writers import FORMATS

__all__ = [
    "generate",
    "GenerationResult",
    "load_company",
    "Company",
    "FORMATS",
    "DEFAULT_RECORDS",
    "DEFAULT_SEED",
    "DEFAULT_START",
]
