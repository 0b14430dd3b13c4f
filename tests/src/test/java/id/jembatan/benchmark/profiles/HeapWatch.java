package id.jembatan.benchmark.profiles;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;

/**
 * Heap use over one measured phase: the heap pools' peak usage (MemoryPoolMXBean, reset at the start), the largest
 * heap in use seen by a 10 ms sampler, the old generation after its collections, and the GC count and time.
 */
final class HeapWatch implements AutoCloseable {

    /** What the heap did during a phase, in bytes and milliseconds. */
    record Report(long sampledPeak, long poolPeakSum, long oldAfterGc, long maxHeap, long gcCount, long gcMillis) {

        @Override
        public String toString() {
            return String.format("heap in use peak %s (sampled every 10 ms; sum of pool peaks %s), old gen after GC"
                    + " %s, max heap %s; %d GCs, %d ms", mib(sampledPeak), mib(poolPeakSum), mib(oldAfterGc),
                    mib(maxHeap), gcCount, gcMillis);
        }
    }

    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
    private final long gcCountBefore;
    private final long gcMillisBefore;
    private final Thread sampler;
    private volatile boolean running = true;
    private volatile long sampledPeak;

    private HeapWatch() {
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        gcCountBefore = gcCount();
        gcMillisBefore = gcMillis();
        sampler = new Thread(this::sample, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    static HeapWatch start() {
        return new HeapWatch();
    }

    private void sample() {
        while (running) {
            long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            if (used > sampledPeak) {
                sampledPeak = used;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    Report stop() {
        running = false;
        sampler.interrupt();
        long poolPeaks = pools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        long oldAfterGc = pools.stream().filter(pool -> pool.getName().contains("Old"))
                .map(MemoryPoolMXBean::getCollectionUsage).filter(usage -> usage != null)
                .mapToLong(MemoryUsage::getUsed).sum();
        return new Report(sampledPeak, poolPeaks, oldAfterGc,
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax(),
                gcCount() - gcCountBefore, gcMillis() - gcMillisBefore);
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    static String mib(long bytes) {
        return String.format("%.0f MiB", bytes / 1048576.0);
    }
}
