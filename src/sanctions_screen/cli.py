"""`python -m sanctions_screen ...`: the command line orchestrators call.

Exit codes: 0 success (with or without hits), 1 hits found under --fail-on-hits, 2 bad usage, bad
input or an output that cannot be written (a one-line message on stderr naming the file, line and
column where known), 3 an internal error (a bug: the traceback, then a one-line message).
"""

from __future__ import annotations

import argparse
import sys
import traceback

from sanctions_screen.errors import SanctionsScreenError


class _Parser(argparse.ArgumentParser):
    """argparse exits 2 on bad usage already; this keeps its message to one line."""

    def error(self, message: str):  # noqa: D401 - argparse API
        self.exit(2, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m sanctions_screen", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    from sanctions_screen import commands as screen_commands
    from sanctions_screen.lists import commands as list_commands

    list_commands.register(commands)
    screen_commands.register(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except SanctionsScreenError as exc:
        print(f"sanctions_screen: error: {exc}", file=sys.stderr)
        return 2
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # a Rust panic arrives as pyo3's PanicException, a BaseException
        # Python's own exit status for an uncaught exception, 1, would tell an orchestrator
        # running with --fail-on-hits that there are hits.
        traceback.print_exc()
        print(f"sanctions_screen: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 3
