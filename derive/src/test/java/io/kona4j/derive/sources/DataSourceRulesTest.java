package io.kona4j.derive.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kona4j.consensus.Transaction;
import io.kona4j.derive.DeriveFixture;
import io.kona4j.derive.errors.PipelineException;
import io.kona4j.derive.errors.TemporaryException;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hash;
import io.kona4j.protocol.BlockInfo;
import io.kona4j.protocol.Hardfork;
import io.kona4j.protocol.HardForks;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PROTOCOL.md §1.3: which L1 transactions carry batcher data, before and after Ecotone. */
class DataSourceRulesTest {
    static final byte[] A = {0, 1, 2};
    static final byte[] B = {0, 3, 4};
    static final byte[] C = {0, 5, 6};

    static List<byte[]> drain(DataAvailabilityProvider src, BlockInfo block) {
        List<byte[]> out = new ArrayList<>();
        while (true) {
            try {
                out.add(src.next(block, DeriveFixture.BATCHER));
            } catch (PipelineException e) {
                if (e.isEof()) return out;
                throw e;
            }
        }
    }

    static DeriveFixture preEcotone() {
        return new DeriveFixture(HardForks.through(Hardfork.DELTA, 0), 100);
    }

    static DeriveFixture ecotone() {
        return new DeriveFixture(HardForks.through(Hardfork.ECOTONE, 0), 100);
    }

    @Test
    void inboxAndSenderMustMatch() {
        DeriveFixture f = preEcotone();
        Transaction good = f.batcherTx(A);
        Transaction wrongInbox = f.signedTx(B, Address.fromHex("0xff00000000000000000000000000000000000011"), DeriveFixture.BATCHER_KEY);
        Transaction wrongSender = f.signedTx(C, DeriveFixture.INBOX, DeriveFixture.OTHER_KEY);
        BlockInfo b = f.addL1Block(List.of(wrongInbox, good, wrongSender));
        assertThat(drain(new EthereumDataSource(f, f, f.config), b)).containsExactly(A);
    }

    @Test
    void revertedBatcherTransactionStillCounts() {
        DeriveFixture f = preEcotone();
        BlockInfo b = f.addL1Block(List.of(f.batcherTx(A), f.batcherTx(B)), 0);
        assertThat(drain(new EthereumDataSource(f, f, f.config), b)).containsExactly(A, B);
    }

    @Test
    void signatureForAnotherL1ChainIsNotTheBatcher() {
        DeriveFixture f = preEcotone();
        Transaction t = f.batcherTx(A);
        assertThat(BatcherTransactions.isBatcherTransaction(t, DeriveFixture.INBOX, DeriveFixture.BATCHER, 1)).isTrue();
        assertThat(BatcherTransactions.isBatcherTransaction(t, DeriveFixture.INBOX, DeriveFixture.BATCHER, 11155111)).isFalse();
    }

    @Test
    void beforeEcotoneABlobTransactionGivesItsCalldata() {
        DeriveFixture f = preEcotone();
        BlockInfo b = f.addL1Block(List.of(f.blobTx(DeriveFixture.INBOX, DeriveFixture.BATCHER_KEY, A, B)));
        assertThat(drain(new EthereumDataSource(f, f, f.config), b)).containsExactly(A);
    }

    @Test
    void fromEcotoneBlobsReplaceCalldataAndIndexesCountEveryBlob() {
        DeriveFixture f = ecotone();
        Transaction foreignBlob = f.blobTx(Address.fromHex("0x00000000000000000000000000000000000000aa"),
                DeriveFixture.OTHER_KEY, new byte[0], new byte[] {9});
        Transaction calldata = f.batcherTx(A);
        Transaction blobs = f.blobTx(DeriveFixture.INBOX, DeriveFixture.BATCHER_KEY, new byte[] {0, 7}, B, C);
        BlockInfo block = f.addL1Block(List.of(foreignBlob, calldata, blobs));
        List<IndexedBlobHash> asked = new ArrayList<>();
        BlobProvider recording = (bl, hashes) -> {
            asked.addAll(hashes);
            return f.getAndValidateBlobs(bl, hashes);
        };
        assertThat(drain(new EthereumDataSource(f, recording, f.config), block)).containsExactly(A, B, C);
        assertThat(asked).extracting(IndexedBlobHash::index).containsExactly(1L, 2L);
    }

    @Test
    void aBlobThatDoesNotDecodeIsSkippedAlone() {
        DeriveFixture f = ecotone();
        Transaction t = f.blobTx(DeriveFixture.INBOX, DeriveFixture.BATCHER_KEY, new byte[0], A, B);
        Hash first = t.blobVersionedHashes().get(0);
        f.blobs.get(first)[1] = 1; // encoding version 1
        BlockInfo block = f.addL1Block(List.of(t));
        assertThat(drain(new EthereumDataSource(f, f, f.config), block)).containsExactly(B);
    }

    @Test
    void aMissingBlobIsATemporaryError() {
        DeriveFixture f = ecotone();
        Transaction t = f.blobTxWithHashes(DeriveFixture.INBOX, DeriveFixture.BATCHER_KEY, new byte[0],
                List.of(Hash.fromHex("0x01" + "ab".repeat(31))));
        BlockInfo block = f.addL1Block(List.of(t));
        assertThatThrownBy(() -> drain(new EthereumDataSource(f, f, f.config), block)).isInstanceOf(TemporaryException.class);
    }
}
