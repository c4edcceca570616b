package io.gilvm.compiler;

import io.gilvm.lang.Node;
import io.gilvm.lang.PySyntaxError;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * CPython's bound on how deeply a program's statements and expressions may nest: its compiler
 * passes recurse on the tree and give up past three times the recursion limit ({@code
 * COMPILER_STACK_FRAME_SCALE} times 1000), with {@code RecursionError: maximum recursion depth
 * exceeded during compilation}. gilvm's passes recurse too; checking the depth first, without
 * recursing, makes the limit CPython's and keeps an absurd program from using the Java stack and
 * heap for minutes before it fails.
 */
final class NestingDepth {
  private NestingDepth() {}

  /** The deepest statement or expression allowed, counting the module's statements as 1. */
  static final int LIMIT = 3 * 1000;

  /** Each record type's component accessors, found once. */
  private static final ClassValue<MethodHandle[]> COMPONENTS =
      new ClassValue<>() {
        @Override
        protected MethodHandle[] computeValue(Class<?> type) {
          RecordComponent[] rc = type.getRecordComponents();
          List<MethodHandle> getters = new ArrayList<>();
          for (RecordComponent c : rc) {
            Class<?> t = c.getType();
            if (t.isPrimitive() || t == String.class || t.isEnum()) {
              continue;
            }
            try {
              getters.add(MethodHandles.lookup().unreflect(c.getAccessor()));
            } catch (IllegalAccessException e) {
              throw new IllegalStateException(e);
            }
          }
          return getters.toArray(new MethodHandle[0]);
        }
      };

  private record Entry(Object value, int depth) {}

  /** Throws CPython's RecursionError when {@code m} nests deeper than {@link #LIMIT}. */
  static void check(Node.Module m, String filename) {
    ArrayDeque<Entry> todo = new ArrayDeque<>();
    todo.push(new Entry(m, 0));
    while (!todo.isEmpty()) {
      Entry e = todo.pop();
      Object v = e.value();
      int depth = e.depth();
      if (v instanceof Node.Stmt || v instanceof Node.Expr) {
        depth++;
        if (depth > LIMIT) {
          throw new PySyntaxError(
              "RecursionError",
              "maximum recursion depth exceeded during compilation",
              filename,
              1,
              0,
              null);
        }
      }
      if (v instanceof Collection<?> c) {
        for (Object o : c) {
          todo.push(new Entry(o, depth));
        }
      } else if (v instanceof Record r) {
        for (MethodHandle h : COMPONENTS.get(r.getClass())) {
          Object child;
          try {
            child = h.invoke(r);
          } catch (Throwable t) {
            throw new IllegalStateException(t);
          }
          if (child != null) {
            todo.push(new Entry(child, depth));
          }
        }
      }
    }
  }
}
