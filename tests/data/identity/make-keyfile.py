#!/usr/bin/env python3
"""Writes rfc8032-test1.credfolio-key: the RFC 8032 section 7.1 TEST 1 seed sealed in the
Credfolio key-file format (docs/identity.md) by an implementation independent of ours
(pyca/cryptography's Argon2id and AES-GCM), so the tests check the format, not our own
round trip. Fixed salt and nonce make the output reproducible; real files use random ones."""
import hashlib
import struct
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

SEED = bytes.fromhex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
PASSPHRASE = "correct horse battery staple"
MEMORY_KIB, PASSES, LANES = 8192, 1, 1
SALT = bytes(range(16))
NONCE = bytes(range(100, 112))

header = b"\x89CFKEY\r\n" + bytes([1, 1]) + struct.pack(">III", MEMORY_KIB, PASSES, LANES) + SALT + NONCE
header += struct.pack(">I", len(SEED) + 16)
key = Argon2id(salt=SALT, length=32, iterations=PASSES, lanes=LANES, memory_cost=MEMORY_KIB).derive(
    PASSPHRASE.encode("utf-8"))
body = header + AESGCM(key).encrypt(NONCE, SEED, header)
Path(__file__).with_name("rfc8032-test1.credfolio-key").write_bytes(body + hashlib.sha256(body).digest())
