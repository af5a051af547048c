package uk.nhs.greenbench.ingest;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
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
    /** Problems listed before the rest are only counted: enough to fix a file in one pass, not a wall of text. */
    private static final int MAX_LISTED = 20;

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
        List<String> problems = new ArrayList<>();
        int problemCount = 0;
        String encoding;
        // year → org → measure → value, and where each came from
        Map<String, Map<String, Map<String, Double>>> values = new TreeMap<>();
        Map<String, Map<String, Map<String, String>>> rows = new TreeMap<>();
        TextDecoding.Encoding detected;
        try {
            detected = TextDecoding.detect(file);
        } catch (IOException e) {
            throw new InputException("could not read the returns file " + file + ": " + InputException.reason(e), e);
        }
        encoding = detected.label();
        try (Reader in = detected.open(file);
             CSVParser csv = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).get().parse(in)) {
            Map<String, Integer> columns = null;
            for (CSVRecord r : csv) {
                int row = (int) r.getRecordNumber();
                if (columns == null) {
                    columns = header(name, r);
                    continue;
                }
                if (r.size() == 1 && r.get(0).isBlank()) continue;
                List<String> rowProblems = new ArrayList<>();
                String year = year(name, row, cell(r, columns, "year"), rowProblems);
                String org = cell(r, columns, "org_code").toUpperCase(Locale.ROOT);
                if (!ORG.matcher(org).matches()) {
                    rowProblems.add(problem(name, row, "org_code", "expected an ODS organisation code such as R1F or QRL, found \"" + org + "\""));
                }
                String measureId = cell(r, columns, "measure");
                MeasureCatalogue.Measure measure = catalogue.get(measureId);
                if (measure == null || !measure.fromReturns()) {
                    rowProblems.add(problem(name, row, "measure", "\"" + measureId + "\" is not a returns measure; expected one of "
                            + String.join(", ", returnsMeasures(catalogue))));
                }
                Double value = value(name, row, cell(r, columns, "value"), rowProblems);
                Double multiplier = null;
                if (measure != null && measure.fromReturns()) {
                    String unit = cell(r, columns, "unit");
                    multiplier = measure.toCanonical(unit);
                    if (multiplier == null) {
                        List<String> units = new ArrayList<>(List.of(measure.unit()));
                        units.addAll(measure.accepts().keySet());
                        rowProblems.add(problem(name, row, "unit", "\"" + unit + "\" is not a unit of " + measureId + "; expected "
                                + String.join(" or ", units)));
                    }
                }
                if (rowProblems.isEmpty()) {
                    String ref = name + ", row " + row;
                    String earlier = rows.computeIfAbsent(year, k -> new TreeMap<>()).computeIfAbsent(org, k -> new LinkedHashMap<>())
                            .putIfAbsent(measureId, ref);
                    if (earlier != null) {
                        rowProblems.add(problem(name, row, "measure", measureId + " for " + org + " in " + year
                                + " is already given at " + earlier.substring(name.length() + 2) + "; give each figure once"));
                    } else {
                        values.computeIfAbsent(year, k -> new TreeMap<>()).computeIfAbsent(org, k -> new LinkedHashMap<>())
                                .put(measureId, value * multiplier);
                    }
                }
                for (String p : rowProblems) {
                    if (problemCount++ < MAX_LISTED) problems.add(p);
                }
            }
            if (columns == null) throw InputException.at(name, 1, "", "the file is empty; expected the header " + String.join(",", COLUMNS));
        } catch (IOException e) {
            throw new InputException("could not read the returns file " + file + ": " + InputException.reason(e), e);
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new InputException(name + ": not a readable CSV file: " + InputException.reason(e), e);
        }
        if (!problems.isEmpty()) {
            String more = problemCount > MAX_LISTED ? "\n... and " + (problemCount - MAX_LISTED) + " more problems" : "";
            throw new InputException(problemCount + (problemCount == 1 ? " problem" : " problems") + " in the returns file "
                    + name + ":\n" + String.join("\n", problems) + more);
        }
        Map<String, Map<String, Record>> byYear = new TreeMap<>();
        values.forEach((year, orgs) -> orgs.forEach((org, m) -> byYear.computeIfAbsent(year, k -> new TreeMap<>())
                .put(org, new Record(year, org, m, rows.get(year).get(org)))));
        return new ReturnsFile(file, encoding, EricReader.sha256(file), byYear);
    }

    private static Map<String, Integer> header(String file, CSVRecord r) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < r.size(); i++) {
            String h = r.get(i).replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT);
            if (columns.put(h, i) != null) throw InputException.at(file, 1, h, "the column is in the header twice");
        }
        for (String c : COLUMNS) {
            if (!columns.containsKey(c)) {
                throw InputException.at(file, 1, c, "the header has no such column; a returns file starts with the header "
                        + String.join(",", COLUMNS));
            }
        }
        return columns;
    }

    private static String cell(CSVRecord r, Map<String, Integer> columns, String column) {
        int i = columns.get(column);
        return i < r.size() ? r.get(i).trim() : "";
    }

    /** 2023-24 or 2023/24, the second part the year after the first; returned as 2023-24. */
    private static String year(String file, int row, String raw, List<String> problems) {
        var m = YEAR.matcher(raw);
        if (m.matches() && (Integer.parseInt(m.group(1)) + 1) % 100 == Integer.parseInt(m.group(2))) {
            return m.group(1) + "-" + m.group(2);
        }
        problems.add(problem(file, row, "year", "expected a financial year such as 2023-24, found \"" + raw + "\""));
        return raw;
    }

    private static Double value(String file, int row, String raw, List<String> problems) {
        try {
            OptionalDouble v = NumberParser.parse(raw);
            if (v.isEmpty()) {
                problems.add(problem(file, row, "value", "a figure is needed; leave the row out when there is none"));
                return null;
            }
            if (v.getAsDouble() < 0) {
                problems.add(problem(file, row, "value", "expected zero or more, found " + raw));
                return null;
            }
            return v.getAsDouble();
        } catch (NumberParser.NotANumber e) {
            problems.add(problem(file, row, "value", e.getMessage()));
            return null;
        }
    }

    private static String problem(String file, int row, String column, String text) {
        return InputException.at(file, row, column, text).getMessage();
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
