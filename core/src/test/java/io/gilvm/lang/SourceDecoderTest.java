package io.gilvm.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Source bytes to text as CPython 3.11's tokenizer (PEP 263), with its messages. */
class SourceDecoderTest {

  private static byte[] bytes(String latin1) {
    return latin1.getBytes(StandardCharsets.ISO_8859_1);
  }

  @Test
  void undeclaredNonUtf8IsCPythonsSyntaxError() {
    var e =
        assertThrows(
            SourceDecoder.EncodingError.class,
            () -> SourceDecoder.decode(bytes("print(1)\nx = \"\u00ff\"\n"), "bad.py"));
    assertEquals(
        "Non-UTF-8 code starting with '\\xff' in file bad.py on line 2, but no encoding declared;"
            + " see https://peps.python.org/pep-0263/ for details",
        e.getMessage());
  }

  @Test
  void aTruncatedSequenceIsReportedWhereItStarts() {
    var e =
        assertThrows(
            SourceDecoder.EncodingError.class,
            () -> SourceDecoder.decode(bytes("x = 1\nprint(\"\u00c3\")\n"), "t.py"));
    assertEquals(
        "Non-UTF-8 code starting with '\\xc3' in file t.py on line 2, but no encoding declared;"
            + " see https://peps.python.org/pep-0263/ for details",
        e.getMessage());
  }

  @Test
  void aDeclarationOnTheFirstOrSecondLineIsHonoured() throws Exception {
    assertEquals(
        "# -*- coding: latin-1 -*-\nx = \"\u00e9\"\n",
        SourceDecoder.decode(bytes("# -*- coding: latin-1 -*-\nx = \"\u00e9\"\n"), "a.py"));
    assertEquals(
        "#!/usr/bin/env python3\n# vim: set fileencoding=iso-8859-1 :\nprint(\"\u00e9\")\n",
        SourceDecoder.decode(
            bytes(
                "#!/usr/bin/env python3\n# vim: set fileencoding=iso-8859-1 :\nprint(\"\u00e9\")\n"),
            "b.py"));
  }

  @Test
  void aDeclarationAfterCodeIsNotOne() {
    var e =
        assertThrows(
            SourceDecoder.EncodingError.class,
            () ->
                SourceDecoder.decode(
                    bytes("print(1)\n# coding: latin-1\nprint(\"\u00e9\")\n"), "c.py"));
    assertEquals(
        "Non-UTF-8 code starting with '\\xe9' in file c.py on line 3, but no encoding declared;"
            + " see https://peps.python.org/pep-0263/ for details",
        e.getMessage());
  }

  @Test
  void anUnknownEncodingIsAnEncodingProblem() {
    var e =
        assertThrows(
            SourceDecoder.EncodingError.class,
            () -> SourceDecoder.decode(bytes("# coding: xyz\nprint(1)\n"), "u.py"));
    assertEquals("encoding problem: xyz", e.getMessage());
  }

  @Test
  void aByteOrderMarkIsDropped() throws Exception {
    assertEquals(
        "print(1)\n", SourceDecoder.decode(bytes("\u00ef\u00bb\u00bfprint(1)\n"), "bom.py"));
  }
}
