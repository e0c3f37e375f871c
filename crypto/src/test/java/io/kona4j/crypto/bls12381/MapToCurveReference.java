package io.kona4j.crypto.bls12381;

/**
 * The straightforward map-to-curve and G2 group law that {@link MapToCurve} and {@link G2Point} used before their
 * speed work, kept verbatim as the reference the faster code is tested against: F_p² square roots by
 * {@link Fp2#sqrt()} (an F_p² exponentiation), affine SSWU with one inversion, dbl-2009-l / add-2007-bl /
 * madd-2007-bl on immutable points, clear_cofactor by Budroni–Pintore with plain double-and-add by |z|.
 */
final class MapToCurveReference {
    private MapToCurveReference() {}

    static G2Point mapToG2(Fp2 u) {
        return clearCofactor(mapToG2NoClear(u));
    }

    /** map_to_curve for G2 without the cofactor clearing (a point of E'(F_p²) in Jacobian coordinates). */
    static G2Point mapToG2NoClear(Fp2 u) {
        Fp2 zu2 = MapToCurve.G2_Z.mul(u.square());
        Fp2 tv1 = zu2.square().add(zu2).inverse();
        Fp2 x1 = tv1.isZero() ? MapToCurve.G2_B_OVER_ZA : MapToCurve.G2_MINUS_B_OVER_A.mul(Fp2.ONE.add(tv1));
        Fp2 x2 = zu2.mul(x1);
        Fp2 x = x1;
        Fp2 gx1 = x1.square().add(MapToCurve.G2_A).mul(x1).add(MapToCurve.G2_B);
        Fp2 y = gx1.isSquare() ? gx1.sqrt() : null;
        if (y == null) {
            x = x2;
            y = x2.square().add(MapToCurve.G2_A).mul(x2).add(MapToCurve.G2_B).sqrt();
        }
        if (u.sgn0() != y.sgn0()) {
            y = y.neg();
        }
        Fp2 xn = horner(MapToCurve.G2_X_NUM, x);
        Fp2 xd = horner(MapToCurve.G2_X_DEN, x);
        Fp2 yn = horner(MapToCurve.G2_Y_NUM, x);
        Fp2 yd = horner(MapToCurve.G2_Y_DEN, x);
        if (xd.isZero() || yd.isZero()) {
            return G2Point.INFINITY;
        }
        Fp2 z = xd.mul(yd);
        Fp2 yd2 = yd.square();
        Fp2 xd2 = xd.square();
        return new G2Point(xn.mul(xd).mul(yd2), y.mul(yn).mul(yd2).mul(xd2).mul(xd), z);
    }

    static G1Point mapToG1(Fp u) {
        Fp tv1 = MapToCurve.G1_Z.square().mul(u.square().square()).add(MapToCurve.G1_Z.mul(u.square())).inverse();
        Fp x1 = tv1.isZero() ? MapToCurve.G1_B_OVER_ZA : MapToCurve.G1_MINUS_B_OVER_A.mul(Fp.ONE.add(tv1));
        Fp x2 = MapToCurve.G1_Z.mul(u.square()).mul(x1);
        Fp x = x1;
        Fp y = x1.square().add(MapToCurve.G1_A).mul(x1).add(MapToCurve.G1_B).sqrt();
        if (y == null) {
            x = x2;
            y = x2.square().add(MapToCurve.G1_A).mul(x2).add(MapToCurve.G1_B).sqrt();
        }
        if (u.sgn0() != y.sgn0()) {
            y = y.neg();
        }
        Fp xn = horner(MapToCurve.G1_X_NUM, x);
        Fp xd = horner(MapToCurve.G1_X_DEN, x);
        Fp yn = horner(MapToCurve.G1_Y_NUM, x);
        Fp yd = horner(MapToCurve.G1_Y_DEN, x);
        if (xd.isZero() || yd.isZero()) {
            return G1Point.INFINITY;
        }
        Fp z = xd.mul(yd);
        Fp yd2 = yd.square();
        Fp xd2 = xd.square();
        G1Point p = new G1Point(xn.mul(xd).mul(yd2), y.mul(yn).mul(yd2).mul(xd2).mul(xd), z);
        return p.clearCofactor();
    }

    private static Fp horner(Fp[] c, Fp x) {
        Fp r = c[c.length - 1];
        for (int i = c.length - 2; i >= 0; i--) {
            r = r.mul(x).add(c[i]);
        }
        return r;
    }

    private static Fp2 horner(Fp2[] c, Fp2 x) {
        Fp2 r = c[c.length - 1];
        for (int i = c.length - 2; i >= 0; i--) {
            r = r.mul(x).add(c[i]);
        }
        return r;
    }

    // ---- the former G2Point group law ----

    static G2Point dbl(G2Point p) {
        if (p.isInfinity()) {
            return p;
        }
        Fp2 a = p.x.square();
        Fp2 b = p.y.square();
        Fp2 c = b.square();
        Fp2 d = p.x.add(b).square().sub(a).sub(c).dbl();
        Fp2 e = a.dbl().add(a);
        Fp2 f = e.square();
        Fp2 x3 = f.sub(d.dbl());
        Fp2 c8 = c.dbl().dbl().dbl();
        Fp2 y3 = e.mul(d.sub(x3)).sub(c8);
        Fp2 z3 = p.y.mul(p.z).dbl();
        return new G2Point(x3, y3, z3);
    }

    static G2Point add(G2Point p, G2Point q) {
        if (p.isInfinity()) {
            return q;
        }
        if (q.isInfinity()) {
            return p;
        }
        Fp2 z1z1 = p.z.square();
        Fp2 z2z2 = q.z.square();
        Fp2 u1 = p.x.mul(z2z2);
        Fp2 u2 = q.x.mul(z1z1);
        Fp2 s1 = p.y.mul(q.z).mul(z2z2);
        Fp2 s2 = q.y.mul(p.z).mul(z1z1);
        Fp2 h = u2.sub(u1);
        Fp2 r = s2.sub(s1).dbl();
        if (h.isZero()) {
            return r.isZero() ? dbl(p) : G2Point.INFINITY;
        }
        Fp2 i = h.dbl().square();
        Fp2 j = h.mul(i);
        Fp2 v = u1.mul(i);
        Fp2 x3 = r.square().sub(j).sub(v.dbl());
        Fp2 y3 = r.mul(v.sub(x3)).sub(s1.mul(j).dbl());
        Fp2 z3 = p.z.add(q.z).square().sub(z1z1).sub(z2z2).mul(h);
        return new G2Point(x3, y3, z3);
    }

    static G2Point neg(G2Point p) {
        return new G2Point(p.x, p.y.neg(), p.z);
    }

    static G2Point mulAbsZ(G2Point p) {
        G2Point r = p;
        for (int i = 62; i >= 0; i--) {
            r = dbl(r);
            if (((Bls12381Params.Z_ABS >>> i) & 1) != 0) {
                r = add(r, p);
            }
        }
        return r;
    }

    static G2Point clearCofactor(G2Point p) {
        G2Point t1 = neg(mulAbsZ(p));
        G2Point t2 = p.psi();
        G2Point t3 = dbl(p).psi().psi();
        t3 = add(t3, neg(t2));
        t2 = neg(mulAbsZ(add(t1, t2)));
        t3 = add(t3, t2);
        t3 = add(t3, neg(t1));
        return add(t3, neg(p));
    }
}
