"""Results database: see store.Store."""
from citycrawl.storage.store import RunData, Store, StoreError, default_db_url, safe_url

__all__ = ["RunData", "Store", "StoreError", "default_db_url", "safe_url"]
