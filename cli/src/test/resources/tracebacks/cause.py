try:
    {}['a']
except KeyError as e:
    raise ValueError('v') from e
