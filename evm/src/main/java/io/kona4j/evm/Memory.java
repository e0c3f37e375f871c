package io.kona4j.evm;

/** A frame's memory: a growable byte array, its size a multiple of 32 bytes, and the gas paid for that size. */
final class Memory {
    byte[] data = new byte[1024];
    long size;
    long cost;

    void reset() {
        if (size > 0) java.util.Arrays.fill(data, 0, (int) Math.min(size, data.length), (byte) 0);
        size = 0;
        cost = 0;
    }

    void grow(long newSize, long newCost) {
        if (newSize > data.length) {
            long cap = Math.max(newSize, (long) data.length * 2);
            data = java.util.Arrays.copyOf(data, (int) Math.min(cap, Integer.MAX_VALUE - 64));
        }
        size = newSize;
        cost = newCost;
    }
}
