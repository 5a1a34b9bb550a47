"""Production settings take secrets only from the environment and pass
Django's deployment checks."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_manage(*args, env_overrides):
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_SETTINGS_MODULE"}
    }
    env.update(env_overrides)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = run_manage(
        "check",
        env_overrides={
            "DJANGO_SETTINGS_MODULE": "kb.settings.production",
            "ALLOWED_HOSTS": "vidensbanken.example.dk",
        },
    )
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_settings_pass_check_deploy(tmp_path):
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        env_overrides={
            "DJANGO_SETTINGS_MODULE": "kb.settings.production",
            "SECRET_KEY": "a" * 20
            + "production-like-secret-key-with-enough-entropy-9f3k2",
            "ALLOWED_HOSTS": "vidensbanken.example.dk",
            "KB_VAR_DIR": str(tmp_path),
        },
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_base_settings_hold_no_secret_and_no_debug():
    from kb.settings import base

    assert not hasattr(base, "SECRET_KEY")
    assert base.DEBUG is False
    assert "*" not in base.ALLOWED_HOSTS
