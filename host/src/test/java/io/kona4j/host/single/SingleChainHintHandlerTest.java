package io.kona4j.host.single;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import ethereum.cryptography.LibEthKZG;
import io.kona4j.consensus.Header;
import io.kona4j.host.fetch.InvalidFetchedDataException;
import io.kona4j.host.kv.CheckedKeyValueStore;
import io.kona4j.host.kv.MemoryKeyValueStore;
import io.kona4j.host.rpc.LoopbackServer;
import io.kona4j.host.rpc.LoopbackServer.Reply;
import io.kona4j.mpt.OrderedListWalker;
import io.kona4j.mpt.SecureTrie;
import io.kona4j.mpt.TrieAccount;
import io.kona4j.preimage.PreimageKey;
import io.kona4j.preimage.PreimageKeyType;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Bytes;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Hex;
import io.kona4j.primitives.Keccak256;
import io.kona4j.primitives.UInt256;
import io.kona4j.proof.hint.Hint;
import io.kona4j.proof.hint.HintParsingException;
import io.kona4j.proof.hint.HintType;
import io.kona4j.protocol.Predeploys;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every hint type against loopback nodes serving real OP Sepolia data; the keys and values stored are checked against
 * values from outside the handler: the fixture's raw headers and transactions, the KZG library's evaluation of the
 * blob polynomial, go-ethereum's precompile vectors and the output-root formula.
 */
@Timeout(120)
class SingleChainHintHandlerTest {
    private static ChainFixture fx;
    private static LibEthKZG kzg;

    @BeforeAll
    static void load() throws Exception {
        fx = new ChainFixture();
        kzg = new LibEthKZG(false);
    }

    @AfterAll
    static void close() {
        kzg.close();
    }

    /** Three loopback servers (L1, beacon, L2) and the handler over them. */
    private static final class Env implements AutoCloseable {
        final LoopbackServer l1;
        final LoopbackServer beacon;
        final LoopbackServer l2;
        final SingleChainProviders providers;
        final List<String> warnings = new ArrayList<>();
        final MemoryKeyValueStore mem = new MemoryKeyValueStore();
        final CheckedKeyValueStore kv = new CheckedKeyValueStore(mem);
        SingleChainHintHandler handler;

        Env(Map<Hash, byte[]> extraL2Headers, Hash agreedHead, Hash agreedRoot, boolean witness) throws Exception {
            l1 = fx.serveNode(new LoopbackServer(), Map.of());
            beacon = new LoopbackServer();
            l2 = fx.serveNode(new LoopbackServer(), extraL2Headers);
            providers = new SingleChainProviders(l1.uri(), beacon.uri(), l2.uri(), ChainFixture.RPC);
            handler = new SingleChainHintHandler(providers, agreedHead, agreedRoot, witness, warnings::add);
        }

        Env() throws Exception {
            this(Map.of(), Hash.ZERO, Hash.ZERO, true);
        }

        void fetch(Hint h) {
            handler.fetchHint(Hint.parse(h.encode()), kv);
        }

        @Override
        public void close() {
            providers.close();
            l1.close();
            beacon.close();
            l2.close();
        }
    }

    @Test
    void l1AndL2HeadersAreStoredUnderTheBlockHash() throws Exception {
        try (Env e = new Env()) {
            Header h = fx.headers.get(26207960L);
            e.fetch(Hint.l1BlockHeader(h.hash()));
            assertThat(e.mem.size()).isEqualTo(1);
            assertThat(e.kv.get(PreimageKey.keccak256(h.hash()))).isEqualTo(fx.rawHeaders.get(h.hash()));
            e.fetch(Hint.l2BlockHeader(fx.block61.hash()));
            assertThat(e.kv.get(PreimageKey.keccak256(fx.block61.hash()))).isEqualTo(fx.block61.encode());
            assertThat(e.l1.requests()).hasSize(1);
            assertThat(e.l2.requests()).hasSize(1);
        }
    }

    @Test
    void transactionsAreStoredAsTheNodesOfTheirTrie() throws Exception {
        for (HintType t : List.of(HintType.L1_TRANSACTIONS, HintType.L2_TRANSACTIONS)) {
            try (Env e = new Env()) {
                e.fetch(Hint.of(t, fx.block61.hash().toArray()));
                List<byte[]> walked = OrderedListWalker.walk(fx.block61.transactionsRoot(),
                        hash -> e.kv.get(PreimageKey.keccak256(hash)));
                assertThat(walked).hasSize(12);
                for (int i = 0; i < 12; i++) assertThat(walked.get(i)).isEqualTo(fx.txs61.get(i));
                e.mem.forEach((k, v) -> assertThat(k).isEqualTo(PreimageKey.keccak256Of(v)));
            }
        }
    }

    @Test
    void receiptsTrieAndTheEmptyList() throws Exception {
        try (Env e = new Env()) {
            List<byte[]> receipts = List.of(io.kona4j.consensus.Receipt.of(io.kona4j.consensus.TxType.EIP1559, true,
                    21_000, List.of()).encode());
            Header withReceipts = fx.block61.toBuilder().receiptsRoot(io.kona4j.mpt.OrderedListTrie.root(receipts)).build();
            Header empty = fx.block61.toBuilder().receiptsRoot(Hash.EMPTY_TRIE_ROOT).build();
            e.l1.onRpcResult("debug_getRawHeader", p -> TextNode.valueOf(Hex.encode(
                    p.get(0).asText().equals(empty.hash().toHex()) ? empty.encode() : withReceipts.encode())));
            e.l1.onRpcResult("debug_getRawReceipts", p -> {
                ArrayNode a = LoopbackServer.JSON.createArrayNode();
                if (p.get(0).asText().equals(withReceipts.hash().toHex())) a.add(Hex.encode(receipts.get(0)));
                return a;
            });
            e.fetch(Hint.l1Receipts(withReceipts.hash()));
            assertThat(OrderedListWalker.walk(withReceipts.receiptsRoot(), h -> e.kv.get(PreimageKey.keccak256(h))))
                    .singleElement().isEqualTo(receipts.get(0));
            e.fetch(Hint.l1Receipts(empty.hash()));
            // kona's store_ordered_trie: the empty list stores 0x80 under the empty root
            assertThat(e.kv.get(PreimageKey.keccak256(Hash.EMPTY_TRIE_ROOT))).containsExactly(0x80);
        }
    }

    @Test
    void blobFieldElementsCommitmentAndTheProofEntry() throws Exception {
        byte[] blob = new byte[131072];
        for (int i = 0; i < 4096; i++) Bytes.writeLongBE(i * 7919L + 1, blob, i * 32 + 24);
        byte[] commitment = kzg.blobToKZGCommitment(blob);
        byte[] proof = kzg.computeBlobKzgProof(blob, commitment);
        byte[] vh = MessageDigest.getInstance("SHA-256").digest(commitment);
        vh[0] = 0x01;
        Hash versionedHash = Hash.wrap(vh);
        long genesis = 1_655_733_600L;
        long timestamp = genesis + 12 * 1000;
        try (Env e = new Env()) {
            e.beacon.onGet("/eth/v1/config/spec", p -> Reply.json(200, "{\"data\":{\"SECONDS_PER_SLOT\":\"12\"}}"))
                    .onGet("/eth/v1/beacon/genesis", p -> Reply.json(200, "{\"data\":{\"genesis_time\":\"" + genesis + "\"}}"))
                    .onGet("/eth/v1/beacon/blobs/1000", p -> Reply.json(200, "{\"data\":[\"" + Hex.encode(blob) + "\"]}"));
            e.fetch(Hint.l1Blob(versionedHash, 2, timestamp));
            assertThat(e.kv.get(PreimageKey.of(versionedHash, PreimageKeyType.SHA256))).isEqualTo(commitment);
            // 1 commitment + 4097 × (80-byte key preimage + value)
            assertThat(e.mem.size()).isEqualTo(1 + 2 * 4097);
            for (int i : new int[] {0, 1, 2, 1000, 2048, 4095}) {
                byte[] z = BlobRootsOfUnity.point(i);
                // the KZG library evaluates the blob polynomial at the point: it must be field element i
                byte[] y = kzg.computeKzgProof(blob, z)[1];
                assertThat(y).as("element %d", i).isEqualTo(java.util.Arrays.copyOfRange(blob, i * 32, i * 32 + 32));
                byte[] keyPreimage = Bytes.concat(commitment, z);
                assertThat(e.kv.get(PreimageKey.blob(commitment, z))).isEqualTo(y);
                assertThat(e.kv.get(PreimageKey.keccak256Of(keyPreimage))).isEqualTo(keyPreimage);
            }
            // kona's quirk: the proof sits under commitment ‖ point(4095)[0..24] ‖ u64 BE 4096
            byte[] quirk = Bytes.concat(commitment, java.util.Arrays.copyOf(BlobRootsOfUnity.point(4095), 24),
                    Hex.decode("0x0000000000001000"));
            assertThat(e.kv.get(PreimageKey.of(Keccak256.digest(quirk), PreimageKeyType.BLOB))).isEqualTo(proof);
            assertThat(e.kv.get(PreimageKey.keccak256Of(quirk))).isEqualTo(quirk);
        }
    }

    @Test
    void rootsOfUnityAreBitReversed() {
        assertThat(BlobRootsOfUnity.point(0)).isEqualTo(Hash.leftPad(new byte[] {1}).toArray());
        // ω^2048 = −1 = r − 1 sits at bit-reversed index 1
        assertThat(Hex.encode(BlobRootsOfUnity.point(1)))
                .isEqualTo("0x73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000000");
    }

    @Test
    void precompilesRunOnTheHostWithKonasResultLayout() throws Exception {
        JsonNode vectors = LoopbackServer.JSON.readTree(Files.readString(io.kona4j.host.TestData.testdata()
                .resolve("precompiles/go-ethereum/ecRecover.json")));
        JsonNode valid = null;
        for (JsonNode v : vectors) if (v.get("Name").asText().equals("ValidKey")) valid = v;
        byte[] input = Hex.decode("0x" + valid.get("Input").asText());
        byte[] expected = Hex.decode("0x" + valid.get("Expected").asText());
        Address ecrecover = Address.fromHex("0x0000000000000000000000000000000000000001");
        try (Env e = new Env()) {
            Hint ok = Hint.l1Precompile(ecrecover, 3000, input);
            e.fetch(ok);
            byte[] data = ok.data();
            assertThat(e.kv.get(PreimageKey.keccak256Of(data))).isEqualTo(data);
            assertThat(e.kv.get(PreimageKey.precompile(ecrecover, 3000, input))).isEqualTo(Bytes.concat(new byte[] {1}, expected));
            Hint starved = Hint.l1Precompile(ecrecover, 2999, input);
            e.fetch(starved);
            assertThat(e.kv.get(PreimageKey.precompile(ecrecover, 2999, input))).containsExactly(0);
            Address sha256 = Address.fromHex("0x0000000000000000000000000000000000000002");
            e.fetch(Hint.l1Precompile(sha256, 1_000_000, input));
            assertThat(e.kv.get(PreimageKey.precompile(sha256, 1_000_000, input))).containsExactly(0);
            assertThat(e.l1.requests()).isEmpty();
        }
    }

    @Test
    void codeAndStateNodesComeFromDbGet() throws Exception {
        try (Env e = new Env()) {
            Map.Entry<Hash, byte[]> any = fx.witness.entrySet().iterator().next();
            e.fetch(Hint.l2StateNode(any.getKey()));
            assertThat(e.kv.get(PreimageKey.keccak256(any.getKey()))).isEqualTo(any.getValue());
            assertThat(e.warnings).singleElement().asString().contains(any.getKey().toHex());
            e.fetch(Hint.l2Code(any.getKey()));
            // geth's "c" ‖ hash first, then the bare hash
            assertThat(e.l2.requests()).hasSize(3);
            assertThat(e.l2.requests().get(1).body()).contains("\"0x63" + any.getKey().toHex().substring(2));
        }
    }

    @Test
    void startingOutputIsRebuiltAndCheckedAgainstTheAgreedRoot() throws Exception {
        Hash passerStorage = Keccak256.hash("passer storage".getBytes(StandardCharsets.UTF_8));
        SecureTrie state = SecureTrie.empty();
        state.put(Predeploys.L2_TO_L1_MESSAGE_PASSER.unsafeBytes(),
                new TrieAccount(0, UInt256.ONE, passerStorage, Hash.EMPTY_CODE_HASH).encode());
        state.put(Predeploys.L1_BLOCK.unsafeBytes(), new TrieAccount(1, UInt256.ZERO, Hash.EMPTY_TRIE_ROOT,
                Hash.EMPTY_CODE_HASH).encode());
        Header head = fx.headers.get(26207960L).toBuilder().stateRoot(state.rootHash()).build();
        // the output-root formula by hand: keccak256(0^32 ‖ stateRoot ‖ passer storage root ‖ block hash)
        Hash agreed = Keccak256.hash(Bytes.concat(new byte[32], state.rootHash().toArray(), passerStorage.toArray(),
                head.hash().toArray()));
        List<byte[]> proof = state.trie().proof(SecureTrie.accountKey(Predeploys.L2_TO_L1_MESSAGE_PASSER));
        try (Env e = new Env(Map.of(head.hash(), head.encode()), head.hash(), agreed, false)) {
            e.l2.onRpcResult("eth_getProof", p -> {
                ObjectNode o = LoopbackServer.JSON.createObjectNode();
                ArrayNode a = o.putArray("accountProof");
                proof.forEach(n -> a.add(Hex.encode(n)));
                o.putArray("storageProof");
                return o;
            });
            e.fetch(Hint.startingL2Output(agreed));
            byte[] preimage = e.kv.get(PreimageKey.keccak256(agreed));
            assertThat(preimage).hasSize(128);
            assertThat(Hash.of(preimage, 96)).isEqualTo(head.hash());
            JsonNode sent = LoopbackServer.JSON.readTree(e.l2.requests().get(1).body());
            assertThat(sent.get("params").toString()).isEqualTo("[\"" + Predeploys.L2_TO_L1_MESSAGE_PASSER.toHex()
                    + "\",[],{\"blockHash\":\"" + head.hash().toHex() + "\"}]");
        }
        try (Env e = new Env(Map.of(head.hash(), head.encode()), head.hash(), Hash.ZERO, false)) {
            e.l2.onRpcResult("eth_getProof", p -> {
                ObjectNode o = LoopbackServer.JSON.createObjectNode();
                ArrayNode a = o.putArray("accountProof");
                proof.forEach(n -> a.add(Hex.encode(n)));
                return o;
            });
            assertThatThrownBy(() -> e.fetch(Hint.startingL2Output(Hash.ZERO)))
                    .isInstanceOf(InvalidFetchedDataException.class).hasMessageContaining("not the agreed output root");
            assertThat(e.mem.size()).isZero();
        }
    }

    @Test
    void accountAndStorageProofNodes() throws Exception {
        List<byte[]> nodes = new ArrayList<>(fx.witness.values()).subList(0, 3);
        List<byte[]> storageNodes = new ArrayList<>(fx.witness.values()).subList(3, 5);
        Address who = Address.fromHex("0x4200000000000000000000000000000000000015");
        Hash slot = Hash.leftPad(new byte[] {7});
        try (Env e = new Env()) {
            e.l2.onRpcResult("eth_getProof", p -> {
                ObjectNode o = LoopbackServer.JSON.createObjectNode();
                ArrayNode a = o.putArray("accountProof");
                nodes.forEach(n -> a.add(Hex.encode(n)));
                ArrayNode sp = o.putArray("storageProof");
                if (p.get(1).size() == 1) {
                    ObjectNode s = sp.addObject().put("key", p.get(1).get(0).asText());
                    ArrayNode pr = s.putArray("proof");
                    storageNodes.forEach(n -> pr.add(Hex.encode(n)));
                }
                return o;
            });
            e.fetch(Hint.l2AccountProof(26207960L, who));
            assertThat(e.mem.size()).isEqualTo(3);
            for (byte[] n : nodes) assertThat(e.kv.get(PreimageKey.keccak256Of(n))).isEqualTo(n);
            assertThat(e.l2.requests().get(0).body()).contains("\"0x18fe6d8\"");
            e.fetch(Hint.l2AccountStorageProof(26207960L, who, slot));
            assertThat(e.mem.size()).isEqualTo(5);
            for (byte[] n : storageNodes) assertThat(e.kv.get(PreimageKey.keccak256Of(n))).isEqualTo(n);
        }
    }

    @Test
    void payloadWitnessFallsBackToExecutionWitnessAndIsOffUnlessEnabled() throws Exception {
        List<byte[]> state = new ArrayList<>(fx.witness.values()).subList(0, 4);
        byte[] attrs = "{\"timestamp\":\"0x1\"}".getBytes(StandardCharsets.UTF_8);
        Header parent = fx.headers.get(26207960L);
        try (Env e = new Env()) {
            e.l2.onRpcResult("debug_executionWitness", p -> {
                assertThat(p.get(0).asText()).isEqualTo("0x18fe6d9");
                ObjectNode o = LoopbackServer.JSON.createObjectNode();
                ArrayNode a = o.putArray("state");
                state.forEach(n -> a.add(Hex.encode(n)));
                o.putArray("codes");
                o.putArray("keys");
                return o;
            });
            e.fetch(Hint.l2PayloadWitness(parent.hash(), attrs));
            assertThat(e.mem.size()).isEqualTo(4);
            assertThat(e.l2.requests().get(0).body()).contains("debug_executePayload").contains("\"timestamp\":\"0x1\"");
            assertThatThrownBy(() -> e.fetch(Hint.l2PayloadWitness(parent.hash(), "{oops".getBytes(StandardCharsets.UTF_8))))
                    .isInstanceOf(HintParsingException.class);
        }
        try (Env e = new Env(Map.of(), Hash.ZERO, Hash.ZERO, false)) {
            e.fetch(Hint.l2PayloadWitness(parent.hash(), attrs));
            assertThat(e.mem.size()).isZero();
            assertThat(e.l2.requests()).isEmpty();
        }
    }

    @Test
    void aLyingNodeIsRejectedAndNothingIsStored() throws Exception {
        try (Env e = new Env()) {
            Header real = fx.headers.get(26207960L);
            e.l1.onRpcResult("debug_getRawHeader", p -> TextNode.valueOf(Hex.encode(fx.block61.encode())));
            assertThatThrownBy(() -> e.fetch(Hint.l1BlockHeader(real.hash())))
                    .isInstanceOf(InvalidFetchedDataException.class).hasMessageContaining(real.hash().toHex());
            assertThat(e.mem.size()).isZero();
        }
    }

    @Test
    void wrongHintLengthsAreRefused() throws Exception {
        try (Env e = new Env()) {
            assertThatThrownBy(() -> e.handler.fetchHint(Hint.of(HintType.L1_BLOB, new byte[40]), e.kv))
                    .isInstanceOf(HintParsingException.class).hasMessageContaining("48");
            assertThat(e.l1.requests()).isEmpty();
        }
    }
}
