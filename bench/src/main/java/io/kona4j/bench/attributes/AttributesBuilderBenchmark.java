package io.kona4j.bench.attributes;

import io.kona4j.consensus.Block;
import io.kona4j.consensus.Header;
import io.kona4j.consensus.Log;
import io.kona4j.consensus.OpPayloadAttributes;
import io.kona4j.consensus.Receipt;
import io.kona4j.consensus.TxType;
import io.kona4j.derive.ChainProvider;
import io.kona4j.derive.L2ChainProvider;
import io.kona4j.derive.attributes.StatefulAttributesBuilder;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.UInt256;
import io.kona4j.protocol.BlockInfo;
import io.kona4j.protocol.BlockNumHash;
import io.kona4j.protocol.L1ChainConfig;
import io.kona4j.protocol.L2BlockInfo;
import io.kona4j.protocol.RollupConfig;
import io.kona4j.protocol.SystemConfig;
import io.kona4j.protocol.deposits.UserDeposits;
import io.kona4j.protocol.registry.Chains;
import io.kona4j.protocol.sysconfig.SystemConfigLogs;
import io.kona4j.protocol.sysconfig.SystemConfigUpdate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 7 target: the payload attributes of the first block of an epoch whose L1 block carries 100 user deposits
 * (100-byte calldata each) and a gas-limit config update, on OP Mainnet's config at a Jovian L2 time, under 1 ms.
 * Providers are in memory, so this measures the builder itself: log decoding, source hashes, system-config updates,
 * the L1-info deposit (blob base fee, Jovian layout) and the encoding of 101 deposits. Run with
 * {@code java -jar bench/target/benchmarks.jar AttributesBuilderBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseParallelGC"})
public class AttributesBuilderBenchmark {
    static final int DEPOSITS = 100;

    private StatefulAttributesBuilder builder;
    private L2BlockInfo parent;
    private BlockNumHash epoch;

    @Setup
    public void setUp() {
        RollupConfig rollup = Chains.require(Chains.OP_MAINNET);
        SplittableRandom rnd = new SplittableRandom(7);
        long l2Time = rollup.hardForks().jovian() + 1000;
        Header origin = header(23_000_000, l2Time - 30, Hash.fromHex("0x" + "01".repeat(32)));
        Header next = header(23_000_001, l2Time - 18, origin.hash());
        List<Receipt> receipts = new ArrayList<>();
        for (int i = 0; i < DEPOSITS; i++) {
            byte[] data = new byte[100];
            rnd.nextBytes(data);
            Log log = UserDeposits.toLog(rollup.depositContractAddress(), address(rnd), address(rnd),
                    UInt256.valueOf(rnd.nextLong(1, Long.MAX_VALUE)), UInt256.ZERO, 100_000, false, data);
            receipts.add(Receipt.of(TxType.EIP1559, true, 50_000L * (i + 1), List.of(log)));
        }
        receipts.add(Receipt.of(TxType.EIP1559, true, 60_000L * DEPOSITS, List.of(SystemConfigLogs.encode(
                rollup.l1SystemConfigAddress(), new SystemConfigUpdate.GasLimit(60_000_000)))));
        SystemConfig sys = rollup.genesis().systemConfig().withEip1559Params(250L, 6L).withOperatorFee(0L, 0L)
                .withMinBaseFee(0L).withDaFootprintGasScalar(400);
        epoch = new BlockNumHash(next.number(), next.hash());
        parent = new L2BlockInfo(new BlockInfo(Hash.fromHex("0x" + "33".repeat(32)), 140_000_000,
                Hash.fromHex("0x" + "34".repeat(32)), l2Time - rollup.blockTime()),
                new BlockNumHash(origin.number(), origin.hash()), 5);
        ChainProvider l1 = new ChainProvider() {
            public Header headerByHash(Hash hash) {
                return hash.equals(next.hash()) ? next : origin;
            }

            public BlockInfo blockInfoByNumber(long number) {
                throw new IllegalStateException();
            }

            public List<Receipt> receiptsByHash(Hash hash) {
                return receipts;
            }

            public BlockAndTransactions blockInfoAndTransactionsByHash(Hash hash) {
                throw new IllegalStateException();
            }
        };
        L2ChainProvider l2 = new L2ChainProvider() {
            public SystemConfig systemConfigByNumber(long number, RollupConfig rollupConfig) {
                return sys;
            }

            public L2BlockInfo l2BlockInfoByNumber(long number) {
                throw new IllegalStateException();
            }

            public Block blockByNumber(long number) {
                throw new IllegalStateException();
            }
        };
        builder = new StatefulAttributesBuilder(rollup, L1ChainConfig.MAINNET, l2, l1);
        OpPayloadAttributes check = builder.preparePayloadAttributes(parent, epoch);
        if (check.transactions().size() != 1 + DEPOSITS || check.gasLimit() != 60_000_000) {
            throw new IllegalStateException("benchmark setup is wrong: " + check);
        }
    }

    @Benchmark
    public OpPayloadAttributes epochWith100Deposits() {
        return builder.preparePayloadAttributes(parent, epoch);
    }

    private static Header header(long number, long time, Hash parent) {
        return Header.builder().parentHash(parent).number(number).timestamp(time).gasLimit(36_000_000)
                .baseFeePerGas(UInt256.valueOf(1_000_000_000L)).withdrawalsRoot(Hash.EMPTY_TRIE_ROOT).blobGasUsed(0L)
                .excessBlobGas(30_000_000L).parentBeaconBlockRoot(Hash.fromHex("0x" + "be".repeat(32)))
                .requestsHash(Hash.EMPTY_TRIE_ROOT).mixHash(Hash.fromHex("0x" + "ab".repeat(32))).build();
    }

    private static Address address(SplittableRandom rnd) {
        byte[] a = new byte[20];
        rnd.nextBytes(a);
        return Address.of(a);
    }
}
