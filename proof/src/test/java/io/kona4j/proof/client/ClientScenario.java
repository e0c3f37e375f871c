package io.kona4j.proof.client;

import io.kona4j.consensus.Block;
import io.kona4j.consensus.Eip1559Transaction;
import io.kona4j.consensus.OpPayloadAttributes;
import io.kona4j.consensus.Transaction;
import io.kona4j.executor.StatelessL2Builder;
import io.kona4j.executor.db.TrieDBProvider;
import io.kona4j.mpt.OrderedListWalker;
import io.kona4j.mpt.TrieHinter;
import io.kona4j.protocol.L1ChainConfig;
import io.kona4j.protocol.Predeploys;
import io.kona4j.protocol.SystemConfig;
import io.kona4j.protocol.sysconfig.PayloadToSystemConfig;
import io.kona4j.consensus.Header;
import io.kona4j.crypto.Secp256k1;
import io.kona4j.crypto.Signature;
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
import io.kona4j.protocol.batch.ChannelCompression;
import io.kona4j.protocol.batch.ChannelId;
import io.kona4j.protocol.batch.Frame;
import io.kona4j.protocol.batch.SingularBatch;
import io.kona4j.protocol.info.L1BlockInfoEcotone;
import io.kona4j.protocol.info.L1InfoTransaction;
import io.kona4j.protocol.registry.Chains;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * A small OP Sepolia world in a {@link TestOracle}: an L1 chain of 56 blocks (#4,999,950 … #5,000,005, the head), an
 * L2 safe head #20,000,000 on an empty state whose L1 origin is #5,000,000 (its L1-info deposit says so), and the
 * agreed output root of that safe head with its 128-byte preimage. Without a batch, derivation exhausts L1 without a
 * new block; with one, L1 block #5,000,001 carries a batcher transaction (calldata, zlib channel, one singular batch
 * for block #20,000,001 with no user transactions).
 */
final class ClientScenario {
    static final RollupConfig CONFIG = Chains.require(Chains.OP_SEPOLIA);
    static final long L1_FIRST = 4_999_950;
    static final long L1_ORIGIN = 5_000_000;
    /** After Holocene (1732633200) and before Isthmus (1744905600) on OP Sepolia. */
    static final long L1_FIRST_TIME = 1_739_000_000L;
    static final long SAFE_NUMBER = 20_000_000;
    static final byte[] BATCHER_KEY = Hash.fromHex("0x0000000000000000000000000000000000000000000000000000000000b47c11")
            .toArray();
    static final Address BATCHER = Secp256k1.addressOf(BATCHER_KEY);
    /** Holocene extraData: version 0, denominator 250, elasticity 6. */
    static final byte[] HOLOCENE_EXTRA = {0, 0, 0, 0, (byte) 250, 0, 0, 0, 6};

    final TestOracle oracle = new TestOracle();
    final List<Header> l1 = new ArrayList<>();
    final Header safeHeader;
    final Hash safeHash;
    final Hash agreedRoot;
    final long safeTime;

    ClientScenario() {
        this(false);
    }

    ClientScenario(boolean withBatch) {
        this(withBatch ? 1 : 0);
    }

    /** With {@code batches} singular batches (blocks #20,000,001 …) in one channel in L1 block #5,000,001. */
    ClientScenario(int batches) {
        boolean withBatch = batches > 0;
        this.batches = batches;
        long originTime = L1_FIRST_TIME + 12 * (L1_ORIGIN - L1_FIRST);
        safeTime = originTime + 10;
        // The L1 origin's hash must be known before the safe block's L1-info deposit and the batch: build L1 up to
        // the origin first, then the L2 safe block, then the rest of L1.
        Hash parent = Hash.ZERO;
        for (long n = L1_FIRST; n <= L1_FIRST + 55; n++) {
            Hash txRoot = Hash.EMPTY_TRIE_ROOT;
            if (withBatch && n == L1_ORIGIN + 1) txRoot = TestChains.putList(oracle, List.of(batcherTx()));
            Header h = Header.builder().parentHash(parent).number(n).timestamp(L1_FIRST_TIME + 12 * (n - L1_FIRST))
                    .gasLimit(30_000_000).baseFeePerGas(UInt256.valueOf(7)).excessBlobGas(0L).blobGasUsed(0L)
                    .transactionsRoot(txRoot).withdrawalsRoot(Hash.EMPTY_TRIE_ROOT).parentBeaconBlockRoot(Hash.ZERO)
                    .build();
            parent = TestChains.putHeader(oracle, h);
            l1.add(h);
            if (n == L1_ORIGIN && safeHeaderPending == null) {
                safeHeaderPending = buildSafe(h);
                if (withBatch) expectBlocks(h);
            }
        }
        safeHeader = safeHeaderPending;
        safeHash = safeHeader.hash();
        OutputRoot out = new OutputRoot(safeHeader.stateRoot(), Hash.EMPTY_TRIE_ROOT, safeHash);
        agreedRoot = oracle.putKeccak(out.encode());
    }

    private Header safeHeaderPending;
    private final int batches;
    /** Hashes of the blocks the batches must derive, and their output roots, worked out from the spec (below). */
    final List<Hash> batchParents = new ArrayList<>();
    final List<Hash> expectedRoots = new ArrayList<>();

    /**
     * Builds blocks #20,000,001 … from the attributes PROTOCOL.md §1.10 prescribes for them, independently of
     * derivation: same epoch, sequence numbers 6, 7, …, the L1-info deposit only, fee recipient the sequencer fee
     * vault, prevRandao and beacon root of the L1 origin, gas limit and EIP-1559 params of the system config (which
     * the safe block's L1-info deposit and header give).
     */
    private void expectBlocks(Header origin) {
        Block safe = new Block(safeHeaderPending, List.of(Transaction.decode(OrderedListWalker.walk(
                safeHeaderPending.transactionsRoot(), h -> oracle.store.get(PreimageKey.keccak256(h))).get(0))),
                List.of(), List.of());
        SystemConfig sys = PayloadToSystemConfig.convert(CONFIG, safe);
        StatelessL2Builder b = new StatelessL2Builder(CONFIG, new EmptyState(), TrieHinter.NOOP, safeHeaderPending);
        for (int i = 0; i < batches; i++) {
            long t = safeTime + 2L * (i + 1);
            byte[] deposit = L1InfoTransaction.build(CONFIG, L1ChainConfig.SEPOLIA, sys, 6 + i, origin, origin.hash(), t)
                    .encode();
            OpPayloadAttributes attrs = new OpPayloadAttributes(t, origin.prevRandao(), Predeploys.SEQUENCER_FEE_VAULT,
                    List.of(), origin.parentBeaconBlockRoot(), List.of(deposit), true, sys.gasLimit(),
                    sys.eip1559Params(CONFIG, t), null);
            batchParents.add(b.buildBlock(attrs).blockHash());
            expectedRoots.add(b.computeOutputRoot());
        }
    }

    /** An empty state: no node is ever needed. */
    static final class EmptyState implements TrieDBProvider {
        @Override
        public byte[] trieNodeByHash(Hash hash) {
            return null;
        }

        @Override
        public byte[] bytecodeByHash(Hash codeHash) {
            return null;
        }

        @Override
        public byte[] headerByHash(Hash blockHash) {
            return null;
        }
    }

    private Header buildSafe(Header origin) {
        L1BlockInfoEcotone info = new L1BlockInfoEcotone(origin.number(), origin.timestamp(), UInt256.valueOf(7),
                origin.hash(), 5, BATCHER, UInt256.ONE, 1, 2);
        byte[] deposit = L1InfoTransaction.deposit(CONFIG, info, safeTime).encode();
        Hash txRoot = TestChains.putList(oracle, List.of(deposit));
        Header safe = Header.builder().number(SAFE_NUMBER).timestamp(safeTime).parentHash(Keccak256.hash(new byte[]{9}))
                .stateRoot(Hash.EMPTY_TRIE_ROOT).transactionsRoot(txRoot).gasLimit(60_000_000)
                .baseFeePerGas(UInt256.ONE).withdrawalsRoot(Hash.EMPTY_TRIE_ROOT).blobGasUsed(0L).excessBlobGas(0L)
                .parentBeaconBlockRoot(Hash.ZERO).extraData(HOLOCENE_EXTRA).build();
        TestChains.putHeader(oracle, safe);
        return safe;
    }

    /** The batcher transaction of L1 block #5,000,001: one frame, one singular batch on the safe head. */
    private byte[] batcherTx() {
        Header origin = l1.get((int) (L1_ORIGIN - L1_FIRST));
        List<SingularBatch> list = new ArrayList<>();
        // Each batch names its parent: the safe head, then the blocks worked out in expectBlocks.
        for (int i = 0; i < batches; i++) {
            Hash parent = i == 0 ? safeHeaderPending.hash() : batchParents.get(i - 1);
            list.add(new SingularBatch(parent, L1_ORIGIN, origin.hash(), safeTime + 2L * (i + 1), List.of()));
        }
        byte[] channel = ChannelCompression.zlib(ChannelCompression.rlpStream(list), 9);
        byte[] id = new byte[16];
        id[15] = 7;
        byte[] data = Frame.toBatcherData(Frame.split(ChannelId.of(id), channel, 100_000));
        Eip1559Transaction unsigned = new Eip1559Transaction(11155111, 0, UInt256.ONE, UInt256.valueOf(100), 1_000_000,
                CONFIG.batchInboxAddress(), UInt256.ZERO, data, List.of(), 0, UInt256.ONE, UInt256.ONE);
        Signature sig = Secp256k1.signHash(unsigned.signingHash(), BATCHER_KEY);
        return new Eip1559Transaction(11155111, 0, UInt256.ONE, UInt256.valueOf(100), 1_000_000,
                CONFIG.batchInboxAddress(), UInt256.ZERO, data, List.of(), sig.recoveryId(), u256(sig.r()),
                u256(sig.s())).encode();
    }

    static UInt256 u256(BigInteger v) {
        byte[] raw = v.toByteArray();
        return raw.length > 32 ? UInt256.fromBytes(raw, raw.length - 32, 32) : UInt256.fromBytes(raw);
    }

    Header origin() {
        return l1.get((int) (L1_ORIGIN - L1_FIRST));
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
