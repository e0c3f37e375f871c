package io.kona4j.conformance.witness;

import io.kona4j.conformance.KonaExecutorFixture;
import io.kona4j.conformance.Suite;
import io.kona4j.conformance.SuiteReport;
import io.kona4j.conformance.TestData;
import io.kona4j.consensus.ConsensusException;
import io.kona4j.consensus.Transaction;
import io.kona4j.mpt.InMemoryTrieProvider;
import io.kona4j.mpt.MptException;
import io.kona4j.mpt.SecureTrie;
import io.kona4j.mpt.Trie;
import io.kona4j.mpt.TrieAccount;
import io.kona4j.mpt.TrieProvider;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Keccak256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Witness reading over real OP Sepolia blocks. For each kona-executor fixture, starting at the parent header's state
 * root, it opens through the fixture's {@code kv.hex.txt} every account the payload's transactions touch (each
 * sender, recovered from the signature or a deposit's {@code from}, and each {@code to}), then the account's storage
 * root node and, for a contract, its code. The trie verifies every node it fetches against the hash it was asked
 * by; the code must hash to the account's code hash. One case per fixture and account; an absent account passes
 * when the witness proves its absence.
 */
public final class WitnessSuite implements Suite {
    @Override
    public String name() {
        return "witness";
    }

    @Override
    public String description() {
        return "kona-executor witnesses: open every touched account, storage root and code from the parent state root";
    }

    @Override
    public List<Path> defaultPaths(TestData data) {
        return List.of(data.testdata("kona-executor/extracted"));
    }

    @Override
    public void run(List<Path> paths, SuiteReport report) throws Exception {
        for (Path root : paths) {
            List<Path> dirs;
            if (KonaExecutorFixture.isFixture(root)) {
                dirs = List.of(root);
            } else {
                if (!Files.isDirectory(root)) throw new IOException("not a fixture or a folder of fixtures: " + root);
                try (Stream<Path> s = Files.list(root)) {
                    dirs = s.filter(KonaExecutorFixture::isFixture).sorted().toList();
                }
            }
            for (Path dir : dirs) runFixture(KonaExecutorFixture.load(dir), report);
        }
    }

    private static void runFixture(KonaExecutorFixture f, SuiteReport report) throws IOException {
        String block = "block-" + f.blockNumber();
        Map<Hash, byte[]> kv = f.keyValues();
        InMemoryTrieProvider store = new InMemoryTrieProvider();
        kv.forEach(store::putUnchecked);
        int[] fetched = {0};
        TrieProvider counting = hash -> {
            fetched[0]++;
            return store.trieNodeByHash(hash);
        };
        Set<Address> touched = new LinkedHashSet<>();
        try {
            for (Transaction tx : f.payload().decodedTransactions()) {
                touched.add(tx.sender());
                if (tx.to() != null) touched.add(tx.to());
            }
        } catch (ConsensusException e) {
            report.fail(block, "cannot read the payload's transactions: " + e.getMessage());
            return;
        }
        SecureTrie state = SecureTrie.open(f.parentHeader().stateRoot(), counting);
        int present = 0;
        for (Address a : touched) {
            String name = block + " " + a.toHex();
            try {
                byte[] rlp = state.get(a.unsafeBytes());
                if (rlp == null) {
                    report.pass(name);
                    continue;
                }
                present++;
                TrieAccount account = TrieAccount.decode(rlp);
                if (!account.storageRoot().equals(Hash.EMPTY_TRIE_ROOT)) {
                    Trie.open(account.storageRoot(), counting).openRoot();
                }
                if (!account.codeHash().equals(Hash.EMPTY_CODE_HASH)) {
                    byte[] code = kv.get(account.codeHash());
                    if (code == null) {
                        report.fail(name, "the witness has no code for code hash " + account.codeHash());
                        continue;
                    }
                    if (!Arrays.equals(Keccak256.digest(code), account.codeHash().unsafeBytes())) {
                        report.fail(name, "the code stored under " + account.codeHash() + " hashes to "
                                + Keccak256.hash(code));
                        continue;
                    }
                }
                report.pass(name);
            } catch (MptException e) {
                report.fail(name, e.getMessage());
            }
        }
        report.info(String.format("%s: %d accounts touched (%d present), %d trie nodes fetched and verified, %d witness"
                + " entries", block, touched.size(), present, fetched[0], kv.size()));
    }
}
