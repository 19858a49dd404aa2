"""`screen_to_parquet`: the streaming job writing hits and the run manifest (screen.py, io.py,
report.py): inputs of every format, counts, manifest contents, partitioned output, bad inputs,
and interrupted runs leaving no partial output."""

import hashlib
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import polars as pl
import pyarrow.parquet as pq
import pytest
from ofac_fixture import FIXTURE
from test_screen_tables import small_watchlist

import sanctions_screen
from sanctions_screen.config import Config
from sanctions_screen.errors import InputError, InvalidArgumentError
from sanctions_screen.io import MANIFEST_KEY
from sanctions_screen.report import package_version
from sanctions_screen.screen import SCORING, hits_schema, screen_to_parquet
from sanctions_screen.watchlist import Watchlist

WATCHLIST = small_watchlist()
RECORDS = pl.DataFrame(
    {
        "id": ["c1", "c2", "c3", "c4", "c5", "c6"],
        "name": ["Kim Se Un", "Anna Smith", None, "  ", "Pak Chol Min", "GOLDEN STAR TRADING CO"],
        "dob": ["1978-03-25", "1980", "1990", None, "sometime", None],
        "country": ["KP", "US", None, "Narnia", "KP", "CN"],
        "wallet": [None, None, "1HmqvgSXUVES1jn4TQPzk9dxo1NE8wim2T", None, None, None],
    }
)
OPTIONS = {"name_col": "name", "id_col": "id", "dob_col": "dob", "country_col": "country", "wallet_col": "wallet"}


def run(tmp_path, source=None, out="hits.parquet", **options):
    source = RECORDS if source is None else source
    return screen_to_parquet(source, options.pop("watchlist", WATCHLIST), tmp_path / out, **{**OPTIONS, **options})


def test_hits_file_and_manifest(tmp_path):
    RECORDS.write_parquet(tmp_path / "in.parquet")
    config = tmp_path / "screen.toml"
    config.write_text("top_k = 3\n[thresholds]\nprograms = { DPRK3 = 0.7 }\n")
    manifest = run(tmp_path, tmp_path / "in.parquet", config=config, threshold=0.8, batch_size=2)
    out = tmp_path / "hits.parquet"
    hits = pl.read_parquet(out)
    assert hits.schema == pl.Schema(hits_schema(pl.String))
    assert hits.select("record_id", "entity_id").rows() == [("c1", "sdn:1"), ("c3", "sdn:1"), ("c5", "un:1"), ("c6", "sdn:2")]
    assert set(hits["run_id"]) == {manifest["run_id"]}

    # The same manifest beside the output and in the Parquet metadata.
    beside = tmp_path / "hits.manifest.json"
    assert json.loads(beside.read_text()) == manifest
    assert pq.read_metadata(out).metadata[MANIFEST_KEY.encode()].decode() == beside.read_text()

    assert manifest["status"] == "succeeded" and manifest["package_version"] == package_version() == sanctions_screen.__version__
    (described,) = manifest["inputs"]
    data = (tmp_path / "in.parquet").read_bytes()
    assert described == {
        "path": str(tmp_path / "in.parquet"),
        "format": "parquet",
        "bytes": len(data),
        "sha256": hashlib.sha256(data).hexdigest(),
        "rows": 6,
    }
    assert manifest["output"] == {
        "path": str(out),
        "format": "parquet",
        "partition_by": None,
        "manifest": str(beside),
        "rows": 4,
        "files": [str(out)],
    }
    assert manifest["watchlist"]["version"] == WATCHLIST.version
    assert [source["list"] for source in manifest["watchlist"]["sources"]] == ["ofac-sdn", "un"]
    settings = Config(threshold=0.8, program_thresholds={"DPRK3": 0.7}, top_k=3, batch_size=2)
    assert manifest["config"] == settings.as_dict() and manifest["config_hash"] == settings.hash
    assert manifest["config_file"] == str(config)
    assert manifest["thresholds"] == {"global": 0.8, "lists": {}, "programs": {"DPRK3": 0.7}, "candidate": pytest.approx(0.63)}
    assert manifest["scoring"] == SCORING
    assert manifest["columns"] == {
        "name": ["name"], "join_names": False, "id": "id", "type": None, "dob": "dob", "country": "country", "wallet": "wallet"
    }  # fmt: skip
    assert manifest["counts"] == {
        "read": 6,
        "screened": 5,
        "skipped": {"null or empty name and wallet": 1},
        "null_or_empty_names": {"name": 2},
        "unreadable_dob": 1,
        "unknown_country": 1,
        "hits": 4,
        "records_with_hits": 4,
        "hits_by_list": {"ofac-sdn": 3, "un": 1},
        "hits_by_program": {"DPRK3": 2, "DPRK": 1, "SDGT": 1},
    }
    assert set(manifest["durations_s"]) == {"load_watchlist", "build_matcher", "hash_inputs", "screen", "total"}
    assert manifest["started_at"] <= manifest["finished_at"]


def test_manifest_names_the_watchlist_sources_with_published_dates_and_hashes(tmp_path):
    listed = Watchlist.from_sources([FIXTURE])
    listed.save(tmp_path / "wl")
    manifest = screen_to_parquet(pl.DataFrame({"name": ["Anna Petrovna Testova"]}), tmp_path / "wl", tmp_path / "hits.parquet", name_col="name")
    assert manifest["watchlist"]["version"] == listed.version
    sources = {source["path"]: source for source in manifest["watchlist"]["sources"]}
    assert sorted(sources) == [str(FIXTURE / name) for name in ("add.csv", "alt.csv", "sdn.csv")]
    for path, source in sources.items():
        assert (source["list"], source["published"]) == ("ofac-sdn", "2030-01-15")
        assert source["sha256"] == hashlib.sha256(Path(path).read_bytes()).hexdigest()
    assert manifest["counts"]["hits_by_list"] == {"ofac-sdn": 1}


def test_skipped_reason_without_a_wallet_column(tmp_path):
    manifest = run(tmp_path, wallet_col=None)
    assert manifest["counts"]["skipped"] == {"null or empty name": 2}
    assert manifest["counts"]["screened"] == 4


def test_inputs_of_every_format_give_the_same_hits(tmp_path):
    RECORDS.write_parquet(tmp_path / "a.parquet")
    RECORDS.write_csv(tmp_path / "b.csv")
    RECORDS.write_ndjson(tmp_path / "c.ndjson")
    expected = run(tmp_path, tmp_path / "a.parquet", out="a.parquet.hits.parquet")["counts"]
    for name in ("b.csv", "c.ndjson"):
        assert run(tmp_path, tmp_path / name, out=f"{name}.hits.parquet")["counts"] == expected
    hits = {name: pl.read_parquet(tmp_path / f"{name}.hits.parquet").drop("run_id") for name in ("a.parquet", "b.csv", "c.ndjson")}
    assert hits["a.parquet"].equals(hits["b.csv"]) and hits["a.parquet"].equals(hits["c.ndjson"])


def test_several_files_a_glob_and_a_hive_folder(tmp_path):
    lake = tmp_path / "lake"
    RECORDS.with_columns(part=pl.Series([1, 1, 1, 2, 2, 2])).write_parquet(lake, partition_by="part")
    manifest = run(tmp_path, lake, out="lake.parquet", id_col=None)
    assert [item["rows"] for item in manifest["inputs"]] == [3, 3]
    hits = pl.read_parquet(tmp_path / "lake.parquet")
    # Without an id column the record id is the row number across all inputs.
    assert hits["record_id"].to_list() == [0, 2, 4, 5]
    RECORDS.write_csv(tmp_path / "x1.csv")
    RECORDS.write_csv(tmp_path / "x2.csv")
    globbed = run(tmp_path, str(tmp_path / "x*.csv"), out="glob.parquet")
    assert globbed["counts"]["read"] == 12 and globbed["counts"]["hits"] == 8


def test_partitioned_output(tmp_path):
    manifest = run(tmp_path, out="hits", partition_by="list")
    out = tmp_path / "hits"
    assert sorted(path.relative_to(out).as_posix() for path in out.rglob("*.parquet")) == [
        "list=ofac-sdn/part-0.parquet",
        "list=un/part-0.parquet",
    ]
    assert manifest["output"]["format"] == "parquet-hive"
    assert sorted(manifest["output"]["files"]) == sorted(str(path) for path in out.rglob("*.parquet"))
    for path in out.rglob("*.parquet"):
        assert json.loads(pq.read_metadata(path).metadata[MANIFEST_KEY.encode()]) == manifest
    back = pl.read_parquet(out, hive_partitioning=True)
    assert back.height == 4 and set(back["list"]) == {"ofac-sdn", "un"}
    assert (tmp_path / "hits.manifest.json").is_file()


def test_unknown_partition_column(tmp_path):
    with pytest.raises(InvalidArgumentError, match="cannot partition by 'score'"):
        run(tmp_path, out="hits", partition_by="score")


def test_a_rerun_replaces_the_output(tmp_path):
    first = run(tmp_path)
    second = run(tmp_path, source=RECORDS.head(1))
    assert first["run_id"] != second["run_id"]
    assert pl.read_parquet(tmp_path / "hits.parquet")["run_id"].unique().to_list() == [second["run_id"]]
    assert sorted(os.listdir(tmp_path)) == ["hits.manifest.json", "hits.parquet"]


def bad_inputs(tmp_path):
    """name -> (path, expected message) of broken inputs."""
    RECORDS.drop("dob").write_parquet(tmp_path / "no_dob.parquet")
    RECORDS.drop("dob").write_ndjson(tmp_path / "no_dob.ndjson")
    RECORDS.with_columns(pl.Series("name", range(6))).write_parquet(tmp_path / "int_names.parquet")
    (tmp_path / "empty.csv").write_bytes(b"")
    (tmp_path / "corrupt.parquet").write_bytes(b"PAR1" + b"\0" * 64)
    RECORDS.head(3).write_parquet(tmp_path / "cut.parquet")
    (tmp_path / "cut.parquet").write_bytes((tmp_path / "cut.parquet").read_bytes()[:200])
    RECORDS.with_columns(pl.col("id").str.slice(1).cast(pl.Int64)).write_parquet(tmp_path / "int_ids.parquet")
    return {
        "missing column": ([tmp_path / "no_dob.parquet"], "no_dob.parquet, column 'dob': missing column"),
        "missing column, NDJSON": ([tmp_path / "no_dob.ndjson"], "no_dob.ndjson, column 'dob': missing column"),
        "wrong type": ([tmp_path / "int_names.parquet"], "int_names.parquet, column 'name': expected text .*found Int64"),
        "empty file": ([tmp_path / "empty.csv"], "empty.csv: empty file"),
        "corrupt parquet": ([tmp_path / "corrupt.parquet"], "corrupt.parquet: cannot read"),
        "truncated parquet": ([tmp_path / "cut.parquet"], "cut.parquet: cannot read"),
        "id types differ": (
            [tmp_path / "no_dob.parquet", tmp_path / "int_ids.parquet"],
            "int_ids.parquet, column 'id': id column is Int64 here but String",
        ),
    }


@pytest.mark.parametrize(
    "case", ["missing column", "missing column, NDJSON", "wrong type", "empty file", "corrupt parquet", "truncated parquet", "id types differ"]
)
def test_bad_inputs_are_named_and_write_nothing(tmp_path, case):
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    paths, message = bad_inputs(inputs)[case]
    options = {"dob_col": None} if case == "id types differ" else {}
    with pytest.raises(InputError, match=message):
        run(tmp_path, paths, **options)
    assert sorted(os.listdir(tmp_path)) == ["inputs"]


def test_a_failure_mid_run_keeps_the_previous_output(tmp_path):
    run(tmp_path)
    previous = (tmp_path / "hits.parquet").read_bytes()
    good, broken = tmp_path / "in" / "1.csv", tmp_path / "in" / "2.csv"
    good.parent.mkdir()
    RECORDS.write_csv(good)
    broken.write_text('id,name,dob,country,wallet\nx1,Kim Se Un,,,\nx2,"unterminated,,,\n' + "x3,Ann,,,\n" * 5)
    with pytest.raises(InputError, match="2.csv: cannot read"):
        run(tmp_path, [good, broken], batch_size=2)
    assert (tmp_path / "hits.parquet").read_bytes() == previous
    assert sorted(os.listdir(tmp_path)) == ["hits.manifest.json", "hits.parquet", "in"]


@pytest.mark.parametrize(("signum", "exit_code"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_killed_run_leaves_no_partial_output(tmp_path, signum, exit_code):
    names = pl.Series(["Anna Smith", "Kim Se Un", "Bob Jones", "Carl Brown"] * 50_000)
    pl.DataFrame({"name": names}).write_parquet(tmp_path / "big.parquet")
    command = [sys.executable, "-m", "sanctions_screen", "screen", str(tmp_path / "big.parquet"), "--list", "demo"]
    command += ["--out", str(tmp_path / "out" / "hits.parquet"), "--batch-size", "500", "--log-format", "json"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    # Kill once the first batch is written: the temporary output exists by then.
    for line in process.stderr:
        if json.loads(line)["event"] == "progress":
            break
    assert [path.name for path in (tmp_path / "out").iterdir()][0].startswith("hits.parquet.tmp-")
    process.send_signal(signum)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == exit_code, stderr
    assert list((tmp_path / "out").iterdir()) == []
    assert "no output written" in stderr


def test_sigkill_leaves_no_file_under_the_output_name(tmp_path):
    # No clean-up runs after SIGKILL: the rename is what keeps a partial file from the output's
    # name, and the previous output and manifest stay as they were.
    out = tmp_path / "out"
    run(out, source=RECORDS.select("name"), id_col=None, dob_col=None, country_col=None, wallet_col=None)
    previous = {path.name: path.read_bytes() for path in out.iterdir()}
    pl.DataFrame({"name": ["Anna Smith", "Kim Se Un"] * 100_000}).write_parquet(tmp_path / "big.parquet")
    command = [sys.executable, "-m", "sanctions_screen", "screen", str(tmp_path / "big.parquet"), "--list", "demo"]
    command += ["--out", str(out / "hits.parquet"), "--batch-size", "500", "--log-format", "json"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    for line in process.stderr:
        if json.loads(line)["event"] == "progress":
            break
    process.kill()
    process.communicate(timeout=60)
    assert process.returncode == -signal.SIGKILL
    left = {path.name: path.read_bytes() for path in out.iterdir() if path.name in previous}
    assert left == previous
    (temporary,) = set(os.listdir(out)) - set(previous)
    assert temporary.startswith("hits.parquet.tmp-")
