package io.kona4j.conformance.genesis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import com.github.luben.zstd.ZstdInputStream;
import io.kona4j.conformance.Suite;
import io.kona4j.conformance.SuiteReport;
import io.kona4j.conformance.TestData;
import io.kona4j.consensus.ConsensusException;
import io.kona4j.consensus.EthereumFork;
import io.kona4j.consensus.Header;
import io.kona4j.consensus.genesis.Genesis;
import io.kona4j.consensus.genesis.GenesisState;
import io.kona4j.consensus.json.GenesisJson;
import io.kona4j.mpt.MptException;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.PrimitivesException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Superchain-registry genesis. Arguments: the registry folder, then any number of {@code <network>/<chain>} ids
 * (none: every chain with both a config and a genesis file). For each chain it reads
 * {@code superchain/configs/<network>/<chain>.toml} and {@code superchain/extra/genesis/<network>/<chain>.json.zst}
 * (zstd with the registry's {@code superchain/extra/dictionary}), builds the state trie from the allocation and the
 * genesis header for the forks active at the genesis time, and compares its hash with {@code genesis.l2.hash}.
 * A chain whose registry genesis is not its L2 genesis block (OP Mainnet: a stateless pre-Bedrock definition at
 * block 0 while the published genesis is the Bedrock block) is skipped and named.
 */
public final class GenesisSuite implements Suite {
    /** Far above the largest registry genesis; bounds the decompressed size. */
    private static final long MAX_GENESIS_BYTES = 4L << 30;
    /** The OP hard forks that change the genesis header, with the L1 fork each one brings (PROTOCOL.md §2.5). */
    private static final List<ForkTime> HEADER_FORKS = List.of(new ForkTime("canyon_time", EthereumFork.SHANGHAI),
            new ForkTime("ecotone_time", EthereumFork.CANCUN), new ForkTime("isthmus_time", EthereumFork.PRAGUE),
            new ForkTime("karst_time", EthereumFork.OSAKA));

    private record ForkTime(String key, EthereumFork fork) {}

    @Override
    public String name() {
        return "genesis";
    }

    @Override
    public String description() {
        return "superchain-registry: genesis state trie + header from the allocation match the published L2 genesis hash"
                + " (args: <registry-dir> [<network>/<chain>...])";
    }

    @Override
    public List<Path> defaultPaths(TestData data) {
        return List.of(data.testdata("superchain-registry"), Path.of("sepolia/op"));
    }

    @Override
    public void run(List<Path> paths, SuiteReport report) throws Exception {
        if (paths.isEmpty()) throw new IOException("give the superchain-registry folder, then <network>/<chain> ids");
        Path registry = paths.get(0);
        if (!Files.isDirectory(registry.resolve("superchain/configs"))) {
            throw new IOException("not a superchain-registry folder (no superchain/configs): " + registry);
        }
        List<String> chains = new ArrayList<>();
        for (Path p : paths.subList(1, paths.size())) chains.add(p.toString().replace('\\', '/'));
        if (chains.isEmpty()) chains = allChains(registry);
        for (String chain : chains) runChain(registry, chain, report);
    }

    private static List<String> allChains(Path registry) throws IOException {
        List<String> out = new ArrayList<>();
        Path configs = registry.resolve("superchain/configs");
        try (Stream<Path> s = Files.walk(configs, 2)) {
            for (Path toml : s.filter(f -> f.toString().endsWith(".toml")).sorted().toList()) {
                String network = toml.getParent().getFileName().toString();
                String chain = toml.getFileName().toString().replaceFirst("\\.toml$", "");
                if (Files.isRegularFile(genesisFile(registry, network + "/" + chain))) out.add(network + "/" + chain);
            }
        }
        return out;
    }

    private static Path genesisFile(Path registry, String chain) {
        return registry.resolve("superchain/extra/genesis/" + chain + ".json.zst");
    }

    private static void runChain(Path registry, String chain, SuiteReport report) throws IOException {
        if (!chain.matches("[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+")) {
            report.fail(chain, "not a <network>/<chain> id");
            return;
        }
        Path toml = registry.resolve("superchain/configs/" + chain + ".toml");
        Path zst = genesisFile(registry, chain);
        Path dictionary = registry.resolve("superchain/extra/dictionary");
        for (Path required : List.of(toml, zst, dictionary)) {
            if (!Files.isRegularFile(required)) {
                report.fail(chain, "missing " + required);
                return;
            }
        }
        JsonNode config = new TomlMapper().readTree(toml.toFile());
        JsonNode l2 = config.path("genesis").path("l2");
        if (!l2.hasNonNull("hash") || !l2.hasNonNull("number")) {
            report.fail(chain, toml + " has no [genesis.l2] hash and number");
            return;
        }
        Hash expected = Hash.fromHex(l2.get("hash").asText());
        long expectedNumber = l2.get("number").asLong();
        try {
            long t0 = System.nanoTime();
            Genesis genesis;
            try (InputStream in = new BoundedInputStream(new BufferedInputStream(
                    new ZstdInputStream(Files.newInputStream(zst)).setDict(Files.readAllBytes(dictionary)), 1 << 16),
                    MAX_GENESIS_BYTES, zst.toString())) {
                genesis = GenesisJson.parse(in);
            }
            if (genesis.number() != expectedNumber) {
                report.skip(chain, "the registry's genesis definition is block " + genesis.number() + " ("
                        + (genesis.stateHash() != null ? "state hash only" : genesis.alloc().size() + " accounts")
                        + ") but the published L2 genesis is block " + expectedNumber
                        + ": a migrated chain whose genesis block cannot be built from the definition");
                return;
            }
            EthereumFork fork = forkAt(config.path("hardforks"), genesis.timestamp());
            GenesisState state = genesis.buildState();
            Header header = genesis.header(state, fork, true);
            report.info(String.format("%s: %d accounts, state root %s, forks at genesis up to %s, %.1f s", chain,
                    genesis.alloc().size(), state.stateRoot(), fork, (System.nanoTime() - t0) / 1e9));
            if (header.hash().equals(expected)) {
                report.pass(chain);
            } else {
                report.fail(chain, "genesis header hashes to " + header.hash() + ", the registry publishes " + expected
                        + " (state root " + state.stateRoot() + ")");
            }
        } catch (ConsensusException | MptException | PrimitivesException | IOException e) {
            report.fail(chain, "cannot build the genesis: " + e.getMessage());
        }
    }

    /** The newest L1 fork whose OP counterpart is active at {@code time}; OP chains start at Bedrock (Paris). */
    static EthereumFork forkAt(JsonNode hardforks, long time) {
        EthereumFork fork = EthereumFork.PARIS;
        for (ForkTime f : HEADER_FORKS) {
            JsonNode t = hardforks.get(f.key());
            if (t != null && t.canConvertToLong() && Long.compareUnsigned(t.asLong(), time) <= 0) fork = f.fork();
        }
        return fork;
    }
}
