package uk.nhs.greenbench.parallel;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

class TaskCpuTest {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final long SPIN = 80_000_000L;

    @BeforeEach
    void threadCpuIsMeasurable() {
        Assumptions.assumeTrue(TaskCpu.supported(), "this JVM cannot measure a thread's CPU time");
    }

    @Test
    void cpuSpentByAHelperThreadIsChargedToTheTaskThatHandedItTheWork() throws Exception {
        long used = TaskCpu.measure(() -> onHelper(TaskCpu.current(), TaskCpuTest::spin));
        // The task's own thread only waits for the helper: the helper's spin is what the measure must include.
        assertThat(used).isGreaterThanOrEqualTo(SPIN);
    }

    @Test
    void workAHelperHandsOnIsChargedToTheSameTask() throws Exception {
        long used = TaskCpu.measure(() -> onHelper(TaskCpu.current(),
                () -> onHelper(TaskCpu.current(), TaskCpuTest::spin)));
        assertThat(used).isGreaterThanOrEqualTo(SPIN);
    }

    @Test
    void aHelperThatSaysItIsDoneBeforeItsWorkEndsIsStillCounted() throws Exception {
        // As a subreport's thread tells the report it has finished from inside its work, before its clock is read.
        long used = TaskCpu.measure(() -> {
            java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
            TaskCpu task = TaskCpu.current();
            new Thread(() -> TaskCpu.runFor(task, () -> {
                done.countDown();
                spin();
            })).start();
            try {
                done.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(used).isGreaterThanOrEqualTo(SPIN);
    }

    @Test
    void helperWorkForNoTaskRunsAndIsChargedToNone() throws Exception {
        AtomicBoolean ran = new AtomicBoolean();
        onHelper(null, () -> ran.set(TaskCpu.current() == null));
        assertThat(ran).isTrue();
        long used = TaskCpu.measure(() -> { });
        assertThat(used).isLessThan(SPIN);
    }

    @Test
    void theTaskThatWasCurrentBeforeAMeasureIsCurrentAgainAfterIt() throws Exception {
        TaskCpu.measure(() -> {
            TaskCpu outer = TaskCpu.current();
            TaskCpu.measure(() -> assertThat(TaskCpu.current()).isNotSameAs(outer));
            assertThat(TaskCpu.current()).isSameAs(outer);
        });
        assertThat(TaskCpu.current()).isNull();
    }

    private static void onHelper(TaskCpu task, Runnable work) {
        Thread helper = new Thread(() -> TaskCpu.runFor(task, work));
        helper.start();
        try {
            helper.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void spin() {
        long start = THREADS.getCurrentThreadCpuTime();
        long x = 0;
        while (THREADS.getCurrentThreadCpuTime() - start < SPIN) x += System.nanoTime() & 1;
        if (x == -1) System.out.println(x);
    }
}
