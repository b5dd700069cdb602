package dev.billsim.pricelist;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes read through it, for progress and error messages. */
final class CountingStream extends FilterInputStream {
  private final long[] count;

  CountingStream(InputStream in, long[] count) {
    super(in);
    this.count = count;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    count[0] += b < 0 ? 0 : 1;
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = super.read(b, off, len);
    count[0] += Math.max(0, n);
    return n;
  }
}
