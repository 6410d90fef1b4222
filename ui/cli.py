"""``mirrordiff-export``: compare copies of an article with the original, headless.

It lives in ``ui`` only so that PDF (which needs Qt) can be offered; it imports
PySide6 only for ``--format pdf``. Exit status: 0 no counted differences, 1
differences, 2 trouble (with one line on stderr starting ``mirrordiff-export:``).
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import os
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from glob import escape as glob_escape
from pathlib import Path
from typing import NoReturn

import compare
from compare.model import CATEGORY_ORDER, Category, Comparison, Document, Options
from compare.report import ReportOptions
from compare.report.files import same_file, write_atomic
from compare.report.summary import SummaryRow, render_summary_csv, render_summary_html

from .formats import get_format, report_formats

PROG = "mirrordiff-export"

#: formats whose reports of several copies read well one after the other on stdout
STREAMABLE_FORMATS = ("text", "markdown", "unified")

#: file names of the multi-copy summary inside --out-dir
SUMMARY_HTML = "summary.html"
SUMMARY_CSV = "summary.csv"

#: --max-size suffixes (binary multiples)
SIZE_UNITS = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3}
SIZE_PATTERN = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b)?\s*$", re.IGNORECASE)

EXIT_SAME, EXIT_DIFFERENT, EXIT_TROUBLE = 0, 1, 2

EPILOG = f"""\
input:
  ORIGINAL and COPY are regular files (text or HTML); - reads one of them from
  standard input. Named pipes, devices and folders are refused.

output:
  With one COPY the report goes to standard output unless -o PATH is given
  (-o - is standard output too). With several copies, give --out-dir DIR: one
  report per copy, named after the copy (copy.html, ...; "-2" is added when a
  name is taken), plus {SUMMARY_HTML} and {SUMMARY_CSV} ranking the copies, most
  different first; a copy that cannot be compared is listed there with its
  reason, the others are still done, and the exit status is 2. Without
  --out-dir, several copies are accepted only for the text, markdown and
  unified formats, whose reports are written one after the other (to standard
  output or to -o PATH). Reports are written atomically, only once ready (a
  failed run leaves -o PATH as it was) and never over an input file; a
  symbolic link's target is replaced (the link stays), a device or named
  pipe is written to in place. PDF is not written to a terminal. Ctrl-C
  stops every copy at once and leaves no half-written report.

exit status:
  0  no counted differences
  1  counted differences (see --ignore and --fail-on)
  2  trouble: bad usage, missing/unreadable/binary/too large input, unknown
     encoding, interrupted, broken pipe, closed standard output; one line on
     standard error says why

examples:
  {PROG} original.txt copy.html
  {PROG} original.txt copy.html --format html -o report.html
  {PROG} original.txt copy.txt --format json -o - | jq .summary
  {PROG} original.txt mirror1.html mirror2.txt mirror3.txt --format html --out-dir reports/
  {PROG} original.txt copy.txt --ignore typography --fail-on edit,corruption
  {PROG} original.txt copy.txt --encoding-copy windows-1251 --max-size 200M
"""


class UsageError(Exception):
    """Bad command line: reported as one line, exit status 2."""


class Trouble(Exception):
    """Anything else that stops the run: one line on stderr, exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def parse_size(value: str) -> int:
    """``20M`` -> 20971520; plain bytes, or k/M/G (binary multiples, optional B/iB)."""
    match = SIZE_PATTERN.match(value)
    if not match:
        raise argparse.ArgumentTypeError(
            f"invalid size {value!r} (use bytes or a k, M or G suffix, e.g. 20M)"
        )
    number, unit = match.groups()
    size = int(float(number) * SIZE_UNITS[unit.lower()])
    if size <= 0:
        raise argparse.ArgumentTypeError(f"invalid size {value!r} (must be more than 0)")
    return size


def _categories(value: str, *, allow_any: bool) -> frozenset[Category]:
    names = [name.strip().lower() for name in value.split(",") if name.strip()]
    if not names:
        raise argparse.ArgumentTypeError("expected at least one category")
    if allow_any and names == ["any"]:
        return frozenset(CATEGORY_ORDER)
    known = ", ".join(c.value for c in CATEGORY_ORDER) + (" or any" if allow_any else "")
    result = set()
    for name in names:
        try:
            result.add(Category(name))
        except ValueError:
            raise argparse.ArgumentTypeError(
                f"unknown category {name!r} (choose from {known})"
            ) from None
    return frozenset(result)


def _ignore_type(value: str) -> frozenset[Category]:
    return _categories(value, allow_any=False)


def _fail_on_type(value: str) -> frozenset[Category]:
    return _categories(value, allow_any=True)


def _context_type(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid number {value!r}") from None
    if number < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return number


def build_parser() -> argparse.ArgumentParser:
    formats = [f.name for f in report_formats()]
    parser = _Parser(
        prog=PROG,
        description="Compare one or more copies of an article with the original and write a\n"
        "report that puts every difference in a category (boilerplate, corruption,\n"
        "typography, edit, moved) with a reason and evidence.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("original", metavar="ORIGINAL", help="the original article (text or HTML); - is standard input")
    parser.add_argument("copies", metavar="COPY", nargs="+", help="a copy to compare with it")
    parser.add_argument(
        "-f",
        "--format",
        choices=formats,
        default="text",
        metavar="FORMAT",
        help=f"report format: {', '.join(formats)} (default: text)",
    )
    out = parser.add_mutually_exclusive_group()
    out.add_argument(
        "-o",
        "--output",
        metavar="PATH",
        help="write the report here; - is standard output (the default for one copy)",
    )
    out.add_argument(
        "--out-dir",
        metavar="DIR",
        help=f"one report per copy in DIR (created if missing) plus {SUMMARY_HTML} and "
        f"{SUMMARY_CSV} ranking the copies",
    )
    parser.add_argument("--label-original", metavar="TEXT", help="name of the original in reports")
    parser.add_argument(
        "--label-copy", metavar="TEXT", help="name of the copy in reports (one COPY only)"
    )
    parser.add_argument(
        "--encoding-original",
        metavar="NAME",
        help="decode the original with this encoding instead of detecting it",
    )
    parser.add_argument(
        "--encoding-copy",
        metavar="NAME",
        help="decode every copy with this encoding instead of detecting it",
    )
    parser.add_argument(
        "--ignore",
        metavar="CATEGORY[,...]",
        type=_ignore_type,
        action="append",
        default=[],
        help="leave these categories out of counts, verdict, listings and the exit status "
        "(HTML shows them dimmed; JSON keeps them and lists them in summary.ignored)",
    )
    parser.add_argument(
        "--fail-on",
        metavar="CATEGORY[,...]|any",
        type=_fail_on_type,
        default=frozenset(CATEGORY_ORDER),
        help="differences in these categories make the exit status 1 (default: any)",
    )
    parser.add_argument(
        "--max-size",
        metavar="BYTES",
        type=parse_size,
        default=compare.Options().max_input_bytes,
        help="refuse inputs larger than this; accepts k, M, G suffixes "
        f"(default: {compare.Options().max_input_bytes // 1024**2}M)",
    )
    parser.add_argument(
        "--context",
        metavar="CHARS",
        type=_context_type,
        default=ReportOptions().context,
        help=f"characters of context around each change in text and markdown reports "
        f"(default: {ReportOptions().context})",
    )
    parser.add_argument(
        "--mode",
        choices=[choice.value for choice in compare.ModeChoice],
        default=compare.ModeChoice.AUTO.value,
        help="same: diff word by word; translation: align the paragraphs of a translation and "
        "pair its facts; auto: translation when the detected languages differ (default: auto)",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {compare.__version__}")
    return parser


# --- the plan ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Job:
    """Everything a worker needs to compare one copy and render its report."""

    original: Document
    copy_path: str
    copy_label: str | None
    copy_encoding: str | None
    max_bytes: int
    fmt: str
    report_options: ReportOptions
    fail_on: frozenset[Category]
    #: write the report here; None: hand the rendered report back
    target: str | None
    #: the report's name as the summary links it
    report_name: str | None = None
    #: the copy's bytes when it came on standard input (``-``), read by the parent
    copy_data: bytes | None = None
    #: --mode: same-language diff, translation alignment, or chosen by the languages
    mode: compare.ModeChoice = compare.ModeChoice.AUTO


@dataclass(frozen=True, slots=True)
class Outcome:
    #: the copy's line in the summary; None when no summary is written (no --out-dir)
    row: SummaryRow | None
    differs: bool = False
    error: str | None = None
    #: the rendered report when the job had no target
    data: bytes | None = None
    #: things worth a line on stderr that are not trouble ("… is empty")
    notes: tuple[str, ...] = ()


def _message(error: Exception) -> str:
    """The one line for a failed input, with the way out where there is one."""
    if isinstance(error, compare.InputTooLarge):
        return f"{error} (--max-size raises it)"
    return str(error)


def _empty_note(document: compare.Document) -> tuple[str, ...]:
    if document.text.strip():
        return ()
    what = "empty (0 bytes)" if document.size == 0 else "blank (white space only)"
    return (f"note: {document.label} is {what}: every difference is text it lacks",)


def _check_encoding(name: str | None, option: str) -> None:
    """The engine's table of labels decides (the names reports and the window use)."""
    if name is None:
        return
    try:
        compare.resolve_encoding(name)
    except compare.UnknownEncoding as error:
        raise UsageError(f"{option}: {error}") from None


def _render(comparison: Comparison, fmt: str, report_options: ReportOptions) -> bytes:
    found = get_format(fmt)
    try:
        return found.render(comparison, report_options)
    except ImportError as error:
        if not found.needs_qt:
            raise
        raise Trouble(f"{fmt.upper()} needs PySide6, which could not be loaded ({error})") from None


def _differs(
    comparison: Comparison, fail_on: frozenset[Category], ignore: frozenset[Category]
) -> bool:
    counted = fail_on - ignore
    # in a translation, a number, date or name that did not survive is a content edit
    lost = (compare.FactStatus.CHANGED, compare.FactStatus.MISSING)
    if (
        Category.EDIT in counted
        and comparison.mode is compare.Mode.TRANSLATION
        and any(f.status in lost for f in comparison.facts)
    ):
        return True
    return any(change.category in counted for change in comparison.changes)


def run_job(job: Job) -> Outcome:
    """Load, compare, render (and write) one copy. Runs in a worker process."""
    try:
        if job.copy_data is not None:
            copy = compare.load_bytes(
                job.copy_data, label=job.copy_label or STDIN_LABEL, encoding=job.copy_encoding
            )
        else:
            copy = compare.load_path(
                job.copy_path,
                label=job.copy_label,
                encoding=job.copy_encoding,
                max_bytes=job.max_bytes,
            )
        comparison = compare.compare(
            job.original, copy, Options(max_input_bytes=job.max_bytes, mode=job.mode)
        )
        data = _render(comparison, job.fmt, job.report_options)
        if job.target is not None:
            write_atomic(job.target, data)
            data = None
    except compare.MirrordiffError as error:
        return _failed(job, _message(error))
    except OSError as error:
        if job.target is not None and error.filename != job.copy_path:
            return _failed(job, f"{job.target}: cannot write ({error.strerror or error})")
        return _failed(job, f"{job.copy_path}: {error.strerror or error}")
    # only --out-dir writes a summary (every job then has a report name); its chrome
    # share counts the copy's visible characters once more (7 ms for 1 MB)
    row = (
        SummaryRow.from_comparison(comparison, job.report_name, job.report_options.ignore)
        if job.report_name is not None
        else None
    )
    differs = _differs(comparison, job.fail_on, job.report_options.ignore)
    return Outcome(row, differs, None, data, _empty_note(copy))


def _failed(job: Job, message: str) -> Outcome:
    label = job.copy_label or Path(job.copy_path).name
    row = SummaryRow(label, job.copy_path, None, None, error=message)
    return Outcome(row, False, message)


def _worker_signals() -> None:
    """In a worker: Ctrl-C is the parent's to handle; SIGTERM (the parent cancelling)
    unwinds like an exception, so a report being written removes its temporary file."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _exit_on_terminate)


def _exit_on_terminate(signum, frame) -> NoReturn:
    raise SystemExit(EXIT_TROUBLE)


def _run_indexed(item: tuple[int, Job]) -> tuple[int, Outcome]:
    index, job = item
    return index, run_job(job)


class Interrupted(Exception):
    """Ctrl-C while copies were compared: the workers are stopped, nothing half-written."""


def run_jobs(jobs: list[Job], progress: bool) -> list[Outcome]:
    """Run the jobs, in parallel when there are several; results in job order.

    Ctrl-C stops at once: the workers are terminated (each removes the temporary
    file of a report it was writing), leftovers are swept, and :class:`Interrupted`
    says how many reports were done.
    """
    if len(jobs) == 1:
        return [run_job(jobs[0])]
    import multiprocessing

    workers = max(1, min(len(jobs), os.cpu_count() or 1))
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=len(jobs), unit="copy", file=sys.stderr, desc=PROG, leave=False)
    results: list[Outcome | None] = [None] * len(jobs)
    pool = multiprocessing.get_context().Pool(workers, initializer=_worker_signals)
    try:
        for index, outcome in pool.imap_unordered(_run_indexed, enumerate(jobs)):
            results[index] = outcome
            if bar is not None:
                bar.update(1)
    except KeyboardInterrupt:
        pool.terminate()
        pool.join()
        _sweep_temporaries(jobs)
        done = sum(outcome is not None for outcome in results)
        raise Interrupted(
            f"interrupted: {done} of {len(jobs)} reports written, the rest cancelled"
        ) from None
    except BaseException:
        pool.terminate()
        pool.join()
        _sweep_temporaries(jobs)
        raise
    else:
        pool.close()
        pool.join()
    finally:
        if bar is not None:
            bar.close()
    return [outcome for outcome in results if outcome is not None]


def _sweep_temporaries(jobs: Sequence[Job]) -> None:
    """Remove what a killed worker may have left of a report being written."""
    for job in jobs:
        if job.target is None:
            continue
        target = Path(job.target)
        for leftover in target.parent.glob(f".{glob_escape(target.name)}.*.part"):
            with contextlib.suppress(OSError):
                leftover.unlink()


# --- paths ---------------------------------------------------------------------


def _refuse_input(target: Path, inputs: Sequence[Path]) -> None:
    for path in inputs:
        if same_file(target, path):
            raise Trouble(f"{target}: refusing to write the report over an input file")


def _report_names(
    copies: Sequence[Path], suffix: str, out_dir: Path, inputs: Sequence[Path]
) -> list[str]:
    """A report name per copy, after the copy; never an input, a summary or a repeat."""
    taken = {SUMMARY_HTML.casefold(), SUMMARY_CSV.casefold()}
    names = []
    for copy in copies:
        stem = "stdin" if str(copy) == STDIN else (copy.stem or copy.name or "copy")
        candidate, n = f"{stem}{suffix}", 1
        while candidate.casefold() in taken or any(
            same_file(out_dir / candidate, path) for path in inputs
        ):
            n += 1
            candidate = f"{stem}-{n}{suffix}"
        taken.add(candidate.casefold())
        names.append(candidate)
    return names


# --- input ---------------------------------------------------------------------

#: the input name that means standard input, and its label in reports
STDIN, STDIN_LABEL = "-", "standard input"


def _read_stdin(max_bytes: int) -> bytes:
    """All of standard input, refused past ``max_bytes`` (it may never end)."""
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        raise Trouble("standard input is closed; give a file name instead of -")
    chunks, total = [], 0
    while total <= max_bytes:
        chunk = stream.read(min(1 << 20, max_bytes + 1 - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    if total > max_bytes:
        raise compare.InputTooLarge(f"standard input: more than the {max_bytes:,}-byte limit")
    return b"".join(chunks)


# --- output --------------------------------------------------------------------


def _write(target: Path, data: bytes) -> None:
    try:
        write_atomic(target, data)
    except OSError as error:  # name the report, not the temporary file
        raise Trouble(f"{target}: cannot write ({error.strerror or error})") from None


#: why a report cannot go to standard output when it is closed (``>&-``)
STDOUT_CLOSED = "standard output is closed; give -o PATH to write the report to a file"


def _check_stdout() -> None:
    """Refuse before any work when standard output is closed."""
    stream = sys.stdout
    if stream is None or getattr(stream, "closed", False):
        raise Trouble(STDOUT_CLOSED)
    try:
        os.fstat(stream.fileno())
    except OSError as error:
        if error.errno == errno.EBADF:  # the descriptor was closed under the stream
            raise Trouble(STDOUT_CLOSED) from None
    except (ValueError, AttributeError):
        pass  # a stream without a file descriptor (a test's capture): writable


def _write_stdout(data: bytes) -> None:
    stream = sys.stdout
    if stream is None:
        raise Trouble(STDOUT_CLOSED)
    buffer = getattr(stream, "buffer", None)
    try:
        if buffer is not None:
            stream.flush()
            buffer.write(data)
            buffer.flush()
        else:  # a text-only stream (e.g. replaced by a test)
            stream.write(data.decode("utf-8"))
            stream.flush()
    except BrokenPipeError:
        raise
    except (OSError, ValueError) as error:  # closed, full disk, bad descriptor
        reason = getattr(error, "strerror", None) or str(error)
        raise Trouble(f"standard output: cannot write ({reason})") from None


def _stdout_is_terminal() -> bool:
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


def _silence_stdout() -> None:
    """After a broken pipe: point stdout at devnull so exit-time flushing stays quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


def _say(message: str) -> None:
    with contextlib.suppress(OSError, ValueError):  # stderr may be closed too
        print(f"{PROG}: {message}", file=sys.stderr, flush=True)


# --- main ----------------------------------------------------------------------


def _run(argv: list[str] | None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as done:  # --help, --version
        return int(done.code or 0)
    fmt: str = args.format
    ignore = frozenset().union(*args.ignore) if args.ignore else frozenset()
    if not args.fail_on - ignore:
        raise UsageError(
            "--fail-on names only categories that --ignore leaves out, so no difference "
            "could ever count"
        )
    report_options = ReportOptions(ignore=ignore, context=args.context)
    copies = [Path(c) for c in args.copies]
    inputs = [Path(args.original), *copies]
    several = len(copies) > 1

    if args.label_copy is not None and several:
        raise UsageError("--label-copy needs exactly one COPY")
    _check_encoding(args.encoding_original, "--encoding-original")
    _check_encoding(args.encoding_copy, "--encoding-copy")
    to_stdout = args.out_dir is None and args.output in (None, "-")
    if several and args.out_dir is None and fmt not in STREAMABLE_FORMATS:
        raise UsageError(
            f"--format {fmt} with several copies needs --out-dir DIR (one report per copy)"
        )
    if to_stdout:
        _check_stdout()
    if to_stdout and get_format(fmt).needs_qt and _stdout_is_terminal():
        raise UsageError(f"not writing {fmt.upper()} to a terminal; use -o PATH or a pipe")

    target: Path | None = None
    out_dir: Path | None = None
    if args.out_dir is not None:
        out_dir = Path(args.out_dir)
        if out_dir.exists() and not out_dir.is_dir():
            raise Trouble(f"{out_dir}: --out-dir is not a folder")
        for name in (SUMMARY_HTML, SUMMARY_CSV):
            _refuse_input(out_dir / name, inputs)
    elif not to_stdout:
        target = Path(args.output)
        if target.is_dir():
            raise Trouble(f"{target}: is a folder; -o needs a file name")
        _refuse_input(target, inputs)
        if not target.parent.is_dir():
            raise Trouble(f"{target.parent}: no such folder for -o")

    if [args.original, *args.copies].count(STDIN) > 1:
        raise UsageError("standard input (-) can be only one of the inputs")
    if args.original == STDIN:
        original = compare.load_bytes(
            _read_stdin(args.max_size),
            label=args.label_original or STDIN_LABEL,
            encoding=args.encoding_original,
        )
    else:
        original = compare.load_path(
            args.original,
            label=args.label_original,
            encoding=args.encoding_original,
            max_bytes=args.max_size,
        )
    for note in _empty_note(original):
        _say(note)
    suffix = get_format(fmt).suffix
    names: list[str | None] = [None] * len(copies)
    if out_dir is not None:
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise Trouble(f"{out_dir}: cannot create folder ({error.strerror or error})") from None
        names = list(_report_names(copies, suffix, out_dir, inputs))
    jobs = [
        Job(
            original=original,
            copy_path=str(copy),
            copy_label=args.label_copy,
            copy_encoding=args.encoding_copy,
            max_bytes=args.max_size,
            fmt=fmt,
            report_options=report_options,
            fail_on=args.fail_on,
            target=str(out_dir / name) if out_dir is not None and name else None,
            report_name=name,
            copy_data=_read_stdin(args.max_size) if str(copy) == STDIN else None,
            mode=compare.ModeChoice(args.mode),
        )
        for copy, name in zip(copies, names, strict=True)
    ]
    progress = several and _stderr_is_terminal()
    outcomes = run_jobs(jobs, progress)

    for outcome in outcomes:
        for note in outcome.notes:
            _say(note)
        if outcome.error is not None:
            _say(outcome.error)
    if out_dir is not None:
        rows = [outcome.row for outcome in outcomes if outcome.row is not None]
        _write(
            out_dir / SUMMARY_HTML,
            render_summary_html(rows, original.label, ignore).encode("utf-8"),
        )
        _write(out_dir / SUMMARY_CSV, render_summary_csv(rows, ignore).encode("utf-8"))
    else:
        data = b"".join(outcome.data or b"" for outcome in outcomes if outcome.error is None)
        if target is not None:
            # the target is touched only when every report is ready: a failed run
            # never wipes (or creates) it
            if not any(outcome.error is not None for outcome in outcomes):
                _write(target, data)
        elif data:
            _write_stdout(data)

    if any(outcome.error is not None for outcome in outcomes):
        return EXIT_TROUBLE
    return EXIT_DIFFERENT if any(outcome.differs for outcome in outcomes) else EXIT_SAME


def _stderr_is_terminal() -> bool:
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status (0 same, 1 different, 2 trouble).

    Without ``argv`` it is the process's own run (the console script, ``python -m``),
    and objects are hidden from the garbage collector where walking them is wasted
    (see :func:`_spare_collector`).
    """
    if argv is None:
        _spare_collector()  # the modules: they live as long as the process
        _collect_less_often()
    try:
        return _main(argv)
    finally:
        if argv is None:
            _spare_collector()  # everything: the process ends


def _spare_collector() -> None:
    """Move every object there is now out of the garbage collector's sight (``gc.freeze``).

    Done after the imports, the collector's full passes during a comparison no longer
    walk the modules' objects (of a 1 MB pair's export: two full passes, 20-35 ms,
    become one of 2 ms). Done at the end, the interpreter's final collections at
    shutdown have nothing to walk (50 ms after that export, then 15). Frozen objects
    are still freed when nothing refers to them; only unreachable cycles among them
    would wait, and a run's modules and results hold none that matter: the reports
    are written and closed by then.
    """
    import gc

    gc.freeze()


#: the garbage collector's first threshold for a run (Python's default: 700)
COLLECT_AFTER = 100_000


def _collect_less_often() -> None:
    """Let the collector wait for :data:`COLLECT_AFTER` new objects, not 700.

    A comparison builds records that live until its report is written, and hardly
    any cycles: the collector's frequent young passes find nothing to free (exporting
    the change-dense 1 MB pair: some 200 passes, 25-40 ms, and no object collected;
    none with this threshold). Memory only waits longer for a rare cycle's garbage.
    """
    import gc

    gc.set_threshold(COLLECT_AFTER, *gc.get_threshold()[1:])


def _main(argv: list[str] | None) -> int:
    if getattr(sys, "frozen", False):  # PyInstaller: worker processes start through here
        import multiprocessing

        multiprocessing.freeze_support()
    try:
        return _run(argv)
    except UsageError as error:
        _say(f"{error} (see --help)")
    except (Trouble, compare.MirrordiffError) as error:
        _say(_message(error))
    except BrokenPipeError:
        _silence_stdout()
        _say("output closed early (broken pipe)")
    except Interrupted as error:
        _say(str(error))
    except KeyboardInterrupt:
        _say("interrupted")
    except OSError as error:
        where = f"{error.filename}: " if error.filename else ""
        _say(f"{where}{error.strerror or error}")
    except Exception as error:  # a bug must not pass for "differences" (exit 1)
        if os.environ.get("MIRRORDIFF_DEBUG"):
            raise
        _say(
            f"internal error: {type(error).__name__}: {error} (set MIRRORDIFF_DEBUG=1 for details)"
        )
    return EXIT_TROUBLE


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
