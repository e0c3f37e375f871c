package io.kona4j.proof.l1;

import io.kona4j.consensus.ConsensusException;
import io.kona4j.consensus.Header;
import io.kona4j.consensus.Receipt;
import io.kona4j.consensus.Transaction;
import io.kona4j.derive.ChainProvider;
import io.kona4j.derive.errors.PipelineError;
import io.kona4j.derive.errors.PipelineException;
import io.kona4j.mpt.MptException;
import io.kona4j.mpt.OrderedListWalker;
import io.kona4j.mpt.TrieProvider;
import io.kona4j.preimage.CommsClient;
import io.kona4j.primitives.Hash;
import io.kona4j.proof.OracleProviderException;
import io.kona4j.proof.OracleReads;
import io.kona4j.proof.hint.Hint;
import io.kona4j.protocol.BlockInfo;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The L1 chain read through the preimage oracle (Kona's {@code OracleL1ChainProvider}). Headers: hint
 * {@code l1-block-header <hash>}, then the keccak256 preimage of the hash. Block numbers: walk parent hashes back from
 * the L1 head (a number past the head is a critical {@code END_OF_SOURCE}, the way the driver learns that L1 is
 * exhausted). Transactions and receipts: hint {@code l1-transactions} / {@code l1-receipts}, then the trie under the
 * header's root, node by node as keccak256 preimages. So every answer is authenticated by the L1 head hash.
 *
 * <p>Walked headers are remembered by number (they are on the chain the head commits to), so later lookups walk
 * only from the nearest remembered block above, requesting each header once as Kona would the first time.
 */
public final class OracleL1ChainProvider implements ChainProvider, TrieProvider {
    private final Hash l1Head;
    private final CommsClient oracle;
    private final TreeMap<Long, Header> canonical = new TreeMap<>();
    private Header head;

    public OracleL1ChainProvider(Hash l1Head, CommsClient oracle) {
        this.l1Head = Objects.requireNonNull(l1Head, "l1Head");
        this.oracle = Objects.requireNonNull(oracle, "oracle");
    }

    public Hash l1Head() {
        return l1Head;
    }

    @Override
    public Header headerByHash(Hash hash) {
        Hint.l1BlockHeader(hash).send(oracle);
        byte[] rlp = OracleReads.keccak(oracle, hash, "L1 header");
        try {
            return Header.decode(rlp);
        } catch (ConsensusException e) {
            throw new OracleProviderException("L1 header " + hash + " does not decode: " + e.getMessage(), e);
        }
    }

    @Override
    public BlockInfo blockInfoByNumber(long number) {
        if (head == null) {
            head = headerByHash(l1Head);
            canonical.put(head.number(), head);
        }
        if (number > head.number()) {
            throw PipelineException.critical(PipelineError.END_OF_SOURCE, "L1 block " + number
                    + " is past the L1 head " + head.number() + " (" + l1Head + ")");
        }
        if (number < 0) throw new OracleProviderException("negative L1 block number " + number);
        var from = canonical.ceilingEntry(number);
        Header h = from.getValue();
        while (h.number() > number) {
            Header parent = headerByHash(h.parentHash());
            if (parent.number() != h.number() - 1) {
                throw new OracleProviderException("L1 header " + h.parentHash() + " is the parent of block "
                        + h.number() + " but has number " + parent.number());
            }
            h = parent;
            canonical.put(h.number(), h);
        }
        return BlockInfo.of(h);
    }

    @Override
    public List<Receipt> receiptsByHash(Hash hash) {
        Header header = headerByHash(hash);
        Hint.l1Receipts(hash).send(oracle);
        List<byte[]> raw = walk(header.receiptsRoot(), "receipts", hash);
        List<Receipt> out = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            try {
                out.add(Receipt.decode(raw.get(i)));
            } catch (ConsensusException e) {
                throw new OracleProviderException("receipt " + i + " of L1 block " + hash + " does not decode: "
                        + e.getMessage(), e);
            }
        }
        return out;
    }

    @Override
    public BlockAndTransactions blockInfoAndTransactionsByHash(Hash hash) {
        Header header = headerByHash(hash);
        Hint.l1Transactions(hash).send(oracle);
        List<byte[]> raw = walk(header.transactionsRoot(), "transactions", hash);
        List<Transaction> txs = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            try {
                txs.add(Transaction.decode(raw.get(i)));
            } catch (ConsensusException e) {
                throw new OracleProviderException("transaction " + i + " of L1 block " + hash + " does not decode: "
                        + e.getMessage(), e);
            }
        }
        return new BlockAndTransactions(BlockInfo.of(header, hash), txs);
    }

    /** A trie node by its hash, as a keccak256 preimage (the hint for its trie was sent before). */
    @Override
    public byte[] trieNodeByHash(Hash hash) {
        return OracleReads.keccakOrNull(oracle, hash, "L1 trie node");
    }

    private List<byte[]> walk(Hash root, String what, Hash block) {
        try {
            return OrderedListWalker.walk(root, this);
        } catch (MptException e) {
            throw new OracleProviderException("the " + what + " trie of L1 block " + block + " cannot be read: "
                    + e.getMessage(), e);
        }
    }
}
