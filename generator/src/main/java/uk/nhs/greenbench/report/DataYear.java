package uk.nhs.greenbench.report;

import java.time.LocalDate;

/** The fixed date every document carries: 31 March at the end of the data's financial year, never the run's date. */
public final class DataYear {
    private DataYear() {
    }

    /** 31 March at the end of a financial year such as {@code 2023-24}. */
    public static LocalDate end(String financialYear) {
        return uk.nhs.greenbench.model.FinancialYear.parse(financialYear).end();
    }
}
