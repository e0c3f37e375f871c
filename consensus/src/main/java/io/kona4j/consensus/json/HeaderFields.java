package io.kona4j.consensus.json;

import static io.kona4j.consensus.json.JsonValues.address;
import static io.kona4j.consensus.json.JsonValues.data;
import static io.kona4j.consensus.json.JsonValues.hash;
import static io.kona4j.consensus.json.JsonValues.quantity;
import static io.kona4j.consensus.json.JsonValues.require;
import static io.kona4j.consensus.json.JsonValues.uint256;

import com.fasterxml.jackson.core.JsonParser;
import io.kona4j.consensus.Bloom;
import io.kona4j.consensus.Header;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Bytes;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.UInt256;
import java.io.IOException;

/** Collects the header fields of an RPC header or block object as its fields stream past. */
final class HeaderFields {
    private Hash parentHash, ommersHash, stateRoot, transactionsRoot, receiptsRoot, mixHash;
    private Address beneficiary;
    private Bloom logsBloom;
    private UInt256 difficulty, baseFee;
    private Long number, gasLimit, gasUsed, timestamp, nonce, blobGasUsed, excessBlobGas;
    private byte[] extraData;
    private Hash withdrawalsRoot, parentBeaconBlockRoot, requestsHash;

    /** Reads the current value if {@code name} is a header field; false if it is not one (the caller handles it). */
    boolean accept(String name, JsonParser p) throws IOException {
        if (JsonValues.isNull(p)) {
            return switch (name) {
                case "baseFeePerGas", "withdrawalsRoot", "blobGasUsed", "excessBlobGas", "parentBeaconBlockRoot",
                     "requestsHash" -> true;
                default -> false;
            };
        }
        switch (name) {
            case "parentHash" -> parentHash = hash(p, name);
            case "sha3Uncles" -> ommersHash = hash(p, name);
            case "miner" -> beneficiary = address(p, name);
            case "stateRoot" -> stateRoot = hash(p, name);
            case "transactionsRoot" -> transactionsRoot = hash(p, name);
            case "receiptsRoot" -> receiptsRoot = hash(p, name);
            case "logsBloom" -> logsBloom = Bloom.of(data(p, name, Bloom.SIZE));
            case "difficulty" -> difficulty = uint256(p, name);
            case "number" -> number = quantity(p, name);
            case "gasLimit" -> gasLimit = quantity(p, name);
            case "gasUsed" -> gasUsed = quantity(p, name);
            case "timestamp" -> timestamp = quantity(p, name);
            case "extraData" -> extraData = data(p, name);
            case "mixHash" -> mixHash = hash(p, name);
            case "nonce" -> nonce = Bytes.readLongBE(data(p, name, 8), 0);
            case "baseFeePerGas" -> baseFee = uint256(p, name);
            case "withdrawalsRoot" -> withdrawalsRoot = hash(p, name);
            case "blobGasUsed" -> blobGasUsed = quantity(p, name);
            case "excessBlobGas" -> excessBlobGas = quantity(p, name);
            case "parentBeaconBlockRoot" -> parentBeaconBlockRoot = hash(p, name);
            case "requestsHash" -> requestsHash = hash(p, name);
            default -> {
                return false;
            }
        }
        return true;
    }

    Header build(String what) {
        return new Header(require(parentHash, what, "parentHash"), require(ommersHash, what, "sha3Uncles"),
                require(beneficiary, what, "miner"), require(stateRoot, what, "stateRoot"),
                require(transactionsRoot, what, "transactionsRoot"), require(receiptsRoot, what, "receiptsRoot"),
                require(logsBloom, what, "logsBloom"), require(difficulty, what, "difficulty"),
                require(number, what, "number"), require(gasLimit, what, "gasLimit"), require(gasUsed, what, "gasUsed"),
                require(timestamp, what, "timestamp"), require(extraData, what, "extraData"),
                require(mixHash, what, "mixHash"), require(nonce, what, "nonce"), baseFee, withdrawalsRoot,
                blobGasUsed, excessBlobGas, parentBeaconBlockRoot, requestsHash);
    }
}
