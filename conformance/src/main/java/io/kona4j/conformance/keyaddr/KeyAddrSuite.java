package io.kona4j.conformance.keyaddr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kona4j.conformance.Suite;
import io.kona4j.conformance.SuiteReport;
import io.kona4j.conformance.TestData;
import io.kona4j.crypto.Secp256k1;
import io.kona4j.crypto.Signature;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hex;
import io.kona4j.primitives.Keccak256;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.nio.file.Path;
import java.util.List;

/**
 * ethereum/tests BasicTests/keyaddrtest.json: each key must be keccak256(seed) and give the listed address, and our
 * signature of keccak256("") must be canonical and recover that address. The fixture's own {@code sig_of_emptystring}
 * is not checked: it recovers neither address for keccak256(""), the empty string nor sha256("") (Nethermind ignores
 * it as wrong, and other clients carry it as a known failure), so it cannot serve as an oracle.
 */
public final class KeyAddrSuite implements Suite {
    @Override
    public String name() {
        return "keyaddr";
    }

    @Override
    public String description() {
        return "ethereum/tests BasicTests/keyaddrtest.json: secp256k1 key → address, signing, recovery";
    }

    @Override
    public List<Path> defaultPaths(TestData data) {
        return List.of(data.testdata("ethereum-tests/BasicTests/keyaddrtest.json"));
    }

    @Override
    public void run(List<Path> paths, SuiteReport report) throws Exception {
        ObjectMapper json = new ObjectMapper();
        byte[] emptyHash = Keccak256.digest(new byte[0]);
        for (Path file : paths) {
            JsonNode root = json.readTree(file.toFile());
            for (JsonNode t : root) {
                String name = file.getFileName() + "/" + t.get("seed").asText();
                try {
                    byte[] key = Hex.decode(t.get("key").asText());
                    Address want = Address.fromHex(t.get("addr").asText());
                    Address got = Secp256k1.addressOf(key);
                    if (!got.equals(want)) {
                        report.fail(name, "key gives address " + got + ", expected " + want);
                        continue;
                    }
                    byte[] seedKey = Keccak256.digest(t.get("seed").asText().getBytes(StandardCharsets.UTF_8));
                    if (!Arrays.equals(seedKey, key)) {
                        report.fail(name, "keccak256(seed) is " + Hex.encode(seedKey) + ", not the listed key");
                        continue;
                    }
                    Signature ours = Secp256k1.signHash(emptyHash, key);
                    Address recovered = Secp256k1.recoverAddress(emptyHash, ours);
                    if (!ours.isCanonical() || !want.equals(recovered)) {
                        report.fail(name, "our signature of keccak256(\"\") recovers " + recovered);
                        continue;
                    }
                    report.pass(name);
                } catch (RuntimeException e) {
                    report.fail(name, "unexpected " + e);
                }
            }
        }
    }
}
