NAME = "plugin from extra/"
