package io.kona4j.consensus;

/** EIP-2718 transaction types known to kona4j. */
public enum TxType {
    LEGACY(0x00),
    EIP2930(0x01),
    EIP1559(0x02),
    EIP4844(0x03),
    EIP7702(0x04),
    /** OP Stack deposit (PROTOCOL.md §2.1). */
    DEPOSIT(0x7e);

    private final int id;

    TxType(int id) {
        this.id = id;
    }

    /** The type byte (0 for legacy, which has none on the wire). */
    public int id() {
        return id;
    }

    /** The type for a type byte, or a {@link ConsensusException} naming the unknown byte. */
    public static TxType of(int typeByte) {
        return switch (typeByte) {
            case 0x00 -> LEGACY;
            case 0x01 -> EIP2930;
            case 0x02 -> EIP1559;
            case 0x03 -> EIP4844;
            case 0x04 -> EIP7702;
            case 0x7e -> DEPOSIT;
            default -> throw new ConsensusException(String.format("unknown transaction type 0x%02x", typeByte & 0xff));
        };
    }
}
