package io.kona4j.conformance.state;

import com.fasterxml.jackson.databind.JsonNode;
import io.kona4j.consensus.AccessListEntry;
import io.kona4j.consensus.Authorization;
import io.kona4j.consensus.Eip1559Transaction;
import io.kona4j.consensus.Eip2930Transaction;
import io.kona4j.consensus.Eip4844Transaction;
import io.kona4j.consensus.Eip7702Transaction;
import io.kona4j.consensus.LegacyTransaction;
import io.kona4j.consensus.SignedTransaction;
import io.kona4j.crypto.Secp256k1;
import io.kona4j.crypto.Signature;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Hex;
import io.kona4j.primitives.UInt256;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds and signs the transaction a state-test case selects from the fixture's {@code transaction} vectors, for
 * fixtures without {@code txbytes} (evmone's): the type follows from the fields present (authorization list →
 * 7702, blob hashes → 4844, max fee → 1559, access list → 2930, else legacy without EIP-155).
 */
final class FixtureTransaction {
    private static final long CHAIN_ID = 1;

    private FixtureTransaction() {}

    static SignedTransaction build(JsonNode tx, JsonNode indexes) {
        int d = indexes.get("data").asInt(), g = indexes.get("gas").asInt(), v = indexes.get("value").asInt();
        byte[] data = Hex.decode(tx.get("data").get(d).asText());
        long gas = StateTestRunner.quantity(tx.get("gasLimit").get(g).asText()).longValue();
        UInt256 value = StateTestRunner.quantity(tx.get("value").get(v).asText());
        long nonce = StateTestRunner.quantity(tx.get("nonce").asText()).longValue();
        String toText = tx.has("to") ? tx.get("to").asText() : "";
        Address to = toText.isEmpty() ? null : Address.fromHex(toText);
        byte[] key = Hex.decode(tx.get("secretKey").asText());
        List<AccessListEntry> accessList = new ArrayList<>();
        boolean hasAccessList = tx.has("accessLists") && tx.get("accessLists").size() > d
                && !tx.get("accessLists").get(d).isNull();
        if (hasAccessList) {
            for (JsonNode e : tx.get("accessLists").get(d)) {
                List<Hash> keys = new ArrayList<>();
                for (JsonNode k : e.get("storageKeys")) keys.add(Hash.leftPad(StateTestRunner.quantity(k.asText()).toMinimalBytes()));
                accessList.add(new AccessListEntry(Address.fromHex(e.get("address").asText()), keys));
            }
        }
        if (tx.has("maxFeePerGas")) {
            UInt256 maxFee = StateTestRunner.quantity(tx.get("maxFeePerGas").asText());
            UInt256 tip = StateTestRunner.quantity(tx.get("maxPriorityFeePerGas").asText());
            if (tx.has("authorizationList")) {
                List<Authorization> auths = new ArrayList<>();
                for (JsonNode a : tx.get("authorizationList")) {
                    JsonNode y = a.has("yParity") ? a.get("yParity") : a.get("v");
                    auths.add(new Authorization(StateTestRunner.quantity(a.get("chainId").asText()),
                            Address.fromHex(a.get("address").asText()),
                            StateTestRunner.quantity(a.get("nonce").asText()).longValue(),
                            (int) StateTestRunner.quantity(y.asText()).longValue(),
                            StateTestRunner.quantity(a.get("r").asText()), StateTestRunner.quantity(a.get("s").asText())));
                }
                Eip7702Transaction u = new Eip7702Transaction(CHAIN_ID, nonce, tip, maxFee, gas, to, value, data,
                        accessList, auths, 0, UInt256.ZERO, UInt256.ZERO);
                Signature s = Secp256k1.signHash(u.signingHash(), key);
                return new Eip7702Transaction(CHAIN_ID, nonce, tip, maxFee, gas, to, value, data, accessList, auths,
                        s.recoveryId(), UInt256.fromBigInteger(s.r()), UInt256.fromBigInteger(s.s()));
            }
            if (tx.has("blobVersionedHashes")) {
                List<Hash> hashes = new ArrayList<>();
                for (JsonNode h : tx.get("blobVersionedHashes")) hashes.add(Hash.fromHex(h.asText()));
                UInt256 blobFee = StateTestRunner.quantity(tx.get("maxFeePerBlobGas").asText());
                Eip4844Transaction u = new Eip4844Transaction(CHAIN_ID, nonce, tip, maxFee, gas, to, value, data,
                        accessList, blobFee, hashes, 0, UInt256.ZERO, UInt256.ZERO);
                Signature s = Secp256k1.signHash(u.signingHash(), key);
                return new Eip4844Transaction(CHAIN_ID, nonce, tip, maxFee, gas, to, value, data, accessList, blobFee,
                        hashes, s.recoveryId(), UInt256.fromBigInteger(s.r()), UInt256.fromBigInteger(s.s()));
            }
            Eip1559Transaction u = new Eip1559Transaction(CHAIN_ID, nonce, tip, maxFee, gas, to, value, data,
                    accessList, 0, UInt256.ZERO, UInt256.ZERO);
            Signature s = Secp256k1.signHash(u.signingHash(), key);
            return new Eip1559Transaction(CHAIN_ID, nonce, tip, maxFee, gas, to, value, data, accessList,
                    s.recoveryId(), UInt256.fromBigInteger(s.r()), UInt256.fromBigInteger(s.s()));
        }
        UInt256 price = StateTestRunner.quantity(tx.get("gasPrice").asText());
        if (hasAccessList) {
            Eip2930Transaction u = new Eip2930Transaction(CHAIN_ID, nonce, price, gas, to, value, data, accessList, 0,
                    UInt256.ZERO, UInt256.ZERO);
            Signature s = Secp256k1.signHash(u.signingHash(), key);
            return new Eip2930Transaction(CHAIN_ID, nonce, price, gas, to, value, data, accessList, s.recoveryId(),
                    UInt256.fromBigInteger(s.r()), UInt256.fromBigInteger(s.s()));
        }
        LegacyTransaction u = new LegacyTransaction(nonce, price, gas, to, value, data, 27, UInt256.ZERO, UInt256.ZERO);
        Signature s = Secp256k1.signHash(u.signingHash(), key);
        return new LegacyTransaction(nonce, price, gas, to, value, data, 27 + s.recoveryId(),
                UInt256.fromBigInteger(s.r()), UInt256.fromBigInteger(s.s()));
    }
}
