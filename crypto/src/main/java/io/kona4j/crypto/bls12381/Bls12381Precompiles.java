package io.kona4j.crypto.bls12381;

import io.kona4j.crypto.precompile.PrecompiledContract;
import java.util.function.Function;

/**
 * The EIP-2537 precompiles (Prague; OP Isthmus), addresses 0x0b–0x11, with the EIP's final gas schedule. Add and MSM
 * and pairing run on the configured {@link Bls12381Backend} (system property {@value #BACKEND_PROPERTY}:
 * {@code java}, the default, or {@code blst}); the two maps are always pure Java (blst exposes no raw map-to-curve).
 * Input sizes are not limited here: OP's per-fork limits belong to the EVM's precompile table.
 */
public final class Bls12381Precompiles {
    public static final String BACKEND_PROPERTY = "kona4j.bls12381.backend";

    static final long G1_ADD_GAS = 375;
    static final long G2_ADD_GAS = 600;
    static final long G1_MUL_GAS = 12000;
    static final long G2_MUL_GAS = 22500;
    static final long PAIRING_BASE_GAS = 37700;
    static final long PAIRING_PER_PAIR_GAS = 32600;
    static final long MAP_G1_GAS = 5500;
    static final long MAP_G2_GAS = 23800;

    /** EIP-2537 MSM discounts, per mille, for k = 1..128; k > 128 uses the last entry. */
    static final int[] G1_DISCOUNT = {1000, 949, 848, 797, 764, 750, 738, 728, 719, 712, 705, 698, 692, 687, 682, 677,
        673, 669, 665, 661, 658, 654, 651, 648, 645, 642, 640, 637, 635, 632, 630, 627, 625, 623, 621, 619, 617, 615,
        613, 611, 609, 608, 606, 604, 603, 601, 599, 598, 596, 595, 593, 592, 591, 589, 588, 586, 585, 584, 582, 581,
        580, 579, 577, 576, 575, 574, 573, 572, 570, 569, 568, 567, 566, 565, 564, 563, 562, 561, 560, 559, 558, 557,
        556, 555, 554, 553, 552, 551, 550, 549, 548, 547, 547, 546, 545, 544, 543, 542, 541, 540, 540, 539, 538, 537,
        536, 536, 535, 534, 533, 532, 532, 531, 530, 529, 528, 528, 527, 526, 525, 525, 524, 523, 522, 522, 521, 520,
        520, 519};
    static final int[] G2_DISCOUNT = {1000, 1000, 923, 884, 855, 832, 812, 796, 782, 770, 759, 749, 740, 732, 724, 717,
        711, 704, 699, 693, 688, 683, 679, 674, 670, 666, 663, 659, 655, 652, 649, 646, 643, 640, 637, 634, 632, 629,
        627, 624, 622, 620, 618, 615, 613, 611, 609, 607, 606, 604, 602, 600, 598, 597, 595, 593, 592, 590, 589, 587,
        586, 584, 583, 582, 580, 579, 578, 576, 575, 574, 573, 571, 570, 569, 568, 567, 566, 565, 563, 562, 561, 560,
        559, 558, 557, 556, 555, 554, 553, 552, 552, 551, 550, 549, 548, 547, 546, 545, 545, 544, 543, 542, 541, 541,
        540, 539, 538, 537, 537, 536, 535, 535, 534, 533, 532, 532, 531, 530, 530, 529, 528, 528, 527, 526, 526, 525,
        524, 524};

    private static final int G1_MSM_PAIR = Eip2537Codec.G1 + Eip2537Codec.SCALAR;
    private static final int G2_MSM_PAIR = Eip2537Codec.G2 + Eip2537Codec.SCALAR;
    private static final int PAIRING_PAIR = Eip2537Codec.G1 + Eip2537Codec.G2;

    private Bls12381Precompiles() {}

    /** The back end named by {@value #BACKEND_PROPERTY}. */
    public static Bls12381Backend configuredBackend() {
        String name = System.getProperty(BACKEND_PROPERTY, "java");
        return switch (name) {
            case "java" -> JavaBls12381.INSTANCE;
            case "blst" -> BlstBls12381.instance();
            default -> throw new IllegalArgumentException(
                    "unknown " + BACKEND_PROPERTY + " '" + name + "': use java or blst");
        };
    }

    /** 0x0b BLS12_G1ADD. */
    public static PrecompiledContract g1Add() {
        return g1Add(configuredBackend());
    }

    public static PrecompiledContract g1Add(Bls12381Backend backend) {
        return new Contract(in -> G1_ADD_GAS, in -> in.length == 2 * Eip2537Codec.G1 ? backend.g1Add(in) : null);
    }

    /** 0x0c BLS12_G1MSM. */
    public static PrecompiledContract g1Msm() {
        return g1Msm(configuredBackend());
    }

    public static PrecompiledContract g1Msm(Bls12381Backend backend) {
        return new Contract(in -> msmGas(in.length / G1_MSM_PAIR, G1_MUL_GAS, G1_DISCOUNT),
                in -> multipleOf(in, G1_MSM_PAIR) ? backend.g1Msm(in) : null);
    }

    /** 0x0d BLS12_G2ADD. */
    public static PrecompiledContract g2Add() {
        return g2Add(configuredBackend());
    }

    public static PrecompiledContract g2Add(Bls12381Backend backend) {
        return new Contract(in -> G2_ADD_GAS, in -> in.length == 2 * Eip2537Codec.G2 ? backend.g2Add(in) : null);
    }

    /** 0x0e BLS12_G2MSM. */
    public static PrecompiledContract g2Msm() {
        return g2Msm(configuredBackend());
    }

    public static PrecompiledContract g2Msm(Bls12381Backend backend) {
        return new Contract(in -> msmGas(in.length / G2_MSM_PAIR, G2_MUL_GAS, G2_DISCOUNT),
                in -> multipleOf(in, G2_MSM_PAIR) ? backend.g2Msm(in) : null);
    }

    /** 0x0f BLS12_PAIRING_CHECK. */
    public static PrecompiledContract pairing() {
        return pairing(configuredBackend());
    }

    public static PrecompiledContract pairing(Bls12381Backend backend) {
        // input.length / 384 ≤ 2^31 / 384, so the product stays far below Long.MAX_VALUE.
        return new Contract(in -> PAIRING_BASE_GAS + PAIRING_PER_PAIR_GAS * (in.length / PAIRING_PAIR),
                in -> multipleOf(in, PAIRING_PAIR) ? backend.pairing(in) : null);
    }

    /** 0x10 BLS12_MAP_FP_TO_G1. */
    public static PrecompiledContract mapFpToG1() {
        return new Contract(in -> MAP_G1_GAS, Bls12381Precompiles::mapFpToG1Run);
    }

    /** 0x11 BLS12_MAP_FP2_TO_G2. */
    public static PrecompiledContract mapFp2ToG2() {
        return new Contract(in -> MAP_G2_GAS, Bls12381Precompiles::mapFp2ToG2Run);
    }

    private static byte[] mapFpToG1Run(byte[] in) {
        if (in.length != Eip2537Codec.FP) {
            return null;
        }
        Fp u = Eip2537Codec.decodeFp(in, 0);
        return u == null ? null : Eip2537Codec.encodeG1(MapToCurve.mapToG1(u));
    }

    private static byte[] mapFp2ToG2Run(byte[] in) {
        if (in.length != 2 * Eip2537Codec.FP) {
            return null;
        }
        Fp2 u = Eip2537Codec.decodeFp2(in, 0);
        return u == null ? null : Eip2537Codec.encodeG2(MapToCurve.mapToG2(u));
    }

    /**
     * The MSM price k·multiplier·discount(k)/1000, 0 for k = 0 (such input then fails). k ≤ 2^31 / 160, so the
     * product stays below 2^48: no saturation is needed.
     */
    static long msmGas(int k, long multiplier, int[] discounts) {
        if (k == 0) {
            return 0;
        }
        long discount = discounts[Math.min(k, discounts.length) - 1];
        return k * multiplier * discount / 1000;
    }

    private static boolean multipleOf(byte[] in, int size) {
        return in.length > 0 && in.length % size == 0;
    }

    private record Contract(java.util.function.ToLongFunction<byte[]> price, Function<byte[], byte[]> body)
            implements PrecompiledContract {
        @Override
        public long gas(byte[] input) {
            return price.applyAsLong(input);
        }

        @Override
        public byte[] run(byte[] input) {
            return body.apply(input);
        }
    }
}
