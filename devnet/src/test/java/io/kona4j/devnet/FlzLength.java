package io.kona4j.devnet;

/**
 * op-geth's {@code FlzCompressLen} written from the sketch in PROTOCOL.md §2.3 (uint32 arithmetic), for the tests'
 * own computation of the Fjord L1 fee and the Jovian DA footprint.
 */
final class FlzLength {
    private FlzLength() {}

    static int of(byte[] ib) {
        int[] n = {0};
        int[] ht = new int[8192];
        int len = ib.length;
        int a = 0;
        int ipLimit = len < 13 ? 0 : len - 13;
        int ip = a + 2;
        while (ip < ipLimit) {
            int r;
            int d;
            int s;
            while (true) {
                s = u24(ib, ip);
                int h = hash(s);
                r = ht[h];
                ht[h] = ip;
                d = ip - r;
                if (ip >= ipLimit) break;
                ip++;
                if (d <= 0x1fff && s == u24(ib, r)) break;
            }
            if (ip >= ipLimit) break;
            ip--;
            if (ip > a) literals(n, ip - a);
            int l = cmp(ib, r + 3, ip + 3, ipLimit + 9);
            match(n, l);
            ht[hash(u24(ib, ip + l))] = ip + l;
            ip = ip + l + 1;
            ht[hash(u24(ib, ip))] = ip;
            ip++;
            a = ip;
        }
        literals(n, len - a);
        return n[0];
    }

    private static int u24(byte[] b, int i) {
        return (b[i] & 0xff) | (b[i + 1] & 0xff) << 8 | (b[i + 2] & 0xff) << 16;
    }

    private static int hash(int v) {
        return (int) (((2654435769L * (v & 0xffffffffL)) & 0xffffffffL) >>> 19) & 0x1fff;
    }

    private static void literals(int[] n, int r) {
        n[0] += 0x21 * (r / 0x20);
        r %= 0x20;
        if (r != 0) n[0] += r + 1;
    }

    private static void match(int[] n, int l) {
        l--;
        n[0] += 3 * (l / 262);
        n[0] += (l % 262 >= 6) ? 3 : 2;
    }

    /** Go: {@code for l, e = 0, e-q; l < e; l++ { if b[p+l] != b[q+l] { e = 0 } }; return l}. */
    private static int cmp(byte[] b, int p, int q, int e) {
        int l = 0;
        for (e -= q; l < e; l++) {
            if (b[p + l] != b[q + l]) e = 0;
        }
        return l;
    }
}
