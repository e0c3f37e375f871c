package io.kona4j.consensus;

import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Hex;
import java.util.Arrays;
import java.util.List;

/**
 * An EVM log: emitting address, up to four topics and data. RLP {@code [address, [topic…], data]}.
 *
 * @param data owned by the record: callers must not modify it
 */
public record Log(Address address, List<Hash> topics, byte[] data) {
    public Log {
        if (address == null) throw new ConsensusException("log without an address");
        topics = List.copyOf(topics);
        if (data == null) throw new ConsensusException("log without data");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Log l && address.equals(l.address) && topics.equals(l.topics) && Arrays.equals(data, l.data);
    }

    @Override
    public int hashCode() {
        return address.hashCode() * 31 + topics.hashCode() * 17 + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "Log[address=" + address + ", topics=" + topics + ", data=" + Hex.encode(data) + "]";
    }
}
