package io.crossfact.spark;

import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

/** Flat-maps lazily, one element at a time, so a partition is never held in memory. */
public final class FlatteningIterator<A, B> implements Iterator<B> {
  private final Iterator<A> in;
  private final Function<A, List<B>> f;
  private Iterator<B> current = java.util.Collections.emptyIterator();

  FlatteningIterator(Iterator<A> in, Function<A, List<B>> f) {
    this.in = in;
    this.f = f;
  }

  @Override
  public boolean hasNext() {
    while (!current.hasNext() && in.hasNext()) {
      current = f.apply(in.next()).iterator();
    }
    return current.hasNext();
  }

  @Override
  public B next() {
    if (!hasNext()) {
      throw new java.util.NoSuchElementException();
    }
    return current.next();
  }
}
