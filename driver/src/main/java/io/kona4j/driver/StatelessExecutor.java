package io.kona4j.driver;

import io.kona4j.consensus.Header;
import io.kona4j.consensus.OpPayloadAttributes;
import io.kona4j.evm.Evm;
import io.kona4j.evm.SpecId;
import io.kona4j.executor.BlockBuildingOutcome;
import io.kona4j.executor.InvalidBlockException;
import io.kona4j.executor.StatelessL2Builder;
import io.kona4j.executor.db.TrieDBProvider;
import io.kona4j.mpt.TrieHinter;
import io.kona4j.primitives.Hash;
import io.kona4j.protocol.RollupConfig;

import java.util.Objects;
import java.util.function.Function;

/**
 * The driver's {@link Executor} over {@link StatelessL2Builder} (Kona's {@code KonaExecutor}). Kona makes a new
 * builder on every safe-head update; this one keeps the builder (and the trie nodes it has opened) while the safe head
 * is the block it built last, which is the same state, and makes a new one otherwise. An
 * {@link InvalidBlockException} becomes an {@link InvalidPayloadException}; every other failure propagates.
 */
public final class StatelessExecutor implements Executor {
    private final RollupConfig config;
    private final TrieDBProvider provider;
    private final TrieHinter hinter;
    private final Function<SpecId, Evm> evmFactory;
    private StatelessL2Builder builder;
    private Header safeHead;
    private Hash safeHeadHash;

    public StatelessExecutor(RollupConfig config, TrieDBProvider provider, TrieHinter hinter) {
        this(config, provider, hinter, null);
    }

    /** With the EVM per spec from {@code evmFactory} (null for the plain one), e.g. oracle-accelerated precompiles. */
    public StatelessExecutor(RollupConfig config, TrieDBProvider provider, TrieHinter hinter,
                             Function<SpecId, Evm> evmFactory) {
        this.config = Objects.requireNonNull(config, "config");
        this.provider = Objects.requireNonNull(provider, "provider");
        this.hinter = Objects.requireNonNull(hinter, "hinter");
        this.evmFactory = evmFactory;
    }

    @Override
    public void updateSafeHead(Header header, Hash hash) {
        safeHead = Objects.requireNonNull(header, "header");
        safeHeadHash = Objects.requireNonNull(hash, "hash");
    }

    @Override
    public BlockBuildingOutcome executePayload(OpPayloadAttributes attributes) {
        if (safeHead == null) throw new IllegalStateException("no safe head set before executing a payload");
        if (builder == null || !builder.trieDb().parentHash().equals(safeHeadHash)) {
            builder = new StatelessL2Builder(config, provider, hinter, safeHead, evmFactory);
        }
        try {
            return builder.buildBlock(attributes);
        } catch (InvalidBlockException e) {
            throw new InvalidPayloadException("invalid payload on " + safeHeadHash + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Hash computeOutputRoot() {
        if (builder == null) throw new IllegalStateException("no block built yet");
        return builder.computeOutputRoot();
    }
}
