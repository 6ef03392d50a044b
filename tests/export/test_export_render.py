"""`render` byte for byte on the tiny dataset: every CSV table, the BOM, Traditional twin
columns, formula escaping, the flat tables, and each refusal's exact message."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import attrs
import pytest
from tiny_dataset import tiny

from yrd_meetings import Dataset, Meta
from yrd_meetings.export import (
    _escapes,
    _schema,
    datapackage_descriptor,
    formula_escape,
    render,
)
from yrd_meetings.export.tables import Column, Table
from yrd_meetings.ids import AgreementId

CSV = {
    "meetings.csv": [
        "id,kind,name,year,edition,start,start_precision,end,end_precision,city,province,theme,"
        "part_of,next_host,note",
        "forum-7,forum,论坛,,7,2025-06,month,,,,,,,,",
    ],
    "meeting_visits.csv": ["meeting,position,place", "forum-7,1,甲", "forum-7,2,乙"],
    "officials.csv": [
        "id,name,pinyin,gender,birth,birth_precision,title",
        "li,李,Li,,,,",
        "wang,王,Wang,,,,",
    ],
    "tenures.csv": [
        "official,position,post,province,start,start_precision,end,end_precision,acting,elected,"
        "elected_precision,ended_by,note",
        "wang,1,governor,CN-SH,2020,year,2021-03-04,day,false,,,,",
        "wang,2,party_secretary,CN-JS,2021-03,month,,,false,,,,",
    ],
    "attendances.csv": [
        "meeting,position,official,post,province,role,title",
        "forum-7,1,wang,,,presided,",
        "forum-7,2,li,,,attended,副市长",
    ],
    "agreements.csv": ["id,title,kind,meeting,note", "outcome-1,协议,signed,forum-7,"],
    "agreement_parties.csv": [
        "agreement,position,party",
        "outcome-1,1,上海市",
        "outcome-1,2,江苏省",
    ],
    "errata.csv": ["id,record,says,truth,note", "erratum-1,forum-7,x,y,"],
    "sources.csv": [
        "id,kind,seed,quote,url,publisher,outlet,via,published,published_precision,confidence,note",
        "source-0001,seed,s.txt,原文,,,,,,,single,",
        "source-0002,url,,,https://a.example/1,新华社,,,,,single,",
    ],
    "citations.csv": [
        "table,record,item,role,source",
        "meetings,forum-7,,source,source-0001",
        "attendances,forum-7,1,source,source-0002",
        "officials,li,,source,source-0001",
        "tenures,wang,1,source,source-0002",
        "agreements,outcome-1,,source,source-0002",
        "errata,erratum-1,,slip,source-0001",
        "errata,erratum-1,,evidence,source-0002",
    ],
}
META = b'{\n  "version": "test",\n  "licence": "CC0",\n  "citation": "c"\n}\n'


def text(lines: list[str]) -> bytes:
    """CSV lines as the writer ends them."""
    return "".join(f"{line}\r\n" for line in lines).encode()


def test_csv_tables_byte_for_byte() -> None:
    """Each linked table, and meta.json beside them."""
    files = render(tiny(), format="csv")
    assert list(files) == [*CSV, "meta.json"]
    assert {name: files[name] for name in CSV} == {name: text(v) for name, v in CSV.items()}
    assert files["meta.json"] == META


def test_excel_adds_the_bom_to_csv_only() -> None:
    """The BOM before every CSV file, never before meta.json."""
    files = render(tiny(), format="csv", excel=True)
    assert files["errata.csv"] == b"\xef\xbb\xbf" + text(CSV["errata.csv"])
    assert files["meta.json"] == META


@pytest.mark.parametrize(
    ("variant", "tag", "place"),
    [
        ("traditional", "zh-Hant", "論壇"),
        ("hk", "zh-Hant-HK", "論壇"),
        ("tw", "zh-Hant-TW", "論壇"),
    ],
)
def test_traditional_twins_follow_each_text_column(variant: Any, tag: str, place: str) -> None:
    """A twin after each Chinese text column; names convert as names."""
    files = render(tiny(), format="csv", traditional=variant)
    assert files["agreement_parties.csv"] == text(
        [
            f"agreement,position,party,party@{tag}",
            "outcome-1,1,上海市,上海市",
            "outcome-1,2,江苏省,江蘇省",
        ]
    )
    meetings = files["meetings.csv"].decode().split("\r\n")
    assert meetings[0].split(",")[:4] == ["id", "kind", "name", f"name@{tag}"]
    assert meetings[1].split(",")[:4] == ["forum-7", "forum", "论坛", place]
    officials = files["officials.csv"].decode().split("\r\n")[1]
    assert officials.split(",")[:4] == ["li", "李", "李", "Li"]


def with_formulas() -> Dataset:
    """The tiny dataset with text cells that start like formulas."""
    ds = tiny()
    deal = attrs.evolve(ds.agreements[0], title="=1+1", note="@x", parties=("-a", "+b"))
    return attrs.evolve(ds, agreements=(deal,))


def test_formula_cells_are_escaped_by_default() -> None:
    """A leading ' before = + - @ in free text; ids and enums as they are."""
    files = render(with_formulas(), format="csv")
    assert files["agreements.csv"] == text(
        ["id,title,kind,meeting,note", "outcome-1,'=1+1,signed,forum-7,'@x"]
    )
    assert files["agreement_parties.csv"] == text(
        ["agreement,position,party", "outcome-1,1,'-a", "outcome-1,2,'+b"]
    )
    raw = render(with_formulas(), format="csv", csv_formula_escape=False)
    assert raw["agreements.csv"] == text(
        ["id,title,kind,meeting,note", "outcome-1,=1+1,signed,forum-7,@x"]
    )


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1", "'=1"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@a", "'@a"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("a=1", "a=1"),
        ("", ""),
        ("南京", "南京"),
    ],
)
def test_formula_escape(value: str, expected: str) -> None:
    """Only a formula's first character counts."""
    assert formula_escape(value) == expected


FLAT_AGREEMENTS = [
    "id,meeting,meeting_name,meeting_kind,year,edition,meeting_start,meeting_start_precision,"
    "city,kind,title,parties",
]


def test_flat_tables() -> None:
    """meta.json and the four flat tables; free text escaped, the BOM on request."""
    files = render(with_formulas(), format="csv", flat=True)
    assert list(files) == [
        "meta.json",
        "meetings.csv",
        "attendances.csv",
        "tenures.csv",
        "agreements.csv",
    ]
    row = "outcome-1,forum-7,论坛,forum,,7,2025-06,month,,signed,'=1+1,'-a、+b"
    assert files["agreements.csv"] == text([*FLAT_AGREEMENTS, row])
    assert files["meta.json"] == META
    raw = render(with_formulas(), format="csv", flat=True, csv_formula_escape=False, excel=True)
    row = "outcome-1,forum-7,论坛,forum,,7,2025-06,month,,signed,=1+1,-a、+b"
    assert raw["agreements.csv"] == b"\xef\xbb\xbf" + text([*FLAT_AGREEMENTS, row])
    assert raw["meta.json"] == META


FLAT_ONLY_CSV = "flat tables are written as csv (--format csv), without twin columns"
REFUSALS: list[tuple[dict[str, Any], str]] = [
    ({"format": "json", "flat": True}, FLAT_ONLY_CSV),
    ({"format": "datapackage", "flat": True}, FLAT_ONLY_CSV),
    ({"format": "csv", "flat": True, "traditional": "tw"}, FLAT_ONLY_CSV),
    ({"format": "xml"}, "unknown format 'xml'; accepted: json, jsonl, csv, datapackage"),
    (
        {"format": "jsonl", "traditional": "hk"},
        "Traditional twin columns are for csv and datapackage; for json or jsonl convert the "
        "dataset instead (load(script=...))",
    ),
    (
        {"format": "json", "excel": True},
        "excel (the UTF-8 BOM) applies to csv and datapackage only",
    ),
]


@pytest.mark.parametrize(("options", "message"), REFUSALS)
def test_render_refusals(options: dict[str, Any], message: str) -> None:
    """The exact message."""
    with pytest.raises(ValueError) as info:
        render(tiny(), **options)
    assert str(info.value) == message


def test_twins_and_the_bom_are_fine_for_a_datapackage() -> None:
    """datapackage takes both, and its descriptor says so."""
    files = render(tiny(), format="datapackage", excel=True, traditional="hk")
    descriptor = json.loads(files["datapackage.json"])
    assert files["datapackage.json"].endswith(b"}\n")
    assert files["datapackage.json"].startswith(b'{\n  "$schema": ')
    parties = descriptor["resources"][6]
    assert (parties["name"], parties["encoding"]) == ("agreement_parties", "utf-8-sig")
    assert [f["name"] for f in parties["schema"]["fields"]] == [
        "agreement",
        "position",
        "party",
        "party@zh-Hant-HK",
    ]
    assert "meta.json" not in files
    assert files["errata.csv"].startswith(b"\xef\xbb\xbf")


def test_json_and_jsonl_files() -> None:
    """json: the package's format; jsonl: one record a line."""
    files = render(tiny(), format="json")
    assert files["meta.json"] == META
    assert json.loads(files["agreements.json"])[0]["parties"] == ["上海市", "江苏省"]
    lines = render(tiny(), format="jsonl")
    assert lines["meta.json"] == META
    officials = lines["officials.jsonl"].decode().split("\n")
    assert officials[2] == ""
    assert [json.loads(line)["id"] for line in officials[:2]] == ["li", "wang"]
    source = '[{"seed": "s.txt", "quote": "原文"}]'
    assert officials[0] == f'{{"id": "li", "name": "李", "pinyin": "Li", "sources": {source}}}'


def test_licence_homepage_and_description_reach_the_descriptor() -> None:
    """Each only when the meta has it; CC-BY-4.0 is named with its link."""
    meta = Meta(
        version="2026.12.01",
        licence="Data: CC-BY-4.0; code: MIT",
        citation="c",
        homepage="https://example.org",
        description="d",
    )
    files = render(attrs.evolve(tiny(), meta=meta), format="datapackage")
    descriptor = json.loads(files["datapackage.json"])
    assert {k: v for k, v in descriptor.items() if k != "resources"} == {
        "$schema": "https://datapackage.org/profiles/2.0/datapackage.json",
        "name": "yrd-meetings",
        "title": "Yangtze River Delta leaders' meetings (长三角地区主要领导座谈会)",
        "version": "2026.12.01",
        "description": "d",
        "homepage": "https://example.org",
        "licenses": [
            {
                "name": "CC-BY-4.0",
                "path": "https://creativecommons.org/licenses/by/4.0/",
                "title": "Creative Commons Attribution 4.0",
            }
        ],
        "citation": "c",
    }
    plain = json.loads(render(tiny(), format="datapackage")["datapackage.json"])
    assert [k for k in plain if k != "resources"] == [
        "$schema",
        "name",
        "title",
        "version",
        "citation",
    ]


def test_a_resource_in_full() -> None:
    """One resource of a package with Traditional twins, every key written by hand."""
    descriptor = datapackage_descriptor(tiny(), traditional="hk")
    required = {"constraints": {"required": True}}
    assert descriptor["resources"][6] == {
        "$schema": "https://datapackage.org/profiles/2.0/dataresource.json",
        "name": "agreement_parties",
        "path": "agreement_parties.csv",
        "type": "table",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "description": "The parties to an agreement where the sources state them, in order.",
        "schema": {
            "$schema": "https://datapackage.org/profiles/2.0/tableschema.json",
            "fields": [
                {"name": "agreement", "type": "string", "description": "id of the agreement"}
                | required,
                {"name": "position", "type": "integer"}
                | {"description": "1-based order within the parent"}
                | required,
                {"name": "party", "type": "string"}
                | {"description": "a party to the agreement, in Chinese"}
                | required,
                {"name": "party@zh-Hant-HK", "type": "string"}
                | {"description": "party in Traditional script (hk)"}
                | required,
            ],
            "primaryKey": ["agreement", "position"],
            "foreignKeys": [
                {"fields": ["agreement"], "reference": {"fields": ["id"], "resource": "agreements"}}
            ],
            "missingValues": [""],
        },
    }


def test_keys_of_a_self_reference_and_of_a_table_without_one() -> None:
    """A self-reference names no resource; no primary key, no `primaryKey`."""
    resources = datapackage_descriptor(tiny())["resources"]
    assert resources[0]["schema"]["foreignKeys"] == [
        {"fields": ["part_of"], "reference": {"fields": ["id"]}}
    ]
    assert list(resources[9]["schema"]) == ["$schema", "fields", "foreignKeys", "missingValues"]
    assert list(resources[2]["schema"]) == ["$schema", "fields", "primaryKey", "missingValues"]


def test_a_twin_column_is_never_unique() -> None:
    """Two texts may convert alike: a unique text column's twin drops `unique`."""
    column = Column(name="x", type="string", is_text=True, unique=True, required=True)
    table = Table(name="t", description="d", columns=(column,), primary_key=(), rows=rows_of)
    fields = _schema(table, "tw")["fields"]
    assert [f.get("constraints") for f in fields] == [
        {"required": True, "unique": True},
        {"required": True},
    ]


def rows_of(ds: Dataset) -> Iterator[dict[str, Any]]:
    """No rows."""
    return iter(())


def test_text_converts_as_text_and_names_as_names() -> None:
    """干部 is 幹部 in text; 范 stays 范 as a surname."""
    ds = tiny()
    deal = attrs.evolve(ds.agreements[0], title="干部协议")
    fan = attrs.evolve(ds.officials[0], name="范恒山")
    ds = attrs.evolve(ds, agreements=(deal,), officials=(fan, ds.officials[1]))
    files = render(ds, format="csv", traditional="traditional")
    agreements = files["agreements.csv"].decode().split("\r\n")
    assert agreements[1].split(",")[1:3] == ["干部协议", "幹部協議"]
    officials = files["officials.csv"].decode().split("\r\n")
    assert officials[1].split(",")[1:3] == ["范恒山", "范恆山"]


@pytest.mark.parametrize(
    ("column", "escaped"),
    [
        (Column(name="t", type="string"), True),
        (Column(name="n", type="integer"), False),
        (Column(name="b", type="boolean"), False),
        (Column(name="e", type="string", enum=("a",)), False),
        (Column(name="d", type="string", is_date=True), False),
    ],
)
def test_only_free_text_columns_are_escaped(column: Column, escaped: bool) -> None:
    """Numbers, booleans, enums and dates have fixed forms."""
    assert _escapes(column) is escaped


def test_flat_tables_escape_text_cells_only() -> None:
    """An id that starts like a formula stays as it is in a flat table (only `text` is)."""
    ds = with_formulas()
    ds = attrs.evolve(ds, agreements=(attrs.evolve(ds.agreements[0], id=AgreementId("=deal")),))
    files = render(ds, format="csv", flat=True)
    row = "=deal,forum-7,论坛,forum,,7,2025-06,month,,signed,'=1+1,'-a、+b"
    assert files["agreements.csv"] == text([*FLAT_AGREEMENTS, row])
