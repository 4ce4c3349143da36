"""One writer per export format; :data:`WRITERS` maps (application, format) to the writer class."""

from __future__ import annotations

from auditkit.samples.writers.azure import AzureWriter
from auditkit.samples.writers.base import Context, Options, Writer
from auditkit.samples.writers.batch import BatchWriter
from auditkit.samples.writers.chatgpt import ChatGPTWriter
from auditkit.samples.writers.gateways import (
    HeliconeCsvWriter,
    HeliconeJsonlWriter,
    LangfuseWriter,
    LiteLLMWriter,
)
from auditkit.samples.writers.newapi import NewApiWriter
from auditkit.samples.writers.proxy import ProxyWriter
from auditkit.samples.writers.responses import ResponsesWriter

__all__ = ["WRITERS", "FORMATS", "DERIVED", "Context", "Options", "Writer"]

#: format -> writer class, or {application: writer class} where an application writes its own shape
WRITERS: dict[str, type[Writer] | dict[str, type[Writer]]] = {
    "openai_chat_proxy": ProxyWriter,
    "openai_responses": ResponsesWriter,
    "openai_batch": BatchWriter,
    "litellm_payload": LiteLLMWriter,
    "helicone": {"persona_bot": HeliconeJsonlWriter, "marketing_copywriter": HeliconeCsvWriter},
    "langfuse": LangfuseWriter,
    "oneapi_log": NewApiWriter,
    "azure_diag": AzureWriter,
    "chatgpt_export": ChatGPTWriter,
}
#: formats written from other formats' calls or from the company file, with what they come from
DERIVED: dict[str, str] = {
    "openai_moderation": "openai_chat_proxy",  # moderation of the support bot's proxied requests
    "openai_files": "",  # company.yaml uploads and the batch jobs' files
    "openai_usage": "",  # every call that reached the OpenAI API
}
#: every format the generator can write, in the order of the README
FORMATS: tuple[str, ...] = (*WRITERS, *DERIVED)
