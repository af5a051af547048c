package uk.nhs.greenbench.ingest;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A returns file: figures that are not in ERIC (travel, fleet, anaesthetic gases, staff, spend), supplied by trusts
 * or ICSs as a long CSV with the header {@code year,org_code,measure,value,unit}, one figure a row. Read as strictly
 * as ERIC: every row must name a financial year, an organisation code, a returns measure of
 * {@code layouts/measures.json} and a number of zero or more in that measure's unit (or a unit it accepts, converted),
 * and no figure may be given twice. Every problem is reported with its row and column, and the file is refused.
 */
public final class ReturnsFile {
    public static final List<String> COLUMNS = List.of("year", "org_code", "measure", "value", "unit");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})[-/](\\d{2})");
    private static final Pattern ORG = Pattern.compile("[A-Z0-9]{3,6}");

    /** One organisation's figures for one year, with the row each came from. */
    public record Record(String year, String orgCode, Map<String, Double> measures, Map<String, String> rows) {
        public Record {
            measures = Map.copyOf(measures);
            rows = Map.copyOf(rows);
        }
    }

    private final Path path;
    private final String encoding, sha256;
    private final Map<String, Map<String, Record>> byYear;

    private ReturnsFile(Path path, String encoding, String sha256, Map<String, Map<String, Record>> byYear) {
        this.path = path;
        this.encoding = encoding;
        this.sha256 = sha256;
        this.byYear = byYear;
    }

    public static ReturnsFile read(Path file, MeasureCatalogue catalogue) {
        String name = file.getFileName().toString();
        UserCsv.Problems problems = new UserCsv.Problems("the returns file", name);
        // year → org → measure → value, and where each came from
        Map<String, Map<String, Map<String, Double>>> values = new TreeMap<>();
        Map<String, Map<String, Map<String, String>>> rows = new TreeMap<>();
        TextDecoding.Encoding detected;
        try {
            detected = TextDecoding.detect(file);
        } catch (IOException e) {
            throw new InputException("could not read the returns file " + file + ": " + InputException.reason(e), e);
        }
        try (CSVParser csv = UserCsv.open(file, detected, "the file is empty; expected the header " + String.join(",", COLUMNS))) {
            UserCsv.require(csv, name, COLUMNS, "a returns file starts with the header " + String.join(",", COLUMNS));
            for (CSVRecord r : csv) {
                int row = UserCsv.row(r);
                UserCsv.checkRows(name, "returns file", row);
                if (UserCsv.isBlank(r)) continue;
                int before = problems.count();
                String year = year(row, UserCsv.cell(r, "year"), problems);
                String org = UserCsv.cell(r, "org_code").toUpperCase(Locale.ROOT);
                if (!ORG.matcher(org).matches()) {
                    problems.add(row, "org_code", "expected an ODS organisation code such as R1F or QRL, found \"" + org + "\"");
                }
                String measureId = UserCsv.cell(r, "measure");
                MeasureCatalogue.Measure measure = catalogue.get(measureId);
                if (measure == null || !measure.fromReturns()) {
                    problems.add(row, "measure", "\"" + measureId + "\" is not a returns measure; expected one of "
                            + String.join(", ", returnsMeasures(catalogue)));
                }
                Double value = problems.nonNegative(row, "value", UserCsv.cell(r, "value"),
                        "a figure is needed; leave the row out when there is none");
                Double multiplier = null;
                if (measure != null && measure.fromReturns()) {
                    String unit = UserCsv.cell(r, "unit");
                    multiplier = measure.toCanonical(unit);
                    if (multiplier == null) {
                        List<String> units = new ArrayList<>(List.of(measure.unit()));
                        units.addAll(measure.accepts().keySet());
                        problems.add(row, "unit", "\"" + unit + "\" is not a unit of " + measureId + "; expected " + String.join(" or ", units));
                    }
                }
                if (problems.count() > before) continue;
                String earlier = rows.computeIfAbsent(year, k -> new TreeMap<>()).computeIfAbsent(org, k -> new LinkedHashMap<>())
                        .putIfAbsent(measureId, name + ", row " + row);
                if (earlier != null) {
                    problems.add(row, "measure", measureId + " for " + org + " in " + year + " is already given at "
                            + earlier.substring(name.length() + 2) + "; give each figure once");
                } else {
                    values.computeIfAbsent(year, k -> new TreeMap<>()).computeIfAbsent(org, k -> new LinkedHashMap<>())
                            .put(measureId, value * multiplier);
                }
            }
        } catch (IOException e) {
            throw new InputException("could not read the returns file " + file + ": " + InputException.reason(e), e);
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new InputException(name + ": not a readable CSV file: " + InputException.reason(e), e);
        }
        problems.throwIfAny();
        Map<String, Map<String, Record>> byYear = new TreeMap<>();
        values.forEach((year, orgs) -> orgs.forEach((org, m) -> byYear.computeIfAbsent(year, k -> new TreeMap<>())
                .put(org, new Record(year, org, m, rows.get(year).get(org)))));
        return new ReturnsFile(file, detected.label(), EricReader.sha256(file), byYear);
    }

    /** 2023-24 or 2023/24, the second part the year after the first; returned as 2023-24. */
    private static String year(int row, String raw, UserCsv.Problems problems) {
        var m = YEAR.matcher(raw);
        if (m.matches() && (Integer.parseInt(m.group(1)) + 1) % 100 == Integer.parseInt(m.group(2))) {
            return m.group(1) + "-" + m.group(2);
        }
        problems.add(row, "year", "expected a financial year such as 2023-24, found \"" + raw + "\"");
        return raw;
    }

    private static List<String> returnsMeasures(MeasureCatalogue catalogue) {
        return catalogue.all().values().stream().filter(MeasureCatalogue.Measure::fromReturns).map(MeasureCatalogue.Measure::id).toList();
    }

    public Path path() {
        return path;
    }

    public String fileName() {
        return path.getFileName().toString();
    }

    public String encoding() {
        return encoding;
    }

    public String sha256() {
        return sha256;
    }

    /** Organisation code → its figures for the year (empty when the file has none for it). */
    public Map<String, Record> forYear(String year) {
        return byYear.getOrDefault(year, Map.of());
    }

    public List<String> years() {
        return List.copyOf(byYear.keySet());
    }
}
