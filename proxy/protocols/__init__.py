"""The wire protocols Guanqia speaks, keyed by the POST path a client calls.

Every path is also served without its `/v1` prefix (`/chat/completions`, `/messages`, ...), because
some OpenAI-compatible tools are configured with a base URL that lacks it; `upstream_url` maps both
forms to the same vendor URL. The adapters are stateless, so one instance serves every request.
"""

from __future__ import annotations

from proxy.protocols.anthropic_count_tokens import AnthropicCountTokens
from proxy.protocols.anthropic_messages import AnthropicMessages
from proxy.protocols.base import ProtocolAdapter
from proxy.protocols.openai_chat import OpenAIChat
from proxy.protocols.openai_completions import OpenAICompletions
from proxy.protocols.openai_embeddings import OpenAIEmbeddings
from proxy.protocols.openai_responses import OpenAIResponses

__all__ = ["ENDPOINTS", "V1_ENDPOINTS", "ADAPTERS"]

V1_ENDPOINTS: dict[str, ProtocolAdapter] = {
    "/v1/chat/completions": OpenAIChat(),
    "/v1/completions": OpenAICompletions(),
    "/v1/embeddings": OpenAIEmbeddings(),
    "/v1/responses": OpenAIResponses(),
    "/v1/messages": AnthropicMessages(),
    "/v1/messages/count_tokens": AnthropicCountTokens(),
}
"""The canonical paths, as the vendors themselves publish them."""

ENDPOINTS: dict[str, ProtocolAdapter] = {
    **V1_ENDPOINTS,
    **{path[len("/v1"):]: adapter for path, adapter in V1_ENDPOINTS.items()},
}
"""Every served POST path → its adapter (the /v1 paths and the same paths without the prefix)."""

ADAPTERS: dict[str, ProtocolAdapter] = {adapter.name: adapter for adapter in V1_ENDPOINTS.values()}
"""Adapter name ("openai.chat", ...) → adapter, for tools that replay audit records or scan bodies."""
