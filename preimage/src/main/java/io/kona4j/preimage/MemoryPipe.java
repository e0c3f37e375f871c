package io.kona4j.preimage;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/** One direction of an in-memory pipe: a bounded ring buffer with blocking reads and writes, like an OS pipe. */
final class MemoryPipe {
    private final byte[] ring;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition readable = lock.newCondition();
    private final Condition writable = lock.newCondition();
    private final String name;
    private int head;
    private int size;
    private boolean writerClosed;
    private boolean readerClosed;

    MemoryPipe(String name, int capacity) {
        this.name = name;
        this.ring = new byte[capacity];
    }

    int read(byte[] buf, int off, int len) {
        if (len == 0) return 0;
        lock.lock();
        try {
            while (size == 0) {
                if (readerClosed) throw new ChannelClosedException("in-memory pipe " + name + " was closed by its reader");
                if (writerClosed) throw new ChannelClosedException("in-memory pipe " + name + " reached end of stream");
                awaitSignal(readable);
            }
            int n = Math.min(len, size);
            int first = Math.min(n, ring.length - head);
            System.arraycopy(ring, head, buf, off, first);
            System.arraycopy(ring, 0, buf, off + first, n - first);
            head = (head + n) % ring.length;
            size -= n;
            writable.signalAll();
            return n;
        } finally {
            lock.unlock();
        }
    }

    void write(byte[] buf, int off, int len) {
        lock.lock();
        try {
            int done = 0;
            while (done < len) {
                if (writerClosed) throw new ChannelClosedException("in-memory pipe " + name + " was closed by its writer");
                if (readerClosed) throw new ChannelClosedException("in-memory pipe " + name + " has no reader (broken pipe)");
                if (size == ring.length) {
                    awaitSignal(writable);
                    continue;
                }
                int tail = (head + size) % ring.length;
                int n = Math.min(len - done, Math.min(ring.length - size, ring.length - tail));
                System.arraycopy(buf, off + done, ring, tail, n);
                size += n;
                done += n;
                readable.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    void closeWriter() {
        lock.lock();
        try {
            writerClosed = true;
            readable.signalAll();
            writable.signalAll();
        } finally {
            lock.unlock();
        }
    }

    void closeReader() {
        lock.lock();
        try {
            readerClosed = true;
            readable.signalAll();
            writable.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Waits for the other side; an interrupt ends the wait as a closed channel, with the flag restored. */
    private static void awaitSignal(Condition c) {
        try {
            c.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChannelClosedException("interrupted while waiting on an in-memory pipe", e);
        }
    }
}
