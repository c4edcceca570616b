WHO = "inside the directory"
