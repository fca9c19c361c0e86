"""scripts/sstrip.py, which the Docker build runs on semgrep-core, on a binary of this machine."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from sstrip import sstrip  # noqa: E402


def test_a_stripped_binary_still_runs_and_has_no_section_headers(tmp_path: Path) -> None:
    binary = tmp_path / "git"
    shutil.copy(shutil.which("git") or "/usr/bin/git", binary)
    before = binary.stat().st_size
    after = sstrip(str(binary))
    assert binary.stat().st_size == after <= before
    head = binary.read_bytes()[:64]
    assert int.from_bytes(head[40:48], "little") == 0 and head[60:64] == b"\0\0\0\0"
    out = subprocess.run([str(binary), "--version"], capture_output=True, text=True, check=True).stdout
    assert out.startswith("git version ")


def test_a_file_that_is_not_elf64_is_refused(tmp_path: Path) -> None:
    script = tmp_path / "x.sh"
    script.write_text("#!/bin/sh\n")
    with pytest.raises(ValueError, match="not a little-endian ELF64 file"):
        sstrip(str(script))
    assert script.read_text() == "#!/bin/sh\n"
