"""Typed, sourced records of the Yangtze River Delta (长三角) leaders' meetings."""

from ._version import __version__

__all__ = ["__version__"]
