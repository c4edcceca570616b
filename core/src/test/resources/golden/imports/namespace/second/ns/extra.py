EXTRA = "extra from a second portion"
