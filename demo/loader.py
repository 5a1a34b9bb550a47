"""Builds the demo site from the TOML files in ``demo/data/``.

What to build is a table (:data:`demo.specs.SPECS`): one :class:`Spec` per
TOML table says which model its entries become, where a page goes in the
tree, and how the values that are not plain model values are turned into
them (:class:`Ref`, :class:`Refs`, :class:`FreeTags`, :class:`Stream`,
:class:`Rows`, ...). A TOML key is the model field's own name; a key that is
neither a field nor in the spec is an error, so a typo cannot be lost.

:class:`DemoLoader` runs one loop over that table. Idempotent by slug: what
exists is left as it is (an editor's changes are never overwritten), what is
missing is validated with the model's own ``full_clean()`` and saved (pages
are published). Everything happens in one transaction; a bad entry raises
:class:`DemoDataError` naming the file, the entry and the field, and nothing
of the run is kept.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from django.apps import apps
from django.conf import settings
from django.core.exceptions import (
    NON_FIELD_ERRORS,
    FieldDoesNotExist,
    ValidationError,
)
from django.db import models, transaction
from wagtail.fields import StreamField
from wagtail.models import Page

DATA_DIR = Path(__file__).resolve().parent / "data"
LOCAL_TZ = ZoneInfo(settings.TIME_ZONE)
# Set by the tree when a page is added under its parent, not by the data.
TREE_FIELDS = ["path", "depth", "numchild", "url_path"]

# progress(label, done, total, created_so_far)
Progress = Callable[[str, int, int, int], None]


class DemoDataError(Exception):
    """A TOML entry that cannot be built; says where and why."""

    def __init__(self, source: str, entry: str, problems: Mapping[str, list[str]]):
        self.source = source
        self.entry = entry
        self.problems = dict(problems)
        details = "; ".join(
            (
                f"{', '.join(messages)}"
                if name == NON_FIELD_ERRORS
                else f"felt «{name}»: {' '.join(messages)}"
            )
            for name, messages in self.problems.items()
        )
        super().__init__(f"{source}, {entry}: {details}")


def _problems(error: ValidationError, prefix: str = "") -> dict[str, list[str]]:
    """``{field: [messages]}`` from a validation error; nested names are
    joined as ``focus_area_entries[2].goal``."""
    if not hasattr(error, "error_dict"):
        return {prefix or NON_FIELD_ERRORS: error.messages}
    problems = {}
    for name, errors in error.error_dict.items():
        if not prefix:
            key = name
        elif name == NON_FIELD_ERRORS:
            key = prefix
        else:
            key = prefix + name if name.startswith("[") else f"{prefix}.{name}"
        problems.setdefault(key, []).extend(m for e in errors for m in e.messages)
    return problems


def _collect(problems: dict[str, list[str]], action, *args, **kwargs) -> None:
    """Run ``action``; add its validation problems to ``problems``, except
    for fields that already have one (an unknown region is not also
    "required")."""
    try:
        action(*args, **kwargs)
    except ValidationError as error:
        for key, messages in _problems(error).items():
            problems.setdefault(key, messages)


# -- how a TOML value becomes a model value ----------------------------------


class Value:
    """A plain value: set on the object as it is; the model validates it."""

    def convert(self, value: Any) -> Any:
        return value

    def assign(self, obj: models.Model, name: str, value: Any) -> None:
        setattr(obj, name, self.convert(value))


class Ref(Value):
    """A foreign key given by the target's slug (or another unique field)."""

    def __init__(self, model: type[models.Model], by: str = "slug"):
        self.model = model
        self.by = by

    def _get(self, key: Any) -> models.Model:
        found = self.model._default_manager.filter(**{self.by: key}).first()
        if found is None:
            raise ValidationError(
                f"ukendt {self.model._meta.verbose_name} «{key}» (slås op på {self.by})"
            )
        return found

    def convert(self, value):
        return self._get(value)


class Refs(Ref):
    """Many-to-many or controlled tags, a list of slugs (or names)."""

    def convert(self, value):
        if not isinstance(value, list):
            raise ValidationError("skal være en liste")
        return [self._get(key) for key in value]

    def assign(self, obj, name, value):
        getattr(obj, name).set(self.convert(value))


class FreeTags(Value):
    """Free-form tags (keywords), a list of names."""

    def assign(self, obj, name, value):
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ValidationError("skal være en liste af tekster")
        getattr(obj, name).set(value)


class Lines(Value):
    """A list of texts kept as one text, one per line (or another separator)."""

    def __init__(self, separator: str = "\n"):
        self.separator = separator

    def convert(self, value):
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ValidationError("skal være en liste af tekster")
        return self.separator.join(value)


class Paragraphs(Value):
    """Plain text with blank-line paragraphs, stored as rich-text HTML."""

    def convert(self, value):
        if not isinstance(value, str):
            raise ValidationError("skal være en tekst")
        return "".join(
            f"<p>{escape(p.strip())}</p>" for p in value.split("\n\n") if p.strip()
        )


class LocalDateTime(Value):
    """A TOML date-time; without an offset it is local time in Copenhagen."""

    def convert(self, value):
        if not isinstance(value, dt.datetime):
            raise ValidationError(
                f"skal være en TOML-dato og -tid uden anførselstegn, fx "
                f"2027-03-04T09:00:00, ikke {value!r}"
            )
        return value if value.tzinfo else value.replace(tzinfo=LOCAL_TZ)


class Stream(Value):
    """A StreamField of one block type: each list item becomes one block.

    Table items must use the block's own child names; ``item`` turns other
    items (e.g. a paragraph of text) into the block's value.
    """

    def __init__(self, block: str, item: Callable[[Any], Any] | None = None):
        self.block = block
        self.item = item

    def assign(self, obj, name, value):
        if not isinstance(value, list):
            raise ValidationError("skal være en liste")
        block = obj._meta.get_field(name).stream_block.child_blocks[self.block]
        setattr(obj, name, [(self.block, self._value(block, v)) for v in value])

    def _value(self, block, value):
        if self.item is not None:
            return self.item(value)
        if not isinstance(value, dict):
            raise ValidationError(f"hvert element skal være en tabel, fik {value!r}")
        unknown = set(value) - set(block.child_blocks)
        if unknown:
            raise ValidationError(f"ukendte nøgler {sorted(unknown)}")
        return {
            child: value.get(child, child_block.get_default())
            for child, child_block in block.child_blocks.items()
        }


class Rows(Value):
    """Child rows of a cluster (e.g. an agreement's focus areas), each a TOML
    table mapped like an entry and validated with its own ``full_clean()``."""

    def __init__(self, model: type[models.Model], fields: Mapping[str, Value]):
        self.model = model
        self.fields = fields

    def assign(self, obj, name, value):
        if not isinstance(value, list):
            raise ValidationError("skal være en liste af tabeller")
        parent_key = obj._meta.get_field(name).remote_field.name
        rows = []
        for number, data in enumerate(value, start=1):
            if not isinstance(data, dict):
                raise ValidationError({f"[{number}]": ["skal være en tabel"]})
            row = self.model()
            problems: dict[str, list[str]] = {}
            _collect(problems, set_fields, row, data, self.fields)
            _collect(problems, row.full_clean, exclude=[parent_key])
            if problems:
                raise ValidationError(
                    {
                        f"[{number}]"
                        + ("" if key == NON_FIELD_ERRORS else f".{key}"): messages
                        for key, messages in problems.items()
                    }
                )
            rows.append(row)
        setattr(obj, name, rows)


def set_fields(
    obj: models.Model,
    data: Mapping[str, Any],
    converters: Mapping[str, Value],
    skip: Iterable[str] = (),
) -> None:
    """Set every key of ``data`` on ``obj``: plain model fields as they are,
    the others through their converter. Collects all problems."""
    problems: dict[str, list[str]] = {}
    for name, value in data.items():
        if name in skip:
            continue
        converter = converters.get(name)
        if converter is None:
            try:
                model_field = obj._meta.get_field(name)
            except FieldDoesNotExist:
                model_field = None
            if model_field is None or not model_field.concrete:
                problems[name] = ["ukendt felt i demodata"]
                continue
            if model_field.is_relation:
                problems[name] = ["relation uden opslag i demo/specs.py"]
                continue
            converter = PLAIN
        try:
            converter.assign(obj, name, value)
        except ValidationError as error:
            for key, messages in _problems(error, name).items():
                problems.setdefault(key, []).extend(messages)
    if problems:
        raise ValidationError(problems)


PLAIN = Value()


# -- where a page goes ---------------------------------------------------------


class Root:
    """Directly under the tree's root (the home page)."""

    keys: tuple[str, ...] = ()

    def __call__(self, entry):
        return Page.get_first_root_node()


class Only:
    """Under the one page of a type (a section index page, the home page)."""

    keys: tuple[str, ...] = ()

    def __init__(self, model: type[Page]):
        self.model = model

    def __call__(self, entry):
        page = self.model.objects.first()
        if page is None:
            raise ValidationError(f"der er ingen {self.model._meta.verbose_name}")
        return page


class ParentByRef:
    """Under the page named by ``key`` (a slug) when given, else ``otherwise``."""

    def __init__(self, key: str, model: type[Page], otherwise):
        self.key = key
        self.keys = (key,)
        self.ref = Ref(model)
        self.otherwise = otherwise

    def __call__(self, entry):
        if entry.get(self.key):
            try:
                return self.ref.convert(entry[self.key])
            except ValidationError as error:
                raise ValidationError({self.key: error.messages}) from error
        return self.otherwise(entry)


# -- the table -------------------------------------------------------------------


@dataclass(frozen=True)
class Spec:
    """How one TOML table becomes objects of one model.

    ``model`` None means each entry names its page type in ``type``
    (``"app_label.ModelName"``). ``key`` is the unique field that says
    whether an entry exists already (``slug`` unless the model has none). ``parent`` makes the entries pages and says
    where they go. ``summary_from`` fills ``search_description`` from a text
    field. ``prepare`` sets derived values before validation; ``created`` runs
    after a new object is saved.
    """

    file: str
    table: str
    label: str
    model: type[models.Model] | None = None
    parent: Callable[[dict], Page] | None = None
    fields: Mapping[str, Value] = field(default_factory=dict)
    summary_from: str | None = None
    prepare: Callable[[models.Model, dict], None] | None = None
    created: Callable[[models.Model], None] | None = None
    key: str = "slug"

    @property
    def consumed_keys(self) -> tuple[str, ...]:
        keys = getattr(self.parent, "keys", ())
        return (*keys, "type") if self.model is None else keys


@dataclass(frozen=True)
class Links:
    """Links between entries that refer to each other, made after both exist
    (an agreement's actions name the theme days that name the agreement).

    Each TOML entry names the ``model`` object by ``slug``; ``link`` gets the
    object and the entry. Only objects this run created are linked, so an
    editor's changes are left as they are.
    """

    file: str
    table: str
    label: str
    model: type[models.Model]
    link: Callable[[models.Model, dict], None]
    #: The entry field that names the object (unique in the table).
    key: str = "slug"


# -- the loop ----------------------------------------------------------------------


class DemoLoader:
    """Creates what is missing of the demo site, one spec after the other."""

    def __init__(
        self,
        specs: Iterable[Spec],
        data_dir: Path = DATA_DIR,
        progress: Progress | None = None,
    ):
        self.specs = list(specs)
        self.data_dir = Path(data_dir)
        self.progress = progress or (lambda *args: None)
        self._files: dict[str, dict] = {}
        self._created: set[tuple[type[models.Model], Any]] = set()

    def load(self) -> dict[str, int]:
        """Build every spec; returns how many objects each created."""
        counts = {}
        with transaction.atomic():
            for spec in self.specs:
                counts[spec.label] = self.load_spec(spec)
        return counts

    def load_spec(self, spec: Spec | Links) -> int:
        entries = self.entries(spec)
        created = 0
        for number, entry in enumerate(entries, start=1):
            try:
                if isinstance(spec, Links):
                    created += self.link(spec, entry)
                else:
                    created += self.build(spec, entry)
            except ValidationError as error:
                raise DemoDataError(
                    self.source(spec),
                    self.describe(spec, number, entry),
                    _problems(error),
                ) from error
            self.progress(spec.label, number, len(entries), created)
        if not entries:
            self.progress(spec.label, 0, 0, 0)
        return created

    # -- reading ---------------------------------------------------------------

    def source(self, spec: Spec) -> str:
        path = self.data_dir / spec.file
        try:
            return str(path.relative_to(settings.BASE_DIR))
        except ValueError:
            return str(path)

    def entries(self, spec: Spec) -> list[dict]:
        if spec.file not in self._files:
            path = self.data_dir / spec.file
            try:
                with path.open("rb") as handle:
                    self._files[spec.file] = tomllib.load(handle)
            except (OSError, tomllib.TOMLDecodeError) as error:
                raise DemoDataError(
                    self.source(spec), "filen", {NON_FIELD_ERRORS: [str(error)]}
                ) from error
        data = self._files[spec.file]
        if spec.table not in data:
            raise DemoDataError(
                self.source(spec),
                f"[[{spec.table}]]",
                {NON_FIELD_ERRORS: ["tabellen findes ikke i filen"]},
            )
        entries = data[spec.table]
        entries = [entries] if isinstance(entries, dict) else entries
        if not isinstance(entries, list) or not all(
            isinstance(entry, dict) for entry in entries
        ):
            raise DemoDataError(
                self.source(spec),
                f"[[{spec.table}]]",
                {NON_FIELD_ERRORS: ["skal være en tabel eller en liste af tabeller"]},
            )
        seen = set()
        for number, entry in enumerate(entries, start=1):
            slug = entry.get(spec.key)
            if not slug:
                raise DemoDataError(
                    self.source(spec),
                    self.describe(spec, number, entry),
                    {spec.key: ["mangler"]},
                )
            if slug in seen:
                raise DemoDataError(
                    self.source(spec),
                    self.describe(spec, number, entry),
                    {spec.key: ["står to gange i filen"]},
                )
            seen.add(slug)
        return entries

    @staticmethod
    def describe(spec: Spec, number: int, entry: dict) -> str:
        name = entry.get(spec.key) or entry.get("title") or entry.get("name") or "?"
        return f"[[{spec.table}]] nr. {number} «{name}»"

    # -- building one entry ---------------------------------------------------------

    def build(self, spec: Spec, entry: dict) -> bool:
        """Create the entry's object unless it exists; True when created."""
        model = spec.model or self.model_named(entry.get("type"))
        parent = spec.parent(entry) if spec.parent else None
        if self.exists(model, parent, entry[spec.key], key=spec.key):
            return False
        obj = model()
        problems: dict[str, list[str]] = {}
        _collect(problems, set_fields, obj, entry, spec.fields, skip=spec.consumed_keys)
        if spec.summary_from and not getattr(obj, "search_description", ""):
            obj.search_description = str(entry.get(spec.summary_from, ""))[:250]
        if spec.prepare:
            _collect(problems, spec.prepare, obj, entry)
        _collect(problems, obj.full_clean, exclude=TREE_FIELDS if parent else None)
        _collect(problems, self.clean_streams, obj, entry)
        if problems:
            raise ValidationError(problems)
        if parent is None:
            obj.save()
        else:
            parent.add_child(instance=obj)
            obj.save_revision().publish()
        if spec.created:
            spec.created(obj)
        self._created.add((model, obj.pk))
        return True

    def link(self, spec: Links, entry: dict) -> bool:
        """Link the entry's object if this run created it; True when linked."""
        obj = Ref(spec.model).convert(entry["slug"])
        if (spec.model, obj.pk) not in self._created:
            return False
        spec.link(obj, entry)
        return True

    @staticmethod
    def model_named(label) -> type[Page]:
        try:
            model = apps.get_model(label)
        except (LookupError, TypeError, ValueError) as error:
            raise ValidationError(
                {"type": [f"ukendt sidetype {label!r} (fx 'methods.MethodIndexPage')"]}
            ) from error
        if not issubclass(model, Page):
            raise ValidationError({"type": [f"{label} er ikke en sidetype"]})
        return model

    @staticmethod
    def exists(model, parent: Page | None, slug: str, key: str = "slug") -> bool:
        if parent is None:
            return model._default_manager.filter(**{key: slug}).exists()
        if model.max_count == 1:
            # One of its kind (home, section index): an editor may rename it.
            return model.objects.exists()
        return model.objects.child_of(parent).filter(slug=slug).exists()

    @staticmethod
    def clean_streams(obj, entry) -> None:
        """StreamField blocks validate themselves (``full_clean`` does not)."""
        problems = {}
        for name in entry:
            model_field = next(
                (f for f in obj._meta.concrete_fields if f.name == name), None
            )
            if isinstance(model_field, StreamField):
                try:
                    model_field.stream_block.clean(getattr(obj, name))
                except ValidationError as error:
                    problems[name] = _messages(error)
        if problems:
            raise ValidationError(problems)


def _messages(error: ValidationError) -> list[str]:
    """Readable messages from a (nested) StreamField block error."""
    block_errors = getattr(error, "block_errors", None)
    if not block_errors:
        return error.messages
    if isinstance(block_errors, dict):
        items = block_errors.items()
    else:
        items = enumerate(block_errors)
    messages = []
    for key, child in items:
        if child is None:
            continue
        label = f"[{key + 1}]" if isinstance(key, int) else key
        messages += [f"{label}: {message}" for message in _messages(child)]
    for non_block in getattr(error, "non_block_errors", None) or []:
        messages += non_block.messages
    return messages
