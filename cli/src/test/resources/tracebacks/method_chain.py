s = ' x '
s.strip().upper().nothere()
