"""Reading a list's text file: UTF-8, with the DOS end-of-file byte some publishers still append."""

from __future__ import annotations

from pathlib import Path

from sanctions_screen.lists.report import ImportReport


def read_text(path: Path, report: ImportReport) -> str:
    """The file's text without a trailing 0x1A byte (OFAC's CSVs end with one) or a BOM.

    Bytes that are not UTF-8 make the file malformed at their line; when lenient they are
    replaced by U+FFFD.
    """
    data = path.read_bytes()
    if data.endswith(b"\x1a"):
        data = data[:-1]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        report.malformed("not UTF-8 text", path=path, line=data.count(b"\n", 0, exc.start) + 1)
        text = data.decode("utf-8", "replace")
    return text.removeprefix("\ufeff")
