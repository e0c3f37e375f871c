package io.kona4j.conformance.blockchain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kona4j.conformance.SuiteReport;
import io.kona4j.conformance.state.StateTestRunner;
import io.kona4j.consensus.Block;
import io.kona4j.consensus.ConsensusException;
import io.kona4j.consensus.Header;
import io.kona4j.consensus.Receipt;
import io.kona4j.consensus.SignedTransaction;
import io.kona4j.consensus.Transaction;
import io.kona4j.consensus.Withdrawal;
import io.kona4j.evm.BlockEnv;
import io.kona4j.evm.Evm;
import io.kona4j.evm.EvmException;
import io.kona4j.evm.ExecutionResult;
import io.kona4j.evm.SpecId;
import io.kona4j.evm.state.InMemoryState;
import io.kona4j.evm.state.JournaledState;
import io.kona4j.evm.tracing.OperationTracer;
import io.kona4j.evm.transaction.BlobGas;
import io.kona4j.evm.transaction.L1TransactionProcessor;
import io.kona4j.mpt.OrderedListTrie;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Hex;
import io.kona4j.primitives.PrimitivesException;
import io.kona4j.primitives.UInt256;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Runs ethereum/tests blockchain tests ({@code network} Cancun): imports every block of {@code blocks} on its
 * parent (validating the header against the parent, running the EIP-4788 system call, the transactions and the
 * withdrawals, then checking gas used, state, transactions, receipts and withdrawals roots, bloom and blob gas);
 * a block with {@code expectException} must be rejected, every other one accepted; the last accepted block must
 * hash to {@code lastblockhash}. Shared by the {@code blockchain} suite and {@code kona4j blocktest}.
 */
public final class BlockchainTestRunner {
    static final Address BEACON_ROOTS = Address.fromHex("0x000F3df6D732807Ef1319fB7B8bB8522d0Beac02");
    static final long CHAIN_ID = 1;
    static final long TARGET_BLOB_GAS = 393_216;
    static final long MAX_BLOB_GAS = 786_432;

    private final Pattern filter;
    private final ObjectMapper json = new ObjectMapper();

    public BlockchainTestRunner(Pattern filter) {
        this.filter = filter;
    }

    public void run(List<Path> paths, SuiteReport report) throws Exception {
        Throwable[] error = new Throwable[1];
        Thread t = Evm.newThread(() -> {
            try {
                for (Path f : StateTestRunner.jsonFiles(paths)) runFile(f, report);
            } catch (Throwable e) {
                error[0] = e;
            }
        });
        t.start();
        t.join();
        if (error[0] instanceof Exception e) throw e;
        if (error[0] instanceof Error e) throw e;
    }

    private void runFile(Path file, SuiteReport report) throws IOException {
        JsonNode root = json.readTree(file.toFile());
        String fileName = (file.getParent() == null ? "" : file.getParent().getFileName() + "/") + file.getFileName();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = fileName + "/" + e.getKey();
            if (filter != null && !filter.matcher(name).find()) continue;
            SpecId spec = SpecId.forTestName(e.getValue().get("network").asText());
            if (spec == null) continue;
            try {
                String problem = runTest(spec, e.getValue());
                if (problem == null) report.pass(name);
                else report.fail(name, problem);
            } catch (RuntimeException | StackOverflowError ex) {
                report.fail(name, "unexpected " + ex);
            }
        }
    }

    private record Imported(Header header, InMemoryState state) {}

    private String runTest(SpecId spec, JsonNode t) {
        L1TransactionProcessor processor = new L1TransactionProcessor(new Evm(spec, CHAIN_ID));
        InMemoryState pre = StateTestRunner.parsePre(t.get("pre"));
        Header genesis = Block.decode(Hex.decode(t.get("genesisRLP").asText())).header();
        if (!pre.stateRoot().equals(genesis.stateRoot())) {
            return "pre-state root " + pre.stateRoot() + " is not the genesis state root " + genesis.stateRoot();
        }
        Map<Hash, Imported> chain = new HashMap<>();
        chain.put(genesis.hash(), new Imported(genesis, pre));
        Header head = genesis;
        int index = 0;
        for (JsonNode b : t.get("blocks")) {
            String expect = b.has("expectException") ? b.get("expectException").asText() : null;
            String error;
            Imported imported = null;
            try {
                Block block = Block.decode(Hex.decode(b.get("rlp").asText()));
                Imported parent = chain.get(block.header().parentHash());
                if (parent == null) {
                    error = "unknown parent " + block.header().parentHash();
                } else {
                    InMemoryState post = parent.state().copy();
                    error = importBlock(spec, processor, block, parent.header(), post, chain);
                    if (error == null) imported = new Imported(block.header(), post);
                }
            } catch (ConsensusException | PrimitivesException | EvmException e) {
                error = e.getMessage();
            }
            if (expect != null && error == null) return "block " + index + " was accepted, expected " + expect;
            if (expect == null && error != null) return "block " + index + " was rejected: " + error;
            if (imported != null) {
                chain.put(imported.header().hash(), imported);
                head = imported.header();
            }
            index++;
        }
        String last = t.get("lastblockhash").asText();
        if (!head.hash().equals(Hash.fromHex(last))) return "head " + head.hash() + ", expected " + last;
        return null;
    }

    /** Validates and executes {@code block} on {@code state} (its parent's post-state); returns why it is invalid. */
    private static String importBlock(SpecId spec, L1TransactionProcessor processor, Block block, Header parent,
                                      InMemoryState state, Map<Hash, Imported> chain) {
        Header h = block.header();
        String bad = validateHeader(h, parent);
        if (bad != null) return bad;
        if (!block.ommers().isEmpty()) return "ommers after the Merge";
        if (block.withdrawals() == null) return "missing withdrawals";
        UInt256 blobBaseFee = BlobGas.blobBaseFee(h.excessBlobGas(), spec.ethereumFork());
        BlockEnv env = new BlockEnv(h.number(), h.timestamp(), h.beneficiary(), h.gasLimit(), h.baseFeePerGas(),
                h.mixHash(), blobBaseFee, n -> ancestorHash(chain, h.parentHash(), n));
        JournaledState js = new JournaledState(state);
        processor.evm().systemCall(BEACON_ROOTS, h.parentBeaconBlockRoot().toArray(), env, js);
        long cumulative = 0;
        long blobGas = 0;
        List<byte[]> receipts = new ArrayList<>();
        List<byte[]> txs = new ArrayList<>();
        for (Transaction tx : block.transactions()) {
            if (!(tx instanceof SignedTransaction signed)) return "deposit transaction on L1";
            if (Long.compareUnsigned(tx.gasLimit(), h.gasLimit() - cumulative) > 0) {
                return "transaction gas limit " + tx.gasLimit() + " exceeds the block's remaining gas";
            }
            blobGas += L1TransactionProcessor.blobGas(signed);
            if (blobGas > MAX_BLOB_GAS) return "blob gas above the block maximum";
            ExecutionResult r = processor.process(signed, env, js, OperationTracer.NO_TRACING);
            cumulative += r.gasUsed();
            receipts.add(Receipt.of(tx.type(), r.isSuccess(), cumulative, r.logs()).encodeForReceiptsRoot());
            txs.add(tx.encode());
        }
        for (Withdrawal w : block.withdrawals()) {
            js.addBalance(w.address(), UInt256.fromBigInteger(new BigInteger(Long.toUnsignedString(w.amountGwei())).multiply(BigInteger.TEN.pow(9))));
        }
        js.finalizeTransaction(true);
        state.apply(js.changes());
        if (cumulative != h.gasUsed()) return "gas used " + cumulative + ", header says " + h.gasUsed();
        if (blobGas != h.blobGasUsed()) return "blob gas used " + blobGas + ", header says " + h.blobGasUsed();
        Hash root = state.stateRoot();
        if (!root.equals(h.stateRoot())) return "state root " + root + ", header says " + h.stateRoot();
        if (!OrderedListTrie.root(txs).equals(h.transactionsRoot())) return "transactions root mismatch";
        if (!OrderedListTrie.root(receipts).equals(h.receiptsRoot())) return "receipts root mismatch";
        List<byte[]> ws = new ArrayList<>();
        for (Withdrawal w : block.withdrawals()) ws.add(w.encode());
        if (!OrderedListTrie.root(ws).equals(h.withdrawalsRoot())) return "withdrawals root mismatch";
        List<Receipt> decoded = new ArrayList<>();
        for (byte[] r : receipts) decoded.add(Receipt.decode(r));
        io.kona4j.consensus.Bloom bloom = io.kona4j.consensus.Bloom.union(decoded.stream().map(Receipt::logsBloom).toList());
        if (!bloom.equals(h.logsBloom())) return "logs bloom mismatch";
        return null;
    }

    /** Cancun header rules against the parent (post-Merge: no difficulty, nonce, ommers). */
    static String validateHeader(Header h, Header parent) {
        if (h.number() != parent.number() + 1) return "block number " + h.number() + " does not follow " + parent.number();
        if (Long.compareUnsigned(h.timestamp(), parent.timestamp()) <= 0) return "timestamp not after the parent's";
        if (h.extraData().length > 32) return "extra data over 32 bytes";
        if (!h.difficulty().isZero()) return "non-zero difficulty after the Merge";
        if (h.nonce() != 0) return "non-zero nonce after the Merge";
        if (!h.ommersHash().equals(Hash.EMPTY_OMMERS_HASH)) return "ommers hash is not the empty list's";
        if (Long.compareUnsigned(h.gasUsed(), h.gasLimit()) > 0) return "gas used above the gas limit";
        long limit = h.gasLimit(), plimit = parent.gasLimit();
        long diff = Math.abs(limit - plimit);
        if (limit < 5000 || diff >= plimit / 1024 || limit < 0) return "gas limit " + limit + " out of bounds of the parent's " + plimit;
        if (h.baseFeePerGas() == null || !h.baseFeePerGas().equals(expectedBaseFee(parent))) return "wrong base fee";
        if (h.withdrawalsRoot() == null || h.blobGasUsed() == null || h.excessBlobGas() == null || h.parentBeaconBlockRoot() == null) {
            return "missing Cancun header fields";
        }
        long parentExcess = parent.excessBlobGas() == null ? 0 : parent.excessBlobGas();
        long parentUsed = parent.blobGasUsed() == null ? 0 : parent.blobGasUsed();
        long excess = parentExcess + parentUsed < TARGET_BLOB_GAS ? 0 : parentExcess + parentUsed - TARGET_BLOB_GAS;
        if (h.excessBlobGas() != excess) return "wrong excess blob gas";
        if (h.blobGasUsed() > MAX_BLOB_GAS || h.blobGasUsed() % BlobGas.GAS_PER_BLOB != 0) return "bad blob gas used";
        return null;
    }

    /** EIP-1559 base fee from the parent (elasticity 2, denominator 8). */
    static UInt256 expectedBaseFee(Header parent) {
        BigInteger base = parent.baseFeePerGas().toBigInteger();
        long target = parent.gasLimit() / 2;
        long used = parent.gasUsed();
        if (used == target) return parent.baseFeePerGas();
        if (used > target) {
            BigInteger delta = base.multiply(BigInteger.valueOf(used - target)).divide(BigInteger.valueOf(target))
                    .divide(BigInteger.valueOf(8)).max(BigInteger.ONE);
            return UInt256.fromBigInteger(base.add(delta));
        }
        BigInteger delta = base.multiply(BigInteger.valueOf(target - used)).divide(BigInteger.valueOf(target))
                .divide(BigInteger.valueOf(8));
        return UInt256.fromBigInteger(base.subtract(delta).max(BigInteger.ZERO));
    }

    private static Hash ancestorHash(Map<Hash, Imported> chain, Hash parentHash, long number) {
        Imported cur = chain.get(parentHash);
        while (cur != null) {
            if (cur.header().number() == number) return cur.header().hash();
            if (cur.header().number() < number) return null;
            cur = chain.get(cur.header().parentHash());
        }
        return null;
    }
}
