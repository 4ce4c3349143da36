"""The ChatGPT conversations.json loader: one row per message, the tree, content types, the export zip."""

from __future__ import annotations

import json

import pandas as pd

from auditkit import load_logs
from auditkit.loaders import LOADERS
from auditkit.loaders.chatgpt_export import chatgpt_parts, visible_thread
from auditkit.loaders.messages import segments
from tests.loaders.sniffing import check_discriminative

NON_CONVERSATION_MEMBERS = ("export.zip!user.json", "export.zip!chat.html",
                            "export.zip!message_feedback.json", "export.zip!shared_conversations.json")


def _by_id(frame: pd.DataFrame) -> dict[str, pd.Series]:
    return {r["record_id"]: r for _, r in frame.iterrows()}


def _meta(row: pd.Series) -> dict:
    return json.loads(row["metadata_json"])


def test_sniff_claims_conversations_only():
    claimed = check_discriminative(LOADERS.get("chatgpt_export"), "chatgpt_export", NON_CONVERSATION_MEMBERS)
    assert claimed == 4


def test_one_row_per_message_with_tree_links(data_dir):
    res = load_logs(data_dir / "chatgpt_export" / "conversations_branches.json")
    assert res.ok and res.sources.loc[0, "format"] == "chatgpt_export"
    # 5 nodes, the root has no message: 4 rows from one unit (the conversation)
    assert len(res.records) == 4 and res.sources.loc[0, "records"] == 1
    rows = _by_id(res.records)
    user = rows["n2"]
    assert (user["parent_id"], user["conversation_id"]) == ("n1", "conv-a")
    assert user["record_kind"] == "conversation_message"
    assert user["source_pointer"] == "/0/mapping/n2"
    assert user["event_time"] == pd.Timestamp("2024-03-01 08:00:01.5", tz="UTC")  # 1709280001.5
    assert user["event_time_raw"] == "1709280001.5"
    assert user["input_text"] == "[user] Suggest a weekend trip near Lyon." and pd.isna(user["output_text"])
    assert (user["endpoint"], user["provider"]) == ("chatgpt", "chatgpt")
    assert json.loads(user["raw_record"])["id"] == "n2"  # the node, not the whole conversation
    answer = rows["n4"]
    assert answer["output_text"] == "[assistant] Annecy is about 1.5 hours away."
    assert pd.isna(answer["input_text"])
    assert (answer["model"], answer["model_served"], answer["finish_reason"]) == ("gpt-4o", "gpt-4o", "stop")
    assert answer["status"] == "success" and answer["parent_id"] == "n2"
    assert _meta(answer) == {"title": "Trip ideas", "on_visible_thread": True, "is_archived": False,
                             "content_type": "text", "conversation_update_time": 1709280100.0}


def test_visible_thread_marks_regenerated_branch(data_dir):
    rows = _by_id(load_logs(data_dir / "chatgpt_export" / "conversations_branches.json").records)
    assert {k: _meta(r)["on_visible_thread"] for k, r in rows.items()} == {
        "n1": True, "n2": True, "n3": False, "n4": True}
    assert visible_thread({"a": {"parent": None}, "b": {"parent": "a"}}, "b") == {"a", "b"}
    assert visible_thread({"a": {"parent": "a"}}, "a") == {"a"}  # a cycle ends the walk
    assert visible_thread({"a": {}}, None) is None


def test_message_without_time_takes_the_conversation_time(data_dir):
    hidden = _by_id(load_logs(data_dir / "chatgpt_export" / "conversations_branches.json").records)["n1"]
    assert hidden["event_time"] == pd.Timestamp("2024-03-01 08:00:00.123", tz="UTC")  # 1709280000.123, exact
    assert _meta(hidden)["event_time_source"] == "conversation.create_time"
    assert pd.isna(hidden["input_text"]) and not hidden["has_content"]  # empty hidden system message


def test_content_types(data_dir):
    res = load_logs(data_dir / "chatgpt_export" / "conversations_content_types.json")
    assert res.ok and len(res.records) == 9
    rows = _by_id(res.records)
    assert rows["b7"]["input_text"] == "[user] I am a teacher.\nAnswer in French."  # user_editable_context
    image = rows["b1"]
    assert image["input_text"] == "[user] What is in this picture?"
    assert image["modalities"] == "file,image,text"  # image asset pointer + attachment
    entry = json.loads(image["messages_json"])[0]
    assert entry["content"][1] == {"type": "image_url", "image_url": {"url": "file-service://file-AAA"}}
    assert entry["content"][2]["file"]["filename"] == "receipt.pdf"
    code = rows["b2"]
    assert code["output_text"] == "[assistant:tool_call python] print(1+1)"
    assert json.loads(code["tool_calls_json"])[0]["function"]["name"] == "python"
    assert _meta(code)["recipient"] == "python"
    assert rows["b3"]["input_text"] == "[tool] 2" and _meta(rows["b3"])["author_name"] == "python"
    assert rows["b4"]["output_text"] == "[assistant] Reading the receipt\nThe total is 12 EUR."  # thoughts
    assert rows["b5"]["output_text"] == "[assistant] Thought for 4 seconds"  # reasoning_recap
    assert rows["b8"]["input_text"] == "[tool] Receipt guide\nHow to read receipts."  # tether_quote
    unknown = rows["b9"]
    assert unknown["output_text"] == "[assistant] A page about receipts."
    assert unknown["status"] == "incomplete"
    final = rows["b6"]
    assert (final["model"], final["model_requested"], final["model_served"]) == ("o3", "auto", "o3")


def test_conversation_id_key_and_archive_flag(data_dir):
    rows = _by_id(load_logs(data_dir / "chatgpt_export" / "conversations_content_types.json").records)
    assert {r["conversation_id"] for r in rows.values()} == {"conv-b"}  # 'conversation_id', no 'id'
    assert _meta(rows["b6"])["is_archived"] is True
    assert _meta(rows["b6"])["on_visible_thread"] is True and _meta(rows["b8"])["on_visible_thread"] is False


def test_segments_agree_with_flattened_text(data_dir):
    row = _by_id(load_logs(data_dir / "chatgpt_export" / "conversations_content_types.json").records)["b1"]
    (start, end, index, role), = segments(row["messages_json"], "input")
    assert row["input_text"][start:end] == "[user] What is in this picture?" and (index, role) == (0, "user")


def test_parts_conversion_edge_cases():
    parts = chatgpt_parts({"content_type": "text", "parts": ["a", None, 3, ""]})
    assert parts == [{"type": "text", "text": "a"}]
    assert chatgpt_parts({"content_type": "system_error", "name": "Err", "text": "boom"}) == [
        {"type": "text", "text": "Err\nboom"}]
    assert chatgpt_parts({"content_type": "multimodal_text", "parts": [
        {"content_type": "audio_transcription", "text": "spoken words"},
        {"content_type": "audio_asset_pointer", "asset_pointer": "sediment://x"}]}) == [
        {"type": "text", "text": "spoken words"},
        {"type": "input_audio", "input_audio": {"asset_pointer": "sediment://x"}}]
    assert chatgpt_parts(None) == []


def test_bad_conversations_are_rejected_whole_with_their_line(data_dir):
    res = load_logs(data_dir / "chatgpt_export" / "conversations_bad.json")
    src = res.sources.iloc[0]
    assert (src["lines_read"], src["records"], src["rejects"], src["blank_lines"]) == (5, 1, 4, 0)
    assert src["lines_read"] == src["records"] + src["rejects"] + src["blank_lines"]
    got = [(r.source_line, r.source_pointer, r.reason) for r in res.rejects.itertuples()]
    assert got == [(3, "/1", "missing_field"), (4, "/2/mapping/r", "not_an_object"),
                   (5, "/3/mapping/t1", "bad_timestamp"), (6, "/4", "not_an_object")]
    assert list(res.records["record_id"]) == ["g1"]


def test_export_zip_reads_conversations_and_skips_the_rest(data_dir):
    res = load_logs(data_dir / "chatgpt_export" / "export.zip")
    status = dict(zip(res.sources["path"].str.split("!").str[1], res.sources["status"], strict=True))
    assert status == {"conversations.json": "ok", "user.json": "skipped", "chat.html": "skipped",
                      "message_feedback.json": "skipped", "shared_conversations.json": "skipped"}
    assert list(res.records["input_text"]) == ["[user] from the zip"]


def test_two_exports_of_the_same_account_merge_by_message_id(data_dir, tmp_path):
    path = data_dir / "chatgpt_export" / "conversations_branches.json"
    copy = tmp_path / "older_export.json"  # same conversations, serialised differently (another sha256)
    copy.write_text(json.dumps(json.loads(path.read_text()), indent=4))
    res = load_logs([path, copy])
    assert len(res.records) == 4 and len(res.duplicates) == 4
    assert set(res.duplicates["record_id"]) == {"n1", "n2", "n3", "n4"}
    assert res.sources["records"].tolist() == [1, 1]
