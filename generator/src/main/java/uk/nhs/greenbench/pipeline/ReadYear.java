package uk.nhs.greenbench.pipeline;

import uk.nhs.greenbench.figures.Figures;

import java.util.List;

/** A year's files as read: the running sums of its trusts and the files' descriptions for the manifest. */
public record ReadYear(String year, YearSums sums, List<Figures.InputFile> inputs) {
    public ReadYear {
        inputs = List.copyOf(inputs);
    }
}
