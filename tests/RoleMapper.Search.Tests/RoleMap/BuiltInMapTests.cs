using RoleMapper.Core.RoleMap;
using RoleMapper.Search.RoleMap;

namespace RoleMapper.Search.Tests.RoleMap;

/// <summary>The sector role map the app ships with (data/role-map/sector-role-map.csv), read as the app reads it.</summary>
[Collection(SnapshotCollection.Name)]
public class BuiltInMapTests(SnapshotIndex snapshot)
{
    private static readonly IReadOnlyList<MappedRole> Map = new RoleMapCsvSource(null).LoadAsync().GetAwaiter().GetResult();

    [Fact]
    public void TheBuiltInMap_ReadsWithoutProblemsAndCoversAThousandRoles()
    {
        Assert.True(Map.Count >= 1000, $"{Map.Count} roles");
        Assert.True(Map.Select(r => r.ServiceArea).Distinct().Count() >= 35);
        var (roles, problems) = RoleMapFile.TryRead(new StreamReader(RepoPaths.File("data", "role-map", "sector-role-map.csv")));
        Assert.Empty(problems);
        Assert.Equal(Map.Count, roles.Count);
    }

    [Fact]
    public void EveryStandardOfTheBuiltInMap_IsApprovedInTheBundledFeed()
    {
        var approved = snapshot.Index.SearchWithTables(s => s.ByReference.Values.Where(e => e.IsApproved).Select(e => e.Reference).ToHashSet());
        var notApproved = Map.SelectMany(r => r.Standards.Where(s => !approved.Contains(s)).Select(s => $"{r.Id}: {s}")).ToList();
        Assert.Empty(notApproved);
    }

    [Fact]
    public void TheIndex_HoldsEveryNameOfTheBuiltInMap()
    {
        Assert.Equal(Map.Sum(r => r.Names.Count()), snapshot.Index.KnownTitleCount);
    }

    [Fact]
    public void ATitleOfTheMap_BorrowsItsFirstStandardAsHighWithTheMapAsTheReason()
    {
        var role = Map.First(r => !r.FitsNoStandard);
        var best = snapshot.Matcher.Match(role.Title).Best!;
        Assert.Equal(role.Standards[0], best.Reference);
        Assert.Equal(Confidence.High, best.Confidence);
        Assert.StartsWith($"the sector role map, which maps '{role.Title}'", best.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Home Care Manager", "Care Home Manager")]
    public void TwoRolesNamesThatReadTheSameWordsInAnotherOrder_DecideWhenTheRolesAreMappedAlike(string title, string otherOrder)
    {
        // The exact reading sorts words, so these names read the same; they belong to two roles mapped to the same
        // standards, so whichever the council means, the answer is the same. The reason quotes the name as written.
        var roles = new[] { title, otherOrder }.Select(name => Map.Single(r => r.Names.Contains(name))).ToList();
        Assert.NotEqual(roles[0].Id, roles[1].Id);
        Assert.Equal(roles[0].Standards, roles[1].Standards);
        foreach (var name in new[] { title, otherOrder })
        {
            var best = snapshot.Matcher.Match(name).Best!;
            Assert.Equal((DecidedBy.SectorRoleMap, roles[0].Standards[0], Confidence.High), (best.DecidedBy!.Value, best.Reference, best.Confidence));
            Assert.StartsWith($"the sector role map, which maps '{name}' to", best.Reason, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("Markets Manager", "Marketing Manager")]
    [InlineData("Communities Manager", "Communications Manager")]
    public void ATitleWhoseStems_AreAnotherRolesBorrowsItsOwnRole(string title, string stemsAlike)
    {
        foreach (var name in new[] { title, stemsAlike })
        {
            var role = Map.Single(r => r.Names.Contains(name));
            var best = snapshot.Matcher.Match(name).Best!;
            Assert.Equal(DecidedBy.SectorRoleMap, best.DecidedBy);
            Assert.Equal(role.Standards[0], best.Reference);
        }
    }

    [Theory]
    [InlineData("Debt Advisor", "Debt Adviser")]
    [InlineData("Day Center Managers", "Day Centre Manager")]
    [InlineData("Health & Safety Officer", "Health and Safety Officer")]
    [InlineData("IG Coordinator", "Information Governance Coordinator")]
    [InlineData("PROW Inspector", "Public Rights of Way Inspector")]
    [InlineData("Manager (Day Centre)", "Day Centre Manager")]
    [InlineData("Officer - Licensing", "Licensing Officer")]
    [InlineData("Re-ablement Support Worker", "Reablement Support Worker")]
    public void ATitleWrittenAnotherWay_IsTheMapsRole(string title, string name)
    {
        Assert.DoesNotContain(Map, r => r.Names.Contains(title, StringComparer.OrdinalIgnoreCase));
        var role = Map.Single(r => r.Names.Contains(name));
        var best = snapshot.Matcher.Match(title).Best!;
        Assert.Equal(DecidedBy.SectorRoleMap, best.DecidedBy);
        Assert.Equal(role.Standards[0], best.Reference);
        Assert.Equal(Confidence.High, best.Confidence);
    }

    [Theory]
    [InlineData("Plumber - Housing Repairs and Maintenance Services", "Plumber")]
    [InlineData("Gardener (Parks and Open Spaces)", "Gardener")]
    public void AQualifierNamingOnlyTheRolesServiceArea_LeavesTheMapsRole(string title, string name)
    {
        var role = Map.Single(r => r.Title == name);
        var result = snapshot.Matcher.Match(title);
        Assert.Equal(name.ToLowerInvariant(), result.NormalisedTitle);
        Assert.Equal(DecidedBy.SectorRoleMap, result.Best!.DecidedBy);
        Assert.Equal(role.Standards[0], result.Best.Reference);
    }

    [Fact]
    public void AQualifierSayingMoreThanTheService_IsKept()
    {
        // "Gas" is not a word of Housing Repairs and Maintenance: a gas plumber may be another job.
        var result = snapshot.Matcher.Match("Plumber (Gas)");
        Assert.Equal("plumber (gas)", result.NormalisedTitle);
        Assert.All(result.Candidates, c => Assert.Null(c.DecidedBy));
    }

    [Fact]
    public void ANameThat_ReadsAsTwoRolesDecidesNeither()
    {
        // "Section 106 Officer" and "Section 151 Officer" both read "section officer" (the numbers are noise to the reader).
        Assert.NotEqual(Map.Single(r => r.Names.Contains("Section 106 Officer")).Id, Map.Single(r => r.Names.Contains("Section 151 Officer")).Id);
        var result = snapshot.Matcher.Match("Section 106 Officer");
        Assert.All(result.Candidates, c => Assert.Null(c.DecidedBy));
        Assert.NotEqual(Confidence.High, result.Best!.Confidence);
    }
}
