"""Spreadsheet downloads: CSV that Danish Excel opens (BOM, semicolons),
XLSX that openpyxl reads back, and no formula ever runs."""

import csv
import datetime as dt
import io
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from django.test import RequestFactory
from openpyxl import load_workbook

from kb.core import exports

CPH = ZoneInfo("Europe/Copenhagen")

TABLE = exports.Table(
    columns=["Navn", "Kommune", "Tilmeldt", "Dato", "Antal", "Beløb"],
    rows=[
        [
            "Søren Æbelø",
            "Aabenraa",
            dt.datetime(2027, 6, 1, 7, 30, tzinfo=dt.UTC),
            dt.date(2027, 6, 3),
            12,
            Decimal("3.5"),
        ],
        ['=HYPERLINK("http://x","klik")', "+45 12 34", None, None, None, None],
        ["-2+3", "@SUM(A1)", "\tfane", "\rretur", "ok", "a=b"],
    ],
    title="Deltagere: 2027/juni",
)


def read_csv(body: bytes) -> list[list[str]]:
    assert body.startswith("\ufeff".encode())
    return list(csv.reader(io.StringIO(body.decode("utf-8-sig")), delimiter=";"))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@x", "'@x"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("Vejle", "Vejle"),
        ("a=b", "a=b"),
        ("", ""),
    ],
)
def test_neutralise(value, expected):
    assert exports.neutralise(value) == expected


def test_csv_for_danish_excel():
    body = exports.csv_bytes(TABLE)
    assert body.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM
    assert b";" in body.splitlines()[0] and b"," not in body.splitlines()[0]
    header, first, formulas, more = read_csv(body)
    assert header == ["Navn", "Kommune", "Tilmeldt", "Dato", "Antal", "Beløb"]
    # 07:30 UTC is 09:30 in Copenhagen in summer; Danish date order.
    assert first == [
        "Søren Æbelø",
        "Aabenraa",
        "01-06-2027 09:30",
        "03-06-2027",
        "12",
        "3,5",
    ]
    assert formulas[:2] == ['\'=HYPERLINK("http://x","klik")', "'+45 12 34"]
    assert formulas[2:] == ["", "", "", ""]
    assert more == ["'-2+3", "'@SUM(A1)", "'\tfane", "'\rretur", "ok", "a=b"]


def test_xlsx_is_readable_and_keeps_types_but_never_formulas():
    workbook = load_workbook(io.BytesIO(exports.xlsx_bytes(TABLE)))
    sheet = workbook.active
    assert sheet.title == "Deltagere  2027 juni"
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[0] == ["Navn", "Kommune", "Tilmeldt", "Dato", "Antal", "Beløb"]
    assert sheet["A1"].font.bold
    assert rows[1][:2] == ["Søren Æbelø", "Aabenraa"]
    assert rows[1][2] == dt.datetime(2027, 6, 1, 9, 30)
    assert rows[1][3] == dt.datetime(2027, 6, 3, 0, 0)
    assert rows[1][4] == 12 and rows[1][5] == 3.5
    assert rows[2][:2] == ['\'=HYPERLINK("http://x","klik")', "'+45 12 34"]
    assert rows[3][:3] == ["'-2+3", "'@SUM(A1)", "'\tfane"]
    assert rows[3][3] in ("'\rretur", "'\nretur")  # XML turns CR into LF
    for row in sheet.iter_rows():
        for cell in row:
            assert cell.data_type != "f", f"{cell.coordinate} is a formula"


def test_xlsx_drops_characters_xml_cannot_hold():
    table = exports.Table(columns=["Navn"], rows=[["Anne\x00\x07 Bo"]])
    sheet = load_workbook(io.BytesIO(exports.xlsx_bytes(table))).active
    assert sheet["A2"].value == "Anne Bo"


@pytest.mark.parametrize("format", ["csv", "xlsx"])
def test_response_is_a_download_with_a_danish_file_name(format):
    response = exports.spreadsheet_response(
        TABLE, filename="deltagere-temadag-på-ærø", format=format
    )
    assert response["Content-Type"] == exports.CONTENT_TYPES[format]
    disposition = response["Content-Disposition"]
    assert disposition.startswith("attachment; filename*=utf-8''")
    assert disposition.endswith(f"p%C3%A5-%C3%A6r%C3%B8.{format}")


def test_unknown_format_is_refused():
    with pytest.raises(ValueError):
        exports.spreadsheet_response(TABLE, filename="x", format="ods")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", None),
        ("?format=csv", "csv"),
        ("?format=XLSX", "xlsx"),
        ("?format=pdf", None),
    ],
)
def test_requested_format(query, expected):
    assert exports.requested_format(RequestFactory().get("/" + query)) == expected
