"""`python -m sanctions_screen lists import|show`: build a watchlist folder, describe one."""

from __future__ import annotations

import argparse
import json
import sys

from sanctions_screen.watchlist import Watchlist

# Issue examples printed per kind after an import; the manifest keeps more.
EXAMPLES_SHOWN = 3


def register(subparsers) -> None:
    lists = subparsers.add_parser(
        "lists",
        help="import sanctions lists into a watchlist folder, or describe one",
        description="Import sanctions lists into a watchlist folder, or describe one.",
    )
    commands = lists.add_subparsers(dest="lists_command", required=True, parser_class=type(lists))

    do_import = commands.add_parser(
        "import",
        help="import list files or folders into a watchlist folder",
        description=(
            "Import OFAC legacy CSV (SDN and consolidated cons_*), UN consolidated XML and custom "
            "CSV/Parquet lists (columns id, name[, entity_type]) into one watchlist folder. "
            "Formats are detected from content; publication dates come from folder names "
            "(sdn-2024-05-03) or the UN file. Where sources overlap, the newer published one wins."
        ),
    )
    do_import.add_argument("sources", nargs="+", metavar="SOURCE", help="a list file, or a folder of them")
    do_import.add_argument(
        "--out", required=True, metavar="DIR", help="the watchlist folder to write (replaced if it is one)"
    )
    do_import.add_argument(
        "--lenient",
        action="store_true",
        help="skip malformed lines (counted in the manifest's issues) instead of failing",
    )
    do_import.set_defaults(run=run_import)

    show = commands.add_parser(
        "show",
        help="describe a watchlist folder",
        description="Counts by list, entity type and program, publication dates and import issues.",
    )
    show.add_argument("watchlist", metavar="DIR", help='a watchlist folder, or "demo" for the embedded demo list')
    show.add_argument("--json", action="store_true", help="print the summary as JSON")
    show.set_defaults(run=run_show)


def run_import(args: argparse.Namespace) -> int:
    watchlist = Watchlist.from_sources(args.sources, lenient=args.lenient)
    folder = watchlist.save(args.out)
    counts = watchlist.manifest["counts"]
    print(
        f"wrote {folder}: {counts['entities']:,} entities, {counts['names']:,} names, "
        f"{counts['attributes']:,} attributes from {len(watchlist.manifest['sources'])} files "
        f"(version {watchlist.version})"
    )
    for kind, issue in watchlist.manifest["issues"].items():
        print(f"warning: {issue['count']:,} {kind.replace('_', ' ')}", file=sys.stderr)
        for example in issue["examples"][:EXAMPLES_SHOWN]:
            print(f"  {example}", file=sys.stderr)
    return 0


def run_show(args: argparse.Namespace) -> int:
    summary = Watchlist.load(args.watchlist).summary()
    if args.json:
        print(json.dumps(summary, indent=2, ensure_ascii=False))
        return 0
    print(f"watchlist {args.watchlist} (version {summary['version']}, created {summary['created_at']})")
    if summary["demo"]:
        print(summary["notice"])
    print(f"{summary['entities']:,} entities, {summary['names']:,} names, {summary['attributes']:,} attributes")
    print("by list:")
    for source, info in summary["by_list"].items():
        published = ", ".join(date or "unknown" for date in info["published"])
        print(f"  {source:<12} {info['entities']:>8,}  published {published}")
    print("by type:")
    for entity_type, count in summary["by_type"].items():
        print(f"  {entity_type:<12} {count:>8,}")
    print("by program:")
    for program, count in summary["by_program"].items():
        print(f"  {program:<20} {count:>8,}")
    if summary["issues"]:
        print("import issues: " + ", ".join(f"{kind} {count:,}" for kind, count in summary["issues"].items()))
    return 0
