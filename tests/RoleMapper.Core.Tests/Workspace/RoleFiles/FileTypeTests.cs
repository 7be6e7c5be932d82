using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static RoleMapper.Core.Tests.Workspace.RoleFiles.RoleFiles;

namespace RoleMapper.Core.Tests.Workspace.RoleFiles;

/// <summary>Files that are not role lists, whatever they are called, give one clear message and no rows.</summary>
public sealed class FileTypeTests
{
    private static void AssertRejected(byte[] bytes, string fileName, string messageContains)
    {
        var preview = Read(bytes, fileName);

        Assert.NotNull(preview.FileError);
        Assert.Contains(messageContains, preview.FileError);
        Assert.Empty(preview.Rows);
        Assert.False(preview.IsReadable);
        Assert.Equal(0, preview.ImportableCount);
    }

    [Fact]
    public void EmptyFile_IsRejected() => AssertRejected([], "roles.csv", "The file is empty.");

    [Fact]
    public void OnlyBlankLines_IsRejected() => AssertRejected("\n\n , \n"u8.ToArray(), "roles.csv", "no rows with anything in them");

    [Fact]
    public void PngImage_IsRejected()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 0, 0, 0, 1];
        AssertRejected(png, "roles.xlsx", "a PNG image");
    }

    [Fact]
    public void OldBinaryXls_IsRejectedWithAdviceToSaveAsXlsx()
    {
        var xls = new byte[4096];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(xls, 0);
        AssertRejected(xls, "roles.xls", "Excel 97-2003 workbook (.xls)");
    }

    [Fact]
    public void WordDocumentRenamedXlsx_IsRejected()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.AddMainDocumentPart().Document = new Document(new Body(new Paragraph(new Run(new Text("Job title")))));
        }
        AssertRejected(stream.ToArray(), "roles.xlsx", "a Word document");
    }

    private static byte[] ZipOf(string entryName, string content)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(zip.CreateEntry(entryName).Open());
            entry.Write(content);
        }
        return stream.ToArray();
    }

    [Fact]
    public void ZipOfSomethingElse_IsRejected() =>
        AssertRejected(ZipOf("roles.csv", "Job title\nCleaner\n"), "roles.xlsx", "a zip archive");

    [Fact]
    public void CorruptWorkbook_IsRejected()
    {
        var workbook = Xlsx(["Job title"], ["Cleaner"]);
        var cut = workbook[..(workbook.Length / 2)];
        AssertRejected(cut, "roles.xlsx", "damaged");
    }

    [Fact]
    public void WorkbookWithGarbageInside_IsRejected() =>
        AssertRejected(ZipOf("xl/workbook.xml", "<not really a workbook"), "roles.xlsx", "The Excel workbook could not be read");

    [Fact]
    public void RandomBytes_AreRejected()
    {
        var random = new byte[10_000];
        new Random(42).NextBytes(random);
        random[0] = (byte)'J';
        AssertRejected(random, "roles.csv", "binary data");
    }

    [Fact]
    public void WebPageSavedAsXls_IsRejected() =>
        AssertRejected(Encoding.UTF8.GetBytes("  <html><body><table><tr><td>Job title</td></tr></table></body></html>"), "roles.xls", "a web page (HTML)");

    [Fact]
    public void PdfDocument_IsRejected() => AssertRejected("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj"u8.ToArray(), "roles.pdf", "a PDF document");

    [Theory]
    [InlineData("roles.docx")]
    [InlineData("roles.json")]
    [InlineData("roles.exe")]
    public void UnexpectedExtension_IsRejectedEvenIfTheContentIsText(string fileName) =>
        AssertRejected("Job title\nCleaner\n"u8.ToArray(), fileName, "RoleMapper reads CSV (.csv) and Excel (.xlsx) files");

    [Fact]
    public void CsvNamedXlsx_IsReadAsCsvWithAWarning()
    {
        var preview = Read("Job title\nCleaner\n"u8.ToArray(), "roles.xlsx");

        Assert.Equal("Cleaner", preview.Single().Title);
        Assert.Contains("The file is named .xlsx but holds plain text, so it was read as CSV.", preview.FileWarnings);
    }

    [Fact]
    public void WorkbookNamedCsv_IsReadAsAWorkbookWithAWarning()
    {
        var preview = Read(Xlsx(["Job title"], ["Cleaner"]), "roles.csv");

        Assert.Equal("Cleaner", preview.Single().Title);
        Assert.Contains("The file is named .csv but is an Excel workbook, so it was read as one.", preview.FileWarnings);
    }
}
