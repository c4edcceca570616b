# asyncio streams on loopback: a server on port 0 and clients in the same event loop; readline,
# read, readexactly, readuntil, EOF and IncompleteReadError, write/drain/close/wait_closed.
import asyncio

log = []


async def handle(reader, writer):
    peer = writer.get_extra_info("peername")
    log.append(("peer is loopback", peer[0]))
    while True:
        line = await reader.readline()
        if not line:
            break
        if line == b"bye\n":
            writer.write(b"BYE\n")
            break
        if line.startswith(b"chunk "):
            n = int(line.split()[1])
            data = await reader.readexactly(n)
            writer.write(b"got %d: %s\n" % (n, data))
        elif line.startswith(b"until "):
            data = await reader.readuntil(b"END")
            writer.write(b"until: " + data + b"\n")
        else:
            writer.write(line.upper())
        await writer.drain()
    await writer.drain()
    writer.close()
    await writer.wait_closed()
    log.append("handler done")


async def rest(host, port):
    # read(n), read() to EOF, partial lines and IncompleteReadError after the peer's write_eof.
    seen = []
    done = asyncio.Event()

    async def tail(reader, writer):
        writer.write(b"0123456789")
        writer.write(b"last line without newline")
        await writer.drain()
        writer.write_eof()
        seen.append(await reader.read(4))
        seen.append(await reader.readexactly(6))
        seen.append(await reader.readline())
        seen.append((reader.at_eof(), await reader.read(), await reader.read(3)))
        writer.close()
        done.set()

    server = await asyncio.start_server(tail, host, 0)
    port2 = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection(host, port2)
    writer.write(b"abcdefghij")
    print("can_write_eof:", writer.can_write_eof())
    writer.write_eof()
    print("readexactly(10):", await reader.readexactly(10))
    try:
        await reader.readexactly(40)
    except asyncio.IncompleteReadError as e:
        print("IncompleteReadError:", e, e.partial, e.expected)
        print(isinstance(e, EOFError), repr(e))
    try:
        await reader.readuntil(b"\n")
    except asyncio.IncompleteReadError as e:
        print("readuntil at EOF:", e, e.partial)
    print("readline at EOF:", await reader.readline(), reader.at_eof())
    await done.wait()
    print("server saw:", seen)
    print("is_closing before close:", writer.is_closing())
    writer.close()
    print("is_closing after close:", writer.is_closing())
    await writer.wait_closed()
    server.close()
    await server.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    host, port = server.sockets[0].getsockname()[:2]
    print("listening on", host, type(port).__name__, port > 0)
    async with server:
        reader, writer = await asyncio.open_connection(host, port)
        writer.write(b"hello\nworld\n")
        await writer.drain()
        print(await reader.readline())
        print(await reader.readline())
        writer.write(b"chunk 5\nab")
        await writer.drain()
        await asyncio.sleep(0.01)
        writer.write(b"cde")
        print(await reader.readline())
        writer.write(b"until \nxyz" + b"E")
        await asyncio.sleep(0.01)
        writer.write(b"NDtrailing\n")
        print(await reader.readline())
        print(await reader.readline())
        writer.write(b"bye\n")
        print(await reader.readuntil(b"\n"))
        print("EOF:", await reader.read(), reader.at_eof())
        writer.close()
        await writer.wait_closed()
        # Two clients at once, answered in the order each asks.
        pairs = [await asyncio.open_connection(host, port) for _ in range(2)]
        for i, (r, w) in enumerate(pairs):
            w.write(b"client %d\n" % i)
        answers = await asyncio.gather(*(r.readline() for r, w in pairs))
        print(answers)
        for r, w in pairs:
            w.write(b"bye\n")
            await r.readline()
            w.close()
            await w.wait_closed()
        await asyncio.sleep(0.01)
    print("server closed:", not server.is_serving())
    await rest(host, port)
    try:
        await asyncio.open_connection(host, port)
    except ConnectionRefusedError as e:
        print("refused:", type(e).__name__, e.errno)
    print(log)


async def limits():
    r = asyncio.StreamReader(limit=8)
    r.feed_data(b"0123456789abcdef\nxy")
    try:
        await r.readuntil(b"\n")
    except asyncio.LimitOverrunError as e:
        print("LimitOverrunError:", e, e.consumed)
    try:
        await r.readline()
    except ValueError as e:
        print("readline:", type(e).__name__, e)
    r.feed_eof()
    print([line async for line in r], r.at_eof())
    try:
        await r.readuntil(b"")
    except ValueError as e:
        print(e)
    try:
        await r.readexactly(-1)
    except ValueError as e:
        print(e)
async def notfound():
    r = asyncio.StreamReader(limit=4)
    r.feed_data(b"abcdefghij")
    try:
        await r.readuntil(b"XY")
    except asyncio.LimitOverrunError as e:
        print("LimitOverrunError:", e, e.consumed)
    print(await r.read(3), await r.read(100))


asyncio.run(main())
asyncio.run(limits())
asyncio.run(notfound())

# expect: listening on 127.0.0.1 int True
# expect: b'HELLO\n'
# expect: b'WORLD\n'
# expect: b'got 5: abcde\n'
# expect: b'until: xyzEND\n'
# expect: b'TRAILING\n'
# expect: b'BYE\n'
# expect: EOF: b'' True
# expect: [b'CLIENT 0\n', b'CLIENT 1\n']
# expect: server closed: True
# expect: can_write_eof: True
# expect: readexactly(10): b'0123456789'
# expect: IncompleteReadError: 25 bytes read on a total of 40 expected bytes b'last line without newline' 40
# expect: True IncompleteReadError('25 bytes read on a total of 40 expected bytes')
# expect: readuntil at EOF: 0 bytes read on a total of undefined expected bytes b''
# expect: readline at EOF: b'' True
# expect: server saw: [b'abcd', b'efghij', b'', (True, b'', b'')]
# expect: is_closing before close: False
# expect: is_closing after close: True
# expect: refused: ConnectionRefusedError 111
# expect: [('peer is loopback', '127.0.0.1'), 'handler done', ('peer is loopback', '127.0.0.1'), ('peer is loopback', '127.0.0.1'), 'handler done', 'handler done']
# expect: LimitOverrunError: Separator is found, but chunk is longer than limit 16
# expect: readline: ValueError Separator is found, but chunk is longer than limit
# expect: [b'xy'] True
# expect: Separator should be at least one-byte string
# expect: readexactly size can not be less than zero
# expect: LimitOverrunError: Separator is not found, and chunk exceed the limit 9
# expect: b'abc' b'defghij'
