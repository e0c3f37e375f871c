package io.kona4j.protocol;

/**
 * The OP hardforks in activation order. {@link #PECTRA_BLOB_SCHEDULE} is a derivation-only switch (blob base fee
 * fraction) that sits outside the chain of forks; {@link #INTEROP} is not scheduled on any built-in chain.
 */
public enum Hardfork {
    REGOLITH, CANYON, DELTA, ECOTONE, FJORD, GRANITE, HOLOCENE, PECTRA_BLOB_SCHEDULE, ISTHMUS, JOVIAN, KARST, INTEROP;

    /** The name used in config keys ({@code <name>_time}). */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
