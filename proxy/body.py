"""Request bodies: read within the size limit and decode Content-Encoding ourselves, or refuse.

The server runs with auto-decompression off so that every encoding is either decoded here (and then
inspected like any other body) or refused with 415 in the caller's protocol: nothing is forwarded
uninspected. Decompressed size counts against the same limit (no decompression bombs).
"""

from __future__ import annotations

import io
import zlib

import brotli
import zstandard
from aiohttp import web

from proxy.errors import BadRequest, PayloadTooLarge, UnsupportedMedia

ACCEPTED_TYPES = frozenset({"application/json", "application/octet-stream", "text/plain", ""})
_CHUNK = 1 << 16


async def read_json_body(request: web.Request, limit: int) -> bytes:
    """The decoded request body; raises 413 / 415 / 400 in our error vocabulary."""
    if request.content_type not in ACCEPTED_TYPES and not request.content_type.endswith("+json"):
        raise UnsupportedMedia("unsupported-content-type", "Send the body as application/json.")
    length = request.content_length
    if length is not None and length > limit:
        raise PayloadTooLarge("body-too-large", f"The request body exceeds {limit} bytes.")
    if length is not None:
        # The HTTP parser delivers exactly Content-Length bytes (checked against the limit above).
        data = await request.content.read()
    else:
        raw = bytearray()
        async for chunk in request.content.iter_chunked(_CHUNK):
            raw += chunk
            if len(raw) > limit:
                raise PayloadTooLarge("body-too-large", f"The request body exceeds {limit} bytes.")
        data = bytes(raw)
    header = request.headers.get("Content-Encoding")
    if header:
        encodings = [e.strip().lower() for e in header.split(",") if e.strip()]
        for encoding in reversed(encodings):
            data = decode(data, encoding, limit)
    return data


def decode(data: bytes, encoding: str, limit: int) -> bytes:
    if encoding in ("identity", ""):
        return data
    try:
        if encoding in ("gzip", "x-gzip", "deflate"):
            wbits = 16 + zlib.MAX_WBITS if encoding != "deflate" else (
                zlib.MAX_WBITS if data[:1] == b"\x78" else -zlib.MAX_WBITS)
            d = zlib.decompressobj(wbits)
            out = d.decompress(data, limit + 1)
            if len(out) > limit or d.unconsumed_tail:
                raise PayloadTooLarge("body-too-large", f"The decoded request body exceeds {limit} bytes.")
            if not d.eof:
                raise BadRequest("invalid-content-encoding", f"The {encoding} body is truncated.")
            return out
        if encoding == "br":
            bd = brotli.Decompressor()
            out = bd.process(data, output_buffer_limit=limit + 1)
            if len(out) > limit or not bd.is_finished():
                if len(out) > limit:
                    raise PayloadTooLarge("body-too-large", f"The decoded request body exceeds {limit} bytes.")
                raise BadRequest("invalid-content-encoding", "The br body is truncated.")
            return bytes(out)
        if encoding == "zstd":
            buf = bytearray()
            with zstandard.ZstdDecompressor().stream_reader(io.BytesIO(data), read_across_frames=True) as reader:
                while piece := reader.read(_CHUNK):
                    buf += piece
                    if len(buf) > limit:
                        raise PayloadTooLarge("body-too-large", f"The decoded request body exceeds {limit} bytes.")
            return bytes(buf)
    except (zlib.error, brotli.error, zstandard.ZstdError):
        raise BadRequest("invalid-content-encoding", f"The body is not valid {encoding}.") from None
    raise UnsupportedMedia("unsupported-content-encoding",
                           "Content-Encoding must be identity, gzip, deflate, br or zstd.")
