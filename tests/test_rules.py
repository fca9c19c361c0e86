"""The rule pack: layout, metadata, semgrep's own rule tests, and the labeled corpus score."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from bot.scan import semgrep_executable
from bot.severity import Severity
from bot.taxonomy import antipatterns
from tests.support.corpus_score import Result, language_of, read_labels, score

ROOT = Path(__file__).resolve().parent.parent
RULES = ROOT / "semgrep-rules"
CORPUS = ROOT / "tests" / "corpus"
TEMPLATES = ROOT / "bot" / "templates"
FLAGS = ["--disable-version-check", "--metrics=off"]
CONTEXT = ROOT / "context-rules"
RULE_FILES = sorted(
    p for p in RULES.rglob("*.yaml") if not p.name.endswith((".test.yaml", ".fixed.yaml")) and ".test." not in p.name
)
# Facts for other findings (bot/escalate.py), kept out of the pack folder so that a
# scorer running the pack alone never counts their hits.
CONTEXT_FILES = sorted(CONTEXT.rglob("*.yaml"))
THRESHOLD = 0.95
LANGUAGE_GROUPS = {
    "python+javascript+typescript": ("python", "javascript", "typescript"),
    "java": ("java",), "go": ("go",), "ruby": ("ruby",), "php": ("php",), "csharp": ("csharp",),
    "kotlin": ("kotlin",),
}


@cache
def metadata_schema() -> dict[str, Any]:
    return dict(json.loads((ROOT / "bot" / "schemas" / "rule-metadata.schema.json").read_text()))


def load_rules(path: Path) -> list[dict[str, Any]]:
    return list(yaml.safe_load(path.read_text(encoding="utf-8"))["rules"])


def test_the_rule_count_is_the_documented_one() -> None:
    documented = re.search(r"^(\d+) rules in all\.$", (ROOT / "docs" / "rules.md").read_text(), re.M)
    assert documented is not None and len(RULE_FILES) == int(documented.group(1)) > 0


@pytest.mark.parametrize("path", RULE_FILES + CONTEXT_FILES, ids=lambda p: p.stem)
def test_rule_file_contract(path: Path) -> None:
    rules = load_rules(path)
    assert len(rules) == 1, "one rule per file"
    rule = rules[0]
    assert rule["id"] == path.stem
    jsonschema.validate(rule.get("metadata"), metadata_schema())
    if path.is_relative_to(CONTEXT):
        _check_context_rule(rule)
    else:
        _check_finding_rule(rule)
    assert len(rule["message"].split()) >= 25, "the message says what, why and what to do"
    tests = [p for p in path.parent.glob(path.stem + ".*") if p != path and ".fixed." not in p.name]
    assert tests, f"no annotated test file beside {path.name}"
    # Each test file speaks of the rule (`semgrep --test` fails one that names it
    # nowhere: "rule id mismatch"), and at least one shows it firing. A second file
    # may hold only look-alikes: a file-wide exclusion (an import) can be shown no other way.
    texts = {test.name: test.read_text(encoding="utf-8") for test in tests}
    for name, text in texts.items():
        assert f"ruleid: {rule['id']}" in text or f"ok: {rule['id']}" in text, f"{name} has no case of the rule"
    assert any(f"ruleid: {rule['id']}" in text for text in texts.values()), "no ruleid: case in any test file"
    if "fix" in rule or "fix-regex" in rule:
        assert list(path.parent.glob(path.stem + ".fixed.*")), "a rule with fix: needs a .fixed test file"


def _languages(rule: dict[str, Any]) -> set[str]:
    return {"javascript" if lang in ("js", "typescript", "ts") else str(lang) for lang in rule["languages"]}


def _check_context_rule(rule: dict[str, Any]) -> None:
    # Its hits only raise other findings (bot/escalate.py): it reports nothing itself.
    assert rule["severity"] == "INFO" and rule.get("mode") == "taint", "a context rule is an INFO taint rule"
    assert rule["metadata"].get("context"), "a rule of context-rules/ names the fact it marks"
    assert set(rule["metadata"]) <= {"context", "references"}, "a context rule is not a finding: no antipattern"


def _check_finding_rule(rule: dict[str, Any]) -> None:
    assert not rule["metadata"].get("context"), "context rules live in context-rules/, where scorers do not look"
    ap = antipatterns().get(rule["metadata"]["antipattern"])
    assert ap is not None, f"unknown antipattern {rule['metadata']['antipattern']}"
    # Below the antipattern's floor only as a hardening check or with a written reason
    # (below-floor), and never above WARNING then: neither blocks the default gate.
    severity = Severity.from_semgrep(rule["severity"])
    meta = rule["metadata"]
    assert not (meta.get("hardening") and meta.get("below-floor")), "one reason to sit below the floor"
    # Only a hardening note may vanish with the installed version (bot/installed.py).
    assert not meta.get("covered-from") or meta.get("hardening"), "covered-from needs hardening: true"
    assert not (meta.get("error-when") and (meta.get("hardening") or meta.get("below-floor"))), "one reason"
    if meta.get("hardening"):
        assert severity <= Severity.WARNING, "a hardening rule does not block the default gate"
    elif meta.get("below-floor"):
        assert severity < ap.min_severity, f"{rule['id']} gives a below-floor reason but is not below it"
    elif meta.get("error-when"):
        # A warning that a context rule raises to the antipattern's floor where its fact holds.
        assert severity == Severity.WARNING and ap.min_severity == Severity.ERROR, rule["id"]
        providers = [r for p in CONTEXT_FILES for r in load_rules(p) if r["metadata"]["context"] == meta["error-when"]]
        missing = _languages(rule) - {lang for r in providers for lang in _languages(r)}
        assert not missing, f"{rule['id']}: no context rule says {meta['error-when']} in {sorted(missing)}"
    else:
        assert severity >= ap.min_severity, f"{rule['id']} sits below {ap.min_severity.label}"


def test_rule_ids_are_unique() -> None:
    ids = [r["id"] for p in RULE_FILES for r in load_rules(p)]
    assert len(ids) == len(set(ids))


def test_every_antipattern_has_a_template() -> None:
    for ap in antipatterns():
        assert (TEMPLATES / f"{ap}.md.j2").is_file(), ap


def run_semgrep_test(folder: Path) -> tuple[dict[str, Any], list[str], float]:
    """`semgrep test` over a rule folder: its JSON report, what failed, and the seconds it took.

    `semgrep test` is semgrep's native rule-test runner (the engine and the
    ruleid:/ok:/todo annotations of `semgrep --test`, without its per-rule-file
    Python start-up): ~2 s for the pack instead of ~100 s. Stricter in one
    place: overlapping autofixes in one test file fail, as they would fail to
    apply in an editor. It has no version check or metrics flags; the
    environment turns both off."""
    env = {**os.environ, "SEMGREP_ENABLE_VERSION_CHECK": "0", "SEMGREP_SEND_METRICS": "off"}
    started = time.monotonic()
    proc = subprocess.run(
        [semgrep_executable(), "test", "--json", str(folder)],
        capture_output=True, text=True, timeout=900, env=env,
    )
    elapsed = time.monotonic() - started
    report = json.loads(proc.stdout)
    bad = [
        f"{cfg} {rule}: {check['matches']} {check.get('errors')}"
        for cfg, res in report["results"].items()
        for rule, check in res["checks"].items()
        if not check["passed"]
    ]
    bad += [f"{target}: autofix output differs (or its fixes overlap)"
            for target, res in report["fixtest_results"].items() if not res["passed"]]
    bad += [f"{cfg}: has no test file" for cfg in report["config_missing_tests"]]
    bad += [f"{cfg}: has a fix but no .fixed test file" for cfg in report["config_missing_fixtests"]]
    bad += [f"{cfg}: invalid" for cfg in report["config_with_errors"]]
    if proc.returncode != 0:
        bad.append(f"semgrep test exited {proc.returncode}: {proc.stderr[-2000:]}")
    return report, bad, elapsed


def test_semgrep_rule_tests_pass() -> None:
    report, bad, elapsed = run_semgrep_test(RULES)
    assert not bad, "\n".join(bad)
    assert len(report["results"]) == len(RULE_FILES)
    # Every rule with a fix had its fix checked on at least one of its test files.
    with_fix = {p.stem for p in RULE_FILES if any("fix" in r or "fix-regex" in r for r in load_rules(p))}
    assert {Path(t).name.split(".")[0] for t in report["fixtest_results"]} == with_fix
    print(f"semgrep test: {len(report['results'])} rule files in {elapsed:.1f} s")


def test_context_rule_tests_pass() -> None:
    report, bad, _ = run_semgrep_test(CONTEXT)
    assert not bad, "\n".join(bad)
    assert len(report["results"]) == len(CONTEXT_FILES) > 0


@cache
def corpus_results() -> tuple[Result, ...]:
    # Scanned from a copy, as the bot scans: inside the repository semgrep's
    # built-in ignore list would skip everything under tests/.
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "corpus"
        shutil.copytree(CORPUS, copy)
        (copy / ".semgrepignore").write_text("")
        proc = subprocess.run(
            [semgrep_executable(), "scan", *FLAGS, "--json", "--quiet", "--no-git-ignore",
             "--no-rewrite-rule-ids", "--config", str(RULES), "."],
            capture_output=True, text=True, timeout=900, cwd=copy,
        )
    assert proc.returncode == 0, proc.stderr[-2000:]
    data = json.loads(proc.stdout)
    assert not [e for e in data["errors"] if e.get("level") == "error"], data["errors"]
    return tuple(
        Result(Path(r["path"]).as_posix(), r["extra"]["metadata"]["antipattern"], r["start"]["line"],
               r["end"]["line"])
        for r in data["results"]
    )


@pytest.mark.parametrize("group", sorted(LANGUAGE_GROUPS))
def test_corpus_recall_and_precision_per_antipattern(group: str) -> None:
    langs = LANGUAGE_GROUPS[group]
    labels = [lab for lab in read_labels(CORPUS) if lab.lang in langs]
    if not any(lab.kind == "expect" for lab in labels):
        pytest.fail(f"no labeled corpus for {group}")
    results = [r for r in corpus_results() if language_of(r.file) in langs]
    rows = score(labels, results)
    failures = [
        f"{ap}: recall {row.recall:.2f} precision {row.precision:.2f} misses {row.misses[:5]} "
        f"false positives {row.false_positives[:5]}"
        for ap, row in sorted(rows.items())
        if row.recall < THRESHOLD or row.precision < THRESHOLD
    ]
    assert not failures, "\n".join(failures)


def test_rules_doc_is_generated_from_the_rules() -> None:
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "rules_doc.py"), "--check"],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr


def test_every_antipattern_has_rules_in_every_language_or_a_reason() -> None:
    lines = (ROOT / "docs" / "rules.md").read_text().splitlines()
    start = lines.index("| antipattern | python | javascript | java | go | ruby | php | csharp | kotlin |")
    table = [line for line in lines[start + 2:] if line.startswith("| `")]
    assert len(table) == len(antipatterns()), "the coverage table lists every antipattern"
    assert not [row for row in table if "**0**" in row], "an antipattern has no rule in a language and no stated reason"
