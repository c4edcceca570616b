# What a teacher shows: `n += 1` is four bytecodes, so a thread switch can fall between the load
# and the store; `lst.sort()` is one call instruction, so it cannot be split that way.
import dis

n = 0


def increment():
    global n
    n += 1


def sort_list(lst):
    lst.sort()


dis.dis(increment)
# expect:  10           0 LOAD_GLOBAL              0 (n)
# expect:               2 LOAD_CONST               1 (1)
# expect:               4 INPLACE_ADD
# expect:               6 STORE_GLOBAL             0 (n)
# expect:               8 LOAD_CONST               0 (None)
# expect:              10 RETURN_VALUE
dis.dis(sort_list)
# expect:  14           0 LOAD_FAST                0 (lst)
# expect:               2 LOAD_METHOD              0 (sort)
# expect:               4 CALL_METHOD              0
# expect:               6 POP_TOP
# expect:               8 LOAD_CONST               0 (None)
# expect:              10 RETURN_VALUE
