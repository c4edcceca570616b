"""Transform plugins. Each module defines NAME and transform(records)."""
AVAILABLE = ["dedupe", "normalize", "enrich", "missing_one"]
