"""Where a `review` run's configuration file comes from: the workspace, or the base branch."""

from __future__ import annotations

from pathlib import Path

from bot.errors import ConfigError
from bot.github_api import GitHubApi
from bot.gitrepo import GitRepo
from bot.settings import DEFAULT_CONFIG, GitHubContext
from bot.sources import safe_relative


def config_path(ctx: GitHubContext, api: GitHubApi, name: str | None, tmp: Path) -> Path:
    """The config file to read; a path that does not exist means "no configuration".

    `name` is the `config` input: when the workflow sets it, the file must exist.
    """
    wanted = name or DEFAULT_CONFIG
    if safe_relative(wanted) is None:
        raise ConfigError(f"config: {wanted!r} must be a relative path inside the repository")
    if ctx.event_name == "pull_request_target":
        # This event runs with a write token on behalf of the PR: its
        # configuration comes from the base branch, so a PR cannot switch
        # its own checks off.
        config, found = _at_base(ctx, api, wanted, tmp)
        where = "on the base branch"
    else:
        config = ctx.workspace / wanted
        found = config.is_file()
        where = "in the workspace"
    if name and not found:
        raise ConfigError(f"config: {name} does not exist {where}")
    return config


def _at_base(ctx: GitHubContext, api: GitHubApi, name: str, tmp: Path) -> tuple[Path, bool]:
    pr = ctx.event.get("pull_request")
    base = pr.get("base") if isinstance(pr, dict) else None
    base_sha = str(base.get("sha", "")) if isinstance(base, dict) else ""
    data: bytes | None = None
    try:
        repo = GitRepo.discover(ctx.workspace)
        if base_sha and (repo.has_commit(base_sha) or repo.fetch_commit(base_sha)):
            data = repo.blobs_at(base_sha, [name]).get(name)
    except ConfigError:
        pass
    if data is None and base_sha:
        data = api.file_at(name, base_sha)
    # The path keeps the name the user knows, for file:line errors; `name` is
    # relative and has no `..`, so it stays inside tmp.
    config = tmp / name
    config.parent.mkdir(parents=True, exist_ok=True)
    if data is not None:
        config.write_bytes(data)
    return config, data is not None
