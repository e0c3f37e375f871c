package io.kona4j.derive.attributes;

import io.kona4j.consensus.Block;
import io.kona4j.consensus.Bloom;
import io.kona4j.consensus.Header;
import io.kona4j.consensus.Receipt;
import io.kona4j.derive.ChainProvider;
import io.kona4j.derive.L2ChainProvider;
import io.kona4j.derive.errors.PipelineError;
import io.kona4j.derive.errors.PipelineException;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.UInt256;
import io.kona4j.protocol.BlockInfo;
import io.kona4j.protocol.BlockNumHash;
import io.kona4j.protocol.ChainGenesis;
import io.kona4j.protocol.HardForks;
import io.kona4j.protocol.L2BlockInfo;
import io.kona4j.protocol.RollupConfig;
import io.kona4j.protocol.SystemConfig;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** In-memory L1 and L2 providers for the attributes-builder tests. */
final class FakeChains implements ChainProvider, L2ChainProvider {
    static final Address BATCHER = Address.fromHex("0x6887246668a3b87F54DeB3b94Ba47a6f63F32985");
    static final Address PORTAL = Address.fromHex("0xbEb5Fc579115071764c7423A4f12eDde41f106Ed");
    static final Address SYSTEM_CONFIG = Address.fromHex("0x229047fed2591dbec1eF1118d64F7aF3dB9EB290");
    static final SystemConfig SYS = SystemConfig.bedrock(BATCHER, UInt256.valueOf(0xbc), UInt256.valueOf(0xa6fe0),
            30_000_000);

    final Map<Hash, Header> headers = new HashMap<>();
    final Map<Hash, List<Receipt>> receipts = new HashMap<>();
    SystemConfig l2SystemConfig = SYS;

    static RollupConfig rollup(HardForks forks) {
        return RollupConfig.builder()
                .genesis(new ChainGenesis(new BlockNumHash(0, Hash.fromHex("0x" + "11".repeat(32))),
                        new BlockNumHash(0, Hash.fromHex("0x" + "22".repeat(32))), 0, SYS))
                .l2ChainId(901).hardForks(forks)
                .batchInboxAddress(Address.fromHex("0xff00000000000000000000000000000000000901"))
                .depositContractAddress(PORTAL).l1SystemConfigAddress(SYSTEM_CONFIG)
                .build();
    }

    /** Adds an L1 block and returns its id. {@code excessBlobGas == null} makes a pre-Cancun header. */
    BlockNumHash l1Block(long number, long time, Hash parent, Long excessBlobGas, Hash beaconRoot,
                         List<Receipt> blockReceipts) {
        Header.Builder b = Header.builder().parentHash(parent).beneficiary(Address.ZERO).logsBloom(Bloom.EMPTY)
                .number(number).gasLimit(30_000_000).timestamp(time).mixHash(Hash.fromHex("0x" + "ab".repeat(31)
                        + String.format("%02x", number & 0xff)))
                .baseFeePerGas(UInt256.valueOf(7));
        if (excessBlobGas != null) {
            b.withdrawalsRoot(Hash.EMPTY_TRIE_ROOT).blobGasUsed(0L).excessBlobGas(excessBlobGas)
                    .parentBeaconBlockRoot(beaconRoot);
        }
        Header h = b.build();
        headers.put(h.hash(), h);
        receipts.put(h.hash(), blockReceipts);
        return new BlockNumHash(number, h.hash());
    }

    static L2BlockInfo l2(long number, long time, BlockNumHash origin, long seq) {
        return new L2BlockInfo(new BlockInfo(Hash.fromHex(String.format("0x%064x", 0x1000 + number)), number,
                Hash.fromHex(String.format("0x%064x", 0x1000 + number - 1)), time), origin, seq);
    }

    @Override
    public Header headerByHash(Hash hash) {
        Header h = headers.get(hash);
        if (h == null) throw PipelineException.temporary(PipelineError.PROVIDER, "no L1 header " + hash);
        return h;
    }

    @Override
    public BlockInfo blockInfoByNumber(long number) {
        throw new IllegalStateException("not used by the attributes builder");
    }

    @Override
    public List<Receipt> receiptsByHash(Hash hash) {
        List<Receipt> r = receipts.get(hash);
        if (r == null) throw PipelineException.temporary(PipelineError.PROVIDER, "no receipts for " + hash);
        return r;
    }

    @Override
    public BlockAndTransactions blockInfoAndTransactionsByHash(Hash hash) {
        throw new IllegalStateException("not used by the attributes builder");
    }

    @Override
    public SystemConfig systemConfigByNumber(long number, RollupConfig rollupConfig) {
        return l2SystemConfig;
    }

    @Override
    public L2BlockInfo l2BlockInfoByNumber(long number) {
        throw new IllegalStateException("not used by the attributes builder");
    }

    @Override
    public Block blockByNumber(long number) {
        throw new IllegalStateException("not used by the attributes builder");
    }
}
