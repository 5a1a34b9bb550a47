import io
import re

import pytest
from django.core.management import CommandError, call_command


def run_command():
    out = io.StringIO()
    call_command("ensure_local_admin", stdout=out)
    return re.search(r"adgangskode «([^»]+)»", out.getvalue()).group(1)


def test_local_admin_login_is_printed_and_works(db, client, settings, tmp_path):
    settings.DEBUG = True
    settings.VAR_DIR = tmp_path

    password = run_command()

    assert client.login(username="admin", password=password)
    assert run_command() == password  # stable across runs of scripts/run
    assert (tmp_path / "local-admin-password.txt").stat().st_mode & 0o077 == 0


def test_local_admin_is_refused_outside_development(db, settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="kun til lokal udvikling"):
        call_command("ensure_local_admin", stdout=io.StringIO())
