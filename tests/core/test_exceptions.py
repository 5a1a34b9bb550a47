from django.utils.translation import gettext_lazy

from kb.core.exceptions import ActionRefused


def test_message_is_the_plain_danish_text():
    error = ActionRefused(gettext_lazy("Arrangementet er aflyst."))
    assert error.message == "Arrangementet er aflyst."
    assert isinstance(error.message, str)
    assert str(error) == "Arrangementet er aflyst."
