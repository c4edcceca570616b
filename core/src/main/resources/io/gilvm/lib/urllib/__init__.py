"""urllib: URL parsing (urllib.parse) and fetching (urllib.request) for gilvm."""
