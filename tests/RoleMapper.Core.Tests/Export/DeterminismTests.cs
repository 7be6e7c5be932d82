using System.IO.Compression;
using System.Security.Cryptography;

namespace RoleMapper.Core.Tests.Export;

/// <summary>The same map gives the same bytes, so a SHA-256 of the file identifies its content.</summary>
public sealed class DeterminismTests
{
    private static readonly CouncilMap Map = A.CouncilMap
        .WithRoles(A.Role("Refuse Loader", headcount: 10), A.Role("HGV Driver", "ST0257"), A.UnmappedRole("Park Ranger", serviceArea: "Parks"))
        .WithGaps(A.Gap("HGV licences", GapPriority.High), A.Gap("Tree surgery"))
        .WithChanges(A.Change("ST0001", roles: "Refuse Loader"));

    [Fact]
    public void SameMap_WrittenTwice_GivesTheSameBytes()
    {
        var first = Exported.Write(Map);
        var second = Exported.Write(Map);

        Assert.Equal(SHA256.HashData(first), SHA256.HashData(second));
    }

    [Fact]
    public void RowsInAnotherOrder_GiveTheSameBytes()
    {
        var shuffled = Map with
        {
            Roles = Map.Roles.Reverse().ToList(),
            SkillsGaps = Map.SkillsGaps.Reverse().ToList(),
        };

        Assert.Equal(Exported.Write(Map), Exported.Write(shuffled));
    }

    [Fact]
    public void AnotherGeneratedTime_GivesOtherBytes()
    {
        Assert.NotEqual(Exported.Write(Map), Exported.Write(Map with { GeneratedAtUtc = A.GeneratedAtUtc.AddMinutes(1) }));
    }

    [Fact]
    public void Package_IsStampedWithTheGeneratedTime_AndHasNoRandomNames()
    {
        var summer = Map with { GeneratedAtUtc = new DateTime(2026, 7, 1, 8, 5, 4, DateTimeKind.Utc) };
        using var zip = new ZipArchive(new MemoryStream(Exported.Write(summer)), ZipArchiveMode.Read);

        // Zip files keep local time to two seconds; this is 09:05 in British Summer Time.
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(2026, 7, 1, 9, 5, 4), e.LastWriteTime.DateTime));
        Assert.Contains(zip.Entries, e => e.FullName == "package/services/metadata/core-properties/core.psmdcp");
        using var reader = new StreamReader(zip.GetEntry("_rels/.rels")!.Open());
        var rels = reader.ReadToEnd();
        Assert.Contains("Id=\"rId1\"", rels, StringComparison.Ordinal);
        Assert.DoesNotMatch("Id=\"R[0-9a-f]{16}\"", rels);
    }

    [Fact]
    public void Properties_CarryTheGeneratedTime()
    {
        using var book = Exported.Of(Map);

        Assert.Equal(A.GeneratedAtUtc, book.Workbook.Properties.Created.ToUniversalTime());
        Assert.Equal(A.GeneratedAtUtc, book.Workbook.Properties.Modified.ToUniversalTime());
    }
}
