"""Read a protocol: plain text, a PDF's text layer, or a scanned PDF through OCR (tesseract, Swedish).

Every failure is an IngestError with a message a coordinator can act on; nothing is written here.
"""

from __future__ import annotations

import codecs
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
    notes: tuple[str, ...] = ()  # how it was read, where the reviewer should look (e.g. the encoding guessed)


MIN_TEXT = 40          # characters of real text a document must have
MAX_TEXT_BYTES = 5 * 1024 * 1024   # default size limit of a text (a protocol is a few hundred kB at most)
PDF_FACTOR = 10        # a PDF may be this many times the text limit (fonts, images); its text is held to the limit
# byte-order marks, longest first (the UTF-32 LE mark begins with the UTF-16 LE one)
_BOMS = [(codecs.BOM_UTF32_LE, "utf-32", "UTF-32"), (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
         (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"), (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
         (codecs.BOM_UTF16_BE, "utf-16", "UTF-16")]
TESSERACT_HELP = ("install it with Swedish language data (Debian/Ubuntu: apt-get install tesseract-ocr "
                  "tesseract-ocr-swe), or run OCR elsewhere and ingest the text file")


def _mb(n: float) -> str:
    return f"{n / 1024 / 1024:.1f} MB"


def read_document(path: Path, max_bytes: int = MAX_TEXT_BYTES) -> SourceText:
    """The document's text, whatever its form; IngestError when it cannot be read as a protocol text.

    A text larger than `max_bytes` (a PDF larger than PDF_FACTOR times that) is refused from its size,
    before it is read; text is decoded by its byte-order mark (UTF-8, UTF-16, UTF-32), else as UTF-8,
    else as Windows-1252 (with a note for the review)."""
    if not path.exists():
        raise IngestError(f"{path}: no such file")
    if not path.is_file():
        raise IngestError(f"{path}: not a file")
    with path.open("rb") as fh:
        head = fh.read(1024)
        is_pdf = head.lstrip()[:5] == b"%PDF-" or path.suffix.lower() == ".pdf"
        limit = max_bytes * PDF_FACTOR if is_pdf else max_bytes
        size = path.stat().st_size
        what = "PDF" if is_pdf else "text"
        too_big = (f"{path}: the file is {{}}, more than the {_mb(limit)} a {what} may have here (a protocol is "
                   "a few hundred kB; if this one really is larger, raise the limit with --max-mb)")
        if size > limit:
            raise IngestError(too_big.format(_mb(size)))
        data = head + fh.read(limit + 1 - len(head))  # never more than the limit, whatever stat said
        if len(data) > limit:
            raise IngestError(too_big.format(f"over {_mb(limit)}"))
    if not data.strip():
        raise IngestError(f"{path}: the file is empty")
    if is_pdf:
        src = _read_pdf(path, data)
        if len(src.text.encode("utf-8")) > max_bytes:
            raise IngestError(f"{path}: the PDF's text is {_mb(len(src.text.encode('utf-8')))}, more than the "
                              f"{_mb(max_bytes)} a text may have here (raise the limit with --max-mb)")
        return src
    text, notes = _decode_text(path, data)
    if not text.strip():
        raise IngestError(f"{path}: the file is empty")
    return SourceText(text, "text", path, notes)


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when the bytes look like UTF-16 text without a mark (Latin text has a zero
    byte in every other place), else None."""
    sample = data[:4096]
    pairs = len(sample) // 2
    if pairs < 4:
        return None
    even = sum(1 for i in range(0, 2 * pairs, 2) if sample[i] == 0)
    odd = sum(1 for i in range(1, 2 * pairs, 2) if sample[i] == 0)
    if odd >= 0.6 * pairs and even == 0:
        return "utf-16-le"
    if even >= 0.6 * pairs and odd == 0:
        return "utf-16-be"
    return None


def _decode_text(path: Path, data: bytes) -> tuple[str, tuple[str, ...]]:
    """The text and notes on how it was read: by its byte-order mark, else UTF-8, else Windows-1252."""
    notes: tuple[str, ...] = ()
    bom = next(((mark, enc, name) for mark, enc, name in _BOMS if data.startswith(mark)), None)
    guessed = None if bom else _utf16_without_bom(data)
    if bom or guessed:
        enc, name = (bom[1], bom[2]) if bom else (guessed or "", "UTF-16 (no byte-order mark)")
        try:
            text = data.decode(enc)
        except UnicodeDecodeError as exc:
            raise IngestError(f"{path}: starts as {name} text but is not valid {name} at byte {exc.start}: "
                              "save it again as UTF-8 text") from exc
        if enc != "utf-8-sig":
            notes = (f"{path.name} was read as {name} text; the copy in sources/ is UTF-8",)
    elif b"\x00" in data[:4096]:
        raise IngestError(f"{path}: a binary file, not text or PDF (ingest reads .txt/.md text and .pdf)")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError:
                raise IngestError(f"{path}: not readable text: not UTF-8 (byte {exc.start}) and not Windows-1252 "
                                  "either; save it again as UTF-8 text") from exc
            notes = (f"{path.name} is not UTF-8 (byte {exc.start}); it was read as Windows-1252 (cp1252): check "
                     "å, ä, ö and dashes in the draft against the original",)
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > max(5, len(text) // 100):
        raise IngestError(f"{path}: a binary file, not text or PDF (ingest reads .txt/.md text and .pdf)")
    return normalise_text(text), notes


#: what a text copied from a web page or a word processor, or a PDF's text layer, holds in its words and spaces:
#: spaces that do not break ("2\u00a0500\u00a0000 kr", "§\u00a01") as plain ones; soft hyphens, zero-width spaces and
#: joiners and a byte-order mark inside the text (invisible, each splitting a word: "Närvarande" read as no heading)
#: left out; a typeface's ligatures as their letters ("\ufb01nansiering")
_COPY_MARKS = str.maketrans({"\u00a0": " ", "\u2007": " ", "\u202f": " ",
                           **dict.fromkeys("\u00ad\u200b\u200c\u200d\u2060\ufeff", ""),
                           "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
                           "\ufb05": "st", "\ufb06": "st"})


def normalise_text(text: str) -> str:
    """NFC, Unix line ends, spaces that do not break as plain ones, no invisible marks in words, ligatures as their
    letters (`_COPY_MARKS`), no trailing spaces, one final newline."""
    text = nfc(text).replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").translate(_COPY_MARKS)
    lines = [line.rstrip() for line in text.split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines) + "\n"


def _read_pdf(path: Path, data: bytes) -> SourceText:
    """The PDF's text layer, else OCR of its page images."""
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
