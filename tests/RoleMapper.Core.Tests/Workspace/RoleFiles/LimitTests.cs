using System.IO.Compression;
using System.Text;
using static RoleMapper.Core.Tests.Workspace.RoleFiles.RoleFiles;

namespace RoleMapper.Core.Tests.Workspace.RoleFiles;

/// <summary>At most 5 MB and 20,000 roles; anything over is refused whole, and a full file is read whole.</summary>
public sealed class LimitTests
{
    /// <summary>Reads a file of 20,000 good roles, all of them (how fast is the benchmarks' business, not this).</summary>
    private static RoleFilePreview ReadAll(Func<RoleFilePreview> read)
    {
        var preview = read();

        Assert.Null(preview.FileError);
        Assert.Equal(20_000, preview.ImportableCount);
        return preview;
    }

    [Fact]
    public void Exactly20000Rows_AreAllRead()
    {
        var preview = ReadAll(() => ReadCsv(ManyRoles(20_000)));

        Assert.Equal(20_001, preview.Rows[^1].RowNumber);
    }

    [Fact]
    public void Over20000Rows_IsAFileErrorAndNoRows()
    {
        var preview = ReadCsv(ManyRoles(20_001));

        Assert.Equal("The file has more than 20,000 rows of roles. Split it into files of at most 20,000 rows.", preview.FileError);
        Assert.Empty(preview.Rows);
    }

    [Fact]
    public void BlankRows_DoNotCountTowardsTheLimit()
    {
        var preview = ReadCsv(ManyRoles(20_000) + "\n\n\n");

        Assert.Equal(20_000, preview.Rows.Count);
    }

    [Fact]
    public void Over5MB_IsAFileError()
    {
        var text = ManyRoles(10) + new string('x', RoleFileLimits.MaxBytes);

        var preview = ReadCsv(text);

        Assert.StartsWith("The file is larger than 5 MB.", preview.FileError);
        Assert.Empty(preview.Rows);
    }

    [Fact]
    public void Over5MB_FromAStreamThatCannotSeek_IsAFileError()
    {
        using var packed = new MemoryStream();
        using (var gzip = new GZipStream(packed, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(ManyRoles(10) + new string('x', RoleFileLimits.MaxBytes)));
        }
        packed.Position = 0;
        using var unseekable = new GZipStream(packed, CompressionMode.Decompress);

        var preview = RoleFileReader.Read(unseekable, "roles.csv");

        Assert.StartsWith("The file is larger than 5 MB.", preview.FileError);
    }

    [Fact]
    public void JustUnder5MB_IsRead()
    {
        var roles = ManyRoles(3);
        // Rows of 1,000 bytes (a long service area, an error in each row, not in the file) up to just under 5 MB.
        var filler = new StringBuilder();
        var fillerRows = (RoleFileLimits.MaxBytes - roles.Length - 1_000) / 1_000;
        for (var i = 0; i < fillerRows; i++)
        {
            filler.Append("Filler ").Append(i.ToString("D6")).Append(',').Append('x', 1_000 - 15).Append('\n');
        }
        var text = roles + filler;
        Assert.True(Encoding.UTF8.GetByteCount(text) is > RoleFileLimits.MaxBytes - 2_000 and <= RoleFileLimits.MaxBytes);

        var preview = ReadCsv(text);

        Assert.Null(preview.FileError);
        Assert.Equal(3 + fillerRows, preview.Rows.Count);
    }

    [Fact]
    public void ARowOf3MB_IsRefusedWhileItIsRead()
    {
        var roles = ManyRoles(3);
        var text = roles + "Notes filler," + new string('x', 3 * RoleFileLimits.MaxCsvRowBytes) + "\n";

        var preview = ReadCsv(text);

        Assert.StartsWith("Row 5 is longer than 1 MB, far more than a role needs", preview.FileError);
        Assert.Empty(preview.Rows);
    }

    [Fact]
    public void WorkbookThatUnpacksTooLarge_IsAFileError()
    {
        // A zip bomb: a real workbook plus 80 MB of zeros, which pack into a few kilobytes.
        using var stream = new MemoryStream();
        stream.Write(Xlsx(["Job title"], ["Cleaner"]));
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var filler = zip.CreateEntry("xl/media/filler.bin", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 80; i++)
            {
                filler.Write(zeros);
            }
        }
        Assert.True(stream.Length < RoleFileLimits.MaxBytes);

        var preview = Read(stream.ToArray(), "roles.xlsx");

        Assert.StartsWith("The Excel workbook unpacks to more than 64 MB", preview.FileError);
        Assert.Empty(preview.Rows);
    }

    [Fact]
    public void Workbook20000Rows_ReadsQuickly()
    {
        var bytes = Xlsx(sheet =>
        {
            sheet.Cell(1, 1).InsertData(new[] { new[] { "Job title", "Service area", "Grade", "Headcount" } });
            sheet.Cell(2, 1).InsertData(Enumerable.Range(1, 20_000)
                .Select(i => new object[] { $"Refuse Loader {i}", "Waste and Recycling", "Grade 3", i % 40 }));
        });

        var preview = ReadAll(() => Read(bytes, "roles.xlsx"));

        Assert.Equal(39, preview.Rows[^2].Headcount);
    }
}
