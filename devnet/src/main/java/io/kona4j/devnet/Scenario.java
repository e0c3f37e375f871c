package io.kona4j.devnet;

/**
 * L1-side events a devnet can be built with ({@link DevnetConfig#scenarios()}); each names itself in
 * {@link Devnet#events()} where it happens, and the L2 chain follows what the OP specs say derivation makes of it.
 */
public enum Scenario {
    /** Deposits that fail on L2: one calling a reverting contract, one with too little gas for its call. */
    FAILING_DEPOSITS,
    /** A SystemConfig batcher-address update; from then on the batcher signs with the new key. */
    BATCHER_CHANGE,
    /** A SystemConfig gas-limit update; later L2 headers carry the new limit. */
    GAS_LIMIT_CHANGE,
    /** A SystemConfig EIP-1559 parameters update (Holocene); later L2 extraData carries them. */
    EIP1559_PARAMS,
    /** A SystemConfig operator-fee update (Isthmus); later L1 info transactions carry it. */
    OPERATOR_FEE,
    /** Under Holocene, a batch whose payload fails: the canonical block at its height is deposit-only. */
    INVALID_BATCH,
    /** One channel's frames are not all delivered within the channel timeout; its blocks go again in a new channel. */
    CHANNEL_TIMEOUT,
    /** An L1 stretch with no batcher data past the sequencing window: derivation forces deposit-only blocks. */
    SEQUENCING_WINDOW_GAP
}
