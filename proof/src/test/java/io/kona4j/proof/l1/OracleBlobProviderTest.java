package io.kona4j.proof.l1;

import io.kona4j.crypto.kzg.BlobKzg;
import io.kona4j.crypto.kzg.EthKzgBlobKzg;
import io.kona4j.derive.sources.IndexedBlobHash;
import io.kona4j.preimage.PreimageHashMismatchException;
import io.kona4j.preimage.PreimageKey;
import io.kona4j.primitives.Bytes;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Hex;
import io.kona4j.proof.OracleProviderException;
import io.kona4j.proof.TestOracle;
import io.kona4j.protocol.BlockInfo;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OracleBlobProviderTest {
    static final BlobKzg KZG = EthKzgBlobKzg.instance();
    static final BlockInfo BLOCK = new BlockInfo(Hash.ZERO, 7_000_000, Hash.ZERO, 1_730_000_000L);

    final TestOracle oracle = new TestOracle();
    final byte[] blob = randomBlob(42);
    final byte[] commitment = KZG.blobToCommitment(blob);
    final Hash versionedHash = Hash.wrap(BlobKzg.versionedHash(commitment));

    OracleBlobProviderTest() {
        serve(oracle, blob, commitment);
    }

    /** What a host stores for a blob (Kona's host, KONA-NOTES §2.9): commitment by sha256 key, elements by blob key. */
    static void serve(TestOracle oracle, byte[] blob, byte[] commitment) {
        oracle.put(PreimageKey.sha256(Hash.wrap(BlobKzg.versionedHash(commitment))), commitment);
        for (int i = 0; i < 4096; i++) {
            oracle.put(PreimageKey.blob(commitment, RootsOfUnity.root(i)), Arrays.copyOfRange(blob, 32 * i, 32 * i + 32));
        }
    }

    static byte[] randomBlob(long seed) {
        byte[] b = new byte[131_072];
        new Random(seed).nextBytes(b);
        for (int i = 0; i < 4096; i++) b[32 * i] = 0;
        return b;
    }

    @Test
    void reassemblesTheBlobAfterKonasHintAndKeys() {
        OracleBlobProvider p = new OracleBlobProvider(oracle, KZG);
        List<byte[]> blobs = p.getAndValidateBlobs(BLOCK, List.of(new IndexedBlobHash(3, versionedHash)));
        assertArrayEquals(blob, blobs.get(0));
        byte[] data = new byte[48];
        System.arraycopy(versionedHash.toArray(), 0, data, 0, 32);
        Bytes.writeLongBE(3, data, 32);
        Bytes.writeLongBE(BLOCK.timestamp(), data, 40);
        assertEquals(List.of("l1-blob " + Hex.encode(data)), oracle.hints);
        assertEquals(4097, oracle.requests.size());
        assertEquals(PreimageKey.sha256(versionedHash), oracle.requests.get(0));
        assertEquals(0x04, oracle.requests.get(0).toArray()[0]);
        assertEquals(0x05, oracle.requests.get(1).toArray()[0]);
    }

    @Test
    void rootsOfUnityAreTheBitReversedEvaluationPointsOfTheBlob() {
        // The KZG library evaluates the blob polynomial at z; at root i that must be field element i.
        for (int i : new int[]{0, 1, 2, 3, 1000, 2048, 4095}) {
            BlobKzg.ProofAndEvaluation pe = KZG.computeProof(blob, RootsOfUnity.root(i));
            assertArrayEquals(Arrays.copyOfRange(blob, 32 * i, 32 * i + 32), pe.y(), "element " + i);
        }
        BigInteger r = RootsOfUnity.MODULUS;
        assertEquals(BigInteger.ONE, new BigInteger(1, RootsOfUnity.root(0)));
        assertEquals(r.subtract(BigInteger.ONE), new BigInteger(1, RootsOfUnity.root(1)), "root 1 is w^2048 = -1");
        Set<BigInteger> distinct = new HashSet<>();
        for (int i = 0; i < 4096; i++) {
            BigInteger w = new BigInteger(1, RootsOfUnity.root(i));
            distinct.add(w);
            if (i % 511 == 0) assertEquals(BigInteger.ONE, w.modPow(BigInteger.valueOf(4096), r));
        }
        assertEquals(4096, distinct.size());
    }

    @Test
    void aTamperedFieldElementFailsTheKzgCheck() {
        byte[] fe = oracle.store.get(PreimageKey.blob(commitment, RootsOfUnity.root(17))).clone();
        fe[31] ^= 1;
        oracle.put(PreimageKey.blob(commitment, RootsOfUnity.root(17)), fe);
        OracleBlobProvider p = new OracleBlobProvider(oracle, KZG);
        OracleProviderException e = assertThrows(OracleProviderException.class,
                () -> p.getAndValidateBlobs(BLOCK, List.of(new IndexedBlobHash(0, versionedHash))));
        assertTrue(e.getMessage().contains("KZG commitment"), e.getMessage());
    }

    @Test
    void aTamperedCommitmentIsAHashMismatch() {
        byte[] c = commitment.clone();
        c[47] ^= 1;
        oracle.put(PreimageKey.sha256(versionedHash), c);
        OracleBlobProvider p = new OracleBlobProvider(oracle, KZG);
        assertThrows(PreimageHashMismatchException.class,
                () -> p.getAndValidateBlobs(BLOCK, List.of(new IndexedBlobHash(0, versionedHash))));
    }

    @Test
    void aVersionedHashWithoutTheKzgVersionIsRefused() {
        byte[] vh = versionedHash.toArray();
        vh[0] = 0x02;
        OracleBlobProvider p = new OracleBlobProvider(oracle, KZG);
        assertThrows(OracleProviderException.class,
                () -> p.getAndValidateBlobs(BLOCK, List.of(new IndexedBlobHash(0, Hash.wrap(vh)))));
        assertEquals(List.of(), oracle.hints);
    }
}
