using CsvHelper;

namespace RoleMapper.Core.Workspace.RoleFiles;

/// <summary>
/// A CSV read with CsvHelper as a stream, a row at a time, which detects the separator (comma, semicolon, tab; Excel's
/// "sep=;" line too), honours byte order marks and reads quoted values across lines. Rows are produced as the parser
/// asks for them, so reading stops at the row cap; a row longer than <see cref="RoleFileLimits.MaxCsvRowBytes"/> is
/// refused while it is read. Empty lines are kept as blank rows so that row numbers stay those Excel shows.
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
            // Only a stream is read through a buffer that checks this; a byte array would be read whole.
            MaxRecordSize = RoleFileLimits.MaxCsvRowBytes,
        };
        using var reader = CsvReader.Create(new MemoryStream(bytes, writable: false), options);
        while (Next(reader))
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

    private static bool Next(CsvReader reader)
    {
        try
        {
            return reader.Read();
        }
        catch (CsvFormatException)
        {
            // The only format error a reader that reports malformed records still throws: a row past MaxRecordSize.
            throw new RoleFileException(RoleFileMessages.RowTooLong(checked((int)reader.RowNumber + 1)));
        }
    }
}
