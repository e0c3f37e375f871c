package io.kona4j.bench.bls;

import io.kona4j.crypto.bls12381.Bls12381Backend;
import io.kona4j.crypto.bls12381.Bls12381Precompiles;
import io.kona4j.crypto.bls12381.BlstBls12381;
import io.kona4j.crypto.bls12381.Fp;
import io.kona4j.crypto.bls12381.G1Point;
import io.kona4j.crypto.bls12381.G2Point;
import io.kona4j.crypto.bls12381.JavaBls12381;
import io.kona4j.crypto.precompile.PrecompiledContract;
import java.math.BigInteger;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 5: the EIP-2537 precompiles on each back end: a pairing check of 2 pairs, a G1 MSM of 128 points, and
 * MAP_FP2_TO_G2 (always pure Java: blst has no raw map; {@link #blstEncodeToG2} times blst's encode_to_curve,
 * which is hash_to_field plus one map and cofactor clearing, as the nearest native reference). Run with
 * {@code java -jar bench/target/benchmarks.jar Bls12381Benchmark -wi 3 -i 5 -f 1 -prof
 * io.kona4j.bench.primitives.CpuTimeProfiler} (CPU time per operation, robust to the shared machine's load).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseParallelGC", "--enable-native-access=ALL-UNNAMED"})
public class Bls12381Benchmark {
    static final BigInteger R =
            new BigInteger("73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001", 16);

    @Param({"java", "blst"})
    public String backend;

    private PrecompiledContract pairing;
    private PrecompiledContract g1Msm;
    private PrecompiledContract mapG2;
    private byte[] pairingInput;
    private byte[] msmInput;
    private byte[] mapInput;

    static void put(Fp v, byte[] out, int off) {
        v.toBytes(out, off + 16);
    }

    static byte[] g1(G1Point p) {
        byte[] out = new byte[128];
        put(p.affineX(), out, 0);
        put(p.affineY(), out, 64);
        return out;
    }

    static byte[] g2(G2Point p) {
        byte[] out = new byte[256];
        put(p.affineX().c0(), out, 0);
        put(p.affineX().c1(), out, 64);
        put(p.affineY().c0(), out, 128);
        put(p.affineY().c1(), out, 192);
        return out;
    }

    @Setup
    public void setup() {
        Bls12381Backend b = backend.equals("blst") ? BlstBls12381.instance() : JavaBls12381.INSTANCE;
        pairing = Bls12381Precompiles.pairing(b);
        g1Msm = Bls12381Precompiles.g1Msm(b);
        mapG2 = Bls12381Precompiles.mapFp2ToG2();
        Random rnd = new Random(42);
        BigInteger a = new BigInteger(255, rnd).mod(R);
        G1Point p = G1Point.GENERATOR.mul(new BigInteger(255, rnd).mod(R));
        G2Point q = G2Point.GENERATOR.mul(new BigInteger(255, rnd).mod(R));
        // e(aP, Q) · e(−P, aQ) = 1: the check runs to the end and answers 1.
        pairingInput = new byte[768];
        System.arraycopy(g1(p.mul(a)), 0, pairingInput, 0, 128);
        System.arraycopy(g2(q), 0, pairingInput, 128, 256);
        System.arraycopy(g1(p.neg()), 0, pairingInput, 384, 128);
        System.arraycopy(g2(q.mul(a)), 0, pairingInput, 512, 256);
        msmInput = new byte[128 * 160];
        for (int i = 0; i < 128; i++) {
            System.arraycopy(g1(G1Point.GENERATOR.mul(new BigInteger(255, rnd).mod(R))), 0, msmInput, i * 160, 128);
            byte[] s = new byte[32];
            rnd.nextBytes(s);
            System.arraycopy(s, 0, msmInput, i * 160 + 128, 32);
        }
        mapInput = new byte[128];
        put(Fp.of(new BigInteger(380, rnd)), mapInput, 0);
        put(Fp.of(new BigInteger(380, rnd)), mapInput, 64);
        if (pairing.run(pairingInput)[31] != 1) {
            throw new IllegalStateException("benchmark pairing input does not check");
        }
    }

    @Benchmark
    public byte[] pairing2() {
        return pairing.run(pairingInput);
    }

    @Benchmark
    public byte[] g1Msm128() {
        return g1Msm.run(msmInput);
    }

    @Benchmark
    public byte[] mapFp2ToG2() {
        return mapG2.run(mapInput);
    }

    @Benchmark
    public byte[] blstEncodeToG2() {
        return new supranational.blst.P2().encode_to(mapInput, "QUUX-V01-CS02-with-BLS12381G2_XMD:SHA-256_SSWU_NU_")
                .serialize();
    }
}
