package nl.noaber.geo;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * Imports a CBS wijk file for one gemeente and year, all or nothing: the whole file is parsed and
 * checked before the transaction starts, and the year's rows are replaced in one transaction, so a
 * bad file or a crash leaves the previous boundaries in place. Older years stay for history.
 */
@Singleton
public class WijkImports {

    private static final Logger LOG = LoggerFactory.getLogger(WijkImports.class);

    private final WijkFileParser parser;
    private final WijkStore store;
    private final WijkIndexHolder index;

    WijkImports(WijkFileParser parser, WijkStore store, WijkIndexHolder index) {
        this.parser = parser;
        this.store = store;
        this.index = index;
    }

    /**
     * @param importedBy the admin's account id, or null when no person asked for it
     * @throws InvalidWijkFile if the file cannot be imported (nothing is changed)
     */
    public WijkImportView importFile(byte[] file, String gemeente, int year, String source, Long importedBy) {
        WijkFileParser.Parsed parsed = parse(file, gemeente, year);
        WijkImportView view = store.replaceYear(parsed, gemeente, year, source, importedBy);
        index.reload();
        logDone(view);
        return view;
    }

    /**
     * The bundled default data, imported only if the gemeente has no wijken yet (checked under the
     * gemeente's import lock); empty if it had some.
     */
    public Optional<WijkImportView> importIfNone(byte[] file, String gemeente, int year, String source) {
        WijkFileParser.Parsed parsed = parse(file, gemeente, year);
        Optional<WijkImportView> view = store.storeIfNone(parsed, gemeente, year, source);
        // Also when another instance imported first: without it, this one would see no wijken until its next poll.
        index.reload();
        view.ifPresentOrElse(WijkImports::logDone,
                () -> LOG.info("Wijk import for {} {} skipped: the gemeente has wijken already", gemeente, year));
        return view;
    }

    private WijkFileParser.Parsed parse(byte[] file, String gemeente, int year) {
        LOG.info("Wijk import for {} {}: reading {} bytes", gemeente, year, file.length);
        WijkFileParser.Parsed parsed = parser.parse(file, gemeente);
        LOG.info("Wijk import for {} {}: {} wijken valid ({} repaired), storing", gemeente, year,
                parsed.shapes().size(), parsed.repaired().size());
        return parsed;
    }

    private static void logDone(WijkImportView view) {
        LOG.info("Wijk import {} for {} {} done", view.id(), view.gemeente(), view.year());
    }
}
