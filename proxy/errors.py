"""GuanqiaError and its subclasses: a stable kebab-case code and an HTTP status, never request data."""

from __future__ import annotations


class GuanqiaError(Exception):
    """An error the caller sees in its own protocol's shape. `message` must not quote request data."""

    status: int = 500
    error_type: str = "api_error"
    """OpenAI-style `error.type`; adapters map it to the caller's protocol."""

    def __init__(self, code: str, message: str = "", *, status: int | None = None,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(code)
        self.code = code
        self.message = message or code.replace("-", " ")
        if status is not None:
            self.status = status
        self.headers: dict[str, str] = headers or {}


class BadRequest(GuanqiaError):
    status = 400
    error_type = "invalid_request_error"


class Unauthorized(GuanqiaError):
    status = 401
    error_type = "authentication_error"


class Forbidden(GuanqiaError):
    status = 403
    error_type = "permission_error"


class Blocked(Forbidden):
    """The policy blocked the request; `rule` names the rule, the message is the configured one."""

    def __init__(self, code: str, message: str = "", *, rule: str = "") -> None:
        super().__init__(code, message)
        self.rule = rule


class NotFound(GuanqiaError):
    status = 404
    error_type = "not_found_error"


class PayloadTooLarge(GuanqiaError):
    status = 413
    error_type = "request_too_large"


class UnsupportedMedia(GuanqiaError):
    status = 415
    error_type = "invalid_request_error"


class UpstreamError(GuanqiaError):
    status = 502
    error_type = "api_error"


class UpstreamTimeout(GuanqiaError):
    status = 504
    error_type = "timeout_error"


class AuditUnavailable(GuanqiaError):
    status = 503
    error_type = "overloaded_error"


class InspectionFailed(GuanqiaError):
    status = 500
    error_type = "api_error"


class InternalError(GuanqiaError):
    status = 500
    error_type = "api_error"
