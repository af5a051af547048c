package uk.nhs.greenbench.ingest;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OpenPrescribing's measure download for {@code environmental_inhalers} (MDI items and all inhaler items, BNF chapter 3
 * excluding salbutamol; the definition is bundled in {@code data/prescribing/environmental_inhalers.json}): one row per
 * organisation and month with at least an organisation code, a date, the numerator and the denominator. Rows for
 * ICBs or for sub-ICB locations (rolled up to their ICB through the ODS list) are summed to each ICB's financial year,
 * April to March. Read as strictly as ERIC: every problem is reported with row and column, and the file is refused.
 */
public final class PrescribingFile {
    public static final String MEASURE = "environmental_inhalers";
    private static final String HEADER_HINT = "OpenPrescribing's measure CSV has an organisation code (org_id), "
            + "date, numerator and denominator";
    private static final List<String> ORG_COLUMNS = List.of("org_id", "org_code", "org", "icb_id", "stp_id", "sicbl_id", "ccg_id", "pct_id", "pct");
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})(?:-\\d{2})?");

    /** One ICB's sums for one financial year. */
    public record IcbYear(String year, String icbCode, double mdiItems, double inhalerItems, int months, String rows) {
    }

    private final Path path;
    private final String sha256;
    private final Map<String, Map<String, IcbYear>> byYear;

    private PrescribingFile(Path path, String sha256, Map<String, Map<String, IcbYear>> byYear) {
        this.path = path;
        this.sha256 = sha256;
        this.byYear = byYear;
    }

    /** @param icbOf an organisation code (ICB or sub-ICB location) → its ICB code, or null when not known */
    public static PrescribingFile read(Path file, Function<String, String> icbOf) {
        String name = file.getFileName().toString();
        UserCsv.Problems problems = new UserCsv.Problems("the prescribing file", name);
        Map<String, Map<String, Running>> running = new TreeMap<>();
        Map<String, String> seen = new HashMap<>();
        try (CSVParser csv = UserCsv.open(file, "the file is empty; expected OpenPrescribing's measure CSV")) {
            String orgHeader = UserCsv.firstColumn(csv, ORG_COLUMNS).orElseThrow(
                    () -> InputException.at(name, 1, "org_id", "the header has no such column; " + HEADER_HINT));
            UserCsv.require(csv, name, List.of("date", "numerator", "denominator"), HEADER_HINT);
            for (CSVRecord r : csv) {
                int row = UserCsv.row(r);
                UserCsv.checkRows(name, "prescribing download", row);
                if (UserCsv.isBlank(r)) continue;
                int before = problems.count();
                String measure = UserCsv.cell(r, "measure");
                if (csv.getHeaderMap().containsKey("measure") && !measure.equals(MEASURE)) {
                    problems.add(row, "measure", "expected " + MEASURE + " (OpenPrescribing's MDI measure), found \"" + measure + "\"");
                }
                String org = UserCsv.cell(r, orgHeader).toUpperCase(Locale.ROOT);
                String icb = icbOf.apply(org);
                if (icb == null) problems.add(row, orgHeader, "\"" + org + "\" is not an ICB or sub-ICB location in the ODS lists");
                Matcher d = DATE.matcher(UserCsv.cell(r, "date"));
                String year = null, month = null;
                if (d.matches() && Integer.parseInt(d.group(2)) >= 1 && Integer.parseInt(d.group(2)) <= 12) {
                    int y = Integer.parseInt(d.group(1)), m = Integer.parseInt(d.group(2));
                    int start = m >= 4 ? y : y - 1;
                    year = start + "-" + String.format(Locale.ROOT, "%02d", (start + 1) % 100);
                    month = d.group(1) + "-" + d.group(2);
                } else {
                    problems.add(row, "date", "expected a month such as 2023-04-01, found \"" + UserCsv.cell(r, "date") + "\"");
                }
                Double num = problems.nonNegative(row, "numerator", UserCsv.cell(r, "numerator"), "a number is needed");
                Double den = problems.nonNegative(row, "denominator", UserCsv.cell(r, "denominator"), "a number is needed");
                if (num != null && den != null && num > den) {
                    problems.add(row, "numerator", "the MDI items (" + UserCsv.cell(r, "numerator") + ") exceed all inhaler items ("
                            + UserCsv.cell(r, "denominator") + ")");
                }
                if (problems.count() > before) continue;
                String earlier = seen.putIfAbsent(org + "|" + month, "row " + row);
                if (earlier != null) {
                    problems.add(row, orgHeader, org + " " + month + " is already at " + earlier + "; give each organisation's month once");
                } else {
                    running.computeIfAbsent(year, k -> new TreeMap<>()).computeIfAbsent(icb, k -> new Running(row)).add(num, den, month, row);
                }
            }
        } catch (IOException e) {
            throw new InputException("could not read the prescribing file " + file + ": " + InputException.reason(e), e);
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new InputException(name + ": not a readable CSV file: " + InputException.reason(e), e);
        }
        problems.throwIfAny();
        Map<String, Map<String, IcbYear>> byYear = new TreeMap<>();
        running.forEach((year, icbs) -> icbs.forEach((icb, t) -> byYear.computeIfAbsent(year, k -> new TreeMap<>())
                .put(icb, new IcbYear(year, icb, t.mdi, t.all, t.months.size(), name + " rows " + t.first + "-" + t.last))));
        return new PrescribingFile(file, EricReader.sha256(file), byYear);
    }

    /** One ICB's year as its rows are read. */
    private static final class Running {
        private double mdi, all;
        private final Set<String> months = new TreeSet<>();
        private int first, last;

        Running(int row) {
            first = last = row;
        }

        void add(double numerator, double denominator, String month, int row) {
            mdi += numerator;
            all += denominator;
            months.add(month);
            first = Math.min(first, row);
            last = Math.max(last, row);
        }
    }

    public Path path() {
        return path;
    }

    public String sha256() {
        return sha256;
    }

    /** ICB code → its sums for the financial year. */
    public Map<String, IcbYear> forYear(String year) {
        return byYear.getOrDefault(year, Map.of());
    }

    public List<String> years() {
        return List.copyOf(byYear.keySet());
    }
}
