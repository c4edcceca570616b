WHO = "package both/__init__.py"
