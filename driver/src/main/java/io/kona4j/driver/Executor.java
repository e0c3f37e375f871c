package io.kona4j.driver;

import io.kona4j.consensus.Header;
import io.kona4j.consensus.OpPayloadAttributes;
import io.kona4j.executor.BlockBuildingOutcome;
import io.kona4j.primitives.Hash;

/**
 * Builds blocks for the driver (Kona's {@code Executor} trait). The driver sets the safe head before every execution,
 * then asks for the output root of the block just built.
 */
public interface Executor {
    /** The next block builds on {@code header}, whose hash is {@code hash}. */
    void updateSafeHead(Header header, Hash hash);

    /**
     * Executes {@code attributes} on the safe head. Throws {@link InvalidPayloadException} when the payload cannot make
     * a valid block; any other exception is fatal to the driver.
     */
    BlockBuildingOutcome executePayload(OpPayloadAttributes attributes);

    /** The output root of the last block built. */
    Hash computeOutputRoot();
}
