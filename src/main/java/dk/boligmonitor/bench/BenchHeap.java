package dk.boligmonitor.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * The heap's peak use between two moments, from the JVM's own per-pool peaks. The pools' peaks are summed,
 * though they may have peaked at different moments: an upper bound, which is what sizing -Xmx needs.
 */
final class BenchHeap {

    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isValid()).toList();

    /** The peak since the last call, after which the next period starts from the use of this moment. */
    long takePeak() {
        long peak = pools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        return peak;
    }
}
