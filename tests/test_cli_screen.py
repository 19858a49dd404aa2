"""`python -m sanctions_screen screen|explain|demo` (commands.py): options, exit codes, messages."""

import json
import re

import polars as pl
import pytest
from test_screen_tables import small_watchlist

from sanctions_screen.cli import main

RECORDS = pl.DataFrame(
    {
        "id": [1, 2, 3, 4],
        "given": ["Se Un", "Anna", None, "Chol Min"],
        "family": ["Kim", "Smith", None, "Pak"],
        "alias": [None, None, None, "Pak Chol Min"],
        "kind": ["person", "person", "person", "person"],
        "dob": ["1978-03-25", None, None, "1990"],
        "country": ["KP", "US", None, "KP"],
        "wallet": [None, None, "0x01e2919679362dfbc9ee1644ba9c6da6d6245bb1", None],
    }
)


@pytest.fixture
def files(tmp_path):
    RECORDS.write_parquet(tmp_path / "customers.parquet")
    RECORDS.with_columns(name=pl.lit("Anna Smith")).write_parquet(tmp_path / "clean.parquet")
    small_watchlist().save(tmp_path / "list")
    return tmp_path


def screen_cli(files, *options, source="customers.parquet"):
    return main(["screen", str(files / source), "--list", str(files / "list"), "--out", str(files / "hits.parquet"), *options])


def manifest(files, name="hits"):
    return json.loads((files / f"{name}.manifest.json").read_text())


def test_exit_codes_with_and_without_hits(files, capsys):
    joined = ["--name-col", "given", "--name-col", "family", "--join-names"]
    assert screen_cli(files, *joined) == 0
    assert "hits: 2 for 2 records" in capsys.readouterr().out
    assert screen_cli(files, *joined, "--fail-on-hits") == 1
    assert screen_cli(files, "--fail-on-hits", source="clean.parquet") == 0
    assert manifest(files)["counts"]["hits"] == 0


def test_null_names_are_counted_and_reported(files, capsys):
    assert screen_cli(files, "--name-col", "given", "--name-col", "family", "--join-names") == 0
    out = capsys.readouterr().out
    assert "4 records read, 3 screened" in out
    assert "skipped 1: null or empty name\n" in out and "1 null or empty values in name column 'given+family'" in out
    assert manifest(files)["counts"]["skipped"] == {"null or empty name": 1}


def test_several_inputs_read_in_batches_with_json_logs_by_default(files, capsys):
    RECORDS.write_csv(files / "more.csv")
    inputs = [str(files / "customers.parquet"), str(files / "more.csv")]
    options = ["--list", str(files / "list"), "--out", str(files / "hits.parquet"), "--name-col", "alias", "--batch-size", "2"]
    assert main(["screen", *inputs, *options]) == 0
    # Not a terminal: JSON lines, one progress event per batch of 2 rows.
    events = [json.loads(line) for line in capsys.readouterr().err.splitlines()]
    assert [event["rows"] for event in events if event["event"] == "progress"] == [2, 4, 6, 8]
    run = manifest(files)
    assert [(item["format"], item["rows"]) for item in run["inputs"]] == [("parquet", 4), ("csv", None)]
    assert (run["counts"]["read"], run["counts"]["hits"]) == (8, 2)


def test_every_column_option(files):
    options = ["--name-col", "given", "--name-col", "family", "--join-names", "--id-col", "id", "--type-col", "kind"]
    options += ["--dob-col", "dob", "--country-col", "country", "--wallet-col", "wallet"]
    assert screen_cli(files, *options, "--threshold", "0.5") == 0
    hits = pl.read_parquet(files / "hits.parquet")
    assert hits.select("record_id", "entity_id", "matched_on").rows() == [
        (1, "sdn:1", "given+family"),
        (3, "sdn:2", "wallet"),
        (4, "un:1", "given+family"),
    ]
    assert hits["dob_adjustment"].to_list() == pytest.approx([0.05, 0.0, -0.15])
    assert hits["country_adjustment"].to_list() == pytest.approx([0.02, 0.0, 0.02])
    assert manifest(files)["columns"] == {
        "name": ["given", "family"], "join_names": True, "id": "id", "type": "kind", "dob": "dob", "country": "country", "wallet": "wallet",
    }  # fmt: skip


def test_name_columns_screened_separately(files):
    assert screen_cli(files, "--name-col", "family", "--name-col", "alias", "--threshold", "0.5") == 0
    hits = pl.read_parquet(files / "hits.parquet")
    assert ("alias", "un:1") in hits.select("matched_on", "entity_id").rows()
    assert manifest(files)["counts"]["null_or_empty_names"] == {"family": 1, "alias": 3}


def test_threshold_options_and_config(files):
    (files / "screen.toml").write_text("top_k = 2\nbatch_size = 3\n[thresholds]\nglobal = 0.95\nlists = { un = 0.9 }\n")
    options = ["--name-col", "alias", "--config", str(files / "screen.toml"), "--threshold", "0.97"]
    options += ["--list-threshold", "ofac-sdn=0.85", "--program-threshold", "DPRK=0.6", "--top-k", "4", "--batch-size", "2"]
    assert screen_cli(files, *options) == 0
    settings = manifest(files)
    assert settings["config"] == {
        "thresholds": {"global": 0.97, "lists": {"ofac-sdn": 0.85, "un": 0.9}, "programs": {"DPRK": 0.6}},
        "top_k": 4,
        "batch_size": 2,
    }
    assert settings["config_file"] == str(files / "screen.toml")
    # un:1 is under program DPRK: its threshold is 0.6, the lowest.
    assert pl.read_parquet(files / "hits.parquet").select("entity_id", "threshold").rows() == [("un:1", pytest.approx(0.6))]


def test_partitioned_output(files):
    assert screen_cli(files, "--name-col", "alias", "--out", str(files / "parts"), "--partition-by", "entity_type") == 0
    assert (files / "parts" / "entity_type=person" / "part-0.parquet").is_file()
    assert manifest(files, "parts")["output"]["partition_by"] == "entity_type"


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--name-col", "full_name"], "customers.parquet, column 'full_name': missing column"),
        (["--name-col", "id"], "column 'id': expected text"),
        (["--name-col", "alias", "--threshold", "1.5"], "threshold must be a number in \\[0, 1\\]"),
        (["--name-col", "alias", "--list-threshold", "ofac-sdn"], "--list-threshold expects LIST=THRESHOLD, got 'ofac-sdn'"),
        (["--name-col", "alias", "--program-threshold", "DPRK=high"], "--program-threshold expects PROGRAM=THRESHOLD"),
        (["--name-col", "alias", "--top-k", "0"], "top_k must be a positive integer"),
        (["--name-col", "alias", "--config", "missing.toml"], "missing.toml: cannot read the config file"),
    ],
)
def test_bad_usage_exits_2_with_one_line(files, capsys, options, message):
    assert screen_cli(files, *options, "--log-format", "none") == 2
    err = capsys.readouterr().err
    assert err.startswith("sanctions_screen: error:") and len(err.strip().splitlines()) == 1
    assert re.search(message, err), err
    assert not (files / "hits.parquet").exists()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("broken.parquet", b"PAR1 broken", "broken.parquet: cannot read"),
        ("empty.csv", b"", "empty.csv: empty file"),
        ("latin1.csv", b"id,alias\n1,Pak Chol Min\n2,Jos\xe9\n", "latin1.csv: cannot read: invalid utf-8"),
        ("ragged.csv", b"id,alias,note\n1,PAK, Chol Min,x\n", "ragged.csv: cannot read: found more fields"),
        ("broken.ndjson", b'{"alias": "Pak Chol Min"}\n{"alias": \n', "broken.ndjson: cannot read"),
    ],
)
def test_bad_input_file_exits_2(files, capsys, name, content, message):
    (files / name).write_bytes(content)
    assert screen_cli(files, "--name-col", "alias", "--log-format", "none", source=name) == 2
    assert re.search(message, capsys.readouterr().err)
    assert not (files / "hits.parquet").exists()


def test_an_output_that_cannot_be_written_exits_2_not_1(files, capsys):
    # 1 would tell an orchestrator running with --fail-on-hits that there are hits.
    (files / "a-file").write_text("")
    out = str(files / "a-file" / "hits.parquet")
    assert screen_cli(files, "--name-col", "alias", "--out", out, "--fail-on-hits", "--log-format", "none") == 2
    err = capsys.readouterr().err
    assert err.startswith(f"sanctions_screen: error: {out}: cannot write:") and len(err.strip().splitlines()) == 1


def test_an_internal_error_exits_3_not_1_and_writes_nothing(files, capsys, monkeypatch):
    # A bug, a Rust panic above all, must not read as hits under --fail-on-hits.
    from sanctions_screen.matcher import Matcher

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(Matcher, "screen", broken)
    assert screen_cli(files, "--name-col", "alias", "--fail-on-hits", "--log-format", "none") == 3
    assert capsys.readouterr().err.splitlines()[-1] == "sanctions_screen: internal error: RuntimeError: boom"
    assert not [path.name for path in files.iterdir() if "hits" in path.name]


def test_an_output_folder_holding_other_files_is_refused(files, capsys):
    (files / "lake").mkdir()
    (files / "lake" / "notes.txt").write_text("keep me")
    assert screen_cli(files, "--name-col", "alias", "--out", str(files / "lake"), "--log-format", "none") == 2
    assert "lake: a folder with files other than an earlier run's hits" in capsys.readouterr().err
    assert [path.name for path in (files / "lake").iterdir()] == ["notes.txt"]
    # An earlier partitioned output is replaced, by a folder or by a file.
    assert screen_cli(files, "--name-col", "alias", "--out", str(files / "parts"), "--partition-by", "list") == 0
    assert screen_cli(files, "--name-col", "alias", "--out", str(files / "parts")) == 0
    assert pl.read_parquet(files / "parts")["entity_id"].to_list() == ["un:1"]


def test_list_is_required_and_never_defaults_to_demo(files, capsys):
    out = str(files / "hits.parquet")
    assert main(["screen", str(files / "customers.parquet"), "--name-col", "alias", "--out", out]) == 2
    err = capsys.readouterr().err
    assert "no --list given" in err and "lists import" in err and "--list demo" in err
    assert main(["screen", str(files / "customers.parquet"), "--name-col", "alias", "--out", out, "--list", str(files / "nope")]) == 2
    assert "no watchlist here" in capsys.readouterr().err
    assert not (files / "hits.parquet").exists()


def test_unknown_partition_column_is_a_usage_error(files):
    with pytest.raises(SystemExit) as exit_:
        screen_cli(files, "--partition-by", "score")
    assert exit_.value.code == 2


def test_json_logs(files, capsys):
    assert screen_cli(files, "--name-col", "alias", "--log-format", "json") == 0
    events = [json.loads(line) for line in capsys.readouterr().err.splitlines()]
    assert [event["event"] for event in events] == ["start", "progress", "done"]
    assert events[0]["rows"] == 4 and events[1]["rows"] == 4 and events[2]["counts"]["hits"] == 1
    assert len({event["run_id"] for event in events}) == 1


def test_json_logs_report_errors(files, capsys):
    assert screen_cli(files, "--name-col", "full_name", "--log-format", "json") == 2
    lines = capsys.readouterr().err.splitlines()
    error = json.loads(lines[0])
    assert (error["event"], error["level"]) == ("error", "error") and "full_name" in error["message"]


def test_progress_bar_and_quiet(files, capsys):
    assert screen_cli(files, "--name-col", "alias", "--log-format", "progress") == 0
    err = capsys.readouterr().err
    assert "100%" in err and "rows/s" in err and "ETA" in err
    assert screen_cli(files, "--name-col", "alias", "--log-format", "none") == 0
    assert capsys.readouterr().err == ""


def test_explain(files, capsys):
    assert main(["explain", "Kim Se-un", "--list", str(files / "list"), "--dob", "1978", "--country", "North Korea"]) == 0
    out = capsys.readouterr().out
    assert "sdn:1" in out and "[ofac-sdn DPRK3]" in out and "'KIM, Se Un' (primary)" in out
    assert "DOB agrees (list 25 Mar 1978, record 1978)" in out and "country agrees (list Korea, North)" in out
    assert "DOB +0.05, country +0.02" in out
    assert main(["explain", "Zzyzx Qwerty", "--list", "demo"]) == 0
    assert "no candidates scoring 0.50 or more" in capsys.readouterr().out


def test_explain_type_top_k_and_threshold(files, capsys):
    def best(*options):
        assert main(["explain", "Kim Se Un", "--list", str(files / "list"), "--threshold", "0.3", *options]) == 0
        out = capsys.readouterr().out
        return out, float(re.search(r"^ 1\. (\d\.\d{3})", out, re.MULTILINE)[1])

    out, as_person = best("--type", "person", "--top-k", "1")
    assert " 2. " not in out
    _, as_organization = best("--type", "organization")
    assert as_organization < as_person
    assert main(["explain", "Kim Se Un", "--list", str(files / "list"), "--threshold", "1.0", "--type", "organization"]) == 0
    assert "no candidates scoring 1.00 or more" in capsys.readouterr().out


def test_explain_needs_a_list(capsys):
    assert main(["explain", "Kim Se Un"]) == 2
    assert "--list demo" in capsys.readouterr().err


def test_demo(tmp_path, capsys):
    assert main(["demo", "--rows", "5000", "--out-dir", str(tmp_path), "--log-format", "none"]) == 0
    out = capsys.readouterr().out
    assert {"customers.parquet", "hits.parquet", "hits.manifest.json"} <= {path.name for path in tmp_path.iterdir()}
    assert "5,000 records read" in out and "planted variants caught:" in out and "examples:" in out
    manifest = json.loads((tmp_path / "hits.manifest.json").read_text())
    assert manifest["watchlist"]["demo"] is True and manifest["counts"]["hits"] > 0
    # The planted rows found among the hits are those the summary counts, and every kind of
    # variant the demo is for is caught.
    planted = pl.read_parquet(tmp_path / "customers.parquet").filter(pl.col("planted_entity").is_not_null())
    hits = pl.read_parquet(tmp_path / "hits.parquet").select(customer_id="record_id", planted_entity="entity_id")
    caught = planted.join(hits, on=["customer_id", "planted_entity"])
    assert f"planted variants caught: {caught.height} of {planted.height}\n" in out
    assert out.count("  missed: ") == planted.height - caught.height
    assert {"hangul", "cyrillic", "romanization", "homoglyph", "reordered", "wallet"} <= set(caught["variant"])
