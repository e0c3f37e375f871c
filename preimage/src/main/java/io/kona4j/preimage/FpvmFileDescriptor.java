package io.kona4j.preimage;

import java.nio.file.Path;

/**
 * The file descriptors of the fault-proof VM ABI (PROTOCOL.md §4, Kona's {@code std-fpvm} {@code FileDescriptor}).
 * The client talks preimages over (read 5, write 6) and hints over (read 3, write 4); a host in server mode opens the
 * same numbers on its side and the VM wires the pipes crosswise.
 */
public enum FpvmFileDescriptor {
    STDIN(0), STDOUT(1), STDERR(2), HINT_READ(3), HINT_WRITE(4), PREIMAGE_READ(5), PREIMAGE_WRITE(6);

    private final int fd;

    FpvmFileDescriptor(int fd) {
        this.fd = fd;
    }

    public int fd() {
        return fd;
    }

    /** The path through which this process reaches an inherited descriptor (Linux). */
    public Path procPath() {
        return procPath(fd);
    }

    static Path procPath(int fd) {
        return Path.of("/proc/self/fd/" + fd);
    }

    /** The hint channel on inherited fds 3 (read) and 4 (write). */
    public static StreamChannel openHintChannel() {
        return openChannel(HINT_READ.fd, HINT_WRITE.fd);
    }

    /** The preimage channel on inherited fds 5 (read) and 6 (write). */
    public static StreamChannel openPreimageChannel() {
        return openChannel(PREIMAGE_READ.fd, PREIMAGE_WRITE.fd);
    }

    /** A channel over any inherited pair of descriptors. */
    public static StreamChannel openChannel(int readFd, int writeFd) {
        return StreamChannel.open(procPath(readFd), procPath(writeFd));
    }
}
