package uk.nhs.greenbench.xlsx;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Works out the cached results of a workbook's formulas, so that readers which do not calculate (previewers,
 * pandas, a first look in LibreOffice) see the numbers. Covers the formulas greenbench writes: numbers, text,
 * cell and range references (on any sheet), defined names, {@code + - * /}, comparisons, and SUM, MAX, MIN, IF,
 * SUMIFS and PERCENTILE(.INC) with Excel's rules for blanks and text. Anything else is a programming error and
 * fails loudly rather than writing a wrong cached value.
 */
final class FormulaEvaluator {
    /** An Excel error value such as {@code #DIV/0!}. */
    record Err(String code) {
    }

    /** A rectangle of cells on one sheet. */
    private record Area(Sheet sheet, int r1, int c1, int r2, int c2) {
        boolean single() {
            return r1 == r2 && c1 == c2;
        }

        int rows() {
            return r2 - r1 + 1;
        }

        int cols() {
            return c2 - c1 + 1;
        }
    }

    private final Map<String, Sheet> sheets = new HashMap<>();
    private final Map<String, String> names = new HashMap<>();
    private final Map<Sheet, Map<Long, Object>> memo = new HashMap<>();
    private final Set<String> evaluating = new HashSet<>();

    FormulaEvaluator(Workbook wb) {
        for (Sheet s : wb.sheets()) sheets.put(s.name().toUpperCase(Locale.ROOT), s);
        wb.names().forEach((k, v) -> names.put(k.toUpperCase(Locale.ROOT), v));
    }

    /** The value of a cell: a Double, String, Boolean, {@link Err}, or null when blank. */
    Object value(Sheet sheet, int row, int col) {
        Cell c = sheet.get(row, col);
        if (c == null) return null;
        if (c instanceof Cell.Number n) return n.value();
        if (c instanceof Cell.Text t) return t.value();
        Map<Long, Object> cache = memo.computeIfAbsent(sheet, s -> new HashMap<>());
        long key = (long) row * 16384 + col;
        if (cache.containsKey(key)) return cache.get(key);
        String id = sheet.name() + "!" + Ref.cell(row, col);
        if (!evaluating.add(id)) throw new IllegalStateException("circular reference at " + id);
        Object v;
        try {
            v = deref(new Parser(((Cell.Formula) c).formula(), sheet).parse());
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot evaluate " + id + " =" + ((Cell.Formula) c).formula() + ": " + e.getMessage(), e);
        } finally {
            evaluating.remove(id);
        }
        if (v == null) v = 0.0;
        cache.put(key, v);
        return v;
    }

    private Object deref(Object v) {
        if (v instanceof Area a) {
            if (!a.single()) return new Err("#VALUE!");
            return value(a.sheet(), a.r1(), a.c1());
        }
        return v;
    }

    private static Object number(Object v) {
        if (v == null) return 0.0;
        if (v instanceof Double || v instanceof Err) return v;
        if (v instanceof Boolean b) return b ? 1.0 : 0.0;
        try {
            return Double.parseDouble(((String) v).trim());
        } catch (NumberFormatException e) {
            return new Err("#VALUE!");
        }
    }

    /** Every value an argument stands for: each cell of a range, or the value itself. */
    private List<Object> values(Object arg) {
        List<Object> out = new ArrayList<>();
        if (arg instanceof Area a) {
            for (int r = a.r1(); r <= a.r2(); r++) for (int c = a.c1(); c <= a.c2(); c++) out.add(value(a.sheet(), r, c));
        } else {
            out.add(arg);
        }
        return out;
    }

    /** Numbers of the arguments as SUM and MAX take them: numbers in ranges, any number-like argument given directly. */
    private Object numbers(List<Object> args, List<Double> into) {
        for (Object arg : args) {
            boolean direct = !(arg instanceof Area);
            for (Object v : values(arg)) {
                if (v instanceof Err) return v;
                if (v instanceof Double d) into.add(d);
                else if (direct && v != null) {
                    Object n = number(v);
                    if (n instanceof Err) return n;
                    into.add((Double) n);
                }
            }
        }
        return null;
    }

    private Object call(String fn, List<Object> args) {
        switch (fn) {
            case "SUM", "MAX", "MIN" -> {
                List<Double> xs = new ArrayList<>();
                Object err = numbers(args, xs);
                if (err != null) return err;
                if (fn.equals("SUM")) return xs.stream().mapToDouble(Double::doubleValue).sum();
                if (xs.isEmpty()) return 0.0;
                return fn.equals("MAX") ? xs.stream().mapToDouble(Double::doubleValue).max().getAsDouble()
                        : xs.stream().mapToDouble(Double::doubleValue).min().getAsDouble();
            }
            case "IF" -> {
                Object cond = deref(args.get(0));
                if (cond instanceof Err) return cond;
                boolean yes;
                if (cond instanceof Boolean b) yes = b;
                else if (cond == null) yes = false;
                else if (cond instanceof Double d) yes = d != 0;
                else return new Err("#VALUE!");
                if (yes) return deref(args.get(1));
                return args.size() > 2 ? deref(args.get(2)) : Boolean.FALSE;
            }
            case "SUMIFS" -> {
                if (args.size() < 3 || args.size() % 2 == 0) throw new IllegalArgumentException("SUMIFS needs a range and pairs");
                Area sum = (Area) args.get(0);
                double total = 0;
                for (int i = 0; i < sum.rows() * sum.cols(); i++) {
                    boolean all = true;
                    for (int k = 1; k < args.size() && all; k += 2) {
                        Area crit = (Area) args.get(k);
                        Object cell = value(crit.sheet(), crit.r1() + i / sum.cols(), crit.c1() + i % sum.cols());
                        all = matches(cell, deref(args.get(k + 1)));
                    }
                    if (!all) continue;
                    Object v = value(sum.sheet(), sum.r1() + i / sum.cols(), sum.c1() + i % sum.cols());
                    if (v instanceof Err) return v;
                    if (v instanceof Double d) total += d;
                }
                return total;
            }
            case "PERCENTILE", "PERCENTILE.INC", "_XLFN.PERCENTILE.INC" -> {
                List<Double> xs = new ArrayList<>();
                Object err = numbers(List.of(args.get(0)), xs);
                if (err != null) return err;
                Object k = number(deref(args.get(1)));
                if (k instanceof Err) return k;
                double p = (Double) k;
                if (xs.isEmpty() || p < 0 || p > 1) return new Err("#NUM!");
                double[] sorted = xs.stream().mapToDouble(Double::doubleValue).toArray();
                Arrays.sort(sorted);
                double rank = p * (sorted.length - 1);
                int lo = (int) Math.floor(rank);
                int hi = Math.min(lo + 1, sorted.length - 1);
                return sorted[lo] + (rank - lo) * (sorted[hi] - sorted[lo]);
            }
            default -> throw new IllegalArgumentException("function " + fn + " is not supported");
        }
    }

    /** SUMIFS criteria: a number, {@code ">0"}-style comparisons, or text compared without regard to case. */
    private static boolean matches(Object cell, Object criterion) {
        if (criterion instanceof Double d) return cell instanceof Double c && c.equals(d);
        String s = criterion == null ? "" : criterion.toString();
        String op = "=";
        for (String o : new String[]{"<=", ">=", "<>", "<", ">", "="}) {
            if (s.startsWith(o)) {
                op = o;
                s = s.substring(o.length());
                break;
            }
        }
        Double n = null;
        try {
            n = Double.parseDouble(s.trim());
        } catch (NumberFormatException notNumber) {
            // compared as text
        }
        if (n != null) {
            if (!(cell instanceof Double c)) return op.equals("<>");
            int cmp = Double.compare(c, n);
            return compare(op, cmp);
        }
        String text = cell == null ? "" : cell instanceof Double ? null : cell.toString();
        if (text == null) return op.equals("<>");
        return compare(op, text.compareToIgnoreCase(s));
    }

    private static boolean compare(String op, int cmp) {
        return switch (op) {
            case "=" -> cmp == 0;
            case "<>" -> cmp != 0;
            case "<" -> cmp < 0;
            case ">" -> cmp > 0;
            case "<=" -> cmp <= 0;
            default -> cmp >= 0;
        };
    }

    private Object arithmetic(char op, Object a, Object b) {
        Object x = number(deref(a)), y = number(deref(b));
        if (x instanceof Err) return x;
        if (y instanceof Err) return y;
        double l = (Double) x, r = (Double) y;
        return switch (op) {
            case '+' -> l + r;
            case '-' -> l - r;
            case '*' -> l * r;
            default -> r == 0 ? new Err("#DIV/0!") : l / r;
        };
    }

    private Object comparison(String op, Object a, Object b) {
        Object x = deref(a), y = deref(b);
        if (x instanceof Err) return x;
        if (y instanceof Err) return y;
        if (x == null) x = y instanceof String ? "" : 0.0;
        if (y == null) y = x instanceof String ? "" : 0.0;
        int cmp;
        if (x instanceof Double l && y instanceof Double r) cmp = Double.compare(l, r);
        else if (x instanceof String l && y instanceof String r) cmp = l.compareToIgnoreCase(r);
        else cmp = x instanceof Double ? -1 : 1; // Excel orders numbers before text
        return compare(op, cmp);
    }

    /** Recursive descent over one formula, evaluating as it parses. */
    private final class Parser {
        private final String f;
        private final Sheet sheet;
        private int i;

        Parser(String formula, Sheet sheet) {
            this.f = formula;
            this.sheet = sheet;
        }

        Object parse() {
            Object v = comparisonExpr();
            skip();
            if (i < f.length()) throw new IllegalArgumentException("unexpected \"" + f.substring(i) + "\"");
            return v;
        }

        private Object comparisonExpr() {
            Object left = additive();
            skip();
            for (String op : new String[]{"<=", ">=", "<>", "=", "<", ">"}) {
                if (f.startsWith(op, i)) {
                    i += op.length();
                    return comparison(op, left, additive());
                }
            }
            return left;
        }

        private Object additive() {
            Object v = term();
            while (true) {
                skip();
                if (i < f.length() && (f.charAt(i) == '+' || f.charAt(i) == '-')) {
                    char op = f.charAt(i++);
                    v = arithmetic(op, v, term());
                } else {
                    return v;
                }
            }
        }

        private Object term() {
            Object v = unary();
            while (true) {
                skip();
                if (i < f.length() && (f.charAt(i) == '*' || f.charAt(i) == '/')) {
                    char op = f.charAt(i++);
                    v = arithmetic(op, v, unary());
                } else {
                    return v;
                }
            }
        }

        private Object unary() {
            skip();
            if (i < f.length() && f.charAt(i) == '-') {
                i++;
                return arithmetic('-', 0.0, unary());
            }
            if (i < f.length() && f.charAt(i) == '+') {
                i++;
                return unary();
            }
            return primary();
        }

        private Object primary() {
            skip();
            if (i >= f.length()) throw new IllegalArgumentException("formula ends early");
            char c = f.charAt(i);
            if (c == '(') {
                i++;
                Object v = comparisonExpr();
                expect(')');
                return v;
            }
            if (c == '"') return string();
            if (Character.isDigit(c) || c == '.') return numberLiteral();
            if (c == '\'') {
                String name = quotedSheet();
                expect('!');
                return reference(sheetNamed(name));
            }
            int start = i;
            while (i < f.length() && (Character.isLetterOrDigit(f.charAt(i)) || "_.$".indexOf(f.charAt(i)) >= 0)) i++;
            String word = f.substring(start, i);
            if (word.isEmpty()) throw new IllegalArgumentException("unexpected \"" + f.substring(i) + "\"");
            skip();
            if (i < f.length() && f.charAt(i) == '(') {
                i++;
                List<Object> args = new ArrayList<>();
                skip();
                if (i < f.length() && f.charAt(i) == ')') {
                    i++;
                } else {
                    do {
                        args.add(comparisonExpr());
                        skip();
                    } while (i < f.length() && f.charAt(i++) == ',');
                    if (f.charAt(i - 1) != ')') throw new IllegalArgumentException("missing )");
                }
                return call(word.toUpperCase(Locale.ROOT), args);
            }
            if (i < f.length() && f.charAt(i) == '!') {
                i++;
                return reference(sheetNamed(word));
            }
            if (word.matches("\\$?[A-Za-z]{1,3}\\$?[0-9]+")) {
                i = start;
                return reference(sheet);
            }
            String target = names.get(word.toUpperCase(Locale.ROOT));
            if (target == null) throw new IllegalArgumentException("unknown name " + word);
            return new Parser(target, sheet).parse();
        }

        private Area reference(Sheet on) {
            int[] a = cellRef();
            int[] b = a;
            if (i < f.length() && f.charAt(i) == ':') {
                i++;
                b = cellRef();
            }
            return new Area(on, Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1]));
        }

        private int[] cellRef() {
            int start = i;
            if (i < f.length() && f.charAt(i) == '$') i++;
            int colStart = i;
            while (i < f.length() && Character.isLetter(f.charAt(i))) i++;
            String col = f.substring(colStart, i);
            if (i < f.length() && f.charAt(i) == '$') i++;
            int rowStart = i;
            while (i < f.length() && Character.isDigit(f.charAt(i))) i++;
            if (col.isEmpty() || rowStart == i) throw new IllegalArgumentException("bad reference at \"" + f.substring(start) + "\"");
            return new int[]{Integer.parseInt(f.substring(rowStart, i)) - 1, Ref.colIndex(col)};
        }

        private Sheet sheetNamed(String name) {
            Sheet s = sheets.get(name.toUpperCase(Locale.ROOT));
            if (s == null) throw new IllegalArgumentException("no sheet " + name);
            return s;
        }

        private String quotedSheet() {
            StringBuilder sb = new StringBuilder();
            i++;
            while (true) {
                char c = f.charAt(i++);
                if (c == '\'') {
                    if (i < f.length() && f.charAt(i) == '\'') {
                        sb.append('\'');
                        i++;
                    } else {
                        return sb.toString();
                    }
                } else {
                    sb.append(c);
                }
            }
        }

        private String string() {
            StringBuilder sb = new StringBuilder();
            i++;
            while (true) {
                char c = f.charAt(i++);
                if (c == '"') {
                    if (i < f.length() && f.charAt(i) == '"') {
                        sb.append('"');
                        i++;
                    } else {
                        return sb.toString();
                    }
                } else {
                    sb.append(c);
                }
            }
        }

        private Double numberLiteral() {
            int start = i;
            while (i < f.length() && (Character.isDigit(f.charAt(i)) || f.charAt(i) == '.')) i++;
            if (i < f.length() && (f.charAt(i) == 'E' || f.charAt(i) == 'e')) {
                i++;
                if (i < f.length() && (f.charAt(i) == '+' || f.charAt(i) == '-')) i++;
                while (i < f.length() && Character.isDigit(f.charAt(i))) i++;
            }
            return Double.parseDouble(f.substring(start, i));
        }

        private void expect(char c) {
            skip();
            if (i >= f.length() || f.charAt(i) != c) throw new IllegalArgumentException("expected " + c);
            i++;
        }

        private void skip() {
            while (i < f.length() && f.charAt(i) == ' ') i++;
        }
    }
}
