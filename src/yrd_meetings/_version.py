"""The package version, a plain constant so that import stays cheap."""

__version__ = "0.1.0"
