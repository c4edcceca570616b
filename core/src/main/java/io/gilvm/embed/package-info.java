/**
 * Embedding gilvm in a Java program: build a {@link io.gilvm.embed.PythonInterpreter} under the
 * lock and memory strategy of your choice, run Python source in its {@code __main__} namespace,
 * read and set globals, call Python functions with Java arguments and get Java values back.
 *
 * <pre>{@code
 * try (PythonInterpreter py = PythonInterpreter.builder().lock("newgil").build()) {
 *   py.exec("def add(a, b):\n    return a + b\n");
 *   long three = (Long) py.call("add", 1, 2);
 * }
 * }</pre>
 *
 * <p>Values cross the boundary as follows. Java to Python: {@code null} to None, {@link
 * java.lang.Boolean} to bool, {@link java.lang.Byte}, {@link java.lang.Short}, {@link
 * java.lang.Integer}, {@link java.lang.Long} and {@link java.math.BigInteger} to int, {@link
 * java.lang.Float} and {@link java.lang.Double} to float, {@link java.lang.CharSequence} to str,
 * {@code byte[]} to bytes, a {@link java.util.List} or an array of objects to list, a {@link
 * java.util.Map} to dict, a {@link java.util.Set} to set, a {@link io.gilvm.embed.PyHandle} to the
 * object it holds; anything else is an IllegalArgumentException. Python to Java: None to {@code
 * null}, bool to {@link java.lang.Boolean}, int to {@link java.lang.Long} when it fits and {@link
 * java.math.BigInteger} when it does not, float to {@link java.lang.Double}, str to {@link
 * java.lang.String}, bytes and bytearray to {@code byte[]}, list and tuple to an unmodifiable
 * {@link java.util.List}, dict to an unmodifiable insertion-ordered {@link java.util.Map}, set and
 * frozenset to an unmodifiable {@link java.util.Set} (items converted in turn), and any other
 * object to a {@link io.gilvm.embed.PyHandle}. The {@code ...Handle} methods return a handle
 * whatever the object.
 *
 * <p>Threads: any Java thread may call into an interpreter, several at once. Each call attaches the
 * calling thread as an interpreter thread for its duration, taking and releasing the interpreter
 * lock exactly as a Python thread does (CPython's {@code PyGILState_Ensure} and {@code
 * PyGILState_Release}); under a global lock the calls' bytecode runs one thread at a time and the
 * lock's switch interval applies between them.
 */
package io.gilvm.embed;
