package io.kona4j.protocol.registry;

import io.kona4j.protocol.L1ChainConfig;
import io.kona4j.protocol.RollupConfig;
import io.kona4j.protocol.RollupConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The built-in chain registry (OP Mainnet 10, OP Sepolia 11155420, Base 8453, Base Sepolia 84532), read from the
 * registry TOML embedded as resources (see {@code resources/io/kona4j/protocol/registry/README.md}), and custom chains
 * from a file.
 */
public final class Chains {
    public static final long OP_MAINNET = 10;
    public static final long OP_SEPOLIA = 11155420;
    public static final long BASE = 8453;
    public static final long BASE_SEPOLIA = 84532;

    private static final Map<Long, RollupConfig> BUILT_IN = Map.of(
            OP_MAINNET, load("mainnet/op.toml", "mainnet/superchain.toml"),
            OP_SEPOLIA, load("sepolia/op.toml", "sepolia/superchain.toml"),
            BASE, load("base-mainnet/base.toml", "base-mainnet/superchain.toml"),
            BASE_SEPOLIA, load("base-sepolia/base.toml", "base-sepolia/superchain.toml"));

    private Chains() {}

    /** The built-in config of L2 chain {@code chainId}, or {@code null} if there is none. */
    public static RollupConfig byChainId(long chainId) {
        return BUILT_IN.get(chainId);
    }

    /** Like {@link #byChainId} but an unknown chain is an error naming the known ones. */
    public static RollupConfig require(long chainId) {
        RollupConfig c = BUILT_IN.get(chainId);
        if (c == null) {
            throw new RollupConfigException("no built-in rollup config for chain " + chainId + " (known: "
                    + List.of(OP_MAINNET, OP_SEPOLIA, BASE, BASE_SEPOLIA) + "); pass a rollup config file");
        }
        return c;
    }

    /** The L1 chain config for a rollup: built in for Ethereum mainnet and Sepolia. */
    public static L1ChainConfig l1ConfigFor(RollupConfig rollup) {
        L1ChainConfig c = L1ChainConfig.byChainId(rollup.l1ChainId());
        if (c == null) {
            throw new RollupConfigException("no built-in L1 chain config for L1 chain " + rollup.l1ChainId()
                    + " (known: 1, 11155111)");
        }
        return c;
    }

    /**
     * A custom chain's config from a file: JSON (kona or op-node), or a registry chain TOML, which then needs its
     * network's {@code superchain.toml} beside it.
     */
    public static RollupConfig fromFile(Path file) throws IOException {
        String name = file.getFileName().toString();
        if (name.endsWith(".toml")) {
            Path superchain = file.resolveSibling("superchain.toml");
            if (!Files.exists(superchain)) {
                throw new RollupConfigException("chain TOML " + file + " needs superchain.toml in the same folder");
            }
            return SuperchainToml.read(Files.readString(file), Files.readString(superchain));
        }
        return RollupConfigJson.read(file);
    }

    private static RollupConfig load(String chain, String superchain) {
        try {
            return SuperchainToml.read(resource(chain), resource(superchain));
        } catch (RollupConfigException e) {
            throw new IllegalStateException("built-in chain config " + chain + " is broken: " + e.getMessage(), e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = Chains.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing built-in resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
