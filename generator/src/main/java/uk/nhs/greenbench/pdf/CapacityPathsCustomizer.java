package uk.nhs.greenbench.pdf;

import org.jfree.data.xy.XYDataset;

/** The capacity page's paths chart (capacity-page.jrxml): as the trend charts, with the Net Zero path, its last series, dashed. */
public final class CapacityPathsCustomizer extends YearAxisCustomizer {
    @Override
    protected int pathSeries(XYDataset data) {
        return data.getSeriesCount() - 1;
    }
}
