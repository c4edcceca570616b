"""Binary min-heaps kept in plain lists, with CPython 3.11's API.

heap[0] is always the smallest item; for every k, heap[k] <= heap[2k+1] and heap[k] <= heap[2k+2].
Items are compared with < only, as CPython's heapq does.
"""

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "merge", "nlargest", "nsmallest",
           "heappushpop"]


def _sift_up(heap, start, pos):
    # Moves heap[pos] towards the root (not above start) while it is smaller than its parent.
    item = heap[pos]
    while pos > start:
        parent = (pos - 1) >> 1
        above = heap[parent]
        if item < above:
            heap[pos] = above
            pos = parent
        else:
            break
    heap[pos] = item


def _sift_down(heap, pos):
    # Moves the item at pos down to a leaf along the smaller children, then back up into place.
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_up(heap, start, pos)


def heappush(heap, item):
    """Pushes item onto the heap."""
    heap.append(item)
    _sift_up(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pops and returns the smallest item; IndexError if the heap is empty."""
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _sift_down(heap, 0)
        return smallest
    return last


def heapreplace(heap, item):
    """Pops the smallest item and pushes item, in one step; the heap must not be empty."""
    smallest = heap[0]
    heap[0] = item
    _sift_down(heap, 0)
    return smallest


def heappushpop(heap, item):
    """Pushes item then pops the smallest, faster than the two calls."""
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_down(heap, 0)
    return item


def heapify(x):
    """Turns the list x into a heap, in place, in linear time."""
    for i in range(len(x) // 2 - 1, -1, -1):
        _sift_down(x, i)


def _max_sift_up(heap, start, pos):
    item = heap[pos]
    while pos > start:
        parent = (pos - 1) >> 1
        above = heap[parent]
        if above < item:
            heap[pos] = above
            pos = parent
        else:
            break
    heap[pos] = item


def _max_sift_down(heap, pos):
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _max_sift_up(heap, start, pos)


def merge(*iterables, key=None, reverse=False):
    """Merges sorted inputs into one sorted iterator (stable: ties come in input order)."""
    # Each entry: [sort value, input order, current item, next function].
    entries = []
    for order, iterable in enumerate(iterables):
        it = iter(iterable)
        for first in it:
            value = first if key is None else key(first)
            entries.append([value, order if not reverse else -order, first, it.__next__])
            break
    if reverse:
        # A max-heap on (value, -order) yields the largest first, earlier inputs first on ties.
        for i in range(len(entries) // 2 - 1, -1, -1):
            _max_sift_down(entries, i)
    else:
        heapify(entries)
    while entries:
        top = entries[0]
        yield top[2]
        try:
            item = top[3]()
        except StopIteration:
            if reverse:
                last = entries.pop()
                if entries:
                    entries[0] = last
                    _max_sift_down(entries, 0)
            else:
                heappop(entries)
            continue
        top[0] = item if key is None else key(item)
        top[2] = item
        if reverse:
            _max_sift_down(entries, 0)
        else:
            _sift_down(entries, 0)


def nsmallest(n, iterable, key=None):
    """The n smallest items, smallest first (equal items in input order)."""
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """The n largest items, largest first (equal items in input order)."""
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]
