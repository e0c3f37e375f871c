package io.kona4j.crypto.bls12381;

/**
 * RFC 9380 map_to_curve for BLS12-381 followed by clear_cofactor, as EIP-2537's MAP_FP_TO_G1 and MAP_FP2_TO_G2 use
 * it: the simplified SWU map (§6.6.2) onto a curve isogenous to E (resp. E'), then the 11-isogeny (resp. 3-isogeny)
 * of Appendix E.2 (resp. E.3), then cofactor clearing (§8.8). The isogeny is evaluated straight into Jacobian
 * coordinates, so no inversion is needed there.
 */
public final class MapToCurve {
    private MapToCurve() {}

    // ---- G1: E'1: y² = x³ + A'x + B', Z = 11 (RFC 9380 §8.8.1) ----
    static final Fp G1_A = Fp.hex(
            "00144698a3b8e9433d693a02c96d4982b0ea985383ee66a8d8e8981aefd881ac98936f8da0e0f97f5cf428082d584c1d");
    static final Fp G1_B = Fp.hex(
            "12e2908d11688030018b12e8753eee3b2016c1f0f24f4070a0b9c14fcef35ef55a23215a316ceaa5d1cc48e98e172be0");
    static final Fp G1_Z = Fp.of(11);
    static final Fp G1_MINUS_B_OVER_A = G1_B.neg().mul(G1_A.inverse());
    static final Fp G1_B_OVER_ZA = G1_B.mul(G1_Z.mul(G1_A).inverse());

    /** RFC 9380 Appendix E.2, coefficients in ascending powers of x' (the denominators are monic). */
    static final Fp[] G1_X_NUM = fps(
            "11a05f2b1e833340b809101dd99815856b303e88a2d7005ff2627b56cdb4e2c85610c2d5f2e62d6eaeac1662734649b7",
            "17294ed3e943ab2f0588bab22147a81c7c17e75b2f6a8417f565e33c70d1e86b4838f2a6f318c356e834eef1b3cb83bb",
            "0d54005db97678ec1d1048c5d10a9a1bce032473295983e56878e501ec68e25c958c3e3d2a09729fe0179f9dac9edcb0",
            "1778e7166fcc6db74e0609d307e55412d7f5e4656a8dbf25f1b33289f1b330835336e25ce3107193c5b388641d9b6861",
            "0e99726a3199f4436642b4b3e4118e5499db995a1257fb3f086eeb65982fac18985a286f301e77c451154ce9ac8895d9",
            "1630c3250d7313ff01d1201bf7a74ab5db3cb17dd952799b9ed3ab9097e68f90a0870d2dcae73d19cd13c1c66f652983",
            "0d6ed6553fe44d296a3726c38ae652bfb11586264f0f8ce19008e218f9c86b2a8da25128c1052ecaddd7f225a139ed84",
            "17b81e7701abdbe2e8743884d1117e53356de5ab275b4db1a682c62ef0f2753339b7c8f8c8f475af9ccb5618e3f0c88e",
            "080d3cf1f9a78fc47b90b33563be990dc43b756ce79f5574a2c596c928c5d1de4fa295f296b74e956d71986a8497e317",
            "169b1f8e1bcfa7c42e0c37515d138f22dd2ecb803a0c5c99676314baf4bb1b7fa3190b2edc0327797f241067be390c9e",
            "10321da079ce07e272d8ec09d2565b0dfa7dccdde6787f96d50af36003b14866f69b771f8c285decca67df3f1605fb7b",
            "06e08c248e260e70bd1e962381edee3d31d79d7e22c837bc23c0bf1bc24c6b68c24b1b80b64d391fa9c8ba2e8ba2d229");
    static final Fp[] G1_X_DEN = fps(
            "08ca8d548cff19ae18b2e62f4bd3fa6f01d5ef4ba35b48ba9c9588617fc8ac62b558d681be343df8993cf9fa40d21b1c",
            "12561a5deb559c4348b4711298e536367041e8ca0cf0800c0126c2588c48bf5713daa8846cb026e9e5c8276ec82b3bff",
            "0b2962fe57a3225e8137e629bff2991f6f89416f5a718cd1fca64e00b11aceacd6a3d0967c94fedcfcc239ba5cb83e19",
            "03425581a58ae2fec83aafef7c40eb545b08243f16b1655154cca8abc28d6fd04976d5243eecf5c4130de8938dc62cd8",
            "13a8e162022914a80a6f1d5f43e7a07dffdfc759a12062bb8d6b44e833b306da9bd29ba81f35781d539d395b3532a21e",
            "0e7355f8e4e667b955390f7f0506c6e9395735e9ce9cad4d0a43bcef24b8982f7400d24bc4228f11c02df9a29f6304a5",
            "0772caacf16936190f3e0c63e0596721570f5799af53a1894e2e073062aede9cea73b3538f0de06cec2574496ee84a3a",
            "14a7ac2a9d64a8b230b3f5b074cf01996e7f63c21bca68a81996e1cdf9822c580fa5b9489d11e2d311f7d99bbdcc5a5e",
            "0a10ecf6ada54f825e920b3dafc7a3cce07f8d1d7161366b74100da67f39883503826692abba43704776ec3a79a1d641",
            "095fc13ab9e92ad4476d6e3eb3a56680f682b4ee96f7d03776df533978f31c1593174e4b4b7865002d6384d168ecdd0a",
            "01");
    static final Fp[] G1_Y_NUM = fps(
            "090d97c81ba24ee0259d1f094980dcfa11ad138e48a869522b52af6c956543d3cd0c7aee9b3ba3c2be9845719707bb33",
            "134996a104ee5811d51036d776fb46831223e96c254f383d0f906343eb67ad34d6c56711962fa8bfe097e75a2e41c696",
            "00cc786baa966e66f4a384c86a3b49942552e2d658a31ce2c344be4b91400da7d26d521628b00523b8dfe240c72de1f6",
            "01f86376e8981c217898751ad8746757d42aa7b90eeb791c09e4a3ec03251cf9de405aba9ec61deca6355c77b0e5f4cb",
            "08cc03fdefe0ff135caf4fe2a21529c4195536fbe3ce50b879833fd221351adc2ee7f8dc099040a841b6daecf2e8fedb",
            "16603fca40634b6a2211e11db8f0a6a074a7d0d4afadb7bd76505c3d3ad5544e203f6326c95a807299b23ab13633a5f0",
            "04ab0b9bcfac1bbcb2c977d027796b3ce75bb8ca2be184cb5231413c4d634f3747a87ac2460f415ec961f8855fe9d6f2",
            "0987c8d5333ab86fde9926bd2ca6c674170a05bfe3bdd81ffd038da6c26c842642f64550fedfe935a15e4ca31870fb29",
            "09fc4018bd96684be88c9e221e4da1bb8f3abd16679dc26c1e8b6e6a1f20cabe69d65201c78607a360370e577bdba587",
            "0e1bba7a1186bdb5223abde7ada14a23c42a0ca7915af6fe06985e7ed1e4d43b9b3f7055dd4eba6f2bafaaebca731c30",
            "19713e47937cd1be0dfd0b8f1d43fb93cd2fcbcb6caf493fd1183e416389e61031bf3a5cce3fbafce813711ad011c132",
            "18b46a908f36f6deb918c143fed2edcc523559b8aaf0c2462e6bfe7f911f643249d9cdf41b44d606ce07c8a4d0074d8e",
            "0b182cac101b9399d155096004f53f447aa7b12a3426b08ec02710e807b4633f06c851c1919211f20d4c04f00b971ef8",
            "0245a394ad1eca9b72fc00ae7be315dc757b3b080d4c158013e6632d3c40659cc6cf90ad1c232a6442d9d3f5db980133",
            "05c129645e44cf1102a159f748c4a3fc5e673d81d7e86568d9ab0f5d396a7ce46ba1049b6579afb7866b1e715475224b",
            "15e6be4e990f03ce4ea50b3b42df2eb5cb181d8f84965a3957add4fa95af01b2b665027efec01c7704b456be69c8b604");
    static final Fp[] G1_Y_DEN = fps(
            "16112c4c3a9c98b252181140fad0eae9601a6de578980be6eec3232b5be72e7a07f3688ef60c206d01479253b03663c1",
            "1962d75c2381201e1a0cbd6c43c348b885c84ff731c4d59ca4a10356f453e01f78a4260763529e3532f6102c2e49a03d",
            "058df3306640da276faaae7d6e8eb15778c4855551ae7f310c35a5dd279cd2eca6757cd636f96f891e2538b53dbf67f2",
            "16b7d288798e5395f20d23bf89edb4d1d115c5dbddbcd30e123da489e726af41727364f2c28297ada8d26d98445f5416",
            "0be0e079545f43e4b00cc912f8228ddcc6d19c9f0f69bbb0542eda0fc9dec916a20b15dc0fd2ededda39142311a5001d",
            "08d9e5297186db2d9fb266eaac783182b70152c65550d881c5ecd87b6f0f5a6449f38db9dfa9cce202c6477faaf9b7ac",
            "166007c08a99db2fc3ba8734ace9824b5eecfdfa8d0cf8ef5dd365bc400a0051d5fa9c01a58b1fb93d1a1399126a775c",
            "16a3ef08be3ea7ea03bcddfabba6ff6ee5a4375efa1f4fd7feb34fd206357132b920f5b00801dee460ee415a15812ed9",
            "1866c8ed336c61231a1be54fd1d74cc4f9fb0ce4c6af5920abc5750c4bf39b4852cfe2f7bb9248836b233d9d55535d4a",
            "167a55cda70a6e1cea820597d94a84903216f763e13d87bb5308592e7ea7d4fbc7385ea3d529b35e346ef48bb8913f55",
            "04d2f259eea405bd48f010a01ad2911d9c6dd039bb61a6290e591b36e636a5c871a5c29f4f83060400f8b49cba8f6aa8",
            "0accbb67481d033ff5852c1e48c50c477f94ff8aefce42d28c0f9a88cea7913516f968986f7ebbea9684b529e2561092",
            "0ad6b9514c767fe3c3613144b45f1496543346d98adf02267d5ceef9a00d9b8693000763e3b90ac11e99b138573345cc",
            "02660400eb2e4f3b628bdd0d53cd76f2bf565b94e72927c1cb748df27942480e420517bd8714cc80d1fadc1326ed06f7",
            "0e0fa1d816ddc03e6b24255e0d7819c171c40f65e273b853324efcd6356caa205ca2f570f13497804415473a1d634b8f",
            "01");

    // ---- G2: E'2: y² = x³ + 240u·x + 1012(1 + u), Z = −(2 + u) (RFC 9380 §8.8.2) ----
    static final Fp2 G2_A = new Fp2(Fp.ZERO, Fp.of(240));
    static final Fp2 G2_B = new Fp2(Fp.of(1012), Fp.of(1012));
    static final Fp2 G2_Z = new Fp2(Fp.of(-2), Fp.of(-1));
    static final Fp2 G2_MINUS_B_OVER_A = G2_B.neg().mul(G2_A.inverse());
    static final Fp2 G2_B_OVER_ZA = G2_B.mul(G2_Z.mul(G2_A).inverse());

    private static final String P_MINUS = "1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffff";

    /** RFC 9380 Appendix E.3, pairs (c0, c1) in ascending powers of x'. */
    static final Fp2[] G2_X_NUM = {
        Fp2.hex("05c759507e8e333ebb5b7a9a47d7ed8532c52d39fd3a042a88b58423c50ae15d5c2638e343d9c71c6238aaaaaaaa97d6",
                "05c759507e8e333ebb5b7a9a47d7ed8532c52d39fd3a042a88b58423c50ae15d5c2638e343d9c71c6238aaaaaaaa97d6"),
        Fp2.hex("00",
                "11560bf17baa99bc32126fced787c88f984f87adf7ae0c7f9a208c6b4f20a4181472aaa9cb8d555526a9ffffffffc71a"),
        Fp2.hex("11560bf17baa99bc32126fced787c88f984f87adf7ae0c7f9a208c6b4f20a4181472aaa9cb8d555526a9ffffffffc71e",
                "08ab05f8bdd54cde190937e76bc3e447cc27c3d6fbd7063fcd104635a790520c0a395554e5c6aaaa9354ffffffffe38d"),
        Fp2.hex("171d6541fa38ccfaed6dea691f5fb614cb14b4e7f4e810aa22d6108f142b85757098e38d0f671c7188e2aaaaaaaa5ed1",
                "00"),
    };
    static final Fp2[] G2_X_DEN = {
        Fp2.hex("00", P_MINUS + "aa63"),
        Fp2.hex("0c", P_MINUS + "aa9f"),
        Fp2.hex("01", "00"),
    };
    static final Fp2[] G2_Y_NUM = {
        Fp2.hex("1530477c7ab4113b59a4c18b076d11930f7da5d4a07f649bf54439d87d27e500fc8c25ebf8c92f6812cfc71c71c6d706",
                "1530477c7ab4113b59a4c18b076d11930f7da5d4a07f649bf54439d87d27e500fc8c25ebf8c92f6812cfc71c71c6d706"),
        Fp2.hex("00",
                "05c759507e8e333ebb5b7a9a47d7ed8532c52d39fd3a042a88b58423c50ae15d5c2638e343d9c71c6238aaaaaaaa97be"),
        Fp2.hex("11560bf17baa99bc32126fced787c88f984f87adf7ae0c7f9a208c6b4f20a4181472aaa9cb8d555526a9ffffffffc71c",
                "08ab05f8bdd54cde190937e76bc3e447cc27c3d6fbd7063fcd104635a790520c0a395554e5c6aaaa9354ffffffffe38f"),
        Fp2.hex("124c9ad43b6cf79bfbf7043de3811ad0761b0f37a1e26286b0e977c69aa274524e79097a56dc4bd9e1b371c71c718b10",
                "00"),
    };
    static final Fp2[] G2_Y_DEN = {
        Fp2.hex(P_MINUS + "a8fb", P_MINUS + "a8fb"),
        Fp2.hex("00", P_MINUS + "a9d3"),
        Fp2.hex("12", P_MINUS + "aa99"),
        Fp2.hex("01", "00"),
    };

    private static Fp[] fps(String... hex) {
        Fp[] out = new Fp[hex.length];
        for (int i = 0; i < hex.length; i++) {
            out[i] = Fp.hex(hex[i]);
        }
        return out;
    }

    /** map_to_curve then clear_cofactor for G1 (the body of EIP-2537 MAP_FP_TO_G1). */
    public static G1Point mapToG1(Fp u) {
        return mapToG1NoClear(u).clearCofactor();
    }

    /**
     * map_to_curve for G1 without the cofactor clearing, Jacobian, with one exponentiation and no inversion: with
     * x1 = N/D (D = Z²u⁴ + Zu²), gx1 = U/D³ for U = N³ + A·N·D² + B·D³, c = U·D and T = c^((p−3)/4), c·T² = χ(c)
     * tells whether gx1 is a square, 1/D = χ·U·T², and c·T/D² is √gx1 (χ = 1) or √−gx1, which times √−Z·u·Z·u² is
     * √gx2 (gx2 = (Z·u²)³·gx1). u = 0 and gx1 = 0 go to {@link #mapToG1Inverting}.
     */
    static G1Point mapToG1NoClear(Fp u) {
        Fp u2 = u.square();
        Fp zu2 = G1_Z.mul(u2);
        Fp d = zu2.square().add(zu2);
        if (d.isZero()) {
            return mapToG1Inverting(u);
        }
        Fp n = G1_MINUS_B_OVER_A.mul(d.add(Fp.ONE));
        Fp d2 = d.square();
        Fp big = n.mul(n.square().add(G1_A.mul(d2))).add(G1_B.mul(d2.mul(d)));
        Fp c = big.mul(d);
        if (c.isZero()) {
            return mapToG1Inverting(u);
        }
        Fp t = FpExponent.P_MINUS_3_DIV_4.pow(c);
        Fp ct = c.mul(t);
        Fp chi = ct.mul(t);
        Fp invD = big.mul(t.square());
        Fp x;
        Fp y;
        if (chi.isOne()) {
            x = n.mul(invD);
            y = ct.mul(invD.square());
        } else if (chi.equals(MINUS_ONE)) {
            invD = invD.neg();
            x = zu2.mul(n).mul(invD);
            y = ct.mul(invD.square()).mul(zu2).mul(u).mul(G1_SQRT_MINUS_Z);
        } else {
            return mapToG1Inverting(u);
        }
        if (!y.square().equals(x.square().add(G1_A).mul(x).add(G1_B))) {
            return mapToG1Inverting(u);
        }
        return isogenyG1(u, x, y);
    }

    /** √−Z for G1's Z = 11. */
    private static final Fp G1_SQRT_MINUS_Z = G1_Z.neg().sqrt();

    /** map_to_curve for G1 by the affine SSWU with one inversion (the rare inputs), Jacobian. */
    static G1Point mapToG1Inverting(Fp u) {
        Fp tv1 = G1_Z.square().mul(u.square().square()).add(G1_Z.mul(u.square())).inverse();
        Fp x1 = tv1.isZero() ? G1_B_OVER_ZA : G1_MINUS_B_OVER_A.mul(Fp.ONE.add(tv1));
        Fp x2 = G1_Z.mul(u.square()).mul(x1);
        Fp x = x1;
        Fp y = x1.square().add(G1_A).mul(x1).add(G1_B).sqrt();
        if (y == null) {
            x = x2;
            y = x2.square().add(G1_A).mul(x2).add(G1_B).sqrt();
        }
        return isogenyG1(u, x, y);
    }

    /** The sign fix of SSWU (sgn0(y) = sgn0(u)), then the 11-isogeny straight into Jacobian coordinates. */
    private static G1Point isogenyG1(Fp u, Fp x, Fp y) {
        if (u.sgn0() != y.sgn0()) {
            y = y.neg();
        }
        Fp xn = horner(G1_X_NUM, x);
        Fp xd = horner(G1_X_DEN, x);
        Fp yn = horner(G1_Y_NUM, x);
        Fp yd = horner(G1_Y_DEN, x);
        if (xd.isZero() || yd.isZero()) {
            return G1Point.INFINITY;
        }
        // x = xn/xd and y = y'·yn/yd as Jacobian (X, Y, Z) with Z = xd·yd.
        Fp z = xd.mul(yd);
        Fp yd2 = yd.square();
        Fp xd2 = xd.square();
        return new G1Point(xn.mul(xd).mul(yd2), y.mul(yn).mul(yd2).mul(xd2).mul(xd), z);
    }

    /** map_to_curve then clear_cofactor for G2 (the body of EIP-2537 MAP_FP2_TO_G2). */
    public static G2Point mapToG2(Fp2 u) {
        return mapToG2NoClear(u).clearCofactor();
    }

    /**
     * map_to_curve for G2 without the cofactor clearing, as an affine point of E'(F_p²), with no inversion: the
     * SSWU denominator's inverse comes out of the exponentiation that decides whether gx1 is a square, and the
     * isogeny denominators' inverse out of the one that takes the square root. Writing x1 = N/D (D = Z²u⁴ + Zu²),
     * gx1 = U/D³ with U = N³ + A·N·D² + B·D³; with a = N(U), b = N(D), c = a·b and T = c^((p−3)/4), c·T² = χ(c) = ±1
     * tells whether gx1 is a square, 1/b = χ·a·T², and c·T/b² is a root of ±N(gx1). For the root of g = g0 + g1·u
     * with norm root s, δ = (g0 + s)/2 and e = N(xd·yd) for the isogeny denominators: T' = (δ·e⁴)^((p−3)/4) equals
     * δ^((p−3)/4)/e² (e^(p−3) = e^−2), so t = T'·e² is the power {@link #sqrtWithNormRoot} uses and
     * 1/e = χ(δ)·δ·T'²·e³. The rare inputs where a piece is zero (u = 0, gx = 0, g1 = 0) go to
     * {@link #mapToG2Inverting}.
     */
    static G2Point mapToG2NoClear(Fp2 u) {
        Fp2 zu2 = G2_Z.mul(u.square());
        Fp2 d = zu2.square().add(zu2);
        if (d.isZero()) {
            return mapToG2Inverting(u).toAffine();
        }
        Fp2 n = G2_MINUS_B_OVER_A.mul(d.add(Fp2.ONE));
        Fp2 d2 = d.square();
        Fp2 big = n.mul(n.square().add(G2_A.mul(d2))).add(G2_B.mul(d2.mul(d)));
        Fp a = norm(big);
        Fp b = norm(d);
        Fp c = a.mul(b);
        Fp t1 = FpExponent.P_MINUS_3_DIV_4.pow(c);
        Fp ct = c.mul(t1);
        Fp chi = ct.mul(t1);
        boolean square = chi.isOne();
        if (!square && !chi.equals(MINUS_ONE)) {
            return mapToG2Inverting(u).toAffine();
        }
        Fp invB = a.mul(t1.square());
        if (!square) {
            invB = invB.neg();
        }
        Fp s = ct.mul(invB.square());
        Fp2 x = n.mul(d.conjugate().mul(invB));
        if (!square) {
            x = zu2.mul(x);
            Fp nu = norm(u);
            s = nu.square().mul(nu).mul(FIVE_SQRT_MINUS_FIVE).mul(s);
        }
        Fp2 gx = x.square().add(G2_A).mul(x).add(G2_B);
        Fp2 xd = horner(G2_X_DEN, x);
        Fp2 yd = horner(G2_Y_DEN, x);
        Fp2 w = xd.mul(yd);
        if (w.isZero()) {
            return G2Point.INFINITY;
        }
        Fp g0 = gx.c0(), g1 = gx.c1();
        if (g1.isZero()) {
            return mapToG2Inverting(u).toAffine();
        }
        Fp e = norm(w);
        Fp e2 = e.square();
        Fp delta = g0.add(s).mul(HALF);
        Fp t2 = FpExponent.P_MINUS_3_DIV_4.pow(delta.mul(e2.square()));
        Fp t = t2.mul(e2);
        Fp dt = delta.mul(t);
        Fp chi2 = dt.mul(t);
        Fp h = g1.mul(HALF).mul(t);
        Fp2 y;
        Fp invE = delta.mul(t2.square()).mul(e2.mul(e));
        if (chi2.isOne()) {
            y = new Fp2(dt, h);
        } else if (chi2.equals(MINUS_ONE)) {
            y = new Fp2(h.neg(), dt);
            invE = invE.neg();
        } else {
            return mapToG2Inverting(u).toAffine();
        }
        if (!y.square().equals(gx)) {
            return mapToG2Inverting(u).toAffine();
        }
        if (u.sgn0() != y.sgn0()) {
            y = y.neg();
        }
        Fp2 invW = w.conjugate().mul(invE);
        Fp2 xn = horner(G2_X_NUM, x);
        Fp2 yn = horner(G2_Y_NUM, x);
        return G2Point.fromAffine(xn.mul(yd).mul(invW), y.mul(yn).mul(xd).mul(invW));
    }

    /** map_to_curve for G2 by the affine SSWU with one inversion, into Jacobian coordinates (the rare inputs). */
    static G2Point mapToG2Inverting(Fp2 u) {
        Fp2 zu2 = G2_Z.mul(u.square());
        Fp2 tv1 = zu2.square().add(zu2).inverse();
        Fp2 x1 = tv1.isZero() ? G2_B_OVER_ZA : G2_MINUS_B_OVER_A.mul(Fp2.ONE.add(tv1));
        Fp2 gx1 = x1.square().add(G2_A).mul(x1).add(G2_B);
        // One F_p exponentiation on the norm decides whether gx1 is a square and gives the root of the norm that
        // the F_p² square root needs, for gx1 or (when gx1 is not a square) for gx2 = (Z·u²)³·gx1.
        Fp n1 = norm(gx1);
        Fp s = FpExponent.P_PLUS_1_DIV_4.pow(n1);
        Fp2 x;
        Fp2 y;
        if (s.square().equals(n1)) {
            x = x1;
            y = sqrtWithNormRoot(gx1, s);
        } else {
            // s² = −N(gx1); N(gx2) = N(Z)³·N(u)⁶·N(gx1) = 125·N(u)⁶·N(gx1), whose root is 5·√−5·N(u)³·s.
            x = zu2.mul(x1);
            Fp2 gx2 = x.square().add(G2_A).mul(x).add(G2_B);
            Fp nu = norm(u);
            y = sqrtWithNormRoot(gx2, nu.square().mul(nu).mul(FIVE_SQRT_MINUS_FIVE).mul(s));
        }
        if (y == null) {
            throw new IllegalStateException("SSWU: no square root (unreachable)");
        }
        if (u.sgn0() != y.sgn0()) {
            y = y.neg();
        }
        Fp2 xn = horner(G2_X_NUM, x);
        Fp2 xd = horner(G2_X_DEN, x);
        Fp2 yn = horner(G2_Y_NUM, x);
        Fp2 yd = horner(G2_Y_DEN, x);
        if (xd.isZero() || yd.isZero()) {
            return G2Point.INFINITY;
        }
        Fp2 z = xd.mul(yd);
        Fp2 yd2 = yd.square();
        Fp2 xd2 = xd.square();
        return new G2Point(xn.mul(xd).mul(yd2), y.mul(yn).mul(yd2).mul(xd2).mul(xd), z);
    }

    // ---- square roots in F_p² through F_p (p ≡ 3 mod 4, so F_p² = F_p(u) with u² = −1) ----

    /** 1/2 in F_p. */
    static final Fp HALF = Fp.of(2).inverse();
    private static final Fp MINUS_ONE = Fp.ONE.neg();
    /** 5·c with c² = −5 in F_p (−5 is a square: 5 = N(Z) and −1 are not). */
    private static final Fp FIVE_SQRT_MINUS_FIVE;

    static {
        Fp c = Fp.of(-5).sqrt();
        if (c == null) {
            throw new ExceptionInInitializerError("-5 is not a square mod p");
        }
        FIVE_SQRT_MINUS_FIVE = c.mul(Fp.of(5));
    }

    /** The norm c0² + c1² of a = c0 + c1·u (a is a square in F_p² exactly when its norm is one in F_p). */
    static Fp norm(Fp2 a) {
        Fp c0 = a.c0(), c1 = a.c1();
        return c0.square().add(c1.square());
    }

    /** A square root of a in F_p², or null when a is not a square: two F_p exponentiations of ~380 bits. */
    static Fp2 sqrtFp2(Fp2 a) {
        Fp n = norm(a);
        Fp s = FpExponent.P_PLUS_1_DIV_4.pow(n);
        return s.square().equals(n) ? sqrtWithNormRoot(a, s) : null;
    }

    /**
     * A square root of a = a0 + a1·u given s with s² = N(a), or null when there is none (in particular when s is not
     * such a root). A root x = x0 + x1·u has x0² − x1² = a0, 2·x0·x1 = a1 and x0² + x1² = ±s, so δ = (a0 + s)/2 is x0²
     * or −x1². With t = δ^((p−3)/4), δ·t² = ±1 tells which: for +1, x0 = δ·t and 1/x0 = t, so x1 = a1·t/2; for −1,
     * −δ = x1² with root δ·t ((p+1)/4 is odd), and x0 = a1/(2·x1) = −a1·t/2. One exponentiation; the result is
     * checked by squaring.
     */
    static Fp2 sqrtWithNormRoot(Fp2 a, Fp s) {
        Fp a0 = a.c0(), a1 = a.c1();
        Fp2 x;
        if (a1.isZero()) {
            // a in F_p: √a0 if a0 is a square there, else √(−a0)·u.
            Fp r = FpExponent.P_PLUS_1_DIV_4.pow(a0);
            if (r.square().equals(a0)) {
                x = new Fp2(r, Fp.ZERO);
            } else {
                x = new Fp2(Fp.ZERO, FpExponent.P_PLUS_1_DIV_4.pow(a0.neg()));
            }
        } else {
            Fp delta = a0.add(s).mul(HALF);
            Fp t = FpExponent.P_MINUS_3_DIV_4.pow(delta);
            Fp dt = delta.mul(t);
            Fp chi = dt.mul(t);
            Fp h = a1.mul(HALF).mul(t);
            if (chi.isOne()) {
                x = new Fp2(dt, h);
            } else if (chi.equals(MINUS_ONE)) {
                x = new Fp2(h.neg(), dt);
            } else {
                return null;
            }
        }
        return x.square().equals(a) ? x : null;
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
}
