package io.kona4j.devnet;

import io.kona4j.executor.db.TrieDBProvider;
import io.kona4j.mpt.Trie;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Keccak256;

import java.util.HashMap;
import java.util.Map;

/**
 * Every L2 trie node, contract code and header the devnet has made, by hash: the full node's database that the
 * sequencer builds over and the loopback server answers {@code debug_dbGet} and {@code eth_getProof} from.
 */
public final class StateStore implements TrieDBProvider {
    private final Map<Hash, byte[]> nodes = new HashMap<>();
    private final Map<Hash, byte[]> codes = new HashMap<>();
    private final Map<Hash, byte[]> headers = new HashMap<>();

    synchronized void putNode(byte[] rlp) {
        nodes.putIfAbsent(Keccak256.hash(rlp), rlp);
    }

    synchronized void putNodes(Trie trie) {
        trie.collectNodes(this::putNode);
    }

    synchronized void putCode(byte[] code) {
        codes.putIfAbsent(Keccak256.hash(code), code);
    }

    synchronized void putHeader(Hash hash, byte[] rlp) {
        headers.put(hash, rlp);
    }

    @Override
    public synchronized byte[] trieNodeByHash(Hash hash) {
        return nodes.get(hash);
    }

    @Override
    public synchronized byte[] bytecodeByHash(Hash codeHash) {
        return codes.get(codeHash);
    }

    @Override
    public synchronized byte[] headerByHash(Hash blockHash) {
        return headers.get(blockHash);
    }

    public synchronized int nodeCount() {
        return nodes.size();
    }
}
