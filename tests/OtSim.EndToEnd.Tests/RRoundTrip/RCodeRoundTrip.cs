using System.Globalization;
using System.Text;
using System.Text.Json;

namespace OtSim.EndToEnd.Tests.RRoundTrip;

/// <summary>What the round trip compared and what disagreed.</summary>
/// <param name="Blocks">Labels of the analysis.json objects whose r_code was run.</param>
/// <param name="ValuesCompared">Estimates and standard errors compared.</param>
/// <param name="Problems">One line per disagreement or failure; empty when R reproduced everything.</param>
/// <param name="RLog">R's console output (each r_code echoed with its printed results).</param>
public sealed record RoundTripReport(IReadOnlyList<string> Blocks, int ValuesCompared, IReadOnlyList<string> Problems, string RLog)
{
    public override string ToString() =>
        $"{Problems.Count} problem(s) in {Blocks.Count} r_code block(s):\n  {string.Join("\n  ", Problems)}\n--- R log (tail)\n" +
        RLog[Math.Max(0, RLog.Length - 6000)..];
}

/// <summary>
/// The R round trip of docs/ANALYSIS.md ("r_code"): every object in analysis.json that carries an <c>r_code</c> is
/// run verbatim by Rscript (roundtrip.R) on the run's students.csv, and R's estimates and standard errors (of the
/// <c>fit</c>, or of the <c>coefs</c> table the code leaves) are compared with the object's <c>coefficients</c> to 6
/// significant digits, and <c>nobs(fit)</c> with its <c>n</c>. Generic: it knows no model names.
/// </summary>
public static class RCodeRoundTrip
{
    private static string Driver => Path.Combine(Otsim.RepositoryRoot, "tests", "OtSim.EndToEnd.Tests", "RRoundTrip", "roundtrip.R");

    /// <summary>Runs every r_code of <paramref name="analysisJson"/> on <paramref name="studentsCsv"/>.</summary>
    public static async Task<RoundTripReport> CheckAsync(string analysisJson, string studentsCsv)
    {
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(analysisJson));
        var blocks = new List<(string Label, JsonElement Element)>();
        Collect(json.RootElement, "$", blocks);

        using var work = new TempFolder();
        File.Copy(studentsCsv, work["students.csv"]);
        Directory.CreateDirectory(work["models"]);
        var index = new StringBuilder();
        for (int k = 0; k < blocks.Count; k++)
        {
            await File.WriteAllTextAsync(Path.Combine(work["models"], $"{k}.R"), blocks[k].Element.GetProperty("r_code").GetString() + "\n");
            index.Append(CultureInfo.InvariantCulture, $"{k}\tmodels/{k}.R\n");
        }

        await File.WriteAllTextAsync(Path.Combine(work["models"], "index.tsv"), index.ToString());
        var r = await RScript.RunAsync(work.Path, Driver);
        string log = r.StdOut + r.StdErr;
        var problems = new List<string>();
        if (r.ExitCode != 0 || !File.Exists(work["results.tsv"]))
        {
            problems.Add($"roundtrip.R exited with {r.ExitCode}");
            return new RoundTripReport(blocks.Select(b => b.Label).ToList(), 0, problems, log);
        }

        var results = File.ReadAllLines(work["results.tsv"]).Select(l => l.Split('\t')).Where(p => p.Length == 4)
            .ToLookup(p => int.Parse(p[0], CultureInfo.InvariantCulture));
        int compared = 0;
        for (int k = 0; k < blocks.Count; k++)
        {
            compared += Compare(blocks[k].Label, blocks[k].Element, results[k].ToList(), problems);
        }

        return new RoundTripReport(blocks.Select(b => b.Label).ToList(), compared, problems, log);
    }

    /// <summary>
    /// True when <paramref name="actual"/> agrees with R's <paramref name="expected"/> to 6 significant digits: within
    /// half a unit of the 6th significant digit of R's value, or, for an estimate near 0, within a millionth of its SE.
    /// </summary>
    public static bool AgreesTo6Digits(double actual, double expected, double standardError) => AgreesTo(actual, expected, standardError, 6);

    /// <summary>As <see cref="AgreesTo6Digits"/>, to <paramref name="digits"/> significant digits.</summary>
    public static bool AgreesTo(double actual, double expected, double standardError, int digits)
    {
        if (!double.IsFinite(actual) || !double.IsFinite(expected))
        {
            return false;
        }

        double halfUnit = expected == 0 ? 0 : 0.5 * Math.Pow(10, Math.Floor(Math.Log10(Math.Abs(expected))) - (digits - 1));
        return Math.Abs(actual - expected) <= Math.Max(halfUnit, 1e-6 * Math.Abs(standardError));
    }

    private static void Collect(JsonElement element, string path, List<(string, JsonElement)> blocks)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("r_code", out var code) && code.ValueKind == JsonValueKind.String)
            {
                string name = element.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : string.Empty;
                blocks.Add((name.Length > 0 ? $"{path} ({name})" : path, element));
            }

            foreach (var property in element.EnumerateObject())
            {
                Collect(property.Value, $"{path}.{property.Name}", blocks);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            int i = 0;
            foreach (var item in element.EnumerateArray())
            {
                Collect(item, $"{path}[{i++}]", blocks);
            }
        }
    }

    private static int Compare(string label, JsonElement block, List<string[]> rows, List<string> problems)
    {
        if (rows.FirstOrDefault(p => p[2] == "error") is { } error)
        {
            problems.Add($"{label}: R stopped: {error[3]}");
            return 0;
        }

        if (!block.TryGetProperty("coefficients", out var coefficients) || coefficients.ValueKind != JsonValueKind.Array)
        {
            problems.Add($"{label}: has an r_code but no coefficients [{{term, estimate, std_error}}] to compare (docs/ANALYSIS.md, r_code)");
            return 0;
        }

        var r = rows.Where(p => p[2] is "estimate" or "std_error" or "n")
            .ToDictionary(p => (p[1], p[2]), p => double.Parse(p[3], NumberStyles.Float, CultureInfo.InvariantCulture));
        // n is R's nobs(fit); code that leaves a `coefs` table instead reports no n.
        if (block.TryGetProperty("n", out var n) && n.ValueKind == JsonValueKind.Number
            && r.TryGetValue((string.Empty, "n"), out double rn) && rn != n.GetDouble())
        {
            problems.Add($"{label}: n = {n.GetRawText()}, R's fit used {rn} rows");
        }

        // A mixed model's estimates and standard errors depend on where each optimiser stops on a flat REML surface (a
        // student intercept over policies): lme4's own optimisers (bobyqa, Nelder-Mead) differ there in the 6th digit.
        bool mixed = block.TryGetProperty("r_code", out var code) && code.GetString()!.Contains("lme4::lmer", StringComparison.Ordinal);
        var terms = new HashSet<string>(StringComparer.Ordinal);
        int compared = 0;
        foreach (var c in coefficients.EnumerateArray())
        {
            string term = c.GetProperty("term").GetString()!;
            terms.Add(term);
            if (!r.TryGetValue((term, "estimate"), out double estimate) || !r.TryGetValue((term, "std_error"), out double se))
            {
                problems.Add($"{label}: term '{term}' is not in R's fit");
                continue;
            }

            foreach (var (quantity, expected) in new[] { ("estimate", estimate), ("std_error", se) })
            {
                double actual = c.TryGetProperty(quantity, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : double.NaN;
                compared++;
                if (!AgreesTo(actual, expected, quantity == "estimate" ? se : 0, mixed ? 5 : 6))
                {
                    problems.Add(string.Create(CultureInfo.InvariantCulture, $"{label}: {term} {quantity} = {actual:R}, R {expected:R}"));
                }
            }
        }

        foreach (var extra in r.Keys.Where(k => k.Item2 == "estimate" && !terms.Contains(k.Item1)))
        {
            problems.Add($"{label}: R's fit has term '{extra.Item1}' that analysis.json does not report");
        }

        return compared;
    }
}
