package io.kona4j.derive.errors;

/** What a temporary or critical pipeline error is about (kona's {@code PipelineError}). */
public enum PipelineError {
    EOF("end of data"),
    NOT_ENOUGH_DATA("not enough data"),
    CHANNEL_READER_EMPTY("the channel reader has no channel"),
    MISSING_ORIGIN("the stage has no L1 origin"),
    MISSING_L1_DATA("L1 data needed for validation is missing"),
    BAD_BATCH("a batch failed to decode or derive"),
    SYSTEM_CONFIG_UPDATE("a system config update from L1 receipts failed"),
    ATTRIBUTES_BUILDER("the attributes builder failed"),
    END_OF_SOURCE("the L1 source is exhausted (L1 head reached)"),
    PROVIDER("a data provider failed"),
    BLOB("blob data could not be fetched or checked"),
    INVALID_STATE("impossible stage state");

    private final String description;

    PipelineError(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
