package io.kona4j.protocol;

import io.kona4j.consensus.Bloom;
import io.kona4j.consensus.Header;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.UInt256;

/** Configs and L1 headers built for tests. */
public final class TestChains {
    public static final Address BATCHER = Address.fromHex("0x6887246668a3b87F54DeB3b94Ba47a6f63F32985");
    public static final Address PORTAL = Address.fromHex("0xbEb5Fc579115071764c7423A4f12eDde41f106Ed");
    public static final Address SYSTEM_CONFIG = Address.fromHex("0x229047fed2591dbec1eF1118d64F7aF3dB9EB290");
    public static final SystemConfig GENESIS_SYS = SystemConfig.bedrock(BATCHER, UInt256.valueOf(0xbc),
            UInt256.valueOf(0xa6fe0), 30_000_000);

    private TestChains() {}

    /** A rollup with 2-second blocks, L2 genesis at time 0 and the given forks. */
    public static RollupConfig rollup(HardForks forks) {
        return RollupConfig.builder()
                .genesis(new ChainGenesis(new BlockNumHash(100, Hash.fromHex("0x" + "11".repeat(32))),
                        new BlockNumHash(0, Hash.fromHex("0x" + "22".repeat(32))), 0, GENESIS_SYS))
                .l1ChainId(1).l2ChainId(901).hardForks(forks)
                .batchInboxAddress(Address.fromHex("0xff00000000000000000000000000000000000901"))
                .depositContractAddress(PORTAL).l1SystemConfigAddress(SYSTEM_CONFIG)
                .build();
    }

    /** An L1 header: London+ with base fee, Cancun fields when {@code excessBlobGas} is not null. */
    public static Header l1Header(long number, long time, Hash parent, long baseFee, Long excessBlobGas,
                                  Hash parentBeaconRoot) {
        Header.Builder b = Header.builder().parentHash(parent).ommersHash(Hash.EMPTY_OMMERS_HASH)
                .beneficiary(Address.ZERO).stateRoot(Hash.EMPTY_TRIE_ROOT).transactionsRoot(Hash.EMPTY_TRIE_ROOT)
                .receiptsRoot(Hash.EMPTY_TRIE_ROOT).logsBloom(Bloom.EMPTY).difficulty(UInt256.ZERO)
                .number(number).gasLimit(30_000_000).gasUsed(0).timestamp(time).extraData(new byte[0])
                .mixHash(Hash.fromHex("0x" + "ab".repeat(32))).nonce(0).baseFeePerGas(UInt256.valueOf(baseFee));
        if (excessBlobGas != null) {
            b.withdrawalsRoot(Hash.EMPTY_TRIE_ROOT).blobGasUsed(0L).excessBlobGas(excessBlobGas)
                    .parentBeaconBlockRoot(parentBeaconRoot);
        }
        return b.build();
    }
}
