from __future__ import annotations

from pathlib import Path

import pytest

from bot.config_file import load_config_file
from bot.errors import ConfigError


def test_missing_file_is_empty_config(tmp_path: Path) -> None:
    assert load_config_file(tmp_path / "nope.yml") == {}


def test_valid_file(tmp_path: Path) -> None:
    path = tmp_path / "c.yml"
    path.write_text("fail-on: warning\nfilter-mode: file\nrules:\n  disable: [jwt-long-lived]\n")
    assert load_config_file(path) == {"fail-on": "warning", "filter-mode": "file",
                                      "rules": {"disable": ["jwt-long-lived"]}}


def test_errors_name_file_line_and_key(tmp_path: Path) -> None:
    path = tmp_path / "c.yml"
    path.write_text("fail-on: error\nrules:\n  disable: [x]\n  severty: {}\nmax-comments: lots\n")
    with pytest.raises(ConfigError) as err:
        load_config_file(path)
    text = str(err.value)
    assert f"{path}:5: max-comments: 'lots' is not of type 'integer'" in text
    assert f"{path}:4: rules.severty: unknown key" in text


def test_broken_yaml_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "c.yml"
    path.write_text("fail-on: error\nrules: [\n")
    with pytest.raises(ConfigError, match=rf"{path}:3: invalid YAML"):
        load_config_file(path)
