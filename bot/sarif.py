"""SARIF 2.1.0 for code scanning (github/codeql-action/upload-sarif)."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot import __version__
from bot.model import Finding
from bot.severity import Severity
from bot.taxonomy import antipatterns

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
# GitHub code scanning ranks alerts by this property (0.0-10.0).
_SECURITY_SEVERITY = {Severity.ERROR: "8.0", Severity.WARNING: "5.5", Severity.INFO: "2.0"}


def _rule(finding: Finding) -> dict[str, Any]:
    meta = finding.metadata
    ap = antipatterns().get(finding.antipattern)
    cwes = [m.group(0).lower() for c in meta.get("cwe", []) if (m := re.search(r"CWE-\d+", str(c)))]
    refs = [str(r) for r in meta.get("references", []) if str(r).startswith("https://")]
    rule: dict[str, Any] = {
        "id": finding.rule_id,
        "name": finding.rule_id,
        "shortDescription": {"text": ap.title if ap else finding.antipattern},
        "fullDescription": {"text": " ".join(finding.message.split())},
        "help": {
            "text": " ".join(finding.message.split()),
            "markdown": " ".join(finding.message.split()) + "".join(f"\n- {r}" for r in refs),
        },
        "defaultConfiguration": {"level": _LEVEL[finding.severity]},
        "properties": {
            "tags": ["security", finding.antipattern, *[f"external/cwe/{c}" for c in cwes]],
            "precision": {"HIGH": "high", "MEDIUM": "medium", "LOW": "low"}.get(str(meta.get("confidence")), "medium"),
            "security-severity": _SECURITY_SEVERITY[finding.severity],
            "antipattern": finding.antipattern,
        },
    }
    if refs:
        rule["helpUri"] = refs[0]
    return rule


@dataclass(frozen=True, kw_only=True)
class Suppressed:
    """A finding reported as dismissed: waived in the pull request (`external`) or by a code comment
    (`inSource`); code scanning shows it closed, with the justification."""

    finding: Finding
    kind: str  # "external" or "inSource"
    justification: str


def to_sarif(findings: Sequence[Finding], suppressed: Sequence[Suppressed] = ()) -> dict[str, Any]:
    """`findings` are open; `suppressed` are reported with a `suppressions` entry each."""
    dismissed = {s.finding.fingerprint: s for s in suppressed}
    findings = [*findings, *(s.finding for s in suppressed)]
    rules: dict[str, dict[str, Any]] = {}
    for f in findings:
        rules.setdefault(f.rule_id, _rule(f))
    index = {rule_id: i for i, rule_id in enumerate(rules)}
    results = [
        {
            "ruleId": f.rule_id,
            "ruleIndex": index[f.rule_id],
            "level": _LEVEL[f.severity],
            "message": {"text": " ".join(f.message.split()) or f.antipattern},
            "locations": [{
                "physicalLocation": {
                    "artifactLocation": {"uri": f.path, "uriBaseId": "%SRCROOT%"},
                    "region": {"startLine": f.line, "endLine": f.end_line},
                }
            }],
            **({"relatedLocations": [
                {"id": i, "message": {"text": "used here"}, "physicalLocation": {
                    "artifactLocation": {"uri": f.path, "uriBaseId": "%SRCROOT%"},
                    "region": {"startLine": use}}}
                for i, use in enumerate(f.also_at)]} if f.also_at else {}),
            "partialFingerprints": {"jwtSessionGuard/v1": f.fingerprint},
            "properties": {"antipattern": f.antipattern},
            **({"suppressions": [{"kind": dismissed[f.fingerprint].kind, "status": "accepted",
                                  "justification": dismissed[f.fingerprint].justification}]}
               if f.fingerprint in dismissed else {}),
        }
        for f in findings
    ]
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "jwt-session-guard",
                "version": __version__,
                "informationUri": "https://github.com/jwt-session-guard/jwt-session-guard",
                "rules": list(rules.values()),
            }},
            "results": results,
            "columnKind": "unicodeCodePoints",
        }],
    }


def write_sarif(path: Path, findings: Sequence[Finding], suppressed: Sequence[Suppressed] = ()) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(to_sarif(findings, suppressed), indent=2) + "\n", encoding="utf-8")
