package io.kona4j.evm.precompile;

import io.kona4j.consensus.EthereumFork;
import io.kona4j.crypto.bls12381.Bls12381Precompiles;
import io.kona4j.crypto.kzg.KzgPointEvaluation;
import io.kona4j.crypto.precompile.PrecompiledContract;
import io.kona4j.crypto.precompile.Precompiles;
import io.kona4j.evm.SpecId;
import io.kona4j.primitives.Address;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The precompiled contracts of one {@link SpecId}, filled cumulatively per fork (Besu style): Byzantium's
 * 0x01–0x08 with Istanbul pricing, blake2f 0x09, KZG point evaluation 0x0a from Cancun, BLS12-381 0x0b–0x11 from
 * Prague, from Osaka modexp with EIP-7883 pricing and EIP-7823 bounds and EIP-7951 {@code P256VERIFY} at 0x100
 * (6900 gas); and the OP changes of PROTOCOL.md §2.5 (RIP-7212 {@code P256VERIFY} at 0x100 from Fjord, 3450 gas;
 * bn256Pairing input limits from Granite, Jovian and Karst; BLS input limits from Isthmus and Jovian). Every
 * precompile address is below 2^16, so lookup is an array index.
 */
public final class PrecompileRegistry {
    private final PrecompiledContract[] byIndex = new PrecompiledContract[0x101];
    private final List<Address> addresses = new ArrayList<>();

    private PrecompileRegistry() {}

    /** Granite: bn256Pairing input ≤ 112,687 bytes. */
    public static final int GRANITE_PAIRING_LIMIT = 112_687;
    /** Jovian: bn256Pairing input ≤ 81,984 bytes (427 pairs). */
    public static final int JOVIAN_PAIRING_LIMIT = 81_984;
    /**
     * Karst (OP Upgrade 19, "Glamsterdam defense"): bn256Pairing input ≤ 57,600 bytes (300 pairs), PROTOCOL.md §2.5
     * and the Upgrade 19b governance proposal (an earlier Upgrade 19 notice said 390 pairs, 74,880 bytes).
     */
    public static final int KARST_PAIRING_LIMIT = 57_600;
    public static final int ISTHMUS_G1_MSM_LIMIT = 513_760;
    public static final int ISTHMUS_G2_MSM_LIMIT = 488_448;
    public static final int ISTHMUS_BLS_PAIRING_LIMIT = 235_008;
    public static final int JOVIAN_G1_MSM_LIMIT = 288_960;
    public static final int JOVIAN_G2_MSM_LIMIT = 278_784;
    public static final int JOVIAN_BLS_PAIRING_LIMIT = 156_672;

    public static PrecompileRegistry forSpec(SpecId spec) {
        PrecompileRegistry r = new PrecompileRegistry();
        r.put(0x01, Precompiles.ecrecover());
        r.put(0x02, Precompiles.sha256());
        r.put(0x03, Precompiles.ripemd160());
        r.put(0x04, Precompiles.identity());
        boolean osaka = spec.isEnabled(EthereumFork.OSAKA);
        r.put(0x05, osaka ? Precompiles.modexpOsaka() : Precompiles.modexp(true));
        r.put(0x06, Precompiles.bn254Add());
        r.put(0x07, Precompiles.bn254Mul());
        PrecompiledContract pairing = Precompiles.bn254Pairing();
        if (spec.isOp() && spec.isOpAtLeast(SpecId.KARST)) pairing = new InputLimitedContract(pairing, KARST_PAIRING_LIMIT);
        else if (spec.isOp() && spec.isOpAtLeast(SpecId.JOVIAN)) pairing = new InputLimitedContract(pairing, JOVIAN_PAIRING_LIMIT);
        else if (spec.isOp() && spec.isOpAtLeast(SpecId.GRANITE)) pairing = new InputLimitedContract(pairing, GRANITE_PAIRING_LIMIT);
        r.put(0x08, pairing);
        r.put(0x09, Precompiles.blake2f());
        if (spec.isEnabled(EthereumFork.CANCUN)) r.put(0x0a, KzgPointEvaluation.INSTANCE);
        if (spec.isEnabled(EthereumFork.PRAGUE)) {
            boolean jovian = spec.isOp() && spec.isOpAtLeast(SpecId.JOVIAN);
            boolean isthmus = spec.isOp() && spec.isOpAtLeast(SpecId.ISTHMUS);
            r.put(0x0b, Bls12381Precompiles.g1Add());
            r.put(0x0c, limit(Bls12381Precompiles.g1Msm(), isthmus, jovian, ISTHMUS_G1_MSM_LIMIT, JOVIAN_G1_MSM_LIMIT));
            r.put(0x0d, Bls12381Precompiles.g2Add());
            r.put(0x0e, limit(Bls12381Precompiles.g2Msm(), isthmus, jovian, ISTHMUS_G2_MSM_LIMIT, JOVIAN_G2_MSM_LIMIT));
            r.put(0x0f, limit(Bls12381Precompiles.pairing(), isthmus, jovian, ISTHMUS_BLS_PAIRING_LIMIT, JOVIAN_BLS_PAIRING_LIMIT));
            r.put(0x10, Bls12381Precompiles.mapFpToG1());
            r.put(0x11, Bls12381Precompiles.mapFp2ToG2());
        }
        if (osaka) r.put(0x100, Precompiles.p256VerifyOsaka());
        else if (spec.isOp() && spec.isOpAtLeast(SpecId.FJORD)) r.put(0x100, Precompiles.p256Verify());
        return r;
    }

    private static PrecompiledContract limit(PrecompiledContract p, boolean isthmus, boolean jovian, int isthmusLimit,
                                             int jovianLimit) {
        if (jovian) return new InputLimitedContract(p, jovianLimit);
        if (isthmus) return new InputLimitedContract(p, isthmusLimit);
        return p;
    }

    private void put(int index, PrecompiledContract p) {
        byIndex[index] = p;
        byte[] a = new byte[20];
        a[18] = (byte) (index >>> 8);
        a[19] = (byte) index;
        addresses.add(Address.of(a));
    }

    /**
     * A copy of this registry with the contract at {@code address} (an address already in it) replaced, e.g. by a
     * fault-proof client's oracle-accelerated version; the set of addresses, and so EIP-2929 warming, is unchanged.
     */
    public PrecompileRegistry with(Address address, PrecompiledContract replacement) {
        if (get(address) == null) throw new IllegalArgumentException("no precompile at " + address + " to replace");
        PrecompileRegistry r = new PrecompileRegistry();
        System.arraycopy(byIndex, 0, r.byIndex, 0, byIndex.length);
        r.addresses.addAll(addresses);
        byte[] b = address.unsafeBytes();
        r.byIndex[((b[18] & 0xff) << 8) | (b[19] & 0xff)] = replacement;
        return r;
    }

    /** The contract at {@code address}, or null. */
    public PrecompiledContract get(Address address) {
        byte[] b = address.unsafeBytes();
        for (int i = 0; i < 18; i++) if (b[i] != 0) return null;
        int idx = ((b[18] & 0xff) << 8) | (b[19] & 0xff);
        return idx < byIndex.length ? byIndex[idx] : null;
    }

    /** The active precompile addresses, warm from the start of every transaction (EIP-2929). */
    public List<Address> addresses() {
        return Collections.unmodifiableList(addresses);
    }
}
