package io.kona4j.host.kv;

import io.kona4j.preimage.InvalidPreimageKeyException;
import io.kona4j.preimage.PreimageKey;
import io.kona4j.primitives.Hex;
import org.rocksdb.CompressionType;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;

import java.nio.file.Path;
import java.util.function.BiConsumer;

/**
 * A store on disk in kona-host's {@code --data-dir} format: a RocksDB database (default column family, Snappy
 * compression, created if missing) whose keys are the full 32-byte typed preimage keys and whose values are the raw
 * preimages, so either host's data directory replays in the other. Unlike kona-host, closing never deletes it.
 */
public final class DiskKeyValueStore implements KeyValueStore, AutoCloseable {
    static {
        RocksDB.loadLibrary();
    }

    private final Path directory;
    private final Options options;
    private final RocksDB db;

    private DiskKeyValueStore(Path directory, Options options, RocksDB db) {
        this.directory = directory;
        this.options = options;
        this.db = db;
    }

    /** Opens (creating if missing) the store at {@code directory} for reading and writing. */
    public static DiskKeyValueStore open(Path directory) {
        Options options = options().setCreateIfMissing(true);
        try {
            return new DiskKeyValueStore(directory, options, RocksDB.open(options, directory.toString()));
        } catch (RocksDBException e) {
            options.close();
            throw new KeyValueStoreException("cannot open the data directory " + directory + ": " + e.getMessage(), e);
        }
    }

    /** Opens an existing store read-only (offline replay; several readers may share it). */
    public static DiskKeyValueStore openReadOnly(Path directory) {
        Options options = options();
        try {
            return new DiskKeyValueStore(directory, options, RocksDB.openReadOnly(options, directory.toString()));
        } catch (RocksDBException e) {
            options.close();
            throw new KeyValueStoreException("cannot open the data directory " + directory + " read-only: "
                    + e.getMessage(), e);
        }
    }

    private static Options options() {
        return new Options().setCompressionType(CompressionType.SNAPPY_COMPRESSION);
    }

    @Override
    public byte[] get(PreimageKey key) {
        try {
            return db.get(key.unsafeBytes());
        } catch (RocksDBException e) {
            throw new KeyValueStoreException("reading " + key + " from " + directory + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void set(PreimageKey key, byte[] value) {
        try {
            db.put(key.unsafeBytes(), value);
        } catch (RocksDBException e) {
            throw new KeyValueStoreException("writing " + key + " to " + directory + " failed: " + e.getMessage(), e);
        }
    }

    /** Visits every raw entry in key order (keys need not be typed preimage keys, as in Kona's executor fixtures). */
    public void forEachRaw(BiConsumer<byte[], byte[]> visitor) {
        try (RocksIterator it = db.newIterator()) {
            for (it.seekToFirst(); it.isValid(); it.next()) visitor.accept(it.key(), it.value());
            it.status();
        } catch (RocksDBException e) {
            throw new KeyValueStoreException("iterating " + directory + " failed: " + e.getMessage(), e);
        }
    }

    /** Copies every entry into memory; each key must be a typed 32-byte preimage key. */
    public MemoryKeyValueStore toMemory() {
        MemoryKeyValueStore mem = new MemoryKeyValueStore();
        forEachRaw((k, v) -> {
            try {
                mem.set(PreimageKey.fromBytes(k), v);
            } catch (InvalidPreimageKeyException e) {
                throw new KeyValueStoreException("the data directory " + directory + " holds a key that is not a typed "
                        + "preimage key: " + Hex.encode(k), e);
            }
        });
        return mem;
    }

    /** Flushes and closes the database; the files stay. */
    @Override
    public void close() {
        db.close();
        options.close();
    }
}
