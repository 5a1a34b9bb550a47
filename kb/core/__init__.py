"""The shared kit: the lowest layer of the project.

Everything here depends only on Django, Wagtail and third-party libraries,
never on another app of the project, so every app may use it:

- :mod:`kb.core.cpr`: CPR-number detection for free-text fields;
- :mod:`kb.core.slugs`: slugs that keep Danish words readable;
- :mod:`kb.core.site`: the site's public base URL (one setting, read once);
- :mod:`kb.core.ical`: one iCalendar builder and one ``.ics`` response;
- :mod:`kb.core.tokens`: secret tokens for private feeds, stored as hashes;
- :mod:`kb.core.exports`: spreadsheet downloads (CSV for Danish Excel, XLSX);
- :mod:`kb.core.mail`: templated e-mail with optional attachments, sent by
  a background task with retries;
- :mod:`kb.core.tasks`: retries, one-copy jobs and the periodic jobs of the
  task worker (``manage.py run_worker``);
- :mod:`kb.core.exceptions`: :class:`~kb.core.exceptions.ActionRefused`;
- :mod:`kb.core.models`: abstract model mixins (``OrganisationMixin``);
- :mod:`kb.core.http`: ``Cache-Control: private, no-store`` for private pages;
- :mod:`kb.core.uploads`: the upload rules (types by content, size cap);
- :mod:`kb.core.security`: Content-Security-Policy (django-csp) and
  Permissions-Policy;
- :mod:`kb.core.richtext`: rich text cleaned of anything that could run.
"""
