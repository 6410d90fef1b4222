"""mirrordiff-export, in process: main(argv) -> exit status, with stdout and stderr."""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import compare
import ui.cli as cli
from ui.cli import main

PREFIX = "mirrordiff-export: "


def run(capsys, *argv: str | os.PathLike[str]) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def assert_trouble(code: int, err: str, *words: str) -> None:
    """Exit 2 with exactly one readable line on stderr that says why."""
    assert code == 2
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(PREFIX), err
    for word in words:
        assert word in lines[0], (word, err)


# --- results -------------------------------------------------------------------


def test_one_copy_text_report_to_stdout_exit_1(capsys, files):
    code, out, err = run(capsys, files["original"], files["copy"])
    assert code == 1
    assert err == ""
    assert out.startswith(f"mirrordiff {compare.__version__} comparison report\n")
    assert "Verdict: The copy differs: " in out
    assert "hypersonic" in out and "supersonic" in out


def test_identical_copy_exit_0(capsys, files):
    code, out, err = run(capsys, files["original"], files["same"])
    assert (code, err) == (0, "")
    assert "Verdict: No differences" in out


@pytest.mark.parametrize("fmt", ["text", "json", "html", "markdown", "unified"])
def test_every_format_to_stdout(capsys, files, fmt):
    code, out, err = run(capsys, files["original"], files["copy"], "--format", fmt)
    assert (code, err) == (1, "")
    assert out
    if fmt == "json":
        report = json.loads(out)
        assert report["schema"] == "mirrordiff/1"
    if fmt == "html":
        assert out.startswith("<!DOCTYPE html>")
    if fmt == "unified":
        assert out.startswith("--- original.txt\n+++ copy.txt\n")


def test_json_report_validates_and_uses_the_labels(capsys, files):
    from jsonschema import Draft202012Validator

    code, out, _ = run(
        capsys, files["original"], files["copy"], "--format", "json",
        "--label-original", "AP wire", "--label-copy", "Mirror",
    )  # fmt: skip
    assert code == 1
    report = json.loads(out)
    schema = json.loads(compare.resource_path("schema", "mirrordiff-1.schema.json").read_text())
    Draft202012Validator(schema).validate(report)
    assert report["original"]["label"] == "AP wire"
    assert report["copy"]["label"] == "Mirror"
    assert report["original"]["path"] == str(files["original"])


def test_output_file_is_written_and_stdout_stays_empty(capsys, files, tmp_path):
    target = tmp_path / "report.html"
    code, out, err = run(capsys, files["original"], files["copy"], "--format", "html", "-o", target)
    assert (code, out, err) == (1, "", "")
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "The copy differs" in page
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["original.txt", "copy.txt", "same.txt", "report.html"]
    )  # no temporary file left behind


def test_dash_output_is_stdout(capsys, files):
    code, out, _ = run(capsys, files["original"], files["copy"], "-o", "-", "--format", "markdown")
    assert code == 1 and out.startswith("# mirrordiff report")


def test_existing_report_is_replaced(capsys, files, tmp_path):
    target = tmp_path / "report.txt"
    target.write_text("old report")
    code, _, _ = run(capsys, files["original"], files["same"], "-o", target)
    assert code == 0
    assert "No differences" in target.read_text(encoding="utf-8")


# --- ignore / fail-on ----------------------------------------------------------


def _categories(capsys, files) -> set[str]:
    _, out, _ = run(capsys, files["original"], files["copy"], "--format", "json")
    return {change["category"] for change in json.loads(out)["changes"]}


def test_ignoring_every_category_present_gives_exit_0(capsys, files):
    present = _categories(capsys, files)
    code, out, err = run(capsys, files["original"], files["copy"], "--ignore", ",".join(present))
    assert (code, err) == (0, "")
    assert "Verdict: No counted differences" in out


def test_ignore_may_be_repeated(capsys, files):
    present = sorted(_categories(capsys, files))
    argv = [files["original"], files["copy"]]
    for category in present:
        argv += ["--ignore", category]
    assert run(capsys, *argv)[0] == 0


def test_fail_on_only_counts_the_named_categories(capsys, files):
    present = _categories(capsys, files)
    absent = [
        c for c in ("boilerplate", "corruption", "typography", "edit", "moved") if c not in present
    ]
    assert absent, present
    assert run(capsys, files["original"], files["copy"], "--fail-on", absent[0])[0] == 0
    assert run(capsys, files["original"], files["copy"], "--fail-on", sorted(present)[0])[0] == 1
    assert run(capsys, files["original"], files["copy"], "--fail-on", "any")[0] == 1
    # an ignored category never fails the run, even when named in --fail-on (naming
    # only ignored ones is a usage error: see the test below)
    some = sorted(present)[0]
    others = ",".join(sorted(present - {some}))
    argv = [files["original"], files["copy"], "--fail-on", f"{some},{absent[0]}", "--ignore", some]
    assert run(capsys, *argv)[0] == 0
    if others:
        assert (
            run(capsys, files["original"], files["copy"], "--ignore", others, "--fail-on", some)[0]
            == 1
        )


@pytest.mark.parametrize("option", ["--ignore", "--fail-on"])
def test_unknown_category_is_a_usage_error(capsys, files, option):
    code, out, err = run(capsys, files["original"], files["copy"], option, "edit,style")
    assert out == ""
    assert_trouble(code, err, option, "'style'", "boilerplate")


# --- trouble -------------------------------------------------------------------


def test_missing_input(capsys, files, tmp_path):
    code, out, err = run(capsys, files["original"], tmp_path / "nope.txt")
    assert out == ""
    assert_trouble(code, err, "nope.txt")


def test_missing_original(capsys, files, tmp_path):
    code, _, err = run(capsys, tmp_path / "gone.txt", files["copy"])
    assert_trouble(code, err, "gone.txt")


def test_directory_input(capsys, files, tmp_path):
    folder = tmp_path / "folder"
    folder.mkdir()
    code, _, err = run(capsys, files["original"], folder)
    assert_trouble(code, err, "folder", "directory")


def test_load_errors_are_printed_as_one_line(capsys, files, monkeypatch):
    def refuse(path, **kwargs):
        raise compare.InputBinary(f"{path}: looks like a binary file, not text")

    monkeypatch.setattr(compare, "load_path", refuse)
    code, _, err = run(capsys, files["original"], files["copy"])
    assert_trouble(code, err, "binary")


def test_binary_input(capsys, files, tmp_path):
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    code, out, err = run(capsys, files["original"], binary)
    assert out == ""
    assert_trouble(code, err, "image.png", "binary")


def test_too_large_input_with_max_size(capsys, files):
    code, out, err = run(capsys, files["original"], files["copy"], "--max-size", "100")
    assert out == ""
    assert_trouble(code, err, "100", "--max-size raises it")
    assert run(capsys, files["original"], files["copy"], "--max-size", "1k")[0] == 1


def test_fail_on_only_ignored_categories_is_a_usage_error(capsys, files):
    code, out, err = run(capsys, files["original"], files["copy"], "--ignore", "edit",
                         "--fail-on", "edit")
    assert out == ""
    assert_trouble(code, err, "--fail-on", "--ignore")


@pytest.mark.parametrize(("content", "what"), [(b"", "empty (0 bytes)"), (b" \n\n", "blank (white space only)")])
def test_an_empty_copy_is_compared_and_said_to_be_empty(capsys, files, tmp_path, content, what):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(content)
    code, out, err = run(capsys, files["original"], empty)
    assert code == 1 and out  # a valid, empty document: everything is missing from it
    assert err.splitlines() == [f"{PREFIX}note: empty.txt is {what}: every difference is text it lacks"]


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("100", 100),
        ("1k", 1024),
        ("20M", 20 * 1024**2),
        ("20MiB", 20 * 1024**2),
        ("1.5G", 3 * 1024**3 // 2),
        ("2kb", 2048),
    ],
)
def test_size_suffixes(text, size):
    assert cli.parse_size(text) == size


@pytest.mark.parametrize("bad", ["", "big", "-5", "0", "10X"])
def test_bad_max_size_is_a_usage_error(capsys, files, bad):
    code, _, err = run(capsys, files["original"], files["copy"], "--max-size", bad)
    assert_trouble(code, err, "--max-size")


def test_unknown_encoding(capsys, files):
    code, out, err = run(capsys, files["original"], files["copy"], "--encoding-copy", "klingon-8")
    assert out == ""
    assert_trouble(code, err, "--encoding-copy", "klingon-8")
    code, _, err = run(capsys, files["original"], files["copy"], "--encoding-original", "nope")
    assert_trouble(code, err, "--encoding-original")


def test_encoding_override_re_decodes(capsys, files, tmp_path):
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Caf\u00e9 cr\u00e8me.\n".encode("latin-1"))
    code, out, _ = run(
        capsys,
        latin,
        latin,
        "--encoding-original",
        "latin-1",
        "--encoding-copy",
        "latin-1",
        "--format",
        "json",
    )
    assert code == 0
    report = json.loads(out)
    assert report["original"]["text"] == "Café crème.\n"
    assert report["copy"]["encoding_method"] == "override"


def test_bad_format(capsys, files):
    code, out, err = run(capsys, files["original"], files["copy"], "--format", "docx")
    assert out == ""
    assert_trouble(code, err, "docx", "--help")


def test_missing_copy_argument(capsys, files):
    code, _, err = run(capsys, files["original"])
    assert_trouble(code, err, "COPY")


def test_output_over_an_input_is_refused(capsys, files):
    before = files["copy"].read_bytes()
    code, out, err = run(capsys, files["original"], files["copy"], "-o", files["copy"])
    assert out == ""
    assert_trouble(code, err, "input")
    assert files["copy"].read_bytes() == before


def test_output_over_an_input_through_a_symlink_is_refused(capsys, files, tmp_path):
    link = tmp_path / "link.txt"
    link.symlink_to(files["original"])
    before = files["original"].read_bytes()
    code, _, err = run(capsys, files["original"], files["copy"], "-o", link)
    assert_trouble(code, err, "input")
    assert files["original"].read_bytes() == before


def test_output_into_a_missing_folder_or_onto_a_folder(capsys, files, tmp_path):
    code, _, err = run(capsys, files["original"], files["copy"], "-o", tmp_path / "no" / "r.txt")
    assert_trouble(code, err, "no such folder")
    code, _, err = run(capsys, files["original"], files["copy"], "-o", tmp_path)
    assert_trouble(code, err, "folder")


class _ClosedPipe:
    """stdout whose reader has gone away."""

    def write(self, data):
        raise BrokenPipeError(32, "Broken pipe")

    def flush(self):
        raise BrokenPipeError(32, "Broken pipe")

    @property
    def buffer(self):
        return self

    def isatty(self):
        return False

    def fileno(self):
        raise OSError("no file descriptor")


def test_broken_pipe(capsys, files, monkeypatch):
    monkeypatch.setattr(sys, "stdout", _ClosedPipe())
    code = main([str(files["original"]), str(files["copy"])])
    err = capsys.readouterr().err
    assert_trouble(code, err, "broken pipe")


def test_broken_pipe_in_a_real_pipeline(files):
    """`mirrordiff-export ... | head -c 10`: exit 2, one line, no traceback."""
    script = (
        "import sys; from ui.cli import main; "
        f"sys.exit(main([{str(files['original'])!r}, {str(files['copy'])!r}, '--format', 'json']))"
    )
    reader, writer = os.pipe()
    os.close(reader)  # nobody will read
    done = subprocess.run(
        [sys.executable, "-c", script], stdout=writer, stderr=subprocess.PIPE,
        cwd=Path(__file__).resolve().parents[2], check=False,
    )  # fmt: skip
    os.close(writer)
    assert done.returncode == 2
    err = done.stderr.decode()
    assert err.splitlines() == [f"{PREFIX}output closed early (broken pipe)"], err


def test_ctrl_c(capsys, files, monkeypatch):
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(compare, "compare", interrupted)
    code, _, err = run(capsys, files["original"], files["copy"])
    assert_trouble(code, err, "interrupted")


def test_ctrl_c_while_writing_leaves_no_partial_file(capsys, files, tmp_path, monkeypatch):
    target = tmp_path / "out" / "report.html"
    target.parent.mkdir()

    def interrupted(src, dst):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    code, _, err = run(capsys, files["original"], files["copy"], "--format", "html", "-o", target)
    assert_trouble(code, err, "interrupted")
    assert list(target.parent.iterdir()) == []


def test_an_engine_bug_is_trouble_not_a_difference(capsys, files, monkeypatch):
    def broken(*args, **kwargs):
        raise ValueError("boom")

    monkeypatch.setattr(compare, "compare", broken)
    code, _, err = run(capsys, files["original"], files["copy"])
    assert_trouble(code, err, "internal error", "boom")


def test_pdf_is_not_written_to_a_terminal(capsys, files, monkeypatch):
    monkeypatch.setattr(cli, "_stdout_is_terminal", lambda: True)
    code, out, err = run(capsys, files["original"], files["copy"], "--format", "pdf")
    assert out == ""
    assert_trouble(code, err, "terminal")


# --- several copies --------------------------------------------------------------


def test_out_dir_with_three_copies(capsys, files, tmp_path):
    third = tmp_path / "elsewhere" / "copy.txt"  # same name as another copy
    third.parent.mkdir()
    third.write_text("Something else entirely.\n", encoding="utf-8")
    out_dir = tmp_path / "reports"
    code, out, err = run(
        capsys, files["original"], files["copy"], files["same"], third,
        "--format", "html", "--out-dir", out_dir,
    )  # fmt: skip
    assert (code, out, err) == (1, "", "")
    names = sorted(p.name for p in out_dir.iterdir())
    assert names == ["copy-2.html", "copy.html", "same.html", "summary.csv", "summary.html"]
    assert "No differences" in (out_dir / "same.html").read_text(encoding="utf-8")
    table = list(csv.DictReader((out_dir / "summary.csv").open(encoding="utf-8")))
    assert [row["report"] for row in table] == ["copy-2.html", "copy.html", "same.html"]
    assert table[-1]["similarity"] == "1.0000" and table[-1]["counted"] == "0"
    summary = (out_dir / "summary.html").read_text(encoding="utf-8")
    assert 'href="copy-2.html"' in summary and 'href="same.html"' in summary


def test_out_dir_reports_never_overwrite_an_input(capsys, files, tmp_path):
    # the copy lives in the out dir, and its report would be named like it
    code, _, _ = run(capsys, files["original"], files["copy"], files["same"], "--out-dir", tmp_path)
    assert code == 1
    assert files["copy"].read_text(encoding="utf-8").startswith("MOSCOW (AP) –")
    assert (tmp_path / "copy-2.txt").read_text(encoding="utf-8").startswith("mirrordiff")
    assert (tmp_path / "same-2.txt").exists()


def test_out_dir_summary_over_an_input_is_refused(capsys, files, tmp_path):
    summary = tmp_path / "summary.csv"
    summary.write_text("mine")
    code, _, err = run(capsys, files["original"], summary, "--out-dir", tmp_path)
    assert_trouble(code, err, "summary.csv", "input")
    assert summary.read_text() == "mine"


def test_out_dir_that_is_a_file(capsys, files):
    code, _, err = run(capsys, files["original"], files["copy"], "--out-dir", files["same"])
    assert_trouble(code, err, "not a folder")


def test_one_bad_copy_among_several(capsys, files, tmp_path):
    out_dir = tmp_path / "reports"
    code, _, err = run(
        capsys, files["original"], files["copy"], tmp_path / "gone.txt", "--out-dir", out_dir
    )
    assert_trouble(code, err, "gone.txt")
    assert (out_dir / "copy.txt").exists()
    table = list(csv.DictReader((out_dir / "summary.csv").open(encoding="utf-8")))
    assert table[-1]["copy"] == "gone.txt" and "no such file" in table[-1]["error"]


def test_several_copies_stream_text_to_stdout(capsys, files):
    code, out, err = run(capsys, files["original"], files["copy"], files["same"])
    assert (code, err) == (1, "")
    assert out.count("comparison report\n") == 2
    assert out.index("Copy:     copy.txt") < out.index("Copy:     same.txt")


@pytest.mark.parametrize("fmt", ["json", "html", "pdf"])
def test_several_copies_need_out_dir_for_whole_documents(capsys, files, fmt):
    code, out, err = run(capsys, files["original"], files["copy"], files["same"], "--format", fmt)
    assert out == ""
    assert_trouble(code, err, "--out-dir")


def test_label_copy_needs_one_copy(capsys, files):
    code, _, err = run(capsys, files["original"], files["copy"], files["same"], "--label-copy", "x")
    assert_trouble(code, err, "--label-copy")


def test_progress_bar_on_a_terminal(capsys, files, tmp_path, monkeypatch):
    monkeypatch.setattr(cli, "_stderr_is_terminal", lambda: True)
    code = main(
        [
            str(files["original"]),
            str(files["copy"]),
            str(files["same"]),
            "--out-dir",
            str(tmp_path / "r"),
        ]
    )
    err = capsys.readouterr().err
    assert code == 1
    assert "/2 [" in err and "copy" in err  # tqdm drew the bar (and cleared it)


def test_o_and_out_dir_exclude_each_other(capsys, files, tmp_path):
    code, _, err = run(
        capsys, files["original"], files["copy"], "-o", tmp_path / "a", "--out-dir", tmp_path
    )
    assert_trouble(code, err, "not allowed")


# --- help, version, hostile names ------------------------------------------------


def test_version(capsys):
    code, out, _ = run(capsys, "--version")
    assert code == 0 and out.strip() == f"mirrordiff-export {compare.__version__}"


def test_help_explains_formats_exit_status_and_examples(capsys):
    code, out, _ = run(capsys, "--help")
    assert code == 0
    for words in ("--format", "html, json, markdown, text, unified, pdf", "(default: text)",
                  "--out-dir", "--fail-on", "exit status", "examples:", "summary.csv",
                  "k, M, G suffixes", "never over an input file"):  # fmt: skip
        assert words in " ".join(out.split()), words


def test_hostile_file_names_and_contents_are_escaped(capsys, tmp_path):
    original = tmp_path / "a<b&c.txt"
    copy = tmp_path / "<script>alert(1)<\\script>.txt"
    original.write_text("Hello <b>world</b> & friends.\n", encoding="utf-8")
    copy.write_text('Hello "><img src=x onerror=alert(2)> & friends.\n', encoding="utf-8")
    for fmt in ("html", "markdown"):
        code, out, _ = run(capsys, original, copy, "--format", fmt)
        assert code == 1
        assert "<script" not in out and "<img" not in out and "<b>" not in out
        assert "a&lt;b&amp;c.txt" in out


def test_html_export_never_imports_qt(files):
    script = (
        "import sys; from ui.cli import main; "
        f"code = main([{str(files['original'])!r}, {str(files['copy'])!r}, '--format', 'html', "
        f"'-o', {str(files['original'].with_name('r.html'))!r}]); "
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'jsonschema', 'tqdm'))]; "
        "print(code, bad)"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True,
        cwd=Path(__file__).resolve().parents[2],
    )  # fmt: skip
    assert done.stdout.strip() == "1 []", done.stderr


@pytest.mark.installed
def test_installed_command(files, tmp_path):
    command = shutil.which("mirrordiff-export", path=str(Path(sys.executable).parent))
    if command is None:
        pytest.skip("mirrordiff-export is not installed next to this Python")
    target = tmp_path / "report.json"
    done = subprocess.run(
        [command, str(files["original"]), str(files["copy"]), "--format", "json", "-o", str(target)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert (done.returncode, done.stdout, done.stderr) == (1, "", "")
    assert json.loads(target.read_text(encoding="utf-8"))["schema"] == "mirrordiff/1"
    done = subprocess.run(
        [command, str(files["original"])], capture_output=True, text=True, check=False
    )
    assert done.returncode == 2 and done.stderr.startswith(PREFIX)


def test_unwritable_output_names_the_report(capsys, files, tmp_path, monkeypatch):
    import tempfile

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied", str(tmp_path / ".report.txt.x.part"))

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    target = tmp_path / "report.txt"
    code, _, err = run(capsys, files["original"], files["copy"], "-o", target)
    assert_trouble(code, err, str(target), "Permission denied")
    assert ".part" not in err


def test_pdf_without_qt_is_trouble(capsys, files, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "ui.pdf", None)  # import fails as if PySide6 were missing
    code, _, err = run(
        capsys, files["original"], files["copy"], "--format", "pdf", "-o", tmp_path / "r.pdf"
    )
    assert_trouble(code, err, "PDF needs PySide6")
    assert not (tmp_path / "r.pdf").exists()


def test_out_dir_ranks_copies_by_content_not_by_the_chrome_they_added(capsys, tmp_path):
    article = (
        "Four astronauts are on their way to the International Space Station after a "
        "successful launch of SpaceX rocket Crew Dragon.\n\n"
        "They are due to arrive at the International Space Station late Monday, joining two "
        "Russians and one American who flew there last month from Kazakhstan.\n"
    )
    original = tmp_path / "original.txt"
    original.write_text(article, encoding="utf-8")
    wrapped = tmp_path / "wrapped.txt"  # the article verbatim in a scraper's chrome
    wrapped.write_text(
        "Skip to content\nSearch\n\nLatest Stories\n\n" + article
        + "\nLEAVE A REPLY\n\nPlease enter your comment!\nPlease enter your name here\n",
        encoding="utf-8",
    )
    edited = tmp_path / "edited.txt"  # no chrome, one real edit
    edited.write_text(article.replace("late Monday", "early Tuesday"), encoding="utf-8")
    out_dir = tmp_path / "reports"
    code, _, _ = run(capsys, original, wrapped, edited, "--format", "json", "--out-dir", out_dir)
    assert code == 1
    table = list(csv.DictReader((out_dir / "summary.csv").open(encoding="utf-8")))
    assert [row["copy"] for row in table] == ["edited.txt", "wrapped.txt"]  # most different first
    by_copy = {row["copy"]: row for row in table}
    assert float(by_copy["wrapped.txt"]["similarity"]) == 1.0
    assert float(by_copy["wrapped.txt"]["chrome"]) > 0.1
    assert float(by_copy["edited.txt"]["chrome"]) == 0.0
