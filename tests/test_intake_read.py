"""Decoding bytes and reading files, folders and JSONL into captures."""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path

import pytest

from sitrep.intake import Capture, IntakeError, decode, read_jsonl, read_paths, to_article

STORY = "Troops clashed with gunmen near Kidal on Monday, officials said."


def test_decode_utf8_keeps_crlf() -> None:
    text, encoding = decode(STORY.replace(" on ", "\r\non ").encode("utf-8"))
    assert encoding == "utf-8" and "\r\n" in text


@pytest.mark.parametrize(
    ("raw", "encoding"),
    [
        (b"\xef\xbb\xbf" + "Sévaré".encode(), "utf-8-bom"),
        (b"\xff\xfe" + "Sévaré".encode("utf-16-le"), "utf-16-le-bom"),
        (b"\xfe\xff" + "Sévaré".encode("utf-16-be"), "utf-16-be-bom"),
    ],
)
def test_decode_strips_byte_order_marks(raw: bytes, encoding: str) -> None:
    assert decode(raw) == ("Sévaré", encoding)


def test_decode_falls_back_to_cp1252() -> None:
    raw = "Soldiers entered Ségou, said Aïssata Koné – “calm” returned.".encode("cp1252")
    text, encoding = decode(raw)
    assert text == "Soldiers entered Ségou, said Aïssata Koné – “calm” returned."
    assert encoding == "cp1252"


@pytest.mark.parametrize("raw", [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", b"abc\x00def"])
def test_decode_rejects_binary(raw: bytes) -> None:
    with pytest.raises(IntakeError):
        decode(raw)


def test_read_paths_walks_folders_and_reports_bad_files(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text(STORY)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a story.txt").write_text(STORY)
    (tmp_path / ".hidden.txt").write_text(STORY)
    (tmp_path / "README.md").write_text("# What this folder holds")
    (tmp_path / "empty.txt").write_text("  \n")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00")
    (tmp_path / "big.txt").write_text(STORY * 10)
    items = list(read_paths([tmp_path, tmp_path / "missing.txt"], max_bytes=300))
    good = [i for i in items if isinstance(i, Capture)]
    bad = {Path(i.source).name: i.reason for i in items if isinstance(i, IntakeError)}
    assert [c.id for c in good] == ["b", "a-story"]
    assert set(bad) == {"big.txt", "empty.txt", "photo.jpg", "missing.txt"}
    assert "too large" in bad["big.txt"] and "empty" in bad["empty.txt"]
    assert "binary" in bad["photo.jpg"] and "no such file" in bad["missing.txt"]
    assert good[0].sha256 == hashlib.sha256(STORY.encode()).hexdigest()


def test_html_is_sniffed_without_extension(tmp_path: Path) -> None:
    page = f"<!DOCTYPE html><html><body><h1>Clash near Kidal</h1><p>{STORY}</p></body></html>"
    (tmp_path / "page.txt").write_text(page)
    (capture,) = read_paths([tmp_path / "page.txt"])
    assert isinstance(capture, Capture) and capture.kind == "html"


def test_jsonl_lines_and_errors(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps(
            {
                "id": "one",
                "text": STORY,
                "url": "https://example.org/1",
                "published": "2025-03-04T10:00:00Z",
            }
        ),
        "{not json",
        json.dumps({"id": "two"}),
        "",
        json.dumps({"id": "three", "html": f"<html><body><p>{STORY}</p></body></html>"}),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    items = list(read_paths([path]))
    assert [type(i).__name__ for i in items] == ["Capture", "IntakeError", "IntakeError", "Capture"]
    first, bad_json, no_text, html = items
    assert isinstance(first, Capture) and isinstance(html, Capture)
    assert (first.id, first.url, first.published, first.raw) == (
        "one",
        "https://example.org/1",
        "2025-03-04",
        STORY.encode(),
    )
    assert bad_json.source.endswith("batch.jsonl:2") and "bad JSON" in bad_json.reason
    assert no_text.source.endswith(":3") and "text" in no_text.reason
    assert html.kind == "html"


def test_jsonl_published_is_not_inferred(tmp_path: Path) -> None:
    path = tmp_path / "one.jsonl"
    body = "Clash near Kidal\n\n" + STORY + " A caption of the day, May 1, 2025. Photo: J Doe/AFP"
    path.write_text(json.dumps({"id": "x", "text": body, "published": "2025-03-04"}))
    (capture,) = read_jsonl(path)
    article = to_article(capture)
    assert (article.published, article.published_inferred) == ("2025-03-04", False)


def test_jsonl_from_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(json.dumps({"id": "s", "text": STORY}) + "\n"))
    (capture,) = read_paths([Path("-")])
    assert isinstance(capture, Capture) and capture.source == "<stdin>:1"


def test_decode_utf16_without_bom() -> None:
    assert decode("Sévaré, Mali".encode("utf-16-le")) == ("Sévaré, Mali", "utf-16-le")


def test_xhtml_with_xml_declaration_is_html(tmp_path: Path) -> None:
    page = '<?xml version="1.0"?>\n<!DOCTYPE html><html><body><p>' + STORY + "</p></body></html>"
    (tmp_path / "page").write_text(page)
    (capture,) = read_paths([tmp_path / "page"])
    assert isinstance(capture, Capture) and capture.kind == "html"


def test_same_file_name_in_two_folders_gets_two_ids(tmp_path: Path) -> None:
    for folder, text in (("a", STORY), ("b", STORY + " More.")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(text)
    ids = [c.id for c in read_paths([tmp_path]) if isinstance(c, Capture)]
    assert ids[0] == "story" and ids[1].startswith("story-") and len(set(ids)) == 2


@pytest.mark.parametrize(
    ("given", "iso"),
    [
        ("2025-03-04T10:00:00Z", "2025-03-04"),
        ("Tue, 04 Mar 2025 10:00:00 GMT", "2025-03-04"),
        ("4 March 2025", "2025-03-04"),
        ("", None),
    ],
)
def test_jsonl_published_formats(tmp_path: Path, given: str, iso: str | None) -> None:
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps({"id": "x", "text": STORY, "published": given}))
    (capture,) = read_jsonl(path)
    assert isinstance(capture, Capture) and capture.published == iso
