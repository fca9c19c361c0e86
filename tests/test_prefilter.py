"""Every rule lets semgrep skip the files that cannot match it.

semgrep runs a rule on a file only when the file contains the literals the
rule requires (its prefilter). A rule built from metavariables only, or with
one such branch in a `pattern-either`, has no prefilter and runs on every file
of its language: a whole-repository scan then pays for it on every file
(bench/rule_cost.py). semgrep-core prints the prefilter it derives for each
rule; a rule without one must at least be limited to its files by `paths:`.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
import semgrep

from bot.pack import load_pack

ROOT = Path(__file__).resolve().parent.parent
SEMGREP_CORE = Path(semgrep.__file__).parent / "bin" / "semgrep-core"


@pytest.fixture(scope="module")
def prefilters(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    bundle = load_pack([ROOT / "semgrep-rules"]).write_bundle(tmp_path_factory.mktemp("pack") / "rules.json")
    proc = subprocess.run([str(SEMGREP_CORE), "-prefilter_of_rules", str(bundle)], capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return {item["rule_id"]: item["filter"] for item in json.loads(proc.stdout)}


def test_every_rule_has_a_prefilter_or_is_limited_to_its_files(prefilters: dict[str, object]) -> None:
    rules = load_pack([ROOT / "semgrep-rules"]).rules
    assert len(prefilters) == len(rules)
    unfiltered = sorted(
        r["id"] for r in rules
        if prefilters[r["id"]] == "None" and not (r.get("paths") or {}).get("include")
    )
    assert unfiltered == [], f"{len(unfiltered)} rules run on every file of their language: {unfiltered}"
