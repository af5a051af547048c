package uk.nhs.greenbench.bench;

import uk.nhs.greenbench.model.Level;
import uk.nhs.greenbench.report.DocumentQueue;

import java.util.Collection;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The CPU time a run's documents took, averaged over the ones asked for: a kind, a level, or the files of a sample.
 * A report on England or a region lists every member on every indicator and costs several trust reports, so the
 * average over all reports depends on how many areas a pack has; the comparison with LibreOffice, which converts trust
 * workbooks, is made with the same trusts' reports.
 */
record DocumentCpu(DocumentQueue.Stats stats) {
    /** Mean CPU seconds per document of this kind. */
    OptionalDouble perDocument(String kind) {
        return mean(w -> w.kind().equals(kind));
    }

    /** Mean CPU seconds per document of this kind for trusts ({@code trusts}) or for areas. */
    OptionalDouble perDocument(String kind, boolean trusts) {
        return mean(w -> w.kind().equals(kind) && (w.org().level() == Level.TRUST) == trusts);
    }

    /** Mean CPU seconds per document of this kind whose file has one of these names without their extension. */
    OptionalDouble perDocument(String kind, Collection<String> stems) {
        Set<String> wanted = Set.copyOf(stems);
        return mean(w -> w.kind().equals(kind) && wanted.contains(stem(w.fileName())));
    }

    static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? fileName : fileName.substring(0, dot);
    }

    private OptionalDouble mean(Predicate<DocumentQueue.Written> which) {
        return stats.written().stream().filter(which).filter(w -> w.cpuNanos() >= 0).mapToLong(DocumentQueue.Written::cpuNanos)
                .average().stream().map(n -> n / 1e9).findFirst();
    }
}
