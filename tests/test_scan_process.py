"""One semgrep process: its environment (a private tmpfs folder for its temporary
files, removed afterwards; the OCaml heap) and reading its output."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

import bot.scan
from bot.scan import run_semgrep, semgrep_environment

# A rule whose metavariable-pattern makes semgrep write a temporary file per evaluation.
RULE = """\
rules:
  - id: literal-password-claim
    languages: [python]
    severity: ERROR
    message: a password in a claim
    patterns:
      - pattern: 'jwt.encode({..., $K: $V, ...}, ...)'
      - metavariable-pattern:
          metavariable: $K
          pattern: '"password"'
      - focus-metavariable: $V
"""
CODE = 'import jwt\n\n\ndef issue(u, k):\n    return jwt.encode(\n        {"sub": u.id, "password": u.pw},\n        k,\n    )\n'

needs_shm = pytest.mark.skipif(
    not (bot.scan.RAM_TMP_ROOT.is_dir() and os.access(bot.scan.RAM_TMP_ROOT, os.W_OK)),
    reason="no writable /dev/shm on this machine",
)


def expected_rest() -> dict[str, str]:
    return {**{k: v for k, v in os.environ.items() if k != "TMPDIR"},
            "OCAMLRUNPARAM": os.environ.get("OCAMLRUNPARAM", "s=1M")}


@pytest.fixture
def shm(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A folder of the test's own on the tmpfs, as the scan's RAM root: other test
    workers scan at the same time, and their folders come and go in /dev/shm itself."""
    own = Path(tempfile.mkdtemp(prefix="jsg-test-", dir=bot.scan.RAM_TMP_ROOT))
    monkeypatch.setattr(bot.scan, "RAM_TMP_ROOT", own)
    try:
        yield own
    finally:
        shutil.rmtree(own, ignore_errors=True)


@needs_shm
def test_private_folder_on_tmpfs_then_removed(shm: Path) -> None:
    with semgrep_environment() as env:
        private = Path(env["TMPDIR"])
        assert private.parent == shm
        assert private.name.startswith("jwt-session-guard-")
        assert private.is_dir()
        assert {k: v for k, v in env.items() if k != "TMPDIR"} == expected_rest()
    assert not private.exists()
    assert list(shm.iterdir()) == []


def test_no_tmpfs_leaves_the_environment_alone(tmp_path: Path) -> None:
    with semgrep_environment(tmp_path / "missing") as env:
        assert {k: v for k, v in env.items() if k != "TMPDIR"} == expected_rest()
        assert env.get("TMPDIR") == os.environ.get("TMPDIR")


def test_too_little_room_leaves_the_environment_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bot.scan, "RAM_TMP_MIN_FREE", 1 << 62)
    with semgrep_environment(tmp_path) as env:
        assert env.get("TMPDIR") == os.environ.get("TMPDIR")
    assert list(tmp_path.iterdir()) == []


def test_a_runners_own_gc_setting_wins(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("OCAMLRUNPARAM", "b")
    with semgrep_environment(tmp_path / "missing") as env:
        assert env["OCAMLRUNPARAM"] == "b"
    monkeypatch.delenv("OCAMLRUNPARAM")
    with semgrep_environment(tmp_path / "missing") as env:
        assert env["OCAMLRUNPARAM"] == "s=1M"


@needs_shm
def test_scan_with_metavariable_pattern_leaves_nothing_behind(tmp_path: Path, shm: Path) -> None:
    root = tmp_path / "tree"
    root.mkdir()
    (root / "tokens.py").write_text(CODE)
    rules = tmp_path / "rule.yaml"
    rules.write_text(RULE)
    result = run_semgrep(root=root, configs=[rules], jobs=1)
    assert [(f.rule_id, f.path, f.line) for f in result.findings] == [("literal-password-claim", "tokens.py", 6)]
    assert list(shm.iterdir()) == []


def test_a_utf16_source_with_a_syntax_error_does_not_break_the_scan(tmp_path: Path) -> None:
    # osemgrep puts the file's raw bytes (here a UTF-16 byte-order mark) into the
    # parse error's message, which is then not valid UTF-8 JSON.
    root = tmp_path / "tree"
    root.mkdir()
    (root / "tokens.py").write_text(CODE)
    (root / "Enums.cs").write_bytes("namespace Disk {\n  enum Kind { A, B\n".encode("utf-16"))
    rules = tmp_path / "rule.yaml"
    # no literal to prefilter on, so semgrep parses every C# file
    rules.write_text(RULE + "  - {id: any-call, languages: [csharp], severity: INFO, message: x, pattern: $F(...)}\n")
    result = run_semgrep(root=root, configs=[rules], jobs=1)
    assert [(f.rule_id, f.path, f.line) for f in result.findings] == [("literal-password-claim", "tokens.py", 6)]
    assert [e.path for e in result.errors] == ["Enums.cs"]
    assert "\ufffd" in result.errors[0].message
