package io.gilvm.mem;

import io.gilvm.object.PyBaseException;
import io.gilvm.object.PyModule;
import io.gilvm.object.PyObject;
import io.gilvm.object.PyType;
import io.gilvm.spi.Deallocator;
import io.gilvm.spi.ObjectHeader;
import io.gilvm.spi.RefCounts;
import io.gilvm.spi.ThreadHandle;
import io.gilvm.state.Interpreter;
import io.gilvm.state.ThreadState;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.jctools.queues.atomic.MpscUnboundedAtomicArrayQueue;

/**
 * The leak report ({@code --leaks}): at exit, after every root is released, the objects whose
 * reference counts never reached zero, counted by type.
 *
 * <p>Every object is recorded the first time it is counted ({@link Counting}, around the memory
 * strategy). At exit, {@link #report} releases the roots — each module's globals, the attributes of
 * the classes the program defined (classes live as long as the program), and the exception objects
 * the runtime keeps for every exception raised — and then looks at what is still alive. Among
 * those, a reference held by another leaked object (a list's items, a dict's entries, an instance's
 * attributes: {@link PyObject#traverse}) is explained; an object with more references than that has
 * a count too high, a lost decref. Whatever is reachable from such objects leaked because of them;
 * what is left is held only in reference cycles, which pure reference counting never frees either
 * (CPython's cycle collector would).
 *
 * <p>Concurrency: objects are recorded from every interpreter thread into a lock-free queue that
 * nobody reads until the report (many producers, one consumer: a JCTools MPSC queue, which stores
 * them in chunks of slots rather than a node each); the report runs on the main thread once all
 * other threads have finished, and drains it.
 */
public final class LeakTracker {
  private final MpscUnboundedAtomicArrayQueue<PyObject> counted =
      new MpscUnboundedAtomicArrayQueue<>(1024);
  private final ConcurrentLinkedQueue<PyObject> raised = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<PyType> classes = new ConcurrentLinkedQueue<>();

  /** The memory strategy's counts, recording each object the first time it is counted. */
  public RefCounts wrap(RefCounts inner) {
    return new Counting(inner, this);
  }

  /** An exception object the runtime holds a reference to for as long as it runs. */
  public void raised(PyBaseException e) {
    raised.add(e);
  }

  /** A class the program defined: it keeps its attributes until exit. */
  public void definedClass(PyType t) {
    classes.add(t);
  }

  /** What {@link #report} found. */
  public record Report(int leaked, int inCycles, Map<String, Integer> byType) {
    /** The lines printed at exit. */
    public List<String> lines() {
      if (leaked == 0) {
        return List.of("gilvm: no objects leaked");
      }
      StringBuilder sb = new StringBuilder();
      sb.append(leaked)
          .append(leaked == 1 ? " object" : " objects")
          .append(" leaked (reference counts that never reached zero): ");
      List<Map.Entry<String, Integer>> types = new ArrayList<>(byType.entrySet());
      types.sort(
          (a, b) ->
              b.getValue() - a.getValue() != 0
                  ? b.getValue() - a.getValue()
                  : a.getKey().compareTo(b.getKey()));
      for (int i = 0; i < types.size(); i++) {
        if (i > 0) {
          sb.append(", ");
        }
        sb.append(types.get(i).getValue()).append(' ').append(types.get(i).getKey());
      }
      List<String> out = new ArrayList<>();
      out.add("gilvm: " + sb);
      if (inCycles > 0) {
        out.add(
            "gilvm: "
                + inCycles
                + " of them only in reference cycles, which CPython's cycle"
                + " collector would free");
      }
      return out;
    }
  }

  /**
   * Releases the roots and counts what stays alive. Called once, by the main thread, after the
   * other threads finished and before it detaches.
   */
  public Report report(Interpreter interp, ThreadState ts) {
    // __main__ first, as CPython tears modules down, then the others.
    // Every module, including those whose import failed (no longer in sys.modules).
    Set<PyModule> all = Collections.newSetFromMap(new IdentityHashMap<>());
    all.addAll(interp.importer.madeModules());
    for (PyObject m : interp.modules().valueArray()) {
      if (m instanceof PyModule pm) {
        all.add(pm);
      }
    }
    List<PyModule> modules = new ArrayList<>(all);
    modules.sort(
        (a, b) -> Boolean.compare(!a.name().equals("__main__"), !b.name().equals("__main__")));
    for (PyModule m : modules) {
      m.dict().clear();
    }
    interp.signals.releaseHandlers(ts);
    interp.modules().clear();
    for (PyType t; (t = classes.poll()) != null; ) {
      t.releaseAttributes();
    }
    // Freeing can run code (a suspended generator is closed) that raises and reads again.
    do {
      ts.releaseTracebackFrames();
      for (PyObject e; (e = raised.poll()) != null; ) {
        Refs.decref(ts, e);
      }
      ts.sections.releaseKept(ts);
      ts.refs.checkpoint(ts.handle, ts.deallocator);
    } while (!raised.isEmpty() || ts.sections.hasKept());

    // What an immortal object holds lives as long as it does (sys.version_info, say, once
    // sys.implementation made it immortal): not a leak.
    List<PyObject> recorded = new ArrayList<>(counted.size());
    // Not drain(Consumer): on an unbounded JCTools queue it takes at most 4,096 elements.
    for (PyObject o; (o = counted.poll()) != null; ) {
      recorded.add(o);
    }
    Set<PyObject> permanent = Collections.newSetFromMap(new IdentityHashMap<>());
    ArrayDeque<PyObject> todo = new ArrayDeque<>();
    for (PyObject o : recorded) {
      if (o.isImmortal() && permanent.add(o)) {
        todo.add(o);
      }
    }
    while (!todo.isEmpty()) {
      todo.poll()
          .traverse(
              r -> {
                if (permanent.add(r)) {
                  todo.add(r);
                }
              });
    }
    Set<PyObject> alive = Collections.newSetFromMap(new IdentityHashMap<>());
    for (PyObject o : recorded) {
      if (permanent.contains(o)) {
        continue;
      }
      // A count of zero is an object dropped while floating: not referenced, so not leaked
      // (what it holds is, if it was never released, and shows up by its own count).
      if (!o.isDead() && !o.isImmortal() && ts.refs.count(o) > 0) {
        alive.add(o);
      }
    }
    Map<PyObject, Integer> inner = new IdentityHashMap<>();
    for (PyObject o : alive) {
      o.traverse(
          r -> {
            if (alive.contains(r)) {
              inner.merge(r, 1, Integer::sum);
            }
          });
    }
    // Objects with references from outside the leaked set (counts too high), and what they hold.
    Set<PyObject> explained = Collections.newSetFromMap(new IdentityHashMap<>());
    ArrayDeque<PyObject> work = new ArrayDeque<>();
    for (PyObject o : alive) {
      if (ts.refs.count(o) > inner.getOrDefault(o, 0) && explained.add(o)) {
        work.add(o);
      }
    }
    while (!work.isEmpty()) {
      work.poll()
          .traverse(
              r -> {
                if (alive.contains(r) && explained.add(r)) {
                  work.add(r);
                }
              });
    }
    Map<String, Integer> byType = new TreeMap<>();
    for (PyObject o : alive) {
      byType.merge(o.type().name(), 1, Integer::sum);
    }
    return new Report(alive.size(), alive.size() - explained.size(), byType);
  }

  /** Records every object the first time it is counted; otherwise the strategy's own counts. */
  private static final class Counting implements RefCounts {
    private final RefCounts inner;
    private final LeakTracker tracker;

    Counting(RefCounts inner, LeakTracker tracker) {
      this.inner = inner;
      this.tracker = tracker;
    }

    @Override
    public void incref(ObjectHeader h) {
      PyObject o = (PyObject) h;
      if (!o.leakTracked && !o.isImmortal()) {
        // Two threads may both record it; the report counts each object once.
        o.leakTracked = true;
        tracker.counted.add(o);
      }
      inner.incref(o);
    }

    @Override
    public boolean decref(ObjectHeader o) {
      return inner.decref(o);
    }

    @Override
    public boolean tryIncref(ObjectHeader o) {
      return inner.tryIncref(o);
    }

    @Override
    public long count(ObjectHeader o) {
      return inner.count(o);
    }

    @Override
    public boolean releaseUnique(ObjectHeader o) {
      return inner.releaseUnique(o);
    }

    @Override
    public boolean hasExactly(ObjectHeader o, long n) {
      return inner.hasExactly(o, n);
    }

    @Override
    public void attach(ThreadHandle thread) {
      inner.attach(thread);
    }

    @Override
    public void revive(ObjectHeader o) {
      inner.revive(o);
    }

    @Override
    public void checkpoint(ThreadHandle thread, Deallocator dealloc) {
      inner.checkpoint(thread, dealloc);
    }

    @Override
    public void detach(ThreadHandle thread, Deallocator dealloc) {
      inner.detach(thread, dealloc);
    }
  }
}
