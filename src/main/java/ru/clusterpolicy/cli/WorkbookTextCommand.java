package ru.clusterpolicy.cli;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import ru.clusterpolicy.rules.tables.WorkbookText;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * Prints a workbook as text, for git's diff driver: with {@code *.xlsx diff=xlsx} in
 * .gitattributes and {@code git config diff.xlsx.textconv "java -jar target/clusterpolicy-0.1.0.jar workbook-text"},
 * {@code git diff} shows a changed workbook row by row.
 */
@Command(name = "workbook-text", mixinStandardHelpOptions = true, description = "Print a workbook as text (for git diff).")
class WorkbookTextCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "an .xlsx workbook")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            spec.commandLine().getOut().print(WorkbookText.render(workbook));
        }
        return 0;
    }
}
