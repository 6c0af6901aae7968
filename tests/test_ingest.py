"""`samverkan ingest`: the command, bad inputs, PDF (text layer and scans), drafts that check."""

from __future__ import annotations

import re
import shutil
import stat
import sys
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Dataset, URIRef
from rdflib.namespace import DCTERMS

from graph import config
from graph.cli import main
from graph.emit import build_dataset
from graph.ingest import reading
from graph.ingest.pipeline import Context, ingest, make_context, without_source
from graph.ingest.quality import compare
from graph.ingest.reading import IngestError, read_document
from graph.names import same_person
from graph.records import load_corpus
from graph.yamlload import load_yaml

from .browser import browser_page
from .paths import RECORDS, SOURCES
from .servers import run_server

OCR_DOC = SOURCES / "2025-12-12-protokoll-lansgemensam-ledning.txt"
FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
SYNTHETIC = FIXTURES / "2026-06-05-protokoll-syntetiskt.txt"
CORPUS_TUNE = Path(__file__).parent / "ingest_corpus" / "tune" / "sources"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def _run(tmp_path: Path, *args: str) -> tuple[int, Path]:
    out = tmp_path / "drafts" / "draft.yaml"
    code = main(["ingest", *args, "--out", str(out), "--sources-out", str(tmp_path / "sources")])
    return code, out


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


# --------------------------------------------------------------------------- the command


def test_ingest_writes_draft_review_and_source_copy(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in" / "nytt-protokoll.txt"
    src.parent.mkdir()
    shutil.copy(SYNTHETIC, src)
    code, out = _run(tmp_path, str(src))
    assert code == 0
    printed = capsys.readouterr().out
    assert "new: Gunilla Strand" in printed and "ends: Roger Holmberg" in printed
    review = out.with_name("draft.review.md")
    copy = tmp_path / "sources" / "2026-06-05-protokoll-lansgemensam-ledning.txt"
    assert out.is_file() and review.is_file() and copy.is_file()
    assert copy.read_text(encoding="utf-8") == SYNTHETIC.read_text(encoding="utf-8")
    data = load_yaml(out)
    assert data["source"] == "2026-06-05-lansgemensam-ledning"
    assert "DRAFT" in data["note"]
    md = review.read_text(encoding="utf-8")
    for heading in ("## People", "## New memberships", "## Memberships ended by decisions", "sources/manifest.yaml"):
        assert heading in md
    assert "Roger Holmberg: representant – samordnande-grupp-aldre ends 2026-06-05" in md
    assert "- id: 2026-06-05-lansgemensam-ledning" in md  # the manifest entry proposal


def test_ingest_refuses_to_overwrite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "drafts" / "draft.yaml"
    out.parent.mkdir()
    out.write_text("keep me\n", encoding="utf-8")
    code, _ = _run(tmp_path, str(SYNTHETIC))
    assert code == 2
    assert "exists" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "keep me\n"
    assert not (tmp_path / "sources").exists()


def test_ingest_never_touches_the_manifest_or_records(tmp_path: Path) -> None:
    before = {p: p.read_bytes() for p in [*SOURCES.iterdir(), *RECORDS.glob("*.yaml")] if p.is_file()}
    out = tmp_path / "draft.yaml"
    assert main(["ingest", str(OCR_DOC), "--out", str(out)]) == 0
    assert out.is_file()
    # the source is already in sources/: no copy is made, nothing there changes
    assert {p: p.read_bytes() for p in [*SOURCES.iterdir(), *RECORDS.glob("*.yaml")] if p.is_file()} == before


def test_dry_run_writes_nothing(tmp_path: Path) -> None:
    code, out = _run(tmp_path, str(SYNTHETIC), "--dry-run")
    assert code == 0
    assert _files(tmp_path) == []


# --------------------------------------------------------------------------- bad input


def _bad(tmp_path: Path, name: str, data: bytes) -> tuple[int, str]:
    src = tmp_path / "in" / name
    src.parent.mkdir(exist_ok=True)
    src.write_bytes(data)
    code, _ = _run(tmp_path, str(src))
    return code, name


@pytest.mark.parametrize(("name", "data", "message"), [
    ("tom.txt", b"", "empty"),
    ("blank.txt", b"  \n\n\t\n", "empty"),
    ("bild.txt", bytes(range(256)) * 8, "binary"),
    ("recept.txt", "Kanelbullar\n\nBlanda mjöl, socker och smör. Grädda i ugnen i tio minuter tills de är "
                   "gyllenbruna. Låt svalna på galler och servera med kaffe.\n".encode(),
     "does not look like a protocol"),
    ("trasig.pdf", b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nthis is not a pdf at all\n%%EOF\n",
     "not a readable PDF"),
])
def test_bad_input_gets_a_clear_error_and_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                         name: str, data: bytes, message: str) -> None:
    code, _ = _bad(tmp_path, name, data)
    err = capsys.readouterr().err
    assert code == 2
    assert message in err, err
    assert [p.name for p in _files(tmp_path)] == [name]


def test_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _ = _run(tmp_path, str(tmp_path / "finns-inte.txt"))
    assert code == 2 and "no such file" in capsys.readouterr().err


# --------------------------------------------------------------------------- PDF


def _pdf_from_text(text: str, path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=10)
    if DEJAVU.is_file():
        pdf.add_font("DejaVu", "", str(DEJAVU))
        pdf.set_font("DejaVu", size=8)
    else:  # no Unicode font: latin-1 text
        pdf.set_font("Helvetica", size=8)
        text = text.encode("latin-1", "replace").decode("latin-1")
    pdf.add_page()
    for line in text.split("\n"):
        pdf.cell(0, 4, text=line.replace("\t", "    "), new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def test_pdf_with_text_layer_is_ingested_like_its_text(tmp_path: Path, ctx: Context) -> None:
    pdf = tmp_path / "protokoll.pdf"
    _pdf_from_text(OCR_DOC.read_text(encoding="utf-8"), pdf)
    via_pdf = ingest(pdf, ctx)
    via_text = ingest(OCR_DOC, ctx)
    assert via_pdf.source.via == "pdf-text"
    assert via_pdf.doc_id == via_text.doc_id
    scores = compare(via_text.record, via_pdf.record)
    for kind in ("people", "attendance", "decisions", "meetings"):
        assert scores[kind].recall == 1.0 and scores[kind].precision == 1.0, (kind, scores[kind].missed,
                                                                              scores[kind].extra)
    assert scores["agenda items"].recall >= 0.9


def test_pdf_command_copies_the_extracted_text(tmp_path: Path) -> None:
    pdf = tmp_path / "in" / "protokoll.pdf"
    pdf.parent.mkdir()
    _pdf_from_text(SYNTHETIC.read_text(encoding="utf-8"), pdf)
    code, out = _run(tmp_path, str(pdf))
    assert code == 0
    copy = tmp_path / "sources" / "2026-06-05-protokoll-lansgemensam-ledning.txt"
    assert "Gunilla Strand" in copy.read_text(encoding="utf-8")
    data = load_yaml(out)
    names = [e["name"] for m in data["meetings"] for lst in m.get("attendance", []) for e in lst["entries"]]
    assert "Gunilla Strand" in names and "Tobias Wernersson" in names


def _scanned_pdf(path: Path) -> None:
    from fpdf import FPDF
    from PIL import Image

    img = path.with_suffix(".png")
    Image.new("RGB", (200, 100), "white").save(img)
    pdf = FPDF()
    pdf.add_page()
    pdf.image(str(img), x=10, y=10, w=100)
    pdf.output(str(path))


def test_scanned_pdf_without_tesseract_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(reading.shutil, "which", lambda name: None)
    pdf = tmp_path / "in" / "skannad.pdf"
    pdf.parent.mkdir()
    _scanned_pdf(pdf)
    with pytest.raises(IngestError, match="no text layer .*tesseract is not installed.*tesseract-ocr-swe"):
        read_document(pdf)
    code, _ = _run(tmp_path, str(pdf))
    assert code == 2 and "tesseract is not installed" in capsys.readouterr().err
    assert not (tmp_path / "drafts").exists() and not (tmp_path / "sources").exists()


def _fake_tesseract(folder: Path, langs: str, text_file: Path) -> None:
    exe = folder / "tesseract"
    exe.write_text(f"""#!{sys.executable}
import sys
if "--list-langs" in sys.argv:
    print("List of available languages (2):")
    print({langs!r})
    sys.exit(0)
assert sys.argv[2] == "stdout" and sys.argv[3:5] == ["-l", "swe"], sys.argv
sys.stdout.write(open({str(text_file)!r}, encoding="utf-8").read())
""", encoding="utf-8")
    exe.chmod(exe.stat().st_mode | stat.S_IEXEC)


def test_scanned_pdf_goes_through_ocr_with_swedish(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                   ctx: Context) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    _fake_tesseract(bin_dir, "swe", OCR_DOC)
    monkeypatch.setenv("PATH", f"{bin_dir}:{'/usr/bin:/bin'}")
    pdf = tmp_path / "skannad.pdf"
    _scanned_pdf(pdf)
    result = ingest(pdf, ctx)
    assert result.source.via == "pdf-ocr"
    assert result.doc_id == "2025-12-12-lansgemensam-ledning"
    assert len(result.record["decisions"]) == 6


def test_tesseract_without_swedish_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    _fake_tesseract(bin_dir, "eng", OCR_DOC)
    monkeypatch.setenv("PATH", f"{bin_dir}:{'/usr/bin:/bin'}")
    pdf = tmp_path / "skannad.pdf"
    _scanned_pdf(pdf)
    with pytest.raises(IngestError, match="no Swedish language data"):
        read_document(pdf)


def test_tesseract_is_not_installed_on_this_machine_or_detected() -> None:
    exe, problem = reading.tesseract_status()
    assert (exe is None) == ("not installed" in (problem or ""))


# --------------------------------------------------------------------------- drafts that check


def test_draft_replaces_its_curated_record_and_passes_check(tmp_path: Path) -> None:
    """A draft made without the curated record, put in its place: `samverkan check` and the build accept it."""
    doc = "2026-03-12-lansgemensam-ledning"
    corpus = load_corpus()
    rec = next(r for r in corpus.records if r.document.id == doc)
    records = tmp_path / "records"
    shutil.copytree(RECORDS, records, ignore=shutil.ignore_patterns("drafts"))
    result = ingest(rec.document.file, make_context(without_source(corpus, doc)), doc)
    (records / f"{doc}.yaml").write_text(result.draft_text, encoding="utf-8")
    checked = load_corpus(records, SOURCES)
    ds = build_dataset(checked, config.DEFAULT_BASE)
    assert len(ds) > 1000
    assert main(["check", "--records", str(records)]) == 0


def test_new_protocol_draft_passes_check_with_manifest_entry(tmp_path: Path, ctx: Context) -> None:
    """The synthetic new protocol: copy, draft, manifest entry as the review proposes; check passes."""
    import yaml

    from graph.ingest.review import make_review

    sources = tmp_path / "sources"
    shutil.copytree(SOURCES, sources)
    records = tmp_path / "records"
    shutil.copytree(RECORDS, records, ignore=shutil.ignore_patterns("drafts"))
    result = ingest(SYNTHETIC, ctx)
    rv = make_review(result, ctx)
    (sources / result.source_name).write_text(result.source.text, encoding="utf-8")
    manifest = yaml.safe_load((sources / "manifest.yaml").read_text(encoding="utf-8"))
    manifest["documents"].extend(yaml.safe_load(rv.manifest_entry))
    (sources / "manifest.yaml").write_text(yaml.safe_dump(manifest, allow_unicode=True), encoding="utf-8")
    # the curated records announce this meeting (2026-03-12 names "den 5 juni"): the review says what becomes of
    # the announcement, warns of nothing about it, and the draft joins the records as it is
    assert any("announced" in k and result.doc_id in k for k in rv.known_meetings), rv.known_meetings
    assert not any(result.doc_id in w for w in rv.warnings), rv.warnings
    (records / f"{result.doc_id}.yaml").write_text(result.draft_text, encoding="utf-8")
    checked = load_corpus(records, sources)
    assert any(r.document.id == result.doc_id for r in checked.records)
    rec, node = checked.meetings[result.doc_id]
    assert rec.document.id == result.doc_id and node["status"] == "held"
    build_dataset(checked, config.DEFAULT_BASE)


# --------------------------------------------------------------------------- the synthetic protocol


def test_synthetic_protocol_forms(ctx: Context) -> None:
    """A protocol written for the tests, in the forms the rules know but with other people and layout."""
    rec = ingest(SYNTHETIC, ctx).record
    held = rec["meetings"][0]
    assert held["date"] == "2026-06-05" and held["kind"] == "lgl-meeting"
    assert [it.get("n") for it in held["agenda"] if "n" in it] == [1, 2, 3, 4, 5, 6]
    subs = [it["title"] for it in held["agenda"] if it.get("parent") == 4]
    assert subs == ["Gemensam plan för samverkan", "Stimulansmedel 2026"]
    lists = {lst["list"]: lst["entries"] for lst in held["attendance"]}
    assert set(lists) == {"ledamoter", "ovriga"}
    assert len(lists["ledamoter"]) == 9 and len(lists["ovriga"]) == 3          # Frånvarande is not attendance
    gunilla = next(e for e in lists["ledamoter"] if e["name"] == "Gunilla Strand")
    assert gunilla == {"name": "Gunilla Strand", "line": 48, "org": "emmaboda-kommun", "acting": True}
    table = [e for e in lists["ledamoter"] if e["line"] in (50, 51)]
    assert [(e["name"], e["org"]) for e in table] == [
        ("Patrik Glasberg", "kalmar-kommun"), ("Roland Hybelius", "borgholms-kommun"),
        ("Annika Fröberg", "nybro-kommun"), ("Pernilla Mosén", "emmaboda-kommun")]
    tobias = next(e for e in lists["ovriga"] if e["name"] == "Tobias Wernersson")
    assert tobias["org"] == "region-kalmar-lan"                                 # organisation on the next line
    kinds = {d["kind"]: d for d in rec["decisions"]}
    assert set(kinds) == {"approve-protocol", "replacement", "indicator"}
    byte = kinds["replacement"]
    assert (byte["group"], byte["role"], byte["new"], byte["replaced"]) == (
        "samordnande-grupp-aldre", "representant", "Gunilla Strand", "Roger Holmberg")
    assert kinds["indicator"]["indicator"] == {"label": "Andel återinskrivningar inom 30 dagar", "value": 1.5,
                                               "year": 2027}
    (fund,) = rec["funding"]
    assert fund["total"] == 3_500_000 and [a["amount"] for a in fund["allocations"]] == [1_750_000, 1_750_000]
    assert {a["to"] for a in fund["allocations"]} == {"kommunforbundet-i-kalmar-lan", "region-kalmar-lan"}
    announced = [m for m in rec["meetings"] if m["status"] == "announced"]
    assert [m["date"] for m in announced] == ["2026-09-18"]
    presenters = [p["name"] for it in held["agenda"] for p in it.get("presenters", [])]
    assert presenters == ["Sofia Hartz", "Ingrid Bergqvist", "Tobias Wernersson"]
    assert not any(same_person(n, "Magnus Persson") for n in presenters)


# --------------------------------------------------------------------------- size and encodings (issue 13, 6)


def _ingest_text(tmp_path: Path, name: str, data: bytes, *args: str) -> tuple[int, Path]:
    src = tmp_path / "in" / name
    src.parent.mkdir(exist_ok=True)
    src.write_bytes(data)
    return _run(tmp_path, str(src), *args)[0], src


def test_a_text_over_the_size_limit_is_refused_from_its_size(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    """A 6 MB file (sparse: stat says 6 MB, nothing is read to refuse it) and a small one under a lower
    --max-mb: refused naming the file, its size and the limit; nothing written."""
    big = tmp_path / "in" / "stor.txt"
    big.parent.mkdir()
    with big.open("wb") as fh:
        fh.truncate(6 * 1024 * 1024)
    code, _ = _run(tmp_path, str(big))
    err = capsys.readouterr().err
    assert code == 2 and f"{big}: the file is 6.0 MB, more than the 5.0 MB" in err and "--max-mb" in err, err
    code, src = _ingest_text(tmp_path, "liten.txt", SYNTHETIC.read_bytes(), "--max-mb", "0.001")
    err = capsys.readouterr().err
    assert code == 2 and f"{src}: the file is" in err and "more than the 0.0 MB" in err, err
    assert sorted(p.name for p in _files(tmp_path)) == ["liten.txt", "stor.txt"]
    assert main(["ingest", str(src), "--max-mb", "0", "--dry-run"]) == 2


def test_the_size_limit_is_a_parameter_of_reading(tmp_path: Path) -> None:
    src = tmp_path / "p.txt"
    src.write_bytes(SYNTHETIC.read_bytes())
    size = src.stat().st_size
    assert read_document(src, max_bytes=size).text
    with pytest.raises(IngestError, match="more than"):
        read_document(src, max_bytes=size - 1)


@pytest.mark.parametrize(("encoding", "note"), [
    ("utf-8-sig", None),
    ("utf-16", "read as UTF-16"),            # with its byte-order mark
    ("utf-16-le", "UTF-16 (no byte-order mark)"),
    ("utf-16-be", "UTF-16 (no byte-order mark)"),
    ("utf-32", "read as UTF-32"),
    ("cp1252", "read as Windows-1252"),
])
def test_text_in_other_encodings_reads_like_utf8(tmp_path: Path, ctx: Context, encoding: str,
                                                 note: str | None) -> None:
    """UTF-8 with BOM, UTF-16 (with or without BOM), UTF-32 and Windows-1252: the same draft as the
    UTF-8 text, a note for the review where the encoding was not plain UTF-8, a UTF-8 source copy."""
    text = SYNTHETIC.read_text(encoding="utf-8")
    src = tmp_path / f"protokoll-{encoding}.txt"
    src.write_bytes(text.encode(encoding))
    plain = ingest(SYNTHETIC, ctx)
    other = ingest(src, ctx)
    assert other.source.text == plain.source.text
    # the same facts (the note names the file read)
    assert {k: v for k, v in other.record.items() if k != "note"} == \
        {k: v for k, v in plain.record.items() if k != "note"}
    notes = [w for w in other.warnings if src.name in w]
    assert (note is None and not notes) or (note is not None and any(note in w for w in notes)), other.warnings
    if note:
        from graph.ingest.review import make_review, render_markdown

        assert note in render_markdown(other, make_review(other, ctx), "draft.yaml")


@pytest.mark.parametrize(("data", "message"), [
    (b"Protokoll \x81\x8d\x8f 2026-06-05 " + "Närvarande".encode() + b"\xff\xfe" * 3, "not UTF-8"),
    (b"\xff\xfeP\x00r\x00o\x00\x00\xd8", "not valid UTF-16"),   # a BOM, then a lone surrogate
])
def test_undecodable_text_is_refused_with_what_to_do(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                     data: bytes, message: str) -> None:
    code, src = _ingest_text(tmp_path, "trasig.txt", data)
    err = capsys.readouterr().err
    assert code == 2 and f"{src}:" in err and message in err and "UTF-8" in err, err
    assert [p.name for p in _files(tmp_path)] == ["trasig.txt"]


def test_a_refusal_from_the_extraction_names_the_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, src = _ingest_text(tmp_path, "recept.txt", "Kanelbullar\n\nBlanda mjöl och smör.\n".encode() * 3)
    err = capsys.readouterr().err
    assert code == 2 and err.startswith(f"error: {src}:"), err


def test_source_name_clash_is_solved_by_the_id_the_hint_names(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    """Another text of the same meeting date and kind: refused, the hint says --id; with --id it works
    and the copy is kept under that id."""
    sources = tmp_path / "sources"
    first = main(["ingest", str(SYNTHETIC), "--out", str(tmp_path / "a.yaml"), "--sources-out", str(sources)])
    assert first == 0
    changed = tmp_path / "in" / "andra-versionen.txt"
    changed.parent.mkdir()
    changed.write_text(SYNTHETIC.read_text(encoding="utf-8") + "\nJusteras: Sofia Hartz\n", encoding="utf-8")
    before = _files(tmp_path)
    capsys.readouterr()
    args = ["ingest", str(changed), "--out", str(tmp_path / "b.yaml"), "--sources-out", str(sources)]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "exists with other text" in err and "--id" in err, err
    assert _files(tmp_path) == before
    assert main([*args, "--id", "2026-06-05-lansgemensam-ledning-b"]) == 0
    assert (sources / "2026-06-05-lansgemensam-ledning-b.txt").read_text(encoding="utf-8") == \
        changed.read_text(encoding="utf-8")
    assert load_yaml(tmp_path / "b.yaml")["source"] == "2026-06-05-lansgemensam-ledning-b"
    assert main([*args[:2], "--out", str(tmp_path / "c.yaml"), "--id", "Fel Id"]) == 2
    assert "--id 'Fel Id' is not a document id" in capsys.readouterr().err


# --------------------------------------------------------------------------- from draft to graph (issue 13, 7)


def _project_copy(tmp_path: Path) -> Path:
    """A project made by `samverkan init`, holding a copy of the project's records and sources."""
    root = tmp_path / "projekt"
    assert main(["init", str(root)]) == 0
    for f in RECORDS.glob("*.yaml"):
        shutil.copy(f, root / "records" / f.name)
    for f in SOURCES.iterdir():
        if f.is_file():
            shutil.copy(f, root / "sources" / f.name)
    return root


def _snapshot(root: Path) -> dict[Path, bytes]:
    return {p.relative_to(root): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_accept_moves_a_reviewed_draft_into_the_graph(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """ingest -> review -> accept -> check -> build, for the protocol of a meeting the records announce (the
    next meeting of a series always is): the held meeting takes the id, the announcement stays as what the
    earlier protocol said of it. The same protocol accepted again is refused (file:line, nothing moved)."""
    root = _project_copy(tmp_path)
    proj = ["--project", str(root)]
    new = tmp_path / "inkommet" / "protokoll-juni.txt"
    new.parent.mkdir()
    shutil.copy(SYNTHETIC, new)
    assert main([*proj, "ingest", str(new)]) == 0
    draft = root / "records" / "drafts" / "2026-06-05-lansgemensam-ledning.yaml"
    review = draft.with_name(draft.stem + ".review.md")
    copy = root / "sources" / "2026-06-05-protokoll-lansgemensam-ledning.txt"
    assert draft.is_file() and review.is_file() and copy.is_file()
    # the review says what becomes of the announcement, and of the meeting the protocol refers to
    said = review.read_text(encoding="utf-8").split("## Meetings the graph has already", 1)[-1]
    assert re.search(r"announced in 2026-03-12-lansgemensam-ledning\.yaml.*this protocol is that meeting", said), said
    capsys.readouterr()

    assert main([*proj, "ingest", "--accept", str(draft)]) == 0
    out = capsys.readouterr().out
    assert "records OK with 2026-06-05-lansgemensam-ledning" in out
    record = root / "records" / "2026-06-05-lansgemensam-ledning.yaml"
    assert record.is_file() and not draft.exists() and review.is_file()
    manifest = load_yaml(root / "sources" / "manifest.yaml")["documents"]
    assert [d["file"] for d in manifest if d["id"] == "2026-06-05-lansgemensam-ledning"] == [copy.name]
    assert main([*proj, "check"]) == 0
    assert f"records OK: {len(list(RECORDS.glob('*.yaml'))) + 1} files" in capsys.readouterr().out

    # the same protocol again, under another id: a meeting has one protocol; refused, everything undone
    assert main([*proj, "ingest", str(new), "--id", "2026-06-05-protokoll-kopia"]) == 0
    again = root / "records" / "drafts" / "2026-06-05-protokoll-kopia.yaml"
    before = _snapshot(root)
    capsys.readouterr()
    assert main([*proj, "ingest", "--accept", str(again)]) == 2
    err = capsys.readouterr().err
    assert "nothing was moved" in err and "2026-06-05-lansgemensam-ledning" in err and "as held" in err, err
    assert re.search(r"2026-06-05-protokoll-kopia\.yaml:\d+", err), err
    assert _snapshot(root) == before

    graph = tmp_path / "g.trig"
    assert main([*proj, "build", "--out", str(graph)]) == 0
    ds = Dataset(default_union=True)
    ds.parse(graph, format="trig")
    meeting = URIRef(f"{config.DEFAULT_BASE}id/meeting/2026-06-05-lansgemensam-ledning")
    assert set(ds.objects(meeting, config.LGL.meetingStatus)) == {config.LGL["status-held"]}
    sources = {str(ds.value(p, DCTERMS.isPartOf)).rsplit("/", 1)[-1] for p in ds.objects(meeting, DCTERMS.source)}
    assert sources == {"2026-03-12-lansgemensam-ledning", "2026-06-05-lansgemensam-ledning"}
    said = [str(ds.value(s, RDF.value)) for s in ds.objects(meeting, config.LGL.statement)]
    assert any("5 juni" in s for s in said), said
    march = URIRef(f"{config.DEFAULT_BASE}id/meeting/2026-03-12-lansgemensam-ledning")
    assert (march, config.LGL.refersToMeeting, meeting) in ds
    assert main([*proj, "validate", "--graph", str(graph)]) == 0, capsys.readouterr()


def test_a_protocol_referring_to_a_meeting_of_the_graph_is_accepted_as_is(tmp_path: Path,
                                                                         capsys: pytest.CaptureFixture[str]) -> None:
    """A later protocol names the announced 2026-06-05 meeting ("Protokollet från mötet 2026-06-05"): the review
    says the graph has it, accept needs no edit, and the meeting stays announced (its own record's), with what
    the later protocol says of it as a statement citing its lines."""
    root = _project_copy(tmp_path)
    proj = ["--project", str(root)]
    later = CORPUS_TUNE / "2026-09-11-protokoll-lansgemensam-ledning.txt"
    assert main([*proj, "ingest", str(later)]) == 0
    draft = root / "records" / "drafts" / "2026-09-11-lansgemensam-ledning.yaml"
    said = draft.with_name(draft.stem + ".review.md").read_text(encoding="utf-8")
    known = said.split("## Meetings the graph has already", 1)[1].split("##", 1)[0]
    assert re.search(r"2026-06-05-lansgemensam-ledning \(referred here, lines \d+(-\d+)?\) is announced in "
                     r"2026-03-12-lansgemensam-ledning\.yaml", known), known
    assert "meeting known: 2026-06-05-lansgemensam-ledning" in capsys.readouterr().out
    assert main([*proj, "ingest", "--accept", str(draft)]) == 0
    graph = tmp_path / "g.trig"
    assert main([*proj, "build", "--out", str(graph)]) == 0
    ds = Dataset(default_union=True)
    ds.parse(graph, format="trig")
    june = URIRef(f"{config.DEFAULT_BASE}id/meeting/2026-06-05-lansgemensam-ledning")
    september = URIRef(f"{config.DEFAULT_BASE}id/meeting/2026-09-11-lansgemensam-ledning")
    assert set(ds.objects(june, config.LGL.meetingStatus)) == {config.LGL["status-announced"]}
    assert (september, config.LGL.refersToMeeting, june) in ds
    statements = [(str(ds.value(s, RDF.value)), str(ds.value(s, RDFS.comment)))
                  for s in ds.objects(june, config.LGL.statement)]
    assert any("2026-06-05" in text and note.startswith("omnämnt i ") for text, note in statements), statements
    # the announcement's own agenda item stays the meeting's
    titles = {str(ds.value(i, DCTERMS.title)) for i in ds.objects(june, config.LGL.agendaItem)}
    assert titles == {"Kompetensförsörjning (digital timme)"}, titles

    # what a reader sees on the meeting's page: the announced agenda, and what the later protocol says of it,
    # linked to its lines
    with run_server(tmp_path, graph, "memory") as server, browser_page() as (page, watch):
        page.goto(server.url + "/id/meeting/2026-06-05-lansgemensam-ledning?lang=en")
        assert page.locator("h1").inner_text() == "Länsgemensam ledning 2026-06-05"
        assert "Kompetensförsörjning (digital timme)" in page.locator("#agenda + .table-wrap").inner_text()
        named = page.locator("#mentions + .table-wrap")
        rows = named.locator("tbody tr")
        assert rows.count() == 1, named.inner_text()
        source, text = (rows.first.locator("td").nth(k).inner_text() for k in (0, 1))
        line = next(i for i, s in enumerate(later.read_text(encoding="utf-8").splitlines(), 1) if "2026-06-05" in s)
        assert re.fullmatch(r"PROTOKOLL, 2026-09-11, rad \d+(–\d+)?", source) and str(line) in source, source
        assert "Protokollet från mötet 2026-06-05" in text, text
        page.locator("#mentions + .table-wrap a").first.click()
        page.wait_for_load_state()
        assert re.search(r"/id/doc/2026-09-11-lansgemensam-ledning\?lang=en#L\d+(-L\d+)?$", page.url), page.url
        assert "Protokollet från mötet 2026-06-05" in page.locator("main").inner_text()
        assert watch.outside == [] and watch.page_errors == []


def test_accept_into_a_new_empty_project_takes_the_source_from_sources_out(tmp_path: Path,
                                                                          capsys: pytest.CaptureFixture[str]) -> None:
    """`samverkan init` then the first protocol: its copy was written elsewhere (--sources-out); accept
    moves it into sources/, turns `documents: []` into a list; check runs (and, with no organisation
    defined in the empty project, refuses: everything is undone)."""
    root = tmp_path / "tom"
    assert main(["init", str(root)]) == 0
    copies = tmp_path / "kopior"
    draft = tmp_path / "utkast" / "d.yaml"
    assert main(["ingest", str(SYNTHETIC), "--out", str(draft), "--sources-out", str(copies),
                 "--records", str(RECORDS), "--sources", str(SOURCES)]) == 0
    before = _snapshot(root)
    capsys.readouterr()
    assert main(["--project", str(root), "ingest", "--accept", str(draft), "--sources-out", str(copies)]) == 2
    err = capsys.readouterr().err
    assert "nothing was moved" in err and "unknown organisation id" in err and f"{draft}:" in err, err
    assert _snapshot(root) == before and draft.is_file() and any(copies.iterdir())


@pytest.mark.parametrize("case", ["no-review", "record-exists", "in-manifest", "no-source", "not-a-draft",
                                  "no-entry", "bad-id"])
def test_accept_refuses_before_moving_anything(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                               case: str) -> None:
    root = _project_copy(tmp_path)
    assert main(["--project", str(root), "ingest", str(SYNTHETIC)]) == 0
    draft = root / "records" / "drafts" / "2026-06-05-lansgemensam-ledning.yaml"
    review = draft.with_name(draft.stem + ".review.md")
    copy = root / "sources" / "2026-06-05-protokoll-lansgemensam-ledning.txt"
    if case == "no-review":
        review.unlink()
    elif case == "record-exists":
        (root / "records" / "2026-06-05-lansgemensam-ledning.yaml").write_text("source: x\n", encoding="utf-8")
    elif case == "in-manifest":
        m = root / "sources" / "manifest.yaml"
        m.write_text(m.read_text(encoding="utf-8").replace("id: 2026-03-12-lansgemensam-ledning",
                                                           "id: 2026-06-05-lansgemensam-ledning"), encoding="utf-8")
    elif case == "no-source":
        copy.unlink()
    elif case == "not-a-draft":
        draft.write_text("- just a list\n", encoding="utf-8")
    elif case == "no-entry":
        review.write_text("# Review\n\nno entry here\n", encoding="utf-8")
    elif case == "bad-id":
        text = draft.read_text(encoding="utf-8")
        draft.write_text(text.replace("source: 2026-06-05-lansgemensam-ledning", "source: ../../utanfor", 1),
                         encoding="utf-8")
    before = _snapshot(root)
    capsys.readouterr()
    assert main(["--project", str(root), "ingest", "--accept", str(draft)]) == 2
    err = capsys.readouterr().err
    expected = {"no-review": "the review", "record-exists": "exists", "in-manifest": "already lists",
                "no-source": "is neither in", "not-a-draft": "not a draft record", "no-entry": "no manifest entry",
                "bad-id": "is not a document id"}
    assert expected[case] in err, err
    assert _snapshot(root) == before
