package io.kona4j.host.fetch;

import io.kona4j.host.HostException;

/** An endpoint answered with data that does not match what was asked for (wrong hash, wrong root, bad blob). */
public final class InvalidFetchedDataException extends HostException {
    public InvalidFetchedDataException(String message) {
        super(message);
    }

    public InvalidFetchedDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
