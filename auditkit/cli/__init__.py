"""The ``auditkit`` command line (see :mod:`auditkit.cli.main`)."""
