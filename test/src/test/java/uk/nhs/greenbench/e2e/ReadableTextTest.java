package uk.nhs.greenbench.e2e;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a reader sees is written for people: no floating-point noise (0.27799999999999997), titles keep their
 * acronyms inside sentences (never "mDI share"), and no doubled phrases, in the reports and the workbooks' text.
 */
class ReadableTextTest {
    private static final Pattern NOISE = Pattern.compile("\\d\\.\\d{8,}");
    private static final List<String> BROKEN = List.of("mDI", "not available and not available", "uK grid");

    private static List<String> problems(String where, String text) {
        List<String> found = new java.util.ArrayList<>();
        Matcher m = NOISE.matcher(text);
        while (m.find()) found.add(where + ": " + text.substring(Math.max(0, m.start() - 40), Math.min(text.length(), m.end() + 10)));
        for (String b : BROKEN) if (text.contains(b)) found.add(where + ": " + b);
        return found;
    }

    @Test
    void reportsAndWorkbooksHaveNoFloatingPointNoiseOrBrokenCapitals() throws Exception {
        Path pack = Packs.pack(PdfReportsTest.YEAR);
        List<String> found = new java.util.ArrayList<>();
        for (String[] org : new String[][]{{"national", "ENG"}, {"regions", "Y56"}, {"ics", "QKK"}, {"trusts", "RJ1"}, {"trusts", "R1F"}}) {
            found.addAll(problems(org[1] + " report", PdfReportsTest.text(PdfReportsTest.report(org[0], org[1]))));
            Path workbook = Workbooks.find(pack.resolve(org[0]), org[1]);
            found.addAll(problems(org[1] + " workbook", Workbooks.entry(workbook, "xl/sharedStrings.xml")));
        }
        assertThat(found).isEmpty();
    }

    @Test
    void anIndicatorOfNothingButZerosShowsItsZerosWithoutAxisNoise() throws Exception {
        // South East London's member trusts all sent no domestic waste to landfill, and so did their peer medians.
        List<org.apache.commons.csv.CSVRecord> members = Packs.figures(PdfReportsTest.YEAR).stream().filter(r -> r.get("level").equals("trust")
                && r.get("ics_code").equals("QKK") && r.get("indicator").equals("landfill-share")).toList();
        assertThat(members).isNotEmpty().allSatisfy(r -> {
            assertThat(r.get("value")).isIn("0", "");
            assertThat(r.get("peer_median")).isIn("0", "");
        });
        String text = PdfReportsTest.text(PdfReportsTest.report("ics", "QKK"));
        assertThat(text).contains("Landfill share of domestic waste (%)").doesNotContainPattern("\\dE-\\d");
    }
}
