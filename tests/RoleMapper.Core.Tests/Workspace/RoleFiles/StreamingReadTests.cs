using Xunit.Abstractions;
using static RoleMapper.Core.Tests.Workspace.RoleFiles.RoleFiles;

namespace RoleMapper.Core.Tests.Workspace.RoleFiles;

/// <summary>
/// Workbooks built to cost memory are refused while they are read, and what a read can hold is bounded. The memory of a
/// read is measured as what it allocates on its own thread (GC.GetAllocatedBytesForCurrentThread): nothing a read
/// holds at its peak can be more than it allocated, and other tests running in this process do not count, so the
/// figure does not depend on timing or on the machine's load.
/// </summary>
public sealed class StreamingReadTests(ITestOutputHelper output)
{
    /// <summary>
    /// What one read of any role file may allocate (docs/role-import.md). Eight reads at once stay under eight times
    /// this; before the reader streamed, one read of the 63 MB workbook took about 650 MB.
    /// </summary>
    private const long BudgetPerRead = 64L * 1024 * 1024;

    private static readonly Lazy<byte[]> ManyRows = new(() => HostileWorkbooks.ManyRows());
    private static readonly Lazy<byte[]> TwentyThousandRoles = new(() => Xlsx(sheet =>
    {
        sheet.Cell(1, 1).InsertData(new[] { new[] { "Job title", "Service area", "Grade", "Headcount", "Notes" } });
        sheet.Cell(2, 1).InsertData(Enumerable.Range(1, RoleFileLimits.MaxRows)
            .Select(i => new object[] { $"Refuse Loader {i}", "Waste and Recycling", $"Grade {i % 12}", i % 40, "Covers the north of the county on a four-day rota" }));
    }));

    /// <summary>Reads <paramref name="bytes"/> on <paramref name="readers"/> threads started together; each result with its allocations.</summary>
    private static (RoleFilePreview Preview, long Allocated)[] ReadAtOnce(byte[] bytes, int readers)
    {
        var results = new (RoleFilePreview, long)[readers];
        using var start = new Barrier(readers);
        var threads = Enumerable.Range(0, readers).Select(i => new Thread(() =>
        {
            start.SignalAndWait();
            var before = GC.GetAllocatedBytesForCurrentThread();
            var preview = Read(bytes, "roles.xlsx");
            results[i] = (preview, GC.GetAllocatedBytesForCurrentThread() - before);
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        return results;
    }

    private void Report(string what, byte[] bytes, (RoleFilePreview Preview, long Allocated)[] reads) =>
        output.WriteLine($"{what}: {bytes.Length / 1048576.0:F1} MB file; allocated per read {string.Join(", ", reads.Select(r => $"{r.Allocated / 1048576.0:F1}"))} MB; "
                         + $"all {reads.Length} {reads.Sum(r => r.Allocated) / 1048576.0:F1} MB");

    [Fact]
    public void The_63MB_unpacked_workbook_is_refused_and_eight_reads_at_once_stay_within_budget()
    {
        var bytes = ManyRows.Value;
        Assert.True(bytes.Length < RoleFileLimits.MaxBytes);

        var reads = ReadAtOnce(bytes, 8);

        Report("63 MB unpacked (818,000 rows)", bytes, reads);
        // "Role title" in AN1 is read as the header; the rows under it end at the row cap, long before the 63 MB.
        Assert.All(reads, r => Assert.Equal(RoleFileMessages.TooManyRows(), r.Preview.FileError));
        Assert.All(reads, r => Assert.True(r.Allocated < BudgetPerRead, $"one read allocated {r.Allocated:N0} bytes"));
        Assert.True(reads.Sum(r => r.Allocated) < 8 * BudgetPerRead);
    }

    [Fact]
    public void AWorkbookOf20000Roles_IsReadWholeWithinTheSameBudget()
    {
        var bytes = TwentyThousandRoles.Value;

        var read = ReadAtOnce(bytes, 1).Single();

        Report("20,000 roles", bytes, [read]);
        Assert.Equal(RoleFileLimits.MaxRows, read.Preview.ImportableCount);
        Assert.True(read.Allocated < BudgetPerRead, $"the read allocated {read.Allocated:N0} bytes");
    }

    [Fact]
    public void ACellOf60MillionCharacters_IsRefusedAsSoonAsItPassesExcelsLimit()
    {
        var bytes = HostileWorkbooks.OneHugeCell(60_000_000);

        var read = ReadAtOnce(bytes, 1).Single();

        Report("one 60-million-character cell", bytes, [read]);
        Assert.StartsWith("A cell of the Excel workbook holds more than 32,767 characters", read.Preview.FileError);
        Assert.True(read.Allocated < BudgetPerRead, $"the read allocated {read.Allocated:N0} bytes");
    }

    [Fact]
    public void AContentTypesPartNamingAMillionParts_CostsNothing()
    {
        var bytes = HostileWorkbooks.HugeContentTypes(1_000_000);

        var read = ReadAtOnce(bytes, 1).Single();

        Report("[Content_Types].xml of a million parts", bytes, [read]);
        Assert.Equal("Cleaner", read.Preview.Single().Title);
        Assert.True(read.Allocated < BudgetPerRead, $"the read allocated {read.Allocated:N0} bytes");
    }

    [Fact]
    public void SharedTextPastItsBudget_IsRefusedWhileItIsRead()
    {
        var bytes = HostileWorkbooks.ManySharedStrings(1_000_000);

        var read = ReadAtOnce(bytes, 1).Single();

        Report("a million shared strings", bytes, [read]);
        Assert.StartsWith("The Excel workbook holds more text than RoleMapper reads from one file", read.Preview.FileError);
        Assert.True(read.Allocated < BudgetPerRead, $"the read allocated {read.Allocated:N0} bytes");
    }

    [Fact]
    public void AWorkbookWithADTD_IsRefusedAndNoEntityIsExpanded()
    {
        var bytes = HostileWorkbooks.Workbook(_ => { });
        var withDtd = ReplaceSheet(bytes, """<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Job title &b;</t></is></c></row></sheetData></worksheet>""");

        var preview = Read(withDtd, "roles.xlsx");

        Assert.Equal(RoleFileMessages.WorkbookUnreadable, preview.FileError);
    }

    [Fact]
    public void RichText_SharedStringsDatesAndBooleansReadAsExcelShowsThem()
    {
        var bytes = HostileWorkbooks.Workbook(
            sheet => sheet.Write(
                """<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>Notes</t></is></c></row>"""
                + """<row r="3"><c r="A3" t="s"><v>1</v></c><c r="B3" t="b"><v>1</v></c></row>"""
                + """<row r="4"><c r="A4" t="inlineStr"><is><r><t>Senior </t></r><r><t xml:space="preserve">Planner </t></r><rPh><t>ignored</t></rPh></is></c><c r="B4"><v>46023</v></c></row>"""),
            sharedStrings: w => w.Write("""<si><t>Job title</t></si><si><r><t>Refuse</t></r><r><t xml:space="preserve"> Loader</t></r><rPh sb="0" eb="1"><t>phonetic</t></rPh></si>"""));

        var preview = Read(bytes, "roles.xlsx");

        Assert.Null(preview.FileError);
        Assert.Equal([(3, "Refuse Loader", "TRUE"), (4, "Senior Planner", "46023")], preview.Rows.Select(r => (r.RowNumber, r.Title, r.Notes)));
    }

    private static byte[] ReplaceSheet(byte[] workbook, string sheetXml)
    {
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry("xl/worksheets/sheet1.xml")!.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml").Open());
            writer.Write(sheetXml);
        }
        return stream.ToArray();
    }
}
