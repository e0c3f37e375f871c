package io.kona4j.host.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import io.kona4j.consensus.ConsensusException;
import io.kona4j.consensus.Header;
import io.kona4j.consensus.Receipt;
import io.kona4j.host.rpc.JsonRpcClient;
import io.kona4j.host.rpc.JsonRpcErrorException;
import io.kona4j.mpt.OrderedListTrie;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Hex;
import io.kona4j.primitives.Keccak256;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The execution-node fetches kona-host makes (KONA-NOTES §4), for an L1 or an L2 node. Results are checked before
 * they are returned: a raw header, code or trie node must hash to the hash asked for; a block's transactions and
 * receipts must rebuild the trie root of its (already checked) header.
 */
public final class ExecutionFetcher {
    /** geth's database prefix of contract code: {@code "c" ‖ codeHash}. */
    private static final byte CODE_PREFIX = 'c';

    private final JsonRpcClient rpc;

    public ExecutionFetcher(JsonRpcClient rpc) {
        this.rpc = rpc;
    }

    /** {@code debug_getRawHeader(hash)}: the header's RLP, which must hash to {@code blockHash}. */
    public byte[] rawHeader(Hash blockHash) {
        RpcJson j = json("debug_getRawHeader");
        JsonNode result = rpc.call("debug_getRawHeader", blockHash.toHex());
        if (result.isNull()) throw new InvalidFetchedDataException(where() + " has no header " + blockHash);
        byte[] rlp = j.bytes(result, "a raw header");
        checkKeccak(rlp, blockHash, "debug_getRawHeader");
        return rlp;
    }

    /** The decoded, hash-checked header of {@code blockHash}. */
    public Header header(Hash blockHash) {
        byte[] rlp = rawHeader(blockHash);
        try {
            return Header.decode(rlp);
        } catch (ConsensusException | io.kona4j.primitives.PrimitivesException e) {
            throw new InvalidFetchedDataException(where() + " served a header for " + blockHash
                    + " that hashes right but does not decode: " + e.getMessage(), e);
        }
    }

    /**
     * {@code eth_getBlockByHash(hash, true)}: the block's transactions as EIP-2718 encodings, in order, checked against
     * the header's transactions root.
     */
    public List<byte[]> transactions(Header header) {
        Hash hash = header.hash();
        RpcJson j = json("eth_getBlockByHash");
        JsonNode block = rpc.call("eth_getBlockByHash", hash.toHex(), true);
        if (block.isNull()) throw new InvalidFetchedDataException(where() + " has no block " + hash);
        j.object(block, "a block");
        List<byte[]> encoded = new ArrayList<>();
        for (JsonNode tx : j.array(j.field(block, "transactions"), "transactions")) {
            if (tx.isTextual()) throw j.malformed("transaction hashes where full transactions were asked for");
            encoded.add(RpcTransactions.read(j, tx).encode());
        }
        Hash root = OrderedListTrie.root(encoded);
        if (!root.equals(header.transactionsRoot())) {
            throw new InvalidFetchedDataException(where() + " served " + encoded.size() + " transactions for block " + hash
                    + " whose trie root is " + root + ", not the header's " + header.transactionsRoot());
        }
        return encoded;
    }

    /**
     * {@code debug_getRawReceipts(hash)}: the receipts in order as the receipts trie holds them, checked against the
     * header's receipts root. For L1 that is exactly what the node serves; an OP deposit receipt of the Regolith to
     * Canyon era is hashed without its deposit nonce (op-geth's quirk, PROTOCOL.md §6), so it is re-encoded that way.
     */
    public List<byte[]> rawReceipts(Header header) {
        Hash hash = header.hash();
        RpcJson j = json("debug_getRawReceipts");
        JsonNode result = rpc.call("debug_getRawReceipts", hash.toHex());
        List<byte[]> receipts = new ArrayList<>();
        for (JsonNode r : j.array(result, "receipts")) {
            byte[] raw = j.bytes(r, "a raw receipt");
            try {
                receipts.add(Receipt.decode(raw).encodeForReceiptsRoot());
            } catch (ConsensusException e) {
                throw j.malformed("a receipt that does not decode: " + e.getMessage());
            }
        }
        Hash root = OrderedListTrie.root(receipts);
        if (!root.equals(header.receiptsRoot())) {
            throw new InvalidFetchedDataException(where() + " served " + receipts.size() + " receipts for block " + hash
                    + " whose trie root is " + root + ", not the header's " + header.receiptsRoot());
        }
        return receipts;
    }

    /** {@code eth_getProof(address, slots, blockNumber)}: account and storage proof nodes. */
    public AccountProof accountProof(Address address, List<Hash> slots, long blockNumber) {
        return accountProof(address, slots, (Object) ("0x" + Long.toHexString(blockNumber)));
    }

    /** {@code eth_getProof(address, slots, {"blockHash": hash})} (EIP-1898 block id). */
    public AccountProof accountProof(Address address, List<Hash> slots, Hash blockHash) {
        return accountProof(address, slots, (Object) java.util.Map.of("blockHash", blockHash.toHex()));
    }

    private AccountProof accountProof(Address address, List<Hash> slots, Object blockId) {
        RpcJson j = json("eth_getProof");
        JsonNode result = rpc.call("eth_getProof", address.toHex(), slots.stream().map(Hash::toHex).toList(), blockId);
        j.object(result, "a proof");
        List<byte[]> account = nodes(j, j.field(result, "accountProof"));
        List<AccountProof.StorageProof> storage = new ArrayList<>();
        JsonNode sp = result.get("storageProof");
        if (sp != null && !sp.isNull()) {
            for (JsonNode s : j.array(sp, "storageProof")) {
                byte[] key = j.bytesField(s, "key");
                if (key.length > Hash.SIZE) throw j.malformed("a storage key of " + key.length + " bytes");
                storage.add(new AccountProof.StorageProof(Hash.leftPad(key), nodes(j, j.field(s, "proof"))));
            }
        }
        return new AccountProof(account, storage);
    }

    /**
     * Contract code by hash: {@code debug_dbGet("c" ‖ hash)} (geth's code prefix), falling back to
     * {@code debug_dbGet(hash)} for older databases; the code must hash to {@code codeHash}.
     */
    public byte[] code(Hash codeHash) {
        byte[] prefixed = new byte[Hash.SIZE + 1];
        prefixed[0] = CODE_PREFIX;
        System.arraycopy(codeHash.unsafeBytes(), 0, prefixed, 1, Hash.SIZE);
        List<JsonRpcErrorException> errors = new ArrayList<>();
        byte[] code = dbGetOrNull(Hex.encode(prefixed), errors);
        if (code == null || !Arrays.equals(Keccak256.digest(code), codeHash.unsafeBytes())) {
            code = dbGetOrNull(codeHash.toHex(), errors);
        }
        if (code == null) throw missing("code", codeHash, errors);
        checkKeccak(code, codeHash, "debug_dbGet");
        return code;
    }

    /** A trie node by hash through {@code debug_dbGet(hash)}; it must hash to {@code nodeHash}. */
    public byte[] stateNode(Hash nodeHash) {
        List<JsonRpcErrorException> errors = new ArrayList<>();
        byte[] node = dbGetOrNull(nodeHash.toHex(), errors);
        if (node == null) throw missing("trie node", nodeHash, errors);
        checkKeccak(node, nodeHash, "debug_dbGet");
        return node;
    }

    /** {@code debug_executePayload(parentHash, attributes)}: the witness of building a block on {@code parentHash}. */
    public ExecutionWitness executePayload(Hash parentHash, JsonNode payloadAttributes) {
        return witness(json("debug_executePayload"),
                rpc.call("debug_executePayload", parentHash.toHex(), payloadAttributes));
    }

    /** {@code debug_executionWitness(blockNumber)} (reth): the witness of executing an existing block. */
    public ExecutionWitness executionWitness(long blockNumber) {
        return witness(json("debug_executionWitness"),
                rpc.call("debug_executionWitness", "0x" + Long.toHexString(blockNumber)));
    }

    private ExecutionWitness witness(RpcJson j, JsonNode result) {
        j.object(result, "an execution witness");
        return new ExecutionWitness(optionalNodes(j, result, "state"), optionalNodes(j, result, "codes"),
                optionalNodes(j, result, "keys"), optionalNodes(j, result, "headers"));
    }

    private static List<byte[]> optionalNodes(RpcJson j, JsonNode obj, String name) {
        JsonNode n = obj.get(name);
        return n == null || n.isNull() ? List.of() : nodes(j, n);
    }

    private static List<byte[]> nodes(RpcJson j, JsonNode arr) {
        List<byte[]> out = new ArrayList<>();
        for (JsonNode n : j.array(arr, "a list of nodes")) out.add(j.bytes(n, "a node"));
        return out;
    }

    /** {@code debug_dbGet(key)}, or null when the node does not have it (null result, or an error it reports). */
    private byte[] dbGetOrNull(String keyHex, List<JsonRpcErrorException> errors) {
        JsonNode result;
        try {
            result = rpc.call("debug_dbGet", keyHex);
        } catch (JsonRpcErrorException e) {
            errors.add(e);
            return null;
        }
        if (result.isNull()) return null;
        return json("debug_dbGet").bytes(result, "a database value");
    }

    private InvalidFetchedDataException missing(String what, Hash hash, List<JsonRpcErrorException> errors) {
        String detail = errors.isEmpty() ? "" : " (" + errors.get(errors.size() - 1).getMessage() + ")";
        InvalidFetchedDataException e = new InvalidFetchedDataException(where() + " has no " + what + " " + hash
                + " in debug_dbGet" + detail);
        errors.forEach(e::addSuppressed);
        return e;
    }

    private void checkKeccak(byte[] data, Hash expected, String method) {
        Hash actual = Keccak256.hash(data);
        if (!actual.equals(expected)) {
            throw new InvalidFetchedDataException(where() + " answered " + method + "(" + expected + ") with "
                    + data.length + " bytes hashing to " + actual + "; rejected, nothing stored");
        }
    }

    private RpcJson json(String method) {
        return new RpcJson(rpc.endpoint().toString(), method);
    }

    private String where() {
        return "the node at " + rpc.endpoint();
    }
}
