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


OIDC_PROVIDERS = (
    "from django.conf import settings; "
    "print(settings.SOCIALACCOUNT_PROVIDERS.get('openid_connect'))"
)


def test_the_municipal_login_is_configured_from_the_environment():
    env = {"DJANGO_SETTINGS_MODULE": "kb.settings.test"}
    result = run_manage("shell", "-c", OIDC_PROVIDERS, env_overrides=env)
    assert result.stdout.strip().splitlines()[-1] == "None", result.stderr
    result = run_manage(
        "shell",
        "-c",
        OIDC_PROVIDERS,
        env_overrides={
            **env,
            "KB_OIDC_SERVER_URL": "https://login.aarhus.example",
            "KB_OIDC_CLIENT_ID": "vidensbanken",
            "KB_OIDC_CLIENT_SECRET": "hemmelig",
        },
    )
    assert "https://login.aarhus.example" in result.stdout, result.stderr
    assert "'provider_id': 'kommune'" in result.stdout


def test_a_half_configured_municipal_login_stops_the_start():
    result = run_manage(
        "check",
        env_overrides={
            "DJANGO_SETTINGS_MODULE": "kb.settings.test",
            "KB_OIDC_SERVER_URL": "https://login.aarhus.example",
        },
    )
    assert result.returncode != 0
    assert "KB_OIDC_CLIENT_ID must be set" in result.stderr
