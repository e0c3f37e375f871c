package io.kona4j.host.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import io.kona4j.host.rpc.BeaconClient;
import io.kona4j.host.rpc.HttpStatusException;
import io.kona4j.primitives.Hash;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The beacon-API fetches kona-host makes (KONA-NOTES §4): {@code eth/v1/config/spec} (seconds per slot),
 * {@code eth/v1/beacon/genesis} (genesis time), and blobs by slot from {@code eth/v1/beacon/blobs/{slot}} (bare
 * blobs, commitments and proofs computed here) or, when a node does not serve that endpoint,
 * {@code eth/v1/beacon/blob_sidecars/{slot}} (sidecars, proofs verified here). Every blob returned matches the
 * versioned hash it was asked for.
 */
public final class BeaconFetcher {
    private final BeaconClient beacon;
    private volatile long secondsPerSlot;
    private volatile long genesisTime = -1;

    public BeaconFetcher(BeaconClient beacon) {
        this.beacon = beacon;
    }

    /** {@code SECONDS_PER_SLOT} from the node's spec (fetched once). */
    public long secondsPerSlot() {
        if (secondsPerSlot == 0) {
            RpcJson j = json("eth/v1/config/spec");
            long v = j.decimal(j.object(beacon.get("eth/v1/config/spec").get("data"), "a spec"), "SECONDS_PER_SLOT");
            if (v == 0) throw j.malformed("SECONDS_PER_SLOT 0");
            secondsPerSlot = v;
        }
        return secondsPerSlot;
    }

    /** The beacon chain's genesis time (fetched once). */
    public long genesisTime() {
        if (genesisTime < 0) {
            RpcJson j = json("eth/v1/beacon/genesis");
            genesisTime = j.decimal(j.object(beacon.get("eth/v1/beacon/genesis").get("data"), "genesis"), "genesis_time");
        }
        return genesisTime;
    }

    /** The slot of an L1 block timestamp: (timestamp − genesis) / seconds per slot. */
    public long slotAt(long l1Timestamp) {
        long genesis = genesisTime();
        if (Long.compareUnsigned(l1Timestamp, genesis) < 0) {
            throw new InvalidFetchedDataException("L1 timestamp " + l1Timestamp + " is before the beacon genesis " + genesis
                    + " of " + beacon.endpoint());
        }
        return (l1Timestamp - genesis) / secondsPerSlot();
    }

    /**
     * The blobs with the given versioned hashes in the block at {@code slot}, in the order asked, each checked. The
     * index of each request is carried through to the result.
     */
    public List<BlobSidecar> blobs(long slot, List<Long> indices, List<Hash> versionedHashes) {
        if (indices.size() != versionedHashes.size()) throw new IllegalArgumentException("one index per versioned hash");
        if (versionedHashes.isEmpty()) return List.of();
        Map<Hash, BlobSidecar> found;
        try {
            found = fromBlobsEndpoint(slot, versionedHashes);
        } catch (HttpStatusException e) {
            if (!endpointMissing(e.status())) throw e;
            found = fromSidecarsEndpoint(slot);
        }
        List<BlobSidecar> out = new ArrayList<>(versionedHashes.size());
        for (int i = 0; i < versionedHashes.size(); i++) {
            BlobSidecar b = found.get(versionedHashes.get(i));
            if (b == null) {
                throw new InvalidFetchedDataException(beacon.endpoint() + " served no blob with versioned hash "
                        + versionedHashes.get(i) + " at slot " + slot);
            }
            out.add(new BlobSidecar(indices.get(i), b.versionedHash(), b.blob(), b.commitment(), b.proof()));
        }
        return out;
    }

    /** Statuses with which a node says it does not serve the newer blobs endpoint. */
    private static boolean endpointMissing(int status) {
        return status == 404 || status == 400 || status == 405 || status == 501;
    }

    private Map<Hash, BlobSidecar> fromBlobsEndpoint(long slot, List<Hash> versionedHashes) {
        String path = "eth/v1/beacon/blobs/" + slot + "?versioned_hashes="
                + versionedHashes.stream().map(Hash::toHex).distinct().collect(Collectors.joining(","));
        RpcJson j = json("eth/v1/beacon/blobs");
        Map<Hash, BlobSidecar> found = new HashMap<>();
        for (JsonNode n : j.array(beacon.get(path).get("data"), "blobs")) {
            byte[] blob = j.fixed(n, "a blob", BlobSidecar.BLOB_SIZE);
            byte[] commitment = kzg(j, () -> Kzg.commitment(blob));
            byte[] proof = kzg(j, () -> Kzg.proof(blob, commitment));
            Hash vh = Kzg.versionedHash(commitment);
            found.putIfAbsent(vh, new BlobSidecar(-1, vh, blob, commitment, proof));
        }
        return found;
    }

    private Map<Hash, BlobSidecar> fromSidecarsEndpoint(long slot) {
        RpcJson j = json("eth/v1/beacon/blob_sidecars");
        Map<Hash, BlobSidecar> found = new HashMap<>();
        for (JsonNode s : j.array(beacon.get("eth/v1/beacon/blob_sidecars/" + slot).get("data"), "blob sidecars")) {
            j.object(s, "a blob sidecar");
            byte[] blob = j.fixed(j.field(s, "blob"), "blob", BlobSidecar.BLOB_SIZE);
            byte[] commitment = j.fixed(j.field(s, "kzg_commitment"), "kzg_commitment", 48);
            byte[] proof = j.fixed(j.field(s, "kzg_proof"), "kzg_proof", 48);
            long index = j.decimal(s, "index");
            Hash vh = Kzg.versionedHash(commitment);
            if (!kzg(j, () -> Kzg.verify(blob, commitment, proof))) {
                throw new InvalidFetchedDataException(beacon.endpoint() + " served blob sidecar " + index + " at slot " + slot
                        + " whose KZG proof does not verify against its commitment; rejected");
            }
            found.putIfAbsent(vh, new BlobSidecar(index, vh, blob, commitment, proof));
        }
        return found;
    }

    /** Runs a KZG operation; the library rejects non-canonical field elements and bad points by throwing. */
    private <T> T kzg(RpcJson j, java.util.function.Supplier<T> op) {
        try {
            return op.get();
        } catch (RuntimeException e) {
            throw new InvalidFetchedDataException(beacon.endpoint() + " served blob data the KZG library rejects: "
                    + e.getMessage(), e);
        }
    }

    private RpcJson json(String what) {
        return new RpcJson(beacon.endpoint().toString(), what);
    }
}
