package io.gilvm.bench;

import io.gilvm.compiler.Compiler;
import io.gilvm.object.PyCode;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The compiler (lexer, parser, symbol table, code generation, peephole pass) on a 5,500-line module
 * of functions with loops, comprehensions, f-strings and try/finally. The target: well under 0.5 s
 * for the whole module, warm.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar CompileBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CompileBenchmark {
  private String source;

  @Setup
  public void setUp() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 500; i++) {
      sb.append("def f")
          .append(i)
          .append("(a, b=2):\n")
          .append("    total = 0\n")
          .append("    for x in range(a):\n")
          .append("        if x % 2 and b:\n")
          .append("            total += x * b\n")
          .append("        else:\n")
          .append("            total -= len([y for y in a if y])\n")
          .append("    try:\n")
          .append("        return f'{total:>10}'\n")
          .append("    finally:\n")
          .append("        print(total, sep='')\n");
    }
    source = sb.toString();
  }

  @Benchmark
  public PyCode compileFiveThousandFiveHundredLines() {
    return Compiler.compile(source, "big.py");
  }
}
