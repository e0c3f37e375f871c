package io.kona4j.devnet;

import io.kona4j.consensus.Block;
import io.kona4j.consensus.Header;
import io.kona4j.consensus.Receipt;
import io.kona4j.derive.ChainProvider;
import io.kona4j.derive.L2ChainProvider;
import io.kona4j.primitives.Hash;
import io.kona4j.protocol.BlockInfo;
import io.kona4j.protocol.L2BlockInfo;
import io.kona4j.protocol.RollupConfig;
import io.kona4j.protocol.SystemConfig;
import io.kona4j.protocol.sysconfig.PayloadToSystemConfig;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Both devnet chains as they grow, by number and by hash, and the derivation providers over them (what the
 * sequencer's attributes builder reads; a full node's view, no oracle).
 */
final class ChainView {
    final List<L1BlockData> l1 = new ArrayList<>();
    final Map<Hash, L1BlockData> l1ByHash = new HashMap<>();
    final List<L2BlockData> l2 = new ArrayList<>();
    final Map<Hash, L2BlockData> l2ByHash = new HashMap<>();
    private final SystemConfig genesisSystemConfig;

    ChainView(SystemConfig genesisSystemConfig) {
        this.genesisSystemConfig = genesisSystemConfig;
    }

    void addL1(L1BlockData b) {
        if (b.header().number() != l1.size()) throw new DevnetException("L1 block " + b.header().number() + " out of order");
        l1.add(b);
        l1ByHash.put(b.hash(), b);
    }

    void addL2(L2BlockData b) {
        if (b.number() != l2.size()) throw new DevnetException("L2 block " + b.number() + " out of order");
        l2.add(b);
        l2ByHash.put(b.hash(), b);
    }

    L1BlockData l1ByHashOrThrow(Hash h) {
        L1BlockData b = l1ByHash.get(h);
        if (b == null) throw new DevnetException("no devnet L1 block " + h);
        return b;
    }

    ChainProvider l1Provider() {
        return new ChainProvider() {
            @Override
            public Header headerByHash(Hash hash) {
                return l1ByHashOrThrow(hash).header();
            }

            @Override
            public BlockInfo blockInfoByNumber(long number) {
                if (number < 0 || number >= l1.size()) throw new DevnetException("no devnet L1 block #" + number);
                return BlockInfo.of(l1.get((int) number).header());
            }

            @Override
            public List<Receipt> receiptsByHash(Hash hash) {
                return l1ByHashOrThrow(hash).receipts();
            }

            @Override
            public BlockAndTransactions blockInfoAndTransactionsByHash(Hash hash) {
                L1BlockData b = l1ByHashOrThrow(hash);
                return new BlockAndTransactions(BlockInfo.of(b.header()), b.block().transactions());
            }
        };
    }

    L2ChainProvider l2Provider() {
        return new L2ChainProvider() {
            @Override
            public SystemConfig systemConfigByNumber(long number, RollupConfig rollupConfig) {
                if (number == 0) return genesisSystemConfig;
                return PayloadToSystemConfig.convert(rollupConfig, block(number).block());
            }

            @Override
            public L2BlockInfo l2BlockInfoByNumber(long number) {
                return block(number).info();
            }

            @Override
            public Block blockByNumber(long number) {
                return block(number).block();
            }

            private L2BlockData block(long number) {
                if (number < 0 || number >= l2.size()) throw new DevnetException("no devnet L2 block #" + number);
                return l2.get((int) number);
            }
        };
    }
}
