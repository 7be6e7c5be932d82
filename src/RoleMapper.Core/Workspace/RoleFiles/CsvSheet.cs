using CsvHelper;

namespace RoleMapper.Core.Workspace.RoleFiles;

/// <summary>
/// A CSV read with CsvHelper, which detects the separator (comma, semicolon, tab; Excel's "sep=;" line too), honours
/// byte order marks and reads quoted values across lines. Empty lines are kept as blank rows so that row numbers stay
/// those Excel shows when it opens the file.
/// </summary>
internal static class CsvSheet
{
    public static SourceSheet Read(byte[] bytes) => new(null, Rows(bytes, TextEncoding.Of(bytes)));

    private static IEnumerable<SourceRow> Rows(byte[] bytes, System.Text.Encoding? encoding)
    {
        CsvMalformedReason? malformed = null;
        var options = CsvReaderOptions.Default with
        {
            HasHeader = false,
            SkipEmptyLines = false,
            Encoding = encoding,
            OnMalformedRecord = record => malformed ??= record.Reason,
        };
        using var reader = CsvReader.Create(bytes, options);
        while (reader.Read())
        {
            var number = checked((int)reader.RowNumber);
            if (malformed == CsvMalformedReason.UnterminatedQuote)
            {
                throw new RoleFileException(RoleFileMessages.UnclosedQuote(number));
            }
            IReadOnlyList<RowProblem> problems = malformed == CsvMalformedReason.TextAfterClosingQuote
                ? [new RowProblem(ProblemSeverity.Warning, RoleFileMessages.TextAfterClosingQuote)]
                : [];
            malformed = null;
            var cells = new SourceCell[Math.Min(reader.FieldCount, RoleFileLimits.MaxColumns)];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = new SourceCell(reader.GetString(i));
            }
            yield return new SourceRow(number, cells, problems);
        }
    }
}
