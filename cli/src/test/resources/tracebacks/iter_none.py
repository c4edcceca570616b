for i in None: pass
