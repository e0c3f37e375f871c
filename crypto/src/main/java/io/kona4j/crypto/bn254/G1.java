package io.kona4j.crypto.bn254;

/**
 * A point of BN254's G1, y² = x³ + 3 over F_p (prime order r, cofactor 1), in Jacobian coordinates
 * ({@code x = X/Z², y = Y/Z³}; Z = 0 is the point at infinity). Immutable.
 */
final class G1 {
    static final Fp B = Fp.fromBigInteger(java.math.BigInteger.valueOf(3));
    static final G1 INFINITY = new G1(Fp.ONE, Fp.ONE, Fp.ZERO);
    static final G1 GENERATOR = new G1(Fp.ONE, Fp.fromBigInteger(java.math.BigInteger.TWO), Fp.ONE);

    final Fp x;
    final Fp y;
    final Fp z;

    G1(Fp x, Fp y, Fp z) {
        this.x = x;
        this.y = y;
        this.z = z;
    }

    /** An affine point; (0, 0) is the EIP-196 encoding of infinity. */
    static G1 affine(Fp x, Fp y) {
        return x.isZero() && y.isZero() ? INFINITY : new G1(x, y, Fp.ONE);
    }

    boolean isInfinity() {
        return z.isZero();
    }

    /** Whether an affine (x, y) satisfies the curve equation. */
    static boolean isOnCurve(Fp x, Fp y) {
        return y.square().equals(x.square().mul(x).add(B));
    }

    /** dbl-2009-l (a = 0). */
    G1 dbl() {
        if (isInfinity()) return this;
        Fp a = x.square();
        Fp b = y.square();
        Fp c = b.square();
        Fp d = x.add(b).square().sub(a).sub(c).dbl();
        Fp e = a.dbl().add(a);
        Fp f = e.square();
        Fp x3 = f.sub(d.dbl());
        Fp y3 = e.mul(d.sub(x3)).sub(c.dbl().dbl().dbl());
        Fp z3 = y.mul(z).dbl();
        return new G1(x3, y3, z3);
    }

    /** add-2007-bl, falling back to doubling for equal points. */
    G1 add(G1 q) {
        if (isInfinity()) return q;
        if (q.isInfinity()) return this;
        Fp z1z1 = z.square();
        Fp z2z2 = q.z.square();
        Fp u1 = x.mul(z2z2);
        Fp u2 = q.x.mul(z1z1);
        Fp s1 = y.mul(q.z).mul(z2z2);
        Fp s2 = q.y.mul(z).mul(z1z1);
        Fp h = u2.sub(u1);
        Fp r = s2.sub(s1).dbl();
        if (h.isZero()) return r.isZero() ? dbl() : INFINITY;
        Fp i = h.dbl().square();
        Fp j = h.mul(i);
        Fp v = u1.mul(i);
        Fp x3 = r.square().sub(j).sub(v.dbl());
        Fp y3 = r.mul(v.sub(x3)).sub(s1.mul(j).dbl());
        Fp z3 = z.add(q.z).square().sub(z1z1).sub(z2z2).mul(h);
        return new G1(x3, y3, z3);
    }

    G1 neg() {
        return new G1(x, y.neg(), z);
    }

    /**
     * {@code [k]this} for a 256-bit big-endian scalar at {@code off} (not reduced: EIP-196 multiplies by it as is),
     * with a fixed 4-bit window: 256 doublings and at most 64 additions of precomputed multiples.
     */
    G1 mul(byte[] scalar, int off) {
        G1[] table = new G1[16];
        table[0] = INFINITY;
        table[1] = this;
        for (int i = 2; i < 16; i++) table[i] = (i & 1) == 0 ? table[i >> 1].dbl() : table[i - 1].add(this);
        G1 r = INFINITY;
        for (int i = 0; i < 64; i++) {
            r = r.dbl().dbl().dbl().dbl();
            int nibble = (scalar[off + (i >>> 1)] >>> ((i & 1) == 0 ? 4 : 0)) & 0xf;
            if (nibble != 0) r = r.add(table[nibble]);
        }
        return r;
    }

    /** The affine coordinates (x, y); infinity gives (0, 0). */
    Fp[] toAffine() {
        if (isInfinity()) return new Fp[] {Fp.ZERO, Fp.ZERO};
        Fp zi = z.inverse();
        Fp zi2 = zi.square();
        return new Fp[] {x.mul(zi2), y.mul(zi2).mul(zi)};
    }

    /** Projective equality. */
    boolean sameAs(G1 q) {
        if (isInfinity() || q.isInfinity()) return isInfinity() && q.isInfinity();
        Fp z1z1 = z.square();
        Fp z2z2 = q.z.square();
        return x.mul(z2z2).equals(q.x.mul(z1z1)) && y.mul(z2z2).mul(q.z).equals(q.y.mul(z1z1).mul(z));
    }
}
