package io.kona4j.crypto.kzg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kona4j.crypto.CryptoException;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * java-eth-kzg (which carries the full mainnet setup) makes commitments and opening proofs for random blobs; the
 * pure-Java point evaluation must accept exactly the openings the native library accepts.
 */
class EthKzgDifferentialTest {
    static final EthKzgBlobKzg KZG = EthKzgBlobKzg.instance();

    /** A blob of canonical field elements (top byte of each 32-byte word kept below 0x73). */
    static byte[] blob(Random rnd) {
        byte[] b = new byte[BlobKzg.BYTES_PER_BLOB];
        rnd.nextBytes(b);
        for (int i = 0; i < b.length; i += 32) {
            b[i] &= 0x3f;
        }
        return b;
    }

    static byte[] fieldElement(Random rnd) {
        byte[] z = new byte[32];
        rnd.nextBytes(z);
        z[0] &= 0x3f;
        return z;
    }

    static byte[] input(byte[] commitment, byte[] z, byte[] y, byte[] proof) {
        byte[] in = new byte[192];
        System.arraycopy(BlobKzg.versionedHash(commitment), 0, in, 0, 32);
        System.arraycopy(z, 0, in, 32, 32);
        System.arraycopy(y, 0, in, 64, 32);
        System.arraycopy(commitment, 0, in, 96, 48);
        System.arraycopy(proof, 0, in, 144, 48);
        return in;
    }

    @Property(tries = 4)
    void openingsFromTheNativeLibraryVerifyInPureJava(@ForAll long seed) {
        Random rnd = new Random(seed);
        byte[] blob = blob(rnd);
        byte[] commitment = KZG.blobToCommitment(blob);
        byte[] z = fieldElement(rnd);
        BlobKzg.ProofAndEvaluation pe = KZG.computeProof(blob, z);
        assertThat(KZG.verifyProof(commitment, z, pe.y(), pe.proof())).isTrue();
        byte[] out = KzgPointEvaluation.INSTANCE.run(input(commitment, z, pe.y(), pe.proof()));
        assertThat(out).isNotNull().hasSize(64);

        byte[] wrongY = pe.y().clone();
        wrongY[31] ^= 1;
        assertThat(KZG.verifyProof(commitment, z, wrongY, pe.proof())).isFalse();
        assertThat(KzgPointEvaluation.INSTANCE.run(input(commitment, z, wrongY, pe.proof()))).isNull();

        byte[] otherZ = z.clone();
        otherZ[31] ^= 1;
        assertThat(KzgPointEvaluation.INSTANCE.run(input(commitment, otherZ, pe.y(), pe.proof()))).isNull();

        byte[] proof = KZG.computeBlobProof(blob, commitment);
        assertThat(KZG.verifyBlobProof(blob, commitment, proof)).isTrue();
        assertThat(KZG.verifyBlobProof(blob, commitment, pe.proof())).isFalse();
    }

    @Test
    void malformedBlobsAreReported() {
        assertThatThrownBy(() -> KZG.blobToCommitment(new byte[10])).isInstanceOf(CryptoException.class)
                .hasMessageContaining("131072");
        byte[] bad = new byte[BlobKzg.BYTES_PER_BLOB];
        java.util.Arrays.fill(bad, 0, 32, (byte) 0xff);
        assertThatThrownBy(() -> KZG.blobToCommitment(bad)).isInstanceOf(CryptoException.class);
        assertThat(KZG.verifyBlobProof(new byte[1], new byte[48], new byte[48])).isFalse();
    }

    @Test
    void zeroBlobCommitsToInfinity() {
        // The zero polynomial commits to the identity, compressed as 0xc0 followed by zeros.
        byte[] c = KZG.blobToCommitment(new byte[BlobKzg.BYTES_PER_BLOB]);
        assertThat(c[0] & 0xff).isEqualTo(0xc0);
        assertThat(java.util.Arrays.copyOfRange(c, 1, 48)).containsOnly(0);
    }
}
