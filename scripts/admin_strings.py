"""Find the Wagtail admin strings that no Danish catalogue translates.

Wagtail's own Danish catalogues cover a fraction of the admin; the project's
catalogue under ``locale/da/LC_MESSAGES`` fills the gaps (project locale
paths take precedence over the apps' catalogues). After a Wagtail upgrade:

    .venv/bin/python scripts/admin_strings.py stats
    .venv/bin/python scripts/admin_strings.py missing > /tmp/missing.po

``missing`` writes the untranslated entries as a .po fragment (with
Wagtail's source references) to translate and append to
``locale/da/LC_MESSAGES/<domain>.po``; then compile with
``msgfmt -c -o django.mo django.po`` (and the same for ``djangojs``).
``tests/kb/test_admin_danish.py`` checks that the compiled files match.

Only the standard library is used, so the script runs anywhere.
"""

from __future__ import annotations

import argparse
import ast
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROJECT_LOCALE = ROOT / "locale" / "da" / "LC_MESSAGES"

# The Wagtail apps this project installs (kb.settings.base.INSTALLED_APPS);
# table blocks, simple translation and search promotions are not installed.
WAGTAIL_APPS = [
    "admin",
    "",  # wagtail (core)
    "snippets",
    "users",
    "documents",
    "images",
    "embeds",
    "sites",
    "search",
    "contrib/forms",
    "contrib/redirects",
    "contrib/settings",
]
DOMAINS = ["django", "djangojs"]


@dataclass
class Entry:
    msgid: str
    msgctxt: str | None = None
    msgid_plural: str | None = None
    msgstr: list[str] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)

    @property
    def key(self) -> tuple[str | None, str]:
        return (self.msgctxt, self.msgid)

    @property
    def translated(self) -> bool:
        return bool(self.msgstr) and all(self.msgstr) and "fuzzy" not in self.flags


def _unquote(text: str) -> str:
    return ast.literal_eval(text)


def parse_po(path: Path) -> list[Entry]:
    """The entries of a .po file (the header, msgid "", left out)."""
    entries: list[Entry] = []
    current = Entry(msgid="")
    target: tuple[str, int] = ("", 0)

    def start_new():
        nonlocal current, target
        if current.msgid:
            entries.append(current)
        current = Entry(msgid="")
        target = ("", 0)

    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#~"):
            continue
        if target[0] == "msgstr" and (
            line.startswith("#") or line.startswith(("msgctxt", "msgid "))
        ):
            start_new()
        if line.startswith("#,"):
            current.flags += [flag.strip() for flag in line[2:].split(",")]
        elif line.startswith("#"):
            current.comments.append(raw)
        elif line.startswith('"'):
            name, index = target
            if name == "msgstr":
                current.msgstr[index] += _unquote(line)
            else:
                setattr(current, name, getattr(current, name) + _unquote(line))
        else:
            keyword, _, rest = line.partition(" ")
            if keyword.startswith("msgstr"):
                index = int(keyword[7:-1]) if "[" in keyword else 0
                while len(current.msgstr) <= index:
                    current.msgstr.append("")
                current.msgstr[index] = _unquote(rest)
                target = ("msgstr", index)
            else:
                setattr(current, keyword, _unquote(rest))
                target = (keyword, 0)
    start_new()
    return entries


def wagtail_dir() -> Path:
    import wagtail

    return Path(wagtail.__file__).resolve().parent


def catalogue(app: str, language: str, domain: str) -> Path:
    return wagtail_dir() / app / "locale" / language / "LC_MESSAGES" / f"{domain}.po"


def missing(domain: str) -> list[Entry]:
    """Wagtail's entries in ``domain`` that neither Wagtail's Danish
    catalogues nor the project's translate."""
    translated = set()
    ours = PROJECT_LOCALE / f"{domain}.po"
    if ours.exists():
        translated |= {e.key for e in parse_po(ours) if e.translated}
    result: dict[tuple, Entry] = {}
    for app in WAGTAIL_APPS:
        english = catalogue(app, "en", domain)
        if not english.exists():
            continue
        danish = catalogue(app, "da", domain)
        if danish.exists():
            translated |= {e.key for e in parse_po(danish) if e.translated}
        for entry in parse_po(english):
            result.setdefault(entry.key, entry)
    return [entry for key, entry in result.items() if key not in translated]


def _quote(text: str) -> str:
    escaped = (
        text.replace("\\", "\\\\")
        .replace('"', '\\"')
        .replace("\n", "\\n")
        .replace("\t", "\\t")
    )
    return f'"{escaped}"'


def format_entry(entry: Entry) -> str:
    lines = [c for c in entry.comments if c.startswith("#:")]
    flags = [f for f in entry.flags if f != "fuzzy"]
    if flags:
        lines.append("#, " + ", ".join(flags))
    if entry.msgctxt is not None:
        lines.append(f"msgctxt {_quote(entry.msgctxt)}")
    lines.append(f"msgid {_quote(entry.msgid)}")
    if entry.msgid_plural is not None:
        lines.append(f"msgid_plural {_quote(entry.msgid_plural)}")
        lines.append('msgstr[0] ""')
        lines.append('msgstr[1] ""')
    else:
        lines.append('msgstr ""')
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["missing", "stats"])
    parser.add_argument("--domain", choices=DOMAINS, action="append")
    args = parser.parse_args(argv)
    domains = args.domain or DOMAINS
    for domain in domains:
        entries = missing(domain)
        if args.command == "stats":
            ours = PROJECT_LOCALE / f"{domain}.po"
            count = sum(e.translated for e in parse_po(ours)) if ours.exists() else 0
            print(
                f"{domain}: the project translates {count}, "
                f"{len(entries)} still untranslated"
            )
        else:
            print(f"# domain: {domain}\n")
            for entry in entries:
                print(format_entry(entry) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
