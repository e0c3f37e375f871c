package io.kona4j.derive;

import io.kona4j.consensus.Block;
import io.kona4j.consensus.Eip1559Transaction;
import io.kona4j.consensus.Eip4844Transaction;
import io.kona4j.consensus.Header;
import io.kona4j.consensus.OpPayloadAttributes;
import io.kona4j.consensus.Receipt;
import io.kona4j.consensus.Transaction;
import io.kona4j.consensus.TxType;
import io.kona4j.crypto.Secp256k1;
import io.kona4j.crypto.Signature;
import io.kona4j.derive.errors.PipelineError;
import io.kona4j.derive.errors.PipelineException;
import io.kona4j.derive.sources.BlobProvider;
import io.kona4j.derive.sources.IndexedBlobHash;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Keccak256;
import io.kona4j.primitives.UInt256;
import io.kona4j.protocol.BlockInfo;
import io.kona4j.protocol.BlockNumHash;
import io.kona4j.protocol.ChainGenesis;
import io.kona4j.protocol.HardForks;
import io.kona4j.protocol.L2BlockInfo;
import io.kona4j.protocol.RollupConfig;
import io.kona4j.protocol.SystemConfig;
import io.kona4j.protocol.batch.Batch;
import io.kona4j.protocol.batch.ChannelCompression;
import io.kona4j.protocol.batch.ChannelId;
import io.kona4j.protocol.batch.Frame;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An L1 chain built in the test, with in-memory providers for every derive seam: L1 blocks with transactions and
 * receipts, blobs, the safe L2 chain, and an attributes builder that records the epoch it was asked for.
 */
public final class DeriveFixture implements ChainProvider, BlobProvider, L2ChainProvider, AttributesBuilder {
    public static final byte[] BATCHER_KEY = key(1);
    public static final byte[] OTHER_KEY = key(2);
    public static final Address BATCHER = Secp256k1.addressOf(BATCHER_KEY);
    public static final Address INBOX = Address.fromHex("0xff00000000000000000000000000000000000010");
    public static final Address SYSTEM_CONFIG = Address.fromHex("0x229047fed2591dbec1ef1118d64f7af3db9eb290");
    public static final long L1_CHAIN_ID = 1;
    public static final long L2_CHAIN_ID = 10;
    public static final long GENESIS_TIME = 1_000;
    public static final long L1_BLOCK_TIME = 12;

    public final RollupConfig config;
    public final List<BlockInfo> l1 = new ArrayList<>();
    final Map<Hash, List<Transaction>> l1Txs = new HashMap<>();
    final Map<Hash, Header> l1Headers = new HashMap<>();
    final Map<Hash, List<Receipt>> l1Receipts = new HashMap<>();
    public final Map<Hash, byte[]> blobs = new HashMap<>();
    public final List<L2BlockInfo> l2 = new ArrayList<>();
    public final Map<Long, Block> l2Blocks = new HashMap<>();
    public final List<BlockNumHash> builderEpochs = new ArrayList<>();
    private long nonce;

    public DeriveFixture(HardForks forks, long seqWindowSize) {
        BlockInfo g1 = addHeader(Hash.ZERO, 0, GENESIS_TIME);
        l1.add(g1);
        l1Txs.put(g1.hash(), List.of());
        l1Receipts.put(g1.hash(), List.of());
        Hash g2 = hash("l2", 0);
        SystemConfig sc = SystemConfig.bedrock(BATCHER, UInt256.ZERO, UInt256.ZERO, 30_000_000);
        config = RollupConfig.builder()
                .genesis(new ChainGenesis(g1.id(), new BlockNumHash(0, g2), GENESIS_TIME, sc))
                .blockTime(2).seqWindowSize(seqWindowSize).channelTimeout(5).graniteChannelTimeout(3)
                .l1ChainId(L1_CHAIN_ID).l2ChainId(L2_CHAIN_ID).hardForks(forks).batchInboxAddress(INBOX)
                .depositContractAddress(Address.fromHex("0xbeb5fc579115071764c7423a4f12edde41f106ed"))
                .l1SystemConfigAddress(SYSTEM_CONFIG).maxSequencerDrift(600).build();
        l2.add(new L2BlockInfo(new BlockInfo(g2, 0, Hash.ZERO, GENESIS_TIME), g1.id(), 0));
    }

    /** An L1 header (Cancun fields set) for block {@code n}; the block's hash is the header's hash. */
    private BlockInfo addHeader(Hash parent, long n, long time) {
        Header h = Header.builder().parentHash(parent).number(n).timestamp(time).gasLimit(30_000_000)
                .baseFeePerGas(UInt256.valueOf(1_000_000_000L)).mixHash(hash("mix", n))
                .withdrawalsRoot(Hash.EMPTY_TRIE_ROOT).blobGasUsed(0L).excessBlobGas(0L)
                .parentBeaconBlockRoot(hash("beacon", n)).build();
        BlockInfo b = BlockInfo.of(h);
        l1Headers.put(b.hash(), h);
        return b;
    }

    static byte[] key(int i) {
        byte[] k = new byte[32];
        k[31] = (byte) i;
        k[0] = 0x11;
        return k;
    }

    public static Hash hash(String what, long n) {
        return Keccak256.hash((what + n).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    /** Appends an L1 block holding {@code txs}; every receipt succeeds unless listed in {@code failed}. */
    public BlockInfo addL1Block(List<Transaction> txs, int... failed) {
        BlockInfo parent = l1.get(l1.size() - 1);
        long n = parent.number() + 1;
        BlockInfo b = addHeader(parent.hash(), n, GENESIS_TIME + n * L1_BLOCK_TIME);
        l1.add(b);
        l1Txs.put(b.hash(), List.copyOf(txs));
        List<Receipt> receipts = new ArrayList<>();
        for (int i = 0; i < txs.size(); i++) {
            boolean ok = true;
            for (int f : failed) if (f == i) ok = false;
            receipts.add(Receipt.of(txs.get(i).type(), ok, 21_000L * (i + 1), List.of()));
        }
        l1Receipts.put(b.hash(), receipts);
        return b;
    }

    /** Empty L1 blocks until the chain has {@code count} blocks after genesis. */
    public void fillL1(int count) {
        while (l1.size() <= count) addL1Block(List.of());
    }

    public Transaction batcherTx(byte[] data) {
        return signedTx(data, INBOX, BATCHER_KEY);
    }

    public Transaction signedTx(byte[] data, Address to, byte[] key) {
        Eip1559Transaction unsigned = new Eip1559Transaction(L1_CHAIN_ID, nonce++, UInt256.ONE, UInt256.valueOf(100),
                100_000, to, UInt256.ZERO, data, List.of(), 0, UInt256.ONE, UInt256.ONE);
        Signature s = Secp256k1.signHash(unsigned.signingHash(), key);
        return new Eip1559Transaction(L1_CHAIN_ID, unsigned.nonce(), UInt256.ONE, UInt256.valueOf(100), 100_000, to,
                UInt256.ZERO, data, List.of(), s.recoveryId(), UInt256.fromBigInteger(s.r()), UInt256.fromBigInteger(s.s()));
    }

    /** A blob transaction carrying {@code blobData} (each encoded as one blob), signed by {@code key}. */
    public Transaction blobTx(Address to, byte[] key, byte[] calldata, byte[]... blobData) {
        List<Hash> hashes = new ArrayList<>();
        for (byte[] d : blobData) {
            byte[] blob = io.kona4j.protocol.batch.BlobData.encode(d);
            byte[] h = io.kona4j.crypto.Sha256.digest(blob);
            h[0] = 0x01;
            Hash vh = Hash.wrap(h);
            blobs.put(vh, blob);
            hashes.add(vh);
        }
        return blobTxWithHashes(to, key, calldata, hashes);
    }

    public Transaction blobTxWithHashes(Address to, byte[] key, byte[] calldata, List<Hash> hashes) {
        Eip4844Transaction u = new Eip4844Transaction(L1_CHAIN_ID, nonce++, UInt256.ONE, UInt256.valueOf(100), 100_000, to,
                UInt256.ZERO, calldata, List.of(), UInt256.ONE, hashes, 0, UInt256.ONE, UInt256.ONE);
        Signature s = Secp256k1.signHash(u.signingHash(), key);
        return new Eip4844Transaction(L1_CHAIN_ID, u.nonce(), UInt256.ONE, UInt256.valueOf(100), 100_000, to, UInt256.ZERO,
                calldata, List.of(), UInt256.ONE, hashes, s.recoveryId(), UInt256.fromBigInteger(s.r()),
                UInt256.fromBigInteger(s.s()));
    }

    /** Batcher data carrying {@code batches} in one zlib channel, split into frames of {@code frameSize} bytes. */
    public static List<Frame> channelFrames(int id, int frameSize, List<? extends Batch> batches) {
        byte[] channel = ChannelCompression.zlib(ChannelCompression.rlpStream(batches), 9);
        return Frame.split(channelId(id), channel, frameSize);
    }

    public static ChannelId channelId(int id) {
        byte[] b = new byte[16];
        b[15] = (byte) id;
        b[0] = (byte) 0xC0;
        return ChannelId.of(b);
    }

    public static byte[] data(List<Frame> frames) {
        return Frame.toBatcherData(frames);
    }

    public L2BlockInfo safeHead() {
        return l2.get(l2.size() - 1);
    }

    /** The receipts of each L1 block, by hash (tests put config-update logs here). */
    public Map<Hash, List<Receipt>> l1Receipts() {
        return l1Receipts;
    }

    public BlockInfo l1(long n) {
        return l1.get((int) n);
    }

    /** The L2 block a payload from {@code attrs} (with origin {@code epoch}) would make on the safe head. */
    public L2BlockInfo applyAttributes(long timestamp, BlockNumHash epoch) {
        L2BlockInfo parent = safeHead();
        long n = parent.number() + 1;
        long seq = epoch.number() == parent.l1Origin().number() ? parent.sequenceNumber() + 1 : 0;
        L2BlockInfo b = new L2BlockInfo(new BlockInfo(hash("l2", n), n, parent.hash(), timestamp), epoch, seq);
        l2.add(b);
        return b;
    }

    // ChainProvider

    @Override
    public Header headerByHash(Hash hash) {
        Header h = l1Headers.get(hash);
        if (h == null) throw PipelineException.critical(PipelineError.PROVIDER, "unknown L1 header " + hash);
        return h;
    }

    @Override
    public BlockInfo blockInfoByNumber(long number) {
        if (number >= l1.size()) throw PipelineException.critical(PipelineError.END_OF_SOURCE, "L1 head reached at #" + number);
        return l1.get((int) number);
    }

    @Override
    public List<Receipt> receiptsByHash(Hash hash) {
        return l1Receipts.get(hash);
    }

    @Override
    public BlockAndTransactions blockInfoAndTransactionsByHash(Hash hash) {
        for (BlockInfo b : l1) if (b.hash().equals(hash)) return new BlockAndTransactions(b, l1Txs.get(hash));
        throw PipelineException.critical(PipelineError.PROVIDER, "unknown L1 block " + hash);
    }

    // BlobProvider

    @Override
    public List<byte[]> getAndValidateBlobs(BlockInfo block, List<IndexedBlobHash> hashes) {
        List<byte[]> out = new ArrayList<>();
        for (IndexedBlobHash h : hashes) {
            byte[] b = blobs.get(h.hash());
            if (b == null) throw PipelineException.temporary(PipelineError.BLOB, "blob " + h + " not available");
            out.add(b);
        }
        return out;
    }

    // L2ChainProvider

    @Override
    public L2BlockInfo l2BlockInfoByNumber(long number) {
        if (number >= l2.size()) throw PipelineException.temporary(PipelineError.PROVIDER, "no L2 block #" + number);
        return l2.get((int) number);
    }

    @Override
    public Block blockByNumber(long number) {
        Block b = l2Blocks.get(number);
        if (b == null) throw PipelineException.temporary(PipelineError.PROVIDER, "no L2 block body #" + number);
        return b;
    }

    @Override
    public SystemConfig systemConfigByNumber(long number, RollupConfig rollupConfig) {
        return rollupConfig.genesis().systemConfig();
    }

    // AttributesBuilder

    @Override
    public OpPayloadAttributes preparePayloadAttributes(L2BlockInfo l2Parent, BlockNumHash epoch) {
        builderEpochs.add(epoch);
        return new OpPayloadAttributes(l2Parent.timestamp() + config.blockTime(), Hash.ZERO, Address.ZERO, null, null,
                List.of(), false, 30_000_000, null, null);
    }

    public static boolean isDepositFree(List<byte[]> txs) {
        for (byte[] t : txs) if (t.length > 0 && (t[0] & 0xff) == TxType.DEPOSIT.id()) return false;
        return true;
    }
}
