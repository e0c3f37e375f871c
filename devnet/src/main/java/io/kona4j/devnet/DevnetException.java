package io.kona4j.devnet;

/** The devnet could not build or serve its chains: a scenario that contradicts itself, or a chain that disagrees with
 * what the devnet computed for it. The message names the block and the value. */
public class DevnetException extends RuntimeException {
    public DevnetException(String message) {
        super(message);
    }

    public DevnetException(String message, Throwable cause) {
        super(message, cause);
    }
}
