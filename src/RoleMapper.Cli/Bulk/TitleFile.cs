using CsvHelper;
using RoleMapper.Core.Matching;

namespace RoleMapper.Cli.Bulk;

/// <summary>A title to match and the line of the input file it came from.</summary>
internal sealed record TitleRow(int Line, string Title);

/// <summary>
/// Reads the titles of a CSV file: from its <c>title</c> column when the first row is a header naming one ("title",
/// "job title", "role"...), otherwise from the first column of every row. Rows that cannot be used are reported with
/// their line numbers instead of stopping the run.
/// </summary>
internal static class TitleFile
{
    private static readonly string[] HeaderNames = ["title", "job title", "job_title", "jobtitle", "role", "job role", "post title", "position"];

    public static (List<TitleRow> Rows, List<string> Problems) Read(string path)
    {
        var rows = new List<TitleRow>();
        var problems = new List<string>();
        var options = new CsvReaderOptions
        {
            HasHeader = false,
            TrackLineNumbers = true,
            TrimWhitespace = true,
            OnMalformedRecord = record => problems.Add($"line {record.LineNumber}: the quotes of this row do not pair up; it was read as best it could"),
        };
        using var csv = CsvReader.FromFile(path, options);
        var column = 0;
        var first = true;
        while (csv.Read())
        {
            var line = (int)csv.LineNumber;
            if (first)
            {
                first = false;
                var header = Enumerable.Range(0, csv.FieldCount).FirstOrDefault(i => HeaderNames.Contains(csv.GetString(i).Trim().ToLowerInvariant()), -1);
                if (header >= 0)
                {
                    column = header;
                    continue;
                }
            }
            var title = csv.FieldCount > column ? csv.GetString(column) : "";
            if (string.IsNullOrWhiteSpace(title))
            {
                problems.Add($"line {line}: no title");
                continue;
            }
            if (title.Length > IStandardMatcher.MaxTitleLength)
            {
                problems.Add($"line {line}: the title is longer than {IStandardMatcher.MaxTitleLength} characters; only its start was matched");
            }
            rows.Add(new TitleRow(line, title));
        }
        return (rows, problems);
    }
}
