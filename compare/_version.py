"""The one version source: pyproject.toml, the packaging and the report header read it."""

__version__ = "0.1.0"
