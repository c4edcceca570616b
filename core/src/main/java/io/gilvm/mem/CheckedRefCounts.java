package io.gilvm.mem;

import io.gilvm.object.PyObject;
import io.gilvm.spi.Deallocator;
import io.gilvm.spi.ObjectHeader;
import io.gilvm.spi.RefCounts;
import io.gilvm.spi.ThreadHandle;
import io.gilvm.state.FatalError;
import io.gilvm.state.Interpreter;
import io.gilvm.state.ThreadState;

/**
 * Checked mode ({@code --check-memory}), around any memory strategy: touching an object after its
 * count reached zero — an incref, a decref, a load, a call — is a fatal error naming the object and
 * the thread that freed it. Free lists are off in this mode, so a freed object stays dead instead
 * of coming back as another value.
 */
public final class CheckedRefCounts implements RefCounts {
  private final RefCounts inner;
  private final Interpreter interp;

  public CheckedRefCounts(RefCounts inner, Interpreter interp) {
    this.inner = inner;
    this.interp = interp;
  }

  private void check(ObjectHeader o) {
    if (o.isDead()) {
      PyObject dead = (PyObject) o;
      ThreadState ts = ThreadState.current();
      throw FatalError.useAfterFree(ts, dead, interp.freedBy(dead));
    }
  }

  @Override
  public void incref(ObjectHeader o) {
    check(o);
    inner.incref(o);
  }

  @Override
  public boolean decref(ObjectHeader o) {
    check(o);
    return inner.decref(o);
  }

  @Override
  public long count(ObjectHeader o) {
    return inner.count(o);
  }

  /**
   * A reader that found {@code o} without its container's lock may find it dead: that is no use,
   * and is refused; a reference taken to a dead object would be one.
   */
  @Override
  public boolean tryIncref(ObjectHeader o) {
    if (o.isDead()) {
      return false;
    }
    boolean took = inner.tryIncref(o);
    if (took) {
      check(o);
    }
    return took;
  }

  @Override
  public boolean releaseUnique(ObjectHeader o) {
    check(o);
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
