"""Batches, in-place rewriting, --check/--diff, streams and exit codes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from ocrclean import clean
from ocrclean.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_b51489e9a307c78f.txt"
DIRTY = "Russian coop- eration in the fight\n\n ??  ?? Putin\nPutin\n"
CLEAN = "Russian cooperation in the fight\n"


def run(*args: str, stdin: bytes | None = None):
    return CliRunner().invoke(main, list(args), input=stdin, catch_exceptions=False)


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """in/a.txt (dirty), in/clean.txt, in/sub/deeper/b.txt, plus files to be left out."""
    source = tmp_path / "in"
    (source / "sub" / "deeper").mkdir(parents=True)
    (source / "a.txt").write_text(DIRTY, encoding="utf-8")
    (source / "clean.txt").write_text(CLEAN, encoding="utf-8")
    (source / "sub" / "deeper" / "b.txt").write_text(DIRTY, encoding="utf-8")
    (source / "notes.md").write_text(DIRTY, encoding="utf-8")
    (source / ".hidden.txt").write_text(DIRTY, encoding="utf-8")
    return source


def test_file_to_output_file(tmp_path: Path) -> None:
    source, target = tmp_path / "a.txt", tmp_path / "out.txt"
    source.write_text(DIRTY, encoding="utf-8")
    result = run(str(source), "-o", str(target))
    assert result.exit_code == 0
    assert target.read_text(encoding="utf-8") == CLEAN
    assert source.read_text(encoding="utf-8") == DIRTY
    assert result.stdout == ""


def test_folder_to_mirror(tree: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run(str(tree), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    written = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    assert written == ["a.txt", "clean.txt", os.path.join("sub", "deeper", "b.txt")]
    assert (out / "sub" / "deeper" / "b.txt").read_text(encoding="utf-8") == CLEAN
    assert "2 files cleaned, 1 unchanged" in result.stderr
    assert result.stdout == ""


def test_glob_and_exclude(tree: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run(str(tree), "-o", str(out), "--glob", "*.md", "--glob", "*.txt", "--exclude", "sub")
    assert sorted(p.name for p in out.rglob("*") if p.is_file()) == [
        "a.txt",
        "clean.txt",
        "notes.md",
    ]


def test_folder_without_output_is_a_usage_error(tree: Path) -> None:
    result = run(str(tree))
    assert result.exit_code == 2
    assert "needs -o DIR" in result.stderr
    assert result.stdout == ""


def test_several_files_without_output_is_a_usage_error(tree: Path) -> None:
    assert run(str(tree / "a.txt"), str(tree / "clean.txt")).exit_code == 2


def test_output_equal_to_input_is_refused(tree: Path) -> None:
    result = run(str(tree / "a.txt"), "-o", str(tree / "a.txt"))
    assert result.exit_code == 2
    assert "refusing to write over the input" in result.stderr
    assert (tree / "a.txt").read_text(encoding="utf-8") == DIRTY


def test_output_folder_inside_input_folder_is_refused(tree: Path) -> None:
    result = run(str(tree), "-o", str(tree / "cleaned"))
    assert result.exit_code == 2
    assert "inside the input folder" in result.stderr
    assert not (tree / "cleaned").exists()


def test_in_place(tree: Path) -> None:
    os.chmod(tree / "a.txt", 0o640)
    before = (tree / "clean.txt").stat().st_mtime_ns
    result = run("--in-place", str(tree))
    assert result.exit_code == 0
    assert (tree / "a.txt").read_text(encoding="utf-8") == CLEAN
    assert (tree / "a.txt").stat().st_mode & 0o777 == 0o640
    assert (tree / "clean.txt").stat().st_mtime_ns == before, "an unchanged file is not rewritten"
    assert not list(tree.rglob("*.orig")) and not list(tree.rglob(".ocrclean-*"))


def test_in_place_with_backup(tree: Path) -> None:
    result = run("-i", "--backup", ".orig", str(tree / "a.txt"))
    assert result.exit_code == 0
    assert (tree / "a.txt").read_text(encoding="utf-8") == CLEAN
    assert (tree / "a.txt.orig").read_text(encoding="utf-8") == DIRTY


def test_check_and_diff(tree: Path) -> None:
    result = run("--check", str(tree))
    assert result.exit_code == 1
    assert "2 files would be cleaned, 1 unchanged" in result.stderr
    assert run("--check", str(tree / "clean.txt")).exit_code == 0
    diff = run("--diff", str(tree / "a.txt"))
    assert diff.exit_code == 0
    assert diff.stdout.startswith(f"--- {tree / 'a.txt'}\n+++ {tree / 'a.txt'} (cleaned)\n")
    assert "\n-Russian coop- eration in the fight\n" in diff.stdout
    assert "\n+Russian cooperation in the fight\n" in diff.stdout
    assert run("--check", "--diff", str(tree / "a.txt")).exit_code == 1
    assert (tree / "a.txt").read_text(encoding="utf-8") == DIRTY, "--check and --diff write nothing"


def test_bad_files_fail_alone(tree: Path, tmp_path: Path) -> None:
    (tree / "latin1.txt").write_bytes("caf\xe9 ol\xe9\n".encode("latin-1"))
    (tree / "binary.txt").write_bytes(bytes(range(256)) * 64)
    out = tmp_path / "out"
    result = run(str(tree), "-o", str(out))
    assert result.exit_code == 123
    assert f"error: {tree / 'latin1.txt'} is not utf-8" in result.stderr
    assert "try --encoding cp1252" in result.stderr
    assert f"error: {tree / 'binary.txt'} is a binary file" in result.stderr
    assert (out / "a.txt").read_text(encoding="utf-8") == CLEAN
    assert not (out / "latin1.txt").exists() and not (out / "binary.txt").exists()
    assert not list(out.rglob(".ocrclean-*")), "no partial output left behind"
    assert "2 files cleaned, 1 unchanged, 2 failed" in result.stderr


def test_crlf_is_preserved(tmp_path: Path) -> None:
    source = tmp_path / "dos.txt"
    source.write_bytes(DIRTY.replace("\n", "\r\n").encode())
    assert run(str(source)).stdout_bytes == CLEAN.replace("\n", "\r\n").encode()
    assert run("--check", str(tmp_path / "dos.txt")).exit_code == 1
    source.write_bytes(CLEAN.replace("\n", "\r\n").encode())
    assert run("--check", str(source)).exit_code == 0, "a clean CRLF file is unchanged"


def test_jobs_give_identical_results(tmp_path: Path) -> None:
    source = tmp_path / "in"
    source.mkdir()
    texts = [
        SEED.read_text(encoding="utf-8"),
        DIRTY,
        CLEAN,
        *(p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures").glob("*.txt"))),
    ]
    for i in range(40):
        (source / f"{i:03d}.txt").write_text(texts[i % len(texts)], encoding="utf-8")
    (source / "bad.txt").write_bytes(b"\xff\xfe\x00bad")
    results = {}
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}"
        done = subprocess.run(
            [sys.executable, "-m", "ocrclean", "-v", "-j", jobs, str(source), "-o", str(out)],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            check=False,
        )
        assert done.returncode == 123
        results[jobs] = (done.stderr, {p.name: p.read_bytes() for p in out.iterdir()})
    assert results["1"] == results["2"]


def test_stdin_streams_before_input_ends() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "ocrclean"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    paragraph = b"The council met on Tuesday. It voted to build new homes near the river.\n\n"
    writer = threading.Thread(
        target=lambda: (process.stdin.write(paragraph * 8000), process.stdin.flush())
    )
    writer.start()  # more than one block, and stdin stays open
    first = process.stdout.read(64)
    assert first.startswith(b"The council met on Tuesday.")
    assert process.poll() is None, "output arrived while the input was still open"
    rest = []
    reader = threading.Thread(target=lambda: rest.append(process.stdout.read()))
    reader.start()  # keep draining, or the child blocks on a full pipe
    writer.join()
    process.stdin.close()
    reader.join(timeout=60)
    rest = rest[0]
    assert process.wait(timeout=60) == 0
    assert (first + rest).count(b"The council met") == 8000


def test_sigkill_during_in_place_leaves_every_file_whole(tmp_path: Path) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    original = SEED.read_text(encoding="utf-8") * 40  # about 200 kB a file
    cleaned = clean(original)
    for i in range(60):
        (folder / f"{i:03d}.txt").write_text(original, encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "ocrclean", "-i", str(folder)],
        stdin=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        done = sum(
            (folder / f"{i:03d}.txt").read_text(encoding="utf-8") == cleaned for i in range(60)
        )
        if done >= 3:
            break
        time.sleep(0.01)
    process.send_signal(signal.SIGKILL)
    process.wait()
    states = [(folder / f"{i:03d}.txt").read_text(encoding="utf-8") for i in range(60)]
    assert all(state in (original, cleaned) for state in states)
    assert 3 <= states.count(cleaned) < 60, "the kill came in the middle of the batch"


def test_symlink_loop_and_hidden_files(tree: Path, tmp_path: Path) -> None:
    (tree / "sub" / "loop").symlink_to(tree, target_is_directory=True)
    out = tmp_path / "out"
    result = run(str(tree), "-o", str(out))
    assert result.exit_code == 0
    assert not (out / ".hidden.txt").exists()
    assert (out / "a.txt").exists()


def test_quiet_and_verbose(tree: Path, tmp_path: Path) -> None:
    assert run("-q", "--check", str(tree)).stderr == ""
    verbose = run("-v", "--check", str(tree)).stderr
    assert (
        f"would clean {tree / 'a.txt'}" in verbose and f"unchanged {tree / 'clean.txt'}" in verbose
    )


def test_stdin_to_output_file(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    assert run("-", "-o", str(target), stdin=DIRTY.encode()).exit_code == 0
    assert target.read_text(encoding="utf-8") == CLEAN


def test_usage_errors() -> None:
    assert run("-i", "-").exit_code == 2
    assert run("--backup", ".orig", str(SEED)).exit_code == 2
    assert run("--encoding", "klingon", str(SEED)).exit_code == 2
    assert run("-j", "0", str(SEED)).exit_code == 2


def test_awkward_entries_in_a_tree(tree: Path, tmp_path: Path) -> None:
    (tree / "empty.txt").write_bytes(b"")
    (tree / "vanished.txt").symlink_to(tree / "no-such-file.txt")
    os.mkfifo(tree / "pipe.txt")  # reading it would block forever: it is not a regular file
    out = tmp_path / "out"
    result = run(str(tree), "-o", str(out))
    assert result.exit_code == 123
    assert f"error: {tree / 'vanished.txt'}: No such file or directory" in result.stderr
    assert (out / "empty.txt").read_bytes() == b""
    assert not (out / "pipe.txt").exists()
    assert "2 files cleaned, 2 unchanged, 1 failed" in result.stderr


def test_disk_full_leaves_no_partial_output(
    tree: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    from ocrclean import files

    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        if "deeper" in os.readlink(f"/proc/self/fd/{fd}"):
            raise OSError(errno.ENOSPC, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(files.os, "fsync", fsync)
    out = tmp_path / "out"
    result = run(str(tree), "-o", str(out))
    assert result.exit_code == 123
    assert f"error: {tree / 'sub' / 'deeper' / 'b.txt'}: No space left on device" in result.stderr
    assert (out / "a.txt").read_text(encoding="utf-8") == CLEAN
    assert list((out / "sub" / "deeper").iterdir()) == [], "no partial output file"


def test_two_in_place_runs_at_once(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    original = SEED.read_text(encoding="utf-8") * 20
    for i in range(80):
        (folder / f"{i:03d}.txt").write_text(original, encoding="utf-8")
    command = [sys.executable, "-m", "ocrclean", "-q", "-i", "--backup", ".orig", str(folder)]
    runs = [
        subprocess.Popen(command, stdin=subprocess.DEVNULL, stderr=subprocess.PIPE)
        for _ in range(2)
    ]
    errors = [run.communicate(timeout=300)[1] for run in runs]
    assert [run.returncode for run in runs] == [0, 0], errors
    cleaned = clean(original)
    for i in range(80):
        assert (folder / f"{i:03d}.txt").read_text(encoding="utf-8") == cleaned
        assert (folder / f"{i:03d}.txt.orig").read_text(encoding="utf-8") == original


def test_unreadable_and_utf16_files(
    tree: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import builtins
    import errno

    from ocrclean import batch

    (tree / "utf16.txt").write_bytes("Putin said\n".encode("utf-16"))
    (tree / "locked.txt").write_text(DIRTY, encoding="utf-8")

    def guarded_open(path, *args, **kwargs):  # root reads through chmod 000, so simulate it
        if str(path).endswith("locked.txt"):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return builtins.open(path, *args, **kwargs)

    monkeypatch.setattr(batch, "open", guarded_open, raising=False)
    out = tmp_path / "out"
    result = run(str(tree), "-o", str(out))
    assert result.exit_code == 123
    assert f"error: {tree / 'locked.txt'}: Permission denied" in result.stderr
    assert (
        f"error: {tree / 'utf16.txt'} looks like UTF-16 text: try --encoding utf-16"
        in result.stderr
    )
    assert (out / "a.txt").read_text(encoding="utf-8") == CLEAN
    assert run("--encoding", "utf-16", str(tree / "utf16.txt")).stdout == "Putin said\n"
    (tree / "no_bom.txt").write_bytes("Putin said\n".encode("utf-16-le"))
    result = run("--encoding", "utf-16", str(tree / "no_bom.txt"))
    assert result.exit_code == 123
    assert "has no utf-16 byte-order mark: try --encoding utf-16-le or utf-16-be" in result.stderr
    assert run("--encoding", "utf-16-le", str(tree / "no_bom.txt")).stdout == "Putin said\n"
