"""`python -m sanctions_screen lists import|show`: exit codes and messages."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from sanctions_screen.cli import main

from ofac_fixture import FIXTURE
REPO = Path(__file__).resolve().parents[1]


def test_import_then_show(tmp_path, capsys):
    out = tmp_path / "wl"
    assert main(["lists", "import", str(FIXTURE), "--out", str(out)]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith(f"wrote {out}: 3 entities, 6 names")
    assert "warning: 1 orphan alias" in captured.err and f"{FIXTURE / 'alt.csv'}:3" in captured.err

    assert main(["lists", "show", str(out)]) == 0
    shown = capsys.readouterr().out
    assert "ofac-sdn            3  published 2030-01-15" in shown and "TEST1" in shown

    assert main(["lists", "show", str(out), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["by_list"] == {"ofac-sdn": {"entities": 3, "published": ["2030-01-15"]}}
    assert summary["by_type"] == {"person": 1, "organization": 1, "vessel": 1}
    assert summary["by_program"] == {"TEST1": 2, "TEST2": 2}
    assert summary["issues"] == {"orphan_address": 1, "orphan_alias": 1}


def test_malformed_input_exits_2_with_one_line_naming_file_and_line(tmp_path, capsys):
    bad = tmp_path / "sdn-2030-01-15"
    bad.mkdir()
    rows = (FIXTURE / "sdn.csv").read_bytes().removesuffix(b"\x1a")
    (bad / "sdn.csv").write_bytes(rows + b'104,"SHORT"\r\n\x1a')
    assert main(["lists", "import", str(bad), "--out", str(tmp_path / "wl")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith(f"sanctions_screen: error: {bad / 'sdn.csv'}, line 4: expected 12 fields, found 2")
    assert not (tmp_path / "wl").exists()  # never a half-written watchlist

    assert main(["lists", "import", str(bad), "--out", str(tmp_path / "wl"), "--lenient"]) == 0
    assert "warning: 1 malformed line" in capsys.readouterr().err


def test_missing_watchlist_says_how_to_get_one(tmp_path, capsys):
    assert main(["lists", "show", str(tmp_path / "none")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "lists import SOURCE... --out DIR" in err


@pytest.mark.parametrize(
    "argv",
    [
        ["lists"],
        ["lists", "import", str(FIXTURE)],  # --out is required
        ["lists", "show"],
        ["lists", "frobnicate"],
    ],
)
def test_bad_usage_exits_2(argv, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    assert exit_.value.code == 2
    assert capsys.readouterr().err.count("\n") == 1


@pytest.mark.parametrize("argv", [["lists", "--help"], ["lists", "import", "--help"], ["lists", "show", "--help"]])
def test_help(argv, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    assert exit_.value.code == 0 and "usage:" in capsys.readouterr().out


def test_show_demo_as_a_module():
    result = subprocess.run(
        [sys.executable, "-m", "sanctions_screen", "lists", "show", "demo"],
        capture_output=True, text=True, cwd=REPO, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Not for compliance use" in result.stdout
    assert "9 entities, 17 names" in result.stdout
