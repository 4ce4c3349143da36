"""``python -m auditkit`` runs the command line."""

import sys

from auditkit.cli.main import main

sys.exit(main())
