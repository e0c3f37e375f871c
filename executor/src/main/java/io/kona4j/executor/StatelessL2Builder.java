package io.kona4j.executor;

import io.kona4j.consensus.ConsensusException;
import io.kona4j.consensus.DepositTransaction;
import io.kona4j.consensus.Header;
import io.kona4j.consensus.OpPayloadAttributes;
import io.kona4j.consensus.Receipt;
import io.kona4j.consensus.SignedTransaction;
import io.kona4j.consensus.Transaction;
import io.kona4j.consensus.json.OpPayloadAttributesJson;
import io.kona4j.evm.BlockEnv;
import io.kona4j.evm.Evm;
import io.kona4j.evm.SpecId;
import io.kona4j.evm.state.AccountChange;
import io.kona4j.evm.state.JournaledState;
import io.kona4j.evm.state.StateSource;
import io.kona4j.executor.db.MissingWitnessException;
import io.kona4j.executor.db.TrieDB;
import io.kona4j.executor.db.TrieDBProvider;
import io.kona4j.mpt.TrieAccount;
import io.kona4j.mpt.TrieHinter;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Hex;
import io.kona4j.primitives.Keccak256;
import io.kona4j.primitives.UInt256;
import io.kona4j.protocol.OutputRoot;
import io.kona4j.protocol.RollupConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Builds L2 blocks statelessly (Kona's {@code StatelessL2Builder}): executes payload attributes on a parent header,
 * reading state only through a {@link TrieDBProvider} (hinting through a {@link TrieHinter}), and seals the header.
 * Blocks chain: after {@link #buildBlock} the block just built is the parent of the next one, on the same state.
 *
 * <p>Per block (PROTOCOL.md §2.2): the create2Deployer code at the exact Canyon activation time, the EIP-4788
 * beacon-root system call from Ecotone, the EIP-2935 block-hash system call from Isthmus, then the transactions
 * ({@link OpTransactionProcessor}), then the post-state root and the header ({@link HeaderAssembler}).
 *
 * <p>Errors: {@link InvalidBlockException} when the payload cannot make a valid block (nothing is committed then:
 * the builder stays on its parent), {@link io.kona4j.executor.db.MissingWitnessException} and
 * {@link io.kona4j.executor.db.BadWitnessDataException} for witness problems. Not thread-safe. The EVM recurses on
 * deep call chains: run on a thread with a large stack ({@link Evm#newThread}, or {@code -Xss8m} as the CLI does).
 */
public final class StatelessL2Builder {
    /** EIP-4788 beacon roots contract. */
    public static final Address BEACON_ROOTS = Address.fromHex("0x000F3df6D732807Ef1319fB7B8bB8522d0Beac02");
    /** EIP-2935 history storage contract. */
    public static final Address HISTORY_STORAGE = Address.fromHex("0x0000F90827F1C53a10cb7A02335B175320002935");
    /** L2ToL1MessagePasser: its storage root is in the output root and, from Isthmus, the header. */
    public static final Address L2_TO_L1_MESSAGE_PASSER = Address.fromHex("0x4200000000000000000000000000000000000016");
    /** The create2Deployer whose code Canyon sets (PROTOCOL.md §2.2). */
    public static final Address CREATE2_DEPLOYER = Address.fromHex("0x13b0D85CcB8bf860b6b79AF3029fCA081AE9beF2");
    public static final Hash CREATE2_DEPLOYER_CODE_HASH =
            Hash.fromHex("0xb0550b5b431e30d38000efb7107aaa0ade03d48a7198a140edda9d27134468b2");

    private final RollupConfig config;
    private final TrieHinter hinter;
    private final TrieDB trieDb;
    private final Map<SpecId, Evm> evms = new EnumMap<>(SpecId.class);
    private final Source source;
    private final Function<SpecId, Evm> evmFactory;

    /** A builder over {@code parentHeader}'s state. */
    public StatelessL2Builder(RollupConfig config, TrieDBProvider provider, TrieHinter hinter, Header parentHeader) {
        this(config, provider, hinter, parentHeader, null);
    }

    /**
     * A builder whose EVM per spec comes from {@code evmFactory} (null: {@code new Evm(spec, l2ChainId)}), e.g. with a
     * fault-proof client's oracle-accelerated precompiles (Kona's {@code EvmFactory} parameter).
     */
    public StatelessL2Builder(RollupConfig config, TrieDBProvider provider, TrieHinter hinter, Header parentHeader,
                              Function<SpecId, Evm> evmFactory) {
        this.config = Objects.requireNonNull(config, "config");
        this.hinter = Objects.requireNonNull(hinter, "hinter");
        this.trieDb = new TrieDB(parentHeader, provider, hinter);
        this.source = new Source(trieDb);
        this.evmFactory = evmFactory != null ? evmFactory : s -> new Evm(s, config.l2ChainId());
    }

    /** The header the next block builds on: the last block built, or the parent given at construction. */
    public Header parentHeader() {
        return trieDb.parent();
    }

    /** The state database (for reading the post-state of the last block). */
    public TrieDB trieDb() {
        return trieDb;
    }

    /**
     * The OP spec in force at {@code timestamp}. Karst (Upgrade 19) runs Ethereum Osaka's EVM on L2 (CLZ, EIP-7823/7883
     * modexp, EIP-7951 P256VERIFY pricing, EIP-7825 gas cap for non-deposits) with bn256Pairing cut to 300 pairs.
     */
    public static SpecId specAt(RollupConfig c, long timestamp) {
        if (c.isKarstActive(timestamp)) return SpecId.KARST;
        if (c.isJovianActive(timestamp)) return SpecId.JOVIAN;
        if (c.isIsthmusActive(timestamp)) return SpecId.ISTHMUS;
        if (c.isHoloceneActive(timestamp)) return SpecId.HOLOCENE;
        if (c.isGraniteActive(timestamp)) return SpecId.GRANITE;
        if (c.isFjordActive(timestamp)) return SpecId.FJORD;
        if (c.isEcotoneActive(timestamp)) return SpecId.ECOTONE;
        if (c.isCanyonActive(timestamp)) return SpecId.CANYON;
        if (c.isRegolithActive(timestamp)) return SpecId.REGOLITH;
        return SpecId.BEDROCK;
    }

    /** Builds the block {@code attrs} describe on {@link #parentHeader()} and makes it the new parent. */
    public BlockBuildingOutcome buildBlock(OpPayloadAttributes attrs) {
        Header parent = trieDb.parent();
        Hash parentHash = trieDb.parentHash();
        L2BlockEnv env = L2BlockEnv.of(config, parent, attrs);
        long t = env.timestamp();
        List<Transaction> txs = decode(attrs);
        if (config.isCanyonActive(t) && attrs.withdrawals() != null && !attrs.withdrawals().isEmpty()) {
            throw new InvalidBlockException("withdrawals must be empty on OP chains, got " + attrs.withdrawals().size());
        }
        if (config.isEcotoneActive(t) && attrs.parentBeaconBlockRoot() == null) {
            throw new InvalidBlockException("payload attributes lack the parent beacon block root required from Ecotone");
        }
        if (hinter != TrieHinter.NOOP) { // the JSON is only for a host that fetches ahead; do not build it for nothing
            hinter.hintExecutionWitness(parentHash, OpPayloadAttributesJson.toJson(attrs).getBytes(StandardCharsets.UTF_8));
        }

        SpecId spec = specAt(config, t);
        Evm evm = evms.computeIfAbsent(spec, evmFactory);
        JournaledState state = new JournaledState(source);
        BlockEnv benv = new BlockEnv(env.number(), t, env.beneficiary(), env.gasLimit(), env.baseFee(),
                env.prevRandao(), UInt256.ONE, n -> trieDb.blockHash(n));

        Long canyonTime = config.hardForks().canyon();
        if (canyonTime != null && canyonTime == t) {
            state.setCode(CREATE2_DEPLOYER, Create2Deployer.CODE.clone());
            state.finalizeTransaction(true);
        }
        if (config.isEcotoneActive(t)) evm.systemCall(BEACON_ROOTS, attrs.parentBeaconBlockRoot().toArray(), benv, state);
        if (config.isIsthmusActive(t)) evm.systemCall(HISTORY_STORAGE, parentHash.toArray(), benv, state);

        OpTransactionProcessor processor = new OpTransactionProcessor(evm, benv, state);
        List<Receipt> receipts = new ArrayList<>(txs.size());
        for (int i = 0; i < txs.size(); i++) {
            Transaction tx = txs.get(i);
            receipts.add(switch (tx) {
                case DepositTransaction d -> processor.deposit(i, d);
                case SignedTransaction s -> processor.transaction(i, s, attrs.transactions().get(i));
            });
        }

        commit(state.changes());
        Hash stateRoot = trieDb.stateRoot();
        // Only Isthmus headers carry it; before, reading it would need witness data the block does not touch.
        Hash passerRoot = config.isIsthmusActive(t) ? trieDb.storageRoot(L2_TO_L1_MESSAGE_PASSER) : null;
        Header header = HeaderAssembler.assemble(config, parent, parentHash, attrs, env.baseFee(), env.extraData(),
                new HeaderAssembler.Executed(stateRoot, receipts, processor.cumulativeGasUsed(),
                        processor.daFootprint(), passerRoot));
        Hash hash = header.hash();
        trieDb.setParent(header, hash);
        return new BlockBuildingOutcome(header, hash, receipts, processor.cumulativeGasUsed(), processor.daFootprint());
    }

    /**
     * The output root of the last block built (or of the parent given at construction): version 0 over its state
     * root, the L2ToL1MessagePasser storage root in that state, and its hash (PROTOCOL.md §3).
     */
    public Hash computeOutputRoot() {
        Header h = trieDb.parent();
        return new OutputRoot(h.stateRoot(), trieDb.storageRoot(L2_TO_L1_MESSAGE_PASSER), trieDb.parentHash()).hash();
    }

    private static List<Transaction> decode(OpPayloadAttributes attrs) {
        List<byte[]> raw = attrs.transactions();
        List<Transaction> out = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            try {
                out.add(Transaction.decode(raw.get(i)));
            } catch (ConsensusException e) {
                throw new InvalidBlockException(i, "does not decode: " + e.getMessage());
            }
        }
        return out;
    }

    private void commit(List<AccountChange> changes) {
        for (AccountChange c : changes) {
            Address a = c.address();
            if (c.deleted()) {
                trieDb.deleteAccount(a);
                continue;
            }
            if (c.storageCleared()) trieDb.clearStorage(a);
            trieDb.commitAccount(a, c.nonce(), c.balance(), c.codeHash());
            if (c.code() != null) trieDb.commitCode(c.codeHash(), c.code());
            for (Map.Entry<UInt256, UInt256> s : c.storage().entrySet()) trieDb.commitStorage(a, s.getKey(), s.getValue());
        }
    }

    /**
     * The EVM's view of the parent state: the TrieDB with its writes applied.
     *
     * <p>The EVM warms every precompile address at the start of each transaction (EIP-2929) and its journaled state
     * loads an account to warm it, while revm (which produced kona's witnesses) warms them without loading. A
     * precompile account the witness does not hold was therefore never read by the reference execution, so its
     * state cannot influence the block: it is served as absent (and remembered, so the miss is not retried). Any
     * other missing node stays an error.
     */
    private static final class Source implements StateSource {
        private final TrieDB db;
        private final Set<Address> unwitnessedPrecompiles = new HashSet<>();

        Source(TrieDB db) {
            this.db = db;
        }

        @Override
        public SourceAccount account(Address address) {
            if (unwitnessedPrecompiles.contains(address)) return null;
            TrieAccount a;
            try {
                a = db.account(address);
            } catch (MissingWitnessException e) {
                if (!isPrecompileAddress(address)) throw e;
                unwitnessedPrecompiles.add(address);
                return null;
            }
            return a == null ? null : new SourceAccount(a.nonce(), a.balance(), a.storageRoot(), a.codeHash());
        }

        @Override
        public UInt256 storage(Address address, UInt256 key) {
            return db.storage(address, key);
        }

        @Override
        public byte[] code(Hash codeHash) {
            return db.code(codeHash);
        }
    }

    /** 0x01 … 0x0100: where every precompile of every OP fork lives. */
    static boolean isPrecompileAddress(Address a) {
        byte[] b = a.unsafeBytes();
        for (int i = 0; i < 18; i++) if (b[i] != 0) return false;
        int idx = (b[18] & 0xff) << 8 | (b[19] & 0xff);
        return idx >= 1 && idx <= 0x100;
    }

    /** The create2Deployer runtime code, a protocol constant kept as a resource and checked against its hash. */
    static final class Create2Deployer {
        static final byte[] CODE = load();

        private static byte[] load() {
            try (InputStream in = StatelessL2Builder.class.getResourceAsStream("create2deployer.hex")) {
                if (in == null) throw new IllegalStateException("resource create2deployer.hex is missing from the executor jar");
                byte[] code = Hex.decode(new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip());
                if (!Keccak256.hash(code).equals(CREATE2_DEPLOYER_CODE_HASH)) {
                    throw new IllegalStateException("create2deployer.hex does not hash to " + CREATE2_DEPLOYER_CODE_HASH);
                }
                return code;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
