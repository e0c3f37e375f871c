package io.kona4j.host.single;

import io.kona4j.host.HostException;
import io.kona4j.host.backend.RefetchPolicy;
import io.kona4j.host.rpc.RpcConfig;
import io.kona4j.primitives.Hash;
import io.kona4j.proof.BootInfo;

import java.net.URI;
import java.nio.file.Path;

/**
 * What {@code kona4j host single} was given (kona-host's {@code SingleChainHost} arguments): the boot inputs, the
 * agreed L2 head, the three data sources (all or none: none is offline, which needs a data directory), the custom
 * chain's rollup and L1 config JSON (served as local keys 6 and 7; null when not given), and the fetch limits.
 *
 * @param boot the boot inputs; its chain id is 0 when a rollup config file was given instead (as kona-host)
 */
public record SingleChainHostConfig(BootInfo boot, Hash agreedL2HeadHash, URI l1NodeAddress, URI l1BeaconAddress,
                                    URI l2NodeAddress, Path dataDir, byte[] rollupConfigJson, byte[] l1ConfigJson,
                                    boolean enableExperimentalWitnessEndpoint, RpcConfig rpc, RefetchPolicy refetch) {
    public SingleChainHostConfig {
        if (boot == null || agreedL2HeadHash == null || rpc == null || refetch == null) {
            throw new HostException("the host needs the boot inputs, the agreed L2 head hash and fetch limits");
        }
        int given = (l1NodeAddress != null ? 1 : 0) + (l1BeaconAddress != null ? 1 : 0) + (l2NodeAddress != null ? 1 : 0);
        if (given != 0 && given != 3) {
            throw new HostException("--l1-node-address, --l1-beacon-address and --l2-node-address go together: give all "
                    + "three (online) or none (offline, from --data-dir)");
        }
        if (given == 0 && dataDir == null) {
            throw new HostException("offline (no node addresses) the host needs --data-dir to serve preimages from");
        }
        rollupConfigJson = rollupConfigJson == null ? null : rollupConfigJson.clone();
        l1ConfigJson = l1ConfigJson == null ? null : l1ConfigJson.clone();
    }

    /** No data sources: every preimage comes from the data directory. */
    public boolean isOffline() {
        return l1NodeAddress == null;
    }

    @Override
    public byte[] rollupConfigJson() {
        return rollupConfigJson == null ? null : rollupConfigJson.clone();
    }

    @Override
    public byte[] l1ConfigJson() {
        return l1ConfigJson == null ? null : l1ConfigJson.clone();
    }
}
