namespace RoleMapper.Core.Workspace.RoleFiles;

/// <summary>
/// Finds the header row and reads the roles under it, the same way for CSV and Excel. In a workbook the first visible
/// worksheet with a job title column is read.
/// </summary>
internal static class RoleSheetParser
{
    public static RoleFilePreview Parse(
        string fileName, IReadOnlyList<SourceSheet> sheets, List<string> warnings)
    {
        (SourceSheet Sheet, List<SourceRow> Top)? first = null;
        foreach (var sheet in sheets)
        {
            var top = sheet.Rows.Where(r => !r.IsBlank).Take(RoleFileLimits.HeaderSearchRows).ToList();
            if (top.Count == 0)
            {
                continue;
            }
            first ??= (sheet, top);
            var header = top.Select((row, index) => (Row: row, Index: index, Map: ColumnMap.FromHeader(row)))
                .FirstOrDefault(h => h.Map is not null);
            if (header.Map is null)
            {
                continue;
            }
            if (header.Index > 0)
            {
                warnings.Add(RoleFileMessages.RowsAboveHeader(header.Row.Number));
            }
            if (header.Map.Unused.Count > 0)
            {
                warnings.Add(RoleFileMessages.ColumnsNotUsed(header.Map.Unused));
            }
            return Read(fileName, sheet, sheets.Count, header.Map, header.Row.Number, warnings);
        }
        if (first is not { } found)
        {
            throw new RoleFileException(RoleFileMessages.NoRows);
        }
        var (firstSheet, firstTop) = found;
        // A plain list of titles, one per line, is what people paste from an email; anything wider needs headers.
        if (firstTop.All(row => row.HasTextOnlyInFirstColumn))
        {
            warnings.Add(RoleFileMessages.Headerless);
            return Read(fileName, firstSheet, sheets.Count, ColumnMap.TitlesOnly(), headerRow: null, warnings);
        }
        var headers = firstTop[0].Cells.Take(RoleFileLimits.MaxColumns).Select(c => CellText.SingleLine(c.Text)).OfType<string>();
        throw new RoleFileException(RoleFileMessages.NoTitleColumn(headers));
    }

    private static RoleFilePreview Read(string fileName, SourceSheet sheet, int sheetCount, ColumnMap columns,
        int? headerRow, List<string> warnings)
    {
        var builder = new RoleRowBuilder(columns);
        var rows = new List<RoleFileRow>();
        foreach (var source in sheet.Rows)
        {
            if (source.Number <= headerRow || source.IsBlank)
            {
                continue;
            }
            if (rows.Count == RoleFileLimits.MaxRows)
            {
                throw new RoleFileException(RoleFileMessages.TooManyRows());
            }
            rows.Add(builder.Build(source));
        }
        if (rows.Count == 0 && headerRow is { } number)
        {
            throw new RoleFileException(RoleFileMessages.HeaderOnly(number));
        }
        if (sheetCount > 1 && sheet.Name is { } name)
        {
            warnings.Add(RoleFileMessages.OtherSheetsNotRead(name));
        }
        return new RoleFilePreview
        {
            FileName = fileName,
            FileWarnings = warnings,
            SheetName = sheet.Name,
            HeaderRowNumber = headerRow,
            Columns = columns.Columns,
            Rows = rows,
        };
    }
}
