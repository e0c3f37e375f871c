package io.kona4j.evm.state;

import io.kona4j.evm.EvmException;

/** The state cannot answer: missing code or witness data, or a broken invariant of the journal. */
public class StateException extends EvmException {
    public StateException(String message) {
        super(message);
    }
}
