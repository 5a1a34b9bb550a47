"""Create (or reuse) the admin login for a local demo run and print it.

The password is random per machine and kept in the git-ignored var/ folder;
nothing is hard-coded, and the command refuses to run with DEBUG off.
"""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

USERNAME = "admin"


class Command(BaseCommand):
    help = "Creates the local admin user for the demo site and prints its login."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError(
                "ensure_local_admin er kun til lokal udvikling (DEBUG er slået fra). "
                "Opret administratorer i produktion med 'manage.py createsuperuser'."
            )
        password_file = settings.VAR_DIR / "local-admin-password.txt"
        User = get_user_model()
        user = User.objects.filter(username=USERNAME).first()
        password = password_file.read_text().strip() if password_file.exists() else ""
        if user is None or not password or not user.check_password(password):
            password = secrets.token_urlsafe(12)
            password_file.parent.mkdir(parents=True, exist_ok=True)
            password_file.write_text(password + "\n")
            password_file.chmod(0o600)
            if user is None:
                user = User(username=USERNAME, email="admin@localhost")
            user.is_staff = user.is_superuser = user.is_active = True
            user.set_password(password)
            user.save()
        self.stdout.write(
            self.style.SUCCESS(
                f"Administrator: e-mail «{user.email}» (brugernavn «{USERNAME}»), "
                f"adgangskode «{password}» (gemt i {password_file})"
            )
        )
