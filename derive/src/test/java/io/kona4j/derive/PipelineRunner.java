package io.kona4j.derive;

import io.kona4j.derive.errors.CriticalException;
import io.kona4j.derive.errors.PipelineError;
import io.kona4j.derive.errors.ResetException;
import io.kona4j.derive.errors.ResetReason;
import io.kona4j.derive.errors.TemporaryException;
import io.kona4j.derive.pipeline.DerivationPipeline;
import io.kona4j.derive.pipeline.OpAttributesWithParent;
import io.kona4j.derive.pipeline.PipelineBuilder;
import io.kona4j.derive.pipeline.StepResult;
import io.kona4j.derive.signals.Signal;
import io.kona4j.derive.sources.EthereumDataSource;
import java.util.ArrayList;
import java.util.List;

/** Drives a pipeline over a {@link DeriveFixture} as the driver would, "executing" each payload as valid. */
public final class PipelineRunner {
    private PipelineRunner() {}

    public static DerivationPipeline build(DeriveFixture f, AttributesBuilder builder) {
        return new PipelineBuilder().rollupConfig(f.config).dapSource(new EthereumDataSource(f, f, f.config))
                .chainProvider(f).l2ChainProvider(f).builder(builder).origin(f.l1(0)).build();
    }

    /** Derives until the L1 chain is exhausted, with the fixture's recording stub builder. */
    public static List<OpAttributesWithParent> run(DeriveFixture f) {
        return run(f, f);
    }

    /** Derives until the L1 chain is exhausted with {@code builder} (the epochs it is asked for are recorded). */
    public static List<OpAttributesWithParent> run(DeriveFixture f, AttributesBuilder builder) {
        AttributesBuilder recording = builder == f ? f : (parent, epoch) -> {
            f.builderEpochs.add(epoch);
            return builder.preparePayloadAttributes(parent, epoch);
        };
        DerivationPipeline p = build(f, recording);
        p.reset(f.safeHead(), f.l1(f.safeHead().l1Origin().number()));
        List<OpAttributesWithParent> out = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            StepResult r = p.step(f.safeHead());
            switch (r) {
                case StepResult.PreparedAttributes pa -> {
                    OpAttributesWithParent a = p.next();
                    out.add(a);
                    f.applyAttributes(a.attributes().timestamp(), f.builderEpochs.get(f.builderEpochs.size() - 1));
                }
                case StepResult.AdvancedOrigin ao -> { }
                case StepResult.OriginAdvanceErr e -> {
                    if (e.error() instanceof CriticalException c && c.error() == PipelineError.END_OF_SOURCE) return out;
                    if (e.error() instanceof ResetException re && re.reason() == ResetReason.HOLOCENE_ACTIVATION) {
                        p.signal(new Signal.Activation(f.safeHead(), p.origin(), null));
                        continue;
                    }
                    throw e.error();
                }
                case StepResult.StepFailed e -> {
                    if (!(e.error() instanceof TemporaryException)) throw e.error();
                }
            }
        }
        throw new AssertionError("pipeline did not finish");
    }
}
