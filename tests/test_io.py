"""Input discovery and batched reading, atomic Parquet output (sanctions_screen.io)."""

import json
import os
import signal

import polars as pl
import pyarrow.parquet as pq
import pytest

from sanctions_screen.errors import InputError, InvalidArgumentError, OutputError
from sanctions_screen.io import (
    HIVE_NULL,
    MANIFEST_KEY,
    HitsWriter,
    InputFile,
    InputFrame,
    Terminated,
    open_inputs,
    sigterm_raises,
    write_json_atomic,
)

CUSTOMERS = pl.DataFrame({"id": [1, 2, 3], "name": ["Kim Se Un", "Jo Kyong Hun", "Anna Smith"]})


def test_file_glob_and_folder(tmp_path):
    CUSTOMERS.write_parquet(tmp_path / "a.parquet")
    CUSTOMERS.write_csv(tmp_path / "b.csv")
    CUSTOMERS.write_ndjson(tmp_path / "c.jsonl")
    (tmp_path / "notes.txt").write_text("not data")
    by_file = open_inputs(tmp_path / "a.parquet")
    assert [(i.path.name, i.format, i.root) for i in by_file] == [("a.parquet", "parquet", None)]
    by_glob = open_inputs(str(tmp_path / "*.*"))
    assert [(i.path.name, i.format) for i in by_glob] == [("a.parquet", "parquet"), ("b.csv", "csv"), ("c.jsonl", "ndjson")]
    by_folder = open_inputs(tmp_path)
    assert [i.path.name for i in by_folder] == ["a.parquet", "b.csv", "c.jsonl"]
    assert all(i.root == tmp_path for i in by_folder)


def test_the_same_file_twice_is_read_once(tmp_path):
    CUSTOMERS.write_parquet(tmp_path / "a.parquet")
    inputs = open_inputs([tmp_path / "a.parquet", str(tmp_path / "*.parquet"), tmp_path])
    assert len(inputs) == 1


def test_hive_folder_adds_partition_columns_and_skips_markers(tmp_path):
    CUSTOMERS.with_columns(country=pl.Series(["KP", "KP", "US"])).write_parquet(tmp_path / "lake", partition_by="country")
    (tmp_path / "lake" / "_SUCCESS").write_text("")
    (tmp_path / "lake" / ".part.crc").write_text("x")
    inputs = open_inputs(tmp_path / "lake")
    assert len(inputs) == 2
    assert inputs[0].schema() == pl.Schema({"country": pl.String, "id": pl.Int64, "name": pl.String})
    frames = [pl.concat(i.batches(["country", "id"], [], 10)) for i in inputs]
    assert sorted(pl.concat(frames).rows()) == [("KP", 1), ("KP", 2), ("US", 3)]


def test_hive_values_are_decoded(tmp_path):
    folder = tmp_path / "lake" / "region=East%20Asia" / f"country={HIVE_NULL}"
    folder.mkdir(parents=True)
    CUSTOMERS.write_parquet(folder / "part.parquet")
    (file,) = open_inputs(tmp_path / "lake")
    assert file.partitions == {"region": "East Asia", "country": None}
    assert next(file.batches(["region", "country", "id"], [], 10)).row(0) == ("East Asia", None, 1)


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "missing.parquet", "no such file or folder"),
        (lambda d: str(d / "*.parquet"), "no .csv, .jsonl, .ndjson, .parquet, .pq files match"),
        (lambda d: (d / "x.xlsx").write_text("x") and d / "x.xlsx", "unknown input format"),
        (lambda d: (d / "sub").mkdir() or d / "sub", "no .csv, .jsonl, .ndjson, .parquet, .pq files in this folder"),
        (lambda d: (d / "e.csv").write_text("") or d / "e.csv", "empty file"),
    ],
    ids=["missing", "glob-matches-nothing", "unknown-format", "empty-folder", "empty-file"],
)
def test_bad_paths_are_named(tmp_path, make, message):
    path = make(tmp_path)
    with pytest.raises(InputError, match=message) as error:
        open_inputs(path)
    assert str(error.value).startswith(str(path))


def test_no_input(tmp_path):
    with pytest.raises(InvalidArgumentError, match="no input given"):
        open_inputs([])


def test_text_formats_read_the_text_columns_as_strings(tmp_path):
    (tmp_path / "c.csv").write_text("id,name,dob\n007,1234,1978\n")
    (tmp_path / "c.ndjson").write_text("\n".join(json.dumps({"id": i, "name": None if i < 200 else "Late Name"}) for i in range(201)))
    csv, ndjson = open_inputs([tmp_path / "c.csv", tmp_path / "c.ndjson"])
    # CSV: every column is text (an id keeps its leading zeros).
    assert csv.schema() == pl.Schema({"id": pl.String, "name": pl.String, "dob": pl.String})
    assert next(csv.batches(["id", "name"], ["name"], 10)).rows() == [("007", "1234")]
    # NDJSON: a name column null over the inference window is still read as text.
    assert ndjson.schema(["name"])["name"] == pl.String
    last = pl.concat(ndjson.batches(["id", "name"], ["name"], 50)).tail(1)
    assert last.rows() == [(200, "Late Name")]


@pytest.mark.parametrize("columns", [["name"], ["name", "dob"], ["id", "name", "dob"]])
def test_a_csv_line_with_more_fields_than_the_header_is_an_error(tmp_path, columns):
    # An unquoted comma in a name: reading only some columns must not cut it to `KIM`.
    path = tmp_path / "c.csv"
    path.write_text("id,name,dob\n1,Anna Smith,1980\n2,KIM, Se Un,1978\n")
    (file,) = open_inputs(path)
    with pytest.raises(InputError, match="c.csv: cannot read: found more fields"):
        list(file.batches(columns, ["name", "dob"], 10))


def test_ndjson_key_first_written_after_the_inference_lines_is_read(tmp_path):
    # Writers that leave out null keys: a rare wallet first appears on line 201.
    lines = [json.dumps({"id": i, "name": "x"}) for i in range(200)] + [json.dumps({"id": 200, "name": "y", "wallet": "1Hmqvg"})]
    (tmp_path / "c.ndjson").write_text("\n".join(lines))
    (file,) = open_inputs(tmp_path / "c.ndjson")
    assert file.schema(["name", "wallet", "dob"]) == pl.Schema({"id": pl.Int64, "name": pl.String, "wallet": pl.String})
    wallets = pl.concat(file.batches(["id", "wallet"], ["name", "wallet"], 50))["wallet"]
    assert (wallets.null_count(), wallets[-1]) == (200, "1Hmqvg")


def test_ndjson_without_a_text_column_reads_without_it(tmp_path):
    (tmp_path / "c.ndjson").write_text('{"id": 1, "name": "x"}\n')
    (file,) = open_inputs(tmp_path / "c.ndjson")
    assert file.schema(["name", "dob"]) == pl.Schema({"id": pl.Int64, "name": pl.String})


def test_batches_are_bounded(tmp_path):
    big = pl.DataFrame({"id": range(2500), "name": ["x"] * 2500})
    big.write_parquet(tmp_path / "big.parquet")
    (file,) = open_inputs(tmp_path / "big.parquet")
    sizes = [batch.height for batch in file.batches(["id", "name"], [], 1000)]
    assert sum(sizes) == 2500 and max(sizes) <= 1000
    frame_sizes = [batch.height for batch in InputFrame(big).batches(["name"], [], 1000)]
    assert frame_sizes == [1000, 1000, 500]


def test_corrupt_parquet_is_named(tmp_path):
    path = tmp_path / "corrupt.parquet"
    path.write_bytes(b"PAR1 this is not a parquet file at all")
    (file,) = open_inputs(path)
    with pytest.raises(InputError, match="cannot read") as error:
        file.schema()
    assert str(error.value).startswith(str(path))


def test_truncated_parquet_is_named(tmp_path):
    path = tmp_path / "cut.parquet"
    CUSTOMERS.write_parquet(path)
    path.write_bytes(path.read_bytes()[:-40])
    with pytest.raises(InputError, match="cut.parquet: cannot read"):
        InputFile(path, "parquet").rows


def test_describe_has_size_hash_and_rows(tmp_path):
    path = tmp_path / "a.parquet"
    CUSTOMERS.write_parquet(path)
    described = open_inputs(path)[0].describe()
    assert described["bytes"] == path.stat().st_size
    assert described["rows"] == 3
    assert len(described["sha256"]) == 64
    assert InputFrame(CUSTOMERS).describe()["rows"] == 3


HITS = pl.DataFrame({"record_id": [1, 2, 3], "list": ["ofac-sdn", "un", None], "score": [0.9, 0.8, 1.0]})
SCHEMA = HITS.to_arrow().schema


def test_single_file_appears_only_on_commit(tmp_path):
    out = tmp_path / "hits.parquet"
    with HitsWriter(out, SCHEMA, "run1") as writer:
        writer.write(HITS.head(2))
        writer.write(HITS.tail(1))
        assert not out.exists() and writer.temp.exists()
        files = writer.commit({"k": "v"})
    assert files == [out]
    assert pl.read_parquet(out).equals(HITS)
    assert pq.read_metadata(out).metadata[b"k"] == b"v"
    assert os.listdir(tmp_path) == ["hits.parquet"]


def test_failure_leaves_no_output_and_keeps_the_previous_one(tmp_path):
    out = tmp_path / "hits.parquet"
    HITS.write_parquet(out)
    with pytest.raises(RuntimeError):
        with HitsWriter(out, SCHEMA, "run2") as writer:
            writer.write(HITS)
            raise RuntimeError("killed mid-run")
    assert os.listdir(tmp_path) == ["hits.parquet"]
    assert pl.read_parquet(out).equals(HITS)


def test_partitioned_folder(tmp_path):
    out = tmp_path / "hits"
    with HitsWriter(out, SCHEMA, "run0", partition_by="list") as earlier:
        earlier.write(HITS.with_columns(list=pl.lit("old-list")))
        earlier.commit({MANIFEST_KEY: "{}"})
    with HitsWriter(out, SCHEMA, "run3", partition_by="list") as writer:
        writer.write(HITS)
        files = writer.commit({"k": "v"})
    assert sorted(f.relative_to(out).as_posix() for f in files) == [
        f"list={HIVE_NULL}/part-0.parquet",
        "list=ofac-sdn/part-0.parquet",
        "list=un/part-0.parquet",
    ]
    assert not (out / "list=old-list").exists()
    assert "list" not in pl.read_parquet(files[0], hive_partitioning=False).columns
    back = pl.read_parquet(out, hive_partitioning=True).sort("record_id")
    assert back.select("record_id", "list").rows() == [(1, "ofac-sdn"), (2, "un"), (3, None)]
    assert sorted(os.listdir(tmp_path)) == ["hits"]


@pytest.mark.parametrize("partition_by", [None, "list"])
def test_a_folder_of_other_files_is_never_replaced(tmp_path, partition_by):
    out = tmp_path / "data"
    (out / "sub").mkdir(parents=True)
    (out / "notes.txt").write_text("keep me")
    HITS.write_parquet(out / "sub" / "customers.parquet")  # Parquet, but no run's hits
    with pytest.raises(InvalidArgumentError, match="data: a folder with files other than an earlier run's hits"):
        HitsWriter(out, SCHEMA, "run6", partition_by=partition_by)
    assert sorted(path.relative_to(tmp_path).as_posix() for path in tmp_path.rglob("*")) == [
        "data",
        "data/notes.txt",
        "data/sub",
        "data/sub/customers.parquet",
    ]


def test_an_output_that_cannot_be_written_is_named(tmp_path):
    (tmp_path / "a-file").write_text("")
    for partition_by in (None, "list"):
        with pytest.raises(OutputError, match="a-file/hits: cannot write: .*File exists"):
            HitsWriter(tmp_path / "a-file" / "hits", SCHEMA, "run8", partition_by=partition_by)
    assert os.listdir(tmp_path) == ["a-file"]


def test_an_empty_folder_is_replaced(tmp_path):
    out = tmp_path / "hits.parquet"
    out.mkdir()
    with HitsWriter(out, SCHEMA, "run7") as writer:
        writer.write(HITS)
        writer.commit({})
    assert pl.read_parquet(out).equals(HITS)


def test_partitioned_folder_without_hits_is_still_a_dataset(tmp_path):
    out = tmp_path / "hits"
    with HitsWriter(out, SCHEMA, "run4", partition_by="list") as writer:
        writer.write(HITS.clear())
        writer.commit({})
    assert pl.read_parquet(out).schema == HITS.schema


def test_partition_column_must_exist(tmp_path):
    with pytest.raises(InvalidArgumentError, match="cannot partition by 'program'"):
        HitsWriter(tmp_path / "hits", SCHEMA, "run5", partition_by="program")


def test_json_written_atomically(tmp_path):
    path = tmp_path / "m.json"
    write_json_atomic(path, '{"a": 1}')
    assert json.loads(path.read_text()) == {"a": 1}
    assert os.listdir(tmp_path) == ["m.json"]


def test_sigterm_raises_inside_the_block_only():
    previous = signal.getsignal(signal.SIGTERM)
    with pytest.raises(Terminated):
        with sigterm_raises():
            os.kill(os.getpid(), signal.SIGTERM)
    assert signal.getsignal(signal.SIGTERM) is previous
