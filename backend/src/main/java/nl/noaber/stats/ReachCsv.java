package nl.noaber.stats;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reach rows as a CSV that Dutch Excel opens by double-click: UTF-8 with a byte order mark,
 * semicolons between fields, decimal commas, Dutch column titles, "<5" where a number is hidden.
 */
final class ReachCsv {

    static final String BOM = "\uFEFF";
    private static final CSVFormat FORMAT = CSVFormat.Builder.create(CSVFormat.EXCEL).setDelimiter(';').get();

    private ReachCsv() {
    }

    static String of(List<ReachReport.Row> rows) {
        StringWriter out = new StringWriter();
        out.write(BOM);
        try (CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
            List<String> header = new ArrayList<>(List.of("Periode vanaf", "Wijkcode", "Wijk", "Soort"));
            for (Metric metric : Metric.values()) {
                header.add(metric.labelNl());
            }
            header.add("Naar coördinator per taak");
            header.add("Niet gelukt per taak");
            csv.printRecord(header);
            for (ReachReport.Row row : rows) {
                List<String> record = new ArrayList<>(List.of(row.periodStart().toString(),
                        row.wijk() == null ? "" : row.wijk(), row.wijk() == null ? "Hele gemeente" : row.wijkName(),
                        row.kind() == null ? "Alle" : row.kind().name()));
                for (Metric metric : Metric.values()) {
                    record.add(text(row.metrics().get(metric.key()).value()));
                }
                record.add(byTask(row.escalationsByTask()));
                record.add(byTask(row.unmetByTask()));
                csv.printRecord(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to a string cannot fail", e);
        }
        return out.toString();
    }

    private static String byTask(Map<String, Figure> counts) {
        return counts.entrySet().stream().map(e -> e.getKey() + " " + text(e.getValue())).collect(Collectors.joining(", "));
    }

    private static String text(Figure figure) {
        if (figure.suppressed()) {
            return Figure.SUPPRESSED;
        }
        BigDecimal value = figure.value();
        return value == null ? "" : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
