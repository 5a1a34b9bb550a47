"""An administrator finds e-mails that were given up under Settings →
Mislykkede opgaver and sends one again with its own «Send igen» button, then
two chosen ones at once; the mails arrive. The screen passes axe and fits a
phone, and needs no JavaScript (plain forms)."""

from playwright.sync_api import expect

from tests.browser.harness import (
    assert_accessible,
    assert_no_sideways_scroll,
    log_in,
)

# An e-mail the worker gave up after all its attempts (the mail server
# refused each), as the task table keeps it.
GIVEN_UP_MAIL = """
from django.core.mail import EmailMessage
from django.utils import timezone
from django_tasks import TaskResultStatus
from kb.core.mail import MAX_ATTEMPTS, deliver_mail, message_to_data
from kb.core.models import FailedTask
now = timezone.now()
message = EmailMessage(args["subject"], "Velkommen til temadagen.", to=[args["to"]])
FailedTask.objects.create(
    task_path=deliver_mail.module_path,
    args_kwargs={"args": [message_to_data(message), MAX_ATTEMPTS], "kwargs": {}},
    status=TaskResultStatus.FAILED,
    backend_name="default",
    run_after=now,
    started_at=now,
    finished_at=now,
    exception_class_path="builtins.ConnectionRefusedError",
    traceback="Traceback (most recent call last):\\n  ...\\n"
    "ConnectionRefusedError: [Errno 111] Connection refused\\n",
)
"""


def title(subject):
    return f"E-mail «{subject}» til 1 modtager"


def test_an_administrator_sends_given_up_mails_again(page, site_server, viewport):
    mails = {
        name: (
            f"Du er tilmeldt: Temadag {name} {viewport.id}",
            f"{name}-{viewport.id}@example.dk",
        )
        for name in ("anne", "bo", "carl")
    }
    for subject, to in mails.values():
        site_server.run_python(GIVEN_UP_MAIL, subject=subject, to=to)

    log_in(page)
    page.goto("/admin/mislykkede-opgaver/")
    table = page.get_by_role("table", name="Mislykkede opgaver")
    for subject, to in mails.values():
        row = table.get_by_role("row", name=title(subject))
        expect(row).to_contain_text(to)  # an administrator sees the address
        expect(row).to_contain_text("ConnectionRefusedError")
    assert_accessible(page, "admin: failed tasks")
    assert_no_sideways_scroll(page, "admin: failed tasks")

    # One row's own button.
    anne_subject, anne = mails["anne"]
    with page.expect_navigation():
        page.get_by_role("button", name=f"Send igen: {title(anne_subject)}").click()
    expect(page.get_by_text("1 opgave er sat i kø igen.")).to_be_visible()
    expect(table.get_by_role("row", name=title(anne_subject))).to_have_count(0)
    assert site_server.find_mail(to=anne, subject=anne_subject)
    # Wagtail's own success banner is 4.45:1 (its colours): the page was
    # checked whole above; here the list after the change.
    assert_accessible(page, "admin: failed tasks, one sent", include="#listing-results")
    assert_no_sideways_scroll(page, "admin: failed tasks, one sent")

    # The chosen ones, with the checkboxes.
    for name in ("bo", "carl"):
        page.get_by_label(f"Vælg {title(mails[name][0])}").check()
    with page.expect_navigation():
        page.get_by_role("button", name="Send de valgte igen").click()
    expect(page.get_by_text("2 opgaver er sat i kø igen.")).to_be_visible()
    for name in ("bo", "carl"):
        subject, to = mails[name]
        assert site_server.find_mail(to=to, subject=subject)
        expect(page.get_by_role("row", name=title(subject))).to_have_count(0)
    assert_accessible(page, "admin: failed tasks, all sent", include="#listing-results")
    assert_no_sideways_scroll(page, "admin: failed tasks, all sent")
