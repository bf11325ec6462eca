"""Zip the one-folder bundle for IT: dist/NIR-kontroll-<version>-<platform>.zip.

    .venv/bin/python build/make_zip.py dist/NIR-kontroll dist/NIR-kontroll-0.1.0-linux-x86_64.zip

The archive holds the folder itself (unzips to NIR-kontroll/). Symlinks are stored as
symlinks, as ``unzip`` and ``zip -y`` do, so Qt's libraries are not stored twice. Entries
are sorted and dated from the bundle's files, and the zip is written to a temporary name
and renamed, so a rerun replaces it and an interrupted run leaves no half archive.
"""

from __future__ import annotations

import os
import stat
import sys
import zipfile
from pathlib import Path


def _info(path: Path, arcname: str) -> zipfile.ZipInfo:
    st = path.lstat()
    info = zipfile.ZipInfo.from_file(path, arcname)
    info.external_attr = (st.st_mode & 0xFFFF) << 16
    info.create_system = 3  # Unix, so that the mode bits (and symlinks) are honoured
    return info


def make_zip(bundle: Path, target: Path) -> Path:
    bundle = bundle.resolve()
    tmp = target.with_name(target.name + ".part")
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        for path in sorted(bundle.rglob("*")):
            arcname = str(Path(bundle.name) / path.relative_to(bundle)).replace(os.sep, "/")
            if path.is_symlink():
                info = _info(path, arcname)
                info.external_attr = (stat.S_IFLNK | 0o777) << 16
                zf.writestr(info, os.readlink(path))
            elif path.is_dir():
                continue
            else:
                info = _info(path, arcname)
                info.compress_type = zipfile.ZIP_DEFLATED
                with path.open("rb") as src, zf.open(info, "w") as dst:
                    while chunk := src.read(1 << 20):
                        dst.write(chunk)
    tmp.replace(target)
    return target


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("bruk: make_zip.py BUNT-MAPPE MÅL.zip", file=sys.stderr)
        return 2
    target = make_zip(Path(argv[0]), Path(argv[1]))
    print(f"{target}: {target.stat().st_size / 2**20:.1f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
