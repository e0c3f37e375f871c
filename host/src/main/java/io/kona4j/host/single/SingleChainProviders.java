package io.kona4j.host.single;

import io.kona4j.host.fetch.BeaconFetcher;
import io.kona4j.host.fetch.ExecutionFetcher;
import io.kona4j.host.rpc.BeaconClient;
import io.kona4j.host.rpc.JsonRpcClient;
import io.kona4j.host.rpc.RpcConfig;

import java.net.URI;

/**
 * The data sources of an online single-chain host (kona-host's {@code SingleChainProviders}): the L1 execution node,
 * the L1 beacon API and the L2 execution node. Closing closes their HTTP clients.
 */
public final class SingleChainProviders implements AutoCloseable {
    private final JsonRpcClient l1Rpc;
    private final BeaconClient beaconClient;
    private final JsonRpcClient l2Rpc;
    private final ExecutionFetcher l1;
    private final BeaconFetcher beacon;
    private final ExecutionFetcher l2;

    public SingleChainProviders(URI l1NodeAddress, URI l1BeaconAddress, URI l2NodeAddress, RpcConfig config) {
        this.l1Rpc = new JsonRpcClient(l1NodeAddress, config);
        this.beaconClient = new BeaconClient(l1BeaconAddress, config);
        this.l2Rpc = new JsonRpcClient(l2NodeAddress, config);
        this.l1 = new ExecutionFetcher(l1Rpc);
        this.beacon = new BeaconFetcher(beaconClient);
        this.l2 = new ExecutionFetcher(l2Rpc);
    }

    public ExecutionFetcher l1() {
        return l1;
    }

    public BeaconFetcher beacon() {
        return beacon;
    }

    public ExecutionFetcher l2() {
        return l2;
    }

    @Override
    public void close() {
        l1Rpc.close();
        beaconClient.close();
        l2Rpc.close();
    }
}
