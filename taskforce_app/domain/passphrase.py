"""Passphrases for exchange packages: the minimum length and a strong generated one."""

from __future__ import annotations

import base64
import secrets

from taskforce_app.domain.errors import UserError

MIN_PASSPHRASE_LENGTH = 12
"""The shortest passphrase a package may be encrypted with."""
GENERATED_BYTES = 15
"""Random bytes in a generated passphrase (120 bits; 24 base32 characters)."""


def generate_passphrase() -> str:
    """A strong random passphrase: six groups of four base32 characters, e.g. `ABCD-EFGH-…`."""
    text = base64.b32encode(secrets.token_bytes(GENERATED_BYTES)).decode("ascii")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def check_passphrase(passphrase: str) -> str:
    """`passphrase` when it is long enough to encrypt a package with.

    Raises:
        UserError: shorter than `MIN_PASSPHRASE_LENGTH` characters.
    """
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise UserError(
            "exchange.passphrase_too_short",
            minimum=MIN_PASSPHRASE_LENGTH,
            length=len(passphrase),
        )
    return passphrase
