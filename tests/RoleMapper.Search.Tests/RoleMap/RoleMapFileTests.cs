using RoleMapper.Core.RoleMap;
using RoleMapper.Search.RoleMap;

namespace RoleMapper.Search.Tests.RoleMap;

public class RoleMapFileTests
{
    private const string Header = "id,service_area,title,job_family,aliases,standards,reason,checked_against";

    [Fact]
    public void ReadsThe_FixtureMapWithAliasesStandardsInOrderAndRolesNoStandardFits()
    {
        var roles = RoleMapFile.ReadFile(SnapshotIndex.SmallMapPath);
        Assert.Equal(11, roles.Count);
        var auditor = roles.Single(r => r.Id == "internal-auditor");
        Assert.Equal(["Internal Auditor", "Auditor", "Audit Officer"], auditor.Names);
        Assert.Equal(["ST0587", "ST0610"], auditor.Standards);
        Assert.Equal("2026-08-22", auditor.CheckedAgainst);
        var councillor = roles.Single(r => r.Id == "councillor");
        Assert.True(councillor.FitsNoStandard);
        Assert.Contains("not employees", councillor.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void RefusesAFileWithBadRowsAnd_ListsEveryProblemByLine()
    {
        var text = string.Join('\n',
            Header,
            "housing-officer,Housing,Housing Officer,Professional,Estate Officer,ST0234,Manages tenancies.,2026-08-22",
            "Housing Officer,Housing,Senior Housing Officer,Professional,,ST0236,Senior.,2026-08-22",
            "housing-officer,Housing,Housing Assistant,Administrative,,ST0235,Supports.,2026-08-22",
            "tenancy-officer,Housing,Tenancy Officer,Professional,Estate Officer,ST0234|ST0235|ST0236|ST0237,Too many.,2026-08-22",
            "voids-officer,Housing,Voids Officer,Technical,,ST12,Bad reference.,2026-08-22",
            "rent-officer,Housing,Rent Officer,Administrative,,,No standards.,2026-08-22",
            "estates-officer,Housing,,Professional,,none,,2026-08-22");
        var (roles, problems) = RoleMapFile.TryRead(new StringReader(text));
        Assert.Equal(["housing-officer"], roles.Select(r => r.Id));
        Assert.Equal(
        [
            "line 3: id must be a lowercase slug like housing-officer; found 'Housing Officer'",
            "line 4: id 'housing-officer' is already used on line 2",
            "line 5: standards must be 1 to 3 different references like ST0510 separated by |, or none; found 'ST0234|ST0235|ST0236|ST0237'",
            "line 5: 'Estate Officer' is also a name of 'housing-officer' (line 2); each alias points at one role",
            "line 6: standards must be 1 to 3 different references like ST0510 separated by |, or none; found 'ST12'",
            "line 7: standards must be 1 to 3 references like ST0510 separated by |, or none",
            "line 8: no title",
            "line 8: no reason",
        ], problems);
        var refused = Assert.Throws<InvalidDataException>(() => RoleMapFile.Read(new StringReader(text), "map.csv"));
        Assert.Contains("line 8: no reason", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_AFileWithoutTheColumns()
    {
        var (_, problems) = RoleMapFile.TryRead(new StringReader("title,standards\nHousing Officer,ST0234"));
        Assert.Equal(["line 1: the header must name the columns id,service_area,title,job_family,aliases,standards,reason,checked_against; missing id, service_area, job_family, aliases, reason, checked_against"], problems);
    }

    [Fact]
    public void Folds_PutEachRoleInExactlyOneFoldTheSameWayEveryTime()
    {
        var roles = RoleMapFile.ReadFile(SnapshotIndex.SmallMapPath);
        var folds = RoleMapFolds.Split(roles, 3);
        Assert.Equal(3, folds.Count);
        Assert.Equal(roles.Select(r => r.Id).Order(), folds.SelectMany(f => f).Select(r => r.Id).Order());
        Assert.All(folds, f => Assert.InRange(f.Count, 3, 4));
        var again = RoleMapFolds.Split(roles.Reverse().ToList(), 3);
        Assert.Equal(folds.Select(f => f.Select(r => r.Id)), again.Select(f => f.Select(r => r.Id)));
        Assert.Throws<ArgumentOutOfRangeException>(() => RoleMapFolds.Split(roles, 1));
    }
}
