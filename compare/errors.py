"""Exceptions the engine raises. Each carries one readable line for the user."""

from __future__ import annotations


class MirrordiffError(Exception):
    """Base class: ``str(error)`` is a one-line reason fit for stderr or a dialog."""


class LoadError(MirrordiffError):
    """An input could not be turned into a document. Nothing was modified."""


class InputMissing(LoadError):
    pass


class InputIsDirectory(LoadError):
    pass


class InputUnreadable(LoadError):
    pass


class InputBinary(LoadError):
    pass


class InputTooLarge(LoadError):
    pass


class UnknownEncoding(LoadError):
    pass


class Cancelled(MirrordiffError):
    """The caller's ``cancelled()`` callback asked the comparison to stop."""
