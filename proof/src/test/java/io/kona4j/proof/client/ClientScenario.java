package io.kona4j.proof.client;

import io.kona4j.consensus.Header;
import io.kona4j.preimage.PreimageKey;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Keccak256;
import io.kona4j.primitives.UInt256;
import io.kona4j.proof.BootInfo;
import io.kona4j.proof.TestChains;
import io.kona4j.proof.TestOracle;
import io.kona4j.protocol.OutputRoot;
import io.kona4j.protocol.RollupConfig;
import io.kona4j.protocol.info.L1BlockInfoEcotone;
import io.kona4j.protocol.info.L1InfoTransaction;
import io.kona4j.protocol.registry.Chains;

import java.util.List;

/**
 * A small OP Sepolia world in a {@link TestOracle}: an L1 chain of 56 empty blocks (#4,999,950 … #5,000,005, the head),
 * an L2 safe head #20,000,000 whose L1 origin is #5,000,000 (its L1-info deposit says so), and the agreed output root
 * of that safe head with its 128-byte preimage. No batches are posted, so derivation exhausts L1 without a new block.
 */
final class ClientScenario {
    static final RollupConfig CONFIG = Chains.require(Chains.OP_SEPOLIA);
    static final long L1_FIRST = 4_999_950;
    static final long L1_ORIGIN = 5_000_000;
    /** After Holocene (1732633200) and before Isthmus (1744905600) on OP Sepolia. */
    static final long L1_FIRST_TIME = 1_739_000_000L;
    static final long SAFE_NUMBER = 20_000_000;

    final TestOracle oracle = new TestOracle();
    final List<Header> l1;
    final Header safeHeader;
    final Hash safeHash;
    final Hash agreedRoot;

    ClientScenario() {
        l1 = TestChains.l1Chain(oracle, L1_FIRST, L1_FIRST_TIME, 56);
        Header origin = l1.get((int) (L1_ORIGIN - L1_FIRST));
        long safeTime = origin.timestamp() + 10;
        L1BlockInfoEcotone info = new L1BlockInfoEcotone(origin.number(), origin.timestamp(), UInt256.valueOf(7),
                origin.hash(), 5, Address.fromHex("0x8F23BB38F531600e5d8FDDaAEC41F13FaB46E98c"), UInt256.ONE, 1, 2);
        byte[] deposit = L1InfoTransaction.deposit(CONFIG, info, safeTime).encode();
        Hash txRoot = TestChains.putList(oracle, List.of(deposit));
        safeHeader = Header.builder().number(SAFE_NUMBER).timestamp(safeTime).parentHash(Keccak256.hash(new byte[]{9}))
                .stateRoot(Keccak256.hash(new byte[]{1})).transactionsRoot(txRoot).gasLimit(60_000_000)
                .baseFeePerGas(UInt256.ONE).withdrawalsRoot(Hash.EMPTY_TRIE_ROOT).blobGasUsed(0L).excessBlobGas(0L)
                .parentBeaconBlockRoot(Hash.ZERO).extraData(new byte[9]).build();
        safeHash = TestChains.putHeader(oracle, safeHeader);
        OutputRoot out = new OutputRoot(safeHeader.stateRoot(), Keccak256.hash(new byte[]{2}), safeHash);
        agreedRoot = oracle.putKeccak(out.encode());
    }

    Hash l1Head() {
        return l1.get(l1.size() - 1).hash();
    }

    /** Writes the boot inputs (local keys 1-5). */
    ClientScenario boot(Hash claimedRoot, long claimedBlock) {
        BootInfo b = new BootInfo(l1Head(), agreedRoot, claimedRoot, claimedBlock, CONFIG.l2ChainId());
        b.localPreimages().forEach(oracle::put);
        return this;
    }

    static boolean isLocal(PreimageKey k) {
        return k.toArray()[0] == 0x01;
    }
}
