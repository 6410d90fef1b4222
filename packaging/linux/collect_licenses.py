"""Copy the licence texts of everything the bundle ships into one folder.

    python packaging/linux/collect_licenses.py DEST

Run with the build environment's Python (the one PyInstaller bundled): it reads the
installed distributions' own licence files, so the texts always match what is shipped.
DEST/<distribution>/ gets each runtime dependency's files (found by walking mirrordiff's
Requires-Dist, extras excluded); DEST/python/ gets the interpreter's LICENSE.txt.
Distributions that ship no licence file are listed in DEST/README with their declared
licence, so nothing is silently left out.
"""

from __future__ import annotations

import re
import shutil
import sys
import sysconfig
from importlib import metadata
from pathlib import Path

ROOT_DISTRIBUTION = "mirrordiff"
LICENSE_NAME = re.compile(r"(licen[cs]e|copying|notice|authors)", re.IGNORECASE)


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _runtime_requirements(dist: metadata.Distribution) -> list[str]:
    names = []
    for requirement in dist.requires or []:
        spec, _, marker = requirement.partition(";")
        if "extra" in marker:
            continue
        if marker.strip():
            try:
                from packaging.markers import Marker  # present wherever pip is

                if not Marker(marker.strip()).evaluate():
                    continue
            except ImportError:
                pass
        names.append(re.split(r"[\s<>=!~\[(]", spec.strip(), maxsplit=1)[0])
    return names


def runtime_distributions() -> list[metadata.Distribution]:
    seen: dict[str, metadata.Distribution] = {}
    queue = list(_runtime_requirements(metadata.distribution(ROOT_DISTRIBUTION)))
    while queue:
        name = _canonical(queue.pop())
        if name in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        seen[name] = dist
        queue.extend(_runtime_requirements(dist))
    return [seen[name] for name in sorted(seen)]


def _declared_license(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    declared = meta.get("License-Expression") or meta.get("License") or ""
    if not declared or len(declared) > 80:
        classifiers = [c for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
        declared = "; ".join(c.split(" :: ")[-1] for c in classifiers) or declared[:80]
    return declared.strip() or "not declared"


def collect(dest: Path) -> list[str]:
    dest.mkdir(parents=True, exist_ok=True)
    lines = []
    for dist in runtime_distributions():
        name = _canonical(dist.metadata["Name"])
        files = [
            f for f in dist.files or [] if ".dist-info/" in str(f) and LICENSE_NAME.search(f.name)
        ]
        copied = []
        for file in files:
            source = Path(dist.locate_file(file))
            if source.is_file():
                target = dest / name / source.name
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(source, target)
                copied.append(source.name)
        where = ", ".join(f"{name}/{c}" for c in copied) or "no licence file in the distribution"
        lines.append(f"{dist.metadata['Name']} {dist.version}: {_declared_license(dist)} ({where})")
    python_license = Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"
    if python_license.is_file():
        (dest / "python").mkdir(exist_ok=True)
        shutil.copyfile(python_license, dest / "python" / "LICENSE.txt")
        lines.append(f"Python {sys.version.split()[0]}: PSF-2.0 (python/LICENSE.txt)")
    else:
        lines.append(f"Python {sys.version.split()[0]}: PSF-2.0 (licence file not found)")
    # ICU comes inside the Qt wheel without its licence; Debian's ICU package carries it
    icu = sorted(Path("/usr/share/doc").glob("libicu[0-9]*/copyright"))
    if icu:
        (dest / "icu").mkdir(exist_ok=True)
        shutil.copyfile(icu[-1], dest / "icu" / "copyright")
        lines.append(
            f"ICU (inside Qt): Unicode License (icu/copyright, from {icu[-1].parent.name})"
        )
    else:  # builddeps.sh installs Debian's ICU for this file; say so rather than omit ICU
        lines.append(
            "ICU (inside Qt): Unicode License (licence file not found on the build machine)"
        )
    (dest / "README").write_text(
        "Licences of the components bundled under /opt/mirrordiff:\n\n"
        + "\n".join(f"  {line}" for line in lines)
        + "\n",
        encoding="utf-8",
    )
    return lines


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: collect_licenses.py DEST")
    for line in collect(Path(sys.argv[1])):
        print(line)
