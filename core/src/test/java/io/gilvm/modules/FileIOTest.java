package io.gilvm.modules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileIOTest {
  @TempDir Path dir;
  private String setup;

  /** A Python string literal for {@code s}. */
  static String pyStr(String s) {
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  @BeforeEach
  void paths() {
    setup = "D = " + pyStr(dir.toString()) + "\ndef p(name):\n    return D + '/' + name\n";
  }

  private String run(String source) {
    return SocketModuleTest.run(setup + source);
  }

  @Test
  void textRoundTripInUtf8WithUniversalNewlines() throws IOException {
    assertEquals(
        "12 True\n'hé' 'llo\\n' ['w\\n', 'x\\n', 'y']\n",
        run(
            """
        with open(p('t.txt'), 'w') as f:
            n = f.write('h\\u00e9llo\\nw\\r\\nx\\ry')
        print(n, f.closed)
        with open(p('t.txt')) as f:
            print(repr(f.read(2)), repr(f.readline()), f.readlines())
        """));
    assertArrayEquals(
        "h\u00e9llo\nw\r\nx\ry".getBytes(StandardCharsets.UTF_8),
        Files.readAllBytes(dir.resolve("t.txt")));
  }

  @Test
  void binaryRoundTrip() {
    assertEquals(
        "256 True b'\\x00\\x01' [b'\\x02\\x03\\x04\\x05\\x06\\x07\\x08\\t\\n']\n",
        run(
            """
        data = bytes(range(256))
        with open(p('b.bin'), 'wb') as f:
            n = f.write(data)
        with open(p('b.bin'), 'rb') as f:
            whole = f.read()
        with open(p('b.bin'), 'rb') as f:
            print(n, whole == data, f.read(2), [f.readline()])
        """));
  }

  @Test
  void appendAddsAtTheEnd() {
    assertEquals(
        "'one\\ntwo\\n' 8\n",
        run(
            """
        with open(p('a.txt'), 'a') as f:
            f.write('one\\n')
        with open(p('a.txt'), 'a') as f:
            f.write('two\\n')
            pos = f.tell()
        print(repr(open(p('a.txt')).read()), pos)
        """));
  }

  @Test
  void iterationYieldsLines() {
    assertEquals(
        "['a\\n', 'bb\\n', 'ccc'] 3\n",
        run(
            """
        with open(p('l.txt'), 'w') as f:
            f.writelines(['a\\n', 'bb\\n', 'ccc'])
        lines = [line for line in open(p('l.txt'))]
        n = 0
        with open(p('l.txt')) as f:
            for _ in f:
                n += 1
        print(lines, n)
        """));
  }

  @Test
  void largeFilesCrossTheBuffer() {
    assertEquals(
        "3000 3000 True\n",
        run(
            """
        line = 'x' * 99 + '\\n'
        with open(p('big.txt'), 'w') as f:
            for i in range(3000):
                f.write(line)
        with open(p('big.txt')) as f:
            lines = f.readlines()
        print(len(lines), len(open(p('big.txt')).read()) // 100, all(l == line for l in lines))
        """));
  }

  @Test
  void readCountsCharactersNotBytes() {
    assertEquals(
        "'é中' 'z' '\\n' ''\n",
        run(
            """
        open(p('u.txt'), 'w', encoding='utf-8').write('\\u00e9\\u4e2dz\\n')
        f = open(p('u.txt'))
        print(repr(f.read(2)), repr(f.read(1)), repr(f.read()), repr(f.read()))
        f.close()
        """));
  }

  @Test
  void attributesAndRepr() {
    assertEquals(
        "w False UTF-8 True\nrb BufferedReader\nrb FileIO\n",
        run(
            """
        f = open(p('r.txt'), 'w')
        print(f.mode, f.closed, f.encoding, repr(f) == "<_io.TextIOWrapper name=%r mode='w' encoding='UTF-8'>" % p('r.txt'))
        f.close()
        g = open(p('r.txt'), 'rb')
        print(g.mode, type(g).__name__)
        g.close()
        h = open(p('r.txt'), 'rb', buffering=0)
        print(h.mode, type(h).__name__)
        h.close()
        """));
  }

  @Test
  void missingFileRaisesFileNotFoundError() {
    assertEquals(
        "FileNotFoundError 2 [Errno 2] No such file or directory: 'nope.txt' nope.txt"
            + " FileNotFoundError(2, 'No such file or directory')\n",
        run(
            """
        try:
            open('nope.txt')
        except OSError as e:
            print(type(e).__name__, e.errno, e, e.filename, repr(e))
        """));
  }

  @Test
  void closedFileRaisesValueError() {
    assertEquals(
        "read I/O operation on closed file.\nreadline I/O operation on closed file.\n"
            + "write I/O operation on closed file.\niter I/O operation on closed file.\n",
        run(
            """
        f = open(p('c.txt'), 'w')
        f.close()
        f.close()
        for name, call in (('read', lambda: f.read()), ('readline', lambda: f.readline()),
                           ('write', lambda: f.write('x')), ('iter', lambda: iter(f))):
            try:
                call()
            except ValueError as e:
                print(name, e)
        """));
  }

  @Test
  void argumentAndModeErrors() {
    assertEquals(
        """
        ValueError invalid mode: 'z'
        ValueError must have exactly one of create/read/write/append mode
        ValueError Must have exactly one of create/read/write/append mode and at most one plus
        ValueError can't have text and binary mode at once
        ValueError binary mode doesn't take an encoding argument
        UnsupportedOperation not readable
        UnsupportedOperation write
        TypeError write() argument must be str, not bytes
        TypeError a bytes-like object is required, not 'str'
        IsADirectoryError [Errno 21] Is a directory: '.'
        FileExistsError [Errno 17] File exists
        TypeError expected str, bytes or os.PathLike object, not float
        LookupError unknown encoding: nope
        ValueError illegal newline value: x
        """,
        run(
            """
        import io
        open(p('e.txt'), 'w').close()
        w = open(p('e.txt'), 'w')
        r = open(p('e.txt'), 'rb')
        wb = open(p('e.txt'), 'wb')
        calls = [lambda: open(p('e.txt'), 'z'), lambda: open(p('e.txt'), 'rw'),
                 lambda: open(p('e.txt'), 'b'), lambda: open(p('e.txt'), 'rbt'),
                 lambda: open(p('e.txt'), 'rb', encoding='utf-8'), lambda: w.read(),
                 lambda: r.write(b'x'), lambda: w.write(b'x'), lambda: wb.write('x'),
                 lambda: open('.'), lambda: open(p('e.txt'), 'x'), lambda: open(1.5),
                 lambda: open(p('e.txt'), encoding='nope'), lambda: open(p('e.txt'), newline='x')]
        for call in calls:
            try:
                call()
            except io.UnsupportedOperation as e:
                print(type(e).__name__, e)
            except FileExistsError as e:
                print(type(e).__name__, str(e).split(':')[0])
            except (OSError, ValueError, TypeError, LookupError) as e:
                print(type(e).__name__, e)
        """));
  }

  @Test
  void decodeAndEncodeErrors() {
    assertEquals(
        "UnicodeDecodeError 'utf-8' codec can't decode byte 0xff in position 2: invalid start byte\n"
            + "'ok\\ufffdno'\n"
            + "UnicodeEncodeError 'ascii' codec can't encode character '\\xe9' in position 1: ordinal not in range(128)\n",
        run(
            """
        open(p('d.bin'), 'wb').write(b'ok\\xffno')
        try:
            open(p('d.bin')).read()
        except UnicodeDecodeError as e:
            print(type(e).__name__, e)
        print(ascii(open(p('d.bin'), errors='replace').read()))
        try:
            open(p('d.txt'), 'w', encoding='ascii').write('h\\u00e9')
        except UnicodeEncodeError as e:
            print(type(e).__name__, e)
        """));
  }

  @Test
  void seekTellAndTruncate() {
    assertEquals(
        "b'234' 5 6 b'6789' b'01' 2 b'01'\n",
        run(
            """
        with open(p('s.bin'), 'wb') as f:
            f.write(b'0123456789')
        with open(p('s.bin'), 'r+b') as f:
            f.seek(2)
            a = f.read(3)
            pos = f.tell()
            end = f.seek(-4, 2)
            b = f.read()
            f.seek(0)
            c = f.read(2)
            size = f.truncate()
        print(a, pos, end, b, c, size, open(p('s.bin'), 'rb').read())
        """));
  }

  @Test
  void readPlusWriteAndNewlineParameter() {
    assertEquals(
        "'ab\\r\\nc' ['a\\r\\n', 'b\\r', 'c\\n'] ['a\\r\\n', 'b\\rc\\n']\n",
        run(
            """
        with open(p('n.txt'), 'w', newline='\\r\\n') as f:
            f.write('ab\\nc')
        with open(p('n.txt'), 'r+', newline='') as f:
            s = f.read()
        with open(p('m.txt'), 'wb') as f:
            f.write(b'a\\r\\nb\\rc\\n')
        print(repr(s), open(p('m.txt'), newline='').readlines(), open(p('m.txt'), newline='\\n').readlines())
        """));
  }

  @Test
  void unclosedFileIsWrittenWhenFreed() {
    assertEquals(
        "'kept\\n'\n",
        run(
            """
        open(p('f.txt'), 'w').write('kept\\n')
        print(repr(open(p('f.txt')).read()))
        """));
  }

  // ---------------------------------------------------------------- the interpreter lock

  /**
   * Each system call runs with the lock released: opening, a read that fills the buffer, a write
   * that reaches the file, closing. Like CPython's buffered files, a write that only fills the
   * buffer makes no system call and keeps the lock.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "open(p('x.txt'))                          | 1",
        "r.read()                                  | 1",
        "r.readline()                              | 1",
        "r.read(3)                                 | 1",
        "rb.read()                                 | 1",
        "next(iter(r))                             | 1",
        "w.write('x')                              | 0",
        "w.write('x'); w.flush()                   | 1",
        "w.write('y' * 10000)                      | 1",
        "wb.write(b'z')                            | 0",
        "raw.write(b'z')                           | 1",
        "w.write('x'); w.close()                   | 2",
        "r.close()                                 | 1",
        "r.seek(0)                                 | 1",
      })
  void systemCallsReleaseTheLock(String call, int regions) throws IOException {
    Files.writeString(dir.resolve("x.txt"), "line one\nline two\n");
    String base =
        setup
            + """
        r = open(p('x.txt'))
        rb = open(p('x.txt'), 'rb')
        w = open(p('w.txt'), 'w')
        wb = open(p('wb.bin'), 'wb')
        raw = open(p('raw.bin'), 'wb', buffering=0)
        keep = [r, rb, w, wb, raw]
        """;
    // Dropping the files flushes and closes them without a blocking region.
    String teardown = "del r, rb, w, wb, raw, keep\n";
    long before = PyRun.run(base + teardown).blockingRegions();
    PyRun.Result r = PyRun.run(base + call + "\n" + teardown);
    assertEquals(0, r.status(), r.err());
    assertEquals(before + regions, r.blockingRegions(), call);
  }
}
