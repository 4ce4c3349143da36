"""Chat Completions bodies, shared by every format that carries them (proxy, batch, Helicone, LiteLLM)."""

from __future__ import annotations

import re
from typing import Any

import orjson

from auditkit.samples.identifiers import Ids
from auditkit.samples.traffic import Call

__all__ = ["request_messages", "completion", "error_body", "usage", "chunks", "FINGERPRINTS", "cost_usd"]

FINGERPRINTS = {
    "gpt-4o-mini-2024-07-18": "fp_34a54ae93c",
    "gpt-4o-2024-08-06": "fp_07871e2ad8",
    "gpt-4.1-2025-04-14": "fp_b3f1157249",
    "gpt-4.1-mini-2025-04-14": "fp_6f2eabb9a5",
    "gpt-3.5-turbo-0613": None,
}
#: USD per million input / output tokens
PRICES = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.0),
    "gpt-4.1": (2.0, 8.0),
    "gpt-4.1-mini": (0.40, 1.60),
    "gpt-3.5-turbo": (1.5, 2.0),
}
_ORDER = re.compile(r"LP\d{8}")


def cost_usd(call: Call, batch: bool = False) -> float:
    pin, pout = PRICES.get(call.model, (1.0, 4.0))
    out = 0 if call.error else call.completion_tokens
    cost = (call.prompt_tokens * pin + out * pout) / 1e6
    return round(cost * (0.5 if batch else 1.0), 8)


def request_messages(call: Call, role: str = "system", image_host: str = "") -> list[dict[str, Any]]:
    msgs: list[dict[str, Any]] = [{"role": role, "content": call.system}] if call.system else []
    for u, r in call.history:
        msgs.append({"role": "user", "content": u})
        msgs.append({"role": "assistant", "content": r})
    if call.image and image_host:
        msgs.append(
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": call.user_text},
                    {
                        "type": "image_url",
                        "image_url": {
                            "url": f"{image_host}/{call.user.id}/{call.conv_id[5:17]}.jpg",
                            "detail": "auto",
                        },
                    },
                ],
            }
        )
    else:
        msgs.append({"role": "user", "content": call.user_text})
    return msgs


def usage(call: Call) -> dict[str, Any]:
    return {
        "prompt_tokens": call.prompt_tokens,
        "completion_tokens": call.completion_tokens,
        "total_tokens": call.prompt_tokens + call.completion_tokens,
        "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
        "completion_tokens_details": {
            "reasoning_tokens": 0,
            "audio_tokens": 0,
            "accepted_prediction_tokens": 0,
            "rejected_prediction_tokens": 0,
        },
    }


def _message(call: Call, ids: Ids) -> tuple[dict[str, Any], str]:
    if call.tool_call:
        m = _ORDER.search(call.user_text)
        args = orjson.dumps({"order_no": m.group(0) if m else ""}).decode()
        return (
            {
                "role": "assistant",
                "content": None,
                "refusal": None,
                "annotations": [],
                "tool_calls": [
                    {
                        "id": "call_" + ids.alnum(24),
                        "type": "function",
                        "function": {"name": "lookup_order", "arguments": args},
                    }
                ],
            },
            "tool_calls",
        )
    if call.exchange.extra.get("refusal"):
        return {"role": "assistant", "content": None, "refusal": call.reply, "annotations": []}, "stop"
    return {"role": "assistant", "content": call.reply, "refusal": None, "annotations": []}, "stop"


def completion(call: Call, ids: Ids, created: int) -> dict[str, Any]:
    """A ``chat.completion`` object for a successful call."""
    message, finish = _message(call, ids)
    return {
        "id": "chatcmpl-" + ids.alnum(29),
        "object": "chat.completion",
        "created": created,
        "model": call.served,
        "choices": [{"index": 0, "message": message, "logprobs": None, "finish_reason": finish}],
        "usage": usage(call),
        "service_tier": "default",
        "system_fingerprint": FINGERPRINTS.get(call.served),
    }


def chunks(call: Call, ids: Ids, created: int) -> list[dict[str, Any]]:
    """The streamed ``chat.completion.chunk`` objects of a call, with the final usage chunk."""
    cid = "chatcmpl-" + ids.alnum(29)
    fp = FINGERPRINTS.get(call.served)
    base = {
        "id": cid,
        "object": "chat.completion.chunk",
        "created": created,
        "model": call.served,
        "service_tier": "default",
        "system_fingerprint": fp,
    }
    words = call.reply.split(" ")
    step = max(1, len(words) // 4)
    pieces = [
        " ".join(words[i : i + step]) + (" " if i + step < len(words) else "")
        for i in range(0, len(words), step)
    ]
    out = [
        {
            **base,
            "choices": [
                {
                    "index": 0,
                    "delta": {"role": "assistant", "content": "", "refusal": None},
                    "logprobs": None,
                    "finish_reason": None,
                }
            ],
            "usage": None,
        }
    ]
    for p in pieces:
        out.append(
            {
                **base,
                "choices": [{"index": 0, "delta": {"content": p}, "logprobs": None, "finish_reason": None}],
                "usage": None,
            }
        )
    out.append(
        {
            **base,
            "choices": [{"index": 0, "delta": {}, "logprobs": None, "finish_reason": "stop"}],
            "usage": None,
        }
    )
    out.append({**base, "choices": [], "usage": usage(call)})
    return out


def error_body(call: Call, org_id: str) -> tuple[int, dict[str, Any]]:
    """HTTP status and error body of a failed call."""
    if call.error == "rate_limit":
        return 429, {
            "error": {
                "message": f"Rate limit reached for {call.model} in organization {org_id} on tokens per min "
                f"(TPM): Limit 200000, Used 199{call.prompt_tokens % 1000:03d}, "
                f"Requested {call.prompt_tokens}. "
                "Please try again in 420ms. Visit https://platform.openai.com/account/rate-limits to "
                "learn more.",
                "type": "tokens",
                "param": None,
                "code": "rate_limit_exceeded",
            }
        }
    return 500, {
        "error": {
            "message": "The server had an error while processing your request. Sorry about that!",
            "type": "server_error",
            "param": None,
            "code": None,
        }
    }
