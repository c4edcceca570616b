WHO = "module both.py"
