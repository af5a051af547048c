package uk.nhs.greenbench.pdf;

import net.sf.jasperreports.engine.fill.JRBaseFiller;
import net.sf.jasperreports.engine.fill.JRFillSubreport;
import net.sf.jasperreports.engine.fill.JRSubreportRunner;
import net.sf.jasperreports.engine.fill.JRSubreportRunnerFactory;
import net.sf.jasperreports.engine.fill.ThreadExecutorSubreportRunner;
import uk.nhs.greenbench.parallel.TaskCpu;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where JasperReports fills tables and subreports (set in jasperreports.properties): on pooled daemon threads, not a
 * new thread for each one as its default does, and with each thread's CPU time charged to the document it works for
 * ({@link TaskCpu}), so the time per report the benchmark reports includes them. The pool is unbounded because a
 * subreport's thread waits while the subreports inside it fill.
 */
public final class SubreportThreads implements JRSubreportRunnerFactory {
    private static final AtomicInteger COUNT = new AtomicInteger();
    private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "greenbench subreport filler " + COUNT.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    @Override
    public JRSubreportRunner createSubreportRunner(JRFillSubreport fillSubreport, JRBaseFiller subreportFiller) {
        TaskCpu document = TaskCpu.current();
        return new ThreadExecutorSubreportRunner(fillSubreport, subreportFiller,
                work -> POOL.execute(() -> TaskCpu.runFor(document, work)));
    }
}
