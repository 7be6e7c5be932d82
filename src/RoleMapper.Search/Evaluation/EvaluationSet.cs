using System.Text.RegularExpressions;
using CsvHelper;

namespace RoleMapper.Search.Evaluation;

/// <summary>One labelled title: the standards an HR expert accepts for it, best first, or none.</summary>
public sealed record EvaluationCase(int Line, string Title, IReadOnlyList<string> Acceptable)
{
    public bool ExpectsNone => Acceptable.Count == 0;
}

/// <summary>
/// A labelled set read from CSV with the columns <c>title,acceptable</c>: acceptable is standard references separated by
/// <c>|</c> ("ST0510|ST0088"), or <c>none</c>. Rows that cannot be read are kept as problems with their line numbers.
/// </summary>
public sealed partial record EvaluationSet(IReadOnlyList<EvaluationCase> Cases, IReadOnlyList<string> Problems)
{
    public static EvaluationSet Read(TextReader text)
    {
        var cases = new List<EvaluationCase>();
        var problems = new List<string>();
        using var csv = CsvReader.Create(text, new CsvReaderOptions { Separator = ',', TrackLineNumbers = true, TrimWhitespace = true }, leaveOpen: true);
        if (!csv.Headers.Contains("title") || !csv.Headers.Contains("acceptable"))
        {
            return new EvaluationSet(cases, ["The first line must be the header: title,acceptable"]);
        }
        var title = csv.GetFieldIndex("title");
        var acceptable = csv.GetFieldIndex("acceptable");
        while (csv.Read())
        {
            var line = (int)csv.LineNumber;
            var name = csv.FieldCount > title ? csv.GetString(title) : "";
            var refs = csv.FieldCount > acceptable ? csv.GetString(acceptable) : "";
            if (name.Length == 0)
            {
                problems.Add($"line {line}: no title");
            }
            else if (refs.Equals("none", StringComparison.OrdinalIgnoreCase))
            {
                cases.Add(new EvaluationCase(line, name, []));
            }
            else if (refs.Split('|') is var list && list.All(r => Reference().IsMatch(r)))
            {
                cases.Add(new EvaluationCase(line, name, list));
            }
            else
            {
                problems.Add($"line {line}: acceptable must be references like ST0510 separated by |, or none; found '{refs}'");
            }
        }
        return new EvaluationSet(cases, problems);
    }

    /// <summary>Every other case, counting from the first (odd) or the second (even): two halves, one to tune and one to check.</summary>
    public EvaluationSet Half(bool odd) => this with { Cases = Cases.Where((_, i) => i % 2 == (odd ? 0 : 1)).ToList() };

    [GeneratedRegex(@"^ST\d{4}$")]
    private static partial Regex Reference();
}
