package io.kona4j.proof.precompile;

import io.kona4j.crypto.precompile.PrecompiledContract;
import io.kona4j.evm.SpecId;
import io.kona4j.evm.precompile.PrecompileRegistry;
import io.kona4j.preimage.PreimageKey;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Bytes;
import io.kona4j.primitives.Hex;
import io.kona4j.proof.OracleProviderException;
import io.kona4j.proof.TestOracle;
import io.kona4j.proof.precompile.AcceleratedPrecompile.Kind;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FpvmPrecompilesTest {
    /** go-ethereum core/vm/testdata/precompiles/ecRecover.json "ValidKey". */
    static final String ECRECOVER_IN = "18c547e4f7b0f325ad1e56f57e26c745b09a3e503d86e00e5255ff7f715d3d1c"
            + "000000000000000000000000000000000000000000000000000000000000001c"
            + "73b1693892219d736caba55bdb67216e485557ea6b6af75f37096c9aa6a5a75f"
            + "eeb940b1d03b21e36b0e47e79769f095fe2ab855bd91e3a38756b7d75a9c4549";
    static final String ECRECOVER_OUT = "000000000000000000000000a94f5374fce5edbc8e2a8697c15331677e6ebf0b";
    /** Kona's bn128_pair.rs TEST_INPUT (two pairs), output 1. */
    static final String PAIRING_IN = "2cf44499d5d27bb186308b7af7af02ac5bc9eeb6a3d147c186b21fb1b76e18da2c0f001f52110ccfe69108924926e45f0b0c868df0e7bde1fe16d3242dc715f61fb19bb476f6b9e44e2a32234da8212f61cd63919354bc06aef31e3cfaff3ebc22606845ff186793914e03e21df544c34ffe2f2f3504de8a79d9159eca2d98d92bd368e28381e8eccb5fa81fc26cf3f048eea9abfdd85d7ed3ab3698d63e4f902fe02e47887507adf0ff1743cbac6ba291e66f59be6bd763950bb16041a0a85e000000000000000000000000000000000000000000000000000000000000000130644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd451971ff0471b09fa93caaf13cbf443c1aede09cc4328f5a62aad45f40ec133eb4091058a3141822985733cbdddfed0fd8d6c104e9e9eff40bf5abfef9ab163bc72a23af9a5ce2ba2796c1f4e453a370eb0af8c212d9dc9acd8fc02c2e907baea223a8eb0b0996252cb548a4487da97b02422ebc0e834613f954de6c7e0afdc1fc";
    /** Kona's bls12_g1_msm.rs TEST_INPUT / EXPECTED_OUTPUT (EEST msm_G1_bls.json). */
    static final String G1_MSM_IN = "0000000000000000000000000000000017f1d3a73197d7942695638c4fa9ac0fc3688c4f9774b905a14e3a3f171bac586c55e83ff97a1aeffb3af00adb22c6bb0000000000000000000000000000000008b3f481e3aaa0f1a09e30ed741d8ae4fcf5e095d5d00af600db18cb2c04b3edd03cc744a2888ae40caa232946c5e7e10000000000000000000000000000000000000000000000000000000000000002";
    static final String G1_MSM_OUT = "000000000000000000000000000000000572cbea904d67468808c8eb50a9450c9721db309128012543902d0ac358a62ae28f75bb8f1c7c42c39a8c5529bf0f4e00000000000000000000000000000000166a9d8cabc673a322fda673779d8e3822ba3ecb8670e461f73bb9021d5fd76a4c56d9d4cd16bd1bba86881979749d28";

    final TestOracle store = new TestOracle();
    final PrecompileHost host = new PrecompileHost(store);

    PrecompiledContract accelerated(SpecId spec, int index) {
        byte[] a = new byte[20];
        a[19] = (byte) index;
        return FpvmPrecompiles.forSpec(spec, host, host).get(Address.of(a));
    }

    @Test
    void acceleratedSetsPerForkAreKonas() {
        assertEquals(EnumSet.of(Kind.ECRECOVER, Kind.BN254_PAIRING), FpvmPrecompiles.accelerated(SpecId.BEDROCK));
        assertEquals(EnumSet.of(Kind.ECRECOVER, Kind.BN254_PAIRING), FpvmPrecompiles.accelerated(SpecId.CANYON));
        assertEquals(EnumSet.of(Kind.ECRECOVER, Kind.BN254_PAIRING, Kind.KZG_POINT_EVALUATION),
                FpvmPrecompiles.accelerated(SpecId.HOLOCENE));
        assertEquals(EnumSet.allOf(Kind.class), FpvmPrecompiles.accelerated(SpecId.ISTHMUS));
        assertEquals(EnumSet.allOf(Kind.class), FpvmPrecompiles.accelerated(SpecId.JOVIAN));
        PrecompileRegistry r = FpvmPrecompiles.forSpec(SpecId.GRANITE, host, host);
        assertInstanceOf(AcceleratedPrecompile.class, r.get(Kind.ECRECOVER.address()));
        assertEquals(PrecompileRegistry.forSpec(SpecId.GRANITE).addresses(), r.addresses(), "same warm set");
        assertEquals(PrecompileRegistry.forSpec(SpecId.GRANITE).get(Kind.ECRECOVER.address()).getClass().getName()
                .contains("Accelerated"), false);
    }

    @Test
    void ecrecoverGoesThroughKonasHintAndKey() {
        PrecompiledContract p = accelerated(SpecId.HOLOCENE, 1);
        byte[] in = Hex.decode(ECRECOVER_IN);
        assertEquals(3000, p.gas(in));
        assertArrayEquals(Hex.decode(ECRECOVER_OUT), p.run(in));
        byte[] gas = new byte[8];
        Bytes.writeLongBE(3000, gas, 0);
        assertEquals(List.of("l1-precompile 0x0000000000000000000000000000000000000001" + Hex.encodeNoPrefix(gas)
                + ECRECOVER_IN), store.hints);
        assertEquals(List.of(PreimageKey.precompile(Kind.ECRECOVER.address(), 3000, in)), store.requests);
        assertEquals(0x06, store.requests.get(0).toArray()[0]);
    }

    @Test
    void aHostFailureIsAnEmptyEcrecoverOutputAndAFailureElsewhere() {
        byte[] in = Hex.decode(ECRECOVER_IN);
        store.put(PreimageKey.precompile(Kind.ECRECOVER.address(), 3000, in), new byte[]{0});
        PrecompiledContract p = new AcceleratedPrecompile(Kind.ECRECOVER,
                PrecompileRegistry.forSpec(SpecId.HOLOCENE).get(Kind.ECRECOVER.address()), store, store);
        assertArrayEquals(new byte[0], p.run(in));
        byte[] pin = Hex.decode(PAIRING_IN);
        long gas = 34_000L * 2 + 45_000;
        store.put(PreimageKey.precompile(Kind.BN254_PAIRING.address(), gas, pin), new byte[]{0});
        PrecompiledContract pair = new AcceleratedPrecompile(Kind.BN254_PAIRING,
                PrecompileRegistry.forSpec(SpecId.HOLOCENE).get(Kind.BN254_PAIRING.address()), store, store);
        assertEquals(gas, pair.gas(pin));
        assertNull(pair.run(pin));
    }

    @Test
    void bn254PairingAndBlsMsmMatchTheirVectorsAndNativeGas() {
        PrecompiledContract pair = accelerated(SpecId.JOVIAN, 8);
        byte[] pin = Hex.decode(PAIRING_IN);
        assertEquals(113_000, pair.gas(pin));
        assertArrayEquals(Hex.decode("0000000000000000000000000000000000000000000000000000000000000001"), pair.run(pin));
        PrecompiledContract msm = accelerated(SpecId.ISTHMUS, 0x0c);
        byte[] min = Hex.decode(G1_MSM_IN);
        assertEquals(12_000, msm.gas(min));
        assertArrayEquals(Hex.decode(G1_MSM_OUT), msm.run(min));
        assertEquals(2, host.served);
    }

    @Test
    void inputsKonaDoesNotSendFailWithoutARequest() {
        assertNull(accelerated(SpecId.HOLOCENE, 8).run(new byte[100]));
        assertNull(accelerated(SpecId.HOLOCENE, 0x0a).run(new byte[191]));
        assertNull(accelerated(SpecId.ISTHMUS, 0x0b).run(new byte[255]));
        assertNull(accelerated(SpecId.ISTHMUS, 0x0c).run(new byte[0]));
        assertNull(accelerated(SpecId.ISTHMUS, 0x0e).run(new byte[289]));
        assertNull(accelerated(SpecId.ISTHMUS, 0x10).run(new byte[65]));
        assertEquals(List.of(), store.hints);
        assertEquals(Long.MAX_VALUE, accelerated(SpecId.JOVIAN, 8).gas(new byte[81_984 + 192]),
                "over Jovian's limit: out of gas, so never run");
    }

    @Test
    void aMissingResultAbortsInsteadOfFailingTheCall() {
        PrecompiledContract p = new AcceleratedPrecompile(Kind.KZG_POINT_EVALUATION,
                PrecompileRegistry.forSpec(SpecId.ECOTONE).get(Kind.KZG_POINT_EVALUATION.address()), store, store);
        assertThrows(OracleProviderException.class, () -> p.run(new byte[192]));
        assertEquals(50_000, p.gas(new byte[192]));
    }

    @Test
    void withReplacesOnlyTheGivenAddress() {
        PrecompileRegistry plain = PrecompileRegistry.forSpec(SpecId.ISTHMUS);
        PrecompiledContract x = new AcceleratedPrecompile(Kind.BLS12_G1_ADD, plain.get(Kind.BLS12_G1_ADD.address()),
                store, store);
        PrecompileRegistry r = plain.with(Kind.BLS12_G1_ADD.address(), x);
        assertSame(x, r.get(Kind.BLS12_G1_ADD.address()));
        assertSame(plain.get(Kind.ECRECOVER.address()), r.get(Kind.ECRECOVER.address()));
        assertThrows(IllegalArgumentException.class,
                () -> PrecompileRegistry.forSpec(SpecId.BEDROCK).with(Kind.BLS12_G1_ADD.address(), x));
    }
}
