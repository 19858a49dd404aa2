"""Format detection from content, and publication dates from folder names."""

from pathlib import Path

import polars as pl
import pytest

from sanctions_screen import InputError
from sanctions_screen.lists.detect import detect_file, detect_sources, published_from_name
from sanctions_screen.lists.report import ImportReport

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
needs_data = pytest.mark.skipif(not (DATA / "ofac").is_dir(), reason=f"shared data not found at {DATA}")
from ofac_fixture import FIXTURE


@needs_data
@pytest.mark.parametrize(
    "relative, fmt, list_name, part, published",
    [
        ("ofac/sdn-2024-05-03/sdn.csv", "ofac-csv", "ofac-sdn", "primary", "2024-05-03"),
        ("ofac/sdn-2026-dprk-supplement/sdn.csv", "ofac-csv", "ofac-sdn", "primary", "2026"),
        ("ofac/alt-add-2025-02-27/alt.csv", "ofac-csv", "ofac-sdn", "alias", "2025-02-27"),
        ("ofac/alt-add-2026-06-02/add.csv", "ofac-csv", "ofac-sdn", "address", "2026-06-02"),
        ("ofac/alt-add-2025-02-27/sdn_comments.csv", "ofac-csv", "ofac-sdn", "comments", "2025-02-27"),
        ("ofac/consolidated-2025-12-19/cons_prim.csv", "ofac-csv", "ofac-cons", "primary", "2025-12-19"),
        ("ofac/consolidated-2025-12-19/cons_alt.csv", "ofac-csv", "ofac-cons", "alias", "2025-12-19"),
        ("un/UN_consolidated.xml", "un-xml", "un", None, "2026-02-27"),
    ],
)
def test_published_files(relative, fmt, list_name, part, published):
    source = detect_file(DATA / relative)
    assert (source.format, source.list_name, source.part, source.published) == (fmt, list_name, part, published)


@needs_data
def test_files_that_are_no_list_are_not_detected():
    assert detect_file(DATA / "ofac/digital-currency-addresses-2024-09-27/sanctioned_addresses_XBT.txt") is None
    assert detect_file(DATA / "README.md") is None


def test_custom_lists(tmp_path):
    (tmp_path / "blocked.csv").write_text("\ufeffName,ID,notes\nACME,1,x\n", encoding="utf-8")
    pl.DataFrame({"id": [1], "name": ["ACME"]}).write_parquet(tmp_path / "blocked.parquet")
    assert detect_file(tmp_path / "blocked.csv").format == "custom-csv"
    assert detect_file(tmp_path / "blocked.parquet").format == "custom-parquet"


def test_precedence_orders_by_date_then_position():
    sources = [detect_file(FIXTURE / "sdn.csv", order=0), detect_file(FIXTURE / "alt.csv", order=1)]
    assert sources[0].precedence < sources[1].precedence  # same date: the later given
    assert sources[0].published_date.isoformat() == "2030-01-15"


@pytest.mark.parametrize(
    "path, published",
    [
        ("lists/sdn-2024-05-03/sdn.csv", "2024-05-03"),
        ("lists/sdn-2026-dprk-supplement/sdn.csv", "2026"),
        ("lists/current/blocked-2025-13-40.csv", None),  # not a date
        ("lists/current/sdn.csv", None),
        ("lists/x/block-list-2027-01-02.csv", "2027-01-02"),  # the file's own name first
    ],
)
def test_published_from_name(path, published):
    assert published_from_name(Path(path)) == published


def test_folder_skips_and_reports_other_files(tmp_path):
    folder = tmp_path / "sdn-2030-01-15"
    folder.mkdir()
    for name in ("sdn.csv", "alt.csv"):
        (folder / name).write_bytes((FIXTURE / name).read_bytes())
    (folder / "notes.txt").write_text("not a list\n")
    report = ImportReport()
    sources = detect_sources([folder, folder / "sdn.csv"], report)  # a file named twice counts once
    assert [s.path.name for s in sources] == ["alt.csv", "sdn.csv"]
    assert report.as_dict()["skipped_file"]["examples"] == [f"{folder / 'notes.txt'}: not a recognized list format"]


def test_bad_sources_fail(tmp_path):
    (tmp_path / "notes.txt").write_text("not a list\n")
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="notes.txt: unrecognized list format"):
        detect_sources([tmp_path / "notes.txt"], ImportReport())
    with pytest.raises(InputError, match="empty: no sanctions list files in this folder"):
        detect_sources([tmp_path / "empty"], ImportReport())
    with pytest.raises(InputError, match="missing: no such file or folder"):
        detect_sources([tmp_path / "missing"], ImportReport())
