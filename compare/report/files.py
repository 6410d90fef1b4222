"""Writing a report file safely: never half a file, never over an input.

A report is written to a temporary file in the target folder and moved into
place with :func:`os.replace`, so a reader sees the old file or the whole new
one, and an interrupted run leaves nothing behind.

Only a regular file (or a new name) is ever replaced. A symbolic link is
followed and the file it points to is replaced, the link stays; a character
device (``/dev/null``, a terminal), a named pipe or a socket is written
*through*, as a shell's ``>`` would: replacing one with a file would break the
system (as root, ``-o /dev/null`` would turn ``/dev/null`` into a file).
"""

from __future__ import annotations

import os
import stat
import tempfile
from contextlib import suppress
from functools import cache
from pathlib import Path


@cache
def _new_file_mode() -> int:
    """Permissions a plainly created file would get (0o666 minus the umask)."""
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


def write_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder.

    ``path`` may be a symbolic link (its target is replaced) or a device, named
    pipe or socket (written to in place); see the module docstring.
    """
    try:
        mode = os.stat(path).st_mode  # through any symbolic links
    except OSError:
        mode = None  # a new file (or a link to one)
    if mode is not None and not stat.S_ISREG(mode):
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(21, "is a folder", str(path))
        # by the name given: /dev/stdout resolves to "pipe:[…]", which opens nothing
        _write_through(Path(path), data)
        return
    target = Path(os.path.realpath(path))  # the link's target, never the link
    fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        try:
            mode = target.stat().st_mode & 0o7777  # keep an existing report's permissions
        except OSError:
            mode = _new_file_mode()
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException:
        with suppress(OSError):
            os.unlink(temporary)
        raise


def _write_through(target: Path, data: bytes) -> None:
    """Write into a device, named pipe or socket as it is (no temporary, no rename)."""
    with open(target, "wb") as stream:  # buffered: partial writes are retried
        stream.write(data)


def same_file(a: str | os.PathLike[str], b: str | os.PathLike[str]) -> bool:
    """True when two paths name one file (after symlinks; also hard links)."""
    pa, pb = Path(a), Path(b)
    if pa.resolve() == pb.resolve():
        return True
    try:
        return os.path.samefile(pa, pb)
    except OSError:
        return False
