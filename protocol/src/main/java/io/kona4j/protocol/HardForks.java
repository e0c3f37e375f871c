package io.kona4j.protocol;

/**
 * Activation timestamps of the OP hardforks (L2 block time, seconds); {@code null} = not scheduled. Field names as in
 * kona's {@code HardForkConfig} and the registry's {@code [hardforks]} table (PROTOCOL.md §5).
 *
 * @param pectraBlobSchedule keeps the Cancun blob base fee fraction for L1 origins before it (Sepolia chains only)
 * @param keepKarstUpgradeGas whether the Karst activation block's upgrade gas stays in the gas limit afterwards
 */
public record HardForks(Long regolith, Long canyon, Long delta, Long ecotone, Long fjord, Long granite, Long holocene,
                        Long pectraBlobSchedule, Long isthmus, Long jovian, Long karst, Long interop,
                        boolean keepKarstUpgradeGas) {
    /** No fork scheduled. */
    public static final HardForks NONE = new HardForks(null, null, null, null, null, null, null, null, null, null,
            null, null, false);

    public HardForks {
        Long[] ordered = {regolith, canyon, delta, ecotone, fjord, granite, holocene, isthmus, jovian, karst, interop};
        String[] names = {"regolith", "canyon", "delta", "ecotone", "fjord", "granite", "holocene", "isthmus",
            "jovian", "karst", "interop"};
        for (int i = 0; i < ordered.length; i++) {
            if (ordered[i] != null && ordered[i] < 0) {
                throw new RollupConfigException(names[i] + "_time is negative: " + ordered[i]);
            }
            for (int j = i + 1; j < ordered.length; j++) {
                if (ordered[i] != null && ordered[j] != null && ordered[j] < ordered[i]) {
                    throw new RollupConfigException(names[j] + "_time " + ordered[j] + " is before " + names[i]
                            + "_time " + ordered[i] + ": forks must activate in order");
                }
            }
        }
    }

    /** The activation time of {@code fork}, or {@code null} if it is not scheduled. */
    public Long time(Hardfork fork) {
        return switch (fork) {
            case REGOLITH -> regolith;
            case CANYON -> canyon;
            case DELTA -> delta;
            case ECOTONE -> ecotone;
            case FJORD -> fjord;
            case GRANITE -> granite;
            case HOLOCENE -> holocene;
            case PECTRA_BLOB_SCHEDULE -> pectraBlobSchedule;
            case ISTHMUS -> isthmus;
            case JOVIAN -> jovian;
            case KARST -> karst;
            case INTEROP -> interop;
        };
    }

    /**
     * Every fork of the main line from Regolith through {@code last} at {@code time}, later ones unscheduled (devnets,
     * tests). {@code last} may not be {@link Hardfork#PECTRA_BLOB_SCHEDULE}.
     */
    public static HardForks through(Hardfork last, long time) {
        if (last == Hardfork.PECTRA_BLOB_SCHEDULE) {
            throw new RollupConfigException("the Pectra blob schedule is not on the main line of forks");
        }
        Long[] t = new Long[Hardfork.values().length];
        for (Hardfork f : Hardfork.values()) {
            if (f.ordinal() > last.ordinal()) break;
            if (f != Hardfork.PECTRA_BLOB_SCHEDULE) t[f.ordinal()] = time;
        }
        return new HardForks(t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7], t[8], t[9], t[10], t[11], false);
    }

    /** A copy with {@code fork} scheduled at {@code time} ({@code null} unschedules it). */
    public HardForks with(Hardfork fork, Long time) {
        Long[] t = new Long[Hardfork.values().length];
        for (Hardfork f : Hardfork.values()) t[f.ordinal()] = f == fork ? time : time(f);
        return new HardForks(t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7], t[8], t[9], t[10], t[11],
                keepKarstUpgradeGas);
    }
}
