package io.gilvm.example.embedding;

import javax.script.Invocable;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;

/** gilvm through JSR-223 (javax.script), found by name with only gilvm's jars on the path. */
public final class Scripting {
  public static void main(String[] args) throws ScriptException, NoSuchMethodException {
    ScriptEngine engine = new ScriptEngineManager().getEngineByName("gilvm");
    engine.put("prices", java.util.List.of(3.5, 1.25, 4.0));
    engine.eval("def total(xs):\n    return sum(xs)\n");
    System.out.println("total: " + ((Invocable) engine).invokeFunction("total", engine.get("prices")));
    System.out.println("cheapest: " + engine.eval("min(prices)"));
    engine.eval("print('printed by Python')");
  }
}
