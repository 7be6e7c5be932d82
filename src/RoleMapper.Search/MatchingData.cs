using System.Reflection;
using CsvHelper;

namespace RoleMapper.Search;

/// <summary>
/// Reads the reviewed word lists of <c>data/matching</c>, which are built into this assembly so the web app, the
/// command line and the tests all use the same lists. Lines starting with # are comments.
/// </summary>
internal static class MatchingData
{
    public const string OnsAbbreviations = "abbreviations-ons.csv";
    public const string CouncilAbbreviations = "abbreviations-council.csv";
    public const string CouncilAbbreviationsInCapitals = "abbreviations-council-capitals.csv";
    public const string Synonyms = "synonyms.txt";
    public const string Seniority = "seniority.csv";
    public const string LeadershipStandards = "leadership-standards.txt";
    public const string OnsTitles = "ons-titles.csv";
    public const string OnsUnitGroups = "ons-unit-groups.csv";
    public const string SocStandards = "soc-standards.csv";
    public const string FallbackStandards = "fallback-standards.csv";
    public const string RoleWords = "role-words.csv";
    public const string NotJobs = "not-jobs.csv";
    public const string Spellings = "spellings.csv";

    public static TextReader Open(string name)
    {
        var stream = typeof(MatchingData).Assembly.GetManifestResourceStream("matching/" + name)
            ?? throw new InvalidOperationException($"The matching data file {name} is not built into {Assembly.GetExecutingAssembly().GetName().Name}.");
        return new StreamReader(stream);
    }

    /// <summary>The rows of a CSV file with a header row, each as its fields in header order.</summary>
    public static List<string[]> ReadCsv(string name)
    {
        using var csv = CsvReader.Create(Open(name), new CsvReaderOptions { Separator = ',', CommentPrefix = '#', TrimWhitespace = true });
        var rows = new List<string[]>();
        while (csv.Read())
        {
            rows.Add(Enumerable.Range(0, csv.Headers.Count).Select(csv.GetString).ToArray());
        }
        return rows;
    }

    /// <summary>The non-empty, non-comment lines of a plain list.</summary>
    public static List<string> ReadLines(string name)
    {
        using var reader = Open(name);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                lines.Add(line);
            }
        }
        return lines;
    }
}
