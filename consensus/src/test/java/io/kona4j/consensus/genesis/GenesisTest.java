package io.kona4j.consensus.genesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kona4j.consensus.ConsensusException;
import io.kona4j.consensus.EthereumFork;
import io.kona4j.consensus.Header;
import io.kona4j.consensus.json.GenesisJson;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Keccak256;
import io.kona4j.primitives.UInt256;
import io.kona4j.primitives.rlp.RlpWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class GenesisTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static Path testdata(String rel) {
        return Path.of(System.getProperty("kona4j.shared", "../../shared"), "testdata").resolve(rel);
    }

    /**
     * ethereum-tests BlockchainTests (Cancun): each case's {@code pre} allocation and genesis header fields, read as
     * a geth genesis, must give the genesis block hash the test publishes.
     */
    @Test
    void blockchainTestGenesisBlocksHashAsPublished() throws IOException {
        int cases = 0;
        List<Path> files;
        try (Stream<Path> s = Files.walk(testdata("ethereum-tests/BlockchainTests/ValidBlocks"))) {
            files = s.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        for (Path f : files) {
            JsonNode root = MAPPER.readTree(f.toFile());
            for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode t = e.getValue();
                if (!"Cancun".equals(t.path("network").asText())) continue;
                JsonNode h = t.get("genesisBlockHeader");
                ObjectNode g = MAPPER.createObjectNode();
                g.set("nonce", h.get("nonce"));
                g.set("timestamp", h.get("timestamp"));
                g.set("extraData", h.get("extraData"));
                g.set("gasLimit", h.get("gasLimit"));
                g.set("difficulty", h.get("difficulty"));
                g.set("mixHash", h.get("mixHash"));
                g.set("coinbase", h.get("coinbase"));
                g.set("number", h.get("number"));
                g.set("gasUsed", h.get("gasUsed"));
                g.set("parentHash", h.get("parentHash"));
                g.set("baseFeePerGas", h.get("baseFeePerGas"));
                g.set("excessBlobGas", h.get("excessBlobGas"));
                g.set("blobGasUsed", h.get("blobGasUsed"));
                g.set("alloc", t.get("pre"));
                Genesis genesis = GenesisJson.parse(g.toString());
                GenesisState state = genesis.buildState();
                assertThat(state.stateRoot().toHex()).as(e.getKey()).isEqualTo(h.get("stateRoot").asText());
                Header header = genesis.header(state, EthereumFork.CANCUN, false);
                assertThat(header.hash().toHex()).as(e.getKey()).isEqualTo(h.get("hash").asText());
                cases++;
            }
        }
        assertThat(cases).isGreaterThan(400);
    }

    @Test
    void headerFieldsFollowTheForkAtGenesis() throws Exception {
        Address passer = Genesis.L2_TO_L1_MESSAGE_PASSER;
        TreeMap<UInt256, UInt256> storage = new TreeMap<>(Map.of(UInt256.ZERO, UInt256.valueOf(1),
                UInt256.ONE, UInt256.ZERO));
        Genesis g = Genesis.of(1_700_000_000L, 30_000_000L, Address.fromHex("0x4200000000000000000000000000000000000011"),
                new byte[0], null, Map.of(passer, new GenesisAccount(0, UInt256.ZERO, new byte[] {0x60, 0x00}, storage)));

        Header paris = g.header(EthereumFork.PARIS, true);
        assertThat(paris.baseFeePerGas()).isEqualTo(UInt256.valueOf(1_000_000_000L));
        assertThat(paris.withdrawalsRoot()).isNull();

        Header canyon = g.header(EthereumFork.SHANGHAI, true);
        assertThat(canyon.withdrawalsRoot()).isEqualTo(Hash.EMPTY_TRIE_ROOT);
        assertThat(canyon.parentBeaconBlockRoot()).isNull();

        Header ecotone = g.header(EthereumFork.CANCUN, true);
        assertThat(ecotone.blobGasUsed()).isZero();
        assertThat(ecotone.excessBlobGas()).isZero();
        assertThat(ecotone.parentBeaconBlockRoot()).isEqualTo(Hash.ZERO);
        assertThat(ecotone.requestsHash()).isNull();

        Header isthmus = g.header(EthereumFork.PRAGUE, true);
        // The one-slot storage trie worked out from the yellow paper: a single leaf over the whole hashed key,
        // hex-prefix flag 0x20, value rlp(0x01); the zero slot is not stored.
        byte[] path = new byte[33];
        path[0] = 0x20;
        System.arraycopy(Keccak256.digest(new byte[32]), 0, path, 1, 32);
        byte[] leaf = new RlpWriter().startList().writeBytes(path).writeBytes(new byte[] {0x01}).endList().toByteArray();
        assertThat(isthmus.withdrawalsRoot()).isEqualTo(Keccak256.hash(leaf));
        assertThat(isthmus.requestsHash()).isEqualTo(Hash.wrap(MessageDigest.getInstance("SHA-256").digest(new byte[0])));
        // On L1 Prague the withdrawals root stays the empty root.
        assertThat(g.header(EthereumFork.PRAGUE, false).withdrawalsRoot()).isEqualTo(Hash.EMPTY_TRIE_ROOT);
        assertThat(g.buildState().codes()).containsKey(Keccak256.hash(new byte[] {0x60, 0x00}));
    }

    @Test
    void statelessDefinitionsGiveTheirStateHash() {
        Genesis g = GenesisJson.parse("""
                {"timestamp":"0x0","gasLimit":"0xe4e1c0","difficulty":"0x1","alloc":{},
                 "stateHash":"0xeddb4c1786789419153a27c4c80ff44a2226b6eda04f7e22ce5bae892ea568eb"}""");
        assertThat(g.buildState().stateRoot()).isEqualTo(
                Hash.fromHex("0xeddb4c1786789419153a27c4c80ff44a2226b6eda04f7e22ce5bae892ea568eb"));
        assertThatThrownBy(() -> g.header(EthereumFork.PRAGUE, true)).isInstanceOf(ConsensusException.class)
                .hasMessageContaining("stateless");
    }

    @Test
    void gethNumberFormsAndDefaults() {
        Genesis g = GenesisJson.parse("""
                {"nonce":"66","gasLimit":0,"alloc":{"0000000000000000000000000000000000000001":{"balance":"1000",
                 "storage":{"0x01":"0x02"}}}}""");
        assertThat(g.nonce()).isEqualTo(66);
        Header h = g.header(EthereumFork.BERLIN, false);
        assertThat(h.gasLimit()).isEqualTo(Genesis.DEFAULT_GAS_LIMIT);
        assertThat(h.difficulty()).isEqualTo(Genesis.DEFAULT_DIFFICULTY);
        assertThat(h.baseFeePerGas()).isNull();
        GenesisAccount a = g.alloc().get(Address.fromHex("0x0000000000000000000000000000000000000001"));
        assertThat(a.balance()).isEqualTo(UInt256.valueOf(1000));
        assertThat(a.storage()).containsEntry(UInt256.ONE, UInt256.valueOf(2));
        assertThatThrownBy(() -> GenesisJson.parse("{\"alloc\":{\"0x12\":{\"balance\":\"0x0\"}}}"))
                .isInstanceOf(ConsensusException.class).hasMessageContaining("alloc address");
        assertThatThrownBy(() -> GenesisJson.parse("{\"alloc\":{\"0000000000000000000000000000000000000001\":{}}}"))
                .isInstanceOf(ConsensusException.class).hasMessageContaining("balance");
    }
}
