package io.kona4j.host.fetch;

import java.util.List;

/**
 * An execution witness ({@code debug_executePayload}, {@code debug_executionWitness}): the state trie nodes, contract
 * codes, preimages of hashed keys and (reth) ancestor headers a block's execution reads. Every item is stored under
 * its own keccak256.
 */
public record ExecutionWitness(List<byte[]> state, List<byte[]> codes, List<byte[]> keys, List<byte[]> headers) {
    public ExecutionWitness {
        state = List.copyOf(state);
        codes = List.copyOf(codes);
        keys = List.copyOf(keys);
        headers = List.copyOf(headers);
    }

    /** Every item of every list. */
    public List<byte[]> all() {
        return java.util.stream.Stream.of(state, codes, keys, headers).flatMap(List::stream).toList();
    }
}
