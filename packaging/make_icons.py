#!/usr/bin/env python3
"""Regenerates packaging/windows/flowdesk.ico and packaging/macos/flowdesk.icns
from resources/icons/flowdesk-<size>.png (Python standard library only).

ICO: 16/24/32/48/64 px as 32-bit DIBs (every Windows and NSIS reads them) and
256 px as PNG.  ICNS: the PNG-based types for 16-512 px.
Usage: python3 packaging/make_icons.py   (from anywhere)
"""
import pathlib
import struct
import zlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"


def png_rgba(data):
    """Decodes an 8-bit RGBA, non-interlaced PNG into rows of bytes."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        (length,), kind = struct.unpack(">I", data[pos:pos + 4]), data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert (depth, colour, interlace) == (8, 6, 0), "need 8-bit RGBA, not interlaced"
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw, stride, bpp = zlib.decompress(idat), width * 4, 4
    rows, prev = [], bytearray(stride)
    for y in range(height):
        ftype, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b, c = prev[i], (prev[i - bpp] if i >= bpp else 0)
            if ftype == 1:
                line[i] = (line[i] + a) & 0xFF
            elif ftype == 2:
                line[i] = (line[i] + b) & 0xFF
            elif ftype == 3:
                line[i] = (line[i] + (a + b) // 2) & 0xFF
            elif ftype == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
        rows.append(bytes(line))
        prev = line
    return width, height, rows


def dib(png):
    w, h, rows = png_rgba(png)
    header = struct.pack("<IiiHHIIiiII", 40, w, h * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    pixels = b"".join(bytes(v for px in range(w) for v in (r[4 * px + 2], r[4 * px + 1], r[4 * px], r[4 * px + 3]))
                      for r in reversed(rows))
    mask = bytes(((w + 31) // 32) * 4 * h)  # all opaque: alpha carries transparency
    return header + pixels + mask


def ico():
    images = [(s, dib((ICONS / f"flowdesk-{s}.png").read_bytes())) for s in (16, 24, 32, 48, 64)]
    images.append((256, (ICONS / "flowdesk-256.png").read_bytes()))
    out = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    for size, blob in images:
        out += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
    return out + b"".join(blob for _, blob in images)


def icns():
    kinds = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}
    body = b""
    for size, kind in kinds.items():
        png = (ICONS / f"flowdesk-{size}.png").read_bytes()
        body += kind + struct.pack(">I", len(png) + 8) + png
    return b"icns" + struct.pack(">I", len(body) + 8) + body


if __name__ == "__main__":
    (ROOT / "packaging" / "windows").mkdir(exist_ok=True)
    (ROOT / "packaging" / "macos").mkdir(exist_ok=True)
    (ROOT / "packaging" / "windows" / "flowdesk.ico").write_bytes(ico())
    (ROOT / "packaging" / "macos" / "flowdesk.icns").write_bytes(icns())
