"""Every rule of the pack renders with its library's fix, and every fix is itself clean under the pack."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from bot.markers import read_marks
from bot.pack import load_pack
from bot.paths import rules_dir
from bot.render import MAX_BODY, Renderer, make_environment
from bot.scan import parse_results, semgrep_executable

ROOT = Path(__file__).resolve().parent.parent
FIXES = ROOT / "bot" / "templates" / "fixes"
FLAGS = ["--disable-version-check", "--metrics=off", "--json", "--quiet", "--no-git-ignore",
         "--no-rewrite-rule-ids"]
EXT = {"python": "py", "javascript": "js", "typescript": "ts", "tsx": "tsx", "jsx": "jsx", "java": "java",
       "go": "go", "ruby": "rb", "php": "php", "csharp": "cs", "properties": "properties", "yaml": "yml",
       "kotlin": "kt"}
_BLOCK = re.compile(r"\*\*(Before|After)\*\*\s*\n(`{3,})([a-z]+)\n(.*?)\n\2(?:\n|$)", re.DOTALL)


def pack_pairs() -> set[tuple[str, str]]:
    return {(str(r["metadata"]["antipattern"]), str(r["metadata"]["library"]))
            for r in load_pack([rules_dir()]).rules}


def fix_files() -> list[Path]:
    return sorted(p for p in FIXES.glob("*/*.md.j2") if p.name != "generic.md.j2")


def scan(tree: Path) -> list[dict[str, Any]]:
    (tree / ".semgrepignore").write_text("")
    bundle = load_pack([rules_dir()]).write_bundle(tree.parent / f"{tree.name}-rules.json")
    proc = subprocess.run([semgrep_executable(), "scan", *FLAGS, "--config", str(bundle), "."],
                          cwd=tree, capture_output=True, text=True, timeout=900)
    assert proc.returncode in (0, 1), proc.stderr[-2000:]
    return list(json.loads(proc.stdout)["results"])


def test_every_rule_library_pair_has_its_own_fix_snippet() -> None:
    missing = sorted(f"fixes/{ap}/{lib}.md.j2" for ap, lib in pack_pairs() if not (FIXES / ap / f"{lib}.md.j2").is_file())
    assert not missing, "no library-specific fix for:\n" + "\n".join(missing)


@cache
def snippet_results() -> dict[str, dict[str, set[str]]]:
    """fix file -> {"Before": antipatterns found, "After": antipatterns found}."""
    found: dict[str, dict[str, set[str]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for half in ("Before", "After"):
            tree = Path(tmp) / half
            tree.mkdir()
            for n, path in enumerate(fix_files()):
                text = path.read_text(encoding="utf-8")
                where = re.match(r"\{#\s*path:\s*(\S+)\s*#\}", text)
                for kind, _, lang, code in _BLOCK.findall(text):
                    if kind != half:
                        continue
                    rel = where.group(1) if where else f"snippet.{EXT[lang]}"
                    target = tree / str(n) / rel
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_text(code + "\n", encoding="utf-8")
            for result in scan(tree):
                n = int(Path(result["path"]).parts[0])
                key = fix_files()[n].relative_to(FIXES).as_posix()
                found.setdefault(key, {"Before": set(), "After": set()})[half].add(
                    str(result["extra"]["metadata"]["antipattern"]))
    return found


@pytest.mark.parametrize("path", fix_files(), ids=lambda p: p.relative_to(FIXES).as_posix())
def test_fix_snippet_before_trips_the_rule_and_after_is_clean(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    kinds = [kind for kind, *_ in _BLOCK.findall(text)]
    assert kinds == ["Before", "After"], "a fix has one **Before** and one **After** code block"
    assert text.lstrip().startswith(("**How to fix it with {{ library.name }}:**", "{#"))
    antipattern = path.parent.name
    got = snippet_results().get(path.relative_to(FIXES).as_posix(), {"Before": set(), "After": set()})
    assert antipattern not in got["After"], "the fix still trips the rule it fixes"
    if "before-not-standalone" not in text:
        assert antipattern in got["Before"], "the Before snippet does not show the mistake the rule reports"


@cache
def findings_from_rule_tests() -> dict[str, Any]:
    """The first finding of every rule on its own annotated test file."""
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "tests"
        shutil.copytree(rules_dir(), tree, ignore=shutil.ignore_patterns("*.yaml", "*.yml", "*.fixed.*"))
        for test_yaml in rules_dir().rglob("*.test.yaml"):
            dest = tree / test_yaml.relative_to(rules_dir())
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(test_yaml, dest)
        data = {"results": scan(tree), "errors": [], "paths": {"scanned": []}}
        findings = parse_results(data, tree).findings
    first: dict[str, Any] = {}
    for f in findings:
        first.setdefault(f.rule_id, f)
    return first


def test_every_rule_renders_with_its_library_fix() -> None:
    rules = {str(r["id"]): r for r in load_pack([rules_dir()]).rules}
    findings = findings_from_rule_tests()
    assert set(rules) - set(findings) == set(), "rules that found nothing in their own test file"
    renderer = Renderer(make_environment())
    problems = []
    for rule_id, finding in sorted(findings.items()):
        body = renderer.finding_body(finding)
        lib = str(finding.metadata["library"])
        fix = FIXES / finding.antipattern / f"{lib}.md.j2"
        visible = body.split("<details>")[0]
        # The library's fix: its sentence and the changed lines up front, the full example folded.
        if not fix.is_file() or "**Fix:**" not in visible or "```diff\n" not in visible:
            problems.append(f"{rule_id}: no {lib} fix in the comment")
        if len([line for line in visible.splitlines() if line.strip()]) > 14:
            problems.append(f"{rule_id}: more than 14 visible lines")
        if not body.rstrip().endswith(f"fingerprint={finding.fingerprint} -->") or len(body) > MAX_BODY:
            problems.append(f"{rule_id}: marker not last or body too long")
        if read_marks(body).fingerprints != (finding.fingerprint,):
            problems.append(f"{rule_id}: marker")
    assert not problems, "\n".join(problems)
