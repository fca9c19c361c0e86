"""The SARIF written for the rule pack's own test files validates against the SARIF 2.1.0 schema."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import jsonschema

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
    assert len(run["results"]) > 300
    rule_ids = {r["id"] for r in run["tool"]["driver"]["rules"]}
    assert {r["ruleId"] for r in run["results"]} == rule_ids
    for result in run["results"]:
        assert len(result["partialFingerprints"]["jwtSessionGuard/v1"]) == 24
        assert result["level"] in ("error", "warning", "note")
    for rule in run["tool"]["driver"]["rules"]:
        assert any(t.startswith("external/cwe/cwe-") for t in rule["properties"]["tags"])
