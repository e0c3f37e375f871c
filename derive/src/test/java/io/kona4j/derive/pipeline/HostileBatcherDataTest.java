package io.kona4j.derive.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.kona4j.consensus.Transaction;
import io.kona4j.derive.DeriveFixture;
import io.kona4j.derive.PipelineRunner;
import io.kona4j.protocol.Hardfork;
import io.kona4j.protocol.HardForks;
import io.kona4j.protocol.batch.Frame;
import io.kona4j.protocol.batch.SingularBatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Hostile batcher data end to end: random bytes and mutated channels posted by the real batcher. Derivation must
 * neither fail nor hang: it ends at the L1 head with only the batches that are valid (here the empty ones the
 * sequencing window forces), every rejection handled inside the stages.
 */
class HostileBatcherDataTest {
    @Property(tries = 25)
    void randomAndMutatedBatcherDataNeverBreaksDerivation(@ForAll long seed, @ForAll boolean holocene) {
        Random r = new Random(seed);
        DeriveFixture f = new DeriveFixture(HardForks.through(holocene ? Hardfork.ISTHMUS : Hardfork.GRANITE, 0), 3);
        List<SingularBatch> good = DerivationPipelineTest.batches(f, 3);
        for (int b = 0; b < 4; b++) {
            List<Transaction> txs = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                byte[] data;
                switch (r.nextInt(4)) {
                    case 0 -> {
                        data = new byte[r.nextInt(300)];
                        r.nextBytes(data);
                    }
                    case 1 -> {
                        data = new byte[1 + r.nextInt(300)];
                        r.nextBytes(data);
                        data[0] = 0;
                    }
                    default -> {
                        List<Frame> frames = DeriveFixture.channelFrames(b * 2 + t, 60, good);
                        data = DeriveFixture.data(frames);
                        for (int m = 0; m < 1 + r.nextInt(4); m++) data[1 + r.nextInt(data.length - 1)] = (byte) r.nextInt();
                    }
                }
                txs.add(f.batcherTx(data));
            }
            f.addL1Block(txs);
        }
        f.fillL1(8);
        List<OpAttributesWithParent> out = PipelineRunner.run(f);
        for (int i = 1; i < out.size(); i++) {
            assertThat(out.get(i).attributes().timestamp()).isEqualTo(out.get(i - 1).attributes().timestamp() + 2);
        }
    }
}
