using System.IO.Compression;
using System.Xml.Linq;
using ClosedXML.Excel;

namespace RoleMapper.TestSupport;

/// <summary>
/// A downloaded or saved Excel map opened again, as a council would read it: each table sheet as rows keyed by header,
/// the Summary's label-value lines, and every formula anywhere in the file (there must be none).
/// </summary>
public sealed class ExportedMap : IDisposable
{
    private readonly byte[] bytes;

    private ExportedMap(byte[] bytes)
    {
        this.bytes = bytes;
        Workbook = new XLWorkbook(new MemoryStream(bytes, writable: false));
    }

    public XLWorkbook Workbook { get; }

    public static ExportedMap Open(byte[] bytes) => new(bytes);

    public IReadOnlyList<string> SheetNames => Workbook.Worksheets.Select(s => s.Name).ToList();

    /// <summary>The data rows of a table sheet (headers in row 1), each as header to cell; none for an empty list.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, IXLCell>> Rows(string sheet)
    {
        var worksheet = Workbook.Worksheet(sheet);
        if (!worksheet.Tables.Any())
        {
            return [];
        }
        var headers = worksheet.Row(1).CellsUsed().Select(c => (c.GetString(), c.Address.ColumnNumber)).ToList();
        return Enumerable.Range(2, worksheet.LastRowUsed().RowNumber() - 1)
            .Select(r => (IReadOnlyDictionary<string, IXLCell>)headers.ToDictionary(h => h.Item1, h => worksheet.Cell(r, h.Item2)))
            .ToList();
    }

    /// <summary>One column of a table sheet as text, top to bottom.</summary>
    public IReadOnlyList<string> Column(string sheet, string header) => Rows(sheet).Select(r => r[header].GetString()).ToList();

    /// <summary>The Summary's value (column B) beside a label in column A.</summary>
    public IXLCell Summary(string label) =>
        Workbook.Worksheet("Summary").Column(1).CellsUsed().FirstOrDefault(c => c.GetString() == label)?.CellRight()
        ?? throw new InvalidOperationException($"No line '{label}' on the Summary.");

    /// <summary>
    /// Where the file holds a formula: cells ClosedXML reads as formulas, and any &lt;f&gt; element in the stored sheets
    /// (which ClosedXML might not report). Empty for a safe file.
    /// </summary>
    public IReadOnlyList<string> Formulas()
    {
        var cells = Workbook.Worksheets.SelectMany(s => s.CellsUsed().Where(c => c.HasFormula)
            .Select(c => $"{s.Name}!{c.Address}: {c.FormulaA1}"));
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        var stored = zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal) && e.Name.EndsWith(".xml", StringComparison.Ordinal))
            .SelectMany(e =>
            {
                using var stream = e.Open();
                return XDocument.Load(stream).Descendants().Where(x => x.Name.LocalName == "f").Select(x => $"{e.FullName}: <f>{x.Value}</f>").ToList();
            });
        return cells.Concat(stored).ToList();
    }

    public void Dispose() => Workbook.Dispose();
}
