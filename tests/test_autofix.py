"""The pack's autofixes: each one clears the finding it fixes, and their number is the documented one.

semgrep --test (tests/test_rules.py) proves a rule's fix produces its
`.fixed` file; it does not prove the fixed code is safe. A suggestion the
bot offers must not leave the same finding on the lines it rewrote, or a
reviewer clicks "commit suggestion" and gets the comment back on the next push.
"""

from __future__ import annotations

import difflib
import json
import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest
import yaml

from bot.scan import semgrep_executable

ROOT = Path(__file__).resolve().parent.parent
RULES = ROOT / "semgrep-rules"
FLAGS = ["--disable-version-check", "--metrics=off", "--json", "--quiet", "--no-git-ignore",
         "--no-rewrite-rule-ids", "--jobs", "1"]


def _rule(path: Path) -> dict:
    return dict(yaml.safe_load(path.read_text(encoding="utf-8"))["rules"][0])


def _test_file(fixed: Path) -> Path:
    # `<id>.fixed.<ext>` is the fixed copy of `<id>.<ext>`; a YAML target is
    # `<id>.test.yaml` (`<id>.yaml` is the rule), so its fixed copy is
    # `<id>.fixed.test.yaml`, the name semgrep's test runners look for.
    stem, ext = fixed.name.split(".fixed.")
    return fixed.with_name(f"{stem}.{ext}")


FIXED_FILES = sorted(p for p in RULES.rglob("*.fixed.*"))
# (rule file, its annotated test file, the expected autofix output)
CASES = [(f.with_name(f.name.split(".fixed.")[0] + ".yaml"), _test_file(f), f) for f in FIXED_FILES]
MINIMUM = 40


def test_every_fixed_file_belongs_to_a_rule_with_a_fix() -> None:
    assert CASES
    for rule, test_file, _ in CASES:
        assert rule.is_file() and test_file.is_file(), rule
        body = _rule(rule)
        assert "fix" in body or "fix-regex" in body, rule.name


def test_the_pack_offers_the_documented_number_of_autofixes() -> None:
    with_fix = sum(1 for p in RULES.rglob("*.yaml") if ".test." not in p.name and ".fixed." not in p.name
                   and ({"fix", "fix-regex"} & set(_rule(p))))
    documented = re.search(r"^(\d+) rules offer an autofix", (ROOT / "docs" / "rules.md").read_text(), re.M)
    assert documented is not None and int(documented.group(1)) == with_fix
    assert with_fix >= MINIMUM


def _scan(tmp: Path) -> Counter[tuple[str, str, str, int]]:
    """semgrep with tmp/rules/<rule-id>.yaml over tmp/targets/<rule-id>/{before,after}/: each rule on its own files."""
    configs = [a for rule in sorted((tmp / "rules").iterdir()) for a in ("--config", str(rule))]
    proc = subprocess.run([semgrep_executable(), "scan", *FLAGS, *configs, "."], cwd=tmp / "targets",
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    data = json.loads(proc.stdout)
    assert not [e for e in data["errors"] if e.get("level") == "error"], data["errors"]
    # (rule id, before|after, file name, line) -> findings covering that line
    hits: Counter[tuple[str, str, str, int]] = Counter()
    for r in data["results"]:
        rule_dir, side, name = Path(r["path"]).parts[:3]
        if r["check_id"] == rule_dir:
            for line in range(r["start"]["line"], r["end"]["line"] + 1):
                hits[(rule_dir, side, name, line)] += 1
    return hits


def _rewritten(before: str, after: str) -> set[int]:
    """Lines of `after` that the fix wrote (replaced or inserted)."""
    matcher = difflib.SequenceMatcher(a=before.splitlines(), b=after.splitlines(), autojunk=False)
    return {j + 1 for tag, _, _, j1, j2 in matcher.get_opcodes() if tag in ("replace", "insert")
            for j in range(j1, j2)}


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> Counter[tuple[str, str, str, int]]:
    tmp = tmp_path_factory.mktemp("autofix")
    (tmp / "rules").mkdir()
    (tmp / "targets").mkdir()
    (tmp / "targets" / ".semgrepignore").write_text("")
    for rule, test_file, fixed in CASES:
        body = _rule(rule)
        # The test files' names do not match a config rule's `paths:`; semgrep --test ignores it too.
        body.pop("paths", None)
        d = tmp / "targets" / body["id"]
        for side, src in (("before", test_file), ("after", fixed)):
            (d / side).mkdir(parents=True, exist_ok=True)
            shutil.copyfile(src, d / side / test_file.name)
        (tmp / "rules" / f"{body['id']}.yaml").write_text(yaml.safe_dump({"rules": [body]}, sort_keys=False),
                                                          encoding="utf-8")
    return _scan(tmp)


RULES_WITH_FIXES = sorted({rule for rule, _, _ in CASES})


@pytest.mark.parametrize("rule", RULES_WITH_FIXES, ids=lambda p: p.stem)
def test_the_fix_clears_the_finding_on_every_line_it_rewrote(
    rule: Path, scanned: Counter[tuple[str, str, str, int]]
) -> None:
    rule_id = _rule(rule)["id"]
    before = after = 0
    for _, test_file, fixed in (c for c in CASES if c[0] == rule):
        name = test_file.name
        before += sum(n for (r, side, f, _), n in scanned.items() if (r, side, f) == (rule_id, "before", name))
        after += sum(n for (r, side, f, _), n in scanned.items() if (r, side, f) == (rule_id, "after", name))
        rewritten = _rewritten(test_file.read_text(encoding="utf-8"), fixed.read_text(encoding="utf-8"))
        still = sorted(line for (r, side, f, line) in scanned
                       if (r, side, f) == (rule_id, "after", name) and line in rewritten)
        assert not still, f"{rule_id}: the fixed code is still flagged on lines {still} of {fixed.name}"
    assert before, f"{rule_id} finds nothing in its own test files"
    # Some fixed files equal their test file (no match there has a safe rewrite); over all of them, the fix removes findings.
    assert after < before, f"{rule_id}: the fix removes no finding ({before} before, {after} after)"
