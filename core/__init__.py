"""perskamer: congress session reports to publications."""

__version__ = "0.1.0"
