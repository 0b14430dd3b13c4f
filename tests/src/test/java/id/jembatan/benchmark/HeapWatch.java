package id.jembatan.benchmark;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Heap use over one measured phase: the largest heap in use seen by a 10 ms sampler (garbage included), the largest
 * heap left after a collection (what the phase really keeps), and the GC count and time.
 */
public final class HeapWatch implements AutoCloseable {

    /** What the heap did during a phase, in bytes and milliseconds. */
    public record Report(long sampledPeak, long afterGcPeak, long maxHeap, long gcCount, long gcMillis) {

        @Override
        public String toString() {
            return String.format("heap in use peak %s (sampled every 10 ms), after GC peak %s, max heap %s; %d GCs,"
                    + " %d ms", mib(sampledPeak), mib(afterGcPeak), mib(maxHeap), gcCount, gcMillis);
        }
    }

    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == java.lang.management.MemoryType.HEAP)
            .map(java.lang.management.MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
    private final NotificationListener afterGc = this::collected;
    private final long gcCountBefore;
    private final long gcMillisBefore;
    private final Thread sampler;
    private volatile boolean running = true;
    private volatile long sampledPeak;
    private volatile long afterGcPeak;

    private HeapWatch() {
        gcCountBefore = gcCount();
        gcMillisBefore = gcMillis();
        collectors.forEach(gc -> ((NotificationEmitter) gc).addNotificationListener(afterGc, null, null));
        sampler = new Thread(this::sample, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    public static HeapWatch start() {
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

    private void collected(Notification notification, Object handback) {
        if (!notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                (CompositeData) notification.getUserData());
        long after = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                .filter(pool -> heapPools.contains(pool.getKey()))
                .mapToLong(pool -> pool.getValue().getUsed()).sum();
        synchronized (this) {
            afterGcPeak = Math.max(afterGcPeak, after);
        }
    }

    public Report stop() {
        close();
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return new Report(sampledPeak, afterGcPeak, heap.getMax(), gcCount() - gcCountBefore,
                gcMillis() - gcMillisBefore);
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        for (GarbageCollectorMXBean gc : collectors) {
            try {
                ((NotificationEmitter) gc).removeNotificationListener(afterGc);
            } catch (ListenerNotFoundException e) {
                // already removed by an earlier close
            }
        }
    }

    private long gcCount() {
        return collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    private long gcMillis() {
        return collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    public static String mib(long bytes) {
        return String.format("%.0f MiB", bytes / 1048576.0);
    }
}
