"""Request metrics that cost about a microsecond to record, for /metrics and for OpenTelemetry readers.

Recording through the OpenTelemetry metrics SDK costs 7-9 us per call (attribute hashing, locks, several
layers of consumers); a request records about ten samples, so on the default set-up (Prometheus only)
that was the largest single CPU cost of a proxied request. Here each instrument keeps its own cumulative
state (counts per attribute set; histogram buckets), which a Prometheus collector turns into exactly the
families the OpenTelemetry Prometheus exporter produced (same names, units, buckets, scope labels and
`target_info`), so dashboards and alerts see no difference. Only when an OpenTelemetry reader is
configured (OTLP export, tests' in-memory reader) is each sample also forwarded to the SDK instrument.

Names, label names and unit suffixes follow the OpenTelemetry-to-Prometheus compatibility rules
(`metric_name`, `label_name`, `unit_suffix` below), written here rather than imported from the exporter's
private module, which may change in any release.

All recording happens on the event loop thread, as does /metrics, so the state needs no lock.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import chain
from typing import Any, Callable, Iterable, Iterator, Mapping

from opentelemetry.metrics import Meter
from opentelemetry.sdk.resources import Resource
from prometheus_client.core import CounterMetricFamily, HistogramMetricFamily, InfoMetricFamily, Metric
from prometheus_client.registry import Collector

DEFAULT_BOUNDS = (0.0, 5.0, 10.0, 25.0, 50.0, 75.0, 100.0, 250.0, 500.0, 750.0, 1000.0, 2500.0, 5000.0,
                  7500.0, 10000.0)
"""OpenTelemetry's default explicit bucket boundaries, kept so histograms stay comparable over upgrades."""

_NOT_IN_METRIC_NAME = re.compile(r"[^a-zA-Z0-9:]+")
_NOT_IN_LABEL_NAME = re.compile(r"[^a-zA-Z0-9]+")
_UNIT_ANNOTATION = re.compile(r"\{.*\}")
UNIT_WORDS = {
    "d": "days", "h": "hours", "min": "minutes", "s": "seconds", "ms": "milliseconds", "us": "microseconds",
    "ns": "nanoseconds", "By": "bytes", "KiBy": "kibibytes", "MiBy": "mebibytes", "GiBy": "gibibytes",
    "TiBy": "tibibytes", "KBy": "kilobytes", "MBy": "megabytes", "GBy": "gigabytes", "TBy": "terabytes",
    "m": "meters", "V": "volts", "A": "amperes", "J": "joules", "W": "watts", "g": "grams", "Cel": "celsius",
    "Hz": "hertz", "1": "", "%": "percent",
}
"""UCUM units as the Prometheus name suffix spells them ("ms" -> "milliseconds"; "1", a ratio, adds nothing)."""
PER_UNIT_WORDS = {"s": "second", "m": "minute", "h": "hour", "d": "day", "w": "week", "mo": "month", "y": "year"}
"""The denominator of a rate unit, singular ("By/s" -> "bytes_per_second")."""


def metric_name(name: str) -> str:
    """A Prometheus metric name ([a-zA-Z_:][a-zA-Z0-9_:]*): every run of other characters becomes one "_",
    and a leading digit is replaced by "_", as the OpenTelemetry Prometheus exporter does."""
    if name[:1].isdigit():
        name = "_" + name[1:]
    return _NOT_IN_METRIC_NAME.sub("_", name)


def label_name(key: str) -> str:
    """A Prometheus label name ([a-zA-Z_][a-zA-Z0-9_]*, no ":"): an attribute key such as `service.name`
    becomes `service_name`; runs of other characters become one "_", a leading digit "_"."""
    if key[:1].isdigit():
        key = "_" + key[1:]
    return _NOT_IN_LABEL_NAME.sub("_", key)


def unit_suffix(unit: str) -> str:
    """The name suffix for an instrument's UCUM unit: {annotations} dropped, known units spelled out
    (UNIT_WORDS), "a/b" as "a_per_b", anything else reduced to name characters without edge "_"."""
    unit = _UNIT_ANNOTATION.sub("", unit)
    if unit in UNIT_WORDS:
        return UNIT_WORDS[unit]
    top, slash, bottom = unit.partition("/")
    per = _NOT_IN_METRIC_NAME.sub("_", bottom)
    if slash and per:
        numerator = _NOT_IN_METRIC_NAME.sub("_", top)
        numerator = UNIT_WORDS.get(numerator, numerator)
        per = PER_UNIT_WORDS.get(per, per)
        return f"{numerator}_per_{per}" if numerator else f"per_{per}"
    return _NOT_IN_METRIC_NAME.sub("_", unit).strip("_")


_NO_ATTRIBUTES: frozenset[tuple[str, Any]] = frozenset()
Attributes = Mapping[str, "str | int | float | bool"]


def _label_value(value: object) -> str:
    """How the OpenTelemetry Prometheus exporter renders an attribute value (JSON for non-strings)."""
    if isinstance(value, str):
        return value
    import json
    return json.dumps(value, default=str)


class _Instrument:
    __slots__ = ("name", "description", "unit", "_keep", "_otel")

    def __init__(self, name: str, description: str, unit: str, keep: bool, otel: Any) -> None:
        self.name, self.description, self.unit = name, description, unit
        self._keep = keep
        self._otel = otel


class Counter(_Instrument):
    """A monotonic sum per attribute set."""

    __slots__ = ("values",)

    def __init__(self, name: str, description: str, unit: str, keep: bool, otel: Any) -> None:
        super().__init__(name, description, unit, keep, otel)
        self.values: dict[frozenset[tuple[str, Any]], float] = {}

    def add(self, amount: float, attributes: Attributes | None = None) -> None:
        if amount < 0:
            return  # as the SDK does: a counter only goes up
        if self._keep:
            key = frozenset(attributes.items()) if attributes else _NO_ATTRIBUTES
            self.values[key] = self.values.get(key, 0) + amount
        if self._otel is not None:
            self._otel.add(amount, attributes)

    def bind(self, attributes: Attributes) -> Callable[[float], None]:
        """`add(amount, attributes)` for one fixed attribute set, its series key made once: the same
        series and the same samples forwarded to OpenTelemetry, without a frozenset per call."""
        key = frozenset(attributes.items())
        fixed = dict(attributes)
        values, otel = self.values, self._otel
        if not self._keep:
            def add_otel(amount: float) -> None:
                if amount >= 0 and otel is not None:
                    otel.add(amount, fixed)
            return add_otel

        def add(amount: float) -> None:
            if amount < 0:
                return
            values[key] = values.get(key, 0) + amount
            if otel is not None:
                otel.add(amount, fixed)
        return add


class Histogram(_Instrument):
    """Bucket counts (OpenTelemetry semantics: a value on a boundary counts in the bucket it closes) and sum."""

    __slots__ = ("bounds", "series")

    def __init__(self, name: str, description: str, unit: str, keep: bool, otel: Any,
                 bounds: tuple[float, ...] = DEFAULT_BOUNDS) -> None:
        super().__init__(name, description, unit, keep, otel)
        self.bounds = bounds
        self.series: dict[frozenset[tuple[str, Any]], list[Any]] = {}
        """Per attribute set: [bucket counts (len(bounds) + 1), sum]."""

    def record(self, value: float, attributes: Attributes | None = None) -> None:
        if value < 0:
            return  # the SDK drops negative histogram values too
        if self._keep:
            key = frozenset(attributes.items()) if attributes else _NO_ATTRIBUTES
            state = self.series.get(key)
            if state is None:
                state = self.series[key] = [[0] * (len(self.bounds) + 1), 0.0]
            state[0][bisect_left(self.bounds, value)] += 1
            state[1] += value
        if self._otel is not None:
            self._otel.record(value, attributes)

    def bind(self, attributes: Attributes) -> Callable[[float], None]:
        """`record(value, attributes)` for one fixed attribute set, its series key made once."""
        key = frozenset(attributes.items())
        fixed = dict(attributes)
        bounds, series, otel = self.bounds, self.series, self._otel
        if not self._keep:
            def record_otel(value: float) -> None:
                if value >= 0 and otel is not None:
                    otel.record(value, fixed)
            return record_otel
        # The series is still made on the first sample (a series nobody recorded is not exported); the
        # closure then keeps that very list (shared with `series` and any other binding of the same set).
        held: list[list[Any]] = []

        def record(value: float) -> None:
            if value < 0:
                return
            if not held:
                held.append(series.setdefault(key, [[0] * (len(bounds) + 1), 0.0]))
            state = held[0]
            state[0][bisect_left(bounds, value)] += 1
            state[1] += value
            if otel is not None:
                otel.record(value, fixed)
        return record


class Metrics(Collector):
    """Creates the instruments and, registered on a prometheus_client registry, exposes their state."""

    def __init__(self, *, keep: bool, meter: Meter | None, resource: Resource, scope: str) -> None:
        self._keep = keep
        self._meter = meter
        self._instruments: list[Counter | Histogram] = []
        self._resource = resource
        self._scope = {"otel_scope_name": scope, "otel_scope_schema_url": "", "otel_scope_version": ""}

    def counter(self, name: str, description: str = "", unit: str = "") -> Counter:
        otel = self._meter.create_counter(name, unit=unit, description=description) if self._meter else None
        out = Counter(name, description, unit, self._keep, otel)
        self._instruments.append(out)
        return out

    def histogram(self, name: str, description: str = "", unit: str = "") -> Histogram:
        otel = self._meter.create_histogram(name, unit=unit, description=description) if self._meter else None
        out = Histogram(name, description, unit, self._keep, otel)
        self._instruments.append(out)
        return out

    def collect(self) -> Iterable[Metric]:
        families = [f for f in (self._family(i) for i in self._instruments) if f is not None]
        if families:
            yield self._target_info()
            yield from families

    def _target_info(self) -> Metric:
        labels = {label_name(k): _label_value(v) for k, v in self._resource.attributes.items()}
        info = InfoMetricFamily("target", "Target metadata")
        info.add_metric(labels=[], value=labels)
        return info

    def _rows(self, keys: Iterable[frozenset[tuple[str, Any]]]) -> tuple[list[str], list[list[str]]]:
        rows = []
        names: set[str] = set()
        for key in keys:
            labels = {label_name(k): _label_value(v) for k, v in chain(self._scope.items(), key)}
            names.update(labels)
            rows.append(labels)
        order = sorted(names)
        return order, [[labels.get(k, "") for k in order] for labels in rows]

    def _family(self, inst: Counter | Histogram) -> Metric | None:
        name, unit = metric_name(inst.name), unit_suffix(inst.unit)
        if isinstance(inst, Counter):
            if not inst.values:
                return None
            items = list(inst.values.items())
            order, rows = self._rows(k for k, _ in items)
            counter = CounterMetricFamily(name, inst.description, labels=order, unit=unit)
            for row, (_, total) in zip(rows, items):
                counter.add_metric(row, total)
            return counter
        if not inst.series:
            return None
        series = list(inst.series.items())
        order, rows = self._rows(k for k, _ in series)
        histogram = HistogramMetricFamily(name, inst.description, labels=order, unit=unit)
        for row, (_, (counts, total)) in zip(rows, series):
            histogram.add_metric(row, buckets=list(_cumulative(counts, inst.bounds)), sum_value=total)
        return histogram


def _cumulative(counts: list[int], bounds: tuple[float, ...]) -> Iterator[tuple[str, float]]:
    running = 0
    for bound, n in zip(chain((str(b) for b in bounds), ["+Inf"]), counts):
        running += n
        yield bound, running
