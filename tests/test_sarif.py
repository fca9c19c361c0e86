"""The SARIF written for the rule pack's own test files validates against the SARIF 2.1.0 schema."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import jsonschema
import yaml

from tests.conftest import run_cli
from tests.support.gitpr import Repo

SCHEMA = Path(__file__).parent / "support" / "sarif-2.1.0.json"
RULE_TESTS = Path(__file__).resolve().parent.parent / "semgrep-rules"


def test_sarif_over_the_rule_pack_tests_is_valid(repo: Repo) -> None:
    shutil.copytree(RULE_TESTS, repo.root / "cases", ignore=shutil.ignore_patterns("*.yaml", "*.yml"))
    repo.commit("the rule pack's annotated test files")
    proc = run_cli(["scan", "--all", "--format", "sarif", "--fail-on", "none"], cwd=repo.root)
    assert proc.returncode == 0, proc.stderr
    sarif = json.loads(proc.stdout)
    schema = json.loads(SCHEMA.read_text())
    jsonschema.validators.validator_for(schema)(schema).validate(sarif)
    run = sarif["runs"][0]
    # Every test file that annotates a finding (`ruleid: <id>`) gets a result of that rule's
    # antipattern (one rule per antipattern and line survives de-duplication).
    docs = [yaml.safe_load(y.read_text(encoding="utf-8")) for y in RULE_TESTS.rglob("*.yaml")]
    # (some .yaml files are test targets of the Spring YAML rules, not rules)
    rules = [r for doc in docs if isinstance(doc, dict) and "rules" in doc for r in doc["rules"]]
    antipattern_of = {r["id"]: r["metadata"]["antipattern"] for r in rules}
    # Rules that depend on repository facts (bot/repo_facts.py) see every test file's facts here, all
    # of them one repository: their findings are tested in tests/test_repo_facts.py, not here.
    by_facts = {r["id"] for r in rules if {"requires-repo", "unless-repo"} & set(r["metadata"])}
    reported: dict[str, set[str]] = {}
    for result in run["results"]:
        path = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        reported.setdefault(path.removeprefix("cases/"), set()).add(antipattern_of[result["ruleId"]])
    checked = 0
    for case in sorted(RULE_TESTS.rglob("*")):
        if not case.is_file() or case.suffix in (".yaml", ".yml"):  # not copied above
            continue
        if ".fixed." in case.name:  # autofix output: the annotations it kept are fixed
            continue
        wanted = {antipattern_of[i] for i in re.findall(r"ruleid:\s*([\w.-]+)", case.read_text(errors="replace"))
                  if i not in by_facts}
        rel = case.relative_to(RULE_TESTS).as_posix()
        assert wanted <= reported.get(rel, set()), rel
        checked += bool(wanted)
    assert checked >= len(antipattern_of) * 0.9
    rule_ids = {r["id"] for r in run["tool"]["driver"]["rules"]}
    assert {r["ruleId"] for r in run["results"]} == rule_ids
    for result in run["results"]:
        assert len(result["partialFingerprints"]["jwtSessionGuard/v1"]) == 24
        assert result["level"] in ("error", "warning", "note")
    for rule in run["tool"]["driver"]["rules"]:
        assert any(t.startswith("external/cwe/cwe-") for t in rule["properties"]["tags"])
