package io.kona4j.host.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import io.kona4j.consensus.AccessListEntry;
import io.kona4j.consensus.Authorization;
import io.kona4j.consensus.ConsensusException;
import io.kona4j.consensus.DepositTransaction;
import io.kona4j.consensus.Eip1559Transaction;
import io.kona4j.consensus.Eip2930Transaction;
import io.kona4j.consensus.Eip4844Transaction;
import io.kona4j.consensus.Eip7702Transaction;
import io.kona4j.consensus.LegacyTransaction;
import io.kona4j.consensus.Transaction;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.UInt256;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the transaction objects of {@code eth_getBlockByHash(hash, true)} (execution-apis JSON, plus the OP deposit
 * fields) into consensus transactions, whose EIP-2718 encodings then rebuild the block's transaction trie.
 */
final class RpcTransactions {
    private RpcTransactions() {}

    static Transaction read(RpcJson j, JsonNode tx) {
        j.object(tx, "a transaction");
        long type = tx.hasNonNull("type") ? j.quantity(tx, "type") : 0;
        try {
            return switch ((int) type) {
                case 0 -> new LegacyTransaction(j.quantity(tx, "nonce"), j.uint256(tx, "gasPrice"), j.quantity(tx, "gas"),
                        j.optionalAddress(tx, "to"), j.uint256(tx, "value"), j.bytesField(tx, "input"),
                        j.quantity(tx, "v"), j.uint256(tx, "r"), j.uint256(tx, "s"));
                case 1 -> new Eip2930Transaction(j.quantity(tx, "chainId"), j.quantity(tx, "nonce"), j.uint256(tx, "gasPrice"),
                        j.quantity(tx, "gas"), j.optionalAddress(tx, "to"), j.uint256(tx, "value"), j.bytesField(tx, "input"),
                        accessList(j, tx), yParity(j, tx), j.uint256(tx, "r"), j.uint256(tx, "s"));
                case 2 -> new Eip1559Transaction(j.quantity(tx, "chainId"), j.quantity(tx, "nonce"),
                        j.uint256(tx, "maxPriorityFeePerGas"), j.uint256(tx, "maxFeePerGas"), j.quantity(tx, "gas"),
                        j.optionalAddress(tx, "to"), j.uint256(tx, "value"), j.bytesField(tx, "input"), accessList(j, tx),
                        yParity(j, tx), j.uint256(tx, "r"), j.uint256(tx, "s"));
                case 3 -> new Eip4844Transaction(j.quantity(tx, "chainId"), j.quantity(tx, "nonce"),
                        j.uint256(tx, "maxPriorityFeePerGas"), j.uint256(tx, "maxFeePerGas"), j.quantity(tx, "gas"),
                        j.address(tx, "to"), j.uint256(tx, "value"), j.bytesField(tx, "input"), accessList(j, tx),
                        j.uint256(tx, "maxFeePerBlobGas"), hashes(j, j.field(tx, "blobVersionedHashes")), yParity(j, tx),
                        j.uint256(tx, "r"), j.uint256(tx, "s"));
                case 4 -> new Eip7702Transaction(j.quantity(tx, "chainId"), j.quantity(tx, "nonce"),
                        j.uint256(tx, "maxPriorityFeePerGas"), j.uint256(tx, "maxFeePerGas"), j.quantity(tx, "gas"),
                        j.address(tx, "to"), j.uint256(tx, "value"), j.bytesField(tx, "input"), accessList(j, tx),
                        authorizations(j, tx), yParity(j, tx), j.uint256(tx, "r"), j.uint256(tx, "s"));
                case 0x7e -> new DepositTransaction(j.hash(tx, "sourceHash"), j.address(tx, "from"),
                        j.optionalAddress(tx, "to"), j.optionalUint256(tx, "mint", UInt256.ZERO), j.uint256(tx, "value"),
                        j.quantity(tx, "gas"), tx.path("isSystemTx").asBoolean(false), j.bytesField(tx, "input"));
                default -> throw j.malformed("a transaction of unknown type 0x" + Long.toHexString(type));
            };
        } catch (ConsensusException e) {
            throw j.malformed("a transaction the consensus rules reject: " + e.getMessage());
        }
    }

    private static int yParity(RpcJson j, JsonNode tx) {
        long v = tx.hasNonNull("yParity") ? j.quantity(tx, "yParity") : j.quantity(tx, "v");
        if (v != 0 && v != 1) throw j.malformed("a typed transaction with y parity " + v);
        return (int) v;
    }

    private static List<AccessListEntry> accessList(RpcJson j, JsonNode tx) {
        JsonNode list = tx.get("accessList");
        if (list == null || list.isNull()) return List.of();
        List<AccessListEntry> out = new ArrayList<>();
        for (JsonNode e : j.array(list, "accessList")) {
            out.add(new AccessListEntry(j.address(e, "address"), hashes(j, j.field(e, "storageKeys"))));
        }
        return out;
    }

    private static List<Authorization> authorizations(RpcJson j, JsonNode tx) {
        List<Authorization> out = new ArrayList<>();
        for (JsonNode a : j.array(j.field(tx, "authorizationList"), "authorizationList")) {
            long parity = j.quantity(a, "yParity");
            if (parity > 255) throw j.malformed("an authorization with y parity " + parity);
            out.add(new Authorization(j.uint256(a, "chainId"), j.address(a, "address"), j.quantity(a, "nonce"),
                    (int) parity, j.uint256(a, "r"), j.uint256(a, "s")));
        }
        return out;
    }

    private static List<Hash> hashes(RpcJson j, JsonNode arr) {
        List<Hash> out = new ArrayList<>();
        for (JsonNode h : j.array(arr, "a hash list")) out.add(Hash.wrap(j.fixed(h, "hash", Hash.SIZE)));
        return out;
    }
}
