package io.kona4j.host.fetch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ethereum.cryptography.LibEthKZG;
import io.kona4j.host.rpc.BeaconClient;
import io.kona4j.host.rpc.HttpStatusException;
import io.kona4j.host.rpc.LoopbackServer;
import io.kona4j.host.rpc.LoopbackServer.Reply;
import io.kona4j.host.rpc.MalformedResponseException;
import io.kona4j.host.rpc.RpcConfig;
import io.kona4j.host.rpc.RpcTimeoutException;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Hex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Beacon fetches against a loopback beacon API. The blob of all 0x01 bytes has versioned hash 0x016c357b… (the
 * vector of Kona's beacon client test, computed there with c-kzg).
 */
@Timeout(120)
class BeaconFetcherTest {
    private static final RpcConfig CFG = RpcConfig.defaults().withRequestTimeout(Duration.ofSeconds(5))
            .withRetries(2, Duration.ofMillis(10), Duration.ofMillis(50));
    /** For the timeout case only: a short deadline. */
    private static final RpcConfig SHORT = CFG.withRequestTimeout(Duration.ofMillis(300));
    private static final Hash ONES_VH = Hash.fromHex("0x016c357b8b3a6b3fd82386e7bebf77143d537cdb1c856509661c412602306a04");
    private static final byte[] ONES = filled(1);
    private static final byte[] TWOS = filled(2);

    /** One library instance for the expected values: loading the trusted setup takes seconds. */
    private static LibEthKZG kzg;

    @org.junit.jupiter.api.BeforeAll
    static void loadKzg() {
        kzg = new LibEthKZG(false);
    }

    @org.junit.jupiter.api.AfterAll
    static void closeKzg() {
        kzg.close();
    }

    private static byte[] filled(int b) {
        byte[] blob = new byte[BlobSidecar.BLOB_SIZE];
        Arrays.fill(blob, (byte) b);
        return blob;
    }

    private static String blobsBody(byte[]... blobs) {
        ObjectNode o = LoopbackServer.JSON.createObjectNode();
        o.put("execution_optimistic", false).put("finalized", true);
        ArrayNode data = o.putArray("data");
        for (byte[] b : blobs) data.add(Hex.encode(b));
        return o.toString();
    }

    private static String sidecarsBody(byte[] blob, byte[] commitment, byte[] proof) {
        ObjectNode o = LoopbackServer.JSON.createObjectNode();
        ObjectNode s = o.putArray("data").addObject();
        s.put("index", "3").put("blob", Hex.encode(blob)).put("kzg_commitment", Hex.encode(commitment))
                .put("kzg_proof", Hex.encode(proof));
        return o.toString();
    }

    @Test
    void specGenesisAndSlots() throws Exception {
        try (LoopbackServer s = new LoopbackServer()
                .onGet("/eth/v1/config/spec", p -> Reply.json(200, "{\"data\":{\"SECONDS_PER_SLOT\":\"12\",\"SLOTS_PER_EPOCH\":\"32\"}}"))
                .onGet("/eth/v1/beacon/genesis", p -> Reply.json(200, "{\"data\":{\"genesis_time\":\"1606824023\","
                        + "\"genesis_validators_root\":\"0x4b363db94e286120d76eb905340fdd4e54bfe9f06bf33ff6cf5ad27f511bfe95\"}}"));
             BeaconClient c = new BeaconClient(s.uri(), CFG)) {
            BeaconFetcher f = new BeaconFetcher(c);
            assertThat(f.secondsPerSlot()).isEqualTo(12);
            assertThat(f.genesisTime()).isEqualTo(1606824023L);
            assertThat(f.slotAt(1606824023L + 12 * 1000 + 5)).isEqualTo(1000);
            f.slotAt(1606824023L);
            assertThat(s.requests()).hasSize(2);
            assertThatThrownBy(() -> f.slotAt(5)).isInstanceOf(InvalidFetchedDataException.class);
        }
    }

    @Test
    void blobsFromTheBlobsEndpointGetTheirCommitmentAndProofComputed() throws Exception {
        try (LoopbackServer s = new LoopbackServer()
                .onGet("/eth/v1/beacon/blobs/987654321", p -> Reply.json(200, blobsBody(TWOS, ONES)));
             BeaconClient c = new BeaconClient(s.uri(), CFG)) {
            List<BlobSidecar> got = new BeaconFetcher(c).blobs(987654321L, List.of(0L, 2L), List.of(ONES_VH, ONES_VH));
            assertThat(got).hasSize(2);
            assertThat(got.get(0).index()).isZero();
            assertThat(got.get(1).index()).isEqualTo(2);
            assertThat(got.get(0).versionedHash()).isEqualTo(ONES_VH);
            assertThat(got.get(0).blob()).isEqualTo(ONES);
            assertThat(kzg.verifyBlobKzgProof(ONES, got.get(0).commitment(), got.get(0).proof())).isTrue();
            assertThat(s.requests().get(0).path())
                    .isEqualTo("/eth/v1/beacon/blobs/987654321?versioned_hashes=" + ONES_VH.toHex());
        }
    }

    @Test
    void aBlobThatDoesNotMatchTheVersionedHashIsRejected() throws Exception {
        try (LoopbackServer s = new LoopbackServer()
                .onGet("/eth/v1/beacon/blobs/7", p -> Reply.json(200, blobsBody(TWOS)));
             BeaconClient c = new BeaconClient(s.uri(), CFG)) {
            assertThatThrownBy(() -> new BeaconFetcher(c).blobs(7, List.of(0L), List.of(ONES_VH)))
                    .isInstanceOf(InvalidFetchedDataException.class).hasMessageContaining(ONES_VH.toHex());
        }
    }

    @Test
    void nodesWithoutTheBlobsEndpointAreAskedForSidecarsWhoseProofsAreVerified() throws Exception {
        byte[] commitment = kzg.blobToKZGCommitment(ONES);
        byte[] proof = kzg.computeBlobKzgProof(ONES, commitment);
        // a constant blob's proof is the point at infinity, so take the proof of a non-constant one
        byte[] mixed = ONES.clone();
        Arrays.fill(mixed, 0, 32, (byte) 0);
        byte[] wrongProof = kzg.computeBlobKzgProof(mixed, kzg.blobToKZGCommitment(mixed));
        try (LoopbackServer s = new LoopbackServer()
                .onGet("/eth/v1/beacon/blob_sidecars/8", p -> Reply.json(200, sidecarsBody(ONES, commitment, proof)))
                .onGet("/eth/v1/beacon/blob_sidecars/9", p -> Reply.json(200, sidecarsBody(ONES, commitment, wrongProof)));
             BeaconClient c = new BeaconClient(s.uri(), CFG)) {
            BeaconFetcher f = new BeaconFetcher(c);
            List<BlobSidecar> got = f.blobs(8, List.of(3L), List.of(ONES_VH));
            assertThat(got.get(0).commitment()).isEqualTo(commitment);
            assertThat(got.get(0).proof()).isEqualTo(proof);
            assertThat(s.requests()).extracting(LoopbackServer.Request::path).containsExactly(
                    "/eth/v1/beacon/blobs/8?versioned_hashes=" + ONES_VH.toHex(), "/eth/v1/beacon/blob_sidecars/8");
            assertThatThrownBy(() -> f.blobs(9, List.of(3L), List.of(ONES_VH)))
                    .isInstanceOf(InvalidFetchedDataException.class).hasMessageContaining("KZG proof");
        }
    }

    @Test
    void beaconFaultsAreTyped() throws Exception {
        try (LoopbackServer s = new LoopbackServer()
                .onGet("/eth/v1/beacon/blobs/1", p -> Reply.json(200, "{\"data\":[\"0x0102\"]}"))
                .onGet("/eth/v1/beacon/blobs/2", p -> Reply.json(503, "syncing"))
                .onGet("/eth/v1/beacon/blobs/3", p -> Reply.json(200, blobsBody(ONES)).delayed(10_000))
                .onGet("/eth/v1/beacon/blobs/4", p -> Reply.json(200, "{\"data\":[\"0x"))
                .onGet("/eth/v1/config/spec", p -> Reply.json(200, "{\"data\":{\"SECONDS_PER_SLOT\":\"twelve\"}}"));
             BeaconClient c = new BeaconClient(s.uri(), CFG);
             BeaconClient impatient = new BeaconClient(s.uri(), SHORT)) {
            BeaconFetcher f = new BeaconFetcher(c);
            assertThatThrownBy(() -> f.blobs(1, List.of(0L), List.of(ONES_VH))).isInstanceOf(MalformedResponseException.class);
            assertThatThrownBy(() -> f.blobs(2, List.of(0L), List.of(ONES_VH)))
                    .isInstanceOfSatisfying(HttpStatusException.class, e -> assertThat(e.status()).isEqualTo(503));
            long start = System.nanoTime();
            assertThatThrownBy(() -> new BeaconFetcher(impatient).blobs(3, List.of(0L), List.of(ONES_VH)))
                    .isInstanceOf(RpcTimeoutException.class);
            assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(SHORT.worstCaseDuration().toMillis() + 1_000);
            assertThatThrownBy(() -> f.blobs(4, List.of(0L), List.of(ONES_VH))).isInstanceOf(MalformedResponseException.class);
            assertThatThrownBy(f::secondsPerSlot).isInstanceOf(MalformedResponseException.class)
                    .hasMessageContaining("SECONDS_PER_SLOT");
        }
    }
}
