"""The package's exception classes. The Rust core raises these too (by name), so callers catch one
family whatever layer failed."""


class SanctionsScreenError(Exception):
    """Base class of every error this package raises on purpose."""


class ColumnTypeError(SanctionsScreenError, TypeError):
    """A column holds the wrong type (e.g. integers where names are expected)."""


class InvalidArgumentError(SanctionsScreenError, ValueError):
    """An argument outside what is accepted (threshold outside [0, 1], mismatched lengths ...)."""


class IndexFormatError(SanctionsScreenError, ValueError):
    """Serialized matcher bytes that are corrupt, truncated or of another format version."""


class InputError(SanctionsScreenError):
    """Bad input data: an unreadable file, a missing column, a malformed line.

    The message names the file and, where known, the line or row and the column.
    """

    def __init__(self, message: str, *, path=None, line=None, column=None):
        where = ", ".join(
            part
            for part in (
                str(path) if path is not None else None,
                f"line {line}" if line is not None else None,
                f"column {column!r}" if column is not None else None,
            )
            if part
        )
        super().__init__(f"{where}: {message}" if where else message)
        self.path, self.line, self.column = path, line, column


class OutputError(SanctionsScreenError):
    """The output cannot be written (its folder cannot be made, the disk is full ...); the message
    names the output path."""


class WatchlistError(SanctionsScreenError):
    """A watchlist folder that is missing, incomplete or of an unknown schema version."""


class MissingDependencyError(SanctionsScreenError, ImportError):
    """An optional dependency that a feature needs is not installed; the message says how to get it."""
