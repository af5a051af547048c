package uk.nhs.greenbench.ingest;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import uk.nhs.greenbench.TestProject;
import uk.nhs.greenbench.figures.Figures;
import uk.nhs.greenbench.Fixtures;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real ERIC 2019/20 rows with random cells replaced by random text (synthetic mutations): reading and computing
 * must end in figures or in an {@link InputException} with a located message, never in another exception.
 */
class MutatedEricRowsPropertyTest {
    private static SourceTable base;
    private static List<SourceTable.Row> baseRows;
    private static EricLayout layout;

    @BeforeContainer
    static void loadRealRows() throws Exception {
        var file = TestProject.home().resolve("data/eric/2019-20/ERIC_201920_SiteData_for_R.csv");
        SourceTable all = CsvTableReader.read(file, 1, (char) 0);
        baseRows = Fixtures.rows(all).subList(0, 60);
        base = new SourceTable("synthetic-mutated.csv", "", 1, all.headers(), SourceTable.Rows.of(baseRows), all.encoding());
        layout = TestProject.project().layouts().all().stream().filter(l -> l.id().equals("eric-site-2019-20")).findFirst().orElseThrow();
    }

    @Provide
    Arbitrary<String> cellText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(12),
                Arbitraries.of("", " ", "Not Applicable", "N/A", "-", "#REF!", "1e400", "NaN", "Infinity", "-0", "£1,000",
                        "1,2,3", "1,000,000", "0.000001", "-5", "=1+2", "@SUM(A1)", "Result", "Grand Total", "\u0000", "9".repeat(400)),
                Arbitraries.doubles().between(-1e12, 1e12).map(d -> String.format(java.util.Locale.UK, "%,.2f", d)));
    }

    @Property(tries = 150)
    void mutatedRowsNeverEscapeAsAnUnexpectedException(@ForAll("cellText") String text, @ForAll("cellText") String text2,
                                                        @ForAll long seed) {
        java.util.Random random = new java.util.Random(seed);
        List<SourceTable.Row> rows = new ArrayList<>();
        for (SourceTable.Row r : baseRows) rows.add(new SourceTable.Row(r.number(), new ArrayList<>(r.cells())));
        for (String t : new String[]{text, text2}) {
            SourceTable.Row r = rows.get(random.nextInt(rows.size()));
            r.cells().set(random.nextInt(r.cells().size()), t);
        }
        SourceTable mutated = new SourceTable(base.fileName(), "", 1, base.headers(), SourceTable.Rows.of(rows), base.encoding());
        try {
            List<SiteRecord> records = new ArrayList<>();
            EricReader.map(mutated, layout, "0", records::add);
            Figures f = Fixtures.figures("2019-20", records);
            assertThat(f.rows()).isNotEmpty();
            f.rows().forEach(r -> {
                if (r.value() != null) assertThat(r.value()).isFinite();
            });
        } catch (InputException e) {
            assertThat(e.getMessage()).contains("synthetic-mutated.csv");
        }
    }
}
