package io.kona4j.devnet;

import io.kona4j.consensus.Block;
import io.kona4j.consensus.Bloom;
import io.kona4j.consensus.EthereumFork;
import io.kona4j.consensus.Header;
import io.kona4j.consensus.OpPayloadAttributes;
import io.kona4j.consensus.Receipt;
import io.kona4j.consensus.SignedTransaction;
import io.kona4j.consensus.Transaction;
import io.kona4j.consensus.genesis.Genesis;
import io.kona4j.consensus.genesis.GenesisAccount;
import io.kona4j.consensus.genesis.GenesisState;
import io.kona4j.derive.attributes.StatefulAttributesBuilder;
import io.kona4j.executor.BlockBuildingOutcome;
import io.kona4j.executor.StatelessL2Builder;
import io.kona4j.executor.db.TrieDB;
import io.kona4j.executor.db.TrieDBProvider;
import io.kona4j.mpt.OrderedListTrie;
import io.kona4j.mpt.SecureTrie;
import io.kona4j.mpt.Trie;
import io.kona4j.mpt.TrieAccount;
import io.kona4j.mpt.TrieHinter;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Bytes;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Keccak256;
import io.kona4j.primitives.UInt256;
import io.kona4j.protocol.BlockNumHash;
import io.kona4j.protocol.ChainGenesis;
import io.kona4j.protocol.Hardfork;
import io.kona4j.protocol.HardForks;
import io.kona4j.protocol.L1ChainConfig;
import io.kona4j.protocol.L2BlockInfo;
import io.kona4j.protocol.Predeploys;
import io.kona4j.protocol.RollupConfig;
import io.kona4j.protocol.SystemConfig;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds a devnet block by block, op-e2e style: seal L1 block n (deposits and config updates the workload sends,
 * batcher transactions for the L2 blocks made so far), then sequence the L2 blocks whose time falls before L1 block
 * n+1 on kona4j's executor, from the attributes the {@link StatefulAttributesBuilder} derives over this very L1 plus
 * the workload's user transactions, then hand them to the {@link Batcher}.
 */
final class DevnetBuilder {
    static final Address BATCH_INBOX = Address.fromHex("0xff00000000000000000000000000000000000901");
    static final Address OPTIMISM_PORTAL = Address.fromHex("0xde0000000000000000000000000000000000de00");
    static final Address SYSTEM_CONFIG = Address.fromHex("0xde0000000000000000000000000000000000de01");
    static final long L1_GAS_LIMIT = 30_000_000L;
    static final long L2_GAS_LIMIT = 30_000_000L;
    /**
     * L1 is Cancun from genesis; its genesis starts with this excess blob gas so the blob base fee (EIP-4844
     * {@code fake_exponential(1, excess, 3338477)}, ≈19 wei at genesis) is above the minimum and moves from block to
     * block, and the L1-info deposits carry a value worth checking.
     */
    static final long L1_GENESIS_EXCESS_BLOB_GAS = 10_000_000L;
    static final Address BEDROCK_L1_BLOCK_IMPL = Address.fromHex("0xc0d3c0d3c0d3c0d3c0d3c0d3c0d3c0d3c0d30015");
    static final Address MESSAGE_PASSER_IMPL = Address.fromHex("0xc0d3c0d3c0d3c0d3c0d3c0d3c0d3c0d3c0d30016");

    private final DevnetConfig config;
    private final Keys batcher;
    private final List<String> events = new ArrayList<>();
    private final StateStore store = new StateStore();
    private RollupConfig rollup;
    private L1ChainConfig l1Config;
    private ChainView chains;
    private Workload workload;
    private Batcher batcherOut;
    private StatefulAttributesBuilder attributes;
    private Scenarios scenarios;

    DevnetBuilder(DevnetConfig config) {
        this.config = config;
        this.batcher = Keys.of(config.seed(), "batcher");
    }

    Devnet build() {
        long start = System.nanoTime();
        long t0 = DevnetConfig.L1_GENESIS_TIME;
        l1Config = L1ChainConfig.standard(DevnetConfig.L1_CHAIN_ID, 0L, l1PragueTime(config, t0), null, null, null);
        Header l1Genesis = l1Header(null, 0, t0, List.of(), List.of(), 0);
        L1BlockData l1g = new L1BlockData(new Block(l1Genesis, List.of(), List.of(), List.of()), l1Genesis.hash(),
                List.of(), List.of());

        workload = new Workload(config.seed());
        scenarios = new Scenarios(config, events);
        SystemConfig sys = SystemConfig.bedrock(batcher.address(), UInt256.valueOf(2100), UInt256.valueOf(1_000_000),
                L2_GAS_LIMIT);
        HardForks forks = shift(config.hardForks(), t0);
        GenesisL2 g2 = genesisL2(forks, t0);
        rollup = RollupConfig.builder()
                .genesis(new ChainGenesis(new BlockNumHash(0, l1g.hash()), new BlockNumHash(0, g2.hash), t0, sys))
                .blockTime(DevnetConfig.L2_BLOCK_TIME).maxSequencerDrift(600).seqWindowSize(scenarios.seqWindowSize(20))
                .channelTimeout(scenarios.channelTimeout(30)).graniteChannelTimeout(scenarios.channelTimeout(50))
                .l1ChainId(DevnetConfig.L1_CHAIN_ID).l2ChainId(DevnetConfig.L2_CHAIN_ID).hardForks(forks)
                .batchInboxAddress(BATCH_INBOX).depositContractAddress(OPTIMISM_PORTAL)
                .l1SystemConfigAddress(SYSTEM_CONFIG).build();
        scenarios.start(rollup);
        chains = new ChainView(sys);
        chains.addL1(l1g);
        Block g2Block = new Block(g2.header, List.of(), List.of(), rollup.isCanyonActive(t0) ? List.of() : null);
        chains.addL2(new L2BlockData(g2Block, g2.hash, List.of(), g2.outputRoot, g2.passerRoot,
                L2BlockInfo.fromBlock(g2Block, rollup.genesis()), List.of(), List.of()));
        store.putHeader(g2.hash, g2.header.encode());
        attributes = new StatefulAttributesBuilder(rollup, l1Config, chains.l2Provider(), chains.l1Provider());
        batcherOut = new Batcher(config, rollup, batcher, chains, scenarios, events);
        workload.fund(g2.funded);

        while (chains.l2.size() <= config.l2Blocks()) {
            sealL1Block();
            long nextL1Time = chains.l1.get(chains.l1.size() - 1).header().timestamp() + DevnetConfig.L1_BLOCK_TIME;
            List<L2BlockData> made = new ArrayList<>();
            while (chains.l2.size() <= config.l2Blocks()
                    && last2().header().timestamp() + DevnetConfig.L2_BLOCK_TIME < nextL1Time) {
                made.add(sequence());
            }
            batcherOut.add(made);
        }
        while (batcherOut.pending()) sealL1Block();
        sealL1Block();
        return new Devnet(config, rollup, l1Config, chains, store, events, System.nanoTime() - start);
    }

    private L2BlockData last2() {
        return chains.l2.get(chains.l2.size() - 1);
    }

    /** Fork offsets from the config made absolute L2 times. */
    private static HardForks shift(HardForks f, long t0) {
        Long[] t = new Long[Hardfork.values().length];
        for (Hardfork h : Hardfork.values()) t[h.ordinal()] = f.time(h) == null ? null : t0 + f.time(h);
        return new HardForks(t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7], t[8], t[9], t[10], t[11],
                f.keepKarstUpgradeGas());
    }

    // ---------------------------------------------------------------- L1

    private void sealL1Block() {
        L1BlockData parent = chains.l1.get(chains.l1.size() - 1);
        long n = parent.header().number() + 1;
        long time = parent.header().timestamp() + DevnetConfig.L1_BLOCK_TIME;
        List<Transaction> txs = new ArrayList<>();
        List<Receipt> receipts = new ArrayList<>();
        List<L1BlockData.Blob> blobs = new ArrayList<>();
        long[] gas = {0};
        List<Workload.L1Call> calls = new ArrayList<>(workload.l1Calls(n, time, rollup));
        calls.addAll(scenarios.l1Calls(n));
        for (Workload.L1Call c : calls) {
            txs.add(c.tx());
            gas[0] += c.gasUsed();
            receipts.add(Receipt.of(c.tx().type(), true, gas[0], c.logs()));
            events.add("L1 #" + n + ": " + c.what());
        }
        for (Batcher.Submission s : batcherOut.submissions(n, time, parent.header())) {
            txs.add(s.tx());
            gas[0] += s.gasUsed();
            receipts.add(Receipt.of(s.tx().type(), true, gas[0], List.of()));
            for (L1BlockData.Blob b : s.blobs()) {
                blobs.add(new L1BlockData.Blob(blobs.size(), b.versionedHash(), b.blob(), b.commitment(), b.proof()));
            }
        }
        long blobGas = 131_072L * blobs.size();
        Header h = l1Header(parent.header(), n, time, txs, receipts, blobGas);
        chains.addL1(new L1BlockData(new Block(h, txs, List.of(), List.of()), h.hash(), receipts, blobs));
    }

    private Header l1Header(Header parent, long n, long time, List<Transaction> txs, List<Receipt> receipts,
                            long blobGasUsed) {
        List<byte[]> rawTxs = new ArrayList<>(txs.size());
        for (Transaction t : txs) rawTxs.add(t.encode());
        List<byte[]> rawReceipts = new ArrayList<>(receipts.size());
        List<Bloom> blooms = new ArrayList<>(receipts.size());
        for (Receipt r : receipts) {
            rawReceipts.add(r.encodeForReceiptsRoot());
            blooms.add(r.logsBloom());
        }
        long gasUsed = receipts.isEmpty() ? 0 : receipts.get(receipts.size() - 1).cumulativeGasUsed();
        UInt256 baseFee = parent == null ? UInt256.valueOf(1_000_000_000L) : l1BaseFee(parent);
        long excess = parent == null ? L1_GENESIS_EXCESS_BLOB_GAS
                : Math.max(0, parent.excessBlobGas() + parent.blobGasUsed()
                - 131_072L * l1Config.blobParamsAt(time, rollup).target());
        return Header.builder()
                .parentHash(parent == null ? Hash.ZERO : parent.hash())
                .beneficiary(Address.fromHex("0x00000000000000000000000000000000000c0ffe"))
                .stateRoot(random("l1-state", n))
                .transactionsRoot(OrderedListTrie.root(rawTxs))
                .receiptsRoot(OrderedListTrie.root(rawReceipts))
                .logsBloom(Bloom.union(blooms))
                .number(n).gasLimit(L1_GAS_LIMIT).gasUsed(gasUsed).timestamp(time)
                .extraData("kona4j devnet".getBytes(StandardCharsets.UTF_8))
                .mixHash(random("l1-randao", n))
                .baseFeePerGas(baseFee)
                .withdrawalsRoot(Hash.EMPTY_TRIE_ROOT)
                .blobGasUsed(blobGasUsed).excessBlobGas(excess)
                .parentBeaconBlockRoot(random("l1-beacon-root", n))
                .requestsHash(l1Config.pragueTime() != null && time >= l1Config.pragueTime() ? EMPTY_REQUESTS_HASH : null)
                .build();
    }

    /**
     * L1 turns Prague (EIP-7691 blob schedule: target 6, update fraction 5007716) at the last L1 block time not after
     * the L2 Isthmus activation, as on mainnet where Pectra shortly preceded OP Isthmus; a chain without Isthmus keeps
     * L1 on Cancun.
     */
    static Long l1PragueTime(DevnetConfig config, long t0) {
        Long isthmus = config.hardForks().time(Hardfork.ISTHMUS);
        if (isthmus == null) return null;
        return t0 + isthmus / DevnetConfig.L1_BLOCK_TIME * DevnetConfig.L1_BLOCK_TIME;
    }

    /** EIP-7685 {@code requests_hash} of a block with no requests: {@code sha256("")}. */
    static final Hash EMPTY_REQUESTS_HASH =
            Hash.fromHex("0xe3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");

    /** EIP-1559 on L1: elasticity 2, denominator 8. */
    private static UInt256 l1BaseFee(Header p) {
        long base = p.baseFeePerGas().longValue();
        long target = p.gasLimit() / 2;
        if (p.gasUsed() == target) return UInt256.valueOf(base);
        if (p.gasUsed() > target) {
            long delta = Math.max(1, base * (p.gasUsed() - target) / target / 8);
            return UInt256.valueOf(base + delta);
        }
        long delta = base * (target - p.gasUsed()) / target / 8;
        return UInt256.valueOf(Math.max(1, base - delta));
    }

    private Hash random(String what, long n) {
        byte[] b = new byte[16];
        Bytes.writeLongBE(config.seed(), b, 0);
        Bytes.writeLongBE(n, b, 8);
        return Keccak256.hash(Bytes.concat(what.getBytes(StandardCharsets.UTF_8), b));
    }

    // ---------------------------------------------------------------- L2 genesis

    private record GenesisL2(Header header, Hash hash, Hash outputRoot, Hash passerRoot, List<Keys> funded) {}

    private GenesisL2 genesisL2(HardForks forks, long t0) {
        Map<Address, GenesisAccount> alloc = new TreeMap<>();
        byte[] proxy = Contracts.proxy();
        for (Address a : List.of(Predeploys.L1_BLOCK, Predeploys.GAS_PRICE_ORACLE, Predeploys.L2_TO_L1_MESSAGE_PASSER,
                Predeploys.SEQUENCER_FEE_VAULT, Predeploys.BASE_FEE_VAULT, Predeploys.L1_FEE_VAULT,
                Predeploys.OPERATOR_FEE_VAULT)) {
            java.util.SortedMap<UInt256, UInt256> st = new TreeMap<>();
            Address impl = a.equals(Predeploys.L1_BLOCK) ? BEDROCK_L1_BLOCK_IMPL
                    : a.equals(Predeploys.L2_TO_L1_MESSAGE_PASSER) ? MESSAGE_PASSER_IMPL : null;
            if (impl != null) st.put(UInt256.fromBytes(Contracts.IMPLEMENTATION_SLOT), UInt256.fromBytes(impl.toWord()));
            alloc.put(a, new GenesisAccount(0, UInt256.ZERO, proxy, st));
        }
        alloc.put(BEDROCK_L1_BLOCK_IMPL, new GenesisAccount(1, UInt256.ZERO, Contracts.bedrockL1Block(), new TreeMap<>()));
        alloc.put(MESSAGE_PASSER_IMPL, new GenesisAccount(1, UInt256.ZERO, Contracts.messagePasser(), new TreeMap<>()));
        List<Keys> funded = new ArrayList<>();
        for (int i = 0; i < Workload.USERS; i++) {
            Keys k = Keys.of(config.seed(), "user" + i);
            funded.add(k);
            alloc.put(k.address(), new GenesisAccount(0, UInt256.fromBigInteger(java.math.BigInteger.TEN.pow(21)),
                    new byte[0], new TreeMap<>()));
        }
        Genesis g = Genesis.of(t0, L2_GAS_LIMIT, Address.ZERO, new byte[0], UInt256.valueOf(1_000_000_000L), alloc);
        GenesisState state = g.buildState();
        store.putNodes(state.stateTrie());
        for (Trie t : state.storageTries().values()) store.putNodes(t);
        for (byte[] c : state.codes().values()) store.putCode(c);
        RollupConfig probe = RollupConfig.builder().genesis(new ChainGenesis(new BlockNumHash(0, Hash.ZERO),
                        new BlockNumHash(0, Hash.ZERO), t0, null)).l2ChainId(1).hardForks(forks)
                .batchInboxAddress(Address.ZERO).depositContractAddress(Address.ZERO)
                .l1SystemConfigAddress(Address.ZERO).build();
        EthereumFork fork = probe.isIsthmusActive(t0) ? EthereumFork.PRAGUE : probe.isEcotoneActive(t0)
                ? EthereumFork.CANCUN : probe.isCanyonActive(t0) ? EthereumFork.SHANGHAI : EthereumFork.PARIS;
        Header h = g.header(state, fork, true);
        byte[] passer = state.stateTrie().get(SecureTrie.accountKey(Predeploys.L2_TO_L1_MESSAGE_PASSER));
        Hash passerRoot = TrieAccount.decode(passer).storageRoot();
        Hash hash = h.hash();
        return new GenesisL2(h, hash, new io.kona4j.protocol.OutputRoot(h.stateRoot(), passerRoot, hash).hash(),
                passerRoot, funded);
    }

    // ---------------------------------------------------------------- L2 sequencing

    private L2BlockData sequence() {
        L2BlockData parent = last2();
        long t = parent.header().timestamp() + rollup.blockTime();
        BlockNumHash origin = parent.info().l1Origin();
        BlockNumHash epoch = origin;
        if (origin.number() + 1 < chains.l1.size()) {
            Header next = chains.l1.get((int) origin.number() + 1).header();
            if (next.timestamp() <= t) epoch = new BlockNumHash(next.number(), next.hash());
        }
        OpPayloadAttributes base = attributes.preparePayloadAttributes(parent.info(), epoch);
        for (Hardfork f : Hardfork.values()) {
            if (rollup.isFirstBlock(f, t)) events.add("L2 #" + (parent.number() + 1) + ": " + f + " activates");
        }
        List<byte[]> txs = new ArrayList<>(base.transactions());
        // The Jovian (and Interop) activation block carries no batch transactions: derivation drops a batch that has
        // any (PROTOCOL.md §1.9 rule 8), so the sequencer leaves the workload for the next block.
        boolean noUserTxs = rollup.isFirstBlock(Hardfork.JOVIAN, t) || rollup.isFirstBlock(Hardfork.INTEROP, t);
        noUserTxs |= scenarios.depositOnly(parent.number() + 1, epoch.number());
        List<SignedTransaction> user = noUserTxs ? List.of() : workload.l2Transactions(parent.number() + 1, t, rollup);
        for (SignedTransaction s : user) txs.add(s.encode());
        OpPayloadAttributes attrs = new OpPayloadAttributes(base.timestamp(), base.prevRandao(),
                base.suggestedFeeRecipient(), base.withdrawals(), base.parentBeaconBlockRoot(), txs, true,
                base.gasLimit(), base.eip1559Params(), base.minBaseFee());

        Recorder rec = new Recorder(store);
        StatelessL2Builder builder = new StatelessL2Builder(rollup, rec, rec, parent.header());
        BlockBuildingOutcome out = builder.buildBlock(attrs);
        Hash outputRoot = builder.computeOutputRoot();
        mirror(builder.trieDb(), rec, out.header());
        List<Transaction> decoded = attrs.decodedTransactions();
        Block block = new Block(out.header(), decoded, List.of(), rollup.isCanyonActive(t) ? List.of() : null);
        if (!block.hash().equals(out.blockHash())) {
            throw new DevnetException("L2 block " + out.header().number() + " hashes to " + block.hash()
                    + " as a block but " + out.blockHash() + " as built");
        }
        for (int i = 0; i < out.receipts().size(); i++) {
            if (!out.receipts().get(i).status()) {
                events.add("L2 #" + out.header().number() + ": transaction " + i + " (" + decoded.get(i).type()
                        + ") failed");
            }
        }
        store.putHeader(out.blockHash(), out.header().encode());
        Hash passerRoot = builder.trieDb().storageRoot(Predeploys.L2_TO_L1_MESSAGE_PASSER);
        L2BlockData b = new L2BlockData(block, out.blockHash(), out.receipts(), outputRoot, passerRoot,
                L2BlockInfo.fromBlock(block, rollup.genesis()), new ArrayList<>(rec.nodes.values()),
                new ArrayList<>(rec.codes.values()));
        chains.addL2(b);
        return b;
    }

    /**
     * Keeps the block's post-state: the nodes of the builder's tries go into the store, the code of every touched
     * account too. Then every touched account is read back from the new state root through the store alone, with its
     * storage root node, so the store is known to serve the state the header commits to.
     */
    private void mirror(TrieDB db, Recorder rec, Header header) {
        TrieDbNodes.collect(db, store::putNode);
        Trie state = Trie.open(header.stateRoot(), store);
        for (Address a : rec.touched.keySet()) {
            TrieAccount post = db.account(a);
            byte[] stored = state.get(SecureTrie.accountKey(a));
            TrieAccount kept = stored == null ? null : TrieAccount.decode(stored);
            if (!java.util.Objects.equals(post, kept)) {
                throw new DevnetException("L2 block " + header.number() + ": account " + a.toChecksumHex()
                        + " is " + post + " after the build but " + kept + " in the kept state");
            }
            if (post == null) continue;
            if (!post.storageRoot().equals(Hash.EMPTY_TRIE_ROOT) && store.trieNodeByHash(post.storageRoot()) == null) {
                throw new DevnetException("L2 block " + header.number() + ": the storage root of " + a.toChecksumHex()
                        + " was not kept");
            }
            if (!post.codeHash().equals(Hash.EMPTY_CODE_HASH) && store.bytecodeByHash(post.codeHash()) == null) {
                store.putCode(db.code(post.codeHash()));
            }
        }
    }

    /** Records what one block build read (its execution witness) and which accounts and slots it touched. */
    static final class Recorder implements TrieDBProvider, TrieHinter {
        final Map<Hash, byte[]> nodes = new LinkedHashMap<>();
        final Map<Hash, byte[]> codes = new LinkedHashMap<>();
        final Map<Address, Set<UInt256>> touched = new LinkedHashMap<>();
        private final StateStore store;

        Recorder(StateStore store) {
            this.store = store;
        }

        @Override
        public byte[] trieNodeByHash(Hash hash) {
            byte[] n = store.trieNodeByHash(hash);
            if (n != null) nodes.putIfAbsent(hash, n);
            return n;
        }

        @Override
        public byte[] bytecodeByHash(Hash codeHash) {
            byte[] c = store.bytecodeByHash(codeHash);
            if (c != null) codes.putIfAbsent(codeHash, c);
            return c;
        }

        @Override
        public byte[] headerByHash(Hash blockHash) {
            return store.headerByHash(blockHash);
        }

        @Override
        public void hintTrieNode(Hash hash) {}

        @Override
        public void hintAccountProof(Address address, long blockNumber) {
            touched.computeIfAbsent(address, k -> new LinkedHashSet<>());
        }

        @Override
        public void hintStorageProof(Address address, UInt256 slot, long blockNumber) {
            touched.computeIfAbsent(address, k -> new LinkedHashSet<>()).add(slot);
        }

        @Override
        public void hintExecutionWitness(Hash parentHash, byte[] payloadAttributesJson) {}
    }

    static long calldataGas(byte[] data) {
        long g = 21_000;
        for (byte b : data) g += b == 0 ? 4 : 16;
        return g;
    }
}
