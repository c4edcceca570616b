WHO = "module shadow.py"
