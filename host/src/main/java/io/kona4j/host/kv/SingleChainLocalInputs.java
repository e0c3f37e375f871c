package io.kona4j.host.kv;

import io.kona4j.preimage.PreimageKey;
import io.kona4j.preimage.PreimageKeyType;
import io.kona4j.proof.BootInfo;

import java.util.Map;

/**
 * The read-only local keys a single-chain host serves from its command line (kona-host's
 * {@code SingleChainLocalInputs}): keys 1–5 from the boot info, 6 the rollup config JSON and 7 the L1 chain config
 * JSON when the host was given them (custom chains). A host run with a rollup config file instead of a chain id puts
 * chain id 0 in key 5, as kona-host does.
 */
public final class SingleChainLocalInputs implements KeyValueStore {
    private final Map<PreimageKey, byte[]> bootKeys;
    private final byte[] rollupConfigJson;
    private final byte[] l1ConfigJson;

    /** {@code rollupConfigJson} and {@code l1ConfigJson} may be null when the chain is in the registry. */
    public SingleChainLocalInputs(BootInfo boot, byte[] rollupConfigJson, byte[] l1ConfigJson) {
        this.bootKeys = Map.copyOf(boot.localPreimages());
        this.rollupConfigJson = rollupConfigJson == null ? null : rollupConfigJson.clone();
        this.l1ConfigJson = l1ConfigJson == null ? null : l1ConfigJson.clone();
    }

    @Override
    public byte[] get(PreimageKey key) {
        if (key.type() != PreimageKeyType.LOCAL) return null;
        byte[] v = bootKeys.get(key);
        if (v == null) {
            if (key.equals(PreimageKey.local(BootInfo.L2_ROLLUP_CONFIG_KEY))) v = rollupConfigJson;
            else if (key.equals(PreimageKey.local(BootInfo.L1_CONFIG_KEY))) v = l1ConfigJson;
        }
        return v == null ? null : v.clone();
    }

    @Override
    public void set(PreimageKey key, byte[] value) {
        throw new KeyValueStoreException("the local boot inputs are read-only; cannot store " + key);
    }
}
