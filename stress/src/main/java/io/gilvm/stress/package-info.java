/**
 * The proof matrix: jcstress tests that drive the real interpreter under the real strategies, and
 * the runner that turns them into a table of which updates each configuration can lose.
 *
 * <p>How it works. A column is a {@link io.gilvm.stress.Hazard}: one jcstress test in {@code
 * io.gilvm.stress.tests} whose two actors are two interpreter threads running one statement on
 * shared Python objects (or, for reference counts, an incref and a decref). A row is a {@link
 * io.gilvm.stress.Row}: a {@link io.gilvm.stress.StressConfig} of lock, memory, checkpoint
 * placement and object locks, found from the strategies {@link java.util.ServiceLoader} sees. The
 * {@link io.gilvm.stress.ProofMatrix runner} runs every test under every row in one jcstress
 * session ({@link io.gilvm.stress.JcstressSession}), which forks each test once per row with the
 * row's spec in a system property; in the fork, {@link io.gilvm.stress.StressInterpreter} builds
 * one interpreter from it and lets jcstress's threads take and give back its lock around each
 * statement.
 *
 * <p>jcstress grades results against static {@code @Outcome}s, but whether a lost update is allowed
 * depends on the row. So each result starts with what the row promises about the hazard ({@link
 * io.gilvm.stress.Promise}: {@code safe}, {@code racy}, {@code unguarded}, {@code unsafe}, worked
 * out from what the strategies declare, {@link io.gilvm.stress.Guarantees}) and goes on with what
 * the sample saw: {@code "safe, n=1"} is FORBIDDEN, {@code "racy, n=1"} ACCEPTABLE_INTERESTING. A
 * cell of the report counts the interesting results of its test under its row, and is FAILED by any
 * forbidden one, or by a test that did not run.
 */
package io.gilvm.stress;
