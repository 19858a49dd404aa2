"""sanctions-screen: batch sanctions screening with a Rust name-matching core."""

from sanctions_screen import _core
from sanctions_screen.errors import (
    ColumnTypeError,
    IndexFormatError,
    InputError,
    InvalidArgumentError,
    OutputError,
    SanctionsScreenError,
    WatchlistError,
)
from sanctions_screen.normalize import normalize_names
from sanctions_screen.screen import screen, screen_to_parquet
from sanctions_screen.watchlist import Watchlist

__version__ = _core.__version__

__all__ = [
    "ColumnTypeError",
    "IndexFormatError",
    "InputError",
    "InvalidArgumentError",
    "OutputError",
    "SanctionsScreenError",
    "Watchlist",
    "WatchlistError",
    "normalize_names",
    "screen",
    "screen_to_parquet",
]
