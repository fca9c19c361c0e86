from __future__ import annotations

import dataclasses
import fnmatch
import itertools

import pytest

from bot.policy import apply_rule_policy, drop_duplicates, path_selected
from bot.model import Finding
from bot.settings import DEFAULT_DEV_CONFIG_PATHS, DEFAULT_EXCLUDE, DEFAULT_TEST_PATHS
from bot.severity import Severity


@pytest.mark.parametrize(
    ("path", "selected"),
    [
        ("src/app.js", True),
        ("node_modules/jsonwebtoken/index.js", False),
        ("web/node_modules/x/y.js", False),
        ("vendor/github.com/golang-jwt/jwt/parser.go", False),
        ("static/app.min.js", False),
        ("src/vendors.py", True),
        ("src/node_modules_helper.js", True),
        ("web/dist/main.js", False),
        ("src/Data/Migrations/20240101_Init.cs", False),
        ("src/Data/Migrations/AppDbContextModelSnapshot.cs", False),
        ("src/Forms/Login.Designer.cs", False),
        ("obj/Views/Login.g.cs", False),
        ("api/auth.pb.go", False),
        ("graphql/__generated__/types.ts", False),
        ("src/Data/MigrationsHelper.cs", True),
        ("src/distance.js", True),
        ("src/Auth/TokenService.cs", True),
        ("lib/oauthlib/common.py", False),
        ("third_party/jwt/jwt.go", False),
        ("pip/_vendor/requests/sessions.py", False),
        ("src/my_oauthlib_client.py", True),
        ("src/third_party_login.py", True),
        ("web/pnpm-lock.yaml", False),
        ("package-lock.json", False),
        (".yarn/releases/yarn-4.12.0.cjs", False),
        ("wwwroot/lib/chart-js/chart.umd.js", False),
        ("src/lockfile.yaml", True),
        ("src/yarn_helpers.js", True),
    ],
)
def test_default_excludes(path: str, selected: bool) -> None:
    assert path_selected(path, include=(), exclude=DEFAULT_EXCLUDE) is selected


@pytest.mark.parametrize(
    ("pattern", "path", "excluded"),
    [
        ("tests/fixtures/**", "tests/fixtures/a/b.py", True),
        ("tests/fixtures/**", "tests/other.py", False),
        ("*.spec.ts", "web/a/b.spec.ts", True),
        ("docs/", "docs/x/y.py", True),
        ("api/legacy.py", "api/legacy.py", True),
        ("api/legacy.py", "x/api/legacy.py", False),
    ],
)
def test_exclude_patterns(pattern: str, path: str, excluded: bool) -> None:
    assert path_selected(path, include=(), exclude=(pattern,)) is not excluded


def test_include_narrows() -> None:
    assert path_selected("services/api/a.py", include=("services/**",), exclude=())
    assert not path_selected("web/a.js", include=("services/**",), exclude=())


def _f(rule: str, ap: str, sev: Severity, path: str = "a") -> Finding:
    return Finding(rule_id=rule, antipattern=ap, severity=sev, path=path, line=1, end_line=1,
                   message="m", code="c", fingerprint=rule, metadata={})


def test_disable_and_override() -> None:
    found = [_f("r1", "jwt-long-lived", Severity.WARNING), _f("r2", "session-no-expiry", Severity.WARNING),
             _f("r3", "jwt-weak-secret", Severity.ERROR)]
    kept = apply_rule_policy(found, disabled=frozenset({"jwt-long-lived"}),
                             overrides={"session-no-expiry": Severity.ERROR, "r3": Severity.INFO,
                                        "jwt-weak-secret": Severity.WARNING})
    assert [(f.rule_id, f.severity) for f in kept] == [("r2", Severity.ERROR), ("r3", Severity.INFO)]


def test_two_rules_on_one_line_give_one_finding() -> None:
    a = _f("pyjwt-hardcoded-secret", "jwt-weak-secret", Severity.WARNING)
    b = _f("python-jwt-secret-setting-hardcoded", "jwt-weak-secret", Severity.ERROR)
    c = _f("other", "jwt-long-lived", Severity.WARNING)
    assert [f.rule_id for f in drop_duplicates([a, b, c])] == ["python-jwt-secret-setting-hardcoded", "other"]


def test_of_two_equal_findings_the_one_with_an_autofix_stays() -> None:
    plain = _f("tymon-jwt-auth-no-revocation", "jwt-no-revocation", Severity.WARNING)
    fixed = dataclasses.replace(plain, fixed_lines="x = true")
    assert drop_duplicates([plain, fixed]) == [fixed]
    assert drop_duplicates([fixed, plain]) == [fixed]
    # An autofix never outranks a worse severity.
    error = _f("other", "jwt-no-revocation", Severity.ERROR)
    assert drop_duplicates([fixed, error]) == [error]


def test_development_configuration_never_blocks() -> None:
    found = [
        _f("spring-boot-yaml-jwt-secret", "jwt-weak-secret", Severity.ERROR, "src/main/resources/application-dev.yml"),
        _f("rails-secret-key-base-hardcoded", "jwt-weak-secret", Severity.ERROR, "config/environments/development.rb"),
        _f("spring-boot-yaml-jwt-secret", "jwt-weak-secret", Severity.ERROR, "src/main/resources/application.yml"),
        _f("django-session-cookie-insecure", "jwt-weak-secret", Severity.WARNING, "mysite/settings/local.py"),
        _f("django-session-age", "jwt-weak-secret", Severity.INFO, "mysite/settings/dev.py"),
        _f("spring-boot-yaml-jwt-secret", "jwt-weak-secret", Severity.ERROR, "docker-compose.prod.yml"),
        _f("spring-boot-yaml-jwt-secret", "jwt-weak-secret", Severity.ERROR, "tools/compose/traefik.yml"),
        _f("spring-boot-yaml-jwt-secret", "jwt-weak-secret", Severity.ERROR, "config/composer.yml"),
    ]
    kept = apply_rule_policy(found, disabled=frozenset(), overrides={}, capped_paths=DEFAULT_DEV_CONFIG_PATHS)
    assert [(f.path, f.severity) for f in kept] == [
        ("src/main/resources/application-dev.yml", Severity.WARNING),
        ("config/environments/development.rb", Severity.WARNING),
        ("src/main/resources/application.yml", Severity.ERROR),
        ("mysite/settings/local.py", Severity.WARNING),
        ("mysite/settings/dev.py", Severity.INFO),
        ("docker-compose.prod.yml", Severity.WARNING),
        ("tools/compose/traefik.yml", Severity.WARNING),
        ("config/composer.yml", Severity.ERROR),
    ]
    # rules.severity is the team's word, and wins over the cap.
    kept = apply_rule_policy(found[:1], disabled=frozenset(), overrides={"spring-boot-yaml-jwt-secret": Severity.ERROR},
                             capped_paths=DEFAULT_DEV_CONFIG_PATHS)
    assert kept[0].severity is Severity.ERROR


@pytest.mark.parametrize(("path", "is_test"), [
    ("src/test/java/com/acme/JwtFilterTest.java", True),
    ("app/__tests__/auth.js", True),
    ("pkg/auth/token_test.go", True),
    ("web/src/auth.spec.ts", True),
    ("web/src/auth.test.jsx", True),
    ("tests/test_auth.py", True),
    ("api/test_tokens.py", True),
    ("api/tokens_test.py", True),
    ("api/conftest.py", True),
    ("Acme.Api.Tests/AuthControllerTests.cs", True),
    ("spec/models/user_spec.rb", True),
    ("internal/testdata/keys.go", True),
    ("internal/testutil/jwt.go", True),
    ("pkg/testhelpers/session.go", True),
    ("cypress/support/login.ts", True),
    ("e2e/login.ts", True),
    ("tests/Feature/LoginTest.php", True),
    ("pkg/webtests/integrations.go", True),
    ("pkg/e2etests/integrations.go", True),
    ("scripts/test-environments/authelia-oidc/authelia/configuration.yml", True),
    ("deploy/test-env/config.yml", True),
    ("services/api/integration-tests/auth.ts", True),
    ("api_tests/session.py", True),
    ("src/integration-test/java/com/acme/AuthIT.java", True),
    (".github/workflows/playwright.yml", True),
    (".github/ci.env", True),
    (".github/jwt-session-guard.yml", False),
    ("storage/conformance/conformance.go", True),
    ("internal/conformance_check.go", False),
    ("docs/nonconformance/report.md", False),
    (".gitlab-ci.yml", True),
    (".circleci/config.yml", True),
    ("config/environments/test.rb", True),
    ("src/main/resources/application-test.properties", True),
    ("src/Acme.Api/appsettings.Test.json", True),
    ("mysite/settings/test.py", True),
    (".env.test", True),
    (".env.testing", True),
    ("hack/test.env", True),
    ("hack/test_asymmetric.env", True),
    ("deploy/test-keys.env", True),
    ("deploy/latest.env", False),
    ("deploy/contest.env", False),
    (".env", False),
    ("example.env", False),
    (".env.production", False),
    ("internal/suites/Traefik/configuration.yml", True),
    ("internal/configuration/test_resources/config_with_secret.yml", True),
    ("server/src/test-resources/keys.properties", True),
    ("examples/server/node/server.js", False),
    ("polls/tests.py", True),
    ("lib/test.js", True),
    ("configs/test.py", True),
    ("src/main/kotlin/com/example/demo/JwtManager.kt", False),
    ("app/example/views.py", False),
    ("lib/latest.js", False),
    ("app/contest.py", False),
    ("src/testimonials.ts", False),
    # development configuration is reviewed (capped at WARNING, below)
    ("config/environments/development.rb", False),
    ("src/main/resources/application-dev.yml", False),
    ("localdev/application.yml", False),
    ("mysite/settings/dev.py", False),
    ("config/environments/production.rb", False),
    ("src/main/resources/application-prod.yml", False),
    ("src/main/resources/application.properties", False),
    ("src/Acme.Api/appsettings.json", False),
    ("src/Acme.Api/appsettings.Production.json", False),
    ("mysite/settings/production.py", False),
    ("mysite/settings/base.py", False),
    ("app/contests/views.py", False),
    ("deploy/github/workflows.yml", False),
    ("config/application.yml", False),
    ("src/auth/token.ts", False),
    ("internal/util/jwt.go", False),
    ("app/contest/views.py", False),
    ("lib/attestation.py", False),
    ("src/latest.js", False),
    ("src/Testimonials.java", False),
    ("Acme.Api/Controllers/AuthController.cs", False),
    ("config/settings.py", False),
])
def test_default_test_paths(path: str, is_test: bool) -> None:
    assert (not path_selected(path, include=(), exclude=DEFAULT_TEST_PATHS)) is is_test


def _one_pattern(path: str, pattern: str) -> bool:
    """The path rules read one pattern at a time, as the README states them."""
    parts = path.split("/")
    if pattern.endswith("/"):
        name = pattern.rstrip("/")
        if "/" not in name:
            return any(fnmatch.fnmatchcase(part, name) for part in parts[:-1])
        pattern = name + "/**"
    if "/" not in pattern:
        return any(fnmatch.fnmatchcase(part, pattern) for part in parts)
    if pattern.endswith("/**"):
        prefix = pattern[:-3].lstrip("/")
        return any(fnmatch.fnmatchcase("/".join(parts[:i]), prefix) for i in range(1, len(parts)))
    return fnmatch.fnmatchcase(path, pattern.lstrip("/"))


_SEGMENTS = ("src", "test", "tests", "node_modules", "Migrations", "webtests", ".github", "workflows",
             "contests", "api", "a.py", "x.test.js", "foo_test.go", "Login.Designer.cs", "ci.yml",
             ".gitlab-ci.yml", "AuthTests.cs", "vendor", "dist", "e2e-tests", "legacy.py", "Acme.Tests")
_PATTERNS = DEFAULT_EXCLUDE + DEFAULT_TEST_PATHS + (
    "tests/fixtures/**", "docs/", "api/legacy.py", "/api/legacy.py", "src/*/x.test.js", "src/**",
    "/.github/", "[!a]pi/", "?est/", "*.[jt]s",
)


def test_compiled_patterns_answer_like_each_pattern_read_alone() -> None:
    paths = ["/".join(combo) for n in (1, 2, 3) for combo in itertools.product(_SEGMENTS, repeat=n)]
    for patterns in (DEFAULT_EXCLUDE, DEFAULT_TEST_PATHS, _PATTERNS, ("src/**",), ("docs/",)):
        for path in paths:
            expected = any(_one_pattern(path, p) for p in patterns)
            assert path_selected(path, include=(), exclude=patterns) is not expected, (path, patterns)
            assert path_selected(path, include=patterns, exclude=()) is expected, (path, patterns)
