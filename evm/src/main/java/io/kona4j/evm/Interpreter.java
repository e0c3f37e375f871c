package io.kona4j.evm;

import io.kona4j.consensus.EthereumFork;
import io.kona4j.consensus.Log;
import io.kona4j.crypto.precompile.PrecompiledContract;
import io.kona4j.evm.precompile.PrecompileRegistry;
import io.kona4j.evm.state.StateDb;
import io.kona4j.evm.tracing.OperationTracer;
import io.kona4j.primitives.Address;
import io.kona4j.primitives.Bytes;
import io.kona4j.primitives.Hash;
import io.kona4j.primitives.Keccak256;
import io.kona4j.primitives.UInt256;
import io.kona4j.primitives.rlp.RlpWriter;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * The bytecode interpreter and the message-call / create machinery of one {@link Evm}. The operand stack is a
 * {@code long[]} of four limbs per item, worked on in place; code is a padded {@code byte[]} with a JUMPDEST
 * bitmap; memory is a growable {@code byte[]}. Stacks and memories are pooled per call depth, so a call
 * allocates only its frame record. The main loop is one {@code switch}; rarer opcodes call out to methods so the
 * loop stays under HotSpot's huge-method limit.
 */
final class Interpreter {
    static final int MAX_CALL_DEPTH = 1024;
    static final int MAX_CODE_SIZE = 24_576;
    static final int MAX_INITCODE_SIZE = 49_152;
    static final int ST_SUCCESS = 0;
    static final int ST_REVERT = 1;
    static final int ST_HALT = 2;

    private static final VarHandle LONG_BE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    private static final long HUGE = 1L << 40;
    /** Memory beyond 2 GiB would cost over 8·10^15 gas; treated as out of gas (a Java array cannot hold it). */
    private static final long MAX_MEMORY_WORDS = (Integer.MAX_VALUE - 64) >>> 5;
    private static final int OP_STATICCALL = 0xfa;

    final SpecId spec;
    final long chainId;
    final OpcodeTable table;
    final PrecompileRegistry precompiles;
    private final boolean shanghai;
    private final boolean cancun;
    private final boolean prague;
    private final WordMath math = new WordMath();
    private final HashMap<Hash, Code> codeCache = new HashMap<>();
    private final long[][] stacks = new long[MAX_CALL_DEPTH + 2][];
    private final Memory[] memories = new Memory[MAX_CALL_DEPTH + 2];
    private final byte[] word = new byte[32];

    // transaction context
    StateDb state;
    BlockEnv env;
    Address origin;
    UInt256 gasPrice;
    List<Hash> blobHashes;
    OperationTracer tracer = OperationTracer.NO_TRACING;

    // outcome of the last frame
    int status;
    HaltReason halt;
    long gasLeft;
    byte[] output = Bytes.EMPTY;
    Address created;

    Interpreter(SpecId spec, long chainId) {
        this(spec, chainId, PrecompileRegistry.forSpec(spec));
    }

    Interpreter(SpecId spec, long chainId, PrecompileRegistry precompiles) {
        this.spec = spec;
        this.chainId = chainId;
        this.table = OpcodeTable.forFork(spec.ethereumFork());
        this.precompiles = precompiles;
        this.shanghai = spec.isEnabled(EthereumFork.SHANGHAI);
        this.cancun = spec.isEnabled(EthereumFork.CANCUN);
        this.prague = spec.isEnabled(EthereumFork.PRAGUE);
    }

    // ---- frames --------------------------------------------------------------------------------------------------

    private static final class Frame {
        Code code;
        Address address;
        Address caller;
        UInt256 value;
        byte[] input;
        boolean isStatic;
        int depth;
        byte[] returnData = Bytes.EMPTY;
        long[] stack;
        Memory memory;
    }

    private void finish(int st, HaltReason reason, long gas, byte[] out) {
        status = st;
        halt = reason;
        gasLeft = gas;
        output = out;
    }

    Code codeOf(Address a) {
        Hash h = state.codeHash(a);
        if (h.equals(Hash.ZERO) || h.equals(Hash.EMPTY_CODE_HASH)) return Code.EMPTY;
        Code c = codeCache.get(h);
        if (c == null) {
            c = new Code(state.code(a));
            codeCache.put(h, c);
        }
        return c;
    }

    /** The EIP-7702 delegate named by a 23-byte designator {@code 0xef0100 ‖ address}, or null. */
    static Address delegationTarget(byte[] code, int length) {
        if (length != 23 || code[0] != (byte) 0xef || code[1] != 0x01 || code[2] != 0x00) return null;
        return Address.of(code, 3);
    }

    private Code resolvedCode(Address a) {
        Code c = codeOf(a);
        if (prague) {
            Address target = delegationTarget(c.bytes, c.length);
            if (target != null) return codeOf(target);
        }
        return c;
    }

    /**
     * A message call as CALL, CALLCODE, DELEGATECALL or STATICCALL ({@code kind} is the opcode) made from a frame at
     * {@code depth} (0 for the transaction). Sets the outcome fields.
     */
    void call(int kind, Address caller, Address address, Address codeAddress, UInt256 value, byte[] input, long gas,
              boolean isStatic, int depth) {
        created = null;
        if (depth > MAX_CALL_DEPTH) {
            finish(ST_HALT, HaltReason.CALL_DEPTH_EXCEEDED, gas, Bytes.EMPTY);
            return;
        }
        boolean transfers = kind == 0xf1 || kind == 0xf2;
        if (transfers && !value.isZero() && state.balance(caller).compareTo(value) < 0) {
            finish(ST_HALT, HaltReason.INSUFFICIENT_BALANCE, gas, Bytes.EMPTY);
            return;
        }
        int snapshot = state.snapshot();
        PrecompiledContract pre = precompiles.get(codeAddress);
        if (kind == 0xf1) {
            if (!state.exists(address) && pre == null && value.isZero()) {
                finish(ST_SUCCESS, null, gas, Bytes.EMPTY);
                return;
            }
            state.subBalance(caller, value);
            state.addBalance(address, value);
        } else if (kind == OP_STATICCALL) {
            state.touch(address);
        }
        if (pre != null) {
            long cost = pre.gas(input);
            byte[] out = cost <= gas ? pre.run(input) : null;
            if (out == null) {
                state.revertToSnapshot(snapshot);
                finish(ST_HALT, cost <= gas ? HaltReason.PRECOMPILE_FAILURE : HaltReason.OUT_OF_GAS, 0, Bytes.EMPTY);
            } else {
                finish(ST_SUCCESS, null, gas - cost, out);
            }
            return;
        }
        Code code = resolvedCode(codeAddress);
        if (code.length == 0) {
            finish(ST_SUCCESS, null, gas, Bytes.EMPTY);
            return;
        }
        Frame f = new Frame();
        f.code = code;
        f.address = address;
        f.caller = caller;
        f.value = value;
        f.input = input;
        f.isStatic = isStatic;
        f.depth = depth + 1;
        run(f, gas);
        if (status != ST_SUCCESS) {
            state.revertToSnapshot(snapshot);
            if (status == ST_HALT) gasLeft = 0;
        }
    }

    /** CREATE ({@code salt} null) or CREATE2 from a frame at {@code depth}. Sets the outcome fields. */
    void create(Address caller, UInt256 value, byte[] initCode, long gas, UInt256 salt, int depth) {
        created = null;
        if (depth > MAX_CALL_DEPTH) {
            finish(ST_HALT, HaltReason.CALL_DEPTH_EXCEEDED, gas, Bytes.EMPTY);
            return;
        }
        if (!value.isZero() && state.balance(caller).compareTo(value) < 0) {
            finish(ST_HALT, HaltReason.INSUFFICIENT_BALANCE, gas, Bytes.EMPTY);
            return;
        }
        long nonce = state.nonce(caller);
        if (nonce == -1L) {
            finish(ST_HALT, HaltReason.NONCE_OVERFLOW, gas, Bytes.EMPTY);
            return;
        }
        state.setNonce(caller, nonce + 1);
        Address address = salt == null ? createAddress(caller, nonce) : create2Address(caller, salt, initCode);
        state.warmAddress(address);
        if (state.nonce(address) != 0 || !state.codeHash(address).equals(Hash.EMPTY_CODE_HASH)
                && !state.codeHash(address).equals(Hash.ZERO) || state.hasStorage(address)) {
            finish(ST_HALT, HaltReason.CREATE_COLLISION, 0, Bytes.EMPTY);
            return;
        }
        int snapshot = state.snapshot();
        state.createContractAccount(address);
        state.setNonce(address, 1);
        state.subBalance(caller, value);
        state.addBalance(address, value);
        if (initCode.length == 0) {
            finish(ST_SUCCESS, null, gas, Bytes.EMPTY);
            created = address;
            return;
        }
        Frame f = new Frame();
        f.code = new Code(initCode);
        f.address = address;
        f.caller = caller;
        f.value = value;
        f.input = Bytes.EMPTY;
        f.depth = depth + 1;
        run(f, gas);
        if (status == ST_SUCCESS) {
            byte[] code = output;
            HaltReason bad = null;
            if (code.length > MAX_CODE_SIZE) bad = HaltReason.CODE_SIZE_EXCEEDED;
            else if (code.length > 0 && code[0] == (byte) 0xef) bad = HaltReason.INVALID_CODE_PREFIX;
            else if (gasLeft < 200L * code.length) bad = HaltReason.OUT_OF_GAS;
            if (bad == null) {
                gasLeft -= 200L * code.length;
                state.setCode(address, code);
                output = Bytes.EMPTY;
                created = address;
                return;
            }
            finish(ST_HALT, bad, 0, Bytes.EMPTY);
        }
        state.revertToSnapshot(snapshot);
        if (status == ST_HALT) {
            gasLeft = 0;
            output = Bytes.EMPTY;
        }
    }

    static Address createAddress(Address sender, long nonce) {
        byte[] rlp = new RlpWriter(32).startList().writeAddress(sender).writeLong(nonce).endList().toByteArray();
        return Address.of(Keccak256.digest(rlp), 12);
    }

    static Address create2Address(Address sender, UInt256 salt, byte[] initCode) {
        byte[] buf = new byte[85];
        buf[0] = (byte) 0xff;
        System.arraycopy(sender.unsafeBytes(), 0, buf, 1, 20);
        salt.toBytes32(buf, 21);
        Keccak256.digestInto(initCode, 0, initCode.length, buf, 53);
        return Address.of(Keccak256.digest(buf), 12);
    }

    // ---- helpers on stack words -------------------------------------------------------------------------------------

    /** The word at s[i] as a non-negative size or offset, or {@link #HUGE} when it exceeds 32 bits. */
    private static long size(long[] s, int i) {
        if ((s[i + 1] | s[i + 2] | s[i + 3]) != 0 || (s[i] >>> 32) != 0) return HUGE;
        return s[i];
    }

    private static boolean isZero(long[] s, int i) {
        return (s[i] | s[i + 1] | s[i + 2] | s[i + 3]) == 0;
    }

    private static void setLong(long[] s, int i, long v) {
        s[i] = v;
        s[i + 1] = 0;
        s[i + 2] = 0;
        s[i + 3] = 0;
    }

    private static void setUInt(long[] s, int i, UInt256 v) {
        s[i] = v.limb(0);
        s[i + 1] = v.limb(1);
        s[i + 2] = v.limb(2);
        s[i + 3] = v.limb(3);
    }

    private static UInt256 toUInt(long[] s, int i) {
        return UInt256.ofLimbs(s[i + 3], s[i + 2], s[i + 1], s[i]);
    }

    private static void setBytes32(long[] s, int i, byte[] b, int off) {
        s[i + 3] = (long) LONG_BE.get(b, off);
        s[i + 2] = (long) LONG_BE.get(b, off + 8);
        s[i + 1] = (long) LONG_BE.get(b, off + 16);
        s[i] = (long) LONG_BE.get(b, off + 24);
    }

    private static void putBytes32(long[] s, int i, byte[] b, int off) {
        LONG_BE.set(b, off, s[i + 3]);
        LONG_BE.set(b, off + 8, s[i + 2]);
        LONG_BE.set(b, off + 16, s[i + 1]);
        LONG_BE.set(b, off + 24, s[i]);
    }

    private static void setAddress(long[] s, int i, Address a) {
        byte[] b = a.unsafeBytes();
        s[i + 3] = 0;
        s[i + 2] = ((b[0] & 0xffL) << 24) | ((b[1] & 0xffL) << 16) | ((b[2] & 0xffL) << 8) | (b[3] & 0xffL);
        s[i + 1] = (long) LONG_BE.get(b, 4);
        s[i] = (long) LONG_BE.get(b, 12);
    }

    private static Address toAddress(long[] s, int i) {
        byte[] b = new byte[20];
        long l2 = s[i + 2];
        b[0] = (byte) (l2 >>> 24);
        b[1] = (byte) (l2 >>> 16);
        b[2] = (byte) (l2 >>> 8);
        b[3] = (byte) l2;
        LONG_BE.set(b, 4, s[i + 1]);
        LONG_BE.set(b, 12, s[i]);
        return Address.of(b);
    }

    private static Hash toHash(long[] s, int i) {
        byte[] b = new byte[32];
        putBytes32(s, i, b, 0);
        return Hash.wrap(b);
    }

    /** Charges memory expansion to cover [off, off+len); returns the gas left, or -1 when out of gas. */
    private static long expand(Memory m, long gas, long off, long len) {
        if (len == 0) return gas;
        if (off >= HUGE || len >= HUGE) return -1;
        long end = off + len;
        if (end <= m.size) return gas;
        long words = (end + 31) >>> 5;
        if (words > MAX_MEMORY_WORDS) return -1;
        long newCost = words * 3 + ((words * words) >>> 9);
        long cost = newCost - m.cost;
        if (gas < cost) return -1;
        m.grow(words << 5, newCost);
        return gas - cost;
    }

    private static long words(long len) {
        return (len + 31) >>> 5;
    }

    /** Copies {@code len} bytes of {@code src} from {@code srcOff} (zero past its end) into memory at {@code dst}. */
    private static void copyPadded(byte[] src, int srcLen, long srcOff, Memory m, long dst, long len) {
        if (len == 0) return;
        int d = (int) dst;
        int n = (int) len;
        int avail = srcOff >= srcLen ? 0 : (int) Math.min(n, srcLen - srcOff);
        if (avail > 0) System.arraycopy(src, (int) srcOff, m.data, d, avail);
        if (avail < n) java.util.Arrays.fill(m.data, d + avail, d + n, (byte) 0);
    }

    // ---- the loop -------------------------------------------------------------------------------------------------

    private long[] stackFor(int depth) {
        long[] s = stacks[depth];
        if (s == null) {
            s = new long[1024 * 4 + 8];
            stacks[depth] = s;
        }
        return s;
    }

    private Memory memoryFor(int depth) {
        Memory m = memories[depth];
        if (m == null) {
            m = new Memory();
            memories[depth] = m;
        } else {
            m.reset();
        }
        return m;
    }

    private void run(Frame f, long startGas) {
        f.stack = stackFor(f.depth);
        f.memory = memoryFor(f.depth);
        loop(f, startGas);
        if (tracer != OperationTracer.NO_TRACING) {
            tracer.onFrameEnd(f.depth, gasLeft, output, halt == null ? null : halt.name());
        }
        f.memory.reset();
    }

    @SuppressWarnings("fallthrough")
    private void loop(Frame f, long startGas) {
        final byte[] code = f.code.bytes;
        final Code codeInfo = f.code;
        final long[] s = f.stack;
        final Memory mem = f.memory;
        final int[] gasTable = table.staticGas;
        final int[] minStack = table.minStack;
        final int[] maxStack = table.maxStack;
        final boolean tracing = tracer != OperationTracer.NO_TRACING;
        long gas = startGas;
        int pc = 0;
        int top = 0;
        while (true) {
            int op = code[pc] & 0xff;
            int items = top >> 2;
            if (tracing) {
                tracer.onStep(pc, op, table.names[op], gas, Math.max(0, gasTable[op]), f.depth, state.refund(), s,
                        items, mem.size, f.returnData);
            }
            int sg = gasTable[op];
            if (sg < 0) {
                finish(ST_HALT, HaltReason.INVALID_OPCODE, 0, Bytes.EMPTY);
                return;
            }
            if (items < minStack[op]) {
                finish(ST_HALT, HaltReason.STACK_UNDERFLOW, 0, Bytes.EMPTY);
                return;
            }
            if (items > maxStack[op]) {
                finish(ST_HALT, HaltReason.STACK_OVERFLOW, 0, Bytes.EMPTY);
                return;
            }
            if (gas < sg) {
                finish(ST_HALT, HaltReason.OUT_OF_GAS, 0, Bytes.EMPTY);
                return;
            }
            gas -= sg;
            int a = top - 4;
            int b = top - 8;
            switch (op) {
                case 0x00 -> {
                    finish(ST_SUCCESS, null, gas, Bytes.EMPTY);
                    return;
                }
                case 0x01 -> {
                    long x0 = s[a], y0 = s[b];
                    long r0 = x0 + y0;
                    long c = Long.compareUnsigned(r0, x0) < 0 ? 1 : 0;
                    long x1 = s[a + 1], y1 = s[b + 1];
                    long r1 = x1 + y1;
                    long c1 = Long.compareUnsigned(r1, x1) < 0 ? 1 : 0;
                    long r1c = r1 + c;
                    c = c1 | (Long.compareUnsigned(r1c, r1) < 0 ? 1 : 0);
                    long x2 = s[a + 2], y2 = s[b + 2];
                    long r2 = x2 + y2;
                    long c2 = Long.compareUnsigned(r2, x2) < 0 ? 1 : 0;
                    long r2c = r2 + c;
                    c = c2 | (Long.compareUnsigned(r2c, r2) < 0 ? 1 : 0);
                    s[b] = r0;
                    s[b + 1] = r1c;
                    s[b + 2] = r2c;
                    s[b + 3] = s[a + 3] + s[b + 3] + c;
                    top = a;
                }
                case 0x02 -> {
                    WordMath.mul(s, a, s, b, s, b);
                    top = a;
                }
                case 0x03 -> {
                    long x0 = s[a], y0 = s[b];
                    long r0 = x0 - y0;
                    long br = Long.compareUnsigned(x0, y0) < 0 ? 1 : 0;
                    long x1 = s[a + 1], y1 = s[b + 1];
                    long r1 = x1 - y1;
                    long b1 = Long.compareUnsigned(x1, y1) < 0 ? 1 : 0;
                    long r1b = r1 - br;
                    br = b1 | (Long.compareUnsigned(r1, br) < 0 ? 1 : 0);
                    long x2 = s[a + 2], y2 = s[b + 2];
                    long r2 = x2 - y2;
                    long b2 = Long.compareUnsigned(x2, y2) < 0 ? 1 : 0;
                    long r2b = r2 - br;
                    br = b2 | (Long.compareUnsigned(r2, br) < 0 ? 1 : 0);
                    s[b] = r0;
                    s[b + 1] = r1b;
                    s[b + 2] = r2b;
                    s[b + 3] = s[a + 3] - s[b + 3] - br;
                    top = a;
                }
                case 0x04 -> {
                    math.divMod(s, a, b, false);
                    top = a;
                }
                case 0x05 -> {
                    math.sdivSmod(s, a, false);
                    top = a;
                }
                case 0x06 -> {
                    math.divMod(s, a, b, true);
                    top = a;
                }
                case 0x07 -> {
                    math.sdivSmod(s, a, true);
                    top = a;
                }
                case 0x08 -> {
                    math.addMod(s, a);
                    top = b;
                }
                case 0x09 -> {
                    math.mulMod(s, a);
                    top = b;
                }
                case 0x0a -> {
                    int bytes = (WordMath.bitLength(s, b) + 7) >>> 3;
                    long cost = 50L * bytes;
                    if (gas < cost) {
                        finish(ST_HALT, HaltReason.OUT_OF_GAS, 0, Bytes.EMPTY);
                        return;
                    }
                    gas -= cost;
                    math.exp(s, a);
                    top = a;
                }
                case 0x0b -> {
                    signExtend(s, a);
                    top = a;
                }
                case 0x10 -> {
                    setLong(s, b, WordMath.compare(s, a, s, b) < 0 ? 1 : 0);
                    top = a;
                }
                case 0x11 -> {
                    setLong(s, b, WordMath.compare(s, a, s, b) > 0 ? 1 : 0);
                    top = a;
                }
                case 0x12 -> {
                    setLong(s, b, WordMath.compareSigned(s, a, b) < 0 ? 1 : 0);
                    top = a;
                }
                case 0x13 -> {
                    setLong(s, b, WordMath.compareSigned(s, a, b) > 0 ? 1 : 0);
                    top = a;
                }
                case 0x14 -> {
                    boolean eq = s[a] == s[b] && s[a + 1] == s[b + 1] && s[a + 2] == s[b + 2] && s[a + 3] == s[b + 3];
                    setLong(s, b, eq ? 1 : 0);
                    top = a;
                }
                case 0x15 -> setLong(s, a, isZero(s, a) ? 1 : 0);
                case 0x16 -> {
                    s[b] &= s[a];
                    s[b + 1] &= s[a + 1];
                    s[b + 2] &= s[a + 2];
                    s[b + 3] &= s[a + 3];
                    top = a;
                }
                case 0x17 -> {
                    s[b] |= s[a];
                    s[b + 1] |= s[a + 1];
                    s[b + 2] |= s[a + 2];
                    s[b + 3] |= s[a + 3];
                    top = a;
                }
                case 0x18 -> {
                    s[b] ^= s[a];
                    s[b + 1] ^= s[a + 1];
                    s[b + 2] ^= s[a + 2];
                    s[b + 3] ^= s[a + 3];
                    top = a;
                }
                case 0x19 -> {
                    s[a] = ~s[a];
                    s[a + 1] = ~s[a + 1];
                    s[a + 2] = ~s[a + 2];
                    s[a + 3] = ~s[a + 3];
                }
                case 0x1a -> {
                    long i = size(s, a);
                    long v = 0;
                    if (i < 32) {
                        int bytePos = 31 - (int) i;
                        v = (s[b + (bytePos >>> 3)] >>> ((bytePos & 7) * 8)) & 0xff;
                    }
                    setLong(s, b, v);
                    top = a;
                }
                case 0x1b -> {
                    long n = size(s, a);
                    if (n >= 256) setLong(s, b, 0);
                    else WordMath.shl(s, b, (int) n);
                    top = a;
                }
                case 0x1c -> {
                    long n = size(s, a);
                    if (n >= 256) setLong(s, b, 0);
                    else WordMath.shr(s, b, (int) n, 0);
                    top = a;
                }
                case 0x1d -> {
                    long n = size(s, a);
                    long fill = s[b + 3] < 0 ? -1L : 0;
                    if (n >= 256) {
                        s[b] = s[b + 1] = s[b + 2] = s[b + 3] = fill;
                    } else {
                        WordMath.shr(s, b, (int) n, fill);
                    }
                    top = a;
                }
                case 0x1e -> setLong(s, a, 256 - WordMath.bitLength(s, a));
                case 0x20 -> {
                    long off = size(s, a), len = size(s, b);
                    if (len >= HUGE || gas < 6 * words(len)) {
                        finish(ST_HALT, HaltReason.OUT_OF_GAS, 0, Bytes.EMPTY);
                        return;
                    }
                    gas -= 6 * words(len);
                    gas = expand(mem, gas, off, len);
                    if (gas < 0) {
                        finish(ST_HALT, HaltReason.OUT_OF_GAS, 0, Bytes.EMPTY);
                        return;
                    }
                    Keccak256.digestInto(mem.data, len == 0 ? 0 : (int) off, (int) len, word, 0);
                    setBytes32(s, b, word, 0);
                    top = a;
                }
                case 0x30 -> {
                    setAddress(s, top, f.address);
                    top += 4;
                }
                case 0x32 -> {
                    setAddress(s, top, origin);
                    top += 4;
                }
                case 0x33 -> {
                    setAddress(s, top, f.caller);
                    top += 4;
                }
                case 0x34 -> {
                    setUInt(s, top, f.value);
                    top += 4;
                }
                case 0x35 -> {
                    long off = size(s, a);
                    byte[] in = f.input;
                    if (off + 32 <= in.length) {
                        setBytes32(s, a, in, (int) off);
                    } else {
                        java.util.Arrays.fill(word, (byte) 0);
                        if (off < in.length) System.arraycopy(in, (int) off, word, 0, in.length - (int) off);
                        setBytes32(s, a, word, 0);
                    }
                }
                case 0x36 -> {
                    setLong(s, top, f.input.length);
                    top += 4;
                }
                case 0x37, 0x39, 0x3e -> {
                    long dst = size(s, a), src = size(s, b), len = size(s, top - 12);
                    if (len >= HUGE || gas < 3 * words(len)) {
                        finish(ST_HALT, HaltReason.OUT_OF_GAS, 0, Bytes.EMPTY);
                        return;
                    }
                    gas -= 3 * words(len);
                    gas = expand(mem, gas, dst, len);
                    if (gas < 0) {
                        finish(ST_HALT, HaltReason.OUT_OF_GAS, 0, Bytes.EMPTY);
                        return;
                    }
                    if (op == 0x37) {
                        copyPadded(f.input, f.input.length, src, mem, dst, len);
                    } else if (op == 0x39) {
                        copyPadded(code, codeInfo.length, src, mem, dst, len);
                    } else {
                        byte[] rd = f.returnData;
                        if (src >= HUGE || src + len > rd.length) {
                            finish(ST_HALT, HaltReason.RETURN_DATA_OUT_OF_BOUNDS, 0, Bytes.EMPTY);
                            return;
                        }
                        copyPadded(rd, rd.length, src, mem, dst, len);
                    }
                    top -= 12;
                }
                case 0x38 -> {
                    setLong(s, top, codeInfo.length);
                    top += 4;
                }
                case 0x3a -> {
                    setUInt(s, top, gasPrice);
                    top += 4;
                }
                case 0x3d -> {
                    setLong(s, top, f.returnData.length);
                    top += 4;
                }
                case 0x31, 0x3b, 0x3f, 0x3c -> {
                    gas = external(op, f, s, top, gas);
                    if (gas < 0) {
                        finish(ST_HALT, halt, 0, Bytes.EMPTY);
                        return;
                    }
                    if (op == 0x3c) top -= 16;
                }
                case 0x40, 0x41, 0x42, 0x43, 0x44, 0x45, 0x46, 0x47, 0x48, 0x49, 0x4a -> top = blockInfo(op, f, s, top);
                case 0x50 -> top = a;
                case 0x51 -> {
                    long off = size(s, a);
                    gas = expand(mem, gas, off, 32);
                    if (gas < 0) {
                        finish(ST_HALT, HaltReason.OUT_OF_GAS, 0, Bytes.EMPTY);
                        return;
                    }
                    setBytes32(s, a, mem.data, (int) off);
                }
                case 0x52 -> {
                    long off = size(s, a);
                    gas = expand(mem, gas, off, 32);
                    if (gas < 0) {
                        finish(ST_HALT, HaltReason.OUT_OF_GAS, 0, Bytes.EMPTY);
                        return;
                    }
                    putBytes32(s, b, mem.data, (int) off);
                    top = b;
                }
                case 0x53 -> {
                    long off = size(s, a);
                    gas = expand(mem, gas, off, 1);
                    if (gas < 0) {
                        finish(ST_HALT, HaltReason.OUT_OF_GAS, 0, Bytes.EMPTY);
                        return;
                    }
                    mem.data[(int) off] = (byte) s[b];
                    top = b;
                }
                case 0x54 -> {
                    UInt256 key = toUInt(s, a);
                    long cost = state.warmSlot(f.address, key) ? 100 : 2100;
                    if (gas < cost) {
                        finish(ST_HALT, HaltReason.OUT_OF_GAS, 0, Bytes.EMPTY);
                        return;
                    }
                    gas -= cost;
                    setUInt(s, a, state.storage(f.address, key));
                }
                case 0x55 -> {
                    gas = sstore(f, s, a, gas);
                    if (gas < 0) {
                        finish(ST_HALT, halt, 0, Bytes.EMPTY);
                        return;
                    }
                    top = b;
                }
                case 0x56 -> {
                    long dest = size(s, a);
                    if (!codeInfo.isJumpdest(dest)) {
                        finish(ST_HALT, HaltReason.INVALID_JUMP, 0, Bytes.EMPTY);
                        return;
                    }
                    pc = (int) dest;
                    top = a;
                    continue;
                }
                case 0x57 -> {
                    top = b;
                    if (!isZero(s, b)) {
                        long dest = size(s, a);
                        if (!codeInfo.isJumpdest(dest)) {
                            finish(ST_HALT, HaltReason.INVALID_JUMP, 0, Bytes.EMPTY);
                            return;
                        }
                        pc = (int) dest;
                        continue;
                    }
                }
                case 0x58 -> {
                    setLong(s, top, pc);
                    top += 4;
                }
                case 0x59 -> {
                    setLong(s, top, mem.size);
                    top += 4;
                }
                case 0x5a -> {
                    setLong(s, top, gas);
                    top += 4;
                }
                case 0x5b -> { }
                case 0x5c -> {
                    setUInt(s, a, state.transientStorage(f.address, toUInt(s, a)));
                }
                case 0x5d -> {
                    if (f.isStatic) {
                        finish(ST_HALT, HaltReason.STATIC_STATE_CHANGE, 0, Bytes.EMPTY);
                        return;
                    }
                    state.setTransientStorage(f.address, toUInt(s, a), toUInt(s, b));
                    top = b;
                }
                case 0x5e -> {
                    long dst = size(s, a), src = size(s, b), len = size(s, top - 12);
                    if (len >= HUGE || gas < 3 * words(len)) {
                        finish(ST_HALT, HaltReason.OUT_OF_GAS, 0, Bytes.EMPTY);
                        return;
                    }
                    gas -= 3 * words(len);
                    gas = expand(mem, gas, Math.max(dst, src), len);
                    if (gas < 0) {
                        finish(ST_HALT, HaltReason.OUT_OF_GAS, 0, Bytes.EMPTY);
                        return;
                    }
                    if (len > 0) System.arraycopy(mem.data, (int) src, mem.data, (int) dst, (int) len);
                    top -= 12;
                }
                case 0x5f -> {
                    setLong(s, top, 0);
                    top += 4;
                }
                case 0x60 -> {
                    setLong(s, top, code[pc + 1] & 0xffL);
                    top += 4;
                    pc += 2;
                    continue;
                }
                case 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6a, 0x6b, 0x6c, 0x6d, 0x6e, 0x6f, 0x70,
                     0x71, 0x72, 0x73, 0x74, 0x75, 0x76, 0x77, 0x78, 0x79, 0x7a, 0x7b, 0x7c, 0x7d, 0x7e, 0x7f -> {
                    int n = op - 0x5f;
                    push(s, top, code, pc + 1, n);
                    top += 4;
                    pc += n + 1;
                    continue;
                }
                case 0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x8b, 0x8c, 0x8d, 0x8e, 0x8f -> {
                    int src = top - ((op - 0x7f) << 2);
                    s[top] = s[src];
                    s[top + 1] = s[src + 1];
                    s[top + 2] = s[src + 2];
                    s[top + 3] = s[src + 3];
                    top += 4;
                }
                case 0x90, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9a, 0x9b, 0x9c, 0x9d, 0x9e, 0x9f -> {
                    int o = a - ((op - 0x8f) << 2);
                    long t0 = s[a], t1 = s[a + 1], t2 = s[a + 2], t3 = s[a + 3];
                    s[a] = s[o];
                    s[a + 1] = s[o + 1];
                    s[a + 2] = s[o + 2];
                    s[a + 3] = s[o + 3];
                    s[o] = t0;
                    s[o + 1] = t1;
                    s[o + 2] = t2;
                    s[o + 3] = t3;
                }
                case 0xa0, 0xa1, 0xa2, 0xa3, 0xa4 -> {
                    gas = log(op - 0xa0, f, s, top, gas);
                    if (gas < 0) {
                        finish(ST_HALT, halt, 0, Bytes.EMPTY);
                        return;
                    }
                    top -= (op - 0xa0 + 2) << 2;
                }
                case 0xf0, 0xf5 -> {
                    gas = createOp(op, f, s, top, gas);
                    if (gas < 0) {
                        finish(ST_HALT, halt, 0, Bytes.EMPTY);
                        return;
                    }
                    top -= op == 0xf0 ? 8 : 12;
                }
                case 0xf1, 0xf2, 0xf4, 0xfa -> {
                    gas = callOp(op, f, s, top, gas);
                    if (gas < 0) {
                        finish(ST_HALT, halt, 0, Bytes.EMPTY);
                        return;
                    }
                    top -= (op == 0xf1 || op == 0xf2) ? 24 : 20;
                }
                case 0xf3, 0xfd -> {
                    long off = size(s, a), len = size(s, b);
                    gas = expand(mem, gas, off, len);
                    if (gas < 0) {
                        finish(ST_HALT, HaltReason.OUT_OF_GAS, 0, Bytes.EMPTY);
                        return;
                    }
                    byte[] out = len == 0 ? Bytes.EMPTY : java.util.Arrays.copyOfRange(mem.data, (int) off, (int) (off + len));
                    finish(op == 0xf3 ? ST_SUCCESS : ST_REVERT, null, gas, out);
                    return;
                }
                case 0xff -> {
                    gas = selfDestruct(f, s, a, gas);
                    if (gas < 0) {
                        finish(ST_HALT, halt, 0, Bytes.EMPTY);
                        return;
                    }
                    finish(ST_SUCCESS, null, gas, Bytes.EMPTY);
                    return;
                }
                default -> {
                    finish(ST_HALT, HaltReason.INVALID_OPCODE, 0, Bytes.EMPTY);
                    return;
                }
            }
            pc++;
        }
    }

    /**
     * PUSHn: the n big-endian bytes at code[start..start+n) as a word. Whole 8-byte limbs are read at once from
     * the low end; the padding after the code (33 bytes) keeps a truncated push in bounds, reading zeros.
     */
    private static void push(long[] s, int top, byte[] code, int start, int n) {
        int end = start + n;
        int full = n >>> 3;
        for (int k = 0; k < full; k++) s[top + k] = (long) LONG_BE.get(code, end - 8 * (k + 1));
        if (full < 4) {
            long part = 0;
            for (int i = start, stop = end - 8 * full; i < stop; i++) part = (part << 8) | (code[i] & 0xffL);
            s[top + full] = part;
            for (int k = full + 1; k < 4; k++) s[top + k] = 0;
        }
    }

    private static void signExtend(long[] s, int a) {
        int b = a - 4;
        long k = size(s, a);
        if (k >= 31) return;
        int bit = (int) k * 8 + 7;
        int limb = bit >>> 6;
        int off = bit & 63;
        boolean neg = ((s[b + limb] >>> off) & 1) != 0;
        long fill = neg ? -1L : 0;
        long mask = off == 63 ? -1L : (1L << (off + 1)) - 1;
        s[b + limb] = neg ? s[b + limb] | ~mask : s[b + limb] & mask;
        for (int i = limb + 1; i < 4; i++) s[b + i] = fill;
    }

    // ---- out-of-line opcodes ------------------------------------------------------------------------------------

    private long oog() {
        halt = HaltReason.OUT_OF_GAS;
        return -1;
    }

    private long fail(HaltReason r) {
        halt = r;
        return -1;
    }

    private long accessCost(Address a) {
        return state.warmAddress(a) ? 0 : 2500;
    }

    /** BALANCE, EXTCODESIZE, EXTCODEHASH (result in place) and EXTCODECOPY. */
    private long external(int op, Frame f, long[] s, int top, long gas) {
        int a = top - 4;
        Address addr = toAddress(s, a);
        long cost = accessCost(addr);
        if (gas < cost) return oog();
        gas -= cost;
        switch (op) {
            case 0x31 -> setUInt(s, a, state.balance(addr));
            case 0x3b -> setLong(s, a, codeOf(addr).length);
            case 0x3f -> {
                if (state.isEmpty(addr)) setLong(s, a, 0);
                else setBytes32(s, a, state.codeHash(addr).unsafeBytes(), 0);
            }
            default -> {
                long dst = size(s, top - 8), src = size(s, top - 12), len = size(s, top - 16);
                if (len >= HUGE || gas < 3 * words(len)) return oog();
                gas -= 3 * words(len);
                gas = expand(f.memory, gas, dst, len);
                if (gas < 0) return oog();
                Code c = codeOf(addr);
                copyPadded(c.bytes, c.length, src, f.memory, dst, len);
            }
        }
        return gas;
    }

    /** BLOCKHASH (in place) and the block/transaction constants that push one word; returns the new top. */
    private int blockInfo(int op, Frame f, long[] s, int top) {
        switch (op) {
            case 0x40 -> {
                int a = top - 4;
                long n = size(s, a);
                Hash h = null;
                if (n < HUGE && n < env.number() && n >= env.number() - 256) h = env.blockHashes().blockHash(n);
                if (h == null) setLong(s, a, 0);
                else setBytes32(s, a, h.unsafeBytes(), 0);
                return top;
            }
            case 0x41 -> setAddress(s, top, env.coinbase());
            case 0x42 -> setLong(s, top, env.timestamp());
            case 0x43 -> setLong(s, top, env.number());
            case 0x44 -> setBytes32(s, top, env.prevRandao().unsafeBytes(), 0);
            case 0x45 -> setLong(s, top, env.gasLimit());
            case 0x46 -> setLong(s, top, chainId);
            case 0x47 -> setUInt(s, top, state.balance(f.address));
            case 0x48 -> setUInt(s, top, env.baseFee());
            case 0x49 -> {
                int a = top - 4;
                long i = size(s, a);
                if (i < blobHashes.size()) setBytes32(s, a, blobHashes.get((int) i).unsafeBytes(), 0);
                else setLong(s, a, 0);
                return top;
            }
            default -> setUInt(s, top, env.blobBaseFee());
        }
        return top + 4;
    }

    /** SSTORE with EIP-2200/2929/3529 pricing and refunds. */
    private long sstore(Frame f, long[] s, int a, long gas) {
        if (f.isStatic) return fail(HaltReason.STATIC_STATE_CHANGE);
        if (gas <= 2300) return oog();
        UInt256 key = toUInt(s, a);
        UInt256 value = toUInt(s, a - 4);
        long cost = state.warmSlot(f.address, key) ? 0 : 2100;
        UInt256 current = state.storage(f.address, key);
        if (current.equals(value)) {
            cost += 100;
        } else {
            UInt256 original = state.originalStorage(f.address, key);
            if (original.equals(current)) {
                if (original.isZero()) {
                    cost += 20000;
                } else {
                    cost += 2900;
                    if (value.isZero()) state.addRefund(4800);
                }
            } else {
                cost += 100;
                if (!original.isZero()) {
                    if (current.isZero()) state.subRefund(4800);
                    else if (value.isZero()) state.addRefund(4800);
                }
                if (original.equals(value)) state.addRefund(original.isZero() ? 19900 : 2800);
            }
        }
        if (gas < cost) return oog();
        state.setStorage(f.address, key, value);
        return gas - cost;
    }

    private long log(int topics, Frame f, long[] s, int top, long gas) {
        if (f.isStatic) return fail(HaltReason.STATIC_STATE_CHANGE);
        long off = size(s, top - 4), len = size(s, top - 8);
        if (len >= HUGE || gas < 8 * len) return oog();
        gas -= 8 * len;
        gas = expand(f.memory, gas, off, len);
        if (gas < 0) return oog();
        List<Hash> t = new ArrayList<>(topics);
        for (int i = 0; i < topics; i++) t.add(toHash(s, top - 12 - 4 * i));
        byte[] data = len == 0 ? Bytes.EMPTY : java.util.Arrays.copyOfRange(f.memory.data, (int) off, (int) (off + len));
        state.addLog(new Log(f.address, t, data));
        return gas;
    }

    private long createOp(int op, Frame f, long[] s, int top, long gas) {
        if (f.isStatic) return fail(HaltReason.STATIC_STATE_CHANGE);
        int a = top - 4;
        UInt256 value = toUInt(s, a);
        long off = size(s, a - 4), len = size(s, a - 8);
        if (len >= HUGE) return oog();
        if (shanghai && len > MAX_INITCODE_SIZE) return fail(HaltReason.INITCODE_SIZE_EXCEEDED);
        long perWord = (shanghai ? 2 : 0) + (op == 0xf5 ? 6 : 0);
        if (gas < perWord * words(len)) return oog();
        gas -= perWord * words(len);
        gas = expand(f.memory, gas, off, len);
        if (gas < 0) return oog();
        UInt256 salt = op == 0xf5 ? toUInt(s, a - 12) : null;
        byte[] init = len == 0 ? Bytes.EMPTY : java.util.Arrays.copyOfRange(f.memory.data, (int) off, (int) (off + len));
        long child = gas - gas / 64;
        gas -= child;
        create(f.address, value, init, child, salt, f.depth);
        int result = top - (op == 0xf0 ? 12 : 16);
        if (status == ST_SUCCESS) setAddress(s, result, created);
        else setLong(s, result, 0);
        f.returnData = status == ST_REVERT ? output : Bytes.EMPTY;
        halt = null;
        return gas + gasLeft;
    }

    private long callOp(int op, Frame f, long[] s, int top, long gas) {
        int a = top - 4;
        boolean hasValue = op == 0xf1 || op == 0xf2;
        long requested = (s[a + 1] | s[a + 2] | s[a + 3]) != 0 || s[a] < 0 ? Long.MAX_VALUE : s[a];
        Address to = toAddress(s, a - 4);
        UInt256 value = hasValue ? toUInt(s, a - 8) : UInt256.ZERO;
        int p = hasValue ? a - 12 : a - 8;
        long inOff = size(s, p), inLen = size(s, p - 4), outOff = size(s, p - 8), outLen = size(s, p - 12);
        gas = expand(f.memory, gas, inOff, inLen);
        if (gas < 0) return oog();
        gas = expand(f.memory, gas, outOff, outLen);
        if (gas < 0) return oog();
        long cost = accessCost(to);
        boolean transfersValue = hasValue && !value.isZero();
        if (transfersValue) {
            cost += 9000;
            if (op == 0xf1 && state.isEmpty(to)) cost += 25000;
        }
        if (prague) {
            Code c = codeOf(to);
            Address target = delegationTarget(c.bytes, c.length);
            if (target != null) cost += state.warmAddress(target) ? 100 : 2600;
        }
        if (gas < cost) return oog();
        gas -= cost;
        if (op == 0xf1 && transfersValue && f.isStatic) return fail(HaltReason.STATIC_STATE_CHANGE);
        long avail = gas - gas / 64;
        long childGas = Math.min(requested, avail);
        gas -= childGas;
        if (transfersValue) childGas += 2300;
        byte[] input = inLen == 0 ? Bytes.EMPTY
                : java.util.Arrays.copyOfRange(f.memory.data, (int) inOff, (int) (inOff + inLen));
        switch (op) {
            case 0xf1 -> call(op, f.address, to, to, value, input, childGas, f.isStatic, f.depth);
            case 0xf2 -> call(op, f.address, f.address, to, value, input, childGas, f.isStatic, f.depth);
            case 0xf4 -> call(op, f.caller, f.address, to, f.value, input, childGas, f.isStatic, f.depth);
            default -> call(op, f.address, to, to, UInt256.ZERO, input, childGas, true, f.depth);
        }
        byte[] out = output;
        if (outLen > 0 && out.length > 0) {
            System.arraycopy(out, 0, f.memory.data, (int) outOff, (int) Math.min(outLen, out.length));
        }
        f.returnData = out;
        setLong(s, top - (hasValue ? 28 : 24), status == ST_SUCCESS ? 1 : 0);
        halt = null;
        return gas + gasLeft;
    }

    private long selfDestruct(Frame f, long[] s, int a, long gas) {
        if (f.isStatic) return fail(HaltReason.STATIC_STATE_CHANGE);
        Address beneficiary = toAddress(s, a);
        long cost = state.warmAddress(beneficiary) ? 0 : 2600;
        UInt256 balance = state.balance(f.address);
        if (!balance.isZero() && state.isEmpty(beneficiary)) cost += 25000;
        if (gas < cost) return oog();
        gas -= cost;
        boolean destroy = !cancun || state.isCreatedInTransaction(f.address);
        state.subBalance(f.address, balance);
        state.addBalance(beneficiary, balance);
        if (destroy) {
            if (beneficiary.equals(f.address)) state.setBalance(f.address, UInt256.ZERO);
            state.markSelfDestructed(f.address);
        }
        return gas;
    }
}
