"""SQLite storage: the schema, its migrations and the Store (the only place with SQL)."""

from recoupe.storage.migrations import SCHEMA_VERSION
from recoupe.storage.store import Store, as_row

__all__ = ["SCHEMA_VERSION", "Store", "as_row"]
