"""Progress on stderr and run ids (report.py)."""

import io
import json
import re

import pytest

from sanctions_screen.report import Progress, format_seconds, new_run_id


class Terminal(io.StringIO):
    def isatty(self):
        return True


def test_auto_is_a_bar_on_a_terminal_and_json_elsewhere():
    assert Progress("auto", stream=Terminal()).log_format == "progress"
    assert Progress("auto", stream=io.StringIO()).log_format == "json"


def test_bar_with_total_shows_percent_rate_and_eta():
    stream = Terminal()
    progress = Progress("progress", total_rows=1000, stream=stream)
    progress.update(250, hits=3)
    progress.close()
    line = stream.getvalue()
    assert line.startswith("\r[######..................]  25%  250 rows  ")
    assert re.search(r"[\d,]+ rows/s  ETA \d:\d\d:\d\d  hits 3\n$", line)


def test_bar_without_total_has_no_eta():
    stream = Terminal()
    progress = Progress("progress", stream=stream)
    progress.update(250, hits=0)
    assert "ETA" not in stream.getvalue() and "%" not in stream.getvalue()


def test_json_lines():
    stream = io.StringIO()
    progress = Progress("json", total_rows=100, run_id="r1", stream=stream)
    progress.event("start", inputs=2)
    progress.update(50, hits=1)
    progress.event("error", level="error", message="boom")
    start, update, error = (json.loads(line) for line in stream.getvalue().splitlines())
    assert start["event"] == "start" and start["inputs"] == 2 and start["run_id"] == "r1" and start["level"] == "info"
    assert (update["event"], update["rows"], update["hits"]) == ("progress", 50, 1)
    assert update["eta_s"] >= 0 and update["rows_per_s"] > 0
    assert (error["level"], error["message"]) == ("error", "boom")


def test_bar_shows_errors_and_none_shows_nothing():
    stream = Terminal()
    progress = Progress("progress", stream=stream)
    progress.update(10, hits=0)
    progress.event("start")
    progress.event("error", level="error", message="boom")
    assert stream.getvalue().endswith("hits 0\nerror: boom\n")
    quiet = io.StringIO()
    silent = Progress("none", stream=quiet)
    silent.event("error", level="error", message="boom")
    silent.update(1, hits=1)
    assert quiet.getvalue() == ""


def test_unknown_log_format():
    with pytest.raises(ValueError, match="unknown log format"):
        Progress("xml")


def test_format_seconds_and_run_ids():
    assert format_seconds(3725.4) == "1:02:05"
    first, second = new_run_id(), new_run_id()
    assert re.fullmatch(r"\d{8}T\d{6}Z-[0-9a-f]{6}", first) and first != second
