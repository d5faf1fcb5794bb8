using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace OtSim.Analysis.Data;

/// <summary>
/// Spots columns that look like personal data (names, dates of birth, addresses, phone numbers, email,
/// social security numbers) by header and, for text columns, by content. Simulated data never needs such
/// columns, so their presence usually means a real roster was loaded by mistake.
/// </summary>
/// <remarks>
/// Callers refuse flagged tables unless the user passes <see cref="OverrideFlag"/>; even then the flagged
/// columns are dropped (see <see cref="Screen"/>) so they never reach a chart, table or report.
/// Free-text person names ("Jane Smith") are not detected by content: too many false alarms. Content is checked on
/// the first <see cref="TidyTable.SampleRows"/> rows of each column (headers always), so a large file is screened
/// without holding every cell as text.
/// </remarks>
public static partial class PersonalDataGuard
{
    /// <summary>The command-line flag users pass to proceed despite findings.</summary>
    public const string OverrideFlag = "--allow-personal-data";

    // Short keys ("name", "zip", "dob", "ssn", "mail") only count as whole words; longer ones also inside
    // run-together headers such as "studentbirthdate" or "homeaddress".
    private const int MinimumEmbeddedKeyLength = 5;

    private static readonly (string Key, string Reason)[] _headerWords =
    [
        ("name", "header looks like a person's name"),
        ("firstname", "header looks like a person's name"),
        ("lastname", "header looks like a person's name"),
        ("surname", "header looks like a person's name"),
        ("forename", "header looks like a person's name"),
        ("givenname", "header looks like a person's name"),
        ("fullname", "header looks like a person's name"),
        ("dob", "header looks like a date of birth"),
        ("birth", "header looks like a date of birth"),
        ("birthdate", "header looks like a date of birth"),
        ("birthday", "header looks like a date of birth"),
        ("dateofbirth", "header looks like a date of birth"),
        ("address", "header looks like an address"),
        ("street", "header looks like an address"),
        ("zip", "header looks like an address"),
        ("zipcode", "header looks like an address"),
        ("postcode", "header looks like an address"),
        ("postalcode", "header looks like an address"),
        ("phone", "header looks like a phone number"),
        ("telephone", "header looks like a phone number"),
        ("mobile", "header looks like a phone number"),
        ("phonenumber", "header looks like a phone number"),
        ("email", "header looks like an email address"),
        ("mail", "header looks like an email address"),
        ("emailaddress", "header looks like an email address"),
        ("ssn", "header looks like a social security number"),
        ("socialsecurity", "header looks like a social security number"),
        ("socialsecuritynumber", "header looks like a social security number"),
    ];

    // "policy_name" or "scenario_name" describe the simulation, not a person.
    private static readonly HashSet<string> _nonPersonalNameQualifiers = new(StringComparer.Ordinal)
    {
        "policy", "scenario", "file", "column", "model", "band", "program", "variable", "group", "run", "condition",
    };

    private static readonly (Regex Pattern, string Reason)[] _contentPatterns =
    [
        (EmailPattern(), "values look like email addresses"),
        (DatePattern(), "values look like calendar dates (possible dates of birth)"),
        (SsnPattern(), "values look like social security numbers"),
        (PhonePattern(), "values look like phone numbers"),
    ];

    /// <summary>Lists every column that looks like personal data, by header or by content.</summary>
    public static IReadOnlyList<PersonalDataFinding> Scan(TidyTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var findings = new List<PersonalDataFinding>();
        foreach (var column in table.Columns)
        {
            var finding = CheckHeader(column) ?? CheckContent(column, table.Sample(column));
            if (finding is not null)
            {
                findings.Add(finding);
            }
        }

        return findings;
    }

    /// <summary>
    /// Refuses a table with personal-looking columns unless <paramref name="allowPersonalData"/> is true, and
    /// always returns the table without those columns, so they are never copied into any output.
    /// </summary>
    /// <exception cref="PersonalDataException">Columns were flagged and the user did not allow them.</exception>
    public static TidyTable Screen(TidyTable table, bool allowPersonalData)
    {
        var findings = Scan(table);
        if (findings.Count == 0)
        {
            return table;
        }

        if (!allowPersonalData)
        {
            var message = new StringBuilder()
                .Append(CultureInfo.InvariantCulture, $"{table.FileName}: these columns look like personal data: ")
                .AppendJoin("; ", findings)
                .Append(CultureInfo.InvariantCulture, $". OtSim analyses simulated students and does not need them. ")
                .Append(CultureInfo.InvariantCulture, $"Remove them, or pass {OverrideFlag} to continue; they will still be left out of every output.")
                .ToString();
            throw new PersonalDataException(message, findings);
        }

        return table.WithoutColumns(findings.Select(f => f.Column));
    }

    /// <summary>Checks one header name; null when it looks ordinary.</summary>
    public static PersonalDataFinding? CheckHeader(string column)
    {
        ArgumentNullException.ThrowIfNull(column);
        var words = SplitWords(column);
        var joined = string.Concat(words);
        foreach (var (key, reason) in _headerWords)
        {
            var index = words.IndexOf(key);
            var matchesWord = index >= 0 && !(key == "name" && index > 0 && _nonPersonalNameQualifiers.Contains(words[index - 1]));
            var matchesJoined = key.Length >= MinimumEmbeddedKeyLength && joined.Contains(key, StringComparison.Ordinal);
            if (matchesWord || matchesJoined)
            {
                return new PersonalDataFinding(column, reason);
            }
        }

        return null;
    }

    private static PersonalDataFinding? CheckContent(string column, IReadOnlyList<string> values)
    {
        // Numeric columns (scores, minutes, ids as numbers) cannot hold emails or dates; skipping them avoids false alarms.
        if (values.All(IsNumberOrEmpty))
        {
            return null;
        }

        foreach (var (pattern, reason) in _contentPatterns)
        {
            for (var i = 0; i < values.Count; i++)
            {
                if (pattern.IsMatch(values[i]))
                {
                    return new PersonalDataFinding(column, reason, i + 1);
                }
            }
        }

        return null;
    }

    private static bool IsNumberOrEmpty(string value) =>
        string.IsNullOrWhiteSpace(value) || double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    /// <summary>Splits "DateOfBirth", "date_of_birth" or "Date of birth" into lower-case words.</summary>
    private static List<string> SplitWords(string header)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < header.Length; i++)
        {
            var c = header[i];
            if (!char.IsLetterOrDigit(c))
            {
                Flush();
                continue;
            }

            if (char.IsUpper(c) && i > 0 && char.IsLower(header[i - 1]))
            {
                Flush();
            }

            current.Append(char.ToLowerInvariant(c));
        }

        Flush();
        return words;

        void Flush()
        {
            if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"\b(?:(?:19|20)\d{2}[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])|(?:0?[1-9]|[12]\d|3[01])[-/.](?:0?[1-9]|[12]\d|3[01])[-/.](?:19|20)\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"\b\d{3}-\d{2}-\d{4}\b", RegexOptions.CultureInvariant)]
    private static partial Regex SsnPattern();

    [GeneratedRegex(@"(?:\+\d{1,3}[\s.-]?)?\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();
}
