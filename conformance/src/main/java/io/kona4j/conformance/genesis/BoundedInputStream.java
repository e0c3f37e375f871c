package io.kona4j.conformance.genesis;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Fails once more than {@code limit} bytes have been read, so a decompression bomb cannot fill the heap. */
final class BoundedInputStream extends FilterInputStream {
    private final long limit;
    private final String what;
    private long count;

    BoundedInputStream(InputStream in, long limit, String what) {
        super(in);
        this.limit = limit;
        this.what = what;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) count(1);
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) count(n);
        return n;
    }

    private void count(long n) throws IOException {
        count += n;
        if (count > limit) throw new IOException(what + " decompresses to more than " + limit + " bytes");
    }
}
