using OtSim.Analysis.Data;
using OtSim.Analysis.Pipeline;

namespace OtSim.Client.Cli;

/// <summary>
/// <c>otsim analyze</c>: re-analyse a saved OtSim results folder, or run the same analysis on any tidy CSV
/// (a district's export) with the roles of its columns named on the command line.
/// </summary>
public static class AnalyzeCommand
{
    /// <summary>Usage text.</summary>
    public const string Usage = """
        usage: dotnet run --project client -- analyze <results folder> [--out DIR]
               dotnet run --project client -- analyze <data.csv> --outcome COL --dose COL [options]
          --out DIR               where to write analysis.json, charts/ and report.html
                                  (default: the results folder; for a CSV, <file name>-analysis beside it)
          --outcome COL           (CSV) numeric outcome column, e.g. progress
          --dose COL              (CSV) numeric dose column, e.g. delivered minutes
          --covariates A,B,...    (CSV) numeric columns to adjust for
          --cluster COL           (CSV) cluster column (e.g. classroom): cluster-robust SEs and a mixed model
          --group COL             (CSV) column whose groups are compared (the first group seen is the baseline)
          --separator CHAR        (CSV) value separator: , (default), ';', tab or '|'
          --decimal-comma         (CSV) numbers are written with a decimal comma (3,5), as R's write.csv2 does;
                                  usually with --separator ';'
          --allow-personal-data   proceed even if some columns look like names, birth dates, addresses...;
                                  those columns are still left out of every output
          --overwrite             write into a non-empty --out folder that holds no OtSim results
        Text covariates are dummy-coded as R's lm does; an unnamed first column (R's row names) is left out.
        Bad input (missing column, non-numeric or missing cell, an outcome or dose that never changes, one column
        in two roles, personal data) stops with exit code 2 and writes nothing.
        """;

    private static readonly string[] ValueOptions = ["out", "outcome", "dose", "covariates", "cluster", "group", "separator"];
    private static readonly string[] FlagOptions = ["allow-personal-data", "overwrite", "decimal-comma"];

    /// <summary>The command, for <see cref="CommandCatalog"/>.</summary>
    public static OtsimCommand Create()
    {
        var command = LegacyCommand.Create("analyze", "re-analyse a results folder, or analyse a tidy CSV", Usage,
            (args, cancellationToken) => Task.FromResult(Execute(args, cancellationToken)),
            "Stopped; the analysis wrote nothing (earlier files are unchanged).");
        command.Aliases.Add("analyse");
        return command;
    }

    /// <summary>Runs the command; returns the exit code. Ctrl+C or SIGTERM stops it between analysis steps.</summary>
    public static int Execute(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var parsed = ParsedArguments.Parse(args, ValueOptions, FlagOptions);
        if (parsed.Positional.Count != 1)
        {
            throw new UsageException($"analyze needs exactly one results folder or CSV file.\n{Usage}");
        }

        string source = parsed.Positional[0];
        string command = "dotnet run --project client -- analyze " + string.Join(' ', args.Select(Quote));
        bool allow = parsed.Flag("allow-personal-data");
        Console.Error.WriteLine($"Analysing {source} (Ctrl+C stops without writing anything)...");
        try
        {
            AnalysisDocument document;
            string output;
            if (Directory.Exists(source))
            {
                foreach (var csvOnly in new[] { "outcome", "dose", "covariates", "cluster", "group", "separator" })
                {
                    if (parsed.Value(csvOnly) is not null)
                    {
                        throw new UsageException($"--{csvOnly} is for a CSV file; an OtSim results folder has fixed columns.");
                    }
                }

                if (parsed.Flag("decimal-comma"))
                {
                    throw new UsageException("--decimal-comma is for a CSV file; an OtSim results folder is written with decimal points.");
                }

                output = parsed.Value("out") ?? source;
                RefuseForeignFolder(output, parsed.Flag("overwrite"));
                document = AnalysisPipeline.AnalyseOtSimFolder(source, output, command, allow, cancellationToken: cancellationToken);
            }
            else if (File.Exists(source))
            {
                var outcome = parsed.Value("outcome") ?? throw new UsageException("analyze <data.csv> needs --outcome COL.");
                var dose = parsed.Value("dose") ?? throw new UsageException("analyze <data.csv> needs --dose COL.");
                var covariates = (parsed.Value("covariates") ?? string.Empty)
                    .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                output = parsed.Value("out")
                    ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(source)) ?? ".", Path.GetFileNameWithoutExtension(source) + "-analysis");
                if (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any() && parsed.Value("out") is null)
                {
                    throw new UsageException($"{output} already exists; choose a folder with --out.");
                }
                RefuseForeignFolder(output, parsed.Flag("overwrite"));

                var options = new ExternalAnalysisOptions(outcome, dose, covariates, parsed.Value("cluster"), parsed.Value("group"), allow, Dialect(parsed));
                document = AnalysisPipeline.AnalyseCsv(source, options, output, command, cancellationToken);
            }
            else
            {
                throw new UsageException($"{source}: no such file or folder.");
            }

            Console.WriteLine(document.Summary.Headline);
            Console.WriteLine($"Report: {Path.GetFullPath(Path.Combine(output, "report.html"))}");
            return 0;
        }
        catch (DataFormatException ex)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return 2;
        }
        catch (PersonalDataException ex)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return 2;
        }
    }

    private static CsvDialect Dialect(ParsedArguments parsed)
    {
        char separator = ',';
        if (parsed.Value("separator") is { } text)
        {
            try
            {
                separator = CsvDialect.ParseSeparator(text);
            }
            catch (ArgumentException ex)
            {
                throw new UsageException(ex.Message);
            }
        }

        bool decimalComma = parsed.Flag("decimal-comma");
        if (decimalComma && separator == ',')
        {
            throw new UsageException("--decimal-comma needs another --separator (usually ';'): with commas between values, a decimal comma cannot be told apart.");
        }

        return new CsvDialect(separator, decimalComma);
    }

    private static string Quote(string arg) => arg.Contains(' ', StringComparison.Ordinal) ? $"\"{arg}\"" : arg;

    /// <summary>
    /// The analysis replaces analysis.json, report.html and charts/ in its output folder. A non-empty folder that holds
    /// neither OtSim results nor an earlier analysis is someone else's: it is only written to with --overwrite.
    /// </summary>
    private static void RefuseForeignFolder(string output, bool overwrite)
    {
        if (overwrite || !Directory.Exists(output) || !Directory.EnumerateFileSystemEntries(output).Any())
        {
            return;
        }
        if (!File.Exists(Path.Combine(output, "analysis.json")) && !File.Exists(Path.Combine(output, "scenario.resolved.json")))
        {
            throw new UsageException($"--out {output}: the folder is not empty and holds no OtSim results or analysis; add --overwrite to write analysis.json, report.html and charts/ into it anyway.");
        }
    }
}
