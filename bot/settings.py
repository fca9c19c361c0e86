"""The config stage: action inputs, the config file and CLI flags -> one Settings.

Precedence, highest first: action inputs / CLI flags, the config file, defaults.
The runner's environment is read here and in cli.py only (gitrepo passes
os.environ on to git).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.commands import Policy
from bot.config_file import load_config_file
from bot.diff_filter import FilterMode
from bot.errors import ConfigError
from bot.paths import rules_dir
from bot.severity import Severity, parse_fail_on

DEFAULT_CONFIG = ".github/jwt-session-guard.yml"
DEFAULT_MAX_COMMENTS = 30
# Third-party and generated code: the PR author cannot fix it (the fix belongs
# in the source it was built from), so findings there are noise, and a large
# .NET app spent most of a whole-repository scan on its EF Core migrations.
# A config file's paths.exclude replaces this list.
DEFAULT_EXCLUDE = (
    "node_modules/", "vendor/", "bower_components/", "*.min.js", "*.bundle.js", "dist/",
    "Migrations/", "*.Designer.cs", "*.designer.cs", "*.g.cs", "*ModelSnapshot.cs",
    "*.pb.go", "*_generated.go", "*.generated.*", "__generated__/",
    # Copies of other projects kept in the tree (pip's _vendor/, Chromium-style
    # third_party/), and oauthlib, whose server-side JWT helpers a Python app that
    # vendors its dependencies under lib/ never calls (noise set 7).
    "third_party/", "third-party/", "site-packages/", "_vendor/", "vendored/", "oauthlib/",
    # Lock files and Yarn's checked-in release: generated, and large enough that the YAML and
    # JSON rules timed out on them in whole-repository scans (pnpm-lock.yaml in 9 noise apps).
    "package-lock.json", "npm-shrinkwrap.json", "pnpm-lock.yaml", "yarn.lock", ".yarn/", "*.umd.js",
)
# Test code is not reviewed by default (as semgrep's own default ignore list):
# a hard-coded key in a test fixture is not a breach, and findings there teach
# teams to ignore the bot. `paths.include-tests: true` reviews it;
# `paths.test-paths` adds patterns (same syntax as paths.exclude).
DEFAULT_TEST_PATHS = (
    "test/", "tests/", "spec/", "specs/", "__tests__/", "__mocks__/", "testdata/", "test-data/",
    # Go's shared test helpers (internal/testutil): fixtures with throwaway keys.
    "testutil/", "testutils/", "testhelpers/",
    "fixtures/", "__fixtures__/", "cypress/", "e2e/", "*.Tests/", "*.Test/", "*.UnitTests/",
    "*.IntegrationTests/",
    # Folders named for a kind of test (Go's pkg/webtests, Maven's
    # src/integration-test): compounds, not `*tests/`, which would take contests/.
    "*-tests/", "*_tests/", "integration-test/", "e2e-test/", "e2etests/", "webtests/", "apitests/",
    "integrationtests/", "unittests/", "functionaltests/", "acceptancetests/",
    # Local stand-ins a developer starts to try a flow (an OIDC provider's config with a
    # throwaway secret): noise set 9.
    "test-environments/", "test-environment/", "test-env/", "test-envs/",
    # Integration-test suites and their resources (a Go app's internal/suites/<suite>/,
    # Java's test_resources/): throwaway keys for a throwaway server. Not examples/:
    # a library's example server is the code its users copy (the real-world labels
    # count satellizer's examples/server/ as instances).
    "suites/", "test_resources/", "test-resources/",
    # Conformance suites (a Go module's storage/conformance/ that each backend's tests run):
    # shared test code with throwaway keys, imported only by _test.go files (noise set 18).
    "conformance/",
    # CI pipelines: the environment they give the test server holds throwaway
    # secrets (a JWT secret for an end-to-end job), not shipped configuration.
    # (and a CI job's env file beside them, such as .github/ci.env; not all of .github/,
    # which holds this bot's own config file)
    ".github/workflows/", ".github/*.env", ".gitlab-ci.yml", ".circleci/", ".travis.yml", "azure-pipelines.yml",
    "bitbucket-pipelines.yml", ".drone.yml", ".woodpecker/", ".buildkite/",
    # Configuration of the test environment: its keys and relaxed cookie flags
    # serve the test suite (a Rails app's config/environments/test.rb failed the
    # gate of an ordinary app in noise set 6 with nothing to fix).
    "*config/environments/test.rb", "application-test.*", "appsettings.Test.json", "*settings/test.py",
    # Dotenv files named for the test run (Laravel's .env.testing, a Go service's
    # hack/test.env that its test suites load): the same role as .env.test.
    ".env.test", ".env.testing", "test.env", "test_*.env", "test-*.env", "testing.env",
    "*_test.go", "*.test.*", "*.spec.*", "test_*.py", "*_test.py", "conftest.py",
    # A module named for the tests it holds (Django's app/tests.py, a project's lib/test.js).
    "test.py", "tests.py", "test.js", "tests.js", "test.ts", "tests.ts", "*Test.java", "*Tests.java",
    "*Test.kt", "*Tests.kt", "*Test.cs", "*Tests.cs", "*_spec.rb", "*_test.rb", "*Test.php",
)

# Development configuration is reviewed, but never blocks: a key committed in a
# `dev` profile is worth a comment (profiles get deployed, and labelers of real
# code count them), while a blocked merge for it taught teams nothing (noise
# set 6). Findings here are capped at WARNING unless rules.severity says otherwise.
DEFAULT_DEV_CONFIG_PATHS = (
    "*config/environments/development.rb", "application-dev.*", "application-local.*", "localdev/",
    "appsettings.Development.json", "appsettings.Local.json", "*settings/dev.py",
    "*settings/development.py", "*settings/local.py", ".env.development",
    # Compose files are deployment templates: a JWT_SECRET placeholder there is worth
    # a comment, and the deployer's override decides (noise set 7, after rule pass 7
    # read YAML config keys in snake case).
    "docker-compose*.yml", "docker-compose*.yaml", "compose.yml", "compose.yaml", "*.compose.yml",
    "*.compose.yaml", "compose/",
)


@dataclass(frozen=True, kw_only=True)
class Settings:
    fail_on: Severity | None = Severity.ERROR
    filter_mode: FilterMode = FilterMode.ADDED
    rule_configs: tuple[Path, ...] = ()
    templates_dir: Path | None = None
    max_comments: int = DEFAULT_MAX_COMMENTS
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE
    # Patterns of test code left out of the review; empty with paths.include-tests.
    test_paths: tuple[str, ...] = DEFAULT_TEST_PATHS
    # Folders of separate apps in a monorepo: repository facts hold per project (bot/repo_facts.py).
    projects: tuple[str, ...] = ()
    # Go files built only with a test tag (bot/build_tags.py); False with paths.include-tests.
    skip_test_builds: bool = True
    # Generated or minified files recognised by their content (bot/generated.py): part of the
    # default exclusions, so False when the config file's paths.exclude replaces them.
    skip_generated: bool = True
    dev_config_paths: tuple[str, ...] = DEFAULT_DEV_CONFIG_PATHS
    disabled: frozenset[str] = frozenset()
    severity_overrides: Mapping[str, Severity] = field(default_factory=dict)
    request_changes: bool = False
    check_run: bool = False
    bot_login: str | None = None
    require_suppression_reason: bool = True
    triage: Policy = Policy()
    mode: str = "review"
    sarif_file: str = ""
    findings_file: str = "jwt-session-guard-findings.json"
    on_scan_error: str = "fail"


@dataclass(frozen=True, kw_only=True)
class GitHubContext:
    """What the runner tells the container about the run."""

    token: str = field(repr=False)
    api_url: str
    server_url: str
    repository: str
    event_name: str
    event: Mapping[str, Any]
    workspace: Path
    sha: str | None
    output_file: Path | None
    summary_file: Path | None


def _parse(value: str, parser: Any, key: str) -> Any:
    try:
        return parser(value)
    except ValueError as exc:
        raise ConfigError(f"{key}: {exc}") from exc


def _max_comments(value: str | int) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise ConfigError(f"max-comments must be a whole number, not {value!r}") from None
    if number < 0:
        raise ConfigError(f"max-comments must be 0 or more, not {number}")
    return number


def _boolean(value: str | bool | None, key: str) -> bool:
    if value is None or value == "":
        return False
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("true", "yes", "1", "on"):
        return True
    if text in ("false", "no", "0", "off"):
        return False
    raise ConfigError(f"{key} must be true or false, not {value!r}")


def _split_list(value: str) -> tuple[str, ...]:
    """Action inputs are strings: a list is given one item per line or comma-separated."""
    items = [part.strip() for line in value.splitlines() for part in line.split(",")]
    return tuple(item for item in items if item)


def build_settings(*, inputs: Mapping[str, str], base_dir: Path, config_path: Path | None) -> Settings:
    """Merge inputs (already stripped of empty values) over the config file over defaults."""
    file_cfg = load_config_file(config_path) if config_path else {}

    def pick(key: str) -> Any:
        return inputs.get(key) if inputs.get(key) not in (None, "") else file_cfg.get(key)

    fail_on_value = pick("fail-on")
    filter_value = pick("filter-mode")
    max_value = pick("max-comments")
    rules_cfg = file_cfg.get("rules", {}) or {}
    paths_cfg = file_cfg.get("paths", {}) or {}

    extra = list(rules_cfg.get("extra", []))
    if inputs.get("rules"):
        extra += _split_list(inputs["rules"])
    configs = [rules_dir()]
    for item in extra:
        folder = (base_dir / item).resolve()
        if not folder.exists():
            raise ConfigError(f"rules: extra rule folder {item!r} does not exist")
        configs.append(folder)

    templates = pick("templates")
    templates_dir = (base_dir / templates).resolve() if templates else None
    if templates_dir is not None and not templates_dir.is_dir():
        raise ConfigError(f"templates: {templates!r} is not a folder")

    exclude = tuple(paths_cfg["exclude"]) if "exclude" in paths_cfg else DEFAULT_EXCLUDE
    if inputs.get("exclude"):
        exclude += _split_list(inputs["exclude"])

    overrides = {
        key: _parse(value, lambda v: Severity.from_semgrep(v), f"rules.severity.{key}")
        for key, value in (rules_cfg.get("severity", {}) or {}).items()
    }
    return Settings(
        fail_on=_parse(str(fail_on_value), parse_fail_on, "fail-on") if fail_on_value else Severity.ERROR,
        filter_mode=_parse(str(filter_value), FilterMode.parse, "filter-mode")
        if filter_value
        else FilterMode.ADDED,
        rule_configs=tuple(configs),
        templates_dir=templates_dir,
        max_comments=_max_comments(max_value) if max_value not in (None, "") else DEFAULT_MAX_COMMENTS,
        include=tuple(paths_cfg.get("include", [])),
        exclude=exclude,
        test_paths=() if paths_cfg.get("include-tests") else DEFAULT_TEST_PATHS + tuple(paths_cfg.get("test-paths", [])),
        skip_test_builds=not paths_cfg.get("include-tests"),
        skip_generated="exclude" not in paths_cfg,
        projects=tuple(paths_cfg.get("projects", [])),
        disabled=frozenset(rules_cfg.get("disable", [])),
        severity_overrides=overrides,
        request_changes=_boolean(pick("request-changes"), "request-changes"),
        check_run=_boolean(pick("check-run"), "check-run"),
        bot_login=inputs.get("bot-login") or None,
        require_suppression_reason=bool((file_cfg.get("suppressions") or {}).get("require-reason", True)),
        triage=Policy(permission=str((file_cfg.get("triage") or {}).get("permission", "write")),
                      allow_author=bool((file_cfg.get("triage") or {}).get("allow-author", False))),
        mode=_choice(inputs.get("mode") or "review", "mode", ("review", "analyze", "publish")),
        sarif_file=inputs.get("sarif-file", ""),
        findings_file=inputs.get("findings-file") or "jwt-session-guard-findings.json",
        on_scan_error=_choice(str(pick("on-scan-error") or "fail"), "on-scan-error", ("fail", "warn")),
    )


def _choice(value: str, key: str, choices: tuple[str, ...]) -> str:
    if value.strip().lower() not in choices:
        raise ConfigError(f"{key} must be one of {', '.join(choices)}, not {value!r}")
    return value.strip().lower()


INPUT_NAMES = (
    "github-token", "fail-on", "filter-mode", "config", "rules", "exclude", "templates",
    "max-comments", "request-changes", "check-run", "bot-login", "sarif-file", "findings-file", "mode",
    "on-scan-error",
)


def read_inputs(environ: Mapping[str, str]) -> dict[str, str]:
    """INPUT_<NAME> as the runner sets it (hyphens kept), or with underscores."""
    inputs: dict[str, str] = {}
    for name in INPUT_NAMES:
        for key in (f"INPUT_{name.upper()}", f"INPUT_{name.upper().replace('-', '_')}"):
            value = environ.get(key, "").strip()
            if value:
                inputs[name] = value
                break
    return inputs


def github_context(environ: Mapping[str, str], inputs: Mapping[str, str]) -> GitHubContext:
    def need(key: str) -> str:
        value = environ.get(key, "").strip()
        if not value:
            raise ConfigError(f"{key} is not set: `review` runs inside GitHub Actions (use `scan` locally)")
        return value

    token = inputs.get("github-token") or environ.get("GITHUB_TOKEN", "").strip()
    if not token:
        raise ConfigError("no GitHub token: set the github-token input or GITHUB_TOKEN")
    event_path = Path(need("GITHUB_EVENT_PATH"))
    try:
        event = json.loads(event_path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"GITHUB_EVENT_PATH {event_path} does not exist") from None
    except (OSError, ValueError) as exc:
        raise ConfigError(f"GITHUB_EVENT_PATH {event_path} is not a readable JSON event: {exc}") from exc
    if not isinstance(event, dict):
        raise ConfigError(f"GITHUB_EVENT_PATH {event_path} does not hold a JSON object")
    output = environ.get("GITHUB_OUTPUT", "").strip()
    summary = environ.get("GITHUB_STEP_SUMMARY", "").strip()
    return GitHubContext(
        token=token,
        api_url=environ.get("GITHUB_API_URL", "").strip().rstrip("/") or "https://api.github.com",
        server_url=environ.get("GITHUB_SERVER_URL", "").strip().rstrip("/") or "https://github.com",
        repository=need("GITHUB_REPOSITORY"),
        event_name=need("GITHUB_EVENT_NAME"),
        event=event,
        workspace=Path(environ.get("GITHUB_WORKSPACE", "").strip() or ".").resolve(),
        sha=environ.get("GITHUB_SHA", "").strip() or None,
        output_file=Path(output) if output else None,
        summary_file=Path(summary) if summary else None,
    )
