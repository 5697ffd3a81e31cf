#!/usr/bin/env python3
"""Writes the badge container fixtures in tests/data/containers/.

Python standard library only (zlib, struct, base64, json), so the fixtures come from an
implementation of the PNG and SVG baking formats that shares no code with Credfolio's.
Run from anywhere:  python3 tests/data/gen/containers/make_containers.py
The output is deterministic; re-running it must leave `git status` clean.
"""
import base64
import json
import struct
import zlib
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "containers"

# --- credentials (unsigned: signatures are the verifier's business, not the container's)

OB2_ASSERTION = {
    "@context": "https://w3id.org/openbadges/v2",
    "type": "Assertion",
    "id": "https://badges.example.org/assertions/8f14e45f-ceea-467a-9575-6b8c2d3f1a01",
    "recipient": {
        "type": "email",
        "hashed": True,
        "salt": "deadsea",
        "identity": "sha256$c7ef86405ba71b85acd8e2e95166c4b111448089f2e1599f42fe1bba46e865c5",
    },
    "badge": "https://badges.example.org/badgeclasses/first-aid-basics",
    "verification": {"type": "HostedBadge"},
    "issuedOn": "2026-03-14T09:30:00Z",
    "expires": "2029-03-14T09:30:00Z",
    "evidence": "https://portfolio.example.org/learners/ana/first-aid",
}

OB3_CREDENTIAL = {
    "@context": [
        "https://www.w3.org/ns/credentials/v2",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
    ],
    "id": "urn:uuid:1b7c3f52-6a0e-4d3b-9a51-2f0e8c7d4e10",
    "type": ["VerifiableCredential", "OpenBadgeCredential"],
    "issuer": {
        "id": "https://learning.example.edu/issuers/565049",
        "type": ["Profile"],
        "name": "Example University School of Nursing",
    },
    "validFrom": "2026-05-01T00:00:00Z",
    "validUntil": "2031-05-01T00:00:00Z",
    "name": "Infection Prevention and Control",
    "credentialSubject": {
        "id": "did:example:ebfeb1f712ebc6f1c276e12ec21",
        "type": ["AchievementSubject"],
        "achievement": {
            "id": "https://learning.example.edu/achievements/ipc-101",
            "type": ["Achievement"],
            "name": "Infection Prevention and Control",
            "description": "Applies standard and transmission-based precautions in clinical practice.",
            "criteria": {"narrative": "Passed the IPC-101 practical assessment (score 85% or higher)."},
            "image": {"id": "https://learning.example.edu/achievements/ipc-101/image.png", "type": "Image"},
        },
    },
}

# A latin-1 character in the legacy tEXt fixture checks the Latin-1 to UTF-8 conversion.
OB2_LATIN1 = dict(OB2_ASSERTION, evidence="https://portfolio.example.org/learners/zoë/first-aid")

HOSTED_URL = OB2_ASSERTION["id"]


def compact(obj):
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def pretty(obj):
    return json.dumps(obj, ensure_ascii=False, indent=2) + "\n"


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def jws(payload_obj):
    header = {"alg": "EdDSA", "typ": "JWT", "kid": "did:example:issuer#key-1"}
    # The signature is 64 placeholder bytes: the shape of an Ed25519 signature, not a real one.
    signature = bytes(range(64))
    return ".".join([b64url(compact(header).encode()), b64url(compact(payload_obj).encode()), b64url(signature)])


# --- PNG writing

SIGNATURE = b"\x89PNG\r\n\x1a\n"


def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def image_chunks(size=16):
    """A small RGB badge: a blue disc with a gold ring on white, one IDAT."""
    rows = []
    c = (size - 1) / 2
    for y in range(size):
        row = bytearray([0])  # filter type None
        for x in range(size):
            d = ((x - c) ** 2 + (y - c) ** 2) ** 0.5
            if d < size * 0.33:
                row += bytes((30, 80, 170))
            elif d < size * 0.45:
                row += bytes((230, 180, 40))
            else:
                row += bytes((255, 255, 255))
        rows.append(bytes(row))
    ihdr = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return [chunk(b"IHDR", ihdr), chunk(b"IDAT", zlib.compress(b"".join(rows), 9)), chunk(b"IEND", b"")]


def itxt(keyword, text, compressed=False):
    body = text.encode("utf-8")
    if compressed:
        body = zlib.compress(body, 9)
    return chunk(b"iTXt", keyword.encode("latin-1") + b"\0" + bytes((1 if compressed else 0, 0)) + b"\0\0" + body)


def text_chunk(keyword, text):
    return chunk(b"tEXt", keyword.encode("latin-1") + b"\0" + text.encode("latin-1"))


def ztxt(keyword, text):
    return chunk(b"zTXt", keyword.encode("latin-1") + b"\0\0" + zlib.compress(text.encode("latin-1"), 9))


def png(extra_before_idat=(), extra_after_idat=()):
    ihdr, idat, iend = image_chunks()
    return SIGNATURE + ihdr + b"".join(extra_before_idat) + idat + b"".join(extra_after_idat) + iend


# --- SVG writing

SVG_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'
SVG_ART = ('  <title>Infection Prevention and Control</title>\n'
           '  <circle cx="64" cy="64" r="56" fill="#1e50aa" stroke="#e6b428" stroke-width="8"/>\n'
           '  <text x="64" y="72" font-size="22" text-anchor="middle" fill="#fff">IPC</text>\n')


def svg(inner="", root_attrs="", prolog=SVG_HEAD):
    return (prolog + '<svg xmlns="http://www.w3.org/2000/svg"' + root_attrs + ' viewBox="0 0 128 128" width="128" height="128">\n'
            + inner + SVG_ART + "</svg>\n")


OB2_NS = ' xmlns:openbadges="http://openbadges.org"'
OB3_NS = ' xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0"'


def write(name, data):
    path = OUT / name
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)


def nested(depth):
    return '{"type":"Assertion","x":' + "[" * (depth - 1) + "1" + "]" * (depth - 1) + "}\n"


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    ob2 = compact(OB2_ASSERTION)
    ob3 = compact(OB3_CREDENTIAL)
    ob3_jws = jws(OB3_CREDENTIAL)

    # Plain files
    write("ob2-assertion.json", pretty(OB2_ASSERTION))
    write("ob3-credential.json", pretty(OB3_CREDENTIAL))
    write("ob3-credential.jws", ob3_jws + "\n")
    write("nested-64.json", nested(64))
    write("nested-65.json", nested(65))
    write("malformed.json", '{"type": "Assertion", "id": }\n')
    write("not-a-badge.txt", "Dear learner,\nthis is a letter, not a badge.\n")
    write("array.json", "[" + ob2 + "]\n")

    # PNG, good
    write("plain.png", png())
    write("ob2-itxt-json.png", png([itxt("openbadges", ob2)]))
    write("ob2-itxt-url.png", png([itxt("openbadges", HOSTED_URL)]))
    write("ob3-itxt-json.png", png([itxt("openbadgecredential", ob3)]))
    write("ob3-itxt-jws.png", png([itxt("openbadgecredential", ob3_jws)]))
    write("ob2-text-legacy.png", png([text_chunk("openbadges", compact(OB2_LATIN1))]))
    write("ob2-ztxt.png", png([ztxt("openbadges", ob2)]))
    write("ob3-after-idat.png", png(extra_after_idat=[itxt("openbadgecredential", ob3)]))
    write("ob3-itxt-compressed.png", png([itxt("openbadgecredential", ob3, compressed=True)]))
    write("other-text-chunks.png", png([text_chunk("Software", "make_containers.py"), itxt("openbadges", ob2),
                                        itxt("Comment", "x" * 100000, compressed=True)]))
    write("Zertifikat [Prüfung] 2026.png", png([itxt("openbadgecredential", ob3)]))

    # PNG, broken
    good = png([itxt("openbadges", ob2)])
    damaged = bytearray(good)
    damaged[-20] ^= 0x01  # inside the iTXt text: its CRC no longer matches
    write("bad-crc.png", bytes(damaged))
    write("truncated.png", good[: len(good) - 200])
    write("missing-iend.png", good[:-12])
    write("data-after-iend.png", good + b"trailing bytes")
    write("two-badges.png", png([itxt("openbadges", ob2), itxt("openbadgecredential", ob3)]))
    # 5 MiB of spaces inside the JSON: a few kilobytes compressed, over the 4 MiB limit inflated.
    bomb = '{"type":"Assertion","padding":"' + " " * (5 * 1024 * 1024) + '"}'
    write("compressed-over-limit.png", png([itxt("openbadges", bomb, compressed=True)]))
    write("ob2-itxt-garbage.png", png([itxt("openbadges", "this is neither JSON nor a token")]))

    # SVG, good
    write("plain.svg", svg())
    write("ob2-assertion-verify-url.svg",
          svg(f'  <openbadges:assertion verify="{HOSTED_URL}"></openbadges:assertion>\n', OB2_NS))
    write("ob2-assertion-verify-jws.svg",
          svg(f'  <openbadges:assertion verify="{jws(OB2_ASSERTION)}"/>\n', OB2_NS))
    write("ob2-assertion-cdata.svg",
          svg(f"  <openbadges:assertion><![CDATA[{pretty(OB2_ASSERTION)}]]></openbadges:assertion>\n", OB2_NS))
    write("ob3-credential-cdata.svg",
          svg(f"  <openbadges:credential><![CDATA[\n{pretty(OB3_CREDENTIAL)}]]></openbadges:credential>\n", OB3_NS))
    write("ob3-credential-jws-body.svg",
          svg(f"  <openbadges:credential>{ob3_jws}</openbadges:credential>\n", OB3_NS))
    write("ob3-credential-other-prefix.svg",
          svg(f"  <ob:credential xmlns:ob=\"https://purl.imsglobal.org/ob/v3p0\"><![CDATA[{ob3}]]></ob:credential>\n"))
    write("doctype-public.svg",
          svg(f"  <openbadges:credential><![CDATA[{ob3}]]></openbadges:credential>\n", OB3_NS,
              SVG_HEAD + '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" '
              '"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n<!-- drawn by hand -->\n'))
    write("Badge (copy) [1] – Ünïcødé.svg",
          svg(f"  <openbadges:credential><![CDATA[{ob3}]]></openbadges:credential>\n", OB3_NS))

    # SVG, broken or not a badge
    write("wrong-namespace.svg",
          svg(f"  <openbadges:credential><![CDATA[{ob3}]]></openbadges:credential>\n",
              ' xmlns:openbadges="https://example.org/not-open-badges"'))
    lol = "".join(f'  <!ENTITY lol{i} "{"&lol%d;" % (i - 1) * 10}">\n' for i in range(1, 10))
    write("entity-bomb.svg",
          SVG_HEAD + '<!DOCTYPE svg [\n  <!ENTITY lol0 "lol">\n' + lol + "]>\n"
          + svg(f"  <openbadges:assertion><![CDATA[{ob2}]]></openbadges:assertion>\n  <desc>&lol9;</desc>\n",
                OB2_NS, prolog=""))
    pe = "".join(f'  <!ENTITY % pe{i} "{("%pe" + str(i - 1) + ";") * 10}">\n' for i in range(1, 10))
    write("parameter-entity-bomb.svg",
          SVG_HEAD + '<!DOCTYPE svg [\n  <!ENTITY % pe0 "lol">\n' + pe + '  <!ENTITY big "%pe9;">\n]>\n'
          + svg(f"  <openbadges:assertion><![CDATA[{ob2}]]></openbadges:assertion>\n  <desc>&big;</desc>\n",
                OB2_NS, prolog=""))
    write("external-entity.svg",
          SVG_HEAD + '<!DOCTYPE svg [\n  <!ENTITY xxe SYSTEM "file:///etc/passwd">\n]>\n'
          + svg("  <openbadges:assertion>&xxe;</openbadges:assertion>\n", OB2_NS, prolog=""))
    write("undeclared-entity.svg",
          svg(f"  <openbadges:assertion><![CDATA[{ob2}]]></openbadges:assertion>\n  <desc>&nbsp;</desc>\n", OB2_NS))
    write("doctype-undeclared-entity.svg",
          svg(f"  <openbadges:credential><![CDATA[{ob3}]]></openbadges:credential>\n  <desc>&nbsp;</desc>\n", OB3_NS,
              SVG_HEAD + '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" '
              '"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n'))
    write("two-badges.svg",
          svg(f"  <openbadges:assertion verify=\"{HOSTED_URL}\"/>\n"
              f"  <ob3:credential xmlns:ob3=\"https://purl.imsglobal.org/ob/v3p0\"><![CDATA[{ob3}]]></ob3:credential>\n",
              OB2_NS))
    write("malformed.svg", svg(f"  <openbadges:assertion verify=\"{HOSTED_URL}\">\n", OB2_NS))
    write("not-svg.xml", '<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>\n')


if __name__ == "__main__":
    main()
