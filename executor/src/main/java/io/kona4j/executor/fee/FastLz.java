package io.kona4j.executor.fee;

/**
 * The FastLZ (level 1) compressed size of a byte string, without producing the output: op-geth's
 * {@code FlzCompressLen}, which the Fjord L1 data fee and the Jovian DA footprint are defined on (PROTOCOL.md §2.3).
 * The arithmetic is op-geth's uint32 arithmetic; Java's {@code int} wraps the same way, and every comparison that
 * could see a wrapped value is unsigned.
 */
public final class FastLz {
    private static final int HASH_LOG = 13;
    private static final int HASH_SIZE = 1 << HASH_LOG;
    private static final int HASH_MASK = HASH_SIZE - 1;
    private static final int MAX_DISTANCE = 0x1fff;

    private FastLz() {}

    /** The length FastLZ level 1 would compress {@code ib} to. */
    public static int compressedLength(byte[] ib) {
        int[] ht = new int[HASH_SIZE];
        int n = 0;
        int a = 0;
        int len = ib.length;
        int ipLimit = len < 13 ? 0 : len - 13;
        int ip = a + 2;
        while (ip < ipLimit) {
            int r;
            int d;
            while (true) {
                int s = u24(ib, ip);
                int h = hash(s);
                r = ht[h];
                ht[h] = ip;
                d = ip - r;
                if (ip >= ipLimit) break;
                ip++;
                if (Integer.compareUnsigned(d, MAX_DISTANCE) <= 0 && s == u24(ib, r)) break;
            }
            if (ip >= ipLimit) break;
            ip--;
            if (ip > a) n += literals(ip - a);
            int l = matchLength(ib, r + 3, ip + 3, ipLimit + 9);
            n += match(l);
            ip += l;
            ht[hash(u24(ib, ip))] = ip;
            ip++;
            ht[hash(u24(ib, ip))] = ip;
            ip++;
            a = ip;
        }
        n += literals(len - a);
        return n;
    }

    private static int u24(byte[] ib, int i) {
        return (ib[i] & 0xff) | (ib[i + 1] & 0xff) << 8 | (ib[i + 2] & 0xff) << 16;
    }

    private static int hash(int v) {
        return ((-1640531527 * v) >>> 19) & HASH_MASK; // -1640531527 is 2654435769 as a uint32
    }

    /** op-geth's {@code cmp}: the index of the first mismatch plus one, or {@code e - q} when none is found. */
    private static int matchLength(byte[] ib, int p, int q, int e) {
        int end = e - q;
        int l = 0;
        while (l < end) {
            if (ib[p + l] != ib[q + l]) return l + 1;
            l++;
        }
        return l;
    }

    private static int literals(int r) {
        int n = 0x21 * (r / 0x20);
        r %= 0x20;
        if (r != 0) n += r + 1;
        return n;
    }

    private static int match(int l) {
        l--;
        return 3 * (l / 262) + (l % 262 >= 6 ? 3 : 2);
    }
}
