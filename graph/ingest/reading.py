"""Read a protocol: plain text, a PDF's text layer, or a scanned PDF through OCR (tesseract, Swedish).

Every failure is an IngestError with a message a coordinator can act on; nothing is written here.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .ocr_repair import nfc


class IngestError(Exception):
    """Ingest cannot go on: the message says why and what to do."""


@dataclass(frozen=True)
class SourceText:
    text: str
    via: str  # "text" | "pdf-text" | "pdf-ocr"
    path: Path


MIN_TEXT = 40          # characters of real text a document must have
TESSERACT_HELP = ("install it with Swedish language data (Debian/Ubuntu: apt-get install tesseract-ocr "
                  "tesseract-ocr-swe), or run OCR elsewhere and ingest the text file")


def read_document(path: Path) -> SourceText:
    """The document's text, whatever its form; IngestError when it cannot be read as a protocol text."""
    if not path.exists():
        raise IngestError(f"{path}: no such file")
    if not path.is_file():
        raise IngestError(f"{path}: not a file")
    data = path.read_bytes()
    if not data.strip():
        raise IngestError(f"{path}: the file is empty")
    if data.lstrip()[:5] == b"%PDF-" or path.suffix.lower() == ".pdf":
        return _read_pdf(path, data)
    return SourceText(_decode_text(path, data), "text", path)


def _decode_text(path: Path, data: bytes) -> str:
    if b"\x00" in data[:4096]:
        raise IngestError(f"{path}: a binary file, not text or PDF (ingest reads .txt/.md text and .pdf)")
    text = None
    for enc in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    if text is None:
        raise IngestError(f"{path}: not readable text (neither UTF-8 nor Windows-1252)")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > max(5, len(text) // 100):
        raise IngestError(f"{path}: a binary file, not text or PDF (ingest reads .txt/.md text and .pdf)")
    return normalise_text(text)


def normalise_text(text: str) -> str:
    """NFC, Unix line ends, no trailing spaces, one final newline."""
    text = nfc(text).replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    lines = [line.rstrip() for line in text.split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines) + "\n"


def _read_pdf(path: Path, data: bytes) -> SourceText:
    try:
        from pypdf import PdfReader
        from pypdf.errors import PyPdfError
    except ImportError as exc:  # pragma: no cover - pypdf is a dependency
        raise IngestError("reading PDF needs the pypdf package (pip install pypdf)") from exc
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                reader.decrypt("")
            except Exception as exc:
                raise IngestError(f"{path}: the PDF is encrypted; save an unprotected copy and retry") from exc
        pages = [p.extract_text(extraction_mode="layout") or "" for p in reader.pages]
    except IngestError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        raise IngestError(f"{path}: not a readable PDF ({type(exc).__name__}: {exc})") from exc
    if not pages:
        raise IngestError(f"{path}: the PDF has no pages")
    text = "\n".join(pages)
    if sum(ch.isalpha() for ch in text) >= MIN_TEXT:
        return SourceText(normalise_text(text), "pdf-text", path)
    # no text layer: a scan
    return SourceText(normalise_text(ocr_pdf(path, reader)), "pdf-ocr", path)


def tesseract_status() -> tuple[str | None, str | None]:
    """(path of tesseract, problem): the problem says why OCR cannot run here, None when it can."""
    exe = shutil.which("tesseract")
    if exe is None:
        return None, f"tesseract is not installed; {TESSERACT_HELP}"
    try:
        out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30, check=False)
    except (OSError, subprocess.SubprocessError) as exc:
        return exe, f"tesseract at {exe} does not run ({exc}); {TESSERACT_HELP}"
    langs = {line.strip() for line in (out.stdout + out.stderr).splitlines()}
    if "swe" not in langs:
        return exe, f"tesseract has no Swedish language data ('swe'); {TESSERACT_HELP}"
    return exe, None


def ocr_pdf(path: Path, reader: object) -> str:
    """OCR the page images of a scanned PDF with tesseract -l swe."""
    exe, problem = tesseract_status()
    if problem or exe is None:
        raise IngestError(f"{path}: the PDF has no text layer (a scan) and needs OCR, but {problem}")
    texts: list[str] = []
    with tempfile.TemporaryDirectory(prefix="samverkan-ocr-") as tmp:
        n = 0
        for page in getattr(reader, "pages", []):
            try:
                images = list(page.images)
            except Exception as exc:  # pypdf raises many kinds on odd images
                raise IngestError(f"{path}: cannot take the page images out of the PDF ({exc})") from exc
            for img in images:
                n += 1
                name = Path(tmp) / f"page-{n:04d}{Path(img.name).suffix or '.png'}"
                name.write_bytes(img.data)
                try:
                    out = subprocess.run([exe, str(name), "stdout", "-l", "swe"], capture_output=True, text=True,
                                         timeout=300, check=False)
                except (OSError, subprocess.SubprocessError) as exc:
                    raise IngestError(f"{path}: tesseract failed on page image {n}: {exc}") from exc
                if out.returncode != 0:
                    raise IngestError(f"{path}: tesseract failed on page image {n}: {out.stderr.strip()[:300]}")
                texts.append(out.stdout)
        if n == 0:
            raise IngestError(f"{path}: the PDF has neither a text layer nor page images: nothing to read")
    text = "\n".join(texts)
    if sum(ch.isalpha() for ch in text) < MIN_TEXT:
        raise IngestError(f"{path}: OCR found no text in the scanned pages")
    return text
