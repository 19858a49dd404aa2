"""Digital currency addresses compared exactly, after each chain's own case rule.

An address on a list is the same address in a customer file only if it is the same string once
both are written canonically. Case matters for some encodings and not for others:
  - bech32/bech32m (BIP-173, BIP-350: `bc1...`, `tb1...`, `ltc1...`, Zcash Sapling `zs1...`) are
    case-insensitive and must be all one case; canonical form is lower case.
  - EVM hex addresses (`0x...`: ETH, ERC-20 tokens, BSC, Arbitrum, ETC) encode a checksum in
    mixed case (EIP-55) over a case-insensitive hex value; canonical form is lower case.
  - Bitcoin Cash CashAddr (`bitcoincash:q...` or without the prefix) is case-insensitive; canonical
    form is lower case without the `bitcoincash:` prefix, as OFAC lists it.
  - everything else is base58 (BTC legacy `1...`/`3...`, LTC `L...`, TRX `T...`, XMR `4...`,
    DASH `X...`, ZEC `t1...`, XRP `r...`) or an unknown format, where case is part of the value:
    kept as written.
Surrounding whitespace is never part of an address.
"""

from __future__ import annotations

import polars as pl

# Human-readable parts of the bech32 address families in use (BIP-173 registry, SLIP-173,
# Zcash protocol spec section 5.6.4), followed by the separator `1`.
BECH32_PREFIXES = ("bc1", "tb1", "bcrt1", "ltc1", "tltc1", "rltc1", "zs1", "ztestsapling1")
EVM_PREFIX = "0x"
CASHADDR_PREFIX = "bitcoincash:"
# A CashAddr payload without its prefix: version `q` (P2PKH) or `p` (P2SH) and 41 more characters
# of the bech32 alphabet (no 1, b, i, o), any single case.
CASHADDR_BARE = r"^(?i:[qp][02-9ac-hj-np-z]{41})$"

_CASE_INSENSITIVE_PREFIX = "^(?i:" + "|".join([*BECH32_PREFIXES, EVM_PREFIX, CASHADDR_PREFIX]) + ")"


def normalize_address(address: pl.Expr) -> pl.Expr:
    """The canonical form of each address in a string expression (null stays null, blank -> null)."""
    trimmed = address.str.strip_chars()
    lowered = trimmed.str.to_lowercase()
    case_insensitive = trimmed.str.contains(_CASE_INSENSITIVE_PREFIX) | trimmed.str.contains(CASHADDR_BARE)
    canonical = (
        pl.when(case_insensitive)
        .then(lowered.str.strip_prefix(CASHADDR_PREFIX))
        .otherwise(trimmed)
    )
    return pl.when(trimmed.str.len_bytes() > 0).then(canonical)


def normalize_addresses(addresses) -> pl.Series:
    """`normalize_address` over a Series or a list of strings."""
    series = addresses if isinstance(addresses, pl.Series) else pl.Series("address", addresses, dtype=pl.String)
    return series.to_frame("address").select(normalize_address(pl.col("address")))["address"]
