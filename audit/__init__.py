"""The signed, tamper-evident audit trail: one record per request in an RFC 6962 Merkle log.

Facade for the proxy: `AuditConfig.from_mapping(section, data_dir)`, `await AuditLog.open(cfg)`,
`await log.append(record)` (returns once durable). Design and auditor how-to: docs/audit.md.
"""

from audit.config import AuditConfig, AuditConfigError
from audit.log import AuditLog
from audit.query import QueryFilters
from audit.record import AuditRecord, FindingSummary
from audit.store import StoreUnavailable
from audit.writer import AuditUnavailable

__all__ = ["AuditConfig", "AuditConfigError", "AuditLog", "AuditRecord", "AuditUnavailable", "FindingSummary",
           "QueryFilters", "StoreUnavailable"]
