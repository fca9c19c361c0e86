"""The built image, run exactly as GitHub's runner runs a Docker container action.

Needs a built image: `.ci/docker.sh` builds it and runs this file with
JSG_DOCKER_IMAGE set; without that variable the test is skipped.

The runner's `docker run` for a Docker action (what this reproduces):
  docker run --rm --workdir /github/workspace
    -e INPUT_<NAME> (upper-cased, hyphens kept) -e GITHUB_* ...
    -v <runner temp>/_github_home:/github/home
    -v <runner temp>/_github_workflow:/github/workflow       (event.json)
    -v <runner temp>/_runner_file_commands:/github/file_commands  (GITHUB_OUTPUT, ...)
    -v <workspace>:/github/workspace
    <image> <args from action.yml>
Here `--network host` lets the container reach the fake GitHub on loopback.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from tests.support.fake_github import FakeGitHub
from tests.support.gitpr import Repo
from tests.support.scenario import TOKEN, open_pr

ROOT = Path(__file__).resolve().parent.parent
IMAGE = os.environ.get("JSG_DOCKER_IMAGE", "").strip()
DOCKER = os.environ.get("JSG_DOCKER") or shutil.which("docker") or "docker"

pytestmark = pytest.mark.skipif(
    not IMAGE, reason="JSG_DOCKER_IMAGE is not set: build the image with `bash .ci/docker.sh`, which runs this test"
)

AUTH_BASE = '''"""Auth helpers."""
import jwt


def issue(user_id, key):
    return jwt.encode({"sub": user_id}, key, algorithm="HS256")
'''

AUTH_HEAD = AUTH_BASE + '''

def current_user(request, key):
    token = request.headers["Authorization"].removeprefix("Bearer ")
    claims = jwt.decode(token, key, algorithms=["HS256"], options={"verify_signature": False})
    return claims["sub"]
'''

SESSION_JS = '''export async function login(api, credentials) {
  const res = await api.post("/login", credentials);
  const token = res.data.token;
  localStorage.setItem("token", token);
  return token;
}
'''


def action_defaults() -> dict[str, str]:
    """INPUT_<NAME> for every input with a default, as the runner fills them from action.yml."""
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    env = {}
    for name, spec in action["inputs"].items():
        default = str(spec.get("default", ""))
        if "${{" in default:  # github-token: ${{ github.token }} is set below
            continue
        env[f"INPUT_{name.upper()}"] = default
    return env


def test_image_exists() -> None:
    proc = subprocess.run([DOCKER, "image", "inspect", IMAGE], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, f"JSG_DOCKER_IMAGE={IMAGE} is not a local image: {proc.stderr}"
    config = json.loads(proc.stdout)[0]["Config"]
    assert config["Entrypoint"] == ["jwt-session-guard"]
    assert config.get("User", "") in ("", "root", "0")


def test_container_reviews_the_pull_request_like_the_runner(tmp_path: Path) -> None:
    fake = FakeGitHub(token=TOKEN).start()
    try:
        repo = Repo(tmp_path / "workspace")
        scenario = open_pr(repo, fake, tmp_path, base_files={"api/auth.py": AUTH_BASE, "README.md": "demo\n"},
                           head_files={"api/auth.py": AUTH_HEAD, "web/session.js": SESSION_JS})
        # The runner's folders, mounted at the same places as in a real job.
        workflow_dir = tmp_path / "_github_workflow"
        commands_dir = tmp_path / "_runner_file_commands"
        home_dir = tmp_path / "_github_home"
        for folder in (workflow_dir, commands_dir, home_dir):
            folder.mkdir()
        host_env = scenario.env()
        shutil.copy(host_env["GITHUB_EVENT_PATH"], workflow_dir / "event.json")
        (commands_dir / "set_output").touch()
        (commands_dir / "step_summary").touch()
        # GitHub mounts the checkout owned by the runner's user, not by root:
        # the image's safe.directory setting is what lets git work in it.
        subprocess.run(["chown", "-R", "1001:1001", str(repo.root)], check=False)

        env = {
            **action_defaults(),
            "INPUT_GITHUB-TOKEN": TOKEN,
            "INPUT_FAIL-ON": "error",
            "HOME": "/github/home",
            "GITHUB_ACTIONS": "true",
            "CI": "true",
            "GITHUB_EVENT_NAME": "pull_request",
            "GITHUB_EVENT_PATH": "/github/workflow/event.json",
            "GITHUB_WORKSPACE": "/github/workspace",
            "GITHUB_OUTPUT": "/github/file_commands/set_output",
            "GITHUB_STEP_SUMMARY": "/github/file_commands/step_summary",
            "GITHUB_REPOSITORY": host_env["GITHUB_REPOSITORY"],
            "GITHUB_API_URL": host_env["GITHUB_API_URL"],
            "GITHUB_SERVER_URL": host_env["GITHUB_SERVER_URL"],
            "GITHUB_SHA": scenario.head,
            "GITHUB_REF": f"refs/pull/{scenario.number}/merge",
            "GITHUB_RUN_ID": "1",
            "RUNNER_OS": "Linux",
            "RUNNER_TEMP": "/github/runner_temp",
        }
        cmd = [DOCKER, "run", "--rm", "--network", "host", "--workdir", "/github/workspace"]
        for key, value in env.items():
            cmd += ["-e", f"{key}={value}"]
        cmd += [
            "-v", f"{home_dir}:/github/home",
            "-v", f"{workflow_dir}:/github/workflow",
            "-v", f"{commands_dir}:/github/file_commands",
            "-v", f"{repo.root}:/github/workspace",
            IMAGE, "review",
        ]
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=600, check=False)
        log = f"exit {proc.returncode}\nstdout:\n{proc.stdout}\nstderr:\n{proc.stderr}"

        assert proc.returncode == 1, log  # an error-level finding with fail-on: error
        assert [(r.method, r.path) for r in fake.writes()] == [
            ("POST", "/repos/acme/webapp/pulls/7/reviews"), ("POST", "/repos/acme/webapp/issues/7/comments")], log
        reviews = scenario.posted_reviews()
        assert len(reviews) == 1, log
        assert reviews[0]["event"] == "COMMENT"
        assert reviews[0]["commit_id"] == scenario.head
        comments = sorted(scenario.posted_comments(), key=lambda c: str(c["path"]))
        assert [(c["path"], c["line"], c["side"]) for c in comments] == [
            ("api/auth.py", 11, "RIGHT"),
            ("web/session.js", 4, "RIGHT"),
        ], log
        assert "pyjwt-verify-signature-disabled" in str(comments[0]["body"])
        assert "browser-storage-token" in str(comments[1]["body"])
        for c in comments:
            assert str(c["body"]).count("<!-- jwt-session-guard:fingerprint=") == 1

        outputs = (commands_dir / "set_output").read_text().splitlines()
        assert outputs == ["findings=2", "blocking=1", "highest-severity=error"], log
        summary = (commands_dir / "step_summary").read_text()
        assert f"https://github.example/acme/webapp/blob/{scenario.head}/api/auth.py#L11" in summary, summary
    finally:
        fake.stop()
