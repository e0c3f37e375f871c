package io.kona4j.consensus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.kona4j.consensus.json.HeaderJson;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Hex;
import io.kona4j.primitives.UInt256;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Every consensus decoder fed arbitrary bytes and mutations of real encodings (every transaction type, headers,
 * blocks, receipts incl. deposit receipts, withdrawals): it returns a value or throws {@link ConsensusException},
 * never anything else; what it accepts re-encodes to the same bytes (the decoders are strict); and the bytes it
 * allocates stay proportional to the input, so no length field can make it reserve memory the input does not hold.
 */
class DecoderFuzzTest {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private record Decoder(String name, Function<byte[], byte[]> decodeAndReencode) {}

    private static final List<Decoder> DECODERS = List.of(
            new Decoder("transaction", b -> Transaction.decode(b).encode()),
            new Decoder("header", b -> Header.decode(b).encode()),
            new Decoder("block", b -> Block.decode(b).encode()),
            new Decoder("receipt", b -> Receipt.decode(b).encode()),
            new Decoder("withdrawal", b -> Withdrawal.decode(b).encode()));

    private static final List<byte[]> SEEDS = seeds();

    private static List<byte[]> seeds() {
        List<byte[]> out = new ArrayList<>();
        try {
            JsonNode blocks = TestFiles.json("ethereum-tests/BlockchainTests/ValidBlocks/bcEIP4844-blobtransactions/"
                    + "blockWithAllTransactionTypes.json");
            for (JsonNode test : blocks) {
                for (JsonNode b : test.get("blocks")) {
                    byte[] rlp = Hex.decode(b.get("rlp").asText());
                    out.add(rlp);
                    Block block = Block.decode(rlp);
                    out.add(block.header().encode());
                    for (Transaction tx : block.transactions()) out.add(tx.encode());
                }
            }
            JsonNode fixture = TestFiles.json("kona-executor/extracted/block-26207960/fixture.json");
            out.add(HeaderJson.fromTree(fixture.get("parent_header")).encode());
            JsonNode txs = fixture.get("executing_payload").get("transactions");
            out.add(Hex.decode(txs.get(0).asText()));
            out.add(Hex.decode(txs.get(1).asText()));
            out.add(Hex.decode(txs.get(txs.size() - 1).asText()));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        Address to = Address.fromHex("0x3535353535353535353535353535353535353535");
        out.add(new Eip7702Transaction(10, 3, UInt256.valueOf(2), UInt256.valueOf(100), 50_000, to, UInt256.ONE,
                new byte[] {0, (byte) 0xff}, List.of(new AccessListEntry(to, List.of(Hash.ZERO))),
                List.of(new Authorization(UInt256.valueOf(10), to, 4, 1, UInt256.valueOf(5), UInt256.valueOf(6))), 1,
                UInt256.ONE, UInt256.MAX).encode());
        Log log = new Log(Address.fromHex("0x4200000000000000000000000000000000000015"),
                List.of(Hash.fromHex("0x" + "11".repeat(32))), new byte[] {1, 2, 3});
        out.add(Receipt.of(TxType.LEGACY, true, 21_000, List.of(log)).encode());
        out.add(Receipt.of(TxType.EIP1559, false, 50_000, List.of(log, log)).encode());
        out.add(new Receipt(TxType.DEPOSIT, true, 46_000, Bloom.fromLogs(List.of(log)), List.of(log), 7L, 1L).encode());
        out.add(new Withdrawal(1, 2, Address.fromHex("0x4200000000000000000000000000000000000016"), 3).encode());
        return out;
    }

    @Provide
    Arbitrary<byte[]> mutatedSeeds() {
        Arbitrary<byte[]> seed = Arbitraries.of(SEEDS);
        return Combinators.combine(seed, Arbitraries.integers().between(0, 4), Arbitraries.integers(),
                Arbitraries.bytes(), Arbitraries.integers().between(1, 8)).as(DecoderFuzzTest::mutate);
    }

    private static byte[] mutate(byte[] s, int kind, int where, byte value, int count) {
        byte[] b = s.clone();
        int i = Math.floorMod(where, b.length);
        return switch (kind) {
            case 0 -> {
                for (int k = 0; k < count; k++) b[Math.floorMod(where + k * 7919, b.length)] ^= (byte) (value | 1);
                yield b;
            }
            case 1 -> Arrays.copyOf(b, i);
            case 2 -> {
                byte[] c = new byte[b.length + 1];
                System.arraycopy(b, 0, c, 0, i);
                c[i] = value;
                System.arraycopy(b, i, c, i + 1, b.length - i);
                yield c;
            }
            case 3 -> {
                byte[] c = new byte[b.length - 1];
                System.arraycopy(b, 0, c, 0, i);
                System.arraycopy(b, i + 1, c, i, b.length - i - 1);
                yield c;
            }
            default -> {
                // A length byte set to its maximum: the classic "declares 4 GB" attack.
                b[i] = (byte) 0xbb;
                yield b;
            }
        };
    }

    @Property(tries = 3000)
    void mutatedEncodingsDecodeStrictlyOrFailWithConsensusException(@ForAll("mutatedSeeds") byte[] input) {
        check(input);
    }

    @Property(tries = 2000)
    void arbitraryBytesDecodeStrictlyOrFailWithConsensusException(@ForAll @Size(max = 700) byte[] input) {
        check(input);
    }

    @Property(tries = 50)
    void realEncodingsRoundTrip(@ForAll("seedIndex") int i) {
        byte[] seed = SEEDS.get(i);
        int accepted = 0;
        List<String> errors = new ArrayList<>();
        for (Decoder d : DECODERS) {
            try {
                assertThat(d.decodeAndReencode().apply(seed)).isEqualTo(seed);
                accepted++;
            } catch (ConsensusException notThisKind) {
                assertThat(notThisKind.getMessage()).isNotBlank();
                errors.add(d.name() + ": " + notThisKind.getMessage());
            }
        }
        assertThat(accepted).as("seed %d %s decodes as something: %s", i, Hex.encode(seed), errors).isPositive();
    }

    @Provide
    Arbitrary<Integer> seedIndex() {
        return Arbitraries.integers().between(0, SEEDS.size() - 1);
    }

    private static void check(byte[] input) {
        for (Decoder d : DECODERS) {
            try {
                d.decodeAndReencode().apply(input); // bootstraps each message's string concatenation once per call site
            } catch (ConsensusException firstRun) {
                assertThat(firstRun).isNotNull();
            }
            byte[] again = null;
            String error = null;
            long before = THREADS.getCurrentThreadAllocatedBytes();
            try {
                again = d.decodeAndReencode().apply(input);
            } catch (ConsensusException expected) {
                error = expected.getMessage();
            }
            long allocated = THREADS.getCurrentThreadAllocatedBytes() - before;
            if (again != null) {
                assertThat(again).as("%s accepted %s: must be canonical", d.name(), Hex.encode(input)).isEqualTo(input);
            } else {
                assertThat(error).as(d.name()).isNotBlank();
            }
            assertThat(allocated).as("%s allocated for %d input bytes", d.name(), input.length)
                    .isLessThan(256 * 1024 + 64L * input.length);
        }
    }

    static {
        // Load and initialise the decoders' classes before any allocation is measured.
        for (byte[] s : seeds()) {
            for (Decoder d : DECODERS) {
                try {
                    d.decodeAndReencode().apply(s);
                } catch (ConsensusException ignored) {
                    // only warming up
                }
            }
        }
        UInt256.valueOf(1).toHexQuantity();
    }
}
