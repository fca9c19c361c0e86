"""A scan in batches reports exactly what one semgrep run over the same tree reports."""

from __future__ import annotations

from pathlib import Path

import pytest

import bot.scan
from bot.pack import load_pack
from bot.scan import batches, scan_paths

ROOT = Path(__file__).resolve().parent.parent
UNVERIFIED = 'import jwt\n\n\ndef user(request, k):\n    return jwt.decode(request.cookies["t"], k, options={"verify_signature": False})\n'
STORAGE = 'export function keep(t) {\n  localStorage.setItem("token", t);\n}\n'


def test_batches_split_in_order() -> None:
    assert batches([]) == []
    paths = [f"f{i}" for i in range(1001)]
    parts = batches(paths)
    assert [len(p) for p in parts] == [500, 500, 1]
    assert [p for part in parts for p in part] == paths


@pytest.fixture
def tree(tmp_path: Path) -> tuple[Path, list[str], Path]:
    root = tmp_path / "tree"
    files = {
        "a/one.py": UNVERIFIED,
        "a/two.py": UNVERIFIED + UNVERIFIED.replace("user", "admin"),
        "b/web.js": STORAGE,
        "b/clean.py": "x = 1\n",
        "c/big.py": "# " + "x" * 5_000_100 + "\n" + UNVERIFIED,  # over the size limit: skipped
        "c/three.py": UNVERIFIED,
        "d/web.ts": STORAGE,
    }
    for path, text in files.items():
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_text(text)
    (root / ".semgrepignore").write_text("")
    bundle = load_pack([ROOT / "semgrep-rules"]).write_bundle(tmp_path / "rules.json")
    return root, sorted(files), bundle


def test_batched_scan_equals_one_run(tree: tuple[Path, list[str], Path], monkeypatch: pytest.MonkeyPatch) -> None:
    root, paths, bundle = tree
    single = scan_paths(root=root, configs=[bundle], paths=paths)

    calls: list[Path] = []
    real = bot.scan.run_semgrep

    def counting(**kw):  # type: ignore[no-untyped-def]
        calls.append(kw["root"])
        return real(**kw)

    monkeypatch.setattr(bot.scan, "MAX_FILES_PER_SCAN", 2)
    monkeypatch.setattr(bot.scan, "run_semgrep", counting)
    batched = scan_paths(root=root, configs=[bundle], paths=paths)

    assert len(calls) == 4  # 7 files, 2 per batch
    assert all(c != root for c in calls) and not any(c.exists() for c in calls)  # batch trees are removed
    assert batched.findings == single.findings
    assert [(f.path, f.line) for f in batched.findings if f.antipattern == "jwt-signature-not-verified"] == [
        ("a/one.py", 5), ("a/two.py", 5), ("a/two.py", 10), ("c/three.py", 5)]
    assert {f.path for f in batched.findings if f.antipattern == "jwt-in-browser-storage"} == {"b/web.js", "d/web.ts"}
    assert batched.scanned == single.scanned
    assert "c/big.py" not in batched.scanned and "b/clean.py" in batched.scanned
    assert sorted(e.path or "" for e in batched.errors) == sorted(e.path or "" for e in single.errors)
