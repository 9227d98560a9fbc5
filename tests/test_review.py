"""The review report (``ocrclean-report``): the page's structure, counts, caps and escaping."""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from ocrclean.cli import main as ocrclean
from ocrclean.files import new_file_mode
from ocrclean.review import build_report, diff_hunks, kind_of, main

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_b51489e9a307c78f.txt"
HOSTILE = "<script>alert('x')</script>"


class Page(HTMLParser):
    """The parts of a page the tests look at: every start tag, the section ids, the text of
    each section and the rows of its tables."""

    def __init__(self, markup: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: Counter[str] = Counter()
        self.sections: dict[str, str] = {}
        self.rows: dict[str, list[list[str]]] = {}
        self._section = ""
        self._row: list[str] | None = None
        self._cell: list[str] | None = None
        self.feed(markup)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags[tag] += 1
        if tag == "section":
            self._section = dict(attrs).get("id") or ""
            self.sections[self._section] = ""
            self.rows[self._section] = []
        elif tag == "tr":
            self._row = []
        elif tag == "td" and self._row is not None:
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "td" and self._row is not None and self._cell is not None:
            self._row.append("".join(self._cell))
            self._cell = None
        elif tag == "tr" and self._row:
            self.rows[self._section].append(self._row)
            self._row = None
        elif tag == "section":
            self._section = ""

    def handle_data(self, data: str) -> None:
        if self._section:
            self.sections[self._section] += data
        if self._cell is not None:
            self._cell.append(data)


def _inputs(folder: Path, files: dict[str, str]) -> Path:
    """``files`` (name -> text) written to ``folder``/in; that folder."""
    source = folder / "in"
    source.mkdir()
    for name, text in files.items():
        (source / name).write_text(text, encoding="utf-8")
    return source


def _batch(folder: Path, files: dict[str, str], *extra: str) -> Path:
    """Clean ``files`` (name -> text) in ``folder`` with --log; the log's path."""
    source = _inputs(folder, files)
    log = folder / "changes.jsonl"
    result = CliRunner().invoke(
        ocrclean, [str(source), "-o", str(folder / "out"), "--log", str(log), "-q", *extra]
    )
    assert result.exit_code == 0, result.stderr
    return log


def _records(log: Path) -> list[dict]:
    return [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]


FILES = {
    "seed.txt": SEED.read_text(encoding="utf-8"),
    "hostile.txt": f"Russian coop- eration {HOSTILE} in the fight.\nAnd the con-\nstitution.\n",
    "clean.txt": "Nothing to do here.\n",
}


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Page]:
    log = _batch(tmp_path_factory.mktemp("review"), FILES)
    return log, Page(build_report([str(log)]))


def test_page_has_every_section(batch: tuple[Path, Page]) -> None:
    _, page = batch
    assert list(page.sections) == ["filters", "kinds", "samples", "files", "diffs"]


def test_page_runs_no_script_and_loads_nothing(batch: tuple[Path, Page]) -> None:
    log, page = batch
    markup = build_report([str(log)])
    assert page.tags["script"] == 0 and page.tags["link"] == 0 and page.tags["img"] == 0
    assert "http://" not in markup and "https://" not in markup
    assert HOSTILE in page.sections["diffs"]  # shown as text, escaped in the markup
    assert "&lt;script&gt;" in markup


def test_counts_per_filter_and_kind_match_the_log(batch: tuple[Path, Page]) -> None:
    log, page = batch
    records = _records(log)
    by_filter = Counter(r["filter"] for r in records)
    shown = {row[0]: int(row[1].replace(",", "")) for row in page.rows["filters"]}
    assert shown == by_filter
    by_kind = Counter((r["filter"], kind_of(r)) for r in records)
    kinds = {(row[0], row[1]): int(row[2].replace(",", "")) for row in page.rows["kinds"]}
    assert kinds == by_kind


def test_overview_and_files_table(batch: tuple[Path, Page]) -> None:
    log, page = batch
    records = _records(log)
    by_file = Counter(Path(r["file"]).name for r in records)
    files = {row[0]: int(row[1].replace(",", "")) for row in page.rows["files"]}
    assert files == by_file  # the clean file made no change and is not listed
    markup = build_report([str(log)])
    assert f"<strong>{len(records):,}</strong> changes in <strong>2</strong> files" in markup


def test_samples_show_context_and_why(batch: tuple[Path, Page]) -> None:
    _, page = batch
    joined = [row for row in page.rows["samples"] if "cooperation" in row[1]]
    assert joined, page.rows["samples"]
    where, change, why = joined[0]
    assert where.startswith("hostile.txt")
    assert "Russian coop- eration" in change  # the context around the edit
    assert why.startswith("joined")


def test_side_by_side_highlights_the_edit(batch: tuple[Path, Page], tmp_path: Path) -> None:
    log, page = batch
    markup = build_report([str(log)])
    assert "<del>coop- eration</del>" in markup and "<ins>cooperation</ins>" in markup
    assert "<del>con-<span class=mark>⏎</span>stitution.</del>" in markup


def test_missing_or_changed_input_says_how_to_get_the_diff(tmp_path: Path) -> None:
    log = _batch(tmp_path, {"a.txt": "coop- eration and more.\n", "b.txt": "the con-\nstitution\n"})
    (tmp_path / "in" / "a.txt").unlink()
    (tmp_path / "in" / "b.txt").write_text("the constitution\n", encoding="utf-8")
    diffs = Page(build_report([str(log)])).sections["diffs"]
    assert "No diff: cannot read" in diffs and "run ocrclean-report where the batch ran" in diffs
    assert "does not hold the text the log was made on (cleaned in place?" in diffs
    assert "ocrclean-report --backup SUFFIX" in diffs


def test_backup_copies_are_the_originals(tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text("Russian coop- eration.\n", encoding="utf-8")
    log = tmp_path / "log.jsonl"
    args = [str(source), "--in-place", "--backup", ".orig", "--log", str(log)]
    assert CliRunner().invoke(ocrclean, args).exit_code == 0
    assert "does not hold the text" in build_report([str(log)])
    markup = build_report([str(log)], backup=".orig")
    assert "<ins>cooperation.</ins>" in markup


def test_gzip_crlf_and_json_lines_inputs_are_read_back(tmp_path: Path) -> None:
    text = "Russian coop- eration in the fight.\nAnd the con-\nstitution.\n"
    source = tmp_path / "in"
    source.mkdir()
    (source / "crlf.txt").write_bytes(text.replace("\n", "\r\n").encode())
    (source / "g.txt.gz").write_bytes(gzip.compress(text.encode()))
    (source / "r.jsonl").write_text(json.dumps({"id": 1, "body": text}) + "\n", encoding="utf-8")
    log = tmp_path / "log.jsonl"
    args = [str(source), "-o", str(tmp_path / "out"), "--field", "body", "--log", str(log)]
    assert CliRunner().invoke(ocrclean, args).exit_code == 0
    diffs = Page(build_report([str(log)], field="body")).sections["diffs"]
    assert "No diff" not in diffs and diffs.count("coop- eration") == 3
    wrong_field = Page(build_report([str(log)])).sections["diffs"]
    assert "another field than 'text' cleaned? pass --field" in wrong_field


def test_big_logs_are_capped_and_say_so(tmp_path: Path) -> None:
    page_text = "".join(f"The con-\nstitution of the {i} state.\n\n" for i in range(300))
    log = _batch(tmp_path, {f"{i}.txt": page_text for i in range(30)})
    page = Page(build_report([str(log)], samples=3, diff_files=2, hunks_per_file=5))
    assert len(page.rows["samples"]) <= 3 * len(page.rows["kinds"])
    assert "(3 of " in page.sections["samples"]
    shown = re.findall(r"(\d+) of (\d+) changed places shown", page.sections["diffs"])
    assert len(shown) == 2 and all(n == "5" and int(places) >= 75 for n, places in shown)
    assert len(page.rows["files"]) == 20 and "20 of 30 files" in page.sections["files"]


def test_malformed_lines_are_counted_not_fatal(tmp_path: Path) -> None:
    log = tmp_path / "log.jsonl"
    record = {"file": "-", "block": 0, "filter": "normalize_spacing", "offset": 0}
    record |= {"before": "a  b", "after": "a b", "why": "two spaces"}
    log.write_text(json.dumps(record) + "\nnot json\n[1, 2]\n\n", encoding="utf-8")
    markup = build_report([str(log)])
    assert "2 lines of the log are not edit records" in markup
    assert "standard input is not kept" in markup


def test_command_writes_the_page(tmp_path: Path) -> None:
    log = _batch(tmp_path, {"a.txt": "Russian coop- eration.\n"})
    out = tmp_path / "report.html"
    result = CliRunner().invoke(main, [str(log), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert Page(out.read_text(encoding="utf-8")).sections["filters"]
    assert CliRunner().invoke(main, [str(tmp_path / "missing.jsonl")]).exit_code == 2


@pytest.mark.parametrize(
    ("record", "kind"),
    [
        ({"before": "co-", "after": "cooperation", "why": 'joined: "x" is a word'}, "joined"),
        (
            {"before": "a-", "after": "a-B", "why": 'kept the hyphen: "B" is capitalised'},
            "kept the hyphen",
        ),
        (
            {"before": "sub", "after": "submarine", "why": 'joined "sub marine": the document'},
            "joined",
        ),
        ({"before": "x", "after": "y", "why": "Repair Unicode damage: mojibake"}, "text replaced"),
        (
            {"before": "ra\u00addits", "after": "radits", "why": "Repair Unicode damage: x"},
            "invisible characters",
        ),
        ({"before": "\n", "after": " ", "why": "Unwrap hard-wrapped text."}, "line break -> space"),
        ({"before": "\n\n", "after": "", "why": ""}, "line break removed"),
        ({"before": "Safe .", "after": "Safe.", "why": "Fix spacing."}, "spacing"),
        ({"before": "Page 3\nof 12\n", "after": ""}, "lines removed"),
        ({"before": "?? ", "after": ""}, "text removed"),
        ({"before": "", "after": "-"}, "text added"),
        ({"before": "x", "after": "y", "kind": "mojibake"}, "mojibake"),
    ],
    ids=[
        "verdict",
        "verdict-words",
        "verdict-quoted",
        "summary-is-no-verdict",
        "invisible",
        "unwrap",
        "paragraph",
        "spacing",
        "lines",
        "text",
        "added",
        "kind-field",
    ],
)
def test_kind_of(record: dict, kind: str) -> None:
    assert kind_of(record) == kind


@pytest.mark.parametrize(
    ("original", "cleaned", "places"),
    [
        ("same text\n", "same text\n", 0),
        ("one\ntwo\nthree\n", "one two three\n", 0),  # unwrapping alone is no changed place
        (
            "a b c d e f g h i j k l m n o p q r s t coop- eration",
            "a b c d e f g h i j k l m n o p q r s t cooperation",
            1,
        ),
        ("x- y " + "w " * 40 + "p- q", "xy " + "w " * 40 + "pq", 2),
    ],
    ids=["unchanged", "unwrapped", "joined", "two-places"],
)
def test_diff_hunks(original: str, cleaned: str, places: int) -> None:
    hunks, total = diff_hunks(original, cleaned)
    assert total == places == len(hunks)
    for hunk in hunks:
        assert any(changed for _, changed in hunk.before + hunk.after)


def test_report_option_writes_the_page_of_the_batch(tmp_path: Path) -> None:
    """``ocrclean DIR -o OUT --report PAGE``: the page ocrclean-report makes of the batch's
    log, without a log file left behind, readable as a new file is."""
    source = _inputs(tmp_path, FILES)
    page_path = tmp_path / "report.html"
    result = CliRunner().invoke(
        ocrclean, [str(source), "-o", str(tmp_path / "out"), "--report", str(page_path), "-q"]
    )
    assert result.exit_code == 0, result.stderr
    page = Page(page_path.read_text(encoding="utf-8"))
    assert {"filters", "kinds", "samples", "files", "diffs"} <= page.sections.keys()
    assert HOSTILE in page.sections["samples"] or HOSTILE in page.sections["diffs"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "out", "report.html"]
    assert page_path.stat().st_mode & 0o777 == new_file_mode()  # not a temporary file's 0600


def test_report_option_after_check_that_finds_changes(tmp_path: Path) -> None:
    source = tmp_path / "page.txt"
    source.write_text(FILES["hostile.txt"], encoding="utf-8")
    page_path = tmp_path / "report.html"
    result = CliRunner().invoke(ocrclean, [str(source), "--check", "--report", str(page_path)])
    assert result.exit_code == 1
    assert "rejoin_hyphenated" in page_path.read_text(encoding="utf-8")
    assert source.read_text(encoding="utf-8") == FILES["hostile.txt"]


def test_report_option_refuses_an_input(tmp_path: Path) -> None:
    source = tmp_path / "page.txt"
    source.write_text("x\n", encoding="utf-8")
    result = CliRunner().invoke(ocrclean, [str(source), "--report", str(source)])
    assert result.exit_code == 2
    assert "one of the inputs" in result.stderr
    assert source.read_text(encoding="utf-8") == "x\n"


@pytest.mark.parametrize("option", ["--log", "--report"])
def test_explain_with_a_log_or_page_is_a_usage_error(tmp_path: Path, option: str) -> None:
    source = tmp_path / "page.txt"
    source.write_text(FILES["hostile.txt"], encoding="utf-8")
    target = tmp_path / "written"
    result = CliRunner().invoke(ocrclean, [str(source), "--explain", option, str(target)])
    assert result.exit_code == 2
    assert "--explain" in result.stderr and option in result.stderr
    assert not target.exists()
