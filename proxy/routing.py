"""Routing: a requested model name to the ordered vendor endpoints (Targets) that may serve it."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from typing import Mapping, Sequence

from proxy.auth import Client
from proxy.config import Route, Vendor
from proxy.errors import Forbidden, NotFound
from policies.facts import Destination


MODEL_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:/@+\-]{0,127}")
"""What a model name may look like. A name that does not (`../admin`, `gpt?x=1`, free text) matches no
route: it could otherwise walk a vendor URL built from it, and it may hold text nobody inspected."""


RESOLVED_CACHE_SIZE = 4096
"""Resolved (model, client) pairs kept by a Router; past this the cache starts over (glob routes let
clients name arbitrarily many models, so it must not grow without bound)."""


@dataclass(frozen=True, slots=True)
class Target:
    vendor: Vendor
    model: str
    """Model name sent upstream."""
    destination: Destination = field(init=False, compare=False, repr=False)
    """What policies see of this target; made once per target, not per policy evaluation."""

    def __post_init__(self) -> None:
        v = self.vendor
        object.__setattr__(self, "destination", Destination(
            vendor=v.name, model=self.model, region=v.region, jurisdiction=v.jurisdiction,
            inference_scope=v.inference_scope or v.region))


class Router:
    """First route whose model pattern matches wins; its targets are tried in order (failover).

    A vendor that answered 429 with Retry-After is skipped until that time passes, unless it is the only
    candidate left (then the caller gets the vendor's 429).
    """

    def __init__(self, routes: Sequence[Route], vendors: Mapping[str, Vendor]) -> None:
        self._routes = tuple(routes)
        self._vendors = vendors
        self._cooldown: dict[str, float] = {}
        self._resolved: dict[tuple[str, Client], tuple[Target, ...]] = {}
        """Targets per (model, client): routes, vendors and grants are fixed for the Router's life, so
        the pattern matching and grant checks run once per pair; refusals are not kept."""

    def candidates(self, model: str, client: Client) -> list[Target]:
        targets = self._resolved.get((model, client))
        if targets is None:
            targets = self._resolve(model, client)
            if len(self._resolved) >= RESOLVED_CACHE_SIZE:
                self._resolved.clear()
            self._resolved[(model, client)] = targets
        if not self._cooldown:
            return list(targets)
        now = time.monotonic()
        ready = [t for t in targets if self._cooldown.get(t.vendor.name, 0.0) <= now]
        return ready or list(targets)

    def _resolve(self, model: str, client: Client) -> tuple[Target, ...]:
        """The route's targets this client may use, in failover order; raises 404/403 as the API says."""
        if not model:
            raise NotFound("model-not-found", "The model field is empty.")
        if not MODEL_NAME.fullmatch(model) or ".." in model:
            raise NotFound("model-not-found", "The model does not exist or no route serves it.")
        route = next((r for r in self._routes if fnmatchcase(model, r.model)), None)
        if route is None:
            raise NotFound("model-not-found", "The model does not exist or no route serves it.")
        if not client.may_use_model(model):
            raise Forbidden("model-not-allowed", "This key may not use the requested model.")
        targets = tuple(Target(self._vendors[t.vendor], t.model or model) for t in route.to
                        if client.may_use_vendor(t.vendor))
        if not targets:
            raise Forbidden("vendor-not-allowed", "No vendor serving this model is allowed for this key.")
        return targets

    def target_for(self, vendor: str, model: str) -> Target | None:
        v = self._vendors.get(vendor)
        return Target(v, model) if v else None

    def cool_down(self, vendor: str, seconds: float) -> None:
        self._cooldown[vendor] = time.monotonic() + min(max(seconds, 0.0), 300.0)

    def models_for(self, client: Client) -> list[str]:
        """Concrete model names this client may call (globs expanded through the vendors' model lists)."""
        names: list[str] = []
        for route in self._routes:
            if any(c in route.model for c in "*?["):
                for t in route.to:
                    names.extend(m for m in self._vendors[t.vendor].models if fnmatchcase(m, route.model))
            else:
                names.append(route.model)
        unique = list(dict.fromkeys(names))
        return [m for m in unique if client.may_use_model(m)]
