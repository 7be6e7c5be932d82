using RoleMapper.Core.Accounts;
using RoleMapper.Core.Sector;
using static RoleMapper.Core.Accounts.EnglishRegion;
using static RoleMapper.Core.Accounts.OrganisationType;

namespace RoleMapper.Core.Tests.Sector;

/// <summary>
/// The rule for figures shown together, on small tables of councils where the old "5 or more per group" rule let a
/// smaller group be worked out by subtraction.
/// </summary>
public sealed class SmallGroupRuleTests
{
    private static List<(OrganisationType, EnglishRegion)> Councils(params (int Count, OrganisationType Type, EnglishRegion Region)[] cells) =>
        cells.SelectMany(c => Enumerable.Repeat((c.Type, c.Region), c.Count)).ToList();

    [Fact]
    public void Decide_NationalOf7MinusARegionOf5_HidesTheRegion()
    {
        // Old rule: national (7) and South East (5) shown, London (2) hidden, so London = national - South East.
        var groups = SectorGroups.For(Councils((5, County, SouthEast), (2, County, London)));

        Assert.True(groups.National);
        Assert.Empty(groups.Regions);
        Assert.Equal([County], groups.Types);
    }

    [Fact]
    public void Decide_ComplementsOfFiveOrMore_KeepEveryGroupOfFive()
    {
        var groups = SectorGroups.For(Councils((5, County, SouthEast), (5, District, London), (6, Unitary, NorthWest)));

        Assert.True(groups.National);
        Assert.Equal([NorthWest, London, SouthEast], groups.Regions.OrderBy(r => r).ToList());
        Assert.Equal(3, groups.Types.Count);
    }

    [Fact]
    public void Decide_HiddenGroupsTogetherOfFiveOrMore_AreSafeToLeaveAsTheRemainder()
    {
        // 6 + 6 shown, 3 + 3 hidden: the remainder is 6 councils, never fewer than 5.
        var groups = SectorGroups.For(Councils((6, County, SouthEast), (6, County, London), (3, County, NorthEast), (3, County, NorthWest)));

        Assert.Equal([London, SouthEast], groups.Regions.OrderBy(r => r).ToList());
    }

    [Fact]
    public void Decide_ARegionPlusATypeMinusTheNation_WouldGiveAwayTheirOverlap_SoOneIsHidden()
    {
        // Every council is a county or in the South East, so county + South East - national = the 3 South East counties.
        var groups = SectorGroups.For(Councils((3, County, SouthEast), (5, District, SouthEast), (6, County, London)));

        Assert.True(groups.National);
        var shownTogether = (groups.Types.Contains(County), groups.Regions.Contains(SouthEast));
        Assert.NotEqual((true, true), shownTogether);
        AssertNothingUnderFiveDerivable(Councils((3, County, SouthEast), (5, District, SouthEast), (6, County, London)), groups);
    }

    [Fact]
    public void Decide_FewerThanFiveCouncils_ShowsNothing()
    {
        Assert.Equal(SectorGroups.None, SectorGroups.For(Councils((4, County, London))));
    }

    [Fact]
    public void Decide_ManyMixedGroups_LeavesNoSmallGroupDerivable()
    {
        var random = new Random(20261203);
        for (var round = 0; round < 40; round++)
        {
            var councils = Enumerable.Range(0, random.Next(5, 40))
                .Select(_ => ((OrganisationType)random.Next(0, 3), (EnglishRegion)random.Next(0, 4))).ToList();

            AssertNothingUnderFiveDerivable(councils, SectorGroups.For(councils));
        }
    }

    /// <summary>
    /// Brute force over every sum an onlooker can form from the shown groups with coefficients -1, 0 or 1: none may be a
    /// set of 1 to 4 councils. Independent of the rule's own linear algebra.
    /// </summary>
    private static void AssertNothingUnderFiveDerivable(List<(OrganisationType Type, EnglishRegion Region)> councils, SectorGroups groups)
    {
        var shown = new List<bool[]>();
        if (groups.National)
        {
            shown.Add(councils.Select(_ => true).ToArray());
        }
        shown.AddRange(groups.Types.Select(t => councils.Select(c => c.Type == t).ToArray()));
        shown.AddRange(groups.Regions.Select(r => councils.Select(c => c.Region == r).ToArray()));
        Assert.All(shown, g => Assert.True(g.Count(x => x) >= 5));
        var coefficients = new int[shown.Count];
        for (var combination = 0; combination < Math.Pow(3, shown.Count); combination++)
        {
            var rest = combination;
            for (var i = 0; i < shown.Count; i++)
            {
                coefficients[i] = rest % 3 - 1;
                rest /= 3;
            }
            var sum = councils.Select((_, c) => Enumerable.Range(0, shown.Count).Sum(i => shown[i][c] ? coefficients[i] : 0)).ToList();
            if (sum.All(x => x is 0 or 1))
            {
                var size = sum.Count(x => x == 1);
                Assert.False(size is > 0 and < 5, $"{size} councils derivable with coefficients {string.Join(",", coefficients)}");
            }
        }
    }
}
