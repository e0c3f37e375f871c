package io.kona4j.proof.l2;

import io.kona4j.consensus.Block;
import io.kona4j.consensus.ConsensusException;
import io.kona4j.consensus.Header;
import io.kona4j.consensus.Transaction;
import io.kona4j.derive.L2ChainProvider;
import io.kona4j.driver.PipelineCursor;
import io.kona4j.executor.db.TrieDBProvider;
import io.kona4j.mpt.MptException;
import io.kona4j.mpt.OrderedListWalker;
import io.kona4j.mpt.TrieHinter;
import io.kona4j.preimage.CommsClient;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.PrimitivesException;
import io.kona4j.primitives.UInt256;
import io.kona4j.proof.OracleProviderException;
import io.kona4j.proof.OracleReads;
import io.kona4j.proof.hint.Hint;
import io.kona4j.protocol.L2BlockInfo;
import io.kona4j.protocol.ProtocolException;
import io.kona4j.protocol.RollupConfig;
import io.kona4j.protocol.SystemConfig;
import io.kona4j.protocol.sysconfig.PayloadToSystemConfig;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The safe L2 chain and its state read through the preimage oracle (Kona's {@code OracleL2ChainProvider}); one object
 * is the derivation's {@link L2ChainProvider} and the executor's {@link TrieDBProvider} and {@link TrieHinter}.
 *
 * <p>Blocks by number: walk back from the safe head (the pipeline cursor's tip once set, else the agreed safe head),
 * leaping through the EIP-2935 history contract while Isthmus is active at the current header and falling back to the
 * parent walk if that lookup fails. Headers: hint {@code l2-block-header}, keccak256 preimage of the hash. Block bodies:
 * hint {@code l2-transactions}, then the transactions trie under the header's root. Code: hint {@code l2-code}. Trie
 * nodes are requested without a hint of their own (the executor hints account and storage proofs, the payload
 * witness, and single nodes through this object). Every preimage is checked against its keccak256 key.
 *
 * <p>Blocks the driver builds are handed back through {@link #recordBuilt} and served from memory: Kona requests them
 * from its host, which has them only when the derived chain is the canonical one.
 */
public final class OracleL2ChainProvider implements L2ChainProvider, TrieDBProvider, TrieHinter {
    private final Hash l2Head;
    private final RollupConfig config;
    private final CommsClient oracle;
    private PipelineCursor cursor;
    /** Blocks the driver built in this run, by hash: header and raw transactions (decoded when asked for). */
    private final Map<Hash, Built> built = new HashMap<>();

    private record Built(Header header, List<byte[]> transactions) {}

    public OracleL2ChainProvider(Hash l2Head, RollupConfig config, CommsClient oracle) {
        this.l2Head = Objects.requireNonNull(l2Head, "l2Head");
        this.config = Objects.requireNonNull(config, "config");
        this.oracle = Objects.requireNonNull(oracle, "oracle");
    }

    /** From now on blocks are found by walking back from the cursor's safe head. */
    public void setCursor(PipelineCursor cursor) {
        this.cursor = Objects.requireNonNull(cursor, "cursor");
    }

    /** The block lookups start from: the cursor's safe head, or the agreed L2 head before a cursor is set. */
    public Hash l2SafeHead() {
        return cursor == null ? l2Head : cursor.tip().l2SafeHead().hash();
    }

    /**
     * Remembers a block the driver built (its hash is its header's), so lookups of the new safe chain are answered
     * from what this run computed instead of the oracle: Kona asks its host for these blocks, which a host has only
     * if the derived chain is the canonical one.
     */
    public void recordBuilt(Header header, Hash hash, List<byte[]> transactions) {
        built.put(hash, new Built(header, List.copyOf(transactions)));
    }

    /**
     * The L2 header with hash {@code hash}: a block built in this run, else hint {@code l2-block-header} and its
     * keccak256 preimage.
     */
    public Header header(Hash hash) {
        Built b = built.get(hash);
        if (b != null) return b.header();
        Hint.l2BlockHeader(hash).send(oracle);
        byte[] rlp = OracleReads.keccak(oracle, hash, "L2 header");
        try {
            return Header.decode(rlp);
        } catch (ConsensusException e) {
            throw new OracleProviderException("L2 header " + hash + " does not decode: " + e.getMessage(), e);
        }
    }

    /** The header of L2 block {@code number}, found back from the safe head. */
    public Header headerByNumber(long number) {
        Header h = header(l2SafeHead());
        if (number > h.number()) {
            throw new OracleProviderException("L2 block " + number + " is past the safe head " + h.number());
        }
        if (number < 0) throw new OracleProviderException("negative L2 block number " + number);
        boolean linear = false;
        while (h.number() > number) {
            Header next = null;
            if (!linear && config.isIsthmusActive(h.timestamp())) {
                next = leap(h, number);
                if (next == null) linear = true;
            }
            if (next == null) {
                next = header(h.parentHash());
                if (next.number() != h.number() - 1) {
                    throw new OracleProviderException("L2 header " + h.parentHash() + " is the parent of block "
                            + h.number() + " but has number " + next.number());
                }
            }
            h = next;
        }
        return h;
    }

    /** An EIP-2935 leap from {@code h} towards {@code target}, or null to walk parents instead (as Kona falls back). */
    private Header leap(Header h, long target) {
        Hash hash;
        try {
            hash = Eip2935.lookup(h, target, this, this);
        } catch (MptException | ConsensusException | PrimitivesException | OracleProviderException e) {
            return null;
        }
        if (hash == null) return null;
        Header next = header(hash);
        return next.number() < h.number() && next.number() >= target ? next : null;
    }

    @Override
    public Block blockByNumber(long number) {
        Header header = headerByNumber(number);
        Hash hash = header.hash();
        Built b = built.get(hash);
        if (b != null) return block(header, b.transactions(), number);
        Hint.l2Transactions(hash).send(oracle);
        List<byte[]> raw;
        try {
            raw = OrderedListWalker.walk(header.transactionsRoot(), this);
        } catch (MptException e) {
            throw new OracleProviderException("the transactions trie of L2 block " + number + " (" + hash
                    + ") cannot be read: " + e.getMessage(), e);
        }
        return block(header, raw, number);
    }

    private Block block(Header header, List<byte[]> raw, long number) {
        List<Transaction> txs = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            try {
                txs.add(Transaction.decode(raw.get(i)));
            } catch (ConsensusException e) {
                throw new OracleProviderException("transaction " + i + " of L2 block " + number + " does not decode: "
                        + e.getMessage(), e);
            }
        }
        return new Block(header, txs, List.of(), config.isCanyonActive(header.timestamp()) ? List.of() : null);
    }

    @Override
    public L2BlockInfo l2BlockInfoByNumber(long number) {
        Block block = blockByNumber(number);
        try {
            return L2BlockInfo.fromBlock(block, config.genesis());
        } catch (ProtocolException e) {
            throw new OracleProviderException("L2 block " + number + " has no block info: " + e.getMessage(), e);
        }
    }

    @Override
    public SystemConfig systemConfigByNumber(long number, RollupConfig rollupConfig) {
        Block block = blockByNumber(number);
        try {
            return PayloadToSystemConfig.convert(rollupConfig, block);
        } catch (ProtocolException e) {
            throw new OracleProviderException("L2 block " + number + " has no system config: " + e.getMessage(), e);
        }
    }

    @Override
    public byte[] trieNodeByHash(Hash hash) {
        return OracleReads.keccakOrNull(oracle, hash, "L2 trie node");
    }

    @Override
    public byte[] bytecodeByHash(Hash codeHash) {
        Hint.l2Code(codeHash).send(oracle);
        return OracleReads.keccakOrNull(oracle, codeHash, "L2 contract code");
    }

    @Override
    public byte[] headerByHash(Hash blockHash) {
        Built b = built.get(blockHash);
        if (b != null) return b.header().encode();
        Hint.l2BlockHeader(blockHash).send(oracle);
        return OracleReads.keccakOrNull(oracle, blockHash, "L2 header");
    }

    @Override
    public void hintTrieNode(Hash hash) {
        Hint.l2StateNode(hash).send(oracle);
    }

    @Override
    public void hintAccountProof(Address address, long blockNumber) {
        Hint.l2AccountProof(blockNumber, address).send(oracle);
    }

    @Override
    public void hintStorageProof(Address address, UInt256 slot, long blockNumber) {
        Hint.l2AccountStorageProof(blockNumber, address, Hash.wrap(slot.toBytes32())).send(oracle);
    }

    @Override
    public void hintExecutionWitness(Hash parentHash, byte[] payloadAttributesJson) {
        Hint.l2PayloadWitness(parentHash, payloadAttributesJson).send(oracle);
    }
}
