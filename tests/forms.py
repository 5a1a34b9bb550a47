"""Read an HTML form the way a browser submits it.

Admin tests GET the real edit view, take every field's current value from
the HTML, change what the test is about and POST it back, so they exercise
the same form a person uses instead of a hand-built payload.
"""

from bs4 import BeautifulSoup
from django.urls import reverse


def form_values(
    html: str, form_selector: str = "form[method=post]"
) -> dict[str, list[str]]:
    soup = BeautifulSoup(html, "html.parser")
    form = next(
        f
        for f in soup.select(form_selector)
        if f.find(attrs={"name": "csrfmiddlewaretoken"})
    )
    data: dict[str, list[str]] = {}
    for field in form.find_all(["input", "textarea", "select"]):
        name = field.get("name")
        if not name or field.has_attr("disabled"):
            continue
        if field.name == "textarea":
            # Browsers drop the newline that follows <textarea>.
            value = field.text.removeprefix("\n")
        elif field.name == "select":
            selected = field.find_all("option", selected=True)
            values = [o.get("value", o.text) for o in selected]
            if not values and not field.has_attr("multiple"):
                first = field.find("option")
                values = [first.get("value", first.text)] if first else []
            data.setdefault(name, []).extend(values)
            continue
        else:
            kind = field.get("type", "text")
            if kind in ("checkbox", "radio") and not field.has_attr("checked"):
                continue
            if kind in ("submit", "button", "file", "image"):
                continue
            value = field.get("value", "on" if kind in ("checkbox", "radio") else "")
        data.setdefault(name, []).append(value)
    # StreamFields are built by the admin's JavaScript from a JSON attribute;
    # without it a browser would post no blocks, so post an empty stream.
    for block in form.select("div[data-controller=w-block]"):
        data[f"{block['id']}-count"] = ["0"]
    return data


def post_data(values: dict[str, list[str]], **changes) -> dict:
    """Flatten for the test client, replacing the named fields."""
    data = {k: v if len(v) != 1 else v[0] for k, v in values.items()}
    data.update(changes)
    return data


def error_messages(html: str) -> list[str]:
    """The field error texts a person sees beside the fields."""
    soup = BeautifulSoup(html, "html.parser")
    return [e.get_text(" ", strip=True) for e in soup.select(".error-message")]


def post_page_edit(client, page, **changes):
    """POST the page's admin edit form as it stands, with ``changes``."""
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    values = form_values(client.get(url).content.decode())
    return client.post(url, post_data(values, **changes))


def assert_refused(response, message):
    """The form came back (no redirect, no 500) with ``message`` at a field."""
    assert response.status_code == 200
    errors = error_messages(response.content.decode())
    assert any(message in error for error in errors), errors
