"""Spreadsheet downloads: CSV that Danish Excel opens correctly, and XLSX.

- CSV is UTF-8 with a byte-order mark (or Excel reads æ, ø and å as
  mojibake) and semicolons (Danish Excel's list separator, since the comma
  is the decimal sign).
- XLSX (openpyxl) keeps numbers as numbers and dates as dates.
- Both neutralise formulas ("CSV injection"): a text cell that starts with
  ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a leading
  ``'``, so a participant who types ``=HYPERLINK(...)`` as their name cannot
  make the organiser's spreadsheet run it.

A view builds a :class:`Table` and returns :func:`spreadsheet_response`;
:func:`requested_format` reads ``?format=csv`` / ``?format=xlsx``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from django.http import HttpResponse
from django.utils import timezone
from django.utils.http import content_disposition_header
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

CSV = "csv"
XLSX = "xlsx"
FORMATS = (CSV, XLSX)

CONTENT_TYPES = {
    CSV: "text/csv; charset=utf-8",
    XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}

#: How dates and times are written in CSV (Danish order).
DATE_FORMAT = "%d-%m-%Y"
DATETIME_FORMAT = "%d-%m-%Y %H:%M"
#: The same for XLSX cells (Excel number formats).
XLSX_DATE_FORMAT = "DD-MM-YYYY"
XLSX_DATETIME_FORMAT = "DD-MM-YYYY HH:MM"

#: The first characters that make a spreadsheet read a cell as a formula.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")

# Control characters XLSX (XML 1.0) cannot hold.
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
# Characters Excel forbids in a sheet title.
_ILLEGAL_TITLE = re.compile(r"[\[\]:*?/\\]")

Cell = str | int | float | Decimal | dt.date | dt.datetime | None


@dataclass(frozen=True)
class Table:
    """What a download holds: a header row and the data rows. ``title``
    names the XLSX sheet."""

    columns: Sequence[str]
    rows: Iterable[Sequence[Cell]]
    title: str = ""


def neutralise(value: str) -> str:
    """``value`` with a leading ``'`` if a spreadsheet would read it as a
    formula."""
    if value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def _local(value: dt.datetime) -> dt.datetime:
    """Aware datetimes in the site's time zone, without tzinfo (what a
    spreadsheet cell can hold)."""
    if timezone.is_aware(value):
        value = timezone.localtime(value)
    return value.replace(tzinfo=None)


def _csv_cell(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return _local(value).strftime(DATETIME_FORMAT)
    if isinstance(value, dt.date):
        return value.strftime(DATE_FORMAT)
    if isinstance(value, bool):
        return "Ja" if value else "Nej"
    if isinstance(value, int | float | Decimal):
        # Danish decimal comma, so Excel reads the number as a number.
        return str(value).replace(".", ",")
    return neutralise(str(value))


def csv_bytes(table: Table) -> bytes:
    """The table as CSV for Danish Excel: BOM, semicolons, CRLF."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    writer.writerow([neutralise(str(c)) for c in table.columns])
    for row in table.rows:
        writer.writerow([_csv_cell(value) for value in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _sheet_title(title: str) -> str:
    return (_ILLEGAL_TITLE.sub(" ", title).strip() or "Ark")[:31]


def _xlsx_cell(sheet, value: Cell) -> WriteOnlyCell:
    if isinstance(value, dt.datetime):
        cell = WriteOnlyCell(sheet, _local(value))
        cell.number_format = XLSX_DATETIME_FORMAT
        return cell
    if isinstance(value, dt.date):
        cell = WriteOnlyCell(sheet, value)
        cell.number_format = XLSX_DATE_FORMAT
        return cell
    if value is None or isinstance(value, int | float | Decimal):
        return WriteOnlyCell(sheet, value)
    return WriteOnlyCell(sheet, neutralise(_ILLEGAL_XML.sub("", str(value))))


def xlsx_bytes(table: Table) -> bytes:
    """The table as an XLSX workbook with one sheet and a bold header."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_sheet_title(table.title))
    header = []
    for column in table.columns:
        cell = _xlsx_cell(sheet, str(column))
        cell.font = Font(bold=True)
        header.append(cell)
    sheet.append(header)
    for row in table.rows:
        sheet.append([_xlsx_cell(sheet, value) for value in row])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def requested_format(request) -> str | None:
    """``csv`` or ``xlsx`` if the request asks for a download
    (``?format=``), otherwise ``None``."""
    value = request.GET.get("format", "").lower()
    return value if value in FORMATS else None


def spreadsheet_response(table: Table, *, filename: str, format: str) -> HttpResponse:
    """Download ``table`` as ``filename`` (without extension; æ, ø and å
    are fine) in ``format`` (``csv`` or ``xlsx``)."""
    if format == CSV:
        body = csv_bytes(table)
    elif format == XLSX:
        body = xlsx_bytes(table)
    else:
        raise ValueError(f"Unknown spreadsheet format: {format!r}")
    response = HttpResponse(body, content_type=CONTENT_TYPES[format])
    response["Content-Disposition"] = content_disposition_header(
        True, f"{filename}.{format}"
    )
    return response
