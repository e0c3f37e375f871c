package io.kona4j.host.single;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kona4j.consensus.Header;
import io.kona4j.host.HostException;
import io.kona4j.host.backend.HintHandler;
import io.kona4j.host.backend.OrderedTries;
import io.kona4j.host.fetch.AccountProof;
import io.kona4j.host.fetch.BlobSidecar;
import io.kona4j.host.fetch.ExecutionWitness;
import io.kona4j.host.fetch.InvalidFetchedDataException;
import io.kona4j.host.kv.KeyValueStore;
import io.kona4j.host.rpc.RpcException;
import io.kona4j.mpt.MptException;
import io.kona4j.mpt.SecureTrie;
import io.kona4j.mpt.TrieAccount;
import io.kona4j.mpt.TrieProof;
import io.kona4j.preimage.PreimageKey;
import io.kona4j.preimage.PreimageKeyType;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Bytes;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Keccak256;
import io.kona4j.proof.hint.Hint;
import io.kona4j.proof.hint.HintParsingException;
import io.kona4j.protocol.OutputRoot;
import io.kona4j.protocol.Predeploys;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * kona-host's {@code SingleChainHintHandler}: for every single-chain hint type, fetch what it names and store each
 * preimage under its typed key (KONA-NOTES §2.9, §4). The fetchers check every answer against its hash, trie root or
 * KZG commitment first, so nothing unverified is stored. Unlike kona-host, the transaction and receipt hints first
 * fetch the block's header (one more request) so the list can be checked against the header's root.
 */
public final class SingleChainHintHandler implements HintHandler {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Blob key buffer: commitment (48) ‖ evaluation point (32). */
    private static final int BLOB_KEY_SIZE = 80;

    private final SingleChainProviders providers;
    private final Hash agreedL2HeadHash;
    private final Hash agreedL2OutputRoot;
    private final boolean enableExperimentalWitnessEndpoint;
    private final Consumer<String> warnings;

    /**
     * @param warnings where the notices kona-host logs as warnings go (state-node hints, a disabled or failing witness
     *                 endpoint)
     */
    public SingleChainHintHandler(SingleChainProviders providers, Hash agreedL2HeadHash, Hash agreedL2OutputRoot,
                                  boolean enableExperimentalWitnessEndpoint, Consumer<String> warnings) {
        this.providers = providers;
        this.agreedL2HeadHash = agreedL2HeadHash;
        this.agreedL2OutputRoot = agreedL2OutputRoot;
        this.enableExperimentalWitnessEndpoint = enableExperimentalWitnessEndpoint;
        this.warnings = warnings;
    }

    @Override
    public void fetchHint(Hint hint, KeyValueStore kv) {
        hint.checkLayout();
        switch (hint.type()) {
            case L1_BLOCK_HEADER -> {
                Hash hash = hint.hashAt(0);
                kv.set(PreimageKey.keccak256(hash), providers.l1().rawHeader(hash));
            }
            case L1_TRANSACTIONS -> {
                Header header = providers.l1().header(hint.hashAt(0));
                OrderedTries.store(kv, providers.l1().transactions(header));
            }
            case L1_RECEIPTS -> {
                Header header = providers.l1().header(hint.hashAt(0));
                OrderedTries.store(kv, providers.l1().rawReceipts(header));
            }
            case L1_BLOB -> storeBlob(hint, kv);
            case L1_PRECOMPILE -> storePrecompile(hint, kv);
            case L2_BLOCK_HEADER -> {
                Hash hash = hint.hashAt(0);
                kv.set(PreimageKey.keccak256(hash), providers.l2().rawHeader(hash));
            }
            case L2_TRANSACTIONS -> {
                Header header = providers.l2().header(hint.hashAt(0));
                OrderedTries.store(kv, providers.l2().transactions(header));
            }
            case L2_CODE -> {
                Hash hash = hint.hashAt(0);
                kv.set(PreimageKey.keccak256(hash), providers.l2().code(hash));
            }
            case STARTING_L2_OUTPUT -> storeStartingOutput(kv);
            case L2_STATE_NODE -> {
                Hash hash = hint.hashAt(0);
                warnings.accept("l2-state-node hint for node " + hash + ": the execution witness was incomplete");
                kv.set(PreimageKey.keccak256(hash), providers.l2().stateNode(hash));
            }
            case L2_ACCOUNT_PROOF -> {
                AccountProof p = providers.l2().accountProof(hint.addressAt(8), List.of(), hint.u64At(0));
                storeNodes(kv, p.accountProof());
            }
            case L2_ACCOUNT_STORAGE_PROOF -> {
                Hash slot = hint.hashAt(28);
                AccountProof p = providers.l2().accountProof(hint.addressAt(8), List.of(slot), hint.u64At(0));
                storeNodes(kv, p.accountProof());
                if (p.storageProofs().isEmpty()) {
                    throw new InvalidFetchedDataException("eth_getProof answered without the storage proof of slot "
                            + slot + " that was asked for");
                }
                storeNodes(kv, p.storageProofs().get(0).proof());
            }
            case L2_PAYLOAD_WITNESS -> storePayloadWitness(hint, kv);
        }
    }

    /**
     * The blob's commitment under the sha256 key of its versioned hash; each field element under the blob key of
     * (commitment, point i) with the 80-byte key preimage under its keccak key; then the KZG proof as a 4097th entry,
     * keyed by the buffer left by the last iteration with bytes 72..80 overwritten by 4096 (kona-host's layout, kept
     * for its ZK users; bytes 48..72 still hold the start of point 4095).
     */
    private void storeBlob(Hint hint, KeyValueStore kv) {
        Hash versionedHash = hint.hashAt(0);
        long index = hint.u64At(32);
        long timestamp = hint.u64At(40);
        long slot = providers.beacon().slotAt(timestamp);
        List<BlobSidecar> sidecars = providers.beacon().blobs(slot, List.of(index), List.of(versionedHash));
        if (sidecars.size() != 1) {
            throw new InvalidFetchedDataException("expected one blob sidecar for " + versionedHash + ", got "
                    + sidecars.size());
        }
        BlobSidecar sidecar = sidecars.get(0);
        kv.set(PreimageKey.of(versionedHash, PreimageKeyType.SHA256), sidecar.commitment().clone());
        byte[] blobKey = new byte[BLOB_KEY_SIZE];
        System.arraycopy(sidecar.commitment(), 0, blobKey, 0, PreimageKey.COMMITMENT_SIZE);
        for (int i = 0; i < BlobRootsOfUnity.FIELD_ELEMENTS_PER_BLOB; i++) {
            BlobRootsOfUnity.copyPoint(i, blobKey, PreimageKey.COMMITMENT_SIZE);
            storeBlobEntry(kv, blobKey, Arrays.copyOfRange(sidecar.blob(), i << 5, (i + 1) << 5));
        }
        Bytes.writeLongBE(BlobRootsOfUnity.FIELD_ELEMENTS_PER_BLOB, blobKey, 72);
        storeBlobEntry(kv, blobKey, sidecar.proof().clone());
    }

    private static void storeBlobEntry(KeyValueStore kv, byte[] blobKey, byte[] value) {
        byte[] digest = Keccak256.digest(blobKey);
        kv.set(PreimageKey.of(digest, PreimageKeyType.KECCAK256), blobKey.clone());
        kv.set(PreimageKey.of(digest, PreimageKeyType.BLOB), value);
    }

    /** Runs the precompile; stores the hint data under its keccak key and the result under the precompile key. */
    private static void storePrecompile(Hint hint, KeyValueStore kv) {
        byte[] data = hint.data();
        Address address = hint.addressAt(0);
        long gas = hint.u64At(20);
        byte[] result = AcceleratedPrecompiles.execute(address, hint.tail(28), gas);
        byte[] digest = Keccak256.digest(data);
        kv.set(PreimageKey.of(digest, PreimageKeyType.KECCAK256), data);
        kv.set(PreimageKey.of(digest, PreimageKeyType.PRECOMPILE), result);
    }

    /**
     * The agreed output's 128-byte preimage, rebuilt from the agreed L2 head's header and the message passer's storage
     * root (proven from the header's state root), and refused unless it hashes to the agreed output root.
     */
    private void storeStartingOutput(KeyValueStore kv) {
        Header header = providers.l2().header(agreedL2HeadHash);
        AccountProof proof = providers.l2().accountProof(Predeploys.L2_TO_L1_MESSAGE_PASSER, List.of(), agreedL2HeadHash);
        byte[] account;
        try {
            account = TrieProof.verify(header.stateRoot(), SecureTrie.accountKey(Predeploys.L2_TO_L1_MESSAGE_PASSER),
                    proof.accountProof());
        } catch (MptException e) {
            throw new InvalidFetchedDataException("the message passer's account proof at " + agreedL2HeadHash
                    + " does not verify against state root " + header.stateRoot() + ": " + e.getMessage(), e);
        }
        Hash storageRoot = account == null ? Hash.EMPTY_TRIE_ROOT : TrieAccount.decode(account).storageRoot();
        OutputRoot output = new OutputRoot(header.stateRoot(), storageRoot, agreedL2HeadHash);
        Hash root = output.hash();
        if (!root.equals(agreedL2OutputRoot)) {
            throw new InvalidFetchedDataException("the output root of the agreed L2 head " + agreedL2HeadHash + " is "
                    + root + ", not the agreed output root " + agreedL2OutputRoot);
        }
        kv.set(PreimageKey.keccak256(root), output.encode());
    }

    /**
     * With the experimental witness endpoint enabled: {@code debug_executePayload(parent, attributes)}, falling back to
     * {@code debug_executionWitness} of the block after the parent; every state node, code and key preimage is stored
     * under its keccak key. A node serving neither is not an error (as in kona-host): the client then hints state
     * nodes one by one.
     */
    private void storePayloadWitness(Hint hint, KeyValueStore kv) {
        if (!enableExperimentalWitnessEndpoint) {
            warnings.accept("l2-payload-witness hint received but the witness endpoint is disabled; skipped");
            return;
        }
        Hash parent = hint.hashAt(0);
        JsonNode attributes;
        try {
            attributes = JSON.readTree(hint.tail(32));
        } catch (java.io.IOException e) {
            throw new HintParsingException("l2-payload-witness hint attributes are not JSON: "
                    + (e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()), e);
        }
        ExecutionWitness witness;
        try {
            witness = providers.l2().executePayload(parent, attributes);
        } catch (RpcException first) {
            try {
                witness = providers.l2().executionWitness(providers.l2().header(parent).number() + 1);
            } catch (HostException second) {
                warnings.accept("no execution witness for the block on " + parent + ": debug_executePayload failed ("
                        + first.getMessage() + "), debug_executionWitness failed (" + second.getMessage() + ")");
                return;
            }
        }
        storeNodes(kv, witness.state());
        storeNodes(kv, witness.codes());
        storeNodes(kv, witness.keys());
    }

    private static void storeNodes(KeyValueStore kv, List<byte[]> nodes) {
        for (byte[] n : nodes) kv.set(PreimageKey.keccak256Of(n), n);
    }
}
