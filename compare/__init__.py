"""mirrordiff's engine: load two texts, diff them, classify every difference.

Pure Python; never imports Qt or the window (an import-linter contract checks it).
"""

from ._version import __version__
from .comparison import compare
from .errors import (
    Cancelled,
    InputBinary,
    InputIsDirectory,
    InputMissing,
    InputTooLarge,
    InputUnreadable,
    LoadError,
    MirrordiffError,
    UnknownEncoding,
)
from .loading import load_bytes, load_path, load_text, resolve_encoding
from .model import (
    CATEGORY_ORDER,
    AlignedPair,
    Alternative,
    Category,
    Change,
    Comparison,
    Detail,
    Document,
    EncodingMethod,
    Fact,
    FactKind,
    FactStatus,
    Format,
    Group,
    GroupKind,
    Mode,
    ModeChoice,
    Op,
    Options,
    Segment,
    Span,
)
from .resources import resource_path

__all__ = [
    "CATEGORY_ORDER",
    "AlignedPair",
    "Alternative",
    "Cancelled",
    "Category",
    "Change",
    "Comparison",
    "Detail",
    "Document",
    "EncodingMethod",
    "Fact",
    "FactKind",
    "FactStatus",
    "Format",
    "Group",
    "GroupKind",
    "InputBinary",
    "InputIsDirectory",
    "InputMissing",
    "InputTooLarge",
    "InputUnreadable",
    "LoadError",
    "MirrordiffError",
    "Mode",
    "ModeChoice",
    "Op",
    "Options",
    "Segment",
    "Span",
    "UnknownEncoding",
    "__version__",
    "compare",
    "load_bytes",
    "load_path",
    "load_text",
    "resolve_encoding",
    "resource_path",
]
