"""docsplit: split scanned page streams into separate documents."""

__version__ = "0.1.0"
