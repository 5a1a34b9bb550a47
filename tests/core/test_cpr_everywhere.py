"""Every free-text field a user can store refuses CPR numbers, through the
one validator in kb.core.cpr."""

import pytest
from django.apps import apps
from django.db import models
from django.forms import CharField as FormCharField

from accounts.forms import SignupNamesForm
from corps.forms import BookingReportForm, BookingRequestForm, ReasonForm
from kb.core.cpr import validate_no_cpr
from networks.forms import (
    DeclineForm,
    EventRegistrationForm,
    MeetingForm,
    MembershipRequestForm,
    ParticipantMessageForm,
)

PROJECT_APPS = {
    "accounts",
    "agreements",
    "corps",
    "home",
    "methods",
    "networks",
    "offers",
    "kb_search",
    "taxonomy",
    "core",
}

# Text fields that cannot hold personal free text, each with the reason.
EXEMPT = {
    # Official codes from the reference data (DAGI), loaded, not typed.
    ("taxonomy.Region", "code"),
    ("taxonomy.Municipality", "code"),
    # Vocabulary names come from django-taggit's TagBase; the curated list is
    # edited by a handful of editors and shown as one or two words.
    ("taxonomy.TargetGroup", "name"),
    ("taxonomy.FocusArea", "name"),
    # A mail domain such as "aarhus.dk"; a CPR number is no valid domain.
    ("accounts.OrganisationEmailDomain", "domain"),
    # A switchboard phone number, eight digits by design.
    ("home.AccessibilityStatement", "contact_phone"),
    # django-tasks' task table seen as failed tasks (a proxy for their
    # permission): written by the task framework, never typed by a user.
    *(
        ("core.FailedTask", name)
        for name in (
            "task_path",
            "queue_name",
            "backend_name",
            "exception_class_path",
            "traceback",
        )
    ),
}

# Models nobody types into: the search index and its bookkeeping are copies
# of checked text (or stems of it) written by the indexer.
EXEMPT_MODELS = {
    "kb_search.IndexEntry",
    "kb_search.IndexWord",
    "kb_search.PendingIndexUpdate",
}


def free_text_fields():
    for model in apps.get_models():
        if model._meta.app_label not in PROJECT_APPS:
            continue
        for field in model._meta.get_fields():
            if field.model is not model and not model._meta.proxy:
                # Inherited from Wagtail (Page.title): checked by
                # PageRefusesCprNumbers, see test_cpr_in_pages.
                if field.model._meta.app_label not in PROJECT_APPS:
                    continue
            if not isinstance(field, (models.CharField, models.TextField)):
                continue
            if isinstance(
                field, (models.SlugField, models.EmailField, models.URLField)
            ):
                continue
            if field.choices or not field.editable:
                continue
            yield model, field


def test_the_walk_finds_the_fields_the_issue_names():
    names = {(m._meta.label, f.name) for m, f in free_text_fields()}
    assert ("networks.EventRegistration", "name") in names
    assert ("networks.EventRegistration", "organisation") in names
    assert ("networks.NetworkMembership", "organisation") in names
    assert ("networks.NetworkMembership", "decline_reason") in names
    assert ("corps.BookingRequest", "case_description") in names
    assert ("kb_search.SearchSynonym", "terms") in names
    assert len(names) > 50


def test_every_free_text_model_field_refuses_cpr_numbers():
    missing = [
        f"{model._meta.label}.{field.name}"
        for model, field in free_text_fields()
        if (model._meta.label, field.name) not in EXEMPT
        and model._meta.label not in EXEMPT_MODELS
        and validate_no_cpr not in field.validators
    ]
    assert missing == []


@pytest.mark.parametrize(
    "form_class",
    [
        SignupNamesForm,
        MembershipRequestForm,
        DeclineForm,
        ParticipantMessageForm,
        EventRegistrationForm,
        MeetingForm,
        ReasonForm,
        BookingRequestForm,
        BookingReportForm,
    ],
)
def test_every_free_text_form_field_refuses_cpr_numbers(form_class):
    # A model form's model fields are validated by the model (the test above).
    model_fields = set(
        getattr(getattr(form_class, "_meta", None), "fields", None) or ()
    )
    missing = [
        name
        for name, field in form_class.base_fields.items()
        if type(field) is FormCharField
        and name not in model_fields
        and validate_no_cpr not in field.validators
    ]
    assert missing == []


@pytest.mark.parametrize(
    "form_class, data, field",
    [
        (
            SignupNamesForm,
            {"first_name": "Anne 010190 - 1234", "last_name": "Hansen"},
            "first_name",
        ),
        (
            MembershipRequestForm,
            {"organisation": "Aarhus 01.01.90-1234"},
            "organisation",
        ),
        (DeclineForm, {"reason": "Se 010190\u22121234"}, "reason"),
        (
            EventRegistrationForm,
            {"name": "Bo 0101901234", "organisation": "Odense 01 01 90 1234"},
            "organisation",
        ),
        (
            EventRegistrationForm,
            {"name": "Bo 010190\u20131234", "organisation": "Odense"},
            "name",
        ),
    ],
)
def test_forms_refuse_cpr_numbers_in_danish_and_keep_the_input(form_class, data, field):
    form = form_class(data=data)
    assert not form.is_valid()
    assert "CPR-nummer" in form.errors[field][0]
    assert form[field].value() == data[field]
