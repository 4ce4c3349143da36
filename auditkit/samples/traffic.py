"""The calls of one application: when, by whom, with what text, model, tokens and outcome.

:func:`app_calls` yields an application's calls day by day in time order (memory is one day of one
application). Everything is drawn from a ``random.Random`` seeded with the run's seed and the
application's id, so the same seed gives the same calls, and restricting the formats leaves the other
applications' streams as they are. No clock is read: times come from the company's window.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from auditkit.samples.company import App, Company
from auditkit.samples.content import AppContent, Exchange, SlotFiller, fill

__all__ = ["Call", "User", "app_calls", "allocate", "estimate_tokens", "active_formats"]

DAY = 86_400
# local hour-of-day activity (0..23), shared by every region; shifted by the region's UTC offset
_HOURS = (
    0.25,
    0.12,
    0.06,
    0.04,
    0.04,
    0.08,
    0.25,
    0.55,
    0.95,
    1.2,
    1.3,
    1.25,
    1.1,
    1.2,
    1.3,
    1.3,
    1.2,
    1.1,
    1.0,
    1.1,
    1.2,
    1.05,
    0.75,
    0.45,
)
_OFFSETS = {"US": -6, "EU": 2, "CN": 8, "SG": 8}
_HOUR_CUM = tuple(itertools.accumulate(_HOURS))
_USER_PREFIX = {
    "support_bot": "u_",
    "health_app": "wp_",
    "coding_assistant": "dev-",
    "marketing_copywriter": "mkt-",
    "persona_bot": "visitor_",
    "hr_screener": "recruiter-",
    "cn_sales_assistant": "sales_",
    "eu_doc_translator": "",
    "legal_chatgpt": "user-",
}
_ERRORS = (("rate_limit", 0.7), ("server_error", 1.0))


@dataclass(slots=True)
class User:
    id: str
    region: str
    lang: str


@dataclass(slots=True)
class Call:
    """One request and its reply, before any format writes it."""

    app: str
    fmt: str
    seq: int
    ts: float
    latency_ms: int
    user: User
    conv_id: str
    turn: int
    system: str
    history: list[tuple[str, str]]
    user_text: str
    reply: str
    exchange: Exchange
    model: str
    served: str
    key_id: str
    prompt_tokens: int
    completion_tokens: int
    error: str | None = None
    store: bool = False
    stream: bool = False
    tool_call: bool = False
    image: bool = False
    moderated: bool = False
    disclaimer: bool | None = None
    cases: list[str] = field(default_factory=list)
    request_id: str = ""  # set by the first writer of the call (joins moderation to its request)


def estimate_tokens(text: str) -> int:
    """Rough token count: about 4 Latin characters or 1.3 CJK characters per token."""
    n = len(text)
    wide = (len(text.encode("utf-8")) - n) // 2
    return max(1, (n - wide) // 4 + (wide * 3) // 4)


def allocate(total: int, weights: Sequence[float]) -> list[int]:
    """Split ``total`` into integers proportional to ``weights`` (largest remainder, stable)."""
    s = sum(weights)
    if total <= 0 or s <= 0:
        return [0] * len(weights)
    exact = [total * w / s for w in weights]
    out = [int(x) for x in exact]
    rest = total - sum(out)
    order = sorted(range(len(weights)), key=lambda i: (-(exact[i] - out[i]), i))
    for i in order[:rest]:
        out[i] += 1
    return out


def active_formats(app: App, selected: Sequence[str], when: dt.datetime) -> list[tuple[str, float]]:
    """The application's formats (among ``selected``) in use at ``when``, with their weights."""
    windows = app.traffic.format_windows or {}
    out = []
    for fmt, weight in app.traffic.formats.items():
        if fmt not in selected:
            continue
        lo, hi = windows.get(fmt, (None, None))
        if (lo is None or when >= lo) and (hi is None or when < hi):
            out.append((fmt, weight))
    return out


def _day_weight(app: App, company: Company, day: dt.datetime, selected: Sequence[str]) -> float:
    t = app.traffic
    if t.active_from is not None and day < t.active_from:
        return 0.0
    if not active_formats(app, selected, day):
        return 0.0
    weekend = day.weekday() >= 5
    if weekend and t.workdays_only:
        return 0.0
    growth = 1.0 + 0.35 * (day - company.start).days / max(company.days, 1)
    return growth * (0.7 if weekend else 1.0)


def _users(app: App, rng: random.Random) -> tuple[list[User], list[float]]:
    regions = list(app.traffic.regions.items())
    region_cum = list(itertools.accumulate(w for _, w in regions))
    prefix = _USER_PREFIX.get(app.id, "u_")
    users = []
    for _ in range(max(1, app.traffic.users)):
        region = regions[bisect.bisect(region_cum, rng.random() * region_cum[-1])][0]
        lang = "zh" if region == "CN" or (region == "SG" and rng.random() < 0.45) else "en"
        users.append(User(prefix + rng.randbytes(6).hex(), region, lang))
    cum = list(itertools.accumulate(1.0 / (i + 1) ** 0.8 for i in range(len(users))))
    return users, cum


class _Drawer:
    """Draws the pieces of a call for one application."""

    def __init__(self, app: App, content: AppContent, company: Company, rng: random.Random) -> None:
        self.app, self.content, self.company, self.rng = app, content, company, rng
        self.users, self.user_cum = _users(app, rng)
        models = list(app.traffic.models.items())
        self.models = [(alias, served) for alias, (served, _) in models]
        self.model_cum = list(itertools.accumulate(w for _, (_, w) in models))
        t = app.traffic
        self.kind_cum = list(
            itertools.accumulate((t.policy_rate, t.hard_negative_rate, t.pii_rate, t.pii_rate * 0.5))
        )
        self.kinds = ("policy", "hard_negative", "pii", "near_pii")
        self.slots = SlotFiller(rng)
        self.system_tokens = {(None, lang): estimate_tokens(text) for lang, text in content.system.items()}
        for kind, texts in content.extra_system.items():
            self.system_tokens.update({(kind, lang): estimate_tokens(text) for lang, text in texts.items()})
        self.decks: dict[tuple[str, str], list[Exchange]] = {}
        self.tokens: dict[tuple[str, ...], int] = {}  # token counts of templates without slots
        self.day_formats: list[tuple[str, float]] = []
        self.day_keys: dict[str, str] = {}
        self.day_moderation = 0.0
        self.disclaimer_rate = float(app.facts.get("disclaimer_rate", 1.0))

    def set_day(self, day: dt.datetime, selected: Sequence[str]) -> None:
        """Facts that hold for a whole day (format windows, keys and switches change at midnight)."""
        t = self.app.traffic
        self.day_formats = active_formats(self.app, selected, day)
        self.day_keys = {fmt: _key(self.app, fmt, day) for fmt, _ in self.day_formats}
        self.day_moderation = (
            t.moderation_rate if t.moderation_from is not None and day >= t.moderation_from else 0.0
        )

    def user(self) -> User:
        return self.users[bisect.bisect(self.user_cum, self.rng.random() * self.user_cum[-1])]

    def time_in_day(self, day_ts: float, region: str) -> float:
        local = bisect.bisect(_HOUR_CUM, self.rng.random() * _HOUR_CUM[-1])
        hour = (local - _OFFSETS.get(region, 0)) % 24
        return day_ts + hour * 3600 + self.rng.random() * 3600

    def exchange(self, lang: str) -> Exchange:
        u = self.rng.random()
        kind = "benign"
        for k, edge in zip(self.kinds, self.kind_cum, strict=True):
            if u < edge:
                kind = k
                break
        # dealt from a shuffled deck per pool: every exchange comes up before any repeats, so a small
        # sample still covers every category in both languages
        deck = self.decks.get((lang, kind))
        if not deck:
            deck = self.decks[(lang, kind)] = list(self.content.pool(lang, kind))
            self.rng.shuffle(deck)
        return deck.pop()

    def model(self) -> tuple[str, str]:
        return self.models[bisect.bisect(self.model_cum, self.rng.random() * self.model_cum[-1])]


def app_calls(
    app: App,
    content: AppContent,
    company: Company,
    total: int,
    seed: int,
    selected: Sequence[str],
    specials: dict[int, str] | None = None,
) -> Iterator[Call]:
    """Yield ``total`` calls of ``app`` in time order (formats limited to ``selected``).

    ``specials`` maps a call index to a special exchange (``leaked_key``) placed there.
    """
    rng = random.Random(f"{seed}:{app.id}:calls")
    draw = _Drawer(app, content, company, rng)
    days = [company.start + dt.timedelta(days=d) for d in range(company.days)]
    per_day = allocate(total, [_day_weight(app, company, d, selected) for d in days])
    specials = specials or {}
    seq = 0
    for day, n in zip(days, per_day, strict=True):
        if not n:
            continue
        day_ts = day.timestamp()
        draw.set_day(day, selected)
        calls: list[Call] = []
        while len(calls) < n:
            special = specials.get(seq + len(calls))
            calls.extend(_conversation(draw, day_ts, n - len(calls), special))
        calls.sort(key=lambda c: c.ts)
        for c in calls:
            c.seq = seq
            seq += 1
            yield c


def _conversation(draw: _Drawer, day_ts: float, room: int, special: str | None) -> list[Call]:
    rng, app, content = draw.rng, draw.app, draw.content
    user = draw.user()
    ex = content.special[special] if special else draw.exchange(user.lang)
    lang = ex.lang
    start = draw.time_in_day(day_ts, user.region)
    values = draw.slots.values(ex.slots, lang, start)
    alias, served = draw.model()
    sys_kind = ex.extra.get("system")
    system = (content.extra_system[sys_kind] if sys_kind else content.system).get(lang, "")
    conv_id = "conv_" + rng.randbytes(8).hex()
    t = app.traffic
    fmts = draw.day_formats
    fmt = fmts[0][0] if len(fmts) == 1 else _weighted(rng, fmts)
    key = draw.day_keys[fmt]
    moderated = rng.random() < draw.day_moderation
    out: list[Call] = []
    history: list[tuple[str, str]] = []
    hist_tokens = 0
    ts = start
    sys_tokens = draw.system_tokens.get((sys_kind, lang), 0)
    for i, turn in enumerate(ex.turns[:room]):
        user_text = fill(turn.user, values) if len(turn.user) > 1 else turn.user[0]
        reply = fill(turn.reply, values) if len(turn.reply) > 1 else turn.reply[0]
        disclaimer = None
        if i == 0 and content.disclaimer:
            disclaimer = rng.random() < draw.disclaimer_rate
            if disclaimer:
                reply += content.disclaimer.get(lang, "")
        completion = _tokens(draw, turn.reply, reply) if disclaimer is None else estimate_tokens(reply)
        user_tokens = _tokens(draw, turn.user, user_text)
        prompt = sys_tokens + user_tokens + hist_tokens + 7 * (2 + 2 * len(history))
        error = None
        if rng.random() < t.error_rate:
            error = "rate_limit" if rng.random() < _ERRORS[0][1] else "server_error"
        per_token = 9 if "mini" in served else 16
        latency = int(220 + completion * per_token * (0.7 + rng.random() * 0.8) + rng.random() * 400)
        if error:
            latency = int(80 + rng.random() * 300)
        call = Call(
            app.id,
            fmt,
            0,
            ts,
            latency,
            user,
            conv_id,
            i,
            system,
            list(history),
            user_text,
            reply,
            ex,
            alias,
            served,
            key,
            prompt,
            completion,
            error,
            store=rng.random() < t.store_rate,
            stream=rng.random() < t.stream_rate,
            tool_call=(
                i == 0
                and "order_no" in ex.slots
                and t.key_rotation is not None
                and ts >= t.key_rotation.timestamp()
                and rng.random() < t.tool_call_rate * 8
            ),
            image=rng.random() < t.image_rate,
            moderated=moderated,
            disclaimer=disclaimer,
        )
        if special:
            call.cases.append(special)
        out.append(call)
        history.append((user_text, reply))
        hist_tokens += user_tokens + completion
        ts = min(ts + latency / 1000 + 20 + rng.random() * 200, day_ts + DAY - 1)
    return out


def _tokens(draw: _Drawer, template: tuple[str, ...], text: str) -> int:
    """Token estimate of a filled template; cached for templates without slots (most of them)."""
    if len(template) > 1:
        return estimate_tokens(text)
    n = draw.tokens.get(template)
    if n is None:
        n = draw.tokens[template] = estimate_tokens(text)
    return n


def _weighted(rng: random.Random, items: list[tuple[str, float]]) -> str:
    total = sum(w for _, w in items)
    u = rng.random() * total
    for name, w in items:
        u -= w
        if u < 0:
            return name
    return items[-1][0]


def _key(app: App, fmt: str, when: dt.datetime) -> str:
    keys = app.api_keys
    if not keys:
        return ""
    if app.id == "marketing_copywriter":
        return keys[0] if fmt == "openai_batch" else keys[-1]
    rotation = app.traffic.key_rotation
    if rotation is not None and when >= rotation and len(keys) > 1:
        return keys[1]
    return keys[0]


def pilot_calls(app: App, content: AppContent, company: Company, seed: int) -> list[Call]:
    """The pre-2023-03-01 pilot calls of the old archive file (fixed dates, not shifted)."""
    from auditkit.samples.company import utc

    pilot = company.pilot
    rng = random.Random(f"{seed}:{app.id}:pilot")
    draw = _Drawer(app, content, company, rng)
    first, last = utc(pilot["first"]), utc(pilot["last"])
    span = int((last - first).total_seconds()) + DAY
    calls: list[Call] = []
    while len(calls) < int(pilot["calls"]):
        day_ts = first.timestamp() + rng.randrange(0, span // DAY) * DAY
        draw.day_formats, draw.day_keys, draw.day_moderation = (
            [("openai_chat_proxy", 1.0)],
            {"openai_chat_proxy": ""},
            0.0,
        )
        for c in _conversation(draw, day_ts, int(pilot["calls"]) - len(calls), None):
            c.model, c.served, c.moderated, c.store, c.stream, c.error = (
                "gpt-3.5-turbo",
                "gpt-3.5-turbo-0613",
                False,
                False,
                False,
                None,
            )
            c.fmt = "openai_chat_proxy"
            calls.append(c)
    calls.sort(key=lambda c: c.ts)
    for i, c in enumerate(calls):
        c.seq = i
    return calls
