package uk.nhs.greenbench.bench;

import uk.nhs.greenbench.ingest.SiteRecord;
import uk.nhs.greenbench.registry.OrgRegistry;
import uk.nhs.greenbench.registry.Organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * A synthetic national set N times the size of the real one, for the scale benchmark only: every real site row
 * is passed on, followed by N-1 copies belonging to synthetic trusts ({@code SYN2R0A} is copy 2 of R0A, named
 * "SYNTHETIC COPY 2 OF …") whose every measure is the real one times a factor between 0.7 and 1.3, fixed per
 * trust, copy and measure so that each copy differs from its original but stays like a real trust. The copies
 * sit in their originals' ICS and region, so areas grow N-fold; each copy number forms its own peer groups
 * ("ACUTE - SMALL SYNTHETIC SET 2"), so a trust is compared with as many peers as in the real data, as it would
 * be in a larger health system. Never written into a real pack.
 */
final class SyntheticCopies implements UnaryOperator<Consumer<SiteRecord>> {
    private static final double SPREAD = 0.3;
    private final int factor;

    SyntheticCopies(int factor) {
        this.factor = factor;
    }

    static String code(String original, int copy) {
        return "SYN" + copy + original;
    }

    @Override
    public Consumer<SiteRecord> apply(Consumer<SiteRecord> sink) {
        return r -> {
            sink.accept(r);
            for (int copy = 2; copy <= factor; copy++) sink.accept(copyOf(r, copy));
        };
    }

    private static SiteRecord copyOf(SiteRecord r, int copy) {
        Map<String, Double> measures = new TreeMap<>();
        r.measures().forEach((m, v) -> measures.put(m, v * multiplier(r.trustCode(), copy, m)));
        return new SiteRecord(code(r.trustCode(), copy), "SYNTHETIC COPY " + copy + " OF " + r.trustName(), r.region(),
                r.trustType() + " SYNTHETIC SET " + copy, r.siteCode(), r.siteName(), r.siteType(), measures, "SYNTHETIC copy " + copy + " of " + r.sourceRow());
    }

    /** The same for every site of a trust copy, so the copy's sites stay consistent with one another. */
    private static double multiplier(String trust, int copy, String measure) {
        long seed = ((long) trust.hashCode() * 31 + copy) * 31 + measure.hashCode();
        return 1 - SPREAD + 2 * SPREAD * new Random(seed).nextDouble();
    }

    /** The registry with every real trust's copies placed where the original is. */
    OrgRegistry registry(OrgRegistry real) {
        List<Organisation> copies = new ArrayList<>();
        for (Organisation o : real.trusts().values()) {
            for (int copy = 2; copy <= factor; copy++) {
                copies.add(new Organisation(code(o.code(), copy), "SYNTHETIC COPY " + copy + " OF " + o.name(),
                        o.regionCode(), o.icbCode(), o.openDate(), o.closeDate()));
            }
        }
        return real.withTrusts(copies);
    }
}
