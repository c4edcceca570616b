class StorageError(Exception):
    pass

def save():
    try:
        raise OSError("disk full")
    except OSError as e:
        raise StorageError("save failed") from e

save()
# expect stderr: OSError: disk full
# expect stderr: The above exception was the direct cause of the following exception:
# expect stderr:   File "uncaught_custom_with_chain.py", line 8, in save
# expect error: StorageError: save failed
