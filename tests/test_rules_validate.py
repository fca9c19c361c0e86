"""The rule pack passes `semgrep --validate`.

semgrep's rule validator does not resolve YAML anchors and aliases (`&id001` ... `*id001`), while its scan loader
does: a rule file that uses them scans and passes `semgrep --test`, yet `--validate` rejects it ("Expected a list for
pattern-either", "Wrong field for a pattern"). So rule files spell every repeated pattern out.
"""

from __future__ import annotations

import os
import subprocess
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml

from bot.scan import semgrep_executable

ROOT = Path(__file__).resolve().parent.parent
RULES = ROOT / "semgrep-rules"
FLAGS = ["--disable-version-check", "--metrics=off"]
RULE_FILES = sorted(
    p for p in RULES.rglob("*.yaml") if not p.name.endswith((".test.yaml", ".fixed.yaml")) and ".test." not in p.name
)
LINT_PACK_PATH = "/c/p/semgrep-rule-lints"


def anchors_and_aliases(text: str) -> list[str]:
    """Every YAML anchor (`&name`) and alias (`*name`) in a document, with its line."""
    found = []
    for event in yaml.parse(text):
        if isinstance(event, yaml.AliasEvent):
            found.append(f"*{event.anchor} (line {event.start_mark.line + 1})")
        elif getattr(event, "anchor", None):
            found.append(f"&{event.anchor} (line {event.start_mark.line + 1})")
    return found


def test_rule_files_use_no_yaml_anchors_or_aliases() -> None:
    offenders = {
        path.relative_to(ROOT).as_posix(): found
        for path in RULE_FILES
        if (found := anchors_and_aliases(path.read_text(encoding="utf-8")))
    }
    assert not offenders, "semgrep --validate does not resolve YAML anchors/aliases; write the patterns out in:\n" + (
        "\n".join(f"{path}: {', '.join(found)}" for path, found in offenders.items())
    )


class _EmptyLintPack(BaseHTTPRequestHandler):
    """semgrep.dev as `--validate` sees it: the lint pack p/semgrep-rule-lints, here with no rules."""

    server: _Registry

    def do_GET(self) -> None:
        self.server.requested.append(self.path)
        body = b"rules: []\n"
        self.send_response(200)
        self.send_header("Content-Type", "application/x-yaml")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


class _Registry(ThreadingHTTPServer):
    requested: list[str]


@pytest.fixture
def registry() -> Iterator[_Registry]:
    """A loopback stand-in for the registry, so `--validate` runs offline instead of hanging."""
    server = _Registry(("127.0.0.1", 0), _EmptyLintPack)
    server.requested = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def test_semgrep_validate_accepts_the_whole_pack(registry: _Registry) -> None:
    rules = sum(len(yaml.safe_load(p.read_text(encoding="utf-8"))["rules"]) for p in RULE_FILES)
    started = time.monotonic()
    proc = subprocess.run(
        [semgrep_executable(), "--validate", *FLAGS, "--config", str(RULES)],
        capture_output=True, text=True, timeout=600,
        env={**os.environ, "SEMGREP_URL": f"http://127.0.0.1:{registry.server_port}"},
    )
    elapsed = time.monotonic() - started
    output = proc.stdout + proc.stderr
    assert proc.returncode == 0, output[-4000:]
    assert f"Configuration is valid - found 0 configuration error(s), and {rules} rule(s)." in output, output[-4000:]
    assert registry.requested == [LINT_PACK_PATH], "the lint pack was not fetched from the loopback registry"
    print(f"semgrep --validate: {rules} rules in {elapsed:.1f} s")
