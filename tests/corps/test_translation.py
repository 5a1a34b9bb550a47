"""Every piece of UI text in the corps' templates and the booking e-mails goes
through Django's translation machinery (Danish source strings), so the
message catalogue holds all of it. Checked by reading the templates with
Django's own lexer: text outside {% translate %}/{% blocktranslate %} must
not contain words, nor may quoted words be passed to includes."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.template.base import Lexer, TokenType

TEMPLATES = Path(settings.BASE_DIR) / "templates"
CHECKED = sorted(
    [
        *TEMPLATES.glob("corps/**/*.html"),
        *TEMPLATES.glob("emails/booking*.txt"),
        TEMPLATES / "emails" / "includes_contacts.txt",
    ]
)

#: Words that are names, not UI text.
NAMES = {"Vidensbanken"}
#: Attributes whose value a user reads or hears.
READ_ATTRIBUTES = ("aria-label", "title", "alt", "placeholder")

WORD = re.compile(r"[A-Za-zÆØÅæøåÉé]{2,}")
TAG = re.compile(r"<[^>]*>")
ENTITY = re.compile(r"&#?\w+;")
FRAGMENT = re.compile(r"#[\w-]+")  # the end of a link: {{ url }}#bedoemmelse
ATTRIBUTE = re.compile(r'({})\s*=\s*"([^"]*)"'.format("|".join(READ_ATTRIBUTES)))
MARK = "\x00"
TEMPLATE_NAME = re.compile(r"\.(html|txt)['\"]$")
QUOTED_ARGUMENT = re.compile(r"""\b\w+=("[^"]*"|'[^']*')""")


def untranslated(path: Path) -> list[str]:
    """The pieces of text in ``path`` that a user sees but that are not
    passed through the translation machinery."""
    found = []
    # The template's own text, with every tag, variable and translated text
    # replaced by a mark, so HTML split by template tags is whole again.
    text = []
    depth = {"blocktranslate": 0, "comment": 0}
    for token in Lexer(path.read_text(encoding="utf-8")).tokenize():
        if token.token_type == TokenType.BLOCK:
            name, *rest = token.contents.split(None, 1)
            if name in ("blocktranslate", "blocktrans"):
                depth["blocktranslate"] += 1
            elif name in ("endblocktranslate", "endblocktrans"):
                depth["blocktranslate"] -= 1
            elif name == "comment":
                depth["comment"] += 1
            elif name == "endcomment":
                depth["comment"] -= 1
            elif name in ("include", "with") and rest:
                arguments = rest[0]
                if name == "include":
                    arguments = arguments.partition(" with ")[2]
                for value in QUOTED_ARGUMENT.findall(arguments):
                    if WORD.search(value) and not TEMPLATE_NAME.search(value):
                        found.append(f"{{% {token.contents} %}}")
        if token.token_type == TokenType.TEXT and not any(depth.values()):
            text.append(token.contents)
        else:
            text.append(MARK)
    text = "".join(text)
    for _attribute, value in ATTRIBUTE.findall(text):
        if WORD.search(value):
            found.append(value)
    for piece in FRAGMENT.sub(" ", ENTITY.sub(" ", TAG.sub(MARK, text))).split(MARK):
        if any(word not in NAMES for word in WORD.findall(piece)):
            found.append(" ".join(piece.split()))
    return found


@pytest.mark.parametrize("path", CHECKED, ids=lambda p: str(p.relative_to(TEMPLATES)))
def test_all_ui_text_is_translatable(path):
    assert untranslated(path) == []


def test_the_check_finds_untranslated_text(tmp_path):
    template = tmp_path / "t.html"
    template.write_text(
        '{% load i18n %}<h2>Formål</h2><p>{% translate "Hej" %}</p>'
        '<div aria-label="Tabel">{% blocktranslate %}Til {{ x }}{% endblocktranslate %}'
        '{% include "a.html" with title="Mine bookinger" field=form.x %}'
        "{% comment %}Parameters: form{% endcomment %}</div>",
        encoding="utf-8",
    )
    assert sorted(untranslated(template)) == [
        "Formål",
        "Tabel",
        '{% include "a.html" with title="Mine bookinger" field=form.x %}',
    ]
