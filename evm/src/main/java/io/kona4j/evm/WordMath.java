package io.kona4j.evm;

/**
 * 256-bit arithmetic in place on the interpreter's operand stack: a slot is four {@code long} limbs at
 * {@code s[i..i+3]}, least significant first. Division uses Knuth's algorithm D over 32-bit digits with scratch
 * arrays owned by the instance, so nothing is allocated per operation. One instance per interpreter (not
 * thread-safe).
 */
final class WordMath {
    private static final long MASK = 0xFFFFFFFFL;

    private final int[] u = new int[17];
    private final int[] v = new int[8];
    private final int[] q = new int[16];
    private final int[] r = new int[8];
    private final int[] un = new int[18];
    private final int[] vn = new int[8];
    private final long[] prod = new long[8];
    private final long[] t4 = new long[4];
    private final long[] base = new long[4];

    // ---- multiplication ---------------------------------------------------------------------------------------

    /** out[o..o+3] = (a * b) mod 2^256, a at s[a..], b at s[b..]; out may alias either. */
    static void mul(long[] s, int a, long[] t, int b, long[] out, int o) {
        long a0 = s[a], a1 = s[a + 1], a2 = s[a + 2], a3 = s[a + 3];
        long b0 = t[b], b1 = t[b + 1], b2 = t[b + 2], b3 = t[b + 3];
        long r0 = a0 * b0;
        long h = Math.unsignedMultiplyHigh(a0, b0);
        // column 1
        long l10 = a1 * b0, h10 = Math.unsignedMultiplyHigh(a1, b0);
        long l01 = a0 * b1, h01 = Math.unsignedMultiplyHigh(a0, b1);
        long r1 = h + l10;
        long c2 = Long.compareUnsigned(r1, l10) < 0 ? 1 : 0;
        long x = r1 + l01;
        c2 += Long.compareUnsigned(x, l01) < 0 ? 1 : 0;
        r1 = x;
        // column 2
        long l20 = a2 * b0, h20 = Math.unsignedMultiplyHigh(a2, b0);
        long l11 = a1 * b1, h11 = Math.unsignedMultiplyHigh(a1, b1);
        long l02 = a0 * b2, h02 = Math.unsignedMultiplyHigh(a0, b2);
        long r2 = c2;
        long c3 = 0;
        x = r2 + h10; c3 += Long.compareUnsigned(x, h10) < 0 ? 1 : 0; r2 = x;
        x = r2 + h01; c3 += Long.compareUnsigned(x, h01) < 0 ? 1 : 0; r2 = x;
        x = r2 + l20; c3 += Long.compareUnsigned(x, l20) < 0 ? 1 : 0; r2 = x;
        x = r2 + l11; c3 += Long.compareUnsigned(x, l11) < 0 ? 1 : 0; r2 = x;
        x = r2 + l02; c3 += Long.compareUnsigned(x, l02) < 0 ? 1 : 0; r2 = x;
        // column 3 (wrapping)
        long r3 = c3 + h20 + h11 + h02 + a3 * b0 + a2 * b1 + a1 * b2 + a0 * b3;
        out[o] = r0;
        out[o + 1] = r1;
        out[o + 2] = r2;
        out[o + 3] = r3;
    }

    /** The full 512-bit product of a and b into {@link #prod}. */
    private void mulFull(long[] s, int a, int b) {
        long[] p = prod;
        java.util.Arrays.fill(p, 0);
        for (int i = 0; i < 4; i++) {
            long ai = s[a + i];
            if (ai == 0) continue;
            long carry = 0;
            for (int j = 0; j < 4; j++) {
                long bj = s[b + j];
                long lo = ai * bj;
                long hi = Math.unsignedMultiplyHigh(ai, bj);
                long sum = p[i + j] + lo;
                if (Long.compareUnsigned(sum, lo) < 0) hi++;
                long sum2 = sum + carry;
                if (Long.compareUnsigned(sum2, carry) < 0) hi++;
                p[i + j] = sum2;
                carry = hi;
            }
            p[i + 4] = carry;
        }
    }

    // ---- division -----------------------------------------------------------------------------------------------

    private static int toDigits(long[] s, int off, int limbs, int[] d) {
        int n = 0;
        for (int i = 0; i < limbs; i++) {
            d[2 * i] = (int) s[off + i];
            d[2 * i + 1] = (int) (s[off + i] >>> 32);
        }
        n = 2 * limbs;
        while (n > 0 && d[n - 1] == 0) n--;
        return n;
    }

    /**
     * Divides the m-digit number in {@link #u} by the n-digit number in {@link #v} (n ≥ 1, v[n-1] ≠ 0, m ≥ n):
     * quotient into {@link #q} (m-n+1 digits), remainder into {@link #r} (n digits). Hacker's Delight divmnu.
     */
    private void divmnu(int m, int n) {
        if (n == 1) {
            long d = v[0] & MASK;
            long k = 0;
            for (int j = m - 1; j >= 0; j--) {
                long cur = (k << 32) | (u[j] & MASK);
                q[j] = (int) Long.divideUnsigned(cur, d);
                k = Long.remainderUnsigned(cur, d);
            }
            r[0] = (int) k;
            return;
        }
        int sh = Integer.numberOfLeadingZeros(v[n - 1]);
        for (int i = n - 1; i > 0; i--) vn[i] = (v[i] << sh) | (int) ((v[i - 1] & MASK) >>> (32 - sh));
        vn[0] = v[0] << sh;
        un[m] = (int) ((u[m - 1] & MASK) >>> (32 - sh));
        for (int i = m - 1; i > 0; i--) un[i] = (u[i] << sh) | (int) ((u[i - 1] & MASK) >>> (32 - sh));
        un[0] = u[0] << sh;
        long vTop = vn[n - 1] & MASK;
        long vNext = vn[n - 2] & MASK;
        for (int j = m - n; j >= 0; j--) {
            long num = ((un[j + n] & MASK) << 32) | (un[j + n - 1] & MASK);
            long qhat = Long.divideUnsigned(num, vTop);
            long rhat = Long.remainderUnsigned(num, vTop);
            while (qhat >= (1L << 32)
                    || Long.compareUnsigned(qhat * vNext, (rhat << 32) | (un[j + n - 2] & MASK)) > 0) {
                qhat--;
                rhat += vTop;
                if (rhat >= (1L << 32)) break;
            }
            long k = 0;
            long t;
            for (int i = 0; i < n; i++) {
                long p = qhat * (vn[i] & MASK);
                t = (un[i + j] & MASK) - k - (p & MASK);
                un[i + j] = (int) t;
                k = (p >>> 32) - (t >> 32);
            }
            t = (un[j + n] & MASK) - k;
            un[j + n] = (int) t;
            q[j] = (int) qhat;
            if (t < 0) {
                q[j]--;
                k = 0;
                for (int i = 0; i < n; i++) {
                    t = (un[i + j] & MASK) + (vn[i] & MASK) + k;
                    un[i + j] = (int) t;
                    k = t >>> 32;
                }
                un[j + n] += (int) k;
            }
        }
        for (int i = 0; i < n - 1; i++) {
            r[i] = (un[i] >>> sh) | (int) ((un[i + 1] & MASK) << (32 - sh));
        }
        r[n - 1] = un[n - 1] >>> sh;
    }

    private static void fromDigits(int[] d, int n, long[] out, int o) {
        for (int i = 0; i < 4; i++) {
            long lo = 2 * i < n ? d[2 * i] & MASK : 0;
            long hi = 2 * i + 1 < n ? d[2 * i + 1] & MASK : 0;
            out[o + i] = lo | (hi << 32);
        }
    }

    /**
     * a at s[a..] divided by b at s[b..]: quotient (wantRemainder false) or remainder into s[b..]. Division by zero
     * gives zero (EVM rule).
     */
    void divMod(long[] s, int a, int b, boolean wantRemainder) {
        if ((s[b + 1] | s[b + 2] | s[b + 3]) == 0) {
            long d = s[b];
            if (d == 0) {
                s[b] = 0;
                return;
            }
            if ((s[a + 1] | s[a + 2] | s[a + 3]) == 0) {
                s[b] = wantRemainder ? Long.remainderUnsigned(s[a], d) : Long.divideUnsigned(s[a], d);
                return;
            }
        }
        if (compare(s, a, s, b) < 0) {
            if (wantRemainder) {
                s[b] = s[a];
                s[b + 1] = s[a + 1];
                s[b + 2] = s[a + 2];
                s[b + 3] = s[a + 3];
            } else {
                s[b] = s[b + 1] = s[b + 2] = s[b + 3] = 0;
            }
            return;
        }
        int m = toDigits(s, a, 4, u);
        int n = toDigits(s, b, 4, v);
        divmnu(m, n);
        if (wantRemainder) fromDigits(r, n, s, b);
        else fromDigits(q, m - n + 1, s, b);
    }

    /** Remainder of the 512-bit {@link #prod} (or a 257-bit sum held there) modulo n at s[nOff..], into s[out..]. */
    private void modProd(long[] s, int nOff, int out) {
        int m = 0;
        for (int i = 0; i < 8; i++) {
            u[2 * i] = (int) prod[i];
            u[2 * i + 1] = (int) (prod[i] >>> 32);
        }
        m = 16;
        while (m > 0 && u[m - 1] == 0) m--;
        int n = toDigits(s, nOff, 4, v);
        if (m < n) {
            for (int i = 0; i < 4; i++) s[out + i] = prod[i];
            return;
        }
        divmnu(m, n);
        fromDigits(r, n, s, out);
    }

    /** ADDMOD: (a + b) mod n with a, b, n at s[a], s[a-4], s[a-8]; result into s[a-8]. */
    void addMod(long[] s, int a) {
        int b = a - 4, n = a - 8;
        if ((s[n] | s[n + 1] | s[n + 2] | s[n + 3]) == 0) return;
        long carry = 0;
        java.util.Arrays.fill(prod, 0);
        for (int i = 0; i < 4; i++) {
            long x = s[a + i], y = s[b + i];
            long sum = x + y;
            long c1 = Long.compareUnsigned(sum, x) < 0 ? 1 : 0;
            long sum2 = sum + carry;
            long c2 = Long.compareUnsigned(sum2, sum) < 0 ? 1 : 0;
            prod[i] = sum2;
            carry = c1 + c2;
        }
        prod[4] = carry;
        modProd(s, n, n);
    }

    /** MULMOD: (a · b) mod n with a, b, n at s[a], s[a-4], s[a-8]; result into s[a-8]. */
    void mulMod(long[] s, int a) {
        int b = a - 4, n = a - 8;
        if ((s[n] | s[n + 1] | s[n + 2] | s[n + 3]) == 0) return;
        mulFull(s, a, b);
        modProd(s, n, n);
    }

    /** EXP: base at s[a], exponent at s[a-4]; result into s[a-4]. */
    void exp(long[] s, int a) {
        int e = a - 4;
        long[] res = t4;
        long[] bs = base;
        res[0] = 1;
        res[1] = res[2] = res[3] = 0;
        bs[0] = s[a];
        bs[1] = s[a + 1];
        bs[2] = s[a + 2];
        bs[3] = s[a + 3];
        int bits = bitLength(s, e);
        for (int i = 0; i < bits; i++) {
            long limb = s[e + (i >>> 6)];
            if (((limb >>> (i & 63)) & 1) != 0) mul(res, 0, bs, 0, res, 0);
            if (i + 1 < bits) mul(bs, 0, bs, 0, bs, 0);
        }
        s[e] = res[0];
        s[e + 1] = res[1];
        s[e + 2] = res[2];
        s[e + 3] = res[3];
    }

    // ---- signed ------------------------------------------------------------------------------------------------

    static void negate(long[] s, int i) {
        long c = 1;
        for (int k = 0; k < 4; k++) {
            long x = ~s[i + k] + c;
            c = (c == 1 && x == 0) ? 1 : 0;
            s[i + k] = x;
        }
    }

    /** SDIV / SMOD: a at s[a], b at s[a-4]; result into s[a-4]. */
    void sdivSmod(long[] s, int a, boolean wantRemainder) {
        int b = a - 4;
        if ((s[b] | s[b + 1] | s[b + 2] | s[b + 3]) == 0) return;
        boolean na = s[a + 3] < 0, nb = s[b + 3] < 0;
        if (na) negate(s, a);
        if (nb) negate(s, b);
        divMod(s, a, b, wantRemainder);
        boolean neg = wantRemainder ? na : na != nb;
        if (neg) negate(s, b);
    }

    // ---- comparisons and bits -----------------------------------------------------------------------------------

    static int compare(long[] s, int a, long[] t, int b) {
        for (int k = 3; k >= 0; k--) {
            int c = Long.compareUnsigned(s[a + k], t[b + k]);
            if (c != 0) return c;
        }
        return 0;
    }

    static int compareSigned(long[] s, int a, int b) {
        if (s[a + 3] != s[b + 3]) return Long.compare(s[a + 3], s[b + 3]);
        for (int k = 2; k >= 0; k--) {
            int c = Long.compareUnsigned(s[a + k], s[b + k]);
            if (c != 0) return c;
        }
        return 0;
    }

    static int bitLength(long[] s, int i) {
        for (int k = 3; k >= 0; k--) {
            if (s[i + k] != 0) return 64 * k + 64 - Long.numberOfLeadingZeros(s[i + k]);
        }
        return 0;
    }

    /** Left shift of s[v] by n (0 ≤ n < 256) in place. */
    static void shl(long[] s, int v, int n) {
        int limbs = n >>> 6, bits = n & 63;
        for (int k = 3; k >= 0; k--) {
            int src = k - limbs;
            long x = src >= 0 ? s[v + src] << bits : 0;
            if (bits != 0 && src - 1 >= 0) x |= s[v + src - 1] >>> (64 - bits);
            s[v + k] = x;
        }
    }

    /** Logical (arithmetic when {@code fill} is -1) right shift of s[v] by n (0 ≤ n < 256) in place. */
    static void shr(long[] s, int v, int n, long fill) {
        int limbs = n >>> 6, bits = n & 63;
        for (int k = 0; k < 4; k++) {
            int src = k + limbs;
            long x;
            if (src <= 3) {
                x = s[v + src] >>> bits;
                if (bits != 0) x |= (src + 1 <= 3 ? s[v + src + 1] : fill) << (64 - bits);
            } else {
                x = fill;
            }
            s[v + k] = x;
        }
    }
}
