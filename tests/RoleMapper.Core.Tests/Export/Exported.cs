using System.IO.Compression;
using System.Xml.Linq;
using ClosedXML.Excel;

namespace RoleMapper.Core.Tests.Export;

/// <summary>A map written by <see cref="CouncilMapWorkbook"/> and opened again, with ClosedXML and as raw package XML.</summary>
internal sealed class Exported : IDisposable
{
    private Exported(byte[] bytes)
    {
        Bytes = bytes;
        Workbook = new XLWorkbook(new MemoryStream(bytes, writable: false));
    }

    public byte[] Bytes { get; }

    public XLWorkbook Workbook { get; }

    public static byte[] Write(CouncilMap map)
    {
        using var stream = new MemoryStream();
        CouncilMapWorkbook.Write(map, stream);
        return stream.ToArray();
    }

    public static Exported Of(CouncilMap map) => new(Write(map));

    public IXLWorksheet Sheet(string name) => Workbook.Worksheet(name);

    public IReadOnlyList<string> SheetOrder => Workbook.Worksheets.Select(s => s.Name).ToList();

    /// <summary>Row 1 of a sheet, up to its last used column.</summary>
    public IReadOnlyList<string> Headers(string sheet) =>
        Sheet(sheet).Row(1).CellsUsed().Select(c => c.GetString()).ToList();

    /// <summary>The cell in a table sheet's data row (first data row is 1) under the given header.</summary>
    public IXLCell Cell(string sheet, int dataRow, string header)
    {
        var column = Headers(sheet).ToList().IndexOf(header);
        Assert.True(column >= 0, $"No column '{header}' on {sheet}.");
        return Sheet(sheet).Cell(dataRow + 1, column + 1);
    }

    /// <summary>Column values under a header, top to bottom.</summary>
    public IReadOnlyList<string> Column(string sheet, string header)
    {
        var first = Cell(sheet, 1, header);
        var last = Sheet(sheet).LastRowUsed().RowNumber();
        return Enumerable.Range(2, last - 1).Select(r => Sheet(sheet).Cell(r, first.Address.ColumnNumber).GetString()).ToList();
    }

    /// <summary>The Summary's value cell (column B) beside a label in column A.</summary>
    public IXLCell Summary(string label)
    {
        var row = Sheet(SheetNames.Summary).Column(1).CellsUsed().FirstOrDefault(c => c.GetString() == label);
        Assert.True(row is not null, $"No line '{label}' on the Summary.");
        return row.CellRight();
    }

    /// <summary>The worksheet's XML as stored in the package, for what ClosedXML would hide.</summary>
    public XDocument SheetXml(string name)
    {
        using var zip = new ZipArchive(new MemoryStream(Bytes), ZipArchiveMode.Read);
        var workbook = XDocument.Load(zip.GetEntry("xl/workbook.xml")!.Open());
        var relationships = XDocument.Load(zip.GetEntry("xl/_rels/workbook.xml.rels")!.Open());
        var id = workbook.Descendants().Single(e => e.Name.LocalName == "sheet" && (string?)e.Attribute("name") == name)
            .Attributes().Single(a => a.Name.LocalName == "id").Value;
        var target = relationships.Descendants().Single(e => (string?)e.Attribute("Id") == id).Attribute("Target")!.Value;
        var path = target.StartsWith('/') ? target[1..] : "xl/" + target;
        return XDocument.Load(zip.GetEntry(path)!.Open());
    }

    public void Dispose() => Workbook.Dispose();
}
