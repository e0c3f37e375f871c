package io.kona4j.consensus.genesis;

import io.kona4j.consensus.ConsensusException;
import io.kona4j.consensus.EthereumFork;
import io.kona4j.consensus.Header;
import io.kona4j.mpt.SecureTrie;
import io.kona4j.mpt.Trie;
import io.kona4j.mpt.TrieAccount;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Hex;
import io.kona4j.primitives.Keccak256;
import io.kona4j.primitives.UInt256;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A genesis definition in geth's format (the superchain registry's {@code extra/genesis/*.json.zst} files and the
 * devnet's): header fields plus the allocation, or, for a chain whose genesis state is too large to publish, only
 * the {@code stateHash}. {@link #buildState()} builds the tries; {@link #header} assembles the genesis header as
 * geth and op-geth do ({@code Genesis.ToBlock}):
 * <ul>
 *   <li>gas limit 0 becomes 4,712,388; an absent difficulty with a zero mix hash becomes 131,072;</li>
 *   <li>from London the base fee is the given one, else 1 gwei;</li>
 *   <li>from Shanghai (OP Canyon) the withdrawals root is the empty-trie root; on OP from Isthmus it is the storage
 *       root of the {@code L2ToL1MessagePasser} (PROTOCOL.md §2.6);</li>
 *   <li>from Cancun (OP Ecotone) blob gas used and excess blob gas default to 0 and the parent beacon root is zero;</li>
 *   <li>from Prague (OP Isthmus) the requests hash is sha256 of nothing.</li>
 * </ul>
 *
 * @param stateHash the state root of a stateless definition (then {@code alloc} is empty), else {@code null}
 * @param difficulty {@code null} when the definition leaves it out
 * @param baseFeePerGas {@code null} when the definition leaves it out
 * @param extraData owned by the record: do not modify
 */
public record Genesis(long nonce, long timestamp, byte[] extraData, long gasLimit, UInt256 difficulty, Hash mixHash,
                      Address coinbase, long number, long gasUsed, Hash parentHash, UInt256 baseFeePerGas,
                      Long excessBlobGas, Long blobGasUsed, Map<Address, GenesisAccount> alloc, Hash stateHash) {
    /** geth's {@code params.GenesisGasLimit}. */
    public static final long DEFAULT_GAS_LIMIT = 4_712_388L;
    /** geth's {@code params.GenesisDifficulty}. */
    public static final UInt256 DEFAULT_DIFFICULTY = UInt256.valueOf(131_072);
    /** EIP-1559's initial base fee, 1 gwei. */
    public static final UInt256 INITIAL_BASE_FEE = UInt256.valueOf(1_000_000_000L);
    /** sha256 of the empty string: the requests hash of a block without requests (EIP-7685; OP Isthmus). */
    public static final Hash EMPTY_REQUESTS_HASH =
            Hash.fromHex("0xe3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    /** The OP predeploy whose storage root is the header's withdrawals root from Isthmus. */
    public static final Address L2_TO_L1_MESSAGE_PASSER = Address.fromHex("0x4200000000000000000000000000000000000016");

    public Genesis {
        Objects.requireNonNull(extraData, "extraData");
        Objects.requireNonNull(mixHash, "mixHash");
        Objects.requireNonNull(coinbase, "coinbase");
        Objects.requireNonNull(parentHash, "parentHash");
        alloc = Collections.unmodifiableMap(new LinkedHashMap<>(alloc));
        if (stateHash != null && !alloc.isEmpty()) {
            throw new ConsensusException("genesis gives both an allocation (" + alloc.size()
                    + " accounts) and a state hash " + stateHash);
        }
    }

    /** Builds the state trie, the storage tries and the code table from the allocation. */
    public GenesisState buildState() {
        if (stateHash != null) return new GenesisState(stateHash, null, Map.of(), Map.of());
        Trie state = Trie.empty();
        Map<Address, Trie> storages = new HashMap<>();
        Map<Hash, byte[]> codes = new HashMap<>();
        for (Map.Entry<Address, GenesisAccount> e : alloc.entrySet()) {
            GenesisAccount a = e.getValue();
            Trie storage = Trie.empty();
            for (Map.Entry<UInt256, UInt256> slot : a.storage().entrySet()) {
                if (slot.getValue().isZero()) continue;
                storage.put(SecureTrie.storageKey(slot.getKey()), SecureTrie.storageValue(slot.getValue()));
            }
            Hash codeHash = Hash.EMPTY_CODE_HASH;
            if (a.code().length > 0) {
                codeHash = Keccak256.hash(a.code());
                codes.put(codeHash, a.code());
            }
            if (!storage.rootHash().equals(Hash.EMPTY_TRIE_ROOT)) storages.put(e.getKey(), storage);
            state.put(SecureTrie.accountKey(e.getKey()),
                    new TrieAccount(a.nonce(), a.balance(), storage.rootHash(), codeHash).encode());
        }
        return new GenesisState(state.rootHash(), state, storages, codes);
    }

    /** The genesis header over a freshly built state; see {@link #header(GenesisState, EthereumFork, boolean)}. */
    public Header header(EthereumFork fork, boolean optimism) {
        return header(buildState(), fork, optimism);
    }

    /**
     * The genesis header for the L1 fork active at genesis time ({@code fork}; on OP chains Bedrock is
     * {@link EthereumFork#PARIS}, Canyon {@link EthereumFork#SHANGHAI}, Ecotone {@link EthereumFork#CANCUN},
     * Isthmus {@link EthereumFork#PRAGUE}), over {@code state} (from {@link #buildState()}). With {@code optimism}
     * the OP rules apply (the Isthmus withdrawals root).
     */
    public Header header(GenesisState state, EthereumFork fork, boolean optimism) {
        Header.Builder b = Header.builder()
                .parentHash(parentHash)
                .beneficiary(coinbase)
                .stateRoot(state.stateRoot())
                .number(number)
                .gasLimit(gasLimit == 0 ? DEFAULT_GAS_LIMIT : gasLimit)
                .gasUsed(gasUsed)
                .timestamp(timestamp)
                .extraData(extraData)
                .mixHash(mixHash)
                .nonce(nonce)
                .difficulty(difficulty != null ? difficulty : mixHash.isZero() ? DEFAULT_DIFFICULTY : UInt256.ZERO);
        if (fork.isAtLeast(EthereumFork.LONDON)) b.baseFeePerGas(baseFeePerGas != null ? baseFeePerGas : INITIAL_BASE_FEE);
        if (fork.isAtLeast(EthereumFork.SHANGHAI)) {
            b.withdrawalsRoot(optimism && fork.isAtLeast(EthereumFork.PRAGUE)
                    ? messagePasserStorageRoot(state) : Hash.EMPTY_TRIE_ROOT);
        }
        if (fork.isAtLeast(EthereumFork.CANCUN)) {
            b.blobGasUsed(blobGasUsed != null ? blobGasUsed : 0L)
                    .excessBlobGas(excessBlobGas != null ? excessBlobGas : 0L)
                    .parentBeaconBlockRoot(Hash.ZERO);
        }
        if (fork.isAtLeast(EthereumFork.PRAGUE)) b.requestsHash(EMPTY_REQUESTS_HASH);
        return b.build();
    }

    private static Hash messagePasserStorageRoot(GenesisState state) {
        if (!state.hasAccounts()) {
            throw new ConsensusException("an Isthmus genesis needs the L2ToL1MessagePasser's storage root, which a "
                    + "stateless genesis definition (state hash only) does not give");
        }
        byte[] account = state.stateTrie().get(SecureTrie.accountKey(L2_TO_L1_MESSAGE_PASSER));
        return account == null ? Hash.EMPTY_TRIE_ROOT : TrieAccount.decode(account).storageRoot();
    }

    /** A genesis with the given allocation and otherwise empty fields, for building chains in code. */
    public static Genesis of(long timestamp, long gasLimit, Address coinbase, byte[] extraData, UInt256 baseFee,
                             Map<Address, GenesisAccount> alloc) {
        return new Genesis(0, timestamp, extraData, gasLimit, UInt256.ZERO, Hash.ZERO, coinbase, 0, 0, Hash.ZERO,
                baseFee, null, null, alloc, null);
    }

    @Override
    public String toString() {
        return "Genesis[number=" + number + ", timestamp=" + timestamp + ", extraData=" + Hex.encode(extraData)
                + ", accounts=" + alloc.size() + (stateHash == null ? "" : ", stateHash=" + stateHash) + "]";
    }
}
