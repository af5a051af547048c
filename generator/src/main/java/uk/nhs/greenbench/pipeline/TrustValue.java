package uk.nhs.greenbench.pipeline;

import uk.nhs.greenbench.pipeline.TrustValue;

import uk.nhs.greenbench.model.IndicatorInputs;
import uk.nhs.greenbench.pipeline.TrustDirectory;

/** A trust's computed value for one indicator (NaN when it has none), with the sums behind it. */
public record TrustValue(TrustDirectory.Entry trust, IndicatorInputs inputs, double value) {
    public boolean hasValue() {
        return !Double.isNaN(value);
    }
}
