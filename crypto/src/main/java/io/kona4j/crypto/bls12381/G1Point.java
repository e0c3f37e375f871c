package io.kona4j.crypto.bls12381;

import java.math.BigInteger;

/**
 * A point of E(F_p): y² = x³ + 4 in Jacobian coordinates (x = X/Z², y = Y/Z³; Z = 0 is the point at infinity),
 * immutable. Arithmetic is complete: every combination of inputs (equal points, inverses, infinity) is handled.
 */
public final class G1Point {
    public static final G1Point INFINITY = new G1Point(Fp.ONE, Fp.ONE, Fp.ZERO);
    public static final G1Point GENERATOR = new G1Point(
            Fp.hex("17f1d3a73197d7942695638c4fa9ac0fc3688c4f9774b905a14e3a3f171bac586c55e83ff97a1aeffb3af00adb22c6bb"),
            Fp.hex("08b3f481e3aaa0f1a09e30ed741d8ae4fcf5e095d5d00af600db18cb2c04b3edd03cc744a2888ae40caa232946c5e7e1"),
            Fp.ONE);

    /**
     * β, a primitive cube root of unity in F_p, chosen so that φ(x, y) = (βx, y) acts on G1 as multiplication by
     * −z² (Scott, "A note on group membership tests for G1, G2 and GT on BLS pairing-friendly curves", 2021).
     */
    static final Fp BETA = chooseBeta();

    final Fp x;
    final Fp y;
    final Fp z;

    G1Point(Fp x, Fp y, Fp z) {
        this.x = x;
        this.y = y;
        this.z = z;
    }

    /** The affine point (x, y); the caller vouches for (or checks with {@link #isOnCurve()}) the curve equation. */
    public static G1Point fromAffine(Fp x, Fp y) {
        return new G1Point(x, y, Fp.ONE);
    }

    private static Fp chooseBeta() {
        BigInteger p = Fp.MODULUS;
        BigInteger e = p.subtract(BigInteger.ONE).divide(BigInteger.valueOf(3));
        for (int g = 2; ; g++) {
            BigInteger b = BigInteger.valueOf(g).modPow(e, p);
            if (b.equals(BigInteger.ONE)) {
                continue;
            }
            for (BigInteger cand : new BigInteger[] {b, b.multiply(b).mod(p)}) {
                Fp beta = Fp.of(cand);
                G1Point phiG = new G1Point(GENERATOR.x.mul(beta), GENERATOR.y, GENERATOR.z);
                if (phiG.equals(GENERATOR.mulAbsZ().mulAbsZ().neg())) {
                    return beta;
                }
            }
            throw new IllegalStateException("no cube root of unity acts as -z^2 on the generator");
        }
    }

    public boolean isInfinity() {
        return z.isZero();
    }

    public boolean isOnCurve() {
        if (isInfinity()) {
            return true;
        }
        Fp z2 = z.square();
        Fp z6 = z2.square().mul(z2);
        return y.square().equals(x.square().mul(x).add(z6.mul(Bls12381Params.B)));
    }

    /** Membership in the order-r subgroup G1 (the point is assumed on the curve): φ(P) = −z²·P. */
    public boolean isInSubgroup() {
        return absZMultipleIfInSubgroup() != null;
    }

    /**
     * The test of {@link #isInSubgroup()} keeping its intermediate: [|z|]·P when φ(P) = −[|z|]([|z|]P) (then P is in
     * G1), null when not; infinity gives infinity.
     */
    G1Point absZMultipleIfInSubgroup() {
        if (isInfinity()) {
            return this;
        }
        G1Point pm = mulAbsZ();
        G1Point phi = new G1Point(x.mul(BETA), y, z);
        return phi.equals(pm.mulAbsZ().neg()) ? pm : null;
    }

    public G1Point neg() {
        return new G1Point(x, y.neg(), z);
    }

    /** dbl-2009-l (a = 0). */
    public G1Point dbl() {
        if (isInfinity()) {
            return this;
        }
        Fp a = x.square();
        Fp b = y.square();
        Fp c = b.square();
        Fp d = x.add(b).square().sub(a).sub(c).dbl();
        Fp e = a.dbl().add(a);
        Fp f = e.square();
        Fp x3 = f.sub(d.dbl());
        Fp c8 = c.dbl().dbl().dbl();
        Fp y3 = e.mul(d.sub(x3)).sub(c8);
        Fp z3 = y.mul(z).dbl();
        return new G1Point(x3, y3, z3);
    }

    /** add-2007-bl, falling back to doubling for equal inputs. */
    public G1Point add(G1Point q) {
        if (isInfinity()) {
            return q;
        }
        if (q.isInfinity()) {
            return this;
        }
        if (q.z.isOne()) {
            return addAffine(q);
        }
        Fp z1z1 = z.square();
        Fp z2z2 = q.z.square();
        Fp u1 = x.mul(z2z2);
        Fp u2 = q.x.mul(z1z1);
        Fp s1 = y.mul(q.z).mul(z2z2);
        Fp s2 = q.y.mul(z).mul(z1z1);
        Fp h = u2.sub(u1);
        Fp r = s2.sub(s1).dbl();
        if (h.isZero()) {
            return r.isZero() ? dbl() : INFINITY;
        }
        Fp i = h.dbl().square();
        Fp j = h.mul(i);
        Fp v = u1.mul(i);
        Fp x3 = r.square().sub(j).sub(v.dbl());
        Fp y3 = r.mul(v.sub(x3)).sub(s1.mul(j).dbl());
        Fp z3 = z.add(q.z).square().sub(z1z1).sub(z2z2).mul(h);
        return new G1Point(x3, y3, z3);
    }

    /** madd-2007-bl: this + q for q with Z = 1 (both finite). */
    private G1Point addAffine(G1Point q) {
        Fp z1z1 = z.square();
        Fp u2 = q.x.mul(z1z1);
        Fp s2 = q.y.mul(z).mul(z1z1);
        Fp h = u2.sub(x);
        Fp r = s2.sub(y).dbl();
        if (h.isZero()) {
            return r.isZero() ? dbl() : INFINITY;
        }
        Fp hh = h.square();
        Fp i = hh.dbl().dbl();
        Fp j = h.mul(i);
        Fp v = x.mul(i);
        Fp x3 = r.square().sub(j).sub(v.dbl());
        Fp y3 = r.mul(v.sub(x3)).sub(y.mul(j).dbl());
        Fp z3 = z.add(h).square().sub(z1z1).sub(hh);
        return new G1Point(x3, y3, z3);
    }

    public G1Point sub(G1Point q) {
        return add(q.neg());
    }

    /**
     * k·P for a big-endian scalar of {@code len} bytes at {@code off} (any value, not only below r); fixed 4-bit
     * window.
     */
    public G1Point mul(byte[] scalar, int off, int len) {
        G1Point[] table = new G1Point[16];
        table[0] = INFINITY;
        table[1] = this;
        for (int i = 2; i < 16; i++) {
            table[i] = table[i - 1].add(this);
        }
        G1Point r = INFINITY;
        for (int i = 0; i < len; i++) {
            int b = scalar[off + i] & 0xff;
            r = r.dbl().dbl().dbl().dbl().add(table[b >>> 4]);
            r = r.dbl().dbl().dbl().dbl().add(table[b & 15]);
        }
        return r;
    }

    /**
     * k·G for the generator G and a big-endian scalar of up to 32 bytes, from a table of d·16^w·G (d = 1..15, one row
     * per 4-bit window w): 64 additions and no doublings.
     */
    public static G1Point mulGenerator(byte[] scalar, int off, int len) {
        if (len > 32) {
            throw new IllegalArgumentException("scalar of " + len + " bytes, at most 32");
        }
        G1Point[][] table = GeneratorTable.TABLE;
        G1Point r = INFINITY;
        for (int i = 0; i < len; i++) {
            int b = scalar[off + len - 1 - i] & 0xff;
            if ((b & 15) != 0) {
                r = r.add(table[2 * i][(b & 15) - 1]);
            }
            if ((b >>> 4) != 0) {
                r = r.add(table[2 * i + 1][(b >>> 4) - 1]);
            }
        }
        return r;
    }

    /**
     * Built on first use of {@link #mulGenerator}. The entries are affine (Z = 1), so each addition of the walk is a
     * mixed addition.
     */
    private static final class GeneratorTable {
        static final G1Point[][] TABLE = new G1Point[64][15];

        static {
            G1Point base = GENERATOR;
            for (int w = 0; w < 64; w++) {
                G1Point acc = base;
                for (int d = 0; d < 15; d++) {
                    TABLE[w][d] = acc.toAffine();
                    acc = acc.add(base);
                }
                base = acc;
            }
        }
    }

    /** z² = 0xd201000000010000² (128 bits): φ acts on G1 as multiplication by −z². */
    private static final BigInteger Z_SQUARED =
            new BigInteger(Long.toUnsignedString(Bls12381Params.Z_ABS)).pow(2);

    /**
     * k·P for a point of G1 (order r) and a big-endian scalar of {@code len} bytes at {@code off}, by the GLV
     * endomorphism: k = q·z² + k1 with 0 ≤ k1 < z², and z²·P = −φ(P) on G1, so k·P = k1·P + q·(−φ(P)) with two
     * scalars of about 128 bits (q below 2^130 for any 32-byte k), walked together with 4-bit windows: half the
     * doublings of {@link #mul(byte[], int, int)}. Only valid for points of G1 (the caller has checked
     * {@link #isInSubgroup()}); on other points of the curve the identity z²·P = −φ(P) fails.
     */
    public G1Point mulInSubgroup(byte[] scalar, int off, int len) {
        BigInteger[] qr = new BigInteger(1, scalar, off, len).divideAndRemainder(Z_SQUARED);
        BigInteger k2 = qr[0], k1 = qr[1];
        G1Point[] t1 = new G1Point[16];
        G1Point[] t2 = new G1Point[16];
        t1[0] = INFINITY;
        t2[0] = INFINITY;
        t1[1] = this;
        for (int i = 2; i < 16; i++) {
            t1[i] = t1[i - 1].add(this);
        }
        for (int i = 1; i < 16; i++) {
            G1Point e = t1[i];
            // −φ(e) = (β·X, −Y, Z) in Jacobian coordinates.
            t2[i] = new G1Point(e.x.mul(BETA), e.y.neg(), e.z);
        }
        int windows = (Math.max(k1.bitLength(), k2.bitLength()) + 3) / 4;
        G1Point r = INFINITY;
        for (int w = windows - 1; w >= 0; w--) {
            r = r.dbl().dbl().dbl().dbl();
            int d1 = nibble(k1, w), d2 = nibble(k2, w);
            if (d1 != 0) {
                r = r.add(t1[d1]);
            }
            if (d2 != 0) {
                r = r.add(t2[d2]);
            }
        }
        return r;
    }

    private static int nibble(BigInteger k, int w) {
        return (k.testBit(4 * w) ? 1 : 0) | (k.testBit(4 * w + 1) ? 2 : 0) | (k.testBit(4 * w + 2) ? 4 : 0)
                | (k.testBit(4 * w + 3) ? 8 : 0);
    }

    public G1Point mul(BigInteger k) {
        byte[] b = k.toByteArray();
        return mul(b, 0, b.length);
    }

    /** |z|·P by double-and-add over the sparse parameter. */
    G1Point mulAbsZ() {
        G1Point r = this;
        for (int i = 62; i >= 0; i--) {
            r = r.dbl();
            if (((Bls12381Params.Z_ABS >>> i) & 1) != 0) {
                r = r.add(this);
            }
        }
        return r;
    }

    /** Cofactor clearing for G1 by h_eff = 1 − z = 0xd201000000010001 (RFC 9380 §8.8.1). */
    public G1Point clearCofactor() {
        return mulAbsZ().add(this);
    }

    /** The affine form (Z = 1), or infinity as is. */
    public G1Point toAffine() {
        if (isInfinity() || z.isOne()) {
            return this;
        }
        Fp zi = z.inverse();
        Fp zi2 = zi.square();
        return new G1Point(x.mul(zi2), y.mul(zi2).mul(zi), Fp.ONE);
    }

    /** Affine x; only for a finite point in affine form. */
    public Fp affineX() {
        return toAffine().x;
    }

    public Fp affineY() {
        return toAffine().y;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof G1Point q)) {
            return false;
        }
        if (isInfinity() || q.isInfinity()) {
            return isInfinity() && q.isInfinity();
        }
        Fp z1z1 = z.square();
        Fp z2z2 = q.z.square();
        return x.mul(z2z2).equals(q.x.mul(z1z1)) && y.mul(z2z2).mul(q.z).equals(q.y.mul(z1z1).mul(z));
    }

    @Override
    public int hashCode() {
        return isInfinity() ? 0 : toAffine().x.hashCode();
    }

    @Override
    public String toString() {
        if (isInfinity()) {
            return "G1(infinity)";
        }
        G1Point a = toAffine();
        return "G1(" + a.x + ", " + a.y + ")";
    }
}
