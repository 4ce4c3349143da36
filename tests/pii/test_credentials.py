"""Secrets: vendor API keys, private key blocks, JWTs, passwords and secrets in assignments.

Key-shaped values are assembled at run time, so that no string in this file looks like a live secret to a
secret scanner.
"""

from __future__ import annotations

import base64
import json

import pytest

from auditkit.pii import detect, redact
from auditkit.pii.credentials import check_jwt, check_password

from .conftest import found

BODY48 = "Tq3vX9pLm2Rk7Wz4Yb8Nc1Hd5Jf6Gs0Ae3Ui9Oy2Pt7Lk4Mn"  # letters and digits, 48 characters
SK = "sk-"
OPENAI_PROJECT = SK + "proj-" + BODY48 + "_" + BODY48[:20] + "-" + BODY48[:30]
OPENAI_LEGACY = SK + BODY48[:20] + "T3Blbk" + "FJ" + BODY48[20:40]
ANTHROPIC = SK + "ant-api03-" + (BODY48 * 2)[:95] + "-AA"
DEEPSEEK_LIKE = SK + "9f2c4e6a8b0d1f3e5a7c9b1d3f5e7a9c"
AWS_ID = "AK" + "IA" + "IOSFODNN7" + "EXAMPLE"
AWS_SECRET = "wJalrXUtnFEMI/K7MDENG/" + "bPxRfiCYEXAMPLEKEY"
GITHUB = "gh" + "p_" + BODY48[:36]
GITHUB_PAT = "github" + "_pat_" + BODY48[:22] + "_" + (BODY48 * 2)[:59]
GOOGLE = "AI" + "za" + "SyD" + BODY48[:32]


def _b64(obj: object) -> str:
    return base64.urlsafe_b64encode(json.dumps(obj).encode()).rstrip(b"=").decode()


JWT = (
    _b64({"alg": "HS256", "typ": "JWT"})
    + "."
    + _b64({"sub": "1234567890", "name": "John Doe"})
    + ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
)


@pytest.mark.parametrize(
    "text, key, detector",
    [
        (f"OPENAI_API_KEY={OPENAI_PROJECT}", OPENAI_PROJECT, "openai_project_key"),
        (f"key: {OPENAI_LEGACY}", OPENAI_LEGACY, "openai_legacy_key"),
        (f"用这个密钥{ANTHROPIC}调用", ANTHROPIC, "anthropic_key"),
        (f"deepseek {DEEPSEEK_LIKE}", DEEPSEEK_LIKE, "generic_sk_key"),
        (f"aws id {AWS_ID}", AWS_ID, "aws_access_key_id"),
        (f"aws_secret_access_key = {AWS_SECRET}", AWS_SECRET, "aws_secret_access_key"),
        (f"git clone with {GITHUB}", GITHUB, "github_token"),
        (f"token {GITHUB_PAT}", GITHUB_PAT, "github_fine_grained_pat"),
        (f"maps key {GOOGLE}", GOOGLE, "google_api_key"),
    ],
)
def test_api_keys_found(text, key, detector):
    hits = detect(text)
    assert [(h.type, text[h.start : h.end], h.detector) for h in hits] == [("API_KEY", key, detector)]
    assert hits[0].category == "secret"


@pytest.mark.parametrize(
    "text",
    [
        "pip install sk-learn",  # sk- with too few characters
        SK + "abc123",
        SK + "x" * 40,  # a placeholder: one repeated letter
        SK + "your-api-key-here-please-replace-it",
        "risk-assessment-framework-2024-version",  # "sk-" inside a word
        "AK" + "IA" + "IOSFODNN7EXAMPL",  # 15 characters after AKIA
        "gh" + "p_" + BODY48[:20],  # too short for a GitHub token
    ],
)
def test_api_key_near_misses(text):
    assert "API_KEY" not in [t for t, _ in found(text)]


def test_private_key_block_masked_whole():
    body = "\n".join([BODY48 + "+/" + BODY48[:14]] * 4)
    block = f"-----BEGIN RSA PRIVATE KEY-----\n{body}\n-----END RSA PRIVATE KEY-----"
    text = f"配置如下：\n{block}\n请保存"
    assert found(text) == [("PRIVATE_KEY", block)]
    assert redact(text) == "配置如下：\n[PRIVATE_KEY]\n请保存"


def test_truncated_private_key_masks_its_body_only():
    head = "-----BEGIN OPENSSH PRIVATE KEY-----\n" + BODY48 + "\n" + BODY48
    assert (
        redact(f"log: {head}\n... truncated by the gateway")
        == "log: [PRIVATE_KEY]\n... truncated by the gateway"
    )


@pytest.mark.parametrize(
    "text",
    [
        "keys start with -----BEGIN RSA PRIVATE KEY----- and end with -----END RSA PRIVATE KEY-----",
        "-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----",
        "-----BEGIN PUBLIC KEY-----\n" + BODY48 * 3 + "\n-----END PUBLIC KEY-----",  # public: not a secret
    ],
)
def test_private_key_near_misses(text):
    assert found(text) == []


def test_jwt_found():
    assert found(f"Authorization: Bearer {JWT}") == [("JWT", JWT)]
    assert found(f'{{"token": "{JWT}"}}') == [("JWT", JWT)]


def test_jwt_near_misses():
    assert check_jwt("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.", {}) is None  # signed alg, empty signature
    assert check_jwt(_b64({"typ": "JWT"}) + "." + _b64({"a": 1}) + ".sig", {}) is None  # no alg
    assert found("eyJhbGciOiJIUzI1NiJ9garbage.eyJnotbase64!!.abc") == []


@pytest.mark.parametrize(
    "text, redacted",
    [
        ('password = "hunter2"', 'password = "[PASSWORD]"'),
        ("DB_PASSWORD=s3cr3t!Pass", "DB_PASSWORD=[PASSWORD]"),
        ('{"password": "correct horse battery staple"}', '{"password": "[PASSWORD]"}'),
        ("我的密码：abc123456，别告诉别人", "我的密码：[PASSWORD]，别告诉别人"),
        ("登录密码是Qwerty2024", "登录密码是[PASSWORD]"),
        ("the password is P@ssw0rd.", "the password is [PASSWORD]."),
        (
            "postgres://admin:Tr0ub4dor3@db.internal:5432/app",
            "postgres://admin:[PASSWORD]@db.internal:5432/app",
        ),
        ("client_secret: 'a1b2c3d4e5f6g7h8i9j0'", "client_secret: '[SECRET]'"),
        ("Authorization: Bearer abcdef0123456789ABCDEF0123", "Authorization: Bearer [SECRET]"),
    ],
)
def test_password_and_secret_values_masked_key_kept(text, redacted):
    assert redact(text) == redacted


@pytest.mark.parametrize(
    "text",
    [
        "Password: required",
        "password: must be at least 8 characters",
        "password = None",
        "password=os.environ['DB_PASSWORD']",
        "password=self.password",
        'password = "***"',
        "password=${DB_PASSWORD}",
        "password: <your password>",
        "password = input()",
        "密码是什么？忘记密码怎么办",
        "reset_password_url = 'https://example.com/reset'",
        "max_tokens: 4096",
        "token: 4096",
        "api_key = YOUR_API_KEY",
        "the pwd command prints the working directory",
    ],
)
def test_password_and_secret_near_misses(text):
    assert found(text) == []


def test_password_check_trims_trailing_punctuation():
    verdict = check_password("hunter2.", {"min_length": 4})
    assert verdict is not None and verdict.length == len("hunter2")
