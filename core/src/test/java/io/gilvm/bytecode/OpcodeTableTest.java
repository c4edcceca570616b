package io.gilvm.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The opcode table is the one place that says what an instruction is: every opcode constant has a
 * row, the rows agree with the encoding, and the eval loop has a handler for every row.
 */
class OpcodeTableTest {
  private static final Set<String> NOT_OPCODES =
      Set.of("HAVE_ARGUMENT", "MAX", "HANDLER_PUSH", "CP_NEVER", "CP_CALL", "CP_BACKWARD_JUMP");

  private static Set<String> constants() throws IllegalAccessException {
    Set<String> names = new TreeSet<>();
    for (Field f : Opcode.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers())
          && f.getType() == int.class
          && !NOT_OPCODES.contains(f.getName())) {
        names.add(f.getName());
        Opcode.Info row = Opcode.info(f.getInt(null));
        assertNotNull(row, f.getName() + " has no row in the opcode table");
        assertEquals(f.getName(), row.name());
      }
    }
    return names;
  }

  @Test
  void everyOpcodeConstantHasARowAndEveryRowAConstant() throws IllegalAccessException {
    Set<String> constants = constants();
    Set<String> rows = new TreeSet<>();
    for (Opcode.Info i : Opcode.all()) {
      rows.add(i.name());
    }
    assertEquals(constants, rows);
    assertTrue(rows.size() > 80, "only " + rows.size() + " opcodes");
  }

  @Test
  void argumentKindsAgreeWithTheEncoding() {
    for (Opcode.Info i : Opcode.all()) {
      assertEquals(
          i.code() >= Opcode.HAVE_ARGUMENT,
          i.arg() != Opcode.Arg.NONE,
          i.name() + ": opcodes from HAVE_ARGUMENT up take an argument, the others none");
      assertTrue(i.code() <= Opcode.MAX, i.name() + " is above MAX");
    }
  }

  @Test
  void instructionsThatEndABlockAreJumpsReturnsAndRaises() {
    List<String> ends = new ArrayList<>();
    for (Opcode.Info i : Opcode.all()) {
      if (!i.fallsThrough()) {
        ends.add(i.name());
      }
    }
    assertEquals(
        List.of("RERAISE", "RETURN_VALUE", "JUMP_FORWARD", "JUMP_ABSOLUTE", "RAISE_VARARGS"), ends);
  }

  /**
   * CPython 2's ticks skip LOAD_FAST, LOAD_CONST, STORE_FAST and NOP; CPython 3.10+ checks the eval
   * breaker at calls and backward jumps. The table is where the eval loop reads this.
   */
  @Test
  void checkpointClassesAreCPythons() {
    Set<String> never = new TreeSet<>();
    Set<String> calls = new TreeSet<>();
    Set<String> backward = new TreeSet<>();
    for (Opcode.Info i : Opcode.all()) {
      switch (i.checkpoint()) {
        case NEVER -> never.add(i.name());
        case CALL -> calls.add(i.name());
        case BACKWARD_JUMP -> backward.add(i.name());
        case EVERY -> {}
      }
      assertEquals(i.checkpoint().ordinal(), Opcode.checkpoint(i.code()), i.name());
    }
    assertEquals(
        Set.of("LOAD_FAST", "LOAD_CONST", "STORE_FAST", "NOP", "RETURN_VALUE", "YIELD_VALUE"),
        never);
    assertEquals(
        Set.of("CALL_FUNCTION", "CALL_METHOD", "CALL_FUNCTION_KW", "CALL_FUNCTION_EX"), calls);
    assertEquals(Set.of("JUMP_ABSOLUTE"), backward);
  }

  /** An opcode added to the table without a case in the eval loop fails here, not at run time. */
  @Test
  void theEvalLoopHandlesEveryOpcode() throws IOException {
    Path evalPackage = Path.of("src/main/java/io/gilvm/eval");
    Path eval = evalPackage.resolve("Eval.java");
    Path support = evalPackage.resolve("EvalSupport.java");
    assertTrue(Files.isRegularFile(eval), "no " + eval.toAbsolutePath());
    assertTrue(Files.isRegularFile(support), "no " + support.toAbsolutePath());
    String source = Files.readString(eval) + Files.readString(support);
    List<String> missing = new ArrayList<>();
    for (Opcode.Info i : Opcode.all()) {
      if (!source.contains("case Opcode." + i.name() + ":")) {
        missing.add(i.name());
      }
    }
    assertTrue(missing.isEmpty(), "no handler in the eval loop for " + missing);
  }

  @Test
  void stackEffectsDependOnArgumentAndJump() {
    assertEquals(1, Opcode.stackEffect(Opcode.FOR_ITER, 0, false));
    assertEquals(-1, Opcode.stackEffect(Opcode.FOR_ITER, 0, true));
    assertEquals(Opcode.HANDLER_PUSH, Opcode.stackEffect(Opcode.SETUP_FINALLY, 10, true));
    assertEquals(-3, Opcode.stackEffect(Opcode.CALL_METHOD, 2, false));
    assertEquals(1 - 2 * 3, Opcode.stackEffect(Opcode.BUILD_MAP, 3, false));
    assertFalse(Opcode.isRelativeJump(Opcode.JUMP_ABSOLUTE));
    assertTrue(Opcode.isAbsoluteJump(Opcode.JUMP_ABSOLUTE));
    assertEquals("<7>", Opcode.name(7));
  }
}
