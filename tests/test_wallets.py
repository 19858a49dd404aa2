"""Wallet addresses: exact match after each chain's case rule (sanctions_screen.wallets)."""

import polars as pl
import pytest

from sanctions_screen.wallets import normalize_addresses

# Mostly addresses from OFAC's SDN digital currency address lists, as OFAC writes them; the tb1
# address is a BIP-173 test vector and the ltc1 one is illustrative.
CASES = [
    # bech32 (BIP-173): any single case, canonical lower.
    ("bech32 BTC", "BC1QSMXAS5R32VH2AL6HNQPZKNJ3NDGVMLJ4GD9HYJ", "bc1qsmxas5r32vh2al6hnqpzknj3ndgvmlj4gd9hyj"),
    ("bech32 LTC", "ltc1qh6nd7lfvy9pe2srmsqwxzqssh4l8v3t3vp5y3h", "ltc1qh6nd7lfvy9pe2srmsqwxzqssh4l8v3t3vp5y3h"),
    ("bech32 testnet", "TB1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KXPJZSX", "tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx"),
    # EVM hex (EIP-55 checksum case): lower.
    ("EVM ETH", "0x01e2919679362dFBC9ee1644Ba9C6da6D6245BB1", "0x01e2919679362dfbc9ee1644ba9c6da6d6245bb1"),
    ("EVM upper X", "0X4F47BC496083C727C5FBE3CE9CDF2B0F6496270C", "0x4f47bc496083c727c5fbe3ce9cdf2b0f6496270c"),
    # CashAddr: lower, prefix dropped.
    ("CashAddr prefixed", "bitcoincash:QPF2CPHC5DKUCLKQUR7LHJ2YUQQ9PK3HMUKLE77VHQ", "qpf2cphc5dkuclkqur7lhj2yuqq9pk3hmukle77vhq"),
    ("CashAddr bare upper", "QPUSMP64RAJSES77X95G9AH825MTYYV74SMWWKXHX3", "qpusmp64rajses77x95g9ah825mtyyv74smwwkxhx3"),
    # base58: case-sensitive, kept.
    ("base58 BTC legacy", "1HmqvgSXUVES1jn4TQPzk9dxo1NE8wim2T", "1HmqvgSXUVES1jn4TQPzk9dxo1NE8wim2T"),
    ("base58 TRX", "TBHTJqAy4DhHhmT3dNceJYNRz4SdLofLre", "TBHTJqAy4DhHhmT3dNceJYNRz4SdLofLre"),
    ("base58 LTC legacy", "LNf2JDiuunBz7GMDKFYHN4rq5meXWxiwfb", "LNf2JDiuunBz7GMDKFYHN4rq5meXWxiwfb"),
    ("base58 ZEC transparent", "t1MMXtBrSp1XG38Lx9cePcNUCJj5vdWfUWL", "t1MMXtBrSp1XG38Lx9cePcNUCJj5vdWfUWL"),
    ("base58 XRP", "rnXyVQzgxZe7TR1EPzTkGj2jxH4LMJYh66", "rnXyVQzgxZe7TR1EPzTkGj2jxH4LMJYh66"),
    (
        "base58 XMR",
        "49HqitRzdnhYjgTEAhgGpCfsjdTeMbUTU6cyR4JV1R7k2Eej9rGT8JpFiYDa4tZM6RZiFrHmMzgSrhHEqpDYKBe5B2ufNsL",
        "49HqitRzdnhYjgTEAhgGpCfsjdTeMbUTU6cyR4JV1R7k2Eej9rGT8JpFiYDa4tZM6RZiFrHmMzgSrhHEqpDYKBe5B2ufNsL",
    ),
    # whitespace is never part of an address.
    ("trimmed", "  \t1HmqvgSXUVES1jn4TQPzk9dxo1NE8wim2T \n", "1HmqvgSXUVES1jn4TQPzk9dxo1NE8wim2T"),
]


@pytest.mark.parametrize(("rule", "written", "canonical"), CASES, ids=[case[0] for case in CASES])
def test_chain_case_rules(rule, written, canonical):
    assert normalize_addresses([written]).to_list() == [canonical]


def test_base58_case_difference_is_a_different_address():
    listed, lowered = "1HmqvgSXUVES1jn4TQPzk9dxo1NE8wim2T", "1hmqvgsxuves1jn4tqpzk9dxo1ne8wim2t"
    assert normalize_addresses([listed, lowered]).n_unique() == 2


def test_null_and_blank_are_no_address():
    assert normalize_addresses(pl.Series([None, "", "   "], dtype=pl.String)).to_list() == [None, None, None]
