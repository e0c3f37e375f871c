package io.kona4j.preimage;

/** The type byte of a {@link PreimageKey} (PROTOCOL.md §4): byte 0 of the key; 0 is illegal, 7 and above are not ours. */
public enum PreimageKeyType {
    /** Boot inputs local to one program instance, addressed by a small index (see {@code BootInfo}). */
    LOCAL(1),
    /** Global: the low 31 bytes of keccak256(preimage). */
    KECCAK256(2),
    /** Global, reserved for other hash functions; nothing uses it yet. */
    GLOBAL_GENERIC(3),
    /** Global: the low 31 bytes of sha256(preimage); blob commitments are fetched under their versioned hash. */
    SHA256(4),
    /** A blob field element: the low 31 bytes of keccak256(commitment48 ‖ z32). */
    BLOB(5),
    /** A precompile result: the low 31 bytes of keccak256(address20 ‖ requiredGas u64 BE ‖ input). */
    PRECOMPILE(6);

    private static final PreimageKeyType[] BY_BYTE = new PreimageKeyType[7];

    static {
        for (PreimageKeyType t : values()) BY_BYTE[t.code] = t;
    }

    private final int code;

    PreimageKeyType(int code) {
        this.code = code;
    }

    /** The type byte as it appears on the wire. */
    public byte code() {
        return (byte) code;
    }

    /** The type named by a key's first byte; anything but 1..6 is an {@link InvalidPreimageKeyException}. */
    public static PreimageKeyType fromCode(int typeByte) {
        int b = typeByte & 0xff;
        if (b < 1 || b >= BY_BYTE.length) {
            throw new InvalidPreimageKeyException("preimage key type byte 0x" + Integer.toHexString(b)
                    + " is not one of local(1), keccak256(2), global-generic(3), sha256(4), blob(5), precompile(6)");
        }
        return BY_BYTE[b];
    }
}
