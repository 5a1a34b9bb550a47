"""Private-feed tokens: the token is shown, only its hash is stored, and a
request is matched by hashing what it presents."""

import re

from kb.core import tokens


def test_tokens_are_long_random_and_url_safe():
    first, second = tokens.new_token(), tokens.new_token()
    assert first != second
    assert re.fullmatch(r"[A-Za-z0-9_-]{43}", first)


def test_only_a_sha256_hash_is_stored():
    token, token_hash = tokens.issue_token()
    assert token_hash == tokens.hash_token(token)
    assert re.fullmatch(r"[0-9a-f]{64}", token_hash)
    assert token not in token_hash
    assert len(token_hash) == tokens.HASH_LENGTH


def test_hash_field_is_unique_and_not_editable():
    field = tokens.token_hash_field(null=True)
    assert field.unique and field.null and not field.editable
    assert field.max_length == 64
