"""What an import found wrong or odd, counted per kind with file:line examples for the manifest."""

from __future__ import annotations

from pathlib import Path

from sanctions_screen.errors import InputError

# Enough examples to find the pattern in the file; the count says how many there are.
MAX_EXAMPLES = 10


class ImportReport:
    """Collects issues during one import.

    `malformed` fails at once (InputError naming file, line, column) unless the import is
    lenient, in which case the line is skipped and counted. `note` records the issues that never
    fail an import: orphan rows, unknown types, remarks items that could not be read.
    """

    def __init__(self, lenient: bool = False) -> None:
        self.lenient = lenient
        self._issues: dict[str, dict] = {}

    def malformed(self, message: str, *, path: Path, line: int | None, column: str | None = None):
        if not self.lenient:
            raise InputError(f"{message} (use --lenient to skip malformed lines)", path=path, line=line, column=column)
        where = f" column {column!r}" if column else ""
        self.note("malformed_line", path, line, f"{message}{where}")

    def note(self, kind: str, path: Path | str, line: int | None, message: str) -> None:
        issue = self._issues.setdefault(kind, {"count": 0, "examples": []})
        issue["count"] += 1
        if len(issue["examples"]) < MAX_EXAMPLES:
            where = f"{path}:{line}" if line is not None else str(path)
            issue["examples"].append(f"{where}: {message}")

    def count(self, kind: str) -> int:
        return self._issues.get(kind, {"count": 0})["count"]

    def as_dict(self) -> dict[str, dict]:
        return {kind: dict(issue, examples=list(issue["examples"])) for kind, issue in sorted(self._issues.items())}
