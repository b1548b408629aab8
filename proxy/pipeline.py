"""handle(): one call, start to finish — receive, authenticate, parse, route, detect, decide, transform,
send (with failover), stream back, audit. Nothing else lives here.

Terminal guarantee: every exchange leaves through `relay` or `refuse`, both of which append exactly one
audit record BEFORE the client receives the last byte; a store failure turns the answer into a 503 (or
a stream without its terminating event), never a complete unaudited answer.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import replace
from typing import Mapping

from aiohttp import web

from policies.decision import Action, Decision
from policies.facts import Facts, FindingFact
from policies import transform
from proxy import relay
from proxy.answer_guard import AnswerGuard
from proxy.body import read_json_body
from proxy.errors import (AuditUnavailable, BadRequest, Blocked, GuanqiaError, InspectionFailed,
                          InternalError, NotFound, UpstreamError)
from proxy.exchange import Exchange, request_id_from
from proxy.gateway import Gateway
from proxy.inspection import inspect_off_loop
from proxy.logs import safe_exception
from proxy.protocols.base import Call, ProtocolAdapter, Restorer
from proxy.protocols.coverage import cover_unknown_fields
from proxy.routing import Target
from proxy.upstream import Retryable, Upstream

GATEWAY: web.AppKey[Gateway] = web.AppKey("gateway", Gateway)
log = logging.getLogger("guanqia.pipeline")

COMPATIBLE = {"openai": ("openai", "azure-openai", "echo"), "anthropic": ("anthropic", "echo")}


async def handle(request: web.Request, adapter: ProtocolAdapter) -> web.StreamResponse:
    gw = request.app[GATEWAY]
    ex = Exchange(request_id_from(request.headers.get("x-request-id")), adapter.name, adapter.protocol,
                  request.remote or "")
    with gw.telemetry.request_span(ex, request.headers) as span:
        try:
            with gw.telemetry.stage(ex, "receive"):
                if gw.fail_closed and not gw.audit.healthy:
                    raise AuditUnavailable("audit-unavailable", "The audit store is unavailable; retry later.")
                ex.client = gw.keyring.authenticate(request.headers, "client")
                body = await read_json_body(request, gw.config.limits.max_body_bytes)
                ex.bytes_in = len(body)
                ex.call = cover_unknown_fields(adapter.parse(body))
                ex.streamed = ex.call.stream
                try:
                    routed = gw.router.candidates(ex.call.model, ex.client)
                except NotFound:
                    ex.call.model = unrouted_model(gw, ex.call.model)
                    raise
                candidates = [t for t in routed if t.vendor.protocol in COMPATIBLE[adapter.protocol]]
                if not candidates:
                    raise BadRequest("protocol-mismatch",
                                     f"No vendor for this model speaks the {adapter.protocol} protocol.")
            policy = gw.policies.current
            with gw.telemetry.stage(ex, "detect"):
                await _detect(gw, ex, policy)
            with gw.telemetry.stage(ex, "decide"):
                plan = _plan(gw, ex, policy, candidates)
            response = await _send_first(request, gw, ex, adapter, plan, policy)
        except GuanqiaError as error:
            response = await relay.refuse(request, gw, ex, adapter, error)
        except asyncio.CancelledError:
            ex.error_code = ex.error_code or "client-disconnected"
            ex.status = 499
            await asyncio.shield(relay.audit_quietly(gw, ex))
            raise
        except Exception:
            log.error("internal-error", extra={"request_id": ex.request_id, "error": safe_exception()})
            response = await relay.refuse(request, gw, ex, adapter, InternalError("internal-error"))
        gw.telemetry.finish(span, ex)
        relay.access_log(ex)
        return response


def unrouted_model(gw: Gateway, model: str) -> str:
    """A model name no route knows is client free text: logs, spans and audit get a keyed fingerprint."""
    return "unrouted:" + gw.fingerprint("MODEL", model)[:16] if model else ""


async def _detect(gw: Gateway, ex: Exchange, policy: object) -> None:
    """Findings per segment; a big call is scanned in a worker thread (proxy.inspection.INLINE_CHARS)."""
    assert ex.call is not None
    scanner = gw.scanner_for(policy)
    texts = [s.text for s in ex.call.segments]
    if scanner is None:
        ex.findings = [[] for _ in texts]
        return
    try:
        found = await inspect_off_loop(texts, scanner, gw.fingerprint, policy.data_class,  # type: ignore[attr-defined]
                                       gw.inspection_pool, [s.label for s in ex.call.segments])
    except GuanqiaError:
        raise                           # InspectionBusy: refused before any work, nothing forwarded
    except Exception:
        log.error("inspection-failed", extra={"request_id": ex.request_id, "error": safe_exception()})
        raise InspectionFailed("inspection-failed", "The request could not be inspected; it was not sent.") from None
    ex.findings, ex.finding_values, ex.finding_classes = found.per_segment, found.fingerprints, found.classes


def _facts(ex: Exchange, target: Target) -> Facts:
    assert ex.call is not None and ex.client is not None
    flat = ex.flat_findings
    facts = tuple(FindingFact(f.type, ex.finding_classes[n], seg, ex.finding_values[n])
                  for n, (seg, f) in enumerate(flat)) if flat else ()
    # positional: Facts(tenant, endpoint, model, destination, findings, opaque_parts), once per candidate
    return Facts(ex.client.tenant, ex.endpoint, ex.call.model, target.destination, facts, ex.call.opaque)


def _plan(gw: Gateway, ex: Exchange, policy: object,
          candidates: list[Target]) -> list[tuple[Target, Decision]]:
    """Decisions per candidate in failover order; reroutes resolved; only allowed targets remain."""
    decisions = policy.plan([_facts(ex, t) for t in candidates])  # type: ignore[attr-defined]
    plan: list[tuple[Target, Decision]] = []
    first_block: Decision | None = None
    for target, decision in zip(candidates, decisions):
        if decision.action == Action.REROUTE and not decision.shadow:
            rerouted = _reroute(gw, ex, policy, target, decision)
            if rerouted is None:
                first_block = first_block or decision
                continue
            target, decision = rerouted
        if decision.action == Action.BLOCK and not decision.shadow:
            first_block = first_block or decision
            continue
        plan.append((target, decision))
    if not plan:
        assert first_block is not None
        ex.decision = first_block
        raise Blocked(first_block.reason or "blocked-by-policy",
                      first_block.message or "The request was blocked by policy.", rule=first_block.rule)
    return plan


def _reroute(gw: Gateway, ex: Exchange, policy: object, target: Target,
             decision: Decision) -> tuple[Target, Decision] | None:
    assert decision.reroute is not None
    vendor = decision.reroute.vendor or target.vendor.name
    new = gw.router.target_for(vendor, decision.reroute.model or target.model)
    if new is None or ex.client is None or not ex.client.may_use_vendor(vendor):
        return None
    again: Decision = policy.decide(_facts(ex, new))  # type: ignore[attr-defined]
    if again.action in (Action.BLOCK, Action.REROUTE) and not again.shadow:
        return None
    ex.rerouted_from = target.vendor.name
    # The new destination's own treatments apply; the audit names the rule that moved the request.
    return new, replace(again, action=Action.REROUTE, rule=decision.rule, reason=decision.reason)


async def _send_first(request: web.Request, gw: Gateway, ex: Exchange, adapter: ProtocolAdapter,
                      plan: list[tuple[Target, Decision]], policy: object) -> web.StreamResponse:
    """Try the plan in order; fail over on connect errors, 5xx and 429 before anything reached the client."""
    assert ex.call is not None and ex.client is not None
    last: Retryable | None = None
    key = gw.tenant_key(ex.client.tenant)
    headers = _forward_headers(request.headers, ex.request_id)
    for target, decision in plan:
        ex.target, ex.decision = target, decision
        ex.attempts.append(target.vendor.name)
        call = ex.call
        restorer: Restorer | None = None
        changed: dict[int, str] = {}
        if decision.treatments and not decision.shadow and any(t.action != Action.ALLOW
                                                               for t in decision.treatments):
            texts = [s.text for s in call.segments]
            new_texts, restorer = transform.apply(texts, ex.findings, decision, key=key)
            changed = {i: t for i, (t, old) in enumerate(zip(new_texts, texts)) if t != old}
        body = adapter.rebuild(call, changed, target.model)
        restorer = _guard_answer(gw, ex, policy, target, restorer, key)
        upstream: Upstream = gw.echo if target.vendor.protocol == "echo" else gw.http
        try:
            with gw.telemetry.stage(ex, "upstream") as span:
                out_headers = dict(headers)
                gw.telemetry.inject(out_headers)
                answer = await upstream.send(target, adapter, call, body, out_headers, request.path)
        except Retryable as retry:
            gw.telemetry.upstream_errors.add(1, {"vendor": target.vendor.name, "code": retry.code})
            if retry.retry_after is not None:
                gw.router.cool_down(target.vendor.name, retry.retry_after)
            last = retry
            continue
        except GuanqiaError as error:
            gw.telemetry.upstream_errors.add(1, {"vendor": target.vendor.name, "code": error.code})
            raise
        ex.upstream_status = answer.status
        return await relay.answer(request, gw, ex, adapter, answer, restorer)
    if last is not None and last.answer is not None:
        ex.upstream_status = last.answer.status
        return await relay.vendor_failure(request, gw, ex, adapter, last.answer)
    raise UpstreamError("upstream-unreachable", "No vendor for this model could be reached.")


def _guard_answer(gw: Gateway, ex: Exchange, policy: object, target: Target, restorer: Restorer | None,
                  key: bytes) -> Restorer | None:
    """The answer's restorer, wrapped to enforce `direction: response` rules when any apply here."""
    ex.answer = None
    if not policy.inspects_answers:  # type: ignore[attr-defined]
        return restorer
    assert ex.call is not None and ex.client is not None
    facts = Facts(tenant=ex.client.tenant, endpoint=ex.endpoint, model=ex.call.model,
                  destination=target.destination, direction="response")
    if not policy.inspects_answers_for(facts):  # type: ignore[attr-defined]
        return restorer
    scanner = gw.scanner_for(policy)
    if scanner is None:                 # inspection switched off in the serve config: nothing is scanned
        return restorer
    guard = AnswerGuard(restorer, scanner, policy, facts, gw.fingerprint, key)
    ex.answer = guard.report
    return guard


def _forward_headers(headers: Mapping[str, str], request_id: str) -> dict[str, str]:
    out = {name: headers[name] for name in ("anthropic-version", "anthropic-beta", "openai-beta",
                                            "accept-language") if name in headers}
    out["x-request-id"] = request_id
    return out
