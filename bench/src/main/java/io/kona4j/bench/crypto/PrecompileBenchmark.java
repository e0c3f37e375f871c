package io.kona4j.bench.crypto;

import io.kona4j.crypto.Secp256k1;
import io.kona4j.crypto.Sha256;
import io.kona4j.crypto.Signature;
import io.kona4j.crypto.precompile.PrecompiledContract;
import io.kona4j.crypto.precompile.Precompiles;
import io.kona4j.primitives.Hex;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The precompiles as the EVM calls them (input bytes → output bytes), issue 5: BN254 pairing of two pairs (target
 * ≤ 3 ms pure Java), BN254 add and mul, ecrecover on the pure-Java and the native secp256k1 back end, P-256 verify,
 * modexp, blake2f. Run with {@code java -jar bench/target/benchmarks.jar PrecompileBenchmark -wi 3 -i 5 -f 1}.
 *
 * <p>Issue 5's table, pure Java beside the native back ends (BN254 and P-256 have none), together with
 * {@code Bls12381Benchmark} and {@code KzgPointEvaluationBenchmark}: {@code java -jar bench/target/benchmarks.jar
 * 'PrecompileBenchmark.(bn254Pairing2Pairs|ecrecover|p256Verify)|Bls12381Benchmark|KzgPointEvaluationBenchmark'
 * -wi 3 -i 5 -f 1 -prof io.kona4j.bench.primitives.CpuTimeProfiler} (CPU time per operation next to wall clock).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED"})
public class PrecompileBenchmark {
    // EIP-197's G2 generator, encoded x_im ‖ x_re ‖ y_im ‖ y_re.
    private static final String G2_GENERATOR =
            "198e9393920d483a7260bfb731fb5d25f1aa493335a9e71297e485b7aef312c2"
                    + "1800deef121f1e76426a00665e5c4479674322d4f75edadd46debd5cd992f6ed"
                    + "090689d0585ff075ec9e99ad690c3395bc4b313370b38ef355acdadcd122975b"
                    + "12c85ea5db8c6deb4aab71808dcb408fe3d1e7690c43d37b4ce6cc0166fa7daa";
    private static final BigInteger BN254_P =
            new BigInteger("30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47", 16);
    // RFC 6979 A.2.5 (P-256, SHA-256, "sample").
    private static final String P256_RSXY = "efd48b2aacb6a8fd1140dd9cd45e81d69d2c877b56aaf991c34d0ea84eaf3716"
            + "f7cb1c942d657c41d436c7a1b6e29f65f3e900dbb9aff4064dc4ab2f843acda8"
            + "60fed4ba255a9d31c961eb74c6356d68c049b8923b61fa6ce669622e60f29fb6"
            + "7903fe1008b8bc99a41ae9e95628bc64f2f1b20c2d7e9f5177a3c294d4462299";

    private final PrecompiledContract pairing = Precompiles.bn254Pairing();
    private final PrecompiledContract mul = Precompiles.bn254Mul();
    private final PrecompiledContract add = Precompiles.bn254Add();
    private final PrecompiledContract ecrecover = Precompiles.ecrecover();
    private final PrecompiledContract p256 = Precompiles.p256Verify();
    private final PrecompiledContract modexp = Precompiles.modexp(true);
    private final PrecompiledContract blake2f = Precompiles.blake2f();

    private byte[] pairingInput;
    private byte[] mulInput;
    private byte[] addInput;
    private byte[] p256Input;
    private byte[] modexp256Input;
    private byte[] modexp32Input;
    private byte[] blake2fInput;

    @Setup
    public void setUp() {
        SplittableRandom rnd = new SplittableRandom(5);
        // e([a]G1, G2) · e(−[a]G1, G2) = 1: two full pairs with their G2 subgroup checks.
        byte[] scalar = random(rnd, 32);
        byte[] g1 = new byte[64];
        g1[31] = 1;
        g1[63] = 2;
        byte[] aG1 = Precompiles.bn254Mul().run(concat(g1, scalar));
        byte[] negAG1 = aG1.clone();
        BigInteger y = new BigInteger(1, aG1, 32, 32);
        byte[] negY = BN254_P.subtract(y).toByteArray();
        java.util.Arrays.fill(negAG1, 32, 64, (byte) 0);
        System.arraycopy(negY, Math.max(0, negY.length - 32), negAG1, 64 - Math.min(32, negY.length),
                Math.min(32, negY.length));
        byte[] g2 = Hex.decode(G2_GENERATOR);
        pairingInput = concat(concat(aG1, g2), concat(negAG1, g2));
        if (Precompiles.bn254Pairing().run(pairingInput)[31] != 1) throw new IllegalStateException("bad pairing input");
        mulInput = concat(aG1, random(rnd, 32));
        addInput = concat(aG1, Precompiles.bn254Mul().run(concat(g1, random(rnd, 32))));
        p256Input = concat(Sha256.digest("sample".getBytes(StandardCharsets.US_ASCII)), Hex.decode(P256_RSXY));
        modexp256Input = modexpInput(rnd, 256);
        modexp32Input = modexpInput(rnd, 32);
        blake2fInput = new byte[213];
        blake2fInput[3] = 12;
        System.arraycopy(random(rnd, 208), 0, blake2fInput, 4, 208);
        blake2fInput[212] = 1;
    }

    /** The ecrecover input and the secp256k1 back end it runs on. */
    @State(Scope.Thread)
    public static class EcRecoverState {
        @Param({"java", "native"})
        public String secp256k1;

        byte[] input;

        @Setup
        public void setUp() {
            Secp256k1.install("native".equals(secp256k1) ? Secp256k1.nativeLibsecp256k1() : Secp256k1.pureJava());
            byte[] key = new byte[32];
            key[31] = 7;
            byte[] hash = random(new SplittableRandom(9), 32);
            Signature sig = Secp256k1.signHash(hash, key);
            input = new byte[128];
            System.arraycopy(hash, 0, input, 0, 32);
            input[63] = (byte) (27 + sig.recoveryId());
            System.arraycopy(sig.toBytes65(), 0, input, 64, 64);
        }

        @TearDown
        public void tearDown() {
            Secp256k1.install(Secp256k1.pureJava());
        }
    }

    @Benchmark
    public byte[] bn254Pairing2Pairs() {
        return pairing.run(pairingInput);
    }

    @Benchmark
    public byte[] bn254Mul() {
        return mul.run(mulInput);
    }

    @Benchmark
    public byte[] bn254Add() {
        return add.run(addInput);
    }

    @Benchmark
    public byte[] ecrecover(EcRecoverState st) {
        return ecrecover.run(st.input);
    }

    @Benchmark
    public byte[] p256Verify() {
        return p256.run(p256Input);
    }

    /** 256-byte base, exponent and modulus (an RSA-2048 verification-sized exponent would be far cheaper). */
    @Benchmark
    public byte[] modexp256() {
        return modexp.run(modexp256Input);
    }

    @Benchmark
    public byte[] modexp32() {
        return modexp.run(modexp32Input);
    }

    @Benchmark
    public byte[] blake2f12Rounds() {
        return blake2f.run(blake2fInput);
    }

    private static byte[] modexpInput(SplittableRandom rnd, int len) {
        byte[] in = new byte[96 + 3 * len];
        for (int i = 0; i < 3; i++) {
            in[32 * i + 30] = (byte) (len >>> 8);
            in[32 * i + 31] = (byte) len;
        }
        System.arraycopy(random(rnd, 3 * len), 0, in, 96, 3 * len);
        in[96 + 3 * len - 1] |= 1;
        return in;
    }

    private static byte[] random(SplittableRandom rnd, int n) {
        byte[] b = new byte[n];
        rnd.nextBytes(b);
        return b;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
