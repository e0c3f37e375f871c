package io.kona4j.crypto.bls12381;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The lazily reduced BLS12-381 tower arithmetic (unreduced F_p² values in {@link Fp2x} and the F_p⁶ / F_p¹² formulas
 * built on them) against a schoolbook reference on {@link BigInteger}s, on random elements and on the extremes 0, 1,
 * p − 1 where the double-precision bounds are tightest; plus the stated bounds of the unreduced products themselves.
 */
class Bls12381LazyArithmeticTest {
    private static final BigInteger P = Fp.MODULUS;
    private static final BigInteger P2 = P.multiply(P);
    private static final int ROUNDS = 300;

    /** An F_p² element as two canonical integers, with reference operations. */
    private record R2(BigInteger re, BigInteger im) {
        static final R2 ZERO = new R2(BigInteger.ZERO, BigInteger.ZERO);
        static final R2 XI = new R2(BigInteger.ONE, BigInteger.ONE);

        static R2 of(Fp2 x) {
            return new R2(x.c0().toBigInteger(), x.c1().toBigInteger());
        }

        Fp2 fp2() {
            return new Fp2(Fp.of(re), Fp.of(im));
        }

        R2 add(R2 y) {
            return new R2(re.add(y.re).mod(P), im.add(y.im).mod(P));
        }

        R2 mul(R2 y) {
            return new R2(re.multiply(y.re).subtract(im.multiply(y.im)).mod(P),
                    re.multiply(y.im).add(im.multiply(y.re)).mod(P));
        }
    }

    /** c0 + c1·v + c2·v², v³ = ξ. */
    private record R6(R2 c0, R2 c1, R2 c2) {
        static R6 of(Fp6 x) {
            return new R6(R2.of(x.c0), R2.of(x.c1), R2.of(x.c2));
        }

        R6 add(R6 y) {
            return new R6(c0.add(y.c0), c1.add(y.c1), c2.add(y.c2));
        }

        R6 mul(R6 y) {
            R2 r0 = c0.mul(y.c0).add(c1.mul(y.c2).add(c2.mul(y.c1)).mul(R2.XI));
            R2 r1 = c0.mul(y.c1).add(c1.mul(y.c0)).add(c2.mul(y.c2).mul(R2.XI));
            R2 r2 = c0.mul(y.c2).add(c1.mul(y.c1)).add(c2.mul(y.c0));
            return new R6(r0, r1, r2);
        }

        /** Times v. */
        R6 v() {
            return new R6(c2.mul(R2.XI), c0, c1);
        }
    }

    /** c0 + c1·w, w² = v. */
    private record R12(R6 c0, R6 c1) {
        static R12 of(Fp12 x) {
            return new R12(R6.of(x.c0), R6.of(x.c1));
        }

        R12 mul(R12 y) {
            return new R12(c0.mul(y.c0).add(c1.mul(y.c1).v()), c0.mul(y.c1).add(c1.mul(y.c0)));
        }
    }

    private static final BigInteger[] EXTREMES = {BigInteger.ZERO, BigInteger.ONE, P.subtract(BigInteger.ONE),
            P.subtract(BigInteger.TWO), P.shiftRight(1), P.shiftRight(1).add(BigInteger.ONE)};

    /** Random elements, with a good share of extreme parts (all p − 1 in a quarter of the cases). */
    private static Fp2 fp2(Random rnd) {
        int kind = rnd.nextInt(5);
        if (kind == 4) {
            Fp a = rnd.nextBoolean() ? LIMB_MAX : montgomery(P.subtract(BigInteger.valueOf(1 + rnd.nextInt(3))));
            Fp b = rnd.nextBoolean() ? LIMB_MAX : Fp.of(new BigInteger(381, rnd).mod(P));
            return rnd.nextBoolean() ? new Fp2(a, b) : new Fp2(b, a);
        }
        BigInteger re = kind == 0 ? EXTREMES[rnd.nextInt(EXTREMES.length)] : new BigInteger(381, rnd).mod(P);
        BigInteger im = kind == 1 ? EXTREMES[rnd.nextInt(EXTREMES.length)] : new BigInteger(381, rnd).mod(P);
        if (kind == 2) {
            re = P.subtract(BigInteger.ONE);
            im = P.subtract(BigInteger.ONE);
        }
        return new R2(re, im).fp2();
    }

    private static Fp6 fp6(Random rnd) {
        return new Fp6(fp2(rnd), fp2(rnd), fp2(rnd));
    }

    private static Fp12 fp12(Random rnd) {
        return new Fp12(fp6(rnd), fp6(rnd));
    }

    /** Both parts p − 1 (the largest canonical value). */
    private static final Fp2 MAX = new R2(P.subtract(BigInteger.ONE), P.subtract(BigInteger.ONE)).fp2();
    /** Both parts with Montgomery limbs p − 1: the largest limbs, where the unreduced bounds are reached. */
    private static final Fp LIMB_MAX = montgomery(P.subtract(BigInteger.ONE));
    private static final Fp2 MAXM = new Fp2(LIMB_MAX, LIMB_MAX);

    /** The element whose Montgomery limbs are the canonical value v. */
    private static Fp montgomery(BigInteger v) {
        long[] l = Fp.limbs(v);
        return Fp.ofMontgomery(l[0], l[1], l[2], l[3], l[4], l[5]);
    }
    private static final Fp6 MAX6 = new Fp6(MAXM, MAXM, MAXM);
    private static final Fp12 MAX12 = new Fp12(MAX6, MAX6);

    private static boolean within(BigInteger v, long loP2, long hiP2) {
        return v.compareTo(P2.multiply(BigInteger.valueOf(loP2))) >= 0
                && v.compareTo(P2.multiply(BigInteger.valueOf(hiP2))) < 0;
    }

    @Test
    void unreducedProductsAndSquaresMatchTheReferenceAndTheirBounds() {
        Random rnd = new Random(1);
        for (int i = 0; i < 2000; i++) {
            Fp2 x = fp2(rnd), y = fp2(rnd);
            Fp2x m = Fp2x.mul(x, y);
            assertThat(within(m.re(), -1, 1)).isTrue();
            assertThat(within(m.im(), 0, 2)).isTrue();
            assertThat(R2.of(m.reduce())).isEqualTo(R2.of(x).mul(R2.of(y)));
            assertThat(m.reduce()).isEqualTo(x.mul(y));
            Fp2x s = Fp2x.square(x);
            assertThat(within(s.re(), 0, 2)).isTrue();
            assertThat(within(s.im(), 0, 2)).isTrue();
            assertThat(s.reduce()).isEqualTo(x.square());
            // ξ and the exact operations, by the signed integers they hold.
            BigInteger re = m.re(), im = m.im(), sre = s.re(), sim = s.im();
            Fp2x t = new Fp2x().set(m).mulByXi();
            assertThat(t.re()).isEqualTo(re.subtract(im));
            assertThat(t.im()).isEqualTo(re.add(im));
            assertThat(t.reduce()).isEqualTo(x.mul(y).mulByXi());
            assertThat(new Fp2x().set(m).sub(s).re()).isEqualTo(re.subtract(sre));
            assertThat(new Fp2x().set(m).sub(s).im()).isEqualTo(im.subtract(sim));
            assertThat(new Fp2x().set(m).add(s).dbl().im()).isEqualTo(im.add(sim).shiftLeft(1));
            assertThat(new Fp2x().set(m).sub(s).sub(s).reduce()).isEqualTo(x.mul(y).sub(x.square().dbl()));
            // The fused linear steps equal their unfused chains.
            Fp2x fa = new Fp2x().set(m).subSub(s, t), fb = new Fp2x().set(m).sub(s).sub(t);
            assertThat(fa.re()).isEqualTo(fb.re());
            assertThat(fa.im()).isEqualTo(fb.im());
            fa = new Fp2x().set(s).mulByXiAdd(m);
            fb = new Fp2x().set(s).mulByXi().add(m);
            assertThat(fa.re()).isEqualTo(fb.re());
            assertThat(fa.im()).isEqualTo(fb.im());
            fa = new Fp2x().set(s).addMulByXi(m);
            fb = new Fp2x().set(s).add(new Fp2x().set(m).mulByXi());
            assertThat(fa.re()).isEqualTo(fb.re());
            assertThat(fa.im()).isEqualTo(fb.im());
            assertThat(m.re()).isEqualTo(re);
            // The fused sums give the same integers as the products of the reduced sums.
            Fp2 z = fp2(rnd), w = fp2(rnd);
            Fp2x ms = new Fp2x().setMulSum(x, z, y, w), mr = Fp2x.mul(x.add(z), y.add(w));
            assertThat(ms.re()).isEqualTo(mr.re());
            assertThat(ms.im()).isEqualTo(mr.im());
            Fp2x ss = new Fp2x().setSquareSum(x, z), sr = Fp2x.square(x.add(z));
            assertThat(ss.re()).isEqualTo(sr.re());
            assertThat(ss.im()).isEqualTo(sr.im());
        }
    }

    @Test
    void fusedTripleAndTwiceMatchTheReference() {
        Random rnd = new Random(6);
        BigInteger three = BigInteger.valueOf(3), two = BigInteger.TWO;
        for (int i = 0; i < 3000; i++) {
            Fp2 x = i == 0 ? MAX : fp2(rnd), g = i == 1 ? Fp2.ZERO : i == 2 ? MAX : fp2(rnd);
            R2 rx = R2.of(x), rg = R2.of(g);
            R2 plus = new R2(rx.re.multiply(three).add(rg.re.multiply(two)).mod(P),
                    rx.im.multiply(three).add(rg.im.multiply(two)).mod(P));
            R2 minus = new R2(rx.re.multiply(three).subtract(rg.re.multiply(two)).mod(P),
                    rx.im.multiply(three).subtract(rg.im.multiply(two)).mod(P));
            assertThat(R2.of(x.tripleAddTwice(g))).isEqualTo(plus);
            assertThat(R2.of(x.tripleSubTwice(g))).isEqualTo(minus);
        }
    }

    @Test
    void reductionAtTheEdgesOfItsRange() {
        // The largest and smallest sums the callers form: many products of the largest limbs, and their negations.
        Fp2x big = Fp2x.mul(MAXM, MAXM);
        Fp2x acc = new Fp2x().set(big);
        Fp2 expected = MAXM.mul(MAXM);
        Fp2 sum = expected;
        for (int k = 1; k < 4; k++) {
            acc.add(big);
            sum = sum.add(expected);
            assertThat(acc.reduce()).isEqualTo(sum);
        }
        Fp2x neg = new Fp2x().sub(big).sub(big).sub(big).sub(big);
        assertThat(neg.reduce()).isEqualTo(expected.dbl().dbl().neg());
        // The wide reduction up to ±29 p²: sums of up to 29 squares of p − 1 (real part) and 14 squares of
        // (p − 1)(1 + u) (imaginary part 2(p − 1)² each), and their negations.
        Fp2 pm1 = new Fp2(LIMB_MAX, Fp.ZERO);
        Fp2x sqRe = Fp2x.square(pm1), sqIm = Fp2x.square(MAXM);
        Fp2x wide = new Fp2x(), wideNeg = new Fp2x();
        Fp2 reSum = Fp2.ZERO, imSum = Fp2.ZERO;
        for (int k = 1; k <= 29; k++) {
            wide.add(sqRe);
            wideNeg.sub(sqRe);
            reSum = reSum.add(pm1.square());
            if (k <= 14) {
                wide.add(sqIm);
                wideNeg.sub(sqIm);
                imSum = imSum.add(MAXM.square());
            }
            assertThat(wide.reduceWide()).isEqualTo(reSum.add(imSum));
            assertThat(wideNeg.reduceWide()).isEqualTo(reSum.add(imSum).neg());
        }
        assertThat(within(wide.re(), 28, 29)).isTrue();
        assertThat(within(wide.im(), 27, 28)).isTrue();
        assertThat(within(wideNeg.re(), -29, -28)).isTrue();
        Random rnd = new Random(7);
        for (int i = 0; i < 500; i++) {
            Fp2 x = fp2(rnd), y = fp2(rnd);
            assertThat(Fp2x.mul(x, y).reduceWide()).isEqualTo(x.mul(y));
            assertThat(new Fp2x().sub(Fp2x.mul(x, y)).reduceWide()).isEqualTo(x.mul(y).neg());
        }
        assertThat(Fp2x.mul(Fp2.ZERO, MAX).reduce()).isEqualTo(Fp2.ZERO);
        assertThat(Fp2x.mul(Fp2.ONE, MAX).reduce()).isEqualTo(MAX);
        assertThat(Fp2x.square(Fp2.ONE).reduce()).isEqualTo(Fp2.ONE);
    }

    @Test
    void fp6ProductsMatchTheSchoolbook() {
        Random rnd = new Random(2);
        for (int i = 0; i < ROUNDS; i++) {
            Fp6 a = i == 0 ? MAX6 : fp6(rnd), b = i < 2 ? MAX6 : fp6(rnd);
            R6 ra = R6.of(a), rb = R6.of(b);
            assertThat(R6.of(a.mul(b))).isEqualTo(ra.mul(rb));
            assertThat(R6.of(a.square())).isEqualTo(ra.mul(ra));
            assertThat(R6.of(a.mulBy01(b.c0, b.c1))).isEqualTo(ra.mul(new R6(rb.c0, rb.c1, R2.ZERO)));
            assertThat(R6.of(a.mulBy1(b.c1))).isEqualTo(ra.mul(new R6(R2.ZERO, rb.c1, R2.ZERO)));
            assertThat(R6.of(a.mulBy12(b.c1, b.c2))).isEqualTo(ra.mul(new R6(R2.ZERO, rb.c1, rb.c2)));
        }
    }

    @Test
    void fp12ProductsMatchTheSchoolbook() {
        Random rnd = new Random(3);
        for (int i = 0; i < ROUNDS / 3; i++) {
            Fp12 a = i == 0 ? MAX12 : fp12(rnd), b = i < 2 ? MAX12 : fp12(rnd);
            R12 ra = R12.of(a), rb = R12.of(b);
            assertThat(R12.of(a.mul(b))).isEqualTo(ra.mul(rb));
            assertThat(R12.of(a.square())).isEqualTo(ra.mul(ra));
            Fp2 d0 = b.c0.c0, d1 = b.c0.c1, d4 = b.c1.c1;
            R12 line = new R12(new R6(R2.of(d0), R2.of(d1), R2.ZERO), new R6(R2.ZERO, R2.of(d4), R2.ZERO));
            assertThat(R12.of(a.mulBy014(d0, d1, d4))).isEqualTo(ra.mul(line));
            Fp2 e0 = a.c1.c2, e1 = b.c1.c0, e4 = b.c0.c2;
            R12 other = new R12(new R6(R2.of(e0), R2.of(e1), R2.ZERO), new R6(R2.ZERO, R2.of(e4), R2.ZERO));
            Fp12 lp = Fp12.lineProduct(d0, d1, d4, e0, e1, e4);
            assertThat(R12.of(lp)).isEqualTo(line.mul(other));
            assertThat(R12.of(a.mulByLineProduct(lp))).isEqualTo(ra.mul(line).mul(other));
        }
    }

    @Test
    void cyclotomicAndCompressedSquaringsMatchTheSchoolbook() {
        Random rnd = new Random(4);
        for (int i = 0; i < 12; i++) {
            Fp12 a = i == 0 ? MAX12 : fp12(rnd);
            // The easy part of the final exponentiation maps a into the cyclotomic subgroup.
            Fp12 t = a.conjugate().mul(a.inverse());
            t = t.frobenius().frobenius().mul(t);
            R12 rt = R12.of(t);
            R12 sq = rt.mul(rt);
            assertThat(R12.of(t.cyclotomicSquare())).isEqualTo(sq);
            R12 pow = rt;
            for (int k = 0; k < 13; k++) {
                pow = pow.mul(pow);
            }
            Fp12 c = t.compressedSquarings(13);
            assertThat(c).isNotNull();
            assertThat(R12.of(c)).isEqualTo(pow);
        }
    }
}
